//! Project tasks: `cargo xtask gen [--check]`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The spec, relative to the workspace root.
const SPEC: &str = "spec/dingtalk.yaml";
/// Where the generated client modules go.
const CLIENT_SRC: &str = "generated-client/src";

const USAGE: &str = "usage: cargo xtask gen [--check]

  gen           regenerate the client modules and the JSON copy of the spec
  gen --check   write nothing; fail and name every file that `gen` would change";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["gen"] => gen(Mode::Write),
        ["gen", "--check"] => gen(Mode::Check),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Write,
    Check,
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_owned()
}

/// Every file `gen` writes, with its contents, relative to the workspace root.
fn outputs(root: &Path) -> Result<Vec<(PathBuf, String)>, String> {
    // Paths are relative so that the generated headers do not depend on the checkout's location.
    std::env::set_current_dir(root).map_err(|e| format!("cannot enter {}: {e}", root.display()))?;
    let spec = Path::new(SPEC);
    let mut files: Vec<(PathBuf, String)> = codegen::generate(spec)
        .map_err(|e| e.to_string())?
        .into_iter()
        .map(|file| (Path::new(CLIENT_SRC).join(file.name), file.contents))
        .collect();
    files.push((
        spec.with_extension("json"),
        codegen::to_json(spec).map_err(|e| e.to_string())?,
    ));
    Ok(files)
}

/// Files whose contents differ from what `gen` would write.
fn stale(root: &Path) -> Result<Vec<PathBuf>, String> {
    Ok(outputs(root)?
        .into_iter()
        .filter(|(path, contents)| {
            std::fs::read_to_string(root.join(path)).ok().as_deref() != Some(contents.as_str())
        })
        .map(|(path, _)| path)
        .collect())
}

fn gen(mode: Mode) -> Result<(), String> {
    let root = workspace_root();
    match mode {
        Mode::Check => {
            let stale = stale(&root)?;
            if stale.is_empty() {
                println!("generated files are up to date");
                return Ok(());
            }
            let names: Vec<String> = stale.iter().map(|p| format!("  {}", p.display())).collect();
            Err(format!(
                "stale generated files (run `cargo xtask gen`):\n{}",
                names.join("\n")
            ))
        }
        Mode::Write => {
            for (path, contents) in outputs(&root)? {
                let full = root.join(&path);
                if std::fs::read_to_string(&full).ok().as_deref() == Some(contents.as_str()) {
                    continue;
                }
                std::fs::write(&full, contents)
                    .map_err(|e| format!("cannot write {}: {e}", full.display()))?;
                println!("wrote {}", path.display());
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn generated_files_are_up_to_date() {
        let stale = super::stale(&super::workspace_root()).unwrap();
        assert!(
            stale.is_empty(),
            "stale generated files, run `cargo xtask gen`: {stale:?}"
        );
    }
}

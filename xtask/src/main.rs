//! Project tasks: `cargo xtask gen [--check]`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The spec, relative to the workspace root.
const SPEC: &str = "spec/dingtalk.yaml";
/// Where the generated client modules go, relative to the workspace root.
const CLIENT_SRC: &str = "generated-client/src";

const USAGE: &str = "usage: cargo xtask gen [--check]

  gen           regenerate the client modules and the JSON copy of the spec
  gen --check   write nothing; fail and name every file that `gen` would change";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let root = workspace_root();
    let result = match args.as_slice() {
        ["gen"] => write(&root),
        ["gen", "--check"] => check(&root),
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

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_owned()
}

/// Every file `gen` writes, relative to `root`, with its contents.
fn outputs(root: &Path) -> Result<Vec<(PathBuf, String)>, String> {
    let spec_name = Path::new(SPEC);
    let source = std::fs::read_to_string(root.join(spec_name))
        .map_err(|e| format!("cannot read {}: {e}", root.join(spec_name).display()))?;
    let spec = codegen::Spec::parse(spec_name, &source).map_err(|e| e.to_string())?;
    let mut files: Vec<(PathBuf, String)> = codegen::generate_spec(&spec)
        .map_err(|e| e.to_string())?
        .into_iter()
        .map(|file| (Path::new(CLIENT_SRC).join(file.name), file.contents))
        .collect();
    let json = codegen::to_json(spec_name, &source).map_err(|e| e.to_string())?;
    files.push((spec_name.with_extension("json"), json));
    Ok(files)
}

fn is_current(root: &Path, path: &Path, contents: &str) -> bool {
    std::fs::read_to_string(root.join(path)).ok().as_deref() == Some(contents)
}

/// Files under `root` whose contents differ from what `gen` would write.
fn stale(root: &Path) -> Result<Vec<PathBuf>, String> {
    Ok(outputs(root)?
        .into_iter()
        .filter(|(path, contents)| !is_current(root, path, contents))
        .map(|(path, _)| path)
        .collect())
}

fn check(root: &Path) -> Result<(), String> {
    let stale = stale(root)?;
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

fn write(root: &Path) -> Result<(), String> {
    for (path, contents) in outputs(root)? {
        if is_current(root, &path, &contents) {
            continue;
        }
        let full = root.join(&path);
        std::fs::write(&full, contents)
            .map_err(|e| format!("cannot write {}: {e}", full.display()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_generated_files_are_up_to_date() {
        let stale = stale(&workspace_root()).unwrap();
        assert!(
            stale.is_empty(),
            "stale generated files, run `cargo xtask gen`: {stale:?}"
        );
    }

    /// A copy of the spec and the generated files in a scratch directory.
    fn scratch_copy() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let root = workspace_root();
        std::fs::create_dir_all(dir.path().join("spec")).unwrap();
        std::fs::create_dir_all(dir.path().join(CLIENT_SRC)).unwrap();
        std::fs::copy(root.join(SPEC), dir.path().join(SPEC)).unwrap();
        for (path, _) in outputs(&root).unwrap() {
            std::fs::copy(root.join(&path), dir.path().join(&path)).unwrap();
        }
        dir
    }

    #[test]
    fn an_edit_not_regenerated_is_stale_and_gen_carries_it_into_the_docs() {
        let dir = scratch_copy();
        let root = dir.path();
        assert!(check(root).is_ok());

        let spec_path = root.join(SPEC);
        let spec = std::fs::read_to_string(&spec_path).unwrap();
        let edited = spec.replace(
            "summary: Get a storage space.",
            "summary: Fetch one storage space by its id.",
        );
        assert_ne!(spec, edited);
        std::fs::write(&spec_path, edited).unwrap();

        let message = check(root).unwrap_err();
        assert!(
            message.contains("generated-client/src/operations.rs"),
            "{message}"
        );
        assert!(message.contains("spec/dingtalk.json"), "{message}");
        assert!(!message.contains("models.rs"), "{message}");

        write(root).unwrap();
        assert!(check(root).is_ok());
        let operations =
            std::fs::read_to_string(root.join(CLIENT_SRC).join("operations.rs")).unwrap();
        assert!(operations.contains("/// Fetch one storage space by its id.\n"));
        assert!(!operations.contains("/// Get a storage space.\n"));
    }

    #[test]
    fn gen_is_byte_identical_on_every_run() {
        let root = workspace_root();
        assert_eq!(outputs(&root).unwrap(), outputs(&root).unwrap());
    }

    #[test]
    fn a_broken_spec_is_reported_with_its_location() {
        let dir = scratch_copy();
        let root = dir.path();
        let spec_path = root.join(SPEC);
        let spec = std::fs::read_to_string(&spec_path).unwrap();
        std::fs::write(
            &spec_path,
            spec.replace(
                "$ref: '#/components/schemas/AddFolderRequest'",
                "$ref: '#/components/schemas/Missing'",
            ),
        )
        .unwrap();
        let message = check(root).unwrap_err();
        assert!(message.starts_with("spec/dingtalk.yaml:"), "{message}");
        assert!(message.contains("#/paths/~1v1.0~1storage~1spaces~1{spaceId}~1dentries~1{parentId}~1folders/post/requestBody/content/application~1json/schema"), "{message}");
        assert!(message.contains("does not exist"), "{message}");
    }
}

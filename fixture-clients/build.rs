//! Writes a module for every fixture folder of the generator,
//! `codegen/tests/fixtures/<name>/`: the module tree generated from its spec,
//! rooted at its `mod.rs`, declared in `$OUT_DIR/fixtures.rs`, which
//! `src/lib.rs` includes.

use std::error::Error;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn Error>> {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?);
    let fixtures = manifest_dir.join("../codegen/tests/fixtures");
    // A folder added or removed, or a file in one changed.
    println!("cargo:rerun-if-changed={}", fixtures.display());
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&fixtures)
        .map_err(|e| format!("cannot read {}: {e}", fixtures.display()))?
    {
        let path = entry?.path();
        if path.is_dir() {
            let name = path.file_name().and_then(|name| name.to_str());
            names.push(name.map(str::to_owned).ok_or_else(|| {
                format!(
                    "the fixture folder {} is not named in UTF-8",
                    path.display()
                )
            })?);
        }
    }
    names.sort();
    let mut out = String::new();
    for name in &names {
        if !is_identifier(name) {
            return Err(format!("the fixture folder `{name}` does not name a Rust module").into());
        }
        let folder = fixtures.join(name).canonicalize()?;
        let file = |file: &str| -> Result<String, String> {
            let path = folder.join(file);
            let path = path_str(&path)?;
            Ok(format!("{path:?}"))
        };
        // The generated module tree: `mod.rs` declares the other files,
        // which are found beside it.
        let root = file("mod.rs")?;
        writeln!(
            out,
            // A fixture may be named like a generated file (`models`).
            "#[allow(clippy::module_inception)]\n\
             #[rustfmt::skip]\n\
             #[path = {root}]\n\
             pub mod {name};\n"
        )?;
    }
    writeln!(out, "/// The fixtures, a module each, sorted.")?;
    writeln!(out, "pub const FIXTURES: &[&str] = &{names:?};")?;
    let out_dir = PathBuf::from(std::env::var("OUT_DIR")?);
    std::fs::write(out_dir.join("fixtures.rs"), out)?;
    Ok(())
}

fn path_str(path: &Path) -> Result<&str, String> {
    path.to_str()
        .ok_or_else(|| format!("the path {} is not UTF-8", path.display()))
}

/// Whether `name` can name a module: ASCII letters, digits and `_`, not
/// starting with a digit.
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

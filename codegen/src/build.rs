//! Generating a client from a crate's build script.
//!
//! ```no_run
//! // build.rs
//! fn main() -> Result<(), Box<dyn std::error::Error>> {
//!     let settings = codegen::Settings::default();
//!     codegen::build::generate_into_out_dir("spec/api.yaml", &settings, "client.rs")?;
//!     Ok(())
//! }
//! ```
//!
//! and in the crate, `pub mod api { include!(concat!(env!("OUT_DIR"), "/client.rs")); }`.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::{Error, Settings, Spec};

/// Generates the client for the spec at `spec` (relative to the crate's
/// manifest directory, where cargo runs build scripts) into the file
/// `file_name` of `OUT_DIR`, as one file ([`Generated::single_file`](crate::Generated::single_file)),
/// and returns its path. It tells cargo, on standard output, to run the
/// build script again when any file the spec is made of changes, and prints
/// each warning as a cargo warning; see [`generate_file`].
pub fn generate_into_out_dir(
    spec: impl AsRef<Path>,
    settings: &Settings,
    file_name: &str,
) -> Result<PathBuf, Error> {
    let out_dir = std::env::var_os("OUT_DIR").ok_or(Error::NoOutDir)?;
    let out = Path::new(&out_dir).join(file_name);
    generate_file(spec.as_ref(), settings, &out, &mut std::io::stdout().lock())?;
    Ok(out)
}

/// Generates the client for the spec at `spec` into the file `out`, as one
/// file, writing cargo's directives to `cargo`:
/// `cargo:rerun-if-changed=<file>` for every file the spec is read from
/// ([`Spec::files`], the root first), then `cargo:warning=<line>` for each
/// line of each warning. Nothing is written to `out` when the spec is
/// refused or the client is not one file.
pub fn generate_file(
    spec: &Path,
    settings: &Settings,
    out: &Path,
    cargo: &mut dyn Write,
) -> Result<(), Error> {
    let directive = |cargo: &mut dyn Write, line: String| {
        writeln!(cargo, "{line}").map_err(|source| Error::Write {
            what: "cargo's directives".to_owned(),
            source,
        })
    };
    let loaded = Spec::load(spec)?;
    for file in loaded.files() {
        directive(cargo, format!("cargo:rerun-if-changed={}", file.display()))?;
    }
    let generated = crate::generate_spec(&loaded, settings)?;
    for warning in &generated.warnings {
        for line in warning.to_string().lines() {
            directive(cargo, format!("cargo:warning={line}"))?;
        }
    }
    let contents = generated.single_file()?;
    std::fs::write(out, contents).map_err(|source| Error::Write {
        what: out.display().to_string(),
        source,
    })
}

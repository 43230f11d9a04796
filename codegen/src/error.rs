//! Errors that point at the place in the spec that caused them.

use std::fmt;
use std::path::PathBuf;

/// One problem found in a spec: what is wrong and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError {
    /// The spec file.
    pub file: PathBuf,
    /// 1-based line and column of the offending node, when known.
    pub location: Option<(usize, usize)>,
    /// JSON pointer of the offending node (`#/paths/~1pets/get`), when known.
    pub pointer: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some((line, column)) = self.location {
            write!(f, ":{line}:{column}")?;
        }
        if let Some(pointer) = &self.pointer {
            write!(f, ": {pointer}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Everything that stops a spec from being turned into code. A spec with several
/// problems reports all of those found, not just the first.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}", display_all(.0))]
    Spec(Vec<SpecError>),
    #[error("generated code for {what} does not parse: {message}")]
    Emit { what: String, message: String },
    /// The generated files are not one module tree that one file can hold
    /// (with [`Settings::module_crates`](crate::Settings::module_crates) they
    /// are several crates): what stops them, for
    /// [`Generated::single_file`](crate::Generated::single_file).
    #[error("the generated client cannot be one file: {0}")]
    NotOneFile(String),
    /// Writing a generated file, or a build script's directives to cargo, failed.
    #[error("cannot write {what}: {source}")]
    Write {
        /// The file written, or what else was.
        what: String,
        #[source]
        source: std::io::Error,
    },
    /// `OUT_DIR` is not set: [`build::generate_into_out_dir`](crate::build::generate_into_out_dir)
    /// is called outside a build script.
    #[error("OUT_DIR is not set: `generate_into_out_dir` is for a build script, which cargo runs with OUT_DIR set")]
    NoOutDir,
}

impl Error {
    /// The spec problems this error carries (empty for I/O and emission errors).
    pub fn spec_errors(&self) -> &[SpecError] {
        match self {
            Error::Spec(errors) => errors,
            _ => &[],
        }
    }
}

fn display_all(errors: &[SpecError]) -> String {
    let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
    lines.join("\n")
}

//! Turns an OpenAPI 3.0 document into the modules of a typed async Rust client.
//!
//! The pipeline has three separate stages:
//! 1. [`load`]: YAML text into an `openapiv3` document (the files of a spec split by
//!    relative `$ref`s bundled into one), remembering where every node is written;
//! 2. [`lower`]: checks and resolves the document into the intermediate [`model`];
//! 3. [`emit`]: the model as Rust tokens, formatted into source files.
//!
//! Anything the generator cannot translate faithfully is an error naming the
//! spec file, line and JSON pointer (of the file the problem is written in).

pub mod emit;
pub mod error;
pub mod load;
pub mod lower;
pub mod model;

use std::path::Path;

pub use emit::File;
pub use error::{Error, SpecError};
pub use load::Spec;

/// Generates the client modules for the spec at `path`.
pub fn generate(path: &Path) -> Result<Vec<File>, Error> {
    generate_spec(&Spec::load(path)?)
}

/// Generates the client modules for an already loaded spec.
pub fn generate_spec(spec: &Spec) -> Result<Vec<File>, Error> {
    let api = lower::lower(spec)?;
    emit::emit(&api)
}

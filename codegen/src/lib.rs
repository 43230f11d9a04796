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
//!
//! [`build`] runs the three from a crate's build script, writing the client
//! as one file into `OUT_DIR`.

pub mod build;
pub mod emit;
pub mod error;
pub mod load;
pub mod lower;
pub mod model;
mod settings;

use std::collections::BTreeSet;
use std::path::Path;

pub use emit::File;
pub use error::{Error, SpecError};
pub use load::Spec;
pub use settings::Settings;

/// What the generator makes of a spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// The client's modules.
    pub files: Vec<File>,
    /// What the spec says that the client cannot honour exactly (a pattern
    /// Rust cannot check, a schema read as any JSON), where it says it.
    pub warnings: Vec<SpecError>,
    /// The Cargo features the generated code is compiled under, sorted, which
    /// the crate it is generated into must declare: the first tag of every
    /// operation with [`Settings::feature_per_tag`], none without it.
    pub features: BTreeSet<String>,
}

impl Generated {
    /// The client as one source file whose modules are inline (`pub mod
    /// models { .. }`), to be `include!`d, such as from `OUT_DIR` by a crate
    /// whose build script generates it; see [`emit::single_file`]. An error
    /// with [`Settings::module_crates`], whose modules are crates.
    pub fn single_file(&self) -> Result<String, Error> {
        emit::single_file(&self.files)
    }
}

/// Generates the client modules for the spec at `path`.
pub fn generate(path: &Path, settings: &Settings) -> Result<Generated, Error> {
    generate_spec(&Spec::load(path)?, settings)
}

/// Generates the client modules for an already loaded spec.
pub fn generate_spec(spec: &Spec, settings: &Settings) -> Result<Generated, Error> {
    let modules = settings.module_per_tag || settings.module_crates.is_some();
    let lower::Lowered { api, warnings } = lower::lower_with(spec, modules)?;
    let files = emit::emit(&api, settings)?;
    let features = match settings.feature_per_tag {
        true => emit::features(&api),
        false => BTreeSet::new(),
    };
    Ok(Generated {
        files,
        warnings,
        features,
    })
}

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

/// What a user of the generator chooses about its output, beyond the spec.
///
/// ```
/// let settings = codegen::Settings::default()
///     .runtime_crate("::my_runtime")
///     .client_name("PetStore");
/// assert_eq!(settings.client_name, "PetStore");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The path generated code names the runtime crate by; `::openapi_runtime`
    /// by default. The crate the code is generated into depends on that crate
    /// and nothing else.
    pub runtime_crate: String,
    /// The name of the generated client type; `Client` by default.
    pub client_name: String,
    /// Whether each operation is compiled only under the Cargo feature named
    /// by its first tag (`#[cfg(feature = "<tag>")]`), and each model under
    /// the features of the operations that use it; off by default. The crate
    /// the code is generated into declares those features
    /// ([`emit::features`] lists them).
    pub feature_per_tag: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            runtime_crate: "::openapi_runtime".to_owned(),
            client_name: "Client".to_owned(),
            feature_per_tag: false,
        }
    }
}

impl Settings {
    pub fn runtime_crate(mut self, path: impl Into<String>) -> Self {
        self.runtime_crate = path.into();
        self
    }

    pub fn client_name(mut self, name: impl Into<String>) -> Self {
        self.client_name = name.into();
        self
    }

    pub fn feature_per_tag(mut self, on: bool) -> Self {
        self.feature_per_tag = on;
        self
    }
}

/// Generates the client modules for the spec at `path`.
pub fn generate(path: &Path, settings: &Settings) -> Result<Vec<File>, Error> {
    generate_spec(&Spec::load(path)?, settings)
}

/// Generates the client modules for an already loaded spec.
pub fn generate_spec(spec: &Spec, settings: &Settings) -> Result<Vec<File>, Error> {
    let api = lower::lower(spec)?;
    emit::emit(&api, settings)
}

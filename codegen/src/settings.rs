//! What a user of the generator chooses about its output.

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
    /// ([`Generated::features`](crate::Generated::features) lists them).
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

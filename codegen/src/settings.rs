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
    /// Whether the operations of each tag (their first) are a module of
    /// their own, `client.<tag>().<operation>(..)`, with the types only they
    /// use; off by default, when every operation is a method of the client.
    /// Untagged operations stay methods of the client.
    pub module_per_tag: bool,
    /// Modules of the generated client's crate whose items each generated
    /// module re-exports too: `(module, path)`, for hand-written additions
    /// to a module (`("storage", "crate::transfer::storage")`).
    pub module_extensions: Vec<(String, String)>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            runtime_crate: "::openapi_runtime".to_owned(),
            client_name: "Client".to_owned(),
            feature_per_tag: false,
            module_per_tag: false,
            module_extensions: Vec::new(),
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

    pub fn module_per_tag(mut self, on: bool) -> Self {
        self.module_per_tag = on;
        self
    }

    /// Re-exports the items of `path` from the generated module `module`.
    pub fn module_extension(mut self, module: impl Into<String>, path: impl Into<String>) -> Self {
        self.module_extensions.push((module.into(), path.into()));
        self
    }
}

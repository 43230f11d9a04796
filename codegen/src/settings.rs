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
    /// to a module (`("storage", "crate::transfer::storage")`). With
    /// [`module_crates`](Self::module_crates), the path is a module of the
    /// module's own crate, which its generated root declares (`mod <path>;`).
    pub module_extensions: Vec<(String, String)>,
    /// Whether each module is a crate of its own (with `module_per_tag`);
    /// `None` by default, when they are modules of one crate.
    ///
    /// `Some(prefix)`: the module `m` is the crate `{prefix}m`, and the
    /// API's description (`API`, `SERVERS`, ...) with the models more than
    /// one module uses is the crate `{prefix}core`. Then `core.rs` and each
    /// `<module>.rs` are crate roots, each with a client of its own
    /// (`builder()`), and `mod.rs` re-exports the crates (`pub use
    /// ::{prefix}m as m;`, under the feature of its tag with
    /// `feature_per_tag`) beside the client with a method per module. Only
    /// `mod.rs` is gated by features: a module's crate holds all of it.
    pub module_crates: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            runtime_crate: "::openapi_runtime".to_owned(),
            client_name: "Client".to_owned(),
            feature_per_tag: false,
            module_per_tag: false,
            module_extensions: Vec::new(),
            module_crates: None,
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

    /// Makes each module a crate whose name starts with `prefix` (see
    /// [`module_crates`](Self::module_crates)); implies `module_per_tag`.
    pub fn module_crates(mut self, prefix: impl Into<String>) -> Self {
        self.module_crates = Some(prefix.into());
        self.module_per_tag = true;
        self
    }

    /// Re-exports the items of `path` from the generated module `module`.
    pub fn module_extension(mut self, module: impl Into<String>, path: impl Into<String>) -> Self {
        self.module_extensions.push((module.into(), path.into()));
        self
    }
}

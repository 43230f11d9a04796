//! The library behind the `openapi-runtime-codegen` command: a client crate
//! generated from an OpenAPI document, as files ([`crate_files`]), written
//! into a directory ([`write_crate`]) or compared with one ([`stale_files`]).
//!
//! The crate is `Cargo.toml`, `src/lib.rs` (a root declaring the generated
//! module tree, `mod api; pub use api::*;`) and `src/api/*.rs`, the files of
//! [`codegen::generate_spec`]. Its only dependency is the runtime,
//! `openapi-runtime`.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

use heck::ToKebabCase;

/// The runtime's version the generated manifest asks for: the CLI's own
/// version, which the runtime shares (both are the workspace's).
pub const RUNTIME_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The package name of the runtime every generated client depends on.
pub const RUNTIME_PACKAGE: &str = "openapi-runtime";

/// Where the generated module tree goes, relative to the crate's directory.
pub const API_DIR: &str = "src/api";

/// How the generated manifest names the runtime.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Runtime {
    /// From crates.io, `openapi-runtime = "<version>"`.
    Version(String),
    /// A local copy, `openapi-runtime = { path = "<path>" }`; the path is
    /// written as given, so a relative one is relative to the crate's
    /// directory.
    Path(PathBuf),
}

impl Default for Runtime {
    fn default() -> Self {
        Runtime::Version(RUNTIME_VERSION.to_owned())
    }
}

/// What the user chooses about the generated crate, beyond the spec.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The package name; `None` for the spec's title in kebab-case.
    pub crate_name: Option<String>,
    /// Where the runtime dependency comes from.
    pub runtime: Runtime,
    /// The generator's settings. `runtime_crate` must be `::<name>`: the
    /// manifest names the runtime dependency `<name>` (renaming the package
    /// when it is not `openapi_runtime`). `module_crates` is refused: that
    /// layout is a crate per module, each with a manifest of its own.
    pub settings: codegen::Settings,
}

/// Everything that stops a crate from being generated, written or checked.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The generator refused the spec, or could not read it.
    #[error("{0}")]
    Generate(#[from] codegen::Error),
    /// A file or directory could not be read, written or removed.
    #[error("cannot {action} {}: {source}", path.display())]
    Io {
        /// What was being done: `read`, `write`, `remove`, `create`.
        action: &'static str,
        /// The file or directory.
        path: PathBuf,
        /// Why it failed.
        #[source]
        source: io::Error,
    },
    /// The output directory holds files already, and `force` was not given.
    #[error(
        "{} exists and is not empty: pass --force to replace the generated files in it",
        .0.display()
    )]
    NotEmpty(PathBuf),
    /// The output path names something other than a directory.
    #[error("{} exists and is not a directory", .0.display())]
    NotADirectory(PathBuf),
    /// The package name, given or made from the title, is not one Cargo takes.
    #[error("{0}")]
    CrateName(String),
    /// The settings ask for something the generated crate cannot be.
    #[error("{0}")]
    Settings(String),
}

fn io_error(action: &'static str, path: &Path) -> impl FnOnce(io::Error) -> Error {
    let path = path.to_owned();
    move |source| Error::Io {
        action,
        path,
        source,
    }
}

/// The generated crate: its files, relative to its directory, and what the
/// spec says that the client cannot honour exactly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crate {
    /// `Cargo.toml`, `src/lib.rs` and the files under `src/api/`, each with
    /// its contents.
    pub files: Vec<(PathBuf, String)>,
    /// The generator's warnings; their `Display` names file, line and
    /// JSON pointer.
    pub warnings: Vec<codegen::SpecError>,
}

/// Generates the crate of the client of the spec at `spec` (YAML or JSON,
/// one file or several joined by relative `$ref`s).
pub fn crate_files(spec: &Path, options: &Options) -> Result<Crate, Error> {
    if options.settings.module_crates.is_some() {
        return Err(Error::Settings(
            "module_crates makes a crate per module, each with a manifest of its own: \
             the command line writes one crate"
                .to_owned(),
        ));
    }
    let dependency = runtime_dependency_name(&options.settings.runtime_crate)?;
    let spec = codegen::Spec::load(spec)?;
    let info = &spec.document.info;
    let name = match &options.crate_name {
        Some(name) => check_crate_name(name)?,
        None => crate_name_from_title(&info.title)?,
    };
    let generated = codegen::generate_spec(&spec, &options.settings)?;
    let source = spec.path.to_string_lossy().replace('\\', "/");
    let manifest = manifest(
        &name,
        &source,
        &dependency,
        &options.runtime,
        &generated.features,
    )?;
    let mut files = vec![
        (PathBuf::from("Cargo.toml"), manifest),
        (
            PathBuf::from("src/lib.rs"),
            lib_rs(&info.title, &info.version, &source),
        ),
    ];
    files.extend(
        generated
            .files
            .into_iter()
            .map(|file| (Path::new(API_DIR).join(file.name), file.contents)),
    );
    Ok(Crate {
        files,
        warnings: generated.warnings,
    })
}

/// The name the manifest gives the runtime dependency, from the Rust path
/// the generated code names it by (`::openapi_runtime`).
fn runtime_dependency_name(runtime_crate: &str) -> Result<String, Error> {
    let name = runtime_crate.strip_prefix("::").unwrap_or_default();
    let is_name = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    match is_name {
        true => Ok(name.to_owned()),
        false => Err(Error::Settings(format!(
            "the runtime crate path `{runtime_crate}` is not `::<crate name>`: \
             the generated manifest names its runtime dependency by that name"
        ))),
    }
}

/// Rust's keywords and the crates every Rust program has: no package's library
/// can be named any of them.
const RESERVED: &[&str] = &[
    "abstract",
    "alloc",
    "as",
    "async",
    "await",
    "become",
    "box",
    "break",
    "const",
    "continue",
    "core",
    "crate",
    "do",
    "dyn",
    "else",
    "enum",
    "extern",
    "false",
    "final",
    "fn",
    "for",
    "gen",
    "if",
    "impl",
    "in",
    "let",
    "loop",
    "macro",
    "match",
    "mod",
    "move",
    "mut",
    "override",
    "priv",
    "proc_macro",
    "pub",
    "ref",
    "return",
    "self",
    "static",
    "std",
    "struct",
    "super",
    "test",
    "trait",
    "true",
    "try",
    "type",
    "typeof",
    "union",
    "unsafe",
    "unsized",
    "use",
    "virtual",
    "where",
    "while",
    "yield",
];

/// `name` if Cargo takes it as a package name whose library can be used:
/// ASCII letters, digits, `-` and `_`, starting with a letter or `_`, and
/// not a Rust keyword or a standard crate.
pub fn check_crate_name(name: &str) -> Result<String, Error> {
    let starts_well = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    let chars_ok = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !starts_well || !chars_ok {
        return Err(Error::CrateName(format!(
            "`{name}` is not a crate name: ASCII letters, digits, `-` and `_`, \
             starting with a letter or `_`"
        )));
    }
    if RESERVED.contains(&name.replace('-', "_").as_str()) {
        return Err(Error::CrateName(format!(
            "`{name}` cannot name a crate: it is a Rust keyword or a standard crate"
        )));
    }
    Ok(name.to_owned())
}

/// The package name made from the spec's title: its kebab-case, with what
/// is not an ASCII letter or digit between words (`Swagger Petstore` is
/// `swagger-petstore`). A title with letters beyond ASCII makes none.
pub fn crate_name_from_title(title: &str) -> Result<String, Error> {
    let refused = |why: String| {
        Error::CrateName(format!(
            "cannot make a crate name of the spec's title `{title}` ({why}); \
             give one with --crate-name"
        ))
    };
    if title.chars().any(|c| c.is_alphanumeric() && !c.is_ascii()) {
        return Err(refused("it has letters beyond ASCII".to_owned()));
    }
    let kebab = title.to_kebab_case();
    let words: Vec<&str> = kebab
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    check_crate_name(&words.join("-")).map_err(|error| refused(error.to_string()))
}

/// `text` as a TOML basic string, quoted.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `key` as a TOML key: bare when it can be, quoted otherwise (`a.b`).
fn toml_key(key: &str) -> String {
    let bare = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    match bare {
        true => key.to_owned(),
        false => toml_string(key),
    }
}

/// The generated crate's `Cargo.toml`: the package `name`, version 0.1.0,
/// edition 2021, the runtime as the dependency `dependency` (renamed when
/// that is not `openapi_runtime`), and, when `features` is not empty, a
/// `[features]` table declaring each, all in `default`. `source` is the spec
/// the header names.
///
/// It declares no `[workspace]`: the crate builds alone outside any
/// workspace, and as a member of one.
pub fn manifest(
    name: &str,
    source: &str,
    dependency: &str,
    runtime: &Runtime,
    features: &BTreeSet<String>,
) -> Result<String, Error> {
    if features.contains("default") {
        return Err(Error::Settings(
            "a tag is named `default`, which cannot be a feature of its own beside \
             the crate's default features: rename the tag or leave out --feature-per-tag"
                .to_owned(),
        ));
    }
    let mut out = format!(
        "# Generated by `openapi-runtime-codegen` from `{}`.\n\
         # Do not edit it: edit the spec and generate the crate again (with --force).\n\
         [package]\n\
         name = {}\n\
         version = \"0.1.0\"\n\
         edition = \"2021\"\n\
         \n\
         [dependencies]\n",
        source.replace(['\n', '\r'], " "),
        toml_string(name),
    );
    let location = match runtime {
        Runtime::Version(version) => format!("version = {}", toml_string(version)),
        Runtime::Path(path) => format!("path = {}", toml_string(&path.to_string_lossy())),
    };
    let _ = match (dependency == RUNTIME_PACKAGE.replace('-', "_"), runtime) {
        (true, Runtime::Version(version)) => {
            writeln!(out, "{RUNTIME_PACKAGE} = {}", toml_string(version))
        }
        (true, Runtime::Path(_)) => writeln!(out, "{RUNTIME_PACKAGE} = {{ {location} }}"),
        (false, _) => writeln!(
            out,
            "{dependency} = {{ package = {}, {location} }}",
            toml_string(RUNTIME_PACKAGE)
        ),
    };
    if !features.is_empty() {
        let defaults: Vec<String> = features.iter().map(|f| toml_string(f)).collect();
        let _ = write!(
            out,
            "\n# A feature per tag (the first of each operation), which compiles its operations.\n\
             [features]\ndefault = [{}]\n",
            defaults.join(", ")
        );
        for feature in features {
            let _ = writeln!(out, "{} = []", toml_key(feature));
        }
    }
    Ok(out)
}

/// The generated crate's `src/lib.rs`: crate docs naming the spec, and the
/// generated module tree, re-exported.
pub fn lib_rs(title: &str, version: &str, source: &str) -> String {
    let one_line = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    format!(
        "//! A client of the API \"{}\" (version {}).\n\
         //!\n\
         //! Generated from `{}` by `openapi-runtime-codegen`: edit the spec and\n\
         //! generate the crate again (with `--force`) rather than edit this crate.\n\
         \n\
         #[rustfmt::skip]\n\
         mod api;\n\
         pub use api::*;\n",
        one_line(title),
        one_line(version),
        one_line(source),
    )
}

/// Whether `dir` has any entry; `false` when it does not exist.
fn has_entries(dir: &Path) -> Result<bool, Error> {
    match std::fs::metadata(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(io_error("read", dir)(e)),
        Ok(meta) if !meta.is_dir() => return Err(Error::NotADirectory(dir.to_owned())),
        Ok(_) => {}
    }
    let mut entries = std::fs::read_dir(dir).map_err(io_error("read", dir))?;
    Ok(entries.next().is_some())
}

/// Writes `files` (paths relative to `dir`) into `dir`, creating it. Refuses
/// a `dir` that has any entry unless `force`; with `force`, `src/api/` is
/// replaced whole (module files no longer generated are gone) and the other
/// files are rewritten, leaving the rest of `dir` as it is.
pub fn write_crate(dir: &Path, files: &[(PathBuf, String)], force: bool) -> Result<(), Error> {
    if has_entries(dir)? {
        if !force {
            return Err(Error::NotEmpty(dir.to_owned()));
        }
        let api = dir.join(API_DIR);
        match std::fs::symlink_metadata(&api) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_error("read", &api)(e)),
            Ok(meta) if meta.is_dir() => {
                std::fs::remove_dir_all(&api).map_err(io_error("remove", &api))?
            }
            Ok(_) => std::fs::remove_file(&api).map_err(io_error("remove", &api))?,
        }
    }
    for (path, contents) in files {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io_error("create", parent))?;
        }
        std::fs::write(&path, contents).map_err(io_error("write", &path))?;
    }
    Ok(())
}

/// The files under `dir` that differ from `files` (missing, or with other
/// contents), then the entries of `src/api/` that `files` does not have;
/// relative to `dir`. Empty when writing `files` would change nothing.
pub fn stale_files(dir: &Path, files: &[(PathBuf, String)]) -> Result<Vec<PathBuf>, Error> {
    let mut stale = Vec::new();
    for (path, contents) in files {
        let full = dir.join(path);
        match std::fs::read(&full) {
            Ok(current) if current == contents.as_bytes() => {}
            Ok(_) => stale.push(path.clone()),
            // Missing, or a directory where the file should be.
            Err(_) if !full.is_file() => stale.push(path.clone()),
            Err(e) => return Err(io_error("read", &full)(e)),
        }
    }
    let api = dir.join(API_DIR);
    let entries = match std::fs::read_dir(&api) {
        Ok(entries) => entries,
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
            ) =>
        {
            return Ok(stale)
        }
        Err(e) => return Err(io_error("read", &api)(e)),
    };
    let mut strays = Vec::new();
    for entry in entries {
        let entry = entry.map_err(io_error("read", &api))?;
        let path = Path::new(API_DIR).join(entry.file_name());
        if !files.iter().any(|(file, _)| *file == path) {
            strays.push(path);
        }
    }
    strays.sort();
    stale.extend(strays);
    Ok(stale)
}

//! `cargo xtask gen [--check]` and `cargo xtask docs`: the client modules and
//! the bundled JSON spec generated from `spec/`, and the HTML API reference.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The root file of the spec, relative to the workspace root; the files it
/// refers to are found from there.
pub(crate) const SPEC: &str = "spec/dingtalk.yaml";
/// The generated root module of the client's facade crate,
/// `dingtalk-openapi`: the client with a method per module, and each
/// module's crate re-exported under the module's feature.
const CLIENT_ROOT: &str = "generated-client/src/api/mod.rs";
/// The facade's manifest, whose end (from [`GENERATED_FEATURES`]) `gen`
/// writes: a feature per module, each the optional dependency on its crate.
const CLIENT_MANIFEST: &str = "generated-client/Cargo.toml";
/// The line from which `gen` writes the facade's manifest.
const GENERATED_FEATURES: &str =
    "# Written by `cargo xtask gen` from this line to the end: a feature per";
/// The crate of the API's description and the models more than one module
/// uses, `dingtalk-core`.
const CORE: &str = "generated-client/core";
/// Where each module's crate is: `<MODULES>/<module>`, package
/// `dingtalk-<module>` (with `-` for `_`).
const MODULES: &str = "generated-client/modules";
/// What the names of the client's crates start with.
const PREFIX: &str = "dingtalk";

/// A module whose crate has a hand-written part beside its generated root.
struct Extension {
    module: &'static str,
    /// The module of the crate, `src/<file>.rs`, that the generated root
    /// declares and re-exports.
    file: &'static str,
    /// What that part depends on, beyond the runtime and the core crate:
    /// lines of `[dependencies]`, then of `[dev-dependencies]`.
    dependencies: &'static str,
    dev_dependencies: &'static str,
}

/// The hand-written parts of the module crates: the file transfers of
/// storage and drive, and the custom robot of `oapi_robot`.
const EXTENSIONS: &[Extension] = &[
    Extension {
        module: "storage_1_0",
        file: "transfer",
        dependencies: "dingtalk-transfer.workspace = true\n\
                       futures-util.workspace = true\n\
                       tracing.workspace = true\n\
                       tokio = { workspace = true, features = [\"io-util\"] }\n",
        dev_dependencies: "",
    },
    Extension {
        module: "drive_1_0",
        file: "transfer",
        dependencies: "dingtalk-transfer.workspace = true\n\
                       futures-util.workspace = true\n\
                       md-5.workspace = true\n\
                       tokio = { workspace = true, features = [\"fs\", \"io-util\"] }\n",
        dev_dependencies: "",
    },
    Extension {
        module: "oapi_robot",
        file: "robot",
        dependencies: "base64.workspace = true\n\
                       hmac.workspace = true\n\
                       sha2.workspace = true\n\
                       tokio = { workspace = true, features = [\"sync\", \"time\"] }\n",
        dev_dependencies:
            "tokio = { workspace = true, features = [\"macros\", \"rt\", \"test-util\"] }\n",
    },
];

/// How the DingTalk client is generated: each DingTalk module (the first tag
/// of an operation: `storage_1_0`, `drive_1_0`, `oauth2_1_0`) is a crate of
/// its own and a Cargo feature of the facade, and the parts written by hand
/// are modules of their crates.
pub(crate) fn settings() -> codegen::Settings {
    EXTENSIONS.iter().fold(
        codegen::Settings::default()
            .feature_per_tag(true)
            .module_crates(format!("{PREFIX}_")),
        |settings, extension| settings.module_extension(extension.module, extension.file),
    )
}

/// The package of module `module`'s crate.
pub(crate) fn package(module: &str) -> String {
    format!("{PREFIX}-{}", module.replace('_', "-"))
}

/// The directory of module `module`'s crate, relative to the workspace root.
pub(crate) fn module_dir(module: &str) -> PathBuf {
    Path::new(MODULES).join(module)
}

/// The generated Rust files of the client, relative to the workspace root,
/// each with its module (`None` for the facade's root and the core crate).
pub(crate) fn rust_files(modules: &[String]) -> Vec<(Option<String>, PathBuf)> {
    let mut files = vec![
        (None, PathBuf::from(CLIENT_ROOT)),
        (None, Path::new(CORE).join("src/lib.rs")),
    ];
    files.extend(
        modules
            .iter()
            .map(|m| (Some(m.clone()), module_dir(m).join("src/lib.rs"))),
    );
    files
}

/// The manifest of a generated crate: publishable, with the workspace's
/// metadata and a README of its own. A crate of generated code alone
/// (`hand_written` false) has no tests and no doc examples of its own, the
/// client's tests calling it, so no test harness and no doctest run are built
/// for it: `cargo test` and `cargo clippy --all-targets` compile it once.
fn manifest(
    package: &str,
    description: &str,
    dependencies: &str,
    dev: &str,
    hand_written: bool,
) -> String {
    let dev = match dev.is_empty() {
        true => String::new(),
        false => format!("\n[dev-dependencies]\n{dev}"),
    };
    let lib = match hand_written {
        true => "",
        false => {
            "[lib]\n\
                  # Generated code alone: no tests or doc examples of its own.\n\
                  test = false\n\
                  doctest = false\n\
                  \n"
        }
    };
    format!(
        "# Written by `cargo xtask gen` (xtask/src/gen.rs): edit the spec or xtask, not this file.\n\
         [package]\n\
         name = \"{package}\"\n\
         version.workspace = true\n\
         edition.workspace = true\n\
         license.workspace = true\n\
         rust-version.workspace = true\n\
         repository.workspace = true\n\
         keywords.workspace = true\n\
         categories = [\"api-bindings\"]\n\
         readme = \"README.md\"\n\
         description = \"{description}\"\n\
         \n\
         [package.metadata.docs.rs]\n\
         rustdoc-args = [\"--cfg\", \"docsrs\"]\n\
         \n\
         {lib}[dependencies]\n\
         openapi-runtime.workspace = true\n\
         {dependencies}{dev}"
    )
}

/// The README of a generated crate, for its page on crates.io.
fn readme(package: &str, description: &str, module: Option<(&str, bool)>) -> String {
    let usage = match module {
        Some((module, drafted)) => format!(
            "Use it through the client, `{PREFIX}-openapi`, whose feature `{module}` ({}) \
             builds this crate and re-exports it as `{PREFIX}::{module}`:\n\n\
             ```rust,ignore\nlet client = {PREFIX}::Client::builder().credentials(credentials).build()?;\n\
             let module = client.{module}();\n```\n\n\
             or alone, with a client of its own: `{}::Client::builder()`.\n",
            match drafted {
                true => "in `full`, off by default",
                false => "on by default",
            },
            package.replace('-', "_")
        ),
        None => format!("Every module crate of `{PREFIX}-openapi` depends on it.\n"),
    };
    format!(
        "<!-- Written by `cargo xtask gen`: edit the spec or xtask, not this file. -->\n\
         # {package}\n\n{description}\n\n{usage}\n\
         Generated from the project's OpenAPI document; see `{PREFIX}-openapi` for the guide.\n"
    )
}

/// The modules of `spec` whose tags are `x-drafted`.
fn drafted_modules(spec: &codegen::Spec) -> BTreeSet<String> {
    spec.document
        .tags
        .iter()
        .filter(|tag| tag.extensions.get("x-drafted") == Some(&serde_json::Value::Bool(true)))
        .map(|tag| tag.name.clone())
        .collect()
}

/// The facade's manifest: its hand-written part (`current` up to
/// [`GENERATED_FEATURES`]), then a feature per module; `drafted` are the
/// modules whose tags are `x-drafted`.
fn facade_manifest(
    current: &str,
    modules: &[String],
    drafted: &BTreeSet<String>,
    version: &str,
) -> String {
    let hand = current
        .split_once(GENERATED_FEATURES)
        .map_or(current, |(hand, _)| hand);
    let mut out = format!(
        "{}\n\n{GENERATED_FEATURES}\n\
         # DingTalk module (the first tag of its operations in the spec), each the\n\
         # optional dependency on the module's crate; all of them `full`, the\n\
         # curated ones (tags without `x-drafted`) `curated`, on by default; the\n\
         # runtime's TLS backend, rustls by default; and blocking calls.\n\
         [features]\ndefault = [\"rustls-tls\", \"blocking\", \"curated\"]\n",
        hand.trim_end()
    );
    for (feature, wanted) in [("full", true), ("curated", false)] {
        out += &format!("{feature} = [\n");
        for module in modules {
            if wanted || !drafted.contains(module) {
                out += &format!("    \"{module}\",\n");
            }
        }
        out += "]\n";
    }
    out += "\
            rustls-tls = [\"openapi-runtime/rustls-tls\"]\n\
            native-tls = [\"openapi-runtime/native-tls\"]\n\
            blocking = [\"openapi-runtime/blocking\"]\n";
    for module in modules {
        out += &format!("{module} = [\"dep:{}\"]\n", package(module));
    }
    for module in modules {
        out += &format!(
            "\n[dependencies.{}]\npath = \"modules/{module}\"\nversion = \"{version}\"\noptional = true\n",
            package(module)
        );
    }
    out
}

/// Where `docs` writes the HTML API reference, relative to the workspace root.
const DOCS: &str = "target/api-reference/index.html";

/// The spec with every file it refers to; errors name the files relative to `root`.
pub(crate) fn load(root: &Path) -> Result<codegen::Spec, String> {
    codegen::Spec::load_with(Path::new(SPEC), |file| {
        std::fs::read_to_string(root.join(file))
    })
    .map_err(|e| e.to_string())
}

/// Generates the client and the bundled spec from the spec under `root`,
/// printing the generator's warnings.
fn generate(root: &Path) -> Result<Vec<(PathBuf, String)>, String> {
    let spec = load(root)?;
    let generated = codegen::generate_spec(&spec, &settings()).map_err(|e| e.to_string())?;
    // What the spec says that the client cannot honour exactly.
    for warning in &generated.warnings {
        eprintln!("warning: {warning}");
    }
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    let mut modules: Vec<String> = Vec::new();
    let drafted = drafted_modules(&spec);
    for file in generated.files {
        let path = match file.name.as_str() {
            "mod.rs" => PathBuf::from(CLIENT_ROOT),
            "core.rs" => {
                let description = format!(
                    "The {}' description and the models more than one module of the client uses.",
                    spec.document.info.title
                );
                let package = format!("{PREFIX}-core");
                files.push((
                    Path::new(CORE).join("Cargo.toml"),
                    manifest(&package, &description, "", "", false),
                ));
                files.push((
                    Path::new(CORE).join("README.md"),
                    readme(&package, &description, None),
                ));
                Path::new(CORE).join("src/lib.rs")
            }
            name => {
                let module = name.trim_end_matches(".rs");
                let extension = EXTENSIONS.iter().find(|e| e.module == module);
                let description = format!(
                    "The `{module}` module of DingTalk's server APIs, for `{PREFIX}-openapi`."
                );
                let dependencies = format!(
                    "{PREFIX}-core.workspace = true\n{}",
                    extension.map_or("", |e| e.dependencies)
                );
                let dev = extension.map_or("", |e| e.dev_dependencies);
                files.push((
                    module_dir(module).join("Cargo.toml"),
                    manifest(
                        &package(module),
                        &description,
                        &dependencies,
                        dev,
                        extension.is_some(),
                    ),
                ));
                files.push((
                    module_dir(module).join("README.md"),
                    readme(
                        &package(module),
                        &description,
                        Some((module, drafted.contains(module))),
                    ),
                ));
                modules.push(module.to_owned());
                module_dir(module).join("src/lib.rs")
            }
        };
        files.push((path, file.contents));
    }
    if let Some(tag) = generated.features.iter().find(|tag| !modules.contains(tag)) {
        return Err(format!(
            "the tag `{tag}` is not a module's name: its feature could not name the module's crate"
        ));
    }
    let manifest_path = root.join(CLIENT_MANIFEST);
    let current = std::fs::read_to_string(&manifest_path)
        .map_err(|e| format!("cannot read {}: {e}", manifest_path.display()))?;
    modules.sort();
    files.push((
        PathBuf::from(CLIENT_MANIFEST),
        facade_manifest(&current, &modules, &drafted, &workspace_version(root)?),
    ));
    let json = spec.to_json().map_err(|e| e.to_string())?;
    files.push((Path::new(SPEC).with_extension("json"), json));
    Ok(files)
}

/// Every file `gen` writes, relative to `root`, with its contents.
fn outputs(root: &Path) -> Result<Vec<(PathBuf, String)>, String> {
    generate(root)
}

fn is_current(root: &Path, path: &Path, contents: &str) -> bool {
    std::fs::read_to_string(root.join(path)).ok().as_deref() == Some(contents)
}

/// Generated files under `root` that `files` does not have (of a module
/// whose tag is gone): stale too. They are the Rust files beside the
/// facade's root and the manifests and roots of the module crates.
fn strays(root: &Path, files: &[(PathBuf, String)]) -> Vec<PathBuf> {
    let listed = |dir: &Path| -> Vec<PathBuf> {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            return Vec::new();
        };
        let mut names: Vec<PathBuf> = entries
            .filter_map(|entry| Some(dir.join(entry.ok()?.file_name())))
            .collect();
        names.sort();
        names
    };
    let root_dir = Path::new(CLIENT_ROOT)
        .parent()
        .expect("CLIENT_ROOT is in a folder");
    let roots = listed(root_dir)
        .into_iter()
        .filter(|path| path.extension().is_some_and(|e| e == "rs"));
    let crates = listed(Path::new(MODULES))
        .into_iter()
        .flat_map(|dir| {
            [
                dir.join("Cargo.toml"),
                dir.join("README.md"),
                dir.join("src/lib.rs"),
            ]
        })
        .filter(|path| root.join(path).exists());
    roots
        .chain(crates)
        .filter(|path| !files.iter().any(|(file, _)| file == path))
        .collect()
}

/// Files under `root` whose contents differ from `files`.
fn stale_of(root: &Path, files: Vec<(PathBuf, String)>) -> Vec<PathBuf> {
    files
        .into_iter()
        .filter(|(path, contents)| !is_current(root, path, contents))
        .map(|(path, _)| path)
        .collect()
}

/// Files under `root` whose contents differ from what `gen` would write.
#[cfg(test)]
fn stale(root: &Path) -> Result<Vec<PathBuf>, String> {
    Ok(stale_of(root, outputs(root)?))
}

/// The manifest at `path`, parsed; errors name the file.
fn read_manifest(path: &Path) -> Result<toml::Table, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The version every crate of the workspace has, `[workspace.package]`'s.
fn workspace_version(root: &Path) -> Result<String, String> {
    let path = root.join("Cargo.toml");
    read_manifest(&path)?
        .get("workspace")
        .and_then(|w| w.get("package"))
        .and_then(|p| p.get("version"))
        .and_then(toml::Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| format!("{} has no `[workspace.package]` version", path.display()))
}

/// The client's `[features]` table.
fn manifest_features(root: &Path) -> Result<toml::Table, String> {
    let manifest = read_manifest(&root.join(CLIENT_MANIFEST))?;
    Ok(match manifest.get("features") {
        Some(toml::Value::Table(features)) => features.clone(),
        _ => toml::Table::new(),
    })
}

/// The features the client turns on by default: those `default` names that
/// `[features]` declares, and those they turn on in turn (`full`, each module).
pub(crate) fn default_features(root: &Path) -> Result<Vec<String>, String> {
    let features = manifest_features(root)?;
    let mut found: Vec<String> = Vec::new();
    let mut pending = vec!["default".to_owned()];
    while let Some(feature) = pending.pop() {
        let Some(toml::Value::Array(names)) = features.get(&feature) else {
            continue;
        };
        for name in names.iter().filter_map(toml::Value::as_str) {
            if features.contains_key(name) && !found.iter().any(|f| f == name) {
                found.push(name.to_owned());
                pending.push(name.to_owned());
            }
        }
    }
    Ok(found)
}

pub(crate) fn check(root: &Path) -> Result<(), String> {
    let files = outputs(root)?;
    let mut stale = strays(root, &files);
    stale.extend(stale_of(root, files));
    if stale.is_empty() {
        println!("generated files are up to date");
        return Ok(());
    }
    let names: Vec<String> = stale.iter().map(|p| format!("  {}", p.display())).collect();
    Err(format!(
        "stale generated files (run `cargo xtask gen`):\n{}",
        names.join("\n")
    ))
}

pub(crate) fn write(root: &Path) -> Result<(), String> {
    let files = outputs(root)?;
    for path in strays(root, &files) {
        let full = root.join(&path);
        std::fs::remove_file(&full)
            .map_err(|e| format!("cannot remove {}: {e}", full.display()))?;
        println!("removed {}", path.display());
        // A module's folder goes with its last file; one with hand-written
        // files stays, and no longer builds.
        for dir in full
            .ancestors()
            .skip(1)
            .take_while(|dir| dir.starts_with(root.join(MODULES)))
        {
            if std::fs::remove_dir(dir).is_err() {
                break;
            }
        }
    }
    for (path, contents) in files {
        if is_current(root, &path, &contents) {
            continue;
        }
        let full = root.join(&path);
        std::fs::create_dir_all(full.parent().expect("generated files are in folders"))
            .and_then(|()| std::fs::write(&full, contents))
            .map_err(|e| format!("cannot write {}: {e}", full.display()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}

/// The HTML API reference: the spec and Redoc's standalone bundle (from
/// `bash tools/install`) in one file that needs no network.
pub(crate) fn docs(root: &Path) -> Result<(), String> {
    let bundle_path = root.join(".tools/node/node_modules/redoc/bundles/redoc.standalone.js");
    let bundle = std::fs::read_to_string(&bundle_path).map_err(|e| {
        format!(
            "cannot read {} ({e}): run `bash tools/install` first",
            bundle_path.display()
        )
    })?;
    let spec = load(root)?;
    let json = spec.to_json().map_err(|e| e.to_string())?;
    let html = reference_page(&spec.document.info.title, &json, &bundle);
    let out = root.join(DOCS);
    std::fs::create_dir_all(out.parent().expect("DOCS has a folder"))
        .and_then(|()| std::fs::write(&out, html))
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!("wrote {DOCS}");
    Ok(())
}

/// A page that renders `spec_json` with Redoc, everything inline.
fn reference_page(title: &str, spec_json: &str, redoc_bundle: &str) -> String {
    let title = title
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>body {{ margin: 0; padding: 0; }}</style>\n</head>\n<body>\n\
         <div id=\"redoc\"></div>\n<script>{}</script>\n\
         <script>Redoc.init({}, {{}}, document.getElementById(\"redoc\"));</script>\n</body>\n</html>\n",
        escape_script_end(redoc_bundle),
        // In JSON every `</` is inside a string, where `<\/` means the same.
        spec_json.replace("</", "<\\/"),
    )
}

/// `</script` (any case) would end an inline script early; in the JavaScript strings
/// and regular expressions where a bundle has it, `<\/script` means the same.
fn escape_script_end(script: &str) -> String {
    let mut out = String::with_capacity(script.len());
    let mut rest = script;
    while let Some(at) = rest.find("</") {
        let (before, after) = rest.split_at(at + 1);
        out.push_str(before);
        if after
            .get(1..7)
            .is_some_and(|word| word.eq_ignore_ascii_case("script"))
        {
            out.push('\\');
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace_root;

    #[test]
    fn committed_generated_files_are_up_to_date() {
        let stale = stale(&workspace_root()).unwrap();
        assert!(
            stale.is_empty(),
            "stale generated files, run `cargo xtask gen`: {stale:?}"
        );
    }

    /// The group file that holds the storage operations and their schemas.
    const STORAGE: &str = "spec/storage.yaml";
    /// The file of the components the groups share.
    const COMPONENTS: &str = "spec/components.yaml";

    /// The modules the scratch copies keep, with the group files of their
    /// paths (`storage.yaml`, `storage-dentries.yaml`, ...).
    const KEPT: [&str; 3] = ["storage", "drive", "oauth2"];

    /// A copy of the spec's files in a scratch directory, its root reduced
    /// to the modules of [`KEPT`], and the files `gen` writes from it: these
    /// tests are about what `gen` does with its files, and a generation of
    /// the whole spec takes many seconds in a debug build.
    fn scratch_copy() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let root = workspace_root();
        std::fs::create_dir_all(dir.path().join("spec")).unwrap();
        std::fs::copy(root.join("Cargo.toml"), dir.path().join("Cargo.toml")).unwrap();
        // Every file of the spec is copied as it is; the root, reduced below,
        // reaches those of the kept modules. (Loading the whole spec to know
        // which files it reaches would take longer than the test.)
        for entry in std::fs::read_dir(root.join("spec")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "yaml") {
                let file = Path::new("spec").join(path.file_name().unwrap());
                std::fs::copy(&path, dir.path().join(file)).unwrap();
            }
        }
        for file in [STORAGE, COMPONENTS] {
            assert!(dir.path().join(file).is_file(), "{file}");
        }
        let manifest = dir.path().join(CLIENT_MANIFEST);
        std::fs::create_dir_all(manifest.parent().unwrap()).unwrap();
        std::fs::copy(root.join(CLIENT_MANIFEST), manifest).unwrap();
        let kept = |name: &str| KEPT.iter().any(|m| name.starts_with(m));
        let path = dir.path().join(SPEC);
        let mut document: serde_yaml::Value =
            serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let tags = document["tags"].as_sequence_mut().unwrap();
        tags.retain(|tag| kept(tag["name"].as_str().unwrap()));
        let paths = document["paths"].as_mapping_mut().unwrap();
        paths.retain(|_, item| kept(item["$ref"].as_str().unwrap().trim_start_matches("./")));
        assert!(paths.len() > 50, "{}", paths.len());
        std::fs::write(&path, serde_yaml::to_string(&document).unwrap()).unwrap();
        write(dir.path()).unwrap();
        dir
    }

    /// Replaces `from` (which must be there) with `to` in `file` under `root`; the edited text.
    fn edit(root: &Path, file: &str, from: &str, to: &str) -> String {
        let path = root.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} has no {from:?}");
        let edited = text.replacen(from, to, 1);
        std::fs::write(&path, &edited).unwrap();
        edited
    }

    #[test]
    fn an_edit_not_regenerated_is_stale_and_gen_carries_it_into_the_docs() {
        let dir = scratch_copy();
        let root = dir.path();
        assert!(check(root).is_ok());

        edit(
            root,
            STORAGE,
            "summary: Get a storage space.",
            "summary: Fetch one storage space by its id.",
        );

        let message = check(root).unwrap_err();
        assert!(
            message.contains("generated-client/modules/storage_1_0/src/lib.rs"),
            "{message}"
        );
        assert!(message.contains("spec/dingtalk.json"), "{message}");
        assert!(!message.contains("core"), "{message}");
        assert!(!message.contains("drive_1_0"), "{message}");

        write(root).unwrap();
        assert!(check(root).is_ok());
        let operations =
            std::fs::read_to_string(root.join(module_dir("storage_1_0")).join("src/lib.rs"))
                .unwrap();
        assert!(operations.contains("/// Fetch one storage space by its id.\n"));
        assert!(!operations.contains("/// Get a storage space.\n"));
        let json = std::fs::read_to_string(root.join("spec/dingtalk.json")).unwrap();
        assert!(json.contains("\"summary\": \"Fetch one storage space by its id.\""));
    }

    #[test]
    fn an_edit_to_a_shared_component_is_stale_until_regenerated() {
        let dir = scratch_copy();
        let root = dir.path();
        edit(
            root,
            COMPONENTS,
            "description: A human-readable explanation.",
            "description: What went wrong, for people.",
        );
        let message = check(root).unwrap_err();
        assert!(
            message.contains("generated-client/core/src/lib.rs"),
            "{message}"
        );
        assert!(message.contains("spec/dingtalk.json"), "{message}");

        write(root).unwrap();
        assert!(check(root).is_ok());
        let models = std::fs::read_to_string(root.join(CORE).join("src/lib.rs")).unwrap();
        assert!(models.contains("/// What went wrong, for people.\n"));
    }

    #[test]
    fn a_module_crate_no_tag_gives_is_stale_and_gen_removes_it() {
        let dir = scratch_copy();
        let root = dir.path();
        let gone = root.join(module_dir("gone_1_0"));
        std::fs::create_dir_all(gone.join("src")).unwrap();
        std::fs::write(gone.join("Cargo.toml"), "# a module whose tag is gone\n").unwrap();
        std::fs::write(gone.join("src/lib.rs"), "// a module whose tag is gone\n").unwrap();
        let stray_root = root.join("generated-client/src/api/gone_1_0.rs");
        std::fs::write(&stray_root, "// a module of the one-crate layout\n").unwrap();
        let message = check(root).unwrap_err();
        assert!(message.contains("modules/gone_1_0/Cargo.toml"), "{message}");
        assert!(message.contains("modules/gone_1_0/src/lib.rs"), "{message}");
        assert!(message.contains("api/gone_1_0.rs"), "{message}");
        write(root).unwrap();
        assert!(!gone.exists() && !stray_root.exists());
        assert!(check(root).is_ok());
    }

    #[test]
    fn every_curated_module_is_a_default_feature_of_the_facade_and_an_edit_to_it_is_stale() {
        let root = workspace_root();
        let defaults = default_features(&root).unwrap();
        let features = manifest_features(&root).unwrap();
        let full = features["full"].as_array().unwrap();
        let spec = load(&root).unwrap();
        let drafted = drafted_modules(&spec);
        let modules = codegen::lower::lower(&spec).unwrap().api;
        for tag in modules.operations.iter().filter_map(|op| op.tags.first()) {
            assert!(
                full.iter().any(|f| f.as_str() == Some(tag)),
                "{tag} is not in `full`"
            );
            assert_eq!(
                defaults.contains(tag),
                !drafted.contains(tag),
                "{tag}: a default feature if and only if curated: {defaults:?}"
            );
        }
        let dir = scratch_copy();
        let root = dir.path();
        let defaults = default_features(root).unwrap();
        edit(root, CLIENT_MANIFEST, "\ndrive_1_0 = ", "\n# drive_1_0 = ");
        let message = check(root).unwrap_err();
        assert!(message.contains(CLIENT_MANIFEST), "{message}");
        write(root).unwrap();
        assert_eq!(default_features(root).unwrap(), defaults);
    }

    #[test]
    fn the_reference_page_cannot_be_cut_short_by_its_scripts() {
        let page = reference_page(
            "A <b> & c",
            r#"{"description": "</script><script>alert(1)"}"#,
            "var s = '</SCRIPT>'; if (a</b/.test(c)) {}",
        );
        assert!(page.contains("<title>A &lt;b&gt; &amp; c</title>"));
        assert_eq!(page.matches("</script>").count(), 2, "{page}");
        assert!(page.contains(r#"Redoc.init({"description": "<\/script><script>alert(1)"}, {}"#));
        assert!(page.contains(r"var s = '<\/SCRIPT>'; if (a</b/.test(c)) {}"));
    }

    /// Two runs in one process (each map of the generator seeded anew);
    /// for the whole spec, `committed_generated_files_are_up_to_date`
    /// compares a run with the files another run wrote.
    #[test]
    fn gen_is_byte_identical_on_every_run() {
        let dir = scratch_copy();
        assert_eq!(outputs(dir.path()).unwrap(), outputs(dir.path()).unwrap());
    }

    #[test]
    fn a_broken_spec_is_reported_with_its_location() {
        let dir = scratch_copy();
        let root = dir.path();
        edit(
            root,
            STORAGE,
            "$ref: '#/components/schemas/AddFolderRequest'",
            "$ref: '#/components/schemas/Missing'",
        );
        let message = check(root).unwrap_err();
        assert!(message.starts_with("spec/storage.yaml:"), "{message}");
        assert!(message.contains(": #/paths/~1v1.0~1storage~1spaces~1{spaceId}~1dentries~1{parentId}~1folders/post/requestBody/content/application~1json/schema: "), "{message}");
        assert!(message.contains("does not exist"), "{message}");
    }

    #[test]
    fn an_error_in_a_group_file_names_that_file_and_line() {
        let dir = scratch_copy();
        let root = dir.path();
        let from =
            "      properties:\n        used:\n          type: integer\n          format: int64\n";
        let to = from.replace(
            "type: integer\n          format: int64\n",
            "type: string\n          enum: [a]\n          x-enum-descriptions: [one, two]\n",
        );
        let text = edit(root, STORAGE, from, &to);
        let line = text[..text.find(&to).unwrap()].lines().count() + 5;
        let message = check(root).unwrap_err();
        assert_eq!(
            message,
            format!("spec/storage.yaml:{line}:11: #/components/schemas/PartitionQuota/properties/used/x-enum-descriptions: `x-enum-descriptions` must be a list of 1 strings, one per `enum` value, or a map from values to their descriptions")
        );
    }
}

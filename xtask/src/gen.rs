//! `cargo xtask gen [--check]` and `cargo xtask docs`: the client modules and
//! the bundled JSON spec generated from `spec/`, and the HTML API reference.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The root file of the spec, relative to the workspace root; the files it
/// refers to are found from there.
pub(crate) const SPEC: &str = "spec/dingtalk.yaml";
/// Where the generated module tree of the client goes, relative to the
/// workspace root: `mod.rs`, `models.rs` and a file per module.
const CLIENT_SRC: &str = "generated-client/src/api";
/// The manifest of the generated client, which declares a feature per tag.
const CLIENT_MANIFEST: &str = "generated-client/Cargo.toml";

/// How the DingTalk client is generated: each DingTalk module (the first tag
/// of an operation: `storage_1_0`, `drive_1_0`, `oauth2_1_0`) is a module of
/// the client and a Cargo feature of its own, and the file transfers written
/// by hand are part of the modules they use.
pub(crate) fn settings() -> codegen::Settings {
    codegen::Settings::default()
        .feature_per_tag(true)
        .module_per_tag(true)
        .module_extension("storage_1_0", "crate::transfer::storage")
        .module_extension("drive_1_0", "crate::transfer::drive")
        .module_extension("oapi_robot", "crate::robot")
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

/// What `gen` makes of the spec under `root`.
struct Outputs {
    /// Every file `gen` writes, relative to `root`, with its contents.
    files: Vec<(PathBuf, String)>,
    /// The Cargo features the generated code is compiled under.
    features: BTreeSet<String>,
}

/// Generates the client and the bundled spec from the spec under `root`,
/// printing the generator's warnings.
fn generate(root: &Path) -> Result<Outputs, String> {
    let spec = load(root)?;
    let generated = codegen::generate_spec(&spec, &settings()).map_err(|e| e.to_string())?;
    // What the spec says that the client cannot honour exactly.
    for warning in &generated.warnings {
        eprintln!("warning: {warning}");
    }
    let mut files: Vec<(PathBuf, String)> = generated
        .files
        .into_iter()
        .map(|file| (Path::new(CLIENT_SRC).join(file.name), file.contents))
        .collect();
    let json = spec.to_json().map_err(|e| e.to_string())?;
    files.push((Path::new(SPEC).with_extension("json"), json));
    Ok(Outputs {
        files,
        features: generated.features,
    })
}

/// Every file `gen` writes, relative to `root`, with its contents.
fn outputs(root: &Path) -> Result<Vec<(PathBuf, String)>, String> {
    Ok(generate(root)?.files)
}

fn is_current(root: &Path, path: &Path, contents: &str) -> bool {
    std::fs::read_to_string(root.join(path)).ok().as_deref() == Some(contents)
}

/// The Rust files of the generated module tree under `root` that `files`
/// does not have (a module whose tag is gone): stale too.
fn strays(root: &Path, files: &[(PathBuf, String)]) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(root.join(CLIENT_SRC)) else {
        return Vec::new();
    };
    let mut strays: Vec<PathBuf> = entries
        .filter_map(|entry| Some(entry.ok()?.file_name()))
        .map(|name| Path::new(CLIENT_SRC).join(name))
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .filter(|path| !files.iter().any(|(file, _)| file == path))
        .collect();
    strays.sort();
    strays
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

/// Those of `features` that the client's manifest does not declare in
/// `[features]`, or does not turn on by default.
fn undeclared_of(root: &Path, features: BTreeSet<String>) -> Result<Vec<String>, String> {
    let defaults = default_features(root)?;
    Ok(features
        .into_iter()
        .filter(|feature| !defaults.contains(feature))
        .collect())
}

/// The features of the generated code that the client's manifest does not
/// declare in `[features]`, or does not turn on by default.
#[cfg(test)]
fn undeclared_features(root: &Path) -> Result<Vec<String>, String> {
    undeclared_of(root, generate(root)?.features)
}

/// The client's `[features]` table.
fn manifest_features(root: &Path) -> Result<toml::Table, String> {
    let path = root.join(CLIENT_MANIFEST);
    let manifest = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let manifest: toml::Table =
        toml::from_str(&manifest).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(match manifest.get("features") {
        Some(toml::Value::Table(features)) => features.clone(),
        _ => toml::Table::new(),
    })
}

/// The features the client turns on by default: those `default` names that
/// `[features]` declares.
pub(crate) fn default_features(root: &Path) -> Result<Vec<String>, String> {
    let features = manifest_features(root)?;
    let defaults = match features.get("default") {
        Some(toml::Value::Array(names)) => names.iter().filter_map(toml::Value::as_str).collect(),
        _ => vec![],
    };
    Ok(defaults
        .into_iter()
        .filter(|name| features.contains_key(*name))
        .map(str::to_owned)
        .collect())
}

pub(crate) fn check(root: &Path) -> Result<(), String> {
    let Outputs { files, features } = generate(root)?;
    let undeclared = undeclared_of(root, features)?;
    if !undeclared.is_empty() {
        return Err(format!(
            "{CLIENT_MANIFEST} has no default feature for the tags {undeclared:?}: \
             add each to `[features]` and to `default`"
        ));
    }
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
    }
    let dir = root.join(CLIENT_SRC);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for (path, contents) in files {
        if is_current(root, &path, &contents) {
            continue;
        }
        let full = root.join(&path);
        std::fs::write(&full, contents)
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

    /// A copy of the spec's files and the generated files in a scratch directory.
    fn scratch_copy() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let root = workspace_root();
        std::fs::create_dir_all(dir.path().join("spec")).unwrap();
        std::fs::create_dir_all(dir.path().join(CLIENT_SRC)).unwrap();
        let spec = load(&root).unwrap();
        let files: Vec<&Path> = spec.files().collect();
        assert!(files.contains(&Path::new(STORAGE)), "{files:?}");
        assert!(files.contains(&Path::new(COMPONENTS)), "{files:?}");
        for file in files {
            std::fs::copy(root.join(file), dir.path().join(file)).unwrap();
        }
        for (path, _) in outputs(&root).unwrap() {
            std::fs::copy(root.join(&path), dir.path().join(&path)).unwrap();
        }
        std::fs::copy(root.join(CLIENT_MANIFEST), dir.path().join(CLIENT_MANIFEST)).unwrap();
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
            message.contains("generated-client/src/api/storage_1_0.rs"),
            "{message}"
        );
        assert!(message.contains("spec/dingtalk.json"), "{message}");
        assert!(!message.contains("models.rs"), "{message}");
        assert!(!message.contains("drive_1_0.rs"), "{message}");

        write(root).unwrap();
        assert!(check(root).is_ok());
        let operations =
            std::fs::read_to_string(root.join(CLIENT_SRC).join("storage_1_0.rs")).unwrap();
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
            message.contains("generated-client/src/api/models.rs"),
            "{message}"
        );
        assert!(message.contains("spec/dingtalk.json"), "{message}");

        write(root).unwrap();
        assert!(check(root).is_ok());
        let models = std::fs::read_to_string(root.join(CLIENT_SRC).join("models.rs")).unwrap();
        assert!(models.contains("/// What went wrong, for people.\n"));
    }

    #[test]
    fn a_module_file_no_tag_gives_is_stale_and_gen_removes_it() {
        let dir = scratch_copy();
        let root = dir.path();
        let stray = Path::new(CLIENT_SRC).join("gone_1_0.rs");
        std::fs::write(root.join(&stray), "// a module whose tag is gone\n").unwrap();
        let message = check(root).unwrap_err();
        assert!(message.contains("gone_1_0.rs"), "{message}");
        write(root).unwrap();
        assert!(!root.join(&stray).exists());
        assert!(check(root).is_ok());
    }

    #[test]
    fn every_tag_has_a_feature_in_the_manifest() {
        assert_eq!(
            undeclared_features(&workspace_root()).unwrap(),
            Vec::<String>::new()
        );
        let dir = scratch_copy();
        let root = dir.path();
        edit(root, CLIENT_MANIFEST, "\ndrive_1_0 = ", "\n# drive_1_0 = ");
        assert_eq!(undeclared_features(root).unwrap(), ["drive_1_0"]);
        let message = check(root).unwrap_err();
        assert!(message.contains("[\"drive_1_0\"]"), "{message}");
    }

    #[test]
    fn a_feature_off_by_default_is_caught() {
        let dir = scratch_copy();
        let root = dir.path();
        edit(root, CLIENT_MANIFEST, "    \"oauth2_1_0\",\n", "");
        assert_eq!(undeclared_features(root).unwrap(), ["oauth2_1_0"]);
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

    #[test]
    fn gen_is_byte_identical_on_every_run() {
        let root = workspace_root();
        assert_eq!(outputs(&root).unwrap(), outputs(&root).unwrap());
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

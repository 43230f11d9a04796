//! The `openapi-runtime-codegen` binary on specs written into a scratch
//! directory, outside the repository: the crate it writes compiles, `--check`
//! and `--force` do what they say, and a broken spec is an error naming its
//! place.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A small petstore: a query parameter, a JSON body, a path parameter, an
/// `Error` schema as every operation's default response, bearer security.
const PETSTORE: &str = include_str!("specs/petstore.yaml");

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn codegen(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_openapi-runtime-codegen"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn runtime_path() -> String {
    workspace_root()
        .join("runtime")
        .canonicalize()
        .expect("the runtime is in the workspace")
        .to_string_lossy()
        .into_owned()
}

/// A scratch directory holding `petstore.yaml`.
fn petstore_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("petstore.yaml"), PETSTORE).unwrap();
    dir
}

#[test]
fn the_petstore_crate_is_written_checked_and_compiles() {
    let scratch = petstore_dir();
    let dir = scratch.path();
    let runtime = runtime_path();
    let args = [
        "petstore.yaml",
        "--out",
        "client",
        "--runtime-path",
        &runtime,
    ];
    let output = codegen(dir, &args);
    assert!(output.status.success(), "{}", stderr(&output));

    let out = dir.join("client");
    for file in [
        "Cargo.toml",
        "src/lib.rs",
        "src/api/mod.rs",
        "src/api/models.rs",
    ] {
        assert!(out.join(file).is_file(), "{file} is not written");
    }
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains("name = \"swagger-petstore\""),
        "{manifest}"
    );
    let lib = std::fs::read_to_string(out.join("src/lib.rs")).unwrap();
    assert!(lib.contains("\"Swagger Petstore\""), "{lib}");
    let root = std::fs::read_to_string(out.join("src/api/mod.rs")).unwrap();
    for operation in ["fn list_pets", "fn create_pets", "fn show_pet_by_id"] {
        assert!(root.contains(operation), "no `{operation}` in mod.rs");
    }

    let check = codegen(dir, &[&args[..], &["--check"]].concat());
    assert!(check.status.success(), "{}", stderr(&check));

    let again = codegen(dir, &args);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains("is not empty"),
        "{}",
        stderr(&again)
    );

    cargo_check(&out);
}

/// Runs `cargo check` on the generated crate at `out` and asserts that it
/// compiles without warnings.
fn cargo_check(out: &Path) {
    // A workspace of its own, so that cargo does not look for one above the
    // scratch directory; the workspace's lock, so that it builds offline with
    // the versions the runtime is tested with.
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    std::fs::write(out.join("Cargo.toml"), format!("{manifest}\n[workspace]\n")).unwrap();
    std::fs::copy(workspace_root().join("Cargo.lock"), out.join("Cargo.lock")).unwrap();
    let target = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => workspace_root().join("target"),
    }
    .join("cli-check");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let built = Command::new(cargo)
        .args(["check", "--offline", "--quiet"])
        .current_dir(out)
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .expect("cargo runs");
    assert!(built.status.success(), "{}", stderr(&built));
    assert!(
        !stderr(&built).contains("warning"),
        "the generated crate has warnings:\n{}",
        stderr(&built)
    );
}

#[test]
fn a_crate_with_a_feature_and_a_module_per_tag_compiles() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/features/spec.yaml");
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path();
    std::fs::copy(&spec, dir.join("shop.yaml")).unwrap();
    let runtime = runtime_path();
    let args = [
        "shop.yaml",
        "--out",
        "client",
        "--runtime-path",
        &runtime,
        "--feature-per-tag",
        "--module-per-tag",
        "--client-name",
        "Shop",
    ];
    let output = codegen(dir, &args);
    assert!(output.status.success(), "{}", stderr(&output));

    let out = dir.join("client");
    let features = codegen::generate(&spec, &codegen::Settings::default().feature_per_tag(true))
        .unwrap()
        .features;
    assert!(features.len() > 1, "the fixture has several tags");
    let manifest: toml::Table =
        toml::from_str(&std::fs::read_to_string(out.join("Cargo.toml")).unwrap()).unwrap();
    assert_eq!(manifest["package"]["name"].as_str(), Some("pet-shop"));
    let declared = manifest["features"].as_table().unwrap();
    for feature in &features {
        assert!(declared.contains_key(feature), "{feature} is not declared");
    }
    let root = std::fs::read_to_string(out.join("src/api/mod.rs")).unwrap();
    assert!(root.contains("pub struct Shop"), "the client is named Shop");
    cargo_check(&out);
}

#[test]
fn a_ref_to_a_missing_schema_is_an_error_naming_file_and_line() {
    let scratch = petstore_dir();
    let dir = scratch.path();
    let broken = PETSTORE.replace(
        "$ref: \"#/components/schemas/Pets\"",
        "$ref: \"#/components/schemas/Missing\"",
    );
    assert_ne!(broken, PETSTORE);
    std::fs::write(dir.join("broken.yaml"), &broken).unwrap();
    // The schema is reported at its key, `schema:`, the line above the `$ref`.
    let line = broken
        .lines()
        .position(|line| line.contains("schemas/Missing"))
        .unwrap();
    assert!(broken.lines().nth(line - 1).unwrap().trim() == "schema:");

    let output = codegen(dir, &["broken.yaml", "--out", "client"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.starts_with("error: "), "{message}");
    assert!(
        message.contains(&format!("broken.yaml:{line}:")),
        "{message}"
    );
    assert!(message.contains("Missing"), "{message}");
    assert!(
        !dir.join("client").exists(),
        "a refused spec writes nothing"
    );
}

#[test]
fn a_missing_spec_and_an_output_that_is_a_file_are_errors_naming_the_path() {
    let scratch = petstore_dir();
    let dir = scratch.path();
    let output = codegen(dir, &["nowhere.yaml", "--out", "client"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("nowhere.yaml"),
        "{}",
        stderr(&output)
    );

    std::fs::write(dir.join("file"), "").unwrap();
    let output = codegen(dir, &["petstore.yaml", "--out", "file", "--force"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("file exists and is not a directory"),
        "{message}"
    );
}

#[test]
fn check_names_changed_and_stray_files_and_writes_nothing() {
    let scratch = petstore_dir();
    let dir = scratch.path();
    let output = codegen(dir, &["petstore.yaml", "--out", "client"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let models = dir.join("client/src/api/models.rs");
    std::fs::write(&models, "// edited\n").unwrap();
    std::fs::write(dir.join("client/src/api/old.rs"), "").unwrap();

    let check = codegen(dir, &["petstore.yaml", "--out", "client", "--check"]);
    assert_eq!(check.status.code(), Some(1));
    let message = stderr(&check);
    let stale = |file: &str| Path::new("client/src/api").join(file).display().to_string();
    assert!(message.contains(&stale("models.rs")), "{message}");
    assert!(message.contains(&stale("old.rs")), "{message}");
    assert!(!message.contains("mod.rs"), "{message}");
    assert_eq!(std::fs::read_to_string(&models).unwrap(), "// edited\n");
}

#[test]
fn force_replaces_the_generated_modules_and_keeps_the_rest() {
    let scratch = petstore_dir();
    let dir = scratch.path();
    let output = codegen(
        dir,
        &["petstore.yaml", "--out", "client", "--module-per-tag"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let module = dir.join("client/src/api/pets.rs");
    assert!(module.is_file(), "the tag `pets` is a module");
    std::fs::write(dir.join("client/README.md"), "mine\n").unwrap();

    let args = ["petstore.yaml", "--out", "client", "--crate-name", "pets"];
    let output = codegen(dir, &[&args[..], &["--force"]].concat());
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        !module.exists(),
        "the module of a tag no longer a module is gone"
    );
    let manifest = std::fs::read_to_string(dir.join("client/Cargo.toml")).unwrap();
    assert!(manifest.contains("name = \"pets\""), "{manifest}");
    let readme = std::fs::read_to_string(dir.join("client/README.md")).unwrap();
    assert_eq!(readme, "mine\n");
    let check = codegen(dir, &[&args[..], &["--check"]].concat());
    assert!(check.status.success(), "{}", stderr(&check));
}

#[test]
fn a_spec_split_over_files_gives_one_crate() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/multi_file/two_files.yaml");
    let options = openapi_runtime_codegen_cli::Options {
        crate_name: Some("two-files".to_owned()),
        ..Default::default()
    };
    let generated = openapi_runtime_codegen_cli::crate_files(&spec, &options).unwrap();
    let names: Vec<&Path> = generated.files.iter().map(|(p, _)| p.as_path()).collect();
    assert_eq!(
        names,
        [
            Path::new("Cargo.toml"),
            Path::new("src/lib.rs"),
            Path::new("src/api/mod.rs"),
            Path::new("src/api/models.rs"),
        ]
    );
    let models = &generated.files[3].1;
    assert!(models.contains("pub struct Thing"), "{models}");
}

#[test]
fn a_warning_is_printed_with_its_place_and_the_crate_written() {
    let scratch = petstore_dir();
    let dir = scratch.path();
    let warned = PETSTORE.replacen("format: int64", "format: int128", 1);
    assert_ne!(warned, PETSTORE);
    std::fs::write(dir.join("warned.yaml"), &warned).unwrap();
    let line = warned
        .lines()
        .position(|line| line.contains("int128"))
        .unwrap()
        + 1;

    let output = codegen(dir, &["warned.yaml", "--out", "client"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(
        message.starts_with(&format!("warning: warned.yaml:{line}:")),
        "{message}"
    );
    assert!(
        message.contains("#/components/schemas/Pet/properties/id/format"),
        "{message}"
    );
    assert!(dir.join("client/src/api/models.rs").is_file());
}

#[test]
fn a_json_spec_of_openapi_3_1_gives_a_crate() {
    let scratch = tempfile::tempdir().unwrap();
    let spec = scratch.path().join("notes.json");
    std::fs::write(
        &spec,
        r##"{
  "openapi": "3.1.0",
  "info": {"title": "Notes", "version": "2"},
  "servers": [{"url": "https://notes.example.test"}],
  "paths": {
    "/notes/{id}": {
      "get": {
        "operationId": "getNote",
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {
          "200": {
            "description": "the note",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Note"}}}
          }
        }
      }
    }
  },
  "components": {
    "schemas": {
      "Note": {
        "type": "object",
        "required": ["text"],
        "properties": {"text": {"type": "string"}, "tag": {"type": ["string", "null"]}}
      }
    }
  }
}"##,
    )
    .unwrap();
    let generated = openapi_runtime_codegen_cli::crate_files(&spec, &Default::default()).unwrap();
    assert!(generated.files[0].1.contains("name = \"notes\""));
    assert!(generated.files[1].1.contains("\"Notes\" (version 2)"));
    assert!(generated.files[2].1.contains("fn get_note"));
    assert!(generated.files[3].1.contains("pub struct Note"));
}

//! The generated crate's manifest and root: its name, its runtime
//! dependency and its features, read back as TOML.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use openapi_runtime_codegen_cli::{
    check_crate_name, crate_name_from_title, lib_rs, manifest, Error, Runtime, RUNTIME_VERSION,
};

fn parse(text: &str) -> toml::Table {
    toml::from_str(text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn features(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|name| (*name).to_owned()).collect()
}

#[test]
fn the_crate_name_is_the_title_in_kebab_case() {
    let name = |title: &str| crate_name_from_title(title).unwrap();
    assert_eq!(name("Swagger Petstore"), "swagger-petstore");
    assert_eq!(name("PetShop API"), "pet-shop-api");
    assert_eq!(
        name("  Billing: Invoices & Payments (v2) "),
        "billing-invoices-payments-v2"
    );
}

#[test]
fn a_title_that_makes_no_crate_name_asks_for_one() {
    for title in ["", "钉钉 API", "Ünïcode Store", "3D Printing", "Test", "fn"] {
        let error = crate_name_from_title(title).unwrap_err();
        assert!(matches!(error, Error::CrateName(_)), "{title}: {error}");
        let message = error.to_string();
        assert!(message.contains("--crate-name"), "{message}");
        assert!(message.contains(&format!("`{title}`")), "{message}");
    }
}

#[test]
fn a_given_crate_name_is_checked() {
    assert_eq!(check_crate_name("my_client-2").unwrap(), "my_client-2");
    for bad in [
        "",
        "my client",
        "2fa",
        "-x",
        "crate",
        "std",
        "proc-macro",
        "a\"b",
    ] {
        assert!(check_crate_name(bad).is_err(), "`{bad}` is taken");
    }
}

#[test]
fn the_manifest_depends_on_the_runtime_of_this_version_and_nothing_else() {
    let text = manifest(
        "swagger-petstore",
        "petstore.yaml",
        "openapi_runtime",
        &Runtime::default(),
        &BTreeSet::new(),
    )
    .unwrap();
    assert!(text.contains("`petstore.yaml`"), "{text}");
    let table = parse(&text);
    let package = table["package"].as_table().unwrap();
    assert_eq!(package["name"].as_str(), Some("swagger-petstore"));
    assert_eq!(package["version"].as_str(), Some("0.1.0"));
    assert_eq!(package["edition"].as_str(), Some("2021"));
    let dependencies = table["dependencies"].as_table().unwrap();
    assert_eq!(dependencies.len(), 1);
    assert_eq!(
        dependencies["openapi-runtime"].as_str(),
        Some(RUNTIME_VERSION)
    );
    assert!(!table.contains_key("features"), "{text}");
    assert!(!table.contains_key("workspace"), "{text}");
}

/// The version the manifest asks for is the runtime's own.
#[test]
fn the_runtime_version_is_the_runtimes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let read = |path: PathBuf| parse(&std::fs::read_to_string(path).unwrap());
    let runtime = read(root.join("runtime/Cargo.toml"));
    let version = match &runtime["package"]["version"] {
        toml::Value::String(version) => version.clone(),
        _ => read(root.join("Cargo.toml"))["workspace"]["package"]["version"]
            .as_str()
            .unwrap()
            .to_owned(),
    };
    assert_eq!(runtime["package"]["name"].as_str(), Some("openapi-runtime"));
    assert_eq!(version, RUNTIME_VERSION);
}

#[test]
fn a_runtime_path_is_written_as_given_and_escaped() {
    let path = PathBuf::from(r#"C:\clients\"odd" dir\runtime"#);
    let text = manifest(
        "c",
        "spec.yaml",
        "openapi_runtime",
        &Runtime::Path(path.clone()),
        &BTreeSet::new(),
    )
    .unwrap();
    let table = parse(&text);
    let runtime = table["dependencies"]["openapi-runtime"].as_table().unwrap();
    assert_eq!(runtime["path"].as_str(), Some(path.to_str().unwrap()));
    assert_eq!(runtime.len(), 1);
}

#[test]
fn a_runtime_named_otherwise_is_the_runtime_package_renamed() {
    let text = manifest(
        "c",
        "spec.yaml",
        "rt",
        &Runtime::Version("0.1.0".to_owned()),
        &BTreeSet::new(),
    )
    .unwrap();
    let table = parse(&text);
    let dependencies = table["dependencies"].as_table().unwrap();
    assert_eq!(dependencies.len(), 1);
    assert_eq!(
        dependencies["rt"]["package"].as_str(),
        Some("openapi-runtime")
    );
    assert_eq!(dependencies["rt"]["version"].as_str(), Some("0.1.0"));
}

#[test]
fn every_feature_is_declared_and_on_by_default() {
    let names = features(&["admin", "pets", "v1.0", "c++"]);
    let text = manifest(
        "c",
        "spec.yaml",
        "openapi_runtime",
        &Runtime::default(),
        &names,
    )
    .unwrap();
    let table = parse(&text);
    let declared = table["features"].as_table().unwrap();
    let default: BTreeSet<String> = declared["default"]
        .as_array()
        .unwrap()
        .iter()
        .map(|name| name.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(default, names);
    for name in &names {
        assert_eq!(declared[name].as_array().map(Vec::len), Some(0), "{name}");
    }
    assert_eq!(declared.len(), names.len() + 1);
}

#[test]
fn a_tag_named_default_is_refused() {
    let error = manifest(
        "c",
        "spec.yaml",
        "openapi_runtime",
        &Runtime::default(),
        &features(&["default", "pets"]),
    )
    .unwrap_err();
    assert!(error.to_string().contains("`default`"), "{error}");
}

#[test]
fn the_root_names_the_spec_on_comment_lines_only() {
    let text = lib_rs("Pets\n}\nfn evil() {", "1.0\n", "specs/pets.yaml");
    assert!(
        text.contains("\"Pets } fn evil() {\" (version 1.0)"),
        "{text}"
    );
    assert!(text.contains("`specs/pets.yaml`"), "{text}");
    let code: Vec<&str> = text
        .lines()
        .filter(|line| !line.starts_with("//!") && !line.is_empty())
        .collect();
    assert_eq!(code, ["#[rustfmt::skip]", "mod api;", "pub use api::*;"]);
}

#[test]
fn module_crates_and_a_runtime_path_that_is_no_crate_are_refused() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/specs/petstore.yaml");
    let refused = |settings: codegen::Settings| {
        let options = openapi_runtime_codegen_cli::Options {
            settings,
            ..Default::default()
        };
        openapi_runtime_codegen_cli::crate_files(&spec, &options).unwrap_err()
    };
    let error = refused(codegen::Settings::default().module_crates("pets_"));
    assert!(error.to_string().contains("module_crates"), "{error}");
    let error = refused(codegen::Settings::default().runtime_crate("crate::rt"));
    assert!(error.to_string().contains("`crate::rt`"), "{error}");
    let options = openapi_runtime_codegen_cli::Options {
        settings: codegen::Settings::default().runtime_crate("::rt"),
        ..Default::default()
    };
    let generated = openapi_runtime_codegen_cli::crate_files(&spec, &options).unwrap();
    let table = parse(&generated.files[0].1);
    assert_eq!(
        table["dependencies"]["rt"]["package"].as_str(),
        Some("openapi-runtime")
    );
    assert!(generated.files[2].1.contains("use ::rt as rt;"));
}

//! `codegen::build`: what a build script generating its client tells cargo
//! (every file of the spec to watch, the warnings) and the one file it writes.

use std::path::{Path, PathBuf};

use codegen::Settings;

/// A fresh directory for one test's output.
fn out_dir(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("build_script")
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `generate_file` for `spec` into `out`: its result and cargo's lines.
fn run(spec: &str, settings: &Settings, out: &Path) -> (Result<(), codegen::Error>, Vec<String>) {
    let mut cargo = Vec::new();
    let result = codegen::build::generate_file(Path::new(spec), settings, out, &mut cargo);
    let lines = String::from_utf8(cargo).unwrap();
    (result, lines.lines().map(str::to_owned).collect())
}

#[test]
fn every_file_of_a_split_spec_is_watched_and_the_client_written_as_one_file() {
    let spec = "tests/multi_file/two_files/api.yaml";
    let out = out_dir("split").join("client.rs");
    let (result, lines) = run(spec, &Settings::default(), &out);
    result.unwrap();
    assert_eq!(
        lines,
        [
            "cargo:rerun-if-changed=tests/multi_file/two_files/api.yaml",
            "cargo:rerun-if-changed=tests/multi_file/two_files/things.yaml",
        ]
    );
    let generated = codegen::generate(Path::new(spec), &Settings::default()).unwrap();
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        generated.single_file().unwrap()
    );
}

#[test]
fn each_warning_is_a_cargo_warning() {
    let spec = "tests/fixtures/fallbacks/spec.yaml";
    let generated = codegen::generate(Path::new(spec), &Settings::default()).unwrap();
    assert!(!generated.warnings.is_empty());
    let out = out_dir("warnings").join("client.rs");
    let (result, lines) = run(spec, &Settings::default(), &out);
    result.unwrap();
    let warnings: Vec<String> = generated
        .warnings
        .iter()
        .flat_map(|w| {
            let text = w.to_string();
            text.lines()
                .map(|line| format!("cargo:warning={line}"))
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(lines[0], format!("cargo:rerun-if-changed={spec}"));
    assert_eq!(lines[1..], warnings);
    assert!(out.exists());
}

#[test]
fn a_client_that_is_not_one_file_is_an_error_and_nothing_is_written() {
    let out = out_dir("crates").join("client.rs");
    let settings = Settings::default().module_crates("shop_");
    let (result, _) = run("tests/fixtures/modules/spec.yaml", &settings, &out);
    let error = result.unwrap_err();
    assert!(matches!(error, codegen::Error::NotOneFile(_)), "{error:?}");
    assert!(!out.exists());
}

#[test]
fn a_refused_spec_is_its_error_and_nothing_is_written() {
    let out = out_dir("refused").join("client.rs");
    let (result, lines) = run(
        "tests/fixtures/absent/spec.yaml",
        &Settings::default(),
        &out,
    );
    let error = result.unwrap_err();
    assert!(
        error
            .to_string()
            .contains("tests/fixtures/absent/spec.yaml"),
        "{error}"
    );
    assert!(lines.is_empty(), "{lines:?}");
    assert!(!out.exists());
}

#[test]
fn a_file_that_cannot_be_written_is_named() {
    let out = out_dir("unwritable").join("missing-dir").join("client.rs");
    let (result, _) = run("tests/fixtures/notes/spec.yaml", &Settings::default(), &out);
    let error = result.unwrap_err();
    assert!(matches!(error, codegen::Error::Write { .. }), "{error:?}");
    assert!(error.to_string().contains("missing-dir"), "{error}");
}

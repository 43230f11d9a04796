//! Snapshot tests: the generator's output for every fixture. A fixture is a
//! folder `tests/fixtures/<name>/`: its spec, `spec.yaml` (which may refer to
//! other files beside it), and the files generated from it (`models.rs`,
//! `operations.rs`), checked in. After an intended change, or to add a
//! fixture, refresh them with
//! `UPDATE_EXPECT=1 cargo test -p codegen --test snapshots`.
//!
//! The generated files are also compiled and called over HTTP: the
//! `fixture-clients` crate includes those of every fixture folder.

use std::collections::BTreeSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The names of the fixtures, the folders `tests/fixtures/<name>/`, sorted.
fn fixtures() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("tests/fixtures"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .map(|path| path.file_name().unwrap().to_str().unwrap().to_owned())
        .collect();
    names.sort();
    names
}

fn entries(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// The settings fixture `name` is generated with: the defaults, but for
/// `features`, whose tags are Cargo features (declared by `fixture-clients`),
/// and `modules`, whose tags are modules.
fn settings(name: &str) -> codegen::Settings {
    codegen::Settings::default()
        .feature_per_tag(name == "features")
        .module_per_tag(name == "modules")
}

/// Generates fixture `name` and compares each file with its snapshot.
fn check_fixture(name: &str) {
    let folder = Path::new("tests/fixtures").join(name);
    let files = codegen::generate(&folder.join("spec.yaml"), &settings(name))
        .unwrap_or_else(|e| panic!("{e}"))
        .files;
    let dir = root().join(&folder);
    let generated: BTreeSet<String> = files.iter().map(|f| f.name.to_owned()).collect();
    for file in files {
        expect_test::expect_file![dir.join(file.name)].assert_eq(&file.contents);
    }
    // Generated files are Rust; the spec's files are not.
    let written = entries(&dir)
        .into_iter()
        .filter(|name| name.ends_with(".rs"));
    let stale: Vec<_> = written.filter(|name| !generated.contains(name)).collect();
    assert!(
        stale.is_empty(),
        "files the generator no longer writes: {stale:?}"
    );
}

#[test]
fn every_fixture_matches_its_snapshot() {
    let fixtures = fixtures();
    assert!(
        fixtures.len() >= 3,
        "no fixtures found: {}",
        root().display()
    );
    let failed: Vec<&String> = fixtures
        .iter()
        .filter(|name| {
            catch_unwind(AssertUnwindSafe(|| check_fixture(name)))
                .inspect_err(|_| eprintln!("(above: fixture `{name}`)"))
                .is_err()
        })
        .collect();
    assert!(
        failed.is_empty(),
        "fixtures whose output differs from their snapshot: {failed:?}"
    );
}

#[test]
fn every_fixture_has_its_spec() {
    let dir = root().join("tests/fixtures");
    let orphans: Vec<_> = fixtures()
        .into_iter()
        .filter(|name| !dir.join(name).join("spec.yaml").is_file())
        .collect();
    assert!(
        orphans.is_empty(),
        "fixture folders without a `spec.yaml`: {orphans:?}"
    );
    let loose: Vec<_> = entries(&dir)
        .into_iter()
        .filter(|name| !dir.join(name).is_dir())
        .collect();
    assert!(
        loose.is_empty(),
        "files in tests/fixtures outside a fixture folder: {loose:?}"
    );
}

//! Snapshot tests: the generator's output for every fixture spec
//! (`tests/fixtures/*.yaml`), checked in under `tests/snapshots/<fixture>/`.
//! After an intended change, or to add a fixture, refresh them with
//! `UPDATE_EXPECT=1 cargo test -p codegen --test snapshots`.
//!
//! The snapshots are also compiled and called over HTTP: the `fixture-clients`
//! crate includes them.

use std::collections::BTreeSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The names of the fixture specs, `tests/fixtures/<name>.yaml`, sorted.
fn fixtures() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("tests/fixtures"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .map(|path| path.file_stem().unwrap().to_str().unwrap().to_owned())
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
/// `features`, whose tags are Cargo features (declared by `fixture-clients`).
fn settings(name: &str) -> codegen::Settings {
    codegen::Settings::default().feature_per_tag(name == "features")
}

/// Generates fixture `name` and compares each file with its snapshot.
fn check_fixture(name: &str) {
    let spec = Path::new("tests/fixtures").join(format!("{name}.yaml"));
    let files = codegen::generate(&spec, &settings(name))
        .unwrap_or_else(|e| panic!("{e}"))
        .files;
    let dir: PathBuf = root().join("tests/snapshots").join(name);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        // A new fixture's snapshots are written into a directory of its own.
        std::fs::create_dir_all(&dir).unwrap();
    }
    let generated: BTreeSet<String> = files.iter().map(|f| f.name.to_owned()).collect();
    for file in files {
        expect_test::expect_file![dir.join(file.name)].assert_eq(&file.contents);
    }
    let stale: Vec<_> = entries(&dir).difference(&generated).cloned().collect();
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
fn every_snapshot_has_its_fixture() {
    let fixtures: BTreeSet<String> = fixtures().into_iter().collect();
    let orphans: Vec<_> = entries(&root().join("tests/snapshots"))
        .difference(&fixtures)
        .cloned()
        .collect();
    assert!(
        orphans.is_empty(),
        "snapshot directories without a fixture spec: {orphans:?}"
    );
}

//! Snapshot tests: the generator's output for fixture specs, checked in under
//! `tests/snapshots/`. After an intended change, refresh them with
//! `UPDATE_EXPECT=1 cargo test -p codegen --test snapshots`.
//!
//! The snapshots are also compiled: the client crate's unit tests include them.

use std::path::Path;

fn check_fixture(name: &str) {
    let spec = Path::new("tests/fixtures").join(format!("{name}.yaml"));
    let files =
        codegen::generate(&spec, &codegen::Settings::default()).unwrap_or_else(|e| panic!("{e}"));
    for file in files {
        let snapshot = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/snapshots")
            .join(name)
            .join(file.name);
        expect_test::expect_file![snapshot].assert_eq(&file.contents);
    }
}

#[test]
fn kitchen_sink() {
    check_fixture("kitchen_sink");
}

#[test]
fn notes() {
    check_fixture("notes");
}

#[test]
fn shapes() {
    check_fixture("shapes");
}

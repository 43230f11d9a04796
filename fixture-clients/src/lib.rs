//! Clients generated from the generator's fixtures, in a crate whose only
//! dependency is the runtime: every construct the generator emits is compiled
//! here, checked by clippy, and called over HTTP by the tests beside it.
//!
//! Each fixture folder `codegen/tests/fixtures/<name>/` (its spec and the
//! files generated from it, checked in) is the module `<name>` here, found by
//! the build script, with its HTTP tests in `tests/<name>.rs`.

include!(concat!(env!("OUT_DIR"), "/fixtures.rs"));

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::FIXTURES;

    fn file_stems(dir: &Path, extension: &str) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == extension))
            .map(|path| path.file_stem().unwrap().to_str().unwrap().to_owned())
            .collect();
        names.sort();
        names
    }

    /// A new fixture is not forgotten: each fixture folder is compiled
    /// above and has a test file calling it over HTTP, and each test file is
    /// a fixture's.
    #[test]
    fn every_fixture_is_compiled_and_tested() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let fixtures = root.join("../codegen/tests/fixtures");
        let mut names: Vec<String> = std::fs::read_dir(&fixtures)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.is_dir())
            .map(|path| path.file_name().unwrap().to_str().unwrap().to_owned())
            .collect();
        names.sort();
        assert!(names.len() >= 3, "no fixtures in {}", fixtures.display());
        assert_eq!(FIXTURES, names, "the fixtures compiled and those there");
        for name in &names {
            let tests = root.join("tests").join(format!("{name}.rs"));
            assert!(tests.is_file(), "{} is missing", tests.display());
        }
        let tests = file_stems(&root.join("tests"), "rs");
        assert_eq!(tests, names, "test files and fixtures");
    }
}

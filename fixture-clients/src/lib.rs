//! Clients generated from the generator's fixture specs
//! (`codegen/tests/fixtures/*.yaml`, output checked in under
//! `codegen/tests/snapshots/`), in a crate whose only dependency is the
//! runtime: every construct the generator emits is compiled here, checked by
//! clippy, and called over HTTP by the tests beside it.

macro_rules! generated {
    ($name:ident) => {
        pub mod $name {
            #[rustfmt::skip]
            pub mod models {
                include!(concat!("../../codegen/tests/snapshots/", stringify!($name), "/models.rs"));
            }
            #[rustfmt::skip]
            pub mod operations {
                include!(concat!("../../codegen/tests/snapshots/", stringify!($name), "/operations.rs"));
            }
            pub use operations::Client;
        }
    };
}

generated!(error_bodies);
generated!(fallbacks);
generated!(features);
generated!(media_types);
generated!(models);
generated!(names);
generated!(no_success);
generated!(notes);
generated!(outcomes);
generated!(pagination);
generated!(parameters);
generated!(request_bodies);
generated!(responses);
generated!(retries);
generated!(shapes);
generated!(styles);
generated!(unions);
generated!(validation);

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// A new fixture is not forgotten: each snapshot directory is compiled
    /// above and has a test file calling it over HTTP.
    #[test]
    fn every_fixture_is_compiled_and_tested() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let this = include_str!("lib.rs");
        let snapshots = root.join("../codegen/tests/snapshots");
        let mut names: Vec<String> = std::fs::read_dir(&snapshots)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert!(names.len() >= 3, "no snapshots in {}", snapshots.display());
        for name in names {
            assert!(
                this.contains(&format!("\ngenerated!({name});")),
                "`generated!({name});` is missing from src/lib.rs"
            );
            let tests = root.join("tests").join(format!("{name}.rs"));
            assert!(tests.is_file(), "{} is missing", tests.display());
        }
    }
}

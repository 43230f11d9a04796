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

generated!(models);
generated!(notes);
generated!(pagination);
generated!(parameters);
generated!(request_bodies);
generated!(responses);
generated!(retries);
generated!(shapes);
generated!(validation);

//! `Settings::module_crates`: each module a crate of its own, the root
//! re-exporting them (the DingTalk client is built this way and compiled
//! in every test run).

use std::collections::BTreeMap;
use std::path::Path;

const FIXTURE: &str = "tests/fixtures/modules/spec.yaml";

fn files(settings: &codegen::Settings) -> BTreeMap<String, String> {
    codegen::generate(Path::new(FIXTURE), settings)
        .unwrap_or_else(|e| panic!("{e}"))
        .files
        .into_iter()
        .map(|file| (file.name, file.contents))
        .collect()
}

#[test]
fn each_module_is_a_crate_root_and_the_root_re_exports_them_under_their_features() {
    let settings = codegen::Settings::default()
        .feature_per_tag(true)
        .module_crates("acme_")
        .module_extension("pets_v2", "extras");
    let files = files(&settings);
    let names: Vec<&str> = files.keys().map(String::as_str).collect();
    assert_eq!(names, ["core.rs", "mod.rs", "orders_v2.rs", "pets_v2.rs"]);

    let root = &files["mod.rs"];
    assert!(root.contains("pub use ::acme_core as models;"), "{root}");
    assert!(
        root.contains("#[cfg(feature = \"pets_v2\")]\npub use ::acme_pets_v2 as pets_v2;"),
        "{root}"
    );
    assert!(
        root.contains("pub use ::acme_core::{HOSTS, RETRYABLE_ERROR_CODES, SERVERS};"),
        "{root}"
    );
    // The root's own `API` names the root's crate as the user agent.
    assert!(
        root.contains("pub static API: rt::Api = rt::Api {\n    user_agent:"),
        "{root}"
    );
    assert!(root.contains("..models::API\n};"), "{root}");

    let core = &files["core.rs"];
    assert!(core.contains("\n//! What the modules of the"), "{core}");
    assert!(
        core.contains("\n#![cfg_attr(rustfmt, rustfmt::skip)]\n"),
        "{core}"
    );
    assert!(core.contains("use crate as models;"), "{core}");
    assert!(
        core.contains("pub const API: rt::Api = rt::Api {"),
        "{core}"
    );

    let pets = &files["pets_v2.rs"];
    assert!(
        pets.contains("\n#![cfg_attr(rustfmt, rustfmt::skip)]\n"),
        "{pets}"
    );
    assert!(pets.contains("use ::acme_core as models;"), "{pets}");
    assert!(pets.contains("mod extras;\npub use extras::*;"), "{pets}");
    assert!(
        pets.contains("    pub fn builder() -> rt::ClientBuilder<Self> {"),
        "{pets}"
    );
    assert!(!files["orders_v2.rs"].contains("mod extras;"));
    // A crate holds the whole of its module: only the root is gated.
    for (name, text) in &files {
        assert_eq!(name == "mod.rs", text.contains("#[cfg(feature"), "{name}");
    }
}

#[test]
fn a_prefix_that_cannot_start_a_crate_name_is_an_error() {
    let settings = codegen::Settings::default().module_crates("my-crates-");
    let error = codegen::generate(Path::new(FIXTURE), &settings).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("module crates' prefix `my-crates-`"),
        "{error}"
    );
}

#[test]
fn enums_of_the_same_values_are_one_type_and_the_others_name_it() {
    let text = r##"
openapi: 3.0.3
info: { title: Doors, version: "1" }
paths:
  /doors:
    get:
      operationId: listDoors
      tags: [doors]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Door" }
  /gates:
    get:
      operationId: listGates
      tags: [gates]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Gate" }
components:
  schemas:
    Door:
      type: object
      properties:
        state: { type: string, enum: [open, closed] }
    Gate:
      type: object
      properties:
        state: { type: string, enum: [open, closed] }
        lock: { type: string, enum: [open, closed, jammed] }
"##;
    let spec = codegen::Spec::load_with(Path::new("doors.yaml"), |_| Ok(text.to_owned())).unwrap();
    let settings = codegen::Settings::default().module_crates("acme_");
    let files: BTreeMap<String, String> = codegen::generate_spec(&spec, &settings)
        .unwrap_or_else(|e| panic!("{e}"))
        .files
        .into_iter()
        .map(|file| (file.name, file.contents))
        .collect();
    let all: String = files.values().cloned().collect();
    // One enum of `open` and `closed`, used by both modules: shared.
    assert_eq!(all.matches("pub enum DoorState").count(), 1, "{all}");
    assert!(files["core.rs"].contains("pub enum DoorState"), "{all}");
    assert!(
        files["gates.rs"].contains("pub type GateState = models::DoorState;"),
        "{all}"
    );
    // Other values: a type of its own, in the one module using it.
    assert!(files["gates.rs"].contains("pub enum GateLock"), "{all}");
}

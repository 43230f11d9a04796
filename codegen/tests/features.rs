//! `Settings::feature_per_tag`: the `cfg`s come from the spec's tags (the
//! snapshot in `tests/fixtures/features/` shows the whole output; the
//! `fixture-clients` crate compiles it).

use std::path::Path;

const FIXTURE: &str = "tests/fixtures/features/spec.yaml";

fn generate(settings: &codegen::Settings) -> String {
    codegen::generate(Path::new(FIXTURE), settings)
        .unwrap_or_else(|e| panic!("{e}"))
        .files
        .into_iter()
        .map(|file| file.contents)
        .collect()
}

#[test]
fn the_features_are_the_first_tags_of_the_operations() {
    let spec = codegen::Spec::load(Path::new(FIXTURE)).unwrap();
    let api = codegen::lower::lower(&spec).unwrap().api;
    let features: Vec<String> = codegen::emit::features(&api).into_iter().collect();
    assert_eq!(features, ["admin", "pets", "stores"]);
}

#[test]
fn the_output_lists_the_features_to_declare_only_with_the_setting() {
    let path = Path::new(FIXTURE);
    let on = codegen::Settings::default().feature_per_tag(true);
    let generated = codegen::generate(path, &on).unwrap();
    let features: Vec<&str> = generated.features.iter().map(String::as_str).collect();
    assert_eq!(features, ["admin", "pets", "stores"]);
    let generated = codegen::generate(path, &codegen::Settings::default()).unwrap();
    assert!(generated.features.is_empty(), "{:?}", generated.features);
}

#[test]
fn without_the_setting_nothing_is_gated() {
    let code = generate(&codegen::Settings::default());
    assert!(!code.contains("cfg"), "{code}");
}

#[test]
fn with_it_each_item_is_gated_by_the_groups_that_need_it() {
    let code = generate(&codegen::Settings::default().feature_per_tag(true));
    let gate = |predicate: &str, item: &str| format!("#[cfg({predicate})]\n{item}");
    // One group's model, operation and request builder.
    assert!(code.contains(&gate(
        r#"feature = "pets""#,
        "#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum PetKind"
    )));
    assert!(code.contains("#[cfg(feature = \"pets\")]\nrt::open_enum!(PetKind"));
    assert!(code.contains(&gate(
        r#"feature = "stores""#,
        "#[derive(Debug, Clone, PartialEq)]\npub struct PlaceOrderInput"
    )));
    assert!(code.contains(&gate(r#"feature = "stores""#, "impl PlaceOrder {")));
    // An error body's model is needed by the operation it is the error of.
    assert!(code.contains(&gate(
        r#"feature = "stores""#,
        "#[derive(Debug, Clone, PartialEq, Default)]\npub struct PlaceOrderConflictBody"
    )));
    // Shared by two of the three groups, through a model of each.
    let shared = r#"any(feature = "pets", feature = "stores")"#;
    assert!(code.contains(&gate(
        shared,
        "#[derive(Clone, PartialEq)]\npub struct Owner"
    )));
    assert!(code.contains(&gate(shared, "rt::object!(")), "{code}");
    assert!(code.contains(&gate(shared, "impl ::std::fmt::Debug for Owner")));
    assert!(code.contains(&gate(shared, "impl rt::Validate for Owner")));
    assert!(code.contains(&format!("#[cfg({shared})]\nconst AUTH_BEARER")));
    // Needed by every group, or by an operation in none: always there.
    assert!(code.contains("/// Shared by every group.\n#[derive("));
    assert!(code.contains("\nimpl rt::Validate for Audit {}"));
    assert!(code.contains("\n    pub fn ping(&self) -> Ping {"));
    assert!(code.contains("\nrt::request!(Ping : \"ping\", Client::ping {});"));
}

#[test]
fn a_tag_that_cannot_name_a_feature_is_an_error() {
    let text = std::fs::read_to_string(FIXTURE)
        .unwrap()
        .replace("tags: [admin]", "tags: [shop admin]");
    let spec = codegen::Spec::load_with(Path::new("features.yaml"), |_| Ok(text.clone())).unwrap();
    let settings = codegen::Settings::default().feature_per_tag(true);
    let message = codegen::generate_spec(&spec, &settings)
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("`shop admin` is not a Cargo feature name"),
        "{message}"
    );
    // Without the setting, tags are only documentation.
    assert!(codegen::generate_spec(&spec, &codegen::Settings::default()).is_ok());
}

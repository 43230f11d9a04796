//! Mutated specs never make the generator panic: the fixture specs and the
//! DingTalk spec, with nodes removed, replaced by values of other types,
//! renamed to awkward names and pointed at other or missing schemas, are
//! either generated into Rust that parses or refused with spec errors.
//!
//! `PROPTEST_CASES` sets the number of mutated specs (256 by default).

use std::path::Path;
use std::sync::LazyLock;

use proptest::prelude::*;
use serde_json::{json, Value};

/// The seeds, read once: the DingTalk spec alone is megabytes.
static SEEDS: LazyLock<Vec<Value>> = LazyLock::new(seeds);

fn seeds() -> Vec<Value> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(root.join("tests/fixtures"))
        .unwrap()
        .map(|entry| entry.unwrap().path().join("spec.yaml"))
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    let mut seeds: Vec<Value> = files
        .iter()
        .map(|path| serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap())
        .collect();
    let dingtalk = std::fs::read_to_string(root.join("../spec/dingtalk.json")).unwrap();
    seeds.push(reduced(
        serde_json::from_str(&dingtalk).unwrap(),
        DINGTALK_MODULES,
    ));
    seeds
}

/// The DingTalk spec's modules a seed keeps: curated ones, the legacy host's
/// and a drafted one. The whole spec is megabytes, seconds a case.
const DINGTALK_MODULES: &[&str] = &[
    "storage_1_0",
    "oauth2_1_0",
    "oapi_robot",
    "todo_1_0",
    "yida_2_0",
];

/// `spec` with the operations of `modules` (their first tag) alone, and the
/// components they reach.
fn reduced(mut spec: Value, modules: &[&str]) -> Value {
    let in_modules = |op: &Value| {
        op["tags"][0]
            .as_str()
            .is_some_and(|tag| modules.contains(&tag))
    };
    let paths = spec["paths"].as_object_mut().unwrap();
    paths.retain(|_, item| item.as_object().unwrap().values().any(in_modules));
    for item in paths.values_mut() {
        let item = item.as_object_mut().unwrap();
        item.retain(|_, op| op.get("operationId").is_none() || in_modules(op));
    }
    let mut reached = std::collections::BTreeSet::new();
    let mut pending = vec![json!([spec["paths"].clone(), spec["security"].clone()])];
    while let Some(value) = pending.pop() {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(to)) = map.get("$ref") {
                    if reached.insert(to.clone()) {
                        let pointer = to.trim_start_matches('#');
                        pending.extend(spec.pointer(pointer).cloned());
                    }
                }
                pending.extend(map.into_iter().map(|(_, v)| v));
            }
            Value::Array(items) => pending.extend(items),
            _ => {}
        }
    }
    for (kind, entries) in spec["components"].as_object_mut().unwrap() {
        if let Some(entries) = entries.as_object_mut() {
            if kind != "securitySchemes" {
                entries.retain(|name, _| reached.contains(&format!("#/components/{kind}/{name}")));
            }
        }
    }
    spec
}

/// Values of every kind, and the shapes that trouble generators.
fn junk(pick: u8) -> Value {
    match pick % 16 {
        0 => Value::Null,
        1 => json!(true),
        2 => json!(-1),
        3 => json!(1e308),
        4 => json!(""),
        5 => json!("self"),
        6 => json!([]),
        7 => json!({}),
        8 => json!({"$ref": "#/components/schemas/Nope"}),
        9 => json!({"$ref": "elsewhere.yaml#/Thing"}),
        10 => json!({"type": "array"}),
        11 => json!({"allOf": [{"type": "object"}]}),
        12 => json!({"type": "object", "properties": {"type": {"type": "string"}, "Type": {}}}),
        13 => json!({"type": "string", "enum": ["other", "Other", "", "3d", null]}),
        14 => json!({"oneOf": [{"type": "string"}, {"type": "string"}]}),
        _ => json!({"type": "string", "pattern": "(?<=x)y"}),
    }
}

fn awkward_name(pick: u8) -> String {
    [
        "",
        "self",
        "Self",
        "super",
        "crate",
        "type",
        "_",
        "0start",
        "with space",
        "ünïcödé",
        "a/b",
        "~1",
        "Other",
        "client",
        "send",
        "x-y-z",
    ][pick as usize % 16]
        .to_owned()
}

/// JSON pointers of every node of `value`, the root excluded.
fn paths(value: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let children: Vec<(String, &Value)> = match value {
        Value::Object(map) => map.iter().map(|(k, v)| (k.clone(), v)).collect(),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (i.to_string(), v))
            .collect(),
        _ => return,
    };
    for (key, child) in children {
        at.push(key);
        out.push(at.clone());
        paths(child, at, out);
        at.pop();
    }
}

fn parent_of<'a>(root: &'a mut Value, path: &[String]) -> Option<&'a mut Value> {
    let mut node = root;
    for key in &path[..path.len() - 1] {
        node = match node {
            Value::Object(map) => map.get_mut(key)?,
            Value::Array(items) => items.get_mut(key.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(node)
}

fn mutate(spec: &mut Value, node: u32, action: u8, pick: u8) {
    let mut all = Vec::new();
    paths(spec, &mut Vec::new(), &mut all);
    if all.is_empty() {
        return;
    }
    let path = &all[node as usize % all.len()];
    let key = path.last().unwrap().clone();
    let Some(parent) = parent_of(spec, path) else {
        return;
    };
    match (parent, action % 4) {
        (Value::Object(map), 0) => {
            map.shift_remove(&key);
        }
        (Value::Array(items), 0) => {
            if let Ok(i) = key.parse::<usize>() {
                if i < items.len() {
                    items.remove(i);
                }
            }
        }
        (Value::Object(map), 1) => {
            map.insert(key, junk(pick));
        }
        (Value::Array(items), 1) => {
            if let Some(item) = key.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                *item = junk(pick);
            }
        }
        (Value::Object(map), 2) => {
            // Renames the key, keeping its value.
            if let Some(value) = map.shift_remove(&key) {
                map.insert(awkward_name(pick), value);
            }
        }
        (Value::Object(map), 3) => {
            // Points the node at a schema, perhaps itself or a missing one.
            let target = ["Dentry", "Pet", "Note", "Nope", &key][pick as usize % 5].to_owned();
            map.insert(
                key,
                json!({"$ref": format!("#/components/schemas/{target}")}),
            );
        }
        (Value::Array(items), _) => items.push(junk(pick)),
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_specs_are_generated_or_refused_never_a_panic(
        seed in any::<u8>(),
        mutations in proptest::collection::vec((any::<u32>(), any::<u8>(), any::<u8>()), 1..6),
    ) {
        let mut spec = SEEDS[seed as usize % SEEDS.len()].clone();
        for (node, action, pick) in mutations {
            mutate(&mut spec, node, action, pick);
        }
        let yaml = serde_yaml::to_string(&spec).unwrap();
        let result = codegen::Spec::parse(Path::new("mutated.yaml"), &yaml).and_then(|spec| {
            spec.to_json()?;
            codegen::generate_spec(&spec, &codegen::Settings::default())
        });
        match result {
            Ok(generated) => prop_assert!(generated.files.iter().all(|f| !f.contents.is_empty())),
            // Spec problems are fine; emitting Rust that does not parse is a generator bug.
            Err(codegen::Error::Spec(errors)) => prop_assert!(!errors.is_empty()),
            Err(other) => prop_assert!(false, "not a spec error: {other}\n{yaml}"),
        }
    }
}

/// The DingTalk seed is a spec of its own: it generates as it is.
#[test]
fn the_reduced_dingtalk_seed_generates() {
    let seed = SEEDS.last().unwrap();
    let yaml = serde_yaml::to_string(seed).unwrap();
    let spec = codegen::Spec::parse(Path::new("dingtalk.yaml"), &yaml).unwrap();
    let generated = codegen::generate_spec(&spec, &codegen::Settings::default()).unwrap();
    let text: String = generated
        .files
        .iter()
        .map(|f| f.contents.as_str())
        .collect();
    let mut ids = Vec::new();
    for item in seed["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            ids.extend(
                op["operationId"]
                    .as_str()
                    .map(|id| (id, op["tags"][0].clone())),
            );
        }
    }
    for module in DINGTALK_MODULES {
        assert!(ids.iter().any(|(_, tag)| tag == module), "{module}");
    }
    for (id, _) in &ids {
        assert!(text.contains(&format!("\"{id}\"")), "{id}");
    }
    assert!(ids.len() > 80, "{}", ids.len());
}

//! OpenAPI 3.1 read in the 3.0 shape the rest of the generator knows.
//!
//! A 3.1 document differs from 3.0 in its schemas (JSON Schema 2020-12) and in
//! a few fields of the document; everything else is written alike. So a 3.1
//! document is rewritten, as JSON, into the 3.0 form of the same meaning
//! before it is read into `openapiv3`'s types. Each schema keeps its place:
//! a keyword is rewritten within the node it is written in, so a problem found
//! later is located at the file, line and pointer where it was written. What
//! has no 3.0 form is dropped with a note (a warning of the generated client).
//!
//! - `type: [T, "null"]` is `type: T` with `nullable: true`; several types are
//!   `anyOf` a schema of each, with the keywords that apply to it; a member
//!   `{type: "null"}` of `anyOf`/`oneOf` makes the schema nullable.
//! - `const: v` is `enum: [v]` (of `v`'s type when no `type` is given).
//! - `examples: [v, ..]` is `example: v`.
//! - `$ref` with other keywords beside it is `allOf` of the `$ref` (and of a
//!   schema of the other keywords), the annotations staying on the schema.
//! - Numeric `exclusiveMinimum: n` is `minimum: n` with `exclusiveMinimum:
//!   true` (and so for the maximum).
//! - A string with `contentEncoding: base64` (or `base64url`) is
//!   `format: byte`; one with a `contentMediaType` and no encoding is
//!   `format: binary`: bytes.
//! - A schema `true` is `{}` (any JSON).
//! - `$schema`, `$id`, `$anchor` and `$comment` are dropped. The `$defs`
//!   (or `definitions`) of a component schema are components of their own,
//!   `<Schema>_<name>`, which the `$ref`s into them name; problems in them
//!   are located at the component they now are.
//! - A property whose schema is `false` (it may not be present) is none.
//! - `prefixItems`, `if`/`then`/`else`, `dependentSchemas`,
//!   `dependentRequired`, `patternProperties`, `propertyNames`,
//!   `unevaluatedProperties`, `unevaluatedItems`, `contains`, `$dynamicRef`
//!   are not checked: dropped with a note.
//! - `webhooks` are requests the API sends, not operations a client calls:
//!   no operation is generated for them, but each JSON payload is a model,
//!   so that a receiver reads it typed. A payload given by `$ref` to a
//!   component schema is that schema's model; one written in place becomes
//!   the component schema `<Webhook>Payload` (problems in it are located
//!   there), described by the webhook's summary. A note names each
//!   webhook's model.
//! - `jsonSchemaDialect` is dropped (a dialect other than OpenAPI's with a
//!   note); a document without `paths` has none.
//! - A path item or callback given by `$ref` (to `#/components/pathItems`
//!   or elsewhere in the document) is the node it names.

use heck::ToUpperCamelCase;
use serde_json::{Map, Value};

use super::bundle::lookup;
use super::join;

/// What was given up, each at the pointer of the node it was written in:
/// `(pointer, message)`.
pub(super) type Notes = Vec<(String, String)>;

/// Whether `root` declares OpenAPI 3.1.
pub(super) fn is_v31(root: &Value) -> bool {
    matches!(root.get("openapi"), Some(Value::String(v)) if v.starts_with("3.1"))
}

/// Rewrites the 3.1 document `root` in place into its 3.0 form; returns the notes.
pub(super) fn to_v30(root: &mut Value) -> Notes {
    let mut notes = Notes::new();
    let original = root.clone();
    let Value::Object(document) = root else {
        return notes;
    };
    if let Some(dialect) = document.remove("jsonSchemaDialect") {
        if dialect.as_str() != Some("https://spec.openapis.org/oas/3.1/dialect/base") {
            notes.push((
                "#/jsonSchemaDialect".to_owned(),
                format!(
                    "the JSON Schema dialect {dialect} is read as OpenAPI 3.1's own: keywords \
                     it adds are not checked"
                ),
            ));
        }
    }
    if let Some(Value::Object(webhooks)) = document.remove("webhooks") {
        payload_models(&original, document, &webhooks, &mut notes);
    }
    let paths = document
        .entry("paths")
        .or_insert_with(|| Value::Object(Map::new()));
    if let Value::Object(paths) = paths {
        for (path, item) in paths.iter_mut() {
            let pointer = join("#/paths", path);
            resolve_path_item(&original, item, &pointer, &mut notes);
        }
    }
    for (key, value) in document.iter_mut() {
        match key.as_str() {
            "paths" | "components" => node(value, &join("#", key), &mut notes),
            _ => {}
        }
    }
    // A definition's own definitions are hoisted in the next round.
    for _ in 0..8 {
        if !hoist_definitions(root) {
            break;
        }
    }
    notes
}

/// Each webhook's JSON payload as a model: a `$ref` to a component schema
/// names its model already; a schema written in place becomes the component
/// schema `<Webhook>Payload`. One note per webhook names the model, or says
/// why it has none.
fn payload_models(
    original: &Value,
    document: &mut Map<String, Value>,
    webhooks: &Map<String, Value>,
    notes: &mut Notes,
) {
    const METHODS: [&str; 8] = [
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    ];
    for (name, item) in webhooks {
        let pointer = join("#/webhooks", name);
        let item = follow(original, item);
        let operations = METHODS.iter().filter_map(|m| Some((*m, item.get(*m)?)));
        for (method, operation) in operations {
            let at = join(&pointer, method);
            let body = operation.get("requestBody").map(|b| follow(original, b));
            let content = body
                .and_then(|b| b.get("content"))
                .and_then(Value::as_object);
            let schema = content.and_then(|content| {
                content
                    .iter()
                    .find(|(media, _)| {
                        media
                            .split(';')
                            .next()
                            .is_some_and(|m| m.trim().ends_with("json"))
                    })
                    .and_then(|(_, media)| media.get("schema"))
            });
            let Some(schema) = schema else {
                notes.push((
                    at,
                    "a webhook (a request the API sends) without a JSON payload: nothing is \
                     generated for it"
                        .to_owned(),
                ));
                continue;
            };
            let model = match schema.get("$ref").and_then(Value::as_str) {
                Some(reference) => match reference.strip_prefix("#/components/schemas/") {
                    Some(component) if !component.contains('/') => component.to_owned(),
                    _ => {
                        notes.push((
                            at,
                            format!(
                                "the payload of this webhook points at {reference}, not at a \
                                 component schema: it has no model of its own"
                            ),
                        ));
                        continue;
                    }
                },
                None => {
                    let model = payload_name(document, name, method);
                    let mut schema = schema.clone();
                    let summary = operation
                        .get("summary")
                        .or_else(|| operation.get("description"));
                    if let (Value::Object(object), Some(summary)) = (&mut schema, summary) {
                        object
                            .entry("description")
                            .or_insert_with(|| summary.clone());
                    }
                    let schemas = document
                        .entry("components")
                        .or_insert_with(|| Value::Object(Map::new()));
                    if let Value::Object(components) = schemas {
                        let schemas = components
                            .entry("schemas")
                            .or_insert_with(|| Value::Object(Map::new()));
                        if let Value::Object(schemas) = schemas {
                            schemas.insert(model.clone(), schema);
                        }
                    }
                    model
                }
            };
            notes.push((
                at,
                format!(
                    "a webhook (a request the API sends, not an operation a client calls): no \
                     operation is generated; its payload is the model `{model}`"
                ),
            ));
        }
    }
}

/// `value`, or the node of `document` its `$ref` names.
fn follow<'v>(document: &'v Value, value: &'v Value) -> &'v Value {
    value
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|reference| lookup(document, reference))
        .unwrap_or(value)
}

/// A component schema name for the payload of webhook `name`, unused so far:
/// `<Name>Payload`, with the method when that is taken.
fn payload_name(document: &Map<String, Value>, name: &str, method: &str) -> String {
    let base = name.to_upper_camel_case();
    let taken = |candidate: &str| {
        document
            .get("components")
            .and_then(|c| c.get("schemas"))
            .is_some_and(|schemas| schemas.get(candidate).is_some())
    };
    let method = method.to_upper_camel_case();
    [format!("{base}Payload"), format!("{base}{method}Payload")]
        .into_iter()
        .chain((2..).map(|n| format!("{base}{method}Payload{n}")))
        .find(|candidate| !taken(candidate))
        .unwrap_or_default()
}

/// The `$defs` (or `definitions`) of component schemas become components of
/// their own, `<Schema>_<name>`, and the `$ref`s into them point there.
/// Whether there were any.
fn hoist_definitions(root: &mut Value) -> bool {
    let Some(Value::Object(schemas)) = root.pointer_mut("/components/schemas") else {
        return false;
    };
    let mut moved: Vec<(String, String)> = Vec::new();
    let mut hoisted: Vec<(String, Value)> = Vec::new();
    for (name, schema) in schemas.iter_mut() {
        let Value::Object(schema) = schema else {
            continue;
        };
        for key in ["$defs", "definitions"] {
            let Some(Value::Object(definitions)) = schema.remove(key) else {
                continue;
            };
            for (def, value) in definitions {
                let from = join(&join(&join("#/components/schemas", name), key), &def);
                hoisted.push((format!("{name}_{def}"), value));
                moved.push((from, String::new()));
            }
        }
    }
    if hoisted.is_empty() {
        return false;
    }
    for ((mut new_name, value), (_, to)) in hoisted.into_iter().zip(moved.iter_mut()) {
        let base = new_name.clone();
        let mut n = 2;
        while schemas.contains_key(&new_name) {
            new_name = format!("{base}{n}");
            n += 1;
        }
        *to = join("#/components/schemas", &new_name);
        schemas.insert(new_name, value);
    }
    // Longer pointers first, so that one into a nested definition is
    // rewritten before its parent's.
    moved.sort_by_key(|(from, _)| std::cmp::Reverse(from.len()));
    rewrite_refs(root, &moved);
    true
}

fn rewrite_refs(value: &mut Value, moved: &[(String, String)]) {
    match value {
        Value::Object(object) => {
            if let Some(Value::String(reference)) = object.get_mut("$ref") {
                for (from, to) in moved {
                    if let Some(rest) = reference.strip_prefix(from.as_str()) {
                        if rest.is_empty() || rest.starts_with('/') {
                            *reference = format!("{to}{rest}");
                            break;
                        }
                    }
                }
            }
            for (key, child) in object.iter_mut() {
                if key != "example" && key != "examples" && !key.starts_with("x-") {
                    rewrite_refs(child, moved);
                }
            }
        }
        Value::Array(items) => {
            for child in items {
                rewrite_refs(child, moved);
            }
        }
        _ => {}
    }
}

/// Replaces a path item given by `$ref` with the node it names, when that is
/// a path item of the document.
fn resolve_path_item(document: &Value, item: &mut Value, pointer: &str, notes: &mut Notes) {
    let Some(reference) = item.get("$ref").and_then(Value::as_str) else {
        return;
    };
    match reference
        .strip_prefix('#')
        .and_then(|_| lookup(document, reference))
    {
        Some(Value::Object(target)) if !target.contains_key("$ref") => {
            let mut resolved = target.clone();
            if let Value::Object(written) = item {
                for (key, value) in written.iter() {
                    if key != "$ref" {
                        resolved.insert(key.clone(), value.clone());
                    }
                }
            }
            *item = Value::Object(resolved);
        }
        _ => notes.push((
            pointer.to_owned(),
            format!("`$ref: {reference}` does not name a path item of the document"),
        )),
    }
}

/// A node of the document that is not a schema: its schemas are found by
/// their keys (`schema`, `components/schemas`); examples and extensions are
/// values, not OpenAPI.
fn node(value: &mut Value, pointer: &str, notes: &mut Notes) {
    match value {
        Value::Object(object) => {
            for (key, child) in object.iter_mut() {
                let at = join(pointer, key);
                match key.as_str() {
                    "schema" => schema(child, &at, notes),
                    "schemas" if pointer == "#/components" => each_value(child, &at, notes),
                    "example" | "examples" => {}
                    key if key.starts_with("x-") => {}
                    _ => node(child, &at, notes),
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter_mut().enumerate() {
                node(child, &join(pointer, &i.to_string()), notes);
            }
        }
        _ => {}
    }
}

fn each_value(value: &mut Value, pointer: &str, notes: &mut Notes) {
    if let Value::Object(object) = value {
        for (key, child) in object.iter_mut() {
            schema(child, &join(pointer, key), notes);
        }
    }
}

fn each_item(value: &mut Value, pointer: &str, notes: &mut Notes) {
    if let Value::Array(items) = value {
        for (i, child) in items.iter_mut().enumerate() {
            schema(child, &join(pointer, &i.to_string()), notes);
        }
    }
}

/// Keywords that describe a schema without constraining its values.
const ANNOTATIONS: &[&str] = &[
    "title",
    "description",
    "nullable",
    "readOnly",
    "writeOnly",
    "default",
    "example",
    "deprecated",
    "externalDocs",
    "xml",
];

/// Keywords that 3.0 has no form for and that are not checked.
const UNCHECKED: &[&str] = &[
    "prefixItems",
    "if",
    "then",
    "else",
    "dependentSchemas",
    "dependentRequired",
    "patternProperties",
    "propertyNames",
    "unevaluatedProperties",
    "unevaluatedItems",
    "contains",
    "minContains",
    "maxContains",
    "$dynamicRef",
    "$dynamicAnchor",
];

/// Keywords of one JSON type, given to that type's member when a schema of
/// several types is split.
const KEYWORDS_OF: &[(&str, &[&str])] = &[
    ("string", &["minLength", "maxLength", "pattern", "format"]),
    (
        "number",
        &[
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
            "format",
        ],
    ),
    (
        "integer",
        &[
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
            "format",
        ],
    ),
    ("array", &["items", "minItems", "maxItems", "uniqueItems"]),
    (
        "object",
        &[
            "properties",
            "additionalProperties",
            "required",
            "minProperties",
            "maxProperties",
        ],
    ),
];

/// Rewrites one schema and the schemas in it.
fn schema(value: &mut Value, pointer: &str, notes: &mut Notes) {
    if value == &Value::Bool(true) {
        *value = Value::Object(Map::new());
        return;
    }
    let Value::Object(object) = value else {
        return;
    };
    for key in ["$schema", "$id", "$anchor", "$comment"] {
        object.remove(key);
    }
    for key in UNCHECKED {
        if object.remove(*key).is_some() {
            notes.push((
                join(pointer, key),
                format!("`{key}` has no Rust form here and is not checked"),
            ));
        }
    }
    // An array of schemas under `items` is a tuple, as `prefixItems` is.
    if object.get("items").is_some_and(Value::is_array) {
        object.remove("items");
        notes.push((
            join(pointer, "items"),
            "a tuple's items are read as any JSON".to_owned(),
        ));
    }
    if object.get("items") == Some(&Value::Bool(false)) {
        object.remove("items");
    }
    null_members(object);
    // The schemas inside first, so that what is lifted out below is already 3.0.
    // A property whose schema is `false` may not be present: it is no property.
    if let Some(Value::Object(properties)) = object.get_mut("properties") {
        properties.retain(|_, schema| schema != &Value::Bool(false));
    }
    for key in ["properties", "$defs", "definitions"] {
        if let Some(child) = object.get_mut(key) {
            each_value(child, &join(pointer, key), notes);
        }
    }
    for key in ["items", "not"] {
        if let Some(child) = object.get_mut(key) {
            schema(child, &join(pointer, key), notes);
        }
    }
    if let Some(child) = object.get_mut("additionalProperties") {
        if child.is_object() {
            schema(child, &join(pointer, "additionalProperties"), notes);
        }
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(child) = object.get_mut(key) {
            each_item(child, &join(pointer, key), notes);
        }
    }
    if let Some(examples) = object.remove("examples") {
        if !object.contains_key("example") {
            if let Value::Array(examples) = examples {
                if let Some(first) = examples.into_iter().next() {
                    object.insert("example".to_owned(), first);
                }
            }
        }
    }
    if let Some(constant) = object.remove("const") {
        if !object.contains_key("type") {
            if let Some(kind) = json_type(&constant) {
                object.insert("type".to_owned(), Value::from(kind));
            }
        }
        object.insert("enum".to_owned(), Value::Array(vec![constant]));
    }
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(limit) = object.get(exclusive).filter(|v| v.is_number()).cloned() {
            object.insert(bound.to_owned(), limit);
            object.insert(exclusive.to_owned(), Value::Bool(true));
        }
    }
    type_array(object);
    let encoding = object.remove("contentEncoding");
    let media_type = object.remove("contentMediaType");
    if !object.contains_key("format") && object.get("type") == Some(&Value::from("string")) {
        match encoding.as_ref().and_then(Value::as_str) {
            Some("base64" | "base64url") => {
                object.insert("format".to_owned(), Value::from("byte"));
            }
            Some(_) => {}
            None if media_type.is_some() => {
                object.insert("format".to_owned(), Value::from("binary"));
            }
            None => {}
        }
    }
    ref_siblings(object);
}

/// The JSON type of a value, as a schema's `type` names it.
fn json_type(value: &Value) -> Option<&'static str> {
    match value {
        Value::Null => None,
        Value::Bool(_) => Some("boolean"),
        Value::Number(n) if n.is_f64() => Some("number"),
        Value::Number(_) => Some("integer"),
        Value::String(_) => Some("string"),
        Value::Array(_) => Some("array"),
        Value::Object(_) => Some("object"),
    }
}

fn is_null_schema(value: &Value) -> bool {
    match value.get("type") {
        Some(Value::String(kind)) => kind == "null",
        Some(Value::Array(kinds)) => kinds.iter().all(|k| k == "null"),
        _ => false,
    }
}

/// `anyOf`/`oneOf` with a member `{type: "null"}`: the schema is nullable;
/// of one other member, it is that member.
fn null_members(object: &mut Map<String, Value>) {
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(members)) = object.get_mut(key) else {
            continue;
        };
        let before = members.len();
        members.retain(|member| !is_null_schema(member));
        if members.len() == before {
            continue;
        }
        object.insert("nullable".to_owned(), Value::Bool(true));
        let Some(Value::Array(members)) = object.get(key) else {
            continue;
        };
        match members.as_slice() {
            [] => {
                object.remove(key);
            }
            [only] => {
                let only = only.clone();
                object.remove(key);
                match only {
                    Value::Object(member) if member.contains_key("$ref") => {
                        object.insert(
                            "allOf".to_owned(),
                            Value::Array(vec![Value::Object(member)]),
                        );
                    }
                    Value::Object(member) => {
                        for (k, v) in member {
                            object.entry(k).or_insert(v);
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
}

/// `type` given as an array: `null` among them makes the schema nullable;
/// one other type is the type, several are `anyOf` a schema of each.
fn type_array(object: &mut Map<String, Value>) {
    let kinds = match object.get("type") {
        Some(Value::Array(kinds)) => kinds.clone(),
        Some(Value::String(kind)) if kind == "null" => vec![Value::from("null")],
        _ => return,
    };
    let mut kinds: Vec<String> = kinds
        .iter()
        .filter_map(|k| k.as_str().map(str::to_owned))
        .collect();
    if kinds.iter().any(|k| k == "null") {
        object.insert("nullable".to_owned(), Value::Bool(true));
        kinds.retain(|k| k != "null");
    }
    kinds.dedup();
    match kinds.as_slice() {
        [] => {
            object.remove("type");
        }
        [only] => {
            object.insert("type".to_owned(), Value::from(only.as_str()));
        }
        _ => {
            object.remove("type");
            let enumeration = object.remove("enum");
            let mut members = Vec::new();
            for kind in &kinds {
                let mut member = Map::new();
                member.insert("type".to_owned(), Value::from(kind.as_str()));
                let keywords = KEYWORDS_OF
                    .iter()
                    .find(|(k, _)| k == kind)
                    .map_or(&[][..], |(_, keywords)| *keywords);
                for keyword in keywords {
                    if let Some(v) = object.get(*keyword) {
                        member.insert((*keyword).to_owned(), v.clone());
                    }
                }
                if let Some(Value::Array(values)) = &enumeration {
                    let of_kind: Vec<Value> = values
                        .iter()
                        .filter(|v| {
                            json_type(v) == Some(kind.as_str())
                                || (kind == "number" && json_type(v) == Some("integer"))
                        })
                        .cloned()
                        .collect();
                    if !of_kind.is_empty() {
                        member.insert("enum".to_owned(), Value::Array(of_kind));
                    }
                }
                members.push(Value::Object(member));
            }
            for (_, keywords) in KEYWORDS_OF {
                for keyword in *keywords {
                    object.remove(*keyword);
                }
            }
            object.insert("anyOf".to_owned(), Value::Array(members));
        }
    }
}

/// `$ref` with other keywords beside it: `allOf` of the `$ref` (and of a
/// schema of the keywords that constrain), with the annotations on the schema.
fn ref_siblings(object: &mut Map<String, Value>) {
    if !object.contains_key("$ref") || object.len() == 1 {
        return;
    }
    let reference = object.remove("$ref").expect("present");
    let mut rest = Map::new();
    let keys: Vec<String> = object.keys().cloned().collect();
    for key in keys {
        let kept = ANNOTATIONS.contains(&key.as_str())
            || key.starts_with("x-")
            || key == "$defs"
            || key == "definitions";
        if !kept {
            rest.insert(key.clone(), object.remove(&key).expect("present"));
        }
    }
    let mut reference_schema = Map::new();
    reference_schema.insert("$ref".to_owned(), reference);
    let mut members = vec![Value::Object(reference_schema)];
    if !rest.is_empty() {
        members.push(Value::Object(rest));
    }
    object.insert("allOf".to_owned(), Value::Array(members));
}

/// Callbacks given by `$ref` (which `openapiv3` does not read) are the
/// callback they name; one that names none is dropped, as callbacks are not
/// generated. Whether there was one.
pub(super) fn inline_callback_refs(root: &mut Value) -> bool {
    fn visit(value: &mut Value, document: &Value, depth: usize) {
        if depth > 64 {
            return;
        }
        match value {
            Value::Object(object) => {
                if let Some(Value::Object(callbacks)) = object.get_mut("callbacks") {
                    for callback in callbacks.values_mut() {
                        if let Some(reference) = callback.get("$ref").and_then(Value::as_str) {
                            *callback = match lookup(document, reference) {
                                Some(target @ Value::Object(_)) if target.get("$ref").is_none() => {
                                    target.clone()
                                }
                                _ => Value::Object(Map::new()),
                            };
                        }
                    }
                }
                for (key, child) in object.iter_mut() {
                    if key != "example" && key != "examples" && !key.starts_with("x-") {
                        visit(child, document, depth + 1);
                    }
                }
            }
            Value::Array(items) => {
                for child in items {
                    visit(child, document, depth + 1);
                }
            }
            _ => {}
        }
    }
    if !has_callback_ref(root) {
        return false;
    }
    let document = root.clone();
    visit(root, &document, 0);
    true
}

/// Whether some operation's callback is given by `$ref`.
fn has_callback_ref(root: &Value) -> bool {
    let Some(Value::Object(paths)) = root.get("paths") else {
        return false;
    };
    paths.values().any(|item| {
        item.as_object().is_some_and(|item| {
            item.values().any(|operation| {
                operation
                    .get("callbacks")
                    .and_then(Value::as_object)
                    .is_some_and(|callbacks| callbacks.values().any(|c| c.get("$ref").is_some()))
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rewritten(schema_31: Value) -> (Value, Notes) {
        let mut root = json!({
            "openapi": "3.1.0",
            "components": {"schemas": {"S": schema_31}},
        });
        let notes = to_v30(&mut root);
        (root["components"]["schemas"]["S"].clone(), notes)
    }

    #[test]
    fn type_arrays_with_null_are_nullable() {
        let (schema, _) = rewritten(json!({"type": ["string", "null"]}));
        assert_eq!(schema, json!({"type": "string", "nullable": true}));
        let (schema, _) =
            rewritten(json!({"anyOf": [{"$ref": "#/components/schemas/T"}, {"type": "null"}]}));
        assert_eq!(
            schema,
            json!({"allOf": [{"$ref": "#/components/schemas/T"}], "nullable": true})
        );
    }

    #[test]
    fn several_types_are_a_union_each_with_its_keywords() {
        let (schema, _) = rewritten(json!({
            "type": ["integer", "string"], "minimum": 1, "maxLength": 3, "description": "d"
        }));
        assert_eq!(
            schema,
            json!({
                "description": "d",
                "anyOf": [{"type": "integer", "minimum": 1}, {"type": "string", "maxLength": 3}]
            })
        );
    }

    #[test]
    fn keywords_are_rewritten_in_place() {
        let (schema, _) = rewritten(json!({
            "type": "object",
            "properties": {
                "k": {"const": "pet"},
                "n": {"type": "string", "examples": ["a", "b"]},
                "w": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 9.5},
                "b": {"type": "string", "contentEncoding": "base64"},
                "f": {"type": "string", "contentMediaType": "image/png"},
                "o": {"$ref": "#/components/schemas/T", "description": "d", "minProperties": 1},
            }
        }));
        let p = &schema["properties"];
        assert_eq!(p["k"], json!({"type": "string", "enum": ["pet"]}));
        assert_eq!(p["n"], json!({"type": "string", "example": "a"}));
        assert_eq!(
            p["w"],
            json!({"type": "number", "minimum": 0, "exclusiveMinimum": true,
                   "maximum": 9.5, "exclusiveMaximum": true})
        );
        assert_eq!(p["b"], json!({"type": "string", "format": "byte"}));
        assert_eq!(p["f"], json!({"type": "string", "format": "binary"}));
        assert_eq!(
            p["o"],
            json!({"description": "d",
                   "allOf": [{"$ref": "#/components/schemas/T"}, {"minProperties": 1}]})
        );
    }

    #[test]
    fn what_has_no_form_is_dropped_with_a_note_at_its_place() {
        let (schema, notes) = rewritten(json!({
            "type": "array", "prefixItems": [{"type": "number"}], "$comment": "c"
        }));
        assert_eq!(schema, json!({"type": "array"}));
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].0, "#/components/schemas/S/prefixItems");
    }

    #[test]
    fn definitions_of_components_are_components_of_their_own() {
        let mut root = json!({
            "openapi": "3.1.0",
            "components": {"schemas": {
                "A": {"type": "object", "properties": {
                    "b": {"$ref": "#/components/schemas/A/definitions/b/properties/c"},
                    "no": false,
                    "d": {"$ref": "#/components/schemas/A/definitions/b/definitions/d"},
                }, "definitions": {"b": {"type": "object", "properties": {"c": {"type": "string"}},
                                         "definitions": {"d": {"type": "integer"}}}}},
            }},
        });
        to_v30(&mut root);
        let schemas = &root["components"]["schemas"];
        assert_eq!(
            schemas["A"],
            json!({"type": "object", "properties": {
                "b": {"$ref": "#/components/schemas/A_b/properties/c"},
                "d": {"$ref": "#/components/schemas/A_b_d"},
            }})
        );
        assert_eq!(schemas["A_b"]["properties"]["c"], json!({"type": "string"}));
        assert_eq!(schemas["A_b_d"], json!({"type": "integer"}));
    }

    #[test]
    fn webhooks_are_dropped_and_a_document_without_paths_has_none() {
        let mut root = json!({
            "openapi": "3.1.0",
            "webhooks": {"a": {"post": {}}},
            "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        });
        let notes = to_v30(&mut root);
        assert_eq!(root, json!({"openapi": "3.1.0", "paths": {}}));
        let pointers: Vec<&str> = notes.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(pointers, ["#/jsonSchemaDialect", "#/webhooks/a/post"]);
        assert!(
            notes[1].1.contains("without a JSON payload"),
            "{}",
            notes[1].1
        );
    }

    #[test]
    fn webhook_payloads_are_models() {
        let body = |schema: Value| json!({"content": {"application/json": {"schema": schema}}});
        let mut root = json!({
            "openapi": "3.1.0",
            "paths": {},
            "webhooks": {
                "pet-added": {"post": {
                    "summary": "A pet was added.",
                    "requestBody": body(json!({
                        "type": "object",
                        "properties": {"name": {"type": ["string", "null"]}}
                    }))
                }},
                "petRemoved": {"post": {"requestBody": body(json!({"$ref": "#/components/schemas/Pet"}))}},
                "petMoved": {"$ref": "#/components/pathItems/Moved"}
            },
            "components": {
                "schemas": {"Pet": {"type": "object"}, "PetMovedPayload": {"type": "string"}},
                "pathItems": {"Moved": {"put": {"requestBody": body(json!({"type": "object"}))}}}
            }
        });
        let notes = to_v30(&mut root);
        let schemas = &root["components"]["schemas"];
        assert_eq!(
            schemas["PetAddedPayload"],
            json!({
                "type": "object",
                "description": "A pet was added.",
                "properties": {"name": {"type": "string", "nullable": true}}
            }),
            "an inline payload is a component, in its 3.0 form, described by the webhook"
        );
        assert_eq!(
            schemas["PetMovedPutPayload"],
            json!({"type": "object"}),
            "a name already taken gets the method"
        );
        assert!(root.get("webhooks").is_none());
        let found: Vec<(&str, bool)> = notes
            .iter()
            .map(|(pointer, message)| (pointer.as_str(), message.contains("is the model `")))
            .collect();
        assert_eq!(
            found,
            [
                ("#/webhooks/pet-added/post", true),
                ("#/webhooks/petRemoved/post", true),
                ("#/webhooks/petMoved/put", true),
            ]
        );
        assert!(notes[1].1.ends_with("the model `Pet`"), "{}", notes[1].1);
    }

    #[test]
    fn examples_are_values_not_schemas() {
        let mut root = json!({
            "openapi": "3.1.0",
            "paths": {"/a": {"get": {"responses": {"200": {"description": "", "content": {
                "application/json": {
                    "schema": {"type": ["string", "null"]},
                    "example": {"schema": {"type": ["string", "null"]}}
                }
            }}}}}},
        });
        to_v30(&mut root);
        let media = &root["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"];
        assert_eq!(media["schema"], json!({"type": "string", "nullable": true}));
        assert_eq!(
            media["example"]["schema"]["type"],
            json!(["string", "null"])
        );
    }

    #[test]
    fn path_items_and_callbacks_by_ref_are_what_they_name() {
        let mut root = json!({
            "openapi": "3.1.0",
            "paths": {"/a": {"$ref": "#/components/pathItems/A"}, "/b": {"$ref": "#/nothing"}},
            "components": {"pathItems": {"A": {"get": {"callbacks": {
                "c": {"$ref": "#/components/callbacks/C"}
            }}}}, "callbacks": {"C": {"/x": {}}}},
        });
        let notes = to_v30(&mut root);
        assert!(inline_callback_refs(&mut root));
        assert_eq!(
            root["paths"]["/a"]["get"]["callbacks"]["c"],
            json!({"/x": {}})
        );
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].0, "#/paths/~1b");
        let mut root30 = json!({
            "openapi": "3.0.3",
            "paths": {"/a": {"get": {"callbacks": {"c": {"$ref": "#/components/callbacks/C"}}}}},
            "components": {"callbacks": {"C": {"/x": {}}}},
        });
        assert!(inline_callback_refs(&mut root30));
        assert_eq!(
            root30["paths"]["/a"]["get"]["callbacks"]["c"],
            json!({"/x": {}})
        );
    }
}

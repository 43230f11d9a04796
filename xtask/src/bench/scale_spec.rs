//! Synthetic OpenAPI 3.0 documents of any number of operations, for `cargo
//! xtask bench scale`. They look like a real CRUD API: every fifth operation
//! starts a new resource (`/v1/projects/{projectId}/<resource>`) with its
//! list, create, get, update and delete; each resource has its own schemas
//! (nested objects, arrays, enums, a date-time) and all share `Owner`,
//! `Error` and `Visibility`. The same `operations` always give the same
//! document. Only what both our generator and progenitor accept is used:
//! JSON bodies, path and query parameters of scalar types, one success
//! response per operation, an operationId for each.

use serde_json::{json, Map, Value};

/// Nouns the resources are named after (with a number once they run out).
const NOUNS: [&str; 12] = [
    "widget", "invoice", "ticket", "order", "device", "report", "member", "asset", "channel",
    "policy", "session", "payment",
];

/// The operations of one resource, in the order they are added.
const VERBS: [&str; 5] = ["list", "create", "get", "update", "delete"];

/// The `i`-th resource's name in lower camel case (`widget`, ..., `widget2`).
fn noun(i: usize) -> String {
    let base = NOUNS[i % NOUNS.len()];
    match i / NOUNS.len() {
        0 => base.to_owned(),
        n => format!("{base}{}", n + 1),
    }
}

/// `widget2` → `Widget2`.
fn upper(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

fn reference(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

fn json_content(schema: Value) -> Value {
    json!({ "application/json": { "schema": schema } })
}

/// The document with `operations` operations.
pub fn document(operations: usize) -> Value {
    let mut paths = Map::new();
    let mut schemas = shared_schemas();
    let resources = operations.div_ceil(VERBS.len());
    for i in 0..resources {
        let verbs = &VERBS[..(operations - i * VERBS.len()).min(VERBS.len())];
        let name = noun(i);
        let type_name = upper(&name);
        schemas.extend(resource_schemas(&type_name));
        let collection = format!("/v1/projects/{{projectId}}/{name}s");
        let item = format!("{collection}/{{{name}Id}}");
        for verb in verbs {
            let (path, method, operation) = operation(verb, &name, &type_name);
            let path = if path { &item } else { &collection };
            let entry = paths
                .entry(path.clone())
                .or_insert_with(|| json!({}))
                .as_object_mut()
                .expect("a path item is an object");
            entry.insert(method.to_owned(), operation);
        }
    }
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": format!("Synthetic API of {operations} operations"),
            "version": "1.0.0",
        },
        "servers": [{ "url": "https://api.example.com" }],
        "paths": paths,
        "components": { "schemas": schemas },
    })
}

/// One operation of a resource: whether it is on the item's path (rather
/// than the collection's), its method and the operation object.
fn operation(verb: &str, name: &str, type_name: &str) -> (bool, &'static str, Value) {
    let project = json!({
        "name": "projectId", "in": "path", "required": true,
        "description": "The project the resource belongs to.",
        "schema": { "type": "string" },
    });
    let id = json!({
        "name": format!("{name}Id"), "in": "path", "required": true,
        "description": format!("The {name}'s id."),
        "schema": { "type": "string" },
    });
    let error = json!({
        "description": "The request was refused.",
        "content": json_content(reference("Error")),
    });
    let ok = |description: String, schema: Value| json!({ "description": description, "content": json_content(schema) });
    let body =
        |schema: &str| json!({ "required": true, "content": json_content(reference(schema)) });
    let operation_id = format!("{verb}{type_name}");
    match verb {
        "list" => (
            false,
            "get",
            json!({
                "operationId": operation_id,
                "summary": format!("List the project's {name}s, a page at a time."),
                "tags": [name],
                "parameters": [
                    project,
                    { "name": "limit", "in": "query", "description": "At most this many on a page.",
                      "schema": { "type": "integer", "format": "int32", "minimum": 1, "maximum": 100 } },
                    { "name": "cursor", "in": "query", "description": "Where the previous page ended.",
                      "schema": { "type": "string" } },
                    { "name": "status", "in": "query", "description": "Only those in this state.",
                      "schema": reference(&format!("{type_name}Status")) },
                    { "name": "includeArchived", "in": "query",
                      "schema": { "type": "boolean" } },
                ],
                "responses": {
                    "200": ok(format!("A page of {name}s."), reference(&format!("{type_name}Page"))),
                    "400": error,
                },
            }),
        ),
        "create" => (
            false,
            "post",
            json!({
                "operationId": operation_id,
                "summary": format!("Create a {name}."),
                "tags": [name],
                "parameters": [project],
                "requestBody": body(&format!("{type_name}Create")),
                "responses": {
                    "201": ok(format!("The new {name}."), reference(type_name)),
                    "400": error,
                },
            }),
        ),
        "get" => (
            true,
            "get",
            json!({
                "operationId": operation_id,
                "summary": format!("Get one {name}."),
                "tags": [name],
                "parameters": [project, id],
                "responses": {
                    "200": ok(format!("The {name}."), reference(type_name)),
                    "404": error,
                },
            }),
        ),
        "update" => (
            true,
            "patch",
            json!({
                "operationId": operation_id,
                "summary": format!("Change some fields of a {name}."),
                "tags": [name],
                "parameters": [project, id],
                "requestBody": body(&format!("{type_name}Update")),
                "responses": {
                    "200": ok(format!("The {name} as changed."), reference(type_name)),
                    "404": error,
                },
            }),
        ),
        _ => (
            true,
            "delete",
            json!({
                "operationId": operation_id,
                "summary": format!("Delete a {name}."),
                "tags": [name],
                "parameters": [project, id],
                "responses": {
                    "204": { "description": format!("The {name} is gone.") },
                    "404": error,
                },
            }),
        ),
    }
}

/// The schemas every resource refers to.
fn shared_schemas() -> Map<String, Value> {
    let schemas = json!({
        "Owner": {
            "type": "object",
            "description": "Who a resource belongs to.",
            "required": ["id", "displayName"],
            "properties": {
                "id": { "type": "string" },
                "displayName": { "type": "string" },
                "email": { "type": "string", "format": "email" },
            },
        },
        "Visibility": {
            "type": "string",
            "description": "Who may see a resource.",
            "enum": ["private", "team", "public"],
        },
        "Error": {
            "type": "object",
            "description": "Why a request was refused.",
            "required": ["code", "message"],
            "properties": {
                "code": { "type": "string" },
                "message": { "type": "string" },
                "requestId": { "type": "string" },
            },
        },
    });
    match schemas {
        Value::Object(map) => map,
        _ => unreachable!("an object literal"),
    }
}

/// The schemas of one resource: the resource, its state, a page of them, and
/// the bodies that create and change one.
fn resource_schemas(type_name: &str) -> Map<String, Value> {
    let status = format!("{type_name}Status");
    let schemas = json!({
        type_name: {
            "type": "object",
            "description": format!("One {type_name}."),
            "required": ["id", "name", "status", "createdAt", "owner"],
            "properties": {
                "id": { "type": "string" },
                "name": { "type": "string", "maxLength": 200 },
                "description": { "type": "string" },
                "status": reference(&status),
                "createdAt": { "type": "string", "format": "date-time" },
                "revision": { "type": "integer", "format": "int64" },
                "owner": reference("Owner"),
                "tags": { "type": "array", "items": { "type": "string" } },
                "settings": {
                    "type": "object",
                    "description": "How it behaves.",
                    "properties": {
                        "visibility": reference("Visibility"),
                        "quota": { "type": "integer", "format": "int64" },
                        "notify": { "type": "boolean" },
                    },
                },
                "attributes": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["key"],
                        "properties": {
                            "key": { "type": "string" },
                            "value": { "type": "string" },
                            "weight": { "type": "number", "format": "double" },
                        },
                    },
                },
            },
        },
        status.clone(): {
            "type": "string",
            "description": format!("Where a {type_name} is in its life."),
            "enum": ["draft", "active", "suspended", "archived"],
        },
        format!("{type_name}Page"): {
            "type": "object",
            "required": ["items"],
            "properties": {
                "items": { "type": "array", "items": reference(type_name) },
                "nextCursor": { "type": "string" },
                "total": { "type": "integer", "format": "int32" },
            },
        },
        format!("{type_name}Create"): {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": { "type": "string", "maxLength": 200 },
                "description": { "type": "string" },
                "tags": { "type": "array", "items": { "type": "string" } },
                "visibility": reference("Visibility"),
            },
        },
        format!("{type_name}Update"): {
            "type": "object",
            "properties": {
                "name": { "type": "string", "maxLength": 200 },
                "description": { "type": "string" },
                "status": reference(&status),
                "tags": { "type": "array", "items": { "type": "string" } },
            },
        },
    });
    match schemas {
        Value::Object(map) => map,
        _ => unreachable!("an object literal"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The generator's model of the document with `operations` operations.
    fn lowered(operations: usize) -> codegen::lower::Lowered {
        let text = serde_json::to_string_pretty(&document(operations)).unwrap();
        let spec = codegen::Spec::parse(std::path::Path::new("scale.json"), &text).unwrap();
        codegen::lower::lower(&spec).unwrap()
    }

    #[test]
    fn the_document_has_the_operations_asked_for_and_lowers_cleanly() {
        for operations in [1, 7, 10, 33] {
            let lowered = lowered(operations);
            assert_eq!(lowered.api.operations.len(), operations);
            assert!(lowered.warnings.is_empty(), "{:?}", lowered.warnings);
        }
        let files = codegen::emit::emit(&lowered(10).api, &codegen::Settings::default()).unwrap();
        assert!(!files.is_empty());
    }

    #[test]
    fn the_document_is_the_same_every_time() {
        assert_eq!(document(30), document(30));
        let ids: Vec<Value> = document(13)["paths"]
            .as_object()
            .unwrap()
            .values()
            .flat_map(|item| item.as_object().unwrap().values())
            .map(|operation| operation["operationId"].clone())
            .collect();
        assert_eq!(ids.len(), 13);
        assert_eq!(ids[0], "listWidget");
        assert_eq!(ids[12], "getTicket");
    }

    #[test]
    fn resources_past_the_nouns_are_numbered() {
        assert_eq!(noun(0), "widget");
        assert_eq!(noun(NOUNS.len()), "widget2");
        assert_eq!(upper("widget2"), "Widget2");
    }
}

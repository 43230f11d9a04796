//! The spec against DingTalk's own list of its operations, `spec/reference/`
//! (see its README): each row of a table must have an operation in
//! `spec/dingtalk.json` with the same method and path, the same query
//! parameters, the same top-level body properties, the same paging and the
//! same need for a token. Every difference is reported, not only the first.

mod common;

use std::collections::BTreeSet;

use common::{parameters, resolve, spec};
use serde_json::Value;

/// The tables of `spec/reference/`, named after the operations' group.
const TABLES: &[&str] = &["storage", "drive", "oauth2"];

/// The tables whose every row the spec must have, and which must list every
/// operation the spec has under their group's path. Of the others, only the
/// rows the spec has are checked.
const COMPLETE: &[&str] = &["storage", "drive", "oauth2"];

/// One row of a table: one operation as DingTalk's SDKs model it.
#[derive(Debug, Clone)]
struct Row {
    action: String,
    method: String,
    path: String,
    query: BTreeSet<String>,
    body: BTreeSet<String>,
    /// From the `paging` column: where the cursor goes (`query` or `body`),
    /// the cursor parameter, and the response field with the next cursor.
    paging: Option<(String, String, String)>,
    anonymous: bool,
}

fn names(list: &str) -> BTreeSet<String> {
    list.split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `query nextToken/maxResults -> resp nextToken` as
/// (`query`, `nextToken`, `nextToken`).
fn paging(text: &str) -> Option<(String, String, String)> {
    if text.trim().is_empty() {
        return None;
    }
    let (request, response) = text
        .split_once(" -> ")
        .expect("`<request> -> resp <field>`");
    let (place, parameters) = request
        .trim()
        .split_once(' ')
        .expect("`<place> <cursor>/...`");
    let cursor = parameters.split('/').next().unwrap();
    let field = response
        .trim()
        .strip_prefix("resp ")
        .expect("`resp <field>`");
    Some((place.to_owned(), cursor.to_owned(), field.to_owned()))
}

fn parse_table(text: &str) -> Vec<Row> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("a header line").split('\t').collect();
    let column = |name: &str| {
        header
            .iter()
            .position(|&c| c == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    };
    let [action, method, path, query, body, paging_, purpose] = [
        "action",
        "method",
        "path",
        "query",
        "body",
        "paging",
        "purpose_en",
    ]
    .map(column);
    lines
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), header.len(), "{line}");
            Row {
                action: fields[action].to_owned(),
                method: fields[method].to_owned(),
                path: fields[path].to_owned(),
                query: names(fields[query]),
                body: names(fields[body]),
                paging: paging(fields[paging_]),
                anonymous: fields[purpose].contains("[auth=Anonymous"),
            }
        })
        .collect()
}

fn read_table(name: &str) -> Vec<Row> {
    let path = format!(
        "{}/../spec/reference/ops-{name}.tsv",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse_table(&text)
}

/// A path template with its parameters' names left out: `/a/{}/b`.
fn shape(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            if segment.starts_with('{') {
                "{}"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// An operation of the spec: its path, method (lower case) and object.
struct Operation<'a> {
    path: &'a str,
    method: String,
    op: &'a Value,
}

fn operations(spec: &Value) -> Vec<Operation<'_>> {
    let mut out = Vec::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in resolve(spec, item).as_object().unwrap() {
            if op.get("responses").is_some() {
                out.push(Operation {
                    path,
                    method: method.clone(),
                    op,
                });
            }
        }
    }
    out
}

/// The spec's operation for `row`: the same method and the same path, but
/// for the names of its parameters.
fn find<'a>(operations: &'a [Operation<'a>], row: &Row) -> Option<&'a Operation<'a>> {
    operations
        .iter()
        .find(|o| o.method == row.method.to_lowercase() && shape(o.path) == shape(&row.path))
}

fn query_names(spec: &Value, operation: &Operation) -> BTreeSet<String> {
    parameters(spec, operation.path, &operation.method)
        .iter()
        .filter(|p| p["in"] == "query")
        .map(|p| p["name"].as_str().unwrap().to_owned())
        .collect()
}

/// The names of the properties of a schema, `$ref`s followed and the
/// members of an `allOf` joined.
fn property_names(spec: &Value, schema: &Value) -> BTreeSet<String> {
    let schema = resolve(spec, schema);
    let mut out: BTreeSet<String> = schema["properties"]
        .as_object()
        .map(|properties| properties.keys().cloned().collect())
        .unwrap_or_default();
    for member in schema["allOf"].as_array().into_iter().flatten() {
        out.extend(property_names(spec, member));
    }
    out
}

fn body_names(spec: &Value, operation: &Operation) -> BTreeSet<String> {
    let body = resolve(spec, &operation.op["requestBody"]);
    property_names(spec, &body["content"]["application/json"]["schema"])
}

/// Every difference between `row` of table `table` and the spec's `operation`.
fn differences(spec: &Value, table: &str, row: &Row, operation: &Operation) -> Vec<String> {
    let mut out = Vec::new();
    let mut differ = |what: &str, reference: String, ours: String| {
        if reference != ours {
            out.push(format!("{what}: DingTalk has {reference}, the spec {ours}"));
        }
    };
    differ(
        "operationId",
        format!("{table}_{}", row.action),
        operation.op["operationId"]
            .as_str()
            .unwrap_or("none")
            .to_owned(),
    );
    differ("path", row.path.clone(), operation.path.to_owned());
    differ(
        "query parameters",
        format!("{:?}", row.query),
        format!("{:?}", query_names(spec, operation)),
    );
    differ(
        "body properties",
        format!("{:?}", row.body),
        format!("{:?}", body_names(spec, operation)),
    );

    let pagination = &operation.op["x-pagination"];
    let ours = pagination.is_object().then(|| {
        let cursor = pagination["cursorParameter"].as_str().unwrap_or_default();
        let place = if query_names(spec, operation).contains(cursor) {
            "query"
        } else if body_names(spec, operation).contains(cursor.split('.').next().unwrap()) {
            "body"
        } else {
            "nowhere"
        };
        let field = pagination["cursorField"].as_str().unwrap_or_default();
        (place.to_owned(), cursor.to_owned(), field.to_owned())
    });
    differ(
        "paging (place, cursor, next cursor field)",
        format!("{:?}", row.paging),
        format!("{ours:?}"),
    );

    let anonymous = operation.op["security"]
        .as_array()
        .is_some_and(|alternatives| alternatives.is_empty());
    differ(
        "calls without a token",
        row.anonymous.to_string(),
        anonymous.to_string(),
    );
    out
}

#[test]
fn the_spec_matches_dingtalks_reference() {
    let spec = spec();
    let operations = operations(&spec);
    let mut problems = Vec::new();
    for &table in TABLES {
        let complete = COMPLETE.contains(&table);
        let rows = read_table(table);
        let mut covered = 0;
        for row in &rows {
            let Some(operation) = find(&operations, row) else {
                if complete {
                    problems.push(format!(
                        "{table} {}: no {} {} in the spec",
                        row.action, row.method, row.path
                    ));
                }
                continue;
            };
            covered += 1;
            for difference in differences(&spec, table, row, operation) {
                problems.push(format!("{table} {}: {difference}", row.action));
            }
        }
        println!(
            "{table}: the spec has {covered} of the {} operations DingTalk lists{}",
            rows.len(),
            if complete { " (all required)" } else { "" }
        );
        if complete {
            let prefix = format!("/v1.0/{table}/");
            for operation in operations.iter().filter(|o| o.path.starts_with(&prefix)) {
                let listed = rows.iter().any(|row| {
                    operation.method == row.method.to_lowercase()
                        && shape(operation.path) == shape(&row.path)
                });
                if !listed {
                    problems.push(format!(
                        "{table}: the spec's {} {} is not in DingTalk's list",
                        operation.method.to_uppercase(),
                        operation.path
                    ));
                }
            }
        }
    }
    for problem in &problems {
        println!("{problem}");
    }
    assert!(
        problems.is_empty(),
        "{} differences from DingTalk's reference:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_table_is_read_whole() {
    // The numbers of rows DingTalk lists: a table cut short would check less.
    let counts: Vec<usize> = TABLES.iter().map(|t| read_table(t).len()).collect();
    assert_eq!(counts, [46, 33, 11]);
    assert!(COMPLETE.iter().all(|t| TABLES.contains(t)));
}

#[test]
fn each_difference_is_reported() {
    // A row of the storage table changed in every column the test compares.
    let spec = spec();
    let operations = operations(&spec);
    let text = "action\tmethod\tpath\tquery\tbody\tpaging\tresp_body\tpurpose_en\n\
        AddFolders\tPOST\t/v1.0/storage/spaces/{spaceId}/dentries/{folderId}/folders\tunionId,extra\tname\t\
        query nextToken/maxResults -> resp nextToken\tjson\t [auth=Anonymous: no token header]\n";
    let row = &parse_table(text)[0];
    let operation = find(&operations, row).expect("found by method and path shape");
    let found = differences(&spec, "storage", row, operation);
    let what: Vec<&str> = found.iter().map(|d| d.split(':').next().unwrap()).collect();
    assert_eq!(
        what,
        [
            "operationId",
            "path",
            "query parameters",
            "body properties",
            "paging (place, cursor, next cursor field)",
            "calls without a token",
        ],
        "{found:#?}"
    );

    // The row as DingTalk lists it has no difference.
    let rows = read_table("storage");
    let row = rows.iter().find(|r| r.action == "AddFolder").unwrap();
    let operation = find(&operations, row).unwrap();
    assert_eq!(
        differences(&spec, "storage", row, operation),
        Vec::<String>::new()
    );
}

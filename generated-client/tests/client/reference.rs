//! The spec against DingTalk's own list of its operations, `spec/reference/`
//! (see its README; written by `cargo xtask reference` from DingTalk's
//! official SDK): every operation of `spec/dingtalk.json` must have a row in
//! its module's `operations.tsv` (the module is the operation's tag, the row
//! the one whose action ends its `operationId`), with the same method and
//! path, the same query parameters, the same top-level body properties, the
//! same paging and the same need for a token. Every difference is reported,
//! not only the first.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};

use common::{parameters, resolve, spec};
use serde_json::Value;

/// The modules whose every operation the spec must have.
const COMPLETE: &[&str] = &["storage_1_0", "drive_1_0", "oauth2_1_0"];

/// The modules DingTalk's SDK does not have: the legacy host
/// `oapi.dingtalk.com`, which the SDK (of `api.dingtalk.com`) does not call.
/// Their operations have no row to be compared with; a module of the SDK
/// must not be listed.
const NOT_IN_SDK: &[&str] = &[
    "oapi_robot",
    "oapi_message",
    "oapi_user",
    "oapi_department",
    "oapi_process",
    "oapi_media",
];

/// Where the spec deliberately differs from the SDK's row: (operationId,
/// what differs). Each entry says why.
const ALLOWED: &[(&str, &str)] = &[];

/// One row of an `operations.tsv`: one operation as DingTalk's SDK models it.
#[derive(Debug, Clone)]
struct Row {
    module: String,
    action: String,
    method: String,
    path: String,
    /// Query parameter names; `name:json` for one sent as JSON text,
    /// `name:simple` for an array sent comma-separated.
    query: BTreeSet<String>,
    /// Top-level body property names, `name:json` as for the query.
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

/// The lines of a TSV file after its header, each with the cells of the
/// named columns, in the order asked.
fn read_columns<const N: usize>(text: &str, wanted: [&str; N]) -> Vec<[String; N]> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("a header line").split('\t').collect();
    let positions = wanted.map(|name| {
        header
            .iter()
            .position(|&c| c == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    });
    lines
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), header.len(), "{line}");
            positions.map(|p| fields[p].to_owned())
        })
        .collect()
}

fn parse_table(text: &str) -> Vec<Row> {
    let columns = [
        "module", "action", "method", "path", "query", "body", "paging", "auth",
    ];
    read_columns(text, columns)
        .into_iter()
        .map(
            |[module, action, method, path, query, body, paging_, auth]| Row {
                module,
                action,
                method,
                path,
                query: names(&query),
                body: names(&body),
                paging: paging(&paging_),
                anonymous: auth == "Anonymous",
            },
        )
        .collect()
}

fn reference_dir() -> String {
    format!("{}/../spec/reference", env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `modules.tsv`: each module with the number of its operations.
fn modules() -> Vec<(String, usize)> {
    read_columns(
        &read(&format!("{}/modules.tsv", reference_dir())),
        ["module", "operations"],
    )
    .into_iter()
    .map(|[module, count]| (module, count.parse().expect("a count")))
    .collect()
}

fn read_table(module: &str) -> Vec<Row> {
    parse_table(&read(&format!(
        "{}/{module}/operations.tsv",
        reference_dir()
    )))
}

/// Every row of every module, by module.
fn reference() -> BTreeMap<String, Vec<Row>> {
    modules()
        .into_iter()
        .map(|(module, _)| {
            let rows = read_table(&module);
            (module, rows)
        })
        .collect()
}

/// An operation of the spec: its path, method (lower case) and object.
struct Operation<'a> {
    path: &'a str,
    method: String,
    op: &'a Value,
}

impl Operation<'_> {
    fn id(&self) -> &str {
        self.op["operationId"].as_str().unwrap_or("none")
    }

    fn tag(&self) -> &str {
        self.op["tags"][0].as_str().unwrap_or("none")
    }
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

/// The row of `operation`: in its tag's module, the row whose action ends
/// its `operationId` after a `_` (the longest, should one action end another).
fn row_of<'a>(reference: &'a BTreeMap<String, Vec<Row>>, operation: &Operation) -> Option<&'a Row> {
    let id = operation.id();
    reference
        .get(operation.tag())?
        .iter()
        .filter(|row| {
            id.strip_suffix(row.action.as_str())
                .is_some_and(|group| group.ends_with('_') && group.len() > 1)
        })
        .max_by_key(|row| row.action.len())
}

/// The spec's query parameters, marked as the reference marks them: `:json`
/// for a parameter whose content is `application/json`, `:simple` for an
/// array sent comma-separated (`explode: false`).
fn query_names(spec: &Value, operation: &Operation) -> BTreeSet<String> {
    parameters(spec, operation.path, &operation.method)
        .iter()
        .filter(|p| p["in"] == "query")
        .map(|p| {
            let name = p["name"].as_str().unwrap();
            let schema = resolve(spec, &p["schema"]);
            if p["content"]["application/json"].is_object() {
                format!("{name}:json")
            } else if schema["type"] == "array" && p["explode"] == false {
                format!("{name}:simple")
            } else {
                name.to_owned()
            }
        })
        .collect()
}

fn bare(name: &str) -> &str {
    name.split(':').next().unwrap()
}

/// The properties of a schema by name, `$ref`s followed and the members of
/// an `allOf` joined.
fn properties<'a>(spec: &'a Value, schema: &'a Value) -> BTreeMap<String, &'a Value> {
    let schema = resolve(spec, schema);
    let mut out: BTreeMap<String, &Value> = schema["properties"]
        .as_object()
        .map(|properties| {
            properties
                .iter()
                .map(|(name, value)| (name.clone(), resolve(spec, value)))
                .collect()
        })
        .unwrap_or_default();
    for member in schema["allOf"].as_array().into_iter().flatten() {
        out.extend(properties(spec, member));
    }
    out
}

/// The request body's schema, of whichever media type it has.
fn body_schema<'a>(spec: &'a Value, operation: &Operation<'a>) -> &'a Value {
    let body = resolve(spec, &operation.op["requestBody"]);
    let content = &body["content"];
    [
        "application/json",
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    ]
    .iter()
    .map(|media| &content[*media]["schema"])
    .find(|schema| !schema.is_null())
    .unwrap_or(&Value::Null)
}

/// The spec's top-level body properties, marked as the reference marks them
/// where the row does: a `name:json` property (the SDK sends the value as
/// JSON text) is a string in the spec.
fn body_names(spec: &Value, operation: &Operation, row: &Row) -> BTreeSet<String> {
    properties(spec, body_schema(spec, operation))
        .into_iter()
        .map(|(name, schema)| {
            let marked = format!("{name}:json");
            if row.body.contains(&marked) && schema["type"] == "string" {
                marked
            } else {
                name
            }
        })
        .collect()
}

/// The `operationId` of `row`'s operation: `<group>_<action>`, where the
/// group of the modules of [`COMPLETE`] is the module's name without its
/// version (`storage_1_0` → `storage`).
fn expected_id(row: &Row) -> String {
    match row.module.strip_suffix("_1_0") {
        Some(group) if COMPLETE.contains(&row.module.as_str()) => {
            format!("{group}_{}", row.action)
        }
        _ => format!("<group>_{}", row.action),
    }
}

/// Every difference between `row` and the spec's `operation`.
fn differences(spec: &Value, row: &Row, operation: &Operation) -> Vec<String> {
    let mut out = Vec::new();
    let mut differ = |what: &str, reference: String, ours: String| {
        if reference != ours {
            out.push(format!("{what}: DingTalk has {reference}, the spec {ours}"));
        }
    };
    differ(
        "module (tag)",
        row.module.clone(),
        operation.tag().to_owned(),
    );
    let expected = expected_id(row);
    let id = operation.id();
    let ours = match expected.strip_prefix("<group>") {
        Some(action) if id.strip_suffix(action).is_some_and(|g| !g.is_empty()) => expected.clone(),
        _ => id.to_owned(),
    };
    differ("operationId", expected, ours);
    differ(
        "method",
        row.method.to_lowercase(),
        operation.method.clone(),
    );
    // The SDK writes a few paths with white space after them, which is no
    // part of the URL; and it names a path's parameter differently in two
    // operations of one path, which OpenAPI gives one name.
    differ("path", template(row.path.trim()), template(operation.path));
    let query = query_names(spec, operation);
    differ(
        "query parameters",
        format!("{:?}", row.query),
        format!("{query:?}"),
    );
    let body = body_names(spec, operation, row);
    differ(
        "body properties",
        format!("{:?}", row.body),
        format!("{body:?}"),
    );

    // Paging the generator does not follow is kept as the reference writes it.
    let recorded = operation.op["x-sdk-paging"]["paging"]
        .as_str()
        .and_then(paging);
    let pagination = &operation.op["x-pagination"];
    let followed = pagination.is_object().then(|| {
        let cursor = pagination["cursorParameter"].as_str().unwrap_or_default();
        let head = cursor.split('.').next().unwrap();
        let place = if query.iter().any(|name| bare(name) == cursor) {
            "query"
        } else if body.iter().any(|name| bare(name) == head) {
            "body"
        } else {
            "nowhere"
        };
        let field = pagination["cursorField"].as_str().unwrap_or_default();
        (place.to_owned(), cursor.to_owned(), field.to_owned())
    });
    let ours = followed.or(recorded);
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

/// Whether `problem` of `operation` is on the allow-list.
fn allowed(operation: &str, problem: &str) -> bool {
    ALLOWED
        .iter()
        .any(|&(id, what)| id == operation && problem.starts_with(what))
}

#[test]
fn the_spec_matches_dingtalks_reference() {
    let spec = spec();
    let operations = operations(spec);
    let reference = reference();
    let mut problems = Vec::new();
    let mut covered: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for module in NOT_IN_SDK {
        assert!(
            !reference.contains_key(*module),
            "{module} is in DingTalk's SDK: remove it from NOT_IN_SDK"
        );
    }
    for operation in operations
        .iter()
        .filter(|op| !NOT_IN_SDK.contains(&op.tag()))
    {
        let Some(row) = row_of(&reference, operation) else {
            problems.push(format!(
                "{}: no row of DingTalk's reference (module {}) for {} {}",
                operation.id(),
                operation.tag(),
                operation.method.to_uppercase(),
                operation.path
            ));
            continue;
        };
        covered.entry(&row.module).or_default().insert(&row.action);
        for difference in differences(spec, row, operation) {
            if !allowed(operation.id(), &difference) {
                problems.push(format!("{}: {difference}", operation.id()));
            }
        }
    }
    for (module, rows) in &reference {
        let have = covered.get(module.as_str()).map_or(0, BTreeSet::len);
        let complete = COMPLETE.contains(&module.as_str());
        if have > 0 || complete {
            println!(
                "{module}: the spec has {have} of the {} operations DingTalk lists{}",
                rows.len(),
                if complete { " (all required)" } else { "" }
            );
        }
        if complete {
            for row in rows {
                if !covered
                    .get(module.as_str())
                    .is_some_and(|actions| actions.contains(row.action.as_str()))
                {
                    problems.push(format!(
                        "{module} {}: no {} {} in the spec",
                        row.action, row.method, row.path
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
    // The numbers of operations DingTalk's SDK 2.2.65 has: a table cut short
    // would check less.
    let modules = modules();
    assert_eq!(modules.len(), 125);
    let mut total = 0;
    for (module, count) in &modules {
        assert_eq!(read_table(module).len(), *count, "{module}");
        total += count;
    }
    assert_eq!(total, 3289);
    let counts: Vec<usize> = COMPLETE.iter().map(|m| read_table(m).len()).collect();
    assert_eq!(counts, [46, 33, 11]);
    let listed: Vec<&str> = modules.iter().map(|(m, _)| m.as_str()).collect();
    assert!(COMPLETE.iter().all(|m| listed.contains(m)));
    for &(id, _) in ALLOWED {
        assert!(common::operation_ids().iter().any(|o| o == id), "{id}");
    }
}

#[test]
fn each_difference_is_reported() {
    let spec = spec();
    let operations = operations(spec);
    let reference = reference();
    let add_folder = operations
        .iter()
        .find(|o| o.id() == "storage_AddFolder")
        .unwrap();

    // A row of the storage table changed in every column the test compares
    // but its module and method.
    let header = "module\taction\tmethod\tpath\tquery\tbody\tpaging\tauth\n";
    let text = format!(
        "{header}storage_1_0\tAddFolders\tPOST\t/v1.0/storage/spaces/{{spaceId}}/dentries/{{folderId}}/folder\t\
         unionId,extra\tname\tquery nextToken/maxResults -> resp nextToken\tAnonymous\n"
    );
    let row = &parse_table(&text)[0];
    let found = differences(spec, row, add_folder);
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

    // Its module (and so the group of its operationId) and method changed.
    let text = format!(
        "{header}drive_1_0\tAddFolder\tPUT\t/v1.0/storage/spaces/{{spaceId}}/dentries/{{parentId}}/folders\t\
         unionId\tname,option\t\tAK\n"
    );
    let row = &parse_table(&text)[0];
    let found = differences(spec, row, add_folder);
    let what: Vec<&str> = found.iter().map(|d| d.split(':').next().unwrap()).collect();
    assert_eq!(
        what,
        ["module (tag)", "operationId", "method"],
        "{found:#?}"
    );

    // A parameter the SDK sends as JSON text must be one in the spec.
    let batch_query_roles = operations
        .iter()
        .find(|o| o.id() == "storage_BatchQueryRoles")
        .unwrap();
    let mut row = row_of(&reference, batch_query_roles).unwrap().clone();
    assert!(row.query.contains("dentryIdList:json"));
    assert_eq!(
        differences(spec, &row, batch_query_roles),
        Vec::<String>::new()
    );
    row.query.remove("dentryIdList:json");
    row.query.insert("dentryIdList".to_owned());
    let found = differences(spec, &row, batch_query_roles);
    assert!(
        found.len() == 1 && found[0].starts_with("query parameters"),
        "{found:#?}"
    );

    // The row as DingTalk lists it has no difference.
    let row = row_of(&reference, add_folder).unwrap();
    assert_eq!(row.action, "AddFolder");
    assert_eq!(differences(spec, row, add_folder), Vec::<String>::new());
}

#[test]
fn an_operation_without_a_row_is_found() {
    // Matched by tag and the action ending the operationId.
    let spec = spec();
    let operations = operations(spec);
    let reference = reference();
    let mut without: BTreeMap<String, Vec<Row>> = reference.clone();
    without
        .get_mut("storage_1_0")
        .unwrap()
        .retain(|row| row.action != "GetSpace");
    let get_space = operations
        .iter()
        .find(|o| o.id() == "storage_GetSpace")
        .unwrap();
    assert!(row_of(&reference, get_space).is_some());
    assert!(row_of(&without, get_space).is_none());
}

/// A path with its parameters' names left out: `/v1.0/doc/{docKey}` is
/// `/v1.0/doc/{}`.
fn template(path: &str) -> String {
    path.split('{')
        .enumerate()
        .map(|(i, part)| match (i, part.split_once('}')) {
            (0, _) | (_, None) => part.to_owned(),
            (_, Some((_, rest))) => format!("{{}}{rest}"),
        })
        .collect()
}

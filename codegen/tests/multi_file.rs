//! Specs split over several files: relative `$ref`s are bundled into one
//! document whose refs are all local, and every problem names the file, line,
//! column and pointer where it is written.

use std::collections::HashMap;
use std::io;
use std::path::Path;

const FIXTURES: &str = "tests/multi_file";

fn load(root: &str) -> Result<codegen::Spec, codegen::Error> {
    codegen::Spec::load(&Path::new(FIXTURES).join(root))
}

/// The problems reported for the spec at `root` (loading and lowering it).
fn errors(root: &str) -> Vec<String> {
    report(load(root).and_then(|spec| codegen::generate_spec(&spec, &codegen::Settings::default())))
}

fn report<T>(result: Result<T, codegen::Error>) -> Vec<String> {
    match result {
        Ok(_) => panic!("the spec was accepted"),
        Err(codegen::Error::Spec(errors)) => errors.iter().map(ToString::to_string).collect(),
        Err(other) => panic!("unexpected error: {other}"),
    }
}

/// Loads `api.yaml` from the files given as (name, text), nothing from disk.
fn load_in_memory(files: &[(&str, &str)]) -> Result<codegen::Spec, codegen::Error> {
    let files: HashMap<&Path, &str> = files
        .iter()
        .map(|(name, text)| (Path::new(*name), *text))
        .collect();
    codegen::Spec::load_with(Path::new("api.yaml"), |path| {
        files
            .get(path)
            .map(|text| text.to_string())
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no such file"))
    })
}

fn in_memory_errors(files: &[(&str, &str)]) -> Vec<String> {
    report(
        load_in_memory(files)
            .and_then(|spec| codegen::generate_spec(&spec, &codegen::Settings::default())),
    )
}

/// Every `$ref` in a JSON document, examples aside.
fn refs(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(object) => {
            for (key, value) in object {
                match value {
                    serde_json::Value::String(reference) if key == "$ref" => {
                        out.push(reference.clone())
                    }
                    _ if key == "example" => {}
                    _ => refs(value, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|item| refs(item, out)),
        _ => {}
    }
}

/// The generated files without their first line, which names the spec file.
fn generated_bodies(spec: &codegen::Spec) -> Vec<String> {
    codegen::generate_spec(spec, &codegen::Settings::default())
        .unwrap_or_else(|e| panic!("{e}"))
        .files
        .into_iter()
        .map(|file| file.contents.split_once('\n').unwrap().1.to_owned())
        .collect()
}

#[test]
fn a_two_file_spec_bundles_into_local_refs_and_lowers_like_one_file() {
    let spec = load("two_files/api.yaml").unwrap_or_else(|e| panic!("{e}"));
    let files: Vec<&Path> = spec.files().collect();
    assert_eq!(
        files,
        [
            Path::new("tests/multi_file/two_files/api.yaml"),
            Path::new("tests/multi_file/two_files/things.yaml"),
        ]
    );

    // One document, every ref local; schemas keep their names, the root's first.
    let json: serde_json::Value = serde_json::from_str(&spec.to_json().unwrap()).unwrap();
    let mut found = Vec::new();
    refs(&json, &mut found);
    assert!(!found.is_empty());
    assert!(
        found.iter().all(|r| r.starts_with("#/components/")),
        "{found:?}"
    );
    let schemas: Vec<&String> = json["components"]["schemas"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(schemas, ["Problem", "Kind", "Thing", "ThingPage"]);
    // Examples are data: a `$ref` key in one is not followed.
    assert_eq!(
        json["paths"]["/things/{thingId}"]["put"]["requestBody"]["content"]["application/json"]
            ["example"]["$ref"],
        "not a reference"
    );

    let api = codegen::lower::lower(&spec)
        .unwrap_or_else(|e| panic!("{e}"))
        .api;
    assert_eq!(api.source_name, "tests/multi_file/two_files/api.yaml");
    let ids: Vec<&str> = api.operations.iter().map(|op| op.id.as_str()).collect();
    assert_eq!(ids, ["listThings", "putThing"]);
    assert!(api.operations[0].pagination.is_some());
    assert_eq!(api.retryable_error_codes, ["busy"]);

    // The same spec written as one file: the same document and the same code.
    let single = codegen::Spec::load(&Path::new(FIXTURES).join("two_files.yaml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let single_json: serde_json::Value = serde_json::from_str(&single.to_json().unwrap()).unwrap();
    assert_eq!(json, single_json);
    assert_eq!(generated_bodies(&spec), generated_bodies(&single));
}

#[test]
fn nodes_of_the_bundle_know_the_file_line_and_pointer_they_came_from() {
    let spec = load("two_files/api.yaml").unwrap();
    let things = Path::new("tests/multi_file/two_files/things.yaml");
    let api = Path::new("tests/multi_file/two_files/api.yaml");

    let origin = spec.origin("#/paths/~1things~1{thingId}/put/operationId");
    assert_eq!(origin.file, things);
    assert_eq!(
        origin.pointer,
        "#/paths/~1things~1{thingId}/put/operationId"
    );
    assert_eq!(origin.location, Some((23, 7)));

    let origin = spec.origin("#/components/schemas/Thing/properties/kind");
    assert_eq!((origin.file, origin.location), (things, Some((58, 9))));
    let origin = spec.origin("#/components/schemas/Problem");
    assert_eq!((origin.file, origin.location), (api, Some((22, 5))));
    // The root's own nodes, and nodes that are not written anywhere (the nearest ancestor's line).
    assert_eq!(spec.origin("#/info/title").location, Some((3, 3)));
    let origin = spec.origin("#/paths/~1things/get/description");
    assert_eq!(
        (origin.file, origin.pointer.as_str(), origin.location),
        (things, "#/paths/~1things/get/description", Some((3, 5)))
    );
    assert_eq!(
        spec.error("#/components/parameters/ThingId/schema", "m")
            .to_string(),
        "tests/multi_file/two_files/things.yaml:42:7: #/components/parameters/ThingId/schema: m"
    );
}

#[test]
fn an_error_in_a_second_file_names_that_file_its_line_and_its_pointer() {
    assert_eq!(
        errors("errors/api.yaml"),
        [
            "tests/multi_file/errors/things.yaml:17:41: #/components/schemas/Thing/properties/n/x-enum-descriptions: `x-enum-descriptions` must be a list of 2 strings, one per `enum` value, or a map from values to their descriptions",
        ]
    );
}

#[test]
fn a_warning_in_a_second_file_names_that_file_its_line_and_its_pointer() {
    let root = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://x.test'}]\npaths: {}\ncomponents:\n  schemas:\n    Thing: {$ref: 'parts.yaml#/Thing'}\n";
    let part = "Thing:\n  type: object\n  properties:\n    n: {type: integer, format: int128}\n";
    let spec = load_in_memory(&[("api.yaml", root), ("parts.yaml", part)]).unwrap();
    let lowered = codegen::lower::lower(&spec).unwrap_or_else(|e| panic!("{e}"));
    let warnings: Vec<String> = lowered.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        ["parts.yaml:4:24: #/Thing/properties/n/format: integer format `int128` is read as int64"]
    );
}

#[test]
fn a_structural_error_in_a_second_file_names_that_file() {
    let root = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://x.test'}]\npaths:\n  /a:\n    $ref: 'parts/a.yaml#/paths/~1a'\n";
    let part = "paths:\n  /a:\n    get:\n      operationId: a\n      summary: [not, text]\n      responses:\n        '204': {description: ok}\n";
    assert_eq!(
        report(load_in_memory(&[
            ("api.yaml", root),
            ("parts/a.yaml", part)
        ])),
        ["parts/a.yaml:5:7: #/paths/~1a/get/summary: invalid type: sequence, expected a string"]
    );
    let untitled = root.replace("title: t", "title: [t]");
    assert_eq!(
        report(load_in_memory(&[
            ("api.yaml", &untitled),
            ("parts/a.yaml", part)
        ])),
        ["api.yaml:2:8: #/info/title: invalid type: sequence, expected a string"]
    );
    let broken = "paths:\n  /a: [unclosed\n";
    let found = report(load_in_memory(&[
        ("api.yaml", root),
        ("parts/a.yaml", broken),
    ]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("parts/a.yaml:3:1: "), "{}", found[0]);
}

#[test]
fn a_dangling_cross_file_ref_names_the_referring_file_and_line() {
    assert_eq!(
        errors("dangling/api.yaml"),
        [
            "tests/multi_file/dangling/things.yaml:11:17: #/paths/~1things/get/responses/200/content/application~1json/schema: `$ref: ./api.yaml#/components/schemas/Thing` points at a node that does not exist: tests/multi_file/dangling/api.yaml has no `#/components/schemas/Thing`",
            "tests/multi_file/dangling/things.yaml:16:24: #/paths/~1things/get/responses/400/content/application~1json/schema: `$ref: #/components/schemas/Nope` points at a node that does not exist: tests/multi_file/dangling/things.yaml has no `#/components/schemas/Nope`",
            "tests/multi_file/dangling/api.yaml:8:5: #/paths/~1gone: `$ref: ./missing.yaml#/paths/~1gone`: cannot read tests/multi_file/dangling/missing.yaml: No such file or directory (os error 2)",
        ]
    );
}

#[test]
fn a_conflicting_duplicate_component_names_both_places() {
    assert_eq!(
        errors("conflict/api.yaml"),
        ["tests/multi_file/conflict/b.yaml:16:5: #/components/schemas/Thing: `Thing` is also defined, differently, at tests/multi_file/conflict/a.yaml:16:5 (#/components/schemas/Thing): the components of every file share the bundle's `#/components/schemas`, so rename one or define it once"]
    );
}

#[test]
fn an_identical_duplicate_component_is_one_component() {
    let a = std::fs::read_to_string(Path::new(FIXTURES).join("conflict/a.yaml")).unwrap();
    let b = std::fs::read_to_string(Path::new(FIXTURES).join("conflict/b.yaml")).unwrap();
    let root = std::fs::read_to_string(Path::new(FIXTURES).join("conflict/api.yaml")).unwrap();
    let b = b.replace(
        "id: {type: integer, format: int64}",
        "id: {type: string}\n        same: {$ref: '#/components/schemas/Same'}",
    );
    let spec = load_in_memory(&[("api.yaml", &root), ("a.yaml", &a), ("b.yaml", &b)])
        .unwrap_or_else(|e| panic!("{e}"));
    let schemas: Vec<&String> = spec
        .document
        .components
        .as_ref()
        .unwrap()
        .schemas
        .keys()
        .collect();
    assert_eq!(schemas, ["Same", "Thing"]);
    codegen::generate_spec(&spec, &codegen::Settings::default()).unwrap_or_else(|e| panic!("{e}"));
}

const ROOT: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://x.test'}]\nsecurity: [{Key: []}]\npaths:\n  /a:\n    $ref: './a.yaml#/paths/~1a'\ncomponents:\n  securitySchemes:\n    Key:\n      $ref: './shared.yaml#/components/securitySchemes/Key'\n";
const SHARED: &str = "components:\n  securitySchemes:\n    Key: {type: apiKey, in: header, name: x-key}\n  schemas:\n    Error:\n      type: object\n      properties:\n        code: {type: string}\n";
const PART: &str = "paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '204': {description: ok}\n        '400':\n          description: bad\n          content:\n            application/json:\n              schema: {$ref: './shared.yaml#/components/schemas/Error'}\n";

#[test]
fn a_component_that_refers_to_its_namesake_in_another_file_is_that_component() {
    let spec = load_in_memory(&[
        ("api.yaml", ROOT),
        ("a.yaml", PART),
        ("shared.yaml", SHARED),
    ])
    .unwrap_or_else(|e| panic!("{e}"));
    let json: serde_json::Value = serde_json::from_str(&spec.to_json().unwrap()).unwrap();
    assert_eq!(
        json["components"]["securitySchemes"]["Key"],
        serde_json::json!({"type": "apiKey", "in": "header", "name": "x-key"})
    );
    let api = codegen::lower::lower(&spec)
        .unwrap_or_else(|e| panic!("{e}"))
        .api;
    assert_eq!(
        api.operations[0].auth.as_ref().unwrap().scheme,
        codegen::model::AuthScheme::Header("x-key".to_owned())
    );
    assert_eq!(
        spec.origin("#/components/securitySchemes/Key/name").file,
        Path::new("shared.yaml")
    );

    // Two files each saying the other defines it.
    let lonely = SHARED.replace(
        "Key: {type: apiKey, in: header, name: x-key}",
        "Key: {$ref: './api.yaml#/components/securitySchemes/Key'}",
    );
    let found = in_memory_errors(&[
        ("api.yaml", ROOT),
        ("a.yaml", PART),
        ("shared.yaml", &lonely),
    ]);
    assert_eq!(
        found,
        ["shared.yaml:3:11: #/components/securitySchemes/Key: `Key` is only ever a `$ref` to a component of the same name, never defined"]
    );
}

#[test]
fn a_path_item_no_ref_names_is_an_error() {
    let part = format!("{PART}  /b:\n    get:\n      operationId: getB\n      responses:\n        '204': {{description: ok}}\n");
    assert_eq!(
        in_memory_errors(&[("api.yaml", ROOT), ("a.yaml", &part), ("shared.yaml", SHARED)]),
        ["a.yaml:12:3: #/paths/~1b: `/b` is not part of the API: no `$ref` names this path item (list it in the root file's `paths`)"]
    );
}

#[test]
fn circular_remote_and_lossy_refs_are_errors() {
    let circular = "paths:\n  /a:\n    get:\n      operationId: getA\n      parameters:\n        - $ref: '#/paths/~1a/get/parameters/0'\n      responses:\n        '204': {description: ok}\n";
    assert_eq!(
        in_memory_errors(&[("api.yaml", ROOT), ("a.yaml", circular), ("shared.yaml", SHARED)]),
        ["a.yaml:6:11: #/paths/~1a/get/parameters/0: `$ref: #/paths/~1a/get/parameters/0` is circular: it is inside what it points at"]
    );
    let remote = PART.replace("./shared.yaml", "https://example.test/shared.yaml");
    assert_eq!(
        in_memory_errors(&[("api.yaml", ROOT), ("a.yaml", &remote), ("shared.yaml", SHARED)]),
        ["a.yaml:11:24: #/paths/~1a/get/responses/400/content/application~1json/schema: `$ref: https://example.test/shared.yaml#/components/schemas/Error` is not supported: a `$ref` may name another file only by a path relative to its own file"]
    );
    let beside = ROOT.replace(
        "    $ref: './a.yaml#/paths/~1a'\n",
        "    $ref: './a.yaml#/paths/~1a'\n    summary: Lost in the bundle.\n",
    );
    assert_eq!(
        in_memory_errors(&[("api.yaml", &beside), ("a.yaml", PART), ("shared.yaml", SHARED)]),
        ["api.yaml:7:5: #/paths/~1a: `$ref: ./a.yaml#/paths/~1a` is replaced by what it points at, so what is beside it (`summary`) would be lost: move it into the node the `$ref` points at"]
    );
}

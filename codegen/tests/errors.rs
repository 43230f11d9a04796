//! Bad specs: every problem is reported with the file, line, column and JSON
//! pointer of its cause, and nothing panics.

use std::path::Path;

fn errors(yaml: &str) -> Vec<String> {
    let result = codegen::Spec::parse(Path::new("api.yaml"), yaml)
        .and_then(|spec| codegen::generate_spec(&spec, &codegen::Settings::default()));
    match result {
        Ok(_) => panic!("the spec was accepted"),
        Err(codegen::Error::Spec(errors)) => errors.iter().map(ToString::to_string).collect(),
        Err(other) => panic!("unexpected error: {other}"),
    }
}

/// A minimal valid document around `paths` and `schemas` (both indented for their place).
fn spec(paths: &str, schemas: &str) -> String {
    format!(
        "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\nservers:\n  - url: https://x.test\npaths:\n{paths}components:\n  schemas:\n{schemas}"
    )
}

const OK_SCHEMAS: &str =
    "    Thing:\n      type: object\n      properties:\n        id: {type: string}\n";

#[test]
fn the_valid_base_is_accepted() {
    let base = spec("  {}\n", OK_SCHEMAS);
    let spec = codegen::Spec::parse(Path::new("api.yaml"), &base).unwrap();
    codegen::generate_spec(&spec, &codegen::Settings::default()).unwrap();
}

#[test]
fn a_yaml_syntax_error_names_file_line_and_column() {
    let yaml = "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\npaths:\n  /x: [unclosed\n";
    let errors = errors(yaml);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].starts_with("api.yaml:7:1: "), "{}", errors[0]);
    assert!(
        errors[0].contains("did not find expected ',' or ']'"),
        "{}",
        errors[0]
    );
}

#[test]
fn a_structural_error_names_its_pointer() {
    let yaml = "openapi: 3.0.3\ninfo:\n  title: [t]\n  version: '1'\npaths: {}\n";
    let errors = errors(yaml);
    assert_eq!(
        errors,
        vec!["api.yaml:3:10: #/info/title: invalid type: sequence, expected a string"]
    );
}

#[test]
fn a_dangling_ref_names_line_and_pointer() {
    let paths = "  /things:\n    get:\n      operationId: getThing\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Nope'\n";
    let errors = errors(&spec(paths, OK_SCHEMAS));
    assert_eq!(
        errors,
        vec!["api.yaml:16:15: #/paths/~1things/get/responses/200/content/application~1json/schema: `$ref: #/components/schemas/Nope` points at a schema that does not exist"]
    );
}

#[test]
fn a_ref_into_a_node_that_does_not_exist_names_line_and_pointer() {
    let paths = "  /things:\n    get:\n      operationId: getThing\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Thing/properties/nope'\n  /others:\n    get:\n      operationId: getOther\n      responses:\n        '500':\n          $ref: '#/info'\n";
    let errors = errors(&spec(paths, OK_SCHEMAS));
    assert_eq!(
        errors,
        vec![
            "api.yaml:16:15: #/paths/~1things/get/responses/200/content/application~1json/schema: `$ref: #/components/schemas/Thing/properties/nope` points at nothing: the document has no node there",
            "api.yaml:22:9: #/paths/~1others/get/responses/500: `$ref: #/info` does not point at a response",
        ]
    );
}

#[test]
fn a_problem_in_a_node_a_ref_points_at_is_located_where_it_is_written() {
    let paths = "  /things:\n    get:\n      operationId: getThing\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Thing/properties/kind'\n";
    let schemas = "    Thing:\n      type: object\n      properties:\n        kind:\n          type: object\n          required: [a]\n          properties:\n            a: {type: string, enum: [x], x-enum-descriptions: [1, 2]}\n";
    let errors = errors(&spec(paths, schemas));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("api.yaml:27:42: #/components/schemas/Thing/properties/kind/properties/a/x-enum-descriptions: "),
        "{errors:?}"
    );
}

/// What lowering `yaml` warns about (it must be accepted).
fn warnings(yaml: &str) -> Vec<String> {
    let spec = codegen::Spec::parse(Path::new("api.yaml"), yaml).unwrap();
    let lowered = codegen::lower::lower(&spec).unwrap_or_else(|e| panic!("{e}"));
    lowered.warnings.iter().map(ToString::to_string).collect()
}

#[test]
fn a_multipart_body_of_no_properties_is_a_map_of_parts_with_a_warning_at_its_pointer() {
    let paths = "  /v1.0/storage/spaces:\n    post:\n      operationId: addSpace\n      requestBody:\n        content:\n          multipart/form-data:\n            schema: {type: array, items: {type: string}}\n      responses:\n        '204':\n          description: ok\n";
    assert_eq!(
        warnings(&spec(paths, OK_SCHEMAS)),
        vec!["api.yaml:14:13: #/paths/~1v1.0~1storage~1spaces/post/requestBody/content/multipart~1form-data/schema: a `multipart/form-data` body is the parts of an object's fields, which this schema is not: it is a map of any JSON, each entry a part"]
    );
}

#[test]
fn what_has_no_exact_rust_form_is_a_warning_with_its_place_not_a_refusal() {
    let schemas = "    Both:\n      allOf:\n        - {type: object}\n        - {type: string}\n    Bad:\n      type: object\n      properties:\n        n: {type: integer, format: int128}\n        code: {type: string, pattern: '(?<=a)b'}\n";
    let found = warnings(&spec("  {}\n", schemas));
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(
        found[0],
        "api.yaml:11:5: #/components/schemas/Both: `allOf` of other than objects has no Rust form here; it is read as any JSON"
    );
    assert_eq!(
        found[1],
        "api.yaml:18:28: #/components/schemas/Bad/properties/n/format: integer format `int128` is read as int64"
    );
    assert!(
        found[2].starts_with("api.yaml:19:30: #/components/schemas/Bad/properties/code/pattern: `pattern` is not checked: Rust's regex cannot compile it (error: look-around"),
        "{}",
        found[2]
    );
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let paths = "  /a/{id}:\n    get:\n      responses:\n        '200': {description: ok}\n  /b:\n    get:\n      operationId: b\n      parameters:\n        - {name: c, in: cookie, schema: {type: string}}\n      responses:\n        '200': {description: ok}\n  /c:\n    get:\n      operationId: c\n      parameters:\n        - {name: x, in: path, required: true, schema: {type: string}}\n      responses:\n        '200': {description: ok}\n";
    let errors = errors(&spec(paths, OK_SCHEMAS));
    assert_eq!(
        errors,
        vec![
            "api.yaml:16:11: #/paths/~1b/get/parameters/0: cookie parameters are not supported",
            "api.yaml:20:5: #/paths/~1c/get: path parameter `x` does not appear in the path `/c`",
        ]
    );
}

#[test]
fn a_placeholder_no_parameter_declares_is_a_string_input_with_a_warning() {
    let paths = "  /a/{id}:\n    get:\n      operationId: a\n      responses:\n        '200': {description: ok}\n  /s?q={q}:\n    get:\n      operationId: s\n      responses:\n        '200': {description: ok}\n";
    assert_eq!(
        warnings(&spec(paths, OK_SCHEMAS)),
        vec![
            "api.yaml:9:5: #/paths/~1a~1{id}/get: the path has `{id}` but no path parameter `id` is declared: it is a `String` path parameter",
            "api.yaml:14:5: #/paths/~1s?q={q}/get: the path has a query, `?q={q}`: it is sent as query parameters",
            "api.yaml:14:5: #/paths/~1s?q={q}/get: the query has `{q}` but no query parameter `q` is declared: it is a `String` query parameter",
        ]
    );
}

#[test]
fn names_that_collide_in_rust_are_made_distinct() {
    let schemas = "    Mode:\n      type: string\n      enum: [read-only, READ_ONLY, other, '+1', '']\n    Twin:\n      type: object\n      properties:\n        userId: {type: string}\n        user_id: {type: string}\n    twin:\n      type: string\n";
    let yaml = spec("  {}\n", schemas);
    let spec = codegen::Spec::parse(Path::new("api.yaml"), &yaml).unwrap();
    let api = codegen::lower::lower(&spec)
        .unwrap_or_else(|e| panic!("{e}"))
        .api;
    let names: Vec<&str> = api.types.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Mode", "Twin", "Twin2"]);
    let codegen::model::TypeKind::Enum(values) = &api.types[0].kind else {
        panic!("an enum")
    };
    let variants: Vec<&str> = values.iter().map(|v| v.variant.as_str()).collect();
    assert_eq!(
        variants,
        ["ReadOnly", "ReadOnly2", "OtherValue", "Plus1", "Empty"]
    );
    let codegen::model::TypeKind::Struct(fields) = &api.types[1].kind else {
        panic!("a struct")
    };
    let fields: Vec<&str> = fields.iter().map(|f| f.rust_name.as_str()).collect();
    assert_eq!(fields, ["user_id", "user_id_2"]);
    // And the code compiles as far as syntax goes.
    codegen::generate_spec(&spec, &codegen::Settings::default()).unwrap();
}

#[test]
fn duplicate_operation_ids_are_errors() {
    let paths = "  /a:\n    get:\n      operationId: same\n      responses:\n        '200': {description: ok}\n  /b:\n    get:\n      operationId: same\n      responses:\n        '200': {description: ok}\n";
    let errors = errors(&spec(paths, OK_SCHEMAS));
    assert_eq!(
        errors,
        vec!["api.yaml:15:7: #/paths/~1b/get/operationId: operationId `same` is not unique: it clashes with the operation at #/paths/~1a/get"]
    );
}

#[test]
fn an_unreadable_file_is_an_io_error() {
    let err = codegen::generate(
        Path::new("tests/fixtures/no-such-file.yaml"),
        &codegen::Settings::default(),
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("cannot read tests/fixtures/no-such-file.yaml: "),
        "{err}"
    );
}

#[test]
fn vendor_extensions_are_checked() {
    let paths = "  /a:\n    get:\n      operationId: a\n      x-pagination: {cursorParameter: token, cursorField: next, itemsField: items}\n      x-idempotent: sometimes\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Thing'}\n";
    let found = errors(&spec(paths, OK_SCHEMAS));
    assert_eq!(
        found,
        vec![
            "api.yaml:12:7: #/paths/~1a/get/x-idempotent: `x-idempotent` must be `true` or `false`"
        ]
    );
    let fixed = spec(paths, OK_SCHEMAS).replace("      x-idempotent: sometimes\n", "");
    assert_eq!(
        errors(&fixed),
        vec!["api.yaml:11:7: #/paths/~1a/get/x-pagination: `cursorParameter: token` must name an optional string input of the operation or an integer one, or a path to one inside an input (`option.nextToken`) through objects whose properties are all optional"]
    );
}

#[test]
fn inputs_named_like_each_other_or_like_the_builders_own_names_are_renamed() {
    let paths = "  /a/{id}:\n    get:\n      operationId: a\n      parameters:\n        - {name: id, in: path, required: true, schema: {type: string}}\n        - {name: id, in: query, schema: {type: string}}\n        - {name: timeout, in: query, schema: {type: integer}}\n      responses:\n        '204': {description: ok}\n";
    let yaml = spec(paths, OK_SCHEMAS);
    let spec = codegen::Spec::parse(Path::new("api.yaml"), &yaml).unwrap();
    let api = codegen::lower::lower(&spec)
        .unwrap_or_else(|e| panic!("{e}"))
        .api;
    let names: Vec<(&str, &str)> = api.operations[0]
        .inputs
        .iter()
        .map(|i| (i.wire_name.as_str(), i.rust_name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("id", "id"),
            ("id", "id_query"),
            ("timeout", "timeout_query")
        ]
    );
}

#[test]
fn component_refs_must_name_a_component_of_their_section() {
    let paths = "  /a:\n    post:\n      operationId: a\n      parameters:\n        - $ref: '#/components/parameters/Nope'\n      requestBody:\n        $ref: '#/components/requestBodies/Alias'\n      responses:\n        '204': {description: ok}\n";
    let yaml = spec(paths, OK_SCHEMAS).replace(
        "components:\n",
        "components:\n  requestBodies:\n    Alias:\n      $ref: '#/components/requestBodies/Other'\n",
    );
    let found = errors(&yaml);
    assert_eq!(
        found,
        vec!["api.yaml:12:15: #/paths/~1a/post/parameters/0: `$ref: #/components/parameters/Nope` does not point at a parameter"]
    );
    let fixed = yaml.replace(
        "      parameters:\n        - $ref: '#/components/parameters/Nope'\n",
        "",
    );
    assert_eq!(
        errors(&fixed),
        vec!["api.yaml:17:5: #/components/requestBodies/Alias: `$ref: #/components/requestBodies/Other` does not point at a request body"]
    );
}

#[test]
fn refs_that_go_round_in_a_circle_are_errors_not_a_stack_overflow() {
    let schemas = "    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n    Me: {$ref: '#/components/schemas/Me'}\n    Thing:\n      type: object\n      properties:\n        a: {$ref: '#/components/schemas/A'}\n";
    let errors = errors(&spec("  {}\n", schemas));
    assert!(!errors.is_empty());
    for error in &errors {
        assert!(
            error.contains("go round in a circle and never reach a schema"),
            "{error}"
        );
    }
    assert!(errors.iter().any(|e| e.contains("A → B → A")), "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("Me → Me")), "{errors:?}");
}

#[test]
fn prelude_types_are_named_by_their_path_only_where_a_generated_type_shadows_them() {
    // The builder of `vec` is a type `Vec`, so the prelude's `Vec` is named by its path.
    let paths = "  /v:\n    get:\n      operationId: vec\n      parameters:\n        - {name: ids, in: query, schema: {type: array, items: {type: string}}}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Thing'}\n";
    let spec = codegen::Spec::parse(Path::new("api.yaml"), &spec(paths, OK_SCHEMAS)).unwrap();
    let files = codegen::generate_spec(&spec, &codegen::Settings::default())
        .unwrap_or_else(|e| panic!("{e}"))
        .files;
    let text = |name: &str| &files.iter().find(|f| f.name == name).unwrap().contents;
    let (models, operations) = (text("models.rs"), text("mod.rs"));
    let compact: String = operations.split_whitespace().collect();
    assert!(
        compact.contains(
            r#"rt::request!(Vec:"vec",Client::vec{ids:Option<::std::vec::Vec<String>>})"#
        ),
        "{operations}"
    );
    assert!(models.contains("pub id: Option<String>,"), "{models}");
}

#[test]
fn names_that_cannot_be_raw_identifiers_still_generate() {
    let paths = "  /self:\n    get:\n      operationId: self\n      parameters:\n        - {name: crate, in: query, schema: {type: string}}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Mode'}\n";
    let schemas = "    Mode: {type: string, enum: [self, super, x]}\n";
    let spec = codegen::Spec::parse(Path::new("api.yaml"), &spec(paths, schemas)).unwrap();
    let files = codegen::generate_spec(&spec, &codegen::Settings::default())
        .unwrap_or_else(|e| panic!("{e}"))
        .files;
    let operations = &files.iter().find(|f| f.name == "mod.rs").unwrap().contents;
    assert!(operations.contains("pub fn self_("), "{operations}");
    assert!(operations.contains("pub fn crate_("), "{operations}");
    let models = &files
        .iter()
        .find(|f| f.name == "models.rs")
        .unwrap()
        .contents;
    assert!(
        models.contains("Self_,") && models.contains("Super,"),
        "{models}"
    );
}

#[test]
fn an_openapi_3_1_document_is_read_and_what_it_gives_up_is_a_warning_at_its_place() {
    let yaml = "info:\n  title: t\n  version: '1'\nopenapi: 3.1.0\npaths:\n  /things:\n    get:\n      operationId: getThing\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                type: [object, 'null']\n                properties:\n                  kind: {const: thing}\n                  note: {type: 'null'}\n                  at: {type: array, prefixItems: [{type: number}]}\n                examples: [{kind: thing}]\n";
    assert_eq!(
        warnings(yaml),
        vec![
            "api.yaml:19:37: #/paths/~1things/get/responses/200/content/application~1json/schema/properties/at/prefixItems: `prefixItems` has no Rust form here and is not checked",
            "api.yaml:19:19: #/paths/~1things/get/responses/200/content/application~1json/schema/properties/at: an array schema without `items`: its items are read as any JSON",
        ]
    );
    let version = yaml.replace("3.1.0", "3.2.0");
    assert_eq!(
        errors(&version),
        vec![
            "api.yaml:4:1: #/openapi: OpenAPI version `3.2.0` is not supported; use 3.0.x or 3.1.x"
        ]
    );
}

#[test]
fn a_json_document_of_another_version_names_its_line() {
    let json = "{\n  \"swagger\": \"2.0\",\n  \"info\": {\"title\": \"t\", \"version\": \"1\"},\n  \"paths\": {}\n}\n";
    let errors = errors(json);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("api.yaml:2:3: #/swagger: Swagger (OpenAPI) `2.0` is not supported"),
        "{}",
        errors[0]
    );
    let old =
        "{\"openapi\": \"4.0.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {}}";
    assert_eq!(
        self::errors(old),
        vec![
            "api.yaml:1:2: #/openapi: OpenAPI version `4.0.0` is not supported; use 3.0.x or 3.1.x"
        ]
    );
}

#[test]
fn json_that_yaml_cannot_read_is_read_as_json() {
    // A C1 control character in a string, and an integer beyond 64 bits.
    let json = "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"},\n\"servers\": [{\"url\": \"https://x.test\"}], \"paths\": {},\n\"components\": {\"schemas\": {\"Thing\": {\"type\": \"object\", \"description\": \"a\u{9f}b\",\n\"properties\": {\"n\": {\"type\": \"integer\", \"minimum\": -9223372036854776000}}}}}}\n";
    let spec = codegen::Spec::parse(Path::new("api.json"), json).unwrap_or_else(|e| panic!("{e}"));
    codegen::generate_spec(&spec, &codegen::Settings::default()).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_setting_that_is_not_a_rust_path_is_an_error_naming_it() {
    let paths = "  /a:\n    get:\n      operationId: a\n      tags: [things]\n      responses: {'204': {description: ok}}\n";
    let spec = codegen::Spec::parse(Path::new("api.yaml"), &spec(paths, OK_SCHEMAS)).unwrap();
    let settings = codegen::Settings::default()
        .module_per_tag(true)
        .module_extension("things", "crate::not a path");
    let message = codegen::generate_spec(&spec, &settings)
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("module extension `crate::not a path` is not a Rust path"),
        "{message}"
    );
    let settings = codegen::Settings::default()
        .module_per_tag(true)
        .module_extension("things", "crate::extra");
    let files = codegen::generate_spec(&spec, &settings).unwrap().files;
    let module = &files
        .iter()
        .find(|f| f.name == "things.rs")
        .unwrap()
        .contents;
    assert!(module.contains("pub use crate::extra::*;"), "{module}");
}

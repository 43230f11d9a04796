//! Model-level tests: spec fragments lowered into the intermediate model.

use std::path::Path;

use codegen::model::{Api, AuthScheme, Constraints, ErrorShape, Location};

fn lower(yaml: &str) -> Api {
    let spec = codegen::Spec::parse(Path::new("api.yaml"), yaml).unwrap_or_else(|e| panic!("{e}"));
    codegen::lower::lower(&spec).unwrap_or_else(|e| panic!("{e}"))
}

const REFERENCED_RULES: &str = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
servers: [{url: 'https://x.test'}]
paths:
  /things:
    post:
      operationId: addThing
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/NewThing'}
      responses:
        '204': {description: ok}
components:
  schemas:
    Id: {type: string, minLength: 1, maxLength: 8, pattern: '^[a-z]+$'}
    Secret: {type: string, format: password}
    Tags:
      type: array
      maxItems: 2
      items: {type: string}
    Count: {type: integer, format: int32, minimum: 1}
    Kind: {type: string, enum: [a, b], maxLength: 1}
    NewThing:
      type: object
      required: [id]
      properties:
        id: {$ref: '#/components/schemas/Id'}
        inline: {type: string, maxLength: 3}
        secret: {$ref: '#/components/schemas/Secret'}
        tags: {$ref: '#/components/schemas/Tags'}
        count: {$ref: '#/components/schemas/Count'}
        kind: {$ref: '#/components/schemas/Kind'}
"#;

#[test]
fn a_ref_carries_the_rules_of_the_schema_it_names() {
    let api = lower(REFERENCED_RULES);
    let inputs = &api.operations[0].inputs;
    let input = |name: &str| {
        inputs
            .iter()
            .find(|i| i.wire_name == name)
            .unwrap_or_else(|| panic!("no input {name}"))
    };
    assert!(inputs.iter().all(|i| i.location == Location::Body));
    assert_eq!(
        input("id").constraints,
        Constraints {
            min_length: Some(1),
            max_length: Some(8),
            pattern: Some("^[a-z]+$".to_owned()),
            ..Constraints::default()
        }
    );
    assert_eq!(input("inline").constraints.max_length, Some(3));
    assert_eq!(input("tags").constraints.max_items, Some(2));
    assert_eq!(input("count").constraints.minimum, Some(1.0));
    assert!(input("secret").secret, "format: password through a $ref");
    assert!(!input("id").secret);
    // Enum values are fixed: length rules on them are not checked.
    assert!(input("kind").constraints.is_empty());
}

/// The notes fixture: bearer auth, a nested error body, `X-Request-Id`, a nested cursor.
fn notes() -> Api {
    let yaml = std::fs::read_to_string("tests/fixtures/notes.yaml").unwrap();
    lower(&yaml)
}

#[test]
fn the_request_id_header_and_error_shape_are_found_by_convention() {
    let api = notes();
    assert_eq!(api.request_id_header.as_deref(), Some("x-request-id"));
    assert_eq!(
        api.error_shape,
        ErrorShape {
            code: vec!["error".into(), "code".into()],
            message: vec!["error".into(), "message".into()],
            request_id: vec!["traceId".into()],
        }
    );
    let flat = lower(&REFERENCED_RULES.replace(
        "      responses:\n        '204': {description: ok}",
        "      responses:\n        '204': {description: ok}\n        '400':\n          description: bad\n          headers:\n            x-acs-request-id: {schema: {type: string}}\n          content:\n            application/json:\n              schema:\n                type: object\n                properties:\n                  Code: {type: string}\n                  errmsg: {type: string}\n                  RequestId: {type: string}",
    ));
    assert_eq!(flat.request_id_header.as_deref(), Some("x-acs-request-id"));
    assert_eq!(
        flat.error_shape,
        ErrorShape {
            code: vec!["Code".into()],
            message: vec!["errmsg".into()],
            request_id: vec!["RequestId".into()],
        }
    );
    assert_eq!(lower(REFERENCED_RULES).error_shape, ErrorShape::default());
}

#[test]
fn bearer_schemes_and_nested_cursors_are_lowered() {
    let api = notes();
    let list = &api.operations[0];
    let auth = list.auth.as_ref().unwrap();
    assert_eq!(auth.scheme, AuthScheme::Bearer);
    assert_eq!(auth.invalid_token_error_codes, ["token_expired"]);
    let pagination = list.pagination.as_ref().unwrap();
    assert_eq!(pagination.cursor_field, "meta.nextCursor");
    assert_eq!(
        pagination.cursor_path,
        [
            ("meta".to_owned(), false),
            ("next_cursor".to_owned(), false)
        ]
    );
    assert_eq!(pagination.items_field, "data");
}

//! Model-level tests: spec fragments lowered into the intermediate model, grouped
//! by the module of `codegen::lower` that lowers each construct.

use std::path::Path;

use codegen::lower::Lowered;
use codegen::SpecError;

use codegen::model::{
    Api, Auth, AuthScheme, Body, Constraints, Encoding, EnumValue, ErrorResponse, ErrorShape,
    Field, Input, Location, Method, Operation, Pagination, Server, Style, Type, TypeDef, TypeKind,
};

fn lower(yaml: &str) -> Api {
    lowered(yaml).api
}

/// The model of `yaml` with the warnings lowering gives.
fn lowered(yaml: &str) -> Lowered {
    let spec = codegen::Spec::parse(Path::new("api.yaml"), yaml).unwrap_or_else(|e| panic!("{e}"));
    codegen::lower::lower(&spec).unwrap_or_else(|e| panic!("{e}"))
}

/// The problems lowering finds in `yaml` (which must parse), each as `pointer: message`.
fn lower_errors(yaml: &str) -> Vec<String> {
    let spec = codegen::Spec::parse(Path::new("api.yaml"), yaml).unwrap_or_else(|e| panic!("{e}"));
    match codegen::lower::lower(&spec) {
        Ok(_) => panic!("the spec was accepted"),
        Err(e) => e
            .spec_errors()
            .iter()
            .map(|e| format!("{}: {}", e.pointer.as_deref().unwrap_or(""), e.message))
            .collect(),
    }
}

/// Warnings, each as `pointer: message`.
fn messages(warnings: &[SpecError]) -> Vec<String> {
    warnings
        .iter()
        .map(|w| {
            format!(
                "{}: {}",
                w.pointer.as_deref().unwrap_or_default(),
                w.message
            )
        })
        .collect()
}

/// A document with `paths` and `components`, each indented for its place.
fn doc(paths: &str, components: &str) -> String {
    format!(
        "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\nservers: [{{url: 'https://x.test/'}}]\npaths:\n{paths}components:\n{components}"
    )
}

/// A document with no paths and the given component schemas.
fn schemas(schemas: &str) -> String {
    doc("  {}\n", &format!("  schemas:\n{schemas}"))
}

fn type_def<'a>(api: &'a Api, name: &str) -> &'a TypeDef {
    api.types
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no type {name} in {:?}", type_names(api)))
}

fn type_names(api: &Api) -> Vec<&str> {
    api.types.iter().map(|t| t.name.as_str()).collect()
}

fn struct_fields<'a>(api: &'a Api, name: &str) -> &'a [Field] {
    match &type_def(api, name).kind {
        TypeKind::Struct(fields) => fields,
        other => panic!("{name} is not a struct: {other:?}"),
    }
}

fn field<'a>(api: &'a Api, owner: &str, json_name: &str) -> &'a Field {
    struct_fields(api, owner)
        .iter()
        .find(|f| f.json_name == json_name)
        .unwrap_or_else(|| panic!("no field {json_name} in {owner}"))
}

fn operation<'a>(api: &'a Api, id: &str) -> &'a Operation {
    api.operations
        .iter()
        .find(|o| o.id == id)
        .unwrap_or_else(|| panic!("no operation {id}"))
}

fn input<'a>(op: &'a Operation, wire_name: &str) -> &'a Input {
    op.inputs
        .iter()
        .find(|i| i.wire_name == wire_name)
        .unwrap_or_else(|| panic!("no input {wire_name} in {}", op.id))
}

fn named(name: &str) -> Type {
    Type::Named(name.to_owned())
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

// ---- the document (lower/mod.rs) ---------------------------------------------------

#[test]
fn the_document_gives_title_servers_and_operations_in_order() {
    let yaml = doc(
        "  /b:\n    get:\n      operationId: b\n      summary: Gets b.\n      description: |\n        More about b.\n\n        Even more.\n      responses: {'204': {description: ok}}\n  /a:\n    get:\n      operationId: a\n      description: Only a description.\n      responses: {'204': {description: ok}}\n",
        "  {}\n",
    )
    .replace(
        "servers: [{url: 'https://x.test/'}]",
        "servers: [{url: 'https://x.test/api/', description: Main.}, {url: 'https://y.test'}]",
    );
    let api = lower(&yaml);
    assert_eq!(api.title, "t");
    assert_eq!(api.source_name, "api.yaml");
    // Trailing slashes are dropped: paths start with one.
    assert_eq!(
        api.servers,
        [
            Server {
                url: "https://x.test/api".to_owned(),
                description: Some("Main.".to_owned()),
            },
            Server {
                url: "https://y.test".to_owned(),
                description: None,
            },
        ]
    );
    let operations: Vec<(&str, &str, Method)> = api
        .operations
        .iter()
        .map(|o| (o.id.as_str(), o.path.as_str(), o.method))
        .collect();
    assert_eq!(
        operations,
        [("b", "/b", Method::Get), ("a", "/a", Method::Get)]
    );
    // The summary, a blank line, then the description.
    assert_eq!(
        operation(&api, "b").doc,
        ["Gets b.", "", "More about b.", "", "Even more."]
    );
    assert_eq!(operation(&api, "a").doc, ["Only a description."]);
}

#[test]
fn every_problem_in_the_document_is_reported() {
    let yaml = doc(
        "  /a/{x}:\n    get:\n      operationId: a\n      responses: {'204': {description: ok}}\n  /b/{y}:\n    get:\n      operationId: b\n      parameters: [{name: y, in: path, schema: {type: string}}]\n      responses: {'204': {description: ok}}\n  /c:\n    get:\n      operationId: c\n      parameters: [{name: z, in: path, required: true, schema: {type: string}}]\n      responses: {'204': {description: ok}}\n",
        "  {}\n",
    );
    assert_eq!(
        lower_errors(&yaml),
        [
            "#/paths/~1b~1{y}/get/parameters/0: path parameters must be `required: true`",
            "#/paths/~1c/get: path parameter `z` does not appear in the path `/c`",
        ]
    );
}

#[test]
fn a_server_with_an_undeclared_url_variable_is_left_out_with_a_warning() {
    let yaml = doc(
        "  /a:\n    get:\n      operationId: a\n      responses: {'204': {description: ok}}\n",
        "  {}\n",
    )
    .replace(
        "servers: [{url: 'https://x.test/'}]",
        "servers: [{url: 'https://{region}.x.test'}, {url: 'https://y.test'}]",
    );
    let Lowered { api, warnings } = lowered(&yaml);
    assert_eq!(
        api.servers,
        [Server {
            url: "https://y.test".to_owned(),
            description: None,
        }]
    );
    assert_eq!(
        messages(&warnings),
        ["#/servers/0/url: the URL variable `region` is not declared in `variables`, so the server is not a default base URL; clients set one with `base_url`"]
    );
}

// ---- names (lower/names.rs) ---------------------------------------------------------

#[test]
fn property_names_become_snake_case_fields_and_keywords_are_kept_for_emission() {
    let yaml = schemas(
        "    Thing:\n      type: object\n      properties:\n        type: {type: string}\n        self: {type: string}\n        userId: {type: string}\n        2fa: {type: boolean}\n        HTTPStatus: {type: integer}\n",
    );
    let api = lower(&yaml);
    let rust_names: Vec<&str> = struct_fields(&api, "Thing")
        .iter()
        .map(|f| f.rust_name.as_str())
        .collect();
    // `type` stays `type` in the model and emission writes it as `r#type`; `self`
    // cannot be a raw identifier, so it gets a trailing `_`.
    assert_eq!(
        rust_names,
        ["type", "self_", "user_id", "_2fa", "http_status"]
    );
    let spec = codegen::Spec::parse(Path::new("api.yaml"), &yaml).unwrap();
    let files = codegen::generate_spec(&spec, &codegen::Settings::default())
        .unwrap()
        .files;
    let models = files.iter().find(|f| f.name == "models.rs").unwrap();
    assert!(models.contents.contains("pub r#type: "));
    assert!(models.contents.contains("pub self_: "));
}

#[test]
fn schema_names_become_camel_case_types_and_self_gets_a_trailing_underscore() {
    let api = lower(&schemas(
        "    pet-owner: {type: object, properties: {id: {type: string}}}\n    status_code: {type: string, enum: [a]}\n    self: {type: string}\n",
    ));
    assert_eq!(type_names(&api), ["PetOwner", "StatusCode", "Self_"]);
    // A name already taken gets a number, and `$ref`s follow it.
    let api = lower(&schemas(
        "    Thing: {type: string}\n    thing: {type: object, properties: {again: {$ref: '#/components/schemas/thing'}}}\n",
    ));
    assert_eq!(type_names(&api), ["Thing", "Thing2"]);
    assert_eq!(field(&api, "Thing2", "again").ty, named("Thing2"));
}

#[test]
fn operation_ids_name_the_method_in_snake_case_and_the_builder_in_camel_case() {
    let paths = "  /a:\n    get:\n      operationId: listSpaceMembers\n      responses: {'204': {description: ok}}\n  /b:\n    get:\n      operationId: get-file_info\n      responses: {'204': {description: ok}}\n";
    let api = lower(&doc(paths, "  {}\n"));
    let names: Vec<(&str, &str)> = api
        .operations
        .iter()
        .map(|o| (o.method_name.as_str(), o.builder_name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("list_space_members", "ListSpaceMembers"),
            ("get_file_info", "GetFileInfo")
        ]
    );
    // An operation without an id is named after its method and path; odd ids are made usable.
    let odd = "  /users/{userId}/repos:\n    get:\n      parameters:\n        - {name: userId, in: path, required: true, schema: {type: string}}\n      responses: {'204': {description: ok}}\n  /a:\n    get:\n      operationId: 2fa\n      responses: {'204': {description: ok}}\n";
    let api = lower(&doc(odd, "  {}\n"));
    let names: Vec<(&str, &str, &str)> = api
        .operations
        .iter()
        .map(|o| {
            (
                o.id.as_str(),
                o.method_name.as_str(),
                o.builder_name.as_str(),
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            (
                "get_users_by_user_id_repos",
                "get_users_by_user_id_repos",
                "GetUsersByUserIdRepos"
            ),
            ("2fa", "_2fa", "V2fa"),
        ]
    );
}

#[test]
fn enum_values_become_camel_case_variants_with_digits_prefixed() {
    let api = lower(&schemas(
        "    Mode:\n      type: string\n      enum: [read-only, 3d, snake_case]\n",
    ));
    let TypeKind::Enum(values) = &type_def(&api, "Mode").kind else {
        panic!("Mode is not an enum");
    };
    let variants: Vec<&str> = values.iter().map(|v| v.variant.as_str()).collect();
    assert_eq!(variants, ["ReadOnly", "V3d", "SnakeCase"]);
    // `Other` holds the values the client does not know, so the value `other` is `OtherValue`;
    // values with no letter are spelled out; ones that give the same name get a number.
    let api = lower(&schemas(
        "    Mode: {type: string, enum: [other, '+1', '-1', '*', '', Other, ünï]}\n",
    ));
    let TypeKind::Enum(values) = &type_def(&api, "Mode").kind else {
        panic!("Mode is not an enum");
    };
    let variants: Vec<&str> = values.iter().map(|v| v.variant.as_str()).collect();
    assert_eq!(
        variants,
        [
            "OtherValue",
            "Plus1",
            "Minus1",
            "Star",
            "Empty",
            "OtherValue2",
            "N"
        ]
    );
}

// ---- refs (lower/refs.rs) -----------------------------------------------------------

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
    let yaml = std::fs::read_to_string("tests/fixtures/notes/spec.yaml").unwrap();
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

#[test]
fn a_ref_to_a_ref_resolves_to_the_schema_at_the_end() {
    let api = lower(&schemas(
        "    Handle: {$ref: '#/components/schemas/Name'}\n    Name: {type: string, maxLength: 3, description: A short name.}\n    User:\n      type: object\n      properties:\n        handle: {$ref: '#/components/schemas/Handle'}\n",
    ));
    assert_eq!(
        type_def(&api, "Handle").kind,
        TypeKind::Alias(named("Name"))
    );
    let handle = field(&api, "User", "handle");
    assert_eq!(handle.ty, named("Handle"));
    // The field carries the documentation and rules of the schema at the end of the chain.
    assert_eq!(handle.doc, ["A short name."]);
    assert_eq!(handle.constraints.max_length, Some(3));
}

#[test]
fn parameter_request_body_and_response_components_are_resolved() {
    let paths = "  /things:\n    post:\n      operationId: addThing\n      parameters:\n        - $ref: '#/components/parameters/Limit'\n      requestBody: {$ref: '#/components/requestBodies/Names'}\n      responses:\n        '200': {$ref: '#/components/responses/Thing'}\n        '400': {$ref: '#/components/responses/Problem'}\n";
    let components = "  parameters:\n    Limit:\n      name: limit\n      in: query\n      description: At most this many.\n      schema: {type: integer, format: int32, minimum: 1}\n  requestBodies:\n    Names:\n      description: The names.\n      content:\n        application/json:\n          schema: {type: array, items: {type: string}}\n  responses:\n    Thing:\n      description: ok\n      content:\n        application/json:\n          schema: {$ref: '#/components/schemas/Thing'}\n    Problem: {description: A problem.}\n  schemas:\n    Thing: {type: object, properties: {id: {type: string}}}\n";
    let api = lower(&doc(paths, components));
    let op = operation(&api, "addThing");
    let limit = input(op, "limit");
    assert_eq!(
        (limit.location, &limit.ty, &limit.doc, limit.required),
        (
            Location::Query,
            &Type::I32,
            &strings(&["At most this many."]),
            false
        )
    );
    assert_eq!(limit.constraints.minimum, Some(1.0));
    assert_eq!(
        op.body,
        Some(Body::Whole(Type::Vec(Box::new(Type::String))))
    );
    assert_eq!(input(op, "body").doc, ["The names."]);
    assert_eq!(op.response(), Some(&named("Thing")));
    assert_eq!(
        op.errors,
        [ErrorResponse {
            status: "400".to_owned(),
            examples: Vec::new(),
            variant: "BadRequest".to_owned(),
            doc: strings(&["A problem."]),
            ty: None,
        }]
    );
}

const DEEP_REFS: &str = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
servers: [{url: 'https://x.test'}]
paths:
  /pets/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      operationId: getPet
      parameters:
        - {name: fields, in: query, schema: {type: object, properties: {all: {type: boolean}}}}
      responses:
        '200':
          description: The pet.
          content:
            application/json:
              schema:
                type: object
                properties:
                  owner: {$ref: '#/components/schemas/Pet/properties/owner'}
                  tags: {$ref: '#/components/schemas/Pet/properties/tags/items'}
        '404':
          description: No such pet.
          content:
            application/json:
              schema: {type: object, properties: {message: {type: string}}}
  /pets/{id}/twin:
    get:
      operationId: getTwin
      parameters:
        - $ref: '#/paths/~1pets~1%7Bid%7D/parameters/0'
        - $ref: '#/paths/~1pets~1%7Bid%7D/get/parameters/0'
      responses:
        '200': {$ref: '#/paths/~1pets~1%7Bid%7D/get/responses/200'}
        '404': {$ref: '#/components/responses/Missing'}
    put:
      operationId: putTwin
      parameters:
        - $ref: '#/paths/~1pets~1%7Bid%7D/parameters/0'
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/paths/~1pets~1%7Bid%7D/get/responses/200/content/application~1json/schema'}
      responses:
        '204': {description: Done.}
components:
  responses:
    Missing: {$ref: '#/paths/~1pets~1%7Bid%7D/get/responses/404'}
  schemas:
    Pet:
      type: object
      properties:
        owner:
          type: object
          description: Who owns it.
          properties:
            name: {type: string}
        tags:
          type: array
          items: {type: object, properties: {label: {type: string}}}
    Pet Shop:
      type: object
      properties:
        best: {$ref: '#/components/schemas/Pet%20Shop/properties/name'}
        name: {type: string}
"#;

#[test]
fn a_ref_to_any_node_of_the_document_is_followed_to_a_type_named_after_its_place() {
    let Lowered { api, warnings } = lowered(DEEP_REFS);
    assert!(warnings.is_empty(), "{:?}", messages(&warnings));
    // A sub-schema of a component is one type, where it is written and where
    // it is named, called after the component and the property.
    assert_eq!(field(&api, "Pet", "owner").ty, named("PetOwner"));
    assert_eq!(field(&api, "Pet", "owner").doc, ["Who owns it."]);
    assert_eq!(field(&api, "GetPetResponse", "owner").ty, named("PetOwner"));
    assert_eq!(struct_fields(&api, "PetOwner")[0].json_name, "name");
    assert_eq!(
        field(&api, "Pet", "tags").ty,
        Type::Vec(Box::new(named("PetTagsItem")))
    );
    assert_eq!(
        field(&api, "GetPetResponse", "tags").ty,
        named("PetTagsItem")
    );
    // A response, a parameter and a schema under `#/paths`.
    let twin = operation(&api, "getTwin");
    assert_eq!(twin.response(), Some(&named("GetPetResponse")));
    assert_eq!(input(twin, "id").location, Location::Path);
    // An inline schema in a shared parameter is named for each operation, as
    // in a component parameter.
    assert_eq!(input(twin, "fields").ty, named("GetTwinFields"));
    // A response component that is a `$ref` is what it names (its inline
    // schema named for each operation, as in a component response).
    assert_eq!(twin.errors[0].ty, Some(named("GetTwinNotFoundBody")));
    assert_eq!(twin.errors[0].doc, ["No such pet."]);
    let put = operation(&api, "putTwin");
    assert_eq!(put.body, Some(Body::Struct("GetPetResponse".to_owned())));
    // An escaped component name.
    assert_eq!(field(&api, "PetShop", "best").ty, named("PetShopName"));
    // Each lifted schema is one type.
    let names = type_names(&api);
    for name in ["PetOwner", "PetTagsItem", "GetPetResponse"] {
        assert_eq!(
            names.iter().filter(|n| **n == name).count(),
            1,
            "{name}: {names:?}"
        );
    }
}

#[test]
fn refs_must_stay_in_their_section_of_components() {
    let paths = "  /a:\n    get:\n      operationId: a\n      parameters:\n        - $ref: '#/components/schemas/Thing'\n      responses: {'204': {description: ok}}\n";
    let components =
        "  schemas:\n    Thing: {type: string}\n    Other: {$ref: '#/components/responses/Thing'}\n  responses:\n    Thing: {description: ok}\n";
    assert_eq!(
        lower_errors(&doc(paths, components)),
        [
            "#/components/schemas/Other: `$ref: #/components/responses/Thing` does not point at a schema",
            "#/paths/~1a/get/parameters/0: `$ref: #/components/schemas/Thing` does not point at a parameter",
        ]
    );
}

// ---- schemas (lower/schemas.rs) -----------------------------------------------------

#[test]
fn inline_objects_are_named_after_their_owner_and_property() {
    let api = lower(&schemas(
        "    Pet:\n      type: object\n      properties:\n        owner:\n          type: object\n          properties: {name: {type: string}}\n        tags:\n          type: array\n          items: {type: object, properties: {label: {type: string}}}\n        notes:\n          type: object\n          additionalProperties: {type: object, properties: {text: {type: string}}}\n        extra: {type: object}\n",
    ));
    assert_eq!(
        type_names(&api),
        ["Pet", "PetOwner", "PetTagsItem", "PetNotesValue"]
    );
    assert_eq!(field(&api, "Pet", "owner").ty, named("PetOwner"));
    assert_eq!(
        field(&api, "Pet", "tags").ty,
        Type::Vec(Box::new(named("PetTagsItem")))
    );
    assert_eq!(
        field(&api, "Pet", "notes").ty,
        Type::Map(Box::new(named("PetNotesValue")))
    );
    assert_eq!(field(&api, "Pet", "extra").ty, Type::Json);
    assert_eq!(field(&api, "PetOwner", "name").ty, Type::String);
}

#[test]
fn string_enums_keep_their_values_and_x_enum_descriptions() {
    let api = lower(&schemas(
        "    Status:\n      type: string\n      description: Where it is.\n      enum: [active, in-progress]\n      x-enum-descriptions: [Running now., \"Started,\\nnot done.\\n\"]\n",
    ));
    let def = type_def(&api, "Status");
    assert_eq!(def.doc, ["Where it is."]);
    assert_eq!(
        def.kind,
        TypeKind::Enum(vec![
            EnumValue {
                value: "active".to_owned(),
                variant: "Active".to_owned(),
                doc: strings(&["Running now."]),
            },
            EnumValue {
                value: "in-progress".to_owned(),
                variant: "InProgress".to_owned(),
                doc: strings(&["Started,", "not done."]),
            },
        ])
    );
    assert_eq!(
        lower_errors(&schemas(
            "    Status: {type: string, enum: [a, b], x-enum-descriptions: [only one]}\n"
        )),
        ["#/components/schemas/Status/x-enum-descriptions: `x-enum-descriptions` must be a list of 2 strings, one per `enum` value, or a map from values to their descriptions"]
    );
    // A map from values to descriptions; a value left out has none.
    let api = lower(&schemas(
        "    Status: {type: string, enum: [a, b, c], x-enum-descriptions: {c: Third., a: First.}}\n",
    ));
    let TypeKind::Enum(values) = &type_def(&api, "Status").kind else {
        panic!()
    };
    let docs: Vec<&[String]> = values.iter().map(|v| &v.doc[..]).collect();
    assert_eq!(
        docs,
        [&strings(&["First."])[..], &[], &strings(&["Third."])[..]]
    );
    assert_eq!(
        lower_errors(&schemas(
            "    Status: {type: string, enum: [a], x-enum-descriptions: {z: Nothing.}}\n"
        )),
        ["#/components/schemas/Status/x-enum-descriptions/z: `z` is not one of the `enum` values"]
    );
}

#[test]
fn a_discriminator_tags_each_member_by_its_mapping_or_its_name() {
    let Lowered { api, warnings } = lowered(&schemas(
        "    Dog: {type: object, properties: {kind: {type: string}}}\n    Cat: {type: object, properties: {kind: {type: string}}}\n    Other: {type: object, properties: {x: {type: string}}}\n    Pet:\n      anyOf:\n        - {$ref: '#/components/schemas/Dog'}\n        - {$ref: '#/components/schemas/Cat'}\n        - {$ref: '#/components/schemas/Other'}\n      discriminator:\n        propertyName: kind\n        mapping: {dog: Dog, puppy: '#/components/schemas/Dog'}\n",
    ));
    let TypeKind::Tagged {
        property,
        variants,
        other,
    } = &type_def(&api, "Pet").kind
    else {
        panic!(
            "Pet is not a tagged union: {:?}",
            type_def(&api, "Pet").kind
        );
    };
    assert_eq!(property, "kind");
    let tags: Vec<(&str, &[String])> = variants
        .iter()
        .map(|v| (v.name.as_str(), &v.tags[..]))
        .collect();
    assert_eq!(
        tags,
        [
            ("Dog", &strings(&["dog", "puppy"])[..]),
            ("Cat", &strings(&["Cat"])[..]),
            ("Other", &strings(&["Other"])[..]),
        ]
    );
    // The variant for unknown values does not take a member's name.
    assert_eq!(other, "Other2");
    assert!(warnings.is_empty(), "{:?}", warnings);
}

#[test]
fn a_discriminator_that_cannot_tell_its_members_apart_is_a_warning_and_the_union_untagged() {
    let Lowered { api, warnings } = lowered(&schemas(
        "    Dog: {type: object, properties: {kind: {type: string}}}\n    Name: {type: string}\n    A:\n      oneOf:\n        - {$ref: '#/components/schemas/Dog'}\n        - {type: object, properties: {kind: {type: string}}}\n      discriminator: {propertyName: kind}\n    B:\n      oneOf:\n        - {$ref: '#/components/schemas/Dog'}\n        - {$ref: '#/components/schemas/Name'}\n      discriminator: {propertyName: kind}\n    C:\n      oneOf:\n        - {$ref: '#/components/schemas/Dog'}\n      discriminator: {propertyName: kind, mapping: {cat: Cat}}\n    D:\n      type: object\n      properties: {kind: {type: string}}\n      discriminator: {propertyName: kind}\n",
    ));
    assert!(matches!(type_def(&api, "A").kind, TypeKind::Union(_)));
    assert!(matches!(type_def(&api, "B").kind, TypeKind::Union(_)));
    assert!(matches!(type_def(&api, "C").kind, TypeKind::Tagged { .. }));
    assert_eq!(
        messages(&warnings),
        [
            "#/components/schemas/A/oneOf/1: a `discriminator` needs every member to be a `$ref` to a component schema; this union is told apart by the shape of the JSON instead",
            "#/components/schemas/B/oneOf/1: a `discriminator` needs every member to be an object; this union is told apart by the shape of the JSON instead",
            "#/components/schemas/C/discriminator/mapping/cat: `Cat` is not one of the members; an object with `kind: cat` is kept as JSON",
            "#/components/schemas/D/discriminator: a `discriminator` is honoured beside `oneOf` or `anyOf` only; here it is ignored",
        ]
    );
}

#[test]
fn untagged_variants_of_one_kind_go_stricter_first_and_kinds_keep_their_order() {
    let api = lower(&schemas(
        "    U:\n      oneOf:\n        - {type: array, items: {type: string}, title: List}\n        - {type: object, additionalProperties: {type: string}, title: Map}\n        - {type: number, title: Amount}\n        - {type: object, required: [a], properties: {a: {type: string}}, title: One}\n        - {type: object, required: [a], properties: {a: {type: string}, b: {type: string}}, title: Two}\n        - {title: Anything}\n        - {type: string, title: Text}\n        - {type: string, enum: [x], title: Known}\n        - {type: integer, title: Count}\n        - {type: object, required: [a, c], properties: {a: {type: string}, c: {type: string}}, title: Both}\n",
    ));
    let TypeKind::Union(variants) = &type_def(&api, "U").kind else {
        panic!("U is not a union");
    };
    let names: Vec<&str> = variants.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(
        names,
        ["List", "Both", "Two", "One", "Map", "Count", "Amount", "Known", "Text", "Anything"]
    );
}

#[test]
fn one_of_variants_are_named_by_ref_then_title_then_position() {
    let api = lower(&schemas(
        "    Cat: {type: object, properties: {meow: {type: boolean}}}\n    Animal:\n      description: Any animal.\n      oneOf:\n        - {$ref: '#/components/schemas/Cat'}\n        - {type: string, title: plain name}\n        - {type: integer, format: int32}\n        - {type: object, title: Dog, properties: {bark: {type: boolean}}}\n",
    ));
    let def = type_def(&api, "Animal");
    assert_eq!(def.doc, ["Any animal."]);
    let TypeKind::Union(variants) = &def.kind else {
        panic!("Animal is not a union");
    };
    let shapes: Vec<(&str, &Type)> = variants.iter().map(|v| (v.name.as_str(), &v.ty)).collect();
    assert_eq!(
        shapes,
        [
            ("Cat", &named("Cat")),
            // Beside the other object, which it is tried with.
            ("Dog", &named("AnimalDog")),
            ("PlainName", &Type::String),
            ("Variant2", &Type::I32),
        ]
    );
    assert_eq!(
        variants[2].doc,
        ["plain name"],
        "the title documents the variant"
    );
    assert!(matches!(
        type_def(&api, "AnimalDog").kind,
        TypeKind::Struct(_)
    ));
}

#[test]
fn fields_are_required_only_when_required_and_not_nullable() {
    let api = lower(&schemas(
        "    Thing:\n      type: object\n      required: [id, note]\n      properties:\n        id: {type: string}\n        note: {type: string, nullable: true}\n        size: {type: number}\n        ratio: {type: number, format: float}\n        when: {type: string, format: date-time}\n        count: {type: integer, format: int32}\n        total: {type: integer}\n        anything: {}\n",
    ));
    let shapes: Vec<(&str, bool, &Type)> = struct_fields(&api, "Thing")
        .iter()
        .map(|f| (f.json_name.as_str(), f.required, &f.ty))
        .collect();
    assert_eq!(
        shapes,
        [
            ("id", true, &Type::String),
            ("note", false, &Type::String),
            ("size", false, &Type::F64),
            ("ratio", false, &Type::F32),
            ("when", false, &Type::DateTime),
            ("count", false, &Type::I32),
            ("total", false, &Type::I64),
            ("anything", false, &Type::Json),
        ]
    );
}

#[test]
fn schemas_without_one_type_and_arrays_without_items_are_any_json_with_a_warning() {
    let Lowered { api, warnings } = lowered(&schemas(
        "    Mixed:\n      type: object\n      properties:\n        when: {enum: [1, a, true]}\n        at: {format: date-time}\n        list: {type: array}\n",
    ));
    assert_eq!(field(&api, "Mixed", "when").ty, Type::Json);
    // A format alone names the type.
    assert_eq!(field(&api, "Mixed", "at").ty, Type::DateTime);
    assert_eq!(
        field(&api, "Mixed", "list").ty,
        Type::Vec(Box::new(Type::Json))
    );
    assert_eq!(
        messages(&warnings),
        [
            "#/components/schemas/Mixed/properties/when: this schema has no single `type` (or mixes keywords of several types): it is read as any JSON",
            "#/components/schemas/Mixed/properties/list: an array schema without `items`: its items are read as any JSON",
        ]
    );
}

#[test]
fn constraints_come_from_the_validation_keywords() {
    let api = lower(&schemas(
        "    Thing:\n      type: object\n      properties:\n        code: {type: string, minLength: 2, maxLength: 4, pattern: '^[A-Z]+$'}\n        level: {type: integer, minimum: 1, maximum: 5}\n        score: {type: number, maximum: 0.5}\n        tags: {type: array, items: {type: string}, minItems: 1, maxItems: 3}\n        password: {type: string, format: password}\n",
    ));
    assert_eq!(
        field(&api, "Thing", "code").constraints,
        Constraints {
            min_length: Some(2),
            max_length: Some(4),
            pattern: Some("^[A-Z]+$".to_owned()),
            ..Constraints::default()
        }
    );
    let level = &field(&api, "Thing", "level").constraints;
    assert_eq!((level.minimum, level.maximum), (Some(1.0), Some(5.0)));
    assert_eq!(field(&api, "Thing", "score").constraints.maximum, Some(0.5));
    let tags = &field(&api, "Thing", "tags").constraints;
    assert_eq!((tags.min_items, tags.max_items), (Some(1), Some(3)));
    assert!(field(&api, "Thing", "password").secret);
    assert!(!field(&api, "Thing", "code").secret);
}

// ---- parameters (lower/parameters.rs) -----------------------------------------------

#[test]
fn parameters_become_inputs_in_their_location() {
    let paths = "  /spaces/{spaceId}/files:\n    get:\n      operationId: listFiles\n      parameters:\n        - {name: X-Request-Id, in: header, required: true, schema: {type: string}}\n        - {name: limit, in: query, schema: {type: integer, format: int32, description: Page size.}}\n        - {name: spaceId, in: path, required: true, description: The space., schema: {type: string}}\n        - {name: sort, in: query, schema: {type: string, enum: [asc, desc]}}\n      responses: {'204': {description: ok}}\n";
    let api = lower(&doc(paths, "  {}\n"));
    let op = operation(&api, "listFiles");
    let shapes: Vec<(&str, &str, Location, bool, &Type)> = op
        .inputs
        .iter()
        .map(|i| {
            (
                i.wire_name.as_str(),
                i.rust_name.as_str(),
                i.location,
                i.required,
                &i.ty,
            )
        })
        .collect();
    // Path parameters come first; the others keep their order.
    assert_eq!(
        shapes,
        [
            ("spaceId", "space_id", Location::Path, true, &Type::String),
            (
                "X-Request-Id",
                "x_request_id",
                Location::Header,
                true,
                &Type::String
            ),
            ("limit", "limit", Location::Query, false, &Type::I32),
            (
                "sort",
                "sort",
                Location::Query,
                false,
                &named("ListFilesSort")
            ),
        ]
    );
    // The parameter's description, or else its schema's.
    assert_eq!(input(op, "spaceId").doc, ["The space."]);
    assert_eq!(input(op, "limit").doc, ["Page size."]);
    assert!(matches!(
        type_def(&api, "ListFilesSort").kind,
        TypeKind::Enum(_)
    ));
}

#[test]
fn path_level_parameters_are_merged_with_operation_level_ones() {
    let paths = "  /items/{id}:\n    parameters:\n      - {name: id, in: path, required: true, schema: {type: string}}\n      - {name: q, in: query, schema: {type: string}}\n      - {name: X-Trace, in: header, schema: {type: string}}\n    get:\n      operationId: getItem\n      parameters:\n        - {name: q, in: query, required: true, schema: {type: integer}}\n        - {name: extra, in: query, schema: {type: boolean}}\n      responses: {'204': {description: ok}}\n    delete:\n      operationId: deleteItem\n      responses: {'204': {description: ok}}\n";
    let api = lower(&doc(paths, "  {}\n"));
    let get = operation(&api, "getItem");
    let shapes: Vec<(&str, Location, bool, &Type)> = get
        .inputs
        .iter()
        .map(|i| (i.wire_name.as_str(), i.location, i.required, &i.ty))
        .collect();
    // The operation's `q` replaces the path's; the path's other parameters are kept.
    assert_eq!(
        shapes,
        [
            ("id", Location::Path, true, &Type::String),
            ("q", Location::Query, true, &Type::I64),
            ("X-Trace", Location::Header, false, &Type::String),
            ("extra", Location::Query, false, &Type::Bool),
        ]
    );
    let delete: Vec<&str> = operation(&api, "deleteItem")
        .inputs
        .iter()
        .map(|i| i.wire_name.as_str())
        .collect();
    assert_eq!(delete, ["id", "q", "X-Trace"]);
}

#[test]
fn parameters_no_style_writes_are_sent_as_json_with_a_warning() {
    let paths = "  /b:\n    get:\n      operationId: b\n      parameters:\n        - {name: ids, in: query, schema: {type: array, items: {type: array, items: {type: string}}}}\n        - {name: f, in: query, style: deepObject, schema: {type: array, items: {type: string}}}\n        - {name: o, in: query, schema: {type: object, properties: {inner: {type: object, properties: {x: {type: string}}}}}}\n        - {name: j, in: query, content: {application/json: {schema: {type: array, items: {type: array, items: {type: string}}}}}}\n      responses: {'204': {description: ok}}\n";
    let Lowered { api, warnings } = lowered(&doc(paths, "  {}\n"));
    let op = operation(&api, "b");
    let sent: Vec<_> = op
        .inputs
        .iter()
        .map(|i| {
            let style = i.style.as_ref().map(|s| (s.style, s.explode));
            (i.wire_name.as_str(), i.json, style)
        })
        .collect();
    assert_eq!(
        sent,
        [
            ("ids", true, None),
            // Exploded, as `form` is by default.
            ("f", false, Some((Style::Form, true))),
            ("o", true, None),
            ("j", true, None),
        ]
    );
    let as_json = "no parameter style writes this schema (only values, arrays of values and objects whose properties are values): it is sent as JSON";
    // A parameter given as JSON by its `content` is no surprise: no warning.
    assert_eq!(
        messages(&warnings),
        [
            format!("#/paths/~1b/get/parameters/0/schema: {as_json}"),
            "#/paths/~1b/get/parameters/1/style: `style: deepObject` is for objects; this parameter is sent in the `form` style".to_owned(),
            format!("#/paths/~1b/get/parameters/2/schema: {as_json}"),
        ]
    );
}

#[test]
fn styles_take_the_defaults_of_their_location_and_values_in_them_stay_plain() {
    let paths = "  /a/{p}/{q}:\n    get:\n      operationId: a\n      parameters:\n        - {name: p, in: path, required: true, schema: {type: array, items: {type: integer}}}\n        - {name: q, in: path, required: true, style: matrix, schema: {type: string}}\n        - {name: list, in: query, schema: {type: array, items: {type: string}}}\n        - {name: one, in: query, style: pipeDelimited, schema: {type: string}}\n        - {name: map, in: query, explode: false, schema: {type: object, additionalProperties: {type: string}}}\n        - {name: h, in: header, schema: {type: array, items: {type: string}}}\n        - {name: s, in: query, schema: {type: string}}\n      responses: {'204': {description: ok}}\n";
    let Lowered { api, warnings } = lowered(&doc(paths, "  {}\n"));
    let styles: Vec<(&str, Option<(Style, bool)>)> = operation(&api, "a")
        .inputs
        .iter()
        .map(|i| (i.wire_name.as_str(), i.style.map(|s| (s.style, s.explode))))
        .collect();
    assert_eq!(
        styles,
        [
            ("p", Some((Style::Simple, false))),
            ("q", Some((Style::Matrix, false))),
            ("list", Some((Style::Form, true))),
            ("one", None),
            ("map", Some((Style::Form, false))),
            ("h", Some((Style::Simple, false))),
            ("s", None),
        ]
    );
    assert!(warnings.is_empty(), "{:?}", warnings);
}

#[test]
fn styles_without_a_defined_form_are_warnings_and_sent_the_nearest_way() {
    let paths = "  /a:\n    get:\n      operationId: a\n      parameters:\n        - {name: d, in: query, style: deepObject, explode: false, schema: {type: object, additionalProperties: {type: string}}}\n        - {name: p, in: query, style: pipeDelimited, explode: true, schema: {type: array, items: {type: string}}}\n      responses: {'204': {description: ok}}\n";
    let Lowered { api, warnings } = lowered(&doc(paths, "  {}\n"));
    let styles: Vec<Option<(Style, bool)>> = operation(&api, "a")
        .inputs
        .iter()
        .map(|i| i.style.map(|s| (s.style, s.explode)))
        .collect();
    assert_eq!(
        styles,
        [Some((Style::DeepObject, true)), Some((Style::Form, true))]
    );
    assert_eq!(
        messages(&warnings),
        [
            "#/paths/~1a/get/parameters/0/explode: `deepObject` is defined with `explode: true` only; it is sent exploded",
            "#/paths/~1a/get/parameters/1/explode: `pipeDelimited` with `explode: true` is not defined by OpenAPI 3.0; it is sent as `form` with `explode: true` (`a=1&a=2`)",
        ]
    );
}

// ---- bodies (lower/bodies.rs) -------------------------------------------------------

#[test]
fn an_object_body_splits_into_one_input_per_property() {
    let paths = "  /things/{id}:\n    put:\n      operationId: putThing\n      parameters:\n        - {name: id, in: path, required: true, schema: {type: string}}\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: object\n              required: [name]\n              properties:\n                name: {type: string, description: The name., maxLength: 9}\n                secret: {type: string, format: password}\n      responses: {'204': {description: ok}}\n";
    let api = lower(&doc(paths, "  {}\n"));
    let op = operation(&api, "putThing");
    assert_eq!(op.body, Some(Body::Struct("PutThingRequest".to_owned())));
    assert!(matches!(
        type_def(&api, "PutThingRequest").kind,
        TypeKind::Struct(_)
    ));
    let shapes: Vec<(&str, Location, bool)> = op
        .inputs
        .iter()
        .map(|i| (i.wire_name.as_str(), i.location, i.required))
        .collect();
    assert_eq!(
        shapes,
        [
            ("id", Location::Path, true),
            ("name", Location::Body, true),
            ("secret", Location::Body, false),
        ]
    );
    let name = input(op, "name");
    assert_eq!(name.doc, ["The name."]);
    assert_eq!(name.constraints.max_length, Some(9));
    assert!(input(op, "secret").secret);
}

#[test]
fn a_body_that_is_not_an_object_is_passed_whole() {
    let paths = "  /tags:\n    post:\n      operationId: setTags\n      requestBody:\n        required: true\n        description: |\n          The tags.\n        content:\n          application/json:\n            schema: {type: array, items: {type: string}}\n      responses: {'204': {description: ok}}\n";
    let api = lower(&doc(paths, "  {}\n"));
    let op = operation(&api, "setTags");
    let tags = Type::Vec(Box::new(Type::String));
    assert_eq!(op.body, Some(Body::Whole(tags.clone())));
    assert_eq!(
        op.inputs,
        [Input {
            wire_name: "body".to_owned(),
            rust_name: "body".to_owned(),
            member: "body".to_owned(),
            doc: strings(&["The tags."]),
            location: Location::Body,
            ty: tags,
            required: true,
            constraints: Constraints::default(),
            secret: false,
            json: false,
            style: None,
        }]
    );
}

#[test]
fn the_json_media_type_is_preferred_and_else_the_first_listed() {
    let paths = "  /a:\n    post:\n      operationId: a\n      requestBody:\n        content:\n          text/plain:\n            schema: {type: integer}\n          application/merge-patch+json; charset=utf-8:\n            schema: {type: string}\n      responses: {'204': {description: ok}}\n";
    let api = lower(&doc(paths, "  {}\n"));
    let op = operation(&api, "a");
    assert_eq!(op.body, Some(Body::Whole(Type::String)));
    assert_eq!(
        op.body_media_type.as_deref(),
        Some("application/merge-patch+json; charset=utf-8")
    );
    // Text is a string whatever its schema says; other types are bytes.
    let no_json = paths.replace("application/merge-patch+json; charset=utf-8", "text/csv");
    let api = lower(&doc(&no_json, "  {}\n"));
    let op = operation(&api, "a");
    assert_eq!(op.body, Some(Body::Raw(Encoding::Text)));
    assert_eq!(op.body_media_type.as_deref(), Some("text/plain"));
    assert_eq!(op.inputs[0].ty, Type::String);
    let binary = paths
        .replace("text/plain", "image/png")
        .replace("application/merge-patch+json; charset=utf-8", "text/csv");
    let api = lower(&doc(&binary, "  {}\n"));
    let op = operation(&api, "a");
    assert_eq!(op.body, Some(Body::Raw(Encoding::Binary)));
    assert_eq!(op.inputs[0].ty, Type::Bytes);
}

#[test]
fn form_and_multipart_bodies_are_objects_split_into_inputs() {
    let paths = "  /form:\n    post:\n      operationId: form\n      requestBody:\n        content:\n          application/x-www-form-urlencoded:\n            schema:\n              type: object\n              properties: {a: {type: string}, b: {type: array, items: {type: integer}}}\n      responses: {'204': {description: ok}}\n  /parts:\n    post:\n      operationId: parts\n      requestBody:\n        content:\n          multipart/form-data:\n            schema:\n              type: object\n              properties:\n                doc: {type: string, format: binary}\n                pages: {type: array, items: {type: string, format: binary}}\n                note: {type: string}\n            encoding:\n              doc: {contentType: application/pdf}\n      responses: {'204': {description: ok}}\n  /bad:\n    post:\n      operationId: bad\n      requestBody:\n        content:\n          multipart/form-data:\n            schema: {type: array, items: {type: string}}\n      responses: {'204': {description: ok}}\n";
    let loose = lowered(&doc(paths, "  {}\n"));
    assert_eq!(
        messages(&loose.warnings),
        ["#/paths/~1bad/post/requestBody/content/multipart~1form-data/schema: a `multipart/form-data` body is the parts of an object's fields, which this schema is not: it is a map of any JSON, each entry a part"]
    );
    let bad = operation(&loose.api, "bad");
    assert_eq!(bad.inputs[0].ty, Type::Map(Box::new(Type::Json)));
    let good = &paths[..paths.find("  /bad:").unwrap()];
    let api = lower(&doc(good, "  {}\n"));
    let form = operation(&api, "form");
    assert_eq!(form.body, Some(Body::Form("FormRequest".to_owned())));
    assert_eq!(form.inputs.len(), 2);
    let parts = operation(&api, "parts");
    assert_eq!(
        parts.body,
        Some(Body::Parts(vec![
            ("doc".to_owned(), "application/pdf".to_owned()),
            ("pages".to_owned(), "application/octet-stream".to_owned()),
        ]))
    );
    let types: Vec<(&str, &Type)> = parts
        .inputs
        .iter()
        .map(|i| (i.wire_name.as_str(), &i.ty))
        .collect();
    assert_eq!(
        types,
        [
            ("doc", &Type::File),
            ("pages", &Type::Vec(Box::new(Type::File))),
            ("note", &Type::String),
        ]
    );
}

#[test]
fn a_form_that_is_not_an_object_with_properties_is_passed_whole_as_a_map() {
    let form = |id: &str, schema: &str| {
        format!("  /{id}:\n    post:\n      operationId: {id}\n      requestBody:\n        content:\n          application/x-www-form-urlencoded:\n            schema: {schema}\n      responses: {{'204': {{description: ok}}}}\n")
    };
    let paths = [
        form("referenced", "{$ref: '#/components/schemas/Alias'}"),
        form("merged", "{allOf: [{$ref: '#/components/schemas/Thing'}, {type: object, properties: {b: {type: integer}}}]}"),
        form("untyped", "{}"),
        form("empty", "{type: object, properties: {}, additionalProperties: false}"),
        form("strings", "{type: object, additionalProperties: {type: string}}"),
        form("open", "{type: object, properties: {a: {type: string}}, additionalProperties: {type: string}}"),
        form("written", "{type: string}"),
        form("listed", "{type: array, items: {type: string}}"),
    ]
    .concat();
    let components = "  schemas:\n    Thing:\n      type: object\n      properties: {a: {type: string}}\n    Alias: {$ref: '#/components/schemas/Thing'}\n";
    let Lowered { api, warnings } = lowered(&doc(&paths, components));
    let body = |id: &str| {
        let op = operation(&api, id);
        let tys: Vec<&Type> = op.inputs.iter().map(|i| &i.ty).collect();
        (op.body.clone().unwrap(), format!("{tys:?}"))
    };
    // Objects, through a `$ref` to an alias or an `allOf`, are forms of their fields.
    assert_eq!(
        body("referenced"),
        (Body::Form("Thing".to_owned()), "[String]".to_owned())
    );
    assert_eq!(
        body("merged"),
        (
            Body::Form("MergedRequest".to_owned()),
            "[String, I64]".to_owned()
        )
    );
    // Objects of properties no schema names are maps of any JSON.
    let any_map = Type::Map(Box::new(Type::Json));
    assert_eq!(body("untyped").0, Body::Whole(any_map.clone()));
    assert_eq!(body("empty").0, Body::Whole(any_map.clone()));
    assert_eq!(
        body("strings").0,
        Body::Whole(Type::Map(Box::new(Type::String)))
    );
    assert_eq!(body("open").0, Body::Whole(named("OpenRequest")));
    // A string is the form written out.
    assert_eq!(
        body("written"),
        (Body::Raw(Encoding::Text), "[String]".to_owned())
    );
    // What cannot be a form of fields is a map, with a warning naming it.
    assert_eq!(body("listed").0, Body::Whole(any_map));
    assert_eq!(
        messages(&warnings),
        ["#/paths/~1listed/post/requestBody/content/application~1x-www-form-urlencoded/schema: a `application/x-www-form-urlencoded` body is a form of the fields of an object, which this schema is not: it is sent as a map of any JSON, each entry a field"]
    );
    assert_eq!(
        operation(&api, "untyped").body_media_type.as_deref(),
        Some("application/x-www-form-urlencoded")
    );
}

// ---- responses (lower/responses.rs) -------------------------------------------------

#[test]
fn the_success_type_and_the_error_statuses() {
    let paths = "  /things:\n    get:\n      operationId: listThings\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                type: object\n                properties: {items: {type: array, items: {type: string}}}\n        '404': {description: Not there.}\n        4XX: {description: Rejected.}\n        default: {description: \"Anything else.\\n\\n\"}\n";
    // A success body given inline is named after the operation.
    let api = lower(&doc(paths, "  {}\n"));
    let op = operation(&api, "listThings");
    assert_eq!(op.response(), Some(&named("ListThingsResponse")));
    assert!(matches!(
        type_def(&api, "ListThingsResponse").kind,
        TypeKind::Struct(_)
    ));
    let errors: Vec<(&str, &[String])> = op
        .errors
        .iter()
        .map(|e| (e.status.as_str(), &e.doc[..]))
        .collect();
    assert_eq!(
        errors,
        [
            ("404", &strings(&["Not there."])[..]),
            ("4XX", &strings(&["Rejected."])[..]),
            ("default", &strings(&["Anything else."])[..]),
        ]
    );
}

/// The status, variant and body type of each error response of `op`.
fn error_bodies(op: &Operation) -> Vec<(&str, &str, Option<&Type>)> {
    op.errors
        .iter()
        .map(|e| (e.status.as_str(), e.variant.as_str(), e.ty.as_ref()))
        .collect()
}

#[test]
fn error_bodies_of_different_types_are_an_enum_and_of_one_type_that_type() {
    let yaml = std::fs::read_to_string("tests/fixtures/error_bodies/spec.yaml").unwrap();
    let Lowered { api, warnings } = lowered(&yaml);
    assert!(warnings.is_empty(), "{:?}", warnings);
    let get = operation(&api, "getThing");
    assert_eq!(get.error_enum.as_deref(), Some("GetThingErrorBody"));
    assert_eq!(api.root_codes.name, "ErrorCode");
    assert_eq!(get.error_type(), None);
    // A status without a body has a variant name but no type; an inline
    // schema is named after the operation and the variant.
    assert_eq!(
        error_bodies(get),
        [
            ("404", "NotFound", Some(&named("Missing"))),
            ("409", "Conflict", None),
            (
                "422",
                "UnprocessableEntity",
                Some(&named("GetThingUnprocessableEntityBody"))
            ),
            ("4XX", "ClientError", Some(&named("Problem"))),
            ("default", "Default", Some(&named("GetThingDefaultBody"))),
        ]
    );
    assert!(matches!(
        type_def(&api, "GetThingUnprocessableEntityBody").kind,
        TypeKind::Struct(_)
    ));
    // Bodies of one type, in any JSON media type, are that type.
    let make = operation(&api, "makeThing");
    assert_eq!(make.error_enum, None);
    assert_eq!(make.error_type(), Some(&named("Problem")));
    assert_eq!(
        error_bodies(make),
        [
            ("400", "BadRequest", Some(&named("Problem"))),
            ("5XX", "ServerError", Some(&named("Problem"))),
            ("default", "Default", None),
        ]
    );
}

#[test]
fn an_error_enum_and_the_codes_take_free_names_and_unusual_statuses_are_numbered_variants() {
    let paths = "  /a:\n    get:\n      operationId: getThing\n      responses:\n        '204': {description: ok}\n        '418':\n          description: A teapot.\n          content: {application/json: {schema: {type: string}}}\n        '599':\n          description: Odd.\n          content: {application/json: {schema: {type: integer, format: int32}}}\n        '503': {description: Later.}\n";
    let api = lower(&doc(
        paths,
        "  schemas:\n    GetThingErrorBody: {type: object, properties: {id: {type: string}}}\n    ErrorCode: {type: string}\n",
    ));
    let op = operation(&api, "getThing");
    assert_eq!(op.error_enum.as_deref(), Some("GetThingErrorBody2"));
    assert_eq!(api.root_codes.name, "ErrorCode2");
    assert_eq!(
        error_bodies(op),
        [
            ("418", "Status418", Some(&Type::String)),
            ("599", "Status599", Some(&Type::I32)),
            ("503", "ServiceUnavailable", None),
        ]
    );
}

#[test]
fn an_error_body_that_cannot_be_typed_is_a_warning_and_leaves_no_type_behind() {
    // `inner` is defined before `broken` fails; it goes with the body's type.
    // A redirect's body is never read, so its schema is not lowered.
    let paths = "  /a:\n    get:\n      operationId: getThing\n      responses:\n        '200': {description: ok}\n        '302':\n          description: Elsewhere.\n          content: {application/json: {schema: {$ref: '#/components/schemas/Nope'}}}\n        '400':\n          description: Refused.\n          content:\n            application/json:\n              schema:\n                type: object\n                properties:\n                  inner: {type: object, properties: {x: {type: string}}}\n                  broken: {type: string, enum: [a], x-enum-descriptions: [x, y]}\n        '404':\n          description: Not there.\n          content: {text/plain: {schema: {type: string}}}\n        '500': {$ref: '#/components/responses/Failed'}\n";
    let Lowered { api, warnings } = lowered(&doc(
        paths,
        "  responses:\n    Failed:\n      description: Failed.\n      content: {application/json: {schema: {type: string, enum: [a, b], x-enum-descriptions: [one]}}}\n",
    ));
    let op = operation(&api, "getThing");
    assert_eq!(
        error_bodies(op),
        [
            ("302", "Status302", None),
            ("400", "BadRequest", None),
            ("404", "NotFound", None),
            ("500", "InternalServerError", None),
        ]
    );
    assert_eq!((op.error_enum.as_deref(), op.error_type()), (None, None));
    assert!(type_names(&api).is_empty(), "{:?}", type_names(&api));
    assert_eq!(
        messages(&warnings),
        [
            "#/paths/~1a/get/responses/400/content/application~1json/schema/properties/broken/x-enum-descriptions: `x-enum-descriptions` must be a list of 1 strings, one per `enum` value, or a map from values to their descriptions; this error body is not typed and stays the raw text of `ApiError::body`",
            "#/components/responses/Failed/content/application~1json/schema/x-enum-descriptions: `x-enum-descriptions` must be a list of 2 strings, one per `enum` value, or a map from values to their descriptions; this error body is not typed and stays the raw text of `ApiError::body`",
        ]
    );
}

#[test]
fn a_success_without_content_has_no_response_type() {
    let paths = "  /a:\n    delete:\n      operationId: a\n      responses:\n        '204': {description: gone}\n  /b:\n    get:\n      operationId: b\n      responses:\n        2XX:\n          description: some JSON\n          content: {application/json: {}}\n";
    let api = lower(&doc(paths, "  {}\n"));
    assert_eq!(operation(&api, "a").response(), None);
    assert_eq!(operation(&api, "a").outcome, None);
    assert!(operation(&api, "a").errors.is_empty());
    // JSON content without a schema is any JSON.
    assert_eq!(operation(&api, "b").response(), Some(&Type::Json));
}

#[test]
fn success_responses_with_the_same_body_are_one_response_type() {
    let paths = "  /a:\n    put:\n      operationId: a\n      responses:\n        '200':\n          description: ok\n          content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}\n        '201':\n          description: made\n          content: {application/problem+json: {schema: {$ref: '#/components/schemas/Thing'}}}\n  /b:\n    delete:\n      operationId: b\n      responses:\n        '202': {description: later}\n        '204': {description: gone}\n";
    let api = lower(&doc(
        paths,
        "  schemas:\n    Thing: {type: object, properties: {id: {type: string}}}\n",
    ));
    let a = operation(&api, "a");
    assert_eq!(a.outcome, None);
    assert_eq!(a.response(), Some(&named("Thing")));
    let b = operation(&api, "b");
    assert_eq!((b.outcome.as_deref(), b.response()), (None, None));
}

#[test]
fn success_responses_with_different_bodies_are_an_outcome_enum() {
    let paths = "  /things:\n    post:\n      operationId: makeThing\n      responses:\n        '200':\n          description: It was there.\n          content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}\n        '201':\n          description: Made.\n          content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}\n        '202': {description: Later.}\n        '299': {description: Odd.}\n        2XX:\n          description: Anything else.\n          content: {application/json: {}}\n        '400': {description: bad}\n";
    let api = lower(&doc(
        paths,
        "  schemas:\n    Thing: {type: object, properties: {id: {type: string}}}\n",
    ));
    let op = operation(&api, "makeThing");
    assert_eq!(op.outcome.as_deref(), Some("MakeThingOutcome"));
    // No single response type: pagination and callers see the enum.
    assert_eq!(op.response(), None);
    let successes: Vec<(&str, &str, Option<&Type>)> = op
        .successes
        .iter()
        .map(|s| {
            (
                s.status.as_str(),
                s.variant.as_str(),
                s.content.as_ref().map(|c| &c.ty),
            )
        })
        .collect();
    assert_eq!(
        successes,
        [
            ("200", "Ok", Some(&named("Thing"))),
            ("201", "Created", Some(&named("MakeThingResponse"))),
            ("202", "Accepted", None),
            ("299", "Status299", None),
            ("2XX", "Success", Some(&Type::Json)),
        ]
    );
    assert_eq!(op.successes[1].doc, strings(&["Made."]));
    assert_eq!(op.errors.len(), 1);
}

#[test]
fn an_operation_without_a_success_response_is_a_warning_and_returns_nothing() {
    let paths = "  /a:\n    get:\n      operationId: a\n      responses:\n        '302': {description: elsewhere}\n  /b:\n    post:\n      operationId: b\n      responses:\n        default: {description: anything}\n";
    let Lowered { api, warnings } = lowered(&doc(paths, "  {}\n"));
    for id in ["a", "b"] {
        let op = operation(&api, id);
        assert!(op.successes.is_empty());
        assert_eq!((op.outcome.as_deref(), op.response_content()), (None, None));
        assert_eq!(op.errors.len(), 1);
    }
    assert_eq!(operation(&api, "b").errors[0].status, "default");
    let warnings: Vec<String> = warnings
        .iter()
        .map(|w| {
            format!(
                "{}: {}",
                w.pointer.as_deref().unwrap_or_default(),
                w.message
            )
        })
        .collect();
    let message = "the operation has no success (2xx) response; its `send` returns `()` on any 2xx status, reading no body, and every other status is an error";
    assert_eq!(
        warnings,
        [
            format!("#/paths/~1a/get/responses: {message}"),
            format!("#/paths/~1b/post/responses: {message}"),
        ]
    );
}

// ---- security (lower/security.rs) ---------------------------------------------------

const SECURED_PATHS: &str = "  /a:\n    get:\n      operationId: a\n      responses: {'204': {description: ok}}\n  /b:\n    get:\n      operationId: b\n      security: []\n      responses: {'204': {description: ok}}\n  /c:\n    get:\n      operationId: c\n      security: [{Other: []}]\n      responses: {'204': {description: ok}}\n";
const SECURITY_SCHEMES: &str = "  securitySchemes:\n    Key:\n      type: apiKey\n      in: header\n      name: X-Api-Key\n      x-invalid-token-error-codes: [token.expired, token.invalid]\n    Other: {type: apiKey, in: header, name: Authorization}\n";

#[test]
fn an_api_key_header_authenticates_every_operation_that_does_not_opt_out() {
    let yaml =
        doc(SECURED_PATHS, SECURITY_SCHEMES).replace("paths:\n", "security: [{Key: []}]\npaths:\n");
    let api = lower(&yaml);
    assert_eq!(
        operation(&api, "a").auth,
        Some(Auth {
            name: "Key".to_owned(),
            scheme: AuthScheme::Header("x-api-key".to_owned()),
            invalid_token_error_codes: strings(&["token.expired", "token.invalid"]),
            optional: false,
        })
    );
    // `security: []` opts out of the document's requirement.
    assert_eq!(operation(&api, "b").auth, None);
    // An operation's own requirement replaces the document's.
    assert_eq!(
        operation(&api, "c").auth,
        Some(Auth {
            name: "Other".to_owned(),
            scheme: AuthScheme::Header("authorization".to_owned()),
            invalid_token_error_codes: Vec::new(),
            optional: false,
        })
    );
}

#[test]
fn without_a_document_requirement_only_operations_that_ask_are_authenticated() {
    let api = lower(&doc(SECURED_PATHS, SECURITY_SCHEMES));
    let schemes: Vec<Option<&str>> = api
        .operations
        .iter()
        .map(|o| o.auth.as_ref().map(|a| a.name.as_str()))
        .collect();
    assert_eq!(schemes, [None, None, Some("Other")]);
}

#[test]
fn the_first_alternative_one_scheme_satisfies_is_taken() {
    let schemes = "  securitySchemes:\n    Query: {type: apiKey, in: query, name: key}\n    Cookie: {type: apiKey, in: cookie, name: sid}\n    Basic: {type: http, scheme: basic}\n    OAuth: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://x.test/token', scopes: {}}}}\n    Digest: {type: http, scheme: digest}\n    Key: {type: apiKey, in: header, name: X-Key}\n";
    let op = |id: &str, security: &str| {
        format!("  /{id}:\n    get:\n      operationId: {id}\n      security: {security}\n      responses: {{'204': {{description: ok}}}}\n")
    };
    let paths = [
        op("a", "[{Query: []}]"),
        op("b", "[{Cookie: []}]"),
        op("c", "[{Basic: []}]"),
        op("d", "[{OAuth: [read]}]"),
        op("e", "[{Digest: []}, {Key: [], Query: []}, {Key: []}]"),
        op("f", "[{}, {Key: []}]"),
        op("g", "[{Digest: []}]"),
    ]
    .concat();
    let Lowered { api, warnings } = lowered(&doc(&paths, schemes));
    let schemes: Vec<Option<(AuthScheme, bool)>> = api
        .operations
        .iter()
        .map(|o| o.auth.as_ref().map(|a| (a.scheme.clone(), a.optional)))
        .collect();
    assert_eq!(
        schemes,
        [
            Some((AuthScheme::Query("key".into()), false)),
            Some((AuthScheme::Cookie("sid".into()), false)),
            Some((AuthScheme::Basic, false)),
            Some((AuthScheme::Bearer, false)),
            Some((AuthScheme::Header("x-key".into()), false)),
            Some((AuthScheme::Header("x-key".into()), true)),
            None,
        ]
    );
    let warnings: Vec<&str> = warnings
        .iter()
        .map(|w| w.pointer.as_deref().unwrap_or_default())
        .collect();
    assert_eq!(warnings, ["#/paths/~1g/get/security"]);
    // The codes a scheme declares must be a list.
    let bad = "  securitySchemes:\n    Key: {type: apiKey, in: header, name: X-Key, x-invalid-token-error-codes: expired}\n";
    assert_eq!(
        // Said once, however many operations use the scheme.
        lower_errors(&doc(&[op("c", "[{Key: []}]"), op("d", "[{Key: []}]")].concat(), bad)),
        ["#/components/securitySchemes/Key/x-invalid-token-error-codes: `x-invalid-token-error-codes` must be a list of strings (or numbers)"]
    );
}

// ---- extensions (lower/extensions.rs) -----------------------------------------------

#[test]
fn x_pagination_names_the_cursor_and_items_fields() {
    let paths = "  /things:\n    get:\n      operationId: listThings\n      x-pagination: {cursorParameter: page-token, cursorField: nextPageToken, itemsField: things}\n      parameters:\n        - {name: page-token, in: query, schema: {type: string}}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                type: object\n                required: [things]\n                properties:\n                  things: {type: array, items: {$ref: '#/components/schemas/Thing'}}\n                  nextPageToken: {type: string}\n";
    let api = lower(&doc(
        paths,
        "  schemas:\n    Thing: {type: object, properties: {id: {type: string}}}\n",
    ));
    assert_eq!(
        operation(&api, "listThings").pagination,
        Some(Pagination {
            cursor_input: "page_token".to_owned(),
            cursor_input_path: Vec::new(),
            cursor_type: Type::String,
            cursor_required: false,
            cursor_field: "nextPageToken".to_owned(),
            cursor_path: vec![("next_page_token".to_owned(), false)],
            items_field: "things".to_owned(),
            items_path: vec![("things".to_owned(), true)],
            item: named("Thing"),
            has_more_field: None,
            has_more_path: Vec::new(),
            page_optional: false,
        })
    );
    let no_pagination = paths.replace("      x-pagination: {cursorParameter: page-token, cursorField: nextPageToken, itemsField: things}\n", "");
    let api = lower(&doc(
        &no_pagination,
        "  schemas:\n    Thing: {type: object, properties: {id: {type: string}}}\n",
    ));
    assert_eq!(operation(&api, "listThings").pagination, None);
}

#[test]
fn x_pagination_reads_items_and_has_more_inside_the_response() {
    let paths = "  /visits:\n    get:\n      operationId: listVisits\n      x-pagination: {cursorParameter: offset, cursorField: result.nextOffset, itemsField: result.list, hasMoreField: result.hasMore}\n      parameters:\n        - {name: offset, in: query, required: true, schema: {type: integer, format: int64}}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                type: object\n                properties:\n                  result:\n                    type: object\n                    required: [list]\n                    properties:\n                      list: {type: array, items: {$ref: '#/components/schemas/Thing'}}\n                      nextOffset: {type: integer, format: int64}\n                      hasMore: {type: boolean}\n";
    let things = "  schemas:\n    Thing: {type: object, properties: {id: {type: string}}}\n";
    let api = lower(&doc(paths, things));
    let pagination = operation(&api, "listVisits").pagination.clone().unwrap();
    assert_eq!(
        (pagination.items_field.as_str(), pagination.items_path),
        (
            "result.list",
            vec![("result".to_owned(), false), ("list".to_owned(), true)]
        )
    );
    assert_eq!(pagination.has_more_field.as_deref(), Some("result.hasMore"));
    assert_eq!(
        pagination.has_more_path,
        [("result".to_owned(), false), ("has_more".to_owned(), false)]
    );
    assert_eq!(pagination.item, named("Thing"));
    // A `hasMoreField` that is not a boolean, an `itemsField` that is not an
    // array, each named with the rule it breaks.
    for (from, to, rule) in [
        (
            "hasMoreField: result.hasMore",
            "hasMoreField: result.nextOffset",
            "`hasMoreField: result.nextOffset` must name a boolean property of the response",
        ),
        (
            "itemsField: result.list",
            "itemsField: result.nextOffset",
            "`itemsField: result.nextOffset` must name an array property of the response",
        ),
        (
            "itemsField: result.list",
            "itemsField: result.missing",
            "`itemsField: result.missing` must name an array property of the response",
        ),
    ] {
        let errors = lower_errors(&doc(&paths.replace(from, to), things));
        assert!(errors.iter().any(|e| e.contains(rule)), "{to}: {errors:?}");
    }
}

#[test]
fn idempotence_follows_the_method_unless_x_idempotent_says_otherwise() {
    let op = |method: &str, id: &str, extra: &str| {
        format!("    {method}:\n      operationId: {id}\n{extra}      responses: {{'204': {{description: ok}}}}\n")
    };
    let mut paths = String::from("  /a:\n");
    for method in ["get", "put", "post", "delete", "patch"] {
        paths.push_str(&op(method, method, ""));
    }
    paths.push_str("  /b:\n");
    paths.push_str(&op("get", "getMarked", "      x-idempotent: false\n"));
    paths.push_str(&op("post", "postMarked", "      x-idempotent: true\n"));
    let api = lower(&doc(&paths, "  {}\n"));
    let idempotent: Vec<(&str, bool)> = api
        .operations
        .iter()
        .map(|o| (o.id.as_str(), o.idempotent))
        .collect();
    assert_eq!(
        idempotent,
        [
            ("get", true),
            ("put", true),
            ("post", false),
            ("delete", true),
            ("patch", false),
            ("getMarked", false),
            ("postMarked", true),
        ]
    );
}

#[test]
fn x_retryable_error_codes_is_a_list_of_strings() {
    let yaml = doc("  {}\n", "  {}\n");
    assert!(lower(&yaml).retryable_error_codes.is_empty());
    let listed = yaml.replace(
        "paths:\n",
        "x-retryable-error-codes: [busy, rate.limited]\npaths:\n",
    );
    assert_eq!(
        lower(&listed).retryable_error_codes,
        ["busy", "rate.limited"]
    );
    // Numeric codes (`errcode`s) are read as written.
    let numbers = yaml.replace(
        "paths:\n",
        "x-retryable-error-codes: [busy, -1, 130101]\npaths:\n",
    );
    assert_eq!(
        lower(&numbers).retryable_error_codes,
        ["busy", "-1", "130101"]
    );
    let wrong = yaml.replace(
        "paths:\n",
        "x-retryable-error-codes: [busy, {code: 1}]\npaths:\n",
    );
    assert_eq!(
        lower_errors(&wrong),
        ["#/x-retryable-error-codes: `x-retryable-error-codes` must be a list of strings (or numbers)"]
    );
}

#[test]
fn two_or_more_required_inputs_get_a_struct_named_after_the_builder() {
    let api = lower(REFERENCED_RULES);
    assert_eq!(api.operations[0].builder_name, "AddThing");
    // `id` is the only required input: it stays an argument.
    assert_eq!(api.operations[0].input_struct, None);
    let notes = notes();
    let create = notes
        .operations
        .iter()
        .find(|o| o.id == "createNote")
        .unwrap();
    assert_eq!(create.input_struct.as_deref(), Some("CreateNoteInput"));
    // A schema that takes a name the operations need keeps it; the operation's gets a number.
    let clash = std::fs::read_to_string("tests/fixtures/notes/spec.yaml")
        .unwrap()
        .replace(
            "    NewNote:\n",
            "    CreateNoteInput: {type: string}\n    CreateNote: {type: string}\n    NewNote:\n",
        );
    let api = lower(&clash);
    let create = operation(&api, "createNote");
    assert_eq!(create.builder_name, "CreateNote2");
    assert_eq!(create.input_struct.as_deref(), Some("CreateNote2Input"));
}

/// A storage-like API: ids sent as one JSON array in the query, a cursor inside the body.
const STORAGE_LIKE: &str = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
servers: [{url: 'https://x.test'}]
paths:
  /roles:
    get:
      operationId: batchRoles
      parameters:
        - name: ids
          in: query
          required: true
          content:
            application/json:
              schema: {type: array, items: {type: string}, maxItems: 3}
        - name: filter
          in: header
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Filter'}
      responses:
        '204': {description: ok}
  /dentries/list:
    post:
      operationId: listAll
      x-pagination: {cursorParameter: option.nextToken, cursorField: nextToken, itemsField: items}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [spaceId]
              properties:
                spaceId: {type: string}
                option: {$ref: '#/components/schemas/ListOption'}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  items: {type: array, items: {type: string}}
                  nextToken: {type: string}
components:
  schemas:
    Filter: {type: object, properties: {kind: {type: string}}}
    ListOption:
      type: object
      properties:
        nextToken: {type: string}
        maxResults: {type: integer, format: int32}
"#;

#[test]
fn parameters_with_json_content_are_sent_as_json() {
    let api = lower(STORAGE_LIKE);
    let op = operation(&api, "batchRoles");
    let ids = input(op, "ids");
    assert!(ids.json && ids.required);
    assert_eq!(ids.location, Location::Query);
    assert_eq!(ids.ty, Type::Vec(Box::new(Type::String)));
    assert_eq!(ids.constraints.max_items, Some(3));
    let filter = input(op, "filter");
    assert!(filter.json && !filter.required);
    assert_eq!(filter.ty, named("Filter"));
    let text = STORAGE_LIKE.replace(
        "application/json:\n              schema: {type: array",
        "text/plain:\n              schema: {type: array",
    );
    let loose = lowered(&text);
    assert_eq!(
        messages(&loose.warnings),
        ["#/paths/~1roles/get/parameters/0/content/text~1plain: a parameter in `text/plain` is sent as its schema's value would be, in its location's style"]
    );
    assert!(!input(operation(&loose.api, "batchRoles"), "ids").json);
}

#[test]
fn a_cursor_may_live_inside_the_request_body() {
    let api = lower(STORAGE_LIKE);
    let pagination = operation(&api, "listAll").pagination.clone().unwrap();
    assert_eq!(pagination.cursor_input, "option");
    assert_eq!(
        pagination.cursor_input_path,
        [("next_token".to_owned(), false)]
    );
    // The way to the cursor must be through objects that can be created empty.
    let strict = STORAGE_LIKE.replace(
        "    ListOption:\n      type: object\n",
        "    ListOption:\n      type: object\n      required: [maxResults]\n",
    );
    let errors = lower_errors(&strict);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].starts_with("#/paths/~1dentries~1list/post/x-pagination: `cursorParameter: option.nextToken` must name"), "{errors:?}");
}

// ---- normalization (lower/normalize.rs) ---------------------------------------------

#[test]
fn schemas_without_a_type_take_the_type_their_keywords_imply() {
    let Lowered { api, warnings } = lowered(&schemas(
        "    Thing:\n      properties:\n        tags: {items: {type: string}}\n        size: {minimum: 0}\n        code: {pattern: '^[a-z]+$'}\n        mode: {enum: [a, b]}\n        any: {description: anything}\n",
    ));
    let TypeKind::Struct(fields) = &type_def(&api, "Thing").kind else {
        panic!("an object without `type` is a struct")
    };
    let types: Vec<&Type> = fields.iter().map(|f| &f.ty).collect();
    assert_eq!(
        types,
        [
            &Type::Vec(Box::new(Type::String)),
            &Type::F64,
            &Type::String,
            &named("ThingMode"),
            &Type::Json,
        ]
    );
    assert!(warnings.is_empty(), "{:?}", warnings);
}

#[test]
fn all_of_objects_merge_into_one_struct_and_a_lone_ref_is_that_ref() {
    let api = lower(&schemas(
        "    Base:\n      type: object\n      description: The base.\n      required: [id]\n      properties:\n        id: {type: string}\n    Pet:\n      allOf:\n        - $ref: '#/components/schemas/Base'\n        - type: object\n          properties:\n            name: {type: string}\n    Alias:\n      allOf:\n        - $ref: '#/components/schemas/Pet'\n",
    ));
    let TypeKind::Struct(fields) = &type_def(&api, "Pet").kind else {
        panic!("allOf of objects is a struct")
    };
    let names: Vec<(&str, bool)> = fields
        .iter()
        .map(|f| (f.json_name.as_str(), f.required))
        .collect();
    assert_eq!(names, [("id", true), ("name", false)]);
    assert_eq!(type_def(&api, "Pet").doc, ["The base."]);
    assert_eq!(type_def(&api, "Alias").kind, TypeKind::Alias(named("Pet")));
}

#[test]
fn annotations_beside_a_schema_in_all_of_cost_it_no_type() {
    // AWS's style: every property is `allOf` of one `$ref` and a description.
    let Lowered { api, warnings } = lowered(&schemas(
        "    Name:\n      type: string\n      description: A name.\n      maxLength: 8\n    Pet:\n      type: object\n      description: A pet.\n      properties:\n        id: {type: integer}\n    Owner:\n      type: object\n      required: [name, pet, nick, tag, size]\n      properties:\n        name:\n          allOf:\n            - $ref: '#/components/schemas/Name'\n            - description: The owner's name.\n        pet:\n          allOf:\n            - $ref: '#/components/schemas/Pet'\n            - {nullable: true, readOnly: true}\n        nick:\n          description: A nickname.\n          allOf:\n            - $ref: '#/components/schemas/Name'\n            - {title: Nick, example: bo, x-note: n}\n        tag:\n          allOf:\n            - {type: string, minLength: 2, description: The tag as written.}\n            - {description: A tag., deprecated: true}\n        size:\n          allOf:\n            - {description: Only words.}\n        plain:\n          allOf:\n            - $ref: '#/components/schemas/Pet'\n    Labelled:\n      description: A labelled pet.\n      allOf:\n        - $ref: '#/components/schemas/Pet'\n        - {}\n    Merged:\n      allOf:\n        - $ref: '#/components/schemas/Pet'\n        - {description: Merged.}\n        - type: object\n          properties:\n            name: {type: string}\n",
    ));
    assert!(warnings.is_empty(), "{:?}", messages(&warnings));
    // The type of the `$ref`, its rules, and the description written beside it.
    let name = field(&api, "Owner", "name");
    assert_eq!(name.ty, named("Name"));
    assert_eq!(name.doc, ["The owner's name."]);
    assert_eq!(name.constraints.max_length, Some(8));
    assert!(name.required);
    // `nullable` beside a `$ref` makes the field optional; the `$ref`'s own
    // description stands when none is written beside it.
    let pet = field(&api, "Owner", "pet");
    assert_eq!(pet.ty, named("Pet"));
    assert_eq!(pet.doc, ["A pet."]);
    assert!(!pet.required);
    // The wrapper's own description comes before the members'.
    assert_eq!(field(&api, "Owner", "nick").doc, ["A nickname."]);
    // One inline schema with annotations is that schema, annotated.
    let tag = field(&api, "Owner", "tag");
    assert_eq!(tag.ty, Type::String);
    assert_eq!(tag.doc, ["A tag."]);
    assert_eq!(tag.constraints.min_length, Some(2));
    // Annotations alone are any JSON, without a warning.
    let size = field(&api, "Owner", "size");
    assert_eq!(
        (&size.ty, &size.doc[..]),
        (&Type::Json, &["Only words.".to_owned()][..])
    );
    assert_eq!(field(&api, "Owner", "plain").ty, named("Pet"));
    // A component: an alias of the `$ref`, documented by its annotations.
    let labelled = type_def(&api, "Labelled");
    assert_eq!(labelled.kind, TypeKind::Alias(named("Pet")));
    assert_eq!(labelled.doc, ["A labelled pet."]);
    // Objects merge whatever annotates them.
    let merged = type_def(&api, "Merged");
    assert_eq!(merged.doc, ["Merged."]);
    let TypeKind::Struct(fields) = &merged.kind else {
        panic!("allOf of objects and annotations is a struct")
    };
    let names: Vec<&str> = fields.iter().map(|f| f.json_name.as_str()).collect();
    assert_eq!(names, ["id", "name"]);
}

#[test]
fn a_union_member_with_annotations_beside_its_ref_is_named_and_tagged_by_it() {
    let Lowered { api, warnings } = lowered(&schemas(
        "    Cat:\n      type: object\n      properties:\n        kind: {type: string}\n    Dog:\n      type: object\n      properties:\n        kind: {type: string}\n    Pet:\n      oneOf:\n        - allOf:\n            - $ref: '#/components/schemas/Cat'\n            - description: A cat.\n        - $ref: '#/components/schemas/Dog'\n      discriminator:\n        propertyName: kind\n",
    ));
    assert!(warnings.is_empty(), "{:?}", messages(&warnings));
    let TypeKind::Tagged { variants, .. } = &type_def(&api, "Pet").kind else {
        panic!(
            "a discriminated oneOf is a tagged union: {:?}",
            type_def(&api, "Pet").kind
        )
    };
    let names: Vec<(&str, &Type, &[String])> = variants
        .iter()
        .map(|v| (v.name.as_str(), &v.ty, &v.doc[..]))
        .collect();
    assert_eq!(names[0], ("Cat", &named("Cat"), &["A cat.".to_owned()][..]));
    assert_eq!(names[1].0, "Dog");
}

#[test]
fn any_of_is_read_as_one_of_and_null_in_an_enum_makes_it_nullable() {
    let api = lower(&schemas(
        "    Either:\n      anyOf:\n        - {type: string, title: Text}\n        - {type: integer, title: Number}\n    Holder:\n      type: object\n      required: [mode]\n      properties:\n        mode: {type: string, enum: [a, null]}\n",
    ));
    let TypeKind::Union(variants) = &type_def(&api, "Either").kind else {
        panic!("anyOf is a union")
    };
    let names: Vec<&str> = variants.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["Text", "Number"]);
    // Required, but null is one of its values: the field is optional.
    assert!(!field(&api, "Holder", "mode").required);
}

#[test]
fn loose_details_are_read_with_a_warning_naming_their_place() {
    let Lowered { api, warnings } = lowered(&schemas(
        "    Thing:\n      type: object\n      required: [id, ghost]\n      properties:\n        id: {type: integer, format: uint64}\n        small: {type: integer, format: int8}\n        amount: {type: number, format: decimal}\n        never: {not: {type: string}}\n",
    ));
    assert_eq!(field(&api, "Thing", "id").ty, Type::I64);
    assert_eq!(field(&api, "Thing", "small").ty, Type::I64);
    assert_eq!(field(&api, "Thing", "amount").ty, Type::F64);
    assert_eq!(field(&api, "Thing", "never").ty, Type::Json);
    assert_eq!(
        messages(&warnings),
        [
            "#/components/schemas/Thing/required: required names that are not properties are ignored: ghost",
            "#/components/schemas/Thing/properties/id/format: integer format `uint64` is read as int64",
            "#/components/schemas/Thing/properties/never: `not` has no Rust form; it is read as any JSON",
        ]
    );
}

#[test]
fn the_codes_of_a_module_are_one_set_each_code_once_and_each_operation_keeps_its_own() {
    let error = |op: &str, examples: &str| {
        format!("  /{op}:\n    get:\n      operationId: {op}\n      tags: [{tag}]\n      responses:\n        '200': {{description: ok}}\n        '404':\n          description: Failed.\n          content:\n            application/json:\n              schema: {{type: object, properties: {{code: {{type: string}}, message: {{type: string}}}}}}\n              examples:\n{examples}", tag = if op == "other" { "orders" } else { "pets" })
    };
    let example = |name: &str, code: &str, summary: &str| {
        format!("                {name}: {{summary: '{summary}', value: {{code: {code}, message: m}}}}\n")
    };
    let paths = [
        error(
            "getPet",
            &[
                example("a", "petGone", "The pet is gone."),
                example("b", "systemBusy", "Busy."),
            ]
            .concat(),
        ),
        error(
            "listPets",
            &[
                example("a", "system.busy", "Busy too."),
                example("b", "petGone", "No such pet."),
            ]
            .concat(),
        ),
        error("other", &example("a", "petGone", "Gone.")),
    ]
    .concat();
    let yaml = doc(&paths, "  {}\n");
    let spec = codegen::Spec::parse(Path::new("api.yaml"), &yaml).unwrap();
    let api = codegen::lower::lower_with(&spec, true).unwrap().api;
    let set = |module: &str| {
        let module = api.modules.iter().find(|m| m.name == module).unwrap();
        let codes = module.codes.codes.iter();
        let codes = codes.map(|c| (c.code.as_str(), c.variant.as_str()));
        (module.codes.name.as_str(), codes.collect::<Vec<_>>())
    };
    // A code two operations share is one variant; another code of the same
    // name is numbered.
    assert_eq!(
        set("pets"),
        (
            "ErrorCode",
            vec![
                ("petGone", "PetGone"),
                ("systemBusy", "SystemBusy"),
                ("system.busy", "SystemBusy2")
            ]
        )
    );
    assert_eq!(set("orders"), ("ErrorCode", vec![("petGone", "PetGone")]));
    // Each operation keeps its own codes, described its own way.
    let codes = |id: &str| {
        let op = operation(&api, id);
        let codes = op.codes.iter();
        codes
            .map(|c| (c.variant.clone(), c.doc.join(" ")))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        codes("listPets"),
        [
            ("SystemBusy2".to_owned(), "Busy too.".to_owned()),
            ("PetGone".to_owned(), "No such pet.".to_owned())
        ]
    );
    assert_eq!(codes("other"), [("PetGone".to_owned(), "Gone.".to_owned())]);
    assert!(api.root_codes.name.is_empty());
}

#[test]
fn errors_in_a_success_and_a_wrapped_result_are_read_and_their_mistakes_located() {
    let op = |extensions: &str| {
        format!("  /a:\n    get:\n      operationId: getA\n{extensions}      servers: [{{url: 'https://legacy.test/'}}]\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{type: object, properties: {{errcode: {{type: integer}}, result: {{type: object, required: [n], properties: {{n: {{type: integer}}}}}}}}}}\n              examples:\n                ok: {{value: {{errcode: 0, result: {{n: 1}}}}}}\n                gone: {{summary: It is gone., value: {{errcode: 404001}}}}\n")
    };
    let api = lower(&doc(
        &op("      x-error-in-body: {code: /errcode, success: 0}\n      x-result: /result/n\n"),
        "  {}\n",
    ));
    let get = operation(&api, "getA");
    assert_eq!(api.hosts, ["https://legacy.test"]);
    assert_eq!(get.server.as_deref(), Some("https://legacy.test"));
    let status = get.body_status.as_ref().unwrap();
    assert_eq!(
        (status.status.as_str(), status.code.as_str()),
        ("/errcode", "/errcode")
    );
    assert_eq!(status.success, serde_json::json!(0));
    let result = get.result.as_ref().unwrap();
    assert_eq!(
        (result.pointer.as_str(), &result.ty, result.required),
        ("/result/n", &Type::I64, true)
    );
    // The failing example is a code, named after the example.
    let codes: Vec<(&str, &str)> = get
        .codes
        .iter()
        .map(|c| (c.code.as_str(), c.variant.as_str()))
        .collect();
    assert_eq!(codes, [("404001", "Gone")]);

    let bad = lower_errors(&doc(
        &op("      x-error-in-body: {code: errcode, success: [0]}\n      x-result: /result/m\n"),
        "  {}\n",
    ));
    assert_eq!(
        bad,
        [
            "#/paths/~1a/get/x-error-in-body/code: `code` must be a JSON pointer into the answer, such as `/errcode`",
            "#/paths/~1a/get/x-result: `/result/m`: the success body has no property `m` there",
        ]
    );
}

#[test]
fn an_operation_s_names_in_its_module_drop_the_module_s_words_and_shadow_no_prelude_name() {
    let op = |id: &str, path: &str| {
        format!("  /{path}:\n    post:\n      operationId: {id}\n      tags: [oapi_robot]\n      responses:\n        '200': {{description: ok}}\n")
    };
    let yaml = doc(
        &[op("robot_Send", "send"), op("robot_GetInfo", "info")].concat(),
        "  {}\n",
    );
    let spec = codegen::Spec::parse(Path::new("api.yaml"), &yaml).unwrap();
    let api = codegen::lower::lower_with(&spec, true).unwrap().api;
    let names: Vec<(&str, &str)> = api
        .operations
        .iter()
        .map(|op| (op.method_name.as_str(), op.builder_name.as_str()))
        .collect();
    // `Send` would shadow the prelude's trait where the module is imported with `*`.
    assert_eq!(names, [("send", "RobotSend"), ("get_info", "GetInfo")]);
}

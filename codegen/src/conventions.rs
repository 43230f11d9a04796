//! What a spec says by convention rather than by keyword: which response header
//! carries the server's request id, and where its error schema keeps the error
//! code, the message and the request id.
//!
//! - The request-id header is the response header, among those the spec's
//!   operations declare, whose name ends in `request-id` or `requestid`
//!   (`x-request-id`, `X-Amzn-RequestId`); the most declared one wins.
//! - The error schema is the JSON schema of the error responses (`default`,
//!   `4XX`, `5XX` or a status of 400 or more) used by the most operations.
//!   Its parts are found by property name, without regard to case, at its top
//!   level or inside an `error` object: the code in `code`, `errorCode`,
//!   `error_code`, `errcode` or a string `error`; the message in `message`,
//!   `msg`, `errmsg`, `errorMessage`, `error_message`, `error_description`,
//!   `detail`, `description` or `title`; the request id in `requestId`,
//!   `request_id`, `traceId` or `trace_id`.

use std::borrow::Borrow;
use std::collections::HashMap;

use openapiv3::{OpenAPI, ReferenceOr, Response, Schema, SchemaKind, StatusCode, Type};

use crate::model::ErrorShape;

const CODE: &[&str] = &["code", "errorCode", "error_code", "errcode", "error"];
const MESSAGE: &[&str] = &[
    "message",
    "msg",
    "errmsg",
    "errorMessage",
    "error_message",
    "error_description",
    "detail",
    "description",
    "title",
];
const REQUEST_ID: &[&str] = &["requestId", "request_id", "traceId", "trace_id"];

/// The request-id header and the error shape of `doc`.
pub(crate) fn conventions(doc: &OpenAPI) -> (Option<String>, ErrorShape) {
    let mut headers: HashMap<String, usize> = HashMap::new();
    let mut schemas: Vec<(String, &Schema, usize)> = Vec::new();
    for (_, _, operation) in doc.operations() {
        let responses = operation.responses.responses.iter();
        let all = responses
            .map(|(status, response)| (Some(status), response))
            .chain(operation.responses.default.iter().map(|r| (None, r)));
        for (status, response) in all {
            let Some(response) = resolve_response(doc, response) else {
                continue;
            };
            for name in response.headers.keys() {
                let squashed: String = name
                    .chars()
                    .filter(|c| c.is_ascii_alphanumeric())
                    .collect::<String>()
                    .to_ascii_lowercase();
                if squashed.ends_with("requestid") {
                    *headers.entry(name.to_ascii_lowercase()).or_default() += 1;
                }
            }
            let is_error = match status {
                None => true,
                Some(StatusCode::Code(code)) => *code >= 400,
                Some(StatusCode::Range(range)) => *range >= 4,
            };
            if !is_error {
                continue;
            }
            let schema = response
                .content
                .iter()
                .find(|(media_type, _)| media_type.contains("json"))
                .and_then(|(_, media)| media.schema.as_ref());
            let Some((key, schema)) = schema.and_then(|s| resolve_schema(doc, s)) else {
                continue;
            };
            match schemas.iter_mut().find(|(k, _, _)| *k == key) {
                Some((_, _, count)) => *count += 1,
                None => schemas.push((key, schema, 1)),
            }
        }
    }
    // Ties go to the name that comes first, so that output is deterministic.
    let header = headers
        .into_iter()
        .max_by(|(a, m), (b, n)| m.cmp(n).then(b.cmp(a)))
        .map(|(name, _)| name);
    let schema = schemas
        .iter()
        .rev()
        .max_by_key(|(_, _, count)| *count)
        .map(|(_, schema, _)| *schema);
    let shape = schema.map(|s| shape_of(doc, s)).unwrap_or_default();
    (header, shape)
}

fn shape_of(doc: &OpenAPI, schema: &Schema) -> ErrorShape {
    let top = properties(schema);
    let nested = find(&top, &["error"])
        .and_then(|(name, s)| resolve_schema(doc, s).map(|(_, s)| (name, s)))
        .filter(|(_, s)| matches!(s.schema_kind, SchemaKind::Type(Type::Object(_))));
    let inner = nested.map(|(name, s)| (name, properties(s)));
    let path = |names: &[&str]| -> Vec<String> {
        let in_nested = inner.as_ref().and_then(|(outer, props)| {
            find(props, names).map(|(name, _)| vec![outer.clone(), name])
        });
        let at_top = || {
            find(&top, names)
                .filter(|(_, s)| !is_object(doc, s))
                .map(|(name, _)| vec![name])
        };
        in_nested.or_else(at_top).unwrap_or_default()
    };
    ErrorShape {
        code: path(CODE),
        message: path(MESSAGE),
        request_id: path(REQUEST_ID),
    }
}

type Properties<'a> = Vec<(&'a String, &'a ReferenceOr<Box<Schema>>)>;

fn properties(schema: &Schema) -> Properties<'_> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) => object.properties.iter().collect(),
        _ => Vec::new(),
    }
}

/// The first of `names` (in their order) that is a property, as the spec spells it.
fn find<'a>(
    properties: &Properties<'a>,
    names: &[&str],
) -> Option<(String, &'a ReferenceOr<Box<Schema>>)> {
    names.iter().find_map(|wanted| {
        properties
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(wanted))
            .map(|(name, schema)| ((*name).clone(), *schema))
    })
}

fn is_object(doc: &OpenAPI, schema: &ReferenceOr<Box<Schema>>) -> bool {
    let resolved = match schema {
        ReferenceOr::Item(schema) => Some(schema.as_ref()),
        ReferenceOr::Reference { reference } => component_schema(doc, reference),
    };
    resolved.is_some_and(|s| matches!(s.schema_kind, SchemaKind::Type(Type::Object(_))))
}

fn component_schema<'a>(doc: &'a OpenAPI, reference: &str) -> Option<&'a Schema> {
    let name = reference.strip_prefix("#/components/schemas/")?;
    match doc.components.as_ref()?.schemas.get(name)? {
        ReferenceOr::Item(schema) => Some(schema),
        ReferenceOr::Reference { reference } => component_schema(doc, reference),
    }
}

/// A schema and a key that is the same for every use of the same schema.
fn resolve_schema<'a, S: Borrow<Schema>>(
    doc: &'a OpenAPI,
    schema: &'a ReferenceOr<S>,
) -> Option<(String, &'a Schema)> {
    match schema {
        ReferenceOr::Item(schema) => {
            let schema: &Schema = schema.borrow();
            Some((format!("{schema:p}"), schema))
        }
        ReferenceOr::Reference { reference } => {
            component_schema(doc, reference).map(|s| (reference.clone(), s))
        }
    }
}

fn resolve_response<'a>(
    doc: &'a OpenAPI,
    response: &'a ReferenceOr<Response>,
) -> Option<&'a Response> {
    match response {
        ReferenceOr::Item(response) => Some(response),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/responses/")?;
            match doc.components.as_ref()?.responses.get(name)? {
                ReferenceOr::Item(response) => Some(response),
                ReferenceOr::Reference { .. } => None,
            }
        }
    }
}

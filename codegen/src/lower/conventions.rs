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

use std::collections::HashMap;

use openapiv3::{ReferenceOr, Schema, SchemaKind, Type};

use super::refs::SchemaRef;
use super::responses::is_error;
use super::Lowerer;
use crate::load::join;
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

type Properties<'a> = Vec<(&'a String, &'a ReferenceOr<Box<Schema>>)>;

impl<'a> Lowerer<'a> {
    /// The request-id header and the error shape of the document. What cannot
    /// be resolved here is reported where it is lowered, so it is skipped.
    pub(super) fn conventions(&self) -> (Option<String>, ErrorShape) {
        let mut headers: HashMap<String, usize> = HashMap::new();
        // Error schemas by the pointer they resolve to, in first-seen order, with their uses.
        let mut schemas: Vec<(String, &'a Schema, usize)> = Vec::new();
        for (path, method, operation) in self.doc.operations() {
            let pointer = join(&join("#/paths", path), method);
            let responses = operation.responses.responses.iter();
            let all = responses
                .map(|(status, response)| (Some(status), response))
                .chain(operation.responses.default.iter().map(|r| (None, r)));
            for (status, response) in all {
                let Ok((response, response_pointer)) = self.resolve_component(
                    response,
                    "responses",
                    "a response",
                    |c| &c.responses,
                    &pointer,
                ) else {
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
                let schema = response
                    .content
                    .iter()
                    .find(|(media_type, _)| media_type.contains("json"))
                    .and_then(|(_, media)| media.schema.as_ref());
                let Some(schema) = schema.filter(|_| is_error(status)) else {
                    continue;
                };
                let Ok((schema, key)) = self.resolve_schema(schema.into(), &response_pointer)
                else {
                    continue;
                };
                match schemas.iter_mut().find(|(k, _, _)| *k == key) {
                    Some((_, _, uses)) => *uses += 1,
                    None => schemas.push((key, schema, 1)),
                }
            }
        }
        // Ties go to the name first in order, so that output is deterministic.
        let header = headers
            .into_iter()
            .max_by(|(a, m), (b, n)| m.cmp(n).then(b.cmp(a)))
            .map(|(name, _)| name);
        let schema = schemas
            .iter()
            .rev()
            .max_by_key(|(_, _, uses)| *uses)
            .map(|(_, schema, _)| *schema);
        let shape = schema.map(|s| self.shape_of(s)).unwrap_or_default();
        (header, shape)
    }

    fn shape_of(&self, schema: &'a Schema) -> ErrorShape {
        let top = properties(schema);
        let inner = find(&top, &["error"]).and_then(|(name, s)| {
            let (s, _) = self.resolve_schema(SchemaRef::from(s), "#").ok()?;
            is_object(s).then(|| (name, properties(s)))
        });
        let path = |names: &[&str]| -> Vec<String> {
            let in_nested = inner.as_ref().and_then(|(outer, props)| {
                find(props, names).map(|(name, _)| vec![outer.clone(), name])
            });
            let at_top = || {
                find(&top, names)
                    .filter(|(_, s)| {
                        let resolved = self.resolve_schema(SchemaRef::from(*s), "#").ok();
                        !resolved.is_some_and(|(s, _)| is_object(s))
                    })
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
}

fn is_object(schema: &Schema) -> bool {
    matches!(schema.schema_kind, SchemaKind::Type(Type::Object(_)))
}

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

//! Responses: the success responses of an operation, with their bodies, and
//! the error statuses it lists.
//!
//! When every success status has the same body (or none has one), `send`
//! returns that body as it is. When they differ (a `200` with a body and a
//! `202` without, a `200` and a `201` with different schemas), `send` returns
//! an enum with a variant per status, named after it (`Ok`, `Created`,
//! `Accepted`, `NoContent`; `Status299` for a code without a usual name,
//! `Success` for the `2XX` range).
//!
//! An operation without a success response (one that only redirects, or only
//! lists `default`) is a warning: its `send` returns `()` on any 2xx status.
//! `default` describes its errors there as everywhere: a 2xx status is a
//! success whatever `default` says.
//!
//! An error response (`4XX`, `5XX`, a code of 400 or more, `default`) with a
//! JSON schema gets a type, inline schemas named after the operation and the
//! status's variant (`GetThingNotFoundBody`). When those types differ, the
//! operation's error body is an enum with a variant per status that has one
//! (`NotFound`, `ClientError` for `4XX`, `ServerError` for `5XX`, `Default`);
//! when they are all one type, it is that type. A schema the generator cannot
//! type is a warning, and that status's body stays the raw text of the error.
//! Redirects are never errors with a body (the runtime does not follow them)
//! and get no type.

use heck::ToUpperCamelCase;
use openapiv3::StatusCode;

use super::bodies::is_json;
use super::names::unique;
use super::{lines, Lowerer, Result};
use crate::load::join;
use crate::model::*;

impl<'a> Lowerer<'a> {
    /// The responses of an operation: its successes with the name of its
    /// outcome enum when their bodies differ, and its errors with the name of
    /// its error enum when their bodies differ.
    pub(super) fn responses(
        &mut self,
        builder_name: &str,
        op: &'a openapiv3::Operation,
        pointer: &str,
    ) -> Result<Responses> {
        let mut successes: Vec<Success> = Vec::new();
        let mut errors: Vec<ErrorResponse> = Vec::new();
        let all = op
            .responses
            .responses
            .iter()
            .map(|(status, response)| (status.to_string(), Some(status), response))
            .chain(
                op.responses
                    .default
                    .iter()
                    .map(|response| ("default".to_owned(), None, response)),
            );
        for (status, code, response) in all {
            let response_pointer = join(pointer, &status);
            let (response, resolved_pointer) = self.resolve_component(
                response,
                "responses",
                "a response",
                |c| &c.responses,
                &response_pointer,
            )?;
            let is_success = matches!(
                code,
                Some(StatusCode::Code(200..=299)) | Some(StatusCode::Range(2))
            );
            if !is_success {
                let variant = unique(&variant_name(&status), "", |name| {
                    errors.iter().any(|e| e.variant == name)
                });
                let hint = format!("{builder_name}{variant}Body");
                let ty = if is_error(code) {
                    self.error_body(&response.content, &resolved_pointer, &hint)
                } else {
                    None
                };
                errors.push(ErrorResponse {
                    status,
                    examples: self.examples(&response.content),
                    variant,
                    doc: lines(&response.description),
                    ty,
                });
                continue;
            }
            let content = if response.content.is_empty() {
                None
            } else {
                let (media_type, media, encoding) =
                    self.media(&response.content, &response_pointer)?;
                let schema_pointer = join(
                    &join(&join(&response_pointer, "content"), media_type),
                    "schema",
                );
                let (encoding, ty) = match (encoding, &media.schema) {
                    // Every success body given inline is named after the
                    // operation; a second one gets a number.
                    (Encoding::Json, Some(schema)) => (
                        Encoding::Json,
                        self.type_of(
                            schema.into(),
                            &schema_pointer,
                            &format!("{builder_name}Response"),
                        )?,
                    ),
                    (Encoding::Json, None) => (Encoding::Json, Type::Json),
                    (Encoding::Text, _) => (Encoding::Text, Type::String),
                    // Forms and multipart bodies are read as bytes.
                    _ => (Encoding::Binary, Type::Bytes),
                };
                Some(Content {
                    media_type: media_type.to_owned(),
                    encoding,
                    ty,
                })
            };
            let variant = unique(&variant_name(&status), "", |name| {
                successes.iter().any(|s| s.variant == name)
            });
            successes.push(Success {
                status,
                variant,
                doc: lines(&response.description),
                content,
                examples: self.examples(&response.content),
            });
        }
        if successes.is_empty() {
            self.warnings.push(self.err(
                pointer,
                "the operation has no success (2xx) response; its `send` returns `()` on any 2xx status, reading no body, and every other status is an error",
            ));
        }
        let same = |a: &Option<Content>, b: &Option<Content>| match (a, b) {
            (Some(a), Some(b)) => a.encoding == b.encoding && a.ty == b.ty,
            (None, None) => true,
            _ => false,
        };
        let differ = successes
            .first()
            .is_some_and(|first| successes.iter().any(|s| !same(&s.content, &first.content)));
        let outcome =
            differ.then(|| self.claim_type_name(&format!("{builder_name}Outcome"), pointer));
        let mut error_types = errors.iter().filter_map(|e| e.ty.as_ref());
        let first = error_types.next();
        let error_enum = error_types
            .any(|ty| Some(ty) != first)
            .then(|| self.claim_type_name(&format!("{builder_name}ErrorBody"), pointer));
        Ok(Responses {
            successes,
            outcome,
            errors,
            error_enum,
        })
    }

    /// The examples of a JSON body (`example`, or each of `examples`, those
    /// given by `$ref` to `#/components/examples` too), with their summaries.
    fn examples(&self, content: &indexmap::IndexMap<String, openapiv3::MediaType>) -> Vec<Example> {
        let Some((_, media)) = content.iter().find(|(media_type, _)| is_json(media_type)) else {
            return Vec::new();
        };
        let named = media.examples.iter().filter_map(|(name, example)| {
            let example = match example {
                openapiv3::ReferenceOr::Item(example) => example,
                openapiv3::ReferenceOr::Reference { reference } => {
                    let name = reference.strip_prefix("#/components/examples/")?;
                    match self.doc.components.as_ref()?.examples.get(name)? {
                        openapiv3::ReferenceOr::Item(example) => example,
                        openapiv3::ReferenceOr::Reference { .. } => return None,
                    }
                }
            };
            Some(Example {
                name: Some(name.clone()),
                summary: example.summary.clone(),
                value: example.value.clone()?,
            })
        });
        let lone = media.example.iter().map(|value| Example {
            name: None,
            summary: None,
            value: value.clone(),
        });
        lone.chain(named).collect()
    }

    /// The type of an error response's JSON body, called `hint` when it is
    /// given inline; `None` when it has no JSON schema, or one that cannot be
    /// typed, which is a warning (at the response's own place, a component's
    /// when it is one) and leaves no type of it behind.
    fn error_body(
        &mut self,
        content: &'a indexmap::IndexMap<String, openapiv3::MediaType>,
        response_pointer: &str,
        hint: &str,
    ) -> Option<Type> {
        let (media_type, media) = content.iter().find(|(media_type, _)| is_json(media_type))?;
        let schema = media.schema.as_ref()?;
        let schema_pointer = join(
            &join(&join(response_pointer, "content"), media_type),
            "schema",
        );
        let defined = self.types.len();
        match self.type_of(schema.into(), &schema_pointer, hint) {
            Ok(ty) => Some(ty),
            Err(mut error) => {
                for def in self.types.drain(defined..) {
                    self.type_names.remove(&def.name);
                }
                error.message = format!(
                    "{}; this error body is not typed and stays the raw text of `ApiError::body`",
                    error.message
                );
                self.warnings.push(error);
                None
            }
        }
    }
}

/// What [`Lowerer::responses`] finds: the fields of [`Operation`] of the same names.
pub(super) struct Responses {
    pub successes: Vec<Success>,
    pub outcome: Option<String>,
    pub errors: Vec<ErrorResponse>,
    pub error_enum: Option<String>,
}

/// Whether a response's status (`None` for `default`) is an error the
/// runtime hands back with its body: a code of 400 or more, `4XX`, `5XX` or
/// `default`.
pub(super) fn is_error(status: Option<&StatusCode>) -> bool {
    match status {
        Some(StatusCode::Code(code)) => *code >= 400,
        Some(StatusCode::Range(range)) => *range >= 4,
        None => true,
    }
}

/// The variant of an outcome or error enum for a status: its reason phrase
/// (`Created`, `NotFound`), `Status<code>` for a code without one, `Success`
/// for `2XX`, `ClientError` for `4XX`, `ServerError` for `5XX`, `Default`.
fn variant_name(status: &str) -> String {
    let reason = match status {
        "200" => "OK",
        "201" => "Created",
        "202" => "Accepted",
        "203" => "Non-Authoritative Information",
        "204" => "No Content",
        "205" => "Reset Content",
        "206" => "Partial Content",
        "207" => "Multi-Status",
        "208" => "Already Reported",
        "226" => "IM Used",
        "2XX" => "Success",
        "400" => "Bad Request",
        "401" => "Unauthorized",
        "402" => "Payment Required",
        "403" => "Forbidden",
        "404" => "Not Found",
        "405" => "Method Not Allowed",
        "406" => "Not Acceptable",
        "407" => "Proxy Authentication Required",
        "408" => "Request Timeout",
        "409" => "Conflict",
        "410" => "Gone",
        "411" => "Length Required",
        "412" => "Precondition Failed",
        "413" => "Payload Too Large",
        "414" => "URI Too Long",
        "415" => "Unsupported Media Type",
        "416" => "Range Not Satisfiable",
        "417" => "Expectation Failed",
        "421" => "Misdirected Request",
        "422" => "Unprocessable Entity",
        "423" => "Locked",
        "424" => "Failed Dependency",
        "425" => "Too Early",
        "426" => "Upgrade Required",
        "428" => "Precondition Required",
        "429" => "Too Many Requests",
        "431" => "Request Header Fields Too Large",
        "451" => "Unavailable For Legal Reasons",
        "4XX" => "Client Error",
        "500" => "Internal Server Error",
        "501" => "Not Implemented",
        "502" => "Bad Gateway",
        "503" => "Service Unavailable",
        "504" => "Gateway Timeout",
        "505" => "HTTP Version Not Supported",
        "506" => "Variant Also Negotiates",
        "507" => "Insufficient Storage",
        "508" => "Loop Detected",
        "510" => "Not Extended",
        "511" => "Network Authentication Required",
        "5XX" => "Server Error",
        "default" => "Default",
        _ => return format!("Status{status}"),
    };
    reason.to_upper_camel_case()
}

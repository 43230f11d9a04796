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

use heck::ToUpperCamelCase;
use openapiv3::StatusCode;

use super::names::unique;
use super::{lines, Lowerer, Result};
use crate::load::join;
use crate::model::*;

impl<'a> Lowerer<'a> {
    /// The success responses of an operation, the name of its outcome enum
    /// when their bodies differ, and its error responses.
    pub(super) fn responses(
        &mut self,
        builder_name: &str,
        op: &'a openapiv3::Operation,
        pointer: &str,
    ) -> Result<(Vec<Success>, Option<String>, Vec<ErrorResponse>)> {
        let mut successes: Vec<Success> = Vec::new();
        let mut errors = Vec::new();
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
            let (response, _) = self.resolve_component(
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
                errors.push(ErrorResponse {
                    status,
                    doc: lines(&response.description),
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
        Ok((successes, outcome, errors))
    }
}

/// The variant of an outcome enum for a success status: its reason phrase
/// (`Created`), `Status<code>` for a code without one, `Success` for `2XX`.
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
        _ => return format!("Status{status}"),
    };
    reason.to_upper_camel_case()
}

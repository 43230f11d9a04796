//! Responses: the one success body type of an operation and the error statuses it lists.

use openapiv3::StatusCode;

use super::{lines, Lowerer, Result};
use crate::load::join;
use crate::model::*;

impl<'a> Lowerer<'a> {
    /// The success body type (`None` when the success response has no content) and
    /// the error responses of an operation.
    pub(super) fn responses(
        &mut self,
        builder_name: &str,
        op: &'a openapiv3::Operation,
        pointer: &str,
    ) -> Result<(Option<Type>, Vec<ErrorResponse>)> {
        let mut success: Option<(Option<Type>, String)> = None;
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
            let ty = if response.content.is_empty() {
                None
            } else {
                let (media_type, schema) =
                    self.json_schema(&response.content, &response_pointer)?;
                match schema {
                    Some(schema) => {
                        let schema_pointer = join(
                            &join(&join(&response_pointer, "content"), media_type),
                            "schema",
                        );
                        Some(self.type_of(
                            schema.into(),
                            &schema_pointer,
                            &format!("{builder_name}Response"),
                        )?)
                    }
                    None => Some(Type::Json),
                }
            };
            if let Some((first, first_status)) = &success {
                if first != &ty {
                    return Err(self.err(
                        &response_pointer,
                        format!("success responses {first_status} and {status} have different bodies; only one success body type is supported"),
                    ));
                }
            } else {
                success = Some((ty, status));
            }
        }
        match success {
            Some((ty, _)) => Ok((ty, errors)),
            None => Err(self.err(pointer, "the operation has no success (2xx) response")),
        }
    }
}

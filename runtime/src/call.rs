//! A call as a generated request builder holds it: the client it goes
//! through and the request, with the inputs set so far already encoded.

use std::fmt::{self, Display};

use serde::de::DeserializeOwned;

use crate::error::Plain as Error;
use crate::request::{CallOptions, File, Request};
use crate::style::Style;
use crate::validate::{At, Check, Rules, Validate, Violation};
use crate::{BodyStatus, Client, Operation, Response};

/// One call of an operation, being made: its inputs are encoded into the
/// request as they are set, and the first one refused (by the spec's rules,
/// or because it cannot be encoded) is what `send` fails with, before
/// anything goes on the wire.
///
/// Its `Debug` shows the operation and the call's settings, never the
/// inputs, which may be secret.
#[derive(Clone)]
pub struct Call {
    client: Client,
    request: Request,
    /// The first input refused: its name and the rule it breaks.
    refused: Option<Box<(String, String)>>,
}

/// Methods that encode an input and may refuse it: the refusal is kept.
macro_rules! refusable {
    ($($(#[$doc:meta])* $name:ident($($arg:ident: $ty:ty),*);)*) => {
        $(
            $(#[$doc])*
            pub fn $name(&mut self, $($arg: $ty),*) {
                let result = self.request.$name($($arg),*);
                self.keep(result);
            }
        )*
    };
}

/// Methods that encode an input and cannot refuse it.
macro_rules! infallible {
    ($($(#[$doc:meta])* $name:ident($($arg:ident: $ty:ty),*);)*) => {
        $(
            $(#[$doc])*
            pub fn $name(&mut self, $($arg: $ty),*) {
                self.request.$name($($arg),*);
            }
        )*
    };
}

impl Call {
    /// A call of `operation` through `client`, with the client's settings.
    pub fn new(client: &Client, operation: &'static Operation) -> Call {
        Call {
            client: client.clone(),
            request: Request::new(operation, CallOptions::default()),
            refused: None,
        }
    }

    /// The call's own settings, which override the client's.
    pub fn options(&mut self) -> &mut CallOptions {
        &mut self.request.options
    }

    /// Checks the input `name` against the spec's `rules`: a violation is
    /// what `send` fails with, unless an input was refused before.
    pub fn check<T: Check + ?Sized>(&mut self, value: &T, name: &str, rules: &Rules) {
        let result = rules.check(value, &At::root(name));
        self.keep_violation(result);
    }

    /// Checks the rules of the models the input `name` holds, as
    /// [`check`](Self::check) does.
    pub fn validate<T: Validate + ?Sized>(&mut self, value: &T, name: &str) {
        let result = value.validate(&At::root(name));
        self.keep_violation(result);
    }

    /// Checks the rules of the models the body holds, as
    /// [`check`](Self::check) does.
    pub fn validate_body<T: Validate + ?Sized>(&mut self, body: &T) {
        let result = body.validate(&At::body());
        self.keep_violation(result);
    }

    fn keep_violation(&mut self, result: Result<(), Violation>) {
        if let (Err(violation), None) = (result, &self.refused) {
            self.refused = Some(Box::new((violation.field, violation.rule)));
        }
    }

    fn keep(&mut self, result: Result<(), Error>) {
        if let (Err(error), None) = (result, &self.refused) {
            let refused = match error {
                Error::InvalidInput { field, rule, .. } => (field, rule),
                other => (String::new(), other.to_string()),
            };
            self.refused = Some(Box::new(refused));
        }
    }

    refusable! {
        /// See [`Request::path_param`].
        path_param(name: &str, value: impl Display);
        /// See [`Request::path_param_styled`].
        path_param_styled(name: &str, value: &impl serde::Serialize, style: Style, explode: bool);
        /// See [`Request::path_param_json`].
        path_param_json(name: &'static str, value: &impl serde::Serialize);
        /// See [`Request::query_styled`].
        query_styled(name: &'static str, value: &impl serde::Serialize, style: Style, explode: bool);
        /// See [`Request::query_json`].
        query_json(name: &'static str, value: &impl serde::Serialize);
        /// See [`Request::header_styled`].
        header_styled(name: &'static str, value: &impl serde::Serialize, explode: bool);
        /// See [`Request::header_json`].
        header_json(name: &'static str, value: &impl serde::Serialize);
        /// See [`Request::json`].
        json(value: &impl serde::Serialize);
        /// See [`Request::json_as`].
        json_as(content_type: &'static str, value: &impl serde::Serialize);
        /// See [`Request::form`].
        form(value: &impl serde::Serialize);
        /// See [`Request::part`].
        part(name: &'static str, value: &impl serde::Serialize);
        /// See [`Request::parts`].
        parts(value: &impl serde::Serialize);
    }

    infallible! {
        /// See [`Request::query`].
        query(name: &'static str, value: impl Display);
        /// See [`Request::query_opt`].
        query_opt(name: &'static str, value: Option<impl Display>);
        /// See [`Request::header`].
        header(name: &'static str, value: impl Display);
        /// See [`Request::header_opt`].
        header_opt(name: &'static str, value: Option<impl Display>);
        /// See [`Request::bytes`].
        bytes(content_type: &'static str, bytes: impl Into<bytes::Bytes>);
        /// See [`Request::part_file`].
        part_file(name: &'static str, file: &File, content_type: &str);
        /// See [`Request::file_parts`].
        file_parts(files: &std::collections::BTreeMap<String, File>, content_type: &str);
        /// See [`Request::accept`].
        accept(media_types: &'static str);
        /// See [`Request::server`].
        server(server: &'static str);
        /// See [`Request::body_status`].
        body_status(status: &'static BodyStatus);
        /// See [`Request::result`].
        result(pointer: &'static str);
        /// See [`Request::retryable_error_codes`].
        retryable_error_codes(codes: &'static [&'static str]);
    }

    /// The request, unless an input was refused.
    fn into_parts(self) -> Result<(Client, Request), Error> {
        match self.refused {
            Some(refused) => Err(Error::InvalidInput {
                operation_id: self.request.operation.id,
                field: refused.0,
                rule: refused.1,
            }),
            None => Ok((self.client, self.request)),
        }
    }

    /// Sends the call (see [`Client::send_json`]).
    pub async fn send_json<T: DeserializeOwned>(self) -> Result<T, Error> {
        let (client, request) = self.into_parts()?;
        client.send_json(request).await
    }

    /// Sends the call (see [`Client::send_raw`]).
    pub async fn send_raw(self) -> Result<Response, Error> {
        let (client, request) = self.into_parts()?;
        client.send_raw(request).await
    }

    /// Sends the call (see [`Client::send_empty`]).
    pub async fn send_empty(self) -> Result<(), Error> {
        let (client, request) = self.into_parts()?;
        client.send_empty(request).await
    }
}

impl fmt::Debug for Call {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("operation", &self.request.operation.id)
            .field("options", &self.request.options)
            .finish_non_exhaustive()
    }
}

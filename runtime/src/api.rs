//! What a generated client tells the runtime about its API and its operations:
//! static descriptions, written by the generator from the spec.

use reqwest::Method;

/// An API as its spec describes it.
#[derive(Debug)]
pub struct Api {
    /// The spec's `info.title`.
    pub title: &'static str,
    /// Base URLs, the default first.
    pub servers: &'static [&'static str],
    /// The other servers operations name as their own (an operation-level
    /// `servers`): calls of those operations go there instead of the base
    /// URL, with the same credentials.
    pub hosts: &'static [&'static str],
    /// The default `User-Agent` (the generated crate's name and version).
    pub user_agent: &'static str,
    /// Error codes worth retrying whatever their HTTP status.
    pub retryable_error_codes: &'static [&'static str],
    /// The response header carrying the server's id of a request, if the spec declares one.
    pub request_id_header: Option<&'static str>,
    /// Where the error schema keeps its code, message and request id.
    pub error_body: ErrorShape,
}

/// Where in an error body its parts are: each a JSON path of property names,
/// matched without regard to case (`["error", "code"]` reads `{"error": {"Code": ..}}`).
/// An empty path means the body has no such part.
#[derive(Debug, Clone, Copy, Default)]
pub struct ErrorShape {
    /// The error code (`["code"]`).
    pub code: &'static [&'static str],
    /// The error message (`["message"]`).
    pub message: &'static [&'static str],
    /// The request id (`["requestid"]`).
    pub request_id: &'static [&'static str],
}

/// Where an answer with a success status says it failed, for APIs that
/// answer errors inside a success (`{"errcode": 40014, "errmsg": ".."}` with
/// HTTP 200): JSON pointers into the body, and the value meaning success.
#[derive(Debug, Clone, Copy)]
pub struct BodyStatus {
    /// The value telling success from failure (`/errcode`, `/ok`).
    pub status: &'static str,
    /// That value on success, as JSON (`0`, `true`); an answer without the
    /// value succeeds too.
    pub success: &'static str,
    /// The error code (`/errcode`, `/error`).
    pub code: &'static str,
    /// The error message (`/errmsg`); `""` when there is none.
    pub message: &'static str,
    /// The server's id of the request (`/request_id`), when the answer
    /// carries it in the body; `""` when it does not.
    pub request_id: &'static str,
}

/// One operation of the API.
#[derive(Debug)]
pub struct Operation {
    /// The spec's `operationId`.
    pub id: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path template, as in the spec (`/spaces/{spaceId}`), for logs.
    pub path: &'static str,
    /// How the operation is authenticated, if it is.
    pub auth: Option<Auth>,
    /// Whether sending it twice has the effect of sending it once.
    pub idempotent: bool,
}

impl Operation {
    /// An operation, its fields in the order of the struct.
    pub const fn new(
        id: &'static str,
        method: Method,
        path: &'static str,
        auth: Option<Auth>,
        idempotent: bool,
    ) -> Operation {
        Operation {
            id,
            method,
            path,
            auth,
            idempotent,
        }
    }
}

/// How a token is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthScheme {
    /// As it is, in the header of this name (an API key).
    Header(&'static str),
    /// In this query parameter (an API key).
    Query(&'static str),
    /// In this cookie (an API key).
    Cookie(&'static str),
    /// In `Authorization: Bearer <token>`.
    Bearer,
    /// In `Authorization: Basic <base64 of the token>`, the token being
    /// `user:password` ([`StaticToken::basic`](crate::StaticToken::basic)).
    Basic,
}

/// An operation's authentication.
#[derive(Debug, Clone, Copy)]
pub struct Auth {
    /// Where the token goes.
    pub scheme: AuthScheme,
    /// Error codes meaning the token was rejected, so a fresh one may succeed.
    pub invalid_token_error_codes: &'static [&'static str],
    /// The operation may also be called without a token: a client without
    /// credentials sends none instead of failing.
    pub optional: bool,
}

/// Error codes meaning a token was rejected.
type Codes = &'static [&'static str];

impl Auth {
    const fn new(scheme: AuthScheme, invalid_token_error_codes: Codes) -> Self {
        Auth {
            scheme,
            invalid_token_error_codes,
            optional: false,
        }
    }

    /// A token sent as it is in the header `name` (lowercase).
    pub const fn header(name: &'static str, invalid_token_error_codes: Codes) -> Self {
        Auth::new(AuthScheme::Header(name), invalid_token_error_codes)
    }

    /// A token sent as the query parameter `name`.
    pub const fn query(name: &'static str, invalid_token_error_codes: Codes) -> Self {
        Auth::new(AuthScheme::Query(name), invalid_token_error_codes)
    }

    /// A token sent as the cookie `name`.
    pub const fn cookie(name: &'static str, invalid_token_error_codes: Codes) -> Self {
        Auth::new(AuthScheme::Cookie(name), invalid_token_error_codes)
    }

    /// A token sent as `Authorization: Bearer <token>`.
    pub const fn bearer(invalid_token_error_codes: Codes) -> Self {
        Auth::new(AuthScheme::Bearer, invalid_token_error_codes)
    }

    /// `user:password` sent as HTTP basic credentials.
    pub const fn basic(invalid_token_error_codes: Codes) -> Self {
        Auth::new(AuthScheme::Basic, invalid_token_error_codes)
    }

    /// The same, but the operation may also be called without a token.
    pub const fn optional(mut self) -> Self {
        self.optional = true;
        self
    }
}

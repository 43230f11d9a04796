//! The one error type of the client.

use std::convert::Infallible;
use std::fmt;
use std::marker::PhantomData;
use std::time::Duration;

use reqwest::StatusCode;

use crate::kind::{chain, transport_kind, ErrorKind};

/// Why a call failed.
///
/// Match on the kind of failure: [`Error::Api`] when the server answered with an
/// error, [`Error::Transport`] when no complete response arrived,
/// [`Error::OperationTimeout`] when the call's deadline passed,
/// [`Error::Decode`] when a response arrived but could not be read,
/// [`Error::Redirect`] when the server answered with a redirect, which is never
/// followed, [`Error::ResponseTooLarge`] when the body passed the size limit,
/// [`Error::Transfer`], [`Error::Stalled`], [`Error::UrlsRefused`] and
/// [`Error::Io`] when moving a file's contents failed,
/// [`Error::InvalidInput`] when the request was refused before sending, and
/// [`Error::Config`] when the client itself is misconfigured. [`Error::kind`]
/// tells finer kinds apart, transport failures in particular (a refused
/// connection, a timeout and which limit, a reset, TLS, DNS).
///
/// An operation's call fails with `Error<E>`, where `E` is the operation's
/// request builder, its [`OperationError`]: [`Error::code`] then reads the
/// error code as a value of the module's documented codes and [`Error::body`]
/// the error body as the spec's type for its status (an [`ErrorBody`]).
/// Every `Error<E>` converts into the plain `Error` (`?` does it), which keeps
/// everything but the type.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error<E = Untyped> {
    /// The server answered with an error: an error status, or a success
    /// whose body says it failed.
    #[error(transparent)]
    Api(Box<ApiError>),
    /// No complete response arrived; the message names the kind of failure
    /// ([`ErrorKind`]) and its causes.
    #[error("{operation_id}: {}: {}", transport_kind(source), chain(source))]
    Transport {
        /// The spec's `operationId` of the call.
        operation_id: &'static str,
        /// The HTTP client's error, without the request's URL.
        #[source]
        source: reqwest::Error,
    },
    /// The call's operation timeout passed, or would pass before the next
    /// attempt, whatever it was doing: an attempt, a wait before a retry, or
    /// getting a token.
    #[error(
        "{operation_id}: {}",
        describe_deadline(*limit, *attempts, *retry_in, last.as_deref())
    )]
    OperationTimeout {
        /// The spec's `operationId` of the call.
        operation_id: &'static str,
        /// The operation timeout in force.
        limit: Duration,
        /// How many attempts were sent.
        attempts: u32,
        /// How long the call would have waited before the next attempt, when
        /// it failed instead because the wait would pass the deadline.
        retry_in: Option<Duration>,
        /// Why the last attempt before the deadline failed, if one did.
        #[source]
        last: Option<Box<Error>>,
    },
    /// A response arrived but its body is not what the spec says.
    #[error(transparent)]
    Decode(Box<DecodeError>),
    #[error(
        "{operation_id}: the server answered HTTP {status} redirecting to {}; redirects are \
         not followed, so that credentials never leave the API's origin",
        location.as_deref().unwrap_or("no location")
    )]
    /// The server answered with a redirect, which is not followed.
    Redirect {
        /// The spec's `operationId` of the call.
        operation_id: &'static str,
        /// The redirect's HTTP status.
        status: StatusCode,
        /// The `Location` the server named, if any.
        location: Option<String>,
    },
    #[error(
        "{operation_id}: the HTTP {status} response body is larger than the limit of {limit} bytes; \
         raise it with `ClientBuilder::max_response_size` or the call's `.max_response_size(..)`"
    )]
    /// A response body was larger than the limit; it was not read further.
    ResponseTooLarge {
        /// The spec's `operationId` of the call.
        operation_id: &'static str,
        /// The response's HTTP status.
        status: StatusCode,
        /// The limit in force, in bytes after decompression.
        limit: u64,
        /// The server's id of the request, when its header gave one.
        request_id: Option<String>,
    },
    #[error("{what}: {}{message}", status.map(|s| format!("HTTP {s}: ")).unwrap_or_default())]
    /// Moving file contents to or from a signed URL failed.
    Transfer {
        /// What was being moved (`upload part 3`, `download`).
        what: String,
        /// The storage's HTTP status, when it answered.
        status: Option<StatusCode>,
        /// What went wrong.
        message: String,
    },
    #[error(
        "{what}: stalled: under {min_bytes_per_second} bytes a second for {} s",
        grace.as_secs_f64()
    )]
    /// A transfer moved too slowly for too long, again and again.
    Stalled {
        /// What was being moved (`upload part 3`, `download`).
        what: String,
        /// The least throughput accepted.
        min_bytes_per_second: u64,
        /// How long it may stay under that.
        grace: Duration,
    },
    /// The storage refused every fresh URL it was given.
    #[error("{what}: the storage refused {} fresh URLs in a row; the last answer: {last}", renewals + 1)]
    UrlsRefused {
        /// What was being moved (`upload part 3`, `download`).
        what: String,
        /// Fresh URLs asked for in a row before giving up.
        renewals: u32,
        /// The storage's answer to the last URL.
        last: Box<Error>,
    },
    /// Reading or writing a local file failed.
    #[error("{what}: {source}")]
    Io {
        /// What was being done (`reading report.pdf`).
        what: String,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// An input breaks a rule of the spec; nothing was sent.
    #[error("{operation_id}: invalid input `{field}`: {rule}")]
    InvalidInput {
        /// The spec's `operationId` of the call.
        operation_id: &'static str,
        /// The input, as named in the spec.
        field: String,
        /// The rule it breaks.
        rule: String,
    },
    /// The client's configuration is wrong (a base URL that is no URL, a
    /// host the API does not name); the message says what.
    #[error("invalid client configuration: {0}")]
    Config(String),
    /// Never made: it holds the operation's error type.
    #[doc(hidden)]
    #[error("unreachable")]
    __Typed(PhantomData<fn() -> E>, Infallible),
}

/// [`Error`] without an operation's error type, as the runtime makes it: a
/// name whose variants need no annotation (`Plain::Io { .. }`).
pub(crate) type Plain = Error<Untyped>;

/// The error type of calls whose spec documents no error codes or bodies,
/// and of [`Error`] without a type of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Untyped {}

/// An operation's error type, generated from its spec: it names the type its
/// error codes are read as ([`Error::code`]) and, with [`ErrorBody`], the
/// type of its error bodies ([`Error::body`]).
pub trait OperationError: fmt::Debug + 'static {
    /// The error codes of the operation's module, as an open enum: a
    /// variant per code the spec documents, and one keeping any other code
    /// as sent.
    type Code: for<'a> From<&'a str>;
}

/// The body the spec gives an operation's error responses.
pub trait ErrorBody: OperationError {
    /// What an error body is read as.
    type Body;

    /// The body of `api` as the spec describes it: read as the type of the
    /// status that covers it (its own, or else its range's, or else
    /// `default`'s), `None` when that status has no body.
    fn read(api: &ApiError) -> Option<Result<Self::Body, Error>>;
}

impl<E: OperationError> Error<E> {
    /// The error code, when the server answered with one, as a value of the
    /// codes the spec documents: a code it does not document is kept as it
    /// was sent (the `Other` variant).
    pub fn code(&self) -> Option<E::Code> {
        self.as_api()?.code.as_deref().map(E::Code::from)
    }
}

impl<E: ErrorBody> Error<E> {
    /// The body of the server's error answer as the spec describes it for its
    /// status. `None` for other errors and for statuses the spec gives no
    /// body; `Error::Decode`, naming the JSON path, when the body does not fit.
    pub fn body(&self) -> Option<Result<E::Body, Error>> {
        E::read(self.as_api()?)
    }
}

impl Error {
    /// The error code, when the server answered with one.
    pub fn code(&self) -> Option<&str> {
        self.as_api().and_then(|api| api.code.as_deref())
    }
}

impl<E: OperationError> From<Error<E>> for Error {
    fn from(error: Error<E>) -> Error {
        error.typed()
    }
}

/// An error of the runtime, as the error of an operation whose error type
/// is `E` (`?` in an operation's `send`).
impl<E: OperationError> From<Error> for Error<E> {
    fn from(error: Error) -> Error<E> {
        error.typed()
    }
}

impl<E> Error<E> {
    /// The same error with another error type (`F`'s codes and body, or
    /// [`Untyped`]).
    pub fn typed<F>(self) -> Error<F> {
        match self {
            Error::Api(api) => Error::Api(api),
            Error::Transport {
                operation_id,
                source,
            } => Error::Transport {
                operation_id,
                source,
            },
            Error::OperationTimeout {
                operation_id,
                limit,
                attempts,
                retry_in,
                last,
            } => Error::OperationTimeout {
                operation_id,
                limit,
                attempts,
                retry_in,
                last,
            },
            Error::Decode(decode) => Error::Decode(decode),
            Error::Redirect {
                operation_id,
                status,
                location,
            } => Error::Redirect {
                operation_id,
                status,
                location,
            },
            Error::ResponseTooLarge {
                operation_id,
                status,
                limit,
                request_id,
            } => Error::ResponseTooLarge {
                operation_id,
                status,
                limit,
                request_id,
            },
            Error::Transfer {
                what,
                status,
                message,
            } => Error::Transfer {
                what,
                status,
                message,
            },
            Error::Stalled {
                what,
                min_bytes_per_second,
                grace,
            } => Error::Stalled {
                what,
                min_bytes_per_second,
                grace,
            },
            Error::UrlsRefused {
                what,
                renewals,
                last,
            } => Error::UrlsRefused {
                what,
                renewals,
                last,
            },
            Error::Io { what, source } => Error::Io { what, source },
            Error::InvalidInput {
                operation_id,
                field,
                rule,
            } => Error::InvalidInput {
                operation_id,
                field,
                rule,
            },
            Error::Config(message) => Error::Config(message),
            Error::__Typed(_, never) => match never {},
        }
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Api(_) => ErrorKind::Api,
            Error::Transport { source, .. } => transport_kind(source),
            Error::OperationTimeout { .. } => ErrorKind::OperationTimeout,
            Error::Decode(_) => ErrorKind::Decode,
            Error::Redirect { .. } => ErrorKind::Redirect,
            Error::ResponseTooLarge { .. } => ErrorKind::ResponseTooLarge,
            Error::Transfer { .. } => ErrorKind::Transfer,
            Error::Stalled { .. } => ErrorKind::Stalled,
            Error::UrlsRefused { .. } => ErrorKind::UrlsRefused,
            Error::Io { .. } => ErrorKind::Io,
            Error::InvalidInput { .. } => ErrorKind::InvalidInput,
            Error::Config(_) => ErrorKind::Config,
            Error::__Typed(_, never) => match *never {},
        }
    }

    /// The API error, when the server answered with one.
    pub fn as_api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(api) => Some(api),
            _ => None,
        }
    }

    /// The id the server gave the request, when a response arrived.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(api) => api.request_id.as_deref(),
            Error::Decode(decode) => decode.request_id.as_deref(),
            Error::ResponseTooLarge { request_id, .. } => request_id.as_deref(),
            _ => None,
        }
    }
}

/// The message of [`Error::OperationTimeout`], after the operation id.
fn describe_deadline(
    limit: Duration,
    attempts: u32,
    retry_in: Option<Duration>,
    last: Option<&Error>,
) -> String {
    let plural = if attempts == 1 { "" } else { "s" };
    let mut message = match retry_in {
        Some(wait) => format!(
            "timed out: the operation timeout of {limit:?} would pass during the {wait:?} \
             wait before attempt {}, so the call stops after {attempts} attempt{plural}",
            attempts + 1
        ),
        None => format!(
            "timed out: the operation timeout of {limit:?} passed after {attempts} \
             attempt{plural}"
        ),
    };
    if let Some(last) = last {
        message.push_str("; the last failed: ");
        message.push_str(&last.to_string());
    }
    message
}

/// The server answered with an error status, or with a success whose body
/// says it failed (the spec's `x-error-in-body`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The operation that failed (its spec `operationId`).
    pub operation_id: &'static str,
    /// The response's HTTP status.
    pub status: StatusCode,
    /// The error code, when the body carries one where the spec's error schema keeps it.
    pub code: Option<String>,
    /// The server's explanation, when the body carries one.
    pub message: Option<String>,
    /// The request id, from the response header the spec declares for it, or
    /// else from the body.
    pub request_id: Option<String>,
    /// The request id the body carries, kept even when the header has one too:
    /// gateways in front of a server may give the two different values.
    pub body_request_id: Option<String>,
    /// How long the server asked to wait before trying again (`Retry-After`).
    pub retry_after: Option<Duration>,
    /// The raw response body.
    pub body: String,
}

impl ApiError {
    /// Which of an operation's error statuses, as its spec lists them
    /// (`"404"`, `"4XX"`, `"default"`), this response is: the one naming its
    /// code, or else its range, or else `default`; `None` when none covers it.
    pub fn declared_status<'s>(&self, declared: &[&'s str]) -> Option<&'s str> {
        let code = self.status.as_str();
        let range = format!("{}XX", &code[..1]);
        let find = |wanted: &str| {
            declared
                .iter()
                .find(|status| status.eq_ignore_ascii_case(wanted))
                .copied()
        };
        find(code)
            .or_else(|| find(&range))
            .or_else(|| find("default"))
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: the server answered HTTP {}",
            self.operation_id, self.status
        )?;
        match (&self.code, &self.message) {
            (Some(code), Some(message)) => write!(f, " {code}: {message}")?,
            (Some(code), None) => write!(f, " {code}")?,
            (None, Some(message)) => write!(f, ": {message}")?,
            (None, None) if self.body.trim().is_empty() => write!(f, " with an empty body")?,
            (None, None) => write!(
                f,
                " without an error body of the spec's shape: {}",
                excerpt(&self.body)
            )?,
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// A response arrived but its body is not what the spec describes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// The spec's `operationId` of the call.
    pub operation_id: &'static str,
    /// The response's HTTP status.
    pub status: StatusCode,
    /// Where in the JSON the failure is (`space.partitions[0].quota.used`); empty at the top level.
    pub path: String,
    /// What is wrong there.
    pub message: String,
    /// The server's id of the request, when its header gave one.
    pub request_id: Option<String>,
    /// The raw response body.
    pub body: String,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: cannot decode the HTTP {} response",
            self.operation_id, self.status
        )?;
        if !self.path.is_empty() && self.path != "." {
            write!(f, " at `{}`", self.path)?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        if self.body.trim().is_empty() {
            write!(f, "; the body is empty")
        } else {
            write!(f, "; body: {}", excerpt(&self.body))
        }
    }
}

impl std::error::Error for DecodeError {}

/// The start of a body, on one line, for messages.
fn excerpt(body: &str) -> String {
    const MAX: usize = 200;
    let flat: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &flat[..cut]),
        None => flat,
    }
}

#[cfg(test)]
mod tests {
    use reqwest::StatusCode;

    use super::ApiError;

    fn api_error(status: u16, body: &str) -> ApiError {
        ApiError {
            operation_id: "op",
            status: StatusCode::from_u16(status).unwrap(),
            code: None,
            message: None,
            request_id: Some("req-1".to_owned()),
            body_request_id: None,
            retry_after: None,
            body: body.to_owned(),
        }
    }

    #[test]
    fn the_declared_status_is_the_code_then_its_range_then_default() {
        let declared = ["404", "4XX", "default"];
        assert_eq!(api_error(404, "").declared_status(&declared), Some("404"));
        assert_eq!(api_error(409, "").declared_status(&declared), Some("4XX"));
        assert_eq!(
            api_error(503, "").declared_status(&declared),
            Some("default")
        );
        assert_eq!(api_error(503, "").declared_status(&["4xx"]), None);
        assert_eq!(api_error(429, "").declared_status(&["4xx"]), Some("4xx"));
    }

    #[test]
    fn the_body_is_decoded_and_one_that_does_not_fit_is_a_decode_error_with_its_path() {
        #[derive(Debug, serde::Deserialize)]
        struct Problem {
            title: String,
        }
        let problem: Problem = api_error(400, r#"{"title": "bad"}"#).decode_body().unwrap();
        assert_eq!(problem.title, "bad");
        let error = api_error(400, r#"{"title": 7}"#)
            .decode_body::<Problem>()
            .unwrap_err();
        let super::Error::Decode(decode) = error else {
            panic!("{error:?}")
        };
        assert_eq!(decode.path, "title");
        assert_eq!(decode.status.as_u16(), 400);
        assert_eq!(decode.request_id.as_deref(), Some("req-1"));
    }
}

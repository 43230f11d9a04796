//! What generated operations call: the request they describe, and the send
//! loop (token, attempts, retries, limits, logging, decoding).

use std::borrow::Cow;
use std::fmt::Display;
use std::time::Duration;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use reqwest::header::{
    HeaderName, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE, COOKIE, LOCATION, RETRY_AFTER,
    USER_AGENT,
};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use tracing::Instrument;

use crate::error::{ApiError, DecodeError};
use crate::retry::parse_retry_after;
use crate::{Auth, AuthScheme, Client, Error, Operation, RetryPolicy};

/// Settings of one call that override the client's.
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    pub retry: Option<RetryPolicy>,
    /// Timeout of each attempt.
    pub timeout: Option<Duration>,
    /// The largest response body read, in bytes after decompression.
    pub max_response_size: Option<u64>,
}

/// One call of an operation, with its inputs encoded.
#[derive(Debug)]
pub struct Request {
    operation: &'static Operation,
    /// The path with its parameters encoded.
    path: String,
    /// The query's `name=value` pieces, encoded.
    query: Vec<String>,
    headers: Vec<(&'static str, String)>,
    body: Option<Body>,
    /// The media types the response may come in, when not JSON alone.
    accept: Option<&'static str>,
    options: CallOptions,
}

/// A request body, kept so that each attempt sends it again.
#[derive(Debug)]
enum Body {
    Bytes {
        content_type: &'static str,
        bytes: bytes::Bytes,
    },
    /// `multipart/form-data`.
    Parts(Vec<Part>),
}

/// A part of a `multipart/form-data` body.
#[derive(Debug)]
struct Part {
    name: &'static str,
    bytes: bytes::Bytes,
    file_name: Option<String>,
    content_type: Option<String>,
}

/// A file sent as a part of a `multipart/form-data` body: its bytes, and the
/// file name and media type the part carries.
#[derive(Clone, PartialEq, Eq)]
pub struct File {
    bytes: bytes::Bytes,
    file_name: Option<String>,
    content_type: Option<String>,
}

impl File {
    /// A file with these contents; its part is named after its input and
    /// typed `application/octet-stream` unless said otherwise.
    pub fn new(bytes: impl Into<bytes::Bytes>) -> Self {
        File {
            bytes: bytes.into(),
            file_name: None,
            content_type: None,
        }
    }

    /// The file name the part carries (`report.pdf`).
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// The media type the part carries (`application/pdf`).
    pub fn content_type(mut self, media_type: impl Into<String>) -> Self {
        self.content_type = Some(media_type.into());
        self
    }

    /// The contents.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

impl std::fmt::Debug for File {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("File")
            .field("len", &self.bytes.len())
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .finish()
    }
}

impl From<Vec<u8>> for File {
    fn from(bytes: Vec<u8>) -> Self {
        File::new(bytes)
    }
}

impl From<&[u8]> for File {
    fn from(bytes: &[u8]) -> Self {
        File::new(bytes.to_vec())
    }
}

impl<const N: usize> From<&[u8; N]> for File {
    fn from(bytes: &[u8; N]) -> Self {
        File::new(bytes.to_vec())
    }
}

impl From<bytes::Bytes> for File {
    fn from(bytes: bytes::Bytes) -> Self {
        File::new(bytes)
    }
}

impl From<String> for File {
    fn from(text: String) -> Self {
        File::new(text)
    }
}

impl From<&str> for File {
    fn from(text: &str) -> Self {
        File::new(text.to_owned())
    }
}

impl Request {
    /// A call of `operation`; its path parameters are set with [`path_param`](Self::path_param).
    pub fn new(operation: &'static Operation, options: CallOptions) -> Self {
        Request {
            operation,
            path: operation.path.to_owned(),
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
            accept: None,
            options,
        }
    }

    /// Puts `value` in the path in place of `{name}`, as one encoded segment:
    /// `/`, `?`, `#` and `%` cannot reach the path, and empty values and
    /// `.`/`..`, which would change which resource the path names, are refused.
    pub fn path_param(&mut self, name: &str, value: impl Display) -> Result<(), Error> {
        let value = value.to_string();
        if value.is_empty() || value == "." || value == ".." {
            return Err(Error::InvalidInput {
                operation_id: self.operation.id,
                field: name.to_owned(),
                rule: format!("a path parameter must not be empty, `.` or `..` (got `{value}`)"),
            });
        }
        let segment: Cow<str> = utf8_percent_encode(&value, SEGMENT).into();
        let mut from = 0;
        while let Some(open) = self.path[from..].find('{').map(|i| from + i) {
            let end = open + 1 + name.len();
            if self.path[open + 1..].starts_with(name) && self.path[end..].starts_with('}') {
                self.path.replace_range(open..=end, &segment);
                from = open + segment.len();
            } else {
                from = open + 1;
            }
        }
        Ok(())
    }

    /// Adds a query parameter.
    pub fn query(&mut self, name: &'static str, value: impl Display) {
        let piece = format!("{}={}", form_encode(name), form_encode(&value.to_string()));
        self.query.push(piece);
    }

    /// Adds a query parameter written in `style` (`form`, `spaceDelimited`,
    /// `pipeDelimited` or `deepObject`): a value, an array of values or an
    /// object of them; nothing when it is `null`.
    pub fn query_styled(
        &mut self,
        name: &'static str,
        value: &impl serde::Serialize,
        style: Style,
        explode: bool,
    ) -> Result<(), Error> {
        let pieces = self.styled(name, value, style, explode, form_encode)?;
        self.query.extend(pieces);
        Ok(())
    }

    /// Puts `value` in the path in place of `{name}`, written in `style`
    /// (`simple`, `label` or `matrix`), each value encoded as in
    /// [`path_param`](Self::path_param) and the separators as they are.
    pub fn path_param_styled(
        &mut self,
        name: &str,
        value: &impl serde::Serialize,
        style: Style,
        explode: bool,
    ) -> Result<(), Error> {
        let segment = self
            .styled(name, value, style, explode, |text| {
                utf8_percent_encode(text, SEGMENT).to_string()
            })?
            .concat();
        if segment.is_empty() || segment == "." || segment == ".." {
            return Err(Error::InvalidInput {
                operation_id: self.operation.id,
                field: name.to_owned(),
                rule: format!("a path parameter must not be empty, `.` or `..` (got `{segment}`)"),
            });
        }
        self.path = self.path.replace(&format!("{{{name}}}"), &segment);
        Ok(())
    }

    /// Adds a header written in the `simple` style: an array as `a,b`, an
    /// object as `k,v,k2,v2` (or `k=v,k2=v2` when exploded).
    pub fn header_styled(
        &mut self,
        name: &'static str,
        value: &impl serde::Serialize,
        explode: bool,
    ) -> Result<(), Error> {
        let pieces = self.styled(name, value, Style::Simple, explode, str::to_owned)?;
        if !pieces.is_empty() {
            self.headers.push((name, pieces.concat()));
        }
        Ok(())
    }

    fn styled(
        &self,
        name: &str,
        value: &impl serde::Serialize,
        style: Style,
        explode: bool,
        encode: fn(&str) -> String,
    ) -> Result<Vec<String>, Error> {
        let invalid = |rule: String| Error::InvalidInput {
            operation_id: self.operation.id,
            field: name.to_owned(),
            rule,
        };
        let value = serde_json::to_value(value)
            .map_err(|e| invalid(format!("cannot be written as a parameter: {e}")))?;
        let shape = Shape::of(&value).ok_or_else(|| {
            invalid(format!(
                "only a value, an array of values or an object of values can be written in the `{style}` style"
            ))
        })?;
        Ok(shape.write(&encode(name), style, explode, encode))
    }

    /// Adds a query parameter when it is set.
    pub fn query_opt(&mut self, name: &'static str, value: Option<impl Display>) {
        if let Some(value) = value {
            self.query(name, value);
        }
    }

    /// Adds a header.
    pub fn header(&mut self, name: &'static str, value: impl Display) {
        self.headers.push((name, value.to_string()));
    }

    /// Adds a header when it is set.
    pub fn header_opt(&mut self, name: &'static str, value: Option<impl Display>) {
        if let Some(value) = value {
            self.header(name, value);
        }
    }

    /// Adds a query parameter sent as one JSON-encoded string (an array as `["a","b"]`).
    pub fn query_json(
        &mut self,
        name: &'static str,
        value: &impl serde::Serialize,
    ) -> Result<(), Error> {
        let text = self.to_json(name, value)?;
        self.query(name, text);
        Ok(())
    }

    /// Puts `value` in the path as one JSON-encoded segment (an array as
    /// `%5B1%2C2%5D`), checked and encoded as [`path_param`](Self::path_param) does.
    pub fn path_param_json(
        &mut self,
        name: &'static str,
        value: &impl serde::Serialize,
    ) -> Result<(), Error> {
        let text = self.to_json(name, value)?;
        self.path_param(name, text)
    }

    /// Adds a header sent as one JSON-encoded string.
    pub fn header_json(
        &mut self,
        name: &'static str,
        value: &impl serde::Serialize,
    ) -> Result<(), Error> {
        let text = self.to_json(name, value)?;
        self.headers.push((name, text));
        Ok(())
    }

    fn to_json(&self, name: &str, value: &impl serde::Serialize) -> Result<String, Error> {
        serde_json::to_string(value).map_err(|e| Error::InvalidInput {
            operation_id: self.operation.id,
            field: name.to_owned(),
            rule: format!("cannot be written as JSON: {e}"),
        })
    }

    /// Sets the JSON body.
    pub fn json(&mut self, value: &impl serde::Serialize) -> Result<(), Error> {
        self.json_as("application/json", value)
    }

    /// Sets a JSON body sent as `content_type` (`application/merge-patch+json`).
    pub fn json_as(
        &mut self,
        content_type: &'static str,
        value: &impl serde::Serialize,
    ) -> Result<(), Error> {
        let bytes = serde_json::to_vec(value).map_err(|e| Error::InvalidInput {
            operation_id: self.operation.id,
            field: "body".to_owned(),
            rule: format!("cannot be written as JSON: {e}"),
        })?;
        self.bytes(content_type, bytes);
        Ok(())
    }

    /// Sets a body sent as it is, as `content_type`.
    pub fn bytes(&mut self, content_type: &'static str, bytes: impl Into<bytes::Bytes>) {
        self.body = Some(Body::Bytes {
            content_type,
            bytes: bytes.into(),
        });
    }

    /// Sets an `application/x-www-form-urlencoded` body from an object: each
    /// property as a query parameter in the `form` style, exploded (an array
    /// as `a=1&a=2`); a property holding arrays or objects as JSON.
    pub fn form(&mut self, value: &impl serde::Serialize) -> Result<(), Error> {
        let invalid = |rule: String| Error::InvalidInput {
            operation_id: self.operation.id,
            field: "body".to_owned(),
            rule,
        };
        let value = serde_json::to_value(value)
            .map_err(|e| invalid(format!("cannot be written as a form: {e}")))?;
        let serde_json::Value::Object(object) = value else {
            return Err(invalid("a form body must be an object".to_owned()));
        };
        let mut pieces = Vec::new();
        for (name, value) in &object {
            let name = form_encode(name);
            match Shape::of(value) {
                Some(shape) => pieces.extend(shape.write(&name, Style::Form, true, form_encode)),
                None => pieces.push(format!("{name}={}", form_encode(&value.to_string()))),
            }
        }
        self.bytes("application/x-www-form-urlencoded", pieces.join("&"));
        Ok(())
    }

    /// Adds a part to a `multipart/form-data` body: a value as text, an
    /// array as a part per item, an object as JSON; nothing for `null`.
    pub fn part(&mut self, name: &'static str, value: &impl serde::Serialize) -> Result<(), Error> {
        let value = serde_json::to_value(value).map_err(|e| Error::InvalidInput {
            operation_id: self.operation.id,
            field: name.to_owned(),
            rule: format!("cannot be written as a part: {e}"),
        })?;
        let items = match value {
            serde_json::Value::Array(items) => items,
            value => vec![value],
        };
        for item in items {
            let (bytes, content_type) = match item {
                serde_json::Value::Null => continue,
                serde_json::Value::String(text) => (text.into_bytes(), None),
                serde_json::Value::Object(_) | serde_json::Value::Array(_) => (
                    item.to_string().into_bytes(),
                    Some("application/json".to_owned()),
                ),
                scalar => (scalar.to_string().into_bytes(), None),
            };
            self.push_part(Part {
                name,
                bytes: bytes.into(),
                file_name: None,
                content_type,
            });
        }
        Ok(())
    }

    /// Adds a file part to a `multipart/form-data` body, typed as the file
    /// says, or else `content_type`.
    pub fn part_file(&mut self, name: &'static str, file: &File, content_type: &str) {
        self.push_part(Part {
            name,
            bytes: file.bytes.clone(),
            file_name: Some(file.file_name.clone().unwrap_or_else(|| name.to_owned())),
            content_type: Some(
                file.content_type
                    .clone()
                    .unwrap_or_else(|| content_type.to_owned()),
            ),
        });
    }

    fn push_part(&mut self, part: Part) {
        match &mut self.body {
            Some(Body::Parts(parts)) => parts.push(part),
            _ => self.body = Some(Body::Parts(vec![part])),
        }
    }

    /// The media types the response may come in (`Accept`), when not JSON alone.
    pub fn accept(&mut self, media_types: &'static str) {
        self.accept = Some(media_types);
    }
}

/// How a parameter's value is written: OpenAPI's `style` (with `explode`,
/// given beside it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Query: `a=1&a=2` exploded, `a=1,2` not; an object `k=v&k2=v2` or `a=k,v,k2,v2`.
    Form,
    /// Query: `a=1%202`.
    SpaceDelimited,
    /// Query: `a=1|2`.
    PipeDelimited,
    /// Query: an object as `a[k]=v&a[k2]=v2`.
    DeepObject,
    /// Path and headers: `1,2`; an object `k,v,k2,v2`, or `k=v,k2=v2` exploded.
    Simple,
    /// Path: `.1,2`, or `.1.2` exploded.
    Label,
    /// Path: `;a=1,2`, or `;a=1;a=2` exploded.
    Matrix,
}

impl std::fmt::Display for Style {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Style::Form => "form",
            Style::SpaceDelimited => "spaceDelimited",
            Style::PipeDelimited => "pipeDelimited",
            Style::DeepObject => "deepObject",
            Style::Simple => "simple",
            Style::Label => "label",
            Style::Matrix => "matrix",
        })
    }
}

/// A parameter's value as styles see it, its parts not yet encoded.
enum Shape {
    /// Nothing to send (`null`).
    Absent,
    Value(String),
    List(Vec<String>),
    Pairs(Vec<(String, String)>),
}

impl Shape {
    /// `None` when the value nests arrays or objects, which no style writes.
    fn of(value: &serde_json::Value) -> Option<Shape> {
        use serde_json::Value;
        let scalar = |value: &Value| match value {
            Value::String(text) => Some(text.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        };
        Some(match value {
            Value::Null => Shape::Absent,
            Value::Array(items) => Shape::List(items.iter().map(scalar).collect::<Option<_>>()?),
            // `null` properties are left out.
            Value::Object(object) => Shape::Pairs(
                object
                    .iter()
                    .filter(|(_, v)| !v.is_null())
                    .map(|(k, v)| Some((k.clone(), scalar(v)?)))
                    .collect::<Option<_>>()?,
            ),
            other => Shape::Value(scalar(other)?),
        })
    }

    /// The pieces of the parameter named `name` (encoded) in `style`: query
    /// `name=value` pieces, or the one text of a path segment or header.
    fn write(
        self,
        name: &str,
        style: Style,
        explode: bool,
        encode: fn(&str) -> String,
    ) -> Vec<String> {
        let join = |items: &[String], separator: &str| {
            items
                .iter()
                .map(|item| encode(item))
                .collect::<Vec<_>>()
                .join(separator)
        };
        let flat = |pairs: &[(String, String)]| -> Vec<String> {
            pairs
                .iter()
                .flat_map(|(k, v)| [k.clone(), v.clone()])
                .collect()
        };
        let assigned = |pairs: &[(String, String)]| -> Vec<String> {
            pairs
                .iter()
                .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
                .collect()
        };
        match style {
            Style::Form | Style::SpaceDelimited | Style::PipeDelimited | Style::DeepObject => {
                let separator = match style {
                    Style::SpaceDelimited => "%20",
                    Style::PipeDelimited => "|",
                    _ => ",",
                };
                match self {
                    Shape::Absent => Vec::new(),
                    Shape::Value(value) => vec![format!("{name}={}", encode(&value))],
                    Shape::List(items) if explode => items
                        .iter()
                        .map(|item| format!("{name}={}", encode(item)))
                        .collect(),
                    Shape::List(items) => vec![format!("{name}={}", join(&items, separator))],
                    Shape::Pairs(pairs) if style == Style::DeepObject => pairs
                        .iter()
                        .map(|(k, v)| format!("{name}[{}]={}", encode(k), encode(v)))
                        .collect(),
                    Shape::Pairs(pairs) if explode => assigned(&pairs),
                    Shape::Pairs(pairs) => {
                        vec![format!("{name}={}", join(&flat(&pairs), separator))]
                    }
                }
            }
            Style::Simple | Style::Label | Style::Matrix => {
                let (prefix, exploded) = match style {
                    Style::Label => (".", "."),
                    Style::Matrix => (";", ";"),
                    _ => ("", ","),
                };
                let matrix = style == Style::Matrix;
                let text = match self {
                    Shape::Absent => return Vec::new(),
                    Shape::Value(value) if matrix => format!("{name}={}", encode(&value)),
                    Shape::Value(value) => encode(&value),
                    Shape::List(items) if matrix && explode => items
                        .iter()
                        .map(|item| format!("{name}={}", encode(item)))
                        .collect::<Vec<_>>()
                        .join(";"),
                    Shape::List(items) if matrix => format!("{name}={}", join(&items, ",")),
                    Shape::List(items) => join(&items, if explode { exploded } else { "," }),
                    Shape::Pairs(pairs) if explode => assigned(&pairs).join(exploded),
                    Shape::Pairs(pairs) if matrix => format!("{name}={}", join(&flat(&pairs), ",")),
                    Shape::Pairs(pairs) => join(&flat(&pairs), ","),
                };
                vec![format!("{prefix}{text}")]
            }
        }
    }
}

/// A query parameter's name or value, encoded as HTML forms do (` ` as `+`).
fn form_encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// Characters left as they are in a path segment: RFC 3986 unreserved.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A response as it arrived.
pub(crate) struct RawResponse {
    pub status: StatusCode,
    pub request_id: Option<String>,
    pub retry_after: Option<Duration>,
    pub body: Vec<u8>,
}

/// A success response, for an operation whose success statuses have
/// different bodies: the generated code reads its body by its status.
pub struct Response {
    operation_id: &'static str,
    raw: RawResponse,
}

impl Response {
    /// The HTTP status (2xx).
    pub fn status(&self) -> u16 {
        self.raw.status.as_u16()
    }

    /// The body decoded from JSON into `T`; an empty body reads as `null`.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, Error> {
        decode(self.operation_id, &self.raw)
    }

    /// The body as text; it must be UTF-8.
    pub fn text(&self) -> Result<String, Error> {
        String::from_utf8(self.raw.body.clone()).map_err(|e| {
            decode_error(
                self.operation_id,
                self.raw.status,
                self.raw.request_id.as_deref(),
                &self.raw.body,
                String::new(),
                format!("the body is not UTF-8 text: {e}"),
            )
        })
    }

    /// The body as it came.
    pub fn into_bytes(self) -> Vec<u8> {
        self.raw.body
    }

    /// The error for a success status the spec does not declare for the
    /// operation: the response cannot be read as any of its outcomes.
    pub fn undeclared(&self) -> Error {
        decode_error(
            self.operation_id,
            self.raw.status,
            self.raw.request_id.as_deref(),
            &self.raw.body,
            String::new(),
            format!(
                "HTTP {} is not a success status the spec declares for this operation",
                self.raw.status
            ),
        )
    }
}

impl std::fmt::Debug for Response {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Response")
            .field("operation_id", &self.operation_id)
            .field("status", &self.raw.status)
            .field("request_id", &self.raw.request_id)
            .field("body_len", &self.raw.body.len())
            .finish()
    }
}

impl Client {
    /// Sends `request` and decodes a JSON success body into `T`; an empty body reads as `null`.
    pub async fn send_json<T: DeserializeOwned>(&self, request: Request) -> Result<T, Error> {
        let response = self.send(&request).await?;
        decode(request.operation.id, &response)
    }

    /// Sends `request` and returns the success response as it arrived, to be
    /// read by its status.
    pub async fn send_raw(&self, request: Request) -> Result<Response, Error> {
        let raw = self.send(&request).await?;
        Ok(Response {
            operation_id: request.operation.id,
            raw,
        })
    }

    /// Sends `request` and ignores the success body, whatever it is.
    pub async fn send_empty(&self, request: Request) -> Result<(), Error> {
        self.send(&request).await.map(drop)
    }

    async fn send(&self, request: &Request) -> Result<RawResponse, Error> {
        let operation = request.operation;
        let span = tracing::info_span!(
            "request",
            operation_id = operation.id,
            method = %operation.method,
            path = operation.path,
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        self.send_with_retries(request).instrument(span).await
    }

    async fn send_with_retries(&self, request: &Request) -> Result<RawResponse, Error> {
        let inner = &self.inner;
        let operation = request.operation;
        let policy = request.options.retry.as_ref().unwrap_or(&inner.retry);
        let mut token = match operation.auth {
            // An operation that may go without a token does when there are no credentials.
            Some(auth) if auth.optional && inner.tokens.source().is_none() => None,
            Some(_) => Some(inner.tokens.get(self, operation.id).await?),
            None => None,
        };
        let mut renewed_token = false;
        let mut retries = 0;
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let span = tracing::Span::current();
            span.record("attempt", attempt);
            let outcome = self
                .attempt(request, token.as_deref())
                .await
                .and_then(|raw| {
                    span.record("status", raw.status.as_u16());
                    if let Some(id) = &raw.request_id {
                        span.record("request_id", id.as_str());
                    }
                    if raw.status.is_success() {
                        Ok(raw)
                    } else {
                        let shape = &inner.api.error_body;
                        Err(Error::Api(Box::new(ApiError::from_response(
                            operation.id,
                            shape,
                            raw,
                        ))))
                    }
                });
            let error = match outcome {
                Ok(raw) => {
                    tracing::debug!(attempt, status = raw.status.as_u16(), "response received");
                    return Ok(raw);
                }
                Err(error) => error,
            };
            if let (Some(auth), Some(rejected)) = (operation.auth, token.as_deref()) {
                let code = error.code().unwrap_or_default();
                if !renewed_token
                    && inner.tokens.renewable()
                    && auth.invalid_token_error_codes.contains(&code)
                {
                    tracing::info!(
                        attempt,
                        code,
                        "the access token was rejected; renewing it and trying again"
                    );
                    inner.tokens.forget(rejected).await;
                    token = Some(inner.tokens.get(self, operation.id).await?);
                    renewed_token = true;
                    continue;
                }
            }
            let Some(reason) = inner.classifier.classify(&error, operation) else {
                tracing::debug!(attempt, %error, "failed; not retryable");
                return Err(error);
            };
            let retry_after = error.as_api().and_then(|api| api.retry_after);
            let delay = match policy.delay(retries, retry_after) {
                Some(delay) if retries < policy.retries() => delay,
                _ => {
                    tracing::warn!(attempt, reason, %error, "failed; giving up");
                    return Err(error);
                }
            };
            tracing::warn!(attempt, reason, delay_ms = delay.as_millis() as u64, %error, "failed; retrying");
            tokio::time::sleep(delay).await;
            retries += 1;
        }
    }

    async fn attempt(&self, request: &Request, token: Option<&str>) -> Result<RawResponse, Error> {
        let inner = &self.inner;
        let operation = request.operation;
        // Without the URL, which may carry a token in its query.
        let transport = |source: reqwest::Error| Error::Transport {
            operation_id: operation.id,
            source: source.without_url(),
        };
        let mut token_header = None;
        let mut token_query = None;
        if let (Some(auth), Some(token)) = (operation.auth, token) {
            match token_place(&auth, token)? {
                TokenPlace::Header(name, value) => token_header = Some((name, value)),
                TokenPlace::Query(name, value) => token_query = Some((name, value)),
            }
        }
        let mut url = inner.base.clone();
        if inner.base_path.is_empty() {
            url.set_path(&request.path);
        } else {
            url.set_path(&format!("{}{}", inner.base_path, request.path));
        }
        if !request.query.is_empty() {
            url.set_query(Some(&request.query.join("&")));
        }
        if let Some((name, value)) = &token_query {
            url.query_pairs_mut().append_pair(name, value);
        }
        let mut http_request = reqwest::Request::new(operation.method.clone(), url);
        let accept = match request.accept {
            Some(accept) => HeaderValue::from_str(accept)
                .map_err(|_| Error::Config(format!("`{accept}` is not a valid `Accept` header")))?,
            None => HeaderValue::from_static("application/json"),
        };
        let headers = http_request.headers_mut();
        headers.insert(ACCEPT, accept);
        headers.insert(USER_AGENT, inner.user_agent.clone());
        if let Some((name, value)) = token_header {
            headers.insert(name, value);
        }
        for (name, value) in &request.headers {
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| invalid_header(operation, name))?;
            let value = HeaderValue::from_str(value)
                .map_err(|_| invalid_header(operation, name.as_str()))?;
            headers.insert(name, value);
        }
        match &request.body {
            None => {}
            Some(Body::Bytes {
                content_type,
                bytes,
            }) => {
                let content_type = HeaderValue::from_str(content_type).map_err(|_| {
                    Error::Config(format!(
                        "`{content_type}` is not a valid `Content-Type` header"
                    ))
                })?;
                headers.insert(CONTENT_TYPE, content_type);
                *http_request.body_mut() = Some(bytes.clone().into());
            }
            Some(Body::Parts(parts)) => {
                let mut form = reqwest::multipart::Form::new();
                for part in parts {
                    let length = part.bytes.len() as u64;
                    let mut piece =
                        reqwest::multipart::Part::stream_with_length(part.bytes.clone(), length);
                    if let Some(name) = &part.file_name {
                        piece = piece.file_name(name.clone());
                    }
                    if let Some(media_type) = &part.content_type {
                        piece = piece
                            .mime_str(media_type)
                            .map_err(|_| Error::InvalidInput {
                                operation_id: operation.id,
                                field: part.name.to_owned(),
                                rule: format!("`{media_type}` is not a media type"),
                            })?;
                    }
                    form = form.part(part.name, piece);
                }
                http_request =
                    reqwest::RequestBuilder::from_parts(inner.http.clone(), http_request)
                        .multipart(form)
                        .build()
                        .map_err(transport)?;
            }
        }
        *http_request.timeout_mut() = request.options.timeout.or(inner.timeout);
        let response = inner.http.execute(http_request).await.map_err(transport)?;
        let status = response.status();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let request_id = inner.api.request_id_header.and_then(header);
        if status.is_redirection() {
            return Err(Error::Redirect {
                operation_id: operation.id,
                status,
                location: header(LOCATION.as_str()),
            });
        }
        let retry_after = header(RETRY_AFTER.as_str())
            .as_deref()
            .and_then(parse_retry_after);
        let limit = request
            .options
            .max_response_size
            .unwrap_or(inner.max_response_size);
        let body = read_body(response, limit, operation.id, &request_id).await?;
        Ok(RawResponse {
            status,
            request_id,
            retry_after,
            body,
        })
    }
}

/// Where a token goes in a request.
enum TokenPlace {
    Header(HeaderName, HeaderValue),
    Query(&'static str, String),
}

fn token_place(auth: &Auth, token: &str) -> Result<TokenPlace, Error> {
    let (name, value) = match auth.scheme {
        AuthScheme::Query(name) => return Ok(TokenPlace::Query(name, token.to_owned())),
        AuthScheme::Header(name) => (
            HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| Error::Config(format!("`{name}` is not a valid header name")))?,
            HeaderValue::from_str(token),
        ),
        AuthScheme::Bearer => (
            AUTHORIZATION,
            HeaderValue::from_str(&format!("Bearer {token}")),
        ),
        AuthScheme::Basic => (
            AUTHORIZATION,
            HeaderValue::from_str(&format!("Basic {}", BASE64.encode(token))),
        ),
        AuthScheme::Cookie(name) => (COOKIE, HeaderValue::from_str(&format!("{name}={token}"))),
    };
    let mut value = value
        .map_err(|_| Error::Config("the access token is not a valid header value".to_owned()))?;
    value.set_sensitive(true);
    Ok(TokenPlace::Header(name, value))
}

/// Reads a response body of at most `limit` bytes (after decompression) as it
/// streams in; a longer one is abandoned, which closes the connection.
async fn read_body(
    mut response: reqwest::Response,
    limit: u64,
    operation_id: &'static str,
    request_id: &Option<String>,
) -> Result<Vec<u8>, Error> {
    let status = response.status();
    let too_large = || Error::ResponseTooLarge {
        operation_id,
        status,
        limit,
        request_id: request_id.clone(),
    };
    let declared = response.content_length().unwrap_or(0);
    if declared > limit {
        return Err(too_large());
    }
    let mut body = Vec::with_capacity(usize::try_from(declared).unwrap_or(0));
    while let Some(chunk) = response.chunk().await.map_err(|source| Error::Transport {
        operation_id,
        source: source.without_url(),
    })? {
        if (body.len() + chunk.len()) as u64 > limit {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

fn invalid_header(operation: &Operation, name: &str) -> Error {
    Error::InvalidInput {
        operation_id: operation.id,
        field: name.to_owned(),
        rule: "must be a valid HTTP header value".to_owned(),
    }
}

fn decode<T: DeserializeOwned>(
    operation_id: &'static str,
    response: &RawResponse,
) -> Result<T, Error> {
    decode_json(
        operation_id,
        response.status,
        response.request_id.as_deref(),
        &response.body,
    )
}

/// Decodes a JSON success body into `T` as [`Client::send_json`] does: an
/// empty body reads as `null`, and a body that does not fit `T` is
/// [`Error::Decode`] naming the JSON path of the failure.
pub fn decode_json<T: DeserializeOwned>(
    operation_id: &'static str,
    status: StatusCode,
    request_id: Option<&str>,
    body: &[u8],
) -> Result<T, Error> {
    let json: &[u8] = if body.trim_ascii().is_empty() {
        b"null"
    } else {
        body
    };
    serde_json::from_slice(json).map_err(|plain| {
        let (path, message) = locate::<T>(json, plain);
        decode_error(operation_id, status, request_id, body, path, message)
    })
}

/// A body that cannot be read as the operation's response.
fn decode_error(
    operation_id: &'static str,
    status: StatusCode,
    request_id: Option<&str>,
    body: &[u8],
    path: String,
    message: String,
) -> Error {
    Error::Decode(Box::new(DecodeError {
        operation_id,
        status,
        path,
        message,
        request_id: request_id.map(str::to_owned),
        body: String::from_utf8_lossy(body).into_owned(),
    }))
}

/// Where in `json` decoding `T` failed, and why: `json` is decoded again,
/// this time keeping track of the path, only once the plain decoding failed
/// with `plain`.
fn locate<T: DeserializeOwned>(json: &[u8], plain: serde_json::Error) -> (String, String) {
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
        Err(error) => (error.path().to_string(), error.into_inner().to_string()),
        Ok(_) => match deserializer.end() {
            Err(trailing) => (String::new(), trailing.to_string()),
            Ok(()) => (String::new(), plain.to_string()),
        },
    }
}

#[cfg(test)]
mod tests {
    use reqwest::StatusCode;
    use serde::Deserialize;

    use super::decode_json;
    use crate::{Error, Timestamp};

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Space {
        id: String,
        partitions: Vec<Partition>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Partition {
        quota: Quota,
        since: Option<Timestamp>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Quota {
        used: i64,
    }

    fn failure(body: &str) -> (String, String) {
        match decode_json::<Space>("op", StatusCode::OK, Some("req-1"), body.as_bytes()) {
            Err(Error::Decode(e)) => {
                assert_eq!(e.operation_id, "op");
                assert_eq!(e.request_id.as_deref(), Some("req-1"));
                assert_eq!(e.body, body);
                (e.path, e.message)
            }
            other => panic!("expected a decode error, got {other:?}"),
        }
    }

    #[test]
    fn decodes_a_body_that_fits() {
        let body =
            br#"{"id":"s1","partitions":[{"quota":{"used":3},"since":"2022-07-29T14:55Z"}]}"#;
        let space: Space = decode_json("op", StatusCode::OK, None, body).unwrap();
        assert_eq!(space.partitions[0].quota.used, 3);
        let empty: Option<Space> = decode_json("op", StatusCode::OK, None, b" \n").unwrap();
        assert!(empty.is_none());
    }

    #[test]
    fn a_failure_names_its_json_path() {
        let (path, message) =
            failure(r#"{"id":"s1","partitions":[{"quota":{"used":1}},{"quota":{"used":"many"}}]}"#);
        assert_eq!(path, "partitions[1].quota.used");
        assert!(
            message.contains("invalid type: string \"many\""),
            "{message}"
        );

        let (path, message) = failure(
            r#"{"id":"s1","partitions":[{"quota":{"used":1},"since":"2023-02-30T10:00Z"}]}"#,
        );
        assert_eq!(path, "partitions[0].since");
        assert!(message.contains("`2023-02-30T10:00Z`"), "{message}");

        let (path, message) = failure(r#"{"partitions":[]}"#);
        assert_eq!(path, ".");
        assert!(message.contains("missing field `id`"), "{message}");
    }

    #[test]
    fn a_body_that_is_not_json_or_goes_on_is_refused() {
        let (path, message) = failure(r#"{"id":"s1","partitions":[]} {}"#);
        assert_eq!(path, "");
        assert!(message.contains("trailing characters"), "{message}");

        let (path, message) = failure("<html>busy</html>");
        assert_eq!(path, ".");
        assert!(message.contains("expected value"), "{message}");
    }
}

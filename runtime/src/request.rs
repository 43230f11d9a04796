//! The request a generated operation describes: its inputs encoded into the
//! path, query, headers and body, and the call's own settings.

use std::fmt::{self, Display, Write as _};
use std::time::Duration;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::error::Plain as Error;
use crate::style::{Shape, Style};
use crate::{BodyStatus, Operation, RetryPolicy};

/// Settings of one call that override the client's.
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    /// How this call is retried.
    pub retry: Option<RetryPolicy>,
    /// Timeout of each attempt.
    pub timeout: Option<Duration>,
    /// Timeout of the whole call: every attempt, every wait before a retry
    /// (backoff and `Retry-After`) and getting a token.
    pub operation_timeout: Option<Duration>,
    /// The largest response body read, in bytes after decompression.
    pub max_response_size: Option<u64>,
}

/// One call of an operation, with its inputs encoded.
#[derive(Debug, Clone)]
pub struct Request {
    pub(crate) operation: &'static Operation,
    /// The path with its parameters encoded.
    pub(crate) path: String,
    /// The query's `name=value` pieces, encoded and joined by `&`.
    pub(crate) query: String,
    pub(crate) headers: Vec<(&'static str, String)>,
    pub(crate) body: Option<Body>,
    /// The media types the response may come in, when not JSON alone.
    pub(crate) accept: Option<&'static str>,
    pub(crate) options: CallOptions,
    /// The server the operation is sent to, when it is one of the API's
    /// hosts rather than its base URL.
    pub(crate) server: Option<&'static str>,
    /// Where an answer with a success status says it failed.
    pub(crate) body_status: Option<&'static BodyStatus>,
    /// Where in the success body the answer is (a JSON pointer), when it is
    /// wrapped (`/result`).
    pub(crate) result: Option<&'static str>,
    /// The operation's own retryable error codes.
    pub(crate) retryable_error_codes: &'static [&'static str],
}

/// A request body, kept so that each attempt sends it again.
#[derive(Debug, Clone)]
pub(crate) enum Body {
    Bytes {
        content_type: &'static str,
        bytes: bytes::Bytes,
    },
    /// `multipart/form-data`.
    Parts(Vec<Part>),
}

/// A part of a `multipart/form-data` body.
#[derive(Debug, Clone)]
pub(crate) struct Part {
    pub(crate) name: std::borrow::Cow<'static, str>,
    pub(crate) bytes: bytes::Bytes,
    pub(crate) file_name: Option<String>,
    pub(crate) content_type: Option<String>,
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
            query: String::new(),
            headers: Vec::new(),
            body: None,
            accept: None,
            options,
            server: None,
            body_status: None,
            retryable_error_codes: &[],
            result: None,
        }
    }

    /// Sends the request to `server`, one of the API's hosts
    /// ([`Api::hosts`](crate::Api::hosts)), instead of the base URL.
    pub fn server(&mut self, server: &'static str) {
        self.server = Some(server);
    }

    /// Reads an answer with a success status as an error when `status` says
    /// so: it is then an `Error::Api`, retried and its token renewed as an
    /// error status would be.
    pub fn body_status(&mut self, status: &'static BodyStatus) {
        self.body_status = Some(status);
    }

    /// Error codes with which this operation refuses a request without
    /// carrying it out (it is throttled, or the server is busy): an answer
    /// with one is retried after the retry policy's backoff, even when the
    /// operation is not idempotent ([`FailedAttempt::retryable_error_codes`](crate::FailedAttempt)).
    pub fn retryable_error_codes(&mut self, codes: &'static [&'static str]) {
        self.retryable_error_codes = codes;
    }

    /// Decodes the success body at `pointer` (`/result`) instead of the
    /// whole body.
    pub fn result(&mut self, pointer: &'static str) {
        self.result = Some(pointer);
    }

    /// Puts `value` in the path in place of `{name}`, as one encoded segment:
    /// `/`, `?`, `#` and `%` cannot reach the path, and empty values and
    /// `.`/`..`, which would change which resource the path names, are refused.
    pub fn path_param(&mut self, name: &str, value: impl Display) -> Result<(), Error> {
        let mut segment = String::new();
        let _ = write!(Encoding(&mut segment, encode_segment), "{value}");
        // Encoding leaves these three as they are, and makes no other value one of them.
        if segment.is_empty() || segment == "." || segment == ".." {
            return Err(Error::InvalidInput {
                operation_id: self.operation.id,
                field: name.to_owned(),
                rule: format!("a path parameter must not be empty, `.` or `..` (got `{segment}`)"),
            });
        }
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
        self.start_query_piece();
        form_encode_into(&mut self.query, name);
        self.query.push('=');
        let _ = write!(Encoding(&mut self.query, form_encode_into), "{value}");
    }

    /// Starts the query's next `name=value` piece.
    fn start_query_piece(&mut self) {
        if !self.query.is_empty() {
            self.query.push('&');
        }
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
        for piece in self.styled(name, value, style, explode, form_encode)? {
            self.start_query_piece();
            self.query.push_str(&piece);
        }
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
        self.part_value(std::borrow::Cow::Borrowed(name), value);
        Ok(())
    }

    /// Adds a part to a `multipart/form-data` body for each entry of a map
    /// (or object), named by its key and written as [`Request::part`] writes
    /// a value.
    pub fn parts(&mut self, value: &impl serde::Serialize) -> Result<(), Error> {
        let invalid = |rule: String| Error::InvalidInput {
            operation_id: self.operation.id,
            field: "body".to_owned(),
            rule,
        };
        let value = serde_json::to_value(value)
            .map_err(|e| invalid(format!("cannot be written as parts: {e}")))?;
        let serde_json::Value::Object(object) = value else {
            return Err(invalid("the parts of a body must be an object".to_owned()));
        };
        for (name, value) in object {
            self.part_value(std::borrow::Cow::Owned(name), value);
        }
        Ok(())
    }

    fn part_value(&mut self, name: std::borrow::Cow<'static, str>, value: serde_json::Value) {
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
                name: name.clone(),
                bytes: bytes.into(),
                file_name: None,
                content_type,
            });
        }
    }

    /// Adds a file part to a `multipart/form-data` body, typed as the file
    /// says or else as `content_type`, with the file's name or else the part's.
    pub fn part_file(&mut self, name: &'static str, file: &File, content_type: &str) {
        self.push_file(std::borrow::Cow::Borrowed(name), file, content_type);
    }

    /// Adds a file part to a `multipart/form-data` body for each entry of
    /// `files`, named by its key, as [`Request::part_file`] does.
    pub fn file_parts(
        &mut self,
        files: &std::collections::BTreeMap<String, File>,
        content_type: &str,
    ) {
        for (name, file) in files {
            self.push_file(std::borrow::Cow::Owned(name.clone()), file, content_type);
        }
    }

    fn push_file(&mut self, name: std::borrow::Cow<'static, str>, file: &File, content_type: &str) {
        self.push_part(Part {
            file_name: Some(file.file_name.clone().unwrap_or_else(|| name.to_string())),
            name,
            bytes: file.bytes.clone(),
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

/// A query parameter's name or value, encoded as HTML forms do (` ` as `+`).
fn form_encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// [`form_encode`], appended to `out`.
fn form_encode_into(out: &mut String, text: &str) {
    out.extend(form_urlencoded::byte_serialize(text.as_bytes()));
}

/// A path segment's text, encoded (RFC 3986 unreserved characters as they
/// are), appended to `out`.
fn encode_segment(out: &mut String, text: &str) {
    out.extend(utf8_percent_encode(text, SEGMENT));
}

/// Writes what is formatted into a string through an encoding, so that a
/// value is encoded as it is written, without a copy of its text. Each
/// encoding maps byte by byte, so the pieces may be encoded one at a time.
struct Encoding<'a>(&'a mut String, fn(&mut String, &str));

impl fmt::Write for Encoding<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        (self.1)(self.0, text);
        Ok(())
    }
}

/// Characters left as they are in a path segment: RFC 3986 unreserved.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

#[cfg(test)]
mod tests {
    use std::fmt;

    use super::*;
    use crate::Style;

    static OPERATION: Operation = Operation::new(
        "op",
        reqwest::Method::GET,
        "/items/{id}/parts/{id}",
        None,
        true,
    );

    /// A value written in several pieces, as many `Display` impls are.
    struct Pieces(&'static [&'static str]);

    impl fmt::Display for Pieces {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.0.iter().try_for_each(|piece| f.write_str(piece))
        }
    }

    #[test]
    fn query_pieces_are_encoded_and_joined() {
        let mut request = Request::new(&OPERATION, CallOptions::default());
        request.query("a b", Pieces(&["x y", "&z=", "中"]));
        request.query_opt("skipped", None::<&str>);
        request.query("n", 3);
        request
            .query_styled("list", &["p", "q r"], Style::Form, true)
            .unwrap();
        request.query("last", "");
        assert_eq!(
            request.query,
            "a+b=x+y%26z%3D%E4%B8%AD&n=3&list=p&list=q+r&last="
        );
    }

    #[test]
    fn path_parameters_are_one_encoded_segment() {
        let mut request = Request::new(&OPERATION, CallOptions::default());
        request
            .path_param("id", Pieces(&["a/", "b c", ".."]))
            .unwrap();
        assert_eq!(request.path, "/items/a%2Fb%20c../parts/a%2Fb%20c..");
        for value in [&[][..], &["."], &["", ".", "."], &["%2E"]] {
            let mut request = Request::new(&OPERATION, CallOptions::default());
            let result = request.path_param("id", Pieces(value));
            if value == ["%2E"] {
                result.unwrap();
                assert_eq!(request.path, "/items/%252E/parts/%252E");
                continue;
            }
            let Err(Error::InvalidInput { field, rule, .. }) = result else {
                panic!("{value:?} was accepted")
            };
            assert_eq!(field, "id");
            assert_eq!(
                rule,
                format!(
                    "a path parameter must not be empty, `.` or `..` (got `{}`)",
                    value.concat()
                )
            );
        }
    }
}

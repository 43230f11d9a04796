//! Responses as they arrive, and decoding their bodies into what the spec
//! describes.

use std::time::Duration;

use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use crate::api::{BodyStatus, ErrorShape};
use crate::error::Plain as Error;
use crate::error::{ApiError, DecodeError};

/// A response as it arrived.
pub(crate) struct RawResponse {
    pub status: StatusCode,
    pub request_id: Option<String>,
    pub retry_after: Option<Duration>,
    pub body: Vec<u8>,
}

/// What the body of an error response says.
impl ApiError {
    /// The body decoded from JSON into `T`, as a success body is: an empty
    /// body reads as `null`, and one that does not fit `T` is
    /// [`Error::Decode`] naming the JSON path of the failure. The body is the
    /// whole response body, which the response size limit bounds: a larger
    /// one is [`Error::ResponseTooLarge`] instead of an API error.
    pub fn decode_body<T: DeserializeOwned>(&self) -> Result<T, Error> {
        decode_json(
            self.operation_id,
            self.status,
            self.request_id.as_deref(),
            self.body.as_bytes(),
        )
    }

    pub(crate) fn from_response(
        operation_id: &'static str,
        shape: &ErrorShape,
        response: RawResponse,
    ) -> ApiError {
        let RawResponse {
            status,
            request_id: header_request_id,
            retry_after,
            body,
        } = response;
        // Gateways in front of a server may capitalise the names (`Code`,
        // `RequestId`), so they are matched without regard to case.
        let parsed: Option<serde_json::Value> = serde_json::from_slice(&body).ok();
        let field = |path: &[&str]| {
            let mut value = parsed.as_ref()?;
            for name in path {
                let (_, inner) = value
                    .as_object()?
                    .iter()
                    .find(|(key, inner)| key.eq_ignore_ascii_case(name) && !inner.is_null())?;
                value = inner;
            }
            scalar_text(value)
        };
        let non_empty = |path: &'static [&'static str]| (!path.is_empty()).then_some(path);
        let body_request_id = non_empty(shape.request_id).and_then(field);
        ApiError {
            operation_id,
            status,
            code: non_empty(shape.code).and_then(field),
            message: non_empty(shape.message).and_then(field),
            request_id: header_request_id.or_else(|| body_request_id.clone()),
            body_request_id,
            retry_after,
            body: String::from_utf8(body)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        }
    }
}

/// The text of a JSON scalar: a string as it is, a number or boolean as
/// written; `None` for `null`, objects and arrays.
fn scalar_text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Null | serde_json::Value::Object(_) | serde_json::Value::Array(_) => {
            None
        }
        other => Some(other.to_string()),
    }
}

/// A success response whose body says the call failed, as `status`
/// describes, is that error; any other is returned as it is.
pub(crate) fn check_body_status(
    operation_id: &'static str,
    shape: &ErrorShape,
    status: &BodyStatus,
    response: RawResponse,
) -> Result<RawResponse, Error> {
    let Ok(body) = serde_json::from_slice::<serde_json::Value>(&response.body) else {
        return Ok(response);
    };
    let success = serde_json::from_str::<serde_json::Value>(status.success).ok();
    match body.pointer(status.status) {
        None => return Ok(response),
        Some(value) if Some(value) == success.as_ref() => return Ok(response),
        Some(_) => {}
    }
    let text = |pointer: &str| match pointer {
        "" => None,
        pointer => body.pointer(pointer).and_then(scalar_text),
    };
    let (code, message) = (text(status.code), text(status.message));
    let body_request_id = text(status.request_id);
    let mut error = ApiError::from_response(operation_id, shape, response);
    error.code = code;
    error.message = message;
    if body_request_id.is_some() {
        error.request_id = error.request_id.or_else(|| body_request_id.clone());
        error.body_request_id = body_request_id;
    }
    Err(Error::Api(Box::new(error)))
}

/// A success response, for an operation whose success statuses have
/// different bodies: the generated code reads its body by its status.
pub struct Response {
    operation_id: &'static str,
    raw: RawResponse,
}

impl Response {
    pub(crate) fn new(operation_id: &'static str, raw: RawResponse) -> Response {
        Response { operation_id, raw }
    }

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

/// The success body at `pointer` (`/result`) decoded from JSON into `T`;
/// an absent value reads as `null`. A value that does not fit names its
/// path from the top of the body.
pub(crate) fn decode_at<T: DeserializeOwned>(
    operation_id: &'static str,
    response: &RawResponse,
    pointer: &str,
) -> Result<T, Error> {
    let status = response.status;
    let request_id = response.request_id.as_deref();
    let mut body: serde_json::Value = decode(operation_id, response)?;
    let value = body.pointer_mut(pointer).map(serde_json::Value::take);
    let value = value.unwrap_or(serde_json::Value::Null);
    serde_path_to_error::deserialize(value).map_err(|error| {
        let at = pointer.trim_start_matches('/').replace('/', ".");
        let path = match error.path().to_string().as_str() {
            "." => at,
            inner => format!("{at}.{inner}"),
        };
        let message = error.into_inner().to_string();
        decode_error(
            operation_id,
            status,
            request_id,
            &response.body,
            path,
            message,
        )
    })
}

pub(crate) fn decode<T: DeserializeOwned>(
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

/// Decodes a JSON success body into `T` as [`Client::send_json`](crate::Client::send_json) does: an
/// empty body reads as `null`, and a body that does not fit `T` is
/// [`Error::Decode`] naming the JSON path of the failure.
pub fn decode_json<T: DeserializeOwned>(
    operation_id: &'static str,
    status: StatusCode,
    request_id: Option<&str>,
    body: &[u8],
) -> Result<T, Error> {
    if body.trim_ascii().is_empty() {
        // An empty body is `null`, for operations whose response may be
        // absent; one that must be there is missing.
        return serde_json::from_slice(b"null").map_err(|absent| {
            let message = format!(
                "{operation_id} expects a JSON body ({}) and the response has none",
                expected(&absent)
            );
            decode_error(
                operation_id,
                status,
                request_id,
                body,
                String::new(),
                message,
            )
        });
    }
    serde_json::from_slice(body).map_err(|plain| {
        let (path, message) = locate::<T>(body, plain);
        decode_error(operation_id, status, request_id, body, path, message)
    })
}

/// What serde expected where `error` says it found something else (`struct
/// Space`, `a sequence`), or the whole message when it says nothing of that.
fn expected(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let Some((_, expected)) = message.split_once(", expected ") else {
        return message;
    };
    match expected.rsplit_once(" at line ") {
        Some((expected, _)) => expected.to_owned(),
        None => expected.to_owned(),
    }
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
    fn an_empty_body_where_one_is_expected_says_so() {
        for body in ["", " \n"] {
            let error = decode_json::<Space>("getSpace", StatusCode::OK, None, body.as_bytes())
                .unwrap_err();
            let Error::Decode(decode) = &error else {
                panic!("{error:?}")
            };
            assert_eq!(
                decode.message,
                "getSpace expects a JSON body (struct Space) and the response has none"
            );
            assert_eq!(decode.path, "");
            assert_eq!(
                error.to_string(),
                "getSpace: cannot decode the HTTP 200 OK response: getSpace expects a JSON body \
                 (struct Space) and the response has none; the body is empty"
            );
        }
        let error = decode_json::<Vec<Space>>("list", StatusCode::OK, None, b"").unwrap_err();
        assert!(
            error
                .to_string()
                .contains("list expects a JSON body (a sequence)"),
            "{error}"
        );
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

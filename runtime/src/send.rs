//! What generated operations call: the request they describe, and the send
//! loop (token, attempts, retries, limits, logging, decoding).

use std::borrow::Cow;
use std::fmt::Display;
use std::time::Duration;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use bytes::Bytes;
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
    query: Vec<(&'static str, String)>,
    headers: Vec<(&'static str, String)>,
    /// A JSON body, shared by the attempts.
    body: Option<Bytes>,
    options: CallOptions,
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
        self.query.push((name, value.to_string()));
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
        self.query.push((name, text));
        Ok(())
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
        let body = serde_json::to_vec(value).map_err(|e| Error::InvalidInput {
            operation_id: self.operation.id,
            field: "body".to_owned(),
            rule: format!("cannot be written as JSON: {e}"),
        })?;
        self.body = Some(Bytes::from(body));
        Ok(())
    }
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

impl Client {
    /// Sends `request` and decodes a JSON success body into `T`; an empty body reads as `null`.
    pub async fn send_json<T: DeserializeOwned>(&self, request: Request) -> Result<T, Error> {
        let response = self.send(&request).await?;
        decode(request.operation.id, &response)
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
        if !request.query.is_empty() || token_query.is_some() {
            let pairs = request
                .query
                .iter()
                .map(|(name, value)| (*name, value.as_str()));
            url.query_pairs_mut().extend_pairs(pairs).extend_pairs(
                token_query
                    .as_ref()
                    .map(|(name, value)| (*name, value.as_str())),
            );
        }
        let mut http_request = reqwest::Request::new(operation.method.clone(), url);
        let headers = http_request.headers_mut();
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
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
        if let Some(body) = &request.body {
            headers.append(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            *http_request.body_mut() = Some(body.clone().into());
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
        Error::Decode(Box::new(DecodeError {
            operation_id,
            status,
            path,
            message,
            request_id: request_id.map(str::to_owned),
            body: String::from_utf8_lossy(body).into_owned(),
        }))
    })
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

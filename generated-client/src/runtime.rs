//! What generated operations call: the request description, encoding, and the
//! send loop (token, attempts, retries, logging, decoding).

use std::fmt::Display;
use std::time::Duration;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use reqwest::header::{
    HeaderMap, HeaderName, HeaderValue, ACCEPT, CONTENT_TYPE, LOCATION, RETRY_AFTER, USER_AGENT,
};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use tracing::Instrument;

use crate::error::{ApiError, DecodeError};
use crate::retry::parse_retry_after;
use crate::{Client, Error, RetryPolicy};

pub(crate) use crate::pagination::{items, pages};
pub(crate) use crate::validate::{check_items, check_length, check_pattern, check_range};
pub use crate::validate::{At, Validate, Violation};

/// The header carrying DingTalk's request id.
pub const REQUEST_ID_HEADER: &str = "x-acs-request-id";

/// One call, as a generated operation describes it.
#[derive(Debug, Clone)]
pub(crate) struct Request {
    pub operation_id: &'static str,
    pub method: Method,
    /// The spec's path template, for logs.
    pub path_template: &'static str,
    /// The path with its parameters encoded.
    pub path: String,
    pub query: Vec<(&'static str, String)>,
    pub headers: Vec<(&'static str, String)>,
    /// A JSON body.
    pub body: Option<Vec<u8>>,
    pub auth: Option<Auth>,
    /// Whether sending it twice has the effect of sending it once.
    pub idempotent: bool,
    /// Error codes worth retrying whatever their HTTP status.
    pub retryable_error_codes: &'static [&'static str],
    pub options: CallOptions,
}

/// The access token an operation needs.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Auth {
    pub header: &'static str,
    /// Error codes meaning the token was rejected, so a fresh one may succeed.
    pub invalid_token_error_codes: &'static [&'static str],
}

/// Settings of one call that override the client's.
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    pub(crate) retry: Option<RetryPolicy>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) max_response_size: Option<u64>,
}

/// Characters left as they are in a path segment: RFC 3986 unreserved.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A path parameter as one encoded segment: `/`, `?`, `#` and `%` cannot reach the path.
/// Empty values and `.`/`..`, which would change which resource the path names, are refused.
pub(crate) fn path_segment(
    operation_id: &'static str,
    name: &str,
    value: &dyn Display,
) -> Result<String, Error> {
    let value = value.to_string();
    if value.is_empty() || value == "." || value == ".." {
        return Err(Error::InvalidInput {
            operation_id,
            field: name.to_owned(),
            rule: format!("a path parameter must not be empty, `.` or `..` (got `{value}`)"),
        });
    }
    Ok(utf8_percent_encode(&value, SEGMENT).to_string())
}

pub(crate) fn json_body<T: serde::Serialize>(
    operation_id: &'static str,
    value: &T,
) -> Result<Vec<u8>, Error> {
    serde_json::to_vec(value).map_err(|e| Error::InvalidInput {
        operation_id,
        field: "body".to_owned(),
        rule: format!("cannot be written as JSON: {e}"),
    })
}

/// A response as it arrived.
pub(crate) struct RawResponse {
    pub status: StatusCode,
    pub request_id: Option<String>,
    pub retry_after: Option<Duration>,
    pub body: Vec<u8>,
}

impl Client {
    /// Sends `request` and decodes a JSON success body into `T`; an empty body reads as `null`.
    pub(crate) async fn send_json<T: DeserializeOwned>(
        &self,
        request: Request,
    ) -> Result<T, Error> {
        let response = self.send(&request).await?;
        decode(request.operation_id, &response)
    }

    async fn send(&self, request: &Request) -> Result<RawResponse, Error> {
        let span = tracing::info_span!(
            "dingtalk.request",
            operation_id = request.operation_id,
            method = %request.method,
            path = request.path_template,
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        self.send_with_retries(request).instrument(span).await
    }

    async fn send_with_retries(&self, request: &Request) -> Result<RawResponse, Error> {
        let inner = &self.inner;
        let policy = request.options.retry.as_ref().unwrap_or(&inner.retry);
        let mut token = match request.auth {
            Some(_) => Some(inner.tokens.get(self, request.operation_id).await?),
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
                        Err(Error::Api(Box::new(ApiError::from_response(
                            request.operation_id,
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
            if let (Some(auth), Some(rejected)) = (request.auth, token.as_deref()) {
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
                    token = Some(inner.tokens.get(self, request.operation_id).await?);
                    renewed_token = true;
                    continue;
                }
            }
            let Some(reason) = retry_reason(&error, request) else {
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
        let transport = |source| Error::Transport {
            operation_id: request.operation_id,
            source,
        };
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        let user_agent = HeaderValue::from_str(&inner.user_agent).map_err(|_| {
            Error::Config(format!(
                "user agent `{}` is not a valid header value",
                inner.user_agent
            ))
        })?;
        headers.insert(USER_AGENT, user_agent);
        if let (Some(auth), Some(token)) = (request.auth, token) {
            let mut value = HeaderValue::from_str(token).map_err(|_| {
                Error::Config("the access token is not a valid header value".to_owned())
            })?;
            value.set_sensitive(true);
            headers.insert(HeaderName::from_static(auth.header), value);
        }
        for (name, value) in &request.headers {
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| invalid_header(request, name))?;
            let value =
                HeaderValue::from_str(value).map_err(|_| invalid_header(request, name.as_str()))?;
            headers.insert(name, value);
        }
        let url = format!("{}{}", inner.base_url, request.path);
        let mut builder = inner
            .http
            .request(request.method.clone(), url)
            .headers(headers)
            .query(&request.query);
        if let Some(body) = &request.body {
            builder = builder
                .header(CONTENT_TYPE, "application/json")
                .body(body.clone());
        }
        if let Some(timeout) = request.options.timeout.or(inner.timeout) {
            builder = builder.timeout(timeout);
        }
        let response = builder.send().await.map_err(transport)?;
        let status = response.status();
        let header = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let request_id = header(REQUEST_ID_HEADER);
        if status.is_redirection() {
            return Err(Error::Redirect {
                operation_id: request.operation_id,
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
        let body = read_body(response, limit, request.operation_id, &request_id).await?;
        Ok(RawResponse {
            status,
            request_id,
            retry_after,
            body,
        })
    }
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
        source,
    })? {
        if (body.len() + chunk.len()) as u64 > limit {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// Why `error` is worth another attempt, if it is.
fn retry_reason(error: &Error, request: &Request) -> Option<&'static str> {
    match error {
        // The connection was never made, so the request never reached the server.
        Error::Transport { source, .. } if source.is_connect() => Some("connection failed"),
        // Anything else may have been acted on.
        _ if !request.idempotent => None,
        Error::Transport { source, .. } if source.is_timeout() => Some("timed out"),
        Error::Transport { .. } => Some("connection broken"),
        Error::Api(api)
            if api
                .code
                .as_deref()
                .is_some_and(|c| request.retryable_error_codes.contains(&c)) =>
        {
            Some("retryable error code")
        }
        Error::Api(api) if api.status == StatusCode::TOO_MANY_REQUESTS => Some("throttled"),
        Error::Api(api) if api.status.is_server_error() => Some("server error"),
        _ => None,
    }
}

fn invalid_header(request: &Request, name: &str) -> Error {
    Error::InvalidInput {
        operation_id: request.operation_id,
        field: name.to_owned(),
        rule: "must be a valid HTTP header value".to_owned(),
    }
}

fn decode<T: DeserializeOwned>(
    operation_id: &'static str,
    response: &RawResponse,
) -> Result<T, Error> {
    let body: &[u8] = if response.body.trim_ascii().is_empty() {
        b"null"
    } else {
        &response.body
    };
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let result = match serde_path_to_error::deserialize(&mut deserializer) {
        Ok(value) => deserializer
            .end()
            .map(|()| value)
            .map_err(|e| (String::new(), e.to_string())),
        Err(error) => Err((error.path().to_string(), error.into_inner().to_string())),
    };
    result.map_err(|(path, message)| {
        Error::Decode(Box::new(DecodeError {
            operation_id,
            status: response.status,
            path,
            message,
            request_id: response.request_id.clone(),
            body: String::from_utf8_lossy(&response.body).into_owned(),
        }))
    })
}

//! What generated operations call: request description, encoding, sending, decoding.

use std::fmt::Display;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, ACCEPT, CONTENT_TYPE, USER_AGENT};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use tracing::Instrument;

use crate::error::{ApiError, DecodeError};
use crate::{Client, Error};

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
    /// Header that must carry the access token.
    pub auth_header: Option<&'static str>,
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
struct RawResponse {
    status: StatusCode,
    request_id: Option<String>,
    body: Vec<u8>,
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
            status = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        async {
            let response = self.attempt(request).await;
            match &response {
                Ok(raw) => {
                    let span = tracing::Span::current();
                    span.record("status", raw.status.as_u16());
                    if let Some(id) = &raw.request_id {
                        span.record("request_id", id.as_str());
                    }
                    tracing::debug!(status = raw.status.as_u16(), "response received");
                }
                Err(error) => tracing::debug!(%error, "request failed"),
            }
            let raw = response?;
            if raw.status.is_success() {
                Ok(raw)
            } else {
                Err(Error::Api(Box::new(ApiError::from_response(
                    request.operation_id,
                    raw.status,
                    raw.request_id,
                    &raw.body,
                ))))
            }
        }
        .instrument(span)
        .await
    }

    async fn attempt(&self, request: &Request) -> Result<RawResponse, Error> {
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
        if let Some(header) = request.auth_header {
            let token = inner.access_token.as_deref().ok_or_else(|| {
                Error::Config(format!(
                    "{} needs an access token; set one on the client builder",
                    request.operation_id
                ))
            })?;
            let mut value = HeaderValue::from_str(token).map_err(|_| {
                Error::Config("the access token is not a valid header value".to_owned())
            })?;
            value.set_sensitive(true);
            headers.insert(HeaderName::from_static(header), value);
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
        if let Some(timeout) = inner.timeout {
            builder = builder.timeout(timeout);
        }
        let response = builder.send().await.map_err(transport)?;
        let status = response.status();
        let request_id = response
            .headers()
            .get(REQUEST_ID_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = response.bytes().await.map_err(transport)?.to_vec();
        Ok(RawResponse {
            status,
            request_id,
            body,
        })
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

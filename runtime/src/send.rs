//! The send loop: the token, attempts, retries, limits and logging of a call.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use reqwest::header::{
    HeaderName, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE, COOKIE, LOCATION, RETRY_AFTER,
    USER_AGENT,
};
use serde::de::DeserializeOwned;
use tracing::Instrument;

use crate::request::{Body, Request};
use crate::response::{decode, RawResponse, Response};
use crate::retry::{classify, parse_retry_after, FailedAttempt, RetryAction};
use crate::{ApiError, Auth, AuthScheme, Client, Error, Operation};

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
        Ok(Response::new(request.operation.id, raw))
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
            Some(_) => Some(
                inner
                    .tokens
                    .get(operation.id, |source| source.resolve(self))
                    .await?,
            ),
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
            let token_renewable = !renewed_token && token.is_some() && inner.tokens.renewable();
            let failed = FailedAttempt::new(&error, operation, attempt, token_renewable);
            let (reason, classifier) = match classify(&inner.classifiers, &failed) {
                (RetryAction::RenewToken { reason }, Some(classifier)) if token_renewable => {
                    tracing::info!(
                        attempt,
                        code = error.code().unwrap_or_default(),
                        reason,
                        classifier,
                        "the access token was rejected; renewing it and trying again"
                    );
                    if let Some(rejected) = token.as_deref() {
                        inner.tokens.forget(rejected).await;
                    }
                    token = Some(
                        inner
                            .tokens
                            .get(operation.id, |source| source.resolve(self))
                            .await?,
                    );
                    renewed_token = true;
                    continue;
                }
                (RetryAction::Retry { reason }, Some(classifier)) => (reason, classifier),
                (_, classifier) => {
                    tracing::debug!(attempt, classifier, %error, "failed; not retryable");
                    return Err(error);
                }
            };
            let retry_after = error.as_api().and_then(|api| api.retry_after);
            let delay = match policy.delay(retries, retry_after) {
                Some(delay) if retries < policy.retries() => delay,
                _ => {
                    tracing::warn!(attempt, reason, classifier, %error, "failed; giving up");
                    return Err(error);
                }
            };
            tracing::warn!(
                attempt,
                reason,
                classifier,
                delay_ms = delay.as_millis() as u64,
                %error,
                "failed; retrying"
            );
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

//! The send loop: the token, attempts, retries, deadline, limits and logging
//! of a call.

use std::future::Future;
use std::pin::{pin, Pin};
use std::sync::Arc;
use std::task::Poll;
use std::time::Duration;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use reqwest::header::{
    HeaderName, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE, COOKIE, LOCATION, RETRY_AFTER,
    USER_AGENT,
};
use serde::de::DeserializeOwned;
use tokio::time::{Instant, Sleep};
use tracing::Instrument;

use crate::error::Plain as Error;
use crate::request::{Body, Request};
use crate::response::{check_body_status, decode, decode_at, RawResponse, Response};
use crate::retry::{classify, parse_retry_after, FailedAttempt, RetryAction};
use crate::tokens::CachedToken;
use crate::{ApiError, AuthScheme, Client, Operation};

impl Client {
    /// Sends `request` and decodes a JSON success body into `T`; an empty body reads as `null`.
    pub async fn send_json<T: DeserializeOwned>(&self, request: Request) -> Result<T, Error> {
        let response = self.send(&request).await?;
        match request.result {
            Some(pointer) => decode_at(request.operation.id, &response, pointer),
            None => decode(request.operation.id, &response),
        }
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
        let deadline = request
            .options
            .operation_timeout
            .or(inner.operation_timeout)
            .map(|limit| Deadline {
                operation_id: operation.id,
                limit,
                at: Instant::now() + limit,
            });
        let deadline = deadline.as_ref();
        // One timer for the whole call, which every wait below races.
        let mut expiry = pin!(deadline.map(|deadline| tokio::time::sleep_until(deadline.at)));
        let mut token = match operation.auth {
            // An operation that may go without a token does when there are no credentials.
            Some(auth) if auth.optional && inner.tokens.source().is_none() => None,
            Some(_) => Some(match inner.tokens.fresh() {
                Some(token) => token,
                None => within(deadline, expiry.as_mut(), pin!(self.token(operation)))
                    .await
                    .map_err(|deadline| deadline.expired(0, None, None))??,
            }),
            None => None,
        };
        let mut renewed_token = false;
        let mut retries = 0;
        let mut attempt = 0u32;
        // Why the attempt before failed, for the error when the deadline passes.
        let mut last = None;
        loop {
            attempt += 1;
            let span = tracing::Span::current();
            span.record("attempt", attempt);
            let outcome = within(
                deadline,
                expiry.as_mut(),
                pin!(self.attempt(request, token.as_deref())),
            )
            .await
            .map_err(|deadline| deadline.expired(attempt, None, last.take()))?
            .and_then(|raw| {
                span.record("status", raw.status.as_u16());
                if let Some(id) = &raw.request_id {
                    span.record("request_id", id.as_str());
                }
                let shape = &inner.api.error_body;
                match (raw.status.is_success(), request.body_status) {
                    (true, None) => Ok(raw),
                    (true, Some(status)) => check_body_status(operation.id, shape, status, raw),
                    (false, _) => Err(Error::Api(Box::new(ApiError::from_response(
                        operation.id,
                        shape,
                        raw,
                    )))),
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
            let failed = FailedAttempt::new(&error, operation, attempt, token_renewable)
                .with_retryable_error_codes(request.retryable_error_codes);
            let (reason, classifier) = match classify(&inner.classifiers, &failed) {
                (RetryAction::RenewToken { reason }, Some(classifier)) if token_renewable => {
                    tracing::info!(
                        attempt,
                        code = error.code().unwrap_or_default(),
                        reason,
                        classifier,
                        "the access token was rejected; renewing it and trying again"
                    );
                    if let Some(rejected) = &token {
                        inner.tokens.forget(rejected);
                    }
                    let renewal = pin!(self.token(operation));
                    token = match within(deadline, expiry.as_mut(), renewal).await {
                        Ok(renewed) => Some(renewed?),
                        Err(deadline) => return Err(deadline.expired(attempt, None, Some(error))),
                    };
                    renewed_token = true;
                    last = Some(error);
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
            if let Some(deadline) = deadline.filter(|d| Instant::now() + delay >= d.at) {
                tracing::warn!(
                    attempt,
                    reason,
                    classifier,
                    delay_ms = delay.as_millis() as u64,
                    %error,
                    "failed; waiting to retry would pass the operation timeout"
                );
                return Err(deadline.expired(attempt, Some(delay), Some(error)));
            }
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
            last = Some(error);
        }
    }

    /// The current token for `operation`, obtained when there is none or it
    /// is about to expire.
    async fn token(&self, operation: &Operation) -> Result<Arc<CachedToken>, Error> {
        self.inner
            .tokens
            .get(operation.id, |source| source.resolve(self))
            .await
    }

    async fn attempt(
        &self,
        request: &Request,
        token: Option<&CachedToken>,
    ) -> Result<RawResponse, Error> {
        let inner = &self.inner;
        let operation_id = request.operation.id;
        let response = inner
            .http
            .execute(self.http_request(request, token)?)
            .await
            .map_err(|source| transport(operation_id, source))?;
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
                operation_id,
                status,
                location: header(LOCATION.as_str()),
            });
        }
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(parse_retry_after);
        let limit = request
            .options
            .max_response_size
            .unwrap_or(inner.max_response_size);
        let body = read_body(response, limit, operation_id, &request_id).await?;
        Ok(RawResponse {
            status,
            request_id,
            retry_after,
            body,
        })
    }

    /// The HTTP request of one attempt of `request`, carrying `token`.
    fn http_request(
        &self,
        request: &Request,
        token: Option<&CachedToken>,
    ) -> Result<reqwest::Request, Error> {
        let inner = &self.inner;
        let operation = request.operation;
        let mut token_header = None;
        let mut token_query = None;
        if let (Some(auth), Some(token)) = (operation.auth, token) {
            match auth.scheme {
                AuthScheme::Query(name) => token_query = Some((name, token.value())),
                scheme => token_header = Some(token_header_of(scheme, token)?),
            }
        }
        let (base, base_path) = match request.server {
            None => (&inner.base, &inner.base_path),
            Some(server) => {
                let host = inner.hosts.iter().find(|host| host.spec_url == server);
                let host = host.ok_or_else(|| {
                    Error::Config(format!(
                        "{}: the server `{server}` is not one of the API's",
                        operation.id
                    ))
                })?;
                (&host.base, &host.base_path)
            }
        };
        let mut url = base.clone();
        if base_path.is_empty() {
            url.set_path(&request.path);
        } else {
            let mut path = String::with_capacity(base_path.len() + request.path.len());
            path.push_str(base_path);
            path.push_str(&request.path);
            url.set_path(&path);
        }
        if !request.query.is_empty() {
            url.set_query(Some(&request.query));
        }
        if let Some((name, value)) = &token_query {
            url.query_pairs_mut().append_pair(name, value);
        }
        let mut http_request = reqwest::Request::new(operation.method.clone(), url);
        let accept = match request.accept {
            Some(accept) => static_value(accept).ok_or_else(|| {
                Error::Config(format!("`{accept}` is not a valid `Accept` header"))
            })?,
            None => HeaderValue::from_static("application/json"),
        };
        let headers = http_request.headers_mut();
        headers.insert(ACCEPT, accept);
        headers.insert(USER_AGENT, inner.user_agent.clone());
        if let Some((name, value)) = token_header {
            headers.insert(name, value);
        }
        for (name, value) in &request.headers {
            let name = static_name(name).ok_or_else(|| invalid_header(operation, name))?;
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
                let content_type = static_value(content_type).ok_or_else(|| {
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
                                field: part.name.to_string(),
                                rule: format!("`{media_type}` is not a media type"),
                            })?;
                    }
                    form = form.part(part.name.clone(), piece);
                }
                http_request =
                    reqwest::RequestBuilder::from_parts(inner.http.clone(), http_request)
                        .multipart(form)
                        .build()
                        .map_err(|source| transport(operation.id, source))?;
            }
        }
        // The client's own timeout is the HTTP client's; a call's replaces it.
        if let Some(timeout) = request.options.timeout {
            *http_request.timeout_mut() = Some(timeout);
        }
        Ok(http_request)
    }
}

/// A transport failure of `operation_id`, without the URL, which may carry
/// a token in its query.
fn transport(operation_id: &'static str, source: reqwest::Error) -> Error {
    Error::Transport {
        operation_id,
        source: source.without_url(),
    }
}

/// When a call must be over: its operation timeout, from when it started.
struct Deadline {
    operation_id: &'static str,
    limit: Duration,
    at: Instant,
}

/// What `future` gives, or the deadline when it passes first; `expiry` is
/// the deadline's timer, there when the deadline is.
fn within<'a, F: Future>(
    deadline: Option<&'a Deadline>,
    mut expiry: Pin<&'a mut Option<Sleep>>,
    mut future: Pin<&'a mut F>,
) -> impl Future<Output = Result<F::Output, &'a Deadline>> + 'a {
    std::future::poll_fn(move |cx| {
        if let Poll::Ready(output) = future.as_mut().poll(cx) {
            return Poll::Ready(Ok(output));
        }
        match (deadline, expiry.as_mut().as_pin_mut()) {
            (Some(deadline), Some(expiry)) => expiry.poll(cx).map(|()| Err(deadline)),
            _ => Poll::Pending,
        }
    })
}

impl Deadline {
    /// The error of a call whose deadline passed, or would pass during the
    /// wait `retry_in`, after `attempts` attempts, the last having failed with
    /// `last`.
    fn expired(&self, attempts: u32, retry_in: Option<Duration>, last: Option<Error>) -> Error {
        Error::OperationTimeout {
            operation_id: self.operation_id,
            limit: self.limit,
            attempts,
            retry_in,
            last: last.map(Box::new),
        }
    }
}

/// The header carrying `token` by `scheme` (any but a query parameter),
/// built once per token and scheme.
fn token_header_of(
    scheme: AuthScheme,
    token: &CachedToken,
) -> Result<(HeaderName, HeaderValue), Error> {
    if let Some((built_for, name, value)) = token.header.get() {
        if *built_for == scheme {
            return Ok((name.clone(), value.clone()));
        }
    }
    let value = token.value();
    let (name, value) = match scheme {
        AuthScheme::Header(name) => (
            static_name(name)
                .ok_or_else(|| Error::Config(format!("`{name}` is not a valid header name")))?,
            HeaderValue::from_str(value),
        ),
        AuthScheme::Bearer => (
            AUTHORIZATION,
            HeaderValue::from_str(&format!("Bearer {value}")),
        ),
        AuthScheme::Basic => (
            AUTHORIZATION,
            HeaderValue::from_str(&format!("Basic {}", BASE64.encode(value))),
        ),
        AuthScheme::Cookie(name) => (COOKIE, HeaderValue::from_str(&format!("{name}={value}"))),
        AuthScheme::Query(name) => {
            return Err(Error::Config(format!(
                "a token sent in the query parameter `{name}` has no header"
            )))
        }
    };
    let mut value = value
        .map_err(|_| Error::Config("the access token is not a valid header value".to_owned()))?;
    value.set_sensitive(true);
    // Another call may have built it meanwhile; either is the same.
    let _ = token.header.set((scheme, name.clone(), value.clone()));
    Ok((name, value))
}

/// A header name given by generated code, without copying it when it is
/// already lowercase, as generated names are; `None` when it is not a
/// header name.
fn static_name(name: &'static str) -> Option<HeaderName> {
    let plain = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.".contains(&b);
    if !name.is_empty() && name.bytes().all(plain) {
        Some(HeaderName::from_static(name))
    } else {
        HeaderName::from_bytes(name.as_bytes()).ok()
    }
}

/// A header value given by generated code, without copying it; `None` when
/// it is not a header value.
pub(crate) fn static_value(value: &'static str) -> Option<HeaderValue> {
    let visible = |b: u8| b == b'\t' || (b' '..=b'~').contains(&b);
    value
        .bytes()
        .all(visible)
        .then(|| HeaderValue::from_static(value))
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

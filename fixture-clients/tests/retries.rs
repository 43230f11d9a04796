//! Retries over HTTP (`codegen/tests/fixtures/retries/spec.yaml`): the error codes
//! of `x-retryable-error-codes` are retried, those of
//! `x-invalid-token-error-codes` renew the key, and `x-idempotent` marks a
//! POST safe to repeat.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use fixture_clients::retries::{self as operations, Client, ErrorCode, ListPets};
use futures_util::future::BoxFuture;
use openapi_runtime::{Error, ResolveToken, RetryPolicy, Token};
use serde_json::json;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn fast() -> RetryPolicy {
    RetryPolicy::default()
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(2))
}

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .access_token("k")
        .retry(fast())
        .build()
        .unwrap()
}

/// Answers the first call with `first`, and every later one with `then`.
async fn answer(server: &MockServer, first: ResponseTemplate, then: ResponseTemplate) {
    Mock::given(wiremock::matchers::any())
        .respond_with(first)
        .up_to_n_times(1)
        .with_priority(1)
        .mount(server)
        .await;
    Mock::given(wiremock::matchers::any())
        .respond_with(then)
        .mount(server)
        .await;
}

fn error(status: u16, code: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(json!({"code": code, "message": "no"}))
}

async fn sent(server: &MockServer) -> usize {
    server.received_requests().await.unwrap().len()
}

#[test]
fn the_specs_retryable_codes_are_a_constant() {
    assert_eq!(operations::RETRYABLE_ERROR_CODES, ["busy"]);
}

#[tokio::test]
async fn a_retryable_code_is_retried_whatever_its_status() {
    let server = MockServer::start().await;
    let names = ResponseTemplate::new(200).set_body_json(json!(["rex"]));
    answer(&server, error(400, "busy"), names).await;
    let names = client(&server).list_pets().send().await.unwrap();
    assert_eq!(names, ["rex"]);
    assert_eq!(sent(&server).await, 2);
}

#[tokio::test]
async fn other_codes_are_api_errors_with_their_code_and_message() {
    let server = MockServer::start().await;
    answer(&server, error(400, "bad"), ResponseTemplate::new(204)).await;
    let error = client(&server).list_pets().send().await.unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::Other("bad".to_owned())));
    assert_eq!(error.as_api().unwrap().message.as_deref(), Some("no"));
    assert_eq!(sent(&server).await, 1);
}

#[tokio::test]
async fn a_post_marked_idempotent_is_retried_and_another_is_not() {
    let server = MockServer::start().await;
    answer(&server, error(503, "busy"), ResponseTemplate::new(204)).await;
    client(&server).add_pet().send().await.unwrap();
    assert_eq!(sent(&server).await, 2);

    let server = MockServer::start().await;
    answer(&server, error(503, "busy"), ResponseTemplate::new(204)).await;
    let error = client(&server).adopt_pet().send().await.unwrap_err();
    assert_eq!(error.as_api().unwrap().status.as_u16(), 503);
    assert_eq!(sent(&server).await, 1);
}

/// Numbered keys: `k-1`, `k-2`, ….
#[derive(Debug, Default)]
struct Numbered(AtomicUsize);

impl ResolveToken for Numbered {
    fn resolve<'a>(
        &'a self,
        _client: &'a openapi_runtime::Client,
    ) -> BoxFuture<'a, Result<Token, Error>> {
        Box::pin(async move {
            let n = self.0.fetch_add(1, Ordering::SeqCst) + 1;
            Ok(Token {
                value: format!("k-{n}"),
                expires_in: None,
            })
        })
    }
}

async fn with_numbered_keys(
    rejection: &str,
) -> (Result<Vec<String>, Error<ListPets>>, usize, MockServer) {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets"))
        .and(header("x-api-key", "k-1"))
        .respond_with(error(401, rejection))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/pets"))
        .and(header("x-api-key", "k-2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!(["rex"])))
        .mount(&server)
        .await;
    let keys = Arc::new(Numbered::default());
    let client = Client::builder()
        .base_url(server.uri())
        .credentials(keys.clone())
        .retry(fast())
        .build()
        .unwrap();
    let result = client.list_pets().send().await;
    (result, keys.0.load(Ordering::SeqCst), server)
}

#[tokio::test]
async fn an_invalid_token_code_renews_the_key() {
    let (result, resolved, server) = with_numbered_keys("expiredKey").await;
    assert_eq!(result.unwrap(), ["rex"]);
    assert_eq!(resolved, 2);
    assert_eq!(sent(&server).await, 2);

    let (result, resolved, server) = with_numbered_keys("forbidden").await;
    assert_eq!(
        result.unwrap_err().code(),
        Some(ErrorCode::Other("forbidden".to_owned()))
    );
    assert_eq!(resolved, 1);
    assert_eq!(sent(&server).await, 1);
}

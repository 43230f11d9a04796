//! The timeout of each attempt: the client's, which also bounds an HTTP
//! client given to the builder, and a call's own, which replaces it.

use std::time::{Duration, Instant};

use openapi_runtime::{
    Api, CallOptions, Client, ClientBuilder, ErrorKind, ErrorShape, Method, Operation, Request,
    RetryPolicy,
};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

static API: Api = Api {
    title: "attempt timeout",
    servers: &[],
    hosts: &[],
    user_agent: "attempt-timeout-tests",
    retryable_error_codes: &[],
    request_id_header: None,
    error_body: ErrorShape {
        code: &["code"],
        message: &[],
        request_id: &[],
    },
};

static GET: Operation = Operation::new("get", Method::GET, "/thing", None, true);

/// A server answering every request after `delay`.
async fn slow(delay: Duration) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(204).set_delay(delay))
        .mount(&server)
        .await;
    server
}

fn options(timeout: Option<Duration>) -> CallOptions {
    CallOptions {
        timeout,
        ..CallOptions::default()
    }
}

#[tokio::test]
async fn the_clients_timeout_bounds_an_http_client_given_to_the_builder() {
    let server = slow(Duration::from_secs(5)).await;
    let client = ClientBuilder::<Client>::new(&API)
        .base_url(server.uri())
        .http_client(reqwest::Client::builder().timeout(Duration::from_secs(60)))
        .timeout(Duration::from_millis(200))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let started = Instant::now();
    let error = client
        .send_empty(Request::new(&GET, CallOptions::default()))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::AttemptTimeout, "{error}");
    assert!(started.elapsed() < Duration::from_secs(3), "{error}");
}

#[tokio::test]
async fn a_calls_timeout_replaces_the_clients() {
    let server = slow(Duration::from_millis(400)).await;
    let client = ClientBuilder::<Client>::new(&API)
        .base_url(server.uri())
        .timeout(Duration::from_millis(100))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = client
        .send_empty(Request::new(&GET, options(None)))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::AttemptTimeout, "{error}");
    client
        .send_empty(Request::new(&GET, options(Some(Duration::from_secs(10)))))
        .await
        .unwrap();

    let client = ClientBuilder::<Client>::new(&API)
        .base_url(server.uri())
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    client
        .send_empty(Request::new(&GET, options(None)))
        .await
        .unwrap();
    let error = client
        .send_empty(Request::new(
            &GET,
            options(Some(Duration::from_millis(100))),
        ))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::AttemptTimeout, "{error}");
}

//! Failures over HTTP: the operation timeout beside the attempt timeout, and
//! errors that say what happened (a refused connection, a timeout and which
//! limit, a reset, TLS) without leaking the token.

use std::time::{Duration, Instant};

use openapi_runtime::{
    Api, Auth, CallOptions, Client, ClientBuilder, Error, ErrorKind, ErrorShape, Method, Operation,
    Request, RetryPolicy, StaticToken,
};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

static API: Api = Api {
    title: "failures",
    servers: &[],
    hosts: &[],
    user_agent: "failure-tests",
    retryable_error_codes: &[],
    request_id_header: None,
    error_body: ErrorShape {
        code: &["code"],
        message: &[],
        request_id: &[],
    },
};

/// A token in the query, which must never show in an error.
static GET: Operation = Operation::new(
    "get",
    Method::GET,
    "/thing",
    Some(Auth::query("key", &[])),
    true,
);

const SECRET: &str = "query-secret";

fn builder(base_url: impl Into<String>) -> ClientBuilder<Client> {
    ClientBuilder::<Client>::new(&API)
        .base_url(base_url)
        .credentials(StaticToken::new(SECRET))
}

async fn call(client: &Client, options: CallOptions) -> Error {
    client
        .send_empty(Request::new(&GET, options))
        .await
        .unwrap_err()
}

/// The error's message, checked to be one line without the token.
fn message(error: &Error) -> String {
    let message = error.to_string();
    assert!(!message.contains('\n'), "{message}");
    assert!(
        !format!("{message} {error:?}").contains(SECRET),
        "{error:?}"
    );
    message
}

/// A server that accepts connections and never answers.
async fn stalling() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((stream, _)) = listener.accept().await {
            held.push(stream);
        }
    });
    format!("http://{address}")
}

/// A server that answers every request with `reply`, then resets the connection.
async fn resetting(reply: &'static [u8]) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let mut buffer = vec![0; 8192];
            let _ = stream.read(&mut buffer).await;
            let _ = stream.write_all(reply).await;
            tokio::time::sleep(Duration::from_millis(20)).await;
            let _ = stream.set_zero_linger();
        }
    });
    format!("http://{address}")
}

fn assert_within(started: Instant, limit: Duration) {
    let elapsed = started.elapsed();
    assert!(
        elapsed < limit + Duration::from_millis(500),
        "took {elapsed:?}"
    );
}

#[tokio::test]
async fn the_operation_timeout_ends_a_call_to_a_server_that_never_answers() {
    let client = builder(stalling().await)
        .operation_timeout(Duration::from_secs(2))
        .build()
        .unwrap();
    let started = Instant::now();
    let error = call(&client, CallOptions::default()).await;
    assert!(started.elapsed() >= Duration::from_secs(2));
    assert_within(started, Duration::from_secs(2));
    assert_eq!(error.kind(), ErrorKind::OperationTimeout);
    assert_eq!(
        message(&error),
        "get: timed out: the operation timeout of 2s passed after 1 attempt"
    );
}

#[tokio::test]
async fn a_call_sets_its_own_operation_timeout() {
    let client = builder(stalling().await).build().unwrap();
    let started = Instant::now();
    let options = CallOptions {
        operation_timeout: Some(Duration::from_millis(500)),
        ..CallOptions::default()
    };
    let error = call(&client, options).await;
    assert_within(started, Duration::from_millis(500));
    assert!(
        matches!(error, Error::OperationTimeout { limit, attempts: 1, .. } if limit == Duration::from_millis(500)),
        "{error:?}"
    );
}

#[tokio::test]
async fn the_operation_timeout_covers_retries_and_their_waits() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(503)
                .set_body_json(json!({"code": "busy"}))
                .insert_header("retry-after", "1"),
        )
        .mount(&server)
        .await;
    let client = builder(server.uri())
        .retry(RetryPolicy::default().max_retries(20))
        .operation_timeout(Duration::from_millis(2500))
        .build()
        .unwrap();
    let started = Instant::now();
    let error = call(&client, CallOptions::default()).await;
    assert_within(started, Duration::from_millis(2500));
    let Error::OperationTimeout { attempts, last, .. } = &error else {
        panic!("{error:?}")
    };
    assert!(*attempts >= 2, "{error}");
    assert_eq!(last.as_ref().unwrap().code(), Some("busy"));
    assert_eq!(
        server.received_requests().await.unwrap().len() as u32,
        *attempts
    );
}

#[tokio::test]
async fn a_retry_after_past_the_deadline_fails_at_once() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(429)
                .set_body_json(json!({"code": "throttled"}))
                .insert_header("retry-after", "30"),
        )
        .mount(&server)
        .await;
    let client = builder(server.uri())
        .operation_timeout(Duration::from_secs(2))
        .build()
        .unwrap();
    let started = Instant::now();
    let error = call(&client, CallOptions::default()).await;
    assert!(started.elapsed() < Duration::from_secs(1), "it waited");
    let Error::OperationTimeout {
        retry_in,
        attempts,
        last,
        ..
    } = &error
    else {
        panic!("{error:?}")
    };
    assert!(retry_in.unwrap() >= Duration::from_secs(30));
    assert_eq!(*attempts, 1);
    assert_eq!(last.as_ref().unwrap().code(), Some("throttled"));
    let message = message(&error);
    assert!(
        message.starts_with("get: timed out: the operation timeout of 2s would pass during the 30"),
        "{message}"
    );
    assert!(
        message.contains("; the last failed: get: the server answered HTTP 429"),
        "{message}"
    );
}

#[tokio::test]
async fn a_retry_after_past_the_policys_limit_fails_with_the_servers_answer() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "30"))
        .mount(&server)
        .await;
    let client = builder(server.uri())
        .retry(RetryPolicy::default().max_retry_after(Duration::from_secs(5)))
        .operation_timeout(Duration::from_secs(60))
        .build()
        .unwrap();
    let error = call(&client, CallOptions::default()).await;
    assert_eq!(error.kind(), ErrorKind::Api);
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn an_attempt_timeout_says_so() {
    let client = builder(stalling().await)
        .timeout(Duration::from_millis(200))
        .retry(RetryPolicy::none())
        .operation_timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let error = call(&client, CallOptions::default()).await;
    assert_eq!(error.kind(), ErrorKind::AttemptTimeout);
    let message = message(&error);
    assert!(
        message.starts_with("get: timed out (the attempt timeout): "),
        "{message}"
    );
}

#[tokio::test]
async fn a_refused_connection_says_so() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    let client = builder(format!("http://{address}"))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = call(&client, CallOptions::default()).await;
    assert_eq!(error.kind(), ErrorKind::ConnectionRefused);
    let message = message(&error);
    assert!(
        message.starts_with("get: connection refused: "),
        "{message}"
    );
    assert!(message.ends_with("(os error 111)"), "{message}");
}

#[tokio::test]
async fn a_reset_in_the_middle_of_the_body_says_so() {
    let partial = b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{\"thing\":";
    let client = builder(resetting(partial).await)
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = call(&client, CallOptions::default()).await;
    assert_eq!(error.kind(), ErrorKind::ConnectionReset);
    let message = message(&error);
    assert!(
        message.starts_with(
            "get: the connection was reset or closed before the whole response arrived: "
        ),
        "{message}"
    );
    assert!(message.contains("reset"), "{message}");
}

#[tokio::test]
async fn a_server_that_does_not_speak_tls_fails_the_handshake() {
    let base_url = resetting(b"HTTP/1.1 400 Bad Request\r\n\r\n")
        .await
        .replace("http://", "https://");
    let client = builder(base_url)
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = call(&client, CallOptions::default()).await;
    assert_eq!(error.kind(), ErrorKind::Tls);
    assert!(
        message(&error).starts_with("get: the TLS handshake failed: "),
        "{error}"
    );
}

//! Retry rules over HTTP: the built-in classifiers, and an application's own
//! added beside them or in their place.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures_util::future::BoxFuture;
use openapi_runtime::{
    Api, Auth, CallOptions, ClassifyRetry, Client, ClientBuilder, Error, ErrorShape, FailedAttempt,
    Method, Operation, Request, ResolveToken, RetryAction, RetryPolicy, RetryPriority, Token,
    TransientErrors,
};
use serde_json::json;
use wiremock::matchers::{any, header, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

static API: Api = Api {
    title: "retry",
    servers: &[],
    hosts: &[],
    user_agent: "retry-tests",
    retryable_error_codes: &["busy"],
    request_id_header: None,
    error_body: ErrorShape {
        code: &["code"],
        message: &["message"],
        request_id: &[],
    },
};

static GET: Operation = Operation::new(
    "get",
    Method::GET,
    "/thing",
    Some(Auth::bearer(&["InvalidToken"])),
    true,
);

/// Retries an answer with the code `Busy.Later`, which the API does not
/// declare retryable.
#[derive(Debug)]
struct BusyLater;

impl ClassifyRetry for BusyLater {
    fn name(&self) -> &'static str {
        "busy later"
    }

    fn classify(&self, failed: &FailedAttempt<'_>) -> RetryAction {
        match failed.error.code() {
            Some("Busy.Later") => RetryAction::Retry {
                reason: "busy, later",
            },
            _ => RetryAction::NoOpinion,
        }
    }
}

/// Forbids retrying a 503, overriding the built-in rules.
#[derive(Debug)]
struct Never503;

impl ClassifyRetry for Never503 {
    fn name(&self) -> &'static str {
        "never 503"
    }

    fn classify(&self, failed: &FailedAttempt<'_>) -> RetryAction {
        match failed.error.as_api() {
            Some(api) if api.status == 503 => RetryAction::DoNotRetry,
            _ => RetryAction::NoOpinion,
        }
    }
}

/// A renewable source giving `t-1`, `t-2`, ..., counting its calls.
#[derive(Debug, Default)]
struct Numbered(AtomicUsize);

impl ResolveToken for Numbered {
    fn resolve<'a>(&'a self, _client: &'a Client) -> BoxFuture<'a, Result<Token, Error>> {
        let n = self.0.fetch_add(1, Ordering::SeqCst) + 1;
        Box::pin(async move {
            Ok(Token {
                value: format!("t-{n}"),
                expires_in: Some(Duration::from_secs(7200)),
            })
        })
    }
}

fn error(status: u16, code: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(json!({"code": code, "message": "no"}))
}

fn builder(server: &MockServer, source: Arc<Numbered>) -> ClientBuilder<Client> {
    ClientBuilder::<Client>::new(&API)
        .base_url(server.uri())
        .credentials(source)
        .retry(
            RetryPolicy::default()
                .initial_backoff(Duration::from_millis(1))
                .max_backoff(Duration::from_millis(2)),
        )
}

/// Answers the first call with `first`, and every later one with `then`.
async fn answer(server: &MockServer, first: ResponseTemplate, then: ResponseTemplate) {
    Mock::given(any())
        .respond_with(first)
        .up_to_n_times(1)
        .with_priority(1)
        .mount(server)
        .await;
    Mock::given(any()).respond_with(then).mount(server).await;
}

async fn call(client: &Client) -> Result<(), Error> {
    client
        .send_empty(Request::new(&GET, CallOptions::default()))
        .await
}

async fn sent(server: &MockServer) -> usize {
    server.received_requests().await.unwrap().len()
}

#[tokio::test]
async fn an_added_rule_retries_what_the_defaults_do_not() {
    let server = MockServer::start().await;
    answer(
        &server,
        error(409, "Busy.Later"),
        ResponseTemplate::new(204),
    )
    .await;
    let client = builder(&server, Arc::default())
        .retry_classifier(BusyLater)
        .build()
        .unwrap();
    call(&client).await.unwrap();
    assert_eq!(sent(&server).await, 2);

    // Without the rule, the same answer fails at once.
    let server = MockServer::start().await;
    answer(
        &server,
        error(409, "Busy.Later"),
        ResponseTemplate::new(204),
    )
    .await;
    let client = builder(&server, Arc::default()).build().unwrap();
    assert_eq!(call(&client).await.unwrap_err().code(), Some("Busy.Later"));
    assert_eq!(sent(&server).await, 1);
}

#[tokio::test]
async fn with_an_added_rule_the_defaults_still_apply() {
    // A 503 is still retried,
    let server = MockServer::start().await;
    answer(&server, error(503, "down"), ResponseTemplate::new(204)).await;
    let client = builder(&server, Arc::default())
        .retry_classifier(BusyLater)
        .build()
        .unwrap();
    call(&client).await.unwrap();
    assert_eq!(sent(&server).await, 2);

    // so is the spec's retryable error code,
    let server = MockServer::start().await;
    answer(&server, error(400, "busy"), ResponseTemplate::new(204)).await;
    let client = builder(&server, Arc::default())
        .retry_classifier(BusyLater)
        .build()
        .unwrap();
    call(&client).await.unwrap();
    assert_eq!(sent(&server).await, 2);

    // and a rejected token is renewed, once.
    let server = MockServer::start().await;
    Mock::given(path("/thing"))
        .and(header("authorization", "Bearer t-1"))
        .respond_with(error(401, "InvalidToken"))
        .mount(&server)
        .await;
    Mock::given(path("/thing"))
        .and(header("authorization", "Bearer t-2"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let source = Arc::new(Numbered::default());
    let client = builder(&server, source.clone())
        .retry_classifier(BusyLater)
        .build()
        .unwrap();
    call(&client).await.unwrap();
    assert_eq!(source.0.load(Ordering::SeqCst), 2);
    assert_eq!(sent(&server).await, 2);
}

#[tokio::test]
async fn a_rule_of_higher_priority_overrides_the_defaults() {
    #[derive(Debug)]
    struct Late(Never503);
    impl ClassifyRetry for Late {
        fn name(&self) -> &'static str {
            self.0.name()
        }
        fn priority(&self) -> RetryPriority {
            RetryPriority::DEFAULT
        }
        fn classify(&self, failed: &FailedAttempt<'_>) -> RetryAction {
            self.0.classify(failed)
        }
    }
    #[derive(Debug)]
    struct Early(Never503);
    impl ClassifyRetry for Early {
        fn name(&self) -> &'static str {
            self.0.name()
        }
        fn priority(&self) -> RetryPriority {
            RetryPriority::TRANSIENT_ERRORS.before()
        }
        fn classify(&self, failed: &FailedAttempt<'_>) -> RetryAction {
            self.0.classify(failed)
        }
    }

    let server = MockServer::start().await;
    answer(&server, error(503, "down"), ResponseTemplate::new(204)).await;
    let client = builder(&server, Arc::default())
        .retry_classifier(Late(Never503))
        .build()
        .unwrap();
    assert_eq!(call(&client).await.unwrap_err().code(), Some("down"));
    assert_eq!(sent(&server).await, 1, "the later rule decides");

    // Run before the defaults, its decision is overridden by theirs.
    let server = MockServer::start().await;
    answer(&server, error(503, "down"), ResponseTemplate::new(204)).await;
    let client = builder(&server, Arc::default())
        .retry_classifier(Early(Never503))
        .build()
        .unwrap();
    call(&client).await.unwrap();
    assert_eq!(sent(&server).await, 2);
}

#[tokio::test]
async fn a_built_in_rule_can_be_taken_out_and_replaced() {
    let server = MockServer::start().await;
    answer(&server, error(503, "down"), ResponseTemplate::new(204)).await;
    let client = builder(&server, Arc::default())
        .without_retry_classifier(TransientErrors::NAME)
        .retry_classifier(BusyLater)
        .build()
        .unwrap();
    assert_eq!(call(&client).await.unwrap_err().code(), Some("down"));
    assert_eq!(sent(&server).await, 1);

    // The others stay: the retryable error code is still retried.
    let server = MockServer::start().await;
    answer(&server, error(400, "busy"), ResponseTemplate::new(204)).await;
    let client = builder(&server, Arc::default())
        .without_retry_classifier(TransientErrors::NAME)
        .build()
        .unwrap();
    call(&client).await.unwrap();
    assert_eq!(sent(&server).await, 2);
}

//! How tokens are sent for each kind of security scheme, and operations whose
//! token is optional.

use futures_util::future::BoxFuture;
use openapi_runtime::{
    Api, Auth, CallOptions, Client, ClientBuilder, Error, ErrorShape, Method, Operation, Request,
    ResolveToken, StaticToken, Token,
};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

static API: Api = Api {
    title: "auth",
    servers: &[],
    hosts: &[],
    user_agent: "auth-tests",
    retryable_error_codes: &[],
    request_id_header: None,
    error_body: ErrorShape {
        code: &[],
        message: &[],
        request_id: &[],
    },
};

static QUERY: Operation = Operation::new(
    "query",
    Method::GET,
    "/q",
    Some(Auth::query("api_key", &[])),
    true,
);
static COOKIE: Operation = Operation::new(
    "cookie",
    Method::GET,
    "/c",
    Some(Auth::cookie("sid", &[])),
    true,
);
static BASIC: Operation = Operation::new("basic", Method::GET, "/b", Some(Auth::basic(&[])), true);
static BEARER: Operation =
    Operation::new("bearer", Method::GET, "/t", Some(Auth::bearer(&[])), true);
static OPTIONAL: Operation = Operation::new(
    "optional",
    Method::GET,
    "/o",
    Some(Auth::header("x-key", &[]).optional()),
    true,
);

async fn sent(operation: &'static Operation, token: Option<StaticToken>) -> wiremock::Request {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let builder = ClientBuilder::<Client>::new(&API).base_url(server.uri());
    let client = match token {
        Some(token) => builder.credentials(token),
        None => builder,
    }
    .build()
    .unwrap();
    client
        .send_empty(Request::new(operation, CallOptions::default()))
        .await
        .unwrap();
    server.received_requests().await.unwrap().remove(0)
}

fn header<'a>(request: &'a wiremock::Request, name: &str) -> Option<&'a str> {
    request.headers.get(name).map(|v| v.to_str().unwrap())
}

#[tokio::test]
async fn each_scheme_puts_the_token_where_it_says() {
    let request = sent(&QUERY, Some(StaticToken::new("k 1"))).await;
    assert_eq!(request.url.query(), Some("api_key=k+1"));
    let request = sent(&COOKIE, Some(StaticToken::new("s-1"))).await;
    assert_eq!(header(&request, "cookie"), Some("sid=s-1"));
    let request = sent(&BASIC, Some(StaticToken::basic("ann", "p:w"))).await;
    // base64 of `ann:p:w`
    assert_eq!(
        header(&request, "authorization"),
        Some("Basic YW5uOnA6dw==")
    );
    let request = sent(&BEARER, Some(StaticToken::new("t"))).await;
    assert_eq!(header(&request, "authorization"), Some("Bearer t"));
}

#[tokio::test]
async fn an_optional_token_is_sent_when_there_is_one_and_left_out_when_not() {
    let request = sent(&OPTIONAL, Some(StaticToken::new("t"))).await;
    assert_eq!(header(&request, "x-key"), Some("t"));
    let request = sent(&OPTIONAL, None).await;
    assert_eq!(header(&request, "x-key"), None);
    // A required one without credentials is a configuration error, sending nothing.
    let client = ClientBuilder::<Client>::new(&API)
        .base_url("http://127.0.0.1:9")
        .build()
        .unwrap();
    let error = client
        .send_empty(Request::new(&BEARER, CallOptions::default()))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Config(_)), "{error:?}");
}

#[tokio::test]
async fn a_token_in_the_query_never_shows_in_errors() {
    // Nothing listens on this port: the connection fails.
    let client = ClientBuilder::<Client>::new(&API)
        .base_url("http://127.0.0.1:9")
        .credentials(StaticToken::new("query-secret"))
        .retry(openapi_runtime::RetryPolicy::none())
        .build()
        .unwrap();
    let error = client
        .send_empty(Request::new(&QUERY, CallOptions::default()))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert!(
        !format!("{error} {error:?}").contains("query-secret"),
        "{error:?}"
    );
}

static IN_PATH: Operation = Operation::new(
    "in_path",
    Method::GET,
    "/items/{id}/parts/{id}",
    Some(Auth::query("api_key", &[])),
    true,
);

#[tokio::test]
async fn a_base_url_with_a_path_prefixes_the_operations_path_and_query() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = ClientBuilder::<Client>::new(&API)
        .base_url(format!("{}/gateway/v2/", server.uri()))
        .credentials(StaticToken::new("k&1"))
        .build()
        .unwrap();
    let mut request = Request::new(&IN_PATH, CallOptions::default());
    request.path_param("id", "a/b c").unwrap();
    request.query("q", "x y");
    client.send_empty(request).await.unwrap();
    let sent = server.received_requests().await.unwrap().remove(0);
    assert_eq!(
        sent.url.path(),
        "/gateway/v2/items/a%2Fb%20c/parts/a%2Fb%20c"
    );
    assert_eq!(sent.url.query(), Some("q=x+y&api_key=k%261"));
}

/// A source that cannot renew its token, counting how often it is asked.
#[derive(Debug, Default)]
struct Counted(std::sync::atomic::AtomicUsize);

impl ResolveToken for Counted {
    fn resolve<'a>(&'a self, _client: &'a Client) -> BoxFuture<'a, Result<Token, Error>> {
        self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Box::pin(async {
            Ok(Token {
                value: "fixed".to_owned(),
                expires_in: None,
            })
        })
    }

    fn renewable(&self) -> bool {
        false
    }
}

#[tokio::test]
async fn a_token_that_cannot_be_renewed_is_resolved_once() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let source = std::sync::Arc::new(Counted::default());
    let client = ClientBuilder::<Client>::new(&API)
        .base_url(server.uri())
        .credentials(source.clone())
        .build()
        .unwrap();
    for _ in 0..3 {
        client
            .send_empty(Request::new(&BEARER, CallOptions::default()))
            .await
            .unwrap();
    }
    assert_eq!(source.0.load(std::sync::atomic::Ordering::SeqCst), 1);
    for request in server.received_requests().await.unwrap() {
        assert_eq!(header(&request, "authorization"), Some("Bearer fixed"));
    }
}

/// A renewable source whose tokens are said to last `lifetime`, taking
/// `delay` to answer, counting how often it is asked.
#[derive(Debug)]
struct Renewable {
    asked: std::sync::atomic::AtomicUsize,
    lifetime: std::time::Duration,
    delay: std::time::Duration,
}

impl Renewable {
    fn new(lifetime: std::time::Duration, delay: std::time::Duration) -> std::sync::Arc<Self> {
        std::sync::Arc::new(Renewable {
            asked: Default::default(),
            lifetime,
            delay,
        })
    }

    fn asked(&self) -> usize {
        self.asked.load(std::sync::atomic::Ordering::SeqCst)
    }
}

impl ResolveToken for Renewable {
    fn resolve<'a>(&'a self, _client: &'a Client) -> BoxFuture<'a, Result<Token, Error>> {
        let n = self.asked.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        Box::pin(async move {
            tokio::time::sleep(self.delay).await;
            Ok(Token {
                value: format!("t-{n}"),
                expires_in: Some(self.lifetime),
            })
        })
    }
}

async fn no_content() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    server
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_first_calls_request_one_token() {
    let server = no_content().await;
    let source = Renewable::new(
        std::time::Duration::from_secs(7200),
        std::time::Duration::from_millis(100),
    );
    let client = ClientBuilder::<Client>::new(&API)
        .base_url(server.uri())
        .credentials(source.clone())
        .build()
        .unwrap();
    let start = std::sync::Arc::new(tokio::sync::Barrier::new(256));
    let calls: Vec<_> = (0..256)
        .map(|_| {
            let client = client.clone();
            let start = start.clone();
            tokio::spawn(async move {
                start.wait().await;
                client
                    .send_empty(Request::new(&BEARER, CallOptions::default()))
                    .await
            })
        })
        .collect();
    for call in calls {
        call.await.unwrap().unwrap();
    }
    assert_eq!(source.asked(), 1);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 256);
    assert!(requests
        .iter()
        .all(|r| header(r, "authorization") == Some("Bearer t-1")));
}

#[tokio::test]
async fn a_token_said_to_expire_at_once_is_kept_for_the_minimum_lifetime() {
    let server = no_content().await;
    let source = Renewable::new(std::time::Duration::ZERO, std::time::Duration::ZERO);
    let client = ClientBuilder::<Client>::new(&API)
        .base_url(server.uri())
        .credentials(source.clone())
        .build()
        .unwrap();
    for _ in 0..2 {
        client
            .send_empty(Request::new(&BEARER, CallOptions::default()))
            .await
            .unwrap();
    }
    assert_eq!(source.asked(), 1);

    // Without a minimum, every call asks again.
    let source = Renewable::new(std::time::Duration::ZERO, std::time::Duration::ZERO);
    let client = ClientBuilder::<Client>::new(&API)
        .base_url(server.uri())
        .credentials(source.clone())
        .min_token_lifetime(std::time::Duration::ZERO)
        .build()
        .unwrap();
    for _ in 0..2 {
        client
            .send_empty(Request::new(&BEARER, CallOptions::default()))
            .await
            .unwrap();
    }
    assert_eq!(source.asked(), 2);
}

#[tokio::test]
async fn each_token_is_sent_in_the_header_built_for_it() {
    let server = no_content().await;
    let source = Renewable::new(std::time::Duration::ZERO, std::time::Duration::ZERO);
    let client = ClientBuilder::<Client>::new(&API)
        .base_url(server.uri())
        .credentials(source.clone())
        .min_token_lifetime(std::time::Duration::ZERO)
        .build()
        .unwrap();
    // A new token for each call, then one token for calls of two schemes.
    for operation in [&BEARER, &BEARER] {
        client
            .send_empty(Request::new(operation, CallOptions::default()))
            .await
            .unwrap();
    }
    let client = ClientBuilder::<Client>::new(&API)
        .base_url(server.uri())
        .credentials(Renewable::new(
            std::time::Duration::from_secs(7200),
            std::time::Duration::ZERO,
        ))
        .build()
        .unwrap();
    for operation in [&BEARER, &COOKIE, &BEARER] {
        client
            .send_empty(Request::new(operation, CallOptions::default()))
            .await
            .unwrap();
    }
    let sent: Vec<_> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| {
            header(r, "authorization")
                .or(header(r, "cookie"))
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        sent,
        [
            "Bearer t-1",
            "Bearer t-2",
            "Bearer t-1",
            "sid=t-1",
            "Bearer t-1"
        ]
    );
}

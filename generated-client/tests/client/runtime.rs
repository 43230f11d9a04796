//! The production runtime: tokens, retries, pagination, validation and logs.

use crate::common;

use dingtalk::storage_1_0::*;
use dingtalk::{drive_1_0, oauth2_1_0, storage_1_0};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::logs::Captured;
use common::*;
use dingtalk::{Credentials, Error, RetryPolicy};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

const SPACE_PATH: &str = "/v1.0/storage/spaces/s";

fn space_ok() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"space": {"id": "s"}}))
}

fn token_response(token: &str, expire_in: i64) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"accessToken": token, "expireIn": expire_in}))
}

fn error_response(status: u16, code: &str) -> ResponseTemplate {
    ResponseTemplate::new(status)
        .set_body_json(json!({"code": code, "message": code, "requestid": "r-1"}))
}

/// Retries without waiting, so that the fault matrix runs fast.
fn quick_retries() -> RetryPolicy {
    RetryPolicy::default()
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(5))
}

/// A client of `base_url` with a given token and [`quick_retries`].
fn quick_client(base_url: impl Into<String>) -> dingtalk::Client {
    dingtalk::Client::builder()
        .base_url(base_url)
        .access_token(TOKEN)
        .retry(quick_retries())
        .build()
        .unwrap()
}

fn app_client(server: &MockServer) -> dingtalk::Client {
    dingtalk::Client::builder()
        .base_url(server.uri())
        .credentials(Credentials::app(dingtalk::AppCredentials {
            app_key: "app-key",
            app_secret: "app-secret-value",
        }))
        .retry(quick_retries())
        .build()
        .unwrap()
}

async fn count(server: &MockServer, route: &str) -> usize {
    let requests = server.received_requests().await.unwrap();
    requests.iter().filter(|r| r.url.path() == route).count()
}

// ---- tokens ---------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hundred_concurrent_calls_on_a_cold_client_request_one_token() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1.0/oauth2/accessToken"))
        .respond_with(token_response("t-1", 7200).set_delay(Duration::from_millis(100)))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(SPACE_PATH))
        .and(header("x-acs-dingtalk-access-token", "t-1"))
        .respond_with(space_ok())
        .mount(&server)
        .await;
    let client = app_client(&server);
    let calls: Vec<_> = (0..100)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move {
                client
                    .storage_1_0()
                    .get_space(storage_1_0::GetSpaceInput {
                        space_id: "s",
                        union_id: "u",
                    })
                    .send()
                    .await
            })
        })
        .collect();
    for call in calls {
        call.await.unwrap().unwrap();
    }
    assert_eq!(count(&server, "/v1.0/oauth2/accessToken").await, 1);
    assert_eq!(count(&server, SPACE_PATH).await, 100);
    let token_request = &server.received_requests().await.unwrap()[0];
    assert_eq!(
        json_body(token_request),
        json!({"appKey": "app-key", "appSecret": "app-secret-value"})
    );
}

#[tokio::test]
async fn an_expiring_token_is_renewed() {
    let server = MockServer::start().await;
    Mock::given(path("/v1.0/oauth2/accessToken"))
        .respond_with(token_response("t-1", 1))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(path("/v1.0/oauth2/accessToken"))
        .respond_with(token_response("t-2", 7200))
        .mount(&server)
        .await;
    Mock::given(path(SPACE_PATH))
        .respond_with(space_ok())
        .mount(&server)
        .await;
    // A token lasting a second is renewed after it, not after the minimum lifetime.
    let client = dingtalk::Client::builder()
        .base_url(server.uri())
        .credentials(Credentials::app(dingtalk::AppCredentials {
            app_key: "app-key",
            app_secret: "app-secret-value",
        }))
        .retry(quick_retries())
        .min_token_lifetime(Duration::ZERO)
        .build()
        .unwrap();

    client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .send()
        .await
        .unwrap();
    client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .send()
        .await
        .unwrap();
    assert_eq!(
        count(&server, "/v1.0/oauth2/accessToken").await,
        1,
        "a fresh token is reused"
    );

    tokio::time::sleep(Duration::from_millis(1000)).await;
    client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .send()
        .await
        .unwrap();
    assert_eq!(
        count(&server, "/v1.0/oauth2/accessToken").await,
        2,
        "a token about to expire is renewed"
    );
    let sent: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.url.path() == SPACE_PATH)
        .map(|r| {
            common::header(r, "x-acs-dingtalk-access-token")
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(sent, ["t-1", "t-1", "t-2"]);
}

#[tokio::test]
async fn a_token_said_to_expire_at_once_is_not_requested_again_for_every_call() {
    let server = MockServer::start().await;
    Mock::given(path("/v1.0/oauth2/accessToken"))
        .respond_with(token_response("t-0", 0))
        .mount(&server)
        .await;
    Mock::given(path(SPACE_PATH))
        .respond_with(space_ok())
        .mount(&server)
        .await;
    let client = app_client(&server);
    for _ in 0..2 {
        client
            .storage_1_0()
            .get_space(storage_1_0::GetSpaceInput {
                space_id: "s",
                union_id: "u",
            })
            .send()
            .await
            .unwrap();
    }
    assert_eq!(count(&server, "/v1.0/oauth2/accessToken").await, 1);
    assert_eq!(count(&server, SPACE_PATH).await, 2);
}

#[tokio::test]
async fn a_rejected_token_is_renewed_once_and_the_call_retried_once() {
    let server = MockServer::start().await;
    Mock::given(path("/v1.0/oauth2/accessToken"))
        .respond_with(token_response("stale", 7200))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(path("/v1.0/oauth2/accessToken"))
        .respond_with(token_response("fresh", 7200))
        .mount(&server)
        .await;
    Mock::given(path(SPACE_PATH))
        .and(header("x-acs-dingtalk-access-token", "stale"))
        .respond_with(error_response(401, "InvalidAuthentication"))
        .mount(&server)
        .await;
    Mock::given(path(SPACE_PATH))
        .and(header("x-acs-dingtalk-access-token", "fresh"))
        .respond_with(space_ok())
        .mount(&server)
        .await;
    let client = app_client(&server);
    client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .send()
        .await
        .unwrap();
    assert_eq!(count(&server, "/v1.0/oauth2/accessToken").await, 2);
    assert_eq!(count(&server, SPACE_PATH).await, 2);
}

#[tokio::test]
async fn a_token_rejected_again_fails_without_looping() {
    let server = MockServer::start().await;
    Mock::given(path("/v1.0/oauth2/accessToken"))
        .respond_with(token_response("t", 7200))
        .mount(&server)
        .await;
    Mock::given(path(SPACE_PATH))
        .respond_with(error_response(401, "InvalidAuthentication"))
        .mount(&server)
        .await;
    let err = app_client(&server)
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::InvalidAuthentication));
    assert_eq!(count(&server, "/v1.0/oauth2/accessToken").await, 2);
    assert_eq!(count(&server, SPACE_PATH).await, 2);
}

#[tokio::test]
async fn a_given_token_that_is_rejected_is_reported_as_is() {
    let server = MockServer::start().await;
    Mock::given(path(SPACE_PATH))
        .respond_with(error_response(401, "InvalidAuthentication"))
        .mount(&server)
        .await;
    let err = client(&server)
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::InvalidAuthentication));
    assert_eq!(count(&server, SPACE_PATH).await, 1);
}

#[tokio::test]
async fn corp_credentials_use_the_corp_token_call() {
    let server = MockServer::start().await;
    Mock::given(path("/v1.0/oauth2/corpAccessToken"))
        .respond_with(token_response("corp-t", 7200))
        .mount(&server)
        .await;
    Mock::given(path(SPACE_PATH))
        .and(header("x-acs-dingtalk-access-token", "corp-t"))
        .respond_with(space_ok())
        .mount(&server)
        .await;
    let client = dingtalk::Client::builder()
        .base_url(server.uri())
        .credentials(Credentials::corp(dingtalk::CorpCredentials {
            auth_corp_id: "ding-corp",
            suite_key: "suite-key",
            suite_secret: "suite-secret",
            suite_ticket: "suite-ticket",
        }))
        .build()
        .unwrap();
    client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .send()
        .await
        .unwrap();
    let token_request = &server.received_requests().await.unwrap()[0];
    assert_eq!(
        json_body(token_request),
        json!({"authCorpId": "ding-corp", "suiteKey": "suite-key", "suiteSecret": "suite-secret", "suiteTicket": "suite-ticket"})
    );
}

// ---- the fault matrix ---------------------------------------------------------------------

enum Expect {
    Api(u16),
    Decode,
    Transport,
}

fn check(
    case: &str,
    result: Result<dingtalk::storage_1_0::StorageSpaceResponse, Error<GetSpace>>,
    expect: Expect,
) {
    match (&result, expect) {
        (Err(Error::Api(api)), Expect::Api(status)) if api.status.as_u16() == status => {}
        (Err(Error::Decode(_)), Expect::Decode) => {}
        (Err(Error::Transport { .. }), Expect::Transport) => {}
        (other, _) => panic!("{case}: unexpected outcome {other:?}"),
    }
}

#[tokio::test]
async fn http_faults_are_retried_or_not_as_they_deserve() {
    let cases: Vec<(&str, ResponseTemplate, Expect, usize)> = vec![
        (
            "500",
            error_response(500, "systemError"),
            Expect::Api(500),
            3,
        ),
        (
            "502",
            error_response(502, "unknownError"),
            Expect::Api(502),
            3,
        ),
        (
            "503 operationTimeout",
            error_response(503, "operationTimeout"),
            Expect::Api(503),
            3,
        ),
        (
            "400 request.overlimit",
            error_response(400, "request.overlimit"),
            Expect::Api(400),
            3,
        ),
        (
            "400 paramError",
            error_response(400, "paramError"),
            Expect::Api(400),
            1,
        ),
        (
            "403 permissionDenied",
            error_response(403, "permissionDenied"),
            Expect::Api(403),
            1,
        ),
        (
            "HTML 502 page",
            ResponseTemplate::new(502)
                .set_body_raw("<html><body>502 Bad Gateway</body></html>", "text/html"),
            Expect::Api(502),
            3,
        ),
        (
            "non-JSON 200",
            ResponseTemplate::new(200).set_body_raw("OK", "text/plain"),
            Expect::Decode,
            1,
        ),
        ("empty 200", ResponseTemplate::new(200), Expect::Decode, 1),
        (
            "read timeout",
            space_ok().set_delay(Duration::from_millis(500)),
            Expect::Transport,
            3,
        ),
    ];
    for (case, response, expect, attempts) in cases {
        let server = MockServer::start().await;
        Mock::given(path(SPACE_PATH))
            .respond_with(response)
            .mount(&server)
            .await;
        let client = dingtalk::Client::builder()
            .base_url(server.uri())
            .access_token(TOKEN)
            .retry(quick_retries())
            .timeout(Duration::from_millis(100))
            .build()
            .unwrap();
        let result = client
            .storage_1_0()
            .get_space(storage_1_0::GetSpaceInput {
                space_id: "s",
                union_id: "u",
            })
            .send()
            .await;
        check(case, result, expect);
        assert_eq!(
            count(&server, SPACE_PATH).await,
            attempts,
            "{case}: attempts"
        );
    }
}

#[tokio::test]
async fn a_429_waits_for_retry_after_then_succeeds() {
    let server = MockServer::start().await;
    Mock::given(path(SPACE_PATH))
        .respond_with(error_response(429, "throttled").insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(path(SPACE_PATH))
        .respond_with(space_ok())
        .mount(&server)
        .await;
    let client = quick_client(server.uri());
    let started = Instant::now();
    client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .send()
        .await
        .unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(count(&server, SPACE_PATH).await, 2);
}

#[tokio::test]
async fn a_retry_after_longer_than_the_policy_allows_fails_at_once() {
    let server = MockServer::start().await;
    Mock::given(path(SPACE_PATH))
        .respond_with(error_response(429, "throttled").insert_header("retry-after", "3600"))
        .mount(&server)
        .await;
    let client = dingtalk::Client::builder()
        .base_url(server.uri())
        .access_token(TOKEN)
        .build()
        .unwrap();
    let err = client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        err.as_api().unwrap().retry_after,
        Some(Duration::from_secs(3600))
    );
    assert_eq!(count(&server, SPACE_PATH).await, 1);
}

/// A server that answers every connection with `reply` (raw HTTP, possibly cut short)
/// and then drops it, resetting the connection when `reset` is set. Counts connections.
async fn raw_server(reply: &'static [u8], reset: bool) -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let connections = Arc::new(AtomicUsize::new(0));
    let counter = connections.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
            let mut buffer = vec![0; 8192];
            let _ = stream.read(&mut buffer).await;
            if reset {
                let _ = stream.set_zero_linger();
            } else {
                let _ = stream.write_all(reply).await;
            }
            drop(stream);
        }
    });
    (format!("http://{address}"), connections)
}

#[tokio::test]
async fn broken_connections_are_retried_for_idempotent_calls() {
    let truncated: &'static [u8] = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"space\":";
    for (case, reply, reset) in [
        ("connection reset", &b""[..], true),
        ("truncated body", truncated, false),
    ] {
        let (base_url, connections) = raw_server(reply, reset).await;
        let client = quick_client(base_url);
        let err = client
            .storage_1_0()
            .get_space(storage_1_0::GetSpaceInput {
                space_id: "s",
                union_id: "u",
            })
            .send()
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Transport { .. }), "{case}: {err}");
        assert_eq!(connections.load(Ordering::SeqCst), 3, "{case}: attempts");
    }
}

#[tokio::test]
async fn calls_that_create_things_are_not_repeated_once_they_reached_the_server() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(error_response(503, "operationTimeout"))
        .mount(&server)
        .await;
    let client = quick_client(server.uri());

    // AddFolder is a plain POST: it may have created the folder, so it is tried once.
    client
        .storage_1_0()
        .add_folder(storage_1_0::AddFolderInput {
            space_id: "s",
            parent_id: "0",
            union_id: "u",
            name: "f",
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        count(&server, "/v1.0/storage/spaces/s/dentries/0/folders").await,
        1
    );

    // Storage AddSpace is marked `x-idempotent` in the spec (same scene, same space).
    client
        .storage_1_0()
        .add_space("u")
        .send()
        .await
        .unwrap_err();
    assert_eq!(count(&server, "/v1.0/storage/spaces").await, 3);

    let (base_url, connections) = raw_server(b"", true).await;
    let client = quick_client(base_url);
    client
        .storage_1_0()
        .add_folder(storage_1_0::AddFolderInput {
            space_id: "s",
            parent_id: "0",
            union_id: "u",
            name: "f",
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        connections.load(Ordering::SeqCst),
        1,
        "a reset after sending is not retried"
    );
}

#[tokio::test]
async fn calls_that_never_reached_the_server_are_retried_even_when_they_create_things() {
    let reserved = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = reserved.local_addr().unwrap();
    drop(reserved);
    let client = dingtalk::Client::builder()
        .base_url(format!("http://{address}"))
        .access_token(TOKEN)
        .retry(
            RetryPolicy::default()
                .max_retries(8)
                .initial_backoff(Duration::from_millis(100)),
        )
        .build()
        .unwrap();
    let call = tokio::spawn(async move {
        client
            .storage_1_0()
            .add_folder(storage_1_0::AddFolderInput {
                space_id: "s",
                parent_id: "0",
                union_id: "u",
                name: "f",
            })
            .send()
            .await
    });
    // The server comes up only after the first attempt was refused.
    tokio::time::sleep(Duration::from_millis(30)).await;
    let listener = std::net::TcpListener::bind(address).unwrap();
    let server = MockServer::builder().listener(listener).start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"dentry": {"id": "1"}})))
        .mount(&server)
        .await;
    let response = call.await.unwrap().unwrap();
    assert_eq!(response.dentry.unwrap().id.as_deref(), Some("1"));
    assert_eq!(
        count(&server, "/v1.0/storage/spaces/s/dentries/0/folders").await,
        1
    );
}

#[tokio::test]
async fn retries_and_timeouts_can_be_set_per_call() {
    let server = MockServer::start().await;
    Mock::given(path(SPACE_PATH))
        .respond_with(error_response(500, "systemError"))
        .mount(&server)
        .await;
    let client = quick_client(server.uri());
    client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .retry(RetryPolicy::none())
        .send()
        .await
        .unwrap_err();
    assert_eq!(count(&server, SPACE_PATH).await, 1);
    client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .retry(quick_retries().max_retries(4))
        .send()
        .await
        .unwrap_err();
    assert_eq!(count(&server, SPACE_PATH).await, 6);

    let slow = MockServer::start().await;
    Mock::given(path(SPACE_PATH))
        .respond_with(space_ok().set_delay(Duration::from_millis(300)))
        .mount(&slow)
        .await;
    let client = dingtalk::Client::builder()
        .base_url(slow.uri())
        .access_token(TOKEN)
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let err = client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .timeout(Duration::from_millis(50))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Transport { source, .. } if source.is_timeout()),
        "{err}"
    );
    client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .send()
        .await
        .unwrap();
}

// ---- pagination -------------------------------------------------------------------------------

fn page(ids: &[&str], next: Option<&str>) -> ResponseTemplate {
    let spaces: Vec<_> = ids
        .iter()
        .map(|id| json!({"spaceId": id, "spaceType": "org", "usedQuota": 0}))
        .collect();
    let mut body = json!({"spaces": spaces});
    if let Some(next) = next {
        body["nextToken"] = json!(next);
    }
    ResponseTemplate::new(200).set_body_json(body)
}

async fn paged_server() -> MockServer {
    let server = MockServer::start().await;
    let list = || {
        Mock::given(method("GET"))
            .and(path("/v1.0/drive/spaces"))
            .and(query_param("maxResults", "2"))
    };
    list()
        .and(query_param_is_missing("nextToken"))
        .respond_with(page(&["a", "b"], Some("p2")))
        .mount(&server)
        .await;
    list()
        .and(query_param("nextToken", "p2"))
        .respond_with(page(&["c", "d"], Some("p3")))
        .mount(&server)
        .await;
    list()
        .and(query_param("nextToken", "p3"))
        .respond_with(page(&["e"], Some("")))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn items_follow_the_cursor_across_pages_until_it_is_empty() {
    use futures_util::TryStreamExt;
    let server = paged_server().await;
    let client = client(&server);
    let ids: Vec<Option<String>> = client
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: "u",
            space_type: "org".into(),
            max_results: 2,
        })
        .items()
        .map_ok(|space| space.space_id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, ["a", "b", "c", "d", "e"].map(|id| Some(id.to_owned())));
    assert_eq!(count(&server, "/v1.0/drive/spaces").await, 3);

    let pages: Vec<_> = client
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: "u",
            space_type: "org".into(),
            max_results: 2,
        })
        .next_token("p2")
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 2, "a stream can start from a saved cursor");
}

#[tokio::test]
async fn a_missing_cursor_ends_the_stream_and_errors_end_it_too() {
    use futures_util::StreamExt;
    let server = MockServer::start().await;
    Mock::given(path("/v1.0/drive/spaces"))
        .respond_with(page(&["only"], None))
        .mount(&server)
        .await;
    let pages: Vec<_> = client(&server)
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: "u",
            space_type: "org".into(),
            max_results: 5,
        })
        .pages()
        .collect()
        .await;
    assert_eq!(pages.len(), 1);

    let failing = MockServer::start().await;
    Mock::given(path("/v1.0/drive/spaces"))
        .respond_with(error_response(400, "param.error"))
        .mount(&failing)
        .await;
    let results: Vec<_> = client(&failing)
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: "u",
            space_type: "org".into(),
            max_results: 5,
        })
        .items()
        .collect()
        .await;
    assert_eq!(results.len(), 1);
    assert_eq!(
        results[0].as_ref().unwrap_err().code(),
        Some(dingtalk::drive_1_0::ErrorCode::ParamError)
    );
}

// ---- validation ------------------------------------------------------------------------------------

#[tokio::test]
async fn inputs_breaking_the_spec_rules_are_refused_before_sending() {
    use dingtalk::storage_1_0::{AddFolderOption, AppProperty, Visibility};
    let server = MockServer::start().await;
    let client = client(&server);
    let property = AppProperty {
        name: "n".into(),
        value: "v".into(),
        visibility: Visibility::Public,
    };
    let cases: Vec<(dingtalk::storage_1_0::AddFolder, &str, &str)> = vec![
        (
            client
                .storage_1_0()
                .add_folder(storage_1_0::AddFolderInput {
                    space_id: "s",
                    parent_id: "0",
                    union_id: "u",
                    name: "a*b",
                }),
            "name",
            "must match the pattern",
        ),
        (
            client
                .storage_1_0()
                .add_folder(storage_1_0::AddFolderInput {
                    space_id: "s",
                    parent_id: "0",
                    union_id: "u",
                    name: "tab\there",
                }),
            "name",
            "must match the pattern",
        ),
        (
            client
                .storage_1_0()
                .add_folder(storage_1_0::AddFolderInput {
                    space_id: "s",
                    parent_id: "0",
                    union_id: "u",
                    name: "ends with.",
                }),
            "name",
            "must match the pattern",
        ),
        (
            client
                .storage_1_0()
                .add_folder(storage_1_0::AddFolderInput {
                    space_id: "s",
                    parent_id: "0",
                    union_id: "u",
                    name: "",
                }),
            "name",
            "must be at least 1 characters long (minLength)",
        ),
        (
            client
                .storage_1_0()
                .add_folder(storage_1_0::AddFolderInput {
                    space_id: "s",
                    parent_id: "0",
                    union_id: "u",
                    name: "ok",
                })
                .option(AddFolderOption {
                    app_properties: Some(vec![property.clone(); 4]),
                    ..Default::default()
                }),
            "option.appProperties",
            "must have at most 3 items (maxItems), got 4",
        ),
    ];
    for (request, field, rule) in cases {
        let err = request.send().await.unwrap_err();
        let Error::InvalidInput {
            operation_id,
            field: got,
            rule: why,
        } = &err
        else {
            panic!("{err}")
        };
        assert_eq!(
            (*operation_id, got.as_str()),
            ("storage_AddFolder", field),
            "{err}"
        );
        assert!(why.starts_with(rule), "{err}");
    }
    let err = client
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: "u",
            space_type: "org".into(),
            max_results: 0,
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "drive_ListSpaces: invalid input `maxResults`: must be at least 1 (minimum), got 0"
    );
    assert!(
        server.received_requests().await.unwrap().is_empty(),
        "nothing was sent"
    );

    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .mount(&server)
        .await;
    let three = AddFolderOption {
        app_properties: Some(vec![property; 3]),
        ..Default::default()
    };
    client
        .storage_1_0()
        .add_folder(storage_1_0::AddFolderInput {
            space_id: "s",
            parent_id: "0",
            union_id: "u",
            name: "Quarterly reports",
        })
        .option(three)
        .send()
        .await
        .unwrap();
}

// ---- logs --------------------------------------------------------------------------------------------

#[tokio::test]
async fn each_attempt_is_logged_with_its_context_and_no_secret() {
    let captured = Captured::default();
    let subscriber = captured.subscriber(tracing::Level::TRACE);
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = MockServer::start().await;
    Mock::given(path("/v1.0/oauth2/accessToken"))
        .respond_with(token_response("secret-token-value", 7200))
        .mount(&server)
        .await;
    Mock::given(path(SPACE_PATH))
        .respond_with(
            error_response(503, "operationTimeout").insert_header("x-acs-request-id", "req-42"),
        )
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(path(SPACE_PATH))
        .respond_with(space_ok().insert_header("x-acs-request-id", "req-43"))
        .mount(&server)
        .await;
    let client = app_client(&server);
    client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .send()
        .await
        .unwrap();
    let debug = format!("{client:?}");

    let logs = captured.text();
    for expected in [
        "operation_id=\"storage_GetSpace\"",
        "path=\"/v1.0/storage/spaces/{spaceId}\"",
        "method=GET",
        "attempt=1",
        "attempt=2",
        "status=503",
        "request_id=\"req-42\"",
        "failed; retrying",
        "status=200",
        "operation_id=\"oauth2_GetAccessToken\"",
        "obtained a new access token",
    ] {
        assert!(
            logs.contains(expected),
            "missing {expected} in logs:\n{logs}"
        );
    }
    for secret in ["secret-token-value", "app-secret-value"] {
        assert!(
            !logs.contains(secret),
            "{secret} leaked into the logs:\n{logs}"
        );
        assert!(
            !debug.contains(secret),
            "{secret} leaked into Debug: {debug}"
        );
    }
    let request = client
        .oauth2_1_0()
        .get_access_token(oauth2_1_0::GetAccessTokenInput {
            app_key: "k",
            app_secret: "app-secret-value",
        });
    assert!(!format!("{request:?}").contains("app-secret-value"));
}

//! Errors inside a success status over HTTP
//! (`codegen/tests/fixtures/errors_in_body/spec.yaml`): a legacy host's
//! `errcode`/`errmsg` in an HTTP 200 body, and a chat API's `ok`/`error`, are
//! typed API errors, retried and their token renewed as error statuses are;
//! answers under `result` are unwrapped; operations that name a server of
//! their own are sent there, with the same credentials.

use std::time::Duration;

use fixture_clients::errors_in_body::{Client, ErrorCode, ListUsersInput, PostMessageInput, HOSTS};
use futures_util::TryStreamExt;
use openapi_runtime::{Error, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{body_json, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A client sending the legacy host's calls to `legacy` and the others to `api`.
fn client(api: &MockServer, legacy: &MockServer) -> Client {
    let fast = RetryPolicy::default()
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(2));
    Client::builder()
        .base_url(api.uri())
        .host_url(HOSTS[0], legacy.uri())
        .access_token("tok")
        .retry(fast)
        .build()
        .unwrap()
}

/// Answers every call with `body` (HTTP 200), the first `times` calls only when given.
async fn answer(server: &MockServer, body: serde_json::Value, times: Option<u64>) {
    let mock = Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200).set_body_json(body));
    match times {
        Some(n) => mock.up_to_n_times(n).with_priority(1).mount(server).await,
        None => mock.with_priority(2).mount(server).await,
    }
}

#[tokio::test]
async fn a_legacy_call_goes_to_its_host_with_the_token_and_its_result_is_unwrapped() {
    let (api, legacy) = (MockServer::start().await, MockServer::start().await);
    Mock::given(method("POST"))
        .and(path("/topapi/user/get"))
        .and(query_param("access_token", "tok"))
        .and(body_json(json!({"userid": "u1"})))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"errcode": 0, "errmsg": "ok", "result": {"userid": "u1", "name": "Ann"}}),
        ))
        .mount(&legacy)
        .await;
    let user = client(&api, &legacy).get_user("u1").send().await.unwrap();
    assert_eq!(user.name.as_deref(), Some("Ann"));
    assert!(api.received_requests().await.unwrap().is_empty());
    // A value further down, and an absent optional one.
    Mock::given(path("/topapi/user/count"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"errcode": 0, "result": {"count": 7}})),
        )
        .mount(&legacy)
        .await;
    assert_eq!(
        client(&api, &legacy).count_users().send().await.unwrap(),
        Some(7)
    );
}

#[tokio::test]
async fn an_error_code_in_a_success_is_a_typed_api_error() {
    let (api, legacy) = (MockServer::start().await, MockServer::start().await);
    answer(
        &legacy,
        json!({"errcode": 60121, "errmsg": "not found", "request_id": "r-60121"}),
        None,
    )
    .await;
    let err = client(&api, &legacy)
        .get_user("u9")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::NoSuchUser));
    assert_eq!(err.request_id(), Some("r-60121"));
    let Error::Api(api_error) = Error::<openapi_runtime::Untyped>::from(err) else {
        panic!("not an API error")
    };
    assert_eq!(api_error.status.as_u16(), 200);
    assert_eq!(api_error.code.as_deref(), Some("60121"));
    assert_eq!(api_error.message.as_deref(), Some("not found"));
    assert_eq!(legacy.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_retryable_code_in_a_success_is_retried() {
    let (api, legacy) = (MockServer::start().await, MockServer::start().await);
    answer(&legacy, json!({"errcode": -1, "errmsg": "busy"}), Some(1)).await;
    answer(
        &legacy,
        json!({"errcode": 0, "result": {"userid": "u1"}}),
        None,
    )
    .await;
    let user = client(&api, &legacy).get_user("u1").send().await.unwrap();
    assert_eq!(user.userid.as_deref(), Some("u1"));
    assert_eq!(legacy.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn a_retryable_code_is_not_retried_for_an_operation_unsafe_to_repeat() {
    let (api, legacy) = (MockServer::start().await, MockServer::start().await);
    answer(&api, json!({"ok": false, "error": "ratelimited"}), None).await;
    let input = PostMessageInput {
        channel: "c1",
        text: "hi",
    };
    let err = client(&api, &legacy)
        .post_message(input)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::Ratelimited));
    assert_eq!(api.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn an_operation_s_own_retryable_code_is_retried_even_when_it_is_unsafe_to_repeat() {
    let (api, legacy) = (MockServer::start().await, MockServer::start().await);
    answer(&api, json!({"ok": false, "error": "channel_busy"}), Some(2)).await;
    answer(&api, json!({"ok": true, "ts": "1.2"}), None).await;
    let input = PostMessageInput {
        channel: "c1",
        text: "hi",
    };
    let posted = client(&api, &legacy)
        .post_message(input)
        .send()
        .await
        .unwrap();
    assert_eq!(posted.ts.as_deref(), Some("1.2"));
    assert_eq!(api.received_requests().await.unwrap().len(), 3);
}

#[tokio::test]
async fn another_api_s_ok_and_error_are_read_the_same_way() {
    let (api, legacy) = (MockServer::start().await, MockServer::start().await);
    answer(
        &api,
        json!({"ok": false, "error": "channel_not_found"}),
        Some(1),
    )
    .await;
    answer(&api, json!({"ok": true, "ts": "1.2"}), None).await;
    let client = client(&api, &legacy);
    let message = || PostMessageInput {
        channel: "c1",
        text: "hi",
    };
    let err = client.post_message(message()).send().await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::ChannelNotFound));
    assert_eq!(
        err.as_api().unwrap().code.as_deref(),
        Some("channel_not_found")
    );
    let posted = client.post_message(message()).send().await.unwrap();
    assert_eq!(posted.ts.as_deref(), Some("1.2"));
    assert!(legacy.received_requests().await.unwrap().is_empty());
}

#[test]
fn a_host_the_api_does_not_name_is_refused() {
    let err = Client::builder()
        .host_url("https://elsewhere.example.test", "http://127.0.0.1:9")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("elsewhere.example.test"), "{err}");
}

#[tokio::test]
async fn pages_follow_an_integer_cursor_inside_the_result() {
    let (api, legacy) = (MockServer::start().await, MockServer::start().await);
    let page = |cursor: i64, body: serde_json::Value| {
        Mock::given(path("/topapi/user/list"))
            .and(body_json(json!({"cursor": cursor, "size": 2})))
            .respond_with(ResponseTemplate::new(200).set_body_json(body))
    };
    page(0, json!({"errcode": 0, "result": {"has_more": true, "next_cursor": 2, "list": [{"userid": "a"}, {"userid": "b"}]}}))
        .mount(&legacy)
        .await;
    page(
        2,
        json!({"errcode": 0, "result": {"has_more": false, "list": [{"userid": "c"}]}}),
    )
    .mount(&legacy)
    .await;
    let users: Vec<_> = client(&api, &legacy)
        .list_users(ListUsersInput { cursor: 0, size: 2 })
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = users.iter().map(|u| u.userid.as_deref().unwrap()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    assert_eq!(legacy.received_requests().await.unwrap().len(), 2);
}

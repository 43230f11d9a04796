//! Calls from code that is not async: `dingtalk::blocking::block_on` drives
//! a request to its end on the calling thread, retries and their backoff
//! included.

use dingtalk::blocking::block_on;
use dingtalk::storage_1_0::GetSpaceInput;
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[test]
fn a_script_calls_an_operation_without_async_and_its_retry_waits() {
    // The server runs on the same thread's runtime, driven by each `block_on`.
    let server = block_on(async {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(503))
            .up_to_n_times(1)
            .with_priority(1)
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path("/v1.0/storage/spaces/854xxxxx"))
            .and(query_param("unionId", "cHtUYxxxxx"))
            .and(header("x-acs-dingtalk-access-token", "t-1"))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "space": { "id": "854xxxxx", "quota": 1048576 }
            })))
            .mount(&server)
            .await;
        server
    });
    let client = dingtalk::Client::builder()
        .base_url(server.uri())
        .access_token("t-1")
        .build()
        .unwrap();

    let answer = block_on(
        client
            .storage_1_0()
            .get_space(GetSpaceInput {
                space_id: "854xxxxx",
                union_id: "cHtUYxxxxx",
            })
            .send(),
    )
    .unwrap();

    let space = answer.space.unwrap();
    assert_eq!(space.id.as_deref(), Some("854xxxxx"));
    assert_eq!(space.quota, Some(1048576));
    // The 503 was retried: two requests reached the server.
    assert_eq!(block_on(server.received_requests()).unwrap().len(), 2);
}

#[tokio::test]
async fn blocking_inside_async_code_is_refused_with_what_to_do_instead() {
    let panic = std::panic::catch_unwind(|| block_on(async { 1 })).unwrap_err();
    let message = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap();
    assert!(message.contains("use `.await` instead"), "{message}");
}

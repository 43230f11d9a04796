//! What has no exact Rust form (`codegen/tests/fixtures/fallbacks/spec.yaml`) is
//! still sent and read: parameters no style writes go as JSON, untyped
//! values are read as any JSON, a server that cannot be a default is skipped.

use fixture_clients::fallbacks::models::{SearchFilter, SearchFilterRange};
use fixture_clients::fallbacks::Client;
use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[test]
fn a_server_with_an_undeclared_variable_is_not_the_default() {
    let client = Client::builder().build().unwrap();
    assert_eq!(client.base_url(), "https://example.test/v1");
}

#[tokio::test]
async fn parameters_without_a_style_go_as_json_and_untyped_values_are_any_json() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/search"))
        .and(query_param("groups", r#"[["a","b"],["c"]]"#))
        .and(query_param("filter", r#"{"range":{"from":1}}"#))
        .and(query_param("tags", "x"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "score": "high",
            "extra": [1, {"k": null}],
            "seen": "2024-05-01T08:00:00Z"
        })))
        .expect(1)
        .mount(&server)
        .await;
    let sent = Client::builder()
        .base_url(server.uri())
        .build()
        .unwrap()
        .search()
        .groups(vec![vec!["a".into(), "b".into()], vec!["c".into()]])
        .filter(SearchFilter {
            range: Some(SearchFilterRange {
                from: Some(1),
                to: None,
            }),
        })
        .tags(vec!["x".into(), "y".into()])
        .send()
        .await;
    let hit = sent.unwrap();
    assert_eq!(hit.score, Some(json!("high")));
    assert_eq!(hit.extra, Some(vec![json!(1), json!({"k": null})]));
    assert_eq!(
        hit.seen.map(|t| t.to_string()),
        Some("2024-05-01T08:00:00Z".to_owned())
    );
    let requests = server.received_requests().await.unwrap();
    let query = requests[0].url.query().unwrap().to_owned();
    assert!(query.ends_with("tags=x&tags=y"), "{query}");
}

#[tokio::test]
async fn a_path_parameter_without_a_style_is_one_json_segment() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/regions/%5B%5B1%2C2%5D%2C%5B3%5D%5D"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    Client::builder()
        .base_url(server.uri())
        .build()
        .unwrap()
        .get_region(vec![vec![1, 2], vec![3]])
        .send()
        .await
        .unwrap();
}

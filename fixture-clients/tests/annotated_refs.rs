//! Annotated references over HTTP (`codegen/tests/fixtures/annotated_refs/spec.yaml`):
//! properties written as `allOf` of one `$ref` and a description are typed as
//! the `$ref`, with its rules checked before sending; `nullable` beside a
//! `$ref` reads `null`.

use fixture_clients::annotated_refs::models::{Tag, Volume, VolumeState};
use fixture_clients::annotated_refs::Client;
use openapi_runtime::Error;
use serde_json::json;
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).build().unwrap()
}

#[tokio::test]
async fn annotated_properties_are_sent_and_read_as_the_types_they_name() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/volumes"))
        .and(body_json(
            json!({"name": "data", "tags": [{"key": "team", "value": "ops"}]}),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "name": "data",
            "state": "creating",
            "owner": null,
            "tags": [{"key": "team"}],
            "notes": {"any": [1]}
        })))
        .expect(1)
        .mount(&server)
        .await;
    let volume: Volume = client(&server)
        .create_volume("data")
        .tags(vec![Tag {
            key: "team".to_owned(),
            value: Some("ops".to_owned()),
        }])
        .send()
        .await
        .unwrap();
    assert_eq!(volume.name, "data");
    assert_eq!(volume.state, VolumeState::Creating);
    assert_eq!(volume.owner, None);
    assert_eq!(
        volume.tags,
        Some(vec![Tag {
            key: "team".to_owned(),
            value: None
        }])
    );
    assert_eq!(volume.notes, Some(json!({"any": [1]})));
}

#[tokio::test]
async fn the_rules_of_the_named_schema_are_checked_before_sending() {
    let server = MockServer::start().await;
    let error = client(&server)
        .create_volume("far-too-long")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::InvalidInput { field, .. } if field == "name"),
        "{error:?}"
    );
    assert!(server.received_requests().await.unwrap().is_empty());
}

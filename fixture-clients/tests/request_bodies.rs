//! Request bodies over HTTP (`codegen/tests/fixtures/request_bodies/spec.yaml`): a
//! body built from required inputs and optional setters, a whole-array body,
//! statuses with and without content, and an operation that needs no key.

use fixture_clients::request_bodies::models::Kind;
use fixture_clients::request_bodies::AddPetInput;
use fixture_clients::request_bodies::Client;
use openapi_runtime::Error;
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .access_token("k")
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_body_built_from_inputs_and_a_created_status() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/pets"))
        .and(header("x-api-key", "k"))
        .and(header("content-type", "application/json"))
        // Exactly these members: optional inputs left unset are absent, not null.
        .and(body_json(
            serde_json::json!({"name": "rex", "type": "dog", "tags": ["a"]}),
        ))
        .respond_with(
            ResponseTemplate::new(201).set_body_json(serde_json::json!({"id": 7, "kind": "dog"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let pet = client(&server)
        .add_pet(AddPetInput {
            name: "rex",
            r#type: Kind::Dog,
        })
        .tags(vec!["a".to_owned()])
        .send()
        .await
        .unwrap();
    assert_eq!((pet.id, pet.kind), (7, Kind::Dog));
}

#[tokio::test]
async fn a_whole_array_body() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/tags"))
        .and(body_json(serde_json::json!(["x", "y"])))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path("/tags"))
        .and(body_json(serde_json::json!([])))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    client
        .replace_tags(vec!["x".to_owned(), "y".to_owned()])
        .send()
        .await
        .unwrap();
    client.replace_tags(Vec::new()).send().await.unwrap();
}

#[tokio::test]
async fn no_content_without_a_key() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/pets/42"))
        .respond_with(ResponseTemplate::new(204))
        .expect(2)
        .mount(&server)
        .await;
    // Without credentials at all, and with a key that `security: []` leaves unsent.
    let keyless = Client::builder().base_url(server.uri()).build().unwrap();
    keyless.delete_pet(42).send().await.unwrap();
    client(&server).delete_pet(42).send().await.unwrap();
    for request in server.received_requests().await.unwrap() {
        assert!(!request.headers.contains_key("x-api-key"));
        assert!(request.body.is_empty());
    }
}

#[tokio::test]
async fn an_operation_that_needs_a_key_is_not_sent_without_one() {
    let server = MockServer::start().await;
    let keyless = Client::builder().base_url(server.uri()).build().unwrap();
    let error = keyless
        .add_pet(AddPetInput {
            name: "rex",
            r#type: Kind::Cat,
        })
        .send()
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Config(_)), "{error:?}");
    assert!(server.received_requests().await.unwrap().is_empty());
}

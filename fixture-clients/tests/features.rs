//! A client generated with a Cargo feature per tag
//! (`codegen/tests/fixtures/features/spec.yaml`, with `feature_per_tag`): with the
//! crate's default features every group is there, and a model shared by two
//! groups is the same type in both. `cargo check -p fixture-clients
//! --no-default-features --features pets` (or any other set) compiles too.

use fixture_clients::features::models::{Owner, PetKind};
use fixture_clients::features::Client;
use fixture_clients::features::PlaceOrderInput;
use serde_json::json;
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .access_token("t-1")
        .build()
        .unwrap()
}

#[tokio::test]
async fn operations_of_every_group_share_their_models() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets/p-1"))
        .and(header("authorization", "Bearer t-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": "p-1", "kind": "cat", "owner": {"name": "Ann", "pin": "1234"}
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/stores/s-1/orders"))
        .and(body_json(
            json!({"petId": "p-1", "owner": {"name": "Ann", "pin": "1234"}}),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "petId": "p-1", "owner": {"name": "Ann"}, "audit": {"changedAt": "2024-05-01T08:00:00Z"}
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/admin/status"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"version": "1.2"})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/ping"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let pet = client.get_pet("p-1").send().await.unwrap();
    assert_eq!(pet.kind, PetKind::Cat);
    // The owner of a pet (group `pets`) is the owner of an order (`stores`).
    let owner: Owner = pet.owner.unwrap();
    assert!(!format!("{owner:?}").contains("1234"));
    let order = client
        .place_order(PlaceOrderInput {
            store_id: "s-1",
            pet_id: "p-1",
            owner,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(order.owner.name, "Ann");
    assert!(order.audit.unwrap().changed_at.is_some());
    let status = client.get_status().send().await.unwrap();
    assert_eq!(status.version.as_deref(), Some("1.2"));
    client.ping().send().await.unwrap();
}

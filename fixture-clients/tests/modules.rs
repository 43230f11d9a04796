//! A client with a module per tag (`codegen/tests/fixtures/modules/`): each
//! tag's operations are reached through the root client's method of the
//! module's name, their names without the module's words, the models only a
//! module uses are in its module, the shared ones in `models` and re-exported
//! by the modules, and each operation's documented error codes are its own
//! enum. Called over HTTP.

use fixture_clients::modules::orders_v2::{self, ErrorCode as OrderErrorCode};
use fixture_clients::modules::pets_v2::{self, ErrorCode as PetErrorCode, Pet};
use fixture_clients::modules::{models, Client};
use serde_json::json;
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).build().unwrap()
}

#[tokio::test]
async fn each_modules_operations_are_reached_through_its_client() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets/p1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "p1", "name": "rex"})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/orders"))
        .and(body_json(json!({"petId": "p1", "quantity": 2})))
        .respond_with(
            ResponseTemplate::new(201).set_body_json(json!({"petId": "p1", "quantity": 2})),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/health"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = client(&server);
    let pet: Pet = client.pets_v2().get_pet("p1").send().await.unwrap();
    assert_eq!(pet.name.as_deref(), Some("rex"));
    let order: orders_v2::Order = client
        .orders_v2()
        .place_order("p1")
        .quantity(2)
        .send()
        .await
        .unwrap();
    assert_eq!(order.quantity, Some(2));
    // An untagged operation stays on the root client.
    client.health().send().await.unwrap();
}

#[tokio::test]
async fn each_operations_documented_codes_are_its_own_enum_and_shared_models_are_one_type() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets/p2"))
        .respond_with(
            ResponseTemplate::new(404)
                .set_body_json(json!({"code": "petGone", "message": "no such pet"})),
        )
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/orders"))
        .respond_with(
            ResponseTemplate::new(409).set_body_json(json!({"code": "sold", "message": "gone"})),
        )
        .mount(&server)
        .await;
    let client = client(&server);
    let gone = client.pets_v2().get_pet("p2").send().await.unwrap_err();
    assert_eq!(gone.code(), Some(PetErrorCode::PetGone));
    let taken = client
        .orders_v2()
        .place_order("p2")
        .send()
        .await
        .unwrap_err();
    // A code the spec does not document is kept as sent.
    assert_eq!(taken.code(), Some(OrderErrorCode::Other("sold".to_owned())));
    // The modules' `Problem` is the one of `models`.
    let bodies: [Option<models::Problem>; 2] = [
        gone.body().and_then(Result::ok),
        taken
            .body()
            .and_then(Result::ok)
            .map(|p: pets_v2::Problem| p),
    ];
    assert_eq!(
        bodies[0].as_ref().and_then(|p| p.code.as_deref()),
        Some("petGone")
    );
    assert_eq!(
        bodies[1].as_ref().and_then(|p| p.message.as_deref()),
        Some("gone")
    );
}

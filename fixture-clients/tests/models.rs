//! Models over HTTP (`codegen/tests/fixtures/models/spec.yaml`): every kind of
//! field decoded from a response and encoded into a request as the server
//! spells it. The fixture's descriptions hold code blocks that are not Rust:
//! the crate's doctests (`cargo test -p fixture-clients --doc`) fail if one
//! of them becomes a doctest.

use std::collections::BTreeMap;

use fixture_clients::models::models::{Ball, Kind, Pet, PetOwner, PetOwnerAddress, Toy};
use fixture_clients::models::Client;
use fixture_clients::models::PutPetInput;
use openapi_runtime::Timestamp;
use serde_json::json;
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).build().unwrap()
}

/// The spec has no security: its client is made without a token.
#[test]
fn a_client_without_security_is_made_without_a_token() {
    let client = Client::new().unwrap();
    assert_eq!(client.base_url(), "https://example.test");
}

async fn get_pet(body: serde_json::Value) -> Pet {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets/1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .expect(1)
        .mount(&server)
        .await;
    client(&server).get_pet(1).send().await.unwrap()
}

#[tokio::test]
async fn every_kind_of_field_is_decoded() {
    let pet = get_pet(json!({
        "id": 9_007_199_254_740_993_i64,
        "kind": "dog",
        "weight": 1.5,
        "score": 0.1,
        "length": 12.25,
        "vaccinated": true,
        "born": "2022-07-29T14:55Z",
        "owner": {"name": "Ann", "address": {"city": "Oslo"}},
        "labels": {"colour": "brown"},
        "extra": {"anything": [1, null, "x"]},
        "toy": {"diameter": 2.5}
    }))
    .await;
    assert_eq!(
        pet,
        Pet {
            id: 9_007_199_254_740_993,
            kind: Kind::Dog,
            weight: Some(1.5_f32),
            score: Some(0.1),
            length: Some(12.25),
            vaccinated: Some(true),
            born: Some("2022-07-29T14:55:00Z".parse::<Timestamp>().unwrap()),
            owner: Some(PetOwner {
                name: Some("Ann".into()),
                address: Some(PetOwnerAddress {
                    city: Some("Oslo".into())
                }),
            }),
            labels: Some(BTreeMap::from([("colour".into(), "brown".into())])),
            extra: Some(json!({"anything": [1, null, "x"]})),
            toy: Some(Toy::Ball(Ball {
                diameter: Some(2.5)
            })),
        }
    );
}

#[tokio::test]
async fn unknown_enum_values_and_each_one_of_variant_are_kept() {
    let pet = get_pet(json!({"id": 1, "kind": "hamster", "toy": "rope"})).await;
    assert_eq!(pet.kind, Kind::Other("hamster".to_owned()));
    assert_eq!(pet.toy, Some(Toy::Named("rope".to_owned())));
    assert_eq!((pet.owner, pet.born, pet.extra), (None, None, None));
    let pet = get_pet(json!({"id": 1, "kind": "cat", "toy": {}})).await;
    assert_eq!(pet.kind, Kind::Cat);
    assert_eq!(pet.toy, Some(Toy::Ball(Ball { diameter: None })));
}

#[tokio::test]
async fn a_model_is_sent_as_the_server_spells_it() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/pets/7"))
        .and(body_json(json!({
            "id": 7,
            "kind": "hamster",
            "weight": 1.5,
            "born": "2022-07-29T14:55:00Z",
            "owner": {"address": {"city": "Oslo"}},
            "labels": {"a": "1", "b": "2"},
            "extra": [true, {"k": null}],
            "toy": "rope"
        })))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    client(&server)
        .put_pet(PutPetInput {
            pet_id: 7,
            id: 7,
            kind: Kind::from("hamster"),
        })
        .weight(1.5)
        .born("2022-07-29T14:55Z".parse().unwrap())
        .owner(PetOwner {
            name: None,
            address: Some(PetOwnerAddress {
                city: Some("Oslo".into()),
            }),
        })
        .labels(BTreeMap::from([
            ("b".into(), "2".into()),
            ("a".into(), "1".into()),
        ]))
        .extra(json!([true, {"k": null}]))
        .toy(Toy::Named("rope".into()))
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn a_named_array_schema_is_a_vec() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets/1/siblings"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!([2, 9_007_199_254_740_993_i64])),
        )
        .expect(1)
        .mount(&server)
        .await;
    let ids: Vec<i64> = client(&server).list_siblings(1).send().await.unwrap();
    assert_eq!(ids, [2, 9_007_199_254_740_993]);
}

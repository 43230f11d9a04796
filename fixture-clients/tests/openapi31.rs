//! OpenAPI 3.1 (`codegen/tests/fixtures/openapi31/spec.yaml`), over HTTP:
//! `const` is a one-value enum, type arrays with `null` are nullable, several
//! types a union, `$ref` with a description is the type it names, `anyOf` a
//! `$ref` and `null` is optional, a numeric `exclusiveMinimum` is checked as a
//! bound, a path item from `components/pathItems` takes a body of bytes
//! in its `contentMediaType`, and a webhook's payload is a model to read.

use fixture_clients::openapi31::models::{Owner, PetAge, PetKind};
use fixture_clients::openapi31::{Client, CreatePetInput, PutPhotoInput};
use serde_json::json;
use wiremock::matchers::{body_bytes, body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).build().unwrap()
}

#[tokio::test]
async fn a_pet_of_3_1_schemas_is_sent_and_read() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/pets"))
        .and(body_json(json!({
            "kind": "pet", "name": "Rex", "weight": 4.5, "age": "young",
            "owner": {"name": "Ann"}
        })))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "kind": "pet", "name": "Rex", "weight": 4.5, "age": 3,
            "nickname": null, "vet": null, "owner": {"name": "Ann"}
        })))
        .expect(1)
        .mount(&server)
        .await;
    let pet = client(&server)
        .create_pet(CreatePetInput {
            kind: PetKind::Pet,
            name: "Rex",
            weight: 4.5,
        })
        .age(PetAge::Variant1("young".to_owned()))
        .owner(Owner {
            name: Some("Ann".to_owned()),
        })
        .send()
        .await
        .unwrap();
    assert_eq!(pet.kind, PetKind::Pet);
    assert_eq!(pet.age, Some(PetAge::Variant0(3)));
    assert_eq!(pet.nickname, None);
    assert_eq!(pet.vet, None);
    assert_eq!(pet.owner.and_then(|o| o.name).as_deref(), Some("Ann"));
}

#[tokio::test]
async fn a_numeric_exclusive_minimum_is_a_bound_checked_before_sending() {
    let server = MockServer::start().await;
    let error = client(&server)
        .create_pet(CreatePetInput {
            kind: PetKind::Pet,
            name: "Rex",
            weight: -1.0,
        })
        .send()
        .await
        .unwrap_err();
    assert!(error.to_string().contains("weight"), "{error}");
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_path_item_from_the_components_takes_bytes_of_its_media_type() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/pets/7/photo"))
        .and(header("content-type", "image/png"))
        .and(body_bytes(vec![0x89, b'P', b'N', b'G']))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    client(&server)
        .put_photo(PutPhotoInput {
            id: "7",
            body: vec![0x89, b'P', b'N', b'G'],
        })
        .send()
        .await
        .unwrap();
}

#[test]
fn a_webhook_payload_is_read_as_its_model() {
    use fixture_clients::openapi31::models::PetAdoptedPayload;
    let payload: PetAdoptedPayload = serde_json::from_value(json!({
        "pet": {"kind": "pet", "name": "Rex", "weight": 4.5},
        "adoptedAt": "2026-12-06T10:00:00Z"
    }))
    .unwrap();
    assert_eq!(payload.pet.name, "Rex");
    assert!(payload.adopted_at.is_some());
    let unnamed: Result<PetAdoptedPayload, _> = serde_json::from_value(json!({"adoptedAt": null}));
    assert!(unnamed.is_err(), "`pet` is required");
}

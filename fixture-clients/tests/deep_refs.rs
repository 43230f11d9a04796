//! References to any node of the document over HTTP
//! (`codegen/tests/fixtures/deep_refs/spec.yaml`): a property of a component,
//! the items of one, and responses, parameters and schemas written under
//! `#/paths` are typed, sent and read.

use fixture_clients::deep_refs::models::{PetOwner, PetTagsItem};
use fixture_clients::deep_refs::{Client, SetOwnerInput};
use serde_json::json;
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).build().unwrap()
}

#[tokio::test]
async fn a_property_of_a_component_is_a_body_and_a_field() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/pets/p1/owner"))
        .and(body_json(json!({"name": "ann", "since": 2020})))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "pet": {"name": "rex", "owner": {"name": "ann"}},
            "owner": {"name": "ann", "since": 2020}
        })))
        .expect(1)
        .mount(&server)
        .await;
    let answer = client(&server)
        .set_owner(SetOwnerInput {
            id: "p1",
            name: "ann",
        })
        .since(2020)
        .send()
        .await
        .unwrap();
    let owner: PetOwner = answer.owner.unwrap();
    assert_eq!((owner.name.as_str(), owner.since), ("ann", Some(2020)));
    assert_eq!(answer.pet.owner.unwrap().name, "ann");
}

#[tokio::test]
async fn a_response_given_by_a_chain_of_refs_types_the_error_body() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/pets/p2/owner"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({"message": "gone"})))
        .mount(&server)
        .await;
    let error = client(&server)
        .set_owner(SetOwnerInput {
            id: "p2",
            name: "ann",
        })
        .send()
        .await
        .unwrap_err();
    let body = error.body().unwrap().unwrap();
    assert_eq!(body.message.as_deref(), Some("gone"));
}

#[tokio::test]
async fn items_and_escaped_names_are_read() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/tags"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"label": "good"}, {}])))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/shops/best"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!("Pets & Co")))
        .mount(&server)
        .await;
    let tags: Vec<PetTagsItem> = client(&server).list_tags().send().await.unwrap();
    assert_eq!(tags[0].label.as_deref(), Some("good"));
    assert_eq!(tags[1].label, None);
    let best: String = client(&server).best_shop().send().await.unwrap();
    assert_eq!(best, "Pets & Co");
}

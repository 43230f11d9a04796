//! Parameters over HTTP (`codegen/tests/fixtures/parameters/spec.yaml`): what each
//! input puts in the path, the query and the headers, and where calls go.

use fixture_clients::parameters::models::ListPetsKind;
use fixture_clients::parameters::Client;
use fixture_clients::parameters::{self as operations, GetPetInput, ListPetsInput};
use openapi_runtime::Timestamp;
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .access_token("k")
        .build()
        .unwrap()
}

#[test]
fn servers_lose_their_trailing_slash() {
    assert_eq!(operations::SERVERS, &["https://example.test/api"]);
    assert_eq!(
        Client::new("k").unwrap().base_url(),
        "https://example.test/api"
    );
}

#[tokio::test]
async fn path_query_header_and_enum_inputs_reach_the_wire() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/stores/s%201/pets"))
        .and(query_param("limit", "10"))
        .and(query_param("kind", "3d-model"))
        .and(query_param("since", "2022-07-29T14:55:00Z"))
        .and(header("X-Trace", "t-1"))
        .and(header("x-api-key", "k"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!(["rex"])))
        .expect(1)
        .mount(&server)
        .await;
    let names = client(&server)
        .list_pets(ListPetsInput {
            store_id: "s 1",
            limit: 10,
        })
        .kind("3d-model")
        .since("2022-07-29T14:55Z".parse::<Timestamp>().unwrap())
        .x_trace("t-1")
        .send()
        .await
        .unwrap();
    assert_eq!(names, ["rex"]);
}

#[test]
fn an_enum_value_that_is_not_an_identifier_has_a_variant_of_its_own() {
    assert_eq!(ListPetsKind::from("3d-model"), ListPetsKind::V3dModel);
    assert_eq!(ListPetsKind::V3dModel.as_str(), "3d-model");
    assert_eq!(
        ListPetsKind::from("hamster"),
        ListPetsKind::Other("hamster".to_owned())
    );
}

#[tokio::test]
async fn unset_optional_inputs_stay_off_the_wire() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/stores/s/pets"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!([])))
        .expect(1)
        .mount(&server)
        .await;
    let names = client(&server)
        .list_pets(ListPetsInput {
            store_id: "s",
            limit: 1,
        })
        .send()
        .await
        .unwrap();
    assert!(names.is_empty());
    let request = &server.received_requests().await.unwrap()[0];
    assert_eq!(request.url.query(), Some("limit=1"));
    assert!(!request.headers.contains_key("X-Trace"));
}

#[tokio::test]
async fn a_referenced_path_parameter_is_one_encoded_segment() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/stores/a%2Fb%3Fc/pets/9007199254740993"))
        .and(query_param("asOf", "2024-06-01T08:30:00+08:00"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!("rex")))
        .expect(1)
        .mount(&server)
        .await;
    let name = client(&server)
        .get_pet(GetPetInput {
            store_id: "a/b?c",
            pet_id: 9_007_199_254_740_993,
            as_of: "2024-06-01T08:30:00+08:00".parse().unwrap(),
        })
        .send()
        .await
        .unwrap();
    assert_eq!(name, "rex");
}

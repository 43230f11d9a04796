//! The kitchen-sink fixture's client over HTTP: every input location, bodies,
//! statuses without content, pagination, validation and secrets.

use fixture_clients::kitchen_sink::operations::{AddPetInput, DeletePetInput, ListPetsInput};
use fixture_clients::kitchen_sink::{models::*, operations, Client};
use wiremock::matchers::{body_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .access_token("k")
        .build()
        .unwrap()
}

#[test]
fn servers_lose_their_trailing_slash() {
    assert_eq!(operations::SERVERS, &["https://example.test/api"]);
}

#[tokio::test]
async fn query_header_and_enum_inputs_reach_the_wire() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/stores/s%201/pets"))
        .and(query_param("limit", "10"))
        .and(query_param("kind", "3d-model"))
        .and(query_param("since", "2022-07-29T14:55:00Z"))
        .and(header("X-Trace", "t-1"))
        .and(header("x-api-key", "k"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "items": [{"id": 1, "kind": "hamster", "toy": {"diameter": 2.5}, "born": "2022-07-29T14:55Z"}],
            "next": null
        })))
        .expect(1)
        .mount(&server)
        .await;
    let page = client(&server)
        .await
        .list_pets(ListPetsInput {
            store_id: "s 1",
            limit: 10,
        })
        .kind("3d-model")
        .since(
            "2022-07-29T14:55Z"
                .parse::<openapi_runtime::Timestamp>()
                .unwrap(),
        )
        .x_trace("t-1")
        .send()
        .await
        .unwrap();
    let pet = &page.items.unwrap()[0];
    assert_eq!(pet.kind, Kind::Other("hamster".to_owned()));
    assert_eq!(
        pet.toy,
        Some(Toy::Ball(Ball {
            diameter: Some(2.5)
        }))
    );
    assert_eq!(page.next, None);
}

#[tokio::test]
async fn a_body_built_from_inputs_and_a_created_status() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/stores/s/pets"))
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
        .await
        .add_pet(AddPetInput {
            store_id: "s",
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
async fn no_content_without_auth() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/stores/s/pets/42"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    client
        .delete_pet(DeletePetInput {
            store_id: "s",
            pet_id: 42,
        })
        .send()
        .await
        .unwrap();
    let request = &server.received_requests().await.unwrap()[0];
    assert!(!request.headers.contains_key("x-api-key"));
}

#[tokio::test]
async fn a_whole_body_and_a_map_response() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/tags"))
        .and(body_json(serde_json::json!(["x", "y"])))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"x": 1, "y": 2})))
        .mount(&server)
        .await;
    let tags = client(&server)
        .await
        .replace_tags(vec!["x".to_owned(), "y".to_owned()])
        .send()
        .await
        .unwrap();
    assert_eq!(
        tags.into_iter().collect::<Vec<_>>(),
        vec![("x".to_owned(), 1), ("y".to_owned(), 2)]
    );
}

#[tokio::test]
async fn pages_end_on_a_null_cursor() {
    use futures_util::TryStreamExt;
    let server = MockServer::start().await;
    Mock::given(query_param("cursor", "c2"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                serde_json::json!({"items": [{"id": 2, "kind": "dog"}], "next": null}),
            ),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                serde_json::json!({"items": [{"id": 1, "kind": "cat"}], "next": "c2"}),
            ),
        )
        .mount(&server)
        .await;
    let ids: Vec<i64> = client(&server)
        .await
        .list_pets(ListPetsInput {
            store_id: "s",
            limit: 1,
        })
        .items()
        .map_ok(|pet| pet.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [1, 2]);
}

#[test]
fn secrets_stay_out_of_debug() {
    let request = AddPetRequest {
        name: "rex".into(),
        r#type: Kind::Cat,
        password: Some("hunter2".into()),
        tags: None,
        nickname: None,
        secret: Some("s3cr3t".into()),
    };
    let shown = format!("{request:?}");
    assert!(!shown.contains("hunter2"), "{shown}");
    assert!(!shown.contains("s3cr3t"), "{shown}");
    assert!(shown.contains("<redacted>"), "{shown}");
}

#[tokio::test]
async fn rules_of_a_referenced_schema_are_checked_before_sending() {
    let server = MockServer::start().await;
    let client = client(&server).await;
    for (nickname, rule) in [
        ("", "at least 1"),
        ("Bartholomew Jr", "at most 12"),
        ("r2d2", "^[A-Za-z ]+$"),
    ] {
        let error = client
            .add_pet(AddPetInput {
                store_id: "s",
                name: "rex",
                r#type: Kind::Dog,
            })
            .nickname(nickname)
            .send()
            .await
            .unwrap_err();
        match error {
            openapi_runtime::Error::InvalidInput {
                field, rule: got, ..
            } => {
                assert_eq!(field, "nickname");
                assert!(got.contains(rule), "{nickname:?}: {got}");
            }
            other => panic!("{nickname:?}: {other:?}"),
        }
    }
    assert!(server.received_requests().await.unwrap().is_empty());
}

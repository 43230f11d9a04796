//! Validation over HTTP (`codegen/tests/fixtures/validation/spec.yaml`): the spec's
//! rules, written inline or in a referenced schema, refuse inputs before
//! anything is sent and name the field; secrets stay out of `Debug`.

use std::future::Future;

use fixture_clients::validation::models::{NewPet, NewPetOwner, Toy};
use fixture_clients::validation::Client;
use openapi_runtime::Error;
use wiremock::matchers::{body_json, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).build().unwrap()
}

/// The field and the rule of the `InvalidInput` error `call` fails with.
async fn refused<T: std::fmt::Debug, E: std::fmt::Debug>(
    call: impl Future<Output = Result<T, Error<E>>>,
) -> (String, String) {
    match call.await {
        Err(Error::InvalidInput { field, rule, .. }) => (field, rule),
        other => panic!("not refused: {other:?}"),
    }
}

fn toy(name: &str) -> Toy {
    Toy {
        name: name.to_owned(),
    }
}

#[tokio::test]
async fn rules_of_a_referenced_schema_are_checked_before_sending() {
    let server = MockServer::start().await;
    let client = client(&server);
    for (nickname, rule) in [
        ("", "at least 1"),
        ("Bartholomew Jr", "at most 12"),
        ("r2d2", "^[A-Za-z ]+$"),
    ] {
        let (field, got) = refused(client.add_pet("rex").nickname(nickname).send()).await;
        assert_eq!(field, "nickname");
        assert!(got.contains(rule), "{nickname:?}: {got}");
    }
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn inline_rules_are_checked_before_sending_with_the_fields_path() {
    let server = MockServer::start().await;
    let client = client(&server);
    let cases = [
        (client.add_pet("a".repeat(21)), "name", "at most 20"),
        (client.add_pet("Rex"), "name", "^[a-z]+$"),
        (client.add_pet("rex").age(-1), "age", "at least 0"),
        (client.add_pet("rex").age(31), "age", "at most 30"),
        (
            client.add_pet("rex").tags(vec!["a".into(); 4]),
            "tags",
            "at most 3 items",
        ),
        (
            client.add_pet("rex").owner(NewPetOwner {
                name: Some("Bartholomew".into()),
            }),
            "owner.name",
            "at most 10",
        ),
        (
            client
                .add_pet("rex")
                .toys(vec![toy("ball"), toy("squeaky duck")]),
            "toys[1].name",
            "at most 8",
        ),
        // A date-time's string rules apply to the text it is sent as.
        (
            client
                .add_pet("rex")
                .born("2024-05-01T08:00:00+08:00".parse().unwrap()),
            "born",
            "Z$",
        ),
    ];
    for (request, field, rule) in cases {
        let (got_field, got_rule) = refused(request.send()).await;
        assert_eq!(got_field, field);
        assert!(got_rule.contains(rule), "{field}: {got_rule}");
    }
    for (limit, rule) in [(0, "at least 1"), (101, "at most 100")] {
        let (field, got) = refused(client.list_pets(limit).send()).await;
        assert_eq!(field, "limit");
        assert!(got.contains(rule), "{limit}: {got}");
    }
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn values_at_the_bounds_are_sent() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/pets"))
        .and(body_json(serde_json::json!({
            "name": "a".repeat(20),
            "nickname": "Bartholomew ",
            "age": 30,
            "tags": ["a", "b", "c"],
            "owner": {"name": "Bartholome"},
            "toys": [{"name": "squeaky"}],
            "born": "2024-05-01T00:00:00Z"
        })))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(query_param("limit", "100"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!([])))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    client
        .add_pet("a".repeat(20))
        .nickname("Bartholomew ")
        .age(30)
        .tags(vec!["a".into(), "b".into(), "c".into()])
        .owner(NewPetOwner {
            name: Some("Bartholome".into()),
        })
        .toys(vec![toy("squeaky")])
        .born("2024-05-01T00:00:00Z".parse().unwrap())
        .send()
        .await
        .unwrap();
    client.list_pets(100).send().await.unwrap();
}

#[tokio::test]
async fn secrets_stay_out_of_debug_but_reach_the_wire() {
    let request = NewPet {
        name: "rex".into(),
        nickname: None,
        age: None,
        tags: None,
        owner: None,
        toys: None,
        password: Some("hunter2".into()),
        born: None,
        secret: Some("s3cr3t".into()),
    };
    let shown = format!("{request:?}");
    assert!(!shown.contains("hunter2"), "{shown}");
    assert!(!shown.contains("s3cr3t"), "{shown}");
    assert!(shown.contains("<redacted>"), "{shown}");
    assert!(shown.contains("rex"), "{shown}");

    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(body_json(
            serde_json::json!({"name": "rex", "password": "hunter2", "secret": "s3cr3t"}),
        ))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let call = client(&server)
        .add_pet("rex")
        .password("hunter2")
        .secret("s3cr3t");
    let shown = format!("{call:?}");
    assert!(!shown.contains("hunter2"), "{shown}");
    assert!(!shown.contains("s3cr3t"), "{shown}");
    call.send().await.unwrap();
}

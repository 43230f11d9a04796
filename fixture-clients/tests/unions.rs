//! Unions over HTTP (`codegen/tests/fixtures/unions/spec.yaml`): a `discriminator`
//! picks the variant by its property, both ways; without one, the stricter
//! variant of each kind of JSON is tried first.

use fixture_clients::unions::models::{Cat, Contact, ContactName, ContactPerson, Dog, Lizard, Pet};
use fixture_clients::unions::Client;
use openapi_runtime::Error;
use serde_json::json;
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).build().unwrap()
}

async fn list_pets(body: serde_json::Value) -> Result<Vec<Pet>, Error> {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    Ok(client(&server).list_pets().send().await?)
}

#[tokio::test]
async fn the_property_picks_the_variant_whatever_the_shape() {
    // A dog and a cat have the same shape here: only `petType` tells them apart.
    let pets = list_pets(json!([
        {"petType": "dog", "name": "Rex"},
        {"petType": "cat", "name": "Tom"},
        {"petType": "kitty", "name": "Kit", "lives": 9},
        {"petType": "Lizard", "scales": 300},
    ]))
    .await
    .unwrap();
    assert_eq!(
        pets,
        [
            Pet::Dog(Dog {
                name: "Rex".to_owned(),
                barks: None
            }),
            Pet::Cat(Cat {
                name: "Tom".to_owned(),
                lives: None
            }),
            Pet::Cat(Cat {
                name: "Kit".to_owned(),
                lives: Some(9)
            }),
            Pet::Lizard(Lizard { scales: Some(300) }),
        ]
    );
}

#[tokio::test]
async fn an_unknown_or_missing_value_is_kept_as_it_came() {
    let pets = list_pets(json!([
        {"petType": "parrot", "name": "Polly"},
        {"name": "no kind"},
    ]))
    .await
    .unwrap();
    assert_eq!(
        pets,
        [
            Pet::Other(json!({"petType": "parrot", "name": "Polly"})),
            Pet::Other(json!({"name": "no kind"})),
        ]
    );
}

#[tokio::test]
async fn a_known_value_with_a_body_that_does_not_fit_is_a_decode_error() {
    // Tagged `dog`, so it must be a dog, even though it would read as a lizard.
    let error = list_pets(json!([{"petType": "dog", "scales": 3}]))
        .await
        .unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("{error:?}")
    };
    assert!(decode.message.contains("name"), "{}", decode.message);
}

#[tokio::test]
async fn a_variant_is_sent_with_its_property_set_and_read_back() {
    let server = MockServer::start().await;
    // A cat's schema has no `petType`: it is added, with the mapping's first value.
    Mock::given(method("POST"))
        .and(path("/pets"))
        .and(body_json(
            json!({"name": "Tom", "lives": 7, "petType": "cat"}),
        ))
        .respond_with(
            ResponseTemplate::new(201)
                .set_body_json(json!({"petType": "cat", "name": "Tom", "lives": 7})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let tom = Pet::Cat(Cat {
        name: "Tom".to_owned(),
        lives: Some(7),
    });
    assert_eq!(
        client(&server).add_pet(tom.clone()).send().await.unwrap(),
        tom
    );

    // A dog's schema has `petType`, but the union holds it: the model has
    // no field that could contradict its variant. A variant's model is the
    // union's too.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(body_json(json!({"petType": "dog", "name": "Rex"})))
        .respond_with(
            ResponseTemplate::new(201).set_body_json(json!({"petType": "dog", "name": "Rex"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let rex = Pet::from(Dog {
        name: "Rex".to_owned(),
        barks: None,
    });
    assert_eq!(
        client(&server).add_pet(rex.clone()).send().await.unwrap(),
        rex
    );
}

#[tokio::test]
async fn a_variant_is_checked_by_its_rules_before_sending() {
    let server = MockServer::start().await;
    let long = Pet::Cat(Cat {
        name: "Much too long".to_owned(),
        lives: None,
    });
    let error = client(&server).add_pet(long).send().await.unwrap_err();
    assert!(matches!(error, Error::InvalidInput { .. }), "{error:?}");
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn without_a_discriminator_the_stricter_variant_of_each_kind_is_tried_first() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([
            {"name": "Ann", "email": "ann@example.test"},
            {"name": "Bob"},
            {"team": "blue"},
            "2024-05-01T10:00:00Z",
            "call back",
            3,
            2.5,
        ])))
        .mount(&server)
        .await;
    let contacts = client(&server).list_contacts().send().await.unwrap();
    assert_eq!(
        contacts[..3],
        [
            // Listed after `Name` in the spec, which would read it and lose the email.
            Contact::Person(ContactPerson {
                name: "Ann".to_owned(),
                email: "ann@example.test".to_owned()
            }),
            Contact::Name(ContactName {
                name: "Bob".to_owned()
            }),
            // Listed before both: a map would read every object.
            Contact::Tags([("team".to_owned(), "blue".to_owned())].into()),
        ]
    );
    // A date-time before any string, listed after it.
    assert!(
        matches!(&contacts[3], Contact::At(at) if at.to_string().starts_with("2024-05-01T10:00:00")),
        "{:?}",
        contacts[3]
    );
    assert_eq!(contacts[4], Contact::Text("call back".to_owned()));
    // An integer before any number, listed after it.
    assert_eq!(contacts[5], Contact::Count(3));
    assert_eq!(contacts[6], Contact::Amount(2.5));
}

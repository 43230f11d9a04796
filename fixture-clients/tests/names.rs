//! A client whose models are named after what generated code itself uses
//! (`codegen/tests/fixtures/names/spec.yaml`: `Option`, `Result`, `Vec`, `Box`,
//! `String`, `Ok`, `Some`, `Client`), called over HTTP.

use fixture_clients::names::models::{self, Option as OptionModel};
use fixture_clients::names::Client;
use serde_json::json;
use wiremock::matchers::{body_json, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).build().unwrap()
}

#[tokio::test]
async fn models_named_after_prelude_types_decode_and_encode() {
    let server = MockServer::start().await;
    let option = json!({
        "name": "n",
        "values": [1, 2],
        "boxed": {"k": "v"},
        "text": "b",
        "ok": 7,
        "some": "s",
        "next": {"name": "m", "some": 3}
    });
    Mock::given(method("GET"))
        .and(path("/options/o%201"))
        .and(query_param("limit", "3"))
        .respond_with(ResponseTemplate::new(200).set_body_json(&option))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path("/options/o1"))
        .and(body_json(json!({"option": {"name": "n", "values": [1, 2], "boxed": {"k": "v"}, "text": "b", "ok": 7, "some": "s", "next": {"name": "m", "some": 3}}})))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"result": {}})))
        .expect(1)
        .mount(&server)
        .await;

    let got: OptionModel = client(&server)
        .get_option("o 1")
        .limit(3)
        .send()
        .await
        .unwrap();
    assert_eq!(got.name, "n");
    assert_eq!(got.values, Some(vec![1, 2]));
    assert_eq!(got.text, Some(models::String::B));
    assert_eq!(got.ok, Some(7));
    assert_eq!(got.some, Some(models::Some::Variant0("s".into())));
    let next = got.next.as_deref().unwrap();
    assert_eq!(next.some, Some(models::Some::Variant1(3)));

    let stored: models::Client = client(&server)
        .put_result("o1")
        .option(got)
        .send()
        .await
        .unwrap();
    assert_eq!(stored.result, Some(models::Result::default()));
}

#[tokio::test]
async fn a_model_named_option_is_still_validated() {
    let server = MockServer::start().await;
    let too_long = OptionModel {
        name: "longer than five".into(),
        note: None,
        values: None,
        boxed: None,
        text: None,
        ok: None,
        some: None,
        next: None,
    };
    let err = client(&server)
        .put_result("o1")
        .option(too_long)
        .send()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("option.name"), "{err}");
}

//! Form bodies that are not objects with properties, over HTTP
//! (`codegen/tests/fixtures/form_bodies/spec.yaml`): maps are sent as forms of
//! their entries, objects given through an alias or `allOf` as forms of their
//! fields, a string as the form it is.

use std::collections::BTreeMap;

use fixture_clients::form_bodies::Client;
use serde_json::json;
use wiremock::matchers::{body_string, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).build().unwrap()
}

async fn expect_form(server: &MockServer, route: &str, form: &str) {
    Mock::given(method("POST"))
        .and(path(route))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string(form))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(server)
        .await;
}

#[tokio::test]
async fn an_untyped_body_is_a_map_sent_as_a_form() {
    let server = MockServer::start().await;
    expect_form(&server, "/v1/customers", "email=a%40b.test&limit=3").await;
    let body = BTreeMap::from([
        ("email".to_owned(), json!("a@b.test")),
        ("limit".to_owned(), json!(3)),
    ]);
    client(&server)
        .create_customer()
        .body(body)
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn an_empty_object_body_may_be_left_out() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/customers"))
        .and(body_string(""))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    client(&server).list_customers().send().await.unwrap();
}

#[tokio::test]
async fn a_map_of_strings_is_sent_as_a_form() {
    let server = MockServer::start().await;
    expect_form(&server, "/v1/labels", "a=1&b=two+words").await;
    let labels = BTreeMap::from([
        ("a".to_owned(), "1".to_owned()),
        ("b".to_owned(), "two words".to_owned()),
    ]);
    client(&server).set_labels(labels).send().await.unwrap();
}

#[tokio::test]
async fn objects_through_an_alias_or_all_of_are_forms_of_their_fields() {
    let server = MockServer::start().await;
    expect_form(&server, "/v1/charges", "amount=100&currency=eur").await;
    expect_form(&server, "/v1/refunds", "amount=5&reason=late").await;
    let client = client(&server);
    client
        .create_charge(100)
        .currency("eur")
        .send()
        .await
        .unwrap();
    client.create_refund(5).reason("late").send().await.unwrap();
}

#[tokio::test]
async fn a_string_is_the_form_written_out_and_an_array_a_map() {
    let server = MockServer::start().await;
    expect_form(&server, "/v1/raw", "text=I+like+tacos").await;
    expect_form(&server, "/v1/ids", "first=x").await;
    let client = client(&server);
    client.send_raw("text=I+like+tacos").send().await.unwrap();
    let ids = BTreeMap::from([("first".to_owned(), json!("x"))]);
    client.send_ids(ids).send().await.unwrap();
}

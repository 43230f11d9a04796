//! What specs write loosely about operations
//! (`codegen/tests/fixtures/loose_operations/spec.yaml`), over HTTP: multipart
//! bodies that are not objects are maps of parts named by their keys, a query
//! written into the path is sent as query parameters, an undeclared path
//! placeholder and a path item by `$ref` are `String` path inputs, a parameter
//! in a non-JSON media type is sent as its value, a body of no media type is
//! not sent.

use std::collections::BTreeMap;

use fixture_clients::loose_operations::{Client, SearchInput};
use openapi_runtime::File;
use serde_json::json;
use wiremock::matchers::{body_string, body_string_contains, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).build().unwrap()
}

async fn expect(server: &MockServer, verb: &str, route: &str) {
    Mock::given(method(verb))
        .and(path(route))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(server)
        .await;
}

#[tokio::test]
async fn a_multipart_body_of_one_file_is_files_named_by_their_keys() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/uploads"))
        .and(body_string_contains(
            "Content-Disposition: form-data; name=\"attachment\"; filename=\"notes.txt\"",
        ))
        .and(body_string_contains("Content-Type: text/plain"))
        .and(body_string_contains("hello"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let file = File::new(b"hello".to_vec())
        .file_name("notes.txt")
        .content_type("text/plain");
    client(&server)
        .upload(BTreeMap::from([("attachment".to_owned(), file)]))
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn a_multipart_body_of_a_string_is_parts_named_by_their_keys() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/translations"))
        .and(body_string_contains(
            "Content-Disposition: form-data; name=\"source\"\r\n\r\nen\r\n",
        ))
        .and(body_string_contains(
            "Content-Disposition: form-data; name=\"rounds\"\r\n\r\n2\r\n",
        ))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let parts = BTreeMap::from([
        ("source".to_owned(), json!("en")),
        ("rounds".to_owned(), json!(2)),
    ]);
    client(&server).translate(parts).send().await.unwrap();
}

#[tokio::test]
async fn a_query_written_into_the_path_is_sent_as_query_parameters() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/search"))
        .and(query_param("q", "cats"))
        .and(query_param("page", "2"))
        .and(query_param("size", "10"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    client(&server)
        .search(SearchInput {
            q: "cats",
            page: "2",
            size: 10,
        })
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn undeclared_placeholders_and_aliased_path_items_are_string_inputs() {
    let server = MockServer::start().await;
    expect(&server, "GET", "/items/a%20b").await;
    expect(&server, "GET", "/v2/items/7").await;
    let client = client(&server);
    client.get_item("a b").send().await.unwrap();
    client.get_v2_items_by_id("7").send().await.unwrap();
}

#[tokio::test]
async fn a_parameter_in_another_media_type_than_json_is_sent_as_its_value() {
    let server = MockServer::start().await;
    expect(&server, "GET", "/reports/r-1").await;
    client(&server).get_report("r-1").send().await.unwrap();
}

#[tokio::test]
async fn a_body_of_no_media_type_is_not_sent() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/preferences"))
        .and(body_string(""))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    client(&server).set_preference().send().await.unwrap();
}

#[tokio::test]
async fn an_operation_with_a_callback_by_ref_is_called() {
    let server = MockServer::start().await;
    expect(&server, "POST", "/hooks").await;
    client(&server).subscribe().send().await.unwrap();
}

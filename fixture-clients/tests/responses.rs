//! Responses over HTTP (`codegen/tests/fixtures/responses/spec.yaml`): a map body,
//! a `default` error in `application/problem+json` and a `4XX` range.

use fixture_clients::responses::models::Problem;
use fixture_clients::responses::Client;
use openapi_runtime::Error;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).build().unwrap()
}

#[tokio::test]
async fn a_map_response() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/tags/counts"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            r#"{"y": 2, "x": 1, "z": 9007199254740993}"#,
            "application/json",
        ))
        .mount(&server)
        .await;
    let counts = client(&server).count_tags().send().await.unwrap();
    assert_eq!(
        counts.into_iter().collect::<Vec<_>>(),
        vec![
            ("x".to_owned(), 1),
            ("y".to_owned(), 2),
            ("z".to_owned(), 9_007_199_254_740_993)
        ]
    );
}

#[tokio::test]
async fn a_map_value_of_the_wrong_type_is_a_decode_error_naming_its_key() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(serde_json::json!({"x": 1, "y": "two"})),
        )
        .mount(&server)
        .await;
    let error = client(&server).count_tags().send().await.unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(decode.path, "y");
}

#[tokio::test]
async fn a_default_problem_response_is_an_api_error_with_its_title() {
    let server = MockServer::start().await;
    let problem = r#"{"title": "No tags yet", "status": 404}"#;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(404).set_body_raw(problem, "application/problem+json"))
        .expect(1)
        .mount(&server)
        .await;
    let error = client(&server).count_tags().send().await.unwrap_err();
    let api = error.as_api().unwrap_or_else(|| panic!("{error:?}"));
    assert_eq!(api.status.as_u16(), 404);
    assert_eq!(api.message.as_deref(), Some("No tags yet"));
    assert_eq!(
        serde_json::from_str::<Problem>(&api.body).unwrap(),
        Problem {
            title: Some("No tags yet".to_owned()),
            status: Some(404),
        }
    );
}

#[tokio::test]
async fn a_status_in_a_4xx_range_is_an_api_error_sent_once() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/tags/x"))
        .respond_with(ResponseTemplate::new(409).set_body_string("already tagged"))
        .expect(1)
        .mount(&server)
        .await;
    let error = client(&server).add_tag("x").send().await.unwrap_err();
    let api = error.as_api().unwrap_or_else(|| panic!("{error:?}"));
    assert_eq!(api.status.as_u16(), 409);
    assert_eq!(api.message, None);
    assert_eq!(api.body, "already tagged");
}

#[tokio::test]
async fn no_content_is_success() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/tags/x"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    client(&server).add_tag("x").send().await.unwrap();
}

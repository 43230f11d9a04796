//! The client `build.rs` generated from `spec/greetings.yaml`, called over
//! HTTP: each operation's request (method, path, bearer token, query, JSON
//! body), its decoded answer, and a refusal read as its typed error.

use build_script_example::{
    Client, CreateGreetingInput, Error, ErrorCode, Greeting, Language, Problem,
};
use serde_json::json;
use wiremock::matchers::{body_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .access_token("secret-token")
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_get_sends_the_path_parameter_the_query_and_the_token_and_decodes_the_greeting() {
    let server = MockServer::start().await;
    // The path parameter is percent-encoded as one segment.
    Mock::given(method("GET"))
        .and(path("/greetings/ada%20lovelace"))
        .and(query_param("language", "fr"))
        .and(header("authorization", "Bearer secret-token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "name": "ada lovelace",
            "text": "Bonjour, Ada",
            "language": "fr"
        })))
        .expect(1)
        .mount(&server)
        .await;
    let greeting: Greeting = client(&server)
        .get_greeting("ada lovelace")
        .language(Language::Fr)
        .send()
        .await
        .unwrap();
    assert_eq!(
        greeting,
        Greeting {
            name: "ada lovelace".to_owned(),
            text: "Bonjour, Ada".to_owned(),
            language: Some(Language::Fr),
        }
    );
}

#[tokio::test]
async fn a_post_sends_the_json_body_and_decodes_the_greeting_kept() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/greetings"))
        .and(header("authorization", "Bearer secret-token"))
        .and(header("content-type", "application/json"))
        .and(body_json(
            json!({"name": "ada", "text": "Hello, Ada", "language": "en"}),
        ))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({
            "name": "ada",
            "text": "Hello, Ada",
            "language": "en"
        })))
        .expect(1)
        .mount(&server)
        .await;
    let greeting = client(&server)
        .create_greeting(CreateGreetingInput {
            name: "ada",
            text: "Hello, Ada",
        })
        .language(Language::En)
        .send()
        .await
        .unwrap();
    assert_eq!(greeting.name, "ada");
    assert_eq!(greeting.language, Some(Language::En));
}

#[tokio::test]
async fn a_refusal_is_a_typed_error_with_its_code_and_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/greetings"))
        .respond_with(ResponseTemplate::new(409).set_body_json(json!({
            "code": "nameTaken",
            "message": "ada has a greeting already"
        })))
        .expect(1)
        .mount(&server)
        .await;
    let error = client(&server)
        .create_greeting(CreateGreetingInput {
            name: "ada",
            text: "Hello again",
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::NameTaken));
    let problem: Problem = error.body().unwrap().unwrap();
    assert_eq!(
        problem.message.as_deref(),
        Some("ada has a greeting already")
    );
    assert_eq!(error.as_api().unwrap().status.as_u16(), 409);
    // `?` makes it the plain runtime error.
    let plain: Error = error.into();
    assert!(matches!(plain, Error::Api(_)), "{plain:?}");
}

#[tokio::test]
async fn the_specs_rules_are_checked_before_sending() {
    let server = MockServer::start().await;
    let error = client(&server)
        .create_greeting(CreateGreetingInput {
            name: "",
            text: "Hello, nobody",
        })
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::InvalidInput { field, .. } if field.contains("name")),
        "{error:?}"
    );
    assert!(server.received_requests().await.unwrap().is_empty());
}

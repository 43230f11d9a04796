//! Operations without a success response over HTTP
//! (`codegen/tests/fixtures/no_success/spec.yaml`): any 2xx status is a success
//! with nothing read, a redirect stays `Error::Redirect`, and any other status
//! is `Error::Api`.

use fixture_clients::no_success::Client;
use openapi_runtime::Error;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).build().unwrap()
}

async fn answer(server: &MockServer, http_method: &str, at: &str, response: ResponseTemplate) {
    Mock::given(method(http_method))
        .and(path(at))
        .respond_with(response)
        .expect(1)
        .mount(server)
        .await;
}

#[tokio::test]
async fn any_success_status_returns_nothing_whatever_the_body() {
    for (status, body) in [(200, "{\"not\": \"read\"}"), (204, ""), (299, "not JSON")] {
        let server = MockServer::start().await;
        answer(
            &server,
            "POST",
            "/pings",
            ResponseTemplate::new(status).set_body_string(body),
        )
        .await;
        client(&server).ping().send().await.unwrap();
    }
}

#[tokio::test]
async fn the_declared_redirect_is_not_followed() {
    let server = MockServer::start().await;
    answer(
        &server,
        "GET",
        "/files/f1/content",
        ResponseTemplate::new(302).insert_header("Location", "https://files.test/f1"),
    )
    .await;
    let error = client(&server)
        .download_file("f1")
        .send()
        .await
        .unwrap_err();
    let Error::Redirect {
        operation_id,
        status,
        location,
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!(*operation_id, "downloadFile");
    assert_eq!(status.as_u16(), 302);
    assert_eq!(location.as_deref(), Some("https://files.test/f1"));
}

#[tokio::test]
async fn other_statuses_are_api_errors() {
    let server = MockServer::start().await;
    answer(
        &server,
        "POST",
        "/pings",
        ResponseTemplate::new(503).set_body_string("down"),
    )
    .await;
    let error = client(&server).ping().send().await.unwrap_err();
    let api = error.as_api().unwrap_or_else(|| panic!("{error:?}"));
    assert_eq!((api.status.as_u16(), api.body.as_str()), (503, "down"));
}

//! Outcomes over HTTP (`codegen/tests/fixtures/outcomes/spec.yaml`): success
//! statuses with different bodies are told apart by an enum; statuses that
//! share one body give it as it is.

use fixture_clients::outcomes::models::{GetReportResponse, Job, StartJobResponse, Thing};
use fixture_clients::outcomes::Client;
use fixture_clients::outcomes::{CancelJobOutcome, GetReportOutcome, StartJobOutcome};
use openapi_runtime::Error;
use serde_json::json;
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
async fn statuses_sharing_one_body_give_it_as_it_is() {
    for status in [200, 201] {
        let server = MockServer::start().await;
        let body = json!({"name": format!("made with {status}")});
        answer(
            &server,
            "PUT",
            "/things/t1",
            ResponseTemplate::new(status).set_body_json(body),
        )
        .await;
        let thing: Thing = client(&server).put_thing("t1").send().await.unwrap();
        assert_eq!(thing.name, Some(format!("made with {status}")));
    }
}

#[tokio::test]
async fn each_status_is_its_variant_with_its_own_body() {
    let server = MockServer::start().await;
    let job = json!({"id": "j1", "state": "done"});
    answer(
        &server,
        "POST",
        "/jobs",
        ResponseTemplate::new(200).set_body_json(job),
    )
    .await;
    assert_eq!(
        client(&server).start_job().send().await.unwrap(),
        StartJobOutcome::Ok(Job {
            id: "j1".to_owned(),
            state: "done".to_owned()
        })
    );

    let server = MockServer::start().await;
    let ticket = json!({"ticket": "tk-9"});
    answer(
        &server,
        "POST",
        "/jobs",
        ResponseTemplate::new(202).set_body_json(ticket),
    )
    .await;
    assert_eq!(
        client(&server).start_job().send().await.unwrap(),
        StartJobOutcome::Accepted(StartJobResponse {
            ticket: "tk-9".to_owned()
        })
    );
}

#[tokio::test]
async fn a_status_without_content_is_a_variant_without_data_whatever_the_body() {
    let server = MockServer::start().await;
    answer(&server, "POST", "/jobs", ResponseTemplate::new(204)).await;
    assert_eq!(
        client(&server).start_job().send().await.unwrap(),
        StartJobOutcome::NoContent
    );

    // A server that sends something anyway: the spec says there is nothing to read.
    let server = MockServer::start().await;
    answer(
        &server,
        "DELETE",
        "/jobs/j1",
        ResponseTemplate::new(204).set_body_string("ignored"),
    )
    .await;
    assert_eq!(
        client(&server).cancel_job("j1").send().await.unwrap(),
        CancelJobOutcome::NoContent
    );
}

#[tokio::test]
async fn a_body_of_the_wrong_shape_for_its_status_is_a_decode_error_with_that_status() {
    let server = MockServer::start().await;
    // The 202 body has no `ticket`: it is not read as the 200 job either.
    let job = json!({"id": "j1", "state": "done"});
    answer(
        &server,
        "POST",
        "/jobs",
        ResponseTemplate::new(202).set_body_json(job),
    )
    .await;
    let error = client(&server).start_job().send().await.unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(decode.status.as_u16(), 202);
    assert!(decode.message.contains("ticket"), "{}", decode.message);
}

#[tokio::test]
async fn an_undeclared_success_status_is_a_decode_error_naming_it() {
    let server = MockServer::start().await;
    answer(
        &server,
        "POST",
        "/jobs",
        ResponseTemplate::new(201).set_body_json(json!({})),
    )
    .await;
    let error = client(&server).start_job().send().await.unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(decode.operation_id, "startJob");
    assert_eq!(decode.status.as_u16(), 201);
    assert_eq!(
        decode.message,
        "HTTP 201 Created is not a success status the spec declares for this operation"
    );
}

#[tokio::test]
async fn a_range_takes_the_statuses_not_named_before_it() {
    let server = MockServer::start().await;
    answer(
        &server,
        "GET",
        "/reports",
        ResponseTemplate::new(200).set_body_json(json!({"lines": ["a", "b"]})),
    )
    .await;
    assert_eq!(
        client(&server).get_report().send().await.unwrap(),
        GetReportOutcome::Ok(GetReportResponse {
            lines: Some(vec!["a".to_owned(), "b".to_owned()])
        })
    );

    let server = MockServer::start().await;
    answer(
        &server,
        "GET",
        "/reports",
        ResponseTemplate::new(203).set_body_json(json!({"cached": true})),
    )
    .await;
    assert_eq!(
        client(&server).get_report().send().await.unwrap(),
        GetReportOutcome::Success(json!({"cached": true}))
    );
}

#[tokio::test]
async fn errors_stay_errors() {
    let server = MockServer::start().await;
    answer(
        &server,
        "POST",
        "/jobs",
        ResponseTemplate::new(409).set_body_string("busy"),
    )
    .await;
    let error = client(&server).start_job().send().await.unwrap_err();
    assert_eq!(error.as_api().map(|api| api.status.as_u16()), Some(409));
}

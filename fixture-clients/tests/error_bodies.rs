//! Error bodies over HTTP (`codegen/tests/fixtures/error_bodies/spec.yaml`): the
//! body of an API error is read by its status, the code's own first, then its
//! range's, then `default`'s; as an enum when the bodies differ, as the one
//! type when they share it; a body that does not fit is a decode error.

use fixture_clients::error_bodies::models::{
    GetThingDefaultBody, GetThingUnprocessableEntityBody,
    GetThingUnprocessableEntityBodyErrorsItem, Missing, Problem,
};
use fixture_clients::error_bodies::Client;
use fixture_clients::error_bodies::{GetThing, GetThingErrorBody, MakeThing};
use openapi_runtime::Error;
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).build().unwrap()
}

/// The error `getThing` fails with when the server answers `status` with `body`.
async fn get_thing_error(status: u16, body: Value) -> Error<GetThing> {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/things/t1"))
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .mount(&server)
        .await;
    client(&server).get_thing("t1").send().await.unwrap_err()
}

/// The error `makeThing` fails with when the server answers `status` with `body`.
async fn make_thing_error(status: u16, body: &str) -> Error<MakeThing> {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/things"))
        .respond_with(ResponseTemplate::new(status).set_body_string(body))
        .mount(&server)
        .await;
    client(&server).make_thing().send().await.unwrap_err()
}

#[tokio::test]
async fn each_status_with_a_body_is_its_variant() {
    let error = get_thing_error(404, json!({"resource": "thing", "id": "t1"})).await;
    assert_eq!(
        error.body().unwrap().unwrap(),
        GetThingErrorBody::NotFound(Missing {
            resource: "thing".to_owned(),
            id: "t1".to_owned()
        })
    );
    // The error is still the API error, with its raw body.
    assert_eq!(error.as_api().unwrap().status.as_u16(), 404);

    let body = json!({"errors": [{"field": "id", "rule": "too long"}]});
    let error = get_thing_error(422, body).await;
    assert_eq!(
        error.body().unwrap().unwrap(),
        GetThingErrorBody::UnprocessableEntity(GetThingUnprocessableEntityBody {
            errors: vec![GetThingUnprocessableEntityBodyErrorsItem {
                field: "id".to_owned(),
                rule: Some("too long".to_owned())
            }]
        })
    );
}

#[tokio::test]
async fn a_code_not_listed_is_read_by_its_range_and_else_by_default() {
    let error = get_thing_error(418, json!({"title": "a teapot", "status": 418})).await;
    assert_eq!(
        error.body().unwrap().unwrap(),
        GetThingErrorBody::ClientError(Problem {
            title: "a teapot".to_owned(),
            status: Some(418)
        })
    );

    let error = get_thing_error(500, json!({"message": "down"})).await;
    assert_eq!(
        error.body().unwrap().unwrap(),
        GetThingErrorBody::Default(GetThingDefaultBody {
            message: Some("down".to_owned())
        })
    );
}

#[tokio::test]
async fn a_status_the_spec_gives_no_body_has_none_to_read() {
    // 409 is listed without a body: it is not read as the `4XX` body.
    let error = get_thing_error(409, json!({"title": "busy"})).await;
    assert!(error.body().is_none());
    assert_eq!(error.as_api().unwrap().body, r#"{"title":"busy"}"#);

    // `default` has no body for `makeThing`.
    let error = make_thing_error(404, "{}").await;
    assert!(error.body().is_none());
}

#[tokio::test]
async fn errors_that_are_not_the_servers_answer_have_no_body() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/things/t1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"name": "no id"})))
        .mount(&server)
        .await;
    let error = client(&server).get_thing("t1").send().await.unwrap_err();
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
    assert!(error.body().is_none());
}

#[tokio::test]
async fn bodies_of_one_type_are_that_type_whatever_the_status() {
    for status in [400, 502] {
        let body = format!(r#"{{"title": "refused", "status": {status}}}"#);
        let error = make_thing_error(status, &body).await;
        assert_eq!(
            error.body().unwrap().unwrap(),
            Problem {
                title: "refused".to_owned(),
                status: Some(i32::from(status))
            }
        );
    }
}

#[tokio::test]
async fn a_body_that_does_not_fit_is_a_decode_error_naming_the_field() {
    let error = get_thing_error(422, json!({"errors": [{"rule": "too long"}]})).await;
    let decoded = error.body().unwrap().unwrap_err();
    let Error::Decode(decode) = &decoded else {
        panic!("{decoded:?}")
    };
    assert_eq!(decode.operation_id, "getThing");
    assert_eq!(decode.status.as_u16(), 422);
    assert_eq!(decode.path, "errors[0]");
    assert!(decode.message.contains("missing field `field`"), "{decode}");

    // A body that is not JSON at all, and an empty one.
    for body in ["<html>Bad Gateway</html>", ""] {
        let error = make_thing_error(502, body).await;
        let decoded = error.body().unwrap().unwrap_err();
        assert!(matches!(decoded, Error::Decode(_)), "{decoded:?}");
    }
}

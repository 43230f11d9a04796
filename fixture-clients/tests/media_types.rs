//! Media types over HTTP (`codegen/tests/fixtures/media_types/spec.yaml`): vendor
//! JSON, forms, multipart parts and files, bytes and text, each checked on the
//! wire (`Content-Type`, `Accept`, the body byte for byte) and decoded.

use std::collections::BTreeMap;

use fixture_clients::media_types::models::{
    LogInResponse, Thing, UploadRequestMeta, UploadResponse,
};
use fixture_clients::media_types::Client;
use fixture_clients::media_types::{ExportOutcome, LogInInput, PutBlobInput};
use openapi_runtime::{Error, File};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

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

async fn only_request(server: &MockServer) -> Request {
    let mut requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1);
    requests.pop().unwrap()
}

fn header<'a>(request: &'a Request, name: &str) -> &'a str {
    request
        .headers
        .get(name)
        .map(|v| v.to_str().unwrap())
        .unwrap_or_else(|| panic!("no {name} header"))
}

#[tokio::test]
async fn a_vendor_json_body_is_sent_as_its_type_and_a_vendor_json_response_decoded() {
    let server = MockServer::start().await;
    answer(
        &server,
        "PATCH",
        "/things/t1",
        ResponseTemplate::new(200).set_body_raw(
            r#"{"name": "new", "size": 3}"#,
            "application/vnd.example.thing+json",
        ),
    )
    .await;
    let thing = client(&server)
        .patch_thing("t1")
        .name("new")
        .send()
        .await
        .unwrap();
    assert_eq!(
        thing,
        Thing {
            name: Some("new".to_owned()),
            size: Some(3)
        }
    );
    let request = only_request(&server).await;
    assert_eq!(
        header(&request, "content-type"),
        "application/merge-patch+json"
    );
    assert_eq!(header(&request, "accept"), "application/json");
    assert_eq!(request.body, br#"{"name":"new"}"#);
}

#[tokio::test]
async fn a_form_body_is_url_encoded_with_arrays_repeated() {
    let server = MockServer::start().await;
    answer(
        &server,
        "POST",
        "/login",
        ResponseTemplate::new(200).set_body_json(json!({"token": "tk"})),
    )
    .await;
    let response = client(&server)
        .log_in(LogInInput {
            username: "ann@example.test",
            password: "p&ss w=rd",
        })
        .scope(vec!["read".to_owned(), "write".to_owned()])
        .remember(true)
        .send()
        .await
        .unwrap();
    assert_eq!(
        response,
        LogInResponse {
            token: Some("tk".to_owned())
        }
    );
    let request = only_request(&server).await;
    assert_eq!(
        header(&request, "content-type"),
        "application/x-www-form-urlencoded"
    );
    assert_eq!(
        String::from_utf8(request.body).unwrap(),
        "username=ann%40example.test&password=p%26ss+w%3Drd&scope=read&scope=write&remember=true"
    );
}

#[tokio::test]
async fn a_form_body_is_checked_before_sending() {
    let server = MockServer::start().await;
    let error = client(&server)
        .log_in(LogInInput {
            username: "ann",
            password: "abc",
        })
        .send()
        .await
        .unwrap_err();
    assert!(matches!(error, Error::InvalidInput { .. }), "{error:?}");
    assert!(server.received_requests().await.unwrap().is_empty());
}

/// The parts of a `multipart/form-data` body: each one's headers (lowercase
/// names) and contents.
fn parts(request: &Request) -> Vec<(BTreeMap<String, String>, Vec<u8>)> {
    let content_type = header(request, "content-type");
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .unwrap_or_else(|| panic!("{content_type}"));
    let delimiter = format!("--{boundary}");
    let body = &request.body;
    let mut starts: Vec<usize> = body
        .windows(delimiter.len())
        .enumerate()
        .filter(|(_, w)| *w == delimiter.as_bytes())
        .map(|(i, _)| i)
        .collect();
    let end = starts.pop().unwrap();
    assert_eq!(&body[end..], format!("{delimiter}--\r\n").as_bytes());
    starts
        .iter()
        .zip(starts.iter().skip(1).chain([&end]))
        .map(|(&start, &next)| {
            let part = &body[start + delimiter.len() + 2..next - 2];
            let split = part.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
            let headers = String::from_utf8(part[..split].to_vec())
                .unwrap()
                .lines()
                .map(|line| {
                    let (name, value) = line.split_once(": ").unwrap();
                    (name.to_lowercase(), value.to_owned())
                })
                .collect();
            (headers, part[split + 4..].to_vec())
        })
        .collect()
}

fn part_headers(disposition: &str, content_type: Option<&str>) -> BTreeMap<String, String> {
    let mut headers = BTreeMap::from([("content-disposition".to_owned(), disposition.to_owned())]);
    if let Some(content_type) = content_type {
        headers.insert("content-type".to_owned(), content_type.to_owned());
    }
    headers
}

#[tokio::test]
async fn a_multipart_body_sends_text_json_and_file_parts() {
    let server = MockServer::start().await;
    answer(
        &server,
        "POST",
        "/uploads",
        ResponseTemplate::new(201).set_body_json(json!({"id": "u1"})),
    )
    .await;
    let picture = File::new(b"\x89PNG\r\n\x00bytes".to_vec()).file_name("cat.png");
    let response = client(&server)
        .upload(picture)
        .thumbnails(vec![
            File::from(b"small"),
            File::from("tiny")
                .file_name("t.jpg")
                .content_type("image/jpeg"),
        ])
        .description("a cat")
        .tags(vec!["pets".to_owned(), "cute".to_owned()])
        .size(12)
        .meta(UploadRequestMeta {
            camera: Some("X100".to_owned()),
        })
        .send()
        .await
        .unwrap();
    assert_eq!(
        response,
        UploadResponse {
            id: Some("u1".to_owned())
        }
    );
    let request = only_request(&server).await;
    let disposition = |name: &str| format!("form-data; name=\"{name}\"");
    let file = |name: &str, file: &str| format!("form-data; name=\"{name}\"; filename=\"{file}\"");
    assert_eq!(
        parts(&request),
        [
            // The spec's `encoding` types the picture.
            (
                part_headers(&file("file", "cat.png"), Some("image/png")),
                b"\x89PNG\r\n\x00bytes".to_vec()
            ),
            // A file without a name is named after its part.
            (
                part_headers(
                    &file("thumbnails", "thumbnails"),
                    Some("application/octet-stream")
                ),
                b"small".to_vec()
            ),
            (
                part_headers(&file("thumbnails", "t.jpg"), Some("image/jpeg")),
                b"tiny".to_vec()
            ),
            (
                part_headers(&disposition("description"), None),
                b"a cat".to_vec()
            ),
            (part_headers(&disposition("tags"), None), b"pets".to_vec()),
            (part_headers(&disposition("tags"), None), b"cute".to_vec()),
            (part_headers(&disposition("size"), None), b"12".to_vec()),
            (
                part_headers(&disposition("meta"), Some("application/json")),
                br#"{"camera":"X100"}"#.to_vec()
            ),
        ]
    );
}

#[tokio::test]
async fn a_multipart_body_is_sent_again_whole_on_a_retry() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({})))
        .mount(&server)
        .await;
    let policy = openapi_runtime::RetryPolicy::default()
        .initial_backoff(std::time::Duration::from_millis(1));
    client(&server)
        .upload(File::from("abc"))
        .description("d")
        .retry(policy)
        .send()
        .await
        .unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert_eq!(parts(&requests[0]), parts(&requests[1]));
    assert_eq!(parts(&requests[1]).len(), 2);
}

#[tokio::test]
async fn bytes_go_and_come_as_they_are() {
    let bytes: Vec<u8> = (0..=255).collect();
    let server = MockServer::start().await;
    answer(&server, "PUT", "/blobs/b1", ResponseTemplate::new(204)).await;
    client(&server)
        .put_blob(PutBlobInput {
            id: "b1",
            body: bytes.clone(),
        })
        .send()
        .await
        .unwrap();
    let request = only_request(&server).await;
    assert_eq!(header(&request, "content-type"), "application/octet-stream");
    assert_eq!(request.body, bytes);

    let server = MockServer::start().await;
    answer(
        &server,
        "GET",
        "/blobs/b1",
        ResponseTemplate::new(200).set_body_raw(bytes.clone(), "application/octet-stream"),
    )
    .await;
    assert_eq!(client(&server).get_blob("b1").send().await.unwrap(), bytes);
    let request = only_request(&server).await;
    assert_eq!(header(&request, "accept"), "application/octet-stream");

    let server = MockServer::start().await;
    answer(
        &server,
        "GET",
        "/anything",
        ResponseTemplate::new(200).set_body_raw("<p>hi</p>", "text/html"),
    )
    .await;
    assert_eq!(
        client(&server).get_anything().send().await.unwrap(),
        b"<p>hi</p>"
    );
    assert_eq!(header(&only_request(&server).await, "accept"), "*/*");
}

#[tokio::test]
async fn json_is_preferred_when_offered_and_text_read_as_a_string() {
    let server = MockServer::start().await;
    answer(
        &server,
        "POST",
        "/notes",
        ResponseTemplate::new(200).set_body_raw("noted: hello ✓", "text/plain"),
    )
    .await;
    let note = client(&server)
        .add_note()
        .text("hello")
        .send()
        .await
        .unwrap();
    assert_eq!(note, "noted: hello ✓");
    let request = only_request(&server).await;
    assert_eq!(header(&request, "content-type"), "application/json");
    assert_eq!(header(&request, "accept"), "text/plain");
    assert_eq!(request.body, br#"{"text":"hello"}"#);
}

#[tokio::test]
async fn a_text_body_goes_as_its_type_and_is_optional() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/echo"))
        .respond_with(|request: &Request| {
            ResponseTemplate::new(200).set_body_raw(request.body.clone(), "text/plain")
        })
        .mount(&server)
        .await;
    let echo = client(&server)
        .echo()
        .body("line 1\nline 2")
        .send()
        .await
        .unwrap();
    assert_eq!(echo, "line 1\nline 2");
    assert_eq!(client(&server).echo().send().await.unwrap(), "");
    let requests = server.received_requests().await.unwrap();
    assert_eq!(
        header(&requests[0], "content-type"),
        "text/plain; charset=utf-8"
    );
    assert!(requests[1].headers.get("content-type").is_none());
}

#[tokio::test]
async fn text_that_is_not_utf8_is_a_decode_error() {
    let server = MockServer::start().await;
    answer(
        &server,
        "POST",
        "/echo",
        ResponseTemplate::new(200).set_body_raw(vec![0xff, 0xfe], "text/plain"),
    )
    .await;
    let error = client(&server).echo().send().await.unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("{error:?}")
    };
    assert!(decode.message.contains("UTF-8"), "{}", decode.message);
}

#[tokio::test]
async fn outcomes_read_each_status_in_its_media_type() {
    let server = MockServer::start().await;
    answer(
        &server,
        "GET",
        "/export",
        ResponseTemplate::new(200).set_body_raw("a,b\n1,2\n", "text/csv"),
    )
    .await;
    assert_eq!(
        client(&server).export().send().await.unwrap(),
        ExportOutcome::Ok("a,b\n1,2\n".to_owned())
    );
    assert_eq!(
        header(&only_request(&server).await, "accept"),
        "text/csv, application/json"
    );

    let server = MockServer::start().await;
    answer(
        &server,
        "GET",
        "/export",
        ResponseTemplate::new(202).set_body_json(json!({"ticket": "t"})),
    )
    .await;
    let ExportOutcome::Accepted(later) = client(&server).export().send().await.unwrap() else {
        panic!("not accepted")
    };
    assert_eq!(later.ticket.as_deref(), Some("t"));
}

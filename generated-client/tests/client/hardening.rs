//! The client against servers that misbehave: redirects to other origins,
//! oversized and compressed bodies, sloppy error bodies and token responses,
//! list items missing fields, and inputs DingTalk requires non-empty.

use crate::common;

use dingtalk::{drive_1_0, oauth2_1_0, storage_1_0};
use std::io::Write;
use std::time::Duration;

use common::logs::Captured;
use common::*;
use dingtalk::drive_1_0::DriveSpaceType;
use dingtalk::{Credentials, Error, RetryPolicy};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wiremock::matchers::{any, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

// ---- redirects -----------------------------------------------------------------------------------

/// A server that answers everything with `status` pointing at the same path on `target`.
async fn redirecting_to(target: &MockServer, status: u16) -> MockServer {
    let server = MockServer::start().await;
    let location = format!("{}/v1.0/oauth2/accessToken", target.uri());
    Mock::given(any())
        .respond_with(ResponseTemplate::new(status).insert_header("location", location.as_str()))
        .mount(&server)
        .await;
    server
}

fn assert_redirect(error: impl Into<Error>, operation: &str, status: u16, target: &MockServer) {
    let error: Error = error.into();
    match &error {
        Error::Redirect {
            operation_id,
            status: got,
            location,
        } => {
            assert_eq!(*operation_id, operation);
            assert_eq!(got.as_u16(), status);
            assert!(
                location.as_deref().unwrap().starts_with(&target.uri()),
                "{location:?}"
            );
        }
        other => panic!("HTTP {status}: expected a redirect error, got {other:?}"),
    }
    assert!(error.to_string().contains("not followed"), "{error}");
}

#[tokio::test]
async fn no_credential_follows_a_redirect_to_another_origin() {
    let elsewhere = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"accessToken": "stolen", "expireIn": 7200, "space": {}})),
        )
        .mount(&elsewhere)
        .await;
    for status in [301, 302, 303, 307, 308] {
        let origin = redirecting_to(&elsewhere, status).await;
        // The client's own HTTP client, and one built from a builder that asks to follow redirects.
        let following = || {
            dingtalk::reqwest::Client::builder()
                .redirect(dingtalk::reqwest::redirect::Policy::limited(10))
        };
        for http in [None, Some(following)] {
            let builder = || {
                let builder = dingtalk::Client::builder()
                    .base_url(origin.uri())
                    .retry(RetryPolicy::none());
                match http {
                    Some(http) => builder.http_client(http()),
                    None => builder,
                }
            };
            // An API call carrying a token.
            let client = builder().access_token(TOKEN).build().unwrap();
            let error = client
                .storage_1_0()
                .get_space(storage_1_0::GetSpaceInput {
                    space_id: "s",
                    union_id: "u",
                })
                .send()
                .await
                .unwrap_err();
            assert_redirect(error, "storage_GetSpace", status, &elsewhere);
            // A token call carrying the app secret in its body.
            let client = builder()
                .credentials(Credentials::app(dingtalk::AppCredentials {
                    app_key: "app-key",
                    app_secret: "app-secret-value",
                }))
                .build()
                .unwrap();
            let error = client
                .storage_1_0()
                .get_space(storage_1_0::GetSpaceInput {
                    space_id: "s",
                    union_id: "u",
                })
                .send()
                .await
                .unwrap_err();
            assert_redirect(error, "oauth2_GetAccessToken", status, &elsewhere);
        }
        assert_eq!(origin.received_requests().await.unwrap().len(), 4);
    }
    let leaked = elsewhere.received_requests().await.unwrap();
    assert!(
        leaked.is_empty(),
        "{} requests reached the other origin, e.g. headers {:?}, body {:?}",
        leaked.len(),
        leaked.first().map(|r| &r.headers),
        leaked.first().map(|r| String::from_utf8_lossy(&r.body)),
    );
}

// ---- response size ------------------------------------------------------------------------------

/// A `GetSpace` answer whose body is `size` bytes or a little more.
fn space_of_size(size: usize) -> serde_json::Value {
    json!({"space": {"name": "x".repeat(size)}})
}

fn assert_too_large(error: impl Into<Error>, limit: u64) {
    let error: Error = error.into();
    match &error {
        Error::ResponseTooLarge { limit: got, .. } => assert_eq!(*got, limit),
        other => panic!("expected ResponseTooLarge, got {other:?}"),
    }
    let message = error.to_string();
    assert!(
        message.contains(&limit.to_string()) && message.contains("max_response_size"),
        "the message says the limit and how to raise it: {message}"
    );
}

#[tokio::test]
async fn a_body_over_the_limit_fails_and_the_limit_can_be_raised_per_call() {
    let server = server(ResponseTemplate::new(200).set_body_json(space_of_size(5 << 20))).await;
    let client = client(&server);
    let error = client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .send()
        .await
        .unwrap_err();
    assert_too_large(error, dingtalk::DEFAULT_MAX_RESPONSE_SIZE);
    let space = client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .max_response_size(8 << 20)
        .send()
        .await
        .unwrap();
    assert_eq!(space.space.unwrap().name.unwrap().len(), 5 << 20);

    let small = dingtalk::Client::builder()
        .base_url(server.uri())
        .access_token(TOKEN)
        .max_response_size(1024)
        .build()
        .unwrap();
    let error = small
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .send()
        .await
        .unwrap_err();
    assert_too_large(error, 1024);
}

#[tokio::test]
async fn error_bodies_are_limited_too() {
    let body = json!({"code": "x".repeat(4096), "message": "m"});
    let server = server(ResponseTemplate::new(500).set_body_json(body)).await;
    let client = dingtalk::Client::builder()
        .base_url(server.uri())
        .access_token(TOKEN)
        .retry(RetryPolicy::none())
        .max_response_size(1024)
        .build()
        .unwrap();
    let error = client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .send()
        .await
        .unwrap_err();
    assert_too_large(error, 1024);
}

/// A raw server whose one response starts with `head` and then streams body
/// bytes for as long as the client reads them. It reports how many body bytes
/// it wrote before the client closed the connection.
async fn endless_body(head: &'static str) -> (String, tokio::sync::oneshot::Receiver<usize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (report, written) = tokio::sync::oneshot::channel();
    tokio::spawn(async move {
        let (mut stream, _) = listener.accept().await.unwrap();
        let mut request = vec![0; 8192];
        let _ = stream.read(&mut request).await;
        stream.write_all(head.as_bytes()).await.unwrap();
        let chunk = format!("{:x}\r\n{}\r\n", 64 * 1024, "x".repeat(64 * 1024));
        let mut total = 0;
        // Bounded: 1 GiB at most, far more than any limit in these tests.
        while total < (1 << 30) && stream.write_all(chunk.as_bytes()).await.is_ok() {
            total += 64 * 1024;
        }
        let _ = report.send(total);
    });
    (format!("http://{address}"), written)
}

#[tokio::test]
async fn the_limit_is_enforced_while_streaming_and_the_connection_is_dropped() {
    let (base_url, written) = endless_body(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n",
    )
    .await;
    let client = dingtalk::Client::builder()
        .base_url(base_url)
        .access_token(TOKEN)
        .max_response_size(1 << 20)
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap();
    let error = client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .send()
        .await
        .unwrap_err();
    assert_too_large(error, 1 << 20);
    let written = tokio::time::timeout(Duration::from_secs(30), written)
        .await
        .expect("the client closes the connection instead of draining the body")
        .unwrap();
    assert!(
        written < 64 << 20,
        "the server wrote {written} bytes before the connection closed"
    );
}

#[tokio::test]
async fn a_declared_length_over_the_limit_fails_before_reading() {
    // The body never arrives: only the declared length can fail the call in time.
    let (base_url, _written) = endless_body(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000000000\r\n\r\n",
    )
    .await;
    let client = dingtalk::Client::builder()
        .base_url(base_url)
        .access_token(TOKEN)
        .max_response_size(1 << 20)
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap();
    let error = client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .send()
        .await
        .unwrap_err();
    assert_too_large(error, 1 << 20);
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

fn deflate(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
    encoder.write_all(bytes).unwrap();
    drop(encoder);
    out
}

fn compressed(encoding: &str, body: &serde_json::Value) -> ResponseTemplate {
    let bytes = serde_json::to_vec(body).unwrap();
    let encoded = match encoding {
        "gzip" => gzip(&bytes),
        "deflate" => deflate(&bytes),
        "br" => brotli(&bytes),
        other => panic!("no encoder for {other}"),
    };
    ResponseTemplate::new(200)
        .insert_header("content-encoding", encoding)
        .insert_header("content-type", "application/json")
        .set_body_raw(encoded, "application/json")
}

#[tokio::test]
async fn compressed_bodies_are_decoded_and_limited_by_their_decompressed_size() {
    for encoding in ["gzip", "deflate", "br"] {
        let plain = server(compressed(encoding, &json!({"space": {"id": "s-1"}}))).await;
        let space = client(&plain)
            .storage_1_0()
            .get_space(storage_1_0::GetSpaceInput {
                space_id: "s",
                union_id: "u",
            })
            .send()
            .await
            .unwrap_or_else(|e| panic!("{encoding}: {e}"));
        assert_eq!(
            space.space.unwrap().id.as_deref(),
            Some("s-1"),
            "{encoding}"
        );
        let request = only_request(&plain).await;
        assert!(
            header(&request, "accept-encoding").is_some_and(|v| v.contains(encoding)),
            "{encoding} is offered"
        );

        // 8 MiB that compresses to a few KiB: the limit counts what it expands to.
        let bomb = server(compressed(encoding, &space_of_size(8 << 20))).await;
        let error = client(&bomb)
            .storage_1_0()
            .get_space(storage_1_0::GetSpaceInput {
                space_id: "s",
                union_id: "u",
            })
            .send()
            .await
            .unwrap_err();
        assert_too_large(error, dingtalk::DEFAULT_MAX_RESPONSE_SIZE);
    }
}

// ---- sloppy error bodies and token responses -----------------------------------------------------

#[tokio::test]
async fn error_bodies_are_read_whatever_the_casing_of_their_names() {
    let bodies = [
        json!({"Code": "spaceNotExist", "Message": "no such space", "RequestId": "body-id"}),
        json!({"code": "spaceNotExist", "message": "no such space", "requestId": "body-id"}),
        json!({"code": "spaceNotExist", "message": "no such space", "requestid": "body-id"}),
    ];
    for body in bodies {
        let server = server(
            ResponseTemplate::new(404)
                .set_body_json(&body)
                .insert_header("x-acs-request-id", "header-id"),
        )
        .await;
        let error = client(&server)
            .storage_1_0()
            .get_space(storage_1_0::GetSpaceInput {
                space_id: "s",
                union_id: "u",
            })
            .send()
            .await
            .unwrap_err();
        let api = error.as_api().unwrap_or_else(|| panic!("{error:?}"));
        assert_eq!(api.code.as_deref(), Some("spaceNotExist"), "{body}");
        assert_eq!(api.message.as_deref(), Some("no such space"), "{body}");
        assert_eq!(api.request_id.as_deref(), Some("header-id"), "{body}");
        assert_eq!(api.body_request_id.as_deref(), Some("body-id"), "{body}");
    }
    // Without the header, the body's id is the request id.
    let server = server(
        ResponseTemplate::new(404).set_body_json(json!({"Code": "x", "RequestId": "body-id"})),
    )
    .await;
    let error = client(&server)
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.request_id(), Some("body-id"));
}

#[tokio::test]
async fn a_token_response_without_expire_in_gets_the_documented_lifetime() {
    let captured = Captured::default();
    let subscriber = captured.subscriber(tracing::Level::DEBUG);
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = MockServer::start().await;
    Mock::given(path("/v1.0/oauth2/accessToken"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"accessToken": "t-1"})))
        .mount(&server)
        .await;
    Mock::given(path("/v1.0/storage/spaces/s"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"space": {}})))
        .mount(&server)
        .await;
    let client = dingtalk::Client::builder()
        .base_url(server.uri())
        .credentials(Credentials::app(dingtalk::AppCredentials {
            app_key: "k",
            app_secret: "s",
        }))
        .build()
        .unwrap();
    for _ in 0..3 {
        client
            .storage_1_0()
            .get_space(storage_1_0::GetSpaceInput {
                space_id: "s",
                union_id: "u",
            })
            .send()
            .await
            .unwrap();
    }
    let requests = server.received_requests().await.unwrap();
    let token_requests = requests
        .iter()
        .filter(|r| r.url.path() == "/v1.0/oauth2/accessToken")
        .count();
    assert_eq!(
        token_requests, 1,
        "the token is cached for its assumed lifetime"
    );
    assert!(requests
        .iter()
        .filter(|r| r.url.path() == "/v1.0/storage/spaces/s")
        .all(|r| header(r, "x-acs-dingtalk-access-token") == Some("t-1")));
    let logs = captured.text();
    assert!(
        logs.contains("no expireIn") && logs.contains("assumed_expire_in=7200"),
        "{logs}"
    );
}

#[tokio::test]
async fn list_items_missing_fields_or_sending_null_decode_as_none() {
    let page = json!({
        "spaces": [
            {"spaceName": "only a name"},
            {"spaceId": null, "spaceType": null, "usedQuota": null, "spaceName": null},
            {"spaceId": "3", "spaceType": "org", "usedQuota": 1},
        ],
        "nextToken": null,
    });
    let full = server(ResponseTemplate::new(200).set_body_json(page)).await;
    let page = client(&full)
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: "u",
            space_type: DriveSpaceType::Org,
            max_results: 50,
        })
        .send()
        .await
        .unwrap();
    let spaces = page.spaces.unwrap();
    assert_eq!(spaces.len(), 3);
    assert_eq!(spaces[0].space_name.as_deref(), Some("only a name"));
    assert_eq!(spaces[0].space_id, None);
    assert_eq!(spaces[1].used_quota, None);
    assert_eq!(spaces[2].space_type, Some(DriveSpaceType::Org));

    // A page without `spaces` is an empty page.
    let empty = server(ResponseTemplate::new(200).set_body_json(json!({}))).await;
    use futures_util::TryStreamExt;
    let items: Vec<_> = client(&empty)
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: "u",
            space_type: DriveSpaceType::Org,
            max_results: 50,
        })
        .items()
        .try_collect()
        .await
        .unwrap();
    assert!(items.is_empty());
}

// ---- inputs DingTalk requires non-empty ----------------------------------------------------------

#[tokio::test]
async fn empty_ids_are_refused_before_sending() {
    let server = server(ResponseTemplate::new(200).set_body_json(json!({}))).await;
    let client = client(&server);
    let refused: [Result<(), Error>; 5] = [
        client
            .drive_1_0()
            .list_spaces(drive_1_0::ListSpacesInput {
                union_id: "",
                space_type: DriveSpaceType::Org,
                max_results: 50,
            })
            .send()
            .await
            .map(drop)
            .map_err(Error::from),
        client
            .storage_1_0()
            .get_space(storage_1_0::GetSpaceInput {
                space_id: "s",
                union_id: "",
            })
            .send()
            .await
            .map(drop)
            .map_err(Error::from),
        client
            .storage_1_0()
            .add_space("")
            .send()
            .await
            .map(drop)
            .map_err(Error::from),
        client
            .drive_1_0()
            .add_space(drive_1_0::AddSpaceInput {
                name: "name",
                union_id: "",
            })
            .send()
            .await
            .map(drop)
            .map_err(Error::from),
        client
            .oauth2_1_0()
            .get_access_token(oauth2_1_0::GetAccessTokenInput {
                app_key: "",
                app_secret: "secret",
            })
            .send()
            .await
            .map(drop)
            .map_err(Error::from),
    ];
    for (result, field) in refused
        .into_iter()
        .zip(["unionId", "unionId", "unionId", "unionId", "appKey"])
    {
        match result {
            Err(Error::InvalidInput {
                field: got, rule, ..
            }) => {
                assert_eq!(got, field);
                assert!(rule.contains("at least 1"), "{rule}");
            }
            other => panic!("{field}: expected InvalidInput, got {other:?}"),
        }
    }
    assert!(server.received_requests().await.unwrap().is_empty());
}

//! A client generated from a spec unlike DingTalk's in every convention
//! (`codegen/tests/fixtures/notes/spec.yaml`: bearer tokens, a nested error body
//! under `default`, `X-Request-Id`, a cursor inside a nested object), in a
//! crate that depends on the runtime alone, called over HTTP.

use fixture_clients::notes::{CreateNoteInput, DeleteNoteInput};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use fixture_clients::notes::{models::NewNote, Client};
use futures_util::future::BoxFuture;
use futures_util::TryStreamExt;
use openapi_runtime::{Error, ResolveToken, RetryPolicy, Token};
use serde_json::json;
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .access_token("t-1")
        .retry(
            RetryPolicy::default()
                .initial_backoff(Duration::from_millis(1))
                .max_backoff(Duration::from_millis(2)),
        )
        .build()
        .unwrap()
}

#[tokio::test]
async fn pages_follow_a_cursor_inside_a_nested_object_with_a_bearer_token() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/notebooks/nb%201/notes"))
        .and(header("authorization", "Bearer t-1"))
        .and(query_param_is_missing("after"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": [{"id": "1", "title": "a"}, {"id": "2", "title": "b"}],
            "meta": {"nextCursor": "c2"}
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/notebooks/nb%201/notes"))
        .and(query_param("after", "c2"))
        .and(query_param("pageSize", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": [{"id": "3", "title": "c", "createdAt": "2024-05-01T08:00:00Z"}],
            "meta": {"nextCursor": null}
        })))
        .expect(1)
        .mount(&server)
        .await;
    let ids: Vec<String> = client(&server)
        .list_notes("nb 1")
        .page_size(2)
        .items()
        .map_ok(|note| note.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, ["1", "2", "3"]);
}

#[tokio::test]
async fn errors_of_another_shape_give_their_code_message_and_both_request_ids() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("X-Request-Id", "rq-1")
                .set_body_json(json!({
                    "error": {"code": "not_found", "message": "no such note"},
                    "traceId": "tr-1"
                })),
        )
        .mount(&server)
        .await;
    let error = client(&server)
        .delete_note(DeleteNoteInput {
            notebook_id: "nb",
            note_id: "n",
        })
        .send()
        .await
        .unwrap_err();
    let api = error.as_api().unwrap_or_else(|| panic!("{error:?}"));
    assert_eq!(api.status.as_u16(), 404);
    assert_eq!(api.code.as_deref(), Some("not_found"));
    assert_eq!(api.message.as_deref(), Some("no such note"));
    assert_eq!(api.request_id.as_deref(), Some("rq-1"));
    assert_eq!(api.body_request_id.as_deref(), Some("tr-1"));
}

#[tokio::test]
async fn the_specs_retryable_codes_are_retried_and_no_content_is_success() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .respond_with(
            ResponseTemplate::new(400)
                .set_body_json(json!({"error": {"code": "rate_limited", "message": "slow down"}})),
        )
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/notebooks/nb/notes/n"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    client(&server)
        .delete_note(DeleteNoteInput {
            notebook_id: "nb",
            note_id: "n",
        })
        .send()
        .await
        .unwrap();
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

/// A token source of the application's own: numbered tokens valid for an hour.
#[derive(Debug, Default)]
struct Numbered(AtomicUsize);

impl ResolveToken for Numbered {
    fn resolve<'a>(
        &'a self,
        _client: &'a openapi_runtime::Client,
    ) -> BoxFuture<'a, Result<Token, Error>> {
        Box::pin(async move {
            let n = self.0.fetch_add(1, Ordering::SeqCst) + 1;
            Ok(Token {
                value: format!("t-{n}"),
                expires_in: Some(Duration::from_secs(3600)),
            })
        })
    }
}

#[tokio::test]
async fn a_token_source_of_the_applications_own_is_cached_and_renewed_when_rejected() {
    let server = MockServer::start().await;
    Mock::given(header("authorization", "Bearer t-1"))
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"error": {"code": "token_expired", "message": "expired"}})),
        )
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/notebooks/nb/notes"))
        .and(header("authorization", "Bearer t-2"))
        .respond_with(
            ResponseTemplate::new(201).set_body_json(json!({"id": "9", "title": "Groceries"})),
        )
        .mount(&server)
        .await;
    let source = Arc::new(Numbered::default());
    let client = Client::builder()
        .base_url(server.uri())
        .credentials(source.clone())
        .build()
        .unwrap();
    for _ in 0..3 {
        let note = client
            .create_note(CreateNoteInput {
                notebook_id: "nb",
                title: "Groceries",
            })
            .send()
            .await
            .unwrap();
        assert_eq!(note.id, "9");
    }
    assert_eq!(
        source.0.load(Ordering::SeqCst),
        2,
        "one token, rejected, then one renewal reused"
    );
    let sent = server.received_requests().await.unwrap();
    assert_eq!(sent.len(), 4);
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&sent[3].body).unwrap(),
        json!({"title": "Groceries"})
    );
}

#[tokio::test]
async fn inputs_are_checked_before_sending() {
    let server = MockServer::start().await;
    let error = client(&server)
        .create_note(CreateNoteInput {
            notebook_id: "nb",
            title: "",
        })
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::InvalidInput { field, .. } if field == "title"),
        "{error:?}"
    );
    let note = NewNote {
        title: "t".repeat(81),
        body: None,
    };
    let error = client(&server)
        .create_note(CreateNoteInput {
            notebook_id: "nb",
            title: &note.title,
        })
        .send()
        .await
        .unwrap_err();
    assert!(error.to_string().contains("at most 80"), "{error}");
    assert!(server.received_requests().await.unwrap().is_empty());
}

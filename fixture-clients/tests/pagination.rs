//! Pagination over HTTP (`codegen/tests/fixtures/pagination/spec.yaml`): streams
//! that follow an `x-pagination` query cursor until it is null, empty or missing.

use fixture_clients::pagination::models::ListPetsResponse;
use fixture_clients::pagination::Client;
use futures_util::TryStreamExt;
use serde_json::json;
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).build().unwrap()
}

async fn page(server: &MockServer, cursor: Option<&str>, body: serde_json::Value) {
    let mock = Mock::given(method("GET")).and(path("/pets"));
    let mock = match cursor {
        Some(cursor) => mock.and(query_param("cursor", cursor)),
        None => mock.and(query_param_is_missing("cursor")),
    };
    mock.respond_with(ResponseTemplate::new(200).set_body_json(body))
        .expect(1)
        .mount(server)
        .await;
}

#[tokio::test]
async fn pages_end_on_a_null_cursor() {
    let server = MockServer::start().await;
    page(&server, None, json!({"items": [{"id": 1}], "next": "c2"})).await;
    page(
        &server,
        Some("c2"),
        json!({"items": [{"id": 2}, {"id": 3}], "next": null}),
    )
    .await;
    let ids: Vec<i64> = client(&server)
        .list_pets()
        .limit(2)
        .items()
        .map_ok(|pet| pet.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [1, 2, 3]);
    // Every page's request keeps the other inputs.
    for request in server.received_requests().await.unwrap() {
        assert!(
            request
                .url
                .query_pairs()
                .any(|(k, v)| k == "limit" && v == "2"),
            "{}",
            request.url
        );
    }
}

#[tokio::test]
async fn a_null_cursor_reads_as_none() {
    let server = MockServer::start().await;
    page(&server, None, json!({"items": [{"id": 1}], "next": null})).await;
    let page = client(&server).list_pets().send().await.unwrap();
    assert_eq!(page.next, None);
    assert_eq!(page.items.unwrap()[0].id, 1);
}

#[tokio::test]
async fn pages_end_on_an_empty_or_missing_cursor() {
    for last in [json!({"items": [], "next": ""}), json!({})] {
        let server = MockServer::start().await;
        page(&server, None, json!({"items": [{"id": 1}], "next": "c2"})).await;
        page(&server, Some("c2"), last).await;
        let pages: Vec<ListPetsResponse> = client(&server)
            .list_pets()
            .pages()
            .try_collect()
            .await
            .unwrap();
        assert_eq!(pages.len(), 2);
    }
}

#[tokio::test]
async fn streams_start_from_a_given_cursor() {
    let server = MockServer::start().await;
    page(&server, Some("c5"), json!({"items": [{"id": 5}]})).await;
    let ids: Vec<i64> = client(&server)
        .list_pets()
        .cursor("c5")
        .items()
        .map_ok(|pet| pet.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [5]);
}

#[tokio::test]
async fn a_failing_page_ends_the_stream_with_its_error() {
    let server = MockServer::start().await;
    page(&server, None, json!({"items": [{"id": 1}], "next": "c2"})).await;
    Mock::given(query_param("cursor", "c2"))
        .respond_with(ResponseTemplate::new(404))
        .expect(1)
        .mount(&server)
        .await;
    let mut items = client(&server).list_pets().items();
    assert_eq!(items.try_next().await.unwrap().unwrap().id, 1);
    let error = items.try_next().await.unwrap_err();
    assert_eq!(error.as_api().map(|api| api.status.as_u16()), Some(404));
    assert!(items.try_next().await.unwrap().is_none());
}

#[tokio::test]
async fn a_cursor_handed_back_unchanged_ends_the_pages() {
    let server = MockServer::start().await;
    page(&server, None, json!({"items": [{"id": 1}], "next": "c2"})).await;
    // A server that answers the last page with the cursor it was asked with.
    page(
        &server,
        Some("c2"),
        json!({"items": [{"id": 2}], "next": "c2"}),
    )
    .await;
    let ids: Vec<i64> = client(&server)
        .list_pets()
        .items()
        .map_ok(|pet| pet.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [1, 2]);
}

async fn visits(server: &MockServer, offset: &str, body: serde_json::Value) {
    Mock::given(method("GET"))
        .and(path("/visits"))
        .and(query_param("offset", offset))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .expect(1)
        .mount(server)
        .await;
}

#[tokio::test]
async fn items_inside_the_response_are_followed_until_has_more_is_false() {
    let server = MockServer::start().await;
    visits(
        &server,
        "0",
        json!({"result": {"list": [{"id": 1}, {"id": 2}], "nextOffset": 2, "hasMore": true}}),
    )
    .await;
    // The last page still carries a next offset: `hasMore` says it is the last.
    visits(
        &server,
        "2",
        json!({"result": {"list": [{"id": 3}], "nextOffset": 3, "hasMore": false}}),
    )
    .await;
    let ids: Vec<i64> = client(&server)
        .list_visits(0)
        .items()
        .map_ok(|visit| visit.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [1, 2, 3]);
}

#[tokio::test]
async fn a_page_without_has_more_goes_on_by_its_cursor_and_one_without_result_ends() {
    let server = MockServer::start().await;
    visits(
        &server,
        "0",
        json!({"result": {"list": [{"id": 1}], "nextOffset": 1}}),
    )
    .await;
    visits(&server, "1", json!({})).await;
    let ids: Vec<i64> = client(&server)
        .list_visits(0)
        .items()
        .map_ok(|visit| visit.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [1]);
}

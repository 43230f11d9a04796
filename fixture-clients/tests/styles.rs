//! Styles over HTTP (`codegen/tests/fixtures/styles/spec.yaml`): arrays and objects
//! in the query, the path and headers, written as each `style` and `explode`
//! says, checked on the raw URL.

use std::collections::BTreeMap;

use fixture_clients::styles::models::{Filter, Kind, Point, SearchPage};
use fixture_clients::styles::Client;
use fixture_clients::styles::GetPointsInput;
use openapi_runtime::Error;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

async fn server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    server
}

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).build().unwrap()
}

async fn only_request(server: &MockServer) -> Request {
    let mut requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1);
    requests.pop().unwrap()
}

#[tokio::test]
async fn every_query_style_as_written_on_the_wire() {
    let server = server().await;
    client(&server)
        .search()
        .tag(vec!["a b".to_owned(), "c&d".to_owned()])
        .id(vec![1, 2, 3])
        .word(vec!["x".to_owned(), "y".to_owned()])
        .kind(vec![Kind::Cat, Kind::Dog])
        .filter(Filter {
            name: Some("Rex, Jr.".to_owned()),
            min_age: Some(2),
            alive: None,
        })
        .page(SearchPage {
            offset: Some(20),
            limit: Some(10),
        })
        .color(BTreeMap::from([
            ("R".to_owned(), 100),
            ("G".to_owned(), 200),
        ]))
        .send()
        .await
        .unwrap();
    let request = only_request(&server).await;
    assert_eq!(
        request.url.query(),
        Some(
            "tag=a+b&tag=c%26d\
             &id=1,2,3\
             &word=x%20y\
             &kind=cat|dog\
             &filter[name]=Rex%2C+Jr.&filter[minAge]=2\
             &offset=20&limit=10\
             &color=G,200,R,100"
        )
    );
}

#[tokio::test]
async fn headers_are_simple_and_unset_inputs_are_not_sent() {
    let server = server().await;
    client(&server)
        .search()
        .x_tags(vec!["a".to_owned(), "b".to_owned()])
        .x_meta(BTreeMap::from([
            ("k".to_owned(), "v".to_owned()),
            ("n".to_owned(), "1".to_owned()),
        ]))
        .send()
        .await
        .unwrap();
    let request = only_request(&server).await;
    assert_eq!(request.url.query(), None);
    assert_eq!(request.headers["x-tags"], "a,b");
    assert_eq!(request.headers["x-meta"], "k=v,n=1");
}

#[tokio::test]
async fn an_empty_array_exploded_sends_nothing() {
    let server = server().await;
    client(&server)
        .search()
        .tag(Vec::new())
        .id(Vec::new())
        .send()
        .await
        .unwrap();
    assert_eq!(only_request(&server).await.url.query(), Some("id="));
}

#[tokio::test]
async fn every_path_style_encodes_values_and_keeps_separators() {
    let server = server().await;
    client(&server)
        .get_points(GetPointsInput {
            ids: vec!["a/b".to_owned(), "c d".to_owned()],
            at: vec![3, 4],
            r#where: Point { x: 1.5, y: -2.0 },
        })
        .send()
        .await
        .unwrap();
    assert_eq!(
        only_request(&server).await.url.path(),
        "/points/a%2Fb,c%20d/.3.4/;where=x,1.5,y,-2.0"
    );
}

#[tokio::test]
async fn path_rules_are_checked_before_sending() {
    let server = server().await;
    let error = client(&server)
        .get_points(GetPointsInput {
            ids: Vec::new(),
            at: vec![1],
            r#where: Point { x: 0.0, y: 0.0 },
        })
        .send()
        .await
        .unwrap_err();
    assert!(matches!(error, Error::InvalidInput { .. }), "{error:?}");
    assert!(server.received_requests().await.unwrap().is_empty());
}

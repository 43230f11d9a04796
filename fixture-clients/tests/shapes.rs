//! The shapes real specs take, read as meant (`codegen/tests/fixtures/shapes/spec.yaml`):
//! recursive models, `anyOf`, `allOf` with other properties in a map, odd enum
//! values, an operation without an id, server variables, an optional token, a
//! token in the query, a JSON-encoded query array and a cursor in the body.

use std::collections::BTreeMap;

use fixture_clients::shapes::models::{
    Expr, Labels, Node, NodeKind, SearchTreesRequestOption, Sum,
};
use fixture_clients::shapes::{self as operations, Client};
use futures_util::TryStreamExt;
use serde_json::json;
use wiremock::matchers::{body_json, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer, token: Option<&str>) -> Client {
    let builder = Client::builder().base_url(server.uri());
    match token {
        Some(token) => builder.access_token(token),
        None => builder,
    }
    .build()
    .unwrap()
}

#[test]
fn server_variables_take_their_defaults() {
    assert_eq!(operations::SERVERS, ["https://eu.shapes.example.test/v1"]);
}

#[test]
fn recursive_models_and_any_of_round_trip() {
    let tree = json!({
        "name": "root",
        "next": {"name": "sibling", "kind": "other"},
        "owner": {"favourite": {"name": "fav", "kind": "+"}},
        "children": [{"name": "leaf", "kind": "leaf"}],
        "kind": "mystery"
    });
    let node: Node = serde_json::from_value(tree.clone()).unwrap();
    assert_eq!(node.next.as_ref().unwrap().kind, Some(NodeKind::OtherValue));
    let favourite = &node.owner.as_ref().unwrap().favourite.as_ref().unwrap();
    assert_eq!(favourite.kind, Some(NodeKind::Plus));
    assert_eq!(node.kind, Some(NodeKind::Other("mystery".into())));
    assert_eq!(serde_json::to_value(&node).unwrap(), tree);

    let expr: Expr =
        serde_json::from_value(json!({"left": "a", "right": {"left": "b", "right": "c"}})).unwrap();
    let Expr::Sum(sum) = expr else {
        panic!("a sum")
    };
    assert_eq!(*sum.left, Expr::Literal("a".into()));
    assert!(matches!(*sum.right, Expr::Sum(_)));
}

#[tokio::test]
async fn an_operation_without_an_id_with_an_optional_token_and_a_json_query() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/trees/t%201"))
        .and(query_param("ids", r#"["a","b"]"#))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"name": "t"})))
        .mount(&server)
        .await;
    for token in [None, Some("k")] {
        let node = client(&server, token)
            .get_trees_by_tree_id("t 1")
            .ids(vec!["a".into(), "b".into()])
            .send()
            .await
            .unwrap();
        assert_eq!(node.name.as_deref(), Some("t"));
    }
    let sent = server.received_requests().await.unwrap();
    let keys: Vec<Option<&str>> = sent
        .iter()
        .map(|r| r.headers.get("x-key").map(|v| v.to_str().unwrap()))
        .collect();
    assert_eq!(
        keys,
        [None, Some("k")],
        "the token is sent only when there is one"
    );
    // The array's own rule: at most three.
    let error = client(&server, None)
        .get_trees_by_tree_id("t")
        .ids(vec!["a".into(); 4])
        .send()
        .await
        .unwrap_err();
    assert!(error.to_string().contains("at most 3"), "{error}");
}

#[tokio::test]
async fn a_cursor_inside_the_body_pages_through_results() {
    let server = MockServer::start().await;
    let query = json!({"left": "x", "right": "y"});
    Mock::given(method("POST"))
        .and(body_json(
            json!({"query": query, "option": {"maxResults": 1}}),
        ))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"nodes": [{"name": "1"}], "nextToken": "n2"})),
        )
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(body_json(
            json!({"query": query, "option": {"maxResults": 1, "nextToken": "n2"}}),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"nodes": [{"name": "2"}]})))
        .mount(&server)
        .await;
    let expr = Expr::Sum(Box::new(Sum {
        left: Box::new(Expr::Literal("x".into())),
        right: Box::new(Expr::Literal("y".into())),
    }));
    let names: Vec<Option<String>> = client(&server, Some("k"))
        .search_trees(expr)
        .option(SearchTreesRequestOption {
            max_results: Some(1),
            ..Default::default()
        })
        .items()
        .map_ok(|node| node.name)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(names, [Some("1".into()), Some("2".into())]);
}

#[tokio::test]
async fn other_properties_travel_in_a_map_and_a_query_token_goes_in_the_query() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/labels"))
        .and(query_param("key", "secret"))
        .and(body_json(
            json!({"colour": "red", "size": 3, "shape": "round"}),
        ))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let labels = Labels {
        colour: Some("red".into()),
        size: Some(3),
        additional_properties: BTreeMap::from([("shape".into(), "round".into())]),
    };
    client(&server, Some("secret"))
        .put_labels()
        .body(labels.clone())
        .send()
        .await
        .unwrap();
    let read: Labels =
        serde_json::from_value(json!({"colour": "red", "size": 3, "shape": "round"})).unwrap();
    assert_eq!(read, labels);
}

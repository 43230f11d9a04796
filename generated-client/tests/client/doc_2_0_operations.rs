//! The `doc_2_0` operations against a local server. Each test calls the
//! client with the inputs of the spec's request example, optional ones
//! included, and checks the request on the wire: method, the path with its
//! parameters filled in, the exact query, the token header and the JSON body,
//! which must equal the spec's request example. The server answers with the
//! spec's 200 example and the test checks the typed result. The folder
//! listing is followed across pages.

use crate::common;

use std::collections::BTreeSet;
use std::future::Future;

use common::*;
use dingtalk::doc_2_0::*;
use futures_util::TryStreamExt;
use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

// The ids of the spec's examples.
const OPERATOR: &str = "Qn3UvGzyIBEiXzJyiiSbr3wiEiE";
const SPACE: &str = "2816541507";
const DENTRY: &str = "148902671234";
const DENTRY_UUID: &str = "Y7kmbokZp3pgGLq2ivpODn9aJLqPxX4v";
const FOLDER: &str = "148902670001";
const NODE_URL: &str = "https://alidocs.dingtalk.com/i/nodes/Y7kmbokZp3pgGLq2ivpODn9aJLqPxX4v";

fn ok(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

/// Sends one call to a server answering the spec's 200 example of
/// `operation_id`; returns the request and the decoded result.
async fn exchange<T, E: std::fmt::Debug, Fut>(
    operation_id: &str,
    call: impl FnOnce(dingtalk::Client) -> Fut,
) -> (Request, T)
where
    Fut: Future<Output = Result<T, dingtalk::Error<E>>>,
{
    let example = response_example(operation_id);
    assert!(example.is_object(), "{operation_id} has no 200 example");
    let server = server(ok(example)).await;
    let result = call(client(&server))
        .await
        .unwrap_or_else(|err| panic!("{operation_id}: {err}"));
    (only_request(&server).await, result)
}

/// Checks a request of `operation_id`: the spec's method, its path with
/// `path_params` filled in (naming every path parameter), exactly the query
/// pairs `query` (naming every documented query parameter), the common
/// headers, and the body: the spec's request example when the operation has
/// a body.
fn check(
    request: &Request,
    operation_id: &str,
    path_params: &[(&str, &str)],
    query: &[(&str, &str)],
) {
    let (template, spec_method, op) = operation(operation_id);
    assert_eq!(
        request.method.as_str(),
        spec_method,
        "{operation_id}: method"
    );
    let documented = |place: &str| -> BTreeSet<String> {
        parameters(spec(), &template, &spec_method.to_lowercase())
            .iter()
            .filter(|p| p["in"] == place)
            .map(|p| p["name"].as_str().unwrap().to_owned())
            .collect()
    };
    let named: BTreeSet<String> = path_params.iter().map(|&(k, _)| k.to_owned()).collect();
    assert_eq!(named, documented("path"), "{operation_id}: every path parameter");
    let mut expected_path = template.clone();
    for (name, value) in path_params {
        expected_path = expected_path.replace(&format!("{{{name}}}"), value);
    }
    assert_eq!(request.url.path(), expected_path, "{operation_id}: path");
    let mut sent = common::query(request);
    sent.sort();
    let mut expected: Vec<(String, String)> = query
        .iter()
        .map(|&(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    expected.sort();
    assert_eq!(sent, expected, "{operation_id}: query");
    let named: BTreeSet<String> = query.iter().map(|&(k, _)| k.to_owned()).collect();
    assert_eq!(named, documented("query"), "{operation_id}: every query parameter");
    let has_body = op.get("requestBody").is_some();
    assert_common_headers(request, has_body);
    if has_body {
        let example = request_example(operation_id);
        assert!(example.is_object(), "{operation_id} has no request example");
        assert_eq!(json_body(request), example, "{operation_id}: body");
    }
}

/// The operations the tests below call.
const TESTED: &[&str] = &[
    "doc_2_0_GetDentryIdByUuid",
    "doc_2_0_GetUuidByDentryId",
    "doc_2_0_GetUuidByIdOrUrl",
    "doc_2_0_QueryItemByUrl",
    "doc_2_0_CreateDentry",
    "doc_2_0_QueryDentry",
    "doc_2_0_RenameDentry",
    "doc_2_0_MoveDentry",
    "doc_2_0_CopyDentry",
    "doc_2_0_GetSpaceDirectories",
    "doc_2_0_CreateSpace",
    "doc_2_0_QuerySpace",
];

#[test]
fn every_tested_operation_is_curated() {
    let spec_ids: BTreeSet<String> = operation_ids()
        .into_iter()
        .filter(|id| operation(id).2["tags"][0] == "doc_2_0")
        .collect();
    for id in TESTED {
        assert!(spec_ids.contains(*id), "{id} is not a doc_2_0 operation");
        let (_, _, op) = operation(id);
        assert!(op["description"].is_string(), "{id} has no description");
        assert!(op["x-idempotent"].is_boolean(), "{id} has no x-idempotent");
    }
}

#[tokio::test]
async fn ids_and_urls() {
    let (request, ids) = exchange("doc_2_0_GetDentryIdByUuid", |c| async move {
        c.doc_2_0()
            .get_dentry_id_by_uuid(GetDentryIdByUuidInput {
                dentry_uuid: DENTRY_UUID,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetDentryIdByUuid",
        &[("dentryUuid", DENTRY_UUID)],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(ids.space_id.as_deref(), Some(SPACE));
    assert_eq!(ids.dentry_id.as_deref(), Some(DENTRY));

    let (request, ids) = exchange("doc_2_0_GetUuidByDentryId", |c| async move {
        c.doc_2_0()
            .get_uuid_by_dentry_id(GetUuidByDentryIdInput {
                dentry_id: DENTRY,
                operator_id: OPERATOR,
                space_id: SPACE,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetUuidByDentryId",
        &[("dentryId", DENTRY)],
        &[("operatorId", OPERATOR), ("spaceId", SPACE)],
    );
    assert_eq!(ids.dentry_uuid.as_deref(), Some(DENTRY_UUID));

    let (request, uuid) = exchange("doc_2_0_GetUuidByIdOrUrl", |c| async move {
        c.doc_2_0()
            .get_uuid_by_id_or_url(GetUuidByIdOrUrlInput {
                id_or_url: NODE_URL,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetUuidByIdOrUrl",
        &[],
        &[("idOrUrl", NODE_URL), ("operatorId", OPERATOR)],
    );
    assert_eq!(uuid.dentry_uuid.as_deref(), Some(DENTRY_UUID));

    let (request, item) = exchange("doc_2_0_QueryItemByUrl", |c| async move {
        c.doc_2_0()
            .query_item_by_url(QueryItemByUrlInput {
                operator_id: OPERATOR,
                url: NODE_URL,
            })
            .with_statistical_info(true)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_QueryItemByUrl",
        &[],
        &[
            ("operatorId", OPERATOR),
            ("url", NODE_URL),
            ("withStatisticalInfo", "true"),
        ],
    );
    assert_eq!(item.resource_type.as_deref(), Some("dentry"));
    let node = item.dentry.unwrap();
    assert_eq!(node.dentry_uuid, DENTRY_UUID);
    assert_eq!(node.statistical_info.unwrap().word_count, Some(1280));
}

#[tokio::test]
async fn nodes() {
    let (request, created) = exchange("doc_2_0_CreateDentry", |c| async move {
        c.doc_2_0()
            .create_dentry(CreateDentryInput {
                space_id: SPACE,
                dentry_type: "file",
                name: "Release notes",
                operator_id: OPERATOR,
            })
            .document_type(0)
            .parent_dentry_id(FOLDER)
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_CreateDentry", &[("spaceId", SPACE)], &[]);
    assert_eq!(created.dentry_id, DENTRY);
    assert_eq!(created.doc_key.as_deref(), Some("LAJdlP7rDxoGvNNm"));
    assert_eq!(created.created_time, 1_700_000_000_000);

    let (request, node) = exchange("doc_2_0_QueryDentry", |c| async move {
        c.doc_2_0()
            .query_dentry(QueryDentryInput {
                space_id: SPACE,
                dentry_id: DENTRY,
                operator_id: OPERATOR,
            })
            .include_space(true)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_QueryDentry",
        &[("spaceId", SPACE), ("dentryId", DENTRY)],
        &[("includeSpace", "true"), ("operatorId", OPERATOR)],
    );
    assert_eq!(node.space.unwrap().name, "Engineering");
    assert_eq!(node.path.as_deref(), Some("Acme/Engineering/Release notes"));
    assert_eq!(
        node.visitor_info.unwrap().role_code.as_deref(),
        Some("OWNER")
    );

    let (request, renamed) = exchange("doc_2_0_RenameDentry", |c| async move {
        c.doc_2_0()
            .rename_dentry(RenameDentryInput {
                space_id: SPACE,
                dentry_id: DENTRY,
                name: "Release notes 2.3",
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_RenameDentry",
        &[("spaceId", SPACE), ("dentryId", DENTRY)],
        &[("name", "Release notes 2.3"), ("operatorId", OPERATOR)],
    );
    assert_eq!(renamed.name, "Release notes 2.3");

    let (request, moved) = exchange("doc_2_0_MoveDentry", |c| async move {
        c.doc_2_0()
            .move_dentry(MoveDentryInput {
                space_id: SPACE,
                dentry_id: DENTRY,
                operator_id: OPERATOR,
                target_space_id: SPACE,
            })
            .to_parent_dentry_id(FOLDER)
            .to_prev_dentry_id("148902670002")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_MoveDentry",
        &[("spaceId", SPACE), ("dentryId", DENTRY)],
        &[],
    );
    assert_eq!(moved.updated_time, 1_700_007_200_000);

    let (request, copy) = exchange("doc_2_0_CopyDentry", |c| async move {
        c.doc_2_0()
            .copy_dentry(CopyDentryInput {
                space_id: SPACE,
                dentry_id: DENTRY,
                name: "Release notes (copy)",
                operator_id: OPERATOR,
                target_space_id: "2816541599",
            })
            .to_parent_dentry_id("148902679001")
            .to_next_dentry_id("148902679002")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_CopyDentry",
        &[("spaceId", SPACE), ("dentryId", DENTRY)],
        &[],
    );
    assert_eq!(copy.dentry_uuid, "gvNG4YZ7JnekKBQRf6bMDx3bV2LD0oRE");
    assert_eq!(copy.space_id, "2816541599");
}

#[tokio::test]
async fn spaces() {
    let (request, space) = exchange("doc_2_0_CreateSpace", |c| async move {
        c.doc_2_0()
            .create_space(CreateSpaceInput {
                name: "Engineering",
                operator_id: OPERATOR,
                share_scope: Doc20createSpaceRequestShareScope { scope: 0 },
            })
            .description("Designs, release notes and runbooks.")
            .team_id("47103284")
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_CreateSpace", &[], &[]);
    assert_eq!(space.id, SPACE);
    assert_eq!(space.owner.unwrap().union_id, OPERATOR);

    let (request, space) = exchange("doc_2_0_QuerySpace", |c| async move {
        c.doc_2_0()
            .query_space(QuerySpaceInput {
                space_id: SPACE,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_QuerySpace",
        &[("spaceId", SPACE)],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(space.r#type, Some(1));
    assert_eq!(
        space.visitor_info.unwrap().space_actions,
        Some(vec!["GET_SPACE".into(), "UPDATE_SPACE".into()])
    );
}

#[tokio::test]
async fn a_folder_is_listed_page_by_page() {
    let (request, page) = exchange("doc_2_0_GetSpaceDirectories", |c| async move {
        c.doc_2_0()
            .get_space_directories(GetSpaceDirectoriesInput {
                space_id: SPACE,
                max_results: 2,
                operator_id: OPERATOR,
            })
            .dentry_id(FOLDER)
            .next_token("eyJvZmZzZXQiOjB9")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetSpaceDirectories",
        &[("spaceId", SPACE)],
        &[
            ("dentryId", FOLDER),
            ("maxResults", "2"),
            ("nextToken", "eyJvZmZzZXQiOjB9"),
            ("operatorId", OPERATOR),
        ],
    );
    let children = page.children.unwrap();
    assert_eq!(children[1].dentry_type, "folder");
    assert!(children[1].has_children);
    assert_eq!(page.next_token.as_deref(), Some("eyJvZmZzZXQiOjJ9"));

    let server = MockServer::start().await;
    let listing = format!("/v2.0/doc/spaces/{SPACE}/directories");
    Mock::given(method("GET"))
        .and(path(listing.as_str()))
        .and(query_param("nextToken", "page-2"))
        .respond_with(ok(json!({"children": [
            {"dentryId": "3", "dentryUuid": "u3", "spaceId": SPACE, "name": "c", "dentryType": "file",
             "hasChildren": false, "createdTime": 1, "updatedTime": 1}
        ], "hasMore": false})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(listing.as_str()))
        .and(query_param_is_missing("nextToken"))
        .respond_with(ok(json!({"children": [
            {"dentryId": "1", "dentryUuid": "u1", "spaceId": SPACE, "name": "a", "dentryType": "file",
             "hasChildren": false, "createdTime": 1, "updatedTime": 1},
            {"dentryId": "2", "dentryUuid": "u2", "spaceId": SPACE, "name": "b", "dentryType": "folder",
             "hasChildren": true, "createdTime": 1, "updatedTime": 1}
        ], "hasMore": true, "nextToken": "page-2"})))
        .mount(&server)
        .await;
    let names: Vec<String> = client(&server)
        .doc_2_0()
        .get_space_directories(GetSpaceDirectoriesInput {
            space_id: SPACE,
            max_results: 2,
            operator_id: OPERATOR,
        })
        .items()
        .map_ok(|node| node.name)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(names, ["a", "b", "c"]);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert!(common::query(&requests[1]).contains(&("operatorId".to_owned(), OPERATOR.to_owned())));
}

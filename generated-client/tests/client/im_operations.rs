//! The curated `im_1_0` operations against a local server. Each test calls
//! the client with the inputs of the spec's request example, optional ones
//! included, and checks the request on the wire: method, path, the exact
//! query, the token header and the JSON body, which must equal the spec's
//! request example. The server answers with the spec's 200 example and the
//! test checks the typed result.

use crate::common;

use std::collections::BTreeSet;
use std::future::Future;

use common::*;
use dingtalk::im_1_0::*;
use serde_json::{json, Value};
use wiremock::{Request, ResponseTemplate};

// The ids of the spec's examples.
const GROUP: &str = "cidVwhE1rAwIpMbJQGzOW3yKw==";
const CHAT: &str = "chat8e1f6d2b9c0a4e7f3d5b1c9a2e4f6d80";
const MEDIA: &str = "@lAjPDeC2uGvNh_bOE3Y5";

fn ok(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| v.to_string()).collect()
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

/// Checks a request of `operation_id`: the spec's method, the path `path`
/// (the spec's, its parameters filled in), exactly the query pairs `query`
/// (naming every documented query parameter), the common headers, and the
/// body `body`.
fn check_at(
    request: &Request,
    operation_id: &str,
    path: &str,
    query: &[(&str, &str)],
    body: Option<Value>,
) {
    let (template, spec_method, _) = operation(operation_id);
    assert_eq!(
        request.method.as_str(),
        spec_method,
        "{operation_id}: method"
    );
    assert_eq!(request.url.path(), path, "{operation_id}: path");
    let mut sent = common::query(request);
    sent.sort();
    let mut expected: Vec<(String, String)> = query
        .iter()
        .map(|&(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    expected.sort();
    assert_eq!(sent, expected, "{operation_id}: query");
    let documented: BTreeSet<String> = parameters(spec(), &template, &spec_method.to_lowercase())
        .iter()
        .filter(|p| p["in"] == "query")
        .map(|p| p["name"].as_str().unwrap().to_owned())
        .collect();
    let named: BTreeSet<String> = query.iter().map(|&(k, _)| k.to_owned()).collect();
    assert_eq!(named, documented, "{operation_id}: every query parameter");
    assert_common_headers(request, body.is_some());
    if let Some(body) = body {
        assert_eq!(json_body(request), body, "{operation_id}: body");
    }
}

/// Checks a request to the spec's own path, without path parameters.
fn check(request: &Request, operation_id: &str, query: &[(&str, &str)], body: Option<Value>) {
    let (template, _, _) = operation(operation_id);
    check_at(request, operation_id, &template, query, body);
}

/// Checks a request whose body is the spec's request example.
fn check_example(request: &Request, operation_id: &str) {
    let example = request_example(operation_id);
    assert!(example.is_object(), "{operation_id} has no request example");
    check(request, operation_id, &[], Some(example));
}

/// The operations the tests below call, to compare with the spec's curated
/// ones (those with a description).
const TESTED: &[&str] = &[
    "im_CreateGroup",
    "im_UpdateGroup",
    "im_ChatIdToOpenConversationId",
    "im_ChatSubAdminUpdate",
];

#[test]
fn every_curated_im_operation_is_tested() {
    let spec: BTreeSet<String> = operation_ids()
        .into_iter()
        .filter(|id| {
            let (_, _, op) = operation(id);
            op["tags"][0] == "im_1_0" && op.get("description").is_some()
        })
        .collect();
    let tested: BTreeSet<String> = TESTED.iter().map(|id| id.to_string()).collect();
    assert_eq!(spec, tested);
}

#[tokio::test]
async fn group_create_update_and_ids() {
    let (request, created) = exchange("im_CreateGroup", |c| async move {
        c.im_1_0()
            .create_group(CreateGroupInput {
                name: "Release team",
                owner: "manager4220",
                useridlist: strings(&["manager4220", "user1001", "user1002"]),
            })
            .owner_type("emp")
            .conversation_tag(2)
            .icon(MEDIA)
            .management_options(ImCreateGroupRequestManagementOptions {
                mention_all_authority: Some(1),
                show_history_type: Some(1),
                validation_type: Some(0),
                searchable: Some(0),
                chat_banned_type: Some(0),
                management_type: Some(1),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_CreateGroup");
    assert_eq!(created.chatid.as_deref(), Some(CHAT));
    assert_eq!(created.open_conversation_id.as_deref(), Some(GROUP));
    assert_eq!(created.conversation_tag, Some(2));

    let (request, updated) = exchange("im_UpdateGroup", |c| async move {
        c.im_1_0()
            .update_group(CHAT)
            .name("Release team (v2.4)")
            .owner("user1001")
            .owner_type("emp")
            .add_useridlist(strings(&["user1003"]))
            .del_useridlist(strings(&["user1002"]))
            .add_extidlist(strings(&["Zx9ttSBxSuiEiE"]))
            .del_extidlist(vec![])
            .icon(MEDIA)
            .management_options(ImUpdateGroupRequestManagementOptions {
                mention_all_authority: Some(0),
                show_history_type: Some(1),
                validation_type: Some(1),
                searchable: Some(0),
                chat_banned_type: Some(0),
                management_type: Some(1),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpdateGroup");
    assert_eq!(updated.success, Some(true));

    let (request, converted) = exchange("im_ChatIdToOpenConversationId", |c| async move {
        c.im_1_0().chat_id_to_open_conversation_id(CHAT).send().await
    })
    .await;
    check_at(
        &request,
        "im_ChatIdToOpenConversationId",
        &format!("/v1.0/im/chat/{CHAT}/convertToOpenConversationId"),
        &[],
        None,
    );
    assert_eq!(converted.open_conversation_id, GROUP);

    let (request, admins) = exchange("im_ChatSubAdminUpdate", |c| async move {
        c.im_1_0()
            .chat_sub_admin_update(ChatSubAdminUpdateInput {
                open_conversation_id: GROUP,
                role: 2,
                user_ids: strings(&["user1001", "user1003"]),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_ChatSubAdminUpdate");
    assert_eq!(admins.success, "true");
}

#[tokio::test]
async fn group_constraints_are_checked_before_sending() {
    let server = server(ok(json!({}))).await;
    let im = client(&server).im_1_0();
    let long_name = "n".repeat(21);
    let too_long = im
        .create_group(CreateGroupInput {
            name: &long_name,
            owner: "manager4220",
            useridlist: strings(&["manager4220"]),
        })
        .send()
        .await;
    assert!(too_long.is_err(), "a name of 21 characters");
    let bad_role = im
        .chat_sub_admin_update(ChatSubAdminUpdateInput {
            open_conversation_id: GROUP,
            role: 1,
            user_ids: strings(&["user1001"]),
        })
        .send()
        .await;
    assert!(bad_role.is_err(), "role 1");
    let bad_option = im
        .update_group(CHAT)
        .management_options(ImUpdateGroupRequestManagementOptions {
            searchable: Some(2),
            ..Default::default()
        })
        .send()
        .await;
    assert!(bad_option.is_err(), "a switch set to 2");
    assert!(server.received_requests().await.unwrap().is_empty());
}

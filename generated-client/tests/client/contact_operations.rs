//! Every `contact_1_0` operation against a local server. Each test calls the
//! client with the inputs of the spec's request example, optional ones
//! included, and checks the request on the wire: method, path, the exact
//! query, the token header and the JSON body, which must equal the spec's
//! request example. The server answers with the spec's 200 example and the
//! test checks the typed result. Operations paged with a cursor are followed
//! across two pages, and the documented error codes are read as `ErrorCode`
//! variants.

use crate::common;

use std::collections::BTreeSet;
use std::future::Future;

use common::*;
use dingtalk::contact_1_0::*;
use futures_util::TryStreamExt;
use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

// The ids of the spec's examples.
const USER: &str = "manager4220";
const UNION_ID: &str = "z21HjQliSzpw0YWCNxmii6u2Os62cZ62iSZ";

fn ok(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

fn time(text: &str) -> dingtalk::Timestamp {
    text.parse().unwrap()
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
    assert!(!example.is_null(), "{operation_id} has no 200 example");
    let server = server(ok(example)).await;
    let result = call(client(&server))
        .await
        .unwrap_or_else(|err| panic!("{operation_id}: {err}"));
    (only_request(&server).await, result)
}

/// Checks a request of `operation_id`: the spec's method, its path with
/// `path_params` put in, exactly the query pairs `query` (naming every
/// documented query parameter), the common headers, and the body: the
/// spec's request example when the operation has a body.
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
    let mut expected_path = template.clone();
    for (name, value) in path_params {
        expected_path = expected_path.replace(&format!("{{{name}}}"), value);
    }
    assert!(
        !expected_path.contains('{'),
        "{operation_id}: path parameters"
    );
    assert_eq!(request.url.path(), expected_path, "{operation_id}: path");
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
    let has_body = op.get("requestBody").is_some();
    assert_common_headers(request, has_body);
    if has_body {
        let example = request_example(operation_id);
        assert!(!example.is_null(), "{operation_id} has no request example");
        assert_eq!(json_body(request), example, "{operation_id}: body");
    } else {
        assert!(request.body.is_empty(), "{operation_id}: no body");
    }
}

/// The operations the tests below call, to compare with the spec's.
const TESTED: &[&str] = &[
    "contact_GetUser",
    "contact_SearchUser",
    "contact_SearchDepartment",
    "contact_ListEmpLeaveRecords",
];

#[test]
fn every_curated_contact_operation_is_tested() {
    // The operations with a description are the curated ones.
    let curated: BTreeSet<String> = operation_ids()
        .into_iter()
        .filter(|id| {
            let op = operation(id).2;
            op["tags"][0] == "contact_1_0" && op.get("description").is_some()
        })
        .collect();
    let tested: BTreeSet<String> = TESTED.iter().map(|id| id.to_string()).collect();
    assert_eq!(curated, tested);
}

#[tokio::test]
async fn users_are_read_and_searched() {
    let (request, user) = exchange("contact_GetUser", |c| async move {
        c.contact_1_0().get_user("me").send().await
    })
    .await;
    check(&request, "contact_GetUser", &[("unionId", "me")], &[]);
    assert_eq!(user.union_id.as_deref(), Some(UNION_ID));
    assert_eq!(user.nick.as_deref(), Some("Li Wei"));
    assert_eq!(user.state_code.as_deref(), Some("86"));
    assert_eq!(user.visitor, Some(false));

    let (request, found) = exchange("contact_SearchUser", |c| async move {
        c.contact_1_0()
            .search_user(SearchUserInput {
                offset: 0,
                query_word: "Li Wei",
                size: 10,
            })
            .full_match_field(1)
            .send()
            .await
    })
    .await;
    check(&request, "contact_SearchUser", &[], &[]);
    assert_eq!(found.has_more, Some(false));
    assert_eq!(found.total_count, Some(2));
    assert_eq!(found.list.unwrap()[0], USER);

    let (request, found) = exchange("contact_SearchDepartment", |c| async move {
        c.contact_1_0()
            .search_department(SearchDepartmentInput {
                offset: 0,
                query_word: "Finance",
                size: 10,
            })
            .send()
            .await
    })
    .await;
    check(&request, "contact_SearchDepartment", &[], &[]);
    assert!(!found.has_more);
    assert_eq!(found.total_count, 2);
    assert_eq!(found.list, Some(vec![560935057, 560919061]));
}

#[tokio::test]
async fn leave_records_are_read_and_followed_across_pages() {
    let (request, page) = exchange("contact_ListEmpLeaveRecords", |c| async move {
        c.contact_1_0()
            .list_emp_leave_records(ListEmpLeaveRecordsInput {
                max_results: 20,
                start_time: time("2026-06-01T00:00:00Z"),
            })
            .end_time(time("2026-06-30T00:00:00Z"))
            .next_token("0")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_ListEmpLeaveRecords",
        &[],
        &[
            ("maxResults", "20"),
            ("startTime", "2026-06-01T00:00:00Z"),
            ("endTime", "2026-06-30T00:00:00Z"),
            ("nextToken", "0"),
        ],
    );
    assert_eq!(page.next_token.as_deref(), Some("20"));
    let record = &page.records[0];
    assert_eq!(record.user_id, "01223456789");
    assert_eq!(record.leave_time, "2026-06-07T09:30:00Z");

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1.0/contact/empLeaveRecords"))
        .and(query_param("nextToken", "20"))
        .respond_with(ok(json!({"records": [
            {"userId": "u2", "name": "b", "stateCode": "86", "mobile": "2", "leaveTime": "t", "leaveReason": "r"}
        ]})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1.0/contact/empLeaveRecords"))
        .and(query_param_is_missing("nextToken"))
        .respond_with(ok(json!({"nextToken": "20", "records": [
            {"userId": "u1", "name": "a", "stateCode": "86", "mobile": "1", "leaveTime": "t", "leaveReason": "r"}
        ]})))
        .mount(&server)
        .await;
    let users: Vec<String> = client(&server)
        .contact_1_0()
        .list_emp_leave_records(ListEmpLeaveRecordsInput {
            max_results: 1,
            start_time: time("2026-06-01T00:00:00Z"),
        })
        .items()
        .map_ok(|record| record.user_id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(users, ["u1", "u2"]);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    for request in &requests {
        assert!(query(request).contains(&("maxResults".into(), "1".into())));
    }
}

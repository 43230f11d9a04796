//! Every `report_1_0` operation against a local server. Each test calls the
//! client with the inputs of the spec's request example (its parameters'
//! examples, or its body example, optional parts included) and checks the
//! request on the wire: method, path, the exact query, the token header
//! and the JSON body, which must equal the spec's request example. The
//! server answers with the spec's 200 example and the test checks the typed
//! result. The two lists are then followed across pages, and the inputs the
//! client checks are refused before anything is sent.

use crate::common;

use std::collections::BTreeSet;

use common::*;
use dingtalk::report_1_0::*;
use futures_util::TryStreamExt;
use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

// The ids of the spec's examples.
const MANAGER: &str = "manager4220";
const WRITER: &str = "user1001";
const TEMPLATE: &str = "14e882e7fd7e774e40ce9d144ddaa84d";
const REPORT: &str = "173a8a36b0d2b6e9c4f2d6a4b9c5a1e0";
const REMIND: i64 = 81256;
const START: i64 = 1_717_171_200_000;
const END: i64 = 1_717_776_000_000;

/// The examples of the operation's query parameters, as sent: every
/// documented query parameter with an example.
fn query_examples(operation_id: &str) -> Vec<(String, String)> {
    let (template, spec_method, _) = operation(operation_id);
    parameters(spec(), &template, &spec_method.to_lowercase())
        .iter()
        .filter(|p| p["in"] == "query" && !p["example"].is_null())
        .map(|p| {
            let value = match &p["example"] {
                Value::String(text) => text.clone(),
                other => other.to_string(),
            };
            (p["name"].as_str().unwrap().to_owned(), value)
        })
        .collect()
}

/// Checks a request of `operation_id`: the spec's method and path, exactly
/// the query pairs `query` (naming every documented query parameter unless
/// `all_named` is false), the common headers, and the body `body`.
fn check(
    request: &Request,
    operation_id: &str,
    query: &[(String, String)],
    all_named: bool,
    body: Option<Value>,
) {
    let (template, spec_method, _) = operation(operation_id);
    assert_eq!(
        request.method.as_str(),
        spec_method,
        "{operation_id}: method"
    );
    assert_eq!(request.url.path(), template, "{operation_id}: path");
    let mut sent = common::query(request);
    sent.sort();
    let mut expected = query.to_vec();
    expected.sort();
    assert_eq!(sent, expected, "{operation_id}: query");
    if all_named {
        let documented: BTreeSet<String> =
            parameters(spec(), &template, &spec_method.to_lowercase())
                .iter()
                .filter(|p| p["in"] == "query")
                .map(|p| p["name"].as_str().unwrap().to_owned())
                .collect();
        let named: BTreeSet<String> = query.iter().map(|(k, _)| k.clone()).collect();
        assert_eq!(named, documented, "{operation_id}: every query parameter");
    }
    assert_common_headers(request, body.is_some());
    if let Some(body) = body {
        assert_eq!(json_body(request), body, "{operation_id}: body");
    }
}

/// The operations the tests below call, to compare with the spec's.
const TESTED: &[&str] = &[
    "report_CreateTemplates",
    "report_GetSendAndReceiveReportList",
    "report_GetSubmitStatistics",
    "report_QueryRemindResults",
    "report_QueryReportDetail",
];

#[test]
fn every_report_operation_is_tested() {
    let spec: BTreeSet<String> = operation_ids()
        .into_iter()
        .filter(|id| operation(id).2["tags"][0] == "report_1_0")
        .collect();
    let tested: BTreeSet<String> = TESTED.iter().map(|id| id.to_string()).collect();
    assert_eq!(spec, tested);
}

#[tokio::test]
async fn create_templates() {
    let (request, created) = exchange("report_CreateTemplates", |c| async move {
        c.report_1_0()
            .create_templates(CreateTemplatesInput {
                name: "Weekly engineering report",
                creator: MANAGER,
                fields: vec![
                    ReportCreateTemplatesRequestFields {
                        field_name: "Done this week".into(),
                        data_type: 1,
                        need: true,
                        order: 1,
                        sort: 0,
                        data_value: Some(ReportCreateTemplatesRequestFieldsDataValue {
                            options: None,
                            placeholder: Some("What was finished".into()),
                            open_info: None,
                        }),
                    },
                    ReportCreateTemplatesRequestFields {
                        field_name: "Planned next week".into(),
                        data_type: 1,
                        need: false,
                        order: 2,
                        sort: 1,
                        data_value: None,
                    },
                ],
            })
            .auth_dept_ids(vec!["1024".into()])
            .template_managers(vec![MANAGER.into()])
            .default_receivers(vec![WRITER.into()])
            .allow_add_receivers(true)
            .allow_edit(true)
            .min_word_count(10)
            .max_word_count(2000)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "report_CreateTemplates",
        &[],
        true,
        Some(request_example("report_CreateTemplates")),
    );
    assert_eq!(created.template_id, TEMPLATE);
}

#[tokio::test]
async fn get_send_and_receive_report_list() {
    let (request, page) = exchange("report_GetSendAndReceiveReportList", |c| async move {
        c.report_1_0()
            .get_send_and_receive_report_list(GetSendAndReceiveReportListInput {
                operation_user_id: MANAGER,
                start_time: START,
                end_time: END,
                max_results: 20,
                next_token: 0,
            })
            .send()
            .await
    })
    .await;
    let query = query_examples("report_GetSendAndReceiveReportList");
    check(
        &request,
        "report_GetSendAndReceiveReportList",
        &query,
        true,
        None,
    );
    assert_eq!(
        query,
        [
            ("operationUserId".to_owned(), MANAGER.to_owned()),
            ("startTime".to_owned(), START.to_string()),
            ("endTime".to_owned(), END.to_string()),
            ("maxResults".to_owned(), "20".to_owned()),
            ("nextToken".to_owned(), "0".to_owned()),
        ]
    );
    let reports = page.data_list.unwrap();
    assert_eq!(reports.len(), 2);
    assert_eq!(reports[0].report_id.as_deref(), Some(REPORT));
    assert_eq!(reports[0].creator_id.as_deref(), Some(WRITER));
    assert_eq!(reports[0].create_time, Some(1_717_405_200_000));
    assert_eq!(reports[1].creator_name.as_deref(), Some("Zhang Min"));
    assert_eq!(page.has_more, Some(false));
    assert_eq!(page.next_token, None);
    assert_eq!(page.max_results, Some(20));
}

#[tokio::test]
async fn get_submit_statistics() {
    let (request, stats) = exchange("report_GetSubmitStatistics", |c| async move {
        c.report_1_0()
            .get_submit_statistics(GetSubmitStatisticsInput {
                operation_user_id: MANAGER,
                template_id: TEMPLATE,
                remind_id: REMIND,
                start_time: START,
                end_time: END,
            })
            .send()
            .await
    })
    .await;
    let query = query_examples("report_GetSubmitStatistics");
    assert_eq!(query.len(), 5);
    check(&request, "report_GetSubmitStatistics", &query, true, None);
    assert_eq!(
        stats.template_name.as_deref(),
        Some("Weekly engineering report")
    );
    assert_eq!(stats.should_remind_times, Some(1));
    assert_eq!(
        stats.user_ids,
        Some(vec![MANAGER.to_owned(), WRITER.to_owned()])
    );
    let counts = stats.user_id_count_map.unwrap();
    assert_eq!(counts[MANAGER], 1);
    assert_eq!(counts[WRITER], 0);
    let users = stats.user_map.unwrap();
    assert_eq!(users[WRITER].name.as_deref(), Some("Li Wei"));
    assert_eq!(users[WRITER].dept_id.as_deref(), Some("1024"));
    assert_eq!(stats.user_dept_map.unwrap()[MANAGER], "Engineering");
}

#[tokio::test]
async fn query_remind_results() {
    let (request, page) = exchange("report_QueryRemindResults", |c| async move {
        c.report_1_0()
            .query_remind_results(QueryRemindResultsInput {
                operation_user_id: MANAGER,
                template_id: TEMPLATE,
                max_results: 10,
                next_token: 0,
            })
            .send()
            .await
    })
    .await;
    let query = query_examples("report_QueryRemindResults");
    assert_eq!(query.len(), 4);
    check(&request, "report_QueryRemindResults", &query, true, None);
    let rules = page.data_list.unwrap();
    assert_eq!(rules[0].remind_id, Some(REMIND));
    assert_eq!(rules[0].template_id.as_deref(), Some(TEMPLATE));
    assert_eq!(rules[0].period_type, Some(2));
    assert_eq!(
        rules[0].start_date_time,
        Some(vec!["1".to_owned(), "09:00".to_owned()])
    );
    assert_eq!(
        rules[0].to_groups.as_ref().unwrap()[0].title.as_deref(),
        Some("Engineering weekly")
    );
    assert_eq!(rules[0].modifier_id.as_deref(), Some(MANAGER));
    assert_eq!(page.has_more, Some(false));
}

#[tokio::test]
async fn query_report_detail_with_and_without_format() {
    let (request, report) = exchange("report_QueryReportDetail", |c| async move {
        c.report_1_0().query_report_detail(REPORT).send().await
    })
    .await;
    let query = query_examples("report_QueryReportDetail");
    assert_eq!(query, [("reportId".to_owned(), REPORT.to_owned())]);
    // `format` is sent only when set.
    check(&request, "report_QueryReportDetail", &query, false, None);
    assert_eq!(report.report_id.as_deref(), Some(REPORT));
    assert_eq!(report.dept_name.as_deref(), Some("Engineering"));
    assert_eq!(report.modified_time, Some(1_717_408_800_000));
    let content = report.content.unwrap();
    assert_eq!(content.len(), 2);
    assert_eq!(content[0].key.as_deref(), Some("Done this week"));
    assert_eq!(content[1].sort.as_deref(), Some("1"));
    assert_eq!(
        content[1].images.as_ref().unwrap()[0],
        "https://static.dingtalk.com/media/lADPDgQ9qZ1bA4fNAlg.png"
    );

    let (request, _) = exchange("report_QueryReportDetail", |c| async move {
        c.report_1_0()
            .query_report_detail(REPORT)
            .format("markdown")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "report_QueryReportDetail",
        &[
            ("reportId".to_owned(), REPORT.to_owned()),
            ("format".to_owned(), "markdown".to_owned()),
        ],
        true,
        None,
    );
}

/// A server whose first page (cursor 0) points at a second (cursor 40).
async fn two_pages(route: &str, first: Value, last: Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(route))
        .and(query_param("nextToken", "40"))
        .respond_with(ok(last))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(route))
        .and(query_param("nextToken", "0"))
        .respond_with(ok(first))
        .mount(&server)
        .await;
    server
}

/// The `nextToken`s the server saw, in order.
async fn cursors(server: &MockServer) -> Vec<String> {
    server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|request| {
            common::query(request)
                .into_iter()
                .find(|(name, _)| name == "nextToken")
                .unwrap()
                .1
        })
        .collect()
}

#[tokio::test]
async fn reports_are_followed_across_pages() {
    let server = two_pages(
        "/v1.0/report/users/sendAndReceiveLists",
        json!({"dataList": [{"reportId": "r1"}, {"reportId": "r2"}], "hasMore": true, "nextToken": 40}),
        json!({"dataList": [{"reportId": "r3"}], "hasMore": false}),
    )
    .await;
    let reports: Vec<_> = client(&server)
        .report_1_0()
        .get_send_and_receive_report_list(GetSendAndReceiveReportListInput {
            operation_user_id: MANAGER,
            start_time: START,
            end_time: END,
            max_results: 2,
            next_token: 0,
        })
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = reports
        .iter()
        .map(|report| report.report_id.as_deref().unwrap())
        .collect();
    assert_eq!(ids, ["r1", "r2", "r3"]);
    assert_eq!(cursors(&server).await, ["0", "40"]);
}

#[tokio::test]
async fn statistics_rules_are_followed_across_pages() {
    let server = two_pages(
        "/v1.0/report/statisticalRules/results",
        json!({"dataList": [{"remindId": 1}], "hasMore": true, "nextToken": 40}),
        json!({"dataList": [{"remindId": 2}], "hasMore": false}),
    )
    .await;
    let pages: Vec<_> = client(&server)
        .report_1_0()
        .query_remind_results(QueryRemindResultsInput {
            operation_user_id: MANAGER,
            template_id: TEMPLATE,
            max_results: 1,
            next_token: 0,
        })
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 2);
    assert_eq!(pages[1].data_list.as_ref().unwrap()[0].remind_id, Some(2));
    assert_eq!(cursors(&server).await, ["0", "40"]);
}

#[tokio::test]
async fn page_sizes_and_cursors_out_of_range_are_refused_unsent() {
    let server = server(ok(json!({}))).await;
    let report = client(&server).report_1_0();
    let empty_page = report
        .get_send_and_receive_report_list(GetSendAndReceiveReportListInput {
            operation_user_id: MANAGER,
            start_time: START,
            end_time: END,
            max_results: 0,
            next_token: 0,
        })
        .send()
        .await;
    assert!(empty_page.is_err(), "a page of 0");
    let negative_cursor = report
        .query_remind_results(QueryRemindResultsInput {
            operation_user_id: MANAGER,
            template_id: TEMPLATE,
            max_results: 10,
            next_token: -1,
        })
        .send()
        .await;
    assert!(negative_cursor.is_err(), "a cursor of -1");
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn an_invalid_token_is_read_as_its_variant() {
    let server = server(ResponseTemplate::new(401).set_body_json(json!({
        "code": "InvalidAuthentication",
        "message": "The access token is invalid or has expired.",
        "requestid": "0A1B2C3D-0000-4000-8000-000000000001",
    })))
    .await;
    let err = client(&server)
        .report_1_0()
        .query_report_detail(REPORT)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::InvalidAuthentication));
}

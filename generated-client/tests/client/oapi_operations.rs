//! The legacy host's operations (`oapi.dingtalk.com`) against local servers.
//! Each test calls the client with the inputs of the spec's request example
//! and checks the request on the wire: method, path, the exact query (the
//! token as the `access_token` query parameter, never the
//! `x-acs-dingtalk-access-token` header), and the JSON body, which must equal
//! the spec's request example (the parts of the multipart body for
//! `media_Upload`). The legacy host answers with the spec's success example
//! and the test checks what `send` returns: the part of the body `x-result`
//! points at, or the whole body. No call reaches the API's first server.
//!
//! Then the legacy host's behaviours: user list paging with an integer
//! cursor, errors inside HTTP 200 retried or not, a rejected token renewed
//! once, each origin getting only its own form of the token, and the custom
//! robot's webhook token.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::time::Duration;

use common::*;
use dingtalk::oapi_department;
use dingtalk::oapi_message::{
    AsyncSendInput, GetSendProgressInput, GetSendResultInput, RecallInput, WorkMarkdownMessage,
    WorkMarkdownMessageMarkdown, WorkNotificationMessage, WorkOa, WorkOaBody, WorkOaBodyFormItem,
    WorkOaHead, WorkOaMessage, WorkTextMessage, WorkTextMessageText,
};
use dingtalk::oapi_process::{
    CreateInstanceInput, FormComponentValue, FormComponentValueValue, ListInstanceIdsInput,
    ProcessApprover, ProcessApproverTaskActionType, ProcessInstanceCreateRequestCcPosition,
    ProcessInstanceTerminateRequestRequest,
};
use dingtalk::oapi_robot::*;
use dingtalk::oapi_user::{ListInput, ListSimpleInput, UserDeptOrder, UserListRequestOrderField};
use dingtalk::{models::OapiLanguage, oapi_media, oapi_user, Error, RetryPolicy, HOSTS};
use futures_util::TryStreamExt;
use serde_json::{json, Value};
use wiremock::matchers::{body_partial_json, method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

fn ok(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

/// Retries without waiting long.
fn quick_retries() -> RetryPolicy {
    RetryPolicy::default()
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(2))
}

/// A client holding `token` whose calls to the legacy host go to `legacy`
/// and whose other calls go to `api`.
fn legacy_client(api: &MockServer, legacy: &MockServer, token: &str) -> dingtalk::Client {
    dingtalk::Client::builder()
        .base_url(api.uri())
        .host_url(HOSTS[0], legacy.uri())
        .access_token(token)
        .retry(quick_retries())
        .build()
        .unwrap()
}

/// Sends one call to a legacy host that answers with `response`; returns the
/// request it received and the decoded result, after checking that the
/// API's first server received nothing.
async fn exchange_with<T, E, Fut>(
    operation_id: &str,
    response: ResponseTemplate,
    call: impl FnOnce(dingtalk::Client) -> Fut,
) -> (Request, T)
where
    E: std::fmt::Debug,
    Fut: Future<Output = Result<T, dingtalk::Error<E>>>,
{
    let api = MockServer::start().await;
    let legacy = server(response).await;
    let result = call(legacy_client(&api, &legacy, TOKEN))
        .await
        .unwrap_or_else(|err| panic!("{operation_id}: {err}"));
    assert!(
        api.received_requests().await.unwrap().is_empty(),
        "{operation_id}: a call reached the API's first server"
    );
    (only_request(&legacy).await, result)
}

/// [`exchange_with`] the spec's success example of `operation_id`.
async fn exchange<T, E, Fut>(
    operation_id: &str,
    call: impl FnOnce(dingtalk::Client) -> Fut,
) -> (Request, T)
where
    E: std::fmt::Debug,
    Fut: Future<Output = Result<T, dingtalk::Error<E>>>,
{
    let example = response_example(operation_id);
    assert!(example.is_object(), "{operation_id} has no success example");
    exchange_with(operation_id, ok(example), call).await
}

/// The value of the named example of an operation's JSON request body.
fn named_request_example(operation_id: &str, name: &str) -> Value {
    let (_, _, op) = operation(operation_id);
    let example = &op["requestBody"]["content"]["application/json"]["examples"][name];
    assert!(example.is_object(), "{operation_id} has no example {name}");
    example["value"].clone()
}

/// Checks the request a call of `operation_id` sent: the spec's method and
/// path; exactly the query pairs `query` plus the token as `access_token`
/// (in any order, each once); no token header; `accept` and `user-agent`.
/// `query` must name every query parameter the spec documents, so that no
/// test leaves an optional one out.
fn check_request_line(request: &Request, operation_id: &str, query: &[(&str, &str)]) {
    let spec = spec();
    let (template, spec_method, _) = operation(operation_id);
    assert_eq!(
        request.method.as_str(),
        spec_method,
        "{operation_id}: method"
    );
    assert_eq!(request.url.path(), template, "{operation_id}: path");

    let mut sent = common::query(request);
    sent.sort();
    let mut expected: Vec<(String, String)> = query
        .iter()
        .chain(&[("access_token", TOKEN)])
        .map(|&(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    expected.sort();
    assert_eq!(sent, expected, "{operation_id}: query");
    let documented: BTreeSet<String> = parameters(spec, &template, &spec_method.to_lowercase())
        .iter()
        .filter(|p| p["in"] == "query")
        .map(|p| p["name"].as_str().unwrap().to_owned())
        .collect();
    let named: BTreeSet<String> = query.iter().map(|&(k, _)| k.to_owned()).collect();
    assert_eq!(
        named, documented,
        "{operation_id}: the test should send every documented query parameter"
    );

    assert_eq!(
        header(request, "x-acs-dingtalk-access-token"),
        None,
        "{operation_id}: the token header goes to api.dingtalk.com only"
    );
    assert_eq!(header(request, "accept"), Some("application/json"));
    assert!(header(request, "user-agent")
        .unwrap()
        .starts_with("dingtalk-openapi/"));
}

/// [`check_request_line`], and a JSON body equal to `body`.
fn check_json_request(request: &Request, operation_id: &str, query: &[(&str, &str)], body: &Value) {
    check_request_line(request, operation_id, query);
    assert_eq!(header(request, "content-type"), Some("application/json"));
    assert!(body.is_object(), "{operation_id}: no request example");
    assert_eq!(&json_body(request), body, "{operation_id}: body");
}

/// [`check_json_request`] with the spec's (only) request example.
fn check_request(request: &Request, operation_id: &str) {
    check_json_request(request, operation_id, &[], &request_example(operation_id));
}

/// Checks that `result`, what `send` returned, is the part of the spec's
/// success example `x-result` points at (the whole body without one), with
/// nothing lost or added on the way.
fn check_result<T: openapi_runtime::Serialize>(operation_id: &str, result: &T) {
    let (_, _, op) = operation(operation_id);
    let pointer = op["x-result"].as_str().unwrap_or("");
    let example = response_example(operation_id);
    let expected = example
        .pointer(pointer)
        .unwrap_or_else(|| panic!("{operation_id}: nothing at {pointer}"));
    assert_eq!(
        &serde_json::to_value(result).unwrap(),
        expected,
        "{operation_id}: result"
    );
}

// ---- custom robots -------------------------------------------------------------------

/// Sends `message` through the robot with a signature, and checks the body
/// against the spec's request example `name`.
async fn robot_send(name: &str, message: RobotMessage) {
    let (request, status) = exchange("robot_Send", |client| {
        client
            .oapi_robot()
            .send(message)
            .timestamp(1700000000000)
            .sign("uroalHrWHORz59talE1o26b8HuX2kOp8WlAN91F9Pj0=")
            .send()
    })
    .await;
    check_json_request(
        &request,
        "robot_Send",
        &[
            ("timestamp", "1700000000000"),
            ("sign", "uroalHrWHORz59talE1o26b8HuX2kOp8WlAN91F9Pj0="),
        ],
        &named_request_example("robot_Send", name),
    );
    // The signature's `+`, `/` and `=` are encoded in the URL.
    assert!(
        request
            .url
            .query()
            .unwrap()
            .contains("sign=uroalHrWHORz59talE1o26b8HuX2kOp8WlAN91F9Pj0%3D"),
        "{}",
        request.url
    );
    check_result("robot_Send", &status);
    assert_eq!(status.errcode, 0);
}

#[tokio::test]
async fn robot_send_text_mentioning_by_mobile_and_user_id() {
    let message = RobotMessage::RobotTextMessage(RobotTextMessage {
        text: RobotTextMessageText {
            content: "Build 1432 failed on main. @13800000000 @user123 please have a look.".into(),
        },
        at: Some(RobotAt {
            at_mobiles: Some(vec!["13800000000".into()]),
            at_user_ids: Some(vec!["user123".into()]),
            is_at_all: Some(false),
        }),
        msg_uuid: None,
    });
    robot_send("text", message).await;
}

#[tokio::test]
async fn robot_send_link() {
    let message = RobotMessage::RobotLinkMessage(RobotLinkMessage {
        link: RobotLinkMessageLink {
            title: "Release 2.4 is out".into(),
            text: "What changed in this release, and how to upgrade.".into(),
            message_url: "https://example.com/releases/2.4".into(),
            pic_url: Some("https://example.com/images/release.png".into()),
        },
        msg_uuid: None,
    });
    robot_send("link", message).await;
}

#[tokio::test]
async fn robot_send_markdown_mentioning_everyone() {
    let message = RobotMessage::RobotMarkdownMessage(RobotMarkdownMessage {
        markdown: RobotMarkdownMessageMarkdown {
            title: "Disk alert: db-1".into(),
            text: "#### Disk alert: db-1\n> /var is 93% full\n\n[Open the dashboard](https://example.com/dash)".into(),
        },
        at: Some(RobotAt {
            is_at_all: Some(true),
            ..RobotAt::default()
        }),
        msg_uuid: None,
    });
    robot_send("markdown", message).await;
}

#[tokio::test]
async fn robot_send_action_card_with_one_button() {
    let message = RobotMessage::RobotActionCardMessage(RobotActionCardMessage {
        action_card: RobotActionCard::RobotSingleButtonActionCard(RobotSingleButtonActionCard {
            title: "Weekly report".into(),
            text: "### Weekly report\nSales grew 4% this week.".into(),
            single_title: "Read the report".into(),
            single_url: "https://example.com/reports/42".into(),
            btn_orientation: Some(RobotButtonOrientation::V0),
            hide_avatar: None,
        }),
        msg_uuid: None,
    });
    robot_send("actionCard", message).await;
}

#[tokio::test]
async fn robot_send_action_card_with_a_button_per_choice() {
    let button = |title: &str, url: &str| RobotActionCardButton {
        title: title.into(),
        action_url: url.into(),
    };
    let message = RobotMessage::RobotActionCardMessage(RobotActionCardMessage {
        action_card: RobotActionCard::RobotMultiButtonActionCard(RobotMultiButtonActionCard {
            title: "Deploy 2.4 to production?".into(),
            text: "### Deploy 2.4 to production?\nAll checks passed on staging.".into(),
            btns: vec![
                button("Deploy", "https://example.com/deploy/2.4?go=yes"),
                button("Hold", "https://example.com/deploy/2.4?go=no"),
            ],
            btn_orientation: Some(RobotButtonOrientation::V1),
            hide_avatar: None,
        }),
        msg_uuid: None,
    });
    robot_send("multiButtonActionCard", message).await;
}

#[tokio::test]
async fn robot_send_feed_card() {
    let link = |title: &str, url: &str, picture: &str| RobotFeedCardLink {
        title: title.into(),
        message_url: url.into(),
        pic_url: picture.into(),
    };
    let message = RobotMessage::RobotFeedCardMessage(RobotFeedCardMessage {
        feed_card: RobotFeedCardMessageFeedCard {
            links: vec![
                link(
                    "Incident 17 resolved",
                    "https://example.com/incidents/17",
                    "https://example.com/images/ok.png",
                ),
                link(
                    "Incident 18 opened",
                    "https://example.com/incidents/18",
                    "https://example.com/images/alert.png",
                ),
            ],
        },
        msg_uuid: None,
    });
    robot_send("feedCard", message).await;
}

/// The client's token is the robot's webhook token: it goes as the
/// `access_token` of the webhook, and a token DingTalk does not know
/// (400101) is reported as it is, not renewed.
#[tokio::test]
async fn robot_send_takes_the_webhook_token() {
    let (api, legacy) = (MockServer::start().await, MockServer::start().await);
    Mock::given(method("POST"))
        .and(path("/robot/send"))
        .and(query_param("access_token", "robot-webhook-token"))
        .respond_with(ok(json!({"errcode": 0, "errmsg": "ok"})))
        .mount(&legacy)
        .await;
    Mock::given(method("POST"))
        .and(path("/robot/send"))
        .and(query_param("access_token", "unknown-webhook-token"))
        .respond_with(ok(
            json!({"errcode": 400101, "errmsg": "access_token does not exist"}),
        ))
        .mount(&legacy)
        .await;
    let text = || {
        RobotMessage::RobotTextMessage(RobotTextMessage {
            text: RobotTextMessageText {
                content: "The nightly build passed.".into(),
            },
            at: None,
            msg_uuid: None,
        })
    };
    let robot = legacy_client(&api, &legacy, "robot-webhook-token");
    let status = robot.oapi_robot().send(text()).send().await.unwrap();
    assert_eq!(status.errcode, 0);
    let request = only_request(&legacy).await;
    assert_eq!(
        common::query(&request),
        [("access_token".to_owned(), "robot-webhook-token".to_owned())]
    );
    assert_eq!(header(&request, "x-acs-dingtalk-access-token"), None);
    assert_eq!(
        json_body(&request),
        json!({"msgtype": "text", "text": {"content": "The nightly build passed."}})
    );

    let unknown = legacy_client(&api, &legacy, "unknown-webhook-token");
    let err = unknown.oapi_robot().send(text()).send().await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::TokenNotExist));
    assert_eq!(err.as_api().unwrap().status.as_u16(), 200);
    assert_eq!(legacy.received_requests().await.unwrap().len(), 2);
    assert!(api.received_requests().await.unwrap().is_empty());
    // The webhook token is a secret: no error shows it.
    assert!(!err.to_string().contains("unknown-webhook-token"), "{err}");
    assert!(!format!("{err:?}").contains("unknown-webhook-token"));
}

// ---- work notifications --------------------------------------------------------------

#[tokio::test]
async fn message_async_send_text_to_users() {
    let (request, response) = exchange("message_AsyncSend", |client| {
        client
            .oapi_message()
            .async_send(AsyncSendInput {
                agent_id: 836390886,
                msg: WorkNotificationMessage::WorkTextMessage(WorkTextMessage {
                    text: WorkTextMessageText {
                        content: "Please submit your daily report.".into(),
                    },
                }),
            })
            .userid_list("user123,user456")
            .send()
    })
    .await;
    let body = named_request_example("message_AsyncSend", "text");
    check_json_request(&request, "message_AsyncSend", &[], &body);
    check_result("message_AsyncSend", &response);
    assert_eq!(response.task_id, Some(256271667526));
}

#[tokio::test]
async fn message_async_send_oa_to_a_department() {
    let item = |key: &str, value: &str| WorkOaBodyFormItem {
        key: Some(key.into()),
        value: Some(value.into()),
    };
    let oa = WorkOaMessage {
        oa: WorkOa {
            message_url: "https://example.com/leave/88".into(),
            pc_message_url: None,
            head: WorkOaHead {
                bgcolor: "FFBBBBBB".into(),
                text: "Leave request".into(),
            },
            status_bar: None,
            body: WorkOaBody {
                title: Some("Leave request from Zhang San".into()),
                form: Some(vec![item("Type:", "Annual leave"), item("Days:", "2")]),
                content: Some("Waiting for your approval.".into()),
                ..serde_json::from_value(json!({})).unwrap()
            },
        },
    };
    let (request, _) = exchange("message_AsyncSend", |client| {
        client
            .oapi_message()
            .async_send(AsyncSendInput {
                agent_id: 836390886,
                msg: WorkNotificationMessage::WorkOaMessage(oa),
            })
            .dept_id_list("123")
            .send()
    })
    .await;
    let body = named_request_example("message_AsyncSend", "oa");
    check_json_request(&request, "message_AsyncSend", &[], &body);
}

#[tokio::test]
async fn message_async_send_markdown_to_everyone() {
    let (request, _) = exchange("message_AsyncSend", |client| {
        client
            .oapi_message()
            .async_send(AsyncSendInput {
                agent_id: 836390886,
                msg: WorkNotificationMessage::WorkMarkdownMessage(WorkMarkdownMessage {
                    markdown: WorkMarkdownMessageMarkdown {
                        title: "Office closed on Friday".into(),
                        text:
                            "### Office closed on Friday\nThe building is closed for maintenance."
                                .into(),
                    },
                }),
            })
            .to_all_user(true)
            .send()
    })
    .await;
    let body = named_request_example("message_AsyncSend", "markdown");
    check_json_request(&request, "message_AsyncSend", &[], &body);
}

#[tokio::test]
async fn message_get_send_progress() {
    let (request, progress) = exchange("message_GetSendProgress", |client| {
        client
            .oapi_message()
            .get_send_progress(GetSendProgressInput {
                agent_id: 836390886,
                task_id: 256271667526,
            })
            .send()
    })
    .await;
    check_request(&request, "message_GetSendProgress");
    check_result("message_GetSendProgress", &progress);
    let progress = progress.unwrap();
    assert_eq!(
        (progress.progress_in_percent, progress.status),
        (Some(100), Some(2))
    );
}

#[tokio::test]
async fn message_get_send_result() {
    let (request, result) = exchange("message_GetSendResult", |client| {
        client
            .oapi_message()
            .get_send_result(GetSendResultInput {
                agent_id: 836390886,
                task_id: 256271667526,
            })
            .send()
    })
    .await;
    check_request(&request, "message_GetSendResult");
    check_result("message_GetSendResult", &result);
    let result = result.unwrap();
    assert_eq!(result.read_user_id_list, Some(vec!["user123".to_owned()]));
    let forbidden = &result.forbidden_list.unwrap()[0];
    assert_eq!(forbidden.code.as_deref(), Some("143106"));
}

#[tokio::test]
async fn message_recall() {
    let (request, status) = exchange("message_Recall", |client| {
        client
            .oapi_message()
            .recall(RecallInput {
                agent_id: 836390886,
                msg_task_id: 256271667526,
            })
            .send()
    })
    .await;
    check_request(&request, "message_Recall");
    check_result("message_Recall", &status);
}

// ---- users ---------------------------------------------------------------------------

#[tokio::test]
async fn user_get() {
    let (request, user) = exchange("user_Get", |client| {
        client
            .oapi_user()
            .get("manager4220")
            .language(OapiLanguage::ZhCn)
            .send()
    })
    .await;
    check_request(&request, "user_Get");
    check_result("user_Get", &user);
    let user = user.unwrap();
    assert_eq!(user.name.as_deref(), Some("Zhang San"));
    assert_eq!(user.dept_id_list, Some(vec![2, 3]));
}

#[tokio::test]
async fn user_get_by_mobile() {
    let (request, user) = exchange("user_GetByMobile", |client| {
        client.oapi_user().get_by_mobile("18513027676").send()
    })
    .await;
    check_request(&request, "user_GetByMobile");
    check_result("user_GetByMobile", &user);
    assert_eq!(user.unwrap().userid.as_deref(), Some("manager4220"));
}

#[tokio::test]
async fn user_get_by_union_id() {
    let (request, user) = exchange("user_GetByUnionId", |client| {
        client
            .oapi_user()
            .get_by_union_id("z21HjQliSzpw0Yxxxx")
            .send()
    })
    .await;
    check_request(&request, "user_GetByUnionId");
    check_result("user_GetByUnionId", &user);
    assert_eq!(user.unwrap().userid.as_deref(), Some("manager4220"));
}

#[tokio::test]
async fn user_list() {
    let (request, page) = exchange("user_List", |client| {
        client
            .oapi_user()
            .list(ListInput {
                dept_id: 10,
                cursor: 0,
                size: 10,
            })
            .order_field(UserListRequestOrderField::ModifyDesc)
            .contain_access_limit(false)
            .language(OapiLanguage::ZhCn)
            .send()
    })
    .await;
    check_request(&request, "user_List");
    check_result("user_List", &page);
    let page = page.unwrap();
    assert_eq!((page.has_more, page.next_cursor), (Some(true), Some(10)));
    assert_eq!(page.list.unwrap()[0].userid.as_deref(), Some("zhangsan"));
}

#[tokio::test]
async fn user_list_simple() {
    let (request, page) = exchange("user_ListSimple", |client| {
        client
            .oapi_user()
            .list_simple(ListSimpleInput {
                dept_id: 10,
                cursor: 0,
                size: 100,
            })
            .order_field(UserListRequestOrderField::Custom)
            .send()
    })
    .await;
    check_request(&request, "user_ListSimple");
    check_result("user_ListSimple", &page);
    let names: Vec<_> = page
        .unwrap()
        .list
        .unwrap()
        .into_iter()
        .map(|user| user.name.unwrap())
        .collect();
    assert_eq!(names, ["Wang Wu", "Li Si"]);
}

#[tokio::test]
async fn user_list_id() {
    let (request, ids) = exchange("user_ListId", |client| {
        client.oapi_user().list_id(100).send()
    })
    .await;
    check_request(&request, "user_ListId");
    check_result("user_ListId", &ids);
}

#[tokio::test]
async fn user_count() {
    let (request, count) = exchange("user_Count", |client| {
        client.oapi_user().count(false).send()
    })
    .await;
    check_request(&request, "user_Count");
    check_result("user_Count", &count);
    assert_eq!(count.unwrap().count, Some(4));
}

#[tokio::test]
async fn user_create() {
    let (request, created) = exchange("user_Create", |client| {
        client
            .oapi_user()
            .create(oapi_user::CreateInput {
                name: "Zhang San",
                mobile: "18513027676",
                dept_id_list: "2,3",
            })
            .userid("zhangsan")
            .title("CTO")
            .job_number("4")
            .hired_date(1597573616828)
            .dept_order_list(vec![UserDeptOrder {
                dept_id: Some(2),
                order: Some(1),
            }])
            .send()
    })
    .await;
    check_request(&request, "user_Create");
    check_result("user_Create", &created);
    assert_eq!(created.unwrap().userid.as_deref(), Some("zhangsan"));
}

#[tokio::test]
async fn user_update() {
    let (request, status) = exchange("user_Update", |client| {
        client
            .oapi_user()
            .update("zhangsan")
            .title("CEO")
            .dept_id_list("2")
            .language(OapiLanguage::ZhCn)
            .send()
    })
    .await;
    check_request(&request, "user_Update");
    check_result("user_Update", &status);
}

#[tokio::test]
async fn user_delete() {
    let (request, status) = exchange("user_Delete", |client| {
        client.oapi_user().delete("zhangsan").send()
    })
    .await;
    check_request(&request, "user_Delete");
    check_result("user_Delete", &status);
}

#[tokio::test]
async fn user_get_user_info() {
    let (request, user) = exchange("user_GetUserInfo", |client| {
        client
            .oapi_user()
            .get_user_info("bab02f63c1e030fbbxxxx")
            .send()
    })
    .await;
    check_request(&request, "user_GetUserInfo");
    check_result("user_GetUserInfo", &user);
    assert_eq!(user.unwrap().userid.as_deref(), Some("userid123"));
}

// ---- departments ---------------------------------------------------------------------

#[tokio::test]
async fn department_get() {
    let (request, department) = exchange("department_Get", |client| {
        client
            .oapi_department()
            .get(100)
            .language(OapiLanguage::ZhCn)
            .send()
    })
    .await;
    check_request(&request, "department_Get");
    check_result("department_Get", &department);
    assert_eq!(department.unwrap().name.as_deref(), Some("HR"));
}

#[tokio::test]
async fn department_list_sub() {
    let (request, departments) = exchange("department_ListSub", |client| {
        client
            .oapi_department()
            .list_sub()
            .dept_id(1)
            .language(OapiLanguage::ZhCn)
            .send()
    })
    .await;
    check_request(&request, "department_ListSub");
    check_result("department_ListSub", &departments);
    assert_eq!(departments.unwrap().len(), 2);
}

#[tokio::test]
async fn department_list_sub_id() {
    let (request, ids) = exchange("department_ListSubId", |client| {
        client.oapi_department().list_sub_id(1).send()
    })
    .await;
    check_request(&request, "department_ListSubId");
    check_result("department_ListSubId", &ids);
}

#[tokio::test]
async fn department_list_parent_by_user() {
    let (request, parents) = exchange("department_ListParentByUser", |client| {
        client
            .oapi_department()
            .list_parent_by_user("manager4220")
            .send()
    })
    .await;
    check_request(&request, "department_ListParentByUser");
    check_result("department_ListParentByUser", &parents);
}

#[tokio::test]
async fn department_create() {
    let (request, created) = exchange("department_Create", |client| {
        client
            .oapi_department()
            .create(oapi_department::CreateInput {
                name: "Research",
                parent_id: 1,
            })
            .order(10)
            .create_dept_group(true)
            .source_identifier("research")
            .send()
    })
    .await;
    check_request(&request, "department_Create");
    check_result("department_Create", &created);
}

#[tokio::test]
async fn department_update() {
    let (request, status) = exchange("department_Update", |client| {
        client
            .oapi_department()
            .update(411)
            .name("Research and Development")
            .dept_manager_userid_list("manager220")
            .send()
    })
    .await;
    check_request(&request, "department_Update");
    check_result("department_Update", &status);
}

#[tokio::test]
async fn department_delete() {
    let (request, status) = exchange("department_Delete", |client| {
        client.oapi_department().delete(411).send()
    })
    .await;
    check_request(&request, "department_Delete");
    check_result("department_Delete", &status);
}

// ---- approvals -----------------------------------------------------------------------

#[tokio::test]
async fn process_create_instance() {
    let field = |name: &str, value: &str| FormComponentValue {
        name: name.into(),
        value: FormComponentValueValue::Variant0(value.into()),
        ext_value: None,
    };
    let (request, created) = exchange("process_CreateInstance", |client| {
        client
            .oapi_process()
            .create_instance(CreateInstanceInput {
                process_code: "PROC-EF6YJL35P2xxxx",
                originator_user_id: "manager432",
                dept_id: 100,
                form_component_values: vec![
                    field("Leave type", "Annual leave"),
                    field("[\"Start\",\"End\"]", "[\"2024-02-19\",\"2024-02-25\"]"),
                ],
            })
            .approvers_v2(vec![ProcessApprover {
                task_action_type: ProcessApproverTaskActionType::Or,
                user_ids: vec!["manager1".into(), "manager2".into()],
            }])
            .cc_list("user2")
            .cc_position(ProcessInstanceCreateRequestCcPosition::Finish)
            .send()
    })
    .await;
    check_request(&request, "process_CreateInstance");
    check_result("process_CreateInstance", &created);
    assert_eq!(
        created.process_instance_id.as_deref(),
        Some("7fc61e3e-7282-xxxx")
    );
}

#[tokio::test]
async fn process_get_instance() {
    let (request, instance) = exchange("process_GetInstance", |client| {
        client.oapi_process().get_instance("1a2b-3e4dxxxx").send()
    })
    .await;
    check_request(&request, "process_GetInstance");
    check_result("process_GetInstance", &instance);
    let instance = instance.unwrap();
    assert_eq!(
        instance.title.as_deref(),
        Some("Leave request from Zhang San")
    );
}

#[tokio::test]
async fn process_list_instance_ids() {
    let (request, ids) = exchange("process_ListInstanceIds", |client| {
        client
            .oapi_process()
            .list_instance_ids(ListInstanceIdsInput {
                process_code: "PROC-FF6Y2xxxx",
                start_time: 1496678400000,
            })
            .end_time(1497283200000)
            .size(10)
            .cursor(0)
            .userid_list("manager1,manager2")
            .send()
    })
    .await;
    check_request(&request, "process_ListInstanceIds");
    check_result("process_ListInstanceIds", &ids);
}

#[tokio::test]
async fn process_terminate_instance() {
    let (request, terminated) = exchange("process_TerminateInstance", |client| {
        client
            .oapi_process()
            .terminate_instance(ProcessInstanceTerminateRequestRequest {
                process_instance_id: "a171de6c-8bxxxx".into(),
                is_system: false,
                remark: Some("Submitted by mistake.".into()),
                operating_userid: Some("133743186427339452".into()),
            })
            .send()
    })
    .await;
    check_request(&request, "process_TerminateInstance");
    check_result("process_TerminateInstance", &terminated);
}

// ---- media and JSAPI tickets ---------------------------------------------------------

/// The parts of a `multipart/form-data` body: each one's headers (lowercase
/// names) and contents.
fn parts(request: &Request) -> Vec<(BTreeMap<String, String>, Vec<u8>)> {
    let content_type = header(request, "content-type").unwrap();
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

#[tokio::test]
async fn media_upload() {
    let contents = b"%PDF-1.4\r\n\x00\xffreport".to_vec();
    // The spec's example names the file `report.pdf`.
    let input = oapi_media::UploadInput {
        r#type: oapi_media::MediaType::File,
        media: dingtalk::File::new(contents.clone()).file_name("report.pdf"),
    };
    let (request, uploaded) = exchange("media_Upload", |client| {
        client.oapi_media().upload(input).send()
    })
    .await;
    check_request_line(&request, "media_Upload", &[("type", "file")]);
    let (_, _, op) = operation("media_Upload");
    let example = &op["requestBody"]["content"]["multipart/form-data"]["example"];
    assert_eq!(example, &json!({"media": "report.pdf"}));
    let parts = parts(&request);
    assert_eq!(parts.len(), 1, "one part, the file");
    let (headers, body) = &parts[0];
    assert_eq!(
        headers,
        &BTreeMap::from([
            (
                "content-disposition".to_owned(),
                "form-data; name=\"media\"; filename=\"report.pdf\"".to_owned()
            ),
            (
                "content-type".to_owned(),
                "application/octet-stream".to_owned()
            ),
        ])
    );
    assert_eq!(body, &contents);
    check_result("media_Upload", &uploaded);
    assert_eq!(uploaded.media_id.as_deref(), Some("$iAEKAqNwbmcDBgTNAk"));
    assert_eq!(uploaded.r#type, Some(oapi_media::MediaType::Image));
}

#[tokio::test]
async fn jsapi_get_ticket() {
    let (request, ticket) = exchange("jsapi_GetTicket", |client| {
        client.oapi_media().jsapi_get_ticket().send()
    })
    .await;
    check_request_line(&request, "jsapi_GetTicket", &[]);
    assert!(request.body.is_empty());
    assert_eq!(header(&request, "content-type"), None);
    check_result("jsapi_GetTicket", &ticket);
    assert_eq!(ticket.expires_in, Some(7200));
    // The ticket signs pages: it stays out of debug output.
    assert!(!format!("{ticket:?}").contains("dWk8xxxx"));
}

#[test]
fn every_legacy_operation_is_tested_here() {
    let source = include_str!("oapi_operations.rs");
    let legacy: Vec<String> = operation_ids()
        .into_iter()
        .filter(|id| operation(id).2.get("x-error-in-body").is_some())
        .collect();
    assert_eq!(legacy.len(), 29);
    for id in legacy {
        assert!(
            source.contains(&format!("check_request(&request, \"{id}\")"))
                || source.contains(&format!("check_result(\"{id}\"")),
            "{id} has no test here"
        );
    }
}

// ---- behaviours of the legacy host ---------------------------------------------------

/// Answers `route` with `body` (HTTP 200), the first `times` calls only when given.
async fn answer(server: &MockServer, route: &str, body: Value, times: Option<u64>) {
    let mock = Mock::given(path(route)).respond_with(ok(body));
    match times {
        Some(n) => mock.up_to_n_times(n).with_priority(1).mount(server).await,
        None => mock.with_priority(2).mount(server).await,
    }
}

async fn count(server: &MockServer, route: &str) -> usize {
    let requests = server.received_requests().await.unwrap();
    requests.iter().filter(|r| r.url.path() == route).count()
}

const USER_GET: &str = "/topapi/v2/user/get";

fn user_ok() -> Value {
    json!({"errcode": 0, "errmsg": "ok", "result": {"userid": "manager4220", "name": "Zhang San"}})
}

#[tokio::test]
async fn user_list_items_follow_the_integer_cursor_through_every_page() {
    let (api, legacy) = (MockServer::start().await, MockServer::start().await);
    let users = |ids: &[&str]| -> Value { ids.iter().map(|id| json!({"userid": id})).collect() };
    let pages = [
        (
            0,
            json!({"has_more": true, "next_cursor": 2, "list": users(&["a", "b"])}),
        ),
        (
            2,
            json!({"has_more": true, "next_cursor": 4, "list": users(&["c", "d"])}),
        ),
        (4, json!({"has_more": false, "list": users(&["e"])})),
    ];
    for (cursor, result) in pages {
        Mock::given(method("POST"))
            .and(path("/topapi/v2/user/list"))
            .and(query_param("access_token", TOKEN))
            .and(body_partial_json(
                json!({"dept_id": 10, "cursor": cursor, "size": 2}),
            ))
            .respond_with(ok(json!({"errcode": 0, "errmsg": "ok", "result": result})))
            .mount(&legacy)
            .await;
    }
    let users: Vec<_> = legacy_client(&api, &legacy, TOKEN)
        .oapi_user()
        .list(ListInput {
            dept_id: 10,
            cursor: 0,
            size: 2,
        })
        .language(OapiLanguage::EnUs)
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = users.iter().map(|u| u.userid.as_deref().unwrap()).collect();
    assert_eq!(ids, ["a", "b", "c", "d", "e"]);
    let requests = legacy.received_requests().await.unwrap();
    let cursors: Vec<_> = requests
        .iter()
        .map(|r| json_body(r)["cursor"].clone())
        .collect();
    assert_eq!(cursors, [json!(0), json!(2), json!(4)]);
    // Every page keeps the other inputs.
    assert!(requests
        .iter()
        .all(|r| json_body(r)["language"] == "en_US" && json_body(r)["size"] == 2));
    assert!(api.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn an_error_inside_a_page_ends_the_items_with_it() {
    let (api, legacy) = (MockServer::start().await, MockServer::start().await);
    answer(
        &legacy,
        "/topapi/v2/user/list",
        json!({"errcode": 0, "result": {"has_more": true, "next_cursor": 1, "list": [{"userid": "a"}]}}),
        Some(1),
    )
    .await;
    answer(
        &legacy,
        "/topapi/v2/user/list",
        json!({"errcode": 60003, "errmsg": "department not found"}),
        None,
    )
    .await;
    let mut items = legacy_client(&api, &legacy, TOKEN)
        .oapi_user()
        .list(ListInput {
            dept_id: 10,
            cursor: 0,
            size: 1,
        })
        .items();
    let first = items.try_next().await.unwrap().unwrap();
    assert_eq!(first.userid.as_deref(), Some("a"));
    let err = items.try_next().await.unwrap_err();
    assert_eq!(err.code(), Some(oapi_user::ErrorCode::DeptNotFound));
    assert_eq!(err.as_api().unwrap().status.as_u16(), 200);
}

/// The spec lists `-1` (busy) and `90002` (throttled) as retryable on each
/// legacy operation (`x-retryable-error-codes` on the operation).
#[tokio::test]
async fn a_retryable_error_inside_a_success_is_retried_on_an_idempotent_operation() {
    for code in [-1, 90002] {
        let (api, legacy) = (MockServer::start().await, MockServer::start().await);
        answer(
            &legacy,
            USER_GET,
            json!({"errcode": code, "errmsg": "busy"}),
            Some(1),
        )
        .await;
        answer(&legacy, USER_GET, user_ok(), None).await;
        let user = legacy_client(&api, &legacy, TOKEN)
            .oapi_user()
            .get("manager4220")
            .send()
            .await
            .unwrap_or_else(|err| panic!("{code}: {err}"));
        assert_eq!(user.unwrap().name.as_deref(), Some("Zhang San"));
        assert_eq!(count(&legacy, USER_GET).await, 2, "{code}");
    }
}

/// An operation unsafe to repeat is retried only on the codes with which it
/// refuses a request without carrying it out (`90002`, throttled), not on
/// `-1` (busy), after which the user may have been created.
#[tokio::test]
async fn on_an_operation_unsafe_to_repeat_only_a_refusal_is_retried() {
    let (api, legacy) = (MockServer::start().await, MockServer::start().await);
    answer(
        &legacy,
        "/topapi/v2/user/create",
        json!({"errcode": 90002, "errmsg": "too many requests"}),
        Some(1),
    )
    .await;
    answer(
        &legacy,
        "/topapi/v2/user/create",
        json!({"errcode": 0, "errmsg": "ok", "result": {"userid": "u1"}}),
        None,
    )
    .await;
    legacy_client(&api, &legacy, TOKEN)
        .oapi_user()
        .create(oapi_user::CreateInput {
            name: "Zhang San",
            mobile: "18513027676",
            dept_id_list: "2",
        })
        .send()
        .await
        .unwrap();
    assert_eq!(count(&legacy, "/topapi/v2/user/create").await, 2);

    for code in [-1] {
        let (api, legacy) = (MockServer::start().await, MockServer::start().await);
        answer(
            &legacy,
            "/topapi/v2/user/create",
            json!({"errcode": code, "errmsg": "busy"}),
            None,
        )
        .await;
        let err = legacy_client(&api, &legacy, TOKEN)
            .oapi_user()
            .create(oapi_user::CreateInput {
                name: "Zhang San",
                mobile: "18513027676",
                dept_id_list: "2",
            })
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some(oapi_user::ErrorCode::SystemBusy));
        assert_eq!(count(&legacy, "/topapi/v2/user/create").await, 1, "{code}");
    }
}

#[tokio::test]
async fn an_error_that_is_not_retryable_is_not_retried() {
    let (api, legacy) = (MockServer::start().await, MockServer::start().await);
    answer(
        &legacy,
        USER_GET,
        json!({"errcode": 33012, "errmsg": "invalid userid"}),
        None,
    )
    .await;
    let err = legacy_client(&api, &legacy, TOKEN)
        .oapi_user()
        .get("nobody")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(oapi_user::ErrorCode::InvalidUserId));
    let api_error = err.as_api().unwrap();
    assert_eq!(
        (api_error.code.as_deref(), api_error.message.as_deref()),
        (Some("33012"), Some("invalid userid"))
    );
    assert_eq!(count(&legacy, USER_GET).await, 1);
}

/// The request id DingTalk puts in the body of the legacy host's answers
/// (`request_id`, `OapiRequestId`) is the error's request id.
#[tokio::test]
async fn the_request_id_of_an_error_inside_a_success_is_kept() {
    let (api, legacy) = (MockServer::start().await, MockServer::start().await);
    answer(
        &legacy,
        USER_GET,
        json!({"errcode": 60121, "errmsg": "not found", "request_id": "4e7exhl6pm0t"}),
        None,
    )
    .await;
    let err = legacy_client(&api, &legacy, TOKEN)
        .oapi_user()
        .get("nobody")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.request_id(), Some("4e7exhl6pm0t"));
}

/// A client with app credentials whose token calls go to `api` and whose
/// legacy calls go to `legacy`.
#[cfg(feature = "oauth2_1_0")]
fn app_client(api: &MockServer, legacy: &MockServer) -> dingtalk::Client {
    dingtalk::Client::builder()
        .base_url(api.uri())
        .host_url(HOSTS[0], legacy.uri())
        .credentials(dingtalk::Credentials::app(dingtalk::AppCredentials {
            app_key: "app-key",
            app_secret: "app-secret-value",
        }))
        .retry(quick_retries())
        .build()
        .unwrap()
}

#[cfg(feature = "oauth2_1_0")]
const TOKEN_PATH: &str = "/v1.0/oauth2/accessToken";

/// The app token call answers `stale`, then `fresh`.
#[cfg(feature = "oauth2_1_0")]
async fn stale_then_fresh_token(api: &MockServer) {
    let token = |token: &str| ok(json!({"accessToken": token, "expireIn": 7200}));
    Mock::given(path(TOKEN_PATH))
        .respond_with(token("stale"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(api)
        .await;
    Mock::given(path(TOKEN_PATH))
        .respond_with(token("fresh"))
        .with_priority(2)
        .mount(api)
        .await;
}

#[cfg(feature = "oauth2_1_0")]
#[tokio::test]
async fn an_invalid_token_code_inside_a_success_renews_the_token_once() {
    for code in [40014, 42001] {
        let (api, legacy) = (MockServer::start().await, MockServer::start().await);
        stale_then_fresh_token(&api).await;
        Mock::given(path(USER_GET))
            .and(query_param("access_token", "stale"))
            .respond_with(ok(json!({"errcode": code, "errmsg": "invalid token"})))
            .mount(&legacy)
            .await;
        Mock::given(path(USER_GET))
            .and(query_param("access_token", "fresh"))
            .respond_with(ok(user_ok()))
            .mount(&legacy)
            .await;
        let user = app_client(&api, &legacy)
            .oapi_user()
            .get("manager4220")
            .send()
            .await
            .unwrap_or_else(|err| panic!("{code}: {err}"));
        assert_eq!(user.unwrap().userid.as_deref(), Some("manager4220"));
        assert_eq!(count(&api, TOKEN_PATH).await, 2, "{code}");
        assert_eq!(count(&legacy, USER_GET).await, 2, "{code}");
        // The token call carries no token; the legacy calls carry it only in the query.
        for request in api.received_requests().await.unwrap() {
            assert!(common::query(&request).is_empty(), "{code}");
        }
        for request in legacy.received_requests().await.unwrap() {
            assert_eq!(header(&request, "x-acs-dingtalk-access-token"), None);
        }
    }
}

#[cfg(feature = "oauth2_1_0")]
#[tokio::test]
async fn a_token_rejected_again_inside_a_success_fails_without_looping() {
    let (api, legacy) = (MockServer::start().await, MockServer::start().await);
    stale_then_fresh_token(&api).await;
    answer(
        &legacy,
        USER_GET,
        json!({"errcode": 40014, "errmsg": "invalid access_token"}),
        None,
    )
    .await;
    let err = app_client(&api, &legacy)
        .oapi_user()
        .get("manager4220")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(oapi_user::ErrorCode::InvalidAccessToken));
    assert_eq!(count(&api, TOKEN_PATH).await, 2);
    assert_eq!(count(&legacy, USER_GET).await, 2);
}

#[tokio::test]
async fn a_given_token_rejected_inside_a_success_is_reported_as_is() {
    let (api, legacy) = (MockServer::start().await, MockServer::start().await);
    answer(
        &legacy,
        USER_GET,
        json!({"errcode": 42001, "errmsg": "access_token expired"}),
        None,
    )
    .await;
    let err = legacy_client(&api, &legacy, TOKEN)
        .oapi_user()
        .get("manager4220")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(oapi_user::ErrorCode::AccessTokenExpired));
    assert_eq!(count(&legacy, USER_GET).await, 1);
    assert!(api.received_requests().await.unwrap().is_empty());
}

/// One client, two origins: `api.dingtalk.com`'s calls carry the token in
/// the header and never in the query; the legacy host's carry it in the
/// query and never in the header.
#[cfg(feature = "storage_1_0")]
#[tokio::test]
async fn each_origin_gets_the_token_only_in_its_own_form() {
    let (api, legacy) = (MockServer::start().await, MockServer::start().await);
    Mock::given(path("/v1.0/storage/spaces/s"))
        .respond_with(ok(json!({"space": {"id": "s"}})))
        .mount(&api)
        .await;
    answer(&legacy, USER_GET, user_ok(), None).await;
    let client = legacy_client(&api, &legacy, TOKEN);
    for _ in 0..2 {
        client
            .storage_1_0()
            .get_space(dingtalk::storage_1_0::GetSpaceInput {
                space_id: "s",
                union_id: "u",
            })
            .send()
            .await
            .unwrap();
        client.oapi_user().get("manager4220").send().await.unwrap();
    }
    let api_requests = api.received_requests().await.unwrap();
    assert_eq!(api_requests.len(), 2);
    for request in &api_requests {
        assert_eq!(request.url.path(), "/v1.0/storage/spaces/s");
        assert_eq!(header(request, "x-acs-dingtalk-access-token"), Some(TOKEN));
        assert!(
            !common::query(request)
                .iter()
                .any(|(k, _)| k == "access_token"),
            "{}",
            request.url
        );
        assert!(!request.url.as_str().contains(TOKEN), "{}", request.url);
    }
    let legacy_requests = legacy.received_requests().await.unwrap();
    assert_eq!(legacy_requests.len(), 2);
    for request in &legacy_requests {
        assert_eq!(request.url.path(), USER_GET);
        assert_eq!(header(request, "x-acs-dingtalk-access-token"), None);
        assert_eq!(
            common::query(request),
            [("access_token".to_owned(), TOKEN.to_owned())]
        );
        assert!(request
            .headers
            .values()
            .all(|value| !value.to_str().unwrap_or("").contains(TOKEN)));
    }
}

/// The token in the query stays out of errors and logs, even when the
/// legacy host cannot be reached or answers an error.
#[tokio::test]
async fn the_query_token_stays_out_of_errors_and_logs() {
    let captured = common::logs::Captured::default();
    let _guard = tracing::subscriber::set_default(captured.subscriber(tracing::Level::TRACE));
    let secret = "secret-legacy-token-value";

    let (api, legacy) = (MockServer::start().await, MockServer::start().await);
    answer(
        &legacy,
        USER_GET,
        json!({"errcode": 40014, "errmsg": "invalid access_token"}),
        None,
    )
    .await;
    let err = legacy_client(&api, &legacy, secret)
        .oapi_user()
        .get("manager4220")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.as_api().unwrap().status.as_u16(), 200);
    assert!(!err.to_string().contains(secret), "{err}");
    assert!(!format!("{err:?}").contains(secret), "{err:?}");

    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    let unreachable = dingtalk::Client::builder()
        .base_url(api.uri())
        .host_url(HOSTS[0], format!("http://{address}"))
        .access_token(secret)
        .retry(quick_retries())
        .build()
        .unwrap();
    let err = unreachable
        .oapi_user()
        .get("manager4220")
        .send()
        .await
        .unwrap_err();
    assert!(!err.to_string().contains(secret), "{err}");
    assert!(!format!("{err:?}").contains(secret), "{err:?}");
    let err: Error = err.into();
    assert!(matches!(err, Error::Transport { .. }), "{err}");

    let logs = captured.text();
    assert!(logs.contains("user_Get"), "{logs}");
    assert!(!logs.contains(secret), "{logs}");
}

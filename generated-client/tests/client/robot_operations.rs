//! Every `robot_1_0` operation against a local server. Each test calls the
//! client with the inputs of the spec's request example, optional ones
//! included, and checks the request on the wire: method, path, the exact
//! query, the token header and the JSON body, which must equal the spec's
//! request example. The server answers with the spec's 200 example and the
//! test checks the typed result. Then the documented error codes are read as
//! `ErrorCode` variants, and the read-status queries are followed across
//! pages.

use crate::common;

use std::collections::BTreeSet;

use common::*;
use dingtalk::robot_1_0::*;
use futures_util::TryStreamExt;
use serde_json::{json, Value};
use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

// The ids of the spec's examples.
const ROBOT: &str = "dingue4kfzdxbyn0pjqd";
const GROUP: &str = "cid6KeBBLoveMJOGXoYKF5x7EeiodoA==";
const GROUP_KEY: &str = "lGLr2W0bJgmujHSZP9+uWlW7oMRyuAeER8=";
const OTO_KEY: &str = "b5fe11095f46315d8d30d3f8";
const CHAT_KEY: &str = "Kna29Ra5pdJznx1ghavbumkQKwDzgfxZLapw55G7x0Q=";
const DING: &str = "ding_f3a9c1";
const MESSAGE: &str = "msgq8BvzGSEUr5vZC2yyrr9Xg==";
const WEBHOOK: &str = "7d6c0c1b2a";

/// The value of the named example of an operation's JSON request body.
fn named_request_example(operation_id: &str, name: &str) -> Value {
    let (_, _, op) = operation(operation_id);
    let example = &op["requestBody"]["content"]["application/json"]["examples"][name];
    assert!(example.is_object(), "{operation_id} has no example {name}");
    example["value"].clone()
}

/// Checks a request of `operation_id`: the spec's method and path, exactly
/// the query pairs `query` (naming every documented query parameter), the
/// common headers, and the body `body`.
fn check(request: &Request, operation_id: &str, query: &[(&str, &str)], body: Option<Value>) {
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

/// Checks a request whose body is the spec's request example.
fn check_example(request: &Request, operation_id: &str) {
    let example = request_example(operation_id);
    assert!(example.is_object(), "{operation_id} has no request example");
    check(request, operation_id, &[], Some(example));
}

/// The operations the tests below call, to compare with the spec's.
const TESTED: &[&str] = &[
    "robot_OrgGroupSend",
    "robot_OrgGroupQuery",
    "robot_OrgGroupRecall",
    "robot_BatchRecallGroup",
    "robot_BatchSendOTO",
    "robot_BatchOTOQuery",
    "robot_BatchRecallOTO",
    "robot_PrivateChatSend",
    "robot_PrivateChatQuery",
    "robot_BatchRecallPrivateChat",
    "robot_RobotMessageFileDownload",
    "robot_RobotSendDing",
    "robot_QueryRobotDingReadStatus",
    "robot_RobotRecallDing",
    "robot_SendRobotDingMessage",
    "robot_RobotReplyEmotion",
    "robot_RobotRecallEmotion",
    "robot_AddOrgRobotInstanceToGroup",
    "robot_GetBotListInGroup",
    "robot_QueryBotInstanceInGroupInfo",
    "robot_QueryRobotInstanceInGroupInfo",
    "robot_SetRobotPlugin",
    "robot_QueryRobotPlugin",
    "robot_ClearRobotPlugin",
    "robot_ManageSingleChatRobotStatus",
    "robot_UpdateInstalledRobot",
    "robot_ExecuteRobotAiSkill",
    "robot_EnableCustomRobot",
    "robot_DeleteCustomRobot",
    "robot_UpdateCustomRobotOutgoing",
];

#[test]
fn every_robot_operation_is_tested() {
    let spec: BTreeSet<String> = operation_ids()
        .into_iter()
        .filter(|id| operation(id).2["tags"][0] == "robot_1_0")
        .collect();
    let tested: BTreeSet<String> = TESTED.iter().map(|id| id.to_string()).collect();
    assert_eq!(spec, tested);
}

#[tokio::test]
async fn org_group_send_text_and_file() {
    let (request, sent) = exchange("robot_OrgGroupSend", |c| async move {
        c.robot_1_0()
            .org_group_send(OrgGroupSendInput {
                msg_key: "sampleText".into(),
                msg_param: r#"{"content":"The nightly build is green."}"#.into(),
            })
            .open_conversation_id(GROUP)
            .robot_code(ROBOT)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "robot_OrgGroupSend",
        &[],
        Some(named_request_example("robot_OrgGroupSend", "text")),
    );
    assert_eq!(sent.process_query_key, GROUP_KEY);

    let (request, _) = exchange("robot_OrgGroupSend", |c| async move {
        c.robot_1_0()
            .org_group_send(OrgGroupSendInput {
                msg_key: "sampleFile".into(),
                msg_param: json!({"mediaId": "@lAjPDeC2uGvNh_bOE3Y5", "fileName": "report.pdf", "fileType": "pdf"})
                    .to_string(),
            })
            .open_conversation_id(GROUP)
            .robot_code(ROBOT)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "robot_OrgGroupSend",
        &[],
        Some(named_request_example("robot_OrgGroupSend", "file")),
    );
}

#[tokio::test]
async fn org_group_query_and_recalls() {
    let (request, page) = exchange("robot_OrgGroupQuery", |c| async move {
        c.robot_1_0()
            .org_group_query(GROUP_KEY)
            .open_conversation_id(GROUP)
            .robot_code(ROBOT)
            .max_results(50)
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_OrgGroupQuery");
    assert_eq!(page.send_status, Some(RobotSendStatus::Success));
    assert_eq!(
        page.read_user_ids,
        Some(vec!["manager4220".into(), "user1001".into()])
    );
    assert_eq!(
        page.read_users.unwrap()[0].union_id.as_deref(),
        Some("iiiP35sJadDrDDqcrVsTBPQiEiE")
    );

    let (request, recalled) = exchange("robot_OrgGroupRecall", |c| async move {
        c.robot_1_0()
            .org_group_recall(OrgGroupRecallInput {
                open_conversation_id: GROUP.into(),
                process_query_keys: vec![GROUP_KEY.into()],
                robot_code: ROBOT.into(),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_OrgGroupRecall");
    assert_eq!(recalled.success_result, [GROUP_KEY]);
    assert!(recalled.failed_result.is_empty());

    let (request, recalled) = exchange("robot_BatchRecallGroup", |c| async move {
        c.robot_1_0()
            .batch_recall_group(BatchRecallGroupInput {
                chatbot_id: ROBOT,
                open_conversation_id: GROUP.into(),
                process_query_keys: vec![GROUP_KEY.into(), "unknownKey=".into()],
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_BatchRecallGroup");
    assert_eq!(
        recalled
            .failed_result
            .get("unknownKey=")
            .map(String::as_str),
        Some("message not found")
    );
}

#[tokio::test]
async fn one_to_one_send_query_and_recall() {
    let (request, sent) = exchange("robot_BatchSendOTO", |c| async move {
        c.robot_1_0()
            .batch_send_oto(BatchSendOtoInput {
                msg_key: "sampleMarkdown".into(),
                msg_param: "{\"title\":\"Deploy\",\"text\":\"#### Deploy\\n> v2.3 is live\"}"
                    .into(),
                robot_code: ROBOT.into(),
                user_ids: vec!["manager4220".into()],
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_BatchSendOTO");
    assert_eq!(sent.process_query_key.as_deref(), Some(OTO_KEY));
    assert_eq!(sent.invalid_staff_id_list, Some(vec![]));

    let (request, status) = exchange("robot_BatchOTOQuery", |c| async move {
        c.robot_1_0()
            .batch_oto_query(BatchOtoQueryInput {
                process_query_key: OTO_KEY,
                robot_code: ROBOT,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "robot_BatchOTOQuery",
        &[("processQueryKey", OTO_KEY), ("robotCode", ROBOT)],
        None,
    );
    let reader = &status.message_read_info_list.unwrap()[0];
    assert_eq!(reader.read_status, RobotReadStatus::Read);
    assert_eq!(reader.read_timestamp, 1_700_000_060_000);

    let (request, recalled) = exchange("robot_BatchRecallOTO", |c| async move {
        c.robot_1_0()
            .batch_recall_oto(BatchRecallOtoInput {
                process_query_keys: vec![OTO_KEY.into()],
                robot_code: ROBOT.into(),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_BatchRecallOTO");
    assert_eq!(recalled.success_result, Some(vec![OTO_KEY.into()]));
}

#[tokio::test]
async fn a_process_query_key_is_percent_encoded_in_the_query() {
    let server = server(ok(json!({}))).await;
    client(&server)
        .robot_1_0()
        .batch_oto_query(BatchOtoQueryInput {
            process_query_key: "a+b/c=",
            robot_code: ROBOT,
        })
        .send()
        .await
        .unwrap();
    let request = only_request(&server).await;
    assert!(
        request
            .url
            .query()
            .unwrap()
            .contains("processQueryKey=a%2Bb%2Fc%3D"),
        "{:?}",
        request.url.query()
    );
}

#[tokio::test]
async fn private_chat_send_query_and_recall() {
    let (request, sent) = exchange("robot_PrivateChatSend", |c| async move {
        c.robot_1_0()
            .private_chat_send(PrivateChatSendInput {
                msg_key: "sampleText".into(),
                msg_param: r#"{"content":"Your leave request was approved."}"#.into(),
            })
            .open_conversation_id(GROUP)
            .robot_code(ROBOT)
            .cool_app_code("COOLAPP-1-10186B5AA22F21197D2B000J")
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_PrivateChatSend");
    assert_eq!(sent.process_query_key, CHAT_KEY);

    let (request, page) = exchange("robot_PrivateChatQuery", |c| async move {
        c.robot_1_0()
            .private_chat_query(CHAT_KEY)
            .open_conversation_id(GROUP)
            .robot_code(ROBOT)
            .max_results(20)
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_PrivateChatQuery");
    assert_eq!(page.read_user_ids, Some(vec!["manager4220".into()]));

    let (request, recalled) = exchange("robot_BatchRecallPrivateChat", |c| async move {
        c.robot_1_0()
            .batch_recall_private_chat(BatchRecallPrivateChatInput {
                open_conversation_id: GROUP.into(),
                process_query_keys: vec![CHAT_KEY.into()],
                robot_code: ROBOT.into(),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_BatchRecallPrivateChat");
    assert_eq!(recalled.success_result, [CHAT_KEY]);
}

#[tokio::test]
async fn file_download_dings_and_emotions() {
    let (request, link) = exchange("robot_RobotMessageFileDownload", |c| async move {
        c.robot_1_0()
            .robot_message_file_download(RobotMessageFileDownloadInput {
                download_code: "mIofN681YE3f/+m+NntqpT+0Tns8H7CHLnWNm2Z5QCo=",
                robot_code: ROBOT.into(),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_RobotMessageFileDownload");
    assert_eq!(
        link.download_url,
        "https://down.dingtalk.com/robot/file/abc123"
    );

    let (request, ding) = exchange("robot_RobotSendDing", |c| async move {
        c.robot_1_0()
            .robot_send_ding(RobotSendDingInput {
                content: "The database is down.",
                receiver_user_id_list: vec!["manager4220".into()],
                remind_type: 1,
                robot_code: ROBOT.into(),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_RobotSendDing");
    assert_eq!(ding.open_ding_id, DING);
    assert!(ding.failed_list.is_empty());

    let (request, read) = exchange("robot_QueryRobotDingReadStatus", |c| async move {
        c.robot_1_0()
            .query_robot_ding_read_status(QueryRobotDingReadStatusInput {
                open_ding_id: DING,
                robot_code: ROBOT.into(),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_QueryRobotDingReadStatus");
    let list = read.result.unwrap().robot_ding_read_info_list.unwrap();
    assert_eq!(list[0].read_status.as_deref(), Some("UNREAD"));

    let (request, recalled) = exchange("robot_RobotRecallDing", |c| async move {
        c.robot_1_0()
            .robot_recall_ding(RobotRecallDingInput {
                open_ding_id: DING,
                robot_code: ROBOT.into(),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_RobotRecallDing");
    assert_eq!(recalled.open_ding_id.as_deref(), Some(DING));

    let (request, sent) = exchange("robot_SendRobotDingMessage", |c| async move {
        c.robot_1_0()
            .send_robot_ding_message(SendRobotDingMessageInput {
                content_params: [("service".to_owned(), "billing".to_owned())].into(),
                ding_template_id: "tpl_outage",
                open_conversation_id: GROUP.into(),
                receiver_user_id_list: vec!["manager4220".into()],
                robot_code: ROBOT.into(),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_SendRobotDingMessage");
    assert_eq!(sent.ding_send_result_id, "dsr_0012");

    let (request, on) = exchange("robot_RobotReplyEmotion", |c| async move {
        c.robot_1_0()
            .robot_reply_emotion(RobotReplyEmotionInput {
                open_conversation_id: GROUP.into(),
                open_msg_id: MESSAGE,
                robot_code: ROBOT.into(),
            })
            .emotion_type(2)
            .emotion_name("[Thumbs up]")
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_RobotReplyEmotion");
    assert_eq!(on.success, Some(true));

    let (request, off) = exchange("robot_RobotRecallEmotion", |c| async move {
        c.robot_1_0()
            .robot_recall_emotion(RobotRecallEmotionInput {
                open_conversation_id: GROUP.into(),
                open_msg_id: MESSAGE,
                robot_code: ROBOT.into(),
            })
            .emotion_type(2)
            .emotion_name("[Thumbs up]")
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_RobotRecallEmotion");
    assert_eq!(off.success, Some(true));
}

#[tokio::test]
async fn robots_and_their_groups() {
    let (request, added) = exchange("robot_AddOrgRobotInstanceToGroup", |c| async move {
        c.robot_1_0()
            .add_org_robot_instance_to_group(AddOrgRobotInstanceToGroupInput {
                open_conversation_id: GROUP.into(),
                robot_code: ROBOT.into(),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_AddOrgRobotInstanceToGroup");
    assert_eq!(added.result, Some(true));

    let (request, robots) = exchange("robot_GetBotListInGroup", |c| async move {
        c.robot_1_0().get_bot_list_in_group(GROUP).send().await
    })
    .await;
    check_example(&request, "robot_GetBotListInGroup");
    let robot = &robots.chatbot_instance_vo_list.unwrap()[0];
    assert_eq!(robot.name.as_deref(), Some("Build bot"));
    assert_eq!(robot.open_robot_type, Some(1));

    let (request, page) = exchange("robot_QueryBotInstanceInGroupInfo", |c| async move {
        c.robot_1_0()
            .query_bot_instance_in_group_info(QueryBotInstanceInGroupInfoInput {
                page_number: 1,
                page_size: 20,
                robot_code: ROBOT.into(),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_QueryBotInstanceInGroupInfo");
    assert_eq!(page.open_conversation_ids, Some(vec![GROUP.into()]));

    let (request, page) = exchange("robot_QueryRobotInstanceInGroupInfo", |c| async move {
        c.robot_1_0()
            .query_robot_instance_in_group_info(QueryRobotInstanceInGroupInfoInput {
                max_result: 20,
                robot_code: ROBOT.into(),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_QueryRobotInstanceInGroupInfo");
    assert_eq!(page.has_more, Some(false));

    let (request, updated) = exchange("robot_UpdateInstalledRobot", |c| async move {
        c.robot_1_0()
            .update_installed_robot(UpdateInstalledRobotInput {
                robot_code: ROBOT.into(),
                update_type: 0,
            })
            .name("Build bot")
            .brief("Posts build results.")
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_UpdateInstalledRobot");
    assert_eq!(updated.success, Some(true));

    let (request, status) = exchange("robot_ManageSingleChatRobotStatus", |c| async move {
        c.robot_1_0()
            .manage_single_chat_robot_status(ManageSingleChatRobotStatusInput {
                robot_code: ROBOT.into(),
                status: "enable",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_ManageSingleChatRobotStatus");
    assert_eq!(status.result, Some(true));

    let (request, skill) = exchange("robot_ExecuteRobotAiSkill", |c| async move {
        c.robot_1_0()
            .execute_robot_ai_skill(ExecuteRobotAiSkillInput {
                input: "Summarise today's incidents.",
                robot_code: ROBOT.into(),
            })
            .skill_id("skill_summary")
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_ExecuteRobotAiSkill");
    assert_eq!(skill.skill_execute_id.as_deref(), Some("exec_7781"));
}

#[tokio::test]
async fn shortcut_entries() {
    let (request, set) = exchange("robot_SetRobotPlugin", |c| async move {
        c.robot_1_0()
            .set_robot_plugin()
            .robot_code(ROBOT)
            .plugin_info_list(vec![RobotSetRobotPluginRequestPluginInfoList {
                name: "Leave".into(),
                icon: "@lADPDeC2uGvNh_bOE3Y5".into(),
                mobile_url: Some("https://example.com/leave/mobile".into()),
                pc_url: Some("https://example.com/leave".into()),
            }])
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_SetRobotPlugin");
    assert_eq!(set.result, Some(true));

    let (request, entries) = exchange("robot_QueryRobotPlugin", |c| async move {
        c.robot_1_0().query_robot_plugin(ROBOT).send().await
    })
    .await;
    check_example(&request, "robot_QueryRobotPlugin");
    assert_eq!(
        entries.plugin_info_list.unwrap()[0].pc_url.as_deref(),
        Some("https://example.com/leave")
    );

    let (request, cleared) = exchange("robot_ClearRobotPlugin", |c| async move {
        c.robot_1_0().clear_robot_plugin(ROBOT).send().await
    })
    .await;
    check_example(&request, "robot_ClearRobotPlugin");
    assert_eq!(cleared.result, Some(true));
}

#[tokio::test]
async fn custom_robots() {
    let (request, enabled) = exchange("robot_EnableCustomRobot", |c| async move {
        c.robot_1_0()
            .enable_custom_robot(EnableCustomRobotInput {
                action_type: "enable",
                send_notification: true,
                token: WEBHOOK,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_EnableCustomRobot");
    assert_eq!(enabled.result, Some(true));

    let (request, deleted) = exchange("robot_DeleteCustomRobot", |c| async move {
        c.robot_1_0()
            .delete_custom_robot(DeleteCustomRobotInput {
                action_type: "delete",
                send_notification: false,
                token: WEBHOOK,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_DeleteCustomRobot");
    assert_eq!(deleted.result, Some(true));

    let (request, updated) = exchange("robot_UpdateCustomRobotOutgoing", |c| async move {
        c.robot_1_0()
            .update_custom_robot_outgoing(UpdateCustomRobotOutgoingInput {
                outgoing_url: "https://example.com/dingtalk/outgoing",
                token: WEBHOOK,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "robot_UpdateCustomRobotOutgoing");
    assert_eq!(
        updated.original_url.as_deref(),
        Some("https://example.com/old")
    );
}

/// A server answering `operation_id`'s documented error example `name`.
async fn failing(operation_id: &str, name: &str) -> MockServer {
    let example = error_examples(operation_id)
        .into_iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("{operation_id} documents no {name}"));
    server(ResponseTemplate::new(example.status).set_body_json(example.body)).await
}

#[tokio::test]
async fn documented_error_codes_are_typed() {
    let server = failing("robot_OrgGroupSend", "invalidParameter.msgParam.invalid").await;
    let error = client(&server)
        .robot_1_0()
        .org_group_send(OrgGroupSendInput {
            msg_key: "sampleText".into(),
            msg_param: "{}".into(),
        })
        .robot_code(ROBOT)
        .open_conversation_id(GROUP)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        error.code(),
        Some(ErrorCode::InvalidParameterMsgParamInvalid)
    );
    assert_eq!(
        error.request_id(),
        Some("0A1B2C3D-0021-4000-8000-000000000008")
    );
    assert_eq!(
        only_request(&server).await.method.as_str(),
        "POST",
        "a send is not repeated"
    );

    let server = failing("robot_BatchSendOTO", "invalidParameter.userIds.overMax").await;
    let error = client(&server)
        .robot_1_0()
        .batch_send_oto(BatchSendOtoInput {
            msg_key: "sampleText".into(),
            msg_param: "{}".into(),
            robot_code: ROBOT.into(),
            user_ids: vec!["u".into()],
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        error.code(),
        Some(ErrorCode::InvalidParameterUserIdsOverMax)
    );

    let server = failing("robot_OrgGroupQuery", "invalid.processQueryKey").await;
    let error = client(&server)
        .robot_1_0()
        .org_group_query("nope")
        .open_conversation_id(GROUP)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::InvalidProcessQueryKey));
    let api = error.as_api().unwrap();
    assert_eq!(api.status.as_u16(), 400);

    let server = common::server(
        ResponseTemplate::new(400)
            .set_body_json(json!({"code": "bot.stopped", "message": "robot stopped"})),
    )
    .await;
    let error = client(&server)
        .robot_1_0()
        .private_chat_query(CHAT_KEY)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::BotStopped));
}

#[tokio::test]
async fn constraints_are_checked_before_sending() {
    let server = server(ok(json!({}))).await;
    let robot = client(&server).robot_1_0();
    let too_many = robot
        .batch_send_oto(BatchSendOtoInput {
            msg_key: "sampleText".into(),
            msg_param: r#"{"content":"x"}"#.into(),
            robot_code: ROBOT.into(),
            user_ids: (0..21).map(|n| format!("user{n}")).collect(),
        })
        .send()
        .await;
    assert!(too_many.is_err(), "21 users");
    let too_large = robot
        .org_group_query(GROUP_KEY)
        .open_conversation_id(GROUP)
        .max_results(201)
        .send()
        .await;
    assert!(too_large.is_err(), "a page of 201");
    let no_keys = robot
        .batch_recall_oto(BatchRecallOtoInput {
            process_query_keys: vec![],
            robot_code: ROBOT.into(),
        })
        .send()
        .await;
    assert!(no_keys.is_err(), "no keys");
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn readers_are_followed_across_pages() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1.0/robot/groupMessages/query"))
        .and(body_partial_json(json!({"nextToken": "page-2"})))
        .respond_with(ok(
            json!({"readUserIds": ["c"], "hasMore": false, "sendStatus": "SUCCESS"}),
        ))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1.0/robot/groupMessages/query"))
        .respond_with(ok(json!({
            "readUserIds": ["a", "b"], "nextToken": "page-2", "hasMore": true, "sendStatus": "SUCCESS"
        })))
        .mount(&server)
        .await;
    let readers: Vec<String> = client(&server)
        .robot_1_0()
        .org_group_query(GROUP_KEY)
        .open_conversation_id(GROUP)
        .max_results(2)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(readers, ["a", "b", "c"]);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert_eq!(json_body(&requests[0]).get("nextToken"), None);
    assert_eq!(json_body(&requests[1])["processQueryKey"], GROUP_KEY);
}

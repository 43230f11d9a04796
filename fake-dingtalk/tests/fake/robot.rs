//! The `robot_1_0` operations of the fake, driven through the generated
//! client: every operation answered with success, messages kept under their
//! keys with their read status and recalls, robots in groups listed by page
//! and by cursor, DINGs, shortcut entries and custom robots, and the
//! refusals the spec documents.

use dingtalk::oapi_media::{MediaType, UploadInput};
use dingtalk::robot_1_0::*;
use dingtalk::{AppCredentials, Client, Credentials, Error, RetryPolicy};
use fake_dingtalk::{FakeDingTalk, RobotMessageKind, APP_KEY, APP_SECRET};
use futures_util::TryStreamExt;

const LEGACY: &str = "https://oapi.dingtalk.com";
const ROBOT: &str = "dingfakerobot";
const GROUP: &str = "cidFakeGroup==";

/// A client of both origins with the fake's app credentials, not retrying.
fn client(fake: &FakeDingTalk) -> Client {
    Client::builder()
        .base_url(fake.base_url())
        .host_url(LEGACY, fake.legacy_url())
        .credentials(Credentials::app(AppCredentials {
            app_key: APP_KEY,
            app_secret: APP_SECRET,
        }))
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
}

/// The HTTP status and error code of a failed call.
#[track_caller]
fn refusal<T: std::fmt::Debug, E: std::fmt::Debug>(result: Result<T, Error<E>>) -> (u16, String) {
    let error = result.unwrap_err();
    let api = error
        .as_api()
        .unwrap_or_else(|| panic!("not an API error: {error}"));
    (api.status.as_u16(), api.code.clone().unwrap_or_default())
}

fn refused(code: &str) -> (u16, String) {
    (400, code.to_owned())
}

async fn send_text(robot: &dingtalk::robot_1_0::Client, text: &str) -> String {
    robot
        .org_group_send(OrgGroupSendInput {
            msg_key: "sampleText".into(),
            msg_param: serde_json::json!({ "content": text }).to_string(),
        })
        .robot_code(ROBOT)
        .open_conversation_id(GROUP)
        .send()
        .await
        .unwrap()
        .process_query_key
}

#[tokio::test]
async fn group_messages_are_kept_read_paged_and_recalled() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let robot = client.robot_1_0();

    let key = send_text(&robot, "The nightly build is green.").await;
    let kept = fake.robot_message(&key).unwrap();
    assert_eq!(kept.kind, RobotMessageKind::Group);
    assert_eq!(kept.open_conversation_id.as_deref(), Some(GROUP));
    assert_eq!(kept.msg_key, "sampleText");

    let unread = robot
        .org_group_query(key.clone())
        .robot_code(ROBOT)
        .open_conversation_id(GROUP)
        .send()
        .await
        .unwrap();
    assert_eq!(unread.send_status, Some(RobotSendStatus::Success));
    assert_eq!(unread.read_user_ids, Some(vec![]));

    for user in ["manager", "user01", "user02"] {
        assert!(fake.read_robot_message(&key, user));
    }
    let first = robot
        .org_group_query(key.clone())
        .open_conversation_id(GROUP)
        .max_results(2)
        .send()
        .await
        .unwrap();
    assert_eq!(
        first.read_user_ids,
        Some(vec!["manager".into(), "user01".into()])
    );
    assert_eq!(first.has_more, Some(true));
    let manager = &first.read_users.unwrap()[0];
    assert!(manager.union_id.as_deref().is_some_and(|u| !u.is_empty()));
    let readers: Vec<String> = robot
        .org_group_query(key.clone())
        .open_conversation_id(GROUP)
        .max_results(2)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(readers, ["manager", "user01", "user02"]);

    let recalled = robot
        .org_group_recall(OrgGroupRecallInput {
            open_conversation_id: GROUP.into(),
            process_query_keys: vec![key.clone(), "fake-pqk-none=".into()],
            robot_code: ROBOT.into(),
        })
        .send()
        .await
        .unwrap();
    assert_eq!(recalled.success_result, std::slice::from_ref(&key));
    assert!(recalled.failed_result.contains_key("fake-pqk-none="));
    assert!(fake.robot_message(&key).unwrap().recalled);
    let after = robot
        .org_group_query(key.clone())
        .open_conversation_id(GROUP)
        .send()
        .await
        .unwrap();
    assert_eq!(after.send_status, Some(RobotSendStatus::Recalled));

    let other = send_text(&robot, "second").await;
    let batch = robot
        .batch_recall_group(BatchRecallGroupInput {
            chatbot_id: ROBOT,
            open_conversation_id: GROUP.into(),
            process_query_keys: vec![other.clone()],
        })
        .send()
        .await
        .unwrap();
    assert_eq!(batch.success_result, [other]);
    assert!(batch.failed_result.is_empty());
}

#[tokio::test]
async fn group_sends_and_queries_are_refused_as_documented() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let robot = client.robot_1_0();
    let send = |key: &str, param: &str| {
        robot
            .org_group_send(OrgGroupSendInput {
                msg_key: key.into(),
                msg_param: param.into(),
            })
            .robot_code(ROBOT)
            .open_conversation_id(GROUP)
    };
    let bad_key = send("plainText", r#"{"content":"x"}"#).send().await;
    assert_eq!(refusal(bad_key), refused("invalidParameter.msgKey.invalid"));
    let bad_param = send("sampleText", "not json").send().await;
    assert_eq!(
        refusal(bad_param),
        refused("invalidParameter.msgParam.invalid")
    );
    let bad_file = send(
        "sampleFile",
        r#"{"mediaId":"@never-uploaded","fileName":"a.pdf","fileType":"pdf"}"#,
    )
    .send()
    .await;
    assert_eq!(
        refusal(bad_file),
        refused("invalidParameter.msgParam.invalid")
    );
    let no_robot = robot
        .org_group_send(OrgGroupSendInput {
            msg_key: "sampleText".into(),
            msg_param: r#"{"content":"x"}"#.into(),
        })
        .open_conversation_id(GROUP)
        .send()
        .await;
    let error = no_robot.unwrap_err();
    assert_eq!(
        error.code(),
        Some(ErrorCode::InvalidParameterRobotCodeEmpty)
    );

    let unknown = robot
        .org_group_query("fake-pqk-none=")
        .open_conversation_id(GROUP)
        .send()
        .await;
    assert_eq!(refusal(unknown), refused("invalid.processQueryKey"));
    let nowhere = robot.org_group_query("fake-pqk-none=").send().await;
    assert_eq!(refusal(nowhere), refused("openConversationId.notExisted"));
    let key = send_text(&robot, "x").await;
    let bad_cursor = robot
        .org_group_query(key)
        .open_conversation_id(GROUP)
        .next_token("12")
        .send()
        .await;
    assert_eq!(
        refusal(bad_cursor),
        refused("invalidParameter.cursor.invalid")
    );
}

#[tokio::test]
async fn a_file_message_takes_an_uploaded_media_id() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let uploaded = client
        .oapi_media()
        .upload(UploadInput {
            r#type: MediaType::File,
            media: openapi_runtime::File::new(b"%PDF-1.4 report".to_vec()).file_name("report.pdf"),
        })
        .send()
        .await
        .unwrap();
    let media_id = uploaded.media_id.unwrap();
    let param =
        serde_json::json!({"mediaId": media_id, "fileName": "report.pdf", "fileType": "pdf"});
    let key = client
        .robot_1_0()
        .org_group_send(OrgGroupSendInput {
            msg_key: "sampleFile".into(),
            msg_param: param.to_string(),
        })
        .robot_code(ROBOT)
        .open_conversation_id(GROUP)
        .send()
        .await
        .unwrap()
        .process_query_key;
    assert_eq!(fake.robot_message(&key).unwrap().msg_key, "sampleFile");
}

#[tokio::test]
async fn one_to_one_messages_report_each_recipient() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let robot = client.robot_1_0();
    let sent = robot
        .batch_send_oto(BatchSendOtoInput {
            msg_key: "sampleMarkdown".into(),
            msg_param: r#"{"title":"Deploy","text":"v2.3 is live"}"#.into(),
            robot_code: ROBOT.into(),
            user_ids: vec!["manager".into(), "user01".into(), "nobody".into()],
        })
        .send()
        .await
        .unwrap();
    assert_eq!(sent.invalid_staff_id_list, Some(vec!["nobody".into()]));
    let key = sent.process_query_key.unwrap();
    assert_eq!(
        fake.robot_message(&key).unwrap().recipients,
        ["manager", "user01"]
    );
    fake.read_robot_message(&key, "user01");

    let status = robot
        .batch_oto_query(BatchOtoQueryInput {
            process_query_key: &key,
            robot_code: ROBOT,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(status.send_status, Some(RobotSendStatus::Success));
    let list = status.message_read_info_list.unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].user_id, "manager");
    assert_eq!(list[0].name, "Mia Manager");
    assert_eq!(list[0].read_status, RobotReadStatus::Unread);
    assert_eq!(list[0].read_timestamp, 0);
    assert_eq!(list[1].read_status, RobotReadStatus::Read);
    assert!(list[1].read_timestamp > 0);

    let recalled = robot
        .batch_recall_oto(BatchRecallOtoInput {
            process_query_keys: vec![key.clone()],
            robot_code: ROBOT.into(),
        })
        .send()
        .await
        .unwrap();
    assert_eq!(recalled.success_result, Some(vec![key.clone()]));

    let too_many = robot
        .batch_send_oto(BatchSendOtoInput {
            msg_key: "sampleText".into(),
            msg_param: r#"{"content":"x"}"#.into(),
            robot_code: ROBOT.into(),
            user_ids: (0..21).map(|n| format!("user{n:02}")).collect(),
        })
        .send()
        .await;
    assert!(
        too_many.is_err(),
        "the client checks maxItems before sending"
    );
    let wrong_kind = robot
        .batch_oto_query(BatchOtoQueryInput {
            process_query_key: &send_text(&robot, "group").await,
            robot_code: ROBOT,
        })
        .send()
        .await;
    assert_eq!(refusal(wrong_kind), refused("invalid.processQueryKey"));
}

#[tokio::test]
async fn private_chat_messages_are_read_and_recalled() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let robot = client.robot_1_0();
    let chat = "cidPrivate==";
    let key = robot
        .private_chat_send(PrivateChatSendInput {
            msg_key: "sampleText".into(),
            msg_param: r#"{"content":"Your leave was approved."}"#.into(),
        })
        .robot_code(ROBOT)
        .open_conversation_id(chat)
        .cool_app_code("COOLAPP-1-FAKE")
        .send()
        .await
        .unwrap()
        .process_query_key;
    assert_eq!(
        fake.robot_message(&key).unwrap().kind,
        RobotMessageKind::PrivateChat
    );
    fake.read_robot_message(&key, "sales01");
    let read = robot
        .private_chat_query(key.clone())
        .robot_code(ROBOT)
        .open_conversation_id(chat)
        .send()
        .await
        .unwrap();
    assert_eq!(read.read_user_ids, Some(vec!["sales01".into()]));
    assert_eq!(read.has_more, Some(false));

    let recalled = robot
        .batch_recall_private_chat(BatchRecallPrivateChatInput {
            open_conversation_id: "cidOther==".into(),
            process_query_keys: vec![key.clone()],
            robot_code: ROBOT.into(),
        })
        .send()
        .await
        .unwrap();
    assert!(recalled.success_result.is_empty(), "another chat's message");
    let recalled = robot
        .batch_recall_private_chat(BatchRecallPrivateChatInput {
            open_conversation_id: chat.into(),
            process_query_keys: vec![key.clone()],
            robot_code: ROBOT.into(),
        })
        .send()
        .await
        .unwrap();
    assert_eq!(recalled.success_result, [key]);

    let no_cool_app = robot
        .private_chat_send(PrivateChatSendInput {
            msg_key: "sampleText".into(),
            msg_param: r#"{"content":"x"}"#.into(),
        })
        .robot_code(ROBOT)
        .open_conversation_id(chat)
        .send()
        .await;
    assert_eq!(
        refusal(no_cool_app),
        refused("invalidParameter.robotCode.coolApp")
    );
}

#[tokio::test]
async fn robots_in_groups_are_listed_by_page_and_by_cursor() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let robot = client.robot_1_0();
    for group in ["cidA==", "cidB==", "cidC=="] {
        let added = robot
            .add_org_robot_instance_to_group(AddOrgRobotInstanceToGroupInput {
                open_conversation_id: group.into(),
                robot_code: ROBOT.into(),
            })
            .send()
            .await
            .unwrap();
        assert_eq!(added.result, Some(true));
    }
    assert_eq!(fake.robots_in_group("cidB=="), [ROBOT]);
    let renamed = robot
        .update_installed_robot(UpdateInstalledRobotInput {
            robot_code: ROBOT.into(),
            update_type: 0,
        })
        .name("Build bot")
        .send()
        .await
        .unwrap();
    assert_eq!(renamed.success, Some(true));
    let listed = robot
        .get_bot_list_in_group("cidA==")
        .send()
        .await
        .unwrap()
        .chatbot_instance_vo_list
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].robot_code.as_deref(), Some(ROBOT));
    assert_eq!(listed[0].name.as_deref(), Some("Build bot"));

    let page = robot
        .query_bot_instance_in_group_info(QueryBotInstanceInGroupInfoInput {
            page_number: 2,
            page_size: 2,
            robot_code: ROBOT.into(),
        })
        .send()
        .await
        .unwrap();
    assert_eq!(page.open_conversation_ids, Some(vec!["cidC==".into()]));
    assert_eq!(page.has_more, Some(false));
    let groups: Vec<String> = robot
        .query_robot_instance_in_group_info(QueryRobotInstanceInGroupInfoInput {
            max_result: 2,
            robot_code: ROBOT.into(),
        })
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(groups, ["cidA==", "cidB==", "cidC=="]);
}

#[tokio::test]
async fn dings_emotions_plugins_and_status() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let robot = client.robot_1_0();

    let ding = robot
        .robot_send_ding(RobotSendDingInput {
            content: "The database is down.",
            receiver_user_id_list: vec!["manager".into(), "ghost".into()],
            remind_type: 1,
            robot_code: ROBOT.into(),
        })
        .send()
        .await
        .unwrap();
    assert!(ding.failed_list.contains_key("ghost"));
    let read = robot
        .query_robot_ding_read_status(QueryRobotDingReadStatusInput {
            open_ding_id: &ding.open_ding_id,
            robot_code: ROBOT.into(),
        })
        .send()
        .await
        .unwrap();
    let receivers = read.result.unwrap().robot_ding_read_info_list.unwrap();
    assert_eq!(receivers.len(), 1);
    assert_eq!(receivers[0].user_id.as_deref(), Some("manager"));
    let recalled = robot
        .robot_recall_ding(RobotRecallDingInput {
            open_ding_id: &ding.open_ding_id,
            robot_code: ROBOT.into(),
        })
        .send()
        .await
        .unwrap();
    assert_eq!(recalled.open_ding_id.as_deref(), Some(&*ding.open_ding_id));
    let gone = robot
        .query_robot_ding_read_status(QueryRobotDingReadStatusInput {
            open_ding_id: &ding.open_ding_id,
            robot_code: ROBOT.into(),
        })
        .send()
        .await;
    assert_eq!(refusal(gone).0, 400);
    let templated = robot
        .send_robot_ding_message(SendRobotDingMessageInput {
            content_params: [("service".to_owned(), "billing".to_owned())].into(),
            ding_template_id: "tpl_outage",
            open_conversation_id: GROUP.into(),
            receiver_user_id_list: vec!["manager".into()],
            robot_code: ROBOT.into(),
        })
        .send()
        .await
        .unwrap();
    assert!(!templated.ding_send_result_id.is_empty());

    let on = robot
        .robot_reply_emotion(RobotReplyEmotionInput {
            open_conversation_id: GROUP.into(),
            open_msg_id: "msgFake==",
            robot_code: ROBOT.into(),
        })
        .emotion_name("[Thumbs up]")
        .emotion_type(2)
        .send()
        .await
        .unwrap();
    assert_eq!(on.success, Some(true));
    let take_off = || {
        robot
            .robot_recall_emotion(RobotRecallEmotionInput {
                open_conversation_id: GROUP.into(),
                open_msg_id: "msgFake==",
                robot_code: ROBOT.into(),
            })
            .emotion_name("[Thumbs up]")
            .emotion_type(2)
    };
    assert_eq!(take_off().send().await.unwrap().success, Some(true));
    assert_eq!(take_off().send().await.unwrap().success, Some(false));

    let set = robot
        .set_robot_plugin()
        .robot_code(ROBOT)
        .plugin_info_list(vec![RobotSetRobotPluginRequestPluginInfoList {
            name: "Leave".into(),
            icon: "@lADPFake".into(),
            mobile_url: Some("https://example.com/leave/mobile".into()),
            pc_url: None,
        }])
        .send()
        .await
        .unwrap();
    assert_eq!(set.result, Some(true));
    let entries = robot.query_robot_plugin(ROBOT).send().await.unwrap();
    assert_eq!(
        entries.plugin_info_list.unwrap()[0].name.as_deref(),
        Some("Leave")
    );
    let cleared = robot.clear_robot_plugin(ROBOT).send().await.unwrap();
    assert_eq!(cleared.result, Some(true));
    let entries = robot.query_robot_plugin(ROBOT).send().await.unwrap();
    assert_eq!(entries.plugin_info_list, Some(vec![]));

    let status = robot
        .manage_single_chat_robot_status(ManageSingleChatRobotStatusInput {
            robot_code: ROBOT.into(),
            status: "enable",
        })
        .send()
        .await
        .unwrap();
    assert_eq!(status.result, Some(true));
    let skill = robot
        .execute_robot_ai_skill(ExecuteRobotAiSkillInput {
            input: "Summarise today.",
            robot_code: ROBOT.into(),
        })
        .skill_id("summary")
        .send()
        .await
        .unwrap();
    assert!(skill.skill_execute_id.is_some_and(|id| !id.is_empty()));

    let download_code = fake.receive_robot_file(ROBOT, b"photo bytes").unwrap();
    let link = robot
        .robot_message_file_download(RobotMessageFileDownloadInput {
            download_code: &download_code,
            robot_code: ROBOT.into(),
        })
        .send()
        .await
        .unwrap();
    let response = dingtalk::reqwest::Client::new()
        .get(&link.download_url)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(&response.bytes().await.unwrap()[..], b"photo bytes");
}

#[tokio::test]
async fn custom_robots_are_managed_by_their_token() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let robot = client.robot_1_0();
    let token = fake.add_robot(None);

    let enabled = robot
        .enable_custom_robot(EnableCustomRobotInput {
            action_type: "enable",
            send_notification: false,
            token: &token,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(enabled.result, Some(true));
    let first = robot
        .update_custom_robot_outgoing(UpdateCustomRobotOutgoingInput {
            outgoing_url: "https://example.com/one",
            token: &token,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(first.original_url, None);
    let second = robot
        .update_custom_robot_outgoing(UpdateCustomRobotOutgoingInput {
            outgoing_url: "https://example.com/two",
            token: &token,
        })
        .user_custom_token("mine")
        .send()
        .await
        .unwrap();
    assert_eq!(
        second.original_url.as_deref(),
        Some("https://example.com/one")
    );
    assert_eq!(
        second.target_url.as_deref(),
        Some("https://example.com/two")
    );

    let deleted = robot
        .delete_custom_robot(DeleteCustomRobotInput {
            action_type: "delete",
            send_notification: true,
            token: &token,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.result, Some(true));
    let again = robot
        .enable_custom_robot(EnableCustomRobotInput {
            action_type: "enable",
            send_notification: false,
            token: &token,
        })
        .send()
        .await;
    assert_eq!(refusal(again), refused("invalidParameter.param.invalid"));
}

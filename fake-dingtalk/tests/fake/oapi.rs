//! The legacy host (`oapi.dingtalk.com`) of the fake, driven through the
//! generated client on its own origin: every operation answered with
//! success, paging, robots' signatures and rate limit, token errors in the
//! body, and the app's token sent to each origin only in the form that
//! origin takes.

use base64::Engine;
use dingtalk::oapi_department;
use dingtalk::oapi_media::{MediaType, UploadInput};
use dingtalk::oapi_message::{
    AsyncSendInput, GetSendProgressInput, GetSendResultInput, RecallInput, WorkNotificationMessage,
};
use dingtalk::oapi_process::{
    CreateInstanceInput, FormComponentValue, FormComponentValueValue, ListInstanceIdsInput,
    ProcessInstanceStatus, ProcessInstanceTerminateRequestRequest,
};
use dingtalk::oapi_robot::RobotMessage;
use dingtalk::oapi_user::{self, ListInput, ListSimpleInput};
use dingtalk::{AppCredentials, Client, Credentials, Error, RetryPolicy};
use fake_dingtalk::{
    FakeDingTalk, Origin, AGENT_ID, APP_KEY, APP_SECRET, ENGINEERING_MEMBERS, PROCESS_CODE,
    ROBOT_MESSAGES_PER_MINUTE,
};
use futures_util::{StreamExt, TryStreamExt};
use hmac::{Hmac, Mac};
use sha2::Sha256;

const LEGACY: &str = "https://oapi.dingtalk.com";

/// A client of both origins with the fake's app credentials.
fn client(fake: &FakeDingTalk) -> Client {
    Client::builder()
        .base_url(fake.base_url())
        .host_url(LEGACY, fake.legacy_url())
        .credentials(Credentials::app(AppCredentials {
            app_key: APP_KEY,
            app_secret: APP_SECRET,
        }))
        .build()
        .unwrap()
}

/// A client sending `token` as it is, never renewing it nor retrying.
fn with_token(fake: &FakeDingTalk, token: &str) -> Client {
    Client::builder()
        .base_url(fake.base_url())
        .host_url(LEGACY, fake.legacy_url())
        .access_token(token)
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
    (200, code.to_owned())
}

/// The signature of a robot message, computed here from its definition:
/// Base64 of HMAC-SHA256 keyed with the secret over "{timestamp}\n{secret}".
fn sign(timestamp: i64, secret: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{timestamp}\n{secret}").as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

fn now_millis() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

fn text(content: &str) -> RobotMessage {
    serde_json::from_value(serde_json::json!({"msgtype": "text", "text": {"content": content}}))
        .unwrap()
}

#[test]
fn the_signature_matches_the_worked_example_of_the_spec() {
    assert_eq!(
        sign(1_700_000_000_000, "SECexample"),
        "uroalHrWHORz59talE1o26b8HuX2kOp8WlAN91F9Pj0="
    );
}

#[tokio::test]
async fn a_robot_without_a_secret_records_every_kind_of_message() {
    let fake = FakeDingTalk::start().await.unwrap();
    let token = fake.add_robot(None);
    let robot = with_token(&fake, &token).oapi_robot();
    let messages = [
        serde_json::json!({"msgtype": "text", "text": {"content": "Build 1432 failed. @13800000000"},
            "at": {"atMobiles": ["13800000000"], "atUserIds": ["user01"], "isAtAll": false}}),
        serde_json::json!({"msgtype": "link", "link": {"title": "Release", "text": "What changed",
            "messageUrl": "https://example.com/r", "picUrl": "https://example.com/p.png"}}),
        serde_json::json!({"msgtype": "markdown", "markdown": {"title": "Disk", "text": "#### Disk\n> 93%"},
            "at": {"isAtAll": true}}),
        serde_json::json!({"msgtype": "actionCard", "actionCard": {"title": "Report", "text": "### Report",
            "singleTitle": "Read", "singleURL": "https://example.com/42"}}),
        serde_json::json!({"msgtype": "actionCard", "actionCard": {"title": "Deploy?", "text": "### Deploy?",
            "btnOrientation": "1", "btns": [{"title": "Yes", "actionURL": "https://example.com/y"},
                                             {"title": "No", "actionURL": "https://example.com/n"}]}}),
        serde_json::json!({"msgtype": "feedCard", "feedCard": {"links": [{"title": "Incident 17",
            "messageURL": "https://example.com/17", "picURL": "https://example.com/ok.png"}]}}),
    ];
    for message in &messages {
        let typed: RobotMessage = serde_json::from_value(message.clone()).unwrap();
        let status = robot.send(typed).send().await.unwrap();
        assert_eq!(status.errcode, 0);
    }
    assert_eq!(fake.robot_messages(&token), messages);

    let (status, code) = refusal(
        with_token(&fake, "fake-robot-nobody")
            .oapi_robot()
            .send(text("hello"))
            .send()
            .await,
    );
    assert_eq!((status, code.as_str()), (200, "400101"));
}

#[tokio::test]
async fn a_robot_with_a_secret_takes_only_signed_recent_messages() {
    let fake = FakeDingTalk::start().await.unwrap();
    let secret = "SECfake-robot-secret+/=";
    let token = fake.add_robot(Some(secret));
    let robot = with_token(&fake, &token).oapi_robot();

    let now = now_millis();
    let sent = robot
        .send(text("signed"))
        .timestamp(now)
        .sign(sign(now, secret))
        .send()
        .await
        .unwrap();
    assert_eq!(sent.errcode, 0);

    let unsigned = robot.send(text("unsigned")).send().await;
    assert_eq!(refusal(unsigned), refused("310000"));
    let wrong_secret = robot
        .send(text("wrong secret"))
        .timestamp(now)
        .sign(sign(now, "SECsomething-else"))
        .send()
        .await;
    assert_eq!(refusal(wrong_secret), refused("310000"));
    let old = now - 2 * 60 * 60 * 1000;
    let stale = robot
        .send(text("two hours old"))
        .timestamp(old)
        .sign(sign(old, secret))
        .send()
        .await;
    assert_eq!(refusal(stale), refused("310000"));
    let other_time = robot
        .send(text("signature of another time"))
        .timestamp(now)
        .sign(sign(now - 1, secret))
        .send()
        .await;
    assert_eq!(refusal(other_time), refused("310000"));

    let recorded = fake.robot_messages(&token);
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0]["text"]["content"], "signed");
}

#[tokio::test]
async fn a_robot_takes_twenty_messages_a_minute() {
    let fake = FakeDingTalk::start().await.unwrap();
    let token = fake.add_robot(None);
    let robot = with_token(&fake, &token).oapi_robot();
    for n in 0..ROBOT_MESSAGES_PER_MINUTE {
        robot
            .send(text(&format!("alert {n}")))
            .send()
            .await
            .unwrap();
    }
    let error = robot.send(text("one too many")).send().await.unwrap_err();
    assert_eq!(
        error.code(),
        Some(dingtalk::oapi_robot::ErrorCode::SendTooFastLegacy)
    );
    assert_eq!(fake.robot_messages(&token).len(), 20);
    // Another robot has a limit of its own.
    let other = fake.add_robot(None);
    with_token(&fake, &other)
        .oapi_robot()
        .send(text("from another robot"))
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn tokens_are_checked_as_the_legacy_host_does() {
    let fake = FakeDingTalk::start().await.unwrap();
    let users = |token: &str| with_token(&fake, token).oapi_user();

    let unknown = users("fake-token-unknown").get("manager").send().await;
    assert_eq!(refusal(unknown), refused("40014"));
    let error = users("fake-token-unknown")
        .count(true)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        error.code(),
        Some(dingtalk::oapi_user::ErrorCode::InvalidAccessToken)
    );
    // The client never sends a call without its token; behind the validating
    // proxy, such a call is refused by the proxy before it reaches the fake.
    if !fake.validated() {
        let missing: serde_json::Value = dingtalk::reqwest::Client::new()
            .post(format!("{}/topapi/user/count", fake.legacy_url()))
            .json(&serde_json::json!({"only_active": true}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(missing["errcode"], 40014, "{missing}");
    }

    let token = fake.issue_token();
    assert!(users(&token).get("manager").send().await.is_ok());
    fake.expire_tokens();
    let expired = users(&token).get("manager").send().await;
    assert_eq!(refusal(expired), refused("42001"));
    let error = with_token(&fake, &token)
        .oapi_media()
        .jsapi_get_ticket()
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        error.code(),
        Some(dingtalk::oapi_media::ErrorCode::AccessTokenExpired)
    );

    // A renewable token is renewed once when the body says it expired.
    let client = client(&fake);
    client.oapi_user().count(false).send().await.unwrap();
    assert_eq!(fake.tokens_issued(), 1);
    fake.expire_tokens();
    client.oapi_user().count(false).send().await.unwrap();
    assert_eq!(fake.tokens_issued(), 2);

    // A robot's webhook token is not an app's token, nor the other way round.
    let robot = fake.add_robot(None);
    let as_app = users(&robot).get("manager").send().await;
    assert_eq!(refusal(as_app), refused("40014"));
    let app_token = fake.issue_token();
    let as_robot = with_token(&fake, &app_token)
        .oapi_robot()
        .send(text("hi"))
        .send()
        .await;
    assert_eq!(refusal(as_robot), refused("400101"));
}

#[tokio::test]
async fn users_are_looked_up_listed_in_pages_created_updated_and_deleted() {
    let fake = FakeDingTalk::start().await.unwrap();
    let users = client(&fake).oapi_user();

    let manager = users.get("manager").send().await.unwrap().unwrap();
    assert_eq!(manager.name.as_deref(), Some("Mia Manager"));
    assert_eq!(manager.dept_id_list, Some(vec![1]));
    assert_eq!(manager.boss, Some(true));
    let by_mobile = users
        .get_by_mobile("13800000007")
        .send()
        .await
        .unwrap()
        .unwrap();
    assert_eq!(by_mobile.userid.as_deref(), Some("user07"));
    let by_union = users
        .get_by_union_id("union-user07")
        .send()
        .await
        .unwrap()
        .unwrap();
    assert_eq!(by_union.userid.as_deref(), Some("user07"));
    let missing = users.get_by_mobile("13999999999").send().await;
    assert_eq!(refusal(missing), refused("60121"));
    let missing = users.get("nobody").send().await;
    assert_eq!(refusal(missing), refused("33012"));

    // Pages of 10 of Engineering's 25 members: 10, 10, 5, with cursors between.
    let first = users
        .list(ListInput {
            dept_id: 2,
            cursor: 0,
            size: 10,
        })
        .send()
        .await
        .unwrap()
        .unwrap();
    assert_eq!(first.has_more, Some(true));
    assert_eq!(first.next_cursor, Some(10));
    assert_eq!(first.list.as_ref().unwrap().len(), 10);
    assert_eq!(
        first.list.as_ref().unwrap()[0].userid.as_deref(),
        Some("user01")
    );
    let pages: Vec<_> = users
        .list(ListInput {
            dept_id: 2,
            cursor: 0,
            size: 10,
        })
        .pages()
        .try_collect()
        .await
        .unwrap();
    let sizes: Vec<usize> = pages
        .iter()
        .map(|p| p.as_ref().unwrap().list.as_ref().unwrap().len())
        .collect();
    assert_eq!(sizes, [10, 10, 5]);
    let last = pages[2].as_ref().unwrap();
    assert_eq!((last.has_more, last.next_cursor), (Some(false), None));
    let members: Vec<String> = users
        .list(ListInput {
            dept_id: 2,
            cursor: 0,
            size: 7,
        })
        .items()
        .map(|u| u.unwrap().userid.unwrap())
        .collect()
        .await;
    let expected: Vec<String> = (1..=ENGINEERING_MEMBERS)
        .map(|n| format!("user{n:02}"))
        .collect();
    assert_eq!(members, expected);
    let simple: Vec<String> = users
        .list_simple(ListSimpleInput {
            dept_id: 2,
            cursor: 0,
            size: 4,
        })
        .items()
        .map(|u| u.unwrap().userid.unwrap())
        .collect()
        .await;
    assert_eq!(simple, expected);
    let too_big = users
        .list_simple(ListSimpleInput {
            dept_id: 2,
            cursor: 0,
            size: 100,
        })
        .send()
        .await
        .unwrap()
        .unwrap();
    assert_eq!(too_big.list.unwrap().len(), ENGINEERING_MEMBERS);
    let ids = users.list_id(3).send().await.unwrap().unwrap();
    assert_eq!(
        ids.userid_list.unwrap(),
        ["sales01".to_owned(), "sales02".to_owned()]
    );
    let no_dept = users.list_id(999).send().await;
    assert_eq!(refusal(no_dept), refused("60003"));

    let all = users.count(false).send().await.unwrap().unwrap();
    let active = users.count(true).send().await.unwrap().unwrap();
    assert_eq!(all.count, Some(ENGINEERING_MEMBERS as i64 + 3));
    assert_eq!(active.count, Some(ENGINEERING_MEMBERS as i64 + 2));

    let created = users
        .create(oapi_user::CreateInput {
            name: "Nia New",
            mobile: "13700000001",
            dept_id_list: "3,4",
        })
        .title("Account manager")
        .send()
        .await
        .unwrap()
        .unwrap();
    let userid = created.userid.unwrap();
    let again = users
        .create(oapi_user::CreateInput {
            name: "Nia Again",
            mobile: "13700000001",
            dept_id_list: "3",
        })
        .send()
        .await;
    assert_eq!(refusal(again), refused("60104"));
    users
        .update(userid.as_str())
        .name("Nia Newer")
        .dept_id_list("3")
        .send()
        .await
        .unwrap();
    let updated = users.get(userid.as_str()).send().await.unwrap().unwrap();
    assert_eq!(updated.name.as_deref(), Some("Nia Newer"));
    assert_eq!(updated.title.as_deref(), Some("Account manager"));
    assert_eq!(updated.dept_id_list, Some(vec![3]));
    assert_eq!(updated.unionid, created.union_id);
    let code = fake.login_code(&userid);
    let me = users
        .get_user_info(code.as_str())
        .send()
        .await
        .unwrap()
        .unwrap();
    assert_eq!(me.userid.as_deref(), Some(userid.as_str()));
    assert_eq!(me.name.as_deref(), Some("Nia Newer"));
    let reused = users.get_user_info(code.as_str()).send().await;
    assert_eq!(refusal(reused), refused("40078"));
    users.delete(userid.as_str()).send().await.unwrap();
    let gone = users.get(userid.as_str()).send().await;
    assert_eq!(refusal(gone), refused("33012"));
    let gone = users.update(userid.as_str()).send().await;
    assert_eq!(refusal(gone), refused("60121"));
}

#[tokio::test]
async fn departments_form_a_tree_that_can_change() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let departments = client.oapi_department();

    let root = departments.get(1).send().await.unwrap().unwrap();
    assert_eq!(root.name.as_deref(), Some("Fake Corp"));
    let engineering = departments.get(2).send().await.unwrap().unwrap();
    assert_eq!(engineering.parent_id, Some(1));
    assert_eq!(engineering.member_count, Some(ENGINEERING_MEMBERS as i64));
    let subs = departments.list_sub().send().await.unwrap().unwrap();
    let names: Vec<_> = subs.iter().map(|d| d.name.clone().unwrap()).collect();
    assert_eq!(names, ["Engineering", "Sales"]);
    let ids = departments.list_sub_id(2).send().await.unwrap().unwrap();
    assert_eq!(ids.dept_id_list, Some(vec![4]));
    let chains = departments
        .list_parent_by_user("user01")
        .send()
        .await
        .unwrap()
        .unwrap();
    let chains: Vec<_> = chains
        .parent_list
        .unwrap()
        .into_iter()
        .map(|c| c.parent_dept_id_list.unwrap())
        .collect();
    assert_eq!(chains, [vec![2, 1], vec![4, 2, 1]]);

    let created = departments
        .create(oapi_department::CreateInput {
            name: "Support",
            parent_id: 3,
        })
        .send()
        .await
        .unwrap()
        .unwrap();
    let id = created.dept_id.unwrap();
    let orphan = departments
        .create(oapi_department::CreateInput {
            name: "Nowhere",
            parent_id: 999,
        })
        .send()
        .await;
    assert_eq!(refusal(orphan), refused("60004"));
    departments
        .update(id)
        .name("Customer support")
        .parent_id(2)
        .send()
        .await
        .unwrap();
    let moved = departments.get(id).send().await.unwrap().unwrap();
    assert_eq!(
        (moved.name.as_deref(), moved.parent_id),
        (Some("Customer support"), Some(2))
    );
    let cycle = departments.update(2).parent_id(4).send().await;
    assert_eq!(refusal(cycle), refused("60010"));
    let occupied = departments.delete(2).send().await;
    assert_eq!(refusal(occupied).0, 200);
    departments.delete(id).send().await.unwrap();
    let gone = departments.get(id).send().await;
    assert_eq!(refusal(gone), refused("60003"));
}

#[tokio::test]
async fn a_work_notification_is_followed_to_completion_and_recalled() {
    let fake = FakeDingTalk::start().await.unwrap();
    let messages = client(&fake).oapi_message();
    let msg: WorkNotificationMessage = serde_json::from_value(serde_json::json!({
        "msgtype": "markdown",
        "markdown": {"title": "Rota", "text": "### Rota\nYou are on call this week."}
    }))
    .unwrap();
    let sent = messages
        .async_send(AsyncSendInput {
            agent_id: AGENT_ID,
            msg: msg.clone(),
        })
        .userid_list("user01,user02,ghost")
        .send()
        .await
        .unwrap();
    let task_id = sent.task_id.unwrap();
    let progress = || {
        messages
            .get_send_progress(GetSendProgressInput {
                agent_id: AGENT_ID,
                task_id,
            })
            .send()
    };
    let result = || {
        messages
            .get_send_result(GetSendResultInput {
                agent_id: AGENT_ID,
                task_id,
            })
            .send()
    };
    let half = progress().await.unwrap().unwrap();
    assert_eq!((half.status, half.progress_in_percent), (Some(1), Some(50)));
    let done = progress().await.unwrap().unwrap();
    assert_eq!(
        (done.status, done.progress_in_percent),
        (Some(2), Some(100))
    );
    let outcome = result().await.unwrap().unwrap();
    assert_eq!(
        outcome.unread_user_id_list.unwrap(),
        ["user01".to_owned(), "user02".to_owned()]
    );
    assert_eq!(outcome.invalid_user_id_list.unwrap(), ["ghost".to_owned()]);
    let sent = fake.work_notifications();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].0, ["user01".to_owned(), "user02".to_owned()]);
    assert_eq!(sent[0].1, serde_json::to_value(&msg).unwrap());

    messages
        .recall(RecallInput {
            agent_id: AGENT_ID,
            msg_task_id: task_id,
        })
        .send()
        .await
        .unwrap();
    let again = messages
        .recall(RecallInput {
            agent_id: AGENT_ID,
            msg_task_id: task_id,
        })
        .send()
        .await;
    assert_eq!(refusal(again), refused("400002"));
    let wrong_agent = messages
        .async_send(AsyncSendInput { agent_id: 1, msg })
        .to_all_user(true)
        .send()
        .await;
    assert_eq!(refusal(wrong_agent), refused("40056"));
}

#[tokio::test]
async fn approvals_are_started_read_listed_in_pages_and_terminated() {
    let fake = FakeDingTalk::start().await.unwrap();
    let process = client(&fake).oapi_process();
    let start = now_millis() - 1000;
    let mut ids = Vec::new();
    for n in 0..3 {
        let created = process
            .create_instance(CreateInstanceInput {
                process_code: PROCESS_CODE,
                originator_user_id: "user02",
                dept_id: 2,
                form_component_values: vec![FormComponentValue {
                    name: "Days".into(),
                    value: FormComponentValueValue::Variant0(format!("{}", n + 1)),
                    ext_value: None,
                }],
            })
            .approvers("manager")
            .send()
            .await
            .unwrap();
        ids.push(created.process_instance_id.unwrap());
    }
    let instance = process
        .get_instance(ids[0].as_str())
        .send()
        .await
        .unwrap()
        .unwrap();
    assert_eq!(instance.status, Some(ProcessInstanceStatus::Running));
    assert_eq!(instance.originator_userid.as_deref(), Some("user02"));
    assert_eq!(instance.approver_userids, Some(vec!["manager".to_owned()]));
    assert_eq!(
        instance.form_component_values.unwrap()[0].value.as_deref(),
        Some("1")
    );

    let listed: Vec<String> = process
        .list_instance_ids(ListInstanceIdsInput {
            process_code: PROCESS_CODE,
            start_time: start,
        })
        .size(2)
        .items()
        .map(Result::unwrap)
        .collect()
        .await;
    assert_eq!(listed, ids);
    let first = process
        .list_instance_ids(ListInstanceIdsInput {
            process_code: PROCESS_CODE,
            start_time: start,
        })
        .size(2)
        .send()
        .await
        .unwrap()
        .unwrap();
    assert_eq!(first.next_cursor, Some(2));

    let terminated = process
        .terminate_instance(ProcessInstanceTerminateRequestRequest {
            process_instance_id: ids[1].clone(),
            is_system: true,
            remark: Some("Filed twice".into()),
            operating_userid: None,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(terminated.success, Some(true));
    let instance = process
        .get_instance(ids[1].as_str())
        .send()
        .await
        .unwrap()
        .unwrap();
    assert_eq!(instance.status, Some(ProcessInstanceStatus::Terminated));
    let again = process
        .terminate_instance(ProcessInstanceTerminateRequestRequest {
            process_instance_id: ids[1].clone(),
            is_system: true,
            remark: None,
            operating_userid: None,
        })
        .send()
        .await;
    assert_eq!(refusal(again).0, 200);
}

#[tokio::test]
async fn media_is_uploaded_in_parts_and_a_jsapi_ticket_issued() {
    let fake = FakeDingTalk::start().await.unwrap();
    let media = client(&fake).oapi_media();
    let contents = b"%PDF-1.4 a small report".to_vec();
    let uploaded = media
        .upload(UploadInput {
            r#type: MediaType::File,
            media: openapi_runtime::File::new(contents.clone()).file_name("report.pdf"),
        })
        .send()
        .await
        .unwrap();
    let media_id = uploaded.media_id.unwrap();
    assert_eq!(uploaded.r#type, Some(MediaType::File));
    assert_eq!(fake.media(&media_id), Some(contents));
    let wrong_kind = media
        .upload(UploadInput {
            r#type: MediaType::Image,
            media: openapi_runtime::File::new(b"not a picture".to_vec()).file_name("notes.txt"),
        })
        .send()
        .await;
    assert_eq!(refusal(wrong_kind), refused("40005"));

    let ticket = media.jsapi_get_ticket().send().await.unwrap();
    assert_eq!(ticket.errcode, 0);
    assert_eq!(ticket.expires_in, Some(7200));
    assert!(ticket.ticket.is_some_and(|t| !t.is_empty()));
}

#[tokio::test]
async fn the_app_token_goes_to_each_origin_only_in_the_form_it_takes() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    client
        .oauth2_1_0()
        .create_jsapi_ticket()
        .send()
        .await
        .unwrap();
    client.oapi_user().get("manager").send().await.unwrap();
    client.oapi_media().jsapi_get_ticket().send().await.unwrap();

    let header = |seen: &fake_dingtalk::SeenRequest, name: &str| {
        seen.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let query = |seen: &fake_dingtalk::SeenRequest, name: &str| {
        seen.query
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let api = fake.seen(Origin::Api);
    let legacy = fake.seen(Origin::Legacy);
    assert_eq!(legacy.len(), 2, "{legacy:?}");
    let ticket_call = api
        .iter()
        .find(|s| s.path == "/v1.0/oauth2/jsapiTickets")
        .expect("the api origin saw the ticket call");
    let token = header(ticket_call, "x-acs-dingtalk-access-token").expect("the token header");
    for seen in &api {
        assert_eq!(query(seen, "access_token"), None, "{}", seen.path);
        assert!(
            seen.query.iter().all(|(_, v)| !v.contains(&token)),
            "{}",
            seen.path
        );
    }
    for seen in &legacy {
        assert_eq!(
            query(seen, "access_token").as_deref(),
            Some(token.as_str()),
            "{}",
            seen.path
        );
        assert_eq!(
            header(seen, "x-acs-dingtalk-access-token"),
            None,
            "{}",
            seen.path
        );
        assert!(
            seen.headers.iter().all(|(_, v)| !v.contains(&token)),
            "{}",
            seen.path
        );
    }
}

//! `robot_1_0`: an app's robots, their messages and their groups.
//!
//! - Messages sent to groups (`robot_OrgGroupSend`), to users one to one
//!   (`robot_BatchSendOTO`) and into chats between two people
//!   (`robot_PrivateChatSend`) are recorded under the `processQueryKey` the
//!   send answers ([`FakeDingTalk::robot_message`]). A message's template key
//!   must be a `sample…` key and its parameters JSON text; a `sampleFile`'s
//!   `mediaId` must have been uploaded to the legacy host (`media_Upload`).
//!   One-to-one recipients that are not users of the contact book are
//!   answered in `invalidStaffIdList` and not sent to.
//! - Read status starts unread; [`FakeDingTalk::read_robot_message`] marks a
//!   user as having read a message, and the read-status queries reflect it
//!   (page by page, with `nextToken`). A key of another kind of message, or
//!   of none, is refused with `invalid.processQueryKey`.
//! - Recalls answer each key in `successResult` (the message is then
//!   `RECALLED`) or, with the reason, in `failedResult`: unknown keys and keys
//!   of another robot, chat or kind.
//! - Robots installed in groups (`robot_AddOrgRobotInstanceToGroup`) are
//!   listed per group and, per robot, its groups (by page number and by
//!   cursor); `robot_UpdateInstalledRobot` renames them.
//! - DINGs are recorded with their receivers, read status and recall;
//!   shortcut entries are set, read and cleared; emotions put on messages
//!   are taken off; custom robots are the legacy host's
//!   ([`FakeDingTalk::add_robot`]): enabling one, changing its outgoing URL
//!   and deleting it (its webhook then stops working) need its token.
//! - A file sent to a robot ([`FakeDingTalk::receive_robot_file`]) is stored
//!   in the object storage, and `robot_RobotMessageFileDownload` answers a
//!   signed URL of it for its download code.
//!
//! Refusals are HTTP 400 with the codes the spec documents where it
//! documents them (`invalidParameter.msgKey.invalid`,
//! `invalidParameter.userIds.overMax`, `invalid.processQueryKey`, …).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use axum::extract::State;
use axum::routing::{get, post, put};
use axum::Router;
use dingtalk::robot_1_0::*;

use crate::extract::{Authorized, RobotBody};
use crate::oapi::now_millis;
use crate::paging::{Limits, Paging};
use crate::{required, FakeDingTalk, Outcome, Params, Reply, Shared};

/// The code of a request body that is not what the operation takes.
pub(crate) const PARAM_INVALID: &str = "invalidParameter.param.invalid";

/// Readers of a message: 20 a page by default, at most 200.
const READERS: Limits = Limits {
    default: 20,
    max: Some(200),
    invalid: "invalidParameter.cursor.invalid",
    too_large: "invalidParameter.pageSize.invalid",
};

/// A robot's groups, by cursor: no limit on the page size.
const GROUPS: Limits = Limits {
    default: 20,
    max: None,
    invalid: PARAM_INVALID,
    too_large: PARAM_INVALID,
};

/// Where a robot message went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RobotMessageKind {
    /// A group (`robot_OrgGroupSend`).
    Group,
    /// Users one to one (`robot_BatchSendOTO`).
    OneToOne,
    /// A chat between two people (`robot_PrivateChatSend`).
    PrivateChat,
}

/// A message a robot sent, as the fake keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RobotMessage {
    /// Where it went.
    pub kind: RobotMessageKind,
    /// The robot that sent it (`robotCode`, or `chatbotId`'s value), if named.
    pub robot_code: Option<String>,
    /// The chat it went to, for a group or a chat between two people.
    pub open_conversation_id: Option<String>,
    /// The users it went to, one to one.
    pub recipients: Vec<String>,
    /// The template key.
    pub msg_key: String,
    /// The template's parameters, as JSON text.
    pub msg_param: String,
    /// Whether it was recalled.
    pub recalled: bool,
    /// The users who have read it, in order, with when (milliseconds).
    pub read_by: Vec<(String, i64)>,
}

/// A DING a robot sent.
#[derive(Debug, Clone)]
struct Ding {
    robot_code: String,
    receivers: Vec<String>,
}

/// The robots' state.
#[derive(Debug, Default)]
pub(crate) struct Robots {
    messages: HashMap<String, RobotMessage>,
    /// Per group, its robots' codes.
    groups: BTreeMap<String, BTreeSet<String>>,
    /// Names given with `robot_UpdateInstalledRobot`.
    names: HashMap<String, String>,
    dings: HashMap<String, Ding>,
    plugins: HashMap<String, Vec<RobotQueryRobotPluginResponseBodyPluginInfoList>>,
    statuses: HashMap<String, String>,
    /// Emotions on messages: (chat, message, emotion name).
    emotions: BTreeSet<(String, String, String)>,
    /// Custom robots' outgoing URLs, by webhook token.
    outgoing: HashMap<String, String>,
    /// Files sent to robots: download code to object id.
    files: HashMap<String, String>,
}

impl FakeDingTalk {
    /// The message a robot sent under `process_query_key`, if any.
    pub fn robot_message(&self, process_query_key: &str) -> Option<RobotMessage> {
        self.state
            .data()
            .robots
            .messages
            .get(process_query_key)
            .cloned()
    }

    /// Marks the message of `process_query_key` as read by `user_id` (once);
    /// whether there is such a message.
    pub fn read_robot_message(&self, process_query_key: &str, user_id: &str) -> bool {
        let mut data = self.state.data();
        let Some(message) = data.robots.messages.get_mut(process_query_key) else {
            return false;
        };
        if !message.read_by.iter().any(|(user, _)| user == user_id) {
            message.read_by.push((user_id.to_owned(), now_millis()));
        }
        true
    }

    /// A file a user sent to the robot `robot_code`, stored as DingTalk
    /// stores it: returns the download code the robot's message carries.
    pub fn receive_robot_file(&self, robot_code: &str, bytes: &[u8]) -> std::io::Result<String> {
        let object = self.state.objects.put(bytes)?;
        let mut data = self.state.data();
        let code = format!("fake-download-{robot_code}-{}", data.id());
        data.robots.files.insert(code.clone(), object);
        Ok(code)
    }

    /// The robots installed in the group `open_conversation_id`, sorted.
    pub fn robots_in_group(&self, open_conversation_id: &str) -> Vec<String> {
        self.state
            .data()
            .robots
            .groups
            .get(open_conversation_id)
            .map(|robots| robots.iter().cloned().collect())
            .unwrap_or_default()
    }
}

/// The `robot_1_0` operations.
pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/v1.0/robot/groupMessages/send", post(org_group_send))
        .route("/v1.0/robot/groupMessages/query", post(org_group_query))
        .route("/v1.0/robot/groupMessages/recall", post(org_group_recall))
        .route(
            "/v1.0/robot/groupMessages/batchRecall",
            post(batch_recall_group),
        )
        .route("/v1.0/robot/oToMessages/batchSend", post(batch_send_oto))
        .route("/v1.0/robot/oToMessages/readStatus", get(batch_oto_query))
        .route(
            "/v1.0/robot/otoMessages/batchRecall",
            post(batch_recall_oto),
        )
        .route(
            "/v1.0/robot/privateChatMessages/send",
            post(private_chat_send),
        )
        .route(
            "/v1.0/robot/privateChatMessages/query",
            post(private_chat_query),
        )
        .route(
            "/v1.0/robot/privateChatMessages/batchRecall",
            post(batch_recall_private_chat),
        )
        .route("/v1.0/robot/messageFiles/download", post(file_download))
        .route("/v1.0/robot/ding/send", post(send_ding))
        .route(
            "/v1.0/robot/ding/readStatuses/query",
            post(ding_read_status),
        )
        .route("/v1.0/robot/ding/recall", post(recall_ding))
        .route("/v1.0/robot/dingMessages/send", post(send_ding_message))
        .route("/v1.0/robot/emotion/reply", post(reply_emotion))
        .route("/v1.0/robot/emotion/recall", post(recall_emotion))
        .route("/v1.0/robot/groups/orgRobots/add", post(add_to_group))
        .route("/v1.0/robot/groups/robots/query", post(robots_in_group))
        .route("/v1.0/robot/groups/query", post(groups_by_page))
        .route("/v1.0/robot/installed/groups/query", post(groups_by_cursor))
        .route("/v1.0/robot/plugins/set", post(set_plugins))
        .route("/v1.0/robot/plugins/query", post(query_plugins))
        .route("/v1.0/robot/plugins/clear", post(clear_plugins))
        .route("/v1.0/robot/statuses/manage", post(manage_status))
        .route("/v1.0/robot/managements/infos", put(update_installed))
        .route("/v1.0/robot/aiSkill/execute", post(execute_ai_skill))
        .route("/v1.0/robot/custom/enable", post(enable_custom))
        .route("/v1.0/robot/custom/delete", post(delete_custom))
        .route("/v1.0/robot/custom/outgoing/update", post(update_outgoing))
}

type St = State<Arc<Shared>>;

fn bad(code: &str, message: impl Into<String>) -> Reply {
    Reply::error(400, code, message)
}

/// A non-empty value of an optional property.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|v| !v.is_empty())
}

fn need<'a>(value: &'a str, name: &str) -> Result<&'a str, Reply> {
    if value.is_empty() {
        Err(bad(PARAM_INVALID, format!("{name} is required")))
    } else {
        Ok(value)
    }
}

/// Checks a message's template key and parameters, as DingTalk does, and a
/// file's media id against the legacy host's uploads.
fn check_message(shared: &Shared, msg_key: &str, msg_param: &str) -> Result<(), Reply> {
    if msg_key.is_empty() {
        return Err(bad("invalidParameter.msgKey.empty", "msgKey is missing"));
    }
    if !msg_key.starts_with("sample") {
        return Err(bad(
            "invalidParameter.msgKey.invalid",
            format!("{msg_key:?} is not a message template key"),
        ));
    }
    let param: serde_json::Value = serde_json::from_str(msg_param)
        .ok()
        .filter(serde_json::Value::is_object)
        .ok_or_else(|| {
            bad(
                "invalidParameter.msgParam.invalid",
                "msgParam must be a JSON object's text",
            )
        })?;
    if msg_key == "sampleFile" {
        let media = param["mediaId"].as_str().unwrap_or_default();
        if !shared.data().oapi.has_media(media) {
            return Err(bad(
                "invalidParameter.msgParam.invalid",
                format!("sampleFile's mediaId {media:?} was not uploaded"),
            ));
        }
    }
    Ok(())
}

fn record(shared: &Shared, message: RobotMessage) -> String {
    let mut data = shared.data();
    let key = format!("fake-pqk-{}=", data.id());
    data.robots.messages.insert(key.clone(), message);
    key
}

fn send_status(message: &RobotMessage) -> RobotSendStatus {
    if message.recalled {
        RobotSendStatus::Recalled
    } else {
        RobotSendStatus::Success
    }
}

async fn org_group_send(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotOrgGroupSendRequest>,
) -> Outcome {
    let robot = given(&request.robot_code)
        .ok_or_else(|| bad("invalidParameter.robotCode.empty", "robotCode is empty"))?;
    let conversation = match (given(&request.open_conversation_id), given(&request.token)) {
        (Some(conversation), _) => conversation.to_owned(),
        (None, Some(token)) => format!("scene-group-of-{token}"),
        (None, None) => return Err(bad(PARAM_INVALID, "openConversationId is required")),
    };
    check_message(&shared, &request.msg_key, &request.msg_param)?;
    let key = record(
        &shared,
        RobotMessage {
            kind: RobotMessageKind::Group,
            robot_code: Some(robot.to_owned()),
            open_conversation_id: Some(conversation),
            recipients: Vec::new(),
            msg_key: request.msg_key,
            msg_param: request.msg_param,
            recalled: false,
            read_by: Vec::new(),
        },
    );
    Reply::ok(RobotOrgGroupSendResponseBody {
        process_query_key: key,
    })
}

async fn private_chat_send(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotPrivateChatSendRequest>,
) -> Outcome {
    let robot = given(&request.robot_code)
        .ok_or_else(|| bad("invalidParameter.robotCode.empty", "robotCode is empty"))?;
    let conversation = given(&request.open_conversation_id)
        .ok_or_else(|| bad(PARAM_INVALID, "openConversationId is required"))?;
    if given(&request.cool_app_code).is_none() {
        return Err(bad(
            "invalidParameter.robotCode.coolApp",
            "coolAppCode is required",
        ));
    }
    check_message(&shared, &request.msg_key, &request.msg_param)?;
    let key = record(
        &shared,
        RobotMessage {
            kind: RobotMessageKind::PrivateChat,
            robot_code: Some(robot.to_owned()),
            open_conversation_id: Some(conversation.to_owned()),
            recipients: Vec::new(),
            msg_key: request.msg_key,
            msg_param: request.msg_param,
            recalled: false,
            read_by: Vec::new(),
        },
    );
    Reply::ok(RobotPrivateChatSendResponseBody {
        process_query_key: key,
    })
}

async fn batch_send_oto(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotBatchSendOtoRequest>,
) -> Outcome {
    let robot = need(&request.robot_code, "robotCode")
        .map_err(|_| bad("invalidParameter.robotCode.empty", "robotCode is empty"))?;
    if request.user_ids.is_empty() {
        return Err(bad("invalidParameter.userIds.empty", "userIds is empty"));
    }
    if request.user_ids.len() > 20 {
        return Err(bad(
            "invalidParameter.userIds.overMax",
            "userIds holds more than 20 users",
        ));
    }
    check_message(&shared, &request.msg_key, &request.msg_param)?;
    let (known, invalid): (Vec<String>, Vec<String>) = {
        let data = shared.data();
        request
            .user_ids
            .iter()
            .cloned()
            .partition(|user| data.oapi.user(user).is_some())
    };
    let key = record(
        &shared,
        RobotMessage {
            kind: RobotMessageKind::OneToOne,
            robot_code: Some(robot.to_owned()),
            open_conversation_id: None,
            recipients: known,
            msg_key: request.msg_key,
            msg_param: request.msg_param,
            recalled: false,
            read_by: Vec::new(),
        },
    );
    Reply::ok(RobotBatchSendOtoResponseBody {
        process_query_key: Some(key),
        invalid_staff_id_list: Some(invalid),
        flow_controlled_staff_id_list: Some(Vec::new()),
        filtered_staff_id_list: Some(Vec::new()),
    })
}

/// The message of `key` if it is of `kind`; else `invalid.processQueryKey`.
fn message_of(shared: &Shared, key: &str, kind: RobotMessageKind) -> Result<RobotMessage, Reply> {
    if key.is_empty() {
        return Err(bad(
            "invalidParameter.processQueryKey.missing",
            "processQueryKey is missing",
        ));
    }
    shared
        .data()
        .robots
        .messages
        .get(key)
        .filter(|m| m.kind == kind)
        .cloned()
        .ok_or_else(|| bad("invalid.processQueryKey", format!("no message {key:?}")))
}

/// Whether a query's robot and chat, when given, are those of the send.
fn same_send(
    message: &RobotMessage,
    robot: Option<&str>,
    conversation: Option<&str>,
) -> Result<(), Reply> {
    if robot.is_some_and(|r| message.robot_code.as_deref() != Some(r)) {
        return Err(bad(
            "invalidParameter.robotCode.invalid",
            "robotCode is not the sender's",
        ));
    }
    if conversation.is_some_and(|c| message.open_conversation_id.as_deref() != Some(c)) {
        return Err(bad(
            "invalid.openConversationId",
            "openConversationId is not the message's",
        ));
    }
    Ok(())
}

async fn org_group_query(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotOrgGroupQueryRequest>,
) -> Outcome {
    let conversation = given(&request.open_conversation_id);
    if conversation.is_none() && given(&request.token).is_none() {
        return Err(bad(
            "openConversationId.notExisted",
            "openConversationId and token are both empty",
        ));
    }
    let paging = Paging::new(request.next_token.as_deref(), request.max_results, &READERS)?;
    let message = message_of(&shared, &request.process_query_key, RobotMessageKind::Group)?;
    same_send(&message, given(&request.robot_code), conversation)?;
    let (page, next) = paging.take(message.read_by.clone());
    let data = shared.data();
    let read_users = page
        .iter()
        .map(|(user, _)| RobotOrgGroupQueryResponseBodyReadUsers {
            user_id: Some(user.clone()),
            union_id: data.oapi.user(user).map(|(_, union_id)| union_id),
        })
        .collect();
    Reply::ok(RobotOrgGroupQueryResponseBody {
        has_more: Some(next.is_some()),
        next_token: next,
        read_user_ids: Some(page.into_iter().map(|(user, _)| user).collect()),
        read_users: Some(read_users),
        send_status: Some(send_status(&message)),
    })
}

async fn private_chat_query(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotPrivateChatQueryRequest>,
) -> Outcome {
    let paging = Paging::new(request.next_token.as_deref(), request.max_results, &READERS)?;
    let message = message_of(
        &shared,
        &request.process_query_key,
        RobotMessageKind::PrivateChat,
    )?;
    same_send(
        &message,
        given(&request.robot_code),
        given(&request.open_conversation_id),
    )?;
    let (page, next) = paging.take(message.read_by.clone());
    Reply::ok(RobotPrivateChatQueryResponseBody {
        has_more: Some(next.is_some()),
        next_token: next,
        read_user_ids: Some(page.into_iter().map(|(user, _)| user).collect()),
        send_status: Some(send_status(&message)),
    })
}

async fn batch_oto_query(
    State(shared): St,
    _: Authorized,
    axum::extract::Query(query): axum::extract::Query<Params>,
) -> Outcome {
    let key = required(
        &query,
        "processQueryKey",
        "invalidParameter.processQueryKey.missing",
    )?;
    let robot = required(&query, "robotCode", "invalidParameter.robotCode.missing")?;
    let message = message_of(&shared, key, RobotMessageKind::OneToOne)?;
    same_send(&message, Some(robot), None)?;
    let data = shared.data();
    let list = message
        .recipients
        .iter()
        .map(|user| {
            let read = message.read_by.iter().find(|(u, _)| u == user);
            RobotBatchOtoQueryResponseBodyMessageReadInfoList {
                name: data
                    .oapi
                    .user(user)
                    .map(|(name, _)| name)
                    .unwrap_or_default(),
                user_id: user.clone(),
                read_status: if read.is_some() {
                    RobotReadStatus::Read
                } else {
                    RobotReadStatus::Unread
                },
                read_timestamp: read.map_or(0, |(_, at)| *at),
            }
        })
        .collect();
    Reply::ok(RobotBatchOtoQueryResponseBody {
        message_read_info_list: Some(list),
        send_status: Some(send_status(&message)),
    })
}

/// Recalls the messages of `keys` of `kind`, of `robot` and `conversation`
/// when given: the keys recalled and the others with why.
fn recall(
    shared: &Shared,
    keys: &[String],
    kind: RobotMessageKind,
    robot: Option<&str>,
    conversation: Option<&str>,
) -> Result<(Vec<String>, BTreeMap<String, String>), Reply> {
    if keys.is_empty() {
        return Err(bad(PARAM_INVALID, "processQueryKeys is empty"));
    }
    let mut data = shared.data();
    let mut recalled = Vec::new();
    let mut failed = BTreeMap::new();
    for key in keys {
        match data.robots.messages.get_mut(key) {
            Some(message)
                if message.kind == kind
                    && robot.is_none_or(|r| message.robot_code.as_deref() == Some(r))
                    && conversation
                        .is_none_or(|c| message.open_conversation_id.as_deref() == Some(c)) =>
            {
                message.recalled = true;
                recalled.push(key.clone());
            }
            Some(_) => {
                failed.insert(
                    key.clone(),
                    "the message is not this robot's in this chat".to_owned(),
                );
            }
            None => {
                failed.insert(key.clone(), "message not found".to_owned());
            }
        }
    }
    Ok((recalled, failed))
}

async fn org_group_recall(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotOrgGroupRecallRequest>,
) -> Outcome {
    let robot = need(&request.robot_code, "robotCode")?;
    let conversation = need(&request.open_conversation_id, "openConversationId")?;
    let (success, failed) = recall(
        &shared,
        &request.process_query_keys,
        RobotMessageKind::Group,
        Some(robot),
        Some(conversation),
    )?;
    Reply::ok(RobotOrgGroupRecallResponseBody {
        success_result: success,
        failed_result: failed,
    })
}

async fn batch_recall_group(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotBatchRecallGroupRequest>,
) -> Outcome {
    let robot = need(&request.chatbot_id, "chatbotId")?;
    let conversation = need(&request.open_conversation_id, "openConversationId")?;
    let (success, failed) = recall(
        &shared,
        &request.process_query_keys,
        RobotMessageKind::Group,
        Some(robot),
        Some(conversation),
    )?;
    Reply::ok(RobotBatchRecallGroupResponseBody {
        success_result: success,
        failed_result: failed,
    })
}

async fn batch_recall_oto(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotBatchRecallOtoRequest>,
) -> Outcome {
    let robot = need(&request.robot_code, "robotCode")?;
    if request.process_query_keys.len() > 20 {
        return Err(bad(PARAM_INVALID, "at most 20 processQueryKeys"));
    }
    let (success, failed) = recall(
        &shared,
        &request.process_query_keys,
        RobotMessageKind::OneToOne,
        Some(robot),
        None,
    )?;
    Reply::ok(RobotBatchRecallOtoResponseBody {
        success_result: Some(success),
        failed_result: Some(failed),
    })
}

async fn batch_recall_private_chat(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotBatchRecallPrivateChatRequest>,
) -> Outcome {
    let robot = need(&request.robot_code, "robotCode")?;
    let conversation = need(&request.open_conversation_id, "openConversationId")?;
    let (success, failed) = recall(
        &shared,
        &request.process_query_keys,
        RobotMessageKind::PrivateChat,
        Some(robot),
        Some(conversation),
    )?;
    Reply::ok(RobotBatchRecallPrivateChatResponseBody {
        success_result: success,
        failed_result: failed,
    })
}

async fn file_download(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotRobotMessageFileDownloadRequest>,
) -> Outcome {
    need(&request.robot_code, "robotCode")?;
    let object = shared
        .data()
        .robots
        .files
        .get(&request.download_code)
        .cloned()
        .ok_or_else(|| bad(PARAM_INVALID, "downloadCode names no file"))?;
    Reply::ok(RobotRobotMessageFileDownloadResponseBody {
        download_url: shared.objects.download_link(&object),
    })
}

async fn send_ding(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotRobotSendDingRequest>,
) -> Outcome {
    let robot = need(&request.robot_code, "robotCode")?;
    need(&request.content, "content")?;
    if request.receiver_user_id_list.is_empty() {
        return Err(bad(PARAM_INVALID, "receiverUserIdList is empty"));
    }
    let mut data = shared.data();
    let (receivers, unknown): (Vec<String>, Vec<String>) = request
        .receiver_user_id_list
        .iter()
        .cloned()
        .partition(|user| data.oapi.user(user).is_some());
    let id = format!("fake-ding-{}", data.id());
    data.robots.dings.insert(
        id.clone(),
        Ding {
            robot_code: robot.to_owned(),
            receivers,
        },
    );
    Reply::ok(RobotRobotSendDingResponseBody {
        open_ding_id: id,
        failed_list: unknown
            .into_iter()
            .map(|user| (user, serde_json::json!("not a user of the organisation")))
            .collect(),
    })
}

fn ding_of<'a>(data: &'a crate::Data, id: &str, robot: &str) -> Result<&'a Ding, Reply> {
    data.robots
        .dings
        .get(id)
        .filter(|ding| ding.robot_code == robot)
        .ok_or_else(|| bad(PARAM_INVALID, format!("no DING {id:?} of this robot")))
}

async fn ding_read_status(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotQueryRobotDingReadStatusRequest>,
) -> Outcome {
    let data = shared.data();
    let ding = ding_of(&data, &request.open_ding_id, &request.robot_code)?;
    let list = ding
        .receivers
        .iter()
        .map(
            |user| RobotQueryRobotDingReadStatusResponseBodyResultRobotDingReadInfoList {
                user_id: Some(user.clone()),
                read_status: Some("UNREAD".to_owned()),
            },
        )
        .collect();
    Reply::ok(RobotQueryRobotDingReadStatusResponseBody {
        success: Some(true),
        result: Some(RobotQueryRobotDingReadStatusResponseBodyResult {
            robot_ding_read_info_list: Some(list),
        }),
    })
}

async fn recall_ding(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotRobotRecallDingRequest>,
) -> Outcome {
    let mut data = shared.data();
    ding_of(&data, &request.open_ding_id, &request.robot_code)?;
    data.robots.dings.remove(&request.open_ding_id);
    Reply::ok(RobotRobotRecallDingResponseBody {
        open_ding_id: Some(request.open_ding_id),
    })
}

async fn send_ding_message(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotSendRobotDingMessageRequest>,
) -> Outcome {
    let robot = need(&request.robot_code, "robotCode")?;
    need(&request.ding_template_id, "dingTemplateId")?;
    need(&request.open_conversation_id, "openConversationId")?;
    if request.receiver_user_id_list.is_empty() {
        return Err(bad(PARAM_INVALID, "receiverUserIdList is empty"));
    }
    let mut data = shared.data();
    let id = format!("fake-ding-{}", data.id());
    data.robots.dings.insert(
        id.clone(),
        Ding {
            robot_code: robot.to_owned(),
            receivers: request.receiver_user_id_list,
        },
    );
    Reply::ok(RobotSendRobotDingMessageResponseBody {
        ding_send_result_id: id,
    })
}

/// The name an emotion is known by: its name, or its text emotion's.
fn emotion_name(name: &Option<String>, text: Option<&Option<String>>) -> Result<String, Reply> {
    given(name)
        .or_else(|| text.and_then(given))
        .map(str::to_owned)
        .ok_or_else(|| bad(PARAM_INVALID, "emotionName or textEmotion is required"))
}

async fn reply_emotion(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotRobotReplyEmotionRequest>,
) -> Outcome {
    need(&request.robot_code, "robotCode")?;
    let conversation = need(&request.open_conversation_id, "openConversationId")?;
    let message = need(&request.open_msg_id, "openMsgId")?;
    let name = emotion_name(
        &request.emotion_name,
        request.text_emotion.as_ref().map(|t| &t.emotion_name),
    )?;
    shared
        .data()
        .robots
        .emotions
        .insert((conversation.to_owned(), message.to_owned(), name));
    Reply::ok(RobotRobotReplyEmotionResponseBody {
        success: Some(true),
    })
}

async fn recall_emotion(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotRobotRecallEmotionRequest>,
) -> Outcome {
    need(&request.robot_code, "robotCode")?;
    let conversation = need(&request.open_conversation_id, "openConversationId")?;
    let message = need(&request.open_msg_id, "openMsgId")?;
    let name = emotion_name(
        &request.emotion_name,
        request.text_emotion.as_ref().map(|t| &t.emotion_name),
    )?;
    let removed =
        shared
            .data()
            .robots
            .emotions
            .remove(&(conversation.to_owned(), message.to_owned(), name));
    Reply::ok(RobotRobotRecallEmotionResponseBody {
        success: Some(removed),
    })
}

async fn add_to_group(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotAddOrgRobotInstanceToGroupRequest>,
) -> Outcome {
    let robot = need(&request.robot_code, "robotCode")?;
    let conversation = need(&request.open_conversation_id, "openConversationId")?;
    shared
        .data()
        .robots
        .groups
        .entry(conversation.to_owned())
        .or_default()
        .insert(robot.to_owned());
    Reply::ok(RobotAddOrgRobotInstanceToGroupResponseBody { result: Some(true) })
}

async fn robots_in_group(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotGetBotListInGroupRequest>,
) -> Outcome {
    let conversation = need(&request.open_conversation_id, "openConversationId")?;
    let data = shared.data();
    let list = data
        .robots
        .groups
        .get(conversation)
        .into_iter()
        .flatten()
        .map(
            |robot| RobotGetBotListInGroupResponseBodyChatbotInstanceVoList {
                robot_code: Some(robot.clone()),
                name: Some(
                    data.robots
                        .names
                        .get(robot)
                        .cloned()
                        .unwrap_or_else(|| format!("Robot {robot}")),
                ),
                open_robot_type: Some(1),
                creator_user_id: None,
                download_icon_url: None,
            },
        )
        .collect();
    Reply::ok(RobotGetBotListInGroupResponseBody {
        chatbot_instance_vo_list: Some(list),
    })
}

/// The groups `robot` is installed in, sorted.
fn groups_of(shared: &Shared, robot: &str) -> Vec<String> {
    shared
        .data()
        .robots
        .groups
        .iter()
        .filter(|(_, robots)| robots.contains(robot))
        .map(|(group, _)| group.clone())
        .collect()
}

async fn groups_by_page(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotQueryBotInstanceInGroupInfoRequest>,
) -> Outcome {
    let robot = need(&request.robot_code, "robotCode")?;
    if request.page_number < 1 || request.page_size < 1 {
        return Err(bad(
            PARAM_INVALID,
            "pageNumber and pageSize must be positive",
        ));
    }
    let groups = groups_of(&shared, robot);
    let size = request.page_size as usize;
    let start = (request.page_number as usize - 1).saturating_mul(size);
    let page: Vec<String> = groups.iter().skip(start).take(size).cloned().collect();
    Reply::ok(RobotQueryBotInstanceInGroupInfoResponseBody {
        has_more: Some(start.saturating_add(size) < groups.len()),
        open_conversation_ids: Some(page),
    })
}

async fn groups_by_cursor(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotQueryRobotInstanceInGroupInfoRequest>,
) -> Outcome {
    let robot = need(&request.robot_code, "robotCode")?;
    let paging = Paging::new(
        request.next_token.as_deref(),
        Some(request.max_result),
        &GROUPS,
    )?;
    let (page, next) = paging.take(groups_of(&shared, robot));
    Reply::ok(RobotQueryRobotInstanceInGroupInfoResponseBody {
        has_more: Some(next.is_some()),
        next_token: next,
        open_conversation_ids: Some(page),
    })
}

async fn set_plugins(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotSetRobotPluginRequest>,
) -> Outcome {
    let robot = given(&request.robot_code)
        .ok_or_else(|| bad(PARAM_INVALID, "robotCode is required"))?
        .to_owned();
    let mut entries = Vec::new();
    for entry in request.plugin_info_list.unwrap_or_default() {
        need(&entry.name, "pluginInfoList[].name")?;
        need(&entry.icon, "pluginInfoList[].icon")?;
        entries.push(RobotQueryRobotPluginResponseBodyPluginInfoList {
            name: Some(entry.name),
            icon: Some(entry.icon),
            mobile_url: entry.mobile_url,
            pc_url: entry.pc_url,
        });
    }
    shared.data().robots.plugins.insert(robot, entries);
    Reply::ok(RobotSetRobotPluginResponseBody { result: Some(true) })
}

async fn query_plugins(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotQueryRobotPluginRequest>,
) -> Outcome {
    let robot = need(&request.robot_code, "robotCode")?;
    let entries = shared
        .data()
        .robots
        .plugins
        .get(robot)
        .cloned()
        .unwrap_or_default();
    Reply::ok(RobotQueryRobotPluginResponseBody {
        plugin_info_list: Some(entries),
    })
}

async fn clear_plugins(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotClearRobotPluginRequest>,
) -> Outcome {
    let robot = need(&request.robot_code, "robotCode")?;
    shared.data().robots.plugins.remove(robot);
    Reply::ok(RobotClearRobotPluginResponseBody { result: Some(true) })
}

async fn manage_status(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotManageSingleChatRobotStatusRequest>,
) -> Outcome {
    let robot = need(&request.robot_code, "robotCode")?;
    let status = need(&request.status, "status")?;
    shared
        .data()
        .robots
        .statuses
        .insert(robot.to_owned(), status.to_owned());
    Reply::ok(RobotManageSingleChatRobotStatusResponseBody { result: Some(true) })
}

async fn update_installed(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotUpdateInstalledRobotRequest>,
) -> Outcome {
    let robot = need(&request.robot_code, "robotCode")?;
    if let Some(name) = given(&request.name) {
        shared
            .data()
            .robots
            .names
            .insert(robot.to_owned(), name.to_owned());
    }
    Reply::ok(RobotUpdateInstalledRobotResponseBody {
        success: Some(true),
    })
}

async fn execute_ai_skill(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotExecuteRobotAiSkillRequest>,
) -> Outcome {
    need(&request.robot_code, "robotCode")?;
    let input = need(&request.input, "input")?;
    let skill = given(&request.skill_id).unwrap_or("default");
    let id = format!("fake-skill-run-{}", shared.data().id());
    Reply::ok(RobotExecuteRobotAiSkillResponseBody {
        result: Some(format!(
            "{skill} ran on {} characters",
            input.chars().count()
        )),
        skill_execute_id: Some(id),
    })
}

/// The custom robot of webhook `token`, which must exist.
fn custom(shared: &Shared, token: &str) -> Result<(), Reply> {
    if shared.data().oapi.has_robot(token) {
        Ok(())
    } else {
        Err(bad(PARAM_INVALID, "token names no custom robot"))
    }
}

async fn enable_custom(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotEnableCustomRobotRequest>,
) -> Outcome {
    need(&request.action_type, "actionType")?;
    custom(&shared, &request.token)?;
    Reply::ok(RobotEnableCustomRobotResponseBody { result: Some(true) })
}

async fn delete_custom(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotDeleteCustomRobotRequest>,
) -> Outcome {
    need(&request.action_type, "actionType")?;
    custom(&shared, &request.token)?;
    let mut data = shared.data();
    data.oapi.remove_robot(&request.token);
    data.robots.outgoing.remove(&request.token);
    Reply::ok(RobotDeleteCustomRobotResponseBody { result: Some(true) })
}

async fn update_outgoing(
    State(shared): St,
    _: Authorized,
    RobotBody(request): RobotBody<RobotUpdateCustomRobotOutgoingRequest>,
) -> Outcome {
    let url = need(&request.outgoing_url, "outgoingUrl")?;
    custom(&shared, &request.token)?;
    let original = shared
        .data()
        .robots
        .outgoing
        .insert(request.token.clone(), url.to_owned());
    Reply::ok(RobotUpdateCustomRobotOutgoingResponseBody {
        result: Some(true),
        original_url: original,
        target_url: Some(url.to_owned()),
    })
}

//! Work notifications (`oapi_message`): a send becomes a task whose progress
//! advances each time it is read (half way, then done), whose result names
//! each recipient (unread once delivered, invalid when unknown), and which
//! can be recalled.

use std::collections::BTreeMap;

use axum::extract::State;
use dingtalk::models::OapiStatus;
use dingtalk::oapi_message::*;

use super::{fail, ok_message, request_id, split_list, Answer, Call, Failure, St};

/// The AgentId of the fake's app: work notifications must name it.
pub const AGENT_ID: i64 = 3_000_001;

/// A send task.
#[derive(Debug, Clone)]
struct Task {
    recipients: Vec<String>,
    invalid_users: Vec<String>,
    invalid_depts: Vec<i64>,
    message: serde_json::Value,
    /// `0`, `50` or `100`.
    progress: i32,
    recalled: bool,
}

/// The send tasks, by task id.
#[derive(Debug, Default)]
pub(crate) struct Notifications {
    tasks: BTreeMap<i64, Task>,
    next: i64,
}

impl Notifications {
    pub(crate) fn sent(&self) -> Vec<(Vec<String>, serde_json::Value)> {
        self.tasks
            .values()
            .map(|t| (t.recipients.clone(), t.message.clone()))
            .collect()
    }
}

fn agent(agent_id: i64) -> Result<(), Failure> {
    if agent_id == AGENT_ID {
        Ok(())
    } else {
        Err(fail(40056, format!("invalid agent_id {agent_id}")))
    }
}

pub(crate) async fn async_send(State(state): St, Call(request): Call<AsyncSendRequest>) -> Answer {
    if let Err(failure) = agent(request.agent_id) {
        return failure.into();
    }
    if let WorkNotificationMessage::Other(_) = request.msg {
        return fail(40008, "invalid message type").into();
    }
    let mut data = state.data();
    let contacts = &data.oapi.contacts;
    let (mut recipients, mut invalid_users, mut invalid_depts) =
        (Vec::new(), Vec::new(), Vec::new());
    let add = |userid: &str, recipients: &mut Vec<String>| {
        if !recipients.iter().any(|r| r == userid) {
            recipients.push(userid.to_owned());
        }
    };
    if request.to_all_user == Some(true) {
        let mut everyone: Vec<_> = contacts.users.values().collect();
        everyone.sort_by_key(|u| u.joined);
        everyone
            .iter()
            .for_each(|u| add(&u.userid, &mut recipients));
    }
    for userid in split_list(request.userid_list.as_deref()) {
        if contacts.users.contains_key(&userid) {
            add(&userid, &mut recipients);
        } else {
            invalid_users.push(userid);
        }
    }
    for dept in split_list(request.dept_id_list.as_deref()) {
        match dept.parse::<i64>() {
            Ok(id) if contacts.departments.contains_key(&id) => contacts
                .members(id)
                .iter()
                .for_each(|u| add(&u.userid, &mut recipients)),
            Ok(id) => invalid_depts.push(id),
            Err(_) => return fail(40035, format!("{dept:?} is not a department id")).into(),
        }
    }
    if recipients.is_empty() && invalid_users.is_empty() && invalid_depts.is_empty() {
        return fail(
            40035,
            "name the recipients: userid_list, dept_id_list or to_all_user",
        )
        .into();
    }
    let message = serde_json::to_value(&request.msg).expect("models serialize");
    let notifications = &mut data.oapi.notifications;
    notifications.next += 1;
    let task_id = 700_000_000 + notifications.next;
    notifications.tasks.insert(
        task_id,
        Task {
            recipients,
            invalid_users,
            invalid_depts,
            message,
            progress: 0,
            recalled: false,
        },
    );
    Answer::ok(AsyncSendResponse {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
        task_id: Some(task_id),
    })
}

fn task(
    notifications: &mut Notifications,
    agent_id: i64,
    task_id: i64,
) -> Result<&mut Task, Failure> {
    agent(agent_id).map_err(|_| fail(40035, format!("invalid agent_id {agent_id}")))?;
    notifications
        .tasks
        .get_mut(&task_id)
        .ok_or_else(|| fail(40035, format!("no send task {task_id}")))
}

pub(crate) async fn progress(State(state): St, Call(request): Call<SendTaskRequest>) -> Answer {
    let mut data = state.data();
    let task = match task(
        &mut data.oapi.notifications,
        request.agent_id,
        request.task_id,
    ) {
        Ok(task) => task,
        Err(failure) => return failure.into(),
    };
    task.progress = (task.progress + 50).min(100);
    Answer::ok(GetSendProgressResponse {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
        progress: Some(SendProgress {
            progress_in_percent: Some(task.progress),
            status: Some(if task.progress >= 100 { 2 } else { 1 }),
        }),
    })
}

pub(crate) async fn result(State(state): St, Call(request): Call<SendTaskRequest>) -> Answer {
    let mut data = state.data();
    let task = match task(
        &mut data.oapi.notifications,
        request.agent_id,
        request.task_id,
    ) {
        Ok(task) => task,
        Err(failure) => return failure.into(),
    };
    let done = task.progress >= 100;
    Answer::ok(GetSendResultResponse {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
        send_result: Some(SendResult {
            invalid_user_id_list: Some(task.invalid_users.clone()),
            invalid_dept_id_list: Some(task.invalid_depts.clone()),
            forbidden_user_id_list: Some(Vec::new()),
            failed_user_id_list: Some(Vec::new()),
            read_user_id_list: Some(Vec::new()),
            unread_user_id_list: Some(if done && !task.recalled {
                task.recipients.clone()
            } else {
                Vec::new()
            }),
            forbidden_list: Some(Vec::new()),
        }),
    })
}

pub(crate) async fn recall(State(state): St, Call(request): Call<RecallRequest>) -> Answer {
    let mut data = state.data();
    let task = match task(
        &mut data.oapi.notifications,
        request.agent_id,
        request.msg_task_id,
    ) {
        Ok(task) if !task.recalled => task,
        _ => return fail(400002, "invalid agent_id or msg_task_id").into(),
    };
    task.recalled = true;
    Answer::ok(OapiStatus {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
    })
}

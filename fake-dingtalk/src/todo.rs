//! `todo_1_0`: the tasks apps create in users' Todo lists.
//!
//! - A task is created under a user (`todo_CreateTodoTask`) with its
//!   executors and participants, all users of the contact book named by
//!   union id; its `sourceId`, when given, is unique.
//! - It is read by its owner, creator, executors and participants
//!   (`todo_GetTodoTask`), changed (`todo_UpdateTodoTask`: each property
//!   given replaces the stored one; `done` sets or clears `finishTime`) and
//!   deleted for everyone (`todo_DeleteTodoTask`; deleting it again answers
//!   `true`).
//! - A user's tasks are listed (`todo_QueryTodoTasks`) filtered by `isDone`,
//!   due time and the user's roles (`roleTypes`), sorted by `orderBy` and
//!   `orderDirection`, [`TASKS_PER_PAGE`] a page, the next page asked for
//!   with the answer's `nextToken`, with the `totalCount` of matching tasks.
//!
//! The module's other operations are answered from the spec's examples.
//!
//! Refusals are HTTP 400. A creation with an empty `subject`, an oversize
//! `subject`, `description`, executors or participants, someone not in the
//! contact book, a `dueTime` that is not positive, a `priority` other than
//! 10, 20, 30 or 40, or a `sourceId` already used (`task exist`) is
//! `todo.taskCreate.paramError`, the code the spec documents, with
//! DingTalk's messages (`subject is oversize`, ...); the same faults in a
//! change, and a task that does not exist, are `todo.taskUpdate.paramError`.
//! DingTalk does not publish the sizes behind "oversize": the fake's are
//! [`SUBJECT_MAX`] characters, [`DESCRIPTION_MAX`] and [`PEOPLE_MAX`]
//! people. Reading, deleting or listing for a user not in the contact book,
//! reading or deleting a task that does not exist, and a malformed
//! `nextToken`, `orderBy`, `orderDirection` or role are `invalidParameter`,
//! a code of the fake's own: the spec documents none for them.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::routing::{get, post};
use axum::Router;
use dingtalk::todo_1_0::{
    TodoCreateTodoTaskRequest, TodoQueryTodoTasksRequest, TodoUpdateTodoTaskRequest,
};
use serde_json::{json, Value};

use crate::extract::{self, Authorized};
use crate::oapi::now_millis;
use crate::{Outcome, Params, Reply, Shared};

const CREATE_INVALID: &str = "todo.taskCreate.paramError";
const UPDATE_INVALID: &str = "todo.taskUpdate.paramError";
/// The code of other inputs DingTalk refuses.
const INVALID: &str = "invalidParameter";

/// The longest `subject` the fake takes, in characters.
const SUBJECT_MAX: usize = 1024;
/// The longest `description` the fake takes, in characters.
const DESCRIPTION_MAX: usize = 4096;
/// The most executors, and the most participants, the fake takes.
const PEOPLE_MAX: usize = 1000;
const PRIORITIES: &[i64] = &[10, 20, 30, 40];
const ROLES: &[&str] = &["executor", "creator", "participant"];

/// How many tasks a page of `todo_QueryTodoTasks` holds.
pub const TASKS_PER_PAGE: usize = 10;

/// A task, as the fake keeps it.
#[derive(Debug, Clone)]
struct Task {
    id: String,
    owner: String,
    creator: String,
    modifier: String,
    subject: String,
    description: Option<String>,
    due_time: Option<i64>,
    done: bool,
    finish_time: i64,
    executors: Vec<String>,
    participants: Vec<String>,
    source_id: Option<String>,
    detail_url: Option<Value>,
    priority: Option<i64>,
    only_executors: bool,
    created: i64,
    modified: i64,
}

impl Task {
    /// Whether `user` holds `role` in the task.
    fn holds(&self, user: &str, role: &str) -> bool {
        match role {
            "executor" => self.executors.iter().any(|u| u == user),
            "participant" => self.participants.iter().any(|u| u == user),
            _ => self.creator == user,
        }
    }

    /// Whether the task is on `user`'s list.
    fn seen_by(&self, user: &str) -> bool {
        self.owner == user || ROLES.iter().any(|role| self.holds(user, role))
    }
}

/// The tasks' state.
#[derive(Debug, Default)]
pub(crate) struct Todos {
    tasks: BTreeMap<String, Task>,
    /// The order tasks were created in.
    order: Vec<String>,
    deleted: BTreeSet<String>,
}

/// The `todo_1_0` operations the fake keeps state for.
pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/v1.0/todo/users/{unionId}/tasks", post(create))
        .route(
            "/v1.0/todo/users/{unionId}/tasks/{taskId}",
            get(read).put(update).delete(delete),
        )
        .route("/v1.0/todo/users/{unionId}/tasks/list", post(query))
}

type St = State<Arc<Shared>>;

fn bad(code: &str, message: impl Into<String>) -> Reply {
    Reply::error(400, code, message)
}

/// A task id as DingTalk's look: `task` and 24 hexadecimal digits.
fn task_id(n: &str) -> String {
    let n: u128 = n.parse().unwrap_or_default();
    let mixed = n.wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835) >> 32;
    format!("task{mixed:024x}")
}

/// The app's tag on the tasks it creates.
fn biz_tag() -> String {
    format!("todo_open_{}", crate::CORP_ID)
}

/// Checks that `user` is in the contact book.
fn known(shared: &Shared, user: &str, code: &str) -> Result<(), Reply> {
    match shared.data().oapi.user_by_union_id(user) {
        Some(_) => Ok(()),
        None => Err(bad(code, format!("user {user:?} does not exist"))),
    }
}

/// Checks the properties a creation and a change share.
fn check(
    shared: &Shared,
    code: &str,
    subject: Option<&str>,
    description: Option<&str>,
    due_time: Option<i64>,
    people: [(&str, Option<&Vec<String>>); 2],
) -> Result<(), Reply> {
    if let Some(subject) = subject {
        if subject.trim().is_empty() {
            return Err(bad(code, "subject is required"));
        }
        if subject.chars().count() > SUBJECT_MAX {
            return Err(bad(code, "subject is oversize"));
        }
    }
    if description.is_some_and(|d| d.chars().count() > DESCRIPTION_MAX) {
        return Err(bad(code, "description is oversize"));
    }
    if due_time.is_some_and(|t| t <= 0) {
        return Err(bad(code, "dueTime is invalid"));
    }
    for (name, users) in people {
        let users = users.map(Vec::as_slice).unwrap_or_default();
        if users.len() > PEOPLE_MAX {
            return Err(bad(code, format!("{name} is oversize")));
        }
        for user in users {
            known(shared, user, code)?;
        }
    }
    Ok(())
}

/// `users` without repeats, in order.
fn distinct(users: Vec<String>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    users
        .into_iter()
        .filter(|u| seen.insert(u.clone()))
        .collect()
}

fn task_json(task: &Task) -> Value {
    let mut body = json!({
        "id": task.id,
        "subject": task.subject,
        "startTime": 0,
        "dueTime": task.due_time.unwrap_or(0),
        "finishTime": task.finish_time,
        "done": task.done,
        "executorIds": task.executors,
        "participantIds": task.participants,
        "source": biz_tag(),
        "createdTime": task.created,
        "modifiedTime": task.modified,
        "creatorId": task.creator,
        "modifierId": task.modifier,
        "bizTag": biz_tag(),
        "isOnlyShowExecutor": task.only_executors,
        "requestId": crate::request_id(),
    });
    if let Some(description) = &task.description {
        body["description"] = json!(description);
    }
    if let Some(url) = &task.detail_url {
        body["detailUrl"] = url.clone();
    }
    if let Some(source_id) = &task.source_id {
        body["sourceId"] = json!(source_id);
    }
    if let Some(priority) = task.priority {
        body["priority"] = json!(priority);
    }
    body
}

fn card_json(task: &Task) -> Value {
    let mut card = json!({
        "taskId": task.id,
        "subject": task.subject,
        "isDone": task.done,
        "creatorId": task.creator,
        "createdTime": task.created,
        "modifiedTime": task.modified,
        "bizTag": biz_tag(),
        "category": "todo",
        "todoStatus": if task.done { "DONE" } else { "TODO" },
        "orgInfo": { "corpId": crate::CORP_ID, "name": "Fake Corp" },
    });
    if let Some(due_time) = task.due_time {
        card["dueTime"] = json!(due_time);
    }
    if let Some(priority) = task.priority {
        card["priority"] = json!(priority);
    }
    if let Some(source_id) = &task.source_id {
        card["sourceId"] = json!(source_id);
    }
    if let Some(url) = &task.detail_url {
        card["detailUrl"] = url.clone();
    }
    card
}

async fn create(
    State(shared): St,
    _: Authorized,
    Path(owner): Path<String>,
    Query(query): Query<Params>,
    bytes: Bytes,
) -> Outcome {
    let request: TodoCreateTodoTaskRequest = extract::body(&bytes, CREATE_INVALID)?;
    known(&shared, &owner, CREATE_INVALID)?;
    check(
        &shared,
        CREATE_INVALID,
        Some(&request.subject),
        request.description.as_deref(),
        request.due_time,
        [
            ("executors", request.executor_ids.as_ref()),
            ("participants", request.participant_ids.as_ref()),
        ],
    )?;
    if request.priority.is_some_and(|p| !PRIORITIES.contains(&p)) {
        return Err(bad(CREATE_INVALID, "priority is 10, 20, 30 or 40"));
    }
    let creator = request
        .creator_id
        .clone()
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| owner.clone());
    known(&shared, &creator, CREATE_INVALID)?;
    let operator = query
        .get("operatorId")
        .filter(|o| !o.is_empty())
        .cloned()
        .unwrap_or_else(|| creator.clone());
    let source_id = request.source_id.filter(|s| !s.is_empty());
    let mut data = shared.data();
    if let Some(source_id) = &source_id {
        if data
            .todo
            .tasks
            .values()
            .any(|t| t.source_id.as_ref() == Some(source_id))
        {
            return Err(bad(CREATE_INVALID, "task exist"));
        }
    }
    let id = task_id(&data.id());
    let now = now_millis();
    let task = Task {
        id: id.clone(),
        owner,
        creator,
        modifier: operator,
        subject: request.subject,
        description: request.description,
        due_time: request.due_time,
        done: false,
        finish_time: 0,
        executors: distinct(request.executor_ids.unwrap_or_default()),
        participants: distinct(request.participant_ids.unwrap_or_default()),
        source_id,
        detail_url: request.detail_url.map(|url| json!(url)),
        priority: request.priority,
        only_executors: request.is_only_show_executor.unwrap_or(false),
        created: now,
        modified: now,
    };
    let body = task_json(&task);
    data.todo.tasks.insert(id.clone(), task);
    data.todo.order.push(id);
    Reply::ok(body)
}

/// The task `id` on `user`'s list; `code` when there is none.
fn task_of(shared: &Shared, user: &str, id: &str, code: &str) -> Result<Task, Reply> {
    shared
        .data()
        .todo
        .tasks
        .get(id)
        .filter(|t| t.seen_by(user))
        .cloned()
        .ok_or_else(|| bad(code, "task not exist"))
}

async fn read(
    State(shared): St,
    _: Authorized,
    Path((user, id)): Path<(String, String)>,
) -> Outcome {
    known(&shared, &user, INVALID)?;
    let task = task_of(&shared, &user, &id, INVALID)?;
    let mut body = task_json(&task);
    body["tenantId"] = json!(crate::CORP_ID);
    body["tenantType"] = json!("org");
    Reply::ok(body)
}

async fn update(
    State(shared): St,
    _: Authorized,
    Path((user, id)): Path<(String, String)>,
    Query(query): Query<Params>,
    bytes: Bytes,
) -> Outcome {
    let request: TodoUpdateTodoTaskRequest = extract::body(&bytes, UPDATE_INVALID)?;
    known(&shared, &user, UPDATE_INVALID)?;
    let mut task = task_of(&shared, &user, &id, UPDATE_INVALID)?;
    check(
        &shared,
        UPDATE_INVALID,
        request.subject.as_deref(),
        request.description.as_deref(),
        request.due_time,
        [
            ("executors", request.executor_ids.as_ref()),
            ("participants", request.participant_ids.as_ref()),
        ],
    )?;
    if let Some(subject) = request.subject {
        task.subject = subject;
    }
    if let Some(description) = request.description {
        task.description = Some(description);
    }
    if let Some(due_time) = request.due_time {
        task.due_time = Some(due_time);
    }
    if let Some(executors) = request.executor_ids {
        task.executors = distinct(executors);
    }
    if let Some(participants) = request.participant_ids {
        task.participants = distinct(participants);
    }
    let now = now_millis();
    if let Some(done) = request.done {
        if done != task.done {
            task.finish_time = if done { now } else { 0 };
        }
        task.done = done;
    }
    task.modified = now;
    task.modifier = query
        .get("operatorId")
        .filter(|o| !o.is_empty())
        .cloned()
        .unwrap_or(user);
    shared.data().todo.tasks.insert(id, task);
    Reply::ok(json!({ "result": true }))
}

async fn delete(
    State(shared): St,
    _: Authorized,
    Path((user, id)): Path<(String, String)>,
) -> Outcome {
    known(&shared, &user, INVALID)?;
    let mut data = shared.data();
    let todo = &mut data.todo;
    if !todo.deleted.contains(&id) {
        if !todo.tasks.get(&id).is_some_and(|t| t.seen_by(&user)) {
            return Err(bad(INVALID, "task not exist"));
        }
        todo.tasks.remove(&id);
        todo.order.retain(|t| *t != id);
        todo.deleted.insert(id);
    }
    Reply::ok(json!({ "result": true, "requestId": crate::request_id() }))
}

/// What `todo_QueryTodoTasks` sorts tasks by.
type SortKey = fn(&Task) -> i64;

/// How `todo_QueryTodoTasks` sorts: the key and whether it is descending.
fn order(request: &TodoQueryTodoTasksRequest) -> Result<(SortKey, bool), Reply> {
    let key: SortKey = match request.order_by.as_deref() {
        None | Some("") | Some("createdTime") => |t| t.created,
        Some("modifiedTime") => |t| t.modified,
        Some("dueTime") => |t| t.due_time.unwrap_or(i64::MAX),
        Some(other) => {
            return Err(bad(
                INVALID,
                format!("orderBy is createdTime, modifiedTime or dueTime, not {other:?}"),
            ))
        }
    };
    let descending = match request.order_direction.as_deref() {
        None | Some("") | Some("asc") => false,
        Some("desc") => true,
        Some(other) => {
            return Err(bad(
                INVALID,
                format!("orderDirection is asc or desc, not {other:?}"),
            ))
        }
    };
    Ok((key, descending))
}

async fn query(
    State(shared): St,
    _: Authorized,
    Path(user): Path<String>,
    bytes: Bytes,
) -> Outcome {
    let request: TodoQueryTodoTasksRequest = extract::body(&bytes, INVALID)?;
    known(&shared, &user, INVALID)?;
    let (key, descending) = order(&request)?;
    let roles = request.role_types.clone().unwrap_or_default();
    if let Some(role) = roles
        .iter()
        .flatten()
        .find(|r| !ROLES.contains(&r.as_str()))
    {
        return Err(bad(
            INVALID,
            format!("a role is executor, creator or participant, not {role:?}"),
        ));
    }
    let start = match request.next_token.as_deref() {
        None | Some("") => 0,
        Some(token) => token
            .parse::<usize>()
            .map_err(|_| bad(INVALID, "invalid nextToken"))?,
    };
    let data = shared.data();
    let mut tasks: Vec<&Task> = data
        .todo
        .order
        .iter()
        .filter_map(|id| data.todo.tasks.get(id))
        .filter(|t| t.seen_by(&user))
        .filter(|t| {
            roles.is_empty()
                || roles
                    .iter()
                    .any(|all| all.iter().all(|role| t.holds(&user, role)))
        })
        .filter(|t| request.is_done.is_none_or(|done| t.done == done))
        .filter(|_| request.is_recycled != Some(true))
        .filter(|t| {
            let due = t.due_time;
            request
                .from_due_time
                .is_none_or(|from| due.is_some_and(|d| d >= from))
                && request
                    .to_due_time
                    .is_none_or(|to| due.is_some_and(|d| d <= to))
        })
        .collect();
    tasks.sort_by_key(|t| key(t));
    if descending {
        tasks.reverse();
    }
    let total = tasks.len();
    let page: Vec<Value> = tasks
        .into_iter()
        .skip(start)
        .take(TASKS_PER_PAGE)
        .map(card_json)
        .collect();
    let mut body = json!({ "todoCards": page, "totalCount": total });
    let end = start.saturating_add(TASKS_PER_PAGE);
    if end < total {
        body["nextToken"] = json!(end.to_string());
    }
    Reply::ok(body)
}

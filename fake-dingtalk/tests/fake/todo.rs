//! The `todo_1_0` tasks of the fake, driven through the generated client: a
//! task with executors and participants created, read by each of them,
//! listed, completed and renamed, deleted; a user's tasks page by page and
//! filtered; and the refusals the spec documents.

use dingtalk::todo_1_0::*;
use dingtalk::{AppCredentials, Client, Credentials, Error, RetryPolicy};
use fake_dingtalk::validator::Scope;
use fake_dingtalk::{Config, FakeDingTalk, APP_KEY, APP_SECRET, TASKS_PER_PAGE};
use futures_util::TryStreamExt;

const OWNER: &str = "union-manager";
const EXECUTOR: &str = "union-user01";
const PARTICIPANT: &str = "union-user02";
const DUE: i64 = 1_900_000_000_000;

fn client(fake: &FakeDingTalk) -> Client {
    Client::builder()
        .base_url(fake.base_url())
        .credentials(Credentials::app(AppCredentials {
            app_key: APP_KEY,
            app_secret: APP_SECRET,
        }))
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
}

/// The HTTP status, error code and message of a failed call.
#[track_caller]
fn refusal<T: std::fmt::Debug, E: std::fmt::Debug>(
    result: Result<T, Error<E>>,
) -> (u16, String, String) {
    let error = result.unwrap_err();
    let api = error
        .as_api()
        .unwrap_or_else(|| panic!("not an API error: {error}"));
    (
        api.status.as_u16(),
        api.code.clone().unwrap_or_default(),
        api.message.clone().unwrap_or_default(),
    )
}

fn refused(code: &str, message: &str) -> (u16, String, String) {
    (400, code.to_owned(), message.to_owned())
}

fn create(client: &Client, owner: &str, subject: &str) -> CreateTodoTask {
    client.todo_1_0().create_todo_task(CreateTodoTaskInput {
        union_id: owner,
        subject,
    })
}

async fn get(
    client: &Client,
    user: &str,
    task: &str,
) -> Result<TodoGetTodoTaskResponseBody, Error<GetTodoTask>> {
    client
        .todo_1_0()
        .get_todo_task(GetTodoTaskInput {
            union_id: user,
            task_id: task,
        })
        .send()
        .await
}

fn subjects(cards: &[TodoQueryTodoTasksResponseBodyTodoCards]) -> Vec<String> {
    cards.iter().map(|c| c.subject.clone().unwrap()).collect()
}

#[tokio::test]
async fn a_task_is_kept_completed_renamed_and_deleted() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let todo = client.todo_1_0();

    let created = create(&client, OWNER, "Write the release notes")
        .operator_id(OWNER)
        .description("For the 2.0 release.")
        .due_time(DUE)
        .executor_ids(vec![EXECUTOR.into()])
        .participant_ids(vec![PARTICIPANT.into()])
        .priority(30)
        .source_id("release-2.0-notes")
        .detail_url(TodoCreateTodoTaskRequestDetailUrl {
            app_url: Some("https://example.com/m/release".into()),
            pc_url: Some("https://example.com/release".into()),
        })
        .send()
        .await
        .unwrap();
    let id = created.id.clone();
    assert!(
        id.starts_with("task") && id.len() == 28,
        "an id like DingTalk's: {id}"
    );
    assert_eq!(created.creator_id, OWNER);
    assert_eq!(created.done, Some(false));
    assert!(created.created_time > 0);

    for user in [OWNER, EXECUTOR, PARTICIPANT] {
        let read = get(&client, user, &id).await.unwrap();
        assert_eq!(read.subject.as_deref(), Some("Write the release notes"));
        assert_eq!(read.description.as_deref(), Some("For the 2.0 release."));
        assert_eq!(read.due_time, Some(DUE));
        assert_eq!(read.executor_ids, Some(vec![EXECUTOR.to_owned()]));
        assert_eq!(read.participant_ids, Some(vec![PARTICIPANT.to_owned()]));
        assert_eq!(read.priority, Some(30));
        assert_eq!(read.source_id.as_deref(), Some("release-2.0-notes"));
        assert_eq!(read.finish_time, Some(0));
        assert_eq!(
            read.detail_url.unwrap().pc_url.as_deref(),
            Some("https://example.com/release")
        );
    }
    let listed = todo.query_todo_tasks(EXECUTOR).send().await.unwrap();
    assert_eq!(
        subjects(listed.todo_cards.as_deref().unwrap()),
        ["Write the release notes"]
    );
    assert_eq!(listed.total_count, Some(1));

    let update = || {
        todo.update_todo_task(UpdateTodoTaskInput {
            union_id: OWNER,
            task_id: &id,
        })
        .operator_id(EXECUTOR)
    };
    let done = update()
        .done(true)
        .subject("Write and publish the release notes")
        .send()
        .await
        .unwrap();
    assert_eq!(done.result, Some(true));
    let read = get(&client, EXECUTOR, &id).await.unwrap();
    assert_eq!(read.done, Some(true));
    assert!(read.finish_time.unwrap() > 0);
    assert_eq!(
        read.subject.as_deref(),
        Some("Write and publish the release notes")
    );
    assert_eq!(
        read.description.as_deref(),
        Some("For the 2.0 release."),
        "what the change leaves out is kept"
    );
    assert_eq!(read.modifier_id.as_deref(), Some(EXECUTOR));
    let open = todo
        .query_todo_tasks(EXECUTOR)
        .is_done(false)
        .send()
        .await
        .unwrap();
    assert_eq!(open.todo_cards, Some(vec![]));
    let finished = todo
        .query_todo_tasks(EXECUTOR)
        .is_done(true)
        .send()
        .await
        .unwrap()
        .todo_cards
        .unwrap();
    assert_eq!(finished[0].todo_status.as_deref(), Some("DONE"));
    update().done(false).send().await.unwrap();
    assert_eq!(get(&client, OWNER, &id).await.unwrap().finish_time, Some(0));

    let delete = || {
        todo.delete_todo_task(DeleteTodoTaskInput {
            union_id: OWNER,
            task_id: &id,
        })
        .operator_id(OWNER)
        .send()
    };
    assert_eq!(delete().await.unwrap().result, Some(true));
    assert_eq!(
        delete().await.unwrap().result,
        Some(true),
        "deleting again is safe"
    );
    for user in [OWNER, EXECUTOR] {
        assert_eq!(
            refusal(get(&client, user, &id).await),
            refused("invalidParameter", "task not exist")
        );
    }
    let gone = todo
        .update_todo_task(UpdateTodoTaskInput {
            union_id: OWNER,
            task_id: &id,
        })
        .done(true)
        .send()
        .await;
    assert_eq!(
        refusal(gone),
        refused("todo.taskUpdate.paramError", "task not exist")
    );
    let listed = todo.query_todo_tasks(EXECUTOR).send().await.unwrap();
    assert_eq!(listed.total_count, Some(0));
}

#[tokio::test]
async fn a_users_tasks_come_page_by_page_filtered_and_sorted() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let todo = client.todo_1_0();
    let tasks = TASKS_PER_PAGE * 2 + 3;
    for n in 0..tasks {
        let executor = if n % 2 == 0 { EXECUTOR } else { PARTICIPANT };
        create(&client, OWNER, &format!("Task {n:02}"))
            .executor_ids(vec![executor.into()])
            .due_time(DUE - n as i64)
            .send()
            .await
            .unwrap();
    }

    let first = todo.query_todo_tasks(OWNER).send().await.unwrap();
    let cards = first.todo_cards.unwrap();
    assert_eq!(cards.len(), TASKS_PER_PAGE);
    assert_eq!(cards[0].subject.as_deref(), Some("Task 00"));
    assert_eq!(first.total_count, Some(tasks as i64));
    let second = todo
        .query_todo_tasks(OWNER)
        .next_token(first.next_token.unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(
        second.todo_cards.unwrap()[0].subject.as_deref(),
        Some(format!("Task {TASKS_PER_PAGE:02}").as_str())
    );
    let pages: Vec<_> = todo
        .query_todo_tasks(OWNER)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 3);
    assert_eq!(pages[2].todo_cards.as_ref().unwrap().len(), 3);
    assert!(pages[2].next_token.is_none());
    let all: Vec<String> = todo
        .query_todo_tasks(OWNER)
        .items()
        .map_ok(|c| c.subject.unwrap())
        .try_collect()
        .await
        .unwrap();
    let expected: Vec<String> = (0..tasks).map(|n| format!("Task {n:02}")).collect();
    assert_eq!(all, expected);

    let executing = todo
        .query_todo_tasks(EXECUTOR)
        .role_types(vec![vec!["executor".into()]])
        .send()
        .await
        .unwrap();
    assert_eq!(executing.total_count, Some(tasks.div_ceil(2) as i64));
    let created_by = todo
        .query_todo_tasks(EXECUTOR)
        .role_types(vec![vec!["creator".into()]])
        .send()
        .await
        .unwrap();
    assert_eq!(created_by.total_count, Some(0));
    let soonest = todo
        .query_todo_tasks(OWNER)
        .order_by("dueTime")
        .order_direction("asc")
        .from_due_time(DUE - 2)
        .send()
        .await
        .unwrap();
    assert_eq!(
        subjects(soonest.todo_cards.as_deref().unwrap()),
        ["Task 02", "Task 01", "Task 00"]
    );
    let latest = todo
        .query_todo_tasks(OWNER)
        .order_direction("desc")
        .to_due_time(DUE - (tasks as i64 - 2))
        .send()
        .await
        .unwrap();
    assert_eq!(
        subjects(latest.todo_cards.as_deref().unwrap()),
        [
            format!("Task {:02}", tasks - 1),
            format!("Task {:02}", tasks - 2)
        ]
    );
}

#[tokio::test]
async fn wrong_inputs_are_refused() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let todo = client.todo_1_0();
    let invalid = |message: &str| refused("todo.taskCreate.paramError", message);

    assert_eq!(
        refusal(create(&client, OWNER, " ").send().await),
        invalid("subject is required")
    );
    let long = "x".repeat(1025);
    assert_eq!(
        refusal(create(&client, OWNER, &long).send().await),
        invalid("subject is oversize")
    );
    assert!(create(&client, OWNER, &long[1..]).send().await.is_ok());
    let notes = create(&client, OWNER, "Notes")
        .description("x".repeat(4097))
        .send()
        .await;
    assert_eq!(refusal(notes), invalid("description is oversize"));
    let crowd = create(&client, OWNER, "Crowd")
        .executor_ids(vec![EXECUTOR.into(); 1001])
        .send()
        .await;
    assert_eq!(refusal(crowd), invalid("executors is oversize"));
    let audience = create(&client, OWNER, "Audience")
        .participant_ids(vec![PARTICIPANT.into(); 1001])
        .send()
        .await;
    assert_eq!(refusal(audience), invalid("participants is oversize"));
    let due = create(&client, OWNER, "Due").due_time(0).send().await;
    assert_eq!(refusal(due), invalid("dueTime is invalid"));
    let priority = create(&client, OWNER, "Priority").priority(25).send().await;
    assert_eq!(refusal(priority), invalid("priority is 10, 20, 30 or 40"));
    let stranger = create(&client, OWNER, "Stranger")
        .executor_ids(vec!["union-nobody".into()])
        .send()
        .await;
    assert_eq!(
        refusal(stranger),
        invalid("user \"union-nobody\" does not exist")
    );
    let nobody = create(&client, "union-nobody", "Nobody's").send().await;
    assert_eq!(
        refusal(nobody),
        invalid("user \"union-nobody\" does not exist")
    );
    create(&client, OWNER, "Once")
        .source_id("once")
        .send()
        .await
        .unwrap();
    let twice = create(&client, OWNER, "Twice")
        .source_id("once")
        .send()
        .await;
    assert_eq!(refusal(twice), invalid("task exist"));

    let id = create(&client, OWNER, "Kept").send().await.unwrap().id;
    let update = || {
        todo.update_todo_task(UpdateTodoTaskInput {
            union_id: OWNER,
            task_id: &id,
        })
    };
    let changed = |message: &str| refused("todo.taskUpdate.paramError", message);
    assert_eq!(
        refusal(update().subject(long.clone()).send().await),
        changed("subject is oversize")
    );
    assert_eq!(
        refusal(update().due_time(-1).send().await),
        changed("dueTime is invalid")
    );
    assert_eq!(
        refusal(
            update()
                .executor_ids(vec!["union-nobody".into()])
                .send()
                .await
        ),
        changed("user \"union-nobody\" does not exist")
    );
    assert_eq!(
        get(&client, OWNER, &id).await.unwrap().subject.as_deref(),
        Some("Kept"),
        "a refused change changes nothing"
    );
    assert_eq!(
        refusal(get(&client, EXECUTOR, &id).await),
        refused("invalidParameter", "task not exist"),
        "not on the list of one who has no part in it"
    );
    let unknown = todo
        .delete_todo_task(DeleteTodoTaskInput {
            union_id: OWNER,
            task_id: "task000000000000000000000000",
        })
        .send()
        .await;
    assert_eq!(
        refusal(unknown),
        refused("invalidParameter", "task not exist")
    );

    let query = || todo.query_todo_tasks(OWNER);
    assert_eq!(
        refusal(query().next_token("next").send().await).1,
        "invalidParameter"
    );
    assert_eq!(
        refusal(query().order_by("subject").send().await).1,
        "invalidParameter"
    );
    assert_eq!(
        refusal(query().order_direction("up").send().await).1,
        "invalidParameter"
    );
    assert_eq!(
        refusal(query().role_types(vec![vec!["owner".into()]]).send().await).1,
        "invalidParameter"
    );
    assert_eq!(
        refusal(todo.query_todo_tasks("union-nobody").send().await).1,
        "invalidParameter"
    );
}

#[tokio::test]
async fn the_modules_other_operations_answer_their_examples() {
    // The validating proxy, when there is one, knows every operation.
    let fake = FakeDingTalk::start_with(Config {
        validated: Scope::All,
        ..Config::default()
    })
    .await
    .unwrap();
    let client = client(&fake);
    let todo = client.todo_1_0();
    create(&client, OWNER, "Kept").send().await.unwrap();
    // The path of a kept task's operations, with a method none of them has.
    let counted = todo.count_todo_tasks(OWNER).send().await.unwrap();
    assert_eq!(counted.result, Some(12), "the spec's example");
    let served = fake.served();
    assert_eq!(
        served.get("POST /v1.0/todo/users/{unionId}/tasks/count 200"),
        Some(&1)
    );
    assert!(
        !served.keys().any(|k| k.contains("{taskId}")),
        "counted once, as its own operation: {served:?}"
    );
}

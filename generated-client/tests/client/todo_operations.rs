//! Every `todo_1_0` operation against a local server. Each test calls the
//! client with the inputs of the spec's request example, optional ones
//! included, and checks the request on the wire: method, path (its
//! parameters filled in), the exact query, the token header and the JSON
//! body, which must equal the spec's request example. The server answers
//! with the spec's 200 example and the test checks the typed result. Then
//! the documented error codes are read as `ErrorCode` variants, and the
//! three task lists are followed across pages.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};

use common::*;
use dingtalk::todo_1_0::*;
use futures_util::TryStreamExt;
use serde_json::{json, Value};
use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

// The ids of the spec's examples.
const OWNER: &str = "dHjSiPwXZkBiPK5TYbF6K4AiEiE";
const EXECUTOR: &str = "iiiP35sJadDrDDqcrVsTBPQiEiE";
const TASK: &str = "task86e68644789bd6a1c2e3f4d5";
const PERSONAL_TASK: &str = "task5b1f0c7e9a2d48f6b3e4c1d0a9f8e7b6";
const SOURCE: &str = "purchase-2024-0815";
const CARD_TYPE: &str = "ct_7c1d9e0f2a3b4c5d";
const CATEGORY: &str = "purchase_approval";
const APP_URL: &str = "https://purchase.example.com/m/requests/0815";
const PC_URL: &str = "https://purchase.example.com/requests/0815";
const ICON: &str = "https://purchase.example.com/static/todo-icon.png";

fn ids(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| id.to_string()).collect()
}

/// A field's names per language, as the card types carry them.
fn names(zh: &str, en: &str) -> BTreeMap<String, Value> {
    [
        ("zh_CN".to_owned(), json!(zh)),
        ("en_US".to_owned(), json!(en)),
    ]
    .into()
}

/// Checks a request of `operation_id`: the spec's method, the path `sent`
/// (the spec's template with its parameters filled in), exactly the query
/// pairs `query` (naming every documented query parameter), the common
/// headers, and the body `body`.
fn check(
    request: &Request,
    operation_id: &str,
    sent: &str,
    query: &[(&str, &str)],
    body: Option<Value>,
) {
    let (template, spec_method, _) = operation(operation_id);
    assert_eq!(
        request.method.as_str(),
        spec_method,
        "{operation_id}: method"
    );
    assert_eq!(request.url.path(), sent, "{operation_id}: path");
    let fits = template.split('/').count() == sent.split('/').count()
        && template
            .split('/')
            .zip(sent.split('/'))
            .all(|(t, s)| t == s || (t.starts_with('{') && !s.is_empty()));
    assert!(fits, "{operation_id}: {sent} is not {template}");
    let mut on_wire = common::query(request);
    on_wire.sort();
    let mut expected: Vec<(String, String)> = query
        .iter()
        .map(|&(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    expected.sort();
    assert_eq!(on_wire, expected, "{operation_id}: query");
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
fn check_example(request: &Request, operation_id: &str, sent: &str, query: &[(&str, &str)]) {
    let example = request_example(operation_id);
    assert!(example.is_object(), "{operation_id} has no request example");
    check(request, operation_id, sent, query, Some(example));
}

fn user_path(rest: &str) -> String {
    format!("/v1.0/todo/users/{OWNER}{rest}")
}

/// The operations the tests below call, to compare with the spec's.
const TESTED: &[&str] = &[
    "todo_CountTodoTasks",
    "todo_CreatePersonalTodoTask",
    "todo_CreateTodoTask",
    "todo_CreateTodoTypeConfig",
    "todo_DeletePersonalTodoTask",
    "todo_DeleteTodoTask",
    "todo_GetTodoTask",
    "todo_UpdateTodoTask",
    "todo_GetTodoTaskBySourceId",
    "todo_GetTodoTaskDetail",
    "todo_GetTodoTypeConfig",
    "todo_UpdateTodoTypeConfig",
    "todo_HideUserTodoTask",
    "todo_ListAllBizCategory",
    "todo_QueryOrgConfig",
    "todo_QueryOrgTodoByUser",
    "todo_QueryOrgTodoTasks",
    "todo_QueryTodoTasks",
    "todo_RemoveBizCategory",
    "todo_SetBizCategory",
    "todo_SetOrgConfig",
    "todo_UpdatePersonalTodoTask",
    "todo_UpdatePersonalTodoTaskExecutorStatus",
    "todo_UpdateTodoTaskExecutorStatus",
];

#[test]
fn every_todo_operation_is_tested() {
    let spec: BTreeSet<String> = operation_ids()
        .into_iter()
        .filter(|id| operation(id).2["tags"][0] == "todo_1_0")
        .collect();
    let tested: BTreeSet<String> = TESTED.iter().map(|id| id.to_string()).collect();
    assert_eq!(spec, tested);
}

#[tokio::test]
async fn create_read_update_and_delete_a_task() {
    let (request, task) = exchange("todo_CreateTodoTask", |c| async move {
        c.todo_1_0()
            .create_todo_task(CreateTodoTaskInput {
                union_id: OWNER,
                subject: "Approve the purchase of 20 laptops",
            })
            .operator_id(OWNER)
            .source_id(SOURCE)
            .creator_id(OWNER)
            .description("Requested by the IT department, 24,000 USD.")
            .due_time(1_723_795_200_000)
            .executor_ids(ids(&[EXECUTOR]))
            .participant_ids(ids(&[OWNER]))
            .detail_url(TodoCreateTodoTaskRequestDetailUrl {
                app_url: Some(APP_URL.into()),
                pc_url: Some(PC_URL.into()),
            })
            .is_only_show_executor(false)
            .priority(30)
            .notify_configs(TodoCreateTodoTaskRequestNotifyConfigs {
                ding_notify: Some("1".into()),
                ..Default::default()
            })
            .send()
            .await
    })
    .await;
    check_example(
        &request,
        "todo_CreateTodoTask",
        &user_path("/tasks"),
        &[("operatorId", OWNER)],
    );
    assert_eq!(task.id, TASK);
    assert_eq!(task.created_time, 1_723_689_000_000);
    assert_eq!(task.creator_id, OWNER);
    assert_eq!(task.executor_ids, Some(ids(&[EXECUTOR])));
    assert_eq!(task.source_id.as_deref(), Some(SOURCE));
    assert_eq!(task.priority, Some(30));
    assert_eq!(task.done, Some(false));
    assert_eq!(task.detail_url.unwrap().pc_url.as_deref(), Some(PC_URL));

    let task_path = user_path(&format!("/tasks/{TASK}"));
    let (request, task) = exchange("todo_GetTodoTask", |c| async move {
        c.todo_1_0()
            .get_todo_task(GetTodoTaskInput {
                union_id: OWNER,
                task_id: TASK,
            })
            .send()
            .await
    })
    .await;
    check(&request, "todo_GetTodoTask", &task_path, &[], None);
    assert_eq!(task.id.as_deref(), Some(TASK));
    assert_eq!(task.card_type_id.as_deref(), Some(CARD_TYPE));
    assert_eq!(task.due_time, Some(1_723_795_200_000));
    assert_eq!(task.tenant_id.as_deref(), Some("ding5a9e3c1f0b2d"));

    let (request, task) = exchange("todo_GetTodoTaskBySourceId", |c| async move {
        c.todo_1_0()
            .get_todo_task_by_source_id(GetTodoTaskBySourceIdInput {
                union_id: OWNER,
                source_id: SOURCE,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "todo_GetTodoTaskBySourceId",
        &user_path(&format!("/tasks/sources/{SOURCE}")),
        &[],
        None,
    );
    assert_eq!(task.id.as_deref(), Some(TASK));
    assert_eq!(task.source_id.as_deref(), Some(SOURCE));

    let (request, task) = exchange("todo_GetTodoTaskDetail", |c| async move {
        c.todo_1_0()
            .get_todo_task_detail(GetTodoTaskDetailInput {
                union_id: OWNER,
                task_id: TASK,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "todo_GetTodoTaskDetail",
        &format!("/v1.0/todo/exclusive/users/{OWNER}/tasks/{TASK}"),
        &[],
        None,
    );
    let status = &task.executor_status.unwrap()[0];
    assert_eq!(status.user_id.as_deref(), Some(EXECUTOR));
    assert_eq!(status.is_done, Some(false));
    assert_eq!(
        task.org_info.unwrap().name.as_deref(),
        Some("Example Trading Ltd.")
    );
    let card = task.todo_card_view.unwrap();
    assert_eq!(card.icon.as_deref(), Some(ICON));
    assert_eq!(
        card.todo_card_content_list.unwrap()[0].value.as_deref(),
        Some("24,000 USD")
    );

    let (request, updated) = exchange("todo_UpdateTodoTask", |c| async move {
        c.todo_1_0()
            .update_todo_task(UpdateTodoTaskInput {
                union_id: OWNER,
                task_id: TASK,
            })
            .operator_id(OWNER)
            .subject("Approve the purchase of 25 laptops")
            .description("Requested by the IT department, 30,000 USD.")
            .due_time(1_723_881_600_000)
            .done(false)
            .executor_ids(ids(&[EXECUTOR]))
            .participant_ids(ids(&[OWNER]))
            .content_field_list(vec![TodoUpdateTodoTaskRequestContentFieldList {
                field_key: Some("amount".into()),
                field_value: Some("30,000 USD".into()),
            }])
            .send()
            .await
    })
    .await;
    check_example(
        &request,
        "todo_UpdateTodoTask",
        &task_path,
        &[("operatorId", OWNER)],
    );
    assert_eq!(updated.result, Some(true));

    let (request, updated) = exchange("todo_UpdateTodoTaskExecutorStatus", |c| async move {
        c.todo_1_0()
            .update_todo_task_executor_status(UpdateTodoTaskExecutorStatusInput {
                union_id: OWNER,
                task_id: TASK,
            })
            .operator_id(OWNER)
            .executor_status_list(vec![
                TodoUpdateTodoTaskExecutorStatusRequestExecutorStatusList {
                    id: Some(EXECUTOR.into()),
                    is_done: Some(true),
                },
            ])
            .send()
            .await
    })
    .await;
    check_example(
        &request,
        "todo_UpdateTodoTaskExecutorStatus",
        &format!("{task_path}/executorStatus"),
        &[("operatorId", OWNER)],
    );
    assert_eq!(updated.result, Some(true));

    let (request, hidden) = exchange("todo_HideUserTodoTask", |c| async move {
        c.todo_1_0()
            .hide_user_todo_task(HideUserTodoTaskInput {
                union_id: OWNER,
                task_id: TASK,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "todo_HideUserTodoTask",
        &format!("{task_path}/hide"),
        &[],
        None,
    );
    assert_eq!(hidden.success, Some(true));

    let (request, deleted) = exchange("todo_DeleteTodoTask", |c| async move {
        c.todo_1_0()
            .delete_todo_task(DeleteTodoTaskInput {
                union_id: OWNER,
                task_id: TASK,
            })
            .operator_id(OWNER)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "todo_DeleteTodoTask",
        &task_path,
        &[("operatorId", OWNER)],
        None,
    );
    assert_eq!(deleted.result, Some(true));
    assert_eq!(
        deleted.request_id.as_deref(),
        Some("5A1B2C3D-0031-4000-8000-00000000D001")
    );
}

#[tokio::test]
async fn count_and_list_tasks() {
    let (request, count) = exchange("todo_CountTodoTasks", |c| async move {
        c.todo_1_0()
            .count_todo_tasks(OWNER)
            .is_done(false)
            .role_types(vec![ids(&["executor"])])
            .from_due_time(1_723_680_000_000)
            .to_due_time(1_724_284_800_000)
            .send()
            .await
    })
    .await;
    check_example(
        &request,
        "todo_CountTodoTasks",
        &user_path("/tasks/count"),
        &[],
    );
    assert_eq!(count.result, Some(12));

    let (request, page) = exchange("todo_QueryTodoTasks", |c| async move {
        c.todo_1_0()
            .query_todo_tasks(OWNER)
            .is_done(false)
            .is_recycled(false)
            .role_types(vec![ids(&["executor"]), ids(&["creator"])])
            .from_due_time(1_723_680_000_000)
            .to_due_time(1_724_284_800_000)
            .order_by("dueTime")
            .order_direction("asc")
            .send()
            .await
    })
    .await;
    check_example(
        &request,
        "todo_QueryTodoTasks",
        &user_path("/tasks/list"),
        &[],
    );
    assert_eq!(page.total_count, Some(12));
    assert_eq!(page.next_token.as_deref(), Some("10"));
    let card = &page.todo_cards.unwrap()[0];
    assert_eq!(card.task_id.as_deref(), Some(TASK));
    assert_eq!(
        card.org_info.as_ref().unwrap().corp_id.as_deref(),
        Some("ding5a9e3c1f0b2d")
    );
    assert_eq!(
        card.original_source
            .as_ref()
            .unwrap()
            .source_title
            .as_deref(),
        Some("Purchases")
    );
    assert_eq!(card.todo_status.as_deref(), Some("TODO"));

    let (request, page) = exchange("todo_QueryOrgTodoTasks", |c| async move {
        c.todo_1_0()
            .query_org_todo_tasks(OWNER)
            .is_done(false)
            .role_types(vec![ids(&["executor"]), ids(&["creator"])])
            .send()
            .await
    })
    .await;
    check_example(
        &request,
        "todo_QueryOrgTodoTasks",
        &user_path("/org/tasks/query"),
        &[],
    );
    assert_eq!(page.next_token.as_deref(), Some("10"));
    assert_eq!(
        page.todo_cards.unwrap()[0]
            .detail_url
            .as_ref()
            .unwrap()
            .app_url
            .as_deref(),
        Some(APP_URL)
    );

    let (request, page) = exchange("todo_QueryOrgTodoByUser", |c| async move {
        c.todo_1_0()
            .query_org_todo_by_user(OWNER)
            .is_done(false)
            .role_types(vec![ids(&["executor"])])
            .max_results(20)
            .order_by("dueTime")
            .order_direction("asc")
            .need_personal_todo(false)
            .send()
            .await
    })
    .await;
    check_example(
        &request,
        "todo_QueryOrgTodoByUser",
        &user_path("/organizations/tasks/query"),
        &[],
    );
    assert_eq!(page.max_results, 20);
    assert_eq!(page.next_token.as_deref(), Some("20"));
    assert_eq!(
        page.todo_cards.unwrap()[0].todo_type.as_deref(),
        Some("TODO")
    );
}

#[tokio::test]
async fn personal_tasks() {
    let (request, created) = exchange("todo_CreatePersonalTodoTask", |c| async move {
        c.todo_1_0()
            .create_personal_todo_task(CreatePersonalTodoTaskInput {
                executor_ids: ids(&[EXECUTOR]),
                subject: "Book the meeting room for the quarterly review",
            })
            .description("Room for twelve, with a projector.")
            .participant_ids(ids(&[OWNER]))
            .due_time(1_723_795_200_000)
            .reminder_time_stamp(1_723_777_200_000)
            .notify_configs(TodoCreatePersonalTodoTaskRequestNotifyConfigs {
                ding_notify: Some("1".into()),
            })
            .send()
            .await
    })
    .await;
    check_example(
        &request,
        "todo_CreatePersonalTodoTask",
        "/v1.0/todo/users/me/personalTasks",
        &[],
    );
    assert_eq!(created.task_id.as_deref(), Some(PERSONAL_TASK));
    assert_eq!(created.created_time, Some(1_723_689_000_000));

    let mine = format!("/v1.0/todo/users/me/tasks/{PERSONAL_TASK}");
    let (request, updated) = exchange("todo_UpdatePersonalTodoTask", |c| async move {
        c.todo_1_0()
            .update_personal_todo_task(PERSONAL_TASK)
            .subject("Book the large meeting room for the quarterly review")
            .description("Room for twenty, with a projector.")
            .due_time(1_723_881_600_000)
            .done(false)
            .executor_ids(ids(&[EXECUTOR]))
            .participant_ids(ids(&[OWNER]))
            .send()
            .await
    })
    .await;
    check_example(
        &request,
        "todo_UpdatePersonalTodoTask",
        &format!("{mine}/update"),
        &[],
    );
    assert_eq!(updated.success, Some(true));

    let (request, updated) = exchange(
        "todo_UpdatePersonalTodoTaskExecutorStatus",
        |c| async move {
            c.todo_1_0()
                .update_personal_todo_task_executor_status(PERSONAL_TASK)
                .done(true)
                .send()
                .await
        },
    )
    .await;
    check(
        &request,
        "todo_UpdatePersonalTodoTaskExecutorStatus",
        &format!("{mine}/updateExecutorStatus"),
        &[("done", "true")],
        None,
    );
    assert_eq!(updated.success, Some(true));

    let (request, deleted) = exchange("todo_DeletePersonalTodoTask", |c| async move {
        c.todo_1_0()
            .delete_personal_todo_task(PERSONAL_TASK)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "todo_DeletePersonalTodoTask",
        &format!("{mine}/remove"),
        &[],
        None,
    );
    assert_eq!(
        deleted.success,
        Some(TodoDeletePersonalTodoTaskResponseBodySuccess::Flag(true))
    );
}

#[tokio::test]
async fn a_deletion_answered_as_text_is_read() {
    let server = server(ok(json!({"success": "true"}))).await;
    let deleted = client(&server)
        .todo_1_0()
        .delete_personal_todo_task(PERSONAL_TASK)
        .send()
        .await
        .unwrap();
    assert_eq!(
        deleted.success,
        Some(TodoDeletePersonalTodoTaskResponseBodySuccess::Text(
            "true".into()
        ))
    );
}

#[tokio::test]
async fn card_types() {
    let (request, created) = exchange("todo_CreateTodoTypeConfig", |c| async move {
        c.todo_1_0()
            .create_todo_type_config(CreateTodoTypeConfigInput {
                union_id: OWNER,
                card_type: 1,
                icon: ICON,
                pc_detail_url_open_mode: "PC_SLIDE",
            })
            .operator_id(OWNER)
            .description("Purchase requests waiting for approval.")
            .content_field_list(vec![TodoCreateTodoTypeConfigRequestContentFieldList {
                field_key: Some("amount".into()),
                field_type: Some("text".into()),
                name_i18n: Some(names("金额", "Amount")),
            }])
            .action_list(vec![TodoCreateTodoTypeConfigRequestActionList {
                action_key: Some("approve".into()),
                action_type: Some(1),
                button_style_type: Some(1),
                url: Some("https://purchase.example.com/requests/approve".into()),
                name_i18n: Some(names("同意", "Approve")),
            }])
            .send()
            .await
    })
    .await;
    check_example(
        &request,
        "todo_CreateTodoTypeConfig",
        &user_path("/configs/types"),
        &[("operatorId", OWNER)],
    );
    assert_eq!(created.id, CARD_TYPE);
    assert_eq!(created.modifier_id, OWNER);
    assert_eq!(
        created.action_list.unwrap()[0].name_i18n["en_US"],
        json!("Approve")
    );

    let type_path = user_path(&format!("/configs/types/{CARD_TYPE}"));
    let (request, config) = exchange("todo_GetTodoTypeConfig", |c| async move {
        c.todo_1_0()
            .get_todo_type_config(GetTodoTypeConfigInput {
                union_id: OWNER,
                card_type_id: CARD_TYPE,
            })
            .send()
            .await
    })
    .await;
    check(&request, "todo_GetTodoTypeConfig", &type_path, &[], None);
    assert_eq!(config.id, CARD_TYPE);
    assert_eq!(config.pc_detail_url_open_mode.as_deref(), Some("PC_SLIDE"));
    assert_eq!(
        config.content_field_list.unwrap()[0].field_key.as_deref(),
        Some("amount")
    );

    let (request, updated) = exchange("todo_UpdateTodoTypeConfig", |c| async move {
        c.todo_1_0()
            .update_todo_type_config(UpdateTodoTypeConfigInput {
                union_id: OWNER,
                card_type_id: CARD_TYPE,
            })
            .operator_id(OWNER)
            .description("Purchase requests over 10,000 USD waiting for approval.")
            .icon("https://purchase.example.com/static/todo-icon-v2.png")
            .pc_detail_url_open_mode("PC_SLIDE")
            .content_field_list(vec![TodoUpdateTodoTypeConfigRequestContentFieldList {
                field_key: Some("amount".into()),
                field_type: Some("text".into()),
                name_i18n: Some(names("金额", "Amount")),
            }])
            .send()
            .await
    })
    .await;
    check_example(
        &request,
        "todo_UpdateTodoTypeConfig",
        &type_path,
        &[("operatorId", OWNER)],
    );
    assert_eq!(updated.result, Some(true));
}

#[tokio::test]
async fn categories_and_organisation_settings() {
    let (request, saved) = exchange("todo_SetBizCategory", |c| async move {
        c.todo_1_0()
            .set_biz_category(SetBizCategoryInput {
                biz_category_id: CATEGORY,
                name: "Purchases",
                operator_id: OWNER,
            })
            .description("Purchase requests to approve.")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "todo_SetBizCategory",
        "/v1.0/todo/apps/bizcategories/save",
        &[
            ("bizCategoryId", CATEGORY),
            ("name", "Purchases"),
            ("description", "Purchase requests to approve."),
            ("operatorId", OWNER),
        ],
        None,
    );
    assert_eq!(saved.success, Some(true));

    let (request, all) = exchange("todo_ListAllBizCategory", |c| async move {
        c.todo_1_0().list_all_biz_category().send().await
    })
    .await;
    check(
        &request,
        "todo_ListAllBizCategory",
        "/v1.0/todo/apps/allBizcategories/list",
        &[],
        None,
    );
    let category = &all.biz_categories.unwrap()[0];
    assert_eq!(category.biz_category_id.as_deref(), Some(CATEGORY));
    assert_eq!(category.name.as_deref(), Some("Purchases"));

    let (request, removed) = exchange("todo_RemoveBizCategory", |c| async move {
        c.todo_1_0()
            .remove_biz_category(RemoveBizCategoryInput {
                biz_category_id: CATEGORY,
                operator_id: OWNER,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "todo_RemoveBizCategory",
        "/v1.0/todo/apps/bizcategories",
        &[("bizCategoryId", CATEGORY), ("operatorId", OWNER)],
        None,
    );
    assert_eq!(removed.success, Some(true));

    let (request, saved) = exchange("todo_SetOrgConfig", |c| async move {
        c.todo_1_0()
            .set_org_config(SetOrgConfigInput {
                operator_id: OWNER,
                status: 1,
            })
            .app_display_style(1)
            .homepage_catalogs(ids(&["todo", "done"]))
            .send()
            .await
    })
    .await;
    check_example(
        &request,
        "todo_SetOrgConfig",
        "/v1.0/todo/organizations/configs/save",
        &[],
    );
    assert_eq!(saved.success, Some(true));

    let (request, config) = exchange("todo_QueryOrgConfig", |c| async move {
        c.todo_1_0().query_org_config().send().await
    })
    .await;
    check(
        &request,
        "todo_QueryOrgConfig",
        "/v1.0/todo/organizations/configs",
        &[],
        None,
    );
    assert_eq!(config.status, Some(1));
    assert_eq!(
        config.app_display_style,
        Some(TodoQueryOrgConfigResponseBodyAppDisplayStyle::Text(
            "1".into()
        ))
    );
    assert_eq!(config.homepage_catalogs, Some(ids(&["todo", "done"])));

    let server = server(ok(json!({"appDisplayStyle": 2, "status": 0}))).await;
    let config = client(&server)
        .todo_1_0()
        .query_org_config()
        .send()
        .await
        .unwrap();
    assert_eq!(
        config.app_display_style,
        Some(TodoQueryOrgConfigResponseBodyAppDisplayStyle::Number(2)),
        "the style as the number the save sends"
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

async fn create_fails(name: &str) -> dingtalk::Error<CreateTodoTask> {
    let server = failing("todo_CreateTodoTask", name).await;
    let error = client(&server)
        .todo_1_0()
        .create_todo_task(CreateTodoTaskInput {
            union_id: OWNER,
            subject: "Approve the purchase of 20 laptops",
        })
        .source_id(SOURCE)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        1,
        "a creation is not repeated"
    );
    error
}

#[tokio::test]
async fn documented_error_codes_are_typed() {
    let error = create_fails("todo.taskCreate.paramError").await;
    assert_eq!(error.code(), Some(ErrorCode::TodoTaskCreateParamError));
    assert_eq!(
        error.request_id(),
        Some("0A1B2C3D-0031-4000-8000-000000000001")
    );
    assert_eq!(error.as_api().unwrap().status.as_u16(), 400);
    let error = create_fails("todo.taskCreate.lockError").await;
    assert_eq!(error.code(), Some(ErrorCode::TodoTaskCreateLockError));
    let error = create_fails("todo.taskCreate.flowControlError").await;
    assert_eq!(
        error.code(),
        Some(ErrorCode::TodoTaskCreateFlowControlError)
    );
    let error = create_fails("todo.taskCreate.systemError").await;
    assert_eq!(error.code(), Some(ErrorCode::TodoTaskCreateSystemError));
    assert_eq!(error.as_api().unwrap().status.as_u16(), 500);

    let server = failing("todo_UpdateTodoTask", "todo.taskUpdate.paramError").await;
    let error = client(&server)
        .todo_1_0()
        .update_todo_task(UpdateTodoTaskInput {
            union_id: OWNER,
            task_id: "task-gone",
        })
        .done(true)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::TodoTaskUpdateParamError));

    let server = common::server(ResponseTemplate::new(500).set_body_json(json!({
        "code": "todo.taskUpdate.systemError", "message": "todo.taskUpdate.systemError"
    })))
    .await;
    let error = client(&server)
        .todo_1_0()
        .update_todo_task(UpdateTodoTaskInput {
            union_id: OWNER,
            task_id: TASK,
        })
        .done(true)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::TodoTaskUpdateSystemError));
}

#[tokio::test]
async fn empty_ids_are_refused_before_sending() {
    let server = server(ok(json!({}))).await;
    let todo = client(&server).todo_1_0();
    let no_user = todo.count_todo_tasks("").send().await;
    assert!(no_user.is_err(), "an empty unionId");
    let no_task = todo
        .get_todo_task(GetTodoTaskInput {
            union_id: OWNER,
            task_id: "",
        })
        .send()
        .await;
    assert!(no_task.is_err(), "an empty taskId");
    let no_category = todo
        .remove_biz_category(RemoveBizCategoryInput {
            biz_category_id: "",
            operator_id: OWNER,
        })
        .send()
        .await;
    assert!(no_category.is_err(), "an empty bizCategoryId");
    assert!(server.received_requests().await.unwrap().is_empty());
}

/// Mounts two pages of `todo_path`: the first without a cursor, the second
/// for `nextToken: "page-2"`.
async fn two_pages(todo_path: &str) -> MockServer {
    let server = MockServer::start().await;
    let card = |id: &str| json!({"taskId": id, "subject": id});
    Mock::given(method("POST"))
        .and(path(todo_path))
        .and(body_partial_json(json!({"nextToken": "page-2"})))
        .respond_with(ok(json!({"todoCards": [card("c")], "maxResults": 2})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(todo_path))
        .respond_with(ok(json!({
            "todoCards": [card("a"), card("b")], "nextToken": "page-2", "maxResults": 2
        })))
        .mount(&server)
        .await;
    server
}

async fn check_two_pages(server: &MockServer, task_ids: Vec<Option<String>>) {
    assert_eq!(
        task_ids,
        [Some("a".into()), Some("b".into()), Some("c".into())]
    );
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert_eq!(json_body(&requests[0]).get("nextToken"), None);
    assert_eq!(json_body(&requests[1])["nextToken"], "page-2");
    assert_eq!(
        json_body(&requests[1])["isDone"],
        false,
        "the filter is kept"
    );
}

#[tokio::test]
async fn task_lists_are_followed_across_pages() {
    let server = two_pages(&user_path("/tasks/list")).await;
    let cards: Vec<_> = client(&server)
        .todo_1_0()
        .query_todo_tasks(OWNER)
        .is_done(false)
        .items()
        .try_collect()
        .await
        .unwrap();
    check_two_pages(&server, cards.into_iter().map(|c| c.task_id).collect()).await;

    let server = two_pages(&user_path("/org/tasks/query")).await;
    let cards: Vec<_> = client(&server)
        .todo_1_0()
        .query_org_todo_tasks(OWNER)
        .is_done(false)
        .items()
        .try_collect()
        .await
        .unwrap();
    check_two_pages(&server, cards.into_iter().map(|c| c.task_id).collect()).await;

    let server = two_pages(&user_path("/organizations/tasks/query")).await;
    let cards: Vec<_> = client(&server)
        .todo_1_0()
        .query_org_todo_by_user(OWNER)
        .is_done(false)
        .max_results(2)
        .items()
        .try_collect()
        .await
        .unwrap();
    check_two_pages(&server, cards.into_iter().map(|c| c.task_id).collect()).await;
}

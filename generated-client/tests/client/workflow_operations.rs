//! Every `workflow_1_0` operation against a local server. Each test
//! calls the client with the inputs of the spec's request example, optional
//! ones included, and checks the request on the wire: method, path, the exact
//! query, the token header and the JSON body, which must equal the spec's
//! request example. The server answers with the spec's 200 example and the
//! test checks the typed result. Then the documented error codes are read as
//! `ErrorCode` variants. No operation of the module pages with a cursor the
//! client follows, so none is followed across pages here.

use crate::common;

use std::collections::BTreeSet;

use common::*;
use dingtalk::workflow_1_0::*;
use serde_json::Value;
use wiremock::{MockServer, Request, ResponseTemplate};

// The ids of the spec's examples.
const PROCESS: &str = "PROC-FF6Y4BE1N2-7KLWXU8MZ1K0A5Q3F9Y2-8ZPTNB1K-2";
const INSTANCE: &str = "a171de6c-2b8b-45e1-8c8b-515c1628ce02";
const TASK: i64 = 68_834_571_123;
const ORIGINATOR: &str = "manager4220";
const APPROVER: &str = "user1001";
const COPIED: &str = "user1002";
const AGENT: i64 = 1_247_938_062;
const SPACE: i64 = 4_751_736_523;
const FILE: &str = "40762131866";
const SECOND_INSTANCE: &str = "5b2f0c1e-7d3a-4b8e-9f21-3c6d8e0a4b17";
const SECOND_TASK: i64 = 68_834_571_456;
const CENTRE_PROCESS: &str = "PROC-0KYL9B4C-3XM1EPQ6UY7R1T2C8NLB3-PMQ9RK6K-1";
const CENTRE_INSTANCE: &str = "7c1e4b8a-0f2d-4a6b-9e35-d2c8f1a07b64";
const CENTRE_TASK: i64 = 70_012_345_678;
const DATA_FORM: &str = "PROC-D4C2B8A6-5E3F1A9D7C2B-4E6F8A1C-3";
const DATA_ENTRY: &str = "4c1f7a2e-9b3d-4e65-8f10-2a7d5c9e3b81";
const APP: &str = "SWAPP-8C2E1F5A9B3D47E6";
const PHOTO: &str = "https://static.dingtalk.com/media/lADPDgQ9qT3xq1XNAfTNAfQ_500_500.jpg";

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

/// The value of a query parameter's example in the spec.
fn parameter_example(operation_id: &str, name: &str) -> String {
    let (template, method, _) = operation(operation_id);
    let parameter = parameters(spec(), &template, &method.to_lowercase())
        .into_iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("{operation_id} has no parameter {name}"));
    parameter["example"]
        .as_str()
        .unwrap_or_else(|| panic!("{operation_id}: {name} has no example"))
        .to_owned()
}

/// A form field's value, named by the field's label.
fn field(name: &str, value: &str) -> WorkflowStartProcessInstanceRequestFormComponentValues {
    WorkflowStartProcessInstanceRequestFormComponentValues {
        biz_alias: None,
        component_type: None,
        details: None,
        ext_value: None,
        id: None,
        name: name.into(),
        value: value.into(),
    }
}

/// The attachment of the spec's examples: the approval form's PDF.
fn itinerary() -> WorkflowExecuteProcessInstanceRequestFileAttachments {
    WorkflowExecuteProcessInstanceRequestFileAttachments {
        space_id: Some(SPACE.to_string()),
        file_id: Some(FILE.into()),
        file_name: Some("itinerary.pdf".into()),
        file_size: Some("20480".into()),
        file_type: Some("pdf".into()),
    }
}

/// The operations the tests below call, to compare with the spec's.
const TESTED: &[&str] = &[
    "workflow_StartProcessInstance",
    "workflow_GetProcessInstance",
    "workflow_ListProcessInstanceIds",
    "workflow_ExecuteProcessInstance",
    "workflow_RedirectWorkflowTask",
    "workflow_TerminateProcessInstance",
    "workflow_AddProcessInstanceComment",
    "workflow_GetUserTodoTaskSum",
    "workflow_GetProcessCodeByName",
    "workflow_GetAttachmentSpace",
    "workflow_GrantProcessInstanceForDownloadFile",
    "workflow_BatchExecuteProcessInstances",
    "workflow_TodoTasks",
    "workflow_BatchTasksRedirect",
    "workflow_ListUserVisibleBpmsProcesses",
    "workflow_ListTodoWorkRecords",
    "workflow_GetManageProcessByStaffId",
    "workflow_GetConditionFormComponent",
    "workflow_GetSpaceWithDownloadAuth",
    "workflow_AddApproveDentryAuth",
    "workflow_SaveProcess",
    "workflow_DeleteProcess",
    "workflow_SaveIntegratedInstance",
    "workflow_UpdateProcessInstance",
    "workflow_BatchUpdateProcessInstance",
    "workflow_CreateIntegratedTask",
    "workflow_UpdateIntegratedTask",
    "workflow_CancelIntegratedTask",
    "workflow_QueryIntegratedTodoTask",
    "workflow_GrantCspaceAuthorization",
    "workflow_GetFieldModifiedHistory",
    "workflow_FormCreate",
    "workflow_ProcessForecast",
    "workflow_QuerySchemaByProcessCode",
    "workflow_PremiumAddApproveDentryAuth",
    "workflow_PremiumGetAttachmentSpace",
    "workflow_PremiumGetSpaceWithDownloadAuth",
    "workflow_PremiumGrantProcessInstanceForDownloadFile",
    "workflow_PremiumBatchExecuteProcessInstances",
    "workflow_PremiumRedirectTasksByManager",
    "workflow_PremiumQueryTodoTasksByManager",
    "workflow_PremiumGetFieldModifiedHistory",
    "workflow_PremiumSaveIntegratedProcess",
    "workflow_PremiumSaveIntegratedProcessInstance",
    "workflow_PremiumSaveIntegratedTask",
    "workflow_GetProcessInstanceWithExtra",
    "workflow_GetHandSignDownloadUrl",
    "workflow_ArchiveProcessInstance",
    "workflow_PremiumUpdateProcessInstanceVariables",
    "workflow_PremiumGetInstFieldSetting",
    "workflow_PremiumGetTodoTasks",
    "workflow_PremiumGetDoneTasks",
    "workflow_PremiumGetSubmittedInstances",
    "workflow_PremiumGetNoticedInstances",
    "workflow_QueryFormInstance",
    "workflow_QueryAllFormInstances",
    "workflow_QueryAllProcessInstances",
    "workflow_QueryFormByBizType",
    "workflow_QueryProcessByBizCategoryId",
    "workflow_PremiumGetFormInstance",
    "workflow_PremiumGetFormInstances",
    "workflow_PremiumGetProcessInstances",
    "workflow_QuerySchemaAndProcess",
    "workflow_GetSchemaAndProcessconfigBatchlly",
    "workflow_PremiumQuerySchemaAndProcessByCodeList",
    "workflow_PremiumGetFormSchema",
    "workflow_GetCrmProcCodes",
    "workflow_GetProcessConfig",
    "workflow_PagesExportInstances",
    "workflow_SetWorkflowTaskAgent",
    "workflow_InstallApp",
    "workflow_CopyProcess",
    "workflow_CleanProcessData",
    "workflow_InsertOrUpdateDir",
    "workflow_DeleteDir",
    "workflow_PremiumInsertOrUpdateDir",
    "workflow_PremiumDelDir",
    "workflow_PremiumAppendTask",
    "workflow_PremiumRevertTask",
    "workflow_PremiumSaveForm",
    "workflow_PremiumSaveFormInstance",
    "workflow_PremiumUpdateFormInstance",
    "workflow_PremiumDeleteFormInstance",
];

#[test]
fn every_workflow_operation_is_tested_and_described() {
    let spec: BTreeSet<String> = operation_ids()
        .into_iter()
        .filter(|id| operation(id).2["tags"][0] == "workflow_1_0")
        .collect();
    let tested: BTreeSet<String> = TESTED.iter().map(|id| id.to_string()).collect();
    assert_eq!(spec, tested);
    for id in TESTED {
        let op = operation(id).2;
        assert!(op["description"].is_string(), "{id}: description");
        assert!(op["x-idempotent"].is_boolean(), "{id}: x-idempotent");
    }
}

#[tokio::test]
async fn start_read_and_list_approvals() {
    let (request, started) = exchange("workflow_StartProcessInstance", |c| async move {
        c.workflow_1_0()
            .start_process_instance(StartProcessInstanceInput {
                form_component_values: vec![
                    field("Leave type", "Annual leave"),
                    field("Reason", "Family trip"),
                ],
                originator_user_id: ORIGINATOR,
                process_code: PROCESS,
            })
            .dept_id(47213)
            .microapp_agent_id(AGENT)
            .target_select_actioners(vec![
                WorkflowStartProcessInstanceRequestTargetSelectActioners {
                    actioner_key: Some("manual_1918_5cd3_xxxx_6a16".into()),
                    actioner_user_ids: Some(vec![APPROVER.into()]),
                },
            ])
            .cc_list(vec![COPIED.into()])
            .cc_position("FINISH")
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_StartProcessInstance");
    assert_eq!(started.instance_id, INSTANCE);

    let (request, read) = exchange("workflow_GetProcessInstance", |c| async move {
        c.workflow_1_0().get_process_instance(INSTANCE).send().await
    })
    .await;
    check(
        &request,
        "workflow_GetProcessInstance",
        &[(
            "processInstanceId",
            &parameter_example("workflow_GetProcessInstance", "processInstanceId"),
        )],
        None,
    );
    assert_eq!(read.success.as_deref(), Some("true"));
    let approval = read.result.unwrap();
    assert_eq!(approval.status.as_deref(), Some("RUNNING"));
    assert_eq!(approval.originator_user_id.as_deref(), Some(ORIGINATOR));
    assert_eq!(approval.create_time.as_deref(), Some("2024-03-05T09:12Z"));
    assert_eq!(approval.cc_user_ids, Some(vec![COPIED.into()]));
    let task = &approval.tasks.unwrap()[0];
    assert_eq!(task.task_id, Some(TASK));
    assert_eq!(task.user_id.as_deref(), Some(APPROVER));
    let field = &approval.form_component_values.unwrap()[0];
    assert_eq!(field.value.as_deref(), Some("Annual leave"));
    let record = &approval.operation_records.unwrap()[0];
    assert_eq!(record.r#type.as_deref(), Some("START_PROCESS_INSTANCE"));

    let (request, page) = exchange("workflow_ListProcessInstanceIds", |c| async move {
        c.workflow_1_0()
            .list_process_instance_ids(ListProcessInstanceIdsInput {
                max_results: 20,
                next_token: 0,
                process_code: PROCESS,
                start_time: 1_709_251_200_000,
            })
            .end_time(1_709_856_000_000)
            .user_ids(vec![ORIGINATOR.into()])
            .statuses(vec!["RUNNING".into(), "COMPLETED".into()])
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_ListProcessInstanceIds");
    assert_eq!(page.success, Some(true));
    let page = page.result.unwrap();
    assert_eq!(page.list.unwrap()[0], INSTANCE);
    assert_eq!(page.next_token.as_deref(), Some("20"));
}

#[tokio::test]
async fn a_page_size_over_twenty_is_refused_before_sending() {
    let server = server(ok(response_example("workflow_ListProcessInstanceIds"))).await;
    let result = client(&server)
        .workflow_1_0()
        .list_process_instance_ids(ListProcessInstanceIdsInput {
            max_results: 21,
            next_token: 0,
            process_code: PROCESS,
            start_time: 1_709_251_200_000,
        })
        .send()
        .await;
    assert!(result.is_err(), "{result:?}");
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn act_on_tasks_and_withdraw() {
    let (request, done) = exchange("workflow_ExecuteProcessInstance", |c| async move {
        c.workflow_1_0()
            .execute_process_instance(ExecuteProcessInstanceInput {
                actioner_user_id: APPROVER,
                process_instance_id: INSTANCE,
                result: "agree",
                task_id: TASK,
            })
            .remark("Enjoy the trip.")
            .file(WorkflowExecuteProcessInstanceRequestFile {
                photos: Some(vec![PHOTO.into()]),
                attachments: Some(vec![itinerary()]),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_ExecuteProcessInstance");
    assert_eq!((done.success, done.result), (Some(true), Some(true)));

    let (request, handed) = exchange("workflow_RedirectWorkflowTask", |c| async move {
        c.workflow_1_0()
            .redirect_workflow_task(RedirectWorkflowTaskInput {
                operate_user_id: APPROVER,
                task_id: TASK,
                to_user_id: COPIED,
            })
            .remark("Please approve while I am away.")
            .action_name("Hand over")
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_RedirectWorkflowTask");
    assert_eq!(handed.result, Some(true));

    let (request, withdrawn) = exchange("workflow_TerminateProcessInstance", |c| async move {
        c.workflow_1_0()
            .terminate_process_instance(INSTANCE)
            .is_system(false)
            .operating_user_id(ORIGINATOR)
            .remark("The trip was cancelled.")
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_TerminateProcessInstance");
    assert_eq!(withdrawn.result, Some(true));
}

#[tokio::test]
async fn comment_with_attachments() {
    let (request, added) = exchange("workflow_AddProcessInstanceComment", |c| async move {
        c.workflow_1_0()
            .add_process_instance_comment(AddProcessInstanceCommentInput {
                comment_user_id: ORIGINATOR,
                process_instance_id: INSTANCE,
                text: "The hotel booking is attached.",
            })
            .file(WorkflowAddProcessInstanceCommentRequestFile {
                photos: Some(vec![PHOTO.into()]),
                attachments: Some(vec![
                    WorkflowAddProcessInstanceCommentRequestFileAttachments {
                        space_id: Some(SPACE.to_string()),
                        file_id: Some(FILE.into()),
                        file_name: Some("itinerary.pdf".into()),
                        file_size: Some("20480".into()),
                        file_type: Some("pdf".into()),
                    },
                ]),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_AddProcessInstanceComment");
    assert_eq!((added.success, added.result), (Some(true), Some(true)));
}

#[tokio::test]
async fn todo_count_and_process_centre_code() {
    let (request, count) = exchange("workflow_GetUserTodoTaskSum", |c| async move {
        c.workflow_1_0()
            .get_user_todo_task_sum(APPROVER)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "workflow_GetUserTodoTaskSum",
        &[(
            "userId",
            &parameter_example("workflow_GetUserTodoTaskSum", "userId"),
        )],
        None,
    );
    assert_eq!(count.result, Some(3));

    let (request, found) = exchange("workflow_GetProcessCodeByName", |c| async move {
        c.workflow_1_0()
            .get_process_code_by_name("Purchase request")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "workflow_GetProcessCodeByName",
        &[(
            "name",
            &parameter_example("workflow_GetProcessCodeByName", "name"),
        )],
        None,
    );
    let found = found.result.unwrap();
    assert_eq!(
        found.process_code,
        "PROC-0KYL9B4C-3XM1EPQ6UY7R1T2C8NLB3-PMQ9RK6K-1"
    );
    assert_eq!(found.gmt_modified, "2024-02-20T03:15Z");
}

#[tokio::test]
async fn attachment_space_and_download() {
    let (request, space) = exchange("workflow_GetAttachmentSpace", |c| async move {
        c.workflow_1_0()
            .get_attachment_space(ORIGINATOR)
            .agent_id(AGENT)
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_GetAttachmentSpace");
    assert_eq!(space.result.unwrap().space_id, Some(SPACE));

    let (request, link) = exchange(
        "workflow_GrantProcessInstanceForDownloadFile",
        |c| async move {
            c.workflow_1_0()
                .grant_process_instance_for_download_file(
                    GrantProcessInstanceForDownloadFileInput {
                        file_id: FILE,
                        process_instance_id: INSTANCE,
                    },
                )
                .with_comment_attatchment(false)
                .send()
                .await
        },
    )
    .await;
    check_example(&request, "workflow_GrantProcessInstanceForDownloadFile");
    let link = link.result.unwrap();
    assert_eq!(link.space_id, Some(SPACE));
    assert_eq!(link.file_id.as_deref(), Some(FILE));
    assert_eq!(
        link.download_uri.as_deref(),
        Some("https://down.dingtalk.com/file/40762131866?sign=7f3a9c")
    );
}

/// The query pairs of the spec's parameter examples of `operation_id`.
fn example_query(operation_id: &str) -> Vec<(String, String)> {
    let (template, method, _) = operation(operation_id);
    parameters(spec(), &template, &method.to_lowercase())
        .into_iter()
        .filter(|p| p["in"] == "query")
        .map(|p| {
            let name = p["name"].as_str().unwrap().to_owned();
            let value = match &p["example"] {
                Value::String(text) => text.clone(),
                Value::Null => panic!("{operation_id}: {name} has no example"),
                other => other.to_string(),
            };
            (name, value)
        })
        .collect()
}

/// Checks a request whose query is made of the spec's parameter examples.
fn check_query_example(request: &Request, operation_id: &str) {
    let pairs = example_query(operation_id);
    let pairs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    check(request, operation_id, &pairs, None);
}

#[tokio::test]
async fn batch_decisions_and_hand_overs() {
    let (request, done) = exchange("workflow_BatchExecuteProcessInstances", |c| async move {
        c.workflow_1_0()
            .batch_execute_process_instances(BatchExecuteProcessInstancesInput {
                actioner_user_id: APPROVER,
                result: "agree",
                task_info_list: vec![
                    WorkflowBatchExecuteProcessInstancesRequestTaskInfoList {
                        process_instance_id: INSTANCE.into(),
                        task_id: TASK,
                    },
                    WorkflowBatchExecuteProcessInstancesRequestTaskInfoList {
                        process_instance_id: SECOND_INSTANCE.into(),
                        task_id: SECOND_TASK,
                    },
                ],
            })
            .remark("Approved in bulk.")
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_BatchExecuteProcessInstances");
    let outcomes = done.result.unwrap();
    assert_eq!(outcomes[&TASK.to_string()].result, Some(true));
    let refused = &outcomes[&SECOND_TASK.to_string()];
    assert_eq!(refused.result, Some(false));
    assert_eq!(
        refused.message.as_deref(),
        Some("the task is no longer pending")
    );

    let (request, pending) = exchange("workflow_TodoTasks", |c| async move {
        c.workflow_1_0()
            .todo_tasks(TodoTasksInput {
                actioner_user_id: APPROVER,
                manager_user_id: ORIGINATOR,
                max_results: 20,
                next_token: 0,
            })
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_TodoTasks");
    let pending = pending.result.unwrap();
    assert_eq!(pending.has_more, Some(false));
    let task = &pending.list.unwrap()[0];
    assert_eq!(task.task_id, Some(TASK));
    assert_eq!(task.create_time, Some(1_709_629_920_000));
    assert_eq!(task.can_redirect, Some(true));

    let (request, handed) = exchange("workflow_BatchTasksRedirect", |c| async move {
        c.workflow_1_0()
            .batch_tasks_redirect(BatchTasksRedirectInput {
                handover_user_id: APPROVER,
                manager_user_id: ORIGINATOR,
                task_ids: vec![TASK, SECOND_TASK],
                transferee_user_id: COPIED,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_BatchTasksRedirect");
    let handed = handed.result.unwrap();
    assert_eq!((handed.total_count, handed.fail_count), (2, 1));
    assert!(handed.redirect_results[0].success);
    assert_eq!(handed.redirect_results[1].task_id, SECOND_TASK);
    assert_eq!(
        handed.redirect_results[1].error_msg.as_deref(),
        Some("the task is no longer pending")
    );
}

#[tokio::test]
async fn forms_and_to_do_items() {
    let (request, forms) = exchange("workflow_ListUserVisibleBpmsProcesses", |c| async move {
        c.workflow_1_0()
            .list_user_visible_bpms_processes(ListUserVisibleBpmsProcessesInput {
                max_results: 100,
                next_token: 0,
            })
            .user_id(ORIGINATOR)
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_ListUserVisibleBpmsProcesses");
    let forms = forms.result.unwrap();
    assert_eq!(forms.next_token, Some(100));
    let form = &forms.process_list.unwrap()[0];
    assert_eq!(form.process_code.as_deref(), Some(PROCESS));
    assert_eq!(form.dir_name.as_deref(), Some("Human resources"));

    let (request, items) = exchange("workflow_ListTodoWorkRecords", |c| async move {
        c.workflow_1_0()
            .list_todo_work_records(ListTodoWorkRecordsInput {
                max_results: 20,
                next_token: 0,
                status: 0,
                user_id: APPROVER,
            })
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_ListTodoWorkRecords");
    let items = items.result.unwrap();
    assert_eq!(items.next_token, Some(20));
    let item = &items.list.unwrap()[0];
    assert_eq!(item.instance_id.as_deref(), Some(INSTANCE));
    let line = &item.forms.as_ref().unwrap()[0];
    assert_eq!(line.content.as_deref(), Some("Annual leave"));

    let (request, managed) = exchange("workflow_GetManageProcessByStaffId", |c| async move {
        c.workflow_1_0()
            .get_manage_process_by_staff_id(ORIGINATOR)
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_GetManageProcessByStaffId");
    let managed = &managed.result.unwrap()[0];
    assert_eq!(managed.flow_title.as_deref(), Some("Leave"));
    assert_eq!(managed.new_process, Some(true));

    let (request, conditions) = exchange("workflow_GetConditionFormComponent", |c| async move {
        c.workflow_1_0()
            .get_condition_form_component(PROCESS)
            .agent_id(AGENT)
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_GetConditionFormComponent");
    let conditions = conditions.result.unwrap();
    assert_eq!(conditions[1].id, "DDSelectField_1A2B3C");
    assert_eq!(conditions[1].label, "Leave type");
}

#[tokio::test]
async fn preview_and_download_rights() {
    let (request, space) = exchange("workflow_GetSpaceWithDownloadAuth", |c| async move {
        c.workflow_1_0()
            .get_space_with_download_auth(GetSpaceWithDownloadAuthInput {
                file_id: FILE,
                process_instance_id: INSTANCE,
                user_id: APPROVER,
            })
            .file_id_list(vec![FILE.into()])
            .agent_id(AGENT)
            .with_comment_attatchment(false)
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_GetSpaceWithDownloadAuth");
    assert_eq!(space.result.unwrap().space_id, Some(SPACE));

    let (request, granted) = exchange("workflow_AddApproveDentryAuth", |c| async move {
        c.workflow_1_0()
            .add_approve_dentry_auth(AddApproveDentryAuthInput {
                file_infos: vec![WorkflowAddApproveDentryAuthRequestFileInfos {
                    file_id: FILE.into(),
                    space_id: SPACE,
                }],
                user_id: APPROVER,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_AddApproveDentryAuth");
    assert_eq!((granted.success, granted.result), (Some(true), Some(true)));
}

#[tokio::test]
async fn process_centre_templates() {
    let (request, saved) = exchange("workflow_SaveProcess", |c| async move {
        c.workflow_1_0()
            .save_process(SaveProcessInput {
                form_components: vec![
                    WorkflowFormComponent {
                        children: None,
                        component_type: "TextField".into(),
                        props: WorkflowFormComponentProps {
                            component_id: Some("TextField_8UGCM2R4".into()),
                            label: Some("Item".into()),
                            required: Some(true),
                            ..Default::default()
                        },
                    },
                    WorkflowFormComponent {
                        children: None,
                        component_type: "DDSelectField".into(),
                        props: WorkflowFormComponentProps {
                            component_id: Some("DDSelectField_3FQ9V1ZC".into()),
                            label: Some("Urgency".into()),
                            options: Some(vec![
                                WorkflowSelectOption {
                                    key: Some("normal".into()),
                                    value: Some("Normal".into()),
                                },
                                WorkflowSelectOption {
                                    key: Some("urgent".into()),
                                    value: Some("Urgent".into()),
                                },
                            ]),
                            ..Default::default()
                        },
                    },
                ],
                name: "Purchase request",
            })
            .description("Requests to buy equipment, approved in the purchasing system.")
            .template_config(WorkflowSaveProcessRequestTemplateConfig {
                hidden: Some(false),
                disable_send_card: Some(true),
                create_instance_pc_url: Some("https://purchase.example.com/requests/new".into()),
                create_instance_mobile_url: Some(
                    "https://m.purchase.example.com/requests/new".into(),
                ),
                template_edit_url: None,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_SaveProcess");
    assert_eq!(saved.result.unwrap().process_code, CENTRE_PROCESS);

    let (request, deleted) = exchange("workflow_DeleteProcess", |c| async move {
        c.workflow_1_0()
            .delete_process(CENTRE_PROCESS)
            .clean_running_task(true)
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_DeleteProcess");
    assert_eq!(
        deleted.result.unwrap().process_code.as_deref(),
        Some(CENTRE_PROCESS)
    );
}

#[tokio::test]
async fn process_centre_approvals_and_tasks() {
    let (request, created) = exchange("workflow_SaveIntegratedInstance", |c| async move {
        c.workflow_1_0()
            .save_integrated_instance(SaveIntegratedInstanceInput {
                originator_user_id: ORIGINATOR,
                process_code: CENTRE_PROCESS,
                url: "https://purchase.example.com/requests/7741",
            })
            .title("Purchase request from Li Lei")
            .form_component_value_list(vec![
                WorkflowSaveIntegratedInstanceRequestFormComponentValueList {
                    name: Some("Item".into()),
                    value: Some("Laptop".into()),
                    ..Default::default()
                },
                WorkflowSaveIntegratedInstanceRequestFormComponentValueList {
                    name: Some("Urgency".into()),
                    value: Some("Normal".into()),
                    ..Default::default()
                },
            ])
            .notifiers(vec![WorkflowSaveIntegratedInstanceRequestNotifiers {
                userid: Some(COPIED.into()),
                position: Some("finish".into()),
            }])
            .biz_data(r#"{"requestId":7741}"#)
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_SaveIntegratedInstance");
    assert_eq!(
        created.result.unwrap().process_instance_id.as_deref(),
        Some(CENTRE_INSTANCE)
    );

    let (request, tasks) = exchange("workflow_CreateIntegratedTask", |c| async move {
        c.workflow_1_0()
            .create_integrated_task(CreateIntegratedTaskInput {
                process_instance_id: CENTRE_INSTANCE,
                tasks: vec![WorkflowCreateIntegratedTaskRequestTasks {
                    user_id: Some(APPROVER.into()),
                    url: Some("https://purchase.example.com/requests/7741/review".into()),
                    due_timestamp: Some(1_709_856_000_000),
                    custom_data: None,
                }],
            })
            .activity_id("purchase_review")
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_CreateIntegratedTask");
    let task = &tasks.result.unwrap()[0];
    assert_eq!(task.task_id, Some(CENTRE_TASK));
    assert_eq!(task.user_id.as_deref(), Some(APPROVER));

    let (request, pending) = exchange("workflow_QueryIntegratedTodoTask", |c| async move {
        c.workflow_1_0()
            .query_integrated_todo_task(QueryIntegratedTodoTaskInput {
                page_number: 1,
                page_size: 20,
                user_id: APPROVER,
            })
            .create_before(1_709_856_000_000)
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_QueryIntegratedTodoTask");
    let pending = pending.result.unwrap();
    assert_eq!(pending.has_more, Some(false));
    let task = &pending.list.unwrap()[0];
    assert_eq!(task.task_id, Some(CENTRE_TASK));
    assert_eq!(task.activity_id.as_deref(), Some("purchase_review"));

    let (request, updated) = exchange("workflow_UpdateIntegratedTask", |c| async move {
        c.workflow_1_0()
            .update_integrated_task(vec![WorkflowUpdateIntegratedTaskRequestTasks {
                task_id: CENTRE_TASK,
                status: "COMPLETED".into(),
                result: Some("agree".into()),
            }])
            .process_instance_id(CENTRE_INSTANCE)
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_UpdateIntegratedTask");
    assert_eq!(updated.success, Some(true));

    let (request, cancelled) = exchange("workflow_CancelIntegratedTask", |c| async move {
        c.workflow_1_0()
            .cancel_integrated_task(CancelIntegratedTaskInput {
                activity_id: "purchase_review",
                process_instance_id: CENTRE_INSTANCE,
            })
            .activity_ids(vec!["purchase_review".into(), "finance_review".into()])
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_CancelIntegratedTask");
    assert_eq!(cancelled.success, Some(true));

    let (request, finished) = exchange("workflow_UpdateProcessInstance", |c| async move {
        c.workflow_1_0()
            .update_process_instance(UpdateProcessInstanceInput {
                process_instance_id: CENTRE_INSTANCE,
                status: "COMPLETED",
            })
            .result("agree")
            .notifiers(vec![WorkflowUpdateProcessInstanceRequestNotifiers {
                user_id: COPIED.into(),
            }])
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_UpdateProcessInstance");
    assert_eq!(finished.success, Some(true));

    let (request, finished) = exchange("workflow_BatchUpdateProcessInstance", |c| async move {
        c.workflow_1_0()
            .batch_update_process_instance()
            .update_process_instance_requests(vec![
                WorkflowBatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests {
                    process_instance_id: CENTRE_INSTANCE.into(),
                    status: "COMPLETED".into(),
                    result: Some("agree".into()),
                    notifiers: None,
                },
                WorkflowBatchUpdateProcessInstanceRequestUpdateProcessInstanceRequests {
                    process_instance_id: "0e9d3a5c-4b71-4f08-a2c6-8d1f5b3e7a90".into(),
                    status: "TERMINATED".into(),
                    result: None,
                    notifiers: None,
                },
            ])
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_BatchUpdateProcessInstance");
    assert_eq!(finished.success, Some(true));
}

#[tokio::test]
async fn forms_their_fields_and_the_predicted_flow() {
    let (request, created) = exchange("workflow_FormCreate", |c| async move {
        c.workflow_1_0()
            .form_create(FormCreateInput {
                form_components: vec![
                    WorkflowFormComponent {
                        children: None,
                        component_type: "DDSelectField".into(),
                        props: WorkflowFormComponentProps {
                            component_id: Some("DDSelectField_5RT1Y8KC".into()),
                            label: Some("Equipment".into()),
                            required: Some(true),
                            options: Some(vec![
                                WorkflowSelectOption {
                                    key: Some("laptop".into()),
                                    value: Some("Laptop".into()),
                                },
                                WorkflowSelectOption {
                                    key: Some("screen".into()),
                                    value: Some("Screen".into()),
                                },
                            ]),
                            ..Default::default()
                        },
                    },
                    WorkflowFormComponent {
                        children: None,
                        component_type: "NumberField".into(),
                        props: WorkflowFormComponentProps {
                            component_id: Some("NumberField_2PL7W3QA".into()),
                            label: Some("Quantity".into()),
                            required: Some(true),
                            ..Default::default()
                        },
                    },
                ],
                name: "Equipment request",
            })
            .description("Ask for a laptop, a screen or a phone.")
            .template_config(WorkflowFormCreateRequestTemplateConfig {
                hidden: Some(false),
                disable_form_edit: Some(true),
                ..Default::default()
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_FormCreate");
    assert_eq!(
        created.result.unwrap().process_code,
        "PROC-7B3K8D1F-2QW5ER9TY4UI6OP3AS8DF-JK2LZX5C-4"
    );

    let (request, schema) = exchange("workflow_QuerySchemaByProcessCode", |c| async move {
        c.workflow_1_0()
            .query_schema_by_process_code(PROCESS)
            .app_uuid("SWAPP-8C2E1F5A9B3D47E6")
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_QuerySchemaByProcessCode");
    let schema = schema.result;
    assert_eq!(schema.form_code, PROCESS);
    assert_eq!(schema.creator_user_id, ORIGINATOR);
    let items = &schema.schema_content.items;
    assert_eq!(items[0].component_name, "DDSelectField");
    assert_eq!(items[0].props.id, "DDSelectField_1A2B3C");
    assert_eq!(items[1].props.label, "Days");

    let (request, forecast) = exchange("workflow_ProcessForecast", |c| async move {
        c.workflow_1_0()
            .process_forecast(ProcessForecastInput {
                dept_id: 47213,
                form_component_values: vec![
                    WorkflowProcessForecastRequestFormComponentValues {
                        biz_alias: None,
                        component_type: None,
                        details: None,
                        ext_value: None,
                        id: None,
                        name: "Leave type".into(),
                        value: "Annual leave".into(),
                    },
                    WorkflowProcessForecastRequestFormComponentValues {
                        biz_alias: None,
                        component_type: None,
                        details: None,
                        ext_value: None,
                        id: None,
                        name: "Days".into(),
                        value: "3".into(),
                    },
                ],
                process_code: PROCESS,
                user_id: ORIGINATOR,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_ProcessForecast");
    let forecast = forecast.result.unwrap();
    assert!(forecast.is_forecast_success);
    assert!(!forecast.is_static_workflow);
    let step = &forecast.workflow_activity_rules.unwrap()[0];
    assert_eq!(step.is_target_select, Some(true));
    assert_eq!(
        step.workflow_actor.as_ref().unwrap().actor_key.as_deref(),
        Some("manual_1918_5cd3_xxxx_6a16")
    );
    assert_eq!(forecast.workflow_forecast_nodes[0].out_id, "line_3a7f");

    let (request, history) = exchange("workflow_GetFieldModifiedHistory", |c| async move {
        c.workflow_1_0()
            .get_field_modified_history(GetFieldModifiedHistoryInput {
                field_id: "DDSelectField_1A2B3C",
                process_instance_id: INSTANCE,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_GetFieldModifiedHistory");
    let change = &history.result.unwrap()[0];
    assert_eq!(change.value.as_deref(), Some("Sick leave"));
    assert_eq!(change.user_id.as_deref(), Some(APPROVER));
}

#[tokio::test]
async fn a_drive_right_for_a_while() {
    let server = server(ResponseTemplate::new(200)).await;
    client(&server)
        .workflow_1_0()
        .grant_cspace_authorization(GrantCspaceAuthorizationInput {
            space_id: &SPACE.to_string(),
            r#type: "add",
            user_id: ORIGINATOR,
        })
        .duration_seconds(600)
        .send()
        .await
        .unwrap();
    check_example(
        &only_request(&server).await,
        "workflow_GrantCspaceAuthorization",
    );
}

#[tokio::test]
async fn premium_attachments() {
    let (request, space) = exchange("workflow_PremiumGetAttachmentSpace", |c| async move {
        c.workflow_1_0()
            .premium_get_attachment_space(ORIGINATOR)
            .agent_id(AGENT)
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_PremiumGetAttachmentSpace");
    assert_eq!(space.result.unwrap().space_id, Some(SPACE));

    let (request, space) = exchange("workflow_PremiumGetSpaceWithDownloadAuth", |c| async move {
        c.workflow_1_0()
            .premium_get_space_with_download_auth(PremiumGetSpaceWithDownloadAuthInput {
                file_id: FILE,
                process_instance_id: INSTANCE,
                user_id: APPROVER,
            })
            .file_id_list(vec![FILE.into()])
            .agent_id(AGENT)
            .with_comment_attatchment(false)
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_PremiumGetSpaceWithDownloadAuth");
    assert_eq!(space.result.unwrap().space_id, Some(SPACE));

    let (request, granted) = exchange("workflow_PremiumAddApproveDentryAuth", |c| async move {
        c.workflow_1_0()
            .premium_add_approve_dentry_auth(PremiumAddApproveDentryAuthInput {
                file_infos: vec![WorkflowPremiumAddApproveDentryAuthRequestFileInfos {
                    file_id: FILE.into(),
                    space_id: SPACE,
                }],
                user_id: APPROVER,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_PremiumAddApproveDentryAuth");
    assert_eq!(granted.result, Some(true));

    let (request, link) = exchange(
        "workflow_PremiumGrantProcessInstanceForDownloadFile",
        |c| async move {
            c.workflow_1_0()
                .premium_grant_process_instance_for_download_file(
                    PremiumGrantProcessInstanceForDownloadFileInput {
                        file_id: FILE,
                        process_instance_id: INSTANCE,
                    },
                )
                .with_comment_attatchment(false)
                .send()
                .await
        },
    )
    .await;
    check_example(
        &request,
        "workflow_PremiumGrantProcessInstanceForDownloadFile",
    );
    assert_eq!(
        link.result.unwrap().download_uri.as_deref(),
        Some("https://down.dingtalk.com/file/40762131866?sign=7f3a9c")
    );

    let (request, history) = exchange("workflow_PremiumGetFieldModifiedHistory", |c| async move {
        c.workflow_1_0()
            .premium_get_field_modified_history(PremiumGetFieldModifiedHistoryInput {
                field_id: "DDSelectField_1A2B3C",
                process_instance_id: INSTANCE,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_PremiumGetFieldModifiedHistory");
    assert_eq!(
        history.result.unwrap()[0].value.as_deref(),
        Some("Sick leave")
    );
}

#[tokio::test]
async fn premium_batch_decisions_and_hand_overs() {
    let (request, done) = exchange(
        "workflow_PremiumBatchExecuteProcessInstances",
        |c| async move {
            c.workflow_1_0()
                .premium_batch_execute_process_instances(PremiumBatchExecuteProcessInstancesInput {
                    actioner_user_id: APPROVER,
                    result: "agree",
                    task_info_list: vec![
                        WorkflowPremiumBatchExecuteProcessInstancesRequestTaskInfoList {
                            process_instance_id: INSTANCE.into(),
                            task_id: TASK,
                        },
                        WorkflowPremiumBatchExecuteProcessInstancesRequestTaskInfoList {
                            process_instance_id: SECOND_INSTANCE.into(),
                            task_id: SECOND_TASK,
                        },
                    ],
                })
                .remark("Approved in bulk.")
                .send()
                .await
        },
    )
    .await;
    check_example(&request, "workflow_PremiumBatchExecuteProcessInstances");
    assert_eq!(
        done.result.unwrap()[&SECOND_TASK.to_string()].result,
        Some(false)
    );

    let (request, pending) = exchange("workflow_PremiumQueryTodoTasksByManager", |c| async move {
        c.workflow_1_0()
            .premium_query_todo_tasks_by_manager(PremiumQueryTodoTasksByManagerInput {
                actioner_user_id: APPROVER,
                manager_user_id: ORIGINATOR,
                max_results: 20,
                next_token: 0,
            })
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_PremiumQueryTodoTasksByManager");
    assert_eq!(pending.result.unwrap().list.unwrap()[0].task_id, Some(TASK));

    let (request, handed) = exchange("workflow_PremiumRedirectTasksByManager", |c| async move {
        c.workflow_1_0()
            .premium_redirect_tasks_by_manager(PremiumRedirectTasksByManagerInput {
                handover_user_id: APPROVER,
                manager_user_id: ORIGINATOR,
                task_ids: vec![TASK, SECOND_TASK],
                transferee_user_id: COPIED,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_PremiumRedirectTasksByManager");
    let handed = handed.result.unwrap();
    assert_eq!((handed.total_count, handed.fail_count), (2, 1));
}

#[tokio::test]
async fn premium_process_centre() {
    let (request, saved) = exchange("workflow_PremiumSaveIntegratedProcess", |c| async move {
        c.workflow_1_0()
            .premium_save_integrated_process(PremiumSaveIntegratedProcessInput {
                form_components: vec![
                    WorkflowFormComponent {
                        children: None,
                        component_type: "TextField".into(),
                        props: WorkflowFormComponentProps {
                            component_id: Some("TextField_8UGCM2R4".into()),
                            label: Some("Item".into()),
                            required: Some(true),
                            ..Default::default()
                        },
                    },
                    WorkflowFormComponent {
                        children: None,
                        component_type: "DDSelectField".into(),
                        props: WorkflowFormComponentProps {
                            component_id: Some("DDSelectField_3FQ9V1ZC".into()),
                            label: Some("Urgency".into()),
                            options: Some(vec![
                                WorkflowSelectOption {
                                    key: Some("normal".into()),
                                    value: Some("Normal".into()),
                                },
                                WorkflowSelectOption {
                                    key: Some("urgent".into()),
                                    value: Some("Urgent".into()),
                                },
                            ]),
                            ..Default::default()
                        },
                    },
                ],
                name: "Purchase request",
            })
            .description("Requests to buy equipment, approved in the purchasing system.")
            .template_config(WorkflowPremiumSaveIntegratedProcessRequestTemplateConfig {
                hidden: Some(false),
                disable_send_card: Some(true),
                create_instance_pc_url: Some("https://purchase.example.com/requests/new".into()),
                create_instance_mobile_url: Some(
                    "https://m.purchase.example.com/requests/new".into(),
                ),
                template_edit_url: None,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_PremiumSaveIntegratedProcess");
    assert_eq!(saved.result.unwrap().process_code, CENTRE_PROCESS);

    let (request, created) = exchange(
        "workflow_PremiumSaveIntegratedProcessInstance",
        |c| async move {
            c.workflow_1_0()
                .premium_save_integrated_process_instance(
                    PremiumSaveIntegratedProcessInstanceInput {
                        originator_user_id: ORIGINATOR,
                        process_code: CENTRE_PROCESS,
                        url: "https://purchase.example.com/requests/7741",
                    },
                )
                .title("Purchase request from Li Lei")
                .form_component_value_list(vec![
                    WorkflowPremiumSaveIntegratedProcessInstanceRequestFormComponentValueList {
                        name: Some("Item".into()),
                        value: Some("Laptop".into()),
                        ..Default::default()
                    },
                    WorkflowPremiumSaveIntegratedProcessInstanceRequestFormComponentValueList {
                        name: Some("Urgency".into()),
                        value: Some("Normal".into()),
                        ..Default::default()
                    },
                ])
                .notifiers(vec![
                    WorkflowPremiumSaveIntegratedProcessInstanceRequestNotifiers {
                        userid: Some(COPIED.into()),
                        position: Some("finish".into()),
                    },
                ])
                .biz_data(r#"{"requestId":7741}"#)
                .send()
                .await
        },
    )
    .await;
    check_example(&request, "workflow_PremiumSaveIntegratedProcessInstance");
    assert_eq!(
        created.result.unwrap().process_instance_id.as_deref(),
        Some(CENTRE_INSTANCE)
    );

    let (request, tasks) = exchange("workflow_PremiumSaveIntegratedTask", |c| async move {
        c.workflow_1_0()
            .premium_save_integrated_task(PremiumSaveIntegratedTaskInput {
                process_instance_id: CENTRE_INSTANCE,
                tasks: vec![WorkflowPremiumSaveIntegratedTaskRequestTasks {
                    user_id: Some(APPROVER.into()),
                    url: Some("https://purchase.example.com/requests/7741/review".into()),
                    due_timestamp: Some(1_709_856_000_000),
                    custom_data: None,
                }],
            })
            .activity_id("purchase_review")
            .task_config(WorkflowPremiumSaveIntegratedTaskRequestTaskConfig {
                disable_send_card: Some(true),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_PremiumSaveIntegratedTask");
    assert_eq!(tasks.result.unwrap()[0].task_id, Some(CENTRE_TASK));
}

#[tokio::test]
async fn premium_approvals_signatures_and_fields() {
    let (request, read) = exchange("workflow_GetProcessInstanceWithExtra", |c| async move {
        c.workflow_1_0()
            .get_process_instance_with_extra(INSTANCE)
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_GetProcessInstanceWithExtra");
    let records = read.result.unwrap().operation_records.unwrap();
    let token = records[1].hand_sign_token.clone().unwrap();
    assert_eq!(token, "9d1e6f0a2b7c4e38");

    let (request, link) = exchange("workflow_GetHandSignDownloadUrl", |c| async move {
        c.workflow_1_0()
            .get_hand_sign_download_url(GetHandSignDownloadUrlInput {
                hand_sign_token: "9d1e6f0a2b7c4e38",
                process_instance_id: INSTANCE,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_GetHandSignDownloadUrl");
    assert_eq!(link.success.as_deref(), Some("true"));
    assert_eq!(link.result.unwrap().expire_in, Some(3600));

    let (request, archived) = exchange("workflow_ArchiveProcessInstance", |c| async move {
        c.workflow_1_0()
            .archive_process_instance(ArchiveProcessInstanceInput {
                op_user_id: ORIGINATOR,
                process_instance_id: INSTANCE,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_ArchiveProcessInstance");
    assert_eq!(archived.result, Some(true));

    let (request, changed) = exchange(
        "workflow_PremiumUpdateProcessInstanceVariables",
        |c| async move {
            c.workflow_1_0()
                .premium_update_process_instance_variables(
                    PremiumUpdateProcessInstanceVariablesInput {
                        op_user_id: ORIGINATOR,
                        process_instance_id: INSTANCE,
                        variables: vec![
                            WorkflowPremiumUpdateProcessInstanceVariablesRequestVariables {
                                biz_alias: None,
                                ext_value: None,
                                id: "DDSelectField_1A2B3C".into(),
                                value: "Sick leave".into(),
                            },
                        ],
                    },
                )
                .process_code(PROCESS)
                .remark("The leave type was corrected.")
                .send()
                .await
        },
    )
    .await;
    check_example(&request, "workflow_PremiumUpdateProcessInstanceVariables");
    assert_eq!(changed.result, Some(true));

    let (request, fields) = exchange("workflow_PremiumGetInstFieldSetting", |c| async move {
        c.workflow_1_0()
            .premium_get_inst_field_setting(PremiumGetInstFieldSettingInput {
                process_instance_id: INSTANCE,
                user_id: APPROVER,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_PremiumGetInstFieldSetting");
    let fields = fields.result.unwrap();
    assert_eq!(fields[1].field_behavior.as_deref(), Some("READONLY"));
}

#[tokio::test]
async fn premium_approval_centre_lists() {
    let (request, page) = exchange("workflow_PremiumGetTodoTasks", |c| async move {
        c.workflow_1_0()
            .premium_get_todo_tasks(PremiumGetTodoTasksInput {
                page_number: 1,
                page_size: 20,
                user_id: APPROVER,
            })
            .create_before("2024-03-08T00:00Z")
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_PremiumGetTodoTasks");
    let page = page.result.unwrap();
    assert_eq!(page.has_more, Some(false));
    let task = &page.list.unwrap()[0];
    assert_eq!(task.task_id.as_deref(), Some("68834571123"));
    assert_eq!(
        task.form_massage.as_deref(),
        Some("Leave type: Annual leave")
    );

    let (request, page) = exchange("workflow_PremiumGetDoneTasks", |c| async move {
        c.workflow_1_0()
            .premium_get_done_tasks(PremiumGetDoneTasksInput {
                page_number: 1,
                page_size: 20,
                user_id: APPROVER,
            })
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_PremiumGetDoneTasks");
    let done = &page.result.unwrap().list.unwrap()[0];
    assert_eq!(done.result.as_deref(), Some("agree"));

    let (request, page) = exchange("workflow_PremiumGetSubmittedInstances", |c| async move {
        c.workflow_1_0()
            .premium_get_submitted_instances(PremiumGetSubmittedInstancesInput {
                page_number: 1,
                page_size: 20,
                user_id: ORIGINATOR,
            })
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_PremiumGetSubmittedInstances");
    let started = &page.result.unwrap().list.unwrap()[0];
    assert_eq!(started.process_instance_id.as_deref(), Some(INSTANCE));

    let (request, page) = exchange("workflow_PremiumGetNoticedInstances", |c| async move {
        c.workflow_1_0()
            .premium_get_noticed_instances(PremiumGetNoticedInstancesInput {
                page_number: 1,
                page_size: 20,
                user_id: COPIED,
            })
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_PremiumGetNoticedInstances");
    let copied = &page.result.unwrap().list.unwrap()[0];
    assert_eq!(copied.originator_id.as_deref(), Some(ORIGINATOR));
}

#[tokio::test]
async fn data_form_entries() {
    let (request, entry) = exchange("workflow_QueryFormInstance", |c| async move {
        c.workflow_1_0()
            .query_form_instance(QueryFormInstanceInput {
                form_code: DATA_FORM,
                form_instance_id: DATA_ENTRY,
            })
            .app_uuid(APP)
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_QueryFormInstance");
    assert_eq!(entry.form_instance_id, DATA_ENTRY);
    assert_eq!(entry.form_inst_data_list[0].value, "Wang Fang");

    let (request, entry) = exchange("workflow_PremiumGetFormInstance", |c| async move {
        c.workflow_1_0()
            .premium_get_form_instance(PremiumGetFormInstanceInput {
                form_code: DATA_FORM,
                form_instance_id: DATA_ENTRY,
            })
            .app_uuid(APP)
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_PremiumGetFormInstance");
    assert_eq!(entry.creator, ORIGINATOR);

    let (request, page) = exchange("workflow_QueryAllFormInstances", |c| async move {
        c.workflow_1_0()
            .query_all_form_instances(QueryAllFormInstancesInput {
                form_code: DATA_FORM,
                max_results: 20,
            })
            .app_uuid(APP)
            .next_token("20")
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_QueryAllFormInstances");
    let page = page.result;
    assert_eq!((page.has_more, page.next_token.as_str()), (false, "40"));
    assert_eq!(page.values[0].form_instance_id, DATA_ENTRY);

    let (request, page) = exchange("workflow_PremiumGetFormInstances", |c| async move {
        c.workflow_1_0()
            .premium_get_form_instances(PremiumGetFormInstancesInput {
                form_code: DATA_FORM,
                max_results: 20,
            })
            .app_uuid(APP)
            .next_token("20")
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_PremiumGetFormInstances");
    assert_eq!(page.result.values[0].title, "Visitor from Acme");

    let (request, forms) = exchange("workflow_QueryFormByBizType", |c| async move {
        c.workflow_1_0()
            .query_form_by_biz_type(QueryFormByBizTypeInput {
                app_uuid: APP,
                biz_types: vec!["crm.visitor".into()],
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_QueryFormByBizType");
    let form = &forms.result.unwrap()[0];
    assert_eq!(form.form_code, DATA_FORM);
    assert_eq!(form.modifed_time, Some(1_708_398_900_000));

    let (request, forms) = exchange("workflow_QueryProcessByBizCategoryId", |c| async move {
        c.workflow_1_0()
            .query_process_by_biz_category_id("crm.visitor")
            .user_id(ORIGINATOR)
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_QueryProcessByBizCategoryId");
    assert_eq!(
        forms.result.unwrap()[0].process_code.as_deref(),
        Some(PROCESS)
    );
}

#[tokio::test]
async fn approvals_with_their_content() {
    let (request, page) = exchange("workflow_QueryAllProcessInstances", |c| async move {
        c.workflow_1_0()
            .query_all_process_instances(QueryAllProcessInstancesInput {
                max_results: 20,
                process_code: PROCESS,
                start_time_in_mills: 1_709_251_200_000,
            })
            .app_uuid(APP)
            .end_time_in_mills(1_709_856_000_000)
            .next_token("20")
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_QueryAllProcessInstances");
    let page = page.result.unwrap();
    assert_eq!(page.next_token, "40");
    let approval = &page.list.unwrap()[0];
    assert_eq!(approval.process_instance_id, INSTANCE);
    assert_eq!(approval.finish_time, 1_709_640_720_000);
    assert_eq!(approval.form_component_values[0].value, "Annual leave");

    let (request, page) = exchange("workflow_PremiumGetProcessInstances", |c| async move {
        c.workflow_1_0()
            .premium_get_process_instances(PremiumGetProcessInstancesInput {
                max_results: 20,
                process_code: PROCESS,
                start_time_in_mills: 1_709_251_200_000,
            })
            .app_uuid(APP)
            .end_time_in_mills(1_709_856_000_000)
            .next_token("20")
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_PremiumGetProcessInstances");
    let approval = &page.result.unwrap().list.unwrap()[0];
    assert_eq!(approval.create_time_in_mills, 1_709_629_920_000);
}

#[tokio::test]
async fn form_definitions_and_settings() {
    let (request, form) = exchange("workflow_QuerySchemaAndProcess", |c| async move {
        c.workflow_1_0()
            .query_schema_and_process(PROCESS)
            .app_uuid(APP)
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_QuerySchemaAndProcess");
    let form = form.result.unwrap();
    assert_eq!(form.hand_sign_enable.as_deref(), Some("false"));
    assert!(form.content.unwrap().contains("DDSelectField_1A2B3C"));

    let (request, forms) = exchange(
        "workflow_GetSchemaAndProcessconfigBatchlly",
        |c| async move {
            c.workflow_1_0()
                .get_schema_and_processconfig_batchlly()
                .process_codes(vec![PROCESS.into()])
                .send()
                .await
        },
    )
    .await;
    let (template, method, _) = operation("workflow_GetSchemaAndProcessconfigBatchlly");
    let parameter = &parameters(spec(), &template, &method.to_lowercase())[0];
    let codes = parameter["content"]["application/json"]["example"].to_string();
    check(
        &request,
        "workflow_GetSchemaAndProcessconfigBatchlly",
        &[("processCodes", &codes)],
        None,
    );
    let form = &forms.result.unwrap()[0];
    assert_eq!(form.process_id, Some(2_781_560_011));
    assert_eq!(form.manager_list.as_deref(), Some(r#"["manager4220"]"#));

    let (request, forms) = exchange(
        "workflow_PremiumQuerySchemaAndProcessByCodeList",
        |c| async move {
            c.workflow_1_0()
                .premium_query_schema_and_process_by_code_list(vec![PROCESS.into()])
                .send()
                .await
        },
    )
    .await;
    check_example(&request, "workflow_PremiumQuerySchemaAndProcessByCodeList");
    assert_eq!(
        forms.result.unwrap()[0].modify_time,
        Some(1_708_398_900_000)
    );

    let (request, schema) = exchange("workflow_PremiumGetFormSchema", |c| async move {
        c.workflow_1_0()
            .premium_get_form_schema(PROCESS)
            .app_uuid(APP)
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_PremiumGetFormSchema");
    assert_eq!(schema.result.schema_content.items[1].props.label, "Days");

    let (request, codes) = exchange("workflow_GetCrmProcCodes", |c| async move {
        c.workflow_1_0().get_crm_proc_codes().send().await
    })
    .await;
    check(&request, "workflow_GetCrmProcCodes", &[], None);
    let codes = codes.result.unwrap();
    assert_eq!(codes[0], "PROC-3C9A1E7B-6D2F8B4A1C5E-9F3D7A2B-1");

    let (request, config) = exchange("workflow_GetProcessConfig", |c| async move {
        c.workflow_1_0()
            .get_process_config("PROC-3C9A1E7B-6D2F8B4A1C5E-9F3D7A2B-1")
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_GetProcessConfig");
    let config = config.result.unwrap();
    assert_eq!(config.allow_revoke, Some(true));
    assert_eq!(config.hand_sign_conf.unwrap().hand_sign_enable, Some(false));
}

#[tokio::test]
async fn export_approvals() {
    let (request, page) = exchange("workflow_PagesExportInstances", |c| async move {
        c.workflow_1_0()
            .pages_export_instances(PagesExportInstancesInput {
                max_results: 20,
                next_token: "0",
                process_code: PROCESS,
                start_time_in_mills: 1_709_251_200_000,
            })
            .end_time_in_mills(1_709_856_000_000)
            .order_by("createTime")
            .status("COMPLETED")
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_PagesExportInstances");
    let page = page.result.unwrap();
    assert_eq!(page.next_token, "20");
    let approval = &page.list.unwrap()[0];
    assert_eq!(approval.result, "agree");
    assert_eq!(
        approval.form_component_values[0].component_name.as_deref(),
        Some("DDSelectField")
    );
}

#[tokio::test]
async fn agents_installs_copies_and_clean_ups() {
    let (request, set) = exchange("workflow_SetWorkflowTaskAgent", |c| async move {
        c.workflow_1_0()
            .set_workflow_task_agent(SetWorkflowTaskAgentInput {
                agent_staff_id: COPIED,
                all: false,
                end_date: "2024-03-15",
                from_staff_id: APPROVER,
                manager_staff_id: ORIGINATOR,
                start_date: "2024-03-11",
            })
            .process_codes(vec![PROCESS.into()])
            .request_id("agent-user1001-202403")
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_SetWorkflowTaskAgent");
    assert_eq!((set.success, set.result), (Some(true), Some(1)));

    let (request, installed) = exchange("workflow_InstallApp", |c| async move {
        c.workflow_1_0()
            .install_app(InstallAppInput {
                install_option: WorkflowInstallAppRequestInstallOption {
                    is_sync: Some(true),
                },
                source_dir_name: "Purchasing",
            })
            .biz_group("purchasing")
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_InstallApp");
    assert_eq!(
        installed.result.unwrap()[0].process_code.as_deref(),
        Some(CENTRE_PROCESS)
    );

    let (request, copied) = exchange("workflow_CopyProcess", |c| async move {
        c.workflow_1_0()
            .copy_process(CopyProcessInput {
                source_corp_id: "ding5a1c8e7f3b2d9046",
                source_process_vo_list: vec![WorkflowCopyProcessRequestSourceProcessVoList {
                    biz_type: None,
                    name: Some("Leave".into()),
                    process_code: PROCESS.into(),
                }],
            })
            .copy_options(WorkflowCopyProcessRequestCopyOptions { copy_type: Some(1) })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_CopyProcess");
    assert_eq!(
        copied.result.unwrap()[0].process_code.as_deref(),
        Some("PROC-9H2J4K6L-8M1N3P5Q7R9S2T4U6V8W-X1Y3Z5A7-2")
    );

    let (request, cleaned) = exchange("workflow_CleanProcessData", |c| async move {
        c.workflow_1_0()
            .clean_process_data(CleanProcessDataInput {
                corp_id: "ding5a1c8e7f3b2d9046",
                process_code: PROCESS,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_CleanProcessData");
    assert_eq!(cleaned.success, Some(true));
}

#[tokio::test]
async fn template_groups() {
    let (request, group) = exchange("workflow_InsertOrUpdateDir", |c| async move {
        c.workflow_1_0()
            .insert_or_update_dir(InsertOrUpdateDirInput {
                name18n: "Purchasing",
                operate_user_id: ORIGINATOR,
            })
            .name("Purchasing")
            .description("Requests handled by the purchasing system.")
            .biz_group("purchasing")
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_InsertOrUpdateDir");
    assert_eq!(group.result.unwrap().dir_id.as_deref(), Some("8214"));

    let (request, deleted) = exchange("workflow_DeleteDir", |c| async move {
        c.workflow_1_0()
            .delete_dir(ORIGINATOR)
            .dir_id("8214")
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_DeleteDir");
    assert_eq!(deleted.success, Some(true));

    let (request, group) = exchange("workflow_PremiumInsertOrUpdateDir", |c| async move {
        c.workflow_1_0()
            .premium_insert_or_update_dir(PremiumInsertOrUpdateDirInput {
                biz_group: "purchasing",
                name: "Purchasing",
                name18n: "Purchasing",
                operate_user_id: ORIGINATOR,
            })
            .description("Requests handled by the purchasing system.")
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_PremiumInsertOrUpdateDir");
    assert_eq!(
        group.result.unwrap().biz_group.as_deref(),
        Some("purchasing")
    );

    let (request, deleted) = exchange("workflow_PremiumDelDir", |c| async move {
        c.workflow_1_0()
            .premium_del_dir(PremiumDelDirInput {
                dir_id: "8214",
                operate_user_id: ORIGINATOR,
            })
            .send()
            .await
    })
    .await;
    check_query_example(&request, "workflow_PremiumDelDir");
    assert_eq!(deleted.success, Some(true));
}

#[tokio::test]
async fn premium_appended_and_sent_back_tasks() {
    let (request, appended) = exchange("workflow_PremiumAppendTask", |c| async move {
        c.workflow_1_0()
            .premium_append_task(PremiumAppendTaskInput {
                activate_type: "ONE_BY_ONE",
                appender_user_ids: vec![COPIED.into()],
                operate_user_id: APPROVER,
                process_instance_id: INSTANCE,
                task_id: TASK,
                r#type: "after",
            })
            .remark("Please check the dates too.")
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_PremiumAppendTask");
    assert_eq!(appended.result, Some(true));

    let (request, reverted) = exchange("workflow_PremiumRevertTask", |c| async move {
        c.workflow_1_0()
            .premium_revert_task(PremiumRevertTaskInput {
                operate_user_id: APPROVER,
                process_instance_id: INSTANCE,
                revert_action: "RESTART",
                target_activity_id: "8a3c_1f2e",
                task_id: TASK,
            })
            .remark("The reason is missing.")
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_PremiumRevertTask");
    assert_eq!(reverted.result, Some(true));
}

#[tokio::test]
async fn premium_data_forms() {
    let (request, saved) = exchange("workflow_PremiumSaveForm", |c| async move {
        c.workflow_1_0()
            .premium_save_form(PremiumSaveFormInput {
                form_components: vec![WorkflowFormComponent {
                    children: None,
                    component_type: "TextField".into(),
                    props: WorkflowFormComponentProps {
                        component_id: Some("TextField_6HJ2K9LQ".into()),
                        label: Some("Visitor".into()),
                        required: Some(true),
                        ..Default::default()
                    },
                }],
                name: "Visitors",
                user_id: ORIGINATOR,
            })
            .description("Who came to the office.")
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_PremiumSaveForm");
    assert_eq!(saved.result.unwrap().process_code, DATA_FORM);

    let (request, added) = exchange("workflow_PremiumSaveFormInstance", |c| async move {
        c.workflow_1_0()
            .premium_save_form_instance(PremiumSaveFormInstanceInput {
                form_component_value_list: vec![
                    WorkflowPremiumSaveFormInstanceRequestFormComponentValueList {
                        biz_alias: None,
                        component_type: None,
                        details: None,
                        ext_value: None,
                        id: None,
                        name: "Visitor".into(),
                        value: "Wang Fang".into(),
                    },
                ],
                originator_user_id: ORIGINATOR,
                process_code: DATA_FORM,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_PremiumSaveFormInstance");
    assert_eq!(added.instance_id, DATA_ENTRY);

    let (request, changed) = exchange("workflow_PremiumUpdateFormInstance", |c| async move {
        c.workflow_1_0()
            .premium_update_form_instance(PremiumUpdateFormInstanceInput {
                form_component_value_list: vec![
                    WorkflowPremiumUpdateFormInstanceRequestFormComponentValueList {
                        biz_alias: None,
                        component_type: None,
                        details: None,
                        ext_value: None,
                        id: None,
                        name: "Visitor".into(),
                        value: "Wang Fang and Zhao Lei".into(),
                    },
                ],
                originator_user_id: ORIGINATOR,
                process_code: DATA_FORM,
            })
            .form_instance_ids(vec![DATA_ENTRY.into()])
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_PremiumUpdateFormInstance");
    assert_eq!(changed.instance_id.as_deref(), Some(DATA_ENTRY));

    let (request, deleted) = exchange("workflow_PremiumDeleteFormInstance", |c| async move {
        c.workflow_1_0()
            .premium_delete_form_instance(DATA_FORM)
            .user_id(ORIGINATOR)
            .form_instance_ids(vec![DATA_ENTRY.into()])
            .send()
            .await
    })
    .await;
    check_example(&request, "workflow_PremiumDeleteFormInstance");
    assert_eq!(deleted.success.as_deref(), Some("true"));
}

/// A server answering `operation_id`'s documented error example `name`.
async fn failing(operation_id: &str, name: &str) -> MockServer {
    let example = error_examples(operation_id)
        .into_iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("{operation_id} documents no {name}"));
    server(ResponseTemplate::new(example.status).set_body_json(example.body)).await
}

async fn comment_error(server: &MockServer) -> dingtalk::Error<AddProcessInstanceComment> {
    client(server)
        .workflow_1_0()
        .add_process_instance_comment(AddProcessInstanceCommentInput {
            comment_user_id: ORIGINATOR,
            process_instance_id: INSTANCE,
            text: "A comment.",
        })
        .send()
        .await
        .unwrap_err()
}

#[tokio::test]
async fn documented_error_codes_are_typed() {
    let server = failing(
        "workflow_AddProcessInstanceComment",
        "aflowProcessInstNotExist",
    )
    .await;
    let error = comment_error(&server).await;
    assert_eq!(error.code(), Some(ErrorCode::AflowProcessInstNotExist));
    assert_eq!(
        error.request_id(),
        Some("0A1B2C3D-0083-4000-8000-000000000003")
    );
    assert_eq!(error.as_api().unwrap().status.as_u16(), 400);

    let server = failing(
        "workflow_AddProcessInstanceComment",
        "invalidInstanceCommentText",
    )
    .await;
    let error = comment_error(&server).await;
    assert_eq!(error.code(), Some(ErrorCode::InvalidInstanceCommentText));

    let server = failing("workflow_AddProcessInstanceComment", "systemError").await;
    let error = comment_error(&server).await;
    assert_eq!(error.code(), Some(ErrorCode::SystemError));
    assert_eq!(error.as_api().unwrap().status.as_u16(), 500);
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        1,
        "a comment is not repeated"
    );
}

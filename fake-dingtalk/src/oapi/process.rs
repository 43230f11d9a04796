//! Legacy approvals (`oapi_process`): approvals started from the template
//! [`PROCESS_CODE`] by users of the contact book, read back, listed by
//! template and time in pages, and terminated while running.

use axum::extract::State;
use dingtalk::oapi_process::*;

use super::{fail, now_millis, ok_message, request_id, split_list, Answer, Call, Failure, St};

/// The code of the approval template the fake knows ("Leave request").
pub const PROCESS_CODE: &str = "PROC-FAKE-LEAVE";

/// The most ids a page of `process_ListInstanceIds` holds.
const MAX_PAGE: i64 = 20;

/// An approval.
#[derive(Debug, Clone)]
struct Approval {
    id: String,
    originator: String,
    created: i64,
    instance: ProcessInstance,
}

/// The approvals, in the order they were started.
#[derive(Debug, Default)]
pub(crate) struct Approvals {
    list: Vec<Approval>,
}

fn time(millis: i64) -> ProcessTime {
    let at = chrono::DateTime::from_timestamp_millis(millis).unwrap_or_default();
    ProcessTime::Variant0(at.format("%Y-%m-%d %H:%M:%S").to_string())
}

fn template(code: &str) -> Result<(), Failure> {
    if code == PROCESS_CODE {
        Ok(())
    } else {
        Err(fail(
            40035,
            format!("no approval template has process_code {code}"),
        ))
    }
}

pub(crate) async fn create(
    State(state): St,
    Call(request): Call<ProcessInstanceCreateRequest>,
) -> Answer {
    if let Err(failure) = template(&request.process_code) {
        return failure.into();
    }
    let mut data = state.data();
    let serial = data.id();
    let contacts = &data.oapi.contacts;
    let Some(originator) = contacts.users.get(&request.originator_user_id) else {
        return fail(
            60121,
            format!("no user with userid {}", request.originator_user_id),
        )
        .into();
    };
    let dept = if request.dept_id == -1 {
        super::contacts::ROOT
    } else {
        request.dept_id
    };
    let Some(department) = contacts.departments.get(&dept) else {
        return fail(60003, format!("department {} not found", request.dept_id)).into();
    };
    let approvers: Vec<String> = match &request.approvers_v2 {
        Some(steps) => steps.iter().flat_map(|s| s.user_ids.clone()).collect(),
        None => split_list(request.approvers.as_deref()),
    };
    let cc = split_list(request.cc_list.as_deref());
    if let Some(unknown) = approvers
        .iter()
        .chain(&cc)
        .find(|u| !contacts.users.contains_key(*u))
    {
        return fail(60121, format!("no user with userid {unknown}")).into();
    }
    let now = now_millis();
    let id = format!("fake-proc-{serial}");
    let instance = ProcessInstance {
        title: Some(format!("Leave request from {}", originator.name)),
        create_time: Some(time(now)),
        originator_userid: Some(originator.userid.clone()),
        originator_dept_id: Some(request.dept_id.to_string()),
        originator_dept_name: Some(department.name.clone()),
        status: Some(ProcessInstanceStatus::Running),
        approver_userids: Some(approvers.clone()),
        cc_userids: Some(cc),
        business_id: Some(format!("{serial:012}")),
        operation_records: Some(vec![ProcessOperationRecord {
            userid: Some(originator.userid.clone()),
            date: Some(time(now)),
            operation_type: Some("START_PROCESS_INSTANCE".into()),
            operation_result: Some("NONE".into()),
            ..Default::default()
        }]),
        tasks: Some(
            approvers
                .iter()
                .enumerate()
                .map(|(n, userid)| ProcessTask {
                    taskid: Some(format!("{serial}{n:02}")),
                    userid: Some(userid.clone()),
                    task_status: Some(if n == 0 { "RUNNING" } else { "NEW" }.into()),
                    create_time: Some(time(now)),
                    activity_id: Some(format!("step-{}", n + 1)),
                    ..Default::default()
                })
                .collect(),
        ),
        biz_action: Some("NONE".into()),
        attached_process_instance_ids: Some(Vec::new()),
        form_component_values: Some(
            request
                .form_component_values
                .iter()
                .enumerate()
                .map(|(n, field)| ProcessInstanceFormComponentValuesItem {
                    name: Some(field.name.clone()),
                    value: Some(match &field.value {
                        FormComponentValueValue::Variant0(text) => text.clone(),
                        FormComponentValueValue::Variant1(values) => {
                            serde_json::to_string(values).unwrap_or_default()
                        }
                    }),
                    ext_value: field.ext_value.clone(),
                    id: Some(format!("field-{n}")),
                    component_type: Some("TextField".into()),
                })
                .collect(),
        ),
        ..Default::default()
    };
    let originator = originator.userid.clone();
    data.oapi.approvals.list.push(Approval {
        id: id.clone(),
        originator,
        created: now,
        instance,
    });
    Answer::ok(ProcessInstanceCreateResponse {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
        process_instance_id: Some(id),
    })
}

fn find<'a>(approvals: &'a mut Approvals, id: &str) -> Result<&'a mut Approval, Failure> {
    approvals
        .list
        .iter_mut()
        .find(|a| a.id == id)
        .ok_or_else(|| fail(40035, format!("no approval {id}")))
}

pub(crate) async fn get(State(state): St, Call(request): Call<ProcessInstanceIdRequest>) -> Answer {
    let mut data = state.data();
    match find(&mut data.oapi.approvals, &request.process_instance_id) {
        Ok(approval) => Answer::ok(ProcessInstanceGetResponse {
            errcode: 0,
            errmsg: ok_message(),
            request_id: Some(request_id()),
            process_instance: Some(approval.instance.clone()),
        }),
        Err(failure) => failure.into(),
    }
}

pub(crate) async fn list_ids(
    State(state): St,
    Call(request): Call<ProcessInstanceListIdsRequest>,
) -> Answer {
    if let Err(failure) = template(&request.process_code) {
        return failure.into();
    }
    let size = i64::from(request.size.unwrap_or(10));
    if !(1..=MAX_PAGE).contains(&size) {
        return fail(40035, format!("size must be between 1 and {MAX_PAGE}")).into();
    }
    let end = request.end_time.unwrap_or_else(now_millis);
    let users = split_list(request.userid_list.as_deref());
    let data = state.data();
    let ids: Vec<String> = data
        .oapi
        .approvals
        .list
        .iter()
        .filter(|a| a.created >= request.start_time && a.created <= end)
        .filter(|a| users.is_empty() || users.contains(&a.originator))
        .map(|a| a.id.clone())
        .collect();
    let (list, next_cursor) = super::contacts::page(&ids, request.cursor.unwrap_or(0), size);
    Answer::ok(ProcessInstanceListIdsResponse {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
        result: Some(ProcessInstanceListIdsResponseResult {
            list: Some(list),
            next_cursor,
        }),
    })
}

pub(crate) async fn terminate(
    State(state): St,
    Call(request): Call<ProcessInstanceTerminateRequest>,
) -> Answer {
    let request = request.request;
    if !request.is_system && request.operating_userid.as_deref().unwrap_or("").is_empty() {
        return fail(
            40035,
            "operating_userid is required when is_system is false",
        )
        .into();
    }
    let mut data = state.data();
    let approval = match find(&mut data.oapi.approvals, &request.process_instance_id) {
        Ok(approval) => approval,
        Err(failure) => return failure.into(),
    };
    let instance = &mut approval.instance;
    if instance.status != Some(ProcessInstanceStatus::Running) {
        return fail(40035, "only a running approval can be terminated").into();
    }
    let now = now_millis();
    instance.status = Some(ProcessInstanceStatus::Terminated);
    instance.finish_time = Some(time(now));
    for task in instance.tasks.iter_mut().flatten() {
        task.task_status = Some("CANCELED".into());
        task.finish_time = Some(time(now));
    }
    instance
        .operation_records
        .get_or_insert_with(Vec::new)
        .push(ProcessOperationRecord {
            userid: request.operating_userid.clone(),
            date: Some(time(now)),
            operation_type: Some("TERMINATE_PROCESS_INSTANCE".into()),
            operation_result: Some("NONE".into()),
            remark: request.remark.clone(),
            ..Default::default()
        });
    Answer::ok(ProcessInstanceTerminateResponse {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
        result: Some(true),
        success: Some(true),
    })
}

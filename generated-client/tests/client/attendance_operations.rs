//! Every `attendance_1_0` operation against a local server. Each test calls
//! the client with the inputs of the spec's request example, optional ones
//! included, and checks the request on the wire: method, path, the exact
//! query, the token header and the JSON body, which must equal the spec's
//! request example. The server answers with the spec's 200 example and the
//! test checks the typed result. Paged reads are followed across two pages
//! by hand (their cursors are not ones the client follows by itself), and a
//! rejected token is read as its `ErrorCode` variant.

use crate::common;

use std::collections::BTreeSet;

use common::*;
use dingtalk::attendance_1_0::*;
use serde_json::{json, Value};
use wiremock::matchers::{body_partial_json, method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

// The ids of the spec's examples.
const ADMIN: &str = "manager4220";
const USER: &str = "user1001";
const UNION_ID: &str = "iiiP35sJadDrDDqcrVsTBPQiEiE";
const LEAVE: &str = "d4edbc6b-7da0-4d3a-8ad0-8a0e3a2e4c15";
const GROUP_KEY: &str = "0151E0223B1EDDDF00DD6B7F72A1A917E876";
const GROUP_ID: i64 = 1043550172;
const CHAT: &str = "cid6KeBBLoveMJOGXoYKF5x7EeiodoA==";
const CORP: &str = "dinge8a565a51bd4a1c4";
const SHIFT: i64 = 677995086;
const PLAN: i64 = 144872188720;
const FORM: &str = "PROC-WM-7F3A21";

/// The spec's request example of `operation_id`, or one of its properties.
fn body(operation_id: &str) -> Value {
    let example = request_example(operation_id);
    assert!(!example.is_null(), "{operation_id} has no request example");
    example
}

/// A property of the request example, as the client's model of it.
macro_rules! part {
    ($operation_id:expr, $property:expr) => {
        serde_json::from_value(body($operation_id)[$property].clone())
            .unwrap_or_else(|err| panic!("{}.{}: {err}", $operation_id, $property))
    };
}

/// Checks a request of `operation_id`: the spec's method and path, exactly
/// the query pairs `query` (naming every documented query parameter), the
/// common headers, and, when the operation has a request example, a body
/// equal to it.
fn check(request: &Request, operation_id: &str, path: &str, query: &[(&str, &str)]) {
    let (template, spec_method, op) = operation(operation_id);
    assert_eq!(
        request.method.as_str(),
        spec_method,
        "{operation_id}: method"
    );
    assert_eq!(request.url.path(), path, "{operation_id}: path");
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
    let with_body = op.get("requestBody").is_some();
    assert_common_headers(request, with_body);
    if with_body {
        assert_eq!(
            json_body(request),
            body(operation_id),
            "{operation_id}: body"
        );
    }
}

/// Checks a request without query parameters at the spec's own path.
fn check_example(request: &Request, operation_id: &str) {
    let (template, _, _) = operation(operation_id);
    check(request, operation_id, &template, &[]);
}

/// The operations the tests below call, to compare with the spec's.
const TESTED: &[&str] = &[
    "attendance_AddLeaveType",
    "attendance_GetLeaveType",
    "attendance_UpdateLeaveType",
    "attendance_RetainLeaveTypes",
    "attendance_ReverseTrialAdvancedLeave",
    "attendance_InitAndGetLeaveALlocationQuotas",
    "attendance_UpdateVacationQuota",
    "attendance_GetLeaveRecords",
    "attendance_GetOverdraftInfo",
    "attendance_ReduceQuotaWithLeaveRecord",
    "attendance_DeleteLeaveRequest",
    "attendance_AttendanceBleDevicesAdd",
    "attendance_AttendanceBleDevicesQuery",
    "attendance_AttendanceBleDevicesRemove",
    "attendance_GroupAdd",
    "attendance_GroupUpdate",
    "attendance_GetSimpleGroups",
    "attendance_CheckWritePermission",
    "attendance_GetATManageScope",
    "attendance_GetMachine",
    "attendance_GetMachineUser",
    "attendance_ShiftAdd",
    "attendance_GetShift",
    "attendance_GetClassWithDeleted",
    "attendance_SyncScheduleInfo",
    "attendance_GetAdjustments",
    "attendance_GetSimpleOvertimeSetting",
    "attendance_GetOvertimeSetting",
    "attendance_BatchBossCheck",
    "attendance_CalculateDuration",
    "attendance_CreateApprove",
    "attendance_ProcessApproveCreate",
    "attendance_ProcessApproveFinish",
    "attendance_ListApproveByUsers",
    "attendance_CheckClosingAccount",
    "attendance_GetClosingAccounts",
    "attendance_GetColumnvals",
    "attendance_GetUserHolidays",
    "attendance_GetCheckinRecordByUser",
    "attendance_GetCheckInSchemaTemplate",
    "attendance_SaveCustomWaterMarkTemplate",
    "attendance_ModifyWaterMarkTemplate",
    "attendance_DeleteWaterMarkTemplate",
    "attendance_DingTalkSecurityCheck",
    "attendance_ProcessHhOemUpdate",
    "attendance_SalaryThirdDataIntegration",
];

#[test]
fn every_attendance_operation_is_tested() {
    let spec: BTreeSet<String> = operation_ids()
        .into_iter()
        .filter(|id| operation(id).2["tags"][0] == "attendance_1_0")
        .collect();
    let tested: BTreeSet<String> = TESTED.iter().map(|id| id.to_string()).collect();
    assert_eq!(spec, tested);
}

#[tokio::test]
async fn leave_rules() {
    let id = "attendance_AddLeaveType";
    let (request, added) = exchange(id, |c| async move {
        c.attendance_1_0()
            .add_leave_type(AddLeaveTypeInput {
                op_user_id: ADMIN,
                biz_type: "general_leave",
                hours_in_per_day: 800,
                leave_name: "Annual leave",
                leave_view_unit: "day",
                natural_day_leave: false,
            })
            .paid_leave(true)
            .freedom_leave(false)
            .when_can_leave("entry")
            .visibility_rules(part!(id, "visibilityRules"))
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/leaves/types",
        &[("opUserId", ADMIN)],
    );
    assert_eq!(added.result.leave_code.as_deref(), Some(LEAVE));
    assert_eq!(added.result.hours_in_per_day, Some(800));
    let rules = added.result.visibility_rules.unwrap();
    assert_eq!(rules[0].r#type.as_deref(), Some("dept"));
    assert_eq!(rules[0].visible, Some(vec!["1".to_owned()]));

    let id = "attendance_GetLeaveType";
    let (request, listed) = exchange(id, |c| async move {
        c.attendance_1_0()
            .get_leave_type(ADMIN)
            .vacation_source("inner")
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/leaves/types",
        &[("opUserId", ADMIN), ("vacationSource", "inner")],
    );
    assert_eq!(listed.result.len(), 2);
    assert_eq!(listed.result[1].biz_type.as_deref(), Some("lieu_leave"));
    assert_eq!(listed.result[1].validity_value.as_deref(), Some("12-31"));

    let id = "attendance_UpdateLeaveType";
    let (request, updated) = exchange(id, |c| async move {
        c.attendance_1_0()
            .update_leave_type(UpdateLeaveTypeInput {
                op_user_id: ADMIN,
                biz_type: "general_leave",
                leave_code: LEAVE,
                leave_view_unit: "halfDay",
            })
            .leave_name("Annual leave")
            .hours_in_per_day(750)
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/leaves/types",
        &[("opUserId", ADMIN)],
    );
    assert_eq!(updated.result.leave_view_unit.as_deref(), Some("halfDay"));
    assert_eq!(updated.result.freedom_leave, Some(false));

    let id = "attendance_RetainLeaveTypes";
    let (request, retained) = exchange(id, |c| async move {
        c.attendance_1_0()
            .retain_leave_types(1)
            .leave_codes(vec![LEAVE.into()])
            .op_user_id(ADMIN)
            .send()
            .await
    })
    .await;
    check_example(&request, id);
    let retained = retained.result.unwrap();
    assert_eq!(retained[0].leave_code.as_deref(), Some(LEAVE));
    assert_eq!(retained[0].paid_leave, Some(true));

    let id = "attendance_ReverseTrialAdvancedLeave";
    let (request, reversed) = exchange(id, |c| async move {
        c.attendance_1_0()
            .reverse_trial_advanced_leave()
            .op_user_id(ADMIN)
            .serv_code(1)
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/leaves/reverse",
        &[("opUserId", ADMIN), ("servCode", "1")],
    );
    assert_eq!(reversed.result, Some(true));
}

#[tokio::test]
async fn leave_balances_and_records() {
    let id = "attendance_InitAndGetLeaveALlocationQuotas";
    let (request, quotas) = exchange(id, |c| async move {
        c.attendance_1_0()
            .init_and_get_leave_a_llocation_quotas(InitAndGetLeaveALlocationQuotasInput {
                op_user_id: ADMIN,
                user_id: USER,
            })
            .leave_code(LEAVE)
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/leaves/initializations/balances",
        &[("opUserId", ADMIN), ("userId", USER), ("leaveCode", LEAVE)],
    );
    let quotas = quotas.result.unwrap();
    assert_eq!(quotas[0].quota_num_per_day, Some(1000));
    assert_eq!(quotas[0].quota_cycle.as_deref(), Some("2024"));

    let id = "attendance_UpdateVacationQuota";
    let (request, updated) = exchange(id, |c| async move {
        c.attendance_1_0()
            .update_vacation_quota(ADMIN)
            .body(serde_json::from_value(body(id)).unwrap())
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/leaves/quota",
        &[("opUserId", ADMIN)],
    );
    let failed = updated.result.unwrap();
    assert_eq!(
        failed[0].quota.as_ref().unwrap().user_id.as_deref(),
        Some("user1002")
    );

    let id = "attendance_GetLeaveRecords";
    let (request, records) = exchange(id, |c| async move {
        c.attendance_1_0()
            .get_leave_records(GetLeaveRecordsInput {
                leave_code: LEAVE,
                op_user_id: ADMIN,
                page_number: 1,
                page_size: 50,
                user_ids: vec![USER.into()],
            })
            .send()
            .await
    })
    .await;
    check_example(&request, id);
    let page = records.result.unwrap();
    assert_eq!(page.has_more, Some(false));
    let record = &page.leave_records.unwrap()[0];
    assert_eq!(record.record_num_per_day, Some(100));
    assert_eq!(record.leave_record_type.as_deref(), Some("leave"));

    let id = "attendance_GetOverdraftInfo";
    let (request, overdraft) = exchange(id, |c| async move {
        c.attendance_1_0()
            .get_overdraft_info(GetOverdraftInfoInput {
                leave_code: LEAVE,
                user_id_list: vec![USER.into()],
            })
            .send()
            .await
    })
    .await;
    check_example(&request, id);
    let overdraft = overdraft.overdraft_list.unwrap();
    assert_eq!(overdraft[0].overdraft, Some(50));
    assert_eq!(overdraft[0].unit.as_deref(), Some("day"));

    let id = "attendance_ReduceQuotaWithLeaveRecord";
    let (request, reduced) = exchange(id, |c| async move {
        c.attendance_1_0()
            .reduce_quota_with_leave_record(ReduceQuotaWithLeaveRecordInput {
                union_id: UNION_ID,
                end_time: 1_710_201_599_000,
                leave_code: LEAVE,
                outer_id: "leave-2024-0311-0042",
                quota_num: 100,
                start_time: 1_710_115_200_000,
            })
            .reason("Family trip")
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        &format!("/v1.0/attendance/users/{UNION_ID}/vacations/records/modify"),
        &[],
    );
    assert_eq!(reduced.result, Some(true));

    let id = "attendance_DeleteLeaveRequest";
    let (request, revoked) = exchange(id, |c| async move {
        c.attendance_1_0()
            .delete_leave_request(DeleteLeaveRequestInput {
                union_id: UNION_ID,
                outer_id: "leave-2024-0311-0042",
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        &format!("/v1.0/attendance/users/{UNION_ID}/vacations/records/revoke"),
        &[],
    );
    assert_eq!(revoked.success, Some(true));
}

#[tokio::test]
async fn leave_records_are_read_page_by_page() {
    let server = MockServer::start().await;
    let at = "/v1.0/attendance/vacations/records/query";
    Mock::given(method("POST"))
        .and(path(at))
        .and(body_partial_json(json!({"pageNumber": 2})))
        .respond_with(ok(
            json!({"success": true, "result": {"hasMore": false, "leaveRecords": [
                {"recordId": "second", "userId": USER, "leaveCode": LEAVE}
            ]}}),
        ))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(at))
        .and(body_partial_json(json!({"pageNumber": 1})))
        .respond_with(ok(
            json!({"success": true, "result": {"hasMore": true, "leaveRecords": [
                {"recordId": "first", "userId": USER, "leaveCode": LEAVE}
            ]}}),
        ))
        .mount(&server)
        .await;
    let attendance = client(&server).attendance_1_0();
    let mut records = Vec::new();
    for page_number in 1.. {
        let page = attendance
            .get_leave_records(GetLeaveRecordsInput {
                leave_code: LEAVE,
                op_user_id: ADMIN,
                page_number,
                page_size: 1,
                user_ids: vec![USER.into()],
            })
            .send()
            .await
            .unwrap()
            .result
            .unwrap();
        records.extend(
            page.leave_records
                .unwrap()
                .into_iter()
                .map(|r| r.record_id.unwrap()),
        );
        if page.has_more != Some(true) {
            break;
        }
    }
    assert_eq!(records, ["first", "second"]);
    let requests = server.received_requests().await.unwrap();
    let pages: Vec<Value> = requests
        .iter()
        .map(|r| json_body(r)["pageNumber"].clone())
        .collect();
    assert_eq!(pages, [json!(1), json!(2)]);
}

#[tokio::test]
async fn bluetooth_devices() {
    let id = "attendance_AttendanceBleDevicesAdd";
    let (request, added) = exchange(id, |c| async move {
        c.attendance_1_0()
            .attendance_ble_devices_add(AttendanceBleDevicesAddInput {
                device_id_list: vec![100_023_451, 100_023_452],
                group_key: GROUP_KEY,
            })
            .op_user_id(ADMIN)
            .send()
            .await
    })
    .await;
    check_example(&request, id);
    assert_eq!(
        added.success_list.unwrap()[0].sn.as_deref(),
        Some("BLE2208A0001")
    );
    let errors = added.error_list.unwrap();
    assert_eq!(errors[0].code.as_deref(), Some("device.not.found"));
    assert_eq!(
        errors[0].failure_list.as_ref().unwrap()[0].device_id,
        Some(100_023_452)
    );

    let id = "attendance_AttendanceBleDevicesQuery";
    let (request, listed) = exchange(id, |c| async move {
        c.attendance_1_0()
            .attendance_ble_devices_query(GROUP_KEY)
            .op_user_id(ADMIN)
            .send()
            .await
    })
    .await;
    check_example(&request, id);
    assert_eq!(listed.result.unwrap()[0].device_id, Some(100_023_451));

    let id = "attendance_AttendanceBleDevicesRemove";
    let (request, removed) = exchange(id, |c| async move {
        c.attendance_1_0()
            .attendance_ble_devices_remove(AttendanceBleDevicesRemoveInput {
                device_id_list: vec![100_023_451],
                group_key: GROUP_KEY,
            })
            .op_user_id(ADMIN)
            .send()
            .await
    })
    .await;
    check_example(&request, id);
    assert_eq!(removed.success_list, Some(vec![100_023_451]));
    assert_eq!(removed.error_list, Some(vec![]));
}

#[tokio::test]
async fn attendance_groups_and_scopes() {
    let id = "attendance_GroupAdd";
    let (request, added) = exchange(id, |c| async move {
        c.attendance_1_0()
            .group_add(GroupAddInput {
                op_user_id: ADMIN,
                group_name: "Head office",
                r#type: "FIXED",
            })
            .default_class_id(SHIFT)
            .workday_class_list(vec![SHIFT, SHIFT, SHIFT, SHIFT, SHIFT, 0, 0])
            .members(part!(id, "members"))
            .manager_list(vec![ADMIN.into()])
            .owner(ADMIN)
            .positions(part!(id, "positions"))
            .wifis(part!(id, "wifis"))
            .enable_outside_check(true)
            .skip_holidays(true)
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/groups",
        &[("opUserId", ADMIN)],
    );
    assert_eq!(added.result.unwrap().id, Some(GROUP_ID));

    let id = "attendance_GroupUpdate";
    let (request, updated) = exchange(id, |c| async move {
        c.attendance_1_0()
            .group_update(ADMIN)
            .group_id(GROUP_ID)
            .group_name("Head office")
            .workday_class_list(vec![SHIFT, SHIFT, SHIFT, SHIFT, SHIFT, SHIFT, 0])
            .enable_camera_check(true)
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/groups",
        &[("opUserId", ADMIN)],
    );
    assert_eq!(updated.result.unwrap().name.as_deref(), Some("Head office"));

    let id = "attendance_GetSimpleGroups";
    let (request, groups) = exchange(id, |c| async move {
        c.attendance_1_0()
            .get_simple_groups(GetSimpleGroupsInput {
                max_results: 10,
                next_token: 0,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/groupDetails",
        &[("maxResults", "10"), ("nextToken", "0")],
    );
    let page = groups.result.unwrap();
    assert_eq!(page.has_more, Some(false));
    let group = &page.groups.unwrap()[0];
    assert_eq!(group.group_id, Some(GROUP_ID));
    let class = &group.selected_class.as_ref().unwrap()[0];
    assert_eq!(
        class
            .setting
            .as_ref()
            .unwrap()
            .is_off_duty_free_check
            .as_deref(),
        Some("N")
    );

    let id = "attendance_CheckWritePermission";
    let (request, permissions) = exchange(id, |c| async move {
        c.attendance_1_0()
            .check_write_permission(CheckWritePermissionInput {
                category: "group",
                entity_ids: vec![GROUP_ID, 1_043_550_173],
                op_user_id: ADMIN,
                resource_key: "attendance_group_edit",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, id);
    assert_eq!(
        permissions.entity_permission_map.get("1043550172"),
        Some(&true)
    );
    assert_eq!(
        permissions.entity_permission_map.get("1043550173"),
        Some(&false)
    );

    let id = "attendance_GetATManageScope";
    let (request, scope) = exchange(id, |c| async move {
        c.attendance_1_0()
            .get_at_manage_scope(GetAtManageScopeInput {
                max_results: 50,
                next_token: "0",
                user_id: ADMIN,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/manageScopes",
        &[("maxResults", "50"), ("nextToken", "0"), ("userId", ADMIN)],
    );
    let scope = &scope.result.unwrap()[0];
    assert_eq!(scope.manage_scope, "partial");
    assert!(!scope.has_more);
    assert_eq!(scope.user_ids.as_ref().unwrap()[0], USER);
}

#[tokio::test]
async fn attendance_machines() {
    let id = "attendance_GetMachine";
    let (request, machine) = exchange(id, |c| async move {
        c.attendance_1_0().get_machine("1260813").send().await
    })
    .await;
    check(&request, id, "/v1.0/attendance/machines/1260813", &[]);
    assert_eq!(machine.result.dev_id, 1_260_813);
    assert_eq!(machine.result.device_sn, "Q3FE202200123");
    assert_eq!(machine.result.machine_bluetooth_vo.user_device_count, 1);
    assert_eq!(machine.result.atm_manager_list, [ADMIN]);

    let id = "attendance_GetMachineUser";
    let (request, users) = exchange(id, |c| async move {
        c.attendance_1_0()
            .get_machine_user(GetMachineUserInput {
                dev_id: "1260813",
                max_results: 20,
                next_token: "0",
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/machines/getUser/1260813",
        &[("maxResults", "20"), ("nextToken", "0")],
    );
    assert!(users.result.has_more);
    assert_eq!(users.result.next_token, "MTAw");
    assert_eq!(users.result.user_list[0].user_id, USER);
    assert!(users.result.user_list[0].has_face);
}

#[tokio::test]
async fn machine_users_are_read_across_pages() {
    let server = MockServer::start().await;
    let at = "/v1.0/attendance/machines/getUser/1260813";
    Mock::given(method("GET"))
        .and(path(at))
        .and(query_param("nextToken", "MTAw"))
        .respond_with(ok(json!({"result": {
            "hasMore": false, "nextToken": "",
            "userList": [{"userId": "user1002", "name": "Han Meimei", "hasFace": false}]
        }})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(at))
        .respond_with(ok(response_example("attendance_GetMachineUser")))
        .mount(&server)
        .await;
    let machines = client(&server).attendance_1_0();
    let mut cursor = "0".to_owned();
    let mut people = Vec::new();
    loop {
        let page = machines
            .get_machine_user(GetMachineUserInput {
                dev_id: "1260813",
                max_results: 1,
                next_token: &cursor,
            })
            .send()
            .await
            .unwrap()
            .result;
        people.extend(page.user_list.into_iter().map(|user| user.user_id));
        if !page.has_more {
            break;
        }
        cursor = page.next_token;
    }
    assert_eq!(people, [USER, "user1002"]);
    let requests = server.received_requests().await.unwrap();
    let cursors: Vec<String> = requests
        .iter()
        .map(|r| {
            r.url
                .query_pairs()
                .find(|(k, _)| k == "nextToken")
                .unwrap()
                .1
                .into_owned()
        })
        .collect();
    assert_eq!(cursors, ["0", "MTAw"]);
}

#[tokio::test]
async fn shifts_and_schedules() {
    let id = "attendance_ShiftAdd";
    let (request, added) = exchange(id, |c| async move {
        let setting: AttendanceShiftAddRequestSetting = part!(id, "setting");
        c.attendance_1_0()
            .shift_add(ShiftAddInput {
                op_user_id: ADMIN,
                name: "Day shift",
                sections: part!(id, "sections"),
            })
            .setting(setting)
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/shifts",
        &[("opUserId", ADMIN)],
    );
    assert_eq!(added.result.unwrap().shift_id, Some(SHIFT));

    let id = "attendance_GetShift";
    let (request, shift) = exchange(id, |c| async move {
        c.attendance_1_0()
            .get_shift(SHIFT)
            .op_user_id(ADMIN)
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/shifts",
        &[("opUserId", ADMIN), ("shiftId", "677995086")],
    );
    let shift = shift.result.unwrap();
    assert_eq!(shift.name.as_deref(), Some("Day shift"));
    let section = &shift.sections.unwrap()[0];
    let punches = section.punches.as_ref().unwrap();
    assert_eq!(punches[0].check_type.as_deref(), Some("OnDuty"));
    assert_eq!(punches[0].permit_minutes, Some(5));
    assert_eq!(shift.shift_setting.unwrap().work_time_minutes, Some(480));

    let id = "attendance_GetClassWithDeleted";
    let (request, class) = exchange(id, |c| async move {
        c.attendance_1_0()
            .get_class_with_deleted("677995086")
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/classWithDeleted/677995086",
        &[],
    );
    let class = class.result.unwrap();
    assert_eq!(class.class_id, Some(SHIFT));
    assert_eq!(class.work_days, Some(vec![1, 2, 3, 4, 5]));
    let rest = &class.class_setting.unwrap().rest_time_list.unwrap()[0];
    assert_eq!(
        rest.begin.as_ref().unwrap().check_time.as_deref(),
        Some("2024-03-11 12:00:00")
    );

    let id = "attendance_SyncScheduleInfo";
    let server = server(ResponseTemplate::new(200)).await;
    client(&server)
        .attendance_1_0()
        .sync_schedule_info(SyncScheduleInfoInput {
            op_user_id: ADMIN,
            schedule_infos: part!(id, "scheduleInfos"),
        })
        .send()
        .await
        .unwrap();
    check_example(&only_request(&server).await, id);
    assert_eq!(body(id)["scheduleInfos"][0]["planId"], PLAN);
}

#[tokio::test]
async fn overtime_and_make_up_rules() {
    let id = "attendance_GetAdjustments";
    let (request, adjustments) = exchange(id, |c| async move {
        c.attendance_1_0()
            .get_adjustments(GetAdjustmentsInput {
                page_number: 1,
                page_size: 20,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/adjustments",
        &[("pageNumber", "1"), ("pageSize", "20")],
    );
    let page = adjustments.result.unwrap();
    assert_eq!(page.total_page, Some(1));
    assert_eq!(page.items.unwrap()[0].setting_id, Some(1201));

    let id = "attendance_GetSimpleOvertimeSetting";
    let (request, settings) = exchange(id, |c| async move {
        c.attendance_1_0()
            .get_simple_overtime_setting(GetSimpleOvertimeSettingInput {
                page_number: 1,
                page_size: 20,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/overtimeSettings",
        &[("pageNumber", "1"), ("pageSize", "20")],
    );
    assert_eq!(
        settings.result.unwrap().items.unwrap()[0].id,
        Some(9_100_231)
    );

    let id = "attendance_GetOvertimeSetting";
    let (request, settings) = exchange(id, |c| async move {
        c.attendance_1_0()
            .get_overtime_setting()
            .overtime_setting_ids(vec![9_100_231])
            .send()
            .await
    })
    .await;
    check_example(&request, id);
    let setting = &settings.result[0];
    assert_eq!(setting.id, 9_100_231);
    assert_eq!(setting.step_value, Some(0.5));
    assert_eq!(
        setting.overtime_divisions.as_ref().unwrap()[0]
            .time_split_point
            .as_deref(),
        Some("06:00")
    );
}

#[tokio::test]
async fn results_durations_and_approvals() {
    let id = "attendance_BatchBossCheck";
    let (request, changed) = exchange(id, |c| async move {
        c.attendance_1_0()
            .batch_boss_check(ADMIN)
            .models(part!(id, "models"))
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/results/batch",
        &[("opUserId", ADMIN)],
    );
    assert!(changed.result);
    assert_eq!(body(id)["models"][0]["planId"], PLAN);

    let id = "attendance_CalculateDuration";
    let (request, duration) = exchange(id, |c| async move {
        c.attendance_1_0()
            .calculate_duration()
            .user_id(USER)
            .biz_type(3)
            .leave_code(LEAVE)
            .from_time("2024-03-11")
            .to_time("2024-03-12")
            .duration_unit("day")
            .calculate_model(1)
            .time_zone_id("Asia/Shanghai")
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/approvals/durations/calculate",
        &[("userId", USER)],
    );
    let duration = duration.result.unwrap();
    assert_eq!(duration.duration, Some(2.0));
    assert_eq!(duration.duration_detail.unwrap().len(), 2);

    let id = "attendance_CreateApprove";
    let (request, created) = exchange(id, |c| async move {
        let punch: AttendanceCreateApproveRequestPunchParam = part!(id, "punchParam");
        c.attendance_1_0()
            .create_approve(USER)
            .op_userid(ADMIN)
            .approve_id("PROC-2024031100012")
            .tag_name("Punch")
            .sub_type("missing_punch")
            .punch_param(punch)
            .send()
            .await
    })
    .await;
    check_example(&request, id);
    assert_eq!(
        created.dingtalk_approve_id.as_deref(),
        Some("a5b0d4e2-2c7f-4a8b-9e1d-0f3c6b8a7e21")
    );

    let id = "attendance_ProcessApproveCreate";
    let (request, created) = exchange(id, |c| async move {
        c.attendance_1_0()
            .process_approve_create(ProcessApproveCreateInput {
                approve_id: "PROC-2024031100013",
                op_user_id: ADMIN,
                punch_param: part!(id, "punchParam"),
                sub_type: "missing_punch",
                tag_name: "Punch",
                user_id: USER,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, id);
    assert_eq!(
        created.result.unwrap().dingtalk_approve_id,
        "b6c1e5f3-3d80-4b9c-8f2e-1a4d7c9b8f32"
    );

    let id = "attendance_ProcessApproveFinish";
    let (request, finished) = exchange(id, |c| async move {
        let param: AttendanceProcessApproveFinishRequestTopCalculateApproveDurationParam =
            part!(id, "topCalculateApproveDurationParam");
        c.attendance_1_0()
            .process_approve_finish()
            .user_id(USER)
            .approve_id("PROC-2024031100012")
            .tag_name("Leave")
            .sub_type("Annual leave")
            .jump_url(
                "https://aflow.dingtalk.com/dingtalk/mobile/homepage.htm#/approval?procInstId=PROC-2024031100012",
            )
            .top_calculate_approve_duration_param(param)
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/approvals/finish",
        &[("userId", USER)],
    );
    assert_eq!(finished.result.unwrap().duration, Some(2.0));

    let id = "attendance_ListApproveByUsers";
    let (request, approvals) = exchange(id, |c| async move {
        c.attendance_1_0()
            .list_approve_by_users()
            .user_ids("user1001,user1002")
            .biz_types(vec![3])
            .from_date_time(1_709_251_200_000)
            .to_date_time(1_711_929_599_000)
            .send()
            .await
    })
    .await;
    check_example(&request, id);
    let approvals = approvals.result.unwrap();
    assert_eq!(
        approvals[0].approve_id.as_deref(),
        Some("PROC-2024031100012")
    );
    assert_eq!(approvals[0].biz_type, Some(3));
}

#[tokio::test]
async fn closing_reports_holidays_and_sign_ins() {
    let id = "attendance_CheckClosingAccount";
    let (request, closing) = exchange(id, |c| async move {
        c.attendance_1_0()
            .check_closing_account(CheckClosingAccountInput {
                biz_code: "hrm_leave",
                user_ids: vec![ADMIN.into(), USER.into()],
                user_time_range: part!(id, "userTimeRange"),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, id);
    assert!(closing.pass);
    assert_eq!(closing.mesage, "ok");

    let id = "attendance_GetClosingAccounts";
    let (request, rules) = exchange(id, |c| async move {
        c.attendance_1_0()
            .get_closing_accounts(vec![USER.into()])
            .send()
            .await
    })
    .await;
    check_example(&request, id);
    let rule = &rules.result[0];
    assert!(rule.switch_on);
    assert_eq!(rule.closing_account_model.closing_day, 28);
    assert_eq!(rule.closing_account_model.start_month, -1);
    assert_eq!(
        rule.unseal_closing_account_model.invalid_time_stamp,
        1_711_900_800_000
    );

    let id = "attendance_GetColumnvals";
    let (request, columns) = exchange(id, |c| async move {
        c.attendance_1_0()
            .get_columnvals(GetColumnvalsInput {
                column_id_list: vec!["161003".into(), "161004".into()],
                from_date: 1_709_251_200_000,
                to_date: 1_709_856_000_000,
                user_ids: vec![USER.into()],
            })
            .send()
            .await
    })
    .await;
    check_example(&request, id);
    let data = columns.result.unwrap()[0].column_data.clone().unwrap();
    assert_eq!(
        data[0].column_values.as_ref().unwrap()[0].value.as_deref(),
        Some("8.0")
    );
    assert_eq!(data[1].fixed_value.as_deref(), Some("Engineering"));

    let id = "attendance_GetUserHolidays";
    let (request, holidays) = exchange(id, |c| async move {
        c.attendance_1_0()
            .get_user_holidays(GetUserHolidaysInput {
                user_ids: vec![USER.into()],
                work_date_from: 1_704_038_400_000,
                work_date_to: 1_706_716_799_000,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, id);
    let holidays = holidays.result.unwrap()[0].holidays.clone().unwrap();
    assert_eq!(holidays[0].holiday_type.as_deref(), Some("festival"));

    let id = "attendance_GetCheckinRecordByUser";
    let (request, records) = exchange(id, |c| async move {
        c.attendance_1_0()
            .get_checkin_record_by_user(GetCheckinRecordByUserInput {
                end_time: 1_709_856_000_000,
                max_results: 100,
                next_token: 0,
                operator_user_id: ADMIN,
                start_time: 1_709_251_200_000,
                user_id_list: vec![USER.into()],
            })
            .send()
            .await
    })
    .await;
    check_example(&request, id);
    let page = records.result.unwrap();
    assert_eq!(page.next_token, Some(100));
    let record = &page.page_list.unwrap()[0];
    assert_eq!(record.visit_user.as_deref(), Some("Acme Ltd."));
    assert_eq!(
        record.custom_data_list.as_ref().unwrap()[0]
            .value
            .as_deref(),
        Some("Contract review")
    );
}

#[tokio::test]
async fn sign_in_records_are_read_across_pages() {
    let server = MockServer::start().await;
    let at = "/v1.0/attendance/checkin/records/query";
    Mock::given(method("POST"))
        .and(path(at))
        .and(body_partial_json(json!({"nextToken": 100})))
        .respond_with(ok(json!({"result": {"pageList": [
            {"userId": USER, "checkinTime": 1_709_359_200_000_i64, "place": "Head office"}
        ]}})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(at))
        .and(body_partial_json(json!({"nextToken": 0})))
        .respond_with(ok(response_example("attendance_GetCheckinRecordByUser")))
        .mount(&server)
        .await;
    let attendance = client(&server).attendance_1_0();
    let mut cursor = Some(0);
    let mut places = Vec::new();
    while let Some(next_token) = cursor {
        let page = attendance
            .get_checkin_record_by_user(GetCheckinRecordByUserInput {
                end_time: 1_709_856_000_000,
                max_results: 100,
                next_token,
                operator_user_id: ADMIN,
                start_time: 1_709_251_200_000,
                user_id_list: vec![USER.into()],
            })
            .send()
            .await
            .unwrap()
            .result
            .unwrap();
        places.extend(
            page.page_list
                .unwrap()
                .into_iter()
                .map(|r| r.place.unwrap()),
        );
        cursor = page.next_token;
    }
    assert_eq!(places, ["Xixi Park", "Head office"]);
    let requests = server.received_requests().await.unwrap();
    let cursors: Vec<Value> = requests
        .iter()
        .map(|r| json_body(r)["nextToken"].clone())
        .collect();
    assert_eq!(cursors, [json!(0), json!(100)]);
}

#[tokio::test]
async fn watermark_templates() {
    let id = "attendance_GetCheckInSchemaTemplate";
    let (request, templates) = exchange(id, |c| async move {
        c.attendance_1_0()
            .get_check_in_schema_template(GetCheckInSchemaTemplateInput {
                biz_code: "attendance",
                open_conversation_id: CHAT,
                user_id: ADMIN,
            })
            .scene_code("visit")
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/watermarks/templates",
        &[
            ("bizCode", "attendance"),
            ("openConversationId", CHAT),
            ("sceneCode", "visit"),
            ("userId", ADMIN),
        ],
    );
    let templates = templates.result.unwrap();
    assert_eq!(templates.custom_template_max_size, Some(10));
    let template = &templates.water_mark_template_models.unwrap()[0];
    assert_eq!(template.form_code.as_deref(), Some(FORM));
    assert_eq!(template.system_template, Some(false));

    let id = "attendance_SaveCustomWaterMarkTemplate";
    let (request, saved) = exchange(id, |c| async move {
        c.attendance_1_0()
            .save_custom_water_mark_template(SaveCustomWaterMarkTemplateInput {
                open_conversation_id: CHAT,
                user_id: ADMIN,
                biz_code: "attendance",
                icon: "location",
                layout_design_id: "layout_simple",
                scene_code: "visit",
                schema_content: r#"{"fields":["time","place"]}"#,
                title: "Site visit",
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/watermarks/templates",
        &[("openConversationId", CHAT), ("userId", ADMIN)],
    );
    let saved = saved.result.unwrap();
    assert_eq!(saved.form_code.as_deref(), Some(FORM));
    assert_eq!(saved.water_mark_id.as_deref(), Some("wm_5c2e9a"));

    let id = "attendance_ModifyWaterMarkTemplate";
    let (request, modified) = exchange(id, |c| async move {
        c.attendance_1_0()
            .modify_water_mark_template(ModifyWaterMarkTemplateInput {
                open_conversation_id: CHAT,
                user_id: ADMIN,
                form_code: FORM,
                schema_content: r#"{"fields":["time","place","remark"]}"#,
            })
            .water_mark_id("wm_5c2e9a")
            .title("Site visit")
            .icon("location")
            .layout_design_id("layout_simple")
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/watermarks/templates",
        &[("openConversationId", CHAT), ("userId", ADMIN)],
    );
    assert_eq!(modified.result.as_deref(), Some("success"));

    let id = "attendance_DeleteWaterMarkTemplate";
    let (request, deleted) = exchange(id, |c| async move {
        c.attendance_1_0()
            .delete_water_mark_template(DeleteWaterMarkTemplateInput {
                form_code: FORM,
                open_conversation_id: CHAT,
                system_template: false,
                user_id: ADMIN,
            })
            .form_content(r#"{"fields":["time","place"]}"#)
            .send()
            .await
    })
    .await;
    check(
        &request,
        id,
        "/v1.0/attendance/watermarks/templates",
        &[
            ("formCode", FORM),
            ("formContent", r#"{"fields":["time","place"]}"#),
            ("openConversationId", CHAT),
            ("systemTemplate", "false"),
            ("userId", ADMIN),
        ],
    );
    assert_eq!(deleted.result.as_deref(), Some("success"));
}

#[tokio::test]
async fn security_oem_and_payroll() {
    let id = "attendance_DingTalkSecurityCheck";
    let (request, checked) = exchange(id, |c| async move {
        c.attendance_1_0()
            .ding_talk_security_check(DingTalkSecurityCheckInput {
                client_ver: "7.5.10",
                platform: "android",
                platform_ver: "13",
                sec: "eyJkZXZpY2UiOiJhYmMifQ==",
                user_id: USER,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, id);
    assert_eq!(checked.result.has_risk, Some(false));

    let id = "attendance_ProcessHhOemUpdate";
    let (request, switched) = exchange(id, |c| async move {
        c.attendance_1_0()
            .process_hh_oem_update(ProcessHhOemUpdateInput {
                bind_oem_app: true,
                corp_id_list: vec![CORP.into()],
                use_oem_app: true,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, id);
    assert_eq!(switched.success, Some(true));

    let id = "attendance_SalaryThirdDataIntegration";
    let (request, written) = exchange(id, |c| async move {
        c.attendance_1_0()
            .salary_third_data_integration("attendance_data")
            .items_body(part!(id, "items"))
            .send()
            .await
    })
    .await;
    check_example(&request, id);
    assert!(written.result.unwrap().reason.unwrap().is_empty());
}

#[tokio::test]
async fn a_rejected_token_is_typed() {
    let example = error_examples("attendance_GetMachine")
        .into_iter()
        .find(|e| e.name == "InvalidAuthentication")
        .expect("attendance_GetMachine documents InvalidAuthentication");
    let server = server(ResponseTemplate::new(example.status).set_body_json(example.body)).await;
    let error = client(&server)
        .attendance_1_0()
        .get_machine("1260813")
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::InvalidAuthentication));
    assert_eq!(error.as_api().unwrap().status.as_u16(), 401);
}

//! Every `contact_1_0` operation against a local server. Each test calls the
//! client with the inputs of the spec's request example, optional ones
//! included, and checks the request on the wire: method, path, the exact
//! query, the token header and the JSON body, which must equal the spec's
//! request example. The server answers with the spec's 200 example and the
//! test checks the typed result. Operations paged with a cursor are followed
//! across two pages, and the documented error codes are read as `ErrorCode`
//! variants.

use crate::common;

use std::collections::BTreeSet;
use std::future::Future;

use common::*;
use dingtalk::contact_1_0::*;
use futures_util::TryStreamExt;
use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

// The ids of the spec's examples.
const USER: &str = "manager4220";
const UNION_ID: &str = "z21HjQliSzpw0YWCNxmii6u2Os62cZ62iSZ";

fn ok(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

fn time(text: &str) -> dingtalk::Timestamp {
    text.parse().unwrap()
}

/// Sends one call to a server answering the spec's 200 example of
/// `operation_id`; returns the request and the decoded result.
async fn exchange<T, E: std::fmt::Debug, Fut>(
    operation_id: &str,
    call: impl FnOnce(dingtalk::Client) -> Fut,
) -> (Request, T)
where
    Fut: Future<Output = Result<T, dingtalk::Error<E>>>,
{
    let example = response_example(operation_id);
    assert!(!example.is_null(), "{operation_id} has no 200 example");
    let server = server(ok(example)).await;
    let result = call(client(&server))
        .await
        .unwrap_or_else(|err| panic!("{operation_id}: {err}"));
    (only_request(&server).await, result)
}

/// Checks a request of `operation_id`: the spec's method, its path with
/// `path_params` put in, exactly the query pairs `query` (naming every
/// documented query parameter), the common headers, and the body: the
/// spec's request example when the operation has a body.
fn check(
    request: &Request,
    operation_id: &str,
    path_params: &[(&str, &str)],
    query: &[(&str, &str)],
) {
    let (template, spec_method, op) = operation(operation_id);
    assert_eq!(
        request.method.as_str(),
        spec_method,
        "{operation_id}: method"
    );
    let mut expected_path = template.clone();
    for (name, value) in path_params {
        expected_path = expected_path.replace(&format!("{{{name}}}"), value);
    }
    assert!(
        !expected_path.contains('{'),
        "{operation_id}: path parameters"
    );
    assert_eq!(request.url.path(), expected_path, "{operation_id}: path");
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
    let form = &op["requestBody"]["content"]["application/x-www-form-urlencoded"];
    if form.is_object() {
        // A form body: the example's fields as `name=value` pairs.
        assert_eq!(header(request, "x-acs-dingtalk-access-token"), Some(TOKEN));
        assert_eq!(
            header(request, "content-type"),
            Some("application/x-www-form-urlencoded"),
            "{operation_id}: content type"
        );
        let expected: Vec<String> = form["example"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(name, value)| format!("{name}={}", value.to_string().trim_matches('"')))
            .collect();
        assert_eq!(
            String::from_utf8_lossy(&request.body),
            expected.join("&"),
            "{operation_id}: form body"
        );
        return;
    }
    let has_body = op.get("requestBody").is_some();
    assert_common_headers(request, has_body);
    if has_body {
        let example = request_example(operation_id);
        assert!(!example.is_null(), "{operation_id} has no request example");
        assert_eq!(json_body(request), example, "{operation_id}: body");
    } else {
        assert!(request.body.is_empty(), "{operation_id}: no body");
    }
}

/// Sends one call to a server answering HTTP 200 without a body; returns
/// the request.
async fn exchange_empty<E: std::fmt::Debug, Fut>(
    operation_id: &str,
    call: impl FnOnce(dingtalk::Client) -> Fut,
) -> Request
where
    Fut: Future<Output = Result<(), dingtalk::Error<E>>>,
{
    let server = server(ResponseTemplate::new(200)).await;
    call(client(&server))
        .await
        .unwrap_or_else(|err| panic!("{operation_id}: {err}"));
    only_request(&server).await
}

/// A server with two pages at `route`: the first (no `cursor` in the query)
/// answers `first`, the second (`cursor=next`) answers `second`.
async fn two_pages(
    route: &str,
    cursor: &str,
    next: &str,
    first: Value,
    second: Value,
) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(route))
        .and(query_param(cursor, next))
        .respond_with(ok(second))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(route))
        .and(query_param_is_missing(cursor))
        .respond_with(ok(first))
        .mount(&server)
        .await;
    server
}

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|&v| v.to_owned()).collect()
}

/// The operations the tests below call, to compare with the spec's.
const TESTED: &[&str] = &[
    "contact_GetUser",
    "contact_SearchUser",
    "contact_SearchDepartment",
    "contact_ListEmpLeaveRecords",
    "contact_ListContactHideSettings",
    "contact_UpdateContactHideSetting",
    "contact_DeleteContactHideSetting",
    "contact_ListContactRestrictSetting",
    "contact_UpdateContactRestrictSetting",
    "contact_DeleteContactRestrictSetting",
    "contact_ListEmpAttributeVisibility",
    "contact_UpdateEmpAttrbuteVisibilitySetting",
    "contact_DeleteEmpAttributeVisibility",
    "contact_ListSeniorSettings",
    "contact_UpdateSeniorSetting",
    "contact_AddContactHideBySceneSetting",
    "contact_GetContactHideBySceneSetting",
    "contact_UpdateContactHideBySceneSetting",
    "contact_DeleteContactHideBySceneSetting",
    "contact_AddEmpAttributeHideBySceneSetting",
    "contact_GetEmpAttributeHideBySceneSetting",
    "contact_UpdateEmpAttributeHideBySceneSetting",
    "contact_DeleteEmpAttributeHideBySceneSetting",
    "contact_CreateManagementGroup",
    "contact_CreateSecondaryManagementGroup",
    "contact_UpdateManagementGroup",
    "contact_DeleteManagementGroup",
    "contact_ListManagementGroups",
    "contact_QueryResourceManagementMembers",
    "contact_QueryUserManagementResources",
    "contact_ListBasicRoleInPage",
    "contact_AddAccountMapping",
    "contact_GetAccountMapping",
    "contact_DelAccountMapping",
    "contact_BatchGetUser",
    "contact_GetUserByDingTalkId",
    "contact_UserProfile",
    "contact_IsFriend",
    "contact_SortUser",
    "contact_OrgInfo",
    "contact_GetOrgAuthInfo",
    "contact_GetLatestDingIndex",
    "contact_GetApplyInviteInfo",
    "contact_RecallTeamInvite",
    "contact_ListOwnedOrgByStaffId",
    "contact_QueryStatus",
    "contact_SetDisable",
    "contact_SetEnable",
    "contact_SignOut",
    "contact_ChangeDingTalkId",
    "contact_ChangeMainAdmin",
    "contact_ChangeMainOrg",
    "contact_TransformToExclusiveAccount",
    "contact_TransformToNormalAccount",
    "contact_AddOrgAccountOwnness",
    "contact_ModifyOrgAccUserOwnness",
    "contact_DelOrgAccUserOwnness",
    "contact_UpdateUserOwnness",
    "contact_MultiOrgPermissionGrant",
    "contact_OrgAccountMobileVisibleInOtherOrg",
    "contact_OrgAccountMobileVisiblePermisson",
    "contact_GetMigrationDingIdByDingId",
    "contact_GetDingIdByMigrationDingId",
    "contact_GetMigrationUnionIdByUnionId",
    "contact_GetUnionIdByMigrationUnionId",
    "contact_CreateUserGroup",
    "contact_GetUserGroup",
    "contact_ListUserGroups",
    "contact_ListUserGroupMembers",
    "contact_UserGroupAddStaticGroupMembers",
    "contact_UserGroupRemoveStaticGroupMembers",
    "contact_DeleteUserGroup",
    "contact_TalentAddCustomTag",
    "contact_TalentAddObjectiveTag",
    "contact_TalentAddPersonalityTag",
    "contact_TalentDeleteCustomTag",
    "contact_TalentDeleteObjectiveTag",
    "contact_TalentDeletePersonalityTag",
    "contact_TalentLikeTag",
    "contact_TalentQueryCustomTag",
    "contact_TalentQueryObjectiveTag",
    "contact_TalentQueryPersonalityTag",
    "contact_TalentQueryTagLikeList",
    "contact_TalentQueryTagLikeDetailList",
    "contact_GetCardInUserHolder",
    "contact_GetCardInfo",
    "contact_GetCorpCardStyleList",
    "contact_GetUserCardHolderList",
    "contact_IsvCardEventPush",
    "contact_QueryCardVisitorStatisticData",
    "contact_QueryCorpStatisticData",
    "contact_QueryCorpUserStatistic",
    "contact_UniqueQueryUserCard",
    "contact_CreateCooperateOrg",
    "contact_GetCooperateOrgInviteInfo",
    "contact_BatchApproveUnionApply",
    "contact_UpdateBranchAttributesInCooperate",
    "contact_UpdateBranchVisibleSettingInCooperate",
    "contact_SeparateBranchOrg",
    "contact_GetBranchAuthData",
    "contact_InitVerifyEvent",
    "contact_PushVerifyEvent",
    "contact_QueryVerifyResult",
    "contact_AnnualCertificationAudit",
    "contact_BatchUpdateExternalTitle",
    "contact_CourseFinishCourse",
    "contact_DeptGroupSettingUpdate",
    "contact_UpdateDeptSettngTailFirst",
    "contact_UpdateTitleAuditStatus",
    "contact_SubmitHandoverResource",
    "contact_TranslateFile",
    "contact_GetTranslateFileJobResult",
];

#[test]
fn every_contact_operation_is_tested() {
    let spec: BTreeSet<String> = operation_ids()
        .into_iter()
        .filter(|id| operation(id).2["tags"][0] == "contact_1_0")
        .collect();
    let tested: BTreeSet<String> = TESTED.iter().map(|id| id.to_string()).collect();
    assert_eq!(spec, tested);
    assert_eq!(TESTED.len(), 112);
}

#[tokio::test]
async fn users_are_read_and_searched() {
    let (request, user) = exchange("contact_GetUser", |c| async move {
        c.contact_1_0().get_user("me").send().await
    })
    .await;
    check(&request, "contact_GetUser", &[("unionId", "me")], &[]);
    assert_eq!(user.union_id.as_deref(), Some(UNION_ID));
    assert_eq!(user.nick.as_deref(), Some("Li Wei"));
    assert_eq!(user.state_code.as_deref(), Some("86"));
    assert_eq!(user.visitor, Some(false));

    let (request, found) = exchange("contact_SearchUser", |c| async move {
        c.contact_1_0()
            .search_user(SearchUserInput {
                offset: 0,
                query_word: "Li Wei",
                size: 10,
            })
            .full_match_field(1)
            .send()
            .await
    })
    .await;
    check(&request, "contact_SearchUser", &[], &[]);
    assert_eq!(found.has_more, Some(false));
    assert_eq!(found.total_count, Some(2));
    assert_eq!(found.list.unwrap()[0], USER);

    let (request, found) = exchange("contact_SearchDepartment", |c| async move {
        c.contact_1_0()
            .search_department(SearchDepartmentInput {
                offset: 0,
                query_word: "Finance",
                size: 10,
            })
            .send()
            .await
    })
    .await;
    check(&request, "contact_SearchDepartment", &[], &[]);
    assert!(!found.has_more);
    assert_eq!(found.total_count, 2);
    assert_eq!(found.list, Some(vec![560935057, 560919061]));
}

#[tokio::test]
async fn leave_records_are_read_and_followed_across_pages() {
    let (request, page) = exchange("contact_ListEmpLeaveRecords", |c| async move {
        c.contact_1_0()
            .list_emp_leave_records(ListEmpLeaveRecordsInput {
                max_results: 20,
                start_time: time("2026-06-01T00:00:00Z"),
            })
            .end_time(time("2026-06-30T00:00:00Z"))
            .next_token("0")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_ListEmpLeaveRecords",
        &[],
        &[
            ("maxResults", "20"),
            ("startTime", "2026-06-01T00:00:00Z"),
            ("endTime", "2026-06-30T00:00:00Z"),
            ("nextToken", "0"),
        ],
    );
    assert_eq!(page.next_token.as_deref(), Some("20"));
    let record = &page.records[0];
    assert_eq!(record.user_id, "01223456789");
    assert_eq!(record.leave_time, "2026-06-07T09:30:00Z");

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1.0/contact/empLeaveRecords"))
        .and(query_param("nextToken", "20"))
        .respond_with(ok(json!({"records": [
            {"userId": "u2", "name": "b", "stateCode": "86", "mobile": "2", "leaveTime": "t", "leaveReason": "r"}
        ]})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1.0/contact/empLeaveRecords"))
        .and(query_param_is_missing("nextToken"))
        .respond_with(ok(json!({"nextToken": "20", "records": [
            {"userId": "u1", "name": "a", "stateCode": "86", "mobile": "1", "leaveTime": "t", "leaveReason": "r"}
        ]})))
        .mount(&server)
        .await;
    let users: Vec<String> = client(&server)
        .contact_1_0()
        .list_emp_leave_records(ListEmpLeaveRecordsInput {
            max_results: 1,
            start_time: time("2026-06-01T00:00:00Z"),
        })
        .items()
        .map_ok(|record| record.user_id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(users, ["u1", "u2"]);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    for request in &requests {
        assert!(query(request).contains(&("maxResults".into(), "1".into())));
    }
}

#[tokio::test]
async fn hide_settings_are_listed_changed_and_deleted() {
    let (request, page) = exchange("contact_ListContactHideSettings", |c| async move {
        c.contact_1_0()
            .list_contact_hide_settings()
            .max_results(10)
            .next_token(0)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_ListContactHideSettings",
        &[],
        &[("maxResults", "10"), ("nextToken", "0")],
    );
    assert_eq!(page.next_token, Some(10));
    let setting = &page.list.unwrap()[0];
    assert_eq!(setting.id, Some(1032));
    assert_eq!(setting.object_tag_ids, Some(vec![1422009441]));

    let (request, changed) = exchange("contact_UpdateContactHideSetting", |c| async move {
        c.contact_1_0()
            .update_contact_hide_setting()
            .id(1032)
            .name("Hide the board")
            .description("Board members stay out of the contacts.")
            .object_staff_ids(strings(&[USER]))
            .object_dept_ids(vec![560935057])
            .object_tag_ids(vec![1422009441])
            .exclude_staff_ids(strings(&["01223456789"]))
            .exclude_dept_ids(vec![])
            .exclude_tag_ids(vec![])
            .hide_in_search(true)
            .hide_in_user_profile(true)
            .active(true)
            .send()
            .await
    })
    .await;
    check(&request, "contact_UpdateContactHideSetting", &[], &[]);
    assert_eq!(changed.result, Some(1032));

    let (request, _) = exchange("contact_DeleteContactHideSetting", |c| async move {
        c.contact_1_0()
            .delete_contact_hide_setting("1032")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_DeleteContactHideSetting",
        &[("settingId", "1032")],
        &[],
    );

    let server = two_pages(
        "/v1.0/contact/contactHideSettings",
        "nextToken",
        "7",
        json!({"hasMore": true, "nextToken": 7, "list": [{"id": 1}]}),
        json!({"hasMore": false, "list": [{"id": 2}]}),
    )
    .await;
    let ids: Vec<Option<i64>> = client(&server)
        .contact_1_0()
        .list_contact_hide_settings()
        .max_results(1)
        .items()
        .map_ok(|setting| setting.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [Some(1), Some(2)]);
}

#[tokio::test]
async fn restrict_settings_are_listed_changed_and_deleted() {
    let (request, page) = exchange("contact_ListContactRestrictSetting", |c| async move {
        c.contact_1_0()
            .list_contact_restrict_setting()
            .max_results(10)
            .next_token(0)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_ListContactRestrictSetting",
        &[],
        &[("maxResults", "10"), ("nextToken", "0")],
    );
    let setting = &page.list.unwrap()[0];
    assert_eq!(setting.r#type.as_deref(), Some("onlySelfDept"));
    assert_eq!(setting.restrict_in_user_profile, Some(false));

    let (request, changed) = exchange("contact_UpdateContactRestrictSetting", |c| async move {
        c.contact_1_0()
            .update_contact_restrict_setting("onlySelfDept")
            .id(2045)
            .name("Interns see their department")
            .description("Interns see only their own department.")
            .subject_user_ids(vec![])
            .subject_dept_ids(vec![560919061])
            .subject_tag_ids(vec![])
            .exclude_user_ids(strings(&[USER]))
            .exclude_dept_ids(vec![])
            .exclude_tag_ids(vec![])
            .restrict_in_search(true)
            .restrict_in_user_profile(false)
            .active(true)
            .send()
            .await
    })
    .await;
    check(&request, "contact_UpdateContactRestrictSetting", &[], &[]);
    assert_eq!(changed.result, Some(2045));

    let (request, deleted) = exchange("contact_DeleteContactRestrictSetting", |c| async move {
        c.contact_1_0()
            .delete_contact_restrict_setting("2045")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_DeleteContactRestrictSetting",
        &[("settingId", "2045")],
        &[],
    );
    assert_eq!(deleted.result, Some(true));

    let server = two_pages(
        "/v1.0/contact/restrictions/settings",
        "nextToken",
        "7",
        json!({"hasMore": true, "nextToken": 7, "list": [{"id": 1}]}),
        json!({"hasMore": false, "list": [{"id": 2}]}),
    )
    .await;
    let ids: Vec<Option<i64>> = client(&server)
        .contact_1_0()
        .list_contact_restrict_setting()
        .items()
        .map_ok(|setting| setting.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [Some(1), Some(2)]);
}

#[tokio::test]
async fn field_visibility_settings_are_listed_changed_and_deleted() {
    let (request, page) = exchange("contact_ListEmpAttributeVisibility", |c| async move {
        c.contact_1_0()
            .list_emp_attribute_visibility()
            .max_results(10)
            .next_token(0)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_ListEmpAttributeVisibility",
        &[],
        &[("maxResults", "10"), ("nextToken", "0")],
    );
    assert_eq!(page.next_cursor, 10);
    let setting = &page.list.unwrap()[0];
    assert_eq!(setting.hide_fields, Some(strings(&["email"])));

    let (request, changed) = exchange(
        "contact_UpdateEmpAttrbuteVisibilitySetting",
        |c| async move {
            c.contact_1_0()
                .update_emp_attrbute_visibility_setting()
                .id(3051)
                .name("Hide email addresses")
                .description("Sales staff do not show their email addresses.")
                .object_staff_ids(vec![])
                .object_dept_ids(vec![560935057])
                .object_tag_ids(vec![])
                .hide_fields(strings(&["email"]))
                .exclude_staff_ids(strings(&[USER]))
                .exclude_dept_ids(vec![])
                .exclude_tag_ids(vec![])
                .active(true)
                .send()
                .await
        },
    )
    .await;
    check(
        &request,
        "contact_UpdateEmpAttrbuteVisibilitySetting",
        &[],
        &[],
    );
    assert_eq!(changed.result, Some(3051));

    let (request, _) = exchange("contact_DeleteEmpAttributeVisibility", |c| async move {
        c.contact_1_0()
            .delete_emp_attribute_visibility("3051")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_DeleteEmpAttributeVisibility",
        &[("settingId", "3051")],
        &[],
    );
}

#[tokio::test]
async fn executive_mode_is_read_and_set() {
    let (request, settings) = exchange("contact_ListSeniorSettings", |c| async move {
        c.contact_1_0()
            .list_senior_settings(USER)
            .permission_code("profile")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_ListSeniorSettings",
        &[],
        &[("seniorStaffId", USER), ("permissionCode", "profile")],
    );
    assert_eq!(settings.senior_staff_id.as_deref(), Some(USER));
    let allowed = &settings.senior_white_list.unwrap()[0];
    assert_eq!(allowed.id.as_deref(), Some("01223456789"));
    assert_eq!(allowed.r#type, Some(1));

    let request = exchange_empty("contact_UpdateSeniorSetting", |c| async move {
        c.contact_1_0()
            .update_senior_setting(UpdateSeniorSettingInput {
                open: true,
                senior_staff_id: USER,
            })
            .protect_scenes(strings(&["profile", "ding"]))
            .permit_staff_ids(strings(&["01223456789"]))
            .permit_dept_ids(vec![560935057])
            .permit_tag_ids(vec![])
            .send()
            .await
    })
    .await;
    check(&request, "contact_UpdateSeniorSetting", &[], &[]);
}

/// Sets the fields of the scene-hiding example of the spec on a request
/// builder: the same for creating and for changing a setting.
macro_rules! scene_hiding {
    ($builder:expr, $profile:ident, $search:ident, $node_list:ident) => {
        $builder
            .name("Hide the board")
            .description("Board members stay out of the contacts.")
            .object_user_ids(strings(&[USER]))
            .object_dept_ids(vec![560935057])
            .object_tag_ids(vec![])
            .exclude_user_ids(strings(&["01223456789"]))
            .exclude_dept_ids(vec![])
            .exclude_tag_ids(vec![])
            .profile_scene_config($profile { active: Some(true) })
            .search_scene_config($search {
                active: Some(true),
                dept_object_include_emp: Some(true),
            })
            .node_list_scene_config($node_list {
                active: Some(true),
                dept_object_include_emp: Some(false),
            })
    };
}

/// Sets the fields of the field-hiding example of the spec on a request
/// builder.
macro_rules! field_hiding {
    ($builder:expr, $profile:ident, $search:ident, $chat:ident) => {
        $builder
            .name("Hide email addresses")
            .description("Sales staff do not show their email addresses.")
            .object_user_ids(vec![])
            .object_dept_ids(vec![560935057])
            .object_tag_ids(vec![])
            .hide_fields(strings(&["email"]))
            .exclude_user_ids(strings(&[USER]))
            .exclude_dept_ids(vec![])
            .exclude_tag_ids(vec![])
            .profile_scene_config($profile { active: Some(true) })
            .search_scene_config($search { active: Some(true) })
            .chat_subtitle_config($chat {
                active: Some(false),
            })
    };
}

#[tokio::test]
async fn scene_hiding_settings_are_made_read_changed_and_deleted() {
    let (request, made) = exchange("contact_AddContactHideBySceneSetting", |c| async move {
        scene_hiding!(
            c.contact_1_0().add_contact_hide_by_scene_setting(),
            ContactAddContactHideBySceneSettingRequestProfileSceneConfig,
            ContactAddContactHideBySceneSettingRequestSearchSceneConfig,
            ContactAddContactHideBySceneSettingRequestNodeListSceneConfig
        )
        .send()
        .await
    })
    .await;
    check(&request, "contact_AddContactHideBySceneSetting", &[], &[]);
    assert_eq!(made.setting_id, Some(4101));

    let (request, setting) = exchange("contact_GetContactHideBySceneSetting", |c| async move {
        c.contact_1_0()
            .get_contact_hide_by_scene_setting("4101")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_GetContactHideBySceneSetting",
        &[("settingId", "4101")],
        &[],
    );
    assert_eq!(setting.id, Some(4101));
    assert_eq!(
        setting.search_scene_config.unwrap().dept_object_include_emp,
        Some(true)
    );

    let (request, changed) = exchange("contact_UpdateContactHideBySceneSetting", |c| async move {
        scene_hiding!(
            c.contact_1_0().update_contact_hide_by_scene_setting("4101"),
            ContactUpdateContactHideBySceneSettingRequestProfileSceneConfig,
            ContactUpdateContactHideBySceneSettingRequestSearchSceneConfig,
            ContactUpdateContactHideBySceneSettingRequestNodeListSceneConfig
        )
        .send()
        .await
    })
    .await;
    check(
        &request,
        "contact_UpdateContactHideBySceneSetting",
        &[("settingId", "4101")],
        &[],
    );
    assert_eq!(changed.success, Some(true));

    let (request, deleted) = exchange("contact_DeleteContactHideBySceneSetting", |c| async move {
        c.contact_1_0()
            .delete_contact_hide_by_scene_setting("4101")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_DeleteContactHideBySceneSetting",
        &[("settingId", "4101")],
        &[],
    );
    assert_eq!(deleted.success, Some(true));
}

#[tokio::test]
async fn scene_field_hiding_settings_are_made_read_changed_and_deleted() {
    let (request, made) = exchange(
        "contact_AddEmpAttributeHideBySceneSetting",
        |c| async move {
            field_hiding!(
                c.contact_1_0().add_emp_attribute_hide_by_scene_setting(),
                ContactAddEmpAttributeHideBySceneSettingRequestProfileSceneConfig,
                ContactAddEmpAttributeHideBySceneSettingRequestSearchSceneConfig,
                ContactAddEmpAttributeHideBySceneSettingRequestChatSubtitleConfig
            )
            .send()
            .await
        },
    )
    .await;
    check(
        &request,
        "contact_AddEmpAttributeHideBySceneSetting",
        &[],
        &[],
    );
    assert_eq!(made.setting_id, Some(5202));

    let (request, setting) = exchange(
        "contact_GetEmpAttributeHideBySceneSetting",
        |c| async move {
            c.contact_1_0()
                .get_emp_attribute_hide_by_scene_setting("5202")
                .send()
                .await
        },
    )
    .await;
    check(
        &request,
        "contact_GetEmpAttributeHideBySceneSetting",
        &[("settingId", "5202")],
        &[],
    );
    assert_eq!(setting.hide_fields, Some(strings(&["email"])));
    assert_eq!(setting.chat_subtitle_config.unwrap().active, Some(false));

    let (request, changed) = exchange(
        "contact_UpdateEmpAttributeHideBySceneSetting",
        |c| async move {
            field_hiding!(
                c.contact_1_0()
                    .update_emp_attribute_hide_by_scene_setting("5202"),
                ContactUpdateEmpAttributeHideBySceneSettingRequestProfileSceneConfig,
                ContactUpdateEmpAttributeHideBySceneSettingRequestSearchSceneConfig,
                ContactUpdateEmpAttributeHideBySceneSettingRequestChatSubtitleConfig
            )
            .send()
            .await
        },
    )
    .await;
    check(
        &request,
        "contact_UpdateEmpAttributeHideBySceneSetting",
        &[("settingId", "5202")],
        &[],
    );
    assert_eq!(changed.success, Some(true));

    let (request, deleted) = exchange(
        "contact_DeleteEmpAttributeHideBySceneSetting",
        |c| async move {
            c.contact_1_0()
                .delete_emp_attribute_hide_by_scene_setting("5202")
                .send()
                .await
        },
    )
    .await;
    check(
        &request,
        "contact_DeleteEmpAttributeHideBySceneSetting",
        &[("settingId", "5202")],
        &[],
    );
    assert_eq!(deleted.success, Some(true));
}

#[tokio::test]
async fn administration_groups_are_made_listed_changed_and_deleted() {
    let (request, made) = exchange("contact_CreateManagementGroup", |c| async move {
        c.contact_1_0()
            .create_management_group(CreateManagementGroupInput {
                group_name: "Finance administrators",
                members: vec![ContactCreateManagementGroupRequestMembers {
                    member_id: USER.into(),
                    member_type: "staff".into(),
                }],
                resource_ids: strings(&["contact_read", "contact_manage"]),
                scope: ContactCreateManagementGroupRequestScope {
                    scope_type: 2,
                    dept_ids: Some(vec![560935057]),
                },
            })
            .send()
            .await
    })
    .await;
    check(&request, "contact_CreateManagementGroup", &[], &[]);
    assert_eq!(made.group_id, "mg_0a1b2c3d4e5f");

    let (request, made) = exchange("contact_CreateSecondaryManagementGroup", |c| async move {
        c.contact_1_0()
            .create_secondary_management_group(CreateSecondaryManagementGroupInput {
                user_id: USER,
                group_name: "Finance administrators",
                members: vec![ContactCreateSecondaryManagementGroupRequestMembers {
                    member_id: USER.into(),
                    member_type: "staff".into(),
                }],
                resource_ids: strings(&["contact_read", "contact_manage"]),
                scope: ContactCreateSecondaryManagementGroupRequestScope {
                    scope_type: 2,
                    dept_ids: Some(vec![560935057]),
                },
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_CreateSecondaryManagementGroup",
        &[],
        &[("userId", USER)],
    );
    assert_eq!(made.group_id, "mg_0a1b2c3d4e60");

    let (request, page) = exchange("contact_ListManagementGroups", |c| async move {
        c.contact_1_0()
            .list_management_groups(ListManagementGroupsInput {
                max_results: 20,
                next_token: 0,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_ListManagementGroups",
        &[],
        &[("maxResults", "20"), ("nextToken", "0")],
    );
    assert!(!page.has_more);
    let group = &page.groups[0];
    assert_eq!(group.group_id, "mg_0a1b2c3d4e5f");
    assert_eq!(group.scope.dept_ids, Some(vec![560935057]));

    let (request, _) = exchange("contact_UpdateManagementGroup", |c| async move {
        c.contact_1_0()
            .update_management_group(UpdateManagementGroupInput {
                group_id: "mg_0a1b2c3d4e5f",
                group_name: "Finance administrators",
                members: vec![ContactUpdateManagementGroupRequestMembers {
                    member_id: USER.into(),
                    member_type: "staff".into(),
                }],
                resource_ids: strings(&["contact_read", "contact_manage"]),
                scope: ContactUpdateManagementGroupRequestScope {
                    scope_type: 2,
                    dept_ids: Some(vec![560935057]),
                },
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_UpdateManagementGroup",
        &[("groupId", "mg_0a1b2c3d4e5f")],
        &[],
    );

    let (request, _) = exchange("contact_DeleteManagementGroup", |c| async move {
        c.contact_1_0()
            .delete_management_group("mg_0a1b2c3d4e5f")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_DeleteManagementGroup",
        &[("groupId", "mg_0a1b2c3d4e5f")],
        &[],
    );

    // The integer cursor is sent on every page, from the value given.
    let server = two_pages(
        "/v1.0/contact/managementGroups",
        "nextToken",
        "20",
        json!({"hasMore": true, "nextToken": 20, "groups": [{"groupId": "g1", "scope": {"scopeType": 1}}]}),
        json!({"hasMore": false, "groups": [{"groupId": "g2", "scope": {"scopeType": 1}}]}),
    )
    .await;
    Mock::given(method("GET"))
        .and(path("/v1.0/contact/managementGroups"))
        .and(query_param("nextToken", "0"))
        .respond_with(ok(
            json!({"hasMore": true, "nextToken": 20, "groups": [{"groupId": "g1", "scope": {"scopeType": 1}}]}),
        ))
        .mount(&server)
        .await;
    let ids: Vec<String> = client(&server)
        .contact_1_0()
        .list_management_groups(ListManagementGroupsInput {
            max_results: 1,
            next_token: 0,
        })
        .items()
        .map_ok(|group| group.group_id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, ["g1", "g2"]);
}

#[tokio::test]
async fn administrators_and_their_permissions_are_read() {
    let (request, found) = exchange("contact_QueryResourceManagementMembers", |c| async move {
        c.contact_1_0()
            .query_resource_management_members("contact_manage")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_QueryResourceManagementMembers",
        &[("resourceId", "contact_manage")],
        &[],
    );
    assert_eq!(found.members.unwrap()[0].member_id.as_deref(), Some(USER));

    let (request, found) = exchange("contact_QueryUserManagementResources", |c| async move {
        c.contact_1_0()
            .query_user_management_resources(USER)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_QueryUserManagementResources",
        &[("userId", USER)],
        &[],
    );
    assert_eq!(
        found.resource_ids,
        Some(strings(&["contact_read", "contact_manage"]))
    );

    let (request, page) = exchange("contact_ListBasicRoleInPage", |c| async move {
        c.contact_1_0()
            .list_basic_role_in_page()
            .agent_id("2218811734")
            .max_results(20)
            .next_token(0)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_ListBasicRoleInPage",
        &[],
        &[
            ("agentId", "2218811734"),
            ("maxResults", "20"),
            ("nextToken", "0"),
        ],
    );
    let role = &page.list.unwrap()[0];
    assert_eq!(role.open_role_id.as_deref(), Some("role_7a8b9c"));
    let scope = role
        .open_action
        .as_ref()
        .and_then(|action| action.open_condition.as_ref())
        .and_then(|condition| condition.open_contact_scope.as_ref())
        .unwrap();
    assert_eq!(scope.include_self_manage_depts, Some(true));

    let server = two_pages(
        "/v1.0/contact/rbac/administrativeGroups/baseInfos",
        "nextToken",
        "5",
        json!({"hasMore": true, "nextToken": 5, "list": [{"openRoleId": "r1"}]}),
        json!({"hasMore": false, "list": [{"openRoleId": "r2"}]}),
    )
    .await;
    let ids: Vec<Option<String>> = client(&server)
        .contact_1_0()
        .list_basic_role_in_page()
        .items()
        .map_ok(|role| role.open_role_id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [Some("r1".into()), Some("r2".into())]);
}

#[tokio::test]
async fn account_mappings_are_made_read_and_deleted() {
    let (request, made) = exchange("contact_AddAccountMapping", |c| async move {
        c.contact_1_0()
            .add_account_mapping(AddAccountMappingInput {
                domain: "hr_system",
                out_id: "E10086",
                out_tenant_id: "T2001",
                user_id: USER,
            })
            .extension([("source".to_owned(), "ldap".to_owned())].into())
            .send()
            .await
    })
    .await;
    check(&request, "contact_AddAccountMapping", &[], &[]);
    assert!(made.result);

    let (request, found) = exchange("contact_GetAccountMapping", |c| async move {
        c.contact_1_0()
            .get_account_mapping(GetAccountMappingInput {
                domain: "hr_system",
                user_id: USER,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_GetAccountMapping",
        &[],
        &[("domain", "hr_system"), ("userId", USER)],
    );
    let mapping = found.result.unwrap();
    assert_eq!(mapping.out_id.as_deref(), Some("E10086"));
    assert_eq!(mapping.extension.unwrap()["source"], "ldap");

    let (request, deleted) = exchange("contact_DelAccountMapping", |c| async move {
        c.contact_1_0()
            .del_account_mapping(DelAccountMappingInput {
                domain: "hr_system",
                user_id: USER,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_DelAccountMapping",
        &[],
        &[("domain", "hr_system"), ("userId", USER)],
    );
    assert_eq!(deleted.result, Some(true));
}

#[tokio::test]
async fn users_are_read_in_bulk_and_by_other_ids() {
    let (request, found) = exchange("contact_BatchGetUser", |c| async move {
        c.contact_1_0()
            .batch_get_user(strings(&[USER, "01223456789"]))
            .permission_code("contact_read")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_BatchGetUser",
        &[],
        &[
            ("userIdList", r#"["manager4220","01223456789"]"#),
            ("permissionCode", "contact_read"),
        ],
    );
    let user = &found.user_list.unwrap()[0];
    assert_eq!(user.job_number.as_deref(), Some("E10086"));
    assert_eq!(user.state_code.as_deref(), Some("86"));
    assert_eq!(
        found.unauthorized_user_id_list,
        Some(strings(&["01223456789"]))
    );

    let (request, found) = exchange("contact_GetUserByDingTalkId", |c| async move {
        c.contact_1_0()
            .get_user_by_ding_talk_id()
            .dingtalk_id("$:LWCP_v1:$Gv0Sx1K7mdPaSu4+dGAqQw==")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_GetUserByDingTalkId",
        &[],
        &[("dingtalkId", "$:LWCP_v1:$Gv0Sx1K7mdPaSu4+dGAqQw==")],
    );
    assert_eq!(found.user_id.as_deref(), Some(USER));

    let (request, found) = exchange("contact_UserProfile", |c| async move {
        c.contact_1_0()
            .user_profile()
            .uids(vec![11223344])
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_UserProfile",
        &[],
        &[("uids", "[11223344]")],
    );
    assert_eq!(
        found.result.unwrap()[0].org_ids.as_deref(),
        Some("100056,100078")
    );

    let (request, found) = exchange("contact_IsFriend", |c| async move {
        c.contact_1_0()
            .is_friend()
            .user_id(USER)
            .mobile_no("13900139000")
            .send()
            .await
    })
    .await;
    check(&request, "contact_IsFriend", &[], &[]);
    assert_eq!(found.is_friend, Some(true));

    let (request, sorted) = exchange("contact_SortUser", |c| async move {
        c.contact_1_0()
            .sort_user(strings(&["01223456789", USER]))
            .sort_type(0)
            .send()
            .await
    })
    .await;
    check(&request, "contact_SortUser", &[], &[]);
    assert_eq!(sorted.user_id_list, [USER, "01223456789"]);
}

#[tokio::test]
async fn organisations_are_read() {
    let (request, found) = exchange("contact_OrgInfo", |c| async move {
        c.contact_1_0()
            .org_info()
            .org_ids(vec![100056])
            .send()
            .await
    })
    .await;
    check(&request, "contact_OrgInfo", &[], &[("orgIds", "[100056]")]);
    assert_eq!(found.result.unwrap()[0].id, Some(100056));

    let (request, found) = exchange("contact_GetOrgAuthInfo", |c| async move {
        c.contact_1_0()
            .get_org_auth_info()
            .target_corp_id("ding9f50b15bccd16741")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_GetOrgAuthInfo",
        &[],
        &[("targetCorpId", "ding9f50b15bccd16741")],
    );
    assert_eq!(found.auth_level, 1);
    assert_eq!(found.license_org_name, "Hangzhou Example Trading Co., Ltd.");

    let (request, index) = exchange("contact_GetLatestDingIndex", |c| async move {
        c.contact_1_0().get_latest_ding_index().send().await
    })
    .await;
    check(&request, "contact_GetLatestDingIndex", &[], &[]);
    assert_eq!(index.idx_total, 86.5);
    assert_eq!(index.stat_date, "20260605");

    let (request, invites) = exchange("contact_GetApplyInviteInfo", |c| async move {
        c.contact_1_0()
            .get_apply_invite_info()
            .inviter_user_id(USER)
            .dept_id(560935057)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_GetApplyInviteInfo",
        &[],
        &[("inviterUserId", USER), ("deptId", "560935057")],
    );
    assert!(invites.link_invite);
    assert_eq!(invites.audit_type, 1);

    let request = exchange_empty("contact_RecallTeamInvite", |c| async move {
        c.contact_1_0()
            .recall_team_invite()
            .mobile("13900139000")
            .opt_user_id(USER)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_RecallTeamInvite",
        &[],
        &[("mobile", "13900139000"), ("optUserId", USER)],
    );
}

const MEMBER: &str = "01223456789";
const CORP: &str = "ding9f50b15bccd16741";

#[tokio::test]
async fn exclusive_accounts_are_read_disabled_enabled_and_signed_out() {
    let (request, owned) = exchange("contact_ListOwnedOrgByStaffId", |c| async move {
        c.contact_1_0()
            .list_owned_org_by_staff_id(USER)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_ListOwnedOrgByStaffId",
        &[],
        &[("userId", USER)],
    );
    assert_eq!(owned.org_list.unwrap()[0].corp_id, CORP);

    let (request, status) = exchange("contact_QueryStatus", |c| async move {
        c.contact_1_0()
            .query_status(USER)
            .permission_code("contact_read")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_QueryStatus",
        &[],
        &[("userId", USER), ("permissionCode", "contact_read")],
    );
    assert!(!status.disable);

    let (request, done) = exchange("contact_SetDisable", |c| async move {
        c.contact_1_0()
            .set_disable(MEMBER)
            .reason("Left the company")
            .permission_code("contact_manage")
            .send()
            .await
    })
    .await;
    check(&request, "contact_SetDisable", &[], &[]);
    assert_eq!(done.result, Some(true));

    let (request, done) = exchange("contact_SetEnable", |c| async move {
        c.contact_1_0()
            .set_enable(MEMBER)
            .permission_code("contact_manage")
            .send()
            .await
    })
    .await;
    check(&request, "contact_SetEnable", &[], &[]);
    assert_eq!(done.result, Some(true));

    let (request, done) = exchange("contact_SignOut", |c| async move {
        c.contact_1_0()
            .sign_out(MEMBER)
            .reason("Device lost")
            .reason_i18n_for_employee(
                [(
                    "en_US".to_owned(),
                    "Your device was reported lost.".to_owned(),
                )]
                .into(),
            )
            .permission_code("contact_manage")
            .send()
            .await
    })
    .await;
    check(&request, "contact_SignOut", &[], &[]);
    assert_eq!(done.result, Some(true));
}

#[tokio::test]
async fn exclusive_accounts_are_changed_and_turned() {
    let (request, done) = exchange("contact_ChangeDingTalkId", |c| async move {
        c.contact_1_0()
            .change_ding_talk_id(ChangeDingTalkIdInput {
                ding_talk_id: "zhangsan_example",
                user_id: MEMBER,
            })
            .send()
            .await
    })
    .await;
    check(&request, "contact_ChangeDingTalkId", &[], &[]);
    assert_eq!(done.result, Some(true));

    let request = exchange_empty("contact_ChangeMainAdmin", |c| async move {
        c.contact_1_0()
            .change_main_admin(ChangeMainAdminInput {
                effect_corp_id: CORP,
                source_user_id: USER,
                target_user_id: MEMBER,
            })
            .send()
            .await
    })
    .await;
    check(&request, "contact_ChangeMainAdmin", &[], &[]);

    let (request, _) = exchange("contact_ChangeMainOrg", |c| async move {
        c.contact_1_0()
            .change_main_org(ChangeMainOrgInput {
                new_main_corp_id: CORP,
                user_id: MEMBER,
            })
            .send()
            .await
    })
    .await;
    check(&request, "contact_ChangeMainOrg", &[], &[]);

    let (request, _) = exchange("contact_TransformToExclusiveAccount", |c| async move {
        c.contact_1_0()
            .transform_to_exclusive_account(TransformToExclusiveAccountInput {
                transform_type: "dingtalk",
                user_id: MEMBER,
            })
            .login_id("zhangsan")
            .init_password("Init#2026pass")
            .idp_ding_talk(true)
            .send()
            .await
    })
    .await;
    check(&request, "contact_TransformToExclusiveAccount", &[], &[]);

    let (request, done) = exchange("contact_TransformToNormalAccount", |c| async move {
        c.contact_1_0()
            .transform_to_normal_account(MEMBER)
            .send()
            .await
    })
    .await;
    check(&request, "contact_TransformToNormalAccount", &[], &[]);
    assert_eq!(done.success, Some(true));

    let request = exchange_empty("contact_MultiOrgPermissionGrant", |c| async move {
        c.contact_1_0()
            .multi_org_permission_grant("ding5a3b7c9d1e2f3a4b")
            .grant_dept_id_list(vec![560935057])
            .send()
            .await
    })
    .await;
    check(&request, "contact_MultiOrgPermissionGrant", &[], &[]);

    let (request, done) = exchange(
        "contact_OrgAccountMobileVisibleInOtherOrg",
        |c| async move {
            c.contact_1_0()
                .org_account_mobile_visible_in_other_org(OrgAccountMobileVisibleInOtherOrgInput {
                    opt_user_id: USER,
                    to_corp_ids: strings(&["ding5a3b7c9d1e2f3a4b"]),
                })
                .fields(strings(&["mobile"]))
                .send()
                .await
        },
    )
    .await;
    check(
        &request,
        "contact_OrgAccountMobileVisibleInOtherOrg",
        &[],
        &[],
    );
    assert_eq!(done.result, Some(true));

    let (request, done) = exchange("contact_OrgAccountMobileVisiblePermisson", |c| async move {
        c.contact_1_0()
            .org_account_mobile_visible_permisson(strings(&[USER]))
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_OrgAccountMobileVisiblePermisson",
        &[],
        &[],
    );
    assert_eq!(done.result, Some(true));
}

#[tokio::test]
async fn work_statuses_are_added_changed_and_deleted() {
    let (request, added) = exchange("contact_AddOrgAccountOwnness", |c| async move {
        c.contact_1_0()
            .add_org_account_ownness(AddOrgAccountOwnnessInput {
                user_id: USER,
                end_time: 1780358400000,
                ownenss_type: 1,
                ownness_id: 1,
                start_time: 1780272000000,
                text: "On a business trip",
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_AddOrgAccountOwnness",
        &[],
        &[("userId", USER)],
    );
    assert_eq!(added.result, Some(77001));

    let (request, changed) = exchange("contact_ModifyOrgAccUserOwnness", |c| async move {
        c.contact_1_0()
            .modify_org_acc_user_ownness(ModifyOrgAccUserOwnnessInput {
                user_id: USER,
                end_time: 1780358400000,
                ownenss_type: 1,
                ownness_id: 1,
                start_time: 1780272000000,
                text: "On a business trip",
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_ModifyOrgAccUserOwnness",
        &[],
        &[("userId", USER)],
    );
    assert_eq!(changed.result, Some(true));

    let (request, deleted) = exchange("contact_DelOrgAccUserOwnness", |c| async move {
        c.contact_1_0()
            .del_org_acc_user_ownness(DelOrgAccUserOwnnessInput {
                ownenss_type: 1,
                ownness_id: 1,
                user_id: USER,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_DelOrgAccUserOwnness",
        &[],
        &[("userId", USER), ("ownnessId", "1"), ("ownenssType", "1")],
    );
    assert!(deleted.result);

    let (request, changed) = exchange("contact_UpdateUserOwnness", |c| async move {
        c.contact_1_0()
            .update_user_ownness(UpdateUserOwnnessInput {
                user_id: USER,
                deleted_flag: 0,
                end_time: 1780358400000,
                id: 77001,
                ownenss_type: 1,
                start_time: 1780272000000,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_UpdateUserOwnness",
        &[("userId", USER)],
        &[],
    );
    assert_eq!(changed.result, "success");
}

#[tokio::test]
async fn ids_are_translated_across_a_move_to_an_exclusive_account() {
    const DING_BEFORE: &str = "$:LWCP_v1:$Gv0Sx1K7mdPaSu4+dGAqQw==";
    const DING_AFTER: &str = "$:LWCP_v1:$8sJ2mWq1Yf0cBv4+uTnXrg==";
    const UNION_AFTER: &str = "Qy7dKpR2vWnXcAiEiE";

    let (request, found) = exchange("contact_GetMigrationDingIdByDingId", |c| async move {
        c.contact_1_0()
            .get_migration_ding_id_by_ding_id(DING_BEFORE)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_GetMigrationDingIdByDingId",
        &[],
        &[("dingId", DING_BEFORE)],
    );
    assert_eq!(
        found.migration_ding_id_list.unwrap()[DING_BEFORE],
        DING_AFTER
    );

    let (request, found) = exchange("contact_GetDingIdByMigrationDingId", |c| async move {
        c.contact_1_0()
            .get_ding_id_by_migration_ding_id(DING_AFTER)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_GetDingIdByMigrationDingId",
        &[],
        &[("migrationDingId", DING_AFTER)],
    );
    assert_eq!(found.ding_id.as_deref(), Some(DING_BEFORE));

    let (request, found) = exchange("contact_GetMigrationUnionIdByUnionId", |c| async move {
        c.contact_1_0()
            .get_migration_union_id_by_union_id(UNION_ID)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_GetMigrationUnionIdByUnionId",
        &[],
        &[("unionId", UNION_ID)],
    );
    assert_eq!(
        found.migration_union_id_list.unwrap()[UNION_ID],
        UNION_AFTER
    );

    let (request, found) = exchange("contact_GetUnionIdByMigrationUnionId", |c| async move {
        c.contact_1_0()
            .get_union_id_by_migration_union_id(UNION_AFTER)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_GetUnionIdByMigrationUnionId",
        &[],
        &[("migrationUnionId", UNION_AFTER)],
    );
    assert_eq!(found.union_id.as_deref(), Some(UNION_ID));
}

#[tokio::test]
async fn user_groups_are_made_read_filled_and_deleted() {
    const GROUP: &str = "ug_3f9a1c";
    let (request, made) = exchange("contact_CreateUserGroup", |c| async move {
        c.contact_1_0()
            .create_user_group(CreateUserGroupInput {
                description: "Everyone working on Phoenix.",
                name: "Project Phoenix",
            })
            .client_show(true)
            .send()
            .await
    })
    .await;
    check(&request, "contact_CreateUserGroup", &[], &[]);
    assert_eq!(made.result.unwrap().group_code.as_deref(), Some(GROUP));

    let (request, found) = exchange("contact_GetUserGroup", |c| async move {
        c.contact_1_0().get_user_group(GROUP).send().await
    })
    .await;
    check(
        &request,
        "contact_GetUserGroup",
        &[],
        &[("groupCode", GROUP)],
    );
    let group = found.result.unwrap();
    assert_eq!(group.group_type.as_deref(), Some("static"));
    assert_eq!(group.gmt_create, Some(1780272000000));

    let (request, page) = exchange("contact_ListUserGroups", |c| async move {
        c.contact_1_0()
            .list_user_groups(20)
            .group_type("static")
            .offset(0)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_ListUserGroups",
        &[],
        &[("size", "20"), ("groupType", "static"), ("offset", "0")],
    );
    let page = page.result.unwrap();
    assert_eq!(page.next_offset, Some(1));
    assert_eq!(page.groups.unwrap()[0].group_code.as_deref(), Some(GROUP));

    let (request, page) = exchange("contact_ListUserGroupMembers", |c| async move {
        c.contact_1_0()
            .list_user_group_members(ListUserGroupMembersInput {
                group_code: GROUP,
                size: 20,
            })
            .offset(0)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_ListUserGroupMembers",
        &[],
        &[("groupCode", GROUP), ("size", "20"), ("offset", "0")],
    );
    let members = page.result.unwrap().members.unwrap();
    assert_eq!(members[1].user_id.as_deref(), Some(MEMBER));

    let (request, added) = exchange("contact_UserGroupAddStaticGroupMembers", |c| async move {
        c.contact_1_0()
            .user_group_add_static_group_members(UserGroupAddStaticGroupMembersInput {
                group_code: GROUP,
                user_ids: strings(&[USER, MEMBER]),
            })
            .send()
            .await
    })
    .await;
    check(&request, "contact_UserGroupAddStaticGroupMembers", &[], &[]);
    assert_eq!(added.result.unwrap().success, Some(true));

    let (request, removed) = exchange(
        "contact_UserGroupRemoveStaticGroupMembers",
        |c| async move {
            c.contact_1_0()
                .user_group_remove_static_group_members(UserGroupRemoveStaticGroupMembersInput {
                    group_code: GROUP,
                    user_ids: strings(&[MEMBER]),
                })
                .send()
                .await
        },
    )
    .await;
    check(
        &request,
        "contact_UserGroupRemoveStaticGroupMembers",
        &[],
        &[],
    );
    assert_eq!(removed.result.unwrap().success, Some(true));

    let (request, deleted) = exchange("contact_DeleteUserGroup", |c| async move {
        c.contact_1_0().delete_user_group(GROUP).send().await
    })
    .await;
    check(&request, "contact_DeleteUserGroup", &[], &[]);
    assert_eq!(deleted.result.unwrap().success, Some(true));
}

#[tokio::test]
async fn talent_tags_are_added_liked_read_and_deleted() {
    let (request, added) = exchange("contact_TalentAddCustomTag", |c| async move {
        c.contact_1_0()
            .talent_add_custom_tag(TalentAddCustomTagInput {
                tag_name: "Mentor",
                user_id: USER,
            })
            .tag_code("custom_mentor")
            .sort_order(1)
            .send()
            .await
    })
    .await;
    check(&request, "contact_TalentAddCustomTag", &[], &[]);
    assert_eq!(
        added.result.unwrap().tag_code.as_deref(),
        Some("custom_mentor")
    );

    let (request, added) = exchange("contact_TalentAddObjectiveTag", |c| async move {
        c.contact_1_0()
            .talent_add_objective_tag(TalentAddObjectiveTagInput {
                tag_name: "CPA certified",
                user_id: USER,
            })
            .tag_code("obj_cpa")
            .sort_order(1)
            .send()
            .await
    })
    .await;
    check(&request, "contact_TalentAddObjectiveTag", &[], &[]);
    assert_eq!(
        added.result.unwrap().tag_name.as_deref(),
        Some("CPA certified")
    );

    let (request, added) = exchange("contact_TalentAddPersonalityTag", |c| async move {
        c.contact_1_0()
            .talent_add_personality_tag(TalentAddPersonalityTagInput {
                category_name: "Working style",
                tag_name: "Detail-oriented",
            })
            .category_code("cat_style")
            .category_sort_order(1)
            .tag_code("pers_detail")
            .sort_order(2)
            .send()
            .await
    })
    .await;
    check(&request, "contact_TalentAddPersonalityTag", &[], &[]);
    assert_eq!(
        added.result.unwrap().category_code.as_deref(),
        Some("cat_style")
    );

    let (request, liked) = exchange("contact_TalentLikeTag", |c| async move {
        c.contact_1_0()
            .talent_like_tag(TalentLikeTagInput {
                action_type: "like",
                operator_user_id: MEMBER,
                tag_code: "obj_cpa",
                user_id: USER,
            })
            .send()
            .await
    })
    .await;
    check(&request, "contact_TalentLikeTag", &[], &[]);
    assert_eq!(liked.result.unwrap().success, Some(true));

    let (request, found) = exchange("contact_TalentQueryCustomTag", |c| async move {
        c.contact_1_0().talent_query_custom_tag(USER).send().await
    })
    .await;
    check(
        &request,
        "contact_TalentQueryCustomTag",
        &[],
        &[("userId", USER)],
    );
    assert_eq!(found.result.unwrap().tags.unwrap()[0].sort_order, Some(1));

    let (request, found) = exchange("contact_TalentQueryObjectiveTag", |c| async move {
        c.contact_1_0()
            .talent_query_objective_tag(USER)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_TalentQueryObjectiveTag",
        &[],
        &[("userId", USER)],
    );
    assert_eq!(
        found.result.unwrap().tags.unwrap()[0].tag_code.as_deref(),
        Some("obj_cpa")
    );

    let (request, found) = exchange("contact_TalentQueryPersonalityTag", |c| async move {
        c.contact_1_0().talent_query_personality_tag().send().await
    })
    .await;
    check(&request, "contact_TalentQueryPersonalityTag", &[], &[]);
    assert_eq!(
        found.result.unwrap().tags.unwrap()[0].category_sort_order,
        Some(1)
    );

    let (request, found) = exchange("contact_TalentQueryTagLikeList", |c| async move {
        c.contact_1_0()
            .talent_query_tag_like_list(USER)
            .operator_user_id(MEMBER)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_TalentQueryTagLikeList",
        &[],
        &[("userId", USER), ("operatorUserId", MEMBER)],
    );
    let likes = &found.result.unwrap().tag_likes.unwrap()[0];
    assert_eq!(likes.like_count, Some(3));
    assert_eq!(likes.has_liked, Some(true));

    let (request, found) = exchange("contact_TalentQueryTagLikeDetailList", |c| async move {
        c.contact_1_0()
            .talent_query_tag_like_detail_list(TalentQueryTagLikeDetailListInput {
                tag_code: "obj_cpa",
                user_id: USER,
            })
            .cursor(0)
            .size(20)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_TalentQueryTagLikeDetailList",
        &[],
        &[
            ("userId", USER),
            ("tagCode", "obj_cpa"),
            ("cursor", "0"),
            ("size", "20"),
        ],
    );
    let page = found.result.unwrap();
    assert_eq!(page.next_cursor, Some(1));
    assert_eq!(
        page.like_details.unwrap()[0].like_timestamp,
        Some(1780272000000)
    );

    let (request, deleted) = exchange("contact_TalentDeleteCustomTag", |c| async move {
        c.contact_1_0()
            .talent_delete_custom_tag(TalentDeleteCustomTagInput {
                tag_code: "custom_mentor",
                user_id: USER,
            })
            .send()
            .await
    })
    .await;
    check(&request, "contact_TalentDeleteCustomTag", &[], &[]);
    assert_eq!(deleted.result.unwrap().success, Some(true));

    let (request, deleted) = exchange("contact_TalentDeleteObjectiveTag", |c| async move {
        c.contact_1_0()
            .talent_delete_objective_tag(TalentDeleteObjectiveTagInput {
                tag_code: "obj_cpa",
                user_id: USER,
            })
            .send()
            .await
    })
    .await;
    check(&request, "contact_TalentDeleteObjectiveTag", &[], &[]);
    assert_eq!(deleted.result.unwrap().success, Some(true));

    let (request, deleted) = exchange("contact_TalentDeletePersonalityTag", |c| async move {
        c.contact_1_0()
            .talent_delete_personality_tag("pers_detail")
            .send()
            .await
    })
    .await;
    check(&request, "contact_TalentDeletePersonalityTag", &[], &[]);
    assert_eq!(deleted.result.unwrap().success, Some(true));
}

#[tokio::test]
async fn business_cards_are_read() {
    const CARD: &str = "4f2a9c1e7b3d";
    let (request, card) = exchange("contact_GetCardInUserHolder", |c| async move {
        c.contact_1_0().get_card_in_user_holder(CARD).send().await
    })
    .await;
    check(
        &request,
        "contact_GetCardInUserHolder",
        &[("cardId", CARD)],
        &[],
    );
    assert_eq!(card.card_id, CARD);
    assert_eq!(card.card_accept_time_long, Some(1780272000000));
    assert_eq!(card.extension.unwrap()["department"], "Finance");

    let (request, card) = exchange("contact_GetCardInfo", |c| async move {
        c.contact_1_0().get_card_info(CARD).send().await
    })
    .await;
    check(&request, "contact_GetCardInfo", &[("cardId", CARD)], &[]);
    assert_eq!(card.org_name, "Example Trading");
    let contact = card.extension.unwrap().card_contact_info.unwrap();
    assert_eq!(
        contact.email.unwrap()[0].value.as_deref(),
        Some("liwei@example.com")
    );
    assert_eq!(
        contact.address.unwrap()[0]
            .area
            .as_ref()
            .unwrap()
            .region_full_name
            .as_deref(),
        Some("Hangzhou, Zhejiang")
    );

    let (request, styles) = exchange("contact_GetCorpCardStyleList", |c| async move {
        c.contact_1_0().get_corp_card_style_list().send().await
    })
    .await;
    check(&request, "contact_GetCorpCardStyleList", &[], &[]);
    assert_eq!(styles.result[0]["templateId"], "tpl_standard");

    let (request, page) = exchange("contact_GetUserCardHolderList", |c| async move {
        c.contact_1_0()
            .get_user_card_holder_list(20)
            .next_token(0)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_GetUserCardHolderList",
        &[],
        &[("maxResults", "20"), ("nextToken", "0")],
    );
    assert_eq!(page.total_count, Some(1));
    assert_eq!(page.list[0].template_id, "tpl_standard");

    let (request, card) = exchange("contact_UniqueQueryUserCard", |c| async move {
        c.contact_1_0()
            .unique_query_user_card(UNION_ID)
            .template_id("tpl_standard")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_UniqueQueryUserCard",
        &[],
        &[("unionId", UNION_ID), ("templateId", "tpl_standard")],
    );
    assert_eq!(card.card_id.as_deref(), Some(CARD));
    assert_eq!(card.settings.unwrap()["showMobile"], true);

    let (request, pushed) = exchange("contact_IsvCardEventPush", |c| async move {
        c.contact_1_0()
            .isv_card_event_push(IsvCardEventPushInput {
                isv_card_id: "isv_card_9001",
                isv_token: "isvtok_5e2f",
                isv_uid: "isv_user_77",
                event_params: [("title".to_owned(), json!("Head of Finance"))].into(),
                event_type: "card_update",
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_IsvCardEventPush",
        &[],
        &[
            ("isvCardId", "isv_card_9001"),
            ("isvToken", "isvtok_5e2f"),
            ("isvUid", "isv_user_77"),
        ],
    );
    assert!(pushed.success);
}

#[tokio::test]
async fn card_statistics_are_read_and_followed_across_pages() {
    let (request, counts) = exchange("contact_QueryCardVisitorStatisticData", |c| async move {
        c.contact_1_0()
            .query_card_visitor_statistic_data(UNION_ID)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_QueryCardVisitorStatisticData",
        &[],
        &[("unionId", UNION_ID)],
    );
    assert_eq!(counts.total_visit_cnt, Some(340));
    assert_eq!(counts.wechat_today_visit_add_cnt, Some(1));

    let (request, days) = exchange("contact_QueryCorpStatisticData", |c| async move {
        c.contact_1_0()
            .query_corp_statistic_data(QueryCorpStatisticDataInput {
                end_time: "2026-06-07",
                start_time: "2026-06-01",
                union_id: UNION_ID,
            })
            .template_ids(strings(&["tpl_standard"]))
            .send()
            .await
    })
    .await;
    check(&request, "contact_QueryCorpStatisticData", &[], &[]);
    let day = &days.result.unwrap()[0];
    assert_eq!(day.data_date.as_deref(), Some("2026-06-01"));
    assert_eq!(day.card_be_received_total_cnt, Some(11));

    let (request, page) = exchange("contact_QueryCorpUserStatistic", |c| async move {
        c.contact_1_0()
            .query_corp_user_statistic(QueryCorpUserStatisticInput {
                end_time: "2026-06-07",
                max_results: 20,
                next_token: 0,
                start_time: "2026-06-01",
                union_id: UNION_ID,
            })
            .template_ids(strings(&["tpl_standard"]))
            .send()
            .await
    })
    .await;
    check(&request, "contact_QueryCorpUserStatistic", &[], &[]);
    assert_eq!(page.list.unwrap()[0].send_cnt, Some(5));

    // The cursor goes in the body.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1.0/contact/cards/users/statistics/query"))
        .and(wiremock::matchers::body_partial_json(
            json!({"nextToken": 9}),
        ))
        .respond_with(ok(json!({"hasMore": false, "list": [{"unionId": "b"}]})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1.0/contact/cards/users/statistics/query"))
        .and(wiremock::matchers::body_partial_json(
            json!({"nextToken": 0}),
        ))
        .respond_with(ok(
            json!({"hasMore": true, "nextToken": 9, "list": [{"unionId": "a"}]}),
        ))
        .mount(&server)
        .await;
    let users: Vec<Option<String>> = client(&server)
        .contact_1_0()
        .query_corp_user_statistic(QueryCorpUserStatisticInput {
            end_time: "2026-06-07",
            max_results: 1,
            next_token: 0,
            start_time: "2026-06-01",
            union_id: UNION_ID,
        })
        .items()
        .map_ok(|user| user.union_id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(users, [Some("a".into()), Some("b".into())]);
}

#[tokio::test]
async fn cooperation_spaces_are_made_and_arranged() {
    const BRANCH: &str = "ding5a3b7c9d1e2f3a4b";
    let (request, made) = exchange("contact_CreateCooperateOrg", |c| async move {
        c.contact_1_0()
            .create_cooperate_org("Example Supply Chain")
            .industry_code(1001)
            .logo_media_id("@lAjPDeC2uGvNh_bOE3Y5")
            .send()
            .await
    })
    .await;
    check(&request, "contact_CreateCooperateOrg", &[], &[]);
    assert_eq!(
        made.cooperate_corp_id.as_deref(),
        Some("dingc00p3r4t3e5f6a7b")
    );

    let (request, invite) = exchange("contact_GetCooperateOrgInviteInfo", |c| async move {
        c.contact_1_0()
            .get_cooperate_org_invite_info("dingc00p3r4t3e5f6a7b")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_GetCooperateOrgInviteInfo",
        &[("cooperateCorpId", "dingc00p3r4t3e5f6a7b")],
        &[],
    );
    assert!(invite.invite_url.ends_with("code=c0de42"));

    let (request, approved) = exchange("contact_BatchApproveUnionApply", |c| async move {
        c.contact_1_0()
            .batch_approve_union_apply()
            .body(vec![ContactBatchApproveUnionApplyRequestBody {
                branch_corp_id: Some(BRANCH.into()),
                link_dept_id: Some(560935057),
                union_root_name: Some("Example Logistics".into()),
            }])
            .send()
            .await
    })
    .await;
    check(&request, "contact_BatchApproveUnionApply", &[], &[]);
    assert_eq!(approved.result, Some(true));

    let (request, _) = exchange(
        "contact_UpdateBranchAttributesInCooperate",
        |c| async move {
            c.contact_1_0()
                .update_branch_attributes_in_cooperate(vec![
                    ContactUpdateBranchAttributesInCooperateRequestBody {
                        branch_corp_id: BRANCH.into(),
                        link_dept_id: 560935057,
                        union_root_name: "Example Logistics".into(),
                    },
                ])
                .send()
                .await
        },
    )
    .await;
    check(
        &request,
        "contact_UpdateBranchAttributesInCooperate",
        &[],
        &[],
    );

    let request = exchange_empty(
        "contact_UpdateBranchVisibleSettingInCooperate",
        |c| async move {
            c.contact_1_0()
                .update_branch_visible_setting_in_cooperate(vec![
                    ContactUpdateBranchVisibleSettingInCooperateRequestBody {
                        branch_corp_id: BRANCH.into(),
                        open: true,
                        r#type: 1,
                        visible_branch_corp_ids: Some(strings(&[CORP])),
                        visible_dept_ids: Some(vec![560935057]),
                    },
                ])
                .send()
                .await
        },
    )
    .await;
    check(
        &request,
        "contact_UpdateBranchVisibleSettingInCooperate",
        &[],
        &[],
    );

    let (request, separated) = exchange("contact_SeparateBranchOrg", |c| async move {
        c.contact_1_0().separate_branch_org(560935057).send().await
    })
    .await;
    check(&request, "contact_SeparateBranchOrg", &[], &[]);
    assert!(separated.result);

    let (request, data) = exchange("contact_GetBranchAuthData", |c| async move {
        c.contact_1_0()
            .get_branch_auth_data(GetBranchAuthDataInput {
                branch_corp_id: BRANCH,
                code: "school_info",
            })
            .body([("year".to_owned(), "2026".to_owned())].into())
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_GetBranchAuthData",
        &[],
        &[("branchCorpId", BRANCH), ("code", "school_info")],
    );
    assert_eq!(data.result.unwrap()[0].field_value.as_deref(), Some("1200"));
}

#[tokio::test]
async fn identities_are_verified() {
    let (request, started) = exchange("contact_InitVerifyEvent", |c| async move {
        c.contact_1_0()
            .init_verify_event(InitVerifyEventInput {
                factor_code_list: strings(&["face"]),
                user_id: USER,
            })
            .caller_device_id("device-7f3a")
            .state("approve-payment-42")
            .send()
            .await
    })
    .await;
    check(&request, "contact_InitVerifyEvent", &[], &[]);
    assert_eq!(started.verify_id.as_deref(), Some("vrf_8d2c41"));

    let (request, pushed) = exchange("contact_PushVerifyEvent", |c| async move {
        c.contact_1_0()
            .push_verify_event(PushVerifyEventInput {
                factor_code_list: strings(&["face"]),
                user_id: USER,
            })
            .caller_device_id("device-7f3a")
            .state("approve-payment-42")
            .send()
            .await
    })
    .await;
    check(&request, "contact_PushVerifyEvent", &[], &[]);
    assert_eq!(pushed.verify_id.as_deref(), Some("vrf_8d2c42"));

    let (request, result) = exchange("contact_QueryVerifyResult", |c| async move {
        c.contact_1_0()
            .query_verify_result("vrf_8d2c41")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_QueryVerifyResult",
        &[],
        &[("verifyId", "vrf_8d2c41")],
    );
    assert_eq!(result.result_code.as_deref(), Some("PASS"));
    assert_eq!(result.verify_timestamp, Some(1780272000000));
}

#[tokio::test]
async fn reviews_titles_courses_and_department_settings_are_reported() {
    let (request, taken) = exchange("contact_AnnualCertificationAudit", |c| async move {
        c.contact_1_0()
            .annual_certification_audit(AnnualCertificationAuditInput {
                auth_status: 1,
                order_id: "ord_20260601_0001",
            })
            .corp_name("Hangzhou Example Trading Co., Ltd.")
            .certificate_type(1)
            .license_number("91330100MA2B000000")
            .license_url("https://static.dingtalk.com/media/license_example.jpg")
            .legal_person("Zhang San")
            .applicant_name("Li Wei")
            .applicant_mobile("13800138000")
            .application_letter("https://static.dingtalk.com/media/letter_example.pdf")
            .depositary_bank("Example Bank Hangzhou Branch")
            .public_account("6222000000000000")
            .reason_code("")
            .reason_msg("")
            .tag("annual")
            .extension("{}")
            .send()
            .await
    })
    .await;
    check(&request, "contact_AnnualCertificationAudit", &[], &[]);
    assert_eq!(taken.result, Some(true));

    let (request, changed) = exchange("contact_BatchUpdateExternalTitle", |c| async move {
        c.contact_1_0()
            .batch_update_external_title()
            .operator_user_id(USER)
            .update_title_model_list(vec![
                ContactBatchUpdateExternalTitleRequestUpdateTitleModelList {
                    title: Some("Account Manager".into()),
                    user_id: Some(MEMBER.into()),
                },
            ])
            .send()
            .await
    })
    .await;
    check(&request, "contact_BatchUpdateExternalTitle", &[], &[]);
    let result = changed.result.unwrap();
    assert_eq!(
        result.modify_list.unwrap()[0].title.as_deref(),
        Some("Account Manager")
    );
    assert_eq!(result.failed_list, Some(vec![]));

    let (request, recorded) = exchange("contact_CourseFinishCourse", |c| async move {
        c.contact_1_0()
            .course_finish_course()
            .user_id(USER)
            .course_id("course_fin_101")
            .cert_id("cert_7781")
            .status("finished")
            .cert_media_base64("iVBORw0KGgo=")
            .send()
            .await
    })
    .await;
    check(&request, "contact_CourseFinishCourse", &[], &[]);
    assert!(recorded.result);

    let (request, changed) = exchange("contact_DeptGroupSettingUpdate", |c| async move {
        c.contact_1_0()
            .dept_group_setting_update(560935057)
            .group_contain_sub_dept(true)
            .group_contain_hidden_dept(false)
            .group_contain_outer_dept(false)
            .group_contain_hrm_employee_type_labels(strings(&["fulltime"]))
            .sync_members(true)
            .permission_code("contact_manage")
            .send()
            .await
    })
    .await;
    check(&request, "contact_DeptGroupSettingUpdate", &[], &[]);
    assert_eq!(changed.result, Some(true));

    let (request, _) = exchange("contact_UpdateDeptSettngTailFirst", |c| async move {
        c.contact_1_0()
            .update_dept_settng_tail_first(true)
            .send()
            .await
    })
    .await;
    check(&request, "contact_UpdateDeptSettngTailFirst", &[], &[]);

    let (request, taken) = exchange("contact_UpdateTitleAuditStatus", |c| async move {
        c.contact_1_0()
            .update_title_audit_status()
            .union_id(UNION_ID)
            .uuid("edu_5521")
            .r#type("education")
            .auth_status("PASS")
            .school("Zhejiang University")
            .major("Accounting")
            .education_level("bachelor")
            .position("")
            .reason_code("")
            .reason_msg("")
            .extension("{}")
            .send()
            .await
    })
    .await;
    check(&request, "contact_UpdateTitleAuditStatus", &[], &[]);
    assert_eq!(taken.result, Some(true));
}

#[tokio::test]
async fn resources_are_handed_over_and_files_translated() {
    let (request, taken) = exchange("contact_SubmitHandoverResource", |c| async move {
        c.contact_1_0()
            .submit_handover_resource(SubmitHandoverResourceInput {
                tasks: vec![ContactSubmitHandoverResourceRequestTasks {
                    action_type: "transfer".into(),
                    receiver_staff_id: Some(USER.into()),
                    resource_type_id: 1,
                }],
                user_id: MEMBER,
            })
            .send()
            .await
    })
    .await;
    check(&request, "contact_SubmitHandoverResource", &[], &[]);
    assert_eq!(taken.success, Some(true));

    let (request, job) = exchange("contact_TranslateFile", |c| async move {
        c.contact_1_0()
            .translate_file(TranslateFileInput {
                medias: [("@lAjPDeC2uGvNh_bOE3Y5".to_owned(), "report.pdf".to_owned())].into(),
                union_id: UNION_ID,
            })
            .output_file_name("report-en.pdf")
            .send()
            .await
    })
    .await;
    check(&request, "contact_TranslateFile", &[], &[]);
    assert_eq!(job.job_id.as_deref(), Some("job_tr_6a1f"));

    let (request, result) = exchange("contact_GetTranslateFileJobResult", |c| async move {
        c.contact_1_0()
            .get_translate_file_job_result("job_tr_6a1f")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "contact_GetTranslateFileJobResult",
        &[],
        &[("jobId", "job_tr_6a1f")],
    );
    assert_eq!(result.status, "success");
    assert!(result.url.unwrap().ends_with("report-en.pdf"));
}

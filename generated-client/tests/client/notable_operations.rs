//! Every `notable_1_0` operation against a local server. Each test calls the
//! client with the inputs of the spec's examples (the parameters' examples
//! and the request body's example, optional inputs included) and checks the
//! request on the wire: method, the path with the examples in it, the exact
//! query, the token header and the JSON body, which must equal the spec's
//! request example. The server answers with the spec's 200 example and the
//! test checks the typed result. Then the documented error codes are read as
//! `ErrorCode` variants, the documented limits are checked before sending,
//! and the paged reads are followed across pages.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};

use common::*;
use dingtalk::notable_1_0::*;
use futures_util::TryStreamExt;
use serde_json::{json, Value};
use wiremock::matchers::{body_partial_json, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

// The ids of the spec's examples.
const BASE: &str = "KGZLxjv9VG3JBKR3CMGzNyd0W6EDybno";
const SOURCE_BASE: &str = "20eMKjyp810mMdK4H4qQYQxZWxAZB1Gv";
const OPERATOR: &str = "ZiSPi5sTXSdiSXoE4iPiPjdQiEiE";
const MEMBER: &str = "Xk2PiSiiXuSGiPLkQiEiE2i";
const ORG: i64 = 1523017462;
const SHEET: &str = "Tv2Q1sT";
const FIELD: &str = "NOVr8Zy";
const RECORD: &str = "LrYvB2Jm9K";
const RECORD_2: &str = "hQ3xC6aWsP";
const ROLE: i64 = 3218704;
const FLOW: &str = "6c1f0a9e2b7d4e35";
const COPIED_FLOW: &str = "9d2e7b41c0a35f86";
const IMPORT: &str = "imp_5f0c3a9e7d2b41c8";
const CLIENT_TOKEN: &str = "550e8400-e29b-41d4-a716-446655440000";
const SUB_ROLE_CONFIG: &str = r#"{"sheetId":"Tv2Q1sT"}"#;
const EXTERNAL_CONFIG: &str = r#"{"endpoint":"https://auth.example.com/notable"}"#;

/// A JSON object as the map of values the record and field models take.
fn map(value: Value) -> BTreeMap<String, Value> {
    serde_json::from_value(value).unwrap()
}

/// Checks a request of `operation_id`: the spec's method; the spec's path
/// with each path parameter's example in it; exactly the query pairs
/// `query`, which name every documented query parameter but the paging
/// cursor, each with its example where the spec gives one; the common headers; and the spec's
/// request example as the body, or no body for an operation without one.
fn check(request: &Request, operation_id: &str, query: &[(&str, &str)]) {
    let (template, spec_method, op) = operation(operation_id);
    assert_eq!(
        request.method.as_str(),
        spec_method,
        "{operation_id}: method"
    );
    let parameters = parameters(spec(), &template, &spec_method.to_lowercase());
    let mut expected_path = template.clone();
    for p in parameters.iter().filter(|p| p["in"] == "path") {
        let name = p["name"].as_str().unwrap();
        let example = p["example"]
            .as_str()
            .unwrap_or_else(|| panic!("{operation_id}: the path parameter {name} has no example"));
        expected_path = expected_path.replace(&format!("{{{name}}}"), example);
    }
    assert_eq!(request.url.path(), expected_path, "{operation_id}: path");

    let mut sent = common::query(request);
    sent.sort();
    let mut expected: Vec<(String, String)> = query
        .iter()
        .map(|&(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    expected.sort();
    assert_eq!(sent, expected, "{operation_id}: query");
    // A first page is asked for without the cursor; the paging tests below
    // send it.
    let cursor = &op["x-pagination"]["cursorParameter"];
    let documented: BTreeSet<String> = parameters
        .iter()
        .filter(|p| p["in"] == "query" && p["name"] != *cursor)
        .map(|p| p["name"].as_str().unwrap().to_owned())
        .collect();
    let named: BTreeSet<String> = query.iter().map(|&(k, _)| k.to_owned()).collect();
    assert_eq!(named, documented, "{operation_id}: every query parameter");
    for p in parameters.iter().filter(|p| p["in"] == "query") {
        if let (Some(example), Some((_, value))) = (
            p["example"].as_str(),
            query.iter().find(|(k, _)| p["name"] == *k),
        ) {
            assert_eq!(*value, example, "{operation_id}: {} example", p["name"]);
        }
    }

    let has_body = op.get("requestBody").is_some();
    assert_common_headers(request, has_body);
    if has_body {
        let example = request_example(operation_id);
        assert!(example.is_object(), "{operation_id} has no request example");
        assert_eq!(json_body(request), example, "{operation_id}: body");
    }
}

/// The query of most operations: only the operator.
const OPERATOR_ONLY: &[(&str, &str)] = &[("operatorId", OPERATOR)];

/// The operations the tests below call, to compare with the spec's.
const TESTED: &[&str] = &[
    "notable_AddRoleMember",
    "notable_QueryDocAllRoles",
    "notable_RebuildRoleMembers",
    "notable_ChangeSwitch",
    "notable_GetSwitch",
    "notable_CopyWorkflow",
    "notable_CreateField",
    "notable_GetAllFields",
    "notable_CreateRole",
    "notable_DeleteRole",
    "notable_GetUserDocRoles",
    "notable_UpdateRole",
    "notable_CreateSheet",
    "notable_GetAllSheets",
    "notable_DeleteField",
    "notable_UpdateField",
    "notable_DeleteRecords",
    "notable_DeleteSheet",
    "notable_GetSheet",
    "notable_UpdateSheet",
    "notable_DeleteWorkflow",
    "notable_DisableWorkflow",
    "notable_EnableWorkflow",
    "notable_ExecuteImport",
    "notable_GetImportEncryptPublicKey",
    "notable_GetRecord",
    "notable_GetRecords",
    "notable_InsertRecords",
    "notable_UpdateRecords",
    "notable_ListRecords",
    "notable_ListWorkflows",
    "notable_MarkExternalAuthControlledSheet",
    "notable_UnmarkExternalAuthControlledSheet",
    "notable_PrepareImportUpload",
    "notable_PrepareSetRichText",
    "notable_QueryChangedRecordIdsByClientToken",
    "notable_QueryExternalAuthControlledSheets",
    "notable_QueryImportStatus",
    "notable_TruncateSheetRecords",
];

#[test]
fn every_notable_operation_is_tested() {
    let spec: BTreeSet<String> = operation_ids()
        .into_iter()
        .filter(|id| operation(id).2["tags"][0] == "notable_1_0")
        .collect();
    let tested: BTreeSet<String> = TESTED.iter().map(|id| id.to_string()).collect();
    assert_eq!(spec, tested);
}

#[tokio::test]
async fn sheets() {
    let (request, created) = exchange("notable_CreateSheet", |c| async move {
        c.notable_1_0()
            .create_sheet(CreateSheetInput {
                base_id: BASE,
                operator_id: OPERATOR,
            })
            .name("Tasks")
            .fields(vec![
                NotableCreateSheetRequestFields {
                    name: "Title".into(),
                    r#type: "text".into(),
                    property: None,
                },
                NotableCreateSheetRequestFields {
                    name: "Status".into(),
                    r#type: "singleSelect".into(),
                    property: Some(map(
                        json!({"choices": [{"name": "To do"}, {"name": "Done"}]}),
                    )),
                },
            ])
            .send()
            .await
    })
    .await;
    check(&request, "notable_CreateSheet", OPERATOR_ONLY);
    assert_eq!(created.id.as_deref(), Some(SHEET));
    assert_eq!(created.name.as_deref(), Some("Tasks"));

    let (request, all) = exchange("notable_GetAllSheets", |c| async move {
        c.notable_1_0()
            .get_all_sheets(GetAllSheetsInput {
                base_id: BASE,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(&request, "notable_GetAllSheets", OPERATOR_ONLY);
    let names: Vec<_> = all
        .value
        .unwrap()
        .into_iter()
        .map(|s| (s.id.unwrap(), s.name.unwrap()))
        .collect();
    assert_eq!(
        names,
        [
            (SHEET.to_owned(), "Tasks".to_owned()),
            ("pW7mK0d".to_owned(), "Milestones".to_owned())
        ]
    );

    let (request, sheet) = exchange("notable_GetSheet", |c| async move {
        c.notable_1_0()
            .get_sheet(GetSheetInput {
                base_id: BASE,
                sheet_id_or_name: SHEET,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(&request, "notable_GetSheet", OPERATOR_ONLY);
    assert_eq!(sheet.id.as_deref(), Some(SHEET));

    let (request, renamed) = exchange("notable_UpdateSheet", |c| async move {
        c.notable_1_0()
            .update_sheet(UpdateSheetInput {
                base_id: BASE,
                sheet_id_or_name: SHEET,
                operator_id: OPERATOR,
                name: "Open tasks",
            })
            .send()
            .await
    })
    .await;
    check(&request, "notable_UpdateSheet", OPERATOR_ONLY);
    assert_eq!(renamed.name.as_deref(), Some("Open tasks"));

    let (request, deleted) = exchange("notable_DeleteSheet", |c| async move {
        c.notable_1_0()
            .delete_sheet(DeleteSheetInput {
                base_id: BASE,
                sheet_id_or_name: SHEET,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(&request, "notable_DeleteSheet", OPERATOR_ONLY);
    assert_eq!(deleted.success, Some(true));
}

#[tokio::test]
async fn fields() {
    let choices = |names: &[&str]| {
        let choices: Vec<Value> = names.iter().map(|n| json!({ "name": n })).collect();
        map(json!({ "choices": choices }))
    };
    let (request, created) = exchange("notable_CreateField", |c| async move {
        c.notable_1_0()
            .create_field(CreateFieldInput {
                base_id: BASE,
                sheet_id_or_name: SHEET,
                operator_id: OPERATOR,
                name: "Status",
                r#type: "singleSelect",
            })
            .property(choices(&["To do", "In progress", "Done"]))
            .send()
            .await
    })
    .await;
    check(&request, "notable_CreateField", OPERATOR_ONLY);
    assert_eq!(created.id.as_deref(), Some(FIELD));
    assert_eq!(created.r#type.as_deref(), Some("singleSelect"));
    assert_eq!(
        created.property.unwrap()["choices"][1],
        json!({"id": "opt_Prg2", "name": "In progress"})
    );

    let (request, all) = exchange("notable_GetAllFields", |c| async move {
        c.notable_1_0()
            .get_all_fields(GetAllFieldsInput {
                base_id: BASE,
                sheet_id_or_name: SHEET,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(&request, "notable_GetAllFields", OPERATOR_ONLY);
    let all = all.value.unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].name.as_deref(), Some("Title"));
    assert_eq!(all[0].property, Some(BTreeMap::new()));
    assert_eq!(all[1].id.as_deref(), Some(FIELD));
    assert_eq!(
        all[1].property.as_ref().unwrap()["choices"][2]["name"],
        "Done"
    );

    let (request, updated) = exchange("notable_UpdateField", |c| async move {
        c.notable_1_0()
            .update_field(UpdateFieldInput {
                base_id: BASE,
                sheet_id_or_name: SHEET,
                field_id_or_name: FIELD,
                operator_id: OPERATOR,
                name: "Progress",
            })
            .property(choices(&["To do", "In progress", "Blocked", "Done"]))
            .send()
            .await
    })
    .await;
    check(&request, "notable_UpdateField", OPERATOR_ONLY);
    assert_eq!(updated.id.as_deref(), Some(FIELD));

    let (request, deleted) = exchange("notable_DeleteField", |c| async move {
        c.notable_1_0()
            .delete_field(DeleteFieldInput {
                base_id: BASE,
                sheet_id_or_name: SHEET,
                field_id_or_name: FIELD,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(&request, "notable_DeleteField", OPERATOR_ONLY);
    assert_eq!(deleted.success, Some(true));
}

#[tokio::test]
async fn records() {
    let (request, inserted) = exchange("notable_InsertRecords", |c| async move {
        c.notable_1_0()
            .insert_records(InsertRecordsInput {
                base_id: BASE,
                sheet_id_or_name: SHEET,
                operator_id: OPERATOR,
                records: vec![
                    NotableInsertRecordsRequestRecords {
                        fields: map(json!({
                            "Title": "Renew the office lease",
                            "Status": "To do",
                            "Due": 1767139200000_i64,
                            "Owner": [{"unionId": MEMBER}],
                        })),
                    },
                    NotableInsertRecordsRequestRecords {
                        fields: map(json!({"Title": "Book the team offsite", "Status": "To do"})),
                    },
                ],
            })
            .client_token(CLIENT_TOKEN)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "notable_InsertRecords",
        &[("operatorId", OPERATOR), ("clientToken", CLIENT_TOKEN)],
    );
    let ids: Vec<String> = inserted
        .value
        .unwrap()
        .into_iter()
        .map(|r| r.id.unwrap())
        .collect();
    assert_eq!(ids, [RECORD, RECORD_2]);

    let (request, record) = exchange("notable_GetRecord", |c| async move {
        c.notable_1_0()
            .get_record(GetRecordInput {
                base_id: BASE,
                sheet_id_or_name: SHEET,
                record_id: RECORD,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(&request, "notable_GetRecord", OPERATOR_ONLY);
    assert_eq!(record.id.as_deref(), Some(RECORD));
    let fields = record.fields.unwrap();
    assert_eq!(fields["Title"], "Renew the office lease");
    assert_eq!(fields["Due"], 1767139200000_i64);
    assert_eq!(fields["Owner"], json!([{"unionId": MEMBER}]));
    assert_eq!(
        record.created_by.unwrap().union_id.as_deref(),
        Some(OPERATOR)
    );
    assert_eq!(record.created_time, Some(1764921600000));
    assert_eq!(
        record.last_modified_by.unwrap().union_id.as_deref(),
        Some(MEMBER)
    );
    assert_eq!(record.last_modified_time, Some(1765008000000));

    let (request, page) = exchange("notable_GetRecords", |c| async move {
        c.notable_1_0()
            .get_records(GetRecordsInput {
                base_id: BASE,
                sheet_id_or_name: SHEET,
                operator_id: OPERATOR,
            })
            .max_results(100)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "notable_GetRecords",
        &[("operatorId", OPERATOR), ("maxResults", "100")],
    );
    assert_eq!(page.has_more, Some(true));
    assert_eq!(page.next_token.as_deref(), Some("eyJvZmZzZXQiOjEwMH0="));
    assert_eq!(page.records.unwrap()[0].id.as_deref(), Some(RECORD));

    let (request, page) = exchange("notable_ListRecords", |c| async move {
        c.notable_1_0()
            .list_records(ListRecordsInput {
                base_id: BASE,
                sheet_id_or_name: SHEET,
                operator_id: OPERATOR,
            })
            .filter(NotableListRecordsRequestFilter {
                combination: Some("and".into()),
                conditions: vec![
                    NotableListRecordsRequestFilterConditions {
                        field: "Status".into(),
                        operator: "equal".into(),
                        value: Some(vec![json!("In progress")]),
                    },
                    NotableListRecordsRequestFilterConditions {
                        field: "Owner".into(),
                        operator: "notEmpty".into(),
                        value: None,
                    },
                ],
            })
            .field_id_or_names(vec!["Title".into(), "Status".into(), "Owner".into()])
            .max_results(50)
            .send()
            .await
    })
    .await;
    check(&request, "notable_ListRecords", OPERATOR_ONLY);
    assert_eq!(page.has_more, Some(false));
    assert_eq!(page.next_token, None);
    let records = page.records.unwrap();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].fields.as_ref().unwrap()["Status"], "In progress");
    assert_eq!(
        records[0].created_by.as_ref().unwrap().union_id.as_deref(),
        Some(OPERATOR)
    );

    let (request, updated) = exchange("notable_UpdateRecords", |c| async move {
        c.notable_1_0()
            .update_records(UpdateRecordsInput {
                base_id: BASE,
                sheet_id_or_name: SHEET,
                operator_id: OPERATOR,
                records: vec![NotableUpdateRecordsRequestRecords {
                    id: RECORD.into(),
                    fields: map(json!({"Status": "Done"})),
                }],
            })
            .send()
            .await
    })
    .await;
    check(&request, "notable_UpdateRecords", OPERATOR_ONLY);
    assert_eq!(updated.value.unwrap()[0].id.as_deref(), Some(RECORD));

    let (request, changed) = exchange(
        "notable_QueryChangedRecordIdsByClientToken",
        |c| async move {
            c.notable_1_0()
                .query_changed_record_ids_by_client_token(QueryChangedRecordIdsByClientTokenInput {
                    base_id: BASE,
                    operator_id: OPERATOR,
                    client_token: CLIENT_TOKEN,
                })
                .send()
                .await
        },
    )
    .await;
    check(
        &request,
        "notable_QueryChangedRecordIdsByClientToken",
        OPERATOR_ONLY,
    );
    assert_eq!(changed.changed_record_ids, Some(json!([RECORD, RECORD_2])));

    let (request, deleted) = exchange("notable_DeleteRecords", |c| async move {
        c.notable_1_0()
            .delete_records(DeleteRecordsInput {
                base_id: BASE,
                sheet_id_or_name: SHEET,
                operator_id: OPERATOR,
                record_ids: vec![RECORD.into(), RECORD_2.into()],
            })
            .send()
            .await
    })
    .await;
    check(&request, "notable_DeleteRecords", OPERATOR_ONLY);
    assert_eq!(deleted.success, Some(true));

    let (request, emptied) = exchange("notable_TruncateSheetRecords", |c| async move {
        c.notable_1_0()
            .truncate_sheet_records(TruncateSheetRecordsInput {
                base_id: BASE,
                sheet_id_or_name: SHEET,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(&request, "notable_TruncateSheetRecords", OPERATOR_ONLY);
    assert_eq!(emptied.success, Some(true));

    let (request, prepared) = exchange("notable_PrepareSetRichText", |c| async move {
        c.notable_1_0()
            .prepare_set_rich_text(PrepareSetRichTextInput {
                base_id: BASE,
                operator_id: OPERATOR,
            })
            .markdown("## Lease\n\nSigned copy: ![scan](lease-scan.png)")
            .send()
            .await
    })
    .await;
    check(&request, "notable_PrepareSetRichText", OPERATOR_ONLY);
    assert!(prepared
        .markdown
        .unwrap()
        .ends_with("(https://alidocs.dingtalk.com/core/api/resources/res_8Hq2Lw)"));
    let upload = &prepared.upload_infos.unwrap()[0];
    assert_eq!(upload.resource_id.as_deref(), Some("res_8Hq2Lw"));
    assert!(upload
        .upload_url
        .as_deref()
        .unwrap()
        .starts_with("https://"));
}

#[tokio::test]
async fn roles_and_advanced_permissions() {
    let (request, switched) = exchange("notable_ChangeSwitch", |c| async move {
        c.notable_1_0()
            .change_switch(ChangeSwitchInput {
                base_id: BASE,
                operator_id: OPERATOR,
                value: true,
            })
            .send()
            .await
    })
    .await;
    check(&request, "notable_ChangeSwitch", OPERATOR_ONLY);
    assert_eq!(switched.enabled, Some(true));

    let (request, switch) = exchange("notable_GetSwitch", |c| async move {
        c.notable_1_0()
            .get_switch(GetSwitchInput {
                base_id: BASE,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(&request, "notable_GetSwitch", OPERATOR_ONLY);
    assert_eq!(switch.enabled, Some(false));

    let (request, created) = exchange("notable_CreateRole", |c| async move {
        c.notable_1_0()
            .create_role(CreateRoleInput {
                base_id: BASE,
                operator_id: OPERATOR,
                name: "Reviewers",
                role_type: "CUSTOM",
                sub_roles: vec![NotableCreateRoleRequestSubRoles {
                    auth_level: Some(2),
                    biz_type: Some(1),
                    config: Some(SUB_ROLE_CONFIG.into()),
                    ..Default::default()
                }],
            })
            .flow_type("NORMAL")
            .send()
            .await
    })
    .await;
    check(&request, "notable_CreateRole", OPERATOR_ONLY);
    assert_eq!(created.id, Some(ROLE));
    let sub_role = &created.sub_roles.unwrap()[0];
    assert_eq!(sub_role.id.as_deref(), Some("sr_Tv2Q1sT"));
    assert_eq!(sub_role.gmt_create, Some(1764931200000));

    let (request, updated) = exchange("notable_UpdateRole", |c| async move {
        c.notable_1_0()
            .update_role(UpdateRoleInput {
                base_id: BASE,
                operator_id: OPERATOR,
                id: ROLE,
                name: "Senior reviewers",
                role_type: "CUSTOM",
                sub_roles: vec![NotableUpdateRoleRequestSubRoles {
                    id: Some("sr_Tv2Q1sT".into()),
                    auth_level: Some(3),
                    biz_type: Some(1),
                    config: Some(SUB_ROLE_CONFIG.into()),
                    gmt_create: None,
                }],
            })
            .flow_type("NORMAL")
            .send()
            .await
    })
    .await;
    check(&request, "notable_UpdateRole", OPERATOR_ONLY);
    assert_eq!(updated.name.as_deref(), Some("Senior reviewers"));
    assert_eq!(updated.sub_roles.unwrap()[0].auth_level, Some(3));

    let (request, members) = exchange("notable_AddRoleMember", |c| async move {
        c.notable_1_0()
            .add_role_member(AddRoleMemberInput {
                base_id: BASE,
                operator_id: OPERATOR,
            })
            .role_member_list(vec![NotableAddRoleMemberRequestRoleMemberList {
                member_id: Some(MEMBER.into()),
                member_id_belong_org_id: Some(ORG),
                member_type: Some("USER".into()),
                role_id: Some(ROLE.to_string()),
            }])
            .send()
            .await
    })
    .await;
    check(&request, "notable_AddRoleMember", OPERATOR_ONLY);
    assert_eq!(members.success, Some(true));

    let (request, rebuilt) = exchange("notable_RebuildRoleMembers", |c| async move {
        c.notable_1_0()
            .rebuild_role_members(RebuildRoleMembersInput {
                base_id: BASE,
                operator_id: OPERATOR,
                default_role_dto: NotableRebuildRoleMembersRequestDefaultRoleDto {
                    mode: Some(1),
                    role_id: Some(ROLE),
                },
                to_role_member_dto_map: BTreeMap::from([(
                    ROLE.to_string(),
                    vec![NotableToRoleMemberDtoMapValue {
                        member_id: MEMBER.into(),
                        member_type: "USER".into(),
                        member_id_belong_org_id: ORG,
                        avatar: None,
                        name: None,
                    }],
                )]),
            })
            .send()
            .await
    })
    .await;
    check(&request, "notable_RebuildRoleMembers", OPERATOR_ONLY);
    assert_eq!(rebuilt.success, Some(true));

    let (request, all) = exchange("notable_QueryDocAllRoles", |c| async move {
        c.notable_1_0()
            .query_doc_all_roles(QueryDocAllRolesInput {
                base_id: BASE,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(&request, "notable_QueryDocAllRoles", OPERATOR_ONLY);
    assert_eq!(all.enabled, Some(true));
    assert_eq!(all.default_role.unwrap().role_id, Some(ROLE));
    assert_eq!(all.system_roles, Some(vec![3218701, 3218702]));
    let entry = &all.all_roles.unwrap()[0];
    assert_eq!(entry.role.as_ref().unwrap().id, Some(ROLE));
    let member = &entry.members.as_ref().unwrap()[0];
    assert_eq!(member.member_id.as_deref(), Some(MEMBER));
    assert_eq!(member.member_id_belong_org_id, Some(ORG));
    assert_eq!(member.name.as_deref(), Some("Li Wei"));

    let (request, mine) = exchange("notable_GetUserDocRoles", |c| async move {
        c.notable_1_0()
            .get_user_doc_roles(GetUserDocRolesInput {
                base_id: BASE,
                operator_id: OPERATOR,
                union_id: MEMBER,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "notable_GetUserDocRoles",
        &[("operatorId", OPERATOR), ("unionId", MEMBER)],
    );
    assert_eq!(mine.roles.unwrap()[0].id, Some(ROLE));

    let (request, deleted) = exchange("notable_DeleteRole", |c| async move {
        c.notable_1_0()
            .delete_role(DeleteRoleInput {
                base_id: BASE,
                operator_id: OPERATOR,
                role_id: ROLE,
            })
            .send()
            .await
    })
    .await;
    check(&request, "notable_DeleteRole", OPERATOR_ONLY);
    assert_eq!(request.method.as_str(), "DELETE");
    assert_eq!(deleted.success, Some(true));
}

#[tokio::test]
async fn workflows() {
    let (request, listed) = exchange("notable_ListWorkflows", |c| async move {
        c.notable_1_0()
            .list_workflows(ListWorkflowsInput {
                base_id: BASE,
                operator_id: OPERATOR,
            })
            .offset(0)
            .limit(20)
            .send()
            .await
    })
    .await;
    check(&request, "notable_ListWorkflows", OPERATOR_ONLY);
    assert_eq!(listed.total, Some(2));
    let workflows = listed.workflows.unwrap();
    assert_eq!(workflows[0].flow_id.as_deref(), Some(FLOW));
    assert_eq!(workflows[0].status.as_deref(), Some("ENABLED"));
    assert_eq!(workflows[1].description.as_deref(), Some(""));

    let (request, copied) = exchange("notable_CopyWorkflow", |c| async move {
        c.notable_1_0()
            .copy_workflow(CopyWorkflowInput {
                base_id: BASE,
                operator_id: OPERATOR,
                flow_id: FLOW,
                flow_version_id: "3",
                source_base_id: SOURCE_BASE,
            })
            .is_system(false)
            .send()
            .await
    })
    .await;
    check(&request, "notable_CopyWorkflow", OPERATOR_ONLY);
    assert_eq!(copied.flow_id.as_deref(), Some(COPIED_FLOW));
    assert_eq!(copied.version_id.as_deref(), Some("1"));

    let (request, enabled) = exchange("notable_EnableWorkflow", |c| async move {
        c.notable_1_0()
            .enable_workflow(EnableWorkflowInput {
                base_id: BASE,
                flow_id: FLOW,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(&request, "notable_EnableWorkflow", OPERATOR_ONLY);
    assert_eq!(enabled.success, Some(true));

    let (request, disabled) = exchange("notable_DisableWorkflow", |c| async move {
        c.notable_1_0()
            .disable_workflow(DisableWorkflowInput {
                base_id: BASE,
                flow_id: FLOW,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(&request, "notable_DisableWorkflow", OPERATOR_ONLY);
    assert_eq!(disabled.success, Some(true));

    let (request, deleted) = exchange("notable_DeleteWorkflow", |c| async move {
        c.notable_1_0()
            .delete_workflow(DeleteWorkflowInput {
                base_id: BASE,
                flow_id: FLOW,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(&request, "notable_DeleteWorkflow", OPERATOR_ONLY);
    assert_eq!(deleted.success, Some(true));
}

#[tokio::test]
async fn encrypted_import() {
    let (request, key) = exchange("notable_GetImportEncryptPublicKey", |c| async move {
        c.notable_1_0()
            .get_import_encrypt_public_key(OPERATOR)
            .key_version("2")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "notable_GetImportEncryptPublicKey",
        &[("operatorId", OPERATOR), ("keyVersion", "2")],
    );
    assert_eq!(key.key_version.as_deref(), Some("2"));
    assert_eq!(key.expire_at, Some(1767225600000));
    let pem = key.public_key_pem.unwrap();
    assert!(pem.starts_with("-----BEGIN PUBLIC KEY-----\n"), "{pem}");
    assert!(pem.ends_with("-----END PUBLIC KEY-----\n"), "{pem}");

    let (request, prepared) = exchange("notable_PrepareImportUpload", |c| async move {
        c.notable_1_0()
            .prepare_import_upload(PrepareImportUploadInput {
                base_id: BASE,
                operator_id: OPERATOR,
                file_extension: "xlsx",
                file_name: "tasks-2027.xlsx",
                file_size: 48213,
            })
            .table_names(vec!["Tasks 2027".into()])
            .send()
            .await
    })
    .await;
    check(&request, "notable_PrepareImportUpload", OPERATOR_ONLY);
    assert_eq!(prepared.import_id.as_deref(), Some(IMPORT));
    assert_eq!(prepared.expire_at, Some(1765011600000));
    assert!(prepared.upload_url.unwrap().contains(IMPORT));

    let (request, started) = exchange("notable_ExecuteImport", |c| async move {
        c.notable_1_0()
            .execute_import(ExecuteImportInput {
                base_id: BASE,
                operator_id: OPERATOR,
                import_id: IMPORT,
            })
            .encryption(NotableExecuteImportRequestEncryption {
                algorithm: Some("AES-256-GCM".into()),
                encrypted_aes_key: "Qm9iJ3MgZW5jcnlwdGVkIEFFUyBrZXkgZm9yIHRoZSBpbXBvcnQ=".into(),
                iv: "c2l4dGVlbiBieXRlcyE=".into(),
                key_version: "2".into(),
            })
            .append_config(NotableExecuteImportRequestAppendConfig {
                table_id: SHEET.into(),
                src_sheet_name: Some("Sheet1".into()),
                header_row: Some(1),
                field_mapping: Some(BTreeMap::from([
                    ("Task".into(), "Title".into()),
                    ("Deadline".into(), "Due".into()),
                ])),
                field_id_mapping: None,
            })
            .send()
            .await
    })
    .await;
    check(&request, "notable_ExecuteImport", OPERATOR_ONLY);
    assert_eq!(started.import_id.as_deref(), Some(IMPORT));
    assert_eq!(started.status.as_deref(), Some("RUNNING"));

    let (request, status) = exchange("notable_QueryImportStatus", |c| async move {
        c.notable_1_0()
            .query_import_status(QueryImportStatusInput {
                base_id: BASE,
                import_id: IMPORT,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "notable_QueryImportStatus",
        &[("operatorId", OPERATOR), ("importId", IMPORT)],
    );
    assert_eq!(status.status.as_deref(), Some("SUCCESS"));
    assert_eq!(status.count, Some(128));
    assert_eq!(status.table_ids, Some(vec![SHEET.to_owned()]));
    assert_eq!(status.error_code, None);
}

#[tokio::test]
async fn external_permission_control() {
    let (request, marked) = exchange("notable_MarkExternalAuthControlledSheet", |c| async move {
        c.notable_1_0()
            .mark_external_auth_controlled_sheet(MarkExternalAuthControlledSheetInput {
                base_id: BASE,
                sheet_id_or_name: SHEET,
                operator_id: OPERATOR,
                external_auth_type: "CUSTOM",
            })
            .external_config(EXTERNAL_CONFIG)
            .data_level("L2")
            .client_token(CLIENT_TOKEN)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "notable_MarkExternalAuthControlledSheet",
        &[("operatorId", OPERATOR), ("clientToken", CLIENT_TOKEN)],
    );
    assert_eq!(marked.sheet_id.as_deref(), Some(SHEET));
    assert_eq!(marked.success, Some(true));

    let (request, page) = exchange(
        "notable_QueryExternalAuthControlledSheets",
        |c| async move {
            c.notable_1_0()
                .query_external_auth_controlled_sheets(QueryExternalAuthControlledSheetsInput {
                    base_id: BASE,
                    operator_id: OPERATOR,
                })
                .external_auth_type("CUSTOM")
                .page_size(20)
                .send()
                .await
        },
    )
    .await;
    check(
        &request,
        "notable_QueryExternalAuthControlledSheets",
        &[
            ("operatorId", OPERATOR),
            ("externalAuthType", "CUSTOM"),
            ("pageSize", "20"),
        ],
    );
    assert_eq!(page.has_more, Some(false));
    let sheet = &page.sheets.unwrap()[0];
    assert_eq!(sheet.sheet_name.as_deref(), Some("Tasks"));
    assert_eq!(sheet.external_config.as_deref(), Some(EXTERNAL_CONFIG));
    assert_eq!(sheet.marked_by.as_deref(), Some(OPERATOR));
    assert_eq!(sheet.marked_time, Some(1765008000000));

    let (request, unmarked) = exchange(
        "notable_UnmarkExternalAuthControlledSheet",
        |c| async move {
            c.notable_1_0()
                .unmark_external_auth_controlled_sheet(UnmarkExternalAuthControlledSheetInput {
                    base_id: BASE,
                    sheet_id_or_name: SHEET,
                    operator_id: OPERATOR,
                })
                .client_token(CLIENT_TOKEN)
                .send()
                .await
        },
    )
    .await;
    check(
        &request,
        "notable_UnmarkExternalAuthControlledSheet",
        &[("operatorId", OPERATOR), ("clientToken", CLIENT_TOKEN)],
    );
    assert_eq!(unmarked.success, Some(true));
}

#[tokio::test]
async fn a_sheet_name_is_percent_encoded_in_the_path() {
    let server = server(ok(json!({"id": SHEET, "name": "Q3 plan/EMEA"}))).await;
    let sheet = client(&server)
        .notable_1_0()
        .get_sheet(GetSheetInput {
            base_id: BASE,
            sheet_id_or_name: "Q3 plan/EMEA",
            operator_id: OPERATOR,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(sheet.id.as_deref(), Some(SHEET));
    let request = only_request(&server).await;
    assert_eq!(
        request.url.path(),
        format!("/v1.0/notable/bases/{BASE}/sheets/Q3%20plan%2FEMEA")
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

#[tokio::test]
async fn documented_error_codes_are_typed() {
    let insert = |c: dingtalk::Client| async move {
        c.notable_1_0()
            .insert_records(InsertRecordsInput {
                base_id: BASE,
                sheet_id_or_name: SHEET,
                operator_id: OPERATOR,
                records: vec![NotableInsertRecordsRequestRecords {
                    fields: map(json!({"Title": "x"})),
                }],
            })
            .send()
            .await
    };
    let server = failing(
        "notable_InsertRecords",
        "invalidRequest.document.stillInitializing",
    )
    .await;
    let error = insert(client(&server)).await.unwrap_err();
    assert_eq!(
        error.code(),
        Some(ErrorCode::InvalidRequestDocumentStillInitializing)
    );
    assert_eq!(
        error.request_id(),
        Some("0A1B2C3D-0390-4000-8000-000000000002")
    );
    assert_eq!(error.as_api().unwrap().status.as_u16(), 400);
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        1,
        "an insert is not repeated"
    );

    let server = failing("notable_ListRecords", "invalidRequest.inputArgs.invalid").await;
    let error = client(&server)
        .notable_1_0()
        .list_records(ListRecordsInput {
            base_id: BASE,
            sheet_id_or_name: "nope",
            operator_id: OPERATOR,
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        error.code(),
        Some(ErrorCode::InvalidRequestInputArgsInvalid)
    );

    let server = failing("notable_DeleteField", "invalidRequest.document.broken").await;
    let error = client(&server)
        .notable_1_0()
        .delete_field(DeleteFieldInput {
            base_id: BASE,
            sheet_id_or_name: SHEET,
            field_id_or_name: FIELD,
            operator_id: OPERATOR,
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::InvalidRequestDocumentBroken));

    let server = failing("notable_CreateSheet", "internalError").await;
    let error = client(&server)
        .notable_1_0()
        .create_sheet(CreateSheetInput {
            base_id: BASE,
            operator_id: OPERATOR,
        })
        .name("Tasks")
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::InternalError));
    assert_eq!(error.as_api().unwrap().status.as_u16(), 500);

    let server = failing("notable_CreateSheet", "unknownError").await;
    let error = client(&server)
        .notable_1_0()
        .create_sheet(CreateSheetInput {
            base_id: BASE,
            operator_id: OPERATOR,
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::UnknownError));

    let server = failing("notable_GetSwitch", "InvalidAuthentication").await;
    let error = client(&server)
        .notable_1_0()
        .get_switch(GetSwitchInput {
            base_id: BASE,
            operator_id: OPERATOR,
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::InvalidAuthentication));
}

#[tokio::test]
async fn constraints_are_checked_before_sending() {
    let server = server(ok(json!({}))).await;
    let notable = client(&server).notable_1_0();
    let list = || {
        notable.list_records(ListRecordsInput {
            base_id: BASE,
            sheet_id_or_name: SHEET,
            operator_id: OPERATOR,
        })
    };
    assert!(
        list().max_results(101).send().await.is_err(),
        "a page of 101"
    );
    assert!(list().max_results(0).send().await.is_err(), "a page of 0");
    let fields: Vec<String> = (0..101).map(|n| format!("Field {n}")).collect();
    assert!(
        list().field_id_or_names(fields).send().await.is_err(),
        "101 fields"
    );
    let no_base = notable
        .get_all_sheets(GetAllSheetsInput {
            base_id: "",
            operator_id: OPERATOR,
        })
        .send()
        .await;
    assert!(no_base.is_err(), "an empty baseId");
    let no_operator = notable
        .get_sheet(GetSheetInput {
            base_id: BASE,
            sheet_id_or_name: SHEET,
            operator_id: "",
        })
        .send()
        .await;
    assert!(no_operator.is_err(), "an empty operatorId");
    let no_page = notable
        .get_records(GetRecordsInput {
            base_id: BASE,
            sheet_id_or_name: SHEET,
            operator_id: OPERATOR,
        })
        .max_results(0)
        .send()
        .await;
    assert!(no_page.is_err(), "a page of 0 records");
    assert!(server.received_requests().await.unwrap().is_empty());

    // The largest page and the most fields DingTalk documents are sent.
    let fields: Vec<String> = (0..100).map(|n| format!("Field {n}")).collect();
    list()
        .max_results(100)
        .field_id_or_names(fields)
        .send()
        .await
        .unwrap();
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn listed_records_are_followed_across_pages_with_the_cursor_in_the_body() {
    let server = MockServer::start().await;
    let records =
        "/v1.0/notable/bases/KGZLxjv9VG3JBKR3CMGzNyd0W6EDybno/sheets/Tv2Q1sT/records/list";
    Mock::given(method("POST"))
        .and(path(records))
        .and(body_partial_json(json!({"nextToken": "page-2"})))
        .respond_with(ok(json!({"records": [{"id": "c"}], "hasMore": false})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(records))
        .respond_with(ok(json!({
            "records": [{"id": "a"}, {"id": "b"}], "nextToken": "page-2", "hasMore": true
        })))
        .mount(&server)
        .await;
    let ids: Vec<String> = client(&server)
        .notable_1_0()
        .list_records(ListRecordsInput {
            base_id: BASE,
            sheet_id_or_name: SHEET,
            operator_id: OPERATOR,
        })
        .max_results(2)
        .items()
        .map_ok(|record| record.id.unwrap())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, ["a", "b", "c"]);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert_eq!(json_body(&requests[0]).get("nextToken"), None);
    assert_eq!(json_body(&requests[1])["maxResults"], 2);
    for request in &requests {
        assert_eq!(
            common::query(request),
            [("operatorId".into(), OPERATOR.into())]
        );
    }
}

#[tokio::test]
async fn record_pages_are_followed_with_the_cursor_in_the_query() {
    let server = MockServer::start().await;
    let records = "/v1.0/notable/bases/KGZLxjv9VG3JBKR3CMGzNyd0W6EDybno/sheets/Tv2Q1sT/records";
    Mock::given(method("GET"))
        .and(path(records))
        .and(query_param("nextToken", "page-2"))
        .respond_with(ok(json!({"records": [{"id": "c"}], "hasMore": false})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(records))
        .and(query_param_is_missing("nextToken"))
        .respond_with(ok(json!({
            "records": [{"id": "a"}, {"id": "b"}], "nextToken": "page-2", "hasMore": true
        })))
        .mount(&server)
        .await;
    let pages: Vec<NotableGetRecordsResponseBody> = client(&server)
        .notable_1_0()
        .get_records(GetRecordsInput {
            base_id: BASE,
            sheet_id_or_name: SHEET,
            operator_id: OPERATOR,
        })
        .max_results(2)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 2);
    assert_eq!(
        pages[1].records.as_ref().unwrap()[0].id.as_deref(),
        Some("c")
    );
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    let mut second = common::query(&requests[1]);
    second.sort();
    assert_eq!(
        second,
        [
            ("maxResults".into(), "2".into()),
            ("nextToken".into(), "page-2".into()),
            ("operatorId".into(), OPERATOR.into()),
        ]
    );
}

#[tokio::test]
async fn controlled_sheets_are_followed_across_pages() {
    let server = MockServer::start().await;
    let sheets = "/v1.0/notable/bases/KGZLxjv9VG3JBKR3CMGzNyd0W6EDybno/externalAuth/sheets";
    Mock::given(method("GET"))
        .and(path(sheets))
        .and(query_param("nextToken", "page-2"))
        .respond_with(ok(json!({"sheets": [{"sheetId": "s3"}], "hasMore": false})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(sheets))
        .and(query_param_is_missing("nextToken"))
        .respond_with(ok(json!({
            "sheets": [{"sheetId": "s1"}, {"sheetId": "s2"}], "nextToken": "page-2", "hasMore": true
        })))
        .mount(&server)
        .await;
    let ids: Vec<String> = client(&server)
        .notable_1_0()
        .query_external_auth_controlled_sheets(QueryExternalAuthControlledSheetsInput {
            base_id: BASE,
            operator_id: OPERATOR,
        })
        .external_auth_type("CUSTOM")
        .page_size(2)
        .items()
        .map_ok(|sheet| sheet.sheet_id.unwrap())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, ["s1", "s2", "s3"]);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert!(common::query(&requests[1]).contains(&("externalAuthType".into(), "CUSTOM".into())));
}

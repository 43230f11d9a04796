//! Every `storage_2_0` operation against a local server. Each test calls the
//! client with the inputs of the spec's request example, optional ones
//! included, and checks the request on the wire: method, path, the exact
//! query (the operator's unionId in each), the token header (none for the
//! file manager's delete) and the JSON body, which must equal the spec's
//! request example. The server answers with the spec's 200 example and the
//! test checks the typed result. The listings are followed across pages,
//! with the cursor in the query or in the body, the documented error code is
//! read as its `ErrorCode` variant, and documented limits are checked before
//! sending.

use crate::common;

use std::collections::BTreeSet;

use common::*;
use dingtalk::storage_2_0::*;
use futures_util::TryStreamExt;
use serde_json::json;
use wiremock::matchers::{body_partial_json, method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

// The ids of the spec's examples.
const UNION_ID: &str = "tXguN309iPhE4roSKPlLURAiEiE";
const CORP: &str = "ding5f8e1c2a9b3d4e6f";
const DENTRY: &str = "EpGBa2Lm8aZxe5kP0gMz9Q7R35yAQ8vN";
const FOLDER: &str = "QG53mjyd80RjG5ZjtZwmDX1o86zbX04v";
const UPLOAD_KEY: &str = "Q1hBMDAwMDAwMDAwMDAwMDE5OTk3Mg==";
const WORKSPACE: &str = "9r09jSO3WARyxd8A";
const FIRST_PAGE: &str = "eyJvZmZzZXQiOjB9";

/// Checks a request of `operation_id`: the spec's method, the path `path`
/// (which must fit the spec's template), exactly the query pairs `query`
/// (naming every documented query parameter), the common headers, and, when
/// the operation has a body, a body equal to the spec's request example.
fn check(request: &Request, operation_id: &str, path: &str, query: &[(&str, &str)]) {
    let (template, spec_method, op) = operation(operation_id);
    assert_eq!(
        request.method.as_str(),
        spec_method,
        "{operation_id}: method"
    );
    assert_eq!(request.url.path(), path, "{operation_id}: path");
    let segments: Vec<&str> = path.split('/').collect();
    let patterns: Vec<&str> = template.split('/').collect();
    assert_eq!(segments.len(), patterns.len(), "{operation_id}: {template}");
    for (segment, pattern) in segments.iter().zip(&patterns) {
        assert!(
            segment == pattern || (pattern.starts_with('{') && !segment.is_empty()),
            "{operation_id}: {path} is not a path of {template}"
        );
    }
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
    let has_body = op.get("requestBody").is_some();
    if op["security"] == json!([]) {
        assert_eq!(
            header(request, "x-acs-dingtalk-access-token"),
            None,
            "{operation_id}: no token"
        );
        assert_eq!(header(request, "content-type"), Some("application/json"));
    } else {
        assert_common_headers(request, has_body);
    }
    if has_body {
        let example = request_example(operation_id);
        assert!(example.is_object(), "{operation_id} has no request example");
        assert_eq!(json_body(request), example, "{operation_id}: body");
    }
}

fn dentry_path(rest: &str) -> String {
    format!("/v2.0/storage/spaces/dentries/{DENTRY}/permissions{rest}")
}

/// The operations the tests below call, to compare with the spec's.
const TESTED: &[&str] = &[
    "storage_2_0_AddPermission",
    "storage_2_0_UpdatePermission",
    "storage_2_0_DeletePermission",
    "storage_2_0_ListPermissions",
    "storage_2_0_BatchQueryRoles",
    "storage_2_0_GetPermissionInheritance",
    "storage_2_0_SetPermissionInheritance",
    "storage_2_0_GetPermissionShareScope",
    "storage_2_0_SetPermissionShareScope",
    "storage_2_0_GetFileUploadInfo",
    "storage_2_0_CommitFile",
    "storage_2_0_CleanFile",
    "storage_2_0_ListOperationLogs",
    "storage_2_0_ListRecents",
    "storage_2_0_ListStars",
    "storage_2_0_ManagerGetDefaultHandOverUser",
    "storage_2_0_ManagerSetDefaultHandOverUser",
    "storage_2_0_SearchDentries",
    "storage_2_0_SearchPublishDentries",
    "storage_2_0_SearchWorkspaces",
];

#[test]
fn every_storage_2_0_operation_is_tested() {
    let spec: BTreeSet<String> = operation_ids()
        .into_iter()
        .filter(|id| operation(id).2["tags"][0] == "storage_2_0")
        .collect();
    let tested: BTreeSet<String> = TESTED.iter().map(|id| id.to_string()).collect();
    assert_eq!(spec, tested);
}

#[tokio::test]
async fn permissions_are_granted_changed_listed_and_revoked() {
    let (request, added) = exchange("storage_2_0_AddPermission", |c| async move {
        c.storage_2_0()
            .add_permission(AddPermissionInput {
                dentry_uuid: DENTRY,
                union_id: UNION_ID,
                role_id: "EDITOR",
                members: vec![
                    Storage20addPermissionRequestMembers {
                        r#type: "USER".into(),
                        id: "user1001".into(),
                        name: Some("Han Meimei".into()),
                        corp_id: None,
                    },
                    Storage20addPermissionRequestMembers {
                        r#type: "DEPT".into(),
                        id: "452800074".into(),
                        name: None,
                        corp_id: Some(CORP.into()),
                    },
                ],
            })
            .option(Storage20addPermissionRequestOption {
                duration: Some(86400),
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "storage_2_0_AddPermission",
        &dentry_path(""),
        &[("unionId", UNION_ID)],
    );
    assert_eq!(added.success, Some(true));

    let (request, updated) = exchange("storage_2_0_UpdatePermission", |c| async move {
        c.storage_2_0()
            .update_permission(UpdatePermissionInput {
                dentry_uuid: DENTRY,
                union_id: UNION_ID,
                role_id: "READER",
                members: vec![Storage20updatePermissionRequestMembers {
                    r#type: "USER".into(),
                    id: "user1001".into(),
                    corp_id: None,
                }],
            })
            .option(Storage20updatePermissionRequestOption {
                duration: Some(3600),
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "storage_2_0_UpdatePermission",
        &dentry_path(""),
        &[("unionId", UNION_ID)],
    );
    assert_eq!(updated.success, Some(true));

    let (request, page) = exchange("storage_2_0_ListPermissions", |c| async move {
        c.storage_2_0()
            .list_permissions(ListPermissionsInput {
                dentry_uuid: DENTRY,
                union_id: UNION_ID,
            })
            .option(Storage20listPermissionsRequestOption {
                filter_role_ids: Some(vec!["MANAGER".into(), "EDITOR".into()]),
                max_results: Some(30),
                next_token: Some(FIRST_PAGE.into()),
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "storage_2_0_ListPermissions",
        &dentry_path("/query"),
        &[("unionId", UNION_ID)],
    );
    assert_eq!(page.next_token.as_deref(), Some("eyJvZmZzZXQiOjMwfQ"));
    let permission = &page.permissions.unwrap()[0];
    assert_eq!(permission.dentry_uuid.as_deref(), Some(DENTRY));
    assert_eq!(permission.duration, Some(86400));
    let role = permission.role.as_ref().unwrap();
    assert_eq!(role.id.as_deref(), Some("EDITOR"));
    let member = permission.member.as_ref().unwrap();
    assert_eq!(member.r#type.as_deref(), Some("USER"));
    assert_eq!(member.corp_id.as_deref(), Some(CORP));

    let (request, deleted) = exchange("storage_2_0_DeletePermission", |c| async move {
        c.storage_2_0()
            .delete_permission(DeletePermissionInput {
                dentry_uuid: DENTRY,
                union_id: UNION_ID,
                role_id: "EDITOR",
                members: vec![
                    Storage20deletePermissionRequestMembers {
                        r#type: "USER".into(),
                        id: "user1001".into(),
                        corp_id: None,
                    },
                    Storage20deletePermissionRequestMembers {
                        r#type: "DEPT".into(),
                        id: "452800074".into(),
                        corp_id: Some(CORP.into()),
                    },
                ],
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "storage_2_0_DeletePermission",
        &dentry_path("/remove"),
        &[("unionId", UNION_ID)],
    );
    assert_eq!(deleted.success, Some(true));

    let (request, roles) = exchange("storage_2_0_BatchQueryRoles", |c| async move {
        c.storage_2_0()
            .batch_query_roles(BatchQueryRolesInput {
                union_id: UNION_ID,
                dentry_uuid_list: vec![DENTRY.into(), FOLDER.into()],
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "storage_2_0_BatchQueryRoles",
        "/v2.0/storage/spaces/dentries/permissions/roles/batchQuery",
        &[("unionId", UNION_ID)],
    );
    let role_map = roles.role_map.unwrap();
    assert_eq!(
        role_map[DENTRY],
        [Storage20roleMapValue {
            id: Some("MANAGER".into()),
            name: Some("Manager".into())
        }]
    );
    assert_eq!(role_map[FOLDER][0].id.as_deref(), Some("READER"));
}

#[tokio::test]
async fn inheritance_and_share_scope_are_read_and_set() {
    let (request, got) = exchange("storage_2_0_GetPermissionInheritance", |c| async move {
        c.storage_2_0()
            .get_permission_inheritance(GetPermissionInheritanceInput {
                dentry_uuid: DENTRY,
                union_id: UNION_ID,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "storage_2_0_GetPermissionInheritance",
        &dentry_path("/inheritances"),
        &[("unionId", UNION_ID)],
    );
    assert_eq!(got.inheritance.as_deref(), Some("PASS_ON"));

    let (request, set) = exchange("storage_2_0_SetPermissionInheritance", |c| async move {
        c.storage_2_0()
            .set_permission_inheritance(SetPermissionInheritanceInput {
                dentry_uuid: DENTRY,
                union_id: UNION_ID,
                inheritance: "BREAK",
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "storage_2_0_SetPermissionInheritance",
        &dentry_path("/inheritances"),
        &[("unionId", UNION_ID)],
    );
    assert_eq!(set.success, Some(true));

    let (request, scope) = exchange("storage_2_0_GetPermissionShareScope", |c| async move {
        c.storage_2_0()
            .get_permission_share_scope(GetPermissionShareScopeInput {
                dentry_uuid: DENTRY,
                union_id: UNION_ID,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "storage_2_0_GetPermissionShareScope",
        &dentry_path("/scopes"),
        &[("unionId", UNION_ID)],
    );
    assert_eq!(scope.scope.as_deref(), Some("ORG"));
    assert_eq!(scope.scope_with_role.as_deref(), Some("ORG_READER"));

    let (request, set) = exchange("storage_2_0_SetPermissionShareScope", |c| async move {
        c.storage_2_0()
            .set_permission_share_scope(SetPermissionShareScopeInput {
                dentry_uuid: DENTRY,
                union_id: UNION_ID,
                scope: "ORG",
            })
            .option(Storage20setPermissionShareScopeRequestOption {
                can_search: Some(true),
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "storage_2_0_SetPermissionShareScope",
        &dentry_path("/scopes"),
        &[("unionId", UNION_ID)],
    );
    assert_eq!(set.success, Some(true));
}

#[tokio::test]
async fn files_are_uploaded_committed_and_cleaned() {
    let (request, info) = exchange("storage_2_0_GetFileUploadInfo", |c| async move {
        c.storage_2_0()
            .get_file_upload_info(GetFileUploadInfoInput {
                parent_dentry_uuid: FOLDER,
                union_id: UNION_ID,
                protocol: "HEADER_SIGNATURE",
            })
            .option(Storage20getFileUploadInfoRequestOption {
                storage_driver: Some("DINGTALK".into()),
                pre_check_param: Some(Storage20getFileUploadInfoRequestOptionPreCheckParam {
                    name: Some("Q3 review.pdf".into()),
                    size: Some(524288),
                }),
                prefer_region: Some("ZHANGJIAKOU".into()),
                prefer_intranet: Some(false),
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "storage_2_0_GetFileUploadInfo",
        &format!("/v2.0/storage/spaces/files/{FOLDER}/uploadInfos/query"),
        &[("unionId", UNION_ID)],
    );
    assert_eq!(info.upload_key.as_deref(), Some(UPLOAD_KEY));
    let signature = info.header_signature_info.unwrap();
    assert_eq!(signature.expiration_seconds, Some(900));
    assert_eq!(
        signature.resource_urls.unwrap(),
        ["https://trans-zjk.oss-cn-zhangjiakou.aliyuncs.com/upload/21457931/Q1hBMDAw"]
    );
    let headers = signature.headers.unwrap();
    assert_eq!(headers["x-oss-date"], "Mon, 02 Mar 2026 10:00:00 GMT");

    let (request, committed) = exchange("storage_2_0_CommitFile", |c| async move {
        c.storage_2_0()
            .commit_file(CommitFileInput {
                parent_dentry_uuid: FOLDER,
                union_id: UNION_ID,
                name: "Q3 review.pdf",
                upload_key: UPLOAD_KEY,
            })
            .option(Storage20commitFileRequestOption {
                size: Some(524288),
                conflict_strategy: Some("AUTO_RENAME".into()),
                convert_to_online_doc: Some(false),
                convert_to_online_doc_target_document_type: None,
                classification_label_id: None,
                app_properties: Some(vec![Storage20commitFileRequestOptionAppProperties {
                    name: "stage".into(),
                    value: "draft".into(),
                    visibility: "PUBLIC".into(),
                }]),
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "storage_2_0_CommitFile",
        &format!("/v2.0/storage/spaces/files/{FOLDER}/commit"),
        &[("unionId", UNION_ID)],
    );
    let dentry = committed.dentry.unwrap();
    assert_eq!(
        dentry.uuid.as_deref(),
        Some("Dzz8yP2ArNmLb5vXQ3kT9WcE4fGh7JdR")
    );
    assert_eq!(dentry.size, Some(524288));
    assert_eq!(dentry.version, Some(1));
    assert_eq!(dentry.r#type.as_deref(), Some("FILE"));
    let properties = dentry.app_properties.unwrap();
    assert_eq!(properties["app_id"][0].value.as_deref(), Some("draft"));
    assert_eq!(dentry.thumbnail, None);

    let (request, cleaned) = exchange("storage_2_0_CleanFile", |c| async move {
        c.storage_2_0()
            .clean_file()
            .space_id(21457931)
            .dentry_id(118846578)
            .operator_id(UNION_ID)
            .clean_reason("Contains personal data past its retention period.")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "storage_2_0_CleanFile",
        "/v2.0/storage/filemanager/clean",
        &[],
    );
    assert_eq!(cleaned.success_ids, Some(vec![118846578]));
    assert_eq!(cleaned.failure_ids, Some(vec![]));
}

#[tokio::test]
async fn logs_recents_stars_and_receivers() {
    let (request, logs) = exchange("storage_2_0_ListOperationLogs", |c| async move {
        c.storage_2_0()
            .list_operation_logs()
            .start_time(1772409600000)
            .end_time(1772496000000)
            .option(Storage20listOperationLogsRequestOption {
                actions: Some(vec!["DELETE".into()]),
                scenes: Some(vec!["DOC".into()]),
                operator_id: Some(UNION_ID.into()),
                subject_id: Some(DENTRY.into()),
                max_results: Some(50),
                next_token: Some(FIRST_PAGE.into()),
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "storage_2_0_ListOperationLogs",
        "/v2.0/storage/managements/operationLogs/list",
        &[],
    );
    assert_eq!(logs.total_count, Some(1));
    assert_eq!(logs.next_token, None);
    let entry = &logs.items.unwrap()[0];
    assert_eq!(entry.operate_time, Some(1772445600000));
    assert_eq!(entry.subject_name.as_deref(), Some("Q2 review.pdf"));

    let (request, recents) = exchange("storage_2_0_ListRecents", |c| async move {
        c.storage_2_0()
            .list_recents()
            .file_types(vec![1, 2])
            .max_results(20)
            .next_token(FIRST_PAGE)
            .operate_types(vec![1])
            .operator_id(UNION_ID)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "storage_2_0_ListRecents",
        "/v2.0/storage/recents/listV2",
        &[
            ("fileTypes", "1"),
            ("fileTypes", "2"),
            ("maxResults", "20"),
            ("nextToken", FIRST_PAGE),
            ("operateTypes", "1"),
            ("operatorId", UNION_ID),
        ],
    );
    assert_eq!(recents.has_more, Some(true));
    let recent = &recents.recent_dentry_list.unwrap()[0];
    assert_eq!(recent.access_time, Some(1772445600000));
    let resource = recent.resource.as_ref().unwrap();
    assert_eq!(resource.dentry_uuid.as_deref(), Some(DENTRY));
    assert_eq!(
        resource.space_info.as_ref().unwrap().scene_type.as_deref(),
        Some("WIKI")
    );

    let (request, stars) = exchange("storage_2_0_ListStars", |c| async move {
        c.storage_2_0()
            .list_stars()
            .max_results(20)
            .next_token(FIRST_PAGE)
            .operator_id(UNION_ID)
            .order_by("createTime")
            .sort_type("DESC")
            .support_resource_types(vec!["DENTRY".into()])
            .send()
            .await
    })
    .await;
    check(
        &request,
        "storage_2_0_ListStars",
        "/v2.0/storage/stars/list",
        &[
            ("maxResults", "20"),
            ("nextToken", FIRST_PAGE),
            ("operatorId", UNION_ID),
            ("orderBy", "createTime"),
            ("sortType", "DESC"),
            ("supportResourceTypes", "DENTRY"),
        ],
    );
    assert_eq!(stars.has_more, Some(false));
    let star = &stars.star_list.unwrap()[0];
    assert_eq!(star.star_type, Some(1));
    assert_eq!(
        star.resource.as_ref().unwrap().name.as_deref(),
        Some("Q3 review.pdf")
    );

    let (request, set) = exchange(
        "storage_2_0_ManagerSetDefaultHandOverUser",
        |c| async move {
            c.storage_2_0()
                .manager_set_default_hand_over_user(UNION_ID)
                .default_handover_user_id("manager4220")
                .send()
                .await
        },
    )
    .await;
    check(
        &request,
        "storage_2_0_ManagerSetDefaultHandOverUser",
        "/v2.0/storage/managementSettings/defaultHandOverUsers/set",
        &[("operatorId", UNION_ID)],
    );
    assert_eq!(set.success, Some(true));

    let (request, got) = exchange(
        "storage_2_0_ManagerGetDefaultHandOverUser",
        |c| async move {
            c.storage_2_0()
                .manager_get_default_hand_over_user(UNION_ID)
                .send()
                .await
        },
    )
    .await;
    check(
        &request,
        "storage_2_0_ManagerGetDefaultHandOverUser",
        "/v2.0/storage/managementSettings/defaultHandOverUsers",
        &[("operatorId", UNION_ID)],
    );
    assert_eq!(got.default_handover_user_id.as_deref(), Some("manager4220"));
}

#[tokio::test]
async fn files_knowledge_bases_and_published_entries_are_searched() {
    let (request, found) = exchange("storage_2_0_SearchDentries", |c| async move {
        c.storage_2_0()
            .search_dentries(SearchDentriesInput {
                operator_id: UNION_ID,
                keyword: "review",
            })
            .option(Storage20searchDentriesRequestOption {
                max_results: Some(20),
                next_token: Some(FIRST_PAGE.into()),
                dentry_categories: Some(vec!["DOCUMENT".into()]),
                creator_ids: Some(vec!["user1001".into()]),
                modifier_ids: Some(vec!["user1001".into()]),
                space_ids: Some(vec![21457931]),
                create_time_range: Some(Storage20searchDentriesRequestOptionCreateTimeRange {
                    start_time: Some(1772409600000),
                    end_time: Some(1772496000000),
                }),
                visit_time_range: Some(Storage20searchDentriesRequestOptionVisitTimeRange {
                    start_time: Some(1772409600000),
                    end_time: Some(1772496000000),
                }),
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "storage_2_0_SearchDentries",
        "/v2.0/storage/dentries/search",
        &[("operatorId", UNION_ID)],
    );
    assert_eq!(found.next_token.as_deref(), Some("eyJvZmZzZXQiOjIwfQ"));
    let item = &found.items.unwrap()[0];
    assert_eq!(item.dentry_uuid.as_deref(), Some(DENTRY));
    assert_eq!(item.last_modify_time, Some(1772445600000));
    assert_eq!(
        item.creator.as_ref().unwrap().user_id.as_deref(),
        Some("user1001")
    );
    assert_eq!(
        item.path.as_ref().unwrap().long_path.as_deref(),
        Some("Platform runbooks/Reviews/Q3 review.pdf")
    );

    let (request, published) = exchange("storage_2_0_SearchPublishDentries", |c| async move {
        c.storage_2_0()
            .search_publish_dentries(SearchPublishDentriesInput {
                operator_id: UNION_ID,
                keyword: "release",
                workspace_id: WORKSPACE,
            })
            .option(Storage20searchPublishDentriesRequestOption {
                max_results: Some(20),
                next_token: Some(FIRST_PAGE.into()),
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "storage_2_0_SearchPublishDentries",
        "/v2.0/storage/publishDentries/search",
        &[("operatorId", UNION_ID)],
    );
    let entry = &published.items.unwrap()[0];
    assert_eq!(entry.name.as_deref(), Some("Release checklist"));
    assert_eq!(
        entry.summary.as_deref(),
        Some("Steps to check before each release.")
    );

    let (request, workspaces) = exchange("storage_2_0_SearchWorkspaces", |c| async move {
        c.storage_2_0()
            .search_workspaces(SearchWorkspacesInput {
                operator_id: UNION_ID,
                keyword: "runbooks",
            })
            .option(Storage20searchWorkspacesRequestOption {
                max_results: Some(20),
                next_token: Some(FIRST_PAGE.into()),
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "storage_2_0_SearchWorkspaces",
        "/v2.0/storage/workspaces/search",
        &[("operatorId", UNION_ID)],
    );
    let workspace = &workspaces.items.unwrap()[0];
    assert_eq!(workspace.workspace_id.as_deref(), Some(WORKSPACE));
}

#[tokio::test]
async fn the_documented_error_code_is_typed() {
    let example = error_examples("storage_2_0_SetPermissionInheritance")
        .into_iter()
        .find(|e| e.name == "paramError")
        .expect("a documented paramError");
    assert_eq!(example.status, 400);
    let server = server(ResponseTemplate::new(400).set_body_json(example.body)).await;
    let error = client(&server)
        .storage_2_0()
        .set_permission_inheritance(SetPermissionInheritanceInput {
            dentry_uuid: DENTRY,
            union_id: UNION_ID,
            inheritance: "SIDEWAYS",
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::ParamError));
    assert_eq!(
        error.request_id(),
        Some("0A1B2C3D-0061-4000-8000-000000000001")
    );
    assert_eq!(error.as_api().unwrap().status.as_u16(), 400);
}

#[tokio::test]
async fn documented_limits_are_checked_before_sending() {
    let server = server(ok(json!({}))).await;
    let storage = client(&server).storage_2_0();
    let too_large = storage
        .search_dentries(SearchDentriesInput {
            operator_id: UNION_ID,
            keyword: "review",
        })
        .option(Storage20searchDentriesRequestOption {
            max_results: Some(51),
            ..Default::default()
        })
        .send()
        .await;
    assert!(too_large.is_err(), "a page of 51");
    let no_dentry = storage
        .get_permission_inheritance(GetPermissionInheritanceInput {
            dentry_uuid: "",
            union_id: UNION_ID,
        })
        .send()
        .await;
    assert!(no_dentry.is_err(), "an empty dentryUuid");
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_cursor_in_the_query_is_followed() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2.0/storage/stars/list"))
        .and(query_param("nextToken", "page-2"))
        .respond_with(ok(json!({"starList": [{"id": "s3"}], "hasMore": false})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2.0/storage/stars/list"))
        .respond_with(ok(json!({
            "starList": [{"id": "s1"}, {"id": "s2"}], "nextToken": "page-2", "hasMore": true
        })))
        .mount(&server)
        .await;
    let stars: Vec<Storage20listStarsResponseBodyStarList> = client(&server)
        .storage_2_0()
        .list_stars()
        .operator_id(UNION_ID)
        .max_results(2)
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = stars.into_iter().filter_map(|s| s.id).collect();
    assert_eq!(ids, ["s1", "s2", "s3"]);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    let mut second = common::query(&requests[1]);
    second.sort();
    assert_eq!(
        second,
        [
            ("maxResults".to_owned(), "2".to_owned()),
            ("nextToken".to_owned(), "page-2".to_owned()),
            ("operatorId".to_owned(), UNION_ID.to_owned())
        ]
    );
}

#[tokio::test]
async fn a_cursor_in_the_body_is_followed() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/storage/dentries/search"))
        .and(body_partial_json(
            json!({"option": {"nextToken": "page-2"}}),
        ))
        .respond_with(ok(json!({"items": [{"dentryUuid": "c"}]})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v2.0/storage/dentries/search"))
        .respond_with(ok(json!({
            "items": [{"dentryUuid": "a"}, {"dentryUuid": "b"}], "nextToken": "page-2"
        })))
        .mount(&server)
        .await;
    let found: Vec<Storage20searchDentriesResponseBodyItems> = client(&server)
        .storage_2_0()
        .search_dentries(SearchDentriesInput {
            operator_id: UNION_ID,
            keyword: "review",
        })
        .option(Storage20searchDentriesRequestOption {
            max_results: Some(2),
            dentry_categories: Some(vec!["DOCUMENT".into()]),
            ..Default::default()
        })
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = found.into_iter().filter_map(|d| d.dentry_uuid).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert_eq!(
        json_body(&requests[0]),
        json!({"keyword": "review", "option": {"maxResults": 2, "dentryCategories": ["DOCUMENT"]}})
    );
    assert_eq!(
        json_body(&requests[1]),
        json!({
            "keyword": "review",
            "option": {"maxResults": 2, "dentryCategories": ["DOCUMENT"], "nextToken": "page-2"}
        })
    );

    let server = MockServer::start().await;
    let route = dentry_path("/query");
    Mock::given(method("POST"))
        .and(path(route.as_str()))
        .and(body_partial_json(
            json!({"option": {"nextToken": "page-2"}}),
        ))
        .respond_with(ok(json!({"permissions": [{"dentryUuid": "p2"}]})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(route.as_str()))
        .respond_with(ok(
            json!({"permissions": [{"dentryUuid": "p1"}], "nextToken": "page-2"}),
        ))
        .mount(&server)
        .await;
    let permissions: Vec<Storage20listPermissionsResponseBodyPermissions> = client(&server)
        .storage_2_0()
        .list_permissions(ListPermissionsInput {
            dentry_uuid: DENTRY,
            union_id: UNION_ID,
        })
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = permissions
        .into_iter()
        .filter_map(|p| p.dentry_uuid)
        .collect();
    assert_eq!(ids, ["p1", "p2"]);
}

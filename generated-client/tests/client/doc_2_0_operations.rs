//! The `doc_2_0` operations against a local server. Each test calls the
//! client with the inputs of the spec's request example, optional ones
//! included, and checks the request on the wire: method, the path with its
//! parameters filled in, the exact query, the token header and the JSON body,
//! which must equal the spec's request example. The server answers with the
//! spec's 200 example and the test checks the typed result. The folder
//! listing is followed across pages.

use crate::common;

use std::collections::BTreeSet;

use common::*;
use dingtalk::doc_2_0::*;
use futures_util::TryStreamExt;
use serde_json::{json, Value};
use wiremock::matchers::{body_partial_json, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request};

// The ids of the spec's examples.
const OPERATOR: &str = "Qn3UvGzyIBEiXzJyiiSbr3wiEiE";
const SPACE: &str = "2816541507";
const DENTRY: &str = "148902671234";
const DENTRY_UUID: &str = "Y7kmbokZp3pgGLq2ivpODn9aJLqPxX4v";
const TEAM: &str = "47103284";
const MEMBER: &str = "Zx9ttSBxSuiEiE";
const FOLDER: &str = "148902670001";
const NODE_URL: &str = "https://alidocs.dingtalk.com/i/nodes/Y7kmbokZp3pgGLq2ivpODn9aJLqPxX4v";

/// Checks a request of `operation_id`: the spec's method, its path with
/// `path_params` filled in (naming every path parameter), exactly the query
/// pairs `query` (naming every documented query parameter), the common
/// headers, and the body: the spec's request example when the operation has
/// a body.
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
    let documented = |place: &str| -> BTreeSet<String> {
        parameters(spec(), &template, &spec_method.to_lowercase())
            .iter()
            .filter(|p| p["in"] == place)
            .map(|p| p["name"].as_str().unwrap().to_owned())
            .collect()
    };
    let named: BTreeSet<String> = path_params.iter().map(|&(k, _)| k.to_owned()).collect();
    assert_eq!(
        named,
        documented("path"),
        "{operation_id}: every path parameter"
    );
    let mut expected_path = template.clone();
    for (name, value) in path_params {
        expected_path = expected_path.replace(&format!("{{{name}}}"), value);
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
    let named: BTreeSet<String> = query.iter().map(|&(k, _)| k.to_owned()).collect();
    assert_eq!(
        named,
        documented("query"),
        "{operation_id}: every query parameter"
    );
    let has_body = op.get("requestBody").is_some();
    assert_common_headers(request, has_body);
    if has_body {
        let example = request_example(operation_id);
        assert!(example.is_object(), "{operation_id} has no request example");
        assert_eq!(json_body(request), example, "{operation_id}: body");
    }
}

/// The operations the tests below call.
const TESTED: &[&str] = &[
    "doc_2_0_GetDentryIdByUuid",
    "doc_2_0_GetUuidByDentryId",
    "doc_2_0_GetUuidByIdOrUrl",
    "doc_2_0_QueryItemByUrl",
    "doc_2_0_CreateDentry",
    "doc_2_0_QueryDentry",
    "doc_2_0_RenameDentry",
    "doc_2_0_MoveDentry",
    "doc_2_0_CopyDentry",
    "doc_2_0_GetSpaceDirectories",
    "doc_2_0_CreateSpace",
    "doc_2_0_QuerySpace",
    "doc_2_0_CreateTeam",
    "doc_2_0_BatchCreateTeam",
    "doc_2_0_GetTeam",
    "doc_2_0_UpdateTeam",
    "doc_2_0_DeleteTeam",
    "doc_2_0_ListRelatedTeams",
    "doc_2_0_ListRelatedSpaceTeams",
    "doc_2_0_ListTeamMembers",
    "doc_2_0_SaveTeamMembers",
    "doc_2_0_RemoveTeamMembers",
    "doc_2_0_HandoverTeamWithoutAuth",
    "doc_2_0_ListHotDocs",
    "doc_2_0_ListFeeds",
    "doc_2_0_ListSpaceSections",
    "doc_2_0_GetSchema",
    "doc_2_0_RelatedSpaces",
    "doc_2_0_QueryMineSpace",
    "doc_2_0_GetMySpace",
    "doc_2_0_PinSpace",
    "doc_2_0_UnpinSpace",
    "doc_2_0_ListPinSpaces",
    "doc_2_0_GetTotalNumberOfSpaces",
    "doc_2_0_GetTotalNumberOfDentries",
    "doc_2_0_GetWorkspacePermissionScopes",
    "doc_2_0_HandoveryWorkspace",
    "doc_2_0_CopyWorkspace",
    "doc_2_0_CopyWorkspaceAsync",
    "doc_2_0_GetTaskInfo",
    "doc_2_0_CrossOrgMigrate",
    "doc_2_0_MarkStar",
    "doc_2_0_UnmarkStar",
    "doc_2_0_GetStarInfo",
    "doc_2_0_ListStars",
    "doc_2_0_ListRecents",
    "doc_2_0_BatchDeleteRecents",
    "doc_2_0_QueryRecentList",
    "doc_2_0_CopyDoc",
    "doc_2_0_CopyDocWithAppAuth",
    "doc_2_0_CreateShortcut",
    "doc_2_0_CreateShortcutForMigrate",
    "doc_2_0_ShareUrl",
    "doc_2_0_GetUserInfoByOpenToken",
    "doc_2_0_LockDoc",
    "doc_2_0_UnlockDoc",
    "doc_2_0_LockDocByDelegatedPermission",
    "doc_2_0_UnlockDocByDelegatedPermission",
    "doc_2_0_DocUpdateContentWithDelegatedPermission",
    "doc_2_0_SubmitExportJob",
    "doc_2_0_QueryExportTask",
    "doc_2_0_ExportDoc",
    "doc_2_0_DocExportByDelegatedPermission",
    "doc_2_0_GetDocContent",
    "doc_2_0_GetDocContentForELM",
    "doc_2_0_GetOrgOrWebOpenDocContent",
    "doc_2_0_DocContent",
    "doc_2_0_QueryDocContent",
    "doc_2_0_SubmitGetContentJob",
    "doc_2_0_QueryGetContentJob",
    "doc_2_0_Search",
    "doc_2_0_TemplateCategories",
    "doc_2_0_CategoryTemplates",
    "doc_2_0_CategoriesTemplates",
    "doc_2_0_SearchTemplates",
    "doc_2_0_TeamTemplates",
    "doc_2_0_UserTemplates",
];

#[test]
fn every_doc_operation_is_tested() {
    let spec_ids: BTreeSet<String> = operation_ids()
        .into_iter()
        .filter(|id| operation(id).2["tags"][0] == "doc_2_0")
        .collect();
    let tested: BTreeSet<String> = TESTED.iter().map(|id| id.to_string()).collect();
    assert_eq!(spec_ids, tested);
    for id in TESTED {
        let (_, _, op) = operation(id);
        assert!(op["description"].is_string(), "{id} has no description");
        assert!(op["x-idempotent"].is_boolean(), "{id} has no x-idempotent");
    }
}

#[tokio::test]
async fn ids_and_urls() {
    let (request, ids) = exchange("doc_2_0_GetDentryIdByUuid", |c| async move {
        c.doc_2_0()
            .get_dentry_id_by_uuid(GetDentryIdByUuidInput {
                dentry_uuid: DENTRY_UUID,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetDentryIdByUuid",
        &[("dentryUuid", DENTRY_UUID)],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(ids.space_id.as_deref(), Some(SPACE));
    assert_eq!(ids.dentry_id.as_deref(), Some(DENTRY));

    let (request, ids) = exchange("doc_2_0_GetUuidByDentryId", |c| async move {
        c.doc_2_0()
            .get_uuid_by_dentry_id(GetUuidByDentryIdInput {
                dentry_id: DENTRY,
                operator_id: OPERATOR,
                space_id: SPACE,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetUuidByDentryId",
        &[("dentryId", DENTRY)],
        &[("operatorId", OPERATOR), ("spaceId", SPACE)],
    );
    assert_eq!(ids.dentry_uuid.as_deref(), Some(DENTRY_UUID));

    let (request, uuid) = exchange("doc_2_0_GetUuidByIdOrUrl", |c| async move {
        c.doc_2_0()
            .get_uuid_by_id_or_url(GetUuidByIdOrUrlInput {
                id_or_url: NODE_URL,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetUuidByIdOrUrl",
        &[],
        &[("idOrUrl", NODE_URL), ("operatorId", OPERATOR)],
    );
    assert_eq!(uuid.dentry_uuid.as_deref(), Some(DENTRY_UUID));

    let (request, item) = exchange("doc_2_0_QueryItemByUrl", |c| async move {
        c.doc_2_0()
            .query_item_by_url(QueryItemByUrlInput {
                operator_id: OPERATOR,
                url: NODE_URL,
            })
            .with_statistical_info(true)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_QueryItemByUrl",
        &[],
        &[
            ("operatorId", OPERATOR),
            ("url", NODE_URL),
            ("withStatisticalInfo", "true"),
        ],
    );
    assert_eq!(item.resource_type.as_deref(), Some("dentry"));
    let node = item.dentry.unwrap();
    assert_eq!(node.dentry_uuid, DENTRY_UUID);
    assert_eq!(node.statistical_info.unwrap().word_count, Some(1280));
}

#[tokio::test]
async fn nodes() {
    let (request, created) = exchange("doc_2_0_CreateDentry", |c| async move {
        c.doc_2_0()
            .create_dentry(CreateDentryInput {
                space_id: SPACE,
                dentry_type: "file",
                name: "Release notes",
                operator_id: OPERATOR,
            })
            .document_type(0)
            .parent_dentry_id(FOLDER)
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_CreateDentry", &[("spaceId", SPACE)], &[]);
    assert_eq!(created.dentry_id, DENTRY);
    assert_eq!(created.doc_key.as_deref(), Some("LAJdlP7rDxoGvNNm"));
    assert_eq!(created.created_time, 1_700_000_000_000);

    let (request, node) = exchange("doc_2_0_QueryDentry", |c| async move {
        c.doc_2_0()
            .query_dentry(QueryDentryInput {
                space_id: SPACE,
                dentry_id: DENTRY,
                operator_id: OPERATOR,
            })
            .include_space(true)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_QueryDentry",
        &[("spaceId", SPACE), ("dentryId", DENTRY)],
        &[("includeSpace", "true"), ("operatorId", OPERATOR)],
    );
    assert_eq!(node.space.unwrap().name, "Engineering");
    assert_eq!(node.path.as_deref(), Some("Acme/Engineering/Release notes"));
    assert_eq!(
        node.visitor_info.unwrap().role_code.as_deref(),
        Some("OWNER")
    );

    let (request, renamed) = exchange("doc_2_0_RenameDentry", |c| async move {
        c.doc_2_0()
            .rename_dentry(RenameDentryInput {
                space_id: SPACE,
                dentry_id: DENTRY,
                name: "Release notes 2.3",
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_RenameDentry",
        &[("spaceId", SPACE), ("dentryId", DENTRY)],
        &[("name", "Release notes 2.3"), ("operatorId", OPERATOR)],
    );
    assert_eq!(renamed.name, "Release notes 2.3");

    let (request, moved) = exchange("doc_2_0_MoveDentry", |c| async move {
        c.doc_2_0()
            .move_dentry(MoveDentryInput {
                space_id: SPACE,
                dentry_id: DENTRY,
                operator_id: OPERATOR,
                target_space_id: SPACE,
            })
            .to_parent_dentry_id(FOLDER)
            .to_prev_dentry_id("148902670002")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_MoveDentry",
        &[("spaceId", SPACE), ("dentryId", DENTRY)],
        &[],
    );
    assert_eq!(moved.updated_time, 1_700_007_200_000);

    let (request, copy) = exchange("doc_2_0_CopyDentry", |c| async move {
        c.doc_2_0()
            .copy_dentry(CopyDentryInput {
                space_id: SPACE,
                dentry_id: DENTRY,
                name: "Release notes (copy)",
                operator_id: OPERATOR,
                target_space_id: "2816541599",
            })
            .to_parent_dentry_id("148902679001")
            .to_next_dentry_id("148902679002")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_CopyDentry",
        &[("spaceId", SPACE), ("dentryId", DENTRY)],
        &[],
    );
    assert_eq!(copy.dentry_uuid, "gvNG4YZ7JnekKBQRf6bMDx3bV2LD0oRE");
    assert_eq!(copy.space_id, "2816541599");
}

#[tokio::test]
async fn spaces() {
    let (request, space) = exchange("doc_2_0_CreateSpace", |c| async move {
        c.doc_2_0()
            .create_space(CreateSpaceInput {
                name: "Engineering",
                operator_id: OPERATOR,
                share_scope: Doc20createSpaceRequestShareScope { scope: 0 },
            })
            .description("Designs, release notes and runbooks.")
            .team_id("47103284")
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_CreateSpace", &[], &[]);
    assert_eq!(space.id, SPACE);
    assert_eq!(space.owner.unwrap().union_id, OPERATOR);

    let (request, space) = exchange("doc_2_0_QuerySpace", |c| async move {
        c.doc_2_0()
            .query_space(QuerySpaceInput {
                space_id: SPACE,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_QuerySpace",
        &[("spaceId", SPACE)],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(space.r#type, Some(1));
    assert_eq!(
        space.visitor_info.unwrap().space_actions,
        Some(vec!["GET_SPACE".into(), "UPDATE_SPACE".into()])
    );
}

#[tokio::test]
async fn a_folder_is_listed_page_by_page() {
    let (request, page) = exchange("doc_2_0_GetSpaceDirectories", |c| async move {
        c.doc_2_0()
            .get_space_directories(GetSpaceDirectoriesInput {
                space_id: SPACE,
                max_results: 2,
                operator_id: OPERATOR,
            })
            .dentry_id(FOLDER)
            .next_token("eyJvZmZzZXQiOjB9")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetSpaceDirectories",
        &[("spaceId", SPACE)],
        &[
            ("dentryId", FOLDER),
            ("maxResults", "2"),
            ("nextToken", "eyJvZmZzZXQiOjB9"),
            ("operatorId", OPERATOR),
        ],
    );
    let children = page.children.unwrap();
    assert_eq!(children[1].dentry_type, "folder");
    assert!(children[1].has_children);
    assert_eq!(page.next_token.as_deref(), Some("eyJvZmZzZXQiOjJ9"));

    let server = MockServer::start().await;
    let listing = format!("/v2.0/doc/spaces/{SPACE}/directories");
    Mock::given(method("GET"))
        .and(path(listing.as_str()))
        .and(query_param("nextToken", "page-2"))
        .respond_with(ok(json!({"children": [
            {"dentryId": "3", "dentryUuid": "u3", "spaceId": SPACE, "name": "c", "dentryType": "file",
             "hasChildren": false, "createdTime": 1, "updatedTime": 1}
        ], "hasMore": false})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(listing.as_str()))
        .and(query_param_is_missing("nextToken"))
        .respond_with(ok(json!({"children": [
            {"dentryId": "1", "dentryUuid": "u1", "spaceId": SPACE, "name": "a", "dentryType": "file",
             "hasChildren": false, "createdTime": 1, "updatedTime": 1},
            {"dentryId": "2", "dentryUuid": "u2", "spaceId": SPACE, "name": "b", "dentryType": "folder",
             "hasChildren": true, "createdTime": 1, "updatedTime": 1}
        ], "hasMore": true, "nextToken": "page-2"})))
        .mount(&server)
        .await;
    let names: Vec<String> = client(&server)
        .doc_2_0()
        .get_space_directories(GetSpaceDirectoriesInput {
            space_id: SPACE,
            max_results: 2,
            operator_id: OPERATOR,
        })
        .items()
        .map_ok(|node| node.name)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(names, ["a", "b", "c"]);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert!(common::query(&requests[1]).contains(&("operatorId".to_owned(), OPERATOR.to_owned())));
}

#[tokio::test]
async fn teams() {
    let (request, team) = exchange("doc_2_0_CreateTeam", |c| async move {
        c.doc_2_0()
            .create_team(CreateTeamInput {
                name: "Platform",
                operator_id: OPERATOR,
                team_type: 1,
            })
            .description("The platform group's documents.")
            .members(vec![Doc20createTeamRequestMembers {
                member_id: MEMBER.into(),
                member_type: 1,
                role_code: "MEMBER".into(),
            }])
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_CreateTeam", &[], &[]);
    assert_eq!(team.id, TEAM);
    assert_eq!(team.visit_info.unwrap().role_code.as_deref(), Some("OWNER"));

    let (request, created) = exchange("doc_2_0_BatchCreateTeam", |c| async move {
        c.doc_2_0()
            .batch_create_team(BatchCreateTeamInput {
                operator_id: OPERATOR,
                param: Doc20batchCreateTeamRequestParam {
                    create_team_param_list: vec![
                        Doc20batchCreateTeamRequestParamCreateTeamParamList {
                            admin_union_id_list: Some(vec![MEMBER.into()]),
                            creator_union_id: OPERATOR.into(),
                            dept_id: "487123".into(),
                            team_name: "Platform".into(),
                        },
                    ],
                },
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_BatchCreateTeam",
        &[],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(created.success, Some(true));

    let (request, team) = exchange("doc_2_0_GetTeam", |c| async move {
        c.doc_2_0()
            .get_team(GetTeamInput {
                team_id: TEAM,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetTeam",
        &[("teamId", TEAM)],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(
        team.related_dept_info.unwrap().dept_id.as_deref(),
        Some("487123")
    );

    let (request, team) = exchange("doc_2_0_UpdateTeam", |c| async move {
        c.doc_2_0()
            .update_team(UpdateTeamInput {
                team_id: TEAM,
                operator_id: OPERATOR,
            })
            .name("Platform team")
            .description("Designs and runbooks of the platform group.")
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_UpdateTeam", &[("teamId", TEAM)], &[]);
    assert_eq!(team.name, "Platform team");

    let (request, team) = exchange("doc_2_0_DeleteTeam", |c| async move {
        c.doc_2_0()
            .delete_team(DeleteTeamInput {
                team_id: TEAM,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_DeleteTeam",
        &[("teamId", TEAM)],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(team.id, TEAM);

    let (request, page) = exchange("doc_2_0_ListRelatedTeams", |c| async move {
        c.doc_2_0()
            .list_related_teams(ListRelatedTeamsInput {
                max_results: 20,
                operator_id: OPERATOR,
            })
            .next_token("eyJvZmZzZXQiOjB9")
            .r#type(1)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_ListRelatedTeams",
        &[],
        &[
            ("maxResults", "20"),
            ("nextToken", "eyJvZmZzZXQiOjB9"),
            ("operatorId", OPERATOR),
            ("type", "1"),
        ],
    );
    let teams = page.items.unwrap();
    assert_eq!(
        teams[0].visit_info.as_ref().unwrap().join_time.as_deref(),
        Some("2023-11-14T22:13Z")
    );
    assert_eq!(page.has_more, Some(false));

    let (request, teams) = exchange("doc_2_0_ListRelatedSpaceTeams", |c| async move {
        c.doc_2_0()
            .list_related_space_teams(OPERATOR)
            .r#type(1)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_ListRelatedSpaceTeams",
        &[],
        &[("operatorId", OPERATOR), ("type", "1")],
    );
    assert_eq!(teams.items.unwrap()[0].name, "Platform");
}

#[tokio::test]
async fn team_members() {
    let (request, members) = exchange("doc_2_0_ListTeamMembers", |c| async move {
        c.doc_2_0()
            .list_team_members(ListTeamMembersInput {
                team_id: TEAM,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_ListTeamMembers",
        &[("teamId", TEAM)],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(members.team_name.as_deref(), Some("Platform"));
    assert_eq!(
        members.members.unwrap()[1].role_code.as_deref(),
        Some("MEMBER")
    );

    let (request, saved) = exchange("doc_2_0_SaveTeamMembers", |c| async move {
        c.doc_2_0()
            .save_team_members(SaveTeamMembersInput {
                team_id: TEAM,
                members: vec![Doc20saveTeamMembersRequestMembers {
                    member_id: MEMBER.into(),
                    member_type: 1,
                    role_code: Some("MEMBER".into()),
                }],
                operator_id: OPERATOR,
            })
            .notify(true)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_SaveTeamMembers",
        &[("teamId", TEAM)],
        &[],
    );
    assert_eq!(saved.save_success, Some(true));
    assert_eq!(saved.not_in_org_members, Some(vec![]));

    let (request, removed) = exchange("doc_2_0_RemoveTeamMembers", |c| async move {
        c.doc_2_0()
            .remove_team_members(RemoveTeamMembersInput {
                team_id: TEAM,
                members: vec![Doc20removeTeamMembersRequestMembers {
                    member_id: MEMBER.into(),
                    member_type: 1,
                    role_code: None,
                }],
                operator_id: OPERATOR,
            })
            .notify(false)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_RemoveTeamMembers",
        &[("teamId", TEAM)],
        &[],
    );
    assert_eq!(removed.save_success, Some(true));

    let (request, handed) = exchange("doc_2_0_HandoverTeamWithoutAuth", |c| async move {
        c.doc_2_0()
            .handover_team_without_auth(Doc20handoverTeamWithoutAuthRequestParam {
                leave: Some(false),
                new_owner: MEMBER.into(),
                notify: Some(true),
                team_id: TEAM.into(),
            })
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_HandoverTeamWithoutAuth", &[], &[]);
    assert_eq!(handed.success, Some(true));
}

#[tokio::test]
async fn team_pages() {
    let (request, hot) = exchange("doc_2_0_ListHotDocs", |c| async move {
        c.doc_2_0()
            .list_hot_docs(ListHotDocsInput {
                team_id: TEAM,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_ListHotDocs",
        &[("teamId", TEAM)],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(hot.items.unwrap()[0].dentry_uuid, DENTRY_UUID);

    let (request, feeds) = exchange("doc_2_0_ListFeeds", |c| async move {
        c.doc_2_0()
            .list_feeds(ListFeedsInput {
                team_id: TEAM,
                max_results: 1,
                operator_id: OPERATOR,
            })
            .exclude_file(true)
            .next_token("eyJvZmZzZXQiOjB9")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_ListFeeds",
        &[("teamId", TEAM)],
        &[
            ("excludeFile", "true"),
            ("maxResults", "1"),
            ("nextToken", "eyJvZmZzZXQiOjB9"),
            ("operatorId", OPERATOR),
        ],
    );
    assert_eq!(feeds.items.unwrap()[0].time, Some(1_700_003_600_000));
    assert_eq!(feeds.next_token.as_deref(), Some("eyJvZmZzZXQiOjF9"));

    let (request, sections) = exchange("doc_2_0_ListSpaceSections", |c| async move {
        c.doc_2_0()
            .list_space_sections(ListSpaceSectionsInput {
                team_id: TEAM,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_ListSpaceSections",
        &[("teamId", TEAM)],
        &[("operatorId", OPERATOR)],
    );
    let section = &sections.items.unwrap()[0];
    assert_eq!(section.space_num, Some(1));
    assert_eq!(section.spaces.as_ref().unwrap()[0].id, SPACE);

    let (request, schema) = exchange("doc_2_0_GetSchema", |c| async move {
        c.doc_2_0()
            .get_schema(GetSchemaInput {
                team_id: TEAM,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetSchema",
        &[("teamId", TEAM)],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(schema.revision, Some(3));
    let layout: Value = serde_json::from_str(schema.value.as_deref().unwrap()).unwrap();
    assert_eq!(layout["notices"][0]["text"], "Read the runbooks first.");
}

#[tokio::test]
async fn team_activity_is_followed_across_pages() {
    let server = MockServer::start().await;
    let feeds = format!("/v2.0/doc/teams/{TEAM}/feeds");
    Mock::given(method("GET"))
        .and(path(feeds.as_str()))
        .and(query_param("nextToken", "page-2"))
        .respond_with(ok(
            json!({"items": [{"type": 1, "content": "c", "time": 1}], "hasMore": false}),
        ))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(feeds.as_str()))
        .and(query_param_is_missing("nextToken"))
        .respond_with(ok(json!({"items": [
            {"type": 1, "content": "a", "time": 3}, {"type": 1, "content": "b", "time": 2}
        ], "hasMore": true, "nextToken": "page-2"})))
        .mount(&server)
        .await;
    let entries: Vec<Option<String>> = client(&server)
        .doc_2_0()
        .list_feeds(ListFeedsInput {
            team_id: TEAM,
            max_results: 2,
            operator_id: OPERATOR,
        })
        .items()
        .map_ok(|entry| entry.content)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        entries,
        [Some("a".into()), Some("b".into()), Some("c".into())]
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn more_spaces() {
    let (request, page) = exchange("doc_2_0_RelatedSpaces", |c| async move {
        c.doc_2_0()
            .related_spaces(RelatedSpacesInput {
                max_results: 20,
                operator_id: OPERATOR,
            })
            .next_token("eyJvZmZzZXQiOjB9")
            .team_id(TEAM)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_RelatedSpaces",
        &[],
        &[
            ("maxResults", "20"),
            ("nextToken", "eyJvZmZzZXQiOjB9"),
            ("operatorId", OPERATOR),
            ("teamId", TEAM),
        ],
    );
    let space = &page.items.unwrap()[0];
    assert_eq!(space.visitor_info.as_ref().unwrap().pinned, Some(true));

    let (request, mine) = exchange("doc_2_0_QueryMineSpace", |c| async move {
        c.doc_2_0().query_mine_space(OPERATOR).send().await
    })
    .await;
    check(
        &request,
        "doc_2_0_QueryMineSpace",
        &[("unionId", OPERATOR)],
        &[],
    );
    assert_eq!(mine.id, "2816540001");

    let (request, files) = exchange("doc_2_0_GetMySpace", |c| async move {
        c.doc_2_0().get_my_space().is_my_space(true).send().await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetMySpace",
        &[],
        &[("isMySpace", "true")],
    );
    assert_eq!(files.quota, Some(10_737_418_240));
    assert_eq!(files.used_quota, Some(52_428_800));

    let (request, pinned) = exchange("doc_2_0_PinSpace", |c| async move {
        c.doc_2_0()
            .pin_space(PinSpaceInput {
                space_id: SPACE,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_PinSpace",
        &[("spaceId", SPACE)],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(pinned.success, Some(true));

    let (request, unpinned) = exchange("doc_2_0_UnpinSpace", |c| async move {
        c.doc_2_0()
            .unpin_space(UnpinSpaceInput {
                space_id: SPACE,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_UnpinSpace",
        &[("spaceId", SPACE)],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(unpinned.success, Some(true));

    let (request, page) = exchange("doc_2_0_ListPinSpaces", |c| async move {
        c.doc_2_0()
            .list_pin_spaces(OPERATOR)
            .option(Doc20listPinSpacesRequestOption {
                max_results: Some(20),
                with_space_creator_info: Some(true),
                with_team_detail: Some(true),
                ..Default::default()
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_ListPinSpaces",
        &[],
        &[("operatorId", OPERATOR)],
    );
    let item = &page.result_items.unwrap()[0];
    assert_eq!(item.team_info.as_ref().unwrap().id.as_deref(), Some(TEAM));
    assert_eq!(page.next_token, None);

    let (request, count) = exchange("doc_2_0_GetTotalNumberOfSpaces", |c| async move {
        c.doc_2_0()
            .get_total_number_of_spaces(OPERATOR)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetTotalNumberOfSpaces",
        &[],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(count.spaces_count.as_deref(), Some("128"));

    let (request, count) = exchange("doc_2_0_GetTotalNumberOfDentries", |c| async move {
        c.doc_2_0()
            .get_total_number_of_dentries(OPERATOR)
            .include_folder(false)
            .space_types("1")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetTotalNumberOfDentries",
        &[],
        &[
            ("includeFolder", "false"),
            ("operatorId", OPERATOR),
            ("spaceTypes", "1"),
        ],
    );
    assert_eq!(count.dentries_count.as_deref(), Some("5230"));

    let (request, scopes) = exchange("doc_2_0_GetWorkspacePermissionScopes", |c| async move {
        c.doc_2_0()
            .get_workspace_permission_scopes(GetWorkspacePermissionScopesInput {
                workspace_id: SPACE,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetWorkspacePermissionScopes",
        &[("workspaceId", SPACE)],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(
        scopes.members.unwrap()[1].member_type.as_deref(),
        Some("DEPT")
    );
}

#[tokio::test]
async fn handovers_copies_and_migrations() {
    let (request, handed) = exchange("doc_2_0_HandoveryWorkspace", |c| async move {
        c.doc_2_0()
            .handovery_workspace(Doc20handoveryWorkspaceRequestParam {
                leave: Some(false),
                receiver_union_id: MEMBER.into(),
                resource_id: SPACE.into(),
            })
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_HandoveryWorkspace", &[], &[]);
    assert_eq!(handed.result, Some(true));

    let (request, copied) = exchange("doc_2_0_CopyWorkspace", |c| async move {
        c.doc_2_0()
            .copy_workspace(Doc20copyWorkspaceRequestParam {
                origin_workspace_id: Some(SPACE.into()),
            })
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_CopyWorkspace", &[], &[]);
    assert_eq!(copied.success, Some(true));

    let (request, task) = exchange("doc_2_0_CopyWorkspaceAsync", |c| async move {
        c.doc_2_0()
            .copy_workspace_async(Doc20copyWorkspaceAsyncRequestParam {
                origin_workspace_id: Some(SPACE.into()),
            })
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_CopyWorkspaceAsync", &[], &[]);
    assert_eq!(task.id, Some(90_017_253));

    let (request, progress) = exchange("doc_2_0_GetTaskInfo", |c| async move {
        c.doc_2_0().get_task_info("90017253").send().await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetTaskInfo",
        &[("taskId", "90017253")],
        &[],
    );
    assert_eq!(progress.succ_count, Some(118));
    assert_eq!(progress.fail_count, Some(2));

    let (request, migrated) = exchange("doc_2_0_CrossOrgMigrate", |c| async move {
        c.doc_2_0()
            .cross_org_migrate(CrossOrgMigrateInput {
                operator_id: OPERATOR,
                param: Doc20crossOrgMigrateRequestParam {
                    corp_id: Some("ding8e1f3a7c0b2d4e56".into()),
                },
            })
            .option(Doc20crossOrgMigrateRequestOption {
                workspace_id_strs: Some(vec![SPACE.into()]),
                delete_source: Some(false),
                retain_org_group: Some(true),
                ..Default::default()
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_CrossOrgMigrate",
        &[],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(migrated.success, Some(true));
}

#[tokio::test]
async fn stars_and_recents() {
    let (request, starred) = exchange("doc_2_0_MarkStar", |c| async move {
        c.doc_2_0()
            .mark_star(MarkStarInput {
                dentry_uuid: DENTRY_UUID,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_MarkStar",
        &[("dentryUuid", DENTRY_UUID)],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(starred.success, Some(true));

    let (request, unstarred) = exchange("doc_2_0_UnmarkStar", |c| async move {
        c.doc_2_0()
            .unmark_star(UnmarkStarInput {
                dentry_uuid: DENTRY_UUID,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_UnmarkStar",
        &[("dentryUuid", DENTRY_UUID)],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(unstarred.success, Some(true));

    let (request, info) = exchange("doc_2_0_GetStarInfo", |c| async move {
        c.doc_2_0()
            .get_star_info(GetStarInfoInput {
                dentry_uuid: DENTRY_UUID,
                operator_id: OPERATOR,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetStarInfo",
        &[("dentryUuid", DENTRY_UUID)],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(info.starred, Some(true));

    let (request, stars) = exchange("doc_2_0_ListStars", |c| async move {
        c.doc_2_0()
            .list_stars(OPERATOR)
            .option(Doc20listStarsRequestOption {
                max_results: Some(20),
                with_dentry_creator_info: Some(true),
                ..Default::default()
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_ListStars",
        &[],
        &[("operatorId", OPERATOR)],
    );
    let star = &stars.star_list.unwrap()[0];
    assert_eq!(
        star.dentry_info.as_ref().unwrap().uuid.as_deref(),
        Some(DENTRY_UUID)
    );
    assert_eq!(stars.next_token.as_deref(), Some("eyJvZmZzZXQiOjIwfQ"));

    let (request, recents) = exchange("doc_2_0_ListRecents", |c| async move {
        c.doc_2_0()
            .list_recents(Doc20listRecentsRequestParam {
                file_types: vec![1],
                max_results: Some(20),
                next_token: None,
                operate_types: vec![1],
            })
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_ListRecents", &[], &[]);
    let recent = &recents.recent_dentry_list.unwrap()[0];
    assert_eq!(recent.access_time, Some(1_700_003_600_000));
    assert_eq!(
        recent.resource.as_ref().unwrap().dentry_uuid.as_deref(),
        Some(DENTRY_UUID)
    );

    let (request, removed) = exchange("doc_2_0_BatchDeleteRecents", |c| async move {
        c.doc_2_0()
            .batch_delete_recents(BatchDeleteRecentsInput {
                operator_id: OPERATOR,
                dentry_uuids: vec![DENTRY_UUID.into()],
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_BatchDeleteRecents",
        &[],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(removed.success, Some(true));

    let (request, page) = exchange("doc_2_0_QueryRecentList", |c| async move {
        c.doc_2_0()
            .query_recent_list(QueryRecentListInput {
                max_results: 20,
                operator_id: OPERATOR,
                recent_type: 1,
            })
            .creator_type(0)
            .file_type(1)
            .next_token("eyJvZmZzZXQiOjB9")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_QueryRecentList",
        &[],
        &[
            ("creatorType", "0"),
            ("fileType", "1"),
            ("maxResults", "20"),
            ("nextToken", "eyJvZmZzZXQiOjB9"),
            ("operatorId", OPERATOR),
            ("recentType", "1"),
        ],
    );
    let recent = &page.recent_list.unwrap()[0];
    assert_eq!(recent.team.as_ref().unwrap().id.as_deref(), Some(TEAM));
    assert_eq!(recent.dentry.as_ref().unwrap().dentry_id, DENTRY);
}

#[tokio::test]
async fn stars_are_followed_across_pages_with_the_cursor_in_the_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2.0/doc/dentries/starLists/query"))
        .and(body_partial_json(
            json!({"option": {"nextToken": "page-2"}}),
        ))
        .respond_with(ok(json!({"starList": [{"id": "c"}]})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v2.0/doc/dentries/starLists/query"))
        .respond_with(ok(
            json!({"starList": [{"id": "a"}, {"id": "b"}], "nextToken": "page-2"}),
        ))
        .mount(&server)
        .await;
    let ids: Vec<Option<String>> = client(&server)
        .doc_2_0()
        .list_stars(OPERATOR)
        .option(Doc20listStarsRequestOption {
            max_results: Some(2),
            ..Default::default()
        })
        .items()
        .map_ok(|star| star.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [Some("a".into()), Some("b".into()), Some("c".into())]);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert_eq!(json_body(&requests[0])["option"].get("nextToken"), None);
    assert_eq!(json_body(&requests[1])["option"]["maxResults"], 2);
}

#[tokio::test]
async fn copies_shortcuts_links_and_locks() {
    let (request, copy) = exchange("doc_2_0_CopyDoc", |c| async move {
        c.doc_2_0()
            .copy_doc(Doc20copyDocRequestParam {
                source_dentry_uuid: DENTRY_UUID.into(),
                target_parent_dentry_uuid: "R1zknDm0WRxBmM6DfmAaVd6oVBQEx5rG".into(),
                target_pre_dentry_uuid: Some("gvNG4YZ7JnekKBQRf6bMDx3bV2LD0oRE".into()),
            })
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_CopyDoc", &[], &[]);
    assert_eq!(copy.is_async, Some(false));
    let result = copy.sync_copy_result.unwrap();
    assert_eq!(
        result.dentry_uuid.as_deref(),
        Some("N7dx2rn0JbxOaqnACDA7XM4zWMGjLRb3")
    );
    assert_eq!(
        result.space_info.unwrap().scene_type.as_deref(),
        Some("workspace")
    );

    let (request, copy) = exchange("doc_2_0_CopyDocWithAppAuth", |c| async move {
        c.doc_2_0()
            .copy_doc_with_app_auth(CopyDocWithAppAuthInput {
                operator_id: OPERATOR,
                source_dentry_uuid: DENTRY_UUID,
                target_parent_dentry_uuid: "R1zknDm0WRxBmM6DfmAaVd6oVBQEx5rG",
            })
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_CopyDocWithAppAuth", &[], &[]);
    assert_eq!(copy.is_async, Some(true));
    assert_eq!(copy.task_id.as_deref(), Some("90017301"));

    let (request, shortcut) = exchange("doc_2_0_CreateShortcut", |c| async move {
        c.doc_2_0()
            .create_shortcut(Doc20createShortcutRequestParam {
                source_resource_id: DENTRY_UUID.into(),
                source_resource_type: "dentry".into(),
                target_resource_id: "R1zknDm0WRxBmM6DfmAaVd6oVBQEx5rG".into(),
                target_resource_name: Some("Release notes (shortcut)".into()),
                target_resource_type: "dentry".into(),
            })
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_CreateShortcut", &[], &[]);
    assert_eq!(
        shortcut.open_dentry_info.unwrap().dentry_uuid.as_deref(),
        Some("Lb0Q9nKbxVRl7Yp3ZaeM6dWkEj4X2Ay8")
    );

    let (request, shortcut) = exchange("doc_2_0_CreateShortcutForMigrate", |c| async move {
        c.doc_2_0()
            .create_shortcut_for_migrate()
            .source_resource_id(DENTRY_UUID)
            .source_resource_type("dentry")
            .target_resource_id("R1zknDm0WRxBmM6DfmAaVd6oVBQEx5rG")
            .target_resource_type("dentry")
            .target_resource_name("Release notes (shortcut)")
            .operator_id(OPERATOR)
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_CreateShortcutForMigrate", &[], &[]);
    assert_eq!(
        shortcut.open_dentry_info.unwrap().name.as_deref(),
        Some("Release notes (shortcut)")
    );

    let (request, links) = exchange("doc_2_0_ShareUrl", |c| async move {
        c.doc_2_0()
            .share_url(Doc20shareUrlRequestParam {
                dentry_uuid: DENTRY_UUID.into(),
                trigger_share: Some(false),
            })
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_ShareUrl", &[], &[]);
    assert_eq!(
        links.share_url_info.unwrap().pc_url.as_deref(),
        Some(NODE_URL)
    );

    let (request, user) = exchange("doc_2_0_GetUserInfoByOpenToken", |c| async move {
        c.doc_2_0()
            .get_user_info_by_open_token(GetUserInfoByOpenTokenInput {
                doc_key: "LAJdlP7rDxoGvNNm",
                open_token: "ot_2b7e1c",
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetUserInfoByOpenToken",
        &[],
        &[("docKey", "LAJdlP7rDxoGvNNm"), ("openToken", "ot_2b7e1c")],
    );
    assert_eq!(user.union_id.as_deref(), Some(OPERATOR));

    let (request, locked) = exchange("doc_2_0_LockDoc", |c| async move {
        c.doc_2_0()
            .lock_doc(Doc20lockDocRequestParam {
                dentry_uuid: DENTRY_UUID.into(),
                name: "Release notes 2.3".into(),
                operator_uid: OPERATOR.into(),
            })
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_LockDoc", &[], &[]);
    assert_eq!(locked.success, Some(true));

    let (request, unlocked) = exchange("doc_2_0_UnlockDoc", |c| async move {
        c.doc_2_0()
            .unlock_doc(Doc20unlockDocRequestParam {
                dentry_uuid: DENTRY_UUID.into(),
                operator_uid: OPERATOR.into(),
            })
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_UnlockDoc", &[], &[]);
    assert_eq!(unlocked.success, Some(true));

    let (request, locked) = exchange("doc_2_0_LockDocByDelegatedPermission", |c| async move {
        c.doc_2_0()
            .lock_doc_by_delegated_permission(Doc20lockDocByDelegatedPermissionRequestParam {
                dentry_uuid: DENTRY_UUID.into(),
                name: "Release notes 2.3".into(),
            })
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_LockDocByDelegatedPermission", &[], &[]);
    assert_eq!(locked.success, Some(true));

    let (request, unlocked) = exchange("doc_2_0_UnlockDocByDelegatedPermission", |c| async move {
        c.doc_2_0()
            .unlock_doc_by_delegated_permission(Doc20unlockDocByDelegatedPermissionRequestParam {
                dentry_uuid: DENTRY_UUID.into(),
            })
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_UnlockDocByDelegatedPermission", &[], &[]);
    assert_eq!(unlocked.success, Some(true));
}

#[tokio::test]
async fn content_and_exports() {
    let (request, written) = exchange(
        "doc_2_0_DocUpdateContentWithDelegatedPermission",
        |c| async move {
            c.doc_2_0()
                .doc_update_content_with_delegated_permission(
                    DocUpdateContentWithDelegatedPermissionInput {
                        doc_key: DENTRY_UUID,
                        content: "# Release notes\n\n- Faster uploads\n- Fixed sharing links\n",
                    },
                )
                .data_type("markdown")
                .send()
                .await
        },
    )
    .await;
    check(
        &request,
        "doc_2_0_DocUpdateContentWithDelegatedPermission",
        &[("docKey", DENTRY_UUID)],
        &[],
    );
    assert_eq!(written.data.map(|data| data.len()), Some(0));

    let (request, job) = exchange("doc_2_0_SubmitExportJob", |c| async move {
        c.doc_2_0()
            .submit_export_job(SubmitExportJobInput {
                dentry_uuid: DENTRY_UUID,
                operator_id: OPERATOR,
                target_format: "docx",
            })
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_SubmitExportJob", &[], &[]);
    assert_eq!(job.task_id, "exp_5f0c2a91");
    assert_eq!(job.download_url, None);

    let (request, task) = exchange("doc_2_0_QueryExportTask", |c| async move {
        c.doc_2_0()
            .query_export_task(QueryExportTaskInput {
                operator_id: OPERATOR,
                task_id: "exp_5f0c2a91",
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_QueryExportTask",
        &[],
        &[("operatorId", OPERATOR), ("taskId", "exp_5f0c2a91")],
    );
    assert_eq!(task.status.as_deref(), Some("success"));
    assert_eq!(
        task.download_url.as_deref(),
        Some("https://down.dingtalk.com/doc/export/exp_5f0c2a91.docx")
    );

    let (request, job) = exchange("doc_2_0_ExportDoc", |c| async move {
        c.doc_2_0()
            .export_doc(Doc20exportDocRequestParam {
                dentry_uuid: DENTRY_UUID.into(),
                export_type: "docx".into(),
            })
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_ExportDoc", &[], &[]);
    assert_eq!(job.job_id.as_deref(), Some("job_81d2c7"));

    let (request, task) = exchange("doc_2_0_DocExportByDelegatedPermission", |c| async move {
        c.doc_2_0()
            .doc_export_by_delegated_permission(DENTRY_UUID)
            .generate_cp(false)
            .target_format("markdown")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_DocExportByDelegatedPermission",
        &[("dentryUuid", DENTRY_UUID)],
        &[("generateCp", "false"), ("targetFormat", "markdown")],
    );
    assert_eq!(task.task_id, Some(71_652_398));

    let (request, task) = exchange("doc_2_0_GetDocContent", |c| async move {
        c.doc_2_0()
            .get_doc_content(DENTRY_UUID)
            .generate_cp(false)
            .target_format("markdown")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetDocContent",
        &[("dentryUuid", DENTRY_UUID)],
        &[("generateCp", "false"), ("targetFormat", "markdown")],
    );
    assert_eq!(task.task_id, Some(71_652_399));

    let (request, task) = exchange("doc_2_0_GetDocContentForELM", |c| async move {
        c.doc_2_0()
            .get_doc_content_for_elm(DENTRY_UUID)
            .target_format("markdown")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetDocContentForELM",
        &[("dentryUuid", DENTRY_UUID)],
        &[("targetFormat", "markdown")],
    );
    assert_eq!(task.task_id, Some(71_652_400));

    let (request, task) = exchange("doc_2_0_GetOrgOrWebOpenDocContent", |c| async move {
        c.doc_2_0()
            .get_org_or_web_open_doc_content(DENTRY_UUID)
            .generate_cp(false)
            .scope_type(1)
            .target_format("markdown")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_GetOrgOrWebOpenDocContent",
        &[("dentryUuid", DENTRY_UUID)],
        &[
            ("generateCp", "false"),
            ("scopeType", "1"),
            ("targetFormat", "markdown"),
        ],
    );
    assert_eq!(task.task_id, Some(71_652_401));

    let (request, task) = exchange("doc_2_0_DocContent", |c| async move {
        c.doc_2_0()
            .doc_content(DocContentInput {
                dentry_uuid: DENTRY_UUID,
                operator_id: OPERATOR,
            })
            .option(Doc20docContentRequestOption {
                target_format: Some("markdown".into()),
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_DocContent",
        &[("dentryUuid", DENTRY_UUID)],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(task.task_id, Some(71_652_402));

    let (request, task) = exchange("doc_2_0_QueryDocContent", |c| async move {
        c.doc_2_0()
            .query_doc_content(QueryDocContentInput {
                dentry_uuid: DENTRY_UUID,
                operator_id: OPERATOR,
            })
            .target_format("markdown")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_QueryDocContent",
        &[("dentryUuid", DENTRY_UUID)],
        &[("operatorId", OPERATOR), ("targetFormat", "markdown")],
    );
    assert_eq!(task.task_id, Some(71_652_403));

    let (request, job) = exchange("doc_2_0_SubmitGetContentJob", |c| async move {
        c.doc_2_0()
            .submit_get_content_job(SubmitGetContentJobInput {
                dentry_uuid: DENTRY_UUID,
                operator_id: OPERATOR,
            })
            .target_format("markdown")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_SubmitGetContentJob",
        &[("dentryUuid", DENTRY_UUID)],
        &[("operatorId", OPERATOR), ("targetFormat", "markdown")],
    );
    assert_eq!(job.task_id, Some(71_652_404));

    let (request, status) = exchange("doc_2_0_QueryGetContentJob", |c| async move {
        c.doc_2_0()
            .query_get_content_job(QueryGetContentJobInput {
                dentry_uuid: DENTRY_UUID,
                operator_id: OPERATOR,
            })
            .task_id(71_652_404)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_QueryGetContentJob",
        &[("dentryUuid", DENTRY_UUID)],
        &[("operatorId", OPERATOR), ("taskId", "71652404")],
    );
    assert_eq!(status.status, Some(2));
    assert_eq!(status.content_key.as_deref(), Some("ck_9d1e4b7a"));
}

#[tokio::test]
async fn search_and_templates() {
    let (request, found) = exchange("doc_2_0_Search", |c| async move {
        c.doc_2_0()
            .search()
            .keyword("release notes")
            .operator_id(OPERATOR)
            .dentry_request(Doc20searchRequestDentryRequest {
                create_time_range: None,
                create_users: None,
                editors: None,
                max_results: 10,
                next_token: None,
                search_field: None,
                search_file_type: None,
                space_id: None,
                space_ids: Some(vec![SPACE.into()]),
                summary_length: Some(60),
                visit_time_range: None,
            })
            .space_request(Doc20searchRequestSpaceRequest {
                max_results: 5,
                next_token: None,
                with_team_info: Some(true),
            })
            .send()
            .await
    })
    .await;
    check(&request, "doc_2_0_Search", &[], &[]);
    let nodes = found.dentry_result.unwrap();
    let node = &nodes.items.unwrap()[0];
    assert_eq!(node.origin_name.as_deref(), Some("Release notes"));
    assert_eq!(
        node.last_edition.as_ref().unwrap().timestamp,
        Some(1_700_003_600_000)
    );
    let spaces = found.space_result.unwrap();
    assert_eq!(
        spaces.items.unwrap()[0]
            .team_vo
            .as_ref()
            .unwrap()
            .id
            .as_deref(),
        Some(TEAM)
    );

    let (request, categories) = exchange("doc_2_0_TemplateCategories", |c| async move {
        c.doc_2_0()
            .template_categories(TemplateCategoriesInput {
                operator_id: OPERATOR,
                param: Doc20templateCategoriesRequestParam {
                    tenant_id: "ding8e1f3a7c0b2d4e56".into(),
                },
            })
            .option(Doc20templateCategoriesRequestOption {
                category_status: Some(1),
                industry_id: None,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_TemplateCategories",
        &[],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(
        categories.list.unwrap()[1].category_name.as_deref(),
        Some("Projects")
    );

    let (request, templates) = exchange("doc_2_0_CategoryTemplates", |c| async move {
        c.doc_2_0()
            .category_templates(CategoryTemplatesInput {
                operator_id: OPERATOR,
                param: Doc20categoryTemplatesRequestParam {
                    category_id: "cat_meeting".into(),
                },
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_CategoryTemplates",
        &[],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(templates.list.unwrap()[0].used_count, Some(4211));

    let (request, by_category) = exchange("doc_2_0_CategoriesTemplates", |c| async move {
        c.doc_2_0()
            .categories_templates(CategoriesTemplatesInput {
                operator_id: OPERATOR,
                param: Doc20categoriesTemplatesRequestParam {
                    category_ids: vec!["cat_meeting".into(), "cat_project".into()],
                },
            })
            .option(Doc20categoriesTemplatesRequestOption {
                category_status: None,
                query_platform: None,
                size: Some(10),
                template_status: None,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_CategoriesTemplates",
        &[],
        &[("operatorId", OPERATOR)],
    );
    let map = by_category.map.unwrap();
    assert_eq!(
        map["cat_project"][0].template_id.as_deref(),
        Some("tpl_7c21")
    );

    let (request, page) = exchange("doc_2_0_SearchTemplates", |c| async move {
        c.doc_2_0()
            .search_templates(SearchTemplatesInput {
                operator_id: OPERATOR,
                param: Doc20searchTemplatesRequestParam {
                    belong: "public_template".into(),
                    search_name: "meeting".into(),
                },
            })
            .option(Doc20searchTemplatesRequestOption {
                max_results: Some(20),
                ..Default::default()
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_SearchTemplates",
        &[],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(
        page.template_list.unwrap()[0].title.as_deref(),
        Some("Weekly meeting")
    );

    let (request, page) = exchange("doc_2_0_TeamTemplates", |c| async move {
        c.doc_2_0()
            .team_templates(OPERATOR)
            .option(Doc20teamTemplatesRequestOption {
                max_results: Some(20),
                workspace_ids: Some(vec![SPACE.into()]),
                ..Default::default()
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_TeamTemplates",
        &[],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(
        page.template_list.unwrap()[0].workspace_id.as_deref(),
        Some(SPACE)
    );

    let (request, page) = exchange("doc_2_0_UserTemplates", |c| async move {
        c.doc_2_0()
            .user_templates(OPERATOR)
            .option(Doc20userTemplatesRequestOption {
                max_results: Some(20),
                ..Default::default()
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "doc_2_0_UserTemplates",
        &[],
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(
        page.template_list.unwrap()[0].belong.as_deref(),
        Some("user_template")
    );
}

/// A server answering `path` with two pages of `items_field`: the first
/// (holding `a` and `b`) to a request without a cursor, the second
/// (holding `c`) to one whose cursor is `page-2`, in the query or, with
/// `body_cursor`, at that path in the JSON body (`option.nextToken`).
async fn two_pages(
    http_method: &str,
    page_path: &str,
    body_cursor: Option<&str>,
    items_field: &str,
    item: impl Fn(&str) -> Value,
) -> MockServer {
    let server = MockServer::start().await;
    let second = json!({ items_field: [item("c")], "hasMore": false });
    let first =
        json!({ items_field: [item("a"), item("b")], "hasMore": true, "nextToken": "page-2" });
    match body_cursor {
        None => {
            Mock::given(method(http_method))
                .and(path(page_path))
                .and(query_param("nextToken", "page-2"))
                .respond_with(ok(second))
                .mount(&server)
                .await;
            Mock::given(method(http_method))
                .and(path(page_path))
                .and(query_param_is_missing("nextToken"))
                .respond_with(ok(first))
                .mount(&server)
                .await;
        }
        Some(cursor) => {
            let (outer, inner) = cursor.split_once('.').unwrap();
            Mock::given(method(http_method))
                .and(path(page_path))
                .and(body_partial_json(json!({ outer: { inner: "page-2" } })))
                .respond_with(ok(second))
                .mount(&server)
                .await;
            Mock::given(method(http_method))
                .and(path(page_path))
                .respond_with(ok(first))
                .mount(&server)
                .await;
        }
    }
    server
}

/// Checks that two requests were made, the second with the cursor.
async fn followed(server: &MockServer, body_cursor: Option<&str>) {
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    match body_cursor {
        None => {
            assert!(common::query(&requests[1])
                .contains(&("nextToken".to_owned(), "page-2".to_owned())))
        }
        Some(cursor) => {
            let pointer = format!("/{}", cursor.replace('.', "/"));
            assert_eq!(json_body(&requests[0]).pointer(&pointer), None);
            assert_eq!(
                json_body(&requests[1]).pointer(&pointer),
                Some(&json!("page-2"))
            );
        }
    }
}

fn team(id: &str) -> Value {
    json!({"id": id, "name": id, "type": 1, "url": "u"})
}

fn template(id: &str) -> Value {
    json!({"templateId": id})
}

#[tokio::test]
async fn the_other_lists_are_followed_across_pages() {
    let server = two_pages("GET", "/v2.0/doc/teams", None, "items", team).await;
    let teams: Vec<String> = client(&server)
        .doc_2_0()
        .list_related_teams(ListRelatedTeamsInput {
            max_results: 2,
            operator_id: OPERATOR,
        })
        .items()
        .map_ok(|team| team.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(teams, ["a", "b", "c"]);
    followed(&server, None).await;

    let server = two_pages(
        "GET",
        "/v2.0/doc/relations/spaces",
        None,
        "items",
        |id| json!({"id": id, "name": id}),
    )
    .await;
    let spaces: Vec<String> = client(&server)
        .doc_2_0()
        .related_spaces(RelatedSpacesInput {
            max_results: 2,
            operator_id: OPERATOR,
        })
        .items()
        .map_ok(|space| space.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(spaces, ["a", "b", "c"]);
    followed(&server, None).await;

    let server = two_pages(
        "GET",
        "/v2.0/doc/spaces/docs/recent",
        None,
        "recentList",
        |id| json!({"recentTime": 1, "team": {"id": id}}),
    )
    .await;
    let recents: Vec<Option<String>> = client(&server)
        .doc_2_0()
        .query_recent_list(QueryRecentListInput {
            max_results: 2,
            operator_id: OPERATOR,
            recent_type: 1,
        })
        .items()
        .map_ok(|recent| recent.team.and_then(|team| team.id))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        recents,
        [Some("a".into()), Some("b".into()), Some("c".into())]
    );
    followed(&server, None).await;

    let cursor = Some("option.nextToken");
    let server = two_pages(
        "POST",
        "/v2.0/doc/spaces/pinLists/query",
        cursor,
        "resultItems",
        |id| json!({"spaceInfo": {"id": id}}),
    )
    .await;
    let pinned: Vec<Option<String>> = client(&server)
        .doc_2_0()
        .list_pin_spaces(OPERATOR)
        .items()
        .map_ok(|item| item.space_info.and_then(|space| space.id))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        pinned,
        [Some("a".into()), Some("b".into()), Some("c".into())]
    );
    followed(&server, cursor).await;

    let param_cursor = Some("param.nextToken");
    let server = two_pages(
        "POST",
        "/v2.0/doc/dentries/recentRecords/lists/query",
        param_cursor,
        "recentDentryList",
        |id| json!({"resource": {"dentryUuid": id}}),
    )
    .await;
    let recents: Vec<Option<String>> = client(&server)
        .doc_2_0()
        .list_recents(Doc20listRecentsRequestParam {
            file_types: vec![1],
            max_results: Some(2),
            next_token: None,
            operate_types: vec![1],
        })
        .items()
        .map_ok(|recent| recent.resource.and_then(|resource| resource.dentry_uuid))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        recents,
        [Some("a".into()), Some("b".into()), Some("c".into())]
    );
    followed(&server, param_cursor).await;

    let server = two_pages(
        "POST",
        "/v2.0/doc/templates/search",
        cursor,
        "templateList",
        template,
    )
    .await;
    let found: Vec<Option<String>> = client(&server)
        .doc_2_0()
        .search_templates(SearchTemplatesInput {
            operator_id: OPERATOR,
            param: Doc20searchTemplatesRequestParam {
                belong: "public_template".into(),
                search_name: "meeting".into(),
            },
        })
        .items()
        .map_ok(|template| template.template_id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        found,
        [Some("a".into()), Some("b".into()), Some("c".into())]
    );
    followed(&server, cursor).await;

    let server = two_pages(
        "POST",
        "/v2.0/doc/workspaces/templates/query",
        cursor,
        "templateList",
        template,
    )
    .await;
    let found: Vec<Option<String>> = client(&server)
        .doc_2_0()
        .team_templates(OPERATOR)
        .items()
        .map_ok(|template| template.template_id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        found,
        [Some("a".into()), Some("b".into()), Some("c".into())]
    );
    followed(&server, cursor).await;

    let server = two_pages(
        "POST",
        "/v2.0/doc/users/templates/query",
        cursor,
        "templateList",
        template,
    )
    .await;
    let found: Vec<Option<String>> = client(&server)
        .doc_2_0()
        .user_templates(OPERATOR)
        .items()
        .map_ok(|template| template.template_id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        found,
        [Some("a".into()), Some("b".into()), Some("c".into())]
    );
    followed(&server, cursor).await;
}

//! The `doc_2_0` operations against a local server. Each test calls the
//! client with the inputs of the spec's request example, optional ones
//! included, and checks the request on the wire: method, the path with its
//! parameters filled in, the exact query, the token header and the JSON body,
//! which must equal the spec's request example. The server answers with the
//! spec's 200 example and the test checks the typed result. The folder
//! listing is followed across pages.

use crate::common;

use std::collections::BTreeSet;
use std::future::Future;

use common::*;
use dingtalk::doc_2_0::*;
use futures_util::TryStreamExt;
use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

// The ids of the spec's examples.
const OPERATOR: &str = "Qn3UvGzyIBEiXzJyiiSbr3wiEiE";
const SPACE: &str = "2816541507";
const DENTRY: &str = "148902671234";
const DENTRY_UUID: &str = "Y7kmbokZp3pgGLq2ivpODn9aJLqPxX4v";
const TEAM: &str = "47103284";
const MEMBER: &str = "Zx9ttSBxSuiEiE";
const FOLDER: &str = "148902670001";
const NODE_URL: &str = "https://alidocs.dingtalk.com/i/nodes/Y7kmbokZp3pgGLq2ivpODn9aJLqPxX4v";

fn ok(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
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
    assert!(example.is_object(), "{operation_id} has no 200 example");
    let server = server(ok(example)).await;
    let result = call(client(&server))
        .await
        .unwrap_or_else(|err| panic!("{operation_id}: {err}"));
    (only_request(&server).await, result)
}

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
    assert_eq!(named, documented("path"), "{operation_id}: every path parameter");
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
    assert_eq!(named, documented("query"), "{operation_id}: every query parameter");
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
];

#[test]
fn every_tested_operation_is_curated() {
    let spec_ids: BTreeSet<String> = operation_ids()
        .into_iter()
        .filter(|id| operation(id).2["tags"][0] == "doc_2_0")
        .collect();
    for id in TESTED {
        assert!(spec_ids.contains(*id), "{id} is not a doc_2_0 operation");
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
    check(&request, "doc_2_0_SaveTeamMembers", &[("teamId", TEAM)], &[]);
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
        .respond_with(ok(json!({"items": [{"type": 1, "content": "c", "time": 1}], "hasMore": false})))
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
    assert_eq!(entries, [Some("a".into()), Some("b".into()), Some("c".into())]);
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
    check(&request, "doc_2_0_GetMySpace", &[], &[("isMySpace", "true")]);
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
        c.doc_2_0().get_total_number_of_spaces(OPERATOR).send().await
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
    check(&request, "doc_2_0_ListStars", &[], &[("operatorId", OPERATOR)]);
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
        .and(wiremock::matchers::body_partial_json(json!({"option": {"nextToken": "page-2"}})))
        .respond_with(ok(json!({"starList": [{"id": "c"}]})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v2.0/doc/dentries/starLists/query"))
        .respond_with(ok(json!({"starList": [{"id": "a"}, {"id": "b"}], "nextToken": "page-2"})))
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

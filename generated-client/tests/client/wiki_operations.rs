//! Every `wiki_2_0` operation against a local server. Each test calls the
//! client with the inputs of the spec's request example, optional ones
//! included, and checks the request on the wire: method, path, the exact
//! query (the operator's unionId in each), the token header and the JSON
//! body, which must equal the spec's request example. The server answers with
//! the spec's 200 example and the test checks the typed result. The listings
//! with a cursor are followed across pages, and constraints the spec
//! documents are checked before sending.

use crate::common;

use std::collections::BTreeSet;

use common::*;
use dingtalk::wiki_2_0::*;
use futures_util::TryStreamExt;
use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, Request};

// The ids of the spec's examples.
const OPERATOR: &str = "tXguN309iPhE4roSKPlLURAiEiE";
const CORP: &str = "ding5f8e1c2a9b3d4e6f";
const TEAM: &str = "QOG9lyrgJP3gbOAWFMZkGzbPVzN67Mw4";
const WORKSPACE: &str = "9r09jSO3WARyxd8A";
const MINE: &str = "pYLaezmVNe9DlkOA";
const ROOT: &str = "ydxXB52LJqdRk3OAC4wmnAPqVqjadorv";
const NODE: &str = "a9E05BDRVQ9K600yf1NplNDxV63zgkYA";
const NODE_URL: &str = "https://alidocs.dingtalk.com/i/nodes/a9E05BDRVQ9K600yf1NplNDxV63zgkYA";

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
    assert_common_headers(request, has_body);
    if has_body {
        let example = request_example(operation_id);
        assert!(example.is_object(), "{operation_id} has no request example");
        assert_eq!(json_body(request), example, "{operation_id}: body");
    }
}

fn emoji(value: &str) -> Wiki20icon {
    Wiki20icon {
        r#type: Some("EMOJI".into()),
        value: Some(value.into()),
    }
}

/// The operations the tests below call, to compare with the spec's.
const TESTED: &[&str] = &[
    "wiki_2_0_AddTeam",
    "wiki_2_0_ListTeams",
    "wiki_2_0_GetTeam",
    "wiki_2_0_DeleteTeam",
    "wiki_2_0_AddWorkspace",
    "wiki_2_0_ListWorkspaces",
    "wiki_2_0_GetWorkspace",
    "wiki_2_0_GetWorkspaces",
    "wiki_2_0_GetMineWorkspace",
    "wiki_2_0_ListOrgWorkspaces",
    "wiki_2_0_AddWorkspacesManager",
    "wiki_2_0_HandOverWorkspace",
    "wiki_2_0_GetDefaultHandOverUser",
    "wiki_2_0_SetDefaultHandOverUser",
    "wiki_2_0_GetNode",
    "wiki_2_0_GetNodeByUrl",
    "wiki_2_0_GetNodes",
    "wiki_2_0_ListNodes",
];

#[test]
fn every_wiki_operation_is_tested() {
    let spec: BTreeSet<String> = operation_ids()
        .into_iter()
        .filter(|id| operation(id).2["tags"][0] == "wiki_2_0")
        .collect();
    let tested: BTreeSet<String> = TESTED.iter().map(|id| id.to_string()).collect();
    assert_eq!(spec, tested);
}

#[tokio::test]
async fn teams_are_created_listed_read_and_deleted() {
    let (request, added) = exchange("wiki_2_0_AddTeam", |c| async move {
        c.wiki_2_0()
            .add_team(AddTeamInput {
                operator_id: OPERATOR,
                name: "Platform team",
            })
            .option(Wiki20addTeamRequestOption {
                description: Some("Designs, runbooks and reviews of the platform team.".into()),
                cover: Some("https://static.dingtalk.com/media/cover_platform.png".into()),
                icon: Some(emoji("📚")),
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "wiki_2_0_AddTeam",
        "/v2.0/wiki/teams",
        &[("operatorId", OPERATOR)],
    );
    let team = added.team.unwrap();
    assert_eq!(team.team_id.as_deref(), Some(TEAM));
    assert_eq!(team.corp_id.as_deref(), Some(CORP));
    assert_eq!(team.icon, Some(emoji("📚")));
    assert_eq!(team.create_time.as_deref(), Some("2026-03-02T09:15:00Z"));

    let (request, page) = exchange("wiki_2_0_ListTeams", |c| async move {
        c.wiki_2_0()
            .list_teams(OPERATOR)
            .max_results(20)
            .next_token("eyJvZmZzZXQiOjB9")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "wiki_2_0_ListTeams",
        "/v2.0/wiki/teams",
        &[
            ("maxResults", "20"),
            ("nextToken", "eyJvZmZzZXQiOjB9"),
            ("operatorId", OPERATOR),
        ],
    );
    assert_eq!(page.next_token.as_deref(), Some("eyJvZmZzZXQiOjIwfQ"));
    let teams = page.teams.unwrap();
    assert_eq!(teams.len(), 1);
    assert_eq!(teams[0].name.as_deref(), Some("Platform team"));
    assert_eq!(teams[0].description, None);

    let (request, got) = exchange("wiki_2_0_GetTeam", |c| async move {
        c.wiki_2_0()
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
        "wiki_2_0_GetTeam",
        &format!("/v2.0/wiki/teams/{TEAM}"),
        &[("operatorId", OPERATOR)],
    );
    let team = got.team.unwrap();
    assert_eq!(team.modifier_id.as_deref(), Some("user1001"));
    assert_eq!(team.modified_time.as_deref(), Some("2026-03-04T11:30:00Z"));

    let (request, deleted) = exchange("wiki_2_0_DeleteTeam", |c| async move {
        c.wiki_2_0()
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
        "wiki_2_0_DeleteTeam",
        &format!("/v2.0/wiki/teams/{TEAM}"),
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(deleted.success, Some(true));
}

#[tokio::test]
async fn workspaces_are_created_listed_and_read() {
    let (request, added) = exchange("wiki_2_0_AddWorkspace", |c| async move {
        c.wiki_2_0()
            .add_workspace(AddWorkspaceInput {
                operator_id: OPERATOR,
                name: "Platform runbooks",
            })
            .option(Wiki20addWorkspaceRequestOption {
                description: Some("How to operate the platform's services.".into()),
                team_id: Some(TEAM.into()),
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "wiki_2_0_AddWorkspace",
        "/v2.0/wiki/workspaces",
        &[("operatorId", OPERATOR)],
    );
    let workspace = added.workspace.unwrap();
    assert_eq!(workspace.workspace_id.as_deref(), Some(WORKSPACE));
    assert_eq!(workspace.root_node_id.as_deref(), Some(ROOT));
    assert_eq!(workspace.team_id.as_deref(), Some(TEAM));
    assert_eq!(workspace.r#type.as_deref(), Some("TEAM"));

    let (request, page) = exchange("wiki_2_0_ListWorkspaces", |c| async move {
        c.wiki_2_0()
            .list_workspaces(OPERATOR)
            .max_results(30)
            .next_token("eyJvZmZzZXQiOjB9")
            .order_by("VIEW_TIME_DESC")
            .team_id(TEAM)
            .with_permission_role(true)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "wiki_2_0_ListWorkspaces",
        "/v2.0/wiki/workspaces",
        &[
            ("maxResults", "30"),
            ("nextToken", "eyJvZmZzZXQiOjB9"),
            ("operatorId", OPERATOR),
            ("orderBy", "VIEW_TIME_DESC"),
            ("teamId", TEAM),
            ("withPermissionRole", "true"),
        ],
    );
    assert_eq!(page.next_token.as_deref(), Some("eyJvZmZzZXQiOjMwfQ"));
    let workspaces = page.workspaces.unwrap();
    assert_eq!(workspaces[0].permission_role.as_deref(), Some("OWNER"));
    assert_eq!(
        workspaces[0].modified_time.as_deref(),
        Some("2026-03-05T16:02:00Z")
    );

    let (request, got) = exchange("wiki_2_0_GetWorkspace", |c| async move {
        c.wiki_2_0()
            .get_workspace(GetWorkspaceInput {
                workspace_id: WORKSPACE,
                operator_id: OPERATOR,
            })
            .with_permission_role(true)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "wiki_2_0_GetWorkspace",
        &format!("/v2.0/wiki/workspaces/{WORKSPACE}"),
        &[("operatorId", OPERATOR), ("withPermissionRole", "true")],
    );
    let workspace = got.workspace.unwrap();
    assert_eq!(
        workspace.icon,
        Some(Wiki20icon {
            r#type: Some("URL".into()),
            value: Some("https://static.dingtalk.com/media/icon_runbooks.png".into()),
        })
    );
    assert_eq!(
        workspace.cover.as_deref(),
        Some("https://static.dingtalk.com/media/cover_runbooks.png")
    );

    let (request, got) = exchange("wiki_2_0_GetWorkspaces", |c| async move {
        c.wiki_2_0()
            .get_workspaces(GetWorkspacesInput {
                operator_id: OPERATOR,
                workspace_ids: vec![WORKSPACE.into(), MINE.into()],
            })
            .option(Wiki20getWorkspacesRequestOption {
                with_permission_role: Some(true),
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "wiki_2_0_GetWorkspaces",
        "/v2.0/wiki/workspaces/batchQuery",
        &[("operatorId", OPERATOR)],
    );
    let kinds: Vec<_> = got
        .workspaces
        .unwrap()
        .into_iter()
        .map(|w| (w.workspace_id.unwrap(), w.r#type.unwrap()))
        .collect();
    assert_eq!(
        kinds,
        [
            (WORKSPACE.to_owned(), "TEAM".to_owned()),
            (MINE.to_owned(), "PERSONAL".to_owned())
        ]
    );

    let (request, mine) = exchange("wiki_2_0_GetMineWorkspace", |c| async move {
        c.wiki_2_0().get_mine_workspace(OPERATOR).send().await
    })
    .await;
    check(
        &request,
        "wiki_2_0_GetMineWorkspace",
        "/v2.0/wiki/mineWorkspaces",
        &[("operatorId", OPERATOR)],
    );
    let mine = mine.workspace.unwrap();
    assert_eq!(mine.workspace_id.as_deref(), Some(MINE));
    assert_eq!(mine.r#type.as_deref(), Some("PERSONAL"));
    assert_eq!(mine.team_id, None);

    let (request, org) = exchange("wiki_2_0_ListOrgWorkspaces", |c| async move {
        c.wiki_2_0()
            .list_org_workspaces(OPERATOR)
            .page_number(1)
            .page_size(20)
            .status(1)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "wiki_2_0_ListOrgWorkspaces",
        "/v2.0/wiki/org/workspaces",
        &[
            ("operatorId", OPERATOR),
            ("pageNumber", "1"),
            ("pageSize", "20"),
            ("status", "1"),
        ],
    );
    assert_eq!((org.page_number, org.page_size), (Some(1), Some(20)));
    let listed = &org.workspaces.unwrap()[0];
    assert_eq!(listed.workspace_name.as_deref(), Some("Platform runbooks"));
    assert_eq!(listed.root_dentry_uuid.as_deref(), Some(ROOT));
    assert_eq!(listed.status, Some(1));
}

#[tokio::test]
async fn managers_owners_and_default_receivers() {
    let (request, added) = exchange("wiki_2_0_AddWorkspacesManager", |c| async move {
        c.wiki_2_0()
            .add_workspaces_manager(AddWorkspacesManagerInput {
                operator_id: OPERATOR,
                workspace_id: WORKSPACE,
                user_ids: vec!["user1001".into(), "user1002".into()],
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "wiki_2_0_AddWorkspacesManager",
        "/v2.0/wiki/workspaces/managers",
        &[("operatorId", OPERATOR), ("workspaceId", WORKSPACE)],
    );
    assert_eq!(added.success, Some(true));

    let (request, handed) = exchange("wiki_2_0_HandOverWorkspace", |c| async move {
        c.wiki_2_0()
            .hand_over_workspace(HandOverWorkspaceInput {
                operator_id: OPERATOR,
                workspace_id: WORKSPACE,
                source_owner_id: "user1002",
                target_owner_id: "manager4220",
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "wiki_2_0_HandOverWorkspace",
        "/v2.0/wiki/managementOperations/workspaces/handOver",
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(handed.success, Some(true));

    let (request, set) = exchange("wiki_2_0_SetDefaultHandOverUser", |c| async move {
        c.wiki_2_0()
            .set_default_hand_over_user(OPERATOR)
            .default_handover_user_id("manager4220")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "wiki_2_0_SetDefaultHandOverUser",
        "/v2.0/wiki/managementSettings/defaultHandOverUsers/set",
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(set.success, Some(true));

    let (request, got) = exchange("wiki_2_0_GetDefaultHandOverUser", |c| async move {
        c.wiki_2_0()
            .get_default_hand_over_user(OPERATOR)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "wiki_2_0_GetDefaultHandOverUser",
        "/v2.0/wiki/managementSettings/defaultHandOverUsers",
        &[("operatorId", OPERATOR)],
    );
    assert_eq!(got.default_handover_user_id.as_deref(), Some("manager4220"));
}

#[tokio::test]
async fn nodes_are_read_by_id_link_batch_and_folder() {
    let (request, got) = exchange("wiki_2_0_GetNode", |c| async move {
        c.wiki_2_0()
            .get_node(GetNodeInput {
                node_id: NODE,
                operator_id: OPERATOR,
            })
            .with_permission_role(true)
            .with_statistical_info(true)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "wiki_2_0_GetNode",
        &format!("/v2.0/wiki/nodes/{NODE}"),
        &[
            ("operatorId", OPERATOR),
            ("withPermissionRole", "true"),
            ("withStatisticalInfo", "true"),
        ],
    );
    let node = got.node.unwrap();
    assert_eq!(node.node_id.as_deref(), Some(NODE));
    assert_eq!(node.workspace_id.as_deref(), Some(WORKSPACE));
    assert_eq!(node.size, Some(20480));
    assert_eq!(node.has_children, Some(false));
    assert_eq!(
        node.statistical_info,
        Some(Wiki20statisticalInfo {
            word_count: Some(1280)
        })
    );
    assert_eq!(node.create_timestamp, Some(1772443800000));
    assert_eq!(node.modified_timestamp, Some(1772726520000));
    assert_eq!(node.permission_role.as_deref(), Some("EDITOR"));

    let (request, got) = exchange("wiki_2_0_GetNodeByUrl", |c| async move {
        c.wiki_2_0()
            .get_node_by_url(GetNodeByUrlInput {
                operator_id: OPERATOR,
                url: NODE_URL,
            })
            .option(Wiki20nodeOption {
                with_statistical_info: Some(true),
                with_permission_role: Some(false),
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "wiki_2_0_GetNodeByUrl",
        "/v2.0/wiki/nodes/queryByUrl",
        &[("operatorId", OPERATOR)],
    );
    let node = got.node.unwrap();
    assert_eq!(node.url.as_deref(), Some(NODE_URL));
    assert_eq!(node.permission_role, None, "not asked for");

    let (request, got) = exchange("wiki_2_0_GetNodes", |c| async move {
        c.wiki_2_0()
            .get_nodes(GetNodesInput {
                operator_id: OPERATOR,
                node_ids: vec![NODE.into(), ROOT.into()],
            })
            .option(Wiki20nodeOption {
                with_statistical_info: Some(false),
                with_permission_role: Some(true),
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "wiki_2_0_GetNodes",
        "/v2.0/wiki/nodes/batchQuery",
        &[("operatorId", OPERATOR)],
    );
    let nodes = got.nodes.unwrap();
    assert_eq!(nodes.len(), 2);
    assert_eq!(nodes[1].node_id.as_deref(), Some(ROOT));
    assert_eq!(nodes[1].has_children, Some(true));
    assert_eq!(nodes[1].r#type.as_deref(), Some("FOLDER"));

    let (request, page) = exchange("wiki_2_0_ListNodes", |c| async move {
        c.wiki_2_0()
            .list_nodes(ListNodesInput {
                operator_id: OPERATOR,
                parent_node_id: ROOT,
            })
            .max_results(20)
            .next_token("eyJvZmZzZXQiOjB9")
            .with_permission_role(true)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "wiki_2_0_ListNodes",
        "/v2.0/wiki/nodes",
        &[
            ("maxResults", "20"),
            ("nextToken", "eyJvZmZzZXQiOjB9"),
            ("operatorId", OPERATOR),
            ("parentNodeId", ROOT),
            ("withPermissionRole", "true"),
        ],
    );
    assert_eq!(page.next_token.as_deref(), Some("eyJvZmZzZXQiOjUwfQ"));
    let nodes = page.nodes.unwrap();
    assert_eq!(nodes[0].extension.as_deref(), Some("adoc"));
    assert_eq!(nodes[0].category.as_deref(), Some("ALIDOC"));
}

#[tokio::test]
async fn documented_limits_are_checked_before_sending() {
    let server = server(ok(json!({}))).await;
    let wiki = client(&server).wiki_2_0();
    let too_many_nodes = wiki
        .get_nodes(GetNodesInput {
            operator_id: OPERATOR,
            node_ids: (0..21).map(|n| format!("node{n}")).collect(),
        })
        .send()
        .await;
    assert!(too_many_nodes.is_err(), "21 nodes");
    let too_many_workspaces = wiki
        .get_workspaces(GetWorkspacesInput {
            operator_id: OPERATOR,
            workspace_ids: (0..21).map(|n| format!("ws{n}")).collect(),
        })
        .send()
        .await;
    assert!(too_many_workspaces.is_err(), "21 knowledge bases");
    let too_large = wiki.list_workspaces(OPERATOR).max_results(31).send().await;
    assert!(too_large.is_err(), "a page of 31");
    let no_operator = wiki.get_mine_workspace("").send().await;
    assert!(no_operator.is_err(), "an empty operatorId");
    assert!(server.received_requests().await.unwrap().is_empty());
}

/// Serves two pages of `route`: the first to a request without `nextToken`,
/// the second to `nextToken=page-2`.
async fn two_pages(route: &str, first: Value, second: Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(route))
        .and(query_param("nextToken", "page-2"))
        .respond_with(ok(second))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(route))
        .respond_with(ok(first))
        .mount(&server)
        .await;
    server
}

/// Checks that the second request repeated the first's query with the cursor.
async fn followed(server: &MockServer) {
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    let first = common::query(&requests[0]);
    assert!(first.iter().all(|(k, _)| k != "nextToken"), "{first:?}");
    let mut expected = first.clone();
    expected.push(("nextToken".into(), "page-2".into()));
    expected.sort();
    let mut second = common::query(&requests[1]);
    second.sort();
    assert_eq!(second, expected);
}

#[tokio::test]
async fn listings_are_followed_across_pages() {
    let server = two_pages(
        "/v2.0/wiki/nodes",
        json!({"nodes": [{"nodeId": "a"}, {"nodeId": "b"}], "nextToken": "page-2"}),
        json!({"nodes": [{"nodeId": "c"}]}),
    )
    .await;
    let nodes: Vec<Wiki20node> = client(&server)
        .wiki_2_0()
        .list_nodes(ListNodesInput {
            operator_id: OPERATOR,
            parent_node_id: ROOT,
        })
        .max_results(2)
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = nodes.into_iter().filter_map(|n| n.node_id).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    followed(&server).await;

    let server = two_pages(
        "/v2.0/wiki/workspaces",
        json!({"workspaces": [{"workspaceId": "w1"}], "nextToken": "page-2"}),
        json!({"workspaces": [{"workspaceId": "w2"}]}),
    )
    .await;
    let workspaces: Vec<Wiki20workspace> = client(&server)
        .wiki_2_0()
        .list_workspaces(OPERATOR)
        .team_id(TEAM)
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = workspaces
        .into_iter()
        .filter_map(|w| w.workspace_id)
        .collect();
    assert_eq!(ids, ["w1", "w2"]);
    followed(&server).await;

    let server = two_pages(
        "/v2.0/wiki/teams",
        json!({"teams": [{"teamId": "t1"}], "nextToken": "page-2"}),
        json!({"teams": [{"teamId": "t2"}]}),
    )
    .await;
    let teams: Vec<Wiki20team> = client(&server)
        .wiki_2_0()
        .list_teams(OPERATOR)
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = teams.into_iter().filter_map(|t| t.team_id).collect();
    assert_eq!(ids, ["t1", "t2"]);
    followed(&server).await;
}

//! Every `im_1_0` operation against a local server. Each test calls the
//! client with the inputs of the spec's request example, optional ones
//! included, and checks the request on the wire: method, path, the exact
//! query, the token header and the JSON body, which must equal the spec's
//! request example. The server answers with the spec's 200 example and the
//! test checks the typed result. Then the documented error codes are read as
//! `ErrorCode` variants, the client's own checks of constraints are tried,
//! and the operations that page with a cursor are followed across pages.

use crate::common;

use std::collections::BTreeSet;

use common::*;
use dingtalk::im_1_0::*;
use futures_util::TryStreamExt;
use serde_json::{json, Value};
use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

// The ids of the spec's examples.
const GROUP: &str = "cidVwhE1rAwIpMbJQGzOW3yKw==";
const CHAT: &str = "chat8e1f6d2b9c0a4e7f3d5b1c9a2e4f6d80";
const MEDIA: &str = "@lAjPDeC2uGvNh_bOE3Y5";
const SCENE_GROUP: &str = "cidN4kZ9gkzWS3q8rBqHUeA7g==";
const TEMPLATE: &str = "8b2f1c9e-4d3a-4f6b-a1e7-5c0d9e2f7a31";
const COOL_APP: &str = "COOLAPP-1-102118DC0ABA212C89C7000H";
const TEMPLATE_ROBOT: &str = "dingyvmbmwqzjhnlhkuf";
const CARD_TEMPLATE: &str = "3f9d2a7c-8e1b-4c6d-9a5f-0b2e4d6f8a1c.schema";
const CARD: &str = "order-20231114-0001";
const PINNED_CARD: &str = "duty-roster-2023w46";
const ROBOT_CARD: &str = "weekly-report-48";
const CONNECT_GROUP: &str = "cidTsR4Yq0xzaFi2mOzTqVXdA==";
const EXTERNAL: &str = "shop-user-2120";
const CHANNEL: &str = "M0U+a1b2c3d4e5f6g7h8Ep=";

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| v.to_string()).collect()
}

/// Checks a request of `operation_id`: the spec's method, the path `path`
/// (the spec's, its parameters filled in), exactly the query pairs `query`
/// (naming every documented query parameter), the common headers, and the
/// body `body`.
fn check_at(
    request: &Request,
    operation_id: &str,
    path: &str,
    query: &[(&str, &str)],
    body: Option<Value>,
) {
    let (template, spec_method, _) = operation(operation_id);
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
    // Every query parameter with an example; one without (documented by
    // DingTalk's SDK alone) is not sent.
    let documented: BTreeSet<String> = parameters(spec(), &template, &spec_method.to_lowercase())
        .iter()
        .filter(|p| p["in"] == "query" && p.get("example").is_some())
        .map(|p| p["name"].as_str().unwrap().to_owned())
        .collect();
    let named: BTreeSet<String> = query.iter().map(|&(k, _)| k.to_owned()).collect();
    assert_eq!(named, documented, "{operation_id}: every query parameter");
    assert_common_headers(request, body.is_some());
    if let Some(body) = body {
        assert_eq!(json_body(request), body, "{operation_id}: body");
    }
}

/// Checks a request to the spec's own path, without path parameters.
fn check(request: &Request, operation_id: &str, query: &[(&str, &str)], body: Option<Value>) {
    let (template, _, _) = operation(operation_id);
    check_at(request, operation_id, &template, query, body);
}

/// Checks a request whose body is the spec's request example.
fn check_example(request: &Request, operation_id: &str) {
    let example = request_example(operation_id);
    assert!(example.is_object(), "{operation_id} has no request example");
    check(request, operation_id, &[], Some(example));
}

/// The operations the tests below call, to compare with the spec's.
const TESTED: &[&str] = &[
    "im_CreateGroup",
    "im_UpdateGroup",
    "im_ChatIdToOpenConversationId",
    "im_ChatSubAdminUpdate",
    "im_CreateSceneGroup",
    "im_UpdateSceneGroup",
    "im_DsbandOpenSceneGroup",
    "im_AddSceneGroupMember",
    "im_RemoveSceneGroupMember",
    "im_BatchQueryGroupMember",
    "im_GetSceneGroupInfo",
    "im_UpdateGroupSubAdmin",
    "im_QueryGroupMuteStatus",
    "im_UpdateMemberBanWords",
    "im_UpdateMemberGroupNick",
    "im_QuerySceneGroupTemplateRobot",
    "im_SendInteractiveCard",
    "im_UpdateInteractiveCard",
    "im_SendOTOInteractiveCard",
    "im_SendRobotInteractiveCard",
    "im_UpdateRobotInteractiveCard",
    "im_SendTemplateInteractiveCard",
    "im_InteractiveCardCreateInstance",
    "im_TopboxOpen",
    "im_TopboxClose",
    "im_CreateStoreGroupConversation",
    "im_CreateCoupleGroupConversation",
    "im_CreateGroupConversation",
    "im_CreateInterconnection",
    "im_GetConversationUrl",
    "im_QuerySingleGroup",
    "im_QueryUnReadMessage",
    "im_addGroupMember",
    "im_removeGroupMember",
    "im_UpdateGroupAvatar",
    "im_UpdateGroupName",
    "im_ChangeGroupOwner",
    "im_DismissGroupConversation",
    "im_QueryGroupMember",
    "im_SendRobotMessage",
    "im_sendMessage",
    "im_sendDingMessage",
    "im_AddOrgTextEmotion",
    "im_ListOrgTextEmotion",
    "im_DeleteOrgTextEmotion",
    "im_AddConvNavTab",
    "im_UpdateConvNavTab",
    "im_ListConvNavTab",
    "im_SortConvNavTab",
    "im_DeleteConvNavTab",
    "im_CreateCustomGroupRole",
    "im_UpdateCustomGroupRole",
    "im_QueryCustomGroupRoles",
    "im_RemoveCustomGroupRole",
    "im_CreateCustomUserRoles",
    "im_QueryCustomGroupRolesByUser",
    "im_RemoveCustomUserRoles",
    "im_OpenGroupRoleAdd",
    "im_OpenGroupRoleUpdate",
    "im_OpenGroupRoleQuery",
    "im_OpenGroupRoleRemove",
    "im_OpenGroupUserRoleQuery",
    "im_QueryUserGroupRoles",
    "im_UpdateTheGroupRolesOfGroupMember",
    "im_QueryMembersOfGroupRole",
    "im_AddUnfurlingRegister",
    "im_QueryUnfurlingRegisterInfo",
    "im_UpdateUnfurlingRegister",
    "im_CopyUnfurlingRegister",
    "im_QueryUnfurlingRegisterCreator",
    "im_DebugUnfurlingRegister",
    "im_ReleaseUnfurlingRegister",
    "im_OfflineUnfurlingRegister",
    "im_UpdateUnfurlingRegisterStatus",
    "im_CountOrgMessageOpenSceneGroups",
    "im_CountOpenMsgSceneGroups",
    "im_CountSceneGroupsByTemplateId",
    "im_ListSceneGroupsByTemplateId",
    "im_ListGroupTemplatesByOrgId",
    "im_GetSceneGroupTemplateMessageOpenStatus",
    "im_UpdateSceneGroupTemplateMessageOpenStatus",
    "im_GetSuperAdminOpenSceneGroupInfo",
    "im_FreezeGroup",
    "im_SuperAdminApplyTemplate",
    "im_SuperAdminCloseTemplate",
    "im_UpgradeToExternalGroup",
    "im_UpgradeToServiceGroup",
    "im_QueryUserViewGroupLastMessageTime",
    "im_CreateSceneGroupConversation",
    "im_CreateGroupFromOldGroup",
    "im_GetSceneGroupMembers",
    "im_UpdateGroupPermission",
    "im_GetSceneGroupDetailInfo",
    "im_GroupBanWords",
    "im_SetRightPanel",
    "im_AddRobotToConversation",
    "im_RemoveRobotFromConversation",
    "im_UpdateRobotInOrg",
    "im_InstallRobotToOrg",
    "im_CheckUserIsGroupMember",
    "im_GetInnerGroupMembers",
    "im_QueryInnerGroupMemberList",
    "im_GetNewestInnerGroups",
    "im_QueryInnerGroupRecentList",
    "im_SearchInnerGroups",
    "im_OpenInnerGroupTransferToDeptGroup",
    "im_QueryOpenGroupBaseInfo",
    "im_OpenSearchGroupList",
    "im_GroupManageQuery",
    "im_GroupManageReduce",
    "im_GroupCapacityInquiry",
    "im_GroupCapacityOrderPlace",
    "im_GroupCapacityOrderConfirm",
    "im_QueryUserGroupAliasTitle",
    "im_UpdateUserGroupAliasTitle",
    "im_GetGroupMembersByUserToken",
    "im_SendPersonalMessage",
    "im_PersonalSendCardMessage",
    "im_OpenUserSendCardMessage",
    "im_QueryPersonalMessageReadStatus",
    "im_ReadPersonalMessage",
    "im_RecallPersonalMessage",
    "im_QueryGroupInfoByMemberAuth",
    "im_QueryGroupMemberByMemberAuth",
    "im_IntelligentSendCard",
    "im_PutMsgCardTopByIntelligent",
    "im_QueryMsgReadStatus",
    "im_RecallMessages",
    "im_QueryMessageSendResult",
    "im_ImportGroupChat",
    "im_ImportMessage",
    "im_QueryRecentConversations",
    "im_QueryOpenConversationReceiveUser",
    "im_GetSingleChatOpenConversationId",
    "im_CardTemplateBuildAction",
    "im_AutoOpenDingTalkConnect",
    "im_UpdateClientService",
    "im_LoginForVisitor",
    "im_QueryGroupInfoByAppCids",
    "im_QueryGroupInfoByOpenCids",
    "im_QueryGroupMemberByAppUids",
    "im_GetInterconnectionUrl",
    "im_GetFamilySchoolConversations",
    "im_GetFamilySchoolConversationMsg",
    "im_BatchQueryFamilySchoolMessage",
];

fn map(pairs: &[(&str, &str)]) -> std::collections::BTreeMap<String, String> {
    pairs
        .iter()
        .map(|&(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
}

/// `privateData`: one user's text values.
fn private(
    user: &str,
    pairs: &[(&str, &str)],
) -> std::collections::BTreeMap<String, ImPrivateDataValue> {
    [(
        user.to_owned(),
        ImPrivateDataValue {
            card_param_map: Some(map(pairs)),
            card_media_id_param_map: None,
        },
    )]
    .into_iter()
    .collect()
}

#[test]
fn every_im_operation_is_tested() {
    let spec: BTreeSet<String> = operation_ids()
        .into_iter()
        .filter(|id| operation(id).2["tags"][0] == "im_1_0")
        .collect();
    let tested: BTreeSet<String> = TESTED.iter().map(|id| id.to_string()).collect();
    assert_eq!(spec, tested);
}

#[tokio::test]
async fn group_create_update_and_ids() {
    let (request, created) = exchange("im_CreateGroup", |c| async move {
        c.im_1_0()
            .create_group(CreateGroupInput {
                name: "Release team",
                owner: "manager4220",
                useridlist: strings(&["manager4220", "user1001", "user1002"]),
            })
            .owner_type("emp")
            .conversation_tag(2)
            .icon(MEDIA)
            .management_options(ImCreateGroupRequestManagementOptions {
                mention_all_authority: Some(1),
                show_history_type: Some(1),
                validation_type: Some(0),
                searchable: Some(0),
                chat_banned_type: Some(0),
                management_type: Some(1),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_CreateGroup");
    assert_eq!(created.chatid.as_deref(), Some(CHAT));
    assert_eq!(created.open_conversation_id.as_deref(), Some(GROUP));
    assert_eq!(created.conversation_tag, Some(2));

    let (request, updated) = exchange("im_UpdateGroup", |c| async move {
        c.im_1_0()
            .update_group(CHAT)
            .name("Release team (v2.4)")
            .owner("user1001")
            .owner_type("emp")
            .add_useridlist(strings(&["user1003"]))
            .del_useridlist(strings(&["user1002"]))
            .add_extidlist(strings(&["Zx9ttSBxSuiEiE"]))
            .del_extidlist(vec![])
            .icon(MEDIA)
            .management_options(ImUpdateGroupRequestManagementOptions {
                mention_all_authority: Some(0),
                show_history_type: Some(1),
                validation_type: Some(1),
                searchable: Some(0),
                chat_banned_type: Some(0),
                management_type: Some(1),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpdateGroup");
    assert_eq!(updated.success, Some(true));

    let (request, converted) = exchange("im_ChatIdToOpenConversationId", |c| async move {
        c.im_1_0()
            .chat_id_to_open_conversation_id(CHAT)
            .send()
            .await
    })
    .await;
    check_at(
        &request,
        "im_ChatIdToOpenConversationId",
        &format!("/v1.0/im/chat/{CHAT}/convertToOpenConversationId"),
        &[],
        None,
    );
    assert_eq!(converted.open_conversation_id, GROUP);

    let (request, admins) = exchange("im_ChatSubAdminUpdate", |c| async move {
        c.im_1_0()
            .chat_sub_admin_update(ChatSubAdminUpdateInput {
                open_conversation_id: GROUP,
                role: 2,
                user_ids: strings(&["user1001", "user1003"]),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_ChatSubAdminUpdate");
    assert_eq!(admins.success, "true");
}

#[tokio::test]
async fn group_constraints_are_checked_before_sending() {
    let server = server(ok(json!({}))).await;
    let im = client(&server).im_1_0();
    let long_name = "n".repeat(21);
    let too_long = im
        .create_group(CreateGroupInput {
            name: &long_name,
            owner: "manager4220",
            useridlist: strings(&["manager4220"]),
        })
        .send()
        .await;
    assert!(too_long.is_err(), "a name of 21 characters");
    let bad_role = im
        .chat_sub_admin_update(ChatSubAdminUpdateInput {
            open_conversation_id: GROUP,
            role: 1,
            user_ids: strings(&["user1001"]),
        })
        .send()
        .await;
    assert!(bad_role.is_err(), "role 1");
    let bad_option = im
        .update_group(CHAT)
        .management_options(ImUpdateGroupRequestManagementOptions {
            searchable: Some(2),
            ..Default::default()
        })
        .send()
        .await;
    assert!(bad_option.is_err(), "a switch set to 2");
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn scene_group_create_update_and_disband() {
    let (request, created) = exchange("im_CreateSceneGroup", |c| async move {
        c.im_1_0()
            .create_scene_group(CreateSceneGroupInput {
                owner_user_id: "manager4220",
                template_id: TEMPLATE,
                title: "Store 18 customers",
            })
            .user_ids(strings(&["manager4220", "user1001", "user1002"]))
            .subadmin_ids(strings(&["user1001"]))
            .uuid("store-18-customers")
            .icon(MEDIA)
            .management_options(ImCreateSceneGroupRequestManagementOptions {
                mention_all_authority: Some(1),
                show_history_type: Some(1),
                validation_type: Some(0),
                searchable: Some(0),
                chat_banned_type: Some(0),
                management_type: Some(1),
                only_admin_can_ding: Some(1),
                all_members_can_create_mcs_conf: Some(1),
                all_members_can_create_calendar: Some(0),
                group_email_disabled: Some(0),
                only_admin_can_set_msg_top: Some(1),
                add_friend_forbidden: Some(0),
                group_live_switch: Some(1),
                members_to_admin_chat: Some(0),
                not_quit_when_emp_leave: Some(0),
                only_admin_can_add_mem: Some(1),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_CreateSceneGroup");
    assert_eq!(created.open_conversation_id, SCENE_GROUP);
    assert_eq!(created.chat_id, "chat2c7e5a9b1d3f4e6a8c0b2d4f6a8c0e1f");

    let (request, updated) = exchange("im_UpdateSceneGroup", |c| async move {
        c.im_1_0()
            .update_scene_group(SCENE_GROUP)
            .title("Store 18 VIP customers")
            .owner_user_id("user1001")
            .icon(MEDIA)
            .management_options(ImUpdateSceneGroupRequestManagementOptions {
                searchable: Some(1),
                validation_type: Some(1),
                plugin_customize_verify: Some(1),
                ..Default::default()
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpdateSceneGroup");
    assert_eq!(updated.success, Some(true));

    let (request, disbanded) = exchange("im_DsbandOpenSceneGroup", |c| async move {
        c.im_1_0().dsband_open_scene_group(SCENE_GROUP).send().await
    })
    .await;
    check_example(&request, "im_DsbandOpenSceneGroup");
    assert_eq!(disbanded.success, Some(true));
}

#[tokio::test]
async fn scene_group_members_info_and_robot() {
    let (request, added) = exchange("im_AddSceneGroupMember", |c| async move {
        c.im_1_0()
            .add_scene_group_member(SCENE_GROUP)
            .user_ids(strings(&["user1003"]))
            .union_ids(strings(&["Zx9ttSBxSuiEiE"]))
            .send()
            .await
    })
    .await;
    check_example(&request, "im_AddSceneGroupMember");
    assert_eq!(added.success, Some(true));

    let (request, removed) = exchange("im_RemoveSceneGroupMember", |c| async move {
        c.im_1_0()
            .remove_scene_group_member(SCENE_GROUP)
            .user_ids(strings(&["user1002"]))
            .union_ids(vec![])
            .send()
            .await
    })
    .await;
    check_example(&request, "im_RemoveSceneGroupMember");
    assert_eq!(removed.success, Some(true));

    let (request, page) = exchange("im_BatchQueryGroupMember", |c| async move {
        c.im_1_0()
            .batch_query_group_member(BatchQueryGroupMemberInput {
                max_results: 100,
                open_conversation_id: SCENE_GROUP,
            })
            .cool_app_code(COOL_APP)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_BatchQueryGroupMember");
    assert_eq!(
        page.member_user_ids,
        Some(strings(&["manager4220", "user1001"]))
    );
    assert_eq!(page.staff_id_nick_map.unwrap()["user1001"], "Han Meimei");
    assert_eq!(page.union_id_list, Some(strings(&["Zx9ttSBxSuiEiE"])));
    assert_eq!(
        page.union_id_nick_map.unwrap()["Zx9ttSBxSuiEiE"],
        "Jim Green"
    );
    assert_eq!(page.has_more, Some(false));

    let (request, info) = exchange("im_GetSceneGroupInfo", |c| async move {
        c.im_1_0()
            .get_scene_group_info(SCENE_GROUP)
            .cool_app_code(COOL_APP)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_GetSceneGroupInfo");
    assert_eq!(info.template_id.as_deref(), Some(TEMPLATE));
    assert_eq!(info.owner_user_id.as_deref(), Some("manager4220"));
    assert_eq!(info.status, Some(1));

    let (request, robot) = exchange("im_QuerySceneGroupTemplateRobot", |c| async move {
        c.im_1_0()
            .query_scene_group_template_robot()
            .open_conversation_id(SCENE_GROUP)
            .robot_code(TEMPLATE_ROBOT)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "im_QuerySceneGroupTemplateRobot",
        &[
            ("openConversationId", SCENE_GROUP),
            ("robotCode", TEMPLATE_ROBOT),
        ],
        None,
    );
    let robot = robot.result.unwrap();
    assert_eq!(
        robot.user_id.as_deref(),
        Some("$:LWCP_v1:$Bp8ZGr4bfsyC4KVZfyEcCw==")
    );
    assert_eq!(robot.union_id, None);
}

#[tokio::test]
async fn scene_group_roles_nicknames_and_muting() {
    let (request, admins) = exchange("im_UpdateGroupSubAdmin", |c| async move {
        c.im_1_0()
            .update_group_sub_admin(UpdateGroupSubAdminInput {
                open_conversation_id: SCENE_GROUP,
                role: 2,
            })
            .user_ids(strings(&["user1001"]))
            .union_ids(vec![])
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpdateGroupSubAdmin");
    assert!(admins.success);

    let (request, nick) = exchange("im_UpdateMemberGroupNick", |c| async move {
        c.im_1_0()
            .update_member_group_nick(UpdateMemberGroupNickInput {
                group_nick: "Meimei (store manager)",
                open_conversation_id: SCENE_GROUP,
                user_id: "user1001",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpdateMemberGroupNick");
    assert_eq!(nick.success, Some(true));

    // A success without a body.
    let server = server(ResponseTemplate::new(200)).await;
    client(&server)
        .im_1_0()
        .update_member_ban_words(UpdateMemberBanWordsInput {
            mute_duration: 3_600_000,
            mute_status: 1,
            open_conversation_id: SCENE_GROUP,
        })
        .user_id_list(strings(&["user1002"]))
        .send()
        .await
        .unwrap();
    check_example(&only_request(&server).await, "im_UpdateMemberBanWords");

    let (request, muted) = exchange("im_QueryGroupMuteStatus", |c| async move {
        c.im_1_0()
            .query_group_mute_status(QueryGroupMuteStatusInput {
                open_conversation_id: SCENE_GROUP,
                user_id: "user1002",
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "im_QueryGroupMuteStatus",
        &[("openConversationId", SCENE_GROUP), ("userId", "user1002")],
        None,
    );
    assert!(!muted.group_mute_mode);
    assert!(muted.user_mute_result.user_mute_mode);
    assert_eq!(
        muted.user_mute_result.mute_end_time,
        Some(1_700_003_600_000)
    );
}

#[tokio::test]
async fn an_unmuted_member_may_have_no_mute_times() {
    let server = server(ok(json!({
        "groupMuteMode": false,
        "userMuteResult": {"userMuteMode": false}
    })))
    .await;
    let muted = client(&server)
        .im_1_0()
        .query_group_mute_status(QueryGroupMuteStatusInput {
            open_conversation_id: SCENE_GROUP,
            user_id: "user1003",
        })
        .send()
        .await
        .unwrap();
    assert_eq!(muted.user_mute_result.mute_start_time, None);
}

#[tokio::test]
async fn scene_group_members_are_followed_across_pages() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1.0/im/sceneGroups/members/batchQuery"))
        .and(body_partial_json(json!({"nextToken": "page-2"})))
        .respond_with(ok(json!({"memberUserIds": ["c"], "hasMore": false})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1.0/im/sceneGroups/members/batchQuery"))
        .respond_with(ok(json!({
            "memberUserIds": ["a", "b"], "unionIdList": ["x"], "nextToken": "page-2", "hasMore": true
        })))
        .mount(&server)
        .await;
    let members: Vec<String> = client(&server)
        .im_1_0()
        .batch_query_group_member(BatchQueryGroupMemberInput {
            max_results: 2,
            open_conversation_id: SCENE_GROUP,
        })
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(members, ["a", "b", "c"]);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert_eq!(json_body(&requests[0]).get("nextToken"), None);
    assert_eq!(json_body(&requests[1])["openConversationId"], SCENE_GROUP);
    assert_eq!(json_body(&requests[1])["maxResults"], 2);
}

#[tokio::test]
async fn scene_group_constraints_are_checked_before_sending() {
    let server = server(ok(json!({}))).await;
    let im = client(&server).im_1_0();
    let long_title = "t".repeat(31);
    let too_long = im
        .create_scene_group(CreateSceneGroupInput {
            owner_user_id: "manager4220",
            template_id: TEMPLATE,
            title: &long_title,
        })
        .send()
        .await;
    assert!(too_long.is_err(), "a title of 31 characters");
    let too_many_admins = im
        .update_group_sub_admin(UpdateGroupSubAdminInput {
            open_conversation_id: SCENE_GROUP,
            role: 2,
        })
        .user_ids((0..13).map(|n| format!("user{n}")).collect())
        .send()
        .await;
    assert!(too_many_admins.is_err(), "13 admins");
    let bad_status = im
        .update_member_ban_words(UpdateMemberBanWordsInput {
            mute_duration: 1000,
            mute_status: 2,
            open_conversation_id: SCENE_GROUP,
        })
        .send()
        .await;
    assert!(bad_status.is_err(), "mute status 2");
    let long_nick = "n".repeat(31);
    let too_long_nick = im
        .update_member_group_nick(UpdateMemberGroupNickInput {
            group_nick: &long_nick,
            open_conversation_id: SCENE_GROUP,
            user_id: "user1001",
        })
        .send()
        .await;
    assert!(too_long_nick.is_err(), "a nickname of 31 characters");
    assert!(server.received_requests().await.unwrap().is_empty());
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
    let server = failing("im_CreateSceneGroup", "groupTemplate.notFound").await;
    let error = client(&server)
        .im_1_0()
        .create_scene_group(CreateSceneGroupInput {
            owner_user_id: "manager4220",
            template_id: TEMPLATE,
            title: "Store 18 customers",
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::GroupTemplateNotFound));
    assert_eq!(
        error.request_id(),
        Some("0A1B2C3D-0031-4000-8000-000000000036")
    );
    assert_eq!(
        only_request(&server).await.method.as_str(),
        "POST",
        "a creation is not repeated"
    );

    let server = failing("im_UpdateSceneGroup", "permession.checkFailed").await;
    let error = client(&server)
        .im_1_0()
        .update_scene_group(SCENE_GROUP)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::PermessionCheckFailed));
    assert_eq!(error.as_api().unwrap().status.as_u16(), 400);

    // `system.error` and `systemError` are two codes; the second is numbered.
    let server = failing("im_GetSceneGroupInfo", "systemError").await;
    let error = client(&server)
        .im_1_0()
        .get_scene_group_info(SCENE_GROUP)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::SystemError2));
    assert_eq!(error.code().unwrap().to_string(), "systemError");

    let server = failing(
        "im_QueryGroupMuteStatus",
        "invalidParam.openConversationIdEmpry",
    )
    .await;
    let error = client(&server)
        .im_1_0()
        .query_group_mute_status(QueryGroupMuteStatusInput {
            open_conversation_id: SCENE_GROUP,
            user_id: "user1002",
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        error.code(),
        Some(ErrorCode::InvalidParamOpenConversationIdEmpry)
    );

    let server = failing("im_ChatSubAdminUpdate", "subadmin.exceed").await;
    let error = client(&server)
        .im_1_0()
        .chat_sub_admin_update(ChatSubAdminUpdateInput {
            open_conversation_id: GROUP,
            role: 2,
            user_ids: strings(&["user1001"]),
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::SubadminExceed));

    let server = failing("im_UpdateMemberBanWords", "cannot.ban.owner").await;
    let error = client(&server)
        .im_1_0()
        .update_member_ban_words(UpdateMemberBanWordsInput {
            mute_duration: 1000,
            mute_status: 1,
            open_conversation_id: SCENE_GROUP,
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::CannotBanOwner));
}

#[tokio::test]
async fn interactive_cards_sent_and_updated() {
    let (request, sent) = exchange("im_SendInteractiveCard", |c| async move {
        c.im_1_0()
            .send_interactive_card(SendInteractiveCardInput {
                card_data: ImSendInteractiveCardRequestCardData {
                    card_param_map: Some(map(&[
                        ("title", "Order 20231114-0001"),
                        ("status", "Waiting for approval"),
                    ])),
                    card_media_id_param_map: Some(map(&[("cover", MEDIA)])),
                },
                card_template_id: CARD_TEMPLATE,
                conversation_type: 1,
                out_track_id: CARD,
            })
            .open_conversation_id(SCENE_GROUP)
            .receiver_user_id_list(strings(&["manager4220", "user1001"]))
            .robot_code(TEMPLATE_ROBOT)
            .callback_route_key("order-callback")
            .private_data(private("manager4220", &[("actions", "approve")]))
            .user_id_type(1)
            .at_open_ids(map(&[("manager4220", "Li Lei")]))
            .card_options(ImSendInteractiveCardRequestCardOptions {
                support_forward: Some(false),
            })
            .pull_strategy(false)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_SendInteractiveCard");
    assert_eq!(sent.success, Some(true));
    assert_eq!(
        sent.result.unwrap().process_query_key,
        "oH4j8wVBVb8mb+FG1nUg0/g7Z7d0ZPhhUqfbTwzR8fA="
    );

    let (request, updated) = exchange("im_UpdateInteractiveCard", |c| async move {
        c.im_1_0()
            .update_interactive_card()
            .out_track_id(CARD)
            .card_data(ImUpdateInteractiveCardRequestCardData {
                card_param_map: Some(map(&[("status", "Approved")])),
                card_media_id_param_map: None,
            })
            .private_data(private("manager4220", &[("actions", "none")]))
            .user_id_type(1)
            .card_options(ImUpdateInteractiveCardRequestCardOptions {
                update_card_data_by_key: Some(true),
                update_private_data_by_key: Some(true),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpdateInteractiveCard");
    assert_eq!(updated.success.as_deref(), Some("true"));

    let (request, sent) = exchange("im_SendOTOInteractiveCard", |c| async move {
        c.im_1_0()
            .send_oto_interactive_card(SendOtoInteractiveCardInput {
                card_data: ImSendOtoInteractiveCardRequestCardData {
                    card_param_map: Some(map(&[
                        ("title", "Leave request"),
                        ("status", "Approved"),
                    ])),
                },
                card_template_id: CARD_TEMPLATE,
                out_track_id: "leave-20231114-0007",
            })
            .open_conversation_id("cidxUMCv5pAzQoYQiB0Hf9VjA==")
            .receiver_user_id_list(strings(&["user1001"]))
            .robot_code(TEMPLATE_ROBOT)
            .callback_route_key("order-callback")
            .private_data(private("user1001", &[("note", "Enjoy your holiday")]))
            .user_id_type(1)
            .at_open_ids(map(&[("user1001", "Han Meimei")]))
            .card_options(ImSendOtoInteractiveCardRequestCardOptions {
                support_forward: Some(true),
            })
            .pull_strategy(false)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_SendOTOInteractiveCard");
    assert_eq!(
        sent.result.unwrap().process_query_key,
        "n7YbBLAJ2tTaSl5mKo9SLHGR0tC5WIlTRMmlWkThMvw="
    );
}

#[tokio::test]
async fn robot_and_lightweight_cards() {
    let card = r#"{"config":{"autoLayout":true},"header":{"title":{"type":"text","text":"Weekly report"}},"contents":[{"type":"text","text":"48 orders shipped"}]}"#;
    let (request, sent) = exchange("im_SendRobotInteractiveCard", |c| async move {
        c.im_1_0()
            .send_robot_interactive_card(SendRobotInteractiveCardInput {
                card_biz_id: ROBOT_CARD,
                card_data: card,
                card_template_id: "StandardCard",
                robot_code: TEMPLATE_ROBOT,
            })
            .open_conversation_id(SCENE_GROUP)
            .callback_url("https://example.com/dingtalk/cards")
            .user_id_private_data_map(
                r#"{"manager4220":{"contents":[{"type":"text","text":"Review by Friday"}]}}"#,
            )
            .send_options(ImSendRobotInteractiveCardRequestSendOptions {
                at_user_list_json: Some(r#"[{"nickName":"Li Lei","userId":"manager4220"}]"#.into()),
                at_all: Some(false),
                receiver_list_json: Some(
                    r#"[{"userId":"manager4220"},{"userId":"user1001"}]"#.into(),
                ),
                card_property_json: None,
            })
            .pull_strategy(false)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_SendRobotInteractiveCard");
    assert_eq!(
        sent.process_query_key.as_deref(),
        Some("7c1e9a3f5b2d4e6f8a0c2e4a6c8e0a2c")
    );

    let (request, updated) = exchange("im_UpdateRobotInteractiveCard", |c| async move {
        c.im_1_0()
            .update_robot_interactive_card(ROBOT_CARD)
            .card_data(r#"{"config":{"autoLayout":true},"header":{"title":{"type":"text","text":"Weekly report"}},"contents":[{"type":"text","text":"52 orders shipped"}]}"#)
            .union_id_private_data_map(
                r#"{"Zx9ttSBxSuiEiE":{"contents":[{"type":"text","text":"Thanks for your order"}]}}"#,
            )
            .update_options(ImUpdateRobotInteractiveCardRequestUpdateOptions {
                update_card_data_by_key: Some(false),
                update_private_data_by_key: Some(true),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpdateRobotInteractiveCard");
    assert_eq!(
        updated.process_query_key.as_deref(),
        Some("7c1e9a3f5b2d4e6f8a0c2e4a6c8e0a2c")
    );

    let (request, sent) = exchange("im_SendTemplateInteractiveCard", |c| async move {
        c.im_1_0()
            .send_template_interactive_card(SendTemplateInteractiveCardInput {
                card_data: r#"{"title":"Singles Day","markdown":"Everything at **30% off** today","btns":[{"text":"Shop now","url":"https://example.com/sale"}]}"#,
                card_template_id: "TuWenCard01",
                out_track_id: "promo-20231111",
                robot_code: TEMPLATE_ROBOT,
            })
            .open_conversation_id(SCENE_GROUP)
            .callback_url("https://example.com/dingtalk/cards")
            .send_options(ImSendTemplateInteractiveCardRequestSendOptions {
                at_all: Some(true),
                card_property_json: Some(
                    r#"{"sys_xpnContent":"The Singles Day sale has started"}"#.into(),
                ),
                at_user_list_json: None,
                receiver_list_json: None,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_SendTemplateInteractiveCard");
    assert_eq!(
        sent.process_query_key.as_deref(),
        Some("2e4a6c8e0a2c7c1e9a3f5b2d4e6f8a0c")
    );
}

#[tokio::test]
async fn cards_pinned_and_unpinned() {
    let (request, created) = exchange("im_InteractiveCardCreateInstance", |c| async move {
        c.im_1_0()
            .interactive_card_create_instance(InteractiveCardCreateInstanceInput {
                card_data: ImInteractiveCardCreateInstanceRequestCardData {
                    card_param_map: Some(map(&[
                        ("title", "On duty this week"),
                        ("name", "Han Meimei"),
                    ])),
                    card_media_id_param_map: Some(map(&[("avatar", MEDIA)])),
                },
                card_template_id: CARD_TEMPLATE,
                conversation_type: 1,
                out_track_id: PINNED_CARD,
            })
            .open_conversation_id(SCENE_GROUP)
            .robot_code(TEMPLATE_ROBOT)
            .callback_route_key("order-callback")
            .user_id_type(1)
            .pull_strategy(false)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_InteractiveCardCreateInstance");
    assert_eq!(
        created.process_query_key.as_deref(),
        Some("9d5b1f3e7a2c4e6a8c0e2a4c6e8a0c2e")
    );

    // Successes without a body.
    let open = server(ResponseTemplate::new(200)).await;
    client(&open)
        .im_1_0()
        .topbox_open(PINNED_CARD)
        .conversation_type(1)
        .open_conversation_id(SCENE_GROUP)
        .receiver_user_id_list(strings(&["manager4220", "user1001"]))
        .robot_code(TEMPLATE_ROBOT)
        .expired_time(1_700_236_800_000)
        .platforms("ios|mac|android|win")
        .send()
        .await
        .unwrap();
    check_example(&only_request(&open).await, "im_TopboxOpen");

    let close = server(ResponseTemplate::new(200)).await;
    client(&close)
        .im_1_0()
        .topbox_close(PINNED_CARD)
        .conversation_type(1)
        .open_conversation_id(SCENE_GROUP)
        .robot_code(TEMPLATE_ROBOT)
        .send()
        .await
        .unwrap();
    check_example(&only_request(&close).await, "im_TopboxClose");
}

#[tokio::test]
async fn card_constraints_and_errors() {
    let server = server(ok(json!({}))).await;
    let im = client(&server).im_1_0();
    let long_id = "x".repeat(101);
    let too_long = im
        .send_interactive_card(SendInteractiveCardInput {
            card_data: ImSendInteractiveCardRequestCardData::default(),
            card_template_id: CARD_TEMPLATE,
            conversation_type: 1,
            out_track_id: &long_id,
        })
        .send()
        .await;
    assert!(too_long.is_err(), "an outTrackId of 101 characters");
    let bad_type = im
        .interactive_card_create_instance(InteractiveCardCreateInstanceInput {
            card_data: ImInteractiveCardCreateInstanceRequestCardData::default(),
            card_template_id: CARD_TEMPLATE,
            conversation_type: 2,
            out_track_id: PINNED_CARD,
        })
        .send()
        .await;
    assert!(bad_type.is_err(), "conversation type 2");
    let too_long_pin = im.topbox_close("x".repeat(65)).send().await;
    assert!(
        too_long_pin.is_err(),
        "an outTrackId of 65 characters to unpin"
    );
    let bad_id_type = im
        .update_interactive_card()
        .out_track_id(CARD)
        .user_id_type(3)
        .send()
        .await;
    assert!(bad_id_type.is_err(), "user id type 3");
    assert!(server.received_requests().await.unwrap().is_empty());

    let server = failing("im_UpdateInteractiveCard", "cardInstance.notExist").await;
    let error = client(&server)
        .im_1_0()
        .update_interactive_card()
        .out_track_id(CARD)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::CardInstanceNotExist));

    let server = failing("im_TopboxOpen", "coolAppNotInstalled").await;
    let error = client(&server)
        .im_1_0()
        .topbox_open(PINNED_CARD)
        .cool_app_code(COOL_APP)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::CoolAppNotInstalled));
}

#[tokio::test]
async fn customer_connect_accounts_and_groups() {
    let (request, created) = exchange("im_CreateInterconnection", |c| async move {
        c.im_1_0()
            .create_interconnection(vec![ImCreateInterconnectionRequestInterconnections {
                app_user_id: EXTERNAL.into(),
                app_user_name: "Jim Green".into(),
                app_user_mobile: "18800008655".into(),
                app_user_avatar_media_type: Some(1),
                app_user_avatar: Some("https://example.com/img/jim.png".into()),
                app_user_dynamics: Some("Working hard, living happily".into()),
                user_id: Some("user1001".into()),
                channel_code: CHANNEL.into(),
            }])
            .send()
            .await
    })
    .await;
    check_example(&request, "im_CreateInterconnection");
    let failed = &created.results.unwrap()[0];
    assert_eq!(failed.app_user_id.as_deref(), Some("shop-user-3344"));
    assert_eq!(
        failed.message.as_deref(),
        Some("the mobile number is already used")
    );

    let (request, store) = exchange("im_CreateStoreGroupConversation", |c| async move {
        c.im_1_0()
            .create_store_group_conversation(CreateStoreGroupConversationInput {
                app_user_id: EXTERNAL,
                business_unique_key: "store-18",
                group_name: "Store 18 after-sales",
                group_template_id: "8d42f1c0a3b5nkld",
                operator_id: "user1001",
            })
            .group_avatar("https://example.com/img/store-18.png")
            .user_ids(strings(&["user1001"]))
            .send()
            .await
    })
    .await;
    check_example(&request, "im_CreateStoreGroupConversation");
    assert_eq!(store.open_conversation_id, CONNECT_GROUP);
    assert_eq!(store.conversation_id, "cidAbC3dEfG4hIjK5lMnO6pQr==");

    let (request, couple) = exchange("im_CreateCoupleGroupConversation", |c| async move {
        c.im_1_0()
            .create_couple_group_conversation(CreateCoupleGroupConversationInput {
                app_user_id: "shop-user-3344",
                group_name: "Jim and Lucy",
                group_owner_id: EXTERNAL,
                group_template_id: "3c9e77a1b2d4cpgp",
                operator_id: EXTERNAL,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_CreateCoupleGroupConversation");
    assert_eq!(couple.open_conversation_id, "cidQw8Er7Ty6Ui5Op4As3Df2Gh==");

    let (request, group) = exchange("im_CreateGroupConversation", |c| async move {
        c.im_1_0()
            .create_group_conversation(CreateGroupConversationInput {
                group_name: "Order 20231114 support",
                group_owner_id: "user1001",
                group_template_id: "8d42f1c0a3b5nkld",
                operator_id: "user1001",
            })
            .group_avatar("https://example.com/img/support.png")
            .group_owner_type(2)
            .app_user_ids(strings(&[EXTERNAL]))
            .user_ids(strings(&["user1001", "user1003"]))
            .send()
            .await
    })
    .await;
    check_example(&request, "im_CreateGroupConversation");
    assert_eq!(group.open_conversation_id, CONNECT_GROUP);
    assert_eq!(group.user_ids, strings(&["user1001", "user1003"]));
    assert_eq!(group.app_user_ids, strings(&[EXTERNAL]));

    let (request, pairs) = exchange("im_QuerySingleGroup", |c| async move {
        c.im_1_0()
            .query_single_group(QuerySingleGroupInput {
                group_members: vec![ImQuerySingleGroupRequestGroupMembers {
                    app_user_id: EXTERNAL.into(),
                    user_id: "user1001".into(),
                }],
                group_template_id: "5b7d9f1a3c5ekdpt",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QuerySingleGroup");
    assert_eq!(
        pairs.open_conversations[0].open_conversation_id.as_deref(),
        Some("cidPl9Ok8Ij7Uh6Yg5Tf4Rd3Es==")
    );

    let (request, url) = exchange("im_GetConversationUrl", |c| async move {
        c.im_1_0()
            .get_conversation_url(GetConversationUrlInput {
                app_user_id: EXTERNAL,
                channel_code: CHANNEL,
            })
            .user_id("user1001")
            .open_conversation_id(CONNECT_GROUP)
            .device_id("phone-01")
            .send()
            .await
    })
    .await;
    check_example(&request, "im_GetConversationUrl");
    assert!(url.url.starts_with("https://im.dingtalk.com/connect/h5"));

    let (request, unread) = exchange("im_QueryUnReadMessage", |c| async move {
        c.im_1_0()
            .query_un_read_message(EXTERNAL)
            .open_conversation_ids(strings(&[CONNECT_GROUP]))
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QueryUnReadMessage");
    assert_eq!(unread.un_read_count, 1);
    assert_eq!(unread.un_read_items.unwrap()[0].un_read_count, Some(3));
}

#[tokio::test]
async fn customer_connect_group_changes() {
    let (request, added) = exchange("im_addGroupMember", |c| async move {
        c.im_1_0()
            .add_group_member(AddGroupMemberInput {
                open_conversation_id: CONNECT_GROUP,
                operator_id: "user1001",
            })
            .app_user_ids(strings(&["shop-user-3344"]))
            .user_ids(strings(&["user1002"]))
            .send()
            .await
    })
    .await;
    check_example(&request, "im_addGroupMember");
    assert_eq!(added.user_ids, strings(&["user1002"]));

    let (request, removed) = exchange("im_removeGroupMember", |c| async move {
        c.im_1_0()
            .remove_group_member(RemoveGroupMemberInput {
                open_conversation_id: CONNECT_GROUP,
                operator_id: "user1001",
            })
            .app_user_ids(strings(&["shop-user-3344"]))
            .user_ids(vec![])
            .send()
            .await
    })
    .await;
    check_example(&request, "im_removeGroupMember");
    assert_eq!(removed.message, "success");

    let (request, avatar) = exchange("im_UpdateGroupAvatar", |c| async move {
        c.im_1_0()
            .update_group_avatar(UpdateGroupAvatarInput {
                group_avatar: "https://example.com/img/support-v2.png",
                open_conversation_id: CONNECT_GROUP,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpdateGroupAvatar");
    assert_eq!(avatar.new_group_avatar, "@lADPDgQ9rXqVW5LNAeDNAeA");

    let (request, renamed) = exchange("im_UpdateGroupName", |c| async move {
        c.im_1_0()
            .update_group_name(UpdateGroupNameInput {
                group_name: "Order 20231114 support (closed)",
                open_conversation_id: CONNECT_GROUP,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpdateGroupName");
    assert_eq!(
        renamed.new_group_name.as_deref(),
        Some("Order 20231114 support (closed)")
    );

    let (request, owner) = exchange("im_ChangeGroupOwner", |c| async move {
        c.im_1_0()
            .change_group_owner(ChangeGroupOwnerInput {
                group_owner_id: "user1003",
                group_owner_type: 2,
                open_conversation_id: CONNECT_GROUP,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_ChangeGroupOwner");
    assert_eq!(owner.new_group_owner_id.as_deref(), Some("user1003"));
    assert_eq!(owner.new_group_owner_type, Some(2));

    let (request, members) = exchange("im_QueryGroupMember", |c| async move {
        c.im_1_0().query_group_member(CONNECT_GROUP).send().await
    })
    .await;
    check(
        &request,
        "im_QueryGroupMember",
        &[("openConversationId", CONNECT_GROUP)],
        None,
    );
    assert_eq!(members.group_members[0].group_member_type_v2, Some(2));
    assert_eq!(members.group_members[1].group_member_type, 3);
    assert_eq!(members.group_members[1].group_member_type_v2, None);

    let (request, dismissed) = exchange("im_DismissGroupConversation", |c| async move {
        c.im_1_0()
            .dismiss_group_conversation(CONNECT_GROUP)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_DismissGroupConversation");
    assert_eq!(
        dismissed.open_conversation_id.as_deref(),
        Some(CONNECT_GROUP)
    );
}

#[tokio::test]
async fn customer_connect_messages() {
    let (request, sent) = exchange("im_SendRobotMessage", |c| async move {
        c.im_1_0()
            .send_robot_message(SendRobotMessageInput {
                msg_content: r#"{"content":"Your order 20231114 has shipped."}"#,
                msg_type: "text",
                open_conversation_ids: strings(&[CONNECT_GROUP]),
            })
            .robot_code("dingkl8ogypvylzkszsd")
            .at_app_user_id(EXTERNAL)
            .at_all(false)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_SendRobotMessage");
    assert_eq!(sent.success, Some(true));

    let (request, sent) = exchange("im_sendMessage", |c| async move {
        c.im_1_0()
            .send_message(SendMessageInput {
                message: r#"{"text":{"content":"When will my order arrive?"}}"#,
                message_type: "text",
                sender_id: EXTERNAL,
            })
            .open_conversation_id(CONNECT_GROUP)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_sendMessage");
    assert_eq!(sent.request_id, "1a2b3c4d5e6f7a8b9c0d");

    let (request, sent) = exchange("im_sendDingMessage", |c| async move {
        c.im_1_0()
            .send_ding_message(SendDingMessageInput {
                code: "5f0c8a2e91d34b7c",
                message: r#"{"text":{"content":"It ships tomorrow."}}"#,
                message_type: "text",
                sender_id: "user1001",
            })
            .receiver_id(EXTERNAL)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_sendDingMessage");
    assert_eq!(sent.request_id, "9f8e7d6c5b4a3f2e1d0c");
}

#[tokio::test]
async fn customer_connect_constraints_and_errors() {
    let server = server(ok(json!({}))).await;
    let im = client(&server).im_1_0();
    let too_many = im
        .create_interconnection(
            (0..201)
                .map(|n| ImCreateInterconnectionRequestInterconnections {
                    app_user_id: format!("u{n}"),
                    app_user_name: "n".into(),
                    app_user_mobile: "18800008655".into(),
                    channel_code: CHANNEL.into(),
                    app_user_avatar: None,
                    app_user_avatar_media_type: None,
                    app_user_dynamics: None,
                    user_id: None,
                })
                .collect(),
        )
        .send()
        .await;
    assert!(too_many.is_err(), "201 accounts");
    let long_name = "n".repeat(65);
    let too_long = im
        .update_group_name(UpdateGroupNameInput {
            group_name: &long_name,
            open_conversation_id: CONNECT_GROUP,
        })
        .send()
        .await;
    assert!(too_long.is_err(), "a name of 65 characters");
    let bad_owner = im
        .change_group_owner(ChangeGroupOwnerInput {
            group_owner_id: "user1003",
            group_owner_type: 1,
            open_conversation_id: CONNECT_GROUP,
        })
        .send()
        .await;
    assert!(bad_owner.is_err(), "owner type 1");
    assert!(server.received_requests().await.unwrap().is_empty());

    let server = failing("im_addGroupMember", "member.add.error").await;
    let error = client(&server)
        .im_1_0()
        .add_group_member(AddGroupMemberInput {
            open_conversation_id: CONNECT_GROUP,
            operator_id: "user1001",
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::MemberAddError));
    assert_eq!(error.as_api().unwrap().status.as_u16(), 500);

    let server = failing("im_sendMessage", "group.notReady").await;
    let error = client(&server)
        .im_1_0()
        .send_message(SendMessageInput {
            message: "{}",
            message_type: "text",
            sender_id: EXTERNAL,
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::GroupNotReady));
}

#[tokio::test]
async fn text_emotions() {
    let (request, added) = exchange("im_AddOrgTextEmotion", |c| async move {
        c.im_1_0()
            .add_org_text_emotion(AddOrgTextEmotionInput {
                background_media_id: MEDIA,
                background_media_id_for_panel: "@lAjPDfmVbQ5sU7bOE4Z6",
                dept_id: 1,
                emotion_name: "Well done",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_AddOrgTextEmotion");
    assert_eq!(
        added.result.unwrap().emotion_id.as_deref(),
        Some("emo_4f1c2b9a")
    );

    let (request, listed) = exchange("im_ListOrgTextEmotion", |c| async move {
        c.im_1_0().list_org_text_emotion().send().await
    })
    .await;
    check(&request, "im_ListOrgTextEmotion", &[], None);
    let emotions = listed.result.unwrap().emotions.unwrap();
    assert_eq!(emotions[0].emotion_name.as_deref(), Some("Well done"));
    assert_eq!(emotions[0].status, Some(0));

    let (request, deleted) = exchange("im_DeleteOrgTextEmotion", |c| async move {
        c.im_1_0()
            .delete_org_text_emotion(DeleteOrgTextEmotionInput {
                dept_id: 1,
                emotion_ids: strings(&["emo_4f1c2b9a"]),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_DeleteOrgTextEmotion");
    assert_eq!(deleted.success, Some(true));

    let server = server(ok(json!({}))).await;
    let none = client(&server)
        .im_1_0()
        .delete_org_text_emotion(DeleteOrgTextEmotionInput {
            dept_id: 1,
            emotion_ids: vec![],
        })
        .send()
        .await;
    assert!(none.is_err(), "no emotion to delete");
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn group_tabs() {
    let (request, added) = exchange("im_AddConvNavTab", |c| async move {
        c.im_1_0()
            .add_conv_nav_tab()
            .open_conversation_id(SCENE_GROUP)
            .title("Orders")
            .pc_url("https://example.com/orders?view=pc")
            .mobile_url("https://example.com/orders?view=mobile")
            .user_editable(false)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_AddConvNavTab");
    assert_eq!(added.success.as_deref(), Some("true"));
    assert_eq!(added.result.unwrap().tab_id.as_deref(), Some("tab_2b7d41"));

    let (request, updated) = exchange("im_UpdateConvNavTab", |c| async move {
        c.im_1_0()
            .update_conv_nav_tab()
            .open_conversation_id(SCENE_GROUP)
            .tab_id("tab_2b7d41")
            .title("Open orders")
            .pc_url("https://example.com/orders?state=open&view=pc")
            .mobile_url("https://example.com/orders?state=open&view=mobile")
            .user_editable(true)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpdateConvNavTab");
    assert_eq!(updated.success.as_deref(), Some("true"));

    let (request, listed) = exchange("im_ListConvNavTab", |c| async move {
        c.im_1_0()
            .list_conv_nav_tab()
            .open_conversation_id(SCENE_GROUP)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_ListConvNavTab");
    let tabs = listed.result.unwrap().conv_nav_tab_infos.unwrap();
    assert_eq!(tabs[0].tab_id.as_deref(), Some("tab_2b7d41"));
    assert_eq!(tabs[0].user_editable, Some(true));

    let (request, sorted) = exchange("im_SortConvNavTab", |c| async move {
        c.im_1_0()
            .sort_conv_nav_tab()
            .open_conversation_id(SCENE_GROUP)
            .sorted_ids(strings(&["tab_2b7d41", "tab_9c3e07"]))
            .send()
            .await
    })
    .await;
    check_example(&request, "im_SortConvNavTab");
    assert_eq!(sorted.success.as_deref(), Some("true"));

    let (request, deleted) = exchange("im_DeleteConvNavTab", |c| async move {
        c.im_1_0()
            .delete_conv_nav_tab()
            .open_conversation_id(SCENE_GROUP)
            .tab_ids(strings(&["tab_9c3e07"]))
            .send()
            .await
    })
    .await;
    check_example(&request, "im_DeleteConvNavTab");
    assert_eq!(deleted.success.as_deref(), Some("true"));
}

#[tokio::test]
async fn custom_group_roles() {
    let (request, created) = exchange("im_CreateCustomGroupRole", |c| async move {
        c.im_1_0()
            .create_custom_group_role(CreateCustomGroupRoleInput {
                open_conversation_id: SCENE_GROUP,
                role_name: "Store manager",
                user_id: "manager4220",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_CreateCustomGroupRole");
    assert_eq!(
        created.result.unwrap().open_role_id.as_deref(),
        Some("role_7a1c9e")
    );

    let (request, renamed) = exchange("im_UpdateCustomGroupRole", |c| async move {
        c.im_1_0()
            .update_custom_group_role(UpdateCustomGroupRoleInput {
                open_conversation_id: SCENE_GROUP,
                open_role_id: "role_7a1c9e",
                role_name: "Shop manager",
                user_id: "manager4220",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpdateCustomGroupRole");
    assert_eq!(renamed.success, Some(true));

    let (request, roles) = exchange("im_QueryCustomGroupRoles", |c| async move {
        c.im_1_0()
            .query_custom_group_roles(QueryCustomGroupRolesInput {
                open_conversation_id: SCENE_GROUP,
                user_id: "manager4220",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QueryCustomGroupRoles");
    assert_eq!(roles.success.as_deref(), Some("true"));
    assert_eq!(
        roles.result.unwrap().group_roles.unwrap()[0]
            .role_name
            .as_deref(),
        Some("Shop manager")
    );

    let (request, given) = exchange("im_CreateCustomUserRoles", |c| async move {
        c.im_1_0()
            .create_custom_user_roles(CreateCustomUserRolesInput {
                open_conversation_id: SCENE_GROUP,
                open_role_ids: strings(&["role_7a1c9e"]),
                target_user_id: "user1001",
                user_id: "manager4220",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_CreateCustomUserRoles");
    assert_eq!(given.success, Some(true));

    let (request, roles) = exchange("im_QueryCustomGroupRolesByUser", |c| async move {
        c.im_1_0()
            .query_custom_group_roles_by_user(QueryCustomGroupRolesByUserInput {
                open_conversation_id: SCENE_GROUP,
                user_id: "manager4220",
                viewed_user_id: "user1001",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QueryCustomGroupRolesByUser");
    assert_eq!(
        roles.result.unwrap().group_roles.unwrap()[0]
            .open_role_id
            .as_deref(),
        Some("role_7a1c9e")
    );

    let (request, taken) = exchange("im_RemoveCustomUserRoles", |c| async move {
        c.im_1_0()
            .remove_custom_user_roles(RemoveCustomUserRolesInput {
                open_conversation_id: SCENE_GROUP,
                open_role_ids: strings(&["role_7a1c9e"]),
                target_user_id: "user1001",
                user_id: "manager4220",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_RemoveCustomUserRoles");
    assert_eq!(taken.success, Some(true));

    let (request, removed) = exchange("im_RemoveCustomGroupRole", |c| async move {
        c.im_1_0()
            .remove_custom_group_role(RemoveCustomGroupRoleInput {
                open_conversation_id: SCENE_GROUP,
                open_role_id: "role_7a1c9e",
                user_id: "manager4220",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_RemoveCustomGroupRole");
    assert_eq!(removed.success, Some(true));
}

#[tokio::test]
async fn scene_group_roles() {
    let (request, added) = exchange("im_OpenGroupRoleAdd", |c| async move {
        c.im_1_0()
            .open_group_role_add(OpenGroupRoleAddInput {
                open_conversation_id: SCENE_GROUP,
                role_name: "Cashier",
                user_id: "manager4220",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_OpenGroupRoleAdd");
    assert_eq!(
        added.result.unwrap().open_role_id.as_deref(),
        Some("role_3e8b20")
    );

    let (request, renamed) = exchange("im_OpenGroupRoleUpdate", |c| async move {
        c.im_1_0()
            .open_group_role_update(OpenGroupRoleUpdateInput {
                open_conversation_id: SCENE_GROUP,
                open_role_id: "role_3e8b20",
                role_name: "Head cashier",
                user_id: "manager4220",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_OpenGroupRoleUpdate");
    assert_eq!(renamed.result, Some(true));

    let (request, roles) = exchange("im_OpenGroupRoleQuery", |c| async move {
        c.im_1_0()
            .open_group_role_query(OpenGroupRoleQueryInput {
                open_conversation_id: SCENE_GROUP,
                user_id: "manager4220",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_OpenGroupRoleQuery");
    assert_eq!(
        roles.result.unwrap().group_roles.unwrap()[0]
            .role_name
            .as_deref(),
        Some("Head cashier")
    );

    let (request, roles) = exchange("im_OpenGroupUserRoleQuery", |c| async move {
        c.im_1_0()
            .open_group_user_role_query(OpenGroupUserRoleQueryInput {
                open_conversation_id: SCENE_GROUP,
                user_id: "manager4220",
                viewed_user_id: "user1001",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_OpenGroupUserRoleQuery");
    assert_eq!(roles.success, Some(true));

    let (request, roles) = exchange("im_QueryUserGroupRoles", |c| async move {
        c.im_1_0()
            .query_user_group_roles()
            .open_conversation_id(SCENE_GROUP)
            .user_id("manager4220")
            .viewed_user_id("user1001")
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QueryUserGroupRoles");
    assert_eq!(
        roles.result.unwrap().group_roles.unwrap()[0]
            .open_role_id
            .as_deref(),
        Some("role_3e8b20")
    );

    let (request, set) = exchange("im_UpdateTheGroupRolesOfGroupMember", |c| async move {
        c.im_1_0()
            .update_the_group_roles_of_group_member(UpdateTheGroupRolesOfGroupMemberInput {
                open_conversation_id: SCENE_GROUP,
                user_id: "user1001",
            })
            .open_role_ids(strings(&["role_3e8b20"]))
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpdateTheGroupRolesOfGroupMember");
    assert_eq!(set.success, Some(true));

    let (request, members) = exchange("im_QueryMembersOfGroupRole", |c| async move {
        c.im_1_0()
            .query_members_of_group_role(QueryMembersOfGroupRoleInput {
                open_conversation_id: SCENE_GROUP,
                open_role_id: "role_3e8b20",
            })
            .timestamp(1_700_000_000_000)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QueryMembersOfGroupRole");
    assert_eq!(members.user_ids, Some(strings(&["user1001", "user1002"])));

    let (request, removed) = exchange("im_OpenGroupRoleRemove", |c| async move {
        c.im_1_0()
            .open_group_role_remove(OpenGroupRoleRemoveInput {
                open_conversation_id: SCENE_GROUP,
                open_role_id: "role_3e8b20",
                user_id: "manager4220",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_OpenGroupRoleRemove");
    assert_eq!(removed.result, Some(true));
}

const UNFURL_APP: &str = "dingz0qcv3ha8nk5rtne";

#[tokio::test]
async fn link_unfurling_rules() {
    let (request, added) = exchange("im_AddUnfurlingRegister", |c| async move {
        c.im_1_0()
            .add_unfurling_register(AddUnfurlingRegisterInput {
                api_secret: "s3cr3t-5f0c8a2e",
                app_id: UNFURL_APP,
                callback_url: "https://example.com/dingtalk/unfurl",
                card_template_id: CARD_TEMPLATE,
                domain: "erp.example.com",
                path: "/orders/*",
                rule_match_type: 1,
                user_id: "manager4220",
            })
            .callback_type(1)
            .rule_desc("Orders in the ERP")
            .send()
            .await
    })
    .await;
    check_example(&request, "im_AddUnfurlingRegister");
    assert_eq!(added.id, Some(4012));

    let (request, updated) = exchange("im_UpdateUnfurlingRegister", |c| async move {
        c.im_1_0()
            .update_unfurling_register(UpdateUnfurlingRegisterInput {
                api_secret: "s3cr3t-5f0c8a2e",
                app_id: UNFURL_APP,
                callback_url: "https://example.com/dingtalk/unfurl/v2",
                card_template_id: CARD_TEMPLATE,
                domain: "erp.example.com",
                id: 4012,
                path: "/orders/*",
                rule_match_type: 1,
                user_id: "manager4220",
            })
            .callback_type(1)
            .rule_desc("Orders and invoices in the ERP")
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpdateUnfurlingRegister");
    assert_eq!(updated.success, Some(true));

    let (request, page) = exchange("im_QueryUnfurlingRegisterInfo", |c| async move {
        c.im_1_0()
            .query_unfurling_register_info(UNFURL_APP)
            .max_results(20)
            .next_token(20)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "im_QueryUnfurlingRegisterInfo",
        &[
            ("appId", UNFURL_APP),
            ("maxResults", "20"),
            ("nextToken", "20"),
        ],
        None,
    );
    let rule = &page.list.unwrap()[0];
    assert_eq!(rule.id, Some(4012));
    assert_eq!(rule.gray_user_id_list, Some(strings(&["user1001"])));

    let (request, creator) = exchange("im_QueryUnfurlingRegisterCreator", |c| async move {
        c.im_1_0()
            .query_unfurling_register_creator(QueryUnfurlingRegisterCreatorInput {
                domain: "erp.example.com",
                path: "/orders/*",
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "im_QueryUnfurlingRegisterCreator",
        &[("domain", "erp.example.com"), ("path", "/orders/*")],
        None,
    );
    assert_eq!(
        creator.data.unwrap().creator_user_id.as_deref(),
        Some("manager4220")
    );

    let (request, copied) = exchange("im_CopyUnfurlingRegister", |c| async move {
        c.im_1_0()
            .copy_unfurling_register(CopyUnfurlingRegisterInput {
                app_id: UNFURL_APP,
                id: 4012,
                user_id: "manager4220",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_CopyUnfurlingRegister");
    assert_eq!(copied.result, Some(4013));

    let (request, tried) = exchange("im_DebugUnfurlingRegister", |c| async move {
        c.im_1_0()
            .debug_unfurling_register(DebugUnfurlingRegisterInput {
                app_id: UNFURL_APP,
                id: 4012,
                user_id: "manager4220",
            })
            .gray_user_id_list(strings(&["user1001"]))
            .gray_group_id_list(strings(&[SCENE_GROUP]))
            .send()
            .await
    })
    .await;
    check_example(&request, "im_DebugUnfurlingRegister");
    assert_eq!(tried.success, Some(true));

    let (request, published) = exchange("im_ReleaseUnfurlingRegister", |c| async move {
        c.im_1_0()
            .release_unfurling_register(ReleaseUnfurlingRegisterInput {
                app_id: UNFURL_APP,
                id: 4012,
                user_id: "manager4220",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_ReleaseUnfurlingRegister");
    assert_eq!(published.success, Some(true));

    let (request, state) = exchange("im_UpdateUnfurlingRegisterStatus", |c| async move {
        c.im_1_0()
            .update_unfurling_register_status(UpdateUnfurlingRegisterStatusInput {
                app_id: UNFURL_APP,
                id: 4012,
                status: 1,
            })
            .user_id("manager4220")
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpdateUnfurlingRegisterStatus");
    assert_eq!(state.success, Some(true));

    let (request, offline) = exchange("im_OfflineUnfurlingRegister", |c| async move {
        c.im_1_0()
            .offline_unfurling_register(OfflineUnfurlingRegisterInput {
                app_id: UNFURL_APP,
                id: 4012,
            })
            .user_id("manager4220")
            .send()
            .await
    })
    .await;
    check_example(&request, "im_OfflineUnfurlingRegister");
    assert_eq!(offline.success, Some(true));
}

#[tokio::test]
async fn unfurling_rules_are_followed_across_pages() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1.0/im/unfurling/rules"))
        .and(wiremock::matchers::query_param("nextToken", "2"))
        .respond_with(ok(json!({"list": [{"id": 3}], "hasMore": false})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1.0/im/unfurling/rules"))
        .respond_with(ok(json!({
            "list": [{"id": 1}, {"id": 2}], "nextToken": 2, "hasMore": true
        })))
        .mount(&server)
        .await;
    let rules: Vec<ImQueryUnfurlingRegisterInfoResponseBodyList> = client(&server)
        .im_1_0()
        .query_unfurling_register_info(UNFURL_APP)
        .max_results(2)
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<i64> = rules.iter().map(|r| r.id.unwrap()).collect();
    assert_eq!(ids, [1, 2, 3]);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert!(!common::query(&requests[0])
        .iter()
        .any(|(k, _)| k == "nextToken"));
    assert!(common::query(&requests[1]).contains(&("appId".to_owned(), UNFURL_APP.to_owned())));
}

#[tokio::test]
async fn group_templates_and_counts() {
    let (request, counted) = exchange("im_CountOrgMessageOpenSceneGroups", |c| async move {
        c.im_1_0()
            .count_org_message_open_scene_groups()
            .send()
            .await
    })
    .await;
    check(&request, "im_CountOrgMessageOpenSceneGroups", &[], None);
    assert_eq!(counted.count, Some(12));

    let (request, counted) = exchange("im_CountOpenMsgSceneGroups", |c| async move {
        c.im_1_0()
            .count_open_msg_scene_groups(TEMPLATE)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_CountOpenMsgSceneGroups");
    assert_eq!(counted.result.unwrap().count, Some(5));

    let (request, counted) = exchange("im_CountSceneGroupsByTemplateId", |c| async move {
        c.im_1_0()
            .count_scene_groups_by_template_id(TEMPLATE)
            .send()
            .await
    })
    .await;
    check_at(
        &request,
        "im_CountSceneGroupsByTemplateId",
        &format!("/v1.0/im/chats/sceneGroups/templates/{TEMPLATE}/counts"),
        &[],
        None,
    );
    assert_eq!(counted.count, Some(27));

    let (request, page) = exchange("im_ListSceneGroupsByTemplateId", |c| async move {
        c.im_1_0()
            .list_scene_groups_by_template_id(ListSceneGroupsByTemplateIdInput {
                template_id: TEMPLATE,
                page_number: 1,
            })
            .page_size(20)
            .send()
            .await
    })
    .await;
    check_at(
        &request,
        "im_ListSceneGroupsByTemplateId",
        &format!("/v1.0/im/chats/sceneGroups/templates/{TEMPLATE}/lists"),
        &[("pageNumber", "1"), ("pageSize", "20")],
        None,
    );
    assert_eq!(page.open_conversation_ids, Some(strings(&[SCENE_GROUP])));

    let (request, templates) = exchange("im_ListGroupTemplatesByOrgId", |c| async move {
        c.im_1_0()
            .list_group_templates_by_org_id(1)
            .page_size(20)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "im_ListGroupTemplatesByOrgId",
        &[("pageNumber", "1"), ("pageSize", "20")],
        None,
    );
    let template = &templates.scene_group_detail_models.unwrap()[0];
    assert_eq!(template.template_id.as_deref(), Some(TEMPLATE));
    assert_eq!(template.msg_open, Some(true));

    let (request, status) = exchange(
        "im_GetSceneGroupTemplateMessageOpenStatus",
        |c| async move {
            c.im_1_0()
                .get_scene_group_template_message_open_status(TEMPLATE)
                .send()
                .await
        },
    )
    .await;
    check_at(
        &request,
        "im_GetSceneGroupTemplateMessageOpenStatus",
        &format!("/v1.0/im/chats/sceneGroups/templates/{TEMPLATE}/messageOpenStatuses"),
        &[],
        None,
    );
    assert_eq!(status.status, Some(1));

    let (request, set) = exchange(
        "im_UpdateSceneGroupTemplateMessageOpenStatus",
        |c| async move {
            c.im_1_0()
                .update_scene_group_template_message_open_status(
                    UpdateSceneGroupTemplateMessageOpenStatusInput {
                        status: 1,
                        template_id_list: strings(&[TEMPLATE]),
                        user_id: "manager4220",
                    },
                )
                .send()
                .await
        },
    )
    .await;
    check_example(&request, "im_UpdateSceneGroupTemplateMessageOpenStatus");
    assert_eq!(set.success, Some(true));
}

#[tokio::test]
async fn super_administrator_group_operations() {
    let (request, info) = exchange("im_GetSuperAdminOpenSceneGroupInfo", |c| async move {
        c.im_1_0()
            .get_super_admin_open_scene_group_info(SCENE_GROUP)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "im_GetSuperAdminOpenSceneGroupInfo",
        &[("openConversationId", SCENE_GROUP)],
        None,
    );
    assert_eq!(info.sucess, Some(true));
    assert_eq!(info.sub_admin_user_ids, Some(strings(&["user1001"])));
    assert_eq!(
        info.management_options.unwrap().management_type.as_deref(),
        Some("1")
    );

    let (request, frozen) = exchange("im_FreezeGroup", |c| async move {
        c.im_1_0().freeze_group(SCENE_GROUP).send().await
    })
    .await;
    check(
        &request,
        "im_FreezeGroup",
        &[("openConversationId", SCENE_GROUP)],
        None,
    );
    assert_eq!(frozen.success, Some(true));

    let (request, applied) = exchange("im_SuperAdminApplyTemplate", |c| async move {
        c.im_1_0()
            .super_admin_apply_template(SuperAdminApplyTemplateInput {
                open_conversation_id: SCENE_GROUP,
                owner_user_id: "manager4220",
                template_id: TEMPLATE,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_SuperAdminApplyTemplate");
    assert_eq!(applied.success, Some(true));

    let (request, closed) = exchange("im_SuperAdminCloseTemplate", |c| async move {
        c.im_1_0()
            .super_admin_close_template(SuperAdminCloseTemplateInput {
                open_conversation_id: SCENE_GROUP,
                owner_user_id: "manager4220",
                template_id: TEMPLATE,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_SuperAdminCloseTemplate");
    assert_eq!(closed.success, Some(true));

    let (request, upgraded) = exchange("im_UpgradeToExternalGroup", |c| async move {
        c.im_1_0()
            .upgrade_to_external_group(UpgradeToExternalGroupInput {
                open_conversation_id: SCENE_GROUP,
                template_id: TEMPLATE,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpgradeToExternalGroup");
    assert_eq!(upgraded.success, Some(true));

    let (request, upgraded) = exchange("im_UpgradeToServiceGroup", |c| async move {
        c.im_1_0()
            .upgrade_to_service_group(UpgradeToServiceGroupInput {
                open_conversation_id: SCENE_GROUP,
                template_id: TEMPLATE,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpgradeToServiceGroup");
    assert_eq!(upgraded.success, Some(true));

    let (request, last) = exchange("im_QueryUserViewGroupLastMessageTime", |c| async move {
        c.im_1_0()
            .query_user_view_group_last_message_time(SCENE_GROUP)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QueryUserViewGroupLastMessageTime");
    assert_eq!(last.result.unwrap().time, Some(1_700_003_600_000));
}

#[tokio::test]
async fn more_scene_group_operations() {
    let (request, created) = exchange("im_CreateSceneGroupConversation", |c| async move {
        c.im_1_0()
            .create_scene_group_conversation(CreateSceneGroupConversationInput {
                group_name: "Store 19 customers",
                group_owner_id: "manager4220",
                template_id: TEMPLATE,
            })
            .user_id_list(strings(&["manager4220", "user1001"]))
            .icon(MEDIA)
            .uuid("store-19-customers")
            .management_options(ImCreateSceneGroupConversationRequestManagementOptions {
                mention_all_authority: Some(1),
                show_history_type: Some(1),
                validation_type: Some(0),
                searchable: Some(0),
                chat_banned_type: Some(0),
                management_type: Some(1),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_CreateSceneGroupConversation");
    assert_eq!(created.open_conversation_id, "cidH3jK5lM7nP9qR1sT3uV5wX==");

    let (request, made) = exchange("im_CreateGroupFromOldGroup", |c| async move {
        c.im_1_0()
            .create_group_from_old_group(CreateGroupFromOldGroupInput {
                src_open_conversation_id: SCENE_GROUP,
                template_id: TEMPLATE,
                uuid: "store-18-external",
            })
            .src_corp_id("ding5c1a2b3c4d5e6f70")
            .not_quit_when_emp_leave(1)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_CreateGroupFromOldGroup");
    assert_eq!(
        made.open_conversation_id.as_deref(),
        Some("cidB2cD4eF6gH8iJ0kL2mN4oP==")
    );

    let (request, page) = exchange("im_GetSceneGroupMembers", |c| async move {
        c.im_1_0()
            .get_scene_group_members(GetSceneGroupMembersInput {
                cool_app_code: COOL_APP,
                cursor: "0",
                open_conversation_id: SCENE_GROUP,
                size: 100,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_GetSceneGroupMembers");
    assert_eq!(page.next_cursor.as_deref(), Some("2"));
    assert_eq!(page.has_more, Some(true));

    let (request, set) = exchange("im_UpdateGroupPermission", |c| async move {
        c.im_1_0()
            .update_group_permission()
            .open_conversation_id(SCENE_GROUP)
            .permission_group("chat_banned")
            .status("1")
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpdateGroupPermission");
    assert_eq!(set.success, Some(true));

    let (request, detail) = exchange("im_GetSceneGroupDetailInfo", |c| async move {
        c.im_1_0()
            .get_scene_group_detail_info(SCENE_GROUP)
            .cool_app_code(COOL_APP)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_GetSceneGroupDetailInfo");
    assert_eq!(detail.member_amount, Some(3));
    assert_eq!(
        detail
            .management_options
            .unwrap()
            .only_admin_can_add_mem
            .as_deref(),
        Some("1")
    );

    let server = server(ResponseTemplate::new(200)).await;
    client(&server)
        .im_1_0()
        .group_ban_words()
        .open_conversation_id(SCENE_GROUP)
        .ban_words_mode(1)
        .send()
        .await
        .unwrap();
    check_example(&only_request(&server).await, "im_GroupBanWords");

    let (request, panel) = exchange("im_SetRightPanel", |c| async move {
        c.im_1_0()
            .set_right_panel(SetRightPanelInput {
                open_conversation_id: SCENE_GROUP,
                right_panel_close_permitted: true,
                right_panel_open_status: 1,
                title: "Order board",
                web_wnd_params: ImSetRightPanelRequestWebWndParams {
                    target_url: "https://example.com/board".into(),
                    close_tip_content: Some("Reopen the board from the group's menu".into()),
                },
                width: 400,
            })
            .force_expand(false)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_SetRightPanel");
    assert_eq!(panel.success, Some(true));
}

#[tokio::test]
async fn robots_of_groups_and_the_organisation() {
    let robot_user = "$:LWCP_v1:$Bp8ZGr4bfsyC4KVZfyEcCw==";
    let (request, added) = exchange("im_AddRobotToConversation", |c| async move {
        c.im_1_0()
            .add_robot_to_conversation(AddRobotToConversationInput {
                open_conversation_id: SCENE_GROUP,
                robot_code: TEMPLATE_ROBOT,
            })
            .name("Order assistant")
            .icon(MEDIA)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_AddRobotToConversation");
    assert_eq!(added.chat_bot_user_id.as_deref(), Some(robot_user));

    let (request, removed) = exchange("im_RemoveRobotFromConversation", |c| async move {
        c.im_1_0()
            .remove_robot_from_conversation(RemoveRobotFromConversationInput {
                chat_bot_user_id: robot_user,
                open_conversation_id: SCENE_GROUP,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_RemoveRobotFromConversation");
    assert_eq!(removed.chat_bot_user_id.as_deref(), Some(robot_user));

    let (request, updated) = exchange("im_UpdateRobotInOrg", |c| async move {
        c.im_1_0()
            .update_robot_in_org(TEMPLATE_ROBOT)
            .name("Order assistant")
            .brief("Answers questions about orders")
            .description("Looks orders up in the ERP and answers in the chat.")
            .icon(MEDIA)
            .preview_media_id("@lAjPDfmVbQ5sU7bOE4Z6")
            .outgoing_url("https://example.com/dingtalk/robot")
            .outgoing_token("tok-7c1e9a3f")
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpdateRobotInOrg");
    assert_eq!(updated.robot_code.as_deref(), Some(TEMPLATE_ROBOT));

    let (request, installed) = exchange("im_InstallRobotToOrg", |c| async move {
        c.im_1_0()
            .install_robot_to_org(InstallRobotToOrgInput {
                brief: "Answers questions about orders",
                description: "Looks orders up in the ERP and answers in the chat.",
                icon: MEDIA,
                name: "Order assistant",
                outgoing_token: "tok-7c1e9a3f",
                outgoing_url: "https://example.com/dingtalk/robot",
                preview_media_id: "@lAjPDfmVbQ5sU7bOE4Z6",
                robot_code: TEMPLATE_ROBOT,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_InstallRobotToOrg");
    assert_eq!(installed.robot_code.as_deref(), Some(TEMPLATE_ROBOT));
}

const INNER_GROUP: &str = "cidQ7wE9rT1yU3iO5pA7sD9fG==";

#[tokio::test]
async fn internal_groups_and_their_members() {
    let (request, member) = exchange("im_CheckUserIsGroupMember", |c| async move {
        c.im_1_0()
            .check_user_is_group_member(CheckUserIsGroupMemberInput {
                open_conversation_id: INNER_GROUP,
                user_id: "user1001",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_CheckUserIsGroupMember");
    assert_eq!(member.result, Some(true));

    let (request, page) = exchange("im_GetInnerGroupMembers", |c| async move {
        c.im_1_0()
            .get_inner_group_members(GetInnerGroupMembersInput {
                max_results: 100,
                open_conversation_id: INNER_GROUP,
                user_id: "manager4220",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_GetInnerGroupMembers");
    assert_eq!(page.user_ids, Some(strings(&["manager4220", "user1001"])));

    let (request, page) = exchange("im_QueryInnerGroupMemberList", |c| async move {
        c.im_1_0()
            .query_inner_group_member_list(QueryInnerGroupMemberListInput {
                max_results: 100,
                next_token: 0,
                open_conversation_id: INNER_GROUP,
                user_id: "manager4220",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QueryInnerGroupMemberList");
    assert_eq!(page.list.unwrap()[0].nick_name.as_deref(), Some("Meimei"));

    let (request, newest) = exchange("im_GetNewestInnerGroups", |c| async move {
        c.im_1_0()
            .get_newest_inner_groups("manager4220")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "im_GetNewestInnerGroups",
        &[("userId", "manager4220")],
        None,
    );
    assert_eq!(
        newest.group_infos.unwrap()[0].title.as_deref(),
        Some("Release team")
    );

    let (request, recent) = exchange("im_QueryInnerGroupRecentList", |c| async move {
        c.im_1_0()
            .query_inner_group_recent_list("manager4220")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "im_QueryInnerGroupRecentList",
        &[("userId", "manager4220")],
        None,
    );
    assert_eq!(
        recent.group_infos.unwrap()[0]
            .open_conversation_id
            .as_deref(),
        Some(INNER_GROUP)
    );

    let (request, found) = exchange("im_SearchInnerGroups", |c| async move {
        c.im_1_0()
            .search_inner_groups(SearchInnerGroupsInput {
                max_results: 20,
                search_key: "release",
                user_id: "manager4220",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_SearchInnerGroups");
    assert_eq!(
        found.group_infos.unwrap()[0].member_amount.as_deref(),
        Some("3")
    );

    let (request, turned) = exchange("im_OpenInnerGroupTransferToDeptGroup", |c| async move {
        c.im_1_0()
            .open_inner_group_transfer_to_dept_group(OpenInnerGroupTransferToDeptGroupInput {
                dept_id: 488_736_021,
                open_conversation_id: INNER_GROUP,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_OpenInnerGroupTransferToDeptGroup");
    assert_eq!(turned.success, Some(true));
}

#[tokio::test]
async fn group_search_capacity_and_aliases() {
    let (request, info) = exchange("im_QueryOpenGroupBaseInfo", |c| async move {
        c.im_1_0()
            .query_open_group_base_info()
            .open_conversation_id(SCENE_GROUP)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QueryOpenGroupBaseInfo");
    assert_eq!(info.result.unwrap().member_count, Some(3));

    let (request, found) = exchange("im_OpenSearchGroupList", |c| async move {
        c.im_1_0()
            .open_search_group_list("manager4220")
            .keyword("store")
            .send()
            .await
    })
    .await;
    check_example(&request, "im_OpenSearchGroupList");
    assert_eq!(
        found.result.unwrap().group_list.unwrap()[0].tag.as_deref(),
        Some("2")
    );

    let (request, page) = exchange("im_GroupManageQuery", |c| async move {
        c.im_1_0()
            .group_manage_query()
            .group_title_keywords(strings(&["store"]))
            .group_owner("manager4220")
            .members_over(2)
            .created_after(1_698_800_000_000)
            .max_results(20)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_GroupManageQuery");
    assert_eq!(page.group_info_list.unwrap()[0].capacity, Some(500));

    let server = server(ResponseTemplate::new(200)).await;
    client(&server)
        .im_1_0()
        .group_manage_reduce()
        .open_conversation_id(SCENE_GROUP)
        .capacity_limit(200)
        .send()
        .await
        .unwrap();
    check_example(&only_request(&server).await, "im_GroupManageReduce");

    let (request, quote) = exchange("im_GroupCapacityInquiry", |c| async move {
        c.im_1_0()
            .group_capacity_inquiry()
            .open_conversation_id(SCENE_GROUP)
            .operator("manager4220")
            .target_capacity(1000)
            .effective_duration("1y")
            .send()
            .await
    })
    .await;
    check_example(&request, "im_GroupCapacityInquiry");
    assert_eq!(quote.token.as_deref(), Some("quote-5f0c8a2e91d3"));
    assert_eq!(quote.actual_price, Some(9900));

    let (request, order) = exchange("im_GroupCapacityOrderPlace", |c| async move {
        c.im_1_0()
            .group_capacity_order_place()
            .open_conversation_id(SCENE_GROUP)
            .operator("manager4220")
            .token("quote-5f0c8a2e91d3")
            .current_capacity(500)
            .target_capacity(1000)
            .current_effect_until(1_735_660_800_000)
            .target_effect_until(1_767_196_800_000)
            .marked_price(10000)
            .discount(100)
            .actual_price(9900)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_GroupCapacityOrderPlace");
    assert_eq!(order.order_id.as_deref(), Some("order-20231114-77"));

    let (request, confirmed) = exchange("im_GroupCapacityOrderConfirm", |c| async move {
        c.im_1_0()
            .group_capacity_order_confirm()
            .order_id("order-20231114-77")
            .operator("manager4220")
            .send()
            .await
    })
    .await;
    check_example(&request, "im_GroupCapacityOrderConfirm");
    assert!(confirmed.success);

    let (request, alias) = exchange("im_QueryUserGroupAliasTitle", |c| async move {
        c.im_1_0()
            .query_user_group_alias_title(QueryUserGroupAliasTitleInput {
                open_conversation_id: SCENE_GROUP,
                user_id: "user1001",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QueryUserGroupAliasTitle");
    assert_eq!(alias.result.unwrap().title.as_deref(), Some("My store"));

    let (request, set) = exchange("im_UpdateUserGroupAliasTitle", |c| async move {
        c.im_1_0()
            .update_user_group_alias_title(UpdateUserGroupAliasTitleInput {
                open_conversation_id: SCENE_GROUP,
                title: "My store",
                user_id: "user1001",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpdateUserGroupAliasTitle");
    assert_eq!(set.success.as_deref(), Some("true"));
}

#[tokio::test]
async fn internal_group_members_and_groups_are_followed_across_pages() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1.0/im/innerGroups/members/query"))
        .and(body_partial_json(json!({"nextToken": "p2"})))
        .respond_with(ok(json!({"userIds": ["c"], "hasMore": false})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1.0/im/innerGroups/members/query"))
        .respond_with(ok(
            json!({"userIds": ["a", "b"], "nextToken": "p2", "hasMore": true}),
        ))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1.0/im/groups/managements/query"))
        .and(body_partial_json(json!({"nextToken": "g2"})))
        .respond_with(ok(
            json!({"groupInfoList": [{"openConversationId": "y"}], "hasMore": false}),
        ))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1.0/im/groups/managements/query"))
        .respond_with(ok(json!({
            "groupInfoList": [{"openConversationId": "x"}], "nextToken": "g2", "hasMore": true
        })))
        .mount(&server)
        .await;
    let im = client(&server).im_1_0();
    let members: Vec<String> = im
        .get_inner_group_members(GetInnerGroupMembersInput {
            max_results: 2,
            open_conversation_id: INNER_GROUP,
            user_id: "manager4220",
        })
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(members, ["a", "b", "c"]);
    let groups: Vec<ImGroupManageQueryResponseBodyGroupInfoList> = im
        .group_manage_query()
        .max_results(1)
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = groups
        .iter()
        .map(|g| g.open_conversation_id.clone().unwrap())
        .collect();
    assert_eq!(ids, ["x", "y"]);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 4);
    assert_eq!(json_body(&requests[1])["openConversationId"], INNER_GROUP);
    assert_eq!(json_body(&requests[3])["maxResults"], 1);
}

const MESSAGE: &str = "msgQ9vY2bF4kH6nJ8pL0rT3w5==";

#[tokio::test]
async fn messages_and_groups_as_a_user() {
    let (request, page) = exchange("im_GetGroupMembersByUserToken", |c| async move {
        c.im_1_0()
            .get_group_members_by_user_token(GetGroupMembersByUserTokenInput {
                max_results: 100,
                open_conversation_id: SCENE_GROUP,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_GetGroupMembersByUserToken");
    assert_eq!(page.member_union_ids, Some(strings(&["Zx9ttSBxSuiEiE"])));
    assert_eq!(page.staff_id_nick_map.unwrap()["manager4220"], "Li Lei");

    let (request, sent) = exchange("im_SendPersonalMessage", |c| async move {
        c.im_1_0()
            .send_personal_message(SendPersonalMessageInput {
                content: r#"{"content":"The delivery is at the back door."}"#,
                msg_type: "text",
            })
            .open_conversation_id(SCENE_GROUP)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_SendPersonalMessage");
    assert_eq!(sent.success.as_deref(), Some("true"));
    assert_eq!(
        sent.result.unwrap().open_task_id.as_deref(),
        Some("task_8f3a2c1e")
    );

    let (request, sent) = exchange("im_PersonalSendCardMessage", |c| async move {
        c.im_1_0()
            .personal_send_card_message()
            .open_conversation_id(SCENE_GROUP)
            .at_user_ids(strings(&["user1001"]))
            .card_content(ImPersonalSendCardMessageRequestCardContent {
                out_track_id: Some(CARD.into()),
                last_message: Some("[Card] Order 20231114-0001".into()),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_PersonalSendCardMessage");
    assert_eq!(
        sent.result.unwrap().open_task_id.as_deref(),
        Some("task_2d9b7e4a")
    );

    let (request, sent) = exchange("im_OpenUserSendCardMessage", |c| async move {
        c.im_1_0()
            .open_user_send_card_message(OpenUserSendCardMessageInput {
                card_content: ImOpenUserSendCardMessageRequestCardContent {
                    out_track_id: CARD.into(),
                    last_message: "[Card] Order 20231114-0001".into(),
                },
                user_id: "manager4220",
            })
            .receive_user_id("user1001")
            .send()
            .await
    })
    .await;
    check_example(&request, "im_OpenUserSendCardMessage");
    assert_eq!(
        sent.result.unwrap().open_task_id.as_deref(),
        Some("task_6c1f0b3d")
    );

    let (request, read) = exchange("im_QueryPersonalMessageReadStatus", |c| async move {
        c.im_1_0()
            .query_personal_message_read_status(QueryPersonalMessageReadStatusInput {
                open_conversation_id: SCENE_GROUP,
                open_message_id: MESSAGE,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QueryPersonalMessageReadStatus");
    let states = read.result.unwrap().message_read_info_list.unwrap();
    assert_eq!(states[1].read_status.as_deref(), Some("unread"));

    let (request, marked) = exchange("im_ReadPersonalMessage", |c| async move {
        c.im_1_0()
            .read_personal_message(vec![
                ImReadPersonalMessageRequestDingOpenConversationMessageIdArray {
                    open_conversation_id: SCENE_GROUP.into(),
                    open_message_id: MESSAGE.into(),
                },
            ])
            .send()
            .await
    })
    .await;
    check_example(&request, "im_ReadPersonalMessage");
    assert_eq!(marked.success, Some(true));

    let (request, recalled) = exchange("im_RecallPersonalMessage", |c| async move {
        c.im_1_0()
            .recall_personal_message()
            .open_conversation_id(SCENE_GROUP)
            .open_message_id(MESSAGE)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_RecallPersonalMessage");
    assert_eq!(recalled.success, Some(true));

    let (request, size) = exchange("im_QueryGroupInfoByMemberAuth", |c| async move {
        c.im_1_0()
            .query_group_info_by_member_auth(QueryGroupInfoByMemberAuthInput {
                cool_app_code: COOL_APP,
                open_conversation_id: SCENE_GROUP,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QueryGroupInfoByMemberAuth");
    assert_eq!(size.member_count, Some(3));

    let (request, members) = exchange("im_QueryGroupMemberByMemberAuth", |c| async move {
        c.im_1_0()
            .query_group_member_by_member_auth(QueryGroupMemberByMemberAuthInput {
                cool_app_code: COOL_APP,
                open_conversation_id: SCENE_GROUP,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QueryGroupMemberByMemberAuth");
    assert_eq!(
        members.group_member_list.unwrap()[0].org_name.as_deref(),
        Some("Example Retail")
    );
}

#[tokio::test]
async fn assistant_cards_and_sendings() {
    let (request, sent) = exchange("im_IntelligentSendCard", |c| async move {
        c.im_1_0()
            .intelligent_send_card()
            .open_conversation_id(SCENE_GROUP)
            .out_track_id(CARD)
            .uuid("notice-20231114-01")
            .receivers(strings(&["manager4220", "user1001"]))
            .at_user_ids(strings(&["user1001"]))
            .at_all(false)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_IntelligentSendCard");
    assert_eq!(
        sent.result.unwrap().open_task_id.as_deref(),
        Some("task_4b8e1d2f")
    );

    let (request, pinned) = exchange("im_PutMsgCardTopByIntelligent", |c| async move {
        c.im_1_0()
            .put_msg_card_top_by_intelligent()
            .open_conversation_id(SCENE_GROUP)
            .open_task_id("task_4b8e1d2f")
            .send()
            .await
    })
    .await;
    check_example(&request, "im_PutMsgCardTopByIntelligent");
    assert_eq!(pinned.success.as_deref(), Some("true"));

    let (request, read) = exchange("im_QueryMsgReadStatus", |c| async move {
        c.im_1_0()
            .query_msg_read_status()
            .open_conversation_id(SCENE_GROUP)
            .open_task_id("task_4b8e1d2f")
            .cursor(0)
            .page_size(100)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QueryMsgReadStatus");
    let result = read.result.unwrap();
    assert_eq!(result.read_user_ids, Some(strings(&["user1001"])));
    assert_eq!(result.has_more, Some(false));

    let (request, recalled) = exchange("im_RecallMessages", |c| async move {
        c.im_1_0()
            .recall_messages()
            .open_conversation_id(SCENE_GROUP)
            .open_task_id("task_4b8e1d2f")
            .send()
            .await
    })
    .await;
    check_example(&request, "im_RecallMessages");
    assert_eq!(recalled.success.as_deref(), Some("true"));

    let (request, outcome) = exchange("im_QueryMessageSendResult", |c| async move {
        c.im_1_0()
            .query_message_send_result()
            .open_task_id("task_8f3a2c1e")
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QueryMessageSendResult");
    assert_eq!(outcome.result.unwrap().send_status, Some(1));

    let (request, built) = exchange("im_CardTemplateBuildAction", |c| async move {
        c.im_1_0()
            .card_template_build_action(CardTemplateBuildActionInput {
                action: "publish",
                card_template_json: r#"{"config":{"autoLayout":true},"header":{"title":{"type":"text","text":"Weekly report"}}}"#,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_CardTemplateBuildAction");
    assert!(built.card_template_json.unwrap().contains("\"version\":2"));
}

#[tokio::test]
async fn imports_and_chat_lookups() {
    let (request, imported) = exchange("im_ImportGroupChat", |c| async move {
        let user_list = [
            (
                "manager4220".to_owned(),
                ImUserListValue {
                    join_time: Some(1_577_836_800_000),
                    modify_time: Some(1_577_836_800_000),
                    mute: Some(false),
                    top_rank: Some(true),
                },
            ),
            (
                "user1001".to_owned(),
                ImUserListValue {
                    join_time: Some(1_577_923_200_000),
                    modify_time: Some(1_577_923_200_000),
                    mute: Some(true),
                    top_rank: Some(false),
                },
            ),
        ]
        .into_iter()
        .collect();
        c.im_1_0()
            .import_group_chat(ImportGroupChatInput {
                import_uuid: "legacy-chat-7781",
                owner: "manager4220",
                title: "Release team (archive)",
                user_list,
            })
            .admin_ids(strings(&["user1001"]))
            .icon(MEDIA)
            .create_at(1_577_836_800_000)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_ImportGroupChat");
    assert_eq!(
        imported.result.unwrap().open_conversation_id.as_deref(),
        Some("cidR5tY7uI9oP1aS3dF5gH7jK==")
    );

    let (request, imported) = exchange("im_ImportMessage", |c| async move {
        c.im_1_0()
            .import_message(ImportMessageInput {
                content: r#"{"content":"Release 1.0 is out."}"#,
                create_time: 1_577_840_400_000,
                import_uuid: "legacy-msg-7781-0001",
                msg_type: "text",
                open_conversation_id: "cidR5tY7uI9oP1aS3dF5gH7jK==",
                sender_id: "manager4220",
            })
            .receivers(strings(&["user1001"]))
            .msg_read_status_setting(true)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_ImportMessage");
    assert_eq!(
        imported.result.unwrap().open_task_id.as_deref(),
        Some("task_9a7c5e3b")
    );

    let (request, recent) = exchange("im_QueryRecentConversations", |c| async move {
        c.im_1_0()
            .query_recent_conversations()
            .user_id("manager4220")
            .only_human(false)
            .only_inner_group(false)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QueryRecentConversations");
    let chats = recent.result.unwrap().conversation_list.unwrap();
    assert_eq!(chats[0].user_id, None);
    assert_eq!(chats[1].user_id.as_deref(), Some("user1001"));

    let (request, other) = exchange("im_QueryOpenConversationReceiveUser", |c| async move {
        c.im_1_0()
            .query_open_conversation_receive_user()
            .open_conversation_id("cidxUMCv5pAzQoYQiB0Hf9VjA==")
            .send_user_id("manager4220")
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QueryOpenConversationReceiveUser");
    assert_eq!(
        other.result.unwrap().receive_user.unwrap().user_id,
        "user1001"
    );

    let (request, chat) = exchange("im_GetSingleChatOpenConversationId", |c| async move {
        c.im_1_0()
            .get_single_chat_open_conversation_id(GetSingleChatOpenConversationIdInput {
                user_id1: "manager4220",
                user_id2: "user1001",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_GetSingleChatOpenConversationId");
    assert_eq!(
        chat.result.unwrap().open_conversation_id.as_deref(),
        Some("cidxUMCv5pAzQoYQiB0Hf9VjA==")
    );
}

#[tokio::test]
async fn customer_connect_visitors_and_lookups() {
    let (request, opened) = exchange("im_AutoOpenDingTalkConnect", |c| async move {
        c.im_1_0().auto_open_ding_talk_connect().send().await
    })
    .await;
    check(&request, "im_AutoOpenDingTalkConnect", &[], None);
    assert_eq!(opened.message.as_deref(), Some("success"));

    let (request, applied) = exchange("im_UpdateClientService", |c| async move {
        c.im_1_0()
            .update_client_service(strings(&["user1001"]))
            .user_name("Meimei (customer service)")
            .avatar_url("https://example.com/img/service.png")
            .reset_avatar(false)
            .reset_user_name(false)
            .send()
            .await
    })
    .await;
    check_example(&request, "im_UpdateClientService");
    assert_eq!(applied.result, Some(true));

    let (request, session) = exchange("im_LoginForVisitor", |c| async move {
        c.im_1_0()
            .login_for_visitor()
            .app_user_id(EXTERNAL)
            .channel_code(CHANNEL)
            .custom_access_token("cust-4c2e9a71")
            .send()
            .await
    })
    .await;
    check_example(&request, "im_LoginForVisitor");
    assert_eq!(session.visitor_open_conversation_id, CONNECT_GROUP);
    assert_eq!(
        session.aim_token.unwrap().refresh_token.as_deref(),
        Some("aim-rt-7a2c4e6a")
    );

    let (request, groups) = exchange("im_QueryGroupInfoByAppCids", |c| async move {
        c.im_1_0()
            .query_group_info_by_app_cids()
            .app_cids(strings(&["20231114002:20231114001"]))
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QueryGroupInfoByAppCids");
    assert_eq!(
        groups.group_info_list[0].open_conversation_id.as_deref(),
        Some(CONNECT_GROUP)
    );

    let (request, groups) = exchange("im_QueryGroupInfoByOpenCids", |c| async move {
        c.im_1_0()
            .query_group_info_by_open_cids()
            .open_conversation_ids(strings(&[CONNECT_GROUP]))
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QueryGroupInfoByOpenCids");
    assert_eq!(
        groups.group_info_list[0].app_cid.as_deref(),
        Some("20231114002:20231114001")
    );

    let (request, members) = exchange("im_QueryGroupMemberByAppUids", |c| async move {
        c.im_1_0()
            .query_group_member_by_app_uids()
            .app_uids(vec![20_231_114_002])
            .send()
            .await
    })
    .await;
    check_example(&request, "im_QueryGroupMemberByAppUids");
    assert_eq!(members.group_members[0].group_member_type, 3);
    assert_eq!(members.group_members[0].group_member_type_v2, None);

    let (request, url) = exchange("im_GetInterconnectionUrl", |c| async move {
        c.im_1_0()
            .get_interconnection_url(GetInterconnectionUrlInput {
                app_user_id: EXTERNAL,
                app_user_mobile_number: "18800008655",
                app_user_name: "Jim Green",
                msg_page_type: 1,
                signature: "3f9d2a7c8e1b4c6d",
                source_code: CHANNEL,
                source_type: 1,
            })
            .app_user_avatar("https://example.com/img/jim.png")
            .app_user_avatar_type(1)
            .user_id("user1001")
            .send()
            .await
    })
    .await;
    check_example(&request, "im_GetInterconnectionUrl");
    assert!(url.url.starts_with("https://im.dingtalk.com/connect/h5"));
}

#[tokio::test]
async fn family_school_groups_and_messages() {
    let (request, page) = exchange("im_GetFamilySchoolConversations", |c| async move {
        c.im_1_0()
            .get_family_school_conversations(GetFamilySchoolConversationsInput {
                max_results: 20,
                next_token: 0,
                union_id: "iiiP35sJadDrDDqcrVsTBPQiEiE",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_GetFamilySchoolConversations");
    assert_eq!(page.has_more.as_deref(), Some("false"));
    assert_eq!(
        page.group_info_list.unwrap()[0].dept_name_chain,
        Some(strings(&["Grade 2", "Class 3"]))
    );

    let (request, page) = exchange("im_GetFamilySchoolConversationMsg", |c| async move {
        c.im_1_0()
            .get_family_school_conversation_msg(GetFamilySchoolConversationMsgInput {
                max_results: 20,
                msg_types: vec![2],
                next_token: 0,
                open_conversation_id: "cidF5sC6hO7oL8gR9pQ0uA1bB==",
                union_id: "iiiP35sJadDrDDqcrVsTBPQiEiE",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_GetFamilySchoolConversationMsg");
    let message = &page.messages.unwrap()[0];
    assert_eq!(
        message.media_models.as_ref().unwrap()[0]
            .file_name
            .as_deref(),
        Some("sports-day.jpg")
    );

    let (request, found) = exchange("im_BatchQueryFamilySchoolMessage", |c| async move {
        c.im_1_0()
            .batch_query_family_school_message(BatchQueryFamilySchoolMessageInput {
                open_conversation_id: "cidF5sC6hO7oL8gR9pQ0uA1bB==",
                open_message_ids: strings(&["msgW1eR2tY3uI4oP5aS6dF7g=="]),
                union_id: "iiiP35sJadDrDDqcrVsTBPQiEiE",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "im_BatchQueryFamilySchoolMessage");
    assert_eq!(
        found.messages.unwrap()[0].create_at,
        Some(1_699_862_400_000)
    );
}

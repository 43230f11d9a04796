//! The `im_1_0` scene groups of the fake, driven through the generated
//! client: a group created, its members added, listed page by page and
//! removed, its owner changed, read back and disbanded; and the refusals.

use dingtalk::im_1_0::*;
use dingtalk::{AppCredentials, Client, Credentials, Error, RetryPolicy};
use fake_dingtalk::validator::Scope;
use fake_dingtalk::{Config, FakeDingTalk, APP_KEY, APP_SECRET};

const LEGACY: &str = "https://oapi.dingtalk.com";
const TEMPLATE: &str = "8b2f1c9e-4d3a-4f6b-a1e7-5c0d9e2f7a31";
const OWNER: &str = "manager";

fn client(fake: &FakeDingTalk) -> Client {
    Client::builder()
        .base_url(fake.base_url())
        .host_url(LEGACY, fake.legacy_url())
        .credentials(Credentials::app(AppCredentials {
            app_key: APP_KEY,
            app_secret: APP_SECRET,
        }))
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
}

/// The HTTP status and error code of a failed call.
#[track_caller]
fn refusal<T: std::fmt::Debug, E: std::fmt::Debug>(result: Result<T, Error<E>>) -> (u16, String) {
    let error = result.unwrap_err();
    let api = error
        .as_api()
        .unwrap_or_else(|| panic!("not an API error: {error}"));
    (api.status.as_u16(), api.code.clone().unwrap_or_default())
}

/// The message of a call refused with `parameter.invalid`.
#[track_caller]
fn message<T: std::fmt::Debug, E: std::fmt::Debug>(result: Result<T, Error<E>>) -> String {
    let error = result.unwrap_err();
    let api = error
        .as_api()
        .unwrap_or_else(|| panic!("not an API error: {error}"));
    assert_eq!(api.code.as_deref(), Some("parameter.invalid"));
    api.message.clone().unwrap_or_default()
}

fn refused(code: &str) -> (u16, String) {
    (400, code.to_owned())
}

fn users(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| id.to_string()).collect()
}

fn create(client: &Client, title: &str) -> CreateSceneGroup {
    client.im_1_0().create_scene_group(CreateSceneGroupInput {
        owner_user_id: OWNER,
        template_id: TEMPLATE,
        title,
    })
}

/// A group of the manager with `members`; its `openConversationId`.
async fn group_with(client: &Client, members: &[&str]) -> String {
    create(client, "Store 18 customers")
        .user_ids(users(members))
        .send()
        .await
        .unwrap()
        .open_conversation_id
}

async fn page(
    client: &Client,
    group: &str,
    cursor: &str,
    size: i64,
) -> Result<ImGetSceneGroupMembersResponseBody, Error<GetSceneGroupMembers>> {
    client
        .im_1_0()
        .get_scene_group_members(GetSceneGroupMembersInput {
            cool_app_code: "",
            cursor,
            open_conversation_id: group,
            size,
        })
        .send()
        .await
}

/// Every member of `group`, following the pages of `size`; and how many
/// pages there were.
async fn all_members(client: &Client, group: &str, size: i64) -> (Vec<String>, usize) {
    let mut members = Vec::new();
    let mut cursor = String::new();
    let mut pages = 0;
    loop {
        let page = page(client, group, &cursor, size).await.unwrap();
        pages += 1;
        let ids = page.member_user_ids.unwrap();
        assert!(ids.len() <= size as usize, "a page holds at most {size}");
        members.extend(ids);
        if page.has_more != Some(true) {
            assert_eq!(page.next_cursor, None, "no cursor after the last page");
            return (members, pages);
        }
        cursor = page.next_cursor.unwrap();
    }
}

async fn is_member(client: &Client, group: &str, user: &str) -> bool {
    client
        .im_1_0()
        .check_user_is_group_member(CheckUserIsGroupMemberInput {
            open_conversation_id: group,
            user_id: user,
        })
        .send()
        .await
        .unwrap()
        .result
        .unwrap()
}

#[tokio::test]
async fn a_group_is_created_its_members_changed_and_listed_and_it_is_disbanded() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let im = client.im_1_0();

    let created = create(&client, "Release 2.0")
        .user_ids(users(&["user01", "user02"]))
        .subadmin_ids(users(&["user01"]))
        .uuid("release-2.0")
        .icon("@lAjPDeC2uGvNh_bOE3Y5")
        .send()
        .await
        .unwrap();
    let group = created.open_conversation_id.clone();
    assert!(group.starts_with("cid"), "an id like DingTalk's: {group}");
    assert!(created.chat_id.starts_with("chat"), "{}", created.chat_id);
    let again = create(&client, "Release 2.0")
        .uuid("release-2.0")
        .send()
        .await
        .unwrap();
    assert_eq!(again, created, "the same uuid, the same group");
    let other = group_with(&client, &[]).await;
    assert_ne!(other, group);

    let read = im.get_scene_group_info(&group).send().await.unwrap();
    assert_eq!(read.success, Some(true));
    assert_eq!(read.open_conversation_id.as_deref(), Some(group.as_str()));
    assert_eq!(read.title.as_deref(), Some("Release 2.0"));
    assert_eq!(read.owner_user_id.as_deref(), Some(OWNER));
    assert_eq!(read.template_id.as_deref(), Some(TEMPLATE));
    assert_eq!(read.icon.as_deref(), Some("@lAjPDeC2uGvNh_bOE3Y5"));
    assert_eq!(read.status, Some(1));
    assert!(read.group_url.unwrap().starts_with("dingtalk://"));

    im.add_scene_group_member(&group)
        .user_ids(users(&["user03", "user04", "user05", "user02"]))
        .union_ids(users(&["union-user06", "union-user01"]))
        .send()
        .await
        .unwrap();
    let again = im
        .add_scene_group_member(&group)
        .user_ids(users(&["user03"]))
        .send()
        .await
        .unwrap();
    assert_eq!(again.success, Some(true), "adding a member again");
    let everyone = users(&[
        OWNER, "user01", "user02", "user03", "user04", "user05", "user06",
    ]);
    assert_eq!(all_members(&client, &group, 3).await, (everyone.clone(), 3));
    assert_eq!(all_members(&client, &group, 7).await, (everyone.clone(), 1));
    assert_eq!(all_members(&client, &group, 100).await, (everyone, 1));
    let last = page(&client, &group, "4", 3).await.unwrap();
    assert_eq!(
        last.member_user_ids,
        Some(users(&["user04", "user05", "user06"]))
    );
    assert_eq!(last.has_more, Some(false));
    assert_eq!(all_members(&client, &other, 3).await, (users(&[OWNER]), 1));
    assert!(is_member(&client, &group, "user06").await);
    assert!(!is_member(&client, &group, "sales01").await);
    assert!(!is_member(&client, &other, "user06").await);

    // user05 leaves the organisation, and then the group, by unionId.
    client.oapi_user().delete("user05").send().await.unwrap();
    im.remove_scene_group_member(&group)
        .user_ids(users(&["user02"]))
        .union_ids(users(&["union-user05"]))
        .send()
        .await
        .unwrap();
    let again = im
        .remove_scene_group_member(&group)
        .user_ids(users(&["user02", "sales01"]))
        .send()
        .await
        .unwrap();
    assert_eq!(again.success, Some(true), "removing a former member");
    assert_eq!(
        all_members(&client, &group, 2).await.0,
        users(&[OWNER, "user01", "user03", "user04", "user06"])
    );
    assert!(!is_member(&client, &group, "user02").await);

    im.update_scene_group(&group)
        .owner_union_id("union-user03")
        .title("Release 2.1")
        .send()
        .await
        .unwrap();
    let read = im.get_scene_group_info(&group).send().await.unwrap();
    assert_eq!(read.owner_user_id.as_deref(), Some("user03"));
    assert_eq!(read.title.as_deref(), Some("Release 2.1"));
    assert_eq!(read.icon.as_deref(), Some("@lAjPDeC2uGvNh_bOE3Y5"), "kept");
    im.update_scene_group(&group)
        .owner_user_id("user04")
        .send()
        .await
        .unwrap();
    let read = im.get_scene_group_info(&group).send().await.unwrap();
    assert_eq!(read.owner_user_id.as_deref(), Some("user04"));
    assert_eq!(read.title.as_deref(), Some("Release 2.1"), "kept");
    // The former owner is a member like the others, and can be removed.
    im.remove_scene_group_member(&group)
        .user_ids(users(&[OWNER]))
        .send()
        .await
        .unwrap();
    assert!(!is_member(&client, &group, OWNER).await);

    let disbanded = im.dsband_open_scene_group(&group).send().await.unwrap();
    assert_eq!(disbanded.success, Some(true));
    let read = im.get_scene_group_info(&group).send().await.unwrap();
    assert_eq!(read.status, Some(2), "a disbanded group is read");
    assert_eq!(read.title.as_deref(), Some("Release 2.1"));
    assert!(!is_member(&client, &group, "user04").await);
    assert_eq!(
        refusal(im.dsband_open_scene_group(&group).send().await),
        refused("paramIllegal")
    );
    assert_eq!(
        refusal(
            im.add_scene_group_member(&group)
                .user_ids(users(&["user07"]))
                .send()
                .await
        ),
        refused("parameter.invalid")
    );
    assert_eq!(
        refusal(
            im.remove_scene_group_member(&group)
                .user_ids(users(&["user04"]))
                .send()
                .await
        ),
        refused("parameter.invalid")
    );
    assert_eq!(
        refusal(im.update_scene_group(&group).title("Gone").send().await),
        refused("parameter.invalid")
    );
    assert_eq!(
        refusal(page(&client, &group, "", 10).await),
        refused("invalidParameter")
    );
    let read = im.get_scene_group_info(&other).send().await.unwrap();
    assert_eq!(read.status, Some(1), "the other group is in use");
}

/// `n` userIds the contact book does not have.
fn guests(n: usize) -> Vec<String> {
    (0..n).map(|n| format!("guest{n}")).collect()
}

#[tokio::test]
async fn creations_are_refused_with_the_documented_codes() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);

    let stranger = create(&client, "Store 18")
        .user_ids(users(&["user01", "nobody"]))
        .send()
        .await;
    assert_eq!(refusal(stranger), refused("member.notFound"));
    let stranger_admin = create(&client, "Store 18")
        .subadmin_ids(users(&["nobody"]))
        .send()
        .await;
    assert_eq!(refusal(stranger_admin), refused("member.notFound"));
    let no_owner = client
        .im_1_0()
        .create_scene_group(CreateSceneGroupInput {
            owner_user_id: "nobody",
            template_id: TEMPLATE,
            title: "Store 18",
        })
        .send()
        .await;
    assert_eq!(refusal(no_owner), refused("member.notFound"));
    let blank = create(&client, "   ").send().await;
    assert_eq!(refusal(blank), refused("parameter.invalid"));
    // The owner and 999 others are within the limit (and refused for the
    // strangers among them); one more is over it, whoever they are.
    let full = create(&client, "Store 18")
        .user_ids(guests(999))
        .send()
        .await;
    assert_eq!(refusal(full), refused("member.notFound"));
    let over = create(&client, "Store 18")
        .user_ids(guests(1000))
        .send()
        .await;
    assert_eq!(refusal(over), refused("member.exceed"));
    let repeated = create(&client, "Store 18")
        .user_ids([guests(999), guests(999)].concat())
        .send()
        .await;
    assert_eq!(
        refusal(repeated),
        refused("member.notFound"),
        "each person counted once"
    );

    let created = create(&client, "Store 18").send().await.unwrap();
    let read = client
        .im_1_0()
        .get_scene_group_info(&created.open_conversation_id)
        .send()
        .await
        .unwrap();
    assert_eq!(read.title.as_deref(), Some("Store 18"));
    let (members, _) = all_members(&client, &created.open_conversation_id, 10).await;
    assert_eq!(members, users(&[OWNER]), "no refused creation was kept");
}

#[tokio::test]
async fn member_changes_are_refused_with_the_documented_codes() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let im = client.im_1_0();
    let group = group_with(&client, &["user01"]).await;
    let invalid = refused("parameter.invalid");

    let nobody = im.add_scene_group_member(&group).send().await;
    assert_eq!(refusal(nobody), invalid, "no one to add");
    let stranger = im
        .add_scene_group_member(&group)
        .user_ids(users(&["user02", "nobody"]))
        .send()
        .await;
    assert_eq!(refusal(stranger), invalid);
    let stranger = im
        .add_scene_group_member(&group)
        .union_ids(users(&["union-nobody"]))
        .send()
        .await;
    assert_eq!(refusal(stranger), invalid);
    let missing = im
        .add_scene_group_member("cidNoSuchGroup==")
        .user_ids(users(&["user02"]))
        .send()
        .await;
    assert_eq!(refusal(missing), invalid);
    // Two members and 998 more are within the limit (and refused for the
    // strangers among them); one more is over it.
    let full = im
        .add_scene_group_member(&group)
        .user_ids(guests(998))
        .send()
        .await;
    assert_eq!(
        message(full),
        "user \"guest0\" does not exist",
        "within the limit"
    );
    let over = im
        .add_scene_group_member(&group)
        .user_ids(guests(999))
        .send()
        .await;
    assert_eq!(message(over), "a group holds at most 1000 members");
    let (members, _) = all_members(&client, &group, 10).await;
    assert_eq!(members, users(&[OWNER, "user01"]), "no refused change kept");

    let nobody = im.remove_scene_group_member(&group).send().await;
    assert_eq!(refusal(nobody), invalid, "no one to remove");
    let owner = im
        .remove_scene_group_member(&group)
        .user_ids(users(&["user01", OWNER]))
        .send()
        .await;
    assert_eq!(refusal(owner), invalid, "the owner stays");
    let owner = im
        .remove_scene_group_member(&group)
        .union_ids(users(&["union-manager"]))
        .send()
        .await;
    assert_eq!(refusal(owner), invalid, "the owner stays, by unionId too");
    let missing = im
        .remove_scene_group_member("cidNoSuchGroup==")
        .user_ids(users(&["user01"]))
        .send()
        .await;
    assert_eq!(refusal(missing), invalid);
    assert!(is_member(&client, &group, "user01").await, "still a member");

    let outsider = im
        .update_scene_group(&group)
        .owner_user_id("user02")
        .send()
        .await;
    assert_eq!(refusal(outsider), invalid, "the new owner is not a member");
    let stranger = im
        .update_scene_group(&group)
        .owner_user_id("nobody")
        .send()
        .await;
    assert_eq!(refusal(stranger), invalid);
    let stranger = im
        .update_scene_group(&group)
        .owner_union_id("union-nobody")
        .send()
        .await;
    assert_eq!(refusal(stranger), invalid);
    let mismatched = im
        .update_scene_group(&group)
        .owner_user_id("user01")
        .owner_union_id("union-manager")
        .send()
        .await;
    assert_eq!(refusal(mismatched), invalid, "two different owners");
    let blank = im.update_scene_group(&group).title(" ").send().await;
    assert_eq!(refusal(blank), invalid);
    let missing = im
        .update_scene_group("cidNoSuchGroup==")
        .title("x")
        .send()
        .await;
    assert_eq!(refusal(missing), invalid);
    let read = im.get_scene_group_info(&group).send().await.unwrap();
    assert_eq!(read.owner_user_id.as_deref(), Some(OWNER));
    assert_eq!(read.title.as_deref(), Some("Store 18 customers"));
}

#[tokio::test]
async fn reads_lists_checks_and_disbanding_are_refused() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let im = client.im_1_0();
    let group = group_with(&client, &["user01", "user02"]).await;
    let missing = "cidNoSuchGroup==";
    let invalid = refused("invalidParameter");

    let read = im.get_scene_group_info(missing).send().await;
    assert_eq!(refusal(read), refused("paramIllegal"));
    let disband = im.dsband_open_scene_group(missing).send().await;
    assert_eq!(refusal(disband), refused("paramIllegal"));
    assert_eq!(refusal(page(&client, missing, "", 10).await), invalid);
    assert_eq!(refusal(page(&client, &group, "next", 10).await), invalid);
    assert_eq!(refusal(page(&client, &group, "-1", 10).await), invalid);
    let past_the_end = page(&client, &group, "9", 10).await.unwrap();
    assert_eq!(past_the_end.member_user_ids, Some(vec![]));
    assert_eq!(past_the_end.has_more, Some(false));
    let check = im
        .check_user_is_group_member(CheckUserIsGroupMemberInput {
            open_conversation_id: missing,
            user_id: "user01",
        })
        .send()
        .await;
    assert_eq!(refusal(check), invalid);
    assert!(
        is_member(&client, &group, "user02").await,
        "nothing changed"
    );
}

#[tokio::test]
async fn limits_the_client_checks_first_are_checked_by_the_fake_too() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let group = group_with(&client, &["user01"]).await;
    let http = dingtalk::reqwest::Client::new();
    let send = |path: &str, body: serde_json::Value| {
        http.post(format!("{}/v1.0/im/{path}", fake.base_url()))
            .header("x-acs-dingtalk-access-token", fake.issue_token())
            .json(&body)
            .send()
    };
    let creation = |title: String| {
        serde_json::json!({
            "title": title,
            "template_id": TEMPLATE,
            "owner_user_id": OWNER,
        })
    };
    let accepted = send("sceneGroup/create", creation("x".repeat(30)));
    assert_eq!(accepted.await.unwrap().status(), 200, "a title of 30");
    let members = |size: i64| {
        serde_json::json!({
            "openConversationId": group,
            "coolAppCode": "",
            "cursor": "",
            "size": size,
        })
    };
    for (path, body, code, what) in [
        (
            "sceneGroup/create",
            creation("x".repeat(31)),
            "parameter.invalid",
            "a title over 30",
        ),
        (
            "sceneGroup/create",
            creation(String::new()),
            "parameter.invalid",
            "an empty title",
        ),
        (
            "sceneGroup/create",
            serde_json::json!({"title": "x", "template_id": "", "owner_user_id": OWNER}),
            "parameter.invalid",
            "an empty template",
        ),
        (
            "sceneGroup/update",
            serde_json::json!({"open_conversation_id": group, "title": "x".repeat(31)}),
            "parameter.invalid",
            "a new title over 30",
        ),
        (
            "sceneGroups/query",
            serde_json::json!({"openConversationId": ""}),
            "paramBlank",
            "a read without a group",
        ),
        (
            "sceneGroups/members/query",
            members(0),
            "invalidParameter",
            "a page of no members",
        ),
    ] {
        let refused = send(path, body).await.unwrap();
        if fake.validated() {
            assert_eq!(refused.status(), 422, "the validating proxy refuses {what}");
            continue;
        }
        assert_eq!(refused.status(), 400, "{what}");
        let body: serde_json::Value = refused.json().await.unwrap();
        assert_eq!(body["code"], code, "{what}: {body}");
        assert!(body["requestid"].is_string(), "{what}: {body}");
    }
    let read = client
        .im_1_0()
        .get_scene_group_info(&group)
        .send()
        .await
        .unwrap();
    assert_eq!(read.title.as_deref(), Some("Store 18 customers"));
}

#[tokio::test]
async fn the_modules_other_operations_answer_their_examples() {
    // The validating proxy, when there is one, knows every operation.
    let fake = FakeDingTalk::start_with(Config {
        validated: Scope::All,
        ..Config::default()
    })
    .await
    .unwrap();
    let client = client(&fake);
    let group = group_with(&client, &["user01"]).await;
    let details = client
        .im_1_0()
        .get_scene_group_detail_info(&group)
        .send()
        .await
        .unwrap();
    assert_eq!(details.title.as_deref(), Some("Store 18 customers"));
    assert_eq!(details.member_amount, Some(3), "the spec's example");
    assert_ne!(
        details.open_conversation_id.as_deref(),
        Some(group.as_str())
    );
    let served = fake.served();
    assert_eq!(
        served.get("POST /v1.0/im/sceneGroups/queryDetail 200"),
        Some(&1)
    );
    assert_eq!(served.get("POST /v1.0/im/sceneGroup/create 200"), Some(&1));
}

//! `im_1_0`: scene groups (groups made from a group template) and their
//! members.
//!
//! - A group is created (`im_CreateSceneGroup`) with its title, template,
//!   owner, members and admins, all users of the contact book named by
//!   userId; the owner and the admins are members. A creation with a `uuid`
//!   already used answers the group made with it, and creates no other.
//! - Members are added (`im_AddSceneGroupMember`) and removed
//!   (`im_RemoveSceneGroupMember`) by userId or by unionId; adding a member
//!   again, or removing someone who is not one, changes nothing. Removing
//!   works for people no longer in the contact book: the group keeps each
//!   member's unionId.
//! - The group is renamed, given another picture or another owner, who must
//!   be a member, by userId or by unionId (`im_UpdateSceneGroup`); its
//!   `management_options` are taken and not kept.
//! - Its members are listed in the order they joined, `size` a page, the
//!   first page asked for with an empty `cursor` and the next with the
//!   answer's `nextCursor` (the offset of the page, as in the spec's
//!   example), absent on the last (`im_GetSceneGroupMembers`); whether a user is a member is answered by
//!   `im_CheckUserIsGroupMember` (`false` once the group is disbanded).
//! - It is read (`im_GetSceneGroupInfo`: `status` `1` in use, `2`
//!   disbanded) and disbanded (`im_DsbandOpenSceneGroup`); a disbanded group
//!   can still be read, and nothing else.
//!
//! The module's other operations are answered from the spec's examples. The
//! groups robots are installed in (`robot_1_0`) are kept apart: a robot is
//! installed in any `openConversationId`, one of these groups or not.
//! Groups are the app's own: any app token reaches every group.
//!
//! Refusals are HTTP 400 with the codes the spec documents for each
//! operation. A creation with an empty or oversize `title` (more than
//! [`TITLE_MAX`] characters), or an empty `template_id` or `owner_user_id`,
//! is `parameter.invalid`; an owner, member or admin not in the contact book
//! is `member.notFound`; more than [`MEMBERS_MAX`] members is
//! `member.exceed`. Adding, removing and changing are `parameter.invalid` for
//! a group that does not exist or is disbanded, no user named, a user not in
//! the contact book (when adding, or as the new owner), more than
//! [`MEMBERS_MAX`] members, removing the owner, an oversize or empty
//! `title`, and a new owner who is not a member. The people a call names
//! are counted before they are looked up. DingTalk documents no rule on
//! removing the owner or on making someone outside the group its owner:
//! refusing both is the fake's own, so that a group always has an owner
//! among its members. Reading is `paramBlank`
//! without `openConversationId` and `paramIllegal` for a group that does not
//! exist; disbanding is `paramIllegal` for a group that does not exist or is
//! already disbanded. Listing the members, and asking whether a user is
//! one, of a group that does not exist (or, listing, is disbanded), and a
//! `size` below 1 or a malformed `cursor`, are `invalidParameter`, a code of
//! the fake's own: the spec documents none for them.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::routing::post;
use axum::Router;
use base64::Engine;
use dingtalk::im_1_0::{
    ImAddSceneGroupMemberRequest, ImCheckUserIsGroupMemberRequest, ImCreateSceneGroupRequest,
    ImDsbandOpenSceneGroupRequest, ImGetSceneGroupInfoRequest, ImGetSceneGroupMembersRequest,
    ImRemoveSceneGroupMemberRequest, ImUpdateSceneGroupRequest,
};
use serde_json::{json, Value};

use crate::extract::{self, Authorized};
use crate::{Outcome, Reply, Shared};

/// The code of a creation or change DingTalk refuses.
const PARAMETER_INVALID: &str = "parameter.invalid";
/// The code of a creation naming someone not in the contact book.
const MEMBER_NOT_FOUND: &str = "member.notFound";
/// The code of a creation with too many members.
const MEMBER_EXCEED: &str = "member.exceed";
/// The code of a read or disbanding DingTalk refuses.
const PARAM_ILLEGAL: &str = "paramIllegal";
/// The code of a read without a group.
const PARAM_BLANK: &str = "paramBlank";
/// The code of other inputs DingTalk refuses.
const INVALID: &str = "invalidParameter";

/// The longest `title` a group takes, in characters.
const TITLE_MAX: usize = 30;
/// The most members a group holds.
const MEMBERS_MAX: usize = 1000;

/// A member of a group: the userId and unionId they joined with.
#[derive(Debug, Clone, PartialEq)]
struct Member {
    user_id: String,
    union_id: String,
}

/// A scene group, as the fake keeps it.
#[derive(Debug, Clone)]
struct Group {
    id: String,
    chat_id: String,
    title: String,
    template_id: String,
    owner: String,
    admins: Vec<String>,
    icon: Option<String>,
    /// In the order they joined.
    members: Vec<Member>,
    uuid: Option<String>,
    disbanded: bool,
}

impl Group {
    fn has(&self, user_id: &str) -> bool {
        self.members.iter().any(|m| m.user_id == user_id)
    }

    fn url(&self) -> String {
        format!(
            "dingtalk://dingtalkclient/page/link?url=https%3A%2F%2Fqr.dingtalk.com%2Faction%2Fjoingroup%3Fcode%3D{}",
            self.chat_id
        )
    }
}

/// The scene groups' state.
#[derive(Debug, Default)]
pub(crate) struct Groups {
    groups: BTreeMap<String, Group>,
}

/// The `im_1_0` operations the fake keeps state for.
pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/v1.0/im/sceneGroup/create", post(create))
        .route("/v1.0/im/sceneGroup/member/add", post(add))
        .route("/v1.0/im/sceneGroup/member/delete", post(remove))
        .route("/v1.0/im/sceneGroup/update", post(update))
        .route("/v1.0/im/sceneGroups/query", post(read))
        .route("/v1.0/im/sceneGroups/members/query", post(members))
        .route("/v1.0/im/innerGroups/members/check", post(check_member))
        .route("/v1.0/im/chat/scenegroup/disband", post(disband))
}

type St = State<Arc<Shared>>;

fn bad(code: &str, message: impl Into<String>) -> Reply {
    Reply::error(400, code, message)
}

/// An `openConversationId` as DingTalk's look: `cid` and base64 text.
fn conversation_id(n: &str) -> String {
    let n: u128 = n.parse().unwrap_or_default();
    let mixed = n.wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835);
    let text = base64::engine::general_purpose::STANDARD.encode(mixed.to_be_bytes());
    format!("cid{text}")
}

/// A chatid as DingTalk's look: `chat` and 32 hexadecimal digits.
fn chat_id(n: &str) -> String {
    let n: u128 = n.parse().unwrap_or_default();
    let mixed = n.wrapping_mul(0xc2b2_ae3d_27d4_eb4f_1656_67b1_9e37_79f9);
    format!("chat{mixed:032x}")
}

/// The member of userId `user_id`, from the contact book.
fn by_user_id(shared: &Shared, user_id: &str, code: &str) -> Result<Member, Reply> {
    match shared.data().oapi.user(user_id) {
        Some((_, union_id)) => Ok(Member {
            user_id: user_id.to_owned(),
            union_id,
        }),
        None => Err(bad(code, format!("user {user_id:?} does not exist"))),
    }
}

/// The member of unionId `union_id`, from the contact book.
fn by_union_id(shared: &Shared, union_id: &str, code: &str) -> Result<Member, Reply> {
    match shared.data().oapi.user_by_union_id(union_id) {
        Some((user_id, _)) => Ok(Member {
            user_id,
            union_id: union_id.to_owned(),
        }),
        None => Err(bad(code, format!("user {union_id:?} does not exist"))),
    }
}

/// `members` without repeats, in order.
fn distinct(members: Vec<Member>) -> Vec<Member> {
    let mut kept: Vec<Member> = Vec::new();
    for member in members {
        if !kept.iter().any(|m| m.user_id == member.user_id) {
            kept.push(member);
        }
    }
    kept
}

fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|v| !v.is_empty())
}

/// Checks a group's `title`.
fn check_title(title: &str) -> Result<(), Reply> {
    if title.trim().is_empty() {
        return Err(bad(PARAMETER_INVALID, "title is required"));
    }
    if title.chars().count() > TITLE_MAX {
        return Err(bad(
            PARAMETER_INVALID,
            format!("title is at most {TITLE_MAX} characters"),
        ));
    }
    Ok(())
}

async fn create(State(shared): St, _: Authorized, bytes: Bytes) -> Outcome {
    let request: ImCreateSceneGroupRequest = extract::body(&bytes, PARAMETER_INVALID)?;
    check_title(&request.title)?;
    if request.template_id.is_empty() {
        return Err(bad(PARAMETER_INVALID, "template_id is required"));
    }
    if request.owner_user_id.is_empty() {
        return Err(bad(PARAMETER_INVALID, "owner_user_id is required"));
    }
    let admins = request.subadmin_ids.unwrap_or_default();
    let named: BTreeSet<&String> = std::iter::once(&request.owner_user_id)
        .chain(&admins)
        .chain(request.user_ids.iter().flatten())
        .collect();
    if named.len() > MEMBERS_MAX {
        return Err(bad(
            MEMBER_EXCEED,
            format!("a group holds at most {MEMBERS_MAX} members"),
        ));
    }
    let mut members = Vec::new();
    for user in std::iter::once(&request.owner_user_id)
        .chain(&admins)
        .chain(request.user_ids.iter().flatten())
    {
        members.push(by_user_id(&shared, user, MEMBER_NOT_FOUND)?);
    }
    let members = distinct(members);
    let uuid = request.uuid.filter(|u| !u.is_empty());
    let mut data = shared.data();
    if let Some(uuid) = &uuid {
        if let Some(group) = data
            .im
            .groups
            .values()
            .find(|g| g.uuid.as_ref() == Some(uuid))
        {
            return Reply::ok(json!({
                "open_conversation_id": group.id,
                "chat_id": group.chat_id,
            }));
        }
    }
    let n = data.id();
    let mut admin_ids: Vec<String> = Vec::new();
    for admin in admins {
        if !admin_ids.contains(&admin) && admin != request.owner_user_id {
            admin_ids.push(admin);
        }
    }
    let group = Group {
        id: conversation_id(&n),
        chat_id: chat_id(&n),
        title: request.title,
        template_id: request.template_id,
        owner: request.owner_user_id,
        admins: admin_ids,
        icon: request.icon.filter(|i| !i.is_empty()),
        members,
        uuid,
        disbanded: false,
    };
    let body = json!({ "open_conversation_id": group.id, "chat_id": group.chat_id });
    data.im.groups.insert(group.id.clone(), group);
    Reply::ok(body)
}

/// The group `id` that is in use; `code` when there is none.
fn in_use(shared: &Shared, id: &str, code: &str) -> Result<Group, Reply> {
    let data = shared.data();
    match data.im.groups.get(id) {
        None => Err(bad(code, format!("group {id:?} does not exist"))),
        Some(group) if group.disbanded => Err(bad(code, format!("group {id:?} is disbanded"))),
        Some(group) => Ok(group.clone()),
    }
}

fn store(shared: &Shared, group: Group) {
    shared.data().im.groups.insert(group.id.clone(), group);
}

async fn add(State(shared): St, _: Authorized, bytes: Bytes) -> Outcome {
    let request: ImAddSceneGroupMemberRequest = extract::body(&bytes, PARAMETER_INVALID)?;
    let mut group = in_use(&shared, &request.open_conversation_id, PARAMETER_INVALID)?;
    let user_ids = request.user_ids.unwrap_or_default();
    let union_ids = request.union_ids.unwrap_or_default();
    if user_ids.is_empty() && union_ids.is_empty() {
        return Err(bad(PARAMETER_INVALID, "user_ids or union_ids is required"));
    }
    let joining = user_ids
        .iter()
        .filter(|u| !group.members.iter().any(|m| m.user_id == **u))
        .collect::<BTreeSet<_>>()
        .len()
        + union_ids
            .iter()
            .filter(|u| !group.members.iter().any(|m| m.union_id == **u))
            .collect::<BTreeSet<_>>()
            .len();
    if group.members.len() + joining > MEMBERS_MAX {
        return Err(bad(
            PARAMETER_INVALID,
            format!("a group holds at most {MEMBERS_MAX} members"),
        ));
    }
    let mut members = group.members.clone();
    for user in &user_ids {
        members.push(by_user_id(&shared, user, PARAMETER_INVALID)?);
    }
    for user in &union_ids {
        members.push(by_union_id(&shared, user, PARAMETER_INVALID)?);
    }
    group.members = distinct(members);
    store(&shared, group);
    Reply::ok(json!({ "success": true }))
}

async fn remove(State(shared): St, _: Authorized, bytes: Bytes) -> Outcome {
    let request: ImRemoveSceneGroupMemberRequest = extract::body(&bytes, PARAMETER_INVALID)?;
    let mut group = in_use(&shared, &request.open_conversation_id, PARAMETER_INVALID)?;
    let user_ids = request.user_ids.unwrap_or_default();
    let union_ids = request.union_ids.unwrap_or_default();
    if user_ids.is_empty() && union_ids.is_empty() {
        return Err(bad(PARAMETER_INVALID, "user_ids or union_ids is required"));
    }
    let leaving = |m: &Member| user_ids.contains(&m.user_id) || union_ids.contains(&m.union_id);
    if group
        .members
        .iter()
        .any(|m| m.user_id == group.owner && leaving(m))
    {
        return Err(bad(
            PARAMETER_INVALID,
            "the owner cannot be removed: make another member the owner first",
        ));
    }
    group.members.retain(|m| !leaving(m));
    let members = group.members.clone();
    group
        .admins
        .retain(|a| members.iter().any(|m| m.user_id == *a));
    store(&shared, group);
    Reply::ok(json!({ "success": true }))
}

async fn update(State(shared): St, _: Authorized, bytes: Bytes) -> Outcome {
    let request: ImUpdateSceneGroupRequest = extract::body(&bytes, PARAMETER_INVALID)?;
    let mut group = in_use(&shared, &request.open_conversation_id, PARAMETER_INVALID)?;
    if let Some(title) = &request.title {
        check_title(title)?;
    }
    let owner = match (
        given(&request.owner_user_id),
        given(&request.owner_union_id),
    ) {
        (None, None) => None,
        (Some(user_id), None) => Some(by_user_id(&shared, user_id, PARAMETER_INVALID)?),
        (None, Some(union_id)) => Some(by_union_id(&shared, union_id, PARAMETER_INVALID)?),
        (Some(user_id), Some(union_id)) => {
            let owner = by_user_id(&shared, user_id, PARAMETER_INVALID)?;
            if owner.union_id != union_id {
                return Err(bad(
                    PARAMETER_INVALID,
                    "owner_user_id and owner_union_id name different users",
                ));
            }
            Some(owner)
        }
    };
    if let Some(owner) = owner {
        if !group.has(&owner.user_id) {
            return Err(bad(
                PARAMETER_INVALID,
                format!("the new owner {:?} is not a member", owner.user_id),
            ));
        }
        group.admins.retain(|a| *a != owner.user_id);
        group.owner = owner.user_id;
    }
    if let Some(title) = request.title {
        group.title = title;
    }
    if let Some(icon) = request.icon {
        group.icon = Some(icon);
    }
    store(&shared, group);
    Reply::ok(json!({ "success": true }))
}

async fn read(State(shared): St, _: Authorized, bytes: Bytes) -> Outcome {
    let request: ImGetSceneGroupInfoRequest = extract::body(&bytes, PARAM_ILLEGAL)?;
    let id = &request.open_conversation_id;
    if id.is_empty() {
        return Err(bad(PARAM_BLANK, "openConversationId is required"));
    }
    let group = shared
        .data()
        .im
        .groups
        .get(id)
        .cloned()
        .ok_or_else(|| bad(PARAM_ILLEGAL, format!("group {id:?} does not exist")))?;
    let mut body = json!({
        "success": true,
        "openConversationId": group.id,
        "templateId": group.template_id,
        "title": group.title,
        "ownerUserId": group.owner,
        "groupUrl": group.url(),
        "status": if group.disbanded { 2 } else { 1 },
    });
    if let Some(icon) = &group.icon {
        body["icon"] = json!(icon);
    }
    Reply::ok(body)
}

async fn members(State(shared): St, _: Authorized, bytes: Bytes) -> Outcome {
    let request: ImGetSceneGroupMembersRequest = extract::body(&bytes, INVALID)?;
    if request.size < 1 {
        return Err(bad(INVALID, "size must be a positive integer"));
    }
    let start: usize = match request.cursor.as_str() {
        "" => 0,
        cursor => cursor
            .parse()
            .map_err(|_| bad(INVALID, format!("invalid cursor {cursor:?}")))?,
    };
    let group = in_use(&shared, &request.open_conversation_id, INVALID)?;
    let size = usize::try_from(request.size).unwrap_or(usize::MAX);
    let page: Vec<&str> = group
        .members
        .iter()
        .skip(start)
        .take(size)
        .map(|m| m.user_id.as_str())
        .collect();
    let end = start.saturating_add(size);
    let more = end < group.members.len();
    let mut body: Value = json!({ "success": true, "memberUserIds": page, "hasMore": more });
    if more {
        body["nextCursor"] = json!(end.to_string());
    }
    Reply::ok(body)
}

async fn check_member(State(shared): St, _: Authorized, bytes: Bytes) -> Outcome {
    let request: ImCheckUserIsGroupMemberRequest = extract::body(&bytes, INVALID)?;
    let data = shared.data();
    let id = &request.open_conversation_id;
    let group = data
        .im
        .groups
        .get(id)
        .ok_or_else(|| bad(INVALID, format!("group {id:?} does not exist")))?;
    let member = !group.disbanded && group.has(&request.user_id);
    Reply::ok(json!({ "result": member }))
}

async fn disband(State(shared): St, _: Authorized, bytes: Bytes) -> Outcome {
    let request: ImDsbandOpenSceneGroupRequest = extract::body(&bytes, PARAM_ILLEGAL)?;
    let mut group = in_use(&shared, &request.open_conversation_id, PARAM_ILLEGAL)?;
    group.disbanded = true;
    store(&shared, group);
    Reply::ok(json!({ "success": true }))
}

//! Roles on files and folders: granting, changing and taking them away,
//! listing who holds which, and the roles the user holds.
//!
//! A role granted on a folder holds for everything in it. In a space owned
//! by a user grants are permanent and need `MANAGER`; in a space owned by an
//! app they last `option.duration` seconds and anyone may make them.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{Path, Query, State};
use dingtalk::storage_1_0::*;

use super::{param_error, role_model, Grant, Storage};
use crate::extract::{Body, Operator};
use crate::paging::{self, Paging};
use crate::{now, required, Outcome, Params, Reply, Shared};

/// Whether two members are the same one.
fn same_member(a: &PermissionMember, b: &PermissionMember) -> bool {
    a.r#type == b.r#type && a.id == b.id && a.corp_id == b.corp_id
}

/// Checks the role and members of a request.
fn check(role: &PermissionRole, members: &[PermissionMember]) -> Result<(), Reply> {
    if let PermissionRole::Other(other) = role {
        return Err(param_error(format!("unknown roleId {other}")));
    }
    if members.is_empty() {
        return Err(param_error("members must not be empty"));
    }
    for member in members {
        if let MemberType::Other(other) = &member.r#type {
            return Err(param_error(format!("unknown member type {other}")));
        }
        if member.id.is_empty() {
            return Err(param_error("a member needs an id"));
        }
    }
    Ok(())
}

impl Storage {
    /// Checks that the entry exists and `user` may hand out roles on it;
    /// returns whether grants there are temporary (a space owned by an app).
    fn may_grant(&self, space_id: &str, id: &str, user: &str) -> Result<bool, Reply> {
        let space = self.space(space_id)?;
        self.node(space_id, id)?;
        let temporary = space.model.owner_type == Some(OwnerType::App);
        if !temporary {
            self.require(space_id, id, user, PermissionRole::Manager)?;
        }
        Ok(temporary)
    }

    /// The duration and expiry of a grant: none in a space owned by a user,
    /// `duration` seconds (which must be given) in one owned by an app.
    fn lifetime(
        temporary: bool,
        option: Option<&PermissionOption>,
        required: bool,
    ) -> Result<Option<(i64, Instant)>, Reply> {
        let duration = option.and_then(|o| o.duration);
        if duration.is_some_and(|d| d < 1) {
            return Err(param_error("option.duration must be at least 1"));
        }
        match (temporary, duration) {
            (false, _) => Ok(None),
            (true, Some(d)) => Ok(Some((d, Instant::now() + Duration::from_secs(d as u64)))),
            (true, None) if required => Err(param_error(
                "option.duration is required in a space owned by an app",
            )),
            (true, None) => Ok(None),
        }
    }
}

pub(super) async fn add(
    State(state): State<Arc<Shared>>,
    Path((space_id, dentry_id)): Path<(String, String)>,
    Operator(user): Operator,
    Body(request): Body<PermissionRequest>,
) -> Outcome {
    check(&request.role_id, &request.members)?;
    let mut data = state.data();
    let storage = &mut data.storage;
    let temporary = storage.may_grant(&space_id, &dentry_id, &user)?;
    let lifetime = Storage::lifetime(temporary, request.option.as_ref(), true)?;
    let time = now();
    let Some(node) = storage.nodes.get_mut(&dentry_id) else {
        return Err(super::dentry_not_exist(&dentry_id));
    };
    for member in request.members {
        let grant = Grant {
            role: request.role_id.clone(),
            member,
            duration: lifetime.map(|(d, _)| d),
            expires: lifetime.map(|(_, at)| at),
            operator_id: user.clone(),
            create_time: time,
            modified_time: time,
        };
        // A member holds one role on an entry: a new grant replaces the old.
        match node
            .grants
            .iter_mut()
            .find(|g| same_member(&g.member, &grant.member))
        {
            Some(old) => {
                *old = Grant {
                    create_time: old.create_time,
                    ..grant
                }
            }
            None => node.grants.push(grant),
        }
    }
    Reply::ok(SuccessResponse {
        success: Some(true),
    })
}

pub(super) async fn update(
    State(state): State<Arc<Shared>>,
    Path((space_id, dentry_id)): Path<(String, String)>,
    Operator(user): Operator,
    Body(request): Body<PermissionRequest>,
) -> Outcome {
    check(&request.role_id, &request.members)?;
    let mut data = state.data();
    let storage = &mut data.storage;
    let temporary = storage.may_grant(&space_id, &dentry_id, &user)?;
    let lifetime = Storage::lifetime(temporary, request.option.as_ref(), false)?;
    let Some(node) = storage.nodes.get_mut(&dentry_id) else {
        return Err(super::dentry_not_exist(&dentry_id));
    };
    if let Some(member) = request
        .members
        .iter()
        .find(|m| !node.grants.iter().any(|g| same_member(&g.member, m)))
    {
        return Err(param_error(format!(
            "{} {} holds no role on {dentry_id}",
            member.r#type, member.id
        )));
    }
    let time = now();
    for grant in node
        .grants
        .iter_mut()
        .filter(|g| request.members.iter().any(|m| same_member(&g.member, m)))
    {
        grant.role = request.role_id.clone();
        grant.operator_id = user.clone();
        grant.modified_time = time;
        if let Some((duration, expires)) = lifetime {
            grant.duration = Some(duration);
            grant.expires = Some(expires);
        }
    }
    Reply::ok(SuccessResponse {
        success: Some(true),
    })
}

pub(super) async fn remove(
    State(state): State<Arc<Shared>>,
    Path((space_id, dentry_id)): Path<(String, String)>,
    Operator(user): Operator,
    Body(request): Body<PermissionRemoveRequest>,
) -> Outcome {
    check(&request.role_id, &request.members)?;
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.may_grant(&space_id, &dentry_id, &user)?;
    if let Some(node) = storage.nodes.get_mut(&dentry_id) {
        node.grants.retain(|g| {
            g.role != request.role_id || !request.members.iter().any(|m| same_member(&g.member, m))
        });
    }
    Reply::ok(SuccessResponse {
        success: Some(true),
    })
}

pub(super) async fn list(
    State(state): State<Arc<Shared>>,
    Path((space_id, dentry_id)): Path<(String, String)>,
    Operator(user): Operator,
    Body(request): Body<ListPermissionsRequest>,
) -> Outcome {
    let option = request.option.unwrap_or_default();
    let paging = Paging::new(
        option.next_token.as_deref(),
        option.max_results.map(i64::from),
        &paging::PERMISSIONS,
    )?;
    let data = state.data();
    let storage = &data.storage;
    storage.space(&space_id)?;
    storage.node(&space_id, &dentry_id)?;
    storage.require(&space_id, &dentry_id, &user, PermissionRole::Reader)?;
    let wanted = |role: &PermissionRole| {
        option
            .filter_role_ids
            .as_ref()
            .is_none_or(|roles| roles.contains(role))
    };
    // The entry's own grants first, then those of the folders above it.
    let permissions: Vec<Permission> = storage
        .lineage(&dentry_id)
        .iter()
        .flat_map(|node| node.grants.iter().map(move |g| (node, g)))
        .filter(|(_, g)| g.expires.is_none_or(|at| Instant::now() < at) && wanted(&g.role))
        .map(|(node, g)| Permission {
            space_id: Some(node.space_id.clone()),
            dentry_id: Some(node.id.clone()),
            role: Some(role_model(&g.role)),
            member: Some(PermissionMemberInfo {
                r#type: Some(g.member.r#type.clone()),
                id: Some(g.member.id.clone()),
                corp_id: g.member.corp_id.clone(),
            }),
            duration: g.duration,
            operator_id: Some(g.operator_id.clone()),
            create_time: Some(g.create_time),
            modified_time: Some(g.modified_time),
        })
        .collect();
    let (page, next_token) = paging.take(permissions);
    Reply::ok(ListPermissionsResponse {
        permissions: (!page.is_empty()).then_some(page),
        next_token,
    })
}

pub(super) async fn batch_query_roles(
    State(state): State<Arc<Shared>>,
    Path(space_id): Path<String>,
    Operator(user): Operator,
    Query(query): Query<Params>,
) -> Outcome {
    let list = required(&query, "dentryIdList", "paramError")?;
    let ids: Vec<String> = serde_json::from_str(list).map_err(|_| {
        param_error(format!(
            "dentryIdList must be a JSON array of strings, not {list}"
        ))
    })?;
    if ids.is_empty() {
        return Err(param_error("dentryIdList must not be empty"));
    }
    let data = state.data();
    let storage = &data.storage;
    let space = storage.space(&space_id)?;
    let role_map: BTreeMap<String, Vec<Role>> = ids
        .into_iter()
        .filter(|id| storage.node(&space_id, id).is_ok())
        .map(|id| {
            let roles = storage
                .role(space, &id, &user)
                .map(|role| vec![role_model(&role)])
                .unwrap_or_default();
            (id, roles)
        })
        .collect();
    Reply::ok(BatchQueryRolesResponse {
        role_map: Some(role_map),
    })
}

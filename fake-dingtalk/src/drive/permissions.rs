//! Roles on files and folders, the privileges they give, and privileges on
//! files of apps' custom spaces.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{Path, Query, State};
use dingtalk::drive_1_0::*;

use super::{
    json, no_body, param, rank, unsupported, user, Answer, Grant, DOWNLOAD, EDIT, MANAGE, READ,
};
use crate::extract::{Authorized, DriveBody};
use crate::{required, Params, Shared, CORP_ID};

/// The request of the three calls that change roles, checked.
fn permission_request(
    request: DrivePermissionRequest,
) -> Result<DrivePermissionRequest, crate::Reply> {
    user(&request.union_id)?;
    if rank(&request.role).is_none() || request.role == "preview" || request.role == "download" {
        return Err(param(format!("unknown role {:?}", request.role)));
    }
    if request.members.is_empty() {
        return Err(param("members must not be empty"));
    }
    if let Some(m) = request
        .members
        .iter()
        .find(|m| m.corp_id.is_empty() || m.member_type.is_empty() || m.member_id.is_empty())
    {
        return Err(param(format!("member {:?} is incomplete", m.member_id)));
    }
    Ok(request)
}

fn same(a: &DrivePermissionMember, b: &DrivePermissionMember) -> bool {
    a.corp_id == b.corp_id && a.member_type == b.member_type && a.member_id == b.member_id
}

pub(super) async fn add(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path((space_id, file_id)): Path<(String, String)>,
    DriveBody(request): DriveBody<DrivePermissionRequest>,
) -> Answer {
    let request = permission_request(request)?;
    let mut data = state.data();
    let drive = &mut data.drive;
    drive.node(&space_id, &file_id)?;
    drive.require(&space_id, &file_id, &request.union_id, MANAGE)?;
    let node = drive.nodes.get_mut(&file_id).expect("a live node");
    for member in request.members {
        node.grants
            .retain(|g| !(same(&g.member, &member) && g.expires.is_none()));
        node.grants.push(Grant {
            role: request.role.clone(),
            member,
            expires: None,
        });
    }
    no_body()
}

pub(super) async fn modify(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path((space_id, file_id)): Path<(String, String)>,
    DriveBody(request): DriveBody<DrivePermissionRequest>,
) -> Answer {
    let request = permission_request(request)?;
    let mut data = state.data();
    let drive = &mut data.drive;
    drive.node(&space_id, &file_id)?;
    drive.require(&space_id, &file_id, &request.union_id, MANAGE)?;
    let node = drive.nodes.get_mut(&file_id).expect("a live node");
    if let Some(m) = request.members.iter().find(|m| {
        !node
            .grants
            .iter()
            .any(|g| g.expires.is_none() && same(&g.member, m))
    }) {
        return Err(param(format!(
            "member {} has no role on {file_id} to change",
            m.member_id
        )));
    }
    for grant in node.grants.iter_mut().filter(|g| g.expires.is_none()) {
        if request.members.iter().any(|m| same(&grant.member, m)) {
            grant.role = request.role.clone();
        }
    }
    no_body()
}

pub(super) async fn delete(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path((space_id, file_id)): Path<(String, String)>,
    DriveBody(request): DriveBody<DrivePermissionRequest>,
) -> Answer {
    let request = permission_request(request)?;
    let mut data = state.data();
    let drive = &mut data.drive;
    drive.node(&space_id, &file_id)?;
    drive.require(&space_id, &file_id, &request.union_id, MANAGE)?;
    let node = drive.nodes.get_mut(&file_id).expect("a live node");
    node.grants.retain(|g| {
        g.expires.is_some()
            || g.role != request.role
            || !request.members.iter().any(|m| same(&g.member, m))
    });
    no_body()
}

pub(super) async fn list(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path((space_id, file_id)): Path<(String, String)>,
    Query(query): Query<Params>,
) -> Answer {
    let union_id = required(&query, "unionId", "param.error")?;
    let data = state.data();
    let drive = &data.drive;
    drive.node(&space_id, &file_id)?;
    drive.require(&space_id, &file_id, union_id, READ)?;
    let now = Instant::now();
    let (mut members, mut out_members) = (Vec::new(), Vec::new());
    for id in drive.lineage(&file_id) {
        let node = &drive.nodes[&id];
        for grant in node
            .grants
            .iter()
            .filter(|g| g.expires.is_none_or(|e| now < e))
        {
            let permission = DrivePermission {
                role: Some(grant.role.clone()),
                extend: Some(id != file_id),
                member: Some(DrivePermissionMemberInfo {
                    corp_id: Some(grant.member.corp_id.clone()),
                    member_type: Some(grant.member.member_type.clone()),
                    member_id: Some(grant.member.member_id.clone()),
                    member_name: Some(grant.member.member_id.clone()),
                }),
            };
            if grant.member.corp_id == CORP_ID {
                members.push(permission);
            } else {
                out_members.push(permission);
            }
        }
    }
    json(DriveListPermissionsResponse {
        members: Some(members),
        out_members: Some(out_members),
    })
}

/// The privileges each level of access gives.
fn privilege_types(level: u8) -> Vec<String> {
    let mut types = Vec::new();
    if level >= READ {
        types.push("preview");
    }
    if level >= DOWNLOAD {
        types.push("download");
    }
    if level >= EDIT {
        types.extend(["upload", "rename", "move", "copy", "delete"]);
    }
    if level >= MANAGE {
        types.push("manage");
    }
    types.into_iter().map(str::to_owned).collect()
}

pub(super) async fn privileges_info(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path((space_id, file_id)): Path<(String, String)>,
    Query(query): Query<Params>,
) -> Answer {
    let union_id = required(&query, "unionId", "param.error")?;
    let data = state.data();
    data.drive.node(&space_id, &file_id)?;
    let level = data.drive.role(&space_id, &file_id, union_id);
    json(DriveGetPrivilegeInfoResponse {
        types: Some(privilege_types(level)),
    })
}

pub(super) async fn grant_custom(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path(space_id): Path<String>,
    DriveBody(request): DriveBody<DriveGrantPrivilegeOfCustomSpaceRequest>,
) -> Answer {
    let union_id = user(&request.union_id)?;
    if !matches!(request.r#type.as_str(), "preview" | "download" | "upload") {
        return Err(param(format!(
            "unknown privilege type {:?}",
            request.r#type
        )));
    }
    if request.user_id.is_empty() || request.file_ids.is_empty() || request.duration < 1 {
        return Err(param(
            "userId, fileIds and a positive duration are required",
        ));
    }
    let mut data = state.data();
    let drive = &mut data.drive;
    let space = drive.space(&space_id)?;
    if space.model.space_type.is_some() {
        return Err(unsupported(format!(
            "space {space_id} is not a custom space"
        )));
    }
    for id in &request.file_ids {
        drive.node(&space_id, id)?;
        drive.require(&space_id, id, union_id, MANAGE)?;
    }
    let expires = Instant::now() + Duration::from_secs(request.duration as u64);
    for id in &request.file_ids {
        let node = drive.nodes.get_mut(id).expect("a live node");
        node.grants.push(Grant {
            role: request.r#type.clone(),
            member: DrivePermissionMember {
                corp_id: CORP_ID.to_owned(),
                member_type: "staff".to_owned(),
                member_id: request.user_id.clone(),
            },
            expires: Some(expires),
        });
    }
    no_body()
}

//! Spaces: shared ones of the organisation, users' own, apps' custom ones;
//! and the background tasks of batch calls.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use dingtalk::drive_1_0::*;

use super::{forbidden, json, no_body, param, user, Answer, GIB, LIMITS, OWN};
use crate::extract::{Authorized, DriveBody};
use crate::paging::Paging;
use crate::{required, Params, Reply, Shared};

pub(super) async fn add_space(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    DriveBody(request): DriveBody<DriveAddSpaceRequest>,
) -> Answer {
    let owner = user(&request.union_id)?.to_owned();
    let name = request.name.trim();
    if name.is_empty() {
        return Err(Reply::error(400, "name.invalid", "Space name is invalid."));
    }
    let space = state.data().new_space(
        Some(name.to_owned()),
        Some(DriveSpaceType::Org),
        PermissionMode::Acl,
        Some(owner),
        10 * GIB,
    );
    json(space)
}

pub(super) async fn list_spaces(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Query(query): Query<Params>,
) -> Answer {
    let union_id = required(&query, "unionId", "param.error")?;
    let space_type = DriveSpaceType::from(required(&query, "spaceType", "param.error")?);
    required(&query, "maxResults", "param.error")?;
    let paging = Paging::from_query(&query, &LIMITS)?;
    let data = state.data();
    let drive = &data.drive;
    let matching: Vec<DriveSpace> = drive
        .spaces
        .iter()
        .filter(|s| s.model.space_type.as_ref() == Some(&space_type))
        .filter(|s| {
            // Users see their own personal space (and the unowned one).
            space_type != DriveSpaceType::Personal
                || s.owner.as_deref().is_none_or(|o| o == union_id)
        })
        .map(|s| drive.space_model(s))
        .collect();
    let (spaces, next_token) = paging.take(matching);
    json(DriveListSpacesResponse {
        spaces: Some(spaces),
        next_token: Some(next_token.unwrap_or_default()),
    })
}

pub(super) async fn info_space(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path(space_id): Path<String>,
    Query(query): Query<Params>,
) -> Answer {
    let union_id = required(&query, "unionId", "param.error")?;
    let data = state.data();
    let drive = &data.drive;
    let space = drive.space(&space_id)?;
    if space.owner.as_deref().is_some_and(|o| o != union_id)
        && !drive
            .nodes
            .values()
            .any(|n| n.space_id == space_id && drive.role(&space_id, &n.id, union_id) > 0)
    {
        return Err(forbidden());
    }
    json(drive.space_model(space))
}

pub(super) async fn delete_space(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path(space_id): Path<String>,
    Query(query): Query<Params>,
) -> Answer {
    let union_id = required(&query, "unionId", "param.error")?;
    let mut data = state.data();
    let drive = &mut data.drive;
    drive.require(&space_id, super::ROOT, union_id, OWN)?;
    drive
        .spaces
        .retain(|s| s.model.space_id.as_deref() != Some(space_id.as_str()));
    drive.nodes.retain(|_, n| n.space_id != space_id);
    drive.recycled.retain(|r| r.space_id != space_id);
    drive.uploads.retain(|_, u| u.space_id != space_id);
    no_body()
}

/// The user's own space, made the first time it is asked for.
pub(super) async fn my_space(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Query(query): Query<Params>,
) -> Answer {
    let union_id = required(&query, "unionId", "param.error")?.to_owned();
    let mut data = state.data();
    let space_id = data.my_space(&union_id);
    let space = data.drive.space(&space_id)?;
    json(data.drive.space_model(space))
}

impl crate::Data {
    /// The id of the personal space of `user`, made if it is not there yet.
    pub(super) fn my_space(&mut self, user: &str) -> String {
        let mine = self.drive.spaces.iter().find(|s| {
            s.model.space_type == Some(DriveSpaceType::Personal) && s.owner.as_deref() == Some(user)
        });
        match mine {
            Some(space) => space.model.space_id.clone().unwrap_or_default(),
            None => self
                .new_space(
                    Some("My space".to_owned()),
                    Some(DriveSpaceType::Personal),
                    PermissionMode::Acl,
                    Some(user.to_owned()),
                    10 * GIB,
                )
                .space_id
                .unwrap_or_default(),
        }
    }
}

pub(super) async fn add_custom_space(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    DriveBody(request): DriveBody<DriveAddCustomSpaceRequest>,
) -> Answer {
    let owner = user(&request.union_id)?.to_owned();
    if request.biz_type.is_empty() || request.identifier.is_empty() {
        return Err(param("bizType and identifier are required"));
    }
    if let PermissionMode::Other(mode) = &request.permission_mode {
        return Err(param(format!("unknown permissionMode {mode:?}")));
    }
    let mut data = state.data();
    let taken = data.drive.spaces.iter().any(|s| {
        s.model.space_type.is_none()
            && s.model.space_name.as_deref() == Some(request.identifier.as_str())
            && s.owner.as_deref() == Some(owner.as_str())
    });
    if taken {
        return Err(param(format!(
            "a custom space {:?} exists already",
            request.identifier
        )));
    }
    let space = data.new_space(
        Some(request.identifier.clone()),
        None,
        request.permission_mode,
        Some(owner),
        GIB,
    );
    json(space)
}

pub(super) async fn get_task(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path(task_id): Path<String>,
    Query(query): Query<Params>,
) -> Answer {
    let union_id = required(&query, "unionId", "param.error")?;
    let data = state.data();
    let task = data
        .drive
        .tasks
        .get(&task_id)
        .ok_or_else(|| param(format!("task {task_id} does not exist")))?;
    if task.owner != union_id {
        return Err(forbidden());
    }
    json(&task.task)
}

//! Spaces, the organisation's and the app's storage, background tasks and
//! file change event subscriptions.

use std::sync::Arc;

use axum::extract::{Path, State};
use dingtalk::storage_1_0::*;

use super::{param_error, permission_denied, Space};
use crate::extract::{Body, Operator};
use crate::{now, Outcome, Reply, Shared, APP_ID, CORP_ID};

/// The capacity of the organisation's storage.
const ORG_CAPACITY: i64 = 100 * 1024 * 1024 * 1024;

pub(super) async fn add_space(
    State(state): State<Arc<Shared>>,
    Operator(user): Operator,
    Body(request): Body<StorageAddSpaceRequest>,
) -> Outcome {
    let option = request.option.unwrap_or_default();
    let scene = option.scene.clone().unwrap_or_else(|| "default".to_owned());
    let scene_id = option.scene_id.clone().unwrap_or_else(|| "0".to_owned());
    if scene.trim().is_empty() {
        return Err(Reply::error(400, "paramError.scene", "scene is empty"));
    }
    if scene_id.trim().is_empty() {
        return Err(Reply::error(400, "paramError.sceneId", "sceneId is empty"));
    }
    if option.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
        return Err(Reply::error(400, "paramError.name", "name is empty"));
    }
    if option.quota.is_some_and(|q| q < 0) {
        return Err(param_error("quota must not be negative"));
    }
    let owner_type = option.owner_type.clone().unwrap_or(OwnerType::User);
    if let OwnerType::Other(other) = &owner_type {
        return Err(param_error(format!("unknown ownerType {other}")));
    }
    let mut data = state.data();
    let storage = &mut data.storage;
    let existing = storage.spaces.iter().find(|s| {
        s.model.scene.as_deref() == Some(scene.as_str())
            && s.model.scene_id.as_deref() == Some(scene_id.as_str())
    });
    if let Some(space) = existing {
        return Reply::ok(StorageSpaceResponse {
            space: Some(storage.render_space(space)),
        });
    }
    let owner_id = if owner_type == OwnerType::App {
        APP_ID.to_owned()
    } else {
        user.clone()
    };
    let id = storage.id();
    let recycle_bin = format!("fake-bin-{}", storage.id());
    let model = StorageSpace {
        id: Some(id),
        corp_id: Some(CORP_ID.to_owned()),
        creator_id: Some(user.clone()),
        owner_type: Some(owner_type),
        owner_id: Some(owner_id),
        modifier_id: Some(user),
        used_quota: Some(0),
        quota: option.quota,
        status: Some(SpaceStatus::Normal),
        create_time: Some(now()),
        modified_time: Some(now()),
        app_id: Some(APP_ID.to_owned()),
        scene: Some(scene),
        scene_id: Some(scene_id),
        capabilities: Some(option.capabilities.unwrap_or_default()),
        name: option.name,
        partitions: Some(vec![Partition {
            partition_type: Some(PartitionType::PublicOssPartition),
            quota: Some(PartitionQuota {
                used: Some(0),
                max: option.quota,
                reserved: None,
                r#type: Some(if option.quota.is_some() {
                    QuotaType::Private
                } else {
                    QuotaType::Share
                }),
            }),
        }]),
    };
    let space = Space { model, recycle_bin };
    let rendered = storage.render_space(&space);
    storage.spaces.push(space);
    Reply::ok(StorageSpaceResponse {
        space: Some(rendered),
    })
}

pub(super) async fn get_space(
    State(state): State<Arc<Shared>>,
    Path(space_id): Path<String>,
    Operator(user): Operator,
) -> Outcome {
    let data = state.data();
    let space = data.storage.require_access(&space_id, &user)?;
    Reply::ok(StorageSpaceResponse {
        space: Some(data.storage.render_space(space)),
    })
}

/// The one partition of the organisation or the app, with what all spaces use.
fn shared_partition(used: i64) -> Partition {
    Partition {
        partition_type: Some(PartitionType::PublicOssPartition),
        quota: Some(PartitionQuota {
            used: Some(used),
            max: Some(ORG_CAPACITY),
            reserved: Some(0),
            r#type: Some(QuotaType::Share),
        }),
    }
}

pub(super) async fn get_org(
    State(state): State<Arc<Shared>>,
    Path(corp_id): Path<String>,
    _: Operator,
) -> Outcome {
    if corp_id != CORP_ID {
        return Err(permission_denied(format!(
            "the token does not belong to organisation {corp_id}"
        )));
    }
    let data = state.data();
    let used = data
        .storage
        .spaces
        .iter()
        .map(|s| data.storage.used(s.model.id.as_deref().unwrap_or_default()))
        .sum();
    Reply::ok(GetOrgResponse {
        org: Some(StorageOrg {
            corp_id: Some(CORP_ID.to_owned()),
            partitions: Some(vec![shared_partition(used)]),
        }),
    })
}

pub(super) async fn get_current_app(State(state): State<Arc<Shared>>, _: Operator) -> Outcome {
    let data = state.data();
    let storage = &data.storage;
    let used = storage
        .spaces
        .iter()
        .filter(|s| s.model.app_id.as_deref() == Some(APP_ID))
        .map(|s| storage.used(s.model.id.as_deref().unwrap_or_default()))
        .sum();
    Reply::ok(GetCurrentAppResponse {
        app: Some(StorageApp {
            app_id: Some(APP_ID.to_owned()),
            corp_id: Some(CORP_ID.to_owned()),
            name: Some("Fake app".to_owned()),
            create_time: Some(storage.started),
            modified_time: Some(storage.started),
            partitions: Some(vec![shared_partition(used)]),
        }),
    })
}

pub(super) async fn get_task(
    State(state): State<Arc<Shared>>,
    Path(task_id): Path<String>,
    Operator(user): Operator,
) -> Outcome {
    let data = state.data();
    let task = data
        .storage
        .tasks
        .get(&task_id)
        .ok_or_else(|| param_error(format!("task {task_id} does not exist")))?;
    if task.owner != user {
        return Err(permission_denied(format!(
            "task {task_id} was started by someone else"
        )));
    }
    Reply::ok(GetTaskResponse {
        task: Some(task.task.clone()),
    })
}

/// Checks a subscription's scope and returns it as a key.
fn scope(
    state: &Shared,
    user: &str,
    request: &EventSubscriptionRequest,
) -> Result<(String, String), Reply> {
    if request.scope_id.is_empty() {
        return Err(param_error("scopeId must not be empty"));
    }
    match &request.scope {
        EventScope::Org if request.scope_id != CORP_ID => Err(permission_denied(format!(
            "the token does not belong to organisation {}",
            request.scope_id
        ))),
        EventScope::Space => {
            state
                .data()
                .storage
                .require_access(&request.scope_id, user)?;
            Ok(("SPACE".to_owned(), request.scope_id.clone()))
        }
        EventScope::Org => Ok(("ORG".to_owned(), request.scope_id.clone())),
        EventScope::Other(other) => Err(param_error(format!("unknown scope {other}"))),
    }
}

pub(super) async fn subscribe(
    State(state): State<Arc<Shared>>,
    Operator(user): Operator,
    Body(request): Body<EventSubscriptionRequest>,
) -> Outcome {
    let key = scope(&state, &user, &request)?;
    state.data().storage.subscriptions.insert(key);
    Reply::ok(SuccessResponse {
        success: Some(true),
    })
}

pub(super) async fn unsubscribe(
    State(state): State<Arc<Shared>>,
    Operator(user): Operator,
    Body(request): Body<EventSubscriptionRequest>,
) -> Outcome {
    let key = scope(&state, &user, &request)?;
    state.data().storage.subscriptions.remove(&key);
    Reply::ok(SuccessResponse {
        success: Some(true),
    })
}

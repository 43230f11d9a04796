//! Quotas and the administrator's calls. The organisation's drive holds
//! 1 TiB plus what was bought; each space has a capacity of its own, and uses
//! the bytes of its files.

use std::sync::Arc;

use axum::extract::State;
use dingtalk::drive_1_0::*;

use super::{json, no_body, param, user, Answer, GIB};
use crate::extract::{Authorized, DriveBody};
use crate::{Shared, CORP_ID};

/// The organisation's own capacity, before any purchase.
const ORG_CAPACITY: i64 = 1024 * GIB;

pub(super) async fn quota_infos(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    DriveBody(request): DriveBody<DriveGetQuotaInfosRequest>,
) -> Answer {
    user(&request.union_id)?;
    if request.identifiers.is_empty() {
        return Err(param("identifiers must not be empty"));
    }
    let data = state.data();
    let drive = &data.drive;
    let mut quotas = Vec::new();
    for identifier in &request.identifiers {
        let (quota, used) = match request.r#type.as_str() {
            // A user who has no personal space yet would get an empty one.
            "personal" => drive
                .spaces
                .iter()
                .find(|s| {
                    s.model.space_type == Some(DriveSpaceType::Personal)
                        && s.owner.as_deref() == Some(identifier.as_str())
                })
                .map(|s| {
                    let id = s.model.space_id.as_deref().unwrap_or_default();
                    (s.model.quota.unwrap_or(-1), drive.used(id))
                })
                .unwrap_or((10 * GIB, 0)),
            "space" => {
                let space = drive.space(identifier)?;
                let id = space.model.space_id.as_deref().unwrap_or_default();
                (space.model.quota.unwrap_or(-1), drive.used(id))
            }
            "org" => {
                if identifier != CORP_ID {
                    return Err(param(format!("organisation {identifier} is unknown")));
                }
                let used = drive
                    .nodes
                    .values()
                    .filter(|n| !n.folder)
                    .map(|n| n.size)
                    .sum();
                (ORG_CAPACITY + drive.bought, used)
            }
            other => return Err(param(format!("unknown quota type {other:?}"))),
        };
        quotas.push(DriveQuota {
            identifier: Some(identifier.clone()),
            r#type: Some(request.r#type.clone()),
            quota: Some(quota),
            used_quota: Some(used),
        });
    }
    json(DriveGetQuotaInfosResponse {
        quotas: Some(quotas),
    })
}

pub(super) async fn list_spaces(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    DriveBody(request): DriveBody<DriveManagementListSpacesRequest>,
) -> Answer {
    user(&request.union_id)?;
    if request.space_ids.is_empty() {
        return Err(param("spaceIds must not be empty"));
    }
    let data = state.data();
    let spaces = request
        .space_ids
        .iter()
        .map(|id| data.drive.space(id).map(|s| data.drive.space_model(s)))
        .collect::<Result<Vec<_>, _>>()?;
    json(DriveManagedSpacesResponse {
        spaces: Some(spaces),
    })
}

pub(super) async fn modify_space(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    DriveBody(request): DriveBody<DriveManagementModifySpaceRequest>,
) -> Answer {
    user(&request.union_id)?;
    if request.space_ids.is_empty() {
        return Err(param("spaceIds must not be empty"));
    }
    if request.quota < -1 {
        return Err(param("quota must be -1 (unlimited) or a number of bytes"));
    }
    let mut data = state.data();
    let drive = &mut data.drive;
    for id in &request.space_ids {
        drive.space(id)?;
        if request.quota >= 0 && drive.used(id) > request.quota {
            return Err(param(format!(
                "space {id} uses more than {} bytes",
                request.quota
            )));
        }
    }
    let time = crate::now();
    for id in &request.space_ids {
        let space = drive.space_mut(id)?;
        space.model.quota = Some(request.quota);
        space.model.modify_time = Some(time);
    }
    let spaces = request
        .space_ids
        .iter()
        .map(|id| drive.space(id).map(|s| drive.space_model(s)))
        .collect::<Result<Vec<_>, _>>()?;
    json(DriveManagedSpacesResponse {
        spaces: Some(spaces),
    })
}

pub(super) async fn buy_quota(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    DriveBody(request): DriveBody<DriveManagementBuyQuotaRequest>,
) -> Answer {
    user(&request.union_id)?;
    if request.token.is_empty() {
        return Err(param("token is required"));
    }
    let order = &request.order;
    if order.capacity <= 0 || order.day <= 0 || order.money < 0 {
        return Err(param("the order must buy some capacity for some days"));
    }
    let mut data = state.data();
    let drive = &mut data.drive;
    if drive.orders.contains(&order.order_id) {
        return Err(param(format!("order {} was used already", order.order_id)));
    }
    drive.orders.push(order.order_id);
    drive.bought += order.capacity;
    no_body()
}

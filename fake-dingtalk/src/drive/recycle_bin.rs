//! Recycle bins: a user's own (what was deleted from personal spaces) and the
//! organisation's (what was deleted from any other space). Only the user who
//! deleted an item, or who owns its space, may recover or purge it.

use std::sync::Arc;

use axum::extract::{Query, State};
use dingtalk::drive_1_0::*;

use super::{forbidden, json, no_body, param, user, Answer, Drive, Recycled, ROOT};
use crate::extract::{Authorized, DriveBody};
use crate::paging::Paging;
use crate::{required, Params, Shared};

/// Which bin a `recycleType` names for `user`: `Some(user)` for the user's own.
fn bin(recycle_type: &str, user: &str) -> Result<Option<String>, crate::Reply> {
    match recycle_type {
        "user" => Ok(Some(user.to_owned())),
        "org" => Ok(None),
        other => Err(param(format!("unknown recycleType {other:?}"))),
    }
}

impl Drive {
    fn may_handle(&self, item: &Recycled, user: &str) -> bool {
        item.deleter == user
            || self
                .space(&item.space_id)
                .is_ok_and(|s| s.owner.as_deref().is_none_or(|o| o == user))
    }

    fn item(&self, item: &Recycled) -> DriveRecycleItem {
        let node = &self.nodes[&item.node_id];
        let (kind, _) = super::content_type(&node.name);
        let size: i64 = self
            .subtree(&node.id)
            .iter()
            .filter_map(|id| self.nodes.get(id))
            .map(|n| n.size)
            .sum();
        DriveRecycleItem {
            recycle_item_id: Some(item.id.to_string()),
            file_name: Some(node.name.clone()),
            file_path: Some(item.path.clone()),
            file_type: Some(if node.folder {
                DriveFileType::Folder
            } else {
                DriveFileType::File
            }),
            content_type: (!node.folder).then_some(kind),
            file_size: Some(size),
            delete_staff_id: Some(item.deleter.clone()),
            delete_time: Some(item.time),
        }
    }

    /// The positions of the items asked for, all in the bin and allowed.
    fn items(
        &self,
        ids: &[i64],
        bin: &Option<String>,
        user: &str,
    ) -> Result<Vec<i64>, crate::Reply> {
        for id in ids {
            let item = self
                .recycled
                .iter()
                .find(|r| r.id == *id && &r.user_bin == bin)
                .ok_or_else(|| param(format!("recycle item {id} does not exist")))?;
            if !self.may_handle(item, user) {
                return Err(forbidden());
            }
        }
        Ok(ids.to_vec())
    }

    fn purge_item(&mut self, id: i64) {
        if let Some(item) = self.recycled.iter().find(|r| r.id == id) {
            let ids = self.subtree(&item.node_id);
            self.purge(&ids);
        }
    }

    fn recover_item(&mut self, id: i64) {
        let Some(position) = self.recycled.iter().position(|r| r.id == id) else {
            return;
        };
        let item = self.recycled.remove(position);
        let node = &self.nodes[&item.node_id];
        // Back where it was, or to the root if that folder is gone.
        let parent_ok = node.parent_id == ROOT
            || self
                .nodes
                .get(&node.parent_id)
                .is_some_and(|p| self.live(p) && p.space_id == node.space_id);
        let parent = if parent_ok {
            node.parent_id.clone()
        } else {
            ROOT.to_owned()
        };
        let name = self.free_name(&node.space_id, &parent, &node.name, &node.id);
        let node = self.nodes.get_mut(&item.node_id).expect("a recycled node");
        node.recycled = None;
        node.parent_id = parent;
        node.name = name;
    }
}

pub(super) async fn list(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Query(query): Query<Params>,
) -> Answer {
    let union_id = required(&query, "unionId", "param.error")?;
    let bin = bin(required(&query, "recycleType", "param.error")?, union_id)?;
    required(&query, "maxResults", "param.error")?;
    let paging = Paging::from_query(&query, &super::LIMITS)?;
    let data = state.data();
    let drive = &data.drive;
    let mut items: Vec<&Recycled> = drive
        .recycled
        .iter()
        .filter(|r| r.user_bin == bin && drive.may_handle(r, union_id))
        .collect();
    match query.get("orderType").map(String::as_str).unwrap_or("") {
        "" | "deleteTimeDesc" => items.reverse(),
        "deleteTimeAsc" => {}
        other => return Err(param(format!("unknown orderType {other:?}"))),
    }
    let items: Vec<DriveRecycleItem> = items.into_iter().map(|r| drive.item(r)).collect();
    let (items, next_token) = paging.take(items);
    json(DriveListRecycleFilesResponse {
        recycle_items: Some(items),
        next_token: Some(next_token.unwrap_or_default()),
    })
}

pub(super) async fn recover(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    DriveBody(request): DriveBody<DriveRecycleItemsRequest>,
) -> Answer {
    let union_id = user(&request.union_id)?;
    let bin = bin(&request.recycle_type, union_id)?;
    let mut data = state.data();
    let ids = data
        .drive
        .items(&request.recycle_item_id_list, &bin, union_id)?;
    for id in ids {
        data.drive.recover_item(id);
    }
    no_body()
}

pub(super) async fn delete(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    DriveBody(request): DriveBody<DriveRecycleItemsRequest>,
) -> Answer {
    let union_id = user(&request.union_id)?;
    let bin = bin(&request.recycle_type, union_id)?;
    let mut data = state.data();
    let ids = data
        .drive
        .items(&request.recycle_item_id_list, &bin, union_id)?;
    for id in ids {
        data.drive.purge_item(id);
    }
    no_body()
}

pub(super) async fn clear(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    DriveBody(request): DriveBody<DriveClearRecycleFilesRequest>,
) -> Answer {
    let union_id = user(&request.union_id)?;
    let bin = bin(&request.recycle_type, union_id)?;
    let mut data = state.data();
    let drive = &mut data.drive;
    let ids: Vec<i64> = drive
        .recycled
        .iter()
        .filter(|r| r.user_bin == bin && drive.may_handle(r, union_id))
        .map(|r| r.id)
        .collect();
    for id in ids {
        drive.purge_item(id);
    }
    no_body()
}

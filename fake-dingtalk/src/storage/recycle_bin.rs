//! Recycle bins: one for each space, holding what was deleted into it until
//! it is restored or deleted for good.
//!
//! Anyone with a role in the space may look into its recycle bin; an item may
//! be restored or deleted for good by whoever deleted it and by the space's
//! creator, who alone may empty the whole bin.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use dingtalk::storage_1_0::*;

use super::{
    param_error, permission_denied, space_not_exist, strategy, Placement, Recycled, Space, Storage,
    ROOT,
};
use crate::extract::{Body, Operator};
use crate::paging::{self, Paging};
use crate::{now, required, Outcome, Params, Reply, Shared};

/// The most items a batch restore may name.
const MAX_BATCH_RESTORE: usize = 30;

impl Storage {
    /// Puts an entry, with everything in it, into its space's recycle bin.
    pub(super) fn recycle(&mut self, space_id: &str, id: &str, user: &str) {
        let Ok(bin) = self.space(space_id).map(|s| s.recycle_bin.clone()) else {
            return;
        };
        let item_id = self.id();
        let node = &self.nodes[id];
        let item = RecycleItem {
            id: Some(item_id.clone()),
            space_id: Some(space_id.to_owned()),
            dentry_id: Some(id.to_owned()),
            r#type: Some(if node.folder {
                DentryType::Folder
            } else {
                DentryType::File
            }),
            original_name: Some(node.name.clone()),
            original_path: Some(self.path(id)),
            size: Some(self.size_of(id)),
            operator_id: Some(user.to_owned()),
            operator_time: Some(now()),
        };
        self.recycled.push(Recycled { bin, item });
        if let Some(node) = self.nodes.get_mut(id) {
            node.recycled = Some(item_id);
        }
    }

    /// The space whose recycle bin has this id; `user` must hold a role in it.
    fn bin(&self, bin_id: &str, user: &str) -> Result<&Space, Reply> {
        let space = self
            .spaces
            .iter()
            .find(|s| s.recycle_bin == bin_id)
            .ok_or_else(|| param_error(format!("recycle bin {bin_id} does not exist")))?;
        self.require_access(space.model.id.as_deref().unwrap_or_default(), user)
    }

    /// The position of an item in a recycle bin.
    fn item(&self, bin_id: &str, item_id: &str) -> Result<usize, Reply> {
        self.recycled
            .iter()
            .position(|r| r.bin == bin_id && r.item.id.as_deref() == Some(item_id))
            .ok_or_else(|| {
                param_error(format!(
                    "recycle item {item_id} is not in recycle bin {bin_id}"
                ))
            })
    }

    /// Checks that `user` deleted the item at `index` or created its space.
    fn may_handle(&self, index: usize, user: &str) -> Result<(), Reply> {
        let item = &self.recycled[index].item;
        let space_id = item.space_id.as_deref().unwrap_or_default();
        let creator = self.space(space_id)?.model.creator_id.as_deref();
        if item.operator_id.as_deref() == Some(user) || creator == Some(user) {
            Ok(())
        } else {
            Err(permission_denied(format!(
                "{user} neither deleted {} nor owns its space",
                item.id.as_deref().unwrap_or_default()
            )))
        }
    }

    /// Deletes the item at `index` for good.
    fn purge_item(&mut self, index: usize) {
        let recycled = self.recycled.remove(index);
        if let Some(id) = recycled.item.dentry_id {
            self.purge(&id);
        }
    }

    /// Puts an item back where it was (in the root folder when that folder is
    /// gone); returns the entry's space and id, and the task when it is a
    /// folder with content.
    fn restore(
        &mut self,
        bin_id: &str,
        item_id: &str,
        strategy: &ConflictStrategy,
        user: &str,
    ) -> Result<(String, String, Option<String>), Reply> {
        let index = self.item(bin_id, item_id)?;
        self.may_handle(index, user)?;
        let id = self.recycled[index]
            .item
            .dentry_id
            .clone()
            .unwrap_or_default();
        let node = self
            .nodes
            .get(&id)
            .ok_or_else(|| param_error("nothing to restore"))?;
        let (space_id, name, folder) = (node.space_id.clone(), node.name.clone(), node.folder);
        self.space(&space_id)
            .map_err(|_| space_not_exist(&space_id))?;
        let parent_back = node.parent_id == ROOT
            || (self.is_live(&node.parent_id) && self.nodes[&node.parent_id].space_id == space_id);
        let parent_id = if parent_back {
            node.parent_id.clone()
        } else {
            ROOT.to_owned()
        };
        let name = match self.place(&space_id, &parent_id, &name, folder, strategy, Some(&id))? {
            Placement::Free(name) => name,
            Placement::Taken(existing) => return Ok((space_id, existing, None)),
            Placement::Replace(existing) => {
                self.purge(&existing);
                name
            }
        };
        self.recycled.remove(index);
        if let Some(node) = self.nodes.get_mut(&id) {
            node.recycled = None;
            node.parent_id = parent_id;
            node.name = name;
        }
        let task = self.task_if_large(&id, user);
        Ok((space_id, id, task))
    }
}

pub(super) async fn get_bin(
    State(state): State<Arc<Shared>>,
    Operator(user): Operator,
    Query(query): Query<Params>,
) -> Outcome {
    let scope = RecycleBinScope::from(required(&query, "recycleBinScope", "paramError")?);
    if scope != RecycleBinScope::Space {
        return Err(param_error(format!("unknown recycleBinScope {scope}")));
    }
    let scope_id = required(&query, "scopeId", "paramError")?;
    let data = state.data();
    let space = data.storage.require_access(scope_id, &user)?;
    Reply::ok(GetRecycleBinResponse {
        recycle_bin: Some(RecycleBin {
            id: Some(space.recycle_bin.clone()),
            scope: Some(scope),
            scope_id: Some(scope_id.to_owned()),
        }),
    })
}

pub(super) async fn list_items(
    State(state): State<Arc<Shared>>,
    Path(bin_id): Path<String>,
    Operator(user): Operator,
    Query(query): Query<Params>,
) -> Outcome {
    let paging = Paging::from_query(&query, &paging::STORAGE)?;
    let data = state.data();
    let storage = &data.storage;
    storage.bin(&bin_id, &user)?;
    let newest_first: Vec<RecycleItem> = storage
        .recycled
        .iter()
        .rev()
        .filter(|r| r.bin == bin_id)
        .map(|r| r.item.clone())
        .collect();
    let (items, next_token) = paging.take(newest_first);
    Reply::ok(ListRecycleItemsResponse {
        recycle_items: (!items.is_empty()).then_some(items),
        next_token,
    })
}

pub(super) async fn get_item(
    State(state): State<Arc<Shared>>,
    Path((bin_id, item_id)): Path<(String, String)>,
    Operator(user): Operator,
) -> Outcome {
    let data = state.data();
    let storage = &data.storage;
    storage.bin(&bin_id, &user)?;
    let index = storage.item(&bin_id, &item_id)?;
    Reply::ok(GetRecycleItemResponse {
        item: Some(storage.recycled[index].item.clone()),
    })
}

pub(super) async fn delete_item(
    State(state): State<Arc<Shared>>,
    Path((bin_id, item_id)): Path<(String, String)>,
    Operator(user): Operator,
) -> Outcome {
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.bin(&bin_id, &user)?;
    let index = storage.item(&bin_id, &item_id)?;
    storage.may_handle(index, &user)?;
    storage.purge_item(index);
    Reply::ok(SuccessResponse {
        success: Some(true),
    })
}

pub(super) async fn delete_items(
    State(state): State<Arc<Shared>>,
    Path(bin_id): Path<String>,
    Operator(user): Operator,
    Body(request): Body<DeleteRecycleItemsRequest>,
) -> Outcome {
    if request.recycle_item_ids.is_empty() {
        return Err(param_error("recycleItemIds must not be empty"));
    }
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.bin(&bin_id, &user)?;
    // Every item must be there and the user's to delete, or none is deleted.
    for item_id in &request.recycle_item_ids {
        let index = storage.item(&bin_id, item_id)?;
        storage.may_handle(index, &user)?;
    }
    for item_id in &request.recycle_item_ids {
        if let Ok(index) = storage.item(&bin_id, item_id) {
            storage.purge_item(index);
        }
    }
    Reply::ok(SuccessResponse {
        success: Some(true),
    })
}

pub(super) async fn restore_item(
    State(state): State<Arc<Shared>>,
    Path((bin_id, item_id)): Path<(String, String)>,
    Operator(user): Operator,
    Body(request): Body<RestoreRecycleItemRequest>,
) -> Outcome {
    let strategy = strategy(request.option.and_then(|o| o.conflict_strategy))?;
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.bin(&bin_id, &user)?;
    let (space_id, dentry_id, task) = storage.restore(&bin_id, &item_id, &strategy, &user)?;
    Reply::ok(RestoreRecycleItemResponse {
        space_id: Some(space_id),
        dentry_id: Some(dentry_id),
        r#async: Some(task.is_some()),
        task_id: task,
    })
}

pub(super) async fn restore_items(
    State(state): State<Arc<Shared>>,
    Path(bin_id): Path<String>,
    Operator(user): Operator,
    Body(request): Body<RestoreRecycleItemsRequest>,
) -> Outcome {
    if request.recycle_item_ids.is_empty() || request.recycle_item_ids.len() > MAX_BATCH_RESTORE {
        return Err(param_error(format!(
            "recycleItemIds must hold 1 to {MAX_BATCH_RESTORE} ids"
        )));
    }
    let strategy = strategy(request.option.and_then(|o| o.conflict_strategy))?;
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.bin(&bin_id, &user)?;
    let result_items = request
        .recycle_item_ids
        .iter()
        .map(|item_id| {
            let base = RecycleItemRestoreResult {
                recycle_bin_id: Some(bin_id.clone()),
                recycle_item_id: Some(item_id.clone()),
                ..Default::default()
            };
            match storage.restore(&bin_id, item_id, &strategy, &user) {
                Ok((space_id, dentry_id, task)) => RecycleItemRestoreResult {
                    space_id: Some(space_id),
                    dentry_id: Some(dentry_id),
                    success: Some(true),
                    r#async: Some(task.is_some()),
                    task_id: task,
                    ..base
                },
                Err(reply) => RecycleItemRestoreResult {
                    success: Some(false),
                    error_code: Some(reply.code()),
                    ..base
                },
            }
        })
        .collect();
    Reply::ok(RestoreRecycleItemsResponse {
        result_items: Some(result_items),
    })
}

pub(super) async fn clear(
    State(state): State<Arc<Shared>>,
    Path(bin_id): Path<String>,
    Operator(user): Operator,
) -> Outcome {
    let mut data = state.data();
    let storage = &mut data.storage;
    let space = storage.bin(&bin_id, &user)?;
    if space.model.creator_id.as_deref() != Some(user.as_str()) {
        return Err(permission_denied(format!(
            "only the space's creator may empty recycle bin {bin_id}"
        )));
    }
    while let Some(index) = storage.recycled.iter().position(|r| r.bin == bin_id) {
        storage.purge_item(index);
    }
    Reply::ok(SuccessResponse {
        success: Some(true),
    })
}

//! Files and folders: adding folders, listing and reading entries, renaming,
//! moving, copying and deleting them (one or a batch at a time), versions of
//! files, app properties and thumbnails.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use dingtalk::storage_1_0::*;

use super::{
    already_exists, non_empty, param_error, permission_denied, strategy, valid_name, Node,
    Placement, Storage, View, IMAGES, ROOT,
};
use crate::extract::{Body, Operator};
use crate::paging::{self, Paging};
use crate::{flag, required, Outcome, Params, Reply, Shared};

/// The most ids a batch read may ask for.
const MAX_BATCH_READ: usize = 30;

/// A copied or moved entry, and the task that did it in the background.
pub(super) struct Transfer {
    pub dentry_id: String,
    pub task: Option<String>,
}

impl Storage {
    /// An entry as the API answers with it, by id.
    fn render_id(&self, id: &str, view: &View<'_>) -> Dentry {
        self.render(&self.nodes[id], view)
    }

    /// The entries of `nodes` that `user` holds a role on.
    fn visible<'a>(&self, space_id: &str, user: &str, nodes: Vec<&'a Node>) -> Vec<&'a Node> {
        let Ok(space) = self.space(space_id) else {
            return Vec::new();
        };
        nodes
            .into_iter()
            .filter(|n| self.role(space, &n.id, user).is_some())
            .collect()
    }

    /// Deletes an entry, into the space's recycle bin or for good; returns
    /// the task when it is a folder with content.
    pub(super) fn delete(
        &mut self,
        space_id: &str,
        id: &str,
        user: &str,
        to_recycle_bin: bool,
    ) -> Result<Option<String>, Reply> {
        self.node(space_id, id)?;
        self.require(space_id, id, user, PermissionRole::Editor)?;
        let task = self.task_if_large(id, user);
        if to_recycle_bin {
            self.recycle(space_id, id, user);
        } else {
            self.purge(id);
        }
        Ok(task)
    }

    /// Checks that the target folder of a copy or move exists and `user`
    /// may write there; a batch fails as a whole when it does not.
    fn check_folder_target(
        &self,
        (target_space, target_folder): (&str, &str),
        user: &str,
    ) -> Result<(), Reply> {
        non_empty(target_space, "targetSpaceId")?;
        non_empty(target_folder, "targetFolderId")?;
        self.space(target_space)?;
        self.folder(target_space, target_folder)?;
        self.require(target_space, target_folder, user, PermissionRole::Editor)
    }

    /// Checks the target of a copy or move of `id`, which must not go inside itself.
    fn check_target(
        &self,
        space_id: &str,
        id: &str,
        target_space: &str,
        target_folder: &str,
        user: &str,
    ) -> Result<(), Reply> {
        self.check_folder_target((target_space, target_folder), user)?;
        if target_space == space_id && self.is_within(target_folder, id) {
            return Err(param_error(format!(
                "{id} cannot be put inside itself ({target_folder})"
            )));
        }
        Ok(())
    }

    /// Deletes `existing` for good to make room for `incoming`, unless it
    /// holds `incoming`.
    fn replace(&mut self, existing: &str, incoming: &str) -> Result<(), Reply> {
        if self.is_within(incoming, existing) {
            return Err(param_error(format!(
                "{existing} cannot be replaced by {incoming}, which it holds"
            )));
        }
        self.purge(existing);
        Ok(())
    }

    /// Copies an entry, with everything in it, into a folder.
    pub(super) fn copy(
        &mut self,
        space_id: &str,
        id: &str,
        (target_space, target_folder): (&str, &str),
        strategy: &ConflictStrategy,
        user: &str,
    ) -> Result<Transfer, Reply> {
        let node = self.node(space_id, id)?;
        let (name, folder) = (node.name.clone(), node.folder);
        self.require(space_id, id, user, PermissionRole::Reader)?;
        self.check_target(space_id, id, target_space, target_folder, user)?;
        let name = match self.place(target_space, target_folder, &name, folder, strategy, None)? {
            Placement::Free(name) => name,
            Placement::Taken(existing) => {
                return Ok(Transfer {
                    dentry_id: existing,
                    task: None,
                })
            }
            // Copying an entry over itself leaves it as it is.
            Placement::Replace(existing) if existing == id => {
                return Ok(Transfer {
                    dentry_id: existing,
                    task: None,
                })
            }
            Placement::Replace(existing) => {
                self.replace(&existing, id)?;
                name
            }
        };
        let task = self.task_if_large(id, user);
        let copy = self.copy_tree(id, target_space, target_folder, name, user);
        Ok(Transfer {
            dentry_id: copy,
            task,
        })
    }

    /// A new entry like `id`, with copies of everything in it. A copied file
    /// starts over at version 1 with the current contents; roles and links
    /// are not copied, app properties are.
    fn copy_tree(
        &mut self,
        id: &str,
        space_id: &str,
        parent_id: &str,
        name: String,
        user: &str,
    ) -> String {
        let source = self.nodes[id].clone();
        let content = source.versions.last().map(|v| (v.object.clone(), v.size));
        let copy = self.insert(space_id, parent_id, name, user, content);
        if let Some(node) = self.nodes.get_mut(&copy) {
            node.app_properties = source.app_properties.clone();
        }
        let mut children: Vec<(u64, String, String)> = self
            .children(&source.space_id, id)
            .iter()
            .map(|n| (n.created, n.id.clone(), n.name.clone()))
            .collect();
        children.sort();
        for (_, child, name) in children {
            self.copy_tree(&child, space_id, &copy, name, user);
        }
        copy
    }

    /// Moves an entry, with everything in it, into a folder.
    pub(super) fn relocate(
        &mut self,
        space_id: &str,
        id: &str,
        (target_space, target_folder): (&str, &str),
        strategy: &ConflictStrategy,
        keep_roles: bool,
        user: &str,
    ) -> Result<Transfer, Reply> {
        let node = self.node(space_id, id)?;
        let (name, folder) = (node.name.clone(), node.folder);
        self.require(space_id, id, user, PermissionRole::Editor)?;
        self.check_target(space_id, id, target_space, target_folder, user)?;
        let placement = self.place(
            target_space,
            target_folder,
            &name,
            folder,
            strategy,
            Some(id),
        )?;
        let name = match placement {
            Placement::Free(name) => name,
            Placement::Taken(existing) => {
                return Ok(Transfer {
                    dentry_id: existing,
                    task: None,
                })
            }
            Placement::Replace(existing) => {
                self.replace(&existing, id)?;
                name
            }
        };
        let task = self.task_if_large(id, user);
        for moved in self.tree(id) {
            if let Some(node) = self.nodes.get_mut(&moved) {
                node.space_id = target_space.to_owned();
                if !keep_roles {
                    node.grants.clear();
                }
            }
        }
        if let Some(node) = self.nodes.get_mut(id) {
            node.parent_id = target_folder.to_owned();
            node.name = name;
        }
        self.touch(id, user);
        Ok(Transfer {
            dentry_id: id.to_owned(),
            task,
        })
    }
}

/// Sorts entries by `by`, in `order`; entries that tie stay in the order they were made.
fn sort(nodes: &mut [&Node], by: &DentryOrderBy, order: &SortOrder) {
    nodes.sort_by(|a, b| {
        let size = |n: &Node| n.versions.last().map_or(0, |v| v.size);
        let key = match by {
            DentryOrderBy::CreateTime => a.created.cmp(&b.created),
            DentryOrderBy::Name => a.name.cmp(&b.name),
            DentryOrderBy::Size => size(a).cmp(&size(b)),
            _ => a.modified.cmp(&b.modified),
        };
        let key = key.then(a.created.cmp(&b.created));
        if *order == SortOrder::Desc {
            key.reverse()
        } else {
            key
        }
    });
}

/// An enum value of the query, which must be one the spec lists.
fn known<T: From<String>>(
    query: &Params,
    name: &str,
    unknown: impl Fn(&T) -> bool,
) -> Result<Option<T>, Reply> {
    match query.get(name).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(value) => {
            let parsed = T::from(value.clone());
            if unknown(&parsed) {
                Err(param_error(format!("unknown {name} {value}")))
            } else {
                Ok(Some(parsed))
            }
        }
    }
}

pub(super) async fn add_folder(
    State(state): State<Arc<Shared>>,
    Path((space_id, parent_id)): Path<(String, String)>,
    Operator(user): Operator,
    Body(request): Body<AddFolderRequest>,
) -> Outcome {
    let name = valid_name(&request.name)?;
    let option = request.option.unwrap_or_default();
    if option.app_properties.as_ref().is_some_and(|p| p.len() > 3) {
        return Err(param_error("at most 3 appProperties"));
    }
    let strategy = strategy(option.conflict_strategy)?;
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.space(&space_id)?;
    storage.folder(&space_id, &parent_id)?;
    storage.require(&space_id, &parent_id, &user, PermissionRole::Editor)?;
    let id = match storage.place(&space_id, &parent_id, &name, true, &strategy, None)? {
        Placement::Taken(existing) => existing,
        Placement::Replace(existing) => {
            storage.purge(&existing);
            storage.insert(&space_id, &parent_id, name, &user, None)
        }
        Placement::Free(name) => storage.insert(&space_id, &parent_id, name, &user, None),
    };
    if let Some(properties) = option.app_properties.filter(|p| !p.is_empty()) {
        storage.set_app_properties(&space_id, &id, properties);
    }
    Reply::ok(AddFolderResponse {
        dentry: Some(storage.render_id(&id, &View::default())),
    })
}

pub(super) async fn list_dentries(
    State(state): State<Arc<Shared>>,
    Path(space_id): Path<String>,
    Operator(user): Operator,
    Query(query): Query<Params>,
) -> Outcome {
    let parent_id = required(&query, "parentId", "paramError")?;
    let paging = Paging::from_query(&query, &paging::STORAGE)?;
    let by = known(&query, "orderBy", |v| matches!(v, DentryOrderBy::Other(_)))?
        .unwrap_or(DentryOrderBy::ModifiedTime);
    let order =
        known(&query, "order", |v| matches!(v, SortOrder::Other(_)))?.unwrap_or(SortOrder::Desc);
    let view = View {
        thumbnail: flag(&query, "withThumbnail", "paramError")?.unwrap_or(false),
        app_ids: None,
    };
    let data = state.data();
    let storage = &data.storage;
    storage.space(&space_id)?;
    storage.folder(&space_id, parent_id)?;
    if parent_id == ROOT {
        storage.require_access(&space_id, &user)?;
    } else {
        storage.require(&space_id, parent_id, &user, PermissionRole::Reader)?;
    }
    let mut children = storage.visible(&space_id, &user, storage.children(&space_id, parent_id));
    sort(&mut children, &by, &order);
    let (page, next_token) = paging.take(children);
    let dentries: Vec<Dentry> = page.iter().map(|n| storage.render(n, &view)).collect();
    Reply::ok(DentryPage {
        dentries: (!dentries.is_empty()).then_some(dentries),
        next_token,
    })
}

pub(super) async fn list_all_dentries(
    State(state): State<Arc<Shared>>,
    Path(space_id): Path<String>,
    Operator(user): Operator,
    Body(request): Body<ListAllDentriesRequest>,
) -> Outcome {
    let option = request.option.unwrap_or_default();
    let paging = Paging::new(
        option.next_token.as_deref(),
        option.max_results.map(i64::from),
        &paging::STORAGE,
    )?;
    let order = option.order.unwrap_or(SortOrder::Asc);
    if let SortOrder::Other(other) = &order {
        return Err(param_error(format!("unknown order {other}")));
    }
    let view = View {
        thumbnail: option.with_thumbnail.unwrap_or(false),
        app_ids: None,
    };
    let data = state.data();
    let storage = &data.storage;
    storage.require_access(&space_id, &user)?;
    let live: Vec<&Node> = storage
        .nodes
        .values()
        .filter(|n| n.space_id == space_id && storage.is_live(&n.id))
        .collect();
    let mut all = storage.visible(&space_id, &user, live);
    sort(&mut all, &DentryOrderBy::ModifiedTime, &order);
    let (page, next_token) = paging.take(all);
    let dentries: Vec<Dentry> = page.iter().map(|n| storage.render(n, &view)).collect();
    Reply::ok(DentryPage {
        dentries: (!dentries.is_empty()).then_some(dentries),
        next_token,
    })
}

pub(super) async fn get_dentries(
    State(state): State<Arc<Shared>>,
    Path(space_id): Path<String>,
    Operator(user): Operator,
    Body(request): Body<GetDentriesRequest>,
) -> Outcome {
    if request.dentry_ids.is_empty() || request.dentry_ids.len() > MAX_BATCH_READ {
        return Err(param_error(format!(
            "dentryIds must hold 1 to {MAX_BATCH_READ} ids"
        )));
    }
    let view = View::of(request.option.as_ref());
    let data = state.data();
    let storage = &data.storage;
    let space = storage.require_access(&space_id, &user)?;
    let result_items = request
        .dentry_ids
        .iter()
        .map(|id| {
            let found = storage.any_node(&space_id, id).and_then(|node| {
                match storage.role(space, id, &user) {
                    Some(_) => Ok(storage.render(node, &view)),
                    None => Err(permission_denied(String::new())),
                }
            });
            DentryQueryResult {
                space_id: Some(space_id.clone()),
                dentry_id: Some(id.clone()),
                success: Some(found.is_ok()),
                error_code: found.as_ref().err().map(Reply::code),
                dentry: found.ok(),
            }
        })
        .collect();
    Reply::ok(GetDentriesResponse {
        result_items: Some(result_items),
    })
}

pub(super) async fn get_dentry(
    State(state): State<Arc<Shared>>,
    Path((space_id, dentry_id)): Path<(String, String)>,
    Operator(user): Operator,
    Body(request): Body<GetDentryRequest>,
) -> Outcome {
    let data = state.data();
    let storage = &data.storage;
    storage.space(&space_id)?;
    let node = storage.any_node(&space_id, &dentry_id)?;
    storage.require(&space_id, &dentry_id, &user, PermissionRole::Reader)?;
    Reply::ok(DentryResponse {
        dentry: Some(storage.render(node, &View::of(request.option.as_ref()))),
    })
}

pub(super) async fn delete_dentry(
    State(state): State<Arc<Shared>>,
    Path((space_id, dentry_id)): Path<(String, String)>,
    Operator(user): Operator,
    Query(query): Query<Params>,
) -> Outcome {
    let to_recycle_bin = flag(&query, "toRecycleBin", "paramError")?.unwrap_or(false);
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.space(&space_id)?;
    let task = storage.delete(&space_id, &dentry_id, &user, to_recycle_bin)?;
    Reply::ok(DeleteDentryResponse {
        r#async: Some(task.is_some()),
        task_id: task,
    })
}

/// The result item of one entry of a batch copy, move or delete.
fn batch_result(space_id: &str, id: &str, outcome: Result<Transfer, Reply>) -> DentryBatchResult {
    match outcome {
        Ok(transfer) => DentryBatchResult {
            space_id: Some(space_id.to_owned()),
            dentry_id: Some(id.to_owned()),
            success: Some(true),
            error_code: None,
            r#async: Some(transfer.task.is_some()),
            task_id: transfer.task,
            target_space_id: None,
            target_dentry_id: Some(transfer.dentry_id),
        },
        Err(reply) => DentryBatchResult {
            space_id: Some(space_id.to_owned()),
            dentry_id: Some(id.to_owned()),
            success: Some(false),
            error_code: Some(reply.code()),
            ..Default::default()
        },
    }
}

pub(super) async fn delete_dentries(
    State(state): State<Arc<Shared>>,
    Path(space_id): Path<String>,
    Operator(user): Operator,
    Body(request): Body<DeleteDentriesRequest>,
) -> Outcome {
    if request.dentry_ids.is_empty() {
        return Err(param_error("dentryIds must not be empty"));
    }
    let to_recycle_bin = request
        .option
        .and_then(|o| o.to_recycle_bin)
        .unwrap_or(false);
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.require_access(&space_id, &user)?;
    let result_items = request
        .dentry_ids
        .iter()
        .map(|id| {
            let outcome = storage
                .delete(&space_id, id, &user, to_recycle_bin)
                .map(|task| Transfer {
                    dentry_id: id.clone(),
                    task,
                });
            let mut result = batch_result(&space_id, id, outcome);
            // Deletions name no target.
            result.target_dentry_id = None;
            result
        })
        .collect();
    Reply::ok(DentryBatchResponse {
        result_items: Some(result_items),
    })
}

pub(super) async fn copy_dentry(
    State(state): State<Arc<Shared>>,
    Path((space_id, dentry_id)): Path<(String, String)>,
    Operator(user): Operator,
    Body(request): Body<CopyDentryRequest>,
) -> Outcome {
    let strategy = strategy(request.option.and_then(|o| o.conflict_strategy))?;
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.space(&space_id)?;
    let target = (
        request.target_space_id.as_str(),
        request.target_folder_id.as_str(),
    );
    let transfer = storage.copy(&space_id, &dentry_id, target, &strategy, &user)?;
    Reply::ok(transfer_response(storage, transfer))
}

/// The answer of a single copy or move: the entry, or the task that made it.
fn transfer_response(storage: &Storage, transfer: Transfer) -> DentryTransferResponse {
    match transfer.task {
        Some(task) => DentryTransferResponse {
            r#async: Some(true),
            task_id: Some(task),
            dentry: None,
        },
        None => DentryTransferResponse {
            r#async: Some(false),
            task_id: None,
            dentry: Some(storage.render_id(&transfer.dentry_id, &View::default())),
        },
    }
}

pub(super) async fn copy_dentries(
    State(state): State<Arc<Shared>>,
    Path(space_id): Path<String>,
    Operator(user): Operator,
    Body(request): Body<CopyDentriesRequest>,
) -> Outcome {
    if request.dentry_ids.is_empty() {
        return Err(param_error("dentryIds must not be empty"));
    }
    let strategy = strategy(request.option.and_then(|o| o.conflict_strategy))?;
    let target = (
        request.target_space_id.as_str(),
        request.target_folder_id.as_str(),
    );
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.space(&space_id)?;
    storage.check_folder_target(target, &user)?;
    let result_items = request
        .dentry_ids
        .iter()
        .map(|id| {
            let outcome = storage.copy(&space_id, id, target, &strategy, &user);
            let mut result = batch_result(&space_id, id, outcome);
            if result.success == Some(true) {
                result.target_space_id = Some(target.0.to_owned());
            }
            result
        })
        .collect();
    Reply::ok(DentryBatchResponse {
        result_items: Some(result_items),
    })
}

pub(super) async fn move_dentry(
    State(state): State<Arc<Shared>>,
    Path((space_id, dentry_id)): Path<(String, String)>,
    Operator(user): Operator,
    Body(request): Body<MoveDentryRequest>,
) -> Outcome {
    let option = request.option.unwrap_or_default();
    let strategy = strategy(option.conflict_strategy)?;
    let keep_roles = option.preseve_permissions.unwrap_or(false);
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.space(&space_id)?;
    let target = (
        request.target_space_id.as_str(),
        request.target_folder_id.as_str(),
    );
    let transfer = storage.relocate(&space_id, &dentry_id, target, &strategy, keep_roles, &user)?;
    Reply::ok(transfer_response(storage, transfer))
}

pub(super) async fn move_dentries(
    State(state): State<Arc<Shared>>,
    Path(space_id): Path<String>,
    Operator(user): Operator,
    Body(request): Body<MoveDentriesRequest>,
) -> Outcome {
    if request.dentry_ids.is_empty() {
        return Err(param_error("dentryIds must not be empty"));
    }
    let option = request.option.unwrap_or_default();
    let strategy = strategy(option.conflict_strategy)?;
    let keep_roles = option.preserve_permissions.unwrap_or(false);
    let target = (
        request.target_space_id.as_str(),
        request.target_folder_id.as_str(),
    );
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.space(&space_id)?;
    storage.check_folder_target(target, &user)?;
    let result_items = request
        .dentry_ids
        .iter()
        .map(|id| {
            let outcome = storage.relocate(&space_id, id, target, &strategy, keep_roles, &user);
            let mut result = batch_result(&space_id, id, outcome);
            if result.success == Some(true) {
                result.target_space_id = Some(target.0.to_owned());
            }
            result
        })
        .collect();
    Reply::ok(DentryBatchResponse {
        result_items: Some(result_items),
    })
}

pub(super) async fn rename_dentry(
    State(state): State<Arc<Shared>>,
    Path((space_id, dentry_id)): Path<(String, String)>,
    Operator(user): Operator,
    Body(request): Body<RenameDentryRequest>,
) -> Outcome {
    let name = valid_name(&request.new_name)?;
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.space(&space_id)?;
    let node = storage.node(&space_id, &dentry_id)?;
    let parent_id = node.parent_id.clone();
    storage.require(&space_id, &dentry_id, &user, PermissionRole::Editor)?;
    let taken = storage
        .children(&space_id, &parent_id)
        .iter()
        .any(|n| n.name == name && n.id != dentry_id);
    if taken {
        return Err(already_exists(&name));
    }
    if let Some(node) = storage.nodes.get_mut(&dentry_id) {
        node.name = name;
    }
    storage.touch(&dentry_id, &user);
    Reply::ok(DentryResponse {
        dentry: Some(storage.render_id(&dentry_id, &View::default())),
    })
}

pub(super) async fn list_versions(
    State(state): State<Arc<Shared>>,
    Path((space_id, dentry_id)): Path<(String, String)>,
    Operator(user): Operator,
    Query(query): Query<Params>,
) -> Outcome {
    let paging = Paging::from_query(&query, &paging::STORAGE)?;
    let data = state.data();
    let storage = &data.storage;
    storage.space(&space_id)?;
    let node = storage.file(&space_id, &dentry_id)?;
    storage.require(&space_id, &dentry_id, &user, PermissionRole::Reader)?;
    let current = storage.render(node, &View::default());
    let earlier: Vec<Dentry> = node
        .versions
        .iter()
        .rev()
        .skip(1)
        .map(|version| Dentry {
            size: Some(version.size),
            version: Some(version.number),
            modifier_id: Some(version.modifier_id.clone()),
            modified_time: Some(version.time),
            ..current.clone()
        })
        .collect();
    let (dentries, next_token) = paging.take(earlier);
    Reply::ok(DentryPage {
        dentries: (!dentries.is_empty()).then_some(dentries),
        next_token,
    })
}

pub(super) async fn revert_version(
    State(state): State<Arc<Shared>>,
    Path((space_id, dentry_id, version)): Path<(String, String, String)>,
    Operator(user): Operator,
) -> Outcome {
    let version: i64 =
        version.parse().ok().filter(|v| *v >= 1).ok_or_else(|| {
            param_error(format!("version must be a positive integer, not {version}"))
        })?;
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.space(&space_id)?;
    let node = storage.file(&space_id, &dentry_id)?;
    storage.require(&space_id, &dentry_id, &user, PermissionRole::Editor)?;
    let current = node.versions.last().map_or(0, |v| v.number);
    if version == current {
        return Err(param_error(format!(
            "version {version} is already the current one"
        )));
    }
    let Some(earlier) = node.versions.iter().find(|v| v.number == version) else {
        return Err(Reply::error(
            404,
            "dentryNotExist",
            format!("version {version} of {dentry_id} does not exist"),
        ));
    };
    let (object, size) = (earlier.object.clone(), earlier.size);
    storage.add_version(&dentry_id, &user, object, size);
    Reply::ok(SuccessResponse {
        success: Some(true),
    })
}

pub(super) async fn update_app_properties(
    State(state): State<Arc<Shared>>,
    Path((space_id, dentry_id)): Path<(String, String)>,
    Operator(user): Operator,
    Body(request): Body<UpdateDentryAppPropertiesRequest>,
) -> Outcome {
    if request.app_properties.is_empty() {
        return Err(param_error("appProperties must not be empty"));
    }
    if request.app_properties.iter().any(|p| p.name.is_empty()) {
        return Err(param_error("an app property needs a name"));
    }
    if let Some(p) = request
        .app_properties
        .iter()
        .find(|p| matches!(p.visibility, Visibility::Other(_)))
    {
        return Err(param_error(format!("unknown visibility {}", p.visibility)));
    }
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.space(&space_id)?;
    storage.node(&space_id, &dentry_id)?;
    storage.require(&space_id, &dentry_id, &user, PermissionRole::Editor)?;
    storage.set_app_properties(&space_id, &dentry_id, request.app_properties);
    Reply::ok(SuccessResponse {
        success: Some(true),
    })
}

pub(super) async fn delete_app_properties(
    State(state): State<Arc<Shared>>,
    Path((space_id, dentry_id)): Path<(String, String)>,
    Operator(user): Operator,
    Body(request): Body<DeleteDentryAppPropertiesRequest>,
) -> Outcome {
    if request.property_names.is_empty() {
        return Err(param_error("propertyNames must not be empty"));
    }
    let mut data = state.data();
    let storage = &mut data.storage;
    let owner = storage
        .space(&space_id)?
        .model
        .owner_id
        .clone()
        .unwrap_or_default();
    storage.node(&space_id, &dentry_id)?;
    storage.require(&space_id, &dentry_id, &user, PermissionRole::Editor)?;
    if let Some(mine) = storage
        .nodes
        .get_mut(&dentry_id)
        .and_then(|n| n.app_properties.get_mut(&owner))
    {
        mine.retain(|p| {
            !request
                .property_names
                .iter()
                .any(|name| p.name.as_deref() == Some(name.as_str()))
        });
    }
    Reply::ok(SuccessResponse {
        success: Some(true),
    })
}

pub(super) async fn thumbnails(
    State(state): State<Arc<Shared>>,
    Path(space_id): Path<String>,
    Operator(user): Operator,
    Body(request): Body<GetDentryThumbnailsRequest>,
) -> Outcome {
    if request.dentry_ids.is_empty() {
        return Err(param_error("dentryIds must not be empty"));
    }
    let data = state.data();
    let storage = &data.storage;
    let space = storage.require_access(&space_id, &user)?;
    let result_items = request
        .dentry_ids
        .iter()
        .map(|id| {
            let found = storage.node(&space_id, id).and_then(|node| {
                if storage.role(space, id, &user).is_none() {
                    return Err(permission_denied(String::new()));
                }
                let image = !node.folder
                    && super::extension(&node.name).is_some_and(|e| IMAGES.contains(&e.as_str()));
                if image {
                    Ok(storage.thumbnail(node))
                } else {
                    Err(Reply::error(400, "thumbnailNotExist", String::new()))
                }
            });
            DentryThumbnailResult {
                space_id: Some(space_id.clone()),
                dentry_id: Some(id.clone()),
                success: Some(found.is_ok()),
                error_code: found.as_ref().err().map(Reply::code),
                thumbnail: found.ok(),
            }
        })
        .collect();
    Reply::ok(GetDentryThumbnailsResponse {
        result_items: Some(result_items),
    })
}

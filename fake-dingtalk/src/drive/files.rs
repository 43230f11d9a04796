//! Files and folders: uploads through the object storage made files, reading,
//! listing, downloading, previewing, renaming, moving, copying and deleting.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use dingtalk::drive_1_0::*;

use super::{
    conflict, forbidden, json, param, server_error, unsupported, user, Answer, Conflict, Drive,
    Node, Recycled, Upload, DOWNLOAD, EDIT, LIMITS, READ, ROOT,
};
use crate::extract::{Authorized, DriveBody};
use crate::paging::Paging;
use crate::{flag, now, required, Params, Shared};

/// A name a file or folder may have.
fn valid_name(name: &str) -> Result<&str, crate::Reply> {
    let trimmed = name.trim();
    if trimmed.is_empty() || trimmed.contains('/') || trimmed == "." || trimmed == ".." {
        return Err(param(format!("{name:?} is not a valid file name")));
    }
    Ok(trimmed)
}

pub(super) async fn upload_info(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path((space_id, parent_id)): Path<(String, String)>,
    Query(query): Query<Params>,
) -> Answer {
    let union_id = required(&query, "unionId", "param.error")?;
    let name = valid_name(required(&query, "fileName", "param.error")?)?;
    let size: i64 = required(&query, "fileSize", "param.error")?
        .parse()
        .ok()
        .filter(|size| *size >= 0)
        .ok_or_else(|| param("fileSize must be a whole number of bytes"))?;
    required(&query, "md5", "param.error")?;
    let policy = conflict(query.get("addConflictPolicy").map(String::as_str))?;
    let with_region = flag(&query, "withRegion", "param.error")?.unwrap_or(false);
    let internal = flag(&query, "withInternalEndPoint", "param.error")?.unwrap_or(false);
    flag(&query, "withInternalResourceUrl", "param.error")?;
    let mut data = state.data();
    data.drive.folder(&space_id, &parent_id)?;
    data.drive.require(&space_id, &parent_id, union_id, EDIT)?;
    if policy == Conflict::Fail && data.drive.named(&space_id, &parent_id, name, "").is_some() {
        return Err(param(format!("{name:?} exists already")));
    }
    data.drive.check_room(&space_id, size)?;
    let again = query
        .get("mediaId")
        .filter(|m| !m.is_empty())
        .and_then(|m| data.drive.uploads.get(m).map(|u| (m.clone(), u)))
        .filter(|(_, u)| u.user == union_id && state.objects.has_upload(&u.object_key))
        .map(|(m, u)| (m, u.object_key.clone()));
    let (media_id, key) = match again {
        Some(again) => again,
        None => {
            let media_id = format!("@fake-media-{}", data.id());
            let key = state.objects.begin_upload();
            (media_id, key)
        }
    };
    data.drive.uploads.insert(
        media_id.clone(),
        Upload {
            space_id: space_id.clone(),
            parent_id: parent_id.clone(),
            object_key: key.clone(),
            size,
            user: union_id.to_owned(),
        },
    );
    let signed = state.objects.part_url(&key, 1);
    json(DriveGetUploadInfoResponse {
        header_signature_upload_info: Some(DriveHeaderSignatureUploadInfo {
            internal_resource_url: internal.then(|| signed.url.clone()),
            resource_url: Some(signed.url),
            headers: Some(signed.headers.into_iter().collect::<BTreeMap<_, _>>()),
            expiration_seconds: Some(signed.expires_in as i32),
            media_id: Some(media_id),
        }),
        sts_upload_info: None,
        region: with_region.then(|| "ZHANGJIAKOU".to_owned()),
    })
}

impl Drive {
    /// Adds an entry under a folder, named as the conflict policy says; the
    /// id of the new entry, or of the existing one it was resolved to.
    #[allow(clippy::too_many_arguments)]
    fn insert(
        &mut self,
        id: String,
        space_id: &str,
        parent_id: &str,
        name: &str,
        folder: bool,
        content: Option<(String, i64)>,
        policy: Conflict,
        user: &str,
    ) -> Result<String, crate::Reply> {
        let mut name = name.to_owned();
        if let Some(existing) = self.named(space_id, parent_id, &name, "") {
            let existing_id = existing.id.clone();
            let both_files = !existing.folder && !folder;
            match policy {
                Conflict::Fail => return Err(param(format!("{name:?} exists already"))),
                Conflict::ReturnExisting => return Ok(existing_id),
                Conflict::Overwrite if both_files => {
                    let (object, size) = content.unwrap_or_default();
                    let time = now();
                    let tick = self.tick();
                    let node = self.nodes.get_mut(&existing_id).expect("a live node");
                    node.object = Some(object);
                    node.size = size;
                    node.version += 1;
                    node.modifier = user.to_owned();
                    node.modify_time = time;
                    node.modified = tick;
                    return Ok(existing_id);
                }
                Conflict::Overwrite if folder && existing.folder => return Ok(existing_id),
                _ => name = self.free_name(space_id, parent_id, &name, ""),
            }
        }
        let (object, size) = match content {
            Some((object, size)) => (Some(object), size),
            None => (None, 0),
        };
        let time = now();
        let tick = self.tick();
        self.nodes.insert(
            id.clone(),
            Node {
                id: id.clone(),
                space_id: space_id.to_owned(),
                parent_id: parent_id.to_owned(),
                folder,
                name,
                object,
                size,
                version: 1,
                creator: user.to_owned(),
                modifier: user.to_owned(),
                create_time: time,
                modify_time: time,
                created: tick,
                modified: tick,
                grants: Vec::new(),
                recycled: None,
            },
        );
        Ok(id)
    }
}

pub(super) async fn add_file(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path(space_id): Path<String>,
    DriveBody(request): DriveBody<DriveAddFileRequest>,
) -> Answer {
    let union_id = user(&request.union_id)?;
    let parent_id = request.parent_id.as_deref().unwrap_or(ROOT);
    let name = valid_name(&request.file_name)?;
    let policy = conflict(request.add_conflict_policy.as_deref())?;
    let mut data = state.data();
    data.drive.folder(&space_id, parent_id)?;
    data.drive.require(&space_id, parent_id, union_id, EDIT)?;
    let id = data.id();
    let added = match &request.file_type {
        DriveFileType::Folder => data
            .drive
            .insert(id, &space_id, parent_id, name, true, None, policy, union_id)?,
        DriveFileType::File => {
            let media_id = request
                .media_id
                .as_deref()
                .filter(|m| !m.is_empty())
                .ok_or_else(|| param("mediaId is required to add a file"))?;
            let upload = data
                .drive
                .uploads
                .get(media_id)
                .filter(|u| u.user == union_id)
                .ok_or_else(|| param(format!("mediaId {media_id} is unknown")))?;
            if upload.space_id != space_id || upload.parent_id != parent_id {
                return Err(param(format!(
                    "mediaId {media_id} was asked for another folder"
                )));
            }
            let (key, declared) = (upload.object_key.clone(), upload.size);
            let uploaded = state
                .objects
                .uploaded_size(&key)
                .map_err(|e| param(format!("the content of {media_id} is not uploaded: {e}")))?;
            if uploaded as i64 != declared {
                return Err(param(format!(
                    "{uploaded} bytes were uploaded, not the {declared} announced"
                )));
            }
            if policy == Conflict::Fail
                && data.drive.named(&space_id, parent_id, name, "").is_some()
            {
                return Err(param(format!("{name:?} exists already")));
            }
            data.drive.check_room(&space_id, declared)?;
            let (object, size) = state.objects.commit(&key).map_err(server_error)?;
            data.drive.uploads.remove(media_id);
            data.drive.insert(
                id,
                &space_id,
                parent_id,
                name,
                false,
                Some((object, size as i64)),
                policy,
                union_id,
            )?
        }
        DriveFileType::Other(other) => {
            return Err(param(format!("unknown fileType {other:?}")));
        }
    };
    let node = &data.drive.nodes[&added];
    json(data.drive.file(node))
}

pub(super) async fn get_file(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path((space_id, file_id)): Path<(String, String)>,
    Query(query): Query<Params>,
) -> Answer {
    let union_id = required(&query, "unionId", "param.error")?;
    let data = state.data();
    let node = data.drive.node(&space_id, &file_id)?;
    data.drive.require(&space_id, &file_id, union_id, READ)?;
    json(data.drive.file(node))
}

pub(super) async fn download_info(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path((space_id, file_id)): Path<(String, String)>,
    Query(query): Query<Params>,
) -> Answer {
    let union_id = required(&query, "unionId", "param.error")?;
    let with_region = flag(&query, "withRegion", "param.error")?.unwrap_or(false);
    let internal = flag(&query, "withInternalResourceUrl", "param.error")?.unwrap_or(false);
    let data = state.data();
    let node = data.drive.node(&space_id, &file_id)?;
    data.drive
        .require(&space_id, &file_id, union_id, DOWNLOAD)?;
    let Some(object) = &node.object else {
        return Err(unsupported("a folder cannot be downloaded"));
    };
    let signed = state.objects.download_url(object);
    json(DriveGetDownloadInfoResponse {
        download_info: Some(DriveDownloadInfo {
            internal_resource_url: internal.then(|| signed.url.clone()),
            resource_url: Some(signed.url),
            headers: Some(signed.headers.into_iter().collect()),
            expiration_seconds: Some(signed.expires_in as i32),
        }),
        region: with_region.then(|| "ZHANGJIAKOU".to_owned()),
    })
}

pub(super) async fn preview_info(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path((space_id, file_id)): Path<(String, String)>,
    Query(query): Query<Params>,
) -> Answer {
    let union_id = required(&query, "unionId", "param.error")?;
    let watermark = flag(&query, "watermark", "param.error")?.unwrap_or(false);
    let data = state.data();
    let node = data.drive.node(&space_id, &file_id)?;
    data.drive.require(&space_id, &file_id, union_id, READ)?;
    if node.folder {
        return Err(unsupported("a folder cannot be previewed"));
    }
    let version = match query.get("version").filter(|v| !v.is_empty()) {
        None => node.version,
        Some(v) => v
            .parse::<i64>()
            .ok()
            .filter(|v| (1..=node.version).contains(v))
            .ok_or_else(|| param(format!("file {file_id} has no version {v}")))?,
    };
    let mut url = format!(
        "https://preview.fake-dingtalk.invalid/drive/{space_id}/{file_id}?version={version}"
    );
    if watermark {
        url.push_str("&watermark=true");
    }
    json(DriveGetPreviewInfoResponse {
        info: Some(DrivePreviewInfo { url: Some(url) }),
    })
}

pub(super) async fn list_files(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path(space_id): Path<String>,
    Query(query): Query<Params>,
) -> Answer {
    let union_id = required(&query, "unionId", "param.error")?;
    required(&query, "maxResults", "param.error")?;
    let paging = Paging::from_query(&query, &LIMITS)?;
    let parent_id = query
        .get("parentId")
        .map(String::as_str)
        .filter(|p| !p.is_empty())
        .unwrap_or(ROOT);
    let with_icon = flag(&query, "withIcon", "param.error")?.unwrap_or(false);
    let data = state.data();
    let drive = &data.drive;
    drive.folder(&space_id, parent_id)?;
    drive.require(&space_id, parent_id, union_id, READ)?;
    let mut children = drive.children(&space_id, parent_id);
    let order = query.get("orderType").map(String::as_str).unwrap_or("");
    match order {
        "" | "nameAsc" => children.sort_by(|a, b| a.name.cmp(&b.name)),
        "nameDesc" => children.sort_by(|a, b| b.name.cmp(&a.name)),
        "modifyTimeAsc" => children.sort_by_key(|n| n.modified),
        "modifyTimeDesc" => children.sort_by_key(|n| std::cmp::Reverse(n.modified)),
        "createTimeAsc" => children.sort_by_key(|n| n.created),
        "createTimeDesc" => children.sort_by_key(|n| std::cmp::Reverse(n.created)),
        "fileSizeAsc" => children.sort_by_key(|n| (n.size, n.created)),
        "fileSizeDesc" => children.sort_by_key(|n| std::cmp::Reverse((n.size, n.created))),
        other => return Err(param(format!("unknown orderType {other:?}"))),
    }
    let files: Vec<DriveFile> = children
        .into_iter()
        .map(|n| {
            let mut file = drive.file(n);
            if with_icon {
                let kind = if n.folder {
                    "folder".to_owned()
                } else {
                    file.file_extension.clone().unwrap_or("file".to_owned())
                };
                file.icon = Some(format!(
                    "https://static.fake-dingtalk.invalid/icon/{kind}.png"
                ));
            }
            file
        })
        .collect();
    let (files, next_token) = paging.take(files);
    json(DriveListFilesResponse {
        files: Some(files),
        next_token: Some(next_token.unwrap_or_default()),
    })
}

pub(super) async fn rename_file(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path((space_id, file_id)): Path<(String, String)>,
    DriveBody(request): DriveBody<DriveRenameFileRequest>,
) -> Answer {
    let union_id = user(&request.union_id)?;
    let name = valid_name(&request.new_file_name)?;
    let mut data = state.data();
    let drive = &mut data.drive;
    let parent_id = drive.node(&space_id, &file_id)?.parent_id.clone();
    drive.require(&space_id, &file_id, union_id, EDIT)?;
    if drive.named(&space_id, &parent_id, name, &file_id).is_some() {
        return Err(param(format!("{name:?} exists already")));
    }
    let tick = drive.tick();
    let node = drive.nodes.get_mut(&file_id).expect("a live node");
    node.name = name.to_owned();
    node.modifier = union_id.to_owned();
    node.modify_time = now();
    node.modified = tick;
    let node = &drive.nodes[&file_id];
    json(drive.file(node))
}

impl Drive {
    /// Whether `user` may move or copy an entry into a folder.
    fn check_transfer(
        &self,
        space_id: &str,
        file_id: &str,
        target_space: &str,
        target_parent: &str,
        user: &str,
        moving: bool,
    ) -> Result<(), crate::Reply> {
        self.node(space_id, file_id)?;
        self.require(
            space_id,
            file_id,
            user,
            if moving { EDIT } else { DOWNLOAD },
        )?;
        self.folder(target_space, target_parent)?;
        self.require(target_space, target_parent, user, EDIT)?;
        if moving && self.lineage(target_parent).iter().any(|id| id == file_id) {
            return Err(param("a folder cannot be moved into itself"));
        }
        let size: i64 = self
            .subtree(file_id)
            .iter()
            .filter_map(|id| self.nodes.get(id))
            .map(|n| n.size)
            .sum();
        if target_space != space_id || !moving {
            self.check_room(target_space, size)?;
        }
        Ok(())
    }

    /// Moves an entry, with all inside it, into a folder; the id of the
    /// entry where it ends up.
    fn move_to(
        &mut self,
        file_id: &str,
        target_space: &str,
        target_parent: &str,
        policy: Conflict,
        user: &str,
    ) -> Result<String, crate::Reply> {
        let node = &self.nodes[file_id];
        let mut name = node.name.clone();
        if let Some(existing) = self.named(target_space, target_parent, &name, file_id) {
            let existing_id = existing.id.clone();
            match policy {
                Conflict::Fail => return Err(param(format!("{name:?} exists already"))),
                Conflict::ReturnExisting => return Ok(existing_id),
                Conflict::Overwrite if !existing.folder && !node.folder => {
                    self.purge(&[existing_id]);
                }
                _ => name = self.free_name(target_space, target_parent, &name, file_id),
            }
        }
        for id in self.subtree(file_id) {
            if let Some(n) = self.nodes.get_mut(&id) {
                n.space_id = target_space.to_owned();
            }
        }
        for item in self.recycled.iter_mut() {
            if self
                .nodes
                .get(&item.node_id)
                .is_some_and(|n| n.space_id == target_space)
            {
                item.space_id = target_space.to_owned();
            }
        }
        let tick = self.tick();
        let node = self.nodes.get_mut(file_id).expect("a live node");
        node.parent_id = target_parent.to_owned();
        node.name = name;
        node.modifier = user.to_owned();
        node.modify_time = now();
        node.modified = tick;
        Ok(file_id.to_owned())
    }
}

pub(super) async fn move_file(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path((space_id, file_id)): Path<(String, String)>,
    DriveBody(request): DriveBody<DriveMoveFileRequest>,
) -> Answer {
    let union_id = user(&request.union_id)?;
    let target_parent = request.target_parent_id.as_deref().unwrap_or(ROOT);
    let policy = conflict(request.add_conflict_policy.as_deref())?;
    let mut data = state.data();
    let drive = &mut data.drive;
    let target = request.target_space_id.as_str();
    drive.check_transfer(&space_id, &file_id, target, target_parent, union_id, true)?;
    let moved = drive.move_to(&file_id, target, target_parent, policy, union_id)?;
    json(drive.file(&drive.nodes[&moved]))
}

pub(super) async fn move_files(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path(space_id): Path<String>,
    DriveBody(request): DriveBody<DriveMoveFilesRequest>,
) -> Answer {
    let union_id = user(&request.union_id)?;
    if request.file_ids.is_empty() {
        return Err(param("fileIds must not be empty"));
    }
    let target_parent = request.target_parent_id.as_deref().unwrap_or(ROOT);
    let policy = conflict(request.add_conflict_policy.as_deref())?;
    let target = request.target_space_id.as_str();
    let mut data = state.data();
    let task_id = data.id();
    let drive = &mut data.drive;
    for id in &request.file_ids {
        drive.check_transfer(&space_id, id, target, target_parent, union_id, true)?;
    }
    let folders = request
        .file_ids
        .iter()
        .any(|id| drive.nodes.get(id).is_some_and(|n| n.folder));
    let total: usize = request
        .file_ids
        .iter()
        .map(|id| drive.subtree(id).len())
        .sum();
    let mut moved = Vec::new();
    for id in &request.file_ids {
        moved.push(drive.move_to(id, target, target_parent, policy, union_id)?);
    }
    if folders {
        let task = drive.new_task(task_id, union_id, total);
        return json(DriveMoveFilesResponse {
            files: None,
            task_id: Some(task),
        });
    }
    json(DriveMoveFilesResponse {
        files: Some(
            moved
                .iter()
                .map(|id| drive.file(&drive.nodes[id]))
                .collect(),
        ),
        task_id: None,
    })
}

pub(super) async fn copy_file(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path((space_id, file_id)): Path<(String, String)>,
    DriveBody(request): DriveBody<DriveCopyFileRequest>,
) -> Answer {
    let union_id = user(&request.union_id)?;
    let target_parent = request.target_parent_id.as_deref().unwrap_or(ROOT);
    let policy = conflict(request.add_conflict_policy.as_deref())?;
    let target = request.target_space_id.clone();
    let mut data = state.data();
    data.drive
        .check_transfer(&space_id, &file_id, &target, target_parent, union_id, false)?;
    // Copies top-down, so each folder is there before what goes in it.
    let sources = data.drive.subtree(&file_id);
    let mut new_ids: BTreeMap<String, String> = BTreeMap::new();
    let mut top = String::new();
    for source in &sources {
        let node = data.drive.nodes[source].clone();
        let id = data.id();
        let (parent, node_policy) = if *source == file_id {
            (target_parent.to_owned(), policy)
        } else {
            match new_ids.get(&node.parent_id) {
                Some(parent) => (parent.clone(), Conflict::AutoRename),
                None => continue,
            }
        };
        if node.recycled.is_some() {
            continue;
        }
        let content = node.object.clone().map(|o| (o, node.size));
        let copied = data.drive.insert(
            id,
            &target,
            &parent,
            &node.name,
            node.folder,
            content,
            node_policy,
            union_id,
        )?;
        if *source == file_id {
            top = copied.clone();
        }
        new_ids.insert(source.clone(), copied);
    }
    if sources.len() > 1 || data.drive.nodes[&file_id].folder {
        let task_id = data.id();
        let task = data.drive.new_task(task_id, union_id, new_ids.len());
        return json(DriveCopyFileResponse {
            file: None,
            task_id: Some(task),
        });
    }
    json(DriveCopyFileResponse {
        file: Some(data.drive.file(&data.drive.nodes[&top])),
        task_id: None,
    })
}

/// How entries are deleted.
fn to_recycle(policy: &str) -> Result<bool, crate::Reply> {
    match policy {
        "toRecycle" => Ok(true),
        "completelyDelete" => Ok(false),
        other => Err(param(format!("unknown deletePolicy {other:?}"))),
    }
}

impl Drive {
    fn delete(&mut self, item: i64, file_id: &str, recycle: bool, user: &str) {
        if !recycle {
            let ids = self.subtree(file_id);
            self.purge(&ids);
            return;
        }
        let node = &self.nodes[file_id];
        let space_id = node.space_id.clone();
        let user_bin = self
            .space(&space_id)
            .ok()
            .filter(|s| s.model.space_type == Some(DriveSpaceType::Personal))
            .map(|s| s.owner.clone().unwrap_or_else(|| user.to_owned()));
        self.recycled.push(Recycled {
            id: item,
            node_id: file_id.to_owned(),
            space_id,
            user_bin,
            deleter: user.to_owned(),
            path: self.path(file_id),
            time: now(),
        });
        self.nodes.get_mut(file_id).expect("a live node").recycled = Some(item);
    }

    fn next_item(&mut self) -> i64 {
        self.next_item += 1;
        5000 + self.next_item
    }
}

pub(super) async fn delete_file(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path((space_id, file_id)): Path<(String, String)>,
    Query(query): Query<Params>,
) -> Answer {
    let union_id = required(&query, "unionId", "param.error")?;
    let recycle = to_recycle(required(&query, "deletePolicy", "param.error")?)?;
    let mut data = state.data();
    let drive = &mut data.drive;
    drive.node(&space_id, &file_id)?;
    drive.require(&space_id, &file_id, union_id, EDIT)?;
    let item = drive.next_item();
    drive.delete(item, &file_id, recycle, union_id);
    json(DriveDeleteFileResponse {
        success: Some(true),
    })
}

pub(super) async fn delete_files(
    State(state): State<Arc<Shared>>,
    _: Authorized,
    Path(space_id): Path<String>,
    DriveBody(request): DriveBody<DriveDeleteFilesRequest>,
) -> Answer {
    let union_id = user(&request.union_id)?;
    let recycle = to_recycle(&request.delete_policy)?;
    if request.file_ids.is_empty() {
        return Err(param("fileIds must not be empty"));
    }
    let mut data = state.data();
    let task_id = data.id();
    let drive = &mut data.drive;
    for id in &request.file_ids {
        drive.node(&space_id, id)?;
        if drive.role(&space_id, id, union_id) < EDIT {
            return Err(forbidden());
        }
    }
    let folders = request
        .file_ids
        .iter()
        .any(|id| drive.nodes.get(id).is_some_and(|n| n.folder));
    let total: usize = request
        .file_ids
        .iter()
        .map(|id| drive.subtree(id).len())
        .sum();
    for id in &request.file_ids {
        // An entry inside another one of the list is gone with it.
        if drive.nodes.get(id).is_some_and(|n| drive.live(n)) {
            let item = drive.next_item();
            drive.delete(item, id, recycle, union_id);
        }
    }
    let task = folders.then(|| drive.new_task(task_id, union_id, total));
    json(DriveDeleteFilesResponse {
        success: Some(true),
        task_id: task,
    })
}

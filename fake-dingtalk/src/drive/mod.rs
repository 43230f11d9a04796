//! Drive: the organisation's shared spaces, users' own spaces and apps'
//! custom spaces, the tree of files and folders in each, uploads and
//! downloads through the object storage, recycle bins, roles, background
//! tasks and quotas.
//!
//! Files and folders are kept by id with the id of their parent folder (`0`
//! is the root of every space); paths are worked out from the parents. An
//! entry deleted into a recycle bin keeps its place but is hidden, with
//! everything inside it, until it is recovered or purged. The bytes a space
//! uses are the sizes of its files, those in the recycle bin included.
//!
//! Who may do what: the user who created a space owns all of it (the spaces
//! the fake starts with have no owner: anyone may do anything in them).
//! Anyone else holds the best role granted on the entry or a folder above
//! it: `reader` may read, `downloader` also download, `editor` also change,
//! `manager` also grant roles. A `staff` member's `memberId` is taken to be
//! the user's `unionId` (the fake knows no other ids of users); an `org`
//! member whose `memberId` is [`crate::CORP_ID`] stands for everyone.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use dingtalk::drive_1_0::*;
use dingtalk::Timestamp;

use crate::paging::Limits;
use crate::tree::{self, Entry, RecycleBin};
use crate::{now, Data, Reply, Shared, CORP_ID};

mod files;
mod management;
mod permissions;
mod recycle_bin;
mod spaces;

/// Drive lists must say how large a page to answer with, at most 50.
const LIMITS: Limits = Limits {
    default: 50,
    max: Some(50),
    invalid: "param.error",
    too_large: "param.error.maxresults",
};

/// The id of the root folder of every space.
const ROOT: &str = "0";

const GIB: i64 = 1024 * 1024 * 1024;

/// Every drive route of the spec.
pub(crate) fn routes() -> Router<Arc<Shared>> {
    const FILES: &str = "/v1.0/drive/spaces/{spaceId}/files";
    const FILE: &str = "/v1.0/drive/spaces/{spaceId}/files/{fileId}";
    let at = |base: &str, tail: &str| format!("{base}{tail}");
    Router::new()
        .route(
            "/v1.0/drive/spaces",
            post(spaces::add_space).get(spaces::list_spaces),
        )
        .route(
            "/v1.0/drive/spaces/{spaceId}",
            get(spaces::info_space).delete(spaces::delete_space),
        )
        .route("/v1.0/drive/mySpaces", get(spaces::my_space))
        .route(
            "/v1.0/drive/spaces/customSpaces",
            post(spaces::add_custom_space),
        )
        .route("/v1.0/drive/tasks/{taskId}", get(spaces::get_task))
        .route(FILES, post(files::add_file).get(files::list_files))
        .route(FILE, get(files::get_file).delete(files::delete_file))
        .route(&at(FILES, "/batchDelete"), post(files::delete_files))
        .route(&at(FILES, "/batchMove"), post(files::move_files))
        .route(&at(FILE, "/copy"), post(files::copy_file))
        .route(&at(FILE, "/move"), post(files::move_file))
        .route(&at(FILE, "/rename"), post(files::rename_file))
        .route(
            "/v1.0/drive/spaces/{spaceId}/files/{parentId}/uploadInfos",
            get(files::upload_info),
        )
        .route(&at(FILE, "/downloadInfos"), get(files::download_info))
        .route(&at(FILE, "/previewInfos"), get(files::preview_info))
        .route(
            &at(FILE, "/permissions"),
            post(permissions::add)
                .get(permissions::list)
                .put(permissions::modify),
        )
        .route(&at(FILE, "/permissions/delete"), post(permissions::delete))
        .route(&at(FILE, "/privileges"), get(permissions::privileges_info))
        .route(
            &at(FILES, "/customSpacePrivileges"),
            post(permissions::grant_custom),
        )
        .route("/v1.0/drive/recycleItems", get(recycle_bin::list))
        .route(
            "/v1.0/drive/recycleItems/recover",
            post(recycle_bin::recover),
        )
        .route("/v1.0/drive/recycleItems/delete", post(recycle_bin::delete))
        .route("/v1.0/drive/recycleItems/clear", post(recycle_bin::clear))
        .route(
            "/v1.0/drive/quotaInfos/query",
            post(management::quota_infos),
        )
        .route(
            "/v1.0/drive/managements/spaces/query",
            post(management::list_spaces),
        )
        .route(
            "/v1.0/drive/managements/spaces",
            axum::routing::put(management::modify_space),
        )
        .route(
            "/v1.0/drive/managements/quotas/buy",
            post(management::buy_quota),
        )
}

/// The drive state of the fake.
#[derive(Default)]
pub(crate) struct Drive {
    spaces: Vec<Space>,
    nodes: HashMap<String, Node>,
    /// Uploads asked for and not added as files yet, by media id.
    uploads: HashMap<String, Upload>,
    /// What the recycle bins hold, oldest first.
    recycled: Vec<Recycled>,
    next_item: i64,
    /// Orders changes finer than the timestamps' seconds.
    clock: u64,
    tasks: HashMap<String, Task>,
    /// Capacity bought on top of the organisation's own, and the orders.
    bought: i64,
    orders: Vec<i64>,
}

struct Space {
    model: DriveSpace,
    owner: Option<String>,
}

/// A file or a folder.
#[derive(Clone)]
struct Node {
    id: String,
    space_id: String,
    parent_id: String,
    folder: bool,
    name: String,
    /// A file's content in the object storage; `None` for folders.
    object: Option<String>,
    size: i64,
    version: i64,
    creator: String,
    modifier: String,
    create_time: Timestamp,
    modify_time: Timestamp,
    created: u64,
    modified: u64,
    grants: Vec<Grant>,
    /// The recycle item holding it, when deleted into a recycle bin.
    recycled: Option<i64>,
}

impl Entry for Node {
    fn id(&self) -> &str {
        &self.id
    }
    fn space_id(&self) -> &str {
        &self.space_id
    }
    fn parent_id(&self) -> &str {
        &self.parent_id
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn recycled(&self) -> bool {
        self.recycled.is_some()
    }
    fn created(&self) -> u64 {
        self.created
    }
}

/// A role held by a member on an entry.
#[derive(Clone)]
struct Grant {
    role: String,
    member: DrivePermissionMember,
    expires: Option<Instant>,
}

struct Upload {
    space_id: String,
    parent_id: String,
    object_key: String,
    size: i64,
    user: String,
}

/// An entry in a recycle bin.
struct Recycled {
    id: i64,
    node_id: String,
    space_id: String,
    /// `Some(user)` in a user's own bin, `None` in the organisation's.
    user_bin: Option<String>,
    deleter: String,
    path: String,
    time: Timestamp,
}

struct Task {
    owner: String,
    task: DriveAsyncTask,
}

/// How much a role or privilege allows.
const READ: u8 = 1;
const DOWNLOAD: u8 = 2;
const EDIT: u8 = 3;
const MANAGE: u8 = 4;
const OWN: u8 = 5;

/// What a grantable role allows; `None` for a role the drive does not know.
fn rank(role: &str) -> Option<u8> {
    match role {
        "reader" | "preview" => Some(READ),
        "downloader" | "download" => Some(DOWNLOAD),
        "editor" | "upload" => Some(EDIT),
        "manager" => Some(MANAGE),
        _ => None,
    }
}

pub(crate) fn param(message: impl Into<String>) -> Reply {
    Reply::error(400, "param.error", message)
}

pub(crate) fn forbidden() -> Reply {
    Reply::error(
        400,
        "no.priviledge",
        "You are not authorized to perform this operation.",
    )
}

pub(crate) fn unsupported(message: impl Into<String>) -> Reply {
    Reply::error(400, "unsupported.operation", message)
}

/// A `200` with no body, for the operations whose answer has none.
pub(crate) fn no_body() -> Result<Response, Reply> {
    let reply = Reply::ok(())?;
    Ok((reply.status, [("x-acs-request-id", reply.request_id)]).into_response())
}

/// A JSON answer, as a [`Response`] like [`no_body`].
pub(crate) fn json(body: impl serde::Serialize) -> Result<Response, Reply> {
    Ok(Reply::ok(body)?.into_response())
}

pub(crate) type Answer = Result<Response, Reply>;

/// A required, non-empty `unionId` of a request body.
fn user(union_id: &str) -> Result<&str, Reply> {
    if union_id.is_empty() {
        Err(param("unionId is required"))
    } else {
        Ok(union_id)
    }
}

/// The kind of content a file name suggests, and its extension.
fn content_type(name: &str) -> (String, Option<String>) {
    let extension = name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .filter(|ext| !ext.is_empty());
    let kind = match extension.as_deref() {
        Some("doc" | "docx" | "pdf" | "txt" | "md" | "xls" | "xlsx" | "ppt" | "pptx" | "csv") => {
            "document"
        }
        Some("png" | "jpg" | "jpeg" | "gif" | "bmp" | "webp") => "image",
        Some("mp4" | "mov" | "avi" | "mkv") => "video",
        Some("mp3" | "wav" | "aac" | "flac") => "audio",
        Some("zip" | "rar" | "7z" | "gz" | "tar") => "archive",
        _ => "other",
    };
    (kind.to_owned(), extension)
}

impl Data {
    pub(crate) fn add_drive_space(
        &mut self,
        name: String,
        space_type: DriveSpaceType,
    ) -> DriveSpace {
        self.new_space(
            Some(name),
            Some(space_type),
            PermissionMode::Acl,
            None,
            10 * GIB,
        )
    }

    fn new_space(
        &mut self,
        name: Option<String>,
        space_type: Option<DriveSpaceType>,
        mode: PermissionMode,
        owner: Option<String>,
        quota: i64,
    ) -> DriveSpace {
        let space = DriveSpace {
            space_id: Some(self.id()),
            space_name: name,
            space_type,
            quota: Some(quota),
            used_quota: Some(0),
            permission_mode: Some(mode),
            create_time: Some(now()),
            modify_time: Some(now()),
        };
        self.drive.spaces.push(Space {
            model: space.clone(),
            owner,
        });
        space
    }
}

impl Drive {
    fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    fn space(&self, space_id: &str) -> Result<&Space, Reply> {
        self.spaces
            .iter()
            .find(|s| s.model.space_id.as_deref() == Some(space_id))
            .ok_or_else(|| param(format!("space {space_id} does not exist")))
    }

    fn space_mut(&mut self, space_id: &str) -> Result<&mut Space, Reply> {
        self.spaces
            .iter_mut()
            .find(|s| s.model.space_id.as_deref() == Some(space_id))
            .ok_or_else(|| param(format!("space {space_id} does not exist")))
    }

    /// The space as the API shows it, with the bytes its files use.
    fn space_model(&self, space: &Space) -> DriveSpace {
        let id = space.model.space_id.as_deref().unwrap_or_default();
        DriveSpace {
            used_quota: Some(self.used(id)),
            ..space.model.clone()
        }
    }

    fn used(&self, space_id: &str) -> i64 {
        self.nodes
            .values()
            .filter(|n| n.space_id == space_id && !n.folder)
            .map(|n| n.size)
            .sum()
    }

    /// Whether a space has room for `more` bytes.
    fn check_room(&self, space_id: &str, more: i64) -> Result<(), Reply> {
        let space = self.space(space_id)?;
        let quota = space.model.quota.unwrap_or(-1);
        if quota >= 0 && self.used(space_id) + more > quota {
            return Err(param(format!(
                "space {space_id} has no room for {more} more bytes"
            )));
        }
        Ok(())
    }

    /// Whether an entry and every folder above it are out of the recycle bin.
    fn live(&self, node: &Node) -> bool {
        let mut at = Some(node);
        while let Some(n) = at {
            if n.recycled.is_some() {
                return false;
            }
            at = self.nodes.get(&n.parent_id);
        }
        true
    }

    /// A live entry of a space.
    fn node(&self, space_id: &str, file_id: &str) -> Result<&Node, Reply> {
        self.space(space_id)?;
        self.nodes
            .get(file_id)
            .filter(|n| n.space_id == space_id && self.live(n))
            .ok_or_else(|| param(format!("file {file_id} does not exist in space {space_id}")))
    }

    /// A live folder of a space to put entries in: the root or a folder.
    fn folder(&self, space_id: &str, folder_id: &str) -> Result<(), Reply> {
        self.space(space_id)?;
        if folder_id == ROOT {
            return Ok(());
        }
        let node = self.node(space_id, folder_id)?;
        if node.folder {
            Ok(())
        } else {
            Err(param(format!("{folder_id} is not a folder")))
        }
    }

    /// The ids of an entry and its ancestors, the entry first.
    fn lineage(&self, id: &str) -> Vec<String> {
        tree::lineage(&self.nodes, id)
            .into_iter()
            .map(|n| n.id.clone())
            .collect()
    }

    /// What `user` may do with an entry (`0`: the root) of a space.
    fn role(&self, space_id: &str, id: &str, user: &str) -> u8 {
        let Ok(space) = self.space(space_id) else {
            return 0;
        };
        match &space.owner {
            None => return OWN,
            Some(owner) if owner == user => return OWN,
            Some(_) => {}
        }
        let now = Instant::now();
        self.lineage(id)
            .iter()
            .filter_map(|id| self.nodes.get(id))
            .flat_map(|n| &n.grants)
            .filter(|g| g.expires.is_none_or(|e| now < e))
            .filter(|g| holds(&g.member, user))
            .filter_map(|g| rank(&g.role))
            .max()
            .unwrap_or(0)
    }

    fn require(&self, space_id: &str, id: &str, user: &str, needed: u8) -> Result<(), Reply> {
        self.space(space_id)?;
        if self.role(space_id, id, user) >= needed {
            Ok(())
        } else {
            Err(forbidden())
        }
    }

    fn path(&self, id: &str) -> String {
        tree::path(&self.nodes, id)
    }

    fn file(&self, node: &Node) -> DriveFile {
        let (kind, extension) = content_type(&node.name);
        DriveFile {
            space_id: Some(node.space_id.clone()),
            parent_id: Some(node.parent_id.clone()),
            file_id: Some(node.id.clone()),
            file_name: Some(node.name.clone()),
            file_path: Some(self.path(&node.id)),
            file_type: Some(if node.folder {
                DriveFileType::Folder
            } else {
                DriveFileType::File
            }),
            content_type: (!node.folder).then_some(kind),
            file_extension: if node.folder { None } else { extension },
            file_size: (!node.folder).then_some(node.size),
            creator: Some(node.creator.clone()),
            modifier: Some(node.modifier.clone()),
            create_time: Some(node.create_time),
            modify_time: Some(node.modify_time),
            icon: None,
            thumbnail: None,
        }
    }

    /// The live entries directly inside a folder, oldest first.
    fn children(&self, space_id: &str, parent_id: &str) -> Vec<&Node> {
        tree::children(&self.nodes, space_id, parent_id)
    }

    /// An entry and everything inside it, those in the recycle bin
    /// included, each folder before what it holds.
    fn subtree(&self, id: &str) -> Vec<String> {
        tree::tree(&self.nodes, id, RecycleBin::Include)
    }

    /// The live entry of a folder named `name`, other than `except`.
    fn named(&self, space_id: &str, parent_id: &str, name: &str, except: &str) -> Option<&Node> {
        self.children(space_id, parent_id)
            .into_iter()
            .find(|n| n.name == name && n.id != except)
    }

    /// `name`, or `name (1)`, `name (2)`... before the extension, whichever
    /// is free in the folder.
    fn free_name(&self, space_id: &str, parent_id: &str, name: &str, except: &str) -> String {
        let (stem, ext) = match name.rsplit_once('.') {
            Some((stem, ext)) if !stem.is_empty() => (stem, format!(".{ext}")),
            _ => (name, String::new()),
        };
        let mut candidate = name.to_owned();
        let mut n = 1;
        while self
            .named(space_id, parent_id, &candidate, except)
            .is_some()
        {
            candidate = format!("{stem} ({n}){ext}");
            n += 1;
        }
        candidate
    }

    /// Removes entries for good, with their recycle items.
    fn purge(&mut self, ids: &[String]) {
        for id in ids {
            self.nodes.remove(id);
        }
        self.recycled.retain(|r| !ids.contains(&r.node_id));
    }

    fn new_task(&mut self, id: String, owner: &str, total: usize) -> String {
        let time = now();
        self.tasks.insert(
            id.clone(),
            Task {
                owner: owner.to_owned(),
                task: DriveAsyncTask {
                    task_id: Some(id.clone()),
                    status: Some("success".to_owned()),
                    total: Some(total as i32),
                    success: Some(total as i32),
                    failed: Some(0),
                    begin_time: Some(time),
                    end_time: Some(time),
                },
            },
        );
        id
    }
}

/// Whether a member of a grant stands for `user`.
fn holds(member: &DrivePermissionMember, user: &str) -> bool {
    match member.member_type.as_str() {
        "staff" => member.corp_id == CORP_ID && member.member_id == user,
        "org" => member.member_id == CORP_ID,
        _ => false,
    }
}

/// A name conflict policy of the drive.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Conflict {
    AutoRename,
    Overwrite,
    ReturnExisting,
    Fail,
}

fn conflict(policy: Option<&str>) -> Result<Conflict, Reply> {
    match policy.unwrap_or("") {
        "" | "autoRename" => Ok(Conflict::AutoRename),
        "overwrite" => Ok(Conflict::Overwrite),
        "returnExistFile" => Ok(Conflict::ReturnExisting),
        "returnError" => Ok(Conflict::Fail),
        other => Err(param(format!("unknown addConflictPolicy {other:?}"))),
    }
}

/// An unexpected failure, such as the object storage failing to commit.
fn server_error(message: impl Into<String>) -> Reply {
    Reply::error(
        StatusCode::INTERNAL_SERVER_ERROR.as_u16(),
        "unknown.error",
        message,
    )
}

//! Storage: spaces, the tree of files and folders in each, their versions,
//! roles and recycle bins, uploads and downloads, and background tasks.
//!
//! Everything lives in [`Storage`], behind the fake's one lock. Entries
//! (files and folders, "dentries") are kept by id with the id of their parent
//! folder; paths are worked out from the parents, so renaming or moving a
//! folder moves everything in it. An entry in a recycle bin keeps its place
//! in the tree but is hidden, with everything inside it, from every call but
//! `storage_GetDentry(ies)`, which report it as `DELETED`.
//!
//! Who may do what: the user who created a space holds `OWNER` on all of it.
//! Anyone else holds the best role granted to them, as a user or through the
//! whole organisation ([`crate::CORP_ID`]), on the entry or a folder above it
//! (grants to departments, tags and chats are kept and listed but give no
//! access, as the fake knows no members of those). Reading needs any role,
//! downloading `DOWNLOADER`, changing `EDITOR`, and granting roles in a space
//! owned by a user `MANAGER` (in a space owned by an app anyone may grant,
//! for a limited time).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;
use std::time::Instant;

use axum::http::HeaderMap;
use axum::routing::{delete, get, post};
use axum::Router;
use dingtalk::models::*;
use dingtalk::Timestamp;

use crate::{now, required, Params, Reply, Shared, CORP_ID};

mod dentries;
mod files;
mod permissions;
mod recycle_bin;
mod spaces;

/// Every storage route of the spec.
pub(crate) fn routes() -> Router<Arc<Shared>> {
    const SPACE: &str = "/v1.0/storage/spaces/{spaceId}";
    const DENTRIES: &str = "/v1.0/storage/spaces/{spaceId}/dentries";
    const DENTRY: &str = "/v1.0/storage/spaces/{spaceId}/dentries/{dentryId}";
    const BIN: &str = "/v1.0/storage/recycleBins/{recycleBinId}";
    let at = |base: &str, tail: &str| format!("{base}{tail}");
    Router::new()
        // Spaces, the organisation, the app, tasks and events.
        .route("/v1.0/storage/spaces", post(spaces::add_space))
        .route(SPACE, get(spaces::get_space))
        .route("/v1.0/storage/orgs/{corpId}", get(spaces::get_org))
        .route(
            "/v1.0/storage/currentApps/query",
            post(spaces::get_current_app),
        )
        .route("/v1.0/storage/tasks/{taskId}", get(spaces::get_task))
        .route("/v1.0/storage/events/subscribe", post(spaces::subscribe))
        .route(
            "/v1.0/storage/events/unsubscribe",
            post(spaces::unsubscribe),
        )
        // Files and folders.
        .route(DENTRIES, get(dentries::list_dentries))
        .route(&at(DENTRIES, "/listAll"), post(dentries::list_all_dentries))
        .route(&at(DENTRIES, "/query"), post(dentries::get_dentries))
        .route(
            &at(DENTRIES, "/batchRemove"),
            post(dentries::delete_dentries),
        )
        .route(&at(DENTRIES, "/batchCopy"), post(dentries::copy_dentries))
        .route(&at(DENTRIES, "/batchMove"), post(dentries::move_dentries))
        .route(DENTRY, delete(dentries::delete_dentry))
        .route(&at(DENTRY, "/folders"), post(dentries::add_folder))
        .route(&at(DENTRY, "/query"), post(dentries::get_dentry))
        .route(&at(DENTRY, "/copy"), post(dentries::copy_dentry))
        .route(&at(DENTRY, "/move"), post(dentries::move_dentry))
        .route(&at(DENTRY, "/rename"), post(dentries::rename_dentry))
        .route(&at(DENTRY, "/versions"), get(dentries::list_versions))
        .route(
            &at(DENTRY, "/versions/{version}/revert"),
            post(dentries::revert_version),
        )
        .route(
            &at(DENTRY, "/appProperties"),
            axum::routing::put(dentries::update_app_properties),
        )
        .route(
            &at(DENTRY, "/appProperties/remove"),
            post(dentries::delete_app_properties),
        )
        .route(&at(SPACE, "/thumbnails/query"), post(dentries::thumbnails))
        // Uploads, downloads and ways of opening files.
        .route(
            &at(SPACE, "/files/uploadInfos/query"),
            post(files::upload_info),
        )
        .route(
            &at(SPACE, "/files/multiPartUploadInfos/init"),
            post(files::init_multipart),
        )
        .route(
            "/v1.0/storage/spaces/files/multiPartUploadInfos/query",
            post(files::part_infos),
        )
        .route(&at(SPACE, "/files/commit"), post(files::commit))
        .route(
            &at(DENTRY, "/downloadInfos/query"),
            post(files::download_info),
        )
        .route(&at(DENTRY, "/openInfos/query"), post(files::open_info))
        .route(
            &at(DENTRY, "/openInfos/register"),
            post(files::register_open_info),
        )
        .route(&at(DENTRY, "/webOfficeUrls"), get(files::web_office_url))
        .route(
            &at(DENTRY, "/refreshWebOfficeToken"),
            get(files::refresh_web_office_token),
        )
        // Roles.
        .route(
            &at(DENTRY, "/permissions"),
            post(permissions::add).put(permissions::update),
        )
        .route(
            &at(DENTRY, "/permissions/remove"),
            post(permissions::remove),
        )
        .route(&at(DENTRY, "/permissions/query"), post(permissions::list))
        .route(
            &at(DENTRIES, "/permissions/roles/batchQuery"),
            post(permissions::batch_query_roles),
        )
        // Recycle bins.
        .route("/v1.0/storage/recycleBins", get(recycle_bin::get_bin))
        .route(&at(BIN, "/recycleItems"), get(recycle_bin::list_items))
        .route(
            &at(BIN, "/recycleItems/{recycleItemId}"),
            get(recycle_bin::get_item).delete(recycle_bin::delete_item),
        )
        .route(
            &at(BIN, "/recycleItems/batchRemove"),
            post(recycle_bin::delete_items),
        )
        .route(
            &at(BIN, "/recycleItems/{recycleItemId}/restore"),
            post(recycle_bin::restore_item),
        )
        .route(
            &at(BIN, "/recycleItems/batchRestore"),
            post(recycle_bin::restore_items),
        )
        .route(&at(BIN, "/clear"), post(recycle_bin::clear))
}

/// The id of the root folder of every space.
pub(crate) const ROOT: &str = "0";

/// The storage state of the fake.
pub(crate) struct Storage {
    /// The fake's own origin, for the links it hands out.
    base_url: String,
    next_id: u64,
    /// Orders changes finer than the timestamps' seconds.
    clock: u64,
    /// When the app started using storage.
    started: Timestamp,
    spaces: Vec<Space>,
    nodes: HashMap<String, Node>,
    /// What the recycle bins hold, oldest first.
    recycled: Vec<Recycled>,
    uploads: HashMap<String, Upload>,
    /// The `option.storageDriver` of each upload begun, as asked.
    drivers_asked: Vec<Option<String>>,
    tasks: HashMap<String, Task>,
    subscriptions: BTreeSet<(String, String)>,
    /// WebOffice sessions by access token.
    web_office: HashMap<String, WebOfficeSession>,
}

struct Space {
    model: StorageSpace,
    recycle_bin: String,
}

/// A file or a folder.
#[derive(Clone)]
struct Node {
    id: String,
    space_id: String,
    parent_id: String,
    folder: bool,
    name: String,
    uuid: String,
    creator_id: String,
    modifier_id: String,
    create_time: Timestamp,
    modified_time: Timestamp,
    /// When it was created and last changed, on the storage's clock.
    created: u64,
    modified: u64,
    /// A file's contents, oldest first; the last one is current. Empty for folders.
    versions: Vec<Version>,
    /// App properties by the id of the space owner that set them.
    app_properties: BTreeMap<String, Vec<DentryAppProperty>>,
    grants: Vec<Grant>,
    /// Links of the app's own, by way of opening (`PREVIEW`, `EDIT`).
    open_links: BTreeMap<String, String>,
    /// The recycle item holding it, when it was deleted into a recycle bin.
    recycled: Option<String>,
}

#[derive(Clone)]
struct Version {
    number: i64,
    /// The object in the object storage.
    object: String,
    size: i64,
    modifier_id: String,
    time: Timestamp,
}

/// A role held by a member on an entry.
#[derive(Clone)]
struct Grant {
    role: PermissionRole,
    member: PermissionMember,
    duration: Option<i64>,
    expires: Option<Instant>,
    operator_id: String,
    create_time: Timestamp,
    modified_time: Timestamp,
}

/// An entry in a recycle bin.
struct Recycled {
    bin: String,
    item: RecycleItem,
}

/// An upload not committed yet.
struct Upload {
    space_id: String,
    /// Its key in the object storage.
    object_key: String,
    multipart: bool,
    operator: String,
}

struct Task {
    owner: String,
    task: StorageTask,
}

struct WebOfficeSession {
    dentry_id: String,
    refresh_token: String,
}

/// How an entry is to be answered with.
#[derive(Default)]
struct View<'a> {
    /// Add a thumbnail link to images.
    thumbnail: bool,
    /// Only the app properties of these owners.
    app_ids: Option<&'a [String]>,
}

impl<'a> View<'a> {
    fn of(option: Option<&'a DentryQueryOption>) -> View<'a> {
        View {
            thumbnail: option.and_then(|o| o.with_thumbnail).unwrap_or(false),
            app_ids: option.and_then(|o| o.app_ids_for_app_properties.as_deref()),
        }
    }
}

/// Where an entry with a given name goes in a folder.
enum Placement {
    /// Under this name; nothing is in the way.
    Free(String),
    /// An entry of that name is there and is to be answered with as it is.
    Taken(String),
    /// An entry of that name (and kind) is there and is to be replaced.
    Replace(String),
}

/// The operator of a storage call: the token is checked and `unionId` required.
fn operator(state: &Shared, headers: &HeaderMap, query: &Params) -> Result<String, Reply> {
    state.authorize(headers)?;
    Ok(required(query, "unionId", "paramError")?.to_owned())
}

fn param_error(message: impl Into<String>) -> Reply {
    Reply::error(400, "paramError", message)
}

fn space_not_exist(id: &str) -> Reply {
    Reply::error(404, "spaceNotExist", format!("space {id} does not exist"))
}

fn dentry_not_exist(id: &str) -> Reply {
    Reply::error(404, "dentryNotExist", format!("dentry {id} does not exist"))
}

fn permission_denied(what: impl Into<String>) -> Reply {
    Reply::error(403, "permissionDenied", what)
}

fn already_exists(name: &str) -> Reply {
    Reply::error(
        400,
        "dentryAlreadyExist",
        format!("{name:?} already exists"),
    )
}

/// Characters a file or folder name may not contain.
const ILLEGAL_NAME_CHARACTERS: &[char] = &['\t', '*', '"', '<', '>', '`'];

/// A name as the spec allows it, without its leading and trailing spaces.
fn valid_name(name: &str) -> Result<String, Reply> {
    let name = name.trim();
    if name.is_empty() || name.ends_with('.') || name.contains(ILLEGAL_NAME_CHARACTERS) {
        return Err(Reply::error(
            400,
            "dentryNameIllegal",
            format!("illegal name {name:?}"),
        ));
    }
    Ok(name.to_owned())
}

/// The conflict strategy asked for; `AUTO_RENAME` when none.
fn strategy(given: Option<ConflictStrategy>) -> Result<ConflictStrategy, Reply> {
    match given.unwrap_or(ConflictStrategy::AutoRename) {
        ConflictStrategy::Other(other) => Err(Reply::error(
            400,
            "paramError.conflictStrategy",
            format!("unknown conflictStrategy {other}"),
        )),
        known => Ok(known),
    }
}

/// A required string of a request body, which must not be empty.
fn non_empty<'a>(value: &'a str, name: &str) -> Result<&'a str, Reply> {
    if value.is_empty() {
        Err(param_error(format!("{name} must not be empty")))
    } else {
        Ok(value)
    }
}

/// A file's extension, the part of its name after the last dot.
fn extension(name: &str) -> Option<String> {
    name.rsplit_once('.')
        .map(|(stem, ext)| (stem, ext.to_ascii_lowercase()))
        .filter(|(stem, ext)| !stem.is_empty() && !ext.is_empty())
        .map(|(_, ext)| ext)
}

const IMAGES: &[&str] = &["png", "jpg", "jpeg", "gif", "bmp", "webp", "heic"];
const OFFICE: &[&str] = &["doc", "docx", "xls", "xlsx", "ppt", "pptx", "pdf"];

/// The kind of content storage files a file under, by its extension.
fn category(ext: Option<&str>) -> &'static str {
    match ext.unwrap_or("") {
        e if IMAGES.contains(&e) => "IMAGE",
        "doc" | "docx" | "xls" | "xlsx" | "ppt" | "pptx" | "pdf" | "txt" | "md" | "csv" | "rtf" => {
            "DOCUMENT"
        }
        "mp4" | "mov" | "avi" | "mkv" | "webm" => "VIDEO",
        "mp3" | "wav" | "aac" | "flac" | "m4a" => "AUDIO",
        "zip" | "rar" | "7z" | "tar" | "gz" => "ARCHIVE",
        _ => "OTHER",
    }
}

/// How many rights a role gives, from 5 (`OWNER`) down to 1 (`READER`).
fn rank(role: &PermissionRole) -> u8 {
    match role {
        PermissionRole::Owner => 5,
        PermissionRole::Manager => 4,
        PermissionRole::Editor => 3,
        PermissionRole::Downloader => 2,
        PermissionRole::Reader => 1,
        PermissionRole::Other(_) => 0,
    }
}

/// A role as the server reports it, with its display name.
fn role_model(role: &PermissionRole) -> Role {
    let name = match role {
        PermissionRole::Owner => "Owner",
        PermissionRole::Manager => "Manager",
        PermissionRole::Editor => "Editor",
        PermissionRole::Downloader => "Downloader",
        PermissionRole::Reader => "Reader",
        PermissionRole::Other(other) => other.as_str(),
    };
    Role {
        id: Some(role.clone()),
        name: Some(name.to_owned()),
    }
}

/// The name `n`th of a kind: `Reports (2)`, `report (2).txt`.
fn numbered(name: &str, folder: bool, n: usize) -> String {
    match (folder, name.rsplit_once('.')) {
        (false, Some((stem, ext))) if !stem.is_empty() => format!("{stem} ({n}).{ext}"),
        _ => format!("{name} ({n})"),
    }
}

impl Storage {
    pub(crate) fn new(base_url: String) -> Storage {
        Storage {
            base_url,
            next_id: 0,
            clock: 0,
            started: now(),
            spaces: Vec::new(),
            nodes: HashMap::new(),
            recycled: Vec::new(),
            uploads: HashMap::new(),
            drivers_asked: Vec::new(),
            tasks: HashMap::new(),
            subscriptions: BTreeSet::new(),
            web_office: HashMap::new(),
        }
    }

    pub(crate) fn subscriptions(&self) -> Vec<(String, String)> {
        self.subscriptions.iter().cloned().collect()
    }

    pub(crate) fn drivers_asked(&self) -> Vec<Option<String>> {
        self.drivers_asked.clone()
    }

    /// Uploads begun and not committed are no longer accepted.
    pub(crate) fn forget_uploads(&mut self) {
        self.uploads.clear();
    }

    fn id(&mut self) -> String {
        self.next_id += 1;
        format!("{}", 200_000 + self.next_id)
    }

    fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    fn space(&self, id: &str) -> Result<&Space, Reply> {
        self.spaces
            .iter()
            .find(|s| s.model.id.as_deref() == Some(id))
            .ok_or_else(|| space_not_exist(id))
    }

    /// An entry of the space, in a recycle bin or not.
    fn any_node(&self, space_id: &str, id: &str) -> Result<&Node, Reply> {
        self.nodes
            .get(id)
            .filter(|n| n.space_id == space_id)
            .ok_or_else(|| dentry_not_exist(id))
    }

    /// An entry of the space that is not in a recycle bin.
    fn node(&self, space_id: &str, id: &str) -> Result<&Node, Reply> {
        let node = self.any_node(space_id, id)?;
        if self.is_live(id) {
            Ok(node)
        } else {
            Err(dentry_not_exist(id))
        }
    }

    /// A file of the space that is not in a recycle bin.
    fn file(&self, space_id: &str, id: &str) -> Result<&Node, Reply> {
        let node = self.node(space_id, id)?;
        if node.folder {
            return Err(param_error(format!("{id} is a folder, not a file")));
        }
        Ok(node)
    }

    /// Checks that `id` is the root or a folder of the space not in a recycle bin.
    fn folder(&self, space_id: &str, id: &str) -> Result<(), Reply> {
        if id == ROOT {
            return Ok(());
        }
        if !self.node(space_id, id)?.folder {
            return Err(param_error(format!("{id} is a file, not a folder")));
        }
        Ok(())
    }

    /// Whether an entry exists and neither it nor a folder above it is in a recycle bin.
    fn is_live(&self, id: &str) -> bool {
        let mut at = id;
        while at != ROOT {
            match self.nodes.get(at) {
                Some(node) if node.recycled.is_none() => at = &node.parent_id,
                _ => return false,
            }
        }
        true
    }

    /// The entry and the folders above it, nearest first.
    fn lineage(&self, id: &str) -> Vec<&Node> {
        let mut nodes = Vec::new();
        let mut at = id;
        while let Some(node) = self.nodes.get(at) {
            nodes.push(node);
            at = &node.parent_id;
        }
        nodes
    }

    /// Whether `id` is `ancestor` or inside it.
    fn is_within(&self, id: &str, ancestor: &str) -> bool {
        self.lineage(id).iter().any(|n| n.id == ancestor)
    }

    fn path(&self, id: &str) -> String {
        let names: Vec<&str> = self
            .lineage(id)
            .iter()
            .rev()
            .map(|n| n.name.as_str())
            .collect();
        format!("/{}", names.join("/"))
    }

    /// The entries directly inside a folder (`0` for the root) that are not in a recycle bin.
    fn children(&self, space_id: &str, parent_id: &str) -> Vec<&Node> {
        self.nodes
            .values()
            .filter(|n| n.space_id == space_id && n.parent_id == parent_id && n.recycled.is_none())
            .collect()
    }

    /// The entry and everything inside it that is not in a recycle bin on
    /// its own, each parent before what it holds.
    fn tree(&self, id: &str) -> Vec<String> {
        let mut ids = vec![id.to_owned()];
        let mut next = 0;
        while next < ids.len() {
            let parent = ids[next].clone();
            next += 1;
            let Some(space) = self.nodes.get(&parent).map(|n| &n.space_id) else {
                continue;
            };
            let mut children: Vec<&Node> = self.children(space, &parent);
            children.sort_by_key(|n| n.created);
            ids.extend(children.into_iter().map(|n| n.id.clone()));
        }
        ids
    }

    /// The current size of a file, or of everything in a folder.
    fn size_of(&self, id: &str) -> i64 {
        self.tree(id)
            .iter()
            .filter_map(|id| self.nodes.get(id)?.versions.last())
            .map(|v| v.size)
            .sum()
    }

    /// Bytes the files of a space take, those in its recycle bin included.
    fn used(&self, space_id: &str) -> i64 {
        self.nodes
            .values()
            .filter(|n| n.space_id == space_id)
            .filter_map(|n| n.versions.last())
            .map(|v| v.size)
            .sum()
    }

    /// Where an entry named `name` goes in folder `parent_id`, by `strategy`;
    /// `moving` is the entry being put there, which is not in its own way.
    fn place(
        &self,
        space_id: &str,
        parent_id: &str,
        name: &str,
        folder: bool,
        strategy: &ConflictStrategy,
        moving: Option<&str>,
    ) -> Result<Placement, Reply> {
        let siblings: Vec<&Node> = self
            .children(space_id, parent_id)
            .into_iter()
            .filter(|n| Some(n.id.as_str()) != moving)
            .collect();
        let taken = |name: &str| siblings.iter().find(|n| n.name == name);
        let Some(existing) = taken(name) else {
            return Ok(Placement::Free(name.to_owned()));
        };
        match strategy {
            ConflictStrategy::ReturnDentryIfExists => Ok(Placement::Taken(existing.id.clone())),
            ConflictStrategy::ReturnErrorIfExists => Err(already_exists(name)),
            ConflictStrategy::Overwrite if existing.folder == folder => {
                Ok(Placement::Replace(existing.id.clone()))
            }
            // A file never replaces a folder, nor a folder a file.
            ConflictStrategy::Overwrite => Err(already_exists(name)),
            _ => Ok(Placement::Free(
                (1..)
                    .map(|n| numbered(name, folder, n))
                    .find(|candidate| taken(candidate).is_none())
                    .unwrap_or_else(|| name.to_owned()),
            )),
        }
    }

    /// Adds an entry: a file with its first version's contents (object and
    /// size), or a folder when there are none.
    fn insert(
        &mut self,
        space_id: &str,
        parent_id: &str,
        name: String,
        user: &str,
        content: Option<(String, i64)>,
    ) -> String {
        let id = self.id();
        let at = self.tick();
        let time = now();
        let versions = content
            .map(|(object, size)| {
                vec![Version {
                    number: 1,
                    object,
                    size,
                    modifier_id: user.to_owned(),
                    time,
                }]
            })
            .unwrap_or_default();
        let node = Node {
            id: id.clone(),
            space_id: space_id.to_owned(),
            parent_id: parent_id.to_owned(),
            folder: versions.is_empty(),
            name,
            uuid: format!("fake-uuid-{id}"),
            creator_id: user.to_owned(),
            modifier_id: user.to_owned(),
            create_time: time,
            modified_time: time,
            created: at,
            modified: at,
            versions,
            app_properties: BTreeMap::new(),
            grants: Vec::new(),
            open_links: BTreeMap::new(),
            recycled: None,
        };
        self.nodes.insert(id.clone(), node);
        id
    }

    /// Marks an entry changed by `user` now.
    fn touch(&mut self, id: &str, user: &str) {
        let at = self.tick();
        if let Some(node) = self.nodes.get_mut(id) {
            node.modifier_id = user.to_owned();
            node.modified_time = now();
            node.modified = at;
        }
    }

    /// Adds a version with new contents to a file.
    fn add_version(&mut self, id: &str, user: &str, object: String, size: i64) {
        self.touch(id, user);
        if let Some(node) = self.nodes.get_mut(id) {
            let number = node.versions.last().map_or(1, |v| v.number + 1);
            node.versions.push(Version {
                number,
                object,
                size,
                modifier_id: user.to_owned(),
                time: node.modified_time,
            });
        }
    }

    /// Deletes an entry and everything in it for good (what is in a recycle
    /// bin on its own stays there).
    fn purge(&mut self, id: &str) {
        for id in self.tree(id) {
            self.nodes.remove(&id);
            self.web_office.retain(|_, s| s.dentry_id != id);
        }
    }

    /// Sets the app properties of the space's owner on an entry: each
    /// replaces one of the same name.
    fn set_app_properties(&mut self, space_id: &str, id: &str, properties: Vec<AppProperty>) {
        let owner = self
            .space(space_id)
            .ok()
            .and_then(|s| s.model.owner_id.clone())
            .unwrap_or_default();
        if let Some(node) = self.nodes.get_mut(id) {
            let mine = node.app_properties.entry(owner).or_default();
            for property in properties {
                mine.retain(|p| p.name.as_deref() != Some(property.name.as_str()));
                mine.push(DentryAppProperty {
                    name: Some(property.name),
                    value: Some(property.value),
                    visibility: Some(property.visibility),
                });
            }
        }
    }

    /// A task that has already finished, as the fake does background work at once.
    fn finished_task(&mut self, owner: &str, total: usize) -> String {
        let id = self.id();
        let time = now();
        let task = StorageTask {
            id: Some(id.clone()),
            status: Some(TaskStatus::Success),
            total_count: Some(total as i64),
            success_count: Some(total as i64),
            fail_count: Some(0),
            fail_message: None,
            begin_time: Some(time),
            end_time: Some(time),
        };
        self.tasks.insert(
            id.clone(),
            Task {
                owner: owner.to_owned(),
                task,
            },
        );
        id
    }

    /// A task for work on `id` when it is a folder with content, which
    /// DingTalk does in the background.
    fn task_if_large(&mut self, id: &str, user: &str) -> Option<String> {
        let tree = self.tree(id);
        let large = self.nodes.get(id).is_some_and(|n| n.folder) && tree.len() > 1;
        large.then(|| self.finished_task(user, tree.len()))
    }

    /// An entry as the API answers with it.
    fn render(&self, node: &Node, view: &View<'_>) -> Dentry {
        let current = node.versions.last();
        let ext = if node.folder {
            None
        } else {
            extension(&node.name)
        };
        let app_properties: BTreeMap<String, Vec<DentryAppProperty>> = node
            .app_properties
            .iter()
            .filter(|(owner, properties)| {
                !properties.is_empty() && view.app_ids.is_none_or(|ids| ids.contains(owner))
            })
            .map(|(owner, properties)| (owner.clone(), properties.clone()))
            .collect();
        let thumbnail = (view.thumbnail && ext.as_deref().is_some_and(|e| IMAGES.contains(&e)))
            .then(|| self.thumbnail(node));
        Dentry {
            id: Some(node.id.clone()),
            space_id: Some(node.space_id.clone()),
            parent_id: Some(node.parent_id.clone()),
            r#type: Some(if node.folder {
                DentryType::Folder
            } else {
                DentryType::File
            }),
            name: Some(node.name.clone()),
            size: current.map(|v| v.size),
            path: Some(self.path(&node.id)),
            version: current.map(|v| v.number),
            status: Some(if self.is_live(&node.id) {
                DentryStatus::Normal
            } else {
                DentryStatus::Deleted
            }),
            category: (!node.folder).then(|| category(ext.as_deref()).to_owned()),
            extension: ext,
            creator_id: Some(node.creator_id.clone()),
            modifier_id: Some(node.modifier_id.clone()),
            create_time: Some(node.create_time),
            modified_time: Some(node.modified_time),
            properties: Some(DentryProperties {
                read_only: Some(false),
            }),
            app_properties: (!app_properties.is_empty())
                .then_some(DentryAppProperties::ByOwner(app_properties)),
            uuid: Some(node.uuid.clone()),
            partition_type: Some(PartitionType::PublicOssPartition),
            storage_driver: Some(StorageDriver::Dingtalk),
            thumbnail,
        }
    }

    /// A thumbnail link of an image. The link has the shape of DingTalk's
    /// but nothing is served there.
    fn thumbnail(&self, node: &Node) -> Thumbnail {
        let version = node.versions.last().map_or(0, |v| v.number);
        Thumbnail {
            url: Some(format!(
                "{}/thumbnails/{}/{}.png",
                self.base_url, node.id, version
            )),
            width: Some(64),
            height: Some(64),
        }
    }

    /// A space as the API answers with it, its use counted now.
    fn render_space(&self, space: &Space) -> StorageSpace {
        let mut model = space.model.clone();
        let used = self.used(model.id.as_deref().unwrap_or_default());
        model.used_quota = Some(used);
        for partition in model.partitions.iter_mut().flatten() {
            if let Some(quota) = partition.quota.as_mut() {
                quota.used = Some(used);
            }
        }
        model
    }

    /// The role `user` holds on entry `id` (the root: `0`) of a space: `OWNER`
    /// for the space's creator, else the best role granted on the entry or a
    /// folder above it.
    fn role(&self, space: &Space, id: &str, user: &str) -> Option<PermissionRole> {
        if space.model.creator_id.as_deref() == Some(user) {
            return Some(PermissionRole::Owner);
        }
        self.lineage(id)
            .iter()
            .flat_map(|node| node.grants.iter())
            .filter(|grant| grant_applies(grant, user))
            .map(|grant| grant.role.clone())
            .max_by_key(rank)
    }

    /// Whether `user` holds a role anywhere in a space.
    fn has_access(&self, space: &Space, user: &str) -> bool {
        let space_id = space.model.id.as_deref().unwrap_or_default();
        space.model.creator_id.as_deref() == Some(user)
            || self
                .nodes
                .values()
                .any(|n| n.space_id == space_id && n.grants.iter().any(|g| grant_applies(g, user)))
    }

    /// Checks that `user` holds at least `needed` on entry `id` of a space.
    fn require(
        &self,
        space_id: &str,
        id: &str,
        user: &str,
        needed: PermissionRole,
    ) -> Result<(), Reply> {
        let space = self.space(space_id)?;
        match self.role(space, id, user) {
            Some(role) if rank(&role) >= rank(&needed) => Ok(()),
            _ => Err(permission_denied(format!(
                "{user} does not hold {needed} on {id}"
            ))),
        }
    }

    /// Checks that `user` holds a role somewhere in a space.
    fn require_access(&self, space_id: &str, user: &str) -> Result<&Space, Reply> {
        let space = self.space(space_id)?;
        if self.has_access(space, user) {
            Ok(space)
        } else {
            Err(permission_denied(format!(
                "{user} holds no role in space {space_id}"
            )))
        }
    }
}

/// Whether a grant gives `user` its role now.
fn grant_applies(grant: &Grant, user: &str) -> bool {
    let member = match &grant.member.r#type {
        MemberType::User => grant.member.id == user,
        MemberType::Org => grant.member.id == CORP_ID,
        _ => false,
    };
    member && grant.expires.is_none_or(|at| Instant::now() < at)
}

//! The storage state of the fake and what keeps its tree of entries: spaces,
//! entries and their versions, uploads, tasks and WebOffice sessions.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::time::Instant;

use dingtalk::storage_1_0::*;
use dingtalk::Timestamp;

use super::errors::{already_exists, dentry_not_exist, param_error, space_not_exist};
use super::names::numbered;
use crate::tree::{self, Entry, RecycleBin};
use crate::{now, Reply};

/// The id of the root folder of every space.
pub(super) const ROOT: &str = "0";

/// The storage state of the fake.
pub(crate) struct Storage {
    /// The fake's own origin, for the links it hands out.
    pub(super) base_url: String,
    next_id: u64,
    /// Orders changes finer than the timestamps' seconds.
    clock: u64,
    /// When the app started using storage.
    pub(super) started: Timestamp,
    pub(super) spaces: Vec<Space>,
    pub(super) nodes: HashMap<String, Node>,
    /// What the recycle bins hold, oldest first.
    pub(super) recycled: Vec<Recycled>,
    pub(super) uploads: HashMap<String, Upload>,
    /// The `option.storageDriver` of each upload begun, as asked.
    pub(super) drivers_asked: Vec<Option<String>>,
    pub(super) tasks: HashMap<String, Task>,
    pub(super) subscriptions: BTreeSet<(String, String)>,
    /// WebOffice sessions by access token.
    pub(super) web_office: HashMap<String, WebOfficeSession>,
}

pub(super) struct Space {
    pub(super) model: StorageSpace,
    pub(super) recycle_bin: String,
}

/// A file or a folder.
#[derive(Clone)]
pub(super) struct Node {
    pub(super) id: String,
    pub(super) space_id: String,
    pub(super) parent_id: String,
    pub(super) folder: bool,
    pub(super) name: String,
    pub(super) uuid: String,
    pub(super) creator_id: String,
    pub(super) modifier_id: String,
    pub(super) create_time: Timestamp,
    pub(super) modified_time: Timestamp,
    /// When it was created and last changed, on the storage's clock.
    pub(super) created: u64,
    pub(super) modified: u64,
    /// A file's contents, oldest first; the last one is current. Empty for folders.
    pub(super) versions: Vec<Version>,
    /// App properties by the id of the space owner that set them.
    pub(super) app_properties: BTreeMap<String, Vec<DentryAppProperty>>,
    pub(super) grants: Vec<Grant>,
    /// Links of the app's own, by way of opening (`PREVIEW`, `EDIT`).
    pub(super) open_links: BTreeMap<String, String>,
    /// The recycle item holding it, when it was deleted into a recycle bin.
    pub(super) recycled: Option<String>,
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

#[derive(Clone)]
pub(super) struct Version {
    pub(super) number: i64,
    /// The object in the object storage.
    pub(super) object: String,
    pub(super) size: i64,
    pub(super) modifier_id: String,
    pub(super) time: Timestamp,
}

/// A role held by a member on an entry.
#[derive(Clone)]
pub(super) struct Grant {
    pub(super) role: PermissionRole,
    pub(super) member: PermissionMember,
    pub(super) duration: Option<i64>,
    pub(super) expires: Option<Instant>,
    pub(super) operator_id: String,
    pub(super) create_time: Timestamp,
    pub(super) modified_time: Timestamp,
}

/// An entry in a recycle bin.
pub(super) struct Recycled {
    pub(super) bin: String,
    pub(super) item: RecycleItem,
}

/// An upload not committed yet.
pub(super) struct Upload {
    pub(super) space_id: String,
    /// Its key in the object storage.
    pub(super) object_key: String,
    pub(super) multipart: bool,
    pub(super) operator: String,
}

pub(super) struct Task {
    pub(super) owner: String,
    pub(super) task: StorageTask,
}

pub(super) struct WebOfficeSession {
    pub(super) dentry_id: String,
    pub(super) refresh_token: String,
}

/// How an entry is to be answered with.
#[derive(Default)]
pub(super) struct View<'a> {
    /// Add a thumbnail link to images.
    pub(super) thumbnail: bool,
    /// Only the app properties of these owners.
    pub(super) app_ids: Option<&'a [String]>,
}

impl<'a> View<'a> {
    pub(super) fn of(option: Option<&'a DentryQueryOption>) -> View<'a> {
        View {
            thumbnail: option.and_then(|o| o.with_thumbnail).unwrap_or(false),
            app_ids: option.and_then(|o| o.app_ids_for_app_properties.as_deref()),
        }
    }
}

/// Where an entry with a given name goes in a folder.
pub(super) enum Placement {
    /// Under this name; nothing is in the way.
    Free(String),
    /// An entry of that name is there and is to be answered with as it is.
    Taken(String),
    /// An entry of that name (and kind) is there and is to be replaced.
    Replace(String),
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

    pub(super) fn id(&mut self) -> String {
        self.next_id += 1;
        format!("{}", 200_000 + self.next_id)
    }

    pub(super) fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    pub(super) fn space(&self, id: &str) -> Result<&Space, Reply> {
        self.spaces
            .iter()
            .find(|s| s.model.id.as_deref() == Some(id))
            .ok_or_else(|| space_not_exist(id))
    }

    /// An entry of the space, in a recycle bin or not.
    pub(super) fn any_node(&self, space_id: &str, id: &str) -> Result<&Node, Reply> {
        self.nodes
            .get(id)
            .filter(|n| n.space_id == space_id)
            .ok_or_else(|| dentry_not_exist(id))
    }

    /// An entry of the space that is not in a recycle bin.
    pub(super) fn node(&self, space_id: &str, id: &str) -> Result<&Node, Reply> {
        let node = self.any_node(space_id, id)?;
        if self.is_live(id) {
            Ok(node)
        } else {
            Err(dentry_not_exist(id))
        }
    }

    /// A file of the space that is not in a recycle bin.
    pub(super) fn file(&self, space_id: &str, id: &str) -> Result<&Node, Reply> {
        let node = self.node(space_id, id)?;
        if node.folder {
            return Err(param_error(format!("{id} is a folder, not a file")));
        }
        Ok(node)
    }

    /// Checks that `id` is the root or a folder of the space not in a recycle bin.
    pub(super) fn folder(&self, space_id: &str, id: &str) -> Result<(), Reply> {
        if id == ROOT {
            return Ok(());
        }
        if !self.node(space_id, id)?.folder {
            return Err(param_error(format!("{id} is a file, not a folder")));
        }
        Ok(())
    }

    /// Whether an entry exists and neither it nor a folder above it is in a recycle bin.
    pub(super) fn is_live(&self, id: &str) -> bool {
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
    pub(super) fn lineage(&self, id: &str) -> Vec<&Node> {
        tree::lineage(&self.nodes, id)
    }

    /// Whether `id` is `ancestor` or inside it.
    pub(super) fn is_within(&self, id: &str, ancestor: &str) -> bool {
        self.lineage(id).iter().any(|n| n.id == ancestor)
    }

    pub(super) fn path(&self, id: &str) -> String {
        tree::path(&self.nodes, id)
    }

    /// The entries directly inside a folder (`0` for the root) that are not
    /// in a recycle bin, oldest first.
    pub(super) fn children(&self, space_id: &str, parent_id: &str) -> Vec<&Node> {
        tree::children(&self.nodes, space_id, parent_id)
    }

    /// The entry and everything inside it that is not in a recycle bin on
    /// its own, each parent before what it holds.
    pub(super) fn tree(&self, id: &str) -> Vec<String> {
        tree::tree(&self.nodes, id, RecycleBin::Skip)
    }

    /// The current size of a file, or of everything in a folder.
    pub(super) fn size_of(&self, id: &str) -> i64 {
        self.tree(id)
            .iter()
            .filter_map(|id| self.nodes.get(id)?.versions.last())
            .map(|v| v.size)
            .sum()
    }

    /// Bytes the files of a space take, those in its recycle bin included.
    pub(super) fn used(&self, space_id: &str) -> i64 {
        self.nodes
            .values()
            .filter(|n| n.space_id == space_id)
            .filter_map(|n| n.versions.last())
            .map(|v| v.size)
            .sum()
    }

    /// Where an entry named `name` goes in folder `parent_id`, by `strategy`;
    /// `moving` is the entry being put there, which is not in its own way.
    pub(super) fn place(
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
    pub(super) fn insert(
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
    pub(super) fn touch(&mut self, id: &str, user: &str) {
        let at = self.tick();
        if let Some(node) = self.nodes.get_mut(id) {
            node.modifier_id = user.to_owned();
            node.modified_time = now();
            node.modified = at;
        }
    }

    /// Adds a version with new contents to a file.
    pub(super) fn add_version(&mut self, id: &str, user: &str, object: String, size: i64) {
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
    pub(super) fn purge(&mut self, id: &str) {
        for id in self.tree(id) {
            self.nodes.remove(&id);
            self.web_office.retain(|_, s| s.dentry_id != id);
        }
    }

    /// Sets the app properties of the space's owner on an entry: each
    /// replaces one of the same name.
    pub(super) fn set_app_properties(
        &mut self,
        space_id: &str,
        id: &str,
        properties: Vec<AppProperty>,
    ) {
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
    pub(super) fn finished_task(&mut self, owner: &str, total: usize) -> String {
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
    pub(super) fn task_if_large(&mut self, id: &str, user: &str) -> Option<String> {
        let tree = self.tree(id);
        let large = self.nodes.get(id).is_some_and(|n| n.folder) && tree.len() > 1;
        large.then(|| self.finished_task(user, tree.len()))
    }
}

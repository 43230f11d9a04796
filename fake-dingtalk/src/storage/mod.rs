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

mod access;
mod dentries;
mod errors;
mod files;
mod names;
mod permissions;
mod recycle_bin;
mod render;
mod routes;
mod spaces;
mod state;

pub(crate) use routes::routes;
pub(crate) use state::Storage;

use access::role_model;
use errors::{
    already_exists, dentry_not_exist, non_empty, param_error, permission_denied, space_not_exist,
};
use names::{extension, strategy, valid_name, IMAGES, OFFICE};
use state::{Grant, Node, Placement, Recycled, Space, Upload, View, WebOfficeSession, ROOT};

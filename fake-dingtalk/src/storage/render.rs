//! Entries and spaces as the API answers with them.

use std::collections::BTreeMap;

use dingtalk::storage_1_0::*;

use super::names::{category, extension, IMAGES};
use super::state::{Node, Space, Storage, View};

impl Storage {
    /// An entry as the API answers with it.
    pub(super) fn render(&self, node: &Node, view: &View<'_>) -> Dentry {
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
    pub(super) fn thumbnail(&self, node: &Node) -> Thumbnail {
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
    pub(super) fn render_space(&self, space: &Space) -> StorageSpace {
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
}

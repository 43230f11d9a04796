//! The baseline's models: serde structs written by hand for the same
//! responses, as an application calling DingTalk with plain reqwest would.
//! Times are `chrono::DateTime<FixedOffset>` (RFC 3339), enums are closed.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct SpaceResponse {
    pub space: Option<Space>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Space {
    pub id: Option<String>,
    pub corp_id: Option<String>,
    pub creator_id: Option<String>,
    pub owner_type: Option<OwnerType>,
    pub owner_id: Option<String>,
    pub modifier_id: Option<String>,
    pub used_quota: Option<i64>,
    pub quota: Option<i64>,
    pub status: Option<SpaceStatus>,
    pub create_time: Option<DateTime<FixedOffset>>,
    pub modified_time: Option<DateTime<FixedOffset>>,
    pub app_id: Option<String>,
    pub scene: Option<String>,
    pub scene_id: Option<String>,
    pub capabilities: Option<Capabilities>,
    pub name: Option<String>,
    pub partitions: Option<Vec<Partition>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum OwnerType {
    User,
    App,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SpaceStatus {
    Normal,
    Delete,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Capabilities {
    pub can_search: Option<bool>,
    pub can_rename: Option<bool>,
    pub can_record_recent_file: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Partition {
    pub partition_type: Option<PartitionType>,
    pub quota: Option<Quota>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PartitionType {
    PublicOssPartition,
    MiniOssPartition,
}

#[derive(Debug, Deserialize)]
pub struct Quota {
    pub used: Option<i64>,
    pub max: Option<i64>,
    pub reserved: Option<i64>,
    #[serde(rename = "type")]
    pub kind: Option<QuotaType>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum QuotaType {
    Share,
    Private,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DentryPage {
    pub dentries: Option<Vec<Dentry>>,
    pub next_token: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dentry {
    pub id: Option<String>,
    pub space_id: Option<String>,
    pub parent_id: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<DentryType>,
    pub name: Option<String>,
    pub size: Option<i64>,
    pub path: Option<String>,
    pub version: Option<i64>,
    pub status: Option<DentryStatus>,
    pub extension: Option<String>,
    pub creator_id: Option<String>,
    pub modifier_id: Option<String>,
    pub create_time: Option<DateTime<FixedOffset>>,
    pub modified_time: Option<DateTime<FixedOffset>>,
    pub properties: Option<DentryProperties>,
    pub app_properties: Option<BTreeMap<String, Vec<AppProperty>>>,
    pub uuid: Option<String>,
    pub partition_type: Option<PartitionType>,
    pub storage_driver: Option<StorageDriver>,
    pub category: Option<String>,
    pub thumbnail: Option<Thumbnail>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DentryType {
    File,
    Folder,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DentryStatus {
    Normal,
    Deleted,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum StorageDriver {
    Dingtalk,
    Alidoc,
    Unknown,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DentryProperties {
    pub read_only: Option<bool>,
}

#[derive(Debug, Deserialize)]
pub struct AppProperty {
    pub name: Option<String>,
    pub value: Option<String>,
    pub visibility: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Thumbnail {
    pub url: Option<String>,
    pub width: Option<i32>,
    pub height: Option<i32>,
}

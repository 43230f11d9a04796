//! File contents: uploads in one piece or in parts to the object storage's
//! signed URLs, committing them as files or new versions, signed download
//! URLs, and the links that open files (previews, the app's own links,
//! WebOffice).

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use dingtalk::storage_1_0::*;

use super::{
    extension, non_empty, param_error, permission_denied, strategy, valid_name, Placement, Storage,
    Upload, View, WebOfficeSession, OFFICE,
};
use crate::extract::{Body, Operator};
use crate::objects::Signed;
use crate::{required, Outcome, Params, Reply, Shared};

/// The region the object storage claims to be in.
const REGION: &str = "ZHANGJIAKOU";
/// The most parts an upload may have, as in object storages.
const MAX_PARTS: i32 = 10_000;

/// A signed URL as the API hands it out.
fn signature_info(signed: Signed, intranet: bool) -> HeaderSignatureInfo {
    HeaderSignatureInfo {
        resource_urls: Some(vec![signed.url.clone()]),
        // The fake's storage is reachable one way only.
        internal_resource_urls: intranet.then(|| vec![signed.url]),
        headers: Some(signed.headers.into_iter().collect()),
        expiration_seconds: Some(signed.expires_in.min(i32::MAX as u64) as i32),
        region: Some(REGION.to_owned()),
    }
}

/// The storage driver asked for, which must be DingTalk's own.
fn driver(given: Option<&StorageDriver>) -> Result<StorageDriver, Reply> {
    match given {
        None | Some(StorageDriver::Dingtalk) => Ok(StorageDriver::Dingtalk),
        Some(other) => Err(param_error(format!(
            "uploads through storage driver {other} are not supported"
        ))),
    }
}

impl Storage {
    /// Checks that `user` may upload into a space, and what they said of the
    /// file to come: a name that is allowed and free in an existing folder.
    fn precheck(
        &self,
        space_id: &str,
        check: Option<&UploadPreCheck>,
        user: &str,
    ) -> Result<(), Reply> {
        self.space(space_id)?;
        let check = check.cloned().unwrap_or_default();
        if check.size.is_some_and(|s| s < 0) {
            return Err(param_error("preCheckParam.size must not be negative"));
        }
        let name = check.name.as_deref().map(valid_name).transpose()?;
        match check.parent_id.as_deref() {
            Some(parent_id) => {
                self.folder(space_id, parent_id)?;
                self.require(space_id, parent_id, user, PermissionRole::Editor)?;
                if let Some(name) = name {
                    if self
                        .children(space_id, parent_id)
                        .iter()
                        .any(|n| n.name == name)
                    {
                        return Err(super::already_exists(&name));
                    }
                }
            }
            None => {
                self.require_access(space_id, user)?;
            }
        }
        Ok(())
    }

    /// Starts an upload of `user` into a space and returns its key.
    fn begin_upload(
        &mut self,
        space_id: &str,
        object_key: String,
        multipart: bool,
        user: &str,
        asked_driver: Option<&StorageDriver>,
    ) -> String {
        self.drivers_asked
            .push(asked_driver.map(|driver| driver.to_string()));
        let key = format!("fake-upload-{}", self.id());
        self.uploads.insert(
            key.clone(),
            Upload {
                space_id: space_id.to_owned(),
                object_key,
                multipart,
                operator: user.to_owned(),
            },
        );
        key
    }
}

pub(super) async fn upload_info(
    State(state): State<Arc<Shared>>,
    Path(space_id): Path<String>,
    Operator(user): Operator,
    Body(request): Body<GetFileUploadInfoRequest>,
) -> Outcome {
    if request.protocol != TransferProtocol::HeaderSignature {
        return Err(param_error(format!(
            "unknown protocol {}",
            request.protocol
        )));
    }
    if request.multipart {
        return Err(param_error(
            "uploads in parts start with storage_InitMultipartFileUpload",
        ));
    }
    let option = request.option.unwrap_or_default();
    let driver = driver(option.storage_driver.as_ref())?;
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.precheck(&space_id, option.pre_check_param.as_ref(), &user)?;
    let object_key = state.objects.begin_upload();
    // An upload in one piece is part 1 of its object.
    let signed = state.objects.part_url(&object_key, 1);
    let upload_key = storage.begin_upload(
        &space_id,
        object_key,
        false,
        &user,
        option.storage_driver.as_ref(),
    );
    Reply::ok(GetFileUploadInfoResponse {
        upload_key: Some(upload_key),
        storage_driver: Some(driver),
        protocol: Some(TransferProtocol::HeaderSignature),
        header_signature_info: Some(signature_info(
            signed,
            option.prefer_intranet.unwrap_or(false),
        )),
    })
}

pub(super) async fn init_multipart(
    State(state): State<Arc<Shared>>,
    Path(space_id): Path<String>,
    Operator(user): Operator,
    Body(request): Body<InitMultipartFileUploadRequest>,
) -> Outcome {
    let option = request.option.unwrap_or_default();
    let driver = driver(option.storage_driver.as_ref())?;
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.precheck(&space_id, option.pre_check_param.as_ref(), &user)?;
    let object_key = state.objects.begin_upload();
    let upload_key = storage.begin_upload(
        &space_id,
        object_key,
        true,
        &user,
        option.storage_driver.as_ref(),
    );
    Reply::ok(InitMultipartFileUploadResponse {
        upload_key: Some(upload_key),
        storage_driver: Some(driver),
    })
}

pub(super) async fn part_infos(
    State(state): State<Arc<Shared>>,
    Operator(user): Operator,
    Body(request): Body<GetMultipartFileUploadInfosRequest>,
) -> Outcome {
    non_empty(&request.upload_key, "uploadKey")?;
    if request.part_numbers.is_empty() {
        return Err(param_error("partNumbers must not be empty"));
    }
    if let Some(bad) = request
        .part_numbers
        .iter()
        .find(|n| !(1..=MAX_PARTS).contains(*n))
    {
        return Err(param_error(format!(
            "part number {bad} is not between 1 and {MAX_PARTS}"
        )));
    }
    let intranet = request
        .option
        .and_then(|o| o.prefer_intranet)
        .unwrap_or(false);
    let data = state.data();
    let upload = data
        .storage
        .uploads
        .get(&request.upload_key)
        .filter(|u| u.multipart)
        .ok_or_else(|| param_error(format!("unknown uploadKey {}", request.upload_key)))?;
    if upload.operator != user {
        return Err(permission_denied(format!(
            "upload {} was started by someone else",
            request.upload_key
        )));
    }
    let infos = request
        .part_numbers
        .iter()
        .map(|&n| PartUploadInfo {
            part_number: Some(n),
            header_signature_info: Some(signature_info(
                state.objects.part_url(&upload.object_key, n as u32),
                intranet,
            )),
        })
        .collect();
    Reply::ok(GetMultipartFileUploadInfosResponse {
        multipart_header_signature_infos: Some(infos),
    })
}

/// What a commit makes of an upload.
enum Target {
    /// A new file of this name.
    New(String),
    /// A new version of this file.
    Version(String),
}

pub(super) async fn commit(
    State(state): State<Arc<Shared>>,
    Path(space_id): Path<String>,
    Operator(user): Operator,
    Body(request): Body<CommitFileRequest>,
) -> Outcome {
    let key = non_empty(&request.upload_key, "uploadKey")?;
    let parent_id = non_empty(&request.parent_id, "parentId")?;
    let name = valid_name(&request.name)?;
    let option = request.option.clone().unwrap_or_default();
    let strategy = strategy(option.conflict_strategy.clone())?;
    if option.size.is_some_and(|s| s < 0) {
        return Err(param_error("option.size must not be negative"));
    }
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.space(&space_id)?;
    let upload = storage
        .uploads
        .get(key)
        .ok_or_else(|| param_error(format!("unknown uploadKey {key}")))?;
    if upload.space_id != space_id {
        return Err(param_error(format!(
            "upload {key} belongs to another space"
        )));
    }
    if upload.operator != user {
        return Err(permission_denied(format!(
            "upload {key} was started by someone else"
        )));
    }
    let object_key = upload.object_key.clone();
    let size = state
        .objects
        .uploaded_size(&object_key)
        .map_err(param_error)? as i64;
    if option.size.is_some_and(|s| s != size) {
        return Err(param_error(format!(
            "option.size is {} but {size} bytes were uploaded",
            option.size.unwrap_or_default()
        )));
    }
    let target = match request.overwrite_dentry_id.as_deref() {
        Some(over) => {
            storage.file(&space_id, over)?;
            storage.require(&space_id, over, &user, PermissionRole::Editor)?;
            Target::Version(over.to_owned())
        }
        None => {
            storage.folder(&space_id, parent_id)?;
            storage.require(&space_id, parent_id, &user, PermissionRole::Editor)?;
            match storage.place(&space_id, parent_id, &name, false, &strategy, None)? {
                Placement::Free(name) => Target::New(name),
                Placement::Replace(existing) => Target::Version(existing),
                Placement::Taken(existing) => {
                    return Reply::ok(DentryResponse {
                        dentry: Some(storage.render(&storage.nodes[&existing], &View::default())),
                    })
                }
            }
        }
    };
    let (object, committed) = state.objects.commit(&object_key).map_err(param_error)?;
    storage.uploads.remove(key);
    let content = (object, committed as i64);
    let id = match target {
        Target::New(name) => storage.insert(&space_id, parent_id, name, &user, Some(content)),
        Target::Version(id) => {
            storage.add_version(&id, &user, content.0, content.1);
            id
        }
    };
    if let Some(properties) = option.app_properties.filter(|p| !p.is_empty()) {
        storage.set_app_properties(&space_id, &id, properties);
    }
    Reply::ok(DentryResponse {
        dentry: Some(storage.render(&storage.nodes[&id], &View::default())),
    })
}

pub(super) async fn download_info(
    State(state): State<Arc<Shared>>,
    Path((space_id, dentry_id)): Path<(String, String)>,
    Operator(user): Operator,
    Body(request): Body<GetFileDownloadInfoRequest>,
) -> Outcome {
    let option = request.option.unwrap_or_default();
    let data = state.data();
    let storage = &data.storage;
    storage.space(&space_id)?;
    let node = storage.file(&space_id, &dentry_id)?;
    storage.require(&space_id, &dentry_id, &user, PermissionRole::Downloader)?;
    let version = match option.version {
        None => node.versions.last(),
        Some(number) => node.versions.iter().find(|v| v.number == number),
    }
    .ok_or_else(|| {
        Reply::error(
            404,
            "dentryNotExist",
            format!(
                "version {} of {dentry_id} does not exist",
                option.version.unwrap_or_default()
            ),
        )
    })?;
    Reply::ok(GetFileDownloadInfoResponse {
        protocol: Some(TransferProtocol::HeaderSignature),
        header_signature_info: Some(signature_info(
            state.objects.download_url(&version.object),
            option.prefer_intranet.unwrap_or(false),
        )),
    })
}

pub(super) async fn open_info(
    State(state): State<Arc<Shared>>,
    Path((space_id, dentry_id)): Path<(String, String)>,
    Operator(user): Operator,
    Body(request): Body<GetDentryOpenInfoRequest>,
) -> Outcome {
    let option = request.option.unwrap_or_default();
    let open_type = option.r#type.clone().unwrap_or(OpenType::Preview);
    let needed = match &open_type {
        OpenType::Preview => PermissionRole::Reader,
        OpenType::Edit => PermissionRole::Editor,
        OpenType::Other(other) => return Err(param_error(format!("unknown type {other}"))),
    };
    let data = state.data();
    let storage = &data.storage;
    storage.space(&space_id)?;
    let node = storage.file(&space_id, &dentry_id)?;
    storage.require(&space_id, &dentry_id, &user, needed)?;
    let version = match option.version {
        None => node.versions.last().map_or(1, |v| v.number),
        Some(number) if node.versions.iter().any(|v| v.number == number) => number,
        Some(number) => {
            return Err(Reply::error(
                404,
                "dentryNotExist",
                format!("version {number} of {dentry_id} does not exist"),
            ))
        }
    };
    let url = node
        .open_links
        .get(open_type.as_str())
        .cloned()
        .unwrap_or_else(|| {
            format!(
                "{}/open/{space_id}/{dentry_id}?type={open_type}&version={version}",
                storage.base_url
            )
        });
    let office = extension(&node.name).is_some_and(|e| OFFICE.contains(&e.as_str()));
    Reply::ok(GetDentryOpenInfoResponse {
        url: Some(url),
        has_water_mark: Some(option.water_mark.unwrap_or(false) && office),
    })
}

pub(super) async fn register_open_info(
    State(state): State<Arc<Shared>>,
    Path((space_id, dentry_id)): Path<(String, String)>,
    Operator(user): Operator,
    Body(request): Body<RegisterOpenInfoRequest>,
) -> Outcome {
    non_empty(&request.provider, "provider")?;
    if request.open_infos.is_empty() {
        return Err(param_error("openInfos must not be empty"));
    }
    for info in &request.open_infos {
        if let OpenType::Other(other) = &info.open_type {
            return Err(param_error(format!("unknown openType {other}")));
        }
        non_empty(&info.url, "url")?;
    }
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.space(&space_id)?;
    storage.file(&space_id, &dentry_id)?;
    storage.require(&space_id, &dentry_id, &user, PermissionRole::Editor)?;
    if let Some(node) = storage.nodes.get_mut(&dentry_id) {
        for info in request.open_infos {
            node.open_links
                .insert(info.open_type.as_str().to_owned(), info.url);
        }
    }
    Reply::ok(SuccessResponse {
        success: Some(true),
    })
}

impl Storage {
    /// Checks that `user` may edit an office file in WebOffice.
    fn web_office_file(&self, space_id: &str, dentry_id: &str, user: &str) -> Result<(), Reply> {
        self.space(space_id)?;
        let node = self.file(space_id, dentry_id)?;
        self.require(space_id, dentry_id, user, PermissionRole::Editor)?;
        let ext = extension(&node.name);
        if !ext.as_deref().is_some_and(|e| OFFICE.contains(&e)) {
            return Err(param_error(format!(
                "WebOffice does not open {:?}",
                node.name
            )));
        }
        Ok(())
    }

    /// A new pair of WebOffice tokens for a file.
    fn web_office_tokens(&mut self, dentry_id: &str) -> (String, String) {
        let access = format!("fake-weboffice-access-{}", self.id());
        let refresh = format!("fake-weboffice-refresh-{}", self.id());
        self.web_office.insert(
            access.clone(),
            WebOfficeSession {
                dentry_id: dentry_id.to_owned(),
                refresh_token: refresh.clone(),
            },
        );
        (access, refresh)
    }
}

pub(super) async fn web_office_url(
    State(state): State<Arc<Shared>>,
    Path((space_id, dentry_id)): Path<(String, String)>,
    Operator(user): Operator,
) -> Outcome {
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.web_office_file(&space_id, &dentry_id, &user)?;
    let (access, refresh) = storage.web_office_tokens(&dentry_id);
    Reply::ok(GetWebOfficeUrlResponse {
        web_office_url: Some(format!(
            "{}/weboffice/{space_id}/{dentry_id}",
            storage.base_url
        )),
        web_office_access_token: Some(access),
        web_office_refresh_token: Some(refresh),
    })
}

pub(super) async fn refresh_web_office_token(
    State(state): State<Arc<Shared>>,
    Path((space_id, dentry_id)): Path<(String, String)>,
    Operator(user): Operator,
    Query(query): Query<Params>,
) -> Outcome {
    let access = required(&query, "webOfficeAccessToken", "paramError")?;
    let refresh = required(&query, "webOfficeRefreshToken", "paramError")?;
    let mut data = state.data();
    let storage = &mut data.storage;
    storage.web_office_file(&space_id, &dentry_id, &user)?;
    let valid = storage
        .web_office
        .get(access)
        .is_some_and(|s| s.dentry_id == dentry_id && s.refresh_token == refresh);
    if !valid {
        return Err(param_error("the WebOffice tokens are wrong or expired"));
    }
    storage.web_office.remove(access);
    let (access, refresh) = storage.web_office_tokens(&dentry_id);
    Reply::ok(RefreshWebOfficeTokenResponse {
        web_office_access_token: Some(access),
        web_office_refresh_token: Some(refresh),
    })
}

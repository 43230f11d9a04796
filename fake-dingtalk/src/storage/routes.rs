//! The routes of the storage operations of the spec.

use std::sync::Arc;

use axum::routing::{delete, get, post};
use axum::Router;

use super::{dentries, files, permissions, recycle_bin, spaces};
use crate::Shared;

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

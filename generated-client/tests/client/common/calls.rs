//! Every operation of the spec, callable by its id with placeholder inputs.
//!
//! Tests that must exercise every operation (the documented errors, for
//! instance) go through [`call`]: every operation of a curated module, and
//! of each drafted module the one that [`error_checked_operation_ids`]
//! (super) picks; an operation of those added to the spec without a line
//! here makes them fail.

use dingtalk::drive_1_0::*;
use dingtalk::oauth2_1_0::*;
use dingtalk::storage_1_0::*;
use dingtalk::{drive_1_0, oauth2_1_0, storage_1_0};
use dingtalk::{oapi_department, oapi_media, oapi_message, oapi_process, oapi_robot, oapi_user};
use dingtalk::{robot_1_0, todo_1_0};
use dingtalk::{Client, Error};

/// A failed call: the error, and its code as the operation's error type
/// reads it (`Debug` of `Error::code`), e.g. `Some(SpaceNotExist)`.
#[derive(Debug)]
pub struct Failure {
    pub error: Error,
    pub typed_code: String,
    /// The typed code as it shows (`Display`): the code as sent.
    pub typed_code_shown: Option<String>,
}

fn typed<E: dingtalk::OperationError>(error: Error<E>) -> Failure
where
    E::Code: std::fmt::Debug + std::fmt::Display,
{
    Failure {
        typed_code: format!("{:?}", error.code()),
        typed_code_shown: error.code().map(|code| code.to_string()),
        error: error.into(),
    }
}

/// Calls `operation_id` with placeholder inputs that pass the client's own
/// checks, and drops the result.
pub async fn call(client: &Client, operation_id: &str) -> Result<(), Failure> {
    let ids = || vec!["d".to_owned()];
    let members = || {
        vec![PermissionMember {
            r#type: MemberType::User,
            id: "m".into(),
            corp_id: None,
        }]
    };
    let drive_members = || {
        vec![DrivePermissionMember {
            corp_id: "c".into(),
            member_type: "staff".into(),
            member_id: "m".into(),
        }]
    };
    match operation_id {
        // OAuth2
        "oauth2_GetAccessToken" => client
            .oauth2_1_0()
            .get_access_token(oauth2_1_0::GetAccessTokenInput {
                app_key: "k",
                app_secret: "s",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "oauth2_GetCorpAccessToken" => client
            .oauth2_1_0()
            .get_corp_access_token(oauth2_1_0::GetCorpAccessTokenInput {
                auth_corp_id: "c",
                suite_key: "k",
                suite_secret: "s",
                suite_ticket: "t",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "oauth2_GetToken" => client
            .oauth2_1_0()
            .get_token(oauth2_1_0::GetTokenInput {
                corp_id: "c",
                client_id: "i",
                client_secret: "s",
                grant_type: ClientCredentialsGrantType::ClientCredentials,
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "oauth2_GetSuiteAccessToken" => client
            .oauth2_1_0()
            .get_suite_access_token(oauth2_1_0::GetSuiteAccessTokenInput {
                suite_key: "k",
                suite_secret: "s",
                suite_ticket: "t",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "oauth2_GetUserToken" => client
            .oauth2_1_0()
            .get_user_token(oauth2_1_0::GetUserTokenInput {
                client_id: "i",
                client_secret: "s",
                grant_type: UserTokenGrantType::AuthorizationCode,
            })
            .code("a")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "oauth2_GetSsoAccessToken" => client
            .oauth2_1_0()
            .get_sso_access_token(oauth2_1_0::GetSsoAccessTokenInput {
                corpid: "c",
                sso_secret: "s",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "oauth2_GetSsoUserInfo" => client
            .oauth2_1_0()
            .get_sso_user_info("a")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "oauth2_CreateJsapiTicket" => client
            .oauth2_1_0()
            .create_jsapi_ticket()
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "oauth2_GetAuthInfo" => client
            .oauth2_1_0()
            .get_auth_info("c")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "oauth2_GetPersonalAuthRule" => client
            .oauth2_1_0()
            .get_personal_auth_rule()
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "oauth2_KickoffByDeviceId" => client
            .oauth2_1_0()
            .kickoff_by_device_id()
            .open_device_id("d")
            .user_id("u")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        // Drive: spaces and tasks
        "drive_AddSpace" => client
            .drive_1_0()
            .add_space(drive_1_0::AddSpaceInput {
                name: "n",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_ListSpaces" => client
            .drive_1_0()
            .list_spaces(drive_1_0::ListSpacesInput {
                union_id: "u",
                space_type: DriveSpaceType::Org,
                max_results: 10,
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_InfoSpace" => client
            .drive_1_0()
            .info_space(drive_1_0::InfoSpaceInput {
                space_id: "s",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_DeleteSpace" => client
            .drive_1_0()
            .delete_space(drive_1_0::DeleteSpaceInput {
                space_id: "s",
                union_id: "u",
            })
            .send()
            .await
            .map_err(typed),
        "drive_GetMySpaceInfo" => client
            .drive_1_0()
            .get_my_space_info("u")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_AddCustomSpace" => client
            .drive_1_0()
            .add_custom_space(drive_1_0::AddCustomSpaceInput {
                biz_type: "b",
                identifier: "i",
                permission_mode: PermissionMode::Acl,
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_GetAsyncTaskInfo" => client
            .drive_1_0()
            .get_async_task_info(drive_1_0::GetAsyncTaskInfoInput {
                task_id: "t",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        // Drive: files
        "drive_AddFile" => client
            .drive_1_0()
            .add_file(drive_1_0::AddFileInput {
                space_id: "s",
                file_type: DriveFileType::Folder,
                file_name: "f",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_ListFiles" => client
            .drive_1_0()
            .list_files(drive_1_0::ListFilesInput {
                space_id: "s",
                max_results: 10,
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_GetFileInfo" => client
            .drive_1_0()
            .get_file_info(drive_1_0::GetFileInfoInput {
                space_id: "s",
                file_id: "f",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_DeleteFile" => client
            .drive_1_0()
            .delete_file(drive_1_0::DeleteFileInput {
                space_id: "s",
                file_id: "f",
                delete_policy: "p",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_DeleteFiles" => client
            .drive_1_0()
            .delete_files(drive_1_0::DeleteFilesInput {
                space_id: "s",
                file_ids: ids(),
                delete_policy: "p",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_CopyFile" => client
            .drive_1_0()
            .copy_file(drive_1_0::CopyFileInput {
                space_id: "s",
                file_id: "f",
                target_space_id: "t",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_MoveFile" => client
            .drive_1_0()
            .move_file(drive_1_0::MoveFileInput {
                space_id: "s",
                file_id: "f",
                target_space_id: "t",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_MoveFiles" => client
            .drive_1_0()
            .move_files(drive_1_0::MoveFilesInput {
                space_id: "s",
                file_ids: ids(),
                target_space_id: "t",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_RenameFile" => client
            .drive_1_0()
            .rename_file(drive_1_0::RenameFileInput {
                space_id: "s",
                file_id: "f",
                new_file_name: "n",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_GetUploadInfo" => client
            .drive_1_0()
            .get_upload_info(drive_1_0::GetUploadInfoInput {
                space_id: "s",
                parent_id: "0",
                file_name: "f",
                file_size: 1,
                md5: "m",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_GetDownloadInfo" => client
            .drive_1_0()
            .get_download_info(drive_1_0::GetDownloadInfoInput {
                space_id: "s",
                file_id: "f",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_GetPreviewInfo" => client
            .drive_1_0()
            .get_preview_info(drive_1_0::GetPreviewInfoInput {
                space_id: "s",
                file_id: "f",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        // Drive: permissions
        "drive_AddPermission" => client
            .drive_1_0()
            .add_permission(drive_1_0::AddPermissionInput {
                space_id: "s",
                file_id: "f",
                role: "r",
                members: drive_members(),
                union_id: "u",
            })
            .send()
            .await
            .map_err(typed),
        "drive_ListPermissions" => client
            .drive_1_0()
            .list_permissions(drive_1_0::ListPermissionsInput {
                space_id: "s",
                file_id: "f",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_ModifyPermission" => client
            .drive_1_0()
            .modify_permission(drive_1_0::ModifyPermissionInput {
                space_id: "s",
                file_id: "f",
                role: "r",
                members: drive_members(),
                union_id: "u",
            })
            .send()
            .await
            .map_err(typed),
        "drive_DeletePermission" => client
            .drive_1_0()
            .delete_permission(drive_1_0::DeletePermissionInput {
                space_id: "s",
                file_id: "f",
                role: "r",
                members: drive_members(),
                union_id: "u",
            })
            .send()
            .await
            .map_err(typed),
        "drive_GetPrivilegeInfo" => client
            .drive_1_0()
            .get_privilege_info(drive_1_0::GetPrivilegeInfoInput {
                space_id: "s",
                file_id: "f",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_GrantPrivilegeOfCustomSpace" => client
            .drive_1_0()
            .grant_privilege_of_custom_space(drive_1_0::GrantPrivilegeOfCustomSpaceInput {
                space_id: "s",
                r#type: "t",
                user_id: "i",
                file_ids: ids(),
                duration: 60,
                union_id: "u",
            })
            .send()
            .await
            .map_err(typed),
        // Drive: recycle bins
        "drive_ListRecycleFiles" => client
            .drive_1_0()
            .list_recycle_files(drive_1_0::ListRecycleFilesInput {
                recycle_type: "r",
                max_results: 10,
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_RecoverRecycleFiles" => client
            .drive_1_0()
            .recover_recycle_files(drive_1_0::RecoverRecycleFilesInput {
                recycle_type: "r",
                recycle_item_id_list: vec![1],
                union_id: "u",
            })
            .send()
            .await
            .map_err(typed),
        "drive_DeleteRecycleFiles" => client
            .drive_1_0()
            .delete_recycle_files(drive_1_0::DeleteRecycleFilesInput {
                recycle_type: "r",
                recycle_item_id_list: vec![1],
                union_id: "u",
            })
            .send()
            .await
            .map_err(typed),
        "drive_ClearRecycleFiles" => client
            .drive_1_0()
            .clear_recycle_files(drive_1_0::ClearRecycleFilesInput {
                recycle_type: "r",
                union_id: "u",
            })
            .send()
            .await
            .map_err(typed),
        // Drive: quotas and administration
        "drive_GetQuotaInfos" => client
            .drive_1_0()
            .get_quota_infos(drive_1_0::GetQuotaInfosInput {
                r#type: "t",
                identifiers: ids(),
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_ManagementListSpaces" => client
            .drive_1_0()
            .management_list_spaces(drive_1_0::ManagementListSpacesInput {
                space_ids: ids(),
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_ManagementModifySpace" => client
            .drive_1_0()
            .management_modify_space(drive_1_0::ManagementModifySpaceInput {
                space_ids: ids(),
                quota: 1,
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "drive_ManagementBuyQuota" => client
            .drive_1_0()
            .management_buy_quota(drive_1_0::ManagementBuyQuotaInput {
                order: DriveQuotaOrder {
                    order_id: 1,
                    biz_type: "b".into(),
                    capacity_type: "c".into(),
                    capacity: 1,
                    day: 1,
                    money: 1,
                },
                token: "t",
                union_id: "u",
            })
            .send()
            .await
            .map_err(typed),
        // Storage: spaces, organisations, apps, tasks and events
        "storage_AddSpace" => client
            .storage_1_0()
            .add_space("u")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_GetSpace" => client
            .storage_1_0()
            .get_space(storage_1_0::GetSpaceInput {
                space_id: "s",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_GetOrg" => client
            .storage_1_0()
            .get_org(storage_1_0::GetOrgInput {
                corp_id: "c",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_GetCurrentApp" => client
            .storage_1_0()
            .get_current_app("u")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_GetTask" => client
            .storage_1_0()
            .get_task(storage_1_0::GetTaskInput {
                task_id: "t",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_SubscribeEvent" => client
            .storage_1_0()
            .subscribe_event(storage_1_0::SubscribeEventInput {
                union_id: "u",
                scope: EventScope::Space,
                scope_id: "s",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_UnsubscribeEvent" => client
            .storage_1_0()
            .unsubscribe_event(storage_1_0::UnsubscribeEventInput {
                union_id: "u",
                scope: EventScope::Space,
                scope_id: "s",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        // Storage: dentries
        "storage_AddFolder" => client
            .storage_1_0()
            .add_folder(storage_1_0::AddFolderInput {
                space_id: "s",
                parent_id: "0",
                union_id: "u",
                name: "f",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_ListDentries" => client
            .storage_1_0()
            .list_dentries(storage_1_0::ListDentriesInput {
                space_id: "s",
                parent_id: "0",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_ListAllDentries" => client
            .storage_1_0()
            .list_all_dentries(storage_1_0::ListAllDentriesInput {
                space_id: "s",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_GetDentries" => client
            .storage_1_0()
            .get_dentries(storage_1_0::GetDentriesInput {
                space_id: "s",
                union_id: "u",
                dentry_ids: ids(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_GetDentry" => client
            .storage_1_0()
            .get_dentry(storage_1_0::GetDentryInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_DeleteDentry" => client
            .storage_1_0()
            .delete_dentry(storage_1_0::DeleteDentryInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_DeleteDentries" => client
            .storage_1_0()
            .delete_dentries(storage_1_0::DeleteDentriesInput {
                space_id: "s",
                union_id: "u",
                dentry_ids: ids(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_CopyDentry" => client
            .storage_1_0()
            .copy_dentry(storage_1_0::CopyDentryInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
                target_space_id: "t",
                target_folder_id: "0",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_CopyDentries" => client
            .storage_1_0()
            .copy_dentries(storage_1_0::CopyDentriesInput {
                space_id: "s",
                union_id: "u",
                dentry_ids: ids(),
                target_space_id: "t",
                target_folder_id: "0",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_MoveDentry" => client
            .storage_1_0()
            .move_dentry(storage_1_0::MoveDentryInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
                target_space_id: "t",
                target_folder_id: "0",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_MoveDentries" => client
            .storage_1_0()
            .move_dentries(storage_1_0::MoveDentriesInput {
                space_id: "s",
                union_id: "u",
                dentry_ids: ids(),
                target_space_id: "t",
                target_folder_id: "0",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_RenameDentry" => client
            .storage_1_0()
            .rename_dentry(storage_1_0::RenameDentryInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
                new_name: "n",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_ListDentryVersions" => client
            .storage_1_0()
            .list_dentry_versions(storage_1_0::ListDentryVersionsInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_RevertDentryVersion" => client
            .storage_1_0()
            .revert_dentry_version(storage_1_0::RevertDentryVersionInput {
                space_id: "s",
                dentry_id: "d",
                version: 1,
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_UpdateDentryAppProperties" => client
            .storage_1_0()
            .update_dentry_app_properties(storage_1_0::UpdateDentryAppPropertiesInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
                app_properties: vec![AppProperty {
                    name: "n".into(),
                    value: "v".into(),
                    visibility: Visibility::Public,
                }],
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_DeleteDentryAppProperties" => client
            .storage_1_0()
            .delete_dentry_app_properties(storage_1_0::DeleteDentryAppPropertiesInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
                property_names: vec!["n".into()],
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_GetDentryThumbnails" => client
            .storage_1_0()
            .get_dentry_thumbnails(storage_1_0::GetDentryThumbnailsInput {
                space_id: "s",
                union_id: "u",
                dentry_ids: ids(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        // Storage: files
        "storage_GetFileUploadInfo" => client
            .storage_1_0()
            .get_file_upload_info(storage_1_0::GetFileUploadInfoInput {
                space_id: "s",
                union_id: "u",
                protocol: TransferProtocol::HeaderSignature,
                multipart: false,
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_InitMultipartFileUpload" => client
            .storage_1_0()
            .init_multipart_file_upload(storage_1_0::InitMultipartFileUploadInput {
                space_id: "s",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_GetMultipartFileUploadInfos" => client
            .storage_1_0()
            .get_multipart_file_upload_infos(storage_1_0::GetMultipartFileUploadInfosInput {
                union_id: "u",
                upload_key: "k",
                part_numbers: vec![1],
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_CommitFile" => client
            .storage_1_0()
            .commit_file(storage_1_0::CommitFileInput {
                space_id: "s",
                union_id: "u",
                upload_key: "k",
                name: "f",
                parent_id: "0",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_GetFileDownloadInfo" => client
            .storage_1_0()
            .get_file_download_info(storage_1_0::GetFileDownloadInfoInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_GetDentryOpenInfo" => client
            .storage_1_0()
            .get_dentry_open_info(storage_1_0::GetDentryOpenInfoInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_RegisterOpenInfo" => client
            .storage_1_0()
            .register_open_info(storage_1_0::RegisterOpenInfoInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
                provider: "p",
                open_infos: vec![OpenInfo {
                    open_type: OpenType::Preview,
                    url: "https://x.test/".into(),
                }],
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_GetWebOfficeUrl" => client
            .storage_1_0()
            .get_web_office_url(storage_1_0::GetWebOfficeUrlInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_RefreshWebOfficeToken" => client
            .storage_1_0()
            .refresh_web_office_token(storage_1_0::RefreshWebOfficeTokenInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
                web_office_access_token: "a",
                web_office_refresh_token: "r",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        // Storage: permissions
        "storage_AddPermission" => client
            .storage_1_0()
            .add_permission(storage_1_0::AddPermissionInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
                role_id: PermissionRole::Reader,
                members: members(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_UpdatePermission" => client
            .storage_1_0()
            .update_permission(storage_1_0::UpdatePermissionInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
                role_id: PermissionRole::Reader,
                members: members(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_DeletePermission" => client
            .storage_1_0()
            .delete_permission(storage_1_0::DeletePermissionInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
                role_id: PermissionRole::Reader,
                members: members(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_ListPermissions" => client
            .storage_1_0()
            .list_permissions(storage_1_0::ListPermissionsInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_BatchQueryRoles" => client
            .storage_1_0()
            .batch_query_roles(storage_1_0::BatchQueryRolesInput {
                space_id: "s",
                dentry_id_list: ids(),
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        // Storage: recycle bins
        "storage_GetRecycleBin" => client
            .storage_1_0()
            .get_recycle_bin(storage_1_0::GetRecycleBinInput {
                recycle_bin_scope: RecycleBinScope::Space,
                scope_id: "s",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_ListRecycleItems" => client
            .storage_1_0()
            .list_recycle_items(storage_1_0::ListRecycleItemsInput {
                recycle_bin_id: "b",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_GetRecycleItem" => client
            .storage_1_0()
            .get_recycle_item(storage_1_0::GetRecycleItemInput {
                recycle_bin_id: "b",
                recycle_item_id: "i",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_DeleteRecycleItem" => client
            .storage_1_0()
            .delete_recycle_item(storage_1_0::DeleteRecycleItemInput {
                recycle_bin_id: "b",
                recycle_item_id: "i",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_DeleteRecycleItems" => client
            .storage_1_0()
            .delete_recycle_items(storage_1_0::DeleteRecycleItemsInput {
                recycle_bin_id: "b",
                union_id: "u",
                recycle_item_ids: vec!["i".into()],
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_RestoreRecycleItem" => client
            .storage_1_0()
            .restore_recycle_item(storage_1_0::RestoreRecycleItemInput {
                recycle_bin_id: "b",
                recycle_item_id: "i",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_RestoreRecycleItems" => client
            .storage_1_0()
            .restore_recycle_items(storage_1_0::RestoreRecycleItemsInput {
                recycle_bin_id: "b",
                union_id: "u",
                recycle_item_ids: vec!["i".into()],
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_ClearRecycleBin" => client
            .storage_1_0()
            .clear_recycle_bin(storage_1_0::ClearRecycleBinInput {
                recycle_bin_id: "b",
                union_id: "u",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        // The legacy host: custom robots
        "robot_Send" => client
            .oapi_robot()
            .send(
                serde_json::from_value::<oapi_robot::RobotMessage>(
                    serde_json::json!({"msgtype": "text", "text": {"content": "c"}}),
                )
                .unwrap(),
            )
            .send()
            .await
            .map(drop)
            .map_err(typed),
        // Work notifications
        "message_AsyncSend" => client
            .oapi_message()
            .async_send(oapi_message::AsyncSendInput {
                agent_id: 1,
                msg: serde_json::from_value(
                    serde_json::json!({"msgtype": "text", "text": {"content": "c"}}),
                )
                .unwrap(),
            })
            .userid_list("u")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "message_GetSendProgress" => client
            .oapi_message()
            .get_send_progress(oapi_message::GetSendProgressInput {
                agent_id: 1,
                task_id: 2,
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "message_GetSendResult" => client
            .oapi_message()
            .get_send_result(oapi_message::GetSendResultInput {
                agent_id: 1,
                task_id: 2,
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "message_Recall" => client
            .oapi_message()
            .recall(oapi_message::RecallInput {
                agent_id: 1,
                msg_task_id: 2,
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        // Users
        "user_Get" => client
            .oapi_user()
            .get("u")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "user_GetByMobile" => client
            .oapi_user()
            .get_by_mobile("m")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "user_GetByUnionId" => client
            .oapi_user()
            .get_by_union_id("u")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "user_List" => client
            .oapi_user()
            .list(oapi_user::ListInput {
                dept_id: 1,
                cursor: 0,
                size: 10,
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "user_ListSimple" => client
            .oapi_user()
            .list_simple(oapi_user::ListSimpleInput {
                dept_id: 1,
                cursor: 0,
                size: 10,
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "user_ListId" => client
            .oapi_user()
            .list_id(1)
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "user_Count" => client
            .oapi_user()
            .count(false)
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "user_Create" => client
            .oapi_user()
            .create(oapi_user::CreateInput {
                name: "n",
                mobile: "m",
                dept_id_list: "1",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "user_Update" => client
            .oapi_user()
            .update("u")
            .title("t")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "user_Delete" => client
            .oapi_user()
            .delete("u")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "user_GetUserInfo" => client
            .oapi_user()
            .get_user_info("c")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        // Departments
        "department_Get" => client
            .oapi_department()
            .get(1)
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "department_ListSub" => client
            .oapi_department()
            .list_sub()
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "department_ListSubId" => client
            .oapi_department()
            .list_sub_id(1)
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "department_ListParentByUser" => client
            .oapi_department()
            .list_parent_by_user("u")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "department_Create" => client
            .oapi_department()
            .create(oapi_department::CreateInput {
                name: "n",
                parent_id: 1,
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "department_Update" => client
            .oapi_department()
            .update(2)
            .name("n")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "department_Delete" => client
            .oapi_department()
            .delete(2)
            .send()
            .await
            .map(drop)
            .map_err(typed),
        // Approvals
        "process_CreateInstance" => client
            .oapi_process()
            .create_instance(oapi_process::CreateInstanceInput {
                process_code: "p",
                originator_user_id: "u",
                dept_id: 1,
                form_component_values: serde_json::from_value(
                    serde_json::json!([{"name": "n", "value": "v"}]),
                )
                .unwrap(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "process_GetInstance" => client
            .oapi_process()
            .get_instance("p")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "process_ListInstanceIds" => client
            .oapi_process()
            .list_instance_ids(oapi_process::ListInstanceIdsInput {
                process_code: "p",
                start_time: 0,
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "process_TerminateInstance" => client
            .oapi_process()
            .terminate_instance(oapi_process::ProcessInstanceTerminateRequestRequest {
                process_instance_id: "p".into(),
                is_system: true,
                remark: None,
                operating_userid: None,
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        // Media and JSAPI tickets
        "media_Upload" => client
            .oapi_media()
            .upload(oapi_media::UploadInput {
                r#type: oapi_media::MediaType::File,
                media: b"bytes".into(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "jsapi_GetTicket" => client
            .oapi_media()
            .jsapi_get_ticket()
            .send()
            .await
            .map(drop)
            .map_err(typed),
        // Todos
        "todo_CountTodoTasks" => client
            .todo_1_0()
            .count_todo_tasks("u")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_CreatePersonalTodoTask" => client
            .todo_1_0()
            .create_personal_todo_task(todo_1_0::CreatePersonalTodoTaskInput {
                executor_ids: ids(),
                subject: "s",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_CreateTodoTask" => client
            .todo_1_0()
            .create_todo_task(todo_1_0::CreateTodoTaskInput {
                union_id: "u",
                subject: "s",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_CreateTodoTypeConfig" => client
            .todo_1_0()
            .create_todo_type_config(todo_1_0::CreateTodoTypeConfigInput {
                union_id: "u",
                card_type: 1,
                icon: "i",
                pc_detail_url_open_mode: "m",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_DeletePersonalTodoTask" => client
            .todo_1_0()
            .delete_personal_todo_task("t")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_DeleteTodoTask" => client
            .todo_1_0()
            .delete_todo_task(todo_1_0::DeleteTodoTaskInput {
                union_id: "u",
                task_id: "t",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_GetTodoTask" => client
            .todo_1_0()
            .get_todo_task(todo_1_0::GetTodoTaskInput {
                union_id: "u",
                task_id: "t",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_GetTodoTaskBySourceId" => client
            .todo_1_0()
            .get_todo_task_by_source_id(todo_1_0::GetTodoTaskBySourceIdInput {
                union_id: "u",
                source_id: "s",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_GetTodoTaskDetail" => client
            .todo_1_0()
            .get_todo_task_detail(todo_1_0::GetTodoTaskDetailInput {
                union_id: "u",
                task_id: "t",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_GetTodoTypeConfig" => client
            .todo_1_0()
            .get_todo_type_config(todo_1_0::GetTodoTypeConfigInput {
                union_id: "u",
                card_type_id: "c",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_HideUserTodoTask" => client
            .todo_1_0()
            .hide_user_todo_task(todo_1_0::HideUserTodoTaskInput {
                union_id: "u",
                task_id: "t",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_ListAllBizCategory" => client
            .todo_1_0()
            .list_all_biz_category()
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_QueryOrgConfig" => client
            .todo_1_0()
            .query_org_config()
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_QueryOrgTodoByUser" => client
            .todo_1_0()
            .query_org_todo_by_user("u")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_QueryOrgTodoTasks" => client
            .todo_1_0()
            .query_org_todo_tasks("u")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_QueryTodoTasks" => client
            .todo_1_0()
            .query_todo_tasks("u")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_RemoveBizCategory" => client
            .todo_1_0()
            .remove_biz_category(todo_1_0::RemoveBizCategoryInput {
                biz_category_id: "b",
                operator_id: "o",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_SetBizCategory" => client
            .todo_1_0()
            .set_biz_category(todo_1_0::SetBizCategoryInput {
                biz_category_id: "b",
                name: "n",
                operator_id: "o",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_SetOrgConfig" => client
            .todo_1_0()
            .set_org_config(todo_1_0::SetOrgConfigInput {
                operator_id: "o",
                status: 1,
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_UpdatePersonalTodoTask" => client
            .todo_1_0()
            .update_personal_todo_task("t")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_UpdatePersonalTodoTaskExecutorStatus" => client
            .todo_1_0()
            .update_personal_todo_task_executor_status("t")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_UpdateTodoTask" => client
            .todo_1_0()
            .update_todo_task(todo_1_0::UpdateTodoTaskInput {
                union_id: "u",
                task_id: "t",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_UpdateTodoTaskExecutorStatus" => client
            .todo_1_0()
            .update_todo_task_executor_status(todo_1_0::UpdateTodoTaskExecutorStatusInput {
                union_id: "u",
                task_id: "t",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "todo_UpdateTodoTypeConfig" => client
            .todo_1_0()
            .update_todo_type_config(todo_1_0::UpdateTodoTypeConfigInput {
                union_id: "u",
                card_type_id: "c",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        // Robots
        "robot_OrgGroupSend" => client
            .robot_1_0()
            .org_group_send(robot_1_0::OrgGroupSendInput {
                msg_key: "sampleText".into(),
                msg_param: r#"{"content":"c"}"#.into(),
            })
            .open_conversation_id("g")
            .robot_code("r")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_OrgGroupQuery" => client
            .robot_1_0()
            .org_group_query("k")
            .open_conversation_id("g")
            .robot_code("r")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_OrgGroupRecall" => client
            .robot_1_0()
            .org_group_recall(robot_1_0::OrgGroupRecallInput {
                open_conversation_id: "g".into(),
                process_query_keys: vec!["k".into()],
                robot_code: "r".into(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_BatchRecallGroup" => client
            .robot_1_0()
            .batch_recall_group(robot_1_0::BatchRecallGroupInput {
                chatbot_id: "r",
                open_conversation_id: "g".into(),
                process_query_keys: vec!["k".into()],
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_BatchSendOTO" => client
            .robot_1_0()
            .batch_send_oto(robot_1_0::BatchSendOtoInput {
                msg_key: "sampleText".into(),
                msg_param: r#"{"content":"c"}"#.into(),
                robot_code: "r".into(),
                user_ids: vec!["u".into()],
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_BatchOTOQuery" => client
            .robot_1_0()
            .batch_oto_query(robot_1_0::BatchOtoQueryInput {
                process_query_key: "k",
                robot_code: "r",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_BatchRecallOTO" => client
            .robot_1_0()
            .batch_recall_oto(robot_1_0::BatchRecallOtoInput {
                process_query_keys: vec!["k".into()],
                robot_code: "r".into(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_PrivateChatSend" => client
            .robot_1_0()
            .private_chat_send(robot_1_0::PrivateChatSendInput {
                msg_key: "sampleText".into(),
                msg_param: r#"{"content":"c"}"#.into(),
            })
            .open_conversation_id("g")
            .robot_code("r")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_PrivateChatQuery" => client
            .robot_1_0()
            .private_chat_query("k")
            .open_conversation_id("g")
            .robot_code("r")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_BatchRecallPrivateChat" => client
            .robot_1_0()
            .batch_recall_private_chat(robot_1_0::BatchRecallPrivateChatInput {
                open_conversation_id: "g".into(),
                process_query_keys: vec!["k".into()],
                robot_code: "r".into(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_RobotMessageFileDownload" => client
            .robot_1_0()
            .robot_message_file_download(robot_1_0::RobotMessageFileDownloadInput {
                download_code: "d",
                robot_code: "r".into(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_RobotSendDing" => client
            .robot_1_0()
            .robot_send_ding(robot_1_0::RobotSendDingInput {
                content: "c",
                receiver_user_id_list: vec!["u".into()],
                remind_type: 1,
                robot_code: "r".into(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_QueryRobotDingReadStatus" => client
            .robot_1_0()
            .query_robot_ding_read_status(robot_1_0::QueryRobotDingReadStatusInput {
                open_ding_id: "d",
                robot_code: "r".into(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_RobotRecallDing" => client
            .robot_1_0()
            .robot_recall_ding(robot_1_0::RobotRecallDingInput {
                open_ding_id: "d",
                robot_code: "r".into(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_SendRobotDingMessage" => client
            .robot_1_0()
            .send_robot_ding_message(robot_1_0::SendRobotDingMessageInput {
                content_params: [("k".to_owned(), "v".to_owned())].into(),
                ding_template_id: "t",
                open_conversation_id: "g".into(),
                receiver_user_id_list: vec!["u".into()],
                robot_code: "r".into(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_RobotReplyEmotion" => client
            .robot_1_0()
            .robot_reply_emotion(robot_1_0::RobotReplyEmotionInput {
                open_conversation_id: "g".into(),
                open_msg_id: "m",
                robot_code: "r".into(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_RobotRecallEmotion" => client
            .robot_1_0()
            .robot_recall_emotion(robot_1_0::RobotRecallEmotionInput {
                open_conversation_id: "g".into(),
                open_msg_id: "m",
                robot_code: "r".into(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_AddOrgRobotInstanceToGroup" => client
            .robot_1_0()
            .add_org_robot_instance_to_group(robot_1_0::AddOrgRobotInstanceToGroupInput {
                open_conversation_id: "g".into(),
                robot_code: "r".into(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_GetBotListInGroup" => client
            .robot_1_0()
            .get_bot_list_in_group("g")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_QueryBotInstanceInGroupInfo" => client
            .robot_1_0()
            .query_bot_instance_in_group_info(robot_1_0::QueryBotInstanceInGroupInfoInput {
                page_number: 1,
                page_size: 20,
                robot_code: "r".into(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_QueryRobotInstanceInGroupInfo" => client
            .robot_1_0()
            .query_robot_instance_in_group_info(robot_1_0::QueryRobotInstanceInGroupInfoInput {
                max_result: 20,
                robot_code: "r".into(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_SetRobotPlugin" => client
            .robot_1_0()
            .set_robot_plugin()
            .robot_code("r")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_QueryRobotPlugin" => client
            .robot_1_0()
            .query_robot_plugin("r")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_ClearRobotPlugin" => client
            .robot_1_0()
            .clear_robot_plugin("r")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_ManageSingleChatRobotStatus" => client
            .robot_1_0()
            .manage_single_chat_robot_status(robot_1_0::ManageSingleChatRobotStatusInput {
                robot_code: "r".into(),
                status: "enable",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_UpdateInstalledRobot" => client
            .robot_1_0()
            .update_installed_robot(robot_1_0::UpdateInstalledRobotInput {
                robot_code: "r".into(),
                update_type: 0,
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_ExecuteRobotAiSkill" => client
            .robot_1_0()
            .execute_robot_ai_skill(robot_1_0::ExecuteRobotAiSkillInput {
                input: "i",
                robot_code: "r".into(),
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_EnableCustomRobot" => client
            .robot_1_0()
            .enable_custom_robot(robot_1_0::EnableCustomRobotInput {
                action_type: "enable",
                send_notification: true,
                token: "t",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_DeleteCustomRobot" => client
            .robot_1_0()
            .delete_custom_robot(robot_1_0::DeleteCustomRobotInput {
                action_type: "delete",
                send_notification: false,
                token: "t",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "robot_UpdateCustomRobotOutgoing" => client
            .robot_1_0()
            .update_custom_robot_outgoing(robot_1_0::UpdateCustomRobotOutgoingInput {
                outgoing_url: "https://example.com/o",
                token: "t",
            })
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "contact_AddContactHideBySceneSetting" => client
            .contact_1_0()
            .add_contact_hide_by_scene_setting()
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "im_AddConvNavTab" => client
            .im_1_0()
            .add_conv_nav_tab()
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "card_GetTemplate" => client
            .card_1_0()
            .get_template()
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "calendar_ListCategories" => client
            .calendar_1_0()
            .list_categories()
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "attendance_CalculateDuration" => client
            .attendance_1_0()
            .calculate_duration()
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "notable_GetImportEncryptPublicKey" => client
            .notable_1_0()
            .get_import_encrypt_public_key("o")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "doc_2_0_CreateShortcutForMigrate" => client
            .doc_2_0()
            .create_shortcut_for_migrate()
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "wiki_2_0_ListTeams" => client
            .wiki_2_0()
            .list_teams("o")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "minutes_CreateSmartDeviceAiSummary" => client
            .minutes_1_0()
            .create_smart_device_ai_summary()
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "report_QueryReportDetail" => client
            .report_1_0()
            .query_report_detail("r")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "mail_ListMailFolders" => client
            .mail_1_0()
            .list_mail_folders("a@example.com")
            .send()
            .await
            .map(drop)
            .map_err(typed),
        "storage_2_0_ListOperationLogs" => client
            .storage_2_0()
            .list_operation_logs()
            .send()
            .await
            .map(drop)
            .map_err(typed),
        // Workflow: approvals, their tasks, comments and attachments
        "workflow_StartProcessInstance" => Box::pin(
            client
                .workflow_1_0()
                .start_process_instance(dingtalk::workflow_1_0::StartProcessInstanceInput {
                    form_component_values: vec![
                        dingtalk::workflow_1_0::WorkflowStartProcessInstanceRequestFormComponentValues {
                            biz_alias: None,
                            component_type: None,
                            details: None,
                            ext_value: None,
                            id: None,
                            name: "n".into(),
                            value: "v".into(),
                        },
                    ],
                    originator_user_id: "u",
                    process_code: "p",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_GetProcessInstance" => Box::pin(
            client
                .workflow_1_0()
                .get_process_instance("i")
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_ListProcessInstanceIds" => Box::pin(
            client
                .workflow_1_0()
                .list_process_instance_ids(dingtalk::workflow_1_0::ListProcessInstanceIdsInput {
                    max_results: 20,
                    next_token: 0,
                    process_code: "p",
                    start_time: 0,
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_ExecuteProcessInstance" => Box::pin(
            client
                .workflow_1_0()
                .execute_process_instance(dingtalk::workflow_1_0::ExecuteProcessInstanceInput {
                    actioner_user_id: "u",
                    process_instance_id: "i",
                    result: "agree",
                    task_id: 1,
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_RedirectWorkflowTask" => Box::pin(
            client
                .workflow_1_0()
                .redirect_workflow_task(dingtalk::workflow_1_0::RedirectWorkflowTaskInput {
                    operate_user_id: "u",
                    task_id: 1,
                    to_user_id: "t",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_TerminateProcessInstance" => Box::pin(
            client
                .workflow_1_0()
                .terminate_process_instance("i")
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_AddProcessInstanceComment" => Box::pin(
            client
                .workflow_1_0()
                .add_process_instance_comment(dingtalk::workflow_1_0::AddProcessInstanceCommentInput {
                    comment_user_id: "u",
                    process_instance_id: "i",
                    text: "t",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_GetUserTodoTaskSum" => Box::pin(
            client
                .workflow_1_0()
                .get_user_todo_task_sum("u")
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_GetProcessCodeByName" => Box::pin(
            client
                .workflow_1_0()
                .get_process_code_by_name("n")
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_GetAttachmentSpace" => Box::pin(
            client
                .workflow_1_0()
                .get_attachment_space("u")
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_GrantProcessInstanceForDownloadFile" => Box::pin(
            client
                .workflow_1_0()
                .grant_process_instance_for_download_file(
                    dingtalk::workflow_1_0::GrantProcessInstanceForDownloadFileInput {
                        file_id: "f",
                        process_instance_id: "i",
                    },
                )
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_BatchExecuteProcessInstances" => Box::pin(
            client
                .workflow_1_0()
                .batch_execute_process_instances(dingtalk::workflow_1_0::BatchExecuteProcessInstancesInput {
                    actioner_user_id: "u",
                    result: "agree",
                    task_info_list: vec![dingtalk::workflow_1_0::WorkflowBatchExecuteProcessInstancesRequestTaskInfoList {
                        process_instance_id: "i".into(),
                        task_id: 1,
                    }],
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_TodoTasks" => Box::pin(
            client
                .workflow_1_0()
                .todo_tasks(dingtalk::workflow_1_0::TodoTasksInput {
                    actioner_user_id: "u",
                    manager_user_id: "m",
                    max_results: 20,
                    next_token: 0,
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_BatchTasksRedirect" => Box::pin(
            client
                .workflow_1_0()
                .batch_tasks_redirect(dingtalk::workflow_1_0::BatchTasksRedirectInput {
                    handover_user_id: "u",
                    manager_user_id: "m",
                    task_ids: vec![1],
                    transferee_user_id: "t",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_ListUserVisibleBpmsProcesses" => Box::pin(
            client
                .workflow_1_0()
                .list_user_visible_bpms_processes(dingtalk::workflow_1_0::ListUserVisibleBpmsProcessesInput {
                    max_results: 100,
                    next_token: 0,
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_ListTodoWorkRecords" => Box::pin(
            client
                .workflow_1_0()
                .list_todo_work_records(dingtalk::workflow_1_0::ListTodoWorkRecordsInput {
                    max_results: 20,
                    next_token: 0,
                    status: 0,
                    user_id: "u",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_GetManageProcessByStaffId" => Box::pin(
            client
                .workflow_1_0()
                .get_manage_process_by_staff_id("u")
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_GetConditionFormComponent" => Box::pin(
            client
                .workflow_1_0()
                .get_condition_form_component("p")
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_GetSpaceWithDownloadAuth" => Box::pin(
            client
                .workflow_1_0()
                .get_space_with_download_auth(dingtalk::workflow_1_0::GetSpaceWithDownloadAuthInput {
                    file_id: "f",
                    process_instance_id: "i",
                    user_id: "u",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_AddApproveDentryAuth" => Box::pin(
            client
                .workflow_1_0()
                .add_approve_dentry_auth(dingtalk::workflow_1_0::AddApproveDentryAuthInput {
                    file_infos: vec![dingtalk::workflow_1_0::WorkflowAddApproveDentryAuthRequestFileInfos {
                        file_id: "f".into(),
                        space_id: 1,
                    }],
                    user_id: "u",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_BatchUpdateProcessInstance" => Box::pin(
            client
                .workflow_1_0()
                .batch_update_process_instance()
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_SaveProcess" => Box::pin(
            client
                .workflow_1_0()
                .save_process(dingtalk::workflow_1_0::SaveProcessInput {
                    form_components: vec![dingtalk::workflow_1_0::WorkflowFormComponent {
                        children: None,
                        component_type: "TextField".into(),
                        props: Default::default(),
                    }],
                    name: "n",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_DeleteProcess" => Box::pin(
            client
                .workflow_1_0()
                .delete_process("p")
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_SaveIntegratedInstance" => Box::pin(
            client
                .workflow_1_0()
                .save_integrated_instance(dingtalk::workflow_1_0::SaveIntegratedInstanceInput {
                    originator_user_id: "u",
                    process_code: "p",
                    url: "https://example.com/i",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_UpdateProcessInstance" => Box::pin(
            client
                .workflow_1_0()
                .update_process_instance(dingtalk::workflow_1_0::UpdateProcessInstanceInput {
                    process_instance_id: "i",
                    status: "COMPLETED",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_CreateIntegratedTask" => Box::pin(
            client
                .workflow_1_0()
                .create_integrated_task(dingtalk::workflow_1_0::CreateIntegratedTaskInput {
                    process_instance_id: "i",
                    tasks: vec![Default::default()],
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_UpdateIntegratedTask" => Box::pin(
            client
                .workflow_1_0()
                .update_integrated_task(vec![dingtalk::workflow_1_0::WorkflowUpdateIntegratedTaskRequestTasks {
                    result: None,
                    status: "CANCELED".into(),
                    task_id: 1,
                }])
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_CancelIntegratedTask" => Box::pin(
            client
                .workflow_1_0()
                .cancel_integrated_task(dingtalk::workflow_1_0::CancelIntegratedTaskInput {
                    activity_id: "a",
                    process_instance_id: "i",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_QueryIntegratedTodoTask" => Box::pin(
            client
                .workflow_1_0()
                .query_integrated_todo_task(dingtalk::workflow_1_0::QueryIntegratedTodoTaskInput {
                    page_number: 1,
                    page_size: 20,
                    user_id: "u",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_GrantCspaceAuthorization" => Box::pin(
            client
                .workflow_1_0()
                .grant_cspace_authorization(dingtalk::workflow_1_0::GrantCspaceAuthorizationInput {
                    space_id: "s",
                    r#type: "add",
                    user_id: "u",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_GetFieldModifiedHistory" => Box::pin(
            client
                .workflow_1_0()
                .get_field_modified_history(dingtalk::workflow_1_0::GetFieldModifiedHistoryInput {
                    field_id: "f",
                    process_instance_id: "i",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_FormCreate" => Box::pin(
            client
                .workflow_1_0()
                .form_create(dingtalk::workflow_1_0::FormCreateInput {
                    form_components: vec![dingtalk::workflow_1_0::WorkflowFormComponent {
                        children: None,
                        component_type: "TextField".into(),
                        props: Default::default(),
                    }],
                    name: "n",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_ProcessForecast" => Box::pin(
            client
                .workflow_1_0()
                .process_forecast(dingtalk::workflow_1_0::ProcessForecastInput {
                    dept_id: 1,
                    form_component_values: vec![dingtalk::workflow_1_0::WorkflowProcessForecastRequestFormComponentValues {
                        biz_alias: None,
                        component_type: None,
                        details: None,
                        ext_value: None,
                        id: None,
                        name: "n".into(),
                        value: "v".into(),
                    }],
                    process_code: "p",
                    user_id: "u",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_QuerySchemaByProcessCode" => Box::pin(
            client
                .workflow_1_0()
                .query_schema_by_process_code("p")
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumAddApproveDentryAuth" => Box::pin(
            client
                .workflow_1_0()
                .premium_add_approve_dentry_auth(dingtalk::workflow_1_0::PremiumAddApproveDentryAuthInput {
                    file_infos: vec![dingtalk::workflow_1_0::WorkflowPremiumAddApproveDentryAuthRequestFileInfos {
                        file_id: "f".into(),
                        space_id: 1,
                    }],
                    user_id: "u",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumGetAttachmentSpace" => Box::pin(
            client
                .workflow_1_0()
                .premium_get_attachment_space("u")
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumGetSpaceWithDownloadAuth" => Box::pin(
            client
                .workflow_1_0()
                .premium_get_space_with_download_auth(dingtalk::workflow_1_0::PremiumGetSpaceWithDownloadAuthInput {
                    file_id: "f",
                    process_instance_id: "i",
                    user_id: "u",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumGrantProcessInstanceForDownloadFile" => Box::pin(
            client
                .workflow_1_0()
                .premium_grant_process_instance_for_download_file(
                    dingtalk::workflow_1_0::PremiumGrantProcessInstanceForDownloadFileInput {
                        file_id: "f",
                        process_instance_id: "i",
                    },
                )
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumBatchExecuteProcessInstances" => Box::pin(
            client
                .workflow_1_0()
                .premium_batch_execute_process_instances(dingtalk::workflow_1_0::PremiumBatchExecuteProcessInstancesInput {
                    actioner_user_id: "u",
                    result: "agree",
                    task_info_list: vec![dingtalk::workflow_1_0::WorkflowPremiumBatchExecuteProcessInstancesRequestTaskInfoList {
                        process_instance_id: "i".into(),
                        task_id: 1,
                    }],
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumRedirectTasksByManager" => Box::pin(
            client
                .workflow_1_0()
                .premium_redirect_tasks_by_manager(dingtalk::workflow_1_0::PremiumRedirectTasksByManagerInput {
                    handover_user_id: "u",
                    manager_user_id: "m",
                    task_ids: vec![1],
                    transferee_user_id: "t",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumQueryTodoTasksByManager" => Box::pin(
            client
                .workflow_1_0()
                .premium_query_todo_tasks_by_manager(dingtalk::workflow_1_0::PremiumQueryTodoTasksByManagerInput {
                    actioner_user_id: "u",
                    manager_user_id: "m",
                    max_results: 20,
                    next_token: 0,
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumGetFieldModifiedHistory" => Box::pin(
            client
                .workflow_1_0()
                .premium_get_field_modified_history(dingtalk::workflow_1_0::PremiumGetFieldModifiedHistoryInput {
                    field_id: "f",
                    process_instance_id: "i",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumSaveIntegratedProcess" => Box::pin(
            client
                .workflow_1_0()
                .premium_save_integrated_process(dingtalk::workflow_1_0::PremiumSaveIntegratedProcessInput {
                    form_components: vec![dingtalk::workflow_1_0::WorkflowFormComponent {
                        children: None,
                        component_type: "TextField".into(),
                        props: Default::default(),
                    }],
                    name: "n",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumSaveIntegratedProcessInstance" => Box::pin(
            client
                .workflow_1_0()
                .premium_save_integrated_process_instance(
                    dingtalk::workflow_1_0::PremiumSaveIntegratedProcessInstanceInput {
                        originator_user_id: "u",
                        process_code: "p",
                        url: "https://example.com/i",
                    },
                )
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumSaveIntegratedTask" => Box::pin(
            client
                .workflow_1_0()
                .premium_save_integrated_task(dingtalk::workflow_1_0::PremiumSaveIntegratedTaskInput {
                    process_instance_id: "i",
                    tasks: vec![Default::default()],
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_GetProcessInstanceWithExtra" => Box::pin(
            client
                .workflow_1_0()
                .get_process_instance_with_extra("i")
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_GetHandSignDownloadUrl" => Box::pin(
            client
                .workflow_1_0()
                .get_hand_sign_download_url(dingtalk::workflow_1_0::GetHandSignDownloadUrlInput {
                    hand_sign_token: "h",
                    process_instance_id: "i",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_ArchiveProcessInstance" => Box::pin(
            client
                .workflow_1_0()
                .archive_process_instance(dingtalk::workflow_1_0::ArchiveProcessInstanceInput {
                    op_user_id: "u",
                    process_instance_id: "i",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumUpdateProcessInstanceVariables" => Box::pin(
            client
                .workflow_1_0()
                .premium_update_process_instance_variables(
                    dingtalk::workflow_1_0::PremiumUpdateProcessInstanceVariablesInput {
                        op_user_id: "u",
                        process_instance_id: "i",
                        variables: vec![dingtalk::workflow_1_0::WorkflowPremiumUpdateProcessInstanceVariablesRequestVariables {
                            biz_alias: None,
                            ext_value: None,
                            id: "f".into(),
                            value: "v".into(),
                        }],
                    },
                )
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumGetInstFieldSetting" => Box::pin(
            client
                .workflow_1_0()
                .premium_get_inst_field_setting(dingtalk::workflow_1_0::PremiumGetInstFieldSettingInput {
                    process_instance_id: "i",
                    user_id: "u",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumGetTodoTasks" => Box::pin(
            client
                .workflow_1_0()
                .premium_get_todo_tasks(dingtalk::workflow_1_0::PremiumGetTodoTasksInput {
                    page_number: 1,
                    page_size: 20,
                    user_id: "u",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumGetDoneTasks" => Box::pin(
            client
                .workflow_1_0()
                .premium_get_done_tasks(dingtalk::workflow_1_0::PremiumGetDoneTasksInput {
                    page_number: 1,
                    page_size: 20,
                    user_id: "u",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumGetSubmittedInstances" => Box::pin(
            client
                .workflow_1_0()
                .premium_get_submitted_instances(dingtalk::workflow_1_0::PremiumGetSubmittedInstancesInput {
                    page_number: 1,
                    page_size: 20,
                    user_id: "u",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumGetNoticedInstances" => Box::pin(
            client
                .workflow_1_0()
                .premium_get_noticed_instances(dingtalk::workflow_1_0::PremiumGetNoticedInstancesInput {
                    page_number: 1,
                    page_size: 20,
                    user_id: "u",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_QueryFormInstance" => Box::pin(
            client
                .workflow_1_0()
                .query_form_instance(dingtalk::workflow_1_0::QueryFormInstanceInput {
                    form_code: "f",
                    form_instance_id: "i",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumGetFormInstance" => Box::pin(
            client
                .workflow_1_0()
                .premium_get_form_instance(dingtalk::workflow_1_0::PremiumGetFormInstanceInput {
                    form_code: "f",
                    form_instance_id: "i",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_QueryAllFormInstances" => Box::pin(
            client
                .workflow_1_0()
                .query_all_form_instances(dingtalk::workflow_1_0::QueryAllFormInstancesInput {
                    form_code: "f",
                    max_results: 20,
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumGetFormInstances" => Box::pin(
            client
                .workflow_1_0()
                .premium_get_form_instances(dingtalk::workflow_1_0::PremiumGetFormInstancesInput {
                    form_code: "f",
                    max_results: 20,
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_QueryAllProcessInstances" => Box::pin(
            client
                .workflow_1_0()
                .query_all_process_instances(dingtalk::workflow_1_0::QueryAllProcessInstancesInput {
                    max_results: 20,
                    process_code: "p",
                    start_time_in_mills: 0,
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumGetProcessInstances" => Box::pin(
            client
                .workflow_1_0()
                .premium_get_process_instances(dingtalk::workflow_1_0::PremiumGetProcessInstancesInput {
                    max_results: 20,
                    process_code: "p",
                    start_time_in_mills: 0,
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_QueryFormByBizType" => Box::pin(
            client
                .workflow_1_0()
                .query_form_by_biz_type(dingtalk::workflow_1_0::QueryFormByBizTypeInput {
                    app_uuid: "a",
                    biz_types: vec!["b".into()],
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_QueryProcessByBizCategoryId" => Box::pin(
            client
                .workflow_1_0()
                .query_process_by_biz_category_id("b")
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_QuerySchemaAndProcess" => Box::pin(
            client
                .workflow_1_0()
                .query_schema_and_process("p")
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_GetSchemaAndProcessconfigBatchlly" => Box::pin(
            client
                .workflow_1_0()
                .get_schema_and_processconfig_batchlly()
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumQuerySchemaAndProcessByCodeList" => Box::pin(
            client
                .workflow_1_0()
                .premium_query_schema_and_process_by_code_list(vec!["p".into()])
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumGetFormSchema" => Box::pin(
            client
                .workflow_1_0()
                .premium_get_form_schema("p")
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_GetCrmProcCodes" => Box::pin(
            client
                .workflow_1_0()
                .get_crm_proc_codes()
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_GetProcessConfig" => Box::pin(
            client
                .workflow_1_0()
                .get_process_config("p")
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PagesExportInstances" => Box::pin(
            client
                .workflow_1_0()
                .pages_export_instances(dingtalk::workflow_1_0::PagesExportInstancesInput {
                    max_results: 20,
                    next_token: "0",
                    process_code: "p",
                    start_time_in_mills: 0,
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_SetWorkflowTaskAgent" => Box::pin(
            client
                .workflow_1_0()
                .set_workflow_task_agent(dingtalk::workflow_1_0::SetWorkflowTaskAgentInput {
                    agent_staff_id: "a",
                    all: true,
                    end_date: "e",
                    from_staff_id: "f",
                    manager_staff_id: "m",
                    start_date: "s",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_InstallApp" => Box::pin(
            client
                .workflow_1_0()
                .install_app(dingtalk::workflow_1_0::InstallAppInput {
                    install_option: Default::default(),
                    source_dir_name: "d",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_CopyProcess" => Box::pin(
            client
                .workflow_1_0()
                .copy_process(dingtalk::workflow_1_0::CopyProcessInput {
                    source_corp_id: "c",
                    source_process_vo_list: vec![dingtalk::workflow_1_0::WorkflowCopyProcessRequestSourceProcessVoList {
                        biz_type: None,
                        name: None,
                        process_code: "p".into(),
                    }],
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_CleanProcessData" => Box::pin(
            client
                .workflow_1_0()
                .clean_process_data(dingtalk::workflow_1_0::CleanProcessDataInput {
                    corp_id: "c",
                    process_code: "p",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_InsertOrUpdateDir" => Box::pin(
            client
                .workflow_1_0()
                .insert_or_update_dir(dingtalk::workflow_1_0::InsertOrUpdateDirInput {
                    name18n: "n",
                    operate_user_id: "u",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_DeleteDir" => Box::pin(
            client
                .workflow_1_0()
                .delete_dir("u")
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumInsertOrUpdateDir" => Box::pin(
            client
                .workflow_1_0()
                .premium_insert_or_update_dir(dingtalk::workflow_1_0::PremiumInsertOrUpdateDirInput {
                    biz_group: "b",
                    name: "n",
                    name18n: "n",
                    operate_user_id: "u",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumDelDir" => Box::pin(
            client
                .workflow_1_0()
                .premium_del_dir(dingtalk::workflow_1_0::PremiumDelDirInput {
                    dir_id: "d",
                    operate_user_id: "u",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumAppendTask" => Box::pin(
            client
                .workflow_1_0()
                .premium_append_task(dingtalk::workflow_1_0::PremiumAppendTaskInput {
                    activate_type: "a",
                    appender_user_ids: vec!["u".into()],
                    operate_user_id: "o",
                    process_instance_id: "i",
                    task_id: 1,
                    r#type: "t",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumRevertTask" => Box::pin(
            client
                .workflow_1_0()
                .premium_revert_task(dingtalk::workflow_1_0::PremiumRevertTaskInput {
                    operate_user_id: "o",
                    process_instance_id: "i",
                    revert_action: "r",
                    target_activity_id: "a",
                    task_id: 1,
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumSaveForm" => Box::pin(
            client
                .workflow_1_0()
                .premium_save_form(dingtalk::workflow_1_0::PremiumSaveFormInput {
                    form_components: vec![dingtalk::workflow_1_0::WorkflowFormComponent {
                        children: None,
                        component_type: "TextField".into(),
                        props: Default::default(),
                    }],
                    name: "n",
                    user_id: "u",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumSaveFormInstance" => Box::pin(
            client
                .workflow_1_0()
                .premium_save_form_instance(dingtalk::workflow_1_0::PremiumSaveFormInstanceInput {
                    form_component_value_list: vec![
                        dingtalk::workflow_1_0::WorkflowPremiumSaveFormInstanceRequestFormComponentValueList {
                            biz_alias: None,
                            component_type: None,
                            details: None,
                            ext_value: None,
                            id: None,
                            name: "n".into(),
                            value: "v".into(),
                        },
                    ],
                    originator_user_id: "u",
                    process_code: "p",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumUpdateFormInstance" => Box::pin(
            client
                .workflow_1_0()
                .premium_update_form_instance(dingtalk::workflow_1_0::PremiumUpdateFormInstanceInput {
                    form_component_value_list: vec![
                        dingtalk::workflow_1_0::WorkflowPremiumUpdateFormInstanceRequestFormComponentValueList {
                            biz_alias: None,
                            component_type: None,
                            details: None,
                            ext_value: None,
                            id: None,
                            name: "n".into(),
                            value: "v".into(),
                        },
                    ],
                    originator_user_id: "u",
                    process_code: "p",
                })
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        "workflow_PremiumDeleteFormInstance" => Box::pin(
            client
                .workflow_1_0()
                .premium_delete_form_instance("p")
                .send(),
        )
        .await
        .map(drop)
        .map_err(typed),
        other => panic!("the test does not know how to call {other}"),
    }
}

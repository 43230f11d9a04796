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
        "workflow_BatchUpdateProcessInstance" => client
            .workflow_1_0()
            .batch_update_process_instance()
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
        // IM (im_1_0): each call is boxed, so that its temporaries stay out of
        // this function's stack frame, which its many arms make large.
        "im_CreateGroup" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .create_group(dingtalk::im_1_0::CreateGroupInput {
                        name: "n",
                        owner: "o",
                        useridlist: vec!["u".to_owned()],
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpdateGroup" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .update_group("c")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_ChatIdToOpenConversationId" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .chat_id_to_open_conversation_id("c")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_ChatSubAdminUpdate" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .chat_sub_admin_update(dingtalk::im_1_0::ChatSubAdminUpdateInput {
                        open_conversation_id: "g",
                        role: 2,
                        user_ids: vec!["u".to_owned()],
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_CreateSceneGroup" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .create_scene_group(dingtalk::im_1_0::CreateSceneGroupInput {
                        owner_user_id: "o",
                        template_id: "t",
                        title: "n",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpdateSceneGroup" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .update_scene_group("g")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_DsbandOpenSceneGroup" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .dsband_open_scene_group("g")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_AddSceneGroupMember" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .add_scene_group_member("g")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_RemoveSceneGroupMember" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .remove_scene_group_member("g")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_BatchQueryGroupMember" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .batch_query_group_member(dingtalk::im_1_0::BatchQueryGroupMemberInput {
                        max_results: 10,
                        open_conversation_id: "g",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_GetSceneGroupInfo" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .get_scene_group_info("g")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpdateGroupSubAdmin" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .update_group_sub_admin(dingtalk::im_1_0::UpdateGroupSubAdminInput {
                        open_conversation_id: "g",
                        role: 2,
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryGroupMuteStatus" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_group_mute_status(dingtalk::im_1_0::QueryGroupMuteStatusInput {
                        open_conversation_id: "g",
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpdateMemberBanWords" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .update_member_ban_words(dingtalk::im_1_0::UpdateMemberBanWordsInput {
                        mute_duration: 1000,
                        mute_status: 1,
                        open_conversation_id: "g",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpdateMemberGroupNick" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .update_member_group_nick(dingtalk::im_1_0::UpdateMemberGroupNickInput {
                        group_nick: "n",
                        open_conversation_id: "g",
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QuerySceneGroupTemplateRobot" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_scene_group_template_robot()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_SendInteractiveCard" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .send_interactive_card(dingtalk::im_1_0::SendInteractiveCardInput {
                        card_data: Default::default(),
                        card_template_id: "t",
                        conversation_type: 1,
                        out_track_id: "o",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpdateInteractiveCard" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .update_interactive_card()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_SendOTOInteractiveCard" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .send_oto_interactive_card(dingtalk::im_1_0::SendOtoInteractiveCardInput {
                        card_data: Default::default(),
                        card_template_id: "t",
                        out_track_id: "o",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_SendRobotInteractiveCard" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .send_robot_interactive_card(dingtalk::im_1_0::SendRobotInteractiveCardInput {
                        card_biz_id: "b",
                        card_data: "{}",
                        card_template_id: "StandardCard",
                        robot_code: "r",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpdateRobotInteractiveCard" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .update_robot_interactive_card("b")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_SendTemplateInteractiveCard" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .send_template_interactive_card(dingtalk::im_1_0::SendTemplateInteractiveCardInput {
                        card_data: "{}",
                        card_template_id: "TuWenCard01",
                        out_track_id: "o",
                        robot_code: "r",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_InteractiveCardCreateInstance" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .interactive_card_create_instance(
                        dingtalk::im_1_0::InteractiveCardCreateInstanceInput {
                            card_data: Default::default(),
                            card_template_id: "t",
                            conversation_type: 1,
                            out_track_id: "o",
                        },
                    )
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_TopboxOpen" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .topbox_open("o")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_TopboxClose" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .topbox_close("o")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_CreateStoreGroupConversation" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .create_store_group_conversation(dingtalk::im_1_0::CreateStoreGroupConversationInput {
                        app_user_id: "a",
                        business_unique_key: "k",
                        group_name: "n",
                        group_template_id: "t",
                        operator_id: "o",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_CreateCoupleGroupConversation" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .create_couple_group_conversation(
                        dingtalk::im_1_0::CreateCoupleGroupConversationInput {
                            app_user_id: "a",
                            group_name: "n",
                            group_owner_id: "o",
                            group_template_id: "t",
                            operator_id: "o",
                        },
                    )
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_CreateGroupConversation" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .create_group_conversation(dingtalk::im_1_0::CreateGroupConversationInput {
                        group_name: "n",
                        group_owner_id: "o",
                        group_template_id: "t",
                        operator_id: "o",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_CreateInterconnection" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .create_interconnection(vec![
                        dingtalk::im_1_0::ImCreateInterconnectionRequestInterconnections {
                            app_user_id: "a".into(),
                            app_user_name: "n".into(),
                            app_user_mobile: "18800008655".into(),
                            channel_code: "c".into(),
                            app_user_avatar: None,
                            app_user_avatar_media_type: None,
                            app_user_dynamics: None,
                            user_id: None,
                        },
                    ])
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_GetConversationUrl" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .get_conversation_url(dingtalk::im_1_0::GetConversationUrlInput {
                        app_user_id: "a",
                        channel_code: "c",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QuerySingleGroup" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_single_group(dingtalk::im_1_0::QuerySingleGroupInput {
                        group_members: vec![dingtalk::im_1_0::ImQuerySingleGroupRequestGroupMembers {
                            app_user_id: "a".into(),
                            user_id: "u".into(),
                        }],
                        group_template_id: "t",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryUnReadMessage" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_un_read_message("a")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_addGroupMember" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .add_group_member(dingtalk::im_1_0::AddGroupMemberInput {
                        open_conversation_id: "g",
                        operator_id: "o",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_removeGroupMember" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .remove_group_member(dingtalk::im_1_0::RemoveGroupMemberInput {
                        open_conversation_id: "g",
                        operator_id: "o",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpdateGroupAvatar" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .update_group_avatar(dingtalk::im_1_0::UpdateGroupAvatarInput {
                        group_avatar: "https://example.com/a.png",
                        open_conversation_id: "g",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpdateGroupName" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .update_group_name(dingtalk::im_1_0::UpdateGroupNameInput {
                        group_name: "n",
                        open_conversation_id: "g",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_ChangeGroupOwner" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .change_group_owner(dingtalk::im_1_0::ChangeGroupOwnerInput {
                        group_owner_id: "o",
                        group_owner_type: 2,
                        open_conversation_id: "g",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_DismissGroupConversation" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .dismiss_group_conversation("g")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryGroupMember" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_group_member("g")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_SendRobotMessage" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .send_robot_message(dingtalk::im_1_0::SendRobotMessageInput {
                        msg_content: "{}",
                        msg_type: "text",
                        open_conversation_ids: vec!["g".to_owned()],
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_sendMessage" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .send_message(dingtalk::im_1_0::SendMessageInput {
                        message: "{}",
                        message_type: "text",
                        sender_id: "s",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_sendDingMessage" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .send_ding_message(dingtalk::im_1_0::SendDingMessageInput {
                        code: "c",
                        message: "{}",
                        message_type: "text",
                        sender_id: "s",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_AddOrgTextEmotion" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .add_org_text_emotion(dingtalk::im_1_0::AddOrgTextEmotionInput {
                        background_media_id: "m",
                        background_media_id_for_panel: "m",
                        dept_id: 1,
                        emotion_name: "e",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_ListOrgTextEmotion" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .list_org_text_emotion()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_DeleteOrgTextEmotion" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .delete_org_text_emotion(dingtalk::im_1_0::DeleteOrgTextEmotionInput {
                        dept_id: 1,
                        emotion_ids: vec!["u".to_owned()],
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_AddConvNavTab" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .add_conv_nav_tab()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpdateConvNavTab" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .update_conv_nav_tab()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_ListConvNavTab" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .list_conv_nav_tab()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_SortConvNavTab" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .sort_conv_nav_tab()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_DeleteConvNavTab" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .delete_conv_nav_tab()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_CreateCustomGroupRole" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .create_custom_group_role(dingtalk::im_1_0::CreateCustomGroupRoleInput {
                        open_conversation_id: "g",
                        role_name: "r",
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpdateCustomGroupRole" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .update_custom_group_role(dingtalk::im_1_0::UpdateCustomGroupRoleInput {
                        open_conversation_id: "g",
                        open_role_id: "r",
                        role_name: "r",
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryCustomGroupRoles" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_custom_group_roles(dingtalk::im_1_0::QueryCustomGroupRolesInput {
                        open_conversation_id: "g",
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_RemoveCustomGroupRole" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .remove_custom_group_role(dingtalk::im_1_0::RemoveCustomGroupRoleInput {
                        open_conversation_id: "g",
                        open_role_id: "r",
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_CreateCustomUserRoles" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .create_custom_user_roles(dingtalk::im_1_0::CreateCustomUserRolesInput {
                        open_conversation_id: "g",
                        open_role_ids: vec!["u".to_owned()],
                        target_user_id: "t",
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryCustomGroupRolesByUser" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_custom_group_roles_by_user(dingtalk::im_1_0::QueryCustomGroupRolesByUserInput {
                        open_conversation_id: "g",
                        user_id: "u",
                        viewed_user_id: "v",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_RemoveCustomUserRoles" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .remove_custom_user_roles(dingtalk::im_1_0::RemoveCustomUserRolesInput {
                        open_conversation_id: "g",
                        open_role_ids: vec!["u".to_owned()],
                        target_user_id: "t",
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_OpenGroupRoleAdd" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .open_group_role_add(dingtalk::im_1_0::OpenGroupRoleAddInput {
                        open_conversation_id: "g",
                        role_name: "r",
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_OpenGroupRoleUpdate" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .open_group_role_update(dingtalk::im_1_0::OpenGroupRoleUpdateInput {
                        open_conversation_id: "g",
                        open_role_id: "r",
                        role_name: "r",
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_OpenGroupRoleQuery" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .open_group_role_query(dingtalk::im_1_0::OpenGroupRoleQueryInput {
                        open_conversation_id: "g",
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_OpenGroupRoleRemove" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .open_group_role_remove(dingtalk::im_1_0::OpenGroupRoleRemoveInput {
                        open_conversation_id: "g",
                        open_role_id: "r",
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_OpenGroupUserRoleQuery" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .open_group_user_role_query(dingtalk::im_1_0::OpenGroupUserRoleQueryInput {
                        open_conversation_id: "g",
                        user_id: "u",
                        viewed_user_id: "v",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryUserGroupRoles" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_user_group_roles()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpdateTheGroupRolesOfGroupMember" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .update_the_group_roles_of_group_member(
                        dingtalk::im_1_0::UpdateTheGroupRolesOfGroupMemberInput {
                            open_conversation_id: "g",
                            user_id: "u",
                        },
                    )
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryMembersOfGroupRole" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_members_of_group_role(dingtalk::im_1_0::QueryMembersOfGroupRoleInput {
                        open_conversation_id: "g",
                        open_role_id: "r",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_AddUnfurlingRegister" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .add_unfurling_register(dingtalk::im_1_0::AddUnfurlingRegisterInput {
                        api_secret: "s",
                        app_id: "a",
                        callback_url: "https://example.com/c",
                        card_template_id: "t",
                        domain: "d",
                        path: "/p",
                        rule_match_type: 1,
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryUnfurlingRegisterInfo" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_unfurling_register_info("a")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpdateUnfurlingRegister" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .update_unfurling_register(dingtalk::im_1_0::UpdateUnfurlingRegisterInput {
                        api_secret: "s",
                        app_id: "a",
                        callback_url: "https://example.com/c",
                        card_template_id: "t",
                        domain: "d",
                        id: 1,
                        path: "/p",
                        rule_match_type: 1,
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_CopyUnfurlingRegister" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .copy_unfurling_register(dingtalk::im_1_0::CopyUnfurlingRegisterInput {
                        app_id: "a",
                        id: 1,
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryUnfurlingRegisterCreator" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_unfurling_register_creator(
                        dingtalk::im_1_0::QueryUnfurlingRegisterCreatorInput {
                            domain: "d",
                            path: "/p",
                        },
                    )
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_DebugUnfurlingRegister" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .debug_unfurling_register(dingtalk::im_1_0::DebugUnfurlingRegisterInput {
                        app_id: "a",
                        id: 1,
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_ReleaseUnfurlingRegister" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .release_unfurling_register(dingtalk::im_1_0::ReleaseUnfurlingRegisterInput {
                        app_id: "a",
                        id: 1,
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_OfflineUnfurlingRegister" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .offline_unfurling_register(dingtalk::im_1_0::OfflineUnfurlingRegisterInput {
                        app_id: "a",
                        id: 1,
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpdateUnfurlingRegisterStatus" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .update_unfurling_register_status(
                        dingtalk::im_1_0::UpdateUnfurlingRegisterStatusInput {
                            app_id: "a",
                            id: 1,
                            status: 1,
                        },
                    )
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_CountOrgMessageOpenSceneGroups" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .count_org_message_open_scene_groups()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_CountOpenMsgSceneGroups" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .count_open_msg_scene_groups("t")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_CountSceneGroupsByTemplateId" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .count_scene_groups_by_template_id("t")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_ListSceneGroupsByTemplateId" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .list_scene_groups_by_template_id(dingtalk::im_1_0::ListSceneGroupsByTemplateIdInput {
                        template_id: "t",
                        page_number: 1,
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_ListGroupTemplatesByOrgId" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .list_group_templates_by_org_id(1)
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_GetSceneGroupTemplateMessageOpenStatus" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .get_scene_group_template_message_open_status("t")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpdateSceneGroupTemplateMessageOpenStatus" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .update_scene_group_template_message_open_status(
                        dingtalk::im_1_0::UpdateSceneGroupTemplateMessageOpenStatusInput {
                            status: 1,
                            template_id_list: vec!["t".to_owned()],
                            user_id: "u",
                        },
                    )
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_GetSuperAdminOpenSceneGroupInfo" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .get_super_admin_open_scene_group_info("g")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_FreezeGroup" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .freeze_group("g")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_SuperAdminApplyTemplate" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .super_admin_apply_template(dingtalk::im_1_0::SuperAdminApplyTemplateInput {
                        open_conversation_id: "g",
                        owner_user_id: "o",
                        template_id: "t",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_SuperAdminCloseTemplate" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .super_admin_close_template(dingtalk::im_1_0::SuperAdminCloseTemplateInput {
                        open_conversation_id: "g",
                        owner_user_id: "o",
                        template_id: "t",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpgradeToExternalGroup" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .upgrade_to_external_group(dingtalk::im_1_0::UpgradeToExternalGroupInput {
                        open_conversation_id: "g",
                        template_id: "t",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpgradeToServiceGroup" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .upgrade_to_service_group(dingtalk::im_1_0::UpgradeToServiceGroupInput {
                        open_conversation_id: "g",
                        template_id: "t",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryUserViewGroupLastMessageTime" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_user_view_group_last_message_time("g")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_CreateSceneGroupConversation" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .create_scene_group_conversation(dingtalk::im_1_0::CreateSceneGroupConversationInput {
                        group_name: "n",
                        group_owner_id: "o",
                        template_id: "t",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_CreateGroupFromOldGroup" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .create_group_from_old_group(dingtalk::im_1_0::CreateGroupFromOldGroupInput {
                        src_open_conversation_id: "g",
                        template_id: "t",
                        uuid: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_GetSceneGroupMembers" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .get_scene_group_members(dingtalk::im_1_0::GetSceneGroupMembersInput {
                        cool_app_code: "c",
                        cursor: "0",
                        open_conversation_id: "g",
                        size: 10,
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpdateGroupPermission" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .update_group_permission()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_GetSceneGroupDetailInfo" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .get_scene_group_detail_info("g")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_GroupBanWords" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .group_ban_words()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_SetRightPanel" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .set_right_panel(dingtalk::im_1_0::SetRightPanelInput {
                        open_conversation_id: "g",
                        right_panel_close_permitted: true,
                        right_panel_open_status: 1,
                        title: "t",
                        web_wnd_params: dingtalk::im_1_0::ImSetRightPanelRequestWebWndParams {
                            target_url: "https://example.com".into(),
                            close_tip_content: None,
                        },
                        width: 400,
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_AddRobotToConversation" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .add_robot_to_conversation(dingtalk::im_1_0::AddRobotToConversationInput {
                        open_conversation_id: "g",
                        robot_code: "r",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_RemoveRobotFromConversation" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .remove_robot_from_conversation(dingtalk::im_1_0::RemoveRobotFromConversationInput {
                        chat_bot_user_id: "b",
                        open_conversation_id: "g",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpdateRobotInOrg" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .update_robot_in_org("r")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_InstallRobotToOrg" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .install_robot_to_org(dingtalk::im_1_0::InstallRobotToOrgInput {
                        brief: "b",
                        description: "d",
                        icon: "i",
                        name: "n",
                        outgoing_token: "t",
                        outgoing_url: "https://example.com",
                        preview_media_id: "p",
                        robot_code: "r",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_CheckUserIsGroupMember" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .check_user_is_group_member(dingtalk::im_1_0::CheckUserIsGroupMemberInput {
                        open_conversation_id: "g",
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_GetInnerGroupMembers" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .get_inner_group_members(dingtalk::im_1_0::GetInnerGroupMembersInput {
                        max_results: 10,
                        open_conversation_id: "g",
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryInnerGroupMemberList" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_inner_group_member_list(dingtalk::im_1_0::QueryInnerGroupMemberListInput {
                        max_results: 10,
                        next_token: 0,
                        open_conversation_id: "g",
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_GetNewestInnerGroups" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .get_newest_inner_groups("u")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryInnerGroupRecentList" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_inner_group_recent_list("u")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_SearchInnerGroups" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .search_inner_groups(dingtalk::im_1_0::SearchInnerGroupsInput {
                        max_results: 10,
                        search_key: "k",
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_OpenInnerGroupTransferToDeptGroup" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .open_inner_group_transfer_to_dept_group(
                        dingtalk::im_1_0::OpenInnerGroupTransferToDeptGroupInput {
                            dept_id: 1,
                            open_conversation_id: "g",
                        },
                    )
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryOpenGroupBaseInfo" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_open_group_base_info()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_OpenSearchGroupList" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .open_search_group_list("u")
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_GroupManageQuery" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .group_manage_query()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_GroupManageReduce" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .group_manage_reduce()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_GroupCapacityInquiry" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .group_capacity_inquiry()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_GroupCapacityOrderPlace" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .group_capacity_order_place()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_GroupCapacityOrderConfirm" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .group_capacity_order_confirm()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryUserGroupAliasTitle" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_user_group_alias_title(dingtalk::im_1_0::QueryUserGroupAliasTitleInput {
                        open_conversation_id: "g",
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpdateUserGroupAliasTitle" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .update_user_group_alias_title(dingtalk::im_1_0::UpdateUserGroupAliasTitleInput {
                        open_conversation_id: "g",
                        title: "t",
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_GetGroupMembersByUserToken" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .get_group_members_by_user_token(dingtalk::im_1_0::GetGroupMembersByUserTokenInput {
                        max_results: 10,
                        open_conversation_id: "g",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_SendPersonalMessage" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .send_personal_message(dingtalk::im_1_0::SendPersonalMessageInput {
                        content: "c",
                        msg_type: "text",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_PersonalSendCardMessage" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .personal_send_card_message()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_OpenUserSendCardMessage" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .open_user_send_card_message(dingtalk::im_1_0::OpenUserSendCardMessageInput {
                        card_content: dingtalk::im_1_0::ImOpenUserSendCardMessageRequestCardContent {
                            out_track_id: "o".into(),
                            last_message: "m".into(),
                        },
                        user_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryPersonalMessageReadStatus" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_personal_message_read_status(
                        dingtalk::im_1_0::QueryPersonalMessageReadStatusInput {
                            open_conversation_id: "g",
                            open_message_id: "m",
                        },
                    )
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_ReadPersonalMessage" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .read_personal_message(vec![
                        dingtalk::im_1_0::ImReadPersonalMessageRequestDingOpenConversationMessageIdArray {
                            open_conversation_id: "g".into(),
                            open_message_id: "m".into(),
                        },
                    ])
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_RecallPersonalMessage" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .recall_personal_message()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryGroupInfoByMemberAuth" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_group_info_by_member_auth(dingtalk::im_1_0::QueryGroupInfoByMemberAuthInput {
                        cool_app_code: "c",
                        open_conversation_id: "g",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryGroupMemberByMemberAuth" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_group_member_by_member_auth(
                        dingtalk::im_1_0::QueryGroupMemberByMemberAuthInput {
                            cool_app_code: "c",
                            open_conversation_id: "g",
                        },
                    )
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_IntelligentSendCard" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .intelligent_send_card()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_PutMsgCardTopByIntelligent" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .put_msg_card_top_by_intelligent()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryMsgReadStatus" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_msg_read_status()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_RecallMessages" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .recall_messages()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryMessageSendResult" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_message_send_result()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_ImportGroupChat" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .import_group_chat(dingtalk::im_1_0::ImportGroupChatInput {
                        import_uuid: "i",
                        owner: "o",
                        title: "t",
                        user_list: Default::default(),
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_ImportMessage" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .import_message(dingtalk::im_1_0::ImportMessageInput {
                        content: "c",
                        create_time: 1,
                        import_uuid: "i",
                        msg_type: "text",
                        open_conversation_id: "g",
                        sender_id: "s",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryRecentConversations" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_recent_conversations()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryOpenConversationReceiveUser" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_open_conversation_receive_user()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_GetSingleChatOpenConversationId" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .get_single_chat_open_conversation_id(
                        dingtalk::im_1_0::GetSingleChatOpenConversationIdInput {
                            user_id1: "a",
                            user_id2: "b",
                        },
                    )
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_CardTemplateBuildAction" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .card_template_build_action(dingtalk::im_1_0::CardTemplateBuildActionInput {
                        action: "a",
                        card_template_json: "{}",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_AutoOpenDingTalkConnect" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .auto_open_ding_talk_connect()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_UpdateClientService" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .update_client_service(vec!["u".to_owned()])
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_LoginForVisitor" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .login_for_visitor()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryGroupInfoByAppCids" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_group_info_by_app_cids()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryGroupInfoByOpenCids" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_group_info_by_open_cids()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_QueryGroupMemberByAppUids" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .query_group_member_by_app_uids()
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_GetInterconnectionUrl" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .get_interconnection_url(dingtalk::im_1_0::GetInterconnectionUrlInput {
                        app_user_id: "a",
                        app_user_mobile_number: "18800008655",
                        app_user_name: "n",
                        msg_page_type: 1,
                        signature: "s",
                        source_code: "c",
                        source_type: 1,
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_GetFamilySchoolConversations" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .get_family_school_conversations(dingtalk::im_1_0::GetFamilySchoolConversationsInput {
                        max_results: 10,
                        next_token: 0,
                        union_id: "u",
                    })
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_GetFamilySchoolConversationMsg" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .get_family_school_conversation_msg(
                        dingtalk::im_1_0::GetFamilySchoolConversationMsgInput {
                            max_results: 10,
                            msg_types: vec![2],
                            next_token: 0,
                            open_conversation_id: "g",
                            union_id: "u",
                        },
                    )
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        "im_BatchQueryFamilySchoolMessage" => {
            Box::pin(async move {
                client
                    .im_1_0()
                    .batch_query_family_school_message(
                        dingtalk::im_1_0::BatchQueryFamilySchoolMessageInput {
                            open_conversation_id: "g",
                            open_message_ids: vec!["m".to_owned()],
                            union_id: "u",
                        },
                    )
                    .send()
                    .await
                    .map(drop)
                    .map_err(typed)
            })
            .await
        }
        other => panic!("the test does not know how to call {other}"),
    }
}

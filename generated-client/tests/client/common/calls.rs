//! Every operation of the spec, callable by its id with placeholder inputs.
//!
//! Tests that must exercise every operation (the documented errors, for
//! instance) go through [`call`]: every operation of a curated module, and,
//! with the feature `full`, of each drafted module the one that
//! [`error_checked_operation_ids`] (super) picks; an operation of those added to the spec without a line
//! here makes them fail.

use dingtalk::drive_1_0::*;
use dingtalk::oauth2_1_0::*;
use dingtalk::storage_1_0::*;
use dingtalk::{doc_2_0, minutes_1_0, report_1_0, robot_1_0, todo_1_0};
use dingtalk::{drive_1_0, oauth2_1_0, storage_1_0};
use dingtalk::{oapi_department, oapi_media, oapi_message, oapi_process, oapi_robot, oapi_user};
use dingtalk::{Client, Error};
use futures_util::future::{BoxFuture, FutureExt, TryFutureExt};

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

/// Builds a call's future in a function of its own: in a debug build, a
/// frame keeps every temporary of every arm of a `match` apart, hundreds of
/// arms building request builders in place would overflow a test thread's
/// stack.
#[inline(never)]
fn apart<'a>(build: impl FnOnce() -> Call<'a>) -> Call<'a> {
    build()
}

/// A call's future.
type Call<'a> = BoxFuture<'a, Result<(), Failure>>;

/// Calls `operation_id` with placeholder inputs that pass the client's own
/// checks, and drops the result.
///
/// Each operation's call is a boxed future of its own, awaited once: an
/// `async` block awaiting each of hundreds of calls in place would hold all of
/// their states in one frame.
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
    let call: Call<'_> = match operation_id {
        // OAuth2
        "oauth2_GetAccessToken" => apart(|| {
            client
                .oauth2_1_0()
                .get_access_token(oauth2_1_0::GetAccessTokenInput {
                    app_key: "k",
                    app_secret: "s",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "oauth2_GetCorpAccessToken" => apart(|| {
            client
                .oauth2_1_0()
                .get_corp_access_token(oauth2_1_0::GetCorpAccessTokenInput {
                    auth_corp_id: "c",
                    suite_key: "k",
                    suite_secret: "s",
                    suite_ticket: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "oauth2_GetToken" => apart(|| {
            client
                .oauth2_1_0()
                .get_token(oauth2_1_0::GetTokenInput {
                    corp_id: "c",
                    client_id: "i",
                    client_secret: "s",
                    grant_type: ClientCredentialsGrantType::ClientCredentials,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "oauth2_GetSuiteAccessToken" => apart(|| {
            client
                .oauth2_1_0()
                .get_suite_access_token(oauth2_1_0::GetSuiteAccessTokenInput {
                    suite_key: "k",
                    suite_secret: "s",
                    suite_ticket: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "oauth2_GetUserToken" => apart(|| {
            client
                .oauth2_1_0()
                .get_user_token(oauth2_1_0::GetUserTokenInput {
                    client_id: "i",
                    client_secret: "s",
                    grant_type: UserTokenGrantType::AuthorizationCode,
                })
                .code("a")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "oauth2_GetSsoAccessToken" => apart(|| {
            client
                .oauth2_1_0()
                .get_sso_access_token(oauth2_1_0::GetSsoAccessTokenInput {
                    corpid: "c",
                    sso_secret: "s",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "oauth2_GetSsoUserInfo" => apart(|| {
            client
                .oauth2_1_0()
                .get_sso_user_info("a")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "oauth2_CreateJsapiTicket" => apart(|| {
            client
                .oauth2_1_0()
                .create_jsapi_ticket()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "oauth2_GetAuthInfo" => apart(|| {
            client
                .oauth2_1_0()
                .get_auth_info("c")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "oauth2_GetPersonalAuthRule" => apart(|| {
            client
                .oauth2_1_0()
                .get_personal_auth_rule()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "oauth2_KickoffByDeviceId" => apart(|| {
            client
                .oauth2_1_0()
                .kickoff_by_device_id()
                .open_device_id("d")
                .user_id("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // Drive: spaces and tasks
        "drive_AddSpace" => apart(|| {
            client
                .drive_1_0()
                .add_space(drive_1_0::AddSpaceInput {
                    name: "n",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_ListSpaces" => apart(|| {
            client
                .drive_1_0()
                .list_spaces(drive_1_0::ListSpacesInput {
                    union_id: "u",
                    space_type: DriveSpaceType::Org,
                    max_results: 10,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_InfoSpace" => apart(|| {
            client
                .drive_1_0()
                .info_space(drive_1_0::InfoSpaceInput {
                    space_id: "s",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_DeleteSpace" => apart(|| {
            client
                .drive_1_0()
                .delete_space(drive_1_0::DeleteSpaceInput {
                    space_id: "s",
                    union_id: "u",
                })
                .send()
                .map_err(typed)
                .boxed()
        }),
        "drive_GetMySpaceInfo" => apart(|| {
            client
                .drive_1_0()
                .get_my_space_info("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_AddCustomSpace" => apart(|| {
            client
                .drive_1_0()
                .add_custom_space(drive_1_0::AddCustomSpaceInput {
                    biz_type: "b",
                    identifier: "i",
                    permission_mode: PermissionMode::Acl,
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_GetAsyncTaskInfo" => apart(|| {
            client
                .drive_1_0()
                .get_async_task_info(drive_1_0::GetAsyncTaskInfoInput {
                    task_id: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // Drive: files
        "drive_AddFile" => apart(|| {
            client
                .drive_1_0()
                .add_file(drive_1_0::AddFileInput {
                    space_id: "s",
                    file_type: DriveFileType::Folder,
                    file_name: "f",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_ListFiles" => apart(|| {
            client
                .drive_1_0()
                .list_files(drive_1_0::ListFilesInput {
                    space_id: "s",
                    max_results: 10,
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_GetFileInfo" => apart(|| {
            client
                .drive_1_0()
                .get_file_info(drive_1_0::GetFileInfoInput {
                    space_id: "s",
                    file_id: "f",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_DeleteFile" => apart(|| {
            client
                .drive_1_0()
                .delete_file(drive_1_0::DeleteFileInput {
                    space_id: "s",
                    file_id: "f",
                    delete_policy: "p",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_DeleteFiles" => apart(|| {
            client
                .drive_1_0()
                .delete_files(drive_1_0::DeleteFilesInput {
                    space_id: "s",
                    file_ids: ids(),
                    delete_policy: "p",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_CopyFile" => apart(|| {
            client
                .drive_1_0()
                .copy_file(drive_1_0::CopyFileInput {
                    space_id: "s",
                    file_id: "f",
                    target_space_id: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_MoveFile" => apart(|| {
            client
                .drive_1_0()
                .move_file(drive_1_0::MoveFileInput {
                    space_id: "s",
                    file_id: "f",
                    target_space_id: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_MoveFiles" => apart(|| {
            client
                .drive_1_0()
                .move_files(drive_1_0::MoveFilesInput {
                    space_id: "s",
                    file_ids: ids(),
                    target_space_id: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_RenameFile" => apart(|| {
            client
                .drive_1_0()
                .rename_file(drive_1_0::RenameFileInput {
                    space_id: "s",
                    file_id: "f",
                    new_file_name: "n",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_GetUploadInfo" => apart(|| {
            client
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_GetDownloadInfo" => apart(|| {
            client
                .drive_1_0()
                .get_download_info(drive_1_0::GetDownloadInfoInput {
                    space_id: "s",
                    file_id: "f",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_GetPreviewInfo" => apart(|| {
            client
                .drive_1_0()
                .get_preview_info(drive_1_0::GetPreviewInfoInput {
                    space_id: "s",
                    file_id: "f",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // Drive: permissions
        "drive_AddPermission" => apart(|| {
            client
                .drive_1_0()
                .add_permission(drive_1_0::AddPermissionInput {
                    space_id: "s",
                    file_id: "f",
                    role: "r",
                    members: drive_members(),
                    union_id: "u",
                })
                .send()
                .map_err(typed)
                .boxed()
        }),
        "drive_ListPermissions" => apart(|| {
            client
                .drive_1_0()
                .list_permissions(drive_1_0::ListPermissionsInput {
                    space_id: "s",
                    file_id: "f",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_ModifyPermission" => apart(|| {
            client
                .drive_1_0()
                .modify_permission(drive_1_0::ModifyPermissionInput {
                    space_id: "s",
                    file_id: "f",
                    role: "r",
                    members: drive_members(),
                    union_id: "u",
                })
                .send()
                .map_err(typed)
                .boxed()
        }),
        "drive_DeletePermission" => apart(|| {
            client
                .drive_1_0()
                .delete_permission(drive_1_0::DeletePermissionInput {
                    space_id: "s",
                    file_id: "f",
                    role: "r",
                    members: drive_members(),
                    union_id: "u",
                })
                .send()
                .map_err(typed)
                .boxed()
        }),
        "drive_GetPrivilegeInfo" => apart(|| {
            client
                .drive_1_0()
                .get_privilege_info(drive_1_0::GetPrivilegeInfoInput {
                    space_id: "s",
                    file_id: "f",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_GrantPrivilegeOfCustomSpace" => apart(|| {
            client
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
                .map_err(typed)
                .boxed()
        }),
        // Drive: recycle bins
        "drive_ListRecycleFiles" => apart(|| {
            client
                .drive_1_0()
                .list_recycle_files(drive_1_0::ListRecycleFilesInput {
                    recycle_type: "r",
                    max_results: 10,
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_RecoverRecycleFiles" => apart(|| {
            client
                .drive_1_0()
                .recover_recycle_files(drive_1_0::RecoverRecycleFilesInput {
                    recycle_type: "r",
                    recycle_item_id_list: vec![1],
                    union_id: "u",
                })
                .send()
                .map_err(typed)
                .boxed()
        }),
        "drive_DeleteRecycleFiles" => apart(|| {
            client
                .drive_1_0()
                .delete_recycle_files(drive_1_0::DeleteRecycleFilesInput {
                    recycle_type: "r",
                    recycle_item_id_list: vec![1],
                    union_id: "u",
                })
                .send()
                .map_err(typed)
                .boxed()
        }),
        "drive_ClearRecycleFiles" => apart(|| {
            client
                .drive_1_0()
                .clear_recycle_files(drive_1_0::ClearRecycleFilesInput {
                    recycle_type: "r",
                    union_id: "u",
                })
                .send()
                .map_err(typed)
                .boxed()
        }),
        // Drive: quotas and administration
        "drive_GetQuotaInfos" => apart(|| {
            client
                .drive_1_0()
                .get_quota_infos(drive_1_0::GetQuotaInfosInput {
                    r#type: "t",
                    identifiers: ids(),
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_ManagementListSpaces" => apart(|| {
            client
                .drive_1_0()
                .management_list_spaces(drive_1_0::ManagementListSpacesInput {
                    space_ids: ids(),
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_ManagementModifySpace" => apart(|| {
            client
                .drive_1_0()
                .management_modify_space(drive_1_0::ManagementModifySpaceInput {
                    space_ids: ids(),
                    quota: 1,
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "drive_ManagementBuyQuota" => apart(|| {
            client
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
                .map_err(typed)
                .boxed()
        }),
        // Storage: spaces, organisations, apps, tasks and events
        "storage_AddSpace" => apart(|| {
            client
                .storage_1_0()
                .add_space("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_GetSpace" => apart(|| {
            client
                .storage_1_0()
                .get_space(storage_1_0::GetSpaceInput {
                    space_id: "s",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_GetOrg" => apart(|| {
            client
                .storage_1_0()
                .get_org(storage_1_0::GetOrgInput {
                    corp_id: "c",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_GetCurrentApp" => apart(|| {
            client
                .storage_1_0()
                .get_current_app("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_GetTask" => apart(|| {
            client
                .storage_1_0()
                .get_task(storage_1_0::GetTaskInput {
                    task_id: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_SubscribeEvent" => apart(|| {
            client
                .storage_1_0()
                .subscribe_event(storage_1_0::SubscribeEventInput {
                    union_id: "u",
                    scope: EventScope::Space,
                    scope_id: "s",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_UnsubscribeEvent" => apart(|| {
            client
                .storage_1_0()
                .unsubscribe_event(storage_1_0::UnsubscribeEventInput {
                    union_id: "u",
                    scope: EventScope::Space,
                    scope_id: "s",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // Storage: dentries
        "storage_AddFolder" => apart(|| {
            client
                .storage_1_0()
                .add_folder(storage_1_0::AddFolderInput {
                    space_id: "s",
                    parent_id: "0",
                    union_id: "u",
                    name: "f",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_ListDentries" => apart(|| {
            client
                .storage_1_0()
                .list_dentries(storage_1_0::ListDentriesInput {
                    space_id: "s",
                    parent_id: "0",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_ListAllDentries" => apart(|| {
            client
                .storage_1_0()
                .list_all_dentries(storage_1_0::ListAllDentriesInput {
                    space_id: "s",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_GetDentries" => apart(|| {
            client
                .storage_1_0()
                .get_dentries(storage_1_0::GetDentriesInput {
                    space_id: "s",
                    union_id: "u",
                    dentry_ids: ids(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_GetDentry" => apart(|| {
            client
                .storage_1_0()
                .get_dentry(storage_1_0::GetDentryInput {
                    space_id: "s",
                    dentry_id: "d",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_DeleteDentry" => apart(|| {
            client
                .storage_1_0()
                .delete_dentry(storage_1_0::DeleteDentryInput {
                    space_id: "s",
                    dentry_id: "d",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_DeleteDentries" => apart(|| {
            client
                .storage_1_0()
                .delete_dentries(storage_1_0::DeleteDentriesInput {
                    space_id: "s",
                    union_id: "u",
                    dentry_ids: ids(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_CopyDentry" => apart(|| {
            client
                .storage_1_0()
                .copy_dentry(storage_1_0::CopyDentryInput {
                    space_id: "s",
                    dentry_id: "d",
                    union_id: "u",
                    target_space_id: "t",
                    target_folder_id: "0",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_CopyDentries" => apart(|| {
            client
                .storage_1_0()
                .copy_dentries(storage_1_0::CopyDentriesInput {
                    space_id: "s",
                    union_id: "u",
                    dentry_ids: ids(),
                    target_space_id: "t",
                    target_folder_id: "0",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_MoveDentry" => apart(|| {
            client
                .storage_1_0()
                .move_dentry(storage_1_0::MoveDentryInput {
                    space_id: "s",
                    dentry_id: "d",
                    union_id: "u",
                    target_space_id: "t",
                    target_folder_id: "0",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_MoveDentries" => apart(|| {
            client
                .storage_1_0()
                .move_dentries(storage_1_0::MoveDentriesInput {
                    space_id: "s",
                    union_id: "u",
                    dentry_ids: ids(),
                    target_space_id: "t",
                    target_folder_id: "0",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_RenameDentry" => apart(|| {
            client
                .storage_1_0()
                .rename_dentry(storage_1_0::RenameDentryInput {
                    space_id: "s",
                    dentry_id: "d",
                    union_id: "u",
                    new_name: "n",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_ListDentryVersions" => apart(|| {
            client
                .storage_1_0()
                .list_dentry_versions(storage_1_0::ListDentryVersionsInput {
                    space_id: "s",
                    dentry_id: "d",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_RevertDentryVersion" => apart(|| {
            client
                .storage_1_0()
                .revert_dentry_version(storage_1_0::RevertDentryVersionInput {
                    space_id: "s",
                    dentry_id: "d",
                    version: 1,
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_UpdateDentryAppProperties" => apart(|| {
            client
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_DeleteDentryAppProperties" => apart(|| {
            client
                .storage_1_0()
                .delete_dentry_app_properties(storage_1_0::DeleteDentryAppPropertiesInput {
                    space_id: "s",
                    dentry_id: "d",
                    union_id: "u",
                    property_names: vec!["n".into()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_GetDentryThumbnails" => apart(|| {
            client
                .storage_1_0()
                .get_dentry_thumbnails(storage_1_0::GetDentryThumbnailsInput {
                    space_id: "s",
                    union_id: "u",
                    dentry_ids: ids(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // Storage: files
        "storage_GetFileUploadInfo" => apart(|| {
            client
                .storage_1_0()
                .get_file_upload_info(storage_1_0::GetFileUploadInfoInput {
                    space_id: "s",
                    union_id: "u",
                    protocol: TransferProtocol::HeaderSignature,
                    multipart: false,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_InitMultipartFileUpload" => apart(|| {
            client
                .storage_1_0()
                .init_multipart_file_upload(storage_1_0::InitMultipartFileUploadInput {
                    space_id: "s",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_GetMultipartFileUploadInfos" => apart(|| {
            client
                .storage_1_0()
                .get_multipart_file_upload_infos(storage_1_0::GetMultipartFileUploadInfosInput {
                    union_id: "u",
                    upload_key: "k",
                    part_numbers: vec![1],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_CommitFile" => apart(|| {
            client
                .storage_1_0()
                .commit_file(storage_1_0::CommitFileInput {
                    space_id: "s",
                    union_id: "u",
                    upload_key: "k",
                    name: "f",
                    parent_id: "0",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_GetFileDownloadInfo" => apart(|| {
            client
                .storage_1_0()
                .get_file_download_info(storage_1_0::GetFileDownloadInfoInput {
                    space_id: "s",
                    dentry_id: "d",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_GetDentryOpenInfo" => apart(|| {
            client
                .storage_1_0()
                .get_dentry_open_info(storage_1_0::GetDentryOpenInfoInput {
                    space_id: "s",
                    dentry_id: "d",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_RegisterOpenInfo" => apart(|| {
            client
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_GetWebOfficeUrl" => apart(|| {
            client
                .storage_1_0()
                .get_web_office_url(storage_1_0::GetWebOfficeUrlInput {
                    space_id: "s",
                    dentry_id: "d",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_RefreshWebOfficeToken" => apart(|| {
            client
                .storage_1_0()
                .refresh_web_office_token(storage_1_0::RefreshWebOfficeTokenInput {
                    space_id: "s",
                    dentry_id: "d",
                    union_id: "u",
                    web_office_access_token: "a",
                    web_office_refresh_token: "r",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // Storage: permissions
        "storage_AddPermission" => apart(|| {
            client
                .storage_1_0()
                .add_permission(storage_1_0::AddPermissionInput {
                    space_id: "s",
                    dentry_id: "d",
                    union_id: "u",
                    role_id: PermissionRole::Reader,
                    members: members(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_UpdatePermission" => apart(|| {
            client
                .storage_1_0()
                .update_permission(storage_1_0::UpdatePermissionInput {
                    space_id: "s",
                    dentry_id: "d",
                    union_id: "u",
                    role_id: PermissionRole::Reader,
                    members: members(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_DeletePermission" => apart(|| {
            client
                .storage_1_0()
                .delete_permission(storage_1_0::DeletePermissionInput {
                    space_id: "s",
                    dentry_id: "d",
                    union_id: "u",
                    role_id: PermissionRole::Reader,
                    members: members(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_ListPermissions" => apart(|| {
            client
                .storage_1_0()
                .list_permissions(storage_1_0::ListPermissionsInput {
                    space_id: "s",
                    dentry_id: "d",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_BatchQueryRoles" => apart(|| {
            client
                .storage_1_0()
                .batch_query_roles(storage_1_0::BatchQueryRolesInput {
                    space_id: "s",
                    dentry_id_list: ids(),
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // Storage: recycle bins
        "storage_GetRecycleBin" => apart(|| {
            client
                .storage_1_0()
                .get_recycle_bin(storage_1_0::GetRecycleBinInput {
                    recycle_bin_scope: RecycleBinScope::Space,
                    scope_id: "s",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_ListRecycleItems" => apart(|| {
            client
                .storage_1_0()
                .list_recycle_items(storage_1_0::ListRecycleItemsInput {
                    recycle_bin_id: "b",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_GetRecycleItem" => apart(|| {
            client
                .storage_1_0()
                .get_recycle_item(storage_1_0::GetRecycleItemInput {
                    recycle_bin_id: "b",
                    recycle_item_id: "i",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_DeleteRecycleItem" => apart(|| {
            client
                .storage_1_0()
                .delete_recycle_item(storage_1_0::DeleteRecycleItemInput {
                    recycle_bin_id: "b",
                    recycle_item_id: "i",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_DeleteRecycleItems" => apart(|| {
            client
                .storage_1_0()
                .delete_recycle_items(storage_1_0::DeleteRecycleItemsInput {
                    recycle_bin_id: "b",
                    union_id: "u",
                    recycle_item_ids: vec!["i".into()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_RestoreRecycleItem" => apart(|| {
            client
                .storage_1_0()
                .restore_recycle_item(storage_1_0::RestoreRecycleItemInput {
                    recycle_bin_id: "b",
                    recycle_item_id: "i",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_RestoreRecycleItems" => apart(|| {
            client
                .storage_1_0()
                .restore_recycle_items(storage_1_0::RestoreRecycleItemsInput {
                    recycle_bin_id: "b",
                    union_id: "u",
                    recycle_item_ids: vec!["i".into()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_ClearRecycleBin" => apart(|| {
            client
                .storage_1_0()
                .clear_recycle_bin(storage_1_0::ClearRecycleBinInput {
                    recycle_bin_id: "b",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // The legacy host: custom robots
        "robot_Send" => apart(|| {
            client
                .oapi_robot()
                .send(
                    serde_json::from_value::<oapi_robot::RobotMessage>(
                        serde_json::json!({"msgtype": "text", "text": {"content": "c"}}),
                    )
                    .unwrap(),
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // Work notifications
        "message_AsyncSend" => apart(|| {
            client
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "message_GetSendProgress" => apart(|| {
            client
                .oapi_message()
                .get_send_progress(oapi_message::GetSendProgressInput {
                    agent_id: 1,
                    task_id: 2,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "message_GetSendResult" => apart(|| {
            client
                .oapi_message()
                .get_send_result(oapi_message::GetSendResultInput {
                    agent_id: 1,
                    task_id: 2,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "message_Recall" => apart(|| {
            client
                .oapi_message()
                .recall(oapi_message::RecallInput {
                    agent_id: 1,
                    msg_task_id: 2,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // Users
        "user_Get" => apart(|| {
            client
                .oapi_user()
                .get("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "user_GetByMobile" => apart(|| {
            client
                .oapi_user()
                .get_by_mobile("m")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "user_GetByUnionId" => apart(|| {
            client
                .oapi_user()
                .get_by_union_id("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "user_List" => apart(|| {
            client
                .oapi_user()
                .list(oapi_user::ListInput {
                    dept_id: 1,
                    cursor: 0,
                    size: 10,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "user_ListSimple" => apart(|| {
            client
                .oapi_user()
                .list_simple(oapi_user::ListSimpleInput {
                    dept_id: 1,
                    cursor: 0,
                    size: 10,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "user_ListId" => apart(|| {
            client
                .oapi_user()
                .list_id(1)
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "user_Count" => apart(|| {
            client
                .oapi_user()
                .count(false)
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "user_Create" => apart(|| {
            client
                .oapi_user()
                .create(oapi_user::CreateInput {
                    name: "n",
                    mobile: "m",
                    dept_id_list: "1",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "user_Update" => apart(|| {
            client
                .oapi_user()
                .update("u")
                .title("t")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "user_Delete" => apart(|| {
            client
                .oapi_user()
                .delete("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "user_GetUserInfo" => apart(|| {
            client
                .oapi_user()
                .get_user_info("c")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // Departments
        "department_Get" => apart(|| {
            client
                .oapi_department()
                .get(1)
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "department_ListSub" => apart(|| {
            client
                .oapi_department()
                .list_sub()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "department_ListSubId" => apart(|| {
            client
                .oapi_department()
                .list_sub_id(1)
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "department_ListParentByUser" => apart(|| {
            client
                .oapi_department()
                .list_parent_by_user("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "department_Create" => apart(|| {
            client
                .oapi_department()
                .create(oapi_department::CreateInput {
                    name: "n",
                    parent_id: 1,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "department_Update" => apart(|| {
            client
                .oapi_department()
                .update(2)
                .name("n")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "department_Delete" => apart(|| {
            client
                .oapi_department()
                .delete(2)
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // Approvals
        "process_CreateInstance" => apart(|| {
            client
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "process_GetInstance" => apart(|| {
            client
                .oapi_process()
                .get_instance("p")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "process_ListInstanceIds" => apart(|| {
            client
                .oapi_process()
                .list_instance_ids(oapi_process::ListInstanceIdsInput {
                    process_code: "p",
                    start_time: 0,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "process_TerminateInstance" => apart(|| {
            client
                .oapi_process()
                .terminate_instance(oapi_process::ProcessInstanceTerminateRequestRequest {
                    process_instance_id: "p".into(),
                    is_system: true,
                    remark: None,
                    operating_userid: None,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // Media and JSAPI tickets
        "media_Upload" => apart(|| {
            client
                .oapi_media()
                .upload(oapi_media::UploadInput {
                    r#type: oapi_media::MediaType::File,
                    media: b"bytes".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "jsapi_GetTicket" => apart(|| {
            client
                .oapi_media()
                .jsapi_get_ticket()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // todo_1_0
        "todo_CountTodoTasks" => apart(|| {
            client
                .todo_1_0()
                .count_todo_tasks("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_CreatePersonalTodoTask" => apart(|| {
            client
                .todo_1_0()
                .create_personal_todo_task(todo_1_0::CreatePersonalTodoTaskInput {
                    executor_ids: ids(),
                    subject: "s",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_CreateTodoTask" => apart(|| {
            client
                .todo_1_0()
                .create_todo_task(todo_1_0::CreateTodoTaskInput {
                    union_id: "u",
                    subject: "s",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_CreateTodoTypeConfig" => apart(|| {
            client
                .todo_1_0()
                .create_todo_type_config(todo_1_0::CreateTodoTypeConfigInput {
                    union_id: "u",
                    card_type: 1,
                    icon: "i",
                    pc_detail_url_open_mode: "m",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_DeletePersonalTodoTask" => apart(|| {
            client
                .todo_1_0()
                .delete_personal_todo_task("t")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_DeleteTodoTask" => apart(|| {
            client
                .todo_1_0()
                .delete_todo_task(todo_1_0::DeleteTodoTaskInput {
                    union_id: "u",
                    task_id: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_GetTodoTask" => apart(|| {
            client
                .todo_1_0()
                .get_todo_task(todo_1_0::GetTodoTaskInput {
                    union_id: "u",
                    task_id: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_GetTodoTaskBySourceId" => apart(|| {
            client
                .todo_1_0()
                .get_todo_task_by_source_id(todo_1_0::GetTodoTaskBySourceIdInput {
                    union_id: "u",
                    source_id: "s",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_GetTodoTaskDetail" => apart(|| {
            client
                .todo_1_0()
                .get_todo_task_detail(todo_1_0::GetTodoTaskDetailInput {
                    union_id: "u",
                    task_id: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_GetTodoTypeConfig" => apart(|| {
            client
                .todo_1_0()
                .get_todo_type_config(todo_1_0::GetTodoTypeConfigInput {
                    union_id: "u",
                    card_type_id: "c",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_HideUserTodoTask" => apart(|| {
            client
                .todo_1_0()
                .hide_user_todo_task(todo_1_0::HideUserTodoTaskInput {
                    union_id: "u",
                    task_id: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_ListAllBizCategory" => apart(|| {
            client
                .todo_1_0()
                .list_all_biz_category()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_QueryOrgConfig" => apart(|| {
            client
                .todo_1_0()
                .query_org_config()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_QueryOrgTodoByUser" => apart(|| {
            client
                .todo_1_0()
                .query_org_todo_by_user("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_QueryOrgTodoTasks" => apart(|| {
            client
                .todo_1_0()
                .query_org_todo_tasks("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_QueryTodoTasks" => apart(|| {
            client
                .todo_1_0()
                .query_todo_tasks("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_RemoveBizCategory" => apart(|| {
            client
                .todo_1_0()
                .remove_biz_category(todo_1_0::RemoveBizCategoryInput {
                    biz_category_id: "b",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_SetBizCategory" => apart(|| {
            client
                .todo_1_0()
                .set_biz_category(todo_1_0::SetBizCategoryInput {
                    biz_category_id: "b",
                    name: "n",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_SetOrgConfig" => apart(|| {
            client
                .todo_1_0()
                .set_org_config(todo_1_0::SetOrgConfigInput {
                    operator_id: "o",
                    status: 1,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_UpdatePersonalTodoTask" => apart(|| {
            client
                .todo_1_0()
                .update_personal_todo_task("t")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_UpdatePersonalTodoTaskExecutorStatus" => apart(|| {
            client
                .todo_1_0()
                .update_personal_todo_task_executor_status("t")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_UpdateTodoTask" => apart(|| {
            client
                .todo_1_0()
                .update_todo_task(todo_1_0::UpdateTodoTaskInput {
                    union_id: "u",
                    task_id: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_UpdateTodoTaskExecutorStatus" => apart(|| {
            client
                .todo_1_0()
                .update_todo_task_executor_status(todo_1_0::UpdateTodoTaskExecutorStatusInput {
                    union_id: "u",
                    task_id: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "todo_UpdateTodoTypeConfig" => apart(|| {
            client
                .todo_1_0()
                .update_todo_type_config(todo_1_0::UpdateTodoTypeConfigInput {
                    union_id: "u",
                    card_type_id: "c",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // Robots
        "robot_OrgGroupSend" => apart(|| {
            client
                .robot_1_0()
                .org_group_send(robot_1_0::OrgGroupSendInput {
                    msg_key: "sampleText".into(),
                    msg_param: r#"{"content":"c"}"#.into(),
                })
                .open_conversation_id("g")
                .robot_code("r")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_OrgGroupQuery" => apart(|| {
            client
                .robot_1_0()
                .org_group_query("k")
                .open_conversation_id("g")
                .robot_code("r")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_OrgGroupRecall" => apart(|| {
            client
                .robot_1_0()
                .org_group_recall(robot_1_0::OrgGroupRecallInput {
                    open_conversation_id: "g".into(),
                    process_query_keys: vec!["k".into()],
                    robot_code: "r".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_BatchRecallGroup" => apart(|| {
            client
                .robot_1_0()
                .batch_recall_group(robot_1_0::BatchRecallGroupInput {
                    chatbot_id: "r",
                    open_conversation_id: "g".into(),
                    process_query_keys: vec!["k".into()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_BatchSendOTO" => apart(|| {
            client
                .robot_1_0()
                .batch_send_oto(robot_1_0::BatchSendOtoInput {
                    msg_key: "sampleText".into(),
                    msg_param: r#"{"content":"c"}"#.into(),
                    robot_code: "r".into(),
                    user_ids: vec!["u".into()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_BatchOTOQuery" => apart(|| {
            client
                .robot_1_0()
                .batch_oto_query(robot_1_0::BatchOtoQueryInput {
                    process_query_key: "k",
                    robot_code: "r",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_BatchRecallOTO" => apart(|| {
            client
                .robot_1_0()
                .batch_recall_oto(robot_1_0::BatchRecallOtoInput {
                    process_query_keys: vec!["k".into()],
                    robot_code: "r".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_PrivateChatSend" => apart(|| {
            client
                .robot_1_0()
                .private_chat_send(robot_1_0::PrivateChatSendInput {
                    msg_key: "sampleText".into(),
                    msg_param: r#"{"content":"c"}"#.into(),
                })
                .open_conversation_id("g")
                .robot_code("r")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_PrivateChatQuery" => apart(|| {
            client
                .robot_1_0()
                .private_chat_query("k")
                .open_conversation_id("g")
                .robot_code("r")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_BatchRecallPrivateChat" => apart(|| {
            client
                .robot_1_0()
                .batch_recall_private_chat(robot_1_0::BatchRecallPrivateChatInput {
                    open_conversation_id: "g".into(),
                    process_query_keys: vec!["k".into()],
                    robot_code: "r".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_RobotMessageFileDownload" => apart(|| {
            client
                .robot_1_0()
                .robot_message_file_download(robot_1_0::RobotMessageFileDownloadInput {
                    download_code: "d",
                    robot_code: "r".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_RobotSendDing" => apart(|| {
            client
                .robot_1_0()
                .robot_send_ding(robot_1_0::RobotSendDingInput {
                    content: "c",
                    receiver_user_id_list: vec!["u".into()],
                    remind_type: 1,
                    robot_code: "r".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_QueryRobotDingReadStatus" => apart(|| {
            client
                .robot_1_0()
                .query_robot_ding_read_status(robot_1_0::QueryRobotDingReadStatusInput {
                    open_ding_id: "d",
                    robot_code: "r".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_RobotRecallDing" => apart(|| {
            client
                .robot_1_0()
                .robot_recall_ding(robot_1_0::RobotRecallDingInput {
                    open_ding_id: "d",
                    robot_code: "r".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_SendRobotDingMessage" => apart(|| {
            client
                .robot_1_0()
                .send_robot_ding_message(robot_1_0::SendRobotDingMessageInput {
                    content_params: [("k".to_owned(), "v".to_owned())].into(),
                    ding_template_id: "t",
                    open_conversation_id: "g".into(),
                    receiver_user_id_list: vec!["u".into()],
                    robot_code: "r".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_RobotReplyEmotion" => apart(|| {
            client
                .robot_1_0()
                .robot_reply_emotion(robot_1_0::RobotReplyEmotionInput {
                    open_conversation_id: "g".into(),
                    open_msg_id: "m",
                    robot_code: "r".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_RobotRecallEmotion" => apart(|| {
            client
                .robot_1_0()
                .robot_recall_emotion(robot_1_0::RobotRecallEmotionInput {
                    open_conversation_id: "g".into(),
                    open_msg_id: "m",
                    robot_code: "r".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_AddOrgRobotInstanceToGroup" => apart(|| {
            client
                .robot_1_0()
                .add_org_robot_instance_to_group(robot_1_0::AddOrgRobotInstanceToGroupInput {
                    open_conversation_id: "g".into(),
                    robot_code: "r".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_GetBotListInGroup" => apart(|| {
            client
                .robot_1_0()
                .get_bot_list_in_group("g")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_QueryBotInstanceInGroupInfo" => apart(|| {
            client
                .robot_1_0()
                .query_bot_instance_in_group_info(robot_1_0::QueryBotInstanceInGroupInfoInput {
                    page_number: 1,
                    page_size: 20,
                    robot_code: "r".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_QueryRobotInstanceInGroupInfo" => apart(|| {
            client
                .robot_1_0()
                .query_robot_instance_in_group_info(robot_1_0::QueryRobotInstanceInGroupInfoInput {
                    max_result: 20,
                    robot_code: "r".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_SetRobotPlugin" => apart(|| {
            client
                .robot_1_0()
                .set_robot_plugin()
                .robot_code("r")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_QueryRobotPlugin" => apart(|| {
            client
                .robot_1_0()
                .query_robot_plugin("r")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_ClearRobotPlugin" => apart(|| {
            client
                .robot_1_0()
                .clear_robot_plugin("r")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_ManageSingleChatRobotStatus" => apart(|| {
            client
                .robot_1_0()
                .manage_single_chat_robot_status(robot_1_0::ManageSingleChatRobotStatusInput {
                    robot_code: "r".into(),
                    status: "enable",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_UpdateInstalledRobot" => apart(|| {
            client
                .robot_1_0()
                .update_installed_robot(robot_1_0::UpdateInstalledRobotInput {
                    robot_code: "r".into(),
                    update_type: 0,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_ExecuteRobotAiSkill" => apart(|| {
            client
                .robot_1_0()
                .execute_robot_ai_skill(robot_1_0::ExecuteRobotAiSkillInput {
                    input: "i",
                    robot_code: "r".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_EnableCustomRobot" => apart(|| {
            client
                .robot_1_0()
                .enable_custom_robot(robot_1_0::EnableCustomRobotInput {
                    action_type: "enable",
                    send_notification: true,
                    token: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_DeleteCustomRobot" => apart(|| {
            client
                .robot_1_0()
                .delete_custom_robot(robot_1_0::DeleteCustomRobotInput {
                    action_type: "delete",
                    send_notification: false,
                    token: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "robot_UpdateCustomRobotOutgoing" => apart(|| {
            client
                .robot_1_0()
                .update_custom_robot_outgoing(robot_1_0::UpdateCustomRobotOutgoingInput {
                    outgoing_url: "https://example.com/o",
                    token: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_AddContactHideBySceneSetting" => apart(|| {
            client
                .contact_1_0()
                .add_contact_hide_by_scene_setting()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_AddConvNavTab" => apart(|| {
            client
                .im_1_0()
                .add_conv_nav_tab()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_GetTemplate" => apart(|| {
            client
                .card_1_0()
                .get_template()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_ListCategories" => apart(|| {
            client
                .calendar_1_0()
                .list_categories()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_BatchUpdateProcessInstance" => apart(|| {
            client
                .workflow_1_0()
                .batch_update_process_instance()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_CalculateDuration" => apart(|| {
            client
                .attendance_1_0()
                .calculate_duration()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_CreateShortcutForMigrate" => apart(|| {
            client
                .doc_2_0()
                .create_shortcut_for_migrate()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "wiki_2_0_ListTeams" => apart(|| {
            client
                .wiki_2_0()
                .list_teams("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_CreateSmartDeviceAiSummary" => apart(|| {
            client
                .minutes_1_0()
                .create_smart_device_ai_summary()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "mail_ListMailFolders" => apart(|| {
            client
                .mail_1_0()
                .list_mail_folders("a@example.com")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_2_0_ListOperationLogs" => apart(|| {
            client
                .storage_2_0()
                .list_operation_logs()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // notable_1_0
        "notable_AddRoleMember" => apart(|| {
            client
                .notable_1_0()
                .add_role_member(dingtalk::notable_1_0::AddRoleMemberInput {
                    base_id: "b",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_QueryDocAllRoles" => apart(|| {
            client
                .notable_1_0()
                .query_doc_all_roles(dingtalk::notable_1_0::QueryDocAllRolesInput {
                    base_id: "b",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_RebuildRoleMembers" => apart(|| {
            client
            .notable_1_0()
            .rebuild_role_members(dingtalk::notable_1_0::RebuildRoleMembersInput {
                base_id: "b",
                operator_id: "o",
                default_role_dto: dingtalk::notable_1_0::NotableRebuildRoleMembersRequestDefaultRoleDto::default(),
                to_role_member_dto_map: Default::default(),
            })
            .send()
            .map_ok(drop)
            .map_err(typed)
            .boxed()
        }),
        "notable_ChangeSwitch" => apart(|| {
            client
                .notable_1_0()
                .change_switch(dingtalk::notable_1_0::ChangeSwitchInput {
                    base_id: "b",
                    operator_id: "o",
                    value: true,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_GetSwitch" => apart(|| {
            client
                .notable_1_0()
                .get_switch(dingtalk::notable_1_0::GetSwitchInput {
                    base_id: "b",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_CopyWorkflow" => apart(|| {
            client
                .notable_1_0()
                .copy_workflow(dingtalk::notable_1_0::CopyWorkflowInput {
                    base_id: "b",
                    operator_id: "o",
                    flow_id: "f",
                    flow_version_id: "v",
                    source_base_id: "b2",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_CreateField" => apart(|| {
            client
                .notable_1_0()
                .create_field(dingtalk::notable_1_0::CreateFieldInput {
                    base_id: "b",
                    sheet_id_or_name: "s",
                    operator_id: "o",
                    name: "n",
                    r#type: "text",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_GetAllFields" => apart(|| {
            client
                .notable_1_0()
                .get_all_fields(dingtalk::notable_1_0::GetAllFieldsInput {
                    base_id: "b",
                    sheet_id_or_name: "s",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_CreateRole" => apart(|| {
            client
                .notable_1_0()
                .create_role(dingtalk::notable_1_0::CreateRoleInput {
                    base_id: "b",
                    operator_id: "o",
                    name: "n",
                    role_type: "t",
                    sub_roles: vec![],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_DeleteRole" => apart(|| {
            client
                .notable_1_0()
                .delete_role(dingtalk::notable_1_0::DeleteRoleInput {
                    base_id: "b",
                    operator_id: "o",
                    role_id: 1,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_GetUserDocRoles" => apart(|| {
            client
                .notable_1_0()
                .get_user_doc_roles(dingtalk::notable_1_0::GetUserDocRolesInput {
                    base_id: "b",
                    operator_id: "o",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_UpdateRole" => apart(|| {
            client
                .notable_1_0()
                .update_role(dingtalk::notable_1_0::UpdateRoleInput {
                    base_id: "b",
                    operator_id: "o",
                    id: 1,
                    name: "n",
                    role_type: "t",
                    sub_roles: vec![],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_CreateSheet" => apart(|| {
            client
                .notable_1_0()
                .create_sheet(dingtalk::notable_1_0::CreateSheetInput {
                    base_id: "b",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_GetAllSheets" => apart(|| {
            client
                .notable_1_0()
                .get_all_sheets(dingtalk::notable_1_0::GetAllSheetsInput {
                    base_id: "b",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_DeleteField" => apart(|| {
            client
                .notable_1_0()
                .delete_field(dingtalk::notable_1_0::DeleteFieldInput {
                    base_id: "b",
                    sheet_id_or_name: "s",
                    field_id_or_name: "f",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_UpdateField" => apart(|| {
            client
                .notable_1_0()
                .update_field(dingtalk::notable_1_0::UpdateFieldInput {
                    base_id: "b",
                    sheet_id_or_name: "s",
                    field_id_or_name: "f",
                    operator_id: "o",
                    name: "n",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_DeleteRecords" => apart(|| {
            client
                .notable_1_0()
                .delete_records(dingtalk::notable_1_0::DeleteRecordsInput {
                    base_id: "b",
                    sheet_id_or_name: "s",
                    operator_id: "o",
                    record_ids: vec!["r".into()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_DeleteSheet" => apart(|| {
            client
                .notable_1_0()
                .delete_sheet(dingtalk::notable_1_0::DeleteSheetInput {
                    base_id: "b",
                    sheet_id_or_name: "s",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_GetSheet" => apart(|| {
            client
                .notable_1_0()
                .get_sheet(dingtalk::notable_1_0::GetSheetInput {
                    base_id: "b",
                    sheet_id_or_name: "s",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_UpdateSheet" => apart(|| {
            client
                .notable_1_0()
                .update_sheet(dingtalk::notable_1_0::UpdateSheetInput {
                    base_id: "b",
                    sheet_id_or_name: "s",
                    operator_id: "o",
                    name: "n",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_DeleteWorkflow" => apart(|| {
            client
                .notable_1_0()
                .delete_workflow(dingtalk::notable_1_0::DeleteWorkflowInput {
                    base_id: "b",
                    flow_id: "f",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_DisableWorkflow" => apart(|| {
            client
                .notable_1_0()
                .disable_workflow(dingtalk::notable_1_0::DisableWorkflowInput {
                    base_id: "b",
                    flow_id: "f",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_EnableWorkflow" => apart(|| {
            client
                .notable_1_0()
                .enable_workflow(dingtalk::notable_1_0::EnableWorkflowInput {
                    base_id: "b",
                    flow_id: "f",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_ExecuteImport" => apart(|| {
            client
                .notable_1_0()
                .execute_import(dingtalk::notable_1_0::ExecuteImportInput {
                    base_id: "b",
                    operator_id: "o",
                    import_id: "i",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_GetImportEncryptPublicKey" => apart(|| {
            client
                .notable_1_0()
                .get_import_encrypt_public_key("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_GetRecord" => apart(|| {
            client
                .notable_1_0()
                .get_record(dingtalk::notable_1_0::GetRecordInput {
                    base_id: "b",
                    sheet_id_or_name: "s",
                    record_id: "r",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_GetRecords" => apart(|| {
            client
                .notable_1_0()
                .get_records(dingtalk::notable_1_0::GetRecordsInput {
                    base_id: "b",
                    sheet_id_or_name: "s",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_InsertRecords" => apart(|| {
            client
                .notable_1_0()
                .insert_records(dingtalk::notable_1_0::InsertRecordsInput {
                    base_id: "b",
                    sheet_id_or_name: "s",
                    operator_id: "o",
                    records: vec![],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_UpdateRecords" => apart(|| {
            client
                .notable_1_0()
                .update_records(dingtalk::notable_1_0::UpdateRecordsInput {
                    base_id: "b",
                    sheet_id_or_name: "s",
                    operator_id: "o",
                    records: vec![],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_ListRecords" => apart(|| {
            client
                .notable_1_0()
                .list_records(dingtalk::notable_1_0::ListRecordsInput {
                    base_id: "b",
                    sheet_id_or_name: "s",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_ListWorkflows" => apart(|| {
            client
                .notable_1_0()
                .list_workflows(dingtalk::notable_1_0::ListWorkflowsInput {
                    base_id: "b",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_MarkExternalAuthControlledSheet" => apart(|| {
            client
                .notable_1_0()
                .mark_external_auth_controlled_sheet(
                    dingtalk::notable_1_0::MarkExternalAuthControlledSheetInput {
                        base_id: "b",
                        sheet_id_or_name: "s",
                        operator_id: "o",
                        external_auth_type: "t",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_UnmarkExternalAuthControlledSheet" => apart(|| {
            client
                .notable_1_0()
                .unmark_external_auth_controlled_sheet(
                    dingtalk::notable_1_0::UnmarkExternalAuthControlledSheetInput {
                        base_id: "b",
                        sheet_id_or_name: "s",
                        operator_id: "o",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_PrepareImportUpload" => apart(|| {
            client
                .notable_1_0()
                .prepare_import_upload(dingtalk::notable_1_0::PrepareImportUploadInput {
                    base_id: "b",
                    operator_id: "o",
                    file_extension: "xlsx",
                    file_name: "f.xlsx",
                    file_size: 1,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_PrepareSetRichText" => apart(|| {
            client
                .notable_1_0()
                .prepare_set_rich_text(dingtalk::notable_1_0::PrepareSetRichTextInput {
                    base_id: "b",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_QueryChangedRecordIdsByClientToken" => apart(|| {
            client
                .notable_1_0()
                .query_changed_record_ids_by_client_token(
                    dingtalk::notable_1_0::QueryChangedRecordIdsByClientTokenInput {
                        base_id: "b",
                        operator_id: "o",
                        client_token: "c",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_QueryExternalAuthControlledSheets" => apart(|| {
            client
                .notable_1_0()
                .query_external_auth_controlled_sheets(
                    dingtalk::notable_1_0::QueryExternalAuthControlledSheetsInput {
                        base_id: "b",
                        operator_id: "o",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_QueryImportStatus" => apart(|| {
            client
                .notable_1_0()
                .query_import_status(dingtalk::notable_1_0::QueryImportStatusInput {
                    base_id: "b",
                    import_id: "i",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // Mail (mail_1_0)
        "mail_CreateMailFolder" => apart(|| {
            client
                .mail_1_0()
                .create_mail_folder(dingtalk::mail_1_0::CreateMailFolderInput {
                    email: "a@example.com",
                    display_name: "f",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "mail_CreateMessage" => apart(|| {
            client
                .mail_1_0()
                .create_message("a@example.com")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "mail_CreateUser" => apart(|| {
            client
                .mail_1_0()
                .create_user(dingtalk::mail_1_0::CreateUserInput {
                    email: "a@example.com",
                    employee_type: "t",
                    name: "n",
                    password: "p",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "mail_DeleteMailFolder" => apart(|| {
            client
                .mail_1_0()
                .delete_mail_folder(dingtalk::mail_1_0::DeleteMailFolderInput {
                    email: "a@example.com",
                    id: "f",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "mail_DeleteMessages" => apart(|| {
            client
                .mail_1_0()
                .delete_messages(dingtalk::mail_1_0::DeleteMessagesInput {
                    email: "a@example.com",
                    ids: ids(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "mail_GetMessage" => apart(|| {
            client
                .mail_1_0()
                .get_message(dingtalk::mail_1_0::GetMessageInput {
                    email: "a@example.com",
                    id: "m",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "mail_ListMessages" => apart(|| {
            client
                .mail_1_0()
                .list_messages(dingtalk::mail_1_0::ListMessagesInput {
                    email: "a@example.com",
                    folder_id: "f",
                    max_results: 10,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "mail_MoveMailFolder" => apart(|| {
            client
                .mail_1_0()
                .move_mail_folder(dingtalk::mail_1_0::MoveMailFolderInput {
                    email: "a@example.com",
                    id: "f",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "mail_SendMessage" => apart(|| {
            client
                .mail_1_0()
                .send_message(dingtalk::mail_1_0::SendMessageInput {
                    email: "a@example.com",
                    id: "m",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "mail_UpdateMailFolder" => apart(|| {
            client
                .mail_1_0()
                .update_mail_folder(dingtalk::mail_1_0::UpdateMailFolderInput {
                    email: "a@example.com",
                    id: "f",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "mail_UpdateMessage" => apart(|| {
            client
                .mail_1_0()
                .update_message(dingtalk::mail_1_0::UpdateMessageInput {
                    email: "a@example.com",
                    id: "m",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // Knowledge bases (wiki_2_0)
        "wiki_2_0_AddTeam" => apart(|| {
            client
                .wiki_2_0()
                .add_team(dingtalk::wiki_2_0::AddTeamInput {
                    operator_id: "o",
                    name: "n",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "wiki_2_0_GetTeam" => apart(|| {
            client
                .wiki_2_0()
                .get_team(dingtalk::wiki_2_0::GetTeamInput {
                    team_id: "t",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "wiki_2_0_DeleteTeam" => apart(|| {
            client
                .wiki_2_0()
                .delete_team(dingtalk::wiki_2_0::DeleteTeamInput {
                    team_id: "t",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "wiki_2_0_AddWorkspace" => apart(|| {
            client
                .wiki_2_0()
                .add_workspace(dingtalk::wiki_2_0::AddWorkspaceInput {
                    operator_id: "o",
                    name: "n",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "wiki_2_0_ListWorkspaces" => apart(|| {
            client
                .wiki_2_0()
                .list_workspaces("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "wiki_2_0_GetWorkspace" => apart(|| {
            client
                .wiki_2_0()
                .get_workspace(dingtalk::wiki_2_0::GetWorkspaceInput {
                    workspace_id: "w",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "wiki_2_0_GetWorkspaces" => apart(|| {
            client
                .wiki_2_0()
                .get_workspaces(dingtalk::wiki_2_0::GetWorkspacesInput {
                    operator_id: "o",
                    workspace_ids: ids(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "wiki_2_0_GetMineWorkspace" => apart(|| {
            client
                .wiki_2_0()
                .get_mine_workspace("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "wiki_2_0_ListOrgWorkspaces" => apart(|| {
            client
                .wiki_2_0()
                .list_org_workspaces("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "wiki_2_0_AddWorkspacesManager" => apart(|| {
            client
                .wiki_2_0()
                .add_workspaces_manager(dingtalk::wiki_2_0::AddWorkspacesManagerInput {
                    operator_id: "o",
                    workspace_id: "w",
                    user_ids: ids(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "wiki_2_0_HandOverWorkspace" => apart(|| {
            client
                .wiki_2_0()
                .hand_over_workspace(dingtalk::wiki_2_0::HandOverWorkspaceInput {
                    operator_id: "o",
                    workspace_id: "w",
                    source_owner_id: "s",
                    target_owner_id: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "wiki_2_0_GetDefaultHandOverUser" => apart(|| {
            client
                .wiki_2_0()
                .get_default_hand_over_user("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "wiki_2_0_SetDefaultHandOverUser" => apart(|| {
            client
                .wiki_2_0()
                .set_default_hand_over_user("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "wiki_2_0_GetNode" => apart(|| {
            client
                .wiki_2_0()
                .get_node(dingtalk::wiki_2_0::GetNodeInput {
                    node_id: "n",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "wiki_2_0_GetNodeByUrl" => apart(|| {
            client
                .wiki_2_0()
                .get_node_by_url(dingtalk::wiki_2_0::GetNodeByUrlInput {
                    operator_id: "o",
                    url: "https://alidocs.dingtalk.com/i/nodes/n",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "wiki_2_0_GetNodes" => apart(|| {
            client
                .wiki_2_0()
                .get_nodes(dingtalk::wiki_2_0::GetNodesInput {
                    operator_id: "o",
                    node_ids: ids(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "wiki_2_0_ListNodes" => apart(|| {
            client
                .wiki_2_0()
                .list_nodes(dingtalk::wiki_2_0::ListNodesInput {
                    operator_id: "o",
                    parent_node_id: "p",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // Storage, version 2.0 (storage_2_0)
        "storage_2_0_AddPermission" => apart(|| {
            client
                .storage_2_0()
                .add_permission(dingtalk::storage_2_0::AddPermissionInput {
                    dentry_uuid: "d",
                    union_id: "u",
                    role_id: "READER",
                    members: vec![
                        dingtalk::storage_2_0::Storage20addPermissionRequestMembers {
                            r#type: "USER".into(),
                            id: "m".into(),
                            name: None,
                            corp_id: None,
                        },
                    ],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_2_0_UpdatePermission" => apart(|| {
            client
                .storage_2_0()
                .update_permission(dingtalk::storage_2_0::UpdatePermissionInput {
                    dentry_uuid: "d",
                    union_id: "u",
                    role_id: "READER",
                    members: vec![
                        dingtalk::storage_2_0::Storage20updatePermissionRequestMembers {
                            r#type: "USER".into(),
                            id: "m".into(),
                            corp_id: None,
                        },
                    ],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_2_0_DeletePermission" => apart(|| {
            client
                .storage_2_0()
                .delete_permission(dingtalk::storage_2_0::DeletePermissionInput {
                    dentry_uuid: "d",
                    union_id: "u",
                    role_id: "READER",
                    members: vec![
                        dingtalk::storage_2_0::Storage20deletePermissionRequestMembers {
                            r#type: "USER".into(),
                            id: "m".into(),
                            corp_id: None,
                        },
                    ],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_2_0_ListPermissions" => apart(|| {
            client
                .storage_2_0()
                .list_permissions(dingtalk::storage_2_0::ListPermissionsInput {
                    dentry_uuid: "d",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_2_0_BatchQueryRoles" => apart(|| {
            client
                .storage_2_0()
                .batch_query_roles(dingtalk::storage_2_0::BatchQueryRolesInput {
                    union_id: "u",
                    dentry_uuid_list: ids(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_2_0_GetPermissionInheritance" => apart(|| {
            client
                .storage_2_0()
                .get_permission_inheritance(dingtalk::storage_2_0::GetPermissionInheritanceInput {
                    dentry_uuid: "d",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_2_0_SetPermissionInheritance" => apart(|| {
            client
                .storage_2_0()
                .set_permission_inheritance(dingtalk::storage_2_0::SetPermissionInheritanceInput {
                    dentry_uuid: "d",
                    union_id: "u",
                    inheritance: "PASS_ON",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_2_0_GetPermissionShareScope" => apart(|| {
            client
                .storage_2_0()
                .get_permission_share_scope(dingtalk::storage_2_0::GetPermissionShareScopeInput {
                    dentry_uuid: "d",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_2_0_SetPermissionShareScope" => apart(|| {
            client
                .storage_2_0()
                .set_permission_share_scope(dingtalk::storage_2_0::SetPermissionShareScopeInput {
                    dentry_uuid: "d",
                    union_id: "u",
                    scope: "s",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_2_0_GetFileUploadInfo" => apart(|| {
            client
                .storage_2_0()
                .get_file_upload_info(dingtalk::storage_2_0::GetFileUploadInfoInput {
                    parent_dentry_uuid: "p",
                    union_id: "u",
                    protocol: "HEADER_SIGNATURE",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_2_0_CommitFile" => apart(|| {
            client
                .storage_2_0()
                .commit_file(dingtalk::storage_2_0::CommitFileInput {
                    parent_dentry_uuid: "p",
                    union_id: "u",
                    name: "n",
                    upload_key: "k",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_2_0_CleanFile" => apart(|| {
            client
                .storage_2_0()
                .clean_file()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_2_0_ListRecents" => apart(|| {
            client
                .storage_2_0()
                .list_recents()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_2_0_ListStars" => apart(|| {
            client
                .storage_2_0()
                .list_stars()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_2_0_ManagerGetDefaultHandOverUser" => apart(|| {
            client
                .storage_2_0()
                .manager_get_default_hand_over_user("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_2_0_ManagerSetDefaultHandOverUser" => apart(|| {
            client
                .storage_2_0()
                .manager_set_default_hand_over_user("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_2_0_SearchDentries" => apart(|| {
            client
                .storage_2_0()
                .search_dentries(dingtalk::storage_2_0::SearchDentriesInput {
                    operator_id: "o",
                    keyword: "k",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_2_0_SearchPublishDentries" => apart(|| {
            client
                .storage_2_0()
                .search_publish_dentries(dingtalk::storage_2_0::SearchPublishDentriesInput {
                    operator_id: "o",
                    keyword: "k",
                    workspace_id: "w",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // minutes_1_0
        "minutes_AdminSearchMinutes" => apart(|| {
            client
                .minutes_1_0()
                .admin_search_minutes(minutes_1_0::AdminSearchMinutesInput {
                    union_id: "u",
                    page_size: 10,
                    query: "q",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_BatchGetMinutesDetails" => apart(|| {
            client
                .minutes_1_0()
                .batch_get_minutes_details(minutes_1_0::BatchGetMinutesDetailsInput {
                    union_id: "u",
                    task_uuids: vec!["t".into()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_BatchGetVoicePrintIdentifyConfig" => apart(|| {
            client
                .minutes_1_0()
                .batch_get_voice_print_identify_config(vec![
                    minutes_1_0::MinutesBatchGetVoicePrintIdentifyConfigRequestItems {
                        union_id: "u".into(),
                        lang: None,
                    },
                ])
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_BatchToggleVoicePrintSwitchStatus" => apart(|| {
            client
                .minutes_1_0()
                .batch_toggle_voice_print_switch_status(vec![
                    minutes_1_0::MinutesBatchToggleVoicePrintSwitchStatusRequestItems {
                        union_id: "u".into(),
                        open: true,
                        should_clear_voice_print: None,
                    },
                ])
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_CreateMinutesByUploadFile" => apart(|| {
            client
                .minutes_1_0()
                .create_minutes_by_upload_file(minutes_1_0::CreateMinutesByUploadFileInput {
                    union_id: "u",
                    biz_id: "b",
                    creator_id: "u",
                    media_file_url: "https://example.com/m.mp3",
                    media_type: "audio",
                    title: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_DeleteMinutes" => apart(|| {
            client
                .minutes_1_0()
                .delete_minutes(minutes_1_0::DeleteMinutesInput {
                    task_uuid: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_DeleteMinutesMedia" => apart(|| {
            client
                .minutes_1_0()
                .delete_minutes_media(minutes_1_0::DeleteMinutesMediaInput {
                    task_uuid: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_ExportMinutesTaskResult" => apart(|| {
            client
                .minutes_1_0()
                .export_minutes_task_result(minutes_1_0::ExportMinutesTaskResultInput {
                    union_id: "u",
                    task_type: "summary",
                    task_uuid: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_GenerateSummary" => apart(|| {
            client
                .minutes_1_0()
                .generate_summary(minutes_1_0::GenerateSummaryInput {
                    task_uuid: "t",
                    union_id: "u",
                    summary_template_id: "s",
                    summary_template_type: "diy",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_ListMinutesAttachments" => apart(|| {
            client
                .minutes_1_0()
                .list_minutes_attachments(minutes_1_0::ListMinutesAttachmentsInput {
                    task_uuid: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_MoveOutTempStorage" => apart(|| {
            client
                .minutes_1_0()
                .move_out_temp_storage(minutes_1_0::MoveOutTempStorageInput {
                    task_uuid: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_OpenQueryMinutesSummary" => apart(|| {
            client
                .minutes_1_0()
                .open_query_minutes_summary(minutes_1_0::OpenQueryMinutesSummaryInput {
                    task_uuid: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_QueryBizMinutes" => apart(|| {
            client
                .minutes_1_0()
                .query_biz_minutes(minutes_1_0::QueryBizMinutesInput {
                    biz_id: "b",
                    biz_type: 1,
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_QueryCreateMinutesList" => apart(|| {
            client
                .minutes_1_0()
                .query_create_minutes_list(minutes_1_0::QueryCreateMinutesListInput {
                    max_results: 10,
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_QueryMinutesBasicInfo" => apart(|| {
            client
                .minutes_1_0()
                .query_minutes_basic_info(minutes_1_0::QueryMinutesBasicInfoInput {
                    task_uuid: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_QueryMinutesChapters" => apart(|| {
            client
                .minutes_1_0()
                .query_minutes_chapters(minutes_1_0::QueryMinutesChaptersInput {
                    task_uuid: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_QueryMinutesKeyword" => apart(|| {
            client
                .minutes_1_0()
                .query_minutes_keyword(minutes_1_0::QueryMinutesKeywordInput {
                    task_uuid: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_QueryMinutesPlayInfo" => apart(|| {
            client
                .minutes_1_0()
                .query_minutes_play_info(minutes_1_0::QueryMinutesPlayInfoInput {
                    task_uuid: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_QueryMinutesShareList" => apart(|| {
            client
                .minutes_1_0()
                .query_minutes_share_list(minutes_1_0::QueryMinutesShareListInput {
                    max_results: 10,
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_QueryMinutesStatus" => apart(|| {
            client
                .minutes_1_0()
                .query_minutes_status(minutes_1_0::QueryMinutesStatusInput {
                    task_uuid: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_QueryMinutesText" => apart(|| {
            client
                .minutes_1_0()
                .query_minutes_text(minutes_1_0::QueryMinutesTextInput {
                    task_uuid: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_QueryMinutesTodo" => apart(|| {
            client
                .minutes_1_0()
                .query_minutes_todo(minutes_1_0::QueryMinutesTodoInput {
                    task_uuid: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_QueryOrgDiyTemplates" => apart(|| {
            client
                .minutes_1_0()
                .query_org_diy_templates(minutes_1_0::QueryOrgDiyTemplatesInput {
                    max_results: 10,
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_QueryScheduleConfMinutes" => apart(|| {
            client
                .minutes_1_0()
                .query_schedule_conf_minutes(minutes_1_0::QueryScheduleConfMinutesInput {
                    schedule_conference_id: "c",
                    event_id: "e",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_QuerySmartDeviceAiSceneById" => apart(|| {
            client
                .minutes_1_0()
                .query_smart_device_ai_scene_by_id()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_QuerySmartDeviceAiScenePromptTemplateByIds" => apart(|| {
            client
                .minutes_1_0()
                .query_smart_device_ai_scene_prompt_template_by_ids()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_QuerySmartDeviceAiSummary" => apart(|| {
            client
                .minutes_1_0()
                .query_smart_device_ai_summary()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_QuerySummaryWithTemplate" => apart(|| {
            client
                .minutes_1_0()
                .query_summary_with_template(minutes_1_0::QuerySummaryWithTemplateInput {
                    task_uuid: "t",
                    summary_template_id: "s",
                    summary_template_type: "diy",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_QueryUploadVideoPlayInfo" => apart(|| {
            client
                .minutes_1_0()
                .query_upload_video_play_info(minutes_1_0::QueryUploadVideoPlayInfoInput {
                    video_id: "v",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_QueryUserAvailableDiyTemplates" => apart(|| {
            client
                .minutes_1_0()
                .query_user_available_diy_templates("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_QueryUserMinutesPermission" => apart(|| {
            client
                .minutes_1_0()
                .query_user_minutes_permission(minutes_1_0::QueryUserMinutesPermissionInput {
                    task_uuid: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_RegenerateChapters" => apart(|| {
            client
                .minutes_1_0()
                .regenerate_chapters(minutes_1_0::RegenerateChaptersInput {
                    task_uuid: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_SetA1DetailPageCustomTab" => apart(|| {
            client
                .minutes_1_0()
                .set_a1_detail_page_custom_tab(minutes_1_0::SetA1DetailPageCustomTabInput {
                    task_uuid: "t",
                    custom_tab_list: vec![],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_SetDetailPageCustomTab" => apart(|| {
            client
                .minutes_1_0()
                .set_detail_page_custom_tab(minutes_1_0::SetDetailPageCustomTabInput {
                    task_uuid: "t",
                    union_id: "u",
                    custom_tab_list: vec![],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_SetInProgressCustomTabs" => apart(|| {
            client
                .minutes_1_0()
                .set_in_progress_custom_tabs(minutes_1_0::SetInProgressCustomTabsInput {
                    union_id: "u",
                    custom_tab_list: vec![],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_SetMinutesTodosVisible" => apart(|| {
            client
                .minutes_1_0()
                .set_minutes_todos_visible(minutes_1_0::SetMinutesTodosVisibleInput {
                    task_uuid: "t",
                    union_id: "u",
                    todos_visible: true,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_UpdateMinutesTitle" => apart(|| {
            client
                .minutes_1_0()
                .update_minutes_title(minutes_1_0::UpdateMinutesTitleInput {
                    task_uuid: "t",
                    title: "n",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "minutes_UpdatePermission" => apart(|| {
            client
                .minutes_1_0()
                .update_permission(minutes_1_0::UpdatePermissionInput {
                    task_uuid: "t",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // report_1_0
        "report_CreateTemplates" => apart(|| {
            client
                .report_1_0()
                .create_templates(report_1_0::CreateTemplatesInput {
                    name: "n",
                    creator: "u",
                    fields: vec![report_1_0::ReportCreateTemplatesRequestFields {
                        field_name: "f".into(),
                        data_type: 1,
                        need: true,
                        order: 1,
                        sort: 0,
                        data_value: None,
                    }],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "report_GetSendAndReceiveReportList" => apart(|| {
            client
                .report_1_0()
                .get_send_and_receive_report_list(report_1_0::GetSendAndReceiveReportListInput {
                    operation_user_id: "u",
                    start_time: 0,
                    end_time: 1,
                    max_results: 10,
                    next_token: 0,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "report_GetSubmitStatistics" => apart(|| {
            client
                .report_1_0()
                .get_submit_statistics(report_1_0::GetSubmitStatisticsInput {
                    operation_user_id: "u",
                    template_id: "t",
                    remind_id: 1,
                    start_time: 0,
                    end_time: 1,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "report_QueryRemindResults" => apart(|| {
            client
                .report_1_0()
                .query_remind_results(report_1_0::QueryRemindResultsInput {
                    operation_user_id: "u",
                    template_id: "t",
                    max_results: 10,
                    next_token: 0,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // Attendance (attendance_1_0)
        "attendance_AddLeaveType" => apart(|| {
            client
                .attendance_1_0()
                .add_leave_type(dingtalk::attendance_1_0::AddLeaveTypeInput {
                    op_user_id: "u",
                    biz_type: "general_leave",
                    hours_in_per_day: 800,
                    leave_name: "n",
                    leave_view_unit: "day",
                    natural_day_leave: false,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_AttendanceBleDevicesAdd" => apart(|| {
            client
                .attendance_1_0()
                .attendance_ble_devices_add(
                    dingtalk::attendance_1_0::AttendanceBleDevicesAddInput {
                        device_id_list: vec![1],
                        group_key: "g",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_AttendanceBleDevicesQuery" => apart(|| {
            client
                .attendance_1_0()
                .attendance_ble_devices_query("g")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_AttendanceBleDevicesRemove" => apart(|| {
            client
                .attendance_1_0()
                .attendance_ble_devices_remove(
                    dingtalk::attendance_1_0::AttendanceBleDevicesRemoveInput {
                        device_id_list: vec![1],
                        group_key: "g",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_BatchBossCheck" => apart(|| {
            client
                .attendance_1_0()
                .batch_boss_check("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_CheckClosingAccount" => apart(|| {
            client
                .attendance_1_0()
                .check_closing_account(dingtalk::attendance_1_0::CheckClosingAccountInput {
                    biz_code: "b",
                    user_ids: vec!["u".into()],
                    user_time_range: vec![],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_CheckWritePermission" => apart(|| {
            client
                .attendance_1_0()
                .check_write_permission(dingtalk::attendance_1_0::CheckWritePermissionInput {
                    category: "c",
                    entity_ids: vec![1],
                    op_user_id: "u",
                    resource_key: "r",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_CreateApprove" => apart(|| {
            client
                .attendance_1_0()
                .create_approve("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_DeleteLeaveRequest" => apart(|| {
            client
                .attendance_1_0()
                .delete_leave_request(dingtalk::attendance_1_0::DeleteLeaveRequestInput {
                    union_id: "u",
                    outer_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_DeleteWaterMarkTemplate" => apart(|| {
            client
                .attendance_1_0()
                .delete_water_mark_template(
                    dingtalk::attendance_1_0::DeleteWaterMarkTemplateInput {
                        form_code: "f",
                        open_conversation_id: "c",
                        system_template: false,
                        user_id: "u",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_DingTalkSecurityCheck" => apart(|| {
            client
                .attendance_1_0()
                .ding_talk_security_check(dingtalk::attendance_1_0::DingTalkSecurityCheckInput {
                    client_ver: "v",
                    platform: "android",
                    platform_ver: "13",
                    sec: "s",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_GetATManageScope" => apart(|| {
            client
                .attendance_1_0()
                .get_at_manage_scope(dingtalk::attendance_1_0::GetAtManageScopeInput {
                    max_results: 10,
                    next_token: "0",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_GetAdjustments" => apart(|| {
            client
                .attendance_1_0()
                .get_adjustments(dingtalk::attendance_1_0::GetAdjustmentsInput {
                    page_number: 1,
                    page_size: 10,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_GetCheckInSchemaTemplate" => apart(|| {
            client
                .attendance_1_0()
                .get_check_in_schema_template(
                    dingtalk::attendance_1_0::GetCheckInSchemaTemplateInput {
                        biz_code: "b",
                        open_conversation_id: "c",
                        user_id: "u",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_GetCheckinRecordByUser" => apart(|| {
            client
                .attendance_1_0()
                .get_checkin_record_by_user(dingtalk::attendance_1_0::GetCheckinRecordByUserInput {
                    end_time: 2,
                    max_results: 10,
                    next_token: 0,
                    operator_user_id: "u",
                    start_time: 1,
                    user_id_list: vec!["u".into()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_GetClassWithDeleted" => apart(|| {
            client
                .attendance_1_0()
                .get_class_with_deleted("1")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_GetClosingAccounts" => apart(|| {
            client
                .attendance_1_0()
                .get_closing_accounts(vec!["u".into()])
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_GetColumnvals" => apart(|| {
            client
                .attendance_1_0()
                .get_columnvals(dingtalk::attendance_1_0::GetColumnvalsInput {
                    column_id_list: vec!["1".into()],
                    from_date: 1,
                    to_date: 2,
                    user_ids: vec!["u".into()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_GetLeaveRecords" => apart(|| {
            client
                .attendance_1_0()
                .get_leave_records(dingtalk::attendance_1_0::GetLeaveRecordsInput {
                    leave_code: "l",
                    op_user_id: "u",
                    page_number: 1,
                    page_size: 10,
                    user_ids: vec!["u".into()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_GetLeaveType" => apart(|| {
            client
                .attendance_1_0()
                .get_leave_type("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_GetMachine" => apart(|| {
            client
                .attendance_1_0()
                .get_machine("1")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_GetMachineUser" => apart(|| {
            client
                .attendance_1_0()
                .get_machine_user(dingtalk::attendance_1_0::GetMachineUserInput {
                    dev_id: "1",
                    max_results: 10,
                    next_token: "0",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_GetOverdraftInfo" => apart(|| {
            client
                .attendance_1_0()
                .get_overdraft_info(dingtalk::attendance_1_0::GetOverdraftInfoInput {
                    leave_code: "l",
                    user_id_list: vec!["u".into()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_GetOvertimeSetting" => apart(|| {
            client
                .attendance_1_0()
                .get_overtime_setting()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_GetShift" => apart(|| {
            client
                .attendance_1_0()
                .get_shift(1)
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_GetSimpleGroups" => apart(|| {
            client
                .attendance_1_0()
                .get_simple_groups(dingtalk::attendance_1_0::GetSimpleGroupsInput {
                    max_results: 10,
                    next_token: 0,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_GetSimpleOvertimeSetting" => apart(|| {
            client
                .attendance_1_0()
                .get_simple_overtime_setting(
                    dingtalk::attendance_1_0::GetSimpleOvertimeSettingInput {
                        page_number: 1,
                        page_size: 10,
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_GetUserHolidays" => apart(|| {
            client
                .attendance_1_0()
                .get_user_holidays(dingtalk::attendance_1_0::GetUserHolidaysInput {
                    user_ids: vec!["u".into()],
                    work_date_from: 1,
                    work_date_to: 2,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_GroupAdd" => apart(|| {
            client
                .attendance_1_0()
                .group_add(dingtalk::attendance_1_0::GroupAddInput {
                    op_user_id: "u",
                    group_name: "n",
                    r#type: "FIXED",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_GroupUpdate" => apart(|| {
            client
                .attendance_1_0()
                .group_update("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_InitAndGetLeaveALlocationQuotas" => apart(|| {
            client
                .attendance_1_0()
                .init_and_get_leave_a_llocation_quotas(
                    dingtalk::attendance_1_0::InitAndGetLeaveALlocationQuotasInput {
                        op_user_id: "u",
                        user_id: "u",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_ListApproveByUsers" => apart(|| {
            client
                .attendance_1_0()
                .list_approve_by_users()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_ModifyWaterMarkTemplate" => apart(|| {
            client
                .attendance_1_0()
                .modify_water_mark_template(
                    dingtalk::attendance_1_0::ModifyWaterMarkTemplateInput {
                        open_conversation_id: "c",
                        user_id: "u",
                        form_code: "f",
                        schema_content: "{}",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_ProcessApproveCreate" => apart(|| {
            client
                .attendance_1_0()
                .process_approve_create(dingtalk::attendance_1_0::ProcessApproveCreateInput {
                    approve_id: "a",
                    op_user_id: "u",
                    punch_param: serde_json::from_value(serde_json::json!({"punchTime": 1}))
                        .unwrap(),
                    sub_type: "s",
                    tag_name: "t",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_ProcessApproveFinish" => apart(|| {
            client
                .attendance_1_0()
                .process_approve_finish()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_ProcessHhOemUpdate" => apart(|| {
            client
                .attendance_1_0()
                .process_hh_oem_update(dingtalk::attendance_1_0::ProcessHhOemUpdateInput {
                    bind_oem_app: true,
                    corp_id_list: vec!["c".into()],
                    use_oem_app: true,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_ReduceQuotaWithLeaveRecord" => apart(|| {
            client
                .attendance_1_0()
                .reduce_quota_with_leave_record(
                    dingtalk::attendance_1_0::ReduceQuotaWithLeaveRecordInput {
                        union_id: "u",
                        end_time: 2,
                        leave_code: "l",
                        outer_id: "o",
                        quota_num: 100,
                        start_time: 1,
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_RetainLeaveTypes" => apart(|| {
            client
                .attendance_1_0()
                .retain_leave_types(1)
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_ReverseTrialAdvancedLeave" => apart(|| {
            client
                .attendance_1_0()
                .reverse_trial_advanced_leave()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_SalaryThirdDataIntegration" => apart(|| {
            client
                .attendance_1_0()
                .salary_third_data_integration("b")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_SaveCustomWaterMarkTemplate" => apart(|| {
            client
                .attendance_1_0()
                .save_custom_water_mark_template(
                    dingtalk::attendance_1_0::SaveCustomWaterMarkTemplateInput {
                        open_conversation_id: "c",
                        user_id: "u",
                        biz_code: "b",
                        icon: "i",
                        layout_design_id: "l",
                        scene_code: "s",
                        schema_content: "{}",
                        title: "t",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_ShiftAdd" => apart(|| {
            client
                .attendance_1_0()
                .shift_add(dingtalk::attendance_1_0::ShiftAddInput {
                    op_user_id: "u",
                    name: "n",
                    sections: vec![],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_SyncScheduleInfo" => apart(|| {
            client
                .attendance_1_0()
                .sync_schedule_info(dingtalk::attendance_1_0::SyncScheduleInfoInput {
                    op_user_id: "u",
                    schedule_infos: vec![],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_UpdateLeaveType" => apart(|| {
            client
                .attendance_1_0()
                .update_leave_type(dingtalk::attendance_1_0::UpdateLeaveTypeInput {
                    op_user_id: "u",
                    biz_type: "general_leave",
                    leave_code: "l",
                    leave_view_unit: "day",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // calendar_1_0
        "calendar_AddAttendee" => apart(|| {
            client
                .calendar_1_0()
                .add_attendee(dingtalk::calendar_1_0::AddAttendeeInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                    attendees_to_add: vec![Default::default()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_ListAttendees" => apart(|| {
            client
                .calendar_1_0()
                .list_attendees(dingtalk::calendar_1_0::ListAttendeesInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_AddMeetingRooms" => apart(|| {
            client
                .calendar_1_0()
                .add_meeting_rooms(dingtalk::calendar_1_0::AddMeetingRoomsInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                    meeting_rooms_to_add: vec![Default::default()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_CancelEvent" => apart(|| {
            client
                .calendar_1_0()
                .cancel_event(dingtalk::calendar_1_0::CancelEventInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_CheckIn" => apart(|| {
            client
                .calendar_1_0()
                .check_in(dingtalk::calendar_1_0::CheckInInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_ConvertLegacyEventId" => apart(|| {
            client
                .calendar_1_0()
                .convert_legacy_event_id(dingtalk::calendar_1_0::ConvertLegacyEventIdInput {
                    user_id: "u",
                    legacy_event_ids: ids(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_CreateAcls" => apart(|| {
            client
                .calendar_1_0()
                .create_acls(dingtalk::calendar_1_0::CreateAclsInput {
                    user_id: "u",
                    calendar_id: "c",
                    privilege: "reader",
                    scope: dingtalk::calendar_1_0::CalendarCreateAclsRequestScope {
                        scope_type: "user".into(),
                        user_id: "v".into(),
                    },
                    send_msg: false,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_ListAcls" => apart(|| {
            client
                .calendar_1_0()
                .list_acls(dingtalk::calendar_1_0::ListAclsInput {
                    user_id: "u",
                    calendar_id: "c",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_CreateEvent" => apart(|| {
            client
                .calendar_1_0()
                .create_event(dingtalk::calendar_1_0::CreateEventInput {
                    user_id: "u",
                    calendar_id: "c",
                    summary: "s",
                    start: Default::default(),
                    end: Default::default(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_ListEvents" => apart(|| {
            client
                .calendar_1_0()
                .list_events(dingtalk::calendar_1_0::ListEventsInput {
                    user_id: "u",
                    calendar_id: "c",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_CreateEventByMe" => apart(|| {
            client
                .calendar_1_0()
                .create_event_by_me(dingtalk::calendar_1_0::CreateEventByMeInput {
                    calendar_id: "c",
                    summary: "s",
                    start: Default::default(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_CreateSubscribedCalendar" => apart(|| {
            client
                .calendar_1_0()
                .create_subscribed_calendar(dingtalk::calendar_1_0::CreateSubscribedCalendarInput {
                    user_id: "u",
                    name: "n",
                    subscribe_scope: Default::default(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_DeleteAcl" => apart(|| {
            client
                .calendar_1_0()
                .delete_acl(dingtalk::calendar_1_0::DeleteAclInput {
                    user_id: "u",
                    calendar_id: "c",
                    acl_id: "a",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_DeleteEvent" => apart(|| {
            client
                .calendar_1_0()
                .delete_event(dingtalk::calendar_1_0::DeleteEventInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_GetEvent" => apart(|| {
            client
                .calendar_1_0()
                .get_event(dingtalk::calendar_1_0::GetEventInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_PatchEvent" => apart(|| {
            client
                .calendar_1_0()
                .patch_event(dingtalk::calendar_1_0::PatchEventInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                    id: "e",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_DeleteSubscribedCalendar" => apart(|| {
            client
                .calendar_1_0()
                .delete_subscribed_calendar(dingtalk::calendar_1_0::DeleteSubscribedCalendarInput {
                    user_id: "u",
                    calendar_id: "c",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_GetSubscribedCalendar" => apart(|| {
            client
                .calendar_1_0()
                .get_subscribed_calendar(dingtalk::calendar_1_0::GetSubscribedCalendarInput {
                    user_id: "u",
                    calendar_id: "c",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_UpdateSubscribedCalendars" => apart(|| {
            client
                .calendar_1_0()
                .update_subscribed_calendars(
                    dingtalk::calendar_1_0::UpdateSubscribedCalendarsInput {
                        user_id: "u",
                        calendar_id: "c",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_GenerateCaldavAccount" => apart(|| {
            client
                .calendar_1_0()
                .generate_caldav_account(dingtalk::calendar_1_0::GenerateCaldavAccountInput {
                    user_id: "u",
                    device: "d",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_GetMeetingRoomsSchedule" => apart(|| {
            client
                .calendar_1_0()
                .get_meeting_rooms_schedule(dingtalk::calendar_1_0::GetMeetingRoomsScheduleInput {
                    user_id: "u",
                    room_ids: ids(),
                    start_time: "2024-07-22T09:00:00+08:00",
                    end_time: "2024-07-22T18:00:00+08:00",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_GetSchedule" => apart(|| {
            client
                .calendar_1_0()
                .get_schedule(dingtalk::calendar_1_0::GetScheduleInput {
                    user_id: "u",
                    user_ids: ids(),
                    start_time: "2024-07-22T09:00:00+08:00",
                    end_time: "2024-07-22T18:00:00+08:00",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_GetScheduleByMe" => apart(|| {
            client
                .calendar_1_0()
                .get_schedule_by_me(dingtalk::calendar_1_0::GetScheduleByMeInput {
                    user_ids: ids(),
                    start_time: "2024-07-22T09:00:00+08:00",
                    end_time: "2024-07-22T18:00:00+08:00",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_GetSignInLink" => apart(|| {
            client
                .calendar_1_0()
                .get_sign_in_link(dingtalk::calendar_1_0::GetSignInLinkInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_GetSignInList" => apart(|| {
            client
                .calendar_1_0()
                .get_sign_in_list(dingtalk::calendar_1_0::GetSignInListInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                    max_results: 1,
                    r#type: "sign_in",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_SignIn" => apart(|| {
            client
                .calendar_1_0()
                .sign_in(dingtalk::calendar_1_0::SignInInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_GetSignOutLink" => apart(|| {
            client
                .calendar_1_0()
                .get_sign_out_link(dingtalk::calendar_1_0::GetSignOutLinkInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_GetSignOutList" => apart(|| {
            client
                .calendar_1_0()
                .get_sign_out_list(dingtalk::calendar_1_0::GetSignOutListInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                    max_results: 1,
                    r#type: "sign_out",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_SignOut" => apart(|| {
            client
                .calendar_1_0()
                .sign_out(dingtalk::calendar_1_0::SignOutInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_ListAiMinutes" => apart(|| {
            client
                .calendar_1_0()
                .list_ai_minutes(dingtalk::calendar_1_0::ListAiMinutesInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_ListCalendars" => apart(|| {
            client
                .calendar_1_0()
                .list_calendars("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_ListEventsInstances" => apart(|| {
            client
                .calendar_1_0()
                .list_events_instances(dingtalk::calendar_1_0::ListEventsInstancesInput {
                    user_id: "u",
                    calendar_id: "c",
                    series_master_id: "s",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_ListEventsView" => apart(|| {
            client
                .calendar_1_0()
                .list_events_view(dingtalk::calendar_1_0::ListEventsViewInput {
                    user_id: "u",
                    calendar_id: "c",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_ListEventsViewByMe" => apart(|| {
            client
                .calendar_1_0()
                .list_events_view_by_me("c")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_ListInstances" => apart(|| {
            client
                .calendar_1_0()
                .list_instances(dingtalk::calendar_1_0::ListInstancesInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_ListOrgPlugins" => apart(|| {
            client
                .calendar_1_0()
                .list_org_plugins()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_MeetingRoomRespond" => apart(|| {
            client
                .calendar_1_0()
                .meeting_room_respond(dingtalk::calendar_1_0::MeetingRoomRespondInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                    room_id: "r",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_RemoveAttendee" => apart(|| {
            client
                .calendar_1_0()
                .remove_attendee(dingtalk::calendar_1_0::RemoveAttendeeInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_RemoveMeetingRooms" => apart(|| {
            client
                .calendar_1_0()
                .remove_meeting_rooms(dingtalk::calendar_1_0::RemoveMeetingRoomsInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_RespondEvent" => apart(|| {
            client
                .calendar_1_0()
                .respond_event(dingtalk::calendar_1_0::RespondEventInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                    response_status: "accepted",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_SubscribeCalendar" => apart(|| {
            client
                .calendar_1_0()
                .subscribe_calendar(dingtalk::calendar_1_0::SubscribeCalendarInput {
                    user_id: "u",
                    calendar_id: "c",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_TransferEvent" => apart(|| {
            client
                .calendar_1_0()
                .transfer_event(dingtalk::calendar_1_0::TransferEventInput {
                    user_id: "u",
                    calendar_id: "c",
                    event_id: "e",
                    new_organizer_id: "n",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_UnsubscribeCalendar" => apart(|| {
            client
                .calendar_1_0()
                .unsubscribe_calendar(dingtalk::calendar_1_0::UnsubscribeCalendarInput {
                    user_id: "u",
                    calendar_id: "c",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // card_1_0
        "card_AppendSpace" => apart(|| {
            client
                .card_1_0()
                .append_space("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_AppendSpaceWithDelegate" => apart(|| {
            client
                .card_1_0()
                .append_space_with_delegate("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_CloseTopCard" => apart(|| {
            client
                .card_1_0()
                .close_top_card(dingtalk::card_1_0::CloseTopCardInput {
                    open_conversation_id: "c",
                    out_track_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_CopyTemplate" => apart(|| {
            client
                .card_1_0()
                .copy_template("t")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_CreateAndDeliver" => apart(|| {
            client
                .card_1_0()
                .create_and_deliver(dingtalk::card_1_0::CreateAndDeliverInput {
                    card_data: Default::default(),
                    card_template_id: "t",
                    open_space_id: "s",
                    out_track_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_CreateAndDeliverAICard" => apart(|| {
            client
                .card_1_0()
                .create_and_deliver_ai_card(dingtalk::card_1_0::CreateAndDeliverAiCardInput {
                    a2ui_messages: ids(),
                    flow_status: "f",
                    open_space_id: "s",
                    out_track_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_CreateAndDeliverWithDelegate" => apart(|| {
            client
                .card_1_0()
                .create_and_deliver_with_delegate(
                    dingtalk::card_1_0::CreateAndDeliverWithDelegateInput {
                        card_data: Default::default(),
                        card_template_id: "t",
                        open_space_id: "s",
                        out_track_id: "o",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_CreateCard" => apart(|| {
            client
                .card_1_0()
                .create_card(dingtalk::card_1_0::CreateCardInput {
                    card_data: Default::default(),
                    card_template_id: "t",
                    out_track_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_UpdateCard" => apart(|| {
            client
                .card_1_0()
                .update_card("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_CreateCardWithDelegate" => apart(|| {
            client
                .card_1_0()
                .create_card_with_delegate(dingtalk::card_1_0::CreateCardWithDelegateInput {
                    card_data: Default::default(),
                    card_template_id: "t",
                    out_track_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_UpdateCardWithDelegate" => apart(|| {
            client
                .card_1_0()
                .update_card_with_delegate("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_CreateTemplate" => apart(|| {
            client
                .card_1_0()
                .create_template(dingtalk::card_1_0::CreateTemplateInput {
                    extend_type: "e",
                    name: "n",
                    r#type: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_DeleteTemplate" => apart(|| {
            client
                .card_1_0()
                .delete_template()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_DeliverCard" => apart(|| {
            client
                .card_1_0()
                .deliver_card(dingtalk::card_1_0::DeliverCardInput {
                    open_space_id: "s",
                    out_track_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_DeliverCardWithDelegate" => apart(|| {
            client
                .card_1_0()
                .deliver_card_with_delegate(dingtalk::card_1_0::DeliverCardWithDelegateInput {
                    open_space_id: "s",
                    out_track_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_ListTemplate" => apart(|| {
            client
                .card_1_0()
                .list_template("t")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_PublishTemplate" => apart(|| {
            client
                .card_1_0()
                .publish_template("t")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_RegisterCallback" => apart(|| {
            client
                .card_1_0()
                .register_callback(dingtalk::card_1_0::RegisterCallbackInput {
                    callback_route_key: "k",
                    callback_url: "https://example.com/c",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_RegisterCallbackWithDelegate" => apart(|| {
            client
                .card_1_0()
                .register_callback_with_delegate(
                    dingtalk::card_1_0::RegisterCallbackWithDelegateInput {
                        callback_route_key: "k",
                        callback_url: "https://example.com/c",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_SaveTemplate" => apart(|| {
            client
                .card_1_0()
                .save_template()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_StreamingUpdate" => apart(|| {
            client
                .card_1_0()
                .streaming_update(dingtalk::card_1_0::StreamingUpdateInput {
                    content: "c",
                    guid: "g",
                    key: "k",
                    out_track_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "notable_TruncateSheetRecords" => apart(|| {
            client
                .notable_1_0()
                .truncate_sheet_records(dingtalk::notable_1_0::TruncateSheetRecordsInput {
                    base_id: "b",
                    sheet_id_or_name: "s",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "storage_2_0_SearchWorkspaces" => apart(|| {
            client
                .storage_2_0()
                .search_workspaces(dingtalk::storage_2_0::SearchWorkspacesInput {
                    operator_id: "o",
                    keyword: "k",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "report_QueryReportDetail" => apart(|| {
            client
                .report_1_0()
                .query_report_detail("r")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "attendance_UpdateVacationQuota" => apart(|| {
            client
                .attendance_1_0()
                .update_vacation_quota("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "calendar_UpdateOrgPluginSubscribers" => apart(|| {
            client
                .calendar_1_0()
                .update_org_plugin_subscribers("p")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "card_UpdateAICard" => apart(|| {
            client
                .card_1_0()
                .update_ai_card(dingtalk::card_1_0::UpdateAiCardInput {
                    a2ui_messages: ids(),
                    flow_status: "f",
                    out_track_id: "o",
                    out_update_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // doc_2_0
        "doc_2_0_BatchCreateTeam" => apart(|| {
            client
                .doc_2_0()
                .batch_create_team(doc_2_0::BatchCreateTeamInput {
                    operator_id: "o",
                    param: doc_2_0::Doc20batchCreateTeamRequestParam {
                        create_team_param_list: vec![],
                    },
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_BatchDeleteRecents" => apart(|| {
            client
                .doc_2_0()
                .batch_delete_recents(doc_2_0::BatchDeleteRecentsInput {
                    operator_id: "o",
                    dentry_uuids: vec!["u".into()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_CategoriesTemplates" => apart(|| {
            client
                .doc_2_0()
                .categories_templates(doc_2_0::CategoriesTemplatesInput {
                    operator_id: "o",
                    param: doc_2_0::Doc20categoriesTemplatesRequestParam {
                        category_ids: vec!["c".into()],
                    },
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_CategoryTemplates" => apart(|| {
            client
                .doc_2_0()
                .category_templates(doc_2_0::CategoryTemplatesInput {
                    operator_id: "o",
                    param: doc_2_0::Doc20categoryTemplatesRequestParam {
                        category_id: "c".into(),
                    },
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_CopyDentry" => apart(|| {
            client
                .doc_2_0()
                .copy_dentry(doc_2_0::CopyDentryInput {
                    space_id: "s",
                    dentry_id: "d",
                    name: "n",
                    operator_id: "o",
                    target_space_id: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_CopyDoc" => apart(|| {
            client
                .doc_2_0()
                .copy_doc(doc_2_0::Doc20copyDocRequestParam {
                    source_dentry_uuid: "u".into(),
                    target_parent_dentry_uuid: "p".into(),
                    target_pre_dentry_uuid: None,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_CopyDocWithAppAuth" => apart(|| {
            client
                .doc_2_0()
                .copy_doc_with_app_auth(doc_2_0::CopyDocWithAppAuthInput {
                    operator_id: "o",
                    source_dentry_uuid: "u",
                    target_parent_dentry_uuid: "p",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_CopyWorkspace" => apart(|| {
            client
                .doc_2_0()
                .copy_workspace(doc_2_0::Doc20copyWorkspaceRequestParam {
                    origin_workspace_id: Some("w".into()),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_CopyWorkspaceAsync" => apart(|| {
            client
                .doc_2_0()
                .copy_workspace_async(doc_2_0::Doc20copyWorkspaceAsyncRequestParam {
                    origin_workspace_id: Some("w".into()),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_CreateDentry" => apart(|| {
            client
                .doc_2_0()
                .create_dentry(doc_2_0::CreateDentryInput {
                    space_id: "s",
                    dentry_type: "file",
                    name: "n",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_CreateShortcut" => apart(|| {
            client
                .doc_2_0()
                .create_shortcut(doc_2_0::Doc20createShortcutRequestParam {
                    source_resource_id: "u".into(),
                    source_resource_type: "dentry".into(),
                    target_resource_id: "p".into(),
                    target_resource_name: None,
                    target_resource_type: "dentry".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_CreateSpace" => apart(|| {
            client
                .doc_2_0()
                .create_space(doc_2_0::CreateSpaceInput {
                    name: "n",
                    operator_id: "o",
                    share_scope: doc_2_0::Doc20createSpaceRequestShareScope { scope: 0 },
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_CreateTeam" => apart(|| {
            client
                .doc_2_0()
                .create_team(doc_2_0::CreateTeamInput {
                    name: "n",
                    operator_id: "o",
                    team_type: 1,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_CrossOrgMigrate" => apart(|| {
            client
                .doc_2_0()
                .cross_org_migrate(doc_2_0::CrossOrgMigrateInput {
                    operator_id: "o",
                    param: doc_2_0::Doc20crossOrgMigrateRequestParam { corp_id: None },
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_DeleteTeam" => apart(|| {
            client
                .doc_2_0()
                .delete_team(doc_2_0::DeleteTeamInput {
                    team_id: "t",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_DocContent" => apart(|| {
            client
                .doc_2_0()
                .doc_content(doc_2_0::DocContentInput {
                    dentry_uuid: "u",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_DocExportByDelegatedPermission" => apart(|| {
            client
                .doc_2_0()
                .doc_export_by_delegated_permission("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_DocUpdateContentWithDelegatedPermission" => apart(|| {
            client
                .doc_2_0()
                .doc_update_content_with_delegated_permission(
                    doc_2_0::DocUpdateContentWithDelegatedPermissionInput {
                        doc_key: "k",
                        content: "c",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_ExportDoc" => apart(|| {
            client
                .doc_2_0()
                .export_doc(doc_2_0::Doc20exportDocRequestParam {
                    dentry_uuid: "u".into(),
                    export_type: "docx".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_GetDentryIdByUuid" => apart(|| {
            client
                .doc_2_0()
                .get_dentry_id_by_uuid(doc_2_0::GetDentryIdByUuidInput {
                    dentry_uuid: "u",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_GetDocContent" => apart(|| {
            client
                .doc_2_0()
                .get_doc_content("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_GetDocContentForELM" => apart(|| {
            client
                .doc_2_0()
                .get_doc_content_for_elm("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_GetMySpace" => apart(|| {
            client
                .doc_2_0()
                .get_my_space()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_GetOrgOrWebOpenDocContent" => apart(|| {
            client
                .doc_2_0()
                .get_org_or_web_open_doc_content("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_GetSchema" => apart(|| {
            client
                .doc_2_0()
                .get_schema(doc_2_0::GetSchemaInput {
                    team_id: "t",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_GetSpaceDirectories" => apart(|| {
            client
                .doc_2_0()
                .get_space_directories(doc_2_0::GetSpaceDirectoriesInput {
                    space_id: "s",
                    max_results: 1,
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_GetStarInfo" => apart(|| {
            client
                .doc_2_0()
                .get_star_info(doc_2_0::GetStarInfoInput {
                    dentry_uuid: "u",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_GetTaskInfo" => apart(|| {
            client
                .doc_2_0()
                .get_task_info("t")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_GetTeam" => apart(|| {
            client
                .doc_2_0()
                .get_team(doc_2_0::GetTeamInput {
                    team_id: "t",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_GetTotalNumberOfDentries" => apart(|| {
            client
                .doc_2_0()
                .get_total_number_of_dentries("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_GetTotalNumberOfSpaces" => apart(|| {
            client
                .doc_2_0()
                .get_total_number_of_spaces("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_GetUserInfoByOpenToken" => apart(|| {
            client
                .doc_2_0()
                .get_user_info_by_open_token(doc_2_0::GetUserInfoByOpenTokenInput {
                    doc_key: "k",
                    open_token: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_GetUuidByDentryId" => apart(|| {
            client
                .doc_2_0()
                .get_uuid_by_dentry_id(doc_2_0::GetUuidByDentryIdInput {
                    dentry_id: "d",
                    operator_id: "o",
                    space_id: "s",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_GetUuidByIdOrUrl" => apart(|| {
            client
                .doc_2_0()
                .get_uuid_by_id_or_url(doc_2_0::GetUuidByIdOrUrlInput {
                    id_or_url: "i",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_GetWorkspacePermissionScopes" => apart(|| {
            client
                .doc_2_0()
                .get_workspace_permission_scopes(doc_2_0::GetWorkspacePermissionScopesInput {
                    workspace_id: "w",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_HandoverTeamWithoutAuth" => apart(|| {
            client
                .doc_2_0()
                .handover_team_without_auth(doc_2_0::Doc20handoverTeamWithoutAuthRequestParam {
                    leave: None,
                    new_owner: "n".into(),
                    notify: None,
                    team_id: "t".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_HandoveryWorkspace" => apart(|| {
            client
                .doc_2_0()
                .handovery_workspace(doc_2_0::Doc20handoveryWorkspaceRequestParam {
                    leave: None,
                    receiver_union_id: "r".into(),
                    resource_id: "w".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_ListFeeds" => apart(|| {
            client
                .doc_2_0()
                .list_feeds(doc_2_0::ListFeedsInput {
                    team_id: "t",
                    max_results: 1,
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_ListHotDocs" => apart(|| {
            client
                .doc_2_0()
                .list_hot_docs(doc_2_0::ListHotDocsInput {
                    team_id: "t",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_ListPinSpaces" => apart(|| {
            client
                .doc_2_0()
                .list_pin_spaces("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_ListRecents" => apart(|| {
            client
                .doc_2_0()
                .list_recents(doc_2_0::Doc20listRecentsRequestParam {
                    file_types: vec![1],
                    max_results: None,
                    next_token: None,
                    operate_types: vec![1],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_ListRelatedSpaceTeams" => apart(|| {
            client
                .doc_2_0()
                .list_related_space_teams("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_ListRelatedTeams" => apart(|| {
            client
                .doc_2_0()
                .list_related_teams(doc_2_0::ListRelatedTeamsInput {
                    max_results: 1,
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_ListSpaceSections" => apart(|| {
            client
                .doc_2_0()
                .list_space_sections(doc_2_0::ListSpaceSectionsInput {
                    team_id: "t",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_ListStars" => apart(|| {
            client
                .doc_2_0()
                .list_stars("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_ListTeamMembers" => apart(|| {
            client
                .doc_2_0()
                .list_team_members(doc_2_0::ListTeamMembersInput {
                    team_id: "t",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_LockDoc" => apart(|| {
            client
                .doc_2_0()
                .lock_doc(doc_2_0::Doc20lockDocRequestParam {
                    dentry_uuid: "u".into(),
                    name: "n".into(),
                    operator_uid: "o".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_LockDocByDelegatedPermission" => apart(|| {
            client
                .doc_2_0()
                .lock_doc_by_delegated_permission(
                    doc_2_0::Doc20lockDocByDelegatedPermissionRequestParam {
                        dentry_uuid: "u".into(),
                        name: "n".into(),
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_MarkStar" => apart(|| {
            client
                .doc_2_0()
                .mark_star(doc_2_0::MarkStarInput {
                    dentry_uuid: "u",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_MoveDentry" => apart(|| {
            client
                .doc_2_0()
                .move_dentry(doc_2_0::MoveDentryInput {
                    space_id: "s",
                    dentry_id: "d",
                    operator_id: "o",
                    target_space_id: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_PinSpace" => apart(|| {
            client
                .doc_2_0()
                .pin_space(doc_2_0::PinSpaceInput {
                    space_id: "s",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_QueryDentry" => apart(|| {
            client
                .doc_2_0()
                .query_dentry(doc_2_0::QueryDentryInput {
                    space_id: "s",
                    dentry_id: "d",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_QueryDocContent" => apart(|| {
            client
                .doc_2_0()
                .query_doc_content(doc_2_0::QueryDocContentInput {
                    dentry_uuid: "u",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_QueryExportTask" => apart(|| {
            client
                .doc_2_0()
                .query_export_task(doc_2_0::QueryExportTaskInput {
                    operator_id: "o",
                    task_id: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_QueryGetContentJob" => apart(|| {
            client
                .doc_2_0()
                .query_get_content_job(doc_2_0::QueryGetContentJobInput {
                    dentry_uuid: "u",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_QueryItemByUrl" => apart(|| {
            client
                .doc_2_0()
                .query_item_by_url(doc_2_0::QueryItemByUrlInput {
                    operator_id: "o",
                    url: "https://alidocs.dingtalk.com/i/nodes/u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_QueryMineSpace" => apart(|| {
            client
                .doc_2_0()
                .query_mine_space("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_QueryRecentList" => apart(|| {
            client
                .doc_2_0()
                .query_recent_list(doc_2_0::QueryRecentListInput {
                    max_results: 1,
                    operator_id: "o",
                    recent_type: 1,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_QuerySpace" => apart(|| {
            client
                .doc_2_0()
                .query_space(doc_2_0::QuerySpaceInput {
                    space_id: "s",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_RelatedSpaces" => apart(|| {
            client
                .doc_2_0()
                .related_spaces(doc_2_0::RelatedSpacesInput {
                    max_results: 1,
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_RemoveTeamMembers" => apart(|| {
            client
                .doc_2_0()
                .remove_team_members(doc_2_0::RemoveTeamMembersInput {
                    team_id: "t",
                    members: vec![],
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_RenameDentry" => apart(|| {
            client
                .doc_2_0()
                .rename_dentry(doc_2_0::RenameDentryInput {
                    space_id: "s",
                    dentry_id: "d",
                    name: "n",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_SaveTeamMembers" => apart(|| {
            client
                .doc_2_0()
                .save_team_members(doc_2_0::SaveTeamMembersInput {
                    team_id: "t",
                    members: vec![],
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_Search" => apart(|| {
            client
                .doc_2_0()
                .search()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_SearchTemplates" => apart(|| {
            client
                .doc_2_0()
                .search_templates(doc_2_0::SearchTemplatesInput {
                    operator_id: "o",
                    param: doc_2_0::Doc20searchTemplatesRequestParam {
                        belong: "b".into(),
                        search_name: "n".into(),
                    },
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_ShareUrl" => apart(|| {
            client
                .doc_2_0()
                .share_url(doc_2_0::Doc20shareUrlRequestParam {
                    dentry_uuid: "u".into(),
                    trigger_share: None,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_SubmitExportJob" => apart(|| {
            client
                .doc_2_0()
                .submit_export_job(doc_2_0::SubmitExportJobInput {
                    dentry_uuid: "u",
                    operator_id: "o",
                    target_format: "docx",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_SubmitGetContentJob" => apart(|| {
            client
                .doc_2_0()
                .submit_get_content_job(doc_2_0::SubmitGetContentJobInput {
                    dentry_uuid: "u",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_TeamTemplates" => apart(|| {
            client
                .doc_2_0()
                .team_templates("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_TemplateCategories" => apart(|| {
            client
                .doc_2_0()
                .template_categories(doc_2_0::TemplateCategoriesInput {
                    operator_id: "o",
                    param: doc_2_0::Doc20templateCategoriesRequestParam {
                        tenant_id: "t".into(),
                    },
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_UnlockDoc" => apart(|| {
            client
                .doc_2_0()
                .unlock_doc(doc_2_0::Doc20unlockDocRequestParam {
                    dentry_uuid: "u".into(),
                    operator_uid: "o".into(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_UnlockDocByDelegatedPermission" => apart(|| {
            client
                .doc_2_0()
                .unlock_doc_by_delegated_permission(
                    doc_2_0::Doc20unlockDocByDelegatedPermissionRequestParam {
                        dentry_uuid: "u".into(),
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_UnmarkStar" => apart(|| {
            client
                .doc_2_0()
                .unmark_star(doc_2_0::UnmarkStarInput {
                    dentry_uuid: "u",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_UnpinSpace" => apart(|| {
            client
                .doc_2_0()
                .unpin_space(doc_2_0::UnpinSpaceInput {
                    space_id: "s",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_UpdateTeam" => apart(|| {
            client
                .doc_2_0()
                .update_team(doc_2_0::UpdateTeamInput {
                    team_id: "t",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "doc_2_0_UserTemplates" => apart(|| {
            client
                .doc_2_0()
                .user_templates("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // Contacts: contact_1_0 (each call boxed, so that the many arms do not
        // make the stack frame of `call` too large)
        "contact_GetUser" => apart(|| {
            client
                .contact_1_0()
                .get_user("me")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_SearchUser" => apart(|| {
            client
                .contact_1_0()
                .search_user(dingtalk::contact_1_0::SearchUserInput {
                    offset: 0,
                    query_word: "q",
                    size: 10,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_SearchDepartment" => apart(|| {
            client
                .contact_1_0()
                .search_department(dingtalk::contact_1_0::SearchDepartmentInput {
                    offset: 0,
                    query_word: "q",
                    size: 10,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_ListEmpLeaveRecords" => apart(|| {
            client
                .contact_1_0()
                .list_emp_leave_records(dingtalk::contact_1_0::ListEmpLeaveRecordsInput {
                    max_results: 10,
                    start_time: "2026-06-01T00:00:00Z".parse().unwrap(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_ListContactHideSettings" => apart(|| {
            client
                .contact_1_0()
                .list_contact_hide_settings()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_UpdateContactHideSetting" => apart(|| {
            client
                .contact_1_0()
                .update_contact_hide_setting()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_DeleteContactHideSetting" => apart(|| {
            client
                .contact_1_0()
                .delete_contact_hide_setting("1")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_ListContactRestrictSetting" => apart(|| {
            client
                .contact_1_0()
                .list_contact_restrict_setting()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_UpdateContactRestrictSetting" => apart(|| {
            client
                .contact_1_0()
                .update_contact_restrict_setting("t")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_DeleteContactRestrictSetting" => apart(|| {
            client
                .contact_1_0()
                .delete_contact_restrict_setting("1")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_ListEmpAttributeVisibility" => apart(|| {
            client
                .contact_1_0()
                .list_emp_attribute_visibility()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_UpdateEmpAttrbuteVisibilitySetting" => apart(|| {
            client
                .contact_1_0()
                .update_emp_attrbute_visibility_setting()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_DeleteEmpAttributeVisibility" => apart(|| {
            client
                .contact_1_0()
                .delete_emp_attribute_visibility("1")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_ListSeniorSettings" => apart(|| {
            client
                .contact_1_0()
                .list_senior_settings("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_UpdateSeniorSetting" => apart(|| {
            client
                .contact_1_0()
                .update_senior_setting(dingtalk::contact_1_0::UpdateSeniorSettingInput {
                    open: true,
                    senior_staff_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_GetContactHideBySceneSetting" => apart(|| {
            client
                .contact_1_0()
                .get_contact_hide_by_scene_setting("1")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_UpdateContactHideBySceneSetting" => apart(|| {
            client
                .contact_1_0()
                .update_contact_hide_by_scene_setting("1")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_DeleteContactHideBySceneSetting" => apart(|| {
            client
                .contact_1_0()
                .delete_contact_hide_by_scene_setting("1")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_AddEmpAttributeHideBySceneSetting" => apart(|| {
            client
                .contact_1_0()
                .add_emp_attribute_hide_by_scene_setting()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_GetEmpAttributeHideBySceneSetting" => apart(|| {
            client
                .contact_1_0()
                .get_emp_attribute_hide_by_scene_setting("1")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_UpdateEmpAttributeHideBySceneSetting" => apart(|| {
            client
                .contact_1_0()
                .update_emp_attribute_hide_by_scene_setting("1")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_DeleteEmpAttributeHideBySceneSetting" => apart(|| {
            client
                .contact_1_0()
                .delete_emp_attribute_hide_by_scene_setting("1")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_CreateManagementGroup" => apart(|| {
            client
                .contact_1_0()
                .create_management_group(dingtalk::contact_1_0::CreateManagementGroupInput {
                    group_name: "g",
                    members: vec![],
                    resource_ids: vec![],
                    scope: dingtalk::contact_1_0::ContactCreateManagementGroupRequestScope {
                        scope_type: 1,
                        dept_ids: None,
                    },
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_CreateSecondaryManagementGroup" => apart(|| {
            client
                .contact_1_0()
                .create_secondary_management_group(
                    dingtalk::contact_1_0::CreateSecondaryManagementGroupInput {
                        user_id: "u",
                        group_name: "g",
                        members: vec![],
                        resource_ids: vec![],
                        scope: dingtalk::contact_1_0::ContactCreateSecondaryManagementGroupRequestScope {
                            scope_type: 1,
                            dept_ids: None,
                        },
                    },
                )
                .send().map_ok(drop).map_err(typed).boxed()
        }),
        "contact_UpdateManagementGroup" => apart(|| {
            client
                .contact_1_0()
                .update_management_group(dingtalk::contact_1_0::UpdateManagementGroupInput {
                    group_id: "g",
                    group_name: "g",
                    members: vec![],
                    resource_ids: vec![],
                    scope: dingtalk::contact_1_0::ContactUpdateManagementGroupRequestScope {
                        scope_type: 1,
                        dept_ids: None,
                    },
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_DeleteManagementGroup" => apart(|| {
            client
                .contact_1_0()
                .delete_management_group("g")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_ListManagementGroups" => apart(|| {
            client
                .contact_1_0()
                .list_management_groups(dingtalk::contact_1_0::ListManagementGroupsInput {
                    max_results: 10,
                    next_token: 0,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_QueryResourceManagementMembers" => apart(|| {
            client
                .contact_1_0()
                .query_resource_management_members("r")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_QueryUserManagementResources" => apart(|| {
            client
                .contact_1_0()
                .query_user_management_resources("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_ListBasicRoleInPage" => apart(|| {
            client
                .contact_1_0()
                .list_basic_role_in_page()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_AddAccountMapping" => apart(|| {
            client
                .contact_1_0()
                .add_account_mapping(dingtalk::contact_1_0::AddAccountMappingInput {
                    domain: "d",
                    out_id: "o",
                    out_tenant_id: "t",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_GetAccountMapping" => apart(|| {
            client
                .contact_1_0()
                .get_account_mapping(dingtalk::contact_1_0::GetAccountMappingInput {
                    domain: "d",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_DelAccountMapping" => apart(|| {
            client
                .contact_1_0()
                .del_account_mapping(dingtalk::contact_1_0::DelAccountMappingInput {
                    domain: "d",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_BatchGetUser" => apart(|| {
            client
                .contact_1_0()
                .batch_get_user(ids())
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_GetUserByDingTalkId" => apart(|| {
            client
                .contact_1_0()
                .get_user_by_ding_talk_id()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_UserProfile" => apart(|| {
            client
                .contact_1_0()
                .user_profile()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_IsFriend" => apart(|| {
            client
                .contact_1_0()
                .is_friend()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_SortUser" => apart(|| {
            client
                .contact_1_0()
                .sort_user(ids())
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_OrgInfo" => apart(|| {
            client
                .contact_1_0()
                .org_info()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_GetOrgAuthInfo" => apart(|| {
            client
                .contact_1_0()
                .get_org_auth_info()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_GetLatestDingIndex" => apart(|| {
            client
                .contact_1_0()
                .get_latest_ding_index()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_GetApplyInviteInfo" => apart(|| {
            client
                .contact_1_0()
                .get_apply_invite_info()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_RecallTeamInvite" => apart(|| {
            client
                .contact_1_0()
                .recall_team_invite()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_ListOwnedOrgByStaffId" => apart(|| {
            client
                .contact_1_0()
                .list_owned_org_by_staff_id("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_QueryStatus" => apart(|| {
            client
                .contact_1_0()
                .query_status("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_SetDisable" => apart(|| {
            client
                .contact_1_0()
                .set_disable("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_SetEnable" => apart(|| {
            client
                .contact_1_0()
                .set_enable("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_SignOut" => apart(|| {
            client
                .contact_1_0()
                .sign_out("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_ChangeDingTalkId" => apart(|| {
            client
                .contact_1_0()
                .change_ding_talk_id(dingtalk::contact_1_0::ChangeDingTalkIdInput {
                    ding_talk_id: "d",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_ChangeMainAdmin" => apart(|| {
            client
                .contact_1_0()
                .change_main_admin(dingtalk::contact_1_0::ChangeMainAdminInput {
                    effect_corp_id: "c",
                    source_user_id: "s",
                    target_user_id: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_ChangeMainOrg" => apart(|| {
            client
                .contact_1_0()
                .change_main_org(dingtalk::contact_1_0::ChangeMainOrgInput {
                    new_main_corp_id: "c",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_TransformToExclusiveAccount" => apart(|| {
            client
                .contact_1_0()
                .transform_to_exclusive_account(
                    dingtalk::contact_1_0::TransformToExclusiveAccountInput {
                        transform_type: "t",
                        user_id: "u",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_TransformToNormalAccount" => apart(|| {
            client
                .contact_1_0()
                .transform_to_normal_account("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_AddOrgAccountOwnness" => apart(|| {
            client
                .contact_1_0()
                .add_org_account_ownness(dingtalk::contact_1_0::AddOrgAccountOwnnessInput {
                    user_id: "u",
                    end_time: 2,
                    ownenss_type: 1,
                    ownness_id: 1,
                    start_time: 1,
                    text: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_ModifyOrgAccUserOwnness" => apart(|| {
            client
                .contact_1_0()
                .modify_org_acc_user_ownness(dingtalk::contact_1_0::ModifyOrgAccUserOwnnessInput {
                    user_id: "u",
                    end_time: 2,
                    ownenss_type: 1,
                    ownness_id: 1,
                    start_time: 1,
                    text: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_DelOrgAccUserOwnness" => apart(|| {
            client
                .contact_1_0()
                .del_org_acc_user_ownness(dingtalk::contact_1_0::DelOrgAccUserOwnnessInput {
                    ownenss_type: 1,
                    ownness_id: 1,
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_UpdateUserOwnness" => apart(|| {
            client
                .contact_1_0()
                .update_user_ownness(dingtalk::contact_1_0::UpdateUserOwnnessInput {
                    user_id: "u",
                    deleted_flag: 0,
                    end_time: 2,
                    id: 1,
                    ownenss_type: 1,
                    start_time: 1,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_MultiOrgPermissionGrant" => apart(|| {
            client
                .contact_1_0()
                .multi_org_permission_grant("c")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_OrgAccountMobileVisibleInOtherOrg" => apart(|| {
            client
                .contact_1_0()
                .org_account_mobile_visible_in_other_org(
                    dingtalk::contact_1_0::OrgAccountMobileVisibleInOtherOrgInput {
                        opt_user_id: "u",
                        to_corp_ids: ids(),
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_OrgAccountMobileVisiblePermisson" => apart(|| {
            client
                .contact_1_0()
                .org_account_mobile_visible_permisson(ids())
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_GetMigrationDingIdByDingId" => apart(|| {
            client
                .contact_1_0()
                .get_migration_ding_id_by_ding_id("d")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_GetDingIdByMigrationDingId" => apart(|| {
            client
                .contact_1_0()
                .get_ding_id_by_migration_ding_id("d")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_GetMigrationUnionIdByUnionId" => apart(|| {
            client
                .contact_1_0()
                .get_migration_union_id_by_union_id("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_GetUnionIdByMigrationUnionId" => apart(|| {
            client
                .contact_1_0()
                .get_union_id_by_migration_union_id("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_CreateUserGroup" => apart(|| {
            client
                .contact_1_0()
                .create_user_group(dingtalk::contact_1_0::CreateUserGroupInput {
                    description: "d",
                    name: "n",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_GetUserGroup" => apart(|| {
            client
                .contact_1_0()
                .get_user_group("g")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_ListUserGroups" => apart(|| {
            client
                .contact_1_0()
                .list_user_groups(10)
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_ListUserGroupMembers" => apart(|| {
            client
                .contact_1_0()
                .list_user_group_members(dingtalk::contact_1_0::ListUserGroupMembersInput {
                    group_code: "g",
                    size: 10,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_UserGroupAddStaticGroupMembers" => apart(|| {
            client
                .contact_1_0()
                .user_group_add_static_group_members(
                    dingtalk::contact_1_0::UserGroupAddStaticGroupMembersInput {
                        group_code: "g",
                        user_ids: ids(),
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_UserGroupRemoveStaticGroupMembers" => apart(|| {
            client
                .contact_1_0()
                .user_group_remove_static_group_members(
                    dingtalk::contact_1_0::UserGroupRemoveStaticGroupMembersInput {
                        group_code: "g",
                        user_ids: ids(),
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_DeleteUserGroup" => apart(|| {
            client
                .contact_1_0()
                .delete_user_group("g")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_TalentAddCustomTag" => apart(|| {
            client
                .contact_1_0()
                .talent_add_custom_tag(dingtalk::contact_1_0::TalentAddCustomTagInput {
                    tag_name: "t",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_TalentAddObjectiveTag" => apart(|| {
            client
                .contact_1_0()
                .talent_add_objective_tag(dingtalk::contact_1_0::TalentAddObjectiveTagInput {
                    tag_name: "t",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_TalentAddPersonalityTag" => apart(|| {
            client
                .contact_1_0()
                .talent_add_personality_tag(dingtalk::contact_1_0::TalentAddPersonalityTagInput {
                    category_name: "c",
                    tag_name: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_TalentDeleteCustomTag" => apart(|| {
            client
                .contact_1_0()
                .talent_delete_custom_tag(dingtalk::contact_1_0::TalentDeleteCustomTagInput {
                    tag_code: "t",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_TalentDeleteObjectiveTag" => apart(|| {
            client
                .contact_1_0()
                .talent_delete_objective_tag(dingtalk::contact_1_0::TalentDeleteObjectiveTagInput {
                    tag_code: "t",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_TalentDeletePersonalityTag" => apart(|| {
            client
                .contact_1_0()
                .talent_delete_personality_tag("t")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_TalentLikeTag" => apart(|| {
            client
                .contact_1_0()
                .talent_like_tag(dingtalk::contact_1_0::TalentLikeTagInput {
                    action_type: "like",
                    operator_user_id: "o",
                    tag_code: "t",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_TalentQueryCustomTag" => apart(|| {
            client
                .contact_1_0()
                .talent_query_custom_tag("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_TalentQueryObjectiveTag" => apart(|| {
            client
                .contact_1_0()
                .talent_query_objective_tag("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_TalentQueryPersonalityTag" => apart(|| {
            client
                .contact_1_0()
                .talent_query_personality_tag()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_TalentQueryTagLikeList" => apart(|| {
            client
                .contact_1_0()
                .talent_query_tag_like_list("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_TalentQueryTagLikeDetailList" => apart(|| {
            client
                .contact_1_0()
                .talent_query_tag_like_detail_list(
                    dingtalk::contact_1_0::TalentQueryTagLikeDetailListInput {
                        tag_code: "t",
                        user_id: "u",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_GetCardInUserHolder" => apart(|| {
            client
                .contact_1_0()
                .get_card_in_user_holder("c")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_GetCardInfo" => apart(|| {
            client
                .contact_1_0()
                .get_card_info("c")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_GetCorpCardStyleList" => apart(|| {
            client
                .contact_1_0()
                .get_corp_card_style_list()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_GetUserCardHolderList" => apart(|| {
            client
                .contact_1_0()
                .get_user_card_holder_list(10)
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_IsvCardEventPush" => apart(|| {
            client
                .contact_1_0()
                .isv_card_event_push(dingtalk::contact_1_0::IsvCardEventPushInput {
                    isv_card_id: "c",
                    isv_token: "t",
                    isv_uid: "u",
                    event_params: Default::default(),
                    event_type: "e",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_QueryCardVisitorStatisticData" => apart(|| {
            client
                .contact_1_0()
                .query_card_visitor_statistic_data("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_QueryCorpStatisticData" => apart(|| {
            client
                .contact_1_0()
                .query_corp_statistic_data(dingtalk::contact_1_0::QueryCorpStatisticDataInput {
                    end_time: "2026-06-07",
                    start_time: "2026-06-01",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_QueryCorpUserStatistic" => apart(|| {
            client
                .contact_1_0()
                .query_corp_user_statistic(dingtalk::contact_1_0::QueryCorpUserStatisticInput {
                    end_time: "2026-06-07",
                    max_results: 10,
                    next_token: 0,
                    start_time: "2026-06-01",
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_UniqueQueryUserCard" => apart(|| {
            client
                .contact_1_0()
                .unique_query_user_card("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_CreateCooperateOrg" => apart(|| {
            client
                .contact_1_0()
                .create_cooperate_org("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_GetCooperateOrgInviteInfo" => apart(|| {
            client
                .contact_1_0()
                .get_cooperate_org_invite_info("c")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_BatchApproveUnionApply" => apart(|| {
            client
                .contact_1_0()
                .batch_approve_union_apply()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_UpdateBranchAttributesInCooperate" => apart(|| {
            client
                .contact_1_0()
                .update_branch_attributes_in_cooperate(vec![])
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_UpdateBranchVisibleSettingInCooperate" => apart(|| {
            client
                .contact_1_0()
                .update_branch_visible_setting_in_cooperate(vec![])
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_SeparateBranchOrg" => apart(|| {
            client
                .contact_1_0()
                .separate_branch_org(1)
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_GetBranchAuthData" => apart(|| {
            client
                .contact_1_0()
                .get_branch_auth_data(dingtalk::contact_1_0::GetBranchAuthDataInput {
                    branch_corp_id: "b",
                    code: "c",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_InitVerifyEvent" => apart(|| {
            client
                .contact_1_0()
                .init_verify_event(dingtalk::contact_1_0::InitVerifyEventInput {
                    factor_code_list: ids(),
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_PushVerifyEvent" => apart(|| {
            client
                .contact_1_0()
                .push_verify_event(dingtalk::contact_1_0::PushVerifyEventInput {
                    factor_code_list: ids(),
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_QueryVerifyResult" => apart(|| {
            client
                .contact_1_0()
                .query_verify_result("v")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_AnnualCertificationAudit" => apart(|| {
            client
                .contact_1_0()
                .annual_certification_audit(dingtalk::contact_1_0::AnnualCertificationAuditInput {
                    auth_status: 1,
                    order_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_BatchUpdateExternalTitle" => apart(|| {
            client
                .contact_1_0()
                .batch_update_external_title()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_CourseFinishCourse" => apart(|| {
            client
                .contact_1_0()
                .course_finish_course()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_DeptGroupSettingUpdate" => apart(|| {
            client
                .contact_1_0()
                .dept_group_setting_update(1)
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_UpdateDeptSettngTailFirst" => apart(|| {
            client
                .contact_1_0()
                .update_dept_settng_tail_first(true)
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_UpdateTitleAuditStatus" => apart(|| {
            client
                .contact_1_0()
                .update_title_audit_status()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_SubmitHandoverResource" => apart(|| {
            client
                .contact_1_0()
                .submit_handover_resource(dingtalk::contact_1_0::SubmitHandoverResourceInput {
                    tasks: vec![],
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_TranslateFile" => apart(|| {
            client
                .contact_1_0()
                .translate_file(dingtalk::contact_1_0::TranslateFileInput {
                    medias: Default::default(),
                    union_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "contact_GetTranslateFileJobResult" => apart(|| {
            client
                .contact_1_0()
                .get_translate_file_job_result("j")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // Workflow: approvals, their tasks, comments and attachments
        "workflow_StartProcessInstance" => apart(|| {
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
                .send().map_ok(drop).map_err(typed).boxed()
        }),
        "workflow_GetProcessInstance" => apart(|| {
            client
                .workflow_1_0()
                .get_process_instance("i")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_ListProcessInstanceIds" => apart(|| {
            client
                .workflow_1_0()
                .list_process_instance_ids(dingtalk::workflow_1_0::ListProcessInstanceIdsInput {
                    max_results: 20,
                    next_token: 0,
                    process_code: "p",
                    start_time: 0,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_ExecuteProcessInstance" => apart(|| {
            client
                .workflow_1_0()
                .execute_process_instance(dingtalk::workflow_1_0::ExecuteProcessInstanceInput {
                    actioner_user_id: "u",
                    process_instance_id: "i",
                    result: "agree",
                    task_id: 1,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_RedirectWorkflowTask" => apart(|| {
            client
                .workflow_1_0()
                .redirect_workflow_task(dingtalk::workflow_1_0::RedirectWorkflowTaskInput {
                    operate_user_id: "u",
                    task_id: 1,
                    to_user_id: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_TerminateProcessInstance" => apart(|| {
            client
                .workflow_1_0()
                .terminate_process_instance("i")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_AddProcessInstanceComment" => apart(|| {
            client
                .workflow_1_0()
                .add_process_instance_comment(
                    dingtalk::workflow_1_0::AddProcessInstanceCommentInput {
                        comment_user_id: "u",
                        process_instance_id: "i",
                        text: "t",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_GetUserTodoTaskSum" => apart(|| {
            client
                .workflow_1_0()
                .get_user_todo_task_sum("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_GetProcessCodeByName" => apart(|| {
            client
                .workflow_1_0()
                .get_process_code_by_name("n")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_GetAttachmentSpace" => apart(|| {
            client
                .workflow_1_0()
                .get_attachment_space("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_GrantProcessInstanceForDownloadFile" => apart(|| {
            client
                .workflow_1_0()
                .grant_process_instance_for_download_file(
                    dingtalk::workflow_1_0::GrantProcessInstanceForDownloadFileInput {
                        file_id: "f",
                        process_instance_id: "i",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_BatchExecuteProcessInstances" => apart(|| {
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
                .send().map_ok(drop).map_err(typed).boxed()
        }),
        "workflow_TodoTasks" => apart(|| {
            client
                .workflow_1_0()
                .todo_tasks(dingtalk::workflow_1_0::TodoTasksInput {
                    actioner_user_id: "u",
                    manager_user_id: "m",
                    max_results: 20,
                    next_token: 0,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_BatchTasksRedirect" => apart(|| {
            client
                .workflow_1_0()
                .batch_tasks_redirect(dingtalk::workflow_1_0::BatchTasksRedirectInput {
                    handover_user_id: "u",
                    manager_user_id: "m",
                    task_ids: vec![1],
                    transferee_user_id: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_ListUserVisibleBpmsProcesses" => apart(|| {
            client
                .workflow_1_0()
                .list_user_visible_bpms_processes(
                    dingtalk::workflow_1_0::ListUserVisibleBpmsProcessesInput {
                        max_results: 100,
                        next_token: 0,
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_ListTodoWorkRecords" => apart(|| {
            client
                .workflow_1_0()
                .list_todo_work_records(dingtalk::workflow_1_0::ListTodoWorkRecordsInput {
                    max_results: 20,
                    next_token: 0,
                    status: 0,
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_GetManageProcessByStaffId" => apart(|| {
            client
                .workflow_1_0()
                .get_manage_process_by_staff_id("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_GetConditionFormComponent" => apart(|| {
            client
                .workflow_1_0()
                .get_condition_form_component("p")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_GetSpaceWithDownloadAuth" => apart(|| {
            client
                .workflow_1_0()
                .get_space_with_download_auth(
                    dingtalk::workflow_1_0::GetSpaceWithDownloadAuthInput {
                        file_id: "f",
                        process_instance_id: "i",
                        user_id: "u",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_AddApproveDentryAuth" => apart(|| {
            client
                .workflow_1_0()
                .add_approve_dentry_auth(dingtalk::workflow_1_0::AddApproveDentryAuthInput {
                    file_infos: vec![
                        dingtalk::workflow_1_0::WorkflowAddApproveDentryAuthRequestFileInfos {
                            file_id: "f".into(),
                            space_id: 1,
                        },
                    ],
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_SaveProcess" => apart(|| {
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
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_DeleteProcess" => apart(|| {
            client
                .workflow_1_0()
                .delete_process("p")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_SaveIntegratedInstance" => apart(|| {
            client
                .workflow_1_0()
                .save_integrated_instance(dingtalk::workflow_1_0::SaveIntegratedInstanceInput {
                    originator_user_id: "u",
                    process_code: "p",
                    url: "https://example.com/i",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_UpdateProcessInstance" => apart(|| {
            client
                .workflow_1_0()
                .update_process_instance(dingtalk::workflow_1_0::UpdateProcessInstanceInput {
                    process_instance_id: "i",
                    status: "COMPLETED",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_CreateIntegratedTask" => apart(|| {
            client
                .workflow_1_0()
                .create_integrated_task(dingtalk::workflow_1_0::CreateIntegratedTaskInput {
                    process_instance_id: "i",
                    tasks: vec![Default::default()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_UpdateIntegratedTask" => apart(|| {
            client
                .workflow_1_0()
                .update_integrated_task(vec![
                    dingtalk::workflow_1_0::WorkflowUpdateIntegratedTaskRequestTasks {
                        result: None,
                        status: "CANCELED".into(),
                        task_id: 1,
                    },
                ])
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_CancelIntegratedTask" => apart(|| {
            client
                .workflow_1_0()
                .cancel_integrated_task(dingtalk::workflow_1_0::CancelIntegratedTaskInput {
                    activity_id: "a",
                    process_instance_id: "i",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_QueryIntegratedTodoTask" => apart(|| {
            client
                .workflow_1_0()
                .query_integrated_todo_task(dingtalk::workflow_1_0::QueryIntegratedTodoTaskInput {
                    page_number: 1,
                    page_size: 20,
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_GrantCspaceAuthorization" => apart(|| {
            client
                .workflow_1_0()
                .grant_cspace_authorization(dingtalk::workflow_1_0::GrantCspaceAuthorizationInput {
                    space_id: "s",
                    r#type: "add",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_GetFieldModifiedHistory" => apart(|| {
            client
                .workflow_1_0()
                .get_field_modified_history(dingtalk::workflow_1_0::GetFieldModifiedHistoryInput {
                    field_id: "f",
                    process_instance_id: "i",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_FormCreate" => apart(|| {
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
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_ProcessForecast" => {
            apart(|| {
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
                .send().map_ok(drop).map_err(typed).boxed()
            })
        }
        "workflow_QuerySchemaByProcessCode" => apart(|| {
            client
                .workflow_1_0()
                .query_schema_by_process_code("p")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumAddApproveDentryAuth" => apart(|| {
            client
                .workflow_1_0()
                .premium_add_approve_dentry_auth(dingtalk::workflow_1_0::PremiumAddApproveDentryAuthInput {
                    file_infos: vec![dingtalk::workflow_1_0::WorkflowPremiumAddApproveDentryAuthRequestFileInfos {
                        file_id: "f".into(),
                        space_id: 1,
                    }],
                    user_id: "u",
                })
                .send().map_ok(drop).map_err(typed).boxed()
        }),
        "workflow_PremiumGetAttachmentSpace" => apart(|| {
            client
                .workflow_1_0()
                .premium_get_attachment_space("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumGetSpaceWithDownloadAuth" => apart(|| {
            client
                .workflow_1_0()
                .premium_get_space_with_download_auth(
                    dingtalk::workflow_1_0::PremiumGetSpaceWithDownloadAuthInput {
                        file_id: "f",
                        process_instance_id: "i",
                        user_id: "u",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumGrantProcessInstanceForDownloadFile" => apart(|| {
            client
                .workflow_1_0()
                .premium_grant_process_instance_for_download_file(
                    dingtalk::workflow_1_0::PremiumGrantProcessInstanceForDownloadFileInput {
                        file_id: "f",
                        process_instance_id: "i",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumBatchExecuteProcessInstances" => apart(|| {
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
                .send().map_ok(drop).map_err(typed).boxed()
        }),
        "workflow_PremiumRedirectTasksByManager" => apart(|| {
            client
                .workflow_1_0()
                .premium_redirect_tasks_by_manager(
                    dingtalk::workflow_1_0::PremiumRedirectTasksByManagerInput {
                        handover_user_id: "u",
                        manager_user_id: "m",
                        task_ids: vec![1],
                        transferee_user_id: "t",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumQueryTodoTasksByManager" => apart(|| {
            client
                .workflow_1_0()
                .premium_query_todo_tasks_by_manager(
                    dingtalk::workflow_1_0::PremiumQueryTodoTasksByManagerInput {
                        actioner_user_id: "u",
                        manager_user_id: "m",
                        max_results: 20,
                        next_token: 0,
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumGetFieldModifiedHistory" => apart(|| {
            client
                .workflow_1_0()
                .premium_get_field_modified_history(
                    dingtalk::workflow_1_0::PremiumGetFieldModifiedHistoryInput {
                        field_id: "f",
                        process_instance_id: "i",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumSaveIntegratedProcess" => apart(|| {
            client
                .workflow_1_0()
                .premium_save_integrated_process(
                    dingtalk::workflow_1_0::PremiumSaveIntegratedProcessInput {
                        form_components: vec![dingtalk::workflow_1_0::WorkflowFormComponent {
                            children: None,
                            component_type: "TextField".into(),
                            props: Default::default(),
                        }],
                        name: "n",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumSaveIntegratedProcessInstance" => apart(|| {
            client
                .workflow_1_0()
                .premium_save_integrated_process_instance(
                    dingtalk::workflow_1_0::PremiumSaveIntegratedProcessInstanceInput {
                        originator_user_id: "u",
                        process_code: "p",
                        url: "https://example.com/i",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumSaveIntegratedTask" => apart(|| {
            client
                .workflow_1_0()
                .premium_save_integrated_task(
                    dingtalk::workflow_1_0::PremiumSaveIntegratedTaskInput {
                        process_instance_id: "i",
                        tasks: vec![Default::default()],
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_GetProcessInstanceWithExtra" => apart(|| {
            client
                .workflow_1_0()
                .get_process_instance_with_extra("i")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_GetHandSignDownloadUrl" => apart(|| {
            client
                .workflow_1_0()
                .get_hand_sign_download_url(dingtalk::workflow_1_0::GetHandSignDownloadUrlInput {
                    hand_sign_token: "h",
                    process_instance_id: "i",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_ArchiveProcessInstance" => apart(|| {
            client
                .workflow_1_0()
                .archive_process_instance(dingtalk::workflow_1_0::ArchiveProcessInstanceInput {
                    op_user_id: "u",
                    process_instance_id: "i",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumUpdateProcessInstanceVariables" => apart(|| {
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
                .send().map_ok(drop).map_err(typed).boxed()
        }),
        "workflow_PremiumGetInstFieldSetting" => apart(|| {
            client
                .workflow_1_0()
                .premium_get_inst_field_setting(
                    dingtalk::workflow_1_0::PremiumGetInstFieldSettingInput {
                        process_instance_id: "i",
                        user_id: "u",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumGetTodoTasks" => apart(|| {
            client
                .workflow_1_0()
                .premium_get_todo_tasks(dingtalk::workflow_1_0::PremiumGetTodoTasksInput {
                    page_number: 1,
                    page_size: 20,
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumGetDoneTasks" => apart(|| {
            client
                .workflow_1_0()
                .premium_get_done_tasks(dingtalk::workflow_1_0::PremiumGetDoneTasksInput {
                    page_number: 1,
                    page_size: 20,
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumGetSubmittedInstances" => apart(|| {
            client
                .workflow_1_0()
                .premium_get_submitted_instances(
                    dingtalk::workflow_1_0::PremiumGetSubmittedInstancesInput {
                        page_number: 1,
                        page_size: 20,
                        user_id: "u",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumGetNoticedInstances" => apart(|| {
            client
                .workflow_1_0()
                .premium_get_noticed_instances(
                    dingtalk::workflow_1_0::PremiumGetNoticedInstancesInput {
                        page_number: 1,
                        page_size: 20,
                        user_id: "u",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_QueryFormInstance" => apart(|| {
            client
                .workflow_1_0()
                .query_form_instance(dingtalk::workflow_1_0::QueryFormInstanceInput {
                    form_code: "f",
                    form_instance_id: "i",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumGetFormInstance" => apart(|| {
            client
                .workflow_1_0()
                .premium_get_form_instance(dingtalk::workflow_1_0::PremiumGetFormInstanceInput {
                    form_code: "f",
                    form_instance_id: "i",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_QueryAllFormInstances" => apart(|| {
            client
                .workflow_1_0()
                .query_all_form_instances(dingtalk::workflow_1_0::QueryAllFormInstancesInput {
                    form_code: "f",
                    max_results: 20,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumGetFormInstances" => apart(|| {
            client
                .workflow_1_0()
                .premium_get_form_instances(dingtalk::workflow_1_0::PremiumGetFormInstancesInput {
                    form_code: "f",
                    max_results: 20,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_QueryAllProcessInstances" => apart(|| {
            client
                .workflow_1_0()
                .query_all_process_instances(
                    dingtalk::workflow_1_0::QueryAllProcessInstancesInput {
                        max_results: 20,
                        process_code: "p",
                        start_time_in_mills: 0,
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumGetProcessInstances" => apart(|| {
            client
                .workflow_1_0()
                .premium_get_process_instances(
                    dingtalk::workflow_1_0::PremiumGetProcessInstancesInput {
                        max_results: 20,
                        process_code: "p",
                        start_time_in_mills: 0,
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_QueryFormByBizType" => apart(|| {
            client
                .workflow_1_0()
                .query_form_by_biz_type(dingtalk::workflow_1_0::QueryFormByBizTypeInput {
                    app_uuid: "a",
                    biz_types: vec!["b".into()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_QueryProcessByBizCategoryId" => apart(|| {
            client
                .workflow_1_0()
                .query_process_by_biz_category_id("b")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_QuerySchemaAndProcess" => apart(|| {
            client
                .workflow_1_0()
                .query_schema_and_process("p")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_GetSchemaAndProcessconfigBatchlly" => apart(|| {
            client
                .workflow_1_0()
                .get_schema_and_processconfig_batchlly()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumQuerySchemaAndProcessByCodeList" => apart(|| {
            client
                .workflow_1_0()
                .premium_query_schema_and_process_by_code_list(vec!["p".into()])
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumGetFormSchema" => apart(|| {
            client
                .workflow_1_0()
                .premium_get_form_schema("p")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_GetCrmProcCodes" => apart(|| {
            client
                .workflow_1_0()
                .get_crm_proc_codes()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_GetProcessConfig" => apart(|| {
            client
                .workflow_1_0()
                .get_process_config("p")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PagesExportInstances" => apart(|| {
            client
                .workflow_1_0()
                .pages_export_instances(dingtalk::workflow_1_0::PagesExportInstancesInput {
                    max_results: 20,
                    next_token: "0",
                    process_code: "p",
                    start_time_in_mills: 0,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_SetWorkflowTaskAgent" => apart(|| {
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
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_InstallApp" => apart(|| {
            client
                .workflow_1_0()
                .install_app(dingtalk::workflow_1_0::InstallAppInput {
                    install_option: Default::default(),
                    source_dir_name: "d",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_CopyProcess" => apart(|| {
            client
                .workflow_1_0()
                .copy_process(dingtalk::workflow_1_0::CopyProcessInput {
                    source_corp_id: "c",
                    source_process_vo_list: vec![
                        dingtalk::workflow_1_0::WorkflowCopyProcessRequestSourceProcessVoList {
                            biz_type: None,
                            name: None,
                            process_code: "p".into(),
                        },
                    ],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_CleanProcessData" => apart(|| {
            client
                .workflow_1_0()
                .clean_process_data(dingtalk::workflow_1_0::CleanProcessDataInput {
                    corp_id: "c",
                    process_code: "p",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_InsertOrUpdateDir" => apart(|| {
            client
                .workflow_1_0()
                .insert_or_update_dir(dingtalk::workflow_1_0::InsertOrUpdateDirInput {
                    name18n: "n",
                    operate_user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_DeleteDir" => apart(|| {
            client
                .workflow_1_0()
                .delete_dir("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumInsertOrUpdateDir" => apart(|| {
            client
                .workflow_1_0()
                .premium_insert_or_update_dir(
                    dingtalk::workflow_1_0::PremiumInsertOrUpdateDirInput {
                        biz_group: "b",
                        name: "n",
                        name18n: "n",
                        operate_user_id: "u",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumDelDir" => apart(|| {
            client
                .workflow_1_0()
                .premium_del_dir(dingtalk::workflow_1_0::PremiumDelDirInput {
                    dir_id: "d",
                    operate_user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumAppendTask" => apart(|| {
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
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumRevertTask" => apart(|| {
            client
                .workflow_1_0()
                .premium_revert_task(dingtalk::workflow_1_0::PremiumRevertTaskInput {
                    operate_user_id: "o",
                    process_instance_id: "i",
                    revert_action: "r",
                    target_activity_id: "a",
                    task_id: 1,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumSaveForm" => apart(|| {
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
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "workflow_PremiumSaveFormInstance" => apart(|| {
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
                .send().map_ok(drop).map_err(typed).boxed()
        }),
        "workflow_PremiumUpdateFormInstance" => apart(|| {
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
                .send().map_ok(drop).map_err(typed).boxed()
        }),
        "workflow_PremiumDeleteFormInstance" => apart(|| {
            client
                .workflow_1_0()
                .premium_delete_form_instance("p")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // IM (im_1_0): each call is boxed, so that its temporaries stay out of
        // this function's stack frame, which its many arms make large.
        "im_CreateGroup" => apart(|| {
            client
                .im_1_0()
                .create_group(dingtalk::im_1_0::CreateGroupInput {
                    name: "n",
                    owner: "o",
                    useridlist: vec!["u".to_owned()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpdateGroup" => apart(|| {
            client
                .im_1_0()
                .update_group("c")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_ChatIdToOpenConversationId" => apart(|| {
            client
                .im_1_0()
                .chat_id_to_open_conversation_id("c")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_ChatSubAdminUpdate" => apart(|| {
            client
                .im_1_0()
                .chat_sub_admin_update(dingtalk::im_1_0::ChatSubAdminUpdateInput {
                    open_conversation_id: "g",
                    role: 2,
                    user_ids: vec!["u".to_owned()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_CreateSceneGroup" => apart(|| {
            client
                .im_1_0()
                .create_scene_group(dingtalk::im_1_0::CreateSceneGroupInput {
                    owner_user_id: "o",
                    template_id: "t",
                    title: "n",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpdateSceneGroup" => apart(|| {
            client
                .im_1_0()
                .update_scene_group("g")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_DsbandOpenSceneGroup" => apart(|| {
            client
                .im_1_0()
                .dsband_open_scene_group("g")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_AddSceneGroupMember" => apart(|| {
            client
                .im_1_0()
                .add_scene_group_member("g")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_RemoveSceneGroupMember" => apart(|| {
            client
                .im_1_0()
                .remove_scene_group_member("g")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_BatchQueryGroupMember" => apart(|| {
            client
                .im_1_0()
                .batch_query_group_member(dingtalk::im_1_0::BatchQueryGroupMemberInput {
                    max_results: 10,
                    open_conversation_id: "g",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_GetSceneGroupInfo" => apart(|| {
            client
                .im_1_0()
                .get_scene_group_info("g")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpdateGroupSubAdmin" => apart(|| {
            client
                .im_1_0()
                .update_group_sub_admin(dingtalk::im_1_0::UpdateGroupSubAdminInput {
                    open_conversation_id: "g",
                    role: 2,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryGroupMuteStatus" => apart(|| {
            client
                .im_1_0()
                .query_group_mute_status(dingtalk::im_1_0::QueryGroupMuteStatusInput {
                    open_conversation_id: "g",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpdateMemberBanWords" => apart(|| {
            client
                .im_1_0()
                .update_member_ban_words(dingtalk::im_1_0::UpdateMemberBanWordsInput {
                    mute_duration: 1000,
                    mute_status: 1,
                    open_conversation_id: "g",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpdateMemberGroupNick" => apart(|| {
            client
                .im_1_0()
                .update_member_group_nick(dingtalk::im_1_0::UpdateMemberGroupNickInput {
                    group_nick: "n",
                    open_conversation_id: "g",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QuerySceneGroupTemplateRobot" => apart(|| {
            client
                .im_1_0()
                .query_scene_group_template_robot()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_SendInteractiveCard" => apart(|| {
            client
                .im_1_0()
                .send_interactive_card(dingtalk::im_1_0::SendInteractiveCardInput {
                    card_data: Default::default(),
                    card_template_id: "t",
                    conversation_type: 1,
                    out_track_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpdateInteractiveCard" => apart(|| {
            client
                .im_1_0()
                .update_interactive_card()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_SendOTOInteractiveCard" => apart(|| {
            client
                .im_1_0()
                .send_oto_interactive_card(dingtalk::im_1_0::SendOtoInteractiveCardInput {
                    card_data: Default::default(),
                    card_template_id: "t",
                    out_track_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_SendRobotInteractiveCard" => apart(|| {
            client
                .im_1_0()
                .send_robot_interactive_card(dingtalk::im_1_0::SendRobotInteractiveCardInput {
                    card_biz_id: "b",
                    card_data: "{}",
                    card_template_id: "StandardCard",
                    robot_code: "r",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpdateRobotInteractiveCard" => apart(|| {
            client
                .im_1_0()
                .update_robot_interactive_card("b")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_SendTemplateInteractiveCard" => apart(|| {
            client
                .im_1_0()
                .send_template_interactive_card(
                    dingtalk::im_1_0::SendTemplateInteractiveCardInput {
                        card_data: "{}",
                        card_template_id: "TuWenCard01",
                        out_track_id: "o",
                        robot_code: "r",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_InteractiveCardCreateInstance" => apart(|| {
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_TopboxOpen" => apart(|| {
            client
                .im_1_0()
                .topbox_open("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_TopboxClose" => apart(|| {
            client
                .im_1_0()
                .topbox_close("o")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_CreateStoreGroupConversation" => apart(|| {
            client
                .im_1_0()
                .create_store_group_conversation(
                    dingtalk::im_1_0::CreateStoreGroupConversationInput {
                        app_user_id: "a",
                        business_unique_key: "k",
                        group_name: "n",
                        group_template_id: "t",
                        operator_id: "o",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_CreateCoupleGroupConversation" => apart(|| {
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_CreateGroupConversation" => apart(|| {
            client
                .im_1_0()
                .create_group_conversation(dingtalk::im_1_0::CreateGroupConversationInput {
                    group_name: "n",
                    group_owner_id: "o",
                    group_template_id: "t",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_CreateInterconnection" => apart(|| {
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_GetConversationUrl" => apart(|| {
            client
                .im_1_0()
                .get_conversation_url(dingtalk::im_1_0::GetConversationUrlInput {
                    app_user_id: "a",
                    channel_code: "c",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QuerySingleGroup" => apart(|| {
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryUnReadMessage" => apart(|| {
            client
                .im_1_0()
                .query_un_read_message("a")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_addGroupMember" => apart(|| {
            client
                .im_1_0()
                .add_group_member(dingtalk::im_1_0::AddGroupMemberInput {
                    open_conversation_id: "g",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_removeGroupMember" => apart(|| {
            client
                .im_1_0()
                .remove_group_member(dingtalk::im_1_0::RemoveGroupMemberInput {
                    open_conversation_id: "g",
                    operator_id: "o",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpdateGroupAvatar" => apart(|| {
            client
                .im_1_0()
                .update_group_avatar(dingtalk::im_1_0::UpdateGroupAvatarInput {
                    group_avatar: "https://example.com/a.png",
                    open_conversation_id: "g",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpdateGroupName" => apart(|| {
            client
                .im_1_0()
                .update_group_name(dingtalk::im_1_0::UpdateGroupNameInput {
                    group_name: "n",
                    open_conversation_id: "g",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_ChangeGroupOwner" => apart(|| {
            client
                .im_1_0()
                .change_group_owner(dingtalk::im_1_0::ChangeGroupOwnerInput {
                    group_owner_id: "o",
                    group_owner_type: 2,
                    open_conversation_id: "g",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_DismissGroupConversation" => apart(|| {
            client
                .im_1_0()
                .dismiss_group_conversation("g")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryGroupMember" => apart(|| {
            client
                .im_1_0()
                .query_group_member("g")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_SendRobotMessage" => apart(|| {
            client
                .im_1_0()
                .send_robot_message(dingtalk::im_1_0::SendRobotMessageInput {
                    msg_content: "{}",
                    msg_type: "text",
                    open_conversation_ids: vec!["g".to_owned()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_sendMessage" => apart(|| {
            client
                .im_1_0()
                .send_message(dingtalk::im_1_0::SendMessageInput {
                    message: "{}",
                    message_type: "text",
                    sender_id: "s",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_sendDingMessage" => apart(|| {
            client
                .im_1_0()
                .send_ding_message(dingtalk::im_1_0::SendDingMessageInput {
                    code: "c",
                    message: "{}",
                    message_type: "text",
                    sender_id: "s",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_AddOrgTextEmotion" => apart(|| {
            client
                .im_1_0()
                .add_org_text_emotion(dingtalk::im_1_0::AddOrgTextEmotionInput {
                    background_media_id: "m",
                    background_media_id_for_panel: "m",
                    dept_id: 1,
                    emotion_name: "e",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_ListOrgTextEmotion" => apart(|| {
            client
                .im_1_0()
                .list_org_text_emotion()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_DeleteOrgTextEmotion" => apart(|| {
            client
                .im_1_0()
                .delete_org_text_emotion(dingtalk::im_1_0::DeleteOrgTextEmotionInput {
                    dept_id: 1,
                    emotion_ids: vec!["u".to_owned()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpdateConvNavTab" => apart(|| {
            client
                .im_1_0()
                .update_conv_nav_tab()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_ListConvNavTab" => apart(|| {
            client
                .im_1_0()
                .list_conv_nav_tab()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_SortConvNavTab" => apart(|| {
            client
                .im_1_0()
                .sort_conv_nav_tab()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_DeleteConvNavTab" => apart(|| {
            client
                .im_1_0()
                .delete_conv_nav_tab()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_CreateCustomGroupRole" => apart(|| {
            client
                .im_1_0()
                .create_custom_group_role(dingtalk::im_1_0::CreateCustomGroupRoleInput {
                    open_conversation_id: "g",
                    role_name: "r",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpdateCustomGroupRole" => apart(|| {
            client
                .im_1_0()
                .update_custom_group_role(dingtalk::im_1_0::UpdateCustomGroupRoleInput {
                    open_conversation_id: "g",
                    open_role_id: "r",
                    role_name: "r",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryCustomGroupRoles" => apart(|| {
            client
                .im_1_0()
                .query_custom_group_roles(dingtalk::im_1_0::QueryCustomGroupRolesInput {
                    open_conversation_id: "g",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_RemoveCustomGroupRole" => apart(|| {
            client
                .im_1_0()
                .remove_custom_group_role(dingtalk::im_1_0::RemoveCustomGroupRoleInput {
                    open_conversation_id: "g",
                    open_role_id: "r",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_CreateCustomUserRoles" => apart(|| {
            client
                .im_1_0()
                .create_custom_user_roles(dingtalk::im_1_0::CreateCustomUserRolesInput {
                    open_conversation_id: "g",
                    open_role_ids: vec!["u".to_owned()],
                    target_user_id: "t",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryCustomGroupRolesByUser" => apart(|| {
            client
                .im_1_0()
                .query_custom_group_roles_by_user(
                    dingtalk::im_1_0::QueryCustomGroupRolesByUserInput {
                        open_conversation_id: "g",
                        user_id: "u",
                        viewed_user_id: "v",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_RemoveCustomUserRoles" => apart(|| {
            client
                .im_1_0()
                .remove_custom_user_roles(dingtalk::im_1_0::RemoveCustomUserRolesInput {
                    open_conversation_id: "g",
                    open_role_ids: vec!["u".to_owned()],
                    target_user_id: "t",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_OpenGroupRoleAdd" => apart(|| {
            client
                .im_1_0()
                .open_group_role_add(dingtalk::im_1_0::OpenGroupRoleAddInput {
                    open_conversation_id: "g",
                    role_name: "r",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_OpenGroupRoleUpdate" => apart(|| {
            client
                .im_1_0()
                .open_group_role_update(dingtalk::im_1_0::OpenGroupRoleUpdateInput {
                    open_conversation_id: "g",
                    open_role_id: "r",
                    role_name: "r",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_OpenGroupRoleQuery" => apart(|| {
            client
                .im_1_0()
                .open_group_role_query(dingtalk::im_1_0::OpenGroupRoleQueryInput {
                    open_conversation_id: "g",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_OpenGroupRoleRemove" => apart(|| {
            client
                .im_1_0()
                .open_group_role_remove(dingtalk::im_1_0::OpenGroupRoleRemoveInput {
                    open_conversation_id: "g",
                    open_role_id: "r",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_OpenGroupUserRoleQuery" => apart(|| {
            client
                .im_1_0()
                .open_group_user_role_query(dingtalk::im_1_0::OpenGroupUserRoleQueryInput {
                    open_conversation_id: "g",
                    user_id: "u",
                    viewed_user_id: "v",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryUserGroupRoles" => apart(|| {
            client
                .im_1_0()
                .query_user_group_roles()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpdateTheGroupRolesOfGroupMember" => apart(|| {
            client
                .im_1_0()
                .update_the_group_roles_of_group_member(
                    dingtalk::im_1_0::UpdateTheGroupRolesOfGroupMemberInput {
                        open_conversation_id: "g",
                        user_id: "u",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryMembersOfGroupRole" => apart(|| {
            client
                .im_1_0()
                .query_members_of_group_role(dingtalk::im_1_0::QueryMembersOfGroupRoleInput {
                    open_conversation_id: "g",
                    open_role_id: "r",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_AddUnfurlingRegister" => apart(|| {
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryUnfurlingRegisterInfo" => apart(|| {
            client
                .im_1_0()
                .query_unfurling_register_info("a")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpdateUnfurlingRegister" => apart(|| {
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_CopyUnfurlingRegister" => apart(|| {
            client
                .im_1_0()
                .copy_unfurling_register(dingtalk::im_1_0::CopyUnfurlingRegisterInput {
                    app_id: "a",
                    id: 1,
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryUnfurlingRegisterCreator" => apart(|| {
            client
                .im_1_0()
                .query_unfurling_register_creator(
                    dingtalk::im_1_0::QueryUnfurlingRegisterCreatorInput {
                        domain: "d",
                        path: "/p",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_DebugUnfurlingRegister" => apart(|| {
            client
                .im_1_0()
                .debug_unfurling_register(dingtalk::im_1_0::DebugUnfurlingRegisterInput {
                    app_id: "a",
                    id: 1,
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_ReleaseUnfurlingRegister" => apart(|| {
            client
                .im_1_0()
                .release_unfurling_register(dingtalk::im_1_0::ReleaseUnfurlingRegisterInput {
                    app_id: "a",
                    id: 1,
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_OfflineUnfurlingRegister" => apart(|| {
            client
                .im_1_0()
                .offline_unfurling_register(dingtalk::im_1_0::OfflineUnfurlingRegisterInput {
                    app_id: "a",
                    id: 1,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpdateUnfurlingRegisterStatus" => apart(|| {
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_CountOrgMessageOpenSceneGroups" => apart(|| {
            client
                .im_1_0()
                .count_org_message_open_scene_groups()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_CountOpenMsgSceneGroups" => apart(|| {
            client
                .im_1_0()
                .count_open_msg_scene_groups("t")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_CountSceneGroupsByTemplateId" => apart(|| {
            client
                .im_1_0()
                .count_scene_groups_by_template_id("t")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_ListSceneGroupsByTemplateId" => apart(|| {
            client
                .im_1_0()
                .list_scene_groups_by_template_id(
                    dingtalk::im_1_0::ListSceneGroupsByTemplateIdInput {
                        template_id: "t",
                        page_number: 1,
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_ListGroupTemplatesByOrgId" => apart(|| {
            client
                .im_1_0()
                .list_group_templates_by_org_id(1)
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_GetSceneGroupTemplateMessageOpenStatus" => apart(|| {
            client
                .im_1_0()
                .get_scene_group_template_message_open_status("t")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpdateSceneGroupTemplateMessageOpenStatus" => apart(|| {
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_GetSuperAdminOpenSceneGroupInfo" => apart(|| {
            client
                .im_1_0()
                .get_super_admin_open_scene_group_info("g")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_FreezeGroup" => apart(|| {
            client
                .im_1_0()
                .freeze_group("g")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_SuperAdminApplyTemplate" => apart(|| {
            client
                .im_1_0()
                .super_admin_apply_template(dingtalk::im_1_0::SuperAdminApplyTemplateInput {
                    open_conversation_id: "g",
                    owner_user_id: "o",
                    template_id: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_SuperAdminCloseTemplate" => apart(|| {
            client
                .im_1_0()
                .super_admin_close_template(dingtalk::im_1_0::SuperAdminCloseTemplateInput {
                    open_conversation_id: "g",
                    owner_user_id: "o",
                    template_id: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpgradeToExternalGroup" => apart(|| {
            client
                .im_1_0()
                .upgrade_to_external_group(dingtalk::im_1_0::UpgradeToExternalGroupInput {
                    open_conversation_id: "g",
                    template_id: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpgradeToServiceGroup" => apart(|| {
            client
                .im_1_0()
                .upgrade_to_service_group(dingtalk::im_1_0::UpgradeToServiceGroupInput {
                    open_conversation_id: "g",
                    template_id: "t",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryUserViewGroupLastMessageTime" => apart(|| {
            client
                .im_1_0()
                .query_user_view_group_last_message_time("g")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_CreateSceneGroupConversation" => apart(|| {
            client
                .im_1_0()
                .create_scene_group_conversation(
                    dingtalk::im_1_0::CreateSceneGroupConversationInput {
                        group_name: "n",
                        group_owner_id: "o",
                        template_id: "t",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_CreateGroupFromOldGroup" => apart(|| {
            client
                .im_1_0()
                .create_group_from_old_group(dingtalk::im_1_0::CreateGroupFromOldGroupInput {
                    src_open_conversation_id: "g",
                    template_id: "t",
                    uuid: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_GetSceneGroupMembers" => apart(|| {
            client
                .im_1_0()
                .get_scene_group_members(dingtalk::im_1_0::GetSceneGroupMembersInput {
                    cool_app_code: "c",
                    cursor: "0",
                    open_conversation_id: "g",
                    size: 10,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpdateGroupPermission" => apart(|| {
            client
                .im_1_0()
                .update_group_permission()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_GetSceneGroupDetailInfo" => apart(|| {
            client
                .im_1_0()
                .get_scene_group_detail_info("g")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_GroupBanWords" => apart(|| {
            client
                .im_1_0()
                .group_ban_words()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_SetRightPanel" => apart(|| {
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_AddRobotToConversation" => apart(|| {
            client
                .im_1_0()
                .add_robot_to_conversation(dingtalk::im_1_0::AddRobotToConversationInput {
                    open_conversation_id: "g",
                    robot_code: "r",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_RemoveRobotFromConversation" => apart(|| {
            client
                .im_1_0()
                .remove_robot_from_conversation(
                    dingtalk::im_1_0::RemoveRobotFromConversationInput {
                        chat_bot_user_id: "b",
                        open_conversation_id: "g",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpdateRobotInOrg" => apart(|| {
            client
                .im_1_0()
                .update_robot_in_org("r")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_InstallRobotToOrg" => apart(|| {
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_CheckUserIsGroupMember" => apart(|| {
            client
                .im_1_0()
                .check_user_is_group_member(dingtalk::im_1_0::CheckUserIsGroupMemberInput {
                    open_conversation_id: "g",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_GetInnerGroupMembers" => apart(|| {
            client
                .im_1_0()
                .get_inner_group_members(dingtalk::im_1_0::GetInnerGroupMembersInput {
                    max_results: 10,
                    open_conversation_id: "g",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryInnerGroupMemberList" => apart(|| {
            client
                .im_1_0()
                .query_inner_group_member_list(dingtalk::im_1_0::QueryInnerGroupMemberListInput {
                    max_results: 10,
                    next_token: 0,
                    open_conversation_id: "g",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_GetNewestInnerGroups" => apart(|| {
            client
                .im_1_0()
                .get_newest_inner_groups("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryInnerGroupRecentList" => apart(|| {
            client
                .im_1_0()
                .query_inner_group_recent_list("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_SearchInnerGroups" => apart(|| {
            client
                .im_1_0()
                .search_inner_groups(dingtalk::im_1_0::SearchInnerGroupsInput {
                    max_results: 10,
                    search_key: "k",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_OpenInnerGroupTransferToDeptGroup" => apart(|| {
            client
                .im_1_0()
                .open_inner_group_transfer_to_dept_group(
                    dingtalk::im_1_0::OpenInnerGroupTransferToDeptGroupInput {
                        dept_id: 1,
                        open_conversation_id: "g",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryOpenGroupBaseInfo" => apart(|| {
            client
                .im_1_0()
                .query_open_group_base_info()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_OpenSearchGroupList" => apart(|| {
            client
                .im_1_0()
                .open_search_group_list("u")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_GroupManageQuery" => apart(|| {
            client
                .im_1_0()
                .group_manage_query()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_GroupManageReduce" => apart(|| {
            client
                .im_1_0()
                .group_manage_reduce()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_GroupCapacityInquiry" => apart(|| {
            client
                .im_1_0()
                .group_capacity_inquiry()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_GroupCapacityOrderPlace" => apart(|| {
            client
                .im_1_0()
                .group_capacity_order_place()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_GroupCapacityOrderConfirm" => apart(|| {
            client
                .im_1_0()
                .group_capacity_order_confirm()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryUserGroupAliasTitle" => apart(|| {
            client
                .im_1_0()
                .query_user_group_alias_title(dingtalk::im_1_0::QueryUserGroupAliasTitleInput {
                    open_conversation_id: "g",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpdateUserGroupAliasTitle" => apart(|| {
            client
                .im_1_0()
                .update_user_group_alias_title(dingtalk::im_1_0::UpdateUserGroupAliasTitleInput {
                    open_conversation_id: "g",
                    title: "t",
                    user_id: "u",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_GetGroupMembersByUserToken" => apart(|| {
            client
                .im_1_0()
                .get_group_members_by_user_token(
                    dingtalk::im_1_0::GetGroupMembersByUserTokenInput {
                        max_results: 10,
                        open_conversation_id: "g",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_SendPersonalMessage" => apart(|| {
            client
                .im_1_0()
                .send_personal_message(dingtalk::im_1_0::SendPersonalMessageInput {
                    content: "c",
                    msg_type: "text",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_PersonalSendCardMessage" => apart(|| {
            client
                .im_1_0()
                .personal_send_card_message()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_OpenUserSendCardMessage" => apart(|| {
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryPersonalMessageReadStatus" => apart(|| {
            client
                .im_1_0()
                .query_personal_message_read_status(
                    dingtalk::im_1_0::QueryPersonalMessageReadStatusInput {
                        open_conversation_id: "g",
                        open_message_id: "m",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_ReadPersonalMessage" => apart(|| {
            client
                    .im_1_0()
                    .read_personal_message(vec![
                        dingtalk::im_1_0::ImReadPersonalMessageRequestDingOpenConversationMessageIdArray {
                            open_conversation_id: "g".into(),
                            open_message_id: "m".into(),
                        },
                    ])
                    .send().map_ok(drop).map_err(typed).boxed()
        }),
        "im_RecallPersonalMessage" => apart(|| {
            client
                .im_1_0()
                .recall_personal_message()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryGroupInfoByMemberAuth" => apart(|| {
            client
                .im_1_0()
                .query_group_info_by_member_auth(
                    dingtalk::im_1_0::QueryGroupInfoByMemberAuthInput {
                        cool_app_code: "c",
                        open_conversation_id: "g",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryGroupMemberByMemberAuth" => apart(|| {
            client
                .im_1_0()
                .query_group_member_by_member_auth(
                    dingtalk::im_1_0::QueryGroupMemberByMemberAuthInput {
                        cool_app_code: "c",
                        open_conversation_id: "g",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_IntelligentSendCard" => apart(|| {
            client
                .im_1_0()
                .intelligent_send_card()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_PutMsgCardTopByIntelligent" => apart(|| {
            client
                .im_1_0()
                .put_msg_card_top_by_intelligent()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryMsgReadStatus" => apart(|| {
            client
                .im_1_0()
                .query_msg_read_status()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_RecallMessages" => apart(|| {
            client
                .im_1_0()
                .recall_messages()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryMessageSendResult" => apart(|| {
            client
                .im_1_0()
                .query_message_send_result()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_ImportGroupChat" => apart(|| {
            client
                .im_1_0()
                .import_group_chat(dingtalk::im_1_0::ImportGroupChatInput {
                    import_uuid: "i",
                    owner: "o",
                    title: "t",
                    user_list: Default::default(),
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_ImportMessage" => apart(|| {
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryRecentConversations" => apart(|| {
            client
                .im_1_0()
                .query_recent_conversations()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryOpenConversationReceiveUser" => apart(|| {
            client
                .im_1_0()
                .query_open_conversation_receive_user()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_GetSingleChatOpenConversationId" => apart(|| {
            client
                .im_1_0()
                .get_single_chat_open_conversation_id(
                    dingtalk::im_1_0::GetSingleChatOpenConversationIdInput {
                        user_id1: "a",
                        user_id2: "b",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_CardTemplateBuildAction" => apart(|| {
            client
                .im_1_0()
                .card_template_build_action(dingtalk::im_1_0::CardTemplateBuildActionInput {
                    action: "a",
                    card_template_json: "{}",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_AutoOpenDingTalkConnect" => apart(|| {
            client
                .im_1_0()
                .auto_open_ding_talk_connect()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_UpdateClientService" => apart(|| {
            client
                .im_1_0()
                .update_client_service(vec!["u".to_owned()])
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_LoginForVisitor" => apart(|| {
            client
                .im_1_0()
                .login_for_visitor()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryGroupInfoByAppCids" => apart(|| {
            client
                .im_1_0()
                .query_group_info_by_app_cids()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryGroupInfoByOpenCids" => apart(|| {
            client
                .im_1_0()
                .query_group_info_by_open_cids()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_QueryGroupMemberByAppUids" => apart(|| {
            client
                .im_1_0()
                .query_group_member_by_app_uids()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_GetInterconnectionUrl" => apart(|| {
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_GetFamilySchoolConversations" => apart(|| {
            client
                .im_1_0()
                .get_family_school_conversations(
                    dingtalk::im_1_0::GetFamilySchoolConversationsInput {
                        max_results: 10,
                        next_token: 0,
                        union_id: "u",
                    },
                )
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_GetFamilySchoolConversationMsg" => apart(|| {
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        "im_BatchQueryFamilySchoolMessage" => apart(|| {
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
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        // The drafted modules, with the feature `full`: the operation of
        // each that `error_checked_operation_ids` picks.
        #[cfg(feature = "full")]
        "activity_ListActivity" => apart(|| {
            client
                .activity_1_0()
                .list_activity()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "agoal_AgoalBizDataQuery" => apart(|| {
            client
                .agoal_1_0()
                .agoal_biz_data_query()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "ai_global_e_c_ConnectionOmniChannelTiktokMessage" => apart(|| {
            client
                .ai_global_e_c_1_0()
                .connection_omni_channel_tiktok_message()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "ai_interaction_Finish" => apart(|| {
            client
                .ai_interaction_1_0()
                .finish("x")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "ai_paa_s_SmartQuoteBatchQueryResultService" => apart(|| {
            client
                .ai_paa_s_1_0()
                .smart_quote_batch_query_result_service()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "ai_search_ask_GetAiTaskResult" => apart(|| {
            client
                .ai_search_ask_1_0()
                .get_ai_task_result()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "aiot_GetServiceInvocation" => apart(|| {
            client
                .aiot_1_0()
                .get_service_invocation("x")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "algo_WeiqiaoAluminumQuery" => apart(|| {
            client
                .algo_1_0()
                .weiqiao_aluminum_query("x")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "alitrip_BillSettementBtripTrain" => apart(|| {
            client
                .alitrip_1_0()
                .bill_settement_btrip_train()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "amdp_AmdpEmpRoleDataPush" => apart(|| {
            client
                .amdp_1_0()
                .amdp_emp_role_data_push()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "apaas_QueryIndustryTagList" => apart(|| {
            client
                .apaas_1_0()
                .query_industry_tag_list()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "app_market_GetPersonalExperienceInfo" => apart(|| {
            client
                .app_market_1_0()
                .get_personal_experience_info()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "assistant_BatchGetAICreditsRecord" => apart(|| {
            client
                .assistant_1_0()
                .batch_get_ai_credits_record()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "assistant_2_0_CreateAssistantThread" => apart(|| {
            client
                .assistant_2_0()
                .create_assistant_thread()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "ats_AddUserAccount" => apart(|| {
            client
                .ats_1_0()
                .add_user_account()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "badge_DecodeBadgeCode" => apart(|| {
            client
                .badge_1_0()
                .decode_badge_code(dingtalk::badge_1_0::DecodeBadgeCodeInput {
                    pay_code: "x",
                    request_id: "x",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "bay_max_QueryBaymaxSkillLog" => apart(|| {
            client
                .bay_max_1_0()
                .query_baymax_skill_log("x")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "bizfinance_AppendRolePermission" => apart(|| {
            client
                .bizfinance_1_0()
                .append_role_permission()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "bizfinance_2_0_AddFinanceEnterpriseAccount" => apart(|| {
            client
                .bizfinance_2_0()
                .add_finance_enterprise_account()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "blackboard_GetBlackboard" => apart(|| {
            client
                .blackboard_1_0()
                .get_blackboard()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "carbon_WriteUserCarbonEnergy" => apart(|| {
            client
                .carbon_1_0()
                .write_user_carbon_energy()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "check_in_GetCheckinRecordByUser" => apart(|| {
            client
                .check_in_1_0()
                .get_checkin_record_by_user(dingtalk::check_in_1_0::GetCheckinRecordByUserInput {
                    end_time: 1,
                    max_results: 1,
                    next_token: 1,
                    operator_user_id: "x",
                    start_time: 1,
                    user_id_list: vec!["x".to_owned()],
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "chengfeng_GetAllJobLevel" => apart(|| {
            client
                .chengfeng_1_0()
                .get_all_job_level()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "conference_OptRecordWhiteAccount" => apart(|| {
            client
                .conference_1_0()
                .opt_record_white_account()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "connector_InvokeInstance" => apart(|| {
            client
                .connector_1_0()
                .invoke_instance()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "content_DeleteVideos" => apart(|| {
            client
                .content_1_0()
                .delete_videos()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "contract_AsyncCreateContractAnalysis" => apart(|| {
            client
                .contract_1_0()
                .async_create_contract_analysis()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "conv_file_GetSpace" => apart(|| {
            client
                .conv_file_1_0()
                .get_space(dingtalk::conv_file_1_0::GetSpaceInput {
                    union_id: "x",
                    open_conversation_id: "x",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "cool_app_InstallCoolAppOrderToGroup" => apart(|| {
            client
                .cool_app_1_0()
                .install_cool_app_order_to_group()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "cool_ops_BatchQueryOpportunityTag" => apart(|| {
            client
                .cool_ops_1_0()
                .batch_query_opportunity_tag()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "credit_QueryScore" => apart(|| {
            client
                .credit_1_0()
                .query_score(dingtalk::credit_1_0::QueryScoreInput {
                    encryption: "x",
                    mobile: "x",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "crm_DescribeCrmPersonalCustomerObjectMeta" => apart(|| {
            client
                .crm_1_0()
                .describe_crm_personal_customer_object_meta()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "crm_2_0_GetRelationUkSetting" => apart(|| {
            client
                .crm_2_0()
                .get_relation_uk_setting("x")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "customer_CustomeRpcCall" => apart(|| {
            client
                .customer_1_0()
                .custome_rpc_call()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "customer_service_GetUserSourceList" => apart(|| {
            client
                .customer_service_1_0()
                .get_user_source_list()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "datacenter_CloseDataDeliver" => apart(|| {
            client
                .datacenter_1_0()
                .close_data_deliver()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "devicemng_ConnectorEventPush" => apart(|| {
            client
                .devicemng_1_0()
                .connector_event_push()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "ding_one_DeleteFeed" => apart(|| {
            client
                .ding_one_1_0()
                .delete_feed(dingtalk::ding_one_1_0::DeleteFeedInput {
                    feed_id: "x",
                    union_id: "x",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "ding_phone_DelCallConfig" => apart(|| {
            client
                .ding_phone_1_0()
                .del_call_config()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "dingmi_GetIntelligentRobotInfo" => apart(|| {
            client
                .dingmi_1_0()
                .get_intelligent_robot_info("x")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "diot_QueryDevice" => apart(|| {
            client
                .diot_1_0()
                .query_device()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "doc_DocExport" => apart(|| {
            client
                .doc_1_0()
                .doc_export("x")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "dpaas_InstallCoolAppOrderToGroup" => apart(|| {
            client
                .dpaas_1_0()
                .install_cool_app_order_to_group()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "dvi_BatchUpdateDeviceCutCustomerSwitch" => apart(|| {
            client
                .dvi_1_0()
                .batch_update_device_cut_customer_switch()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "edu_AddCompetitionRecord" => apart(|| {
            client
                .edu_1_0()
                .add_competition_record()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "esign_AuthUrl" => apart(|| {
            client
                .esign_1_0()
                .auth_url()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "esign_2_0_CancelCorpAuth" => apart(|| {
            client
                .esign_2_0()
                .cancel_corp_auth()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "event_GetCallBackFaileResult" => apart(|| {
            client
                .event_1_0()
                .get_call_back_faile_result()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "exclusive_CleanFile" => apart(|| {
            client
                .exclusive_1_0()
                .clean_file()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "finance_DecodePayCode" => apart(|| {
            client
                .finance_1_0()
                .decode_pay_code()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "flashmeeting_CopyLinkToWorkspace" => apart(|| {
            client
                .flashmeeting_1_0()
                .copy_link_to_workspace()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "flashmsg_GetBaseProfileList" => apart(|| {
            client
                .flashmsg_1_0()
                .get_base_profile_list(vec!["x".to_owned()])
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "group_blackboard_CreateGroupBlackboardNew" => apart(|| {
            client
                .group_blackboard_1_0()
                .create_group_blackboard_new()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "h3yun_GetOrganizations" => apart(|| {
            client
                .h3yun_1_0()
                .get_organizations()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "h5package_CreatePackage" => apart(|| {
            client
                .h5package_1_0()
                .create_package()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "hrbrain_HrbrainDeleteAwardRecords" => apart(|| {
            client
                .hrbrain_1_0()
                .hrbrain_delete_award_records()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "hrm_AISaleAttachmentPermisson" => apart(|| {
            client
                .hrm_1_0()
                .ai_sale_attachment_permisson()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "im_2_0_CreateCoupleGroup" => apart(|| {
            client
                .im_2_0()
                .create_couple_group("x")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "impaas_SendRobotMessage" => apart(|| {
            client
                .impaas_1_0()
                .send_robot_message()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "industry_AiRetailProductQuery" => apart(|| {
            client
                .industry_1_0()
                .ai_retail_product_query()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "jobs_CreateResume" => apart(|| {
            client
                .jobs_1_0()
                .create_resume()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "jzcrm_EditContact" => apart(|| {
            client
                .jzcrm_1_0()
                .edit_contact(dingtalk::jzcrm_1_0::EditContactInput {
                    datatype: 1,
                    stamp: 1,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "link_GetFollowerInfo" => apart(|| {
            client
                .link_1_0()
                .get_follower_info()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "live_GetGroupLiveList" => apart(|| {
            client
                .live_1_0()
                .get_group_live_list()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "live_activities_PushLiveActivity" => apart(|| {
            client
                .live_activities_1_0()
                .push_live_activity()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "manufacturing_IndustrializeManufactureQueryJobs" => apart(|| {
            client
                .manufacturing_1_0()
                .industrialize_manufacture_query_jobs()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "mcp_DeleteMcp" => apart(|| {
            client
                .mcp_1_0()
                .delete_mcp()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "meter_GetResourceUseInfo" => apart(|| {
            client
                .meter_1_0()
                .get_resource_use_info(dingtalk::meter_1_0::GetResourceUseInfoInput {
                    benefit_code_list: vec!["x".to_owned()],
                    period: "x",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "micro_app_CreateAgent" => apart(|| {
            client
                .micro_app_1_0()
                .create_agent()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "miniapp_CreateVersionAcrossBundle" => apart(|| {
            client
                .miniapp_1_0()
                .create_version_across_bundle()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "notable_2_0_CreateSheet" => apart(|| {
            client
                .notable_2_0()
                .create_sheet("x")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "occupationauth_CheckUserTaskStatus" => apart(|| {
            client
                .occupationauth_1_0()
                .check_user_task_status("x")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "okr_BatchQueryUser" => apart(|| {
            client
                .okr_1_0()
                .batch_query_user()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "org_culture_QueryPointActionAutoAssignRule" => apart(|| {
            client
                .org_culture_1_0()
                .query_point_action_auto_assign_rule()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "package_GetUploadToken" => apart(|| {
            client
                .package_1_0()
                .get_upload_token()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "pedia_PediaWordsDelete" => apart(|| {
            client
                .pedia_1_0()
                .pedia_words_delete(dingtalk::pedia_1_0::PediaWordsDeleteInput {
                    user_id: "x",
                    uuid: 1,
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "project_GetDeptsByOrgId" => apart(|| {
            client
                .project_1_0()
                .get_depts_by_org_id()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "project_integration_CreateEventGroup" => apart(|| {
            client
                .project_integration_1_0()
                .create_event_group("x")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "rcs_call_RunCallUser" => apart(|| {
            client
                .rcs_call_1_0()
                .run_call_user(dingtalk::rcs_call_1_0::RunCallUserInput {
                    authorize_corp_id: "x",
                    authorize_user_id: "x",
                    order_id: "x",
                    user_id: "x",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "resident_DeleteSpace" => apart(|| {
            client
                .resident_1_0()
                .delete_space()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "rooms_DeleteBookingBlacklist" => apart(|| {
            client
                .rooms_1_0()
                .delete_booking_blacklist()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "salary_GetSalaryGroup" => apart(|| {
            client
                .salary_1_0()
                .get_salary_group()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "search_ListSearchTabsByOrgId" => apart(|| {
            client
                .search_1_0()
                .list_search_tabs_by_org_id()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "service_group_AddKnowledge" => apart(|| {
            client
                .service_group_1_0()
                .add_knowledge()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "shangou_AddCateringComment" => apart(|| {
            client
                .shangou_1_0()
                .add_catering_comment(dingtalk::shangou_1_0::AddCateringCommentInput {
                    comment_id: "x",
                    shop_id: "x",
                    source: "x",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "smart_device_ATMDeviceWorkNotify" => apart(|| {
            client
                .smart_device_1_0()
                .atm_device_work_notify()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "sns_storage_GetSpace" => apart(|| {
            client
                .sns_storage_1_0()
                .get_space(dingtalk::sns_storage_1_0::GetSpaceInput {
                    union_id: "x",
                    open_conversation_id: "x",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "swform_GetFormInstance" => apart(|| {
            client
                .swform_1_0()
                .get_form_instance("x")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "talent_tag_TalentV2QueryPersonalityTag" => apart(|| {
            client
                .talent_tag_1_0()
                .talent_v2_query_personality_tag()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "team_sphere_GetThingOrgIdByDingOrgId" => apart(|| {
            client
                .team_sphere_1_0()
                .get_thing_org_id_by_ding_org_id()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "todo_e_e_AppCreateEnterpriseTodoTask" => apart(|| {
            client
                .todo_e_e_1_0()
                .app_create_enterprise_todo_task()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "trade_PurchaseMixView" => apart(|| {
            client
                .trade_1_0()
                .purchase_mix_view()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "trajectory_QueryCollectingTraceTask" => apart(|| {
            client
                .trajectory_1_0()
                .query_collecting_trace_task(vec!["x".to_owned()])
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "transcribe_GetTranscribeBrief" => apart(|| {
            client
                .transcribe_1_0()
                .get_transcribe_brief("x")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "tre_CreateTicket" => apart(|| {
            client
                .tre_1_0()
                .create_ticket("x")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "trip_QueryTripFlightOrderByPage" => apart(|| {
            client
                .trip_1_0()
                .query_trip_flight_order_by_page()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "village_ListSimpleUsersByRole" => apart(|| {
            client
                .village_1_0()
                .list_simple_users_by_role()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "vip_member_DirectRedeemVipMemberByMobile" => apart(|| {
            client
                .vip_member_1_0()
                .direct_redeem_vip_member_by_mobile()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "watt_ConsumePoint" => apart(|| {
            client
                .watt_1_0()
                .consume_point()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "wiki_WikiWordsDetail" => apart(|| {
            client
                .wiki_1_0()
                .wiki_words_detail("x")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "wms_QueryGoodsList" => apart(|| {
            client
                .wms_1_0()
                .query_goods_list()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "workbench_GetPluginPermissionPoint" => apart(|| {
            client
                .workbench_1_0()
                .get_plugin_permission_point()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "workrecord_CountWorkRecord" => apart(|| {
            client
                .workrecord_1_0()
                .count_work_record("x")
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "yida_BuyAuthorizationOrder" => apart(|| {
            client
                .yida_1_0()
                .buy_authorization_order()
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "yida_2_0_GetAgentTasks" => apart(|| {
            client
                .yida_2_0()
                .get_agent_tasks(dingtalk::yida_2_0::GetAgentTasksInput {
                    corp_id: "x",
                    token: "x",
                    user_id: "x",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        #[cfg(feature = "full")]
        "yun_shu_SaveOpenExternalLog" => apart(|| {
            client
                .yun_shu_1_0()
                .save_open_external_log(dingtalk::yun_shu_1_0::SaveOpenExternalLogInput {
                    corp_id: "x",
                    log_source: "x",
                    log_type: "x",
                    open_ext: "x",
                })
                .send()
                .map_ok(drop)
                .map_err(typed)
                .boxed()
        }),
        other => panic!("the test does not know how to call {other}"),
    };
    call.await
}

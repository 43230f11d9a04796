//! Every operation of the spec, callable by its id with placeholder inputs.
//!
//! Tests that must exercise every operation (the documented errors, for
//! instance) go through [`call`]; an operation added to the spec without a
//! line here makes them fail.

use dingtalk::models::*;
use dingtalk::operations::*;
use dingtalk::{Client, Error};

/// Calls `operation_id` with placeholder inputs that pass the client's own
/// checks, and drops the result.
pub async fn call(client: &Client, operation_id: &str) -> Result<(), Error> {
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
            .oauth2_get_access_token(Oauth2GetAccessTokenInput {
                app_key: "k",
                app_secret: "s",
            })
            .send()
            .await
            .map(drop),
        "oauth2_GetCorpAccessToken" => client
            .oauth2_get_corp_access_token(Oauth2GetCorpAccessTokenInput {
                auth_corp_id: "c",
                suite_key: "k",
                suite_secret: "s",
                suite_ticket: "t",
            })
            .send()
            .await
            .map(drop),
        "oauth2_GetToken" => client
            .oauth2_get_token(Oauth2GetTokenInput {
                corp_id: "c",
                client_id: "i",
                client_secret: "s",
                grant_type: ClientCredentialsGrantType::ClientCredentials,
            })
            .send()
            .await
            .map(drop),
        "oauth2_GetSuiteAccessToken" => client
            .oauth2_get_suite_access_token(Oauth2GetSuiteAccessTokenInput {
                suite_key: "k",
                suite_secret: "s",
                suite_ticket: "t",
            })
            .send()
            .await
            .map(drop),
        "oauth2_GetUserToken" => client
            .oauth2_get_user_token(Oauth2GetUserTokenInput {
                client_id: "i",
                client_secret: "s",
                grant_type: UserTokenGrantType::AuthorizationCode,
            })
            .code("a")
            .send()
            .await
            .map(drop),
        "oauth2_GetSsoAccessToken" => client
            .oauth2_get_sso_access_token(Oauth2GetSsoAccessTokenInput {
                corpid: "c",
                sso_secret: "s",
            })
            .send()
            .await
            .map(drop),
        "oauth2_GetSsoUserInfo" => client.oauth2_get_sso_user_info("a").send().await.map(drop),
        "oauth2_CreateJsapiTicket" => client.oauth2_create_jsapi_ticket().send().await.map(drop),
        "oauth2_GetAuthInfo" => client.oauth2_get_auth_info("c").send().await.map(drop),
        "oauth2_GetPersonalAuthRule" => client
            .oauth2_get_personal_auth_rule()
            .send()
            .await
            .map(drop),
        "oauth2_KickoffByDeviceId" => client
            .oauth2_kickoff_by_device_id()
            .open_device_id("d")
            .user_id("u")
            .send()
            .await
            .map(drop),
        // Drive: spaces and tasks
        "drive_AddSpace" => client
            .drive_add_space(DriveAddSpaceInput {
                name: "n",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_ListSpaces" => client
            .drive_list_spaces(DriveListSpacesInput {
                union_id: "u",
                space_type: DriveSpaceType::Org,
                max_results: 10,
            })
            .send()
            .await
            .map(drop),
        "drive_InfoSpace" => client
            .drive_info_space(DriveInfoSpaceInput {
                space_id: "s",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_DeleteSpace" => {
            client
                .drive_delete_space(DriveDeleteSpaceInput {
                    space_id: "s",
                    union_id: "u",
                })
                .send()
                .await
        }
        "drive_GetMySpaceInfo" => client.drive_get_my_space_info("u").send().await.map(drop),
        "drive_AddCustomSpace" => client
            .drive_add_custom_space(DriveAddCustomSpaceInput {
                biz_type: "b",
                identifier: "i",
                permission_mode: PermissionMode::Acl,
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_GetAsyncTaskInfo" => client
            .drive_get_async_task_info(DriveGetAsyncTaskInfoInput {
                task_id: "t",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        // Drive: files
        "drive_AddFile" => client
            .drive_add_file(DriveAddFileInput {
                space_id: "s",
                file_type: DriveFileType::Folder,
                file_name: "f",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_ListFiles" => client
            .drive_list_files(DriveListFilesInput {
                space_id: "s",
                max_results: 10,
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_GetFileInfo" => client
            .drive_get_file_info(DriveGetFileInfoInput {
                space_id: "s",
                file_id: "f",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_DeleteFile" => client
            .drive_delete_file(DriveDeleteFileInput {
                space_id: "s",
                file_id: "f",
                delete_policy: "p",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_DeleteFiles" => client
            .drive_delete_files(DriveDeleteFilesInput {
                space_id: "s",
                file_ids: ids(),
                delete_policy: "p",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_CopyFile" => client
            .drive_copy_file(DriveCopyFileInput {
                space_id: "s",
                file_id: "f",
                target_space_id: "t",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_MoveFile" => client
            .drive_move_file(DriveMoveFileInput {
                space_id: "s",
                file_id: "f",
                target_space_id: "t",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_MoveFiles" => client
            .drive_move_files(DriveMoveFilesInput {
                space_id: "s",
                file_ids: ids(),
                target_space_id: "t",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_RenameFile" => client
            .drive_rename_file(DriveRenameFileInput {
                space_id: "s",
                file_id: "f",
                new_file_name: "n",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_GetUploadInfo" => client
            .drive_get_upload_info(DriveGetUploadInfoInput {
                space_id: "s",
                parent_id: "0",
                file_name: "f",
                file_size: 1,
                md5: "m",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_GetDownloadInfo" => client
            .drive_get_download_info(DriveGetDownloadInfoInput {
                space_id: "s",
                file_id: "f",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_GetPreviewInfo" => client
            .drive_get_preview_info(DriveGetPreviewInfoInput {
                space_id: "s",
                file_id: "f",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        // Drive: permissions
        "drive_AddPermission" => {
            client
                .drive_add_permission(DriveAddPermissionInput {
                    space_id: "s",
                    file_id: "f",
                    role: "r",
                    members: drive_members(),
                    union_id: "u",
                })
                .send()
                .await
        }
        "drive_ListPermissions" => client
            .drive_list_permissions(DriveListPermissionsInput {
                space_id: "s",
                file_id: "f",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_ModifyPermission" => {
            client
                .drive_modify_permission(DriveModifyPermissionInput {
                    space_id: "s",
                    file_id: "f",
                    role: "r",
                    members: drive_members(),
                    union_id: "u",
                })
                .send()
                .await
        }
        "drive_DeletePermission" => {
            client
                .drive_delete_permission(DriveDeletePermissionInput {
                    space_id: "s",
                    file_id: "f",
                    role: "r",
                    members: drive_members(),
                    union_id: "u",
                })
                .send()
                .await
        }
        "drive_GetPrivilegeInfo" => client
            .drive_get_privilege_info(DriveGetPrivilegeInfoInput {
                space_id: "s",
                file_id: "f",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_GrantPrivilegeOfCustomSpace" => {
            client
                .drive_grant_privilege_of_custom_space(DriveGrantPrivilegeOfCustomSpaceInput {
                    space_id: "s",
                    r#type: "t",
                    user_id: "i",
                    file_ids: ids(),
                    duration: 60,
                    union_id: "u",
                })
                .send()
                .await
        }
        // Drive: recycle bins
        "drive_ListRecycleFiles" => client
            .drive_list_recycle_files(DriveListRecycleFilesInput {
                recycle_type: "r",
                max_results: 10,
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_RecoverRecycleFiles" => {
            client
                .drive_recover_recycle_files(DriveRecoverRecycleFilesInput {
                    recycle_type: "r",
                    recycle_item_id_list: vec![1],
                    union_id: "u",
                })
                .send()
                .await
        }
        "drive_DeleteRecycleFiles" => {
            client
                .drive_delete_recycle_files(DriveDeleteRecycleFilesInput {
                    recycle_type: "r",
                    recycle_item_id_list: vec![1],
                    union_id: "u",
                })
                .send()
                .await
        }
        "drive_ClearRecycleFiles" => {
            client
                .drive_clear_recycle_files(DriveClearRecycleFilesInput {
                    recycle_type: "r",
                    union_id: "u",
                })
                .send()
                .await
        }
        // Drive: quotas and administration
        "drive_GetQuotaInfos" => client
            .drive_get_quota_infos(DriveGetQuotaInfosInput {
                r#type: "t",
                identifiers: ids(),
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_ManagementListSpaces" => client
            .drive_management_list_spaces(DriveManagementListSpacesInput {
                space_ids: ids(),
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_ManagementModifySpace" => client
            .drive_management_modify_space(DriveManagementModifySpaceInput {
                space_ids: ids(),
                quota: 1,
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "drive_ManagementBuyQuota" => {
            client
                .drive_management_buy_quota(DriveManagementBuyQuotaInput {
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
        }
        // Storage: spaces, organisations, apps, tasks and events
        "storage_AddSpace" => client.storage_add_space("u").send().await.map(drop),
        "storage_GetSpace" => client
            .storage_get_space(StorageGetSpaceInput {
                space_id: "s",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "storage_GetOrg" => client
            .storage_get_org(StorageGetOrgInput {
                corp_id: "c",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "storage_GetCurrentApp" => client.storage_get_current_app("u").send().await.map(drop),
        "storage_GetTask" => client
            .storage_get_task(StorageGetTaskInput {
                task_id: "t",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "storage_SubscribeEvent" => client
            .storage_subscribe_event(StorageSubscribeEventInput {
                union_id: "u",
                scope: EventScope::Space,
                scope_id: "s",
            })
            .send()
            .await
            .map(drop),
        "storage_UnsubscribeEvent" => client
            .storage_unsubscribe_event(StorageUnsubscribeEventInput {
                union_id: "u",
                scope: EventScope::Space,
                scope_id: "s",
            })
            .send()
            .await
            .map(drop),
        // Storage: dentries
        "storage_AddFolder" => client
            .storage_add_folder(StorageAddFolderInput {
                space_id: "s",
                parent_id: "0",
                union_id: "u",
                name: "f",
            })
            .send()
            .await
            .map(drop),
        "storage_ListDentries" => client
            .storage_list_dentries(StorageListDentriesInput {
                space_id: "s",
                parent_id: "0",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "storage_ListAllDentries" => client
            .storage_list_all_dentries(StorageListAllDentriesInput {
                space_id: "s",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "storage_GetDentries" => client
            .storage_get_dentries(StorageGetDentriesInput {
                space_id: "s",
                union_id: "u",
                dentry_ids: ids(),
            })
            .send()
            .await
            .map(drop),
        "storage_GetDentry" => client
            .storage_get_dentry(StorageGetDentryInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "storage_DeleteDentry" => client
            .storage_delete_dentry(StorageDeleteDentryInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "storage_DeleteDentries" => client
            .storage_delete_dentries(StorageDeleteDentriesInput {
                space_id: "s",
                union_id: "u",
                dentry_ids: ids(),
            })
            .send()
            .await
            .map(drop),
        "storage_CopyDentry" => client
            .storage_copy_dentry(StorageCopyDentryInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
                target_space_id: "t",
                target_folder_id: "0",
            })
            .send()
            .await
            .map(drop),
        "storage_CopyDentries" => client
            .storage_copy_dentries(StorageCopyDentriesInput {
                space_id: "s",
                union_id: "u",
                dentry_ids: ids(),
                target_space_id: "t",
                target_folder_id: "0",
            })
            .send()
            .await
            .map(drop),
        "storage_MoveDentry" => client
            .storage_move_dentry(StorageMoveDentryInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
                target_space_id: "t",
                target_folder_id: "0",
            })
            .send()
            .await
            .map(drop),
        "storage_MoveDentries" => client
            .storage_move_dentries(StorageMoveDentriesInput {
                space_id: "s",
                union_id: "u",
                dentry_ids: ids(),
                target_space_id: "t",
                target_folder_id: "0",
            })
            .send()
            .await
            .map(drop),
        "storage_RenameDentry" => client
            .storage_rename_dentry(StorageRenameDentryInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
                new_name: "n",
            })
            .send()
            .await
            .map(drop),
        "storage_ListDentryVersions" => client
            .storage_list_dentry_versions(StorageListDentryVersionsInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "storage_RevertDentryVersion" => client
            .storage_revert_dentry_version(StorageRevertDentryVersionInput {
                space_id: "s",
                dentry_id: "d",
                version: 1,
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "storage_UpdateDentryAppProperties" => client
            .storage_update_dentry_app_properties(StorageUpdateDentryAppPropertiesInput {
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
            .map(drop),
        "storage_DeleteDentryAppProperties" => client
            .storage_delete_dentry_app_properties(StorageDeleteDentryAppPropertiesInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
                property_names: vec!["n".into()],
            })
            .send()
            .await
            .map(drop),
        "storage_GetDentryThumbnails" => client
            .storage_get_dentry_thumbnails(StorageGetDentryThumbnailsInput {
                space_id: "s",
                union_id: "u",
                dentry_ids: ids(),
            })
            .send()
            .await
            .map(drop),
        // Storage: files
        "storage_GetFileUploadInfo" => client
            .storage_get_file_upload_info(StorageGetFileUploadInfoInput {
                space_id: "s",
                union_id: "u",
                protocol: TransferProtocol::HeaderSignature,
                multipart: false,
            })
            .send()
            .await
            .map(drop),
        "storage_InitMultipartFileUpload" => client
            .storage_init_multipart_file_upload(StorageInitMultipartFileUploadInput {
                space_id: "s",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "storage_GetMultipartFileUploadInfos" => client
            .storage_get_multipart_file_upload_infos(StorageGetMultipartFileUploadInfosInput {
                union_id: "u",
                upload_key: "k",
                part_numbers: vec![1],
            })
            .send()
            .await
            .map(drop),
        "storage_CommitFile" => client
            .storage_commit_file(StorageCommitFileInput {
                space_id: "s",
                union_id: "u",
                upload_key: "k",
                name: "f",
                parent_id: "0",
            })
            .send()
            .await
            .map(drop),
        "storage_GetFileDownloadInfo" => client
            .storage_get_file_download_info(StorageGetFileDownloadInfoInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "storage_GetDentryOpenInfo" => client
            .storage_get_dentry_open_info(StorageGetDentryOpenInfoInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "storage_RegisterOpenInfo" => client
            .storage_register_open_info(StorageRegisterOpenInfoInput {
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
            .map(drop),
        "storage_GetWebOfficeUrl" => client
            .storage_get_web_office_url(StorageGetWebOfficeUrlInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "storage_RefreshWebOfficeToken" => client
            .storage_refresh_web_office_token(StorageRefreshWebOfficeTokenInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
                web_office_access_token: "a",
                web_office_refresh_token: "r",
            })
            .send()
            .await
            .map(drop),
        // Storage: permissions
        "storage_AddPermission" => client
            .storage_add_permission(StorageAddPermissionInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
                role_id: PermissionRole::Reader,
                members: members(),
            })
            .send()
            .await
            .map(drop),
        "storage_UpdatePermission" => client
            .storage_update_permission(StorageUpdatePermissionInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
                role_id: PermissionRole::Reader,
                members: members(),
            })
            .send()
            .await
            .map(drop),
        "storage_DeletePermission" => client
            .storage_delete_permission(StorageDeletePermissionInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
                role_id: PermissionRole::Reader,
                members: members(),
            })
            .send()
            .await
            .map(drop),
        "storage_ListPermissions" => client
            .storage_list_permissions(StorageListPermissionsInput {
                space_id: "s",
                dentry_id: "d",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "storage_BatchQueryRoles" => client
            .storage_batch_query_roles(StorageBatchQueryRolesInput {
                space_id: "s",
                dentry_id_list: ids(),
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        // Storage: recycle bins
        "storage_GetRecycleBin" => client
            .storage_get_recycle_bin(StorageGetRecycleBinInput {
                recycle_bin_scope: RecycleBinScope::Space,
                scope_id: "s",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "storage_ListRecycleItems" => client
            .storage_list_recycle_items(StorageListRecycleItemsInput {
                recycle_bin_id: "b",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "storage_GetRecycleItem" => client
            .storage_get_recycle_item(StorageGetRecycleItemInput {
                recycle_bin_id: "b",
                recycle_item_id: "i",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "storage_DeleteRecycleItem" => client
            .storage_delete_recycle_item(StorageDeleteRecycleItemInput {
                recycle_bin_id: "b",
                recycle_item_id: "i",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "storage_DeleteRecycleItems" => client
            .storage_delete_recycle_items(StorageDeleteRecycleItemsInput {
                recycle_bin_id: "b",
                union_id: "u",
                recycle_item_ids: vec!["i".into()],
            })
            .send()
            .await
            .map(drop),
        "storage_RestoreRecycleItem" => client
            .storage_restore_recycle_item(StorageRestoreRecycleItemInput {
                recycle_bin_id: "b",
                recycle_item_id: "i",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        "storage_RestoreRecycleItems" => client
            .storage_restore_recycle_items(StorageRestoreRecycleItemsInput {
                recycle_bin_id: "b",
                union_id: "u",
                recycle_item_ids: vec!["i".into()],
            })
            .send()
            .await
            .map(drop),
        "storage_ClearRecycleBin" => client
            .storage_clear_recycle_bin(StorageClearRecycleBinInput {
                recycle_bin_id: "b",
                union_id: "u",
            })
            .send()
            .await
            .map(drop),
        other => panic!("the test does not know how to call {other}"),
    }
}

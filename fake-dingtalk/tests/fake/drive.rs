//! The drive operations of the fake, driven through the generated client:
//! uploads through the object storage and downloads byte for byte, listing
//! page by page, renaming, moving, copying, deleting into the recycle bin and
//! for good, tasks, roles, spaces and quotas, and the documented errors.

use dingtalk::drive_1_0;
use dingtalk::drive_1_0::*;
use dingtalk::drive_1_0::{DownloadFileInput, UploadFileInput};
use dingtalk::{Client, Credentials, Error};
use fake_dingtalk::FakeDingTalk;
use futures_util::TryStreamExt;

/// The user who creates the spaces of the tests, and so owns them.
const ALICE: &str = "union-alice";
/// Another user of the organisation.
const BOB: &str = "union-bob";

fn client(fake: &FakeDingTalk) -> Client {
    Client::builder()
        .base_url(fake.base_url())
        .credentials(Credentials::app(dingtalk::AppCredentials {
            app_key: fake_dingtalk::APP_KEY,
            app_secret: fake_dingtalk::APP_SECRET,
        }))
        .build()
        .unwrap()
}

fn expect_failure<T: std::fmt::Debug, E: std::fmt::Debug>(
    result: Result<T, Error<E>>,
    code: &str,
    status: u16,
) {
    let error = result.unwrap_err();
    let api = error.as_api().unwrap_or_else(|| panic!("{error:?}"));
    assert_eq!(
        (api.code.clone().unwrap_or_default(), api.status.as_u16()),
        (code.to_owned(), status),
        "{error:?}"
    );
}

/// A new shared space owned by `ALICE`.
async fn space(client: &Client, name: &str) -> String {
    client
        .drive_1_0()
        .add_space(drive_1_0::AddSpaceInput {
            name,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap()
        .space_id
        .unwrap()
}

async fn upload(
    client: &Client,
    space_id: &str,
    parent_id: &str,
    name: &str,
    bytes: &[u8],
) -> DriveFile {
    client
        .drive_1_0()
        .upload_file(
            UploadFileInput {
                space_id,
                parent_id,
                union_id: ALICE,
                name,
            },
            bytes.to_vec(),
        )
        .send()
        .await
        .unwrap()
}

async fn download(
    client: &Client,
    space_id: &str,
    file_id: &str,
    user: &str,
) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    client
        .drive_1_0()
        .download_file(DownloadFileInput {
            space_id,
            file_id,
            union_id: user,
        })
        .to_writer(&mut bytes)
        .await?;
    Ok(bytes)
}

async fn folder(client: &Client, space_id: &str, parent_id: &str, name: &str) -> DriveFile {
    client
        .drive_1_0()
        .add_file(drive_1_0::AddFileInput {
            space_id,
            file_type: DriveFileType::Folder,
            file_name: name,
            union_id: ALICE,
        })
        .parent_id(parent_id)
        .send()
        .await
        .unwrap()
}

/// The names in a folder, listed two at a time.
async fn names(client: &Client, space_id: &str, parent_id: &str) -> Vec<String> {
    client
        .drive_1_0()
        .list_files(drive_1_0::ListFilesInput {
            space_id,
            max_results: 2,
            union_id: ALICE,
        })
        .parent_id(parent_id)
        .items()
        .map_ok(|f| f.file_name.unwrap_or_default())
        .try_collect()
        .await
        .unwrap()
}

fn content(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 % 251) as u8).collect()
}

async fn used(client: &Client, space_id: &str) -> i64 {
    client
        .drive_1_0()
        .info_space(drive_1_0::InfoSpaceInput {
            space_id,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap()
        .used_quota
        .unwrap()
}

#[tokio::test]
async fn a_file_goes_up_and_comes_down_byte_identical() {
    let fake = FakeDingTalk::start().await.unwrap();
    let wanted =
        std::env::var_os(fake_dingtalk::validator::PRISM_ENV).is_some_and(|p| !p.is_empty());
    assert_eq!(
        fake.validated(),
        wanted,
        "the validating proxy is in front when asked for"
    );
    let client = client(&fake);
    let space_id = space(&client, "Uploads").await;
    let bytes = content(300_000);
    let file = upload(&client, &space_id, "0", "Report.docx", &bytes).await;
    assert_eq!(file.file_size, Some(bytes.len() as i64));
    assert_eq!(file.file_path.as_deref(), Some("/Report.docx"));
    assert_eq!(file.file_type, Some(DriveFileType::File));
    assert_eq!(file.content_type.as_deref(), Some("document"));
    assert_eq!(file.file_extension.as_deref(), Some("docx"));
    let file_id = file.file_id.unwrap();

    let info = client
        .drive_1_0()
        .get_file_info(drive_1_0::GetFileInfoInput {
            space_id: &space_id,
            file_id: &file_id,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(info.file_size, Some(bytes.len() as i64));
    assert_eq!(
        download(&client, &space_id, &file_id, ALICE).await.unwrap(),
        bytes
    );
    assert_eq!(used(&client, &space_id).await, bytes.len() as i64);

    // Into a folder, with a name that is taken: renamed automatically.
    let docs = folder(&client, &space_id, "0", "Docs").await;
    let docs_id = docs.file_id.unwrap();
    let a = upload(&client, &space_id, &docs_id, "a.txt", b"first").await;
    let b = upload(&client, &space_id, &docs_id, "a.txt", b"second").await;
    assert_eq!(a.file_path.as_deref(), Some("/Docs/a.txt"));
    assert_eq!(b.file_name.as_deref(), Some("a (1).txt"));
    let b_id = b.file_id.unwrap();
    assert_eq!(
        download(&client, &space_id, &b_id, ALICE).await.unwrap(),
        b"second"
    );

    // An upload nobody sent is no file.
    let info = client
        .drive_1_0()
        .get_upload_info(drive_1_0::GetUploadInfoInput {
            space_id: &space_id,
            parent_id: "0",
            file_name: "never.bin",
            file_size: 10,
            md5: "00",
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    let media_id = info.header_signature_upload_info.unwrap().media_id.unwrap();
    let never = client
        .drive_1_0()
        .add_file(drive_1_0::AddFileInput {
            space_id: &space_id,
            file_type: DriveFileType::File,
            file_name: "never.bin",
            union_id: ALICE,
        })
        .media_id(media_id)
        .send()
        .await;
    expect_failure(never, "param.error", 400);

    // Previews name the version.
    let preview = client
        .drive_1_0()
        .get_preview_info(drive_1_0::GetPreviewInfoInput {
            space_id: &space_id,
            file_id: &b_id,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    assert!(preview.info.unwrap().url.unwrap().contains("version=1"));
}

#[tokio::test]
async fn folders_are_listed_page_by_page() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "Paging").await;
    for name in ["e", "a", "d", "b", "c"] {
        folder(&client, &space_id, "0", name).await;
    }
    let first = client
        .drive_1_0()
        .list_files(drive_1_0::ListFilesInput {
            space_id: &space_id,
            max_results: 2,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(first.files.as_ref().unwrap().len(), 2);
    assert!(!first.next_token.as_deref().unwrap_or("").is_empty());
    let pages: Vec<DriveListFilesResponse> = client
        .drive_1_0()
        .list_files(drive_1_0::ListFilesInput {
            space_id: &space_id,
            max_results: 2,
            union_id: ALICE,
        })
        .pages()
        .try_collect()
        .await
        .unwrap();
    let sizes: Vec<usize> = pages
        .iter()
        .map(|p| p.files.as_ref().map_or(0, Vec::len))
        .collect();
    assert_eq!(sizes, [2, 2, 1]);
    assert_eq!(
        names(&client, &space_id, "0").await,
        ["a", "b", "c", "d", "e"]
    );
    let newest = client
        .drive_1_0()
        .list_files(drive_1_0::ListFilesInput {
            space_id: &space_id,
            max_results: 1,
            union_id: ALICE,
        })
        .order_type("createTimeDesc")
        .send()
        .await
        .unwrap();
    assert_eq!(newest.files.unwrap()[0].file_name.as_deref(), Some("c"));
    let too_many = client
        .drive_1_0()
        .list_files(drive_1_0::ListFilesInput {
            space_id: &space_id,
            max_results: 51,
            union_id: ALICE,
        })
        .send()
        .await;
    expect_failure(too_many, "param.error.maxresults", 400);
}

#[tokio::test]
async fn files_are_renamed_moved_copied_and_tasks_read_back() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "Moves").await;
    let other_space = space(&client, "Elsewhere").await;
    let file = upload(&client, &space_id, "0", "draft.txt", b"hello").await;
    let file_id = file.file_id.unwrap();
    let renamed = client
        .drive_1_0()
        .rename_file(drive_1_0::RenameFileInput {
            space_id: &space_id,
            file_id: &file_id,
            new_file_name: "final.txt",
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(renamed.file_path.as_deref(), Some("/final.txt"));

    let archive = folder(&client, &space_id, "0", "Archive")
        .await
        .file_id
        .unwrap();
    let moved = client
        .drive_1_0()
        .move_file(drive_1_0::MoveFileInput {
            space_id: &space_id,
            file_id: &file_id,
            target_space_id: &space_id,
            union_id: ALICE,
        })
        .target_parent_id(archive.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(moved.file_path.as_deref(), Some("/Archive/final.txt"));
    assert_eq!(moved.parent_id.as_deref(), Some(archive.as_str()));

    // A folder can not go into itself.
    let into_itself = client
        .drive_1_0()
        .move_file(drive_1_0::MoveFileInput {
            space_id: &space_id,
            file_id: &archive,
            target_space_id: &space_id,
            union_id: ALICE,
        })
        .target_parent_id(archive.clone())
        .send()
        .await;
    expect_failure(into_itself, "param.error", 400);

    // A file is copied at once; a folder by a task.
    let copy = client
        .drive_1_0()
        .copy_file(drive_1_0::CopyFileInput {
            space_id: &space_id,
            file_id: &file_id,
            target_space_id: &other_space,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    let copy = copy.file.unwrap();
    assert_eq!(copy.space_id.as_deref(), Some(other_space.as_str()));
    let copy_id = copy.file_id.unwrap();
    assert_eq!(
        download(&client, &other_space, &copy_id, ALICE)
            .await
            .unwrap(),
        b"hello"
    );
    let copied = client
        .drive_1_0()
        .copy_file(drive_1_0::CopyFileInput {
            space_id: &space_id,
            file_id: &archive,
            target_space_id: &other_space,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    let task_id = copied.task_id.unwrap();
    let task = client
        .drive_1_0()
        .get_async_task_info(drive_1_0::GetAsyncTaskInfoInput {
            task_id: &task_id,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(task.status.as_deref(), Some("success"));
    assert_eq!(
        (task.total, task.success, task.failed),
        (Some(2), Some(2), Some(0))
    );
    assert_eq!(
        names(&client, &other_space, "0").await,
        ["Archive", "final.txt"]
    );
    let someone_elses = client
        .drive_1_0()
        .get_async_task_info(drive_1_0::GetAsyncTaskInfoInput {
            task_id: &task_id,
            union_id: BOB,
        })
        .send()
        .await;
    expect_failure(someone_elses, "no.priviledge", 400);

    // Several files move together; with a folder among them, by a task.
    let x = upload(&client, &space_id, "0", "x.txt", b"x")
        .await
        .file_id
        .unwrap();
    let y = upload(&client, &space_id, "0", "y.txt", b"y")
        .await
        .file_id
        .unwrap();
    let batch = client
        .drive_1_0()
        .move_files(drive_1_0::MoveFilesInput {
            space_id: &space_id,
            file_ids: vec![x.clone(), y.clone()],
            target_space_id: &space_id,
            union_id: ALICE,
        })
        .target_parent_id(archive.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(batch.files.unwrap().len(), 2);
    assert_eq!(
        names(&client, &space_id, &archive).await,
        ["final.txt", "x.txt", "y.txt"]
    );
    let batch = client
        .drive_1_0()
        .move_files(drive_1_0::MoveFilesInput {
            space_id: &space_id,
            file_ids: vec![archive.clone()],
            target_space_id: &other_space,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    assert!(batch.task_id.is_some());
    assert_eq!(
        names(&client, &other_space, "0").await,
        ["Archive", "Archive (1)", "final.txt"]
    );
    assert_eq!(used(&client, &space_id).await, 0);
    assert_eq!(used(&client, &other_space).await, 5 + 5 + 5 + 1 + 1);
}

#[tokio::test]
async fn deleted_files_wait_in_the_recycle_bin_until_recovered_or_purged() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "Bin").await;
    let keep = upload(&client, &space_id, "0", "keep.txt", b"keep")
        .await
        .file_id
        .unwrap();
    let gone = upload(&client, &space_id, "0", "gone.txt", b"gone")
        .await
        .file_id
        .unwrap();
    let docs = folder(&client, &space_id, "0", "Docs")
        .await
        .file_id
        .unwrap();
    upload(&client, &space_id, &docs, "inner.txt", b"inner").await;

    let deleted = client
        .drive_1_0()
        .delete_file(drive_1_0::DeleteFileInput {
            space_id: &space_id,
            file_id: &keep,
            delete_policy: "toRecycle",
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.success, Some(true));
    let hidden = client
        .drive_1_0()
        .get_file_info(drive_1_0::GetFileInfoInput {
            space_id: &space_id,
            file_id: &keep,
            union_id: ALICE,
        })
        .send()
        .await;
    expect_failure(hidden, "param.error", 400);
    client
        .drive_1_0()
        .delete_file(drive_1_0::DeleteFileInput {
            space_id: &space_id,
            file_id: &gone,
            delete_policy: "completelyDelete",
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    let batch = client
        .drive_1_0()
        .delete_files(drive_1_0::DeleteFilesInput {
            space_id: &space_id,
            file_ids: vec![docs.clone()],
            delete_policy: "toRecycle",
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    let task = client
        .drive_1_0()
        .get_async_task_info(drive_1_0::GetAsyncTaskInfoInput {
            task_id: batch.task_id.as_deref().unwrap(),
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(task.total, Some(2));
    assert!(names(&client, &space_id, "0").await.is_empty());
    // Recycled files still count; the one deleted for good does not.
    assert_eq!(used(&client, &space_id).await, 4 + 5);

    let items: Vec<DriveRecycleItem> = client
        .drive_1_0()
        .list_recycle_files(drive_1_0::ListRecycleFilesInput {
            recycle_type: "org",
            max_results: 1,
            union_id: ALICE,
        })
        .items()
        .try_collect()
        .await
        .unwrap();
    let listed: Vec<&str> = items
        .iter()
        .map(|i| i.file_name.as_deref().unwrap())
        .collect();
    assert_eq!(listed, ["Docs", "keep.txt"]);
    assert_eq!(items[1].file_path.as_deref(), Some("/keep.txt"));
    assert_eq!(items[1].delete_staff_id.as_deref(), Some(ALICE));
    let id = |i: usize| {
        items[i]
            .recycle_item_id
            .as_deref()
            .unwrap()
            .parse::<i64>()
            .unwrap()
    };

    // Bob deleted none of them and owns no space: he may not recover them.
    let not_his = client
        .drive_1_0()
        .recover_recycle_files(drive_1_0::RecoverRecycleFilesInput {
            recycle_type: "org",
            recycle_item_id_list: vec![id(1)],
            union_id: BOB,
        })
        .send()
        .await;
    expect_failure(not_his, "no.priviledge", 400);
    client
        .drive_1_0()
        .recover_recycle_files(drive_1_0::RecoverRecycleFilesInput {
            recycle_type: "org",
            recycle_item_id_list: vec![id(1)],
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(
        download(&client, &space_id, &keep, ALICE).await.unwrap(),
        b"keep"
    );
    let again = client
        .drive_1_0()
        .recover_recycle_files(drive_1_0::RecoverRecycleFilesInput {
            recycle_type: "org",
            recycle_item_id_list: vec![id(1)],
            union_id: ALICE,
        })
        .send()
        .await;
    expect_failure(again, "param.error", 400);
    client
        .drive_1_0()
        .delete_recycle_files(drive_1_0::DeleteRecycleFilesInput {
            recycle_type: "org",
            recycle_item_id_list: vec![id(0)],
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(used(&client, &space_id).await, 4);

    // The personal space's bin is the user's own; clearing it empties it.
    let mine = client
        .drive_1_0()
        .get_my_space_info(ALICE)
        .send()
        .await
        .unwrap()
        .space_id
        .unwrap();
    let scratch = upload(&client, &mine, "0", "scratch.txt", b"s")
        .await
        .file_id
        .unwrap();
    client
        .drive_1_0()
        .delete_file(drive_1_0::DeleteFileInput {
            space_id: &mine,
            file_id: &scratch,
            delete_policy: "toRecycle",
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    let list = |user: &'static str| {
        client
            .drive_1_0()
            .list_recycle_files(drive_1_0::ListRecycleFilesInput {
                recycle_type: "user",
                max_results: 10,
                union_id: user,
            })
            .send()
    };
    assert_eq!(list(ALICE).await.unwrap().recycle_items.unwrap().len(), 1);
    assert!(list(BOB).await.unwrap().recycle_items.unwrap().is_empty());
    for _ in 0..2 {
        client
            .drive_1_0()
            .clear_recycle_files(drive_1_0::ClearRecycleFilesInput {
                recycle_type: "user",
                union_id: ALICE,
            })
            .send()
            .await
            .unwrap();
    }
    assert!(list(ALICE).await.unwrap().recycle_items.unwrap().is_empty());
    assert_eq!(used(&client, &mine).await, 0);
}

fn staff(union_id: &str) -> DrivePermissionMember {
    DrivePermissionMember {
        corp_id: fake_dingtalk::CORP_ID.to_owned(),
        member_type: "staff".to_owned(),
        member_id: union_id.to_owned(),
    }
}

#[tokio::test]
async fn roles_are_added_listed_modified_and_deleted() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "Shared").await;
    let docs = folder(&client, &space_id, "0", "Docs")
        .await
        .file_id
        .unwrap();
    let file = upload(&client, &space_id, &docs, "plan.txt", b"plan")
        .await
        .file_id
        .unwrap();
    let privileges = |user: &'static str| {
        client
            .drive_1_0()
            .get_privilege_info(drive_1_0::GetPrivilegeInfoInput {
                space_id: &space_id,
                file_id: &file,
                union_id: user,
            })
            .send()
    };
    assert_eq!(privileges(BOB).await.unwrap().types, Some(vec![]));
    expect_failure(
        download(&client, &space_id, &file, BOB).await,
        "no.priviledge",
        400,
    );

    client
        .drive_1_0()
        .add_permission(drive_1_0::AddPermissionInput {
            space_id: &space_id,
            file_id: &docs,
            role: "reader",
            members: vec![staff(BOB)],
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    let listed = client
        .drive_1_0()
        .list_permissions(drive_1_0::ListPermissionsInput {
            space_id: &space_id,
            file_id: &file,
            union_id: BOB,
        })
        .send()
        .await
        .unwrap();
    let members = listed.members.unwrap();
    assert_eq!(members.len(), 1);
    assert_eq!(members[0].role.as_deref(), Some("reader"));
    assert_eq!(members[0].extend, Some(true));
    assert_eq!(
        privileges(BOB).await.unwrap().types,
        Some(vec!["preview".to_owned()])
    );
    expect_failure(
        download(&client, &space_id, &file, BOB).await,
        "no.priviledge",
        400,
    );

    client
        .drive_1_0()
        .modify_permission(drive_1_0::ModifyPermissionInput {
            space_id: &space_id,
            file_id: &docs,
            role: "downloader",
            members: vec![staff(BOB)],
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(
        download(&client, &space_id, &file, BOB).await.unwrap(),
        b"plan"
    );
    // Bob may not give roles himself.
    let by_bob = client
        .drive_1_0()
        .add_permission(drive_1_0::AddPermissionInput {
            space_id: &space_id,
            file_id: &docs,
            role: "editor",
            members: vec![staff("union-carol")],
            union_id: BOB,
        })
        .send()
        .await;
    expect_failure(by_bob, "no.priviledge", 400);
    let unknown_role = client
        .drive_1_0()
        .add_permission(drive_1_0::AddPermissionInput {
            space_id: &space_id,
            file_id: &docs,
            role: "emperor",
            members: vec![staff(BOB)],
            union_id: ALICE,
        })
        .send()
        .await;
    expect_failure(unknown_role, "param.error", 400);

    client
        .drive_1_0()
        .delete_permission(drive_1_0::DeletePermissionInput {
            space_id: &space_id,
            file_id: &docs,
            role: "downloader",
            members: vec![staff(BOB)],
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    let listed = client
        .drive_1_0()
        .list_permissions(drive_1_0::ListPermissionsInput {
            space_id: &space_id,
            file_id: &docs,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    assert!(listed.members.unwrap().is_empty());
    expect_failure(
        download(&client, &space_id, &file, BOB).await,
        "no.priviledge",
        400,
    );

    // Custom spaces: privileges for a while.
    let custom = client
        .drive_1_0()
        .add_custom_space(drive_1_0::AddCustomSpaceInput {
            biz_type: "contracts",
            identifier: "project-42",
            permission_mode: PermissionMode::Custom,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(custom.permission_mode, Some(PermissionMode::Custom));
    let custom_id = custom.space_id.unwrap();
    let contract = upload(&client, &custom_id, "0", "contract.pdf", b"%PDF")
        .await
        .file_id
        .unwrap();
    client
        .drive_1_0()
        .grant_privilege_of_custom_space(drive_1_0::GrantPrivilegeOfCustomSpaceInput {
            space_id: &custom_id,
            r#type: "download",
            user_id: BOB,
            file_ids: vec![contract.clone()],
            duration: 3600,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(
        download(&client, &custom_id, &contract, BOB).await.unwrap(),
        b"%PDF"
    );
    let not_custom = client
        .drive_1_0()
        .grant_privilege_of_custom_space(drive_1_0::GrantPrivilegeOfCustomSpaceInput {
            space_id: &space_id,
            r#type: "download",
            user_id: BOB,
            file_ids: vec![file.clone()],
            duration: 3600,
            union_id: ALICE,
        })
        .send()
        .await;
    expect_failure(not_custom, "unsupported.operation", 400);
}

#[tokio::test]
async fn spaces_quotas_and_management_agree() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "Quota").await;
    let mine = client
        .drive_1_0()
        .get_my_space_info(ALICE)
        .send()
        .await
        .unwrap();
    assert_eq!(mine.space_type, Some(DriveSpaceType::Personal));
    let again = client
        .drive_1_0()
        .get_my_space_info(ALICE)
        .send()
        .await
        .unwrap();
    assert_eq!(mine.space_id, again.space_id);
    upload(
        &client,
        mine.space_id.as_deref().unwrap(),
        "0",
        "a.bin",
        &content(1000),
    )
    .await;
    let quotas = client
        .drive_1_0()
        .get_quota_infos(drive_1_0::GetQuotaInfosInput {
            r#type: "personal",
            identifiers: vec![ALICE.to_owned(), BOB.to_owned()],
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap()
        .quotas
        .unwrap();
    assert_eq!(quotas[0].used_quota, Some(1000));
    assert_eq!(quotas[1].used_quota, Some(0));

    let modified = client
        .drive_1_0()
        .management_modify_space(drive_1_0::ManagementModifySpaceInput {
            space_ids: vec![space_id.clone()],
            quota: 10,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(modified.spaces.unwrap()[0].quota, Some(10));
    let too_big = client
        .drive_1_0()
        .upload_file(
            UploadFileInput {
                space_id: &space_id,
                parent_id: "0",
                union_id: ALICE,
                name: "big.bin",
            },
            content(11),
        )
        .send()
        .await;
    expect_failure(too_big, "param.error", 400);
    upload(&client, &space_id, "0", "small.bin", &content(10)).await;
    let listed = client
        .drive_1_0()
        .management_list_spaces(drive_1_0::ManagementListSpacesInput {
            space_ids: vec![space_id.clone()],
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(listed.spaces.unwrap()[0].used_quota, Some(10));

    let org = |client: &Client| {
        client
            .drive_1_0()
            .get_quota_infos(drive_1_0::GetQuotaInfosInput {
                r#type: "org",
                identifiers: vec![fake_dingtalk::CORP_ID.to_owned()],
                union_id: ALICE,
            })
            .send()
    };
    let before = org(&client).await.unwrap().quotas.unwrap()[0]
        .quota
        .unwrap();
    let order = DriveQuotaOrder {
        order_id: 1,
        biz_type: "drive".into(),
        capacity_type: "org".into(),
        capacity: 1 << 30,
        day: 365,
        money: 100,
    };
    client
        .drive_1_0()
        .management_buy_quota(drive_1_0::ManagementBuyQuotaInput {
            order: order.clone(),
            token: "purchase-token",
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    let after = org(&client).await.unwrap().quotas.unwrap()[0]
        .quota
        .unwrap();
    assert_eq!(after - before, 1 << 30);
    let twice = client
        .drive_1_0()
        .management_buy_quota(drive_1_0::ManagementBuyQuotaInput {
            order,
            token: "purchase-token",
            union_id: ALICE,
        })
        .send()
        .await;
    expect_failure(twice, "param.error", 400);

    // Only the owner deletes a space; then it is gone.
    let by_bob = client
        .drive_1_0()
        .delete_space(drive_1_0::DeleteSpaceInput {
            space_id: &space_id,
            union_id: BOB,
        })
        .send()
        .await;
    expect_failure(by_bob, "no.priviledge", 400);
    client
        .drive_1_0()
        .delete_space(drive_1_0::DeleteSpaceInput {
            space_id: &space_id,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    let gone = client
        .drive_1_0()
        .info_space(drive_1_0::InfoSpaceInput {
            space_id: &space_id,
            union_id: ALICE,
        })
        .send()
        .await;
    expect_failure(gone, "param.error", 400);
}

#[tokio::test]
async fn missing_spaces_and_files_fail_as_documented() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "Errors").await;
    let no_space = client
        .drive_1_0()
        .list_files(drive_1_0::ListFilesInput {
            space_id: "999999",
            max_results: 10,
            union_id: ALICE,
        })
        .send()
        .await;
    expect_failure(no_space, "param.error", 400);
    let no_file = client
        .drive_1_0()
        .get_file_info(drive_1_0::GetFileInfoInput {
            space_id: &space_id,
            file_id: "404",
            union_id: ALICE,
        })
        .send()
        .await;
    expect_failure(no_file, "param.error", 400);
    let no_file = client
        .drive_1_0()
        .delete_file(drive_1_0::DeleteFileInput {
            space_id: &space_id,
            file_id: "404",
            delete_policy: "toRecycle",
            union_id: ALICE,
        })
        .send()
        .await;
    expect_failure(no_file, "param.error", 400);
    let bad_policy = client
        .drive_1_0()
        .delete_files(drive_1_0::DeleteFilesInput {
            space_id: &space_id,
            file_ids: vec!["404".into()],
            delete_policy: "shred",
            union_id: ALICE,
        })
        .send()
        .await;
    expect_failure(bad_policy, "param.error", 400);
    let no_task = client
        .drive_1_0()
        .get_async_task_info(drive_1_0::GetAsyncTaskInfoInput {
            task_id: "nope",
            union_id: ALICE,
        })
        .send()
        .await;
    expect_failure(no_task, "param.error", 400);
    let folder_download = client
        .drive_1_0()
        .get_download_info(drive_1_0::GetDownloadInfoInput {
            space_id: &space_id,
            file_id: &folder(&client, &space_id, "0", "F").await.file_id.unwrap(),
            union_id: ALICE,
        })
        .send()
        .await;
    expect_failure(folder_download, "unsupported.operation", 400);
    let outsider = client
        .drive_1_0()
        .list_files(drive_1_0::ListFilesInput {
            space_id: &space_id,
            max_results: 10,
            union_id: BOB,
        })
        .send()
        .await;
    expect_failure(outsider, "no.priviledge", 400);
    let wrong_token = Client::builder()
        .base_url(fake.base_url())
        .access_token("made-up")
        .build()
        .unwrap()
        .drive_1_0()
        .get_my_space_info(ALICE)
        .send()
        .await;
    expect_failure(wrong_token, "InvalidAuthentication", 401);
}

//! The storage operations of the fake, driven through the generated client:
//! uploads in one piece and in parts through the object storage, downloads
//! byte for byte, listing page by page, renaming, moving, copying, versions,
//! the recycle bin, roles, app properties, and the errors the spec documents.

use std::sync::Arc;
use std::time::Duration;

use dingtalk::storage_1_0;
use dingtalk::storage_1_0::*;
use dingtalk::{Client, Credentials, Error};
use fake_dingtalk::FakeDingTalk;
use futures_util::{FutureExt, TryStreamExt};
use openapi_runtime::{PartUrls, RetryPolicy, SignedUrl, TransferOptions, UploadSource};

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

/// A new space of `ALICE`, owned by her or by the app.
async fn space(client: &Client, scene_id: &str, owner: OwnerType) -> String {
    client
        .storage_1_0()
        .add_space(ALICE)
        .option(StorageAddSpaceOption {
            scene: Some("storage-tests".into()),
            scene_id: Some(scene_id.into()),
            owner_type: Some(owner),
            ..Default::default()
        })
        .send()
        .await
        .unwrap()
        .space
        .unwrap()
        .id
        .unwrap()
}

async fn folder(client: &Client, space_id: &str, parent_id: &str, name: &str) -> Dentry {
    client
        .storage_1_0()
        .add_folder(storage_1_0::AddFolderInput {
            space_id,
            parent_id,
            union_id: ALICE,
            name,
        })
        .send()
        .await
        .unwrap()
        .dentry
        .unwrap()
}

/// The error code and HTTP status of a failed call.
fn failure<T: std::fmt::Debug, E: std::fmt::Debug>(result: Result<T, Error<E>>) -> (String, u16) {
    let error = result.unwrap_err();
    let api = error.as_api().unwrap_or_else(|| panic!("{error:?}"));
    (api.code.clone().unwrap_or_default(), api.status.as_u16())
}

fn expect_failure<T: std::fmt::Debug, E: std::fmt::Debug>(
    result: Result<T, Error<E>>,
    code: &str,
    status: u16,
) {
    assert_eq!(failure(result), (code.to_owned(), status));
}

/// Sends `content` to the URL of an upload in one piece, as a client of any
/// language would: a plain `PUT` with exactly the headers handed out.
async fn put(info: &HeaderSignatureInfo, content: &[u8]) -> dingtalk::reqwest::Response {
    let mut request =
        dingtalk::reqwest::Client::new().put(&info.resource_urls.as_ref().unwrap()[0]);
    for (name, value) in info.headers.iter().flatten() {
        request = request.header(name, value);
    }
    request.body(content.to_vec()).send().await.unwrap()
}

/// Asks for an upload in one piece into a space and sends `content`; returns the upload key.
async fn upload_content(client: &Client, space_id: &str, user: &str, content: &[u8]) -> String {
    let info = client
        .storage_1_0()
        .get_file_upload_info(storage_1_0::GetFileUploadInfoInput {
            space_id,
            union_id: user,
            protocol: TransferProtocol::HeaderSignature,
            multipart: false,
        })
        .send()
        .await
        .unwrap();
    let response = put(info.header_signature_info.as_ref().unwrap(), content).await;
    assert_eq!(response.status(), 200);
    info.upload_key.unwrap()
}

/// Uploads `content` in one piece and commits it as `name` in `parent_id`.
async fn upload(
    client: &Client,
    space_id: &str,
    parent_id: &str,
    name: &str,
    content: &[u8],
) -> Dentry {
    let upload_key = upload_content(client, space_id, ALICE, content).await;
    client
        .storage_1_0()
        .commit_file(storage_1_0::CommitFileInput {
            space_id,
            union_id: ALICE,
            upload_key: &upload_key,
            name,
            parent_id,
        })
        .send()
        .await
        .unwrap()
        .dentry
        .unwrap()
}

/// Downloads a file (a version of it) with a plain `GET` to the signed URL.
async fn download(
    client: &Client,
    space_id: &str,
    dentry_id: &str,
    user: &str,
    version: Option<i64>,
) -> Result<Vec<u8>, Error> {
    let info = client
        .storage_1_0()
        .get_file_download_info(storage_1_0::GetFileDownloadInfoInput {
            space_id,
            dentry_id,
            union_id: user,
        })
        .option(GetFileDownloadInfoOption {
            version,
            ..Default::default()
        })
        .send()
        .await?;
    assert_eq!(info.protocol, Some(TransferProtocol::HeaderSignature));
    let signature = info.header_signature_info.unwrap();
    let mut request =
        dingtalk::reqwest::Client::new().get(&signature.resource_urls.as_ref().unwrap()[0]);
    for (name, value) in signature.headers.iter().flatten() {
        request = request.header(name, value);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 200);
    Ok(response.bytes().await.unwrap().to_vec())
}

async fn get(
    client: &Client,
    space_id: &str,
    dentry_id: &str,
    user: &str,
) -> Result<Dentry, Error> {
    client
        .storage_1_0()
        .get_dentry(storage_1_0::GetDentryInput {
            space_id,
            dentry_id,
            union_id: user,
        })
        .send()
        .await
        .map(|r| r.dentry.unwrap())
        .map_err(Into::into)
}

/// The names in a folder, in the order listed.
async fn names(client: &Client, space_id: &str, parent_id: &str) -> Vec<String> {
    client
        .storage_1_0()
        .list_dentries(storage_1_0::ListDentriesInput {
            space_id,
            parent_id,
            union_id: ALICE,
        })
        .order_by(DentryOrderBy::Name)
        .order(SortOrder::Asc)
        .items()
        .map_ok(|d| d.name.unwrap())
        .try_collect()
        .await
        .unwrap()
}

fn content(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 31 % 251) as u8).collect()
}

fn id(dentry: &Dentry) -> &str {
    dentry.id.as_deref().unwrap()
}

#[tokio::test]
async fn a_file_goes_up_in_one_piece_and_comes_down_byte_identical() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "one-piece", OwnerType::User).await;
    let docs = folder(&client, &space_id, "0", "docs").await;

    let info = client
        .storage_1_0()
        .get_file_upload_info(storage_1_0::GetFileUploadInfoInput {
            space_id: &space_id,
            union_id: ALICE,
            protocol: TransferProtocol::HeaderSignature,
            multipart: false,
        })
        .option(GetFileUploadInfoOption {
            pre_check_param: Some(UploadPreCheck {
                name: Some("notes.txt".into()),
                parent_id: docs.id.clone(),
                size: Some(5000),
                md5: None,
            }),
            prefer_intranet: Some(true),
            ..Default::default()
        })
        .send()
        .await
        .unwrap();
    let upload_key = info.upload_key.clone().unwrap();
    assert_eq!(info.storage_driver, Some(StorageDriver::Dingtalk));
    assert_eq!(info.protocol, Some(TransferProtocol::HeaderSignature));
    let signature = info.header_signature_info.unwrap();
    let url = &signature.resource_urls.as_ref().unwrap()[0];
    assert!(
        url.starts_with(&fake.objects().base_url()),
        "{url} is on the object storage's origin"
    );
    assert_ne!(fake.objects().base_url(), fake.base_url());
    assert_eq!(signature.internal_resource_urls.as_ref().unwrap().len(), 1);
    assert!(signature.headers.as_ref().unwrap()["x-fake-signature"].len() > 8);
    assert_eq!(signature.expiration_seconds, Some(900));

    // Without the headers handed out, the storage refuses the upload.
    let unsigned = dingtalk::reqwest::Client::new()
        .put(url)
        .body("x")
        .send()
        .await
        .unwrap();
    assert_eq!(unsigned.status(), 403);
    let data = content(5000);
    assert_eq!(put(&signature, &data).await.status(), 200);

    // Nothing is in the folder until the upload is committed.
    assert!(names(&client, &space_id, id(&docs)).await.is_empty());
    let commit = |upload_key: String| {
        let client = client.clone();
        let (space_id, parent_id) = (space_id.clone(), docs.id.clone().unwrap());
        async move {
            client
                .storage_1_0()
                .commit_file(storage_1_0::CommitFileInput {
                    space_id: &space_id,
                    union_id: ALICE,
                    upload_key: &upload_key,
                    name: "notes.txt",
                    parent_id: &parent_id,
                })
                .option(CommitFileOption {
                    size: Some(5000),
                    ..Default::default()
                })
                .send()
                .await
        }
    };
    let file = commit(upload_key.clone()).await.unwrap().dentry.unwrap();
    assert_eq!(file.name.as_deref(), Some("notes.txt"));
    assert_eq!(file.path.as_deref(), Some("/docs/notes.txt"));
    assert_eq!(file.parent_id, docs.id);
    assert_eq!(file.r#type, Some(DentryType::File));
    assert_eq!(file.size, Some(5000));
    assert_eq!(file.version, Some(1));
    assert_eq!(file.extension.as_deref(), Some("txt"));
    assert_eq!(file.category.as_deref(), Some("DOCUMENT"));
    assert_eq!(file.status, Some(DentryStatus::Normal));
    assert_eq!(names(&client, &space_id, id(&docs)).await, ["notes.txt"]);
    assert_eq!(
        get(&client, &space_id, id(&file), ALICE).await.unwrap(),
        file
    );

    // A key is used up by its commit.
    expect_failure(commit(upload_key).await, "paramError", 400);
    // The pre-check refuses a name now taken.
    let taken = client
        .storage_1_0()
        .get_file_upload_info(storage_1_0::GetFileUploadInfoInput {
            space_id: &space_id,
            union_id: ALICE,
            protocol: TransferProtocol::HeaderSignature,
            multipart: false,
        })
        .option(GetFileUploadInfoOption {
            pre_check_param: Some(UploadPreCheck {
                name: Some("notes.txt".into()),
                parent_id: docs.id.clone(),
                ..Default::default()
            }),
            ..Default::default()
        })
        .send()
        .await;
    expect_failure(taken, "dentryAlreadyExist", 400);

    assert_eq!(
        download(&client, &space_id, id(&file), ALICE, None)
            .await
            .unwrap(),
        data
    );
    let read_space = client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: &space_id,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap()
        .space
        .unwrap();
    assert_eq!(read_space.used_quota, Some(5000));

    // URLs made invalid by the storage are refused; new ones work.
    let stale = client
        .storage_1_0()
        .get_file_download_info(storage_1_0::GetFileDownloadInfoInput {
            space_id: &space_id,
            dentry_id: id(&file),
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap()
        .header_signature_info
        .unwrap();
    fake.objects().expire_urls();
    let mut refused = dingtalk::reqwest::Client::new().get(&stale.resource_urls.unwrap()[0]);
    for (name, value) in stale.headers.unwrap() {
        refused = refused.header(name, value);
    }
    assert_eq!(refused.send().await.unwrap().status(), 403);
    assert_eq!(
        download(&client, &space_id, id(&file), ALICE, None)
            .await
            .unwrap(),
        data
    );
}

/// Part URLs from `storage_GetMultipartFileUploadInfos`, for the runtime's transfers.
fn part_urls(client: &Client, upload_key: &str) -> PartUrls {
    let (client, upload_key) = (client.clone(), upload_key.to_owned());
    Arc::new(move |numbers: Vec<u32>| {
        let (client, upload_key) = (client.clone(), upload_key.clone());
        async move {
            let infos = client
                .storage_1_0()
                .get_multipart_file_upload_infos(storage_1_0::GetMultipartFileUploadInfosInput {
                    union_id: ALICE,
                    upload_key: &upload_key,
                    part_numbers: numbers.iter().map(|&n| n as i32).collect(),
                })
                .send()
                .await?;
            Ok(infos
                .multipart_header_signature_infos
                .unwrap_or_default()
                .into_iter()
                .map(|info| {
                    let signature = info.header_signature_info.unwrap();
                    let url = SignedUrl::new(
                        signature.resource_urls.unwrap().remove(0),
                        signature.headers.unwrap_or_default().into_iter().collect(),
                    )
                    .expiring_in(signature.expiration_seconds.unwrap_or(0) as u64);
                    (info.part_number.unwrap() as u32, url)
                })
                .collect())
        }
        .boxed()
    })
}

fn transfer_options() -> TransferOptions {
    TransferOptions::default()
        .part_size(100 * 1024)
        .concurrency(2)
        .retry(
            RetryPolicy::default()
                .max_retries(3)
                .initial_backoff(Duration::from_millis(1))
                .max_backoff(Duration::from_millis(2)),
        )
}

#[tokio::test]
async fn a_file_goes_up_in_parts_despite_faults_and_comes_down_resumed() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "parts", OwnerType::User).await;
    let upload_key = client
        .storage_1_0()
        .init_multipart_file_upload(storage_1_0::InitMultipartFileUploadInput {
            space_id: &space_id,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap()
        .upload_key
        .unwrap();
    let data = content(300 * 1024 + 9);
    fake.objects().fail_part(2, 1);
    let parts = client
        .runtime()
        .upload_parts(
            UploadSource::from(data.clone()),
            &transfer_options(),
            part_urls(&client, &upload_key),
        )
        .await
        .unwrap();
    assert_eq!(parts.len(), 4);
    let file = client
        .storage_1_0()
        .commit_file(storage_1_0::CommitFileInput {
            space_id: &space_id,
            union_id: ALICE,
            upload_key: &upload_key,
            name: "big.bin",
            parent_id: "0",
        })
        .send()
        .await
        .unwrap()
        .dentry
        .unwrap();
    assert_eq!(file.size, Some(data.len() as i64));

    let info = client
        .storage_1_0()
        .get_file_download_info(storage_1_0::GetFileDownloadInfoInput {
            space_id: &space_id,
            dentry_id: id(&file),
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap()
        .header_signature_info
        .unwrap();
    let source = SignedUrl::new(
        info.resource_urls.unwrap().remove(0),
        info.headers.unwrap().into_iter().collect(),
    );
    fake.objects().cut_next_download(70 * 1024);
    let before = fake.objects().gets();
    let mut out = Vec::new();
    client
        .runtime()
        .download_signed(
            &source,
            &mut out,
            file.size.map(|s| s as u64),
            &transfer_options(),
        )
        .await
        .unwrap();
    assert_eq!(out, data);
    assert_eq!(
        fake.objects().gets() - before,
        2,
        "the cut download was resumed"
    );
}

#[tokio::test]
async fn an_upload_in_parts_is_committed_only_whole() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "gaps", OwnerType::User).await;
    let upload_key = client
        .storage_1_0()
        .init_multipart_file_upload(storage_1_0::InitMultipartFileUploadInput {
            space_id: &space_id,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap()
        .upload_key
        .unwrap();
    let infos = |numbers: Vec<i32>, user: &'static str| {
        let (client, upload_key) = (client.clone(), upload_key.clone());
        async move {
            client
                .storage_1_0()
                .get_multipart_file_upload_infos(storage_1_0::GetMultipartFileUploadInfosInput {
                    union_id: user,
                    upload_key: &upload_key,
                    part_numbers: numbers,
                })
                .send()
                .await
        }
    };
    let first_and_third = infos(vec![1, 3], ALICE)
        .await
        .unwrap()
        .multipart_header_signature_infos
        .unwrap();
    assert_eq!(
        first_and_third
            .iter()
            .map(|i| i.part_number.unwrap())
            .collect::<Vec<_>>(),
        [1, 3]
    );
    // Every part but the last holds the storage's minimum of 100 KiB.
    let part_len = |number: u8| if number == 3 { 10 } else { 100 * 1024 };
    for info in &first_and_third {
        let number = info.part_number.unwrap() as u8;
        let part = vec![number; part_len(number)];
        let sent = put(info.header_signature_info.as_ref().unwrap(), &part).await;
        assert_eq!(sent.status(), 200);
    }
    let commit = || {
        client
            .storage_1_0()
            .commit_file(storage_1_0::CommitFileInput {
                space_id: &space_id,
                union_id: ALICE,
                upload_key: &upload_key,
                name: "three.bin",
                parent_id: "0",
            })
            .send()
    };
    expect_failure(commit().await, "paramError", 400);
    // Someone else may not upload under the key; an unknown key is refused.
    expect_failure(infos(vec![2], BOB).await, "permissionDenied", 403);
    let unknown = client
        .storage_1_0()
        .get_multipart_file_upload_infos(storage_1_0::GetMultipartFileUploadInfosInput {
            union_id: ALICE,
            upload_key: "no-such-upload",
            part_numbers: vec![1],
        })
        .send()
        .await;
    expect_failure(unknown, "paramError", 400);

    // The missing part can still be sent, and then the upload is whole.
    let second = infos(vec![2], ALICE)
        .await
        .unwrap()
        .multipart_header_signature_infos
        .unwrap()
        .remove(0);
    put(
        second.header_signature_info.as_ref().unwrap(),
        &vec![2; part_len(2)],
    )
    .await;
    let file = commit().await.unwrap().dentry.unwrap();
    assert_eq!(file.size, Some(2 * 100 * 1024 + 10));
    let mut expected = vec![1; part_len(1)];
    expected.extend(vec![2; part_len(2)]);
    expected.extend([3; 10]);
    assert_eq!(
        download(&client, &space_id, id(&file), ALICE, None)
            .await
            .unwrap(),
        expected
    );
}

#[tokio::test]
async fn overwrites_make_versions_that_can_be_listed_downloaded_and_reverted() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "versions", OwnerType::User).await;
    let first = upload(&client, &space_id, "0", "report.txt", b"one").await;

    // A new version by id...
    let key = upload_content(&client, &space_id, ALICE, b"two!").await;
    let second = client
        .storage_1_0()
        .commit_file(storage_1_0::CommitFileInput {
            space_id: &space_id,
            union_id: ALICE,
            upload_key: &key,
            name: "report.txt",
            parent_id: "0",
        })
        .overwrite_dentry_id(id(&first))
        .send()
        .await
        .unwrap()
        .dentry
        .unwrap();
    assert_eq!(
        (second.id.as_deref(), second.version),
        (first.id.as_deref(), Some(2))
    );
    // ...and by name, with OVERWRITE.
    let commit_named = |key: String, strategy: ConflictStrategy| {
        let (client, space_id) = (client.clone(), space_id.clone());
        async move {
            client
                .storage_1_0()
                .commit_file(storage_1_0::CommitFileInput {
                    space_id: &space_id,
                    union_id: ALICE,
                    upload_key: &key,
                    name: "report.txt",
                    parent_id: "0",
                })
                .option(CommitFileOption {
                    conflict_strategy: Some(strategy),
                    ..Default::default()
                })
                .send()
                .await
        }
    };
    let key = upload_content(&client, &space_id, ALICE, b"three").await;
    let third = commit_named(key, ConflictStrategy::Overwrite)
        .await
        .unwrap()
        .dentry
        .unwrap();
    assert_eq!(
        (third.id.as_deref(), third.version),
        (first.id.as_deref(), Some(3))
    );
    assert_eq!(third.size, Some(5));

    // Other strategies leave the file alone.
    let key = upload_content(&client, &space_id, ALICE, b"other").await;
    expect_failure(
        commit_named(key.clone(), ConflictStrategy::ReturnErrorIfExists).await,
        "dentryAlreadyExist",
        400,
    );
    let existing = commit_named(key.clone(), ConflictStrategy::ReturnDentryIfExists)
        .await
        .unwrap()
        .dentry
        .unwrap();
    assert_eq!(existing.version, Some(3));
    let renamed = commit_named(key, ConflictStrategy::AutoRename)
        .await
        .unwrap()
        .dentry
        .unwrap();
    assert_eq!(renamed.name.as_deref(), Some("report (1).txt"));
    assert_eq!(renamed.version, Some(1));
    // A strategy the spec does not list: the validating proxy, when there is
    // one, refuses it before the fake sees it.
    let key = upload_content(&client, &space_id, ALICE, b"x").await;
    let unknown = commit_named(key, ConflictStrategy::Other("MERGE".into())).await;
    if fake.validated() {
        assert_eq!(failure(unknown).1, 422);
    } else {
        expect_failure(unknown, "paramError.conflictStrategy", 400);
    }

    let versions = |max: i32| {
        client
            .storage_1_0()
            .list_dentry_versions(storage_1_0::ListDentryVersionsInput {
                space_id: &space_id,
                dentry_id: id(&first),
                union_id: ALICE,
            })
            .max_results(max)
    };
    let earlier: Vec<(i64, i64)> = versions(50)
        .items()
        .map_ok(|d| (d.version.unwrap(), d.size.unwrap()))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(earlier, [(2, 4), (1, 3)]);
    assert_eq!(
        download(&client, &space_id, id(&first), ALICE, Some(1))
            .await
            .unwrap(),
        b"one"
    );
    expect_failure(
        download(&client, &space_id, id(&first), ALICE, Some(9)).await,
        "dentryNotExist",
        404,
    );

    let revert = |version: i64| {
        client
            .storage_1_0()
            .revert_dentry_version(storage_1_0::RevertDentryVersionInput {
                space_id: &space_id,
                dentry_id: id(&first),
                version,
                union_id: ALICE,
            })
            .send()
    };
    assert_eq!(revert(1).await.unwrap().success, Some(true));
    let current = get(&client, &space_id, id(&first), ALICE).await.unwrap();
    assert_eq!((current.version, current.size), (Some(4), Some(3)));
    assert_eq!(
        download(&client, &space_id, id(&first), ALICE, None)
            .await
            .unwrap(),
        b"one"
    );
    expect_failure(revert(42).await, "dentryNotExist", 404);

    // Three earlier versions now, two to a page.
    let pages: Vec<DentryPage> = versions(2).pages().try_collect().await.unwrap();
    let numbers: Vec<Vec<i64>> = pages
        .iter()
        .map(|p| {
            p.dentries
                .iter()
                .flatten()
                .map(|d| d.version.unwrap())
                .collect()
        })
        .collect();
    assert_eq!(numbers, [vec![3, 2], vec![1]]);
}

#[tokio::test]
async fn folders_and_the_whole_space_are_listed_page_by_page() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "listing", OwnerType::User).await;
    for name in ["delta", "alpha", "echo", "charlie", "bravo"] {
        folder(&client, &space_id, "0", name).await;
    }
    let photos = folder(&client, &space_id, "0", "photos").await;
    let small = upload(&client, &space_id, id(&photos), "a.png", &[1; 10]).await;
    upload(&client, &space_id, id(&photos), "b.txt", &[2; 300]).await;
    upload(&client, &space_id, "0", "zulu.txt", &[3; 20]).await;

    let list = || {
        client
            .storage_1_0()
            .list_dentries(storage_1_0::ListDentriesInput {
                space_id: &space_id,
                parent_id: "0",
                union_id: ALICE,
            })
    };
    let pages: Vec<DentryPage> = list()
        .max_results(3)
        .order_by(DentryOrderBy::Name)
        .order(SortOrder::Asc)
        .pages()
        .try_collect()
        .await
        .unwrap();
    let sizes: Vec<usize> = pages
        .iter()
        .map(|p| p.dentries.as_ref().map_or(0, Vec::len))
        .collect();
    assert_eq!(sizes, [3, 3, 1]);
    assert!(pages[0]
        .next_token
        .as_deref()
        .is_some_and(|t| !t.is_empty()));
    assert_eq!(pages[2].next_token, None);
    let in_order: Vec<String> = pages
        .iter()
        .flat_map(|p| p.dentries.iter().flatten())
        .map(|d| d.name.clone().unwrap())
        .collect();
    assert_eq!(
        in_order,
        ["alpha", "bravo", "charlie", "delta", "echo", "photos", "zulu.txt"]
    );
    // By default the most recently changed come first.
    let newest: Vec<String> = list()
        .max_results(2)
        .send()
        .await
        .unwrap()
        .dentries
        .unwrap()
        .into_iter()
        .map(|d| d.name.unwrap())
        .collect();
    assert_eq!(newest, ["zulu.txt", "photos"]);
    let by_size: Vec<String> = client
        .storage_1_0()
        .list_dentries(storage_1_0::ListDentriesInput {
            space_id: &space_id,
            parent_id: id(&photos),
            union_id: ALICE,
        })
        .order_by(DentryOrderBy::Size)
        .order(SortOrder::Desc)
        .with_thumbnail(true)
        .items()
        .map_ok(|d| format!("{}:{}", d.name.unwrap(), d.thumbnail.is_some()))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(by_size, ["b.txt:false", "a.png:true"]);
    expect_failure(list().next_token("garbage").send().await, "paramError", 400);

    // The whole space, flat, with the cursor in the body.
    let all = |max: i32| {
        client
            .storage_1_0()
            .list_all_dentries(storage_1_0::ListAllDentriesInput {
                space_id: &space_id,
                union_id: ALICE,
            })
            .option(ListAllDentriesOption {
                max_results: Some(max),
                ..Default::default()
            })
    };
    let pages: Vec<DentryPage> = all(4).pages().try_collect().await.unwrap();
    assert_eq!(pages.len(), 3);
    let paths: Vec<String> = pages
        .iter()
        .flat_map(|p| p.dentries.iter().flatten())
        .map(|d| d.path.clone().unwrap())
        .collect();
    assert_eq!(paths.len(), 9);
    assert_eq!(paths[0], "/delta", "oldest change first");
    assert!(paths.contains(&"/photos/b.txt".to_owned()));

    // A batch read answers per id.
    let batch = client
        .storage_1_0()
        .get_dentries(storage_1_0::GetDentriesInput {
            space_id: &space_id,
            union_id: ALICE,
            dentry_ids: vec![small.id.clone().unwrap(), "404404".into()],
        })
        .send()
        .await
        .unwrap()
        .result_items
        .unwrap();
    assert_eq!(batch[0].success, Some(true));
    assert_eq!(
        batch[0].dentry.as_ref().unwrap().path.as_deref(),
        Some("/photos/a.png")
    );
    assert_eq!(
        (batch[1].success, batch[1].error_code.as_deref()),
        (Some(false), Some("dentryNotExist"))
    );

    let thumbnails = client
        .storage_1_0()
        .get_dentry_thumbnails(storage_1_0::GetDentryThumbnailsInput {
            space_id: &space_id,
            union_id: ALICE,
            dentry_ids: vec![small.id.clone().unwrap(), photos.id.clone().unwrap()],
        })
        .send()
        .await
        .unwrap()
        .result_items
        .unwrap();
    assert!(thumbnails[0].thumbnail.as_ref().unwrap().url.is_some());
    assert_eq!(thumbnails[1].success, Some(false));
}

#[tokio::test]
async fn entries_are_renamed_moved_and_copied() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "moves", OwnerType::User).await;
    let other_space = space(&client, "moves-target", OwnerType::User).await;
    let projects = folder(&client, &space_id, "0", "projects").await;
    let archive = folder(&client, &space_id, "0", "archive").await;
    let plan = upload(&client, &space_id, id(&projects), "plan.txt", b"the plan").await;
    let notes = upload(&client, &space_id, "0", "notes.txt", b"notes").await;

    let rename = |dentry_id: String, new_name: &'static str| {
        let (client, space_id) = (client.clone(), space_id.clone());
        async move {
            client
                .storage_1_0()
                .rename_dentry(storage_1_0::RenameDentryInput {
                    space_id: &space_id,
                    dentry_id: &dentry_id,
                    union_id: ALICE,
                    new_name,
                })
                .send()
                .await
        }
    };
    let renamed = rename(plan.id.clone().unwrap(), "plan-v2.txt")
        .await
        .unwrap()
        .dentry
        .unwrap();
    assert_eq!(renamed.path.as_deref(), Some("/projects/plan-v2.txt"));
    assert_eq!(renamed.id, plan.id);
    expect_failure(
        rename(projects.id.clone().unwrap(), "archive").await,
        "dentryAlreadyExist",
        400,
    );
    expect_failure(
        rename(projects.id.clone().unwrap(), "bad*name").await,
        "dentryNameIllegal",
        400,
    );

    // Moving a folder with content runs as a task; its content moves with it.
    let moved = client
        .storage_1_0()
        .move_dentry(storage_1_0::MoveDentryInput {
            space_id: &space_id,
            dentry_id: id(&projects),
            union_id: ALICE,
            target_space_id: &space_id,
            target_folder_id: id(&archive),
        })
        .send()
        .await
        .unwrap();
    assert_eq!(moved.r#async, Some(true));
    let task = client
        .storage_1_0()
        .get_task(storage_1_0::GetTaskInput {
            task_id: moved.task_id.as_deref().unwrap(),
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap()
        .task
        .unwrap();
    assert_eq!(task.status, Some(TaskStatus::Success));
    assert_eq!((task.total_count, task.success_count), (Some(2), Some(2)));
    let plan_now = get(&client, &space_id, id(&plan), ALICE).await.unwrap();
    assert_eq!(
        plan_now.path.as_deref(),
        Some("/archive/projects/plan-v2.txt")
    );
    let into_itself = client
        .storage_1_0()
        .move_dentry(storage_1_0::MoveDentryInput {
            space_id: &space_id,
            dentry_id: id(&archive),
            union_id: ALICE,
            target_space_id: &space_id,
            target_folder_id: id(&projects),
        })
        .send()
        .await;
    expect_failure(into_itself, "paramError", 400);

    // A copy beside the original gets a new name; one in another space the same.
    let copy = |target_space: String, strategy: ConflictStrategy| {
        let (client, space_id, notes) = (client.clone(), space_id.clone(), notes.id.clone());
        async move {
            client
                .storage_1_0()
                .copy_dentry(storage_1_0::CopyDentryInput {
                    space_id: &space_id,
                    dentry_id: notes.as_deref().unwrap(),
                    union_id: ALICE,
                    target_space_id: &target_space,
                    target_folder_id: "0",
                })
                .option(DentryCopyOption {
                    conflict_strategy: Some(strategy),
                })
                .send()
                .await
        }
    };
    let beside = copy(space_id.clone(), ConflictStrategy::AutoRename)
        .await
        .unwrap();
    assert_eq!(beside.r#async, Some(false));
    let beside = beside.dentry.unwrap();
    assert_eq!(beside.name.as_deref(), Some("notes (1).txt"));
    assert_ne!(beside.id, notes.id);
    expect_failure(
        copy(space_id.clone(), ConflictStrategy::ReturnErrorIfExists).await,
        "dentryAlreadyExist",
        400,
    );
    let across = copy(other_space.clone(), ConflictStrategy::AutoRename)
        .await
        .unwrap()
        .dentry
        .unwrap();
    assert_eq!(
        (across.space_id.as_deref(), across.name.as_deref()),
        (Some(other_space.as_str()), Some("notes.txt"))
    );
    assert_eq!(
        download(&client, &other_space, id(&across), ALICE, None)
            .await
            .unwrap(),
        b"notes"
    );
    expect_failure(
        copy("no-such-space".into(), ConflictStrategy::AutoRename).await,
        "spaceNotExist",
        404,
    );

    // Batches answer item by item.
    let copies = client
        .storage_1_0()
        .copy_dentries(storage_1_0::CopyDentriesInput {
            space_id: &space_id,
            union_id: ALICE,
            dentry_ids: vec![archive.id.clone().unwrap(), "404404".into()],
            target_space_id: &other_space,
            target_folder_id: "0",
        })
        .send()
        .await
        .unwrap()
        .result_items
        .unwrap();
    assert_eq!(
        (copies[0].success, copies[0].r#async),
        (Some(true), Some(true))
    );
    assert_eq!(
        copies[0].target_space_id.as_deref(),
        Some(other_space.as_str())
    );
    assert_eq!(
        (copies[1].success, copies[1].error_code.as_deref()),
        (Some(false), Some("dentryNotExist"))
    );
    let copied_plan = client
        .storage_1_0()
        .list_all_dentries(storage_1_0::ListAllDentriesInput {
            space_id: &other_space,
            union_id: ALICE,
        })
        .items()
        .try_filter(|d| futures_util::future::ready(d.name.as_deref() == Some("plan-v2.txt")))
        .try_collect::<Vec<_>>()
        .await
        .unwrap();
    assert_eq!(copied_plan.len(), 1);
    assert_eq!(
        copied_plan[0].path.as_deref(),
        Some("/archive/projects/plan-v2.txt")
    );

    let moves = client
        .storage_1_0()
        .move_dentries(storage_1_0::MoveDentriesInput {
            space_id: &space_id,
            union_id: ALICE,
            dentry_ids: vec![notes.id.clone().unwrap(), beside.id.clone().unwrap()],
            target_space_id: &space_id,
            target_folder_id: id(&archive),
        })
        .send()
        .await
        .unwrap()
        .result_items
        .unwrap();
    assert!(moves.iter().all(|m| m.success == Some(true)));
    assert_eq!(moves[0].target_dentry_id, notes.id);
    assert_eq!(
        names(&client, &space_id, id(&archive)).await,
        ["notes (1).txt", "notes.txt", "projects"]
    );
    assert_eq!(names(&client, &space_id, "0").await, ["archive"]);

    // An entry cannot replace the folder that holds it.
    let twin = folder(&client, &space_id, "0", "twin").await;
    let inner_twin = folder(&client, &space_id, id(&twin), "twin").await;
    let over_its_parent = client
        .storage_1_0()
        .move_dentry(storage_1_0::MoveDentryInput {
            space_id: &space_id,
            dentry_id: id(&inner_twin),
            union_id: ALICE,
            target_space_id: &space_id,
            target_folder_id: "0",
        })
        .option(MoveDentryOption {
            conflict_strategy: Some(ConflictStrategy::Overwrite),
            ..Default::default()
        })
        .send()
        .await;
    expect_failure(over_its_parent, "paramError", 400);
    assert_eq!(names(&client, &space_id, id(&twin)).await, ["twin"]);
}

#[tokio::test]
async fn deleted_entries_wait_in_the_recycle_bin_until_restored_or_purged() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "recycling", OwnerType::User).await;
    let folder_a = folder(&client, &space_id, "0", "a").await;
    let inner = upload(&client, &space_id, id(&folder_a), "inner.txt", b"inner").await;
    let b = upload(&client, &space_id, "0", "b.txt", b"bb").await;
    let c = upload(&client, &space_id, "0", "c.txt", b"ccc").await;
    let d = upload(&client, &space_id, "0", "d.txt", b"dddd").await;

    let deleted = client
        .storage_1_0()
        .delete_dentry(storage_1_0::DeleteDentryInput {
            space_id: &space_id,
            dentry_id: id(&folder_a),
            union_id: ALICE,
        })
        .to_recycle_bin(true)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.r#async, Some(true), "a folder with content");
    assert!(deleted.task_id.is_some());
    let batch = client
        .storage_1_0()
        .delete_dentries(storage_1_0::DeleteDentriesInput {
            space_id: &space_id,
            union_id: ALICE,
            dentry_ids: vec![
                b.id.clone().unwrap(),
                c.id.clone().unwrap(),
                "404404".into(),
            ],
        })
        .option(DeleteDentriesOption {
            to_recycle_bin: Some(true),
        })
        .send()
        .await
        .unwrap()
        .result_items
        .unwrap();
    let outcomes: Vec<(Option<bool>, Option<&str>)> = batch
        .iter()
        .map(|r| (r.success, r.error_code.as_deref()))
        .collect();
    assert_eq!(
        outcomes,
        [
            (Some(true), None),
            (Some(true), None),
            (Some(false), Some("dentryNotExist"))
        ]
    );
    assert_eq!(names(&client, &space_id, "0").await, ["d.txt"]);
    let in_bin = get(&client, &space_id, id(&inner), ALICE).await.unwrap();
    assert_eq!(in_bin.status, Some(DentryStatus::Deleted));
    expect_failure(
        download(&client, &space_id, id(&inner), ALICE, None).await,
        "dentryNotExist",
        404,
    );

    let bin = client
        .storage_1_0()
        .get_recycle_bin(storage_1_0::GetRecycleBinInput {
            recycle_bin_scope: RecycleBinScope::Space,
            scope_id: &space_id,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap()
        .recycle_bin
        .unwrap();
    assert_eq!(bin.scope_id.as_deref(), Some(space_id.as_str()));
    let bin_id = bin.id.unwrap();
    let list = |max: i32| {
        client
            .storage_1_0()
            .list_recycle_items(storage_1_0::ListRecycleItemsInput {
                recycle_bin_id: &bin_id,
                union_id: ALICE,
            })
            .max_results(max)
    };
    let pages: Vec<ListRecycleItemsResponse> = list(2).pages().try_collect().await.unwrap();
    let items: Vec<RecycleItem> = pages
        .iter()
        .flat_map(|p| p.recycle_items.clone().unwrap_or_default())
        .collect();
    assert_eq!(pages.len(), 2);
    let names_in_bin: Vec<&str> = items
        .iter()
        .map(|i| i.original_name.as_deref().unwrap())
        .collect();
    assert_eq!(
        names_in_bin,
        ["c.txt", "b.txt", "a"],
        "latest deletion first"
    );
    let item_of = |name: &str| {
        items
            .iter()
            .find(|i| i.original_name.as_deref() == Some(name))
            .unwrap()
            .id
            .clone()
            .unwrap()
    };
    let folder_item = client
        .storage_1_0()
        .get_recycle_item(storage_1_0::GetRecycleItemInput {
            recycle_bin_id: &bin_id,
            recycle_item_id: &item_of("a"),
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap()
        .item
        .unwrap();
    assert_eq!(
        (
            folder_item.original_path.as_deref(),
            folder_item.size,
            folder_item.r#type.clone(),
            folder_item.operator_id.as_deref()
        ),
        (Some("/a"), Some(5), Some(DentryType::Folder), Some(ALICE))
    );

    // Back where it was, with its content.
    let restored = client
        .storage_1_0()
        .restore_recycle_item(storage_1_0::RestoreRecycleItemInput {
            recycle_bin_id: &bin_id,
            recycle_item_id: &item_of("a"),
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(restored.dentry_id, folder_a.id);
    assert_eq!(
        download(&client, &space_id, id(&inner), ALICE, None)
            .await
            .unwrap(),
        b"inner"
    );
    // A name taken meanwhile is handled by the strategy.
    upload(&client, &space_id, "0", "b.txt", b"new b").await;
    let restore_b = |strategy: ConflictStrategy| {
        client
            .storage_1_0()
            .restore_recycle_item(storage_1_0::RestoreRecycleItemInput {
                recycle_bin_id: &bin_id,
                recycle_item_id: &item_of("b.txt"),
                union_id: ALICE,
            })
            .option(RestoreOption {
                conflict_strategy: Some(strategy),
            })
            .send()
    };
    expect_failure(
        restore_b(ConflictStrategy::ReturnErrorIfExists).await,
        "dentryAlreadyExist",
        400,
    );
    let results = client
        .storage_1_0()
        .restore_recycle_items(storage_1_0::RestoreRecycleItemsInput {
            recycle_bin_id: &bin_id,
            union_id: ALICE,
            recycle_item_ids: vec![item_of("b.txt"), "no-such-item".into()],
        })
        .send()
        .await
        .unwrap()
        .result_items
        .unwrap();
    assert_eq!(results[0].dentry_id, b.id);
    assert_eq!(
        (results[1].success, results[1].error_code.as_deref()),
        (Some(false), Some("paramError"))
    );
    assert_eq!(
        names(&client, &space_id, "0").await,
        ["a", "b (1).txt", "b.txt", "d.txt"]
    );

    // Deleted for good: from the bin, or at once.
    client
        .storage_1_0()
        .delete_recycle_item(storage_1_0::DeleteRecycleItemInput {
            recycle_bin_id: &bin_id,
            recycle_item_id: &item_of("c.txt"),
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    expect_failure(
        get(&client, &space_id, id(&c), ALICE).await,
        "dentryNotExist",
        404,
    );
    let gone = client
        .storage_1_0()
        .get_recycle_item(storage_1_0::GetRecycleItemInput {
            recycle_bin_id: &bin_id,
            recycle_item_id: &item_of("c.txt"),
            union_id: ALICE,
        })
        .send()
        .await;
    expect_failure(gone, "paramError", 400);
    client
        .storage_1_0()
        .delete_dentry(storage_1_0::DeleteDentryInput {
            space_id: &space_id,
            dentry_id: id(&d),
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    expect_failure(
        get(&client, &space_id, id(&d), ALICE).await,
        "dentryNotExist",
        404,
    );
    assert_eq!(list(50).send().await.unwrap().recycle_items, None);

    for dentry in [&inner, &folder_a] {
        client
            .storage_1_0()
            .delete_dentry(storage_1_0::DeleteDentryInput {
                space_id: &space_id,
                dentry_id: id(dentry),
                union_id: ALICE,
            })
            .to_recycle_bin(true)
            .send()
            .await
            .unwrap();
    }
    let items: Vec<String> = list(50)
        .items()
        .map_ok(|i| i.id.unwrap())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items.len(), 2);
    client
        .storage_1_0()
        .delete_recycle_items(storage_1_0::DeleteRecycleItemsInput {
            recycle_bin_id: &bin_id,
            union_id: ALICE,
            recycle_item_ids: vec![items[0].clone()],
        })
        .send()
        .await
        .unwrap();
    assert_eq!(
        list(50)
            .items()
            .try_collect::<Vec<_>>()
            .await
            .unwrap()
            .len(),
        1
    );
    client
        .storage_1_0()
        .clear_recycle_bin(storage_1_0::ClearRecycleBinInput {
            recycle_bin_id: &bin_id,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(list(50).send().await.unwrap().recycle_items, None);
    assert_eq!(names(&client, &space_id, "0").await, ["b (1).txt", "b.txt"]);
    expect_failure(
        get(&client, &space_id, id(&inner), ALICE).await,
        "dentryNotExist",
        404,
    );
}

fn user(id: &str) -> PermissionMember {
    PermissionMember {
        r#type: MemberType::User,
        id: id.into(),
        corp_id: None,
    }
}

#[tokio::test]
async fn roles_decide_who_may_read_download_and_share() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "roles", OwnerType::User).await;
    let shared = folder(&client, &space_id, "0", "shared").await;
    let file = upload(&client, &space_id, id(&shared), "budget.xlsx", b"numbers").await;
    let private = folder(&client, &space_id, "0", "private").await;

    expect_failure(
        get(&client, &space_id, id(&file), BOB).await,
        "permissionDenied",
        403,
    );
    let grant = |role: PermissionRole, members: Vec<PermissionMember>, by: &'static str| {
        let (client, space_id, shared) = (client.clone(), space_id.clone(), shared.id.clone());
        async move {
            client
                .storage_1_0()
                .add_permission(storage_1_0::AddPermissionInput {
                    space_id: &space_id,
                    dentry_id: shared.as_deref().unwrap(),
                    union_id: by,
                    role_id: role,
                    members,
                })
                .send()
                .await
        }
    };
    grant(PermissionRole::Reader, vec![user(BOB)], ALICE)
        .await
        .unwrap();
    // The role on the folder holds for what is in it: reading, not downloading.
    assert_eq!(
        get(&client, &space_id, id(&file), BOB)
            .await
            .unwrap()
            .name
            .as_deref(),
        Some("budget.xlsx")
    );
    expect_failure(
        download(&client, &space_id, id(&file), BOB, None).await,
        "permissionDenied",
        403,
    );
    expect_failure(
        grant(PermissionRole::Editor, vec![user("union-carol")], BOB).await,
        "permissionDenied",
        403,
    );
    // Bob sees only what he was given.
    let visible: Vec<String> = client
        .storage_1_0()
        .list_dentries(storage_1_0::ListDentriesInput {
            space_id: &space_id,
            parent_id: "0",
            union_id: BOB,
        })
        .items()
        .map_ok(|d| d.name.unwrap())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(visible, ["shared"]);

    let change = |role: PermissionRole, member: &'static str| {
        client
            .storage_1_0()
            .update_permission(storage_1_0::UpdatePermissionInput {
                space_id: &space_id,
                dentry_id: id(&shared),
                union_id: ALICE,
                role_id: role,
                members: vec![user(member)],
            })
            .send()
    };
    change(PermissionRole::Downloader, BOB).await.unwrap();
    assert_eq!(
        download(&client, &space_id, id(&file), BOB, None)
            .await
            .unwrap(),
        b"numbers"
    );
    expect_failure(
        change(PermissionRole::Editor, "union-nobody").await,
        "paramError",
        400,
    );

    let roles = client
        .storage_1_0()
        .batch_query_roles(storage_1_0::BatchQueryRolesInput {
            space_id: &space_id,
            dentry_id_list: vec![
                shared.id.clone().unwrap(),
                file.id.clone().unwrap(),
                private.id.clone().unwrap(),
            ],
            union_id: BOB,
        })
        .send()
        .await
        .unwrap()
        .role_map
        .unwrap();
    let role_of = |dentry: &Dentry| {
        roles[id(dentry)]
            .iter()
            .map(|r| r.id.clone().unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(role_of(&shared), [PermissionRole::Downloader]);
    assert_eq!(role_of(&file), [PermissionRole::Downloader]);
    assert!(role_of(&private).is_empty());

    // Five grants in all, listed two to a page with the cursor in the body.
    let others: Vec<PermissionMember> = (1..=3).map(|n| user(&format!("union-{n}"))).collect();
    grant(PermissionRole::Editor, others, ALICE).await.unwrap();
    grant(
        PermissionRole::Reader,
        vec![PermissionMember {
            r#type: MemberType::Dept,
            id: "42".into(),
            corp_id: None,
        }],
        ALICE,
    )
    .await
    .unwrap();
    let list = |option: ListPermissionsOption| {
        client
            .storage_1_0()
            .list_permissions(storage_1_0::ListPermissionsInput {
                space_id: &space_id,
                dentry_id: id(&file),
                union_id: ALICE,
            })
            .option(option)
    };
    let pages: Vec<ListPermissionsResponse> = list(ListPermissionsOption {
        max_results: Some(2),
        ..Default::default()
    })
    .pages()
    .try_collect()
    .await
    .unwrap();
    let sizes: Vec<usize> = pages
        .iter()
        .map(|p| p.permissions.as_ref().map_or(0, Vec::len))
        .collect();
    assert_eq!(sizes, [2, 2, 1]);
    let first = &pages[0].permissions.as_ref().unwrap()[0];
    assert_eq!(first.dentry_id, shared.id, "inherited from the folder");
    assert_eq!(first.operator_id.as_deref(), Some(ALICE));
    let editors: Vec<String> = list(ListPermissionsOption {
        filter_role_ids: Some(vec![PermissionRole::Editor]),
        ..Default::default()
    })
    .items()
    .map_ok(|p| p.member.unwrap().id.unwrap())
    .try_collect()
    .await
    .unwrap();
    assert_eq!(editors, ["union-1", "union-2", "union-3"]);

    // Roles go with a moved entry only when asked to.
    let memo = upload(&client, &space_id, "0", "memo.txt", b"memo").await;
    client
        .storage_1_0()
        .add_permission(storage_1_0::AddPermissionInput {
            space_id: &space_id,
            dentry_id: id(&memo),
            union_id: ALICE,
            role_id: PermissionRole::Reader,
            members: vec![user("union-dave")],
        })
        .send()
        .await
        .unwrap();
    let move_memo = |target: &'static str, keep: bool| {
        let (client, space_id, memo) = (client.clone(), space_id.clone(), memo.id.clone());
        let target = if target == "private" {
            private.id.clone().unwrap()
        } else {
            target.to_owned()
        };
        async move {
            client
                .storage_1_0()
                .move_dentry(storage_1_0::MoveDentryInput {
                    space_id: &space_id,
                    dentry_id: memo.as_deref().unwrap(),
                    union_id: ALICE,
                    target_space_id: &space_id,
                    target_folder_id: &target,
                })
                .option(MoveDentryOption {
                    preseve_permissions: Some(keep),
                    ..Default::default()
                })
                .send()
                .await
                .unwrap()
        }
    };
    move_memo("private", true).await;
    assert!(get(&client, &space_id, id(&memo), "union-dave")
        .await
        .is_ok());
    move_memo("0", false).await;
    expect_failure(
        get(&client, &space_id, id(&memo), "union-dave").await,
        "permissionDenied",
        403,
    );

    client
        .storage_1_0()
        .delete_permission(storage_1_0::DeletePermissionInput {
            space_id: &space_id,
            dentry_id: id(&shared),
            union_id: ALICE,
            role_id: PermissionRole::Downloader,
            members: vec![user(BOB)],
        })
        .send()
        .await
        .unwrap();
    expect_failure(
        get(&client, &space_id, id(&file), BOB).await,
        "permissionDenied",
        403,
    );
}

#[tokio::test]
async fn grants_in_a_space_owned_by_an_app_last_a_while() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "app-space", OwnerType::App).await;
    let file = upload(&client, &space_id, "0", "contract.pdf", b"%PDF").await;
    let grant = |option: Option<PermissionOption>| {
        let mut request = client
            .storage_1_0()
            .add_permission(storage_1_0::AddPermissionInput {
                space_id: &space_id,
                dentry_id: id(&file),
                union_id: BOB,
                role_id: PermissionRole::Reader,
                members: vec![user(BOB)],
            });
        if let Some(option) = option {
            request = request.option(option);
        }
        request.send()
    };
    // Anyone may grant here, for a limited time.
    expect_failure(grant(None).await, "paramError", 400);
    grant(Some(PermissionOption { duration: Some(1) }))
        .await
        .unwrap();
    let permission = client
        .storage_1_0()
        .list_permissions(storage_1_0::ListPermissionsInput {
            space_id: &space_id,
            dentry_id: id(&file),
            union_id: BOB,
        })
        .send()
        .await
        .unwrap()
        .permissions
        .unwrap()
        .remove(0);
    assert_eq!(permission.duration, Some(1));
    assert!(get(&client, &space_id, id(&file), BOB).await.is_ok());
    tokio::time::sleep(Duration::from_millis(1100)).await;
    expect_failure(
        get(&client, &space_id, id(&file), BOB).await,
        "permissionDenied",
        403,
    );
}

#[tokio::test]
async fn app_properties_are_kept_per_owner_and_shown_with_the_entry() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "properties", OwnerType::User).await;
    let file = upload(&client, &space_id, "0", "tagged.txt", b"t").await;
    let set = |name: &str, value: &str| {
        client
            .storage_1_0()
            .update_dentry_app_properties(storage_1_0::UpdateDentryAppPropertiesInput {
                space_id: &space_id,
                dentry_id: id(&file),
                union_id: ALICE,
                app_properties: vec![AppProperty {
                    name: name.into(),
                    value: value.into(),
                    visibility: Visibility::Public,
                }],
            })
            .send()
    };
    set("stage", "draft").await.unwrap();
    set("owner", "finance").await.unwrap();
    set("stage", "final").await.unwrap();
    let properties = |dentry: Dentry| -> Vec<(String, String)> {
        match dentry.app_properties {
            Some(DentryAppProperties::ByOwner(by_owner)) => by_owner[ALICE]
                .iter()
                .map(|p| (p.name.clone().unwrap(), p.value.clone().unwrap()))
                .collect(),
            None => Vec::new(),
            other => panic!("{other:?}"),
        }
    };
    let read = get(&client, &space_id, id(&file), ALICE).await.unwrap();
    let expected = [
        ("owner".to_owned(), "finance".to_owned()),
        ("stage".to_owned(), "final".to_owned()),
    ];
    assert_eq!(properties(read), expected);
    let listed = client
        .storage_1_0()
        .list_dentries(storage_1_0::ListDentriesInput {
            space_id: &space_id,
            parent_id: "0",
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap()
        .dentries
        .unwrap()
        .remove(0);
    assert_eq!(properties(listed), expected);
    let of_another_app = client
        .storage_1_0()
        .get_dentry(storage_1_0::GetDentryInput {
            space_id: &space_id,
            dentry_id: id(&file),
            union_id: ALICE,
        })
        .option(DentryQueryOption {
            app_ids_for_app_properties: Some(vec!["another-app".into()]),
            ..Default::default()
        })
        .send()
        .await
        .unwrap()
        .dentry
        .unwrap();
    assert_eq!(of_another_app.app_properties, None);

    client
        .storage_1_0()
        .delete_dentry_app_properties(storage_1_0::DeleteDentryAppPropertiesInput {
            space_id: &space_id,
            dentry_id: id(&file),
            union_id: ALICE,
            property_names: vec!["stage".into()],
        })
        .send()
        .await
        .unwrap();
    let read = get(&client, &space_id, id(&file), ALICE).await.unwrap();
    assert_eq!(
        properties(read),
        [("owner".to_owned(), "finance".to_owned())]
    );
}

#[tokio::test]
async fn missing_spaces_and_entries_and_bad_names_fail_as_documented() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "errors", OwnerType::User).await;
    let file = upload(&client, &space_id, "0", "a.txt", b"a").await;

    let missing_space = client
        .storage_1_0()
        .list_dentries(storage_1_0::ListDentriesInput {
            space_id: "no-such-space",
            parent_id: "0",
            union_id: ALICE,
        })
        .send()
        .await;
    expect_failure(missing_space, "spaceNotExist", 404);
    expect_failure(
        get(&client, "no-such-space", id(&file), ALICE).await,
        "spaceNotExist",
        404,
    );
    expect_failure(
        get(&client, &space_id, "404404", ALICE).await,
        "dentryNotExist",
        404,
    );
    let key = upload_content(&client, &space_id, ALICE, b"b").await;
    let commit = |name: &'static str, parent_id: &'static str| {
        client
            .storage_1_0()
            .commit_file(storage_1_0::CommitFileInput {
                space_id: &space_id,
                union_id: ALICE,
                upload_key: &key,
                name,
                parent_id,
            })
            .send()
    };
    expect_failure(commit("b.txt", "404404").await, "dentryNotExist", 404);
    expect_failure(commit("b<1>.txt", "0").await, "dentryNameIllegal", 400);
    // The upload survives the failed commits.
    assert!(commit("b.txt", "0").await.is_ok());
    let into_file = client
        .storage_1_0()
        .add_folder(storage_1_0::AddFolderInput {
            space_id: &space_id,
            parent_id: id(&file),
            union_id: ALICE,
            name: "x",
        })
        .send()
        .await;
    expect_failure(into_file, "paramError", 400);
    let bad_list = client
        .storage_1_0()
        .batch_query_roles(storage_1_0::BatchQueryRolesInput {
            space_id: "no-such-space",
            dentry_id_list: vec![file.id.clone().unwrap()],
            union_id: ALICE,
        })
        .send()
        .await;
    expect_failure(bad_list, "spaceNotExist", 404);
    let no_task = client
        .storage_1_0()
        .get_task(storage_1_0::GetTaskInput {
            task_id: "no-such-task",
            union_id: ALICE,
        })
        .send()
        .await;
    expect_failure(no_task, "paramError", 400);
}

#[tokio::test]
async fn the_dentry_id_list_of_batch_query_roles_travels_as_one_json_string() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "json-query", OwnerType::User).await;
    let a = folder(&client, &space_id, "0", "a").await;
    let url = format!(
        "{}/v1.0/storage/spaces/{space_id}/dentries/permissions/roles/batchQuery",
        fake.base_url()
    );
    let ask = |list: String| {
        dingtalk::reqwest::Client::new()
            .post(&url)
            .header("x-acs-dingtalk-access-token", fake.issue_token())
            .query(&[("dentryIdList", list.as_str()), ("unionId", ALICE)])
            .send()
    };
    let answer: serde_json::Value = ask(format!("[\"{}\"]", id(&a)))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(answer["roleMap"][id(&a)][0]["id"], "OWNER");
    // The ids one by one, unencoded, are not what the operation takes.
    let refused = ask(id(&a).to_owned()).await.unwrap();
    assert_eq!(refused.status(), 400);
    let body: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(body["code"], "paramError");
}

#[tokio::test]
async fn the_org_the_app_events_and_ways_of_opening_a_file() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "misc", OwnerType::User).await;
    let doc = upload(&client, &space_id, "0", "minutes.docx", &[7; 123]).await;
    let text = upload(&client, &space_id, "0", "plain.txt", &[8; 7]).await;

    let org = client
        .storage_1_0()
        .get_org(storage_1_0::GetOrgInput {
            corp_id: fake_dingtalk::CORP_ID,
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap()
        .org
        .unwrap();
    let used = org.partitions.unwrap()[0].quota.as_ref().unwrap().used;
    assert_eq!(used, Some(130));
    let other_org = client
        .storage_1_0()
        .get_org(storage_1_0::GetOrgInput {
            corp_id: "ding-other",
            union_id: ALICE,
        })
        .send()
        .await;
    expect_failure(other_org, "permissionDenied", 403);
    let app = client
        .storage_1_0()
        .get_current_app(ALICE)
        .send()
        .await
        .unwrap()
        .app
        .unwrap();
    assert_eq!(app.app_id.as_deref(), Some(fake_dingtalk::APP_ID));
    assert_eq!(app.corp_id.as_deref(), Some(fake_dingtalk::CORP_ID));

    fn subscription(scope_id: &str) -> storage_1_0::SubscribeEventInput<'_> {
        storage_1_0::SubscribeEventInput {
            union_id: ALICE,
            scope: EventScope::Space,
            scope_id,
        }
    }
    client
        .storage_1_0()
        .subscribe_event(subscription(&space_id))
        .send()
        .await
        .unwrap();
    assert_eq!(
        fake.event_subscriptions(),
        [("SPACE".to_owned(), space_id.clone())]
    );
    expect_failure(
        client
            .storage_1_0()
            .subscribe_event(subscription("no-such-space"))
            .send()
            .await,
        "spaceNotExist",
        404,
    );
    client
        .storage_1_0()
        .unsubscribe_event(storage_1_0::UnsubscribeEventInput {
            union_id: ALICE,
            scope: EventScope::Space,
            scope_id: &space_id,
        })
        .send()
        .await
        .unwrap();
    assert!(fake.event_subscriptions().is_empty());

    let open = |dentry: &Dentry, option: GetDentryOpenInfoOption| {
        client
            .storage_1_0()
            .get_dentry_open_info(storage_1_0::GetDentryOpenInfoInput {
                space_id: &space_id,
                dentry_id: dentry.id.as_deref().unwrap(),
                union_id: ALICE,
            })
            .option(option)
            .send()
    };
    let watermarked = GetDentryOpenInfoOption {
        water_mark: Some(true),
        ..Default::default()
    };
    let preview = open(&doc, watermarked.clone()).await.unwrap();
    assert!(preview.url.unwrap().contains(id(&doc)));
    assert_eq!(preview.has_water_mark, Some(true));
    assert_eq!(
        open(&text, watermarked).await.unwrap().has_water_mark,
        Some(false)
    );
    client
        .storage_1_0()
        .register_open_info(storage_1_0::RegisterOpenInfoInput {
            space_id: &space_id,
            dentry_id: id(&doc),
            union_id: ALICE,
            provider: "fake-app",
            open_infos: vec![OpenInfo {
                open_type: OpenType::Edit,
                url: "https://editor.example/minutes".into(),
            }],
        })
        .send()
        .await
        .unwrap();
    let edit = open(
        &doc,
        GetDentryOpenInfoOption {
            r#type: Some(OpenType::Edit),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(edit.url.as_deref(), Some("https://editor.example/minutes"));

    let web_office = client
        .storage_1_0()
        .get_web_office_url(storage_1_0::GetWebOfficeUrlInput {
            space_id: &space_id,
            dentry_id: id(&doc),
            union_id: ALICE,
        })
        .send()
        .await
        .unwrap();
    assert!(web_office.web_office_url.unwrap().contains(id(&doc)));
    let refresh = |access: String, refresh: String| {
        let (client, space_id, doc) = (client.clone(), space_id.clone(), doc.id.clone());
        async move {
            client
                .storage_1_0()
                .refresh_web_office_token(storage_1_0::RefreshWebOfficeTokenInput {
                    space_id: &space_id,
                    dentry_id: doc.as_deref().unwrap(),
                    union_id: ALICE,
                    web_office_access_token: &access,
                    web_office_refresh_token: &refresh,
                })
                .send()
                .await
        }
    };
    let (access, refresh_token) = (
        web_office.web_office_access_token.unwrap(),
        web_office.web_office_refresh_token.unwrap(),
    );
    let renewed = refresh(access.clone(), refresh_token.clone())
        .await
        .unwrap();
    assert_ne!(
        renewed.web_office_access_token.as_deref(),
        Some(access.as_str())
    );
    // The old pair is used up.
    expect_failure(refresh(access, refresh_token).await, "paramError", 400);
    let not_office = client
        .storage_1_0()
        .get_web_office_url(storage_1_0::GetWebOfficeUrlInput {
            space_id: &space_id,
            dentry_id: id(&text),
            union_id: ALICE,
        })
        .send()
        .await;
    expect_failure(not_office, "paramError", 400);
}

#[tokio::test]
async fn only_the_deleter_and_the_owner_may_restore_or_purge() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let space_id = space(&client, "bin-rights", OwnerType::User).await;
    let team = folder(&client, &space_id, "0", "team").await;
    let draft = upload(&client, &space_id, id(&team), "draft.txt", b"d").await;
    let get_bin = || {
        client
            .storage_1_0()
            .get_recycle_bin(storage_1_0::GetRecycleBinInput {
                recycle_bin_scope: RecycleBinScope::Space,
                scope_id: &space_id,
                union_id: BOB,
            })
            .send()
    };
    // Without a role in the space, Bob may not even look into its bin...
    expect_failure(get_bin().await, "permissionDenied", 403);
    // ...until the whole organisation may read the team's folder.
    client
        .storage_1_0()
        .add_permission(storage_1_0::AddPermissionInput {
            space_id: &space_id,
            dentry_id: id(&team),
            union_id: ALICE,
            role_id: PermissionRole::Reader,
            members: vec![PermissionMember {
                r#type: MemberType::Org,
                id: fake_dingtalk::CORP_ID.into(),
                corp_id: None,
            }],
        })
        .send()
        .await
        .unwrap();
    // A reader may not delete; the owner may.
    let delete = |by: &'static str| {
        client
            .storage_1_0()
            .delete_dentry(storage_1_0::DeleteDentryInput {
                space_id: &space_id,
                dentry_id: id(&draft),
                union_id: by,
            })
            .to_recycle_bin(true)
            .send()
    };
    expect_failure(delete(BOB).await, "permissionDenied", 403);
    delete(ALICE).await.unwrap();

    let bin_id = get_bin().await.unwrap().recycle_bin.unwrap().id.unwrap();
    let items = client
        .storage_1_0()
        .list_recycle_items(storage_1_0::ListRecycleItemsInput {
            recycle_bin_id: &bin_id,
            union_id: BOB,
        })
        .send()
        .await
        .unwrap()
        .recycle_items
        .unwrap();
    let item_id = items[0].id.clone().unwrap();
    let restore = |by: &'static str| {
        client
            .storage_1_0()
            .restore_recycle_item(storage_1_0::RestoreRecycleItemInput {
                recycle_bin_id: &bin_id,
                recycle_item_id: &item_id,
                union_id: by,
            })
            .send()
    };
    expect_failure(restore(BOB).await, "permissionDenied", 403);
    let clear = |by: &'static str| {
        client
            .storage_1_0()
            .clear_recycle_bin(storage_1_0::ClearRecycleBinInput {
                recycle_bin_id: &bin_id,
                union_id: by,
            })
            .send()
    };
    expect_failure(clear(BOB).await, "permissionDenied", 403);
    let restored = restore(ALICE).await.unwrap();
    assert_eq!(restored.dentry_id, draft.id);
    assert_eq!(
        get(&client, &space_id, id(&draft), BOB)
            .await
            .unwrap()
            .status,
        Some(DentryStatus::Normal)
    );
    clear(ALICE).await.unwrap();
}

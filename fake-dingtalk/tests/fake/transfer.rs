//! File upload and download in one call each, against the fake DingTalk and
//! its object storage: round trips in one piece and in parts from bytes, a
//! path and a reader, byte for byte; a failed part, an expired URL and a cut
//! download survived; the token kept away from the storage's origin.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use dingtalk::storage_1_0;
use dingtalk::storage_1_0::*;
use dingtalk::storage_1_0::{DownloadFileInput, UploadFileInput};
use dingtalk::{Client, Credentials, RetryPolicy, TransferOptions, UploadSource};
use fake_dingtalk::FakeDingTalk;

const USER: &str = "union-transfer";

struct Setup {
    fake: FakeDingTalk,
    client: Client,
    space_id: String,
}

async fn setup() -> Setup {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = Client::builder()
        .base_url(fake.base_url())
        .credentials(Credentials::app(dingtalk::AppCredentials {
            app_key: fake_dingtalk::APP_KEY,
            app_secret: fake_dingtalk::APP_SECRET,
        }))
        .build()
        .unwrap();
    let space_id = client
        .storage_1_0()
        .add_space(USER)
        .send()
        .await
        .unwrap()
        .space
        .unwrap()
        .id
        .unwrap();
    Setup {
        fake,
        client,
        space_id,
    }
}

impl Setup {
    fn upload(
        &self,
        name: &str,
        source: impl Into<UploadSource>,
    ) -> dingtalk::storage_1_0::UploadFile {
        self.client.storage_1_0().upload_file(
            UploadFileInput {
                space_id: &self.space_id,
                parent_id: "0",
                union_id: USER,
                name,
            },
            source,
        )
    }

    fn download(&self, dentry_id: &str) -> dingtalk::storage_1_0::DownloadFile {
        self.client.storage_1_0().download_file(DownloadFileInput {
            space_id: &self.space_id,
            dentry_id,
            union_id: USER,
        })
    }

    async fn bytes_of(&self, dentry_id: &str) -> Vec<u8> {
        let mut out = Vec::new();
        let written = self.download(dentry_id).to_writer(&mut out).await.unwrap();
        assert_eq!(written, out.len() as u64);
        out
    }

    /// How often the fake answered an operation, whatever the status.
    fn calls(&self, method: &str, path: &str) -> usize {
        let prefix = format!("{method} {path} ");
        self.fake
            .served()
            .iter()
            .filter(|(served, _)| served.starts_with(&prefix))
            .map(|(_, times)| times)
            .sum()
    }
}

/// Bytes that differ from part to part, so that a misplaced part shows.
fn content(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 31 % 251) as u8).collect()
}

fn quick_retries() -> TransferOptions {
    TransferOptions::default().retry(
        RetryPolicy::default()
            .max_retries(3)
            .initial_backoff(Duration::from_millis(1))
            .max_backoff(Duration::from_millis(5)),
    )
}

/// The smallest part the storage takes (but for the last).
const PART: u64 = 100 * 1024;

const UPLOAD_INFO: &str = "/v1.0/storage/spaces/{spaceId}/files/uploadInfos/query";
const MULTIPART_INIT: &str = "/v1.0/storage/spaces/{spaceId}/files/multiPartUploadInfos/init";
const PART_URLS: &str = "/v1.0/storage/spaces/files/multiPartUploadInfos/query";
const COMMIT: &str = "/v1.0/storage/spaces/{spaceId}/files/commit";

#[tokio::test]
async fn a_small_file_goes_up_in_one_piece_and_comes_back_identical() {
    let s = setup().await;
    let bytes = content(100_000);
    let file = s
        .upload("small.bin", bytes.clone())
        .conflict_strategy(ConflictStrategy::ReturnErrorIfExists)
        .app_properties(vec![AppProperty {
            name: "origin".into(),
            value: "test".into(),
            visibility: Visibility::Public,
        }])
        .send()
        .await
        .unwrap();

    assert_eq!(file.name.as_deref(), Some("small.bin"));
    assert_eq!(file.size, Some(100_000));
    assert_eq!(file.r#type, Some(DentryType::File));
    assert_eq!(s.calls("POST", UPLOAD_INFO), 1);
    assert_eq!(s.calls("POST", MULTIPART_INIT), 0);
    assert_eq!(s.calls("POST", COMMIT), 1);
    let listed = s
        .client
        .storage_1_0()
        .list_dentries(storage_1_0::ListDentriesInput {
            space_id: &s.space_id,
            parent_id: "0",
            union_id: USER,
        })
        .send()
        .await
        .unwrap()
        .dentries
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, file.id);
    assert_eq!(s.bytes_of(file.id.as_deref().unwrap()).await, bytes);

    // The same name again is renamed by default, refused when asked.
    let renamed = s.upload("small.bin", b"x".to_vec()).send().await.unwrap();
    assert_eq!(renamed.name.as_deref(), Some("small (1).bin"));
    let again = s
        .upload("small.bin", bytes)
        .conflict_strategy(ConflictStrategy::ReturnErrorIfExists)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        again.as_api().and_then(|e| e.code.as_deref()),
        Some("dentryAlreadyExist")
    );
}

#[tokio::test]
async fn a_large_file_goes_up_in_parts_from_a_path_and_comes_back_identical() {
    let s = setup().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.bin");
    let bytes = content(1_000_003);
    std::fs::write(&path, &bytes).unwrap();
    let reported = Arc::new(AtomicU64::new(0));
    let seen = reported.clone();

    let file = s
        .upload("large.bin", path.as_path())
        .part_size(PART)
        .concurrency(3)
        .on_progress(move |p| {
            assert_eq!(p.total, 1_000_003);
            seen.fetch_max(p.done, Ordering::SeqCst);
        })
        .send()
        .await
        .unwrap();

    assert_eq!(file.size, Some(1_000_003));
    assert_eq!(reported.load(Ordering::SeqCst), 1_000_003);
    assert_eq!(s.calls("POST", UPLOAD_INFO), 0);
    assert_eq!(s.calls("POST", MULTIPART_INIT), 1);
    assert!(s.calls("POST", PART_URLS) >= 1);
    let target = dir.path().join("back.bin");
    let written = s
        .download(file.id.as_deref().unwrap())
        .to_path(&target)
        .await
        .unwrap();
    assert_eq!(written, 1_000_003);
    assert_eq!(std::fs::read(&target).unwrap(), bytes);
    assert!(
        !dir.path().join("back.bin.part").exists(),
        "the temporary file is gone"
    );
}

#[tokio::test]
async fn a_reader_of_known_length_is_uploaded_and_a_new_version_replaces_the_file() {
    let s = setup().await;
    let first = s
        .upload("notes.txt", b"first".to_vec())
        .send()
        .await
        .unwrap();
    let id = first.id.clone().unwrap();
    let second = content(250_000);
    let reader = std::io::Cursor::new(second.clone());
    let updated = s
        .upload("notes.txt", UploadSource::reader(reader, 250_000))
        .overwrite(&id)
        .part_size(PART)
        .send()
        .await
        .unwrap();

    assert_eq!(updated.id.as_deref(), Some(id.as_str()));
    assert_eq!(updated.version, Some(2));
    assert_eq!(s.bytes_of(&id).await, second);
    let mut old = Vec::new();
    s.download(&id)
        .version(1)
        .to_writer(&mut old)
        .await
        .unwrap();
    assert_eq!(old, b"first");
}

#[tokio::test]
async fn a_failing_part_is_retried_alone() {
    let s = setup().await;
    let bytes = content(500_000);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("retried.bin");
    std::fs::write(&path, &bytes).unwrap();
    // From memory, and from a file whose part is read again for the retry.
    let sources: [UploadSource; 2] = [bytes.clone().into(), path.into()];
    for (n, source) in sources.into_iter().enumerate() {
        s.fake.objects().fail_part(3, 2);
        let file = s
            .upload(&format!("retried-{n}.bin"), source)
            .transfer_options(quick_retries().part_size(PART).concurrency(2))
            .send()
            .await
            .unwrap();
        assert_eq!(s.bytes_of(file.id.as_deref().unwrap()).await, bytes);
        assert_eq!(s.calls("POST", MULTIPART_INIT), n + 1, "not restarted");
    }
}

#[tokio::test]
async fn a_part_that_keeps_failing_fails_the_upload_and_adds_no_file() {
    let s = setup().await;
    s.fake.objects().fail_part(2, 100);
    let error = s
        .upload("doomed.bin", content(300_000))
        .transfer_options(quick_retries().part_size(PART))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&error, dingtalk::Error::Transfer { what, status: Some(s), .. } if what == "upload part 2" && s.as_u16() == 500),
        "{error:?}"
    );
    assert_eq!(s.calls("POST", COMMIT), 0);
}

#[tokio::test]
async fn expired_part_urls_are_asked_for_again() {
    let s = setup().await;
    let bytes = content(400_000);
    let objects = s.fake.objects().clone();
    let expired = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let once = expired.clone();
    // After the first part is up, every URL handed out so far stops working.
    let file =
        s.upload("expiring.bin", bytes.clone())
            .transfer_options(quick_retries().part_size(PART).concurrency(1).on_progress(
                move |_| {
                    if !once.swap(true, Ordering::SeqCst) {
                        objects.expire_urls();
                    }
                },
            ))
            .send()
            .await
            .unwrap();
    assert!(expired.load(Ordering::SeqCst));
    assert_eq!(s.bytes_of(file.id.as_deref().unwrap()).await, bytes);
    assert!(
        s.calls("POST", PART_URLS) >= 2,
        "the URLs were asked for again"
    );
}

#[tokio::test]
async fn an_expired_url_of_a_one_piece_upload_starts_it_again_under_a_new_key() {
    let s = setup().await;
    s.fake.objects().refuse_part(1, 1);
    let bytes = content(1_000);
    let file = s
        .upload("one-piece.bin", bytes.clone())
        .transfer_options(quick_retries())
        .send()
        .await
        .unwrap();
    assert_eq!(s.bytes_of(file.id.as_deref().unwrap()).await, bytes);
    assert_eq!(s.calls("POST", UPLOAD_INFO), 2, "asked again once");
    assert_eq!(s.calls("POST", COMMIT), 1);
}

#[tokio::test]
async fn a_cut_download_resumes_where_it_stopped() {
    let s = setup().await;
    let bytes = content(300_000);
    let file = s.upload("cut.bin", bytes.clone()).send().await.unwrap();
    let gets = s.fake.objects().gets();
    s.fake.objects().cut_next_download(123_456);
    let mut out = Vec::new();
    s.download(file.id.as_deref().unwrap())
        .transfer_options(quick_retries())
        .to_writer(&mut out)
        .await
        .unwrap();
    assert_eq!(out, bytes);
    assert_eq!(s.fake.objects().gets() - gets, 2, "one cut, one resumed");
}

#[tokio::test]
async fn a_failed_download_to_a_path_leaves_nothing_behind() {
    let s = setup().await;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("missing.bin");
    let error = s.download("404404").to_path(&target).await.unwrap_err();
    assert_eq!(
        error.as_api().and_then(|e| e.code.as_deref()),
        Some("dentryNotExist")
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[tokio::test]
async fn the_storage_origin_never_sees_the_token() {
    let s = setup().await;
    let bytes = content(250_000);
    let file = s
        .upload("private.bin", bytes.clone())
        .part_size(PART)
        .send()
        .await
        .unwrap();
    assert_eq!(s.bytes_of(file.id.as_deref().unwrap()).await, bytes);
    assert_eq!(s.fake.objects().credential_leaks(), 0);
    assert!(
        s.fake.objects().requests() >= 4,
        "three parts and a download"
    );
}

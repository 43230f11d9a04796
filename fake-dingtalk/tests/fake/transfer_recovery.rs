//! Transfers that go wrong late, against the fake DingTalk and its object
//! storage over HTTP, for storage and drive: a download URL that expires part
//! way, a transfer stopped and run again, part sizes the storage would refuse,
//! bodies that stall.

use std::future::Future;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use dingtalk::{drive_1_0, storage_1_0};
use dingtalk::{
    Client, Credentials, Error, ErrorKind, RetryPolicy, StallProtection, TransferOptions,
    UploadSource,
};
use fake_dingtalk::FakeDingTalk;

const USER: &str = "union-recovery";
const PART: u64 = 100 * 1024;
const PART_URLS: &str = "POST /v1.0/storage/spaces/files/multiPartUploadInfos/query ";
const MULTIPART_INIT: &str = "POST /v1.0/storage/spaces/{spaceId}/files/multiPartUploadInfos/init ";
const STORAGE_DOWNLOAD_INFO: &str =
    "POST /v1.0/storage/spaces/{spaceId}/dentries/{dentryId}/downloadInfos/query ";
const DRIVE_DOWNLOAD_INFO: &str = "GET /v1.0/drive/spaces/{spaceId}/files/{fileId}/downloadInfos ";

struct Setup {
    fake: FakeDingTalk,
    client: Client,
    space_id: String,
    drive_space_id: String,
    dir: tempfile::TempDir,
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
    let drive_space_id = client
        .drive_1_0()
        .add_space(drive_1_0::AddSpaceInput {
            name: "recovery",
            union_id: USER,
        })
        .send()
        .await
        .unwrap()
        .space_id
        .unwrap();
    Setup {
        fake,
        client,
        space_id,
        drive_space_id,
        dir: tempfile::tempdir().unwrap(),
    }
}

/// Bytes that differ from part to part, so that a misplaced part shows.
fn content(len: usize, seed: usize) -> Vec<u8> {
    (0..len).map(|i| ((i + seed) * 31 % 251) as u8).collect()
}

fn quick() -> TransferOptions {
    TransferOptions::default().retry(
        RetryPolicy::default()
            .max_retries(3)
            .initial_backoff(Duration::from_millis(1))
            .max_backoff(Duration::from_millis(5)),
    )
}

/// Runs `transfer` until `stop` is set (by its progress), then drops it, as a
/// process that is stopped part way. `stop` is looked at before the transfer
/// each time either is woken, so a transfer that sets it is stopped at its
/// next wait, however fast the rest would go.
async fn stopped_part_way<T>(stop: &AtomicBool, transfer: impl Future<Output = T>) {
    let mut tick = tokio::time::interval(Duration::from_millis(1));
    let stopped = std::future::poll_fn(|cx| {
        if stop.load(Ordering::SeqCst) {
            return std::task::Poll::Ready(());
        }
        while tick.poll_tick(cx).is_ready() {}
        std::task::Poll::Pending
    });
    tokio::select! {
        biased;
        _ = stopped => {}
        _ = transfer => panic!("the transfer finished before it was stopped"),
    }
}

impl Setup {
    fn calls(&self, prefix: &str) -> usize {
        let served = self.fake.served();
        served
            .iter()
            .filter(|(served, _)| served.starts_with(prefix))
            .map(|(_, times)| times)
            .sum()
    }

    fn path(&self, name: &str) -> std::path::PathBuf {
        self.dir.path().join(name)
    }

    fn upload(
        &self,
        name: &str,
        source: impl Into<UploadSource>,
    ) -> dingtalk::storage_1_0::UploadFile {
        self.client.storage_1_0().upload_file(
            storage_1_0::UploadFileInput {
                space_id: &self.space_id,
                parent_id: "0",
                union_id: USER,
                name,
            },
            source,
        )
    }

    async fn stored(&self, name: &str, bytes: &[u8]) -> String {
        self.upload(name, bytes.to_vec())
            .send()
            .await
            .unwrap()
            .id
            .unwrap()
    }

    fn download(&self, dentry_id: &str) -> dingtalk::storage_1_0::DownloadFile {
        self.client
            .storage_1_0()
            .download_file(storage_1_0::DownloadFileInput {
                space_id: &self.space_id,
                dentry_id,
                union_id: USER,
            })
    }

    async fn drive_stored(&self, name: &str, bytes: &[u8]) -> String {
        self.client
            .drive_1_0()
            .upload_file(
                drive_1_0::UploadFileInput {
                    space_id: &self.drive_space_id,
                    parent_id: "0",
                    union_id: USER,
                    name,
                },
                bytes.to_vec(),
            )
            .send()
            .await
            .unwrap()
            .file_id
            .unwrap()
    }

    fn drive_download(&self, file_id: &str) -> dingtalk::drive_1_0::DownloadFile {
        self.client
            .drive_1_0()
            .download_file(drive_1_0::DownloadFileInput {
                space_id: &self.drive_space_id,
                file_id,
                union_id: USER,
            })
    }
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[tokio::test]
async fn a_download_whose_url_expires_part_way_goes_on_with_a_fresh_url() {
    let s = setup().await;
    let bytes = content(700_000, 1);
    let dentry = s.stored("expiring.bin", &bytes).await;
    let file = s.drive_stored("expiring.bin", &bytes).await;
    let objects = s.fake.objects();

    let sent = objects.sent_bytes();
    objects.expire_during_next_download(300_000);
    let mut out = Vec::new();
    s.download(&dentry)
        .transfer_options(quick())
        .to_writer(&mut out)
        .await
        .unwrap();
    assert_eq!(out, bytes);
    assert_eq!(s.calls(STORAGE_DOWNLOAD_INFO), 2, "a fresh URL, once");
    assert_eq!(objects.sent_bytes() - sent, 700_000, "not started over");

    let sent = objects.sent_bytes();
    objects.expire_during_next_download(300_000);
    let target = s.path("drive.bin");
    s.drive_download(&file)
        .transfer_options(quick())
        .to_path(&target)
        .await
        .unwrap();
    assert_eq!(read(&target), bytes);
    assert_eq!(s.calls(DRIVE_DOWNLOAD_INFO), 2, "a fresh URL, once");
    assert_eq!(objects.sent_bytes() - sent, 700_000, "not started over");
}

#[tokio::test]
async fn fresh_urls_refused_again_and_again_end_in_a_typed_error() {
    let s = setup().await;
    let dentry = s.stored("refused.bin", &content(1_000, 2)).await;
    let file = s.drive_stored("refused.bin", &content(1_000, 2)).await;
    refused_again_and_again(&s, s.download(&dentry)).await;
    refused_again_and_again(&s, s.drive_download(&file)).await;
    assert_eq!(s.calls(STORAGE_DOWNLOAD_INFO), 3);
    assert_eq!(s.calls(DRIVE_DOWNLOAD_INFO), 3);
}

async fn refused_again_and_again(s: &Setup, download: impl Download) {
    s.fake.objects().refuse_downloads(100);
    let error = download
        .with(quick().max_url_renewals(2))
        .into_vec()
        .await
        .unwrap_err();
    match &error {
        Error::UrlsRefused {
            renewals: 2, last, ..
        } => assert!(
            matches!(**last, Error::Transfer { status: Some(s), .. } if s.as_u16() == 403),
            "{last:?}"
        ),
        other => panic!("not a refused-URL error: {other:?}"),
    }
    assert!(
        error.to_string().contains("refused 3 fresh URLs in a row"),
        "{error}"
    );
    assert_eq!(error.kind(), ErrorKind::UrlsRefused);
}

#[tokio::test]
async fn a_download_stopped_part_way_goes_on_when_run_again() {
    let s = setup().await;
    let bytes = content(3_000_000, 3);
    let dentry = s.stored("resumed.bin", &bytes).await;
    let file = s.drive_stored("resumed.bin", &bytes).await;
    let objects = s.fake.objects();
    let storage_target = s.path("storage-resumed.bin");
    let drive_target = s.path("drive-resumed.bin");
    let (first, second) = (s.download(&dentry), s.download(&dentry));
    run_stopped_and_again(objects, &storage_target, first, second, &bytes).await;
    let (first, second) = (s.drive_download(&file), s.drive_download(&file));
    run_stopped_and_again(objects, &drive_target, first, second, &bytes).await;
}

/// A storage or a drive download.
trait Download: Sized {
    fn with(self, options: TransferOptions) -> Self;
    fn to(self, path: &Path) -> impl Future<Output = Result<u64, Error>>;
    fn into_vec(self) -> impl Future<Output = Result<Vec<u8>, Error>>;
}

macro_rules! download {
    ($type:ty) => {
        impl Download for $type {
            fn with(self, options: TransferOptions) -> Self {
                self.transfer_options(options)
            }
            fn to(self, path: &Path) -> impl Future<Output = Result<u64, Error>> {
                self.to_path(path.to_owned())
            }
            async fn into_vec(self) -> Result<Vec<u8>, Error> {
                let mut out = Vec::new();
                self.to_writer(&mut out).await?;
                Ok(out)
            }
        }
    };
}
download!(dingtalk::storage_1_0::DownloadFile);
download!(dingtalk::drive_1_0::DownloadFile);

async fn run_stopped_and_again(
    objects: &fake_dingtalk::objects::ObjectStore,
    target: &Path,
    first: impl Download,
    second: impl Download,
    bytes: &[u8],
) {
    // The storage sends half and then nothing: the download is stopped there.
    let half = bytes.len() as u64 / 2;
    objects.stall_next_download(half);
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let first = first.with(quick().stall_protection(None).on_progress(move |p| {
        if p.done >= half {
            flag.store(true, Ordering::SeqCst);
        }
    }));
    stopped_part_way(&stop, first.to(target)).await;
    // Writes under way when the download was stopped land.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let partial = std::fs::metadata(format!("{}.part", target.display()))
        .unwrap()
        .len();
    assert!(
        partial > 0 && partial <= half,
        "the partial download stays: {partial}"
    );
    assert!(!target.exists());

    let before = objects.sent_bytes();
    let written = second.with(quick()).to(target).await.unwrap();
    assert_eq!(written, bytes.len() as u64);
    assert_eq!(read(target), bytes);
    let again = objects.sent_bytes() - before;
    assert_eq!(
        again,
        bytes.len() as u64 - partial,
        "only what was missing came down again"
    );
    assert!(!Path::new(&format!("{}.part", target.display())).exists());
    assert!(!Path::new(&format!("{}.part.json", target.display())).exists());
}

#[tokio::test]
async fn a_partial_download_of_a_file_changed_since_starts_over() {
    let s = setup().await;
    let old = content(2_000_000, 4);
    let new = content(2_000_000, 5);
    let dentry = s.stored("changing.bin", &old).await;
    let target = s.path("changing.bin");
    // The first download cannot finish before it is stopped.
    s.fake.objects().stall_next_download(1_500_000);
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let first = s
        .download(&dentry)
        .transfer_options(quick().on_progress(move |p| {
            if p.done >= 1_000_000 {
                flag.store(true, Ordering::SeqCst);
            }
        }));
    stopped_part_way(&stop, first.to_path(&target)).await;
    // A new version of the same size replaces the content.
    s.upload("changing.bin", new.clone())
        .overwrite(&dentry)
        .send()
        .await
        .unwrap();
    let before = s.fake.objects().sent_bytes();
    s.download(&dentry).to_path(&target).await.unwrap();
    assert_eq!(read(&target), new);
    assert_eq!(
        s.fake.objects().sent_bytes() - before,
        2_000_000,
        "started over"
    );
}

#[tokio::test]
async fn an_upload_in_parts_stopped_part_way_sends_only_the_missing_parts_when_run_again() {
    let s = setup().await;
    let bytes = content(20 * PART as usize + 777, 6);
    let source = s.path("source.bin");
    std::fs::write(&source, &bytes).unwrap();
    let objects = s.fake.objects();
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let half = bytes.len() as u64 / 2;
    let first = s
        .upload("resumed-upload.bin", source.as_path())
        .transfer_options(
            quick()
                .part_size(PART)
                .concurrency(2)
                .on_progress(move |p| {
                    if p.done >= half {
                        flag.store(true, Ordering::SeqCst);
                    }
                }),
        )
        .resumable();
    let puts = objects.puts();
    stopped_part_way(&stop, first.send()).await;
    let first_puts = objects.puts() - puts;
    let record = s.path("source.bin.upload.json");
    assert!(record.exists(), "the upload keeps a record");
    let text = std::fs::read_to_string(&record).unwrap();
    assert!(
        !text.contains("x-fake-signature") && !text.contains("http"),
        "{text}"
    );

    let puts = objects.puts();
    let file = s
        .upload("resumed-upload.bin", source.as_path())
        .transfer_options(quick().part_size(PART).concurrency(2))
        .resumable()
        .send()
        .await
        .unwrap();
    let second_puts = objects.puts() - puts;
    assert_eq!(s.calls(MULTIPART_INIT), 1, "the same upload went on");
    assert!(
        first_puts + second_puts <= 21 + 2,
        "parts sent twice: {first_puts} then {second_puts} of 21"
    );
    assert!(second_puts < 21 - 5, "{second_puts} parts sent again of 21");
    let mut out = Vec::new();
    s.download(file.id.as_deref().unwrap())
        .to_writer(&mut out)
        .await
        .unwrap();
    assert_eq!(out, bytes);
    assert!(
        !record.exists(),
        "the record goes once the file is committed"
    );
}

#[tokio::test]
async fn an_upload_whose_key_is_no_longer_accepted_starts_over_without_error() {
    let s = setup().await;
    let bytes = content(10 * PART as usize, 7);
    let source = s.path("forgotten.bin");
    std::fs::write(&source, &bytes).unwrap();
    let record = s.path("forgotten.record");
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let first = s
        .upload("forgotten.bin", source.as_path())
        .transfer_options(
            quick()
                .part_size(PART)
                .concurrency(1)
                .on_progress(move |p| {
                    if p.done >= 3 * PART {
                        flag.store(true, Ordering::SeqCst);
                    }
                }),
        )
        .resume_record(&record);
    stopped_part_way(&stop, first.send()).await;
    assert!(record.exists());
    s.fake.forget_uploads();

    let file = s
        .upload("forgotten.bin", source.as_path())
        .transfer_options(quick().part_size(PART))
        .resume_record(&record)
        .send()
        .await
        .unwrap();
    assert_eq!(s.calls(MULTIPART_INIT), 2, "started over under a new key");
    let mut out = Vec::new();
    s.download(file.id.as_deref().unwrap())
        .to_writer(&mut out)
        .await
        .unwrap();
    assert_eq!(out, bytes);
    assert!(!record.exists());
}

#[tokio::test]
async fn part_sizes_the_storage_would_refuse_fail_before_anything_is_sent() {
    let s = setup().await;
    let requests = s.fake.objects().requests();
    let too_small = s
        .upload("small-parts.bin", content(1_000_000, 8))
        .part_size(64 * 1024)
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&too_small, Error::InvalidInput { field, rule, .. }
            if field == "part_size" && rule.contains("minimum part size of 102400 bytes")),
        "{too_small}"
    );
    // 100 KiB parts of 1 GiB are 10,486 parts; the reader is never read.
    let gib = 1024 * 1024 * 1024;
    let too_many = s
        .upload(
            "many-parts.bin",
            UploadSource::reader(tokio::io::empty(), gib),
        )
        .part_size(PART)
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&too_many, Error::InvalidInput { rule, .. }
            if rule.contains("10486 parts, over the storage's limit of 10000 parts")),
        "{too_many}"
    );
    assert_eq!(
        s.fake.objects().requests(),
        requests,
        "nothing reached the storage"
    );
    assert_eq!(s.calls(MULTIPART_INIT), 0, "nothing was asked of DingTalk");
    assert_eq!(s.calls(PART_URLS), 0);
}

#[tokio::test]
async fn upload_info_requests_name_the_dingtalk_storage_driver() {
    let s = setup().await;
    s.upload("small.bin", content(1_000, 9))
        .send()
        .await
        .unwrap();
    s.upload("large.bin", content(3 * PART as usize, 9))
        .part_size(PART)
        .send()
        .await
        .unwrap();
    assert_eq!(
        s.fake.storage_drivers_asked(),
        vec![Some("DINGTALK".to_owned()), Some("DINGTALK".to_owned())]
    );
}

fn stalling() -> TransferOptions {
    quick().stall_protection(Some(StallProtection {
        min_bytes_per_second: 1,
        grace: Duration::from_millis(300),
    }))
}

#[tokio::test]
async fn a_stalled_download_is_abandoned_and_resumed() {
    let s = setup().await;
    let bytes = content(500_000, 10);
    let dentry = s.stored("stalled.bin", &bytes).await;
    let file = s.drive_stored("stalled.bin", &bytes).await;
    stalled_and_resumed(&s, s.download(&dentry), &bytes).await;
    stalled_and_resumed(&s, s.drive_download(&file), &bytes).await;
}

async fn stalled_and_resumed(s: &Setup, download: impl Download, bytes: &[u8]) {
    let sent = s.fake.objects().sent_bytes();
    s.fake.objects().stall_next_download(200_000);
    let out = tokio::time::timeout(
        Duration::from_secs(10),
        download.with(stalling()).into_vec(),
    )
    .await
    .expect("abandoned well before the attempt's timeout")
    .unwrap();
    assert!(out == bytes);
    assert_eq!(
        s.fake.objects().sent_bytes() - sent,
        bytes.len() as u64,
        "resumed, not restarted"
    );
}

#[tokio::test]
async fn a_stalled_part_is_sent_again_and_one_that_keeps_stalling_is_a_typed_error() {
    let s = setup().await;
    // A part larger than the socket buffers on both sides can take (the
    // receiving one grows up to 32 MiB on Linux), so that a part the storage
    // stops reading stalls before all of it is sent.
    let part = 48 * 1024 * 1024;
    let bytes = content(part as usize + 1024, 11);
    s.fake.objects().stall_part(1, 1);
    let file = tokio::time::timeout(
        Duration::from_secs(60),
        s.upload("stalled-part.bin", bytes.clone())
            .transfer_options(stalling().part_size(part))
            .send(),
    )
    .await
    .expect("abandoned well before the attempt's timeout")
    .unwrap();
    let mut out = Vec::new();
    s.download(file.id.as_deref().unwrap())
        .to_writer(&mut out)
        .await
        .unwrap();
    assert!(out == bytes);

    s.fake.objects().stall_part(1, 100);
    let error = tokio::time::timeout(
        Duration::from_secs(60),
        s.upload("stalling.bin", bytes.clone())
            .transfer_options(stalling().part_size(part))
            .send(),
    )
    .await
    .expect("abandoned well before the attempt's timeout")
    .unwrap_err();
    assert!(
        matches!(&error, Error::Stalled { what, .. } if what == "upload part 1"),
        "{error:?}"
    );
    assert!(error.to_string().contains("stalled"), "{error}");
    assert_eq!(error.kind(), ErrorKind::Stalled);
}

//! The fake's object storage with the runtime's transfers: signed URLs on an
//! origin of their own, parts committed as one object, `Range`, and the faults it
//! can be told to cause.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use fake_dingtalk::objects::{ObjectStore, Signed};
use futures_util::FutureExt;
use openapi_runtime::{
    Api, Client, ClientBuilder, Error, PartUrls, RetryPolicy, SignedUrl, TransferOptions,
    UploadSource,
};

static API: Api = Api {
    title: "objects",
    servers: &["http://127.0.0.1:9"],
    hosts: &[],
    user_agent: "objects-tests",
    retryable_error_codes: &[],
    request_id_header: None,
    error_body: openapi_runtime::ErrorShape {
        code: &[],
        message: &[],
        request_id: &[],
    },
};

fn client() -> Client {
    ClientBuilder::<Client>::new(&API).build().unwrap()
}

fn signed(url: Signed) -> SignedUrl {
    SignedUrl::new(url.url, url.headers).expiring_in(url.expires_in)
}

fn options() -> TransferOptions {
    TransferOptions::default()
        .part_size(100 * 1024)
        .concurrency(3)
        .retry(
            RetryPolicy::default()
                .max_retries(3)
                .initial_backoff(Duration::from_millis(1))
                .max_backoff(Duration::from_millis(2)),
        )
}

/// URLs for the parts of `key`, counting how often they are asked for.
fn part_urls(store: &Arc<ObjectStore>, key: &str, asked: &Arc<AtomicUsize>) -> PartUrls {
    let (store, key, asked) = (store.clone(), key.to_owned(), asked.clone());
    Arc::new(move |numbers: Vec<u32>| {
        asked.fetch_add(1, Ordering::SeqCst);
        let urls = numbers
            .into_iter()
            .map(|n| (n, signed(store.part_url(&key, n))))
            .collect();
        async move { Ok(urls) }.boxed()
    })
}

fn content(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 % 253) as u8).collect()
}

async fn put(url: Signed, body: Vec<u8>) -> Result<(), Error> {
    client()
        .put_signed(&signed(url), body.into(), Duration::from_secs(5), "upload")
        .await
        .map(drop)
}

/// Object `id` of `size` bytes, downloaded by the runtime (which resumes a
/// download cut short); fails unless all `size` bytes came.
async fn download(store: &ObjectStore, id: &str, size: u64) -> Vec<u8> {
    let mut out = Vec::new();
    let written = client()
        .download_signed(
            &signed(store.download_url(id)),
            &mut out,
            Some(size),
            &options(),
        )
        .await
        .unwrap();
    assert_eq!(written, size);
    out
}

#[tokio::test]
async fn parts_are_assembled_on_commit_and_come_down_whole_or_resumed() {
    let store = Arc::new(ObjectStore::start(Duration::from_secs(900)).await.unwrap());
    let data = content(400 * 1024 + 17);
    let key = store.begin_upload();
    store.fail_part(2, 1);
    let parts = client()
        .upload_parts(
            UploadSource::from(data.clone()),
            &options(),
            part_urls(&store, &key, &Arc::default()),
        )
        .await
        .unwrap();
    assert_eq!(parts.len(), 5);
    let (id, size) = store.commit(&key).unwrap();
    assert_eq!(size, data.len() as u64);
    assert_eq!(store.read(&id).unwrap(), data);

    store.cut_next_download(100 * 1024);
    let out = download(&store, &id, size).await;
    assert_eq!(out, data);
    assert_eq!(store.gets(), 2, "the cut download was resumed");
}

/// A committed upload keeps its parts; a download resumed from any byte,
/// inside a part, at its first byte or at its last, goes on from there.
#[tokio::test]
async fn a_committed_upload_comes_down_resumed_from_any_byte() {
    let store = Arc::new(ObjectStore::start(Duration::from_secs(900)).await.unwrap());
    let data = content(300 * 1024 + 5);
    let key = store.begin_upload();
    client()
        .upload_parts(
            UploadSource::from(data.clone()),
            &options(),
            part_urls(&store, &key, &Arc::default()),
        )
        .await
        .unwrap();
    let (id, size) = store.commit(&key).unwrap();
    let part = 100 * 1024;
    for (i, cut) in [1, part - 1, part, part + 1, 2 * part + 3, size - 1]
        .into_iter()
        .enumerate()
    {
        store.cut_next_download(cut);
        let out = download(&store, &id, size).await;
        assert!(out == data, "the download cut at {cut} came down different");
        assert_eq!(store.gets(), 2 * (i as u64 + 1), "cut at {cut} was resumed");
    }
}

#[tokio::test]
async fn urls_made_invalid_are_asked_for_again() {
    let store = Arc::new(ObjectStore::start(Duration::from_secs(900)).await.unwrap());
    let key = store.begin_upload();
    let asked = Arc::new(AtomicUsize::new(0));
    let urls = part_urls(&store, &key, &asked);
    // The storage rotates its signatures right after the first URLs went out.
    let first = Arc::new(AtomicUsize::new(0));
    let rotating: PartUrls = {
        let store = store.clone();
        Arc::new(move |numbers| {
            let urls = urls(numbers);
            let store = store.clone();
            let first = first.clone();
            async move {
                let urls = urls.await;
                if first.fetch_add(1, Ordering::SeqCst) == 0 {
                    store.expire_urls();
                }
                urls
            }
            .boxed()
        })
    };
    let data = content(300 * 1024);
    client()
        .upload_parts(UploadSource::from(data.clone()), &options(), rotating)
        .await
        .unwrap();
    assert!(asked.load(Ordering::SeqCst) >= 2);
    let (id, _) = store.commit(&key).unwrap();
    assert_eq!(store.read(&id).unwrap(), data);
}

#[tokio::test]
async fn wrong_or_expired_signatures_and_gaps_are_refused() {
    // URLs that expire at once.
    let store = ObjectStore::start(Duration::from_secs(0)).await.unwrap();
    let key = store.begin_upload();
    let error = put(store.part_url(&key, 1), vec![1, 2, 3])
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Transfer { status: Some(s), message, .. } if s.as_u16() == 403 && message.contains("expired")),
        "{error:?}"
    );

    let store = ObjectStore::start(Duration::from_secs(900)).await.unwrap();
    let key = store.begin_upload();
    let mut tampered = store.part_url(&key, 1);
    tampered.headers[0].1 = "0000000000000000".to_owned();
    let error = put(tampered, vec![1]).await.unwrap_err();
    assert!(
        error.to_string().contains("SignatureDoesNotMatch"),
        "{error}"
    );
    // A URL for one path does not open another.
    let mut elsewhere = store.part_url(&key, 1);
    elsewhere.url = elsewhere.url.replace("/1?", "/2?");
    assert!(put(elsewhere, vec![1]).await.is_err());

    // Parts 1 and 3 without 2 cannot be committed.
    for part in [1, 3] {
        put(store.part_url(&key, part), vec![part as u8])
            .await
            .unwrap();
    }
    assert_eq!(
        store.commit(&key).unwrap_err(),
        format!("upload {key} misses part 2")
    );
}

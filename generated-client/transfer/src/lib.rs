//! What the file transfers of DingTalk's `storage_1_0` and `drive_1_0`
//! modules share, on the runtime's transfer machinery: DingTalk hands out
//! signed URLs (on another origin) and the headers to send with them; the
//! content goes there, never the token. The two modules differ only in the
//! operations that hand out the URLs and commit the upload; what moves the
//! bytes is shared, here and in the runtime.

#![deny(missing_docs)]

use std::path::Path;
use std::sync::{Arc, Mutex};

use futures_util::future::BoxFuture;
use futures_util::FutureExt;
use openapi_runtime::{
    DownloadUrl, PartRules, PartUrls, PartialDownload, SignedUrl, TransferOptions,
};

use openapi_runtime::Error;

/// How an upload's parts find their URLs, and the key the upload is committed with.
pub struct UploadKey {
    /// Where the upload's parts go.
    pub urls: PartUrls,
    current: Arc<Mutex<String>>,
}

impl UploadKey {
    /// An upload whose key stays the same for all its URLs.
    pub fn fixed(urls: PartUrls, key: String) -> UploadKey {
        UploadKey {
            urls,
            current: Arc::new(Mutex::new(key)),
        }
    }

    /// The key of the URLs handed out last.
    pub fn current(&self) -> String {
        self.current
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
}

/// A URL DingTalk handed out, with its headers and lifetime.
pub fn signed_url(
    operation: &str,
    url: Option<String>,
    headers: Option<std::collections::BTreeMap<String, String>>,
    expiration_seconds: Option<i32>,
) -> Result<SignedUrl, Error> {
    let url = url.ok_or_else(|| missing(operation, "the URL"))?;
    let url = SignedUrl::new(url, headers.unwrap_or_default().into_iter().collect());
    Ok(
        match expiration_seconds.and_then(|s| u64::try_from(s).ok()) {
            Some(seconds) => url.expiring_in(seconds),
            None => url,
        },
    )
}

/// An upload in one piece whose every URL comes with a key of its own (an
/// upload key, a media id): asking again for an expired URL starts the upload
/// afresh under the new key, which is the one to commit.
pub fn one_piece<F>(ask: F) -> UploadKey
where
    F: Fn() -> BoxFuture<'static, Result<(String, SignedUrl), Error>> + Send + Sync + 'static,
{
    let key = Arc::new(Mutex::new(String::new()));
    let current = key.clone();
    let urls: PartUrls = Arc::new(move |_parts| {
        let (asked, key) = (ask(), key.clone());
        async move {
            let (new_key, url) = asked.await?;
            *key.lock().unwrap_or_else(|e| e.into_inner()) = new_key;
            Ok(vec![(1, url)])
        }
        .boxed()
    });
    UploadKey { urls, current }
}

/// The rules of the object storage behind DingTalk's files: parts of 100 KiB
/// (all but the last) to 5 GiB, at most 10,000 of them.
pub const PART_RULES: PartRules = PartRules::new(100 * 1024, 5 * 1024 * 1024 * 1024, 10_000);

/// A URL asked for afresh each time, from a call that hands one out.
pub fn download_url<F>(ask: F) -> DownloadUrl
where
    F: Fn() -> BoxFuture<'static, Result<SignedUrl, Error>> + Send + Sync + 'static,
{
    Arc::new(ask)
}

/// Downloads into a file at `path` through `<path>.part`, which replaces
/// `path` once the whole content is there. `identity` says what is
/// downloaded, without the URL: a rerun for the same identity goes on from
/// the bytes already in `<path>.part`, one for another starts over.
pub async fn to_path(
    runtime: &openapi_runtime::Client,
    path: &Path,
    identity: &str,
    expected: Option<u64>,
    url: DownloadUrl,
    options: &TransferOptions,
) -> Result<u64, Error> {
    let partial = PartialDownload::new(path);
    let (file, start) = partial.open(identity, expected).await?;
    if start > 0 {
        tracing::info!(path = %path.display(), bytes = start, "going on with a partial download");
    }
    // What arrived is kept, for a rerun to go on from, even after a failure.
    let (written, file) = runtime
        .download_to_file(&url, file, start, expected, options)
        .await;
    let written = written?;
    drop(file);
    partial.finish().await?;
    Ok(written)
}

/// The error of an answer of `operation` without `field`, which a transfer needs.
pub fn missing(operation: &str, field: &str) -> Error {
    Error::Transfer {
        what: operation.to_owned(),
        status: None,
        message: format!("the answer has no `{field}`"),
    }
}

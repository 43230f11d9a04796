//! Uploading and downloading files in one call each, on the runtime's
//! transfer machinery: DingTalk hands out signed URLs (on another origin) and
//! the headers to send with them; the content goes there, never the token.
//! `storage` and `drive` differ only in the operations that hand out the URLs
//! and commit the upload; what moves the bytes is shared, here and in the
//! runtime.

use std::path::Path;
use std::sync::{Arc, Mutex};

use futures_util::future::BoxFuture;
use futures_util::FutureExt;
use openapi_runtime::{PartUrls, SignedUrl};
use tokio::io::AsyncWriteExt;

use crate::Error;

#[cfg(feature = "drive")]
pub(crate) mod drive;
#[cfg(feature = "storage")]
pub(crate) mod storage;

/// How an upload's parts find their URLs, and the key the upload is committed with.
pub(crate) struct UploadKey {
    pub(crate) urls: PartUrls,
    current: Arc<Mutex<String>>,
}

impl UploadKey {
    /// An upload whose key stays the same for all its URLs.
    #[cfg(feature = "storage")]
    pub(crate) fn fixed(urls: PartUrls, key: String) -> UploadKey {
        UploadKey {
            urls,
            current: Arc::new(Mutex::new(key)),
        }
    }

    pub(crate) fn current(&self) -> String {
        self.current
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
}

/// A URL DingTalk handed out, with its headers and lifetime.
pub(crate) fn signed_url(
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
pub(crate) fn one_piece<F>(ask: F) -> UploadKey
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

/// Writes what `download` writes to a file at `path`, through a temporary
/// file beside it that replaces `path` only once the download succeeded.
pub(crate) async fn to_path_with<F, Fut>(path: &Path, download: F) -> Result<u64, Error>
where
    F: FnOnce(PathWriter) -> Fut,
    Fut: std::future::Future<Output = (PathWriter, Result<u64, Error>)>,
{
    let io = |what: &str, source| Error::Io {
        what: format!("{what} {}", path.display()),
        source,
    };
    let mut partial = path.as_os_str().to_owned();
    partial.push(".part");
    let partial = std::path::PathBuf::from(partial);
    let file = tokio::fs::File::create(&partial)
        .await
        .map_err(|e| io("creating a file beside", e))?;
    // Chunks arrive a few KiB at a time; the file is written a MiB at a time.
    let (mut file, written) = download(tokio::io::BufWriter::with_capacity(1 << 20, file)).await;
    let written = match written {
        Ok(written) => written,
        Err(error) => {
            drop(file);
            let _ = tokio::fs::remove_file(&partial).await;
            return Err(error);
        }
    };
    file.flush().await.map_err(|e| io("writing", e))?;
    let file = file.into_inner();
    file.sync_all().await.map_err(|e| io("writing", e))?;
    drop(file);
    tokio::fs::rename(&partial, path)
        .await
        .map_err(|e| io("moving the download to", e))?;
    Ok(written)
}

/// What a download to a path writes to.
pub(crate) type PathWriter = tokio::io::BufWriter<tokio::fs::File>;

pub(crate) fn missing(operation: &str, field: &str) -> Error {
    Error::Transfer {
        what: operation.to_owned(),
        status: None,
        message: format!("the answer has no `{field}`"),
    }
}

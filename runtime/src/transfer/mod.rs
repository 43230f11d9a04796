//! Moving file contents to and from the URLs an API hands out for them
//! (pre-signed, usually on another origin): uploads in parts planned within
//! the storage's rules ([`plan`]), several at once, each retried alone and its
//! URL asked for again when it expires ([`upload`]); downloads streamed to a
//! writer, resumed by `Range` after a broken connection and with a fresh URL
//! after an expired one ([`download`]); bodies that stall abandoned and tried
//! again ([`stall`]); records that let a transfer go on after a restart
//! ([`journal`]).
//!
//! The client's credentials never go to these URLs: only the headers the API
//! returned with each URL are sent. Memory stays bounded whatever the size:
//! a file's parts are read from disk as they are sent (again for a retry),
//! bytes in memory are shared rather than copied, and only a reader's parts are
//! held, at most `concurrency` parts of `part_size` bytes at once; a download
//! holds one chunk of the response at a time, written as it comes.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::StatusCode;
use tokio::io::AsyncRead;

use crate::error::Plain as Error;
use crate::RetryPolicy;

mod download;
mod journal;
mod plan;
mod stall;
mod upload;

pub use download::DownloadUrl;
pub use journal::{PartialDownload, UploadIdentity, UploadJournal};
pub use plan::{PartPlan, PartRules, DEFAULT_PART_SIZE};
pub use stall::StallProtection;
pub use upload::PartUrls;

/// A URL handed out by the API for one upload or download, with the headers
/// the API said to send with it. `Debug` shows neither the query (which may
/// carry a signature) nor the header values.
#[derive(Clone)]
pub struct SignedUrl {
    /// The URL, its signature in the query.
    pub url: String,
    /// The headers the API said to send with it.
    pub headers: Vec<(String, String)>,
    /// When the URL stops working, if the API said; it is asked for again shortly before.
    pub expires_at: Option<Instant>,
}

impl SignedUrl {
    /// A URL and its headers, of unknown lifetime.
    pub fn new(url: impl Into<String>, headers: Vec<(String, String)>) -> Self {
        SignedUrl {
            url: url.into(),
            headers,
            expires_at: None,
        }
    }

    /// The URL stops working `seconds` from now.
    pub fn expiring_in(mut self, seconds: u64) -> Self {
        self.expires_at = Some(Instant::now() + Duration::from_secs(seconds));
        self
    }

    pub(crate) fn is_fresh(&self) -> bool {
        const MARGIN: Duration = Duration::from_secs(30);
        self.expires_at
            .is_none_or(|at| Instant::now() + MARGIN < at)
    }

    pub(crate) fn header_map(&self, what: &str) -> Result<HeaderMap, Error> {
        let mut headers = HeaderMap::new();
        for (name, value) in &self.headers {
            let invalid = || Error::Transfer {
                what: what.to_owned(),
                status: None,
                message: format!("the API handed out an invalid header `{name}`"),
            };
            let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid())?;
            let mut value = HeaderValue::from_str(value).map_err(|_| invalid())?;
            value.set_sensitive(true);
            headers.insert(name, value);
        }
        Ok(headers)
    }
}

impl fmt::Debug for SignedUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = self.url.split(['?', '#']).next().unwrap_or_default();
        let names: Vec<&str> = self.headers.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("SignedUrl")
            .field("url", &shown)
            .field("headers", &names)
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// How far a transfer is: bytes done of the total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// The bytes moved so far.
    pub done: u64,
    /// The bytes to move in all.
    pub total: u64,
}

/// Called as a transfer moves on, from whichever task moved it.
pub type OnProgress = Arc<dyn Fn(Progress) + Send + Sync>;

/// How an upload or a download is carried out.
#[derive(Clone)]
pub struct TransferOptions {
    /// Bytes per part of a multipart upload; by default
    /// [`DEFAULT_PART_SIZE`], or larger when the file needs it
    /// ([`PartRules::plan`]).
    pub part_size: Option<u64>,
    /// Parts uploaded at once (default 4).
    pub concurrency: usize,
    /// How a failed part, or a broken download, is tried again.
    pub retry: RetryPolicy,
    /// Timeout of each part's or download attempt's request (default 5 minutes).
    pub timeout: Duration,
    /// When a body that moves too slowly is abandoned and tried again; `None` waits for `timeout`.
    pub stall: Option<StallProtection>,
    /// How many fresh URLs in a row are asked for when the storage refuses
    /// one (it expired) before the transfer fails (default 3); a fresh URL
    /// that moves bytes starts the count again.
    pub max_url_renewals: u32,
    /// What is called as bytes are moved.
    pub on_progress: Option<OnProgress>,
}

impl Default for TransferOptions {
    fn default() -> Self {
        TransferOptions {
            part_size: None,
            concurrency: 4,
            retry: RetryPolicy::default().max_retries(4),
            timeout: Duration::from_secs(300),
            stall: Some(StallProtection::default()),
            max_url_renewals: 3,
            on_progress: None,
        }
    }
}

impl fmt::Debug for TransferOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransferOptions")
            .field("part_size", &self.part_size)
            .field("concurrency", &self.concurrency)
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .field("stall", &self.stall)
            .field("max_url_renewals", &self.max_url_renewals)
            .field("on_progress", &self.on_progress.is_some())
            .finish()
    }
}

impl TransferOptions {
    /// Parts of `bytes` bytes, checked against the storage's rules before
    /// anything is sent.
    pub fn part_size(mut self, bytes: u64) -> Self {
        self.part_size = Some(bytes);
        self
    }

    /// How many parts are moved at once (at least 1).
    pub fn concurrency(mut self, parts: usize) -> Self {
        self.concurrency = parts.max(1);
        self
    }

    /// How a failed part or download is retried.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// How long one request to the storage may take.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// When a stalled body is abandoned; `None` turns the protection off.
    pub fn stall_protection(mut self, stall: Option<StallProtection>) -> Self {
        self.stall = stall;
        self
    }

    /// How many refused URLs in a row are replaced before the transfer fails.
    pub fn max_url_renewals(mut self, renewals: u32) -> Self {
        self.max_url_renewals = renewals;
        self
    }

    /// Calls `f` as bytes are moved.
    pub fn on_progress(mut self, f: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.on_progress = Some(Arc::new(f));
        self
    }
}

/// What an upload reads: bytes in memory, a file, or any reader of a known length.
pub enum UploadSource {
    /// These bytes.
    Bytes(Bytes),
    /// The file at this path, read part by part as it is sent.
    File(PathBuf),
    /// What a reader gives: `len` bytes.
    Reader {
        /// Where the bytes come from.
        reader: Box<dyn AsyncRead + Send + Unpin>,
        /// How many bytes it gives.
        len: u64,
    },
}

impl fmt::Debug for UploadSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UploadSource::Bytes(bytes) => write!(f, "Bytes({} bytes)", bytes.len()),
            UploadSource::File(path) => f.debug_tuple("File").field(path).finish(),
            UploadSource::Reader { len, .. } => write!(f, "Reader({len} bytes)"),
        }
    }
}

impl From<Bytes> for UploadSource {
    fn from(bytes: Bytes) -> Self {
        UploadSource::Bytes(bytes)
    }
}

impl From<Vec<u8>> for UploadSource {
    fn from(bytes: Vec<u8>) -> Self {
        UploadSource::Bytes(bytes.into())
    }
}

impl From<&Path> for UploadSource {
    fn from(path: &Path) -> Self {
        UploadSource::File(path.to_owned())
    }
}

impl From<PathBuf> for UploadSource {
    fn from(path: PathBuf) -> Self {
        UploadSource::File(path)
    }
}

impl UploadSource {
    /// A reader that yields exactly `len` bytes.
    pub fn reader(reader: impl AsyncRead + Send + Unpin + 'static, len: u64) -> Self {
        UploadSource::Reader {
            reader: Box::new(reader),
            len,
        }
    }

    /// The number of bytes the source holds.
    pub async fn size(&self) -> Result<u64, Error> {
        match self {
            UploadSource::Bytes(bytes) => Ok(bytes.len() as u64),
            UploadSource::File(path) => {
                tokio::fs::metadata(path)
                    .await
                    .map(|m| m.len())
                    .map_err(|source| Error::Io {
                        what: format!("reading {}", path.display()),
                        source,
                    })
            }
            UploadSource::Reader { len, .. } => Ok(*len),
        }
    }

    /// A file's modification time, in nanoseconds since the Unix epoch: with
    /// the size, what tells whether a file changed between two runs.
    pub async fn modified(&self) -> Option<u128> {
        let UploadSource::File(path) = self else {
            return None;
        };
        let modified = tokio::fs::metadata(path).await.ok()?.modified().ok()?;
        Some(
            modified
                .duration_since(std::time::UNIX_EPOCH)
                .ok()?
                .as_nanos(),
        )
    }
}

/// An uploaded part: its number (from 1) and the `ETag` the storage answered with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadedPart {
    /// Its number, from 1.
    pub number: u32,
    /// The storage's `ETag` of it, when it gave one.
    pub etag: Option<String>,
}

/// Whether the storage refused a URL (it expired, or its signature no longer holds).
fn is_refused(error: &Error) -> bool {
    matches!(
        error,
        Error::Transfer {
            status: Some(StatusCode::FORBIDDEN | StatusCode::UNAUTHORIZED),
            ..
        }
    )
}

/// After the storage refused a URL: `Ok` with its answer when a fresh one may
/// be asked for (counted in `refused`, the fresh URLs asked for in a row), or
/// the error that ends the transfer when `options.max_url_renewals` were
/// refused already (the storage's answer itself when none may be asked for).
fn one_more_url(
    refused: &mut u32,
    options: &TransferOptions,
    what: &str,
    error: Error,
) -> Result<Error, Error> {
    match *refused {
        0 if options.max_url_renewals == 0 => Err(error),
        renewals if renewals == options.max_url_renewals => Err(Error::UrlsRefused {
            what: what.to_owned(),
            renewals,
            last: Box::new(error),
        }),
        _ => {
            *refused += 1;
            Ok(error)
        }
    }
}

/// A failed transfer; `message` never holds the URL, whose query may carry a signature.
fn transfer_failed(what: &str, status: Option<StatusCode>, message: String) -> Error {
    Error::Transfer {
        what: what.to_owned(),
        status,
        message,
    }
}

fn excerpt(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(200) {
        Some((cut, _)) => format!("{}…", &flat[..cut]),
        None => flat,
    }
}

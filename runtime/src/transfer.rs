//! Moving file contents to and from the URLs an API hands out for them
//! (pre-signed, usually on another origin): uploads in parts, several at once,
//! each retried alone and its URL asked for again when it expires; downloads
//! streamed to a writer and resumed by `Range` after a broken connection.
//!
//! The client's credentials never go to these URLs: only the headers the API
//! returned with each URL are sent. Memory stays bounded whatever the size:
//! a file's parts are read from disk as they are sent (again for a retry),
//! bytes in memory are shared rather than copied, and only a reader's parts are
//! held, at most `concurrency` parts of `part_size` bytes at once; a download
//! holds one chunk of the response at a time.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use futures_util::future::BoxFuture;
use futures_util::stream::{self, TryStreamExt};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, CONTENT_LENGTH, RANGE};
use reqwest::{Method, StatusCode};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncSeekExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::Mutex;

use crate::{Client, Error, RetryPolicy};

/// A URL handed out by the API for one upload or download, with the headers
/// the API said to send with it. `Debug` shows neither the query (which may
/// carry a signature) nor the header values.
#[derive(Clone)]
pub struct SignedUrl {
    pub url: String,
    pub headers: Vec<(String, String)>,
    /// When the URL stops working, if the API said; it is asked for again shortly before.
    pub expires_at: Option<Instant>,
}

impl SignedUrl {
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

    fn is_fresh(&self) -> bool {
        const MARGIN: Duration = Duration::from_secs(30);
        self.expires_at
            .is_none_or(|at| Instant::now() + MARGIN < at)
    }

    fn header_map(&self, what: &str) -> Result<HeaderMap, Error> {
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
    pub done: u64,
    pub total: u64,
}

/// Called as a transfer moves on, from whichever task moved it.
pub type OnProgress = Arc<dyn Fn(Progress) + Send + Sync>;

/// How an upload or a download is carried out.
#[derive(Clone)]
pub struct TransferOptions {
    /// Bytes per part of a multipart upload (default 8 MiB).
    pub part_size: u64,
    /// Parts uploaded at once (default 4).
    pub concurrency: usize,
    /// How a failed part, or a broken download, is tried again.
    pub retry: RetryPolicy,
    /// Timeout of each part's or download attempt's request (default 5 minutes).
    pub timeout: Duration,
    pub on_progress: Option<OnProgress>,
}

impl Default for TransferOptions {
    fn default() -> Self {
        TransferOptions {
            part_size: 8 * 1024 * 1024,
            concurrency: 4,
            retry: RetryPolicy::default().max_retries(4),
            timeout: Duration::from_secs(300),
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
            .field("on_progress", &self.on_progress.is_some())
            .finish()
    }
}

impl TransferOptions {
    pub fn part_size(mut self, bytes: u64) -> Self {
        self.part_size = bytes.max(1);
        self
    }

    pub fn concurrency(mut self, parts: usize) -> Self {
        self.concurrency = parts.max(1);
        self
    }

    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
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
    Bytes(Bytes),
    File(PathBuf),
    Reader {
        reader: Box<dyn AsyncRead + Send + Unpin>,
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
}

/// An uploaded part: its number (from 1) and the `ETag` the storage answered with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadedPart {
    pub number: u32,
    pub etag: Option<String>,
}

/// Asks the API for the signed URLs of some part numbers.
pub type PartUrls =
    Arc<dyn Fn(Vec<u32>) -> BoxFuture<'static, Result<Vec<(u32, SignedUrl)>, Error>> + Send + Sync>;

/// How many part URLs are asked for at once.
const URL_BATCH: usize = 32;

/// The parts' signed URLs, asked for in batches, again when one expires or is refused.
struct UrlCache {
    ask: PartUrls,
    parts: u32,
    known: Mutex<HashMap<u32, SignedUrl>>,
}

impl UrlCache {
    async fn get(&self, part: u32) -> Result<SignedUrl, Error> {
        let mut known = self.known.lock().await;
        if let Some(url) = known.get(&part).filter(|u| u.is_fresh()) {
            return Ok(url.clone());
        }
        let wanted: Vec<u32> = (part..=self.parts)
            .filter(|p| *p == part || !known.get(p).is_some_and(SignedUrl::is_fresh))
            .take(URL_BATCH)
            .collect();
        for (number, url) in (self.ask)(wanted).await? {
            known.insert(number, url);
        }
        known.get(&part).cloned().ok_or_else(|| Error::Transfer {
            what: format!("upload part {part}"),
            status: None,
            message: "the API handed out no URL for this part".to_owned(),
        })
    }

    async fn forget(&self, part: u32) {
        self.known.lock().await.remove(&part);
    }
}

/// The body of one part's request.
enum Part {
    /// In memory (shared, not copied, between attempts).
    Bytes(Bytes),
    /// A range of a file, read as it is sent.
    File {
        path: Arc<PathBuf>,
        offset: u64,
        len: u64,
    },
}

impl Part {
    fn len(&self) -> u64 {
        match self {
            Part::Bytes(bytes) => bytes.len() as u64,
            Part::File { len, .. } => *len,
        }
    }

    /// A body for one attempt: a file's range is opened afresh each time.
    async fn body(&self, what: &str) -> Result<reqwest::Body, Error> {
        let (path, offset, len) = match self {
            Part::Bytes(bytes) => return Ok(bytes.clone().into()),
            Part::File { path, offset, len } => (path.clone(), *offset, *len),
        };
        let io = |source| Error::Io {
            what: format!("reading {} for {what}", path.display()),
            source,
        };
        let mut file = tokio::fs::File::open(path.as_path()).await.map_err(io)?;
        file.seek(std::io::SeekFrom::Start(offset))
            .await
            .map_err(io)?;
        const CHUNK: u64 = 64 * 1024;
        let chunks = stream::try_unfold((file.take(len), len), |(mut file, left)| async move {
            if left == 0 {
                return Ok::<_, std::io::Error>(None);
            }
            let mut chunk = BytesMut::zeroed(left.min(CHUNK) as usize);
            file.read_exact(&mut chunk).await?;
            let sent = chunk.len() as u64;
            Ok(Some((chunk.freeze(), (file, left - sent))))
        });
        Ok(reqwest::Body::wrap_stream(chunks))
    }
}

/// Where an upload's parts are cut from.
enum Parts {
    Bytes(Bytes),
    File(Arc<PathBuf>),
    Reader(Box<dyn AsyncRead + Send + Unpin>),
}

impl Parts {
    fn new(source: UploadSource) -> Parts {
        match source {
            UploadSource::Bytes(bytes) => Parts::Bytes(bytes),
            UploadSource::File(path) => Parts::File(Arc::new(path)),
            UploadSource::Reader { reader, .. } => Parts::Reader(reader),
        }
    }

    /// Part `number`: `size` bytes from `offset`.
    async fn cut(&mut self, number: u32, offset: u64, size: u64) -> Result<Part, Error> {
        Ok(match self {
            Parts::Bytes(bytes) => {
                Part::Bytes(bytes.slice(offset as usize..(offset + size) as usize))
            }
            Parts::File(path) => Part::File {
                path: path.clone(),
                offset,
                len: size,
            },
            Parts::Reader(reader) => {
                let mut buffer = BytesMut::zeroed(size as usize);
                reader
                    .read_exact(&mut buffer)
                    .await
                    .map_err(|source| Error::Io {
                        what: format!("reading part {number} of the upload ({size} bytes)"),
                        source,
                    })?;
                Part::Bytes(buffer.freeze())
            }
        })
    }
}

impl Client {
    /// Sends `body` to a signed URL with `PUT` and the URL's headers only, and
    /// returns the response's headers (an `ETag`, say). Tried once.
    pub async fn put_signed(
        &self,
        target: &SignedUrl,
        body: Bytes,
        timeout: Duration,
        what: &str,
    ) -> Result<HeaderMap, Error> {
        self.put_part(target, &Part::Bytes(body), timeout, what)
            .await
    }

    /// Sends one part with `PUT`, its body read as it goes when it is in a file.
    async fn put_part(
        &self,
        target: &SignedUrl,
        part: &Part,
        timeout: Duration,
        what: &str,
    ) -> Result<HeaderMap, Error> {
        let headers = target.header_map(what)?;
        let response = self
            .inner
            .http
            .request(Method::PUT, &target.url)
            .headers(headers)
            .header(CONTENT_LENGTH, part.len())
            .timeout(timeout)
            .body(part.body(what).await?)
            .send()
            .await
            .map_err(|e| transfer_failed(what, None, e.without_url().to_string()))?;
        let status = response.status();
        if !status.is_success() {
            let text = response.text().await.unwrap_or_default();
            return Err(transfer_failed(what, Some(status), excerpt(&text)));
        }
        Ok(response.headers().clone())
    }

    /// Uploads `source` to signed URLs in parts of `options.part_size` bytes,
    /// `options.concurrency` at a time; `urls` asks the API for the URLs of
    /// some part numbers (from 1). A part that fails is retried alone, with a
    /// fresh URL when its URL expired or was refused. Returns the parts in order.
    pub async fn upload_parts(
        &self,
        source: UploadSource,
        options: &TransferOptions,
        urls: PartUrls,
    ) -> Result<Vec<UploadedPart>, Error> {
        let len = source.size().await?;
        let part_size = options.part_size.max(1);
        let parts = u32::try_from(len.div_ceil(part_size).max(1)).map_err(|_| Error::Transfer {
            what: "upload".to_owned(),
            status: None,
            message: format!("{len} bytes in parts of {part_size} make too many parts"),
        })?;
        let cache = Arc::new(UrlCache {
            ask: urls,
            parts,
            known: Mutex::new(HashMap::new()),
        });
        let done = Arc::new(AtomicU64::new(0));
        let report = |bytes: u64| {
            let done = done.fetch_add(bytes, Ordering::SeqCst) + bytes;
            if let Some(on_progress) = &options.on_progress {
                on_progress(Progress { done, total: len });
            }
        };
        // Parts are cut one after another; at most `concurrency` are in flight.
        // Only a reader's parts are held in memory: bytes are shared, and a
        // file's parts are read from disk as they are sent, again on a retry.
        let read = stream::try_unfold(
            (Parts::new(source), 1u32, 0u64),
            move |(mut source, number, offset)| async move {
                if number > parts {
                    return Ok(None);
                }
                let size = (len - offset).min(part_size);
                let part = source.cut(number, offset, size).await?;
                Ok(Some(((number, part), (source, number + 1, offset + size))))
            },
        );
        let mut uploaded: Vec<UploadedPart> = read
            .map_ok(|(number, part)| {
                let cache = cache.clone();
                let report = &report;
                async move {
                    let size = part.len();
                    let uploaded = self.upload_part(&cache, number, &part, options).await?;
                    report(size);
                    Ok(uploaded)
                }
            })
            .try_buffer_unordered(options.concurrency.max(1))
            .try_collect()
            .await?;
        uploaded.sort_by_key(|part| part.number);
        Ok(uploaded)
    }

    async fn upload_part(
        &self,
        cache: &UrlCache,
        number: u32,
        part: &Part,
        options: &TransferOptions,
    ) -> Result<UploadedPart, Error> {
        let what = format!("upload part {number}");
        let mut retries = 0;
        loop {
            let url = cache.get(number).await?;
            let error = match self.put_part(&url, part, options.timeout, &what).await {
                Ok(headers) => {
                    let etag = headers
                        .get("etag")
                        .and_then(|v| v.to_str().ok())
                        .map(str::to_owned);
                    return Ok(UploadedPart { number, etag });
                }
                Err(error) => error,
            };
            let status = match &error {
                Error::Transfer { status, .. } => *status,
                _ => None,
            };
            // A refused signature most often means the URL expired: ask for a
            // new one. A storage may also refuse before it has read the body
            // and close the connection, which the sender sees as a broken
            // connection with no status: that URL is not trusted again either.
            if matches!(
                status,
                None | Some(StatusCode::FORBIDDEN | StatusCode::UNAUTHORIZED)
            ) {
                cache.forget(number).await;
            } else if status
                .is_some_and(|s| s.is_client_error() && s != StatusCode::TOO_MANY_REQUESTS)
            {
                return Err(error);
            }
            match options.retry.delay(retries, None) {
                Some(delay) if retries < options.retry.retries() => {
                    tracing::warn!(part = number, %error, delay_ms = delay.as_millis() as u64, "part failed; retrying it");
                    tokio::time::sleep(delay).await;
                    retries += 1;
                }
                _ => return Err(error),
            }
        }
    }

    /// Downloads from a signed URL into `writer`, with the URL's headers only.
    /// After a broken connection the download goes on where it stopped, with a
    /// `Range` request. The size is checked against `expected_size`, or else
    /// against the length the server declared. Returns the bytes written.
    pub async fn download_signed<W: AsyncWrite + Unpin + ?Sized>(
        &self,
        source: &SignedUrl,
        writer: &mut W,
        expected_size: Option<u64>,
        options: &TransferOptions,
    ) -> Result<u64, Error> {
        let what = "download";
        let mut written: u64 = 0;
        let mut total = expected_size;
        let mut retries = 0;
        loop {
            let error = match self
                .download_from(source, writer, &mut written, &mut total, options)
                .await
            {
                Ok(()) if total.is_some_and(|total| written < total) => transfer_failed(
                    what,
                    None,
                    format!(
                        "the response ended after {written} of {} bytes",
                        total.unwrap_or_default()
                    ),
                ),
                Ok(()) => break,
                Err(error) => error,
            };
            let resumable = match &error {
                Error::Transfer { status, .. } => {
                    status.is_none_or(|s| s.is_server_error() || s == StatusCode::TOO_MANY_REQUESTS)
                }
                _ => false,
            };
            match options.retry.delay(retries, None) {
                Some(delay) if resumable && retries < options.retry.retries() => {
                    tracing::warn!(written, %error, delay_ms = delay.as_millis() as u64, "download broke; resuming");
                    tokio::time::sleep(delay).await;
                    retries += 1;
                }
                _ => return Err(error),
            }
        }
        writer.flush().await.map_err(|source| Error::Io {
            what: what.to_owned(),
            source,
        })?;
        if let Some(total) = total.filter(|total| *total != written) {
            return Err(transfer_failed(
                what,
                None,
                format!("expected {total} bytes, got {written}"),
            ));
        }
        Ok(written)
    }

    /// One attempt of a download, from byte `written` on.
    async fn download_from<W: AsyncWrite + Unpin + ?Sized>(
        &self,
        source: &SignedUrl,
        writer: &mut W,
        written: &mut u64,
        total: &mut Option<u64>,
        options: &TransferOptions,
    ) -> Result<(), Error> {
        let what = "download";
        let mut request = self
            .inner
            .http
            .get(&source.url)
            .headers(source.header_map(what)?)
            .timeout(options.timeout);
        if *written > 0 {
            request = request.header(RANGE, format!("bytes={written}-"));
        }
        let mut response = request
            .send()
            .await
            .map_err(|e| transfer_failed(what, None, e.without_url().to_string()))?;
        let status = response.status();
        match status {
            StatusCode::OK if *written > 0 => {
                return Err(transfer_failed(
                    what,
                    Some(status),
                    format!("the server ignored `Range: bytes={written}-` and sent the whole file"),
                ));
            }
            StatusCode::OK => {
                if total.is_none() {
                    *total = response.content_length();
                }
            }
            StatusCode::PARTIAL_CONTENT if *written > 0 => {}
            _ => {
                let text = response.text().await.unwrap_or_default();
                return Err(transfer_failed(what, Some(status), excerpt(&text)));
            }
        }
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| transfer_failed(what, None, e.without_url().to_string()))?
        {
            if total.is_some_and(|total| *written + chunk.len() as u64 > total) {
                return Err(transfer_failed(
                    what,
                    None,
                    format!(
                        "the server sent more than the {} bytes expected",
                        total.unwrap_or_default()
                    ),
                ));
            }
            writer.write_all(&chunk).await.map_err(|source| Error::Io {
                what: what.to_owned(),
                source,
            })?;
            *written += chunk.len() as u64;
            if let Some(on_progress) = &options.on_progress {
                on_progress(Progress {
                    done: *written,
                    total: total.unwrap_or(*written),
                });
            }
        }
        Ok(())
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

//! Uploads in parts to signed URLs: parts cut as they are sent, several at
//! once, each retried alone, its URL asked for again when it expires.

use std::collections::{HashMap, HashSet};
use std::io::{Read, Seek};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use futures_util::future::BoxFuture;
use futures_util::stream::{self, StreamExt, TryStreamExt};
use reqwest::header::{HeaderMap, CONTENT_LENGTH};
use reqwest::{Method, StatusCode};
use tokio::io::{AsyncRead, AsyncReadExt};
use tokio::sync::Mutex;

use super::stall::{Meter, StallProtection};
use super::{
    excerpt, is_refused, one_more_url, transfer_failed, PartPlan, PartRules, Progress, SignedUrl,
    TransferOptions, UploadJournal, UploadSource, UploadedPart,
};
use crate::error::Plain as Error;
use crate::Client;

/// Asks the API for the signed URLs of some part numbers.
pub type PartUrls =
    Arc<dyn Fn(Vec<u32>) -> BoxFuture<'static, Result<Vec<(u32, SignedUrl)>, Error>> + Send + Sync>;

/// How many part URLs are asked for at once.
const URL_BATCH: usize = 32;

/// Bytes a part's body hands over at a time.
const CHUNK: u64 = 64 * 1024;

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
    /// A range of a file, read as it is sent, into the upload's buffers.
    File {
        path: Arc<PathBuf>,
        offset: u64,
        len: u64,
        buffers: Buffers,
    },
}

impl Part {
    fn len(&self) -> u64 {
        match self {
            Part::Bytes(bytes) => bytes.len() as u64,
            Part::File { len, .. } => *len,
        }
    }

    /// A body for one attempt, handed over a chunk at a time and counted by
    /// `meter`: bytes are sliced without copying, a file's range is opened
    /// afresh each time.
    async fn body(&self, what: &str, meter: Meter) -> Result<reqwest::Body, Error> {
        let (path, offset, len, buffers) = match self {
            Part::Bytes(bytes) => {
                let bytes = bytes.clone();
                let chunks = (0..bytes.len()).step_by(CHUNK as usize).map(move |at| {
                    let chunk = bytes.slice(at..(at + CHUNK as usize).min(bytes.len()));
                    meter.add(chunk.len() as u64);
                    Ok::<_, std::io::Error>(chunk)
                });
                return Ok(reqwest::Body::wrap_stream(stream::iter(chunks)));
            }
            Part::File {
                path,
                offset,
                len,
                buffers,
            } => (path.clone(), *offset, *len, buffers.clone()),
        };
        let chunks = file_chunks(path, offset, len, buffers, meter, what).await?;
        Ok(reqwest::Body::wrap_stream(chunks))
    }
}

/// The bytes of `len` from `offset` in the file at `path`, as a part's body
/// hands them over: chunks of at most [`CHUNK`], read a batch ahead,
/// counted by `meter` as they go.
async fn file_chunks(
    path: Arc<PathBuf>,
    offset: u64,
    len: u64,
    buffers: Buffers,
    meter: Meter,
    what: &str,
) -> Result<impl futures_util::Stream<Item = std::io::Result<Bytes>>, Error> {
    let opened = {
        let path = path.clone();
        tokio::task::spawn_blocking(move || {
            let mut file = std::fs::File::open(path.as_path())?;
            file.seek(std::io::SeekFrom::Start(offset))?;
            Ok(file)
        })
    };
    let file = opened
        .await
        .map_err(std::io::Error::other)
        .and_then(|opened| opened)
        .map_err(|source| Error::Io {
            what: format!("reading {} for {what}", path.display()),
            source,
        })?;
    let first = len.min(BATCH);
    let reading = FileChunks {
        next: Some(read_batch(file, first, buffers.clone())),
        chunks: Vec::new().into_iter(),
        left: len - first,
        meter,
        buffers,
    };
    let chunks = stream::try_unfold(reading, |mut reading| async move {
        loop {
            if let Some(chunk) = reading.chunks.next() {
                reading.meter.add(chunk.len() as u64);
                return Ok(Some((chunk, reading)));
            }
            let Some(next) = reading.next.take() else {
                return Ok::<_, std::io::Error>(None);
            };
            let (file, chunks) = next.await.map_err(std::io::Error::other)??;
            let batch = reading.left.min(BATCH);
            if batch > 0 {
                reading.next = Some(read_batch(file, batch, reading.buffers.clone()));
                reading.left -= batch;
            }
            reading.chunks = chunks.into_iter();
        }
    });
    Ok(chunks)
}

/// Bytes of a file read in one blocking task, as chunks of [`CHUNK`]. A
/// part's body reads its next batch while it hands over the one before,
/// so the file is read on the blocking pool once a batch rather than once a
/// chunk, each chunk read straight into the memory that is sent.
const BATCH: u64 = 4 * CHUNK;

/// A file range being read for a part's body.
struct FileChunks {
    /// The batch being read.
    next: Option<Batch>,
    /// The chunks of the batch read last, not yet handed over.
    chunks: std::vec::IntoIter<Bytes>,
    /// Bytes of the range no batch has asked for yet.
    left: u64,
    meter: Meter,
    buffers: Buffers,
}

/// A batch being read: its chunks, with the file to read the next batch from.
type Batch = tokio::task::JoinHandle<std::io::Result<(std::fs::File, Vec<Bytes>)>>;

/// Reads the next `len` bytes of `file` on the blocking pool, as chunks
/// read into `buffers`.
fn read_batch(mut file: std::fs::File, len: u64, buffers: Buffers) -> Batch {
    tokio::task::spawn_blocking(move || {
        let mut chunks = Vec::with_capacity(len.div_ceil(CHUNK) as usize);
        let mut left = len;
        while left > 0 {
            let size = left.min(CHUNK);
            let mut chunk = buffers.take();
            chunk.reserve_exact(size as usize);
            (&mut file).take(size).read_to_end(&mut chunk)?;
            if chunk.len() as u64 != size {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::UnexpectedEof,
                    "the file ended before the part did: was it changed during the upload?",
                ));
            }
            left -= size;
            chunks.push(buffers.chunk(chunk));
        }
        Ok((file, chunks))
    })
}

/// The buffers an upload reads its file into, each back in the pool once
/// the HTTP client lets go of the chunk sent from it. From its first part to
/// its last, an upload reads into the same few buffers, where fresh memory
/// for each chunk would come from the allocator, which hands freed memory
/// back to the system and takes it again, a page fault every 4 KiB.
#[derive(Clone, Default)]
struct Buffers(Arc<std::sync::Mutex<Vec<Vec<u8>>>>);

impl Buffers {
    /// At most this many buffers wait in the pool (4 MiB of chunks); more
    /// are freed.
    const KEPT: usize = 64;

    /// An empty buffer, from the pool when one is there.
    fn take(&self) -> Vec<u8> {
        let mut pool = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        pool.pop().unwrap_or_default()
    }

    /// `buffer`'s bytes as a chunk; the buffer goes back to the pool when
    /// the chunk is dropped.
    fn chunk(&self, buffer: Vec<u8>) -> Bytes {
        Bytes::from_owner(Pooled {
            buffer,
            pool: self.clone(),
        })
    }
}

/// A buffer lent to a chunk by [`Buffers`].
struct Pooled {
    buffer: Vec<u8>,
    pool: Buffers,
}

impl AsRef<[u8]> for Pooled {
    fn as_ref(&self) -> &[u8] {
        &self.buffer
    }
}

impl Drop for Pooled {
    fn drop(&mut self) {
        let mut buffer = std::mem::take(&mut self.buffer);
        buffer.clear();
        let mut pool = self
            .pool
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if pool.len() < Buffers::KEPT {
            pool.push(buffer);
        }
    }
}

/// Where an upload's parts are cut from.
enum Parts {
    Bytes(Bytes),
    File(Arc<PathBuf>, Buffers),
    Reader(Box<dyn AsyncRead + Send + Unpin>),
}

impl Parts {
    fn new(source: UploadSource) -> Parts {
        match source {
            UploadSource::Bytes(bytes) => Parts::Bytes(bytes),
            UploadSource::File(path) => Parts::File(Arc::new(path), Buffers::default()),
            UploadSource::Reader { reader, .. } => Parts::Reader(reader),
        }
    }

    /// Part `number`: `size` bytes from `offset`. A reader's part is read
    /// (even one finished before, to get past it); other sources' parts are
    /// cut without reading.
    async fn cut(&mut self, number: u32, offset: u64, size: u64) -> Result<Part, Error> {
        Ok(match self {
            Parts::Bytes(bytes) => {
                Part::Bytes(bytes.slice(offset as usize..(offset + size) as usize))
            }
            Parts::File(path, buffers) => Part::File {
                path: path.clone(),
                offset,
                len: size,
                buffers: buffers.clone(),
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
        self.put_part(target, &Part::Bytes(body), timeout, None, what)
            .await
    }

    /// Sends one part with `PUT`, its body read as it goes when it is in a
    /// file, abandoned when it stalls.
    async fn put_part(
        &self,
        target: &SignedUrl,
        part: &Part,
        timeout: Duration,
        stall: Option<&StallProtection>,
        what: &str,
    ) -> Result<HeaderMap, Error> {
        let headers = target.header_map(what)?;
        let meter = Meter::default();
        let request = self
            .inner
            .http
            .request(Method::PUT, &target.url)
            .headers(headers)
            .header(CONTENT_LENGTH, part.len())
            .timeout(timeout)
            .body(part.body(what, meter.clone()).await?);
        let sent = async {
            let response = request
                .send()
                .await
                .map_err(|e| transfer_failed(what, None, e.without_url().to_string()))?;
            let status = response.status();
            if !status.is_success() {
                let text = response.text().await.unwrap_or_default();
                return Err(transfer_failed(what, Some(status), excerpt(&text)));
            }
            Ok(response.headers().clone())
        };
        // Only the body is watched: once it is all sent, the answer may take
        // as long as the attempt's timeout allows.
        StallProtection::guard(stall, &meter, Some(part.len()), what, sent).await
    }

    /// Uploads `source` to signed URLs in parts of `options.part_size` bytes
    /// (or the default), with [`upload_planned`](Self::upload_planned), where
    /// the rest is said.
    pub async fn upload_parts(
        &self,
        source: UploadSource,
        options: &TransferOptions,
        urls: PartUrls,
    ) -> Result<Vec<UploadedPart>, Error> {
        let plan = PartRules::default().plan(source.size().await?, options.part_size)?;
        self.upload_planned(source, plan, options, urls, None).await
    }

    /// Uploads `source` to signed URLs in the parts of `plan`,
    /// `options.concurrency` at a time; `urls` asks the API for the URLs of
    /// some part numbers (from 1). A part that fails is retried alone, with a
    /// fresh URL when its URL expired or was refused. With a `journal`, the
    /// parts it records as finished are not sent again, and each part is
    /// recorded as it finishes. Returns every part in order.
    pub async fn upload_planned(
        &self,
        source: UploadSource,
        plan: PartPlan,
        options: &TransferOptions,
        urls: PartUrls,
        journal: Option<&UploadJournal>,
    ) -> Result<Vec<UploadedPart>, Error> {
        let len = source.size().await?;
        let PartPlan { part_size, parts } = plan;
        if u64::from(parts) != len.div_ceil(part_size.max(1)).max(1) {
            return Err(transfer_failed(
                "upload",
                None,
                format!("a plan of {parts} parts of {part_size} bytes does not fit {len} bytes"),
            ));
        }
        let before: Vec<UploadedPart> = journal
            .map(|journal| journal.finished().to_vec())
            .unwrap_or_default();
        let skip: HashSet<u32> = before.iter().map(|part| part.number).collect();
        let cache = Arc::new(UrlCache {
            ask: urls,
            parts,
            known: Mutex::new(HashMap::new()),
        });
        let skipped_bytes = (1..=parts)
            .filter(|n| skip.contains(n))
            .map(|n| part_size.min(len - u64::from(n - 1) * part_size))
            .sum();
        let done = Arc::new(AtomicU64::new(skipped_bytes));
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
            .try_filter(|(number, _)| std::future::ready(!skip.contains(number)))
            .map_ok(|(number, part)| {
                let cache = cache.clone();
                let report = &report;
                async move {
                    let size = part.len();
                    let uploaded = self.upload_part(&cache, number, &part, options).await?;
                    if let Some(journal) = journal {
                        journal.record(&uploaded)?;
                    }
                    report(size);
                    Ok::<_, Error>(uploaded)
                }
            })
            .try_buffer_unordered(options.concurrency.max(1))
            .chain(stream::iter(before.into_iter().map(Ok)))
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
        let mut refused = 0;
        loop {
            let url = cache.get(number).await?;
            let stall = options.stall.as_ref();
            let error = match self
                .put_part(&url, part, options.timeout, stall, &what)
                .await
            {
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
            // new one, a bounded number of times in a row.
            if is_refused(&error) {
                cache.forget(number).await;
                let error = one_more_url(&mut refused, options, &what, error)?;
                tracing::warn!(part = number, %error, "part's URL refused; asking for a fresh one");
                continue;
            }
            // A storage may also refuse before it has read the body and close
            // the connection, which the sender sees as a broken connection
            // with no status: that URL is not trusted again either.
            if status.is_none() {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chunk_gives_its_buffer_back_to_the_pool_when_dropped() {
        let buffers = Buffers::default();
        let mut buffer = buffers.take();
        buffer.extend_from_slice(b"part bytes");
        let at = buffer.as_ptr();
        let chunk = buffers.chunk(buffer);
        assert_eq!(&chunk[..], b"part bytes");
        let copy = chunk.clone();
        drop(chunk);
        assert!(
            buffers.take().capacity() == 0,
            "lent while a clone is alive"
        );
        drop(copy);
        let again = buffers.take();
        assert!(again.is_empty());
        assert_eq!(again.as_ptr(), at, "the same memory, read into again");
    }

    #[test]
    fn the_pool_keeps_a_bounded_number_of_buffers() {
        let buffers = Buffers::default();
        let chunks: Vec<Bytes> = (0..Buffers::KEPT + 10)
            .map(|_| buffers.chunk(Vec::with_capacity(16)))
            .collect();
        drop(chunks);
        assert_eq!(buffers.0.lock().unwrap().len(), Buffers::KEPT);
    }

    #[tokio::test]
    async fn a_file_part_is_sent_as_its_bytes_in_chunks_of_at_most_chunk() {
        let dir = std::env::temp_dir().join(format!("upload-part-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("source");
        let bytes: Vec<u8> = (0..(3 * BATCH + 5)).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &bytes).unwrap();
        let (offset, len) = (7, 2 * BATCH + CHUNK / 2);
        let part = Part::File {
            path: Arc::new(path),
            offset,
            len,
            buffers: Buffers::default(),
        };
        let meter = Meter::default();
        let Part::File { path, buffers, .. } = part else {
            unreachable!()
        };
        let chunks = file_chunks(path, offset, len, buffers, meter.clone(), "a test part");
        let mut chunks = std::pin::pin!(chunks.await.unwrap());
        let mut sent = Vec::new();
        while let Some(chunk) = chunks.next().await {
            let chunk = chunk.unwrap();
            assert!(chunk.len() as u64 <= CHUNK);
            sent.extend_from_slice(&chunk);
        }
        assert_eq!(sent, bytes[offset as usize..(offset + len) as usize]);
        assert_eq!(meter.moved(), len);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

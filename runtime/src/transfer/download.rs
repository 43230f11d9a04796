//! Downloads from signed URLs: streamed to a writer, resumed by `Range` after
//! a broken or stalled connection (at once when it had moved bytes, after a
//! backoff when it had not), with a fresh URL when the storage refuses the one
//! it was given (it expired).

use std::io::Write;
use std::sync::{Arc, Mutex};

use bytes::Bytes;

use futures_util::future::{BoxFuture, FutureExt};
use reqwest::header::RANGE;
use reqwest::StatusCode;
use tokio::io::{AsyncWrite, AsyncWriteExt};

use super::stall::{Meter, StallProtection};
use super::{
    excerpt, is_refused, one_more_url, transfer_failed, Progress, SignedUrl, TransferOptions,
};
use crate::error::Plain as Error;
use crate::Client;

/// Asks the API for a (fresh) URL to download from.
pub type DownloadUrl = Arc<dyn Fn() -> BoxFuture<'static, Result<SignedUrl, Error>> + Send + Sync>;

/// Where a download's chunks go.
enum Sink<'a, W: ?Sized> {
    Writer(&'a mut W),
    File(FileSink),
}

impl<W: AsyncWrite + Unpin + ?Sized> Sink<'_, W> {
    async fn put(&mut self, chunk: Bytes) -> std::io::Result<()> {
        match self {
            Sink::Writer(writer) => writer.write_all(&chunk).await,
            Sink::File(file) => file.put(&chunk),
        }
    }

    async fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Writer(writer) => writer.flush().await,
            Sink::File(_) => Ok(()),
        }
    }
}

/// A file written as the chunks come, by the task that receives them, each
/// chunk let go of once written: the memory the HTTP client read it into
/// then serves its next reads, so a download touches no fresh memory as it
/// goes, and no byte is copied or handed to another thread on its way to the
/// file. (A write into the page cache takes microseconds; the disk is written
/// later, by the kernel.) The file is shared with what waits for the
/// download, which can take it away ([`FileSink::close`]): no byte is written
/// after that.
#[derive(Clone)]
struct FileSink(Arc<Mutex<Option<std::fs::File>>>);

impl FileSink {
    /// Bytes per `write`. Linux caches a write in groups of pages (folios)
    /// as large as the write; a group above 32 KiB counts as costly to find,
    /// and when memory is full of cached files the kernel compacts memory to
    /// find one: with 1 MiB writes, up to 28% of a 1 GiB download's time went
    /// there. Writes of 32 KiB never ask for a costly group.
    const WRITE: usize = 32 << 10;

    fn new(file: std::fs::File) -> FileSink {
        FileSink(Arc::new(Mutex::new(Some(file))))
    }

    /// Writes `chunk` at the end of the file, unless the file was taken away.
    fn put(&self, chunk: &[u8]) -> std::io::Result<()> {
        match self.0.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
            Some(file) => write_in_pieces(file, chunk),
            None => Err(std::io::Error::other("the download was stopped")),
        }
    }

    /// Takes the file away: once this returns, nothing more is written to it.
    fn close(&self) -> Option<std::fs::File> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).take()
    }
}

/// What waits for a download's task: when dropped (the download's future
/// dropped before the end), it takes the file away and stops the task, so
/// that nothing writes to the file any more; a rerun can go on from it at once.
struct Stopping {
    file: FileSink,
    task: tokio::task::AbortHandle,
}

impl Drop for Stopping {
    fn drop(&mut self) {
        drop(self.file.close());
        self.task.abort();
    }
}

/// Writes `bytes` with `write` calls of at most [`FileSink::WRITE`] bytes.
fn write_in_pieces(file: &mut impl Write, bytes: &[u8]) -> std::io::Result<()> {
    bytes
        .chunks(FileSink::WRITE)
        .try_for_each(|piece| file.write_all(piece))
}

/// Where a download stands: bytes written (those there before included) and
/// the whole size, once known.
struct Position {
    written: u64,
    total: Option<u64>,
}

impl Client {
    /// Downloads from one signed URL into `writer`, with
    /// [`download`](Self::download), where the rest is said; a URL the
    /// storage refuses is not replaced.
    pub async fn download_signed<W: AsyncWrite + Unpin + ?Sized>(
        &self,
        source: &SignedUrl,
        writer: &mut W,
        expected_size: Option<u64>,
        options: &TransferOptions,
    ) -> Result<u64, Error> {
        let source = source.clone();
        let url: DownloadUrl = Arc::new(move || std::future::ready(Ok(source.clone())).boxed());
        let options = TransferOptions {
            max_url_renewals: 0,
            ..options.clone()
        };
        self.download(&url, writer, 0, expected_size, &options)
            .await
    }

    /// Downloads what `url` hands out into `writer`, with each URL's headers
    /// only, starting at byte `start` (the bytes already in the writer, as
    /// when a partial download goes on). After a broken or stalled connection
    /// the download goes on where it stopped with a `Range` request; when the
    /// storage refuses the URL (expired), `url` is asked for a fresh one, at
    /// most `options.max_url_renewals` times in a row without progress. The
    /// size is checked against `expected_size`, or else against the length
    /// the server declared. Returns the bytes in the writer at the end.
    pub async fn download<W: AsyncWrite + Unpin + ?Sized>(
        &self,
        url: &DownloadUrl,
        writer: &mut W,
        start: u64,
        expected_size: Option<u64>,
        options: &TransferOptions,
    ) -> Result<u64, Error> {
        let mut sink = Sink::Writer(writer);
        self.download_into(url, &mut sink, start, expected_size, options)
            .await
    }

    /// [`download`](Self::download) into `file`, from byte `start` (its
    /// length: the file is written from its end). The download runs as a
    /// task of its own on the runtime, beside the HTTP connection's task,
    /// which hands it the chunks without waking another thread; each chunk is
    /// written as it comes, in writes of at most 32 KiB, and let go of.
    /// Dropping the returned future stops the download at once: no byte is
    /// written to the file after. Returns the bytes in the file with the
    /// file, whose every chunk that arrived is written, also after a failure.
    pub async fn download_to_file(
        &self,
        url: &DownloadUrl,
        file: std::fs::File,
        start: u64,
        expected_size: Option<u64>,
        options: &TransferOptions,
    ) -> (Result<u64, Error>, Option<std::fs::File>) {
        let sink = FileSink::new(file);
        let task = {
            let (client, url, options, sink) =
                (self.clone(), url.clone(), options.clone(), sink.clone());
            tokio::spawn(async move {
                let mut sink: Sink<'_, tokio::io::Sink> = Sink::File(sink);
                client
                    .download_into(&url, &mut sink, start, expected_size, &options)
                    .await
            })
        };
        let stopping = Stopping {
            file: sink,
            task: task.abort_handle(),
        };
        let written = match task.await {
            Ok(written) => written,
            Err(stopped) if stopped.is_panic() => std::panic::resume_unwind(stopped.into_panic()),
            Err(stopped) => Err(Error::Io {
                what: "download".to_owned(),
                source: std::io::Error::other(stopped),
            }),
        };
        (written, stopping.file.close())
    }

    async fn download_into<W: AsyncWrite + Unpin + ?Sized>(
        &self,
        url: &DownloadUrl,
        writer: &mut Sink<'_, W>,
        start: u64,
        expected_size: Option<u64>,
        options: &TransferOptions,
    ) -> Result<u64, Error> {
        let what = "download";
        let mut source = url().await?;
        let mut at = Position {
            written: start,
            total: expected_size,
        };
        let mut retries = 0;
        let mut refused = 0;
        let mut since_renewal = at.written;
        loop {
            if at.total.is_some_and(|total| at.written >= total) {
                break;
            }
            if !source.is_fresh() {
                source = url().await?;
            }
            let before = at.written;
            let error = match self.download_from(&source, writer, &mut at, options).await {
                Ok(()) if at.total.is_some_and(|total| at.written < total) => transfer_failed(
                    what,
                    None,
                    format!(
                        "the response ended after {} of {} bytes",
                        at.written,
                        at.total.unwrap_or_default()
                    ),
                ),
                Ok(()) => break,
                Err(error) => error,
            };
            if at.written > since_renewal {
                refused = 0;
            }
            if is_refused(&error) {
                let error = one_more_url(&mut refused, options, what, error)?;
                since_renewal = at.written;
                tracing::warn!(written = at.written, %error, "download URL refused; asking for a fresh one");
                source = url().await?;
                continue;
            }
            let resumable = match &error {
                Error::Transfer { status, .. } => {
                    status.is_none_or(|s| s.is_server_error() || s == StatusCode::TOO_MANY_REQUESTS)
                }
                Error::Stalled { .. } => true,
                _ => false,
            };
            // A connection that broke after moving bytes is taken up again at
            // once, as often as it moves more: the download goes on. Only
            // attempts that moved nothing wait and count as retries.
            if resumable && at.written > before {
                tracing::warn!(written = at.written, %error, "download broke; resuming");
                retries = 0;
                continue;
            }
            match options.retry.delay(retries, None) {
                Some(delay) if resumable && retries < options.retry.retries() => {
                    tracing::warn!(written = at.written, %error, delay_ms = delay.as_millis() as u64, "download broke; resuming");
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
        if let Some(total) = at.total.filter(|total| *total != at.written) {
            return Err(transfer_failed(
                what,
                None,
                format!("expected {total} bytes, got {}", at.written),
            ));
        }
        Ok(at.written)
    }

    /// One attempt of a download, from byte `at.written` on.
    async fn download_from<W: AsyncWrite + Unpin + ?Sized>(
        &self,
        source: &SignedUrl,
        writer: &mut Sink<'_, W>,
        at: &mut Position,
        options: &TransferOptions,
    ) -> Result<(), Error> {
        let what = "download";
        let mut request = self
            .inner
            .http
            .get(&source.url)
            .headers(source.header_map(what)?)
            .timeout(options.timeout);
        if at.written > 0 {
            request = request.header(RANGE, format!("bytes={}-", at.written));
        }
        let mut response = request
            .send()
            .await
            .map_err(|e| transfer_failed(what, None, e.without_url().to_string()))?;
        let status = response.status();
        match status {
            StatusCode::OK if at.written > 0 => {
                return Err(transfer_failed(
                    what,
                    Some(status),
                    format!(
                        "the server ignored `Range: bytes={}-` and sent the whole file",
                        at.written
                    ),
                ));
            }
            StatusCode::OK => {
                if at.total.is_none() {
                    at.total = response.content_length();
                }
            }
            StatusCode::PARTIAL_CONTENT if at.written > 0 => {
                if at.total.is_none() {
                    at.total = response.content_length().map(|rest| rest + at.written);
                }
            }
            _ => {
                let text = response.text().await.unwrap_or_default();
                return Err(transfer_failed(what, Some(status), excerpt(&text)));
            }
        }
        // Only the wait for the next chunk is abandoned when the body stalls,
        // never a write, so the bytes written are always those counted.
        let meter = Meter::default();
        let stalled = StallProtection::watch_opt(options.stall.as_ref(), &meter, None, what);
        tokio::pin!(stalled);
        loop {
            let chunk = tokio::select! {
                // A chunk that is there is taken without looking at the watchdog.
                biased;
                chunk = response.chunk() => chunk
                    .map_err(|e| transfer_failed(what, None, e.without_url().to_string()))?,
                stalled = &mut stalled => return Err(stalled),
            };
            let Some(chunk) = chunk else {
                return Ok(());
            };
            if at
                .total
                .is_some_and(|total| at.written + chunk.len() as u64 > total)
            {
                return Err(transfer_failed(
                    what,
                    None,
                    format!(
                        "the server sent more than the {} bytes expected",
                        at.total.unwrap_or_default()
                    ),
                ));
            }
            let len = chunk.len() as u64;
            writer.put(chunk).await.map_err(|source| Error::Io {
                what: what.to_owned(),
                source,
            })?;
            at.written += len;
            meter.add(len);
            if let Some(on_progress) = &options.on_progress {
                on_progress(Progress {
                    done: at.written,
                    total: at.total.unwrap_or(at.written),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 31 % 251) as u8).collect()
    }

    fn appending(path: &std::path::Path) -> std::fs::File {
        std::fs::OpenOptions::new().append(true).open(path).unwrap()
    }

    #[test]
    fn chunks_of_any_size_reach_the_end_of_the_file_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out");
        std::fs::write(&path, b"before").unwrap();
        let body = content((5 << 20) + 12_345);
        let sink = FileSink::new(appending(&path));
        let mut at = 0;
        for size in [1, 7, 4096, 65_536, 300_001, 1 << 20, 3].iter().cycle() {
            if at == body.len() {
                break;
            }
            let end = (at + size).min(body.len());
            sink.put(&body[at..end]).unwrap();
            at = end;
        }
        drop(sink.close());
        let written = std::fs::read(&path).unwrap();
        assert_eq!(&written[..6], b"before");
        assert!(written[6..] == body[..], "the file differs from what came");
    }

    #[tokio::test]
    async fn a_chunk_is_let_go_of_once_written() {
        let dir = tempfile::tempdir().unwrap();
        let file = std::fs::File::create(dir.path().join("out")).unwrap();
        let mut sink: Sink<'_, tokio::io::Sink> = Sink::File(FileSink::new(file));
        for _ in 0..3 {
            let chunk = Bytes::from(content(400_000));
            let still_there = chunk.clone();
            sink.put(chunk).await.unwrap();
            assert!(
                still_there.is_unique(),
                "the sink still holds the response's chunk"
            );
        }
    }

    #[test]
    fn writes_are_of_at_most_32_kib() {
        struct Recording(Vec<usize>);
        impl Write for Recording {
            fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
                self.0.push(bytes.len());
                Ok(bytes.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let mut out = Recording(Vec::new());
        write_in_pieces(&mut out, &content((1 << 20) + 5)).unwrap();
        assert!(out.0.iter().all(|len| *len <= 32 << 10), "{:?}", out.0);
        assert_eq!(out.0.iter().sum::<usize>(), (1 << 20) + 5);
    }

    #[test]
    fn a_write_that_fails_fails_the_sink() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out");
        std::fs::write(&path, b"").unwrap();
        // Open for reading only: every write fails.
        let sink = FileSink::new(std::fs::File::open(&path).unwrap());
        assert!(sink.put(&content(1000)).is_err());
    }

    #[test]
    fn nothing_is_written_once_the_file_is_taken_away() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out");
        std::fs::write(&path, b"").unwrap();
        let sink = FileSink::new(appending(&path));
        let writer = sink.clone();
        writer.put(b"kept").unwrap();
        let file = sink.close();
        assert!(file.is_some());
        let error = writer.put(b"lost").unwrap_err();
        assert!(error.to_string().contains("stopped"), "{error}");
        assert!(sink.close().is_none());
        assert_eq!(std::fs::read(&path).unwrap(), b"kept");
    }
}

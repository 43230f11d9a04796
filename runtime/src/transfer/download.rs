//! Downloads from signed URLs: streamed to a writer, resumed by `Range` after
//! a broken or stalled connection (at once when it had moved bytes, after a
//! backoff when it had not), with a fresh URL when the storage refuses the one
//! it was given (it expired).

use std::io::{IoSlice, Write};
use std::sync::Arc;

use bytes::Bytes;

use futures_util::future::{BoxFuture, FutureExt};
use reqwest::header::RANGE;
use reqwest::StatusCode;
use tokio::io::{AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc;

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
            Sink::File(file) => file.put(chunk).await,
        }
    }

    async fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Writer(writer) => writer.flush().await,
            Sink::File(_) => Ok(()),
        }
    }
}

/// Chunks handed, a batch of about [`FileSink::BATCH`] bytes at a time, to a
/// blocking thread that writes each batch with one vectored write, without
/// copying them: at most [`FileSink::QUEUED`] batches wait, so memory stays
/// bounded when the disk is slower than the network.
struct FileSink {
    batch: Vec<Bytes>,
    batched: usize,
    queue: Option<mpsc::Sender<Vec<Bytes>>>,
    writer: Option<tokio::task::JoinHandle<std::io::Result<std::fs::File>>>,
}

impl FileSink {
    const BATCH: usize = 1 << 20;
    const QUEUED: usize = 4;

    fn new(mut file: std::fs::File) -> FileSink {
        let (queue, mut batches) = mpsc::channel::<Vec<Bytes>>(Self::QUEUED);
        let writer = tokio::task::spawn_blocking(move || {
            while let Some(batch) = batches.blocking_recv() {
                write_batch(&mut file, &batch)?;
            }
            Ok(file)
        });
        FileSink {
            batch: Vec::new(),
            batched: 0,
            queue: Some(queue),
            writer: Some(writer),
        }
    }

    async fn put(&mut self, chunk: Bytes) -> std::io::Result<()> {
        self.batched += chunk.len();
        self.batch.push(chunk);
        if self.batched < Self::BATCH {
            return Ok(());
        }
        self.send().await
    }

    /// Hands the batch to the writer.
    async fn send(&mut self) -> std::io::Result<()> {
        let batch = std::mem::take(&mut self.batch);
        self.batched = 0;
        if batch.is_empty() {
            return Ok(());
        }
        if let Some(queue) = &self.queue {
            if queue.send(batch).await.is_ok() {
                return Ok(());
            }
        }
        // The writer stopped: its error says why.
        self.close().await?;
        Err(std::io::Error::other("the file's writer stopped"))
    }

    /// Waits until every chunk handed over is written; returns the file.
    async fn close(&mut self) -> std::io::Result<std::fs::File> {
        if !self.batch.is_empty() && self.queue.is_some() {
            Box::pin(self.send()).await?;
        }
        self.queue.take();
        match self.writer.take() {
            Some(writer) => writer.await.map_err(std::io::Error::other)?,
            None => Err(std::io::Error::other("the file's writer stopped")),
        }
    }
}

/// Writes every byte of `batch` to `file`, in as few calls as it takes.
fn write_batch(file: &mut std::fs::File, batch: &[Bytes]) -> std::io::Result<()> {
    let mut slices: Vec<IoSlice<'_>> = batch.iter().map(|chunk| IoSlice::new(chunk)).collect();
    let mut slices = &mut slices[..];
    while !slices.is_empty() {
        match file.write_vectored(slices)? {
            0 => return Err(std::io::ErrorKind::WriteZero.into()),
            written => IoSlice::advance_slices(&mut slices, written),
        }
    }
    Ok(())
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
    /// length: the file is written from its end). The chunks are written as
    /// they come, by a thread of their own, without being copied on the way.
    /// Returns the bytes in the file with the file, whose every chunk that
    /// arrived is written, also after a failure.
    pub async fn download_to_file(
        &self,
        url: &DownloadUrl,
        file: std::fs::File,
        start: u64,
        expected_size: Option<u64>,
        options: &TransferOptions,
    ) -> (Result<u64, Error>, Option<std::fs::File>) {
        let mut sink: Sink<'_, tokio::io::Sink> = Sink::File(FileSink::new(file));
        let written = self
            .download_into(url, &mut sink, start, expected_size, options)
            .await;
        let Sink::File(mut file) = sink else {
            return (written, None);
        };
        match file.close().await {
            Ok(file) => (written, Some(file)),
            Err(source) => (
                written.and(Err(Error::Io {
                    what: "writing the download".to_owned(),
                    source,
                })),
                None,
            ),
        }
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

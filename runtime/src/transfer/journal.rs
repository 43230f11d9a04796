//! Records that let a transfer go on after its process stopped: an upload's
//! finished parts ([`UploadJournal`]) and what a partial download is of
//! ([`PartialDownload`]). Neither ever holds a token or a signed URL: only
//! ids, sizes, part numbers and `ETag`s.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use super::UploadedPart;
use crate::error::Plain as Error;

/// What an upload is: where it goes, what it reads, how it is cut, and the
/// key the API gave it. An upload goes on from a journal only when all of it
/// matches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadIdentity {
    /// Where the upload goes, as the caller names it (a folder and a file name, say).
    pub target: String,
    /// The source's size in bytes.
    pub size: u64,
    /// The source file's modification time, in nanoseconds since the Unix
    /// epoch, when it is a file.
    pub modified: Option<u128>,
    /// The size of each part but the last.
    pub part_size: u64,
}

#[derive(Debug, Serialize, Deserialize)]
struct Header {
    identity: UploadIdentity,
    upload_key: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct Line {
    part: u32,
    etag: Option<String>,
}

/// A multipart upload's record on disk: a first line that says what the
/// upload is and under which key, then a line per finished part, appended as
/// each finishes (so a record of 10,000 parts costs 10,000 short appends).
#[derive(Debug)]
pub struct UploadJournal {
    path: PathBuf,
    upload_key: String,
    finished: Vec<UploadedPart>,
    file: Mutex<std::fs::File>,
}

impl UploadJournal {
    /// The journal at `path` when it records an upload of `identity`, with the
    /// parts it finished; `None` when there is none, it records another
    /// upload, or it cannot be read (a rerun then starts over).
    pub fn resume(path: &Path, identity: &UploadIdentity) -> Option<UploadJournal> {
        let text = std::fs::read_to_string(path).ok()?;
        let mut lines = text.lines();
        let header: Header = serde_json::from_str(lines.next()?).ok()?;
        if header.identity != *identity {
            return None;
        }
        let mut finished: BTreeMap<u32, Option<String>> = BTreeMap::new();
        // A line cut short by a stop mid-write is the last, and is skipped.
        for line in lines.filter_map(|line| serde_json::from_str::<Line>(line).ok()) {
            finished.insert(line.part, line.etag);
        }
        let file = std::fs::OpenOptions::new().append(true).open(path).ok()?;
        Some(UploadJournal {
            path: path.to_owned(),
            upload_key: header.upload_key,
            finished: finished
                .into_iter()
                .map(|(number, etag)| UploadedPart { number, etag })
                .collect(),
            file: Mutex::new(file),
        })
    }

    /// A new journal at `path` for an upload of `identity` under `upload_key`,
    /// replacing whatever was there.
    pub fn create(
        path: &Path,
        identity: UploadIdentity,
        upload_key: String,
    ) -> Result<UploadJournal, Error> {
        let io = |source| Error::Io {
            what: format!("writing the upload record {}", path.display()),
            source,
        };
        let header = Header {
            identity,
            upload_key,
        };
        let mut first = serde_json::to_string(&header).map_err(|e| io(e.into()))?;
        first.push('\n');
        let mut file = std::fs::File::create(path).map_err(io)?;
        file.write_all(first.as_bytes()).map_err(io)?;
        Ok(UploadJournal {
            path: path.to_owned(),
            upload_key: header.upload_key,
            finished: Vec::new(),
            file: Mutex::new(file),
        })
    }

    /// The key the API gave the upload.
    pub fn upload_key(&self) -> &str {
        &self.upload_key
    }

    /// The parts finished before, in order.
    pub fn finished(&self) -> &[UploadedPart] {
        &self.finished
    }

    /// Appends a finished part.
    pub(crate) fn record(&self, part: &UploadedPart) -> Result<(), Error> {
        let line = Line {
            part: part.number,
            etag: part.etag.clone(),
        };
        let mut text = serde_json::to_string(&line).unwrap_or_default();
        text.push('\n');
        let mut file = self.file.lock().unwrap_or_else(|e| e.into_inner());
        file.write_all(text.as_bytes()).map_err(|source| Error::Io {
            what: format!("writing the upload record {}", self.path.display()),
            source,
        })
    }

    /// Deletes the record, once the upload is committed.
    pub fn remove(self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// A download written to `<path>.part`, with `<path>.part.json` beside it
/// saying what it is a download of. A rerun of the same download goes on from
/// the bytes already there; a download of anything else, or of the same file
/// since changed, starts over. Once complete, the file replaces `path` and the
/// record is removed.
#[derive(Debug)]
pub struct PartialDownload {
    path: PathBuf,
    partial: PathBuf,
    record: PathBuf,
}

impl PartialDownload {
    /// The partial download of the file to be written at `path`.
    pub fn new(path: &Path) -> PartialDownload {
        let with = |suffix: &str| {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            PathBuf::from(name)
        };
        PartialDownload {
            path: path.to_owned(),
            partial: with(".part"),
            record: with(".part.json"),
        }
    }

    fn io(&self, what: &str) -> impl Fn(std::io::Error) -> Error + '_ {
        let what = format!("{what} {}", self.partial.display());
        move |source| Error::Io {
            what: what.clone(),
            source,
        }
    }

    /// Opens the partial file for `identity` (a download's identity that does
    /// not depend on its URL: file id, version, size), and returns it, to be
    /// written from its end, with the number of bytes already in it: 0 when
    /// it starts over. `size` is the whole file's, when known; a partial file
    /// longer than that starts over.
    pub async fn open(
        &self,
        identity: &str,
        size: Option<u64>,
    ) -> Result<(std::fs::File, u64), Error> {
        let recorded = tokio::fs::read_to_string(&self.record).await.ok();
        let existing = tokio::fs::metadata(&self.partial)
            .await
            .ok()
            .map(|m| m.len());
        if let (Some(recorded), Some(len)) = (recorded, existing) {
            if recorded == identity && size.is_none_or(|size| len <= size) {
                let file = tokio::fs::OpenOptions::new()
                    .append(true)
                    .open(&self.partial)
                    .await
                    .map_err(self.io("opening"))?;
                return Ok((file.into_std().await, len));
            }
        }
        let file = tokio::fs::File::create(&self.partial)
            .await
            .map_err(self.io("creating"))?;
        tokio::fs::write(&self.record, identity)
            .await
            .map_err(self.io("recording what is downloaded to"))?;
        Ok((file.into_std().await, 0))
    }

    /// Moves the complete download, whose file is closed, into place and
    /// removes its record. The rename makes the whole file appear at once to
    /// other processes; like curl, it does not wait for the disk (no `fsync`),
    /// which would double a large download's time.
    pub async fn finish(&self) -> Result<(), Error> {
        tokio::fs::rename(&self.partial, &self.path)
            .await
            .map_err(self.io("moving into place"))?;
        let _ = tokio::fs::remove_file(&self.record).await;
        Ok(())
    }
}

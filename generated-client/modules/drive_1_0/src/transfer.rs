//! Drive files: `drive_GetUploadInfo` hands out a URL (with its headers) and a
//! media id, the content goes there in one `PUT`, and `drive_AddFile` makes
//! the media a file; `drive_GetDownloadInfo` hands out the URL to download.
//!
//! DingTalk may answer `drive_GetUploadInfo` with temporary credentials for its
//! object storage (STS) instead of a signed URL; uploading with those needs an
//! OSS client, which this crate does not have, so such an answer is an error
//! that says so.

use std::path::Path;

use futures_util::FutureExt;
use md5::{Digest, Md5};
use openapi_runtime::{DownloadUrl, PartPlan, TransferOptions, UploadSource};
use tokio::io::{AsyncReadExt, AsyncWrite};

use dingtalk_transfer::{download_url, missing, one_piece, signed_url, to_path};
use openapi_runtime::{Error, Progress};

use crate::Client;
use crate::{AddFileInput, GetDownloadInfoInput, GetFileInfoInput, GetUploadInfoInput};
use crate::{DriveFile, DriveFileType};

pub use dingtalk_transfer::PART_RULES;

/// Where an uploaded drive file goes.
#[derive(Debug, Clone, Copy)]
pub struct UploadFileInput<'a> {
    /// The drive space of the file.
    pub space_id: &'a str,
    /// The folder of the file; `"0"` is the space's root.
    pub parent_id: &'a str,
    /// The user the upload is made as.
    pub union_id: &'a str,
    /// The file's name.
    pub name: &'a str,
}

/// The drive file to download.
#[derive(Debug, Clone, Copy)]
pub struct DownloadFileInput<'a> {
    pub space_id: &'a str,
    pub file_id: &'a str,
    /// The user the download is made as.
    pub union_id: &'a str,
}

impl Client {
    /// Uploads `source` (bytes, a file path, or a reader of known length) as a
    /// new drive file, and returns the file. The content goes up in one
    /// request, read from the file or the bytes as it is sent; DingTalk wants
    /// its MD5 first, which is computed from bytes and files (one extra read)
    /// and must be given with [`md5`](UploadFile::md5) for a reader.
    pub fn upload_file(
        &self,
        input: UploadFileInput<'_>,
        source: impl Into<UploadSource>,
    ) -> UploadFile {
        UploadFile {
            client: self.clone(),
            space_id: input.space_id.to_owned(),
            parent_id: input.parent_id.to_owned(),
            union_id: input.union_id.to_owned(),
            name: input.name.to_owned(),
            source: source.into(),
            md5: None,
            conflict_policy: None,
            transfer: TransferOptions::default(),
        }
    }

    /// Downloads a drive file's content, to a path or any writer.
    pub fn download_file(&self, input: DownloadFileInput<'_>) -> DownloadFile {
        DownloadFile {
            client: self.clone(),
            space_id: input.space_id.to_owned(),
            file_id: input.file_id.to_owned(),
            union_id: input.union_id.to_owned(),
            transfer: TransferOptions::default(),
        }
    }
}

/// A drive upload being configured; [`send`](Self::send) carries it out.
#[derive(Debug)]
#[must_use = "an upload does nothing until `.send().await`"]
pub struct UploadFile {
    client: Client,
    space_id: String,
    parent_id: String,
    union_id: String,
    name: String,
    source: UploadSource,
    md5: Option<String>,
    conflict_policy: Option<String>,
    transfer: TransferOptions,
}

impl UploadFile {
    /// The content's MD5, as lowercase hex; needed for a reader, computed otherwise.
    pub fn md5(mut self, hex: impl Into<String>) -> Self {
        self.md5 = Some(hex.into());
        self
    }

    /// What happens when the folder already holds an entry of the same name,
    /// as DingTalk names it (such as `autoRename`).
    pub fn conflict_policy(mut self, policy: impl Into<String>) -> Self {
        self.conflict_policy = Some(policy.into());
        self
    }

    /// Called as bytes go up.
    pub fn on_progress(mut self, f: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.transfer = self.transfer.on_progress(f);
        self
    }

    /// Retries, timeout and progress at once (the content goes up in one part).
    pub fn transfer_options(mut self, options: TransferOptions) -> Self {
        self.transfer = options;
        self
    }

    /// Uploads the content and adds it as a file; returns the file.
    pub async fn send(self) -> Result<DriveFile, Error> {
        let size = self.source.size().await?;
        if size > PART_RULES.max_part_size {
            return Err(Error::InvalidInput {
                operation_id: "drive_GetUploadInfo",
                field: "file_size".to_owned(),
                rule: format!(
                    "a drive file goes up in one request, of at most {} bytes; this one has {size}",
                    PART_RULES.max_part_size
                ),
            });
        }
        let md5 = match self.md5.clone() {
            Some(md5) => md5,
            None => md5_of(&self.source).await?,
        };
        let file_size = i64::try_from(size).unwrap_or(i64::MAX);
        let (client, space_id, parent_id, union_id, name, policy) = (
            self.client.clone(),
            self.space_id.clone(),
            self.parent_id.clone(),
            self.union_id.clone(),
            self.name.clone(),
            self.conflict_policy.clone(),
        );
        let media = one_piece(move || {
            let (client, space_id, parent_id, union_id, name, md5, policy) = (
                client.clone(),
                space_id.clone(),
                parent_id.clone(),
                union_id.clone(),
                name.clone(),
                md5.clone(),
                policy.clone(),
            );
            async move {
                const OP: &str = "drive_GetUploadInfo";
                let mut request = client.get_upload_info(GetUploadInfoInput {
                    space_id: &space_id,
                    parent_id: &parent_id,
                    file_name: &name,
                    file_size,
                    md5: &md5,
                    union_id: &union_id,
                });
                if let Some(policy) = policy {
                    request = request.add_conflict_policy(policy);
                }
                let info = request.send().await?;
                let Some(info) = info.header_signature_upload_info else {
                    return Err(Error::Transfer {
                        what: OP.to_owned(),
                        status: None,
                        message: if info.sts_upload_info.is_some() {
                            "DingTalk answered with object storage credentials (STS) instead of a signed URL; uploading with those needs an OSS client, which this crate does not have".to_owned()
                        } else {
                            "the answer has no `headerSignatureUploadInfo`".to_owned()
                        },
                    });
                };
                let media_id = info.media_id.ok_or_else(|| missing(OP, "mediaId"))?;
                let url = signed_url(OP, info.resource_url, info.headers, info.expiration_seconds)?;
                Ok((media_id, url))
            }
            .boxed()
        });
        let plan = PartPlan {
            part_size: size.max(1),
            parts: 1,
        };
        self.client
            .runtime()
            .upload_planned(self.source, plan, &self.transfer, media.urls.clone(), None)
            .await?;
        let mut add = self
            .client
            .add_file(AddFileInput {
                space_id: &self.space_id,
                file_type: DriveFileType::File,
                file_name: &self.name,
                union_id: &self.union_id,
            })
            .parent_id(self.parent_id.clone())
            .media_id(media.current());
        if let Some(policy) = self.conflict_policy {
            add = add.add_conflict_policy(policy);
        }
        Ok(add.send().await?)
    }
}

/// The MD5 of what `source` holds, as lowercase hex, read in chunks.
async fn md5_of(source: &UploadSource) -> Result<String, Error> {
    let mut hasher = Md5::new();
    match source {
        UploadSource::Bytes(bytes) => hasher.update(bytes),
        UploadSource::File(path) => {
            let io = |source| -> Error {
                Error::Io {
                    what: format!("reading {}", path.display()),
                    source,
                }
            };
            let mut file = tokio::fs::File::open(path).await.map_err(io)?;
            let mut buffer = vec![0; 1 << 20];
            loop {
                let n = file.read(&mut buffer).await.map_err(io)?;
                if n == 0 {
                    break;
                }
                hasher.update(&buffer[..n]);
            }
        }
        UploadSource::Reader { .. } => {
            return Err(Error::InvalidInput {
                operation_id: "drive_GetUploadInfo",
                field: "md5".to_owned(),
                rule: "is needed before the upload and cannot be computed from a reader: give it with `.md5(..)`".to_owned(),
            })
        }
    }
    Ok(hex(&hasher.finalize()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A drive download being configured; [`to_path`](Self::to_path) or
/// [`to_writer`](Self::to_writer) carries it out.
#[derive(Debug)]
#[must_use = "a download does nothing until `.to_path(..)` or `.to_writer(..)` is awaited"]
pub struct DownloadFile {
    client: Client,
    space_id: String,
    file_id: String,
    union_id: String,
    transfer: TransferOptions,
}

impl DownloadFile {
    /// Called as bytes come down.
    pub fn on_progress(mut self, f: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.transfer = self.transfer.on_progress(f);
        self
    }

    /// Every transfer setting at once: retries, timeout, progress.
    pub fn transfer_options(mut self, options: TransferOptions) -> Self {
        self.transfer = options;
        self
    }

    /// Writes the content to `writer`, checking its size against the file's;
    /// returns the bytes written.
    pub async fn to_writer<W: AsyncWrite + Unpin + ?Sized>(
        self,
        writer: &mut W,
    ) -> Result<u64, Error> {
        let expected = self.file().await?.file_size;
        let expected = expected.and_then(|size| u64::try_from(size).ok());
        self.client
            .runtime()
            .download(&self.url(), writer, 0, expected, &self.transfer)
            .await
    }

    /// Writes the content to a file at `path`, through `<path>.part` beside
    /// it, which replaces `path` only once the whole content is there;
    /// returns the bytes written. A download stopped part way leaves
    /// `<path>.part` and a record of what it is: run again for the same file,
    /// unchanged since, it goes on from there.
    pub async fn to_path(self, path: impl AsRef<Path>) -> Result<u64, Error> {
        let file = self.file().await?;
        let identity = format!(
            "drive space {} file {} size {} modified {}",
            self.space_id,
            self.file_id,
            file.file_size.unwrap_or_default(),
            file.modify_time.map(|t| t.to_string()).unwrap_or_default(),
        );
        let expected = file.file_size.and_then(|size| u64::try_from(size).ok());
        to_path(
            self.client.runtime(),
            path.as_ref(),
            &identity,
            expected,
            self.url(),
            &self.transfer,
        )
        .await
    }

    async fn file(&self) -> Result<DriveFile, Error> {
        let input = GetFileInfoInput {
            space_id: &self.space_id,
            file_id: &self.file_id,
            union_id: &self.union_id,
        };
        Ok(self.client.get_file_info(input).send().await?)
    }

    /// The download URL, asked for afresh each time it is needed.
    fn url(&self) -> DownloadUrl {
        let (client, space_id, file_id, union_id) = (
            self.client.clone(),
            self.space_id.clone(),
            self.file_id.clone(),
            self.union_id.clone(),
        );
        download_url(move || {
            let (client, space_id, file_id, union_id) = (
                client.clone(),
                space_id.clone(),
                file_id.clone(),
                union_id.clone(),
            );
            async move {
                const OP: &str = "drive_GetDownloadInfo";
                let info = client
                    .get_download_info(GetDownloadInfoInput {
                        space_id: &space_id,
                        file_id: &file_id,
                        union_id: &union_id,
                    })
                    .send()
                    .await?
                    .download_info
                    .ok_or_else(|| missing(OP, "downloadInfo"))?;
                signed_url(OP, info.resource_url, info.headers, info.expiration_seconds)
            }
            .boxed()
        })
    }
}

//! Storage files: `storage_GetFileUploadInfo` (one piece) or
//! `storage_InitMultipartFileUpload` and `storage_GetMultipartFileUploadInfos`
//! (parts), then `storage_CommitFile`; `storage_GetFileDownloadInfo` to
//! download.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use futures_util::FutureExt;
use openapi_runtime::{
    DownloadUrl, PartPlan, PartUrls, SignedUrl, TransferOptions, UploadIdentity, UploadJournal,
    UploadSource,
};
use tokio::io::AsyncWrite;

use dingtalk_transfer::{download_url, missing, one_piece, signed_url, to_path, UploadKey};
use openapi_runtime::{Error, Progress};

use crate::Client;
use crate::{
    AppProperty, CommitFileOption, ConflictStrategy, Dentry, GetFileDownloadInfoOption,
    GetFileUploadInfoOption, HeaderSignatureInfo, InitMultipartFileUploadOption, StorageDriver,
    TransferProtocol, UploadPreCheck,
};
use crate::{
    CommitFileInput, GetDentryInput, GetFileDownloadInfoInput, GetFileUploadInfoInput,
    GetMultipartFileUploadInfosInput, InitMultipartFileUploadInput,
};

pub use dingtalk_transfer::PART_RULES;
/// Where an uploaded file goes.
#[derive(Debug, Clone, Copy)]
pub struct UploadFileInput<'a> {
    /// The space of the file.
    pub space_id: &'a str,
    /// The folder of the file; `"0"` is the space's root.
    pub parent_id: &'a str,
    /// The user the upload is made as.
    pub union_id: &'a str,
    /// The file's name.
    pub name: &'a str,
}

/// The file to download.
#[derive(Debug, Clone, Copy)]
pub struct DownloadFileInput<'a> {
    pub space_id: &'a str,
    pub dentry_id: &'a str,
    /// The user the download is made as.
    pub union_id: &'a str,
}

impl Client {
    /// Uploads `source` (bytes, a file path, or a reader of known length) as a
    /// new file, and returns the file. Content larger than one part
    /// ([`TransferOptions::part_size`], 8 MiB by default) goes up in parts,
    /// several at once.
    ///
    /// ```no_run
    /// # async fn run(storage: dingtalk_storage_1_0::Client) -> Result<(), openapi_runtime::Error> {
    /// use dingtalk_storage_1_0::{ConflictStrategy, UploadFileInput};
    ///
    /// // `storage` is `client.storage_1_0()` of a `dingtalk::Client`.
    /// let file = storage
    ///     .upload_file(
    ///         UploadFileInput {
    ///             space_id: "854xxxxx",
    ///             parent_id: "0",
    ///             union_id: "cHtUYxxxxx",
    ///             name: "report.pdf",
    ///         },
    ///         std::path::Path::new("report.pdf"),
    ///     )
    ///     .conflict_strategy(ConflictStrategy::AutoRename)
    ///     .on_progress(|p| eprintln!("{} of {} bytes", p.done, p.total))
    ///     .send()
    ///     .await?;
    /// println!("uploaded as {:?}", file.id);
    /// # Ok(()) }
    /// ```
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
            commit: CommitFileOption::default(),
            overwrite_dentry_id: None,
            transfer: TransferOptions::default(),
            record: Record::None,
        }
    }

    /// Downloads a file's content, to a path or any writer.
    ///
    /// ```no_run
    /// # async fn run(storage: dingtalk_storage_1_0::Client) -> Result<(), openapi_runtime::Error> {
    /// use dingtalk_storage_1_0::DownloadFileInput;
    ///
    /// // `storage` is `client.storage_1_0()` of a `dingtalk::Client`.
    /// let bytes = storage
    ///     .download_file(DownloadFileInput {
    ///         space_id: "854xxxxx",
    ///         dentry_id: "123xxxxx",
    ///         union_id: "cHtUYxxxxx",
    ///     })
    ///     .to_path("report.pdf")
    ///     .await?;
    /// println!("{bytes} bytes");
    /// # Ok(()) }
    /// ```
    pub fn download_file(&self, input: DownloadFileInput<'_>) -> DownloadFile {
        DownloadFile {
            client: self.clone(),
            space_id: input.space_id.to_owned(),
            dentry_id: input.dentry_id.to_owned(),
            union_id: input.union_id.to_owned(),
            version: None,
            transfer: TransferOptions::default(),
        }
    }
}

/// An upload being configured; [`send`](Self::send) carries it out.
#[derive(Debug)]
#[must_use = "an upload does nothing until `.send().await`"]
pub struct UploadFile {
    client: Client,
    space_id: String,
    parent_id: String,
    union_id: String,
    name: String,
    source: UploadSource,
    commit: CommitFileOption,
    overwrite_dentry_id: Option<String>,
    transfer: TransferOptions,
    record: Record,
}

/// Where an upload in parts keeps the record of its finished parts.
#[derive(Debug, Clone)]
enum Record {
    None,
    BesideSource,
    At(PathBuf),
}

impl UploadFile {
    /// What happens when the folder already holds an entry of the same name
    /// (the server picks a new name by default).
    pub fn conflict_strategy(mut self, strategy: ConflictStrategy) -> Self {
        self.commit.conflict_strategy = Some(strategy);
        self
    }

    /// App properties the file is created with.
    pub fn app_properties(mut self, properties: Vec<AppProperty>) -> Self {
        self.commit.app_properties = Some(properties);
        self
    }

    /// Makes the upload a new version of an existing file instead of a new file.
    pub fn overwrite(mut self, dentry_id: impl Into<String>) -> Self {
        self.overwrite_dentry_id = Some(dentry_id.into());
        self
    }

    /// Bytes per part: by default 8 MiB, or more for a file that would need
    /// more than 10,000 parts. Content up to one part goes up in one piece. A
    /// size outside the storage's rules ([`PART_RULES`]) fails the upload
    /// before anything is sent.
    pub fn part_size(mut self, bytes: u64) -> Self {
        self.transfer = self.transfer.part_size(bytes);
        self
    }

    /// Parts uploaded at once (4 by default).
    pub fn concurrency(mut self, parts: usize) -> Self {
        self.transfer = self.transfer.concurrency(parts);
        self
    }

    /// Called as bytes go up.
    pub fn on_progress(mut self, f: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.transfer = self.transfer.on_progress(f);
        self
    }

    /// Keeps a record of the parts that went up in `path`, so that a rerun of
    /// the same upload (same target, same source size and modification time,
    /// same part size) sends only the parts still missing, under the same
    /// upload key while DingTalk still accepts it, and starts over when it no
    /// longer does. The record holds no token and no URL; it is removed once
    /// the file is committed. Only uploads in parts keep one.
    pub fn resume_record(mut self, path: impl Into<PathBuf>) -> Self {
        self.record = Record::At(path.into());
        self
    }

    /// [`resume_record`](Self::resume_record) beside the source file, as
    /// `<source>.upload.json`; for a source that is not a file, nothing is kept.
    pub fn resumable(mut self) -> Self {
        self.record = Record::BesideSource;
        self
    }

    /// Every transfer setting at once: part size, concurrency, retries, timeout, progress.
    pub fn transfer_options(mut self, options: TransferOptions) -> Self {
        self.transfer = options;
        self
    }

    /// Uploads the content and commits it as a file; returns the file.
    pub async fn send(self) -> Result<Dentry, Error> {
        let size = self.source.size().await?;
        let plan = PART_RULES.plan(size, self.transfer.part_size)?;
        // A taken name is refused early only when the commit would refuse it:
        // other strategies rename, replace or return the existing file.
        let refuses_taken_name = self.overwrite_dentry_id.is_none()
            && self.commit.conflict_strategy == Some(ConflictStrategy::ReturnErrorIfExists);
        let precheck = UploadPreCheck {
            name: refuses_taken_name.then(|| self.name.clone()),
            parent_id: Some(self.parent_id.clone()),
            size: Some(i64::try_from(size).unwrap_or(i64::MAX)),
            md5: None,
        };
        let (key, journal) = if plan.parts == 1 {
            (self.single_upload_key(precheck), None)
        } else {
            self.multipart_upload_key(precheck, size, plan).await?
        };
        self.client
            .runtime()
            .upload_planned(
                self.source,
                plan,
                &self.transfer,
                key.urls.clone(),
                journal.as_ref(),
            )
            .await?;
        let upload_key = key.current();
        let mut commit = self
            .client
            .commit_file(CommitFileInput {
                space_id: &self.space_id,
                union_id: &self.union_id,
                upload_key: &upload_key,
                name: &self.name,
                parent_id: &self.parent_id,
            })
            .option(CommitFileOption {
                size: Some(i64::try_from(size).unwrap_or(i64::MAX)),
                ..self.commit
            });
        if let Some(dentry) = self.overwrite_dentry_id {
            commit = commit.overwrite_dentry_id(dentry);
        }
        let dentry = commit
            .send()
            .await?
            .dentry
            .ok_or_else(|| missing("storage_CommitFile", "dentry"))?;
        if let Some(journal) = journal {
            journal.remove();
        }
        Ok(dentry)
    }

    /// Where this upload's record is kept, if anywhere.
    fn record_path(&self) -> Option<PathBuf> {
        match (&self.record, &self.source) {
            (Record::At(path), _) => Some(path.clone()),
            (Record::BesideSource, UploadSource::File(source)) => {
                let mut name = source.as_os_str().to_owned();
                name.push(".upload.json");
                Some(name.into())
            }
            _ => None,
        }
    }

    /// An upload in one piece, under the key that comes with its URL.
    fn single_upload_key(&self, precheck: UploadPreCheck) -> UploadKey {
        let client = self.client.clone();
        let (space_id, union_id) = (self.space_id.clone(), self.union_id.clone());
        one_piece(move || {
            let (client, space_id, union_id) = (client.clone(), space_id.clone(), union_id.clone());
            let precheck = precheck.clone();
            async move {
                const OP: &str = "storage_GetFileUploadInfo";
                let info = client
                    .get_file_upload_info(GetFileUploadInfoInput {
                        space_id: &space_id,
                        union_id: &union_id,
                        protocol: TransferProtocol::HeaderSignature,
                        multipart: false,
                    })
                    .option(GetFileUploadInfoOption {
                        pre_check_param: Some(precheck),
                        storage_driver: Some(StorageDriver::Dingtalk),
                        ..Default::default()
                    })
                    .send()
                    .await?;
                let upload_key = info.upload_key.ok_or_else(|| missing(OP, "uploadKey"))?;
                Ok((upload_key, storage_url(OP, info.header_signature_info)?))
            }
            .boxed()
        })
    }

    /// An upload in parts: one key, and URLs for the parts asked for as
    /// needed. With a record of an earlier run of the same upload whose key
    /// DingTalk still accepts, that key and its finished parts; otherwise a
    /// new key, recorded when a record is kept.
    async fn multipart_upload_key(
        &self,
        precheck: UploadPreCheck,
        size: u64,
        plan: PartPlan,
    ) -> Result<(UploadKey, Option<UploadJournal>), Error> {
        let record = self.record_path();
        let identity = UploadIdentity {
            target: format!(
                "storage space {} folder {} name {} as {}",
                self.space_id, self.parent_id, self.name, self.union_id
            ),
            size,
            modified: self.source.modified().await,
            part_size: plan.part_size,
        };
        if let Some(journal) = record
            .as_deref()
            .and_then(|path| UploadJournal::resume(path, &identity))
        {
            let urls = self.part_urls(journal.upload_key().to_owned());
            let missing = (1..=plan.parts)
                .find(|n| !journal.finished().iter().any(|p| p.number == *n))
                .unwrap_or(1);
            match urls(vec![missing]).await {
                Ok(_) => {
                    tracing::info!(
                        parts_done = journal.finished().len(),
                        parts = plan.parts,
                        "going on with an upload in parts"
                    );
                    let key = UploadKey::fixed(urls, journal.upload_key().to_owned());
                    return Ok((key, Some(journal)));
                }
                Err(error @ Error::Api(_)) => {
                    tracing::info!(%error, "the recorded upload is no longer accepted; starting over");
                }
                Err(error) => return Err(error),
            }
        }
        const OP: &str = "storage_InitMultipartFileUpload";
        let upload_key = self
            .client
            .init_multipart_file_upload(InitMultipartFileUploadInput {
                space_id: &self.space_id,
                union_id: &self.union_id,
            })
            .option(InitMultipartFileUploadOption {
                pre_check_param: Some(precheck),
                storage_driver: Some(StorageDriver::Dingtalk),
                ..Default::default()
            })
            .send()
            .await?
            .upload_key
            .ok_or_else(|| missing(OP, "uploadKey"))?;
        let journal = match record {
            Some(path) => Some(UploadJournal::create(&path, identity, upload_key.clone())?),
            None => None,
        };
        let key = UploadKey::fixed(self.part_urls(upload_key.clone()), upload_key);
        Ok((key, journal))
    }

    /// Asks DingTalk for the URLs of parts of the upload under `key`.
    fn part_urls(&self, key: String) -> PartUrls {
        let client = self.client.clone();
        let union_id = self.union_id.clone();
        Arc::new(move |parts| {
            let (client, union_id, key) = (client.clone(), union_id.clone(), key.clone());
            async move {
                const OP: &str = "storage_GetMultipartFileUploadInfos";
                let numbers = parts.iter().map(|&p| i32::try_from(p).unwrap_or(i32::MAX));
                let infos = client
                    .get_multipart_file_upload_infos(GetMultipartFileUploadInfosInput {
                        union_id: &union_id,
                        upload_key: &key,
                        part_numbers: numbers.collect(),
                    })
                    .send()
                    .await?
                    .multipart_header_signature_infos
                    .unwrap_or_default();
                infos
                    .into_iter()
                    .map(|info| {
                        let number = info
                            .part_number
                            .and_then(|n| u32::try_from(n).ok())
                            .ok_or_else(|| missing(OP, "partNumber"))?;
                        Ok((number, storage_url(OP, info.header_signature_info)?))
                    })
                    .collect()
            }
            .boxed()
        })
    }
}

/// A download being configured; [`to_path`](Self::to_path) or
/// [`to_writer`](Self::to_writer) carries it out.
#[derive(Debug)]
#[must_use = "a download does nothing until `.to_path(..)` or `.to_writer(..)` is awaited"]
pub struct DownloadFile {
    client: Client,
    space_id: String,
    dentry_id: String,
    union_id: String,
    version: Option<i64>,
    transfer: TransferOptions,
}

impl DownloadFile {
    /// Downloads this version of the file instead of the current one.
    pub fn version(mut self, version: i64) -> Self {
        self.version = Some(version);
        self
    }

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

    /// Writes the content to `writer`; returns the bytes written.
    pub async fn to_writer<W: AsyncWrite + Unpin + ?Sized>(
        self,
        writer: &mut W,
    ) -> Result<u64, Error> {
        let expected = self.expected_size().await?;
        self.client
            .runtime()
            .download(&self.url(), writer, 0, expected, &self.transfer)
            .await
    }

    /// Writes the content to a file at `path`, through `<path>.part` beside
    /// it, which replaces `path` only once the whole content is there;
    /// returns the bytes written. A download stopped part way (a failure, a
    /// stopped process) leaves `<path>.part` and a record of what it is: run
    /// again for the same file, unchanged since, it goes on from there.
    pub async fn to_path(self, path: impl AsRef<Path>) -> Result<u64, Error> {
        let dentry = self.dentry().await?;
        let expected = match self.version {
            Some(_) => None,
            None => dentry.size.and_then(|size| u64::try_from(size).ok()),
        };
        let identity = format!(
            "storage space {} dentry {} version {} size {} modified {}",
            self.space_id,
            self.dentry_id,
            self.version.or(dentry.version).unwrap_or_default(),
            dentry.size.unwrap_or_default(),
            dentry
                .modified_time
                .map(|t| t.to_string())
                .unwrap_or_default(),
        );
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

    async fn dentry(&self) -> Result<Dentry, Error> {
        self.client
            .get_dentry(GetDentryInput {
                space_id: &self.space_id,
                dentry_id: &self.dentry_id,
                union_id: &self.union_id,
            })
            .send()
            .await?
            .dentry
            .ok_or_else(|| missing("storage_GetDentry", "dentry"))
    }

    /// The current version's size is known to the dentry; another version's
    /// is checked against the length the storage declares.
    async fn expected_size(&self) -> Result<Option<u64>, Error> {
        Ok(match self.version {
            Some(_) => None,
            None => self
                .dentry()
                .await?
                .size
                .and_then(|size| u64::try_from(size).ok()),
        })
    }

    /// The download URL, asked for afresh each time it is needed.
    fn url(&self) -> DownloadUrl {
        let (client, space_id, dentry_id, union_id, version) = (
            self.client.clone(),
            self.space_id.clone(),
            self.dentry_id.clone(),
            self.union_id.clone(),
            self.version,
        );
        download_url(move || {
            let (client, space_id, dentry_id, union_id) = (
                client.clone(),
                space_id.clone(),
                dentry_id.clone(),
                union_id.clone(),
            );
            async move {
                const OP: &str = "storage_GetFileDownloadInfo";
                let info = client
                    .get_file_download_info(GetFileDownloadInfoInput {
                        space_id: &space_id,
                        dentry_id: &dentry_id,
                        union_id: &union_id,
                    })
                    .option(GetFileDownloadInfoOption {
                        version,
                        ..Default::default()
                    })
                    .send()
                    .await?;
                storage_url(OP, info.header_signature_info)
            }
            .boxed()
        })
    }
}

/// The first of the URLs a storage operation handed out.
fn storage_url(operation: &str, info: Option<HeaderSignatureInfo>) -> Result<SignedUrl, Error> {
    let info = info.ok_or_else(|| missing(operation, "headerSignatureInfo"))?;
    let url = info.resource_urls.and_then(|urls| urls.into_iter().next());
    signed_url(operation, url, info.headers, info.expiration_seconds)
}

//! A typed async client for DingTalk's storage, drive and OAuth2 server APIs.
//!
//! Every operation of the spec (`spec/dingtalk.yaml`) is a method of [`Client`]
//! that takes the required inputs (two or more as one struct with named fields,
//! so that they cannot be swapped) and returns a request builder: set optional
//! inputs on it, then `.send().await`.
//!
//! ```no_run
//! # #[cfg(feature = "storage")]
//! # async fn run() -> Result<(), dingtalk::Error> {
//! use dingtalk::models::ConflictStrategy;
//! use dingtalk::operations::StorageAddFolderInput;
//!
//! let client = dingtalk::Client::new("<access token>")?;
//! let folder = client
//!     .storage_add_folder(StorageAddFolderInput {
//!         space_id: "854xxxxx",
//!         parent_id: "0",
//!         union_id: "cHtUYxxxxx",
//!         name: "Reports",
//!     })
//!     .option(dingtalk::models::AddFolderOption {
//!         conflict_strategy: Some(ConflictStrategy::ReturnDentryIfExists),
//!         ..Default::default()
//!     })
//!     .send()
//!     .await?;
//! println!("{:?}", folder.dentry.and_then(|d| d.id));
//! # Ok(()) }
//! ```
//!
//! [`models`] and [`operations`] are generated from the spec by `cargo xtask gen`;
//! they run on the generic `openapi_runtime` crate (sending, tokens, retries,
//! limits, errors, pagination, validation, transfers). What is DingTalk's own
//! is here: its [`Credentials`], one constructor per kind of access token (app,
//! organisation, suite, user, SSO) with the APIs that accept each, and file
//! upload and download in one call ([`Client::storage_upload_file`],
//! [`Client::storage_download_file`], and the same for drive).
//!
//! Each API group is a Cargo feature, all on by default: `storage`, `drive`
//! and `oauth2`. Without a group's feature, its operations, the models only it
//! uses and its part of the above are not compiled
//! ([`Credentials::access_token`] is always there; the credentials exchanged
//! for tokens need `oauth2`).
//!
//! The [`guide`] (also `docs/guide/` in the repository) explains credentials,
//! retries and timeouts, the HTTP client, validation, transfers, logging,
//! errors and the features, with examples.

#![cfg_attr(docsrs, feature(doc_cfg))]
// Without a group, the links to its items have no target.
#![cfg_attr(
    not(all(feature = "storage", feature = "drive", feature = "oauth2")),
    allow(rustdoc::broken_intra_doc_links)
)]

mod credentials;
#[cfg(any(feature = "storage", feature = "drive"))]
mod transfer;

#[rustfmt::skip]
pub mod models;
#[rustfmt::skip]
pub mod operations;

pub use credentials::Credentials;
#[cfg(feature = "oauth2")]
pub use credentials::{
    AppCredentials, ClientCredentials, CorpCredentials, SsoCredentials, SuiteCredentials,
    UserCodeCredentials, UserRefreshTokenCredentials,
};
pub use openapi_runtime::{
    reqwest, ApiError, At, CallOptions, ClassifyRetry, ClientBuilder, DecodeError, Error,
    ErrorKind, FailedAttempt, InvalidTokenRenewal, PartRules, Progress, RetryAction, RetryPolicy,
    RetryPriority, RetryableErrorCodes, StallProtection, Timestamp, TimestampParseError,
    TransferOptions, TransientErrors, UploadSource, Validate, Violation, DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_MIN_TOKEN_LIFETIME, DEFAULT_TIMEOUT,
};
pub use operations::Client;
#[cfg(feature = "drive")]
pub use transfer::drive::{
    DriveDownloadFile, DriveDownloadFileInput, DriveUploadFile, DriveUploadFileInput,
};
#[cfg(feature = "storage")]
pub use transfer::storage::{
    StorageDownloadFile, StorageDownloadFileInput, StorageUploadFile, StorageUploadFileInput,
};
#[cfg(any(feature = "storage", feature = "drive"))]
pub use transfer::PART_RULES;

/// The README's examples, compiled as doctests (they use every group).
#[cfg(all(doctest, feature = "storage", feature = "drive", feature = "oauth2"))]
#[doc = include_str!("../../README.md")]
struct ReadmeExamples;

/// The user guide, one module per chapter (the files of `docs/guide/`). Its
/// examples are compiled as doctests; they use every API group.
#[cfg(all(feature = "storage", feature = "drive", feature = "oauth2"))]
pub mod guide {
    #[doc = include_str!("../../docs/guide/calls.md")]
    pub mod calls {}
    #[doc = include_str!("../../docs/guide/errors.md")]
    pub mod errors {}
    #[doc = include_str!("../../docs/guide/credentials.md")]
    pub mod credentials {}
    #[doc = include_str!("../../docs/guide/retries.md")]
    pub mod retries {}
    #[doc = include_str!("../../docs/guide/http.md")]
    pub mod http {}
    #[doc = include_str!("../../docs/guide/validation.md")]
    pub mod validation {}
    #[doc = include_str!("../../docs/guide/transfers.md")]
    pub mod transfers {}
    #[doc = include_str!("../../docs/guide/logging.md")]
    pub mod logging {}
    #[doc = include_str!("../../docs/guide/features.md")]
    pub mod features {}
    #[doc = include_str!("../../docs/guide/fake.md")]
    pub mod fake {}
}

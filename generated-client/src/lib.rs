//! A typed async client for DingTalk's server APIs: storage, drive, OAuth2,
//! and on the legacy host robots, work notifications, users, departments,
//! approvals and media.
//!
//! Each DingTalk module of the spec (`spec/dingtalk.yaml`: its tags,
//! `storage_1_0`, `drive_1_0`, `oauth2_1_0`) is a module of this crate and a
//! method of [`Client`]. In it, every operation is a method that takes the
//! required inputs (two or more as one struct with named fields, so that they
//! cannot be swapped) and returns a request builder: set optional inputs on
//! it, then `.send().await`. The module also holds the operations' inputs,
//! the error codes its operations document (`ErrorCode`, an open enum; each
//! operation's documentation lists its own) and the models only it uses;
//! [`models`] holds those the modules share.
//!
//! ```no_run
//! # #[cfg(feature = "storage_1_0")]
//! # async fn run() -> Result<(), dingtalk::Error> {
//! use dingtalk::storage_1_0::{AddFolderInput, AddFolderOption, ConflictStrategy, ErrorCode};
//!
//! let client = dingtalk::Client::new("<access token>")?;
//! let added = client
//!     .storage_1_0()
//!     .add_folder(AddFolderInput {
//!         space_id: "854xxxxx",
//!         parent_id: "0",
//!         union_id: "cHtUYxxxxx",
//!         name: "Reports",
//!     })
//!     .option(AddFolderOption {
//!         conflict_strategy: Some(ConflictStrategy::ReturnErrorIfExists),
//!         ..Default::default()
//!     })
//!     .send()
//!     .await;
//! match added {
//!     Ok(folder) => println!("{:?}", folder.dentry.and_then(|d| d.id)),
//!     Err(e) if e.code() == Some(ErrorCode::DentryAlreadyExist) => println!("already there"),
//!     Err(e) => return Err(e.into()),
//! }
//! # Ok(()) }
//! ```
//!
//! The modules are generated from the spec by `cargo xtask gen`; they run on
//! the generic `openapi_runtime` crate (sending, tokens, retries, limits,
//! errors, pagination, validation, transfers). What is DingTalk's own is
//! written by hand: its [`Credentials`], one constructor per kind of access
//! token (app, organisation, suite, user, SSO) with the APIs that accept each,
//! file upload and download in one call, part of the modules they use
//! (`storage_1_0::Client::upload_file` and `download_file`, and the same for
//! drive), and custom group robots (`oapi_robot::Robot`: a robot's webhook
//! and secret, each message signed and held to DingTalk's rate).
//!
//! The legacy host `oapi.dingtalk.com` has modules of its own (`oapi_robot`,
//! `oapi_message`, `oapi_user`, `oapi_department`, `oapi_process`,
//! `oapi_media`); the same client calls it, with the token in the query and
//! its errors inside HTTP 200 answers typed like any other
//! ([`guide::legacy`]).
//!
//! Each module is a Cargo feature ([`guide::features`]): `storage_1_0`,
//! `drive_1_0`, `oauth2_1_0`, the six `oapi_*` and the other curated
//! modules are on by default (`curated`), the drafted ones off (`full` turns
//! on every module). Without a module's feature, the module, the
//! shared models only it uses and its part of the above are not compiled
//! ([`Credentials::access_token`] is always there; the credentials exchanged
//! for tokens need `oauth2_1_0`).
//!
//! The [`guide`] (also `generated-client/guide/` in the repository) explains credentials,
//! retries and timeouts, the HTTP client, validation, transfers, logging,
//! errors and the features, with examples.

#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]
// Without a group, the links to its items have no target.
#![cfg_attr(
    not(all(
        feature = "storage_1_0",
        feature = "drive_1_0",
        feature = "oauth2_1_0",
        feature = "oapi_user",
        feature = "oapi_robot"
    )),
    allow(rustdoc::broken_intra_doc_links)
)]

mod credentials;

#[rustfmt::skip]
mod api;

pub use api::*;
pub use credentials::Credentials;
#[cfg(feature = "oauth2_1_0")]
pub use credentials::{
    AppCredentials, ClientCredentials, CorpCredentials, SsoCredentials, SuiteCredentials,
    UserCodeCredentials, UserRefreshTokenCredentials,
};
#[cfg(feature = "blocking")]
#[cfg_attr(docsrs, doc(cfg(feature = "blocking")))]
pub use openapi_runtime::blocking;
pub use openapi_runtime::{
    reqwest, ApiError, At, CallOptions, ClassifyRetry, ClientBuilder, DecodeError, Error,
    ErrorBody, ErrorKind, FailedAttempt, File, InvalidTokenRenewal, OperationError, PartRules,
    Progress, RetryAction, RetryPolicy, RetryPriority, RetryableErrorCodes, StallProtection,
    Timestamp, TimestampParseError, TransferOptions, TransientErrors, Untyped, UploadSource,
    Validate, Violation, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MIN_TOKEN_LIFETIME, DEFAULT_TIMEOUT,
};

/// The README's examples, compiled as doctests (they use every group).
#[cfg(all(
    doctest,
    feature = "storage_1_0",
    feature = "drive_1_0",
    feature = "oauth2_1_0",
    feature = "oapi_robot"
))]
#[doc = include_str!("../../README.md")]
struct ReadmeExamples;

/// The user guide, one module per chapter (the files of `generated-client/guide/`). Its
/// examples are compiled as doctests; they use every API group.
#[cfg(all(feature = "storage_1_0", feature = "drive_1_0", feature = "oauth2_1_0"))]
pub mod guide {
    #[doc = include_str!("../guide/calls.md")]
    pub mod calls {}
    #[doc = include_str!("../guide/errors.md")]
    pub mod errors {}
    #[doc = include_str!("../guide/credentials.md")]
    pub mod credentials {}
    #[doc = include_str!("../guide/retries.md")]
    pub mod retries {}
    #[doc = include_str!("../guide/http.md")]
    pub mod http {}
    #[doc = include_str!("../guide/validation.md")]
    pub mod validation {}
    #[doc = include_str!("../guide/transfers.md")]
    pub mod transfers {}
    #[doc = include_str!("../guide/logging.md")]
    pub mod logging {}
    #[doc = include_str!("../guide/features.md")]
    pub mod features {}
    #[cfg(all(feature = "oapi_user", feature = "oapi_robot"))]
    #[doc = include_str!("../guide/legacy.md")]
    pub mod legacy {}
    #[doc = include_str!("../guide/fake.md")]
    pub mod fake {}
}

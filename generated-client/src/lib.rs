//! A typed async client for DingTalk's storage, drive and OAuth2 server APIs.
//!
//! Every operation of the spec (`spec/dingtalk.yaml`) is a method of [`Client`]
//! that takes the required inputs and returns a request builder: set optional
//! inputs on it, then `.send().await`.
//!
//! ```no_run
//! # async fn run() -> Result<(), dingtalk::Error> {
//! use dingtalk::models::ConflictStrategy;
//!
//! let client = dingtalk::Client::new("<access token>")?;
//! let folder = client
//!     .storage_add_folder("854xxxxx", "0", "cHtUYxxxxx", "Reports")
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
//! the rest of the crate is the hand-written runtime they use.

mod auth;
mod client;
mod error;
mod pagination;
mod retry;
pub(crate) mod runtime;
mod timestamp;
mod validate;

#[rustfmt::skip]
pub mod models;
#[rustfmt::skip]
pub mod operations;

/// The HTTP client this crate is built on, for [`ClientBuilder::http_client`].
pub use reqwest;

pub use auth::Credentials;
pub use client::{
    Client, ClientBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_TIMEOUT,
};
pub use error::{ApiError, DecodeError, Error};
pub use retry::RetryPolicy;
pub use runtime::{CallOptions, REQUEST_ID_HEADER};
pub use timestamp::{Timestamp, TimestampParseError};
pub use validate::{At, Validate, Violation};

/// The README's examples, compiled as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeExamples;

/// The generator's snapshot output for its fixture specs, compiled and run
/// against this runtime.
#[cfg(test)]
#[allow(dead_code)]
mod fixtures;

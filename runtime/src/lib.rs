//! The runtime of clients generated from OpenAPI documents by `codegen`.
//!
//! A generated client is a thin layer of models and request builders; what
//! every operation needs lives here once, for any API:
//!
//! - [`ClientBuilder`] and [`Client`]: base URL, HTTP client (never following
//!   redirects), the timeout of each attempt and of a whole call, the
//!   response size limit, the retry policy;
//! - tokens: [`ResolveToken`] is where they come from; the runtime caches the
//!   current one, renews it before it expires, with one request in flight
//!   however many calls wait, and once more when the server rejects it;
//! - the send loop: attempts, retries decided by an ordered list of
//!   [`ClassifyRetry`] rules (transient errors, the API's retryable error
//!   codes, token renewal, and the application's own), with backoff and
//!   `Retry-After`, tracing spans, bounded reading of bodies, decoding with
//!   the JSON path of a failure;
//! - [`Error`], with the server's error code, message and request id read
//!   where the spec's error schema keeps them ([`ErrorShape`]), and its
//!   [`ErrorKind`] (a refused connection, a timeout and which limit, a reset,
//!   TLS, DNS, ...);
//! - pagination streams, input validation ([`Validate`]), lenient
//!   [`Timestamp`]s;
//! - file transfer to and from the URLs an API hands out ([`SignedUrl`]):
//!   uploads in parts planned within the storage's rules, several at once,
//!   each retried alone with its URL asked for again when it expires;
//!   downloads streamed and resumed by `Range`, with a fresh URL when one
//!   expires; stalled bodies abandoned and tried again; records that let an
//!   upload or a download go on after a restart; progress; memory bounded by
//!   the parts in flight; no credentials sent.
//!
//! What a generated client says about its API is static data: [`Api`] and one
//! [`Operation`] per operation.

#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod api;
mod auth;
#[cfg(feature = "blocking")]
#[cfg_attr(docsrs, doc(cfg(feature = "blocking")))]
pub mod blocking;
mod builder;
mod call;
mod client;
mod error;
mod kind;
mod macros;
mod object;
mod pagination;
mod request;
mod response;
mod retry;
mod send;
mod style;
mod timestamp;
mod tokens;
mod transfer;
mod validate;

pub use api::{Api, Auth, AuthScheme, BodyStatus, ErrorShape, Operation};
pub use auth::{ResolveToken, StaticToken, Token};
pub use builder::{
    ClientBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_MIN_TOKEN_LIFETIME,
    DEFAULT_TIMEOUT,
};
pub use call::Call;
pub use client::{Client, FromRuntime};
pub use error::{ApiError, DecodeError, Error, ErrorBody, OperationError, Untyped};
pub use kind::ErrorKind;
pub use pagination::{items, pages, Cursor};
pub use request::{CallOptions, File, Request};
pub use response::{decode_json, Response};
pub use retry::{
    ClassifyRetry, FailedAttempt, InvalidTokenRenewal, RetryAction, RetryPolicy, RetryPriority,
    RetryableErrorCodes, TransientErrors,
};
pub use style::Style;
pub use timestamp::{Timestamp, TimestampParseError};
pub use transfer::{
    DownloadUrl, OnProgress, PartPlan, PartRules, PartUrls, PartialDownload, Progress, SignedUrl,
    StallProtection, TransferOptions, UploadIdentity, UploadJournal, UploadSource, UploadedPart,
    DEFAULT_PART_SIZE,
};
pub use validate::{At, Check, Rules, Validate, Violation};

/// What a call gives: the decoded response, or why there is none.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What a paginated call streams: pages or items, ending after the first error.
pub type Stream<T, E = Error> = futures_util::stream::BoxStream<'static, Result<T, E>>;

/// The HTTP client the runtime is built on, for [`ClientBuilder::http_client`].
pub use reqwest;
pub use reqwest::Method;
/// Derives for generated models (with `#[serde(crate = "...::__private::serde")]`).
#[doc(hidden)]
pub use serde::{Deserialize, Serialize};

/// Leaves a model's absent optional fields out of the JSON it is written as;
/// put before its `derive`.
#[doc(hidden)]
pub use serde_with::skip_serializing_none;

/// Whether an optional field is absent: what generated models give serde's
/// `skip_serializing_if`, by a path no model name can shadow.
#[doc(hidden)]
pub fn is_none<T>(value: &Option<T>) -> bool {
    value.is_none()
}

/// Crates generated code refers to, so that a generated client needs no
/// dependency but this crate.
#[doc(hidden)]
pub mod __private {
    pub use serde;
    pub use serde_json;

    /// What `object!` expands to calls.
    pub mod object {
        pub use crate::object::*;
    }

    /// `value` written as JSON with `property` set to `tag`, unless it sets
    /// the property itself.
    pub fn serialize_tagged<S: serde::Serializer, T: serde::Serialize>(
        serializer: S,
        property: &str,
        tag: &str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        use serde::ser::Error;
        let mut json = serde_json::to_value(value).map_err(S::Error::custom)?;
        if let serde_json::Value::Object(object) = &mut json {
            object
                .entry(property)
                .or_insert_with(|| serde_json::Value::String(tag.to_owned()));
        }
        serde::Serialize::serialize(&json, serializer)
    }

    /// The variant's model read from the JSON a tagged union was given.
    pub fn from_tagged<T: serde::de::DeserializeOwned, E: serde::de::Error>(
        value: serde_json::Value,
    ) -> Result<T, E> {
        serde_json::from_value(value).map_err(E::custom)
    }

    pub use crate::macros::deserialize_open_enum;
}

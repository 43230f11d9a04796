//! The runtime of clients generated from OpenAPI documents by `codegen`.
//!
//! A generated client is a thin layer of models and request builders; what
//! every operation needs lives here once, for any API:
//!
//! - [`ClientBuilder`] and [`Client`]: base URL, HTTP client (never following
//!   redirects), timeouts, the response size limit, the retry policy;
//! - tokens: [`ResolveToken`] is where they come from; the runtime caches the
//!   current one, renews it before it expires, with one request in flight
//!   however many calls wait, and once more when the server rejects it;
//! - the send loop: attempts, retries decided by a [`ClassifyRetry`] with
//!   backoff and `Retry-After`, tracing spans, bounded reading of bodies,
//!   decoding with the JSON path of a failure;
//! - [`Error`], with the server's error code, message and request id read
//!   where the spec's error schema keeps them ([`ErrorShape`]);
//! - pagination streams, input validation ([`Validate`]), lenient
//!   [`Timestamp`]s.
//!
//! What a generated client says about its API is static data: [`Api`] and one
//! [`Operation`] per operation.

mod api;
mod auth;
mod client;
mod error;
mod pagination;
mod retry;
mod send;
mod timestamp;
mod validate;

pub use api::{Api, Auth, AuthScheme, ErrorShape, Operation};
pub use auth::{ResolveToken, StaticToken, Token};
pub use client::{
    Client, ClientBuilder, FromRuntime, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_TIMEOUT,
};
pub use error::{ApiError, DecodeError, Error};
pub use pagination::{items, pages};
pub use retry::{ClassifyRetry, DefaultRetryClassifier, RetryPolicy};
pub use send::{path_segment, CallOptions, Request};
pub use timestamp::{Timestamp, TimestampParseError};
pub use validate::{
    check_items, check_length, check_pattern, check_range, At, Validate, Violation,
};

/// The HTTP client the runtime is built on, for [`ClientBuilder::http_client`].
pub use reqwest;

/// Crates generated code refers to, so that a generated client needs no
/// dependency but this crate.
#[doc(hidden)]
pub mod __private {
    pub use futures_util;
    pub use regex;
    pub use serde;
    pub use serde_json;
}

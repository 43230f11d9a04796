//! The runtime client of one API, configured by
//! [`ClientBuilder`](crate::ClientBuilder).

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::retry::{ClassifyRetry, RetryPolicy};
use crate::tokens::TokenCache;
use crate::Api;

/// The configured runtime of a generated client: HTTP client, base URL, token
/// cache, retry policy and limits. Cheap to clone: clones share connections,
/// configuration and the current token.
///
/// Generated clients wrap it; applications use the generated client, built
/// with [`ClientBuilder`](crate::ClientBuilder).
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) api: &'static Api,
    pub(crate) http: reqwest::Client,
    /// Without a trailing `/`; operation paths start with one.
    pub(crate) base_url: String,
    /// The base URL parsed, once; calls set its path.
    pub(crate) base: reqwest::Url,
    /// The path of the base URL without a trailing `/`, which operation paths follow.
    pub(crate) base_path: String,
    /// The API's other servers (`Api::hosts`), each where its calls go.
    pub(crate) hosts: Vec<Host>,
    pub(crate) tokens: TokenCache,
    pub(crate) retry: RetryPolicy,
    /// Sorted by priority.
    pub(crate) classifiers: Box<[Arc<dyn ClassifyRetry>]>,
    pub(crate) user_agent: reqwest::header::HeaderValue,
    pub(crate) timeout: Option<Duration>,
    pub(crate) operation_timeout: Option<Duration>,
    pub(crate) max_response_size: u64,
}

impl Client {
    /// The base URL calls are sent to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The API this client calls.
    pub fn api(&self) -> &'static Api {
        self.inner.api
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("api", &self.inner.api.title)
            .field("base_url", &self.inner.base_url)
            .field("credentials", &self.inner.tokens.source())
            .field("retry", &self.inner.retry)
            .field("retry_classifiers", &self.inner.classifiers)
            .field("user_agent", &self.inner.user_agent)
            .field("timeout", &self.inner.timeout)
            .field("operation_timeout", &self.inner.operation_timeout)
            .field("max_response_size", &self.inner.max_response_size)
            .finish_non_exhaustive()
    }
}

/// One of the API's other servers, and where its operations' calls go.
#[derive(Debug)]
pub(crate) struct Host {
    /// The server as the spec names it.
    pub(crate) spec_url: &'static str,
    pub(crate) base: reqwest::Url,
    pub(crate) base_path: String,
}

/// A generated client: a wrapper of the runtime [`Client`].
pub trait FromRuntime: Sized {
    /// The generated client that sends its calls through `client`.
    fn from_runtime(client: Client) -> Self;
}

impl FromRuntime for Client {
    fn from_runtime(client: Client) -> Self {
        client
    }
}

//! The client and its configuration.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::auth::Tokens;
use crate::{Credentials, Error, RetryPolicy};

/// A DingTalk API client. Cheap to clone: clones share connections and configuration.
///
/// ```no_run
/// # async fn run() -> Result<(), dingtalk::Error> {
/// let client = dingtalk::Client::builder().access_token("<token>").build()?;
/// let space = client.storage_get_space("854xxxxx", "cHtUYxxxxx").send().await?;
/// println!("{:?}", space.space.and_then(|s| s.name));
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) http: reqwest::Client,
    /// Without a trailing `/`; operation paths start with one.
    pub(crate) base_url: String,
    pub(crate) tokens: Tokens,
    pub(crate) retry: RetryPolicy,
    pub(crate) user_agent: String,
    pub(crate) timeout: Option<Duration>,
    pub(crate) max_response_size: u64,
}

impl Client {
    /// A client with the default configuration that sends `access_token` with every call that needs one.
    pub fn new(access_token: impl Into<String>) -> Result<Client, Error> {
        Client::builder().access_token(access_token).build()
    }

    /// Starts configuring a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The base URL calls are sent to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("credentials", &self.inner.tokens.credentials())
            .field("retry", &self.inner.retry)
            .field("user_agent", &self.inner.user_agent)
            .field("timeout", &self.inner.timeout)
            .field("max_response_size", &self.inner.max_response_size)
            .finish_non_exhaustive()
    }
}

/// Configuration of a [`Client`].
#[derive(Default)]
pub struct ClientBuilder {
    base_url: Option<String>,
    credentials: Option<Credentials>,
    retry: Option<RetryPolicy>,
    user_agent: Option<String>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    max_response_size: Option<u64>,
    http: Option<reqwest::ClientBuilder>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("credentials", &self.credentials)
            .field("retry", &self.retry)
            .field("user_agent", &self.user_agent)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("max_response_size", &self.max_response_size)
            .finish_non_exhaustive()
    }
}

/// Timeout of one attempt, from sending the request to reading the whole body.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Timeout of establishing a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The largest response body read, in bytes (after decompression): 4 MiB.
pub const DEFAULT_MAX_RESPONSE_SIZE: u64 = 4 * 1024 * 1024;

impl ClientBuilder {
    /// The base URL of the API; by default the first of [`SERVERS`](crate::operations::SERVERS).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// A token obtained elsewhere, sent as it is; same as
    /// `credentials(Credentials::access_token(token))`.
    pub fn access_token(self, token: impl Into<String>) -> Self {
        self.credentials(Credentials::access_token(token))
    }

    /// What the client authenticates with. With app credentials the client
    /// obtains tokens itself, reuses each until shortly before it expires, and
    /// renews it once when DingTalk rejects it.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// How failed calls are retried (default [`RetryPolicy::default`]: two retries).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// The `User-Agent` header; by default `dingtalk-openapi-rust/<version>`.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Timeout of one attempt, from sending the request to reading the whole body
    /// (default [`DEFAULT_TIMEOUT`]).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Timeout of establishing a connection (default [`DEFAULT_CONNECT_TIMEOUT`]).
    /// With [`http_client`](Self::http_client), it is applied only when set here.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// The largest response body the client reads, in bytes after decompression
    /// (default [`DEFAULT_MAX_RESPONSE_SIZE`]). A larger body fails the call with
    /// [`Error::ResponseTooLarge`] as soon as the limit is passed, without reading
    /// the rest. Calls can raise or lower it with their own `max_response_size`.
    pub fn max_response_size(mut self, bytes: u64) -> Self {
        self.max_response_size = Some(bytes);
        self
    }

    /// Builds the HTTP client from `builder` instead of from defaults, for proxies,
    /// custom TLS roots, default headers or pool settings.
    ///
    /// Whatever `builder` says about redirects, the client follows none: an
    /// access token or an app secret must never reach another origin, and
    /// DingTalk's APIs do not redirect. A redirect fails the call with
    /// [`Error::Redirect`].
    pub fn http_client(mut self, builder: reqwest::ClientBuilder) -> Self {
        self.http = Some(builder);
        self
    }

    /// Builds the client, checking the configuration.
    pub fn build(self) -> Result<Client, Error> {
        let base_url = self
            .base_url
            .unwrap_or_else(|| crate::operations::SERVERS[0].to_owned())
            .trim_end_matches('/')
            .to_owned();
        let parsed = reqwest::Url::parse(&base_url)
            .map_err(|e| Error::Config(format!("base URL `{base_url}`: {e}")))?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.query().is_some() {
            return Err(Error::Config(format!(
                "base URL `{base_url}` must be an http(s) URL without a query"
            )));
        }
        let (http, connect_timeout) = match self.http {
            Some(http) => (http, self.connect_timeout),
            None => (
                reqwest::Client::builder(),
                Some(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT)),
            ),
        };
        let http = match connect_timeout {
            Some(timeout) => http.connect_timeout(timeout),
            None => http,
        };
        let http = http
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url,
                tokens: Tokens::new(self.credentials),
                retry: self.retry.unwrap_or_default(),
                user_agent: self.user_agent.unwrap_or_else(|| {
                    concat!("dingtalk-openapi-rust/", env!("CARGO_PKG_VERSION")).to_owned()
                }),
                timeout: Some(self.timeout.unwrap_or(DEFAULT_TIMEOUT)),
                max_response_size: self.max_response_size.unwrap_or(DEFAULT_MAX_RESPONSE_SIZE),
            }),
        })
    }
}

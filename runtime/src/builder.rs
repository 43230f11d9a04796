//! The configuration of a client ([`ClientBuilder`]) and its defaults.

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use crate::auth::{ResolveToken, StaticToken};
use crate::client::{Client, FromRuntime, Host, Inner};
use crate::error::Plain as Error;
use crate::retry::{default_classifiers, ClassifyRetry};
use crate::send::static_value;
use crate::tokens::TokenCache;
use crate::{Api, RetryPolicy};

/// Timeout of one attempt, from sending the request to reading the whole body.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Timeout of establishing a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The shortest a token is used before it is renewed, whatever its source
/// says: one minute.
pub const DEFAULT_MIN_TOKEN_LIFETIME: Duration = Duration::from_secs(60);
/// The largest response body read, in bytes (after decompression): 4 MiB.
pub const DEFAULT_MAX_RESPONSE_SIZE: u64 = 4 * 1024 * 1024;

/// Configuration of a client `C` of one API.
pub struct ClientBuilder<C> {
    api: &'static Api,
    base_url: Option<String>,
    host_urls: Vec<(String, String)>,
    credentials: Option<Arc<dyn ResolveToken>>,
    min_token_lifetime: Option<Duration>,
    retry: Option<RetryPolicy>,
    classifiers: Vec<Arc<dyn ClassifyRetry>>,
    user_agent: Option<String>,
    timeout: Option<Duration>,
    operation_timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    max_response_size: Option<u64>,
    http: Option<reqwest::ClientBuilder>,
    client: PhantomData<fn() -> C>,
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("api", &self.api.title)
            .field("base_url", &self.base_url)
            .field("host_urls", &self.host_urls)
            .field("credentials", &self.credentials)
            .field("min_token_lifetime", &self.min_token_lifetime)
            .field("retry", &self.retry)
            .field("retry_classifiers", &self.classifiers)
            .field("user_agent", &self.user_agent)
            .field("timeout", &self.timeout)
            .field("operation_timeout", &self.operation_timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("max_response_size", &self.max_response_size)
            .finish_non_exhaustive()
    }
}

impl<C: FromRuntime> ClientBuilder<C> {
    /// A builder with the defaults of `api`.
    pub fn new(api: &'static Api) -> Self {
        ClientBuilder {
            api,
            base_url: None,
            host_urls: Vec::new(),
            credentials: None,
            min_token_lifetime: None,
            retry: None,
            classifiers: default_classifiers(api.retryable_error_codes),
            user_agent: None,
            timeout: None,
            operation_timeout: None,
            connect_timeout: None,
            max_response_size: None,
            http: None,
            client: PhantomData,
        }
    }

    /// The base URL of the API; by default the first of the spec's servers.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Where the calls of the operations the spec sends to its server
    /// `server` (one of [`Api::hosts`], such as a legacy host) go instead:
    /// a test server, a proxy. They carry the same credentials.
    pub fn host_url(mut self, server: impl Into<String>, url: impl Into<String>) -> Self {
        self.host_urls.push((server.into(), url.into()));
        self
    }

    /// A token obtained elsewhere, sent as it is; same as
    /// `credentials(StaticToken::new(token))`.
    pub fn access_token(self, token: impl Into<String>) -> Self {
        self.credentials(StaticToken::new(token))
    }

    /// Where tokens come from. A source that can renew tokens is asked for one
    /// on first use, its token reused until shortly before it expires (10% of
    /// its lifetime, at most 5 minutes, early), and asked again once when the
    /// server rejects the token.
    pub fn credentials(mut self, credentials: impl ResolveToken) -> Self {
        self.credentials = Some(Arc::new(credentials));
        self
    }

    /// The shortest a token is used before it is renewed, whatever its source
    /// says it lasts (default [`DEFAULT_MIN_TOKEN_LIFETIME`]): a source
    /// answering that a token expires at once, or in a moment, would otherwise
    /// be asked for a new one on every call. A shorter lifetime is reported
    /// once, as a warning; a token the server rejects sooner is still renewed
    /// then.
    pub fn min_token_lifetime(mut self, lifetime: Duration) -> Self {
        self.min_token_lifetime = Some(lifetime);
        self
    }

    /// How failed calls are retried (default [`RetryPolicy::default`]: two retries).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Adds a rule deciding which failures are worth retrying, beside those
    /// already there: by default [`TransientErrors`](crate::TransientErrors),
    /// [`RetryableErrorCodes`](crate::RetryableErrorCodes) with the spec's
    /// retryable error codes, and
    /// [`InvalidTokenRenewal`](crate::InvalidTokenRenewal). The rules run in
    /// the order of their [`priority`](ClassifyRetry::priority), and the last
    /// with an opinion decides.
    pub fn retry_classifier(mut self, classifier: impl ClassifyRetry) -> Self {
        self.classifiers.push(Arc::new(classifier));
        self
    }

    /// Takes the retry rules named `name` out, the built-in ones included
    /// (`TransientErrors::NAME`, `RetryableErrorCodes::NAME`,
    /// `InvalidTokenRenewal::NAME`): with
    /// [`retry_classifier`](Self::retry_classifier), it replaces them.
    pub fn without_retry_classifier(mut self, name: &str) -> Self {
        self.classifiers
            .retain(|classifier| classifier.name() != name);
        self
    }

    /// The `User-Agent` header; by default the generated crate's name and version.
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

    /// Timeout of a whole call, beside the timeout of each attempt
    /// ([`timeout`](Self::timeout)): every attempt, every wait before a retry
    /// (backoff and `Retry-After`) and getting a token included. When it
    /// passes, the call fails with [`Error::OperationTimeout`]; when a wait
    /// before a retry would pass it, the call fails so at once rather than
    /// waiting. None by default: a call then lasts as long as its attempts and
    /// waits, which the [`RetryPolicy`] bounds. Calls can set their own with
    /// `.operation_timeout(..)`.
    pub fn operation_timeout(mut self, timeout: Duration) -> Self {
        self.operation_timeout = Some(timeout);
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
    /// Whatever `builder` says about redirects, the client follows none: a
    /// token or a secret must never reach another origin. A redirect fails the
    /// call with [`Error::Redirect`].
    pub fn http_client(mut self, builder: reqwest::ClientBuilder) -> Self {
        self.http = Some(builder);
        self
    }

    /// Builds the client, checking the configuration.
    pub fn build(self) -> Result<C, Error> {
        let default_url = self.api.servers.first().copied();
        let base_url = self
            .base_url
            .as_deref()
            .or(default_url)
            .ok_or_else(|| Error::Config("the API names no server; set a base URL".to_owned()))?
            .trim_end_matches('/')
            .to_owned();
        let base = parse_base_url(&base_url)?;
        for (server, _) in &self.host_urls {
            if !self.api.hosts.contains(&server.as_str()) {
                return Err(Error::Config(format!(
                    "`{server}` is not one of the API's other servers ({})",
                    self.api.hosts.join(", ")
                )));
            }
        }
        let mut hosts = Vec::new();
        for &spec_url in self.api.hosts {
            let chosen = self
                .host_urls
                .iter()
                .rev()
                .find(|(server, _)| server == spec_url);
            let url = chosen.map_or(spec_url, |(_, url)| url.as_str());
            let base = parse_base_url(url.trim_end_matches('/'))?;
            hosts.push(Host {
                spec_url,
                base_path: base.path().trim_end_matches('/').to_owned(),
                base,
            });
        }
        // The API's own agent is sent without a copy per call.
        let user_agent = match &self.user_agent {
            None => static_value(self.api.user_agent),
            Some(agent) => reqwest::header::HeaderValue::from_str(agent).ok(),
        }
        .ok_or_else(|| {
            Error::Config(format!(
                "user agent `{}` is not a valid header value",
                self.user_agent.as_deref().unwrap_or(self.api.user_agent)
            ))
        })?;
        let timeout = self.timeout.unwrap_or(DEFAULT_TIMEOUT);
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
        // Each attempt's timeout: a call that sets its own replaces it.
        let http = http
            .timeout(timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?;
        let mut classifiers = self.classifiers;
        classifiers.sort_by_key(|classifier| classifier.priority());
        Ok(C::from_runtime(Client {
            inner: Arc::new(Inner {
                api: self.api,
                http,
                base_path: base.path().trim_end_matches('/').to_owned(),
                base,
                base_url,
                hosts,
                tokens: TokenCache::new(
                    self.credentials,
                    self.min_token_lifetime
                        .unwrap_or(DEFAULT_MIN_TOKEN_LIFETIME),
                ),
                retry: self.retry.unwrap_or_default(),
                classifiers: classifiers.into(),
                user_agent,
                timeout: Some(timeout),
                operation_timeout: self.operation_timeout,
                max_response_size: self.max_response_size.unwrap_or(DEFAULT_MAX_RESPONSE_SIZE),
            }),
        }))
    }
}

/// A base URL, which must be an http(s) URL without a query.
fn parse_base_url(url: &str) -> Result<reqwest::Url, Error> {
    let base =
        reqwest::Url::parse(url).map_err(|e| Error::Config(format!("base URL `{url}`: {e}")))?;
    if !matches!(base.scheme(), "http" | "https") || base.query().is_some() {
        return Err(Error::Config(format!(
            "base URL `{url}` must be an http(s) URL without a query"
        )));
    }
    Ok(base)
}

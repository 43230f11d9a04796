//! Tokens: where they come from ([`ResolveToken`]) and the cache that keeps the
//! current one of a client, renewing it before it expires.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::future::BoxFuture;
use tokio::sync::Mutex;

use crate::{Client, Error};

/// A token and how long it stays valid.
#[derive(Clone)]
pub struct Token {
    pub value: String,
    /// How long the token is valid from now; `None` when unknown, in which case
    /// it is used until the server rejects it.
    pub expires_in: Option<Duration>,
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Token")
            .field("value", &"<redacted>")
            .field("expires_in", &self.expires_in)
            .finish()
    }
}

/// Where a client's tokens come from: given, or obtained from credentials.
///
/// The runtime calls [`resolve`](Self::resolve) only when it has no token or the
/// one it has is about to expire or was rejected, and never twice at once for
/// one client, however many calls are waiting: caching and single-flight
/// renewal are done once, here, for every source.
pub trait ResolveToken: fmt::Debug + Send + Sync + 'static {
    /// Obtains a token. `client` is the client asking, configured as it is
    /// (base URL, retries, limits), for sources that call a token operation of
    /// the same API; token operations need no token, so this does not recurse.
    fn resolve<'a>(&'a self, client: &'a Client) -> BoxFuture<'a, Result<Token, Error>>;

    /// Whether resolving again may give another token, so that a rejected or
    /// expiring one is worth replacing. A fixed token is not.
    fn renewable(&self) -> bool {
        true
    }
}

/// A shared source, for applications that keep a handle on it.
impl<T: ResolveToken> ResolveToken for Arc<T> {
    fn resolve<'a>(&'a self, client: &'a Client) -> BoxFuture<'a, Result<Token, Error>> {
        (**self).resolve(client)
    }

    fn renewable(&self) -> bool {
        (**self).renewable()
    }
}

/// A token obtained elsewhere, sent as it is and never renewed.
#[derive(Clone)]
pub struct StaticToken(String);

impl StaticToken {
    pub fn new(token: impl Into<String>) -> Self {
        StaticToken(token.into())
    }

    /// HTTP basic credentials, for operations secured by `http` `basic`.
    pub fn basic(user: &str, password: &str) -> Self {
        StaticToken(format!("{user}:{password}"))
    }
}

impl fmt::Debug for StaticToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("StaticToken").field(&"<redacted>").finish()
    }
}

impl ResolveToken for StaticToken {
    fn resolve<'a>(&'a self, _client: &'a Client) -> BoxFuture<'a, Result<Token, Error>> {
        Box::pin(async move {
            Ok(Token {
                value: self.0.clone(),
                expires_in: None,
            })
        })
    }

    fn renewable(&self) -> bool {
        false
    }
}

/// The longest a token is renewed before it expires.
const MAX_RENEWAL_MARGIN: Duration = Duration::from_secs(300);

/// The current token of a client. Callers that find it missing or stale wait on
/// one lock, so at most one token request is in flight whatever the concurrency.
pub(crate) struct TokenCache {
    source: Option<Arc<dyn ResolveToken>>,
    current: Mutex<Option<Cached>>,
}

struct Cached {
    value: Arc<str>,
    /// When to get a new one; `None` to keep it until it is rejected.
    renew_at: Option<Instant>,
}

impl TokenCache {
    pub(crate) fn new(source: Option<Arc<dyn ResolveToken>>) -> TokenCache {
        TokenCache {
            source,
            current: Mutex::new(None),
        }
    }

    pub(crate) fn source(&self) -> Option<&dyn ResolveToken> {
        self.source.as_deref()
    }

    /// Whether a rejected token can be replaced by a fresh one.
    pub(crate) fn renewable(&self) -> bool {
        self.source.as_ref().is_some_and(|s| s.renewable())
    }

    /// A token for `operation_id`, obtaining a new one when there is none or it is about to expire.
    pub(crate) async fn get(
        &self,
        client: &Client,
        operation_id: &'static str,
    ) -> Result<Arc<str>, Error> {
        let Some(source) = &self.source else {
            return Err(Error::Config(format!(
                "{operation_id} needs an access token; give the client builder credentials"
            )));
        };
        let mut current = self.current.lock().await;
        let fresh = |t: &&Cached| t.renew_at.is_none_or(|at| Instant::now() < at);
        if let Some(token) = current.as_ref().filter(fresh) {
            return Ok(token.value.clone());
        }
        let token = source.resolve(client).await?;
        let renew_at = token
            .expires_in
            .map(|lifetime| Instant::now() + lifetime - (lifetime / 10).min(MAX_RENEWAL_MARGIN));
        if source.renewable() {
            tracing::info!(
                expire_in = token.expires_in.map(|d| d.as_secs()),
                "obtained a new access token"
            );
        }
        let value: Arc<str> = token.value.into();
        *current = Some(Cached {
            value: value.clone(),
            renew_at,
        });
        Ok(value)
    }

    /// Forgets `rejected`, unless another caller already replaced it.
    pub(crate) async fn forget(&self, rejected: &str) {
        let mut current = self.current.lock().await;
        if current.as_ref().is_some_and(|t| &*t.value == rejected) {
            *current = None;
        }
    }
}

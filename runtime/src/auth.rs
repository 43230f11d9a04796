//! Tokens: what they are ([`Token`]) and where they come from
//! ([`ResolveToken`]); the client keeps the current one in its token cache.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use futures_util::future::BoxFuture;

use crate::error::Plain as Error;
use crate::Client;

/// A token and how long it stays valid.
#[derive(Clone)]
pub struct Token {
    /// The token as it is sent.
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
    /// This token, sent as it is.
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

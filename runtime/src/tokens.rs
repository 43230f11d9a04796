//! The cache that keeps the current token of a client, renewing it before it
//! expires.

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::future::BoxFuture;
use tokio::sync::Mutex;

use crate::auth::{ResolveToken, Token};
use crate::Error;

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

    /// A token for `operation_id`, obtaining a new one with `resolve` when
    /// there is none or it is about to expire.
    pub(crate) async fn get<'a>(
        &'a self,
        operation_id: &'static str,
        resolve: impl FnOnce(&'a dyn ResolveToken) -> BoxFuture<'a, Result<Token, Error>>,
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
        let token = resolve(source.as_ref()).await?;
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

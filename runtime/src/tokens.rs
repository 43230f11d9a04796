//! The cache that keeps the current token of a client, renewing it before it
//! expires.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock, PoisonError, RwLock};
use std::time::Duration;

use futures_util::future::BoxFuture;
use reqwest::header::{HeaderName, HeaderValue};
use tokio::time::Instant;

use crate::api::AuthScheme;
use crate::auth::{ResolveToken, Token};
use crate::error::Plain as Error;

/// The longest a token is renewed before it expires.
const MAX_RENEWAL_MARGIN: Duration = Duration::from_secs(300);

/// The current token of a client.
///
/// A fresh token is read under a read lock that is never held across an
/// await, so calls do not wait on one another; callers that find it missing
/// or stale wait on one asynchronous lock, so at most one token request is in
/// flight whatever the concurrency.
pub(crate) struct TokenCache {
    source: Option<Arc<dyn ResolveToken>>,
    current: RwLock<Option<Cached>>,
    renewing: tokio::sync::Mutex<()>,
    /// The shortest a token is used before it is renewed.
    min_lifetime: Duration,
    /// Whether a token shorter-lived than `min_lifetime` was reported already.
    warned_short: AtomicBool,
}

struct Cached {
    token: Arc<CachedToken>,
    /// When to get a new one; `None` to keep it until it is rejected.
    renew_at: Option<Instant>,
}

/// A token as calls share it.
pub(crate) struct CachedToken {
    value: Box<str>,
    /// The header carrying it, built on first use for the scheme of that use,
    /// so that later calls with the same scheme clone it instead of building
    /// it again.
    pub(crate) header: OnceLock<(AuthScheme, HeaderName, HeaderValue)>,
}

impl CachedToken {
    pub(crate) fn value(&self) -> &str {
        &self.value
    }
}

impl TokenCache {
    pub(crate) fn new(source: Option<Arc<dyn ResolveToken>>, min_lifetime: Duration) -> Self {
        TokenCache {
            source,
            current: RwLock::new(None),
            renewing: tokio::sync::Mutex::new(()),
            min_lifetime,
            warned_short: AtomicBool::new(false),
        }
    }

    pub(crate) fn source(&self) -> Option<&dyn ResolveToken> {
        self.source.as_deref()
    }

    /// Whether a rejected token can be replaced by a fresh one.
    pub(crate) fn renewable(&self) -> bool {
        self.source.as_ref().is_some_and(|s| s.renewable())
    }

    /// The current token, unless there is none or it is about to expire.
    pub(crate) fn fresh(&self) -> Option<Arc<CachedToken>> {
        let current = self.current.read().unwrap_or_else(PoisonError::into_inner);
        let cached = current.as_ref()?;
        let fresh = cached.renew_at.is_none_or(|at| Instant::now() < at);
        fresh.then(|| cached.token.clone())
    }

    /// A token for `operation_id`, obtaining a new one with `resolve` when
    /// there is none or it is about to expire.
    pub(crate) async fn get<'a>(
        &'a self,
        operation_id: &'static str,
        resolve: impl FnOnce(&'a dyn ResolveToken) -> BoxFuture<'a, Result<Token, Error>>,
    ) -> Result<Arc<CachedToken>, Error> {
        let Some(source) = &self.source else {
            return Err(Error::Config(format!(
                "{operation_id} needs an access token; give the client builder credentials"
            )));
        };
        if let Some(token) = self.fresh() {
            return Ok(token);
        }
        let _renewing = self.renewing.lock().await;
        // Another caller may have renewed it while this one waited.
        if let Some(token) = self.fresh() {
            return Ok(token);
        }
        let token = resolve(source.as_ref()).await?;
        let renew_at = token.expires_in.map(|lifetime| {
            let lifetime = self.at_least_min_lifetime(lifetime);
            Instant::now() + lifetime - (lifetime / 10).min(MAX_RENEWAL_MARGIN)
        });
        if source.renewable() {
            tracing::info!(
                expire_in = token.expires_in.map(|d| d.as_secs()),
                "obtained a new access token"
            );
        }
        let token = Arc::new(CachedToken {
            value: token.value.into_boxed_str(),
            header: OnceLock::new(),
        });
        *self.current.write().unwrap_or_else(PoisonError::into_inner) = Some(Cached {
            token: token.clone(),
            renew_at,
        });
        Ok(token)
    }

    /// `lifetime`, or the minimum when it is shorter, reported once per client.
    fn at_least_min_lifetime(&self, lifetime: Duration) -> Duration {
        if lifetime >= self.min_lifetime {
            return lifetime;
        }
        if !self.warned_short.swap(true, Ordering::Relaxed) {
            tracing::warn!(
                expire_in = lifetime.as_secs_f64(),
                min_lifetime = self.min_lifetime.as_secs_f64(),
                "the token source gave a token said to expire in less than the minimum \
                 lifetime; it is used for the minimum instead, and renewed sooner only if \
                 the server rejects it"
            );
        }
        self.min_lifetime
    }

    /// Forgets `rejected`, unless another caller already replaced it.
    pub(crate) fn forget(&self, rejected: &Arc<CachedToken>) {
        let mut current = self.current.write().unwrap_or_else(PoisonError::into_inner);
        if current
            .as_ref()
            .is_some_and(|cached| Arc::ptr_eq(&cached.token, rejected))
        {
            *current = None;
        }
    }
}

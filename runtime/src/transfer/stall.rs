//! Stalled-transfer protection: a body that moves less than a minimum
//! throughput for a grace period is abandoned, so that the attempt can be
//! retried or resumed instead of waiting for the attempt's whole timeout.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::error::Plain as Error;

/// When a transfer counts as stalled: fewer than `min_bytes_per_second`
/// bytes a second, on average, over `grace`. On by default (1 byte a second
/// over 20 s: a body that stopped moving).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StallProtection {
    /// The least throughput accepted, on average over `grace`.
    pub min_bytes_per_second: u64,
    /// How long a body may move more slowly than that.
    pub grace: Duration,
}

impl Default for StallProtection {
    fn default() -> Self {
        StallProtection {
            min_bytes_per_second: 1,
            grace: Duration::from_secs(20),
        }
    }
}

/// Bytes moved so far by one body, shared between what moves them and the watchdog.
#[derive(Debug, Clone, Default)]
pub(crate) struct Meter(Arc<AtomicU64>);

impl Meter {
    pub(crate) fn add(&self, bytes: u64) {
        self.0.fetch_add(bytes, Ordering::Relaxed);
    }

    pub(crate) fn moved(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

impl StallProtection {
    /// Completes when `meter` moved too little over one grace period, with the
    /// error that says so; never, while it keeps moving or once it reached `until`.
    pub(crate) async fn watch(&self, meter: &Meter, until: Option<u64>, what: &str) -> Error {
        let floor = (self.min_bytes_per_second as f64 * self.grace.as_secs_f64()).ceil() as u64;
        let mut last = meter.moved();
        loop {
            tokio::time::sleep(self.grace).await;
            let now = meter.moved();
            if until.is_some_and(|until| now >= until) {
                return std::future::pending().await;
            }
            if now - last < floor.max(1) {
                return Error::Stalled {
                    what: what.to_owned(),
                    min_bytes_per_second: self.min_bytes_per_second,
                    grace: self.grace,
                };
            }
            last = now;
        }
    }

    /// [`watch`](Self::watch) when there is protection; never completes without.
    pub(crate) async fn watch_opt(
        protection: Option<&StallProtection>,
        meter: &Meter,
        until: Option<u64>,
        what: &str,
    ) -> Error {
        match protection {
            Some(protection) => protection.watch(meter, until, what).await,
            None => std::future::pending().await,
        }
    }

    /// Runs `work`, abandoning it with [`Error::Stalled`] when `meter` stalls first.
    pub(crate) async fn guard<T>(
        protection: Option<&StallProtection>,
        meter: &Meter,
        until: Option<u64>,
        what: &str,
        work: impl std::future::Future<Output = Result<T, Error>>,
    ) -> Result<T, Error> {
        tokio::select! {
            done = work => done,
            stalled = Self::watch_opt(protection, meter, until, what) => Err(stalled),
        }
    }
}

//! Which failures are worth another attempt ([`ClassifyRetry`]), and when and
//! how long to wait before it ([`RetryPolicy`]).

use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;

use crate::{Error, Operation};

/// Decides whether a failed attempt is worth another.
pub trait ClassifyRetry: fmt::Debug + Send + Sync + 'static {
    /// Why `error`, the outcome of an attempt of `operation`, is worth another
    /// attempt (a short reason for the logs), or `None` when it is not.
    fn classify(&self, error: &Error, operation: &Operation) -> Option<&'static str>;
}

/// The usual rules: connection failures, timeouts, HTTP 429 and 5xx, and the
/// API's retryable error codes whatever their status are retried; other 4xx
/// never are. An operation that is not safe to repeat (not idempotent) is
/// retried only when its request provably never reached the server (the
/// connection failed).
#[derive(Debug, Clone)]
pub struct DefaultRetryClassifier {
    retryable_error_codes: &'static [&'static str],
}

impl DefaultRetryClassifier {
    /// The usual rules, also retrying answers with these error codes.
    pub fn new(retryable_error_codes: &'static [&'static str]) -> Self {
        DefaultRetryClassifier {
            retryable_error_codes,
        }
    }
}

impl ClassifyRetry for DefaultRetryClassifier {
    fn classify(&self, error: &Error, operation: &Operation) -> Option<&'static str> {
        match error {
            // The connection was never made, so the request never reached the server.
            Error::Transport { source, .. } if source.is_connect() => Some("connection failed"),
            // Anything else may have been acted on.
            _ if !operation.idempotent => None,
            Error::Transport { source, .. } if source.is_timeout() => Some("timed out"),
            Error::Transport { .. } => Some("connection broken"),
            Error::Api(api)
                if api
                    .code
                    .as_deref()
                    .is_some_and(|c| self.retryable_error_codes.contains(&c)) =>
            {
                Some("retryable error code")
            }
            Error::Api(api) if api.status == StatusCode::TOO_MANY_REQUESTS => Some("throttled"),
            Error::Api(api) if api.status.is_server_error() => Some("server error"),
            _ => None,
        }
    }
}

/// How failed calls are retried: exponential backoff with full jitter, capped,
/// honouring the server's `Retry-After`. Which failures are retried at all is
/// the [`ClassifyRetry`]'s decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_retries: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
}

impl Default for RetryPolicy {
    /// Two retries, backoff from 200 ms doubling up to 5 s, `Retry-After` up to 60 s.
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(5),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// No retries: every call is tried once.
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..RetryPolicy::default()
        }
    }

    /// How many times a call may be tried again after the first attempt.
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// The ceiling of the first retry's random delay; it doubles with each retry.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The largest ceiling of a retry's random delay.
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// The longest `Retry-After` waited for; when the server asks for longer,
    /// the call fails instead of waiting.
    pub fn max_retry_after(mut self, limit: Duration) -> Self {
        self.max_retry_after = limit;
        self
    }

    pub(crate) fn retries(&self) -> u32 {
        self.max_retries
    }

    /// The delay before retry number `retry` (0 for the first), or `None` when the
    /// server's `Retry-After` is longer than this policy waits.
    pub(crate) fn delay(&self, retry: u32, retry_after: Option<Duration>) -> Option<Duration> {
        let ceiling = self
            .initial_backoff
            .saturating_mul(2u32.saturating_pow(retry))
            .min(self.max_backoff);
        let jittered = ceiling.mul_f64(fastrand::f64());
        match retry_after {
            Some(after) if after > self.max_retry_after => None,
            Some(after) => Some(after.max(jittered)),
            None => Some(jittered),
        }
    }
}

/// A `Retry-After` header: delay-seconds or an HTTP date.
pub(crate) fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = date.signed_duration_since(chrono::Utc::now());
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_is_capped_and_jittered() {
        let policy = RetryPolicy::default()
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(300));
        for _ in 0..200 {
            assert!(policy.delay(0, None).unwrap() <= Duration::from_millis(100));
            assert!(policy.delay(1, None).unwrap() <= Duration::from_millis(200));
            assert!(policy.delay(9, None).unwrap() <= Duration::from_millis(300));
            assert!(policy.delay(40, None).unwrap() <= Duration::from_millis(300));
        }
        let delays: Vec<_> = (0..50).map(|_| policy.delay(5, None).unwrap()).collect();
        assert!(
            delays.iter().any(|d| *d != delays[0]),
            "delays are jittered"
        );
    }

    #[test]
    fn retry_after_is_honoured_up_to_the_limit() {
        let policy = RetryPolicy::default().max_retry_after(Duration::from_secs(10));
        assert!(policy.delay(0, Some(Duration::from_secs(3))).unwrap() >= Duration::from_secs(3));
        assert_eq!(policy.delay(0, Some(Duration::from_secs(11))), None);
    }

    #[test]
    fn retry_after_takes_seconds_or_a_date() {
        assert_eq!(parse_retry_after(" 7 "), Some(Duration::from_secs(7)));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO)
        );
        let later = (chrono::Utc::now() + chrono::Duration::seconds(30)).to_rfc2822();
        let wait = parse_retry_after(&later).unwrap();
        assert!(
            wait > Duration::from_secs(25) && wait <= Duration::from_secs(30),
            "{wait:?}"
        );
        assert_eq!(parse_retry_after("soon"), None);
    }
}

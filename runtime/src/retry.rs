//! Which failures are worth another attempt ([`ClassifyRetry`]), and when and
//! how long to wait before it ([`RetryPolicy`]).

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;

use crate::error::Plain as Error;
use crate::Operation;

/// One rule deciding whether a failed attempt is worth another.
///
/// A client runs an ordered list of them on each failure, by ascending
/// [`priority`](Self::priority): each says what to do
/// ([`RetryAction`]) or has no opinion, and the last to have one decides. The
/// list starts with [`TransientErrors`], [`RetryableErrorCodes`] (the spec's
/// retryable error codes) and [`InvalidTokenRenewal`];
/// [`ClientBuilder::retry_classifier`](crate::ClientBuilder::retry_classifier)
/// adds to it and
/// [`ClientBuilder::without_retry_classifier`](crate::ClientBuilder::without_retry_classifier)
/// takes one out. How many retries are made and how long is waited before each
/// is the [`RetryPolicy`]'s decision.
///
/// ```
/// use openapi_runtime::{ClassifyRetry, FailedAttempt, RetryAction};
///
/// /// Retries an answer with the code `Busy.Later`, which the API does not declare retryable.
/// #[derive(Debug)]
/// struct BusyLater;
///
/// impl ClassifyRetry for BusyLater {
///     fn name(&self) -> &'static str {
///         "busy later"
///     }
///
///     fn classify(&self, failed: &FailedAttempt<'_>) -> RetryAction {
///         match failed.error.code() {
///             Some("Busy.Later") if failed.operation.idempotent => RetryAction::Retry {
///                 reason: "busy, later",
///             },
///             _ => RetryAction::NoOpinion,
///         }
///     }
/// }
/// ```
pub trait ClassifyRetry: fmt::Debug + Send + Sync + 'static {
    /// A short name, for the logs and for taking the classifier out of a
    /// client's list.
    fn name(&self) -> &'static str;

    /// Where in the list it runs: after those of lower priority, whose
    /// decision it overrides when it has one; [`RetryPriority::DEFAULT`]
    /// unless said otherwise.
    fn priority(&self) -> RetryPriority {
        RetryPriority::DEFAULT
    }

    /// What to do after `failed`.
    fn classify(&self, failed: &FailedAttempt<'_>) -> RetryAction;
}

/// A failed attempt, as [`ClassifyRetry`] sees it.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct FailedAttempt<'a> {
    /// Why the attempt failed.
    pub error: &'a Error,
    /// The operation called.
    pub operation: &'a Operation,
    /// Which attempt of the call it was (1 for the first).
    pub attempt: u32,
    /// Whether [`RetryAction::RenewToken`] can be acted on: the attempt sent a
    /// token, its source can give another, and the call has not renewed it yet.
    pub token_renewable: bool,
    /// The operation's own retryable error codes (the spec's
    /// `x-retryable-error-codes` on the operation): codes with which it
    /// refuses a request without carrying it out. Empty unless set with
    /// [`with_retryable_error_codes`](Self::with_retryable_error_codes).
    pub retryable_error_codes: &'a [&'static str],
}

impl<'a> FailedAttempt<'a> {
    /// Attempt number `attempt` of `operation`, failed with `error`.
    pub fn new(
        error: &'a Error,
        operation: &'a Operation,
        attempt: u32,
        token_renewable: bool,
    ) -> Self {
        FailedAttempt {
            error,
            operation,
            attempt,
            token_renewable,
            retryable_error_codes: &[],
        }
    }

    /// The same attempt, of an operation whose own retryable error codes are `codes`.
    pub fn with_retryable_error_codes(self, codes: &'a [&'static str]) -> Self {
        FailedAttempt {
            retryable_error_codes: codes,
            ..self
        }
    }
}

/// What a [`ClassifyRetry`] says about a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum RetryAction {
    /// No opinion: the classifiers that ran before decide.
    NoOpinion,
    /// Worth another attempt after the retry policy's backoff, if the policy
    /// allows one more; `reason` is for the logs.
    Retry {
        /// Why, for the logs.
        reason: &'static str,
    },
    /// The token was rejected: forget it, get a fresh one and try again at
    /// once. A call does this at most once, and only when the token can be
    /// renewed ([`FailedAttempt::token_renewable`]); otherwise the call fails.
    RenewToken {
        /// Why, for the logs.
        reason: &'static str,
    },
    /// Not to be retried, whatever the classifiers before said.
    DoNotRetry,
}

/// Where a [`ClassifyRetry`] runs in a client's list: lower first, and a
/// later one's decision overrides an earlier one's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RetryPriority(i32);

impl RetryPriority {
    /// [`TransientErrors`]: failed connections, timeouts, HTTP 429 and 5xx.
    pub const TRANSIENT_ERRORS: RetryPriority = RetryPriority(-200);
    /// [`RetryableErrorCodes`]: the API's retryable error codes.
    pub const RETRYABLE_ERROR_CODES: RetryPriority = RetryPriority(-100);
    /// Classifiers that say nothing else: after the built-in rules, so they
    /// can override them, and before token renewal.
    pub const DEFAULT: RetryPriority = RetryPriority(0);
    /// [`InvalidTokenRenewal`]: renewing a rejected token comes last.
    pub const TOKEN_RENEWAL: RetryPriority = RetryPriority(100);

    /// Just before `self`.
    pub const fn before(self) -> RetryPriority {
        RetryPriority(self.0 - 1)
    }

    /// Just after `self`.
    pub const fn after(self) -> RetryPriority {
        RetryPriority(self.0 + 1)
    }
}

/// What `classifiers`, in order, make of `failed`, and the name of the one
/// that decided (`None` when none had an opinion).
pub(crate) fn classify(
    classifiers: &[Arc<dyn ClassifyRetry>],
    failed: &FailedAttempt<'_>,
) -> (RetryAction, Option<&'static str>) {
    let mut decision = (RetryAction::NoOpinion, None);
    for classifier in classifiers {
        let action = classifier.classify(failed);
        if action != RetryAction::NoOpinion {
            decision = (action, Some(classifier.name()));
        }
    }
    decision
}

/// The usual rules: connection failures, timeouts, broken connections, HTTP 429
/// and 5xx are retried; other answers get no opinion. An operation that is not
/// safe to repeat (not idempotent) is retried only when its request provably
/// never reached the server (the connection failed).
#[derive(Debug, Clone, Default)]
pub struct TransientErrors;

impl TransientErrors {
    /// Its name in the logs.
    pub const NAME: &'static str = "transient errors";
}

impl ClassifyRetry for TransientErrors {
    fn name(&self) -> &'static str {
        Self::NAME
    }

    fn priority(&self) -> RetryPriority {
        RetryPriority::TRANSIENT_ERRORS
    }

    fn classify(&self, failed: &FailedAttempt<'_>) -> RetryAction {
        let retry = |reason| RetryAction::Retry { reason };
        match failed.error {
            // The connection was never made, so the request never reached the server.
            Error::Transport { source, .. } if source.is_connect() => retry("connection failed"),
            // Anything else may have been acted on.
            _ if !failed.operation.idempotent => RetryAction::NoOpinion,
            Error::Transport { source, .. } if source.is_timeout() => retry("timed out"),
            Error::Transport { .. } => retry("connection broken"),
            Error::Api(api) if api.status == StatusCode::TOO_MANY_REQUESTS => retry("throttled"),
            Error::Api(api) if api.status.is_server_error() => retry("server error"),
            _ => RetryAction::NoOpinion,
        }
    }
}

/// Answers carrying one of the API's retryable error codes (the spec's
/// `x-retryable-error-codes` at its root) are retried whatever their status,
/// for operations safe to repeat; answers carrying one of the operation's own
/// ([`FailedAttempt::retryable_error_codes`]) are retried whether or not it
/// is safe to repeat, since those codes say the request was not carried out.
#[derive(Debug, Clone)]
pub struct RetryableErrorCodes {
    codes: &'static [&'static str],
}

impl RetryableErrorCodes {
    /// Its name in the logs.
    pub const NAME: &'static str = "retryable error codes";

    /// Retrying answers with these error codes.
    pub fn new(codes: &'static [&'static str]) -> Self {
        RetryableErrorCodes { codes }
    }
}

impl ClassifyRetry for RetryableErrorCodes {
    fn name(&self) -> &'static str {
        Self::NAME
    }

    fn priority(&self) -> RetryPriority {
        RetryPriority::RETRYABLE_ERROR_CODES
    }

    fn classify(&self, failed: &FailedAttempt<'_>) -> RetryAction {
        let Some(code) = failed.error.code() else {
            return RetryAction::NoOpinion;
        };
        if failed.retryable_error_codes.contains(&code) {
            RetryAction::Retry {
                reason: "the operation's retryable error code",
            }
        } else if self.codes.contains(&code) && failed.operation.idempotent {
            RetryAction::Retry {
                reason: "retryable error code",
            }
        } else {
            RetryAction::NoOpinion
        }
    }
}

/// An answer with one of the operation's invalid-token error codes (the
/// spec's `x-invalid-token-error-codes`) renews the token and tries again, once
/// per call, when the token can be renewed.
#[derive(Debug, Clone, Default)]
pub struct InvalidTokenRenewal;

impl InvalidTokenRenewal {
    /// Its name in the logs.
    pub const NAME: &'static str = "invalid token";
}

impl ClassifyRetry for InvalidTokenRenewal {
    fn name(&self) -> &'static str {
        Self::NAME
    }

    fn priority(&self) -> RetryPriority {
        RetryPriority::TOKEN_RENEWAL
    }

    fn classify(&self, failed: &FailedAttempt<'_>) -> RetryAction {
        let rejected = failed.operation.auth.is_some_and(|auth| {
            failed
                .error
                .code()
                .is_some_and(|code| auth.invalid_token_error_codes.contains(&code))
        });
        if rejected && failed.token_renewable {
            RetryAction::RenewToken {
                reason: "the access token was rejected",
            }
        } else {
            RetryAction::NoOpinion
        }
    }
}

/// The classifiers a client starts with, given its API's retryable error codes.
pub(crate) fn default_classifiers(
    retryable_error_codes: &'static [&'static str],
) -> Vec<Arc<dyn ClassifyRetry>> {
    vec![
        Arc::new(TransientErrors),
        Arc::new(RetryableErrorCodes::new(retryable_error_codes)),
        Arc::new(InvalidTokenRenewal),
    ]
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

    /// The longest `Retry-After` waited for (default 60 s); when the server
    /// asks for longer, the call fails at once with the server's answer
    /// instead of waiting. Whatever this allows, a wait that would pass the
    /// call's operation timeout
    /// ([`ClientBuilder::operation_timeout`](crate::ClientBuilder::operation_timeout))
    /// fails the call at once with [`Error::OperationTimeout`].
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

    #[derive(Debug)]
    struct Says(&'static str, RetryAction);

    impl ClassifyRetry for Says {
        fn name(&self) -> &'static str {
            self.0
        }

        fn classify(&self, _failed: &FailedAttempt<'_>) -> RetryAction {
            self.1
        }
    }

    #[test]
    fn the_last_classifier_with_an_opinion_decides() {
        static OPERATION: Operation = Operation::new("op", reqwest::Method::GET, "/", None, true);
        let error = Error::Config("x".to_owned());
        let failed = FailedAttempt::new(&error, &OPERATION, 1, false);
        let retry = RetryAction::Retry { reason: "r" };
        let list = |says: Vec<Says>| -> Vec<Arc<dyn ClassifyRetry>> {
            says.into_iter()
                .map(|s| Arc::new(s) as Arc<dyn ClassifyRetry>)
                .collect()
        };
        let classifiers = list(vec![
            Says("a", retry),
            Says("b", RetryAction::DoNotRetry),
            Says("c", RetryAction::NoOpinion),
        ]);
        assert_eq!(
            classify(&classifiers, &failed),
            (RetryAction::DoNotRetry, Some("b"))
        );
        let classifiers = list(vec![Says("a", RetryAction::DoNotRetry), Says("b", retry)]);
        assert_eq!(classify(&classifiers, &failed), (retry, Some("b")));
        let classifiers = list(vec![Says("a", RetryAction::NoOpinion)]);
        assert_eq!(
            classify(&classifiers, &failed),
            (RetryAction::NoOpinion, None)
        );
        assert!(RetryPriority::TRANSIENT_ERRORS < RetryPriority::RETRYABLE_ERROR_CODES);
        assert!(RetryPriority::RETRYABLE_ERROR_CODES < RetryPriority::DEFAULT);
        assert!(RetryPriority::DEFAULT < RetryPriority::TOKEN_RENEWAL);
        assert!(RetryPriority::DEFAULT.before() < RetryPriority::DEFAULT);
        assert!(RetryPriority::DEFAULT.after() > RetryPriority::DEFAULT);
    }

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

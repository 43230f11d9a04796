//! Access tokens: given, or obtained from app credentials and cached.

use std::fmt;
use std::time::{Duration, Instant};

use futures_util::future::BoxFuture;
use tokio::sync::Mutex;

use crate::{Client, Error};

/// What the client authenticates with.
#[derive(Clone)]
pub enum Credentials {
    /// A token obtained elsewhere, used as it is.
    AccessToken(String),
    /// An internal app's key and secret, exchanged for tokens with `oauth2_GetAccessToken`.
    App { app_key: String, app_secret: String },
    /// A third-party app suite authorised by an organisation, exchanged for tokens
    /// with `oauth2_GetCorpAccessToken`.
    Corp {
        auth_corp_id: String,
        suite_key: String,
        suite_secret: String,
        suite_ticket: String,
    },
}

impl Credentials {
    /// A token obtained elsewhere.
    pub fn access_token(token: impl Into<String>) -> Self {
        Credentials::AccessToken(token.into())
    }

    /// An internal app's key and secret.
    pub fn app(app_key: impl Into<String>, app_secret: impl Into<String>) -> Self {
        Credentials::App {
            app_key: app_key.into(),
            app_secret: app_secret.into(),
        }
    }

    /// A third-party app suite and the organisation that authorised it.
    pub fn corp(
        auth_corp_id: impl Into<String>,
        suite_key: impl Into<String>,
        suite_secret: impl Into<String>,
        suite_ticket: impl Into<String>,
    ) -> Self {
        Credentials::Corp {
            auth_corp_id: auth_corp_id.into(),
            suite_key: suite_key.into(),
            suite_secret: suite_secret.into(),
            suite_ticket: suite_ticket.into(),
        }
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const HIDDEN: &str = "<redacted>";
        match self {
            Credentials::AccessToken(_) => f.debug_tuple("AccessToken").field(&HIDDEN).finish(),
            Credentials::App { app_key, .. } => f
                .debug_struct("App")
                .field("app_key", app_key)
                .field("app_secret", &HIDDEN)
                .finish(),
            Credentials::Corp {
                auth_corp_id,
                suite_key,
                ..
            } => f
                .debug_struct("Corp")
                .field("auth_corp_id", auth_corp_id)
                .field("suite_key", suite_key)
                .field("suite_secret", &HIDDEN)
                .field("suite_ticket", &HIDDEN)
                .finish(),
        }
    }
}

/// DingTalk's documented token lifetime, assumed when a token response does not say.
const DOCUMENTED_LIFETIME_SECS: i64 = 7200;

/// The longest a token is renewed before it expires.
const MAX_RENEWAL_MARGIN: Duration = Duration::from_secs(300);

/// The current token of a client. Callers that find it missing or stale wait on
/// one lock, so at most one token request is in flight whatever the concurrency.
pub(crate) struct Tokens {
    credentials: Option<Credentials>,
    current: Mutex<Option<Token>>,
}

struct Token {
    value: String,
    renew_at: Instant,
}

impl Tokens {
    pub(crate) fn new(credentials: Option<Credentials>) -> Tokens {
        Tokens {
            credentials,
            current: Mutex::new(None),
        }
    }

    pub(crate) fn credentials(&self) -> Option<&Credentials> {
        self.credentials.as_ref()
    }

    /// Whether a rejected token can be replaced by a fresh one.
    pub(crate) fn renewable(&self) -> bool {
        matches!(
            self.credentials,
            Some(Credentials::App { .. } | Credentials::Corp { .. })
        )
    }

    /// A token for `operation_id`, requesting a new one when there is none or it is about to expire.
    ///
    /// Boxed because requesting a token sends a request, which may itself need a token:
    /// the explicit `Send` future type ends that cycle for the compiler.
    pub(crate) fn get<'a>(
        &'a self,
        client: &'a Client,
        operation_id: &'static str,
    ) -> BoxFuture<'a, Result<String, Error>> {
        Box::pin(async move {
            let credentials = match &self.credentials {
                None => {
                    return Err(Error::Config(format!(
                        "{operation_id} needs an access token; give the client builder credentials"
                    )))
                }
                Some(Credentials::AccessToken(token)) => return Ok(token.clone()),
                Some(credentials) => credentials,
            };
            let mut current = self.current.lock().await;
            if let Some(token) = current.as_ref().filter(|t| Instant::now() < t.renew_at) {
                return Ok(token.value.clone());
            }
            let response = match credentials {
                Credentials::AccessToken(token) => return Ok(token.clone()),
                Credentials::App {
                    app_key,
                    app_secret,
                } => {
                    client
                        .oauth2_get_access_token(app_key, app_secret)
                        .send()
                        .await?
                }
                Credentials::Corp {
                    auth_corp_id,
                    suite_key,
                    suite_secret,
                    suite_ticket,
                } => {
                    client
                        .oauth2_get_corp_access_token(
                            auth_corp_id,
                            suite_key,
                            suite_secret,
                            suite_ticket,
                        )
                        .send()
                        .await?
                }
            };
            let expire_in = response.expire_in.unwrap_or_else(|| {
                tracing::debug!(
                    assumed_expire_in = DOCUMENTED_LIFETIME_SECS,
                    "the token response has no expireIn; assuming DingTalk's documented lifetime"
                );
                DOCUMENTED_LIFETIME_SECS
            });
            let lifetime = Duration::from_secs(u64::try_from(expire_in).unwrap_or(0));
            let renew_at = Instant::now() + lifetime - (lifetime / 10).min(MAX_RENEWAL_MARGIN);
            tracing::info!(expire_in, "obtained a new access token");
            *current = Some(Token {
                value: response.access_token.clone(),
                renew_at,
            });
            Ok(response.access_token)
        })
    }

    /// Forgets `rejected`, unless another caller already replaced it.
    pub(crate) async fn forget(&self, rejected: &str) {
        let mut current = self.current.lock().await;
        if current.as_ref().is_some_and(|t| t.value == rejected) {
            *current = None;
        }
    }
}

//! DingTalk's credentials: a token obtained elsewhere, or an app's or a
//! third-party suite's keys, exchanged for tokens with the OAuth2 operations.
//! The runtime caches the tokens and renews them.

use std::fmt;
use std::time::Duration;

use futures_util::future::BoxFuture;
use openapi_runtime::{FromRuntime, ResolveToken, Token};

use crate::operations::{Oauth2GetAccessTokenInput, Oauth2GetCorpAccessTokenInput};
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

impl ResolveToken for Credentials {
    fn resolve<'a>(
        &'a self,
        runtime: &'a openapi_runtime::Client,
    ) -> BoxFuture<'a, Result<Token, Error>> {
        Box::pin(async move {
            let client = Client::from_runtime(runtime.clone());
            let response = match self {
                Credentials::AccessToken(token) => {
                    return Ok(Token {
                        value: token.clone(),
                        expires_in: None,
                    })
                }
                Credentials::App {
                    app_key,
                    app_secret,
                } => {
                    client
                        .oauth2_get_access_token(Oauth2GetAccessTokenInput {
                            app_key,
                            app_secret,
                        })
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
                        .oauth2_get_corp_access_token(Oauth2GetCorpAccessTokenInput {
                            auth_corp_id,
                            suite_key,
                            suite_secret,
                            suite_ticket,
                        })
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
            Ok(Token {
                value: response.access_token,
                expires_in: Some(Duration::from_secs(u64::try_from(expire_in).unwrap_or(0))),
            })
        })
    }

    fn renewable(&self) -> bool {
        !matches!(self, Credentials::AccessToken(_))
    }
}

//! DingTalk's credentials: a token obtained elsewhere, or an app's or a
//! third-party suite's keys, exchanged for tokens with the OAuth2 operations.
//! The runtime caches the tokens and renews them. Only a token obtained
//! elsewhere is there without the `oauth2` feature.

use std::fmt;
#[cfg(feature = "oauth2")]
use std::sync::{Arc, Mutex};
#[cfg(feature = "oauth2")]
use std::time::Duration;

use futures_util::future::BoxFuture;
#[cfg(feature = "oauth2")]
use openapi_runtime::FromRuntime;
use openapi_runtime::{ResolveToken, Token};

#[cfg(feature = "oauth2")]
use crate::models::UserTokenGrantType;
#[cfg(feature = "oauth2")]
use crate::operations::{
    Oauth2GetAccessTokenInput, Oauth2GetCorpAccessTokenInput, Oauth2GetUserTokenInput,
};
#[cfg(feature = "oauth2")]
use crate::Client;
use crate::Error;

/// What the client authenticates with.
#[derive(Clone)]
pub enum Credentials {
    /// A token obtained elsewhere, used as it is.
    AccessToken(String),
    /// An internal app's key and secret, exchanged for tokens with `oauth2_GetAccessToken`.
    #[cfg(feature = "oauth2")]
    #[cfg_attr(docsrs, doc(cfg(feature = "oauth2")))]
    App { app_key: String, app_secret: String },
    /// A third-party app suite authorised by an organisation, exchanged for tokens
    /// with `oauth2_GetCorpAccessToken`.
    #[cfg(feature = "oauth2")]
    #[cfg_attr(docsrs, doc(cfg(feature = "oauth2")))]
    Corp {
        auth_corp_id: String,
        suite_key: String,
        suite_secret: String,
        suite_ticket: String,
    },
    /// A user's consent, exchanged for user access tokens with
    /// `oauth2_GetUserToken`: first the authorization code (usable once), then
    /// the refresh token each answer brings, which replaces the one before.
    #[cfg(feature = "oauth2")]
    #[cfg_attr(docsrs, doc(cfg(feature = "oauth2")))]
    User {
        client_id: String,
        client_secret: String,
        grant: Arc<Mutex<UserGrant>>,
    },
}

/// What a [`Credentials::User`] exchanges next for a user access token.
#[cfg(feature = "oauth2")]
#[cfg_attr(docsrs, doc(cfg(feature = "oauth2")))]
#[derive(Clone, PartialEq, Eq)]
pub enum UserGrant {
    /// An authorization code from DingTalk's login page, not yet used.
    Code(String),
    /// The latest refresh token.
    RefreshToken(String),
}

#[cfg(feature = "oauth2")]
impl fmt::Debug for UserGrant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UserGrant::Code(_) => f.write_str("Code(<redacted>)"),
            UserGrant::RefreshToken(_) => f.write_str("RefreshToken(<redacted>)"),
        }
    }
}

impl Credentials {
    /// A token obtained elsewhere.
    pub fn access_token(token: impl Into<String>) -> Self {
        Credentials::AccessToken(token.into())
    }

    /// An internal app's key and secret.
    #[cfg(feature = "oauth2")]
    #[cfg_attr(docsrs, doc(cfg(feature = "oauth2")))]
    pub fn app(app_key: impl Into<String>, app_secret: impl Into<String>) -> Self {
        Credentials::App {
            app_key: app_key.into(),
            app_secret: app_secret.into(),
        }
    }

    /// A third-party app suite and the organisation that authorised it.
    #[cfg(feature = "oauth2")]
    #[cfg_attr(docsrs, doc(cfg(feature = "oauth2")))]
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

#[cfg(feature = "oauth2")]
#[cfg_attr(docsrs, doc(cfg(feature = "oauth2")))]
impl Credentials {
    /// A user's authorization code (from DingTalk's login page, for the app
    /// `client_id`, which is its appKey), exchanged once for a user token;
    /// later tokens come from the refresh tokens DingTalk returns.
    pub fn user_code(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        code: impl Into<String>,
    ) -> Self {
        Credentials::user(client_id, client_secret, UserGrant::Code(code.into()))
    }

    /// A refresh token an application stored from an earlier exchange.
    pub fn user_refresh_token(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        refresh_token: impl Into<String>,
    ) -> Self {
        Credentials::user(
            client_id,
            client_secret,
            UserGrant::RefreshToken(refresh_token.into()),
        )
    }

    fn user(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        grant: UserGrant,
    ) -> Self {
        Credentials::User {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            grant: Arc::new(Mutex::new(grant)),
        }
    }

    /// For user credentials, the refresh token to store for a later session:
    /// the latest one DingTalk returned (or the one given, before any exchange).
    pub fn refresh_token(&self) -> Option<String> {
        match self {
            Credentials::User { grant, .. } => match &*lock(grant) {
                UserGrant::RefreshToken(token) => Some(token.clone()),
                UserGrant::Code(_) => None,
            },
            _ => None,
        }
    }
}

#[cfg(feature = "oauth2")]
fn lock(grant: &Mutex<UserGrant>) -> std::sync::MutexGuard<'_, UserGrant> {
    grant
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const HIDDEN: &str = "<redacted>";
        match self {
            Credentials::AccessToken(_) => f.debug_tuple("AccessToken").field(&HIDDEN).finish(),
            #[cfg(feature = "oauth2")]
            Credentials::App { app_key, .. } => f
                .debug_struct("App")
                .field("app_key", app_key)
                .field("app_secret", &HIDDEN)
                .finish(),
            #[cfg(feature = "oauth2")]
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
            #[cfg(feature = "oauth2")]
            Credentials::User {
                client_id, grant, ..
            } => f
                .debug_struct("User")
                .field("client_id", client_id)
                .field("client_secret", &HIDDEN)
                .field("grant", &*lock(grant))
                .finish(),
        }
    }
}

/// DingTalk's documented token lifetime, assumed when a token response does not say.
#[cfg(feature = "oauth2")]
const DOCUMENTED_LIFETIME_SECS: i64 = 7200;

impl ResolveToken for Credentials {
    #[cfg_attr(not(feature = "oauth2"), allow(unused_variables))]
    fn resolve<'a>(
        &'a self,
        runtime: &'a openapi_runtime::Client,
    ) -> BoxFuture<'a, Result<Token, Error>> {
        Box::pin(async move {
            match self {
                Credentials::AccessToken(token) => Ok(given(token)),
                #[cfg(feature = "oauth2")]
                _ => exchange(self, &Client::from_runtime(runtime.clone())).await,
            }
        })
    }

    fn renewable(&self) -> bool {
        !matches!(self, Credentials::AccessToken(_))
    }
}

/// A token obtained elsewhere, used as it is for as long as the server takes it.
fn given(token: &str) -> Token {
    Token {
        value: token.to_owned(),
        expires_in: None,
    }
}

/// A token from the OAuth2 operation the credentials are exchanged with.
#[cfg(feature = "oauth2")]
async fn exchange(credentials: &Credentials, client: &Client) -> Result<Token, Error> {
    let response = match credentials {
        Credentials::AccessToken(token) => return Ok(given(token)),
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
        Credentials::User {
            client_id,
            client_secret,
            grant,
        } => return user_token(client, client_id, client_secret, grant).await,
    };
    Ok(token(response.access_token, response.expire_in))
}

/// A token that lasts `expire_in` seconds, or DingTalk's documented lifetime.
#[cfg(feature = "oauth2")]
fn token(value: String, expire_in: Option<i64>) -> Token {
    let expire_in = expire_in.unwrap_or_else(|| {
        tracing::debug!(
            assumed_expire_in = DOCUMENTED_LIFETIME_SECS,
            "the token response has no expireIn; assuming DingTalk's documented lifetime"
        );
        DOCUMENTED_LIFETIME_SECS
    });
    Token {
        value,
        expires_in: Some(Duration::from_secs(u64::try_from(expire_in).unwrap_or(0))),
    }
}

/// Exchanges the user's grant for a token, and keeps the refresh token the
/// answer brings for the next exchange (a code is good for one exchange only).
#[cfg(feature = "oauth2")]
async fn user_token(
    client: &Client,
    client_id: &str,
    client_secret: &str,
    grant: &Mutex<UserGrant>,
) -> Result<Token, Error> {
    let current = lock(grant).clone();
    let call = |grant_type| {
        client.oauth2_get_user_token(Oauth2GetUserTokenInput {
            client_id,
            client_secret,
            grant_type,
        })
    };
    let response = match &current {
        UserGrant::Code(code) => call(UserTokenGrantType::AuthorizationCode).code(code.clone()),
        UserGrant::RefreshToken(token) => {
            call(UserTokenGrantType::RefreshToken).refresh_token(token.clone())
        }
    }
    .send()
    .await?;
    {
        let mut grant = lock(grant);
        *grant = match response.refresh_token {
            Some(next) => UserGrant::RefreshToken(next),
            // Without a new refresh token, a code cannot be used again; an old
            // refresh token may still work.
            None => current,
        };
    }
    Ok(token(response.access_token, response.expire_in))
}

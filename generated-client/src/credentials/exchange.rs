//! The credentials exchanged for access tokens with DingTalk's OAuth2
//! operations, one constructor per kind of token, each taking the struct of
//! its kind.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use futures_util::lock::Mutex;
use openapi_runtime::{FromRuntime, Token};

use super::kinds::{
    AppCredentials, ClientCredentials, CorpCredentials, SsoCredentials, SuiteCredentials,
    UserCodeCredentials, UserRefreshTokenCredentials,
};
use super::{Credentials, Source, HIDDEN};
use crate::oauth2_1_0::{ClientCredentialsGrantType, UserTokenGrantType, UserTokenResponse};
use crate::oauth2_1_0::{
    GetAccessTokenInput, GetCorpAccessTokenInput, GetSsoAccessTokenInput, GetSuiteAccessTokenInput,
    GetTokenInput, GetUserTokenInput,
};
use crate::{Client, Error};

/// Credentials exchanged for tokens with an OAuth2 operation.
#[derive(Clone)]
pub(super) enum Exchange {
    App {
        app_key: String,
        app_secret: String,
    },
    Corp {
        auth_corp_id: String,
        suite_key: String,
        suite_secret: String,
        suite_ticket: String,
    },
    ClientCredentials {
        corp_id: String,
        client_id: String,
        client_secret: String,
    },
    Suite {
        suite_key: String,
        suite_secret: String,
        suite_ticket: String,
    },
    User {
        client_id: String,
        client_secret: String,
        /// Shared by clones: the code or refresh token the next token comes from.
        grant: Arc<Mutex<Grant>>,
    },
    Sso {
        corp_id: String,
        sso_secret: String,
    },
}

/// What the next user access token is exchanged for.
pub(super) enum Grant {
    /// The authorisation code of the user's login, not exchanged yet.
    Code(String),
    /// The refresh token of the latest answer.
    RefreshToken(String),
}

impl Credentials {
    fn exchanged(exchange: Exchange) -> Self {
        Credentials {
            source: Source::Exchange(exchange),
        }
    }

    /// An internal app's key and secret (its `AppKey` and `AppSecret`),
    /// exchanged for app access tokens with `oauth2_GetAccessToken`: for the
    /// storage and drive APIs and the other calls the app makes as itself.
    pub fn app(credentials: AppCredentials<'_>) -> Self {
        let AppCredentials {
            app_key,
            app_secret,
        } = credentials;
        Credentials::exchanged(Exchange::App {
            app_key: app_key.to_owned(),
            app_secret: app_secret.to_owned(),
        })
    }

    /// A third-party app suite's key, secret and latest suite ticket, and the
    /// corpId of an organisation that installed the app, exchanged for that
    /// organisation's access tokens with `oauth2_GetCorpAccessToken`: what a
    /// third-party app calls the storage and drive APIs of the organisation with.
    pub fn corp(credentials: CorpCredentials<'_>) -> Self {
        let CorpCredentials {
            auth_corp_id,
            suite_key,
            suite_secret,
            suite_ticket,
        } = credentials;
        Credentials::exchanged(Exchange::Corp {
            auth_corp_id: auth_corp_id.to_owned(),
            suite_key: suite_key.to_owned(),
            suite_secret: suite_secret.to_owned(),
            suite_ticket: suite_ticket.to_owned(),
        })
    }

    /// An app's client id and secret (an internal app's `AppKey` and
    /// `AppSecret`, a third-party app's `SuiteKey` and `SuiteSecret`) and the
    /// organisation it is used in, exchanged for app access tokens with
    /// `oauth2_GetToken` (OAuth 2.0 client credentials). The tokens are
    /// accepted where [`app`](Self::app)'s and [`corp`](Self::corp)'s are.
    pub fn client_credentials(credentials: ClientCredentials<'_>) -> Self {
        let ClientCredentials {
            corp_id,
            client_id,
            client_secret,
        } = credentials;
        Credentials::exchanged(Exchange::ClientCredentials {
            corp_id: corp_id.to_owned(),
            client_id: client_id.to_owned(),
            client_secret: client_secret.to_owned(),
        })
    }

    /// A third-party app suite's key, secret and latest suite ticket,
    /// exchanged for suite access tokens with `oauth2_GetSuiteAccessToken`:
    /// the token of the app itself, bound to no organisation, for calls about
    /// its installations such as `oauth2_GetAuthInfo`. To work in an
    /// organisation, use [`corp`](Self::corp).
    pub fn suite(credentials: SuiteCredentials<'_>) -> Self {
        let SuiteCredentials {
            suite_key,
            suite_secret,
            suite_ticket,
        } = credentials;
        Credentials::exchanged(Exchange::Suite {
            suite_key: suite_key.to_owned(),
            suite_secret: suite_secret.to_owned(),
            suite_ticket: suite_ticket.to_owned(),
        })
    }

    /// A user's access tokens, from the temporary authorisation `code`
    /// DingTalk gave the app when the user logged in and consented, with
    /// `oauth2_GetUserToken`: for the APIs that act as the user, such as
    /// `oauth2_GetPersonalAuthRule`. The client id and secret are the app's
    /// (an internal app's `AppKey` and `AppSecret`, a third-party app's
    /// `SuiteKey` and `SuiteSecret`).
    ///
    /// The first token exchanges the code, which works once; later ones are
    /// renewed with the refresh token of the latest answer. When DingTalk
    /// refuses the code or the refresh token, the call fails with
    /// [`Error::Api`] of `oauth2_GetUserToken` whose message says so: the
    /// user has to authorise the app again.
    pub fn user_code(credentials: UserCodeCredentials<'_>) -> Self {
        let UserCodeCredentials {
            client_id,
            client_secret,
            code,
        } = credentials;
        Credentials::user(client_id, client_secret, Grant::Code(code.to_owned()))
    }

    /// A user's access tokens, from a refresh token the app kept from an
    /// earlier `oauth2_GetUserToken` answer; otherwise as
    /// [`user_code`](Self::user_code). Store the refresh token in force
    /// ([`refresh_token`](Self::refresh_token)) again once the client is done:
    /// DingTalk may have replaced the one given here.
    pub fn user_refresh_token(credentials: UserRefreshTokenCredentials<'_>) -> Self {
        let UserRefreshTokenCredentials {
            client_id,
            client_secret,
            refresh_token,
        } = credentials;
        Credentials::user(
            client_id,
            client_secret,
            Grant::RefreshToken(refresh_token.to_owned()),
        )
    }

    fn user(client_id: &str, client_secret: &str, grant: Grant) -> Self {
        Credentials::exchanged(Exchange::User {
            client_id: client_id.to_owned(),
            client_secret: client_secret.to_owned(),
            grant: Arc::new(Mutex::new(grant)),
        })
    }

    /// An organisation's corpId and SSO secret, exchanged for SSO access
    /// tokens with `oauth2_GetSsoAccessToken`: accepted only by
    /// `oauth2_GetSsoUserInfo`, which tells who opened the app's admin console.
    pub fn sso(credentials: SsoCredentials<'_>) -> Self {
        let SsoCredentials {
            corp_id,
            sso_secret,
        } = credentials;
        Credentials::exchanged(Exchange::Sso {
            corp_id: corp_id.to_owned(),
            sso_secret: sso_secret.to_owned(),
        })
    }

    /// For user credentials, the refresh token the next user access token
    /// will be renewed with: the latest one DingTalk gave, or the one these
    /// credentials were made with. `None` for other credentials, and for user
    /// credentials whose code has not been exchanged yet.
    ///
    /// Waits while a token request of these credentials is in flight.
    pub async fn refresh_token(&self) -> Option<String> {
        match &self.source {
            Source::Exchange(Exchange::User { grant, .. }) => match &*grant.lock().await {
                Grant::RefreshToken(token) => Some(token.clone()),
                Grant::Code(_) => None,
            },
            _ => None,
        }
    }
}

impl fmt::Debug for Exchange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Exchange::App { app_key, .. } => f
                .debug_struct("App")
                .field("app_key", app_key)
                .field("app_secret", &HIDDEN)
                .finish(),
            Exchange::Corp {
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
            Exchange::ClientCredentials {
                corp_id, client_id, ..
            } => f
                .debug_struct("ClientCredentials")
                .field("corp_id", corp_id)
                .field("client_id", client_id)
                .field("client_secret", &HIDDEN)
                .finish(),
            Exchange::Suite { suite_key, .. } => f
                .debug_struct("Suite")
                .field("suite_key", suite_key)
                .field("suite_secret", &HIDDEN)
                .field("suite_ticket", &HIDDEN)
                .finish(),
            Exchange::User { client_id, .. } => f
                .debug_struct("User")
                .field("client_id", client_id)
                .field("client_secret", &HIDDEN)
                .field("grant", &HIDDEN)
                .finish(),
            Exchange::Sso { corp_id, .. } => f
                .debug_struct("Sso")
                .field("corp_id", corp_id)
                .field("sso_secret", &HIDDEN)
                .finish(),
        }
    }
}

/// DingTalk's documented token lifetime, assumed when a token response does not say.
const DOCUMENTED_LIFETIME_SECS: i64 = 7200;

impl Exchange {
    /// A token from the OAuth2 operation these credentials are exchanged with.
    pub(super) async fn token(&self, runtime: &openapi_runtime::Client) -> Result<Token, Error> {
        let client = Client::from_runtime(runtime.clone());
        let (token, expire_in) = match self {
            Exchange::App {
                app_key,
                app_secret,
            } => {
                let response = client
                    .oauth2_1_0()
                    .get_access_token(GetAccessTokenInput {
                        app_key,
                        app_secret,
                    })
                    .send()
                    .await?;
                (response.access_token, response.expire_in)
            }
            Exchange::Corp {
                auth_corp_id,
                suite_key,
                suite_secret,
                suite_ticket,
            } => {
                let response = client
                    .oauth2_1_0()
                    .get_corp_access_token(GetCorpAccessTokenInput {
                        auth_corp_id,
                        suite_key,
                        suite_secret,
                        suite_ticket,
                    })
                    .send()
                    .await?;
                (response.access_token, response.expire_in)
            }
            Exchange::ClientCredentials {
                corp_id,
                client_id,
                client_secret,
            } => {
                let response = client
                    .oauth2_1_0()
                    .get_token(GetTokenInput {
                        corp_id,
                        client_id,
                        client_secret,
                        grant_type: ClientCredentialsGrantType::ClientCredentials,
                    })
                    .send()
                    .await?;
                (response.access_token, response.expires_in.map(i64::from))
            }
            Exchange::Suite {
                suite_key,
                suite_secret,
                suite_ticket,
            } => {
                let response = client
                    .oauth2_1_0()
                    .get_suite_access_token(GetSuiteAccessTokenInput {
                        suite_key,
                        suite_secret,
                        suite_ticket,
                    })
                    .send()
                    .await?;
                (response.access_token, response.expire_in)
            }
            Exchange::User {
                client_id,
                client_secret,
                grant,
            } => {
                let response = user_token(&client, client_id, client_secret, grant).await?;
                (response.access_token, response.expire_in)
            }
            Exchange::Sso {
                corp_id,
                sso_secret,
            } => {
                let response = client
                    .oauth2_1_0()
                    .get_sso_access_token(GetSsoAccessTokenInput {
                        corpid: corp_id,
                        sso_secret,
                    })
                    .send()
                    .await?;
                (response.access_token, response.expire_in)
            }
        };
        let expire_in = expire_in.unwrap_or_else(|| {
            tracing::debug!(
                assumed_expire_in = DOCUMENTED_LIFETIME_SECS,
                "the token response has no expireIn; assuming DingTalk's documented lifetime"
            );
            DOCUMENTED_LIFETIME_SECS
        });
        Ok(Token {
            value: token,
            expires_in: Some(Duration::from_secs(u64::try_from(expire_in).unwrap_or(0))),
        })
    }
}

/// A user access token: the code exchanged, or the refresh token renewed.
/// The grant stays locked until the answer is in, so that clients sharing
/// it never send a refresh token that an answer in flight is replacing.
async fn user_token(
    client: &Client,
    client_id: &str,
    client_secret: &str,
    grant: &Mutex<Grant>,
) -> Result<UserTokenResponse, Error> {
    let mut grant = grant.lock().await;
    let input = |grant_type| GetUserTokenInput {
        client_id,
        client_secret,
        grant_type,
    };
    let (request, refused) = match &*grant {
        Grant::Code(code) => (
            client
                .oauth2_1_0()
                .get_user_token(input(UserTokenGrantType::AuthorizationCode))
                .code(code.as_str()),
            "the authorisation code was refused (it is unknown, expired or already \
             used); have the user log in and authorise the app again",
        ),
        Grant::RefreshToken(token) => (
            client
                .oauth2_1_0()
                .get_user_token(input(UserTokenGrantType::RefreshToken))
                .refresh_token(token.as_str()),
            "the refresh token was refused (it is unknown, expired, revoked or was \
             already used: each renewal may replace it, and only the latest works); \
             have the user log in and authorise the app again",
        ),
    };
    // Refusals of the app's own credentials are left as DingTalk words them.
    let about_the_app = |code: &str| {
        let code = code.to_ascii_lowercase();
        code.contains("client") || code.contains("secret")
    };
    let response = request.send().await.map_err(|error| match error {
        Error::Api(mut api)
            if api.status.is_client_error() && !api.code.as_deref().is_some_and(about_the_app) =>
        {
            api.message = Some(match api.message.take() {
                Some(server) => format!("{refused}; DingTalk says: {server}"),
                None => refused.to_owned(),
            });
            Error::Api(api)
        }
        other => other,
    })?;
    match &response.refresh_token {
        Some(next) => {
            let rotated = match &*grant {
                Grant::RefreshToken(previous) => previous != next,
                Grant::Code(_) => false,
            };
            tracing::debug!(
                rotated,
                "obtained a user access token and its refresh token"
            );
            *grant = Grant::RefreshToken(next.clone());
        }
        None => tracing::debug!("the user token response has no refreshToken; keeping the grant"),
    }
    Ok(response)
}

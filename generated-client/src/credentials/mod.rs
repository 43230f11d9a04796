//! DingTalk's credentials: one constructor per kind of access token, each
//! exchanged for tokens with its OAuth2 operation (in [`exchange`], with the
//! `oauth2_1_0` feature). The runtime caches the tokens and renews them.

use std::fmt;

use futures_util::future::BoxFuture;
use openapi_runtime::{ResolveToken, Token};

use crate::Error;

#[cfg(feature = "oauth2_1_0")]
mod exchange;
#[cfg(feature = "oauth2_1_0")]
mod kinds;

#[cfg(feature = "oauth2_1_0")]
pub use kinds::{
    AppCredentials, ClientCredentials, CorpCredentials, SsoCredentials, SuiteCredentials,
    UserCodeCredentials, UserRefreshTokenCredentials,
};

/// What a client authenticates with: where its access tokens come from.
///
/// DingTalk has several kinds of access token, all sent in the
/// `x-acs-dingtalk-access-token` header, and each API accepts only some of
/// them. A client has one kind of token: build one client per kind an
/// application needs (clients are cheap; clones of one share its token).
///
/// | constructor | token | obtained with | accepted by |
/// |---|---|---|---|
/// | [`app`](Self::app)([`AppCredentials`]) | app access token of an internal app | `oauth2_GetAccessToken` | storage and drive, `oauth2_CreateJsapiTicket`, `oauth2_KickoffByDeviceId`: the app acting as itself |
/// | [`corp`](Self::corp)([`CorpCredentials`]) | app access token of a third-party app in one organisation that installed it | `oauth2_GetCorpAccessToken` | the same, in that organisation |
/// | [`client_credentials`](Self::client_credentials)([`ClientCredentials`]) | app access token for one organisation, in the OAuth 2.0 client-credentials form | `oauth2_GetToken` | the same |
/// | [`suite`](Self::suite)([`SuiteCredentials`]) | suite access token of a third-party app itself, bound to no organisation | `oauth2_GetSuiteAccessToken` | calls about the app's installations: `oauth2_GetAuthInfo` |
/// | [`user_code`](Self::user_code)([`UserCodeCredentials`]), [`user_refresh_token`](Self::user_refresh_token)([`UserRefreshTokenCredentials`]) | user access token, acting for one user with their consent | `oauth2_GetUserToken` | APIs that work on the user's own data: `oauth2_GetPersonalAuthRule` |
/// | [`sso`](Self::sso)([`SsoCredentials`]) | SSO access token of an organisation's admin console | `oauth2_GetSsoAccessToken` | `oauth2_GetSsoUserInfo` only |
/// | [`access_token`](Self::access_token) | any token obtained elsewhere, sent as it is and never renewed | | whatever its kind is accepted by |
///
/// Except for [`access_token`](Self::access_token), the client asks for a
/// token on first use, reuses it until shortly before it expires (10% of its
/// lifetime, at most 5 minutes, early), with one token request in flight
/// however many calls wait, and asks again once when DingTalk rejects it
/// (`InvalidAuthentication`). A token response without a lifetime is taken
/// to last DingTalk's documented 7200 seconds.
///
/// User credentials hold state: the first token comes from the
/// authorisation code, every later one from the latest refresh token, which
/// DingTalk may replace with each answer (the older one then stops working).
/// Clones of user credentials share that state, so that every client built
/// from them renews with the current refresh token;
/// [`refresh_token`](Self::refresh_token) reads it, for applications that
/// store it.
///
/// Each constructor but [`access_token`](Self::access_token) takes a struct
/// with named fields, so that its strings cannot be swapped; the struct's
/// strings are copied, and it can be dropped once the credentials are made.
///
/// `Debug` shows keys and ids but no secret, ticket, code or token, here and
/// in those structs.
///
/// Only [`access_token`](Self::access_token) is there without the `oauth2_1_0`
/// feature: the others are exchanged with its operations.
///
/// ```no_run
/// # #[cfg(feature = "oauth2_1_0")]
/// # async fn run() -> Result<(), dingtalk::Error> {
/// use dingtalk::{AppCredentials, Client, Credentials, UserCodeCredentials};
///
/// // The app itself: storage and drive.
/// let app = Client::builder()
///     .credentials(Credentials::app(AppCredentials {
///         app_key: "<app key>",
///         app_secret: "<app secret>",
///     }))
///     .build()?;
///
/// // One user, from the code DingTalk gave the app when the user logged in.
/// let user_credentials = Credentials::user_code(UserCodeCredentials {
///     client_id: "<app key>",
///     client_secret: "<app secret>",
///     code: "<code>",
/// });
/// let user = Client::builder()
///     .credentials(user_credentials.clone())
///     .build()?;
/// let rules = user.oauth2_1_0().get_personal_auth_rule().send().await?;
/// println!("{rules:?}");
/// // The refresh token in force, to keep for the next run.
/// let refresh_token = user_credentials.refresh_token().await;
/// # let _ = (app, refresh_token);
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Credentials {
    source: Source,
}

#[derive(Clone)]
enum Source {
    AccessToken(String),
    #[cfg(feature = "oauth2_1_0")]
    Exchange(exchange::Exchange),
}

impl Credentials {
    /// A token obtained elsewhere, of any kind, sent as it is and never
    /// renewed; when DingTalk rejects it, calls fail with `InvalidAuthentication`.
    pub fn access_token(token: impl Into<String>) -> Self {
        Credentials {
            source: Source::AccessToken(token.into()),
        }
    }
}

/// What `Debug` shows in place of a secret.
const HIDDEN: &str = "<redacted>";

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.source {
            Source::AccessToken(_) => f.debug_tuple("AccessToken").field(&HIDDEN).finish(),
            #[cfg(feature = "oauth2_1_0")]
            Source::Exchange(exchange) => exchange.fmt(f),
        }
    }
}

impl ResolveToken for Credentials {
    fn resolve<'a>(
        &'a self,
        runtime: &'a openapi_runtime::Client,
    ) -> BoxFuture<'a, Result<Token, Error>> {
        #[cfg(not(feature = "oauth2_1_0"))]
        let _ = runtime;
        Box::pin(async move {
            match &self.source {
                Source::AccessToken(token) => Ok(Token {
                    value: token.clone(),
                    expires_in: None,
                }),
                #[cfg(feature = "oauth2_1_0")]
                Source::Exchange(exchange) => exchange.token(runtime).await,
            }
        })
    }

    fn renewable(&self) -> bool {
        !matches!(self.source, Source::AccessToken(_))
    }
}

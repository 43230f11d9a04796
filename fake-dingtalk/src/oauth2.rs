//! OAuth2: the access tokens of every kind the fake issues, which calls
//! accept which kind, and the other OAuth2 calls.
//!
//! | kind | issued by | for | accepted by |
//! |---|---|---|---|
//! | [`TokenKind::App`] | `oauth2_GetAccessToken` ([`APP_KEY`], [`APP_SECRET`]); `oauth2_GetToken` (the app's or the suite's key and secret) | the app as itself | storage, drive, `oauth2_CreateJsapiTicket`, `oauth2_KickoffByDeviceId` |
//! | [`TokenKind::Corp`] | `oauth2_GetCorpAccessToken` ([`SUITE_KEY`], [`SUITE_SECRET`], any organisation, any suite ticket but [`EXPIRED_SUITE_TICKET`]) | a third-party app in one organisation | the same |
//! | [`TokenKind::Suite`] | `oauth2_GetSuiteAccessToken` (the suite's key, secret and ticket) | the third-party app itself | `oauth2_GetAuthInfo` |
//! | [`TokenKind::User`] | `oauth2_GetUserToken` (the app's or the suite's key and secret, and a code of [`FakeDingTalk::authorization_code`] or a refresh token) | one user | `oauth2_GetPersonalAuthRule` |
//! | [`TokenKind::Sso`] | `oauth2_GetSsoAccessToken` ([`CORP_ID`], [`SSO_SECRET`]) | the organisation's admin console | `oauth2_GetSsoUserInfo` |
//!
//! Every token lives [`Config::token_lifetime`](crate::Config::token_lifetime).
//! A call given no token, an unknown, expired or revoked token, or a token
//! of a kind it does not accept is answered HTTP 401 `InvalidAuthentication`
//! (but `oauth2_GetSsoUserInfo`, given a valid token of another kind,
//! answers 400 `invalidToken`, as the spec documents).
//!
//! A user token answer carries a refresh token, which renews the user token
//! once: each renewal answers a new refresh token and retires the one it
//! was given. A retired, revoked ([`FakeDingTalk::revoke_refresh_tokens`]) or
//! unknown refresh token is refused with HTTP 400 [`REFRESH_TOKEN_REFUSED`];
//! an unknown or already exchanged code with HTTP 400
//! `invalidParameter.authCode.notFound`.

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Instant;

use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::routing::{get, post};
use axum::Router;
use dingtalk::oauth2_1_0::*;

use crate::extract::{Authorized, Body};
use crate::{required, FakeDingTalk, Outcome, Params, Reply, Shared, CORP_ID};

/// The internal app whose credentials the fake accepts.
pub const APP_KEY: &str = "fake-app-key";
pub const APP_SECRET: &str = "fake-app-secret";
/// The third-party suite whose credentials the fake accepts, for any organisation.
pub const SUITE_KEY: &str = "fake-suite-key";
pub const SUITE_SECRET: &str = "fake-suite-secret";
/// The SSO secret of the organisation [`CORP_ID`], for `oauth2_GetSsoAccessToken`.
pub const SSO_SECRET: &str = "fake-sso-secret";
/// A suite ticket the fake refuses as expired (`invalidSuiteTicket`); every
/// other non-empty ticket is accepted as the latest one.
pub const EXPIRED_SUITE_TICKET: &str = "fake-expired-suite-ticket";
/// An organisation that has not installed the suite: `oauth2_GetAuthInfo`
/// answers `orgNotAuthApp` and `oauth2_GetToken` `unauthorized.client`.
pub const CORP_WITHOUT_SUITE: &str = "fake-corp-without-suite";
/// An organisation that has been dissolved: `oauth2_GetAuthInfo` answers
/// `orgNotExist` and `oauth2_GetToken` `unauthorized.client`.
pub const DISSOLVED_CORP: &str = "fake-dissolved-corp";
/// The error code of `oauth2_GetUserToken` (HTTP 400) refusing a refresh
/// token that is unknown, already used or revoked, or missing.
pub const REFRESH_TOKEN_REFUSED: &str = "invalidParameter.refreshToken.notFound";
/// The error code of `oauth2_GetUserToken` (HTTP 400) refusing an
/// authorisation code that is unknown or already exchanged, or missing.
pub const AUTH_CODE_REFUSED: &str = "invalidParameter.authCode.notFound";

/// What an access token is for; see the [module](self) for who issues and
/// who accepts each kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// An app access token: an internal app's, or any app's from `oauth2_GetToken`.
    App,
    /// A third-party app's access token in one organisation.
    Corp,
    /// A third-party app's suite access token.
    Suite,
    /// A user access token.
    User,
    /// An SSO access token of an admin console.
    Sso,
}

impl TokenKind {
    fn name(self) -> &'static str {
        match self {
            TokenKind::App => "an app access token",
            TokenKind::Corp => "an organisation's access token",
            TokenKind::Suite => "a suite access token",
            TokenKind::User => "a user access token",
            TokenKind::Sso => "an SSO access token",
        }
    }
}

/// The kinds of token the storage and drive calls, and the app's own
/// OAuth2 calls, accept.
pub(crate) const APP_KINDS: &[TokenKind] = &[TokenKind::App, TokenKind::Corp];

/// The tokens, codes and refresh tokens the fake has handed out.
#[derive(Default)]
pub(crate) struct Tokens {
    access: HashMap<String, Issued>,
    /// Authorisation codes not exchanged yet, with the unionId of their user.
    codes: HashMap<String, String>,
    /// SSO codes not exchanged yet, with the userId of their admin.
    sso_codes: HashMap<String, String>,
    refresh: HashMap<String, Refresh>,
}

/// An access token.
#[derive(Debug, Clone)]
pub(crate) struct Issued {
    pub(crate) kind: TokenKind,
    expiry: Instant,
    revoked: bool,
}

/// A refresh token and what it renews.
struct Refresh {
    client_id: String,
    union_id: String,
    state: RefreshState,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum RefreshState {
    Live,
    /// Already exchanged for a new user token and refresh token.
    Used,
    Revoked,
}

impl FakeDingTalk {
    /// A valid app access token ([`TokenKind::App`]), as `oauth2_GetAccessToken`
    /// would issue it (not counted in [`tokens_issued`](Self::tokens_issued)).
    pub fn issue_token(&self) -> String {
        self.state.issue(TokenKind::App)
    }

    /// Makes every access token issued so far expired. Refresh tokens still work.
    pub fn expire_tokens(&self) {
        let now = Instant::now();
        let mut data = self.state.data();
        data.tokens
            .access
            .values_mut()
            .for_each(|token| token.expiry = token.expiry.min(now));
    }

    /// Revokes every access token issued so far: each is refused from now on
    /// with `InvalidAuthentication`, as an expired one is. Refresh tokens still work.
    pub fn revoke_tokens(&self) {
        let mut data = self.state.data();
        data.tokens
            .access
            .values_mut()
            .for_each(|token| token.revoked = true);
    }

    /// Revokes every refresh token handed out so far, as when users withdraw
    /// their consent: renewing with one is refused with [`REFRESH_TOKEN_REFUSED`].
    pub fn revoke_refresh_tokens(&self) {
        let mut data = self.state.data();
        data.tokens
            .refresh
            .values_mut()
            .filter(|r| r.state == RefreshState::Live)
            .for_each(|r| r.state = RefreshState::Revoked);
    }

    /// How many access tokens, of every kind, the token operations have issued.
    pub fn tokens_issued(&self) -> usize {
        self.state.tokens_issued.load(Ordering::SeqCst) as usize
    }

    /// A new authorisation code of the user `union_id`, as DingTalk hands one
    /// to the app when the user logs in and consents: `oauth2_GetUserToken`
    /// exchanges it, once, for a user token and a refresh token.
    pub fn authorization_code(&self, union_id: &str) -> String {
        let mut data = self.state.data();
        let code = format!("fake-code-{}", data.id());
        data.tokens.codes.insert(code.clone(), union_id.to_owned());
        code
    }

    /// A new code of the admin `user_id` opening the app's admin console, as
    /// DingTalk appends one to the console's URL: `oauth2_GetSsoUserInfo`
    /// exchanges it, once, for who the admin is.
    pub fn sso_code(&self, user_id: &str) -> String {
        let mut data = self.state.data();
        let code = format!("fake-sso-code-{}", data.id());
        data.tokens
            .sso_codes
            .insert(code.clone(), user_id.to_owned());
        code
    }
}

impl Shared {
    /// A new access token of `kind`, valid for the configured lifetime.
    fn issue(&self, kind: TokenKind) -> String {
        let mut data = self.data();
        let token = format!("fake-token-{}", data.id());
        data.tokens.access.insert(
            token.clone(),
            Issued {
                kind,
                expiry: Instant::now() + self.config.token_lifetime,
                revoked: false,
            },
        );
        token
    }

    /// A new access token of `kind`, counted, and its lifetime in seconds, as token operations answer.
    fn grant(&self, kind: TokenKind) -> (String, i64) {
        self.tokens_issued.fetch_add(1, Ordering::SeqCst);
        let token = self.issue(kind);
        (token, self.config.token_lifetime.as_secs() as i64)
    }

    /// Checks the access token header like DingTalk does, for the storage
    /// and drive calls: an app's or an organisation's token.
    pub(crate) fn authorize(&self, headers: &HeaderMap) -> Result<(), Reply> {
        self.authorize_kinds(headers, APP_KINDS).map(drop)
    }

    /// Checks that the access token header holds a valid token of one of the `accepted` kinds.
    pub(crate) fn authorize_kinds(
        &self,
        headers: &HeaderMap,
        accepted: &[TokenKind],
    ) -> Result<Issued, Reply> {
        let issued = self.valid_token(headers)?;
        if accepted.contains(&issued.kind) {
            Ok(issued)
        } else {
            Err(wrong_kind(
                401,
                "InvalidAuthentication",
                issued.kind,
                accepted,
            ))
        }
    }

    /// The valid token of the access token header, whatever its kind.
    fn valid_token(&self, headers: &HeaderMap) -> Result<Issued, Reply> {
        let token = headers
            .get("x-acs-dingtalk-access-token")
            .and_then(|v| v.to_str().ok());
        self.check_token(token).map_err(|refusal| {
            let message = match refusal {
                Refusal::Missing => "The access token is missing.",
                Refusal::Unknown => "The access token is invalid or has expired.",
                Refusal::Revoked => "The access token has been revoked.",
                Refusal::Expired => "The access token has expired.",
            };
            Reply::error(401, "InvalidAuthentication", message)
        })
    }

    /// The token `token` names, if it is one the fake issued and still valid.
    pub(crate) fn check_token(&self, token: Option<&str>) -> Result<Issued, Refusal> {
        let token = token.filter(|t| !t.is_empty()).ok_or(Refusal::Missing)?;
        let issued = self
            .data()
            .tokens
            .access
            .get(token)
            .cloned()
            .ok_or(Refusal::Unknown)?;
        if issued.revoked {
            Err(Refusal::Revoked)
        } else if Instant::now() >= issued.expiry {
            Err(Refusal::Expired)
        } else {
            Ok(issued)
        }
    }
}

/// Why a token is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// No token was sent.
    Missing,
    /// The fake never issued it.
    Unknown,
    /// It was revoked.
    Revoked,
    /// It has expired.
    Expired,
}

fn wrong_kind(status: u16, code: &str, kind: TokenKind, accepted: &[TokenKind]) -> Reply {
    let accepted: Vec<&str> = accepted.iter().map(|k| k.name()).collect();
    Reply::error(
        status,
        code,
        format!(
            "This API does not accept {}; it takes {}.",
            kind.name(),
            accepted.join(" or ")
        ),
    )
}

pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/v1.0/oauth2/accessToken", post(access_token))
        .route("/v1.0/oauth2/corpAccessToken", post(corp_access_token))
        .route("/v1.0/oauth2/{corpId}/token", post(token))
        .route("/v1.0/oauth2/suiteAccessToken", post(suite_access_token))
        .route("/v1.0/oauth2/userAccessToken", post(user_access_token))
        .route("/v1.0/oauth2/ssoAccessToken", post(sso_access_token))
        .route("/v1.0/oauth2/ssoUserInfo", get(sso_user_info))
        .route("/v1.0/oauth2/jsapiTickets", post(jsapi_ticket))
        .route("/v1.0/oauth2/apps/authInfo", get(auth_info))
        .route("/v1.0/oauth2/authRules/user", get(personal_auth_rule))
        .route("/v1.0/oauth2/kickoffByDeviceId", post(kickoff_by_device_id))
}

async fn access_token(
    State(state): State<Arc<Shared>>,
    Body(request): Body<GetAccessTokenRequest>,
) -> Outcome {
    if request.app_key != APP_KEY || request.app_secret != APP_SECRET {
        return Err(Reply::error(
            400,
            "invalidClientSecret",
            "The appKey or appSecret is invalid.",
        ));
    }
    let (access_token, expire_in) = state.grant(TokenKind::App);
    Reply::ok(AccessTokenResponse {
        access_token,
        expire_in: Some(expire_in),
    })
}

async fn corp_access_token(
    State(state): State<Arc<Shared>>,
    Body(request): Body<GetCorpAccessTokenRequest>,
) -> Outcome {
    if request.suite_key != SUITE_KEY || request.suite_secret != SUITE_SECRET {
        return Err(Reply::error(
            400,
            "invalidSuiteSecret",
            "The suiteKey or suiteSecret is invalid.",
        ));
    }
    if request.auth_corp_id.is_empty()
        || request.suite_ticket.is_empty()
        || request.suite_ticket == EXPIRED_SUITE_TICKET
    {
        return Err(Reply::error(
            400,
            "invalidSuiteTicket",
            "The suiteTicket or authCorpId is invalid.",
        ));
    }
    let (access_token, expire_in) = state.grant(TokenKind::Corp);
    Reply::ok(AccessTokenResponse {
        access_token,
        expire_in: Some(expire_in),
    })
}

async fn token(
    State(state): State<Arc<Shared>>,
    Path(corp_id): Path<String>,
    Body(request): Body<GetTokenRequest>,
) -> Outcome {
    let app = request.client_id == APP_KEY && request.client_secret == APP_SECRET;
    let suite = request.client_id == SUITE_KEY && request.client_secret == SUITE_SECRET;
    if !app && !suite {
        return Err(Reply::error(400, "invalid.client", "invalid.client"));
    }
    if request.grant_type != ClientCredentialsGrantType::ClientCredentials {
        return Err(Reply::error(
            400,
            "unsupported.grant.type",
            "unsupported.grant.type",
        ));
    }
    // The internal app is in its own organisation only; the suite is installed everywhere but two.
    let authorised = if app {
        corp_id == CORP_ID
    } else {
        corp_id != CORP_WITHOUT_SUITE && corp_id != DISSOLVED_CORP
    };
    if !authorised {
        return Err(Reply::error(
            401,
            "unauthorized.client",
            "unauthorized.client",
        ));
    }
    let (access_token, expires_in) = state.grant(TokenKind::App);
    Reply::ok(GetTokenResponse {
        access_token,
        expires_in: Some(i32::try_from(expires_in).unwrap_or(i32::MAX)),
    })
}

async fn suite_access_token(
    State(state): State<Arc<Shared>>,
    Body(request): Body<GetSuiteAccessTokenRequest>,
) -> Outcome {
    if request.suite_key != SUITE_KEY || request.suite_secret != SUITE_SECRET {
        return Err(Reply::error(
            400,
            "invalidClientIdOrSecret",
            "The clientId or clientSecret is invalid.",
        ));
    }
    if request.suite_ticket.is_empty() || request.suite_ticket == EXPIRED_SUITE_TICKET {
        return Err(Reply::error(
            400,
            "invalidSuiteTicket",
            "The suiteTicket is invalid.",
        ));
    }
    let (access_token, expire_in) = state.grant(TokenKind::Suite);
    Reply::ok(AccessTokenResponse {
        access_token,
        expire_in: Some(expire_in),
    })
}

async fn user_access_token(
    State(state): State<Arc<Shared>>,
    Body(request): Body<GetUserTokenRequest>,
) -> Outcome {
    let known = [(APP_KEY, APP_SECRET), (SUITE_KEY, SUITE_SECRET)];
    if !known
        .iter()
        .any(|&(id, secret)| request.client_id == id && request.client_secret == secret)
    {
        return Err(Reply::error(
            400,
            "invalidClientIdOrSecret",
            "The clientId or clientSecret is invalid.",
        ));
    }
    let union_id = {
        let mut data = state.data();
        let tokens = &mut data.tokens;
        match &request.grant_type {
            UserTokenGrantType::AuthorizationCode => request
                .code
                .as_ref()
                .and_then(|code| tokens.codes.remove(code))
                .ok_or_else(|| {
                    Reply::error(
                        400,
                        AUTH_CODE_REFUSED,
                        "The authorization code does not exist.",
                    )
                })?,
            UserTokenGrantType::RefreshToken => {
                let refused = |message: &str| Reply::error(400, REFRESH_TOKEN_REFUSED, message);
                let refresh = request
                    .refresh_token
                    .as_ref()
                    .and_then(|token| tokens.refresh.get_mut(token))
                    .filter(|r| r.client_id == request.client_id)
                    .ok_or_else(|| refused("The refresh token does not exist."))?;
                match refresh.state {
                    RefreshState::Live => {
                        refresh.state = RefreshState::Used;
                        refresh.union_id.clone()
                    }
                    RefreshState::Used => {
                        return Err(refused("The refresh token has already been used."))
                    }
                    RefreshState::Revoked => {
                        return Err(refused("The refresh token has been revoked."))
                    }
                }
            }
            UserTokenGrantType::Other(other) => {
                return Err(Reply::error(
                    400,
                    "paramError",
                    format!("grantType {other:?} is not supported"),
                ))
            }
        }
    };
    let (access_token, expire_in) = state.grant(TokenKind::User);
    let refresh_token = {
        let mut data = state.data();
        let token = format!("fake-refresh-token-{}", data.id());
        data.tokens.refresh.insert(
            token.clone(),
            Refresh {
                client_id: request.client_id,
                union_id,
                state: RefreshState::Live,
            },
        );
        token
    };
    Reply::ok(UserTokenResponse {
        access_token,
        refresh_token: Some(refresh_token),
        expire_in: Some(expire_in),
        corp_id: Some(CORP_ID.to_owned()),
    })
}

async fn sso_access_token(
    State(state): State<Arc<Shared>>,
    Body(request): Body<GetSsoAccessTokenRequest>,
) -> Outcome {
    if request.corpid != CORP_ID || request.sso_secret != SSO_SECRET {
        return Err(Reply::error(
            400,
            "invalidClientIdOrSecret",
            "The clientId or clientSecret is invalid.",
        ));
    }
    let (access_token, expire_in) = state.grant(TokenKind::Sso);
    Reply::ok(SsoAccessTokenResponse {
        access_token,
        expire_in: Some(expire_in),
    })
}

async fn sso_user_info(
    State(state): State<Arc<Shared>>,
    headers: HeaderMap,
    Query(query): Query<Params>,
) -> Outcome {
    let issued = state.valid_token(&headers)?;
    if issued.kind != TokenKind::Sso {
        return Err(wrong_kind(
            400,
            "invalidToken",
            issued.kind,
            &[TokenKind::Sso],
        ));
    }
    let code = required(&query, "code", "invalidCode")?;
    let user_id = state
        .data()
        .tokens
        .sso_codes
        .remove(code)
        .ok_or_else(|| Reply::error(400, "invalidCode", "The code is invalid."))?;
    Reply::ok(SsoUserInfo {
        corp_id: Some(CORP_ID.to_owned()),
        corp_name: Some(corp_name(CORP_ID)),
        email: Some(format!("{user_id}@example.com")),
        avatar: Some(format!("https://static.example.com/avatar/{user_id}.png")),
        user_name: Some(format!("Admin {user_id}")),
        user_id: Some(user_id),
        is_admin: Some(true),
    })
}

async fn jsapi_ticket(State(state): State<Arc<Shared>>, _: Authorized) -> Outcome {
    let ticket = format!("fake-jsapi-ticket-{}", state.data().id());
    Reply::ok(JsapiTicketResponse {
        jsapi_ticket: ticket,
        expire_in: Some(state.config.token_lifetime.as_secs() as i64),
    })
}

async fn auth_info(
    State(state): State<Arc<Shared>>,
    headers: HeaderMap,
    Query(query): Query<Params>,
) -> Outcome {
    state.authorize_kinds(&headers, &[TokenKind::Suite])?;
    let corp_id = required(&query, "authCorpId", "invalidCorpId")?;
    if !corp_id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(Reply::error(400, "invalidCorpId", "invalid parameter"));
    }
    if corp_id == DISSOLVED_CORP {
        return Err(Reply::error(
            400,
            "orgNotExist",
            "The organization has been dissolved.",
        ));
    }
    if corp_id == CORP_WITHOUT_SUITE {
        return Err(Reply::error(
            400,
            "orgNotAuthApp",
            "The organization has not authorized the app.",
        ));
    }
    Reply::ok(AuthInfo {
        auth_app_info: Some(AuthAppInfo {
            agent_list: Some(vec![AuthAgent {
                agent_id: Some(835_880_322),
                agent_name: Some("Fake suite".to_owned()),
                app_id: Some(111),
                admin_list: Some(vec!["manager975".to_owned()]),
            }]),
        }),
        auth_corp_info: Some(AuthCorpInfo {
            corp_name: Some(corp_name(corp_id)),
            industry: Some("201".to_owned()),
            invite_code: Some(String::new()),
            license_code: Some(String::new()),
            auth_channel: Some(String::new()),
            auth_channel_type: Some(String::new()),
            auth_level: Some(1),
            invite_url: Some(format!("https://wx.dingtalk.com/invite-page/{corp_id}")),
            corp_logo_url: Some(format!("https://static.example.com/logo/{corp_id}.png")),
        }),
        auth_user_info: Some(AuthUserInfo {
            user_id: Some("manager975".to_owned()),
        }),
    })
}

async fn personal_auth_rule(State(state): State<Arc<Shared>>, headers: HeaderMap) -> Outcome {
    state.authorize_kinds(&headers, &[TokenKind::User])?;
    let rule = |resource: &str, items: &[&str]| PersonalAuthRule {
        resource: Some(resource.to_owned()),
        auth_items: Some(items.iter().map(|&i| i.to_owned()).collect()),
    };
    Reply::ok(PersonalAuthRules {
        result: Some(vec![
            rule("Contact.User", &["mobile"]),
            rule("rpc_auth", &["Contact.User.Read"]),
        ]),
    })
}

async fn kickoff_by_device_id(
    _: Authorized,
    Body(request): Body<KickoffByDeviceIdRequest>,
) -> Outcome {
    let given = |v: &Option<String>| v.as_deref().is_some_and(|v| !v.is_empty());
    if given(&request.user_id) && given(&request.open_device_id) {
        Reply::ok(KickoffResult {
            success: Some(true),
            ..Default::default()
        })
    } else {
        Reply::ok(KickoffResult {
            success: Some(false),
            error_code: Some("paramError".to_owned()),
            error_msg: Some("userId and openDeviceId are required.".to_owned()),
        })
    }
}

/// The name the fake gives an organisation.
fn corp_name(corp_id: &str) -> String {
    format!("Organisation {corp_id}")
}

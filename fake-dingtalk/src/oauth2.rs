//! The token kinds besides the app's and the corp's: a third-party suite's
//! own token, and user tokens, issued for authorization codes the fake hands
//! out ([`FakeDingTalk::authorization_code`](crate::FakeDingTalk::authorization_code))
//! and renewed with refresh tokens that are good for one renewal each.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::routing::post;
use axum::Router;
use dingtalk::models::*;

use crate::{body, Outcome, Reply, Shared, APP_KEY, APP_SECRET, CORP_ID, SUITE_KEY, SUITE_SECRET};

/// Codes and refresh tokens waiting to be exchanged, each for the user it stands for.
#[derive(Default)]
pub(crate) struct Grants {
    codes: HashMap<String, String>,
    refresh_tokens: HashMap<String, String>,
}

impl Grants {
    pub(crate) fn code_for(&mut self, code: String, union_id: &str) {
        self.codes.insert(code, union_id.to_owned());
    }

    /// Forgets every refresh token, as when a user withdraws consent.
    pub(crate) fn revoke(&mut self) {
        self.refresh_tokens.clear();
    }
}

pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/v1.0/oauth2/suiteAccessToken", post(suite_access_token))
        .route("/v1.0/oauth2/userAccessToken", post(user_access_token))
}

async fn suite_access_token(State(state): State<Arc<Shared>>, bytes: Bytes) -> Outcome {
    let request: GetSuiteAccessTokenRequest = body(&bytes, "paramError")?;
    if request.suite_key != SUITE_KEY || request.suite_secret != SUITE_SECRET {
        return Err(Reply::error(
            400,
            "invalidClientIdOrSecret",
            "The clientId or clientSecret is invalid.",
        ));
    }
    if request.suite_ticket.is_empty() {
        return Err(Reply::error(
            400,
            "invalidSuiteTicket",
            "The suiteTicket is invalid.",
        ));
    }
    Reply::ok(state.new_token())
}

async fn user_access_token(State(state): State<Arc<Shared>>, bytes: Bytes) -> Outcome {
    let request: GetUserTokenRequest = body(&bytes, "paramError")?;
    if request.client_id != APP_KEY || request.client_secret != APP_SECRET {
        return Err(Reply::error(
            400,
            "invalidClientIdOrSecret",
            "The clientId or clientSecret is invalid.",
        ));
    }
    let not_found = || {
        Reply::error(
            400,
            "invalidParameter.authCode.notFound",
            "The authorization code or refresh token does not exist.",
        )
    };
    let mut data = state.data();
    // Each code and each refresh token is good for one exchange.
    let user = match request.grant_type {
        UserTokenGrantType::AuthorizationCode => request
            .code
            .and_then(|code| data.grants.codes.remove(&code)),
        UserTokenGrantType::RefreshToken => request
            .refresh_token
            .and_then(|token| data.grants.refresh_tokens.remove(&token)),
        UserTokenGrantType::Other(_) => None,
    }
    .ok_or_else(not_found)?;
    let lifetime = state.config.token_lifetime;
    let access_token = data.issue_token(lifetime);
    let refresh_token = format!("fake-refresh-{}", data.id());
    data.grants
        .refresh_tokens
        .insert(refresh_token.clone(), user);
    drop(data);
    state.count_token();
    Reply::ok(UserTokenResponse {
        access_token,
        refresh_token: Some(refresh_token),
        expire_in: Some(lifetime.as_secs() as i64),
        corp_id: Some(CORP_ID.to_owned()),
    })
}

//! The OAuth2 operations of the fake, driven through the generated client:
//! every kind of token issued, accepted where the spec says and refused
//! elsewhere, expired and revoked tokens, authorisation codes and rotating
//! refresh tokens, and the errors the spec documents.

use dingtalk::drive_1_0::*;
use dingtalk::oauth2_1_0::*;
use dingtalk::{drive_1_0, oauth2_1_0};
use dingtalk::{Client, Error};
use fake_dingtalk::oauth2::{
    AUTH_CODE_REFUSED, CORP_WITHOUT_SUITE, DISSOLVED_CORP, EXPIRED_SUITE_TICKET,
    REFRESH_TOKEN_REFUSED, SSO_SECRET,
};
use fake_dingtalk::{FakeDingTalk, APP_KEY, APP_SECRET, CORP_ID, SUITE_KEY, SUITE_SECRET};

const ALICE: &str = "union-alice";

/// A client without credentials, for the token operations.
fn anonymous(fake: &FakeDingTalk) -> Client {
    Client::builder().base_url(fake.base_url()).build().unwrap()
}

/// A client sending `token` as it is, never renewing it.
fn with_token(fake: &FakeDingTalk, token: &str) -> Client {
    Client::builder()
        .base_url(fake.base_url())
        .access_token(token)
        .build()
        .unwrap()
}

/// The HTTP status and error code of a failed call.
#[track_caller]
fn refusal<T: std::fmt::Debug, E: std::fmt::Debug>(result: Result<T, Error<E>>) -> (u16, String) {
    let error = result.unwrap_err();
    let api = error
        .as_api()
        .unwrap_or_else(|| panic!("not an API error: {error}"));
    (api.status.as_u16(), api.code.clone().unwrap_or_default())
}

fn invalid_authentication() -> (u16, String) {
    (401, "InvalidAuthentication".to_owned())
}

async fn app_token(fake: &FakeDingTalk) -> String {
    anonymous(fake)
        .oauth2_1_0()
        .get_access_token(oauth2_1_0::GetAccessTokenInput {
            app_key: APP_KEY,
            app_secret: APP_SECRET,
        })
        .send()
        .await
        .unwrap()
        .access_token
}

async fn corp_token(fake: &FakeDingTalk) -> String {
    anonymous(fake)
        .oauth2_1_0()
        .get_corp_access_token(oauth2_1_0::GetCorpAccessTokenInput {
            auth_corp_id: "ding-other-corp",
            suite_key: SUITE_KEY,
            suite_secret: SUITE_SECRET,
            suite_ticket: "ticket",
        })
        .send()
        .await
        .unwrap()
        .access_token
}

async fn suite_token(fake: &FakeDingTalk) -> String {
    anonymous(fake)
        .oauth2_1_0()
        .get_suite_access_token(oauth2_1_0::GetSuiteAccessTokenInput {
            suite_key: SUITE_KEY,
            suite_secret: SUITE_SECRET,
            suite_ticket: "ticket",
        })
        .send()
        .await
        .unwrap()
        .access_token
}

fn user_token_request(client: &Client, grant_type: UserTokenGrantType) -> oauth2_1_0::GetUserToken {
    client
        .oauth2_1_0()
        .get_user_token(oauth2_1_0::GetUserTokenInput {
            client_id: APP_KEY,
            client_secret: APP_SECRET,
            grant_type,
        })
}

async fn user_token(fake: &FakeDingTalk) -> UserTokenResponse {
    user_token_request(&anonymous(fake), UserTokenGrantType::AuthorizationCode)
        .code(fake.authorization_code(ALICE))
        .send()
        .await
        .unwrap()
}

async fn sso_token(fake: &FakeDingTalk) -> String {
    anonymous(fake)
        .oauth2_1_0()
        .get_sso_access_token(oauth2_1_0::GetSsoAccessTokenInput {
            corpid: CORP_ID,
            sso_secret: SSO_SECRET,
        })
        .send()
        .await
        .unwrap()
        .access_token
}

async fn list_drive_spaces(client: &Client) -> Result<DriveListSpacesResponse, Error> {
    client
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: ALICE,
            space_type: DriveSpaceType::Org,
            max_results: 10,
        })
        .send()
        .await
        .map_err(Into::into)
}

#[tokio::test]
async fn get_access_token_issues_app_tokens_for_the_app_only() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = anonymous(&fake);
    let token = client
        .oauth2_1_0()
        .get_access_token(oauth2_1_0::GetAccessTokenInput {
            app_key: APP_KEY,
            app_secret: APP_SECRET,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(token.expire_in, Some(7200));
    assert_eq!(fake.tokens_issued(), 1);
    list_drive_spaces(&with_token(&fake, &token.access_token))
        .await
        .unwrap();

    let wrong = client
        .oauth2_1_0()
        .get_access_token(oauth2_1_0::GetAccessTokenInput {
            app_key: APP_KEY,
            app_secret: "wrong",
        })
        .send()
        .await;
    assert_eq!(refusal(wrong), (400, "invalidClientSecret".to_owned()));
    assert_eq!(fake.tokens_issued(), 1);
}

#[tokio::test]
async fn get_corp_access_token_issues_an_organisations_token_with_a_current_suite_ticket() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = anonymous(&fake);
    let token = corp_token(&fake).await;
    list_drive_spaces(&with_token(&fake, &token)).await.unwrap();

    let expired_ticket = client
        .oauth2_1_0()
        .get_corp_access_token(oauth2_1_0::GetCorpAccessTokenInput {
            auth_corp_id: "ding-other-corp",
            suite_key: SUITE_KEY,
            suite_secret: SUITE_SECRET,
            suite_ticket: EXPIRED_SUITE_TICKET,
        })
        .send()
        .await;
    assert_eq!(
        refusal(expired_ticket),
        (400, "invalidSuiteTicket".to_owned())
    );
    let wrong_secret = client
        .oauth2_1_0()
        .get_corp_access_token(oauth2_1_0::GetCorpAccessTokenInput {
            auth_corp_id: "ding-other-corp",
            suite_key: SUITE_KEY,
            suite_secret: "wrong",
            suite_ticket: "ticket",
        })
        .send()
        .await;
    assert_eq!(refusal(wrong_secret).0, 400);
    assert_eq!(fake.tokens_issued(), 1);
}

#[tokio::test]
async fn get_token_issues_app_tokens_for_the_organisations_that_have_the_app() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = anonymous(&fake);
    let get = |corp_id: &'static str, client_id: &'static str, client_secret: &'static str| {
        client
            .oauth2_1_0()
            .get_token(oauth2_1_0::GetTokenInput {
                corp_id,
                client_id,
                client_secret,
                grant_type: ClientCredentialsGrantType::ClientCredentials,
            })
            .send()
    };

    // The internal app in its organisation, the suite in one that installed it.
    for (corp_id, client_id, client_secret) in [
        (CORP_ID, APP_KEY, APP_SECRET),
        ("ding-other-corp", SUITE_KEY, SUITE_SECRET),
    ] {
        let token = get(corp_id, client_id, client_secret).await.unwrap();
        assert_eq!(token.expires_in, Some(7200));
        list_drive_spaces(&with_token(&fake, &token.access_token))
            .await
            .unwrap();
    }
    assert_eq!(fake.tokens_issued(), 2);

    assert_eq!(
        refusal(get(CORP_ID, APP_KEY, "wrong").await),
        (400, "invalid.client".to_owned())
    );
    for (corp_id, client_id, client_secret) in [
        ("ding-other-corp", APP_KEY, APP_SECRET),
        (CORP_WITHOUT_SUITE, SUITE_KEY, SUITE_SECRET),
        (DISSOLVED_CORP, SUITE_KEY, SUITE_SECRET),
    ] {
        assert_eq!(
            refusal(get(corp_id, client_id, client_secret).await),
            (401, "unauthorized.client".to_owned()),
            "{client_id} in {corp_id}"
        );
    }

    // A grant type the spec does not allow: the validating proxy refuses it
    // before the fake sees it; the fake refuses it as DingTalk documents.
    let other_grant = client
        .oauth2_1_0()
        .get_token(oauth2_1_0::GetTokenInput {
            corp_id: CORP_ID,
            client_id: APP_KEY,
            client_secret: APP_SECRET,
            grant_type: ClientCredentialsGrantType::Other("password".into()),
        })
        .send()
        .await;
    let (status, code) = refusal(other_grant);
    if fake.validated() {
        assert_eq!(status, 422, "{code}");
    } else {
        assert_eq!((status, code.as_str()), (400, "unsupported.grant.type"));
    }
    assert_eq!(fake.tokens_issued(), 2);
}

#[tokio::test]
async fn get_suite_access_token_issues_the_suites_own_token() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = anonymous(&fake);
    let token = client
        .oauth2_1_0()
        .get_suite_access_token(oauth2_1_0::GetSuiteAccessTokenInput {
            suite_key: SUITE_KEY,
            suite_secret: SUITE_SECRET,
            suite_ticket: "ticket",
        })
        .send()
        .await
        .unwrap();
    assert_eq!(token.expire_in, Some(7200));
    with_token(&fake, &token.access_token)
        .oauth2_1_0()
        .get_auth_info("ding-other-corp")
        .send()
        .await
        .unwrap();

    let refused = |suite_secret: &'static str, suite_ticket: &'static str| {
        client
            .oauth2_1_0()
            .get_suite_access_token(oauth2_1_0::GetSuiteAccessTokenInput {
                suite_key: SUITE_KEY,
                suite_secret,
                suite_ticket,
            })
            .send()
    };
    assert_eq!(
        refusal(refused(SUITE_SECRET, EXPIRED_SUITE_TICKET).await),
        (400, "invalidSuiteTicket".to_owned())
    );
    assert_eq!(
        refusal(refused("wrong", "ticket").await),
        (400, "invalidClientIdOrSecret".to_owned())
    );
    assert_eq!(fake.tokens_issued(), 1);
}

#[tokio::test]
async fn get_user_token_exchanges_a_code_once_and_rotates_refresh_tokens() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = anonymous(&fake);
    let code = fake.authorization_code(ALICE);
    let first = user_token_request(&client, UserTokenGrantType::AuthorizationCode)
        .code(code.as_str())
        .send()
        .await
        .unwrap();
    assert_eq!(first.expire_in, Some(7200));
    assert_eq!(first.corp_id.as_deref(), Some(CORP_ID));
    let refresh = first.refresh_token.clone().unwrap();
    with_token(&fake, &first.access_token)
        .oauth2_1_0()
        .get_personal_auth_rule()
        .send()
        .await
        .unwrap();

    // A code works once.
    let again = user_token_request(&client, UserTokenGrantType::AuthorizationCode)
        .code(code.as_str())
        .send()
        .await;
    assert_eq!(refusal(again), (400, AUTH_CODE_REFUSED.to_owned()));
    let unknown = user_token_request(&client, UserTokenGrantType::AuthorizationCode)
        .code("no-such-code")
        .send()
        .await;
    assert_eq!(refusal(unknown), (400, AUTH_CODE_REFUSED.to_owned()));
    let without = user_token_request(&client, UserTokenGrantType::AuthorizationCode)
        .send()
        .await;
    assert_eq!(refusal(without), (400, AUTH_CODE_REFUSED.to_owned()));

    // A refresh token renews the user token once, and is replaced by another.
    let second = user_token_request(&client, UserTokenGrantType::RefreshToken)
        .refresh_token(refresh.as_str())
        .send()
        .await
        .unwrap();
    let rotated = second.refresh_token.clone().unwrap();
    assert_ne!(rotated, refresh);
    assert_ne!(second.access_token, first.access_token);
    with_token(&fake, &second.access_token)
        .oauth2_1_0()
        .get_personal_auth_rule()
        .send()
        .await
        .unwrap();
    let reused = user_token_request(&client, UserTokenGrantType::RefreshToken)
        .refresh_token(refresh.as_str())
        .send()
        .await;
    assert_eq!(refusal(reused), (400, REFRESH_TOKEN_REFUSED.to_owned()));

    // Another app cannot use it; a revoked one is refused.
    let other_app = client
        .oauth2_1_0()
        .get_user_token(oauth2_1_0::GetUserTokenInput {
            client_id: SUITE_KEY,
            client_secret: SUITE_SECRET,
            grant_type: UserTokenGrantType::RefreshToken,
        })
        .refresh_token(rotated.as_str())
        .send()
        .await;
    assert_eq!(refusal(other_app), (400, REFRESH_TOKEN_REFUSED.to_owned()));
    fake.revoke_refresh_tokens();
    let revoked = user_token_request(&client, UserTokenGrantType::RefreshToken)
        .refresh_token(rotated.as_str())
        .send()
        .await;
    let error = revoked.unwrap_err();
    let api = error.as_api().unwrap();
    assert_eq!(
        (api.status.as_u16(), api.code.as_deref()),
        (400, Some(REFRESH_TOKEN_REFUSED))
    );
    assert!(
        api.message.as_deref().unwrap().contains("revoked"),
        "{error}"
    );

    let wrong_secret = client
        .oauth2_1_0()
        .get_user_token(oauth2_1_0::GetUserTokenInput {
            client_id: APP_KEY,
            client_secret: "wrong",
            grant_type: UserTokenGrantType::AuthorizationCode,
        })
        .code(fake.authorization_code(ALICE))
        .send()
        .await;
    assert_eq!(
        refusal(wrong_secret),
        (400, "invalidClientIdOrSecret".to_owned())
    );
    assert_eq!(fake.tokens_issued(), 2);
}

#[tokio::test]
async fn get_sso_user_info_takes_the_sso_token_and_a_code_once() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = anonymous(&fake);
    let token = client
        .oauth2_1_0()
        .get_sso_access_token(oauth2_1_0::GetSsoAccessTokenInput {
            corpid: CORP_ID,
            sso_secret: SSO_SECRET,
        })
        .send()
        .await
        .unwrap();
    assert!(token.expire_in.is_some());
    let wrong = client
        .oauth2_1_0()
        .get_sso_access_token(oauth2_1_0::GetSsoAccessTokenInput {
            corpid: CORP_ID,
            sso_secret: "wrong",
        })
        .send()
        .await;
    assert_eq!(refusal(wrong), (400, "invalidClientIdOrSecret".to_owned()));

    let sso = with_token(&fake, &token.access_token);
    let code = fake.sso_code("manager7777");
    let admin = sso
        .oauth2_1_0()
        .get_sso_user_info(code.as_str())
        .send()
        .await
        .unwrap();
    assert_eq!(admin.user_id.as_deref(), Some("manager7777"));
    assert_eq!(admin.corp_id.as_deref(), Some(CORP_ID));
    assert_eq!(admin.is_admin, Some(true));
    assert_eq!(
        refusal(
            sso.oauth2_1_0()
                .get_sso_user_info(code.as_str())
                .send()
                .await
        ),
        (400, "invalidCode".to_owned())
    );

    // Only the SSO token, and not one that expired.
    let app = with_token(&fake, &app_token(&fake).await);
    assert_eq!(
        refusal(
            app.oauth2_1_0()
                .get_sso_user_info(fake.sso_code("manager7777"))
                .send()
                .await
        ),
        (400, "invalidToken".to_owned())
    );
    // The SSO token is refused by the other APIs.
    assert_eq!(
        refusal(list_drive_spaces(&sso).await),
        invalid_authentication()
    );
    fake.expire_tokens();
    assert_eq!(
        refusal(
            sso.oauth2_1_0()
                .get_sso_user_info(fake.sso_code("manager7777"))
                .send()
                .await
        ),
        invalid_authentication()
    );
}

#[tokio::test]
async fn create_jsapi_ticket_takes_an_app_or_organisation_token() {
    let fake = FakeDingTalk::start().await.unwrap();
    for token in [app_token(&fake).await, corp_token(&fake).await] {
        let ticket = with_token(&fake, &token)
            .oauth2_1_0()
            .create_jsapi_ticket()
            .send()
            .await
            .unwrap();
        assert!(!ticket.jsapi_ticket.is_empty());
        assert_eq!(ticket.expire_in, Some(7200));
    }
    for token in [
        suite_token(&fake).await,
        user_token(&fake).await.access_token,
        "not-a-token".to_owned(),
    ] {
        assert_eq!(
            refusal(
                with_token(&fake, &token)
                    .oauth2_1_0()
                    .create_jsapi_ticket()
                    .send()
                    .await
            ),
            invalid_authentication()
        );
    }
}

#[tokio::test]
async fn get_auth_info_takes_the_suite_token_and_describes_an_installation() {
    let fake = FakeDingTalk::start().await.unwrap();
    let suite = with_token(&fake, &suite_token(&fake).await);
    let info = suite
        .oauth2_1_0()
        .get_auth_info("ding-other-corp")
        .send()
        .await
        .unwrap();
    let agents = info.auth_app_info.unwrap().agent_list.unwrap();
    assert_eq!(agents.len(), 1);
    assert!(agents[0].agent_id.is_some());
    assert!(info.auth_corp_info.unwrap().corp_name.is_some());
    assert!(info.auth_user_info.unwrap().user_id.is_some());

    for (corp_id, code) in [
        (DISSOLVED_CORP, "orgNotExist"),
        (CORP_WITHOUT_SUITE, "orgNotAuthApp"),
        ("not a corp id!", "invalidCorpId"),
    ] {
        assert_eq!(
            refusal(suite.oauth2_1_0().get_auth_info(corp_id).send().await),
            (400, code.to_owned()),
            "{corp_id}"
        );
    }
    // An organisation's token is not the suite's.
    let corp = with_token(&fake, &corp_token(&fake).await);
    assert_eq!(
        refusal(
            corp.oauth2_1_0()
                .get_auth_info("ding-other-corp")
                .send()
                .await
        ),
        invalid_authentication()
    );
}

#[tokio::test]
async fn get_personal_auth_rule_takes_a_user_token_until_it_is_revoked() {
    let fake = FakeDingTalk::start().await.unwrap();
    let user = with_token(&fake, &user_token(&fake).await.access_token);
    let rules = user
        .oauth2_1_0()
        .get_personal_auth_rule()
        .send()
        .await
        .unwrap()
        .result
        .unwrap();
    assert!(rules
        .iter()
        .any(|r| r.resource.as_deref() == Some("Contact.User")));

    let app = with_token(&fake, &app_token(&fake).await);
    let refused = app.oauth2_1_0().get_personal_auth_rule().send().await;
    let error = refused.unwrap_err();
    let api = error.as_api().unwrap();
    assert_eq!(api.code.as_deref(), Some("InvalidAuthentication"));
    assert!(
        api.message
            .as_deref()
            .unwrap()
            .contains("user access token"),
        "{error}"
    );
    // Nor do storage and drive take the user token.
    assert_eq!(
        refusal(list_drive_spaces(&user).await),
        invalid_authentication()
    );

    fake.revoke_tokens();
    let error = user
        .oauth2_1_0()
        .get_personal_auth_rule()
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        error.code(),
        Some(dingtalk::oauth2_1_0::ErrorCode::InvalidAuthentication)
    );
    assert!(error.to_string().contains("revoked"), "{error}");
}

#[tokio::test]
async fn kickoff_by_device_id_reports_its_outcome_in_the_body() {
    let fake = FakeDingTalk::start().await.unwrap();
    let app = with_token(&fake, &app_token(&fake).await);
    let done = app
        .oauth2_1_0()
        .kickoff_by_device_id()
        .user_id("manager975")
        .open_device_id("device-1")
        .send()
        .await
        .unwrap();
    assert_eq!(done.success, Some(true));
    assert_eq!(done.error_code, None);
    let not_done = app
        .oauth2_1_0()
        .kickoff_by_device_id()
        .user_id("manager975")
        .send()
        .await
        .unwrap();
    assert_eq!(not_done.success, Some(false));
    assert!(not_done.error_code.is_some() && not_done.error_msg.is_some());

    let user = with_token(&fake, &user_token(&fake).await.access_token);
    assert_eq!(
        refusal(
            user.oauth2_1_0()
                .kickoff_by_device_id()
                .user_id("manager975")
                .open_device_id("device-1")
                .send()
                .await
        ),
        invalid_authentication()
    );
}

#[tokio::test]
async fn storage_and_drive_take_app_and_organisation_tokens_until_they_expire_or_are_revoked() {
    let fake = FakeDingTalk::start().await.unwrap();
    let app = with_token(&fake, &app_token(&fake).await);
    let corp = with_token(&fake, &corp_token(&fake).await);
    let given = with_token(&fake, &fake.issue_token());
    for client in [&app, &corp, &given] {
        list_drive_spaces(client).await.unwrap();
    }
    let suite = with_token(&fake, &suite_token(&fake).await);
    let sso = with_token(&fake, &sso_token(&fake).await);
    for client in [&suite, &sso, &with_token(&fake, "not-a-token")] {
        assert_eq!(
            refusal(list_drive_spaces(client).await),
            invalid_authentication()
        );
    }

    fake.expire_tokens();
    let error = list_drive_spaces(&app).await.unwrap_err();
    assert_eq!(error.code(), Some("InvalidAuthentication"));
    assert!(error.to_string().contains("expired"), "{error}");

    let fresh = with_token(&fake, &app_token(&fake).await);
    list_drive_spaces(&fresh).await.unwrap();
    fake.revoke_tokens();
    let error = list_drive_spaces(&fresh).await.unwrap_err();
    assert_eq!(error.code(), Some("InvalidAuthentication"));
    assert!(error.to_string().contains("revoked"), "{error}");
}

//! Credentials of every kind against the fake DingTalk: each token obtained
//! with its own OAuth2 operation, cached (one token request however many
//! calls, concurrent ones too), renewed before it expires and when DingTalk
//! rejects it (expired or revoked), user tokens renewed with the refresh
//! token DingTalk rotated, refusals explained, and no secret in `Debug`
//! output or logs.

#[path = "../../../generated-client/tests/client/common/logs.rs"]
mod logs;

use std::time::Duration;

use dingtalk::drive_1_0::*;
use dingtalk::oauth2_1_0::*;
use dingtalk::{drive_1_0, oauth2_1_0};
use dingtalk::{Client, Credentials, Error};
use fake_dingtalk::oauth2::{REFRESH_TOKEN_REFUSED, SSO_SECRET};
use fake_dingtalk::{Config, FakeDingTalk, APP_KEY, APP_SECRET, CORP_ID, SUITE_KEY, SUITE_SECRET};
use futures_util::future::{join_all, BoxFuture};
use logs::Captured;

const ALICE: &str = "union-alice";

fn client(fake: &FakeDingTalk, credentials: Credentials) -> Client {
    Client::builder()
        .base_url(fake.base_url())
        .credentials(credentials)
        .build()
        .unwrap()
}

/// A call that needs a token of one kind, made with `client`.
type Call = fn(&Client) -> BoxFuture<'_, Result<(), Error>>;

fn drive_call(client: &Client) -> BoxFuture<'_, Result<(), Error>> {
    Box::pin(async move {
        client
            .drive_1_0()
            .list_spaces(drive_1_0::ListSpacesInput {
                union_id: ALICE,
                space_type: DriveSpaceType::Org,
                max_results: 10,
            })
            .send()
            .await
            .map(drop)
            .map_err(dingtalk::Error::from)
    })
}

fn auth_info_call(client: &Client) -> BoxFuture<'_, Result<(), Error>> {
    Box::pin(async move {
        client
            .oauth2_1_0()
            .get_auth_info("ding-other-corp")
            .send()
            .await
            .map(drop)
            .map_err(dingtalk::Error::from)
    })
}

fn personal_auth_rule_call(client: &Client) -> BoxFuture<'_, Result<(), Error>> {
    Box::pin(async move {
        client
            .oauth2_1_0()
            .get_personal_auth_rule()
            .send()
            .await
            .map(drop)
            .map_err(dingtalk::Error::from)
    })
}

/// The one call the SSO token is for, with a new code of the fake each time.
fn sso_call(fake: &FakeDingTalk) -> impl Fn(&Client) -> BoxFuture<'_, Result<(), Error>> + '_ {
    move |client| {
        let code = fake.sso_code("manager7777");
        Box::pin(async move {
            client
                .oauth2_1_0()
                .get_sso_user_info(code)
                .send()
                .await
                .map(drop)
                .map_err(dingtalk::Error::from)
        })
    }
}

/// Credentials of each kind, the token operation they use, and a call that takes their token.
type Kind = (
    &'static str,
    fn(&FakeDingTalk) -> Credentials,
    &'static str,
    Call,
);

fn kinds() -> Vec<Kind> {
    vec![
        (
            "app",
            |_| {
                Credentials::app(dingtalk::AppCredentials {
                    app_key: APP_KEY,
                    app_secret: APP_SECRET,
                })
            },
            "POST /v1.0/oauth2/accessToken 200",
            drive_call,
        ),
        (
            "corp",
            |_| {
                Credentials::corp(dingtalk::CorpCredentials {
                    auth_corp_id: "ding-other-corp",
                    suite_key: SUITE_KEY,
                    suite_secret: SUITE_SECRET,
                    suite_ticket: "ticket",
                })
            },
            "POST /v1.0/oauth2/corpAccessToken 200",
            drive_call,
        ),
        (
            "client credentials",
            |_| {
                Credentials::client_credentials(dingtalk::ClientCredentials {
                    corp_id: CORP_ID,
                    client_id: APP_KEY,
                    client_secret: APP_SECRET,
                })
            },
            "POST /v1.0/oauth2/{corpId}/token 200",
            drive_call,
        ),
        (
            "suite",
            |_| {
                Credentials::suite(dingtalk::SuiteCredentials {
                    suite_key: SUITE_KEY,
                    suite_secret: SUITE_SECRET,
                    suite_ticket: "ticket",
                })
            },
            "POST /v1.0/oauth2/suiteAccessToken 200",
            auth_info_call,
        ),
        (
            "user",
            |fake| {
                Credentials::user_code(dingtalk::UserCodeCredentials {
                    client_id: APP_KEY,
                    client_secret: APP_SECRET,
                    code: &fake.authorization_code(ALICE),
                })
            },
            "POST /v1.0/oauth2/userAccessToken 200",
            personal_auth_rule_call,
        ),
    ]
}

fn served(fake: &FakeDingTalk, what: &str) -> usize {
    fake.served().get(what).copied().unwrap_or(0)
}

/// 401s the fake answered, over every operation.
fn rejections(fake: &FakeDingTalk) -> usize {
    fake.served()
        .iter()
        .filter(|(what, _)| what.ends_with(" 401"))
        .map(|(_, n)| n)
        .sum()
}

#[tokio::test]
async fn each_kind_of_token_is_obtained_once_for_many_calls_and_renewed_when_rejected() {
    for (kind, credentials, token_operation, call) in kinds() {
        // A fake of its own, so that the counts are the kind's.
        let fake = FakeDingTalk::start().await.unwrap();
        let client = client(&fake, credentials(&fake));

        // Cold, 20 calls at once: one token request.
        let results = join_all((0..20).map(|_| call(&client))).await;
        assert!(results.iter().all(Result::is_ok), "{kind}: {results:?}");
        call(&client).await.unwrap();
        call(&client.clone()).await.unwrap();
        assert_eq!(fake.tokens_issued(), 1, "{kind}");
        assert_eq!(served(&fake, token_operation), 1, "{kind}");

        // Expired: rejected once, renewed, retried.
        fake.expire_tokens();
        let results = join_all((0..5).map(|_| call(&client))).await;
        assert!(results.iter().all(Result::is_ok), "{kind}: {results:?}");
        assert_eq!(fake.tokens_issued(), 2, "{kind}: one renewal for all");

        // Revoked: the same.
        fake.revoke_tokens();
        call(&client).await.unwrap();
        call(&client).await.unwrap();
        assert_eq!(fake.tokens_issued(), 3, "{kind}");
        assert_eq!(served(&fake, token_operation), 3, "{kind}");
    }
}

#[tokio::test]
async fn sso_credentials_obtain_the_token_of_the_sso_user_info_call() {
    let fake = FakeDingTalk::start().await.unwrap();
    let sso = client(
        &fake,
        Credentials::sso(dingtalk::SsoCredentials {
            corp_id: CORP_ID,
            sso_secret: SSO_SECRET,
        }),
    );
    let call = sso_call(&fake);
    let results = join_all((0..10).map(|_| call(&sso))).await;
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    assert_eq!(served(&fake, "POST /v1.0/oauth2/ssoAccessToken 200"), 1);
    fake.expire_tokens();
    call(&sso).await.unwrap();
    assert_eq!(served(&fake, "POST /v1.0/oauth2/ssoAccessToken 200"), 2);
}

#[tokio::test]
async fn tokens_are_renewed_shortly_before_they_expire_without_a_rejection() {
    let fake = FakeDingTalk::start_with(Config {
        token_lifetime: Duration::from_secs(2),
        ..Config::default()
    })
    .await
    .unwrap();
    // Tokens lasting 2 s are renewed by their lifetime, not the minimum one.
    let client = |credentials| {
        Client::builder()
            .base_url(fake.base_url())
            .credentials(credentials)
            .min_token_lifetime(Duration::ZERO)
            .build()
            .unwrap()
    };
    let app = client(Credentials::app(dingtalk::AppCredentials {
        app_key: APP_KEY,
        app_secret: APP_SECRET,
    }));
    let user_credentials = Credentials::user_code(dingtalk::UserCodeCredentials {
        client_id: APP_KEY,
        client_secret: APP_SECRET,
        code: &fake.authorization_code(ALICE),
    });
    let user = client(user_credentials.clone());
    drive_call(&app).await.unwrap();
    personal_auth_rule_call(&user).await.unwrap();
    let first_refresh_token = user_credentials.refresh_token().await.unwrap();
    assert_eq!(fake.tokens_issued(), 2);

    // 10% of the lifetime early: after 1.8 s of 2.
    tokio::time::sleep(Duration::from_millis(1900)).await;
    drive_call(&app).await.unwrap();
    personal_auth_rule_call(&user).await.unwrap();
    assert_eq!(fake.tokens_issued(), 4);
    assert_eq!(rejections(&fake), 0, "{:?}", fake.served());
    assert_ne!(
        user_credentials.refresh_token().await.unwrap(),
        first_refresh_token
    );
}

#[tokio::test]
async fn user_tokens_are_renewed_with_the_latest_refresh_token_shared_by_clones() {
    let fake = FakeDingTalk::start().await.unwrap();
    let credentials = Credentials::user_code(dingtalk::UserCodeCredentials {
        client_id: APP_KEY,
        client_secret: APP_SECRET,
        code: &fake.authorization_code(ALICE),
    });
    assert_eq!(
        credentials.refresh_token().await,
        None,
        "the code is not exchanged yet"
    );
    let first = client(&fake, credentials.clone());
    personal_auth_rule_call(&first).await.unwrap();
    let mut seen = vec![credentials.refresh_token().await.unwrap()];

    // Each renewal rotates the refresh token; the credentials follow.
    for _ in 0..3 {
        fake.expire_tokens();
        personal_auth_rule_call(&first).await.unwrap();
        let current = credentials.refresh_token().await.unwrap();
        assert!(!seen.contains(&current), "not rotated: {current}");
        seen.push(current);
    }
    assert_eq!(fake.tokens_issued(), 4);

    // The refresh tokens it replaced no longer work.
    let anonymous = Client::builder().base_url(fake.base_url()).build().unwrap();
    let replaced = anonymous
        .oauth2_1_0()
        .get_user_token(oauth2_1_0::GetUserTokenInput {
            client_id: APP_KEY,
            client_secret: APP_SECRET,
            grant_type: UserTokenGrantType::RefreshToken,
        })
        .refresh_token(seen[0].as_str())
        .send()
        .await
        .unwrap_err();
    // A code the spec does not document is kept as sent.
    assert_eq!(
        replaced.code(),
        Some(oauth2_1_0::ErrorCode::Other(
            REFRESH_TOKEN_REFUSED.to_owned()
        ))
    );

    // A second client of the same credentials renews with the latest one,
    // and the first goes on with the one the second got.
    let second = client(&fake, credentials.clone());
    personal_auth_rule_call(&second).await.unwrap();
    fake.revoke_tokens();
    personal_auth_rule_call(&first).await.unwrap();
    personal_auth_rule_call(&second).await.unwrap();
    assert_eq!(fake.tokens_issued(), 7);
    assert_eq!(served(&fake, "POST /v1.0/oauth2/userAccessToken 400"), 1);
}

#[tokio::test]
async fn a_stored_refresh_token_starts_user_credentials() {
    let fake = FakeDingTalk::start().await.unwrap();
    let anonymous = Client::builder().base_url(fake.base_url()).build().unwrap();
    let stored = anonymous
        .oauth2_1_0()
        .get_user_token(oauth2_1_0::GetUserTokenInput {
            client_id: APP_KEY,
            client_secret: APP_SECRET,
            grant_type: UserTokenGrantType::AuthorizationCode,
        })
        .code(fake.authorization_code(ALICE))
        .send()
        .await
        .unwrap()
        .refresh_token
        .unwrap();

    let credentials = Credentials::user_refresh_token(dingtalk::UserRefreshTokenCredentials {
        client_id: APP_KEY,
        client_secret: APP_SECRET,
        refresh_token: stored.as_str(),
    });
    assert_eq!(
        credentials.refresh_token().await.as_deref(),
        Some(stored.as_str())
    );
    let user = client(&fake, credentials.clone());
    personal_auth_rule_call(&user).await.unwrap();
    personal_auth_rule_call(&user).await.unwrap();
    assert_eq!(fake.tokens_issued(), 2);
    let to_store = credentials.refresh_token().await.unwrap();
    assert_ne!(to_store, stored, "DingTalk's replacement is what to store");

    // The replacement, stored and used after a restart, works too.
    let restarted = client(
        &fake,
        Credentials::user_refresh_token(dingtalk::UserRefreshTokenCredentials {
            client_id: APP_KEY,
            client_secret: APP_SECRET,
            refresh_token: &to_store,
        }),
    );
    personal_auth_rule_call(&restarted).await.unwrap();
    assert_eq!(fake.tokens_issued(), 3);
}

#[tokio::test]
async fn a_refused_refresh_token_or_code_fails_the_call_saying_so() {
    let fake = FakeDingTalk::start().await.unwrap();
    let user = client(
        &fake,
        Credentials::user_code(dingtalk::UserCodeCredentials {
            client_id: APP_KEY,
            client_secret: APP_SECRET,
            code: &fake.authorization_code(ALICE),
        }),
    );
    personal_auth_rule_call(&user).await.unwrap();
    fake.revoke_refresh_tokens();
    fake.expire_tokens();
    let error = personal_auth_rule_call(&user).await.unwrap_err();
    let api = error.as_api().expect("an API error");
    assert_eq!(api.operation_id, "oauth2_GetUserToken");
    assert_eq!(
        (api.status.as_u16(), api.code.as_deref()),
        (400, Some(REFRESH_TOKEN_REFUSED))
    );
    let message = error.to_string();
    for expected in [
        "refresh token was refused",
        "authorise the app again",
        "revoked",
    ] {
        assert!(
            message.contains(expected),
            "{expected:?} missing in: {message}"
        );
    }
    assert!(!message.contains("fake-refresh-token-"), "{message}");
    // It stays refused: no token was issued, however often the app tries.
    assert!(personal_auth_rule_call(&user).await.is_err());
    assert_eq!(fake.tokens_issued(), 1);

    // An authorisation code works once.
    let code = fake.authorization_code(ALICE);
    personal_auth_rule_call(&client(
        &fake,
        Credentials::user_code(dingtalk::UserCodeCredentials {
            client_id: APP_KEY,
            client_secret: APP_SECRET,
            code: code.as_str(),
        }),
    ))
    .await
    .unwrap();
    let error = personal_auth_rule_call(&client(
        &fake,
        Credentials::user_code(dingtalk::UserCodeCredentials {
            client_id: APP_KEY,
            client_secret: APP_SECRET,
            code: code.as_str(),
        }),
    ))
    .await
    .unwrap_err();
    assert_eq!(error.code(), Some("invalidParameter.authCode.notFound"));
    assert!(
        error.to_string().contains("authorisation code was refused"),
        "{error}"
    );
}

#[tokio::test]
async fn a_token_of_the_wrong_kind_is_refused_with_a_message_naming_the_kind() {
    let fake = FakeDingTalk::start().await.unwrap();
    let app = client(
        &fake,
        Credentials::app(dingtalk::AppCredentials {
            app_key: APP_KEY,
            app_secret: APP_SECRET,
        }),
    );
    let error = personal_auth_rule_call(&app).await.unwrap_err();
    assert_eq!(error.code(), Some("InvalidAuthentication"));
    assert!(error.to_string().contains("user access token"), "{error}");
    let user = client(
        &fake,
        Credentials::user_code(dingtalk::UserCodeCredentials {
            client_id: APP_KEY,
            client_secret: APP_SECRET,
            code: &fake.authorization_code(ALICE),
        }),
    );
    let error = drive_call(&user).await.unwrap_err();
    assert!(
        error
            .to_string()
            .contains("does not accept a user access token"),
        "{error}"
    );
}

#[tokio::test]
async fn wrong_app_credentials_fail_with_the_token_operations_error() {
    let fake = FakeDingTalk::start().await.unwrap();
    for (credentials, operation_id, call) in [
        (
            Credentials::app(dingtalk::AppCredentials {
                app_key: APP_KEY,
                app_secret: "wrong",
            }),
            "oauth2_GetAccessToken",
            drive_call as Call,
        ),
        (
            Credentials::client_credentials(dingtalk::ClientCredentials {
                corp_id: CORP_ID,
                client_id: APP_KEY,
                client_secret: "wrong",
            }),
            "oauth2_GetToken",
            drive_call,
        ),
        (
            Credentials::suite(dingtalk::SuiteCredentials {
                suite_key: SUITE_KEY,
                suite_secret: "wrong",
                suite_ticket: "ticket",
            }),
            "oauth2_GetSuiteAccessToken",
            auth_info_call,
        ),
        (
            Credentials::user_code(dingtalk::UserCodeCredentials {
                client_id: APP_KEY,
                client_secret: "wrong",
                code: &fake.authorization_code(ALICE),
            }),
            "oauth2_GetUserToken",
            personal_auth_rule_call,
        ),
    ] {
        let error = call(&client(&fake, credentials)).await.unwrap_err();
        assert_eq!(
            error.as_api().unwrap().operation_id,
            operation_id,
            "{error}"
        );
        // A wrong secret is not explained away as a refused code.
        assert!(!error.to_string().contains("was refused"), "{error}");
    }
    assert_eq!(fake.tokens_issued(), 0);
}

#[tokio::test]
async fn no_secret_reaches_debug_output_or_logs() {
    let captured = Captured::default();
    let subscriber = captured.subscriber(tracing::Level::TRACE);
    // The global subscriber, so that what every test of this file logs, on
    // whichever thread, is checked too.
    tracing::subscriber::set_global_default(subscriber).unwrap();

    let fake = FakeDingTalk::start().await.unwrap();
    let code = fake.authorization_code(ALICE);
    let user_credentials = Credentials::user_code(dingtalk::UserCodeCredentials {
        client_id: APP_KEY,
        client_secret: APP_SECRET,
        code: code.as_str(),
    });
    let all = [
        Credentials::access_token("given-token-value"),
        Credentials::app(dingtalk::AppCredentials {
            app_key: APP_KEY,
            app_secret: APP_SECRET,
        }),
        Credentials::corp(dingtalk::CorpCredentials {
            auth_corp_id: "ding-other-corp",
            suite_key: SUITE_KEY,
            suite_secret: SUITE_SECRET,
            suite_ticket: "suite-ticket-value",
        }),
        Credentials::client_credentials(dingtalk::ClientCredentials {
            corp_id: CORP_ID,
            client_id: APP_KEY,
            client_secret: APP_SECRET,
        }),
        Credentials::suite(dingtalk::SuiteCredentials {
            suite_key: SUITE_KEY,
            suite_secret: SUITE_SECRET,
            suite_ticket: "suite-ticket-value",
        }),
        user_credentials.clone(),
        Credentials::user_refresh_token(dingtalk::UserRefreshTokenCredentials {
            client_id: APP_KEY,
            client_secret: APP_SECRET,
            refresh_token: "stored-refresh-token-value",
        }),
        Credentials::sso(dingtalk::SsoCredentials {
            corp_id: CORP_ID,
            sso_secret: SSO_SECRET,
        }),
    ];

    // Tokens of every kind obtained, and a user's renewed.
    let user = client(&fake, user_credentials.clone());
    personal_auth_rule_call(&user).await.unwrap();
    fake.expire_tokens();
    personal_auth_rule_call(&user).await.unwrap();
    drive_call(&client(&fake, all[1].clone())).await.unwrap();
    auth_info_call(&client(&fake, all[4].clone()))
        .await
        .unwrap();
    sso_call(&fake)(&client(&fake, all[7].clone()))
        .await
        .unwrap();
    let refresh_token = user_credentials.refresh_token().await.unwrap();

    let debug = format!("{all:?} {user:?}");
    for visible in [APP_KEY, SUITE_KEY, CORP_ID, "ding-other-corp"] {
        assert!(debug.contains(visible), "{visible} missing in {debug}");
    }
    let logs = captured.text();
    assert!(logs.contains("obtained a new access token"), "{logs}");
    for secret in [
        APP_SECRET,
        SUITE_SECRET,
        SSO_SECRET,
        "given-token-value",
        "suite-ticket-value",
        "stored-refresh-token-value",
        code.as_str(),
        refresh_token.as_str(),
        // Every token the fake issues starts so.
        "fake-token-",
        "fake-refresh-token-",
    ] {
        assert!(
            !debug.contains(secret),
            "{secret} leaked into Debug: {debug}"
        );
        assert!(
            !logs.contains(secret),
            "{secret} leaked into the logs:\n{logs}"
        );
    }
}

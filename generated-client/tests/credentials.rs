//! User credentials: an authorization code exchanged once, then the refresh
//! token each answer brings, rotated; a refused refresh token is a clear
//! error; secrets stay out of `Debug`.

mod common;

use common::*;
use dingtalk::operations::StorageGetSpaceInput;
use dingtalk::{Client, Credentials, Error};
use serde_json::json;
use wiremock::matchers::{body_partial_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN_PATH: &str = "/v1.0/oauth2/userAccessToken";

async fn token_answer(server: &MockServer, grant: serde_json::Value, answer: serde_json::Value) {
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .and(body_partial_json(grant))
        .respond_with(ResponseTemplate::new(200).set_body_json(answer))
        .mount(server)
        .await;
}

async fn get_space(client: &Client) -> Result<(), Error> {
    client
        .storage_get_space(StorageGetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .send()
        .await
        .map(drop)
}

#[tokio::test]
async fn a_code_is_exchanged_once_then_the_rotated_refresh_token_is_used() {
    let server = MockServer::start().await;
    token_answer(
        &server,
        json!({"clientId": "app", "clientSecret": "secret", "grantType": "authorization_code", "code": "code-1"}),
        json!({"accessToken": "user-1", "refreshToken": "refresh-1", "expireIn": 7200}),
    )
    .await;
    token_answer(
        &server,
        json!({"clientId": "app", "grantType": "refresh_token", "refreshToken": "refresh-1"}),
        json!({"accessToken": "user-2", "refreshToken": "refresh-2", "expireIn": 7200}),
    )
    .await;
    // The first user token is refused, as an expired or revoked one is.
    Mock::given(method("GET"))
        .and(header("x-acs-dingtalk-access-token", "user-1"))
        .respond_with(ResponseTemplate::new(401).set_body_json(
            json!({"code": "InvalidAuthentication", "message": "expired", "requestid": "r"}),
        ))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(header("x-acs-dingtalk-access-token", "user-2"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(response_example("storage_GetSpace")),
        )
        .mount(&server)
        .await;
    let credentials = Credentials::user_code("app", "secret", "code-1");
    assert_eq!(credentials.refresh_token(), None);
    let client = Client::builder()
        .base_url(server.uri())
        .credentials(credentials.clone())
        .build()
        .unwrap();

    get_space(&client).await.unwrap();
    get_space(&client).await.unwrap();

    let requests = server.received_requests().await.unwrap();
    let tokens: Vec<&str> = requests
        .iter()
        .filter(|r| r.url.path() == TOKEN_PATH)
        .map(|r| {
            if json_body(r)["grantType"] == "authorization_code" {
                "code"
            } else {
                "refresh"
            }
        })
        .collect();
    assert_eq!(
        tokens,
        ["code", "refresh"],
        "one exchange each, then cached"
    );
    let sent: Vec<&str> = requests
        .iter()
        .filter(|r| r.url.path() != TOKEN_PATH)
        .map(header_of)
        .collect();
    assert_eq!(sent, ["user-1", "user-2", "user-2"]);
    assert_eq!(credentials.refresh_token().as_deref(), Some("refresh-2"));
}

fn header_of(request: &wiremock::Request) -> &str {
    request.headers["x-acs-dingtalk-access-token"]
        .to_str()
        .unwrap()
}

#[tokio::test]
async fn a_refused_refresh_token_is_a_clear_error() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({
            "code": "invalidParameter.refreshToken.notFound",
            "message": "the refresh token is invalid",
            "requestid": "r"
        })))
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .credentials(Credentials::user_refresh_token("app", "secret", "stale"))
        .build()
        .unwrap();

    let error = get_space(&client).await.unwrap_err();
    let api = error.as_api().expect("the token call's answer");
    assert_eq!(api.operation_id, "oauth2_GetUserToken");
    assert_eq!(
        api.code.as_deref(),
        Some("invalidParameter.refreshToken.notFound")
    );
    assert!(
        server
            .received_requests()
            .await
            .unwrap()
            .iter()
            .all(|r| r.url.path() == TOKEN_PATH),
        "nothing is sent without a token"
    );
}

#[test]
fn user_secrets_stay_out_of_debug() {
    for credentials in [
        Credentials::user_code("app", "the-secret", "the-code"),
        Credentials::user_refresh_token("app", "the-secret", "the-refresh-token"),
    ] {
        let shown = format!("{credentials:?}");
        assert!(shown.contains("app"), "{shown}");
        for secret in ["the-secret", "the-code", "the-refresh-token"] {
            assert!(!shown.contains(secret), "{shown}");
        }
    }
}

#[tokio::test]
async fn a_suite_token_is_obtained_once_and_sent() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1.0/oauth2/suiteAccessToken"))
        .and(body_partial_json(
            json!({"suiteKey": "suite", "suiteSecret": "the-secret", "suiteTicket": "the-ticket"}),
        ))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"accessToken": "suite-token", "expireIn": 7200})),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1.0/oauth2/apps/authInfo"))
        .and(header("x-acs-dingtalk-access-token", "suite-token"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(response_example("oauth2_GetAuthInfo")),
        )
        .mount(&server)
        .await;
    let credentials = Credentials::suite("suite", "the-secret", "the-ticket");
    let shown = format!("{credentials:?}");
    assert!(
        !shown.contains("the-secret") && !shown.contains("the-ticket"),
        "{shown}"
    );
    let client = Client::builder()
        .base_url(server.uri())
        .credentials(credentials)
        .build()
        .unwrap();

    for _ in 0..3 {
        client.oauth2_get_auth_info("corp").send().await.unwrap();
    }

    let requests = server.received_requests().await.unwrap();
    let token_requests = requests
        .iter()
        .filter(|r| r.url.path() == "/v1.0/oauth2/suiteAccessToken")
        .count();
    assert_eq!(token_requests, 1);
    assert_eq!(requests.len(), 4);
}

/// A storage call that needs whatever token the client holds.
async fn add_space(client: &Client) -> Result<(), Error> {
    client
        .storage_add_space("union-tokens")
        .send()
        .await
        .map(drop)
}

fn client_of(fake: &fake_dingtalk::FakeDingTalk, credentials: Credentials) -> Client {
    Client::builder()
        .base_url(fake.base_url())
        .credentials(credentials)
        .build()
        .unwrap()
}

#[tokio::test]
async fn each_token_kind_is_obtained_cached_and_renewed_against_the_fake() {
    use fake_dingtalk::{FakeDingTalk, APP_KEY, APP_SECRET, SUITE_KEY, SUITE_SECRET};
    let fake = FakeDingTalk::start().await.unwrap();
    let code = fake.authorization_code("union-tokens");
    let user = Credentials::user_code(APP_KEY, APP_SECRET, code);
    let kinds = [
        ("app", Credentials::app(APP_KEY, APP_SECRET)),
        (
            "corp",
            Credentials::corp("corp-1", SUITE_KEY, SUITE_SECRET, "ticket"),
        ),
        (
            "suite",
            Credentials::suite(SUITE_KEY, SUITE_SECRET, "ticket"),
        ),
        ("user", user.clone()),
    ];
    for (kind, credentials) in kinds {
        let client = client_of(&fake, credentials);
        let before = fake.tokens_issued();
        for _ in 0..3 {
            add_space(&client)
                .await
                .unwrap_or_else(|e| panic!("{kind}: {e}"));
        }
        assert_eq!(
            fake.tokens_issued() - before,
            1,
            "{kind}: one token, cached"
        );
        // An expired token is refused with InvalidAuthentication, renewed, and
        // the call retried.
        fake.expire_tokens();
        add_space(&client)
            .await
            .unwrap_or_else(|e| panic!("{kind}: {e}"));
        assert_eq!(fake.tokens_issued() - before, 2, "{kind}: renewed once");
    }
    let first_refresh = user
        .refresh_token()
        .expect("a refresh token after the code");

    // Revoked: the user's refresh token no longer works, and the call says why.
    let client = client_of(&fake, user.clone());
    add_space(&client).await.unwrap();
    assert_ne!(
        user.refresh_token().as_deref(),
        Some(first_refresh.as_str()),
        "rotated"
    );
    fake.revoke_tokens();
    let error = add_space(&client).await.unwrap_err();
    let api = error.as_api().expect("the token call's answer");
    assert_eq!(api.operation_id, "oauth2_GetUserToken");
    assert_eq!(
        api.code.as_deref(),
        Some("invalidParameter.authCode.notFound")
    );
}

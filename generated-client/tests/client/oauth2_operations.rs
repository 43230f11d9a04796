//! The OAuth2 operations against a local server. Each test calls the client
//! with the inputs of the spec's request example and checks the request on
//! the wire: method, path, the exact query, the token header (none for the
//! calls that issue tokens, the client's token for the others) and the JSON
//! body, which must equal the spec's request example. The server answers with
//! the spec's 200 example, and the test checks the typed result.
//! `oauth2_GetAccessToken` and `oauth2_GetCorpAccessToken` are in
//! `operations.rs`.

use crate::common;

use std::collections::BTreeSet;
use std::future::Future;

use common::*;
use dingtalk::oauth2_1_0;
use dingtalk::oauth2_1_0::*;
use serde_json::{json, Value};
use wiremock::{Request, ResponseTemplate};

// The values of the spec's examples.
const CORP_ID: &str = "ding5f3c2e1a9bxxxx";
const CLIENT_SECRET: &str = "GT-lsu-taDAxxxsTsxxxx";

fn ok(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

/// The token a test's client holds: the app access token of the common
/// helpers, or another kind (an SSO, suite or user token) that the operation
/// under test takes in the same header.
fn client_with(server: &wiremock::MockServer, token: &str) -> dingtalk::Client {
    dingtalk::Client::builder()
        .base_url(server.uri())
        .access_token(token)
        .build()
        .unwrap()
}

/// Sends one call, by a client holding `token`, to a server that answers with
/// the spec's 200 example of `operation_id`; returns the request the server
/// received and the decoded result.
async fn exchange<T, E, Fut>(
    operation_id: &str,
    token: &str,
    call: impl FnOnce(dingtalk::Client) -> Fut,
) -> (Request, T)
where
    E: std::fmt::Debug,
    Fut: Future<Output = Result<T, dingtalk::Error<E>>>,
{
    let server = server(ok(response_example(operation_id))).await;
    let result = call(client_with(&server, token))
        .await
        .unwrap_or_else(|err| panic!("{operation_id}: {err}"));
    (only_request(&server).await, result)
}

/// Whether the spec sends `operation_id` without a token (`security: []`).
fn anonymous(operation_id: &str) -> bool {
    let (_, _, op) = operation(operation_id);
    op["security"]
        .as_array()
        .is_some_and(|alternatives| alternatives.is_empty())
}

/// Checks the request a call of `operation_id` sent: its method and path,
/// exactly the query pairs `query`, the token header (`token`, or none at
/// all), `accept` and `user-agent`, and, when the spec gives the operation a
/// body, `content-type` and a body equal to the spec's request example;
/// without one, no body and no `content-type`.
///
/// It also checks the expectations against the spec: the method is the
/// spec's, the path fits the spec's template, `query` names every query
/// parameter the spec documents, and a missing token goes with `security: []`.
fn check_request(
    request: &Request,
    operation_id: &str,
    method: &str,
    path: &str,
    query: &[(&str, &str)],
    token: Option<&str>,
) {
    let spec = spec();
    let (template, spec_method, op) = operation(operation_id);

    assert_eq!(request.method.as_str(), method, "{operation_id}: method");
    assert_eq!(method, spec_method, "{operation_id}: the spec's method");
    assert_eq!(request.url.path(), path, "{operation_id}: path");
    assert!(
        fits_template(path, &template),
        "{operation_id}: {path} is not a path of {template}"
    );

    let sent = common::query(request);
    let expected: Vec<(String, String)> = query
        .iter()
        .map(|&(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    assert_eq!(sent, expected, "{operation_id}: query");
    let documented: BTreeSet<String> = parameters(spec, &template, &method.to_lowercase())
        .iter()
        .filter(|p| p["in"] == "query")
        .map(|p| p["name"].as_str().unwrap().to_owned())
        .collect();
    let named: BTreeSet<String> = query.iter().map(|&(k, _)| k.to_owned()).collect();
    assert_eq!(
        named, documented,
        "{operation_id}: the test should send every documented query parameter"
    );

    assert_eq!(
        header(request, "x-acs-dingtalk-access-token"),
        token,
        "{operation_id}: token header"
    );
    assert_eq!(
        token.is_none(),
        anonymous(operation_id),
        "{operation_id}: the spec's security"
    );
    assert_eq!(header(request, "accept"), Some("application/json"));
    assert!(header(request, "user-agent")
        .unwrap()
        .starts_with("dingtalk-openapi/"));

    if op.get("requestBody").is_some() {
        assert_eq!(header(request, "content-type"), Some("application/json"));
        let example = request_example(operation_id);
        assert!(example.is_object(), "{operation_id} has no request example");
        assert_eq!(json_body(request), example, "{operation_id}: body");
    } else {
        assert!(request.body.is_empty(), "{operation_id}: body");
        assert_eq!(header(request, "content-type"), None);
    }
}

/// Whether `path` is `template` with each `{parameter}` filled by one segment.
fn fits_template(path: &str, template: &str) -> bool {
    let path: Vec<&str> = path.split('/').collect();
    let template: Vec<&str> = template.split('/').collect();
    path.len() == template.len()
        && path.iter().zip(&template).all(|(segment, pattern)| {
            segment == pattern || (pattern.starts_with('{') && !segment.is_empty())
        })
}

// The calls that issue tokens: no token header, whatever the client holds.

#[tokio::test]
async fn get_token() {
    let (request, response) = exchange("oauth2_GetToken", TOKEN, |client| {
        client
            .oauth2_1_0()
            .get_token(oauth2_1_0::GetTokenInput {
                corp_id: CORP_ID,
                client_id: "suiteqh0ljtdheuxxxx",
                client_secret: "AZ8Ae5wHdwoxxxxxx",
                grant_type: ClientCredentialsGrantType::ClientCredentials,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "oauth2_GetToken",
        "POST",
        "/v1.0/oauth2/ding5f3c2e1a9bxxxx/token",
        &[],
        None,
    );

    assert_eq!(response.access_token, "2bf4e1c09be361a5084f1e2bxxxx");
    assert_eq!(response.expires_in, Some(7200));
}

#[tokio::test]
async fn get_suite_access_token() {
    let (request, response) = exchange("oauth2_GetSuiteAccessToken", TOKEN, |client| {
        client
            .oauth2_1_0()
            .get_suite_access_token(oauth2_1_0::GetSuiteAccessTokenInput {
                suite_key: "suitefcurkdvkc1nxxxx",
                suite_secret: "y1ie2Rfb54xxxx",
                suite_ticket: "E9ZTr8WV0Hnxxxxxx",
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "oauth2_GetSuiteAccessToken",
        "POST",
        "/v1.0/oauth2/suiteAccessToken",
        &[],
        None,
    );

    assert_eq!(response.access_token, "7c1e5a9b2d4f6e8a0b3cxxxx");
    assert_eq!(response.expire_in, Some(7200));
}

#[tokio::test]
async fn get_user_token() {
    let (request, response) = exchange("oauth2_GetUserToken", TOKEN, |client| {
        client
            .oauth2_1_0()
            .get_user_token(oauth2_1_0::GetUserTokenInput {
                client_id: "dingeqqpkv3xxxxxx",
                client_secret: CLIENT_SECRET,
                grant_type: UserTokenGrantType::AuthorizationCode,
            })
            .code("5f7c2a9e3b1d4xxxx")
            .send()
    })
    .await;
    check_request(
        &request,
        "oauth2_GetUserToken",
        "POST",
        "/v1.0/oauth2/userAccessToken",
        &[],
        None,
    );

    assert_eq!(response.access_token, "9e8d7c6b5a4f3e2d1c0bxxxx");
    assert_eq!(
        response.refresh_token.as_deref(),
        Some("1a2b3c4d5e6f7a8b9c0dxxxx")
    );
    assert_eq!(response.expire_in, Some(7200));
    assert_eq!(response.corp_id.as_deref(), Some(CORP_ID));
}

#[tokio::test]
async fn get_user_token_by_refresh_token_sends_no_code() {
    let server = server(ok(json!({"accessToken": "new"}))).await;
    let response = client(&server)
        .oauth2_1_0()
        .get_user_token(oauth2_1_0::GetUserTokenInput {
            client_id: "dingeqqpkv3xxxxxx",
            client_secret: CLIENT_SECRET,
            grant_type: UserTokenGrantType::RefreshToken,
        })
        .refresh_token("1a2b3c4d5e6f7a8b9c0dxxxx")
        .send()
        .await
        .unwrap();
    let request = only_request(&server).await;
    assert_eq!(
        json_body(&request),
        json!({
            "clientId": "dingeqqpkv3xxxxxx",
            "clientSecret": CLIENT_SECRET,
            "grantType": "refresh_token",
            "refreshToken": "1a2b3c4d5e6f7a8b9c0dxxxx",
        })
    );
    assert_eq!(header(&request, "x-acs-dingtalk-access-token"), None);
    assert_eq!(response.access_token, "new");
    assert_eq!(response.refresh_token, None);
}

#[tokio::test]
async fn get_sso_access_token() {
    let (request, response) = exchange("oauth2_GetSsoAccessToken", TOKEN, |client| {
        client
            .oauth2_1_0()
            .get_sso_access_token(oauth2_1_0::GetSsoAccessTokenInput {
                corpid: CORP_ID,
                sso_secret: "shYgsk7xxxxxx",
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "oauth2_GetSsoAccessToken",
        "POST",
        "/v1.0/oauth2/ssoAccessToken",
        &[],
        None,
    );

    assert_eq!(response.access_token, "3d5f7b9a1c2e4f6a8b0dxxxx");
    assert_eq!(response.expire_in, Some(3600));
}

#[tokio::test]
async fn token_calls_never_resolve_the_clients_own_credentials() {
    // A client with app credentials would first fetch an app token for a call
    // that needs one; the token calls need none, so only they are sent.
    let server = server(ok(json!({"access_token": "t", "expires_in": 7200}))).await;
    let client = dingtalk::Client::builder()
        .base_url(server.uri())
        .credentials(dingtalk::Credentials::app(dingtalk::AppCredentials {
            app_key: "k",
            app_secret: "s",
        }))
        .build()
        .unwrap();
    client
        .oauth2_1_0()
        .get_token(oauth2_1_0::GetTokenInput {
            corp_id: CORP_ID,
            client_id: "k",
            client_secret: "s",
            grant_type: ClientCredentialsGrantType::ClientCredentials,
        })
        .send()
        .await
        .unwrap();
    let request = only_request(&server).await;
    assert_eq!(request.url.path(), "/v1.0/oauth2/ding5f3c2e1a9bxxxx/token");
    assert_eq!(header(&request, "x-acs-dingtalk-access-token"), None);
}

#[test]
fn token_responses_keep_their_tokens_out_of_debug_output() {
    let shown = format!(
        "{:?}",
        serde_json::from_value::<UserTokenResponse>(response_example("oauth2_GetUserToken"))
            .unwrap()
    );
    assert!(!shown.contains("9e8d7c6b5a4f3e2d1c0bxxxx"), "{shown}");
    assert!(!shown.contains("1a2b3c4d5e6f7a8b9c0dxxxx"), "{shown}");
    let shown = format!(
        "{:?}",
        serde_json::from_value::<GetTokenResponse>(response_example("oauth2_GetToken")).unwrap()
    );
    assert!(!shown.contains("2bf4e1c09be361a5084f1e2bxxxx"), "{shown}");
    let shown = format!(
        "{:?}",
        serde_json::from_value::<JsapiTicketResponse>(response_example("oauth2_CreateJsapiTicket"))
            .unwrap()
    );
    assert!(!shown.contains("asjdg8f7e6d5c4b3a2xxxx"), "{shown}");
}

// The calls that take a token: the app's, or the SSO, suite or user token the
// operation's description names, in the same header.

#[tokio::test]
async fn get_sso_user_info() {
    let sso_token = "3d5f7b9a1c2e4f6a8b0dxxxx";
    let (request, response) = exchange("oauth2_GetSsoUserInfo", sso_token, |client| {
        client
            .oauth2_1_0()
            .get_sso_user_info("7d1f3a5c9e2bxxxx")
            .send()
    })
    .await;
    check_request(
        &request,
        "oauth2_GetSsoUserInfo",
        "GET",
        "/v1.0/oauth2/ssoUserInfo",
        &[("code", "7d1f3a5c9e2bxxxx")],
        Some(sso_token),
    );

    assert_eq!(
        response,
        SsoUserInfo {
            corp_id: Some(CORP_ID.into()),
            corp_name: Some("Example Ltd".into()),
            user_id: Some("manager7777".into()),
            user_name: Some("Li Lei".into()),
            email: Some("lilei@example.com".into()),
            avatar: Some("https://static.example.com/avatar/manager7777.png".into()),
            is_admin: Some(true),
        }
    );
}

#[tokio::test]
async fn create_jsapi_ticket() {
    let (request, response) = exchange("oauth2_CreateJsapiTicket", TOKEN, |client| {
        client.oauth2_1_0().create_jsapi_ticket().send()
    })
    .await;
    check_request(
        &request,
        "oauth2_CreateJsapiTicket",
        "POST",
        "/v1.0/oauth2/jsapiTickets",
        &[],
        Some(TOKEN),
    );

    assert_eq!(response.jsapi_ticket, "asjdg8f7e6d5c4b3a2xxxx");
    assert_eq!(response.expire_in, Some(7200));
}

#[tokio::test]
async fn get_auth_info() {
    let suite_token = "7c1e5a9b2d4f6e8a0b3cxxxx";
    let (request, response) = exchange("oauth2_GetAuthInfo", suite_token, |client| {
        client.oauth2_1_0().get_auth_info(CORP_ID).send()
    })
    .await;
    check_request(
        &request,
        "oauth2_GetAuthInfo",
        "GET",
        "/v1.0/oauth2/apps/authInfo",
        &[("authCorpId", CORP_ID)],
        Some(suite_token),
    );

    assert_eq!(
        response,
        AuthInfo {
            auth_app_info: Some(AuthAppInfo {
                agent_list: Some(vec![AuthAgent {
                    agent_id: Some(835880322),
                    agent_name: Some("Mini app demo".into()),
                    app_id: Some(111),
                    admin_list: Some(vec!["manager975".into()]),
                }]),
            }),
            auth_corp_info: Some(AuthCorpInfo {
                corp_name: Some("Example Ltd".into()),
                industry: Some("201".into()),
                invite_code: Some("111".into()),
                license_code: Some("111".into()),
                auth_channel: Some("123".into()),
                auth_channel_type: Some("STAR_ACTIVITY".into()),
                auth_level: Some(1),
                invite_url: Some("https://wx.dingtalk.com/invite-page/xxx".into()),
                corp_logo_url: Some("https://static-legacy.dingtalk.com/xxx".into()),
            }),
            auth_user_info: Some(AuthUserInfo {
                user_id: Some("manager975".into()),
            }),
        }
    );
}

#[tokio::test]
async fn get_personal_auth_rule() {
    let user_token = "9e8d7c6b5a4f3e2d1c0bxxxx";
    let (request, response) = exchange("oauth2_GetPersonalAuthRule", user_token, |client| {
        client.oauth2_1_0().get_personal_auth_rule().send()
    })
    .await;
    check_request(
        &request,
        "oauth2_GetPersonalAuthRule",
        "GET",
        "/v1.0/oauth2/authRules/user",
        &[],
        Some(user_token),
    );

    assert_eq!(
        response,
        PersonalAuthRules {
            result: Some(vec![
                PersonalAuthRule {
                    resource: Some("Contact.User".into()),
                    auth_items: Some(vec!["mobile".into()]),
                },
                PersonalAuthRule {
                    resource: Some("rpc_auth".into()),
                    auth_items: Some(vec!["Contact.User.Read".into()]),
                },
            ]),
        }
    );
}

#[tokio::test]
async fn kickoff_by_device_id() {
    let (request, response) = exchange("oauth2_KickoffByDeviceId", TOKEN, |client| {
        client
            .oauth2_1_0()
            .kickoff_by_device_id()
            .open_device_id("9c2e4a6b8d0fxxxx")
            .user_id("manager975")
            .send()
    })
    .await;
    check_request(
        &request,
        "oauth2_KickoffByDeviceId",
        "POST",
        "/v1.0/oauth2/kickoffByDeviceId",
        &[],
        Some(TOKEN),
    );

    assert_eq!(
        response,
        KickoffResult {
            success: Some(true),
            error_code: None,
            error_msg: None,
        }
    );
}

#[tokio::test]
async fn kickoff_by_device_id_reports_a_refusal_in_the_body() {
    let body = json!({"success": false, "errorCode": "someCode", "errorMsg": "not signed out"});
    let server = server(ok(body)).await;
    let response = client(&server)
        .oauth2_1_0()
        .kickoff_by_device_id()
        .user_id("manager975")
        .send()
        .await
        .unwrap();
    assert_eq!(
        json_body(&only_request(&server).await),
        json!({"userId": "manager975"})
    );
    assert_eq!(response.success, Some(false));
    assert_eq!(response.error_code.as_deref(), Some("someCode"));
    assert_eq!(response.error_msg.as_deref(), Some("not signed out"));
}

#[test]
fn every_oauth2_operation_has_a_wire_test() {
    // The operations this file and `operations.rs` test, against the spec's
    // `oauth2` operations: a new one needs a test.
    let tested: BTreeSet<&str> = [
        "oauth2_GetAccessToken",
        "oauth2_GetCorpAccessToken",
        "oauth2_GetToken",
        "oauth2_GetSuiteAccessToken",
        "oauth2_GetUserToken",
        "oauth2_GetSsoAccessToken",
        "oauth2_GetSsoUserInfo",
        "oauth2_CreateJsapiTicket",
        "oauth2_GetAuthInfo",
        "oauth2_GetPersonalAuthRule",
        "oauth2_KickoffByDeviceId",
    ]
    .into();
    let ids = operation_ids();
    let in_spec: BTreeSet<&str> = ids
        .iter()
        .map(String::as_str)
        .filter(|id| id.starts_with("oauth2_"))
        .collect();
    assert_eq!(tested, in_spec);
}

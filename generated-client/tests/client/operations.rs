//! The OAuth2 operations against a local server: the exact request on the
//! wire, and the spec's response example decoded into the typed model; and
//! what every call shares (path encoding, tolerant decoding, configuration).
//! The storage operations have `storage_operations.rs`, the drive operations
//! `drive_operations.rs`.

use crate::common;

use common::*;
use dingtalk::storage_1_0::*;
use dingtalk::{oauth2_1_0, storage_1_0};
use serde_json::json;
use wiremock::ResponseTemplate;

fn ok(body: serde_json::Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

fn time(text: &str) -> dingtalk::Timestamp {
    text.parse().unwrap()
}

#[tokio::test]
async fn oauth2_get_access_token_sends_no_token_header() {
    let server = server(ok(response_example("oauth2_GetAccessToken"))).await;
    let token = client(&server)
        .oauth2_1_0()
        .get_access_token(oauth2_1_0::GetAccessTokenInput {
            app_key: "dingeqqpkv3xxxxxx",
            app_secret: "GT-lsu-taDAxxxsTsxxxx",
        })
        .send()
        .await
        .unwrap();

    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.url.path(), "/v1.0/oauth2/accessToken");
    assert_eq!(header(&request, "x-acs-dingtalk-access-token"), None);
    assert_eq!(
        json_body(&request),
        request_example("oauth2_GetAccessToken")
    );
    assert_eq!(
        (token.access_token.as_str(), token.expire_in),
        ("fw8ef8we8f76e6f7s8dxxxx", Some(7200))
    );
}

#[tokio::test]
async fn oauth2_get_corp_access_token() {
    let server = server(ok(response_example("oauth2_GetCorpAccessToken"))).await;
    let token = client(&server)
        .oauth2_1_0()
        .get_corp_access_token(oauth2_1_0::GetCorpAccessTokenInput {
            auth_corp_id: "ding5f3c2e1a9bxxxx",
            suite_key: "suiteqh0ljtdheuxxxx",
            suite_secret: "AZ8Ae5wHdwoxxxxxx",
            suite_ticket: "E9ZTr8WV0Hnxxxxxx",
        })
        .send()
        .await
        .unwrap();
    let request = only_request(&server).await;
    assert_eq!(request.url.path(), "/v1.0/oauth2/corpAccessToken");
    assert_eq!(header(&request, "x-acs-dingtalk-access-token"), None);
    assert_eq!(
        json_body(&request),
        request_example("oauth2_GetCorpAccessToken")
    );
    assert_eq!(token.expire_in, Some(7200));
}

#[tokio::test]
async fn path_parameters_cannot_change_the_path() {
    let server = server(ok(json!({"dentry": {}}))).await;
    client(&server)
        .storage_1_0()
        .add_folder(storage_1_0::AddFolderInput {
            space_id: "a/../b",
            parent_id: "x?y#z%",
            union_id: "u",
            name: "f",
        })
        .send()
        .await
        .unwrap();
    let request = only_request(&server).await;
    assert_eq!(
        request.url.path(),
        "/v1.0/storage/spaces/a%2F..%2Fb/dentries/x%3Fy%23z%25/folders"
    );
    assert_eq!(request.url.query(), Some("unionId=u"));
}

#[tokio::test]
async fn dot_segments_and_empty_ids_are_refused_before_sending() {
    let server = server(ok(json!({}))).await;
    let client = client(&server);
    for id in ["..", ".", ""] {
        let err = client
            .storage_1_0()
            .get_space(storage_1_0::GetSpaceInput {
                space_id: id,
                union_id: "u",
            })
            .send()
            .await
            .unwrap_err();
        let dingtalk::Error::InvalidInput { field, .. } = &err else {
            panic!("{err}")
        };
        assert_eq!(field, "spaceId");
    }
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn responses_decode_tolerantly() {
    // Unknown enum values are kept, unknown fields ignored, nulls and gaps become None,
    // and times come with or without seconds.
    let body = json!({"space": {
        "id": "1", "ownerType": "ROBOT", "status": null, "brandNewField": {"x": 1},
        "createTime": "2022-07-29T14:55Z", "partitions": [{"partitionType": "EDGE_PARTITION"}]
    }});
    let server = server(ok(body)).await;
    let space = client(&server)
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "1",
            union_id: "u",
        })
        .send()
        .await
        .unwrap()
        .space
        .unwrap();
    assert_eq!(space.owner_type, Some(OwnerType::Other("ROBOT".into())));
    assert_eq!(space.owner_type.as_ref().unwrap().as_str(), "ROBOT");
    assert_eq!(space.status, None);
    assert_eq!(space.name, None);
    assert_eq!(space.create_time, Some(time("2022-07-29T14:55:00Z")));
    assert_eq!(
        space.partitions.unwrap()[0].partition_type,
        Some(PartitionType::Other("EDGE_PARTITION".into()))
    );
}

#[tokio::test]
async fn an_injected_http_client_and_user_agent_are_used() {
    let server = server(ok(json!({"space": {}}))).await;
    let mut defaults = dingtalk::reqwest::header::HeaderMap::new();
    defaults.insert("x-proxy-tag", "from-injected-client".parse().unwrap());
    let http = dingtalk::reqwest::Client::builder().default_headers(defaults);
    let client = dingtalk::Client::builder()
        .base_url(format!("{}/", server.uri()))
        .access_token(TOKEN)
        .http_client(http)
        .user_agent("my-service/1.0")
        .build()
        .unwrap();
    client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "s",
            union_id: "u",
        })
        .send()
        .await
        .unwrap();
    let request = only_request(&server).await;
    assert_eq!(
        request.url.path(),
        "/v1.0/storage/spaces/s",
        "a trailing slash on the base URL is dropped"
    );
    assert_eq!(
        header(&request, "x-proxy-tag"),
        Some("from-injected-client")
    );
    assert_eq!(header(&request, "user-agent"), Some("my-service/1.0"));
}

#[test]
fn the_default_base_url_is_the_specs_first_server() {
    let client = dingtalk::Client::new("t").unwrap();
    assert_eq!(client.base_url(), "https://api.dingtalk.io");
    assert_eq!(
        dingtalk::SERVERS,
        ["https://api.dingtalk.io", "https://api.dingtalk.com"]
    );
}

//! The client against the local fake DingTalk, end to end: tokens from app
//! credentials, stored spaces and folders, conflict strategies, paging, and
//! DingTalk's errors.

use dingtalk::drive_1_0::*;
use dingtalk::storage_1_0::*;
use dingtalk::{drive_1_0, storage_1_0};
use dingtalk::{Client, Credentials};
use fake_dingtalk::{Config, FakeDingTalk};
use futures_util::TryStreamExt;

const UNION_ID: &str = "union-1";

fn app_client(fake: &FakeDingTalk) -> Client {
    Client::builder()
        .base_url(fake.base_url())
        .credentials(Credentials::app(dingtalk::AppCredentials {
            app_key: fake_dingtalk::APP_KEY,
            app_secret: fake_dingtalk::APP_SECRET,
        }))
        .build()
        .unwrap()
}

async fn new_space(client: &Client, scene_id: &str) -> String {
    let option = StorageAddSpaceOption {
        scene: Some("tests".into()),
        scene_id: Some(scene_id.into()),
        ..Default::default()
    };
    client
        .storage_1_0()
        .add_space(UNION_ID)
        .option(option)
        .send()
        .await
        .unwrap()
        .space
        .unwrap()
        .id
        .unwrap()
}

#[tokio::test]
async fn spaces_are_stored_and_the_same_scene_returns_the_same_space() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = app_client(&fake);
    let option = StorageAddSpaceOption {
        name: Some("Project files".into()),
        quota: Some(1 << 30),
        scene: Some("project".into()),
        scene_id: Some("42".into()),
        owner_type: Some(OwnerType::App),
        ..Default::default()
    };
    let created = client
        .storage_1_0()
        .add_space(UNION_ID)
        .option(option.clone())
        .send()
        .await
        .unwrap()
        .space
        .unwrap();
    let again = client
        .storage_1_0()
        .add_space(UNION_ID)
        .option(option)
        .send()
        .await
        .unwrap()
        .space
        .unwrap();
    assert_eq!(created, again);
    let other = new_space(&client, "43").await;
    assert_ne!(created.id.as_deref(), Some(other.as_str()));

    let id = created.id.clone().unwrap();
    let read = client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: &id,
            union_id: UNION_ID,
        })
        .send()
        .await
        .unwrap()
        .space
        .unwrap();
    assert_eq!(read, created);
    assert_eq!(read.owner_type, Some(OwnerType::App));
    assert_eq!(
        read.partitions.unwrap()[0].quota.as_ref().unwrap().r#type,
        Some(QuotaType::Private)
    );
    assert_eq!(fake.tokens_issued(), 1);

    let err = client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: "no-such-space",
            union_id: UNION_ID,
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        (err.code(), err.as_api().unwrap().status.as_u16()),
        (Some(dingtalk::storage_1_0::ErrorCode::SpaceNotExist), 404)
    );
    assert!(err.request_id().unwrap().starts_with("fake-request-"));
}

#[tokio::test]
async fn folders_follow_their_conflict_strategy() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = app_client(&fake);
    let space = new_space(&client, "folders").await;
    let add = |name: &str, strategy: ConflictStrategy| {
        client
            .storage_1_0()
            .add_folder(storage_1_0::AddFolderInput {
                space_id: &space,
                parent_id: "0",
                union_id: UNION_ID,
                name,
            })
            .option(AddFolderOption {
                conflict_strategy: Some(strategy),
                ..Default::default()
            })
            .send()
    };
    let first = add("Reports", ConflictStrategy::AutoRename)
        .await
        .unwrap()
        .dentry
        .unwrap();
    assert_eq!(
        (first.name.as_deref(), first.path.as_deref()),
        (Some("Reports"), Some("/Reports"))
    );
    let renamed = add("Reports", ConflictStrategy::AutoRename)
        .await
        .unwrap()
        .dentry
        .unwrap();
    assert_eq!(renamed.name.as_deref(), Some("Reports (1)"));
    let existing = add("Reports", ConflictStrategy::ReturnDentryIfExists)
        .await
        .unwrap()
        .dentry
        .unwrap();
    assert_eq!(existing.id, first.id);
    let err = add("Reports", ConflictStrategy::ReturnErrorIfExists)
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        Some(dingtalk::storage_1_0::ErrorCode::DentryAlreadyExist)
    );
    let replaced = add("Reports", ConflictStrategy::Overwrite)
        .await
        .unwrap()
        .dentry
        .unwrap();
    assert_ne!(replaced.id, first.id);
    let err = add("Reports", ConflictStrategy::Other("MERGE".into()))
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        Some(dingtalk::storage_1_0::ErrorCode::ParamErrorConflictStrategy)
    );

    let child = client
        .storage_1_0()
        .add_folder(storage_1_0::AddFolderInput {
            space_id: &space,
            parent_id: replaced.id.as_deref().unwrap(),
            union_id: UNION_ID,
            name: "2026",
        })
        .option(AddFolderOption {
            app_properties: Some(vec![AppProperty {
                name: "k".into(),
                value: "v".into(),
                visibility: Visibility::Private,
            }]),
            ..Default::default()
        })
        .send()
        .await
        .unwrap()
        .dentry
        .unwrap();
    assert_eq!(child.path.as_deref(), Some("/Reports/2026"));
    let Some(DentryAppProperties::ByOwner(by_owner)) = child.app_properties else {
        panic!("map form expected")
    };
    assert_eq!(by_owner[UNION_ID][0].value.as_deref(), Some("v"));

    let err = client
        .storage_1_0()
        .add_folder(storage_1_0::AddFolderInput {
            space_id: &space,
            parent_id: "404404",
            union_id: UNION_ID,
            name: "x",
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        Some(dingtalk::storage_1_0::ErrorCode::DentryNotExist)
    );
}

#[tokio::test]
async fn drive_spaces_come_page_by_page() {
    let fake = FakeDingTalk::start_with(Config {
        drive_spaces: 4,
        ..Config::default()
    })
    .await
    .unwrap();
    let client = app_client(&fake);
    let added = client
        .drive_1_0()
        .add_space(drive_1_0::AddSpaceInput {
            name: "Team space",
            union_id: UNION_ID,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(added.space_type, Some(DriveSpaceType::Org));

    let pages: Vec<DriveListSpacesResponse> = client
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: UNION_ID,
            space_type: DriveSpaceType::Org,
            max_results: 2,
        })
        .pages()
        .try_collect()
        .await
        .unwrap();
    let sizes: Vec<usize> = pages
        .iter()
        .map(|p| p.spaces.as_ref().map_or(0, Vec::len))
        .collect();
    assert_eq!(sizes, [2, 2, 1]);
    assert_eq!(pages.last().unwrap().next_token.as_deref(), Some(""));
    let names: Vec<String> = client
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: UNION_ID,
            space_type: DriveSpaceType::Org,
            max_results: 2,
        })
        .items()
        .map_ok(|s| s.space_name.unwrap_or_default())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        names,
        [
            "Shared space 1",
            "Shared space 2",
            "Shared space 3",
            "Shared space 4",
            "Team space"
        ]
    );

    let err = client
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: UNION_ID,
            space_type: DriveSpaceType::Org,
            max_results: 51,
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        Some(dingtalk::drive_1_0::ErrorCode::ParamErrorMaxresults)
    );
}

#[tokio::test]
async fn wrong_tokens_are_rejected_and_expired_ones_renewed() {
    let fake = FakeDingTalk::start().await.unwrap();
    let wrong = Client::builder()
        .base_url(fake.base_url())
        .access_token("made-up")
        .build()
        .unwrap();
    let err = wrong
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: UNION_ID,
            space_type: "org".into(),
            max_results: 10,
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        (err.code(), err.as_api().unwrap().status.as_u16()),
        (
            Some(dingtalk::drive_1_0::ErrorCode::InvalidAuthentication),
            401
        )
    );

    let given = Client::builder()
        .base_url(fake.base_url())
        .access_token(fake.issue_token())
        .build()
        .unwrap();
    given
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: UNION_ID,
            space_type: "org".into(),
            max_results: 10,
        })
        .send()
        .await
        .unwrap();

    let client = app_client(&fake);
    client
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: UNION_ID,
            space_type: "org".into(),
            max_results: 10,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(fake.tokens_issued(), 1);
    fake.expire_tokens();
    client
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: UNION_ID,
            space_type: "org".into(),
            max_results: 10,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(
        fake.tokens_issued(),
        2,
        "the rejected token was renewed once"
    );

    let bad_secret = Client::builder()
        .base_url(fake.base_url())
        .credentials(Credentials::app(dingtalk::AppCredentials {
            app_key: fake_dingtalk::APP_KEY,
            app_secret: "wrong",
        }))
        .build()
        .unwrap();
    let err = bad_secret
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: UNION_ID,
            space_type: "org".into(),
            max_results: 10,
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.as_api().unwrap().operation_id, "oauth2_GetAccessToken");
}

#[tokio::test]
async fn corp_credentials_work_too() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = Client::builder()
        .base_url(fake.base_url())
        .credentials(Credentials::corp(dingtalk::CorpCredentials {
            auth_corp_id: "ding-corp",
            suite_key: fake_dingtalk::SUITE_KEY,
            suite_secret: fake_dingtalk::SUITE_SECRET,
            suite_ticket: "ticket",
        }))
        .build()
        .unwrap();
    client
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: UNION_ID,
            space_type: "org".into(),
            max_results: 10,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(fake.tokens_issued(), 1);
}

#[tokio::test]
async fn null_where_the_spec_does_not_allow_it_is_refused_like_dingtalk_does() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = app_client(&fake);
    let space_id = new_space(&client, "nulls").await;
    let http = dingtalk::reqwest::Client::new();
    let url = format!(
        "{}/v1.0/storage/spaces/{space_id}/dentries/0/folders?unionId={UNION_ID}",
        fake.base_url()
    );
    let send = |body: serde_json::Value| {
        http.post(&url)
            .header("x-acs-dingtalk-access-token", fake.issue_token())
            .json(&body)
            .send()
    };
    let refused = send(serde_json::json!({"name": "a", "option": {"conflictStrategy": null}}))
        .await
        .unwrap();
    assert_eq!(refused.status(), 400);
    let body: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(body["code"], "paramError");
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("option.conflictStrategy"),
        "{body}"
    );
    // Absent is fine, and the client never sends `null` for an unset input.
    let accepted = send(serde_json::json!({"name": "a", "option": {}}))
        .await
        .unwrap();
    assert_eq!(accepted.status(), 200);
    client
        .storage_1_0()
        .add_folder(storage_1_0::AddFolderInput {
            space_id: &space_id,
            parent_id: "0",
            union_id: UNION_ID,
            name: "b",
        })
        .option(AddFolderOption::default())
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn requests_that_fall_short_are_refused_with_the_first_thing_wrong() {
    let fake = FakeDingTalk::start().await.unwrap();
    let http = dingtalk::reqwest::Client::new();
    let token = fake.issue_token();
    // Sends `body` to `path`, with the token when `token` is set; the status,
    // the error code and message, and whether the request id is there twice.
    let send = |path: String, token: Option<String>, body: &'static str| {
        let mut request = http
            .post(format!("{}{path}", fake.base_url()))
            .header("content-type", "application/json")
            .body(body);
        if let Some(token) = token {
            request = request.header("x-acs-dingtalk-access-token", token);
        }
        async move {
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let header = response.headers()["x-acs-request-id"]
                .to_str()
                .unwrap()
                .to_owned();
            let body: serde_json::Value = response.json().await.unwrap();
            assert_eq!(body["requestid"], header.as_str(), "{body}");
            let message = body["message"].as_str().unwrap().to_owned();
            (status, body["code"].as_str().unwrap().to_owned(), message)
        }
    };
    let folders = |query: &str| format!("/v1.0/storage/spaces/1/dentries/0/folders{query}");

    // Storage: the token first, then the operator, then the body.
    let (status, code, _) = send(folders(""), None, "{").await;
    assert_eq!((status, code.as_str()), (401, "InvalidAuthentication"));
    let (status, code, message) = send(folders(""), Some(token.clone()), "{").await;
    assert_eq!((status, code.as_str()), (400, "paramError"));
    assert_eq!(message, "unionId is required");
    let (status, code, message) = send(folders("?unionId="), Some(token.clone()), "{").await;
    assert_eq!(
        (status, code.as_str(), message.as_str()),
        (400, "paramError", "unionId is required")
    );
    let with_user = folders(&format!("?unionId={UNION_ID}"));
    let (status, code, message) = send(with_user.clone(), Some(token.clone()), "{").await;
    assert_eq!((status, code.as_str()), (400, "paramError"));
    assert!(message.starts_with("invalid request body"), "{message}");
    let (status, code, message) = send(with_user, Some(token.clone()), r#"{"name": 1}"#).await;
    assert_eq!((status, code.as_str()), (400, "paramError"));
    assert!(message.starts_with("invalid request body"), "{message}");

    // Drive: the token, then the body, refused with the drive's own code.
    let spaces = "/v1.0/drive/spaces".to_owned();
    let (status, code, _) = send(spaces.clone(), None, "[").await;
    assert_eq!((status, code.as_str()), (401, "InvalidAuthentication"));
    let (status, code, message) = send(spaces.clone(), Some(token.clone()), "[").await;
    assert_eq!((status, code.as_str()), (400, "param.error"));
    assert!(message.starts_with("invalid request body"), "{message}");
    let (status, code, message) = send(spaces, Some(token.clone()), r#"{"name": null}"#).await;
    assert_eq!((status, code.as_str()), (400, "param.error"));
    assert_eq!(message, "name must not be null");

    // OAuth2: no token to check, the body is refused as storage refuses it.
    let tokens = "/v1.0/oauth2/accessToken".to_owned();
    let (status, code, message) = send(tokens, None, "not json").await;
    assert_eq!((status, code.as_str()), (400, "paramError"));
    assert!(message.starts_with("invalid request body"), "{message}");
    let kickoff = "/v1.0/oauth2/kickoffByDeviceId".to_owned();
    let (status, code, _) = send(kickoff, None, "not json").await;
    assert_eq!((status, code.as_str()), (401, "InvalidAuthentication"));
}

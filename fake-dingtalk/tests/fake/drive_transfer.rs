//! Drive file upload and download in one call each: the drive API answered by
//! a local server as the spec says, the content moved to and from the fake's
//! object storage on another origin, as DingTalk's is.

use dingtalk::drive_1_0::{DownloadFileInput, UploadFileInput};
use dingtalk::{Client, Error, RetryPolicy, TransferOptions, UploadSource};
use fake_dingtalk::objects::{ObjectStore, Signed};
use serde_json::{json, Value};
use std::time::Duration;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const TOKEN: &str = "test-access-token";

const SPACE: &str = "space-1";
const USER: &str = "union-1";

fn upload_info(signed: &Signed, media_id: &str) -> Value {
    let headers: serde_json::Map<String, Value> = signed
        .headers
        .iter()
        .map(|(name, value)| (name.clone(), json!(value)))
        .collect();
    json!({
        "headerSignatureUploadInfo": {
            "resourceUrl": signed.url,
            "headers": headers,
            "expirationSeconds": signed.expires_in,
            "mediaId": media_id,
        }
    })
}

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .access_token(TOKEN)
        .build()
        .unwrap()
}

fn quick() -> TransferOptions {
    TransferOptions::default().retry(
        RetryPolicy::default()
            .max_retries(2)
            .initial_backoff(Duration::from_millis(1)),
    )
}

fn upload(client: &Client, source: impl Into<UploadSource>) -> dingtalk::drive_1_0::UploadFile {
    client.drive_1_0().upload_file(
        UploadFileInput {
            space_id: SPACE,
            parent_id: "0",
            union_id: USER,
            name: "report.pdf",
        },
        source,
    )
}

#[tokio::test]
async fn a_drive_file_goes_up_with_its_md5_and_is_added_with_its_media_id() {
    let objects = ObjectStore::start(Duration::from_secs(900)).await.unwrap();
    let key = objects.begin_upload();
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!(
            "/v1.0/drive/spaces/{SPACE}/files/0/uploadInfos"
        )))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(upload_info(&objects.part_url(&key, 1), &key)),
        )
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(format!("/v1.0/drive/spaces/{SPACE}/files")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "fileId": "file-9", "fileName": "report.pdf", "fileSize": 11
        })))
        .mount(&server)
        .await;

    let file = upload(&client(&server), b"hello drive".to_vec())
        .conflict_policy("autoRename")
        .send()
        .await
        .unwrap();

    assert_eq!(file.file_id.as_deref(), Some("file-9"));
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    let query: Vec<(String, String)> = query(&requests[0]);
    let expected_md5 = format!("{:032x}", md5_of(b"hello drive"));
    for (name, value) in [
        ("fileName", "report.pdf"),
        ("fileSize", "11"),
        ("md5", expected_md5.as_str()),
        ("unionId", USER),
        ("addConflictPolicy", "autoRename"),
    ] {
        assert!(
            query.contains(&(name.to_owned(), value.to_owned())),
            "{name}={value} in {query:?}"
        );
    }
    let add = json_body(&requests[1]);
    assert_eq!(add["mediaId"], json!(key));
    assert_eq!(add["fileName"], json!("report.pdf"));
    assert_eq!(add["fileType"], json!("file"));
    assert_eq!(add["parentId"], json!("0"));
    assert_eq!(add["unionId"], json!(USER));
    let (object, size) = objects.commit(&key).unwrap();
    assert_eq!(size, 11);
    assert_eq!(objects.read(&object).unwrap(), b"hello drive");
    assert_eq!(objects.credential_leaks(), 0);
}

/// The MD5 the test expects, computed independently of the client.
fn md5_of(bytes: &[u8]) -> u128 {
    use md5::{Digest, Md5};
    u128::from_be_bytes(Md5::digest(bytes).into())
}

#[tokio::test]
async fn a_file_path_is_hashed_and_streamed_and_an_expired_url_is_asked_for_again() {
    let objects = ObjectStore::start(Duration::from_secs(900)).await.unwrap();
    let (first, second) = (objects.begin_upload(), objects.begin_upload());
    let server = MockServer::start().await;
    // The first URL is refused as expired; the second comes with a new media id.
    objects.refuse_part(1, 1);
    Mock::given(method("GET"))
        .and(path(format!(
            "/v1.0/drive/spaces/{SPACE}/files/0/uploadInfos"
        )))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(upload_info(&objects.part_url(&first, 1), &first)),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(format!(
            "/v1.0/drive/spaces/{SPACE}/files/0/uploadInfos"
        )))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(upload_info(&objects.part_url(&second, 1), &second)),
        )
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(format!("/v1.0/drive/spaces/{SPACE}/files")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"fileId": "file-9"})))
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("big.bin");
    let content: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(&source, &content).unwrap();

    upload(&client(&server), source.as_path())
        .transfer_options(quick())
        .send()
        .await
        .unwrap();

    let requests = server.received_requests().await.unwrap();
    let md5 = format!("{:032x}", md5_of(&content));
    assert!(query(&requests[0]).contains(&("md5".to_owned(), md5)));
    assert_eq!(requests.len(), 3, "upload info twice, then the file added");
    assert_eq!(json_body(&requests[2])["mediaId"], json!(second));
    let (object, _) = objects.commit(&second).unwrap();
    assert_eq!(objects.read(&object).unwrap(), content);
}

#[tokio::test]
async fn a_reader_needs_its_md5_and_sts_answers_are_refused_clearly() {
    let server = MockServer::start().await;
    let reader = UploadSource::reader(std::io::Cursor::new(vec![1u8; 10]), 10);
    let error = upload(&client(&server), reader).send().await.unwrap_err();
    assert!(
        matches!(&error, Error::InvalidInput { field, .. } if field == "md5"),
        "{error:?}"
    );
    assert!(server.received_requests().await.unwrap().is_empty());

    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "stsUploadInfo": {"bucket": "b", "endPoint": "oss.example", "mediaId": "m"}
        })))
        .mount(&server)
        .await;
    let error = upload(&client(&server), b"x".to_vec())
        .send()
        .await
        .unwrap_err();
    assert!(error.to_string().contains("STS"), "{error}");
}

#[tokio::test]
async fn a_drive_file_comes_down_checked_against_its_size() {
    let objects = ObjectStore::start(Duration::from_secs(900)).await.unwrap();
    let content: Vec<u8> = (0..200_000u32).map(|i| (i % 13) as u8).collect();
    let object = objects.put(&content).unwrap();
    let signed = objects.download_url(&object);
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("/v1.0/drive/spaces/{SPACE}/files/file-9")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "fileId": "file-9", "fileSize": content.len()
        })))
        .mount(&server)
        .await;
    let headers: serde_json::Map<String, Value> = signed
        .headers
        .iter()
        .map(|(name, value)| (name.clone(), json!(value)))
        .collect();
    Mock::given(method("GET"))
        .and(path(format!(
            "/v1.0/drive/spaces/{SPACE}/files/file-9/downloadInfos"
        )))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "downloadInfo": {"resourceUrl": signed.url, "headers": headers, "expirationSeconds": 900}
        })))
        .mount(&server)
        .await;
    objects.cut_next_download(70_000);
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("copy.bin");

    let written = client(&server)
        .drive_1_0()
        .download_file(DownloadFileInput {
            space_id: SPACE,
            file_id: "file-9",
            union_id: USER,
        })
        .transfer_options(quick())
        .to_path(&target)
        .await
        .unwrap();

    assert_eq!(written, content.len() as u64);
    assert_eq!(std::fs::read(&target).unwrap(), content);
    assert_eq!(objects.gets(), 2, "cut once, resumed once");
    assert_eq!(objects.credential_leaks(), 0);
}

/// Query pairs in the order sent.
fn query(request: &Request) -> Vec<(String, String)> {
    request
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn json_body(request: &Request) -> Value {
    serde_json::from_slice(&request.body).expect("the request body is JSON")
}

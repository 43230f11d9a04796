//! Every drive operation against a local server. Each test calls the client
//! with inputs that mirror the spec's request example, optional ones included,
//! and checks the request on the wire: method, path, the exact query, headers
//! and the JSON body, which must equal the spec's request example. The server
//! answers with the spec's 200 example (an empty 200 where the operation's
//! response has no body), and the test checks the typed result. The paged
//! operations are also followed across two pages.
//!
//! Drive's wire format is not storage's: the `unionId` of the user performing
//! an operation is a query parameter of GET and DELETE operations but a
//! property of the JSON body of POST and PUT operations; every test checks
//! that it is where it belongs.

use crate::common;

use std::collections::BTreeSet;
use std::future::Future;

use common::*;
use dingtalk::drive_1_0;
use dingtalk::drive_1_0::*;
use futures_util::TryStreamExt;
use serde_json::{json, Value};
use wiremock::{matchers::any, Mock, MockServer, Request, ResponseTemplate};

// The ids of the spec's examples.
const UNION_ID: &str = "sKUPRiijiSrqsuwqcPiSdbeNwiXxx";
const SPACE_ID: &str = "12345";
const FILE_ID: &str = "46235464383";
const FOLDER_ID: &str = "46235464384";
const TASK_ID: &str = "3a4b5c6d";
const MEDIA_ID: &str = "@lAzPDeC2u8xxxxx";

fn ok(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

fn time(text: &str) -> dingtalk::Timestamp {
    text.parse().unwrap()
}

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|&v| v.to_owned()).collect()
}

/// Sends one call to a server that answers with `response`; returns the
/// request the server received and the decoded result.
async fn exchange_with<T, E: std::fmt::Debug, Fut>(
    operation_id: &str,
    response: ResponseTemplate,
    call: impl FnOnce(dingtalk::Client) -> Fut,
) -> (Request, T)
where
    Fut: Future<Output = Result<T, dingtalk::Error<E>>>,
{
    let server = server(response).await;
    let result = call(client(&server))
        .await
        .unwrap_or_else(|err| panic!("{operation_id}: {err}"));
    (only_request(&server).await, result)
}

/// Sends one call to a server that answers with the spec's 200 example of
/// `operation_id`, or with an empty 200 when the spec gives its success
/// response no body.
async fn exchange<T, E: std::fmt::Debug, Fut>(
    operation_id: &str,
    call: impl FnOnce(dingtalk::Client) -> Fut,
) -> (Request, T)
where
    Fut: Future<Output = Result<T, dingtalk::Error<E>>>,
{
    let (_, _, op) = operation(operation_id);
    let response = if op["responses"]["200"].get("content").is_some() {
        let example = response_example(operation_id);
        assert!(example.is_object(), "{operation_id} has no 200 example");
        ok(example)
    } else {
        ResponseTemplate::new(200)
    };
    exchange_with(operation_id, response, call).await
}

/// The value of the named example of an operation's 200 response.
fn named_response_example(operation_id: &str, name: &str) -> Value {
    let (_, _, op) = operation(operation_id);
    let example = &op["responses"]["200"]["content"]["application/json"]["examples"][name];
    assert!(example.is_object(), "{operation_id} has no example {name}");
    example["value"].clone()
}

/// Checks the request a call of `operation_id` sent: its method and path,
/// exactly the query pairs `query` (in any order, each once), the common
/// headers, and, when the spec gives the operation a body, `content-type` and
/// a body equal to the spec's request example. The `unionId` must be in the
/// query of a GET or DELETE, and in the body, not the query, of a POST or PUT.
///
/// It also checks the expectations against the spec: the method is the spec's,
/// the path fits the spec's template, and `query` names every query parameter
/// the spec documents, so that no test leaves an optional one out.
fn check_request(
    request: &Request,
    operation_id: &str,
    method: &str,
    path: &str,
    query: &[(&str, &str)],
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

    let mut sent = common::query(request);
    sent.sort();
    let mut expected: Vec<(String, String)> = query
        .iter()
        .map(|&(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    expected.sort();
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

    let has_body = op.get("requestBody").is_some();
    assert_common_headers(request, has_body);
    if has_body {
        let example = request_example(operation_id);
        assert!(example.is_object(), "{operation_id} has no request example");
        assert_eq!(json_body(request), example, "{operation_id}: body");
    }

    let union_in_query: Vec<_> = common::query(request)
        .into_iter()
        .filter(|(name, _)| name == "unionId")
        .collect();
    match method {
        "GET" | "DELETE" => {
            assert_eq!(
                union_in_query,
                [("unionId".to_owned(), UNION_ID.to_owned())],
                "{operation_id}: unionId goes in the query"
            );
            assert!(!has_body, "{operation_id}: a {method} has no body");
        }
        _ => {
            assert!(
                union_in_query.is_empty(),
                "{operation_id}: unionId is not in the query of a {method}"
            );
            assert_eq!(
                json_body(request)["unionId"],
                UNION_ID,
                "{operation_id}: unionId goes in the body"
            );
        }
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

#[test]
fn union_id_is_in_the_query_of_get_and_delete_and_in_the_body_of_post_and_put() {
    let spec = spec();
    let mut checked = 0;
    for (path, item) in spec["paths"].as_object().unwrap() {
        if !path.starts_with("/v1.0/drive/") {
            continue;
        }
        for (method, op) in item.as_object().unwrap() {
            let id = op["operationId"].as_str().unwrap();
            let in_query = parameters(spec, path, method)
                .iter()
                .any(|p| p["in"] == "query" && p["name"] == "unionId" && p["required"] == true);
            let body = resolve(spec, &op["requestBody"]);
            let schema = resolve(spec, &body["content"]["application/json"]["schema"]);
            let in_body = schema["properties"].get("unionId").is_some()
                && schema["required"]
                    .as_array()
                    .is_some_and(|required| required.contains(&json!("unionId")));
            match method.as_str() {
                "get" | "delete" => {
                    assert!(in_query && !in_body, "{id}: unionId belongs in the query")
                }
                "post" | "put" => {
                    assert!(in_body && !in_query, "{id}: unionId belongs in the body");
                    assert_eq!(body["required"], true, "{id}: the body is required");
                }
                other => panic!("{id}: unexpected method {other}"),
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 33, "DingTalk lists 33 drive operations");
}

// Spaces and tasks

#[tokio::test]
async fn add_space() {
    let (request, space) = exchange("drive_AddSpace", |client| {
        client
            .drive_1_0()
            .add_space(drive_1_0::AddSpaceInput {
                name: "New space name",
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_AddSpace",
        "POST",
        "/v1.0/drive/spaces",
        &[],
    );

    assert_eq!(
        space,
        DriveSpace {
            space_id: Some("12345".into()),
            space_name: Some("New space name".into()),
            space_type: Some(DriveSpaceType::Org),
            quota: Some(1024000),
            used_quota: Some(512000),
            permission_mode: Some(PermissionMode::Acl),
            create_time: Some(time("2016-02-28T10:47:08Z")),
            modify_time: Some(time("2016-02-28T10:47:08Z")),
        }
    );
}

#[tokio::test]
async fn list_spaces() {
    let (request, page) = exchange("drive_ListSpaces", |client| {
        client
            .drive_1_0()
            .list_spaces(drive_1_0::ListSpacesInput {
                union_id: UNION_ID,
                space_type: DriveSpaceType::Org,
                max_results: 50,
            })
            .next_token("2CMlB97VtVJWfoVliPIXPUQiEiE")
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_ListSpaces",
        "GET",
        "/v1.0/drive/spaces",
        &[
            ("unionId", UNION_ID),
            ("spaceType", "org"),
            ("maxResults", "50"),
            ("nextToken", "2CMlB97VtVJWfoVliPIXPUQiEiE"),
        ],
    );

    assert_eq!(page.next_token.as_deref(), Some("fekaf"));
    let spaces = page.spaces.unwrap();
    assert_eq!(spaces.len(), 1);
    let space = &spaces[0];
    assert_eq!(space.space_id.as_deref(), Some("123456789"));
    assert_eq!(
        space.space_name.as_deref(),
        Some("Zhang San's Shared Folder")
    );
    assert_eq!(space.quota, Some(2147483648));
    assert_eq!(space.used_quota, Some(640445953));
    assert_eq!(space.modify_time, Some(time("2021-03-29T14:20:36Z")));
}

#[tokio::test]
async fn list_spaces_leaves_out_unset_optional_inputs() {
    let server = server(ok(json!({"spaces": []}))).await;
    let page = client(&server)
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: "u",
            space_type: "org".into(),
            max_results: 10,
        })
        .send()
        .await
        .unwrap();
    let request = only_request(&server).await;
    assert_eq!(
        request.url.query(),
        Some("unionId=u&spaceType=org&maxResults=10")
    );
    assert_eq!(page.next_token, None);
}

#[tokio::test]
async fn info_space() {
    let (request, space) = exchange("drive_InfoSpace", |client| {
        client
            .drive_1_0()
            .info_space(drive_1_0::InfoSpaceInput {
                space_id: SPACE_ID,
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_InfoSpace",
        "GET",
        "/v1.0/drive/spaces/12345",
        &[("unionId", UNION_ID)],
    );

    assert_eq!(
        space,
        DriveSpace {
            space_id: Some(SPACE_ID.into()),
            space_name: Some("Project files".into()),
            space_type: Some(DriveSpaceType::Org),
            quota: Some(2147483648),
            used_quota: Some(640445953),
            permission_mode: Some(PermissionMode::Acl),
            create_time: Some(time("2021-03-01T09:30:00Z")),
            modify_time: Some(time("2021-03-29T14:20:36Z")),
        }
    );
}

#[tokio::test]
async fn delete_space() {
    let (request, ()) = exchange("drive_DeleteSpace", |client| {
        client
            .drive_1_0()
            .delete_space(drive_1_0::DeleteSpaceInput {
                space_id: SPACE_ID,
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_DeleteSpace",
        "DELETE",
        "/v1.0/drive/spaces/12345",
        &[("unionId", UNION_ID)],
    );
}

#[tokio::test]
async fn a_response_without_a_body_in_the_spec_may_still_have_one() {
    // The operations whose success has no body succeed whatever the server
    // sends with the 200: nothing, an empty object or a bare `success`.
    for body in [None, Some(json!({})), Some(json!({"success": true}))] {
        let response = match &body {
            Some(body) => ok(body.clone()),
            None => ResponseTemplate::new(200),
        };
        let server = server(response).await;
        client(&server)
            .drive_1_0()
            .delete_space(drive_1_0::DeleteSpaceInput {
                space_id: SPACE_ID,
                union_id: UNION_ID,
            })
            .send()
            .await
            .unwrap_or_else(|err| panic!("{body:?}: {err}"));
    }
}

#[tokio::test]
async fn get_my_space_info() {
    let (request, space) = exchange("drive_GetMySpaceInfo", |client| {
        client.drive_1_0().get_my_space_info(UNION_ID).send()
    })
    .await;
    check_request(
        &request,
        "drive_GetMySpaceInfo",
        "GET",
        "/v1.0/drive/mySpaces",
        &[("unionId", UNION_ID)],
    );

    assert_eq!(space.space_id.as_deref(), Some("67890"));
    assert_eq!(space.space_type, Some(DriveSpaceType::Personal));
    assert_eq!(
        (space.quota, space.used_quota),
        (Some(10737418240), Some(1048576))
    );
}

#[tokio::test]
async fn add_custom_space() {
    let (request, space) = exchange("drive_AddCustomSpace", |client| {
        client
            .drive_1_0()
            .add_custom_space(drive_1_0::AddCustomSpaceInput {
                biz_type: "contracts",
                identifier: "project-42",
                permission_mode: PermissionMode::Custom,
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_AddCustomSpace",
        "POST",
        "/v1.0/drive/spaces/customSpaces",
        &[],
    );

    assert_eq!(space.space_id.as_deref(), Some("24680"));
    assert_eq!(space.space_type, None);
    assert_eq!(space.permission_mode, Some(PermissionMode::Custom));
    assert_eq!(space.used_quota, Some(0));
}

#[tokio::test]
async fn get_async_task_info() {
    let (request, task) = exchange("drive_GetAsyncTaskInfo", |client| {
        client
            .drive_1_0()
            .get_async_task_info(drive_1_0::GetAsyncTaskInfoInput {
                task_id: TASK_ID,
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_GetAsyncTaskInfo",
        "GET",
        "/v1.0/drive/tasks/3a4b5c6d",
        &[("unionId", UNION_ID)],
    );

    assert_eq!(
        task,
        DriveAsyncTask {
            task_id: Some(TASK_ID.into()),
            status: Some("success".into()),
            total: Some(12),
            success: Some(11),
            failed: Some(1),
            begin_time: Some(time("2021-03-29T14:20:36Z")),
            end_time: Some(time("2021-03-29T14:20:41Z")),
        }
    );
}

// Files

/// The file of most of the spec's examples, as `modify_time` and the rest say.
fn report(parent_id: &str, file_path: &str, modify_time: &str) -> DriveFile {
    DriveFile {
        space_id: Some(SPACE_ID.into()),
        parent_id: Some(parent_id.into()),
        file_id: Some(FILE_ID.into()),
        file_name: Some(file_path.rsplit('/').next().unwrap().into()),
        file_path: Some(file_path.into()),
        file_type: Some(DriveFileType::File),
        content_type: Some("document".into()),
        file_extension: Some("docx".into()),
        file_size: Some(2048),
        creator: Some(UNION_ID.into()),
        modifier: Some(UNION_ID.into()),
        create_time: Some(time("2021-03-29T14:20:36Z")),
        modify_time: Some(time(modify_time)),
        icon: None,
        thumbnail: None,
    }
}

#[tokio::test]
async fn add_file() {
    let (request, file) = exchange("drive_AddFile", |client| {
        client
            .drive_1_0()
            .add_file(drive_1_0::AddFileInput {
                space_id: SPACE_ID,
                file_type: DriveFileType::File,
                file_name: "Report.docx",
                union_id: UNION_ID,
            })
            .parent_id("0")
            .media_id(MEDIA_ID)
            .add_conflict_policy("autoRename")
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_AddFile",
        "POST",
        "/v1.0/drive/spaces/12345/files",
        &[],
    );

    assert_eq!(file, report("0", "/Report.docx", "2021-03-29T14:20:36Z"));
}

#[tokio::test]
async fn add_folder_sends_only_what_is_set() {
    let server = server(ok(json!({"fileId": "1", "fileType": "folder"}))).await;
    let folder = client(&server)
        .drive_1_0()
        .add_file(drive_1_0::AddFileInput {
            space_id: SPACE_ID,
            file_type: DriveFileType::Folder,
            file_name: "Invoices",
            union_id: UNION_ID,
        })
        .send()
        .await
        .unwrap();
    let request = only_request(&server).await;
    assert_eq!(request.url.query(), None);
    assert_eq!(
        json_body(&request),
        json!({"fileType": "folder", "fileName": "Invoices", "unionId": UNION_ID})
    );
    assert_eq!(folder.file_type, Some(DriveFileType::Folder));
}

#[tokio::test]
async fn list_files() {
    let (request, page) = exchange("drive_ListFiles", |client| {
        client
            .drive_1_0()
            .list_files(drive_1_0::ListFilesInput {
                space_id: SPACE_ID,
                max_results: 50,
                union_id: UNION_ID,
            })
            .parent_id("0")
            .next_token("2CMlB97VtVJWfoVliPIXPUQiEiE")
            .order_type("modifyTimeDesc")
            .with_icon(true)
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_ListFiles",
        "GET",
        "/v1.0/drive/spaces/12345/files",
        &[
            ("parentId", "0"),
            ("nextToken", "2CMlB97VtVJWfoVliPIXPUQiEiE"),
            ("maxResults", "50"),
            ("orderType", "modifyTimeDesc"),
            ("withIcon", "true"),
            ("unionId", UNION_ID),
        ],
    );

    assert_eq!(page.next_token.as_deref(), Some("fekaf"));
    let files = page.files.unwrap();
    assert_eq!(files.len(), 2);
    assert_eq!(
        files[0],
        DriveFile {
            icon: Some("https://static.dingtalk.com/media/icon/docx.png".into()),
            thumbnail: Some("https://static.dingtalk.com/media/thumbnail/46235464383.png".into()),
            ..report("0", "/Report.docx", "2021-03-30T09:12:00Z")
        }
    );
    let folder = &files[1];
    assert_eq!(folder.file_id.as_deref(), Some(FOLDER_ID));
    assert_eq!(folder.file_type, Some(DriveFileType::Folder));
    assert_eq!(
        (folder.file_size, folder.file_extension.as_deref()),
        (None, None)
    );
}

#[tokio::test]
async fn get_file_info() {
    let (request, file) = exchange("drive_GetFileInfo", |client| {
        client
            .drive_1_0()
            .get_file_info(drive_1_0::GetFileInfoInput {
                space_id: SPACE_ID,
                file_id: FILE_ID,
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_GetFileInfo",
        "GET",
        "/v1.0/drive/spaces/12345/files/46235464383",
        &[("unionId", UNION_ID)],
    );

    assert_eq!(file, report("0", "/Report.docx", "2021-03-30T09:12:00Z"));
}

#[tokio::test]
async fn delete_file() {
    let (request, response) = exchange("drive_DeleteFile", |client| {
        client
            .drive_1_0()
            .delete_file(drive_1_0::DeleteFileInput {
                space_id: SPACE_ID,
                file_id: FILE_ID,
                delete_policy: "toRecycle",
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_DeleteFile",
        "DELETE",
        "/v1.0/drive/spaces/12345/files/46235464383",
        &[("deletePolicy", "toRecycle"), ("unionId", UNION_ID)],
    );

    assert_eq!(response.success, Some(true));
}

#[tokio::test]
async fn delete_files() {
    let (request, response) = exchange("drive_DeleteFiles", |client| {
        client
            .drive_1_0()
            .delete_files(drive_1_0::DeleteFilesInput {
                space_id: SPACE_ID,
                file_ids: strings(&[FILE_ID, FOLDER_ID]),
                delete_policy: "toRecycle",
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_DeleteFiles",
        "POST",
        "/v1.0/drive/spaces/12345/files/batchDelete",
        &[],
    );

    assert_eq!(response.success, Some(true));
    assert_eq!(response.task_id.as_deref(), Some(TASK_ID));
}

#[tokio::test]
async fn copy_file() {
    let (request, response) = exchange("drive_CopyFile", |client| {
        client
            .drive_1_0()
            .copy_file(drive_1_0::CopyFileInput {
                space_id: SPACE_ID,
                file_id: FILE_ID,
                target_space_id: "67890",
                union_id: UNION_ID,
            })
            .target_parent_id("0")
            .add_conflict_policy("autoRename")
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_CopyFile",
        "POST",
        "/v1.0/drive/spaces/12345/files/46235464383/copy",
        &[],
    );

    assert_eq!(response.task_id, None);
    let copy = response.file.unwrap();
    assert_eq!(copy.space_id.as_deref(), Some("67890"));
    assert_eq!(copy.file_id.as_deref(), Some("46235464390"));
    assert_eq!(copy.create_time, Some(time("2021-04-02T08:00:00Z")));
}

#[tokio::test]
async fn copy_file_in_the_background_answers_with_a_task() {
    let server = server(ok(json!({"taskId": TASK_ID}))).await;
    let response = client(&server)
        .drive_1_0()
        .copy_file(drive_1_0::CopyFileInput {
            space_id: SPACE_ID,
            file_id: FOLDER_ID,
            target_space_id: SPACE_ID,
            union_id: UNION_ID,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(
        json_body(&only_request(&server).await),
        json!({"targetSpaceId": SPACE_ID, "unionId": UNION_ID})
    );
    assert_eq!(response.file, None);
    assert_eq!(response.task_id.as_deref(), Some(TASK_ID));
}

#[tokio::test]
async fn move_file() {
    let (request, file) = exchange("drive_MoveFile", |client| {
        client
            .drive_1_0()
            .move_file(drive_1_0::MoveFileInput {
                space_id: SPACE_ID,
                file_id: FILE_ID,
                target_space_id: SPACE_ID,
                union_id: UNION_ID,
            })
            .target_parent_id(FOLDER_ID)
            .add_conflict_policy("autoRename")
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_MoveFile",
        "POST",
        "/v1.0/drive/spaces/12345/files/46235464383/move",
        &[],
    );

    assert_eq!(
        file,
        report(FOLDER_ID, "/Invoices/Report.docx", "2021-04-02T08:00:00Z")
    );
}

#[tokio::test]
async fn move_files() {
    let (request, response) = exchange("drive_MoveFiles", |client| {
        client
            .drive_1_0()
            .move_files(drive_1_0::MoveFilesInput {
                space_id: SPACE_ID,
                file_ids: strings(&[FILE_ID]),
                target_space_id: SPACE_ID,
                union_id: UNION_ID,
            })
            .target_parent_id(FOLDER_ID)
            .add_conflict_policy("autoRename")
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_MoveFiles",
        "POST",
        "/v1.0/drive/spaces/12345/files/batchMove",
        &[],
    );

    assert_eq!(response.task_id, None);
    assert_eq!(
        response.files.unwrap(),
        [report(
            FOLDER_ID,
            "/Invoices/Report.docx",
            "2021-04-02T08:00:00Z"
        )]
    );
}

#[tokio::test]
async fn rename_file() {
    let (request, file) = exchange("drive_RenameFile", |client| {
        client
            .drive_1_0()
            .rename_file(drive_1_0::RenameFileInput {
                space_id: SPACE_ID,
                file_id: FILE_ID,
                new_file_name: "Report 2021.docx",
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_RenameFile",
        "POST",
        "/v1.0/drive/spaces/12345/files/46235464383/rename",
        &[],
    );

    assert_eq!(
        file,
        report("0", "/Report 2021.docx", "2021-04-02T08:00:00Z")
    );
}

/// Calls `drive_GetUploadInfo` with every input the spec documents, against
/// a server that answers with `response`.
async fn get_upload_info(response: Value) -> (Request, DriveGetUploadInfoResponse) {
    exchange_with("drive_GetUploadInfo", ok(response), |client| {
        client
            .drive_1_0()
            .get_upload_info(drive_1_0::GetUploadInfoInput {
                space_id: SPACE_ID,
                parent_id: "0",
                file_name: "Report.docx",
                file_size: 2048,
                md5: "9e107d9d372bb6826bd81d3542a419d6",
                union_id: UNION_ID,
            })
            .add_conflict_policy("autoRename")
            .media_id(MEDIA_ID)
            .caller_region("ZHANGJIAKOU")
            .with_region(true)
            .with_internal_end_point(false)
            .send()
    })
    .await
}

#[tokio::test]
async fn get_upload_info_with_a_signed_url() {
    let example = named_response_example("drive_GetUploadInfo", "headerSignature");
    let (request, response) = get_upload_info(example).await;
    check_request(
        &request,
        "drive_GetUploadInfo",
        "GET",
        "/v1.0/drive/spaces/12345/files/0/uploadInfos",
        &[
            ("fileName", "Report.docx"),
            ("fileSize", "2048"),
            ("md5", "9e107d9d372bb6826bd81d3542a419d6"),
            ("addConflictPolicy", "autoRename"),
            ("mediaId", MEDIA_ID),
            ("callerRegion", "ZHANGJIAKOU"),
            ("withRegion", "true"),
            ("withInternalEndPoint", "false"),
            ("unionId", UNION_ID),
        ],
    );

    assert_eq!(response.sts_upload_info, None);
    assert_eq!(response.region.as_deref(), Some("ZHANGJIAKOU"));
    let info = response.header_signature_upload_info.unwrap();
    assert_eq!(
        info.resource_url.as_deref(),
        Some("https://bucket.oss-cn-zhangjiakou.aliyuncs.com/drive/object")
    );
    assert_eq!(info.internal_resource_url, None);
    let headers = info.headers.unwrap();
    assert_eq!(headers.len(), 2);
    assert_eq!(headers["Authorization"], "OSS signature");
    assert_eq!(headers["x-oss-date"], "Mon, 29 Mar 2021 14:20:36 GMT");
    assert_eq!(info.expiration_seconds, Some(900));
    assert_eq!(info.media_id.as_deref(), Some(MEDIA_ID));
}

#[tokio::test]
async fn get_upload_info_with_sts_credentials() {
    let example = named_response_example("drive_GetUploadInfo", "sts");
    let (request, response) = get_upload_info(example).await;
    assert_eq!(
        request.url.path(),
        "/v1.0/drive/spaces/12345/files/0/uploadInfos"
    );

    assert_eq!(response.header_signature_upload_info, None);
    let sts = response.sts_upload_info.unwrap();
    assert_eq!(sts.access_key_id.as_deref(), Some("STS.NUxxxxx"));
    assert_eq!(sts.access_key_secret.as_deref(), Some("sts-secret"));
    assert_eq!(sts.access_token.as_deref(), Some("sts-security-token"));
    assert_eq!(sts.access_token_expiration_millis, Some(1617031236000));
    assert_eq!(sts.bucket.as_deref(), Some("bucket"));
    assert_eq!(
        sts.end_point.as_deref(),
        Some("oss-cn-zhangjiakou.aliyuncs.com")
    );
    assert_eq!(sts.internal_end_point, None);
    assert_eq!(sts.media_id.as_deref(), Some(MEDIA_ID));
    // The temporary credentials stay out of logs.
    let shown = format!("{sts:?}");
    assert!(!shown.contains("sts-secret"), "{shown}");
    assert!(!shown.contains("sts-security-token"), "{shown}");
}

#[tokio::test]
async fn get_download_info() {
    let (request, response) = exchange("drive_GetDownloadInfo", |client| {
        client
            .drive_1_0()
            .get_download_info(drive_1_0::GetDownloadInfoInput {
                space_id: SPACE_ID,
                file_id: FILE_ID,
                union_id: UNION_ID,
            })
            .with_region(true)
            .with_internal_resource_url(true)
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_GetDownloadInfo",
        "GET",
        "/v1.0/drive/spaces/12345/files/46235464383/downloadInfos",
        &[
            ("withRegion", "true"),
            ("withInternalResourceUrl", "true"),
            ("unionId", UNION_ID),
        ],
    );

    assert_eq!(response.region.as_deref(), Some("ZHANGJIAKOU"));
    let info = response.download_info.unwrap();
    assert_eq!(
        info.resource_url.as_deref(),
        Some("https://bucket.oss-cn-zhangjiakou.aliyuncs.com/drive/object")
    );
    assert_eq!(
        info.internal_resource_url.as_deref(),
        Some("https://bucket.oss-cn-zhangjiakou-internal.aliyuncs.com/drive/object")
    );
    assert_eq!(info.headers.unwrap()["Authorization"], "OSS signature");
    assert_eq!(info.expiration_seconds, Some(900));
}

#[tokio::test]
async fn get_preview_info() {
    let (request, response) = exchange("drive_GetPreviewInfo", |client| {
        client
            .drive_1_0()
            .get_preview_info(drive_1_0::GetPreviewInfoInput {
                space_id: SPACE_ID,
                file_id: FILE_ID,
                union_id: UNION_ID,
            })
            .version(2)
            .watermark(true)
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_GetPreviewInfo",
        "GET",
        "/v1.0/drive/spaces/12345/files/46235464383/previewInfos",
        &[
            ("version", "2"),
            ("watermark", "true"),
            ("unionId", UNION_ID),
        ],
    );

    assert_eq!(
        response.info.unwrap().url.as_deref(),
        Some("https://preview.dingtalk.com/drive/46235464383?version=2")
    );
}

// Permissions

fn staff(id: &str) -> DrivePermissionMember {
    DrivePermissionMember {
        corp_id: "ding12345".into(),
        member_type: "staff".into(),
        member_id: id.into(),
    }
}

#[tokio::test]
async fn add_permission() {
    let (request, ()) = exchange("drive_AddPermission", |client| {
        client
            .drive_1_0()
            .add_permission(drive_1_0::AddPermissionInput {
                space_id: SPACE_ID,
                file_id: FILE_ID,
                role: "editor",
                members: vec![staff("0123456789")],
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_AddPermission",
        "POST",
        "/v1.0/drive/spaces/12345/files/46235464383/permissions",
        &[],
    );
}

#[tokio::test]
async fn list_permissions() {
    let (request, response) = exchange("drive_ListPermissions", |client| {
        client
            .drive_1_0()
            .list_permissions(drive_1_0::ListPermissionsInput {
                space_id: SPACE_ID,
                file_id: FILE_ID,
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_ListPermissions",
        "GET",
        "/v1.0/drive/spaces/12345/files/46235464383/permissions",
        &[("unionId", UNION_ID)],
    );

    let members = response.members.unwrap();
    assert_eq!(members.len(), 2);
    assert_eq!(
        members[0],
        DrivePermission {
            role: Some("manager".into()),
            extend: Some(true),
            member: Some(DrivePermissionMemberInfo {
                corp_id: Some("ding12345".into()),
                member_type: Some("staff".into()),
                member_id: Some("0123456789".into()),
                member_name: Some("Zhang San".into()),
            }),
        }
    );
    let dept = members[1].member.as_ref().unwrap();
    assert_eq!(dept.member_type.as_deref(), Some("dept"));
    assert_eq!(members[1].extend, Some(false));
    let out = response.out_members.unwrap();
    assert_eq!(out.len(), 1);
    let outsider = out[0].member.as_ref().unwrap();
    assert_eq!(outsider.corp_id.as_deref(), Some("ding67890"));
    assert_eq!(outsider.member_name.as_deref(), Some("Li Si"));
}

#[tokio::test]
async fn modify_permission() {
    let (request, ()) = exchange("drive_ModifyPermission", |client| {
        client
            .drive_1_0()
            .modify_permission(drive_1_0::ModifyPermissionInput {
                space_id: SPACE_ID,
                file_id: FILE_ID,
                role: "manager",
                members: vec![staff("0123456789")],
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_ModifyPermission",
        "PUT",
        "/v1.0/drive/spaces/12345/files/46235464383/permissions",
        &[],
    );
}

#[tokio::test]
async fn delete_permission() {
    let (request, ()) = exchange("drive_DeletePermission", |client| {
        client
            .drive_1_0()
            .delete_permission(drive_1_0::DeletePermissionInput {
                space_id: SPACE_ID,
                file_id: FILE_ID,
                role: "editor",
                members: vec![staff("0123456789")],
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_DeletePermission",
        "POST",
        "/v1.0/drive/spaces/12345/files/46235464383/permissions/delete",
        &[],
    );
}

#[tokio::test]
async fn get_privilege_info() {
    let (request, response) = exchange("drive_GetPrivilegeInfo", |client| {
        client
            .drive_1_0()
            .get_privilege_info(drive_1_0::GetPrivilegeInfoInput {
                space_id: SPACE_ID,
                file_id: FILE_ID,
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_GetPrivilegeInfo",
        "GET",
        "/v1.0/drive/spaces/12345/files/46235464383/privileges",
        &[("unionId", UNION_ID)],
    );

    assert_eq!(response.types.unwrap(), ["preview", "download"]);
}

#[tokio::test]
async fn grant_privilege_of_custom_space() {
    let (request, ()) = exchange("drive_GrantPrivilegeOfCustomSpace", |client| {
        client
            .drive_1_0()
            .grant_privilege_of_custom_space(drive_1_0::GrantPrivilegeOfCustomSpaceInput {
                space_id: SPACE_ID,
                r#type: "download",
                user_id: "0123456789",
                file_ids: strings(&[FILE_ID]),
                duration: 3600,
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_GrantPrivilegeOfCustomSpace",
        "POST",
        "/v1.0/drive/spaces/12345/files/customSpacePrivileges",
        &[],
    );
}

// Recycle bins

#[tokio::test]
async fn list_recycle_files() {
    let (request, page) = exchange("drive_ListRecycleFiles", |client| {
        client
            .drive_1_0()
            .list_recycle_files(drive_1_0::ListRecycleFilesInput {
                recycle_type: "user",
                max_results: 50,
                union_id: UNION_ID,
            })
            .next_token("2CMlB97VtVJWfoVliPIXPUQiEiE")
            .order_type("deleteTimeDesc")
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_ListRecycleFiles",
        "GET",
        "/v1.0/drive/recycleItems",
        &[
            ("recycleType", "user"),
            ("nextToken", "2CMlB97VtVJWfoVliPIXPUQiEiE"),
            ("maxResults", "50"),
            ("orderType", "deleteTimeDesc"),
            ("unionId", UNION_ID),
        ],
    );

    assert_eq!(page.next_token.as_deref(), Some("fekaf"));
    let items = page.recycle_items.unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(
        items[0],
        DriveRecycleItem {
            recycle_item_id: Some("5001".into()),
            file_name: Some("Report.docx".into()),
            file_path: Some("/Report.docx".into()),
            file_type: Some(DriveFileType::File),
            content_type: Some("document".into()),
            file_size: Some(2048),
            delete_staff_id: Some("0123456789".into()),
            delete_time: Some(time("2021-04-03T16:45:00Z")),
        }
    );
    assert_eq!(items[1].file_type, Some(DriveFileType::Folder));
    assert_eq!(items[1].content_type, None);
}

#[tokio::test]
async fn recover_recycle_files() {
    let (request, ()) = exchange("drive_RecoverRecycleFiles", |client| {
        client
            .drive_1_0()
            .recover_recycle_files(drive_1_0::RecoverRecycleFilesInput {
                recycle_type: "user",
                recycle_item_id_list: vec![5001, 5002],
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_RecoverRecycleFiles",
        "POST",
        "/v1.0/drive/recycleItems/recover",
        &[],
    );
    // The ids the listing gives as strings go back as numbers.
    assert_eq!(
        json_body(&request)["recycleItemIdList"],
        json!([5001, 5002])
    );
}

#[tokio::test]
async fn delete_recycle_files() {
    let (request, ()) = exchange("drive_DeleteRecycleFiles", |client| {
        client
            .drive_1_0()
            .delete_recycle_files(drive_1_0::DeleteRecycleFilesInput {
                recycle_type: "user",
                recycle_item_id_list: vec![5001],
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_DeleteRecycleFiles",
        "POST",
        "/v1.0/drive/recycleItems/delete",
        &[],
    );
}

#[tokio::test]
async fn clear_recycle_files() {
    let (request, ()) = exchange("drive_ClearRecycleFiles", |client| {
        client
            .drive_1_0()
            .clear_recycle_files(drive_1_0::ClearRecycleFilesInput {
                recycle_type: "user",
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_ClearRecycleFiles",
        "POST",
        "/v1.0/drive/recycleItems/clear",
        &[],
    );
}

// Quotas and administration

#[tokio::test]
async fn get_quota_infos() {
    let (request, response) = exchange("drive_GetQuotaInfos", |client| {
        client
            .drive_1_0()
            .get_quota_infos(drive_1_0::GetQuotaInfosInput {
                r#type: "personal",
                identifiers: strings(&[UNION_ID]),
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_GetQuotaInfos",
        "POST",
        "/v1.0/drive/quotaInfos/query",
        &[],
    );

    assert_eq!(
        response.quotas.unwrap(),
        [DriveQuota {
            identifier: Some(UNION_ID.into()),
            r#type: Some("personal".into()),
            quota: Some(10737418240),
            used_quota: Some(1048576),
        }]
    );
}

#[tokio::test]
async fn management_list_spaces() {
    let (request, response) = exchange("drive_ManagementListSpaces", |client| {
        client
            .drive_1_0()
            .management_list_spaces(drive_1_0::ManagementListSpacesInput {
                space_ids: strings(&[SPACE_ID, "67890"]),
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_ManagementListSpaces",
        "POST",
        "/v1.0/drive/managements/spaces/query",
        &[],
    );

    let spaces = response.spaces.unwrap();
    let ids: Vec<_> = spaces.iter().map(|s| s.space_id.as_deref()).collect();
    assert_eq!(ids, [Some(SPACE_ID), Some("67890")]);
    assert_eq!(spaces[1].space_type, Some(DriveSpaceType::Personal));
}

#[tokio::test]
async fn management_modify_space() {
    let (request, response) = exchange("drive_ManagementModifySpace", |client| {
        client
            .drive_1_0()
            .management_modify_space(drive_1_0::ManagementModifySpaceInput {
                space_ids: strings(&[SPACE_ID]),
                quota: 5368709120,
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_ManagementModifySpace",
        "PUT",
        "/v1.0/drive/managements/spaces",
        &[],
    );

    let spaces = response.spaces.unwrap();
    assert_eq!(spaces.len(), 1);
    assert_eq!(spaces[0].quota, Some(5368709120));
    assert_eq!(spaces[0].modify_time, Some(time("2021-04-05T10:00:00Z")));
}

#[tokio::test]
async fn management_buy_quota() {
    let (request, ()) = exchange("drive_ManagementBuyQuota", |client| {
        client
            .drive_1_0()
            .management_buy_quota(drive_1_0::ManagementBuyQuotaInput {
                order: DriveQuotaOrder {
                    order_id: 202104050001,
                    biz_type: "drive".into(),
                    capacity_type: "org".into(),
                    capacity: 107374182400,
                    day: 365,
                    money: 100000,
                },
                token: "purchase-token",
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "drive_ManagementBuyQuota",
        "POST",
        "/v1.0/drive/managements/quotas/buy",
        &[],
    );
}

// Paging: the streams follow the cursor in the query across pages.

/// The cursor the first page hands out.
const NEXT: &str = "cursor-of-page-2";

/// A server whose first answer is the spec's example page of `operation_id`
/// with `NEXT` as its cursor, and whose later answers are the same page without
/// a cursor: the last page.
async fn two_pages(operation_id: &str) -> MockServer {
    let mut first = response_example(operation_id);
    first["nextToken"] = json!(NEXT);
    let mut last = response_example(operation_id);
    last.as_object_mut().unwrap().remove("nextToken");
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ok(first))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(ok(last))
        .mount(&server)
        .await;
    server
}

/// The two requests the server received.
async fn two_requests(server: &MockServer) -> [Request; 2] {
    let requests = server.received_requests().await.unwrap();
    requests
        .try_into()
        .unwrap_or_else(|requests: Vec<Request>| panic!("{} requests, not 2", requests.len()))
}

/// The query pairs of `request` other than `nextToken`, and its `nextToken`.
fn split_query_cursor(request: &Request) -> (Vec<(String, String)>, Option<String>) {
    let (cursor, rest): (Vec<_>, Vec<_>) = common::query(request)
        .into_iter()
        .partition(|(name, _)| name == "nextToken");
    assert!(cursor.len() <= 1, "more than one nextToken");
    (rest, cursor.into_iter().next().map(|(_, value)| value))
}

/// The second request is the first with `NEXT` as its `nextToken`, the
/// `unionId` stays in the query, and neither has a body.
fn assert_cursor_in_query(requests: &[Request; 2], first_cursor: Option<&str>) {
    let (first_rest, first) = split_query_cursor(&requests[0]);
    let (second_rest, second) = split_query_cursor(&requests[1]);
    assert_eq!(first.as_deref(), first_cursor);
    assert_eq!(second.as_deref(), Some(NEXT));
    assert_eq!(
        second_rest, first_rest,
        "the other query parameters are kept"
    );
    assert!(first_rest.contains(&("unionId".to_owned(), UNION_ID.to_owned())));
    assert_eq!(requests[1].url.path(), requests[0].url.path());
    assert!(requests.iter().all(|r| r.body.is_empty()));
}

#[tokio::test]
async fn list_spaces_pages_carry_the_cursor_in_the_query() {
    let server = two_pages("drive_ListSpaces").await;
    let spaces: Vec<DriveSpace> = client(&server)
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: UNION_ID,
            space_type: DriveSpaceType::Org,
            max_results: 1,
        })
        .items()
        .try_collect()
        .await
        .unwrap();

    // One space on each page.
    assert_eq!(spaces.len(), 2);
    assert!(spaces
        .iter()
        .all(|s| s.space_id.as_deref() == Some("123456789")));
    let requests = two_requests(&server).await;
    assert_cursor_in_query(&requests, None);
}

#[tokio::test]
async fn list_files_pages_carry_the_cursor_in_the_query() {
    let server = two_pages("drive_ListFiles").await;
    let pages: Vec<DriveListFilesResponse> = client(&server)
        .drive_1_0()
        .list_files(drive_1_0::ListFilesInput {
            space_id: SPACE_ID,
            max_results: 2,
            union_id: UNION_ID,
        })
        .parent_id("0")
        .next_token("2CMlB97VtVJWfoVliPIXPUQiEiE")
        .order_type("modifyTimeDesc")
        .pages()
        .try_collect()
        .await
        .unwrap();

    assert_eq!(pages.len(), 2);
    assert_eq!(pages[0].next_token.as_deref(), Some(NEXT));
    assert_eq!(pages[1].next_token, None);
    assert_eq!(pages[1].files.as_ref().unwrap().len(), 2);
    let requests = two_requests(&server).await;
    assert_cursor_in_query(&requests, Some("2CMlB97VtVJWfoVliPIXPUQiEiE"));
}

#[tokio::test]
async fn list_recycle_files_pages_carry_the_cursor_in_the_query() {
    let server = two_pages("drive_ListRecycleFiles").await;
    let items: Vec<DriveRecycleItem> = client(&server)
        .drive_1_0()
        .list_recycle_files(drive_1_0::ListRecycleFilesInput {
            recycle_type: "user",
            max_results: 2,
            union_id: UNION_ID,
        })
        .items()
        .try_collect()
        .await
        .unwrap();

    // Two items on each page.
    assert_eq!(items.len(), 4);
    let ids: Vec<_> = items
        .iter()
        .map(|i| i.recycle_item_id.as_deref().unwrap())
        .collect();
    assert_eq!(ids, ["5001", "5002", "5001", "5002"]);
    let requests = two_requests(&server).await;
    assert_cursor_in_query(&requests, None);
}

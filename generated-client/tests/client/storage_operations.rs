//! Every storage operation against a local server. Each test calls the client
//! with inputs that mirror the spec's request example, optional ones included,
//! and checks the request on the wire: method, path, the exact query, headers
//! and the JSON body, which must equal the spec's request example. The server
//! answers with the spec's 200 example, and the test checks the typed result.
//! The paged operations are also followed across two pages.

use crate::common;

use std::collections::BTreeSet;
use std::future::Future;

use common::*;
use dingtalk::storage_1_0;
use dingtalk::storage_1_0::*;
use futures_util::TryStreamExt;
use serde_json::{json, Value};
use wiremock::{matchers::any, Mock, MockServer, Request, ResponseTemplate};

// The ids of the spec's examples.
const UNION_ID: &str = "cHtUYxxxxx";
const CORP_ID: &str = "ding12345";
const SPACE_ID: &str = "854xxxxx";
const DENTRY_ID: &str = "653xxxxx";
const RECYCLE_BIN_ID: &str = "pQy3R7xxxxx";
const RECYCLE_ITEM_ID: &str = "2190xxxxx";

fn ok(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

fn time(text: &str) -> dingtalk::Timestamp {
    text.parse().unwrap()
}

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|&v| v.to_owned()).collect()
}

/// Sends one call to a server that answers with the spec's 200 example of
/// `operation_id`; returns the request the server received and the decoded result.
async fn exchange<T, E: std::fmt::Debug, Fut>(
    operation_id: &str,
    call: impl FnOnce(dingtalk::Client) -> Fut,
) -> (Request, T)
where
    Fut: Future<Output = Result<T, dingtalk::Error<E>>>,
{
    let server = server(ok(response_example(operation_id))).await;
    let result = call(client(&server))
        .await
        .unwrap_or_else(|err| panic!("{operation_id}: {err}"));
    (only_request(&server).await, result)
}

/// Checks the request a call of `operation_id` sent: its method and path,
/// exactly the query pairs `query` (in any order, each once), the common
/// headers, and, when the spec gives the operation a body, `content-type` and
/// a body equal to the spec's request example.
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

// Spaces, organisations, apps, tasks and events

#[tokio::test]
async fn add_space() {
    let (request, response) = exchange("storage_AddSpace", |client| {
        client
            .storage_1_0()
            .add_space(UNION_ID)
            .option(StorageAddSpaceOption {
                name: Some("Project files".into()),
                quota: Some(1073741824),
                capabilities: Some(SpaceCapabilities {
                    can_search: Some(true),
                    can_rename: Some(true),
                    can_record_recent_file: Some(false),
                }),
                scene: Some("project".into()),
                scene_id: Some("42".into()),
                owner_type: Some(OwnerType::App),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_AddSpace",
        "POST",
        "/v1.0/storage/spaces",
        &[("unionId", UNION_ID)],
    );

    let space = response.space.unwrap();
    assert_eq!(space.id.as_deref(), Some(SPACE_ID));
    assert_eq!(space.owner_type, Some(OwnerType::App));
    assert_eq!(space.quota, Some(1073741824));
    assert_eq!(
        space.partitions.unwrap()[0].quota.as_ref().unwrap().r#type,
        Some(QuotaType::Private)
    );
}

#[tokio::test]
async fn add_space_without_options_sends_an_empty_object() {
    let server = server(ok(json!({"space": {"id": "1"}}))).await;
    client(&server)
        .storage_1_0()
        .add_space(UNION_ID)
        .send()
        .await
        .unwrap();
    assert_eq!(json_body(&only_request(&server).await), json!({}));
}

#[tokio::test]
async fn get_space() {
    let (request, response) = exchange("storage_GetSpace", |client| {
        client
            .storage_1_0()
            .get_space(storage_1_0::GetSpaceInput {
                space_id: SPACE_ID,
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_GetSpace",
        "GET",
        "/v1.0/storage/spaces/854xxxxx",
        &[("unionId", UNION_ID)],
    );

    assert_eq!(
        response.space.unwrap(),
        StorageSpace {
            id: Some("854xxxxx".into()),
            corp_id: Some("ding12345".into()),
            creator_id: Some("cHtUYxxxxx".into()),
            owner_type: Some(OwnerType::User),
            owner_id: Some("cHtUYxxxxx".into()),
            modifier_id: Some("xxxxx".into()),
            used_quota: Some(1024),
            quota: Some(1048576),
            status: Some(SpaceStatus::Normal),
            create_time: Some(time("2022-01-01T10:00:00Z")),
            modified_time: Some(time("2022-01-01T10:00:00Z")),
            app_id: Some("app_id".into()),
            scene: Some("scene".into()),
            scene_id: Some("123".into()),
            capabilities: Some(SpaceCapabilities {
                can_search: Some(true),
                can_rename: Some(true),
                can_record_recent_file: Some(true),
            }),
            name: Some("Test space".into()),
            partitions: Some(vec![Partition {
                partition_type: Some(PartitionType::PublicOssPartition),
                quota: Some(PartitionQuota {
                    used: Some(1024),
                    max: Some(10000),
                    reserved: Some(1000),
                    r#type: Some(QuotaType::Share),
                }),
            }]),
        }
    );
}

#[tokio::test]
async fn get_org() {
    let (request, response) = exchange("storage_GetOrg", |client| {
        client
            .storage_1_0()
            .get_org(storage_1_0::GetOrgInput {
                corp_id: CORP_ID,
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_GetOrg",
        "GET",
        "/v1.0/storage/orgs/ding12345",
        &[("unionId", UNION_ID)],
    );

    let org = response.org.unwrap();
    assert_eq!(org.corp_id.as_deref(), Some(CORP_ID));
    let partition = &org.partitions.unwrap()[0];
    assert_eq!(
        partition.partition_type,
        Some(PartitionType::PublicOssPartition)
    );
    let quota = partition.quota.as_ref().unwrap();
    assert_eq!(
        (quota.used, quota.max),
        (Some(1073741824), Some(107374182400))
    );
}

#[tokio::test]
async fn get_current_app() {
    let (request, response) = exchange("storage_GetCurrentApp", |client| {
        client.storage_1_0().get_current_app(UNION_ID).send()
    })
    .await;
    check_request(
        &request,
        "storage_GetCurrentApp",
        "POST",
        "/v1.0/storage/currentApps/query",
        &[("unionId", UNION_ID)],
    );

    let app = response.app.unwrap();
    assert_eq!(app.app_id.as_deref(), Some("app_id"));
    assert_eq!(app.name.as_deref(), Some("Contract archive"));
    assert_eq!(app.modified_time, Some(time("2022-03-01T09:30:00Z")));
    assert_eq!(
        app.partitions.unwrap()[0].quota.as_ref().unwrap().r#type,
        Some(QuotaType::Private)
    );
}

#[tokio::test]
async fn get_task() {
    let (request, response) = exchange("storage_GetTask", |client| {
        client
            .storage_1_0()
            .get_task(storage_1_0::GetTaskInput {
                task_id: "123xxxxx",
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_GetTask",
        "GET",
        "/v1.0/storage/tasks/123xxxxx",
        &[("unionId", UNION_ID)],
    );

    let task = response.task.unwrap();
    assert_eq!(task.status, Some(TaskStatus::InProgress));
    assert_eq!(
        (task.total_count, task.success_count, task.fail_count),
        (Some(6), Some(3), Some(1))
    );
    assert_eq!(task.fail_message.as_deref(), Some("permissionDenied"));
    assert_eq!(task.end_time, Some(time("2022-01-01T10:00:05Z")));
}

#[tokio::test]
async fn subscribe_event() {
    let (request, response) = exchange("storage_SubscribeEvent", |client| {
        client
            .storage_1_0()
            .subscribe_event(storage_1_0::SubscribeEventInput {
                union_id: UNION_ID,
                scope: EventScope::Space,
                scope_id: SPACE_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_SubscribeEvent",
        "POST",
        "/v1.0/storage/events/subscribe",
        &[("unionId", UNION_ID)],
    );
    assert_eq!(response.success, Some(true));
}

#[tokio::test]
async fn unsubscribe_event() {
    let (request, response) = exchange("storage_UnsubscribeEvent", |client| {
        client
            .storage_1_0()
            .unsubscribe_event(storage_1_0::UnsubscribeEventInput {
                union_id: UNION_ID,
                scope: EventScope::Org,
                scope_id: CORP_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_UnsubscribeEvent",
        "POST",
        "/v1.0/storage/events/unsubscribe",
        &[("unionId", UNION_ID)],
    );
    assert_eq!(response.success, Some(true));
}

// Dentries

#[tokio::test]
async fn add_folder() {
    let (request, response) = exchange("storage_AddFolder", |client| {
        client
            .storage_1_0()
            .add_folder(storage_1_0::AddFolderInput {
                space_id: SPACE_ID,
                parent_id: "0",
                union_id: UNION_ID,
                name: "Test folder",
            })
            .option(AddFolderOption {
                conflict_strategy: Some(ConflictStrategy::AutoRename),
                app_properties: Some(vec![AppProperty {
                    name: "Attribute1".into(),
                    value: "AttributeValue1".into(),
                    visibility: Visibility::Public,
                }]),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_AddFolder",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/dentries/0/folders",
        &[("unionId", UNION_ID)],
    );

    let dentry = response.dentry.unwrap();
    assert_eq!(dentry.id.as_deref(), Some("123"));
    assert_eq!(dentry.r#type, Some(DentryType::Folder));
    assert_eq!(dentry.path.as_deref(), Some("/Test folder"));
    assert_eq!(
        dentry.properties,
        Some(DentryProperties {
            read_only: Some(true)
        })
    );
    assert_eq!(dentry.storage_driver, Some(StorageDriver::Dingtalk));
    // The example sends `appProperties` as a list although it is documented as a map.
    assert_eq!(
        dentry.app_properties,
        Some(DentryAppProperties::List(vec![DentryAppProperty {
            name: Some("property_name".into()),
            value: Some("property_value".into()),
            visibility: Some(Visibility::Private),
        }]))
    );
}

#[tokio::test]
async fn add_folder_accepts_app_properties_as_the_documented_map() {
    let body = json!({"dentry": {"id": "1", "appProperties": {"owner-1": [
        {"name": "n", "value": "v", "visibility": "PUBLIC"}
    ]}}});
    let server = server(ok(body)).await;
    let response = client(&server)
        .storage_1_0()
        .add_folder(storage_1_0::AddFolderInput {
            space_id: "s",
            parent_id: "0",
            union_id: "u",
            name: "f",
        })
        .send()
        .await
        .unwrap();
    let Some(DentryAppProperties::ByOwner(map)) = response.dentry.unwrap().app_properties else {
        panic!("expected the map form")
    };
    assert_eq!(map["owner-1"][0].visibility, Some(Visibility::Public));
}

#[tokio::test]
async fn list_dentries() {
    let (request, page) = exchange("storage_ListDentries", |client| {
        client
            .storage_1_0()
            .list_dentries(storage_1_0::ListDentriesInput {
                space_id: SPACE_ID,
                parent_id: "0",
                union_id: UNION_ID,
            })
            .next_token("next_token")
            .max_results(30)
            .order_by(DentryOrderBy::ModifiedTime)
            .order(SortOrder::Desc)
            .with_thumbnail(false)
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_ListDentries",
        "GET",
        "/v1.0/storage/spaces/854xxxxx/dentries",
        &[
            ("parentId", "0"),
            ("nextToken", "next_token"),
            ("maxResults", "30"),
            ("orderBy", "MODIFIED_TIME"),
            ("order", "DESC"),
            ("withThumbnail", "false"),
            ("unionId", UNION_ID),
        ],
    );

    assert_eq!(page.next_token.as_deref(), Some("next_token"));
    let dentries = page.dentries.unwrap();
    assert_eq!(dentries.len(), 2);
    let (file, folder) = (&dentries[0], &dentries[1]);
    assert_eq!(file.name.as_deref(), Some("Report.docx"));
    assert_eq!(file.r#type, Some(DentryType::File));
    assert_eq!((file.size, file.version), (Some(2048), Some(2)));
    assert_eq!(file.category.as_deref(), Some("DOCUMENT"));
    assert_eq!(file.modified_time, Some(time("2022-01-02T08:30:00Z")));
    assert_eq!(folder.name.as_deref(), Some("Archive"));
    assert_eq!(folder.r#type, Some(DentryType::Folder));
    assert_eq!(folder.size, None);
}

#[tokio::test]
async fn list_all_dentries() {
    let (request, page) = exchange("storage_ListAllDentries", |client| {
        client
            .storage_1_0()
            .list_all_dentries(storage_1_0::ListAllDentriesInput {
                space_id: SPACE_ID,
                union_id: UNION_ID,
            })
            .option(ListAllDentriesOption {
                next_token: Some("next_token".into()),
                max_results: Some(30),
                order: Some(SortOrder::Asc),
                with_thumbnail: Some(true),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_ListAllDentries",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/dentries/listAll",
        &[("unionId", UNION_ID)],
    );

    assert_eq!(page.next_token.as_deref(), Some("next_token_2"));
    let dentries = page.dentries.unwrap();
    assert_eq!(dentries.len(), 1);
    assert_eq!(dentries[0].path.as_deref(), Some("/Archive/photo.png"));
    assert_eq!(dentries[0].parent_id.as_deref(), Some("654xxxxx"));
    assert_eq!(
        dentries[0].thumbnail,
        Some(Thumbnail {
            url: Some("https://static.example.com/thumbnails/653xxxxx.png".into()),
            width: Some(64),
            height: Some(64),
        })
    );
}

fn app_properties_of_app_id(dentry: &Dentry) -> &[DentryAppProperty] {
    match &dentry.app_properties {
        Some(DentryAppProperties::ByOwner(map)) => &map["app_id"],
        other => panic!("expected app properties by owner, got {other:?}"),
    }
}

#[tokio::test]
async fn get_dentries() {
    let (request, response) = exchange("storage_GetDentries", |client| {
        client
            .storage_1_0()
            .get_dentries(storage_1_0::GetDentriesInput {
                space_id: SPACE_ID,
                union_id: UNION_ID,
                dentry_ids: strings(&["653xxxxx", "655xxxxx"]),
            })
            .option(DentryQueryOption {
                app_ids_for_app_properties: Some(strings(&["app_id"])),
                with_thumbnail: Some(false),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_GetDentries",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/dentries/query",
        &[("unionId", UNION_ID)],
    );

    let items = response.result_items.unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].success, Some(true));
    let dentry = items[0].dentry.as_ref().unwrap();
    assert_eq!(dentry.id.as_deref(), Some(DENTRY_ID));
    assert_eq!(
        app_properties_of_app_id(dentry),
        [DentryAppProperty {
            name: Some("stage".into()),
            value: Some("draft".into()),
            visibility: Some(Visibility::Public),
        }]
    );
    assert_eq!(items[1].dentry_id.as_deref(), Some("655xxxxx"));
    assert_eq!(items[1].success, Some(false));
    assert_eq!(items[1].error_code.as_deref(), Some("permissionDenied"));
    assert_eq!(items[1].dentry, None);
}

#[tokio::test]
async fn get_dentry() {
    let (request, response) = exchange("storage_GetDentry", |client| {
        client
            .storage_1_0()
            .get_dentry(storage_1_0::GetDentryInput {
                space_id: SPACE_ID,
                dentry_id: DENTRY_ID,
                union_id: UNION_ID,
            })
            .option(DentryQueryOption {
                app_ids_for_app_properties: Some(strings(&["app_id"])),
                with_thumbnail: Some(true),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_GetDentry",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/dentries/653xxxxx/query",
        &[("unionId", UNION_ID)],
    );

    let dentry = response.dentry.unwrap();
    assert_eq!(dentry.id.as_deref(), Some(DENTRY_ID));
    assert_eq!(dentry.extension.as_deref(), Some("docx"));
    assert_eq!(
        app_properties_of_app_id(&dentry)[0].value.as_deref(),
        Some("draft")
    );
    assert_eq!(dentry.thumbnail.unwrap().width, Some(64));
}

#[tokio::test]
async fn delete_dentry() {
    let (request, response) = exchange("storage_DeleteDentry", |client| {
        client
            .storage_1_0()
            .delete_dentry(storage_1_0::DeleteDentryInput {
                space_id: SPACE_ID,
                dentry_id: DENTRY_ID,
                union_id: UNION_ID,
            })
            .to_recycle_bin(true)
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_DeleteDentry",
        "DELETE",
        "/v1.0/storage/spaces/854xxxxx/dentries/653xxxxx",
        &[("toRecycleBin", "true"), ("unionId", UNION_ID)],
    );

    assert_eq!(response.r#async, Some(true));
    assert_eq!(response.task_id.as_deref(), Some("123xxxxx"));
}

#[tokio::test]
async fn delete_dentries() {
    let (request, response) = exchange("storage_DeleteDentries", |client| {
        client
            .storage_1_0()
            .delete_dentries(storage_1_0::DeleteDentriesInput {
                space_id: SPACE_ID,
                union_id: UNION_ID,
                dentry_ids: strings(&["653xxxxx", "654xxxxx"]),
            })
            .option(DeleteDentriesOption {
                to_recycle_bin: Some(true),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_DeleteDentries",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/dentries/batchRemove",
        &[("unionId", UNION_ID)],
    );

    let items = response.result_items.unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(
        (items[0].success, items[0].r#async),
        (Some(true), Some(false))
    );
    assert_eq!(items[1].dentry_id.as_deref(), Some("654xxxxx"));
    assert_eq!(items[1].r#async, Some(true));
    assert_eq!(items[1].task_id.as_deref(), Some("123xxxxx"));
}

#[tokio::test]
async fn copy_dentry() {
    let (request, response) = exchange("storage_CopyDentry", |client| {
        client
            .storage_1_0()
            .copy_dentry(storage_1_0::CopyDentryInput {
                space_id: SPACE_ID,
                dentry_id: DENTRY_ID,
                union_id: UNION_ID,
                target_space_id: "856xxxxx",
                target_folder_id: "0",
            })
            .option(DentryCopyOption {
                conflict_strategy: Some(ConflictStrategy::AutoRename),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_CopyDentry",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/dentries/653xxxxx/copy",
        &[("unionId", UNION_ID)],
    );

    assert_eq!(response.r#async, Some(false));
    assert_eq!(response.task_id, None);
    let copy = response.dentry.unwrap();
    assert_eq!(copy.id.as_deref(), Some("657xxxxx"));
    assert_eq!(copy.space_id.as_deref(), Some("856xxxxx"));
}

#[tokio::test]
async fn copy_dentries() {
    let (request, response) = exchange("storage_CopyDentries", |client| {
        client
            .storage_1_0()
            .copy_dentries(storage_1_0::CopyDentriesInput {
                space_id: SPACE_ID,
                union_id: UNION_ID,
                dentry_ids: strings(&["653xxxxx", "654xxxxx"]),
                target_space_id: "856xxxxx",
                target_folder_id: "0",
            })
            .option(DentryCopyOption {
                conflict_strategy: Some(ConflictStrategy::AutoRename),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_CopyDentries",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/dentries/batchCopy",
        &[("unionId", UNION_ID)],
    );

    let items = response.result_items.unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].target_space_id.as_deref(), Some("856xxxxx"));
    assert_eq!(items[0].target_dentry_id.as_deref(), Some("657xxxxx"));
    assert_eq!(items[1].success, Some(false));
    assert_eq!(items[1].error_code.as_deref(), Some("permissionDenied"));
}

#[tokio::test]
async fn move_dentry() {
    let (request, response) = exchange("storage_MoveDentry", |client| {
        client
            .storage_1_0()
            .move_dentry(storage_1_0::MoveDentryInput {
                space_id: SPACE_ID,
                dentry_id: DENTRY_ID,
                union_id: UNION_ID,
                target_space_id: SPACE_ID,
                target_folder_id: "654xxxxx",
            })
            .option(MoveDentryOption {
                conflict_strategy: Some(ConflictStrategy::AutoRename),
                // DingTalk's own spelling for this operation.
                preseve_permissions: Some(true),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_MoveDentry",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/dentries/653xxxxx/move",
        &[("unionId", UNION_ID)],
    );

    assert_eq!(response.r#async, Some(true));
    assert_eq!(response.task_id.as_deref(), Some("123xxxxx"));
    assert_eq!(response.dentry, None);
}

#[tokio::test]
async fn move_dentries() {
    let (request, response) = exchange("storage_MoveDentries", |client| {
        client
            .storage_1_0()
            .move_dentries(storage_1_0::MoveDentriesInput {
                space_id: SPACE_ID,
                union_id: UNION_ID,
                dentry_ids: strings(&["653xxxxx", "655xxxxx"]),
                target_space_id: SPACE_ID,
                target_folder_id: "654xxxxx",
            })
            .option(MoveDentriesOption {
                conflict_strategy: Some(ConflictStrategy::Overwrite),
                preserve_permissions: Some(false),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_MoveDentries",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/dentries/batchMove",
        &[("unionId", UNION_ID)],
    );

    let items = response.result_items.unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].target_dentry_id.as_deref(), Some(DENTRY_ID));
    assert_eq!(items[1].r#async, Some(true));
    assert_eq!(items[1].task_id.as_deref(), Some("124xxxxx"));
}

#[tokio::test]
async fn rename_dentry() {
    let (request, response) = exchange("storage_RenameDentry", |client| {
        client
            .storage_1_0()
            .rename_dentry(storage_1_0::RenameDentryInput {
                space_id: SPACE_ID,
                dentry_id: DENTRY_ID,
                union_id: UNION_ID,
                new_name: "Report 2022.docx",
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_RenameDentry",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/dentries/653xxxxx/rename",
        &[("unionId", UNION_ID)],
    );

    let dentry = response.dentry.unwrap();
    assert_eq!(dentry.name.as_deref(), Some("Report 2022.docx"));
    assert_eq!(dentry.path.as_deref(), Some("/Report 2022.docx"));
    assert_eq!(dentry.modified_time, Some(time("2022-01-04T11:00:00Z")));
}

#[tokio::test]
async fn list_dentry_versions() {
    let (request, page) = exchange("storage_ListDentryVersions", |client| {
        client
            .storage_1_0()
            .list_dentry_versions(storage_1_0::ListDentryVersionsInput {
                space_id: SPACE_ID,
                dentry_id: DENTRY_ID,
                union_id: UNION_ID,
            })
            .next_token("next_token")
            .max_results(30)
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_ListDentryVersions",
        "GET",
        "/v1.0/storage/spaces/854xxxxx/dentries/653xxxxx/versions",
        &[
            ("nextToken", "next_token"),
            ("maxResults", "30"),
            ("unionId", UNION_ID),
        ],
    );

    // The example is a last page: no cursor.
    assert_eq!(page.next_token, None);
    let versions = page.dentries.unwrap();
    assert_eq!(versions.len(), 1);
    assert_eq!(
        (versions[0].version, versions[0].size),
        (Some(1), Some(1024))
    );
}

#[tokio::test]
async fn revert_dentry_version() {
    let (request, response) = exchange("storage_RevertDentryVersion", |client| {
        client
            .storage_1_0()
            .revert_dentry_version(storage_1_0::RevertDentryVersionInput {
                space_id: SPACE_ID,
                dentry_id: DENTRY_ID,
                version: 1,
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_RevertDentryVersion",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/dentries/653xxxxx/versions/1/revert",
        &[("unionId", UNION_ID)],
    );
    assert_eq!(response.success, Some(true));
}

#[tokio::test]
async fn update_dentry_app_properties() {
    let (request, response) = exchange("storage_UpdateDentryAppProperties", |client| {
        client
            .storage_1_0()
            .update_dentry_app_properties(storage_1_0::UpdateDentryAppPropertiesInput {
                space_id: SPACE_ID,
                dentry_id: DENTRY_ID,
                union_id: UNION_ID,
                app_properties: vec![AppProperty {
                    name: "stage".into(),
                    value: "approved".into(),
                    visibility: Visibility::Public,
                }],
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_UpdateDentryAppProperties",
        "PUT",
        "/v1.0/storage/spaces/854xxxxx/dentries/653xxxxx/appProperties",
        &[("unionId", UNION_ID)],
    );
    assert_eq!(response.success, Some(true));
}

#[tokio::test]
async fn delete_dentry_app_properties() {
    let (request, response) = exchange("storage_DeleteDentryAppProperties", |client| {
        client
            .storage_1_0()
            .delete_dentry_app_properties(storage_1_0::DeleteDentryAppPropertiesInput {
                space_id: SPACE_ID,
                dentry_id: DENTRY_ID,
                union_id: UNION_ID,
                property_names: strings(&["stage"]),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_DeleteDentryAppProperties",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/dentries/653xxxxx/appProperties/remove",
        &[("unionId", UNION_ID)],
    );
    assert_eq!(response.success, Some(true));
}

#[tokio::test]
async fn get_dentry_thumbnails() {
    let (request, response) = exchange("storage_GetDentryThumbnails", |client| {
        client
            .storage_1_0()
            .get_dentry_thumbnails(storage_1_0::GetDentryThumbnailsInput {
                space_id: SPACE_ID,
                union_id: UNION_ID,
                dentry_ids: strings(&["653xxxxx", "655xxxxx"]),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_GetDentryThumbnails",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/thumbnails/query",
        &[("unionId", UNION_ID)],
    );

    let items = response.result_items.unwrap();
    assert_eq!(items.len(), 2);
    let thumbnail = items[0].thumbnail.as_ref().unwrap();
    assert_eq!(
        thumbnail.url.as_deref(),
        Some("https://static.example.com/thumbnails/653xxxxx.png")
    );
    assert_eq!(items[1].error_code.as_deref(), Some("dentryNotExist"));
    assert_eq!(items[1].thumbnail, None);
}

// Files: uploads, downloads, opening

#[tokio::test]
async fn get_file_upload_info() {
    let (request, response) = exchange("storage_GetFileUploadInfo", |client| {
        client
            .storage_1_0()
            .get_file_upload_info(storage_1_0::GetFileUploadInfoInput {
                space_id: SPACE_ID,
                union_id: UNION_ID,
                protocol: TransferProtocol::HeaderSignature,
                multipart: false,
            })
            .option(GetFileUploadInfoOption {
                storage_driver: Some(StorageDriver::Dingtalk),
                pre_check_param: Some(UploadPreCheck {
                    name: Some("Report.docx".into()),
                    parent_id: Some("0".into()),
                    size: Some(2048),
                    md5: Some("9e107d9d372bb6826bd81d3542a419d6".into()),
                }),
                prefer_region: Some("ZHANGJIAKOU".into()),
                prefer_intranet: Some(false),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_GetFileUploadInfo",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/files/uploadInfos/query",
        &[("unionId", UNION_ID)],
    );

    assert_eq!(response.upload_key.as_deref(), Some("upload_key"));
    assert_eq!(response.protocol, Some(TransferProtocol::HeaderSignature));
    let info = response.header_signature_info.unwrap();
    assert_eq!(
        info.resource_urls.unwrap(),
        ["https://bucket.oss-cn-zhangjiakou.aliyuncs.com/upload/object"]
    );
    let headers = info.headers.unwrap();
    assert_eq!(headers["Authorization"], "OSS signature");
    assert_eq!(headers["x-oss-date"], "Sat, 01 Jan 2022 10:00:00 GMT");
    assert_eq!(info.expiration_seconds, Some(900));
}

#[tokio::test]
async fn init_multipart_file_upload() {
    let (request, response) = exchange("storage_InitMultipartFileUpload", |client| {
        client
            .storage_1_0()
            .init_multipart_file_upload(storage_1_0::InitMultipartFileUploadInput {
                space_id: SPACE_ID,
                union_id: UNION_ID,
            })
            .option(InitMultipartFileUploadOption {
                storage_driver: Some(StorageDriver::Dingtalk),
                pre_check_param: Some(UploadPreCheck {
                    name: Some("video.mp4".into()),
                    parent_id: Some("0".into()),
                    size: Some(104857600),
                    md5: None,
                }),
                prefer_region: Some("ZHANGJIAKOU".into()),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_InitMultipartFileUpload",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/files/multiPartUploadInfos/init",
        &[("unionId", UNION_ID)],
    );

    assert_eq!(response.upload_key.as_deref(), Some("upload_key"));
    assert_eq!(response.storage_driver, Some(StorageDriver::Dingtalk));
}

#[tokio::test]
async fn get_multipart_file_upload_infos() {
    let (request, response) = exchange("storage_GetMultipartFileUploadInfos", |client| {
        client
            .storage_1_0()
            .get_multipart_file_upload_infos(storage_1_0::GetMultipartFileUploadInfosInput {
                union_id: UNION_ID,
                upload_key: "upload_key",
                part_numbers: vec![1, 2],
            })
            .option(GetMultipartFileUploadInfosOption {
                prefer_intranet: Some(false),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_GetMultipartFileUploadInfos",
        "POST",
        "/v1.0/storage/spaces/files/multiPartUploadInfos/query",
        &[("unionId", UNION_ID)],
    );

    let parts = response.multipart_header_signature_infos.unwrap();
    assert_eq!(parts.len(), 2);
    assert_eq!(parts[1].part_number, Some(2));
    let info = parts[1].header_signature_info.as_ref().unwrap();
    assert_eq!(
        info.resource_urls.as_deref().unwrap(),
        ["https://bucket.oss-cn-zhangjiakou.aliyuncs.com/upload/object?partNumber=2"]
    );
    assert_eq!(info.region.as_deref(), Some("ZHANGJIAKOU"));
}

#[tokio::test]
async fn commit_file() {
    let (request, response) = exchange("storage_CommitFile", |client| {
        client
            .storage_1_0()
            .commit_file(storage_1_0::CommitFileInput {
                space_id: SPACE_ID,
                union_id: UNION_ID,
                upload_key: "upload_key",
                name: "Report.docx",
                parent_id: "0",
            })
            .option(CommitFileOption {
                size: Some(2048),
                conflict_strategy: Some(ConflictStrategy::AutoRename),
                app_properties: Some(vec![AppProperty {
                    name: "stage".into(),
                    value: "draft".into(),
                    visibility: Visibility::Public,
                }]),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_CommitFile",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/files/commit",
        &[("unionId", UNION_ID)],
    );

    let dentry = response.dentry.unwrap();
    assert_eq!(dentry.id.as_deref(), Some(DENTRY_ID));
    assert_eq!(dentry.name.as_deref(), Some("Report.docx"));
    assert_eq!((dentry.size, dentry.version), (Some(2048), Some(1)));
    assert_eq!(dentry.category.as_deref(), Some("DOCUMENT"));
}

#[tokio::test]
async fn commit_file_can_overwrite_a_file() {
    // The one optional input the spec's example leaves out.
    let server = server(ok(json!({"dentry": {"id": "653xxxxx"}}))).await;
    client(&server)
        .storage_1_0()
        .commit_file(storage_1_0::CommitFileInput {
            space_id: SPACE_ID,
            union_id: UNION_ID,
            upload_key: "upload_key",
            name: "Report.docx",
            parent_id: "0",
        })
        .overwrite_dentry_id(DENTRY_ID)
        .send()
        .await
        .unwrap();
    assert_eq!(
        json_body(&only_request(&server).await),
        json!({
            "uploadKey": "upload_key",
            "name": "Report.docx",
            "parentId": "0",
            "overwriteDentryId": "653xxxxx",
        })
    );
}

#[tokio::test]
async fn get_file_download_info() {
    let (request, response) = exchange("storage_GetFileDownloadInfo", |client| {
        client
            .storage_1_0()
            .get_file_download_info(storage_1_0::GetFileDownloadInfoInput {
                space_id: SPACE_ID,
                dentry_id: DENTRY_ID,
                union_id: UNION_ID,
            })
            .option(GetFileDownloadInfoOption {
                version: Some(2),
                prefer_intranet: Some(false),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_GetFileDownloadInfo",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/dentries/653xxxxx/downloadInfos/query",
        &[("unionId", UNION_ID)],
    );

    assert_eq!(response.protocol, Some(TransferProtocol::HeaderSignature));
    let info = response.header_signature_info.unwrap();
    assert_eq!(
        info.internal_resource_urls.unwrap(),
        ["https://bucket.oss-cn-zhangjiakou-internal.aliyuncs.com/files/object"]
    );
    assert_eq!(info.expiration_seconds, Some(900));
}

#[tokio::test]
async fn get_dentry_open_info() {
    let (request, response) = exchange("storage_GetDentryOpenInfo", |client| {
        client
            .storage_1_0()
            .get_dentry_open_info(storage_1_0::GetDentryOpenInfoInput {
                space_id: SPACE_ID,
                dentry_id: DENTRY_ID,
                union_id: UNION_ID,
            })
            .option(GetDentryOpenInfoOption {
                r#type: Some(OpenType::Preview),
                version: Some(2),
                water_mark: Some(true),
                check_login: Some(true),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_GetDentryOpenInfo",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/dentries/653xxxxx/openInfos/query",
        &[("unionId", UNION_ID)],
    );

    assert_eq!(
        response.url.as_deref(),
        Some("https://docs.example.com/preview/653xxxxx")
    );
    assert_eq!(response.has_water_mark, Some(true));
}

#[tokio::test]
async fn register_open_info() {
    let (request, response) = exchange("storage_RegisterOpenInfo", |client| {
        client
            .storage_1_0()
            .register_open_info(storage_1_0::RegisterOpenInfoInput {
                space_id: SPACE_ID,
                dentry_id: DENTRY_ID,
                union_id: UNION_ID,
                provider: "DINGTALK",
                open_infos: vec![
                    OpenInfo {
                        open_type: OpenType::Preview,
                        url: "https://app.example.com/files/653xxxxx/preview".into(),
                    },
                    OpenInfo {
                        open_type: OpenType::Edit,
                        url: "https://app.example.com/files/653xxxxx/edit".into(),
                    },
                ],
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_RegisterOpenInfo",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/dentries/653xxxxx/openInfos/register",
        &[("unionId", UNION_ID)],
    );
    assert_eq!(response.success, Some(true));
}

#[tokio::test]
async fn get_web_office_url() {
    let (request, response) = exchange("storage_GetWebOfficeUrl", |client| {
        client
            .storage_1_0()
            .get_web_office_url(storage_1_0::GetWebOfficeUrlInput {
                space_id: SPACE_ID,
                dentry_id: DENTRY_ID,
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_GetWebOfficeUrl",
        "GET",
        "/v1.0/storage/spaces/854xxxxx/dentries/653xxxxx/webOfficeUrls",
        &[("unionId", UNION_ID)],
    );

    assert_eq!(
        response.web_office_url.as_deref(),
        Some("https://office.example.com/weboffice/653xxxxx")
    );
    assert_eq!(
        response.web_office_access_token.as_deref(),
        Some("wo-access-xxxxx")
    );
    assert_eq!(
        response.web_office_refresh_token.as_deref(),
        Some("wo-refresh-xxxxx")
    );
}

#[tokio::test]
async fn refresh_web_office_token() {
    let (request, response) = exchange("storage_RefreshWebOfficeToken", |client| {
        client
            .storage_1_0()
            .refresh_web_office_token(storage_1_0::RefreshWebOfficeTokenInput {
                space_id: SPACE_ID,
                dentry_id: DENTRY_ID,
                union_id: UNION_ID,
                web_office_access_token: "wo-access-xxxxx",
                web_office_refresh_token: "wo-refresh-xxxxx",
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_RefreshWebOfficeToken",
        "GET",
        "/v1.0/storage/spaces/854xxxxx/dentries/653xxxxx/refreshWebOfficeToken",
        &[
            ("unionId", UNION_ID),
            ("webOfficeAccessToken", "wo-access-xxxxx"),
            ("webOfficeRefreshToken", "wo-refresh-xxxxx"),
        ],
    );

    assert_eq!(
        response.web_office_access_token.as_deref(),
        Some("wo-access-yyyyy")
    );
    assert_eq!(
        response.web_office_refresh_token.as_deref(),
        Some("wo-refresh-yyyyy")
    );
}

// Permissions

fn user(id: &str, corp_id: Option<&str>) -> PermissionMember {
    PermissionMember {
        r#type: MemberType::User,
        id: id.into(),
        corp_id: corp_id.map(Into::into),
    }
}

#[tokio::test]
async fn add_permission() {
    let (request, response) = exchange("storage_AddPermission", |client| {
        client
            .storage_1_0()
            .add_permission(storage_1_0::AddPermissionInput {
                space_id: SPACE_ID,
                dentry_id: DENTRY_ID,
                union_id: UNION_ID,
                role_id: PermissionRole::Editor,
                members: vec![
                    user(UNION_ID, Some(CORP_ID)),
                    PermissionMember {
                        r#type: MemberType::Dept,
                        id: "1001".into(),
                        corp_id: None,
                    },
                ],
            })
            .option(PermissionOption {
                duration: Some(3600),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_AddPermission",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/dentries/653xxxxx/permissions",
        &[("unionId", UNION_ID)],
    );
    assert_eq!(response.success, Some(true));
}

#[tokio::test]
async fn update_permission() {
    let (request, response) = exchange("storage_UpdatePermission", |client| {
        client
            .storage_1_0()
            .update_permission(storage_1_0::UpdatePermissionInput {
                space_id: SPACE_ID,
                dentry_id: DENTRY_ID,
                union_id: UNION_ID,
                role_id: PermissionRole::Reader,
                members: vec![user(UNION_ID, None)],
            })
            .option(PermissionOption {
                duration: Some(7200),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_UpdatePermission",
        "PUT",
        "/v1.0/storage/spaces/854xxxxx/dentries/653xxxxx/permissions",
        &[("unionId", UNION_ID)],
    );
    assert_eq!(response.success, Some(true));
}

#[tokio::test]
async fn delete_permission() {
    let (request, response) = exchange("storage_DeletePermission", |client| {
        client
            .storage_1_0()
            .delete_permission(storage_1_0::DeletePermissionInput {
                space_id: SPACE_ID,
                dentry_id: DENTRY_ID,
                union_id: UNION_ID,
                role_id: PermissionRole::Editor,
                members: vec![user(UNION_ID, None)],
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_DeletePermission",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/dentries/653xxxxx/permissions/remove",
        &[("unionId", UNION_ID)],
    );
    assert_eq!(response.success, Some(true));
}

#[tokio::test]
async fn list_permissions() {
    let (request, page) = exchange("storage_ListPermissions", |client| {
        client
            .storage_1_0()
            .list_permissions(storage_1_0::ListPermissionsInput {
                space_id: SPACE_ID,
                dentry_id: DENTRY_ID,
                union_id: UNION_ID,
            })
            .option(ListPermissionsOption {
                filter_role_ids: Some(vec![PermissionRole::Manager, PermissionRole::Editor]),
                next_token: Some("next_token".into()),
                max_results: Some(30),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_ListPermissions",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/dentries/653xxxxx/permissions/query",
        &[("unionId", UNION_ID)],
    );

    assert_eq!(page.next_token.as_deref(), Some("next_token_2"));
    let permissions = page.permissions.unwrap();
    assert_eq!(permissions.len(), 1);
    let permission = &permissions[0];
    assert_eq!(
        permission.role,
        Some(Role {
            id: Some(PermissionRole::Editor),
            name: Some("Editor".into()),
        })
    );
    assert_eq!(
        permission.member,
        Some(PermissionMemberInfo {
            r#type: Some(MemberType::User),
            id: Some(UNION_ID.into()),
            corp_id: Some(CORP_ID.into()),
        })
    );
    assert_eq!(permission.duration, Some(3600));
}

#[tokio::test]
async fn batch_query_roles() {
    let (request, response) = exchange("storage_BatchQueryRoles", |client| {
        client
            .storage_1_0()
            .batch_query_roles(storage_1_0::BatchQueryRolesInput {
                space_id: SPACE_ID,
                dentry_id_list: strings(&["653xxxxx", "654xxxxx"]),
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    // The list is one query parameter holding a JSON array, not one per id.
    check_request(
        &request,
        "storage_BatchQueryRoles",
        "POST",
        "/v1.0/storage/spaces/854xxxxx/dentries/permissions/roles/batchQuery",
        &[
            ("dentryIdList", r#"["653xxxxx","654xxxxx"]"#),
            ("unionId", UNION_ID),
        ],
    );
    assert_eq!(
        request.url.query(),
        Some("dentryIdList=%5B%22653xxxxx%22%2C%22654xxxxx%22%5D&unionId=cHtUYxxxxx")
    );
    let (_, _, op) = operation("storage_BatchQueryRoles");
    let parameter = &op["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "dentryIdList")
        .expect("the spec documents dentryIdList");
    let sent = common::query(&request)
        .into_iter()
        .find(|(name, _)| name == "dentryIdList")
        .unwrap()
        .1;
    let sent: Value = serde_json::from_str(&sent).unwrap();
    assert_eq!(sent, parameter["content"]["application/json"]["example"]);

    let roles = response.role_map.unwrap();
    assert_eq!(roles.len(), 2);
    assert_eq!(roles["653xxxxx"][0].id, Some(PermissionRole::Manager));
    assert_eq!(roles["654xxxxx"][0].id, Some(PermissionRole::Reader));
}

// Recycle bins

#[tokio::test]
async fn get_recycle_bin() {
    let (request, response) = exchange("storage_GetRecycleBin", |client| {
        client
            .storage_1_0()
            .get_recycle_bin(storage_1_0::GetRecycleBinInput {
                recycle_bin_scope: RecycleBinScope::Space,
                scope_id: SPACE_ID,
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_GetRecycleBin",
        "GET",
        "/v1.0/storage/recycleBins",
        &[
            ("recycleBinScope", "SPACE"),
            ("scopeId", SPACE_ID),
            ("unionId", UNION_ID),
        ],
    );

    let bin = response.recycle_bin.unwrap();
    assert_eq!(bin.id.as_deref(), Some(RECYCLE_BIN_ID));
    assert_eq!(bin.scope, Some(RecycleBinScope::Space));
    assert_eq!(bin.scope_id.as_deref(), Some(SPACE_ID));
}

#[tokio::test]
async fn list_recycle_items() {
    let (request, page) = exchange("storage_ListRecycleItems", |client| {
        client
            .storage_1_0()
            .list_recycle_items(storage_1_0::ListRecycleItemsInput {
                recycle_bin_id: RECYCLE_BIN_ID,
                union_id: UNION_ID,
            })
            .next_token("next_token")
            .max_results(30)
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_ListRecycleItems",
        "GET",
        "/v1.0/storage/recycleBins/pQy3R7xxxxx/recycleItems",
        &[
            ("nextToken", "next_token"),
            ("maxResults", "30"),
            ("unionId", UNION_ID),
        ],
    );

    assert_eq!(page.next_token.as_deref(), Some("next_token_2"));
    let items = page.recycle_items.unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].id.as_deref(), Some(RECYCLE_ITEM_ID));
    assert_eq!(items[0].original_name.as_deref(), Some("Report.docx"));
    assert_eq!(items[0].operator_time, Some(time("2022-01-05T10:00:00Z")));
}

#[tokio::test]
async fn get_recycle_item_with_ids_that_need_percent_encoding() {
    // Ids in the style of base64, and a unionId with characters that mean
    // something in a query string.
    let (request, response) = exchange("storage_GetRecycleItem", |client| {
        client
            .storage_1_0()
            .get_recycle_item(storage_1_0::GetRecycleItemInput {
                recycle_bin_id: "pQy3/R7+x=",
                recycle_item_id: "2190 xx?#",
                union_id: "cHt+U&Y=x",
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_GetRecycleItem",
        "GET",
        "/v1.0/storage/recycleBins/pQy3%2FR7%2Bx%3D/recycleItems/2190%20xx%3F%23",
        &[("unionId", "cHt+U&Y=x")],
    );
    assert_eq!(request.url.query(), Some("unionId=cHt%2BU%26Y%3Dx"));

    let item = response.item.unwrap();
    assert_eq!(item.r#type, Some(DentryType::Folder));
    assert_eq!(item.original_path.as_deref(), Some("/Archive"));
    assert_eq!(item.size, Some(53248));
}

#[tokio::test]
async fn delete_recycle_item() {
    let (request, response) = exchange("storage_DeleteRecycleItem", |client| {
        client
            .storage_1_0()
            .delete_recycle_item(storage_1_0::DeleteRecycleItemInput {
                recycle_bin_id: RECYCLE_BIN_ID,
                recycle_item_id: RECYCLE_ITEM_ID,
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_DeleteRecycleItem",
        "DELETE",
        "/v1.0/storage/recycleBins/pQy3R7xxxxx/recycleItems/2190xxxxx",
        &[("unionId", UNION_ID)],
    );
    assert_eq!(response.success, Some(true));
}

#[tokio::test]
async fn delete_recycle_items() {
    let (request, response) = exchange("storage_DeleteRecycleItems", |client| {
        client
            .storage_1_0()
            .delete_recycle_items(storage_1_0::DeleteRecycleItemsInput {
                recycle_bin_id: RECYCLE_BIN_ID,
                union_id: UNION_ID,
                recycle_item_ids: strings(&["2190xxxxx", "2191xxxxx"]),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_DeleteRecycleItems",
        "POST",
        "/v1.0/storage/recycleBins/pQy3R7xxxxx/recycleItems/batchRemove",
        &[("unionId", UNION_ID)],
    );
    assert_eq!(response.success, Some(true));
}

#[tokio::test]
async fn restore_recycle_item() {
    let (request, response) = exchange("storage_RestoreRecycleItem", |client| {
        client
            .storage_1_0()
            .restore_recycle_item(storage_1_0::RestoreRecycleItemInput {
                recycle_bin_id: RECYCLE_BIN_ID,
                recycle_item_id: RECYCLE_ITEM_ID,
                union_id: UNION_ID,
            })
            .option(RestoreOption {
                conflict_strategy: Some(ConflictStrategy::AutoRename),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_RestoreRecycleItem",
        "POST",
        "/v1.0/storage/recycleBins/pQy3R7xxxxx/recycleItems/2190xxxxx/restore",
        &[("unionId", UNION_ID)],
    );

    assert_eq!(response.space_id.as_deref(), Some(SPACE_ID));
    assert_eq!(response.dentry_id.as_deref(), Some(DENTRY_ID));
    assert_eq!(response.r#async, Some(false));
}

#[tokio::test]
async fn restore_recycle_items() {
    let (request, response) = exchange("storage_RestoreRecycleItems", |client| {
        client
            .storage_1_0()
            .restore_recycle_items(storage_1_0::RestoreRecycleItemsInput {
                recycle_bin_id: RECYCLE_BIN_ID,
                union_id: UNION_ID,
                recycle_item_ids: strings(&["2190xxxxx", "2191xxxxx"]),
            })
            .option(RestoreOption {
                conflict_strategy: Some(ConflictStrategy::AutoRename),
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_RestoreRecycleItems",
        "POST",
        "/v1.0/storage/recycleBins/pQy3R7xxxxx/recycleItems/batchRestore",
        &[("unionId", UNION_ID)],
    );

    let items = response.result_items.unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].dentry_id.as_deref(), Some(DENTRY_ID));
    assert_eq!(items[0].success, Some(true));
    assert_eq!(items[1].recycle_item_id.as_deref(), Some("2191xxxxx"));
    assert_eq!(items[1].error_code.as_deref(), Some("dentryAlreadyExist"));
}

#[tokio::test]
async fn clear_recycle_bin() {
    let (request, response) = exchange("storage_ClearRecycleBin", |client| {
        client
            .storage_1_0()
            .clear_recycle_bin(storage_1_0::ClearRecycleBinInput {
                recycle_bin_id: RECYCLE_BIN_ID,
                union_id: UNION_ID,
            })
            .send()
    })
    .await;
    check_request(
        &request,
        "storage_ClearRecycleBin",
        "POST",
        "/v1.0/storage/recycleBins/pQy3R7xxxxx/clear",
        &[("unionId", UNION_ID)],
    );
    assert_eq!(response.success, Some(true));
}

// Paging: the streams follow the cursor across pages.

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

/// For a cursor in the query: the second request is the first with `NEXT`
/// as its `nextToken`, and neither has a body.
fn assert_cursor_in_query(requests: &[Request; 2], first_cursor: Option<&str>) {
    let (first_rest, first) = split_query_cursor(&requests[0]);
    let (second_rest, second) = split_query_cursor(&requests[1]);
    assert_eq!(first.as_deref(), first_cursor);
    assert_eq!(second.as_deref(), Some(NEXT));
    assert_eq!(
        second_rest, first_rest,
        "the other query parameters are kept"
    );
    assert_eq!(requests[1].url.path(), requests[0].url.path());
    assert!(requests.iter().all(|r| r.body.is_empty()));
}

/// The body of `request` without `option.nextToken` (and without `option`
/// when nothing else is in it), and its `option.nextToken`.
fn split_body_cursor(request: &Request) -> (Value, Option<String>) {
    let mut body = json_body(request);
    let body_map = body.as_object_mut().expect("a JSON object");
    let mut cursor = None;
    if let Some(option) = body_map.get_mut("option").and_then(Value::as_object_mut) {
        cursor = option.remove("nextToken");
        if option.is_empty() {
            body_map.remove("option");
        }
    }
    (body, cursor.map(|c| c.as_str().unwrap().to_owned()))
}

/// For a cursor in the body: the second request's body is the first's with
/// `NEXT` as its `option.nextToken`, and the query does not change (no cursor there).
fn assert_cursor_in_body(requests: &[Request; 2], first_cursor: Option<&str>) {
    let (first_rest, first) = split_body_cursor(&requests[0]);
    let (second_rest, second) = split_body_cursor(&requests[1]);
    assert_eq!(first.as_deref(), first_cursor);
    assert_eq!(second.as_deref(), Some(NEXT));
    assert_eq!(second_rest, first_rest, "the rest of the body is kept");
    assert_eq!(requests[1].url.path(), requests[0].url.path());
    assert_eq!(requests[1].url.query(), requests[0].url.query());
    assert!(split_query_cursor(&requests[1]).1.is_none());
}

#[tokio::test]
async fn list_dentries_pages_carry_the_cursor_in_the_query() {
    let server = two_pages("storage_ListDentries").await;
    let pages: Vec<DentryPage> = client(&server)
        .storage_1_0()
        .list_dentries(storage_1_0::ListDentriesInput {
            space_id: SPACE_ID,
            parent_id: "0",
            union_id: UNION_ID,
        })
        .next_token("next_token")
        .max_results(30)
        .order(SortOrder::Asc)
        .pages()
        .try_collect()
        .await
        .unwrap();

    assert_eq!(pages.len(), 2);
    assert_eq!(pages[0].next_token.as_deref(), Some(NEXT));
    assert_eq!(pages[1].next_token, None);
    assert_eq!(pages[1].dentries.as_ref().unwrap().len(), 2);
    let requests = two_requests(&server).await;
    assert_cursor_in_query(&requests, Some("next_token"));
}

#[tokio::test]
async fn list_dentry_versions_pages_carry_the_cursor_in_the_query() {
    let server = two_pages("storage_ListDentryVersions").await;
    let versions: Vec<Dentry> = client(&server)
        .storage_1_0()
        .list_dentry_versions(storage_1_0::ListDentryVersionsInput {
            space_id: SPACE_ID,
            dentry_id: DENTRY_ID,
            union_id: UNION_ID,
        })
        .max_results(1)
        .items()
        .try_collect()
        .await
        .unwrap();

    // One version on each page.
    assert_eq!(versions.len(), 2);
    assert!(versions.iter().all(|v| v.version == Some(1)));
    let requests = two_requests(&server).await;
    assert_cursor_in_query(&requests, None);
}

#[tokio::test]
async fn list_recycle_items_pages_carry_the_cursor_in_the_query() {
    let server = two_pages("storage_ListRecycleItems").await;
    let items: Vec<RecycleItem> = client(&server)
        .storage_1_0()
        .list_recycle_items(storage_1_0::ListRecycleItemsInput {
            recycle_bin_id: RECYCLE_BIN_ID,
            union_id: UNION_ID,
        })
        .max_results(30)
        .items()
        .try_collect()
        .await
        .unwrap();

    assert_eq!(items.len(), 2);
    assert!(items
        .iter()
        .all(|i| i.id.as_deref() == Some(RECYCLE_ITEM_ID)));
    let requests = two_requests(&server).await;
    assert_cursor_in_query(&requests, None);
}

#[tokio::test]
async fn list_all_dentries_pages_carry_the_cursor_in_the_body() {
    let server = two_pages("storage_ListAllDentries").await;
    let pages: Vec<DentryPage> = client(&server)
        .storage_1_0()
        .list_all_dentries(storage_1_0::ListAllDentriesInput {
            space_id: SPACE_ID,
            union_id: UNION_ID,
        })
        .option(ListAllDentriesOption {
            next_token: Some("next_token".into()),
            max_results: Some(30),
            order: Some(SortOrder::Asc),
            with_thumbnail: Some(true),
        })
        .pages()
        .try_collect()
        .await
        .unwrap();

    assert_eq!(pages.len(), 2);
    assert_eq!(pages[0].next_token.as_deref(), Some(NEXT));
    assert_eq!(pages[1].next_token, None);
    let requests = two_requests(&server).await;
    assert_cursor_in_body(&requests, Some("next_token"));
    assert_eq!(
        json_body(&requests[1]),
        json!({"option": {"nextToken": NEXT, "maxResults": 30, "order": "ASC", "withThumbnail": true}})
    );
}

#[tokio::test]
async fn list_permissions_pages_carry_the_cursor_in_the_body() {
    let server = two_pages("storage_ListPermissions").await;
    let pages: Vec<ListPermissionsResponse> = client(&server)
        .storage_1_0()
        .list_permissions(storage_1_0::ListPermissionsInput {
            space_id: SPACE_ID,
            dentry_id: DENTRY_ID,
            union_id: UNION_ID,
        })
        .pages()
        .try_collect()
        .await
        .unwrap();

    assert_eq!(pages.len(), 2);
    assert_eq!(pages[0].next_token.as_deref(), Some(NEXT));
    assert_eq!(pages[1].permissions.as_ref().unwrap().len(), 1);
    let requests = two_requests(&server).await;
    assert_cursor_in_body(&requests, None);
    assert_eq!(
        json_body(&requests[1]),
        json!({"option": {"nextToken": NEXT}})
    );
}

#[tokio::test]
async fn a_body_cursor_stream_starts_with_the_request_send_would_send() {
    for first_page in [false, true] {
        let server = server(ok(json!({"permissions": []}))).await;
        let request =
            client(&server)
                .storage_1_0()
                .list_permissions(storage_1_0::ListPermissionsInput {
                    space_id: SPACE_ID,
                    dentry_id: DENTRY_ID,
                    union_id: UNION_ID,
                });
        if first_page {
            let _: Vec<_> = request.pages().try_collect().await.unwrap();
        } else {
            request.send().await.unwrap();
        }
        assert_eq!(json_body(&only_request(&server).await), json!({}));
    }
}

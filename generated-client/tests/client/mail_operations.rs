//! Every `mail_1_0` operation against a local server. Each test calls the
//! client with the inputs of the spec's request example, optional ones
//! included, and checks the request on the wire: method, path (the mailbox's
//! address percent encoded), the exact query, the token header and the JSON
//! body, which must equal the spec's request example. The server answers with
//! the spec's 200 example and the test checks the typed result. The message
//! list is followed across pages.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};

use common::*;
use dingtalk::mail_1_0::*;
use futures_util::TryStreamExt;
use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, Request};

// The ids of the spec's examples.
const MAILBOX: &str = "lilei@acme.onaliyun.com";
const MAILBOX_PATH: &str = "lilei%40acme.onaliyun.com";
const INBOX: &str = "2";
const FOLDER: &str = "1031";
const OTHER_FOLDER: &str = "1032";
const DRAFT: &str = "DzzzzzzNpRe";
const RECEIVED: &str = "DzzzzzzNpRg";

/// Checks a request of `operation_id`: the spec's method, the path `path`
/// (which must fit the spec's template), exactly the query pairs `query`
/// (naming every documented query parameter), the common headers, and, when
/// the operation has a body, a body equal to the spec's request example.
fn check(request: &Request, operation_id: &str, path: &str, query: &[(&str, &str)]) {
    let (template, spec_method, op) = operation(operation_id);
    assert_eq!(
        request.method.as_str(),
        spec_method,
        "{operation_id}: method"
    );
    assert_eq!(request.url.path(), path, "{operation_id}: path");
    let segments: Vec<&str> = path.split('/').collect();
    let patterns: Vec<&str> = template.split('/').collect();
    assert_eq!(segments.len(), patterns.len(), "{operation_id}: {template}");
    for (segment, pattern) in segments.iter().zip(&patterns) {
        assert!(
            segment == pattern || (pattern.starts_with('{') && !segment.is_empty()),
            "{operation_id}: {path} is not a path of {template}"
        );
    }
    let mut sent = common::query(request);
    sent.sort();
    let mut expected: Vec<(String, String)> = query
        .iter()
        .map(|&(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    expected.sort();
    assert_eq!(sent, expected, "{operation_id}: query");
    let documented: BTreeSet<String> = parameters(spec(), &template, &spec_method.to_lowercase())
        .iter()
        .filter(|p| p["in"] == "query")
        .map(|p| p["name"].as_str().unwrap().to_owned())
        .collect();
    let named: BTreeSet<String> = query.iter().map(|&(k, _)| k.to_owned()).collect();
    assert_eq!(named, documented, "{operation_id}: every query parameter");
    let has_body = op.get("requestBody").is_some();
    assert_common_headers(request, has_body);
    if has_body {
        let example = request_example(operation_id);
        assert!(example.is_object(), "{operation_id} has no request example");
        assert_eq!(json_body(request), example, "{operation_id}: body");
    }
}

fn mailbox(rest: &str) -> String {
    format!("/v1.0/mail/users/{MAILBOX_PATH}{rest}")
}

fn recipient(email: &str, name: &str) -> MailRecipient {
    MailRecipient {
        email: Some(email.into()),
        name: Some(name.into()),
    }
}

fn li_lei() -> MailRecipient {
    recipient(MAILBOX, "Li Lei")
}

fn han_meimei() -> MailRecipient {
    recipient("hanmeimei@acme.onaliyun.com", "Han Meimei")
}

/// The operations the tests below call, to compare with the spec's.
const TESTED: &[&str] = &[
    "mail_CreateMailFolder",
    "mail_ListMailFolders",
    "mail_CreateMessage",
    "mail_CreateUser",
    "mail_DeleteMailFolder",
    "mail_DeleteMessages",
    "mail_GetMessage",
    "mail_ListMessages",
    "mail_MoveMailFolder",
    "mail_SendMessage",
    "mail_UpdateMailFolder",
    "mail_UpdateMessage",
];

#[test]
fn every_mail_operation_is_tested() {
    let spec: BTreeSet<String> = operation_ids()
        .into_iter()
        .filter(|id| operation(id).2["tags"][0] == "mail_1_0")
        .collect();
    let tested: BTreeSet<String> = TESTED.iter().map(|id| id.to_string()).collect();
    assert_eq!(spec, tested);
}

#[tokio::test]
async fn create_user() {
    let (request, created) = exchange("mail_CreateUser", |c| async move {
        c.mail_1_0()
            .create_user(CreateUserInput {
                email: MAILBOX,
                employee_type: "FULL_TIME",
                name: "Li Lei",
                password: "Spring-2026-Mail",
            })
            .send()
            .await
    })
    .await;
    check(&request, "mail_CreateUser", "/v1.0/mail/users", &[]);
    assert_eq!(created.email.as_deref(), Some(MAILBOX));
}

#[tokio::test]
async fn folders_are_created_listed_changed_and_deleted() {
    let (request, created) = exchange("mail_CreateMailFolder", |c| async move {
        c.mail_1_0()
            .create_mail_folder(CreateMailFolderInput {
                email: MAILBOX,
                display_name: "Contracts",
            })
            .foler_id(INBOX)
            .extensions(BTreeMap::new())
            .send()
            .await
    })
    .await;
    check(
        &request,
        "mail_CreateMailFolder",
        &mailbox("/mailFolders"),
        &[],
    );
    let folder = created.folder.unwrap();
    assert_eq!(folder.id.as_deref(), Some(FOLDER));
    assert_eq!(folder.parent_folder_id.as_deref(), Some(INBOX));
    assert_eq!(folder.display_name.as_deref(), Some("Contracts"));
    assert_eq!(folder.unread_item_count, Some(0));
    assert_eq!(
        created.request_id.as_deref(),
        Some("0A1B2C3D-0031-4000-8000-000000000001")
    );

    let (request, listed) = exchange("mail_ListMailFolders", |c| async move {
        c.mail_1_0()
            .list_mail_folders(MAILBOX)
            .folder_id(INBOX)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "mail_ListMailFolders",
        &mailbox("/mailFolders"),
        &[("folderId", INBOX)],
    );
    let folders = listed.folders.unwrap();
    assert_eq!(folders.len(), 2);
    assert_eq!(folders[0].id, FOLDER);
    assert_eq!(folders[0].child_folder_count, 1);
    assert_eq!(folders[0].total_item_count, 12);
    assert_eq!(folders[0].unread_item_count, 3);
    assert_eq!(folders[0].extensions, Some(BTreeMap::new()));
    assert_eq!(folders[1].display_name, "Invoices");
    assert_eq!(folders[1].extensions, None);

    let (request, renamed) = exchange("mail_UpdateMailFolder", |c| async move {
        c.mail_1_0()
            .update_mail_folder(UpdateMailFolderInput {
                email: MAILBOX,
                id: FOLDER,
            })
            .display_name("Contracts 2026")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "mail_UpdateMailFolder",
        &mailbox(&format!("/mailFolders/{FOLDER}/update")),
        &[],
    );
    assert_eq!(
        renamed.request_id.as_deref(),
        Some("0A1B2C3D-0031-4000-8000-000000000009")
    );

    let (request, moved) = exchange("mail_MoveMailFolder", |c| async move {
        c.mail_1_0()
            .move_mail_folder(MoveMailFolderInput {
                email: MAILBOX,
                id: FOLDER,
            })
            .destination_folder_id(OTHER_FOLDER)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "mail_MoveMailFolder",
        &mailbox(&format!("/mailFolders/{FOLDER}/move")),
        &[],
    );
    assert_eq!(
        moved.request_id.as_deref(),
        Some("0A1B2C3D-0031-4000-8000-000000000007")
    );

    let (request, deleted) = exchange("mail_DeleteMailFolder", |c| async move {
        c.mail_1_0()
            .delete_mail_folder(DeleteMailFolderInput {
                email: MAILBOX,
                id: FOLDER,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "mail_DeleteMailFolder",
        &mailbox(&format!("/mailFolders/{FOLDER}")),
        &[],
    );
    assert_eq!(
        deleted.request_id.as_deref(),
        Some("0A1B2C3D-0031-4000-8000-000000000003")
    );
}

#[tokio::test]
async fn drafts_are_created_changed_and_sent() {
    let draft = MailDraftMessage {
        subject: "Q3 supplier contract".into(),
        summary: "The signed contract for review.".into(),
        from: li_lei(),
        reply_to: li_lei(),
        to_recipients: vec![han_meimei()],
        cc_recipients: vec![recipient("legal@acme.onaliyun.com", "Legal")],
        bcc_recipients: vec![],
        body: MailDraftMessageBody {
            body_text: "Please review the attached contract by Friday.".into(),
            body_html: "<p>Please review the attached contract by <b>Friday</b>.</p>".into(),
        },
        priority: "normal".into(),
        tags: vec!["contracts".into()],
        is_read_receipt_requested: true,
        internet_message_id: "<20260302091500.1a2b3c@acme.onaliyun.com>".into(),
        internet_message_headers: BTreeMap::new(),
    };
    let first = draft.clone();
    let (request, created) = exchange("mail_CreateMessage", |c| async move {
        c.mail_1_0()
            .create_message(MAILBOX)
            .message(first)
            .send()
            .await
    })
    .await;
    check(&request, "mail_CreateMessage", &mailbox("/messages"), &[]);
    let stored = created.message.unwrap();
    assert_eq!(stored.id.as_deref(), Some(DRAFT));
    assert_eq!(stored.folder_id.as_deref(), Some("3"));
    assert_eq!(stored.to_recipients, Some(vec![han_meimei()]));
    assert_eq!(stored.is_read_receipt_requested, Some(true));
    assert_eq!(stored.sent_date_time, None, "a draft is not sent");

    let second = MailDraftMessage {
        subject: "Q3 supplier contract (v2)".into(),
        summary: "The signed contract, second version.".into(),
        cc_recipients: vec![],
        bcc_recipients: vec![recipient("archive@acme.onaliyun.com", "Archive")],
        body: MailDraftMessageBody {
            body_text: "The second version is attached.".into(),
            body_html: "<p>The second version is attached.</p>".into(),
        },
        is_read_receipt_requested: false,
        ..draft
    };
    let (request, updated) = exchange("mail_UpdateMessage", |c| async move {
        c.mail_1_0()
            .update_message(UpdateMessageInput {
                email: MAILBOX,
                id: DRAFT,
            })
            .message(second)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "mail_UpdateMessage",
        &mailbox(&format!("/messages/{DRAFT}/update")),
        &[],
    );
    let stored = updated.message.unwrap();
    assert_eq!(stored.subject.as_deref(), Some("Q3 supplier contract (v2)"));
    assert_eq!(
        stored.last_modified_date_time.as_deref(),
        Some("2026-03-02T09:40:00Z")
    );

    let (request, sent) = exchange("mail_SendMessage", |c| async move {
        c.mail_1_0()
            .send_message(SendMessageInput {
                email: MAILBOX,
                id: DRAFT,
            })
            .save_to_sent_items(true)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "mail_SendMessage",
        &mailbox(&format!("/messages/{DRAFT}/send")),
        &[],
    );
    assert_eq!(
        sent.request_id.as_deref(),
        Some("0A1B2C3D-0031-4000-8000-000000000008")
    );
}

#[tokio::test]
async fn messages_are_read_listed_and_deleted() {
    let (request, got) = exchange("mail_GetMessage", |c| async move {
        c.mail_1_0()
            .get_message(GetMessageInput {
                email: MAILBOX,
                id: RECEIVED,
            })
            .select_fields("subject")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "mail_GetMessage",
        &mailbox(&format!("/messages/{RECEIVED}")),
        &[("selectFields", "subject")],
    );
    let message = got.message.unwrap();
    assert_eq!(message.id.as_deref(), Some(RECEIVED));
    assert_eq!(message.from, Some(han_meimei()));
    assert_eq!(message.to_recipients, Some(vec![li_lei()]));
    assert_eq!(message.has_attachments, Some(true));
    assert_eq!(message.is_read, Some(false));
    assert_eq!(
        message.received_date_time.as_deref(),
        Some("2026-03-02T10:12:03Z")
    );
    assert_eq!(message.tags, Some(vec![]));

    let (request, page) = exchange("mail_ListMessages", |c| async move {
        c.mail_1_0()
            .list_messages(ListMessagesInput {
                email: MAILBOX,
                folder_id: INBOX,
                max_results: 20,
            })
            .next_token("eyJvZmZzZXQiOjIwfQ==")
            .select_fields("subject")
            .send()
            .await
    })
    .await;
    check(
        &request,
        "mail_ListMessages",
        &mailbox(&format!("/mailFolders/{INBOX}/messages")),
        &[
            ("maxResults", "20"),
            ("nextToken", "eyJvZmZzZXQiOjIwfQ=="),
            ("selectFields", "subject"),
        ],
    );
    assert_eq!(page.has_more, Some(true));
    assert_eq!(page.next_token.as_deref(), Some("eyJvZmZzZXQiOjQwfQ=="));
    let messages = page.messages.unwrap();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].id.as_deref(), Some(RECEIVED));
    assert_eq!(
        messages[0].summary, None,
        "a listed message may lack fields"
    );

    let (request, deleted) = exchange("mail_DeleteMessages", |c| async move {
        c.mail_1_0()
            .delete_messages(DeleteMessagesInput {
                email: MAILBOX,
                ids: vec![DRAFT.into(), "DzzzzzzNpRf".into()],
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "mail_DeleteMessages",
        &mailbox("/messages/batchDelete"),
        &[],
    );
    assert_eq!(
        deleted.request_id.as_deref(),
        Some("0A1B2C3D-0031-4000-8000-000000000004")
    );
}

#[tokio::test]
async fn messages_are_followed_across_pages() {
    let server = MockServer::start().await;
    let route = mailbox(&format!("/mailFolders/{INBOX}/messages"));
    Mock::given(method("GET"))
        .and(path(route.as_str()))
        .and(query_param("nextToken", "page-2"))
        .respond_with(ok(json!({"messages": [{"id": "c"}], "hasMore": false})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(route.as_str()))
        .respond_with(ok(json!({
            "messages": [{"id": "a"}, {"id": "b"}], "nextToken": "page-2", "hasMore": true
        })))
        .mount(&server)
        .await;
    let ids: Vec<Option<String>> = client(&server)
        .mail_1_0()
        .list_messages(ListMessagesInput {
            email: MAILBOX,
            folder_id: INBOX,
            max_results: 2,
        })
        .items()
        .map_ok(|message| message.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [Some("a".into()), Some("b".into()), Some("c".into())]);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert_eq!(
        common::query(&requests[0]),
        [("maxResults".into(), "2".into())]
    );
    let mut second = common::query(&requests[1]);
    second.sort();
    assert_eq!(
        second,
        [
            ("maxResults".to_owned(), "2".to_owned()),
            ("nextToken".to_owned(), "page-2".to_owned())
        ]
    );
}

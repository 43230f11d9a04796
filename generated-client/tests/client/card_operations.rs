//! Every `card_1_0` operation against a local server. Each test calls the
//! client with the inputs of the spec's request example, optional ones
//! included, and checks the request on the wire: method, path, the exact
//! query, the token header and the JSON body, which must equal the spec's
//! request example. The server answers with the spec's 200 example and the
//! test checks the typed result. Then the documented error codes of card
//! creation and delivery are read as `ErrorCode` variants. No operation of
//! the module pages.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};

use common::*;
use dingtalk::card_1_0::*;
use serde_json::{json, Value};
use wiremock::{MockServer, Request, ResponseTemplate};

// The ids of the spec's examples.
const CARD: &str = "purchase-0815-card";
const TEMPLATE: &str = "f3c1a2b4-5d6e-4f70-8a9b-0c1d2e3f4a5b.schema";
const GROUP: &str = "cid6KeBBLoveMJOGXoYKF5x7EeiodoA==";
const GROUP_SPACE: &str = "dtv1.card//IM_GROUP.cid6KeBBLoveMJOGXoYKF5x7EeiodoA==";
const ROBOT: &str = "dingue4kfzdxbyn0pjqd";
const USER: &str = "manager4220";
const CALLBACK_URL: &str = "https://purchase.example.com/dingtalk/card-callback";
const SECRET: &str = "c2VjcmV0LWZvci1jYXJkcw";
const SOURCE: &str = r#"{"version":"1.0","blocks":[]}"#;
const AI_MESSAGE: &str = r#"{"surfaceUpdate":{"surfaceId":"answer","components":[{"id":"text-1","component":{"Text":{"text":{"literalString":"Checking the budget..."}}}}]}}"#;

fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|&(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
}

/// The card's data in the examples.
fn card_params() -> BTreeMap<String, String> {
    map(&[
        ("title", "Purchase of 20 laptops"),
        ("amount", "24,000 USD"),
        ("status", "pending"),
    ])
}

/// Data for one user, keyed by the user's id.
fn private(can_approve: &str) -> BTreeMap<String, CardPrivateDataValue> {
    [(
        USER.to_owned(),
        CardPrivateDataValue {
            card_param_map: Some(map(&[("canApprove", can_approve)])),
        },
    )]
    .into()
}

/// The group space model of the examples, built as the operation's own type.
macro_rules! group_model {
    ($model:ident, $notification:ident) => {
        $model {
            support_forward: Some(true),
            last_message_i18n: Some(map(&[("ZH_CN", "采购申请"), ("EN_US", "Purchase request")])),
            notification: Some($notification {
                alert_content: Some("A purchase request waits for you".into()),
                notification_off: Some(false),
            }),
            search_support: None,
        }
    };
}

/// The group delivery model of the examples, built as the operation's own type.
macro_rules! group_delivery {
    ($model:ident) => {
        $model {
            robot_code: Some(ROBOT.into()),
            at_user_ids: Some(map(&[(USER, "Li Lei")])),
            recipients: Some(vec![USER.into()]),
            extension: None,
        }
    };
}

/// Checks a request of `operation_id`: the spec's method and path, exactly
/// the query pairs `query` (naming every documented query parameter), the
/// common headers, and the body `body`.
fn check(request: &Request, operation_id: &str, query: &[(&str, &str)], body: Option<Value>) {
    let (template, spec_method, _) = operation(operation_id);
    assert_eq!(
        request.method.as_str(),
        spec_method,
        "{operation_id}: method"
    );
    assert_eq!(request.url.path(), template, "{operation_id}: path");
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
    assert_common_headers(request, body.is_some());
    if let Some(body) = body {
        assert_eq!(json_body(request), body, "{operation_id}: body");
    }
}

/// Checks a request whose body is the spec's request example.
fn check_example(request: &Request, operation_id: &str) {
    let example = request_example(operation_id);
    assert!(example.is_object(), "{operation_id} has no request example");
    check(request, operation_id, &[], Some(example));
}

/// The operations the tests below call, to compare with the spec's.
const TESTED: &[&str] = &[
    "card_AppendSpace",
    "card_AppendSpaceWithDelegate",
    "card_CloseTopCard",
    "card_CopyTemplate",
    "card_CreateAndDeliver",
    "card_CreateAndDeliverAICard",
    "card_CreateAndDeliverWithDelegate",
    "card_CreateCard",
    "card_UpdateCard",
    "card_CreateCardWithDelegate",
    "card_UpdateCardWithDelegate",
    "card_CreateTemplate",
    "card_GetTemplate",
    "card_DeleteTemplate",
    "card_DeliverCard",
    "card_DeliverCardWithDelegate",
    "card_ListTemplate",
    "card_PublishTemplate",
    "card_RegisterCallback",
    "card_RegisterCallbackWithDelegate",
    "card_SaveTemplate",
    "card_StreamingUpdate",
    "card_UpdateAICard",
];

#[test]
fn every_card_operation_is_tested() {
    let spec: BTreeSet<String> = operation_ids()
        .into_iter()
        .filter(|id| operation(id).2["tags"][0] == "card_1_0")
        .collect();
    let tested: BTreeSet<String> = TESTED.iter().map(|id| id.to_string()).collect();
    assert_eq!(spec, tested);
}

#[tokio::test]
async fn create_deliver_and_update_a_card() {
    let (request, created) = exchange("card_CreateCard", |c| async move {
        c.card_1_0()
            .create_card(CreateCardInput {
                card_data: CardCreateCardRequestCardData {
                    card_param_map: Some(card_params()),
                },
                card_template_id: TEMPLATE,
                out_track_id: CARD,
            })
            .callback_type("STREAM")
            .private_data(private("true"))
            .im_group_open_space_model(group_model!(
                CardCreateCardRequestImGroupOpenSpaceModel,
                CardCreateCardRequestImGroupOpenSpaceModelNotification
            ))
            .user_id(USER)
            .user_id_type(1)
            .send()
            .await
    })
    .await;
    check_example(&request, "card_CreateCard");
    assert_eq!(created.success, Some(true));

    let (request, spaces) = exchange("card_AppendSpace", |c| async move {
        c.card_1_0()
            .append_space(CARD)
            .im_group_open_space_model(group_model!(
                CardAppendSpaceRequestImGroupOpenSpaceModel,
                CardAppendSpaceRequestImGroupOpenSpaceModelNotification
            ))
            .top_open_space_model(CardAppendSpaceRequestTopOpenSpaceModel {
                space_type: Some("ONE_BOX".into()),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "card_AppendSpace");
    assert_eq!(spaces.result, Some(true));

    let (request, delivered) = exchange("card_DeliverCard", |c| async move {
        c.card_1_0()
            .deliver_card(DeliverCardInput {
                open_space_id: GROUP_SPACE,
                out_track_id: CARD,
            })
            .im_group_open_deliver_model(group_delivery!(
                CardDeliverCardRequestImGroupOpenDeliverModel
            ))
            .user_id_type(1)
            .send()
            .await
    })
    .await;
    check_example(&request, "card_DeliverCard");
    let result = &delivered.result.unwrap()[0];
    assert_eq!(result.space_type.as_deref(), Some("IM_GROUP"));
    assert_eq!(result.space_id.as_deref(), Some(GROUP));
    assert_eq!(result.success, Some(true));

    let (request, updated) = exchange("card_UpdateCard", |c| async move {
        c.card_1_0()
            .update_card(CARD)
            .card_data(CardUpdateCardRequestCardData {
                card_param_map: Some(map(&[("status", "approved")])),
            })
            .private_data(private("false"))
            .card_update_options(CardUpdateCardRequestCardUpdateOptions {
                update_card_data_by_key: Some(true),
                update_private_data_by_key: Some(true),
            })
            .user_id_type(1)
            .send()
            .await
    })
    .await;
    check_example(&request, "card_UpdateCard");
    assert_eq!(updated.result, Some(true));

    let (request, streamed) = exchange("card_StreamingUpdate", |c| async move {
        c.card_1_0()
            .streaming_update(StreamingUpdateInput {
                content: "The purchase was approved by Li Lei.",
                guid: "0f8e2a4c-7b1d-4e6f-9a3c-5d2b1e0f7a8c",
                key: "content",
                out_track_id: CARD,
            })
            .is_full(true)
            .is_finalize(true)
            .is_error(false)
            .send()
            .await
    })
    .await;
    check_example(&request, "card_StreamingUpdate");
    assert_eq!(streamed.result, Some(true));

    let (request, closed) = exchange("card_CloseTopCard", |c| async move {
        c.card_1_0()
            .close_top_card(CloseTopCardInput {
                open_conversation_id: GROUP,
                out_track_id: CARD,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        "card_CloseTopCard",
        &[("openConversationId", GROUP), ("outTrackId", CARD)],
        None,
    );
    assert_eq!(closed.result, Some(true));
}

#[tokio::test]
async fn create_and_deliver_in_one_call() {
    let (request, done) = exchange("card_CreateAndDeliver", |c| async move {
        c.card_1_0()
            .create_and_deliver(CreateAndDeliverInput {
                card_data: CardCreateAndDeliverRequestCardData {
                    card_param_map: Some(card_params()),
                },
                card_template_id: TEMPLATE,
                open_space_id: GROUP_SPACE,
                out_track_id: CARD,
            })
            .callback_type("STREAM")
            .im_group_open_space_model(group_model!(
                CardCreateAndDeliverRequestImGroupOpenSpaceModel,
                CardCreateAndDeliverRequestImGroupOpenSpaceModelNotification
            ))
            .im_group_open_deliver_model(group_delivery!(
                CardCreateAndDeliverRequestImGroupOpenDeliverModel
            ))
            .user_id(USER)
            .user_id_type(1)
            .send()
            .await
    })
    .await;
    check_example(&request, "card_CreateAndDeliver");
    let result = done.result.unwrap();
    assert_eq!(result.out_track_id.as_deref(), Some(CARD));
    assert_eq!(
        result.deliver_results.unwrap()[0].carrier_id.as_deref(),
        Some("msgq8BvzGSEUr5vZC2yyrr9Xg==")
    );
}

#[tokio::test]
async fn the_same_in_a_users_name() {
    let (request, created) = exchange("card_CreateCardWithDelegate", |c| async move {
        c.card_1_0()
            .create_card_with_delegate(CreateCardWithDelegateInput {
                card_data: CardCreateCardWithDelegateRequestCardData {
                    card_param_map: Some(card_params()),
                },
                card_template_id: TEMPLATE,
                out_track_id: CARD,
            })
            .callback_type("STREAM")
            .im_group_open_space_model(group_model!(
                CardCreateCardWithDelegateRequestImGroupOpenSpaceModel,
                CardCreateCardWithDelegateRequestImGroupOpenSpaceModelNotification
            ))
            .send()
            .await
    })
    .await;
    check_example(&request, "card_CreateCardWithDelegate");
    assert_eq!(created.success, Some(true));

    let (request, spaces) = exchange("card_AppendSpaceWithDelegate", |c| async move {
        c.card_1_0()
            .append_space_with_delegate(CARD)
            .im_group_open_space_model(group_model!(
                CardAppendSpaceWithDelegateRequestImGroupOpenSpaceModel,
                CardAppendSpaceWithDelegateRequestImGroupOpenSpaceModelNotification
            ))
            .top_open_space_model(CardAppendSpaceWithDelegateRequestTopOpenSpaceModel {
                space_type: Some("ONE_BOX".into()),
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "card_AppendSpaceWithDelegate");
    assert_eq!(spaces.result, Some(true));

    let (request, delivered) = exchange("card_DeliverCardWithDelegate", |c| async move {
        c.card_1_0()
            .deliver_card_with_delegate(DeliverCardWithDelegateInput {
                open_space_id: GROUP_SPACE,
                out_track_id: CARD,
            })
            .im_group_open_deliver_model(group_delivery!(
                CardDeliverCardWithDelegateRequestImGroupOpenDeliverModel
            ))
            .send()
            .await
    })
    .await;
    check_example(&request, "card_DeliverCardWithDelegate");
    assert_eq!(delivered.result.unwrap()[0].success, Some(true));

    let (request, updated) = exchange("card_UpdateCardWithDelegate", |c| async move {
        c.card_1_0()
            .update_card_with_delegate(CARD)
            .card_data(CardUpdateCardWithDelegateRequestCardData {
                card_param_map: Some(map(&[("status", "approved")])),
            })
            .card_update_options(CardUpdateCardWithDelegateRequestCardUpdateOptions {
                update_card_data_by_key: Some(true),
                update_private_data_by_key: None,
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "card_UpdateCardWithDelegate");
    assert_eq!(updated.result, Some(true));

    let (request, done) = exchange("card_CreateAndDeliverWithDelegate", |c| async move {
        c.card_1_0()
            .create_and_deliver_with_delegate(CreateAndDeliverWithDelegateInput {
                card_data: CardCreateAndDeliverWithDelegateRequestCardData {
                    card_param_map: Some(card_params()),
                },
                card_template_id: TEMPLATE,
                open_space_id: GROUP_SPACE,
                out_track_id: CARD,
            })
            .callback_type("STREAM")
            .im_group_open_space_model(group_model!(
                CardCreateAndDeliverWithDelegateRequestImGroupOpenSpaceModel,
                CardCreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelNotification
            ))
            .im_group_open_deliver_model(group_delivery!(
                CardCreateAndDeliverWithDelegateRequestImGroupOpenDeliverModel
            ))
            .send()
            .await
    })
    .await;
    check_example(&request, "card_CreateAndDeliverWithDelegate");
    assert_eq!(done.result.unwrap().out_track_id.as_deref(), Some(CARD));

    let (request, registered) = exchange("card_RegisterCallbackWithDelegate", |c| async move {
        c.card_1_0()
            .register_callback_with_delegate(RegisterCallbackWithDelegateInput {
                callback_route_key: "purchase_callback",
                callback_url: CALLBACK_URL,
            })
            .api_secret(SECRET)
            .force_update(true)
            .send()
            .await
    })
    .await;
    check_example(&request, "card_RegisterCallbackWithDelegate");
    assert_eq!(
        registered.result.unwrap().callback_url.as_deref(),
        Some(CALLBACK_URL)
    );
}

#[tokio::test]
async fn callbacks() {
    let (request, registered) = exchange("card_RegisterCallback", |c| async move {
        c.card_1_0()
            .register_callback(RegisterCallbackInput {
                callback_route_key: "purchase_callback",
                callback_url: CALLBACK_URL,
            })
            .api_secret(SECRET)
            .force_update(true)
            .send()
            .await
    })
    .await;
    check_example(&request, "card_RegisterCallback");
    let result = registered.result.unwrap();
    assert_eq!(result.callback_url.as_deref(), Some(CALLBACK_URL));
    assert_eq!(result.api_secret.as_deref(), Some(SECRET));
}

#[tokio::test]
async fn templates() {
    let (request, created) = exchange("card_CreateTemplate", |c| async move {
        c.card_1_0()
            .create_template(CreateTemplateInput {
                extend_type: "default",
                name: "Purchase approval",
                r#type: "IM",
            })
            .creator_id(USER)
            .block_template(false)
            .send()
            .await
    })
    .await;
    check_example(&request, "card_CreateTemplate");
    assert_eq!(created.data.unwrap().template_id.as_deref(), Some(TEMPLATE));

    let (request, copied) = exchange("card_CopyTemplate", |c| async move {
        c.card_1_0()
            .copy_template(TEMPLATE)
            .name("Purchase approval (copy)")
            .send()
            .await
    })
    .await;
    check_example(&request, "card_CopyTemplate");
    assert_eq!(
        copied.data.unwrap().template_id.as_deref(),
        Some("a7d2e9c0-3b4f-4c1a-8e6d-9f0b1c2d3e4f.schema")
    );

    let (request, saved) = exchange("card_SaveTemplate", |c| async move {
        c.card_1_0()
            .save_template()
            .template_id(TEMPLATE)
            .name("Purchase approval")
            .template_source(SOURCE)
            .send()
            .await
    })
    .await;
    check_example(&request, "card_SaveTemplate");
    assert_eq!(saved.data.unwrap().status.as_deref(), Some("draft"));

    let (request, published) = exchange("card_PublishTemplate", |c| async move {
        c.card_1_0()
            .publish_template(TEMPLATE)
            .name("Purchase approval")
            .template_source(SOURCE)
            .send()
            .await
    })
    .await;
    check_example(&request, "card_PublishTemplate");
    assert_eq!(published.data.unwrap().status.as_deref(), Some("published"));

    let (request, got) = exchange("card_GetTemplate", |c| async move {
        c.card_1_0()
            .get_template()
            .template_id(TEMPLATE)
            .send()
            .await
    })
    .await;
    check(
        &request,
        "card_GetTemplate",
        &[("templateId", TEMPLATE)],
        None,
    );
    let template = got.data.unwrap();
    assert_eq!(template.name.as_deref(), Some("Purchase approval"));
    assert_eq!(template.creator_id.as_deref(), Some(USER));
    assert_eq!(
        template.gmt_modified.as_deref(),
        Some("2024-08-15T02:30:00Z")
    );

    let (request, listed) = exchange("card_ListTemplate", |c| async move {
        c.card_1_0().list_template(TEMPLATE).send().await
    })
    .await;
    check_example(&request, "card_ListTemplate");
    assert_eq!(
        listed.data.unwrap()[0].template_id.as_deref(),
        Some(TEMPLATE)
    );

    let (request, deleted) = exchange("card_DeleteTemplate", |c| async move {
        c.card_1_0()
            .delete_template()
            .template_id(TEMPLATE)
            .send()
            .await
    })
    .await;
    check_example(&request, "card_DeleteTemplate");
    assert_eq!(deleted.success, Some(true));
}

#[tokio::test]
async fn ai_cards() {
    let (request, done) = exchange("card_CreateAndDeliverAICard", |c| async move {
        c.card_1_0()
            .create_and_deliver_ai_card(CreateAndDeliverAiCardInput {
                a2ui_messages: vec![AI_MESSAGE.into()],
                flow_status: "PROCESSING",
                open_space_id: GROUP_SPACE,
                out_track_id: CARD,
            })
            .summary("Checking the budget")
            .im_group_open_deliver_model(CardCreateAndDeliverAiCardRequestImGroupOpenDeliverModel {
                robot_code: ROBOT.into(),
                at_user_ids: None,
                extension: None,
                recipients: None,
            })
            .callback_type("STREAM")
            .send()
            .await
    })
    .await;
    check_example(&request, "card_CreateAndDeliverAICard");
    assert_eq!(done.result.unwrap().out_track_id.as_deref(), Some(CARD));

    let (request, updated) = exchange("card_UpdateAICard", |c| async move {
        c.card_1_0()
            .update_ai_card(UpdateAiCardInput {
                a2ui_messages: vec![
                    AI_MESSAGE.replace("Checking the budget...", "Within budget: approved.")
                ],
                flow_status: "FINISHED",
                out_track_id: CARD,
                out_update_id: "upd-0002",
            })
            .send()
            .await
    })
    .await;
    check_example(&request, "card_UpdateAICard");
    let result = updated.result.unwrap();
    assert_eq!(result.flow_status.as_deref(), Some("FINISHED"));
    assert_eq!(result.out_update_id.as_deref(), Some("upd-0002"));
}

/// A server answering `operation_id`'s documented error example `name`.
async fn failing(operation_id: &str, name: &str) -> MockServer {
    let example = error_examples(operation_id)
        .into_iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("{operation_id} documents no {name}"));
    server(ResponseTemplate::new(example.status).set_body_json(example.body)).await
}

#[tokio::test]
async fn documented_error_codes_are_typed() {
    let cases = [
        ("param.empty", ErrorCode::ParamEmpty),
        (
            "param.cardTemplateIdEmpty",
            ErrorCode::ParamCardTemplateIdEmpty,
        ),
        ("param.userIdNotExist", ErrorCode::ParamUserIdNotExist),
        ("param.contentUnsafe", ErrorCode::ParamContentUnsafe),
        (
            "param.dynamicDataPullIntervalInvalid",
            ErrorCode::ParamDynamicDataPullIntervalInvalid,
        ),
    ];
    for (name, code) in cases {
        let server = failing("card_CreateCard", name).await;
        let error = client(&server)
            .card_1_0()
            .create_card(CreateCardInput {
                card_data: CardCreateCardRequestCardData::default(),
                card_template_id: TEMPLATE,
                out_track_id: CARD,
            })
            .send()
            .await
            .unwrap_err();
        assert_eq!(error.code(), Some(code), "{name}");
        assert_eq!(error.as_api().unwrap().status.as_u16(), 400);
        assert_eq!(
            server.received_requests().await.unwrap().len(),
            1,
            "a creation is not repeated"
        );
    }

    let server = common::server(
        ResponseTemplate::new(400).set_body_json(json!({"code": "param.outTrackIdEmpty"})),
    )
    .await;
    let error = client(&server)
        .card_1_0()
        .create_card(CreateCardInput {
            card_data: CardCreateCardRequestCardData::default(),
            card_template_id: TEMPLATE,
            out_track_id: "",
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::ParamOutTrackIdEmpty));

    let server = failing("card_DeliverCard", "param.openSpaceIdInvalid").await;
    let error = client(&server)
        .card_1_0()
        .deliver_card(DeliverCardInput {
            open_space_id: "IM_GROUP",
            out_track_id: CARD,
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::ParamOpenSpaceIdInvalid));
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        1,
        "a delivery is not repeated"
    );
}

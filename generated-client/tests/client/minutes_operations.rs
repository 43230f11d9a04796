//! Every `minutes_1_0` operation against a local server. Each test calls the
//! client with the inputs of the spec's request example (its parameters'
//! examples and its body example, optional parts included) and checks the
//! request on the wire: method, path, the exact query, the token header and
//! the JSON body, which must equal the spec's request example. The server
//! answers with the spec's 200 example and the test checks the typed result.
//! The paged lists are then followed across pages, the cursor in the query
//! or in the body.

use crate::common;

use std::collections::BTreeSet;

use common::*;
use dingtalk::minutes_1_0::*;
use futures_util::TryStreamExt;
use serde_json::{json, Value};
use wiremock::matchers::{body_partial_json, method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

// The ids of the spec's examples.
const UNION: &str = "iiiP35sJadDrDDqcrVsTBPQiEiE";
const UNION2: &str = "kZbd7iP8TYXiSiPJqrA0XbwiEiE";
const TASK: &str = "b7c1b2e4c0a54b0f9d2f5c7f3b3e9a61";
const TASK2: &str = "5d0f7a3e8c2b4e6f9a1d3c5b7e9f2a4c";
const TEMPLATE: &str = "tpl_meeting_general";
const AGENT: &str = "agent_5f2c9d";
const INSTANCE: &str = "inst_8a1e47";
const FILE: &str = "of_3b7d2e91";

/// A parameter's example as sent.
fn text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// The part `pointer` of the operation's request example.
fn example_part(operation_id: &str, pointer: &str) -> Value {
    request_example(operation_id)
        .pointer(pointer)
        .unwrap_or_else(|| panic!("{operation_id}: no {pointer} in the request example"))
        .clone()
}

/// Checks a request of `operation_id` against the spec: the method; the
/// path with each path parameter's example; exactly the query parameters
/// that have an example, each with it (the others must be optional); the
/// common headers; and the body, which must be the spec's request example
/// when the operation has a body.
fn check(request: &Request, operation_id: &str) {
    let (template, spec_method, op) = operation(operation_id);
    assert_eq!(
        request.method.as_str(),
        spec_method,
        "{operation_id}: method"
    );
    let parameters = parameters(spec(), &template, &spec_method.to_lowercase());
    let mut expected_path = template.clone();
    let mut expected_query = Vec::new();
    for parameter in &parameters {
        let name = parameter["name"].as_str().unwrap();
        let example = &parameter["example"];
        match parameter["in"].as_str().unwrap() {
            "path" => {
                assert!(!example.is_null(), "{operation_id}: {name} has no example");
                expected_path = expected_path.replace(&format!("{{{name}}}"), &text(example));
            }
            "query" if example.is_null() => assert_ne!(
                parameter["required"], true,
                "{operation_id}: the required {name} has no example"
            ),
            "query" => expected_query.push((name.to_owned(), text(example))),
            other => panic!("{operation_id}: a parameter in {other}"),
        }
    }
    assert_eq!(request.url.path(), expected_path, "{operation_id}: path");
    let mut sent = common::query(request);
    sent.sort();
    expected_query.sort();
    assert_eq!(sent, expected_query, "{operation_id}: query");
    let has_body = op.get("requestBody").is_some();
    assert_common_headers(request, has_body);
    if has_body {
        let example = request_example(operation_id);
        assert!(example.is_object(), "{operation_id} has no request example");
        assert_eq!(json_body(request), example, "{operation_id}: body");
    }
}

/// The operations the tests below call, to compare with the spec's.
const TESTED: &[&str] = &[
    "minutes_AdminSearchMinutes",
    "minutes_BatchGetMinutesDetails",
    "minutes_BatchGetVoicePrintIdentifyConfig",
    "minutes_BatchToggleVoicePrintSwitchStatus",
    "minutes_CreateMinutesByUploadFile",
    "minutes_CreateSmartDeviceAiSummary",
    "minutes_DeleteMinutes",
    "minutes_DeleteMinutesMedia",
    "minutes_ExportMinutesTaskResult",
    "minutes_GenerateSummary",
    "minutes_ListMinutesAttachments",
    "minutes_MoveOutTempStorage",
    "minutes_OpenQueryMinutesSummary",
    "minutes_QueryBizMinutes",
    "minutes_QueryCreateMinutesList",
    "minutes_QueryMinutesBasicInfo",
    "minutes_QueryMinutesChapters",
    "minutes_QueryMinutesKeyword",
    "minutes_QueryMinutesPlayInfo",
    "minutes_QueryMinutesShareList",
    "minutes_QueryMinutesStatus",
    "minutes_QueryMinutesText",
    "minutes_QueryMinutesTodo",
    "minutes_QueryOrgDiyTemplates",
    "minutes_QueryScheduleConfMinutes",
    "minutes_QuerySmartDeviceAiSceneById",
    "minutes_QuerySmartDeviceAiScenePromptTemplateByIds",
    "minutes_QuerySmartDeviceAiSummary",
    "minutes_QuerySummaryWithTemplate",
    "minutes_QueryUploadVideoPlayInfo",
    "minutes_QueryUserAvailableDiyTemplates",
    "minutes_QueryUserMinutesPermission",
    "minutes_RegenerateChapters",
    "minutes_SetA1DetailPageCustomTab",
    "minutes_SetDetailPageCustomTab",
    "minutes_SetInProgressCustomTabs",
    "minutes_SetMinutesTodosVisible",
    "minutes_UpdateMinutesTitle",
    "minutes_UpdatePermission",
];

#[test]
fn every_minutes_operation_is_tested() {
    let spec: BTreeSet<String> = operation_ids()
        .into_iter()
        .filter(|id| operation(id).2["tags"][0] == "minutes_1_0")
        .collect();
    let tested: BTreeSet<String> = TESTED.iter().map(|id| id.to_string()).collect();
    assert_eq!(spec, tested);
}

#[tokio::test]
async fn admin_search_minutes() {
    let (request, page) = exchange("minutes_AdminSearchMinutes", |c| async move {
        c.minutes_1_0()
            .admin_search_minutes(AdminSearchMinutesInput {
                union_id: UNION,
                page_size: 20,
                query: "quarterly plan",
            })
            .start_time(1_717_171_200_000)
            .end_time(1_717_776_000_000)
            .creator_union_ids(vec![UNION.into()])
            .send()
            .await
    })
    .await;
    check(&request, "minutes_AdminSearchMinutes");
    let hits = page.minutes_list.unwrap();
    assert_eq!(hits[0].task_uuid.as_deref(), Some(TASK));
    assert_eq!(hits[0].duration, Some(2_712_000));
    assert_eq!(
        hits[0].original_text.as_deref(),
        Some("Let us go through the quarterly plan first.")
    );
    assert_eq!(page.has_more, Some(false));
    assert_eq!(page.next_token, None);
}

#[tokio::test]
async fn minutes_details_by_ids_source_and_meeting() {
    let (request, details) = exchange("minutes_BatchGetMinutesDetails", |c| async move {
        c.minutes_1_0()
            .batch_get_minutes_details(BatchGetMinutesDetailsInput {
                union_id: UNION,
                task_uuids: vec![TASK.into(), TASK2.into()],
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_BatchGetMinutesDetails");
    let details = details.minutes_details.unwrap();
    assert_eq!(details.len(), 2);
    assert_eq!(details[1].task_uuid.as_deref(), Some(TASK2));
    assert_eq!(details[1].creator_union_id.as_deref(), Some(UNION2));
    assert_eq!(details[0].duration_micros, Some(2_712_000_000));
    assert_eq!(details[0].size, Some(43_876_352));
    assert_eq!(details[0].is_deleted, Some(0));

    let (request, details) = exchange("minutes_QueryBizMinutes", |c| async move {
        c.minutes_1_0()
            .query_biz_minutes(QueryBizMinutesInput {
                biz_id: "conf_61b2d7f0",
                biz_type: 1,
                union_id: UNION,
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_QueryBizMinutes");
    assert_eq!(details.minutes_details.unwrap()[0].biz_type, Some(1));

    let (request, details) = exchange("minutes_QueryScheduleConfMinutes", |c| async move {
        c.minutes_1_0()
            .query_schedule_conf_minutes(QueryScheduleConfMinutesInput {
                schedule_conference_id: "sconf_4d81a2c9",
                event_id: "cnNTbW1PeUQyR2ZaWXhKY0tQYXc1dz09",
                union_id: UNION,
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_QueryScheduleConfMinutes");
    let details = details.minutes_details.unwrap();
    assert_eq!(details[0].title.as_deref(), Some("Quarterly planning"));
    assert_eq!(details[0].biz_type, Some(2));
}

#[tokio::test]
async fn voiceprint_settings() {
    let (request, configs) = exchange("minutes_BatchGetVoicePrintIdentifyConfig", |c| async move {
        c.minutes_1_0()
            .batch_get_voice_print_identify_config(vec![
                MinutesBatchGetVoicePrintIdentifyConfigRequestItems {
                    union_id: UNION.into(),
                    lang: Some("en_US".into()),
                },
                MinutesBatchGetVoicePrintIdentifyConfigRequestItems {
                    union_id: UNION2.into(),
                    lang: None,
                },
            ])
            .send()
            .await
    })
    .await;
    check(&request, "minutes_BatchGetVoicePrintIdentifyConfig");
    let configs = configs.config_items.unwrap();
    assert_eq!(configs[0].has_voice_print_record, Some(true));
    assert_eq!(configs[1].union_id.as_deref(), Some(UNION2));
    assert_eq!(configs[1].enable_voice_print, Some(false));

    let (request, results) = exchange(
        "minutes_BatchToggleVoicePrintSwitchStatus",
        |c| async move {
            c.minutes_1_0()
                .batch_toggle_voice_print_switch_status(vec![
                    MinutesBatchToggleVoicePrintSwitchStatusRequestItems {
                        union_id: UNION.into(),
                        open: true,
                        should_clear_voice_print: None,
                    },
                    MinutesBatchToggleVoicePrintSwitchStatusRequestItems {
                        union_id: UNION2.into(),
                        open: false,
                        should_clear_voice_print: Some(true),
                    },
                ])
                .send()
                .await
        },
    )
    .await;
    check(&request, "minutes_BatchToggleVoicePrintSwitchStatus");
    let results = results.result_items.unwrap();
    assert_eq!(results.len(), 2);
    assert!(results.iter().all(|result| result.success == Some(true)));
}

#[tokio::test]
async fn create_minutes_from_a_file_then_follow_it() {
    let (request, created) = exchange("minutes_CreateMinutesByUploadFile", |c| async move {
        c.minutes_1_0()
            .create_minutes_by_upload_file(CreateMinutesByUploadFileInput {
                union_id: UNION,
                biz_id: "crm-call-20240603-0017",
                creator_id: UNION,
                media_file_url: "https://files.example.com/calls/acme-20240603.mp3",
                media_type: "audio",
                title: "Customer call with Acme",
            })
            .custom_prompt("List the customer's requests.")
            .enable_push_card(true)
            .hidden_minutes(false)
            .send()
            .await
    })
    .await;
    check(&request, "minutes_CreateMinutesByUploadFile");
    assert_eq!(created.task_uuid.as_deref(), Some(TASK));
    assert_eq!(created.biz_id.as_deref(), Some("crm-call-20240603-0017"));

    let (request, status) = exchange("minutes_QueryMinutesStatus", |c| async move {
        c.minutes_1_0()
            .query_minutes_status(QueryMinutesStatusInput {
                task_uuid: TASK,
                union_id: UNION,
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_QueryMinutesStatus");
    assert_eq!(status.status, Some(2));

    let (request, moved) = exchange("minutes_MoveOutTempStorage", |c| async move {
        c.minutes_1_0()
            .move_out_temp_storage(MoveOutTempStorageInput {
                task_uuid: TASK,
                union_id: UNION,
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_MoveOutTempStorage");
    assert_eq!(moved.task_uuid.as_deref(), Some(TASK));
}

#[tokio::test]
async fn rename_delete_media_and_delete() {
    let (request, renamed) = exchange("minutes_UpdateMinutesTitle", |c| async move {
        c.minutes_1_0()
            .update_minutes_title(UpdateMinutesTitleInput {
                task_uuid: TASK,
                title: "Quarterly planning, Q3",
                union_id: UNION,
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_UpdateMinutesTitle");
    assert_eq!(renamed.title.as_deref(), Some("Quarterly planning, Q3"));

    let (request, freed) = exchange("minutes_DeleteMinutesMedia", |c| async move {
        c.minutes_1_0()
            .delete_minutes_media(DeleteMinutesMediaInput {
                task_uuid: TASK,
                union_id: UNION,
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_DeleteMinutesMedia");
    assert_eq!(freed.task_uuid.as_deref(), Some(TASK));

    let (request, deleted) = exchange("minutes_DeleteMinutes", |c| async move {
        c.minutes_1_0()
            .delete_minutes(DeleteMinutesInput {
                task_uuid: TASK,
                union_id: UNION,
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_DeleteMinutes");
    assert_eq!(deleted.task_uuid.as_deref(), Some(TASK));
}

#[tokio::test]
async fn export_and_summaries() {
    let (request, exported) = exchange("minutes_ExportMinutesTaskResult", |c| async move {
        c.minutes_1_0()
            .export_minutes_task_result(ExportMinutesTaskResultInput {
                union_id: UNION,
                task_type: "summary",
                task_uuid: TASK,
            })
            .expire_time(1_718_010_000_000)
            .summary_export_setting(MinutesExportMinutesTaskResultRequestSummaryExportSetting {
                enable_bilingual: Some(true),
                target_lang: Some("en_US".into()),
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_ExportMinutesTaskResult");
    assert_eq!(
        exported.minutes_doc_url.as_deref(),
        Some("https://alidocs.dingtalk.com/i/nodes/Exp0rtD0c9xLmQ2")
    );

    let (request, generating) = exchange("minutes_GenerateSummary", |c| async move {
        c.minutes_1_0()
            .generate_summary(GenerateSummaryInput {
                task_uuid: TASK,
                union_id: UNION,
                summary_template_id: TEMPLATE,
                summary_template_type: "diy",
            })
            .diy_template_version("3")
            .async_generate(true)
            .user_context("Write for the sales team.")
            .send()
            .await
    })
    .await;
    check(&request, "minutes_GenerateSummary");
    assert_eq!(generating.generating_status.as_deref(), Some("generating"));
    assert_eq!(generating.summary_text, None);

    let (request, summary) = exchange("minutes_QuerySummaryWithTemplate", |c| async move {
        c.minutes_1_0()
            .query_summary_with_template(QuerySummaryWithTemplateInput {
                task_uuid: TASK,
                summary_template_id: TEMPLATE,
                summary_template_type: "diy",
                union_id: UNION,
            })
            .diy_template_version("3")
            .send()
            .await
    })
    .await;
    check(&request, "minutes_QuerySummaryWithTemplate");
    assert!(summary.summary_text.unwrap().starts_with("Customer: Acme."));
    assert_eq!(
        summary.visual_generating_status.as_deref(),
        Some("finished")
    );

    let (request, summary) = exchange("minutes_OpenQueryMinutesSummary", |c| async move {
        c.minutes_1_0()
            .open_query_minutes_summary(OpenQueryMinutesSummaryInput {
                task_uuid: TASK,
                union_id: UNION,
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_OpenQueryMinutesSummary");
    assert!(summary
        .full_summary
        .unwrap()
        .starts_with("The team agreed the quarterly plan."));
}

#[tokio::test]
async fn reading_minutes() {
    let (request, info) = exchange("minutes_QueryMinutesBasicInfo", |c| async move {
        c.minutes_1_0()
            .query_minutes_basic_info(QueryMinutesBasicInfoInput {
                task_uuid: TASK,
                union_id: UNION,
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_QueryMinutesBasicInfo");
    assert_eq!(info.task_creator.as_deref(), Some(UNION));
    assert_eq!(info.duration, Some(2_712_000));
    assert_eq!(
        info.url.as_deref(),
        Some("https://shanji.dingtalk.com/app/transcribes/b7c1b2e4c0a54b0f9d2f5c7f3b3e9a61")
    );

    let (request, chapters) = exchange("minutes_QueryMinutesChapters", |c| async move {
        c.minutes_1_0()
            .query_minutes_chapters(QueryMinutesChaptersInput {
                task_uuid: TASK,
                union_id: UNION,
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_QueryMinutesChapters");
    let list = chapters.chapter_list.unwrap();
    assert_eq!(list[1].title.as_deref(), Some("Hiring plan"));
    assert_eq!(list[1].start_time, Some(905_000));
    assert_eq!(chapters.status, Some(2));

    let (request, keywords) = exchange("minutes_QueryMinutesKeyword", |c| async move {
        c.minutes_1_0()
            .query_minutes_keyword(QueryMinutesKeywordInput {
                task_uuid: TASK,
                union_id: UNION,
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_QueryMinutesKeyword");
    assert_eq!(
        keywords.keywords,
        Some(vec![
            "quarterly plan".to_owned(),
            "hiring".to_owned(),
            "budget".to_owned()
        ])
    );

    let (request, todos) = exchange("minutes_QueryMinutesTodo", |c| async move {
        c.minutes_1_0()
            .query_minutes_todo(QueryMinutesTodoInput {
                task_uuid: TASK,
                union_id: UNION,
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_QueryMinutesTodo");
    let todo = &todos.dingtalk_todo_list.unwrap()[0];
    assert_eq!(todo.minutes_todo_id.as_deref(), Some("mtodo_7781"));
    assert_eq!(todo.is_done, Some(false));
    assert_eq!(
        todo.executor_list.as_ref().unwrap()[0].union_id.as_deref(),
        Some(UNION2)
    );
    assert_eq!(todos.actions, Some(vec![]));

    let (request, text) = exchange("minutes_QueryMinutesText", |c| async move {
        c.minutes_1_0()
            .query_minutes_text(QueryMinutesTextInput {
                task_uuid: TASK,
                union_id: UNION,
            })
            .max_results(50)
            .send()
            .await
    })
    .await;
    check(&request, "minutes_QueryMinutesText");
    let paragraph = &text.paragraph_list.unwrap()[0];
    assert_eq!(
        paragraph
            .speaker_display
            .as_ref()
            .unwrap()
            .nick_name
            .as_deref(),
        Some("Zhang Min")
    );
    let sentence = &paragraph.sentence_list.as_ref().unwrap()[0];
    assert_eq!(sentence.end_time, Some(3200));
    assert_eq!(
        sentence.word_list.as_ref().unwrap()[1].word.as_deref(),
        Some("us")
    );
    assert_eq!(text.has_next, Some(false));

    let (request, notes) = exchange("minutes_ListMinutesAttachments", |c| async move {
        c.minutes_1_0()
            .list_minutes_attachments(ListMinutesAttachmentsInput {
                task_uuid: TASK,
                union_id: UNION,
            })
            .max_results(20)
            .send()
            .await
    })
    .await;
    check(&request, "minutes_ListMinutesAttachments");
    let notes = notes.attachments.unwrap();
    assert_eq!(notes[0].note_id, Some(90211));
    assert_eq!(notes[1].relative_time_ms, Some(1_200_000));
    assert!(notes[1].download_url.is_some() && notes[1].content.is_none());
}

#[tokio::test]
async fn playback_addresses() {
    let (request, play) = exchange("minutes_QueryMinutesPlayInfo", |c| async move {
        c.minutes_1_0()
            .query_minutes_play_info(QueryMinutesPlayInfoInput {
                task_uuid: TASK,
                union_id: UNION,
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_QueryMinutesPlayInfo");
    let play = play.play_info.unwrap();
    assert_eq!(play.media_type.as_deref(), Some("video"));
    assert_eq!(play.size.as_deref(), Some("43876352"));

    let (request, play) = exchange("minutes_QueryUploadVideoPlayInfo", |c| async move {
        c.minutes_1_0()
            .query_upload_video_play_info(QueryUploadVideoPlayInfoInput {
                video_id: "vid_2e9c41ab",
                union_id: UNION,
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_QueryUploadVideoPlayInfo");
    let play = play.play_info.unwrap();
    assert_eq!(play.duration, Some(2_712_000));
    assert_eq!(play.size, Some(43_876_352));
}

#[tokio::test]
async fn lists_of_a_user() {
    let (request, created) = exchange("minutes_QueryCreateMinutesList", |c| async move {
        c.minutes_1_0()
            .query_create_minutes_list(QueryCreateMinutesListInput {
                max_results: 20,
                union_id: UNION,
            })
            .gmt_create_start(1_717_171_200_000)
            .gmt_create_end(1_717_776_000_000)
            .send()
            .await
    })
    .await;
    check(&request, "minutes_QueryCreateMinutesList");
    assert_eq!(
        created.minutes_details.unwrap()[0].task_uuid.as_deref(),
        Some(TASK)
    );
    assert_eq!(created.has_next, Some(false));

    let (request, shared) = exchange("minutes_QueryMinutesShareList", |c| async move {
        c.minutes_1_0()
            .query_minutes_share_list(QueryMinutesShareListInput {
                max_results: 20,
                union_id: UNION,
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_QueryMinutesShareList");
    assert_eq!(
        shared.minutes_details.unwrap()[0].creator_nick.as_deref(),
        Some("Li Wei")
    );
}

#[tokio::test]
async fn summary_templates() {
    let (request, org) = exchange("minutes_QueryOrgDiyTemplates", |c| async move {
        c.minutes_1_0()
            .query_org_diy_templates(QueryOrgDiyTemplatesInput {
                max_results: 20,
                union_id: UNION,
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_QueryOrgDiyTemplates");
    let template = &org.diy_templates.unwrap()[0];
    assert_eq!(template.diy_template_key.as_deref(), Some(TEMPLATE));
    assert_eq!(template.diy_template_latest_version, Some(3));
    assert_eq!(template.accept_times, Some(42));
    assert_eq!(org.total, Some(1));

    let (request, available) = exchange("minutes_QueryUserAvailableDiyTemplates", |c| async move {
        c.minutes_1_0()
            .query_user_available_diy_templates(UNION)
            .max_results(20)
            .send()
            .await
    })
    .await;
    check(&request, "minutes_QueryUserAvailableDiyTemplates");
    assert_eq!(
        available.org_diy_templates.unwrap()[0]
            .diy_template_key
            .as_deref(),
        Some(TEMPLATE)
    );
    assert_eq!(
        available.user_diy_templates.unwrap()[0]
            .diy_template_title
            .as_deref(),
        Some("Stand-up")
    );
}

#[tokio::test]
async fn a1_assistants() {
    let (request, started) = exchange("minutes_CreateSmartDeviceAiSummary", |c| async move {
        c.minutes_1_0()
            .create_smart_device_ai_summary()
            .agent_id(AGENT)
            .instance_id(INSTANCE)
            .open_file_id(FILE)
            .isv_context(r#"{"ticket":"T-1024"}"#)
            .send()
            .await
    })
    .await;
    check(&request, "minutes_CreateSmartDeviceAiSummary");
    assert_eq!(started.r#async, Some(true));

    let (request, analyses) = exchange("minutes_QuerySmartDeviceAiSummary", |c| async move {
        c.minutes_1_0()
            .query_smart_device_ai_summary()
            .agent_id(AGENT)
            .open_file_id(FILE)
            .send()
            .await
    })
    .await;
    check(&request, "minutes_QuerySmartDeviceAiSummary");
    let analysis = &analyses.ai_summary_list.unwrap()[0];
    assert_eq!(analysis.instance_id.as_deref(), Some(INSTANCE));
    assert_eq!(
        analysis.summary.as_deref(),
        Some("Acme wants a yearly plan and SSO.")
    );
    assert_eq!(analyses.state, Some(2));

    let (request, scene) = exchange("minutes_QuerySmartDeviceAiSceneById", |c| async move {
        c.minutes_1_0()
            .query_smart_device_ai_scene_by_id()
            .agent_instance_id(INSTANCE)
            .send()
            .await
    })
    .await;
    check(&request, "minutes_QuerySmartDeviceAiSceneById");
    let agent = scene.agent.unwrap();
    assert_eq!(agent.agent_id.as_deref(), Some(AGENT));
    assert_eq!(
        agent.llm_model.unwrap().model_name.as_deref(),
        Some("Qwen Max")
    );
    assert_eq!(
        agent.device_list.unwrap()[0].sn.as_deref(),
        Some("A1X2024060301")
    );
    assert_eq!(
        agent.prompt_template_ids,
        Some(vec!["ptpl_needs".to_owned()])
    );

    let (request, templates) = exchange(
        "minutes_QuerySmartDeviceAiScenePromptTemplateByIds",
        |c| async move {
            c.minutes_1_0()
                .query_smart_device_ai_scene_prompt_template_by_ids()
                .agent_instance_id(INSTANCE)
                .agent_prompt_template_ids(vec!["ptpl_needs".into()])
                .send()
                .await
        },
    )
    .await;
    check(
        &request,
        "minutes_QuerySmartDeviceAiScenePromptTemplateByIds",
    );
    let template = &templates.agent_prompt_templates.unwrap()[0];
    assert_eq!(template.title.as_deref(), Some("Customer needs"));
    assert_eq!(template.belonging_type.as_deref(), Some("1"));
}

#[tokio::test]
async fn chapters_to_dos_and_tabs() {
    let (request, regenerating) = exchange("minutes_RegenerateChapters", |c| async move {
        c.minutes_1_0()
            .regenerate_chapters(RegenerateChaptersInput {
                task_uuid: TASK,
                union_id: UNION,
            })
            .custom_prompt("One chapter per agenda item.")
            .send()
            .await
    })
    .await;
    check(&request, "minutes_RegenerateChapters");
    assert_eq!(regenerating.task_uuid.as_deref(), Some(TASK));

    let (request, visible) = exchange("minutes_SetMinutesTodosVisible", |c| async move {
        c.minutes_1_0()
            .set_minutes_todos_visible(SetMinutesTodosVisibleInput {
                task_uuid: TASK,
                union_id: UNION,
                todos_visible: false,
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_SetMinutesTodosVisible");
    assert_eq!(visible.todos_visible, Some(false));

    let (request, set) = exchange("minutes_SetA1DetailPageCustomTab", |c| async move {
        c.minutes_1_0()
            .set_a1_detail_page_custom_tab(SetA1DetailPageCustomTabInput {
                task_uuid: TASK,
                custom_tab_list: serde_json::from_value(example_part(
                    "minutes_SetA1DetailPageCustomTab",
                    "/customTabList",
                ))
                .unwrap(),
            })
            .preserve_a1_analyze_tab(true)
            .send()
            .await
    })
    .await;
    check(&request, "minutes_SetA1DetailPageCustomTab");
    assert_eq!(set.task_uuid.as_deref(), Some(TASK));

    let (request, set) = exchange("minutes_SetDetailPageCustomTab", |c| async move {
        let mut labels = std::collections::BTreeMap::new();
        labels.insert("en_US".to_owned(), json!("Follow-ups"));
        labels.insert("zh_CN".to_owned(), json!("跟进"));
        c.minutes_1_0()
            .set_detail_page_custom_tab(SetDetailPageCustomTabInput {
                task_uuid: TASK,
                union_id: UNION,
                custom_tab_list: vec![MinutesSetDetailPageCustomTabRequestCustomTabList {
                    biz_type: "crm".into(),
                    default_locale: "en_US".into(),
                    name_i18n_map: labels,
                    url: format!("https://crm.example.com/minutes/{TASK}"),
                    pc_url: Some(format!("https://crm.example.com/pc/minutes/{TASK}")),
                }],
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_SetDetailPageCustomTab");
    assert_eq!(set.task_uuid.as_deref(), Some(TASK));

    let (request, set) = exchange("minutes_SetInProgressCustomTabs", |c| async move {
        c.minutes_1_0()
            .set_in_progress_custom_tabs(SetInProgressCustomTabsInput {
                union_id: UNION,
                custom_tab_list: serde_json::from_value(example_part(
                    "minutes_SetInProgressCustomTabs",
                    "/customTabList",
                ))
                .unwrap(),
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_SetInProgressCustomTabs");
    assert_eq!(set.success, Some(true));
}

#[tokio::test]
async fn permissions() {
    let (request, role) = exchange("minutes_QueryUserMinutesPermission", |c| async move {
        c.minutes_1_0()
            .query_user_minutes_permission(QueryUserMinutesPermissionInput {
                task_uuid: TASK,
                union_id: UNION2,
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_QueryUserMinutesPermission");
    assert_eq!(role.has_permission, Some(true));
    assert_eq!(role.role_type, Some(MinutesRoleType::ReadDownload));
    assert_eq!(role.share_scope_version, Some(4));

    let (request, updated) = exchange("minutes_UpdatePermission", |c| async move {
        c.minutes_1_0()
            .update_permission(UpdatePermissionInput {
                task_uuid: TASK,
                union_id: UNION,
            })
            .member_permission_operations(vec![
                MinutesUpdatePermissionRequestMemberPermissionOperations {
                    member_union_id: UNION2.into(),
                    member_type: 1,
                    op_type: 1,
                    policy_id: 2,
                    role_sub_resource_ids: None,
                },
            ])
            .share_scope_config(MinutesUpdatePermissionRequestShareScopeConfig {
                share_scope: 1,
                role_code: Some("read".into()),
                role_sub_resource_ids: None,
            })
            .send()
            .await
    })
    .await;
    check(&request, "minutes_UpdatePermission");
    assert_eq!(updated.all_succeeded, Some(true));
    let result = &updated.member_permission_operation_results.unwrap()[0];
    assert_eq!(result.member_union_id.as_deref(), Some(UNION2));
    assert_eq!(result.success, Some(true));
    assert_eq!(updated.share_scope_result.unwrap().success, Some(true));
    assert_eq!(updated.share_scope_version, Some(5));
}

#[test]
fn roles_read_known_and_unknown_values() {
    let known: MinutesQueryUserMinutesPermissionResponseBody =
        serde_json::from_value(json!({"roleType": "owner"})).unwrap();
    assert_eq!(known.role_type, Some(MinutesRoleType::Owner));
    let unknown: MinutesQueryUserMinutesPermissionResponseBody =
        serde_json::from_value(json!({"roleType": "commenter"})).unwrap();
    assert_eq!(
        unknown.role_type,
        Some(MinutesRoleType::Other("commenter".into()))
    );
}

/// A server answering `route`'s first page (no `nextToken`) with `first`,
/// whose `nextToken` is `page-2`, and the page `page-2` with `last`.
async fn two_pages_in_query(
    http_method: &str,
    route: &str,
    first: Value,
    last: Value,
) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method(http_method))
        .and(path(route))
        .and(query_param("nextToken", "page-2"))
        .respond_with(ok(last))
        .mount(&server)
        .await;
    Mock::given(method(http_method))
        .and(path(route))
        .respond_with(ok(first))
        .mount(&server)
        .await;
    server
}

/// The `nextToken`s the server saw in the query, in order.
async fn query_cursors(server: &MockServer) -> Vec<Option<String>> {
    server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|request| {
            common::query(request)
                .into_iter()
                .find(|(name, _)| name == "nextToken")
                .map(|(_, value)| value)
        })
        .collect()
}

const SECOND: Option<&str> = Some("page-2");

fn expected_cursors() -> Vec<Option<String>> {
    vec![None, SECOND.map(str::to_owned)]
}

#[tokio::test]
async fn created_and_shared_lists_are_followed_across_pages() {
    let route = "/v1.0/minutes/flashMinutes/createLists";
    let server = two_pages_in_query(
        "GET",
        route,
        json!({"minutesDetails": [{"taskUuid": "t1"}, {"taskUuid": "t2"}], "hasNext": true, "nextToken": "page-2"}),
        json!({"minutesDetails": [{"taskUuid": "t3"}], "hasNext": false}),
    )
    .await;
    let minutes: Vec<_> = client(&server)
        .minutes_1_0()
        .query_create_minutes_list(QueryCreateMinutesListInput {
            max_results: 2,
            union_id: UNION,
        })
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = minutes
        .iter()
        .map(|m| m.task_uuid.as_deref().unwrap())
        .collect();
    assert_eq!(ids, ["t1", "t2", "t3"]);
    assert_eq!(query_cursors(&server).await, expected_cursors());

    let route = "/v1.0/minutes/flashMinutes/shareLists";
    let server = two_pages_in_query(
        "GET",
        route,
        json!({"minutesDetails": [{"taskUuid": "s1"}], "hasNext": true, "nextToken": "page-2"}),
        json!({"minutesDetails": [{"taskUuid": "s2"}], "hasNext": false}),
    )
    .await;
    let minutes: Vec<_> = client(&server)
        .minutes_1_0()
        .query_minutes_share_list(QueryMinutesShareListInput {
            max_results: 1,
            union_id: UNION,
        })
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(minutes.len(), 2);
    assert_eq!(minutes[1].task_uuid.as_deref(), Some("s2"));
    assert_eq!(query_cursors(&server).await, expected_cursors());
}

#[tokio::test]
async fn transcript_notes_and_templates_are_followed_across_pages() {
    let route = format!("/v1.0/minutes/flashMinutes/{TASK}/textInfos");
    let server = two_pages_in_query(
        "GET",
        &route,
        json!({"paragraphList": [{"paragraphId": 1}], "hasNext": true, "nextToken": "page-2"}),
        json!({"paragraphList": [{"paragraphId": 2}], "hasNext": false}),
    )
    .await;
    let paragraphs: Vec<_> = client(&server)
        .minutes_1_0()
        .query_minutes_text(QueryMinutesTextInput {
            task_uuid: TASK,
            union_id: UNION,
        })
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = paragraphs.iter().map(|p| p.paragraph_id.unwrap()).collect();
    assert_eq!(ids, [1, 2]);
    assert_eq!(query_cursors(&server).await, expected_cursors());

    let route = format!("/v1.0/minutes/{TASK}/attachments");
    let server = two_pages_in_query(
        "GET",
        &route,
        json!({"attachments": [{"noteId": 1}], "hasNext": true, "nextToken": "page-2"}),
        json!({"attachments": [{"noteId": 2}], "hasNext": false}),
    )
    .await;
    let pages: Vec<_> = client(&server)
        .minutes_1_0()
        .list_minutes_attachments(ListMinutesAttachmentsInput {
            task_uuid: TASK,
            union_id: UNION,
        })
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 2);
    assert_eq!(pages[1].attachments.as_ref().unwrap()[0].note_id, Some(2));
    assert_eq!(query_cursors(&server).await, expected_cursors());

    let route = "/v1.0/minutes/flashMinutes/diyTemplates/orgDeclared";
    let server = two_pages_in_query(
        "GET",
        route,
        json!({"diyTemplates": [{"diyTemplateKey": "a"}], "hasNext": true, "nextToken": "page-2"}),
        json!({"diyTemplates": [{"diyTemplateKey": "b"}], "hasNext": false}),
    )
    .await;
    let templates: Vec<_> = client(&server)
        .minutes_1_0()
        .query_org_diy_templates(QueryOrgDiyTemplatesInput {
            max_results: 1,
            union_id: UNION,
        })
        .items()
        .try_collect()
        .await
        .unwrap();
    let keys: Vec<_> = templates
        .iter()
        .map(|t| t.diy_template_key.as_deref().unwrap())
        .collect();
    assert_eq!(keys, ["a", "b"]);
    assert_eq!(query_cursors(&server).await, expected_cursors());
}

#[tokio::test]
async fn the_admin_search_is_followed_with_the_cursor_in_the_body() {
    let route = "/v1.0/minutes/flashMinutes/adminSearch";
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(route))
        .and(body_partial_json(json!({"nextToken": "page-2"})))
        .respond_with(ok(
            json!({"minutesList": [{"taskUuid": "h2"}], "hasMore": false}),
        ))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(route))
        .respond_with(ok(json!({
            "minutesList": [{"taskUuid": "h1"}], "hasMore": true, "nextToken": "page-2"
        })))
        .mount(&server)
        .await;
    let hits: Vec<_> = client(&server)
        .minutes_1_0()
        .admin_search_minutes(AdminSearchMinutesInput {
            union_id: UNION,
            page_size: 1,
            query: "plan",
        })
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = hits
        .iter()
        .map(|h| h.task_uuid.as_deref().unwrap())
        .collect();
    assert_eq!(ids, ["h1", "h2"]);
    let bodies: Vec<Value> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(json_body)
        .collect();
    assert_eq!(bodies[0].get("nextToken"), None);
    assert_eq!(bodies[1]["nextToken"], "page-2");
    assert_eq!(bodies[1]["query"], "plan");
    for request in server.received_requests().await.unwrap() {
        assert_eq!(
            common::query(&request),
            [("unionId".to_owned(), UNION.to_owned())]
        );
    }
}

#[tokio::test]
async fn an_invalid_token_is_read_as_its_variant() {
    let server = server(ResponseTemplate::new(401).set_body_json(json!({
        "code": "InvalidAuthentication",
        "message": "The access token is invalid or has expired.",
        "requestid": "0A1B2C3D-0000-4000-8000-000000000001",
    })))
    .await;
    let err = client(&server)
        .minutes_1_0()
        .query_minutes_status(QueryMinutesStatusInput {
            task_uuid: TASK,
            union_id: UNION,
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::InvalidAuthentication));
}

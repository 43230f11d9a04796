//! Every `calendar_1_0` operation against a local server. Each test calls the
//! client with the inputs of the spec's request example, optional ones
//! included, and checks the request on the wire: method, path, the exact
//! query, the token header, the idempotency key where the operation takes
//! one, and the JSON body, which must equal the spec's request example. The
//! server answers with the spec's 200 example and the test checks the typed
//! result, field by field where it matters and whole by writing it back to
//! JSON. Then the documented error code is read as its `ErrorCode` variant,
//! and the paged listings are followed across two pages.

use crate::common;

use std::collections::BTreeSet;
use std::future::Future;

use common::*;
use dingtalk::calendar_1_0::*;
use futures_util::TryStreamExt;
use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

// The ids of the spec's examples.
const USER: &str = "iiiP35sJadba8aBSgjrwPRKgiEiF";
const ATTENDEE: &str = "Zx9ttSBxSuiEiE3aGk1YtwiEiE";
const ATTENDEE2: &str = "qZ4H1iPiSiEiEUnk2DwkJ7ZwiEiE";
const CAL: &str = "primary";
const EVENT: &str = "cnNTbW1YbUhTeHp0N0t6ZkJ4cXhMQT09";
const SERIES: &str = "cnNTbW1YbVJlY3VyMGZ3TkdGZ2JJQT09";
const INSTANCE: &str = "cnNTbW1YbVJlY3VyMGZ3TkdGZ2JJQT09_20240722T020000Z";
const ROOM: &str = "4002f7a3c1d94e8b";
const ROOM2: &str = "4002f7a3c1d94e9c";
const ACL: &str = "2b7f9c41e06d5a13";
const SUB_CAL: &str = "Y2FsXzE3MjE4ODNAc3Vicy5kaW5ndGFsay5jb20";
const CORP: &str = "ding8196cd9a2b2405da24f2f5cc6abecb85";
const CID: &str = "cid6KeBBLoveMJOGXoYKF5x7EeiodoA==";
const PLUGIN: &str = "plg_7d2c91e4a0";
const MINUTES: &str = "mnt_4f8e21c0b7a95d36";
const NEXT: &str = "eyJvZmZzZXQiOjUwfQ==";
const CLIENT_TOKEN: &str = "7f3c2a90-5b1e-4d8a-9c61-0e2f4b7a8d13";

/// `/v1.0/calendar/users/{USER}/calendars/primary/events/{EVENT}` and what follows.
fn event_path(tail: &str) -> String {
    format!("/v1.0/calendar/users/{USER}/calendars/{CAL}/events/{EVENT}{tail}")
}

/// A part of a spec example read as the client's type.
macro_rules! from {
    ($value:expr) => {
        serde_json::from_value($value.clone()).unwrap()
    };
    ($value:expr => $type:ty) => {
        serde_json::from_value::<$type>($value.clone()).unwrap()
    };
}

/// The typed result, written back to JSON, is the spec's 200 example: no
/// field was dropped or renamed on the way in.
macro_rules! same_as_example {
    ($result:expr, $operation_id:expr) => {
        assert_eq!(
            serde_json::to_value(&$result).unwrap(),
            response_example($operation_id),
            "{}: the decoded answer",
            $operation_id
        )
    };
}

/// Sends one call to a server answering the spec's 200 example of
/// `operation_id` (or an empty 200 when the operation answers no body);
/// returns the request and the decoded result.
async fn exchange<T, E: std::fmt::Debug, Fut>(
    operation_id: &str,
    call: impl FnOnce(dingtalk::Client) -> Fut,
) -> (Request, T)
where
    Fut: Future<Output = Result<T, dingtalk::Error<E>>>,
{
    let example = response_example(operation_id);
    let answer = if example.is_null() {
        ResponseTemplate::new(200)
    } else {
        assert!(example.is_object(), "{operation_id} has no 200 example");
        ResponseTemplate::new(200).set_body_json(example)
    };
    let server = server(answer).await;
    let result = call(client(&server))
        .await
        .unwrap_or_else(|err| panic!("{operation_id}: {err}"));
    (only_request(&server).await, result)
}

/// Checks a request of `operation_id`: the spec's method, the path `path`,
/// exactly the query pairs `query` (naming every documented query
/// parameter), the common headers, and the body: the spec's request example
/// when the operation has one, none otherwise.
fn check(request: &Request, operation_id: &str, path: &str, query: &[(&str, &str)]) {
    let (template, spec_method, op) = operation(operation_id);
    assert_eq!(
        request.method.as_str(),
        spec_method,
        "{operation_id}: method"
    );
    assert_eq!(request.url.path(), path, "{operation_id}: path");
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

/// Checks that the request carried the idempotency key.
fn check_client_token(request: &Request) {
    assert_eq!(header(request, "x-client-token"), Some(CLIENT_TOKEN));
}

/// The operations the tests below call, to compare with the spec's.
const TESTED: &[&str] = &[
    "calendar_AddAttendee",
    "calendar_ListAttendees",
    "calendar_AddMeetingRooms",
    "calendar_CancelEvent",
    "calendar_CheckIn",
    "calendar_ConvertLegacyEventId",
    "calendar_CreateAcls",
    "calendar_ListAcls",
    "calendar_CreateEvent",
    "calendar_ListEvents",
    "calendar_CreateEventByMe",
    "calendar_CreateSubscribedCalendar",
    "calendar_DeleteAcl",
    "calendar_DeleteEvent",
    "calendar_GetEvent",
    "calendar_PatchEvent",
    "calendar_DeleteSubscribedCalendar",
    "calendar_GetSubscribedCalendar",
    "calendar_UpdateSubscribedCalendars",
    "calendar_GenerateCaldavAccount",
    "calendar_GetMeetingRoomsSchedule",
    "calendar_GetSchedule",
    "calendar_GetScheduleByMe",
    "calendar_GetSignInLink",
    "calendar_GetSignInList",
    "calendar_SignIn",
    "calendar_GetSignOutLink",
    "calendar_GetSignOutList",
    "calendar_SignOut",
    "calendar_ListAiMinutes",
    "calendar_ListCalendars",
    "calendar_ListCategories",
    "calendar_ListEventsInstances",
    "calendar_ListEventsView",
    "calendar_ListEventsViewByMe",
    "calendar_ListInstances",
    "calendar_ListOrgPlugins",
    "calendar_MeetingRoomRespond",
    "calendar_RemoveAttendee",
    "calendar_RemoveMeetingRooms",
    "calendar_RespondEvent",
    "calendar_SubscribeCalendar",
    "calendar_TransferEvent",
    "calendar_UnsubscribeCalendar",
    "calendar_UpdateOrgPluginSubscribers",
];

#[test]
fn every_calendar_operation_is_tested() {
    let spec: BTreeSet<String> = operation_ids()
        .into_iter()
        .filter(|id| operation(id).2["tags"][0] == "calendar_1_0")
        .collect();
    let tested: BTreeSet<String> = TESTED.iter().map(|id| id.to_string()).collect();
    assert_eq!(spec, tested);
}

// Events.

#[tokio::test]
async fn create_event() {
    let op = "calendar_CreateEvent";
    let body = request_example(op);
    let (request, event) = exchange(op, |c| async move {
        c.calendar_1_0()
            .create_event(CreateEventInput {
                user_id: USER,
                calendar_id: CAL,
                summary: "Weekly product review",
                start: from!(body["start"]),
                end: from!(body["end"]),
            })
            .description("Review the sprint's release notes and open issues.")
            .is_all_day(false)
            .recurrence(CalendarCreateEventRequestRecurrence {
                pattern: Some(from!(body["recurrence"]["pattern"])),
                range: Some(from!(body["recurrence"]["range"])),
            })
            .attendees(vec![
                CalendarCreateEventRequestAttendees {
                    id: Some(ATTENDEE.into()),
                    is_optional: Some(false),
                },
                CalendarCreateEventRequestAttendees {
                    id: Some(ATTENDEE2.into()),
                    is_optional: Some(true),
                },
            ])
            .location(CalendarCreateEventRequestLocation {
                display_name: Some("Room 3-201, Building A".into()),
            })
            .reminders(vec![CalendarCreateEventRequestReminders {
                method: Some("dingtalk".into()),
                minutes: Some(15),
            }])
            .online_meeting_info(CalendarCreateEventRequestOnlineMeetingInfo {
                r#type: Some("dingtalk".into()),
            })
            .extra([("noChatNotification".to_owned(), "false".to_owned())].into())
            .x_client_token(CLIENT_TOKEN)
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &format!("/v1.0/calendar/users/{USER}/calendars/{CAL}/events"),
        &[],
    );
    check_client_token(&request);
    assert_eq!(event.id.as_deref(), Some(EVENT));
    assert_eq!(event.start.time_zone.as_deref(), Some("Asia/Shanghai"));
    let attendees = event.attendees.as_deref().unwrap();
    assert_eq!(attendees[1].id.as_deref(), Some(ATTENDEE));
    assert_eq!(
        event
            .recurrence
            .as_ref()
            .unwrap()
            .range
            .as_ref()
            .unwrap()
            .number_of_occurrences,
        Some(10)
    );
    same_as_example!(event, op);
}

#[tokio::test]
async fn create_event_by_me() {
    let op = "calendar_CreateEventByMe";
    let body = request_example(op);
    let (request, event) = exchange(op, |c| async move {
        c.calendar_1_0()
            .create_event_by_me(CreateEventByMeInput {
                calendar_id: CAL,
                summary: "One-to-one with Zhang Min",
                start: from!(body["start"]),
            })
            .end(from!(body["end"] => CalendarCreateEventByMeRequestEnd))
            .is_all_day(false)
            .attendees(vec![CalendarCreateEventByMeRequestAttendees {
                id: Some(ATTENDEE.into()),
                is_optional: Some(false),
            }])
            .reminders(vec![CalendarCreateEventByMeRequestReminders {
                method: Some("dingtalk".into()),
                minutes: Some(10),
            }])
            .x_client_token(CLIENT_TOKEN)
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &format!("/v1.0/calendar/me/calendars/{CAL}/events"),
        &[],
    );
    check_client_token(&request);
    assert_eq!(event.id.as_deref(), Some(EVENT));
    assert_eq!(
        event.reminders.as_deref().unwrap()[0].minutes.as_deref(),
        Some("10")
    );
    same_as_example!(event, op);
}

#[tokio::test]
async fn get_event() {
    let op = "calendar_GetEvent";
    let (request, event) = exchange(op, |c| async move {
        c.calendar_1_0()
            .get_event(GetEventInput {
                user_id: USER,
                calendar_id: CAL,
                event_id: EVENT,
            })
            .max_attendees(100)
            .send()
            .await
    })
    .await;
    check(&request, op, &event_path(""), &[("maxAttendees", "100")]);
    assert_eq!(event.status, "confirmed");
    assert_eq!(
        event.meeting_rooms.as_deref().unwrap()[0]
            .room_id
            .as_deref(),
        Some(ROOM)
    );
    assert_eq!(
        event
            .extended_properties
            .as_ref()
            .unwrap()
            .shared_properties
            .as_ref()
            .unwrap()
            .belong_corp_id
            .as_deref(),
        Some(CORP)
    );
    same_as_example!(event, op);
}

#[tokio::test]
async fn patch_event() {
    let op = "calendar_PatchEvent";
    let body = request_example(op);
    let (request, event) = exchange(op, |c| async move {
        c.calendar_1_0()
            .patch_event(PatchEventInput {
                user_id: USER,
                calendar_id: CAL,
                event_id: EVENT,
                id: EVENT,
            })
            .summary("Weekly product review (moved)")
            .start(from!(body["start"] => CalendarPatchEventRequestStart))
            .end(from!(body["end"] => CalendarPatchEventRequestEnd))
            .location(CalendarPatchEventRequestLocation {
                display_name: Some("Room 5-101, Building B".into()),
            })
            .x_client_token(CLIENT_TOKEN)
            .send()
            .await
    })
    .await;
    check(&request, op, &event_path(""), &[]);
    check_client_token(&request);
    assert_eq!(
        event.summary.as_deref(),
        Some("Weekly product review (moved)")
    );
    assert_eq!(
        event.start.date_time.as_deref(),
        Some("2024-07-22T14:00:00+08:00")
    );
    same_as_example!(event, op);
}

#[tokio::test]
async fn cancel_event() {
    let op = "calendar_CancelEvent";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .cancel_event(CancelEventInput {
                user_id: USER,
                calendar_id: CAL,
                event_id: EVENT,
            })
            .scope("all")
            .x_client_token(CLIENT_TOKEN)
            .send()
            .await
    })
    .await;
    check(&request, op, &event_path("/cancel"), &[("scope", "all")]);
    check_client_token(&request);
    assert_eq!(answer.result, Some(true));
    same_as_example!(answer, op);
}

#[tokio::test]
async fn delete_event() {
    let op = "calendar_DeleteEvent";
    let (request, ()) = exchange(op, |c| async move {
        c.calendar_1_0()
            .delete_event(DeleteEventInput {
                user_id: USER,
                calendar_id: CAL,
                event_id: EVENT,
            })
            .push_notification(true)
            .x_client_token(CLIENT_TOKEN)
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &event_path(""),
        &[("pushNotification", "true")],
    );
    check_client_token(&request);
}

#[tokio::test]
async fn transfer_event() {
    let op = "calendar_TransferEvent";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .transfer_event(TransferEventInput {
                user_id: USER,
                calendar_id: CAL,
                event_id: EVENT,
                new_organizer_id: ATTENDEE,
            })
            .is_exit_calendar(false)
            .need_notify_via_o2o(true)
            .x_client_token(CLIENT_TOKEN)
            .send()
            .await
    })
    .await;
    check(&request, op, &event_path("/transfer"), &[]);
    check_client_token(&request);
    assert_eq!(answer.result, Some(true));
    same_as_example!(answer, op);
}

#[tokio::test]
async fn respond_event() {
    let op = "calendar_RespondEvent";
    let (request, ()) = exchange(op, |c| async move {
        c.calendar_1_0()
            .respond_event(RespondEventInput {
                user_id: USER,
                calendar_id: CAL,
                event_id: EVENT,
                response_status: "accepted",
            })
            .x_client_token(CLIENT_TOKEN)
            .send()
            .await
    })
    .await;
    check(&request, op, &event_path("/respond"), &[]);
    check_client_token(&request);
}

#[tokio::test]
async fn convert_legacy_event_id() {
    let op = "calendar_ConvertLegacyEventId";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .convert_legacy_event_id(ConvertLegacyEventIdInput {
                user_id: USER,
                legacy_event_ids: vec!["f7d1a2b0c9e84a56b3c1d0e2f4a6b8c0".into()],
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &format!("/v1.0/calendar/users/{USER}/legacyEventIds/convert"),
        &[],
    );
    let map = answer.legacy_event_id_map.as_ref().unwrap();
    assert_eq!(map["f7d1a2b0c9e84a56b3c1d0e2f4a6b8c0"], json!(EVENT));
    same_as_example!(answer, op);
}

// Listings of events.

#[tokio::test]
async fn list_events() {
    let op = "calendar_ListEvents";
    let (request, page) = exchange(op, |c| async move {
        c.calendar_1_0()
            .list_events(ListEventsInput {
                user_id: USER,
                calendar_id: CAL,
            })
            .time_min("2024-07-22T00:00:00+08:00")
            .time_max("2024-07-29T00:00:00+08:00")
            .max_results(50)
            .max_attendees(20)
            .next_token("eyJvZmZzZXQiOjB9")
            .series_master_id(SERIES)
            .show_deleted(false)
            .sync_token("eyJzeW5jVGltZSI6MTcyMTYxMjgwMDAwMH0=")
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &format!("/v1.0/calendar/users/{USER}/calendars/{CAL}/events"),
        &[
            ("timeMin", "2024-07-22T00:00:00+08:00"),
            ("timeMax", "2024-07-29T00:00:00+08:00"),
            ("maxResults", "50"),
            ("maxAttendees", "20"),
            ("nextToken", "eyJvZmZzZXQiOjB9"),
            ("seriesMasterId", SERIES),
            ("showDeleted", "false"),
            ("syncToken", "eyJzeW5jVGltZSI6MTcyMTYxMjgwMDAwMH0="),
        ],
    );
    assert_eq!(page.next_token.as_deref(), Some(NEXT));
    let events = page.events.as_deref().unwrap();
    assert_eq!(events[0].id.as_deref(), Some(EVENT));
    assert_eq!(
        events[0]
            .origin_start
            .as_ref()
            .unwrap()
            .date_time
            .as_deref(),
        Some("2024-07-22T10:00:00+08:00")
    );
    same_as_example!(page, op);
}

#[tokio::test]
async fn list_events_view() {
    let op = "calendar_ListEventsView";
    let (request, page) = exchange(op, |c| async move {
        c.calendar_1_0()
            .list_events_view(ListEventsViewInput {
                user_id: USER,
                calendar_id: CAL,
            })
            .time_min("2024-07-22T00:00:00+08:00")
            .time_max("2024-07-29T00:00:00+08:00")
            .max_results(50)
            .max_attendees(20)
            .next_token("eyJvZmZzZXQiOjB9")
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &format!("/v1.0/calendar/users/{USER}/calendars/{CAL}/eventsview"),
        &[
            ("timeMin", "2024-07-22T00:00:00+08:00"),
            ("timeMax", "2024-07-29T00:00:00+08:00"),
            ("maxResults", "50"),
            ("maxAttendees", "20"),
            ("nextToken", "eyJvZmZzZXQiOjB9"),
        ],
    );
    let event = &page.events.as_deref().unwrap()[0];
    let private = event
        .extended_properties
        .as_ref()
        .unwrap()
        .private_properties
        .as_ref()
        .unwrap();
    assert!(private
        .dingtalk_detail_url
        .as_deref()
        .unwrap()
        .ends_with(EVENT));
    same_as_example!(page, op);
}

#[tokio::test]
async fn list_events_view_by_me() {
    let op = "calendar_ListEventsViewByMe";
    let (request, page) = exchange(op, |c| async move {
        c.calendar_1_0()
            .list_events_view_by_me(CAL)
            .time_min("2024-07-22T00:00:00+08:00")
            .time_max("2024-07-29T00:00:00+08:00")
            .max_results(50)
            .max_attendees(20)
            .next_token("eyJvZmZzZXQiOjB9")
            .x_client_token(CLIENT_TOKEN)
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &format!("/v1.0/calendar/me/calendars/{CAL}/eventsview"),
        &[
            ("timeMin", "2024-07-22T00:00:00+08:00"),
            ("timeMax", "2024-07-29T00:00:00+08:00"),
            ("maxResults", "50"),
            ("maxAttendees", "20"),
            ("nextToken", "eyJvZmZzZXQiOjB9"),
        ],
    );
    check_client_token(&request);
    assert_eq!(
        page.events.as_deref().unwrap()[0].status.as_deref(),
        Some("confirmed")
    );
    same_as_example!(page, op);
}

#[tokio::test]
async fn list_instances() {
    let op = "calendar_ListInstances";
    let (request, page) = exchange(op, |c| async move {
        c.calendar_1_0()
            .list_instances(ListInstancesInput {
                user_id: USER,
                calendar_id: CAL,
                event_id: EVENT,
            })
            .time_min("2024-07-01T00:00:00+08:00")
            .time_max("2024-09-30T00:00:00+08:00")
            .max_results(20)
            .max_attendees(20)
            .next_token("eyJvZmZzZXQiOjB9")
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &event_path("/instances"),
        &[
            ("timeMin", "2024-07-01T00:00:00+08:00"),
            ("timeMax", "2024-09-30T00:00:00+08:00"),
            ("maxResults", "20"),
            ("maxAttendees", "20"),
            ("nextToken", "eyJvZmZzZXQiOjB9"),
        ],
    );
    let instance = &page.events.as_deref().unwrap()[0];
    assert_eq!(instance.id.as_deref(), Some(INSTANCE));
    assert_eq!(instance.series_master_id.as_deref(), Some(SERIES));
    same_as_example!(page, op);
}

#[tokio::test]
async fn list_events_instances() {
    let op = "calendar_ListEventsInstances";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .list_events_instances(ListEventsInstancesInput {
                user_id: USER,
                calendar_id: CAL,
                series_master_id: SERIES,
            })
            .max_results(20)
            .max_attendees(50)
            .start_recurrence_id(INSTANCE)
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &format!("/v1.0/calendar/users/{USER}/calendars/{CAL}/instances"),
        &[
            ("seriesMasterId", SERIES),
            ("maxResults", "20"),
            ("maxAttendees", "50"),
            ("startRecurrenceId", INSTANCE),
        ],
    );
    let instance = &answer.events.as_deref().unwrap()[0];
    assert_eq!(instance.series_master_id.as_deref(), Some(SERIES));
    same_as_example!(answer, op);
}

// Attendees and meeting rooms.

#[tokio::test]
async fn add_attendee() {
    let op = "calendar_AddAttendee";
    let (request, ()) = exchange(op, |c| async move {
        c.calendar_1_0()
            .add_attendee(AddAttendeeInput {
                user_id: USER,
                calendar_id: CAL,
                event_id: EVENT,
                attendees_to_add: vec![
                    CalendarAddAttendeeRequestAttendeesToAdd {
                        id: Some(ATTENDEE.into()),
                        is_optional: Some(false),
                    },
                    CalendarAddAttendeeRequestAttendeesToAdd {
                        id: Some(ATTENDEE2.into()),
                        is_optional: Some(true),
                    },
                ],
            })
            .chat_notification(true)
            .push_notification(false)
            .x_client_token(CLIENT_TOKEN)
            .send()
            .await
    })
    .await;
    check(&request, op, &event_path("/attendees"), &[]);
    check_client_token(&request);
}

#[tokio::test]
async fn list_attendees() {
    let op = "calendar_ListAttendees";
    let (request, page) = exchange(op, |c| async move {
        c.calendar_1_0()
            .list_attendees(ListAttendeesInput {
                user_id: USER,
                calendar_id: CAL,
                event_id: EVENT,
            })
            .max_results(100)
            .next_token("eyJvZmZzZXQiOjB9")
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &event_path("/attendees"),
        &[("maxResults", "100"), ("nextToken", "eyJvZmZzZXQiOjB9")],
    );
    let attendees = page.attendees.as_deref().unwrap();
    assert_eq!(attendees.len(), 3);
    assert_eq!(attendees[2].response_status.as_deref(), Some("tentative"));
    assert_eq!(page.next_token.as_deref(), Some(NEXT));
    same_as_example!(page, op);
}

#[tokio::test]
async fn remove_attendee() {
    let op = "calendar_RemoveAttendee";
    let (request, ()) = exchange(op, |c| async move {
        c.calendar_1_0()
            .remove_attendee(RemoveAttendeeInput {
                user_id: USER,
                calendar_id: CAL,
                event_id: EVENT,
            })
            .attendees_to_remove(vec![CalendarRemoveAttendeeRequestAttendeesToRemove {
                id: Some(ATTENDEE2.into()),
            }])
            .x_client_token(CLIENT_TOKEN)
            .send()
            .await
    })
    .await;
    check(&request, op, &event_path("/attendees/batchRemove"), &[]);
    check_client_token(&request);
}

#[tokio::test]
async fn add_meeting_rooms() {
    let op = "calendar_AddMeetingRooms";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .add_meeting_rooms(AddMeetingRoomsInput {
                user_id: USER,
                calendar_id: CAL,
                event_id: EVENT,
                meeting_rooms_to_add: vec![CalendarAddMeetingRoomsRequestMeetingRoomsToAdd {
                    room_id: Some(ROOM.into()),
                }],
            })
            .x_client_token(CLIENT_TOKEN)
            .send()
            .await
    })
    .await;
    check(&request, op, &event_path("/meetingRooms"), &[]);
    check_client_token(&request);
    assert_eq!(answer.result, Some(true));
    same_as_example!(answer, op);
}

#[tokio::test]
async fn remove_meeting_rooms() {
    let op = "calendar_RemoveMeetingRooms";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .remove_meeting_rooms(RemoveMeetingRoomsInput {
                user_id: USER,
                calendar_id: CAL,
                event_id: EVENT,
            })
            .meeting_rooms_to_remove(vec![
                CalendarRemoveMeetingRoomsRequestMeetingRoomsToRemove {
                    room_id: Some(ROOM.into()),
                },
            ])
            .x_client_token(CLIENT_TOKEN)
            .send()
            .await
    })
    .await;
    check(&request, op, &event_path("/meetingRooms/batchRemove"), &[]);
    check_client_token(&request);
    assert_eq!(answer.result, Some(true));
    same_as_example!(answer, op);
}

#[tokio::test]
async fn meeting_room_respond() {
    let op = "calendar_MeetingRoomRespond";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .meeting_room_respond(MeetingRoomRespondInput {
                user_id: USER,
                calendar_id: CAL,
                event_id: EVENT,
                room_id: ROOM,
            })
            .response_status("accepted")
            .x_client_token(CLIENT_TOKEN)
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &event_path(&format!("/meetingRooms/{ROOM}/respond")),
        &[],
    );
    check_client_token(&request);
    assert_eq!(answer.result, Some(true));
    same_as_example!(answer, op);
}

// Check-in and check-out.

#[tokio::test]
async fn check_in_and_sign_in() {
    let op = "calendar_CheckIn";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .check_in(CheckInInput {
                user_id: ATTENDEE,
                calendar_id: CAL,
                event_id: EVENT,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &format!("/v1.0/calendar/users/{ATTENDEE}/calendars/{CAL}/events/{EVENT}/checkIn"),
        &[],
    );
    assert_eq!(answer.check_in_time, Some(1_721_613_720_000));
    same_as_example!(answer, op);

    let op = "calendar_SignIn";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .sign_in(SignInInput {
                user_id: ATTENDEE,
                calendar_id: CAL,
                event_id: EVENT,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &format!("/v1.0/calendar/users/{ATTENDEE}/calendars/{CAL}/events/{EVENT}/signin"),
        &[],
    );
    assert_eq!(answer.check_in_time, Some(1_721_613_720_000));
    same_as_example!(answer, op);
}

#[tokio::test]
async fn sign_out() {
    let op = "calendar_SignOut";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .sign_out(SignOutInput {
                user_id: ATTENDEE,
                calendar_id: CAL,
                event_id: EVENT,
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &format!("/v1.0/calendar/users/{ATTENDEE}/calendars/{CAL}/events/{EVENT}/signOut"),
        &[],
    );
    assert_eq!(answer.check_out_time, Some(1_721_617_260_000));
    same_as_example!(answer, op);
}

#[tokio::test]
async fn sign_in_and_out_links() {
    let op = "calendar_GetSignInLink";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .get_sign_in_link(GetSignInLinkInput {
                user_id: USER,
                calendar_id: CAL,
                event_id: EVENT,
            })
            .send()
            .await
    })
    .await;
    check(&request, op, &event_path("/signInLinks"), &[]);
    assert!(answer
        .sign_in_link
        .as_deref()
        .unwrap()
        .starts_with("https://"));
    same_as_example!(answer, op);

    let op = "calendar_GetSignOutLink";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .get_sign_out_link(GetSignOutLinkInput {
                user_id: USER,
                calendar_id: CAL,
                event_id: EVENT,
            })
            .send()
            .await
    })
    .await;
    check(&request, op, &event_path("/signOutLinks"), &[]);
    assert!(answer
        .sign_out_link
        .as_deref()
        .unwrap()
        .starts_with("https://"));
    same_as_example!(answer, op);
}

#[tokio::test]
async fn sign_in_and_out_lists() {
    let op = "calendar_GetSignInList";
    let (request, page) = exchange(op, |c| async move {
        c.calendar_1_0()
            .get_sign_in_list(GetSignInListInput {
                user_id: USER,
                calendar_id: CAL,
                event_id: EVENT,
                max_results: 100,
                r#type: "sign_in",
            })
            .next_token("eyJvZmZzZXQiOjB9")
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &event_path("/signin"),
        &[
            ("maxResults", "100"),
            ("type", "sign_in"),
            ("nextToken", "eyJvZmZzZXQiOjB9"),
        ],
    );
    let users = page.users.as_deref().unwrap();
    assert_eq!(users[0].user_id.as_deref(), Some(ATTENDEE));
    assert_eq!(users[0].check_in_time, Some(1_721_613_720_000));
    same_as_example!(page, op);

    let op = "calendar_GetSignOutList";
    let (request, page) = exchange(op, |c| async move {
        c.calendar_1_0()
            .get_sign_out_list(GetSignOutListInput {
                user_id: USER,
                calendar_id: CAL,
                event_id: EVENT,
                max_results: 100,
                r#type: "sign_out",
            })
            .next_token("eyJvZmZzZXQiOjB9")
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &event_path("/signOut"),
        &[
            ("maxResults", "100"),
            ("type", "sign_out"),
            ("nextToken", "eyJvZmZzZXQiOjB9"),
        ],
    );
    let users = page.users.as_deref().unwrap();
    assert_eq!(users[0].check_out_time, Some(1_721_617_260_000));
    same_as_example!(page, op);
}

#[tokio::test]
async fn list_ai_minutes() {
    let op = "calendar_ListAiMinutes";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .list_ai_minutes(ListAiMinutesInput {
                user_id: USER,
                calendar_id: CAL,
                event_id: EVENT,
            })
            .fetch_all(true)
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &event_path("/minutes"),
        &[("fetchAll", "true")],
    );
    let minutes = answer.minutes.as_deref().unwrap();
    assert_eq!(minutes[0].minutes_id.as_deref(), Some(MINUTES));
    same_as_example!(answer, op);
}

// Free/busy times.

#[tokio::test]
async fn get_schedule() {
    let op = "calendar_GetSchedule";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .get_schedule(GetScheduleInput {
                user_id: USER,
                user_ids: vec![ATTENDEE.into(), ATTENDEE2.into()],
                start_time: "2024-07-22T00:00:00+08:00",
                end_time: "2024-07-24T00:00:00+08:00",
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &format!("/v1.0/calendar/users/{USER}/querySchedule"),
        &[],
    );
    let info = answer.schedule_information.as_deref().unwrap();
    assert_eq!(info[1].user_id.as_deref(), Some(ATTENDEE2));
    let item = &info[1].schedule_items.as_deref().unwrap()[0];
    assert_eq!(
        item.start.as_ref().unwrap().date.as_deref(),
        Some("2024-07-23")
    );
    same_as_example!(answer, op);
}

#[tokio::test]
async fn get_schedule_by_me() {
    let op = "calendar_GetScheduleByMe";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .get_schedule_by_me(GetScheduleByMeInput {
                user_ids: vec![ATTENDEE.into(), ATTENDEE2.into()],
                start_time: "2024-07-22T00:00:00+08:00",
                end_time: "2024-07-24T00:00:00+08:00",
            })
            .x_client_token(CLIENT_TOKEN)
            .send()
            .await
    })
    .await;
    check(&request, op, "/v1.0/calendar/me/schedules/query", &[]);
    check_client_token(&request);
    let info = answer.schedule_information.as_deref().unwrap();
    assert_eq!(
        info[0].schedule_items.as_deref().unwrap()[0]
            .status
            .as_deref(),
        Some("BUSY")
    );
    same_as_example!(answer, op);
}

#[tokio::test]
async fn get_meeting_rooms_schedule() {
    let op = "calendar_GetMeetingRoomsSchedule";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .get_meeting_rooms_schedule(GetMeetingRoomsScheduleInput {
                user_id: USER,
                room_ids: vec![ROOM.into(), ROOM2.into()],
                start_time: "2024-07-22T09:00:00+08:00",
                end_time: "2024-07-22T18:00:00+08:00",
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &format!("/v1.0/calendar/users/{USER}/meetingRooms/schedules/query"),
        &[],
    );
    let info = answer.schedule_information.as_deref().unwrap();
    assert_eq!(info[0].room_id.as_deref(), Some(ROOM));
    let booking = &info[0].schedule_items.as_deref().unwrap()[0];
    assert_eq!(booking.event_id.as_deref(), Some(EVENT));
    assert_eq!(
        booking.organizer.as_ref().unwrap().id.as_deref(),
        Some(USER)
    );
    assert_eq!(info[1].schedule_items.as_deref(), Some(&[][..]));
    same_as_example!(answer, op);
}

// Calendars and their access rules.

#[tokio::test]
async fn list_calendars() {
    let op = "calendar_ListCalendars";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0().list_calendars(USER).send().await
    })
    .await;
    check(
        &request,
        op,
        &format!("/v1.0/calendar/users/{USER}/calendars"),
        &[],
    );
    let calendars = &answer.response.as_ref().unwrap().calendars;
    assert_eq!(calendars[0].id, CAL);
    assert_eq!(calendars[1].r#type, "subscribed");
    same_as_example!(answer, op);
}

#[tokio::test]
async fn create_list_and_delete_acls() {
    let op = "calendar_CreateAcls";
    let (request, acl) = exchange(op, |c| async move {
        c.calendar_1_0()
            .create_acls(CreateAclsInput {
                user_id: USER,
                calendar_id: CAL,
                privilege: "reader",
                scope: CalendarCreateAclsRequestScope {
                    scope_type: "user".into(),
                    user_id: ATTENDEE.into(),
                },
                send_msg: true,
            })
            .send()
            .await
    })
    .await;
    let acls = format!("/v1.0/calendar/users/{USER}/calendars/{CAL}/acls");
    check(&request, op, &acls, &[]);
    assert_eq!(acl.acl_id.as_deref(), Some(ACL));
    same_as_example!(acl, op);

    let op = "calendar_ListAcls";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .list_acls(ListAclsInput {
                user_id: USER,
                calendar_id: CAL,
            })
            .send()
            .await
    })
    .await;
    check(&request, op, &acls, &[]);
    let list = answer.acls.as_deref().unwrap();
    assert_eq!(
        list[1].scope.as_ref().unwrap().user_id.as_deref(),
        Some(ATTENDEE2)
    );
    same_as_example!(answer, op);

    let op = "calendar_DeleteAcl";
    let (request, ()) = exchange(op, |c| async move {
        c.calendar_1_0()
            .delete_acl(DeleteAclInput {
                user_id: USER,
                calendar_id: CAL,
                acl_id: ACL,
            })
            .send()
            .await
    })
    .await;
    check(&request, op, &format!("{acls}/{ACL}"), &[]);
}

// Subscribable calendars.

#[tokio::test]
async fn subscribed_calendars() {
    let op = "calendar_CreateSubscribedCalendar";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .create_subscribed_calendar(CreateSubscribedCalendarInput {
                user_id: USER,
                name: "Release calendar",
                subscribe_scope: CalendarCreateSubscribedCalendarRequestSubscribeScope {
                    union_ids: Some(vec![ATTENDEE2.into()]),
                    open_conversation_ids: Some(vec![CID.into()]),
                    corp_ids: Some(vec![CORP.into()]),
                },
            })
            .description("Release dates of the product team.")
            .managers(vec![ATTENDEE.into()])
            .send()
            .await
    })
    .await;
    let base = format!("/v1.0/calendar/users/{USER}/subscribedCalendars");
    check(&request, op, &base, &[]);
    assert_eq!(answer.calendar_id.as_deref(), Some(SUB_CAL));
    same_as_example!(answer, op);

    let op = "calendar_GetSubscribedCalendar";
    let (request, calendar) = exchange(op, |c| async move {
        c.calendar_1_0()
            .get_subscribed_calendar(GetSubscribedCalendarInput {
                user_id: USER,
                calendar_id: SUB_CAL,
            })
            .send()
            .await
    })
    .await;
    check(&request, op, &format!("{base}/{SUB_CAL}"), &[]);
    assert_eq!(calendar.author.as_deref(), Some(USER));
    let scope = calendar.subscribe_scope.as_ref().unwrap();
    assert_eq!(scope.corp_ids.as_deref(), Some(&[CORP.to_owned()][..]));
    same_as_example!(calendar, op);

    let op = "calendar_UpdateSubscribedCalendars";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .update_subscribed_calendars(UpdateSubscribedCalendarsInput {
                user_id: USER,
                calendar_id: SUB_CAL,
            })
            .name("Release calendar 2024")
            .managers(vec![ATTENDEE.into(), ATTENDEE2.into()])
            .subscribe_scope(CalendarUpdateSubscribedCalendarsRequestSubscribeScope {
                open_conversation_ids: Some(vec![CID.into()]),
                ..Default::default()
            })
            .send()
            .await
    })
    .await;
    check(&request, op, &format!("{base}/{SUB_CAL}"), &[]);
    assert_eq!(answer.result, Some(true));
    same_as_example!(answer, op);

    let op = "calendar_DeleteSubscribedCalendar";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .delete_subscribed_calendar(DeleteSubscribedCalendarInput {
                user_id: USER,
                calendar_id: SUB_CAL,
            })
            .send()
            .await
    })
    .await;
    check(&request, op, &format!("{base}/{SUB_CAL}"), &[]);
    assert_eq!(answer.result, Some(true));
    same_as_example!(answer, op);
}

#[tokio::test]
async fn subscribe_and_unsubscribe() {
    let op = "calendar_SubscribeCalendar";
    let (request, ()) = exchange(op, |c| async move {
        c.calendar_1_0()
            .subscribe_calendar(SubscribeCalendarInput {
                user_id: ATTENDEE2,
                calendar_id: SUB_CAL,
            })
            .send()
            .await
    })
    .await;
    let base = format!("/v1.0/calendar/users/{ATTENDEE2}/calendars/{SUB_CAL}");
    check(&request, op, &format!("{base}/subscribe"), &[]);

    let op = "calendar_UnsubscribeCalendar";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .unsubscribe_calendar(UnsubscribeCalendarInput {
                user_id: ATTENDEE2,
                calendar_id: SUB_CAL,
            })
            .send()
            .await
    })
    .await;
    check(&request, op, &format!("{base}/unsubscribe"), &[]);
    assert_eq!(answer.result, Some(true));
    same_as_example!(answer, op);
}

// CalDAV, categories and plug-ins.

#[tokio::test]
async fn generate_caldav_account() {
    let op = "calendar_GenerateCaldavAccount";
    let (request, account) = exchange(op, |c| async move {
        c.calendar_1_0()
            .generate_caldav_account(GenerateCaldavAccountInput {
                user_id: USER,
                device: "macOS Calendar",
            })
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &format!("/v1.0/calendar/users/{USER}/caldavAccounts"),
        &[],
    );
    assert_eq!(account.username.as_deref(), Some("u_5c1f8e2a9b"));
    assert!(account
        .server_address
        .as_deref()
        .unwrap()
        .starts_with("https://"));
    same_as_example!(account, op);
}

#[tokio::test]
async fn list_categories() {
    let op = "calendar_ListCategories";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .list_categories()
            .x_client_token(CLIENT_TOKEN)
            .send()
            .await
    })
    .await;
    check(&request, op, "/v1.0/calendar/categories", &[]);
    check_client_token(&request);
    let categories = answer.categories.as_deref().unwrap();
    assert_eq!(categories[1].display_name.as_deref(), Some("Interview"));
    same_as_example!(answer, op);
}

#[tokio::test]
async fn org_plugins() {
    let op = "calendar_ListOrgPlugins";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0().list_org_plugins().send().await
    })
    .await;
    check(&request, op, "/v1.0/calendar/plugins", &[]);
    let plugin = &answer.plugins.as_deref().unwrap()[0];
    assert_eq!(plugin.plugin_id.as_deref(), Some(PLUGIN));
    let subscribers = plugin.subscribers.as_ref().unwrap();
    assert_eq!(
        subscribers.union_ids.as_deref(),
        Some(&[ATTENDEE.to_owned()][..])
    );
    same_as_example!(answer, op);

    let op = "calendar_UpdateOrgPluginSubscribers";
    let (request, answer) = exchange(op, |c| async move {
        c.calendar_1_0()
            .update_org_plugin_subscribers(PLUGIN)
            .dept_ids(vec!["5802913".into()])
            .union_ids(vec![ATTENDEE.into(), ATTENDEE2.into()])
            .send()
            .await
    })
    .await;
    check(
        &request,
        op,
        &format!("/v1.0/calendar/plugins/{PLUGIN}/subscribers"),
        &[],
    );
    assert_eq!(answer.result, Some(true));
    same_as_example!(answer, op);
}

// The documented error code.

/// A server answering with the error example `name` of `operation_id`.
async fn failing(operation_id: &str, name: &str) -> MockServer {
    let example = error_examples(operation_id)
        .into_iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("{operation_id} documents no {name}"));
    server(ResponseTemplate::new(example.status).set_body_json(example.body)).await
}

#[tokio::test]
async fn a_user_outside_the_scope_is_refused() {
    let server = failing("calendar_SubscribeCalendar", "permissionDenied").await;
    let error = client(&server)
        .calendar_1_0()
        .subscribe_calendar(SubscribeCalendarInput {
            user_id: ATTENDEE2,
            calendar_id: SUB_CAL,
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::PermissionDenied));
    let api = error.as_api().unwrap();
    assert_eq!(api.status.as_u16(), 400);
    assert_eq!(
        api.message.as_deref(),
        Some("The user is not within the subscription scope")
    );

    let server = failing("calendar_UnsubscribeCalendar", "permissionDenied").await;
    let error = client(&server)
        .calendar_1_0()
        .unsubscribe_calendar(UnsubscribeCalendarInput {
            user_id: ATTENDEE2,
            calendar_id: SUB_CAL,
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::PermissionDenied));
    assert_eq!(error.as_api().unwrap().status.as_u16(), 400);
}

// Listings followed page by page.

/// A server answering `GET path` with `first` while no `nextToken` is sent,
/// then with `second` for the cursor `page-2`.
async fn two_pages(path_: &str, first: Value, second: Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(path_))
        .and(query_param("nextToken", "page-2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(second))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(path_))
        .and(query_param_is_missing("nextToken"))
        .respond_with(ResponseTemplate::new(200).set_body_json(first))
        .mount(&server)
        .await;
    server
}

/// The cursors the server was sent, request by request.
async fn cursors_sent(server: &MockServer) -> Vec<Option<String>> {
    server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|request| {
            common::query(request)
                .into_iter()
                .find(|(k, _)| k == "nextToken")
                .map(|(_, v)| v)
        })
        .collect()
}

#[tokio::test]
async fn events_are_followed_across_pages() {
    let path_ = format!("/v1.0/calendar/users/{USER}/calendars/{CAL}/events");
    let server = two_pages(
        &path_,
        json!({"events": [{"id": "e1"}, {"id": "e2"}], "nextToken": "page-2"}),
        json!({"events": [{"id": "e3", "recurrenceId": "20240729T020000Z"}], "syncToken": "sync-1"}),
    )
    .await;
    let events: Vec<CalendarListEventsResponseBodyEvents> = client(&server)
        .calendar_1_0()
        .list_events(ListEventsInput {
            user_id: USER,
            calendar_id: CAL,
        })
        .max_results(2)
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<Option<&str>> = events.iter().map(|event| event.id.as_deref()).collect();
    assert_eq!(ids, [Some("e1"), Some("e2"), Some("e3")]);
    // The reference's `recurrenceId`, which the SDK does not read, is kept.
    assert_eq!(events[2].recurrence_id.as_deref(), Some("20240729T020000Z"));
    assert_eq!(cursors_sent(&server).await, [None, Some("page-2".into())]);
}

#[tokio::test]
async fn events_views_are_followed_across_pages() {
    let path_ = format!("/v1.0/calendar/users/{USER}/calendars/{CAL}/eventsview");
    let server = two_pages(
        &path_,
        json!({"events": [{"id": "e1"}], "nextToken": "page-2"}),
        json!({"events": [{"id": "e2"}]}),
    )
    .await;
    let ids: Vec<Option<String>> = client(&server)
        .calendar_1_0()
        .list_events_view(ListEventsViewInput {
            user_id: USER,
            calendar_id: CAL,
        })
        .items()
        .map_ok(|event| event.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [Some("e1".into()), Some("e2".into())]);
    assert_eq!(cursors_sent(&server).await, [None, Some("page-2".into())]);

    let path_ = format!("/v1.0/calendar/me/calendars/{CAL}/eventsview");
    let server = two_pages(
        &path_,
        json!({"events": [{"id": "m1"}], "nextToken": "page-2"}),
        json!({"events": [{"id": "m2"}]}),
    )
    .await;
    let ids: Vec<Option<String>> = client(&server)
        .calendar_1_0()
        .list_events_view_by_me(CAL)
        .items()
        .map_ok(|event| event.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [Some("m1".into()), Some("m2".into())]);
    assert_eq!(cursors_sent(&server).await, [None, Some("page-2".into())]);
}

#[tokio::test]
async fn instances_are_followed_across_pages() {
    let server = two_pages(
        &event_path("/instances"),
        json!({"events": [{"id": "i1"}], "nextToken": "page-2"}),
        json!({"events": [{"id": "i2"}]}),
    )
    .await;
    let ids: Vec<Option<String>> = client(&server)
        .calendar_1_0()
        .list_instances(ListInstancesInput {
            user_id: USER,
            calendar_id: CAL,
            event_id: EVENT,
        })
        .items()
        .map_ok(|event| event.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [Some("i1".into()), Some("i2".into())]);
    assert_eq!(cursors_sent(&server).await, [None, Some("page-2".into())]);
}

#[tokio::test]
async fn attendees_are_followed_across_pages() {
    let server = two_pages(
        &event_path("/attendees"),
        json!({"attendees": [{"id": ATTENDEE}], "nextToken": "page-2"}),
        json!({"attendees": [{"id": ATTENDEE2}]}),
    )
    .await;
    let ids: Vec<Option<String>> = client(&server)
        .calendar_1_0()
        .list_attendees(ListAttendeesInput {
            user_id: USER,
            calendar_id: CAL,
            event_id: EVENT,
        })
        .items()
        .map_ok(|attendee| attendee.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [Some(ATTENDEE.into()), Some(ATTENDEE2.into())]);
    assert_eq!(cursors_sent(&server).await, [None, Some("page-2".into())]);
}

#[tokio::test]
async fn check_ins_and_outs_are_followed_across_pages() {
    let server = two_pages(
        &event_path("/signin"),
        json!({"users": [{"userId": ATTENDEE}], "nextToken": "page-2"}),
        json!({"users": [{"userId": ATTENDEE2}]}),
    )
    .await;
    let ids: Vec<Option<String>> = client(&server)
        .calendar_1_0()
        .get_sign_in_list(GetSignInListInput {
            user_id: USER,
            calendar_id: CAL,
            event_id: EVENT,
            max_results: 1,
            r#type: "sign_in",
        })
        .items()
        .map_ok(|user| user.user_id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [Some(ATTENDEE.into()), Some(ATTENDEE2.into())]);
    assert_eq!(cursors_sent(&server).await, [None, Some("page-2".into())]);

    let server = two_pages(
        &event_path("/signOut"),
        json!({"users": [{"userId": ATTENDEE}], "nextToken": "page-2"}),
        json!({"users": [{"userId": ATTENDEE2}]}),
    )
    .await;
    let ids: Vec<Option<String>> = client(&server)
        .calendar_1_0()
        .get_sign_out_list(GetSignOutListInput {
            user_id: USER,
            calendar_id: CAL,
            event_id: EVENT,
            max_results: 1,
            r#type: "sign_out",
        })
        .items()
        .map_ok(|user| user.user_id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [Some(ATTENDEE.into()), Some(ATTENDEE2.into())]);
    assert_eq!(cursors_sent(&server).await, [None, Some("page-2".into())]);
    let requests = server.received_requests().await.unwrap();
    for request in &requests {
        let sent = common::query(request);
        assert!(sent.contains(&("type".into(), "sign_out".into())));
        assert!(sent.contains(&("maxResults".into(), "1".into())));
    }
}

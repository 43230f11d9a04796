//! The `calendar_1_0` events of the fake, driven through the generated
//! client: an event with attendees created, read by its organiser and its
//! attendees, changed, its attendees added, removed and answering, deleted;
//! events and attendees page by page; and the refusals.

use dingtalk::calendar_1_0::*;
use dingtalk::{AppCredentials, Client, Credentials, Error, RetryPolicy};
use fake_dingtalk::{FakeDingTalk, APP_KEY, APP_SECRET};
use futures_util::TryStreamExt;

const ORGANIZER: &str = "union-manager";
const ENGINEER: &str = "union-user01";
const OTHER: &str = "union-user02";
const PRIMARY: &str = "primary";

fn client(fake: &FakeDingTalk) -> Client {
    Client::builder()
        .base_url(fake.base_url())
        .credentials(Credentials::app(AppCredentials {
            app_key: APP_KEY,
            app_secret: APP_SECRET,
        }))
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
}

/// The HTTP status and error code of a failed call.
#[track_caller]
fn refusal<T: std::fmt::Debug, E: std::fmt::Debug>(result: Result<T, Error<E>>) -> (u16, String) {
    let error = result.unwrap_err();
    let api = error
        .as_api()
        .unwrap_or_else(|| panic!("not an API error: {error}"));
    (api.status.as_u16(), api.code.clone().unwrap_or_default())
}

fn refused(code: &str) -> (u16, String) {
    (400, code.to_owned())
}

fn at(
    date_time: &str,
) -> (
    CalendarCreateEventRequestStart,
    CalendarCreateEventRequestEnd,
) {
    let end = date_time.replace("T10:", "T11:");
    (
        CalendarCreateEventRequestStart {
            date_time: Some(date_time.to_owned()),
            time_zone: Some("Asia/Shanghai".into()),
            ..Default::default()
        },
        CalendarCreateEventRequestEnd {
            date_time: Some(end),
            time_zone: Some("Asia/Shanghai".into()),
            ..Default::default()
        },
    )
}

fn attendee(id: &str, optional: bool) -> CalendarCreateEventRequestAttendees {
    CalendarCreateEventRequestAttendees {
        id: Some(id.into()),
        is_optional: Some(optional),
    }
}

fn create(client: &Client, organizer: &str, summary: &str, date_time: &str) -> CreateEvent {
    let (start, end) = at(date_time);
    client.calendar_1_0().create_event(CreateEventInput {
        user_id: organizer,
        calendar_id: PRIMARY,
        start,
        end,
        summary,
    })
}

async fn attendees_of(client: &Client, user: &str, event: &str) -> Vec<(String, String, bool)> {
    client
        .calendar_1_0()
        .list_attendees(ListAttendeesInput {
            user_id: user,
            calendar_id: PRIMARY,
            event_id: event,
        })
        .items()
        .map_ok(|a| {
            (
                a.id.unwrap_or_default(),
                a.response_status.unwrap_or_default(),
                a.is_optional.unwrap_or_default(),
            )
        })
        .try_collect()
        .await
        .unwrap()
}

async fn get(
    client: &Client,
    user: &str,
    event: &str,
) -> Result<CalendarGetEventResponseBody, Error<GetEvent>> {
    client
        .calendar_1_0()
        .get_event(GetEventInput {
            user_id: user,
            calendar_id: PRIMARY,
            event_id: event,
        })
        .send()
        .await
}

fn ids(events: &[CalendarListEventsResponseBodyEvents]) -> Vec<String> {
    events.iter().map(|e| e.summary.clone().unwrap()).collect()
}

#[tokio::test]
async fn an_event_with_attendees_is_kept_changed_answered_and_deleted() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let calendar = client.calendar_1_0();

    let created = create(
        &client,
        ORGANIZER,
        "Release review",
        "2030-03-04T10:00:00+08:00",
    )
    .description("Go through the release notes.")
    .attendees(vec![attendee(ENGINEER, false), attendee(OTHER, true)])
    .location(CalendarCreateEventRequestLocation {
        display_name: Some("Room 3-201".into()),
    })
    .send()
    .await
    .unwrap();
    let id = created.id.clone().unwrap();
    assert!(
        id.len() > 16 && !id.contains('/'),
        "an opaque id fit for a path: {id}"
    );
    let organizer = created.organizer.unwrap();
    assert_eq!(organizer.id.as_deref(), Some(ORGANIZER));
    assert_eq!(organizer.display_name.as_deref(), Some("Mia Manager"));
    assert_eq!(organizer.self_, Some(true));
    assert_eq!(
        created.start.date_time.as_deref(),
        Some("2030-03-04T10:00:00+08:00")
    );

    let read = get(&client, ORGANIZER, &id).await.unwrap();
    assert_eq!(read.summary.as_deref(), Some("Release review"));
    assert_eq!(
        read.description.as_deref(),
        Some("Go through the release notes.")
    );
    assert_eq!(read.status, "confirmed");
    assert_eq!(
        read.location.unwrap().display_name.as_deref(),
        Some("Room 3-201")
    );
    assert_eq!(
        attendees_of(&client, ORGANIZER, &id).await,
        [
            (ORGANIZER.into(), "accepted".into(), false),
            (ENGINEER.into(), "needsAction".into(), false),
            (OTHER.into(), "needsAction".into(), true),
        ]
    );
    let seen_by_engineer = get(&client, ENGINEER, &id).await.unwrap();
    assert_eq!(seen_by_engineer.organizer.unwrap().self_, Some(false));
    let me = seen_by_engineer
        .attendees
        .unwrap()
        .into_iter()
        .find(|a| a.self_ == Some(true))
        .unwrap();
    assert_eq!(me.id.as_deref(), Some(ENGINEER));
    assert_eq!(me.display_name.as_deref(), Some("Engineer 1"));

    let (start, end) = at("2030-03-05T10:00:00+08:00");
    let changed = calendar
        .patch_event(PatchEventInput {
            user_id: ORGANIZER,
            calendar_id: PRIMARY,
            event_id: &id,
            id: &id,
        })
        .summary("Release review (moved)")
        .start(CalendarPatchEventRequestStart {
            date_time: start.date_time,
            time_zone: start.time_zone,
            ..Default::default()
        })
        .end(CalendarPatchEventRequestEnd {
            date_time: end.date_time,
            time_zone: end.time_zone,
            ..Default::default()
        })
        .send()
        .await
        .unwrap();
    assert_eq!(changed.summary.as_deref(), Some("Release review (moved)"));
    let read = get(&client, ENGINEER, &id).await.unwrap();
    assert_eq!(read.summary.as_deref(), Some("Release review (moved)"));
    assert_eq!(
        read.start.unwrap().date_time.as_deref(),
        Some("2030-03-05T10:00:00+08:00")
    );
    assert_eq!(
        read.description.as_deref(),
        Some("Go through the release notes."),
        "what the change leaves out is kept"
    );

    calendar
        .add_attendee(AddAttendeeInput {
            user_id: ORGANIZER,
            calendar_id: PRIMARY,
            event_id: &id,
            attendees_to_add: vec![
                CalendarAddAttendeeRequestAttendeesToAdd {
                    id: Some("union-user03".into()),
                    is_optional: Some(false),
                },
                CalendarAddAttendeeRequestAttendeesToAdd {
                    id: Some(ENGINEER.into()),
                    is_optional: Some(true),
                },
            ],
        })
        .send()
        .await
        .unwrap();
    calendar
        .remove_attendee(RemoveAttendeeInput {
            user_id: ORGANIZER,
            calendar_id: PRIMARY,
            event_id: &id,
        })
        .attendees_to_remove(vec![CalendarRemoveAttendeeRequestAttendeesToRemove {
            id: Some(OTHER.into()),
        }])
        .send()
        .await
        .unwrap();
    calendar
        .respond_event(RespondEventInput {
            user_id: ENGINEER,
            calendar_id: PRIMARY,
            event_id: &id,
            response_status: "accepted",
        })
        .send()
        .await
        .unwrap();
    assert_eq!(
        attendees_of(&client, ENGINEER, &id).await,
        [
            (ORGANIZER.into(), "accepted".into(), false),
            (ENGINEER.into(), "accepted".into(), false),
            ("union-user03".into(), "needsAction".into(), false),
        ],
        "one already invited stays as invited; the removed one is gone"
    );
    assert_eq!(
        refusal(get(&client, OTHER, &id).await),
        refused("instanceNotExist"),
        "a removed attendee's calendar no longer holds the event"
    );

    for _ in 0..2 {
        calendar
            .delete_event(DeleteEventInput {
                user_id: "union-user03",
                calendar_id: PRIMARY,
                event_id: &id,
            })
            .send()
            .await
            .expect("an attendee's deletion, safe to repeat");
    }
    assert_eq!(
        refusal(get(&client, "union-user03", &id).await),
        refused("instanceNotExist")
    );
    assert!(
        get(&client, ENGINEER, &id).await.is_ok(),
        "an attendee's deletion leaves the others their event"
    );

    let delete = || {
        calendar
            .delete_event(DeleteEventInput {
                user_id: ORGANIZER,
                calendar_id: PRIMARY,
                event_id: &id,
            })
            .push_notification(false)
            .send()
    };
    delete().await.unwrap();
    delete().await.unwrap();
    for user in [ORGANIZER, ENGINEER] {
        assert_eq!(
            refusal(get(&client, user, &id).await),
            refused("instanceNotExist")
        );
    }
    let list = |show_deleted: bool| {
        calendar
            .list_events(ListEventsInput {
                user_id: ORGANIZER,
                calendar_id: PRIMARY,
            })
            .show_deleted(show_deleted)
            .send()
    };
    assert_eq!(list(false).await.unwrap().events, Some(vec![]));
    let deleted = list(true).await.unwrap().events.unwrap();
    assert_eq!(deleted.len(), 1);
    assert_eq!(deleted[0].status.as_deref(), Some("cancelled"));
}

#[tokio::test]
async fn events_and_attendees_come_page_by_page() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let calendar = client.calendar_1_0();
    for day in 1..=5 {
        create(
            &client,
            ENGINEER,
            &format!("Stand-up {day}"),
            &format!("2030-05-0{day}T10:00:00+08:00"),
        )
        .send()
        .await
        .unwrap();
    }
    let list = || {
        calendar.list_events(ListEventsInput {
            user_id: ENGINEER,
            calendar_id: PRIMARY,
        })
    };
    let first = list().max_results(2).send().await.unwrap();
    assert_eq!(
        ids(first.events.as_deref().unwrap()),
        ["Stand-up 1", "Stand-up 2"]
    );
    assert!(first.sync_token.is_none());
    let second = list()
        .max_results(2)
        .next_token(first.next_token.unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(
        ids(second.events.as_deref().unwrap()),
        ["Stand-up 3", "Stand-up 4"]
    );
    let last = list()
        .max_results(2)
        .next_token(second.next_token.unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(ids(last.events.as_deref().unwrap()), ["Stand-up 5"]);
    assert!(last.next_token.is_none());
    let sync_token = last.sync_token.unwrap();

    let all: Vec<_> = list().max_results(2).items().try_collect().await.unwrap();
    assert_eq!(all.len(), 5);
    let in_range = list()
        .time_min("2030-05-02T00:00:00+08:00")
        .time_max("2030-05-03T23:59:59+08:00")
        .send()
        .await
        .unwrap();
    assert_eq!(
        ids(in_range.events.as_deref().unwrap()),
        ["Stand-up 2", "Stand-up 3"]
    );
    assert_eq!(
        ids(list().send().await.unwrap().events.as_deref().unwrap()).len(),
        5,
        "no page size: every event on one page"
    );

    let third = all[2].id.clone().unwrap();
    calendar
        .patch_event(PatchEventInput {
            user_id: ENGINEER,
            calendar_id: PRIMARY,
            event_id: &third,
            id: &third,
        })
        .summary("Stand-up 3, shorter")
        .send()
        .await
        .unwrap();
    let changed = list().sync_token(sync_token).send().await.unwrap();
    assert_eq!(
        ids(changed.events.as_deref().unwrap()),
        ["Stand-up 3, shorter"]
    );

    let team: Vec<_> = (2..=7)
        .map(|n| attendee(&format!("union-user{n:02}"), false))
        .collect();
    let event = create(&client, ENGINEER, "Team lunch", "2030-05-09T10:00:00+08:00")
        .attendees(team)
        .send()
        .await
        .unwrap()
        .id
        .unwrap();
    let attendees = || {
        calendar.list_attendees(ListAttendeesInput {
            user_id: ENGINEER,
            calendar_id: PRIMARY,
            event_id: &event,
        })
    };
    let first = attendees().max_results(3).send().await.unwrap();
    assert_eq!(first.attendees.unwrap().len(), 3);
    let next = first.next_token.unwrap();
    let second = attendees()
        .max_results(3)
        .next_token(next)
        .send()
        .await
        .unwrap();
    let second_ids: Vec<_> = second
        .attendees
        .unwrap()
        .into_iter()
        .map(|a| a.id.unwrap())
        .collect();
    assert_eq!(second_ids, ["union-user04", "union-user05", "union-user06"]);
    let pages: Vec<_> = attendees()
        .max_results(3)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 3, "7 attendees, 3 a page");
    assert!(pages[2].next_token.is_none());
    let event_read = calendar
        .get_event(GetEventInput {
            user_id: ENGINEER,
            calendar_id: PRIMARY,
            event_id: &event,
        })
        .max_attendees(2)
        .send()
        .await
        .unwrap();
    assert_eq!(event_read.attendees.unwrap().len(), 2);
}

#[tokio::test]
async fn wrong_inputs_are_refused() {
    let fake = FakeDingTalk::start().await.unwrap();
    let client = client(&fake);
    let calendar = client.calendar_1_0();
    let day = "2030-06-01T10:00:00+08:00";
    let invalid = refused("invalidParameter");

    let (start, end) = at(day);
    let elsewhere = calendar
        .create_event(CreateEventInput {
            user_id: ORGANIZER,
            calendar_id: "team",
            start,
            end,
            summary: "Elsewhere",
        })
        .send()
        .await;
    assert_eq!(refusal(elsewhere), invalid, "only the primary calendar");
    let nobody = create(&client, "union-nobody", "Ghost meeting", day)
        .send()
        .await;
    assert_eq!(
        refusal(nobody),
        invalid,
        "an organiser not in the contact book"
    );
    let stranger = create(&client, ORGANIZER, "Meeting", day)
        .attendees(vec![attendee("union-nobody", false)])
        .send()
        .await;
    assert_eq!(
        refusal(stranger),
        invalid,
        "an attendee not in the contact book"
    );
    assert_eq!(
        refusal(create(&client, ORGANIZER, " ", day).send().await),
        invalid,
        "an empty summary"
    );
    let longest = "x".repeat(2048);
    assert!(create(&client, ORGANIZER, &longest, day)
        .description("x".repeat(5000))
        .send()
        .await
        .is_ok());

    let timed = |start: Option<&str>, zone: Option<&str>, date: Option<&str>| {
        CalendarCreateEventRequestStart {
            date: date.map(Into::into),
            date_time: start.map(Into::into),
            time_zone: zone.map(Into::into),
        }
    };
    let end_of = |start: CalendarCreateEventRequestStart| CalendarCreateEventRequestEnd {
        date: start.date,
        date_time: start.date_time,
        time_zone: start.time_zone,
    };
    let with_times = |start, end, all_day| {
        calendar
            .create_event(CreateEventInput {
                user_id: ORGANIZER,
                calendar_id: PRIMARY,
                start,
                end,
                summary: "Timed",
            })
            .is_all_day(all_day)
            .send()
    };
    let no_zone = with_times(
        timed(Some(day), None, None),
        end_of(timed(Some("2030-06-01T11:00:00+08:00"), None, None)),
        false,
    );
    assert_eq!(
        refusal(no_zone.await),
        invalid,
        "a dateTime without timeZone"
    );
    let backwards = with_times(
        timed(Some(day), Some("Asia/Shanghai"), None),
        end_of(timed(
            Some("2030-06-01T09:00:00+08:00"),
            Some("Asia/Shanghai"),
            None,
        )),
        false,
    );
    assert_eq!(refusal(backwards.await), invalid, "an end before the start");
    let all_day_timed = with_times(
        timed(Some(day), Some("Asia/Shanghai"), None),
        end_of(timed(
            Some("2030-06-02T10:00:00+08:00"),
            Some("Asia/Shanghai"),
            None,
        )),
        true,
    );
    assert_eq!(
        refusal(all_day_timed.await),
        invalid,
        "an all-day event takes dates"
    );
    let all_day = with_times(
        timed(None, None, Some("2030-06-01")),
        end_of(timed(None, None, Some("2030-06-02"))),
        true,
    );
    let all_day = all_day.await.unwrap();
    assert_eq!(all_day.is_all_day, Some(true));
    assert_eq!(all_day.start.date.as_deref(), Some("2030-06-01"));

    let event = create(&client, ORGANIZER, "Planning", day)
        .attendees(vec![attendee(ENGINEER, false)])
        .send()
        .await
        .unwrap()
        .id
        .unwrap();
    let by_attendee = calendar
        .patch_event(PatchEventInput {
            user_id: ENGINEER,
            calendar_id: PRIMARY,
            event_id: &event,
            id: &event,
        })
        .summary("Mine now")
        .send()
        .await;
    assert_eq!(refusal(by_attendee), refused("permissionDenied"));
    let other_id = calendar
        .patch_event(PatchEventInput {
            user_id: ORGANIZER,
            calendar_id: PRIMARY,
            event_id: &event,
            id: "another",
        })
        .send()
        .await;
    assert_eq!(refusal(other_id), invalid, "id repeats the event's id");
    let added_by_attendee = calendar
        .add_attendee(AddAttendeeInput {
            user_id: ENGINEER,
            calendar_id: PRIMARY,
            event_id: &event,
            attendees_to_add: vec![CalendarAddAttendeeRequestAttendeesToAdd {
                id: Some(OTHER.into()),
                is_optional: None,
            }],
        })
        .send()
        .await;
    assert_eq!(refusal(added_by_attendee), refused("permissionDenied"));
    let none_added = calendar
        .add_attendee(AddAttendeeInput {
            user_id: ORGANIZER,
            calendar_id: PRIMARY,
            event_id: &event,
            attendees_to_add: vec![],
        })
        .send()
        .await;
    assert_eq!(refusal(none_added), invalid);
    let removed_by_attendee = calendar
        .remove_attendee(RemoveAttendeeInput {
            user_id: ENGINEER,
            calendar_id: PRIMARY,
            event_id: &event,
        })
        .attendees_to_remove(vec![CalendarRemoveAttendeeRequestAttendeesToRemove {
            id: Some(ORGANIZER.into()),
        }])
        .send()
        .await;
    assert_eq!(refusal(removed_by_attendee), refused("permissionDenied"));
    let organizer_removed = calendar
        .remove_attendee(RemoveAttendeeInput {
            user_id: ORGANIZER,
            calendar_id: PRIMARY,
            event_id: &event,
        })
        .attendees_to_remove(vec![CalendarRemoveAttendeeRequestAttendeesToRemove {
            id: Some(ORGANIZER.into()),
        }])
        .send()
        .await;
    assert_eq!(refusal(organizer_removed), invalid);
    let respond = |user, answer| {
        calendar
            .respond_event(RespondEventInput {
                user_id: user,
                calendar_id: PRIMARY,
                event_id: &event,
                response_status: answer,
            })
            .send()
    };
    assert_eq!(refusal(respond(ENGINEER, "maybe").await), invalid);
    assert_eq!(
        refusal(respond(OTHER, "accepted").await),
        refused("instanceNotExist"),
        "one not invited does not answer"
    );
    assert_eq!(
        refusal(get(&client, ORGANIZER, "bm90IGFuIGV2ZW50").await),
        refused("instanceNotExist")
    );
    let delete_unknown = calendar
        .delete_event(DeleteEventInput {
            user_id: ORGANIZER,
            calendar_id: PRIMARY,
            event_id: "bm90IGFuIGV2ZW50",
        })
        .send()
        .await;
    assert_eq!(refusal(delete_unknown), refused("instanceNotExist"));

    let list = || {
        calendar.list_events(ListEventsInput {
            user_id: ORGANIZER,
            calendar_id: PRIMARY,
        })
    };
    assert_eq!(refusal(list().next_token("42").send().await), invalid);
    assert_eq!(refusal(list().sync_token("42").send().await), invalid);
    assert_eq!(refusal(list().time_min("yesterday").send().await), invalid);
    let attendees_page = calendar
        .list_attendees(ListAttendeesInput {
            user_id: ORGANIZER,
            calendar_id: PRIMARY,
            event_id: &event,
        })
        .next_token("42")
        .send()
        .await;
    assert_eq!(refusal(attendees_page), invalid);
}

#[tokio::test]
async fn limits_the_client_checks_first_are_checked_by_the_fake_too() {
    let fake = FakeDingTalk::start().await.unwrap();
    let http = dingtalk::reqwest::Client::new();
    let url = format!(
        "{}/v1.0/calendar/users/{ORGANIZER}/calendars/{PRIMARY}/events",
        fake.base_url()
    );
    let event = |summary: String, description: String, attendees: usize| {
        serde_json::json!({
            "summary": summary,
            "description": description,
            "start": {"dateTime": "2030-06-01T10:00:00+08:00", "timeZone": "Asia/Shanghai"},
            "end": {"dateTime": "2030-06-01T11:00:00+08:00", "timeZone": "Asia/Shanghai"},
            "attendees": vec![serde_json::json!({"id": ENGINEER}); attendees],
        })
    };
    let send = |body: serde_json::Value| {
        http.post(&url)
            .header("x-acs-dingtalk-access-token", fake.issue_token())
            .json(&body)
            .send()
    };
    let accepted = send(event("x".repeat(2048), "x".repeat(5000), 500));
    assert_eq!(accepted.await.unwrap().status(), 200);
    for (body, what) in [
        (
            event("x".repeat(2049), String::new(), 1),
            "a summary over 2,048",
        ),
        (
            event("x".into(), "x".repeat(5001), 1),
            "a description over 5,000",
        ),
        (
            event("x".into(), String::new(), 501),
            "over 500 attendees at once",
        ),
    ] {
        let refused = send(body).await.unwrap();
        if fake.validated() {
            assert_eq!(refused.status(), 422, "the validating proxy refuses {what}");
            continue;
        }
        assert_eq!(refused.status(), 400, "{what}");
        let body: serde_json::Value = refused.json().await.unwrap();
        assert_eq!(body["code"], "invalidParameter", "{what}: {body}");
    }
}

//! A meeting and its follow-up: an event in the organiser's calendar with
//! the people who should come, then a todo task about it for the same
//! people (due when the meeting starts), then both read back as DingTalk
//! keeps them.
//!
//! By default it runs against the local fake DingTalk, started in-process,
//! whose contact book has the users it invites:
//!
//!     cargo run -p dingtalk-examples --example calendar_todo
//!
//! With credentials in the environment it calls the real service instead
//! (the organiser's union id, and the attendees' union ids separated by
//! commas; the app needs the calendar and todo write permissions):
//!
//!     DINGTALK_APP_KEY=... DINGTALK_APP_SECRET=... \
//!         DINGTALK_ORGANIZER_UNION_ID=... DINGTALK_ATTENDEE_UNION_IDS=...,... \
//!         cargo run -p dingtalk-examples --example calendar_todo

use chrono::{Days, FixedOffset, NaiveTime, Utc};
use dingtalk::calendar_1_0::{
    CalendarCreateEventRequestAttendees, CalendarCreateEventRequestEnd,
    CalendarCreateEventRequestLocation, CalendarCreateEventRequestStart, CreateEventInput,
    GetEventInput,
};
use dingtalk::todo_1_0::{CreateTodoTaskInput, GetTodoTaskInput};

#[path = "legacy.rs"]
mod legacy;

const TIME_ZONE: &str = "Asia/Shanghai";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let setup =
        legacy::setup(&["DINGTALK_ORGANIZER_UNION_ID", "DINGTALK_ATTENDEE_UNION_IDS"]).await?;
    let organizer = legacy::input(&setup, "DINGTALK_ORGANIZER_UNION_ID", "union-manager")?;
    let attendees: Vec<String> = legacy::input(
        &setup,
        "DINGTALK_ATTENDEE_UNION_IDS",
        "union-user01,union-user02",
    )?
    .split(',')
    .map(str::trim)
    .filter(|id| !id.is_empty())
    .map(str::to_owned)
    .collect();
    let calendar = setup.client.calendar_1_0();
    let todo = setup.client.todo_1_0();

    // Tomorrow, 10:00 to 10:30 in Shanghai.
    let shanghai = FixedOffset::east_opt(8 * 3600).ok_or("a valid offset")?;
    let tomorrow = Utc::now().with_timezone(&shanghai).date_naive() + Days::new(1);
    let start = tomorrow
        .and_time(NaiveTime::from_hms_opt(10, 0, 0).ok_or("a valid time")?)
        .and_local_timezone(shanghai)
        .single()
        .ok_or("an unambiguous time")?;
    let end = start + chrono::Duration::minutes(30);

    let event = calendar
        .create_event(CreateEventInput {
            user_id: &organizer,
            calendar_id: "primary",
            summary: "Release 2.3 go/no-go",
            start: CalendarCreateEventRequestStart {
                date_time: Some(start.to_rfc3339()),
                time_zone: Some(TIME_ZONE.into()),
                ..Default::default()
            },
            end: CalendarCreateEventRequestEnd {
                date_time: Some(end.to_rfc3339()),
                time_zone: Some(TIME_ZONE.into()),
                ..Default::default()
            },
        })
        .description("Decide whether release 2.3 ships this week.")
        .location(CalendarCreateEventRequestLocation {
            display_name: Some("Room 3-201".into()),
        })
        .attendees(
            attendees
                .iter()
                .map(|id| CalendarCreateEventRequestAttendees {
                    id: Some(id.clone()),
                    is_optional: Some(false),
                })
                .collect(),
        )
        .send()
        .await?;
    let event_id = event.id.ok_or("the new event has no id")?;
    println!("Event created: {event_id}");

    // The follow-up, for the same people: they do it, the organiser follows it.
    let task = todo
        .create_todo_task(CreateTodoTaskInput {
            union_id: &organizer,
            subject: "Bring your go/no-go checklist for release 2.3",
        })
        .operator_id(organizer.as_str())
        .creator_id(organizer.as_str())
        .description(format!(
            "For the meeting of {}.",
            start.format("%Y-%m-%d %H:%M")
        ))
        .executor_ids(attendees.clone())
        .participant_ids(vec![organizer.clone()])
        .due_time(start.timestamp_millis())
        .priority(20)
        .source_id(format!("calendar-event-{event_id}"))
        .send()
        .await?;
    println!("Todo created: {}", task.id);

    // Both, read back.
    let event = calendar
        .get_event(GetEventInput {
            user_id: &organizer,
            calendar_id: "primary",
            event_id: &event_id,
        })
        .send()
        .await?;
    println!(
        "\n{} ({}), {} to {}",
        event.summary.unwrap_or_default(),
        event.status,
        event.start.and_then(|s| s.date_time).unwrap_or_default(),
        event.end.and_then(|e| e.date_time).unwrap_or_default(),
    );
    if let Some(place) = event.location.and_then(|l| l.display_name) {
        println!("  at {place}");
    }
    for attendee in event.attendees.unwrap_or_default() {
        println!(
            "  {} ({}): {}",
            attendee.display_name.unwrap_or_default(),
            attendee.id.unwrap_or_default(),
            attendee.response_status.unwrap_or_default(),
        );
    }

    let task = todo
        .get_todo_task(GetTodoTaskInput {
            union_id: &organizer,
            task_id: &task.id,
        })
        .send()
        .await?;
    println!(
        "\nTodo: {} ({})",
        task.subject.unwrap_or_default(),
        if task.done == Some(true) {
            "done"
        } else {
            "open"
        },
    );
    println!(
        "  to do by: {}",
        task.executor_ids.unwrap_or_default().join(", ")
    );
    println!(
        "  followed by: {}",
        task.participant_ids.unwrap_or_default().join(", ")
    );
    if let Some(due) = task
        .due_time
        .and_then(chrono::DateTime::from_timestamp_millis)
    {
        println!("  due: {}", due.with_timezone(&shanghai).to_rfc3339());
    }
    Ok(())
}

//! `calendar_1_0`: events in users' `primary` calendars, with their
//! attendees and their answers.
//!
//! - An event is created in its organiser's calendar
//!   (`calendar_CreateEvent`) and shows in the calendars of the organiser
//!   (an attendee who has accepted) and of its attendees (who have not
//!   answered yet); users are the contact book's, named by union id.
//! - It is read (`calendar_GetEvent`, at most `maxAttendees` attendees),
//!   listed in a user's calendar (`calendar_ListEvents`: those overlapping
//!   `timeMin`..`timeMax`, page by page with `nextToken`, the last page with
//!   a `syncToken` that later lists the events changed since, deleted ones
//!   as `cancelled`), changed by its organiser (`calendar_PatchEvent`: the
//!   fields sent replace the event's) and deleted (`calendar_DeleteEvent`:
//!   by the organiser for everyone, by an attendee from that attendee's
//!   calendar only).
//! - Its attendees are added and removed by the organiser
//!   (`calendar_AddAttendee`, `calendar_RemoveAttendee`), listed page by
//!   page (`calendar_ListAttendees`), and answer the invitation
//!   (`calendar_RespondEvent`).
//!
//! The module's other operations are answered from the spec's examples.
//!
//! Refusals are HTTP 400: an event the user's calendar does not hold, or
//! one deleted since, is `instanceNotExist`; a change by someone other than
//! the organiser is `permissionDenied`; every other wrong input is
//! `invalidParameter` (a code of the fake's own: the spec documents none
//! for them), the message saying which (a calendar other than
//! `primary`, a user not in the contact book, a missing or too long
//! `summary` (2,048) or `description` (5,000), times that are not what
//! `isAllDay` asks for or an end before the start, more than 500 attendees
//! in one call or 5,000 in an event, a page size out of range, a malformed
//! cursor, an unknown answer).

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::routing::{get, post};
use axum::Router;
use base64::Engine;
use chrono::{DateTime, NaiveDate, Utc};
use dingtalk::calendar_1_0::{
    CalendarAddAttendeeRequest, CalendarCreateEventRequest, CalendarPatchEventRequest,
    CalendarRemoveAttendeeRequest, CalendarRespondEventRequest,
};
use serde_json::{json, Value};

use crate::drive::{no_body, Answer};
use crate::extract::{self, Authorized};
use crate::paging::{Limits, Paging};
use crate::{Outcome, Params, Reply, Shared};

/// The code of an input DingTalk refuses.
const INVALID: &str = "invalidParameter";
/// The code of an event the calendar does not hold.
const NOT_FOUND: &str = "instanceNotExist";
/// The code of a change by someone other than the organiser.
const DENIED: &str = "permissionDenied";

/// Attendees added, removed or sent at once, and held by an event, at most.
const PER_CALL: usize = 500;
const PER_EVENT: usize = 5000;
const SUMMARY_MAX: usize = 2048;
const DESCRIPTION_MAX: usize = 5000;

/// Events of a calendar: 100 a page by default.
const EVENTS: Limits = Limits {
    default: 100,
    max: None,
    invalid: INVALID,
    too_large: INVALID,
};

/// Attendees of an event: 100 a page by default, at most 500.
const ATTENDEES: Limits = Limits {
    default: 100,
    max: Some(500),
    invalid: INVALID,
    too_large: INVALID,
};

/// The answers an attendee can give.
const ANSWERS: &[&str] = &["needsAction", "accepted", "declined", "tentative"];

const SYNC_PREFIX: &str = "fake-sync-";

/// An attendee of an event.
#[derive(Debug, Clone)]
struct Attendee {
    union_id: String,
    name: String,
    optional: bool,
    answer: String,
}

/// An event, as the fake keeps it.
#[derive(Debug, Clone)]
struct Event {
    id: String,
    organizer: String,
    summary: String,
    description: Option<String>,
    start: Value,
    end: Value,
    all_day: bool,
    location: Option<String>,
    /// The organiser first, then the others in the order they were invited.
    attendees: Vec<Attendee>,
    /// The attendees who deleted the event from their calendar.
    left: Vec<String>,
    created: String,
    updated: String,
    deleted: bool,
    /// The change count of the calendars when the event last changed.
    changed: u64,
}

/// The calendars' state: every event, by id.
#[derive(Debug, Default)]
pub(crate) struct Calendars {
    events: BTreeMap<String, Event>,
    /// The order events were created in.
    order: Vec<String>,
    /// Counts the changes to events, for `syncToken`.
    changes: u64,
}

impl Calendars {
    fn touch(&mut self, id: &str) {
        self.changes += 1;
        let (changes, now) = (self.changes, timestamp());
        if let Some(event) = self.events.get_mut(id) {
            event.changed = changes;
            event.updated = now;
        }
    }
}

/// The `calendar_1_0` operations the fake keeps state for.
pub(crate) fn routes() -> Router<Arc<Shared>> {
    const EVENTS: &str = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events";
    const EVENT: &str = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}";
    Router::new()
        .route(EVENTS, post(create_event).get(list_events))
        .route(EVENT, get(get_event).put(patch_event).delete(delete_event))
        .route(
            &format!("{EVENT}/attendees"),
            post(add_attendees).get(list_attendees),
        )
        .route(
            &format!("{EVENT}/attendees/batchRemove"),
            post(remove_attendees),
        )
        .route(&format!("{EVENT}/respond"), post(respond))
}

type St = State<Arc<Shared>>;

fn bad(code: &str, message: impl Into<String>) -> Reply {
    Reply::error(400, code, message)
}

/// The time now, as DingTalk writes an event's creation and change times.
fn timestamp() -> String {
    Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// An event id as DingTalk's look: base64 text.
fn event_id(n: &str) -> String {
    base64::engine::general_purpose::URL_SAFE.encode(format!("fakeEvent{n}"))
}

/// The name of the user `union_id` of the contact book, if there is one.
fn user_name(shared: &Shared, union_id: &str) -> Result<String, Reply> {
    shared
        .data()
        .oapi
        .user_by_union_id(union_id)
        .map(|(_, name)| name)
        .ok_or_else(|| bad(INVALID, format!("user {union_id:?} does not exist")))
}

/// Checks the calendar (`primary`) and the user of a call.
fn calendar_of(shared: &Shared, user: &str, calendar: &str) -> Result<String, Reply> {
    if calendar != "primary" {
        return Err(bad(
            INVALID,
            format!("calendar {calendar:?} does not exist; use primary"),
        ));
    }
    user_name(shared, user)
}

/// The event `id` as `user` sees it in their calendar.
fn event_of(shared: &Shared, user: &str, id: &str) -> Result<Event, Reply> {
    shared
        .data()
        .calendar
        .events
        .get(id)
        .filter(|e| !e.deleted && e.attendees.iter().any(|a| a.union_id == user))
        .cloned()
        .ok_or_else(|| bad(NOT_FOUND, format!("event {id:?} does not exist")))
}

/// The event `id`, for a change only its organiser `user` may make.
fn organised(shared: &Shared, user: &str, id: &str) -> Result<Event, Reply> {
    let event = event_of(shared, user, id)?;
    if event.organizer != user {
        return Err(bad(
            DENIED,
            format!("only the organiser of event {id:?} changes it"),
        ));
    }
    Ok(event)
}

/// Checks an event's title and notes.
fn check_text(summary: Option<&str>, description: Option<&str>) -> Result<(), Reply> {
    if let Some(summary) = summary {
        if summary.trim().is_empty() {
            return Err(bad(INVALID, "summary is required"));
        }
        if summary.chars().count() > SUMMARY_MAX {
            return Err(bad(
                INVALID,
                format!("summary is longer than {SUMMARY_MAX} characters"),
            ));
        }
    }
    if description.is_some_and(|d| d.chars().count() > DESCRIPTION_MAX) {
        return Err(bad(
            INVALID,
            format!("description is longer than {DESCRIPTION_MAX} characters"),
        ));
    }
    Ok(())
}

/// When a start or an end is, checked against `isAllDay`: a `date` alone for
/// an all-day event, else a `dateTime` with its `timeZone`.
fn when(name: &str, time: &Value, all_day: bool) -> Result<DateTime<Utc>, Reply> {
    let field = |key: &str| time[key].as_str().filter(|v| !v.is_empty());
    let (date, date_time, zone) = (field("date"), field("dateTime"), field("timeZone"));
    if all_day {
        let date = date
            .filter(|_| date_time.is_none())
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .ok_or_else(|| {
                bad(
                    INVALID,
                    format!("{name} of an all-day event is a date (yyyy-MM-dd) alone"),
                )
            })?;
        Ok(date.and_time(chrono::NaiveTime::MIN).and_utc())
    } else {
        let at = date_time
            .filter(|_| date.is_none() && zone.is_some())
            .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
            .ok_or_else(|| {
                bad(
                    INVALID,
                    format!("{name} is a dateTime (ISO 8601) with its timeZone"),
                )
            })?;
        Ok(at.with_timezone(&Utc))
    }
}

/// Checks an event's times; its start and end.
fn check_times(
    start: &Value,
    end: &Value,
    all_day: bool,
) -> Result<(DateTime<Utc>, DateTime<Utc>), Reply> {
    let (from, to) = (when("start", start, all_day)?, when("end", end, all_day)?);
    if to < from || (all_day && to == from) {
        return Err(bad(INVALID, "the end is before the start"));
    }
    Ok((from, to))
}

/// The users of `invited` as attendees, each a user of the contact book.
fn invite(
    shared: &Shared,
    invited: impl ExactSizeIterator<Item = (Option<String>, Option<bool>)>,
) -> Result<Vec<Attendee>, Reply> {
    if invited.len() > PER_CALL {
        return Err(bad(
            INVALID,
            format!("at most {PER_CALL} attendees are sent at once"),
        ));
    }
    let mut attendees: Vec<Attendee> = Vec::new();
    for (id, optional) in invited {
        let id = id
            .filter(|id| !id.is_empty())
            .ok_or_else(|| bad(INVALID, "an attendee's id is required"))?;
        let name = user_name(shared, &id)?;
        if !attendees.iter().any(|a| a.union_id == id) {
            attendees.push(Attendee {
                union_id: id,
                name,
                optional: optional.unwrap_or(false),
                answer: "needsAction".to_owned(),
            });
        }
    }
    Ok(attendees)
}

/// `attendees` and those of `added` not among them yet; at most [`PER_EVENT`].
fn with(mut attendees: Vec<Attendee>, added: Vec<Attendee>) -> Result<Vec<Attendee>, Reply> {
    for attendee in added {
        if !attendees.iter().any(|a| a.union_id == attendee.union_id) {
            attendees.push(attendee);
        }
    }
    if attendees.len() > PER_EVENT {
        return Err(bad(
            INVALID,
            format!("an event holds at most {PER_EVENT} attendees"),
        ));
    }
    Ok(attendees)
}

fn attendee_json(attendee: &Attendee, viewer: &str) -> Value {
    json!({
        "id": attendee.union_id,
        "displayName": attendee.name,
        "responseStatus": attendee.answer,
        "self": attendee.union_id == viewer,
        "isOptional": attendee.optional,
    })
}

/// `event` as `viewer` reads it, with at most `max_attendees` attendees.
fn event_json(event: &Event, viewer: &str, max_attendees: usize) -> Value {
    let organizer = event
        .attendees
        .iter()
        .find(|a| a.union_id == event.organizer);
    let mut body = json!({
        "id": event.id,
        "summary": event.summary,
        "start": event.start,
        "end": event.end,
        "isAllDay": event.all_day,
        "status": if event.deleted { "cancelled" } else { "confirmed" },
        "organizer": {
            "id": event.organizer,
            "displayName": organizer.map(|o| o.name.clone()).unwrap_or_default(),
            "responseStatus": organizer.map_or("accepted", |o| o.answer.as_str()),
            "self": event.organizer == viewer,
        },
        "attendees": event
            .attendees
            .iter()
            .take(max_attendees)
            .map(|a| attendee_json(a, viewer))
            .collect::<Vec<_>>(),
        "createTime": event.created,
        "updateTime": event.updated,
    });
    if let Some(description) = &event.description {
        body["description"] = json!(description);
    }
    if let Some(location) = &event.location {
        body["location"] = json!({ "displayName": location });
    }
    body
}

/// A positive count of the query, at most `max`; `default` when absent.
fn count(query: &Params, name: &str, default: usize, max: usize) -> Result<usize, Reply> {
    match query.get(name).map(String::as_str) {
        None | Some("") => Ok(default),
        Some(n) => n
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=max).contains(n))
            .ok_or_else(|| bad(INVALID, format!("{name} must be from 1 to {max}"))),
    }
}

/// A time of the query (ISO 8601), if given.
fn time_param(query: &Params, name: &str) -> Result<Option<DateTime<Utc>>, Reply> {
    match query.get(name).map(String::as_str) {
        None | Some("") => Ok(None),
        Some(t) => DateTime::parse_from_rfc3339(t)
            .map(|t| Some(t.with_timezone(&Utc)))
            .map_err(|_| bad(INVALID, format!("{name} is not an ISO 8601 time: {t:?}"))),
    }
}

async fn create_event(
    State(shared): St,
    _: Authorized,
    Path((user, calendar)): Path<(String, String)>,
    bytes: Bytes,
) -> Outcome {
    let organizer = calendar_of(&shared, &user, &calendar)?;
    let request: CalendarCreateEventRequest = extract::body(&bytes, INVALID)?;
    check_text(Some(&request.summary), request.description.as_deref())?;
    let all_day = request.is_all_day.unwrap_or(false);
    let (start, end) = (json!(request.start), json!(request.end));
    check_times(&start, &end, all_day)?;
    let invited = request.attendees.unwrap_or_default();
    let invited = invite(&shared, invited.into_iter().map(|a| (a.id, a.is_optional)))?;
    let host = Attendee {
        union_id: user.clone(),
        name: organizer,
        optional: false,
        answer: "accepted".to_owned(),
    };
    let attendees = with(vec![host], invited)?;
    let mut data = shared.data();
    let id = event_id(&data.id());
    let now = timestamp();
    let event = Event {
        id: id.clone(),
        organizer: user.clone(),
        summary: request.summary,
        description: request.description,
        start,
        end,
        all_day,
        location: request.location.and_then(|l| l.display_name),
        attendees,
        left: Vec::new(),
        created: now.clone(),
        updated: now,
        deleted: false,
        changed: 0,
    };
    data.calendar.events.insert(id.clone(), event);
    data.calendar.order.push(id.clone());
    data.calendar.touch(&id);
    let event = data.calendar.events[&id].clone();
    Reply::ok(event_json(&event, &user, PER_EVENT))
}

async fn get_event(
    State(shared): St,
    _: Authorized,
    Path((user, calendar, id)): Path<(String, String, String)>,
    Query(query): Query<Params>,
) -> Outcome {
    calendar_of(&shared, &user, &calendar)?;
    let max_attendees = count(&query, "maxAttendees", 100, 500)?;
    let event = event_of(&shared, &user, &id)?;
    Reply::ok(event_json(&event, &user, max_attendees))
}

async fn list_events(
    State(shared): St,
    _: Authorized,
    Path((user, calendar)): Path<(String, String)>,
    Query(query): Query<Params>,
) -> Outcome {
    calendar_of(&shared, &user, &calendar)?;
    let max_attendees = count(&query, "maxAttendees", PER_EVENT, PER_EVENT)?;
    let paging = Paging::from_query(&query, &EVENTS)?;
    let (from, to) = (
        time_param(&query, "timeMin")?,
        time_param(&query, "timeMax")?,
    );
    let show_deleted = crate::flag(&query, "showDeleted", INVALID)?.unwrap_or(false);
    let since = match query.get("syncToken").map(String::as_str) {
        None | Some("") => None,
        Some(token) => Some(
            token
                .strip_prefix(SYNC_PREFIX)
                .and_then(|n| n.parse::<u64>().ok())
                .ok_or_else(|| bad(INVALID, "invalid syncToken"))?,
        ),
    };
    let data = shared.data();
    let mut events = Vec::new();
    for id in &data.calendar.order {
        let event = &data.calendar.events[id];
        let mine = event.attendees.iter().any(|a| a.union_id == user)
            || (event.deleted && event.organizer == user);
        let listed = match since {
            Some(since) => event.changed > since,
            None => !event.deleted || show_deleted,
        };
        if !mine || !listed {
            continue;
        }
        let (start, end) = check_times(&event.start, &event.end, event.all_day)?;
        if from.is_some_and(|from| end < from) || to.is_some_and(|to| start > to) {
            continue;
        }
        events.push(event_json(event, &user, max_attendees));
    }
    let (page, next) = paging.take(events);
    let mut body = json!({ "events": page });
    match next {
        Some(next) => body["nextToken"] = json!(next),
        None => body["syncToken"] = json!(format!("{SYNC_PREFIX}{}", data.calendar.changes)),
    }
    Reply::ok(body)
}

async fn patch_event(
    State(shared): St,
    _: Authorized,
    Path((user, calendar, id)): Path<(String, String, String)>,
    bytes: Bytes,
) -> Outcome {
    calendar_of(&shared, &user, &calendar)?;
    let request: CalendarPatchEventRequest = extract::body(&bytes, INVALID)?;
    if request.id != id {
        return Err(bad(INVALID, "id is not the event's id"));
    }
    let mut event = organised(&shared, &user, &id)?;
    check_text(request.summary.as_deref(), request.description.as_deref())?;
    if let Some(summary) = request.summary {
        event.summary = summary;
    }
    if let Some(description) = request.description {
        event.description = Some(description);
    }
    if let Some(all_day) = request.is_all_day {
        event.all_day = all_day;
    }
    if let Some(start) = request.start {
        event.start = json!(start);
    }
    if let Some(end) = request.end {
        event.end = json!(end);
    }
    check_times(&event.start, &event.end, event.all_day)?;
    if let Some(location) = request.location {
        event.location = location.display_name;
    }
    if let Some(attendees) = request.attendees {
        let invited = invite(
            &shared,
            attendees.into_iter().map(|a| (a.id, a.is_optional)),
        )?;
        let kept = event
            .attendees
            .iter()
            .filter(|a| a.union_id == user || invited.iter().any(|i| i.union_id == a.union_id))
            .cloned()
            .collect();
        event.attendees = with(kept, invited)?;
    }
    let mut data = shared.data();
    data.calendar.events.insert(id.clone(), event);
    data.calendar.touch(&id);
    let event = data.calendar.events[&id].clone();
    Reply::ok(event_json(&event, &user, PER_EVENT))
}

async fn delete_event(
    State(shared): St,
    _: Authorized,
    Path((user, calendar, id)): Path<(String, String, String)>,
) -> Answer {
    calendar_of(&shared, &user, &calendar)?;
    let mut data = shared.data();
    let Some(event) = data.calendar.events.get_mut(&id) else {
        return Err(bad(NOT_FOUND, format!("event {id:?} does not exist")));
    };
    if event.organizer == user {
        event.deleted = true;
    } else if event.attendees.iter().any(|a| a.union_id == user) {
        event.attendees.retain(|a| a.union_id != user);
        event.left.push(user);
    } else if !event.deleted && !event.left.contains(&user) {
        return Err(bad(NOT_FOUND, format!("event {id:?} does not exist")));
    }
    data.calendar.touch(&id);
    no_body()
}

async fn add_attendees(
    State(shared): St,
    _: Authorized,
    Path((user, calendar, id)): Path<(String, String, String)>,
    bytes: Bytes,
) -> Answer {
    calendar_of(&shared, &user, &calendar)?;
    let request: CalendarAddAttendeeRequest = extract::body(&bytes, INVALID)?;
    let event = organised(&shared, &user, &id)?;
    if request.attendees_to_add.is_empty() {
        return Err(bad(INVALID, "attendeesToAdd is required"));
    }
    let added = request.attendees_to_add.into_iter();
    let added = invite(&shared, added.map(|a| (a.id, a.is_optional)))?;
    let attendees = with(event.attendees, added)?;
    let mut data = shared.data();
    if let Some(event) = data.calendar.events.get_mut(&id) {
        event.attendees = attendees;
    }
    data.calendar.touch(&id);
    no_body()
}

async fn remove_attendees(
    State(shared): St,
    _: Authorized,
    Path((user, calendar, id)): Path<(String, String, String)>,
    bytes: Bytes,
) -> Answer {
    calendar_of(&shared, &user, &calendar)?;
    let request: CalendarRemoveAttendeeRequest = extract::body(&bytes, INVALID)?;
    organised(&shared, &user, &id)?;
    let removed: Vec<String> = request
        .attendees_to_remove
        .unwrap_or_default()
        .into_iter()
        .map(|a| a.id.unwrap_or_default())
        .collect();
    if removed.is_empty() || removed.iter().any(String::is_empty) {
        return Err(bad(INVALID, "attendeesToRemove names the attendees by id"));
    }
    if removed.len() > PER_CALL {
        return Err(bad(
            INVALID,
            format!("at most {PER_CALL} attendees are removed at once"),
        ));
    }
    if removed.contains(&user) {
        return Err(bad(INVALID, "the organiser is not removed from the event"));
    }
    let mut data = shared.data();
    if let Some(event) = data.calendar.events.get_mut(&id) {
        event.attendees.retain(|a| !removed.contains(&a.union_id));
    }
    data.calendar.touch(&id);
    no_body()
}

async fn list_attendees(
    State(shared): St,
    _: Authorized,
    Path((user, calendar, id)): Path<(String, String, String)>,
    Query(query): Query<Params>,
) -> Outcome {
    calendar_of(&shared, &user, &calendar)?;
    let paging = Paging::from_query(&query, &ATTENDEES)?;
    let event = event_of(&shared, &user, &id)?;
    let attendees = event
        .attendees
        .iter()
        .map(|a| attendee_json(a, &user))
        .collect();
    let (page, next) = paging.take(attendees);
    let mut body = json!({ "attendees": page });
    if let Some(next) = next {
        body["nextToken"] = json!(next);
    }
    Reply::ok(body)
}

async fn respond(
    State(shared): St,
    _: Authorized,
    Path((user, calendar, id)): Path<(String, String, String)>,
    bytes: Bytes,
) -> Answer {
    calendar_of(&shared, &user, &calendar)?;
    let request: CalendarRespondEventRequest = extract::body(&bytes, INVALID)?;
    if !ANSWERS.contains(&request.response_status.as_str()) {
        return Err(bad(
            INVALID,
            format!(
                "responseStatus is one of {}, not {:?}",
                ANSWERS.join(", "),
                request.response_status
            ),
        ));
    }
    event_of(&shared, &user, &id)?;
    let mut data = shared.data();
    if let Some(event) = data.calendar.events.get_mut(&id) {
        for attendee in event.attendees.iter_mut().filter(|a| a.union_id == user) {
            attendee.answer = request.response_status.clone();
        }
    }
    data.calendar.touch(&id);
    no_body()
}

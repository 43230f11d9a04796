//! Custom robots (`oapi_robot`): `robot/send` checks the webhook token and,
//! for a robot with a secret, the signature and its timestamp; it records
//! each message and refuses more than 20 a minute per robot.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::header::CONTENT_TYPE;
use base64::Engine;
use dingtalk::models::OapiStatus;
use dingtalk::oapi_robot::RobotMessage;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::{fail, now_millis, ok_message, query_param, request_id, Answer, Failure, St};

/// How many messages one robot may send in [`WINDOW`].
pub const ROBOT_MESSAGES_PER_MINUTE: usize = 20;
const WINDOW: Duration = Duration::from_secs(60);
/// How far a signed message's `timestamp` may be from the fake's clock.
const TIMESTAMP_TOLERANCE_MS: i64 = 60 * 60 * 1000;

/// A robot.
#[derive(Debug)]
pub(crate) struct Robot {
    secret: Option<String>,
    messages: Vec<serde_json::Value>,
    /// When the messages of the last minute were accepted.
    recent: VecDeque<Instant>,
}

impl Robot {
    pub(crate) fn new(secret: Option<&str>) -> Robot {
        Robot {
            secret: secret.map(str::to_owned),
            messages: Vec::new(),
            recent: VecDeque::new(),
        }
    }

    pub(crate) fn messages(&self) -> Vec<serde_json::Value> {
        self.messages.clone()
    }
}

/// The signature DingTalk expects: Base64 of the HMAC-SHA256, keyed with the
/// secret, of `"{timestamp}\n{secret}"`.
fn signature(timestamp: &str, secret: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key");
    mac.update(format!("{timestamp}\n{secret}").as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

fn check_signature(secret: &str, query: Option<&str>) -> Result<(), Failure> {
    let refused = |why: &str| fail(310000, format!("sign not match: {why}"));
    let timestamp = query_param(query, "timestamp").ok_or_else(|| refused("no timestamp"))?;
    let millis: i64 = timestamp
        .parse()
        .map_err(|_| refused("the timestamp is not a number"))?;
    if (now_millis() - millis).abs() > TIMESTAMP_TOLERANCE_MS {
        return Err(refused("the timestamp is more than an hour away"));
    }
    let sign = query_param(query, "sign").ok_or_else(|| refused("no sign"))?;
    if sign != signature(&timestamp, secret) {
        return Err(refused("wrong signature"));
    }
    Ok(())
}

pub(crate) async fn send(State(state): St, request: Request) -> Answer {
    let query = request.uri().query().map(str::to_owned);
    let json = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    let bytes = match axum::body::to_bytes(request.into_body(), 1 << 20).await {
        Ok(bytes) => bytes,
        Err(_) => return fail(40035, "missing parameter json").into(),
    };
    match accept(&state, query.as_deref(), json, bytes) {
        Ok(()) => Answer::ok(OapiStatus {
            errcode: 0,
            errmsg: ok_message(),
            request_id: Some(request_id()),
        }),
        Err(failure) => failure.into(),
    }
}

fn accept(
    state: &crate::Shared,
    query: Option<&str>,
    json: bool,
    bytes: Bytes,
) -> Result<(), Failure> {
    let token = query_param(query, "access_token").unwrap_or_default();
    let mut data = state.data();
    let robot = data
        .oapi
        .robots
        .get_mut(&token)
        .ok_or_else(|| fail(400101, "access_token does not exist"))?;
    if let Some(secret) = &robot.secret {
        check_signature(secret, query)?;
    }
    if !json {
        return Err(fail(43004, "invalid HTTP header Content-Type"));
    }
    let message: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|_| fail(40035, "missing parameter json"))?;
    let typed: RobotMessage = serde_json::from_value(message.clone())
        .map_err(|e| fail(40035, format!("invalid message: {e}")))?;
    if let RobotMessage::Other(_) = typed {
        return Err(fail(400105, "unsupported message type"));
    }
    let now = Instant::now();
    while robot
        .recent
        .front()
        .is_some_and(|&at| now.duration_since(at) >= WINDOW)
    {
        robot.recent.pop_front();
    }
    if robot.recent.len() >= ROBOT_MESSAGES_PER_MINUTE {
        return Err(fail(130101, "send too fast, exceed 20 times per minute"));
    }
    robot.recent.push_back(now);
    robot.messages.push(message);
    Ok(())
}

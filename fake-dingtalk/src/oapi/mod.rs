//! The legacy host (`oapi.dingtalk.com`), served on an origin of its own
//! ([`FakeDingTalk::legacy_url`]).
//!
//! Its calls take the app's token in the `access_token` query parameter (a
//! custom robot's webhook token for `robot/send`) and answer with HTTP 200
//! whatever happens: `errcode` 0 and the result on success, a non-zero
//! `errcode` and `errmsg` otherwise, as `spec/oapi-*.yaml` documents them.
//! An app token the OAuth2 operations issued is accepted; a missing, unknown
//! or revoked one is answered with 40014, an expired one with 42001.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{FromRequest, Request, State};
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::de::DeserializeOwned;

use crate::oauth2::{Refusal, APP_KINDS};
use crate::{FakeDingTalk, Shared};

mod contacts;
mod department;
mod media;
mod message;
mod process;
mod robot;
mod user;

pub use contacts::ENGINEERING_MEMBERS;
pub use message::AGENT_ID;
pub use process::PROCESS_CODE;
pub use robot::ROBOT_MESSAGES_PER_MINUTE;

/// What the legacy host keeps.
pub(crate) struct Legacy {
    robots: HashMap<String, robot::Robot>,
    contacts: contacts::Contacts,
    notifications: message::Notifications,
    approvals: process::Approvals,
    media: HashMap<String, media::Media>,
}

impl Default for Legacy {
    fn default() -> Self {
        Legacy {
            robots: HashMap::new(),
            contacts: contacts::Contacts::seeded(),
            notifications: Default::default(),
            approvals: Default::default(),
            media: HashMap::new(),
        }
    }
}

impl Legacy {
    /// Whether `media_id` was uploaded (`media_Upload`).
    pub(crate) fn has_media(&self, media_id: &str) -> bool {
        self.media.contains_key(media_id)
    }

    /// Whether a custom robot has the webhook token `token`.
    pub(crate) fn has_robot(&self, token: &str) -> bool {
        self.robots.contains_key(token)
    }

    /// Removes the custom robot of webhook token `token`; its webhook stops
    /// working. Whether there was one.
    pub(crate) fn remove_robot(&mut self, token: &str) -> bool {
        self.robots.remove(token).is_some()
    }

    /// The name and union id of the user `user_id` of the contact book.
    pub(crate) fn user(&self, user_id: &str) -> Option<(String, String)> {
        self.contacts
            .users
            .get(user_id)
            .map(|u| (u.name.clone(), u.unionid.clone()))
    }

    /// The user id and name of the user of union id `union_id`.
    pub(crate) fn user_by_union_id(&self, union_id: &str) -> Option<(String, String)> {
        self.contacts
            .users
            .values()
            .find(|u| u.unionid == union_id)
            .map(|u| (u.userid.clone(), u.name.clone()))
    }
}

/// The legacy host's operations.
pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/robot/send", post(robot::send))
        .route(
            "/topapi/message/corpconversation/asyncsend_v2",
            post(message::async_send),
        )
        .route(
            "/topapi/message/corpconversation/getsendprogress",
            post(message::progress),
        )
        .route(
            "/topapi/message/corpconversation/getsendresult",
            post(message::result),
        )
        .route(
            "/topapi/message/corpconversation/recall",
            post(message::recall),
        )
        .route("/topapi/v2/user/get", post(user::get))
        .route("/topapi/v2/user/getbymobile", post(user::get_by_mobile))
        .route("/topapi/user/getbyunionid", post(user::get_by_union_id))
        .route("/topapi/v2/user/list", post(user::list))
        .route("/topapi/user/listsimple", post(user::list_simple))
        .route("/topapi/user/listid", post(user::list_id))
        .route("/topapi/user/count", post(user::count))
        .route("/topapi/v2/user/create", post(user::create))
        .route("/topapi/v2/user/update", post(user::update))
        .route("/topapi/v2/user/delete", post(user::delete))
        .route("/topapi/v2/user/getuserinfo", post(user::get_user_info))
        .route("/topapi/v2/department/get", post(department::get))
        .route("/topapi/v2/department/listsub", post(department::list_sub))
        .route(
            "/topapi/v2/department/listsubid",
            post(department::list_sub_id),
        )
        .route(
            "/topapi/v2/department/listparentbyuser",
            post(department::list_parent_by_user),
        )
        .route("/topapi/v2/department/create", post(department::create))
        .route("/topapi/v2/department/update", post(department::update))
        .route("/topapi/v2/department/delete", post(department::delete))
        .route("/topapi/processinstance/create", post(process::create))
        .route("/topapi/processinstance/get", post(process::get))
        .route("/topapi/processinstance/listids", post(process::list_ids))
        .route(
            "/topapi/process/instance/terminate",
            post(process::terminate),
        )
        .route("/media/upload", post(media::upload))
        .route("/get_jsapi_ticket", get(media::jsapi_ticket))
}

/// A refusal: the `errcode` and `errmsg` of the answer.
#[derive(Debug)]
pub(crate) struct Failure {
    errcode: i64,
    errmsg: String,
}

/// A refusal with `errcode` and `errmsg`.
pub(crate) fn fail(errcode: i64, errmsg: impl Into<String>) -> Failure {
    Failure {
        errcode,
        errmsg: errmsg.into(),
    }
}

/// The `errcode` of an answer, kept with the response for the served counts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Errcode(pub(crate) i64);

/// An answer: a success body (the operation's response model, `errcode` 0)
/// or a refusal.
pub(crate) struct Answer(Result<serde_json::Value, Failure>);

impl Answer {
    pub(crate) fn ok(body: impl serde::Serialize) -> Answer {
        Answer(Ok(serde_json::to_value(body).expect("models serialize")))
    }
}

impl From<Failure> for Answer {
    fn from(failure: Failure) -> Self {
        Answer(Err(failure))
    }
}

impl From<Result<Answer, Failure>> for Answer {
    fn from(result: Result<Answer, Failure>) -> Self {
        result.unwrap_or_else(Answer::from)
    }
}

impl IntoResponse for Answer {
    fn into_response(self) -> Response {
        let (errcode, body) = match self.0 {
            Ok(body) => (0, body),
            Err(Failure { errcode, errmsg }) => (
                errcode,
                serde_json::json!({"errcode": errcode, "errmsg": errmsg, "request_id": request_id()}),
            ),
        };
        let mut response = Json(body).into_response();
        response.extensions_mut().insert(Errcode(errcode));
        response
    }
}

/// `errmsg` of a success.
pub(crate) fn ok_message() -> Option<String> {
    Some("ok".to_owned())
}

/// A `request_id` as the legacy host puts in its bodies.
pub(crate) fn request_id() -> String {
    crate::request_id().replace("fake-request-", "fake-oapi-")
}

/// A call of an app to the legacy host: the `access_token` query parameter
/// holds a valid app (or organisation) token, and the body reads as `T`
/// (else `errcode` 40035).
pub(crate) struct Call<T>(pub T);

impl<T: DeserializeOwned> FromRequest<Arc<Shared>> for Call<T> {
    type Rejection = Answer;

    async fn from_request(request: Request, state: &Arc<Shared>) -> Result<Self, Answer> {
        authorize(state, request.uri().query())?;
        let json = request
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|e| fail(40035, format!("cannot read the body: {e}")))?;
        if !json {
            return Err(fail(43004, "invalid HTTP header Content-Type").into());
        }
        serde_json::from_slice(&bytes)
            .map(Call)
            .map_err(|e| fail(40035, format!("invalid parameter: {e}")).into())
    }
}

/// A call of an app without a body (see [`Call`]).
pub(crate) struct Authorized;

impl axum::extract::FromRequestParts<Arc<Shared>> for Authorized {
    type Rejection = Answer;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &Arc<Shared>,
    ) -> Result<Self, Answer> {
        authorize(state, parts.uri.query())?;
        Ok(Authorized)
    }
}

/// The value of the query parameter `name`.
pub(crate) fn query_param(query: Option<&str>, name: &str) -> Option<String> {
    form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

/// Checks the `access_token` query parameter as the legacy host does.
fn authorize(state: &Shared, query: Option<&str>) -> Result<(), Failure> {
    let token = query_param(query, "access_token");
    match state.check_token(token.as_deref()) {
        Ok(issued) if APP_KINDS.contains(&issued.kind) => Ok(()),
        Ok(_) => Err(fail(
            40014,
            "invalid access_token: this API takes an app's access token",
        )),
        Err(Refusal::Expired) => Err(fail(42001, "access_token expired")),
        Err(Refusal::Missing) => Err(fail(40014, "invalid access_token: missing")),
        Err(Refusal::Unknown | Refusal::Revoked) => Err(fail(40014, "invalid access_token")),
    }
}

/// A comma-separated list of ids, as several legacy calls take them.
pub(crate) fn split_list(list: Option<&str>) -> Vec<String> {
    list.unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The current time in milliseconds since the Unix epoch.
pub(crate) fn now_millis() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

impl FakeDingTalk {
    /// Adds a custom robot and returns its webhook token (the `access_token`
    /// of its webhook URL). With a `secret`, each message must be signed
    /// with it (`timestamp` and `sign`).
    pub fn add_robot(&self, secret: Option<&str>) -> String {
        let mut data = self.state.data();
        let token = format!("fake-robot-{}", data.id());
        data.oapi
            .robots
            .insert(token.clone(), robot::Robot::new(secret));
        token
    }

    /// The messages the robot with webhook token `token` accepted, in order,
    /// as they were sent.
    pub fn robot_messages(&self, token: &str) -> Vec<serde_json::Value> {
        self.state
            .data()
            .oapi
            .robots
            .get(token)
            .map(robot::Robot::messages)
            .unwrap_or_default()
    }

    /// A new login code of the user `user_id`, as DingTalk hands one to an
    /// app when the user opens it: `user_GetUserInfo` exchanges it, once.
    pub fn login_code(&self, user_id: &str) -> String {
        let mut data = self.state.data();
        let code = format!("fake-login-code-{}", data.id());
        data.oapi
            .contacts
            .login_codes
            .insert(code.clone(), user_id.to_owned());
        code
    }

    /// The work notifications sent so far: for each, the recipients it
    /// reached and the message as it was sent.
    pub fn work_notifications(&self) -> Vec<(Vec<String>, serde_json::Value)> {
        self.state.data().oapi.notifications.sent()
    }

    /// The content of the uploaded media file `media_id`.
    pub fn media(&self, media_id: &str) -> Option<Vec<u8>> {
        self.state
            .data()
            .oapi
            .media
            .get(media_id)
            .map(|m| m.bytes.clone())
    }
}

/// The state, for handlers: `State<Arc<Shared>>`.
pub(crate) type St = State<Arc<Shared>>;

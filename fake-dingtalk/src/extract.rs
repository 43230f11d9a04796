//! What handlers take from a request before they start: the caller, checked
//! like DingTalk checks it, and the JSON body, parsed like DingTalk parses it.
//! Each answers with DingTalk's error body when the request falls short.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Query, Request};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

use crate::{required, Params, Reply, Shared};

/// A call of an app or an organisation: the access token header holds a
/// valid token of either kind (see [`Shared::authorize`]).
pub(crate) struct Authorized;

impl FromRequestParts<Arc<Shared>> for Authorized {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<Shared>,
    ) -> Result<Self, Self::Rejection> {
        state
            .authorize(&parts.headers)
            .map_err(IntoResponse::into_response)?;
        Ok(Authorized)
    }
}

/// The user a storage call acts for: the call is [`Authorized`] and names the
/// user in its `unionId` query parameter, or answers `paramError`.
pub(crate) struct Operator(pub String);

impl FromRequestParts<Arc<Shared>> for Operator {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<Shared>,
    ) -> Result<Self, Self::Rejection> {
        let Query(query) = Query::<Params>::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        Authorized::from_request_parts(parts, state).await?;
        let user =
            required(&query, "unionId", "paramError").map_err(IntoResponse::into_response)?;
        Ok(Operator(user.to_owned()))
    }
}

/// The JSON body of a storage or OAuth2 call (see [`body`]); a body that does
/// not read as `T` answers `paramError`.
pub(crate) struct Body<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Body<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        parse(request, state, "paramError").await.map(Body)
    }
}

/// The JSON body of a drive call (see [`body`]); a body that does not read as
/// `T` answers `param.error`.
pub(crate) struct DriveBody<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for DriveBody<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        parse(request, state, "param.error").await.map(DriveBody)
    }
}

async fn parse<T: DeserializeOwned, S: Send + Sync>(
    request: Request,
    state: &S,
    code: &str,
) -> Result<T, Response> {
    let bytes = Bytes::from_request(request, state)
        .await
        .map_err(IntoResponse::into_response)?;
    body(&bytes, code).map_err(IntoResponse::into_response)
}

/// The JSON body as `T`; an empty body reads as `{}`.
///
/// No request property of the spec is `nullable`, and DingTalk refuses `null`
/// where a property is not: so does the fake, naming the property.
pub(crate) fn body<T: DeserializeOwned>(bytes: &Bytes, code: &str) -> Result<T, Reply> {
    let bytes: &[u8] = if bytes.trim_ascii().is_empty() {
        b"{}"
    } else {
        bytes
    };
    let invalid =
        |e: serde_json::Error| Reply::error(400, code, format!("invalid request body: {e}"));
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(invalid)?;
    if let Some(path) = null_at(&value, String::new()) {
        return Err(Reply::error(400, code, format!("{path} must not be null")));
    }
    serde_json::from_value(value).map_err(invalid)
}

/// The path of the first `null` inside `value` (`option.name`, `ids[2]`).
fn null_at(value: &serde_json::Value, at: String) -> Option<String> {
    match value {
        serde_json::Value::Null => Some(if at.is_empty() {
            "the body".to_owned()
        } else {
            at
        }),
        serde_json::Value::Object(map) => map.iter().find_map(|(key, value)| {
            let at = if at.is_empty() {
                key.clone()
            } else {
                format!("{at}.{key}")
            };
            null_at(value, at)
        }),
        serde_json::Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, item)| null_at(item, format!("{at}[{i}]"))),
        _ => None,
    }
}

/// The JSON body of a `robot_1_0` call (see [`body`]); a body that does not
/// read as `T` answers `invalidParameter.param.invalid`.
pub(crate) struct RobotBody<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for RobotBody<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        parse(request, state, crate::robot::PARAM_INVALID)
            .await
            .map(RobotBody)
    }
}

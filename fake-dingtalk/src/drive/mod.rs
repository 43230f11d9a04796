//! Drive spaces: the organisation's shared spaces and the user's own, as the
//! DingTalk client's cloud drive shows them.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::routing::post;
use axum::Router;
use dingtalk::models::*;

use crate::paging::{Limits, Paging};
use crate::{body, required, Outcome, Params, Reply, Shared};

/// Drive lists must say how large a page to answer with, at most 50.
const LIMITS: Limits = Limits {
    default: 50,
    max: Some(50),
    invalid: "param.error",
    too_large: "param.error.maxresults",
};

pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new().route("/v1.0/drive/spaces", post(add_space).get(list_spaces))
}

async fn add_space(State(state): State<Arc<Shared>>, headers: HeaderMap, bytes: Bytes) -> Outcome {
    state.authorize(&headers)?;
    let request: DriveAddSpaceRequest = body(&bytes, "param.error")?;
    if request.union_id.is_empty() {
        return Err(Reply::error(400, "param.error", "unionId is required"));
    }
    let name = request.name.trim();
    if name.is_empty() {
        return Err(Reply::error(400, "name.invalid", "Space name is invalid."));
    }
    let space = state
        .data()
        .add_drive_space(name.to_owned(), DriveSpaceType::Org);
    Reply::ok(space)
}

async fn list_spaces(
    State(state): State<Arc<Shared>>,
    headers: HeaderMap,
    Query(query): Query<Params>,
) -> Outcome {
    state.authorize(&headers)?;
    required(&query, "unionId", "param.error")?;
    let space_type = DriveSpaceType::from(required(&query, "spaceType", "param.error")?);
    required(&query, "maxResults", "param.error")?;
    let paging = Paging::from_query(&query, &LIMITS)?;
    let matching: Vec<DriveSpace> = state
        .data()
        .drive_spaces
        .iter()
        .filter(|s| s.space_type.as_ref() == Some(&space_type))
        .cloned()
        .collect();
    let (spaces, next_token) = paging.take(matching);
    Reply::ok(DriveListSpacesResponse {
        spaces: Some(spaces),
        next_token: Some(next_token.unwrap_or_default()),
    })
}

//! Every operation of the spec that no stateful part of the fake serves,
//! answered from the spec itself: the token is checked as the operation's
//! security scheme says, and the answer is the operation's first success
//! response with its example body.
//!
//! The operations are read from the bundled spec (`spec/dingtalk.json`) the
//! fake is built with, so a module added to the spec is answered as soon as
//! the fake is built again. The modules in [`STATEFUL_MODULES`], and the
//! operations in [`STATEFUL_OPERATIONS`] of other modules, have handlers of
//! their own, which keep state and check inputs ([`stateful`]); a request
//! the spec does not describe is answered `404` with DingTalk's error body.

use std::sync::{Arc, OnceLock};

use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use crate::oauth2::Refusal;
use crate::{Origin, Shared};

/// The modules (tags) whose operations the fake serves with handlers of its
/// own, keeping state; every other operation is answered from the spec's
/// examples.
pub const STATEFUL_MODULES: &[&str] = &[
    "storage_1_0",
    "drive_1_0",
    "oauth2_1_0",
    "robot_1_0",
    "oapi_robot",
    "oapi_message",
    "oapi_user",
    "oapi_department",
    "oapi_process",
    "oapi_media",
];

/// The operations, outside [`STATEFUL_MODULES`], that the fake serves with
/// handlers of their own, keeping state; the other operations of their
/// modules are answered from the spec's examples.
pub const STATEFUL_OPERATIONS: &[&str] = &[
    "calendar_CreateEvent",
    "calendar_GetEvent",
    "calendar_ListEvents",
    "calendar_PatchEvent",
    "calendar_DeleteEvent",
    "calendar_AddAttendee",
    "calendar_RemoveAttendee",
    "calendar_ListAttendees",
    "calendar_RespondEvent",
    "todo_CreateTodoTask",
    "todo_GetTodoTask",
    "todo_QueryTodoTasks",
    "todo_UpdateTodoTask",
    "todo_DeleteTodoTask",
    "im_CreateSceneGroup",
    "im_AddSceneGroupMember",
    "im_RemoveSceneGroupMember",
    "im_UpdateSceneGroup",
    "im_GetSceneGroupInfo",
    "im_GetSceneGroupMembers",
    "im_CheckUserIsGroupMember",
    "im_DsbandOpenSceneGroup",
];

/// Whether the fake serves `operation` (an operation object of the spec)
/// with a handler of its own: its module is in [`STATEFUL_MODULES`] or its
/// id in [`STATEFUL_OPERATIONS`].
pub fn stateful(operation: &Value) -> bool {
    let id = operation["operationId"].as_str().unwrap_or_default();
    let mut tags = operation["tags"].as_array().into_iter().flatten();
    STATEFUL_OPERATIONS.contains(&id)
        || tags.any(|tag| tag.as_str().is_some_and(|t| STATEFUL_MODULES.contains(&t)))
}

/// The spec the fake is built with, bundled into one JSON document.
const BUNDLE: &str = include_str!("../../spec/dingtalk.json");

/// An operation answered from its examples.
#[derive(Debug)]
struct Example {
    operation_id: String,
    method: String,
    /// The path template's segments, as the spec writes them.
    segments: Vec<String>,
    template: String,
    origin: Origin,
    auth: Auth,
    status: StatusCode,
    body: Option<Value>,
}

/// Where an operation takes its token, from its security scheme.
#[derive(Debug, Clone, PartialEq)]
enum Auth {
    /// No token, or a scheme the fake does not check.
    None,
    /// An access token in this header.
    Header(String),
    /// An access token in this query parameter.
    Query(String),
}

/// The spec the fake is built with, read once.
pub(crate) fn bundle() -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    SPEC.get_or_init(|| serde_json::from_str(BUNDLE).expect("the bundled spec is JSON"))
}

/// The operations answered from examples, read from the bundle once.
fn examples() -> &'static [Example] {
    static EXAMPLES: OnceLock<Vec<Example>> = OnceLock::new();
    EXAMPLES.get_or_init(|| read(bundle()))
}

/// The operations of `spec` that are not [`stateful`], each with its first
/// success response.
fn read(spec: &Value) -> Vec<Example> {
    let mut examples = Vec::new();
    let Some(paths) = spec["paths"].as_object() else {
        return examples;
    };
    for (template, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for (method, operation) in item {
            let Some(operation_id) = operation["operationId"].as_str() else {
                continue;
            };
            if stateful(operation) {
                continue;
            }
            let servers = operation.get("servers").or_else(|| item.get("servers"));
            let origin = match servers {
                Some(_) => Origin::Legacy,
                None => Origin::Api,
            };
            let security = operation.get("security").or_else(|| spec.get("security"));
            let (status, body) = success(spec, operation);
            examples.push(Example {
                operation_id: operation_id.to_owned(),
                method: method.to_ascii_uppercase(),
                segments: template.split('/').map(str::to_owned).collect(),
                template: template.clone(),
                origin,
                auth: auth(spec, security),
                status,
                body,
            });
        }
    }
    examples
}

/// The first success status of `operation` and its example JSON body, if it has one.
fn success(spec: &Value, operation: &Value) -> (StatusCode, Option<Value>) {
    let responses = operation["responses"].as_object();
    let first = responses.into_iter().flatten().find(|(status, _)| {
        status.len() == 3 && status.starts_with('2') && status.parse::<u16>().is_ok()
    });
    let Some((status, response)) = first else {
        return (StatusCode::OK, None);
    };
    let status = status
        .parse()
        .ok()
        .and_then(|s| StatusCode::from_u16(s).ok())
        .unwrap_or(StatusCode::OK);
    let response = resolve(spec, response);
    let content = &response["content"]["application/json"];
    let example = content.get("example").cloned().or_else(|| {
        let examples = content["examples"].as_object()?;
        let (_, first) = examples.iter().next()?;
        resolve(spec, first).get("value").cloned()
    });
    (status, example)
}

/// The token location of the first scheme of `security` that takes an API key.
fn auth(spec: &Value, security: Option<&Value>) -> Auth {
    let requirements = security.and_then(Value::as_array).into_iter().flatten();
    for requirement in requirements {
        let Some(names) = requirement.as_object() else {
            continue;
        };
        if names.is_empty() {
            return Auth::None;
        }
        for name in names.keys() {
            let scheme = &spec["components"]["securitySchemes"][name];
            let Some(key) = scheme["name"].as_str() else {
                continue;
            };
            match scheme["in"].as_str() {
                Some("header") => return Auth::Header(key.to_ascii_lowercase()),
                Some("query") => return Auth::Query(key.to_owned()),
                _ => {}
            }
        }
    }
    Auth::None
}

/// `value`, or what its `$ref` points at within `spec`.
fn resolve<'a>(spec: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(pointer) => spec
            .pointer(pointer.trim_start_matches('#'))
            .unwrap_or(value),
        None => value,
    }
}

impl Example {
    /// How well `path` fits the template: the number of literal segments
    /// matched, or `None` when it does not fit.
    fn fits(&self, path: &str) -> Option<usize> {
        let segments: Vec<&str> = path.split('/').collect();
        if segments.len() != self.segments.len() {
            return None;
        }
        let mut literal = 0;
        for (segment, template) in segments.iter().zip(&self.segments) {
            if !template.contains('{') {
                if segment != template {
                    return None;
                }
                literal += 1;
            } else if segment.is_empty() {
                return None;
            }
        }
        Some(literal)
    }
}

/// The operation of `origin` that `method` and `path` name, the one with the
/// most literal segments when several fit.
fn find(origin: Origin, method: &str, path: &str) -> Option<&'static Example> {
    examples()
        .iter()
        .filter(|e| e.origin == origin && e.method == method)
        .filter_map(|e| e.fits(path).map(|literal| (literal, e)))
        .max_by_key(|(literal, _)| *literal)
        .map(|(_, e)| e)
}

/// Answers a request no handler of `origin` took: from its operation's
/// example when the spec describes it and the token is valid.
pub(crate) async fn answer(state: Arc<Shared>, origin: Origin, request: Request) -> Response {
    let method = request.method().as_str().to_owned();
    let path = request.uri().path().to_owned();
    let Some(example) = find(origin, &method, &path) else {
        return crate::Reply::error(
            404,
            "InvalidAction.NotFound",
            format!("The fake has no operation {method} {path}."),
        )
        .into_response();
    };
    let response = match refusal(&state, example, request.headers(), request.uri().query()) {
        Some(refusal) => refusal,
        None => {
            let mut response = match &example.body {
                Some(body) => (example.status, axum::Json(body.clone())).into_response(),
                None => example.status.into_response(),
            };
            if let Ok(id) = HeaderValue::from_str(&crate::request_id()) {
                response.headers_mut().insert("x-acs-request-id", id);
            }
            response
        }
    };
    let served = format!(
        "{method} {} {}",
        example.template,
        response.status().as_u16()
    );
    *state.data().served.entry(served).or_default() += 1;
    response
}

/// The answer to a call whose token, where `example`'s scheme puts it, is
/// refused, as that origin answers it; `None` when the token is valid.
fn refusal(
    state: &Shared,
    example: &Example,
    headers: &HeaderMap,
    query: Option<&str>,
) -> Option<Response> {
    let token = match &example.auth {
        Auth::None => return None,
        Auth::Header(name) => headers
            .get(name.as_str())
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
        Auth::Query(name) => crate::oapi::query_param(query, name),
    };
    match (state.check_token(token.as_deref()), &example.auth) {
        (Ok(_), _) => None,
        (Err(refusal), Auth::Query(_)) => {
            let (errcode, errmsg) = match refusal {
                Refusal::Expired => (42001, "access_token expired"),
                _ => (40014, "invalid access_token"),
            };
            Some(crate::oapi::Answer::from(crate::oapi::fail(errcode, errmsg)).into_response())
        }
        (Err(_), _) => Some(
            crate::Reply::error(
                401,
                "InvalidAuthentication",
                "The access token is invalid or has expired.",
            )
            .into_response(),
        ),
    }
}

/// The operations the fake answers from examples, as (`operationId`, method,
/// path template, origin), in the spec's order.
pub fn operations() -> Vec<(String, String, String, Origin)> {
    examples()
        .iter()
        .map(|e| {
            let (id, method) = (e.operation_id.clone(), e.method.clone());
            (id, method, e.template.clone(), e.origin)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> Value {
        json!({
            "components": {
                "securitySchemes": {
                    "Header": {"type": "apiKey", "in": "header", "name": "X-Token"},
                    "Query": {"type": "apiKey", "in": "query", "name": "access_token"}
                },
                "responses": {
                    "Done": {
                        "description": "done",
                        "content": {"application/json": {"examples": {
                            "first": {"value": {"done": true}},
                            "second": {"value": {"done": false}}
                        }}}
                    }
                }
            },
            "security": [{"Header": []}],
            "paths": {
                "/v1.0/things/{id}": {
                    "get": {
                        "operationId": "GetThing",
                        "tags": ["things"],
                        "responses": {
                            "default": {"description": "error"},
                            "201": {"$ref": "#/components/responses/Done"}
                        }
                    },
                    "delete": {
                        "operationId": "DeleteThing",
                        "tags": ["storage_1_0"],
                        "responses": {"200": {"description": "ok"}}
                    }
                },
                "/v1.0/things/mine": {
                    "get": {
                        "operationId": "GetMine",
                        "security": [],
                        "responses": {"200": {"description": "ok", "content": {
                            "application/json": {"example": [1, 2]}
                        }}}
                    }
                },
                "/legacy/get": {
                    "servers": [{"url": "https://legacy.example"}],
                    "post": {
                        "operationId": "Legacy",
                        "security": [{"Query": []}],
                        "responses": {"200": {"description": "ok"}}
                    }
                },
                "/v1.0/todo/tasks": {
                    "get": {
                        "operationId": "todo_GetTodoTask",
                        "tags": ["todo_1_0"],
                        "responses": {"200": {"description": "ok"}}
                    },
                    "post": {
                        "operationId": "todo_CountTodoTasks",
                        "tags": ["todo_1_0"],
                        "responses": {"200": {"description": "ok"}}
                    }
                }
            }
        })
    }

    #[test]
    fn reads_success_examples_auth_and_origin() {
        let examples = read(&spec());
        let ids: Vec<(&str, &str)> = examples
            .iter()
            .map(|e| (e.method.as_str(), e.template.as_str()))
            .collect();
        assert_eq!(
            ids,
            [
                ("GET", "/v1.0/things/{id}"),
                ("GET", "/v1.0/things/mine"),
                ("POST", "/legacy/get"),
                ("POST", "/v1.0/todo/tasks")
            ],
            "the storage_1_0 operation and todo_GetTodoTask are stateful, so not \
             answered from examples; todo_1_0's other operation is"
        );
        let thing = &examples[0];
        assert_eq!(thing.status, StatusCode::CREATED);
        assert_eq!(thing.body, Some(json!({"done": true})));
        assert_eq!(thing.auth, Auth::Header("x-token".to_owned()));
        assert_eq!(thing.origin, Origin::Api);
        assert_eq!(examples[1].auth, Auth::None);
        assert_eq!(examples[1].body, Some(json!([1, 2])));
        assert_eq!(examples[2].auth, Auth::Query("access_token".to_owned()));
        assert_eq!(examples[2].origin, Origin::Legacy);
        assert_eq!(examples[2].body, None);
    }

    #[test]
    fn a_literal_segment_wins_over_a_parameter() {
        let examples = read(&spec());
        let best = |path: &str| {
            examples
                .iter()
                .filter(|e| e.method == "GET")
                .filter_map(|e| e.fits(path).map(|n| (n, e.template.as_str())))
                .max_by_key(|(n, _)| *n)
                .map(|(_, t)| t)
        };
        assert_eq!(best("/v1.0/things/mine"), Some("/v1.0/things/mine"));
        assert_eq!(best("/v1.0/things/42"), Some("/v1.0/things/{id}"));
        assert_eq!(
            best("/v1.0/things/"),
            None,
            "an empty parameter fits nothing"
        );
        assert_eq!(best("/v1.0/things/42/more"), None);
    }
}

//! Helpers shared by the HTTP-level tests: the spec's own examples, and a
//! local server that records what the client sent.

#![allow(dead_code)]

#[cfg(feature = "curated")]
pub mod calls;
pub mod logs;

use serde_json::Value;
use std::collections::BTreeMap;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

pub const TOKEN: &str = "test-access-token";

/// The spec, bundled into one JSON document by `cargo xtask gen`, read once.
pub fn spec() -> &'static Value {
    static SPEC: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    SPEC.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/dingtalk.json");
        let text = std::fs::read_to_string(path).unwrap();
        serde_json::from_str(&text).unwrap()
    })
}

/// The id of every operation in the spec, in the spec's order.
pub fn operation_ids() -> Vec<String> {
    let spec = spec();
    let mut ids = Vec::new();
    for item in spec["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            if let Some(id) = op["operationId"].as_str() {
                ids.push(id.to_owned());
            }
        }
    }
    ids
}

/// The operations whose documented errors are each called: every operation
/// of a curated module, and, with the feature `full` (the drafted modules
/// are off by default), of each drafted module (a tag with `x-drafted:
/// true`) the one documenting an error that takes the fewest inputs (the
/// first by id among equals). A drafted operation documents only the answers every operation
/// shares (its module's error type reads them alike for all), so one shows
/// that the module's type reads them.
pub fn error_checked_operation_ids() -> Vec<String> {
    let spec = spec();
    let drafted: Vec<&str> = spec["tags"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|tag| tag["x-drafted"] == true)
        .map(|tag| tag["name"].as_str().unwrap())
        .collect();
    let mut fewest: BTreeMap<&str, (usize, String)> = BTreeMap::new();
    let mut ids = Vec::new();
    for (_, item) in spec["paths"].as_object().unwrap() {
        for op in item.as_object().unwrap().values() {
            let Some(id) = op["operationId"].as_str() else {
                continue;
            };
            let module = op["tags"][0].as_str().unwrap();
            if !drafted.contains(&module) {
                ids.push(id.to_owned());
                continue;
            }
            if !cfg!(feature = "full") {
                continue;
            }
            if error_examples(id).is_empty() {
                continue;
            }
            let candidate = (required_inputs(op), id.to_owned());
            let best = fewest.entry(module).or_insert((usize::MAX, String::new()));
            if candidate < *best {
                *best = candidate;
            }
        }
    }
    ids.extend(fewest.into_values().map(|(_, id)| id));
    ids
}

/// How many inputs `op` requires: parameters, and the required properties
/// of its body.
fn required_inputs(op: &Value) -> usize {
    let spec = spec();
    let parameters = op["parameters"].as_array().into_iter().flatten();
    let parameters = parameters
        .filter(|p| resolve(spec, p)["required"] == true)
        .count();
    let body = &op["requestBody"]["content"];
    let schema = body
        .as_object()
        .and_then(|content| content.values().next())
        .map(|media| resolve(spec, &media["schema"]));
    let properties = schema
        .and_then(|schema| schema["required"].as_array())
        .map_or(0, Vec::len);
    parameters + properties
}

/// The operation object with `operation_id`, with its path and method.
pub fn operation(operation_id: &str) -> (String, String, Value) {
    let spec = spec();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if op["operationId"] == operation_id {
                return (path.clone(), method.to_uppercase(), op.clone());
            }
        }
    }
    panic!("no operation {operation_id} in the spec")
}

/// Follows a local `$ref` (`#/components/...`), however many times, to what it points at.
pub fn resolve<'a>(spec: &'a Value, value: &'a Value) -> &'a Value {
    match value["$ref"].as_str() {
        Some(reference) => {
            let pointer = reference.strip_prefix('#').expect("a local $ref");
            let target = spec.pointer(pointer);
            resolve(
                spec,
                target.unwrap_or_else(|| panic!("dangling $ref {reference}")),
            )
        }
        None => value,
    }
}

/// The parameters of the operation at `path` and `method` (lower case), with
/// their `$ref`s followed: the path item's, unless the operation has its own
/// of the same name and location, then the operation's.
pub fn parameters(spec: &Value, path: &str, method: &str) -> Vec<Value> {
    let item = resolve(spec, &spec["paths"][path]);
    let list = |parameters: &Value| -> Vec<Value> {
        let parameters = parameters.as_array().map(Vec::as_slice).unwrap_or_default();
        parameters
            .iter()
            .map(|p| resolve(spec, p).clone())
            .collect()
    };
    let own = list(&item[method]["parameters"]);
    let mut all: Vec<Value> = list(&item["parameters"])
        .into_iter()
        .filter(|p| {
            !own.iter()
                .any(|o| o["name"] == p["name"] && o["in"] == p["in"])
        })
        .collect();
    all.extend(own);
    all
}

/// The example request body of an operation.
pub fn request_example(operation_id: &str) -> Value {
    let (_, _, op) = operation(operation_id);
    op["requestBody"]["content"]["application/json"]["example"].clone()
}

/// The example body of an operation's 200 response: its `example`, or, for
/// an operation with `x-error-in-body`, its example that is a success.
pub fn response_example(operation_id: &str) -> Value {
    let (_, _, op) = operation(operation_id);
    let content = &op["responses"]["200"]["content"]["application/json"];
    match error_in_body(operation_id) {
        Some(in_body) if content.get("example").is_none() => {
            let successes: Vec<&Value> = content["examples"]
                .as_object()
                .unwrap_or_else(|| panic!("{operation_id} has no 200 examples"))
                .values()
                .map(|example| &example["value"])
                .filter(|body| !in_body.is_failure(body))
                .collect();
            assert_eq!(successes.len(), 1, "{operation_id}: one success example");
            successes[0].clone()
        }
        _ => content["example"].clone(),
    }
}

/// Where an operation's success answers tell a failure (`x-error-in-body`).
#[derive(Debug, Clone)]
pub struct ErrorInBody {
    /// JSON pointers to the error code and message (`/errcode`, `/errmsg`).
    pub code: String,
    pub message: Option<String>,
    /// The JSON pointer to the value telling success from failure, and the
    /// value meaning success.
    pub status: String,
    pub success: Value,
}

impl ErrorInBody {
    /// Whether `body` says the call failed.
    pub fn is_failure(&self, body: &Value) -> bool {
        body.pointer(&self.status)
            .is_some_and(|value| *value != self.success)
    }
}

/// The operation's `x-error-in-body`, if it has one.
pub fn error_in_body(operation_id: &str) -> Option<ErrorInBody> {
    let (_, _, op) = operation(operation_id);
    let extension = op.get("x-error-in-body")?;
    let text = |name: &str| extension[name].as_str().map(str::to_owned);
    let code = text("code").expect("x-error-in-body names its code");
    Some(ErrorInBody {
        status: text("status").unwrap_or_else(|| code.clone()),
        code,
        message: text("message"),
        success: extension["success"].clone(),
    })
}

/// One documented error of an operation.
#[derive(Debug, Clone)]
pub struct ErrorExample {
    /// The HTTP status: an error status, or 200 for an error in the body.
    pub status: u16,
    /// The name of the example (`invalidAccessToken`).
    pub name: String,
    pub body: Value,
}

/// Every documented error of an operation: the examples of its error
/// responses, and, with `x-error-in-body`, the examples of its 200 response
/// that are not a success.
pub fn error_examples(operation_id: &str) -> Vec<ErrorExample> {
    let spec = spec();
    let (_, _, op) = operation(operation_id);
    let in_body = error_in_body(operation_id);
    let mut out = Vec::new();
    for (status, response) in op["responses"].as_object().unwrap() {
        let Ok(status) = status.parse::<u16>() else {
            continue;
        };
        if status < 400 {
            if let (Some(in_body), 200) = (&in_body, status) {
                let examples = response["content"]["application/json"]["examples"]
                    .as_object()
                    .unwrap_or_else(|| panic!("{operation_id} has no 200 examples"));
                for (name, example) in examples {
                    let body = &example["value"];
                    if in_body.is_failure(body) {
                        out.push(ErrorExample {
                            status,
                            name: name.clone(),
                            body: body.clone(),
                        });
                    }
                }
            }
            continue;
        }
        let response = match response["$ref"].as_str() {
            Some(reference) => {
                &spec["components"]["responses"][reference.rsplit('/').next().unwrap()]
            }
            None => response,
        };
        let examples = response["content"]["application/json"]["examples"]
            .as_object()
            .unwrap();
        for (name, example) in examples {
            out.push(ErrorExample {
                status,
                name: name.clone(),
                body: example["value"].clone(),
            });
        }
    }
    out
}

/// A local server that answers every request with `response`.
pub async fn server(response: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(response)
        .mount(&server)
        .await;
    server
}

pub fn client(server: &MockServer) -> dingtalk::Client {
    dingtalk::Client::builder()
        .base_url(server.uri())
        .access_token(TOKEN)
        .build()
        .unwrap()
}

/// The one request the server received.
pub async fn only_request(server: &MockServer) -> Request {
    let mut requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1, "expected exactly one request");
    requests.remove(0)
}

/// A 200 answer with `body` as JSON.
pub fn ok(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

/// Sends one call to a server answering the spec's 200 example of
/// `operation_id`; returns the request and the decoded result.
pub async fn exchange<T, E: std::fmt::Debug, Fut>(
    operation_id: &str,
    call: impl FnOnce(dingtalk::Client) -> Fut,
) -> (Request, T)
where
    Fut: std::future::Future<Output = Result<T, dingtalk::Error<E>>>,
{
    let example = response_example(operation_id);
    assert!(example.is_object(), "{operation_id} has no 200 example");
    let server = server(ok(example)).await;
    let result = call(client(&server))
        .await
        .unwrap_or_else(|err| panic!("{operation_id}: {err}"));
    (only_request(&server).await, result)
}

/// Query pairs in the order sent.
pub fn query(request: &Request) -> Vec<(String, String)> {
    request
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

pub fn header<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request.headers.get(name).map(|v| v.to_str().unwrap())
}

pub fn json_body(request: &Request) -> Value {
    serde_json::from_slice(&request.body).expect("the request body is JSON")
}

/// Checks what every authenticated JSON call sends.
pub fn assert_common_headers(request: &Request, with_body: bool) {
    assert_eq!(header(request, "x-acs-dingtalk-access-token"), Some(TOKEN));
    assert_eq!(header(request, "accept"), Some("application/json"));
    assert!(header(request, "user-agent")
        .unwrap()
        .starts_with("dingtalk-openapi/"));
    if with_body {
        assert_eq!(header(request, "content-type"), Some("application/json"));
    } else {
        assert!(request.body.is_empty());
        assert_eq!(header(request, "content-type"), None);
    }
}

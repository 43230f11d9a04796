//! Helpers shared by the HTTP-level tests: the spec's own examples, and a
//! local server that records what the client sent.

#![allow(dead_code)]

#[cfg(all(feature = "storage_1_0", feature = "drive_1_0", feature = "oauth2_1_0"))]
pub mod calls;
pub mod logs;

use serde_json::Value;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

pub const TOKEN: &str = "test-access-token";

/// The spec, bundled into one JSON document by `cargo xtask gen`.
pub fn spec() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/dingtalk.json");
    let text = std::fs::read_to_string(path).unwrap();
    serde_json::from_str(&text).unwrap()
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

/// The example body of an operation's 200 response.
pub fn response_example(operation_id: &str) -> Value {
    let (_, _, op) = operation(operation_id);
    op["responses"]["200"]["content"]["application/json"]["example"].clone()
}

/// Every documented error of an operation: (HTTP status, example body).
pub fn error_examples(operation_id: &str) -> Vec<(u16, Value)> {
    let spec = spec();
    let (_, _, op) = operation(operation_id);
    let mut out = Vec::new();
    for (status, response) in op["responses"].as_object().unwrap() {
        let Ok(status) = status.parse::<u16>() else {
            continue;
        };
        if status < 400 {
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
        for example in examples.values() {
            out.push((status, example["value"].clone()));
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

//! Every operation the fake answers from the spec's examples, called over
//! HTTP with a request made from the spec alone (its parameters' examples or
//! least values, its body's example) and the token its security scheme
//! names: each answers its first success status with its example body, and
//! refuses a call without a token. Behind the validating proxy
//! (`FAKE_DINGTALK_PRISM`) both requests and answers are checked against
//! the spec too.

use fake_dingtalk::validator::{self, Scope};
use fake_dingtalk::{examples, Config, FakeDingTalk, Origin};
use futures_util::StreamExt;
use serde_json::Value;

/// The shares the operations are called in: behind the validating proxy,
/// each share has a Prism of its own, which takes a fraction of the time
/// over each request that a Prism knowing every operation takes.
const SHARES: usize = 8;

/// A fake whose validating proxies, when there are, know the operations of
/// share `index` of [`SHARES`].
async fn fake(index: usize) -> FakeDingTalk {
    let config = Config {
        validated: Scope::Share { index, of: SHARES },
        ..Config::default()
    };
    FakeDingTalk::start_with(config).await.unwrap()
}

/// The share an operation is in.
fn share_of(spec: &Value, method: &str, template: &str) -> usize {
    let operation = &spec["paths"][template][method.to_ascii_lowercase()];
    validator::share(spec, operation, SHARES)
}

fn spec() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/dingtalk.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// `value`, or what its `$ref` points at within `spec`.
fn resolve<'a>(spec: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(pointer) => spec.pointer(pointer.trim_start_matches('#')).unwrap(),
        None => value,
    }
}

/// A value of `schema`: its example, first enum value or default, else the
/// least value of its type within its bounds.
fn value_of(spec: &Value, schema: &Value) -> Value {
    let schema = resolve(spec, schema);
    for key in ["example", "default"] {
        if let Some(value) = schema.get(key) {
            return value.clone();
        }
    }
    if let Some(first) = schema["enum"].get(0) {
        return first.clone();
    }
    match schema["type"].as_str() {
        Some("integer") | Some("number") => schema.get("minimum").cloned().unwrap_or(1.into()),
        Some("boolean") => false.into(),
        Some("array") => Value::Array(vec![]),
        Some("object") => Value::Object(Default::default()),
        _ => {
            let length = schema["minLength"].as_u64().unwrap_or(1).max(1) as usize;
            "x".repeat(length).into()
        }
    }
}

/// A parameter's value as it is written in a path, query or header.
fn text_of(spec: &Value, parameter: &Value) -> String {
    let value = match parameter.get("example") {
        Some(example) => example.clone(),
        None => value_of(spec, &parameter["schema"]),
    };
    match value {
        Value::String(text) => text,
        Value::Array(items) => items
            .iter()
            .map(|item| item.as_str().map_or(item.to_string(), str::to_owned))
            .collect::<Vec<_>>()
            .join(","),
        other => other.to_string(),
    }
}

/// A request for the operation at `method` and `template`, from the spec.
fn request(
    http: &reqwest::Client,
    spec: &Value,
    origin_url: &str,
    method: &str,
    template: &str,
) -> reqwest::RequestBuilder {
    let item = &spec["paths"][template];
    let operation = &item[method.to_ascii_lowercase()];
    let parameters = item["parameters"]
        .as_array()
        .into_iter()
        .chain(operation["parameters"].as_array())
        .flatten()
        .map(|p| resolve(spec, p));
    let mut path = template.to_owned();
    let mut query = Vec::new();
    let mut headers = Vec::new();
    for parameter in parameters {
        let name = parameter["name"].as_str().unwrap();
        let required = parameter["required"].as_bool().unwrap_or(false);
        match parameter["in"].as_str().unwrap() {
            "path" => {
                let text = text_of(spec, parameter);
                let encoded: String = form_urlencoded::byte_serialize(text.as_bytes()).collect();
                path = path.replace(&format!("{{{name}}}"), &encoded);
            }
            "query" if required => query.push((name.to_owned(), text_of(spec, parameter))),
            "header" if required => headers.push((name.to_owned(), text_of(spec, parameter))),
            _ => {}
        }
    }
    let verb = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
    let mut builder = http
        .request(verb, format!("{origin_url}{path}"))
        .query(&query);
    for (name, value) in headers {
        builder = builder.header(name, value);
    }
    let Some(body) = operation.get("requestBody").map(|body| resolve(spec, body)) else {
        return builder;
    };
    // An optional body is left out where a body has no meaning.
    let required = body["required"].as_bool().unwrap_or(false);
    if !required && matches!(method, "GET" | "HEAD") {
        return builder;
    }
    let Some((media_type, content)) = body["content"].as_object().and_then(|c| c.iter().next())
    else {
        return builder;
    };
    let example = content.get("example").cloned().or_else(|| {
        let (_, first) = content["examples"].as_object()?.iter().next()?;
        resolve(spec, first).get("value").cloned()
    });
    let value = example.unwrap_or_else(|| value_of(spec, &content["schema"]));
    let fields = || {
        let object = value.as_object().cloned().unwrap_or_default();
        object.into_iter().map(|(name, value)| {
            let text = value.as_str().map_or(value.to_string(), str::to_owned);
            (name, text)
        })
    };
    match media_type.as_str() {
        "application/x-www-form-urlencoded" => builder.form(&fields().collect::<Vec<_>>()),
        "multipart/form-data" => {
            let form = fields().fold(reqwest::multipart::Form::new(), |form, (name, text)| {
                form.text(name, text)
            });
            builder.multipart(form)
        }
        _ => builder.json(&value),
    }
}

/// The token, where the operation's security scheme puts it.
fn with_token(
    spec: &Value,
    method: &str,
    template: &str,
    builder: reqwest::RequestBuilder,
    token: &str,
) -> reqwest::RequestBuilder {
    let operation = &spec["paths"][template][method.to_ascii_lowercase()];
    let security = operation.get("security").unwrap_or(&spec["security"]);
    let scheme = security
        .as_array()
        .and_then(|s| s.first())
        .and_then(|requirement| requirement.as_object()?.keys().next())
        .map(|name| &spec["components"]["securitySchemes"][name]);
    match scheme.map(|s| (s["in"].as_str(), s["name"].as_str())) {
        Some((Some("header"), Some(name))) => builder.header(name, token),
        Some((Some("query"), Some(name))) => builder.query(&[(name, token)]),
        _ => builder,
    }
}

/// The example body of the operation's first success response.
fn success_example(spec: &Value, method: &str, template: &str) -> Option<Value> {
    let responses = &spec["paths"][template][method.to_ascii_lowercase()]["responses"];
    let (_, response) = responses
        .as_object()?
        .iter()
        .find(|(status, _)| status.starts_with('2'))?;
    let content = &resolve(spec, response)["content"]["application/json"];
    content.get("example").cloned().or_else(|| {
        let (_, first) = content["examples"].as_object()?.iter().next()?;
        resolve(spec, first).get("value").cloned()
    })
}

#[tokio::test]
async fn every_operation_without_a_handler_answers_its_example() {
    let spec = spec();
    let http = reqwest::Client::new();
    let operations = examples::operations();
    assert!(
        operations.len() >= 24,
        "todo_1_0's operations alone are 24; found {}",
        operations.len()
    );
    // One share after another, each with a fake of its own, several calls
    // at once in each: the validating proxy takes a while over each. (The
    // shares at once would start their Prisms at once, and starve those of
    // the tests running beside this one.)
    let mut failures = Vec::new();
    for index in 0..SHARES {
        let (spec, http, operations) = (&spec, &http, &operations);
        let found: Vec<String> = {
            let fake = fake(index).await;
            let token = fake.issue_token();
            let mine = operations
                .iter()
                .filter(|(_, method, template, _)| share_of(spec, method, template) == index);
            futures_util::stream::iter(mine)
                .map(|(id, method, template, origin)| {
                    let url = match origin {
                        Origin::Api => fake.base_url(),
                        Origin::Legacy => fake.legacy_url(),
                    };
                    let call = request(http, spec, &url, method, template);
                    let call = with_token(spec, method, template, call, &token);
                    async move {
                        let response = call.send().await.unwrap();
                        let status = response.status();
                        let text = response.text().await.unwrap();
                        if !status.is_success() {
                            return Some(format!("{id} ({method} {template}): {status} {text}"));
                        }
                        let example = success_example(spec, method, template)?;
                        let body: Value = serde_json::from_str(&text).unwrap();
                        (!same_json(&body, &example))
                            .then(|| format!("{id}: answered {body}, not its example {example}"))
                    }
                })
                .buffer_unordered(8)
                .filter_map(|failure| async move { failure })
                .collect()
                .await
        };
        failures.extend(found);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test]
async fn a_call_without_its_token_is_refused() {
    let spec = spec();
    let http = reqwest::Client::new();
    let operations = examples::operations();
    let (id, method, template, _) = operations
        .iter()
        .find(|(_, method, template, origin)| {
            let operation = &spec["paths"][template.as_str()][method.to_ascii_lowercase()];
            let security = operation.get("security").unwrap_or(&spec["security"]);
            *origin == Origin::Api && security.as_array().is_some_and(|s| !s.is_empty())
        })
        .expect("an operation that takes a token");
    let fake = fake(share_of(&spec, method, template)).await;
    let unsigned = request(&http, &spec, &fake.base_url(), method, template);
    let response = unsigned.send().await.unwrap();
    assert_eq!(response.status(), 401, "{id} without a token");
    // The validating proxy refuses such a call itself, in its own words.
    if !fake.validated() {
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["code"], "InvalidAuthentication", "{id}: {body}");
    }
    let wrong = request(&http, &spec, &fake.base_url(), method, template);
    let response = with_token(&spec, method, template, wrong, "not-a-token")
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        401,
        "{id} with a token the fake never issued"
    );
}

#[tokio::test]
async fn a_path_the_spec_does_not_have_is_not_found() {
    // No share knows a path the spec does not have.
    let fake = fake(0).await;
    let response = reqwest::Client::new()
        .get(format!("{}/v1.0/nothing/here", fake.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
}

/// Whether two JSON values are the same, numbers compared by value: JSON does
/// not tell `2` from `2.0`, and a proxy that writes the body again (Prism)
/// may turn one into the other.
fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_json(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

//! The fake behind an independent validator: Prism's validating proxy
//! (`prism proxy --errors`) in front of it, started as a child process, so
//! that every request a client makes and every response the fake gives is
//! checked against `spec/dingtalk.json` (the bundle the fake is built with)
//! by a tool that is not ours. A request
//! or a response that breaks the spec becomes an error response (HTTP 422 or
//! 500, a problem+json body naming the violation) that the caller sees.
//!
//! Prism takes a second or two of CPU to start, and a test process starts
//! a fake a test: the fakes of one process share one Prism for each spec
//! part ([`Proxy`]).

use std::collections::{BTreeSet, HashMap};
use std::ffi::OsString;
use std::hash::{Hash, Hasher};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, LazyLock, Mutex};
use std::time::Duration;

use serde_json::{Map, Value};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, BufReader};
use tokio::net::TcpListener;
use tokio::process::{Child, Command};
use tokio::task::JoinHandle;

use crate::Origin;

/// The environment variable that names the `prism` command; when it is set,
/// [`Config::default`](crate::Config::default) puts every fake behind it.
pub const PRISM_ENV: &str = "FAKE_DINGTALK_PRISM";

/// The operations a fake's validating proxies know, and so check: a request
/// for another is refused by the proxy itself (HTTP 404). Each proxy reads
/// the operations of its own origin alone, so that it starts in a time that
/// does not grow with the modules a test does not call. Prism's time for
/// each request grows with the operations it knows too (about 33 ms with
/// every operation of the spec, 5 ms with a module or two): a test that
/// calls every operation calls them in [`Scope::Share`]s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Scope {
    /// The operations the fake keeps state for
    /// ([`stateful`](crate::examples::stateful)): those of the modules in
    /// [`STATEFUL_MODULES`](crate::examples::STATEFUL_MODULES) and those in
    /// [`STATEFUL_OPERATIONS`](crate::examples::STATEFUL_OPERATIONS).
    #[default]
    Stateful,
    /// Every operation of the spec.
    All,
    /// The operations of one module in `of`, by the order of the spec's
    /// tags: those whose module's position is `index` modulo `of`
    /// ([`share`]).
    Share { index: usize, of: usize },
}

/// The [`Scope::Share`] of `of` that `operation` (an operation object of
/// `spec`) is in: its first tag's position among the spec's tags, modulo
/// `of`; an operation with no known tag is in the first.
pub fn share(spec: &Value, operation: &Value, of: usize) -> usize {
    let tag = operation.pointer("/tags/0").and_then(Value::as_str);
    let position = spec["tags"]
        .as_array()
        .and_then(|tags| tags.iter().position(|t| t["name"].as_str() == tag));
    position.unwrap_or(0) % of.max(1)
}

/// A file holding the part of the spec a proxy of `origin` validates in
/// `scope`: the operations served on that origin (those with `servers` on
/// the legacy host), of the modules in scope, and the components they
/// reach. Written once into the temporary directory, named by its content,
/// and made once per process.
pub(crate) fn spec_file(origin: Origin, scope: Scope) -> std::io::Result<PathBuf> {
    static FILES: LazyLock<Mutex<HashMap<(Origin, Scope), PathBuf>>> =
        LazyLock::new(Default::default);
    let key = (origin, scope);
    let mut files = FILES.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(path) = files.get(&key) {
        return Ok(path.clone());
    }
    let part = serde_json::to_string(&part(crate::examples::bundle(), origin, scope))
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    part.hash(&mut hasher);
    let path =
        std::env::temp_dir().join(format!("fake-dingtalk-spec-{:016x}.json", hasher.finish()));
    if !path.exists() {
        // Written aside and renamed, so that a proxy never reads half a file.
        let aside = path.with_extension(format!("{}.tmp", std::process::id()));
        std::fs::write(&aside, part)?;
        std::fs::rename(&aside, &path)?;
    }
    files.insert(key, path.clone());
    Ok(path)
}

/// The part of `spec` described at [`spec_file`].
fn part(spec: &Value, origin: Origin, scope: Scope) -> Value {
    let mut paths = Map::new();
    for (template, item) in spec["paths"].as_object().into_iter().flatten() {
        let Some(item) = item.as_object() else {
            continue;
        };
        let mut kept = Map::new();
        let mut operations = 0;
        for (key, value) in item {
            if value.get("operationId").is_none() {
                kept.insert(key.clone(), value.clone());
                continue;
            }
            let legacy = value
                .get("servers")
                .or_else(|| item.get("servers"))
                .is_some();
            let on_origin = legacy == (origin == Origin::Legacy);
            let in_scope = match scope {
                Scope::Stateful => crate::examples::stateful(value),
                Scope::All => true,
                Scope::Share { index, of } => share(spec, value, of) == index,
            };
            if on_origin && in_scope {
                kept.insert(key.clone(), value.clone());
                operations += 1;
            }
        }
        if operations > 0 {
            paths.insert(template.clone(), Value::Object(kept));
        }
    }
    let mut part = spec.clone();
    part["paths"] = Value::Object(paths);
    // The components the kept operations reach, and those they reach.
    let mut reached = BTreeSet::new();
    let mut pending = Vec::new();
    references(&part["paths"], &mut pending);
    while let Some(reference) = pending.pop() {
        if reached.insert(reference.clone()) {
            if let Some(target) = spec.pointer(&reference) {
                references(target, &mut pending);
            }
        }
    }
    if let Some(Value::Object(components)) = part.get_mut("components") {
        for (kind, members) in components.iter_mut() {
            if kind == "securitySchemes" {
                continue;
            }
            if let Value::Object(members) = members {
                members.retain(|name, _| {
                    let pointer = format!(
                        "/components/{kind}/{}",
                        name.replace('~', "~0").replace('/', "~1")
                    );
                    reached.contains(&pointer)
                });
            }
        }
    }
    part
}

/// Every local `$ref` under `value`, as a JSON pointer (`/components/...`).
fn references(value: &Value, found: &mut Vec<String>) {
    match value {
        Value::Object(object) => {
            if let Some(Value::String(reference)) = object.get("$ref") {
                if let Some(pointer) = reference.strip_prefix('#') {
                    found.push(pointer.to_owned());
                }
            }
            for member in object.values() {
                references(member, found);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| references(item, found)),
        _ => {}
    }
}

/// A fake's validating proxy, stopped when dropped: an HTTP relay on a
/// port of its own to the Prism this process shares among every fake with
/// the same spec part. It listens at once; the shared Prism starts on the
/// first request any fake relays to it, which then waits for it, so that a
/// test that never calls one of the fake's origins does not pay for that
/// origin's Prism, and a process pays for each Prism once. Each request
/// goes to Prism with the fake it is for named in [`UPSTREAM_HEADER`];
/// Prism checks it, sends it on to this process's [`dispatcher`], which
/// relays it to that fake, and checks the answer on its way back.
pub(crate) struct Proxy {
    pub(crate) address: SocketAddr,
    relay: JoinHandle<()>,
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.relay.abort();
    }
}

/// The header that names, between a fake's relay and the dispatcher, the
/// fake a request is for; Prism passes it on unchecked, as every header the
/// spec does not name.
const UPSTREAM_HEADER: &str = "x-fake-dingtalk-upstream";

/// Prism's process, stopped when dropped.
struct Prism {
    address: SocketAddr,
    _child: Child,
}

/// The `prism` command named by [`PRISM_ENV`], if any.
pub(crate) fn from_env() -> Option<OsString> {
    std::env::var_os(PRISM_ENV).filter(|p| !p.is_empty())
}

/// Where a relay sends a request, and what it adds or takes away.
#[derive(Clone)]
struct Relay {
    client: reqwest::Client,
    /// Finds where to send a request: the shared Prism, or the fake a
    /// request names.
    target: Target,
}

#[derive(Clone)]
enum Target {
    /// The Prism shared by the fakes validated against `spec`, for the fake at `upstream`.
    Prism {
        prism: OsString,
        spec: PathBuf,
        upstream: SocketAddr,
    },
    /// The fake that [`UPSTREAM_HEADER`] names.
    Named,
}

impl Proxy {
    /// A proxy of the fake at `upstream` validating against `spec`, on a
    /// free port. When the shared Prism cannot start, each request is
    /// answered with HTTP 502 naming why, and why is written to standard
    /// error.
    pub(crate) async fn start(
        prism: &OsString,
        upstream: SocketAddr,
        spec: &Path,
    ) -> std::io::Result<Proxy> {
        let target = Target::Prism {
            prism: prism.clone(),
            spec: spec.to_owned(),
            upstream,
        };
        let (address, relay) = serve_relay(target).await?;
        Ok(Proxy { address, relay })
    }
}

/// Serves a relay to `target` on a free loopback port, on the current runtime.
async fn serve_relay(target: Target) -> std::io::Result<(SocketAddr, JoinHandle<()>)> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
    let address = listener.local_addr()?;
    let client = reqwest::Client::builder()
        .no_proxy()
        .no_gzip()
        .no_brotli()
        .no_deflate()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(std::io::Error::other)?;
    let app = axum::Router::new()
        .fallback(relay)
        .with_state(Relay { client, target });
    let relay = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok((address, relay))
}

/// Headers that belong to one connection, not to the request or answer
/// a relay passes on.
const HOP_BY_HOP: [&str; 8] = [
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
];

/// Passes one request on to the relay's target (its body read whole), and
/// the answer back (its body streamed).
async fn relay(
    axum::extract::State(relay): axum::extract::State<Relay>,
    request: axum::extract::Request,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let (parts, body) = request.into_parts();
    let mut headers = parts.headers;
    let target = match &relay.target {
        Target::Prism {
            prism,
            spec,
            upstream,
        } => match shared_prism(prism.clone(), spec.clone()).await {
            Ok(address) => {
                headers.insert(
                    UPSTREAM_HEADER,
                    axum::http::HeaderValue::from_str(&upstream.to_string())
                        .expect("an address is a header value"),
                );
                address
            }
            Err(e) => {
                eprintln!("the validating proxy of {upstream} did not start: {e}");
                return (axum::http::StatusCode::BAD_GATEWAY, e.to_string()).into_response();
            }
        },
        Target::Named => {
            let named = headers
                .remove(UPSTREAM_HEADER)
                .and_then(|value| value.to_str().ok()?.parse::<SocketAddr>().ok());
            let Some(address) = named else {
                let why = format!("no fake named in {UPSTREAM_HEADER}");
                return (axum::http::StatusCode::BAD_GATEWAY, why).into_response();
            };
            address
        }
    };
    headers.remove(axum::http::header::HOST);
    for name in HOP_BY_HOP {
        headers.remove(name);
    }
    // A request's body is read whole, so that it goes on with the length
    // it came with (and none when it had none); an answer's is streamed.
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(e) => return (axum::http::StatusCode::BAD_REQUEST, e.to_string()).into_response(),
    };
    let path = parts.uri.path_and_query().map_or("/", |p| p.as_str());
    let sent = relay
        .client
        .request(parts.method, format!("http://{target}{path}"))
        .headers(headers)
        .body(body)
        .send()
        .await;
    let answer = match sent {
        Ok(answer) => answer,
        Err(e) => {
            let why = format!("relaying to {target}: {e}");
            return (axum::http::StatusCode::BAD_GATEWAY, why).into_response();
        }
    };
    let mut response = axum::response::Response::builder().status(answer.status());
    for (name, value) in answer.headers() {
        if !HOP_BY_HOP.contains(&name.as_str()) {
            response = response.header(name, value);
        }
    }
    response
        .body(axum::body::Body::from_stream(answer.bytes_stream()))
        .unwrap_or_else(|e| (axum::http::StatusCode::BAD_GATEWAY, e.to_string()).into_response())
}

/// The runtime the shared Prisms and the dispatcher run on, for as long as
/// the process: a test's own runtime ends with the test.
fn background() -> &'static tokio::runtime::Runtime {
    static RUNTIME: LazyLock<tokio::runtime::Runtime> = LazyLock::new(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("fake-dingtalk-validator")
            .enable_all()
            .build()
            .expect("a runtime for the validating proxies")
    });
    &RUNTIME
}

/// Where every shared Prism of this process sends the requests it has
/// checked: a relay to the fake each request names. Started once.
async fn dispatcher() -> std::io::Result<SocketAddr> {
    static DISPATCHER: tokio::sync::OnceCell<SocketAddr> = tokio::sync::OnceCell::const_new();
    DISPATCHER
        .get_or_try_init(|| async {
            let started = background().spawn(async {
                let (address, relay) = serve_relay(Target::Named).await?;
                // Serves for as long as the process.
                drop(relay);
                Ok::<_, std::io::Error>(address)
            });
            started.await.map_err(std::io::Error::other)?
        })
        .await
        .copied()
}

/// The address of the Prism this process shares among the fakes validated
/// against `spec`, started by the first caller (the others wait for it).
/// Boxed: the dispatcher it starts serves the relay that calls it.
fn shared_prism(
    prism: OsString,
    spec: PathBuf,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = std::io::Result<SocketAddr>> + Send>> {
    type Started = Arc<tokio::sync::OnceCell<SocketAddr>>;
    static PRISMS: LazyLock<Mutex<HashMap<PathBuf, Started>>> = LazyLock::new(Default::default);
    let cell = PRISMS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .entry(spec.clone())
        .or_default()
        .clone();
    Box::pin(async move {
        cell.get_or_try_init(|| async move {
            let started = background().spawn(async move {
                let upstream = dispatcher().await?;
                let running = Prism::start(&prism, upstream, &spec).await?;
                let address = running.address;
                // Runs for as long as the process: its process is told to
                // stop when this process ends (see `Prism::start_on_free_port`).
                std::mem::forget(running);
                Ok::<_, std::io::Error>(address)
            });
            started.await.map_err(std::io::Error::other)?
        })
        .await
        .copied()
    })
}

impl Prism {
    /// Starts `prism proxy` for the fake at `upstream` on a free port, and
    /// waits until it says it listens there. A port is free when asked for
    /// but may be taken before Prism binds it (by another fake's proxy
    /// starting at the same time): Prism then exits, and another port is
    /// tried, so that no proxy is mistaken for one that failed to start.
    async fn start(prism: &OsString, upstream: SocketAddr, spec: &Path) -> std::io::Result<Prism> {
        let mut last = String::new();
        for _ in 0..ATTEMPTS {
            match Self::start_on_free_port(prism, upstream, spec).await? {
                Ok(proxy) => return Ok(proxy),
                Err(output) => last = output,
            }
        }
        Err(std::io::Error::other(format!(
            "{prism:?} ({PRISM_ENV}) did not start in {ATTEMPTS} attempts; it last said: {last}"
        )))
    }

    /// One attempt: the proxy, or what Prism said before it exited.
    async fn start_on_free_port(
        prism: &OsString,
        upstream: SocketAddr,
        spec: &Path,
    ) -> std::io::Result<Result<Prism, String>> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let mut command = Command::new(prism);
        command
            .arg("proxy")
            .arg(spec)
            .arg(format!("http://{upstream}"))
            .args([
                "--errors",
                "--host",
                "127.0.0.1",
                "--port",
                &port.to_string(),
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        // A shared Prism runs for as long as this process: the kernel stops
        // it when the thread that started it ends, which a runtime's worker
        // thread does only with the process.
        #[cfg(target_os = "linux")]
        // SAFETY: `prctl` is async-signal-safe, as code between fork and
        // exec must be, and touches nothing of the parent's.
        unsafe {
            command.pre_exec(|| {
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) == 0 {
                    Ok(())
                } else {
                    Err(std::io::Error::last_os_error())
                }
            });
        }
        // A program written a moment ago can still be open for writing in a
        // process another thread has forked and not yet replaced by its own
        // program (`ETXTBSY`): that passes within moments.
        let mut busy = 0;
        let mut child = loop {
            match command.spawn() {
                Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy && busy < 50 => {
                    busy += 1;
                    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                }
                spawned => {
                    break spawned.map_err(|e| {
                        std::io::Error::new(
                            e.kind(),
                            format!("cannot start {prism:?} ({PRISM_ENV}): {e}"),
                        )
                    })?
                }
            }
        };
        let address = SocketAddr::from(([127, 0, 0, 1], port));
        let ready = format!("is listening on http://{address}");
        let (Some(stdout), Some(stderr)) = (child.stdout.take(), child.stderr.take()) else {
            return Err(std::io::Error::other("prism's output is not piped"));
        };
        let mut stdout = BufReader::new(stdout).lines();
        let mut said = Vec::new();
        let listening = tokio::time::timeout(Duration::from_secs(120), async {
            while let Some(line) = stdout.next_line().await? {
                if line.contains(&ready) {
                    return Ok(true);
                }
                said.push(line);
            }
            Ok::<bool, std::io::Error>(false)
        })
        .await
        .map_err(|_| {
            std::io::Error::other(format!(
                "{prism:?} did not listen on {address} within two minutes"
            ))
        })??;
        if !listening {
            let mut errors = String::new();
            BufReader::new(stderr).read_to_string(&mut errors).await?;
            said.push(errors);
            return Ok(Err(said.join("\n").trim().to_owned()));
        }
        // Prism logs every request: its output is read to the end, so that
        // a full pipe never stops it.
        tokio::spawn(async move { while let Ok(Some(_)) = stdout.next_line().await {} });
        tokio::spawn(async move {
            let _ = tokio::io::copy(&mut BufReader::new(stderr), &mut tokio::io::sink()).await;
        });
        Ok(Ok(Prism {
            address,
            _child: child,
        }))
    }
}

/// How many ports a proxy is started on before giving up.
const ATTEMPTS: usize = 5;

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    /// The whole spec, for the stand-ins of `prism` that do not read it.
    const SPEC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/dingtalk.json");

    /// A stand-in for `prism` written as a shell script: `body` runs with
    /// the port it was given as `$port`, the upstream as `$upstream`.
    fn script(dir: &Path, body: &str) -> OsString {
        let path = dir.join("prism");
        let text = format!(
            "#!/bin/sh\nupstream=$3\nwhile [ \"$1\" != --port ]; do shift; done\nport=$2\n{body}\n"
        );
        std::fs::write(&path, text).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path.into_os_string()
    }

    #[test]
    fn a_proxy_knows_the_operations_of_its_origin_and_scope_and_what_they_reach() {
        let spec = serde_json::json!({
            "openapi": "3.0.3",
            "tags": [{"name": "storage_1_0"}, {"name": "todo_1_0"}, {"name": "oapi_robot"}],
            "paths": {
                "/v1.0/storage/spaces": {
                    "post": {"operationId": "a", "tags": ["storage_1_0"], "responses": {
                        "200": {"$ref": "#/components/responses/Space"}
                    }}
                },
                "/v1.0/todo/tasks": {
                    "parameters": [{"$ref": "#/components/parameters/Cursor"}],
                    "get": {"operationId": "b", "tags": ["todo_1_0"], "responses": {}}
                },
                "/v1.0/todo/users/{unionId}/tasks/list": {
                    "post": {"operationId": "todo_QueryTodoTasks", "tags": ["todo_1_0"], "responses": {}}
                },
                "/robot/send": {
                    "servers": [{"url": "https://oapi.dingtalk.com"}],
                    "post": {"operationId": "c", "tags": ["oapi_robot"], "responses": {}}
                }
            },
            "components": {
                "securitySchemes": {"AccessToken": {"type": "apiKey"}},
                "responses": {"Space": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Space"}}}}},
                "schemas": {
                    "Space": {"properties": {"quota": {"$ref": "#/components/schemas/Quota"}}},
                    "Quota": {"type": "integer"},
                    "Task": {"type": "object"}
                },
                "parameters": {"Cursor": {"name": "cursor", "in": "query"}}
            }
        });
        let names = |part: &Value, at: &str| -> Vec<String> {
            part.pointer(at)
                .and_then(Value::as_object)
                .map_or(vec![], |o| o.keys().cloned().collect())
        };
        let stateful = part(&spec, Origin::Api, Scope::Stateful);
        assert_eq!(
            names(&stateful, "/paths"),
            [
                "/v1.0/storage/spaces",
                "/v1.0/todo/users/{unionId}/tasks/list"
            ],
            "a module's stateful operation is checked, not the module's others"
        );
        assert_eq!(
            names(&stateful, "/components/schemas"),
            ["Space", "Quota"],
            "reached through a response"
        );
        assert_eq!(
            names(&stateful, "/components/parameters"),
            Vec::<String>::new()
        );
        assert_eq!(
            names(&stateful, "/components/securitySchemes"),
            ["AccessToken"]
        );
        let all = part(&spec, Origin::Api, Scope::All);
        assert_eq!(
            names(&all, "/paths"),
            [
                "/v1.0/storage/spaces",
                "/v1.0/todo/tasks",
                "/v1.0/todo/users/{unionId}/tasks/list"
            ]
        );
        assert_eq!(names(&all, "/components/parameters"), ["Cursor"]);
        let shared: Vec<Vec<String>> = (0..2)
            .map(|index| {
                names(
                    &part(&spec, Origin::Api, Scope::Share { index, of: 2 }),
                    "/paths",
                )
            })
            .collect();
        assert_eq!(
            shared,
            [
                vec!["/v1.0/storage/spaces"],
                vec!["/v1.0/todo/tasks", "/v1.0/todo/users/{unionId}/tasks/list"]
            ],
            "one module in two, by the order of the tags"
        );
        let legacy = part(&spec, Origin::Legacy, Scope::Stateful);
        assert_eq!(names(&legacy, "/paths"), ["/robot/send"]);
        assert_eq!(names(&legacy, "/components/schemas"), Vec::<String>::new());
    }

    #[tokio::test]
    async fn a_proxy_whose_port_was_taken_is_started_again_on_another() {
        let dir = tempfile::tempdir().unwrap();
        let tried = dir.path().join("tried");
        // The first attempt finds its port taken, as when another proxy
        // bound it first; the second listens.
        let prism = script(
            dir.path(),
            &format!(
                "echo \"$port\" >> {tried:?}\n\
                 if [ $(wc -l < {tried:?}) -eq 1 ]; then echo \"listen EADDRINUSE: address already in use 127.0.0.1:$port\" >&2; exit 1; fi\n\
                 echo \"[CLI] start Prism is listening on http://127.0.0.1:$port\"\nexec sleep 30"
            ),
        );
        let upstream = SocketAddr::from(([127, 0, 0, 1], 9));
        let proxy = Prism::start(&prism, upstream, Path::new(SPEC))
            .await
            .unwrap();
        let ports: Vec<u16> = std::fs::read_to_string(&tried)
            .unwrap()
            .lines()
            .map(|l| l.parse().unwrap())
            .collect();
        assert_eq!(ports.len(), 2, "{ports:?}");
        assert_eq!(proxy.address.port(), ports[1]);
    }

    #[tokio::test]
    async fn a_proxy_that_never_listens_is_an_error_with_what_it_said() {
        let dir = tempfile::tempdir().unwrap();
        let prism = script(dir.path(), "echo \"cannot read the spec\" >&2; exit 1");
        let upstream = SocketAddr::from(([127, 0, 0, 1], 9));
        let error = Prism::start(&prism, upstream, Path::new(SPEC))
            .await
            .err()
            .unwrap();
        let message = error.to_string();
        assert!(message.contains("did not start in 5 attempts"), "{message}");
        assert!(message.contains("cannot read the spec"), "{message}");
    }

    #[tokio::test]
    async fn one_prism_serves_every_fake_of_a_spec_each_request_reaching_its_own_fake() {
        let dir = tempfile::tempdir().unwrap();
        let started = dir.path().join("started");
        // A stand-in that says it listens and passes each request on to its
        // upstream with the request's headers, as Prism's proxy does.
        let forward = "import http.server, sys, urllib.request\n\
            class Forward(http.server.BaseHTTPRequestHandler):\n\
            \x20   def do_GET(self):\n\
            \x20       headers = {k: v for k, v in self.headers.items() if k.lower() != 'host'}\n\
            \x20       request = urllib.request.Request(sys.argv[2] + self.path, headers=headers)\n\
            \x20       body = urllib.request.urlopen(request).read()\n\
            \x20       self.send_response(200)\n\
            \x20       self.send_header('content-length', str(len(body)))\n\
            \x20       self.end_headers()\n\
            \x20       self.wfile.write(body)\n\
            server = http.server.ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), Forward)\n\
            print('[CLI] start Prism is listening on http://127.0.0.1:' + sys.argv[1], flush=True)\n\
            server.serve_forever()";
        let prism = script(
            dir.path(),
            &format!(
                "echo started >> {started:?}\nexec python3 -c \"{forward}\" \"$port\" \"$upstream\""
            ),
        );
        // Two fakes, each answering with its name and the path asked for.
        let mut fakes = Vec::new();
        for name in ["first", "second"] {
            let listener = TcpListener::bind(("127.0.0.1", 0)).await.unwrap();
            let address = listener.local_addr().unwrap();
            let app = axum::Router::new()
                .fallback(move |uri: axum::http::Uri| async move { format!("{name} {uri}") });
            tokio::spawn(async move { axum::serve(listener, app).await });
            fakes.push(address);
        }
        let spec = dir.path().join("spec.json");
        let mut proxies = Vec::new();
        for fake in &fakes {
            proxies.push(Proxy::start(&prism, *fake, &spec).await.unwrap());
        }
        assert!(!started.exists(), "Prism started before any request");
        for (proxy, name) in proxies.iter().zip(["first", "second"]) {
            for path in ["/a?b=1", "/c"] {
                let url = format!("http://{}{path}", proxy.address);
                let answer = reqwest::get(&url).await.unwrap().text().await.unwrap();
                assert_eq!(answer, format!("{name} {path}"));
            }
        }
        let starts = std::fs::read_to_string(&started).unwrap();
        assert_eq!(starts.lines().count(), 1, "Prism started once: {starts:?}");
    }
}

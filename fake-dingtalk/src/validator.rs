//! The fake behind an independent validator: Prism's validating proxy
//! (`prism proxy --errors`) in front of it, started as a child process, so
//! that every request a client makes and every response the fake gives is
//! checked against `spec/dingtalk.json` (the bundle the fake is built with)
//! by a tool that is not ours. A request
//! or a response that breaks the spec becomes an error response (HTTP 422 or
//! 500, a problem+json body naming the violation) that the caller sees.

use std::collections::{BTreeSet, HashMap};
use std::ffi::OsString;
use std::hash::{Hash, Hasher};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{LazyLock, Mutex};
use std::time::Duration;

use serde_json::{Map, Value};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::process::{Child, Command};
use tokio::task::JoinHandle;

use crate::Origin;

/// The environment variable that names the `prism` command; when it is set,
/// [`Config::default`](crate::Config::default) puts every fake behind it.
pub const PRISM_ENV: &str = "FAKE_DINGTALK_PRISM";

/// The operations a fake's validating proxies know, and so check: a request
/// for another is refused by the proxy itself (HTTP 404). Each proxy reads
/// the operations of its own origin alone, so that it starts in a time that
/// does not grow with the modules a test does not call.
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
            if on_origin && (scope == Scope::All || crate::examples::stateful(value)) {
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

/// A validating proxy, stopped when dropped. It listens at once, but
/// Prism starts on the first connection, which then waits for it: a test
/// that never calls one of the fake's origins does not pay for that
/// origin's proxy. Each connection is relayed to Prism as it is.
pub(crate) struct Proxy {
    pub(crate) address: SocketAddr,
    relay: JoinHandle<()>,
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.relay.abort();
    }
}

/// Prism's process, stopped when dropped.
struct Prism {
    address: SocketAddr,
    _child: Child,
}

/// The `prism` command named by [`PRISM_ENV`], if any.
pub(crate) fn from_env() -> Option<OsString> {
    std::env::var_os(PRISM_ENV).filter(|p| !p.is_empty())
}

impl Proxy {
    /// A proxy of the fake at `upstream` validating against `spec`, on a
    /// free port; Prism is started by the first connection. When it cannot
    /// start, the connection is closed and why is written to standard error.
    pub(crate) async fn start(
        prism: &OsString,
        upstream: SocketAddr,
        spec: &Path,
    ) -> std::io::Result<Proxy> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let address = listener.local_addr()?;
        let (prism, spec) = (prism.clone(), spec.to_owned());
        let relay = tokio::spawn(async move {
            let mut running: Option<Prism> = None;
            while let Ok((inbound, _)) = listener.accept().await {
                let target = match &running {
                    Some(running) => running.address,
                    None => match Prism::start(&prism, upstream, &spec).await {
                        Ok(started) => running.insert(started).address,
                        Err(e) => {
                            eprintln!("the validating proxy of {upstream} did not start: {e}");
                            continue;
                        }
                    },
                };
                tokio::spawn(relay(inbound, target));
            }
        });
        Ok(Proxy { address, relay })
    }
}

/// Copies bytes both ways between a client's connection and Prism's.
async fn relay(mut inbound: TcpStream, target: SocketAddr) {
    let Ok(mut outbound) = TcpStream::connect(target).await else {
        return;
    };
    let _ = (inbound.set_nodelay(true), outbound.set_nodelay(true));
    let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
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
    /// the port it was given as `$port`.
    fn script(dir: &Path, body: &str) -> OsString {
        let path = dir.join("prism");
        let text =
            format!("#!/bin/sh\nwhile [ \"$1\" != --port ]; do shift; done\nport=$2\n{body}\n");
        std::fs::write(&path, text).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path.into_os_string()
    }

    #[test]
    fn a_proxy_knows_the_operations_of_its_origin_and_scope_and_what_they_reach() {
        let spec = serde_json::json!({
            "openapi": "3.0.3",
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
    async fn prism_starts_on_the_first_connection_and_every_connection_is_relayed() {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};

        let dir = tempfile::tempdir().unwrap();
        let started = dir.path().join("started");
        // A stand-in that listens, says so, and echoes what each connection sends.
        let echo = "import socket, sys, threading\n\
            server = socket.create_server(('127.0.0.1', int(sys.argv[1])))\n\
            print('[CLI] start Prism is listening on http://127.0.0.1:' + sys.argv[1], flush=True)\n\
            def echo(c):\n    with c:\n        while data := c.recv(1024): c.sendall(data)\n\
            while True: threading.Thread(target=echo, args=(server.accept()[0],)).start()";
        let prism = script(
            dir.path(),
            &format!("echo started >> {started:?}\nexec python3 -c \"{echo}\" \"$port\""),
        );
        let upstream = SocketAddr::from(([127, 0, 0, 1], 9));
        let proxy = Proxy::start(&prism, upstream, Path::new(SPEC))
            .await
            .unwrap();
        assert!(!started.exists(), "Prism started before any connection");
        for word in ["ping", "pong"] {
            let mut connection = TcpStream::connect(proxy.address).await.unwrap();
            connection.write_all(word.as_bytes()).await.unwrap();
            let mut echoed = [0; 4];
            connection.read_exact(&mut echoed).await.unwrap();
            assert_eq!(&echoed, word.as_bytes());
        }
        let starts = std::fs::read_to_string(&started).unwrap();
        assert_eq!(starts.lines().count(), 1, "Prism started once: {starts:?}");
    }
}

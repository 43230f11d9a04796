//! A local, stateful stand-in for DingTalk's storage, drive, OAuth2 and
//! robot APIs, for calendar events, todo tasks and IM scene groups, and for
//! the legacy host `oapi.dingtalk.com`.
//!
//! It speaks the spec (`spec/dingtalk.yaml`) for every operation the client
//! has, using the client's own generated models, and keeps what it is told:
//!
//! - tokens of every kind ([`oauth2`]: app, organisation, suite, user and SSO
//!   tokens) are issued for the credentials there and expire; wrong, expired
//!   and revoked tokens, and tokens of a kind a call does not take, are
//!   rejected with DingTalk's error body; user tokens are renewed with
//!   refresh tokens that rotate;
//! - drive spaces hold a tree of files and folders, uploaded and downloaded
//!   through the object storage, with recycle bins, roles, tasks and quotas;
//! - storage spaces hold a tree of folders and files with ids, paths, sizes,
//!   versions (each overwrite of a file adds one; older ones can be listed,
//!   downloaded and reverted to), app properties and, for images, thumbnails;
//!   entries can be listed (by folder, or the whole space), read one by one or
//!   in batches, renamed, moved and copied within and across spaces, and
//!   deleted for good or into the space's recycle bin, from which they can be
//!   restored or purged; name conflicts follow the requested strategy;
//! - file contents go through an object storage on an origin of its own
//!   ([`objects::ObjectStore`]), started with the fake: uploads in one piece
//!   or in parts to signed URLs, committed as files or as new versions, and
//!   downloads from signed URLs, with faults on request;
//! - roles granted on files and folders (to users and to the whole
//!   organisation) decide who may read, download, change and share what;
//! - batch calls answer item by item; work on folders with content reports a
//!   background task that `storage_GetTask` reads;
//! - the organisation's and the app's storage, file change event
//!   subscriptions, links that open files, and WebOffice tokens are answered
//!   with plausible, consistent values;
//! - an app's robots send messages to
//!   groups, to users one to one and into chats between two people, each
//!   kept under its `processQueryKey` with its read status and recall;
//!   robots are installed in groups, send and recall DINGs, keep shortcut
//!   entries, and manage the legacy host's custom robots by token;
//! - events in users' `primary` calendars (`calendar_1_0`'s operations in
//!   [`examples::STATEFUL_OPERATIONS`]) are created with attendees, read,
//!   listed in pages (with a `syncToken` for the changes since), changed
//!   and deleted; attendees are added, removed, listed in pages and answer
//!   the invitation; users are the contact book's union ids;
//! - todo tasks (`todo_1_0`'s) are created under a user with executors and
//!   participants of the contact book, read by each of them, listed for a
//!   user in pages (filtered by done, due time and role), completed,
//!   changed and deleted;
//! - IM scene groups (`im_1_0`'s) are created with an owner, members and
//!   admins of the contact book, members added and removed by userId or
//!   unionId, listed in pages and checked one by one; a group is renamed,
//!   given another owner, read and disbanded;
//! - the legacy host is served on an origin of its own
//!   ([`FakeDingTalk::legacy_url`]), taking the app tokens issued here in the
//!   `access_token` query parameter: custom robots
//!   ([`FakeDingTalk::add_robot`]) whose messages are checked (webhook token,
//!   signature and its timestamp), recorded and limited to
//!   [`ROBOT_MESSAGES_PER_MINUTE`] a minute; a seeded contact book of
//!   departments (root `1`) and users with lookups by id, mobile, union id
//!   and login code, cursor paging, and changes; work notifications whose
//!   send tasks progress to done, report each recipient and can be recalled;
//!   legacy approvals of the template [`PROCESS_CODE`], started, read, listed
//!   in pages and terminated; media uploads and JSAPI tickets.
//!
//! Every other operation of the spec (the modules outside
//! [`examples::STATEFUL_MODULES`], such as the drafted ones, less the
//! operations in [`examples::STATEFUL_OPERATIONS`]) is answered from the
//! spec itself ([`examples`]): its token is checked, and it answers its
//! first success status with its example body.
//!
//! Failures answer as the spec documents them for each operation: DingTalk's
//! error body (`code`, `message`, `requestid`) with the documented code and
//! HTTP status. Every response carries an `x-acs-request-id` header. The
//! legacy host answers HTTP 200 with `errcode` 0 on success and the
//! documented non-zero `errcode` and `errmsg` otherwise (40014 for a
//! missing or wrong token, 42001 for an expired one).
//!
//! Each origin keeps the requests it received ([`FakeDingTalk::seen`]), so
//! tests can check what reached where.
//!
//! Any non-empty `unionId` is a user of the organisation [`CORP_ID`]. The user
//! who creates a storage space owns everything in it; other users hold the
//! roles granted to them (see `storage_AddPermission`).
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! let fake = fake_dingtalk::FakeDingTalk::start().await?;
//! println!("serving on {}", fake.base_url());
//! // File contents live here; tests can make it fail on purpose.
//! fake.objects().fail_part(2, 1);
//! // The legacy host, and a custom robot on it that signs its messages.
//! println!("legacy host on {}", fake.legacy_url());
//! let webhook_token = fake.add_robot(Some("SECfake"));
//! # Ok(()) }
//! ```

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use dingtalk::drive_1_0::DriveSpaceType;
use tokio::sync::oneshot;

use objects::ObjectStore;

mod calendar;
mod drive;
pub mod examples;
mod extract;
mod im;
mod oapi;
pub mod oauth2;
pub mod objects;
mod paging;
mod robot;
mod storage;
mod todo;
mod tree;
pub mod validator;

pub use oapi::{AGENT_ID, ENGINEERING_MEMBERS, PROCESS_CODE, ROBOT_MESSAGES_PER_MINUTE};
pub use oauth2::{TokenKind, APP_KEY, APP_SECRET, SUITE_KEY, SUITE_SECRET};
pub use robot::{RobotMessage, RobotMessageKind};
pub use todo::TASKS_PER_PAGE;
/// The app id the fake reports as the owner of spaces it stores for apps.
pub const APP_ID: &str = "fake-app";
/// The organisation every user and space of the fake belongs to.
pub const CORP_ID: &str = "fake-corp";

/// How the fake starts.
#[derive(Debug, Clone)]
pub struct Config {
    /// Port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    /// How long issued tokens stay valid.
    pub token_lifetime: Duration,
    /// How many organisation drive spaces exist at start (a personal one exists too).
    pub drive_spaces: usize,
    /// How long the object storage's signed upload and download URLs work.
    pub url_lifetime: Duration,
    /// The `prism` command to put in front of the fake (and of its legacy
    /// host, with a second proxy) as a validating proxy ([`validator`]); by default the one named by
    /// [`FAKE_DINGTALK_PRISM`](validator::PRISM_ENV), if set.
    pub validator: Option<std::ffi::OsString>,
    /// Which operations the validating proxies check (and let through).
    pub validated: validator::Scope,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            port: 0,
            token_lifetime: Duration::from_secs(7200),
            drive_spaces: 5,
            url_lifetime: Duration::from_secs(900),
            validator: validator::from_env(),
            validated: validator::Scope::default(),
        }
    }
}

/// A running fake, serving until dropped.
pub struct FakeDingTalk {
    address: SocketAddr,
    legacy_address: SocketAddr,
    state: Arc<Shared>,
    proxy: Option<validator::Proxy>,
    legacy_proxy: Option<validator::Proxy>,
    _shutdown: oneshot::Sender<()>,
    _legacy_shutdown: oneshot::Sender<()>,
}

/// One of the fake's origins (the object storage aside).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Origin {
    /// [`FakeDingTalk::base_url`]: the `api.dingtalk.com` operations.
    Api,
    /// [`FakeDingTalk::legacy_url`]: the `oapi.dingtalk.com` operations.
    Legacy,
}

/// A request one of the fake's origins received, as it arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeenRequest {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The path, without the query.
    pub path: String,
    /// The query parameters, decoded, in order.
    pub query: Vec<(String, String)>,
    /// The headers, names in lower case, in order.
    pub headers: Vec<(String, String)>,
}

impl FakeDingTalk {
    /// Starts a fake on a free loopback port with the default [`Config`].
    pub async fn start() -> std::io::Result<FakeDingTalk> {
        FakeDingTalk::start_with(Config::default()).await
    }

    /// Starts a fake, and the object storage it hands out URLs of.
    pub async fn start_with(config: Config) -> std::io::Result<FakeDingTalk> {
        let objects = ObjectStore::start(config.url_lifetime).await?;
        let (prism, validated) = (config.validator.clone(), config.validated);
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", config.port)).await?;
        let address = listener.local_addr()?;
        let state = Arc::new(Shared::new(config, objects, format!("http://{address}")));
        let legacy_listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let legacy_address = legacy_listener.local_addr()?;
        let shutdown = serve(listener, router(state.clone()));
        let legacy_shutdown = serve(legacy_listener, legacy_router(state.clone()));
        let (proxy, legacy_proxy) = match prism {
            Some(prism) => {
                let spec = validator::spec_file(Origin::Api, validated)?;
                let legacy_spec = validator::spec_file(Origin::Legacy, validated)?;
                let (proxy, legacy_proxy) = tokio::join!(
                    validator::Proxy::start(&prism, address, &spec),
                    validator::Proxy::start(&prism, legacy_address, &legacy_spec)
                );
                (Some(proxy?), Some(legacy_proxy?))
            }
            None => (None, None),
        };
        Ok(FakeDingTalk {
            address,
            legacy_address,
            state,
            proxy,
            legacy_proxy,
            _shutdown: shutdown,
            _legacy_shutdown: legacy_shutdown,
        })
    }

    /// The base URL to give a client: the validating proxy's when there is
    /// one, else the fake's own.
    pub fn base_url(&self) -> String {
        let address = self.proxy.as_ref().map_or(self.address, |p| p.address);
        format!("http://{address}")
    }

    /// The URL of the legacy host's origin (`https://oapi.dingtalk.com` in
    /// the spec), to give a client with
    /// `ClientBuilder::host_url("https://oapi.dingtalk.com", legacy_url)`:
    /// its validating proxy's when there is one, else the fake's own.
    pub fn legacy_url(&self) -> String {
        let address = self
            .legacy_proxy
            .as_ref()
            .map_or(self.legacy_address, |p| p.address);
        format!("http://{address}")
    }

    /// The requests `origin` received so far, in order, with their query
    /// parameters and headers as they arrived (after the validating proxy,
    /// when there is one).
    pub fn seen(&self, origin: Origin) -> Vec<SeenRequest> {
        self.state
            .data()
            .seen
            .iter()
            .filter(|(o, _)| *o == origin)
            .map(|(_, seen)| seen.clone())
            .collect()
    }

    /// Whether calls to [`base_url`](Self::base_url) go through the validating proxy.
    pub fn validated(&self) -> bool {
        self.proxy.is_some()
    }

    /// How many requests each operation of the fake has answered, by method,
    /// path template and status (`"POST /v1.0/storage/spaces 200"`); on the
    /// legacy host, a refusal's `errcode` follows its status
    /// (`"POST /topapi/v2/user/get 200:33012"`).
    pub fn served(&self) -> std::collections::BTreeMap<String, usize> {
        self.state.data().served.clone()
    }

    /// The object storage that file contents are uploaded to and downloaded
    /// from; its fault injection (`fail_part`, `cut_next_download`,
    /// `expire_urls`) applies to the URLs the storage operations hand out.
    pub fn objects(&self) -> &ObjectStore {
        &self.state.objects
    }

    /// The `option.storageDriver` each storage upload was begun with, in order.
    pub fn storage_drivers_asked(&self) -> Vec<Option<String>> {
        self.state.data().storage.drivers_asked()
    }

    /// The storage uploads begun and not committed are forgotten, by the API
    /// and by the object storage, as uploads left too long are.
    pub fn forget_uploads(&self) {
        self.state.data().storage.forget_uploads();
        self.state.objects.forget_uploads();
    }

    /// The file change event subscriptions in force, as (`scope`, `scopeId`)
    /// pairs such as `("SPACE", "200001")`, sorted.
    pub fn event_subscriptions(&self) -> Vec<(String, String)> {
        self.state.data().storage.subscriptions()
    }
}

/// What every handler shares.
pub(crate) struct Shared {
    config: Config,
    /// Where file contents are stored.
    objects: ObjectStore,
    data: Mutex<Data>,
    tokens_issued: AtomicU64,
}

/// The fake's state, behind one lock.
pub(crate) struct Data {
    served: std::collections::BTreeMap<String, usize>,
    seen: Vec<(Origin, SeenRequest)>,
    next_id: u64,
    tokens: oauth2::Tokens,
    drive: drive::Drive,
    storage: storage::Storage,
    oapi: oapi::Legacy,
    robots: robot::Robots,
    calendar: calendar::Calendars,
    todo: todo::Todos,
    im: im::Groups,
}

impl Shared {
    fn new(config: Config, objects: ObjectStore, base_url: String) -> Shared {
        let mut data = Data {
            served: Default::default(),
            seen: Vec::new(),
            next_id: 0,
            tokens: Default::default(),
            drive: Default::default(),
            storage: storage::Storage::new(base_url),
            oapi: Default::default(),
            robots: Default::default(),
            calendar: Default::default(),
            todo: Default::default(),
            im: Default::default(),
        };
        for n in 1..=config.drive_spaces {
            data.add_drive_space(format!("Shared space {n}"), DriveSpaceType::Org);
        }
        data.add_drive_space("My space".to_owned(), DriveSpaceType::Personal);
        Shared {
            config,
            objects,
            data: Mutex::new(data),
            tokens_issued: AtomicU64::new(0),
        }
    }

    fn data(&self) -> MutexGuard<'_, Data> {
        self.data
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Data {
    fn id(&mut self) -> String {
        self.next_id += 1;
        format!("{}", 100_000 + self.next_id)
    }
}

/// The current time, to the second, as DingTalk reports times.
pub(crate) fn now() -> dingtalk::Timestamp {
    let now = chrono::Utc::now();
    dingtalk::Timestamp::from(
        now - chrono::Duration::nanoseconds(now.timestamp_subsec_nanos().into()),
    )
}

/// A response: status, request id and JSON body.
#[derive(Debug)]
pub(crate) struct Reply {
    status: StatusCode,
    request_id: String,
    body: serde_json::Value,
}

pub(crate) type Outcome = Result<Reply, Reply>;

pub(crate) fn request_id() -> String {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    format!("fake-request-{:06}", NEXT.fetch_add(1, Ordering::SeqCst))
}

impl Reply {
    pub(crate) fn ok(body: impl serde::Serialize) -> Outcome {
        Ok(Reply {
            status: StatusCode::OK,
            request_id: request_id(),
            body: serde_json::to_value(body).expect("models serialize"),
        })
    }

    pub(crate) fn error(status: u16, code: &str, message: impl Into<String>) -> Reply {
        let request_id = request_id();
        let body =
            serde_json::json!({"code": code, "message": message.into(), "requestid": request_id});
        Reply {
            status: StatusCode::from_u16(status).expect("a valid status"),
            request_id,
            body,
        }
    }

    /// The error code of an error reply, as batch calls report it per item.
    pub(crate) fn code(&self) -> String {
        self.body["code"]
            .as_str()
            .unwrap_or("unknownError")
            .to_owned()
    }
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        (
            self.status,
            [("x-acs-request-id", self.request_id)],
            Json(self.body),
        )
            .into_response()
    }
}

/// The query parameters of a request.
pub(crate) type Params = HashMap<String, String>;

/// A required, non-empty query parameter.
pub(crate) fn required<'a>(query: &'a Params, name: &str, code: &str) -> Result<&'a str, Reply> {
    query
        .get(name)
        .map(String::as_str)
        .filter(|v| !v.is_empty())
        .ok_or_else(|| Reply::error(400, code, format!("{name} is required")))
}

/// An optional boolean query parameter (`true` or `false`).
pub(crate) fn flag(query: &Params, name: &str, code: &str) -> Result<Option<bool>, Reply> {
    match query.get(name).map(String::as_str) {
        None | Some("") => Ok(None),
        Some("true") => Ok(Some(true)),
        Some("false") => Ok(Some(false)),
        Some(other) => Err(Reply::error(
            400,
            code,
            format!("{name} must be true or false, not {other:?}"),
        )),
    }
}

/// Serves `app` on `listener` until the returned sender is dropped.
fn serve(listener: tokio::net::TcpListener, app: Router) -> oneshot::Sender<()> {
    let (shutdown, stopped) = oneshot::channel::<()>();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await;
    });
    shutdown
}

fn router(state: Arc<Shared>) -> Router {
    Router::new()
        .merge(oauth2::routes())
        .merge(drive::routes())
        .merge(storage::routes())
        .merge(robot::routes())
        .merge(calendar::routes())
        .merge(todo::routes())
        .merge(im::routes())
        .route_layer(axum::middleware::from_fn_with_state(state.clone(), count))
        .fallback(|State(state), request| examples::answer(state, Origin::Api, request))
        // A path a handler has, with a method it has not, is another
        // operation of the spec, answered from its example.
        .method_not_allowed_fallback(|State(state), request| {
            examples::answer(state, Origin::Api, request)
        })
        .layer(axum::middleware::from_fn_with_state(
            (state.clone(), Origin::Api),
            record,
        ))
        .with_state(state)
}

fn legacy_router(state: Arc<Shared>) -> Router {
    oapi::routes()
        .route_layer(axum::middleware::from_fn_with_state(state.clone(), count))
        .fallback(|State(state), request| examples::answer(state, Origin::Legacy, request))
        .layer(axum::middleware::from_fn_with_state(
            (state.clone(), Origin::Legacy),
            record,
        ))
        .with_state(state)
}

/// Keeps what `origin` received.
async fn record(
    State((state, origin)): State<(Arc<Shared>, Origin)>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let query = form_urlencoded::parse(request.uri().query().unwrap_or_default().as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let headers = request
        .headers()
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_owned(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect();
    let seen = SeenRequest {
        method: request.method().to_string(),
        path: request.uri().path().to_owned(),
        query,
        headers,
    };
    state.data().seen.push((origin, seen));
    next.run(request).await
}

/// Counts the request against its operation (method and path template).
async fn count(
    State(state): State<Arc<Shared>>,
    path: axum::extract::MatchedPath,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let operation = format!("{} {}", request.method(), path.as_str());
    let response = next.run(request).await;
    let served = match response.extensions().get::<oapi::Errcode>() {
        Some(oapi::Errcode(errcode)) if *errcode != 0 => {
            format!("{operation} {}:{errcode}", response.status().as_u16())
        }
        _ => format!("{operation} {}", response.status().as_u16()),
    };
    *state.data().served.entry(served).or_default() += 1;
    response
}

/// The environment variable naming a file to which every fake, when it
/// stops, appends what it served: one line per operation and status,
/// `POST /v1.0/storage/spaces 200 3`.
pub const SERVED_LOG_ENV: &str = "FAKE_DINGTALK_SERVED_LOG";

impl Drop for FakeDingTalk {
    fn drop(&mut self) {
        let Some(path) = std::env::var_os(SERVED_LOG_ENV).filter(|p| !p.is_empty()) else {
            return;
        };
        let lines: String = self
            .served()
            .iter()
            .map(|(served, times)| format!("{served} {times}\n"))
            .collect();
        let written = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .and_then(|mut file| std::io::Write::write_all(&mut file, lines.as_bytes()));
        if let Err(e) = written {
            eprintln!("cannot append to {path:?} ({SERVED_LOG_ENV}): {e}");
        }
    }
}

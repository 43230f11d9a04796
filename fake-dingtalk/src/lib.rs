//! A local, stateful stand-in for DingTalk's storage, drive and OAuth2 APIs.
//!
//! It speaks the spec (`spec/dingtalk.yaml`) for the operations the client has,
//! using the client's own generated models: tokens are issued for the app and
//! suite credentials below and expire; wrong or expired tokens are rejected with
//! DingTalk's error body; drive and storage spaces and folders are stored;
//! folder name conflicts follow the requested strategy; drive spaces are listed
//! page by page. Every response carries an `x-acs-request-id` header.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! let fake = fake_dingtalk::FakeDingTalk::start().await?;
//! println!("serving on {}", fake.base_url());
//! # Ok(()) }
//! ```

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use dingtalk::models::*;
use serde::de::DeserializeOwned;
use tokio::sync::oneshot;

pub mod objects;

/// The internal app whose credentials the fake accepts.
pub const APP_KEY: &str = "fake-app-key";
pub const APP_SECRET: &str = "fake-app-secret";
/// The third-party suite whose credentials the fake accepts, for any organisation.
pub const SUITE_KEY: &str = "fake-suite-key";
pub const SUITE_SECRET: &str = "fake-suite-secret";
/// The app id the fake reports as the owner of spaces it stores for apps.
pub const APP_ID: &str = "fake-app";

/// How the fake starts.
#[derive(Debug, Clone)]
pub struct Config {
    /// Port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    /// How long issued tokens stay valid.
    pub token_lifetime: Duration,
    /// How many organisation drive spaces exist at start (a personal one exists too).
    pub drive_spaces: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            port: 0,
            token_lifetime: Duration::from_secs(7200),
            drive_spaces: 5,
        }
    }
}

/// A running fake, serving until dropped.
pub struct FakeDingTalk {
    address: SocketAddr,
    state: Arc<Shared>,
    _shutdown: oneshot::Sender<()>,
}

impl FakeDingTalk {
    /// Starts a fake on a free loopback port with the default [`Config`].
    pub async fn start() -> std::io::Result<FakeDingTalk> {
        FakeDingTalk::start_with(Config::default()).await
    }

    pub async fn start_with(config: Config) -> std::io::Result<FakeDingTalk> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", config.port)).await?;
        let address = listener.local_addr()?;
        let state = Arc::new(Shared::new(config));
        let app = router(state.clone());
        let (shutdown, stopped) = oneshot::channel::<()>();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await;
        });
        Ok(FakeDingTalk {
            address,
            state,
            _shutdown: shutdown,
        })
    }

    /// The base URL to give a client.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// A valid token, as the token operations would issue it.
    pub fn issue_token(&self) -> String {
        self.state
            .data()
            .issue_token(self.state.config.token_lifetime)
    }

    /// Makes every token issued so far expired.
    pub fn expire_tokens(&self) {
        let now = Instant::now();
        self.state
            .data()
            .tokens
            .values_mut()
            .for_each(|expiry| *expiry = now);
    }

    /// How many tokens the token operations have issued.
    pub fn tokens_issued(&self) -> usize {
        self.state.tokens_issued.load(Ordering::SeqCst) as usize
    }
}

struct Shared {
    config: Config,
    data: Mutex<Data>,
    tokens_issued: AtomicU64,
}

#[derive(Default)]
struct Data {
    next_id: u64,
    tokens: HashMap<String, Instant>,
    drive_spaces: Vec<DriveSpace>,
    storage_spaces: Vec<StorageSpace>,
    /// Folders of each storage space.
    folders: HashMap<String, Vec<Dentry>>,
}

impl Shared {
    fn new(config: Config) -> Shared {
        let mut data = Data::default();
        for n in 1..=config.drive_spaces {
            data.add_drive_space(format!("Shared space {n}"), DriveSpaceType::Org);
        }
        data.add_drive_space("My space".to_owned(), DriveSpaceType::Personal);
        Shared {
            config,
            data: Mutex::new(data),
            tokens_issued: AtomicU64::new(0),
        }
    }

    fn data(&self) -> MutexGuard<'_, Data> {
        self.data
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn new_token(&self) -> AccessTokenResponse {
        self.tokens_issued.fetch_add(1, Ordering::SeqCst);
        let lifetime = self.config.token_lifetime;
        AccessTokenResponse {
            access_token: self.data().issue_token(lifetime),
            expire_in: Some(lifetime.as_secs() as i64),
        }
    }

    /// Checks the access token header like DingTalk does.
    fn authorize(&self, headers: &HeaderMap) -> Result<(), Reply> {
        let token = headers
            .get("x-acs-dingtalk-access-token")
            .and_then(|v| v.to_str().ok());
        let valid = token
            .and_then(|t| self.data().tokens.get(t).copied())
            .is_some_and(|expiry| Instant::now() < expiry);
        if valid {
            Ok(())
        } else {
            Err(Reply::error(
                401,
                "InvalidAuthentication",
                "The access token is invalid or has expired.",
            ))
        }
    }
}

impl Data {
    fn id(&mut self) -> String {
        self.next_id += 1;
        format!("{}", 100_000 + self.next_id)
    }

    fn issue_token(&mut self, lifetime: Duration) -> String {
        let token = format!("fake-token-{}", self.id());
        self.tokens.insert(token.clone(), Instant::now() + lifetime);
        token
    }

    fn add_drive_space(&mut self, name: String, space_type: DriveSpaceType) -> DriveSpace {
        let space = DriveSpace {
            space_id: Some(self.id()),
            space_name: Some(name),
            space_type: Some(space_type),
            quota: Some(10 * 1024 * 1024 * 1024),
            used_quota: Some(0),
            permission_mode: Some(PermissionMode::Acl),
            create_time: Some(now()),
            modify_time: Some(now()),
        };
        self.drive_spaces.push(space.clone());
        space
    }
}

fn now() -> dingtalk::Timestamp {
    let now = chrono::Utc::now();
    dingtalk::Timestamp::from(
        now - chrono::Duration::nanoseconds(now.timestamp_subsec_nanos().into()),
    )
}

/// A response: status, request id and JSON body.
struct Reply {
    status: StatusCode,
    request_id: String,
    body: serde_json::Value,
}

type Outcome = Result<Reply, Reply>;

fn request_id() -> String {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    format!("fake-request-{:06}", NEXT.fetch_add(1, Ordering::SeqCst))
}

impl Reply {
    fn ok(body: impl serde::Serialize) -> Outcome {
        Ok(Reply {
            status: StatusCode::OK,
            request_id: request_id(),
            body: serde_json::to_value(body).expect("models serialize"),
        })
    }

    fn error(status: u16, code: &str, message: impl Into<String>) -> Reply {
        let request_id = request_id();
        let body =
            serde_json::json!({"code": code, "message": message.into(), "requestid": request_id});
        Reply {
            status: StatusCode::from_u16(status).expect("a valid status"),
            request_id,
            body,
        }
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

/// The JSON body as `T`; an empty body reads as `{}`.
///
/// No request property of the spec is `nullable`, and DingTalk refuses `null`
/// where a property is not: so does the fake, naming the property.
fn body<T: DeserializeOwned>(bytes: &Bytes, code: &str) -> Result<T, Reply> {
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

fn required<'a>(
    query: &'a HashMap<String, String>,
    name: &str,
    code: &str,
) -> Result<&'a str, Reply> {
    query
        .get(name)
        .map(String::as_str)
        .filter(|v| !v.is_empty())
        .ok_or_else(|| Reply::error(400, code, format!("{name} is required")))
}

fn router(state: Arc<Shared>) -> Router {
    Router::new()
        .route("/v1.0/oauth2/accessToken", post(access_token))
        .route("/v1.0/oauth2/corpAccessToken", post(corp_access_token))
        .route(
            "/v1.0/drive/spaces",
            post(drive_add_space).get(drive_list_spaces),
        )
        .route("/v1.0/storage/spaces", post(storage_add_space))
        .route("/v1.0/storage/spaces/{spaceId}", get(storage_get_space))
        .route(
            "/v1.0/storage/spaces/{spaceId}/dentries/{parentId}/folders",
            post(storage_add_folder),
        )
        .with_state(state)
}

async fn access_token(State(state): State<Arc<Shared>>, bytes: Bytes) -> Outcome {
    let request: GetAccessTokenRequest = body(&bytes, "paramError")?;
    if request.app_key != APP_KEY || request.app_secret != APP_SECRET {
        return Err(Reply::error(
            400,
            "invalidClientSecret",
            "The appKey or appSecret is invalid.",
        ));
    }
    Reply::ok(state.new_token())
}

async fn corp_access_token(State(state): State<Arc<Shared>>, bytes: Bytes) -> Outcome {
    let request: GetCorpAccessTokenRequest = body(&bytes, "paramError")?;
    if request.suite_key != SUITE_KEY || request.suite_secret != SUITE_SECRET {
        return Err(Reply::error(
            400,
            "invalidSuiteSecret",
            "The suiteKey or suiteSecret is invalid.",
        ));
    }
    if request.auth_corp_id.is_empty() || request.suite_ticket.is_empty() {
        return Err(Reply::error(
            400,
            "invalidSuiteTicket",
            "The suiteTicket or authCorpId is invalid.",
        ));
    }
    Reply::ok(state.new_token())
}

async fn drive_add_space(
    State(state): State<Arc<Shared>>,
    headers: HeaderMap,
    bytes: Bytes,
) -> Outcome {
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

/// The most spaces one page may ask for.
const MAX_PAGE: usize = 50;

async fn drive_list_spaces(
    State(state): State<Arc<Shared>>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Outcome {
    state.authorize(&headers)?;
    required(&query, "unionId", "param.error")?;
    let space_type = DriveSpaceType::from(required(&query, "spaceType", "param.error")?);
    let page_size: usize = required(&query, "maxResults", "param.error")?
        .parse()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| Reply::error(400, "param.error", "maxResults must be a positive integer"))?;
    if page_size > MAX_PAGE {
        return Err(Reply::error(
            400,
            "param.error.maxresults",
            "Too Large MaxResults",
        ));
    }
    let start: usize = match query.get("nextToken").map(String::as_str) {
        None | Some("") => 0,
        Some(token) => token
            .parse()
            .map_err(|_| Reply::error(400, "param.error", "invalid nextToken"))?,
    };
    let matching: Vec<DriveSpace> = state
        .data()
        .drive_spaces
        .iter()
        .filter(|s| s.space_type.as_ref() == Some(&space_type))
        .cloned()
        .collect();
    let end = (start + page_size).min(matching.len());
    let spaces = matching.get(start..end).unwrap_or_default().to_vec();
    let next_token = if end < matching.len() {
        end.to_string()
    } else {
        String::new()
    };
    Reply::ok(DriveListSpacesResponse {
        spaces: Some(spaces),
        next_token: Some(next_token),
    })
}

async fn storage_add_space(
    State(state): State<Arc<Shared>>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
    bytes: Bytes,
) -> Outcome {
    state.authorize(&headers)?;
    let union_id = required(&query, "unionId", "paramError")?;
    let request: StorageAddSpaceRequest = body(&bytes, "paramError")?;
    let option = request.option.unwrap_or_default();
    let scene = option.scene.clone().unwrap_or_else(|| "default".to_owned());
    let scene_id = option.scene_id.clone().unwrap_or_else(|| "0".to_owned());
    if option.quota.is_some_and(|q| q < 0) {
        return Err(Reply::error(
            400,
            "paramError",
            "quota must not be negative",
        ));
    }
    let owner_type = option.owner_type.clone().unwrap_or(OwnerType::User);
    if let OwnerType::Other(other) = &owner_type {
        return Err(Reply::error(
            400,
            "paramError",
            format!("unknown ownerType {other}"),
        ));
    }
    let mut data = state.data();
    let existing = data.storage_spaces.iter().find(|s| {
        s.scene.as_deref() == Some(scene.as_str())
            && s.scene_id.as_deref() == Some(scene_id.as_str())
    });
    if let Some(space) = existing {
        return Reply::ok(StorageSpaceResponse {
            space: Some(space.clone()),
        });
    }
    let owner_id = if owner_type == OwnerType::App {
        APP_ID.to_owned()
    } else {
        union_id.to_owned()
    };
    let space = StorageSpace {
        id: Some(data.id()),
        corp_id: Some("fake-corp".to_owned()),
        creator_id: Some(union_id.to_owned()),
        owner_type: Some(owner_type),
        owner_id: Some(owner_id),
        modifier_id: Some(union_id.to_owned()),
        used_quota: Some(0),
        quota: option.quota,
        status: Some(SpaceStatus::Normal),
        create_time: Some(now()),
        modified_time: Some(now()),
        app_id: Some(APP_ID.to_owned()),
        scene: Some(scene),
        scene_id: Some(scene_id),
        capabilities: Some(option.capabilities.unwrap_or_default()),
        name: option.name,
        partitions: Some(vec![Partition {
            partition_type: Some(PartitionType::PublicOssPartition),
            quota: Some(PartitionQuota {
                used: Some(0),
                max: option.quota,
                reserved: None,
                r#type: Some(if option.quota.is_some() {
                    QuotaType::Private
                } else {
                    QuotaType::Share
                }),
            }),
        }]),
    };
    data.storage_spaces.push(space.clone());
    Reply::ok(StorageSpaceResponse { space: Some(space) })
}

async fn storage_get_space(
    State(state): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(space_id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Outcome {
    state.authorize(&headers)?;
    required(&query, "unionId", "paramError")?;
    let data = state.data();
    match data
        .storage_spaces
        .iter()
        .find(|s| s.id.as_deref() == Some(space_id.as_str()))
    {
        Some(space) => Reply::ok(StorageSpaceResponse {
            space: Some(space.clone()),
        }),
        None => Err(Reply::error(
            404,
            "spaceNotExist",
            format!("space {space_id} does not exist"),
        )),
    }
}

/// Characters a file or folder name may not contain.
const ILLEGAL_NAME_CHARACTERS: &[char] = &['\t', '*', '"', '<', '>', '`'];

async fn storage_add_folder(
    State(state): State<Arc<Shared>>,
    headers: HeaderMap,
    Path((space_id, parent_id)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
    bytes: Bytes,
) -> Outcome {
    state.authorize(&headers)?;
    let union_id = required(&query, "unionId", "paramError")?;
    let request: AddFolderRequest = body(&bytes, "paramError")?;
    let name = request.name.trim().to_owned();
    if name.is_empty() || name.ends_with('.') || name.contains(ILLEGAL_NAME_CHARACTERS) {
        return Err(Reply::error(
            400,
            "dentryNameIllegal",
            format!("illegal folder name {name:?}"),
        ));
    }
    let option = request.option.unwrap_or_default();
    if option.app_properties.as_ref().is_some_and(|p| p.len() > 3) {
        return Err(Reply::error(400, "paramError", "at most 3 appProperties"));
    }
    let strategy = option
        .conflict_strategy
        .unwrap_or(ConflictStrategy::AutoRename);
    if let ConflictStrategy::Other(other) = &strategy {
        return Err(Reply::error(
            400,
            "paramError.conflictStrategy",
            format!("unknown conflictStrategy {other}"),
        ));
    }

    let mut data = state.data();
    let Some(space) = data
        .storage_spaces
        .iter()
        .find(|s| s.id.as_deref() == Some(space_id.as_str()))
    else {
        return Err(Reply::error(
            404,
            "spaceNotExist",
            format!("space {space_id} does not exist"),
        ));
    };
    let owner = space.owner_id.clone().unwrap_or_default();
    let folders = data.folders.get(&space_id).cloned().unwrap_or_default();
    let parent_path = if parent_id == "0" {
        String::new()
    } else {
        match folders
            .iter()
            .find(|f| f.id.as_deref() == Some(parent_id.as_str()))
        {
            Some(parent) => parent.path.clone().unwrap_or_default(),
            None => {
                return Err(Reply::error(
                    404,
                    "dentryNotExist",
                    format!("parent {parent_id} does not exist"),
                ))
            }
        }
    };
    let sibling = |name: &str| {
        folders.iter().position(|f| {
            f.parent_id.as_deref() == Some(parent_id.as_str()) && f.name.as_deref() == Some(name)
        })
    };
    let mut final_name = name.clone();
    let mut replaced = None;
    if let Some(existing) = sibling(&name) {
        match strategy {
            ConflictStrategy::ReturnDentryIfExists => {
                return Reply::ok(AddFolderResponse {
                    dentry: Some(folders[existing].clone()),
                })
            }
            ConflictStrategy::ReturnErrorIfExists => {
                return Err(Reply::error(
                    400,
                    "dentryAlreadyExist",
                    format!("{name:?} already exists"),
                ))
            }
            ConflictStrategy::Overwrite => replaced = Some(existing),
            _ => {
                final_name = (1..)
                    .map(|n| format!("{name} ({n})"))
                    .find(|candidate| sibling(candidate).is_none())
                    .unwrap_or(name);
            }
        }
    }
    let app_properties = option
        .app_properties
        .filter(|p| !p.is_empty())
        .map(|properties| {
            let properties = properties
                .into_iter()
                .map(|p| DentryAppProperty {
                    name: Some(p.name),
                    value: Some(p.value),
                    visibility: Some(p.visibility),
                })
                .collect();
            DentryAppProperties::ByOwner([(owner, properties)].into_iter().collect())
        });
    let dentry = Dentry {
        id: Some(data.id()),
        space_id: Some(space_id.clone()),
        parent_id: Some(parent_id.clone()),
        r#type: Some(DentryType::Folder),
        path: Some(format!("{parent_path}/{final_name}")),
        name: Some(final_name),
        size: None,
        version: None,
        status: Some(DentryStatus::Normal),
        extension: None,
        creator_id: Some(union_id.to_owned()),
        modifier_id: Some(union_id.to_owned()),
        create_time: Some(now()),
        modified_time: Some(now()),
        properties: Some(DentryProperties {
            read_only: Some(false),
        }),
        app_properties,
        uuid: Some(format!("fake-uuid-{}", data.next_id)),
        partition_type: Some(PartitionType::PublicOssPartition),
        storage_driver: Some(StorageDriver::Dingtalk),
        category: None,
        thumbnail: None,
    };
    let stored = data.folders.entry(space_id).or_default();
    match replaced {
        Some(index) => stored[index] = dentry.clone(),
        None => stored.push(dentry.clone()),
    }
    Reply::ok(AddFolderResponse {
        dentry: Some(dentry),
    })
}

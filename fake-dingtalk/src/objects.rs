//! The fake's object storage: where file contents go up and come down, on an
//! origin of its own, as DingTalk's storage does.
//!
//! The storage hands out URLs signed with a header (`x-fake-signature`) that
//! covers the method, the path and the expiry time in the query; it refuses a
//! URL whose signature is wrong or whose time is up. Uploads are stored part by
//! part on disk, a commit making them the object's pieces in order; downloads honour `Range`. Faults
//! can be asked for: a part that fails or stalls, a download cut short or
//! stalled, every URL handed out so far made invalid (at once, or part way
//! through a download). Like the object storage behind DingTalk, it takes at
//! most 10,000 parts, each of at least 100 KiB but the last.

use std::collections::{BTreeMap, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, put};
use axum::Router;
use futures_util::StreamExt;
use tokio::io::{AsyncReadExt, AsyncSeekExt, AsyncWriteExt};
use tokio::sync::oneshot;

/// The smallest part the storage takes, but for an upload's last.
pub const MIN_PART_SIZE: u64 = 100 * 1024;
/// The highest part number the storage takes.
pub const MAX_PARTS: u32 = 10_000;

/// The header that carries a URL's signature.
pub const SIGNATURE_HEADER: &str = "x-fake-signature";

/// A URL handed out for one upload part or one download.
#[derive(Debug, Clone)]
pub struct Signed {
    pub url: String,
    pub headers: Vec<(String, String)>,
    /// Seconds until the URL stops working.
    pub expires_in: u64,
}

/// A running object storage, serving until its last clone is dropped.
#[derive(Clone)]
pub struct ObjectStore {
    address: SocketAddr,
    state: Arc<Store>,
    _shutdown: Arc<oneshot::Sender<()>>,
}

struct Store {
    dir: tempfile::TempDir,
    url_lifetime: Duration,
    /// Part of every signature; raising it invalidates every URL handed out.
    epoch: AtomicU64,
    next_id: AtomicU64,
    /// Object requests served, a resumed download counting once per request.
    gets: AtomicU64,
    /// Bytes of objects sent, and of parts received.
    sent_bytes: AtomicU64,
    /// Part uploads received (`PUT`s that reached the storage, whatever their outcome).
    puts: AtomicU64,
    /// Requests of any kind, and those that carried a DingTalk access token.
    requests: AtomicU64,
    credential_leaks: AtomicU64,
    data: Mutex<Data>,
}

#[derive(Default)]
struct Data {
    /// Upload key → part number → file of the part.
    uploads: HashMap<String, BTreeMap<u32, PathBuf>>,
    /// Object id → the object's files in order, as uploaded.
    objects: HashMap<String, Object>,
    /// Part number → attempts left to fail.
    failing_parts: HashMap<u32, usize>,
    /// Part number → attempts left to refuse as an expired URL.
    refused_parts: HashMap<u32, usize>,
    /// Downloads to cut after so many bytes.
    cuts: Vec<u64>,
    /// Downloads to cut after so many bytes, every URL expiring at the cut.
    expiring_cuts: Vec<u64>,
    /// Downloads to refuse as expired, whatever their URL.
    refused_downloads: usize,
    /// Every download from the first byte is cut after so many bytes, every
    /// URL expiring at the cut.
    expiring_downloads: Option<u64>,
    /// Downloads that stop sending after so many bytes, without closing.
    stalls: Vec<u64>,
    /// Part number → attempts left that stop reading the part's body.
    stalled_parts: HashMap<u32, usize>,
}

/// A stored object: the files its bytes are in, in order, each with its
/// size. An upload in parts keeps its parts, so that a commit takes the same
/// moment whatever the size, as an object store's does.
#[derive(Clone)]
struct Object {
    pieces: Vec<(PathBuf, u64)>,
}

impl Object {
    fn size(&self) -> u64 {
        self.pieces.iter().map(|(_, len)| len).sum()
    }
}

impl Store {
    fn data(&self) -> MutexGuard<'_, Data> {
        self.data
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn signature(&self, method: &Method, path: &str, expires: u64) -> String {
        let mut hasher = DefaultHasher::new();
        (
            "fake-storage-secret",
            self.epoch.load(Ordering::SeqCst),
            method.as_str(),
            path,
            expires,
        )
            .hash(&mut hasher);
        format!("{:016x}", hasher.finish())
    }

    fn sign(&self, base: &str, method: &Method, path: &str) -> Signed {
        let expires = now() + self.url_lifetime.as_secs();
        Signed {
            url: format!("{base}{path}?expires={expires}"),
            headers: vec![(
                SIGNATURE_HEADER.to_owned(),
                self.signature(method, path, expires),
            )],
            expires_in: self.url_lifetime.as_secs(),
        }
    }

    /// Whether a request carries a valid, unexpired signature for its path; why not.
    fn check(
        &self,
        method: &Method,
        path: &str,
        query: &HashMap<String, String>,
        headers: &HeaderMap,
    ) -> Result<(), &'static str> {
        self.requests.fetch_add(1, Ordering::SeqCst);
        if headers.contains_key("x-acs-dingtalk-access-token") {
            self.credential_leaks.fetch_add(1, Ordering::SeqCst);
        }
        let expires: u64 = query
            .get("expires")
            .and_then(|e| e.parse().ok())
            .ok_or("the URL has no expiry")?;
        let given = headers
            .get(SIGNATURE_HEADER)
            .and_then(|v| v.to_str().ok())
            .or_else(|| query.get("signature").map(String::as_str));
        if given != Some(self.signature(method, path, expires).as_str()) {
            return Err("SignatureDoesNotMatch");
        }
        if now() >= expires {
            return Err("the URL has expired");
        }
        Ok(())
    }
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn refuse(why: &str) -> Response {
    (
        StatusCode::FORBIDDEN,
        format!("<Error><Code>AccessDenied</Code><Message>{why}</Message></Error>"),
    )
        .into_response()
}

impl ObjectStore {
    /// Starts a storage on a free loopback port; its URLs work for `url_lifetime`.
    pub async fn start(url_lifetime: Duration) -> std::io::Result<ObjectStore> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let address = listener.local_addr()?;
        let state = Arc::new(Store {
            dir: tempfile::tempdir()?,
            url_lifetime,
            epoch: AtomicU64::new(0),
            next_id: AtomicU64::new(1),
            gets: AtomicU64::new(0),
            sent_bytes: AtomicU64::new(0),
            puts: AtomicU64::new(0),
            requests: AtomicU64::new(0),
            credential_leaks: AtomicU64::new(0),
            data: Mutex::default(),
        });
        let app = Router::new()
            .route("/uploads/{key}/{part}", put(put_part))
            .route("/objects/{id}", get(get_object))
            .with_state(state.clone());
        let (shutdown, stopped) = oneshot::channel::<()>();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await;
        });
        Ok(ObjectStore {
            address,
            state,
            _shutdown: Arc::new(shutdown),
        })
    }

    /// The storage's origin, another than the API's.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// Starts an upload and returns its key.
    pub fn begin_upload(&self) -> String {
        let key = format!(
            "upload-{}",
            self.state.next_id.fetch_add(1, Ordering::SeqCst)
        );
        self.state
            .data()
            .uploads
            .insert(key.clone(), BTreeMap::new());
        key
    }

    /// Whether `key` names an upload that was begun and not yet committed.
    pub fn has_upload(&self, key: &str) -> bool {
        self.state.data().uploads.contains_key(key)
    }

    /// The URL to `PUT` part `part` (from 1) of an upload to; an upload in one
    /// piece is part 1.
    pub fn part_url(&self, key: &str, part: u32) -> Signed {
        self.state.sign(
            &self.base_url(),
            &Method::PUT,
            &format!("/uploads/{key}/{part}"),
        )
    }

    /// The parts of an upload in order, which must be numbered 1, 2, 3...
    /// without a gap.
    fn parts(&self, key: &str) -> Result<Vec<PathBuf>, String> {
        let data = self.state.data();
        let parts = data
            .uploads
            .get(key)
            .ok_or_else(|| format!("no upload {key}"))?;
        if parts.is_empty() {
            return Err(format!("upload {key} has no parts"));
        }
        if let Some((expected, _)) = parts
            .keys()
            .enumerate()
            .find(|(i, number)| **number != *i as u32 + 1)
        {
            return Err(format!("upload {key} misses part {}", expected + 1));
        }
        let last = parts.keys().next_back().copied();
        for (number, path) in parts {
            let len = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
            if Some(*number) != last && len < MIN_PART_SIZE {
                return Err(format!(
                    "partTooSmall: part {number} of upload {key} has {len} bytes, under the \
                     minimum of {MIN_PART_SIZE} for all parts but the last"
                ));
            }
        }
        Ok(parts.values().cloned().collect())
    }

    /// How many bytes the parts of an upload hold together, if it can be
    /// committed as it is.
    pub fn uploaded_size(&self, key: &str) -> Result<u64, String> {
        self.parts(key)?.iter().try_fold(0, |total, part| {
            let len = std::fs::metadata(part).map_err(|e| e.to_string())?.len();
            Ok(total + len)
        })
    }

    /// Makes the parts of an upload, which must be numbered 1, 2, 3...
    /// without a gap, an object; returns its id and size. An upload that
    /// cannot be committed is kept, so that missing parts can still be sent.
    pub fn commit(&self, key: &str) -> Result<(String, u64), String> {
        let pieces = self
            .parts(key)?
            .into_iter()
            .map(|part| {
                let len = std::fs::metadata(&part).map_err(|e| e.to_string())?.len();
                Ok((part, len))
            })
            .collect::<Result<Vec<_>, String>>()?;
        let object = Object { pieces };
        let size = object.size();
        let id = format!(
            "object-{}",
            self.state.next_id.fetch_add(1, Ordering::SeqCst)
        );
        let mut data = self.state.data();
        data.uploads.remove(key);
        data.objects.insert(id.clone(), object);
        Ok((id, size))
    }

    /// The size of a stored object.
    pub fn size(&self, id: &str) -> Option<u64> {
        self.state.data().objects.get(id).map(Object::size)
    }

    /// The contents of a stored object.
    pub fn read(&self, id: &str) -> Option<Vec<u8>> {
        let object = self.state.data().objects.get(id)?.clone();
        let mut bytes = Vec::new();
        for (path, _) in &object.pieces {
            bytes.extend(std::fs::read(path).ok()?);
        }
        Some(bytes)
    }

    /// Stores `bytes` as an object, as if uploaded; returns its id.
    pub fn put(&self, bytes: &[u8]) -> std::io::Result<String> {
        let id = format!(
            "object-{}",
            self.state.next_id.fetch_add(1, Ordering::SeqCst)
        );
        let path = self.state.dir.path().join(&id);
        std::fs::write(&path, bytes)?;
        let pieces = vec![(path, bytes.len() as u64)];
        self.state
            .data()
            .objects
            .insert(id.clone(), Object { pieces });
        Ok(id)
    }

    /// The URL to `GET` an object from.
    pub fn download_url(&self, id: &str) -> Signed {
        self.state
            .sign(&self.base_url(), &Method::GET, &format!("/objects/{id}"))
    }

    /// A URL to `GET` an object from that carries its signature in its
    /// query (`signature`), for answers that give a bare URL.
    pub fn download_link(&self, id: &str) -> String {
        let signed = self.download_url(id);
        let signature = signed
            .headers
            .iter()
            .map(|(_, value)| value.as_str())
            .next()
            .unwrap_or_default();
        format!("{}&signature={signature}", signed.url)
    }

    /// Part `part` of every upload fails with HTTP 500 the next `times` times.
    pub fn fail_part(&self, part: u32, times: usize) {
        self.state.data().failing_parts.insert(part, times);
    }

    /// Part `part` of every upload is refused (HTTP 403) the next `times`
    /// times, as a URL that expired on its way.
    pub fn refuse_part(&self, part: u32, times: usize) {
        self.state.data().refused_parts.insert(part, times);
    }

    /// How many requests the storage received, whatever their outcome.
    pub fn requests(&self) -> u64 {
        self.state.requests.load(Ordering::SeqCst)
    }

    /// How many requests carried a DingTalk access token, which belongs to
    /// another origin and must never come here.
    pub fn credential_leaks(&self) -> u64 {
        self.state.credential_leaks.load(Ordering::SeqCst)
    }

    /// The next download is cut after `bytes` bytes, as a broken connection.
    pub fn cut_next_download(&self, bytes: u64) {
        self.state.data().cuts.push(bytes);
    }

    /// How many object requests were answered, each `Range` request of a resumed download included.
    pub fn gets(&self) -> u64 {
        self.state.gets.load(Ordering::SeqCst)
    }

    /// Every URL handed out so far stops working, as if it had expired.
    pub fn expire_urls(&self) {
        self.state.epoch.fetch_add(1, Ordering::SeqCst);
    }

    /// The next download is cut after `bytes` bytes, and at that moment every
    /// URL handed out so far expires: the rest needs a fresh URL.
    pub fn expire_during_next_download(&self, bytes: u64) {
        self.state.data().expiring_cuts.push(bytes);
    }

    /// From now on, every download from the first byte is cut after `bytes`
    /// bytes, and at that moment every URL handed out so far expires: each
    /// download needs one fresh URL to finish.
    pub fn expire_every_download_at(&self, bytes: u64) {
        self.state.data().expiring_downloads = Some(bytes);
    }

    /// The next `times` downloads are refused as expired, whatever their URL.
    pub fn refuse_downloads(&self, times: usize) {
        self.state.data().refused_downloads = times;
    }

    /// The next download sends `bytes` bytes, then nothing more, keeping the connection open.
    pub fn stall_next_download(&self, bytes: u64) {
        self.state.data().stalls.push(bytes);
    }

    /// Part `part` of every upload stops being read the next `times` times,
    /// the connection kept open.
    pub fn stall_part(&self, part: u32, times: usize) {
        self.state.data().stalled_parts.insert(part, times);
    }

    /// The uploads begun and not committed are forgotten, as a storage
    /// forgets an upload left too long.
    pub fn forget_uploads(&self) {
        self.state.data().uploads.clear();
    }

    /// Bytes sent in answer to downloads, and received in parts.
    pub fn sent_bytes(&self) -> u64 {
        self.state.sent_bytes.load(Ordering::SeqCst)
    }

    /// How many part uploads reached the storage, whatever their outcome.
    pub fn puts(&self) -> u64 {
        self.state.puts.load(Ordering::SeqCst)
    }
}

async fn put_part(
    State(store): State<Arc<Store>>,
    Path((key, part)): Path<(String, u32)>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if let Err(why) = store.check(
        &Method::PUT,
        &format!("/uploads/{key}/{part}"),
        &query,
        &headers,
    ) {
        return refuse(why);
    }
    store.puts.fetch_add(1, Ordering::SeqCst);
    if part == 0 || part > MAX_PARTS {
        return (
            StatusCode::BAD_REQUEST,
            format!("InvalidArgument: part number {part} is outside 1 to {MAX_PARTS}"),
        )
            .into_response();
    }
    let stalled = {
        let mut data = store.data();
        data.stalled_parts
            .get_mut(&part)
            .filter(|left| **left > 0)
            .map(|left| *left -= 1)
            .is_some()
    };
    if stalled {
        // The body is not read; the connection stays open until the sender gives up.
        tokio::time::sleep(Duration::from_secs(600)).await;
    }
    {
        let mut data = store.data();
        if let Some(left) = data.refused_parts.get_mut(&part).filter(|left| **left > 0) {
            *left -= 1;
            return refuse("Request has expired");
        }
        if let Some(left) = data.failing_parts.get_mut(&part).filter(|left| **left > 0) {
            *left -= 1;
            return (StatusCode::INTERNAL_SERVER_ERROR, "InternalError").into_response();
        }
        if !data.uploads.contains_key(&key) {
            return (StatusCode::NOT_FOUND, "NoSuchUpload").into_response();
        }
    }
    // The body goes to disk as it arrives, whatever its size, in writes of
    // up to `WRITE` bytes: one trip to the blocking pool for many chunks.
    const WRITE: usize = 512 * 1024;
    let path = store.dir.path().join(format!("{key}.part{part}"));
    let written = async {
        let mut file = tokio::fs::File::create(&path).await?;
        let mut chunks = body.into_data_stream();
        let mut pending = Vec::with_capacity(WRITE);
        let mut size = 0u64;
        while let Some(chunk) = chunks.next().await {
            let chunk = chunk.map_err(std::io::Error::other)?;
            store
                .sent_bytes
                .fetch_add(chunk.len() as u64, Ordering::SeqCst);
            size += chunk.len() as u64;
            pending.extend_from_slice(&chunk);
            if pending.len() >= WRITE {
                file.write_all(&pending).await?;
                pending.clear();
            }
        }
        file.write_all(&pending).await?;
        file.flush().await?;
        Ok::<_, std::io::Error>(size)
    };
    let size = match written.await {
        Ok(size) => size,
        Err(e) => {
            let _ = tokio::fs::remove_file(&path).await;
            return (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response();
        }
    };
    if let Some(parts) = store.data().uploads.get_mut(&key) {
        parts.insert(part, path);
    }
    // An opaque tag of this upload of the part, as the object store's ETag.
    let mut tag = DefaultHasher::new();
    (&key, part, size, store.puts.load(Ordering::SeqCst)).hash(&mut tag);
    ([("etag", format!("\"{:016x}\"", tag.finish()))], "").into_response()
}

async fn get_object(
    State(store): State<Arc<Store>>,
    Path(id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    if let Err(why) = store.check(&Method::GET, &format!("/objects/{id}"), &query, &headers) {
        return refuse(why);
    }
    {
        let mut data = store.data();
        if data.refused_downloads > 0 {
            data.refused_downloads -= 1;
            return refuse("Request has expired");
        }
    }
    store.gets.fetch_add(1, Ordering::SeqCst);
    let Some(object) = store.data().objects.get(&id).cloned() else {
        return (StatusCode::NOT_FOUND, "NoSuchKey").into_response();
    };
    let size = object.size();
    let start = match headers.get("range").and_then(|v| v.to_str().ok()) {
        None => 0,
        Some(range) => match range
            .strip_prefix("bytes=")
            .and_then(|r| r.strip_suffix('-'))
            .and_then(|r| r.parse::<u64>().ok())
        {
            Some(start) if start < size => start,
            _ => return (StatusCode::RANGE_NOT_SATISFIABLE, "InvalidRange").into_response(),
        },
    };
    let (cut, expiring, stall) = {
        let mut data = store.data();
        let expiring_cut = data
            .expiring_cuts
            .pop()
            .or(data.expiring_downloads.filter(|_| start == 0));
        match (expiring_cut, data.stalls.pop()) {
            (Some(at), stall) => (Some(at), true, stall),
            (None, Some(at)) => (None, false, Some(at)),
            (None, None) => (data.cuts.pop(), false, None),
        }
    };
    // The pieces from the one `start` falls in, and where in it to begin.
    let mut pieces = std::collections::VecDeque::from(object.pieces);
    let mut skip = start;
    while let Some((_, len)) = pieces.front().filter(|(_, len)| *len <= skip) {
        skip -= len;
        pieces.pop_front();
    }
    let length = size - start;
    // Chunks of the file, then (when cut) an error that breaks the connection.
    let cut = cut.filter(|cut| *cut < length);
    let stall = stall.filter(|stall| *stall < length);
    let limit = cut.or(stall).unwrap_or(length);
    let counter = store.clone();
    let reading = Reading {
        pieces,
        file: None,
        skip,
    };
    let chunks = futures_util::stream::unfold(Some((reading, 0u64)), move |state| {
        let store = counter.clone();
        async move {
            let (mut reading, sent) = state?;
            if sent >= limit {
                if stall.is_some() {
                    tokio::time::sleep(Duration::from_secs(600)).await;
                    return None;
                }
                if expiring {
                    // What was sent reaches the client before the connection
                    // closes short of the declared length.
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    store.epoch.fetch_add(1, Ordering::SeqCst);
                    return None;
                }
                return cut.map(|_| (Err(std::io::Error::other("connection cut")), None));
            }
            let mut buffer = vec![0; (limit - sent).min(512 * 1024) as usize];
            match reading.read(&mut buffer).await {
                Ok(read) => {
                    buffer.truncate(read);
                    store.sent_bytes.fetch_add(read as u64, Ordering::SeqCst);
                    Some((Ok(Bytes::from(buffer)), Some((reading, sent + read as u64))))
                }
                Err(e) => Some((Err(e), None)),
            }
        }
    });
    let status = if start > 0 {
        StatusCode::PARTIAL_CONTENT
    } else {
        StatusCode::OK
    };
    let mut response = Response::builder()
        .status(status)
        .header("content-length", length)
        .header("accept-ranges", "bytes");
    if start > 0 {
        response = response.header(
            "content-range",
            format!("bytes {start}-{}/{size}", size - 1),
        );
    }
    response
        .body(Body::from_stream(chunks))
        .unwrap_or_else(|e| (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response())
}

/// An object's pieces read one after another, from `skip` bytes into the first.
struct Reading {
    pieces: std::collections::VecDeque<(PathBuf, u64)>,
    file: Option<tokio::fs::File>,
    skip: u64,
}

impl Reading {
    /// Reads the next bytes into `buffer`, opening the next piece when one
    /// ends; fails when the pieces end first.
    async fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        loop {
            let file = match &mut self.file {
                Some(file) => file,
                None => {
                    let (path, _) = self.pieces.pop_front().ok_or_else(|| {
                        std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "object ended early")
                    })?;
                    let mut file = tokio::fs::File::open(path).await?;
                    file.seek(std::io::SeekFrom::Start(std::mem::take(&mut self.skip)))
                        .await?;
                    self.file.insert(file)
                }
            };
            match file.read(buffer).await? {
                0 => self.file = None,
                read => return Ok(read),
            }
        }
    }
}

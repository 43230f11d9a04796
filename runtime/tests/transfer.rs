//! Uploads in parts and downloads against a local storage server that checks
//! signatures, fails parts, refuses expired URLs and cuts connections.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, put};
use axum::Router;
use futures_util::FutureExt;
use openapi_runtime::{
    Api, Client, ClientBuilder, DownloadUrl, Error, PartUrls, RetryPolicy, SignedUrl,
    TransferOptions, UploadSource,
};

static API: Api = Api {
    title: "Storage test",
    servers: &["http://127.0.0.1:9"],
    hosts: &[],
    user_agent: "transfer-tests",
    retryable_error_codes: &[],
    request_id_header: None,
    error_body: openapi_runtime::ErrorShape {
        code: &[],
        message: &[],
        request_id: &[],
    },
};

#[derive(Default)]
struct Storage {
    /// Part number → bodies received, in order.
    parts: Mutex<HashMap<u32, Vec<Bytes>>>,
    /// Every request's headers, to check what reached the storage.
    seen_headers: Mutex<Vec<HeaderMap>>,
    /// Part number → attempts to fail with HTTP 500 before accepting.
    failures: Mutex<HashMap<u32, usize>>,
    /// The signature generation the storage accepts; older ones get 403.
    generation: AtomicUsize,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
    /// The file served for downloads, and after how many bytes the first response is cut.
    file: Vec<u8>,
    cut_after: Option<usize>,
    downloads: AtomicUsize,
}

async fn put_part(
    State(storage): State<Arc<Storage>>,
    Path(number): Path<u32>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    storage.seen_headers.lock().unwrap().push(headers.clone());
    let expected = format!("sig-{number}-{}", storage.generation.load(Ordering::SeqCst));
    let signed = headers.get("x-signature").and_then(|v| v.to_str().ok()) == Some(&expected)
        && query.get("token").map(String::as_str) == Some("t");
    if !signed {
        return (StatusCode::FORBIDDEN, "signature expired or wrong").into_response();
    }
    let now = storage.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
    storage.max_in_flight.fetch_max(now, Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(20)).await;
    storage.in_flight.fetch_sub(1, Ordering::SeqCst);
    {
        let mut failures = storage.failures.lock().unwrap();
        if let Some(left) = failures.get_mut(&number).filter(|left| **left > 0) {
            *left -= 1;
            return (StatusCode::INTERNAL_SERVER_ERROR, "try again").into_response();
        }
    }
    storage
        .parts
        .lock()
        .unwrap()
        .entry(number)
        .or_default()
        .push(body);
    ([("etag", format!("\"etag-{number}\""))], "").into_response()
}

async fn get_file(State(storage): State<Arc<Storage>>, headers: HeaderMap) -> Response {
    storage.seen_headers.lock().unwrap().push(headers.clone());
    let attempt = storage.downloads.fetch_add(1, Ordering::SeqCst);
    if headers.get("x-signature").and_then(|v| v.to_str().ok()) != Some("sig-download") {
        return (StatusCode::FORBIDDEN, "unsigned").into_response();
    }
    let start = match headers.get("range").and_then(|v| v.to_str().ok()) {
        Some(range) => range
            .strip_prefix("bytes=")
            .and_then(|r| r.strip_suffix('-'))
            .and_then(|r| r.parse::<usize>().ok())
            .unwrap(),
        None => 0,
    };
    let rest = Bytes::copy_from_slice(&storage.file[start..]);
    let status = if start > 0 {
        StatusCode::PARTIAL_CONTENT
    } else {
        StatusCode::OK
    };
    let length = rest.len();
    let body = match storage.cut_after.filter(|_| attempt == 0) {
        // Part of the body, then a broken connection.
        Some(cut) => {
            let first = rest.slice(..cut);
            let chunks = futures_util::stream::unfold(0, move |step| {
                let first = first.clone();
                async move {
                    match step {
                        0 => Some((Ok(first), 1)),
                        1 => {
                            // Let the first chunk reach the client before the cut.
                            tokio::time::sleep(Duration::from_millis(100)).await;
                            Some((Err(std::io::Error::other("connection cut")), 2))
                        }
                        _ => None,
                    }
                }
            });
            Body::from_stream(chunks)
        }
        None => Body::from(rest),
    };
    Response::builder()
        .status(status)
        .header("content-length", length)
        .body(body)
        .unwrap()
}

/// A body of 1 GiB that comes 16 KiB every millisecond: a download that
/// goes on for as long as a test looks.
async fn endless() -> Response {
    let chunks = futures_util::stream::unfold((), |()| async {
        tokio::time::sleep(Duration::from_millis(1)).await;
        Some((Ok::<_, std::io::Error>(Bytes::from(vec![7; 16 << 10])), ()))
    });
    Response::builder()
        .header("content-length", 1u64 << 30)
        .body(Body::from_stream(chunks))
        .unwrap()
}

async fn serve(storage: Storage) -> (String, Arc<Storage>) {
    let storage = Arc::new(storage);
    let app = Router::new()
        .route("/parts/{number}", put(put_part))
        .route("/file", get(get_file))
        .route("/endless", get(endless))
        .with_state(storage.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{address}"), storage)
}

/// A client that has a token of its own, which must never reach the storage.
fn client() -> Client {
    ClientBuilder::<Client>::new(&API)
        .access_token("api-token-never-for-storage")
        .build()
        .unwrap()
}

fn options() -> TransferOptions {
    TransferOptions::default()
        .part_size(1000)
        .concurrency(3)
        .retry(
            RetryPolicy::default()
                .max_retries(3)
                .initial_backoff(Duration::from_millis(1))
                .max_backoff(Duration::from_millis(2)),
        )
}

/// Part URLs signed with the storage's current generation; counts the requests for them.
fn part_urls(base: &str, storage: &Arc<Storage>, asked: Arc<Mutex<Vec<Vec<u32>>>>) -> PartUrls {
    let base = base.to_owned();
    let storage = storage.clone();
    Arc::new(move |numbers: Vec<u32>| {
        asked.lock().unwrap().push(numbers.clone());
        let generation = storage.generation.load(Ordering::SeqCst);
        let urls = numbers
            .into_iter()
            .map(|n| {
                let url = SignedUrl::new(
                    format!("{base}/parts/{n}?token=t"),
                    vec![("x-signature".to_owned(), format!("sig-{n}-{generation}"))],
                );
                (n, url)
            })
            .collect();
        async move { Ok(urls) }.boxed()
    })
}

fn content(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 31 % 251) as u8).collect()
}

fn assembled(storage: &Storage) -> Vec<u8> {
    let parts = storage.parts.lock().unwrap();
    let mut numbers: Vec<&u32> = parts.keys().collect();
    numbers.sort();
    numbers
        .into_iter()
        .flat_map(|n| parts[n].last().unwrap().to_vec())
        .collect()
}

fn assert_no_credentials(storage: &Storage) {
    for headers in storage.seen_headers.lock().unwrap().iter() {
        assert!(
            !headers.contains_key("authorization"),
            "a credential reached the storage: {headers:?}"
        );
        assert!(!headers
            .values()
            .any(|v| v.as_bytes() == b"api-token-never-for-storage"));
    }
}

#[tokio::test]
async fn parts_go_up_concurrently_in_order_with_only_the_signed_headers() {
    let (base, storage) = serve(Storage::default()).await;
    let asked = Arc::new(Mutex::new(Vec::new()));
    let data = content(10_500);
    let progress = Arc::new(Mutex::new(Vec::new()));
    let seen = progress.clone();
    let options = options().on_progress(move |p| seen.lock().unwrap().push(p));
    let parts = client()
        .upload_parts(
            UploadSource::from(data.clone()),
            &options,
            part_urls(&base, &storage, asked.clone()),
        )
        .await
        .unwrap();
    assert_eq!(parts.len(), 11);
    assert_eq!(parts[0].etag.as_deref(), Some("\"etag-1\""));
    assert!(parts.windows(2).all(|w| w[0].number + 1 == w[1].number));
    assert_eq!(assembled(&storage), data);
    assert!(storage.max_in_flight.load(Ordering::SeqCst) <= 3);
    assert!(
        storage.max_in_flight.load(Ordering::SeqCst) >= 2,
        "parts go up at once"
    );
    // All eleven URLs in one request to the API.
    assert_eq!(asked.lock().unwrap().len(), 1);
    assert_no_credentials(&storage);
    let progress = progress.lock().unwrap();
    assert_eq!(progress.last().unwrap().done, 10_500);
    assert!(progress.iter().all(|p| p.total == 10_500));
}

#[tokio::test]
async fn a_failed_part_is_retried_alone() {
    let storage = Storage::default();
    storage.failures.lock().unwrap().insert(4, 2);
    let (base, storage) = serve(storage).await;
    let data = content(6_000);
    client()
        .upload_parts(
            UploadSource::from(data.clone()),
            &options(),
            part_urls(&base, &storage, Arc::default()),
        )
        .await
        .unwrap();
    assert_eq!(assembled(&storage), data);
    let attempts: usize = storage.seen_headers.lock().unwrap().len();
    assert_eq!(attempts, 6 + 2, "only part 4 was sent again, twice");
    assert_eq!(storage.parts.lock().unwrap()[&4].len(), 1);
}

#[tokio::test]
async fn a_part_that_keeps_failing_fails_the_upload_with_its_number() {
    let storage = Storage::default();
    storage.failures.lock().unwrap().insert(2, 100);
    let (base, storage) = serve(storage).await;
    let error = client()
        .upload_parts(
            UploadSource::from(content(3_000)),
            &options(),
            part_urls(&base, &storage, Arc::default()),
        )
        .await
        .unwrap_err();
    match &error {
        Error::Transfer { what, status, .. } => {
            assert_eq!(what, "upload part 2");
            assert_eq!(*status, Some(StatusCode::INTERNAL_SERVER_ERROR));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn expired_urls_are_asked_for_again() {
    let (base, storage) = serve(Storage::default()).await;
    let asked = Arc::new(Mutex::new(Vec::new()));
    let urls = part_urls(&base, &storage, asked.clone());
    // The storage moves on to new signatures once the first URLs were handed out.
    let rotating: PartUrls = {
        let storage = storage.clone();
        let first = Arc::new(std::sync::atomic::AtomicBool::new(true));
        Arc::new(move |numbers| {
            let urls = urls(numbers);
            let storage = storage.clone();
            let first = first.clone();
            async move {
                let urls = urls.await;
                if first.swap(false, Ordering::SeqCst) {
                    storage.generation.fetch_add(1, Ordering::SeqCst);
                }
                urls
            }
            .boxed()
        })
    };
    let data = content(2_500);
    client()
        .upload_parts(UploadSource::from(data.clone()), &options(), rotating)
        .await
        .unwrap();
    assert_eq!(assembled(&storage), data);
    let asked = asked.lock().unwrap();
    assert!(asked.len() >= 2, "URLs were asked for again: {asked:?}");
}

#[tokio::test]
async fn urls_past_their_expiry_are_not_used() {
    let (base, storage) = serve(Storage::default()).await;
    let asked = Arc::new(Mutex::new(Vec::new()));
    let inner = part_urls(&base, &storage, asked.clone());
    // Every URL expires at once: each part asks for its own fresh one.
    let expiring: PartUrls = Arc::new(move |numbers| {
        let urls = inner(numbers);
        async move {
            let urls = urls.await?;
            Ok(urls
                .into_iter()
                .map(|(n, url)| (n, url.expiring_in(0)))
                .collect())
        }
        .boxed()
    });
    client()
        .upload_parts(UploadSource::from(content(3_000)), &options(), expiring)
        .await
        .unwrap();
    assert!(asked.lock().unwrap().len() >= 3);
}

#[tokio::test]
async fn files_and_readers_are_read_part_by_part() {
    let (base, storage) = serve(Storage::default()).await;
    let data = content(4_321);
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), &data).unwrap();
    client()
        .upload_parts(
            UploadSource::from(file.path()),
            &options(),
            part_urls(&base, &storage, Arc::default()),
        )
        .await
        .unwrap();
    assert_eq!(assembled(&storage), data);

    // A reader shorter than it claims is an error naming the part.
    let short = UploadSource::reader(std::io::Cursor::new(content(1_500)), 2_000);
    let error = client()
        .upload_parts(
            short,
            &options(),
            part_urls(&base, &storage, Arc::default()),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Io { what, .. } if what.contains("part 2")),
        "{error:?}"
    );
}

fn download_url(base: &str) -> SignedUrl {
    SignedUrl::new(
        format!("{base}/file?sig=secret-query"),
        vec![("x-signature".to_owned(), "sig-download".to_owned())],
    )
}

#[tokio::test]
async fn a_cut_download_resumes_where_it_stopped() {
    let file = content(50_000);
    let (base, storage) = serve(Storage {
        file: file.clone(),
        cut_after: Some(20_000),
        ..Storage::default()
    })
    .await;
    let mut out = Vec::new();
    let progress = Arc::new(Mutex::new(Vec::new()));
    let seen = progress.clone();
    let options = options().on_progress(move |p| seen.lock().unwrap().push(p));
    let written = client()
        .download_signed(&download_url(&base), &mut out, Some(50_000), &options)
        .await
        .unwrap();
    assert_eq!(written, 50_000);
    assert_eq!(out, file);
    assert_eq!(storage.downloads.load(Ordering::SeqCst), 2);
    let ranges: Vec<Option<String>> = storage
        .seen_headers
        .lock()
        .unwrap()
        .iter()
        .map(|h| h.get("range").map(|v| v.to_str().unwrap().to_owned()))
        .collect();
    assert_eq!(ranges, [None, Some("bytes=20000-".to_owned())]);
    assert_no_credentials(&storage);
    assert_eq!(progress.lock().unwrap().last().unwrap().done, 50_000);
}

#[tokio::test]
async fn a_download_of_the_wrong_size_fails() {
    let (base, _storage) = serve(Storage {
        file: content(1_000),
        ..Storage::default()
    })
    .await;
    let mut out = Vec::new();
    let error = client()
        .download_signed(&download_url(&base), &mut out, Some(999), &options())
        .await
        .unwrap_err();
    assert!(
        error.to_string().contains("more than the 999 bytes"),
        "{error}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_download_to_a_file_stops_writing_once_dropped() {
    let (base, _storage) = serve(Storage::default()).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out");
    let file = std::fs::File::create(&path).unwrap();
    let url = SignedUrl::new(format!("{base}/endless"), Vec::new());
    let url: DownloadUrl = Arc::new(move || std::future::ready(Ok(url.clone())).boxed());
    let client = client();
    let options = options();
    let len = || std::fs::metadata(&path).unwrap().len();
    {
        let download = client.download_to_file(&url, file, 0, None, &options);
        tokio::pin!(download);
        let started = tokio::time::Instant::now();
        while len() < 256 << 10 {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "nothing written"
            );
            tokio::select! {
                _ = &mut download => panic!("an endless download ended"),
                _ = tokio::time::sleep(Duration::from_millis(5)) => {}
            }
        }
    }
    let stopped_at = len();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        len(),
        stopped_at,
        "bytes were written after the download was dropped"
    );
}

#[test]
fn signed_urls_keep_their_secrets_out_of_debug() {
    let url = download_url("https://storage.example");
    let shown = format!("{url:?}");
    assert!(
        !shown.contains("secret-query") && !shown.contains("sig-download"),
        "{shown}"
    );
    assert!(shown.contains("https://storage.example/file") && shown.contains("x-signature"));
}

//! What the benchmark programs share: the answers the local server gives
//! (the spec's response examples), the hand-written serde structs of the
//! baseline, a global allocator that counts, and the thread's CPU time.
//!
//! `cargo xtask bench request` builds the programs in `src/bin/` in release
//! and runs them under callgrind; `cargo xtask bench load` runs the load
//! programs, which share `load`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use serde_json::{json, Value};

pub mod baseline;
pub mod load;

/// The token both clients send; the server refuses calls without it.
pub const TOKEN: &str = "bench-access-token";
/// The header DingTalk reads the token from.
pub const TOKEN_HEADER: &str = "x-acs-dingtalk-access-token";
/// The space asked for, the id of the spec's `storage_GetSpace` example.
pub const SPACE_ID: &str = "854xxxxx";
pub const UNION_ID: &str = "cHtUYxxxxx";
/// The path and query of the call both clients make.
pub fn space_target() -> String {
    format!("/v1.0/storage/spaces/{SPACE_ID}?unionId={UNION_ID}")
}

/// The arguments of the request programs: `BASE_URL WARMUP CALLS`.
pub struct CallArgs {
    pub base_url: String,
    /// Calls made first, so that the connection and every cache are warm.
    pub warmup: usize,
    /// Calls made after those.
    pub calls: usize,
}

impl CallArgs {
    pub fn from_env() -> CallArgs {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let [base_url, warmup, calls] = args.as_slice() else {
            panic!("usage: BASE_URL WARMUP CALLS");
        };
        CallArgs {
            base_url: base_url.clone(),
            warmup: warmup.parse().expect("WARMUP is a number"),
            calls: calls.parse().expect("CALLS is a number"),
        }
    }

    /// Runs `call` `warmup + calls` times, one after the other, on a
    /// single-threaded runtime, then prints the allocation report.
    pub fn run<F: std::future::Future<Output = ()>>(&self, mut call: impl FnMut() -> F) {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a tokio runtime");
        runtime.block_on(async {
            for _ in 0..self.warmup + self.calls {
                call().await;
            }
        });
        println!("{}", allocation_report());
    }
}

/// Counts every allocation of the process (reallocations included, as
/// blocks allocated anew) and the bytes asked for.
pub struct Counting;

static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(layout.size() as u64, Ordering::Relaxed);
        System.alloc(layout)
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(layout.size() as u64, Ordering::Relaxed);
        System.alloc_zeroed(layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(new_size as u64, Ordering::Relaxed);
        System.realloc(ptr, layout, new_size)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations and bytes allocated since the process started, as the line
/// `allocations A bytes B` the benchmark programs end with.
pub fn allocation_report() -> String {
    format!(
        "allocations {} bytes {}",
        ALLOCATIONS.load(Ordering::Relaxed),
        BYTES.load(Ordering::Relaxed)
    )
}

/// The CPU time the calling thread has used.
pub fn thread_cpu_time() -> Duration {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid timespec for the call to write.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    assert_eq!(status, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}

/// The spec bundle, whose examples the server answers with.
fn spec() -> Value {
    serde_json::from_str(include_str!("../../spec/dingtalk.json")).expect("spec/dingtalk.json")
}

/// The example of the success response of `operation_id` in the spec.
pub fn response_example(operation_id: &str) -> Value {
    let spec = spec();
    let operation = spec["paths"]
        .as_object()
        .expect("paths")
        .values()
        .flat_map(|item| item.as_object().expect("a path item").values())
        .find(|operation| operation["operationId"] == operation_id)
        .unwrap_or_else(|| panic!("{operation_id} is not in the spec"));
    let example = &operation["responses"]["200"]["content"]["application/json"]["example"];
    assert!(!example.is_null(), "{operation_id} has no response example");
    example.clone()
}

/// The body of the `storage_GetSpace` answer: the spec's example.
pub fn space_body() -> Vec<u8> {
    let example = response_example("storage_GetSpace");
    assert_eq!(example["space"]["id"], SPACE_ID);
    serde_json::to_vec(&example).expect("JSON")
}

/// The body of the `oauth2_GetAccessToken` answer: the spec's example,
/// granting [`TOKEN`].
pub fn token_body() -> Vec<u8> {
    let mut example = response_example("oauth2_GetAccessToken");
    example["accessToken"] = json!(TOKEN);
    serde_json::to_vec(&example).expect("JSON")
}

/// The path of the token request.
pub const TOKEN_PATH: &str = "/v1.0/oauth2/accessToken";

/// A `storage_ListDentries` page of `count` entries, made from the spec's
/// example entries (a file and a folder, taken in turn) with ids, names,
/// sizes, versions and times of their own. Times are RFC 3339 with seconds,
/// in UTC or at +08:00, some with milliseconds; names are ASCII or Chinese,
/// some with an escaped quote.
pub fn dentry_page(count: usize) -> Vec<u8> {
    let example = response_example("storage_ListDentries");
    let items = example["dentries"].as_array().expect("dentries");
    let start = chrono::DateTime::parse_from_rfc3339("2022-01-01T10:00:00Z").expect("a time");
    let dentries: Vec<Value> = (0..count)
        .map(|i| {
            let mut item = items[i % items.len()].clone();
            let folder = item["type"] == "FOLDER";
            let stem = match i % 10 {
                3 | 7 => format!("季度报告 {i}"),
                9 => format!("Q{} \"final\" {i}", i % 4 + 1),
                _ => format!("Report {i}"),
            };
            let name = if folder { stem } else { format!("{stem}.docx") };
            let created = start + chrono::Duration::seconds(i as i64 * 3_671);
            let modified = created + chrono::Duration::milliseconds(i as i64 * 86_400_250);
            let offset = chrono::FixedOffset::east_opt(8 * 3600).expect("+08:00");
            let time = |t: chrono::DateTime<chrono::FixedOffset>, n: usize| match n % 3 {
                0 => t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                1 => t
                    .with_timezone(&offset)
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                _ => t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            };
            item["id"] = json!(format!("{}", 653_000_000 + i));
            item["uuid"] = json!(format!("{:08x}-{i:04}", i * 2_654_435_761 % (1 << 32)));
            item["path"] = json!(format!("/{name}"));
            item["name"] = json!(name);
            item["createTime"] = json!(time(created, i));
            item["modifiedTime"] = json!(time(modified, i + 1));
            if !folder {
                item["size"] = json!(1_024 + i * 7_919);
                item["version"] = json!(1 + i % 5);
            }
            item
        })
        .collect();
    serde_json::to_vec(&json!({ "dentries": dentries, "nextToken": "next_token" })).expect("JSON")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_sides_read_the_space_alike() {
        let body = space_body();
        let ours: dingtalk::storage_1_0::StorageSpaceResponse =
            openapi_runtime::decode_json("storage_GetSpace", reqwest::StatusCode::OK, None, &body)
                .unwrap();
        let theirs: baseline::SpaceResponse = serde_json::from_slice(&body).unwrap();
        let (ours, theirs) = (ours.space.unwrap(), theirs.space.unwrap());
        assert_eq!(ours.id, theirs.id);
        assert_eq!(ours.name, theirs.name);
        assert_eq!(
            ours.create_time.map(|t| t.as_datetime()),
            theirs.create_time
        );
        assert_eq!(
            ours.partitions.unwrap().len(),
            theirs.partitions.unwrap().len()
        );
    }

    #[test]
    fn both_sides_read_the_page_alike() {
        let body = dentry_page(100);
        let ours: dingtalk::storage_1_0::DentryPage = openapi_runtime::decode_json(
            "storage_ListDentries",
            reqwest::StatusCode::OK,
            None,
            &body,
        )
        .unwrap();
        let theirs: baseline::DentryPage = serde_json::from_slice(&body).unwrap();
        let (ours, theirs) = (ours.dentries.unwrap(), theirs.dentries.unwrap());
        assert_eq!(ours.len(), 100);
        assert_eq!(theirs.len(), 100);
        let mut ids = std::collections::BTreeSet::new();
        for (ours, theirs) in ours.iter().zip(&theirs) {
            assert_eq!(ours.id, theirs.id);
            assert_eq!(ours.name, theirs.name);
            assert_eq!(ours.size, theirs.size);
            assert_eq!(
                ours.create_time.map(|t| t.as_datetime()),
                theirs.create_time
            );
            assert_eq!(
                ours.modified_time.map(|t| t.as_datetime()),
                theirs.modified_time
            );
            ids.insert(ours.id.clone().unwrap());
        }
        assert_eq!(ids.len(), 100, "ids are distinct");
        assert!(theirs
            .iter()
            .any(|d| d.name.as_deref().unwrap().contains('"')));
        assert!(theirs
            .iter()
            .any(|d| d.name.as_deref().unwrap().contains('季')));
    }
}

//! `decode`: a `storage_ListDentries` page of 1,000 entries decoded by the
//! runtime into the generated models (as a call does) and by serde_json into
//! the hand-written structs.
//!
//! - `decode time ITERATIONS`: both, taking turns, `ITERATIONS` times each;
//!   prints the page's size and the median CPU time of each side.
//! - `decode count ours|baseline DECODES`: one side `DECODES` times, for
//!   callgrind; prints the allocation report.

use std::hint::black_box;
use std::time::Duration;

use dingtalk_benchmarks::{allocation_report, baseline, dentry_page, thread_cpu_time};
use openapi_runtime::reqwest::StatusCode;

const ENTRIES: usize = 1_000;

fn ours(body: &[u8]) -> usize {
    let page: dingtalk::storage_1_0::DentryPage =
        openapi_runtime::decode_json("storage_ListDentries", StatusCode::OK, None, body)
            .expect("the page");
    let entries = page.dentries.expect("entries");
    assert!(entries.last().is_some_and(|d| d.modified_time.is_some()));
    black_box(entries).len()
}

fn theirs(body: &[u8]) -> usize {
    let page: baseline::DentryPage = serde_json::from_slice(body).expect("the page");
    let entries = page.dentries.expect("entries");
    assert!(entries.last().is_some_and(|d| d.modified_time.is_some()));
    black_box(entries).len()
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let body = dentry_page(ENTRIES);
    match args.as_slice() {
        ["time", iterations] => {
            let iterations: usize = iterations.parse().expect("ITERATIONS is a number");
            let (mut our_times, mut their_times) = (Vec::new(), Vec::new());
            for _ in 0..iterations {
                for (decode, times) in [
                    (ours as fn(&[u8]) -> usize, &mut our_times),
                    (theirs, &mut their_times),
                ] {
                    let start = thread_cpu_time();
                    assert_eq!(decode(black_box(&body)), ENTRIES);
                    times.push(thread_cpu_time() - start);
                }
            }
            println!("bytes {}", body.len());
            println!("ours_ns {}", median(our_times).as_nanos());
            println!("baseline_ns {}", median(their_times).as_nanos());
        }
        ["count", side, decodes] => {
            let decode = match *side {
                "ours" => ours,
                "baseline" => theirs,
                other => panic!("`{other}` is neither `ours` nor `baseline`"),
            };
            for _ in 0..decodes.parse::<usize>().expect("DECODES is a number") {
                assert_eq!(decode(black_box(&body)), ENTRIES);
            }
            println!("{}", allocation_report());
        }
        _ => panic!("usage: decode time ITERATIONS | decode count ours|baseline DECODES"),
    }
}

//! `request_baseline BASE_URL WARMUP CALLS`: the same `storage_GetSpace` call
//! with plain reqwest and hand-written serde structs, `WARMUP + CALLS` times
//! in a row.

use std::hint::black_box;

use dingtalk_benchmarks::baseline::SpaceResponse;
use dingtalk_benchmarks::{CallArgs, SPACE_ID, TOKEN, TOKEN_HEADER, UNION_ID};

fn main() {
    let args = CallArgs::from_env();
    let http = reqwest::Client::new();
    args.run(|| async {
        let url = format!("{}/v1.0/storage/spaces/{SPACE_ID}", args.base_url);
        let response: SpaceResponse = http
            .get(url)
            .query(&[("unionId", UNION_ID)])
            .header(TOKEN_HEADER, TOKEN)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .expect("storage_GetSpace")
            .json()
            .await
            .expect("a space response");
        let space = response.space.expect("a space");
        assert_eq!(space.id.as_deref(), Some(SPACE_ID));
        assert!(space.create_time.is_some());
        black_box(space);
    });
}

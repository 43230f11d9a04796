//! `request_ours BASE_URL WARMUP CALLS`: `storage_GetSpace` by the generated
//! client with a given access token, `WARMUP + CALLS` times in a row.

use std::hint::black_box;

use dingtalk::storage_1_0::GetSpaceInput;
use dingtalk::{Client, Credentials};
use dingtalk_benchmarks::{CallArgs, SPACE_ID, TOKEN, UNION_ID};

fn main() {
    let args = CallArgs::from_env();
    let client = Client::builder()
        .credentials(Credentials::access_token(TOKEN))
        .base_url(&args.base_url)
        .build()
        .expect("a client");
    args.run(|| async {
        let response = client
            .storage_1_0()
            .get_space(GetSpaceInput {
                space_id: SPACE_ID,
                union_id: UNION_ID,
            })
            .send()
            .await
            .expect("storage_GetSpace");
        let space = response.space.expect("a space");
        assert_eq!(space.id.as_deref(), Some(SPACE_ID));
        assert!(space.create_time.is_some());
        black_box(space);
    });
}

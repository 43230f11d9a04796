//! `load_ours BASE_URL CALLS CONCURRENCY`: `storage_GetSpace` by one shared
//! generated client, `CALLS` times, `CONCURRENCY` at once. The client gets
//! its token from the server with the app's key and secret, as an
//! application does, and retries as configured by default.

use dingtalk::storage_1_0::GetSpaceInput;
use dingtalk::{Client, Credentials};
use dingtalk_benchmarks::load::{self, APP_KEY, APP_SECRET};
use dingtalk_benchmarks::{SPACE_ID, UNION_ID};

fn main() {
    load::main(|args| {
        let client = Client::builder()
            .credentials(Credentials::app(dingtalk::AppCredentials {
                app_key: APP_KEY,
                app_secret: APP_SECRET,
            }))
            .base_url(&args.base_url)
            .build()
            .unwrap_or_else(|e| {
                eprintln!("building the client: {e}");
                std::process::exit(1)
            });
        move || {
            let client = client.clone();
            async move {
                let response = client
                    .storage_1_0()
                    .get_space(GetSpaceInput {
                        space_id: SPACE_ID,
                        union_id: UNION_ID,
                    })
                    .send()
                    .await
                    .map_err(|e| e.to_string())?;
                let space = response.space.ok_or("no space in the answer")?;
                if space.id.as_deref() != Some(SPACE_ID) || space.create_time.is_none() {
                    return Err(format!("not the space asked for: {space:?}"));
                }
                Ok(())
            }
        }
    });
}

//! `load_baseline BASE_URL CALLS CONCURRENCY`: the same `storage_GetSpace`
//! calls with one shared plain reqwest client and hand-written serde structs,
//! `CALLS` times, `CONCURRENCY` at once. The token is asked for once, by the
//! first call that needs it, and shared; nothing is retried.

use std::sync::Arc;

use dingtalk_benchmarks::baseline::SpaceResponse;
use dingtalk_benchmarks::load::{self, APP_KEY, APP_SECRET};
use dingtalk_benchmarks::{SPACE_ID, TOKEN_HEADER, TOKEN_PATH, UNION_ID};
use serde::Deserialize;
use tokio::sync::OnceCell;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct TokenResponse {
    access_token: String,
}

/// What every call shares.
struct Shared {
    http: reqwest::Client,
    base_url: String,
    token: OnceCell<String>,
}

impl Shared {
    async fn token(&self) -> Result<&str, String> {
        let token = self
            .token
            .get_or_try_init(|| async {
                let answer: TokenResponse = self
                    .http
                    .post(format!("{}{TOKEN_PATH}", self.base_url))
                    .json(&serde_json::json!({"appKey": APP_KEY, "appSecret": APP_SECRET}))
                    .send()
                    .await
                    .and_then(reqwest::Response::error_for_status)
                    .map_err(|e| format!("the token: {e}"))?
                    .json()
                    .await
                    .map_err(|e| format!("the token: {e}"))?;
                Ok::<_, String>(answer.access_token)
            })
            .await?;
        Ok(token)
    }

    async fn get_space(&self) -> Result<(), String> {
        let token = self.token().await?;
        let response: SpaceResponse = self
            .http
            .get(format!("{}/v1.0/storage/spaces/{SPACE_ID}", self.base_url))
            .query(&[("unionId", UNION_ID)])
            .header(TOKEN_HEADER, token)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| e.to_string())?
            .json()
            .await
            .map_err(|e| e.to_string())?;
        let space = response.space.ok_or("no space in the answer")?;
        if space.id.as_deref() != Some(SPACE_ID) || space.create_time.is_none() {
            return Err(format!("not the space asked for: {space:?}"));
        }
        Ok(())
    }
}

fn main() {
    load::main(|args| {
        let shared = Arc::new(Shared {
            // The client's default timeout, so that neither side waits longer.
            http: reqwest::Client::builder()
                .timeout(openapi_runtime::DEFAULT_TIMEOUT)
                .build()
                .unwrap_or_else(|e| {
                    eprintln!("building the client: {e}");
                    std::process::exit(1)
                }),
            base_url: args.base_url.clone(),
            token: OnceCell::new(),
        });
        move || {
            let shared = shared.clone();
            async move { shared.get_space().await }
        }
    });
}

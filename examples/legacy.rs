//! What the examples of the legacy host (`oapi.dingtalk.com`) share: a
//! client for DingTalk when `DINGTALK_APP_KEY` and `DINGTALK_APP_SECRET` are
//! set, else for the local fake DingTalk, started in-process, whose legacy
//! host has an origin of its own.
//!
//! `DINGTALK_BASE_URL` and `DINGTALK_OAPI_URL` override the hosts
//! (`https://api.dingtalk.com` and `https://oapi.dingtalk.com` by default).

// Each example uses some of these.
#![allow(dead_code)]

use dingtalk::{Client, Credentials};
use fake_dingtalk::FakeDingTalk;

/// The legacy host as the spec names it.
pub const LEGACY_HOST: &str = "https://oapi.dingtalk.com";

/// A client, and the fake it calls when it calls no real DingTalk.
pub struct Setup {
    pub client: Client,
    /// `None` when calling DingTalk.
    pub fake: Option<FakeDingTalk>,
}

/// A non-empty environment variable.
pub fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Logs what `RUST_LOG` asks for (warnings by default) and builds the
/// client; `inputs` are the other variables the example needs to call
/// DingTalk.
pub async fn setup(inputs: &[&str]) -> Result<Setup, Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()),
        )
        .init();
    let (base_url, legacy_url, credentials, fake) =
        match (env("DINGTALK_APP_KEY"), env("DINGTALK_APP_SECRET")) {
            (Some(key), Some(secret)) => {
                let base_url =
                    env("DINGTALK_BASE_URL").unwrap_or_else(|| "https://api.dingtalk.com".into());
                let legacy_url = env("DINGTALK_OAPI_URL").unwrap_or_else(|| LEGACY_HOST.into());
                println!("Calling DingTalk at {legacy_url}");
                let credentials = Credentials::app(dingtalk::AppCredentials {
                    app_key: &key,
                    app_secret: &secret,
                });
                (base_url, legacy_url, credentials, None)
            }
            _ => {
                let fake = FakeDingTalk::start().await?;
                let mut names = vec!["DINGTALK_APP_KEY", "DINGTALK_APP_SECRET"];
                names.extend(inputs);
                let (last, others) = names.split_last().expect("two names at least");
                println!(
                    "Calling the local fake DingTalk at {} (set {} and {last} for the real one)",
                    fake.legacy_url(),
                    others.join(", ")
                );
                let credentials = Credentials::app(dingtalk::AppCredentials {
                    app_key: fake_dingtalk::APP_KEY,
                    app_secret: fake_dingtalk::APP_SECRET,
                });
                (fake.base_url(), fake.legacy_url(), credentials, Some(fake))
            }
        };
    let client = Client::builder()
        .base_url(base_url)
        .host_url(LEGACY_HOST, legacy_url)
        .credentials(credentials)
        .build()?;
    Ok(Setup { client, fake })
}

/// The value of `name` when calling DingTalk, else the fake's `default`.
pub fn input(setup: &Setup, name: &str, default: &str) -> Result<String, String> {
    match (&setup.fake, env(name)) {
        (_, Some(value)) => Ok(value),
        (Some(_), None) => Ok(default.to_owned()),
        (None, None) => Err(format!("set {name} to call DingTalk")),
    }
}

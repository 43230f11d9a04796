//! `cargo run -p fake-dingtalk -- [--port N] [--expire-downloads-at BYTES]`:
//! serves the fake on 127.0.0.1 until interrupted, so that clients in any
//! language can be tried against it; its legacy host (`oapi.dingtalk.com`)
//! is on a free port of its own, printed at start, with a custom robot. With `--expire-downloads-at`, every
//! download is cut after so many bytes and its URL expires there, so that
//! finishing it takes a fresh URL.

use std::process::ExitCode;

use fake_dingtalk::{Config, FakeDingTalk, APP_KEY, APP_SECRET, SUITE_KEY, SUITE_SECRET};

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut port, mut expire_at) = (0, None);
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let Some(value) = args.next() else {
            return usage(&format!("`{flag}` needs a value"));
        };
        match flag.as_str() {
            "--port" => match value.parse() {
                Ok(value) => port = value,
                Err(_) => return usage(&format!("`{value}` is not a port number")),
            },
            "--expire-downloads-at" => match value.parse() {
                Ok(value) => expire_at = Some(value),
                Err(_) => return usage(&format!("`{value}` is not a number of bytes")),
            },
            _ => return usage(&format!("unexpected argument `{flag}`")),
        }
    }
    let fake = match FakeDingTalk::start_with(Config {
        port,
        ..Config::default()
    })
    .await
    {
        Ok(fake) => fake,
        Err(e) => {
            eprintln!("cannot listen on 127.0.0.1:{port}: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(bytes) = expire_at {
        fake.objects().expire_every_download_at(bytes);
    }
    println!("fake DingTalk serving on {}", fake.base_url());
    println!(
        "the legacy host (oapi.dingtalk.com) on {}: work notifications from agentId {}",
        fake.legacy_url(),
        fake_dingtalk::AGENT_ID
    );
    println!(
        "a custom robot without a secret: webhook access_token={}",
        fake.add_robot(None)
    );
    println!(
        "file contents go to its object storage on {}",
        fake.objects().base_url()
    );
    println!("internal app: appKey={APP_KEY} appSecret={APP_SECRET}");
    println!("third-party suite: suiteKey={SUITE_KEY} suiteSecret={SUITE_SECRET} (any authCorpId and suiteTicket)");
    println!("press Ctrl-C to stop");
    let _ = tokio::signal::ctrl_c().await;
    ExitCode::SUCCESS
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("{problem}\nusage: fake-dingtalk [--port N] [--expire-downloads-at BYTES]");
    ExitCode::from(2)
}

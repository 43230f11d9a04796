//! `cargo run -p fake-dingtalk -- [--port N]`: serves the fake on 127.0.0.1 until interrupted,
//! so that clients in any language can be tried against it.

use std::process::ExitCode;

use fake_dingtalk::{Config, FakeDingTalk, APP_KEY, APP_SECRET, SUITE_KEY, SUITE_SECRET};

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let port = match args.as_slice() {
        [] => 0,
        [flag, port] if flag == "--port" => match port.parse() {
            Ok(port) => port,
            Err(_) => return usage(&format!("`{port}` is not a port number")),
        },
        _ => return usage("unexpected arguments"),
    };
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
    println!("fake DingTalk serving on {}", fake.base_url());
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
    eprintln!("{problem}\nusage: fake-dingtalk [--port N]");
    ExitCode::from(2)
}

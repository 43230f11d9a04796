//! The fake DingTalk, optionally behind Prism's validating proxy.
//!
//! With `PRISM` set to the `prism` command (`bash tools/check-spec` sets it),
//! every API call goes through `prism proxy --errors` in front of the fake:
//! a request or a response that breaks the spec becomes an error the test
//! sees. The fake's object storage is on another origin and is reached
//! directly, as DingTalk's is.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fake_dingtalk::FakeDingTalk;

/// A fake, the URL clients should call, and the proxy in between if any.
pub struct Served {
    pub fake: FakeDingTalk,
    pub base_url: String,
    proxy: Option<Child>,
}

impl Served {
    pub async fn start() -> Served {
        Served::with(FakeDingTalk::start().await.unwrap()).await
    }

    pub async fn with(fake: FakeDingTalk) -> Served {
        let Some(prism) = std::env::var_os("PRISM").filter(|p| !p.is_empty()) else {
            let base_url = fake.base_url();
            return Served {
                fake,
                base_url,
                proxy: None,
            };
        };
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .unwrap()
            .port();
        let spec = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/dingtalk.json");
        let proxy = Command::new(&prism)
            .args(["proxy", spec, &fake.base_url(), "--errors", "--host", "127.0.0.1"])
            .args(["--port", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {prism:?}: {e}"));
        let base_url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        while tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_err()
        {
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "Prism did not start listening on {base_url}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Served {
            fake,
            base_url,
            proxy: Some(proxy),
        }
    }

    /// Whether calls go through the validating proxy.
    pub fn validated(&self) -> bool {
        self.proxy.is_some()
    }

    /// A client of the fake, with the fake app's credentials.
    pub fn client(&self) -> dingtalk::Client {
        dingtalk::Client::builder()
            .base_url(&self.base_url)
            .credentials(dingtalk::Credentials::app(
                fake_dingtalk::APP_KEY,
                fake_dingtalk::APP_SECRET,
            ))
            .build()
            .unwrap()
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        if let Some(proxy) = &mut self.proxy {
            let _ = proxy.kill();
            let _ = proxy.wait();
        }
    }
}

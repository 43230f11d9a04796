//! The fake behind an independent validator: Prism's validating proxy
//! (`prism proxy --errors`) in front of it, started as a child process, so
//! that every request a client makes and every response the fake gives is
//! checked against `spec/dingtalk.json` by a tool that is not ours. A request
//! or a response that breaks the spec becomes an error response (HTTP 422 or
//! 500, a problem+json body naming the violation) that the caller sees.

use std::ffi::OsString;
use std::net::SocketAddr;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use tokio::process::{Child, Command};

/// The environment variable that names the `prism` command; when it is set,
/// [`Config::default`](crate::Config::default) puts every fake behind it.
pub const PRISM_ENV: &str = "FAKE_DINGTALK_PRISM";

/// The spec Prism validates against.
const SPEC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/dingtalk.json");

/// A running proxy, stopped when dropped.
pub(crate) struct Proxy {
    pub(crate) address: SocketAddr,
    _child: Child,
}

/// The `prism` command named by [`PRISM_ENV`], if any.
pub(crate) fn from_env() -> Option<OsString> {
    std::env::var_os(PRISM_ENV).filter(|p| !p.is_empty())
}

impl Proxy {
    /// Starts `prism proxy` for the fake at `upstream` on a free port, and
    /// waits until it listens.
    pub(crate) async fn start(prism: &OsString, upstream: SocketAddr) -> std::io::Result<Proxy> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let child = Command::new(prism)
            .arg("proxy")
            .arg(Path::new(SPEC))
            .arg(format!("http://{upstream}"))
            .args([
                "--errors",
                "--host",
                "127.0.0.1",
                "--port",
                &port.to_string(),
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| {
                std::io::Error::new(
                    e.kind(),
                    format!("cannot start {prism:?} ({PRISM_ENV}): {e}"),
                )
            })?;
        let address = SocketAddr::from(([127, 0, 0, 1], port));
        let started = Instant::now();
        while tokio::net::TcpStream::connect(address).await.is_err() {
            if started.elapsed() > Duration::from_secs(120) {
                return Err(std::io::Error::other(format!(
                    "{prism:?} did not listen on {address} within two minutes"
                )));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(Proxy {
            address,
            _child: child,
        })
    }
}

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
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, BufReader};
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
    /// waits until it says it listens there. A port is free when asked for
    /// but may be taken before Prism binds it (by another fake's proxy
    /// starting at the same time): Prism then exits, and another port is
    /// tried, so that no proxy is mistaken for one that failed to start.
    pub(crate) async fn start(prism: &OsString, upstream: SocketAddr) -> std::io::Result<Proxy> {
        let mut last = String::new();
        for _ in 0..ATTEMPTS {
            match Self::start_on_free_port(prism, upstream).await? {
                Ok(proxy) => return Ok(proxy),
                Err(output) => last = output,
            }
        }
        Err(std::io::Error::other(format!(
            "{prism:?} ({PRISM_ENV}) did not start in {ATTEMPTS} attempts; it last said: {last}"
        )))
    }

    /// One attempt: the proxy, or what Prism said before it exited.
    async fn start_on_free_port(
        prism: &OsString,
        upstream: SocketAddr,
    ) -> std::io::Result<Result<Proxy, String>> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let mut child = Command::new(prism)
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
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| {
                std::io::Error::new(
                    e.kind(),
                    format!("cannot start {prism:?} ({PRISM_ENV}): {e}"),
                )
            })?;
        let address = SocketAddr::from(([127, 0, 0, 1], port));
        let ready = format!("is listening on http://{address}");
        let (Some(stdout), Some(stderr)) = (child.stdout.take(), child.stderr.take()) else {
            return Err(std::io::Error::other("prism's output is not piped"));
        };
        let mut stdout = BufReader::new(stdout).lines();
        let mut said = Vec::new();
        let listening = tokio::time::timeout(Duration::from_secs(120), async {
            while let Some(line) = stdout.next_line().await? {
                if line.contains(&ready) {
                    return Ok(true);
                }
                said.push(line);
            }
            Ok::<bool, std::io::Error>(false)
        })
        .await
        .map_err(|_| {
            std::io::Error::other(format!(
                "{prism:?} did not listen on {address} within two minutes"
            ))
        })??;
        if !listening {
            let mut errors = String::new();
            BufReader::new(stderr).read_to_string(&mut errors).await?;
            said.push(errors);
            return Ok(Err(said.join("\n").trim().to_owned()));
        }
        // Prism logs every request: its output is read to the end, so that
        // a full pipe never stops it.
        tokio::spawn(async move { while let Ok(Some(_)) = stdout.next_line().await {} });
        tokio::spawn(async move {
            let _ = tokio::io::copy(&mut BufReader::new(stderr), &mut tokio::io::sink()).await;
        });
        Ok(Ok(Proxy {
            address,
            _child: child,
        }))
    }
}

/// How many ports a proxy is started on before giving up.
const ATTEMPTS: usize = 5;

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    /// A stand-in for `prism` written as a shell script: `body` runs with
    /// the port it was given as `$port`.
    fn script(dir: &Path, body: &str) -> OsString {
        let path = dir.join("prism");
        let text =
            format!("#!/bin/sh\nwhile [ \"$1\" != --port ]; do shift; done\nport=$2\n{body}\n");
        std::fs::write(&path, text).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path.into_os_string()
    }

    #[tokio::test]
    async fn a_proxy_whose_port_was_taken_is_started_again_on_another() {
        let dir = tempfile::tempdir().unwrap();
        let tried = dir.path().join("tried");
        // The first attempt finds its port taken, as when another proxy
        // bound it first; the second listens.
        let prism = script(
            dir.path(),
            &format!(
                "echo \"$port\" >> {tried:?}\n\
                 if [ $(wc -l < {tried:?}) -eq 1 ]; then echo \"listen EADDRINUSE: address already in use 127.0.0.1:$port\" >&2; exit 1; fi\n\
                 echo \"[CLI] start Prism is listening on http://127.0.0.1:$port\"\nexec sleep 30"
            ),
        );
        let upstream = SocketAddr::from(([127, 0, 0, 1], 9));
        let proxy = Proxy::start(&prism, upstream).await.unwrap();
        let ports: Vec<u16> = std::fs::read_to_string(&tried)
            .unwrap()
            .lines()
            .map(|l| l.parse().unwrap())
            .collect();
        assert_eq!(ports.len(), 2, "{ports:?}");
        assert_eq!(proxy.address.port(), ports[1]);
    }

    #[tokio::test]
    async fn a_proxy_that_never_listens_is_an_error_with_what_it_said() {
        let dir = tempfile::tempdir().unwrap();
        let prism = script(dir.path(), "echo \"cannot read the spec\" >&2; exit 1");
        let upstream = SocketAddr::from(([127, 0, 0, 1], 9));
        let error = Proxy::start(&prism, upstream).await.err().unwrap();
        let message = error.to_string();
        assert!(message.contains("did not start in 5 attempts"), "{message}");
        assert!(message.contains("cannot read the spec"), "{message}");
    }
}

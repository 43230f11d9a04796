//! `server [--faults SEED]`: a small HTTP/1.1 server on 127.0.0.1 that
//! answers `GET /v1.0/storage/spaces/854xxxxx?unionId=cHtUYxxxxx` carrying
//! the benchmark's token with the spec's `storage_GetSpace` example,
//! `POST /v1.0/oauth2/accessToken` with the spec's `oauth2_GetAccessToken`
//! example granting that token, and anything else with HTTP 400.
//! Connections are kept alive, one thread each.
//!
//! With `--faults SEED`, `storage_GetSpace` requests meet the fault mix of
//! `dingtalk_benchmarks::load::FaultMix` (throttling, unavailability,
//! connection resets, stalls), the same for the same seed.
//!
//! It prints `listening on http://127.0.0.1:PORT` and serves until it is
//! killed. When its standard input ends, it prints what it has counted so
//! far, as `connections C token_requests T requests R throttled A
//! unavailable U reset X stalled S`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::fd::AsRawFd;
use std::sync::atomic::{AtomicU64, Ordering};

use dingtalk_benchmarks::load::{Fault, FaultMix, STALL};
use dingtalk_benchmarks::{space_body, space_target, token_body, TOKEN, TOKEN_HEADER, TOKEN_PATH};

/// What the server has seen.
#[derive(Default)]
struct Counts {
    connections: AtomicU64,
    token_requests: AtomicU64,
    /// `storage_GetSpace` requests, whatever their answer.
    requests: AtomicU64,
    throttled: AtomicU64,
    unavailable: AtomicU64,
    reset: AtomicU64,
    stalled: AtomicU64,
}

impl Counts {
    fn line(&self) -> String {
        let n = |count: &AtomicU64| count.load(Ordering::Relaxed);
        format!(
            "connections {} token_requests {} requests {} throttled {} unavailable {} reset {} stalled {}",
            n(&self.connections),
            n(&self.token_requests),
            n(&self.requests),
            n(&self.throttled),
            n(&self.unavailable),
            n(&self.reset),
            n(&self.stalled),
        )
    }
}

/// What every connection's thread reads.
struct Shared {
    space_target: String,
    space_body: Vec<u8>,
    token_body: Vec<u8>,
    faults: Option<FaultMix>,
    counts: Counts,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let faults = match args.as_slice() {
        [] => None,
        [flag, seed] if flag == "--faults" => match seed.parse() {
            Ok(seed) => Some(FaultMix::new(seed)),
            Err(_) => usage(&format!("`{seed}` is not a number")),
        },
        _ => usage("unknown arguments"),
    };
    let listener = TcpListener::bind("127.0.0.1:0").expect("binding 127.0.0.1");
    let address = listener.local_addr().expect("the local address");
    println!("listening on http://{address}");
    let shared: &'static Shared = Box::leak(Box::new(Shared {
        space_target: space_target(),
        space_body: space_body(),
        token_body: token_body(),
        faults,
        counts: Counts::default(),
    }));
    std::thread::spawn(move || {
        let _ = std::io::copy(&mut std::io::stdin().lock(), &mut std::io::sink());
        println!("{}", shared.counts.line());
    });
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        shared.counts.connections.fetch_add(1, Ordering::Relaxed);
        std::thread::spawn(move || {
            let _ = serve(stream, shared);
        });
    }
}

fn usage(problem: &str) -> ! {
    eprintln!("{problem}\nusage: server [--faults SEED]");
    std::process::exit(2)
}

/// Answers the requests of one connection until the client closes it (or a
/// fault resets it).
fn serve(stream: TcpStream, shared: &Shared) -> std::io::Result<()> {
    stream.set_nodelay(true)?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut writer = stream;
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let mut words = line.split_whitespace();
        let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        let space = method == "GET" && target == shared.space_target;
        let token = method == "POST" && target == TOKEN_PATH;
        let mut token_ok = false;
        let mut length = 0usize;
        loop {
            line.clear();
            if reader.read_line(&mut line)? == 0 {
                return Ok(());
            }
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            let Some((name, value)) = header.split_once(':') else {
                continue;
            };
            let value = value.trim();
            if name.eq_ignore_ascii_case(TOKEN_HEADER) {
                token_ok = value == TOKEN;
            } else if name.eq_ignore_ascii_case("content-length") {
                length = value.parse().unwrap_or(0);
            }
        }
        std::io::copy(&mut (&mut reader).take(length as u64), &mut std::io::sink())?;
        let counts = &shared.counts;
        let fault = if space {
            let n = counts.requests.fetch_add(1, Ordering::Relaxed);
            shared.faults.map_or(Fault::None, |mix| mix.fault(n))
        } else {
            Fault::None
        };
        let bad_request: (&str, &[u8], &str) = (
            "400 Bad Request",
            br#"{"code":"paramError","message":"not the benchmark's request"}"#,
            "",
        );
        let (status, answer, extra) = match fault {
            Fault::Throttle => {
                counts.throttled.fetch_add(1, Ordering::Relaxed);
                (
                    "429 Too Many Requests",
                    &br#"{"code":"throttled","message":"too many requests, retry later"}"#[..],
                    "retry-after: 1\r\n",
                )
            }
            Fault::Unavailable => {
                counts.unavailable.fetch_add(1, Ordering::Relaxed);
                (
                    "503 Service Unavailable",
                    &br#"{"code":"serviceUnavailable","message":"try again"}"#[..],
                    "",
                )
            }
            Fault::Reset => {
                counts.reset.fetch_add(1, Ordering::Relaxed);
                return reset(writer);
            }
            Fault::Stall | Fault::None if space && token_ok => {
                if fault == Fault::Stall {
                    counts.stalled.fetch_add(1, Ordering::Relaxed);
                    std::thread::sleep(STALL);
                }
                ("200 OK", &shared.space_body[..], "")
            }
            _ if token => {
                counts.token_requests.fetch_add(1, Ordering::Relaxed);
                ("200 OK", &shared.token_body[..], "")
            }
            _ => bad_request,
        };
        let mut response = format!(
            "HTTP/1.1 {status}\r\ncontent-type: application/json;charset=utf-8\r\n\
             x-acs-request-id: 0A1B2C3D-0000-4000-8000-000000000000\r\n\
             {extra}content-length: {}\r\n\r\n",
            answer.len()
        )
        .into_bytes();
        response.extend_from_slice(answer);
        writer.write_all(&response)?;
    }
}

/// Closes `stream` with a reset (`SO_LINGER` of zero) instead of an orderly close.
fn reset(stream: TcpStream) -> std::io::Result<()> {
    let linger = libc::linger {
        l_onoff: 1,
        l_linger: 0,
    };
    // SAFETY: the descriptor is open (owned by `stream`) and `linger` is a
    // valid `linger` of the size given.
    let status = unsafe {
        libc::setsockopt(
            stream.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_LINGER,
            (&linger as *const libc::linger).cast(),
            std::mem::size_of::<libc::linger>() as libc::socklen_t,
        )
    };
    if status != 0 {
        return Err(std::io::Error::last_os_error());
    }
    drop(stream);
    Ok(())
}

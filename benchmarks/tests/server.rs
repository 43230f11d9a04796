//! The benchmark server, run as its binary: its answers, the faults it
//! injects with `--faults SEED` (in the mix's order, request by request) and
//! the counts it prints when its standard input ends.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

use dingtalk_benchmarks::load::{Fault, FaultMix};
use dingtalk_benchmarks::{space_target, TOKEN, TOKEN_HEADER, TOKEN_PATH};

struct Server {
    child: Child,
    address: String,
    stdout: BufReader<std::process::ChildStdout>,
}

impl Server {
    fn start(args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_server"))
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        stdout.read_line(&mut first).unwrap();
        let address = first
            .trim()
            .strip_prefix("listening on http://")
            .unwrap()
            .to_owned();
        Server {
            child,
            address,
            stdout,
        }
    }

    /// Closes its input; the line of counts it prints then.
    fn counts(&mut self) -> String {
        drop(self.child.stdin.take());
        let mut line = String::new();
        self.stdout.read_line(&mut line).unwrap();
        line.trim().to_owned()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What one request on a connection of its own got: the status and head,
/// or `None` when the connection was closed without an answer.
fn exchange(address: &str, request: &str) -> Option<(u16, String, String)> {
    let mut stream = TcpStream::connect(address).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut reader = BufReader::new(stream);
    let mut head = String::new();
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => return None,
            Ok(_) if line == "\r\n" => break,
            Ok(_) => head.push_str(&line),
        }
    }
    let status = head.split_whitespace().nth(1)?.parse().ok()?;
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length: "))?
        .trim()
        .parse()
        .ok()?;
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some((status, head, String::from_utf8(body).ok()?))
}

fn get_space() -> String {
    format!(
        "GET {} HTTP/1.1\r\nhost: x\r\n{TOKEN_HEADER}: {TOKEN}\r\n\r\n",
        space_target()
    )
}

#[test]
fn without_faults_it_answers_the_call_and_the_token_and_counts_them() {
    let mut server = Server::start(&[]);
    let body = r#"{"appKey":"k","appSecret":"s"}"#;
    let token = format!(
        "POST {TOKEN_PATH} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    let (status, _, answer) = exchange(&server.address, &token).unwrap();
    assert_eq!(status, 200);
    assert!(
        answer.contains(&format!(r#""accessToken":"{TOKEN}""#)),
        "{answer}"
    );
    for _ in 0..3 {
        let (status, _, answer) = exchange(&server.address, &get_space()).unwrap();
        assert_eq!(status, 200);
        assert!(answer.contains("854xxxxx"));
    }
    let wrong = get_space().replace(TOKEN, "another-token");
    assert_eq!(exchange(&server.address, &wrong).unwrap().0, 400);
    assert_eq!(
        server.counts(),
        "connections 5 token_requests 1 requests 4 throttled 0 unavailable 0 reset 0 stalled 0"
    );
}

#[test]
fn with_faults_each_request_meets_the_fault_of_the_mix() {
    let seed = 3;
    let mut server = Server::start(&["--faults", &seed.to_string()]);
    let mix = FaultMix::new(seed);
    let n = 150;
    let mut met = std::collections::HashMap::new();
    for i in 0..n {
        let expected = mix.fault(i);
        *met.entry(expected).or_insert(0) += 1;
        let answer = exchange(&server.address, &get_space());
        match expected {
            Fault::None | Fault::Stall => assert_eq!(answer.unwrap().0, 200, "request {i}"),
            Fault::Throttle => {
                let (status, head, _) = answer.unwrap();
                assert_eq!(status, 429, "request {i}");
                assert!(head.contains("retry-after: 1\r\n"), "{head}");
            }
            Fault::Unavailable => assert_eq!(answer.unwrap().0, 503, "request {i}"),
            Fault::Reset => assert!(answer.is_none(), "request {i}: {answer:?}"),
        }
    }
    for fault in [Fault::Throttle, Fault::Unavailable, Fault::Reset] {
        assert!(
            met.get(&fault).is_some_and(|n| *n > 0),
            "{fault:?} never met"
        );
    }
    let count = |fault| met.get(&fault).copied().unwrap_or(0);
    assert_eq!(
        server.counts(),
        format!(
            "connections {n} token_requests 0 requests {n} throttled {} unavailable {} reset {} stalled {}",
            count(Fault::Throttle),
            count(Fault::Unavailable),
            count(Fault::Reset),
            count(Fault::Stall)
        )
    );
}

//! `server`: a small HTTP/1.1 server on 127.0.0.1 that answers
//! `GET /v1.0/storage/spaces/854xxxxx?unionId=cHtUYxxxxx` carrying the
//! benchmark's token with the spec's `storage_GetSpace` example, and anything
//! else with HTTP 400. Connections are kept alive, one thread each. It prints
//! `listening on http://127.0.0.1:PORT` and serves until it is killed.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};

use dingtalk_benchmarks::{space_body, space_target, TOKEN, TOKEN_HEADER};

fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("binding 127.0.0.1");
    let address = listener.local_addr().expect("the local address");
    println!("listening on http://{address}");
    let body: &'static [u8] = space_body().leak();
    let target: &'static str = space_target().leak();
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        std::thread::spawn(move || {
            let _ = serve(stream, target, body);
        });
    }
}

/// Answers the requests of one connection until the client closes it.
fn serve(stream: TcpStream, target: &str, body: &[u8]) -> std::io::Result<()> {
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
        let expected = words.next() == Some("GET") && words.next() == Some(target);
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
        let (status, answer): (&str, &[u8]) = if expected && token_ok {
            ("200 OK", body)
        } else {
            (
                "400 Bad Request",
                br#"{"code":"paramError","message":"not the benchmark's request"}"#,
            )
        };
        let mut response = format!(
            "HTTP/1.1 {status}\r\ncontent-type: application/json;charset=utf-8\r\n\
             x-acs-request-id: 0A1B2C3D-0000-4000-8000-000000000000\r\n\
             content-length: {}\r\n\r\n",
            answer.len()
        )
        .into_bytes();
        response.extend_from_slice(answer);
        writer.write_all(&response)?;
    }
}

//! Custom group robots over HTTP: a `Robot` made from its webhook URL posts
//! to the webhook's origin with its own token, signs each message as
//! DingTalk documents (checked against signatures computed here, not by the
//! client's code), queues messages beyond its rate limit, retries a "sent too
//! fast" answer, and never shows its token or secret.

use crate::common;

use std::time::{Duration, Instant};

use base64::Engine as _;
use common::logs::Captured;
use dingtalk::oapi_robot::{
    sign, ErrorCode, RateLimit, Robot, RobotMarkdownMessage, RobotMarkdownMessageMarkdown,
    RobotMessage, RobotTextMessage, RobotTextMessageText,
};
use dingtalk::RetryPolicy;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "robot-webhook-token";
const SECRET: &str = "SECrobot-secret";

/// HMAC-SHA256 as RFC 2104 defines it, written out here so that the
/// client's signatures are checked against an independent computation.
fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    let mut block = [0u8; 64];
    if key.len() > 64 {
        block[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        block[..key.len()].copy_from_slice(key);
    }
    let pad = |byte: u8| block.map(|k| k ^ byte);
    let inner = Sha256::new()
        .chain_update(pad(0x36))
        .chain_update(message)
        .finalize();
    Sha256::new()
        .chain_update(pad(0x5c))
        .chain_update(inner)
        .finalize()
        .into()
}

/// The signature DingTalk expects, computed independently.
fn expected_signature(timestamp: i64, secret: &str) -> String {
    let mac = hmac_sha256(
        secret.as_bytes(),
        format!("{timestamp}\n{secret}").as_bytes(),
    );
    base64::engine::general_purpose::STANDARD.encode(mac)
}

#[test]
fn the_independent_hmac_matches_rfc_4231() {
    // RFC 4231, test case 2.
    let mac = hmac_sha256(b"Jefe", b"what do ya want for nothing?");
    let hex: String = mac.iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(
        hex,
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    );
}

#[test]
fn a_signature_matches_the_worked_example() {
    // The spec's example, also given by
    // `printf '1700000000000\nSECexample' | openssl dgst -sha256 -hmac SECexample -binary | base64`.
    let worked = "uroalHrWHORz59talE1o26b8HuX2kOp8WlAN91F9Pj0=";
    assert_eq!(expected_signature(1_700_000_000_000, "SECexample"), worked);
    assert_eq!(sign(1_700_000_000_000, "SECexample"), worked);
    // A signature with `+` and `/`, which the query must encode.
    for timestamp in 1_700_000_000_000..1_700_000_000_050 {
        assert_eq!(
            sign(timestamp, SECRET),
            expected_signature(timestamp, SECRET)
        );
    }
}

fn text(content: &str) -> RobotMessage {
    RobotTextMessage {
        text: RobotTextMessageText {
            content: content.to_owned(),
        },
        at: None,
        msg_uuid: None,
    }
    .into()
}

/// A webhook at `server` answering every message with `body`.
async fn webhook(server: &MockServer, body: Value) -> String {
    Mock::given(method("POST"))
        .and(path("/robot/send"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(server)
        .await;
    format!("{}/robot/send?access_token={TOKEN}", server.uri())
}

fn now_millis() -> i64 {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    now.unwrap().as_millis() as i64
}

#[tokio::test]
async fn a_signed_message_goes_to_the_webhook_with_its_token_timestamp_and_signature() {
    let server = MockServer::start().await;
    let url = webhook(&server, json!({"errcode": 0, "errmsg": "ok"})).await;
    let robot = Robot::builder()
        .webhook(&url)
        .secret(SECRET)
        .build()
        .unwrap();
    let message = RobotMarkdownMessage {
        markdown: RobotMarkdownMessageMarkdown {
            title: "Disk alert".to_owned(),
            text: "#### Disk alert\n> /var is 93% full".to_owned(),
        },
        at: None,
        msg_uuid: None,
    };
    let before = now_millis();
    let status = robot.send(message).await.unwrap();
    let after = now_millis();
    assert_eq!(status.errcode, 0);

    let requests = server.received_requests().await.unwrap();
    let [request] = requests.as_slice() else {
        panic!("{} requests", requests.len())
    };
    let query: Vec<(String, String)> = request.url.query_pairs().into_owned().collect();
    let value = |name: &str| {
        let found = query.iter().find(|(n, _)| n == name);
        found
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("no {name} in {query:?}"))
    };
    assert_eq!(value("access_token"), TOKEN);
    let timestamp: i64 = value("timestamp").parse().unwrap();
    assert!((before..=after).contains(&timestamp), "{timestamp}");
    assert_eq!(value("sign"), expected_signature(timestamp, SECRET));
    assert_eq!(query.len(), 3, "{query:?}");
    // The union writes the message's type.
    let body: Value = serde_json::from_slice(&request.body).unwrap();
    assert_eq!(
        body,
        json!({"msgtype": "markdown", "markdown": {
            "title": "Disk alert",
            "text": "#### Disk alert\n> /var is 93% full",
        }})
    );
    assert_eq!(request.headers.get("x-acs-dingtalk-access-token"), None);
}

#[tokio::test]
async fn an_unsigned_robot_sends_its_token_alone() {
    let server = MockServer::start().await;
    let url = webhook(&server, json!({"errcode": 0, "errmsg": "ok"})).await;
    let robot = Robot::from_webhook(&url).unwrap();
    robot.send(text("deploy done")).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    let query: Vec<(String, String)> = requests[0].url.query_pairs().into_owned().collect();
    assert_eq!(query, [("access_token".to_owned(), TOKEN.to_owned())]);
}

#[tokio::test]
async fn messages_beyond_the_rate_limit_wait_their_turn() {
    let server = MockServer::start().await;
    let url = webhook(&server, json!({"errcode": 0, "errmsg": "ok"})).await;
    let period = Duration::from_millis(400);
    let robot = Robot::builder()
        .webhook(&url)
        .rate_limit(Some(RateLimit {
            messages: 3,
            period,
        }))
        .build()
        .unwrap();
    let started = Instant::now();
    let sends = (0..5).map(|i| {
        let robot = robot.clone();
        async move { robot.send(text(&format!("alert {i}"))).await }
    });
    for sent in futures_util::future::join_all(sends).await {
        sent.unwrap();
    }
    // Three at once, the other two a period after the first.
    assert!(started.elapsed() >= period, "{:?}", started.elapsed());
    assert_eq!(server.received_requests().await.unwrap().len(), 5);
}

#[tokio::test]
async fn sending_too_fast_is_retried_after_a_backoff() {
    let server = MockServer::start().await;
    Mock::given(path("/robot/send"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"errcode": 130101, "errmsg": "send too fast, exceed 20 times per minute"}),
        ))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    let url = webhook(&server, json!({"errcode": 0, "errmsg": "ok"})).await;
    let quickly = RetryPolicy::default()
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(1));
    let robot = Robot::builder()
        .webhook(&url)
        .client(dingtalk::oapi_robot::Client::builder().retry(quickly.clone()))
        .build()
        .unwrap();
    robot.send(text("once")).await.unwrap();
    assert_eq!(server.received_requests().await.unwrap().len(), 2);

    // Refused every time: the typed code says why.
    let server = MockServer::start().await;
    let url = webhook(
        &server,
        json!({"errcode": 410100, "errmsg": "send too fast"}),
    )
    .await;
    let robot = Robot::builder()
        .webhook(&url)
        .client(dingtalk::oapi_robot::Client::builder().retry(quickly))
        .build()
        .unwrap();
    let err = robot.send(text("again")).await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::SendTooFast));
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}

#[tokio::test]
async fn neither_the_token_nor_the_secret_shows_in_debug_errors_or_logs() {
    let logs = Captured::default();
    let _guard = tracing::subscriber::set_default(logs.subscriber(tracing::Level::TRACE));
    let server = MockServer::start().await;
    let url = webhook(
        &server,
        json!({"errcode": 310000, "errmsg": "sign not match"}),
    )
    .await;
    let robot = Robot::builder()
        .webhook(&url)
        .secret(SECRET)
        .build()
        .unwrap();
    let err = robot.send(text("hello")).await.unwrap_err();
    let shown = [
        format!("{robot:?}"),
        format!("{:?}", Robot::builder().webhook(&url).secret(SECRET)),
        format!("{err:?}"),
        err.to_string(),
        logs.text(),
    ];
    for text in shown {
        assert!(!text.contains(TOKEN), "{text}");
        assert!(!text.contains(SECRET), "{text}");
    }
    assert!(logs.text().contains("robot_Send"), "{}", logs.text());
}

#[test]
fn a_webhook_url_that_is_not_one_is_refused_clearly_without_its_token() {
    let refused = |url: &str| Robot::from_webhook(url).unwrap_err().to_string();
    let no_path = refused("https://oapi.dingtalk.com/send?access_token=secret-token");
    assert!(
        no_path.contains("does not end in `/robot/send`"),
        "{no_path}"
    );
    let no_token = refused("https://oapi.dingtalk.com/robot/send");
    assert!(no_token.contains("no `access_token`"), "{no_token}");
    let extra = refused("https://oapi.dingtalk.com/robot/send?access_token=secret-token&sign=x");
    assert!(extra.contains("`sign`"), "{extra}");
    for message in [no_path, no_token, extra] {
        assert!(!message.contains("secret-token"), "{message}");
    }
    let none = Robot::builder().build().unwrap_err().to_string();
    assert!(none.contains("webhook URL or its token"), "{none}");
    // DingTalk's own host needs no other origin.
    Robot::builder().token("t").secret(SECRET).build().unwrap();
}

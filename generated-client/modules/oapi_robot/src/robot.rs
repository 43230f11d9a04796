//! Custom group robots: a [`Robot`] posts messages to its group through the
//! robot's webhook, signed with the robot's secret when it has one, and at
//! most as often as DingTalk accepts (20 messages a minute), queueing bursts.

use std::collections::VecDeque;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use hmac::{Hmac, Mac};
use openapi_runtime::reqwest::Url;
use openapi_runtime::ClientBuilder;
use sha2::Sha256;
use tokio::sync::Mutex;
use tokio::time::Instant;

use crate::{
    self as oapi_robot, OapiStatus, RobotMarkdownMessage, RobotMarkdownMessageMarkdown,
    RobotMessage, RobotSend, RobotTextMessage, RobotTextMessageText,
};
use openapi_runtime::Error;

/// The host robots' webhooks are on, as the spec names it.
const HOST: &str = "https://oapi.dingtalk.com";
/// The path of every webhook.
const WEBHOOK_PATH: &str = "/robot/send";

/// A custom robot of a group, which posts messages to the group.
///
/// Built from the webhook URL DingTalk shows when the robot is added to a
/// group, or from its token (the URL's `access_token`), and the robot's
/// secret when its security settings sign messages. Each message is then
/// signed with the current time ([`sign`]), and messages beyond the robot's
/// [`RateLimit`] (20 a minute, on by default) wait their turn instead of
/// being refused. A message DingTalk still refuses as sent too fast
/// (`130101`, `410100`) is retried after the client's backoff.
///
/// The webhook token is the robot's own credential, not an app's: it is sent
/// only to the webhook's origin, and neither it nor the secret shows in
/// `Debug` or in logs. Clones share the rate limit.
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// // `dingtalk::oapi_robot` re-exports this crate.
/// use dingtalk_oapi_robot::{Robot, RobotAt, RobotMessage, RobotTextMessage, RobotTextMessageText};
///
/// let robot = Robot::builder()
///     .webhook("https://oapi.dingtalk.com/robot/send?access_token=<token>")
///     .secret("SEC<secret>")
///     .build()?;
/// robot
///     .send(RobotMessage::markdown("Build failed", "### Build failed\n\n`main` at 3f2a1c"))
///     .await?;
/// // Mentioning someone: their mobile number in `at`, and in the text.
/// robot
///     .send(RobotTextMessage {
///         text: RobotTextMessageText { content: "@13800000000 the build is red".into() },
///         at: Some(RobotAt { at_mobiles: Some(vec!["13800000000".into()]), ..Default::default() }),
///         msg_uuid: None,
///     })
///     .await?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Robot {
    client: oapi_robot::Client,
    secret: Option<Arc<str>>,
    limiter: Option<Arc<Limiter>>,
}

impl fmt::Debug for Robot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Robot")
            .field("signed", &self.secret.is_some())
            .field("rate_limit", &self.limiter.as_ref().map(|l| l.limit))
            .finish_non_exhaustive()
    }
}

impl Robot {
    /// Starts configuring a robot: give it its [`webhook`](RobotBuilder::webhook)
    /// or its [`token`](RobotBuilder::token).
    pub fn builder() -> RobotBuilder {
        RobotBuilder {
            webhook: None,
            secret: None,
            rate_limit: Some(RateLimit::DINGTALK),
            client: crate::Client::builder(),
        }
    }

    /// The robot of a webhook URL
    /// (`https://oapi.dingtalk.com/robot/send?access_token=..`), unsigned, with
    /// DingTalk's rate limit.
    pub fn from_webhook(url: &str) -> Result<Robot, Error> {
        Robot::builder().webhook(url).build()
    }

    /// Posts `message` to the group: waits for the rate limit if need be,
    /// signs it if the robot has a secret, and sends it.
    pub async fn send(
        &self,
        message: impl Into<RobotMessage>,
    ) -> Result<OapiStatus, Error<RobotSend>> {
        self.request(message).await.send().await
    }

    /// The request that posts `message`, its turn under the rate limit taken
    /// and signed as of now, for setting call options before it is sent.
    pub async fn request(&self, message: impl Into<RobotMessage>) -> RobotSend {
        if let Some(limiter) = &self.limiter {
            limiter.wait().await;
        }
        let request = self.client.send(message);
        match &self.secret {
            Some(secret) => {
                let timestamp = now_millis();
                request.timestamp(timestamp).sign(sign(timestamp, secret))
            }
            None => request,
        }
    }
}

impl RobotMessage {
    /// A text message.
    pub fn text(content: impl Into<String>) -> RobotMessage {
        RobotTextMessage {
            text: RobotTextMessageText {
                content: content.into(),
            },
            at: None,
            msg_uuid: None,
        }
        .into()
    }

    /// A Markdown message: `title` is what the conversation list shows,
    /// `text` the message.
    pub fn markdown(title: impl Into<String>, text: impl Into<String>) -> RobotMessage {
        RobotMarkdownMessage {
            markdown: RobotMarkdownMessageMarkdown {
                title: title.into(),
                text: text.into(),
            },
            at: None,
            msg_uuid: None,
        }
        .into()
    }
}

/// Configures a [`Robot`]; made by [`Robot::builder`].
pub struct RobotBuilder {
    /// The origin the webhook is on, and the token.
    webhook: Option<Result<(String, String), String>>,
    secret: Option<Arc<str>>,
    rate_limit: Option<RateLimit>,
    client: ClientBuilder<crate::Client>,
}

impl fmt::Debug for RobotBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RobotBuilder")
            .field("signed", &self.secret.is_some())
            .field("rate_limit", &self.rate_limit)
            .finish_non_exhaustive()
    }
}

impl RobotBuilder {
    /// The robot's webhook URL, as DingTalk shows it:
    /// `https://oapi.dingtalk.com/robot/send?access_token=<token>`. Messages
    /// go to its origin (a local server in tests).
    pub fn webhook(mut self, url: impl AsRef<str>) -> Self {
        self.webhook = Some(parse_webhook(url.as_ref()));
        self
    }

    /// The robot's token (the `access_token` of its webhook URL), for a
    /// robot on DingTalk's host.
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.webhook = Some(Ok((HOST.to_owned(), token.into())));
        self
    }

    /// The robot's secret (`SEC..`, in its security settings), for a robot
    /// whose messages must be signed.
    pub fn secret(mut self, secret: impl Into<String>) -> Self {
        self.secret = Some(secret.into().into());
        self
    }

    /// How many messages the robot sends at most, queueing the others
    /// (default [`RateLimit::DINGTALK`]); `None` sends each at once.
    pub fn rate_limit(mut self, limit: Option<RateLimit>) -> Self {
        self.rate_limit = limit;
        self
    }

    /// The configuration of the client the robot sends with (retries,
    /// timeouts, the HTTP client); its base URL and credentials are the
    /// robot's own.
    pub fn client(mut self, builder: ClientBuilder<crate::Client>) -> Self {
        self.client = builder;
        self
    }

    /// The robot, or why it cannot be made (no webhook or token; a webhook
    /// URL that is not one).
    pub fn build(self) -> Result<Robot, Error> {
        let (origin, token) = match self.webhook {
            Some(Ok(webhook)) => webhook,
            Some(Err(problem)) => return Err(Error::Config(problem)),
            None => {
                return Err(Error::Config(
                    "a robot needs its webhook URL or its token".to_owned(),
                ))
            }
        };
        if token.is_empty() {
            return Err(Error::Config("the robot's token is empty".to_owned()));
        }
        let mut client = self.client.access_token(token);
        if origin != HOST {
            client = client.host_url(HOST, origin);
        }
        Ok(Robot {
            client: client.build()?,
            secret: self.secret,
            limiter: self.rate_limit.map(|limit| Arc::new(Limiter::new(limit))),
        })
    }
}

/// The origin and the token of a webhook URL, or what is wrong with it
/// (without the token).
fn parse_webhook(url: &str) -> Result<(String, String), String> {
    let shown = url.split('?').next().unwrap_or_default();
    let parsed =
        Url::parse(url).map_err(|e| format!("the webhook URL `{shown}?..` is not a URL: {e}"))?;
    let Some(base) = parsed.path().strip_suffix(WEBHOOK_PATH) else {
        return Err(format!(
            "the webhook URL `{shown}` does not end in `{WEBHOOK_PATH}`"
        ));
    };
    let mut token = None;
    for (name, value) in parsed.query_pairs() {
        match name.as_ref() {
            "access_token" => token = Some(value.into_owned()),
            other => {
                return Err(format!(
                    "the webhook URL `{shown}` has the query parameter `{other}`; give the URL DingTalk shows, with `access_token` alone"
                ))
            }
        }
    }
    let token = token.ok_or_else(|| format!("the webhook URL `{shown}` has no `access_token`"))?;
    let origin = parsed.origin().ascii_serialization();
    Ok((format!("{origin}{base}"), token))
}

/// The signature of a message sent at `timestamp` (milliseconds since the
/// Unix epoch) by a robot with `secret`: the Base64 encoding of the
/// HMAC-SHA256, keyed with the secret, of `"{timestamp}\n{secret}"`.
pub fn sign(timestamp: i64, secret: &str) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes a key of any length");
    mac.update(format!("{timestamp}\n{secret}").as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

fn now_millis() -> i64 {
    let since_epoch = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(since_epoch.as_millis()).unwrap_or(i64::MAX)
}

/// At most `messages` messages in any `period`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub messages: usize,
    pub period: Duration,
}

impl RateLimit {
    /// What DingTalk accepts from one robot: 20 messages a minute (beyond
    /// that it refuses the robot's messages for 10 minutes).
    pub const DINGTALK: RateLimit = RateLimit {
        messages: 20,
        period: Duration::from_secs(60),
    };
}

/// Hands out turns under a [`RateLimit`], first come first served: the
/// times of the last `messages` turns are kept, and a turn is given once the
/// oldest of them is a whole `period` old.
struct Limiter {
    limit: RateLimit,
    /// The times of the turns given in the last period, oldest first; the
    /// lock is held while waiting, so that waiters go in order.
    given: Mutex<VecDeque<Instant>>,
}

impl Limiter {
    fn new(limit: RateLimit) -> Limiter {
        Limiter {
            limit,
            given: Mutex::new(VecDeque::with_capacity(limit.messages)),
        }
    }

    async fn wait(&self) {
        let mut given = self.given.lock().await;
        loop {
            let now = Instant::now();
            while given
                .front()
                .is_some_and(|&at| now.duration_since(at) >= self.limit.period)
            {
                given.pop_front();
            }
            if given.len() < self.limit.messages.max(1) {
                given.push_back(now);
                return;
            }
            if let Some(&oldest) = given.front() {
                tokio::time::sleep_until(oldest + self.limit.period).await;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn the_limiter_gives_twenty_turns_a_minute_in_order() {
        let limiter = Arc::new(Limiter::new(RateLimit::DINGTALK));
        let start = Instant::now();
        for _ in 0..20 {
            limiter.wait().await;
        }
        assert_eq!(start.elapsed(), Duration::ZERO);
        // The 21st waits until the first is a minute old.
        limiter.wait().await;
        assert_eq!(start.elapsed(), Duration::from_secs(60));
        // Waiters are served in the order they came.
        let order = Arc::new(std::sync::Mutex::new(Vec::new()));
        let waiters: Vec<_> = (0..3)
            .map(|i| {
                let (limiter, order) = (limiter.clone(), order.clone());
                tokio::spawn(async move {
                    limiter.wait().await;
                    order.lock().unwrap().push(i);
                })
            })
            .collect();
        for waiter in waiters {
            waiter.await.unwrap();
        }
        assert_eq!(*order.lock().unwrap(), [0, 1, 2]);
        assert_eq!(start.elapsed(), Duration::from_secs(60));
    }
}

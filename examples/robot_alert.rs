//! An alert to a group: a signed Markdown message from the group's custom
//! robot, as CI or monitoring sends one.
//!
//! By default it runs against the local fake DingTalk, started in-process,
//! with a robot of its own:
//!
//!     cargo run -p dingtalk-examples --example robot_alert
//!
//! With a robot's webhook (and its secret, if it signs) in the environment,
//! the alert goes to that group instead:
//!
//!     DINGTALK_ROBOT_WEBHOOK='https://oapi.dingtalk.com/robot/send?access_token=...' \
//!     DINGTALK_ROBOT_SECRET=SEC... cargo run -p dingtalk-examples --example robot_alert
//!
//! Messages beyond the robot's 20 a minute wait their turn instead of failing.

use dingtalk::oapi_robot::{Robot, RobotMessage};
use fake_dingtalk::FakeDingTalk;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()),
        )
        .init();

    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let (webhook, secret, fake) = match env("DINGTALK_ROBOT_WEBHOOK") {
        Some(webhook) => {
            println!("Sending to the robot of DINGTALK_ROBOT_WEBHOOK");
            (webhook, env("DINGTALK_ROBOT_SECRET"), None)
        }
        None => {
            let fake = FakeDingTalk::start().await?;
            let secret = "SECfake-robot-secret";
            let token = fake.add_robot(Some(secret));
            let webhook = format!("{}/robot/send?access_token={token}", fake.legacy_url());
            println!("Sending to a robot of the local fake DingTalk (set DINGTALK_ROBOT_WEBHOOK, and DINGTALK_ROBOT_SECRET if it signs, for a real one)");
            (webhook, Some(secret.to_owned()), Some((fake, token)))
        }
    };
    let mut robot = Robot::builder().webhook(&webhook);
    if let Some(secret) = secret {
        robot = robot.secret(secret);
    }
    let robot = robot.build()?;

    let alert = RobotMessage::markdown(
        "Disk alert: db-1",
        "#### Disk alert: db-1\n\n\
         > `/var` is **93%** full (threshold 90%)\n\n\
         - host: db-1\n- since: 10:42 UTC",
    );
    let status = robot.send(alert).await?;
    println!("sent: errcode {}", status.errcode);

    if let Some((fake, token)) = fake {
        let received = fake.robot_messages(&token);
        println!(
            "the group received {} message(s), the last of type {}",
            received.len(),
            received
                .last()
                .map_or("none", |m| m["msgtype"].as_str().unwrap_or("?"))
        );
    }
    Ok(())
}

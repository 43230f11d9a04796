//! A work notification to two users, followed to completion: the send
//! task's progress until it is done, then who it reached.
//!
//! By default it runs against the local fake DingTalk, started in-process:
//!
//!     cargo run -p dingtalk-examples --example work_notification
//!
//! With credentials in the environment it calls the real service instead
//! (the app's AgentId, and the two recipients' user ids, comma-separated):
//!
//!     DINGTALK_APP_KEY=... DINGTALK_APP_SECRET=... DINGTALK_AGENT_ID=... \
//!         DINGTALK_USER_IDS=userid1,userid2 \
//!         cargo run -p dingtalk-examples --example work_notification

use std::time::Duration;

use dingtalk::oapi_message::{
    AsyncSendInput, GetSendProgressInput, GetSendResultInput, WorkMarkdownMessage,
    WorkMarkdownMessageMarkdown,
};

#[path = "legacy.rs"]
mod legacy;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let setup = legacy::setup(&["DINGTALK_AGENT_ID", "DINGTALK_USER_IDS"]).await?;
    let agent_id: i64 = legacy::input(
        &setup,
        "DINGTALK_AGENT_ID",
        &fake_dingtalk::AGENT_ID.to_string(),
    )?
    .parse()
    .map_err(|_| "DINGTALK_AGENT_ID is not a number")?;
    let recipients = legacy::input(&setup, "DINGTALK_USER_IDS", "user01,user02")?;
    let messages = setup.client.oapi_message();

    let message = WorkMarkdownMessage {
        markdown: WorkMarkdownMessageMarkdown {
            title: "On call this week".into(),
            text: "### On call this week\nYou are on call from Monday. The runbook is in the team space.".into(),
        },
    };
    let task_id = messages
        .async_send(AsyncSendInput {
            agent_id,
            msg: message.into(),
        })
        .userid_list(recipients.as_str())
        .send()
        .await?
        .task_id
        .ok_or("the answer has no task id")?;
    println!("Sent to {recipients}: task {task_id}");

    for attempt in 1.. {
        let progress = messages
            .get_send_progress(GetSendProgressInput { agent_id, task_id })
            .send()
            .await?
            .unwrap_or_default();
        let percent = progress.progress_in_percent.unwrap_or(0);
        println!(
            "  progress: {percent}% (status {})",
            progress.status.unwrap_or(0)
        );
        if progress.status == Some(2) {
            break;
        }
        if attempt == 30 {
            return Err("the task was not done after 30 seconds".into());
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }

    let result = messages
        .get_send_result(GetSendResultInput { agent_id, task_id })
        .send()
        .await?
        .unwrap_or_default();
    let list = |ids: Option<Vec<String>>| {
        let ids = ids.unwrap_or_default();
        if ids.is_empty() {
            "nobody".to_owned()
        } else {
            ids.join(", ")
        }
    };
    println!(
        "Delivered, not read yet: {}",
        list(result.unread_user_id_list)
    );
    println!("Read: {}", list(result.read_user_id_list));
    println!("Unknown users: {}", list(result.invalid_user_id_list));
    println!("Failed: {}", list(result.failed_user_id_list));
    Ok(())
}

//! An app's robot at work: a message to a group, a message to a user in
//! their one-to-one chat with the robot, and a file to the group (uploaded
//! to the legacy host's media first, then sent as `sampleFile` with its
//! media id); then who has read the group message.
//!
//! By default it runs against the local fake DingTalk, started in-process:
//!
//!     cargo run -p dingtalk-examples --example bot_messages
//!
//! With credentials in the environment it calls the real service instead
//! (the robot's code, a group it is in, and a user of the organisation):
//!
//!     DINGTALK_APP_KEY=... DINGTALK_APP_SECRET=... DINGTALK_ROBOT_CODE=... \
//!         DINGTALK_OPEN_CONVERSATION_ID=cid... DINGTALK_USER_ID=... \
//!         cargo run -p dingtalk-examples --example bot_messages

use dingtalk::oapi_media::{MediaType, UploadInput};
use dingtalk::robot_1_0::{BatchSendOtoInput, ErrorCode, OrgGroupSendInput};
use dingtalk::File;

#[path = "legacy.rs"]
mod legacy;

/// A message's parameters as the JSON text `msgParam` takes.
fn param(value: serde_json::Value) -> String {
    value.to_string()
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let setup = legacy::setup(&[
        "DINGTALK_ROBOT_CODE",
        "DINGTALK_OPEN_CONVERSATION_ID",
        "DINGTALK_USER_ID",
    ])
    .await?;
    let robot_code = legacy::input(&setup, "DINGTALK_ROBOT_CODE", "dingfakerobot")?;
    let group = legacy::input(&setup, "DINGTALK_OPEN_CONVERSATION_ID", "cidFakeTeam==")?;
    let user = legacy::input(&setup, "DINGTALK_USER_ID", "user01")?;
    let robot = setup.client.robot_1_0();

    // A markdown message to the group.
    let sent = robot
        .org_group_send(OrgGroupSendInput {
            msg_key: "sampleMarkdown".into(),
            msg_param: param(serde_json::json!({
                "title": "Release 2.3",
                "text": "#### Release 2.3\n- faster uploads\n- robot messages",
            })),
        })
        .robot_code(robot_code.as_str())
        .open_conversation_id(group.as_str())
        .send()
        .await?;
    let group_message = sent.process_query_key;
    println!("Group message sent: {group_message}");

    // A text message to one user, one to one.
    let one_to_one = robot
        .batch_send_oto(BatchSendOtoInput {
            msg_key: "sampleText".into(),
            msg_param: param(serde_json::json!({"content": "Your review is due on Friday."})),
            robot_code: robot_code.clone(),
            user_ids: vec![user.clone()],
        })
        .send()
        .await?;
    let unknown = one_to_one.invalid_staff_id_list.unwrap_or_default();
    if unknown.is_empty() {
        println!(
            "One-to-one message sent to {user}: {}",
            one_to_one.process_query_key.unwrap_or_default()
        );
    } else {
        println!(
            "Not sent to {}: not users of the organisation",
            unknown.join(", ")
        );
    }

    // A file: uploaded to the legacy host, then sent with its media id.
    let report = b"%PDF-1.4\n% release notes\n".to_vec();
    let uploaded = setup
        .client
        .oapi_media()
        .upload(UploadInput {
            r#type: MediaType::File,
            media: File::new(report).file_name("release-notes.pdf"),
        })
        .send()
        .await?;
    let media_id = uploaded.media_id.ok_or("the upload gave no media id")?;
    let file_message = robot
        .org_group_send(OrgGroupSendInput {
            msg_key: "sampleFile".into(),
            msg_param: param(serde_json::json!({
                "mediaId": media_id,
                "fileName": "release-notes.pdf",
                "fileType": "pdf",
            })),
        })
        .robot_code(robot_code.as_str())
        .open_conversation_id(group.as_str())
        .send()
        .await;
    match file_message {
        Ok(sent) => println!("File sent: {}", sent.process_query_key),
        Err(e) if e.code() == Some(ErrorCode::InvalidParameterMsgParamInvalid) => {
            return Err(format!("DingTalk refused the file message: {e}").into())
        }
        Err(e) => return Err(e.into()),
    }

    // Who has read the group message so far (on the fake, one colleague).
    if let Some(fake) = &setup.fake {
        fake.read_robot_message(&group_message, "manager");
    }
    let mut readers = Vec::new();
    let mut pages = robot
        .org_group_query(group_message.as_str())
        .robot_code(robot_code.as_str())
        .open_conversation_id(group.as_str())
        .max_results(50)
        .pages();
    while let Some(page) = futures_util::TryStreamExt::try_next(&mut pages).await? {
        readers.extend(page.read_user_ids.unwrap_or_default());
    }
    println!(
        "Read the group message: {}",
        if readers.is_empty() {
            "nobody yet".to_owned()
        } else {
            readers.join(", ")
        }
    );
    Ok(())
}

//! The client's tests, one binary: each module below needs the features of
//! the DingTalk modules whose operations it calls, and is left out without
//! them, so that each module's feature is tested alone.

mod common;

#[cfg(feature = "attendance_1_0")]
mod attendance_operations;
#[cfg(all(feature = "blocking", feature = "storage_1_0"))]
mod blocking;
#[cfg(feature = "calendar_1_0")]
mod calendar_operations;
#[cfg(feature = "card_1_0")]
mod card_operations;
#[cfg(feature = "contact_1_0")]
mod contact_operations;
#[cfg(feature = "doc_2_0")]
mod doc_2_0_operations;
#[cfg(feature = "drive_1_0")]
mod drive_operations;
#[cfg(feature = "curated")]
mod errors;
#[cfg(all(feature = "storage_1_0", feature = "drive_1_0", feature = "oauth2_1_0"))]
mod hardening;
#[cfg(feature = "im_1_0")]
mod im_operations;
#[cfg(feature = "mail_1_0")]
mod mail_operations;
#[cfg(feature = "minutes_1_0")]
mod minutes_operations;
#[cfg(feature = "notable_1_0")]
mod notable_operations;
#[cfg(all(
    feature = "oapi_robot",
    feature = "oapi_message",
    feature = "oapi_user",
    feature = "oapi_department",
    feature = "oapi_process",
    feature = "oapi_media",
))]
mod oapi_operations;
#[cfg(feature = "oauth2_1_0")]
mod oauth2_operations;
#[cfg(all(feature = "storage_1_0", feature = "oauth2_1_0"))]
mod operations;
mod reference;
#[cfg(feature = "report_1_0")]
mod report_operations;
#[cfg(feature = "oapi_robot")]
mod robot;
#[cfg(feature = "robot_1_0")]
mod robot_operations;
#[cfg(all(feature = "storage_1_0", feature = "drive_1_0", feature = "oauth2_1_0"))]
mod runtime;
#[cfg(feature = "storage_2_0")]
mod storage_2_0_operations;
#[cfg(feature = "storage_1_0")]
mod storage_operations;
#[cfg(feature = "todo_1_0")]
mod todo_operations;
#[cfg(feature = "wiki_2_0")]
mod wiki_operations;
#[cfg(feature = "workflow_1_0")]
mod workflow_operations;

//! The client's tests, one binary: each module below needs the features of
//! the DingTalk modules whose operations it calls, and is left out without
//! them, so that each module's feature is tested alone.

mod common;

#[cfg(all(feature = "blocking", feature = "storage_1_0"))]
mod blocking;
#[cfg(feature = "drive_1_0")]
mod drive_operations;
#[cfg(feature = "full")]
mod errors;
#[cfg(all(feature = "storage_1_0", feature = "drive_1_0", feature = "oauth2_1_0"))]
mod hardening;
#[cfg(feature = "im_1_0")]
mod im_operations;
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
#[cfg(feature = "oapi_robot")]
mod robot;
#[cfg(feature = "robot_1_0")]
mod robot_operations;
#[cfg(all(feature = "storage_1_0", feature = "drive_1_0", feature = "oauth2_1_0"))]
mod runtime;
#[cfg(feature = "storage_1_0")]
mod storage_operations;

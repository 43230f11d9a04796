//! The errors storage calls answer with: DingTalk's codes and statuses.

use crate::Reply;

pub(super) fn param_error(message: impl Into<String>) -> Reply {
    Reply::error(400, "paramError", message)
}

pub(super) fn space_not_exist(id: &str) -> Reply {
    Reply::error(404, "spaceNotExist", format!("space {id} does not exist"))
}

pub(super) fn dentry_not_exist(id: &str) -> Reply {
    Reply::error(404, "dentryNotExist", format!("dentry {id} does not exist"))
}

pub(super) fn permission_denied(what: impl Into<String>) -> Reply {
    Reply::error(403, "permissionDenied", what)
}

pub(super) fn already_exists(name: &str) -> Reply {
    Reply::error(
        400,
        "dentryAlreadyExist",
        format!("{name:?} already exists"),
    )
}

/// A required string of a request body, which must not be empty.
pub(super) fn non_empty<'a>(value: &'a str, name: &str) -> Result<&'a str, Reply> {
    if value.is_empty() {
        Err(param_error(format!("{name} must not be empty")))
    } else {
        Ok(value)
    }
}

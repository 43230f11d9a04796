//! Media files (`oapi_media`): multipart uploads that become `media_id`s,
//! with DingTalk's limits per kind, and JSAPI tickets.

use axum::extract::{FromRequest, Multipart, Request, State};
use dingtalk::oapi_media::*;

use super::{fail, now_millis, ok_message, query_param, Answer, Authorized, Failure, St};

/// An uploaded file.
#[derive(Debug, Clone)]
pub(crate) struct Media {
    pub(crate) bytes: Vec<u8>,
}

/// The largest file and the file name extensions each kind takes.
fn limits(kind: &str) -> Option<(usize, &'static [&'static str])> {
    const MB: usize = 1024 * 1024;
    match kind {
        "image" => Some((20 * MB, &["jpg", "jpeg", "gif", "png", "bmp"])),
        "voice" => Some((2 * MB, &["amr", "mp3", "wav"])),
        "video" => Some((20 * MB, &["mp4"])),
        "file" => Some((
            20 * MB,
            &[
                "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "pdf", "rar",
            ],
        )),
        _ => None,
    }
}

/// The `media` part: its file name and bytes.
async fn media_part(request: Request, state: &St) -> Result<(String, Vec<u8>), Failure> {
    let mut multipart = Multipart::from_request(request, &state.0)
        .await
        .map_err(|_| fail(43008, "multipart required"))?;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| fail(40035, format!("unreadable multipart body: {e}")))?
    {
        if field.name() == Some("media") {
            let name = field.file_name().unwrap_or_default().to_owned();
            let bytes = field
                .bytes()
                .await
                .map_err(|e| fail(40035, format!("unreadable media part: {e}")))?;
            return Ok((name, bytes.to_vec()));
        }
    }
    Err(fail(41005, "missing media data"))
}

pub(crate) async fn upload(state: St, _: Authorized, request: Request) -> Answer {
    let kind = query_param(request.uri().query(), "type").unwrap_or_default();
    let Some((max, extensions)) = limits(&kind) else {
        return fail(40004, "invalid media type").into();
    };
    let (name, bytes) = match media_part(request, &state).await {
        Ok(part) => part,
        Err(failure) => return failure.into(),
    };
    let extension = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    if !extensions.contains(&extension.as_str()) {
        return fail(40005, "invalid file type").into();
    }
    if bytes.is_empty() || bytes.len() > max {
        return fail(40006, "invalid file size").into();
    }
    let State(state) = state;
    let mut data = state.data();
    let media_id = format!("@fake-media-{}", data.id());
    data.oapi.media.insert(media_id.clone(), Media { bytes });
    Answer::ok(MediaUploadResponse {
        errcode: 0,
        errmsg: ok_message(),
        r#type: Some(MediaType::from(kind.as_str())),
        media_id: Some(media_id),
        created_at: Some(now_millis()),
    })
}

pub(crate) async fn jsapi_ticket(State(state): St, _: Authorized) -> Answer {
    let ticket = format!("fake-oapi-jsapi-ticket-{}", state.data().id());
    Answer::ok(OapiJsapiTicketResponse {
        errcode: 0,
        errmsg: ok_message(),
        ticket: Some(ticket),
        expires_in: Some(7200),
    })
}

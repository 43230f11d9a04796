//! Names of files and folders: which are allowed, how a clash is resolved,
//! and what a file's extension says about it.

use dingtalk::storage_1_0::ConflictStrategy;

use crate::Reply;

/// Characters a file or folder name may not contain.
const ILLEGAL_NAME_CHARACTERS: &[char] = &['\t', '*', '"', '<', '>', '`'];

/// A name as the spec allows it, without its leading and trailing spaces.
pub(super) fn valid_name(name: &str) -> Result<String, Reply> {
    let name = name.trim();
    if name.is_empty() || name.ends_with('.') || name.contains(ILLEGAL_NAME_CHARACTERS) {
        return Err(Reply::error(
            400,
            "dentryNameIllegal",
            format!("illegal name {name:?}"),
        ));
    }
    Ok(name.to_owned())
}

/// The conflict strategy asked for; `AUTO_RENAME` when none.
pub(super) fn strategy(given: Option<ConflictStrategy>) -> Result<ConflictStrategy, Reply> {
    match given.unwrap_or(ConflictStrategy::AutoRename) {
        ConflictStrategy::Other(other) => Err(Reply::error(
            400,
            "paramError.conflictStrategy",
            format!("unknown conflictStrategy {other}"),
        )),
        known => Ok(known),
    }
}

/// A file's extension, the part of its name after the last dot.
pub(super) fn extension(name: &str) -> Option<String> {
    name.rsplit_once('.')
        .map(|(stem, ext)| (stem, ext.to_ascii_lowercase()))
        .filter(|(stem, ext)| !stem.is_empty() && !ext.is_empty())
        .map(|(_, ext)| ext)
}

pub(super) const IMAGES: &[&str] = &["png", "jpg", "jpeg", "gif", "bmp", "webp", "heic"];
pub(super) const OFFICE: &[&str] = &["doc", "docx", "xls", "xlsx", "ppt", "pptx", "pdf"];

/// The kind of content storage files a file under, by its extension.
pub(super) fn category(ext: Option<&str>) -> &'static str {
    match ext.unwrap_or("") {
        e if IMAGES.contains(&e) => "IMAGE",
        "doc" | "docx" | "xls" | "xlsx" | "ppt" | "pptx" | "pdf" | "txt" | "md" | "csv" | "rtf" => {
            "DOCUMENT"
        }
        "mp4" | "mov" | "avi" | "mkv" | "webm" => "VIDEO",
        "mp3" | "wav" | "aac" | "flac" | "m4a" => "AUDIO",
        "zip" | "rar" | "7z" | "tar" | "gz" => "ARCHIVE",
        _ => "OTHER",
    }
}

/// The name `n`th of a kind: `Reports (2)`, `report (2).txt`.
pub(super) fn numbered(name: &str, folder: bool, n: usize) -> String {
    match (folder, name.rsplit_once('.')) {
        (false, Some((stem, ext))) if !stem.is_empty() => format!("{stem} ({n}).{ext}"),
        _ => format!("{name} ({n})"),
    }
}

//! Reading a spec: YAML into `openapiv3`, plus a map from JSON pointers to
//! source positions so that later checks can say which file and line is at fault.
//!
//! A spec is one file, or a root file whose relative `$ref`s name other files
//! (`./drive.yaml#/paths/~1v1.0~1drive~1spaces`). The files are bundled into one
//! document whose `$ref`s are all local (`load/bundle.rs` has the rules), and a
//! source map remembers, for every node of that document, the file it was
//! written in and its pointer and position there.

mod bundle;
mod lift;
mod openapi31;
mod positions;

use std::collections::{HashMap, HashSet};
use std::io;
use std::path::{Path, PathBuf};

use openapiv3::OpenAPI;
use serde::Deserialize;

use crate::error::{Error, SpecError};
use positions::Positions;

/// A parsed spec and where each of its nodes came from.
#[derive(Debug)]
pub struct Spec {
    /// The root spec file, as it was named to [`Spec::load`].
    pub path: PathBuf,
    /// The document, with every file of a multi-file spec bundled into it,
    /// and what `$ref`s point at outside `#/components` lifted into it.
    pub document: OpenAPI,
    map: SourceMap,
    /// The bundled document, for a spec of several files.
    bundled: Option<serde_json::Value>,
    /// The local `$ref`s that point at no node of the document, of those
    /// looked at when lifting (all but plain `#/components/<section>/<name>`).
    dangling: HashSet<String>,
    /// What reading the document gave up (an OpenAPI 3.1 keyword with no 3.0
    /// form): `(pointer, message)`, reported as warnings.
    notes: Vec<(String, String)>,
}

/// Where a node of the (bundled) document was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin<'a> {
    /// The file it is in.
    pub file: &'a Path,
    /// Its JSON pointer within that file.
    pub pointer: String,
    /// 1-based line and column of the node or of its nearest ancestor written in the file.
    pub location: Option<(usize, usize)>,
}

impl Spec {
    /// Reads and parses the spec at `path`, and every file its `$ref`s name.
    pub fn load(path: &Path) -> Result<Spec, Error> {
        Spec::load_with(path, |file| std::fs::read_to_string(file))
    }

    /// Parses `source`, reporting errors against `path`. Files that its `$ref`s
    /// name are read from disk, relative to `path`.
    pub fn parse(path: &Path, source: &str) -> Result<Spec, Error> {
        Spec::load_with(path, |file| {
            if file == path {
                Ok(source.to_owned())
            } else {
                std::fs::read_to_string(file)
            }
        })
    }

    /// Loads the spec at `path`, reading it and every file its `$ref`s name
    /// through `read`. A file named by a `$ref` is asked for by its path joined
    /// to the directory of the file the `$ref` is in (`spec/drive.yaml` for
    /// `./drive.yaml` in `spec/dingtalk.yaml`), and errors name files that way.
    pub fn load_with(
        path: &Path,
        read: impl FnMut(&Path) -> io::Result<String>,
    ) -> Result<Spec, Error> {
        Spec::read(path, read).map(Spec::lifted)
    }

    fn read(path: &Path, mut read: impl FnMut(&Path) -> io::Result<String>) -> Result<Spec, Error> {
        let source = read(path).map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })?;
        // A JSON document of OpenAPI 3.0 whose `$ref`s all point into itself
        // is read straight into its typed form, with no JSON value built
        // first; anything else takes the general path below.
        if bundle::json_refs_are_local(&source) {
            if let Ok(document) = serde_json::from_str::<OpenAPI>(&source) {
                if document.openapi.starts_with("3.0.") {
                    return Ok(Spec::of(path, source, document));
                }
            }
        }
        // JSON is read as JSON first: faster than as YAML, and it takes what
        // JSON allows and YAML does not (control characters in strings,
        // integers beyond 64 bits).
        let (root, json) = match serde_json::from_str::<serde_json::Value>(&source) {
            Ok(root) => (Ok(root), true),
            Err(_) => (serde_yaml::from_str::<serde_json::Value>(&source), false),
        };
        match root {
            Ok(mut root) => {
                check_version(path, &source, &root)?;
                if bundle::has_external_refs(&root) {
                    bundle::bundle(path, source, root, &mut read)
                } else if openapi31::is_v31(&root) {
                    let notes = openapi31::to_v30(&mut root);
                    openapi31::inline_callback_refs(&mut root);
                    Spec::rewritten(path, source, root, notes)
                } else {
                    let rewritten = openapi31::inline_callback_refs(&mut root);
                    Spec::single(path, source, (json || rewritten).then_some(&root))
                }
            }
            Err(_) => Spec::single(path, source, None),
        }
    }

    /// A spec that is one file: its JSON document when it is one, or else
    /// parsed from its text as YAML (which also reports where a JSON document
    /// does not fit, and reads scalars as YAML does).
    fn single(
        path: &Path,
        source: String,
        json: Option<&serde_json::Value>,
    ) -> Result<Spec, Error> {
        let document = json.and_then(|root| OpenAPI::deserialize(root).ok());
        let document = match document {
            Some(document) => document,
            None => {
                let deserializer = serde_yaml::Deserializer::from_str(&source);
                serde_path_to_error::deserialize(deserializer).map_err(|err| {
                    let (pointer, message, location) = deserialize_error(err);
                    Error::Spec(vec![SpecError {
                        file: path.to_owned(),
                        location,
                        pointer: (pointer != "#").then_some(pointer),
                        message,
                    }])
                })?
            }
        };
        Ok(Spec::of(path, source, document))
    }

    /// A spec of one file whose document was rewritten (from OpenAPI 3.1) into
    /// `root` before it is read, with the notes of the rewriting.
    fn rewritten(
        path: &Path,
        source: String,
        root: serde_json::Value,
        notes: Vec<(String, String)>,
    ) -> Result<Spec, Error> {
        let map = SourceMap::single(path.to_owned(), Positions::of(source));
        let document = match OpenAPI::deserialize(&root) {
            Ok(document) => document,
            Err(_) => bundle::typed(&root).map_err(|failure| {
                let (pointer, message) = bundle::narrow(&root, failure);
                Error::Spec(vec![map.deserialize_error(&pointer, message)])
            })?,
        };
        Ok(Spec {
            path: path.to_owned(),
            document,
            map,
            bundled: None,
            dangling: HashSet::new(),
            notes,
        })
    }

    /// The spec of the one file at `path`, its text `source` read as `document`.
    fn of(path: &Path, source: String, document: OpenAPI) -> Spec {
        Spec {
            path: path.to_owned(),
            document,
            map: SourceMap::single(path.to_owned(), Positions::of(source)),
            bundled: None,
            dangling: HashSet::new(),
            notes: Vec::new(),
        }
    }

    /// The spec with the nodes that `$ref`s point at outside the components
    /// lifted into them (`load/lift.rs`), each located where it was written.
    fn lifted(mut self) -> Spec {
        let may_need = match &self.bundled {
            Some(_) => true,
            None => lift::may_need(&self.map.files[0].positions.source),
        };
        if !may_need {
            return self;
        }
        let lifted = lift::lift(&self.document);
        self.dangling = lifted.dangling;
        if let Some((document, moved)) = lifted.document {
            self.document = document;
            for (component, written) in moved {
                let origin = self.map.locate(&written);
                self.map.origins.insert(component, origin);
            }
        }
        self
    }

    /// Whether the local `$ref` `reference`, other than one of the form
    /// `#/components/<section>/<name>`, points at no node of the document.
    pub(crate) fn dangles(&self, reference: &str) -> bool {
        self.dangling.contains(reference)
    }

    /// What reading the document gave up, `(pointer, message)`: reported as
    /// warnings by lowering.
    pub(crate) fn notes(&self) -> &[(String, String)] {
        &self.notes
    }

    /// Every file the spec was read from, the root first.
    pub fn files(&self) -> impl Iterator<Item = &Path> {
        self.map.files.iter().map(|file| file.path.as_path())
    }

    /// The file, pointer and position where the node at `pointer` of the
    /// document was written (or its nearest ancestor that was).
    pub fn origin(&self, pointer: &str) -> Origin<'_> {
        self.map.origin(pointer)
    }

    /// The spec as pretty-printed JSON, keys in the order they are written; for
    /// a spec of several files, the bundled document, whose `$ref`s are all local.
    pub fn to_json(&self) -> Result<String, Error> {
        let value = match &self.bundled {
            Some(value) => value.clone(),
            None => serde_yaml::from_str(&self.map.files[0].positions.source).map_err(|e| {
                Error::Spec(vec![SpecError {
                    file: self.path.clone(),
                    location: e.location().map(|l| (l.line(), l.column())),
                    pointer: None,
                    message: e.to_string(),
                }])
            })?,
        };
        let mut json =
            serde_json::to_string_pretty(&value).expect("a JSON value always serializes");
        json.push('\n');
        Ok(json)
    }

    /// Reads where the nodes of every file are, which locating a problem needs.
    pub(crate) fn read_positions(&self) {
        for file in &self.map.files {
            file.positions.read();
        }
    }

    /// An error at `pointer`, located at that node or its nearest ancestor present
    /// in the source, and reported against the file that node came from.
    pub fn error(&self, pointer: &str, message: impl Into<String>) -> SpecError {
        let origin = self.origin(pointer);
        SpecError {
            file: origin.file.to_owned(),
            location: origin.location,
            pointer: Some(origin.pointer),
            message: message.into(),
        }
    }
}

/// The files of a spec, and for each node of the document the file and pointer
/// it was written at.
#[derive(Debug)]
struct SourceMap {
    /// The root first.
    files: Vec<SourceFile>,
    /// Pointer in the document -> (file, pointer in that file), for the nodes
    /// where content from a file starts; nodes below them follow the same path.
    origins: HashMap<String, (usize, String)>,
}

#[derive(Debug)]
struct SourceFile {
    path: PathBuf,
    positions: Positions,
}

impl SourceMap {
    fn single(path: PathBuf, positions: Positions) -> SourceMap {
        SourceMap {
            files: vec![SourceFile { path, positions }],
            origins: HashMap::from([("#".to_owned(), (0, "#".to_owned()))]),
        }
    }

    /// (file, pointer in the file) of the document node at `pointer`.
    fn locate(&self, pointer: &str) -> (usize, String) {
        let mut probe = pointer;
        loop {
            if let Some((file, at)) = self.origins.get(probe) {
                return (*file, format!("{at}{}", &pointer[probe.len()..]));
            }
            match probe.rfind('/') {
                Some(cut) => probe = &probe[..cut],
                None => return (0, pointer.to_owned()),
            }
        }
    }

    fn origin(&self, pointer: &str) -> Origin<'_> {
        let (file, pointer) = self.locate(pointer);
        let file = &self.files[file];
        Origin {
            file: &file.path,
            location: file.positions.locate(&pointer),
            pointer,
        }
    }

    /// An error from deserializing the document, at the node it names.
    fn deserialize_error(&self, pointer: &str, message: String) -> SpecError {
        if pointer == "#" {
            return SpecError {
                file: self.files[0].path.clone(),
                location: None,
                pointer: None,
                message,
            };
        }
        let origin = self.origin(pointer);
        SpecError {
            file: origin.file.to_owned(),
            location: origin.location,
            pointer: Some(origin.pointer),
            message,
        }
    }
}

/// Refuses a document of another version than OpenAPI 3.0 or 3.1 with one error at
/// its `openapi` (or `swagger`) field, before its shape is read: a 2.0
/// document read as 3.0 would fail at every place the versions differ.
fn check_version(path: &Path, source: &str, root: &serde_json::Value) -> Result<(), Error> {
    let field = |name: &str| match root.get(name) {
        Some(serde_json::Value::String(version)) => Some(version.clone()),
        Some(serde_json::Value::Number(version)) => Some(version.to_string()),
        _ => None,
    };
    let (pointer, message) = if let Some(version) = field("openapi") {
        if version.starts_with("3.0.") || version.starts_with("3.1.") {
            return Ok(());
        }
        let message = format!("OpenAPI version `{version}` is not supported; use 3.0.x or 3.1.x");
        ("#/openapi", message)
    } else if let Some(version) = field("swagger") {
        let message = format!(
            "Swagger (OpenAPI) `{version}` is not supported; only OpenAPI 3.0.x documents are \
             read: convert it to OpenAPI 3.0 (e.g. with swagger2openapi)"
        );
        ("#/swagger", message)
    } else {
        return Ok(());
    };
    Err(Error::Spec(vec![SpecError {
        file: path.to_owned(),
        location: Positions::of(source.to_owned()).locate(pointer),
        pointer: Some(pointer.to_owned()),
        message,
    }]))
}

/// The pointer, message (without its location) and location of a failed deserialization.
fn deserialize_error(
    err: serde_path_to_error::Error<serde_yaml::Error>,
) -> (String, String, Option<(usize, usize)>) {
    let pointer = pointer_of(err.path());
    let dotted = format!("{}: ", err.path());
    let inner = err.into_inner();
    let location = inner.location().map(|l| (l.line(), l.column()));
    let message = strip_location(&inner.to_string());
    // serde_yaml starts its message with the dotted path; the pointer says it already.
    let message = message
        .strip_prefix(&dotted)
        .map(str::to_owned)
        .unwrap_or(message);
    (pointer, message, location)
}

/// Appends one reference token to a JSON pointer, escaped per RFC 6901.
pub fn join(pointer: &str, token: &str) -> String {
    let mut joined = String::with_capacity(pointer.len() + 1 + token.len());
    joined.push_str(pointer);
    joined.push('/');
    for c in token.chars() {
        match c {
            '~' => joined.push_str("~0"),
            '/' => joined.push_str("~1"),
            c => joined.push(c),
        }
    }
    joined
}

fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    path.iter()
        .fold("#".to_owned(), |pointer, segment| match segment {
            Segment::Seq { index } => join(&pointer, &index.to_string()),
            Segment::Map { key } => join(&pointer, key),
            Segment::Enum { variant } => join(&pointer, variant),
            Segment::Unknown => pointer,
        })
}

/// serde_yaml appends " at line L column C" to its messages; the location is reported separately.
fn strip_location(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(cut) => message[..cut].to_owned(),
        None => message.to_owned(),
    }
}

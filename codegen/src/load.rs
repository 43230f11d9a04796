//! Reading a spec file: YAML into `openapiv3`, plus a map from JSON pointers to
//! source positions so that later checks can say which line is at fault.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use openapiv3::OpenAPI;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

use crate::error::{Error, SpecError};

/// A parsed spec and where each of its nodes came from.
#[derive(Debug)]
pub struct Spec {
    pub path: PathBuf,
    pub document: OpenAPI,
    source: String,
    positions: HashMap<String, (usize, usize)>,
}

impl Spec {
    /// Reads and parses the spec at `path`.
    pub fn load(path: &Path) -> Result<Spec, Error> {
        let source = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })?;
        Spec::parse(path, &source)
    }

    /// Parses `source`, reporting errors against `path`.
    pub fn parse(path: &Path, source: &str) -> Result<Spec, Error> {
        let deserializer = serde_yaml::Deserializer::from_str(source);
        let document: OpenAPI = serde_path_to_error::deserialize(deserializer).map_err(|err| {
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
            Error::Spec(vec![SpecError {
                file: path.to_owned(),
                location,
                pointer: (pointer != "#").then_some(pointer),
                message,
            }])
        })?;
        let mut positions = PositionMap::default();
        // serde_yaml accepted the text, so a failure here only costs line numbers.
        let _ = Parser::new_from_str(source).load(&mut positions, false);
        Ok(Spec {
            path: path.to_owned(),
            document,
            source: source.to_owned(),
            positions: positions.positions,
        })
    }

    /// The spec as pretty-printed JSON, keys in the order they are written.
    pub fn to_json(&self) -> Result<String, Error> {
        let value: serde_json::Value = serde_yaml::from_str(&self.source).map_err(|e| {
            Error::Spec(vec![SpecError {
                file: self.path.clone(),
                location: e.location().map(|l| (l.line(), l.column())),
                pointer: None,
                message: e.to_string(),
            }])
        })?;
        let mut json =
            serde_json::to_string_pretty(&value).expect("a JSON value always serializes");
        json.push('\n');
        Ok(json)
    }

    /// An error at `pointer`, located at that node or its nearest ancestor present in the source.
    pub fn error(&self, pointer: &str, message: impl Into<String>) -> SpecError {
        let mut probe = pointer;
        let location = loop {
            if let Some(position) = self.positions.get(probe) {
                break Some(*position);
            }
            match probe.rfind('/') {
                Some(cut) => probe = &probe[..cut],
                None => break None,
            }
        };
        SpecError {
            file: self.path.clone(),
            location,
            pointer: Some(pointer.to_owned()),
            message: message.into(),
        }
    }
}

/// Appends one reference token to a JSON pointer, escaped per RFC 6901.
pub fn join(pointer: &str, token: &str) -> String {
    format!("{pointer}/{}", token.replace('~', "~0").replace('/', "~1"))
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

enum Frame {
    Map {
        pointer: String,
        key: Option<(String, Marker)>,
    },
    Seq {
        pointer: String,
        next: usize,
    },
}

#[derive(Default)]
struct PositionMap {
    stack: Vec<Frame>,
    positions: HashMap<String, (usize, usize)>,
}

impl PositionMap {
    /// The pointer of the node starting at `mark`, recording where it is.
    fn enter_value(&mut self, mark: Marker) -> String {
        let (pointer, at) = match self.stack.last_mut() {
            None => ("#".to_owned(), mark),
            Some(Frame::Map { pointer, key }) => match key.take() {
                Some((key, key_mark)) => (join(pointer, &key), key_mark),
                // A complex (non-scalar) key: it has no pointer of its own.
                None => (format!("{pointer}/?"), mark),
            },
            Some(Frame::Seq { pointer, next }) => {
                let item = join(pointer, &next.to_string());
                *next += 1;
                (item, mark)
            }
        };
        self.positions
            .entry(pointer.clone())
            .or_insert((at.line(), at.col() + 1));
        pointer
    }
}

impl MarkedEventReceiver for PositionMap {
    fn on_event(&mut self, event: Event, mark: Marker) {
        match event {
            Event::Scalar(value, ..) => {
                if let Some(Frame::Map {
                    key: key @ None, ..
                }) = self.stack.last_mut()
                {
                    *key = Some((value, mark));
                } else {
                    self.enter_value(mark);
                }
            }
            Event::Alias(_) => {
                self.enter_value(mark);
            }
            Event::MappingStart(..) => {
                let pointer = self.enter_value(mark);
                self.stack.push(Frame::Map { pointer, key: None });
            }
            Event::SequenceStart(..) => {
                let pointer = self.enter_value(mark);
                self.stack.push(Frame::Seq { pointer, next: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

//! Where the nodes of one file are written: a mapping value at its key, a
//! sequence item at itself.
//!
//! The nodes form a tree kept as a table from (parent, key) to node, so that
//! building it hashes short keys rather than whole pointers. JSON is walked
//! as JSON (`jiter`), several times faster than as YAML; anything else is read
//! as YAML events (`yaml_rust2`).

use std::sync::OnceLock;

use jiter::{Jiter, JiterError, Peek};
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// The text of one file and, found the first time a position is asked for
/// (which a spec without problems never does), where its nodes are.
#[derive(Debug)]
pub(super) struct Positions {
    pub(super) source: String,
    nodes: OnceLock<Nodes>,
}

impl Positions {
    pub(super) fn of(source: String) -> Positions {
        Positions {
            source,
            nodes: OnceLock::new(),
        }
    }

    /// Reads where the nodes are, if that has not been done yet.
    pub(super) fn read(&self) {
        self.nodes();
    }

    fn nodes(&self) -> &Nodes {
        self.nodes.get_or_init(|| {
            json_nodes(&self.source).unwrap_or_else(|_| {
                let mut events = YamlNodes::default();
                // The text is parsed with serde_yaml too, so a failure here only costs line numbers.
                let _ = Parser::new_from_str(&self.source).load(&mut events, false);
                events.nodes
            })
        })
    }

    /// 1-based line and column of the node at `pointer`, or of its nearest
    /// ancestor written in the file.
    pub(super) fn locate(&self, pointer: &str) -> Option<(usize, usize)> {
        self.nodes().locate(pointer)
    }
}

/// The nodes of a document: their positions, the root first.
#[derive(Debug, Default)]
struct Nodes {
    positions: Vec<(usize, usize)>,
    /// (parent, member name or item index) -> child; hashed with foldhash,
    /// several times faster than the standard hasher for these short keys.
    children: foldhash::HashMap<(usize, Box<str>), usize>,
}

impl Nodes {
    /// Adds the node at `key` under `parent` (the root when `None`), and gives
    /// its index. The first of two nodes at one place (a repeated key) keeps
    /// its position, and the nodes under both are found under it.
    fn add(&mut self, parent: Option<usize>, key: &str, position: (usize, usize)) -> usize {
        let Some(parent) = parent else {
            if self.positions.is_empty() {
                self.positions.push(position);
            }
            return 0;
        };
        let positions = &mut self.positions;
        *self
            .children
            .entry((parent, key.into()))
            .or_insert_with(|| {
                positions.push(position);
                positions.len() - 1
            })
    }

    fn locate(&self, pointer: &str) -> Option<(usize, usize)> {
        let mut node = 0;
        let tokens = pointer.strip_prefix('#')?.split('/').skip(1);
        for token in tokens {
            let key = token.replace("~1", "/").replace("~0", "~");
            match self.children.get(&(node, key.into_boxed_str())) {
                Some(child) => node = *child,
                None => break,
            }
        }
        self.positions.get(node).copied()
    }
}

/// The nodes of a JSON text; an error when it is not JSON.
fn json_nodes(text: &str) -> Result<Nodes, JiterError> {
    /// An object or array being read: its node, and whether its first key has
    /// been read (an object's) or the index of its next item (an array's).
    enum Open {
        Object { node: usize, started: bool },
        Array { node: usize, next: usize },
    }
    let data = text.as_bytes();
    let mut jiter = Jiter::new(data);
    let mut lines = LineCounter::new(data);
    let mut nodes = Nodes::default();
    let mut open = Vec::new();
    // The node about to be read: its parent and key, where it is, and how it starts.
    let mut peek = jiter.peek()?;
    let mut next = Some((None, String::new(), jiter.current_index()));
    loop {
        if let Some((parent, key, offset)) = next.take() {
            let node = nodes.add(parent, &key, lines.position(offset));
            match peek {
                Peek::Object => open.push(Open::Object {
                    node,
                    started: false,
                }),
                Peek::Array => open.push(Open::Array { node, next: 0 }),
                _ => jiter.known_skip(peek)?,
            }
        }
        match open.last_mut() {
            None => break,
            Some(Open::Object { node, started }) => {
                let key = match std::mem::replace(started, true) {
                    false => jiter.next_object_bytes()?,
                    true => jiter.next_key_bytes()?,
                };
                match key.map(|key| key_at(data, key)) {
                    Some((key, offset)) => {
                        next = Some((Some(*node), key, offset));
                        peek = jiter.peek()?;
                    }
                    None => drop(open.pop()),
                }
            }
            Some(Open::Array { node, next: index }) => {
                let item = match *index {
                    0 => jiter.known_array()?,
                    _ => jiter.array_step()?,
                };
                match item {
                    Some(item) => {
                        peek = item;
                        next = Some((Some(*node), index.to_string(), jiter.current_index()));
                        *index += 1;
                    }
                    None => drop(open.pop()),
                }
            }
        }
    }
    jiter.finish()?;
    Ok(nodes)
}

/// A key read as bytes of the text (between its quotes): its text, and the
/// offset of its opening quote.
fn key_at(data: &[u8], key: &[u8]) -> (String, usize) {
    let offset = (key.as_ptr() as usize - data.as_ptr() as usize).saturating_sub(1);
    let text = match key.contains(&b'\\') {
        false => String::from_utf8_lossy(key).into_owned(),
        true => serde_json::from_slice(&data[offset..offset + key.len() + 2])
            .unwrap_or_else(|_| String::from_utf8_lossy(key).into_owned()),
    };
    (text, offset)
}

/// 1-based line and column (in characters) of byte offsets of a text, asked
/// for in increasing order; each byte is looked at once, so that a text of
/// one long line costs no more than one of many.
struct LineCounter<'a> {
    text: &'a [u8],
    /// The last offset asked for, and its line and column.
    at: usize,
    line: usize,
    column: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a [u8]) -> Self {
        LineCounter {
            text,
            at: 0,
            line: 1,
            column: 1,
        }
    }

    fn position(&mut self, offset: usize) -> (usize, usize) {
        for byte in &self.text[self.at..offset] {
            if *byte == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if byte & 0xC0 != 0x80 {
                // Not a continuation byte: a character starts here.
                self.column += 1;
            }
        }
        self.at = offset;
        (self.line, self.column)
    }
}

/// A mapping or sequence being read from YAML events: its node, and the key
/// read (a mapping's) or the index of the next item (a sequence's).
enum Frame {
    Map {
        node: usize,
        key: Option<(String, Marker)>,
    },
    Seq {
        node: usize,
        next: usize,
    },
}

/// The nodes of a YAML text, from its parser's events.
#[derive(Default)]
struct YamlNodes {
    stack: Vec<Frame>,
    nodes: Nodes,
}

impl YamlNodes {
    /// Adds the node starting at `mark`; a mapping value is at its key.
    fn add(&mut self, mark: Marker) -> usize {
        let (parent, key, at) = match self.stack.last_mut() {
            None => (None, String::new(), mark),
            Some(Frame::Map { node, key }) => match key.take() {
                Some((key, key_mark)) => (Some(*node), key, key_mark),
                // A complex (non-scalar) key: it has no pointer of its own.
                None => (Some(*node), "?".to_owned(), mark),
            },
            Some(Frame::Seq { node, next }) => {
                *next += 1;
                (Some(*node), (*next - 1).to_string(), mark)
            }
        };
        self.nodes.add(parent, &key, (at.line(), at.col() + 1))
    }
}

impl MarkedEventReceiver for YamlNodes {
    fn on_event(&mut self, event: Event, mark: Marker) {
        match event {
            Event::Scalar(value, ..) => {
                if let Some(Frame::Map {
                    key: key @ None, ..
                }) = self.stack.last_mut()
                {
                    *key = Some((value, mark));
                } else {
                    self.add(mark);
                }
            }
            Event::Alias(_) => {
                self.add(mark);
            }
            Event::MappingStart(..) => {
                let node = self.add(mark);
                self.stack.push(Frame::Map { node, key: None });
            }
            Event::SequenceStart(..) => {
                let node = self.add(mark);
                self.stack.push(Frame::Seq { node, next: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml_nodes(text: &str) -> Nodes {
        let mut events = YamlNodes::default();
        Parser::new_from_str(text).load(&mut events, false).unwrap();
        events.nodes
    }

    const JSON: [&str; 4] = [
        r#"{"a": {"b": [1, {"c": null}, [], {}], "d~/e": "x"}, "f": true}"#,
        "{\n  \"paths\": {\n    \"/pets/{id}\": {\n      \"get\": {\"x\": [\n        \"é\", \"ü\", {\"k\": 1}\n      ]}\n    }\n  },\n  \"a\\u0062\": [[], [[2]]],\n  \"a\": {\"x\": 1}, \"a\": {\"y\": 2}\n}\n",
        "[1, \"two\", {\"three\": 3}]",
        "\"text\"",
    ];

    /// JSON is walked as JSON; every node is where reading it as YAML puts it.
    #[test]
    fn json_nodes_are_where_yaml_puts_them() {
        for text in JSON {
            let (json, yaml) = (json_nodes(text).unwrap(), yaml_nodes(text));
            assert_eq!(json.positions, yaml.positions, "{text}");
            assert_eq!(json.children, yaml.children, "{text}");
        }
    }

    #[test]
    fn a_pointer_is_located_at_its_node_or_nearest_ancestor() {
        let nodes = json_nodes(JSON[1]).unwrap();
        assert_eq!(nodes.locate("#"), Some((1, 1)));
        assert_eq!(
            nodes.locate("#/paths/~1pets~1{id}/get/x/2/k"),
            Some((5, 20))
        );
        assert_eq!(nodes.locate("#/ab/1/0/0"), Some((9, 21)));
        // The first of two members of one name keeps its place, and what is
        // under either is found.
        assert_eq!(nodes.locate("#/a"), Some((10, 3)));
        assert_eq!(nodes.locate("#/a/y"), Some((10, 24)));
        assert_eq!(nodes.locate("#/paths/~1pets~1{id}/post/x"), Some((3, 5)));
        assert_eq!(nodes.locate("not a pointer"), None);
        let yaml = yaml_nodes("openapi: 3.0.3\npaths:\n  /a~b:\n    get: {}\n");
        assert_eq!(yaml.locate("#/paths/~1a~0b/get"), Some((4, 5)));
    }

    #[test]
    fn what_is_not_json_is_left_to_yaml() {
        assert!(json_nodes("openapi: 3.0.3\n").is_err());
        assert!(json_nodes("{\"a\": 1,}").is_err());
        assert!(json_nodes("{\"a\": 1} {}").is_err());
        let positions = Positions::of("openapi: 3.0.3\ninfo:\n  title: t\n".to_owned());
        assert_eq!(positions.locate("#/info/title"), Some((3, 3)));
    }
}

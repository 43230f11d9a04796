//! Bundling a spec written as several files into one document whose `$ref`s
//! are all local.
//!
//! - A `$ref` into a component of another file
//!   (`./common.yaml#/components/schemas/ErrorBody`, or a node inside one)
//!   becomes local (`#/components/schemas/ErrorBody`). Every component of every
//!   file the spec reaches is in the bundle under its own name, so a pointer
//!   into a component is the same in its file and in the bundle. Two files
//!   defining one name differently is an error; identical definitions are one.
//! - A `$ref` to anything else in another file (a path item, say) is replaced
//!   by what it points at; keys beside such a `$ref` are an error, not dropped.
//! - A component that is a `$ref` to the component of the same name in another
//!   file (`AccessToken: {$ref: './common.yaml#/components/securitySchemes/AccessToken'}`)
//!   is that component.
//! - The root's local `$ref`s stay as they are; those of other files point
//!   into their own file.
//! - The bundle's components are the root's, then those of each other file in
//!   the order the files are first reached (a file's components before the rest
//!   of it), each in the order written.
//! - Every path item of another file's `paths` must be named by a `$ref`: one
//!   the root does not list would silently be no part of the API.
//! - `example`, `default`, `enum`, extensions (`x-...`) and examples' `value`s
//!   are data, not references, and are copied as they are.

use std::collections::{HashMap, HashSet};
use std::io;
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

use indexmap::IndexMap;
use openapiv3::{
    Callback, Components, Example, Header, Link, OpenAPI, Operation, Parameter, PathItem, Paths,
    ReferenceOr, RequestBody, Response, Schema, SecurityScheme,
};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::{deserialize_error, join, strip_location, Positions, SourceFile, SourceMap, Spec};
use crate::error::{Error, SpecError};

/// Whether `root` has a `$ref` to another file.
pub(super) fn has_external_refs(root: &Value) -> bool {
    fn visit(value: &Value, context: Context) -> bool {
        match value {
            Value::Object(object) => {
                if context.may_be_reference() {
                    if let Some(reference) = reference_of(value) {
                        return !reference.starts_with('#');
                    }
                }
                object.iter().any(|(key, value)| {
                    context
                        .child(key)
                        .is_some_and(|context| visit(value, context))
                })
            }
            Value::Array(items) => match context.items() {
                Some(context) => items.iter().any(|item| visit(item, context)),
                None => false,
            },
            _ => false,
        }
    }
    visit(root, Context::Object)
}

/// Whether every `$ref` member of the JSON text `source`, wherever it is,
/// names a place in the same document (`#/...`); false for a text that is
/// not JSON. When true, the document has nothing to bundle. It is read with
/// serde_json, which decodes escaped keys and bounds the depth, and builds
/// no value.
pub(super) fn json_refs_are_local(source: &str) -> bool {
    use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
    use std::fmt;

    /// Any JSON value: whether a `$ref` in it names another document. A
    /// string is such a `$ref` when it is the value of one (`Scan(true)`).
    struct Scan(bool);
    /// A member name: whether it is `$ref`.
    struct IsRef;

    impl<'de> DeserializeSeed<'de> for Scan {
        type Value = bool;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
            d.deserialize_any(self)
        }
    }
    impl<'de> Visitor<'de> for Scan {
        type Value = bool;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("JSON")
        }
        fn visit_str<E>(self, text: &str) -> Result<bool, E> {
            Ok(self.0 && !text.starts_with('#'))
        }
        fn visit_bool<E>(self, _: bool) -> Result<bool, E> {
            Ok(false)
        }
        fn visit_i64<E>(self, _: i64) -> Result<bool, E> {
            Ok(false)
        }
        fn visit_u64<E>(self, _: u64) -> Result<bool, E> {
            Ok(false)
        }
        fn visit_f64<E>(self, _: f64) -> Result<bool, E> {
            Ok(false)
        }
        fn visit_unit<E>(self) -> Result<bool, E> {
            Ok(false)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
            let mut external = false;
            while let Some(item) = seq.next_element_seed(Scan(false))? {
                external |= item;
            }
            Ok(external)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
            let mut external = false;
            while let Some(is_ref) = map.next_key_seed(IsRef)? {
                external |= map.next_value_seed(Scan(is_ref))?;
            }
            Ok(external)
        }
    }
    impl<'de> DeserializeSeed<'de> for IsRef {
        type Value = bool;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
            d.deserialize_str(self)
        }
    }
    impl<'de> Visitor<'de> for IsRef {
        type Value = bool;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a member name")
        }
        fn visit_str<E>(self, key: &str) -> Result<bool, E> {
            Ok(key == "$ref")
        }
    }
    let mut deserializer = serde_json::Deserializer::from_str(source);
    match Scan(false).deserialize(&mut deserializer) {
        Ok(external) => !external && deserializer.end().is_ok(),
        Err(_) => false,
    }
}

/// Bundles the spec whose root file is `path` (already read as `source` and
/// parsed as `root`) with every file its `$ref`s reach.
pub(super) fn bundle(
    path: &Path,
    source: String,
    root: Value,
    read: &mut dyn FnMut(&Path) -> io::Result<String>,
) -> Result<Spec, Error> {
    let key = normalize(path);
    let mut bundler = Bundler {
        read,
        files: vec![Part {
            path: path.to_owned(),
            key: key.clone(),
            positions: Positions::of(source),
            value: Some(Rc::new(root)),
            reached: false,
        }],
        by_key: HashMap::from([(key, 0)]),
        components: Map::new(),
        owners: HashMap::new(),
        reserved: IndexMap::new(),
        origins: HashMap::from([("#".to_owned(), (0, "#".to_owned()))]),
        new_origins: Vec::new(),
        inlining: Vec::new(),
        used_paths: HashSet::new(),
        errors: Vec::new(),
    };
    let mut bundled = bundler.run();
    let notes = match super::openapi31::is_v31(&bundled) {
        true => super::openapi31::to_v30(&mut bundled),
        false => Vec::new(),
    };
    super::openapi31::inline_callback_refs(&mut bundled);
    let Bundler {
        files,
        origins,
        errors,
        ..
    } = bundler;
    let map = SourceMap {
        files: files
            .into_iter()
            .map(|part| SourceFile {
                path: part.path,
                positions: part.positions,
            })
            .collect(),
        origins,
    };
    if !errors.is_empty() {
        return Err(Error::Spec(errors));
    }
    let document: OpenAPI = typed(&bundled).map_err(|failure| {
        let (pointer, message) = narrow(&bundled, failure);
        Error::Spec(vec![map.deserialize_error(&pointer, message)])
    })?;
    Ok(Spec {
        path: path.to_owned(),
        document,
        map,
        bundled: Some(bundled),
        dangling: HashSet::new(),
        notes,
    })
}

/// One file of the spec.
struct Part {
    /// As errors name it.
    path: PathBuf,
    /// Normalized, to know a file reached by two different relative paths.
    key: PathBuf,
    positions: Positions,
    /// `None` when the file is not YAML (reported once, at the file).
    value: Option<Rc<Value>>,
    /// Whether its components have been taken into the bundle.
    reached: bool,
}

type Slot = (String, String);

struct Bundler<'r> {
    read: &'r mut dyn FnMut(&Path) -> io::Result<String>,
    files: Vec<Part>,
    by_key: HashMap<PathBuf, usize>,
    /// The bundle's `components`, section by section.
    components: Map<String, Value>,
    /// (section, name) -> the file and pointer of the definition in the bundle.
    owners: HashMap<Slot, (usize, String)>,
    /// Slots holding a place in `components` before they are defined, with the
    /// first `$ref` to a same-named component of another file that stood for one.
    reserved: IndexMap<Slot, Option<(usize, String)>>,
    origins: HashMap<String, (usize, String)>,
    /// Origins of what is being copied, kept only if it ends up in the bundle.
    new_origins: Vec<(String, (usize, String))>,
    /// `$ref`s being replaced by what they point at, to catch cycles.
    inlining: Vec<(usize, String)>,
    /// (file, `#/paths/...`) of the path items of non-root files a `$ref` names.
    used_paths: HashSet<(usize, String)>,
    errors: Vec<SpecError>,
}

impl Bundler<'_> {
    fn run(&mut self) -> Value {
        self.reach(0);
        let root = self.files[0].value.clone().expect("the root was parsed");
        let mut out = Map::new();
        if let Value::Object(object) = &*root {
            for (key, value) in object {
                let value = if key == "components" && value.is_object() {
                    Value::Null
                } else {
                    let pointer = join("#", key);
                    match Context::Object.child(key) {
                        Some(context) => self.rewrite(0, value, &pointer, &pointer, context),
                        None => value.clone(),
                    }
                };
                out.insert(key.clone(), value);
            }
        }
        let origins = std::mem::take(&mut self.new_origins);
        self.commit_origins(origins);
        self.check_paths_are_used();
        for ((section, name), alias) in std::mem::take(&mut self.reserved) {
            if let Some(section) = self
                .components
                .get_mut(&section)
                .and_then(Value::as_object_mut)
            {
                section.shift_remove(&name);
            }
            if let Some((file, pointer)) = alias {
                self.error_at_ref(
                    file,
                    &pointer,
                    format!("`{name}` is only ever a `$ref` to a component of the same name, never defined"),
                );
            }
        }
        // A root `components` that is not a map stays, for the document's check to report.
        let merged = match out.get("components") {
            Some(value) => value.is_null(),
            None => !self.components.is_empty(),
        };
        if merged {
            out.insert(
                "components".to_owned(),
                Value::Object(std::mem::take(&mut self.components)),
            );
        }
        Value::Object(out)
    }

    /// Takes the components of `file` into the bundle, once.
    fn reach(&mut self, file: usize) {
        if std::mem::replace(&mut self.files[file].reached, true) {
            return;
        }
        let Some(value) = self.files[file].value.clone() else {
            return;
        };
        let Some(Value::Object(components)) = value.get("components") else {
            return;
        };
        for (section, entries) in components {
            let section_pointer = join("#/components", section);
            match entries {
                Value::Object(entries) if !section.starts_with("x-") => {
                    for (name, entry) in entries {
                        let pointer = join(&section_pointer, name);
                        self.component(file, section, name, entry, &pointer);
                    }
                }
                other if file == 0 => {
                    self.components.insert(section.clone(), other.clone());
                }
                _ => {}
            }
        }
    }

    fn component(&mut self, file: usize, section: &str, name: &str, entry: &Value, pointer: &str) {
        let slot = (section.to_owned(), name.to_owned());
        if !self.owners.contains_key(&slot) {
            self.section(section)
                .entry(name.to_owned())
                .or_insert(Value::Null);
            self.reserved.entry(slot.clone()).or_insert(None);
        }
        let outer = std::mem::take(&mut self.new_origins);
        let value = self.rewrite(file, entry, pointer, pointer, Context::Object);
        let origins = std::mem::replace(&mut self.new_origins, outer);
        let is_alias = reference_of(entry).is_some_and(|r| !r.starts_with('#'))
            && reference_of(&value) == Some(pointer);
        if is_alias {
            // The component of the same name in the other file has been taken in.
            if let Some(site @ None) = self.reserved.get_mut(&slot) {
                *site = Some((file, pointer.to_owned()));
            }
            return;
        }
        match self.owners.get(&slot) {
            None => {
                self.section(section).insert(name.to_owned(), value);
                self.owners.insert(slot.clone(), (file, pointer.to_owned()));
                self.reserved.shift_remove(&slot);
                self.origins
                    .insert(pointer.to_owned(), (file, pointer.to_owned()));
                self.commit_origins(origins);
            }
            Some((first_file, first_pointer)) => {
                if self.components[section][name] != value {
                    let first = self.place(*first_file, first_pointer);
                    let message = format!(
                        "`{name}` is also defined, differently, at {first}: the components of every file share the bundle's `#/components/{section}`, so rename one or define it once"
                    );
                    self.error_at(file, pointer, message);
                }
            }
        }
    }

    fn section(&mut self, section: &str) -> &mut Map<String, Value> {
        let entry = self
            .components
            .entry(section.to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
        if !entry.is_object() {
            *entry = Value::Object(Map::new());
        }
        entry.as_object_mut().expect("made an object above")
    }

    fn commit_origins(&mut self, origins: Vec<(String, (usize, String))>) {
        self.origins.extend(origins);
    }

    /// `value` (at `source` in `file`, going to `out` in the bundle) with its `$ref`s bundled.
    fn rewrite(
        &mut self,
        file: usize,
        value: &Value,
        source: &str,
        out: &str,
        context: Context,
    ) -> Value {
        match value {
            Value::Object(object) => {
                if context.may_be_reference() {
                    if let Some(reference) = reference_of(value) {
                        return self.reference(file, object, reference, source, out, context);
                    }
                }
                let mut copy = Map::new();
                for (key, value) in object {
                    let value = match context.child(key) {
                        Some(context) => {
                            self.rewrite(file, value, &join(source, key), &join(out, key), context)
                        }
                        None => value.clone(),
                    };
                    copy.insert(key.clone(), value);
                }
                Value::Object(copy)
            }
            Value::Array(items) => match context.items() {
                Some(context) => Value::Array(
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, item)| {
                            let index = i.to_string();
                            self.rewrite(
                                file,
                                item,
                                &join(source, &index),
                                &join(out, &index),
                                context,
                            )
                        })
                        .collect(),
                ),
                None => value.clone(),
            },
            _ => value.clone(),
        }
    }

    /// The Reference Object `object` (`$ref: reference`), bundled.
    fn reference(
        &mut self,
        file: usize,
        object: &Map<String, Value>,
        reference: &str,
        source: &str,
        out: &str,
        context: Context,
    ) -> Value {
        let unchanged = || Value::Object(object.clone());
        if file == 0 && reference.starts_with('#') {
            return unchanged();
        }
        let Some((target, pointer)) = self.target(file, reference, source) else {
            return unchanged();
        };
        if target == 0 || is_component(&pointer) {
            self.reach(target);
            let mut local = object.clone();
            local.insert("$ref".to_owned(), Value::String(pointer));
            return Value::Object(local);
        }
        if self.inlining.contains(&(target, pointer.clone())) {
            self.error_at_ref(
                file,
                source,
                format!("`$ref: {reference}` is circular: it is inside what it points at"),
            );
            return unchanged();
        }
        if let Some(path_item) = path_item_of(&pointer) {
            self.used_paths.insert((target, path_item));
        }
        let beside: Vec<&str> = object
            .keys()
            .map(String::as_str)
            .filter(|key| *key != "$ref")
            .collect();
        if !beside.is_empty() {
            let message = format!(
                "`$ref: {reference}` is replaced by what it points at, so what is beside it (`{}`) would be lost: move it into the node the `$ref` points at",
                beside.join("`, `")
            );
            self.error_at_ref(file, source, message);
            return unchanged();
        }
        self.reach(target);
        let document = self.files[target]
            .value
            .clone()
            .expect("target() found the node");
        let content = lookup(&document, &pointer).expect("target() found the node");
        self.new_origins
            .push((out.to_owned(), (target, pointer.clone())));
        self.inlining.push((target, pointer.clone()));
        let value = self.rewrite(target, content, &pointer, out, context);
        self.inlining.pop();
        value
    }

    /// The file and (decoded) pointer `reference`, written in `file` at `source`,
    /// points at; `None` after reporting why there is none.
    fn target(&mut self, file: usize, reference: &str, source: &str) -> Option<(usize, String)> {
        let (location, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        let pointer = format!("#{}", percent_decode(fragment));
        if pointer != "#" && !pointer.starts_with("#/") {
            self.error_at_ref(
                file,
                source,
                format!("`$ref: {reference}`: what follows `#` must be a JSON pointer such as `#/components/schemas/Name`"),
            );
            return None;
        }
        let target = if location.is_empty() {
            file
        } else if has_scheme(location) {
            self.error_at_ref(
                file,
                source,
                format!("`$ref: {reference}` is not supported: a `$ref` may name another file only by a path relative to its own file"),
            );
            return None;
        } else {
            let directory = self.files[file].key.parent().unwrap_or(Path::new(""));
            let key = normalize(&directory.join(percent_decode(location)));
            self.open(key, file, reference, source)?
        };
        let document = self.files[target].value.clone()?;
        if lookup(&document, &pointer).is_none() {
            let message = format!(
                "`$ref: {reference}` points at a node that does not exist: {} has no `{pointer}`",
                self.files[target].path.display()
            );
            self.error_at_ref(file, source, message);
            return None;
        }
        Some((target, pointer))
    }

    /// The index of the file `key`, read and parsed the first time it is named.
    fn open(&mut self, key: PathBuf, from: usize, reference: &str, source: &str) -> Option<usize> {
        if let Some(&index) = self.by_key.get(&key) {
            return Some(index);
        }
        let text = match (self.read)(&key) {
            Ok(text) => text,
            Err(e) => {
                let message = format!("`$ref: {reference}`: cannot read {}: {e}", key.display());
                self.error_at_ref(from, source, message);
                return None;
            }
        };
        let value = match serde_yaml::from_str::<Value>(&text) {
            Ok(value) => Some(Rc::new(value)),
            Err(e) => {
                self.errors.push(SpecError {
                    file: key.clone(),
                    location: e.location().map(|l| (l.line(), l.column())),
                    pointer: None,
                    message: strip_location(&e.to_string()),
                });
                None
            }
        };
        self.files.push(Part {
            path: key.clone(),
            key: key.clone(),
            positions: Positions::of(text),
            value,
            reached: false,
        });
        self.by_key.insert(key, self.files.len() - 1);
        Some(self.files.len() - 1)
    }

    /// Path items of other files that no `$ref` names are errors.
    fn check_paths_are_used(&mut self) {
        for file in 1..self.files.len() {
            let Some(document) = self.files[file].value.clone() else {
                continue;
            };
            let Some(Value::Object(paths)) = document.get("paths") else {
                continue;
            };
            for path in paths.keys().filter(|path| !path.starts_with("x-")) {
                let pointer = join("#/paths", path);
                if !self.used_paths.contains(&(file, pointer.clone())) {
                    let message = format!(
                        "`{path}` is not part of the API: no `$ref` names this path item (list it in the root file's `paths`)"
                    );
                    self.error_at(file, &pointer, message);
                }
            }
        }
    }

    fn error_at(&mut self, file: usize, pointer: &str, message: String) {
        let part = &self.files[file];
        self.errors.push(SpecError {
            file: part.path.clone(),
            location: part.positions.locate(pointer),
            pointer: Some(pointer.to_owned()),
            message,
        });
    }

    /// An error about the Reference Object at `pointer`, located at its `$ref`.
    fn error_at_ref(&mut self, file: usize, pointer: &str, message: String) {
        let part = &self.files[file];
        self.errors.push(SpecError {
            file: part.path.clone(),
            location: part.positions.locate(&join(pointer, "$ref")),
            pointer: Some(pointer.to_owned()),
            message,
        });
    }

    /// `file:line:column (pointer)`.
    fn place(&self, file: usize, pointer: &str) -> String {
        let part = &self.files[file];
        let mut place = part.path.display().to_string();
        if let Some((line, column)) = part.positions.locate(pointer) {
            place.push_str(&format!(":{line}:{column}"));
        }
        format!("{place} ({pointer})")
    }
}

/// `value` deserialized as a `T`, through YAML text so that scalars read as they
/// would from a file (`version: 1.0` is a string); or the pointer (within
/// `value`) and message of the failure.
pub(super) fn typed<T: DeserializeOwned>(value: &Value) -> Result<T, (String, String)> {
    let text = serde_yaml::to_string(value).expect("a JSON value is valid YAML");
    serde_path_to_error::deserialize(serde_yaml::Deserializer::from_str(&text)).map_err(|err| {
        let (pointer, message, _) = deserialize_error(err);
        (pointer, message)
    })
}

/// A failure to deserialize the bundle, pinned to the deepest part of the document
/// that fails on its own. Deserializers of objects with extensions lose the path
/// into them, and the part found names the file the problem is written in.
pub(super) fn narrow(document: &Value, mut failure: (String, String)) -> (String, String) {
    let mut node = (Node::Document, "#".to_owned());
    'descend: loop {
        let Some(value) = lookup(document, &node.1) else {
            return failure;
        };
        for (pointer, kind) in node.0.children(value, &node.1) {
            let related = pointer.starts_with(&format!("{}/", failure.0))
                || failure.0 == pointer
                || failure.0.starts_with(&format!("{pointer}/"));
            if !related {
                continue;
            }
            let child = lookup(document, &pointer).expect("children() found it");
            if let Err((inner, message)) = kind.check(child) {
                failure = (format!("{pointer}{}", &inner[1..]), message);
                node = (kind, pointer);
                continue 'descend;
            }
        }
        return failure;
    }
}

/// The parts of a document whose deserialization `narrow` tries on their own.
#[derive(Clone, Copy)]
enum Node {
    Document,
    Paths,
    PathItem,
    Operation,
    Components,
    Section(Kind),
    Item(Kind),
}

/// What a component section holds.
#[derive(Clone, Copy)]
enum Kind {
    Schema,
    Response,
    Parameter,
    Example,
    RequestBody,
    Header,
    SecurityScheme,
    Link,
    Callback,
}

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

impl Node {
    /// Pointers and kinds of the parts of `value` (at `pointer`) to try on their own.
    fn children(self, value: &Value, pointer: &str) -> Vec<(String, Node)> {
        let mut out = Vec::new();
        let mut add = |tokens: &[&str], node: Node| {
            let child = tokens.iter().fold(pointer.to_owned(), |p, t| join(&p, t));
            if lookup(value, &format!("#{}", &child[pointer.len()..])).is_some() {
                out.push((child, node));
            }
        };
        let keys = |key: &str| -> Vec<String> {
            let within = if key.is_empty() {
                Some(value)
            } else {
                value.get(key)
            };
            match within {
                Some(Value::Object(object)) => object
                    .keys()
                    .filter(|k| !k.starts_with("x-"))
                    .cloned()
                    .collect(),
                Some(Value::Array(items)) => (0..items.len()).map(|i| i.to_string()).collect(),
                _ => Vec::new(),
            }
        };
        if reference_of(value).is_some() {
            return out;
        }
        match self {
            Node::Document => {
                add(&["paths"], Node::Paths);
                add(&["components"], Node::Components);
            }
            Node::Paths => {
                for path in keys("") {
                    add(&[&path], Node::PathItem);
                }
            }
            Node::PathItem => {
                for method in METHODS {
                    add(&[method], Node::Operation);
                }
                for i in keys("parameters") {
                    add(&["parameters", &i], Node::Item(Kind::Parameter));
                }
            }
            Node::Operation => {
                for i in keys("parameters") {
                    add(&["parameters", &i], Node::Item(Kind::Parameter));
                }
                add(&["requestBody"], Node::Item(Kind::RequestBody));
                for status in keys("responses") {
                    add(&["responses", &status], Node::Item(Kind::Response));
                }
            }
            Node::Components => {
                for (section, kind) in [
                    ("schemas", Kind::Schema),
                    ("responses", Kind::Response),
                    ("parameters", Kind::Parameter),
                    ("examples", Kind::Example),
                    ("requestBodies", Kind::RequestBody),
                    ("headers", Kind::Header),
                    ("securitySchemes", Kind::SecurityScheme),
                    ("links", Kind::Link),
                    ("callbacks", Kind::Callback),
                ] {
                    add(&[section], Node::Section(kind));
                }
            }
            Node::Section(kind) => {
                for name in keys("") {
                    add(&[&name], Node::Item(kind));
                }
            }
            Node::Item(Kind::Schema) => {
                for name in keys("properties") {
                    add(&["properties", &name], Node::Item(Kind::Schema));
                }
                for key in ["items", "additionalProperties", "not"] {
                    if value.get(key).is_some_and(Value::is_object) {
                        add(&[key], Node::Item(Kind::Schema));
                    }
                }
                for key in ["allOf", "oneOf", "anyOf"] {
                    for i in keys(key) {
                        add(&[key, &i], Node::Item(Kind::Schema));
                    }
                }
            }
            Node::Item(Kind::Response) => {
                for name in keys("headers") {
                    add(&["headers", &name], Node::Item(Kind::Header));
                }
                for media_type in keys("content") {
                    add(
                        &["content", &media_type, "schema"],
                        Node::Item(Kind::Schema),
                    );
                }
            }
            Node::Item(Kind::RequestBody) => {
                for media_type in keys("content") {
                    add(
                        &["content", &media_type, "schema"],
                        Node::Item(Kind::Schema),
                    );
                }
            }
            Node::Item(Kind::Parameter | Kind::Header) => {
                add(&["schema"], Node::Item(Kind::Schema))
            }
            Node::Item(_) => {}
        }
        out
    }

    /// Deserializes `value` as this part.
    fn check(self, value: &Value) -> Result<(), (String, String)> {
        fn item<T: DeserializeOwned>(value: &Value) -> Result<(), (String, String)> {
            // Not `ReferenceOr<T>` unless it is one: its untagged errors say nothing.
            match reference_of(value) {
                Some(_) => typed::<ReferenceOr<T>>(value).map(drop),
                None => typed::<T>(value).map(drop),
            }
        }
        fn section<T: DeserializeOwned>(value: &Value) -> Result<(), (String, String)> {
            typed::<IndexMap<String, ReferenceOr<T>>>(value).map(drop)
        }
        match self {
            Node::Document => typed::<OpenAPI>(value).map(drop),
            Node::Paths => typed::<Paths>(value).map(drop),
            Node::PathItem => item::<PathItem>(value),
            Node::Operation => typed::<Operation>(value).map(drop),
            Node::Components => typed::<Components>(value).map(drop),
            Node::Section(kind) | Node::Item(kind) => {
                let is_item = matches!(self, Node::Item(_));
                match (kind, is_item) {
                    (Kind::Schema, true) => item::<Schema>(value),
                    (Kind::Schema, false) => section::<Schema>(value),
                    (Kind::Response, true) => item::<Response>(value),
                    (Kind::Response, false) => section::<Response>(value),
                    (Kind::Parameter, true) => item::<Parameter>(value),
                    (Kind::Parameter, false) => section::<Parameter>(value),
                    (Kind::Example, true) => item::<Example>(value),
                    (Kind::Example, false) => section::<Example>(value),
                    (Kind::RequestBody, true) => item::<RequestBody>(value),
                    (Kind::RequestBody, false) => section::<RequestBody>(value),
                    (Kind::Header, true) => item::<Header>(value),
                    (Kind::Header, false) => section::<Header>(value),
                    (Kind::SecurityScheme, true) => item::<SecurityScheme>(value),
                    (Kind::SecurityScheme, false) => section::<SecurityScheme>(value),
                    (Kind::Link, true) => item::<Link>(value),
                    (Kind::Link, false) => section::<Link>(value),
                    (Kind::Callback, true) => item::<Callback>(value),
                    (Kind::Callback, false) => section::<Callback>(value),
                }
            }
        }
    }
}

/// What kind of object a value is, as far as telling references from data goes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Context {
    /// An object of OpenAPI keywords (or a Reference Object).
    Object,
    /// A map from names the author chose to objects (`properties`, `paths`, `responses`, ...).
    Names,
    /// A map from names to Example Objects.
    ExampleNames,
    /// An Example Object: its `value` is data.
    Example,
}

/// Maps whose keys are names, not keywords.
const NAMED: &[&str] = &[
    "paths",
    "properties",
    "patternProperties",
    "schemas",
    "responses",
    "parameters",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "content",
    "encoding",
    "variables",
    "mapping",
    "scopes",
];

/// Keywords whose values are data.
const DATA: &[&str] = &["example", "default", "enum", "const"];

impl Context {
    pub(super) fn may_be_reference(self) -> bool {
        matches!(self, Context::Object | Context::Example)
    }

    /// The context of the value at `key`, or `None` for data.
    pub(super) fn child(self, key: &str) -> Option<Context> {
        match self {
            Context::Names => Some(Context::Object),
            Context::ExampleNames => Some(Context::Example),
            Context::Object | Context::Example => {
                if DATA.contains(&key)
                    || key.starts_with("x-")
                    || (self == Context::Example && key == "value")
                {
                    None
                } else if key == "examples" {
                    Some(Context::ExampleNames)
                } else if NAMED.contains(&key) {
                    Some(Context::Names)
                } else {
                    Some(Context::Object)
                }
            }
        }
    }

    /// The context of the items of an array in this context, or `None` for data.
    pub(super) fn items(self) -> Option<Context> {
        match self {
            Context::ExampleNames => None,
            _ => Some(Context::Object),
        }
    }
}

/// The `$ref` of a Reference Object.
fn reference_of(value: &Value) -> Option<&str> {
    value.get("$ref")?.as_str()
}

fn tokens(pointer: &str) -> Vec<String> {
    pointer
        .strip_prefix("#/")
        .map(|rest| {
            rest.split('/')
                .map(|token| token.replace("~1", "/").replace("~0", "~"))
                .collect()
        })
        .unwrap_or_default()
}

pub(super) fn lookup<'v>(document: &'v Value, pointer: &str) -> Option<&'v Value> {
    tokens(pointer)
        .iter()
        .try_fold(document, |value, token| match value {
            Value::Object(object) => object.get(token),
            Value::Array(items) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
            _ => None,
        })
}

/// A pointer to a component (`#/components/schemas/Name`) or into one.
fn is_component(pointer: &str) -> bool {
    let tokens = tokens(pointer);
    tokens.len() >= 3 && tokens[0] == "components"
}

/// `#/paths/<path>` for a pointer to a path item or into one.
fn path_item_of(pointer: &str) -> Option<String> {
    let tokens = tokens(pointer);
    (tokens.len() >= 2 && tokens[0] == "paths").then(|| join("#/paths", &tokens[1]))
}

/// Whether a `$ref`'s file part is a URL (`https://...`) rather than a path.
fn has_scheme(location: &str) -> bool {
    location.starts_with("//")
        || location.split_once(':').is_some_and(|(scheme, _)| {
            scheme.len() > 1
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        })
}

/// Decodes `%XX` escapes, as a `$ref` is a URI.
pub(super) fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `path` without `.` and with `..` applied where it can be.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if matches!(out.components().next_back(), Some(Component::Normal(_))) {
                    out.pop();
                } else {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_text_is_plain_only_when_every_ref_is_local() {
        let plain =
            r##"{"a": [{"$ref": "#/b"}, {"x": {"$ref": "#/c/d"}}], "$ref": "#", "n": 1.5}"##;
        assert!(json_refs_are_local(plain));
        assert!(json_refs_are_local(
            r#"{"openapi": "3.0.3", "refs": [null, true, -1]}"#
        ));
        for external in [
            r##"{"a": {"b": [{"$ref": "./other.json#/x"}]}, "c": {"$ref": "#/a"}}"##,
            // However its name is spelled.
            r#"{"a": {"$ref": "other.json"}}"#,
            // Wherever it is: the general path knows which places are data.
            r#"{"example": {"$ref": "https://example.test/x"}}"#,
        ] {
            assert!(!json_refs_are_local(external), "{external}");
        }
        // A `$ref` that is not a string is no reference, but what is in it is looked at.
        assert!(!json_refs_are_local(r#"{"$ref": {"$ref": "x.json"}}"#));
        assert!(json_refs_are_local(r##"{"$ref": [{"$ref": "#/x"}]}"##));
        // Not JSON, or more than one JSON value.
        assert!(!json_refs_are_local("openapi: 3.0.3\n"));
        assert!(!json_refs_are_local("{} {}"));
    }

    #[test]
    fn paths_are_normalized_lexically() {
        assert_eq!(
            normalize(Path::new("spec/./groups/../drive.yaml")),
            Path::new("spec/drive.yaml")
        );
        assert_eq!(normalize(Path::new("../x.yaml")), Path::new("../x.yaml"));
        assert_eq!(
            normalize(Path::new("a/../../x.yaml")),
            Path::new("../x.yaml")
        );
    }

    #[test]
    fn refs_are_decoded_as_uris() {
        assert_eq!(
            percent_decode("/paths/~1spaces~1%7BspaceId%7D"),
            "/paths/~1spaces~1{spaceId}"
        );
        assert_eq!(percent_decode("100%"), "100%");
        assert!(has_scheme("https://example.com/x.yaml"));
        assert!(has_scheme("//example.com/x.yaml"));
        assert!(!has_scheme("./x.yaml"));
        assert!(!has_scheme("x.yaml"));
    }

    #[test]
    fn pointers_find_nodes_and_say_what_they_point_into() {
        let document = serde_json::json!({"paths": {"/a/{id}": {"get": {"tags": ["t"]}}}});
        assert_eq!(
            lookup(&document, "#/paths/~1a~1{id}/get/tags/0"),
            Some(&serde_json::json!("t"))
        );
        assert_eq!(lookup(&document, "#/paths/~1b"), None);
        assert_eq!(lookup(&document, "#"), Some(&document));
        assert_eq!(
            path_item_of("#/paths/~1a~1{id}/get").as_deref(),
            Some("#/paths/~1a~1{id}")
        );
        assert!(is_component("#/components/schemas/A/properties/b"));
        assert!(!is_component("#/components/schemas"));
    }

    #[test]
    fn data_is_not_searched_for_references() {
        let external = serde_json::json!({"$ref": "./x.yaml#/a"});
        let with = |value: Value| has_external_refs(&value);
        assert!(with(serde_json::json!({"paths": {"/a": external}})));
        assert!(with(
            serde_json::json!({"components": {"schemas": {"A": {"properties": {"example": external}}}}})
        ));
        assert!(!with(serde_json::json!({"x-thing": external})));
        assert!(!with(
            serde_json::json!({"components": {"schemas": {"A": {"example": external, "enum": [external]}}}})
        ));
        assert!(!with(
            serde_json::json!({"components": {"examples": {"E": {"value": external}}}})
        ));
        assert!(with(
            serde_json::json!({"components": {"examples": {"E": external}}})
        ));
        assert!(!with(serde_json::json!({"paths": {"/a": {"$ref": "#/x"}}})));
    }
}

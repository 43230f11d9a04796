//! `$ref`s to nodes that are not components: a property of a component schema
//! (`#/components/schemas/Pet/properties/owner`), a schema, response,
//! parameter or request body written under `#/paths/...`.
//!
//! Such a node is lifted into the components under a name of its own, and the
//! place it was written at becomes a `$ref` to it, as does every `$ref` that
//! named it; the other stages then only meet `$ref`s to components. The source
//! map sends what is found in a lifted node to where it was written.
//!
//! - A schema is named after where it is: its component or operation (its
//!   `operationId`, or else its method and path), then each step into it
//!   (`PetOwner` for the property `owner` of `Pet`, `ListPetsResponse` for the
//!   schema of a success response of `listPets`, `ListPetsNotFoundBody` for a
//!   `404`'s, `ListPetsRequest` for a request body's, `PetTagsItem` for the
//!   items of `tags`): the names the schema has when it is written in place.
//! - Responses, parameters, request bodies and headers go into their own
//!   sections, named the same way.
//! - A `$ref` to a node that is itself a `$ref` is a `$ref` to what that one
//!   names.
//! - A `$ref` to a component whose name is escaped (`~1`, `%20`) names it as
//!   written.
//! - A `$ref` to a node that does not exist, or to one of another kind (an
//!   example, a path item), is left as it is, for lowering to report.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use heck::ToUpperCamelCase;
use openapiv3::OpenAPI;
use serde::Deserialize;
use serde_json::{Map, Value};

use super::bundle::{percent_decode, Context};
use super::join;

/// The component sections nodes are lifted into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Section {
    Schemas,
    Parameters,
    Responses,
    RequestBodies,
    Headers,
}

impl Section {
    fn key(self) -> &'static str {
        match self {
            Section::Schemas => "schemas",
            Section::Parameters => "parameters",
            Section::Responses => "responses",
            Section::RequestBodies => "requestBodies",
            Section::Headers => "headers",
        }
    }

    fn of(key: &str) -> Option<Section> {
        Some(match key {
            "schemas" => Section::Schemas,
            "parameters" => Section::Parameters,
            "responses" => Section::Responses,
            "requestBodies" => Section::RequestBodies,
            "headers" => Section::Headers,
            _ => return None,
        })
    }
}

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Whether the text of a spec may hold a `$ref` that is not of the form
/// `#/components/<section>/<name>`, with nothing escaped: a quick look that
/// may say yes for a pointer in a description, never no for a `$ref`.
pub(super) fn may_need(text: &str) -> bool {
    text.match_indices("#/").any(|(at, _)| {
        let pointer = &text[at..];
        let end = pointer
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | ',' | '}' | ']'))
            .unwrap_or(pointer.len());
        let pointer = &pointer[..end];
        let tokens: Vec<&str> = pointer[2..].split('/').collect();
        !(tokens.len() == 3 && tokens[0] == "components") || pointer.contains(['~', '%', '\\'])
    })
}

/// What lifting made of a document.
pub(super) struct Lifted {
    /// The document with the nodes `$ref`s point at lifted into components,
    /// and for each lifted node the pointer of its component and the pointer
    /// it was written at; `None` when there was nothing to lift or rewrite.
    pub document: Option<(OpenAPI, Vec<(String, String)>)>,
    /// The local `$ref`s that point at no node of the document.
    pub dangling: HashSet<String>,
}

/// Lifts what the `$ref`s of `document` point at into its components.
pub(super) fn lift(document: &OpenAPI) -> Lifted {
    let Ok(mut root) = serde_json::to_value(document) else {
        return Lifted {
            document: None,
            dangling: HashSet::new(),
        };
    };
    let mut references = BTreeSet::new();
    collect(&root, Context::Object, &mut references);
    let mut lifter = Lifter {
        root: &root,
        rewrites: BTreeMap::new(),
        lifts: Vec::new(),
        taken: components(&root),
        dangling: HashSet::new(),
    };
    for reference in &references {
        lifter.resolve(reference, 0);
    }
    let Lifter {
        rewrites,
        lifts,
        dangling,
        ..
    } = lifter;
    let rewrites: BTreeMap<String, String> = rewrites
        .into_iter()
        .filter_map(|(from, to)| to.filter(|to| *to != from).map(|to| (from, to)))
        .collect();
    let document = match rewrites.is_empty() {
        true => None,
        false => apply(&mut root, &lifts, &rewrites),
    };
    Lifted { document, dangling }
}

/// Moves each of `lifts` into the components, leaving a `$ref` in its place,
/// and rewrites the `$ref`s.
fn apply(
    root: &mut Value,
    lifts: &[Lift],
    rewrites: &BTreeMap<String, String>,
) -> Option<(OpenAPI, Vec<(String, String)>)> {
    // The deepest first: a node lifted out of one lifted later is already a `$ref`.
    let mut order: Vec<usize> = (0..lifts.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(lifts[i].tokens.len()));
    let mut nodes: Vec<Option<Value>> = vec![None; lifts.len()];
    for i in order {
        let lift = &lifts[i];
        let slot = node_mut(root, &lift.tokens)?;
        let reference = join(&format!("#/components/{}", lift.section.key()), &lift.name);
        let mut with_ref = Map::new();
        with_ref.insert("$ref".to_owned(), Value::String(reference));
        nodes[i] = Some(std::mem::replace(slot, Value::Object(with_ref)));
    }
    let mut moved = Vec::new();
    for (lift, node) in lifts.iter().zip(nodes) {
        let root = root.as_object_mut()?;
        let components = root
            .entry("components")
            .or_insert_with(|| Value::Object(Map::new()))
            .as_object_mut()?;
        let section = components
            .entry(lift.section.key())
            .or_insert_with(|| Value::Object(Map::new()))
            .as_object_mut()?;
        section.insert(lift.name.clone(), node?);
        let at = join(&format!("#/components/{}", lift.section.key()), &lift.name);
        let written = lift.tokens.iter().fold("#".to_owned(), |p, t| join(&p, t));
        moved.push((at, written));
    }
    rewrite(root, Context::Object, rewrites);
    let document = OpenAPI::deserialize(&*root).ok()?;
    Some((document, moved))
}

/// Every `$ref` into the document, outside data (examples, defaults, extensions).
fn collect(value: &Value, context: Context, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(object) => {
            if context.may_be_reference() {
                if let Some(Value::String(reference)) = object.get("$ref") {
                    if reference.starts_with("#/") {
                        out.insert(reference.clone());
                    }
                    return;
                }
            }
            for (key, value) in object {
                if let Some(context) = context.child(key) {
                    collect(value, context, out);
                }
            }
        }
        Value::Array(items) => {
            if let Some(context) = context.items() {
                for item in items {
                    collect(item, context, out);
                }
            }
        }
        _ => {}
    }
}

/// Replaces every `$ref` that `rewrites` has, outside data.
fn rewrite(value: &mut Value, context: Context, rewrites: &BTreeMap<String, String>) {
    match value {
        Value::Object(object) => {
            if context.may_be_reference() {
                if let Some(Value::String(reference)) = object.get_mut("$ref") {
                    if let Some(to) = rewrites.get(reference.as_str()) {
                        *reference = to.clone();
                    }
                    return;
                }
            }
            for (key, value) in object.iter_mut() {
                if let Some(context) = context.child(key) {
                    rewrite(value, context, rewrites);
                }
            }
        }
        Value::Array(items) => {
            if let Some(context) = context.items() {
                for item in items {
                    rewrite(item, context, rewrites);
                }
            }
        }
        _ => {}
    }
}

/// A node to lift: where it is, and the component it becomes.
struct Lift {
    tokens: Vec<String>,
    section: Section,
    name: String,
}

struct Lifter<'v> {
    root: &'v Value,
    /// `$ref` -> what it becomes: itself for a `$ref` that stays as it is.
    rewrites: BTreeMap<String, Option<String>>,
    lifts: Vec<Lift>,
    /// (section, name) of the components, those there and those made.
    taken: HashSet<(Section, String)>,
    dangling: HashSet<String>,
}

impl Lifter<'_> {
    /// What `reference` becomes (memoized): a `$ref` to a component, or
    /// itself when it is left as it is.
    fn resolve(&mut self, reference: &str, depth: usize) -> Option<String> {
        if let Some(known) = self.rewrites.get(reference) {
            return known.clone();
        }
        // Taken before the chain is followed, so that a cycle ends.
        self.rewrites
            .insert(reference.to_owned(), Some(reference.to_owned()));
        let to = self.target(reference, depth);
        self.rewrites.insert(reference.to_owned(), to.clone());
        to
    }

    fn target(&mut self, reference: &str, depth: usize) -> Option<String> {
        let stays = Some(reference.to_owned());
        let tokens = tokens(reference);
        let Some(node) = node(self.root, &tokens) else {
            self.dangling.insert(reference.to_owned());
            return stays;
        };
        if let Some(Value::String(next)) = node.get("$ref") {
            if next.starts_with("#/") && depth < 32 && tokens.len() > 3 {
                return self.resolve(&next.clone(), depth + 1).or(stays);
            }
        }
        let (section, base) = place(self.root, &tokens)?;
        if tokens.len() == 3 {
            // A component, named as written: lowering looks the name up as it is.
            return Some(format!("#/components/{}/{}", section.key(), tokens[2]));
        }
        let mut name = base.clone();
        let mut n = 2;
        while !self.taken.insert((section, name.clone())) {
            name = format!("{base}{n}");
            n += 1;
        }
        self.lifts.push(Lift {
            tokens,
            section,
            name: name.clone(),
        });
        Some(join(&format!("#/components/{}", section.key()), &name))
    }
}

/// The (section, name) of every component of the sections nodes are lifted into.
fn components(root: &Value) -> HashSet<(Section, String)> {
    let mut taken = HashSet::new();
    if let Some(Value::Object(components)) = root.get("components") {
        for (key, entries) in components {
            if let (Some(section), Value::Object(entries)) = (Section::of(key), entries) {
                taken.extend(entries.keys().map(|name| (section, name.clone())));
            }
        }
    }
    taken
}

/// The tokens of a local `$ref` (`#/paths/~1pets/get`), decoded.
fn tokens(reference: &str) -> Vec<String> {
    let pointer = percent_decode(reference);
    pointer
        .strip_prefix("#/")
        .map(|rest| {
            rest.split('/')
                .map(|token| token.replace("~1", "/").replace("~0", "~"))
                .collect()
        })
        .unwrap_or_default()
}

fn node<'v>(root: &'v Value, tokens: &[String]) -> Option<&'v Value> {
    tokens.iter().try_fold(root, |value, token| match value {
        Value::Object(object) => object.get(token),
        Value::Array(items) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

fn node_mut<'v>(root: &'v mut Value, tokens: &[String]) -> Option<&'v mut Value> {
    tokens.iter().try_fold(root, |value, token| match value {
        Value::Object(object) => object.get_mut(token),
        Value::Array(items) => token
            .parse::<usize>()
            .ok()
            .and_then(move |i| items.get_mut(i)),
        _ => None,
    })
}

/// What the node at `tokens` is: the section it belongs in and the name it
/// gets there. `None` for a node of another kind.
fn place(root: &Value, tokens: &[String]) -> Option<(Section, String)> {
    #[derive(Clone, Copy, PartialEq)]
    enum At {
        Root,
        Components,
        Paths,
        PathItem,
        Operation,
        Item(Section),
        /// A media type of `content`, under a response when `true`.
        Media(bool),
    }
    let mut at = At::Root;
    let mut name = String::new();
    let mut failure = false;
    let mut rest = tokens.iter().enumerate();
    let camel = |text: &str| text.to_upper_camel_case();
    while let Some((i, token)) = rest.next() {
        let mut next = || rest.next().map(|(_, t)| t.as_str());
        at = match (at, token.as_str()) {
            (At::Root, "components") => At::Components,
            (At::Root, "paths") => At::Paths,
            (At::Components, section) => {
                let section = Section::of(section)?;
                name.push_str(&camel(next()?));
                At::Item(section)
            }
            (At::Paths, path) => {
                name.push_str(&camel(path));
                At::PathItem
            }
            (At::PathItem, method) if METHODS.contains(&method) => {
                let operation = node(root, &tokens[..=i])?;
                name = match operation.get("operationId").and_then(Value::as_str) {
                    Some(id) => camel(id),
                    None => camel(&format!("{method} {}", tokens[1])),
                };
                At::Operation
            }
            (At::PathItem | At::Operation, "parameters") => {
                let index = next()?;
                let parameter = node(root, &tokens[..i + 2])?;
                match parameter.get("name").and_then(Value::as_str) {
                    Some(parameter) => name.push_str(&camel(parameter)),
                    None => name.push_str(&format!("Parameter{index}")),
                }
                At::Item(Section::Parameters)
            }
            (At::Operation, "requestBody") => {
                name.push_str("Request");
                At::Item(Section::RequestBodies)
            }
            (At::Operation, "responses") => {
                let status = next()?;
                failure = !status.starts_with('2');
                match failure {
                    true => name.push_str(&camel(&status_name(status))),
                    false => name.push_str("Response"),
                }
                At::Item(Section::Responses)
            }
            (At::Item(Section::Responses), "headers") => {
                name.push_str(&camel(next()?));
                name.push_str("Header");
                At::Item(Section::Headers)
            }
            (At::Item(Section::Responses | Section::RequestBodies), "content") => {
                next()?;
                At::Media(at == At::Item(Section::Responses))
            }
            (At::Item(Section::Parameters | Section::Headers), "content") => {
                next()?;
                At::Media(false)
            }
            (At::Media(response), "schema") => {
                if response && failure {
                    name.push_str("Body");
                }
                At::Item(Section::Schemas)
            }
            (At::Item(Section::Parameters | Section::Headers), "schema") => {
                At::Item(Section::Schemas)
            }
            (At::Item(Section::Schemas), keyword) => {
                match keyword {
                    "properties" => name.push_str(&camel(next()?)),
                    "items" => name.push_str("Item"),
                    "additionalProperties" => name.push_str("Value"),
                    "not" => name.push_str("Not"),
                    "allOf" => name.push_str(&format!("Part{}", next()?)),
                    "oneOf" | "anyOf" => name.push_str(&format!("Variant{}", next()?)),
                    _ => return None,
                }
                At::Item(Section::Schemas)
            }
            _ => return None,
        };
    }
    match at {
        At::Item(section) => Some((section, name)),
        _ => None,
    }
}

/// The name of a response status, as the variants of an error enum are named
/// (`NotFound` for `404`, `ClientError` for `4XX`).
fn status_name(status: &str) -> String {
    let reason = match status {
        "400" => "Bad Request",
        "401" => "Unauthorized",
        "403" => "Forbidden",
        "404" => "Not Found",
        "409" => "Conflict",
        "422" => "Unprocessable Entity",
        "429" => "Too Many Requests",
        "500" => "Internal Server Error",
        "503" => "Service Unavailable",
        "4XX" => "Client Error",
        "5XX" => "Server Error",
        "default" => "Default",
        other => return format!("Status{other}"),
    };
    reason.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_pointers_that_are_not_plain_components_need_lifting() {
        assert!(!may_need(
            r##"{"$ref": "#/components/schemas/Pet"}, $ref: '#/components/responses/NotFound'"##
        ));
        assert!(may_need(
            r##"{"$ref": "#/components/schemas/Pet/properties/id"}"##
        ));
        assert!(may_need("$ref: '#/paths/~1pets/get/responses/200'"));
        assert!(may_need(r##"{"$ref": "#/components/schemas/A%20B"}"##));
    }

    fn place_of(root: &Value, reference: &str) -> Option<(Section, String)> {
        place(root, &tokens(reference))
    }

    #[test]
    fn a_lifted_node_is_named_after_where_it_is() {
        let root = serde_json::json!({"paths": {"/pets/{id}": {
            "parameters": [{"name": "id"}],
            "get": {"operationId": "getPet", "parameters": [{"name": "fields"}]},
            "put": {}
        }}});
        let cases = [
            (
                "#/components/schemas/Pet/properties/tags/items",
                Section::Schemas,
                "PetTagsItem",
            ),
            (
                "#/components/schemas/Pet/allOf/1/properties/owner_id",
                Section::Schemas,
                "PetPart1OwnerId",
            ),
            (
                "#/paths/~1pets~1%7Bid%7D/get/responses/200/content/application~1json/schema",
                Section::Schemas,
                "GetPetResponse",
            ),
            (
                "#/paths/~1pets~1%7Bid%7D/get/responses/404/content/application~1json/schema",
                Section::Schemas,
                "GetPetNotFoundBody",
            ),
            (
                "#/paths/~1pets~1%7Bid%7D/get/responses/404",
                Section::Responses,
                "GetPetNotFound",
            ),
            (
                "#/paths/~1pets~1%7Bid%7D/put/requestBody/content/application~1json/schema",
                Section::Schemas,
                "PutPetsIdRequest",
            ),
            (
                "#/paths/~1pets~1%7Bid%7D/get/parameters/0/schema",
                Section::Schemas,
                "GetPetFields",
            ),
            (
                "#/paths/~1pets~1%7Bid%7D/parameters/0",
                Section::Parameters,
                "PetsIdId",
            ),
            (
                "#/paths/~1pets~1%7Bid%7D/get/responses/200/headers/X-Rate",
                Section::Headers,
                "GetPetResponseXRateHeader",
            ),
        ];
        for (reference, section, name) in cases {
            assert_eq!(
                place_of(&root, reference),
                Some((section, name.to_owned())),
                "{reference}"
            );
        }
        assert_eq!(place_of(&root, "#/components/schemas/Pet/example"), None);
        assert_eq!(place_of(&root, "#/paths/~1pets~1%7Bid%7D"), None);
        assert_eq!(place_of(&root, "#/info"), None);
    }
}

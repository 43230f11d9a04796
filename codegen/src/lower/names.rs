//! Rust names for the names a spec uses: which strings are identifiers, type names
//! (each claimed by one schema only), field names, the client method and request
//! builder names of an operation, enum variant names, and the names a request
//! builder keeps for itself.
//!
//! Every name a spec gives becomes a usable, distinct Rust name: symbols are
//! spelled out (`+1` is `Plus1`), a leading digit gets a prefix, and a name
//! already taken gets a number (`Thing2`) or, for inputs, its location
//! (`id_query`). Names that are Rust keywords are kept as they are (`type`);
//! emission writes them as raw identifiers (`r#type`). The field names `self`,
//! `super` and `crate`, which cannot be raw, get a trailing `_`, as does the
//! type name `Self`.

use heck::{ToSnakeCase, ToUpperCamelCase};

use super::Lowerer;
use crate::model::{Input, Location};

/// The fields of a request builder, which its inputs' fields must not take.
const BUILDER_FIELDS: &[&str] = &["client", "options", "body"];

/// The methods of a request builder, which its setters must not take.
const BUILDER_METHODS: &[&str] = &[
    "retry",
    "timeout",
    "max_response_size",
    "validate",
    "send",
    "pages",
    "items",
    "error_body",
];

impl<'a> Lowerer<'a> {
    /// Claims a Rust type name for the definition at `pointer`: `base`, or
    /// `base2`, `base3`... when the name is taken.
    pub(super) fn claim_type_name(&mut self, base: &str, pointer: &str) -> String {
        let name = unique(base, "", |name| self.type_names.contains_key(name));
        self.type_names.insert(name.clone(), pointer.to_owned());
        name
    }

    /// Makes the Rust names of an operation's inputs distinct, and distinct from
    /// the fields and methods its request builder has itself: a later input
    /// whose name is taken gets its location (`id_query`), then a number.
    ///
    /// `body_struct` says whether the builder keeps a body struct in its `body`
    /// field, whose properties are fields of that struct; otherwise a whole
    /// body is itself the input `body`.
    pub(super) fn distinct_input_names(&self, inputs: &mut [Input], body_struct: bool) {
        let mut taken: Vec<String> = Vec::new();
        for input in inputs.iter_mut() {
            let in_body_struct = body_struct && input.location == Location::Body;
            let whole_body = !body_struct && input.location == Location::Body;
            let is_taken = |name: &str| {
                taken.iter().any(|t| t == name)
                    || (!input.required && BUILDER_METHODS.contains(&name))
                    || (!in_body_struct
                        && BUILDER_FIELDS.contains(&name)
                        && !(whole_body && name == "body"))
            };
            if is_taken(&input.rust_name) {
                let location = match input.location {
                    Location::Path => "path",
                    Location::Query => "query",
                    Location::Header => "header",
                    Location::Body => "body",
                };
                let with_location = format!("{}_{location}", input.rust_name);
                input.rust_name = unique(&with_location, "_", is_taken);
                // A body struct's field keeps its name; the builder's takes the new one.
                if !in_body_struct {
                    input.member = input.rust_name.clone();
                }
            }
            taken.push(input.rust_name.clone());
        }
    }
}

/// `base`, or `base` followed by 2, 3... (after `separator`) until `taken` says no.
pub(super) fn unique(base: &str, separator: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}{separator}{n}"))
        .find(|name| !taken(name))
        .expect("some number is free")
}

/// The words of a name, symbols spelled out (`+1` is `plus 1`), letters
/// outside ASCII left out, so that case conversion gives an identifier.
fn words(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let word = match c {
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            '+' => "plus",
            '-' => "minus",
            '*' => "star",
            '/' => "slash",
            '.' => "dot",
            '<' => "lt",
            '>' => "gt",
            '=' => "eq",
            '!' => "not",
            '@' => "at",
            '#' => "hash",
            '$' => "dollar",
            '%' => "percent",
            '&' => "and",
            '|' => "or",
            '~' => "tilde",
            '^' => "caret",
            '?' => "question",
            _ => "",
        };
        out.push(' ');
        out.push_str(word);
        out.push(' ');
    }
    out
}

/// `name` with the symbols case conversion would drop spelled out: all of
/// them when the name has no letter (`-1` is `minus 1`), else all but the
/// separators `-`, `_`, `.`, `/`, `:` and spaces (`read-only` stays).
fn spelled(name: &str) -> String {
    let has_letter = name.chars().any(|c| c.is_ascii_alphabetic());
    let separator = |c: char| matches!(c, '-' | '_' | '.' | '/' | ':' | ' ');
    if name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || (has_letter && separator(c)) || !c.is_ascii())
    {
        name.to_owned()
    } else {
        words(name)
    }
}

/// A spec name (schema, title, property, operationId) as a Rust type or
/// variant name (UpperCamelCase): always an identifier, `fallback` when the
/// name has no usable character.
pub(super) fn type_name_or(name: &str, fallback: &str) -> String {
    let digit_prefixed = |mut name: String| {
        if name.starts_with(|c: char| c.is_ascii_digit()) {
            name.insert(0, 'V');
        }
        name
    };
    let mut converted = digit_prefixed(spelled(name).to_upper_camel_case());
    if !is_ident(&converted) {
        converted = digit_prefixed(words(name).to_upper_camel_case());
    }
    match converted.as_str() {
        "" => fallback.to_owned(),
        // `Self` names the type of an impl.
        "Self" => "Self_".to_owned(),
        _ => converted,
    }
}

/// A spec name as a Rust type name.
pub(super) fn type_name(name: &str) -> String {
    type_name_or(name, "Unnamed")
}

/// The Rust name of a property or parameter (snake_case): always an identifier.
pub(super) fn field_name(json_name: &str) -> String {
    let digit_prefixed = |mut name: String| {
        if name.starts_with(|c: char| c.is_ascii_digit()) {
            name.insert(0, '_');
        }
        name
    };
    let mut name = digit_prefixed(json_name.to_snake_case());
    if !is_ident(&name) {
        name = digit_prefixed(words(json_name).to_snake_case());
    }
    if name.is_empty() {
        name = "field".to_owned();
    }
    if matches!(name.as_str(), "self" | "super" | "crate" | "_") {
        name.push('_');
    }
    name
}

/// The client method name (snake_case) and request builder name
/// (UpperCamelCase) of the operation with the operationId `id`.
pub(super) fn operation_names(id: &str) -> (String, String) {
    let method_name = field_name(id);
    (method_name, type_name_or(id, "Operation"))
}

/// An operationId for an operation that has none: its method and path
/// (`GET /users/{id}/repos` is `get_users_by_id_repos`).
pub(super) fn derived_operation_id(method: &str, path: &str) -> String {
    let mut id = method.to_owned();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        id.push('_');
        match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(parameter) => {
                id.push_str("by_");
                id.push_str(&field_name(parameter));
            }
            None => id.push_str(&field_name(segment)),
        }
    }
    id
}

/// The Rust variant of the string enum value `value` (UpperCamelCase);
/// `V<index>` when the value has no usable character.
pub(super) fn enum_variant_name(value: &str, index: usize) -> String {
    if value.is_empty() {
        return "Empty".to_owned();
    }
    type_name_or(value, &format!("V{index}"))
}

pub(super) fn is_ident(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name != "_"
}

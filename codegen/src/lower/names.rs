//! Rust names for the names a spec uses: which strings are identifiers, type names
//! (each claimed by one schema only), field names, the client method and request
//! builder names of an operation, enum variant names, and the names a request
//! builder keeps for itself.
//!
//! Names that are Rust keywords are kept as they are (`type`); emission writes them
//! as raw identifiers (`r#type`). The field names `self`, `super` and `crate`, which
//! cannot be raw, get a trailing `_`; the type name `Self` is refused.

use heck::{ToSnakeCase, ToUpperCamelCase};

use super::{Lowerer, Result};
use crate::load::join;
use crate::model::Input;

/// Names the request builders use for themselves.
const RESERVED_BUILDER_NAMES: &[&str] = &[
    "client", "options", "retry", "timeout", "validate", "send", "pages", "items",
];

impl<'a> Lowerer<'a> {
    /// Records that the schema at `pointer` defines the Rust type `name`.
    pub(super) fn claim_type_name(&mut self, name: &str, pointer: &str) -> Result<()> {
        if !is_ident(name) || name == "Self" {
            return Err(self.err(
                pointer,
                format!("`{name}` cannot be made into a Rust type name"),
            ));
        }
        if let Some(first) = self.type_names.get(name) {
            return Err(self.err(
                pointer,
                format!("the Rust type name `{name}` is already taken by the schema at {first}; rename one of them"),
            ));
        }
        self.type_names.insert(name.to_owned(), pointer.to_owned());
        Ok(())
    }

    /// The Rust name of a property or parameter (snake_case).
    pub(super) fn field_name(&self, json_name: &str, pointer: &str) -> Result<String> {
        let mut name = json_name.to_snake_case();
        if name.starts_with(|c: char| c.is_ascii_digit()) {
            name.insert(0, '_');
        }
        if matches!(name.as_str(), "self" | "super" | "crate" | "_") {
            name.push('_');
        }
        if !is_ident(&name) {
            return Err(self.err(
                pointer,
                format!("`{json_name}` cannot be made into a Rust field name"),
            ));
        }
        Ok(name)
    }

    /// The client method name (snake_case) and request builder name (UpperCamelCase)
    /// of the operation with the operationId `id`.
    pub(super) fn operation_names(&self, id: &str, pointer: &str) -> Result<(String, String)> {
        let method_name = id.to_snake_case();
        let builder_name = type_name(id);
        if !is_ident(&method_name) || !is_ident(&builder_name) {
            return Err(self.err(
                &join(pointer, "operationId"),
                format!("operationId `{id}` cannot be made into Rust names"),
            ));
        }
        Ok((method_name, builder_name))
    }

    /// The Rust variant of the string enum value `value` (UpperCamelCase).
    pub(super) fn enum_variant_name(&self, value: &str, pointer: &str) -> Result<String> {
        let mut variant = type_name(value);
        if variant.starts_with(|c: char| c.is_ascii_digit()) {
            variant.insert(0, 'V');
        }
        if !is_ident(&variant) || variant == "Other" {
            return Err(self.err(
                pointer,
                format!("enum value `{value}` gives the Rust variant `{variant}`, which is not usable (`Other` holds unknown values)"),
            ));
        }
        Ok(variant)
    }

    /// Checks that the inputs of an operation have distinct Rust names, none of
    /// which the request builder uses itself.
    pub(super) fn check_input_names(&self, inputs: &[Input], pointer: &str) -> Result<()> {
        for (i, input) in inputs.iter().enumerate() {
            if RESERVED_BUILDER_NAMES.contains(&input.rust_name.as_str()) {
                return Err(self.err(
                    pointer,
                    format!("input `{}` would be called `{}` in Rust, a name the request builder uses itself", input.wire_name, input.rust_name),
                ));
            }
            if inputs[..i]
                .iter()
                .any(|other| other.rust_name == input.rust_name)
            {
                return Err(self.err(
                    pointer,
                    format!("two inputs of this operation (parameters or body properties) are both called `{}` in Rust", input.rust_name),
                ));
            }
        }
        Ok(())
    }
}

/// A spec name (schema, title, property, operationId) as a Rust type or variant
/// name (UpperCamelCase), not yet checked to be an identifier.
pub(super) fn type_name(name: &str) -> String {
    match name.to_upper_camel_case() {
        // `Self` names the type of an impl.
        name if name == "Self" => "Self_".to_owned(),
        name => name,
    }
}

pub(super) fn is_ident(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name != "_"
}

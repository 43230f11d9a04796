//! `$ref`s: the one resolver for references into `#/components` (loading lifted
//! whatever else a `$ref` points at into them). References may name a
//! component that is itself a `$ref`, and are followed to the end.

use indexmap::IndexMap;
use openapiv3::{Components, ReferenceOr, Schema, SchemaKind};

use super::{Lowerer, Result};
use crate::load::join;

/// A schema given inline or by reference, whatever box it came in.
#[derive(Clone, Copy)]
pub(super) enum SchemaRef<'a> {
    Ref(&'a str),
    Inline(&'a Schema),
}

impl<'a> SchemaRef<'a> {
    /// The `$ref` this schema is, with or without annotations beside it.
    pub(super) fn reference(self) -> Option<&'a str> {
        match self {
            SchemaRef::Ref(reference) => Some(reference),
            SchemaRef::Inline(schema) => annotated_ref(schema),
        }
    }
}

/// The `$ref` of `allOf` of one `$ref`: the form normalization leaves a
/// `$ref` with annotations beside it in (a description, `nullable`...).
pub(super) fn annotated_ref(schema: &Schema) -> Option<&str> {
    match &schema.schema_kind {
        SchemaKind::AllOf { all_of } => match &all_of[..] {
            [ReferenceOr::Reference { reference }] => Some(reference),
            _ => None,
        },
        _ => None,
    }
}

impl<'a> From<&'a ReferenceOr<Schema>> for SchemaRef<'a> {
    fn from(value: &'a ReferenceOr<Schema>) -> Self {
        match value {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(schema) => SchemaRef::Inline(schema),
        }
    }
}

impl<'a> From<&'a ReferenceOr<Box<Schema>>> for SchemaRef<'a> {
    fn from(value: &'a ReferenceOr<Box<Schema>>) -> Self {
        match value {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(schema) => SchemaRef::Inline(schema),
        }
    }
}

/// The entries of one section of `#/components` (`schemas`, `parameters`...).
type Entries<'a, T> = fn(&'a Components) -> &'a IndexMap<String, ReferenceOr<T>>;

/// What a `$ref` names in a section of `#/components`.
enum Target<'a, T> {
    /// The reference is not of the form `#/components/<section>/<name>`.
    Elsewhere,
    /// No entry of the section has that name.
    Missing,
    /// The entry's name, as spelled in the spec, and the entry.
    Found(&'a str, &'a ReferenceOr<T>),
}

impl<'a> Lowerer<'a> {
    /// Looks `reference` up in `#/components/<section>`, whose entries are `entries`.
    fn target<T>(&self, reference: &str, section: &str, entries: Entries<'a, T>) -> Target<'a, T> {
        let Some(name) = reference.strip_prefix(&format!("#/components/{section}/")) else {
            return Target::Elsewhere;
        };
        let components = self.doc.components.as_ref();
        match components.and_then(|c| entries(c).get_key_value(name)) {
            Some((name, entry)) => Target::Found(name, entry),
            None => Target::Missing,
        }
    }

    /// The component name a schema `$ref` points at, checked to exist.
    pub(super) fn schema_target(&self, reference: &str, pointer: &str) -> Result<&'a str> {
        self.schema_component(reference, pointer)
            .map(|(name, _)| name)
    }

    /// The name and entry of the component schema a schema `$ref` points at.
    fn schema_component(
        &self,
        reference: &str,
        pointer: &str,
    ) -> Result<(&'a str, &'a ReferenceOr<Schema>)> {
        match self.target(reference, "schemas", |c| &c.schemas) {
            Target::Found(name, schema) => Ok((name, schema)),
            Target::Missing if !reference["#/components/schemas/".len()..].contains('/') => {
                Err(self.err(
                    pointer,
                    format!("`$ref: {reference}` points at a schema that does not exist"),
                ))
            }
            Target::Elsewhere | Target::Missing => {
                Err(self.err(pointer, self.not_found(reference, "a schema")))
            }
        }
    }

    /// Why `reference`, which the lowering of `what` (`a schema`) met, is not
    /// one: it points at nothing, or at something else.
    fn not_found(&self, reference: &str, what: &str) -> String {
        match self.spec.dangles(reference) {
            true => {
                format!("`$ref: {reference}` points at nothing: the document has no node there")
            }
            false => format!("`$ref: {reference}` does not point at {what}"),
        }
    }

    /// The schema itself, following `$ref`s (one with annotations beside it
    /// too), with the pointer to report its problems against.
    pub(super) fn resolve_schema(
        &self,
        schema: SchemaRef<'a>,
        pointer: &str,
    ) -> Result<(&'a Schema, String)> {
        let mut reference = match (schema, schema.reference()) {
            (_, Some(reference)) => reference,
            (SchemaRef::Inline(schema), None) => return Ok((schema, pointer.to_owned())),
            (SchemaRef::Ref(reference), None) => reference,
        };
        let mut at = pointer.to_owned();
        let mut seen: Vec<&str> = Vec::new();
        loop {
            let (name, target) = self.schema_component(reference, &at)?;
            let target_pointer = join("#/components/schemas", name);
            if seen.contains(&name) {
                seen.push(name);
                return Err(self.err(
                    &target_pointer,
                    format!(
                        "these `$ref`s go round in a circle and never reach a schema: {}",
                        seen.join(" → ")
                    ),
                ));
            }
            seen.push(name);
            match target {
                ReferenceOr::Item(schema) => return Ok((schema, target_pointer)),
                ReferenceOr::Reference { reference: next } => {
                    reference = next;
                    at = target_pointer;
                }
            }
        }
    }

    /// An inline item, or the component its `$ref` names in `#/components/<section>`,
    /// with the pointer to report its problems against. `what` names the kind of
    /// component in messages.
    pub(super) fn resolve_component<T>(
        &self,
        item: &'a ReferenceOr<T>,
        section: &str,
        what: &str,
        entries: Entries<'a, T>,
        pointer: &str,
    ) -> Result<(&'a T, String)> {
        let mut reference = match item {
            ReferenceOr::Item(item) => return Ok((item, pointer.to_owned())),
            ReferenceOr::Reference { reference } => reference,
        };
        let section_pointer = format!("#/components/{section}");
        let mut at = pointer.to_owned();
        let mut seen: Vec<&str> = Vec::new();
        loop {
            match self.target(reference, section, entries) {
                Target::Found(name, ReferenceOr::Item(item)) => {
                    return Ok((item, join(&section_pointer, name)))
                }
                // A component that is a `$ref` is what that names.
                Target::Found(name, ReferenceOr::Reference { reference: next }) => {
                    at = join(&section_pointer, name);
                    if seen.contains(&name) {
                        seen.push(name);
                        return Err(self.err(
                            &at,
                            format!(
                                "these `$ref`s go round in a circle and never reach {what}: {}",
                                seen.join(" → ")
                            ),
                        ));
                    }
                    seen.push(name);
                    reference = next;
                }
                Target::Elsewhere | Target::Missing => {
                    return Err(self.err(&at, self.not_found(reference, what)))
                }
            }
        }
    }
}

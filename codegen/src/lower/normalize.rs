//! Normalization: what real specs write loosely, rewritten into the forms the
//! other lowering modules know, before they run. Node positions do not move,
//! so problems found later still point at the right place. A rewrite that
//! gives something up (a check that cannot be made, a type that becomes any
//! JSON) is reported as a warning.
//!
//! - A schema without a `type` takes the type its keywords imply: `properties`
//!   make an object, `items` an array, `enum` of strings or string keywords a
//!   string, `minimum`/`maximum` a number; none at all is any JSON.
//! - Members of `allOf` that only annotate (`{description: ...}`,
//!   `{nullable: true}`) give the schema their annotations and cost it no
//!   type. `allOf` of objects is then one object with every member's
//!   properties; `allOf` of one schema is that schema, annotated; `allOf` of
//!   one `$ref` is that `$ref`, or, with annotations beside it (a description,
//!   `nullable`), is kept as `allOf` of the `$ref`, which lowering reads as the
//!   `$ref` carrying those annotations.
//! - `anyOf` is read as `oneOf`: the first variant that fits is taken.
//! - `null` among a string enum's values makes the schema nullable.
//! - Integer formats other than int32/int64 (`int8`, `uint64`...) read as
//!   int64, number formats other than float/double (`decimal`) as double.
//! - `required` names that are not properties are dropped.
//! - A `pattern` Rust's regex cannot compile is not checked.
//! - What still has no Rust form (`not`, `allOf` of other than objects) is any
//!   JSON (`serde_json::Value`).

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, AnySchema, ArrayType, IntegerFormat, IntegerType, NumberFormat,
    NumberType, ObjectType, OpenAPI, Parameter, ParameterSchemaOrContent, ReferenceOr, Schema,
    SchemaData, SchemaKind, StringType, Type, VariantOrUnknownOrEmpty,
};

use super::Problem;
use crate::load::join;

/// Rewrites `doc`, a copy of `written`, in place; returns the warnings.
pub(crate) fn normalize(doc: &mut OpenAPI, written: &OpenAPI) -> Vec<Problem> {
    let mut walk = Walk {
        components: written.components.as_ref().map(|c| &c.schemas),
        warnings: Vec::new(),
    };
    if let Some(c) = doc.components.as_mut() {
        for (name, schema) in c.schemas.iter_mut() {
            walk.schema_ref(schema, &join("#/components/schemas", name));
        }
        for (name, parameter) in c.parameters.iter_mut() {
            if let ReferenceOr::Item(parameter) = parameter {
                walk.parameter(parameter, &join("#/components/parameters", name));
            }
        }
        for (name, body) in c.request_bodies.iter_mut() {
            if let ReferenceOr::Item(body) = body {
                walk.content(&mut body.content, &join("#/components/requestBodies", name));
            }
        }
        for (name, response) in c.responses.iter_mut() {
            if let ReferenceOr::Item(response) = response {
                walk.content(&mut response.content, &join("#/components/responses", name));
            }
        }
    }
    for (path, item) in doc.paths.paths.iter_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        let path_pointer = join("#/paths", path);
        for (i, parameter) in item.parameters.iter_mut().enumerate() {
            if let ReferenceOr::Item(parameter) = parameter {
                let pointer = join(&join(&path_pointer, "parameters"), &i.to_string());
                walk.parameter(parameter, &pointer);
            }
        }
        let operations = [
            ("get", &mut item.get),
            ("put", &mut item.put),
            ("post", &mut item.post),
            ("delete", &mut item.delete),
            ("options", &mut item.options),
            ("head", &mut item.head),
            ("patch", &mut item.patch),
            ("trace", &mut item.trace),
        ];
        for (method, operation) in operations {
            let Some(op) = operation else { continue };
            let pointer = join(&path_pointer, method);
            for (i, parameter) in op.parameters.iter_mut().enumerate() {
                if let ReferenceOr::Item(parameter) = parameter {
                    let at = join(&join(&pointer, "parameters"), &i.to_string());
                    walk.parameter(parameter, &at);
                }
            }
            if let Some(ReferenceOr::Item(body)) = &mut op.request_body {
                walk.content(&mut body.content, &join(&pointer, "requestBody"));
            }
            let responses = join(&pointer, "responses");
            for (status, response) in op.responses.responses.iter_mut() {
                if let ReferenceOr::Item(response) = response {
                    walk.content(
                        &mut response.content,
                        &join(&responses, &status.to_string()),
                    );
                }
            }
            if let Some(ReferenceOr::Item(response)) = &mut op.responses.default {
                walk.content(&mut response.content, &join(&responses, "default"));
            }
        }
    }
    walk.warnings
}

struct Walk<'a> {
    /// The component schemas as written, for resolving `allOf` members.
    components: Option<&'a IndexMap<String, ReferenceOr<Schema>>>,
    /// What was given up, each at its node.
    warnings: Vec<Problem>,
}

impl Walk<'_> {
    fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.warnings.push(Problem {
            pointer: pointer.to_owned(),
            message: message.into(),
        });
    }

    fn parameter(&mut self, parameter: &mut Parameter, pointer: &str) {
        let data = match parameter {
            Parameter::Query { parameter_data, .. }
            | Parameter::Header { parameter_data, .. }
            | Parameter::Path { parameter_data, .. }
            | Parameter::Cookie { parameter_data, .. } => parameter_data,
        };
        match &mut data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                self.schema_ref(schema, &join(pointer, "schema"));
            }
            ParameterSchemaOrContent::Content(content) => {
                self.content(content, pointer);
            }
        }
    }

    fn content(&mut self, content: &mut IndexMap<String, openapiv3::MediaType>, pointer: &str) {
        let content_pointer = join(pointer, "content");
        for (media_type, media) in content.iter_mut() {
            if let Some(schema) = &mut media.schema {
                let at = join(&join(&content_pointer, media_type), "schema");
                self.schema_ref(schema, &at);
            }
        }
    }

    fn schema_ref(&mut self, schema: &mut ReferenceOr<Schema>, pointer: &str) {
        if let ReferenceOr::Item(inner) = schema {
            self.schema(inner, pointer);
            if let Some(reference) = bare_ref(inner) {
                *schema = ReferenceOr::Reference { reference };
            }
        }
    }

    fn boxed_ref(&mut self, schema: &mut ReferenceOr<Box<Schema>>, pointer: &str) {
        if let ReferenceOr::Item(inner) = schema {
            self.schema(inner, pointer);
            if let Some(reference) = bare_ref(inner) {
                *schema = ReferenceOr::Reference { reference };
            }
        }
    }

    fn schema(&mut self, schema: &mut Schema, pointer: &str) {
        if let SchemaKind::Any(any) = &schema.schema_kind {
            if let Some(kind) = typed(any) {
                schema.schema_kind = kind;
            }
        }
        if let SchemaKind::AllOf { all_of } = &mut schema.schema_kind {
            // Members that only annotate (a description, `nullable`...) give
            // the schema their annotations and cost it no type.
            let (notes, typed): (Vec<_>, Vec<_>) =
                std::mem::take(all_of).into_iter().partition(is_annotation);
            for note in notes {
                if let ReferenceOr::Item(note) = note {
                    annotate(&mut schema.schema_data, note.schema_data);
                }
            }
            *all_of = typed;
            match &mut all_of[..] {
                [] => {
                    schema.schema_kind = SchemaKind::Any(AnySchema::default());
                    return;
                }
                // One `$ref` with annotations beside it is kept as `allOf` of
                // that `$ref`; without annotations it becomes the `$ref` itself.
                [ReferenceOr::Reference { .. }] => return,
                // One schema with annotations beside it is that schema, annotated.
                [ReferenceOr::Item(_)] => {
                    let Some(ReferenceOr::Item(member)) = all_of.pop() else {
                        unreachable!("matched above")
                    };
                    let data = std::mem::take(&mut schema.schema_data);
                    *schema = member;
                    let written = std::mem::replace(&mut schema.schema_data, data);
                    annotate(&mut schema.schema_data, written);
                    return self.schema(schema, pointer);
                }
                _ => {}
            }
        }
        if let SchemaKind::AllOf { all_of } = &schema.schema_kind {
            match self.merge(all_of) {
                Some(object) => {
                    if schema.schema_data.description.is_none() {
                        schema.schema_data.description = all_of.iter().find_map(|m| {
                            self.resolve(m)
                                .and_then(|s| s.schema_data.description.clone())
                        });
                    }
                    schema.schema_kind = SchemaKind::Type(Type::Object(object));
                }
                None => {
                    self.warn(pointer, "`allOf` of other than objects has no Rust form here; it is read as any JSON");
                    schema.schema_kind = SchemaKind::Any(AnySchema::default());
                }
            }
        }
        if let SchemaKind::AnyOf { any_of } = &mut schema.schema_kind {
            let variants = std::mem::take(any_of);
            schema.schema_kind = SchemaKind::OneOf { one_of: variants };
        }
        if let SchemaKind::Not { .. } = &schema.schema_kind {
            self.warn(pointer, "`not` has no Rust form; it is read as any JSON");
            schema.schema_kind = SchemaKind::Any(AnySchema::default());
        }
        match &mut schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                if s.enumeration.iter().any(Option::is_none) {
                    s.enumeration.retain(Option::is_some);
                    schema.schema_data.nullable = true;
                }
                if let Some(pattern) = &s.pattern {
                    if let Err(e) = regex::Regex::new(pattern) {
                        let message = format!(
                            "`pattern` is not checked: Rust's regex cannot compile it ({})",
                            last_line(&e.to_string())
                        );
                        s.pattern = None;
                        self.warn(&join(pointer, "pattern"), message);
                    }
                }
            }
            SchemaKind::Type(Type::Integer(i)) => {
                if let VariantOrUnknownOrEmpty::Unknown(format) = &i.format {
                    if !matches!(
                        format.as_str(),
                        "int8"
                            | "int16"
                            | "uint8"
                            | "uint16"
                            | "uint32"
                            | "int"
                            | "integer"
                            | "long"
                    ) {
                        let message = format!("integer format `{format}` is read as int64");
                        self.warn(&join(pointer, "format"), message);
                    }
                    i.format = VariantOrUnknownOrEmpty::Item(IntegerFormat::Int64);
                }
            }
            SchemaKind::Type(Type::Number(n)) => {
                if let VariantOrUnknownOrEmpty::Unknown(_) = &n.format {
                    n.format = VariantOrUnknownOrEmpty::Item(NumberFormat::Double);
                }
            }
            SchemaKind::Type(Type::Object(o)) => {
                let missing: Vec<String> = o
                    .required
                    .iter()
                    .filter(|name| !o.properties.contains_key(*name))
                    .cloned()
                    .collect();
                if !missing.is_empty() && !o.properties.is_empty() {
                    o.required.retain(|name| o.properties.contains_key(name));
                    let message = format!(
                        "required names that are not properties are ignored: {}",
                        missing.join(", ")
                    );
                    self.warn(&join(pointer, "required"), message);
                }
                let properties = join(pointer, "properties");
                for (name, property) in o.properties.iter_mut() {
                    self.boxed_ref(property, &join(&properties, name));
                }
                if let Some(AdditionalProperties::Schema(values)) = &mut o.additional_properties {
                    self.schema_ref(values, &join(pointer, "additionalProperties"));
                }
            }
            SchemaKind::Type(Type::Array(a)) => {
                if let Some(items) = &mut a.items {
                    self.boxed_ref(items, &join(pointer, "items"));
                }
            }
            SchemaKind::OneOf { one_of } => {
                for (i, variant) in one_of.iter_mut().enumerate() {
                    self.schema_ref(variant, &join(&join(pointer, "oneOf"), &i.to_string()));
                }
            }
            _ => {}
        }
    }

    /// A component schema or inline member, as written, with `$ref` chains followed.
    fn resolve<'s>(&'s self, member: &'s ReferenceOr<Schema>) -> Option<&'s Schema> {
        let mut member = member;
        for _ in 0..32 {
            match member {
                ReferenceOr::Item(schema) => return Some(schema),
                ReferenceOr::Reference { reference } => {
                    let name = reference.strip_prefix("#/components/schemas/")?;
                    member = self.components?.get(name)?;
                }
            }
        }
        None
    }

    /// One object with the properties of every member, when every member is an object.
    fn merge(&self, members: &[ReferenceOr<Schema>]) -> Option<ObjectType> {
        let mut merged = ObjectType::default();
        for member in members.iter().filter(|m| !is_annotation(m)) {
            let schema = self.resolve(member)?;
            let kind = match &schema.schema_kind {
                SchemaKind::Any(any) => typed(any)?,
                other => other.clone(),
            };
            let object = match kind {
                SchemaKind::Type(Type::Object(object)) => object,
                SchemaKind::AllOf { all_of } => self.merge(&all_of)?,
                _ => return None,
            };
            merged.properties.extend(object.properties);
            for name in object.required {
                if !merged.required.contains(&name) {
                    merged.required.push(name);
                }
            }
            if object.additional_properties.is_some() {
                merged.additional_properties = object.additional_properties;
            }
        }
        Some(merged)
    }
}

/// `allOf: [{$ref: X}]` with nothing else is `$ref: X`.
fn bare_ref(schema: &Schema) -> Option<String> {
    match &schema.schema_kind {
        SchemaKind::AllOf { all_of } if schema.schema_data == SchemaData::default() => {
            match &all_of[..] {
                [ReferenceOr::Reference { reference }] => Some(reference.clone()),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A member of `allOf` that only annotates: a schema with no keyword that
/// constrains a value (`{description: ...}`, `{nullable: true}`, `{}`).
fn is_annotation(member: &ReferenceOr<Schema>) -> bool {
    match member {
        ReferenceOr::Item(schema) => {
            schema.schema_kind == SchemaKind::Any(AnySchema::default())
                && schema.schema_data.discriminator.is_none()
        }
        ReferenceOr::Reference { .. } => false,
    }
}

/// Adds the annotations of `from` to `into`: a flag set in either is set, and
/// a value `into` has is kept over that of `from`.
fn annotate(into: &mut SchemaData, from: SchemaData) {
    into.nullable |= from.nullable;
    into.read_only |= from.read_only;
    into.write_only |= from.write_only;
    into.deprecated |= from.deprecated;
    into.external_docs = into.external_docs.take().or(from.external_docs);
    into.example = into.example.take().or(from.example);
    into.title = into.title.take().or(from.title);
    into.description = into.description.take().or(from.description);
    into.discriminator = into.discriminator.take().or(from.discriminator);
    into.default = into.default.take().or(from.default);
    for (name, value) in from.extensions {
        into.extensions.entry(name).or_insert(value);
    }
}

/// The formats OpenAPI and JSON Schema define for strings.
const STRING_FORMATS: &[&str] = &[
    "date-time",
    "date",
    "time",
    "duration",
    "byte",
    "binary",
    "password",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uuid",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
];

/// The typed kind the keywords of a schema without `type` imply; `None` when
/// it has no keyword at all (any JSON) or only combinators.
fn typed(any: &AnySchema) -> Option<SchemaKind> {
    let any = any.clone();
    if !any.all_of.is_empty() {
        return Some(SchemaKind::AllOf { all_of: any.all_of });
    }
    if !any.one_of.is_empty() {
        return Some(SchemaKind::OneOf { one_of: any.one_of });
    }
    if !any.any_of.is_empty() {
        return Some(SchemaKind::AnyOf { any_of: any.any_of });
    }
    let declared = any.typ.as_deref();
    let object = declared == Some("object")
        || !any.properties.is_empty()
        || any.additional_properties.is_some()
        || any.min_properties.is_some()
        || any.max_properties.is_some();
    let array = declared == Some("array")
        || any.items.is_some()
        || any.min_items.is_some()
        || any.max_items.is_some();
    let strings =
        !any.enumeration.is_empty() && any.enumeration.iter().all(|v| v.is_string() || v.is_null());
    // A format names its type: `date-time` a string, `double` a number.
    let format_of = |formats: &[&str]| any.format.as_deref().is_some_and(|f| formats.contains(&f));
    let string = declared == Some("string")
        || strings
        || format_of(STRING_FORMATS)
        || any.pattern.is_some()
        || any.min_length.is_some()
        || any.max_length.is_some();
    let number = matches!(declared, Some("number" | "integer"))
        || format_of(&["float", "double"])
        || any.minimum.is_some()
        || any.maximum.is_some()
        || any.multiple_of.is_some();
    Some(if object {
        SchemaKind::Type(Type::Object(ObjectType {
            properties: any.properties,
            required: any.required,
            additional_properties: any.additional_properties,
            min_properties: any.min_properties,
            max_properties: any.max_properties,
        }))
    } else if array {
        SchemaKind::Type(Type::Array(ArrayType {
            items: any.items,
            min_items: any.min_items,
            max_items: any.max_items,
            unique_items: any.unique_items.unwrap_or(false),
        }))
    } else if string {
        SchemaKind::Type(Type::String(StringType {
            format: format(any.format),
            pattern: any.pattern,
            enumeration: any
                .enumeration
                .iter()
                .map(|v| v.as_str().map(str::to_owned))
                .collect(),
            min_length: any.min_length,
            max_length: any.max_length,
        }))
    } else if declared == Some("integer")
        || matches!(any.format.as_deref(), Some("int32" | "int64"))
    {
        SchemaKind::Type(Type::Integer(IntegerType {
            format: format(any.format),
            minimum: any.minimum.map(|m| m as i64),
            maximum: any.maximum.map(|m| m as i64),
            ..IntegerType::default()
        }))
    } else if number {
        SchemaKind::Type(Type::Number(NumberType {
            format: format(any.format),
            minimum: any.minimum,
            maximum: any.maximum,
            multiple_of: any.multiple_of,
            ..NumberType::default()
        }))
    } else {
        return None;
    })
}

/// A `format` as the typed schemas read it.
fn format<T: serde::de::DeserializeOwned>(format: Option<String>) -> VariantOrUnknownOrEmpty<T> {
    match format {
        Some(format) => serde_json::from_value(serde_json::Value::String(format))
            .unwrap_or(VariantOrUnknownOrEmpty::Empty),
        None => VariantOrUnknownOrEmpty::Empty,
    }
}

/// The last line of a message, which says what is wrong in regex's errors.
fn last_line(text: &str) -> &str {
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or(text)
        .trim()
}

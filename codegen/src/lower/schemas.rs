//! Schemas: component schemas and the schemas used in place, as named types
//! (structs, string enums, `oneOf` unions, aliases) and type references, with
//! the validation keywords of each field.

use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ObjectType, ReferenceOr, Schema, SchemaKind,
    StringFormat, StringType, Type as OaType, VariantOrUnknownOrEmpty,
};

use super::names::{enum_variant_name, field_name, type_name, unique};
use super::refs::{annotated_ref, SchemaRef};
use super::{lines, Lowerer, Result};
use crate::load::join;
use crate::model::*;

impl<'a> Lowerer<'a> {
    /// Defines the type of the component schema `name`.
    pub(super) fn component_schema(
        &mut self,
        name: &str,
        schema: &'a ReferenceOr<Schema>,
        pointer: &str,
    ) -> Result<()> {
        let rust_name = self.component_type_name(name);
        match schema {
            ReferenceOr::Reference { reference } => {
                let target = self.schema_target(reference, pointer)?;
                // The chain must end in a schema.
                self.resolve_schema(SchemaRef::Ref(reference), pointer)?;
                self.types.push(TypeDef {
                    name: rust_name,
                    doc: Vec::new(),
                    kind: TypeKind::Alias(Type::Named(self.component_type_name(target))),
                });
                Ok(())
            }
            ReferenceOr::Item(schema) => self.define(&rust_name, schema, pointer),
        }
    }

    /// The Rust name given to the component schema `name`.
    pub(super) fn component_type_name(&self, name: &str) -> String {
        self.component_names
            .get(name)
            .cloned()
            .unwrap_or_else(|| type_name(name))
    }

    /// Defines the named type `name`, already claimed, from `schema`.
    fn define(&mut self, name: &str, schema: &'a Schema, pointer: &str) -> Result<()> {
        let slot = self.types.len();
        self.types.push(TypeDef {
            name: name.to_owned(),
            doc: doc_of(schema),
            kind: TypeKind::Alias(Type::Json),
        });
        let one_of = matches!(schema.schema_kind, SchemaKind::OneOf { .. });
        if schema.schema_data.discriminator.is_some() && !one_of {
            self.warnings.push(self.err(
                &join(pointer, "discriminator"),
                "a `discriminator` is honoured beside `oneOf` or `anyOf` only; here it is ignored",
            ));
        }
        let kind = match &schema.schema_kind {
            SchemaKind::Type(OaType::String(s)) if !s.enumeration.is_empty() => {
                TypeKind::Enum(self.enum_values(s, schema, pointer)?)
            }
            SchemaKind::Type(OaType::Object(o)) if !o.properties.is_empty() => {
                TypeKind::Struct(self.fields(name, o, pointer)?)
            }
            SchemaKind::OneOf { one_of } => self.union(name, schema, one_of, pointer)?,
            _ => TypeKind::Alias(self.inline_type(schema, pointer, name)?),
        };
        self.types[slot].kind = kind;
        Ok(())
    }

    /// The type of a schema used in place (a property, an item, a parameter...);
    /// inline objects, enums and unions become named types called `hint`.
    pub(super) fn type_of(
        &mut self,
        schema: SchemaRef<'a>,
        pointer: &str,
        hint: &str,
    ) -> Result<Type> {
        match schema {
            SchemaRef::Ref(reference) => Ok(Type::Named(
                self.component_type_name(self.schema_target(reference, pointer)?),
            )),
            SchemaRef::Inline(schema) => match &schema.schema_kind {
                SchemaKind::Type(OaType::String(s)) if !s.enumeration.is_empty() => {
                    self.define_inline(hint, schema, pointer)
                }
                SchemaKind::Type(OaType::Object(o)) if !o.properties.is_empty() => {
                    self.define_inline(hint, schema, pointer)
                }
                SchemaKind::OneOf { .. } => self.define_inline(hint, schema, pointer),
                _ => self.inline_type(schema, pointer, hint),
            },
        }
    }

    /// Defines an inline schema as a named type, called `hint` or, when that
    /// is taken, `hint` with a number.
    fn define_inline(&mut self, hint: &str, schema: &'a Schema, pointer: &str) -> Result<Type> {
        let name = self.claim_type_name(hint, pointer);
        self.define(&name, schema, pointer)?;
        Ok(Type::Named(name))
    }

    /// Types that need no definition of their own: scalars, arrays, maps, any JSON.
    fn inline_type(&mut self, schema: &'a Schema, pointer: &str, hint: &str) -> Result<Type> {
        Ok(match &schema.schema_kind {
            SchemaKind::Type(OaType::String(s)) => match &s.format {
                VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Type::DateTime,
                VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => Type::Bytes,
                _ => Type::String,
            },
            SchemaKind::Type(OaType::Integer(i)) => match &i.format {
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Type::I32,
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int64)
                | VariantOrUnknownOrEmpty::Empty => Type::I64,
                VariantOrUnknownOrEmpty::Unknown(f) => {
                    return Err(self.err(
                        pointer,
                        format!("integer format `{f}` is not supported; use int32 or int64"),
                    ))
                }
            },
            SchemaKind::Type(OaType::Number(n)) => match &n.format {
                VariantOrUnknownOrEmpty::Item(NumberFormat::Float) => Type::F32,
                VariantOrUnknownOrEmpty::Item(NumberFormat::Double)
                | VariantOrUnknownOrEmpty::Empty => Type::F64,
                VariantOrUnknownOrEmpty::Unknown(f) => {
                    return Err(self.err(
                        pointer,
                        format!("number format `{f}` is not supported; use float or double"),
                    ))
                }
            },
            SchemaKind::Type(OaType::Boolean(_)) => Type::Bool,
            SchemaKind::Type(OaType::Array(a)) => {
                let Some(items) = &a.items else {
                    self.warnings.push(self.err(
                        pointer,
                        "an array schema without `items`: its items are read as any JSON",
                    ));
                    return Ok(Type::Vec(Box::new(Type::Json)));
                };
                let item_hint = format!("{hint}Item");
                Type::Vec(Box::new(self.type_of(
                    items.into(),
                    &join(pointer, "items"),
                    &item_hint,
                )?))
            }
            SchemaKind::Type(OaType::Object(o)) => {
                if !o.properties.is_empty() {
                    // Objects with properties are named types; reached only for a named alias.
                    return Ok(Type::Named(hint.to_owned()));
                }
                match &o.additional_properties {
                    Some(AdditionalProperties::Schema(values)) => {
                        let value_hint = format!("{hint}Value");
                        let values = self.type_of(
                            values.as_ref().into(),
                            &join(pointer, "additionalProperties"),
                            &value_hint,
                        )?;
                        Type::Map(Box::new(values))
                    }
                    _ => Type::Json,
                }
            }
            SchemaKind::OneOf { .. } => Type::Named(hint.to_owned()),
            SchemaKind::AllOf { .. } => match annotated_ref(schema) {
                // A `$ref` with annotations beside it is the type it names.
                Some(reference) => self.type_of(SchemaRef::Ref(reference), pointer, hint)?,
                None => return Err(self.err(pointer, "`allOf` is not supported yet")),
            },
            SchemaKind::AnyOf { .. } => {
                return Err(self.err(pointer, "`anyOf` is not supported yet"))
            }
            SchemaKind::Not { .. } => return Err(self.err(pointer, "`not` is not supported")),
            SchemaKind::Any(any) => {
                if any == &openapiv3::AnySchema::default() {
                    Type::Json
                } else {
                    self.warnings.push(self.err(
                        pointer,
                        "this schema has no single `type` (or mixes keywords of several types): it is read as any JSON",
                    ));
                    Type::Json
                }
            }
        })
    }

    fn enum_values(
        &self,
        s: &StringType,
        schema: &Schema,
        pointer: &str,
    ) -> Result<Vec<EnumValue>> {
        // A list with a description per value, in order, or a map from
        // values to their descriptions (values left out have none).
        let at = join(pointer, "x-enum-descriptions");
        let count = s.enumeration.len();
        let mut descriptions: Vec<Option<&str>> = vec![None; count];
        match schema.schema_data.extensions.get("x-enum-descriptions") {
            None => {}
            Some(serde_json::Value::Array(items)) if items.len() == count => {
                for (i, item) in items.iter().enumerate() {
                    let text = item.as_str().ok_or_else(|| {
                        self.err(&join(&at, &i.to_string()), "must be a string")
                    })?;
                    descriptions[i] = Some(text);
                }
            }
            Some(serde_json::Value::Object(map)) => {
                for (key, item) in map {
                    let index = s.enumeration.iter().position(|v| v.as_deref() == Some(key));
                    let Some(index) = index else {
                        return Err(self.err(&join(&at, key), format!("`{key}` is not one of the `enum` values")));
                    };
                    let text = item.as_str().ok_or_else(|| self.err(&join(&at, key), "must be a string"))?;
                    descriptions[index] = Some(text);
                }
            }
            Some(_) => {
                return Err(self.err(
                    &at,
                    format!(
                        "`x-enum-descriptions` must be a list of {count} strings, one per `enum` value, or a map from values to their descriptions"
                    ),
                ))
            }
        }
        let mut values: Vec<EnumValue> = Vec::new();
        for (i, value) in s.enumeration.iter().enumerate() {
            // `null` is not a value of the Rust enum: normalization made the schema nullable.
            let Some(value) = value else {
                continue;
            };
            // `Other` holds the values the client does not know.
            let variant = match enum_variant_name(value, i) {
                variant if variant == "Other" => "OtherValue".to_owned(),
                variant => variant,
            };
            let variant = unique(&variant, "", |name| {
                name == "Other" || values.iter().any(|v| v.variant == name)
            });
            let doc = descriptions[i].map(lines).unwrap_or_default();
            values.push(EnumValue {
                value: value.clone(),
                variant,
                doc,
            });
        }
        Ok(values)
    }

    fn fields(&mut self, owner: &str, object: &'a ObjectType, pointer: &str) -> Result<Vec<Field>> {
        for (i, name) in object.required.iter().enumerate() {
            if !object.properties.contains_key(name) {
                return Err(self.err(
                    &join(&join(pointer, "required"), &i.to_string()),
                    format!("`{name}` is required but is not one of the properties"),
                ));
            }
        }
        let mut fields: Vec<Field> = Vec::new();
        for (json_name, property) in &object.properties {
            let property_pointer = join(&join(pointer, "properties"), json_name);
            let hint = format!("{owner}{}", type_name(json_name));
            let property: SchemaRef = property.into();
            let ty = self.type_of(property, &property_pointer, &hint)?;
            let (resolved, resolved_pointer) = self.resolve_schema(property, &property_pointer)?;
            let rust_name = unique(&field_name(json_name), "_", |name| {
                fields.iter().any(|f| f.rust_name == name)
            });
            fields.push(Field {
                json_name: json_name.clone(),
                rust_name,
                doc: doc_in_place(property, resolved),
                ty,
                required: object.required.contains(json_name)
                    && !nullable_in_place(property, resolved),
                // A `$ref` carries the rules of the schema it names, as an inline schema does.
                constraints: self.constraints(resolved, &resolved_pointer)?,
                secret: is_secret(resolved),
                flatten: false,
            });
        }
        // `additionalProperties` beside `properties`: the other properties, in a map.
        if let Some(AdditionalProperties::Schema(values)) = &object.additional_properties {
            let values_pointer = join(pointer, "additionalProperties");
            let hint = format!("{owner}AdditionalProperty");
            let ty = self.type_of(values.as_ref().into(), &values_pointer, &hint)?;
            let rust_name = unique("additional_properties", "_", |name| {
                fields.iter().any(|f| f.rust_name == name)
            });
            fields.push(Field {
                json_name: String::new(),
                rust_name,
                doc: vec!["The properties not named above.".to_owned()],
                ty: Type::Map(Box::new(ty)),
                required: true,
                constraints: Constraints::default(),
                secret: false,
                flatten: true,
            });
        }
        Ok(fields)
    }

    fn variants(
        &mut self,
        owner: &str,
        one_of: &'a [ReferenceOr<Schema>],
        pointer: &str,
    ) -> Result<Vec<Variant>> {
        let mut variants: Vec<Variant> = Vec::new();
        for (i, sub) in one_of.iter().enumerate() {
            let sub_pointer = join(&join(pointer, "oneOf"), &i.to_string());
            let sub: SchemaRef = sub.into();
            let (resolved, _) = self.resolve_schema(sub, &sub_pointer)?;
            let name = match (sub.reference(), &resolved.schema_data.title) {
                (Some(reference), _) => {
                    self.component_type_name(self.schema_target(reference, &sub_pointer)?)
                }
                (None, Some(title)) => type_name(title),
                (None, None) => format!("Variant{i}"),
            };
            let name = unique(&name, "", |name| variants.iter().any(|v| v.name == name));
            let ty = self.type_of(sub, &sub_pointer, &format!("{owner}{name}"))?;
            variants.push(Variant {
                name,
                doc: doc_in_place(sub, resolved),
                ty,
                tags: Vec::new(),
            });
        }
        Ok(variants)
    }

    /// The union of `one_of`: tagged by its `discriminator` when it has a
    /// usable one, told apart by shape otherwise.
    fn union(
        &mut self,
        owner: &str,
        schema: &'a Schema,
        one_of: &'a [ReferenceOr<Schema>],
        pointer: &str,
    ) -> Result<TypeKind> {
        let mut variants = self.variants(owner, one_of, pointer)?;
        if let Some(discriminator) = &schema.schema_data.discriminator {
            let at = join(pointer, "discriminator");
            if let Some(tags) = self.tags(discriminator, one_of, pointer, &at)? {
                for (variant, tags) in variants.iter_mut().zip(tags) {
                    variant.tags = tags;
                }
                let other = unique("Other", "", |name| variants.iter().any(|v| v.name == name));
                return Ok(TypeKind::Tagged {
                    property: discriminator.property_name.clone(),
                    variants,
                    other,
                });
            }
        }
        // Serde takes the first variant that reads the JSON: of the variants
        // that read the same kind of JSON, the stricter go first.
        let mut keys = Vec::new();
        for (i, sub) in one_of.iter().enumerate() {
            let sub_pointer = join(&join(pointer, "oneOf"), &i.to_string());
            let (resolved, _) = self.resolve_schema(sub.into(), &sub_pointer)?;
            keys.push(looseness(resolved));
        }
        let first_of_kind = |kind: JsonKind| match kind {
            JsonKind::Any => usize::MAX,
            kind => keys
                .iter()
                .position(|(k, _)| *k == kind)
                .unwrap_or(usize::MAX),
        };
        let mut order: Vec<usize> = (0..variants.len()).collect();
        order.sort_by_key(|&i| (first_of_kind(keys[i].0), keys[i].1));
        let mut slots: Vec<Option<Variant>> = variants.into_iter().map(Some).collect();
        Ok(TypeKind::Union(
            order.into_iter().filter_map(|i| slots[i].take()).collect(),
        ))
    }

    /// The values of the discriminator's property that select each member of
    /// `one_of`: those its `mapping` gives the member, or else the member's
    /// schema name. `None`, with a warning, when the members cannot be told
    /// apart by a property (a member given inline or that is not an object).
    fn tags(
        &mut self,
        discriminator: &openapiv3::Discriminator,
        one_of: &'a [ReferenceOr<Schema>],
        pointer: &str,
        at: &str,
    ) -> Result<Option<Vec<Vec<String>>>> {
        let mut members = Vec::new();
        for (i, sub) in one_of.iter().enumerate() {
            let sub_pointer = join(&join(pointer, "oneOf"), &i.to_string());
            let Some(reference) = SchemaRef::from(sub).reference() else {
                self.warnings.push(self.err(
                    &sub_pointer,
                    "a `discriminator` needs every member to be a `$ref` to a component schema; this union is told apart by the shape of the JSON instead",
                ));
                return Ok(None);
            };
            let (resolved, _) = self.resolve_schema(SchemaRef::Ref(reference), &sub_pointer)?;
            if !matches!(resolved.schema_kind, SchemaKind::Type(OaType::Object(_))) {
                self.warnings.push(self.err(
                    &sub_pointer,
                    "a `discriminator` needs every member to be an object; this union is told apart by the shape of the JSON instead",
                ));
                return Ok(None);
            }
            members.push(self.schema_target(reference, &sub_pointer)?);
        }
        let mut tags: Vec<Vec<String>> = vec![Vec::new(); members.len()];
        for (value, target) in &discriminator.mapping {
            let name = target
                .strip_prefix("#/components/schemas/")
                .unwrap_or(target);
            match members.iter().position(|member| *member == name) {
                Some(i) => tags[i].push(value.clone()),
                None => self.warnings.push(self.err(
                    &join(&join(at, "mapping"), value),
                    format!("`{target}` is not one of the members; an object with `{}: {value}` is kept as JSON", discriminator.property_name),
                )),
            }
        }
        for (member, tags) in members.iter().zip(tags.iter_mut()) {
            if tags.is_empty() {
                tags.push((*member).to_owned());
            }
        }
        Ok(Some(tags))
    }

    /// The validation keywords of `schema`, with its `pattern` checked to compile.
    pub(super) fn constraints(&self, schema: &Schema, pointer: &str) -> Result<Constraints> {
        let constraints = constraints_of(schema);
        if let Some(pattern) = &constraints.pattern {
            if let Err(e) = regex::Regex::new(pattern) {
                return Err(self.err(
                    &join(pointer, "pattern"),
                    format!("`pattern` is not a supported regular expression: {e}"),
                ));
            }
        }
        Ok(constraints)
    }

    /// The named type defined so far as `name`.
    pub(super) fn named_type(&self, name: &str) -> Option<&TypeDef> {
        self.types.iter().find(|t| t.name == name)
    }

    /// The fields of `ty` when it names a struct.
    pub(super) fn struct_fields(&self, ty: &Type) -> Option<&[Field]> {
        match ty {
            Type::Named(name) => self.named_type(name).and_then(|t| match &t.kind {
                TypeKind::Struct(fields) => Some(&fields[..]),
                _ => None,
            }),
            _ => None,
        }
    }
}

/// The kinds of JSON value a schema reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JsonKind {
    Object,
    Array,
    String,
    Number,
    Boolean,
    /// Any kind, or several (a union): such variants go last.
    Any,
}

/// The kind of JSON a schema reads, and how loosely among schemas of that
/// kind (lower is stricter): objects with more required properties, then
/// more properties, before objects with fewer, and before maps; date-times
/// before enums (which keep any string) before strings; int32 before int64
/// before numbers.
fn looseness(
    schema: &Schema,
) -> (
    JsonKind,
    (u8, std::cmp::Reverse<usize>, std::cmp::Reverse<usize>),
) {
    use std::cmp::Reverse;
    let rank = |tier: u8| (tier, Reverse(0), Reverse(0));
    match &schema.schema_kind {
        SchemaKind::Type(OaType::Object(o)) if !o.properties.is_empty() => (
            JsonKind::Object,
            (0, Reverse(o.required.len()), Reverse(o.properties.len())),
        ),
        SchemaKind::Type(OaType::Object(_)) => (JsonKind::Object, rank(1)),
        SchemaKind::Type(OaType::Array(_)) => (JsonKind::Array, rank(0)),
        SchemaKind::Type(OaType::String(s)) => {
            let tier = match (&s.format, s.enumeration.is_empty()) {
                (VariantOrUnknownOrEmpty::Item(StringFormat::DateTime), _) => 0,
                (_, false) => 1,
                _ => 2,
            };
            (JsonKind::String, rank(tier))
        }
        SchemaKind::Type(OaType::Integer(i)) => {
            let tier = match i.format {
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => 0,
                _ => 1,
            };
            (JsonKind::Number, rank(tier))
        }
        SchemaKind::Type(OaType::Number(_)) => (JsonKind::Number, rank(2)),
        SchemaKind::Type(OaType::Boolean(_)) => (JsonKind::Boolean, rank(0)),
        _ => (JsonKind::Any, rank(0)),
    }
}

/// `format: password`.
pub(super) fn is_secret(schema: &Schema) -> bool {
    matches!(
        &schema.schema_kind,
        SchemaKind::Type(OaType::String(StringType {
            format: VariantOrUnknownOrEmpty::Item(StringFormat::Password),
            ..
        }))
    )
}

fn constraints_of(schema: &Schema) -> Constraints {
    match &schema.schema_kind {
        // An enum's values are fixed; length and pattern rules say nothing more.
        SchemaKind::Type(OaType::String(s)) if s.enumeration.is_empty() => Constraints {
            min_length: s.min_length,
            max_length: s.max_length,
            pattern: s.pattern.clone(),
            ..Constraints::default()
        },
        SchemaKind::Type(OaType::Integer(i)) => Constraints {
            minimum: i.minimum.map(|v| v as f64),
            maximum: i.maximum.map(|v| v as f64),
            ..Constraints::default()
        },
        SchemaKind::Type(OaType::Number(n)) => Constraints {
            minimum: n.minimum,
            maximum: n.maximum,
            ..Constraints::default()
        },
        SchemaKind::Type(OaType::Array(a)) => Constraints {
            min_items: a.min_items,
            max_items: a.max_items,
            ..Constraints::default()
        },
        _ => Constraints::default(),
    }
}

/// The documentation of a schema used in place (a property, a variant...):
/// that of the annotations written beside a `$ref` when they give one, or
/// else that of the schema it resolves to.
pub(super) fn doc_in_place(schema: SchemaRef, resolved: &Schema) -> Doc {
    let written = match schema {
        SchemaRef::Inline(written) => doc_of(written),
        SchemaRef::Ref(_) => Vec::new(),
    };
    match written.is_empty() {
        true => doc_of(resolved),
        false => written,
    }
}

/// Whether a schema used in place may be `null`: the schema it resolves to
/// says so, or the annotations beside a `$ref` do.
fn nullable_in_place(schema: SchemaRef, resolved: &Schema) -> bool {
    resolved.schema_data.nullable
        || matches!(schema, SchemaRef::Inline(written) if written.schema_data.nullable)
}

/// A schema's `description`, or else its `title`.
pub(super) fn doc_of(schema: &Schema) -> Doc {
    let data = &schema.schema_data;
    match (&data.description, &data.title) {
        (Some(text), _) | (None, Some(text)) => lines(text),
        (None, None) => Vec::new(),
    }
}

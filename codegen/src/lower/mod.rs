//! Checking a spec and lowering it into the intermediate model.
//!
//! Every construct is either translated faithfully or rejected with an error
//! naming its JSON pointer; nothing is skipped silently.

use std::collections::HashMap;

use heck::{ToSnakeCase, ToUpperCamelCase};
use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ObjectType, OpenAPI, Parameter,
    ParameterSchemaOrContent, ReferenceOr, RequestBody, Schema, SchemaKind, SecurityScheme,
    StatusCode, StringFormat, StringType, Type as OaType, VariantOrUnknownOrEmpty,
};

use crate::error::{Error, SpecError};
use crate::load::{join, Spec};
use crate::model::*;

/// Checks `spec` and lowers it into the intermediate model.
pub fn lower(spec: &Spec) -> Result<Api, Error> {
    let mut lowerer = Lowerer {
        spec,
        doc: &spec.document,
        types: Vec::new(),
        type_names: HashMap::new(),
        errors: Vec::new(),
    };
    let api = lowerer.api();
    if lowerer.errors.is_empty() {
        Ok(api)
    } else {
        Err(Error::Spec(lowerer.errors))
    }
}

type Result<T, E = SpecError> = std::result::Result<T, E>;

/// A schema given inline or by reference, whatever box it came in.
#[derive(Clone, Copy)]
enum SchemaRef<'a> {
    Ref(&'a str),
    Inline(&'a Schema),
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

struct Lowerer<'a> {
    spec: &'a Spec,
    doc: &'a OpenAPI,
    types: Vec<TypeDef>,
    /// Rust type name -> pointer of the schema that claimed it.
    type_names: HashMap<String, String>,
    errors: Vec<SpecError>,
}

impl<'a> Lowerer<'a> {
    fn err(&self, pointer: &str, message: impl Into<String>) -> SpecError {
        self.spec.error(pointer, message)
    }

    /// Keeps going after an error so that one run reports every problem.
    fn collect<T>(&mut self, result: Result<T>) -> Option<T> {
        result.map_err(|e| self.errors.push(e)).ok()
    }

    fn api(&mut self) -> Api {
        if !self.doc.openapi.starts_with("3.0.") {
            let e = self.err(
                "#/openapi",
                format!(
                    "OpenAPI version `{}` is not supported; use 3.0.x",
                    self.doc.openapi
                ),
            );
            self.errors.push(e);
        }
        let servers = self.servers();
        if let Some(components) = &self.doc.components {
            for (name, schema) in &components.schemas {
                let pointer = join("#/components/schemas", name);
                let result = self.component_schema(name, schema, &pointer);
                self.collect(result);
            }
        }
        let mut operations = Vec::new();
        let mut ids: HashMap<String, String> = HashMap::new();
        for (path, item) in self.doc.paths.iter() {
            let path_pointer = join("#/paths", path);
            let item = match item {
                ReferenceOr::Item(item) => item,
                ReferenceOr::Reference { .. } => {
                    let e = self.err(
                        &path_pointer,
                        "path items given by `$ref` are not supported",
                    );
                    self.errors.push(e);
                    continue;
                }
            };
            for (method, operation) in item.iter() {
                let pointer = join(&path_pointer, method);
                let result = self.operation(path, method, operation, &item.parameters, &pointer);
                let Some(op) = self.collect(result) else {
                    continue;
                };
                let clash = [&op.id, &op.method_name]
                    .into_iter()
                    .find_map(|key| ids.get(key.as_str()).cloned());
                if let Some(first) = clash {
                    let e = self.err(
                        &join(&pointer, "operationId"),
                        format!("operationId `{}` is not unique: it clashes with the operation at {first}", op.id),
                    );
                    self.errors.push(e);
                    continue;
                }
                ids.insert(op.id.clone(), pointer.clone());
                ids.insert(op.method_name.clone(), pointer);
                operations.push(op);
            }
        }
        let retryable_error_codes =
            self.string_list(&self.doc.extensions, "x-retryable-error-codes", "#");
        Api {
            retryable_error_codes,
            title: self.doc.info.title.clone(),
            source_name: self.spec.path.to_string_lossy().replace('\\', "/"),
            servers,
            types: std::mem::take(&mut self.types),
            operations,
        }
    }

    fn servers(&mut self) -> Vec<Server> {
        if self.doc.servers.is_empty() {
            let e = self.err(
                "#/servers",
                "at least one server is needed: the first is the client's default base URL",
            );
            self.errors.push(e);
        }
        let mut servers = Vec::new();
        for (i, server) in self.doc.servers.iter().enumerate() {
            let pointer = join("#/servers", &i.to_string());
            if server.variables.as_ref().is_some_and(|v| !v.is_empty()) || server.url.contains('{')
            {
                let e = self.err(&pointer, "server URL variables are not supported");
                self.errors.push(e);
                continue;
            }
            servers.push(Server {
                url: server.url.trim_end_matches('/').to_owned(),
                description: server.description.clone(),
            });
        }
        servers
    }

    // ---- schemas ------------------------------------------------------------------------

    fn claim_type_name(&mut self, name: &str, pointer: &str) -> Result<()> {
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

    fn component_schema(
        &mut self,
        name: &str,
        schema: &'a ReferenceOr<Schema>,
        pointer: &str,
    ) -> Result<()> {
        let rust_name = name.to_upper_camel_case();
        match schema {
            ReferenceOr::Reference { reference } => {
                let target = self.schema_target(reference, pointer)?;
                self.claim_type_name(&rust_name, pointer)?;
                self.types.push(TypeDef {
                    name: rust_name,
                    doc: Vec::new(),
                    kind: TypeKind::Alias(Type::Named(target.to_upper_camel_case())),
                });
                Ok(())
            }
            ReferenceOr::Item(schema) => self.define(&rust_name, schema, pointer),
        }
    }

    /// The component name a schema `$ref` points at, checked to exist.
    fn schema_target(&self, reference: &str, pointer: &str) -> Result<&'a str> {
        let Some(name) = reference.strip_prefix("#/components/schemas/") else {
            return Err(self.err(
                pointer,
                format!("`$ref: {reference}` is not supported: only references to `#/components/schemas/...` in the same file are"),
            ));
        };
        let schemas = self.doc.components.as_ref().map(|c| &c.schemas);
        match schemas.and_then(|s| s.get_key_value(name)) {
            Some((key, _)) => Ok(key.as_str()),
            None => Err(self.err(
                pointer,
                format!("`$ref: {reference}` points at a schema that does not exist"),
            )),
        }
    }

    fn resolve_schema(&self, schema: SchemaRef<'a>, pointer: &str) -> Result<(&'a Schema, String)> {
        match schema {
            SchemaRef::Inline(schema) => Ok((schema, pointer.to_owned())),
            SchemaRef::Ref(reference) => {
                let name = self.schema_target(reference, pointer)?;
                let components = self
                    .doc
                    .components
                    .as_ref()
                    .expect("checked by schema_target");
                let target_pointer = join("#/components/schemas", name);
                match &components.schemas[name] {
                    ReferenceOr::Item(schema) => Ok((schema, target_pointer)),
                    ReferenceOr::Reference { reference } => {
                        self.resolve_schema(SchemaRef::Ref(reference), &target_pointer)
                    }
                }
            }
        }
    }

    /// Defines the named type `name` from `schema`.
    fn define(&mut self, name: &str, schema: &'a Schema, pointer: &str) -> Result<()> {
        self.claim_type_name(name, pointer)?;
        let slot = self.types.len();
        self.types.push(TypeDef {
            name: name.to_owned(),
            doc: doc_of(schema),
            kind: TypeKind::Alias(Type::Json),
        });
        let kind = match &schema.schema_kind {
            SchemaKind::Type(OaType::String(s)) if !s.enumeration.is_empty() => {
                TypeKind::Enum(self.enum_values(s, schema, pointer)?)
            }
            SchemaKind::Type(OaType::Object(o)) if !o.properties.is_empty() => {
                TypeKind::Struct(self.fields(name, o, pointer)?)
            }
            SchemaKind::OneOf { one_of } => TypeKind::Union(self.variants(name, one_of, pointer)?),
            _ => TypeKind::Alias(self.inline_type(schema, pointer, name)?),
        };
        self.types[slot].kind = kind;
        Ok(())
    }

    /// The type of a schema used in place (a property, an item, a parameter...);
    /// inline objects, enums and unions become named types called `hint`.
    fn type_of(&mut self, schema: SchemaRef<'a>, pointer: &str, hint: &str) -> Result<Type> {
        match schema {
            SchemaRef::Ref(reference) => Ok(Type::Named(
                self.schema_target(reference, pointer)?
                    .to_upper_camel_case(),
            )),
            SchemaRef::Inline(schema) => match &schema.schema_kind {
                SchemaKind::Type(OaType::String(s)) if !s.enumeration.is_empty() => {
                    self.define(hint, schema, pointer)?;
                    Ok(Type::Named(hint.to_owned()))
                }
                SchemaKind::Type(OaType::Object(o)) if !o.properties.is_empty() => {
                    self.define(hint, schema, pointer)?;
                    Ok(Type::Named(hint.to_owned()))
                }
                SchemaKind::OneOf { .. } => {
                    self.define(hint, schema, pointer)?;
                    Ok(Type::Named(hint.to_owned()))
                }
                _ => self.inline_type(schema, pointer, hint),
            },
        }
    }

    /// Types that need no definition of their own: scalars, arrays, maps, any JSON.
    fn inline_type(&mut self, schema: &'a Schema, pointer: &str, hint: &str) -> Result<Type> {
        Ok(match &schema.schema_kind {
            SchemaKind::Type(OaType::String(s)) => match &s.format {
                VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Type::DateTime,
                VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => return Err(self.err(
                    pointer,
                    "`format: binary` (raw file content) is not supported: only JSON bodies are",
                )),
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
                    return Err(self.err(pointer, "an array schema needs `items`"));
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
            SchemaKind::AllOf { .. } => {
                return Err(self.err(pointer, "`allOf` is not supported yet"))
            }
            SchemaKind::AnyOf { .. } => {
                return Err(self.err(pointer, "`anyOf` is not supported yet"))
            }
            SchemaKind::Not { .. } => return Err(self.err(pointer, "`not` is not supported")),
            SchemaKind::Any(any) => {
                if any == &openapiv3::AnySchema::default() {
                    Type::Json
                } else {
                    return Err(self.err(
                        pointer,
                        "this schema has no single `type` (or mixes keywords of several types); give it a `type`",
                    ));
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
        let descriptions = match schema.schema_data.extensions.get("x-enum-descriptions") {
            None => None,
            Some(serde_json::Value::Array(items)) if items.len() == s.enumeration.len() => {
                Some(items)
            }
            Some(_) => {
                return Err(self.err(
                    &join(pointer, "x-enum-descriptions"),
                    format!(
                        "`x-enum-descriptions` must be a list of {} strings, one per `enum` value",
                        s.enumeration.len()
                    ),
                ))
            }
        };
        let mut values: Vec<EnumValue> = Vec::new();
        for (i, value) in s.enumeration.iter().enumerate() {
            let value_pointer = join(&join(pointer, "enum"), &i.to_string());
            let Some(value) = value else {
                return Err(self.err(
                    &value_pointer,
                    "`null` enum values are not supported; use `nullable: true`",
                ));
            };
            let mut variant = value.to_upper_camel_case();
            if variant.starts_with(|c: char| c.is_ascii_digit()) {
                variant.insert(0, 'V');
            }
            if !is_ident(&variant) || variant == "Other" {
                return Err(self.err(
                    &value_pointer,
                    format!("enum value `{value}` gives the Rust variant `{variant}`, which is not usable (`Other` holds unknown values)"),
                ));
            }
            if let Some(clash) = values.iter().find(|v| v.variant == variant) {
                return Err(self.err(
                    &value_pointer,
                    format!(
                        "enum values `{}` and `{value}` both become the Rust variant `{variant}`",
                        clash.value
                    ),
                ));
            }
            let doc = match descriptions.and_then(|d| d[i].as_str()) {
                Some(text) => lines(text),
                None if descriptions.is_some() => {
                    return Err(self.err(
                        &join(&join(pointer, "x-enum-descriptions"), &i.to_string()),
                        "must be a string",
                    ))
                }
                None => Vec::new(),
            };
            values.push(EnumValue {
                value: value.clone(),
                variant,
                doc,
            });
        }
        Ok(values)
    }

    fn fields(&mut self, owner: &str, object: &'a ObjectType, pointer: &str) -> Result<Vec<Field>> {
        if let Some(AdditionalProperties::Schema(_)) = &object.additional_properties {
            return Err(self.err(
                &join(pointer, "additionalProperties"),
                "objects with both `properties` and an `additionalProperties` schema are not supported",
            ));
        }
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
            let hint = format!("{owner}{}", json_name.to_upper_camel_case());
            let property: SchemaRef = property.into();
            let ty = self.type_of(property, &property_pointer, &hint)?;
            let (resolved, resolved_pointer) = self.resolve_schema(property, &property_pointer)?;
            let rust_name = self.field_name(json_name, &property_pointer)?;
            if let Some(clash) = fields.iter().find(|f| f.rust_name == rust_name) {
                return Err(self.err(
                    &property_pointer,
                    format!("properties `{}` and `{json_name}` both become the Rust field `{rust_name}`", clash.json_name),
                ));
            }
            fields.push(Field {
                json_name: json_name.clone(),
                rust_name,
                doc: doc_of(resolved),
                ty,
                required: object.required.contains(json_name) && !resolved.schema_data.nullable,
                // A `$ref` carries the rules of the schema it names, as an inline schema does.
                constraints: self.constraints(resolved, &resolved_pointer)?,
                secret: is_secret(resolved),
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
            let name = match (sub, &resolved.schema_data.title) {
                (SchemaRef::Ref(reference), _) => self
                    .schema_target(reference, &sub_pointer)?
                    .to_upper_camel_case(),
                (SchemaRef::Inline(_), Some(title)) => title.to_upper_camel_case(),
                (SchemaRef::Inline(_), None) => format!("Variant{i}"),
            };
            if !is_ident(&name) {
                return Err(self.err(
                    &sub_pointer,
                    format!("`{name}` cannot be made into a Rust variant name; set a `title`"),
                ));
            }
            if variants.iter().any(|v| v.name == name) {
                return Err(self.err(
                    &sub_pointer,
                    format!("two `oneOf` variants are named `{name}`; give them distinct `title`s"),
                ));
            }
            let ty = self.type_of(sub, &sub_pointer, &format!("{owner}{name}"))?;
            variants.push(Variant {
                name,
                doc: doc_of(resolved),
                ty,
            });
        }
        Ok(variants)
    }

    /// The validation keywords of `schema`, with its `pattern` checked to compile.
    fn constraints(&self, schema: &Schema, pointer: &str) -> Result<Constraints> {
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

    fn field_name(&self, json_name: &str, pointer: &str) -> Result<String> {
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

    // ---- operations ---------------------------------------------------------------------

    fn operation(
        &mut self,
        path: &str,
        method: &str,
        op: &'a openapiv3::Operation,
        shared_parameters: &'a [ReferenceOr<Parameter>],
        pointer: &str,
    ) -> Result<Operation> {
        let Some(id) = op.operation_id.clone() else {
            return Err(self.err(
                pointer,
                "every operation needs an `operationId`: it names the client method",
            ));
        };
        let method_name = id.to_snake_case();
        let builder_name = id.to_upper_camel_case();
        if !is_ident(&method_name) || !is_ident(&builder_name) {
            return Err(self.err(
                &join(pointer, "operationId"),
                format!("operationId `{id}` cannot be made into Rust names"),
            ));
        }
        let method = Method::from_openapi(method).expect("openapiv3 yields known methods");

        let mut doc = Vec::new();
        if let Some(summary) = &op.summary {
            doc.extend(lines(summary));
        }
        if let Some(description) = &op.description {
            if !doc.is_empty() {
                doc.push(String::new());
            }
            doc.extend(lines(description));
        }

        let mut inputs = self.parameters(&builder_name, op, shared_parameters, pointer)?;
        self.check_path_template(path, &inputs, pointer)?;
        let body = match &op.request_body {
            None => None,
            Some(body) => Some(self.request_body(
                &builder_name,
                body,
                &join(pointer, "requestBody"),
                &mut inputs,
            )?),
        };
        let rank = |location: Location| match location {
            Location::Path => 0,
            Location::Query | Location::Header => 1,
            Location::Body => 2,
        };
        inputs.sort_by_key(|input| rank(input.location));
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

        let (response, errors) = self.responses(&builder_name, op, &join(pointer, "responses"))?;
        let auth = self.auth(op, pointer)?;
        let idempotent = match op.extensions.get("x-idempotent") {
            None => !matches!(method, Method::Post | Method::Patch),
            Some(serde_json::Value::Bool(flag)) => *flag,
            Some(_) => {
                return Err(self.err(
                    &join(pointer, "x-idempotent"),
                    "`x-idempotent` must be `true` or `false`",
                ))
            }
        };
        let pagination = match op.extensions.get("x-pagination") {
            None => None,
            Some(value) => Some(self.pagination(
                value,
                &inputs,
                response.as_ref(),
                &join(pointer, "x-pagination"),
            )?),
        };
        Ok(Operation {
            id,
            method_name,
            builder_name,
            doc,
            method,
            path: path.to_owned(),
            inputs,
            body,
            response,
            errors,
            auth,
            idempotent,
            pagination,
        })
    }

    fn parameters(
        &mut self,
        builder_name: &str,
        op: &'a openapiv3::Operation,
        shared: &'a [ReferenceOr<Parameter>],
        pointer: &str,
    ) -> Result<Vec<Input>> {
        // Operation-level parameters override path-level ones with the same name and location.
        let mut merged: IndexMap<(String, &'static str), (&'a Parameter, String)> = IndexMap::new();
        let path_pointer = pointer
            .rsplit_once('/')
            .map_or(pointer, |(parent, _)| parent);
        let lists = [
            (shared, join(path_pointer, "parameters")),
            (&op.parameters[..], join(pointer, "parameters")),
        ];
        for (list, list_pointer) in lists {
            for (i, parameter) in list.iter().enumerate() {
                let (parameter, parameter_pointer) = self.resolve_component(
                    parameter,
                    "parameters",
                    "a parameter",
                    |c| &c.parameters,
                    &join(&list_pointer, &i.to_string()),
                )?;
                let data = parameter_data(parameter);
                merged.insert(
                    (data.name.clone(), location_name(parameter)),
                    (parameter, parameter_pointer),
                );
            }
        }
        let mut inputs = Vec::new();
        for (parameter, parameter_pointer) in merged.into_values() {
            let location = match parameter {
                Parameter::Query { .. } => Location::Query,
                Parameter::Header { .. } => Location::Header,
                Parameter::Path { .. } => Location::Path,
                Parameter::Cookie { .. } => {
                    return Err(self.err(&parameter_pointer, "cookie parameters are not supported"));
                }
            };
            let data = parameter_data(parameter);
            let schema = match &data.format {
                ParameterSchemaOrContent::Schema(schema) => schema,
                ParameterSchemaOrContent::Content(_) => {
                    return Err(self.err(
                        &parameter_pointer,
                        "parameters described by `content` are not supported yet; use `schema`",
                    ));
                }
            };
            let schema_pointer = join(&parameter_pointer, "schema");
            let hint = format!("{builder_name}{}", data.name.to_upper_camel_case());
            let ty = self.type_of(schema.into(), &schema_pointer, &hint)?;
            if !self.is_scalar(&ty) {
                return Err(self.err(
                    &schema_pointer,
                    "only scalar parameters (strings, numbers, booleans, enums, date-times) are supported",
                ));
            }
            if location == Location::Path && !data.required {
                return Err(self.err(
                    &parameter_pointer,
                    "path parameters must be `required: true`",
                ));
            }
            let (resolved, _) = self.resolve_schema(schema.into(), &schema_pointer)?;
            let doc = match &data.description {
                Some(description) => lines(description),
                None => doc_of(resolved),
            };
            inputs.push(Input {
                wire_name: data.name.clone(),
                rust_name: self.field_name(&data.name, &parameter_pointer)?,
                doc,
                location,
                ty,
                required: data.required,
                constraints: self.constraints(resolved, &schema_pointer)?,
                secret: is_secret(resolved),
            });
        }
        Ok(inputs)
    }

    /// An inline item, or the component its `$ref` names in `#/components/<section>`,
    /// with the pointer to report its problems against. `what` names the kind of
    /// component in messages.
    fn resolve_component<T>(
        &self,
        item: &'a ReferenceOr<T>,
        section: &str,
        what: &str,
        entries: fn(&'a openapiv3::Components) -> &'a IndexMap<String, ReferenceOr<T>>,
        pointer: &str,
    ) -> Result<(&'a T, String)> {
        let reference = match item {
            ReferenceOr::Item(item) => return Ok((item, pointer.to_owned())),
            ReferenceOr::Reference { reference } => reference,
        };
        let section_pointer = format!("#/components/{section}");
        let found = reference
            .strip_prefix(&format!("{section_pointer}/"))
            .and_then(|name| entries(self.doc.components.as_ref()?).get_key_value(name));
        match found {
            Some((name, ReferenceOr::Item(item))) => Ok((item, join(&section_pointer, name))),
            Some((name, ReferenceOr::Reference { .. })) => Err(self.err(
                &join(&section_pointer, name),
                format!("{what} component that is itself a `$ref` is not supported"),
            )),
            None => Err(self.err(
                pointer,
                format!("`$ref: {reference}` does not point at {what} in `{section_pointer}`"),
            )),
        }
    }

    fn is_scalar(&self, ty: &Type) -> bool {
        match ty {
            Type::String
            | Type::Bool
            | Type::I32
            | Type::I64
            | Type::F32
            | Type::F64
            | Type::DateTime => true,
            Type::Named(name) => self
                .types
                .iter()
                .find(|t| &t.name == name)
                .is_some_and(|t| match &t.kind {
                    TypeKind::Enum(_) => true,
                    TypeKind::Alias(inner) => self.is_scalar(inner),
                    _ => false,
                }),
            Type::Json | Type::Vec(_) | Type::Map(_) => false,
        }
    }

    fn check_path_template(&self, path: &str, inputs: &[Input], pointer: &str) -> Result<()> {
        let placeholders = path_placeholders(path);
        for name in &placeholders {
            if !inputs
                .iter()
                .any(|i| i.location == Location::Path && &i.wire_name == name)
            {
                return Err(self.err(
                    pointer,
                    format!("the path has `{{{name}}}` but no path parameter `{name}` is declared"),
                ));
            }
        }
        for input in inputs.iter().filter(|i| i.location == Location::Path) {
            if !placeholders.contains(&input.wire_name) {
                return Err(self.err(
                    pointer,
                    format!(
                        "path parameter `{}` does not appear in the path `{path}`",
                        input.wire_name
                    ),
                ));
            }
        }
        Ok(())
    }

    fn request_body(
        &mut self,
        builder_name: &str,
        body: &'a ReferenceOr<RequestBody>,
        pointer: &str,
        inputs: &mut Vec<Input>,
    ) -> Result<Body> {
        let (body, pointer) = self.resolve_component(
            body,
            "requestBodies",
            "a request body",
            |c| &c.request_bodies,
            pointer,
        )?;
        let (media_type, schema) = self.json_schema(&body.content, &pointer)?;
        let Some(schema) = schema else {
            return Err(self.err(
                &join(&join(&pointer, "content"), media_type),
                "a JSON request body needs a `schema`",
            ));
        };
        let schema_pointer = join(&join(&join(&pointer, "content"), media_type), "schema");
        let ty = self.type_of(
            schema.into(),
            &schema_pointer,
            &format!("{builder_name}Request"),
        )?;
        let fields = match &ty {
            Type::Named(name) => self
                .types
                .iter()
                .find(|t| &t.name == name)
                .and_then(|t| match &t.kind {
                    TypeKind::Struct(fields) => Some(fields.clone()),
                    _ => None,
                }),
            _ => None,
        };
        match (fields, ty) {
            (Some(fields), Type::Named(name)) => {
                inputs.extend(fields.into_iter().map(|f| Input {
                    wire_name: f.json_name,
                    rust_name: f.rust_name,
                    doc: f.doc,
                    location: Location::Body,
                    ty: f.ty,
                    required: f.required,
                    constraints: f.constraints,
                    secret: f.secret,
                }));
                Ok(Body::Struct(name))
            }
            (_, ty) => {
                inputs.push(Input {
                    wire_name: "body".to_owned(),
                    rust_name: "body".to_owned(),
                    doc: body.description.as_deref().map(lines).unwrap_or_default(),
                    location: Location::Body,
                    ty: ty.clone(),
                    required: body.required,
                    constraints: Constraints::default(),
                    secret: false,
                });
                Ok(Body::Whole(ty))
            }
        }
    }

    /// The JSON media type of a content map and its schema.
    fn json_schema(
        &self,
        content: &'a IndexMap<String, openapiv3::MediaType>,
        pointer: &str,
    ) -> Result<(&'a str, Option<&'a ReferenceOr<Schema>>)> {
        let json = content.iter().find(|(media_type, _)| is_json(media_type));
        match json {
            Some((media_type, media)) => Ok((media_type, media.schema.as_ref())),
            None => {
                let offered: Vec<&str> = content.keys().map(String::as_str).collect();
                Err(self.err(
                    &join(pointer, "content"),
                    format!(
                        "only JSON content is supported, this offers {}",
                        offered.join(", ")
                    ),
                ))
            }
        }
    }

    fn responses(
        &mut self,
        builder_name: &str,
        op: &'a openapiv3::Operation,
        pointer: &str,
    ) -> Result<(Option<Type>, Vec<ErrorResponse>)> {
        let mut success: Option<(Option<Type>, String)> = None;
        let mut errors = Vec::new();
        let all = op
            .responses
            .responses
            .iter()
            .map(|(status, response)| (status.to_string(), Some(status), response))
            .chain(
                op.responses
                    .default
                    .iter()
                    .map(|response| ("default".to_owned(), None, response)),
            );
        for (status, code, response) in all {
            let response_pointer = join(pointer, &status);
            let (response, _) = self.resolve_component(
                response,
                "responses",
                "a response",
                |c| &c.responses,
                &response_pointer,
            )?;
            let is_success = matches!(
                code,
                Some(StatusCode::Code(200..=299)) | Some(StatusCode::Range(2))
            );
            if !is_success {
                errors.push(ErrorResponse {
                    status,
                    doc: lines(&response.description),
                });
                continue;
            }
            let ty = if response.content.is_empty() {
                None
            } else {
                let (media_type, schema) =
                    self.json_schema(&response.content, &response_pointer)?;
                match schema {
                    Some(schema) => {
                        let schema_pointer = join(
                            &join(&join(&response_pointer, "content"), media_type),
                            "schema",
                        );
                        Some(self.type_of(
                            schema.into(),
                            &schema_pointer,
                            &format!("{builder_name}Response"),
                        )?)
                    }
                    None => Some(Type::Json),
                }
            };
            if let Some((first, first_status)) = &success {
                if first != &ty {
                    return Err(self.err(
                        &response_pointer,
                        format!("success responses {first_status} and {status} have different bodies; only one success body type is supported"),
                    ));
                }
            } else {
                success = Some((ty, status));
            }
        }
        match success {
            Some((ty, _)) => Ok((ty, errors)),
            None => Err(self.err(pointer, "the operation has no success (2xx) response")),
        }
    }

    fn auth(&mut self, op: &openapiv3::Operation, pointer: &str) -> Result<Option<Auth>> {
        let (requirements, requirements_pointer) = match &op.security {
            Some(requirements) => (requirements, join(pointer, "security")),
            None => match &self.doc.security {
                Some(requirements) => (requirements, "#/security".to_owned()),
                None => return Ok(None),
            },
        };
        let Some(first) = requirements.first() else {
            return Ok(None);
        };
        if requirements.len() > 1 || first.len() > 1 {
            return Err(self.err(
                &requirements_pointer,
                "only a single security scheme per operation is supported",
            ));
        }
        let Some(name) = first.keys().next() else {
            return Ok(None);
        };
        let scheme = self
            .doc
            .components
            .as_ref()
            .and_then(|c| c.security_schemes.get(name));
        let scheme_pointer = join("#/components/securitySchemes", name);
        match scheme {
            Some(ReferenceOr::Item(SecurityScheme::APIKey {
                location: openapiv3::APIKeyLocation::Header,
                name,
                extensions,
                ..
            })) => Ok(Some(Auth {
                header: name.to_ascii_lowercase(),
                invalid_token_error_codes: self.string_list(
                    extensions,
                    "x-invalid-token-error-codes",
                    &scheme_pointer,
                ),
            })),
            Some(_) => Err(self.err(
                &scheme_pointer,
                "only `apiKey` security schemes sent in a header are supported",
            )),
            None => Err(self.err(
                &requirements_pointer,
                format!(
                    "security scheme `{name}` is not defined in `#/components/securitySchemes`"
                ),
            )),
        }
    }

    /// A vendor extension holding a list of strings; absent means empty.
    fn string_list(
        &mut self,
        extensions: &IndexMap<String, serde_json::Value>,
        name: &str,
        pointer: &str,
    ) -> Vec<String> {
        let Some(value) = extensions.get(name) else {
            return Vec::new();
        };
        let items = value.as_array().and_then(|items| {
            items
                .iter()
                .map(|i| i.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()
        });
        items.unwrap_or_else(|| {
            let e = self.err(
                &join(pointer, name),
                format!("`{name}` must be a list of strings"),
            );
            self.errors.push(e);
            Vec::new()
        })
    }

    /// `x-pagination: {cursorParameter, cursorField, itemsField}`, checked against the
    /// operation's inputs and its response type.
    fn pagination(
        &self,
        value: &serde_json::Value,
        inputs: &[Input],
        response: Option<&Type>,
        pointer: &str,
    ) -> Result<Pagination> {
        let setting = |key: &str| {
            value.get(key).and_then(|v| v.as_str()).ok_or_else(|| {
                self.err(pointer, format!("`x-pagination` needs `{key}` (a string); it has `cursorParameter`, `cursorField` and `itemsField`"))
            })
        };
        let (cursor_parameter, cursor_field, items_field) = (
            setting("cursorParameter")?,
            setting("cursorField")?,
            setting("itemsField")?,
        );
        let cursor_input = inputs
            .iter()
            .find(|i| i.wire_name == cursor_parameter && i.location != Location::Path)
            .filter(|i| !i.required && i.ty == Type::String)
            .ok_or_else(|| self.err(pointer, format!("`cursorParameter: {cursor_parameter}` must name an optional string input of the operation")))?;
        let fields = match response {
            Some(Type::Named(name)) => {
                self.types
                    .iter()
                    .find(|t| &t.name == name)
                    .and_then(|t| match &t.kind {
                        TypeKind::Struct(fields) => Some(fields),
                        _ => None,
                    })
            }
            _ => None,
        }
        .ok_or_else(|| {
            self.err(
                pointer,
                "`x-pagination` needs a success response that is an object",
            )
        })?;
        let cursor = fields
            .iter()
            .find(|f| f.json_name == cursor_field && f.ty == Type::String)
            .ok_or_else(|| {
                self.err(
                    pointer,
                    format!(
                        "`cursorField: {cursor_field}` must name a string property of the response"
                    ),
                )
            })?;
        let items = fields
            .iter()
            .find(|f| f.json_name == items_field)
            .ok_or_else(|| {
                self.err(
                    pointer,
                    format!(
                        "`itemsField: {items_field}` must name an array property of the response"
                    ),
                )
            })?;
        let Type::Vec(item) = &items.ty else {
            return Err(self.err(
                pointer,
                format!("`itemsField: {items_field}` must name an array property of the response"),
            ));
        };
        Ok(Pagination {
            cursor_input: cursor_input.rust_name.clone(),
            cursor_field: cursor.rust_name.clone(),
            items_field: items.rust_name.clone(),
            items_required: items.required,
            item: (**item).clone(),
        })
    }
}

/// Names the request builders use for themselves.
const RESERVED_BUILDER_NAMES: &[&str] = &[
    "client", "options", "retry", "timeout", "validate", "send", "pages", "items",
];

fn parameter_data(parameter: &Parameter) -> &openapiv3::ParameterData {
    match parameter {
        Parameter::Query { parameter_data, .. }
        | Parameter::Header { parameter_data, .. }
        | Parameter::Path { parameter_data, .. }
        | Parameter::Cookie { parameter_data, .. } => parameter_data,
    }
}

fn location_name(parameter: &Parameter) -> &'static str {
    match parameter {
        Parameter::Query { .. } => "query",
        Parameter::Header { .. } => "header",
        Parameter::Path { .. } => "path",
        Parameter::Cookie { .. } => "cookie",
    }
}

fn path_placeholders(path: &str) -> Vec<String> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}'))
        .map(|(name, _)| name.to_owned())
        .collect()
}

fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or("").trim();
    essence == "application/json" || essence.ends_with("+json")
}

fn is_ident(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name != "_"
}

fn is_secret(schema: &Schema) -> bool {
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

fn doc_of(schema: &Schema) -> Doc {
    let data = &schema.schema_data;
    match (&data.description, &data.title) {
        (Some(text), _) | (None, Some(text)) => lines(text),
        (None, None) => Vec::new(),
    }
}

/// Splits documentation text into lines, dropping trailing blank lines.
fn lines(text: &str) -> Doc {
    let mut lines: Vec<String> = text.lines().map(|l| l.trim_end().to_owned()).collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

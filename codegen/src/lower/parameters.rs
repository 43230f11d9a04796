//! Parameters: path-level and operation-level parameters merged into the inputs
//! of an operation, checked against its path template.

use indexmap::IndexMap;
use openapiv3::{
    Parameter, ParameterData, ParameterSchemaOrContent, PathStyle, QueryStyle, ReferenceOr,
};

use super::bodies::is_json;
use super::names::{field_name, type_name};
use super::schemas::{doc_in_place, is_secret};
use super::{lines, Lowerer, Result};
use crate::load::join;
use crate::model::*;

impl<'a> Lowerer<'a> {
    /// The parameters of the operation at `pointer` as inputs; `shared` are those of its path.
    pub(super) fn parameters(
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
            // A parameter with `content` is sent as one string in that media type: JSON here.
            let (schema, schema_pointer, json) = match &data.format {
                ParameterSchemaOrContent::Schema(schema) => {
                    (schema, join(&parameter_pointer, "schema"), false)
                }
                ParameterSchemaOrContent::Content(content) => {
                    let content_pointer = join(&parameter_pointer, "content");
                    let (media_type, schema) = match content.iter().next() {
                        Some((media_type, media)) if content.len() == 1 => {
                            (media_type, media.schema.as_ref())
                        }
                        _ => {
                            return Err(self.err(
                                &content_pointer,
                                "a parameter's `content` must have one media type",
                            ))
                        }
                    };
                    let media_pointer = join(&content_pointer, media_type);
                    let Some(schema) = schema else {
                        return Err(
                            self.err(&media_pointer, "a parameter's media type needs a `schema`")
                        );
                    };
                    let json = is_json(media_type);
                    if !json {
                        self.warnings.push(self.err(
                            &media_pointer,
                            format!("a parameter in `{media_type}` is sent as its schema's value would be, in its location's style"),
                        ));
                    }
                    (schema, join(&media_pointer, "schema"), json)
                }
            };
            let hint = format!("{builder_name}{}", type_name(&data.name));
            let ty = self.type_of(schema.into(), &schema_pointer, &hint)?;
            // OpenAPI's styles write values, arrays of values and objects whose
            // properties are values; anything else goes as JSON.
            let shape = if json { None } else { self.shape(&ty) };
            if !json && shape.is_none() {
                self.warnings.push(self.err(
                    &schema_pointer,
                    "no parameter style writes this schema (only values, arrays of values and objects whose properties are values): it is sent as JSON",
                ));
            }
            let json = json || shape.is_none();
            let style = match shape {
                Some(shape) => self.style(parameter, shape, &parameter_pointer)?,
                None => None,
            };
            if location == Location::Path && !data.required {
                return Err(self.err(
                    &parameter_pointer,
                    "path parameters must be `required: true`",
                ));
            }
            let (resolved, _) = self.resolve_schema(schema.into(), &schema_pointer)?;
            let doc = match &data.description {
                Some(description) => lines(description),
                None => doc_in_place(schema.into(), resolved),
            };
            inputs.push(Input {
                wire_name: data.name.clone(),
                rust_name: field_name(&data.name),
                member: field_name(&data.name),
                doc,
                location,
                ty,
                required: data.required,
                constraints: self.constraints(resolved, &schema_pointer)?,
                secret: is_secret(resolved),
                json,
                style,
            });
        }
        Ok(inputs)
    }

    /// How the parameter is written, when not as one value in its location's
    /// default style; `shape` is what its type is to styles (a type no style
    /// writes is sent as JSON and never gets here).
    fn style(
        &mut self,
        parameter: &Parameter,
        shape: Shape,
        parameter_pointer: &str,
    ) -> Result<Option<Styled>> {
        let (mut style, default) = match parameter {
            Parameter::Query { style, .. } => (
                match style {
                    QueryStyle::Form => Style::Form,
                    QueryStyle::SpaceDelimited => Style::SpaceDelimited,
                    QueryStyle::PipeDelimited => Style::PipeDelimited,
                    QueryStyle::DeepObject => Style::DeepObject,
                },
                Style::Form,
            ),
            Parameter::Path { style, .. } => (
                match style {
                    PathStyle::Simple => Style::Simple,
                    PathStyle::Label => Style::Label,
                    PathStyle::Matrix => Style::Matrix,
                },
                Style::Simple,
            ),
            Parameter::Header { .. } | Parameter::Cookie { .. } => (Style::Simple, Style::Simple),
        };
        let data = parameter_data(parameter);
        let mut explode = data.explode.unwrap_or(style == Style::Form);
        let style_pointer = join(parameter_pointer, "style");
        let explode_pointer = match data.explode {
            Some(_) => join(parameter_pointer, "explode"),
            None => style_pointer.clone(),
        };
        if style == Style::DeepObject && shape != Shape::Object {
            self.warnings.push(self.err(
                &style_pointer,
                "`style: deepObject` is for objects; this parameter is sent in the `form` style",
            ));
            style = Style::Form;
            explode = data.explode.unwrap_or(true);
        }
        if style == Style::DeepObject && !explode {
            self.warnings.push(self.err(
                &explode_pointer,
                "`deepObject` is defined with `explode: true` only; it is sent exploded",
            ));
            explode = true;
        }
        let delimited = matches!(style, Style::SpaceDelimited | Style::PipeDelimited);
        if delimited && explode && shape != Shape::Value {
            self.warnings.push(self.err(
                &explode_pointer,
                format!("`{}` with `explode: true` is not defined by OpenAPI 3.0; it is sent as `form` with `explode: true` (`a=1&a=2`)", if style == Style::SpaceDelimited { "spaceDelimited" } else { "pipeDelimited" }),
            ));
            style = Style::Form;
        }
        // One value in the default style (or a delimited one) is written as it is.
        let plain = shape == Shape::Value && (style == default || delimited);
        Ok((!plain).then_some(Styled { style, explode }))
    }

    /// What a parameter's type is to styles: `None` when no style writes it.
    fn shape(&self, ty: &Type) -> Option<Shape> {
        match ty {
            _ if self.is_scalar(ty) => Some(Shape::Value),
            Type::Vec(item) if self.is_scalar(item) => Some(Shape::List),
            Type::Map(value) if self.is_scalar(value) => Some(Shape::Object),
            Type::Named(name) => match &self.named_type(name)?.kind {
                TypeKind::Alias(inner) => self.shape(inner),
                TypeKind::Struct(fields) => fields
                    .iter()
                    .all(|f| {
                        self.shape(&f.ty)
                            == Some(if f.flatten {
                                Shape::Object
                            } else {
                                Shape::Value
                            })
                    })
                    .then_some(Shape::Object),
                _ => None,
            },
            _ => None,
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
            Type::Named(name) => self.named_type(name).is_some_and(|t| match &t.kind {
                TypeKind::Enum(_) => true,
                TypeKind::Alias(inner) => self.is_scalar(inner),
                _ => false,
            }),
            Type::Json | Type::Bytes | Type::File | Type::Vec(_) | Type::Map(_) => false,
        }
    }

    /// Checks that the placeholders of `path` and the path parameters are the
    /// same names, and returns the path the operation is sent to. A query
    /// written into the path (`/search?q={q}`) is left out of it: its
    /// placeholders are query parameters, declared or not. A placeholder
    /// no parameter declares is a warning and a `String` input of its own.
    pub(super) fn path_template(
        &mut self,
        path: &str,
        inputs: &mut Vec<Input>,
        pointer: &str,
    ) -> Result<String> {
        let (path, query) = match path.split_once('?') {
            Some((path, query)) => {
                self.warnings.push(self.err(
                    pointer,
                    format!("the path has a query, `?{query}`: it is sent as query parameters"),
                ));
                (path, Some(query))
            }
            None => (path, None),
        };
        // A path parameter written in that query is a query parameter.
        if let Some(query) = query {
            let in_path = path_placeholders(path);
            let in_query = path_placeholders(query);
            for input in inputs.iter_mut() {
                if input.location == Location::Path
                    && !in_path.contains(&input.wire_name)
                    && in_query.contains(&input.wire_name)
                {
                    input.location = Location::Query;
                    input.style = None;
                }
            }
        }
        let written = [(path, Location::Path)]
            .into_iter()
            .chain(query.map(|query| (query, Location::Query)));
        for (text, location) in written {
            for name in path_placeholders(text) {
                let declared = inputs.iter().any(|i| {
                    i.wire_name == name && (i.location == location || location == Location::Query)
                });
                if declared {
                    continue;
                }
                let (kind, place) = match location {
                    Location::Path => ("path", "the path"),
                    _ => ("query", "the query"),
                };
                self.warnings.push(self.err(
                    pointer,
                    format!("{place} has `{{{name}}}` but no {kind} parameter `{name}` is declared: it is a `String` {kind} parameter"),
                ));
                inputs.push(Input {
                    wire_name: name.clone(),
                    rust_name: field_name(&name),
                    member: field_name(&name),
                    doc: Vec::new(),
                    location,
                    ty: Type::String,
                    required: true,
                    constraints: Constraints::default(),
                    secret: false,
                    json: false,
                    style: None,
                });
            }
        }
        let placeholders = path_placeholders(path);
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
        Ok(path.to_owned())
    }
}

/// What a parameter's value is to styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Value,
    List,
    Object,
}

fn parameter_data(parameter: &Parameter) -> &ParameterData {
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

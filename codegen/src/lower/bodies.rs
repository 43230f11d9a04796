//! Request bodies: the media type a body is sent as, and its inputs.
//!
//! JSON is preferred whenever it is offered; otherwise the first media type
//! listed is taken. JSON and `application/x-www-form-urlencoded` objects are
//! split into one input per property (other JSON values are passed whole);
//! a form that is not an object with properties is passed whole, as a map
//! (`Body::Whole`), or as text when its schema is a string; each property of
//! a `multipart/form-data` object is a part, binary ones files; text
//! (`text/*`) is a string and any other media type bytes, passed whole.

use indexmap::IndexMap;
use openapiv3::{MediaType, ReferenceOr, RequestBody, SchemaKind, Type as OaType};

use super::refs::SchemaRef;
use super::{lines, Lowerer, Result};
use crate::load::join;
use crate::model::*;

impl<'a> Lowerer<'a> {
    /// The request body of an operation and its media type, its inputs added
    /// to `inputs`; none, with a warning, for a body of no media type.
    pub(super) fn request_body(
        &mut self,
        builder_name: &str,
        body: &'a ReferenceOr<RequestBody>,
        pointer: &str,
        inputs: &mut Vec<Input>,
    ) -> Result<Option<(Body, String)>> {
        let (body, pointer) = self.resolve_component(
            body,
            "requestBodies",
            "a request body",
            |c| &c.request_bodies,
            pointer,
        )?;
        if body.content.is_empty() {
            self.warnings.push(self.err(
                &join(&pointer, "content"),
                "a request body of no media type cannot be written: the operation sends none",
            ));
            return Ok(None);
        }
        let (media_type, media, encoding) = self.media(&body.content, &pointer)?;
        let media_pointer = join(&join(&pointer, "content"), media_type);
        let schema_pointer = join(&media_pointer, "schema");
        let whole = |ty: Type, constraints: Constraints| Input {
            wire_name: "body".to_owned(),
            rust_name: "body".to_owned(),
            member: "body".to_owned(),
            doc: body.description.as_deref().map(lines).unwrap_or_default(),
            location: Location::Body,
            ty,
            required: body.required,
            constraints,
            secret: false,
            json: false,
            style: None,
        };
        if matches!(encoding, Encoding::Text | Encoding::Binary) {
            let ty = match encoding {
                Encoding::Text => Type::String,
                _ => Type::Bytes,
            };
            inputs.push(whole(ty, Constraints::default()));
            return Ok(Some((Body::Raw(encoding), media_type.to_owned())));
        }
        let Some(schema) = &media.schema else {
            return Err(self.err(&media_pointer, "a request body needs a `schema`"));
        };
        let ty = self.type_of(
            schema.into(),
            &schema_pointer,
            &format!("{builder_name}Request"),
        )?;
        // An object whose other properties are a map is passed whole. The
        // parts of a form are those of the struct an alias names.
        let named = match encoding {
            Encoding::Json => ty.clone(),
            _ => self.through_aliases(&ty),
        };
        let fields = match &named {
            Type::Named(name) => self
                .struct_fields(&named)
                .filter(|fields| !fields.iter().any(|f| f.flatten))
                .map(|fields| (name.clone(), fields.to_vec())),
            _ => None,
        };
        let input = |f: Field| Input {
            wire_name: f.json_name,
            rust_name: f.rust_name.clone(),
            member: f.rust_name,
            doc: f.doc,
            location: Location::Body,
            ty: f.ty,
            required: f.required,
            constraints: f.constraints,
            secret: f.secret,
            json: false,
            style: None,
        };
        let body = match (encoding, fields, ty) {
            (Encoding::Json, Some((name, fields)), _) => {
                inputs.extend(fields.into_iter().map(input));
                Body::Struct(name)
            }
            (Encoding::Json, _, ty) => {
                inputs.push(whole(ty.clone(), Constraints::default()));
                Body::Whole(ty)
            }
            (Encoding::Form, Some((name, fields)), _) => {
                inputs.extend(fields.into_iter().map(input));
                Body::Form(name)
            }
            (Encoding::Form, None, ty) => {
                let ty = self.form_whole(ty, schema.into(), &schema_pointer, media_type)?;
                if ty == Type::String {
                    // The form written out already.
                    inputs.push(whole(Type::String, Constraints::default()));
                    return Ok(Some((Body::Raw(Encoding::Text), media_type.to_owned())));
                }
                inputs.push(whole(ty.clone(), Constraints::default()));
                Body::Whole(ty)
            }
            (Encoding::Multipart, Some((_, fields)), _) => {
                let mut files = Vec::new();
                for field in fields {
                    // Binary properties are files, sent with their file name.
                    let ty = match &field.ty {
                        Type::Bytes => Type::File,
                        Type::Vec(item) if **item == Type::Bytes => Type::Vec(Box::new(Type::File)),
                        other => other.clone(),
                    };
                    if ty != field.ty {
                        let content_type = media
                            .encoding
                            .get(&field.json_name)
                            .and_then(|e| e.content_type.clone())
                            .unwrap_or_else(|| "application/octet-stream".to_owned());
                        files.push((field.json_name.clone(), content_type));
                    }
                    inputs.push(Input { ty, ..input(field) });
                }
                Body::Parts(files)
            }
            (Encoding::Multipart, None, ty) => {
                let ty = self.parts_whole(ty, schema.into(), &schema_pointer, media_type)?;
                inputs.push(whole(ty.clone(), Constraints::default()));
                Body::Whole(ty)
            }
            (Encoding::Text | Encoding::Binary, ..) => unreachable!("sent whole above"),
        };
        Ok(Some((body, media_type.to_owned())))
    }

    /// The type of a form body that is not split into one input per property,
    /// passed whole: an object whose other properties are a map, or a map,
    /// as it is; an object of properties no schema names (`{}`, `type: object`
    /// alone) as a map of any JSON; a string as the form written out. Anything
    /// else cannot be a form of fields: it is a map of any JSON, with a warning.
    fn form_whole(
        &mut self,
        ty: Type,
        schema: SchemaRef<'a>,
        pointer: &str,
        media_type: &str,
    ) -> Result<Type> {
        let any_map = Type::Map(Box::new(Type::Json));
        let (resolved, _) = self.resolve_schema(schema, pointer)?;
        Ok(match self.through_aliases(&ty) {
            Type::Named(_) if self.struct_fields(&self.through_aliases(&ty)).is_some() => ty,
            Type::Map(_) | Type::String => ty,
            Type::Json
                if matches!(
                    resolved.schema_kind,
                    SchemaKind::Any(_) | SchemaKind::Type(OaType::Object(_))
                ) =>
            {
                any_map
            }
            _ => {
                self.warnings.push(self.err(
                    pointer,
                    format!("a `{media_type}` body is a form of the fields of an object, which this schema is not: it is sent as a map of any JSON, each entry a field"),
                ));
                any_map
            }
        })
    }

    /// The type of a multipart body that is not an object of properties, whose
    /// parts are named by the caller: a map as it is, each entry a part, and
    /// an object no schema describes a map of any JSON; bytes (one file no
    /// property names) a map of files, each under its part's name, with a
    /// warning; anything else a map of any JSON, with a warning.
    fn parts_whole(
        &mut self,
        ty: Type,
        schema: SchemaRef<'a>,
        pointer: &str,
        media_type: &str,
    ) -> Result<Type> {
        let any_map = Type::Map(Box::new(Type::Json));
        let (resolved, _) = self.resolve_schema(schema, pointer)?;
        Ok(match self.through_aliases(&ty) {
            Type::Map(_) => ty,
            Type::Json
                if matches!(
                    resolved.schema_kind,
                    SchemaKind::Any(_) | SchemaKind::Type(OaType::Object(_))
                ) =>
            {
                any_map
            }
            Type::Bytes => {
                self.warnings.push(self.err(
                    pointer,
                    format!("a `{media_type}` body of one file names no part: it is a map of files, each sent as a part named by its key"),
                ));
                Type::Map(Box::new(Type::File))
            }
            _ => {
                self.warnings.push(self.err(
                    pointer,
                    format!("a `{media_type}` body is the parts of an object's fields, which this schema is not: it is a map of any JSON, each entry a part"),
                ));
                any_map
            }
        })
    }

    /// The type `ty` is, through the aliases it names.
    fn through_aliases(&self, ty: &Type) -> Type {
        let mut ty = ty.clone();
        for _ in 0..32 {
            match &ty {
                Type::Named(name) => match self.named_type(name).map(|t| &t.kind) {
                    Some(TypeKind::Alias(aliased)) => ty = aliased.clone(),
                    _ => break,
                },
                _ => break,
            }
        }
        ty
    }

    /// The media type a body is read or written as: JSON whenever it is
    /// offered, or else the first one listed.
    pub(super) fn media(
        &self,
        content: &'a IndexMap<String, MediaType>,
        pointer: &str,
    ) -> Result<(&'a str, &'a MediaType, Encoding)> {
        let json = content.iter().find(|(media_type, _)| is_json(media_type));
        match json.or_else(|| content.first()) {
            Some((media_type, media)) => Ok((media_type, media, encoding(media_type))),
            None => Err(self.err(
                &join(pointer, "content"),
                "a body needs a media type in `content`",
            )),
        }
    }
}

/// The essence of a media type: lowercase, parameters aside.
fn essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// `application/json` or any `+json` type, parameters aside.
pub(super) fn is_json(media_type: &str) -> bool {
    let essence = essence(media_type);
    essence == "application/json" || essence.ends_with("+json")
}

/// How a body of `media_type` is written and read.
fn encoding(media_type: &str) -> Encoding {
    match essence(media_type).as_str() {
        _ if is_json(media_type) => Encoding::Json,
        "application/x-www-form-urlencoded" => Encoding::Form,
        "multipart/form-data" => Encoding::Multipart,
        text if text.starts_with("text/") => Encoding::Text,
        _ => Encoding::Binary,
    }
}

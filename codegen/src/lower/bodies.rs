//! Request bodies: the JSON media type of a body and its schema, split into one
//! input per property when it is an object, or passed whole otherwise.

use indexmap::IndexMap;
use openapiv3::{MediaType, ReferenceOr, RequestBody, Schema};

use super::{lines, Lowerer, Result};
use crate::load::join;
use crate::model::*;

impl<'a> Lowerer<'a> {
    /// The request body of an operation, its inputs added to `inputs`.
    pub(super) fn request_body(
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
        // An object whose other properties are a map is passed whole.
        let fields = self
            .struct_fields(&ty)
            .filter(|fields| !fields.iter().any(|f| f.flatten))
            .map(<[Field]>::to_vec);
        match (fields, ty) {
            (Some(fields), Type::Named(name)) => {
                inputs.extend(fields.into_iter().map(|f| Input {
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
                }));
                Ok(Body::Struct(name))
            }
            (_, ty) => {
                inputs.push(Input {
                    wire_name: "body".to_owned(),
                    rust_name: "body".to_owned(),
                    member: "body".to_owned(),
                    doc: body.description.as_deref().map(lines).unwrap_or_default(),
                    location: Location::Body,
                    ty: ty.clone(),
                    required: body.required,
                    constraints: Constraints::default(),
                    secret: false,
                    json: false,
                    style: None,
                });
                Ok(Body::Whole(ty))
            }
        }
    }

    /// The JSON media type of a content map and its schema.
    pub(super) fn json_schema(
        &self,
        content: &'a IndexMap<String, MediaType>,
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
}

/// `application/json` or any `+json` type, parameters aside.
pub(super) fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or("").trim();
    essence == "application/json" || essence.ends_with("+json")
}

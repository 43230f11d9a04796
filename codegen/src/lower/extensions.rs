//! Vendor extensions: `x-pagination`, `x-idempotent`, `x-error-in-body`,
//! `x-result`, and the lists of strings `x-retryable-error-codes` and
//! `x-invalid-token-error-codes`.

use indexmap::IndexMap;

use super::{Lowerer, Result};
use crate::load::join;
use crate::model::*;

impl<'a> Lowerer<'a> {
    /// A vendor extension holding a list of strings (numbers are read as
    /// written: error codes may be numbers); absent means empty.
    pub(super) fn string_list(
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
                .map(|i| match i {
                    serde_json::Value::String(s) => Some(s.clone()),
                    serde_json::Value::Number(n) => Some(n.to_string()),
                    _ => None,
                })
                .collect::<Option<Vec<_>>>()
        });
        items.unwrap_or_else(|| {
            let e = self.err(
                &join(pointer, name),
                format!("`{name}` must be a list of strings (or numbers)"),
            );
            self.errors.push(e);
            Vec::new()
        })
    }

    /// Whether the operation at `pointer` is idempotent: `x-idempotent` when it is
    /// given, otherwise every method but POST and PATCH.
    pub(super) fn idempotent(
        &self,
        method: Method,
        op: &openapiv3::Operation,
        pointer: &str,
    ) -> Result<bool> {
        match op.extensions.get("x-idempotent") {
            None => Ok(!matches!(method, Method::Post | Method::Patch)),
            Some(serde_json::Value::Bool(flag)) => Ok(*flag),
            Some(_) => Err(self.err(
                &join(pointer, "x-idempotent"),
                "`x-idempotent` must be `true` or `false`",
            )),
        }
    }

    /// The `x-error-in-body` of the operation at `pointer`, when it has one:
    /// `code` (a JSON pointer to the error code), `success` (the value meaning
    /// success), and optionally `status` (a JSON pointer to the value telling
    /// success from failure; `code` when absent) and `message` (a JSON pointer
    /// to the message).
    pub(super) fn body_status(
        &self,
        op: &openapiv3::Operation,
        pointer: &str,
    ) -> Result<Option<BodyStatus>> {
        let Some(value) = op.extensions.get("x-error-in-body") else {
            return Ok(None);
        };
        let at = join(pointer, "x-error-in-body");
        let object = value.as_object().ok_or_else(|| {
            self.err(
                &at,
                "`x-error-in-body` must be an object with `code` and `success`",
            )
        })?;
        let json_pointer = |key: &str, required: bool| -> Result<Option<String>> {
            match object.get(key) {
                None if !required => Ok(None),
                Some(serde_json::Value::String(p)) if p.starts_with('/') => Ok(Some(p.clone())),
                _ => Err(self.err(
                    &join(&at, key),
                    format!("`{key}` must be a JSON pointer into the answer, such as `/errcode`"),
                )),
            }
        };
        let code = json_pointer("code", true)?.unwrap_or_default();
        let success = match object.get("success") {
            Some(
                value @ (serde_json::Value::Number(_)
                | serde_json::Value::Bool(_)
                | serde_json::Value::String(_)),
            ) => value.clone(),
            _ => {
                return Err(self.err(
                    &join(&at, "success"),
                    "`success` must be the number, string or boolean that means success",
                ))
            }
        };
        Ok(Some(BodyStatus {
            status: json_pointer("status", false)?.unwrap_or_else(|| code.clone()),
            success,
            message: json_pointer("message", false)?.unwrap_or_default(),
            request_id: json_pointer("requestId", false)?.unwrap_or_default(),
            code,
        }))
    }

    /// The `x-result` of the operation at `pointer` (a JSON pointer into the
    /// one JSON body of its successes), with the type there.
    pub(super) fn result_at(
        &self,
        op: &openapiv3::Operation,
        response: Option<&Type>,
        pointer: &str,
    ) -> Result<Option<ResultAt>> {
        let Some(value) = op.extensions.get("x-result") else {
            return Ok(None);
        };
        let at = join(pointer, "x-result");
        let Some(path) = value.as_str().filter(|p| p.starts_with('/')) else {
            return Err(self.err(&at, "`x-result` must be a JSON pointer, such as `/result`"));
        };
        let Some(mut ty) = response.cloned() else {
            return Err(self.err(
                &at,
                "`x-result` needs one JSON body for every success response",
            ));
        };
        let mut required = true;
        for step in path[1..].split('/') {
            let step = step.replace("~1", "/").replace("~0", "~");
            let fields = self.struct_fields(&ty).unwrap_or_default();
            let field = fields.iter().find(|f| f.json_name == step);
            let Some(field) = field else {
                return Err(self.err(
                    &at,
                    format!("`{path}`: the success body has no property `{step}` there"),
                ));
            };
            required = field.required;
            ty = field.ty.clone();
        }
        Ok(Some(ResultAt {
            pointer: path.to_owned(),
            ty,
            required,
        }))
    }

    /// The `x-pagination` of the operation at `pointer`, when it has one.
    pub(super) fn pagination(
        &self,
        op: &openapiv3::Operation,
        inputs: &[Input],
        response: Option<&Type>,
        pointer: &str,
    ) -> Result<Option<Pagination>> {
        match op.extensions.get("x-pagination") {
            None => Ok(None),
            Some(value) => {
                let pointer = join(pointer, "x-pagination");
                self.pagination_setting(value, inputs, response, &pointer)
                    .map(Some)
            }
        }
    }

    /// `x-pagination: {cursorParameter, cursorField, itemsField, hasMoreField}`,
    /// checked against the operation's inputs and its response type.
    fn pagination_setting(
        &self,
        value: &serde_json::Value,
        inputs: &[Input],
        response: Option<&Type>,
        pointer: &str,
    ) -> Result<Pagination> {
        let setting = |key: &str| {
            value.get(key).and_then(|v| v.as_str()).ok_or_else(|| {
                self.err(pointer, format!("`x-pagination` needs `{key}` (a string); it has `cursorParameter`, `cursorField`, `itemsField` and, optionally, `hasMoreField`"))
            })
        };
        let (cursor_parameter, cursor_field, items_field) = (
            setting("cursorParameter")?,
            setting("cursorField")?,
            setting("itemsField")?,
        );
        // `cursorParameter` names an input, or a path into one (`option.nextToken`
        // for a cursor inside the request body) through objects that can be
        // made empty (their properties are all optional).
        let bad_parameter = || {
            self.err(pointer, format!("`cursorParameter: {cursor_parameter}` must name an optional string input of the operation or an integer one, or a path to one inside an input (`option.nextToken`) through objects whose properties are all optional"))
        };
        let mut steps = cursor_parameter.split('.');
        let first = steps.next().unwrap_or_default();
        let cursor_input = inputs
            .iter()
            .find(|i| i.wire_name == first && i.location != Location::Path)
            .ok_or_else(bad_parameter)?;
        let (mut ty, mut required) = (&cursor_input.ty, cursor_input.required);
        let mut cursor_input_path = Vec::new();
        for step in steps {
            let fields = self.struct_fields(ty).ok_or_else(bad_parameter)?;
            // An absent object on the way is created empty, so it must allow that.
            if !required && fields.iter().any(|f| f.required) {
                return Err(bad_parameter());
            }
            let field = fields
                .iter()
                .find(|f| f.json_name == step)
                .ok_or_else(bad_parameter)?;
            cursor_input_path.push((field.rust_name.clone(), field.required));
            (ty, required) = (&field.ty, field.required);
        }
        // A string cursor is absent on the first page; an integer one may be
        // required (it starts at `0`).
        let integer = matches!(ty, Type::I32 | Type::I64);
        if !(integer || (*ty == Type::String && !required)) {
            return Err(bad_parameter());
        }
        let (cursor_type, cursor_required) = (ty.clone(), required);
        let fields = response
            .and_then(|ty| self.struct_fields(ty))
            .ok_or_else(|| {
                self.err(
                    pointer,
                    "`x-pagination` needs a success response that is an object",
                )
            })?;
        // `cursorField` is a property of the response, or a dotted path through
        // nested objects (`meta.next`).
        let bad_cursor = || {
            self.err(
                pointer,
                format!("`cursorField: {cursor_field}` must name a property of the response of the cursor's type, or a path to one through objects (`meta.next`)"),
            )
        };
        let (cursor_path, ty) = self
            .response_path(fields, cursor_field)
            .ok_or_else(bad_cursor)?;
        if ty != cursor_type {
            return Err(bad_cursor());
        }
        // `itemsField` is an array of the response, or inside it (`result.list`).
        let bad_items = || {
            self.err(
                pointer,
                format!("`itemsField: {items_field}` must name an array property of the response, or a path to one through objects (`result.list`)"),
            )
        };
        let (items_path, items) = self
            .response_path(fields, items_field)
            .ok_or_else(bad_items)?;
        let Type::Vec(item) = items else {
            return Err(bad_items());
        };
        // `hasMoreField`, when given, is a boolean of the response, or inside it.
        let (has_more_field, has_more_path) = match value.get("hasMoreField") {
            None => (None, Vec::new()),
            Some(field) => {
                let shown = field
                    .as_str()
                    .map_or_else(|| field.to_string(), str::to_owned);
                let bad_more = || {
                    self.err(
                        pointer,
                        format!("`hasMoreField: {shown}` must name a boolean property of the response, or a path to one through objects (`result.hasMore`)"),
                    )
                };
                let field = field.as_str().ok_or_else(bad_more)?;
                match self.response_path(fields, field) {
                    Some((path, Type::Bool)) => (Some(field.to_owned()), path),
                    _ => return Err(bad_more()),
                }
            }
        };
        Ok(Pagination {
            cursor_input: cursor_input.rust_name.clone(),
            cursor_input_path,
            cursor_type,
            cursor_required,
            cursor_field: cursor_field.to_owned(),
            cursor_path,
            items_field: items_field.to_owned(),
            items_path,
            item: (*item).clone(),
            has_more_field,
            has_more_path,
            page_optional: false,
        })
    }

    /// The Rust fields along a dotted path of properties (`meta.next`) from
    /// `fields` through nested objects, each with whether it is required, and
    /// the type at its end.
    fn response_path(&self, fields: &[Field], path: &str) -> Option<(Vec<(String, bool)>, Type)> {
        let mut level = fields;
        let mut steps = Vec::new();
        let mut names = path.split('.').peekable();
        while let Some(name) = names.next() {
            let field = level.iter().find(|f| f.json_name == name)?;
            steps.push((field.rust_name.clone(), field.required));
            if names.peek().is_none() {
                return Some((steps, field.ty.clone()));
            }
            level = self.struct_fields(&field.ty)?;
        }
        None
    }
}

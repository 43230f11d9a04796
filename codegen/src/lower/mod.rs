//! Checking a spec and lowering it into the intermediate model.
//!
//! Every construct is either translated faithfully or rejected with an error
//! naming its JSON pointer; nothing is skipped silently.
//!
//! This module holds the shared state and walks the document: its version, servers,
//! component schemas, paths and their operations. Each construct is lowered by its
//! own module: `names` (Rust names), `refs` (`$ref`s), `schemas`, `parameters`,
//! `bodies` (request bodies), `responses`, `security`, `extensions` (vendor extensions)
//! and `conventions` (the request-id header and the error schema's parts).

mod bodies;
mod conventions;
mod extensions;
mod names;
mod normalize;
mod parameters;
mod refs;
mod responses;
mod schemas;
mod security;

use std::collections::HashMap;

use openapiv3::{OpenAPI, Parameter, ReferenceOr};

use crate::error::{Error, SpecError};
use crate::load::{join, Spec};
use crate::model::*;

/// Checks `spec` and lowers it into the intermediate model.
pub fn lower(spec: &Spec) -> Result<Api, Error> {
    let mut document = spec.document.clone();
    let warnings = normalize::normalize(&mut document);
    let mut lowerer = Lowerer {
        spec,
        doc: &document,
        types: Vec::new(),
        type_names: HashMap::new(),
        errors: Vec::new(),
    };
    let mut api = lowerer.api();
    api.warnings = warnings
        .into_iter()
        .map(|(pointer, message)| spec.error(&pointer, message))
        .collect();
    if lowerer.errors.is_empty() {
        Ok(api)
    } else {
        Err(Error::Spec(lowerer.errors))
    }
}

type Result<T, E = SpecError> = std::result::Result<T, E>;

/// The state shared by every lowering module.
struct Lowerer<'a> {
    spec: &'a Spec,
    doc: &'a OpenAPI,
    /// The named types defined so far, in the order they were first met.
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
                // The builder and the input struct are types of their own.
                let claims = [Some(&op.builder_name), op.input_struct.as_ref()];
                let claimed = claims
                    .into_iter()
                    .flatten()
                    .try_for_each(|name| self.claim_type_name(name, &pointer));
                if self.collect(claimed).is_none() {
                    continue;
                }
                ids.insert(op.id.clone(), pointer.clone());
                ids.insert(op.method_name.clone(), pointer);
                operations.push(op);
            }
        }
        let retryable_error_codes =
            self.string_list(&self.doc.extensions, "x-retryable-error-codes", "#");
        let (request_id_header, error_shape) = self.conventions();
        Api {
            retryable_error_codes,
            request_id_header,
            error_shape,
            warnings: Vec::new(),
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
        let (method_name, builder_name) = self.operation_names(&id, pointer)?;
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
        self.check_input_names(&inputs, pointer)?;
        // Two or more required inputs are passed as a struct of their own, named
        // so that they cannot be swapped.
        let required = inputs.iter().filter(|i| i.required).count();
        let input_struct = (required >= 2).then(|| format!("{builder_name}Input"));

        let (response, errors) = self.responses(&builder_name, op, &join(pointer, "responses"))?;
        let auth = self.auth(op, pointer)?;
        let idempotent = self.idempotent(method, op, pointer)?;
        let pagination = self.pagination(op, &inputs, response.as_ref(), pointer)?;
        Ok(Operation {
            id,
            method_name,
            builder_name,
            input_struct,
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
}

/// Splits documentation text into lines, dropping trailing blank lines.
fn lines(text: &str) -> Doc {
    let mut lines: Vec<String> = text.lines().map(|l| l.trim_end().to_owned()).collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

//! Checking a spec and lowering it into the intermediate model.
//!
//! Every construct is either translated faithfully or rejected with an error
//! naming its JSON pointer; nothing is skipped silently.
//!
//! This module holds the shared state and walks the document: its servers,
//! component schemas, paths and their operations. Each construct is lowered by its
//! own module: `names` (Rust names), `refs` (`$ref`s), `schemas`, `parameters`,
//! `bodies` (request bodies), `responses`, `security`, `extensions` (vendor extensions)
//! and `conventions` (the request-id header and the error schema's parts).

mod bodies;
mod conventions;
mod extensions;
mod modules;
mod names;
mod normalize;
mod parameters;
mod refs;
mod responses;
mod schemas;
mod security;
mod tagged;

use std::collections::HashMap;
use std::sync::Once;

use openapiv3::{OpenAPI, ReferenceOr};

use crate::error::{Error, SpecError};
use crate::load::{join, Spec};
use crate::model::*;

/// A spec lowered into the intermediate model.
#[derive(Debug, Clone, PartialEq)]
pub struct Lowered {
    pub api: Api,
    /// What the spec says that the client cannot honour exactly (a pattern
    /// Rust cannot check, a schema read as any JSON), where it says it.
    pub warnings: Vec<SpecError>,
}

/// Checks `spec` and lowers it into the intermediate model, with the warnings
/// about what the client cannot honour exactly.
///
/// Problems are located in their files (line and column) once lowering is
/// done: from the first problem on, where the nodes of the files are is read
/// on a second thread while lowering goes on.
pub fn lower(spec: &Spec) -> Result<Lowered, Error> {
    lower_with(spec, false)
}

/// [`lower`], with the operations in a module per tag when `modules` is set
/// (see [`Settings::module_per_tag`](crate::Settings::module_per_tag)).
pub fn lower_with(spec: &Spec, modules: bool) -> Result<Lowered, Error> {
    let mut document = spec.document.clone();
    let normalized = normalize::normalize(&mut document, &spec.document);
    resolve_path_items(&mut document);
    let read_positions = Once::new();
    std::thread::scope(|scope| {
        let problem_found = || {
            read_positions.call_once(|| {
                scope.spawn(|| spec.read_positions());
            })
        };
        if !normalized.is_empty() || !spec.notes().is_empty() {
            problem_found();
        }
        let mut lowerer = Lowerer {
            spec,
            doc: &document,
            problem_found: &problem_found,
            types: Vec::new(),
            type_names: HashMap::new(),
            component_names: HashMap::new(),
            errors: Vec::new(),
            warnings: Vec::new(),
        };
        let api = lowerer.api(modules);
        // A shared part (a security scheme) is lowered for each operation
        // that uses it: each problem is said once.
        for problems in [&mut lowerer.errors, &mut lowerer.warnings] {
            let mut seen = std::collections::HashSet::new();
            problems.retain(|p| seen.insert((p.pointer.clone(), p.message.clone())));
        }
        let locate = |problem: Problem| spec.error(&problem.pointer, problem.message);
        if lowerer.errors.is_empty() {
            let notes = spec.notes().iter().map(|(pointer, message)| Problem {
                pointer: pointer.clone(),
                message: message.clone(),
            });
            let warnings = notes
                .chain(normalized)
                .chain(lowerer.warnings)
                .map(locate)
                .collect();
            Ok(Lowered { api, warnings })
        } else {
            Err(Error::Spec(
                lowerer.errors.into_iter().map(locate).collect(),
            ))
        }
    })
}

/// Path items given by `$ref` to another path's item are that item, under
/// this path too; its operations are named from this path, as their
/// `operationId`s are the other path's.
fn resolve_path_items(document: &mut OpenAPI) {
    let targets: Vec<(String, openapiv3::PathItem)> = document
        .paths
        .iter()
        .filter_map(|(path, item)| {
            let ReferenceOr::Reference { reference } = item else {
                return None;
            };
            let other = reference
                .strip_prefix("#/paths/")?
                .replace("~1", "/")
                .replace("~0", "~");
            match document.paths.paths.get(&other)? {
                ReferenceOr::Item(item) => Some((path.clone(), item.clone())),
                ReferenceOr::Reference { .. } => None,
            }
        })
        .collect();
    for (path, mut item) in targets {
        for operation in [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.options,
            &mut item.head,
            &mut item.patch,
            &mut item.trace,
        ]
        .into_iter()
        .flatten()
        {
            operation.operation_id = None;
        }
        document.paths.paths.insert(path, ReferenceOr::Item(item));
    }
}

/// A problem found while lowering: the JSON pointer of the node in the
/// (bundled) document, and what is wrong. [`lower`] locates it in its file.
struct Problem {
    pointer: String,
    message: String,
}

type Result<T, E = Problem> = std::result::Result<T, E>;

/// The state shared by every lowering module.
struct Lowerer<'a> {
    spec: &'a Spec,
    doc: &'a OpenAPI,
    /// Called with every problem: starts reading where the nodes are.
    problem_found: &'a dyn Fn(),
    /// The named types defined so far, in the order they were first met.
    types: Vec<TypeDef>,
    /// Rust type name -> pointer of the schema that claimed it.
    type_names: HashMap<String, String>,
    /// Component schema name -> its Rust type name.
    component_names: HashMap<String, String>,
    errors: Vec<Problem>,
    /// What the client cannot honour exactly, reported without refusing the spec.
    warnings: Vec<Problem>,
}

impl<'a> Lowerer<'a> {
    fn err(&self, pointer: &str, message: impl Into<String>) -> Problem {
        (self.problem_found)();
        Problem {
            pointer: pointer.to_owned(),
            message: message.into(),
        }
    }

    /// Keeps going after an error so that one run reports every problem.
    fn collect<T>(&mut self, result: Result<T>) -> Option<T> {
        result.map_err(|e| self.errors.push(e)).ok()
    }

    fn api(&mut self, modules: bool) -> Api {
        let servers = self.servers();
        if let Some(components) = &self.doc.components {
            // Component schemas take their names first, in order: `$ref`s name them.
            for name in components.schemas.keys() {
                let pointer = join("#/components/schemas", name);
                let rust_name = self.claim_type_name(&names::type_name(name), &pointer);
                self.component_names.insert(name.clone(), rust_name);
            }
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
                ReferenceOr::Reference { reference } => {
                    let e = self.err(
                        &path_pointer,
                        format!("`$ref: {reference}` does not name a path item of the document"),
                    );
                    self.errors.push(e);
                    continue;
                }
            };
            for (method, operation) in item.iter() {
                let pointer = join(&path_pointer, method);
                let result = self.operation(path, method, operation, item, &pointer);
                let Some(mut op) = self.collect(result) else {
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
                op.builder_name = self.claim_type_name(&op.builder_name, &pointer);
                if op.input_struct.is_some() {
                    let name = format!("{}Input", op.builder_name);
                    op.input_struct = Some(self.claim_type_name(&name, &pointer));
                }
                ids.insert(op.id.clone(), pointer.clone());
                ids.insert(op.method_name.clone(), pointer);
                operations.push(op);
            }
        }
        let retryable_error_codes =
            self.string_list(&self.doc.extensions, "x-retryable-error-codes", "#");
        let (request_id_header, error_shape) = self.conventions();
        let (modules, root_codes) = self.organize(&mut operations, &error_shape, modules);
        let mut hosts: Vec<String> = Vec::new();
        for server in operations.iter().filter_map(|op| op.server.as_ref()) {
            if !hosts.contains(server) {
                hosts.push(server.clone());
            }
        }
        let mut api = Api {
            hosts,
            modules,
            root_codes,
            retryable_error_codes,
            request_id_header,
            error_shape,
            // The title is written into one line of documentation.
            title: (self.doc.info.title.split_whitespace())
                .collect::<Vec<_>>()
                .join(" "),
            source_name: self.spec.path.to_string_lossy().replace('\\', "/"),
            servers,
            types: std::mem::take(&mut self.types),
            operations,
        };
        let components: std::collections::HashSet<String> =
            self.component_names.values().cloned().collect();
        tagged::drop_tags_held_by_unions(&mut api, &components);
        api
    }

    /// The servers, their URL variables set to their defaults. Servers given
    /// by a relative URL cannot be a default base URL and are left out.
    fn servers(&mut self) -> Vec<Server> {
        let mut servers = Vec::new();
        for (i, server) in self.doc.servers.iter().enumerate() {
            let pointer = join("#/servers", &i.to_string());
            let mut url = server.url.clone();
            for (name, variable) in server.variables.iter().flatten() {
                url = url.replace(&format!("{{{name}}}"), &variable.default);
            }
            if let Some(start) = url.find('{') {
                let name = url[start + 1..].split('}').next().unwrap_or_default();
                self.warnings.push(self.err(
                    &join(&pointer, "url"),
                    format!("the URL variable `{name}` is not declared in `variables`, so the server is not a default base URL; clients set one with `base_url`"),
                ));
                continue;
            }
            if !url.contains("://") {
                self.warnings.push(self.err(
                    &join(&pointer, "url"),
                    format!("the relative server URL `{url}` is not a default base URL; clients set one with `base_url`"),
                ));
                continue;
            }
            servers.push(Server {
                url: url.trim_end_matches('/').to_owned(),
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
        item: &'a openapiv3::PathItem,
        pointer: &str,
    ) -> Result<Operation> {
        let shared_parameters = &item.parameters;
        // Without an `operationId`, the method and path name the operation.
        let id = op
            .operation_id
            .clone()
            .unwrap_or_else(|| names::derived_operation_id(method, path));
        let (method_name, builder_name) = names::operation_names(&id);
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
        let path = &self.path_template(path, &mut inputs, pointer)?;
        let (body, body_media_type) = match &op.request_body {
            None => (None, None),
            Some(body) => {
                let body = self.request_body(
                    &builder_name,
                    body,
                    &join(pointer, "requestBody"),
                    &mut inputs,
                )?;
                match body {
                    Some((body, media_type)) => (Some(body), Some(media_type)),
                    None => (None, None),
                }
            }
        };
        let rank = |location: Location| match location {
            Location::Path => 0,
            Location::Query | Location::Header => 1,
            Location::Body => 2,
        };
        inputs.sort_by_key(|input| rank(input.location));
        let body_struct = matches!(body, Some(Body::Struct(_) | Body::Form(_)));
        self.distinct_input_names(&mut inputs, body_struct);
        // Two or more required inputs are passed as a struct of their own, named
        // so that they cannot be swapped.
        let required = inputs.iter().filter(|i| i.required).count();
        let input_struct = (required >= 2).then(|| format!("{builder_name}Input"));

        let responses::Responses {
            successes,
            outcome,
            errors,
            error_enum,
        } = self.responses(&builder_name, op, &join(pointer, "responses"))?;
        let auth = self.auth(op, pointer)?;
        let idempotent = self.idempotent(method, op, pointer)?;
        // Pages are walked through the one JSON body every success has.
        let response = match (&outcome, successes.first().and_then(|s| s.content.as_ref())) {
            (None, Some(content)) if content.encoding == Encoding::Json => Some(&content.ty),
            _ => None,
        };
        // Each mistake is reported, the operation's others too.
        let body_status = self.body_status(op, pointer);
        let body_status = self.collect(body_status).flatten();
        let result = self.result_at(op, response, pointer);
        let result = self.collect(result).flatten();
        // With `x-result`, pages are walked through what `send` returns.
        let (paged, page_optional) = match &result {
            Some(result) => (Some(&result.ty), !result.required),
            None => (response, false),
        };
        let pagination = self.pagination(op, &inputs, paged, pointer)?;
        let pagination = pagination.map(|pagination| Pagination {
            page_optional,
            ..pagination
        });
        let server = self.operation_server(op, item, pointer);
        let retryable_error_codes =
            self.string_list(&op.extensions, "x-retryable-error-codes", pointer);
        Ok(Operation {
            id,
            method_name,
            builder_name,
            input_struct,
            doc,
            tags: op.tags.clone(),
            method,
            path: path.to_owned(),
            inputs,
            body,
            body_media_type,
            successes,
            outcome,
            errors,
            error_enum,
            codes: Vec::new(),
            module: None,
            auth,
            idempotent,
            pagination,
            server,
            body_status,
            result,
            retryable_error_codes,
        })
    }

    /// The server an operation names as its own (its `servers`, or its path
    /// item's), when it is not one of the document's: its first, URL
    /// variables set to their defaults.
    fn operation_server(
        &mut self,
        op: &openapiv3::Operation,
        item: &openapiv3::PathItem,
        pointer: &str,
    ) -> Option<String> {
        let (servers, at) = match (op.servers.first(), item.servers.first()) {
            (Some(server), _) => (server, join(pointer, "servers/0/url")),
            (None, Some(server)) => (server, join(pointer.rsplit_once('/')?.0, "servers/0/url")),
            (None, None) => return None,
        };
        let mut url = servers.url.clone();
        for (name, variable) in servers.variables.iter().flatten() {
            url = url.replace(&format!("{{{name}}}"), &variable.default);
        }
        let url = url.trim_end_matches('/').to_owned();
        if url.contains('{') || !url.contains("://") {
            let warning = self.err(&at, format!("the server `{url}` is not an absolute URL; the operation is sent to the base URL"));
            self.warnings.push(warning);
            return None;
        }
        let document = self
            .doc
            .servers
            .first()
            .map(|s| s.url.trim_end_matches('/'));
        (document != Some(url.as_str())).then_some(url)
    }
}

/// Splits documentation text into lines, dropping trailing blank lines.
fn lines(text: &str) -> Doc {
    // A bare carriage return ends a line too: Rust refuses one in a doc comment.
    let mut lines: Vec<String> = text
        .replace("\r\n", "\n")
        .split(['\n', '\r'])
        .map(|l| l.trim_end().to_owned())
        .collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

//! `cargo xtask draft <module>...`: the spec YAML of a module of
//! `spec/reference/`, written once from its tables. It writes
//! `spec/<module>.yaml` (the module's paths and the schemas only they use)
//! and adds the module's tag (with `x-drafted: true`) and its paths' `$ref`s
//! to `spec/dingtalk.yaml`. It refuses a module already in the spec: from
//! then on the YAML is the source, edited by hand.
//!
//! What the tables do not say is left out: an operation's summary is its
//! action's words (`CountTodoTasks`: "Count todo tasks."), the SDK's own
//! summary, in Chinese, is kept beside it as `x-sdk-summary` for the
//! summary to be put into English by hand; errors are the shared error
//! response.
//! Component schemas are the SDK's model names behind the module's group in
//! UpperCamelCase (`todo_1_0`'s `CountTodoTasksRequest` is
//! `TodoCountTodoTasksRequest`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::{json, Map, Value};

use crate::reference::{cell, rows};

/// The root of the spec, the bundle and the reference, relative to the
/// workspace root.
const ROOT: &str = "spec/dingtalk.yaml";
const BUNDLE: &str = "spec/dingtalk.json";
const REFERENCE: &str = "spec/reference";

/// The shared responses and header drafted operations refer to.
const REQUEST_ID: &str = "./components.yaml#/components/headers/RequestId";
const INVALID_TOKEN: &str = "./components.yaml#/components/responses/InvalidToken";
const ERROR: &str = "./components.yaml#/components/responses/Error";

/// One row of an `operations.tsv`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Operation {
    pub action: String,
    pub method: String,
    pub path: String,
    pub query: Vec<String>,
    pub body_kind: String,
    pub body: Vec<String>,
    pub headers: Vec<String>,
    pub auth: String,
    pub request: String,
    pub resp_body: String,
    pub response: String,
    pub paging: String,
    pub summary: String,
}

/// One field of a model of `models.tsv`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Field {
    pub name: String,
    pub ty: String,
    pub required: bool,
    pub example: String,
    pub note: String,
}

/// A module's tables: its operations and its models' fields by model, in
/// the tables' order.
#[derive(Debug, Clone, Default)]
pub(crate) struct Tables {
    pub operations: Vec<Operation>,
    pub models: BTreeMap<String, Vec<Field>>,
}

/// What is in the spec already, which a drafted module must not clash with.
#[derive(Debug, Default)]
pub(crate) struct Existing {
    pub schemas: BTreeSet<String>,
    pub operation_ids: BTreeSet<String>,
    pub paths: BTreeSet<String>,
}

/// A drafted module: the text of `spec/<module>.yaml`, the root's tag entry
/// and `paths` entries, and what could not be drafted exactly.
#[derive(Debug)]
pub(crate) struct Draft {
    pub file: String,
    pub tag: String,
    pub paths: String,
    pub warnings: Vec<String>,
}

fn list(cell: &str) -> Vec<String> {
    cell.split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A module's tables from the text of its `operations.tsv` and `models.tsv`.
pub(crate) fn parse_tables(operations: &str, models: &str) -> Result<Tables, String> {
    let mut tables = Tables::default();
    let file = "operations.tsv";
    for row in rows(operations, file, &[])? {
        let get = |column| cell(&row, column, file);
        tables.operations.push(Operation {
            action: get("action")?.to_owned(),
            method: get("method")?.to_owned(),
            path: get("path")?.to_owned(),
            query: list(get("query")?),
            body_kind: get("body_kind")?.to_owned(),
            body: list(get("body")?),
            headers: list(get("headers")?),
            auth: get("auth")?.to_owned(),
            request: get("request")?.to_owned(),
            resp_body: get("resp_body")?.to_owned(),
            response: get("response")?.to_owned(),
            paging: get("paging")?.to_owned(),
            summary: get("summary")?.to_owned(),
        });
    }
    let file = "models.tsv";
    for row in rows(models, file, &[])? {
        let get = |column| cell(&row, column, file);
        let fields = tables.models.entry(get("model")?.to_owned()).or_default();
        if get("field")?.is_empty() {
            continue;
        }
        fields.push(Field {
            name: get("field")?.to_owned(),
            ty: get("type")?.to_owned(),
            required: get("required")? == "yes",
            example: get("example")?.to_owned(),
            note: get("note")?.to_owned(),
        });
    }
    Ok(tables)
}

/// The group of a module's operationIds: the module without its version
/// for version 1.0 (`todo_1_0` → `todo`), else the whole module
/// (`storage_2_0`).
pub(crate) fn group(module: &str) -> &str {
    module.strip_suffix("_1_0").unwrap_or(module)
}

/// The prefix of a module's component names: its group in UpperCamelCase
/// (`todo` → `Todo`, `ai_global_e_c` → `AiGlobalEC`, `storage_2_0` →
/// `Storage2_0`: digits keep the underscore between them).
pub(crate) fn prefix(module: &str) -> String {
    let mut out = String::new();
    let mut upper = true;
    let mut previous_digit = false;
    for c in group(module).chars() {
        if c == '_' {
            upper = true;
            continue;
        }
        if upper && c.is_ascii_digit() && previous_digit {
            out.push('_');
        }
        out.push(if upper { c.to_ascii_uppercase() } else { c });
        upper = false;
        previous_digit = c.is_ascii_digit();
    }
    out
}

/// An action's words as a sentence: `CountTodoTasks` → "Count todo tasks.";
/// an all-capital word keeps its case (`GetOAPIToken` → "Get OAPI token.").
pub(crate) fn summary(action: &str) -> String {
    let chars: Vec<char> = action.chars().collect();
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let starts = i > 0
            && c.is_ascii_uppercase()
            && (chars[i - 1].is_ascii_lowercase()
                || chars[i - 1].is_ascii_digit()
                || (chars[i - 1].is_ascii_uppercase()
                    && chars.get(i + 1).is_some_and(char::is_ascii_lowercase)));
        if starts && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        if c != '_' {
            word.push(c);
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let mut sentence = words
        .iter()
        .enumerate()
        .map(|(i, word)| {
            let acronym = word.chars().filter(char::is_ascii_uppercase).count() > 1
                && word.chars().all(|c| !c.is_ascii_lowercase());
            if i == 0 || acronym {
                word.clone()
            } else {
                word.to_ascii_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    sentence.push('.');
    sentence
}

/// The drafting of one module.
struct Drafter<'a> {
    module: &'a str,
    prefix: String,
    tables: &'a Tables,
    /// Models to write as components, by SDK name; `Some(names)` keeps only
    /// those properties (a request model's body).
    components: BTreeMap<String, Option<Vec<String>>>,
    warnings: Vec<String>,
}

impl Drafter<'_> {
    fn component(&self, model: &str) -> String {
        format!("{}{model}", self.prefix)
    }

    /// The schema of a reference type; a model is a `$ref` to its component,
    /// which is then drafted too.
    fn schema(&mut self, ty: &str, place: &str) -> Result<Value, String> {
        if let Some(item) = ty.strip_prefix("array<").and_then(|t| t.strip_suffix('>')) {
            return Ok(json!({"type": "array", "items": self.schema(item, place)?}));
        }
        if let Some(value) = ty.strip_prefix("map<").and_then(|t| t.strip_suffix('>')) {
            return Ok(
                json!({"type": "object", "additionalProperties": self.schema(value, place)?}),
            );
        }
        Ok(match ty {
            "string" => json!({"type": "string"}),
            "integer" => json!({"type": "integer", "format": "int64"}),
            "number" => json!({"type": "number", "format": "double"}),
            "boolean" => json!({"type": "boolean"}),
            "binary" => json!({"type": "string", "format": "binary"}),
            "object" => json!({"type": "object", "additionalProperties": {}}),
            "any" => json!({}),
            // Not a type the reference README lists: the SDK's Python `bytes`.
            "bytes" => {
                self.warnings.push(format!(
                    "{}: {place}: the SDK types it `bytes`, which the reference does not describe; drafted as a string",
                    self.module
                ));
                json!({"type": "string"})
            }
            model if self.tables.models.contains_key(model) => {
                self.components.entry(model.to_owned()).or_insert(None);
                json!({"$ref": format!("#/components/schemas/{}", self.component(model))})
            }
            other => {
                return Err(format!(
                    "{}: {place}: the type `{other}` is neither a type of the reference nor a model of its models.tsv",
                    self.module
                ))
            }
        })
    }

    fn fields(&self, model: &str) -> &[Field] {
        self.tables.models.get(model).map_or(&[], Vec::as_slice)
    }

    fn field(&self, model: &str, name: &str) -> Option<&Field> {
        self.fields(model).iter().find(|f| f.name == name)
    }

    /// A property's schema with what the reference says of it: its example,
    /// and its note (as `description` when in English, else `x-sdk-note`).
    fn property(&mut self, field: &Field, place: &str) -> Result<Value, String> {
        let mut schema = self.schema(&field.ty, place)?;
        let Value::Object(object) = &mut schema else {
            unreachable!("schemas are objects")
        };
        let note = field.note.trim();
        if !note.is_empty() {
            let key = if note.is_ascii() {
                "description"
            } else {
                "x-sdk-note"
            };
            if object.contains_key("$ref") {
                // Beside a `$ref` only an annotation of the reference is read.
                let reference = object.remove("$ref").unwrap_or_default();
                object.insert("allOf".to_owned(), json!([{"$ref": reference}]));
            }
            object.insert(key.to_owned(), json!(note));
        }
        if !field.example.is_empty() {
            let example = match field.ty.as_str() {
                "string" => Some(json!(field.example)),
                "integer" => field.example.parse::<i64>().ok().map(Value::from),
                "number" => field.example.parse::<f64>().ok().map(Value::from),
                "boolean" => field.example.parse::<bool>().ok().map(Value::from),
                _ => serde_json::from_str(&field.example).ok(),
            };
            match example {
                Some(example) => {
                    object.insert("example".to_owned(), example);
                }
                None => self.warnings.push(format!(
                    "{}: {place}: the example `{}` is not a {}; left out",
                    self.module, field.example, field.ty
                )),
            }
        }
        Ok(schema)
    }

    /// An object schema of `fields`.
    fn object(&mut self, model: &str, fields: &[Field]) -> Result<Value, String> {
        let mut properties = Map::new();
        let mut required = Vec::new();
        for field in fields {
            let place = format!("{model}.{}", field.name);
            properties.insert(field.name.clone(), self.property(field, &place)?);
            if field.required {
                required.push(json!(field.name));
            }
        }
        let mut schema = json!({"type": "object"});
        if !properties.is_empty() {
            schema["properties"] = Value::Object(properties);
        }
        if !required.is_empty() {
            schema["required"] = Value::Array(required);
        }
        Ok(schema)
    }

    /// A parameter of `operation` in `place` (path, query or header).
    fn parameter(
        &mut self,
        operation: &Operation,
        marked: &str,
        place: &str,
    ) -> Result<Value, String> {
        let (name, mark) = marked.split_once(':').unwrap_or((marked, ""));
        let field = self.field(&operation.request, name).cloned();
        let at = format!("{} {place} parameter `{name}`", operation.action);
        let field = match field {
            Some(field) => field,
            None => {
                if place == "query" {
                    self.warnings.push(format!(
                        "{}: {at}: not a field of its request model; drafted as a string",
                        self.module
                    ));
                }
                Field {
                    name: name.to_owned(),
                    ty: "string".to_owned(),
                    ..Field::default()
                }
            }
        };
        let mut parameter = json!({"name": name, "in": place});
        if place == "path" || field.required {
            parameter["required"] = json!(true);
        }
        let schema = self.property(&field, &at)?;
        match mark {
            "json" => {
                parameter["content"] = json!({"application/json": {"schema": schema}});
            }
            "simple" => {
                parameter["style"] = json!("form");
                parameter["explode"] = json!(false);
                parameter["schema"] = schema;
            }
            "" => parameter["schema"] = schema,
            other => {
                return Err(format!("{}: {at}: unknown mark `:{other}`", self.module));
            }
        }
        Ok(parameter)
    }

    fn request_body(&mut self, operation: &Operation) -> Result<Option<Value>, String> {
        let at = format!("{} request body", operation.action);
        let (media, schema, required) = match operation.body_kind.as_str() {
            "none" => return Ok(None),
            "object" | "form" => {
                let names: Vec<String> = operation
                    .body
                    .iter()
                    .map(|n| n.split(':').next().unwrap_or(n).to_owned())
                    .collect();
                if operation.request.is_empty() {
                    return Err(format!("{}: {at}: no request model", self.module));
                }
                for name in &names {
                    if self.field(&operation.request, name).is_none() {
                        return Err(format!(
                            "{}: {at}: `{name}` is not a field of `{}`",
                            self.module, operation.request
                        ));
                    }
                }
                let previous = self
                    .components
                    .insert(operation.request.clone(), Some(operation.body.clone()));
                if previous.is_some_and(|p| p.as_ref() != Some(&operation.body)) {
                    return Err(format!(
                        "{}: {at}: the model `{}` is also used elsewhere with other properties",
                        self.module, operation.request
                    ));
                }
                let required = names.iter().any(|n| {
                    self.field(&operation.request, n)
                        .is_some_and(|f| f.required)
                });
                let media = if operation.body_kind == "form" {
                    "application/x-www-form-urlencoded"
                } else {
                    "application/json"
                };
                let schema = json!({"$ref": format!("#/components/schemas/{}", self.component(&operation.request))});
                (media, schema, required)
            }
            "array" | "value" => {
                let field = self
                    .field(&operation.request, "body")
                    .cloned()
                    .ok_or_else(|| {
                        format!(
                            "{}: {at}: its request model has no `body` field",
                            self.module
                        )
                    })?;
                let media = if field.ty == "binary" {
                    "application/octet-stream"
                } else {
                    "application/json"
                };
                (media, self.property(&field, &at)?, field.required)
            }
            other => {
                return Err(format!(
                    "{}: {at}: unknown body kind `{other}`",
                    self.module
                ))
            }
        };
        let mut body = Map::new();
        if required {
            body.insert("required".to_owned(), json!(true));
        }
        body.insert("content".to_owned(), json!({media: {"schema": schema}}));
        Ok(Some(Value::Object(body)))
    }

    fn success(&mut self, operation: &Operation) -> Result<Value, String> {
        let at = format!("{} response", operation.action);
        let mut response = json!({
            "description": "Success.",
            "headers": {"x-acs-request-id": {"$ref": REQUEST_ID}},
        });
        let schema = match operation.resp_body.as_str() {
            "none" => None,
            "boolean" => Some(json!({"type": "boolean"})),
            "json" | "array" | "any" if !operation.response.is_empty() => {
                Some(self.schema(&operation.response, &at)?)
            }
            "json" | "any" => Some(json!({})),
            "array" => Some(json!({"type": "array", "items": {}})),
            other => {
                return Err(format!(
                    "{}: {at}: unknown response body `{other}`",
                    self.module
                ))
            }
        };
        if let Some(schema) = schema {
            response["content"] = json!({"application/json": {"schema": schema}});
        }
        Ok(response)
    }

    /// The type of a dotted path through a model's fields, and whether every
    /// step on the way and the last are optional or required.
    fn walk(&self, model: &str, path: &str) -> Option<(String, bool, bool)> {
        let mut ty = model.to_owned();
        let (mut required, mut optional_with_required) = (true, false);
        for step in path.split('.') {
            let fields = self.tables.models.get(&ty)?;
            if !required && fields.iter().any(|f| f.required) {
                optional_with_required = true;
            }
            let field = fields.iter().find(|f| f.name == step)?;
            (ty, required) = (field.ty.clone(), field.required);
        }
        Some((ty, required, optional_with_required))
    }

    /// From the row's `paging`: `x-pagination` when the generator can page
    /// through it; otherwise `x-sdk-paging`, the reference's paging with what
    /// keeps the generator from following it, which a warning names too.
    fn pagination(&mut self, operation: &Operation) -> Option<(&'static str, Value)> {
        let paging = operation.paging.trim();
        if paging.is_empty() {
            return None;
        }
        match self.pagination_of(operation, paging) {
            Ok(pagination) => Some(("x-pagination", pagination)),
            Err(why) => {
                self.warnings.push(format!(
                    "{}: {}: paging `{paging}` left out: {why}",
                    self.module, operation.action
                ));
                let note = json!({"paging": paging, "not followed": why});
                Some(("x-sdk-paging", note))
            }
        }
    }

    fn pagination_of(&self, operation: &Operation, paging: &str) -> Result<Value, String> {
        let (place, cursor, field) = paging
            .split_once(" -> resp ")
            .and_then(|(request, field)| {
                let (place, parameters) = request.trim().split_once(' ')?;
                let cursor = parameters.split('/').next()?;
                Some((place, cursor, field.trim()))
            })
            .ok_or("not `<place> <cursor>[/<size>] -> resp <field>`")?;
        let cursor_type = match self.walk(&operation.request, cursor) {
            Some((ty, required, false)) if ty == "integer" || (ty == "string" && !required) => ty,
            _ => {
                return Err(format!("the {place} cursor `{cursor}` is not an optional string or an integer reachable through optional objects"));
            }
        };
        match self.walk(&operation.response, field) {
            Some((ty, _, _)) if ty == cursor_type => {}
            _ => {
                let article = if cursor_type == "integer" { "an" } else { "a" };
                return Err(format!(
                    "the response's `{field}` is not {article} {cursor_type} like the cursor"
                ));
            }
        }
        // The items are the one array beside the cursor (`result.list` beside
        // `result.nextToken`), and a boolean `hasMore` there says whether
        // another page follows.
        let (level, model) = match field.rsplit_once('.') {
            Some((parent, _)) => (
                format!("{parent}."),
                self.walk(&operation.response, parent)
                    .map(|(ty, _, _)| ty)
                    .unwrap_or_default(),
            ),
            None => (String::new(), operation.response.clone()),
        };
        let fields = self.fields(&model);
        let arrays: Vec<&str> = fields
            .iter()
            .filter(|f| f.ty.starts_with("array<"))
            .map(|f| f.name.as_str())
            .collect();
        let within = match level.as_str() {
            "" => "at the response's top level".to_owned(),
            parent => format!("beside the cursor in `{}`", parent.trim_end_matches('.')),
        };
        let mut pagination = match arrays.as_slice() {
            [items] => json!({
                "cursorParameter": cursor,
                "cursorField": field,
                "itemsField": format!("{level}{items}"),
            }),
            [] => {
                return Err(format!(
                    "no array of items {within}, which `itemsField` needs"
                ))
            }
            several => {
                return Err(format!(
                    "several arrays {within} ({}); which holds the items is not known",
                    several.join(", ")
                ))
            }
        };
        if fields
            .iter()
            .any(|f| f.name == "hasMore" && f.ty == "boolean")
        {
            pagination["hasMoreField"] = json!(format!("{level}hasMore"));
        }
        Ok(pagination)
    }

    fn operation(&mut self, operation: &Operation) -> Result<Value, String> {
        let mut op = json!({
            "tags": [self.module],
            "operationId": format!("{}_{}", group(self.module), operation.action),
            "summary": summary(&operation.action),
        });
        if !operation.summary.trim().is_empty() {
            op["x-sdk-summary"] = json!(operation.summary.trim());
        }
        op["security"] = match operation.auth.as_str() {
            "AK" => json!([{"AccessToken": []}]),
            "Anonymous" => json!([]),
            other => {
                return Err(format!(
                    "{}: {}: unknown auth `{other}`",
                    self.module, operation.action
                ))
            }
        };
        let mut parameters = Vec::new();
        let mut rest = operation.path.as_str();
        while let Some((_, after)) = rest.split_once('{') {
            let (name, tail) = after.split_once('}').ok_or_else(|| {
                format!(
                    "{}: {}: unbalanced `{{` in the path",
                    self.module, operation.action
                )
            })?;
            parameters.push(self.parameter(operation, name, "path")?);
            rest = tail;
        }
        for name in &operation.query {
            parameters.push(self.parameter(operation, name, "query")?);
        }
        for name in &operation.headers {
            parameters.push(self.parameter(operation, name, "header")?);
        }
        if !parameters.is_empty() {
            op["parameters"] = Value::Array(parameters);
        }
        if let Some(body) = self.request_body(operation)? {
            op["requestBody"] = body;
        }
        let mut responses = Map::new();
        responses.insert("200".to_owned(), self.success(operation)?);
        if operation.auth == "AK" {
            responses.insert("401".to_owned(), json!({"$ref": INVALID_TOKEN}));
        }
        responses.insert("default".to_owned(), json!({"$ref": ERROR}));
        op["responses"] = Value::Object(responses);
        if let Some((extension, pagination)) = self.pagination(operation) {
            op[extension] = pagination;
        }
        Ok(op)
    }
}

/// `module`'s spec from its tables; `existing` is what the spec has already.
pub(crate) fn draft_module(
    module: &str,
    tables: &Tables,
    existing: &Existing,
) -> Result<Draft, String> {
    if tables.operations.is_empty() {
        return Err(format!("{module}: the reference lists no operations"));
    }
    let mut drafter = Drafter {
        module,
        prefix: prefix(module),
        tables,
        components: BTreeMap::new(),
        warnings: Vec::new(),
    };
    let mut paths = Map::new();
    for operation in &tables.operations {
        // The SDK sends a few paths with white space after them, which is
        // no part of the operation's URL.
        let trimmed;
        let operation = match operation.path.trim() {
            path if path != operation.path => {
                drafter.warnings.push(format!(
                    "{module}: {}: the reference's path `{}` has white space around it: drafted as `{path}`",
                    operation.action, operation.path
                ));
                trimmed = Operation {
                    path: path.to_owned(),
                    ..operation.clone()
                };
                &trimmed
            }
            _ => operation,
        };
        let id = format!("{}_{}", group(module), operation.action);
        if existing.operation_ids.contains(&id) {
            return Err(format!(
                "{module}: the operationId `{id}` is in the spec already"
            ));
        }
        if existing.paths.contains(&operation.path) {
            return Err(format!(
                "{module}: {}: the path `{}` is in the spec already",
                operation.action, operation.path
            ));
        }
        let method = operation.method.to_ascii_lowercase();
        let item = paths
            .entry(operation.path.clone())
            .or_insert_with(|| json!({}));
        if item.get(&method).is_some() {
            return Err(format!(
                "{module}: {}: a second {} {}",
                operation.action, operation.method, operation.path
            ));
        }
        item[&method] = drafter.operation(operation)?;
    }
    let mut templates: BTreeMap<String, &String> = BTreeMap::new();
    for path in paths.keys() {
        let template = path
            .split('/')
            .map(|segment| match segment.starts_with('{') {
                true => "{}",
                false => segment,
            })
            .collect::<Vec<_>>()
            .join("/");
        if let Some(first) = templates.insert(template, path) {
            drafter.warnings.push(format!(
                "{module}: the paths `{first}` and `{path}` differ only in their parameters' names, \
                 which OpenAPI does not allow: give them one path"
            ));
        }
    }
    let mut schemas = BTreeMap::new();
    let mut done = BTreeSet::new();
    while let Some((model, only)) = drafter
        .components
        .iter()
        .find(|(model, _)| !done.contains(*model))
        .map(|(model, only)| (model.clone(), only.clone()))
    {
        done.insert(model.clone());
        let name = drafter.component(&model);
        if existing.schemas.contains(&name) {
            return Err(format!(
                "{module}: the component `{name}` (the model `{model}`) is in the spec already"
            ));
        }
        let fields: Vec<Field> = match &only {
            Some(names) => names
                .iter()
                .filter_map(|marked| {
                    let (name, mark) = marked.split_once(':').unwrap_or((marked, ""));
                    let field = drafter.field(&model, name)?.clone();
                    Some(if mark == "json" {
                        Field {
                            ty: "string".to_owned(),
                            note: format!("`{}` as JSON text.", field.ty),
                            example: String::new(),
                            ..field
                        }
                    } else {
                        field
                    })
                })
                .collect(),
            None => drafter.fields(&model).to_vec(),
        };
        let schema = drafter.object(&model, &fields)?;
        schemas.insert(name, schema);
    }
    for item in paths.values_mut() {
        for operation in item
            .as_object_mut()
            .into_iter()
            .flat_map(|o| o.values_mut())
        {
            // Bodies, and parameters sent as JSON, each get an example.
            let parameters = operation
                .get("parameters")
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            let pointers = [
                "/requestBody/content".to_owned(),
                "/responses/200/content".to_owned(),
            ]
            .into_iter()
            .chain((0..parameters).map(|i| format!("/parameters/{i}/content")));
            for pointer in pointers {
                let Some(content) = operation
                    .pointer_mut(&pointer)
                    .and_then(Value::as_object_mut)
                else {
                    continue;
                };
                for media in content.values_mut() {
                    let example = least(&media["schema"], &schemas, 0);
                    media["examples"] = json!({"placeholder": {
                        "summary": PLACEHOLDER,
                        "value": example,
                    }});
                }
            }
        }
    }
    let components: Map<String, Value> = schemas.into_iter().collect();
    let mut document = json!({"paths": paths});
    if !components.is_empty() {
        document["components"] = json!({"schemas": components});
    }
    let (name, version) = split_version(module);
    let count = tables.operations.len();
    let file = format!(
        "# The operations of `{module}` (DingTalk's `{name}` API, version {version}) and the\n\
         # schemas only they use. Each path here is listed, by a `$ref`, in the `paths`\n\
         # of dingtalk.yaml.\n{}",
        to_yaml(&document)
    );
    let tag = format!(
        "  - name: {module}\n    x-drafted: true\n    description: The {count} operations of DingTalk's `{name}` API, version {version}, drafted from its reference.\n"
    );
    let mut refs = String::new();
    for path in paths.keys() {
        let pointer = path.replace('~', "~0").replace('/', "~1");
        refs.push_str(&format!(
            "  {}:\n    $ref: {}\n",
            scalar(path),
            scalar(&format!("./{module}.yaml#/paths/{pointer}"))
        ));
    }
    Ok(Draft {
        file,
        tag,
        paths: refs,
        warnings: drafter.warnings,
    })
}

/// The summary of the example every drafted body has: the reference gives
/// none, and tools that answer or check calls from the spec need one.
const PLACEHOLDER: &str =
    "A placeholder: the required properties only, each with the least value of its type.";

/// The least value `schema` allows: an object with its required properties
/// only, an empty array or map, `""`, `0` or `false`; a model is looked up
/// in `schemas` (by its `#/components/schemas/` reference).
fn least(schema: &Value, schemas: &BTreeMap<String, Value>, depth: usize) -> Value {
    if depth > 16 {
        return json!({});
    }
    if let Some(reference) = schema["$ref"].as_str() {
        let name = reference.trim_start_matches("#/components/schemas/");
        return schemas
            .get(name)
            .map_or(json!({}), |schema| least(schema, schemas, depth + 1));
    }
    if let Some([member]) = schema["allOf"].as_array().map(Vec::as_slice) {
        return least(member, schemas, depth + 1);
    }
    match schema["type"].as_str() {
        Some("string") => json!(""),
        Some("integer" | "number") => json!(0),
        Some("boolean") => json!(false),
        Some("array") => json!([]),
        Some("object") => {
            let mut out = Map::new();
            for name in schema["required"].as_array().into_iter().flatten() {
                if let Some(name) = name.as_str() {
                    out.insert(
                        name.to_owned(),
                        least(&schema["properties"][name], schemas, depth + 1),
                    );
                }
            }
            Value::Object(out)
        }
        _ => json!({}),
    }
}

/// `todo_1_0` → (`todo`, `1.0`).
fn split_version(module: &str) -> (String, String) {
    let parts: Vec<&str> = module.rsplitn(3, '_').collect();
    match parts.as_slice() {
        [minor, major, name]
            if minor.chars().all(|c| c.is_ascii_digit())
                && major.chars().all(|c| c.is_ascii_digit()) =>
        {
            ((*name).to_owned(), format!("{major}.{minor}"))
        }
        _ => (module.to_owned(), "unknown".to_owned()),
    }
}

/// The root with the module's tag at the end of `tags` and its paths at the
/// end of `paths`; checked by reading it back.
pub(crate) fn insert_into_root(root: &str, module: &str, draft: &Draft) -> Result<String, String> {
    let parsed: Value = serde_yaml::from_str(root).map_err(|e| format!("{ROOT}: not YAML: {e}"))?;
    let tags = parsed["tags"]
        .as_array()
        .ok_or_else(|| format!("{ROOT}: no tags"))?;
    if tags.iter().any(|t| t["name"] == module) {
        return Err(format!(
            "{module} is in the spec already: {ROOT} has its tag"
        ));
    }
    let lines: Vec<&str> = root.split_inclusive('\n').collect();
    let top = |key: &str| lines.iter().position(|l| l.trim_end() == key);
    let tags_at = top("tags:").ok_or_else(|| format!("{ROOT}: no `tags:` line"))?;
    let paths_at = top("paths:").ok_or_else(|| format!("{ROOT}: no `paths:` line"))?;
    let components_at =
        top("components:").ok_or_else(|| format!("{ROOT}: no `components:` line"))?;
    if !(tags_at < paths_at && paths_at < components_at) {
        return Err(format!(
            "{ROOT}: `tags`, `paths` and `components` are not in that order, one after the other"
        ));
    }
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i == paths_at {
            out.push_str(&draft.tag);
        }
        if i == components_at {
            out.push_str(&draft.paths);
        }
        out.push_str(line);
    }
    let written: Value =
        serde_yaml::from_str(&out).map_err(|e| format!("{ROOT} with {module}: not YAML: {e}"))?;
    let has_tag = written["tags"].as_array().is_some_and(|tags| {
        tags.iter()
            .any(|t| t["name"] == module && t["x-drafted"] == true)
    });
    let theirs: Value = serde_yaml::from_str(&draft.paths).map_err(|e| e.to_string())?;
    let has_paths = theirs.as_object().is_some_and(|paths| {
        paths
            .iter()
            .all(|(path, item)| written["paths"][path] == *item)
    });
    if !has_tag
        || !has_paths
        || written["paths"].as_object().map(Map::len)
            != parsed["paths"]
                .as_object()
                .map(|p| p.len() + theirs.as_object().map_or(0, Map::len))
    {
        return Err(format!(
            "{ROOT}: the module's tag and paths did not land in `tags` and `paths`"
        ));
    }
    Ok(out)
}

/// What the bundled spec has: component schemas, operationIds and paths.
fn existing(bundle: &Value) -> Existing {
    let mut out = Existing::default();
    if let Some(schemas) = bundle["components"]["schemas"].as_object() {
        out.schemas.extend(schemas.keys().cloned());
    }
    if let Some(paths) = bundle["paths"].as_object() {
        for (path, item) in paths {
            out.paths.insert(path.clone());
            for operation in item.as_object().into_iter().flat_map(|o| o.values()) {
                if let Some(id) = operation["operationId"].as_str() {
                    out.operation_ids.insert(id.to_owned());
                }
            }
        }
    }
    out
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Drafts each module into the spec under `root`.
pub(crate) fn draft(root: &Path, modules: &[String]) -> Result<(), String> {
    for module in modules {
        let file = root.join(format!("spec/{module}.yaml"));
        if file.exists() {
            return Err(format!(
                "{} exists: {module} is in the spec already, and its YAML is edited by hand",
                file.display()
            ));
        }
        let dir = root.join(REFERENCE).join(module);
        if !dir.is_dir() {
            return Err(format!("{REFERENCE} has no module `{module}`"));
        }
        let tables = parse_tables(
            &read(&dir.join("operations.tsv"))?,
            &read(&dir.join("models.tsv"))?,
        )
        .map_err(|e| format!("{module}: {e}"))?;
        let bundle: Value = serde_json::from_str(&read(&root.join(BUNDLE))?)
            .map_err(|e| format!("{BUNDLE}: {e}"))?;
        let draft = draft_module(module, &tables, &existing(&bundle))?;
        let root_file = root.join(ROOT);
        let new_root = insert_into_root(&read(&root_file)?, module, &draft)?;
        std::fs::write(&file, &draft.file).map_err(|e| format!("{}: {e}", file.display()))?;
        std::fs::write(&root_file, new_root).map_err(|e| format!("{ROOT}: {e}"))?;
        for warning in &draft.warnings {
            eprintln!("warning: {warning}");
        }
        println!(
            "drafted {module}: {} operations into spec/{module}.yaml and {ROOT}",
            tables.operations.len()
        );
    }
    println!(
        "next: run `cargo xtask gen`, which writes each module's crate and its feature of the client"
    );
    Ok(())
}

/// A string as a YAML scalar: plain where that reads back as the same
/// string, else single-quoted (double-quoted when it has control
/// characters).
fn scalar(text: &str) -> String {
    let plain_char = |c: char| {
        c.is_ascii_alphanumeric()
            || " _./{}()`,-$".contains(c)
            || (!c.is_ascii() && !c.is_control() && !c.is_whitespace() && c != '\u{feff}')
    };
    let reserved = [
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~",
    ];
    let plain = !text.is_empty()
        && text.chars().all(plain_char)
        && text.starts_with(|c: char| {
            c.is_ascii_alphabetic() || "/_$".contains(c) || (!c.is_ascii() && plain_char(c))
        })
        && !text.ends_with(' ')
        && !reserved.contains(&text.to_ascii_lowercase().as_str());
    if plain {
        text.to_owned()
    } else if text.chars().any(char::is_control) {
        serde_json::to_string(text).unwrap_or_default()
    } else {
        format!("'{}'", text.replace('\'', "''"))
    }
}

/// A JSON value as block YAML, two spaces per level, lists indented under
/// their key.
pub(crate) fn to_yaml(value: &Value) -> String {
    let mut out = String::new();
    block(value, 0, &mut out);
    out
}

fn inline(value: &Value) -> Option<String> {
    Some(match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => scalar(s),
        Value::Array(a) if a.is_empty() => "[]".to_owned(),
        Value::Object(o) if o.is_empty() => "{}".to_owned(),
        _ => return None,
    })
}

fn block(value: &Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match value {
        Value::Object(object) if !object.is_empty() => {
            for (key, value) in object {
                out.push_str(&format!("{pad}{}:", scalar(key)));
                match inline(value) {
                    Some(text) => out.push_str(&format!(" {text}\n")),
                    None => {
                        out.push('\n');
                        block(value, indent + 2, out);
                    }
                }
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for item in items {
                match inline(item) {
                    Some(text) => out.push_str(&format!("{pad}- {text}\n")),
                    None => {
                        let mut nested = String::new();
                        block(item, indent + 2, &mut nested);
                        out.push_str(&pad);
                        out.push_str("- ");
                        out.push_str(&nested[indent + 2..]);
                    }
                }
            }
        }
        scalar => {
            out.push_str(&format!("{pad}{}\n", inline(scalar).unwrap_or_default()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OPERATIONS: &str = "module\taction\tmethod\tpath\tquery\tbody_kind\tbody\theaders\tauth\trequest\tresp_body\tresponse\tpaging\tsummary
todo_1_0\tCountTodoTasks\tPOST\t/v1.0/todo/users/{unionId}/tasks/count\toperatorId\tobject\tisDone,roleTypes,filter:json\t\tAK\tCountTodoTasksRequest\tjson\tCountTodoTasksResponseBody\t\t查询用户待办计数
todo_1_0\tGetToken\tGET\t/v1.0/todo/token \tids:json\tnone\t\tx-client-token\tAnonymous\tGetTokenRequest\tnone\t\t\t取得
todo_1_0\tListTasks\tGET\t/v1.0/todo/tasks\tnextToken,maxResults\tnone\t\t\tAK\tListTasksRequest\tjson\tListTasksResponseBody\tquery nextToken/maxResults -> resp nextToken\t
todo_1_0\tListNested\tGET\t/v1.0/todo/nested\tcursor\tnone\t\t\tAK\tListNestedRequest\tjson\tListNestedResponseBody\tquery cursor -> resp result.nextCursor\t
todo_1_0\tGetUserTask\tGET\t/v1.0/todo/users/{userId}/tasks/count\t\tnone\t\t\tAK\tGetTokenRequest\tnone\t\t\t\ntodo_1_0\tListCounts\tGET\t/v1.0/todo/counts\tcursor\tnone\t\t\tAK\tListNestedRequest\tjson\tListCountsResponseBody\tquery cursor -> resp result.nextCursor\t
";

    const MODELS: &str = "model\tfield\ttype\trequired\texample\tnote
CountTodoTasksRequest\tisDone\tboolean\t\ttrue\t
CountTodoTasksRequest\troleTypes\tarray<array<string>>\tyes\t\t角色
CountTodoTasksRequest\tfilter\tCountTodoTasksRequestFilter\t\t\t
CountTodoTasksRequest\toperatorId\tstring\tyes\t\t
CountTodoTasksRequestFilter\tname\tstring\t\t\t
CountTodoTasksResponseBody\tresult\tinteger\t\t12\tUse the UTC time format: yyyy-MM-ddTHH:mmZ
CountTodoTasksResponseBody\tdetail\tCountTodoTasksResponseBodyDetail\t\t\t
CountTodoTasksResponseBody\textra\tmap<any>\t\t\t
CountTodoTasksResponseBodyDetail\tdone\tnumber\t\tnot a number\t
GetTokenRequest\tids\tarray<string>\tyes\t\t
ListNestedRequest\tcursor\tstring\t\t\t
ListNestedResponseBody\tresult\tListNestedResponseBodyResult\t\t\t
ListNestedResponseBodyResult\tnextCursor\tstring\t\t\t
ListNestedResponseBodyResult\tlist\tarray<string>\t\t\t
ListNestedResponseBodyResult\thasMore\tboolean\t\t\t
ListCountsResponseBody\tresult\tListCountsResponseBodyResult\t\t\t
ListCountsResponseBody\tlist\tarray<string>\t\t\t
ListCountsResponseBodyResult\tnextCursor\tstring\t\t\t
ListCountsResponseBodyResult\tcount\tinteger\t\t\t
ListTasksRequest\tnextToken\tstring\t\t\t
ListTasksRequest\tmaxResults\tinteger\t\t\t
ListTasksResponseBody\tnextToken\tstring\t\t\t
ListTasksResponseBody\ttasks\tarray<ListTasksResponseBodyTasks>\t\t\t
ListTasksResponseBodyTasks\t\t\t\t\t
";

    fn drafted() -> (Draft, Value) {
        let tables = parse_tables(OPERATIONS, MODELS).unwrap();
        let draft = draft_module("todo_1_0", &tables, &Existing::default()).unwrap();
        let yaml: Value = serde_yaml::from_str(&draft.file).unwrap();
        (draft, yaml)
    }

    #[test]
    fn a_path_is_drafted_without_the_white_space_after_it_and_a_warning_says_so() {
        let (draft, yaml) = drafted();
        assert!(yaml["paths"]["/v1.0/todo/token"]["get"].is_object());
        assert!(yaml["paths"].get("/v1.0/todo/token ").is_none());
        assert!(draft.paths.contains("/v1.0/todo/token:"), "{}", draft.paths);
        assert!(
            draft.warnings.iter().any(|w| w
                == "todo_1_0: GetToken: the reference's path `/v1.0/todo/token ` has white space around it: drafted as `/v1.0/todo/token`"),
            "{:?}",
            draft.warnings
        );
    }

    #[test]
    fn paths_that_differ_only_in_their_parameters_names_are_named_in_a_warning() {
        let (draft, _) = drafted();
        assert!(
            draft.warnings.iter().any(|w| w
                == "todo_1_0: the paths `/v1.0/todo/users/{unionId}/tasks/count` and \
                    `/v1.0/todo/users/{userId}/tasks/count` differ only in their parameters' \
                    names, which OpenAPI does not allow: give them one path"),
            "{:?}",
            draft.warnings
        );
    }

    #[test]
    fn an_operation_is_drafted_from_its_row_and_models() {
        let (_, yaml) = drafted();
        let op = &yaml["paths"]["/v1.0/todo/users/{unionId}/tasks/count"]["post"];
        assert_eq!(op["operationId"], "todo_CountTodoTasks");
        assert_eq!(op["tags"], json!(["todo_1_0"]));
        assert_eq!(op["summary"], "Count todo tasks.");
        assert_eq!(op["x-sdk-summary"], "查询用户待办计数");
        assert_eq!(op["security"], json!([{"AccessToken": []}]));
        assert_eq!(
            op["parameters"],
            json!([
                {"name": "unionId", "in": "path", "required": true, "schema": {"type": "string"}},
                {"name": "operatorId", "in": "query", "required": true, "schema": {"type": "string"}},
            ])
        );
        assert_eq!(
            op["requestBody"],
            json!({"required": true, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/TodoCountTodoTasksRequest"},
                "examples": {"placeholder": {"summary": PLACEHOLDER, "value": {"roleTypes": []}}},
            }}})
        );
        let responses = &op["responses"];
        assert_eq!(
            responses["200"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/TodoCountTodoTasksResponseBody"
        );
        assert_eq!(
            responses["200"]["headers"]["x-acs-request-id"]["$ref"],
            REQUEST_ID
        );
        assert_eq!(responses["401"]["$ref"], INVALID_TOKEN);
        assert_eq!(responses["default"]["$ref"], ERROR);
        assert!(op.get("x-pagination").is_none());
        // Bodies have a placeholder example: the required properties only.
        assert_eq!(
            responses["200"]["content"]["application/json"]["examples"]["placeholder"]["value"],
            json!({})
        );
    }

    #[test]
    fn models_become_prefixed_components_with_types_required_and_examples() {
        let (_, yaml) = drafted();
        let schemas = &yaml["components"]["schemas"];
        // The request's body has the body's properties only; a `:json` one is
        // a string.
        assert_eq!(
            schemas["TodoCountTodoTasksRequest"],
            json!({
                "type": "object",
                "properties": {
                    "isDone": {"type": "boolean", "example": true},
                    "roleTypes": {"type": "array", "items": {"type": "array", "items": {"type": "string"}}, "x-sdk-note": "角色"},
                    "filter": {"type": "string", "description": "`CountTodoTasksRequestFilter` as JSON text."},
                },
                "required": ["roleTypes"],
            })
        );
        assert!(schemas.get("TodoCountTodoTasksRequestFilter").is_none());
        assert_eq!(
            schemas["TodoCountTodoTasksResponseBody"]["properties"],
            json!({
                "result": {"type": "integer", "format": "int64", "description": "Use the UTC time format: yyyy-MM-ddTHH:mmZ", "example": 12},
                "detail": {"$ref": "#/components/schemas/TodoCountTodoTasksResponseBodyDetail"},
                "extra": {"type": "object", "additionalProperties": {}},
            })
        );
        assert_eq!(
            schemas["TodoCountTodoTasksResponseBodyDetail"]["properties"]["done"],
            json!({"type": "number", "format": "double"})
        );
        assert_eq!(
            schemas["TodoListTasksResponseBodyTasks"],
            json!({"type": "object"})
        );
    }

    #[test]
    fn anonymous_json_query_headers_and_no_body() {
        let (_, yaml) = drafted();
        let op = &yaml["paths"]["/v1.0/todo/token"]["get"];
        assert_eq!(op["security"], json!([]));
        assert_eq!(op["summary"], "Get token.");
        assert_eq!(
            op["parameters"],
            json!([
                {"name": "ids", "in": "query", "required": true, "content": {"application/json": {
                    "schema": {"type": "array", "items": {"type": "string"}},
                    "examples": {"placeholder": {"summary": PLACEHOLDER, "value": []}}
                }}},
                {"name": "x-client-token", "in": "header", "schema": {"type": "string"}},
            ])
        );
        assert!(op.get("requestBody").is_none());
        assert!(op["responses"]["200"].get("content").is_none());
        assert!(op["responses"].get("401").is_none());
    }

    #[test]
    fn cursor_paging_is_drafted_where_the_items_are_known() {
        let (draft, yaml) = drafted();
        assert_eq!(
            yaml["paths"]["/v1.0/todo/tasks"]["get"]["x-pagination"],
            json!({"cursorParameter": "nextToken", "cursorField": "nextToken", "itemsField": "tasks"})
        );
        // Items and `hasMore` beside a cursor inside the response.
        assert_eq!(
            yaml["paths"]["/v1.0/todo/nested"]["get"]["x-pagination"],
            json!({
                "cursorParameter": "cursor",
                "cursorField": "result.nextCursor",
                "itemsField": "result.list",
                "hasMoreField": "result.hasMore",
            })
        );
        // No array beside the cursor: which one holds the items is not known.
        let counts = &yaml["paths"]["/v1.0/todo/counts"]["get"];
        assert!(counts.get("x-pagination").is_none());
        assert_eq!(
            counts["x-sdk-paging"],
            json!({
                "paging": "query cursor -> resp result.nextCursor",
                "not followed": "no array of items beside the cursor in `result`, which `itemsField` needs"
            }),
            "the reference's paging is kept, with why the generator does not follow it"
        );
        let paging_and_examples: Vec<_> = draft
            .warnings
            .iter()
            .filter(|w| w.contains(": paging `") || w.contains(": the example `"))
            .collect();
        assert_eq!(
            paging_and_examples,
            [
                "todo_1_0: ListCounts: paging `query cursor -> resp result.nextCursor` left out: no array of items beside the cursor in `result`, which `itemsField` needs",
                "todo_1_0: CountTodoTasksResponseBodyDetail.done: the example `not a number` is not a number; left out",
            ]
        );
    }

    #[test]
    fn the_root_gets_the_tag_and_the_paths() {
        let (draft, _) = drafted();
        let root = "openapi: 3.0.3\ntags:\n  - name: storage_1_0\n    description: Storage.\npaths:\n  /v1.0/storage:\n    $ref: './storage.yaml#/paths/~1v1.0~1storage'\ncomponents:\n  schemas: {}\n";
        let written = insert_into_root(root, "todo_1_0", &draft).unwrap();
        let yaml: Value = serde_yaml::from_str(&written).unwrap();
        assert_eq!(yaml["tags"][1]["name"], "todo_1_0");
        assert_eq!(yaml["tags"][1]["x-drafted"], true);
        assert_eq!(
            yaml["paths"]["/v1.0/todo/users/{unionId}/tasks/count"]["$ref"],
            "./todo_1_0.yaml#/paths/~1v1.0~1todo~1users~1{unionId}~1tasks~1count"
        );
        assert_eq!(yaml["paths"].as_object().unwrap().len(), 7);
        let again = insert_into_root(&written, "todo_1_0", &draft).unwrap_err();
        assert!(again.contains("in the spec already"), "{again}");
    }

    #[test]
    fn clashes_with_the_spec_are_errors() {
        let tables = parse_tables(OPERATIONS, MODELS).unwrap();
        let existing = Existing {
            schemas: ["TodoListTasksResponseBody".to_owned()].into(),
            ..Existing::default()
        };
        let error = draft_module("todo_1_0", &tables, &existing).unwrap_err();
        assert!(error.contains("`TodoListTasksResponseBody`"), "{error}");
        let existing = Existing {
            operation_ids: ["todo_GetToken".to_owned()].into(),
            ..Existing::default()
        };
        assert!(draft_module("todo_1_0", &tables, &existing).is_err());
        let bad = MODELS.replace("array<ListTasksResponseBodyTasks>", "array<Missing>");
        let tables = parse_tables(OPERATIONS, &bad).unwrap();
        let error = draft_module("todo_1_0", &tables, &Existing::default()).unwrap_err();
        assert!(error.contains("`Missing`"), "{error}");
    }

    #[test]
    fn the_placeholder_is_the_least_value_of_the_schema() {
        let schemas: BTreeMap<String, Value> = [(
            "Inner".to_owned(),
            json!({"type": "object", "properties": {"n": {"type": "integer"}, "s": {"type": "string"}}, "required": ["n"]}),
        )]
        .into();
        let schema = json!({
            "type": "object",
            "properties": {
                "inner": {"$ref": "#/components/schemas/Inner"},
                "noted": {"allOf": [{"$ref": "#/components/schemas/Inner"}], "x-sdk-note": "n"},
                "list": {"type": "array", "items": {"type": "string"}},
                "map": {"type": "object", "additionalProperties": {}},
                "flag": {"type": "boolean"},
                "any": {},
                "optional": {"type": "string"},
            },
            "required": ["inner", "noted", "list", "map", "flag", "any"],
        });
        assert_eq!(
            least(&schema, &schemas, 0),
            json!({"inner": {"n": 0}, "noted": {"n": 0}, "list": [], "map": {}, "flag": false, "any": {}})
        );
    }

    #[test]
    fn names_and_summaries() {
        assert_eq!(summary("CountTodoTasks"), "Count todo tasks.");
        assert_eq!(summary("GetOAPIToken"), "Get OAPI token.");
        assert_eq!(summary("QueryUserByID"), "Query user by ID.");
        assert_eq!(summary("GetV2Info"), "Get v2 info.");
        assert_eq!(group("todo_1_0"), "todo");
        assert_eq!(group("storage_2_0"), "storage_2_0");
        assert_eq!(prefix("todo_1_0"), "Todo");
        assert_eq!(prefix("ai_global_e_c_1_0"), "AiGlobalEC");
        assert_eq!(prefix("storage_2_0"), "Storage2_0");
        assert_eq!(
            split_version("ai_global_e_c_1_0"),
            ("ai_global_e_c".to_owned(), "1.0".to_owned())
        );
    }

    #[test]
    fn the_yaml_reads_back_as_the_value() {
        let value = json!({
            "/v1.0/a/{b}": {"x": ["one", {"k": "v", "l": [1, 2.5, true, null]}, [["deep"]], [], {}]},
            "200": "yes",
            "quoted": ["it's", "a: b", "#c", "-d", "12", "", "line\nbreak", "中文，查询", "tail ", "$ref", "\u{3000}x", "x\u{3000}"],
        });
        let text = to_yaml(&value);
        let back: Value = serde_yaml::from_str(&text).unwrap();
        assert_eq!(back, value, "{text}");
        assert!(
            text.contains("/v1.0/a/{b}:\n  x:\n    - one\n    - k: v\n"),
            "{text}"
        );
    }

    /// Every module of the reference drafts; what it cannot draft exactly
    /// is only ever paging, an example, a `bytes` type, white space around
    /// a path or two paths that differ in their parameters' names alone,
    /// each named in a warning.
    #[test]
    fn every_module_of_the_reference_drafts() {
        let reference = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/reference");
        let modules = read(&reference.join("modules.tsv")).unwrap();
        let mut drafted = 0;
        for line in modules.lines().skip(1) {
            let module = line.split('\t').next().unwrap();
            let dir = reference.join(module);
            let tables = parse_tables(
                &read(&dir.join("operations.tsv")).unwrap(),
                &read(&dir.join("models.tsv")).unwrap(),
            )
            .unwrap();
            let draft = draft_module(module, &tables, &Existing::default())
                .unwrap_or_else(|e| panic!("{e}"));
            for warning in &draft.warnings {
                println!("{warning}");
                assert!(
                    warning.contains(": paging `")
                        || warning.contains(": the example `")
                        || warning.contains("types it `bytes`")
                        || warning.contains("has white space around it")
                        || warning.contains("differ only in their parameters' names"),
                    "{warning}"
                );
            }
            let yaml: Value = serde_yaml::from_str(&draft.file).unwrap();
            drafted += yaml["paths"]
                .as_object()
                .unwrap()
                .values()
                .map(|item| item.as_object().unwrap().len())
                .sum::<usize>();
        }
        assert_eq!(drafted, 3289);
    }

    #[test]
    fn the_real_module_drafts_without_errors() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/reference/todo_1_0");
        let tables = parse_tables(
            &read(&dir.join("operations.tsv")).unwrap(),
            &read(&dir.join("models.tsv")).unwrap(),
        )
        .unwrap();
        let draft = draft_module("todo_1_0", &tables, &Existing::default()).unwrap();
        assert!(draft.warnings.is_empty(), "{:?}", draft.warnings);
        let yaml: Value = serde_yaml::from_str(&draft.file).unwrap();
        let operations: usize = yaml["paths"]
            .as_object()
            .unwrap()
            .values()
            .map(|item| item.as_object().unwrap().len())
            .sum();
        assert_eq!(operations, tables.operations.len());
    }
}

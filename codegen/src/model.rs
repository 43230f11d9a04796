//! The checked intermediate model: everything emission needs, already resolved
//! and named, with nothing left to look up in the spec.

use std::collections::{HashMap, HashSet};

/// A whole API.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    pub title: String,
    /// The spec file name, for the generated header.
    pub source_name: String,
    /// Base URLs, the default first.
    pub servers: Vec<Server>,
    /// The other servers operations name as their own (operation-level
    /// `servers`), in the order they are first named.
    pub hosts: Vec<String>,
    pub types: Vec<TypeDef>,
    pub operations: Vec<Operation>,
    /// The modules, in the order of their first operation; empty without
    /// modules per tag.
    pub modules: Vec<Module>,
    /// `x-retryable-error-codes`: error codes worth retrying whatever their HTTP status.
    pub retryable_error_codes: Vec<String>,
    /// The response header that carries the server's id of a request.
    pub request_id_header: Option<String>,
    /// Where the error schema keeps its code, message and request id.
    pub error_shape: ErrorShape,
    /// The error codes of the operations of no module.
    pub root_codes: CodeSet,
}

impl Api {
    /// The named types by name, to walk from some to every type they hold.
    pub fn type_index(&self) -> TypeIndex<'_> {
        TypeIndex(
            self.types
                .iter()
                .map(|def| (def.name.as_str(), &def.kind))
                .collect(),
        )
    }
}

/// The named types of an [`Api`] by name ([`Api::type_index`]).
#[derive(Debug, Clone)]
pub struct TypeIndex<'a>(HashMap<&'a str, &'a TypeKind>);

impl<'a> TypeIndex<'a> {
    /// The definition of the named type `name`.
    pub fn get(&self, name: &str) -> Option<&'a TypeKind> {
        self.0.get(name).copied()
    }

    /// The named types among `roots` and every named type they hold, through
    /// any chain of fields, variants, aliases, `Vec`s and maps. Names of no
    /// type are left out.
    pub fn reachable(&self, roots: impl IntoIterator<Item = String>) -> HashSet<String> {
        let mut pending: Vec<String> = roots.into_iter().collect();
        let mut seen = HashSet::new();
        while let Some(name) = pending.pop() {
            let Some(kind) = self.get(&name) else {
                continue;
            };
            if !seen.insert(name) {
                continue;
            }
            let held = kind.held_types().filter_map(Type::named);
            pending.extend(held.map(str::to_owned));
        }
        seen
    }
}

/// An error code an operation documents: in the examples of its error
/// responses, the value at the error schema's code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorCode {
    /// As the server sends it (`spaceNotExist`).
    pub code: String,
    /// Its Rust variant (`SpaceNotExist`).
    pub variant: String,
    /// The status of the first response that documents it.
    pub status: String,
    /// The example's summary.
    pub doc: Doc,
    /// The example's name, which names the variant of a code that is no
    /// name itself (`40014`).
    pub hint: Option<String>,
}

/// An example of a JSON body, as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// Its name in `examples`; `None` for a lone `example`.
    pub name: Option<String>,
    pub summary: Option<String>,
    pub value: serde_json::Value,
}

/// `x-error-in-body`: where an answer with a success status says it failed.
#[derive(Debug, Clone, PartialEq)]
pub struct BodyStatus {
    /// A JSON pointer to the value telling success from failure.
    pub status: String,
    /// That value on success.
    pub success: serde_json::Value,
    /// A JSON pointer to the error code.
    pub code: String,
    /// A JSON pointer to the error message; empty for none.
    pub message: String,
    /// A JSON pointer to the request id; empty for none.
    pub request_id: String,
}

/// `x-result`: where in the success body the answer is, and its type.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultAt {
    /// A JSON pointer (`/result`).
    pub pointer: String,
    pub ty: Type,
    /// Whether the schema requires it; an optional one is an `Option`.
    pub required: bool,
}

/// The error codes the operations of one namespace (a module, or the root)
/// document, as one open enum: each code once, described as the first
/// operation that documents it describes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CodeSet {
    /// The enum's name (`ErrorCode`).
    pub name: String,
    pub codes: Vec<ErrorCode>,
}

/// A module of the client: the operations of one tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Module {
    /// Its Rust name (`storage_1_0`).
    pub name: String,
    /// The tag, as the spec names it.
    pub tag: String,
    /// The tag's description.
    pub doc: Doc,
    /// The error codes its operations document.
    pub codes: CodeSet,
}

/// Paths of property names into the error schema; empty where it has no such part.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ErrorShape {
    pub code: Vec<String>,
    pub message: Vec<String>,
    pub request_id: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Server {
    pub url: String,
    pub description: Option<String>,
}

/// Documentation text, one entry per line.
pub type Doc = Vec<String>;

/// A named type.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    /// Rust name (UpperCamelCase).
    pub name: String,
    pub doc: Doc,
    pub kind: TypeKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    Struct(Vec<Field>),
    /// A string enum that keeps values it does not know.
    Enum(Vec<EnumValue>),
    /// Exactly one of several shapes, told apart by the shape of the JSON:
    /// the first variant that reads it is taken.
    Union(Vec<Variant>),
    /// One of several objects, told apart by the value of one property (a
    /// `discriminator`); an object with another value, or none, is kept as
    /// JSON in the variant `other`.
    Tagged {
        /// The property, as named on the wire.
        property: String,
        /// Each variant with its `tags`.
        variants: Vec<Variant>,
        /// The name of the variant that keeps the objects no variant is for.
        other: String,
    },
    /// Another name for a type.
    Alias(Type),
}

impl TypeKind {
    /// The types a value of this type holds: its fields', its variants', the
    /// aliased type.
    pub fn held_types(&self) -> impl Iterator<Item = &Type> {
        let types: Box<dyn Iterator<Item = &Type>> = match self {
            TypeKind::Struct(fields) => Box::new(fields.iter().map(|f| &f.ty)),
            TypeKind::Union(variants) | TypeKind::Tagged { variants, .. } => {
                Box::new(variants.iter().map(|v| &v.ty))
            }
            TypeKind::Alias(ty) => Box::new(std::iter::once(ty)),
            TypeKind::Enum(_) => Box::new(std::iter::empty()),
        };
        types
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub json_name: String,
    pub rust_name: String,
    pub doc: Doc,
    pub ty: Type,
    /// Required and not nullable: present in every valid value.
    pub required: bool,
    pub constraints: Constraints,
    /// `format: password`: never shown by `Debug`.
    pub secret: bool,
    /// The properties not named by the others (`additionalProperties` beside
    /// `properties`): a map (its `ty`) read and written at the object's level.
    pub flatten: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EnumValue {
    pub value: String,
    pub variant: String,
    pub doc: Doc,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    pub name: String,
    pub doc: Doc,
    pub ty: Type,
    /// In a tagged union, the values of its property that select this
    /// variant, the one it is written with first; empty in an untagged one.
    pub tags: Vec<String>,
}

/// A reference to a type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Type {
    String,
    Bool,
    I32,
    I64,
    F32,
    F64,
    DateTime,
    /// Any JSON value.
    Json,
    /// Raw bytes (`format: binary`, a binary body).
    Bytes,
    /// A file sent as a part of a `multipart/form-data` body, with its file
    /// name and media type.
    File,
    Named(String),
    Vec(Box<Type>),
    /// A JSON object with arbitrary keys.
    Map(Box<Type>),
}

impl Type {
    /// The named type a value of this type holds, in place or in a `Vec` or a
    /// map.
    pub fn named(&self) -> Option<&str> {
        match self {
            Type::Named(name) => Some(name),
            Type::Vec(inner) | Type::Map(inner) => inner.named(),
            _ => None,
        }
    }
}

/// Validation keywords of a schema, checked before a request is sent.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Constraints {
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
    pub pattern: Option<String>,
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub min_items: Option<usize>,
    pub max_items: Option<usize>,
}

impl Constraints {
    pub fn is_empty(&self) -> bool {
        self == &Constraints::default()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl Method {
    pub fn from_openapi(method: &str) -> Option<Method> {
        Some(match method {
            "get" => Method::Get,
            "put" => Method::Put,
            "post" => Method::Post,
            "delete" => Method::Delete,
            "options" => Method::Options,
            "head" => Method::Head,
            "patch" => Method::Patch,
            "trace" => Method::Trace,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// The spec's operationId.
    pub id: String,
    /// Client method name (snake_case).
    pub method_name: String,
    /// Request builder type name (UpperCamelCase).
    pub builder_name: String,
    /// The name of the struct of the required inputs, when there are two or
    /// more: they are passed named, so that they cannot be swapped.
    pub input_struct: Option<String>,
    pub doc: Doc,
    /// The spec's tags, in order. With [`Settings::feature_per_tag`](crate::Settings::feature_per_tag),
    /// the first one names the Cargo feature the operation is compiled under.
    pub tags: Vec<String>,
    pub method: Method,
    /// Path template, as in the spec (`/spaces/{spaceId}`).
    pub path: String,
    /// Inputs in the order the client method takes the required ones.
    pub inputs: Vec<Input>,
    /// The request body, built from the `Body` inputs.
    pub body: Option<Body>,
    /// The media type the request body is sent as, as the spec names it.
    pub body_media_type: Option<String>,
    /// The success responses, in the spec's order.
    pub successes: Vec<Success>,
    /// The name of the enum `send` returns when the success responses differ
    /// in their bodies (one variant per status); `None` when they all have the
    /// same body, or none, which `send` returns as it is.
    pub outcome: Option<String>,
    /// The error responses, in the spec's order.
    pub errors: Vec<ErrorResponse>,
    /// The name of the enum an error's body is read as when the error
    /// responses differ in their body types (one variant per status with a
    /// body); `None` when they all have the same one, which is read as it is,
    /// or none has a body.
    pub error_enum: Option<String>,
    /// The error codes its error responses' examples document, in order,
    /// each once, with this operation's description; their variants are
    /// those of its namespace's [`CodeSet`]. Set once every operation is
    /// lowered.
    pub codes: Vec<ErrorCode>,
    /// The module the operation is in (the Rust name of its first tag), with
    /// modules per tag; `None` for the root.
    pub module: Option<String>,
    /// How the operation is authenticated, when it is.
    pub auth: Option<Auth>,
    /// Whether sending the request twice has the effect of sending it once:
    /// by method, or `x-idempotent: true`.
    pub idempotent: bool,
    /// `x-pagination`: how to walk the pages of the response.
    pub pagination: Option<Pagination>,
    /// The server it is sent to when it names one of its own (one of
    /// [`Api::hosts`]); `None` for the API's base URL.
    pub server: Option<String>,
    /// `x-error-in-body`: where its answers with a success status say it failed.
    pub body_status: Option<BodyStatus>,
    /// `x-result`: where in its success body its answer is.
    pub result: Option<ResultAt>,
    /// Its own `x-retryable-error-codes`: codes with which it refuses a
    /// request without carrying it out, retried even when it is not idempotent.
    pub retryable_error_codes: Vec<String>,
}

impl Operation {
    /// The body every success response has, when they all have the same one
    /// (`None` when they have none, or differ).
    pub fn response_content(&self) -> Option<&Content> {
        match (&self.outcome, self.successes.first()) {
            (None, Some(success)) => success.content.as_ref(),
            _ => None,
        }
    }

    /// The JSON type every success response has, when they all have the same one.
    pub fn response(&self) -> Option<&Type> {
        self.response_content()
            .filter(|c| c.encoding == Encoding::Json)
            .map(|c| &c.ty)
    }

    /// The models it names directly: its inputs, body, responses and error bodies.
    pub fn models(&self) -> Vec<String> {
        let mut types: Vec<&Type> = self.inputs.iter().map(|input| &input.ty).collect();
        let mut out = Vec::new();
        match &self.body {
            Some(Body::Struct(name) | Body::Form(name)) => out.push(name.clone()),
            Some(Body::Whole(ty)) => types.push(ty),
            _ => {}
        }
        types.extend(
            self.successes
                .iter()
                .filter_map(|s| Some(&s.content.as_ref()?.ty)),
        );
        types.extend(self.typed_errors().map(|(_, ty)| ty));
        types.extend(self.pagination.as_ref().map(|p| &p.item));
        out.extend(types.into_iter().filter_map(Type::named).map(str::to_owned));
        out
    }

    /// The error responses whose body has a type.
    pub fn typed_errors(&self) -> impl Iterator<Item = (&ErrorResponse, &Type)> {
        self.errors
            .iter()
            .filter_map(|error| Some((error, error.ty.as_ref()?)))
    }

    /// The type every error body has, when they all have the same one (and
    /// there is an error body).
    pub fn error_type(&self) -> Option<&Type> {
        match &self.error_enum {
            None => self.typed_errors().next().map(|(_, ty)| ty),
            Some(_) => None,
        }
    }
}

/// A success (2xx) response.
#[derive(Debug, Clone, PartialEq)]
pub struct Success {
    /// `200`, or a range: `2XX`.
    pub status: String,
    /// The name of its variant in the operation's outcome enum (`Created`).
    pub variant: String,
    pub doc: Doc,
    /// Its body; `None` when it has no content.
    pub content: Option<Content>,
    /// The examples of its JSON body, as written.
    pub examples: Vec<Example>,
}

/// A body in one media type.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    /// The media type, as the spec names it.
    pub media_type: String,
    pub encoding: Encoding,
    /// The type of the body.
    pub ty: Type,
}

/// How a body is written and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// JSON (`application/json`, `application/*+json`).
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`.
    Multipart,
    /// Text (`text/*`), as a string.
    Text,
    /// Any other media type, as bytes.
    Binary,
}

/// How an operation's token is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthScheme {
    /// As it is, in this header (`type: apiKey`, `in: header`).
    Header(String),
    /// In this query parameter (`type: apiKey`, `in: query`).
    Query(String),
    /// In this cookie (`type: apiKey`, `in: cookie`).
    Cookie(String),
    /// `Authorization: Bearer <token>` (`type: http`, `scheme: bearer`, and
    /// `oauth2` and `openIdConnect`).
    Bearer,
    /// `Authorization: Basic <base64 of user:password>` (`type: http`, `scheme: basic`).
    Basic,
}

/// A token the operation needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Auth {
    /// The security scheme's name in the spec.
    pub name: String,
    pub scheme: AuthScheme,
    /// `x-invalid-token-error-codes`: error codes that mean the key was rejected
    /// (and a fresh one may succeed).
    pub invalid_token_error_codes: Vec<String>,
    /// The operation may also be called without a token (an empty alternative `{}`).
    pub optional: bool,
}

/// Cursor pagination: the response's cursor is sent back as an input for the next page.
#[derive(Debug, Clone, PartialEq)]
pub struct Pagination {
    /// Rust name of the input that carries the cursor (or holds it).
    pub cursor_input: String,
    /// Fields inside that input leading to the cursor, each with whether it
    /// is required (`option.nextToken` in a body: `[("next_token", false)]`).
    pub cursor_input_path: Vec<(String, bool)>,
    /// The cursor's type: a string, or an integer.
    pub cursor_type: Type,
    /// Whether the cursor itself is required (an integer starting at `0`).
    pub cursor_required: bool,
    /// The response property with the next cursor, as the spec names it (`next`, `meta.next`).
    pub cursor_field: String,
    /// The Rust fields leading to the cursor, each with whether it is required.
    pub cursor_path: Vec<(String, bool)>,
    /// The response's array of the page's items, as the spec names it
    /// (`items`, `result.list`).
    pub items_field: String,
    /// The Rust fields leading to the items, each with whether it is required.
    pub items_path: Vec<(String, bool)>,
    pub item: Type,
    /// The response's boolean that says whether another page follows, as the
    /// spec names it (`hasMoreField`: `hasMore`, `result.hasMore`): a page
    /// whose value is `false` is the last, whatever its cursor.
    pub has_more_field: Option<String>,
    /// The Rust fields leading to it, each with whether it is required.
    pub has_more_path: Vec<(String, bool)>,
    /// Whether a page (what `send` returns) may be absent: an optional
    /// `x-result`. An absent page has no items and ends the pages.
    pub page_optional: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    /// Name on the wire (parameter name or body property).
    pub wire_name: String,
    /// Name in the client's API: the setter, the argument or the input struct's field.
    pub rust_name: String,
    /// Name of the field that holds the value: the body struct's field for a
    /// property of a body struct, the request builder's otherwise.
    pub member: String,
    pub doc: Doc,
    pub location: Location,
    pub ty: Type,
    pub required: bool,
    pub constraints: Constraints,
    /// `format: password`: never shown by `Debug`.
    pub secret: bool,
    /// Sent as one JSON-encoded string (a parameter with `content: application/json`).
    pub json: bool,
    /// How a parameter is written when it is not one value in its location's
    /// default style: an array or an object, or a `style` of its own.
    pub style: Option<Styled>,
}

/// A parameter's OpenAPI `style` and `explode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Styled {
    pub style: Style,
    pub explode: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    Simple,
    Label,
    Matrix,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    Path,
    Query,
    Header,
    /// A property of the JSON body.
    Body,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// A JSON struct whose fields are the operation's `Body` inputs.
    Struct(String),
    /// Any other value, passed whole as the one `Body` input: as JSON, or,
    /// for `application/x-www-form-urlencoded`, as a form of its entries.
    Whole(Type),
    /// An `application/x-www-form-urlencoded` struct whose fields are the
    /// operation's `Body` inputs.
    Form(String),
    /// A `multipart/form-data` body: each `Body` input is a part, kept by the
    /// request builder. File parts are typed with the media type given here
    /// by their wire name (`encoding.<name>.contentType`), or else
    /// `application/octet-stream`.
    Parts(Vec<(String, String)>),
    /// Text (`String`) or bytes, passed whole as the one `Body` input.
    Raw(Encoding),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ErrorResponse {
    /// `400`, `4XX` or `default`.
    pub status: String,
    /// The examples of its JSON body, as written.
    pub examples: Vec<Example>,
    /// The name of its variant in the operation's error enum (`NotFound`).
    pub variant: String,
    pub doc: Doc,
    /// The type of its JSON body; `None` when the spec gives it no JSON
    /// schema, or it is not an error the runtime reads a body of (a redirect).
    pub ty: Option<Type>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn def(name: &str, kind: TypeKind) -> TypeDef {
        TypeDef {
            name: name.to_owned(),
            doc: Doc::new(),
            kind,
        }
    }

    fn field(name: &str, ty: Type) -> Field {
        Field {
            json_name: name.to_owned(),
            rust_name: name.to_owned(),
            doc: Doc::new(),
            ty,
            required: false,
            constraints: Constraints::default(),
            secret: false,
            flatten: false,
        }
    }

    fn named(name: &str) -> Type {
        Type::Named(name.to_owned())
    }

    #[test]
    fn reachable_walks_fields_variants_aliases_vecs_and_maps_and_stops_at_cycles() {
        let variant = |ty| Variant {
            name: "V".to_owned(),
            doc: Doc::new(),
            ty,
            tags: Vec::new(),
        };
        let api = Api {
            modules: Vec::new(),
            title: String::new(),
            source_name: String::new(),
            servers: Vec::new(),
            types: vec![
                def(
                    "Root",
                    TypeKind::Struct(vec![field("a", Type::Vec(Box::new(named("List"))))]),
                ),
                def(
                    "List",
                    TypeKind::Alias(Type::Map(Box::new(named("Either")))),
                ),
                def(
                    "Either",
                    TypeKind::Union(vec![variant(named("Leaf")), variant(Type::String)]),
                ),
                def("Leaf", TypeKind::Struct(vec![field("back", named("Root"))])),
                def("Apart", TypeKind::Enum(Vec::new())),
            ],
            operations: Vec::new(),
            retryable_error_codes: Vec::new(),
            request_id_header: None,
            error_shape: ErrorShape::default(),
            root_codes: CodeSet::default(),
            hosts: Vec::new(),
        };
        let index = api.type_index();
        let mut reached: Vec<String> = index
            .reachable(["Root".to_owned(), "Nowhere".to_owned()])
            .into_iter()
            .collect();
        reached.sort();
        assert_eq!(reached, ["Either", "Leaf", "List", "Root"]);
        assert_eq!(index.reachable(["Apart".to_owned()]).len(), 1);
        assert!(index.reachable(Vec::new()).is_empty());
    }
}

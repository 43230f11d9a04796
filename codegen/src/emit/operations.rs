//! `operations.rs`: a `Client` method and a request builder per operation.

use proc_macro2::TokenStream;
use quote::quote;

use super::{checks, doc, ident, redacted_debug, Consume, Cx, Part};
use heck::ToShoutySnakeCase;
use proc_macro2::{Ident, Span};
use quote::format_ident;

use crate::model::{
    Api, Auth, AuthScheme, Body, Encoding, Input, Location, Operation, Pagination, Style, Type,
};
use crate::Settings;

/// The items of one part of `mod.rs` or a module's file, if it has any.
pub(super) fn emit(cx: &Cx, api: &Api, settings: &Settings, part: Part) -> Option<TokenStream> {
    let op = |index: usize| &api.operations[index];
    match part {
        Part::Client => Some(client(cx, api, settings)),
        Part::Api => Some(api_consts(cx, api, true)),
        Part::ModuleClient(index) => Some(module_client(cx, api, settings, index)),
        Part::Input(index) => input_struct_def(cx, op(index)),
        Part::Outcome(index) => outcome_def(cx, op(index)),
        Part::ErrorEnum(index) => error_enum_def(cx, op(index)),
        Part::ErrorTypes(module) => Some(error_types_def(cx, api, module)),
        Part::Codes(module) => Some(codes_def(cx, api, module)),
        Part::Builder(index) => Some(builder(cx, op(index))),
        Part::Model(_) => None,
    }
}

/// A module's file before its operations: the shared models it uses,
/// re-exported, what [`Settings::module_extensions`] adds, and its client.
fn module_client(cx: &Cx, api: &Api, settings: &Settings, index: usize) -> TokenStream {
    let rt = &cx.rt;
    let module = &api.modules[index];
    let ops: Vec<&Operation> = api
        .operations
        .iter()
        .filter(|op| op.module.as_ref() == Some(&module.name))
        .collect();
    let shared = cx.shared_by_module[&module.name]
        .iter()
        .map(|name| ident(name));
    let extensions = settings
        .module_extensions
        .iter()
        .filter(|(name, _)| *name == module.name || *name == module.tag)
        // Checked to be paths when the context was made.
        .filter_map(|(_, path)| syn::parse_str::<syn::Path>(path).ok())
        .map(|path| match &settings.module_crates {
            Some(_) => quote!(mod #path; pub use #path::*;),
            None => quote!(pub use #path::*;),
        });
    // A crate's client can be made without the root's.
    let (api_static, builder) = match settings.module_crates {
        Some(_) => (
            own_api(cx, false),
            quote! {
                /// Starts configuring a client of these operations alone, with the API's first server as its base URL.
                pub fn builder() -> #rt::ClientBuilder<Self> {
                    #rt::ClientBuilder::new(&API)
                }
            },
        ),
        None => (TokenStream::new(), TokenStream::new()),
    };
    let methods = ops.iter().map(|op| client_method(cx, api, op));
    let auth_consts = auth_consts(cx, api, Some(&module.name));
    let body_statuses = body_status_consts(cx, api, Some(&module.name));
    let tag = &module.tag;
    let client_doc = format!(
        " The `{tag}` operations: each is a method that returns a request builder; set optional inputs on it, then `.send().await`."
    );
    let reexports = (shared.len() > 0).then(|| quote!(pub use models::{#(#shared),*};));
    quote! {
        #reexports
        #(#extensions)*
        #api_static
        #auth_consts
        #body_statuses

        #[doc = #client_doc]
        ///
        /// Made by the client's method of the module's name. Cheap to clone: clones share
        /// connections, configuration and the current token.
        #[derive(Debug, Clone)]
        pub struct Client {
            runtime: #rt::Client,
        }

        impl #rt::FromRuntime for Client {
            fn from_runtime(runtime: #rt::Client) -> Self {
                Self { runtime }
            }
        }

        impl Client {
            #builder

            /// The runtime client this client sends its calls through.
            pub fn runtime(&self) -> &#rt::Client {
                &self.runtime
            }

            #(#methods)*
        }
    }
}

/// The API's constants (or, with module crates, their `use`), the client
/// type and its method for each operation.
fn client(cx: &Cx, api: &Api, settings: &Settings) -> TokenStream {
    let rt = &cx.rt;
    let (string, result) = (&cx.std.string, &cx.std.result);
    let client = &cx.client;
    let title = &api.title;
    let client_doc = format!(" A client of the {title} API. Cheap to clone: clones share connections, configuration and the current token.");
    let methods = api
        .operations
        .iter()
        .filter(|op| op.module.is_none())
        .map(|op| client_method(cx, api, op));
    let crates = settings.module_crates.as_ref();
    let (modules, accessors): (Vec<TokenStream>, Vec<TokenStream>) = api
        .modules
        .iter()
        .map(|module| {
            let name = ident(&module.name);
            let gate = cx.gates.module(&module.tag).cfg();
            let docs = match module.doc.is_empty() {
                true => doc(&[format!("The `{}` operations.", module.tag)]),
                false => doc(&module.doc),
            };
            let accessor_doc = format!(" The `{}` operations.", module.tag);
            let declaration = match crates {
                Some(prefix) => {
                    let krate = super::module_crate(prefix, &module.name);
                    quote!(#docs #gate pub use #krate as #name;)
                }
                None => quote!(#docs #gate pub mod #name;),
            };
            (
                declaration,
                quote! {
                    #[doc = #accessor_doc]
                    #gate
                    pub fn #name(&self) -> #name::Client {
                        #rt::FromRuntime::from_runtime(self.runtime.clone())
                    }
                },
            )
        })
        .unzip();
    let (models, constants) = match crates {
        Some(prefix) => {
            // Checked when the files' headers were made.
            let core = super::core_crate(prefix).ok();
            let api = own_api(cx, true);
            (
                quote!(pub use #core as models;),
                quote!(pub use #core::{HOSTS, RETRYABLE_ERROR_CODES, SERVERS}; #api),
            )
        }
        None => (
            quote!(
                pub mod models;
            ),
            api_consts(cx, api, false),
        ),
    };
    let auth_consts = auth_consts(cx, api, None);
    let body_statuses = body_status_consts(cx, api, None);
    // Without a token to send, the client needs none to be made.
    let new = match api.operations.iter().any(|op| op.auth.is_some()) {
        true => quote! {
            /// A client with the default configuration that sends `access_token` with every call that needs one.
            pub fn new(access_token: impl ::std::convert::Into<#string>) -> #result<Self, #rt::Error> {
                Self::builder().access_token(access_token).build()
            }
        },
        false => quote! {
            /// A client with the default configuration.
            pub fn new() -> #result<Self, #rt::Error> {
                Self::builder().build()
            }
        },
    };
    quote! {
        #models
        #(#modules)*

        #constants
        #auth_consts
        #body_statuses

        #[doc = #client_doc]
        ///
        /// Build one with [`builder`](Self::builder); each operation is a method
        /// that returns a request builder: set optional inputs on it, then
        /// `.send().await`.
        #[derive(Debug, Clone)]
        pub struct #client {
            runtime: #rt::Client,
        }

        impl #rt::FromRuntime for #client {
            fn from_runtime(runtime: #rt::Client) -> Self {
                Self { runtime }
            }
        }

        impl #client {
            /// Starts configuring a client, with the spec's first server as its base URL.
            pub fn builder() -> #rt::ClientBuilder<Self> {
                #rt::ClientBuilder::new(&API)
            }

            #new

            /// The runtime client this client sends its calls through.
            pub fn runtime(&self) -> &#rt::Client {
                &self.runtime
            }

            /// The base URL calls are sent to.
            pub fn base_url(&self) -> &str {
                self.runtime.base_url()
            }

            #(#accessors)*

            #(#methods)*
        }
    }
}

/// `API` for a crate of its own: the shared crate's, with the crate's name
/// and version as the user agent.
fn own_api(cx: &Cx, public: bool) -> TokenStream {
    let rt = &cx.rt;
    let vis = public.then(|| quote!(pub));
    quote! {
        /// What the runtime needs to know of the API, with this crate as the user agent.
        #vis static API: #rt::Api = #rt::Api {
            user_agent: ::std::concat!(::std::env!("CARGO_PKG_NAME"), "/", ::std::env!("CARGO_PKG_VERSION")),
            ..models::API
        };
    }
}

/// The API's constants: its servers, hosts, retryable codes and `API`, a
/// `const` for the crates that make their own `API` from it (`shared`).
fn api_consts(cx: &Cx, api: &Api, shared: bool) -> TokenStream {
    let rt = &cx.rt;
    let urls = api.servers.iter().map(|s| s.url.as_str());
    let hosts = &api.hosts;
    let retryable = &api.retryable_error_codes;
    let title = &api.title;
    let request_id_header = match &api.request_id_header {
        Some(header) => quote!(Some(#header)),
        None => quote!(None),
    };
    let (code, message, request_id) = (
        &api.error_shape.code,
        &api.error_shape.message,
        &api.error_shape.request_id,
    );
    let item = match shared {
        true => quote!(const),
        false => quote!(static),
    };
    quote! {
        /// The servers of the API, the client's default first.
        pub const SERVERS: &[&str] = &[#(#urls),*];

        /// The other servers operations are sent to (`ClientBuilder::host_url` changes where).
        pub const HOSTS: &[&str] = &[#(#hosts),*];

        /// Error codes worth retrying whatever their HTTP status (throttling, timeouts).
        pub const RETRYABLE_ERROR_CODES: &[&str] = &[#(#retryable),*];

        /// What the runtime needs to know of the API.
        pub #item API: #rt::Api = #rt::Api {
            title: #title,
            servers: SERVERS,
            hosts: HOSTS,
            user_agent: ::std::concat!(::std::env!("CARGO_PKG_NAME"), "/", ::std::env!("CARGO_PKG_VERSION")),
            retryable_error_codes: RETRYABLE_ERROR_CODES,
            request_id_header: #request_id_header,
            error_body: #rt::ErrorShape {
                code: &[#(#code),*],
                message: &[#(#message),*],
                request_id: &[#(#request_id),*],
            },
        };
    }
}

/// Whether a value is taken as `impl Into<T>` rather than `T`.
fn takes_into(ty: &Type) -> bool {
    matches!(ty, Type::String | Type::Named(_) | Type::Bytes | Type::File)
}

fn argument_type(cx: &Cx, ty: &Type) -> TokenStream {
    let rust = cx.rust_type(ty);
    if takes_into(ty) {
        quote!(impl ::std::convert::Into<#rust>)
    } else {
        rust
    }
}

fn converted(ty: &Type, value: TokenStream) -> TokenStream {
    if takes_into(ty) {
        quote!(#value.into())
    } else {
        value
    }
}

/// The body struct's name, when the operation's body inputs are the fields of one.
fn body_struct(op: &Operation) -> Option<&str> {
    match &op.body {
        Some(Body::Struct(name) | Body::Form(name)) => Some(name),
        _ => None,
    }
}

/// Whether `input` lives in the builder's body struct rather than in a field of its own.
fn in_body(op: &Operation, input: &Input) -> bool {
    body_struct(op).is_some() && input.location == Location::Body
}

/// Where the builder keeps `input`: `body.<field>` or `<field>`.
fn place(op: &Operation, input: &Input) -> TokenStream {
    let field = ident(&input.member);
    if in_body(op, input) {
        quote!(body.#field)
    } else {
        quote!(#field)
    }
}

/// The name of the struct of the required inputs, when there are two or more.
fn input_struct(op: &Operation) -> Option<String> {
    op.input_struct.clone()
}

/// The struct of an operation's required inputs, named so that they cannot be
/// swapped: strings are borrowed, everything else is moved in.
fn input_struct_def(cx: &Cx, op: &Operation) -> Option<TokenStream> {
    let name = ident(&input_struct(op)?);
    let required: Vec<&Input> = op.inputs.iter().filter(|i| i.required).collect();
    let borrows = required.iter().any(|i| i.ty == Type::String);
    let lifetime = borrows.then(|| quote!(<'a>));
    let fields = required.iter().map(|input| {
        let docs = doc(&input.doc);
        let field = ident(&input.rust_name);
        let ty = if input.ty == Type::String {
            quote!(&'a str)
        } else {
            cx.rust_type(&input.ty)
        };
        quote!(#docs pub #field: #ty,)
    });
    let client = client_name(cx, op);
    let text = format!(
        " The required inputs of [`{client}::{}`], named so that they cannot be swapped.",
        op.method_name
    );
    let gate = cx.gates.operation(op).cfg();
    let has_secret = required.iter().any(|i| i.secret);
    let derive_debug = (!has_secret).then(|| quote!(Debug,));
    let derive_eq = required
        .iter()
        .all(|i| !matches!(i.ty, Type::File))
        .then(|| quote!(PartialEq,));
    let debug = has_secret.then(|| {
        let fields = required.iter().map(|i| (i.rust_name.as_str(), i.secret));
        let debug = redacted_debug(&name.to_string(), quote!(#lifetime), fields);
        quote!(#gate #debug)
    });
    Some(quote! {
        #[doc = #text]
        #gate
        #[derive(#derive_debug Clone, #derive_eq)]
        pub struct #name #lifetime {
            #(#fields)*
        }
        #debug
    })
}

/// The enum `send` returns when the success responses differ in their
/// bodies: a variant per status, holding its body when it has one.
fn outcome_def(cx: &Cx, op: &Operation) -> Option<TokenStream> {
    let name = ident(op.outcome.as_ref()?);
    let variants = op.successes.iter().map(|success| {
        let docs = status_doc(&success.status, &success.doc);
        let variant = ident(&success.variant);
        match &success.content {
            Some(content) => {
                let ty = cx.rust_type(&content.ty);
                quote!(#docs #variant(#ty),)
            }
            None => quote!(#docs #variant,),
        }
    });
    let client = client_name(cx, op);
    let text = format!(
        " What [`{client}::{}`] answers: a variant per success status.",
        op.method_name
    );
    let gate = cx.gates.operation(op).cfg();
    Some(quote! {
        #[doc = #text]
        #gate
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants)*
        }
    })
}

/// The documentation of a status's variant: `HTTP <status>: ` and its description.
fn status_doc(status: &str, description: &[String]) -> TokenStream {
    let mut lines = description.to_vec();
    match lines.first_mut() {
        Some(first) => *first = format!("HTTP {status}: {first}"),
        None => lines.push(format!("HTTP {status}")),
    }
    doc(&lines)
}

/// The enum an error's body is read as when the error bodies differ in
/// their types: a variant per error status with a body.
fn error_enum_def(cx: &Cx, op: &Operation) -> Option<TokenStream> {
    let name = ident(op.error_enum.as_ref()?);
    let variants = op.typed_errors().map(|(error, ty)| {
        let docs = status_doc(&error.status, &error.doc);
        let variant = ident(&error.variant);
        let ty = cx.rust_type(ty);
        quote!(#docs #variant(#ty),)
    });
    let client = client_name(cx, op);
    let text = format!(
        " The body of an error [`{client}::{}`] fails with, read by `Error::body`: a variant per error status the spec gives a body.",
        op.method_name
    );
    let gate = cx.gates.operation(op).cfg();
    Some(quote! {
        #[doc = #text]
        #gate
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants)*
        }
    })
}

/// The client type an operation's method is on, as its items name it.
fn client_name(cx: &Cx, op: &Operation) -> String {
    match op.module {
        Some(_) => "Client".to_owned(),
        None => cx.client.to_string(),
    }
}

/// The error codes of a namespace's operations ([`Api::root_codes`] when
/// `module` is `None`): an open enum of them, each described as most of the
/// operations that document it describe it.
fn codes_def(cx: &Cx, api: &Api, module: Option<usize>) -> TokenStream {
    let rt = &cx.rt;
    let (set, namespace) = match module {
        Some(index) => (&api.modules[index].codes, Some(&api.modules[index].name)),
        None => (&api.root_codes, None),
    };
    let ops: Vec<&Operation> = api
        .operations
        .iter()
        .filter(|op| op.module.as_ref() == namespace)
        .collect();
    let variants = set.codes.iter().map(|code| {
        let mut docs: Vec<(&crate::model::Doc, usize)> = Vec::new();
        let described = ops
            .iter()
            .flat_map(|op| &op.codes)
            .filter(|c| c.code == code.code);
        for doc in described.map(|c| &c.doc) {
            match docs.iter_mut().find(|(known, _)| *known == doc) {
                Some((_, count)) => *count += 1,
                None => docs.push((doc, 1)),
            }
        }
        // The first of the most common, in the order operations come.
        let most = docs.iter().map(|(_, count)| *count).max().unwrap_or(0);
        let common = docs.iter().find(|(_, count)| *count == most);
        let mut lines = common.map(|(doc, _)| doc.to_vec()).unwrap_or_default();
        match lines.first_mut() {
            Some(first) => *first = format!("`{}`: {first}", code.code),
            None => lines.push(format!("`{}`", code.code)),
        }
        let docs = doc(&lines);
        let variant = ident(&code.variant);
        quote!(#docs #variant,)
    });
    let values = set.codes.iter().map(|code| {
        let (variant, value) = (ident(&code.variant), &code.code);
        quote!(#variant = #value)
    });
    let name = ident(&set.name);
    let string = &cx.std.string;
    let whose = match namespace {
        Some(_) => "this module's operations".to_owned(),
        None => "the client's own operations".to_owned(),
    };
    let text = format!(
        " The error codes {whose} document, as `Error::code` reads them; each operation's documentation lists its own."
    );
    quote! {
        #[doc = #text]
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum #name {
            #(#variants)*
            /// A code the spec does not document, as the server sent it.
            Other(#string),
        }
        #rt::error_codes!(#name { #(#values),* });
    }
}

/// The name of the enum of the error codes of `op`'s namespace.
fn code_type<'a>(api: &'a Api, op: &Operation) -> &'a str {
    match &op.module {
        Some(name) => api
            .modules
            .iter()
            .find(|m| &m.name == name)
            .map_or(api.root_codes.name.as_str(), |m| m.codes.name.as_str()),
        None => &api.root_codes.name,
    }
}

/// The error types of a module's operations, or the root's (`module` is
/// `None`): each operation's request builder, with the codes of its
/// namespace and the body its errors are read with, when the spec gives one.
/// Operations whose errors read alike share one `operation_error!`.
fn error_types_def(cx: &Cx, api: &Api, module: Option<usize>) -> TokenStream {
    let module = module.map(|index| &api.modules[index].name);
    let ops = api
        .operations
        .iter()
        .filter(|op| op.module.as_ref() == module);
    // Each group's gate and what its macro says after the names, in the
    // order of its first operation, with the names that share them.
    let mut groups: Vec<(String, TokenStream, TokenStream, Vec<Ident>)> = Vec::new();
    let mut own = Vec::new();
    for op in ops {
        let gate = cx.gates.operation(op).cfg();
        match error_type_args(cx, api, op) {
            Ok(args) => {
                let key = format!("{gate} {args}");
                let name = ident(&op.builder_name);
                match groups.iter_mut().find(|(k, ..)| *k == key) {
                    Some((.., names)) => names.push(name),
                    None => groups.push((key, gate, args, vec![name])),
                }
            }
            Err(tokens) => own.push(tokens),
        }
    }
    let rt = &cx.rt;
    let shared = groups
        .iter()
        .map(|(_, gate, args, names)| quote!(#gate #rt::operation_error!(#(#names),*: #args);));
    quote!(#(#shared)* #(#own)*)
}

/// What an operation's `operation_error!` says after its name (`Ok`), or
/// the whole of its error type when it has an enum of error bodies (`Err`).
fn error_type_args(cx: &Cx, api: &Api, op: &Operation) -> Result<TokenStream, TokenStream> {
    let rt = &cx.rt;
    let name = ident(&op.builder_name);
    let code = ident(code_type(api, op));
    let gate = cx.gates.operation(op).cfg();
    let declared: Vec<&String> = op.errors.iter().map(|error| &error.status).collect();
    let with_body: Vec<&String> = op.typed_errors().map(|(error, _)| &error.status).collect();
    match (&op.error_enum, op.error_type()) {
        (Some(body), _) => {
            let body = ident(body);
            let arms = op.typed_errors().map(|(error, _)| {
                let (status, variant) = (&error.status, ident(&error.variant));
                quote!(#status => api.decode_body().map(#body::#variant),)
            });
            let option = &cx.std.option;
            let result = &cx.std.result;
            Err(quote! {
                #gate
                #rt::operation_error!(#name: #code);
                #gate
                impl #rt::ErrorBody for #name {
                    type Body = #body;
                    fn read(api: &#rt::ApiError) -> #option<#result<#body, #rt::Error>> {
                        Some(match api.declared_status(&[#(#declared),*])? {
                            #(#arms)*
                            _ => return None,
                        })
                    }
                }
            })
        }
        // Every status with a body, the common case, is said once.
        (None, Some(ty)) if with_body == declared => {
            let ty = cx.rust_type(ty);
            Ok(quote!(#code, #ty, [#(#declared),*]))
        }
        (None, Some(ty)) => {
            let ty = cx.rust_type(ty);
            Ok(quote!(#code, #ty, [#(#declared),*], [#(#with_body),*]))
        }
        (None, None) => Ok(quote!(#code)),
    }
}

/// The expression `send` ends with when it returns an outcome enum: the
/// response read by its status. Only 2xx responses get here, so the `2XX`
/// range, when there is one, takes every status not named; otherwise a status
/// the spec does not declare is an error.
fn read_outcome(name: &str, op: &Operation) -> TokenStream {
    let name = ident(name);
    let value = |success: &crate::model::Success| {
        let variant = ident(&success.variant);
        match &success.content {
            Some(content) => {
                let read = read_body(content.encoding);
                quote!(#name::#variant(#read))
            }
            None => quote!(#name::#variant),
        }
    };
    let arms = op.successes.iter().filter_map(|success| {
        let code = success.status.parse::<u16>().ok()?;
        let code = proc_macro2::Literal::u16_unsuffixed(code);
        let value = value(success);
        Some(quote!(#code => #value,))
    });
    let rest = match op
        .successes
        .iter()
        .find(|s| s.status.parse::<u16>().is_err())
    {
        Some(range) => value(range),
        None => quote!(return Err(response.undeclared().typed())),
    };
    quote! {
        let response = self.call.send_raw().await?;
        Ok(match response.status() {
            #(#arms)*
            _ => #rest,
        })
    }
}

fn client_method(cx: &Cx, api: &Api, op: &Operation) -> TokenStream {
    let mut lines = op.doc.clone();
    // Statuses whose codes the error type documents are described there.
    let documented = |status: &str| op.codes.iter().any(|code| code.status == status);
    let undocumented: Vec<_> = op
        .errors
        .iter()
        .filter(|e| !documented(&e.status))
        .collect();
    if !op.errors.is_empty() || !op.codes.is_empty() {
        lines.push(String::new());
        lines.push("# Errors".to_owned());
        lines.push(String::new());
        lines.push(
            "Besides transport and decoding failures, the server may answer with:".to_owned(),
        );
        for code in &op.codes {
            let text = code.doc.first().map(String::as_str).unwrap_or("");
            // A code answered inside a success says so, and what it is.
            let within = match code.status.starts_with('2') {
                true => format!("`{}` in an answer of ", code.code),
                false => String::new(),
            };
            lines.push(format!(
                "- [`{variant}`]({codes}::{variant}) ({within}HTTP {status}): {text}",
                variant = code.variant,
                codes = code_type(api, op),
                status = code.status,
            ));
            let more = code.doc.iter().skip(1);
            lines.extend(more.map(|line| match line.is_empty() {
                true => String::new(),
                false => format!("  {line}"),
            }));
        }
        for error in undocumented {
            let mut first = true;
            for line in &error.doc {
                if first {
                    lines.push(format!("- HTTP {}: {line}", error.status));
                    first = false;
                } else if line.is_empty() {
                    lines.push(String::new());
                } else {
                    lines.push(format!("  {line}"));
                }
            }
        }
    }
    let docs = doc(&lines);
    let method = ident(&op.method_name);
    let builder = ident(&op.builder_name);
    let rt = &cx.rt;
    let required: Vec<&Input> = op.inputs.iter().filter(|i| i.required).collect();
    let named = input_struct(op).is_some();
    // Two or more required inputs come named, in one struct, so that they
    // cannot be swapped; a single one is an argument.
    let params: Vec<TokenStream> = match input_struct(op) {
        Some(name) => {
            let name = ident(&name);
            let lifetime = required
                .iter()
                .any(|i| i.ty == Type::String)
                .then(|| quote!(<'_>));
            vec![quote!(input: #name #lifetime)]
        }
        None => required
            .iter()
            .map(|input| {
                let name = ident(&input.rust_name);
                let ty = argument_type(cx, &input.ty);
                quote!(#name: #ty)
            })
            .collect(),
    };
    // A single argument taken as `impl Into<T>` and encoded now is made a `T` first.
    let conversions = required
        .iter()
        .filter(|input| !named && !stored(op, input) && takes_into(&input.ty))
        .map(|input| {
            let name = ident(&input.rust_name);
            let ty = cx.rust_type(&input.ty);
            quote!(let #name: #ty = #name.into();)
        });
    let init = |input: &&Input| {
        let (member, name) = (ident(&input.member), ident(&input.rust_name));
        match (input.required, named) {
            (false, _) => quote!(#member: None,),
            (true, true) if input.ty == Type::String => quote!(#member: input.#name.to_owned(),),
            (true, true) => quote!(#member: input.#name,),
            (true, false) if takes_into(&input.ty) => quote!(#member: #name.into(),),
            (true, false) if member == name => quote!(#name,),
            (true, false) => quote!(#member: #name,),
        }
    };
    let (body_inputs, own_inputs): (Vec<&Input>, Vec<&Input>) =
        op.inputs.iter().partition(|i| in_body(op, i));
    let mut inits: Vec<TokenStream> = own_inputs
        .iter()
        .filter(|input| stored(op, input))
        .map(init)
        .collect();
    if let Some(body) = body_struct(op) {
        // A body of optional fields alone derives `Default`.
        match body_inputs.iter().any(|input| input.required) {
            true => {
                let fields = body_inputs.iter().map(init);
                let body = cx.model_path(body);
                inits.push(quote!(body: #body { #(#fields)* },));
            }
            false => inits.push(quote!(body: ::std::default::Default::default(),)),
        }
    }
    let call = quote!(call);
    let checks = eager_checks(cx, op, &call);
    let adds: Vec<TokenStream> = [
        (Location::Path, "path_param"),
        (Location::Query, "query"),
        (Location::Header, "header"),
    ]
    .into_iter()
    .flat_map(|(location, add)| add_inputs(cx, op, location, add, &call, false))
    .chain(accept(op))
    .chain(
        op.server
            .as_ref()
            .map(|server| quote!(call.server(#server);)),
    )
    .chain(op.body_status.as_ref().map(|_| {
        let name = body_status_const(api, op);
        quote!(call.body_status(&#name);)
    }))
    .chain(op.result.as_ref().map(|result| {
        let pointer = &result.pointer;
        quote!(call.result(#pointer);)
    }))
    .chain((!op.retryable_error_codes.is_empty()).then(|| {
        let codes = &op.retryable_error_codes;
        quote!(call.retryable_error_codes(&[#(#codes),*]);)
    }))
    .collect();
    let mutable = (!checks.is_empty() || !adds.is_empty()).then(|| quote!(mut));
    let operation = operation_static(cx, op);
    let gate = cx.gates.operation(op).cfg();
    quote! {
        #docs
        #gate
        pub fn #method(&self, #(#params),*) -> #builder {
            #operation
            #(#conversions)*
            let #mutable call = #rt::Call::new(&self.runtime, &OPERATION);
            #(#checks)*
            #(#adds)*
            #builder { call, #(#inits)* }
        }
    }
}

/// Whether the builder keeps `input` until `send`: the optional inputs,
/// which its methods set, the body's, and the cursor of paged operations,
/// which each page changes. The others are encoded when the call is made.
fn stored(op: &Operation, input: &Input) -> bool {
    let cursor = op
        .pagination
        .as_ref()
        .is_some_and(|p| p.cursor_input == input.rust_name);
    !input.required || input.location == Location::Body || cursor
}

/// How the client method names a required input encoded when the call is
/// made: by reference (`input.name`, a `&str`, or `&input.count`), or, for
/// values `Copy` and encoded by value, as it is (`input.count`).
fn eager_value(op: &Operation, input: &Input, by_value: bool) -> TokenStream {
    let name = ident(&input.rust_name);
    match (input_struct(op).is_some(), by_value) {
        (true, true) => quote!(input.#name),
        (true, false) if input.ty == Type::String => quote!(input.#name),
        (true, false) => quote!(&input.#name),
        (false, true) => quote!(#name),
        (false, false) => quote!(&#name),
    }
}

/// The `static OPERATION` an operation's call is made of.
fn operation_static(cx: &Cx, op: &Operation) -> TokenStream {
    let rt = &cx.rt;
    let id = &op.id;
    let method = ident(op.method.as_str());
    let template = &op.path;
    let auth = match &op.auth {
        Some(auth) => {
            let name = auth_const(auth);
            quote!(#name)
        }
        None => quote!(None),
    };
    let idempotent = op.idempotent;
    quote! {
        static OPERATION: #rt::Operation = #rt::Operation {
            id: #id,
            method: #rt::Method::#method,
            path: #template,
            auth: #auth,
            idempotent: #idempotent,
        };
    }
}

fn builder(cx: &Cx, op: &Operation) -> TokenStream {
    let rt = &cx.rt;
    let client = client_name(cx, op);
    let name = ident(&op.builder_name);
    let own_inputs: Vec<&Input> = op
        .inputs
        .iter()
        .filter(|i| !in_body(op, i) && stored(op, i))
        .collect();
    let mut fields: Vec<TokenStream> = own_inputs
        .iter()
        .map(|input| {
            let field = ident(&input.member);
            let ty = cx.rust_type(&input.ty);
            if input.required {
                quote!(#field: #ty)
            } else {
                let option = &cx.std.option;
                quote!(#field: #option<#ty>)
            }
        })
        .collect();
    if let Some(body) = body_struct(op) {
        let body = cx.model_path(body);
        fields.push(quote!(body: #body));
    }
    let setters = op.inputs.iter().filter(|i| !i.required).map(|input| {
        let docs = doc(&input.doc);
        let field = ident(&input.rust_name);
        let place = place(op, input);
        let ty = argument_type(cx, &input.ty);
        let value = converted(&input.ty, quote!(value));
        quote! {
            #docs
            pub fn #field(mut self, value: #ty) -> Self {
                self.#place = Some(#value);
                self
            }
        }
    });
    // The body struct's own `Debug` keeps its secrets out.
    let has_secret = own_inputs.iter().any(|i| i.secret);
    let redacted = has_secret.then(|| quote!(redacted));
    let gate = cx.gates.operation(op).cfg();
    let debug = has_secret.then(|| {
        let own = [("call", false)];
        let inputs = own_inputs.iter().map(|i| (i.member.as_str(), i.secret));
        let body = body_struct(op).map(|_| ("body", false));
        let debug = redacted_debug(
            &op.builder_name,
            TokenStream::new(),
            own.into_iter().chain(inputs).chain(body),
        );
        quote!(#gate #debug)
    });
    let send = send(cx, op);
    let pages = op.pagination.as_ref().map(|p| pages(cx, op, p));
    let (id, client, method) = (&op.id, ident(&client), ident(&op.method_name));
    quote! {
        #gate
        #rt::request!(#redacted #name: #id, #client::#method { #(#fields),* });
        #debug

        #gate
        impl #name {
            #(#setters)*

            #send
            #pages
        }
    }
}

/// Statements adding the inputs at `location` to the call `call`, required
/// ones first: the builder's own (`stored`, read from `self`) or those
/// encoded when the call is made (read from the method's inputs). With `add`
/// (`query`, `header`, `path_param`), its `_opt` form for optional ones, its
/// `_json` form for inputs sent as JSON, and its `_styled` form for arrays,
/// objects and values in a style of their own.
fn add_inputs(
    cx: &Cx,
    op: &Operation,
    location: Location,
    add: &str,
    call: &TokenStream,
    stored_ones: bool,
) -> Vec<TokenStream> {
    let rt = &cx.rt;
    let at_location = op
        .inputs
        .iter()
        .filter(|i| i.location == location && stored(op, i) == stored_ones);
    let (required, optional): (Vec<&Input>, Vec<&Input>) = at_location.partition(|i| i.required);
    required
        .into_iter()
        .chain(optional)
        .map(|input| {
            let wire = &input.wire_name;
            let field = ident(&input.member);
            // Values of these types are `Copy`: taken by value.
            let copied = matches!(
                input.ty,
                Type::Bool | Type::I32 | Type::I64 | Type::F32 | Type::F64 | Type::DateTime
            );
            let (value, by_value) = match stored_ones {
                true => (quote!(&self.#field), quote!(self.#field)),
                false => (eager_value(op, input, false), eager_value(op, input, true)),
            };
            // Serialized values are taken by a reference to a sized value.
            let value = match (
                stored_ones,
                input.ty == Type::String && input_struct(op).is_some(),
            ) {
                (false, true) if input.json || input.style.is_some() => quote!(&#value),
                _ => value,
            };
            // `add(value)`: guarded by `if let` when the input is optional.
            let guarded = |add: &dyn Fn(TokenStream) -> TokenStream| match input.required {
                true => add(value.clone()),
                false => {
                    let add = add(quote!(value));
                    quote! {
                        if let Some(value) = &self.#field {
                            #add
                        }
                    }
                }
            };
            if input.json {
                let add = format_ident!("{add}_json");
                return guarded(&|value| quote!(#call.#add(#wire, #value);));
            }
            if let Some(styled) = input.style {
                let style = style_name(styled.style);
                let explode = styled.explode;
                let add = format_ident!("{add}_styled");
                // Headers have one style.
                let style = (location != Location::Header).then(|| quote!(#rt::Style::#style,));
                return guarded(&|value| quote!(#call.#add(#wire, #value, #style #explode);));
            }
            let (add_opt, add) = (format_ident!("{add}_opt"), ident(add));
            if input.required && copied {
                quote!(#call.#add(#wire, #by_value);)
            } else if input.required {
                quote!(#call.#add(#wire, #value);)
            } else {
                quote!(#call.#add_opt(#wire, self.#field.as_ref());)
            }
        })
        .collect()
}

fn send(cx: &Cx, op: &Operation) -> TokenStream {
    let rt = &cx.rt;
    let call = quote!(self.call);
    let checks = stored_checks(cx, op, &call);
    let adds: Vec<TokenStream> = [
        (Location::Path, "path_param"),
        (Location::Query, "query"),
        (Location::Header, "header"),
    ]
    .into_iter()
    .flat_map(|(location, add)| add_inputs(cx, op, location, add, &call, true))
    .chain(body(op))
    .collect();
    let (output, read) = match (&op.outcome, op.response_content()) {
        (Some(name), _) => {
            let read = read_outcome(name, op);
            let name = ident(name);
            (quote!(#name), read)
        }
        (None, Some(content)) if content.encoding == Encoding::Json => {
            let ty = match &op.result {
                Some(result) if result.required => cx.rust_type(&result.ty),
                Some(result) => {
                    let (option, ty) = (&cx.std.option, cx.rust_type(&result.ty));
                    quote!(#option<#ty>)
                }
                None => cx.rust_type(&content.ty),
            };
            (ty, quote!(Ok(self.call.send_json().await?)))
        }
        (None, Some(content)) => {
            let sent = quote!(self.call.send_raw().await?);
            let read = match content.encoding {
                Encoding::Text => quote!(Ok(#sent.text()?)),
                _ => quote!(Ok(#sent.into_bytes())),
            };
            (cx.rust_type(&content.ty), read)
        }
        (None, None) => (quote!(()), quote!(Ok(self.call.send_empty().await?))),
    };
    let mutable = (!checks.is_empty() || !adds.is_empty()).then(|| quote!(mut));
    quote! {
        /// Checks the inputs, sends the request (retrying as the policy allows) and decodes the answer.
        pub async fn send(#mutable self) -> #rt::Result<#output, #rt::Error<Self>> {
            #(#checks)*
            #(#adds)*
            #read
        }
    }
}

/// The runtime's `Style` variant for `style`.
fn style_name(style: Style) -> Ident {
    let name = match style {
        Style::Form => "Form",
        Style::SpaceDelimited => "SpaceDelimited",
        Style::PipeDelimited => "PipeDelimited",
        Style::DeepObject => "DeepObject",
        Style::Simple => "Simple",
        Style::Label => "Label",
        Style::Matrix => "Matrix",
    };
    Ident::new(name, Span::call_site())
}

/// `response` read as a body in `encoding`.
fn read_body(encoding: Encoding) -> TokenStream {
    match encoding {
        Encoding::Json => quote!(response.json()?),
        Encoding::Text => quote!(response.text()?),
        _ => quote!(response.into_bytes()),
    }
}

/// `Accept`, when a success body may be other than JSON: every media type of
/// the success bodies.
fn accept(op: &Operation) -> Option<TokenStream> {
    let contents: Vec<&crate::model::Content> = op
        .successes
        .iter()
        .filter_map(|s| s.content.as_ref())
        .collect();
    if contents.iter().all(|c| c.encoding == Encoding::Json) {
        return None;
    }
    let mut media_types: Vec<&str> = Vec::new();
    for content in contents {
        if !media_types.contains(&content.media_type.as_str()) {
            media_types.push(&content.media_type);
        }
    }
    let media_types = media_types.join(", ");
    Some(quote!(call.accept(#media_types);))
}

/// The statements that set the request body from the builder's inputs.
fn body(op: &Operation) -> Option<TokenStream> {
    let media_type = op.body_media_type.as_deref().unwrap_or("application/json");
    let body_inputs: Vec<&Input> = op
        .inputs
        .iter()
        .filter(|i| i.location == Location::Body)
        .collect();
    // `add(value)`, for the input's value: guarded by `if let` when it is optional.
    let set = |input: &Input, add: &dyn Fn(TokenStream) -> TokenStream| {
        let field = ident(&input.member);
        if input.required {
            add(quote!(&self.#field))
        } else {
            let add = add(quote!(body));
            quote! {
                if let Some(body) = &self.#field {
                    #add
                }
            }
        }
    };
    let json = |value: TokenStream| {
        if essence_is_json(media_type) {
            quote!(self.call.json(#value);)
        } else {
            quote!(self.call.json_as(#media_type, #value);)
        }
    };
    Some(match op.body.as_ref()? {
        Body::Struct(_) => json(quote!(&self.body)),
        Body::Form(_) => quote!(self.call.form(&self.body);),
        Body::Whole(_) if is_form(media_type) => set(
            body_inputs.first()?,
            &|value| quote!(self.call.form(#value);),
        ),
        Body::Whole(Type::Map(item)) if is_multipart(media_type) => {
            let send: &dyn Fn(TokenStream) -> TokenStream = match **item {
                Type::File => {
                    &|value| quote!(self.call.file_parts(#value, "application/octet-stream");)
                }
                _ => &|value| quote!(self.call.parts(#value);),
            };
            set(body_inputs.first()?, send)
        }
        Body::Whole(_) => set(body_inputs.first()?, &json),
        // Moved into the request, not copied.
        Body::Raw(_) => {
            let input = body_inputs.first()?;
            let field = ident(&input.member);
            if input.required {
                quote!(self.call.bytes(#media_type, self.#field);)
            } else {
                quote! {
                    if let Some(body) = self.#field {
                        self.call.bytes(#media_type, body);
                    }
                }
            }
        }
        Body::Parts(files) => {
            let parts = body_inputs.iter().map(|input| {
                let wire = &input.wire_name;
                let file_type = files
                    .iter()
                    .find(|(name, _)| name == wire)
                    .map(|(_, content_type)| content_type);
                set(input, &|value| match (file_type, &input.ty) {
                    (Some(content_type), Type::Vec(_)) => quote! {
                        for file in #value {
                            self.call.part_file(#wire, file, #content_type);
                        }
                    },
                    (Some(content_type), _) => {
                        quote!(self.call.part_file(#wire, #value, #content_type);)
                    }
                    (None, _) => quote!(self.call.part(#wire, #value);),
                })
            });
            quote!(#(#parts)*)
        }
    })
}

/// Whether `media_type` is `multipart/form-data`, which `Request::parts` sends.
fn is_multipart(media_type: &str) -> bool {
    (media_type.split(';').next().unwrap_or("").trim()).eq_ignore_ascii_case("multipart/form-data")
}

/// Whether `media_type` is `application/x-www-form-urlencoded`, which `Request::form` sends.
fn is_form(media_type: &str) -> bool {
    (media_type.split(';').next().unwrap_or("").trim())
        .eq_ignore_ascii_case("application/x-www-form-urlencoded")
}

/// Whether `media_type` is `application/json` itself, which `Request::json` sends.
fn essence_is_json(media_type: &str) -> bool {
    media_type.split(';').next().unwrap_or("").trim() == "application/json"
}

/// The name of the module-level constant describing `auth`.
fn auth_const(auth: &Auth) -> Ident {
    let optional = if auth.optional { "_OPTIONAL" } else { "" };
    let name = format!("AUTH_{}{optional}", auth.name.to_shouty_snake_case());
    Ident::new(&name, Span::call_site())
}

/// A constant for each security scheme the operations of `module` (of the
/// root when `None`) use: each file has those it needs.
fn auth_consts(cx: &Cx, api: &Api, module: Option<&String>) -> TokenStream {
    let rt = &cx.rt;
    let mut seen = Vec::new();
    let consts = api
        .operations
        .iter()
        .filter(|op| op.module.as_ref() == module)
        .filter_map(|op| op.auth.as_ref())
        .filter_map(|auth| {
            let name = auth_const(auth);
            if seen.contains(&name) {
                return None;
            }
            seen.push(name.clone());
            let codes = &auth.invalid_token_error_codes;
            let value = match &auth.scheme {
                AuthScheme::Header(header) => quote!(#rt::Auth::header(#header, &[#(#codes),*])),
                AuthScheme::Query(name) => quote!(#rt::Auth::query(#name, &[#(#codes),*])),
                AuthScheme::Cookie(name) => quote!(#rt::Auth::cookie(#name, &[#(#codes),*])),
                AuthScheme::Bearer => quote!(#rt::Auth::bearer(&[#(#codes),*])),
                AuthScheme::Basic => quote!(#rt::Auth::basic(&[#(#codes),*])),
            };
            let value = if auth.optional {
                quote!(#value.optional())
            } else {
                value
            };
            let doc = format!(" The `{}` security scheme.", auth.name);
            // A module's file is compiled with its module.
            let gate = match module {
                None => cx.gates.auth(&auth.name, auth.optional).cfg(),
                Some(_) => TokenStream::new(),
            };
            let option = &cx.std.option;
            Some(quote! {
                #[doc = #doc]
                #gate
                const #name: #option<#rt::Auth> = Some(#value);
            })
        });
    let consts: Vec<TokenStream> = consts.collect();
    quote!(#(#consts)*)
}

/// The distinct `x-error-in-body` descriptions of the operations of `module`
/// (of the root when `None`), in order.
fn body_statuses<'a>(api: &'a Api, module: Option<&String>) -> Vec<&'a crate::model::BodyStatus> {
    let mut found: Vec<&crate::model::BodyStatus> = Vec::new();
    let ops = api
        .operations
        .iter()
        .filter(|op| op.module.as_ref() == module);
    for status in ops.filter_map(|op| op.body_status.as_ref()) {
        if !found.contains(&status) {
            found.push(status);
        }
    }
    found
}

/// The name of the constant describing `op`'s `x-error-in-body` in its file.
fn body_status_const(api: &Api, op: &Operation) -> Ident {
    let statuses = body_statuses(api, op.module.as_ref());
    let index = statuses
        .iter()
        .position(|status| Some(*status) == op.body_status.as_ref())
        .unwrap_or(0);
    body_status_name(index)
}

/// The name of the `index`th `x-error-in-body` constant of a file.
fn body_status_name(index: usize) -> Ident {
    match index {
        0 => format_ident!("ERRORS_IN_BODY"),
        n => format_ident!("ERRORS_IN_BODY_{}", n + 1),
    }
}

/// A constant for each `x-error-in-body` the operations of `module` (of the
/// root when `None`) use.
fn body_status_consts(cx: &Cx, api: &Api, module: Option<&String>) -> TokenStream {
    let rt = &cx.rt;
    let consts = body_statuses(api, module)
        .into_iter()
        .enumerate()
        .map(|(i, status)| {
            let name = body_status_name(i);
            let (pointer, code, message) = (&status.status, &status.code, &status.message);
            let request_id = &status.request_id;
            let success = status.success.to_string();
            // The root's operations may each be left out by a feature.
            let allow = module.is_none().then(|| quote!(#[allow(dead_code)]));
            quote! {
                /// Where an answer with a success status says it failed (`x-error-in-body`).
                #allow
                const #name: #rt::BodyStatus = #rt::BodyStatus {
                    status: #pointer,
                    success: #success,
                    code: #code,
                    message: #message,
                    request_id: #request_id,
                };
            }
        });
    quote!(#(#consts)*)
}

/// The checks of the required inputs encoded when the call is made, kept
/// by `call`.
fn eager_checks(cx: &Cx, op: &Operation, call: &TokenStream) -> Vec<TokenStream> {
    let rt = &cx.rt;
    let inputs = op.inputs.iter().filter(|input| !stored(op, input));
    inputs
        .filter_map(|input| {
            let wire = &input.wire_name;
            let value = eager_value(op, input, false);
            let at = quote!(#rt::At::root(#wire));
            let (ty, rules) = (&input.ty, &input.constraints);
            let keep = Consume::Keep { call, wire };
            checks(cx, &input.member, value, at, ty, rules, keep)
        })
        .collect()
}

/// The checks of the builder's own inputs and its body, kept by `call`.
fn stored_checks(cx: &Cx, op: &Operation, call: &TokenStream) -> Vec<TokenStream> {
    let rt = &cx.rt;
    let inputs = op
        .inputs
        .iter()
        .filter(|input| stored(op, input) && !in_body(op, input));
    let mut checks: Vec<TokenStream> = inputs
        .filter_map(|input| {
            let wire = &input.wire_name;
            let member = ident(&input.member);
            let value = quote!(&self.#member);
            let at = quote!(#rt::At::root(#wire));
            let (ty, rules) = (&input.ty, &input.constraints);
            let keep = Consume::Keep { call, wire };
            checks(cx, &input.member, value, at, ty, rules, keep)
        })
        .collect();
    if body_struct(op).is_some() {
        checks.push(quote!(#call.validate_body(&self.body);));
    }
    checks
}

/// `pages` and `items`: streams that follow the response's cursor.
fn pages(cx: &Cx, op: &Operation, pagination: &Pagination) -> TokenStream {
    let rt = &cx.rt;
    // With `x-result`, pages are what `send` returns.
    let page = match &op.result {
        Some(result) => cx.rust_type(&result.ty),
        None => cx.rust_type(op.response().expect("pagination needs a response")),
    };
    let page = if pagination.page_optional {
        quote!(::std::option::Option<#page>)
    } else {
        page
    };
    let item = cx.rust_type(&pagination.item);
    let input = op
        .inputs
        .iter()
        .find(|i| i.rust_name == pagination.cursor_input)
        .expect("the cursor input checked while lowering");
    let place = place(op, input);
    // The current cursor: the input, then a step a field inside it.
    let input_value = if input.required {
        quote!(Some(&self.#place))
    } else {
        quote!(self.#place.as_ref())
    };
    let current = borrowed(&input_value, &pagination.cursor_input_path);
    // Where the next cursor goes: absent objects on the way are created empty.
    let mut target = quote!(request.#place);
    let mut optional = !input.required;
    let mut creates = false;
    for (field, required) in &pagination.cursor_input_path {
        let field = ident(field);
        creates |= optional;
        target = if optional {
            quote!(#target.get_or_insert_with(::std::default::Default::default).#field)
        } else {
            quote!(#target.#field)
        };
        optional = !required;
    }
    // Only the first page can go without a cursor, and the request then has
    // none already: objects are created on the way only for a cursor.
    let set_cursor = if pagination.cursor_required {
        quote!(if let Some(cursor) = cursor { #target = cursor; })
    } else if creates {
        quote!(if cursor.is_some() { #target = cursor; })
    } else {
        quote!(#target = cursor;)
    };
    let page_value = if pagination.page_optional {
        quote!(page.as_ref())
    } else {
        quote!(Some(page))
    };
    let next_cursor = borrowed(&page_value, &pagination.cursor_path);
    let next_cursor = match &pagination.has_more_field {
        Some(_) => {
            let more = borrowed(&page_value, &pagination.has_more_path);
            quote! {
                if #more == Some(&false) {
                    None
                } else {
                    #next_cursor.cloned()
                }
            }
        }
        None => quote!(#next_cursor.cloned()),
    };
    let items = owned(pagination.page_optional, &pagination.items_path);
    let error = quote!(#rt::Error<Self>);
    let last = match &pagination.has_more_field {
        Some(field) => format!(
            ", until it is empty or missing, or the same as the one just sent, or a page's `{field}` is false"
        ),
        None => ", until it is empty or missing, or the same as the one just sent".to_owned(),
    };
    let pages_doc = format!(
        " Every page, from the one this request asks for to the last: each next request carries the previous page's `{}`{last}.",
        pagination.cursor_field
    );
    quote! {
        #[doc = #pages_doc]
        pub fn pages(self) -> #rt::Stream<#page, #error> {
            let first = #current.cloned();
            #rt::pages(
                self,
                first,
                |request, cursor| {
                    let mut request = request.clone();
                    #set_cursor
                    request.send()
                },
                |page| #next_cursor,
            )
        }

        /// Every item of every page, in order; see [`pages`](Self::pages).
        pub fn items(self) -> #rt::Stream<#item, #error> {
            #rt::items(self.pages(), |page| #items)
        }
    }
}

/// A borrowed walk from `start` (an `Option` of a page or an input) along `path`, one
/// step a field: `.map(|value| &value.f)` for a required one,
/// `.and_then(|value| value.f.as_ref())` for an optional one.
fn borrowed(start: &TokenStream, path: &[(String, bool)]) -> TokenStream {
    let steps = path.iter().map(|(field, required)| {
        let field = ident(field);
        if *required {
            quote!(.map(|value| &value.#field))
        } else {
            quote!(.and_then(|value| value.#field.as_ref()))
        }
    });
    quote!(#start #(#steps)*)
}

/// The page's items, moved out along `path` (`page.items`,
/// `page.result.and_then(|page| page.list).unwrap_or_default()`): an
/// absent page or object on the way has none.
fn owned(page_optional: bool, path: &[(String, bool)]) -> TokenStream {
    let (mut value, mut optional) = (quote!(page), page_optional);
    for (field, required) in path {
        let field = ident(field);
        value = match (optional, required) {
            (false, _) => quote!(#value.#field),
            (true, true) => quote!(#value.map(|page| page.#field)),
            (true, false) => quote!(#value.and_then(|page| page.#field)),
        };
        optional |= !required;
    }
    if optional {
        quote!(#value.unwrap_or_default())
    } else {
        value
    }
}

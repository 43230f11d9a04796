//! `operations.rs`: a `Client` method and a request builder per operation.

use proc_macro2::TokenStream;
use quote::quote;

use super::{checks, doc, ident, redacted_debug, Cx};
use heck::ToShoutySnakeCase;
use proc_macro2::{Ident, Span};
use quote::format_ident;

use crate::model::{Api, Auth, AuthScheme, Body, Input, Location, Operation, Pagination, Type};

pub(super) fn emit(cx: &Cx, api: &Api) -> TokenStream {
    let rt = &cx.rt;
    let client = &cx.client;
    let urls = api.servers.iter().map(|s| s.url.as_str());
    let retryable = &api.retryable_error_codes;
    let title = &api.title;
    let request_id_header = match &api.request_id_header {
        Some(header) => quote!(::std::option::Option::Some(#header)),
        None => quote!(::std::option::Option::None),
    };
    let (code, message, request_id) = (
        &api.error_shape.code,
        &api.error_shape.message,
        &api.error_shape.request_id,
    );
    let client_doc = format!(" A client of the {title} API. Cheap to clone: clones share connections, configuration and the current token.");
    let methods = api.operations.iter().map(|op| client_method(cx, op));
    let auth_consts = auth_consts(cx, api);
    let builders = api.operations.iter().map(|op| builder(cx, op));
    let inputs = api
        .operations
        .iter()
        .filter_map(|op| input_struct_def(cx, op));
    quote! {
        /// The servers of the API, the client's default first.
        pub const SERVERS: &[&str] = &[#(#urls),*];

        /// Error codes worth retrying whatever their HTTP status (throttling, timeouts).
        pub const RETRYABLE_ERROR_CODES: &[&str] = &[#(#retryable),*];

        #auth_consts

        /// What the runtime needs to know of the API.
        pub static API: #rt::Api = #rt::Api {
            title: #title,
            servers: SERVERS,
            user_agent: ::std::concat!(::std::env!("CARGO_PKG_NAME"), "/", ::std::env!("CARGO_PKG_VERSION")),
            retryable_error_codes: RETRYABLE_ERROR_CODES,
            request_id_header: #request_id_header,
            error_body: #rt::ErrorShape {
                code: &[#(#code),*],
                message: &[#(#message),*],
                request_id: &[#(#request_id),*],
            },
        };

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

            /// A client with the default configuration that sends `access_token` with every call that needs one.
            pub fn new(access_token: impl ::std::convert::Into<::std::string::String>) -> ::std::result::Result<Self, #rt::Error> {
                Self::builder().access_token(access_token).build()
            }

            /// The runtime client this client sends its calls through.
            pub fn runtime(&self) -> &#rt::Client {
                &self.runtime
            }

            /// The base URL calls are sent to.
            pub fn base_url(&self) -> &str {
                self.runtime.base_url()
            }

            #(#methods)*
        }

        #(#inputs)*

        #(#builders)*
    }
}

/// Whether a value is taken as `impl Into<T>` rather than `T`.
fn takes_into(ty: &Type) -> bool {
    matches!(ty, Type::String | Type::Named(_))
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
        Some(Body::Struct(name)) => Some(name),
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
    let client = &cx.client;
    let text = format!(
        " The required inputs of [`{client}::{}`], named so that they cannot be swapped.",
        op.method_name
    );
    let gate = cx.gates.operation(op).cfg();
    Some(quote! {
        #[doc = #text]
        #gate
        pub struct #name #lifetime {
            #(#fields)*
        }
    })
}

fn client_method(cx: &Cx, op: &Operation) -> TokenStream {
    let mut lines = op.doc.clone();
    if !op.errors.is_empty() {
        lines.push(String::new());
        lines.push("# Errors".to_owned());
        lines.push(String::new());
        lines.push("Besides transport and decoding failures, the server may answer:".to_owned());
        for error in &op.errors {
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
    let required: Vec<&Input> = op.inputs.iter().filter(|i| i.required).collect();
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
    let named = input_struct(op).is_some();
    let init = |input: &&Input| {
        let (member, name) = (ident(&input.member), ident(&input.rust_name));
        match (input.required, named) {
            (false, _) => quote!(#member: ::std::option::Option::None,),
            (true, true) if input.ty == Type::String => quote!(#member: input.#name.to_owned(),),
            (true, true) => quote!(#member: input.#name,),
            (true, false) if takes_into(&input.ty) => quote!(#member: #name.into(),),
            (true, false) if member == name => quote!(#name,),
            (true, false) => quote!(#member: #name,),
        }
    };
    let (body_inputs, own_inputs): (Vec<&Input>, Vec<&Input>) =
        op.inputs.iter().partition(|i| in_body(op, i));
    let mut inits: Vec<TokenStream> = own_inputs.iter().map(init).collect();
    if let Some(body) = body_struct(op) {
        let body = ident(body);
        let fields = body_inputs.iter().map(init);
        inits.push(quote!(body: super::models::#body { #(#fields)* },));
    }
    let gate = cx.gates.operation(op).cfg();
    quote! {
        #docs
        #gate
        pub fn #method(&self, #(#params),*) -> #builder {
            #builder {
                client: self.clone(),
                options: ::std::default::Default::default(),
                #(#inits)*
            }
        }
    }
}

fn builder(cx: &Cx, op: &Operation) -> TokenStream {
    let rt = &cx.rt;
    let client = &cx.client;
    let name = ident(&op.builder_name);
    let method_path = format!(
        " A `{}` request, made by [`{client}::{}`]({client}::{}).",
        op.id, op.method_name, op.method_name
    );
    let own_inputs: Vec<&Input> = op.inputs.iter().filter(|i| !in_body(op, i)).collect();
    let mut fields: Vec<TokenStream> = own_inputs
        .iter()
        .map(|input| {
            let field = ident(&input.member);
            let ty = cx.rust_type(&input.ty);
            if input.required {
                quote!(#field: #ty,)
            } else {
                quote!(#field: ::std::option::Option<#ty>,)
            }
        })
        .collect();
    if let Some(body) = body_struct(op) {
        let body = ident(body);
        fields.push(quote!(body: super::models::#body,));
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
                self.#place = ::std::option::Option::Some(#value);
                self
            }
        }
    });
    // The body struct's own `Debug` keeps its secrets out.
    let has_secret = own_inputs.iter().any(|i| i.secret);
    let derive_debug = (!has_secret).then(|| quote!(Debug,));
    let gate = cx.gates.operation(op).cfg();
    let debug = has_secret.then(|| {
        let own = [("client", false), ("options", false)];
        let inputs = own_inputs.iter().map(|i| (i.member.as_str(), i.secret));
        let body = body_struct(op).map(|_| ("body", false));
        let debug = redacted_debug(&op.builder_name, own.into_iter().chain(inputs).chain(body));
        quote!(#gate #debug)
    });
    let send = send(cx, op);
    let validate = validate(cx, op);
    let pages = op.pagination.as_ref().map(|p| pages(cx, op, p));
    quote! {
        #[doc = #method_path]
        ///
        /// Set optional inputs with its methods, then call [`send`](Self::send).
        #gate
        #[derive(#derive_debug Clone)]
        #[must_use = "a request does nothing until it is sent with `.send().await`"]
        pub struct #name {
            client: #client,
            options: #rt::CallOptions,
            #(#fields)*
        }
        #debug

        #gate
        impl #name {
            #(#setters)*

            #rt::call_options!();

            #validate
            #send
            #pages
        }
    }
}

/// Statements adding the inputs at `location` to `request`, required ones
/// first: with `add` (`query`, `header`, `path_param`), its `_opt` form for
/// optional ones, and its `_json` form for inputs sent as JSON. Those that can
/// fail end in `?`.
fn add_inputs(op: &Operation, location: Location, add: &str) -> Vec<TokenStream> {
    let at_location = op.inputs.iter().filter(|i| i.location == location);
    let (required, optional): (Vec<&Input>, Vec<&Input>) = at_location.partition(|i| i.required);
    let fallible = location == Location::Path;
    required
        .into_iter()
        .chain(optional)
        .map(|input| {
            let wire = &input.wire_name;
            let field = ident(&input.member);
            let copied = matches!(
                input.ty,
                Type::Bool | Type::I32 | Type::I64 | Type::F32 | Type::F64
            );
            if input.json {
                let add = format_ident!("{add}_json");
                return if input.required {
                    quote!(request.#add(#wire, &self.#field)?;)
                } else {
                    quote! {
                        if let ::std::option::Option::Some(value) = &self.#field {
                            request.#add(#wire, value)?;
                        }
                    }
                };
            }
            let (add_opt, add) = (format_ident!("{add}_opt"), ident(add));
            let call = if input.required && copied {
                quote!(request.#add(#wire, self.#field))
            } else if input.required {
                quote!(request.#add(#wire, &self.#field))
            } else {
                quote!(request.#add_opt(#wire, self.#field.as_ref()))
            };
            if fallible {
                quote!(#call?;)
            } else {
                quote!(#call;)
            }
        })
        .collect()
}

fn send(cx: &Cx, op: &Operation) -> TokenStream {
    let rt = &cx.rt;
    let id = &op.id;
    let path_params = add_inputs(op, Location::Path, "path_param");
    let query = add_inputs(op, Location::Query, "query");
    let headers = add_inputs(op, Location::Header, "header");
    let body = match &op.body {
        None => None,
        Some(Body::Struct(_)) => Some(quote!(request.json(&self.body)?;)),
        Some(Body::Whole(_)) => {
            let input = op
                .inputs
                .iter()
                .find(|i| i.location == Location::Body)
                .expect("a whole body is an input");
            let field = ident(&input.member);
            Some(if input.required {
                quote!(request.json(&self.#field)?;)
            } else {
                quote! {
                    if let ::std::option::Option::Some(body) = &self.#field {
                        request.json(body)?;
                    }
                }
            })
        }
    };
    let method = ident(op.method.as_str());
    let template = &op.path;
    let auth = match &op.auth {
        Some(auth) => {
            let name = auth_const(auth);
            quote!(#name)
        }
        None => quote!(::std::option::Option::None),
    };
    let idempotent = op.idempotent;
    let (output, call) = match &op.response {
        Some(ty) => (cx.rust_type(ty), quote!(send_json)),
        None => (quote!(()), quote!(send_empty)),
    };
    let check = has_rules(op)
        .then(|| quote!(self.validate().map_err(|violation| violation.into_error(OPERATION.id))?;));
    let mutable =
        (!path_params.is_empty() || !query.is_empty() || !headers.is_empty() || body.is_some())
            .then(|| quote!(mut));
    quote! {
        /// Checks the inputs against the spec's rules, sends the request (retrying
        /// as the retry policy allows) and decodes the response.
        pub async fn send(self) -> #rt::Result<#output> {
            static OPERATION: #rt::Operation =
                #rt::Operation::new(#id, #rt::Method::#method, #template, #auth, #idempotent);
            #check
            let #mutable request = #rt::Request::new(&OPERATION, self.options);
            #(#path_params)*
            #(#query)*
            #(#headers)*
            #body
            self.client.runtime.#call(request).await
        }
    }
}

/// The name of the module-level constant describing `auth`.
fn auth_const(auth: &Auth) -> Ident {
    let optional = if auth.optional { "_OPTIONAL" } else { "" };
    let name = format!("AUTH_{}{optional}", auth.name.to_shouty_snake_case());
    Ident::new(&name, Span::call_site())
}

/// A constant for each security scheme the operations use.
fn auth_consts(cx: &Cx, api: &Api) -> TokenStream {
    let rt = &cx.rt;
    let mut seen = Vec::new();
    let consts = api
        .operations
        .iter()
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
            let gate = cx.gates.auth(&auth.name, auth.optional).cfg();
            Some(quote! {
                #[doc = #doc]
                #gate
                const #name: ::std::option::Option<#rt::Auth> = ::std::option::Option::Some(#value);
            })
        });
    let consts: Vec<TokenStream> = consts.collect();
    quote!(#(#consts)*)
}

/// Whether any input of `op` has rules to check before sending.
fn has_rules(op: &Operation) -> bool {
    body_struct(op).is_some()
        || op.inputs.iter().any(|i| {
            !i.constraints.is_empty()
                || matches!(i.ty, Type::Named(_) | Type::Vec(_) | Type::Map(_))
        })
}

/// `validate`: the spec's rules for every input, checked before sending.
fn validate(cx: &Cx, op: &Operation) -> TokenStream {
    let rt = &cx.rt;
    if !has_rules(op) {
        return TokenStream::new();
    }
    let body =
        body_struct(op).map(|_| quote!(#rt::Validate::validate(&self.body, &#rt::At::body())?;));
    let blocks: Vec<TokenStream> = op
        .inputs
        .iter()
        .filter(|input| !in_body(op, input))
        .filter_map(|input| {
            let wire = &input.wire_name;
            checks(
                cx,
                &input.member,
                quote!(#rt::At::root(#wire)),
                &input.ty,
                &input.constraints,
            )
        })
        .collect();
    quote! {
        fn validate(&self) -> ::std::result::Result<(), #rt::Violation> {
            #(#blocks)*
            #body
            Ok(())
        }
    }
}

/// `pages` and `items`: streams that follow the response's cursor.
fn pages(cx: &Cx, op: &Operation, pagination: &Pagination) -> TokenStream {
    let rt = &cx.rt;
    let page = cx.rust_type(op.response.as_ref().expect("pagination needs a response"));
    let item = cx.rust_type(&pagination.item);
    let input = op
        .inputs
        .iter()
        .find(|i| i.rust_name == pagination.cursor_input)
        .expect("the cursor input checked while lowering");
    let place = place(op, input);
    // The current cursor: the input, then a step a field inside it.
    let mut current = if input.required {
        quote!(::std::option::Option::Some(&self.#place))
    } else {
        quote!(self.#place.as_ref())
    };
    // Where the next cursor goes: absent objects on the way are created empty.
    let mut target = quote!(request.#place);
    let mut optional = !input.required;
    let mut creates = false;
    for (field, required) in &pagination.cursor_input_path {
        let field = ident(field);
        current = if *required {
            quote!(#current.map(|value| &value.#field))
        } else {
            quote!(#current.and_then(|value| value.#field.as_ref()))
        };
        creates |= optional;
        target = if optional {
            quote!(#target.get_or_insert_with(::std::default::Default::default).#field)
        } else {
            quote!(#target.#field)
        };
        optional = !required;
    }
    // `Some(page)`, then one step a field: `.map(|v| &v.f)` or `.and_then(|v| v.f.as_ref())`.
    let steps = pagination.cursor_path.iter().map(|(field, required)| {
        let field = ident(field);
        if *required {
            quote!(.map(|value| &value.#field))
        } else {
            quote!(.and_then(|value| value.#field.as_ref()))
        }
    });
    // Only the first page can go without a cursor, and the request then has
    // none already: objects are created on the way only for a cursor.
    let set_cursor = if creates {
        quote!(if cursor.is_some() { #target = cursor; })
    } else {
        quote!(#target = cursor;)
    };
    let next_cursor = quote!(::std::option::Option::Some(page) #(#steps)* .cloned());
    let items_field = ident(&pagination.items_field);
    let items = if pagination.items_required {
        quote!(page.#items_field)
    } else {
        quote!(page.#items_field.unwrap_or_default())
    };
    let pages_doc = format!(
        " Every page, from the one this request asks for to the last: each next request carries the previous page's `{}`, until it is empty or missing.",
        pagination.cursor_field
    );
    quote! {
        #[doc = #pages_doc]
        pub fn pages(self) -> #rt::Stream<#page> {
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
        pub fn items(self) -> #rt::Stream<#item> {
            #rt::items(self.pages(), |page| #items)
        }
    }
}

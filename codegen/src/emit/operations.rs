//! `operations.rs`: a `Client` method and a request builder per operation.

use proc_macro2::TokenStream;
use quote::quote;

use super::{checks, doc, ident, redacted_debug, Cx};
use crate::model::{Api, AuthScheme, Body, Input, Location, Operation, Pagination, Type};

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
    let builders = api.operations.iter().map(|op| builder(cx, op));
    quote! {
        /// The servers of the API, the client's default first.
        pub const SERVERS: &[&str] = &[#(#urls),*];

        /// Error codes worth retrying whatever their HTTP status (throttling, timeouts).
        pub const RETRYABLE_ERROR_CODES: &[&str] = &[#(#retryable),*];

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
    let params = required.iter().map(|input| {
        let name = ident(&input.rust_name);
        let ty = argument_type(cx, &input.ty);
        quote!(#name: #ty)
    });
    let inits = op.inputs.iter().map(|input| {
        let name = ident(&input.rust_name);
        if input.required && takes_into(&input.ty) {
            quote!(#name: #name.into(),)
        } else if input.required {
            quote!(#name,)
        } else {
            quote!(#name: ::std::option::Option::None,)
        }
    });
    let allow = (required.len() + 1 > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    quote! {
        #docs
        #allow
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
    let fields = op.inputs.iter().map(|input| {
        let field = ident(&input.rust_name);
        let ty = cx.rust_type(&input.ty);
        if input.required {
            quote!(#field: #ty,)
        } else {
            quote!(#field: ::std::option::Option<#ty>,)
        }
    });
    let setters = op.inputs.iter().filter(|i| !i.required).map(|input| {
        let docs = doc(&input.doc);
        let field = ident(&input.rust_name);
        let ty = argument_type(cx, &input.ty);
        let value = converted(&input.ty, quote!(value));
        quote! {
            #docs
            pub fn #field(mut self, value: #ty) -> Self {
                self.#field = ::std::option::Option::Some(#value);
                self
            }
        }
    });
    let has_secret = op.inputs.iter().any(|i| i.secret);
    let derive_debug = (!has_secret).then(|| quote!(Debug,));
    let debug = has_secret.then(|| {
        let own = [("client", false), ("options", false)];
        let inputs = op.inputs.iter().map(|i| (i.rust_name.as_str(), i.secret));
        redacted_debug(&op.builder_name, own.into_iter().chain(inputs))
    });
    let send = send(cx, op);
    let validate = validate(cx, op);
    let pages = op.pagination.as_ref().map(|p| pages(cx, op, p));
    quote! {
        #[doc = #method_path]
        ///
        /// Set optional inputs with its methods, then call [`send`](Self::send).
        #[derive(#derive_debug Clone)]
        #[must_use = "a request does nothing until it is sent with `.send().await`"]
        pub struct #name {
            client: #client,
            options: #rt::CallOptions,
            #(#fields)*
        }
        #debug

        impl #name {
            #(#setters)*

            /// Retries for this call, instead of the client's.
            pub fn retry(mut self, policy: #rt::RetryPolicy) -> Self {
                self.options.retry = ::std::option::Option::Some(policy);
                self
            }

            /// Timeout of each attempt of this call, instead of the client's.
            pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
                self.options.timeout = ::std::option::Option::Some(timeout);
                self
            }

            /// The largest response body this call reads, in bytes after
            /// decompression, instead of the client's.
            pub fn max_response_size(mut self, bytes: u64) -> Self {
                self.options.max_response_size = ::std::option::Option::Some(bytes);
                self
            }

            #validate
            #send
            #pages
        }
    }
}

/// Statements adding the inputs at `location` to `request` with `add` (required
/// ones, first) or `add_opt` (optional ones).
fn add_inputs(op: &Operation, location: Location, add: &str, add_opt: &str) -> Vec<TokenStream> {
    let (add, add_opt) = (ident(add), ident(add_opt));
    let at_location = op.inputs.iter().filter(|i| i.location == location);
    let (required, optional): (Vec<&Input>, Vec<&Input>) = at_location.partition(|i| i.required);
    required
        .into_iter()
        .chain(optional)
        .map(|input| {
            let wire = &input.wire_name;
            let field = ident(&input.rust_name);
            let copied = matches!(
                input.ty,
                Type::Bool | Type::I32 | Type::I64 | Type::F32 | Type::F64
            );
            if input.required && copied {
                quote!(request.#add(#wire, self.#field);)
            } else if input.required {
                quote!(request.#add(#wire, &self.#field);)
            } else {
                quote!(request.#add_opt(#wire, self.#field.as_ref());)
            }
        })
        .collect()
}

fn send(cx: &Cx, op: &Operation) -> TokenStream {
    let rt = &cx.rt;
    let mut format_string = String::new();
    let mut segments = Vec::new();
    for (i, piece) in op.path.split('{').enumerate() {
        let literal = if i == 0 {
            piece
        } else {
            let (name, rest) = piece
                .split_once('}')
                .expect("placeholders checked while lowering");
            let input = op
                .inputs
                .iter()
                .find(|input| input.location == Location::Path && input.wire_name == name)
                .expect("path parameters checked while lowering");
            let field = ident(&input.rust_name);
            segments.push(quote!(#rt::path_segment(&OPERATION, #name, &self.#field)?));
            format_string.push_str("{}");
            rest
        };
        format_string.push_str(&literal.replace('{', "{{").replace('}', "}}"));
    }
    let path = if segments.is_empty() {
        quote!(::std::string::String::from(#format_string))
    } else {
        quote!(::std::format!(#format_string, #(#segments),*))
    };
    let id = &op.id;
    let query = add_inputs(op, Location::Query, "query", "query_opt");
    let headers = add_inputs(op, Location::Header, "header", "header_opt");
    let body = match &op.body {
        None => None,
        Some(Body::Struct(name)) => {
            let name = ident(name);
            let fields = op
                .inputs
                .iter()
                .filter(|i| i.location == Location::Body)
                .map(|input| {
                    let field = ident(&input.rust_name);
                    quote!(#field: self.#field,)
                });
            Some(quote!(request.json(&super::models::#name { #(#fields)* })?;))
        }
        Some(Body::Whole(_)) => {
            let input = op
                .inputs
                .iter()
                .find(|i| i.location == Location::Body)
                .expect("a whole body is an input");
            let field = ident(&input.rust_name);
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
            let scheme = match &auth.scheme {
                AuthScheme::Header(header) => quote!(#rt::AuthScheme::Header(#header)),
                AuthScheme::Bearer => quote!(#rt::AuthScheme::Bearer),
            };
            let codes = &auth.invalid_token_error_codes;
            quote!(::std::option::Option::Some(#rt::Auth { scheme: #scheme, invalid_token_error_codes: &[#(#codes),*] }))
        }
        None => quote!(::std::option::Option::None),
    };
    let idempotent = op.idempotent;
    let (output, call) = match &op.response {
        Some(ty) => (cx.rust_type(ty), quote!(send_json)),
        None => (quote!(()), quote!(send_empty)),
    };
    let mutable = (!query.is_empty() || !headers.is_empty() || body.is_some()).then(|| quote!(mut));
    quote! {
        /// Checks the inputs against the spec's rules, sends the request (retrying
        /// as the retry policy allows) and decodes the response.
        pub async fn send(self) -> ::std::result::Result<#output, #rt::Error> {
            static OPERATION: #rt::Operation = #rt::Operation {
                id: #id,
                method: #rt::reqwest::Method::#method,
                path: #template,
                auth: #auth,
                idempotent: #idempotent,
            };
            self.validate().map_err(|violation| violation.into_error(OPERATION.id))?;
            let #mutable request = #rt::Request::new(&OPERATION, #path, self.options);
            #(#query)*
            #(#headers)*
            #body
            self.client.runtime.#call(request).await
        }
    }
}

/// `validate`: the spec's rules for every input, checked before sending.
fn validate(cx: &Cx, op: &Operation) -> TokenStream {
    let rt = &cx.rt;
    let blocks: Vec<TokenStream> = op
        .inputs
        .iter()
        .filter_map(|input| {
            let wire = &input.wire_name;
            checks(
                cx,
                &input.rust_name,
                quote!(#rt::At::root(#wire)),
                &input.ty,
                input.required,
                &input.constraints,
            )
        })
        .collect();
    quote! {
        fn validate(&self) -> ::std::result::Result<(), #rt::Violation> {
            #(#blocks)*
            Ok(())
        }
    }
}

/// `pages` and `items`: streams that follow the response's cursor.
fn pages(cx: &Cx, op: &Operation, pagination: &Pagination) -> TokenStream {
    let rt = &cx.rt;
    let page = cx.rust_type(op.response.as_ref().expect("pagination needs a response"));
    let item = cx.rust_type(&pagination.item);
    let cursor_input = ident(&pagination.cursor_input);
    // `Some(page)`, then one step a field: `.map(|v| &v.f)` or `.and_then(|v| v.f.as_ref())`.
    let steps = pagination.cursor_path.iter().map(|(field, required)| {
        let field = ident(field);
        if *required {
            quote!(.map(|value| &value.#field))
        } else {
            quote!(.and_then(|value| value.#field.as_ref()))
        }
    });
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
        pub fn pages(self) -> #rt::__private::futures_util::stream::BoxStream<'static, ::std::result::Result<#page, #rt::Error>> {
            let first = self.#cursor_input.clone();
            #rt::pages(
                self,
                first,
                |request, cursor| {
                    let mut request = request.clone();
                    request.#cursor_input = cursor;
                    request.send()
                },
                |page| #next_cursor,
            )
        }

        /// Every item of every page, in order; see [`pages`](Self::pages).
        pub fn items(self) -> #rt::__private::futures_util::stream::BoxStream<'static, ::std::result::Result<#item, #rt::Error>> {
            #rt::items(self.pages(), |page| #items)
        }
    }
}

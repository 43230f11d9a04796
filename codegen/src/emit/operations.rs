//! `operations.rs`: a `Client` method and a request builder per operation.

use proc_macro2::TokenStream;
use quote::quote;

use super::{checks, doc, ident, redacted_debug, rust_type};
use crate::model::{Api, Body, Input, Location, Operation, Pagination, Type};

pub(super) fn emit(api: &Api) -> TokenStream {
    let urls = api.servers.iter().map(|s| s.url.as_str());
    let retryable = &api.retryable_error_codes;
    let methods = api.operations.iter().map(client_method);
    let builders = api.operations.iter().map(builder);
    quote! {
        /// The servers of the API, the client's default first.
        pub const SERVERS: &[&str] = &[#(#urls),*];

        /// Error codes worth retrying whatever their HTTP status (throttling, timeouts).
        pub const RETRYABLE_ERROR_CODES: &[&str] = &[#(#retryable),*];

        impl crate::Client {
            #(#methods)*
        }

        #(#builders)*
    }
}

/// Whether a value is taken as `impl Into<T>` rather than `T`.
fn takes_into(ty: &Type) -> bool {
    matches!(ty, Type::String | Type::Named(_))
}

fn argument_type(ty: &Type) -> TokenStream {
    let rust = rust_type(ty);
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

fn client_method(op: &Operation) -> TokenStream {
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
        let ty = argument_type(&input.ty);
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

fn builder(op: &Operation) -> TokenStream {
    let name = ident(&op.builder_name);
    let method_path = format!(
        " A `{}` request, made by [`Client::{}`](crate::Client::{}).",
        op.id, op.method_name, op.method_name
    );
    let fields = op.inputs.iter().map(|input| {
        let field = ident(&input.rust_name);
        let ty = rust_type(&input.ty);
        if input.required {
            quote!(#field: #ty,)
        } else {
            quote!(#field: ::std::option::Option<#ty>,)
        }
    });
    let setters = op.inputs.iter().filter(|i| !i.required).map(|input| {
        let docs = doc(&input.doc);
        let field = ident(&input.rust_name);
        let ty = argument_type(&input.ty);
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
    let send = send(op);
    let validate = validate(op);
    let pages = op.pagination.as_ref().map(|p| pages(op, p));
    quote! {
        #[doc = #method_path]
        ///
        /// Set optional inputs with its methods, then call [`send`](Self::send).
        #[derive(#derive_debug Clone)]
        #[must_use = "a request does nothing until it is sent with `.send().await`"]
        pub struct #name {
            client: crate::Client,
            options: crate::runtime::CallOptions,
            #(#fields)*
        }
        #debug

        impl #name {
            #(#setters)*

            /// Retries for this call, instead of the client's.
            pub fn retry(mut self, policy: crate::RetryPolicy) -> Self {
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

/// `value` as the string sent on the wire.
fn wire_string(ty: &Type, value: TokenStream) -> TokenStream {
    if ty == &Type::String {
        value
    } else {
        quote!(#value.to_string())
    }
}

/// A `Vec<(&str, String)>` of the inputs at `location`, required ones first.
fn pairs(op: &Operation, location: Location) -> TokenStream {
    let inputs: Vec<&Input> = op
        .inputs
        .iter()
        .filter(|i| i.location == location)
        .collect();
    let required = inputs.iter().filter(|i| i.required).map(|input| {
        let wire = &input.wire_name;
        let field = ident(&input.rust_name);
        let value = wire_string(&input.ty, quote!(self.#field));
        quote!((#wire, #value))
    });
    let optional: Vec<TokenStream> = inputs
        .iter()
        .filter(|i| !i.required)
        .map(|input| {
            let wire = &input.wire_name;
            let field = ident(&input.rust_name);
            let value = wire_string(&input.ty, quote!(value));
            quote! {
                if let ::std::option::Option::Some(value) = self.#field {
                    pairs.push((#wire, #value));
                }
            }
        })
        .collect();
    let mutable = (!optional.is_empty()).then(|| quote!(mut));
    quote! {{
        let #mutable pairs: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec![#(#required),*];
        #(#optional)*
        pairs
    }}
}

fn send(op: &Operation) -> TokenStream {
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
            let id = &op.id;
            segments.push(quote!(crate::runtime::path_segment(#id, #name, &self.#field)?));
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
    let query = pairs(op, Location::Query);
    let headers = pairs(op, Location::Header);
    let body = match &op.body {
        None => quote!(::std::option::Option::None),
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
            quote!(::std::option::Option::Some(crate::runtime::json_body(#id, &super::models::#name { #(#fields)* })?))
        }
        Some(Body::Whole(_)) => {
            let input = op
                .inputs
                .iter()
                .find(|i| i.location == Location::Body)
                .expect("a whole body is an input");
            let field = ident(&input.rust_name);
            if input.required {
                quote!(::std::option::Option::Some(crate::runtime::json_body(#id, &self.#field)?))
            } else {
                quote!(self.#field.as_ref().map(|body| crate::runtime::json_body(#id, body)).transpose()?)
            }
        }
    };
    let method = ident(op.method.as_str());
    let template = &op.path;
    let auth = match &op.auth {
        Some(auth) => {
            let header = &auth.header;
            let codes = &auth.invalid_token_error_codes;
            quote!(::std::option::Option::Some(crate::runtime::Auth { header: #header, invalid_token_error_codes: &[#(#codes),*] }))
        }
        None => quote!(::std::option::Option::None),
    };
    let idempotent = op.idempotent;
    let (output, call) = match &op.response {
        Some(ty) => (rust_type(ty), quote!(self.client.send_json(request).await)),
        None => (
            quote!(()),
            quote!(self
                .client
                .send_json::<::serde::de::IgnoredAny>(request)
                .await
                .map(drop)),
        ),
    };
    quote! {
        /// Checks the inputs against the spec's rules, sends the request (retrying
        /// as the retry policy allows) and decodes the response.
        pub async fn send(self) -> ::std::result::Result<#output, crate::Error> {
            self.validate().map_err(|violation| violation.into_error(#id))?;
            let request = crate::runtime::Request {
                operation_id: #id,
                method: ::reqwest::Method::#method,
                path_template: #template,
                path: #path,
                query: #query,
                headers: #headers,
                body: #body,
                auth: #auth,
                idempotent: #idempotent,
                retryable_error_codes: RETRYABLE_ERROR_CODES,
                options: self.options,
            };
            #call
        }
    }
}

/// `validate`: the spec's rules for every input, checked before sending.
fn validate(op: &Operation) -> TokenStream {
    let blocks: Vec<TokenStream> = op
        .inputs
        .iter()
        .filter_map(|input| {
            let wire = &input.wire_name;
            checks(
                &input.rust_name,
                quote!(crate::runtime::At::root(#wire)),
                &input.ty,
                input.required,
                &input.constraints,
            )
        })
        .collect();
    quote! {
        fn validate(&self) -> ::std::result::Result<(), crate::runtime::Violation> {
            #(#blocks)*
            Ok(())
        }
    }
}

/// `pages` and `items`: streams that follow the response's cursor.
fn pages(op: &Operation, pagination: &Pagination) -> TokenStream {
    let page = rust_type(op.response.as_ref().expect("pagination needs a response"));
    let item = rust_type(&pagination.item);
    let cursor_input = ident(&pagination.cursor_input);
    let cursor_field = ident(&pagination.cursor_field);
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
        pub fn pages(self) -> ::futures_util::stream::BoxStream<'static, ::std::result::Result<#page, crate::Error>> {
            let first = self.#cursor_input.clone();
            crate::runtime::pages(
                self,
                first,
                |request, cursor| {
                    let mut request = request.clone();
                    request.#cursor_input = cursor;
                    request.send()
                },
                |page| page.#cursor_field.clone(),
            )
        }

        /// Every item of every page, in order; see [`pages`](Self::pages).
        pub fn items(self) -> ::futures_util::stream::BoxStream<'static, ::std::result::Result<#item, crate::Error>> {
            crate::runtime::items(self.pages(), |page| #items)
        }
    }
}

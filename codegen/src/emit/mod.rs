//! Emission: the intermediate model as Rust tokens, formatted into source files.
//!
//! Each generated file names the runtime crate `rt` (a `use` of the path the
//! [`Settings`] give) and reaches serde and serde_json through it, refers to
//! the client type it defines in `operations.rs`, and to its sibling module
//! through `super::models`; so it compiles in any crate that depends on the
//! runtime. What repeats for every operation or enum is runtime code
//! (`Request`, `Rules`, `open_enum!`, `call_options!`), not generated code.

mod features;
mod models;
mod operations;

pub use features::features;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, ToTokens};

use crate::error::Error;
use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::model::{Api, Constraints, Type, TypeKind};
use crate::Settings;

/// What every emitter needs: the paths generated code uses.
pub(crate) struct Cx {
    /// The runtime crate as generated code names it: `rt`, an alias made by
    /// each file's `use`.
    pub rt: TokenStream,
    /// `#[serde(crate = "...")]` for derives, so that serde need not be a dependency.
    pub serde_attr: TokenStream,
    /// The generated client type.
    pub client: Ident,
    /// The models that are part of requests, which get a `Validate` impl.
    pub validated: HashSet<String>,
    /// Fields and variants (model, member) that hold their own model again,
    /// directly or through others: they are boxed, so that the type has a size.
    pub boxed: HashSet<(String, String)>,
    /// The `cfg` of each item: none unless [`Settings::feature_per_tag`].
    pub gates: features::Gates,
    /// How generated code names the prelude's types.
    pub std: Prelude,
}

/// `Option`, `Result`, `String`, `Vec` and `Box` as generated code names them:
/// plainly, or by their `::std` path where a generated type of the same name
/// (a model called `Option`) would shadow the prelude's. Their variants
/// (`Some`, `None`, `Ok`, `Err`) are always named plainly: generated types are
/// braced structs, enums and aliases, which take no name of the value namespace.
pub(crate) struct Prelude {
    pub option: TokenStream,
    pub result: TokenStream,
    pub string: TokenStream,
    pub vec: TokenStream,
    pub boxed: TokenStream,
}

impl Prelude {
    fn new(api: &Api, client: &Ident) -> Prelude {
        let mut generated: HashSet<&str> = api.types.iter().map(|def| def.name.as_str()).collect();
        for op in &api.operations {
            generated.insert(&op.builder_name);
            let named = [&op.input_struct, &op.outcome, &op.error_enum];
            generated.extend(named.into_iter().flatten().map(String::as_str));
        }
        let client = client.to_string();
        generated.insert(&client);
        let name = |plain: &str, path: TokenStream| match generated.contains(plain) {
            true => path,
            false => ident(plain).into_token_stream(),
        };
        Prelude {
            option: name("Option", quote!(::std::option::Option)),
            result: name("Result", quote!(::std::result::Result)),
            string: name("String", quote!(::std::string::String)),
            vec: name("Vec", quote!(::std::vec::Vec)),
            boxed: name("Box", quote!(::std::boxed::Box)),
        }
    }
}

impl Cx {
    fn new(api: &Api, settings: &Settings) -> Result<Cx, Error> {
        let client: Ident = syn::parse_str(&settings.client_name)
            .map_err(|_| invalid_setting("client name", &settings.client_name))?;
        Ok(Cx {
            rt: quote!(rt),
            serde_attr: quote!(#[serde(crate = "rt::__private::serde")]),
            validated: request_models(api),
            boxed: recursive_members(api),
            gates: features::Gates::new(api, settings.feature_per_tag)?,
            std: Prelude::new(api, &client),
            client,
        })
    }

    /// The Rust type for a model type.
    pub(crate) fn rust_type(&self, ty: &Type) -> TokenStream {
        let Cx { rt, std, .. } = self;
        let (string, vec) = (&std.string, &std.vec);
        match ty {
            Type::String => string.clone(),
            Type::Bool => quote!(bool),
            Type::I32 => quote!(i32),
            Type::I64 => quote!(i64),
            Type::F32 => quote!(f32),
            Type::F64 => quote!(f64),
            Type::DateTime => quote!(#rt::Timestamp),
            Type::Json => quote!(#rt::__private::serde_json::Value),
            Type::Bytes => quote!(#vec<u8>),
            Type::File => quote!(#rt::File),
            Type::Named(name) => {
                let name = ident(name);
                quote!(super::models::#name)
            }
            Type::Vec(item) => {
                let item = self.rust_type(item);
                quote!(#vec<#item>)
            }
            Type::Map(value) => {
                let value = self.rust_type(value);
                quote!(::std::collections::BTreeMap<#string, #value>)
            }
        }
    }
}

/// One generated source file, relative to the client crate's `src/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub name: &'static str,
    pub contents: String,
}

/// A group of items of a generated file, emitted and formatted on its own.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Part {
    /// `models.rs`: the model `api.types[i]`.
    Model(usize),
    /// `operations.rs`: the API's constants and the client.
    Client,
    /// `operations.rs`: the struct of the required inputs of `api.operations[i]`.
    Input(usize),
    /// `operations.rs`: its enum of outcomes (several success bodies).
    Outcome(usize),
    /// `operations.rs`: its enum of error bodies.
    ErrorEnum(usize),
    /// `operations.rs`: its request builder.
    Builder(usize),
}

/// Emits the generated modules of a client for `api`.
///
/// The parts of both files are shared out between two threads as each
/// finishes its last: token streams cannot cross threads, so each thread
/// builds its own context from `api` and hands back formatted text, and only
/// one part's tokens and syntax tree are in memory at once on each.
pub fn emit(api: &Api, settings: &Settings) -> Result<Vec<File>, Error> {
    let runtime_crate: syn::Path = syn::parse_str(&settings.runtime_crate)
        .map_err(|_| invalid_setting("runtime crate", &settings.runtime_crate))?;
    let header = quote! {
        #[allow(unused_imports)]
        use #runtime_crate as rt;
    };
    type Emit = fn(&Cx, &Api, Part) -> Option<TokenStream>;
    let files: [(&'static str, Emit, Vec<Part>); 2] = [
        ("models.rs", models::emit, models::parts(api)),
        ("operations.rs", operations::emit, operations::parts(api)),
    ];
    let jobs: Vec<(usize, Part)> = files
        .iter()
        .enumerate()
        .flat_map(|(file, (.., parts))| parts.iter().map(move |part| (file, *part)))
        .collect();
    let next = AtomicUsize::new(0);
    let work = || -> Result<Vec<(usize, String)>, Error> {
        let cx = Cx::new(api, settings)?;
        let mut done = Vec::new();
        loop {
            let job = next.fetch_add(1, Ordering::Relaxed);
            let Some(&(file, part)) = jobs.get(job) else {
                return Ok(done);
            };
            let (name, emit, _) = &files[file];
            if let Some(tokens) = emit(&cx, api, part) {
                done.push((job, format_items(name, tokens)?));
            }
        }
    };
    let (theirs, ours) = std::thread::scope(|scope| {
        let theirs = scope.spawn(work);
        let ours = work();
        let theirs = theirs
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (theirs, ours)
    });
    let mut done = theirs?;
    done.extend(ours?);
    done.sort_unstable_by_key(|(job, _)| *job);
    let mut contents: Vec<String> = Vec::new();
    for (name, ..) in &files {
        contents.push(format!(
            "// This file is generated by the `codegen` crate from `{}`.\n\
             // Do not edit it: edit the spec and generate it again.\n\n{}",
            api.source_name,
            format_items(name, header.clone())?
        ));
    }
    for (job, text) in done {
        contents[jobs[job].0].push_str(&text);
    }
    Ok(files
        .iter()
        .zip(contents)
        .map(|((name, ..), contents)| File { name, contents })
        .collect())
}

fn invalid_setting(what: &str, value: &str) -> Error {
    Error::Emit {
        what: "settings".to_owned(),
        message: format!("{what} `{value}` is not a Rust path"),
    }
}

/// Items formatted as source, for the file `name` (which errors name).
fn format_items(name: &str, tokens: TokenStream) -> Result<String, Error> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Emit {
        what: name.to_owned(),
        message: e.to_string(),
    })?;
    Ok(prettyplease::unparse(&file))
}

/// The names of the models that requests may hold: the types of the inputs,
/// and every model those reach.
fn request_models(api: &Api) -> HashSet<String> {
    let inputs = api.operations.iter().flat_map(|op| &op.inputs);
    let mut roots: Vec<String> = inputs
        .filter_map(|input| input.ty.named())
        .map(str::to_owned)
        .collect();
    for op in &api.operations {
        if let Some(crate::model::Body::Struct(name) | crate::model::Body::Form(name)) = &op.body {
            roots.push(name.clone());
        }
    }
    api.type_index().reachable(roots)
}

/// The members of models that hold their own model again without a `Vec` or
/// a map between: `(model, field or variant)`.
fn recursive_members(api: &Api) -> HashSet<(String, String)> {
    /// The model a type holds in place (not behind a `Vec` or a map), if any.
    fn direct(ty: &Type) -> Option<&str> {
        match ty {
            Type::Named(name) => Some(name),
            _ => None,
        }
    }
    let index = api.type_index();
    // The models each model holds in place, with the member that holds them.
    let members = |kind: &TypeKind| -> Vec<(String, String)> {
        match kind {
            TypeKind::Struct(fields) => fields
                .iter()
                .filter_map(|f| direct(&f.ty).map(|to| (f.rust_name.clone(), to.to_owned())))
                .collect(),
            TypeKind::Union(variants) | TypeKind::Tagged { variants, .. } => variants
                .iter()
                .filter_map(|v| direct(&v.ty).map(|to| (v.name.clone(), to.to_owned())))
                .collect(),
            TypeKind::Alias(ty) => direct(ty)
                .map(|to| vec![(String::new(), to.to_owned())])
                .unwrap_or_default(),
            TypeKind::Enum(_) => Vec::new(),
        }
    };
    // Whether `from` holds `to` in place, through any chain of models.
    let reaches = |from: &str, to: &str| {
        let mut pending = vec![from.to_owned()];
        let mut seen = HashSet::new();
        while let Some(name) = pending.pop() {
            if name == to {
                return true;
            }
            if seen.insert(name.clone()) {
                if let Some(kind) = index.get(&name) {
                    pending.extend(members(kind).into_iter().map(|(_, next)| next));
                }
            }
        }
        false
    };
    let mut boxed = HashSet::new();
    for def in &api.types {
        for (member, to) in members(&def.kind) {
            if !member.is_empty() && reaches(&to, &def.name) {
                boxed.insert((def.name.clone(), member));
            }
        }
    }
    boxed
}

/// An identifier, raw (`r#type`) where the name is a keyword; the keywords
/// that cannot be raw (`self`, `Self`, `super`, `crate`) get a trailing `_`.
pub(crate) fn ident(name: &str) -> Ident {
    match name {
        "self" | "Self" | "super" | "crate" | "_" => {
            Ident::new(&format!("{name}_"), Span::call_site())
        }
        _ => match syn::parse_str::<Ident>(name) {
            Ok(ident) => ident,
            Err(_) => Ident::new_raw(name, Span::call_site()),
        },
    }
}

/// `///` lines for documentation text.
///
/// Indented and unlabelled code blocks would become doctests, so they are shown as text.
pub(crate) fn doc(lines: &[String]) -> TokenStream {
    let mut in_fence = false;
    let mut after_blank = true;
    let attrs = lines.iter().map(|line| {
        let trimmed = line.trim_start();
        let mut line = line.clone();
        if trimmed.starts_with("```") {
            if !in_fence && trimmed.trim_end() == "```" {
                line = line.replacen("```", "```text", 1);
            }
            in_fence = !in_fence;
        } else if !in_fence && after_blank && line.len() - trimmed.len() >= 4 {
            // An indented code block can only start after a blank line.
            line = format!("   {trimmed}");
        }
        after_blank = trimmed.is_empty();
        let text = format!(" {line}");
        quote!(#[doc = #text])
    });
    quote!(#(#attrs)*)
}

/// A `Debug` impl for the struct `name` showing `fields` (Rust name, whether secret)
/// in order, with secrets shown as `<redacted>`.
pub(crate) fn redacted_debug<'a>(
    name: &str,
    fields: impl IntoIterator<Item = (&'a str, bool)>,
) -> TokenStream {
    let type_name = ident(name);
    let entries = fields.into_iter().map(|(field, secret)| {
        if secret {
            quote!(.field(#field, &"<redacted>"))
        } else {
            let member = ident(field);
            quote!(.field(#field, &self.#member))
        }
    });
    quote! {
        impl ::std::fmt::Debug for #type_name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#name) #(#entries)* .finish()
            }
        }
    }
}

/// Whether values of `ty` may hold named types, whose own rules must be checked too.
fn holds_named(ty: &Type) -> bool {
    match ty {
        Type::Named(_) => true,
        Type::Vec(inner) | Type::Map(inner) => holds_named(inner),
        _ => false,
    }
}

/// The validation of one value, `self.<field>`, located at `at` (an `At`
/// expression): its rules where it is used, then the rules of the named types
/// it holds. `None` when there is nothing to check.
pub(crate) fn checks(
    cx: &Cx,
    field: &str,
    at: TokenStream,
    ty: &Type,
    constraints: &Constraints,
) -> Option<TokenStream> {
    let rt = &cx.rt;
    let member = ident(field);
    let mut rules = Vec::new();
    if let Some(min) = constraints.min_length {
        rules.push(quote!(.min_length(#min)));
    }
    if let Some(max) = constraints.max_length {
        rules.push(quote!(.max_length(#max)));
    }
    if let Some(pattern) = &constraints.pattern {
        rules.push(quote!(.pattern(#pattern)));
    }
    if let Some(min) = constraints.minimum {
        rules.push(quote!(.minimum(#min)));
    }
    if let Some(max) = constraints.maximum {
        rules.push(quote!(.maximum(#max)));
    }
    if let Some(min) = constraints.min_items {
        rules.push(quote!(.min_items(#min)));
    }
    if let Some(max) = constraints.max_items {
        rules.push(quote!(.max_items(#max)));
    }
    // In a `static` when there is a pattern, so that it is compiled once.
    let own = (!rules.is_empty()).then(|| {
        if constraints.pattern.is_some() {
            let name = Ident::new(
                &field.trim_start_matches("r#").to_uppercase(),
                Span::call_site(),
            );
            quote! {
                static #name: #rt::Rules = #rt::Rules::new() #(#rules)*;
                #name.check(&self.#member, &#at)?;
            }
        } else {
            quote!(#rt::Rules::new() #(#rules)* .check(&self.#member, &#at)?;)
        }
    });
    let nested = holds_named(ty).then(|| quote!(#rt::Validate::validate(&self.#member, &#at)?;));
    if own.is_none() && nested.is_none() {
        return None;
    }
    Some(quote!(#own #nested))
}

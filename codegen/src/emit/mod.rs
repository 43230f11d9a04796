//! Emission: the intermediate model as Rust tokens, formatted into source files.
//!
//! The generated files are one module tree: `mod.rs` (the client, its
//! constants, the operations of no module, and the declarations of the
//! others), `models.rs` (the models more than one module uses, or the root)
//! and, with modules per tag, a `<module>.rs` each (its client, operations
//! and the models only it uses). Each file names the runtime crate `rt` (a
//! `use` of the path the [`Settings`] give) and reaches serde and serde_json
//! through it, and the shared models as `models::Name`; so the tree compiles
//! in any crate that depends on the runtime. What repeats for every operation
//! or enum is runtime code (`Call`, `Rules`, `open_enum!`, `error_codes!`,
//! `operation_error!`, `call_options!`), not generated code.
//!
//! [`single_file`] makes the tree one file, its modules inline, for a build
//! script to write into `OUT_DIR`.

mod features;
mod models;
mod operations;
mod single_file;

pub use features::features;
pub use single_file::single_file;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, ToTokens};

use crate::error::Error;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::model::{Api, Constraints, Type, TypeKind};
use crate::Settings;

/// What every emitter needs: the paths generated code uses.
pub(crate) struct Cx {
    /// The runtime crate as generated code names it: `rt`, an alias made by
    /// each file's `use`.
    pub rt: TokenStream,
    /// The path of serde, for `#[serde(crate = "...")]` on derives, so that
    /// serde need not be a dependency.
    pub serde_crate: &'static str,
    /// The generated client type.
    pub client: Ident,
    /// The models that are part of requests, which get a `Validate` impl.
    pub validated: HashSet<String>,
    /// The models with rules to check: in their own fields or in the models
    /// they hold. Only those are checked where they are used.
    pub ruled: HashSet<String>,
    /// Fields and variants (model, member) that hold their own model again,
    /// directly or through others: they are boxed, so that the type has a size.
    pub boxed: HashSet<(String, String)>,
    /// The `cfg` of each item: none unless [`Settings::feature_per_tag`].
    pub gates: features::Gates,
    /// How generated code names the prelude's types.
    pub std: Prelude,
    /// The module each model only one module uses is emitted in.
    pub homes: HashMap<String, String>,
    /// For each module, by name, the shared models its operations reach,
    /// sorted: those it re-exports.
    pub shared_by_module: HashMap<String, Vec<String>>,
    /// The module of the part being emitted; `None` for `mod.rs` and `models.rs`.
    pub here: RefCell<Option<String>>,
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
        generated.insert(&api.root_codes.name);
        generated.extend(api.modules.iter().map(|m| m.codes.name.as_str()));
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

/// What a context knows that takes walking the whole API: worked out once,
/// then copied into the context of each thread that emits.
#[derive(Clone)]
struct Facts {
    validated: HashSet<String>,
    ruled: HashSet<String>,
    boxed: HashSet<(String, String)>,
    gates: features::Gates,
    homes: HashMap<String, String>,
    shared_by_module: HashMap<String, Vec<String>>,
}

impl Facts {
    /// The facts of `api`, with each item's `cfg` from its tags if `gated`.
    fn new(api: &Api, gated: bool) -> Result<Facts, Error> {
        let homes = features::homes(api);
        Ok(Facts {
            validated: request_models(api),
            ruled: ruled_models(api),
            boxed: recursive_members(api),
            gates: features::Gates::new(api, gated, &homes)?,
            shared_by_module: shared_by_module(api, &homes),
            homes,
        })
    }
}

impl Cx {
    /// A context for emitting from `facts`.
    fn new(api: &Api, settings: &Settings, facts: Facts) -> Result<Cx, Error> {
        let client: Ident = syn::parse_str(&settings.client_name)
            .map_err(|_| invalid_setting("client name", &settings.client_name))?;
        for (_, path) in &settings.module_extensions {
            syn::parse_str::<syn::Path>(path)
                .map_err(|_| invalid_setting("module extension", path))?;
        }
        let Facts {
            validated,
            ruled,
            boxed,
            gates,
            homes,
            shared_by_module,
        } = facts;
        Ok(Cx {
            rt: quote!(rt),
            serde_crate: "rt::__private::serde",
            validated,
            ruled,
            boxed,
            gates,
            std: Prelude::new(api, &client),
            homes,
            shared_by_module,
            here: RefCell::new(None),
            client,
        })
    }

    /// How the part being emitted names the model `name`: plainly in its
    /// own module, else through `models`.
    pub(crate) fn model_path(&self, name: &str) -> TokenStream {
        let ident = ident(name);
        match self.homes.get(name) {
            Some(home) if self.here.borrow().as_ref() == Some(home) => quote!(#ident),
            _ => quote!(models::#ident),
        }
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
            Type::Named(name) => self.model_path(name),
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

/// One generated source file, relative to the directory of the generated module tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub name: String,
    pub contents: String,
}

/// A group of items of a generated file, emitted and formatted on its own.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Part {
    /// `models.rs` or a module's file: the model `api.types[i]`.
    Model(usize),
    /// `mod.rs`: the module declarations, the API's constants (unless
    /// [`Part::Api`] has them) and the client.
    Client,
    /// With [`Settings::module_crates`], `core.rs`: the API's constants.
    Api,
    /// A module's file: what it uses and its client, `api.modules[i]`.
    ModuleClient(usize),
    /// The struct of the required inputs of `api.operations[i]`.
    Input(usize),
    /// Its enum of outcomes (several success bodies).
    Outcome(usize),
    /// Its enum of error bodies (several error body types).
    ErrorEnum(usize),
    /// The error types of the operations of a module, `api.modules[i]`, or
    /// of the root (each builder's `OperationError` impl): the codes and the
    /// body their errors are read with.
    ErrorTypes(Option<usize>),
    /// The error codes of a module, `api.modules[i]`, or of the root.
    Codes(Option<usize>),
    /// Its request builder.
    Builder(usize),
}

/// Emits the generated module tree of a client for `api`: `mod.rs`,
/// `models.rs` and a file per module.
///
/// The parts of every file are shared out between two threads as each
/// finishes its last: token streams cannot cross threads, so each thread
/// builds its own context from `api` and hands back formatted text, and only
/// one part's tokens and syntax tree are in memory at once on each.
pub fn emit(api: &Api, settings: &Settings) -> Result<Vec<File>, Error> {
    let runtime_crate: syn::Path = syn::parse_str(&settings.runtime_crate)
        .map_err(|_| invalid_setting("runtime crate", &settings.runtime_crate))?;
    let merged = models::one_enum_per_values(api);
    let api = merged.as_ref().unwrap_or(api);
    let homes = features::homes(api);
    // Checked before any work: the crate of the shared parts is a path.
    let crates = match &settings.module_crates {
        Some(prefix) => core_crate(prefix).map(|_| Some(prefix.as_str()))?,
        None => None,
    };
    // Each file's name, its kind, and its parts, in order.
    let mut files: Vec<(String, FileKind, Vec<Part>)> = Vec::new();
    let ops = |module: Option<usize>| -> Vec<Part> {
        let name = module.map(|index| &api.modules[index].name);
        let ops: Vec<usize> = (0..api.operations.len())
            .filter(|&i| api.operations[i].module.as_ref() == name)
            .collect();
        let each = |kind: fn(usize) -> Part| ops.iter().map(move |&i| kind(i));
        each(Part::Input)
            .chain(each(Part::Outcome))
            .chain(each(Part::ErrorEnum))
            .chain((!ops.is_empty()).then_some(Part::ErrorTypes(module)))
            .chain(each(Part::Builder))
            .collect()
    };
    let models = |module: Option<&String>| -> Vec<Part> {
        (0..api.types.len())
            .filter(|&i| homes.get(&api.types[i].name) == module)
            .map(Part::Model)
            .collect()
    };
    let root_codes = (!api.root_codes.name.is_empty()).then_some(Part::Codes(None));
    files.push((
        "mod.rs".to_owned(),
        FileKind::Root,
        [Part::Client]
            .into_iter()
            .chain(root_codes)
            .chain(ops(None))
            .collect(),
    ));
    let shared = match crates {
        Some(_) => ("core.rs", Some(Part::Api)),
        None => ("models.rs", None),
    };
    files.push((
        shared.0.to_owned(),
        FileKind::Shared,
        shared.1.into_iter().chain(models(None)).collect(),
    ));
    for (index, module) in api.modules.iter().enumerate() {
        let name = Some(&module.name);
        let parts = [Part::ModuleClient(index), Part::Codes(Some(index))]
            .into_iter()
            .chain(ops(Some(index)))
            .chain(models(name))
            .collect();
        files.push((
            format!("{}.rs", module.name),
            FileKind::Module(index),
            parts,
        ));
    }
    let jobs: Vec<(usize, Part)> = files
        .iter()
        .enumerate()
        .flat_map(|(file, (.., parts))| parts.iter().map(move |part| (file, *part)))
        .collect();
    let module_of = |file: usize| (file >= 2).then(|| api.modules[file - 2].name.clone());
    let next = AtomicUsize::new(0);
    let facts = Facts::new(api, settings.feature_per_tag)?;
    let work = || -> Result<Vec<(usize, String)>, Error> {
        let root = Cx::new(api, settings, facts.clone())?;
        // A crate holds the whole of its module: nothing in it is gated.
        let ungated = match crates {
            Some(_) => Some(Cx::new(
                api,
                settings,
                Facts {
                    gates: features::Gates::default(),
                    ..facts.clone()
                },
            )?),
            None => None,
        };
        let mut done = Vec::new();
        loop {
            let job = next.fetch_add(1, Ordering::Relaxed);
            let Some(&(file, part)) = jobs.get(job) else {
                return Ok(done);
            };
            let cx = match &ungated {
                Some(ungated) if file > 0 => ungated,
                _ => &root,
            };
            *cx.here.borrow_mut() = module_of(file);
            let tokens = match part {
                Part::Model(_) => models::emit(cx, api, part),
                _ => operations::emit(cx, api, settings, part),
            };
            if let Some(tokens) = tokens {
                done.push((job, format_items(&files[file].0, tokens)?));
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
    for (name, kind, _) in &files {
        // How the file names the shared models, and, for a crate's root, its
        // documentation; rustfmt leaves a root as it is generated.
        let (crate_doc, models) = match (kind, &crates) {
            (FileKind::Root, _) => (None, None),
            (_, None) => (None, Some(quote!(super::models))),
            (FileKind::Shared, Some(_)) => {
                let doc = format!(
                    "What the modules of the {} client share: the API's description and the models more than one module uses.",
                    api.title
                );
                (Some(vec![doc]), Some(quote!(crate as models)))
            }
            (FileKind::Module(index), Some(prefix)) => {
                let core = core_crate(prefix)?;
                let module = &api.modules[*index];
                let doc = match module.doc.is_empty() {
                    true => vec![format!("The `{}` operations.", module.tag)],
                    false => module.doc.clone(),
                };
                (Some(doc), Some(quote!(#core as models)))
            }
        };
        let crate_attrs = crate_doc.map(|lines| {
            let docs = inner(doc(&lines));
            quote! {
                #docs
                #![cfg_attr(rustfmt, rustfmt::skip)]
            }
        });
        let models = models.map(|path| {
            quote! {
                #[allow(unused_imports)]
                use #path;
            }
        });
        let header = quote! {
            #crate_attrs
            #[allow(unused_imports)]
            use #runtime_crate as rt;
            #models
        };
        contents.push(format!(
            "// This file is generated by the `codegen` crate from `{}`.\n\
             // Do not edit it: edit the spec and generate it again.\n\n{}",
            api.source_name,
            format_items(name, header)?
        ));
    }
    for (job, text) in done {
        contents[jobs[job].0].push_str(&text);
    }
    Ok(files
        .into_iter()
        .zip(contents)
        .map(|((name, ..), contents)| File { name, contents })
        .collect())
}

/// What a generated file is, which decides its header.
#[derive(Debug, Clone, Copy)]
enum FileKind {
    /// `mod.rs`.
    Root,
    /// `models.rs`, or `core.rs` with [`Settings::module_crates`].
    Shared,
    /// The file of `api.modules[i]`.
    Module(usize),
}

/// The path of the crate of the API's description and shared models, for
/// [`Settings::module_crates`]' prefix.
pub(crate) fn core_crate(prefix: &str) -> Result<syn::Path, Error> {
    syn::parse_str::<Ident>(&format!("{prefix}core"))
        .ok()
        .and_then(|core| syn::parse_str(&format!("::{core}")).ok())
        .ok_or_else(|| invalid_setting("module crates' prefix", prefix))
}

/// The crate of module `module`, for [`Settings::module_crates`]' prefix.
pub(crate) fn module_crate(prefix: &str, module: &str) -> TokenStream {
    let name = ident(&format!("{prefix}{module}"));
    quote!(::#name)
}

/// Outer attributes (`#[doc = ..]`) as inner ones (`#![doc = ..]`).
fn inner(outer: TokenStream) -> TokenStream {
    let mut tokens: Vec<proc_macro2::TokenTree> = Vec::new();
    for tree in outer {
        let bang = matches!(&tree, proc_macro2::TokenTree::Punct(p) if p.as_char() == '#');
        tokens.push(tree);
        if bang {
            tokens.push(proc_macro2::Punct::new('!', proc_macro2::Spacing::Alone).into());
        }
    }
    tokens.into_iter().collect()
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

/// For each module, the models its operations reach that have no home
/// module of their own (`homes`), sorted. One index of the types serves
/// every module.
fn shared_by_module(api: &Api, homes: &HashMap<String, String>) -> HashMap<String, Vec<String>> {
    let index = api.type_index();
    api.modules
        .iter()
        .map(|module| {
            let roots = api
                .operations
                .iter()
                .filter(|op| op.module.as_ref() == Some(&module.name))
                .flat_map(|op| op.models());
            let mut shared: Vec<String> = index
                .reachable(roots.collect::<Vec<String>>())
                .into_iter()
                .filter(|name| !homes.contains_key(name))
                .collect();
            shared.sort();
            (module.name.clone(), shared)
        })
        .collect()
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

/// A `Debug` impl for the struct `name` (with `generics`, such as `<'a>`, or
/// none) showing `fields` (Rust name, whether secret) in order, with secrets
/// shown as `<redacted>`.
pub(crate) fn redacted_debug<'a>(
    name: &str,
    generics: TokenStream,
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
        impl #generics ::std::fmt::Debug for #type_name #generics {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#name) #(#entries)* .finish()
            }
        }
    }
}

/// Whether values of `ty` may hold models with rules of their own to check.
pub(crate) fn holds_ruled(ruled: &HashSet<String>, ty: &Type) -> bool {
    match ty {
        Type::Named(name) => ruled.contains(name),
        Type::Vec(inner) | Type::Map(inner) => holds_ruled(ruled, inner),
        _ => false,
    }
}

/// The models with rules to check: a field with constraints, or a field,
/// variant or alias holding such a model.
fn ruled_models(api: &Api) -> HashSet<String> {
    let mut ruled = HashSet::new();
    loop {
        let before = ruled.len();
        for def in &api.types {
            let has = match &def.kind {
                TypeKind::Struct(fields) => fields
                    .iter()
                    .any(|f| !f.constraints.is_empty() || holds_ruled(&ruled, &f.ty)),
                TypeKind::Union(variants) | TypeKind::Tagged { variants, .. } => {
                    variants.iter().any(|v| holds_ruled(&ruled, &v.ty))
                }
                TypeKind::Alias(ty) => holds_ruled(&ruled, ty),
                TypeKind::Enum(_) => false,
            };
            if has {
                ruled.insert(def.name.clone());
            }
        }
        if ruled.len() == before {
            return ruled;
        }
    }
}

/// How a value's checks are written: returning a violation early with `?`
/// (in a model's `Validate` impl), or kept by a call (`call.check(..)`),
/// for the input named `wire`.
#[derive(Clone, Copy)]
pub(crate) enum Consume<'a> {
    Try,
    Keep {
        call: &'a TokenStream,
        wire: &'a str,
    },
}

/// The validation of one value, `value` (a reference expression: `&self.x`)
/// named `field`, located at `at` (an `At` expression): its rules where it is
/// used, then the rules of the named types it holds, each result used as
/// `consume` says. `None` when there is nothing to check.
pub(crate) fn checks(
    cx: &Cx,
    field: &str,
    value: TokenStream,
    at: TokenStream,
    ty: &Type,
    constraints: &Constraints,
    consume: Consume<'_>,
) -> Option<TokenStream> {
    let rt = &cx.rt;
    let mut rules = Vec::new();
    if let Some(min) = constraints.min_length {
        let min = proc_macro2::Literal::usize_unsuffixed(min);
        rules.push(quote!(.min_length(#min)));
    }
    if let Some(max) = constraints.max_length {
        let max = proc_macro2::Literal::usize_unsuffixed(max);
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
        let min = proc_macro2::Literal::usize_unsuffixed(min);
        rules.push(quote!(.min_items(#min)));
    }
    if let Some(max) = constraints.max_items {
        let max = proc_macro2::Literal::usize_unsuffixed(max);
        rules.push(quote!(.max_items(#max)));
    }
    // In a `static` when there is a pattern, so that it is compiled once.
    let own = (!rules.is_empty()).then(|| {
        if constraints.pattern.is_some() {
            let name = Ident::new(
                &field.trim_start_matches("r#").to_uppercase(),
                Span::call_site(),
            );
            let check = match consume {
                Consume::Try => quote!(#name.check(#value, &#at)?;),
                Consume::Keep { call, wire } => quote!(#call.check(#value, #wire, &#name);),
            };
            quote! {
                static #name: #rt::Rules = #rt::Rules::new() #(#rules)*;
                #check
            }
        } else {
            match consume {
                Consume::Try => quote!(#rt::Rules::new() #(#rules)* .check(#value, &#at)?;),
                Consume::Keep { call, wire } => {
                    quote!(#call.check(#value, #wire, &#rt::Rules::new() #(#rules)*);)
                }
            }
        }
    });
    let nested = holds_ruled(&cx.ruled, ty).then(|| match consume {
        Consume::Try => quote!(#rt::Validate::validate(#value, &#at)?;),
        Consume::Keep { call, wire } => quote!(#call.validate(#value, #wire);),
    });
    if own.is_none() && nested.is_none() {
        return None;
    }
    Some(quote!(#own #nested))
}

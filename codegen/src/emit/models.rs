//! `models.rs`: one Rust type per named schema.

use proc_macro2::TokenStream;
use quote::quote;

use super::{checks, doc, ident, redacted_debug, Consume, Cx, Part};
use std::collections::HashMap;

use crate::model::{Api, EnumValue, Field, Type, TypeDef, TypeKind, Variant};

/// The items of one part of `models.rs` or a module's file: a model.
pub(super) fn emit(cx: &Cx, api: &Api, part: Part) -> Option<TokenStream> {
    match part {
        Part::Model(index) => Some(type_def(cx, &api.types[index])),
        _ => None,
    }
}

/// `api` with each enum whose values (with their variants and documentation)
/// an earlier enum already has made an alias of that enum; `None` when no
/// two enums are alike. Specs repeat small enums under many names (GitHub's
/// has 2,290 enums of 278 kinds): one type each kind is that much less for
/// rustc to check, and every name still names it, variants included.
pub(super) fn one_enum_per_values(api: &Api) -> Option<Api> {
    let mut first: HashMap<&[EnumValue], &str> = HashMap::new();
    let mut aliases: HashMap<usize, String> = HashMap::new();
    for (index, def) in api.types.iter().enumerate() {
        if let TypeKind::Enum(values) = &def.kind {
            match first.get(values.as_slice()) {
                Some(canonical) => {
                    aliases.insert(index, (*canonical).to_owned());
                }
                None => {
                    first.insert(values, &def.name);
                }
            }
        }
    }
    if aliases.is_empty() {
        return None;
    }
    let mut api = api.clone();
    for (index, canonical) in aliases {
        api.types[index].kind = TypeKind::Alias(Type::Named(canonical));
    }
    Some(api)
}

fn type_def(cx: &Cx, def: &TypeDef) -> TokenStream {
    match &def.kind {
        TypeKind::Struct(fields) => struct_def(cx, def, fields),
        TypeKind::Enum(values) => enum_def(cx, def, values),
        TypeKind::Union(variants) => union_def(cx, def, variants),
        TypeKind::Tagged {
            property,
            variants,
            other,
        } => tagged_def(cx, def, property, variants, other),
        TypeKind::Alias(ty) => {
            let docs = doc(&def.doc);
            let gate = cx.gates.model(&def.name).cfg();
            let name = ident(&def.name);
            let ty = cx.rust_type(ty);
            quote! {
                #docs
                #gate
                pub type #name = #ty;
            }
        }
    }
}

/// The serde attribute of a field of a model that serde's derives write
/// and read: the map the properties no other field has, or a property.
fn serde_field_attr(field: &Field) -> TokenStream {
    let json_name = &field.json_name;
    match (field.flatten, field.required) {
        (true, _) => quote!(#[serde(flatten)]),
        (false, true) => quote!(#[serde(rename = #json_name)]),
        (false, false) => {
            quote!(#[serde(rename = #json_name, default, skip_serializing_if = "rt::is_none")])
        }
    }
}

fn struct_def(cx: &Cx, def: &TypeDef, fields: &[Field]) -> TokenStream {
    let rt = &cx.rt;
    let serde_crate = cx.serde_crate;
    let docs = doc(&def.doc);
    let gate = cx.gates.model(&def.name).cfg();
    let name = ident(&def.name);
    let all_optional = fields.iter().all(|f| !f.required || f.flatten);
    let has_secret = fields.iter().any(|f| f.secret);
    let mut derives = vec![quote!(Clone), quote!(PartialEq)];
    if !has_secret {
        derives.insert(0, quote!(Debug));
    }
    if all_optional {
        derives.push(quote!(Default));
    }
    // A model with a flattened field (`additionalProperties` beside
    // properties) is written and read by serde's derives; any other by the
    // runtime's `object!`, a line a field, which needs no attribute.
    let flattened = fields.iter().any(|f| f.flatten);
    let members = fields.iter().map(|field| {
        let docs = doc(&field.doc);
        let field_name = ident(&field.rust_name);
        let ty = cx.rust_type(&field.ty);
        let ty = if cx
            .boxed
            .contains(&(def.name.clone(), field.rust_name.clone()))
        {
            let boxed = &cx.std.boxed;
            quote!(#boxed<#ty>)
        } else {
            ty
        };
        let ty = match field.required || field.flatten {
            true => ty,
            false => {
                let option = &cx.std.option;
                quote!(#option<#ty>)
            }
        };
        let attr = flattened.then(|| serde_field_attr(field));
        quote! {
            #docs
            #attr
            pub #field_name: #ty,
        }
    });
    let debug = has_secret.then(|| {
        let debug = redacted_debug(
            &def.name,
            TokenStream::new(),
            fields.iter().map(|f| (f.rust_name.as_str(), f.secret)),
        );
        quote!(#gate #debug)
    });
    let field_checks: Vec<TokenStream> = fields
        .iter()
        .filter_map(|field| {
            let json_name = &field.json_name;
            // The entries of a flattened map sit at the object's own level.
            let at = if field.flatten {
                quote!((*at))
            } else {
                quote!(at.field(#json_name))
            };
            let member = ident(&field.rust_name);
            let value = quote!(&self.#member);
            let (ty, rules) = (&field.ty, &field.constraints);
            checks(cx, &field.rust_name, value, at, ty, rules, Consume::Try)
        })
        .collect();
    let validate = validate_impl(cx, &def.name, field_checks);
    let (derive_serde, container, object) = match flattened {
        true => (
            quote!(, #rt::Serialize, #rt::Deserialize),
            Some(quote!(#[serde(crate = #serde_crate)])),
            None,
        ),
        false => {
            let properties = fields.iter().map(|field| {
                let member = ident(&field.rust_name);
                let json_name = &field.json_name;
                match field.required {
                    true => quote!(#member: #json_name),
                    false => quote!(#member: #json_name optional),
                }
            });
            let object = quote! {
                #gate
                #rt::object!(#name { #(#properties),* });
            };
            (TokenStream::new(), None, Some(object))
        }
    };
    quote! {
        #docs
        #gate
        #[derive(#(#derives),* #derive_serde)]
        #container
        pub struct #name {
            #(#members)*
        }
        #object
        #debug
        #validate
    }
}

fn enum_def(cx: &Cx, def: &TypeDef, values: &[EnumValue]) -> TokenStream {
    let (rt, string) = (&cx.rt, &cx.std.string);
    let docs = doc(&def.doc);
    let cfg = cx.gates.model(&def.name).cfg();
    let name = ident(&def.name);
    let variants = values.iter().map(|v| {
        // "`value`: description", or the value alone.
        let mut lines = v.doc.clone();
        match lines.first_mut() {
            Some(first) => *first = format!("`{}`: {first}", v.value),
            None => lines.push(format!("`{}`", v.value)),
        }
        let docs = doc(&lines);
        let variant = ident(&v.variant);
        quote!(#docs #variant,)
    });
    let pairs = values.iter().map(|v| {
        let variant = ident(&v.variant);
        let value = &v.value;
        quote!(#variant = #value)
    });
    quote! {
        #docs
        #cfg
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #(#variants)*
            /// A value this client does not know yet, kept as the server sent it.
            Other(#string),
        }
        #cfg
        #rt::open_enum!(#name { #(#pairs),* });
    }
}

/// The variants of a union: each holds its model, boxed when it holds the union again.
/// `From` each variant's type for the union `def`, when it is part of a
/// request: for the variants whose type no other variant has, held in place.
fn variants_from(cx: &Cx, def: &TypeDef, variants: &[Variant]) -> Option<TokenStream> {
    if !cx.validated.contains(&def.name) {
        return None;
    }
    let froms: Vec<TokenStream> = variants
        .iter()
        .filter(|v| variants.iter().filter(|w| w.ty == v.ty).count() == 1)
        .filter(|v| !cx.boxed.contains(&(def.name.clone(), v.name.clone())))
        .map(|v| {
            let variant = ident(&v.name);
            let ty = cx.rust_type(&v.ty);
            quote!(#variant(#ty))
        })
        .collect();
    if froms.is_empty() {
        return None;
    }
    let (rt, name) = (&cx.rt, ident(&def.name));
    let cfg = cx.gates.model(&def.name).cfg();
    Some(quote!(#cfg #rt::variants_from!(#name { #(#froms),* });))
}

fn variant_defs<'a>(
    cx: &'a Cx,
    def: &'a TypeDef,
    variants: &'a [Variant],
) -> impl Iterator<Item = TokenStream> + 'a {
    variants.iter().map(|v| {
        let docs = doc(&v.doc);
        let variant = ident(&v.name);
        let ty = cx.rust_type(&v.ty);
        let ty = if cx.boxed.contains(&(def.name.clone(), v.name.clone())) {
            let boxed = &cx.std.boxed;
            quote!(#boxed<#ty>)
        } else {
            ty
        };
        quote!(#docs #variant(#ty),)
    })
}

/// A union told apart by the value of `property`, with `other` for the
/// objects none of its variants is for.
fn tagged_def(
    cx: &Cx,
    def: &TypeDef,
    property: &str,
    variants: &[Variant],
    other: &str,
) -> TokenStream {
    let rt = &cx.rt;
    let docs = doc(&def.doc);
    let cfg = cx.gates.model(&def.name).cfg();
    let name = ident(&def.name);
    let other = ident(other);
    let arms = variants.iter().map(|v| {
        let variant = ident(&v.name);
        quote!(Self::#variant(value) => #rt::Validate::validate(value, at),)
    });
    let checks = cx
        .ruled
        .contains(&def.name)
        .then(|| quote!(match self { #(#arms)* Self::#other(_) => Ok(()) }?;));
    let validate = validate_impl(cx, &def.name, checks.into_iter().collect());
    let froms = variants_from(cx, def, variants);
    let members = variant_defs(cx, def, variants);
    let other_doc = format!(
        " An object whose `{property}` is none of the above (or that has none), as it came."
    );
    let tags = variants.iter().map(|v| {
        let variant = ident(&v.name);
        let values = &v.tags;
        quote!(#variant = [#(#values),*])
    });
    quote! {
        #docs
        #cfg
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#members)*
            #[doc = #other_doc]
            #other(#rt::__private::serde_json::Value),
        }
        #cfg
        #rt::tagged_union!(#name, #property { #(#tags),* }, #other);
        #froms
        #validate
    }
}

fn union_def(cx: &Cx, def: &TypeDef, variants: &[Variant]) -> TokenStream {
    let rt = &cx.rt;
    let serde_crate = cx.serde_crate;
    let docs = doc(&def.doc);
    let gate = cx.gates.model(&def.name).cfg();
    let name = ident(&def.name);
    let arms = variants.iter().map(|v| {
        let variant = ident(&v.name);
        quote!(Self::#variant(value) => #rt::Validate::validate(value, at),)
    });
    let checks = cx
        .ruled
        .contains(&def.name)
        .then(|| quote!(match self { #(#arms)* }?;));
    let validate = validate_impl(cx, &def.name, checks.into_iter().collect());
    let froms = variants_from(cx, def, variants);
    let variants = variant_defs(cx, def, variants);
    quote! {
        #docs
        #gate
        #[derive(Debug, Clone, PartialEq, #rt::Serialize, #rt::Deserialize)]
        #[serde(crate = #serde_crate, untagged)]
        pub enum #name {
            #(#variants)*
        }
        #froms
        #validate
    }
}

/// `impl Validate` for the model `name` with `checks` of its parts, when the
/// model is part of a request (response models are not checked).
fn validate_impl(cx: &Cx, name: &str, checks: Vec<TokenStream>) -> Option<TokenStream> {
    if !cx.validated.contains(name) {
        return None;
    }
    let (rt, result) = (&cx.rt, &cx.std.result);
    let ty = ident(name);
    let gate = cx.gates.model(name).cfg();
    Some(if checks.is_empty() {
        quote!(#gate impl #rt::Validate for #ty {})
    } else {
        quote! {
            #gate
            impl #rt::Validate for #ty {
                fn validate(&self, at: &#rt::At<'_>) -> #result<(), #rt::Violation> {
                    #(#checks)*
                    Ok(())
                }
            }
        }
    })
}

//! `models.rs`: one Rust type per named schema.

use proc_macro2::TokenStream;
use quote::quote;

use super::{checks, doc, ident, redacted_debug, Cx};
use crate::model::{Api, EnumValue, Field, TypeDef, TypeKind, Variant};

pub(super) fn emit(cx: &Cx, api: &Api) -> TokenStream {
    let types = api.types.iter().map(|def| type_def(cx, def));
    quote!(#(#types)*)
}

fn type_def(cx: &Cx, def: &TypeDef) -> TokenStream {
    match &def.kind {
        TypeKind::Struct(fields) => struct_def(cx, def, fields),
        TypeKind::Enum(values) => enum_def(cx, def, values),
        TypeKind::Union(variants) => union_def(cx, def, variants),
        TypeKind::Alias(ty) => {
            let docs = doc(&def.doc);
            let name = ident(&def.name);
            let ty = cx.rust_type(ty);
            quote! {
                #docs
                pub type #name = #ty;
            }
        }
    }
}

fn struct_def(cx: &Cx, def: &TypeDef, fields: &[Field]) -> TokenStream {
    let rt = &cx.rt;
    let serde_attr = &cx.serde_attr;
    let docs = doc(&def.doc);
    let name = ident(&def.name);
    let all_optional = fields.iter().all(|f| !f.required);
    let has_secret = fields.iter().any(|f| f.secret);
    let mut derives = vec![quote!(Clone), quote!(PartialEq)];
    if !has_secret {
        derives.insert(0, quote!(Debug));
    }
    if all_optional {
        derives.push(quote!(Default));
    }
    let members = fields.iter().map(|field| {
        let docs = doc(&field.doc);
        let field_name = ident(&field.rust_name);
        let json_name = &field.json_name;
        let ty = cx.rust_type(&field.ty);
        if field.required {
            quote! {
                #docs
                #[serde(rename = #json_name)]
                pub #field_name: #ty,
            }
        } else {
            quote! {
                #docs
                #[serde(rename = #json_name, default, skip_serializing_if = "Option::is_none")]
                pub #field_name: ::std::option::Option<#ty>,
            }
        }
    });
    let debug = has_secret.then(|| {
        redacted_debug(
            &def.name,
            fields.iter().map(|f| (f.rust_name.as_str(), f.secret)),
        )
    });
    let field_checks: Vec<TokenStream> = fields
        .iter()
        .filter_map(|field| {
            let json_name = &field.json_name;
            checks(
                cx,
                &field.rust_name,
                quote!(at.field(#json_name)),
                &field.ty,
                field.required,
                &field.constraints,
            )
        })
        .collect();
    let at = if field_checks.is_empty() {
        quote!(_at)
    } else {
        quote!(at)
    };
    quote! {
        #docs
        #[derive(#(#derives),*, #rt::__private::serde::Serialize, #rt::__private::serde::Deserialize)]
        #serde_attr
        pub struct #name {
            #(#members)*
        }
        #debug

        impl #rt::Validate for #name {
            fn validate(&self, #at: &#rt::At<'_>) -> ::std::result::Result<(), #rt::Violation> {
                #(#field_checks)*
                Ok(())
            }
        }
    }
}

fn enum_def(cx: &Cx, def: &TypeDef, values: &[EnumValue]) -> TokenStream {
    let rt = &cx.rt;
    let docs = doc(&def.doc);
    let name = ident(&def.name);
    let variants = values.iter().map(|v| {
        let mut lines = vec![format!("`{}`", v.value)];
        if !v.doc.is_empty() {
            lines.push(String::new());
            lines.extend(v.doc.iter().cloned());
        }
        let docs = doc(&lines);
        let variant = ident(&v.variant);
        quote!(#docs #variant,)
    });
    let idents: Vec<_> = values.iter().map(|v| ident(&v.variant)).collect();
    let wire: Vec<&str> = values.iter().map(|v| v.value.as_str()).collect();
    quote! {
        #docs
        ///
        /// Values this client does not know yet are kept in [`Self::Other`], so a
        /// value the server starts sending later does not fail a response.
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #(#variants)*
            /// A value this client does not know yet, as sent by the server.
            Other(::std::string::String),
        }

        impl #name {
            /// The values this client knows, as sent on the wire.
            pub const KNOWN_VALUES: &'static [&'static str] = &[#(#wire),*];

            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#idents => #wire,)*
                    Self::Other(value) => value.as_str(),
                }
            }
        }

        impl ::std::convert::From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#wire => Self::#idents,)*
                    other => Self::Other(other.to_owned()),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for #name {
            fn from(value: ::std::string::String) -> Self {
                match value.as_str() {
                    #(#wire => Self::#idents,)*
                    _ => Self::Other(value),
                }
            }
        }

        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;

            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl #rt::__private::serde::Serialize for #name {
            fn serialize<S: #rt::__private::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> #rt::__private::serde::Deserialize<'de> for #name {
            fn deserialize<D: #rt::__private::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                <::std::string::String as #rt::__private::serde::Deserialize>::deserialize(deserializer).map(Self::from)
            }
        }

        impl #rt::Validate for #name {
            fn validate(&self, _at: &#rt::At<'_>) -> ::std::result::Result<(), #rt::Violation> {
                Ok(())
            }
        }
    }
}

fn union_def(cx: &Cx, def: &TypeDef, variants: &[Variant]) -> TokenStream {
    let rt = &cx.rt;
    let serde_attr = &cx.serde_attr;
    let docs = doc(&def.doc);
    let name = ident(&def.name);
    let arms = variants.iter().map(|v| {
        let variant = ident(&v.name);
        quote!(Self::#variant(value) => #rt::Validate::validate(value, at),)
    });
    let variants = variants.iter().map(|v| {
        let docs = doc(&v.doc);
        let variant = ident(&v.name);
        let ty = cx.rust_type(&v.ty);
        quote!(#docs #variant(#ty),)
    });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, #rt::__private::serde::Serialize, #rt::__private::serde::Deserialize)]
        #serde_attr
        #[serde(untagged)]
        pub enum #name {
            #(#variants)*
        }

        impl #rt::Validate for #name {
            fn validate(&self, at: &#rt::At<'_>) -> ::std::result::Result<(), #rt::Violation> {
                match self {
                    #(#arms)*
                }
            }
        }
    }
}

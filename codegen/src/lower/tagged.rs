//! The tag of a tagged union belongs to the union: a model that is only ever
//! a variant of unions tagged by one property does not hold that property
//! as a field of its own. The union writes the variant's tag when it is
//! serialized, and reads the variant by it, so a value cannot carry a tag
//! that contradicts its variant, and building one does not repeat it
//! (`RobotMessage::from(RobotMarkdownMessage { markdown, .. })`). A type
//! made for that property alone (its inline single-value enum) goes with it.

use std::collections::{HashMap, HashSet};

use crate::model::{Api, Type, TypeKind};

/// How a named type is used.
#[derive(Debug, PartialEq)]
enum Use {
    /// A variant of a union tagged by this property.
    Variant { property: String },
    /// Anything else: a field, an alias, an untagged variant, an operation's type.
    Other,
}

/// Drops the tag property from the models that are only variants of unions
/// tagged by it; `components` are the types of component schemas, which
/// stay even when nothing uses them any more.
pub(super) fn drop_tags_held_by_unions(api: &mut Api, components: &HashSet<String>) {
    let uses = uses(api);
    let mut dropped: HashSet<String> = HashSet::new();
    for def in &mut api.types {
        let TypeKind::Struct(fields) = &mut def.kind else {
            continue;
        };
        let Some(def_uses) = uses.get(&def.name) else {
            continue;
        };
        let property = match def_uses.first() {
            Some(Use::Variant { property }) => property.clone(),
            _ => continue,
        };
        let one_tag = def_uses
            .iter()
            .all(|u| matches!(u, Use::Variant { property: p } if *p == property));
        if !one_tag {
            continue;
        }
        let Some(at) = fields
            .iter()
            .position(|f| f.json_name == property && !f.flatten)
        else {
            continue;
        };
        let field = fields.remove(at);
        if let Some(name) = field.ty.named() {
            dropped.insert(name.to_owned());
        }
    }
    // A type that only the dropped fields held, not a component, goes too.
    if !dropped.is_empty() {
        let uses = self::uses(api);
        api.types.retain(|def| {
            !dropped.contains(&def.name)
                || components.contains(&def.name)
                || uses.contains_key(&def.name)
        });
    }
}

/// Every use of every named type.
fn uses(api: &Api) -> HashMap<String, Vec<Use>> {
    let mut uses: HashMap<String, Vec<Use>> = HashMap::new();
    for name in api.operations.iter().flat_map(|op| op.models()) {
        uses.entry(name).or_default().push(Use::Other);
    }
    for def in &api.types {
        let held: Vec<(&Type, Use)> = match &def.kind {
            TypeKind::Tagged {
                property, variants, ..
            } => variants
                .iter()
                .map(|variant| {
                    let property = property.clone();
                    (&variant.ty, Use::Variant { property })
                })
                .collect(),
            kind => kind.held_types().map(|ty| (ty, Use::Other)).collect(),
        };
        for (ty, how) in held {
            // A variant in a `Vec` or a map is not the variant itself.
            let how = match ty {
                Type::Named(_) => how,
                _ => Use::Other,
            };
            if let Some(name) = ty.named() {
                uses.entry(name.to_owned()).or_default().push(how);
            }
        }
    }
    uses
}

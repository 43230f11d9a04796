//! Cargo features per tag ([`Settings::feature_per_tag`](crate::Settings::feature_per_tag)):
//! which feature each operation is compiled under, and which features each
//! model and security scheme constant is needed by.

use std::collections::{BTreeSet, HashMap};

use proc_macro2::TokenStream;
use quote::quote;

use crate::error::Error;
use crate::model::{Api, Operation};

/// The Cargo features the generated code is compiled under: the first tag of
/// every operation that has one, sorted. With `feature_per_tag`, the crate the
/// code is generated into must declare each of them.
pub fn features(api: &Api) -> BTreeSet<String> {
    api.operations
        .iter()
        .filter_map(|op| op.tags.first().cloned())
        .collect()
}

/// The `cfg` of each generated item, by what the item is.
#[derive(Debug, Default, Clone)]
pub(crate) struct Gates {
    /// By operation id: its feature; absent when it has no tag.
    operations: HashMap<String, String>,
    /// By model name: the features it is needed by; absent when it is always needed.
    models: HashMap<String, BTreeSet<String>>,
    /// By security scheme name: the features it is needed by; absent when always needed.
    auths: HashMap<String, BTreeSet<String>>,
    /// Whether there are gates at all.
    enabled: bool,
}

/// What needs an item: always, or only these features.
type Needs = Option<BTreeSet<String>>;

fn add(needs: &mut HashMap<String, Needs>, name: &str, feature: Option<&String>) {
    let entry = needs
        .entry(name.to_owned())
        .or_insert_with(|| Some(BTreeSet::new()));
    match (entry.as_mut(), feature) {
        (Some(set), Some(feature)) => {
            set.insert(feature.clone());
        }
        _ => *entry = None,
    }
}

/// The gates that leave out nothing an included item needs: items needed
/// always (by untagged operations, or by nothing) get none, and so do those
/// needed by every feature when `all` is given.
fn gated(
    needs: HashMap<String, Needs>,
    all: Option<&BTreeSet<String>>,
) -> HashMap<String, BTreeSet<String>> {
    needs
        .into_iter()
        .filter_map(|(name, needs)| Some((name, needs?)))
        .filter(|(_, set)| Some(set) != all)
        .collect()
}

impl Gates {
    /// No gates (the setting off), or a gate for each item from the tags;
    /// `homes` is [`homes`] of `api`.
    pub(crate) fn new(
        api: &Api,
        on: bool,
        homes: &HashMap<String, String>,
    ) -> Result<Gates, Error> {
        if !on {
            return Ok(Gates::default());
        }
        let all = features(api);
        if let Some(bad) = all.iter().find(|f| !is_feature_name(f)) {
            return Err(Error::Emit {
                what: "settings".to_owned(),
                message: format!(
                    "the tag `{bad}` is not a Cargo feature name (ASCII letters, digits, `_`, `-`, `+`, `.`; \
                     not starting with `-`, `+` or `.`): it cannot name a feature with `feature_per_tag`"
                ),
            });
        }
        // An operation in a module is compiled with its module.
        let operations = api
            .operations
            .iter()
            .filter(|op| op.module.is_none())
            .filter_map(|op| Some((op.id.clone(), op.tags.first()?.clone())))
            .collect();
        let index = api.type_index();
        let mut models: HashMap<String, Needs> = HashMap::new();
        for op in &api.operations {
            for name in index.reachable(op.models()) {
                add(&mut models, &name, op.tags.first());
            }
        }
        // A model in a module is compiled with its module.
        models.retain(|name, _| !homes.contains_key(name));
        // A model no operation uses is always compiled, so are those it holds.
        let unused: Vec<String> = api
            .types
            .iter()
            .filter(|def| !models.contains_key(&def.name) && !homes.contains_key(&def.name))
            .map(|def| def.name.clone())
            .collect();
        for name in index.reachable(unused) {
            add(&mut models, &name, None);
        }
        let mut auths: HashMap<String, Needs> = HashMap::new();
        for op in &api.operations {
            if let Some(auth) = &op.auth {
                let key = format!("{}{}", auth.name, if auth.optional { "?" } else { "" });
                add(&mut auths, &key, op.tags.first());
            }
        }
        Ok(Gates {
            operations,
            // Models are public: one every group needs is there without any
            // feature too. A security scheme's constant is private: unused
            // (a warning) without the features of its operations.
            models: gated(models, Some(&all)),
            auths: gated(auths, None),
            enabled: true,
        })
    }

    /// The attributes of the items of operation `op`.
    pub(crate) fn operation(&self, op: &Operation) -> Gate {
        Gate(self.operations.get(&op.id).into_iter().cloned().collect())
    }

    /// The attributes of the items of model `name`.
    pub(crate) fn model(&self, name: &str) -> Gate {
        Gate(self.models.get(name).cloned().unwrap_or_default())
    }

    /// The attributes of the declaration of module `module` (of tag `tag`).
    pub(crate) fn module(&self, tag: &str) -> Gate {
        match self.enabled {
            true => Gate([tag.to_owned()].into()),
            false => Gate::default(),
        }
    }

    /// The attributes of the constant of security scheme `name`.
    pub(crate) fn auth(&self, name: &str, optional: bool) -> Gate {
        let key = format!("{name}{}", if optional { "?" } else { "" });
        Gate(self.auths.get(&key).cloned().unwrap_or_default())
    }
}

/// The features an item is compiled under (any of them); none: always.
#[derive(Debug, Clone, Default)]
pub(crate) struct Gate(BTreeSet<String>);

impl Gate {
    fn predicate(&self) -> Option<TokenStream> {
        let features: Vec<TokenStream> = self
            .0
            .iter()
            .map(|feature| quote!(feature = #feature))
            .collect();
        match features.as_slice() {
            [] => None,
            [one] => Some(one.clone()),
            many => Some(quote!(any(#(#many),*))),
        }
    }

    /// `#[cfg(..)]`: rustdoc shows it on the item in documentation built
    /// with `doc_cfg` (docs.rs), which the crate turns on.
    pub(crate) fn cfg(&self) -> TokenStream {
        match self.predicate() {
            Some(predicate) => quote!(#[cfg(#predicate)]),
            None => TokenStream::new(),
        }
    }
}

/// The module each model is emitted in when only one module's operations
/// use it (through any chain of models); the others are shared.
pub(crate) fn homes(api: &Api) -> HashMap<String, String> {
    if api.modules.is_empty() {
        return HashMap::new();
    }
    let index = api.type_index();
    let mut users: HashMap<String, Needs> = HashMap::new();
    for op in &api.operations {
        for name in index.reachable(op.models()) {
            add(&mut users, &name, op.module.as_ref());
        }
    }
    let mut homes: HashMap<String, String> = users
        .into_iter()
        .filter_map(|(name, modules)| {
            let modules = modules?;
            match modules.len() {
                1 => Some((name, modules.into_iter().next()?)),
                _ => None,
            }
        })
        .collect();
    // What a shared model holds is shared too, even when one module alone
    // reaches it through its operations: a shared model that no operation
    // uses names it from the shared file.
    let shared: Vec<String> = api
        .types
        .iter()
        .filter(|def| !homes.contains_key(&def.name))
        .map(|def| def.name.clone())
        .collect();
    for name in index.reachable(shared) {
        homes.remove(&name);
    }
    homes
}

/// Whether Cargo accepts `name` as a feature name (its ASCII subset).
fn is_feature_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+' | '.'))
}

#[cfg(test)]
mod tests {
    use super::is_feature_name;

    #[test]
    fn feature_names_are_those_cargo_accepts() {
        for good in ["storage", "oauth2", "drive-files", "_x", "a.b+c", "2fa"] {
            assert!(is_feature_name(good), "{good}");
        }
        for bad in ["", "-x", "+x", ".x", "drive files", "a/b", "dép"] {
            assert!(!is_feature_name(bad), "{bad}");
        }
    }
}

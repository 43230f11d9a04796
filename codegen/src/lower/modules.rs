//! What is settled once every operation is lowered: each operation's
//! documented error codes, gathered per namespace (a module, or the root)
//! into one open enum, and, with modules per tag, the module each operation
//! is in and its names there.
//!
//! An error code is documented once, in the examples of an error response:
//! the value at the error schema's code (see `conventions`) names the code,
//! the example's summary describes it. Codes become the variants of the
//! namespace's `ErrorCode` enum (`SpaceNotExist` for `spaceNotExist`); each
//! operation's documentation lists its own, as it describes them.
//!
//! In a module, an operation's names drop the words at the start of its
//! operationId that the module's name has in a row: `storage_GetSpace` in the
//! module `storage_1_0` is the method `get_space` and the request builder
//! `GetSpace`, `user_Get` in `oapi_user` the method `get`. Those names need only be distinct within the module, and from
//! the models, which a module may re-export.

use std::collections::{HashMap, HashSet};

use super::names::{enum_variant_name, field_name, type_name_or, unique};
use super::{lines, Lowerer};
use crate::load::join;
use crate::model::{CodeSet, ErrorCode, ErrorShape, Example, Module, Operation};

/// The names of Rust's prelude, which a module's own names would shadow.
const PRELUDE: &[&str] = &[
    "AsMut",
    "AsRef",
    "Box",
    "Clone",
    "Copy",
    "Default",
    "DoubleEndedIterator",
    "Drop",
    "Eq",
    "Err",
    "ExactSizeIterator",
    "Extend",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "FromIterator",
    "Into",
    "IntoIterator",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "TryFrom",
    "TryInto",
    "Unpin",
    "Vec",
];

/// Names a module takes in the root, beside the modules themselves.
const ROOT_NAMES: &[&str] = &["models", "builder", "new", "runtime", "base_url"];

impl Lowerer<'_> {
    /// Sets the codes and (with `modules`) module of every operation, and
    /// returns the modules in the order of their first operation, and the
    /// error codes of the operations of no module.
    pub(super) fn organize(
        &mut self,
        operations: &mut [Operation],
        shape: &ErrorShape,
        modules: bool,
    ) -> (Vec<Module>, CodeSet) {
        for op in operations.iter_mut() {
            op.codes = codes(op, &shape.code);
        }
        let mut found: Vec<Module> = Vec::new();
        if modules {
            found = self.modules(operations);
        }
        // The names each module has taken: every model's, and the client's.
        let models: HashSet<String> = self.type_names.keys().cloned().collect();
        let mut taken: HashMap<String, HashSet<String>> = HashMap::new();
        let mut methods: HashMap<(String, String), String> = HashMap::new();
        for op in operations.iter_mut() {
            let Some(module) = op.module.clone() else {
                continue;
            };
            let method = short_method_name(&op.method_name, &module);
            if let Some(first) = methods.get(&(module.clone(), method.clone())) {
                let e = self.err(
                    &join(&pointer(op), "operationId"),
                    format!(
                        "operationId `{}` gives the method `{method}` in the module `{module}`, as the operation `{first}` does",
                        op.id
                    ),
                );
                self.errors.push(e);
                continue;
            }
            methods.insert((module.clone(), method.clone()), op.id.clone());
            let names = taken.entry(module).or_insert_with(|| {
                let mut names = models.clone();
                names.insert("Client".to_owned());
                names
            });
            // The names the operation took in the root are its own to keep.
            names.remove(&op.builder_name);
            if let Some(input) = &op.input_struct {
                names.remove(input);
            }
            let mut claim = |base: String| {
                let name = unique(&base, "", |name| names.contains(name));
                names.insert(name.clone());
                name
            };
            // A name of the prelude (`Send`) would shadow it where the
            // module is imported with `*`: the builder keeps its full name.
            let short = type_name_or(&method, "Operation");
            let builder = match PRELUDE.contains(&short.as_str()) {
                true => op.builder_name.clone(),
                false => claim(short),
            };
            op.input_struct = op
                .input_struct
                .as_ref()
                .map(|_| claim(format!("{builder}Input")));
            op.outcome = op
                .outcome
                .as_ref()
                .map(|_| claim(format!("{builder}Outcome")));
            op.error_enum = op
                .error_enum
                .as_ref()
                .map(|_| claim(format!("{builder}ErrorBody")));
            op.builder_name = builder;
            op.method_name = method;
        }
        for module in &mut found {
            let names = taken.entry(module.name.clone()).or_default();
            let name = unique("ErrorCode", "", |name| names.contains(name));
            names.insert(name.clone());
            module.codes.name = name;
        }
        let mut root = CodeSet::default();
        if operations.iter().any(|op| op.module.is_none()) {
            root.name = self.claim_type_name("ErrorCode", "#/paths");
        }
        for op in operations.iter_mut() {
            let set = match &op.module {
                Some(name) => match found.iter_mut().find(|m| &m.name == name) {
                    Some(module) => &mut module.codes,
                    None => continue,
                },
                None => &mut root,
            };
            for code in &mut op.codes {
                code.variant = variant_in(set, code);
            }
        }
        (found, root)
    }

    /// Puts each tagged operation in the module of its first tag.
    fn modules(&mut self, operations: &mut [Operation]) -> Vec<Module> {
        let tag_docs: HashMap<&str, Vec<String>> = self
            .doc
            .tags
            .iter()
            .map(|tag| {
                let doc = tag.description.as_deref().map(lines).unwrap_or_default();
                (tag.name.as_str(), doc)
            })
            .collect();
        let root_methods: HashSet<String> = operations
            .iter()
            .filter(|op| op.tags.is_empty())
            .map(|op| op.method_name.clone())
            .collect();
        let mut modules: Vec<Module> = Vec::new();
        for op in operations.iter_mut() {
            let Some(tag) = op.tags.first() else {
                continue;
            };
            let name = field_name(tag);
            match modules.iter().find(|m| m.name == name) {
                Some(module) if module.tag != *tag => {
                    let e = self.err(
                        &join(&pointer(op), "tags"),
                        format!(
                            "the tags `{}` and `{tag}` both give the module `{name}`",
                            module.tag
                        ),
                    );
                    self.errors.push(e);
                    continue;
                }
                Some(_) => {}
                None if ROOT_NAMES.contains(&name.as_str()) || root_methods.contains(&name) => {
                    let e = self.err(
                        &join(&pointer(op), "tags"),
                        format!("the tag `{tag}` gives the module `{name}`, a name the client's root already has"),
                    );
                    self.errors.push(e);
                    continue;
                }
                None => modules.push(Module {
                    name: name.clone(),
                    tag: tag.clone(),
                    doc: tag_docs.get(tag.as_str()).cloned().unwrap_or_default(),
                    codes: CodeSet::default(),
                }),
            }
            op.module = Some(name);
        }
        modules
    }
}

/// The JSON pointer of an operation.
fn pointer(op: &Operation) -> String {
    join(
        &join("#/paths", &op.path),
        &op.method.as_str().to_lowercase(),
    )
}

/// `method` (snake_case) without the words it starts with that `module`
/// starts with too: `storage_get_space` in `storage_1_0` is `get_space`. The
/// whole name when nothing would be left.
fn short_method_name(method: &str, module: &str) -> String {
    let words: Vec<&str> = method.split('_').collect();
    let module: Vec<&str> = module.split('_').collect();
    // The most words the method's first ones share with a run of the
    // module's: `robot` of `robot_send` in the module `oapi_robot`.
    let shared = (0..module.len())
        .map(|start| {
            words
                .iter()
                .zip(&module[start..])
                .take_while(|(a, b)| a == b)
                .count()
        })
        .max()
        .unwrap_or(0);
    match words[shared..].join("_") {
        rest if rest.is_empty() || !super::names::is_ident(&rest) => method.to_owned(),
        rest => field_name(&rest),
    }
}

/// The variant of `code` in `set`: the one it has there, or a new one,
/// described as `code` is.
fn variant_in(set: &mut CodeSet, code: &ErrorCode) -> String {
    if let Some(known) = set.codes.iter().find(|known| known.code == code.code) {
        return known.variant.clone();
    }
    // A code that is no name (`40014`) is named by its example (`invalidToken`).
    let named = code.code.starts_with(|c: char| c.is_ascii_alphabetic());
    let base = match (&code.hint, named) {
        (Some(hint), false) => enum_variant_name(hint, set.codes.len()),
        _ => enum_variant_name(&code.code, set.codes.len()),
    };
    let variant = unique(&base, "", |name| {
        name == "Other" || set.codes.iter().any(|known| known.variant == name)
    });
    set.codes.push(ErrorCode {
        variant: variant.clone(),
        ..code.clone()
    });
    variant
}

/// The codes the examples of `op`'s error responses document, each once, at
/// `code_path` in the example; their variants are set by the namespace's
/// [`CodeSet`].
fn codes(op: &Operation, code_path: &[String]) -> Vec<ErrorCode> {
    let mut codes: Vec<ErrorCode> = Vec::new();
    let mut add = |status: &str, example: &Example, code: String| {
        if codes.iter().all(|known| known.code != code) {
            codes.push(ErrorCode {
                code,
                variant: String::new(),
                status: status.to_owned(),
                doc: example.summary.as_deref().map(lines).unwrap_or_default(),
                hint: example.name.clone(),
            });
        }
    };
    // Errors inside a success: the examples whose status is not success.
    if let Some(body) = &op.body_status {
        for success in &op.successes {
            for example in &success.examples {
                let value = &example.value;
                let failed = value
                    .pointer(&body.status)
                    .is_some_and(|s| *s != body.success);
                let code = value.pointer(&body.code).and_then(scalar_text);
                if let (true, Some(code)) = (failed, code) {
                    add(&success.status, example, code);
                }
            }
        }
    }
    if code_path.is_empty() {
        return codes;
    }
    for error in &op.errors {
        for example in &error.examples {
            let code = code_path
                .iter()
                .try_fold(&example.value, |value, key| value.get(key))
                .and_then(|code| code.as_str());
            if let Some(code) = code {
                add(&error.status, example, code.to_owned());
            }
        }
    }
    codes
}

/// The text of a JSON scalar, as a code is compared: a string as it is, a
/// number or boolean as written.
fn scalar_text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(_) | serde_json::Value::Bool(_) => Some(value.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::short_method_name;

    #[test]
    fn method_names_drop_the_words_they_share_with_the_module() {
        assert_eq!(
            short_method_name("storage_get_space", "storage_1_0"),
            "get_space"
        );
        assert_eq!(
            short_method_name("storage_2_0_get_space", "storage_2_0"),
            "get_space"
        );
        assert_eq!(short_method_name("get_space", "storage"), "get_space");
        assert_eq!(short_method_name("storage", "storage"), "storage");
        assert_eq!(
            short_method_name("storage_1_0", "storage_1_0_x"),
            "storage_1_0"
        );
        // A run of the module's words further in (the module of one host's
        // users, `oapi_user`).
        assert_eq!(short_method_name("user_get", "oapi_user"), "get");
        assert_eq!(
            short_method_name("jsapi_get_ticket", "oapi_media"),
            "jsapi_get_ticket"
        );
        // What is left must start as a name may.
        assert_eq!(short_method_name("v1_2_list", "v1"), "v1_2_list");
    }
}

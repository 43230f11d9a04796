//! The generated module tree as one file, its modules inline, for a build
//! script to write into `OUT_DIR` and a crate to `include!`.

use std::collections::BTreeMap;

use syn::ext::IdentExt;

use super::File;
use crate::error::Error;

/// The generated module tree `files` as one source file: `mod.rs` with each
/// module it declares (`pub mod models;`) inline, `pub mod models { .. }`,
/// holding the items of that module's file. A module's documentation stays
/// on its declaration; its items name the shared models as
/// `super::models`, as they do in their own files. The file begins with
/// `mod.rs`'s header, says which spec it is generated from, is formatted, and
/// has no inner attributes, so that `include!` takes it.
///
/// An error names what is not one module tree: a file `mod.rs` does not
/// declare (with [`Settings::module_crates`](crate::Settings::module_crates)
/// each module is a crate of its own), a module without a file, or inner
/// attributes in `mod.rs`.
pub fn single_file(files: &[File]) -> Result<String, Error> {
    let not_one = |message: String| Error::NotOneFile(message);
    let root = files
        .iter()
        .find(|file| file.name == "mod.rs")
        .ok_or_else(|| not_one("there is no mod.rs, the root of the module tree".to_owned()))?;
    let mut modules: BTreeMap<&str, &File> = files
        .iter()
        .filter(|file| file.name != "mod.rs")
        .map(|file| (file.name.as_str(), file))
        .collect();
    let mut tree = parse(root)?;
    if !tree.attrs.is_empty() {
        return Err(not_one(
            "mod.rs has inner attributes (`#![..]`), which an included file cannot have".to_owned(),
        ));
    }
    for item in &mut tree.items {
        let syn::Item::Mod(module) = item else {
            continue;
        };
        if module.content.is_some() {
            continue;
        }
        let name = format!("{}.rs", module.ident.unraw());
        let file = modules.remove(name.as_str()).ok_or_else(|| {
            not_one(format!(
                "mod.rs declares the module `{}`, but there is no {name}",
                module.ident
            ))
        })?;
        let inner = parse(file)?;
        // A file's inner attributes are the inline module's.
        module.attrs.extend(inner.attrs);
        module.content = Some((Default::default(), inner.items));
        module.semi = None;
    }
    if !modules.is_empty() {
        let names: Vec<&str> = modules.into_keys().collect();
        return Err(not_one(format!(
            "mod.rs does not declare {} as modules (with `Settings::module_crates` each module is a crate of its own)",
            names.join(", ")
        )));
    }
    let header: String = root
        .contents
        .lines()
        .take_while(|line| line.starts_with("//"))
        .map(|line| format!("{line}\n"))
        .collect();
    Ok(format!("{header}\n{}", prettyplease::unparse(&tree)))
}

fn parse(file: &File) -> Result<syn::File, Error> {
    syn::parse_file(&file.contents).map_err(|e| Error::Emit {
        what: file.name.clone(),
        message: e.to_string(),
    })
}

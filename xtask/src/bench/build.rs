//! `cargo xtask bench build`: what the DingTalk client costs to compile, with
//! all its API groups and with each alone: the generated lines each feature
//! set compiles, and release build times, warm (dependencies built, the crate
//! rebuilt) and cold (an empty target directory: the crate and every
//! dependency).

use std::path::Path;

use syn::punctuated::Punctuated;
use syn::{Attribute, ImplItem, Item, Meta, Token};

use super::{cargo, cargo_command, measure, median, Run};

/// The feature sets measured: every group (the default), each alone, none.
const SETS: [(&str, Option<&str>); 5] = [
    ("all (default)", None),
    ("storage_1_0", Some("storage_1_0")),
    ("drive_1_0", Some("drive_1_0")),
    ("oauth2_1_0", Some("oauth2_1_0")),
    ("none", Some("")),
];

/// The feature sets built cold: every group and storage alone.
const COLD_SETS: usize = 2;

/// What `bench build` was asked for.
#[derive(clap::Args, Debug)]
pub struct Settings {
    /// Warm builds of each feature set; the median is shown
    #[arg(long, default_value_t = 3, value_parser = crate::at_least_one)]
    pub runs: usize,
    /// Cold builds of each of the first feature sets (0 for none)
    #[arg(long, default_value_t = 1)]
    pub cold_runs: usize,
}

pub fn build(root: &Path, settings: &Settings) -> Result<(), String> {
    let features: Vec<Vec<String>> = SETS
        .iter()
        .map(|(_, set)| enabled(root, *set))
        .collect::<Result<_, _>>()?;
    let lines: Vec<Lines> = features
        .iter()
        .map(|on| compiled_lines(root, on))
        .collect::<Result<_, _>>()?;

    let dir = root.join("target/bench/build");
    std::fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let mut warm = vec![];
    for (name, set) in SETS {
        eprintln!("warm builds, features: {name}");
        cargo(root, &build_args(set))?;
        let mut runs = vec![];
        for _ in 0..settings.runs {
            cargo(
                root,
                &["clean", "--release", "--quiet", "-p", "dingtalk-openapi"],
            )?;
            runs.push(measure(&dir, cargo_command(root, &build_args(set), None))?.0);
        }
        warm.push(runs);
    }
    let mut cold = vec![];
    let cold_target = dir.join("cold-target");
    for (name, set) in &SETS[..COLD_SETS] {
        let mut runs = vec![];
        for run in 1..=settings.cold_runs {
            eprintln!(
                "cold build {run} of {}, features: {name}",
                settings.cold_runs
            );
            if cold_target.exists() {
                std::fs::remove_dir_all(&cold_target)
                    .map_err(|e| format!("removing {}: {e}", cold_target.display()))?;
            }
            let command = cargo_command(root, &build_args(*set), Some(&cold_target));
            runs.push(measure(&dir, command)?.0);
        }
        cold.push(runs);
    }
    std::fs::remove_dir_all(&cold_target).ok();

    println!(
        "{}",
        report(&lines, &warm, &cold, operations(root)?, settings)
    );
    Ok(())
}

fn build_args(set: Option<&str>) -> Vec<&str> {
    let mut args = vec!["build", "--release", "--quiet", "-p", "dingtalk-openapi"];
    if let Some(features) = set {
        args.extend(["--no-default-features", "--features", features]);
    }
    args
}

/// The client's features a set turns on: the named ones, or the default ones.
fn enabled(root: &Path, set: Option<&str>) -> Result<Vec<String>, String> {
    match set {
        Some(features) => Ok(features
            .split(',')
            .filter(|f| !f.is_empty())
            .map(str::to_owned)
            .collect()),
        None => crate::gen::default_features(root),
    }
}

/// The number of operations in the client's spec.
fn operations(root: &Path) -> Result<usize, String> {
    let lowered = codegen::lower::lower(&crate::gen::load(root)?).map_err(|e| e.to_string())?;
    Ok(lowered.api.operations.len())
}

/// Lines of generated code, all of them and those that are neither blank
/// nor comments.
#[derive(Clone, Copy, Default, PartialEq, Debug)]
struct Lines {
    all: usize,
    code: usize,
}

impl Lines {
    fn of(text: &str) -> Lines {
        let code = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with("//"))
            .count();
        Lines {
            all: text.lines().count(),
            code,
        }
    }
}

/// The generated lines compiled with the features `on`: the generated
/// modules without the items (and methods) whose `cfg` is off, as printed.
fn compiled_lines(root: &Path, on: &[String]) -> Result<Lines, String> {
    let mut total = Lines::default();
    for (module, path) in crate::gen::rust_files(on) {
        let path = root.join(path);
        let source = match std::fs::read_to_string(&path) {
            Ok(source) => source,
            // A feature that is no module.
            Err(_) if module.is_some() => continue,
            Err(e) => return Err(format!("reading {}: {e}", path.display())),
        };
        let lines = lines_with(&source, on).map_err(|e| format!("{}: {e}", path.display()))?;
        total.all += lines.all;
        total.code += lines.code;
    }
    Ok(total)
}

fn lines_with(source: &str, on: &[String]) -> syn::Result<Lines> {
    let mut file = syn::parse_file(source)?;
    keep(&mut file.items, on);
    Ok(Lines::of(&prettyplease::unparse(&file)))
}

/// Leaves out the items, and the methods of `impl` blocks, whose `cfg` is off.
fn keep(items: &mut Vec<Item>, on: &[String]) {
    items.retain(|item| compiled(item_attrs(item), on));
    for item in items {
        match item {
            Item::Impl(block) => block.items.retain(|item| match item {
                ImplItem::Fn(f) => compiled(&f.attrs, on),
                ImplItem::Const(c) => compiled(&c.attrs, on),
                ImplItem::Type(t) => compiled(&t.attrs, on),
                _ => true,
            }),
            Item::Mod(module) => {
                if let Some((_, items)) = &mut module.content {
                    keep(items, on);
                }
            }
            _ => {}
        }
    }
}

fn item_attrs(item: &Item) -> &[Attribute] {
    match item {
        Item::Const(i) => &i.attrs,
        Item::Enum(i) => &i.attrs,
        Item::Fn(i) => &i.attrs,
        Item::Impl(i) => &i.attrs,
        Item::Mod(i) => &i.attrs,
        Item::Static(i) => &i.attrs,
        Item::Struct(i) => &i.attrs,
        Item::Trait(i) => &i.attrs,
        Item::Type(i) => &i.attrs,
        Item::Use(i) => &i.attrs,
        _ => &[],
    }
}

/// Whether every `cfg` of `attrs` holds with the features `on`.
fn compiled(attrs: &[Attribute], on: &[String]) -> bool {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("cfg"))
        .all(|attr| attr.parse_args::<Meta>().is_ok_and(|meta| holds(&meta, on)))
}

/// Evaluates a `cfg` predicate over features; other options are taken as set.
fn holds(meta: &Meta, on: &[String]) -> bool {
    let nested = |list: &syn::MetaList| {
        list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
            .map(|metas| metas.into_iter().collect::<Vec<_>>())
            .unwrap_or_default()
    };
    match meta {
        Meta::NameValue(pair) if pair.path.is_ident("feature") => match &pair.value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(name),
                ..
            }) => on.contains(&name.value()),
            _ => true,
        },
        Meta::List(list) if list.path.is_ident("any") => {
            nested(list).iter().any(|meta| holds(meta, on))
        }
        Meta::List(list) if list.path.is_ident("all") => {
            nested(list).iter().all(|meta| holds(meta, on))
        }
        Meta::List(list) if list.path.is_ident("not") => {
            !nested(list).iter().all(|meta| holds(meta, on))
        }
        _ => true,
    }
}

fn report(
    lines: &[Lines],
    warm: &[Vec<Run>],
    cold: &[Vec<Run>],
    operations: usize,
    settings: &Settings,
) -> String {
    let seconds = |runs: &[Run]| {
        if runs.is_empty() {
            return "not run".to_owned();
        }
        let wall = median(runs.iter().map(|run| run.seconds).collect());
        let cpu = median(runs.iter().map(|run| run.cpu_seconds).collect());
        format!("{wall:.1} s ({cpu:.1} s CPU)")
    };
    let all = lines[0];
    let mut out = format!(
        "Generated lines compiled (blank and comment lines left out in brackets); \
         {operations} operations, {} ({}) lines per operation with all features.\n\
         Release builds of dingtalk-openapi, median wall time (CPU time, user + system) \
         of {} warm and {} cold runs.\n\n\
         | features | generated lines | share | warm build | cold build |\n\
         |---|---|---|---|---|\n",
        all.all / operations.max(1),
        all.code / operations.max(1),
        settings.runs,
        settings.cold_runs,
    );
    for (i, (name, _)) in SETS.iter().enumerate() {
        let share = 100.0 * lines[i].all as f64 / all.all.max(1) as f64;
        out += &format!(
            "| {name} | {} ({}) | {share:.0}% | {} | {} |\n",
            lines[i].all,
            lines[i].code,
            seconds(&warm[i]),
            cold.get(i)
                .map_or("not run".to_owned(), |runs| seconds(runs)),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = r#"
/// Always.
pub struct Shared;
#[cfg(feature = "a")]
pub struct OnlyA;
#[cfg(any(feature = "a", feature = "b"))]
pub struct AOrB;
impl Shared {
    #[cfg(feature = "b")]
    pub fn only_b(&self) {}
    pub fn always(&self) {}
}
"#;

    fn names(on: &[&str]) -> String {
        let on: Vec<String> = on.iter().map(|s| s.to_string()).collect();
        let mut file = syn::parse_file(SOURCE).unwrap();
        keep(&mut file.items, &on);
        prettyplease::unparse(&file)
    }

    #[test]
    fn items_whose_cfg_is_off_are_left_out() {
        let none = names(&[]);
        assert!(none.contains("struct Shared") && none.contains("fn always"));
        assert!(!none.contains("OnlyA") && !none.contains("AOrB") && !none.contains("only_b"));
        let a = names(&["a"]);
        assert!(a.contains("OnlyA") && a.contains("AOrB") && !a.contains("only_b"));
        let b = names(&["b"]);
        assert!(!b.contains("OnlyA") && b.contains("AOrB") && b.contains("only_b"));
    }

    #[test]
    fn lines_count_code_apart_from_comments_and_blanks() {
        let lines = Lines::of("/// doc\nfn f() {}\n\n// note\nstruct S;\n");
        assert_eq!(lines, Lines { all: 5, code: 2 });
    }

    #[test]
    fn the_client_compiles_less_with_fewer_features() {
        let root = crate::workspace_root();
        let all = compiled_lines(&root, &crate::gen::default_features(&root).unwrap()).unwrap();
        let storage = compiled_lines(&root, &["storage_1_0".to_owned()]).unwrap();
        let none = compiled_lines(&root, &[]).unwrap();
        assert!(
            none.all < storage.all && storage.all < all.all,
            "{none:?} {storage:?} {all:?}"
        );
    }
}

//! `cargo xtask reference`: `spec/reference/` written from DingTalk's official
//! SDK by `tools/sdk_reference.py`; and `cargo xtask coverage [--check |
//! --write]`: per module, the operations of the reference and of the spec,
//! the table README.md shows.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// The script that reads the SDK, relative to the workspace root.
const TOOL: &str = "tools/sdk_reference.py";
/// The reference's list of modules, relative to the workspace root.
const MODULES: &str = "spec/reference/modules.tsv";
/// The bundled spec, relative to the workspace root.
const BUNDLE: &str = "spec/dingtalk.json";
/// The file with the coverage table, and the markers around it.
const README: &str = "README.md";
const START: &str = "<!-- coverage: written by `cargo xtask coverage --write` -->";
const END: &str = "<!-- end of coverage -->";

/// Runs the script with `args` (`--wheel FILE`, `--out DIR`).
pub(crate) fn reference(root: &Path, args: &[String]) -> Result<(), String> {
    let status = Command::new("python3")
        .arg(root.join(TOOL))
        .args(args)
        .current_dir(root)
        .status()
        .map_err(|e| format!("cannot run python3 {TOOL}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{TOOL} failed ({status})"))
    }
}

/// Whether a module of the spec is curated or drafted: its tag's
/// `x-drafted: true` marks it drafted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Curated,
    Drafted,
}

/// One module's row of the table.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Module {
    /// Operations in `spec/reference/`; `None` for a module DingTalk's SDK
    /// does not have.
    reference: Option<usize>,
    /// Operations in the spec.
    spec: usize,
    status: Option<Status>,
}

/// `modules.tsv`'s `module` and `operations` columns.
fn reference_counts(text: &str) -> Result<Vec<(String, usize)>, String> {
    rows(text, MODULES, &["module", "operations"])?
        .iter()
        .map(|row| {
            let module = cell(row, "module", MODULES)?;
            let count = cell(row, "operations", MODULES)?
                .parse()
                .map_err(|_| format!("{MODULES}: no operation count for `{module}`"))?;
            Ok((module.to_owned(), count))
        })
        .collect()
}

/// Per module: the reference's operations and the spec's, from the text of
/// `modules.tsv` and the bundled spec.
fn coverage_of(modules_tsv: &str, spec: &Value) -> Result<BTreeMap<String, Module>, String> {
    let mut modules: BTreeMap<String, Module> = BTreeMap::new();
    for (module, count) in reference_counts(modules_tsv)? {
        modules.entry(module).or_default().reference = Some(count);
    }
    let paths = spec["paths"]
        .as_object()
        .ok_or_else(|| format!("{BUNDLE}: no paths"))?;
    for item in paths.values() {
        for operation in item.as_object().into_iter().flat_map(|o| o.values()) {
            if operation.get("operationId").is_none() {
                continue;
            }
            let tag = operation["tags"][0].as_str().unwrap_or("(untagged)");
            modules.entry(tag.to_owned()).or_default().spec += 1;
        }
    }
    for tag in spec["tags"].as_array().into_iter().flatten() {
        let Some(name) = tag["name"].as_str() else {
            continue;
        };
        if let Some(module) = modules.get_mut(name) {
            if module.spec > 0 {
                module.status = Some(if tag["x-drafted"] == true {
                    Status::Drafted
                } else {
                    Status::Curated
                });
            }
        }
    }
    for module in modules.values_mut() {
        if module.spec > 0 && module.status.is_none() {
            module.status = Some(Status::Curated);
        }
    }
    Ok(modules)
}

/// The coverage table in Markdown, with a line of totals.
fn table(modules: &BTreeMap<String, Module>) -> String {
    let mut out = String::from(
        "| module | operations in the reference | operations in the spec | status |\n\
         |---|---:|---:|---|\n",
    );
    let (mut reference, mut spec, mut curated, mut drafted) = (0, 0, 0, 0);
    for (name, module) in modules {
        let status = match module.status {
            Some(Status::Curated) => {
                curated += 1;
                "curated"
            }
            Some(Status::Drafted) => {
                drafted += 1;
                "drafted"
            }
            None => "",
        };
        reference += module.reference.unwrap_or(0);
        spec += module.spec;
        let listed = module
            .reference
            .map_or_else(|| "not in the SDK".to_owned(), |n| n.to_string());
        out.push_str(&format!(
            "| `{name}` | {listed} | {} | {status} |\n",
            module.spec
        ));
    }
    let in_sdk = modules.values().filter(|m| m.reference.is_some()).count();
    let in_spec = modules
        .values()
        .filter(|m| m.reference.is_some() && m.spec > 0)
        .count();
    out.push_str(&format!(
        "| **total: {in_spec} of the SDK's {in_sdk} modules in the spec** | **{reference}** | \
         **{spec}** | **{curated} curated, {drafted} drafted** |\n"
    ));
    out
}

fn read(root: &Path, file: &str) -> Result<String, String> {
    std::fs::read_to_string(root.join(file)).map_err(|e| format!("cannot read {file}: {e}"))
}

/// The coverage table of the reference and the spec under `root`.
fn coverage_table(root: &Path) -> Result<String, String> {
    let spec: Value =
        serde_json::from_str(&read(root, BUNDLE)?).map_err(|e| format!("{BUNDLE}: {e}"))?;
    Ok(table(&coverage_of(&read(root, MODULES)?, &spec)?))
}

/// `readme` with the text between the coverage markers replaced by `table`.
fn with_table(readme: &str, table: &str) -> Result<String, String> {
    let start = readme
        .find(START)
        .ok_or_else(|| format!("{README} has no line `{START}`"))?
        + START.len();
    let end = readme[start..]
        .find(END)
        .ok_or_else(|| format!("{README} has no line `{END}` after `{START}`"))?
        + start;
    Ok(format!(
        "{}\n\n{table}\n{}",
        &readme[..start],
        &readme[end..]
    ))
}

/// What `coverage` does with the table: print it, check README.md's, or
/// write it there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Coverage {
    Print,
    Check,
    Write,
}

pub(crate) fn coverage(root: &Path, mode: Coverage) -> Result<(), String> {
    let table = coverage_table(root)?;
    if mode == Coverage::Print {
        print!("{table}");
        return Ok(());
    }
    let readme = read(root, README)?;
    let updated = with_table(&readme, &table)?;
    match mode {
        Coverage::Check if updated != readme => Err(format!(
            "{README}'s coverage table is stale: run `cargo xtask coverage --write`"
        )),
        Coverage::Check => {
            println!("{README}'s coverage table is up to date");
            Ok(())
        }
        _ => std::fs::write(root.join(README), updated)
            .map_err(|e| format!("cannot write {README}: {e}")),
    }
}

/// The rows of one of `spec/reference/`'s tables (TSV with a header line
/// that has the `required` columns) as maps from column to (unescaped) cell.
pub(crate) fn rows(
    text: &str,
    file: &str,
    required: &[&str],
) -> Result<Vec<BTreeMap<String, String>>, String> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines
        .next()
        .ok_or_else(|| format!("{file}: no header line"))?
        .split('\t')
        .collect();
    if let Some(missing) = required.iter().find(|column| !header.contains(column)) {
        return Err(format!("{file}: no column `{missing}`"));
    }
    lines
        .filter(|line| !line.is_empty())
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            if cells.len() != header.len() {
                return Err(format!(
                    "{file}: {} cells where the header has {}: `{line}`",
                    cells.len(),
                    header.len()
                ));
            }
            Ok(header
                .iter()
                .zip(cells)
                .map(|(column, cell)| ((*column).to_owned(), unescape(cell)))
                .collect())
        })
        .collect()
}

pub(crate) fn cell<'a>(
    row: &'a BTreeMap<String, String>,
    column: &str,
    file: &str,
) -> Result<&'a str, String> {
    row.get(column)
        .map(String::as_str)
        .ok_or_else(|| format!("{file}: no column `{column}`"))
}

/// A cell of the tables, unescaped (`\\`, `\t`, `\r`, `\n`).
fn unescape(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    let mut chars = cell.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('n') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const MODULES_TSV: &str = "module\tversion\toperations\tmodels\n\
        robot_1_0\trobot_1.0\t30\t80\n\
        storage_1_0\tstorage_1.0\t46\t200\n\
        todo_1_0\ttodo_1.0\t20\t60\n";

    fn spec() -> Value {
        json!({
            "tags": [
                {"name": "storage_1_0"},
                {"name": "todo_1_0", "x-drafted": true},
            ],
            "paths": {
                "/v1.0/storage/a": {
                    "get": {"operationId": "storage_A", "tags": ["storage_1_0"]},
                    "post": {"operationId": "storage_B", "tags": ["storage_1_0"]},
                    "parameters": [],
                },
                "/v1.0/todo/a": {"get": {"operationId": "todo_A", "tags": ["todo_1_0"]}},
                "/media/upload": {"post": {"operationId": "oapi_Upload", "tags": ["oapi"]}},
            }
        })
    }

    #[test]
    fn the_table_counts_each_module_and_the_totals() {
        let modules = coverage_of(MODULES_TSV, &spec()).unwrap();
        assert_eq!(
            table(&modules),
            "| module | operations in the reference | operations in the spec | status |\n\
             |---|---:|---:|---|\n\
             | `oapi` | not in the SDK | 1 | curated |\n\
             | `robot_1_0` | 30 | 0 |  |\n\
             | `storage_1_0` | 46 | 2 | curated |\n\
             | `todo_1_0` | 20 | 1 | drafted |\n\
             | **total: 2 of the SDK's 3 modules in the spec** | **96** | **4** | \
             **2 curated, 1 drafted** |\n"
        );
    }

    #[test]
    fn the_readme_section_between_the_markers_is_replaced() {
        let readme = format!("# A\n\n{START}\n\nold\n{END}\n\nafter\n");
        let updated = with_table(&readme, "| new |\n").unwrap();
        assert_eq!(
            updated,
            format!("# A\n\n{START}\n\n| new |\n\n{END}\n\nafter\n")
        );
        assert_eq!(with_table(&updated, "| new |\n").unwrap(), updated);
        assert!(with_table("# A\n", "| new |\n")
            .unwrap_err()
            .contains("has no line"));
    }

    #[test]
    fn a_bad_modules_table_is_an_error() {
        assert!(coverage_of("module\tversion\n", &spec()).is_err());
        assert!(coverage_of("module\toperations\nx\tmany\n", &spec()).is_err());
    }

    #[test]
    fn the_readme_table_is_the_workspaces() {
        let root = crate::workspace_root();
        let readme = read(&root, README).unwrap();
        let table = coverage_table(&root).unwrap();
        assert_eq!(
            with_table(&readme, &table).unwrap(),
            readme,
            "run `cargo xtask coverage --write`"
        );
    }
}

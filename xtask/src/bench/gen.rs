//! `cargo xtask bench gen`: the generator's time, phase by phase, on the
//! DingTalk spec and on GitHub's REST description, each run in a fresh process.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::median;

/// What `bench gen` was asked for.
#[derive(clap::Args, Debug)]
pub struct Settings {
    /// Runs of each document; the median is shown
    #[arg(long, default_value_t = 5, value_parser = crate::at_least_one)]
    pub runs: usize,
    /// One generation of the document KEY in this process, printed for `bench gen` to read
    #[arg(long, value_name = "KEY", hide = true)]
    pub once: Option<String>,
}

/// The documents `bench gen` times: (key, description, spec path, settings).
fn generation_documents(
    root: &Path,
) -> Result<[(&'static str, &'static str, PathBuf, codegen::Settings); 2], String> {
    Ok([
        (
            "dingtalk",
            "DingTalk (`spec/dingtalk.yaml` and the files it refers to)",
            root.join(crate::gen::SPEC),
            crate::gen::settings(),
        ),
        (
            "github",
            "GitHub (`@octokit/openapi` `api.github.com.json`)",
            crate::corpus::OCTOKIT.fetch(&root.join("target/corpus"))?,
            codegen::Settings::default(),
        ),
    ])
}

/// `bench gen --once <document>`: one generation, in this process, printed
/// as `load lower emit lines operations` (seconds, then counts) for `bench gen` to read.
pub fn generate_once(root: &Path, key: &str) -> Result<(), String> {
    let documents = generation_documents(root)?;
    let (_, _, path, settings) = documents
        .iter()
        .find(|(k, ..)| *k == key)
        .ok_or_else(|| format!("no document `{key}`"))?;
    let (result, timed) = crate::corpus::generate_timed(path, settings);
    let (lowered, files) = result.map_err(|e| e.to_string())?;
    let lines: usize = files.iter().map(|f| f.contents.lines().count()).sum();
    println!(
        "{} {} {} {lines} {}",
        timed.load,
        timed.lower,
        timed.emit,
        lowered.api.operations.len()
    );
    Ok(())
}

/// `bench gen`: each document generated `runs` times, each run in a fresh
/// process, as `cargo xtask gen` runs: the median of each phase, and of the
/// whole process (start, generation, freeing it all, exit).
pub fn generation(root: &Path, settings: &Settings) -> Result<(), String> {
    if let Some(key) = &settings.once {
        return generate_once(root, key);
    }
    let runs = settings.runs;
    if cfg!(debug_assertions) {
        eprintln!("warning: this is a debug build; measure with `cargo run --release -p xtask -- bench gen`");
    }
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    println!("median of {runs} runs, each in a fresh process, in seconds\n");
    println!(
        "| document | size of its files (KiB) | outcome | load | lower | emit and format | generation | whole process |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for (key, name, path, _) in &generation_documents(root)? {
        let spec = codegen::Spec::load(path).map_err(|e| e.to_string())?;
        let size: u64 = spec
            .files()
            .filter_map(|file| std::fs::metadata(file).ok())
            .map(|m| m.len())
            .sum();
        let mut figures: Vec<[f64; 5]> = Vec::new();
        let mut outcome = String::new();
        for _ in 0..runs {
            let started = std::time::Instant::now();
            let output = Command::new(&exe)
                .args(["bench", "gen", "--once", key])
                .current_dir(root)
                .output()
                .map_err(|e| format!("running {}: {e}", exe.display()))?;
            let whole = started.elapsed().as_secs_f64();
            if !output.status.success() {
                return Err(format!(
                    "generating {name} failed: {}",
                    String::from_utf8_lossy(&output.stderr).trim()
                ));
            }
            let stdout = String::from_utf8_lossy(&output.stdout);
            let values: Vec<f64> = stdout
                .split_whitespace()
                .filter_map(|v| v.parse().ok())
                .collect();
            let [load, lower, emit, lines, operations] = values[..] else {
                return Err(format!("unexpected output of a generation: {stdout}"));
            };
            outcome = format!("{operations} operations, {lines} lines");
            figures.push([load, lower, emit, load + lower + emit, whole]);
        }
        let middle = |i: usize| median(figures.iter().map(|f| f[i]).collect());
        println!(
            "| {name} | {} | {outcome} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} |",
            size >> 10,
            middle(0),
            middle(1),
            middle(2),
            middle(3),
            middle(4),
        );
    }
    Ok(())
}

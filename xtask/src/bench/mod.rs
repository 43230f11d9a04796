//! `cargo xtask bench`: the benchmarks of `BENCHMARKS.md`, one module each,
//! and what they share: processes measured by GNU time, cargo commands,
//! medians, and servers run as child processes (`server`).

pub(crate) mod build;
pub(crate) mod fullsize;
mod fullsize_spec;
pub(crate) mod gen;
pub(crate) mod load;
pub(crate) mod request;
pub(crate) mod scale;
mod scale_spec;
mod server;
pub(crate) mod transfer;

use std::path::Path;
use std::process::{Command, Stdio};

pub(crate) use server::ChildServer;

/// `cargo xtask bench`: every benchmark with its defaults, stopping at the first that fails.
pub(crate) fn all(root: &Path) -> Result<(), String> {
    let step = |name: &str| eprintln!("\n==> cargo xtask bench {name}");
    step("gen");
    gen::generation(root, &crate::defaults()?)?;
    step("request");
    request::request(root, &crate::defaults()?)?;
    step("build");
    build::build(root, &crate::defaults()?)?;
    step("scale");
    scale::scale(root, &crate::defaults()?)?;
    step("transfer");
    transfer::transfer(root, &crate::defaults()?)?;
    step("load");
    load::load(root, &crate::defaults()?)?;
    step("fullsize");
    fullsize::fullsize(root, &crate::defaults()?)
}

/// One measured process: wall seconds and peak resident memory in KiB.
#[derive(Clone, Copy)]
pub(crate) struct Run {
    pub(crate) seconds: f64,
    /// User and system CPU time.
    pub(crate) cpu_seconds: f64,
    pub(crate) peak_kib: u64,
}

/// Runs `command` under GNU time; returns its figures and its standard output.
pub(crate) fn measure(dir: &Path, command: Command) -> Result<(Run, String), String> {
    let figures = dir.join("time.txt");
    let mut timed = Command::new("/usr/bin/time");
    timed
        .args(["-f", "%e %M %U %S", "-o", path_str(&figures)?])
        .arg(command.get_program())
        .args(command.get_args());
    if let Some(dir) = command.get_current_dir() {
        timed.current_dir(dir);
    }
    for (key, value) in command.get_envs() {
        match value {
            Some(value) => timed.env(key, value),
            None => timed.env_remove(key),
        };
    }
    let shown = format!("{:?}", command.get_program());
    let output = timed
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("running {shown}: {e}"))?;
    if !output.status.success() {
        return Err(format!("{shown} failed ({})", output.status));
    }
    let text = std::fs::read_to_string(&figures).map_err(|e| e.to_string())?;
    let mut words = text.split_whitespace();
    let mut next = || {
        words
            .next()
            .ok_or(format!("unreadable figures from time: {text}"))
    };
    let seconds = next()?
        .parse()
        .map_err(|_| format!("unreadable figures: {text}"))?;
    let peak_kib = next()?
        .parse()
        .map_err(|_| format!("unreadable figures: {text}"))?;
    let mut cpu_seconds = 0.0;
    for _ in 0..2 {
        cpu_seconds += next()?
            .parse::<f64>()
            .map_err(|_| format!("unreadable figures: {text}"))?;
    }
    Ok((
        Run {
            seconds,
            cpu_seconds,
            peak_kib,
        },
        String::from_utf8_lossy(&output.stdout).into_owned(),
    ))
}

/// Writes `contents` to `path`, creating its folder.
pub(crate) fn write_file(path: &Path, contents: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// The scratch workspace of the crates `members`, written by the bench
/// `command`; it starts from the workspace's lock file, so that the runtime
/// builds with the same versions.
pub(crate) fn write_workspace(
    root: &Path,
    scratch: &Path,
    members: &[String],
    command: &str,
) -> Result<(), String> {
    let members: String = members.iter().map(|m| format!("    \"{m}\",\n")).collect();
    let manifest = format!(
        "# Written by `cargo xtask bench {command}`: the generated clients being built.\n\
         [workspace]\nresolver = \"2\"\nmembers = [\n{members}]\n"
    );
    write_file(&scratch.join("Cargo.toml"), &manifest)?;
    let lock = scratch.join("Cargo.lock");
    if !lock.exists() {
        std::fs::copy(root.join("Cargo.lock"), &lock).map_err(|e| e.to_string())?;
    }
    Ok(())
}

pub(crate) fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or_default()
}

/// Runs `cargo <args>` in `root` to its end.
pub(crate) fn cargo(root: &Path, args: &[&str]) -> Result<(), String> {
    run_cargo(cargo_command(root, args, None))
}

/// `cargo <args>` (the cargo running xtask) in `dir`, building into `target`
/// when given, else where `dir`'s workspace builds.
pub(crate) fn cargo_command(dir: &Path, args: &[&str], target: Option<&Path>) -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(dir).args(args);
    if let Some(target) = target {
        command.env("CARGO_TARGET_DIR", target);
    }
    command
}

/// Runs a cargo `command` to its end; when it fails, an error naming its arguments.
pub(crate) fn run_cargo(mut command: Command) -> Result<(), String> {
    let args: Vec<String> = command
        .get_args()
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    let status = command
        .status()
        .map_err(|e| format!("running cargo: {e}"))?;
    status
        .success()
        .then_some(())
        .ok_or(format!("cargo {} failed", args.join(" ")))
}

pub(crate) fn which(program: &str) -> Result<(), String> {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .map(drop)
        .map_err(|e| format!("`{program}` is needed: {e}"))
}

pub(crate) fn path_str(path: &Path) -> Result<&str, String> {
    path.to_str()
        .ok_or(format!("{} is not UTF-8", path.display()))
}

//! Checking: the generated crates compiled by `cargo check`, many at once in
//! one scratch workspace, and each crate's verdict read from cargo's messages.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};

use indicatif::ProgressBar;
use serde_json::Value;

use super::generate::write_if_changed;
use super::Check;

/// The scratch workspace's manifest, with `members`.
pub(super) fn workspace_manifest(members: &[&str]) -> String {
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
pub(super) fn check_batch(
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

//! `cargo xtask bench request`: what one call costs the client beyond a
//! hand-written reqwest and serde call of the same operation, and how fast a
//! large list page decodes into the generated models, both counted by
//! callgrind (instructions) and by the programs' counting allocator.
//!
//! The programs are those of the `dingtalk-benchmarks` package, built in
//! release: `server` answers `storage_GetSpace` on loopback with the spec's
//! example, natively, in a process of its own; `request_baseline` and
//! `request_ours` call it under callgrind, once with `N1` and once with `N2`
//! calls after the same warm-up, so that `(count(N2) - count(N1)) / (N2 - N1)`
//! is the cost of one call without the program's start. `decode` decodes a
//! `storage_ListDentries` page of 1,000 entries: natively, both sides taking
//! turns, for CPU time; under callgrind, each side alone, for instructions.

use std::path::Path;
use std::process::{Command, Stdio};

use super::{cargo, median, which, ChildServer};

/// What `bench request` was asked for.
#[derive(clap::Args, Debug)]
pub struct Settings {
    /// The two numbers of calls whose difference is measured
    #[arg(long, value_name = "N1,N2", default_value = "1000,2000", value_parser = pair)]
    pub calls: (u64, u64),
    /// Calls made before those
    #[arg(long, default_value_t = 100)]
    pub warmup: u64,
    /// Runs of each program and number of calls; the median is shown
    #[arg(long, default_value_t = 3, value_parser = crate::at_least_one)]
    pub runs: usize,
    /// Decodes of the page by each side for the CPU time
    #[arg(long, default_value_t = 300, value_parser = crate::at_least_one_u64)]
    pub iterations: u64,
    /// The two numbers of decodes whose difference is measured under callgrind
    #[arg(long, value_name = "N1,N2", default_value = "10,20", value_parser = pair)]
    pub decodes: (u64, u64),
}

/// `N1,N2`, two numbers, the first smaller.
fn pair(value: &str) -> Result<(u64, u64), String> {
    let number = |text: &str| {
        text.parse::<u64>()
            .map_err(|_| format!("`{text}` is not a number"))
    };
    let (a, b) = value
        .split_once(',')
        .ok_or("takes two numbers, `N1,N2`".to_owned())?;
    let (a, b) = (number(a)?, number(b)?);
    if a >= b {
        return Err("N1 must be smaller than N2".to_owned());
    }
    Ok((a, b))
}

/// What callgrind and the program counted in one run.
#[derive(Clone, Copy)]
struct Counts {
    instructions: u64,
    allocations: u64,
    bytes: u64,
}

/// The cost of one call (or decode): the difference of two runs, divided.
#[derive(Clone, Copy)]
struct PerUnit {
    instructions: f64,
    allocations: f64,
    bytes: f64,
}

impl PerUnit {
    fn between(small: Counts, large: Counts, (n1, n2): (u64, u64)) -> PerUnit {
        let per = |a: u64, b: u64| (b as f64 - a as f64) / (n2 - n1) as f64;
        PerUnit {
            instructions: per(small.instructions, large.instructions),
            allocations: per(small.allocations, large.allocations),
            bytes: per(small.bytes, large.bytes),
        }
    }

    fn median(runs: &[PerUnit]) -> PerUnit {
        let of = |field: fn(&PerUnit) -> f64| median(runs.iter().map(field).collect());
        PerUnit {
            instructions: of(|p| p.instructions),
            allocations: of(|p| p.allocations),
            bytes: of(|p| p.bytes),
        }
    }
}

pub fn request(root: &Path, settings: &Settings) -> Result<(), String> {
    which("valgrind")?;
    eprintln!("building the benchmark programs in release");
    cargo(
        root,
        &["build", "--release", "-p", "dingtalk-benchmarks", "--bins"],
    )?;
    let bin = root.join("target/release");
    let dir = root.join("target/bench/request");
    std::fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;

    let server = ChildServer::start(Command::new(bin.join("server")))?;
    let sides = [
        ("reqwest + hand-written serde structs", "request_baseline"),
        ("dingtalk client", "request_ours"),
    ];
    let mut per_call = vec![Vec::new(); sides.len()];
    for run in 1..=settings.runs {
        for (i, (_, program)) in sides.iter().enumerate() {
            eprintln!("run {run} of {}: {program}", settings.runs);
            let count = |calls: u64| {
                callgrind(
                    &dir,
                    &bin.join(program),
                    &[
                        &server.base_url,
                        &settings.warmup.to_string(),
                        &calls.to_string(),
                    ],
                )
            };
            let (small, large) = (count(settings.calls.0)?, count(settings.calls.1)?);
            per_call[i].push(PerUnit::between(small, large, settings.calls));
        }
    }
    drop(server);

    eprintln!("decoding the page: CPU time, both sides taking turns");
    let decode = bin.join("decode");
    let timed = output(Command::new(&decode).args(["time", &settings.iterations.to_string()]))?;
    let field = |name: &str| -> Result<f64, String> {
        timed
            .lines()
            .find_map(|line| line.strip_prefix(name)?.trim().parse().ok())
            .ok_or(format!("no `{name}` in the output of decode: {timed}"))
    };
    let bytes = field("bytes ")?;
    let seconds = [field("baseline_ns ")? / 1e9, field("ours_ns ")? / 1e9];
    let mut per_decode = Vec::new();
    for side in ["baseline", "ours"] {
        eprintln!("decoding the page under callgrind: {side}");
        let count = |decodes: u64| callgrind(&dir, &decode, &["count", side, &decodes.to_string()]);
        let (small, large) = (count(settings.decodes.0)?, count(settings.decodes.1)?);
        per_decode.push(PerUnit::between(small, large, settings.decodes));
    }

    let (n1, n2) = settings.calls;
    println!(
        "storage_GetSpace on loopback, per call: (count at {n2} calls - count at {n1}) / {}, \
         after {} warm-up calls; median of {} runs\n",
        n2 - n1,
        settings.warmup,
        settings.runs
    );
    println!(
        "| client | instructions per call | allocations per call | bytes allocated per call |"
    );
    println!("|---|---|---|---|");
    let per_call: Vec<PerUnit> = per_call.iter().map(|runs| PerUnit::median(runs)).collect();
    for ((name, _), cost) in sides.iter().zip(&per_call) {
        println!(
            "| {name} | {:.0} | {:.1} | {:.0} |",
            cost.instructions, cost.allocations, cost.bytes
        );
    }
    let [theirs, ours] = [per_call[0], per_call[1]];
    println!(
        "| ratio ours/baseline | {:.2}× | {:.2}× | {:.2}× |",
        ours.instructions / theirs.instructions,
        ours.allocations / theirs.allocations,
        ours.bytes / theirs.bytes
    );

    let (d1, d2) = settings.decodes;
    println!(
        "\nstorage_ListDentries page of 1,000 entries ({bytes:.0} bytes), decoded: throughput from \
         the median CPU time of {} decodes each (taking turns); instructions and allocations \
         per decode: (count at {d2} decodes - count at {d1}) / {}\n",
        settings.iterations,
        d2 - d1
    );
    println!(
        "| decoder | MB/s | time per decode (ms) | instructions per decode | instructions per byte | allocations per decode |"
    );
    println!("|---|---|---|---|---|---|");
    let names = [
        "serde_json into hand-written structs",
        "runtime decode into the generated models",
    ];
    for ((name, seconds), cost) in names.iter().zip(seconds).zip(&per_decode) {
        println!(
            "| {name} | {:.0} | {:.2} | {:.0} | {:.1} | {:.0} |",
            bytes / seconds / 1e6,
            seconds * 1e3,
            cost.instructions,
            cost.instructions / bytes,
            cost.allocations
        );
    }
    println!(
        "| ratio ours/baseline | {:.2}× | {:.2}× | {:.2}× | {:.2}× | {:.2}× |",
        seconds[0] / seconds[1],
        seconds[1] / seconds[0],
        per_decode[1].instructions / per_decode[0].instructions,
        per_decode[1].instructions / per_decode[0].instructions,
        per_decode[1].allocations / per_decode[0].allocations
    );
    Ok(())
}

/// Runs `program` under callgrind: the instructions it executed, and what its
/// last line (`allocations A bytes B`) says it allocated.
fn callgrind(dir: &Path, program: &Path, args: &[&str]) -> Result<Counts, String> {
    let out = dir.join("callgrind.out");
    let _ = std::fs::remove_file(&out);
    let mut command = Command::new("valgrind");
    command
        .arg("--tool=callgrind")
        .arg(format!("--callgrind-out-file={}", out.display()))
        .arg(program)
        .args(args);
    let stdout = output(&mut command)?;
    let profile =
        std::fs::read_to_string(&out).map_err(|e| format!("reading {}: {e}", out.display()))?;
    let _ = std::fs::remove_file(&out);
    let instructions = profile
        .lines()
        .find_map(|line| line.strip_prefix("summary:"))
        .and_then(|total| total.trim().parse().ok())
        .ok_or(format!("no `summary:` line in {}", out.display()))?;
    let words: Vec<&str> = stdout
        .lines()
        .last()
        .unwrap_or_default()
        .split_whitespace()
        .collect();
    let ["allocations", allocations, "bytes", bytes] = words.as_slice() else {
        return Err(format!(
            "{} did not end with its allocations: {stdout}",
            program.display()
        ));
    };
    let number = |text: &str| {
        text.parse()
            .map_err(|_| format!("`{text}` is not a number"))
    };
    Ok(Counts {
        instructions,
        allocations: number(allocations)?,
        bytes: number(bytes)?,
    })
}

/// What `command` printed, when it succeeded.
fn output(command: &mut Command) -> Result<String, String> {
    let output = command
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| format!("running {:?}: {e}", command.get_program()))?;
    if !output.status.success() {
        return Err(format!(
            "{:?} failed: {}",
            command.get_program(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_two_numbers_the_first_smaller() {
        assert_eq!(pair("1000,2000"), Ok((1000, 2000)));
        assert!(pair("2000,1000").is_err());
        assert!(pair("1000").is_err());
        assert!(pair("a,2").is_err());
    }
}

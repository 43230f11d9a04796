//! `cargo xtask bench load`: one shared client under load, the DingTalk
//! client beside plain reqwest with hand-written serde structs: `CALLS`
//! `storage_GetSpace` calls at each concurrency, and once more at the
//! largest with the fault mix (10% HTTP 429 with `Retry-After: 1`, 5% HTTP
//! 503, 2% connection resets, 1% two-second stalls).
//!
//! The programs are those of the `dingtalk-benchmarks` package, built in
//! release: `server` (a fresh one for each run, with `--faults SEED` for
//! the fault mix, counting the connections it accepted and the token
//! requests it answered) and `load_ours` and `load_baseline`, which measure
//! their own CPU time (user and system, all threads) around the calls and
//! the latency of each call. Everything is on loopback; each program run is
//! stopped after the time limit. The sides take turns; each cell shows the
//! median of its runs.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{cargo, median, ChildServer};

/// What `bench load` was asked for.
#[derive(clap::Args, Debug)]
pub struct Settings {
    /// Calls made by each side in each run
    #[arg(long, default_value_t = 20_000, value_parser = crate::at_least_one)]
    pub calls: usize,
    /// The numbers of calls in flight at once
    #[arg(long, value_name = "N1,N2,..", value_delimiter = ',', default_values_t = [1, 16, 256], value_parser = crate::at_least_one)]
    pub concurrency: Vec<usize>,
    /// Runs of each side in each scenario; the median is shown
    #[arg(long, default_value_t = 3, value_parser = crate::at_least_one)]
    pub runs: usize,
    /// Also run the fault mix, at the largest concurrency (the default)
    #[arg(long, overrides_with = "no_faults")]
    pub faults: bool,
    /// Leave the fault mix out
    #[arg(long, overrides_with = "faults")]
    pub no_faults: bool,
    /// The seed of the server's fault mix
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// The longest one program run may take, in seconds
    #[arg(long, default_value_t = 600)]
    pub time_limit: u64,
}

/// The two sides, as (name in the table, program).
const SIDES: [(&str, &str); 2] = [
    ("reqwest + hand-written serde structs", "load_baseline"),
    ("dingtalk client", "load_ours"),
];

/// One scenario: how many calls at once, and whether the server injects faults.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Scenario {
    concurrency: usize,
    faults: bool,
}

/// What one run of one side measured.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Figures {
    calls: f64,
    ok: f64,
    seconds: f64,
    cpu_seconds: f64,
    p50_ms: f64,
    p99_ms: f64,
    connections: f64,
    token_requests: f64,
}

impl Figures {
    /// The figures of a run from the program's line and the server's.
    fn read(program: &str, server: &str) -> Result<Figures, String> {
        let program_fields = fields(program)?;
        let server_fields = fields(server)?;
        let get = |fields: &HashMap<&str, f64>, key: &str, line: &str| {
            fields
                .get(key)
                .copied()
                .ok_or(format!("no `{key}` in `{line}`"))
        };
        let from_program = |key| get(&program_fields, key, program);
        let from_server = |key| get(&server_fields, key, server);
        Ok(Figures {
            calls: from_program("calls")?,
            ok: from_program("ok")?,
            seconds: from_program("seconds")?,
            cpu_seconds: from_program("cpu_seconds")?,
            p50_ms: from_program("p50_ms")?,
            p99_ms: from_program("p99_ms")?,
            connections: from_server("connections")?,
            token_requests: from_server("token_requests")?,
        })
    }

    fn cpu_ms_per_1000_calls(&self) -> f64 {
        self.cpu_seconds * 1e6 / self.calls
    }

    fn calls_per_second(&self) -> f64 {
        self.calls / self.seconds
    }

    fn success_percent(&self) -> f64 {
        100.0 * self.ok / self.calls
    }
}

/// `key value key value ...` read as numbers by key.
fn fields(line: &str) -> Result<HashMap<&str, f64>, String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.is_empty() || !words.len().is_multiple_of(2) {
        return Err(format!("not `key value` pairs: `{line}`"));
    }
    words
        .chunks(2)
        .map(|pair| {
            let value = pair[1]
                .parse::<f64>()
                .map_err(|_| format!("`{}` is not a number in `{line}`", pair[1]))?;
            Ok((pair[0], value))
        })
        .collect()
}

pub fn load(root: &Path, settings: &Settings) -> Result<(), String> {
    eprintln!("building the benchmark programs in release");
    cargo(
        root,
        &["build", "--release", "-p", "dingtalk-benchmarks", "--bins"],
    )?;
    let bin = root.join("target/release");
    let scenarios = scenarios(settings);
    let limit = Duration::from_secs(settings.time_limit);
    let mut rows = Vec::new();
    for scenario in &scenarios {
        let mut runs = vec![Vec::new(); SIDES.len()];
        for run in 1..=settings.runs {
            for (i, (_, program)) in SIDES.iter().enumerate() {
                eprintln!(
                    "{} calls at concurrency {}{}, run {run} of {}: {program}",
                    settings.calls,
                    scenario.concurrency,
                    if scenario.faults { " with faults" } else { "" },
                    settings.runs
                );
                let figures = run_once(&bin, program, *scenario, settings, limit)?;
                if !scenario.faults && figures.ok < figures.calls {
                    return Err(format!(
                        "{program}: {} of {} calls failed without faults (the first failure is above)",
                        figures.calls - figures.ok,
                        figures.calls
                    ));
                }
                runs[i].push(figures);
            }
        }
        for ((name, _), runs) in SIDES.iter().zip(runs) {
            rows.push((*scenario, *name, runs));
        }
    }
    println!("{}", table(settings, &rows));
    Ok(())
}

/// Every concurrency without faults, then the largest with them.
fn scenarios(settings: &Settings) -> Vec<Scenario> {
    let mut scenarios: Vec<Scenario> = settings
        .concurrency
        .iter()
        .map(|&concurrency| Scenario {
            concurrency,
            faults: false,
        })
        .collect();
    if !settings.no_faults {
        if let Some(&concurrency) = settings.concurrency.iter().max() {
            scenarios.push(Scenario {
                concurrency,
                faults: true,
            });
        }
    }
    scenarios
}

/// One run of `program` against a server of its own.
fn run_once(
    bin: &Path,
    program: &str,
    scenario: Scenario,
    settings: &Settings,
    limit: Duration,
) -> Result<Figures, String> {
    let mut server = Command::new(bin.join("server"));
    if scenario.faults {
        server.args(["--faults", &settings.seed.to_string()]);
    }
    let mut server = ChildServer::start(server)?;
    let mut command = Command::new(bin.join(program));
    command.args([
        server.base_url.as_str(),
        &settings.calls.to_string(),
        &scenario.concurrency.to_string(),
    ]);
    let line = output_within(command, limit)?;
    let counts = server.close_input(Duration::from_secs(10))?;
    Figures::read(&line, &counts)
}

/// What `command` printed on its standard output, when it succeeded within
/// `limit`; it is killed when it takes longer. Its standard error is shown.
fn output_within(mut command: Command, limit: Duration) -> Result<String, String> {
    let shown = format!("{:?}", command.get_program());
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("running {shown}: {e}"))?;
    let mut stdout = child
        .stdout
        .take()
        .ok_or(format!("no output from {shown}"))?;
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        stdout.read_to_string(&mut text).map(|_| text)
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait().map_err(|e| e.to_string())? {
            Some(status) => break status,
            None if started.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "{shown} was stopped after {} s (`--time-limit`)",
                    limit.as_secs()
                ));
            }
            None => std::thread::sleep(Duration::from_millis(20)),
        }
    };
    let text = reader
        .join()
        .map_err(|_| format!("reading the output of {shown} failed"))?
        .map_err(|e| format!("reading the output of {shown}: {e}"))?;
    if !status.success() {
        return Err(format!("{shown} failed ({status})"));
    }
    Ok(text.trim().to_owned())
}

fn table(settings: &Settings, rows: &[(Scenario, &str, Vec<Figures>)]) -> String {
    let mut out = format!(
        "storage_GetSpace on loopback, {} calls by one shared client per run; median of {} runs, \
         the sides taking turns. CPU time is the client process's (user + system, every thread) \
         around the calls; latency is of the successful calls, retries included; connections and \
         token requests as the server counted them. The fault mix runs at the largest concurrency: \
         10% HTTP 429 (Retry-After: 1), 5% HTTP 503, 2% connection resets, 1% 2-second stalls \
         (seed {}).\n\n\
         | scenario | concurrency | client | CPU per 1,000 calls (ms) | calls/s | p50 (ms) | p99 (ms) | connections | token requests | success |\n\
         |---|---|---|---|---|---|---|---|---|---|\n",
        settings.calls, settings.runs, settings.seed
    );
    for (scenario, name, runs) in rows {
        let middle = |figure: fn(&Figures) -> f64| median(runs.iter().map(figure).collect());
        out += &format!(
            "| {} | {} | {name} | {:.1} | {:.0} | {:.2} | {:.2} | {:.0} | {:.0} | {:.2}% |\n",
            if scenario.faults {
                "fault mix"
            } else {
                "no faults"
            },
            scenario.concurrency,
            middle(Figures::cpu_ms_per_1000_calls),
            middle(Figures::calls_per_second),
            middle(|f| f.p50_ms),
            middle(|f| f.p99_ms),
            middle(|f| f.connections),
            middle(|f| f.token_requests),
            middle(Figures::success_percent),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROGRAM: &str =
        "calls 2000 ok 1990 seconds 0.5 cpu_seconds 0.04 p50_ms 0.300 p99_ms 2001.5";
    const SERVER: &str =
        "connections 31 token_requests 1 requests 2400 throttled 200 unavailable 100 reset 40 stalled 20";

    #[test]
    fn the_figures_are_read_from_the_program_and_the_server() {
        let figures = Figures::read(PROGRAM, SERVER).unwrap();
        assert_eq!(figures.connections, 31.0);
        assert_eq!(figures.token_requests, 1.0);
        assert_eq!(figures.p99_ms, 2001.5);
        assert!((figures.cpu_ms_per_1000_calls() - 20.0).abs() < 1e-9);
        assert!((figures.calls_per_second() - 4000.0).abs() < 1e-9);
        assert!((figures.success_percent() - 99.5).abs() < 1e-9);
        assert!(Figures::read("calls 2000 ok", SERVER).is_err());
        assert!(Figures::read(PROGRAM, "connections many").is_err());
        let error = Figures::read(PROGRAM, "requests 1").unwrap_err();
        assert!(error.contains("no `connections`"), "{error}");
    }

    fn settings(args: &[&str]) -> Settings {
        crate::parse_args(args).unwrap()
    }

    #[test]
    fn the_fault_mix_runs_at_the_largest_concurrency_unless_left_out() {
        let all = scenarios(&settings(&[]));
        assert_eq!(
            all.iter()
                .map(|s| (s.concurrency, s.faults))
                .collect::<Vec<_>>(),
            [(1, false), (16, false), (256, false), (256, true)]
        );
        let some = scenarios(&settings(&["--concurrency", "8,2", "--no-faults"]));
        assert_eq!(
            some.iter()
                .map(|s| (s.concurrency, s.faults))
                .collect::<Vec<_>>(),
            [(8, false), (2, false)]
        );
        let again = scenarios(&settings(&[
            "--no-faults",
            "--faults",
            "--concurrency",
            "4",
        ]));
        assert_eq!(again.last().map(|s| s.faults), Some(true));
    }

    #[test]
    fn a_program_over_its_time_limit_is_stopped() {
        let mut command = Command::new("sleep");
        command.arg("30");
        let started = Instant::now();
        let error = output_within(command, Duration::from_millis(200)).unwrap_err();
        assert!(error.contains("was stopped"), "{error}");
        assert!(started.elapsed() < Duration::from_secs(10));
        let mut command = Command::new("echo");
        command.arg(" calls 1 ");
        assert_eq!(
            output_within(command, Duration::from_secs(10)).unwrap(),
            "calls 1"
        );
        assert!(output_within(Command::new("false"), Duration::from_secs(10)).is_err());
    }
}

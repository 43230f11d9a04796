//! `cargo xtask bench transfer`: a large file up to and down from the fake
//! DingTalk's object storage on loopback, by the client (the `transfer`
//! example, built in release) and by `curl` doing the same work with the same
//! server, one after the other, curl first in even runs. Each run is a
//! process of its own, timed and measured (peak resident memory) by GNU
//! time, started once the disk has taken every pending write, the CPUs are
//! idle and work at full speed. Curl's time includes the API calls a script
//! needs for its URLs (a token, the space, the URLs; made with curl too), as
//! the client's includes its own.
//!
//! Then the same transfers recovering from what goes wrong late, each beside
//! curl doing the same work: a download and an upload killed at 50% and run
//! again (the rerun timed: the client goes on from its `.part` file or its
//! upload record, curl with `-C -` or the parts still missing), and a
//! download whose URL expires halfway (a fake started with
//! `--expire-downloads-at`: the client asks for a fresh URL and goes on;
//! curl is cut, a fresh URL is asked for, and curl goes on with `-C -`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::{cargo, median, path_str, which, ChildServer, Run};

/// What `bench transfer` was asked for.
#[derive(clap::Args, Debug)]
pub struct Settings {
    /// The size of the file moved, in MiB
    #[arg(long, default_value_t = 1024)]
    pub size_mib: u64,
    /// Runs of each transfer; the median is shown
    #[arg(long, default_value_t = 3, value_parser = crate::at_least_one)]
    pub runs: usize,
    /// Where the files moved and the fakes' stored objects go: a folder
    /// `dingtalk-bench-transfer` made in it, removed before and after
    /// (by default in `target/bench`)
    #[arg(long)]
    pub dir: Option<PathBuf>,
}

impl Settings {
    /// The size of the file moved, in bytes.
    fn size(&self) -> u64 {
        self.size_mib << 20
    }
}

/// The client's default part size and concurrency, which curl is given too.
const PART_SIZE: u64 = 8 << 20;
const PARALLEL: usize = 4;

/// [`super::measure`], once the disk has taken every write still pending
/// (`sync`), the CPUs are idle ([`quiet`]) and work at full speed
/// ([`full_speed`]): each transfer starts on a quiet machine, whichever ran
/// before it.
fn measure(dir: &Path, command: Command) -> Result<(Run, String), String> {
    let synced = Command::new("sync")
        .status()
        .map_err(|e| format!("running sync: {e}"))?;
    if !synced.success() {
        return Err(format!("sync failed ({synced})"));
    }
    quiet();
    full_speed();
    super::measure(dir, command)
}

/// Waits until the machine is quiet: its CPUs busy or waiting for the disk
/// less than a tenth of a quarter second (the kernel finishing the disk's
/// writes, a server's cleanup), for at most ten seconds.
fn quiet() {
    // User, nice, system, idle, iowait, irq, softirq and steal jiffies of
    // all CPUs: busy ones and all.
    let ticks = || -> Option<(u64, u64)> {
        let stat = std::fs::read_to_string("/proc/stat").ok()?;
        let times: Vec<u64> = stat
            .lines()
            .next()?
            .split_whitespace()
            .skip(1)
            .take(8)
            .map(|t| t.parse().unwrap_or(0))
            .collect();
        let idle = *times.get(3)?;
        Some((times.iter().sum::<u64>() - idle, times.iter().sum()))
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        let Some((busy, all)) = ticks() else { return };
        std::thread::sleep(Duration::from_millis(250));
        let Some((busy_after, all_after)) = ticks() else {
            return;
        };
        if (busy_after - busy) * 10 < (all_after - all).max(1) {
            return;
        }
    }
}

/// Nanoseconds of the fastest [`probe`] yet: the machine at full speed.
static FASTEST: AtomicU64 = AtomicU64::new(u64::MAX);

/// Nanoseconds a fixed piece of CPU work takes now.
fn probe() -> u64 {
    let started = Instant::now();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..20_000_000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
    }
    std::hint::black_box(state);
    started.elapsed().as_nanos() as u64
}

/// Waits, for at most a minute, until the CPU works at full speed: within
/// 15% of the fastest probe yet. A virtual machine's host can slow its
/// CPUs down for tens of seconds after they were busy (the same hashing took
/// 0.86 s, then 1.64 s after 40 s of both cores busy, and 20 s more to come
/// back), which a transfer would otherwise pay for the one before it.
fn full_speed() {
    let started = Instant::now();
    loop {
        let now = probe();
        let fastest = FASTEST.fetch_min(now, Ordering::Relaxed).min(now);
        if now * 100 <= fastest * 115 || started.elapsed() > Duration::from_secs(60) {
            break;
        }
        std::thread::sleep(Duration::from_millis(500));
    }
    if started.elapsed() > Duration::from_secs(1) {
        eprintln!(
            "waited {:.0} s for the CPU's full speed",
            started.elapsed().as_secs_f64()
        );
    }
}

/// Finds the CPU's full speed for [`full_speed`]: probes two seconds apart
/// until three in a row are not 5% faster than the fastest before them, for
/// at most a minute.
fn learn_full_speed() {
    eprintln!("finding the CPU's full speed");
    let started = Instant::now();
    let mut steady = 0;
    while steady < 3 && started.elapsed() < Duration::from_secs(60) {
        let now = probe();
        let before = FASTEST.fetch_min(now, Ordering::Relaxed);
        let faster = before == u64::MAX || u128::from(now) * 100 < u128::from(before) * 95;
        steady = if faster { 0 } else { steady + 1 };
        std::thread::sleep(Duration::from_secs(2));
    }
}

/// Writes `file` cut into parts of `size` bytes into `dir`; returns their paths in order.
fn split(file: &Path, dir: &Path, size: u64) -> Result<Vec<PathBuf>, String> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let mut input = std::fs::File::open(file).map_err(|e| e.to_string())?;
    let mut parts = Vec::new();
    loop {
        let path = dir.join(format!("part{:05}", parts.len() + 1));
        let mut out = std::fs::File::create(&path).map_err(|e| e.to_string())?;
        let copied = std::io::copy(&mut std::io::Read::take(&mut input, size), &mut out)
            .map_err(|e| e.to_string())?;
        if copied == 0 {
            let _ = std::fs::remove_file(&path);
            break;
        }
        parts.push(path);
    }
    Ok(parts)
}

pub fn transfer(root: &Path, settings: &Settings) -> Result<(), String> {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        return Err("GNU time is needed at /usr/bin/time (Debian package `time`)".into());
    }
    which("curl")?;
    eprintln!("building the fake DingTalk and the transfer example in release");
    cargo(
        root,
        &[
            "build",
            "--release",
            "-p",
            "fake-dingtalk",
            "--bin",
            "fake-dingtalk",
        ],
    )?;
    cargo(
        root,
        &[
            "build",
            "--release",
            "-p",
            "dingtalk-examples",
            "--example",
            "transfer",
        ],
    )?;

    let parent = match &settings.dir {
        Some(dir) => dir.clone(),
        None => root.join("target/bench"),
    };
    let dir = parent.join("dingtalk-bench-transfer");
    // What a run stopped part way left behind goes first.
    let _ = std::fs::remove_dir_all(&dir);
    let store = dir.join("store");
    std::fs::create_dir_all(&store).map_err(|e| format!("creating {}: {e}", store.display()))?;
    eprintln!("files and stored objects in {}", dir.display());
    let measured = transfer_in(root, settings, &dir, &store);
    let _ = std::fs::remove_dir_all(&dir);
    measured
}

/// The transfers compared, each the client's beside curl doing the same work.
const COMPARED: [&str; 5] = [
    "upload in parts (client: 8 MiB parts, 4 at once; curl: the part URLs asked for, the same parts 4 at once, then the commit)",
    "download (curl: the download URL asked for)",
    "download, run again after a kill at 50% (client: from its `.part`; curl: a fresh URL, `-C -`)",
    "upload in parts, run again after a kill at 50% (client: `--resume`; curl: the missing parts' URLs, the parts, then the commit)",
    "download whose URL expires halfway (client: a fresh URL, then `Range`; curl: cut, a fresh URL, `-C -`)",
];
const UPLOAD: usize = 0;
const DOWNLOAD: usize = 1;
const DOWNLOAD_RERUN: usize = 2;
const UPLOAD_RERUN: usize = 3;
const EXPIRED_DOWNLOAD: usize = 4;

/// Each compared transfer's runs, the client's and curl's side by side, and
/// curl's whole upload in one PUT for reference.
#[derive(Default)]
struct Measured {
    pairs: [Vec<(Run, Run)>; COMPARED.len()],
    one_put: Vec<Run>,
}

/// `ours` and `curl` one after the other, curl first when `curl_first`:
/// alternating from run to run, neither side always finds what the other
/// left (the disk's writes, the cache, the fake's state).
fn in_turn<A, B>(
    curl_first: bool,
    ours: impl FnOnce() -> Result<A, String>,
    curl: impl FnOnce() -> Result<B, String>,
) -> Result<(A, B), String> {
    if curl_first {
        let curl = curl()?;
        Ok((ours()?, curl))
    } else {
        let ours = ours()?;
        Ok((ours, curl()?))
    }
}

/// [`transfer`] with its files in `dir`, and the fakes' stored objects in `store`.
fn transfer_in(root: &Path, settings: &Settings, dir: &Path, store: &Path) -> Result<(), String> {
    let dir = dir.to_path_buf();
    let start_fake = |args: &[&str]| -> Result<ChildServer, String> {
        let mut command = Command::new(root.join("target/release/fake-dingtalk"));
        command.args(args).env("TMPDIR", store);
        ChildServer::start(command)
    };
    let file = dir.join(format!("{}MiB.bin", settings.size() >> 20));
    make_file(&file, settings.size())?;
    let back = dir.join("downloaded.bin");

    let example = root.join("target/release/examples/transfer");
    let parts = split(&file, &dir.join("parts"), PART_SIZE)?;
    learn_full_speed();
    let mut measured = Measured::default();
    let mut dentry = String::new();
    for run in 1..=settings.runs {
        let curl_first = run % 2 == 0;
        eprintln!(
            "run {run} of {}, {} first",
            settings.runs,
            if curl_first { "curl" } else { "the client" }
        );
        // A fake of its own for each run, so that the files it stores go with it.
        let fake = start_fake(&[])?;
        let ours = |args: &[&str]| -> Command {
            let mut command = Command::new(&example);
            command
                .args(args)
                .env("DINGTALK_BASE_URL", &fake.base_url)
                .env_remove("DINGTALK_APP_KEY");
            command
        };
        // A script with curl gets a token and finds its space first, as
        // each run of the client does.
        let (api, connected) = timed(|| Api::connect(&fake.base_url))?;

        let ((up, out), curl_up) = in_turn(
            curl_first,
            || measure(&dir, ours(&["upload", path_str(&file)?])),
            || {
                // The client's flow with curl: the same parts, as many at once, then the commit.
                let ((key, urls), asked) = timed(|| {
                    let key = api.begin_upload()?;
                    let urls = api.part_urls(&key, 1..=parts.len())?;
                    Ok((key, urls))
                })?;
                let both = curl_parts_then_commit(&parts, &urls, &api.commit_command(&key, run)?)?;
                Ok(measure(&dir, both)?.0.plus(asked + connected))
            },
        )?;
        measured.pairs[UPLOAD].push((up, curl_up));
        dentry = dentry_of(&out)?;

        let (target, asked) = timed(|| api.upload_url())?;
        let mut curl = Command::new("curl");
        curl.args(["-sS", "--fail", "-o", "/dev/null", "-T", path_str(&file)?]);
        curl.args(target.header_args()).arg(&target.url);
        measured
            .one_put
            .push(measure(&dir, curl)?.0.plus(asked + connected));

        // Each download writes a new file, none replacing another.
        let pair = in_turn(
            curl_first,
            || {
                let _ = std::fs::remove_file(&back);
                let run = measure(&dir, ours(&["download", &dentry, path_str(&back)?]))?.0;
                same_file(&file, &back)?;
                Ok(run)
            },
            || {
                let _ = std::fs::remove_file(&back);
                let (source, asked) = timed(|| api.download_url(&dentry))?;
                let run = measure(&dir, source.curl_get(&back, false)?)?
                    .0
                    .plus(asked + connected);
                same_file(&file, &back)?;
                Ok(run)
            },
        )?;
        measured.pairs[DOWNLOAD].push(pair);

        let recovering = Recovering {
            dir: &dir,
            file: &file,
            parts: &parts,
            ours: &ours,
            size: settings.size(),
            curl_first,
        };
        measured.pairs[DOWNLOAD_RERUN].push(recovering.download_rerun(&dentry, &api, connected)?);
        measured.pairs[UPLOAD_RERUN].push(recovering.upload_rerun(&api, connected, run)?);
        measured.pairs[EXPIRED_DOWNLOAD].push(recovering.expired_download(&start_fake)?);
    }
    let _ = std::fs::remove_file(&back);
    report(settings, &measured);
    eprintln!("last uploaded dentry: {dentry}");
    Ok(())
}

/// Prints the medians of `measured` as a table, then each run's times.
fn report(settings: &Settings, measured: &Measured) {
    let mib = settings.size() as f64 / (1 << 20) as f64;
    let runs = settings.runs;
    println!(
        "{mib:.0} MiB on loopback, median of {runs} runs, the client first in odd runs and curl in even ones. \
         Time: wall seconds, with the API calls each side needs (a token, the space, its URLs); \
         CPU: user and system seconds of the processes timed; memory: the largest run's peak resident size.\n"
    );
    println!("| transfer | client (s) | curl (s) | client at or below curl | client CPU (s) | curl CPU (s) | client MiB/s | peak RSS, client / curl (MiB) |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    let of = |runs: &[Run], pick: fn(&Run) -> f64| median(runs.iter().map(pick).collect());
    let peak =
        |runs: &[Run]| runs.iter().map(|r| r.peak_kib).max().unwrap_or_default() as f64 / 1024.0;
    for (what, pairs) in COMPARED.iter().zip(&measured.pairs) {
        let (ours, curl): (Vec<Run>, Vec<Run>) = pairs.iter().copied().unzip();
        let seconds = of(&ours, |r| r.seconds);
        let at_or_below = pairs.iter().filter(|(o, c)| o.seconds <= c.seconds).count();
        println!(
            "| {what} | {seconds:.2} | {:.2} | {at_or_below} of {} | {:.2} | {:.2} | {:.0} | {:.1} / {:.1} |",
            of(&curl, |r| r.seconds),
            pairs.len(),
            of(&ours, |r| r.cpu_seconds),
            of(&curl, |r| r.cpu_seconds),
            mib / seconds,
            peak(&ours),
            peak(&curl),
        );
    }
    let put = &measured.one_put;
    println!(
        "\nFor reference, curl's whole upload in one PUT (no parts, no commit): {:.2} s, {:.2} s CPU, {:.1} MiB.",
        of(put, |r| r.seconds),
        of(put, |r| r.cpu_seconds),
        peak(put)
    );
    println!("\nEach run, client / curl (s):\n");
    println!(
        "| transfer | {} |",
        (1..=runs)
            .map(|r| format!("run {r}"))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    println!("|---|{}", "---:|".repeat(runs));
    for (what, pairs) in COMPARED.iter().zip(&measured.pairs) {
        let short = what.split(" (").next().unwrap_or(what);
        let cells: Vec<String> = pairs
            .iter()
            .map(|(o, c)| format!("{:.2} / {:.2}", o.seconds, c.seconds))
            .collect();
        println!("| {short} | {} |", cells.join(" | "));
    }
}

/// The recoveries of one run, each the client's beside curl's.
struct Recovering<'a> {
    dir: &'a Path,
    file: &'a Path,
    parts: &'a [PathBuf],
    /// The example against the run's fake.
    ours: &'a dyn Fn(&[&str]) -> Command,
    size: u64,
    curl_first: bool,
}

impl Recovering<'_> {
    /// A download killed at 50%, then run again (timed).
    fn download_rerun(
        &self,
        dentry: &str,
        api: &Api,
        connected: f64,
    ) -> Result<(Run, Run), String> {
        let (dir, file, half) = (self.dir, self.file, self.size / 2);
        let back = dir.join("recovered.bin");
        let partial = dir.join("recovered.bin.part");
        let pair = in_turn(
            self.curl_first,
            || {
                let _ = std::fs::remove_file(&back);
                kill_when((self.ours)(&["download", dentry, path_str(&back)?]), || {
                    file_len(&partial) >= half
                })?;
                let left = file_len(&partial);
                let run = measure(dir, (self.ours)(&["download", dentry, path_str(&back)?]))?.0;
                same_file(file, &back)?;
                Ok((run, left))
            },
            || {
                let _ = std::fs::remove_file(&back);
                let source = api.download_url(dentry)?;
                kill_when(source.curl_get(&back, false)?, || file_len(&back) >= half)?;
                let left = file_len(&back);
                // Run again, a script asks for the download's URL again, as the client does.
                let (fresh, asked) = timed(|| api.download_url(dentry))?;
                let run = measure(dir, fresh.curl_get(&back, true)?)?
                    .0
                    .plus(asked + connected);
                same_file(file, &back)?;
                Ok((run, left))
            },
        )?;
        let _ = std::fs::remove_file(&back);
        let ((ours, ours_left), (curl, curl_left)) = pair;
        eprintln!(
            "download killed with {:.0}% there (client), {:.0}% (curl)",
            ours_left as f64 * 100.0 / self.size as f64,
            curl_left as f64 * 100.0 / self.size as f64
        );
        Ok((ours, curl))
    }

    /// An upload in parts killed at 50%, then run again (timed) with its record.
    fn upload_rerun(&self, api: &Api, connected: f64, run: usize) -> Result<(Run, Run), String> {
        let (dir, file, parts) = (self.dir, self.file, self.parts);
        let record = PathBuf::from(format!("{}.upload.json", file.display()));
        in_turn(
            self.curl_first,
            || {
                let _ = std::fs::remove_file(&record);
                let upload =
                    || (self.ours)(&["--resume", "upload", path_str(file).unwrap_or_default()]);
                kill_when(upload(), || lines(&record) > parts.len() / 2)?;
                Ok(measure(dir, upload())?.0)
            },
            || {
                let key = api.begin_upload()?;
                let first_half = parts.len() / 2;
                let urls = api.part_urls(&key, 1..=first_half)?;
                let commit = api.commit_command(&key, 1000 + run)?;
                let sent = curl_parts_then_commit(&parts[..first_half], &urls, "true")?;
                measure(dir, sent)?;
                // Run again, a script asks for the URLs of the parts still missing, as the client does.
                let (urls, asked) = timed(|| api.part_urls(&key, first_half + 1..=parts.len()))?;
                let rest = curl_parts_then_commit(&parts[first_half..], &urls, &commit)?;
                Ok(measure(dir, rest)?.0.plus(asked + connected))
            },
        )
    }

    /// A download whose URL expires halfway, on a fake (started by `fake`) that expires them all.
    fn expired_download(
        &self,
        fake: &dyn Fn(&[&str]) -> Result<ChildServer, String>,
    ) -> Result<(Run, Run), String> {
        let (dir, file) = (self.dir, self.file);
        let back = dir.join("recovered.bin");
        let expiring = fake(&["--expire-downloads-at", &(self.size / 2).to_string()])?;
        let on_expiring = |args: &[&str]| {
            let mut command = (self.ours)(args);
            command.env("DINGTALK_BASE_URL", &expiring.base_url);
            command
        };
        let (_, out) = measure(dir, on_expiring(&["upload", path_str(file)?]))?;
        let dentry = dentry_of(&out)?;
        let pair = in_turn(
            self.curl_first,
            || {
                let _ = std::fs::remove_file(&back);
                let run = measure(dir, on_expiring(&["download", &dentry, path_str(&back)?]))?.0;
                same_file(file, &back)?;
                Ok(run)
            },
            || {
                let _ = std::fs::remove_file(&back);
                // Only the API calls are timed beside curl's runs: not the
                // disk's pending writes, taken before each run.
                let ((api, first), asked) = timed(|| {
                    let api = Api::connect(&expiring.base_url)?;
                    let first = api.download_url(&dentry)?;
                    Ok((api, first))
                })?;
                // curl exits with 18 when the body ends short of its length.
                let mut cut = Command::new("sh");
                cut.arg("-c")
                    .arg(r#""$@"; [ $? -eq 18 ]"#)
                    .arg("sh")
                    .args(["curl", "-sS", "-o", path_str(&back)?])
                    .args(first.header_args())
                    .arg(&first.url);
                let cut = measure(dir, cut)?.0;
                let (fresh, asked_again) = timed(|| api.download_url(&dentry))?;
                let rest = measure(dir, fresh.curl_get(&back, true)?)?.0;
                same_file(file, &back)?;
                Ok(cut.then(rest).plus(asked + asked_again))
            },
        )?;
        let _ = std::fs::remove_file(&back);
        Ok(pair)
    }
}

impl Run {
    /// The run with `seconds` more: the API calls made around a transfer.
    fn plus(self, seconds: f64) -> Run {
        Run {
            seconds: self.seconds + seconds,
            ..self
        }
    }

    /// This run, then `next`: their times added, the larger peak.
    fn then(self, next: Run) -> Run {
        Run {
            seconds: self.seconds + next.seconds,
            cpu_seconds: self.cpu_seconds + next.cpu_seconds,
            peak_kib: self.peak_kib.max(next.peak_kib),
        }
    }
}

/// What `call` returns, and the seconds it took.
fn timed<T>(call: impl FnOnce() -> Result<T, String>) -> Result<(T, f64), String> {
    let started = Instant::now();
    let value = call()?;
    Ok((value, started.elapsed().as_secs_f64()))
}

/// `curl` sending `parts` to `urls`, [`PARALLEL`] at once, then the shell
/// command `commit`.
fn curl_parts_then_commit(
    parts: &[PathBuf],
    urls: &[Signed],
    commit: &str,
) -> Result<Command, String> {
    let mut curl = Command::new("curl");
    curl.args(["--parallel", "--parallel-max", &PARALLEL.to_string()]);
    for (i, (part, url)) in parts.iter().zip(urls).enumerate() {
        if i > 0 {
            curl.arg("--next");
        }
        curl.args(["-sS", "--fail", "-o", "/dev/null", "-T", path_str(part)?]);
        curl.args(url.header_args()).arg(&url.url);
    }
    let mut both = Command::new("sh");
    both.arg("-c")
        .arg(r#"set -e; "$@" > /dev/null 2>&1 || { echo "curl failed" >&2; exit 1; }; eval "$COMMIT""#)
        .arg("sh")
        .arg(curl.get_program())
        .args(curl.get_args())
        .env("COMMIT", commit);
    Ok(both)
}

/// Runs `command` until `reached` holds, then kills it, as a transfer
/// interrupted part way; fails if it finishes first.
fn kill_when(mut command: Command, reached: impl Fn() -> bool) -> Result<(), String> {
    let shown = format!("{:?}", command.get_program());
    let mut child = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("starting {shown}: {e}"))?;
    loop {
        if reached() {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(());
        }
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            return Err(format!(
                "{shown} ended ({status}) before it could be interrupted"
            ));
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

fn file_len(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

/// The lines of a file: an upload record's first line and one per finished part.
fn lines(path: &Path) -> usize {
    std::fs::read_to_string(path).map_or(0, |text| text.lines().count())
}

/// The dentry id in the example's `uploaded …` line.
fn dentry_of(out: &str) -> Result<String, String> {
    out.split_whitespace()
        .skip_while(|word| *word != "(dentry")
        .nth(1)
        .map(str::to_owned)
        .ok_or(format!("no dentry id in the example's output: {out}"))
}
/// Writes `size` bytes of pseudo-random content to `path`, unless it is there already.
fn make_file(path: &Path, size: u64) -> Result<(), String> {
    if std::fs::metadata(path).is_ok_and(|m| m.len() == size) {
        return Ok(());
    }
    eprintln!("writing {} bytes to {}", size, path.display());
    let file =
        std::fs::File::create(path).map_err(|e| format!("creating {}: {e}", path.display()))?;
    let mut out = std::io::BufWriter::with_capacity(1 << 20, file);
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut left = size;
    while left > 0 {
        // xorshift64: incompressible enough that no layer can cheat on it.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let bytes = state.to_le_bytes();
        let n = left.min(8) as usize;
        out.write_all(&bytes[..n]).map_err(|e| e.to_string())?;
        left -= n as u64;
    }
    out.flush().map_err(|e| e.to_string())
}

/// Fails unless the two files hold the same bytes.
fn same_file(a: &Path, b: &Path) -> Result<(), String> {
    let status = Command::new("cmp")
        .args(["-s"])
        .arg(a)
        .arg(b)
        .status()
        .map_err(|e| format!("running cmp: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} differs from {}", b.display(), a.display()))
    }
}
/// The few API calls `curl` needs made for it, sent with `curl` too.
struct Api {
    base_url: String,
    token: String,
    space_id: String,
}

/// A signed URL and the headers to send with it.
struct Signed {
    url: String,
    headers: Vec<(String, String)>,
}

impl Signed {
    /// `curl` getting the URL into the file `to`; with `resume`, from the
    /// end of what `to` holds (`-C -`).
    fn curl_get(&self, to: &Path, resume: bool) -> Result<Command, String> {
        let mut curl = Command::new("curl");
        curl.args(["-sS", "--fail", "-o", path_str(to)?]);
        if resume {
            curl.args(["-C", "-"]);
        }
        curl.args(self.header_args()).arg(&self.url);
        Ok(curl)
    }

    fn header_args(&self) -> Vec<String> {
        self.headers
            .iter()
            .flat_map(|(name, value)| ["-H".to_owned(), format!("{name}: {value}")])
            .collect()
    }
}

const UNION_ID: &str = "fake-union-id";

impl Api {
    fn connect(base_url: &str) -> Result<Api, String> {
        let mut api = Api {
            base_url: base_url.to_owned(),
            token: String::new(),
            space_id: String::new(),
        };
        let token = api.post(
            "/v1.0/oauth2/accessToken",
            json!({"appKey": "fake-app-key", "appSecret": "fake-app-secret"}),
        )?;
        api.token = text(&token, "/accessToken")?;
        let space = api.post(
            &format!("/v1.0/storage/spaces?unionId={UNION_ID}"),
            json!({"option": {"name": "dingtalk-openapi transfers", "scene": "dingtalk-openapi-transfer", "sceneId": "1"}}),
        )?;
        // The space the `transfer` example uploads to.
        api.space_id = text(&space, "/space/id")?;
        Ok(api)
    }

    fn upload_url(&self) -> Result<Signed, String> {
        let info = self.post(
            &format!(
                "/v1.0/storage/spaces/{}/files/uploadInfos/query?unionId={UNION_ID}",
                self.space_id
            ),
            json!({"protocol": "HEADER_SIGNATURE", "multipart": false}),
        )?;
        signed(&info)
    }

    /// Starts an upload in parts; returns its key.
    fn begin_upload(&self) -> Result<String, String> {
        let init = self.post(
            &format!(
                "/v1.0/storage/spaces/{}/files/multiPartUploadInfos/init?unionId={UNION_ID}",
                self.space_id
            ),
            json!({}),
        )?;
        text(&init, "/uploadKey")
    }

    /// The URLs of parts `numbers` of the upload `key`, in order.
    fn part_urls(
        &self,
        key: &str,
        numbers: std::ops::RangeInclusive<usize>,
    ) -> Result<Vec<Signed>, String> {
        let numbers: Vec<usize> = numbers.collect();
        let infos = self.post(
            &format!("/v1.0/storage/spaces/files/multiPartUploadInfos/query?unionId={UNION_ID}"),
            json!({"uploadKey": key, "partNumbers": numbers}),
        )?;
        let mut urls: Vec<(u64, Signed)> = infos
            .pointer("/multipartHeaderSignatureInfos")
            .and_then(Value::as_array)
            .ok_or(format!("no part URLs in {infos}"))?
            .iter()
            .map(|info| {
                let number = info
                    .pointer("/partNumber")
                    .and_then(Value::as_u64)
                    .unwrap_or(0);
                Ok((number, signed(info)?))
            })
            .collect::<Result<_, String>>()?;
        urls.sort_by_key(|(number, _)| *number);
        Ok(urls.into_iter().map(|(_, url)| url).collect())
    }

    /// A shell command that commits an upload with curl.
    fn commit_command(&self, key: &str, run: usize) -> Result<String, String> {
        let body = json!({"uploadKey": key, "name": format!("curl-{run}.bin"), "parentId": "0"});
        Ok(format!(
            "curl -sS --fail -o /dev/null -X POST -H 'content-type: application/json' -H 'x-acs-dingtalk-access-token: {}' --data-binary '{}' '{}/v1.0/storage/spaces/{}/files/commit?unionId={UNION_ID}'",
            self.token, body, self.base_url, self.space_id
        ))
    }

    fn download_url(&self, dentry: &str) -> Result<Signed, String> {
        let info = self.post(
            &format!(
                "/v1.0/storage/spaces/{}/dentries/{dentry}/downloadInfos/query?unionId={UNION_ID}",
                self.space_id
            ),
            json!({}),
        )?;
        signed(&info)
    }

    fn post(&self, path: &str, body: Value) -> Result<Value, String> {
        let output = Command::new("curl")
            .args([
                "-sS",
                "--fail-with-body",
                "-X",
                "POST",
                "-H",
                "content-type: application/json",
            ])
            .args([
                "-H",
                &format!("x-acs-dingtalk-access-token: {}", self.token),
            ])
            .args(["--data-binary", &body.to_string()])
            .arg(format!("{}{path}", self.base_url))
            .output()
            .map_err(|e| format!("running curl: {e}"))?;
        let text = String::from_utf8_lossy(&output.stdout);
        if !output.status.success() {
            return Err(format!("POST {path} failed: {text}"));
        }
        serde_json::from_str(&text).map_err(|e| format!("POST {path} answered {text}: {e}"))
    }
}

fn text(value: &Value, pointer: &str) -> Result<String, String> {
    value
        .pointer(pointer)
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or(format!("no `{pointer}` in {value}"))
}

fn signed(info: &Value) -> Result<Signed, String> {
    let url = text(info, "/headerSignatureInfo/resourceUrls/0")?;
    let headers = info
        .pointer("/headerSignatureInfo/headers")
        .and_then(Value::as_object)
        .map(|headers| {
            headers
                .iter()
                .map(|(name, value)| (name.clone(), value.as_str().unwrap_or_default().to_owned()))
                .collect()
        })
        .unwrap_or_default();
    Ok(Signed { url, headers })
}

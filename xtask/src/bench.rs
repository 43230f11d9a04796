//! `cargo xtask bench gen`: the generator's time, phase by phase, on the
//! DingTalk spec and on GitHub's REST description.
//!
//! `cargo xtask bench transfer`: a large file up to and down from the fake
//! DingTalk's object storage on loopback, by the client (the `transfer`
//! example, built in release) and by `curl` moving the same bytes to the same
//! server, runs alternating. Each run is a process of its own, timed and
//! measured (peak resident memory) by GNU time.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use serde_json::{json, Value};

/// What `bench transfer` was asked for.
pub struct Settings {
    pub size: u64,
    pub runs: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            size: 1 << 30,
            runs: 3,
        }
    }
}

impl Settings {
    pub fn parse(args: &[&str]) -> Result<Settings, String> {
        let mut settings = Settings::default();
        let mut args = args.iter();
        while let Some(flag) = args.next() {
            let value = args.next().ok_or(format!("`{flag}` needs a value"))?;
            let number = || {
                value
                    .parse::<u64>()
                    .map_err(|_| format!("`{value}` is not a number"))
            };
            match *flag {
                "--size-mib" => settings.size = number()? << 20,
                "--runs" => settings.runs = number()?.max(1) as usize,
                other => return Err(format!("unknown option `{other}`")),
            }
        }
        Ok(settings)
    }
}

/// The client's default part size and concurrency, which curl is given too.
const PART_SIZE: u64 = 8 << 20;
const PARALLEL: usize = 4;

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

/// One measured process: wall seconds and peak resident memory in KiB.
#[derive(Clone, Copy)]
pub(crate) struct Run {
    pub(crate) seconds: f64,
    /// User and system CPU time.
    pub(crate) cpu_seconds: f64,
    pub(crate) peak_kib: u64,
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

    let dir = root.join("target/bench/transfer");
    std::fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let file = dir.join(format!("{}MiB.bin", settings.size >> 20));
    make_file(&file, settings.size)?;
    let back = dir.join("downloaded.bin");

    let example = root.join("target/release/examples/transfer");
    let parts = split(&file, &dir.join("parts"), PART_SIZE)?;
    let (mut ours_up, mut curl_up, mut ours_down, mut curl_down) = (vec![], vec![], vec![], vec![]);
    let mut curl_parts_up = vec![];
    let mut dentry = String::new();
    for run in 1..=settings.runs {
        eprintln!("run {run} of {}", settings.runs);
        // A fake of its own for each run, so that the files it stores go with it.
        let fake = Fake::start(&root.join("target/release/fake-dingtalk"))?;
        let ours = |args: &[&str]| -> Command {
            let mut command = Command::new(&example);
            command
                .args(args)
                .env("DINGTALK_BASE_URL", &fake.base_url)
                .env_remove("DINGTALK_APP_KEY");
            command
        };
        let api = Api::connect(&fake.base_url)?;
        let (measured, out) = measure(&dir, ours(&["upload", path_str(&file)?]))?;
        ours_up.push(measured);
        dentry = out
            .split_whitespace()
            .skip_while(|word| *word != "(dentry")
            .nth(1)
            .ok_or(format!("no dentry id in the example's output: {out}"))?
            .to_owned();

        let target = api.upload_url()?;
        let mut curl = Command::new("curl");
        curl.args(["-sS", "--fail", "-o", "/dev/null", "-T", path_str(&file)?]);
        curl.args(target.header_args()).arg(&target.url);
        curl_up.push(measure(&dir, curl)?.0);

        // The client's flow with curl: the same parts, as many at once, then the commit.
        let (key, urls) = api.part_urls(parts.len())?;
        let mut curl = Command::new("curl");
        curl.args(["--parallel", "--parallel-max", &PARALLEL.to_string()]);
        for (i, (part, url)) in parts.iter().zip(&urls).enumerate() {
            if i > 0 {
                curl.arg("--next");
            }
            curl.args(["-sS", "--fail", "-o", "/dev/null", "-T", path_str(part)?]);
            curl.args(url.header_args()).arg(&url.url);
        }
        let commit = api.commit_command(&key, run)?;
        let mut both = Command::new("sh");
        both.arg("-c").arg(r#"set -e; "$@" > /dev/null 2>&1 || { echo "curl failed" >&2; exit 1; }; eval "$COMMIT""#)
            .arg("sh")
            .arg(curl.get_program())
            .args(curl.get_args())
            .env("COMMIT", commit);
        curl_parts_up.push(measure(&dir, both)?.0);

        ours_down.push(measure(&dir, ours(&["download", &dentry, path_str(&back)?]))?.0);
        same_file(&file, &back)?;

        let source = api.download_url(&dentry)?;
        let mut curl = Command::new("curl");
        curl.args(["-sS", "--fail", "-o", path_str(&back)?]);
        curl.args(source.header_args()).arg(&source.url);
        curl_down.push(measure(&dir, curl)?.0);
        same_file(&file, &back)?;
    }
    let _ = std::fs::remove_file(&back);

    let mib = settings.size as f64 / (1 << 20) as f64;
    println!(
        "{mib:.0} MiB on loopback, median of {} runs (wall time, throughput; peak resident memory, largest run)\n",
        settings.runs
    );
    println!("| transfer | tool | time (s) | MiB/s | peak RSS (MiB) |");
    println!("|---|---|---|---|---|");
    for (what, tool, runs) in [
        (
            "upload",
            "dingtalk client (8 MiB parts, 4 at once)",
            &ours_up,
        ),
        (
            "upload",
            "curl, the same parts 4 at once, then the commit",
            &curl_parts_up,
        ),
        ("upload", "curl, one PUT (no parts, no commit)", &curl_up),
        ("download", "dingtalk client", &ours_down),
        ("download", "curl", &curl_down),
    ] {
        let seconds = median(runs.iter().map(|r| r.seconds).collect());
        let peak = runs.iter().map(|r| r.peak_kib).max().unwrap_or_default();
        println!(
            "| {what} | {tool} | {seconds:.2} | {:.0} | {:.1} |",
            mib / seconds,
            peak as f64 / 1024.0
        );
    }
    eprintln!("last uploaded dentry: {dentry}");
    Ok(())
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

pub(crate) fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or_default()
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

pub(crate) fn cargo(root: &Path, args: &[&str]) -> Result<(), String> {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(root).args(args);
    run_cargo(command)
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

fn path_str(path: &Path) -> Result<&str, String> {
    path.to_str()
        .ok_or(format!("{} is not UTF-8", path.display()))
}

/// The fake DingTalk, served by its binary until dropped.
struct Fake {
    child: Child,
    base_url: String,
}

impl Fake {
    fn start(binary: &PathBuf) -> Result<Fake, String> {
        let mut child = Command::new(binary)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("starting {}: {e}", binary.display()))?;
        let stdout = child.stdout.take().ok_or("no output from the fake")?;
        let mut lines = BufReader::new(stdout);
        let mut first = String::new();
        lines.read_line(&mut first).map_err(|e| e.to_string())?;
        // The rest of what it prints is read and dropped, so that it never
        // writes to a closed pipe.
        std::thread::spawn(move || std::io::copy(&mut lines, &mut std::io::sink()));
        let base_url = first
            .split_whitespace()
            .find(|word| word.starts_with("http://"))
            .ok_or(format!("the fake said `{first}`, not where it serves"))?
            .to_owned();
        Ok(Fake { child, base_url })
    }
}

impl Drop for Fake {
    fn drop(&mut self) {
        // Interrupted, the fake stops as on Ctrl-C and removes the files it
        // stored; killed, it would leave them behind.
        let interrupted = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .is_ok_and(|status| status.success());
        if interrupted {
            for _ in 0..100 {
                if let Ok(Some(_)) = self.child.try_wait() {
                    return;
                }
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
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

    /// Starts an upload in parts; returns its key and the URL of each part.
    fn part_urls(&self, parts: usize) -> Result<(String, Vec<Signed>), String> {
        let init = self.post(
            &format!(
                "/v1.0/storage/spaces/{}/files/multiPartUploadInfos/init?unionId={UNION_ID}",
                self.space_id
            ),
            json!({}),
        )?;
        let key = text(&init, "/uploadKey")?;
        let numbers: Vec<usize> = (1..=parts).collect();
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
        Ok((key, urls.into_iter().map(|(_, url)| url).collect()))
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

/// `cargo xtask bench gen [--runs N]`: each document generated `runs` times in
/// this process; the median time of each phase.
/// The documents `bench gen` times: (key, description, spec path, settings).
fn generation_documents(
    root: &Path,
) -> Result<[(&'static str, &'static str, PathBuf, codegen::Settings); 2], String> {
    Ok([
        (
            "dingtalk",
            "DingTalk (`spec/dingtalk.yaml` and the files it refers to)",
            root.join(crate::SPEC),
            crate::settings(),
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
pub fn generation(root: &Path, args: &[&str]) -> Result<(), String> {
    let runs = match args {
        [] => 5,
        ["--runs", n] => n
            .parse::<usize>()
            .map_err(|_| format!("`{n}` is not a number"))?
            .max(1),
        ["--once", key] => return generate_once(root, key),
        _ => return Err(format!("unknown options {args:?}")),
    };
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

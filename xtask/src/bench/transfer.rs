//! `cargo xtask bench transfer`: a large file up to and down from the fake
//! DingTalk's object storage on loopback, by the client (the `transfer`
//! example, built in release) and by `curl` moving the same bytes to the same
//! server, runs alternating. Each run is a process of its own, timed and
//! measured (peak resident memory) by GNU time, started once the disk has
//! taken every pending write. Curl's time includes the API calls it needs
//! for its URLs (made with curl too), as the client's includes its own.
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
/// (`sync`): each transfer starts on a quiet disk, whichever ran before it.
fn measure(dir: &Path, command: Command) -> Result<(Run, String), String> {
    let synced = Command::new("sync")
        .status()
        .map_err(|e| format!("running sync: {e}"))?;
    if !synced.success() {
        return Err(format!("sync failed ({synced})"));
    }
    super::measure(dir, command)
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
    let (mut ours_up, mut curl_up, mut ours_down, mut curl_down) = (vec![], vec![], vec![], vec![]);
    let mut curl_parts_up = vec![];
    let mut recoveries: Vec<Recovered> = vec![];
    let mut dentry = String::new();
    for run in 1..=settings.runs {
        eprintln!("run {run} of {}", settings.runs);
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
        let api = Api::connect(&fake.base_url)?;
        let (measured, out) = measure(&dir, ours(&["upload", path_str(&file)?]))?;
        ours_up.push(measured);
        dentry = dentry_of(&out)?;

        let (target, asked) = timed(|| api.upload_url())?;
        let mut curl = Command::new("curl");
        curl.args(["-sS", "--fail", "-o", "/dev/null", "-T", path_str(&file)?]);
        curl.args(target.header_args()).arg(&target.url);
        curl_up.push(measure(&dir, curl)?.0.plus(asked));

        // The client's flow with curl: the same parts, as many at once, then the commit.
        let ((key, urls), asked) = timed(|| {
            let key = api.begin_upload()?;
            let urls = api.part_urls(&key, 1..=parts.len())?;
            Ok((key, urls))
        })?;
        let both = curl_parts_then_commit(&parts, &urls, &api.commit_command(&key, run)?)?;
        curl_parts_up.push(measure(&dir, both)?.0.plus(asked));

        // Each download writes a new file, none replacing another.
        let _ = std::fs::remove_file(&back);
        ours_down.push(measure(&dir, ours(&["download", &dentry, path_str(&back)?]))?.0);
        same_file(&file, &back)?;

        std::fs::remove_file(&back).map_err(|e| e.to_string())?;
        let (source, asked) = timed(|| api.download_url(&dentry))?;
        let mut curl = Command::new("curl");
        curl.args(["-sS", "--fail", "-o", path_str(&back)?]);
        curl.args(source.header_args()).arg(&source.url);
        curl_down.push(measure(&dir, curl)?.0.plus(asked));
        same_file(&file, &back)?;

        let recovered = recover(
            &start_fake,
            &dir,
            &file,
            &parts,
            &dentry,
            &api,
            &ours,
            run,
            settings.size(),
        )?;
        recoveries.push(recovered);
    }
    let _ = std::fs::remove_file(&back);

    let mib = settings.size() as f64 / (1 << 20) as f64;
    println!(
        "{mib:.0} MiB on loopback, median of {} runs (wall time with the API calls each needs for its URLs, throughput; peak resident memory, largest run)\n",
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
            "curl, the part URLs asked for, the same parts 4 at once, then the commit",
            &curl_parts_up,
        ),
        (
            "upload",
            "curl, the upload URL asked for, one PUT (no parts, no commit)",
            &curl_up,
        ),
        ("download", "dingtalk client", &ours_down),
        ("download", "curl, the download URL asked for", &curl_down),
    ] {
        let seconds = median(runs.iter().map(|r| r.seconds).collect());
        let peak = runs.iter().map(|r| r.peak_kib).max().unwrap_or_default();
        println!(
            "| {what} | {tool} | {seconds:.2} | {:.0} | {:.1} |",
            mib / seconds,
            peak as f64 / 1024.0
        );
    }
    let full = |runs: &[Run]| median(runs.iter().map(|r| r.seconds).collect());
    println!(
        "\nRecovering, median of {} runs (wall time of what finishes the transfer; the whole transfer without trouble for reference)\n",
        settings.runs
    );
    println!(
        "| transfer | dingtalk client (s) | curl, the same work (s) | whole transfer, client (s) |"
    );
    println!("|---|---|---|---|");
    let cell = |pick: fn(&Recovered) -> (f64, f64)| {
        let (ours, curl): (Vec<f64>, Vec<f64>) = recoveries.iter().map(pick).unzip();
        (median(ours), median(curl))
    };
    for (what, (ours, curl), whole) in [
        (
            "download, run again after a kill at 50% (client: from its `.part`; curl: a fresh URL, `-C -`)",
            cell(|r| r.download_rerun),
            full(&ours_down),
        ),
        (
            "upload in parts, run again after a kill at 50% (client: `--resume`; curl: the missing parts' URLs, the parts, then the commit)",
            cell(|r| r.upload_rerun),
            full(&ours_up),
        ),
        (
            "download whose URL expires halfway (client: a fresh URL, then `Range`; curl: cut, a fresh URL, `-C -`)",
            cell(|r| r.expired_download),
            full(&ours_down),
        ),
    ] {
        println!("| {what} | {ours:.2} | {curl:.2} | {whole:.2} |");
    }
    eprintln!("last uploaded dentry: {dentry}");
    Ok(())
}

/// Seconds taken by the client and by curl to finish each recovery.
struct Recovered {
    download_rerun: (f64, f64),
    upload_rerun: (f64, f64),
    expired_download: (f64, f64),
}

/// One run of the recoveries, against the run's fake (`ours` runs the
/// example against it) and a second fake (started by `fake`) whose
/// downloads expire halfway.
#[allow(clippy::too_many_arguments)]
fn recover(
    fake: &dyn Fn(&[&str]) -> Result<ChildServer, String>,
    dir: &Path,
    file: &Path,
    parts: &[PathBuf],
    dentry: &str,
    api: &Api,
    ours: &dyn Fn(&[&str]) -> Command,
    run: usize,
    size: u64,
) -> Result<Recovered, String> {
    let back = dir.join("recovered.bin");
    let partial = dir.join("recovered.bin.part");
    let half = size / 2;

    // A download killed at 50%, then run again.
    let _ = std::fs::remove_file(&back);
    kill_when(ours(&["download", dentry, path_str(&back)?]), || {
        file_len(&partial) >= half
    })?;
    let ours_left = file_len(&partial);
    let ours_download = measure(dir, ours(&["download", dentry, path_str(&back)?]))?.0;
    same_file(file, &back)?;
    std::fs::remove_file(&back).map_err(|e| e.to_string())?;
    let source = api.download_url(dentry)?;
    let curl_download = |source: &Signed, resume: bool| -> Result<Command, String> {
        let mut curl = Command::new("curl");
        curl.args(["-sS", "--fail", "-o", path_str(&back)?]);
        if resume {
            curl.args(["-C", "-"]);
        }
        curl.args(source.header_args()).arg(&source.url);
        Ok(curl)
    };
    kill_when(curl_download(&source, false)?, || file_len(&back) >= half)?;
    let curl_left = file_len(&back);
    eprintln!(
        "download killed with {:.0}% there (client), {:.0}% (curl)",
        ours_left as f64 * 100.0 / size as f64,
        curl_left as f64 * 100.0 / size as f64
    );
    // Run again, a script asks for the download's URL again, as the client does.
    let (fresh, asked) = timed(|| api.download_url(dentry))?;
    let curl_download = measure(dir, curl_download(&fresh, true)?)?.0.plus(asked);
    same_file(file, &back)?;

    // An upload in parts killed at 50%, then run again with its record.
    let record = PathBuf::from(format!("{}.upload.json", file.display()));
    let _ = std::fs::remove_file(&record);
    let upload = || ours(&["--resume", "upload", path_str(file).unwrap_or_default()]);
    kill_when(upload(), || lines(&record) > parts.len() / 2)?;
    let ours_upload = measure(dir, upload())?.0;
    let key = api.begin_upload()?;
    let first_half = parts.len() / 2;
    let urls = api.part_urls(&key, 1..=first_half)?;
    let commit = api.commit_command(&key, 1000 + run)?;
    let sent = curl_parts_then_commit(&parts[..first_half], &urls, "true")?;
    measure(dir, sent)?;
    // Run again, a script asks for the URLs of the parts still missing, as the client does.
    let (urls, asked) = timed(|| api.part_urls(&key, first_half + 1..=parts.len()))?;
    let rest = curl_parts_then_commit(&parts[first_half..], &urls, &commit)?;
    let curl_upload = measure(dir, rest)?.0.plus(asked);

    // A download whose URL expires halfway, on a fake that expires them all.
    let expiring = fake(&["--expire-downloads-at", &half.to_string()])?;
    let on_expiring = |args: &[&str]| {
        let mut command = ours(args);
        command.env("DINGTALK_BASE_URL", &expiring.base_url);
        command
    };
    let (_, out) = measure(dir, on_expiring(&["upload", path_str(file)?]))?;
    let expiring_dentry = dentry_of(&out)?;
    let _ = std::fs::remove_file(&back);
    let ours_expired = measure(
        dir,
        on_expiring(&["download", &expiring_dentry, path_str(&back)?]),
    )?
    .0;
    same_file(file, &back)?;
    std::fs::remove_file(&back).map_err(|e| e.to_string())?;
    let expiring_api = Api::connect(&expiring.base_url)?;
    let started = Instant::now();
    let first = expiring_api.download_url(&expiring_dentry)?;
    // curl exits with 18 when the body ends short of its length.
    let mut cut = Command::new("sh");
    cut.arg("-c")
        .arg(r#""$@"; [ $? -eq 18 ]"#)
        .arg("sh")
        .args(["curl", "-sS", "-o", path_str(&back)?])
        .args(first.header_args())
        .arg(&first.url);
    let cut = measure(dir, cut)?.0;
    let fresh = expiring_api.download_url(&expiring_dentry)?;
    let mut rest = Command::new("curl");
    rest.args(["-sS", "--fail", "-C", "-", "-o", path_str(&back)?])
        .args(fresh.header_args())
        .arg(&fresh.url);
    let rest = measure(dir, rest)?.0;
    let asked = started.elapsed().as_secs_f64() - cut.seconds - rest.seconds;
    same_file(file, &back)?;
    let _ = std::fs::remove_file(&back);
    Ok(Recovered {
        download_rerun: (ours_download.seconds, curl_download.seconds),
        upload_rerun: (ours_upload.seconds, curl_upload.seconds),
        expired_download: (
            ours_expired.seconds,
            cut.seconds + rest.seconds + asked.max(0.0),
        ),
    })
}

impl Run {
    /// The run with `seconds` more: the API calls made around a transfer.
    fn plus(self, seconds: f64) -> Run {
        Run {
            seconds: self.seconds + seconds,
            ..self
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

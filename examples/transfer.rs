//! Uploads a file to a storage space, or downloads one, with a progress bar.
//!
//!     cargo run -p dingtalk-examples --example transfer -- [--resume] upload FILE
//!     cargo run -p dingtalk-examples --example transfer -- download DENTRY PATH
//!     cargo run -p dingtalk-examples --example transfer -- [--resume] roundtrip FILE PATH
//!
//! The result goes to standard output, one line a transfer (`uploaded FILE as
//! NAME (dentry ID in space SPACE, N bytes)`, `downloaded dentry ID to PATH (N
//! bytes)`), for scripts to read; progress, warnings and logs go to standard
//! error.
//!
//! A download stopped part way (Ctrl-C, a failure) leaves `PATH.part` and a
//! record beside it; run the same download again and it goes on from there if
//! the file is unchanged. With `--resume`, an upload in parts keeps a record of
//! its finished parts in `FILE.upload.json`; run it again after a stop and only
//! the missing parts go up.
//!
//! By default it runs against the local fake DingTalk, started in-process, which
//! forgets its files when the example ends: `roundtrip` uploads FILE and
//! downloads it again to PATH in one run. To upload in one run and download in
//! another, serve the fake (`cargo run -p fake-dingtalk -- --port 8700`) and set
//! `DINGTALK_BASE_URL=http://127.0.0.1:8700`.
//!
//! With credentials in the environment it calls the real service instead:
//!
//!     DINGTALK_APP_KEY=... DINGTALK_APP_SECRET=... DINGTALK_UNION_ID=... \
//!         cargo run -p dingtalk-examples --example transfer -- upload FILE
//!
//! Files go to the root folder of a storage space that the example creates once
//! for the app (the same scene always gives back the same space).
//! `DINGTALK_PART_SIZE` (bytes, 8 MiB by default) and `DINGTALK_CONCURRENCY`
//! (4 by default) tune uploads in parts; `RUST_LOG=openapi_runtime=debug`
//! shows every request.

use std::path::Path;
use std::time::Duration;

use dingtalk::storage_1_0::{
    ConflictStrategy, DownloadFileInput, StorageAddSpaceOption, UploadFileInput,
};
use dingtalk::{Client, Credentials, Progress, TransferOptions};
use fake_dingtalk::FakeDingTalk;
use indicatif::{ProgressBar, ProgressStyle};

type Result<T, E = Box<dyn std::error::Error>> = std::result::Result<T, E>;

const USAGE: &str =
    "usage: transfer [--resume] upload FILE | download DENTRY PATH | [--resume] roundtrip FILE PATH";

#[tokio::main]
async fn main() -> Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let resume = args.iter().any(|arg| arg == "--resume");
    let args: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|arg| *arg != "--resume")
        .collect();
    if !matches!(
        args.as_slice(),
        ["upload", _] | ["download", _, _] | ["roundtrip", _, _]
    ) {
        eprintln!("{USAGE}");
        std::process::exit(2);
    }

    let mut session = Session::open().await?;
    session.resume = resume;
    let done = match args.as_slice() {
        ["upload", file] => session.upload(Path::new(file)).await.map(drop),
        ["download", dentry, path] => session.download(dentry, Path::new(path)).await,
        ["roundtrip", file, path] => match session.upload(Path::new(file)).await {
            Ok(dentry) => session.download(&dentry, Path::new(path)).await,
            Err(e) => Err(e),
        },
        _ => unreachable!("checked above"),
    };
    if let Err(error) = done {
        eprintln!("error: {error}");
        if session.fake.is_some() && args[0] == "download" {
            eprintln!(
                "(the fake started for this run holds no files yet: try `roundtrip FILE PATH`, or serve the fake and set DINGTALK_BASE_URL)"
            );
        }
        std::process::exit(1);
    }
    Ok(())
}

/// A client, the user it acts as, and the space files go to.
struct Session {
    client: Client,
    union_id: String,
    space_id: String,
    transfer: TransferOptions,
    /// Whether uploads in parts keep a record to go on from after a stop.
    resume: bool,
    fake: Option<FakeDingTalk>,
}

impl Session {
    async fn open() -> Result<Session> {
        let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let (base_url, credentials, union_id, fake) = match (
            env("DINGTALK_APP_KEY"),
            env("DINGTALK_APP_SECRET"),
            env("DINGTALK_UNION_ID"),
            env("DINGTALK_BASE_URL"),
        ) {
            (Some(key), Some(secret), Some(union_id), base_url) => {
                let base_url = base_url.unwrap_or_else(|| "https://api.dingtalk.com".to_owned());
                (
                    base_url,
                    Credentials::app(dingtalk::AppCredentials {
                        app_key: &key,
                        app_secret: &secret,
                    }),
                    union_id,
                    None,
                )
            }
            (_, _, _, Some(base_url)) => (base_url, fake_credentials(), fake_user(), None),
            _ => {
                let fake = FakeDingTalk::start().await?;
                eprintln!(
                    "Using a local fake DingTalk started for this run at {} (see the example's docs for the real one)",
                    fake.base_url()
                );
                (fake.base_url(), fake_credentials(), fake_user(), Some(fake))
            }
        };
        let client = Client::builder()
            .base_url(base_url)
            .credentials(credentials)
            .build()?;
        let space = client
            .storage_1_0()
            .add_space(&union_id)
            .option(StorageAddSpaceOption {
                name: Some("dingtalk-openapi transfers".into()),
                scene: Some("dingtalk-openapi-transfer".into()),
                scene_id: Some("1".into()),
                ..Default::default()
            })
            .send()
            .await?
            .space
            .and_then(|space| space.id)
            .ok_or("the new space has no id")?;
        let number = |name: &str| env(name).and_then(|v| v.parse::<u64>().ok());
        let mut transfer = TransferOptions::default();
        if let Some(bytes) = number("DINGTALK_PART_SIZE") {
            transfer = transfer.part_size(bytes);
        }
        if let Some(parts) = number("DINGTALK_CONCURRENCY") {
            transfer = transfer.concurrency(parts as usize);
        }
        Ok(Session {
            client,
            union_id,
            space_id: space,
            transfer,
            resume: false,
            fake,
        })
    }

    /// Uploads `file` to the space's root folder; returns the new file's id.
    async fn upload(&self, file: &Path) -> Result<String> {
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or("FILE has no usable name")?;
        let bar = bar("uploading");
        let shown = bar.clone();
        let mut upload = self
            .client
            .storage_1_0()
            .upload_file(
                UploadFileInput {
                    space_id: &self.space_id,
                    parent_id: "0",
                    union_id: &self.union_id,
                    name,
                },
                file,
            )
            .transfer_options(self.transfer.clone().on_progress(move |p| show(&shown, p)))
            .conflict_strategy(ConflictStrategy::AutoRename);
        if self.resume {
            upload = upload.resumable();
        }
        let dentry = upload.send().await;
        bar.finish();
        let dentry = dentry?;
        let id = dentry.id.ok_or("the new file has no id")?;
        println!(
            "uploaded {} as {} (dentry {id} in space {}, {} bytes)",
            file.display(),
            dentry.name.as_deref().unwrap_or(name),
            self.space_id,
            dentry.size.unwrap_or_default(),
        );
        Ok(id)
    }

    /// Downloads the file `dentry` of the space to `path`.
    async fn download(&self, dentry: &str, path: &Path) -> Result<()> {
        let bar = bar("downloading");
        let shown = bar.clone();
        let written = self
            .client
            .storage_1_0()
            .download_file(DownloadFileInput {
                space_id: &self.space_id,
                dentry_id: dentry,
                union_id: &self.union_id,
            })
            .transfer_options(self.transfer.clone().on_progress(move |p| show(&shown, p)))
            .to_path(path)
            .await;
        bar.finish();
        println!(
            "downloaded dentry {dentry} to {} ({} bytes)",
            path.display(),
            written?
        );
        Ok(())
    }
}

fn fake_credentials() -> Credentials {
    Credentials::app(dingtalk::AppCredentials {
        app_key: fake_dingtalk::APP_KEY,
        app_secret: fake_dingtalk::APP_SECRET,
    })
}

fn fake_user() -> String {
    "fake-union-id".to_owned()
}

/// A progress bar with bytes, rate and time left, on standard error.
fn bar(what: &str) -> ProgressBar {
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template(
            "{msg} [{bar:30}] {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta}",
        )
        .expect("the template is valid")
        .progress_chars("=> "),
    );
    bar.set_message(what.to_owned());
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

fn show(bar: &ProgressBar, progress: Progress) {
    bar.set_length(progress.total);
    bar.set_position(progress.done);
}

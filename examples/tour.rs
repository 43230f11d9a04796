//! A tour of the client: create a storage space, add folders, list drive spaces
//! page by page, and read the space back.
//!
//! By default it runs against the local fake DingTalk, started in-process:
//!
//!     cargo run -p dingtalk-examples --example tour
//!
//! With credentials in the environment it calls the real service instead:
//!
//!     DINGTALK_APP_KEY=... DINGTALK_APP_SECRET=... DINGTALK_UNION_ID=... \
//!         cargo run -p dingtalk-examples --example tour
//!
//! (`DINGTALK_BASE_URL` overrides the host, `https://api.dingtalk.com` by default;
//! `RUST_LOG=openapi_runtime=debug` shows every attempt.)

use dingtalk::drive_1_0::DriveSpaceType;
use dingtalk::storage_1_0::{AddFolderOption, ConflictStrategy, StorageAddSpaceOption};
use dingtalk::{drive_1_0, storage_1_0};
use dingtalk::{Client, Credentials};
use fake_dingtalk::FakeDingTalk;
use futures_util::StreamExt;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()),
        )
        .init();

    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let (base_url, credentials, union_id, _fake) = match (
        env("DINGTALK_APP_KEY"),
        env("DINGTALK_APP_SECRET"),
        env("DINGTALK_UNION_ID"),
    ) {
        (Some(key), Some(secret), Some(union_id)) => {
            let base_url =
                env("DINGTALK_BASE_URL").unwrap_or_else(|| "https://api.dingtalk.com".to_owned());
            println!("Calling DingTalk at {base_url}");
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
        _ => {
            let fake = FakeDingTalk::start().await?;
            println!("Calling the local fake DingTalk at {} (set DINGTALK_APP_KEY, DINGTALK_APP_SECRET and DINGTALK_UNION_ID for the real one)", fake.base_url());
            let credentials = Credentials::app(dingtalk::AppCredentials {
                app_key: fake_dingtalk::APP_KEY,
                app_secret: fake_dingtalk::APP_SECRET,
            });
            (
                fake.base_url(),
                credentials,
                "fake-union-id".to_owned(),
                Some(fake),
            )
        }
    };
    let client = Client::builder()
        .base_url(base_url)
        .credentials(credentials)
        .build()?;

    // The same scene and scene id always give back the same space, so re-running is safe.
    let space = client
        .storage_1_0()
        .add_space(&union_id)
        .option(StorageAddSpaceOption {
            name: Some("dingtalk-openapi tour".into()),
            scene: Some("dingtalk-openapi-tour".into()),
            scene_id: Some("1".into()),
            ..Default::default()
        })
        .send()
        .await?
        .space
        .ok_or("the response has no space")?;
    let space_id = space.id.clone().ok_or("the space has no id")?;
    println!(
        "Storage space {space_id} ({})",
        space.name.as_deref().unwrap_or("unnamed")
    );

    for strategy in [
        ConflictStrategy::ReturnDentryIfExists,
        ConflictStrategy::AutoRename,
    ] {
        let folder = client
            .storage_1_0()
            .add_folder(storage_1_0::AddFolderInput {
                space_id: &space_id,
                parent_id: "0",
                union_id: &union_id,
                name: "Reports",
            })
            .option(AddFolderOption {
                conflict_strategy: Some(strategy.clone()),
                ..Default::default()
            })
            .send()
            .await?
            .dentry
            .ok_or("the response has no folder")?;
        println!(
            "  {strategy}: folder {} at {}",
            folder.id.unwrap_or_default(),
            folder.path.unwrap_or_default()
        );
    }

    println!("Drive spaces of the organisation, two per page:");
    let mut pages = client
        .drive_1_0()
        .list_spaces(drive_1_0::ListSpacesInput {
            union_id: &union_id,
            space_type: DriveSpaceType::Org,
            max_results: 2,
        })
        .pages();
    let mut number = 0;
    while let Some(page) = pages.next().await {
        number += 1;
        let names: Vec<String> = page?
            .spaces
            .unwrap_or_default()
            .into_iter()
            .map(|s| s.space_name.or(s.space_id).unwrap_or_default())
            .collect();
        println!("  page {number}: {}", names.join(", "));
    }

    let read = client
        .storage_1_0()
        .get_space(storage_1_0::GetSpaceInput {
            space_id: &space_id,
            union_id: &union_id,
        })
        .send()
        .await?
        .space
        .ok_or("no space")?;
    println!(
        "Read back space {}: status {}, {} of {} bytes used",
        read.id.unwrap_or_default(),
        read.status.map(|s| s.to_string()).unwrap_or_default(),
        read.used_quota.unwrap_or(0),
        read.quota.map_or("unlimited".to_owned(), |q| q.to_string()),
    );
    Ok(())
}

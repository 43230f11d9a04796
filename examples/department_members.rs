//! A department's members listed page by page, each page asked for with the
//! cursor the previous one returned.
//!
//! By default it runs against the local fake DingTalk, started in-process
//! (its department 2 has 25 members), ten members a page:
//!
//!     cargo run -p dingtalk-examples --example department_members
//!
//! With credentials in the environment it calls the real service instead
//! (`DINGTALK_DEPT_ID` is `1`, the root department, when not set):
//!
//!     DINGTALK_APP_KEY=... DINGTALK_APP_SECRET=... DINGTALK_DEPT_ID=... \
//!         cargo run -p dingtalk-examples --example department_members

use dingtalk::oapi_user::ListInput;
use futures_util::StreamExt;

#[path = "legacy.rs"]
mod legacy;

/// Members a page.
const PAGE_SIZE: i32 = 10;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let setup = legacy::setup(&[]).await?;
    let default_dept = if setup.fake.is_some() { "2" } else { "1" };
    let dept_id: i64 = legacy::env("DINGTALK_DEPT_ID")
        .unwrap_or_else(|| default_dept.to_owned())
        .parse()
        .map_err(|_| "DINGTALK_DEPT_ID is not a number")?;

    let department = setup
        .client
        .oapi_department()
        .get(dept_id)
        .send()
        .await?
        .ok_or("the answer has no department")?;
    println!(
        "Members of {} (department {dept_id}), {PAGE_SIZE} a page:",
        department.name.unwrap_or_default()
    );

    let mut pages = setup
        .client
        .oapi_user()
        .list(ListInput {
            dept_id,
            cursor: 0,
            size: PAGE_SIZE,
        })
        .pages();
    let (mut number, mut total) = (0, 0);
    while let Some(page) = pages.next().await {
        let page = page?.unwrap_or_default();
        number += 1;
        let members = page.list.unwrap_or_default();
        total += members.len();
        println!("  page {number}:");
        for member in members {
            println!(
                "    {} {}{}",
                member.userid.unwrap_or_default(),
                member.name.unwrap_or_default(),
                member.title.map(|t| format!(" ({t})")).unwrap_or_default()
            );
        }
    }
    println!("{total} members in {number} pages");
    Ok(())
}

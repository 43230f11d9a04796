//! A user looked up by mobile number: the user id the number belongs to,
//! then the user's details.
//!
//! By default it runs against the local fake DingTalk, started in-process
//! (whose contact book has a user with mobile 13800000007):
//!
//!     cargo run -p dingtalk-examples --example user_by_mobile
//!
//! With credentials in the environment it calls the real service instead:
//!
//!     DINGTALK_APP_KEY=... DINGTALK_APP_SECRET=... DINGTALK_MOBILE=... \
//!         cargo run -p dingtalk-examples --example user_by_mobile

#[path = "legacy.rs"]
mod legacy;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let setup = legacy::setup(&["DINGTALK_MOBILE"]).await?;
    let mobile = legacy::input(&setup, "DINGTALK_MOBILE", "13800000007")?;
    let users = setup.client.oapi_user();

    let found = match users.get_by_mobile(mobile.as_str()).send().await {
        Ok(found) => found,
        Err(e) if e.code() == Some(dingtalk::oapi_user::ErrorCode::UserNotFound) => {
            println!("Nobody in the organisation has the mobile number {mobile}");
            return Ok(());
        }
        Err(e) => return Err(e.into()),
    };
    let userid = found
        .and_then(|r| r.userid)
        .ok_or("the answer has no user id")?;
    println!("{mobile} is user {userid}");

    let user = users
        .get(userid.as_str())
        .send()
        .await?
        .ok_or("the answer has no user")?;
    println!("  name: {}", user.name.unwrap_or_default());
    if let Some(title) = user.title {
        println!("  title: {title}");
    }
    if let Some(email) = user.email {
        println!("  email: {email}");
    }
    let departments: Vec<String> = user
        .dept_id_list
        .unwrap_or_default()
        .iter()
        .map(i64::to_string)
        .collect();
    println!("  departments: {}", departments.join(", "));
    println!("  union id: {}", user.unionid.unwrap_or_default());
    Ok(())
}

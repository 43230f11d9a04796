//! Users of the contact book (`oapi_user`): lookups by user id, mobile,
//! union id and login code, members of a department in pages, counts, and
//! creating, updating and deleting users.

use axum::extract::State;
use dingtalk::models::{OapiStatus, UserIdRequest};
use dingtalk::oapi_user::*;

use super::contacts::{page, User};
use super::{fail, ok_message, request_id, split_list, Answer, Call, Failure, St};

fn detail(user: &User, departments: &super::contacts::Contacts) -> UserDetail {
    UserDetail {
        userid: Some(user.userid.clone()),
        unionid: Some(user.unionid.clone()),
        name: Some(user.name.clone()),
        avatar: Some(format!(
            "https://static.example.com/avatar/{}.png",
            user.userid
        )),
        state_code: Some("86".into()),
        manager_userid: user.manager_userid.clone(),
        mobile: Some(user.mobile.clone()),
        hide_mobile: Some(user.hide_mobile),
        telephone: user.telephone.clone(),
        job_number: user.job_number.clone(),
        title: user.title.clone(),
        email: user.email.clone(),
        work_place: user.work_place.clone(),
        remark: user.remark.clone(),
        exclusive_account: Some(false),
        dept_id_list: Some(user.depts.clone()),
        extension: user.extension.clone(),
        leader_in_dept: Some(
            user.depts
                .iter()
                .map(|&dept| UserDetailLeaderInDeptItem {
                    dept_id: Some(dept),
                    leader: Some(
                        departments
                            .departments
                            .get(&dept)
                            .is_some_and(|d| d.managers.contains(&user.userid)),
                    ),
                })
                .collect(),
        ),
        hired_date: user.hired_date,
        active: Some(user.active),
        real_authed: Some(true),
        senior: Some(user.senior),
        admin: Some(user.admin),
        boss: Some(user.boss),
        union_emp_ext: None,
        ..Default::default()
    }
}

fn member(user: &User, dept: i64, leader: bool) -> DeptUser {
    DeptUser {
        userid: Some(user.userid.clone()),
        unionid: Some(user.unionid.clone()),
        name: Some(user.name.clone()),
        mobile: Some(user.mobile.clone()),
        hide_mobile: Some(user.hide_mobile),
        telephone: user.telephone.clone(),
        job_number: user.job_number.clone(),
        title: user.title.clone(),
        email: user.email.clone(),
        work_place: user.work_place.clone(),
        remark: user.remark.clone(),
        dept_id_list: Some(user.depts.clone()),
        dept_order: Some(dept * 1000 + user.joined as i64),
        hired_date: user.hired_date,
        active: Some(user.active),
        admin: Some(user.admin),
        boss: Some(user.boss),
        leader: Some(leader),
        exclusive_account: Some(false),
        ..Default::default()
    }
}

pub(crate) async fn get(State(state): St, Call(request): Call<UserGetRequest>) -> Answer {
    let data = state.data();
    let contacts = &data.oapi.contacts;
    let Some(user) = contacts.users.get(&request.userid) else {
        return fail(33012, format!("no user with userid {}", request.userid)).into();
    };
    Answer::ok(UserGetResponse {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
        result: Some(detail(user, contacts)),
    })
}

pub(crate) async fn get_by_mobile(
    State(state): St,
    Call(request): Call<UserGetByMobileRequest>,
) -> Answer {
    if request.mobile.trim().is_empty() {
        return fail(40104, "invalid mobile").into();
    }
    let data = state.data();
    let Some(user) = data.oapi.contacts.by_mobile(&request.mobile) else {
        return fail(60121, "no user has this mobile number").into();
    };
    Answer::ok(UserIdResponse {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
        result: Some(UserIdResponseResult {
            userid: Some(user.userid.clone()),
        }),
    })
}

pub(crate) async fn get_by_union_id(
    State(state): St,
    Call(request): Call<UserGetByUnionIdRequest>,
) -> Answer {
    let data = state.data();
    let Some(user) = data
        .oapi
        .contacts
        .users
        .values()
        .find(|u| u.unionid == request.unionid)
    else {
        return fail(60121, "no user has this unionid").into();
    };
    Answer::ok(UserGetByUnionIdResponse {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
        result: Some(UserGetByUnionIdResponseResult {
            userid: Some(user.userid.clone()),
            contact_type: Some(0),
        }),
    })
}

/// Checks a page request: the department exists and the size is 1 to 100.
fn page_request(
    contacts: &super::contacts::Contacts,
    request: &UserListRequest,
    size_code: i64,
) -> Result<(), Failure> {
    if !contacts.departments.contains_key(&request.dept_id) {
        return Err(fail(60003, "department not found"));
    }
    if !(1..=100).contains(&request.size) {
        return Err(fail(size_code, "size must be between 1 and 100"));
    }
    if request.cursor < 0 {
        return Err(fail(40068, "cursor must not be negative"));
    }
    Ok(())
}

pub(crate) async fn list(State(state): St, Call(request): Call<UserListRequest>) -> Answer {
    let data = state.data();
    let contacts = &data.oapi.contacts;
    if let Err(failure) = page_request(contacts, &request, 40035) {
        return failure.into();
    }
    let managers = &contacts.departments[&request.dept_id].managers;
    let members: Vec<DeptUser> = contacts
        .members(request.dept_id)
        .into_iter()
        .map(|u| member(u, request.dept_id, managers.contains(&u.userid)))
        .collect();
    let (list, next_cursor) = page(&members, request.cursor, request.size.into());
    Answer::ok(UserListResponse {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
        result: Some(UserListResponseResult {
            has_more: Some(next_cursor.is_some()),
            next_cursor,
            list: Some(list),
        }),
    })
}

pub(crate) async fn list_simple(State(state): St, Call(request): Call<UserListRequest>) -> Answer {
    let data = state.data();
    let contacts = &data.oapi.contacts;
    if let Err(failure) = page_request(contacts, &request, 40069) {
        return failure.into();
    }
    let members: Vec<UserListSimpleResponseResultListItem> = contacts
        .members(request.dept_id)
        .into_iter()
        .map(|u| UserListSimpleResponseResultListItem {
            userid: Some(u.userid.clone()),
            name: Some(u.name.clone()),
        })
        .collect();
    let (list, next_cursor) = page(&members, request.cursor, request.size.into());
    Answer::ok(UserListSimpleResponse {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
        result: Some(UserListSimpleResponseResult {
            has_more: Some(next_cursor.is_some()),
            next_cursor,
            list: Some(list),
        }),
    })
}

pub(crate) async fn list_id(
    State(state): St,
    Call(request): Call<dingtalk::models::DeptIdRequest>,
) -> Answer {
    let data = state.data();
    let contacts = &data.oapi.contacts;
    if !contacts.departments.contains_key(&request.dept_id) {
        return fail(60003, "department not found").into();
    }
    Answer::ok(UserListIdResponse {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
        result: Some(UserListIdResponseResult {
            userid_list: Some(
                contacts
                    .members(request.dept_id)
                    .into_iter()
                    .map(|u| u.userid.clone())
                    .collect(),
            ),
        }),
    })
}

pub(crate) async fn count(State(state): St, Call(request): Call<UserCountRequest>) -> Answer {
    let data = state.data();
    let count = data
        .oapi
        .contacts
        .users
        .values()
        .filter(|u| u.active || !request.only_active)
        .count();
    Answer::ok(UserCountResponse {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
        result: Some(UserCountResponseResult {
            count: Some(count as i64),
        }),
    })
}

/// Department ids from a comma-separated list; each must exist.
fn departments(
    contacts: &super::contacts::Contacts,
    list: Option<&str>,
) -> Result<Vec<i64>, Failure> {
    let mut ids = Vec::new();
    for id in split_list(list) {
        let id: i64 = id
            .parse()
            .map_err(|_| fail(40035, format!("{id:?} is not a department id")))?;
        if !contacts.departments.contains_key(&id) {
            return Err(fail(60003, format!("department {id} not found")));
        }
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}

fn extension_text(extension: &UserExtension) -> Option<String> {
    match extension {
        UserExtension::Variant0(map) => serde_json::to_string(map).ok(),
        UserExtension::Variant1(text) => Some(text.clone()),
    }
}

pub(crate) async fn create(State(state): St, Call(request): Call<UserCreateRequest>) -> Answer {
    let mut data = state.data();
    let id = data.id();
    let contacts = &mut data.oapi.contacts;
    if request.name.trim().is_empty() || request.name.chars().count() > 80 {
        return fail(60112, "invalid user name").into();
    }
    if request.mobile.trim().is_empty() || !request.mobile.chars().any(|c| c.is_ascii_digit()) {
        return fail(60103, "invalid mobile").into();
    }
    if contacts.by_mobile(&request.mobile).is_some() {
        return fail(60104, "the mobile number is already in the organisation").into();
    }
    let userid = request
        .userid
        .clone()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| format!("fake-user-{id}"));
    if contacts.users.contains_key(&userid) {
        return fail(60102, "the userid is already in the organisation").into();
    }
    let depts = match departments(contacts, Some(&request.dept_id_list)) {
        Ok(depts) if depts.is_empty() => {
            return fail(40035, "dept_id_list names no department").into()
        }
        Ok(depts) => depts,
        Err(failure) => return failure.into(),
    };
    let mut user = contacts.new_user(userid.clone(), request.name, request.mobile, depts);
    user.title = request.title.or(user.title);
    user.email = request.email.or(user.email);
    user.job_number = request.job_number.or(user.job_number);
    user.telephone = request.telephone;
    user.work_place = request.work_place;
    user.remark = request.remark;
    user.extension = request.extension.as_ref().and_then(extension_text);
    user.manager_userid = request.manager_userid;
    user.hired_date = request.hired_date.or(user.hired_date);
    user.hide_mobile = request.hide_mobile.unwrap_or(false);
    user.senior = request.senior_mode.unwrap_or(false);
    let union_id = user.unionid.clone();
    contacts.users.insert(userid.clone(), user);
    Answer::ok(UserCreateResponse {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
        result: Some(UserCreateResponseResult {
            userid: Some(userid),
            union_id: Some(union_id),
        }),
    })
}

pub(crate) async fn update(State(state): St, Call(request): Call<UserUpdateRequest>) -> Answer {
    let mut data = state.data();
    let contacts = &mut data.oapi.contacts;
    if !contacts.users.contains_key(&request.userid) {
        return fail(60121, format!("no user with userid {}", request.userid)).into();
    }
    let depts = match request.dept_id_list.as_deref() {
        Some(list) => match departments(contacts, Some(list)) {
            Ok(depts) if depts.is_empty() => {
                return fail(40035, "dept_id_list names no department").into()
            }
            Ok(depts) => Some(depts),
            Err(failure) => return failure.into(),
        },
        None => None,
    };
    if request.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
        return fail(60112, "invalid user name").into();
    }
    let user = contacts
        .users
        .get_mut(&request.userid)
        .expect("checked above");
    if let Some(name) = request.name {
        user.name = name;
    }
    if let Some(depts) = depts {
        user.depts = depts;
    }
    let set = |field: &mut Option<String>, value: Option<String>| {
        if value.is_some() {
            *field = value;
        }
    };
    set(&mut user.title, request.title);
    set(&mut user.email, request.email);
    set(&mut user.job_number, request.job_number);
    set(&mut user.telephone, request.telephone);
    set(&mut user.work_place, request.work_place);
    set(&mut user.remark, request.remark);
    set(&mut user.manager_userid, request.manager_userid);
    set(
        &mut user.extension,
        request.extension.as_ref().and_then(extension_text),
    );
    if let Some(hired) = request.hired_date {
        user.hired_date = Some(hired);
    }
    if let Some(hide) = request.hide_mobile {
        user.hide_mobile = hide;
    }
    if let Some(senior) = request.senior_mode {
        user.senior = senior;
    }
    Answer::ok(OapiStatus {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
    })
}

pub(crate) async fn delete(State(state): St, Call(request): Call<UserIdRequest>) -> Answer {
    let mut data = state.data();
    if data.oapi.contacts.users.remove(&request.userid).is_none() {
        return fail(33012, format!("no user with userid {}", request.userid)).into();
    }
    Answer::ok(OapiStatus {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
    })
}

pub(crate) async fn get_user_info(
    State(state): St,
    Call(request): Call<UserGetUserInfoRequest>,
) -> Answer {
    let mut data = state.data();
    let contacts = &mut data.oapi.contacts;
    let Some(user) = contacts
        .login_codes
        .remove(&request.code)
        .and_then(|userid| contacts.users.get(&userid))
    else {
        return fail(40078, "the login code is invalid or was already used").into();
    };
    Answer::ok(UserGetUserInfoResponse {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
        result: Some(UserGetUserInfoResponseResult {
            userid: Some(user.userid.clone()),
            unionid: Some(user.unionid.clone()),
            associated_unionid: None,
            device_id: Some(format!("fake-device-{}", user.userid)),
            name: Some(user.name.clone()),
            sys: Some(user.admin),
            sys_level: Some(if user.boss {
                1
            } else if user.admin {
                2
            } else {
                0
            }),
        }),
    })
}

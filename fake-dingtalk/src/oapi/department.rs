//! Departments of the contact book (`oapi_department`): details, direct
//! sub-departments, a user's chains of parents, and creating, updating and
//! deleting departments.

use axum::extract::State;
use dingtalk::models::{DeptIdRequest, OapiStatus, UserIdRequest};
use dingtalk::oapi_department::*;

use super::contacts::{Contacts, Department, ROOT};
use super::{fail, ok_message, request_id, split_list, Answer, Call, Failure, St};
use crate::CORP_ID;

fn detail(dept: &Department, contacts: &Contacts) -> DepartmentDetail {
    let members = contacts.members(dept.id).len() as i64;
    DepartmentDetail {
        dept_id: Some(dept.id),
        name: Some(dept.name.clone()),
        parent_id: (dept.id != ROOT).then_some(dept.parent_id),
        source_identifier: dept.source_identifier.clone(),
        create_dept_group: Some(dept.create_group),
        auto_add_user: Some(dept.auto_add_user),
        from_union_org: Some(false),
        order: Some(dept.order),
        group_contain_sub_dept: Some(false),
        dept_manager_userid_list: Some(dept.managers.clone()),
        outer_dept: Some(false),
        hide_dept: Some(dept.hide),
        auto_approve_apply: Some(false),
        code: dept.code.clone(),
        member_count: Some(members),
        owning_member_count: Some(members),
        union_dept_ext: Some(DepartmentDetailUnionDeptExt {
            dept_id: Some(dept.id),
            corp_id: Some(CORP_ID.to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    }
}

fn existing(contacts: &Contacts, id: i64) -> Result<&Department, Failure> {
    contacts
        .departments
        .get(&id)
        .ok_or_else(|| fail(60003, format!("department {id} not found")))
}

pub(crate) async fn get(State(state): St, Call(request): Call<DepartmentGetRequest>) -> Answer {
    let data = state.data();
    let contacts = &data.oapi.contacts;
    match existing(contacts, request.dept_id) {
        Ok(dept) => Answer::ok(DepartmentGetResponse {
            errcode: 0,
            errmsg: ok_message(),
            request_id: Some(request_id()),
            result: Some(detail(dept, contacts)),
        }),
        Err(failure) => failure.into(),
    }
}

pub(crate) async fn list_sub(
    State(state): St,
    Call(request): Call<DepartmentListSubRequest>,
) -> Answer {
    let data = state.data();
    let contacts = &data.oapi.contacts;
    let id = request.dept_id.unwrap_or(ROOT);
    if let Err(failure) = existing(contacts, id) {
        return failure.into();
    }
    let children = contacts
        .children(id)
        .into_iter()
        .map(|d| DepartmentBase {
            dept_id: Some(d.id),
            name: Some(d.name.clone()),
            parent_id: Some(d.parent_id),
            create_dept_group: Some(d.create_group),
            auto_add_user: Some(d.auto_add_user),
        })
        .collect();
    Answer::ok(DepartmentListSubResponse {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
        result: Some(children),
    })
}

pub(crate) async fn list_sub_id(State(state): St, Call(request): Call<DeptIdRequest>) -> Answer {
    let data = state.data();
    let contacts = &data.oapi.contacts;
    if let Err(failure) = existing(contacts, request.dept_id) {
        return failure.into();
    }
    Answer::ok(DepartmentListSubIdResponse {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
        result: Some(DepartmentListSubIdResponseResult {
            dept_id_list: Some(
                contacts
                    .children(request.dept_id)
                    .iter()
                    .map(|d| d.id)
                    .collect(),
            ),
        }),
    })
}

pub(crate) async fn list_parent_by_user(
    State(state): St,
    Call(request): Call<UserIdRequest>,
) -> Answer {
    let data = state.data();
    let contacts = &data.oapi.contacts;
    let Some(user) = contacts.users.get(&request.userid) else {
        return fail(33012, format!("no user with userid {}", request.userid)).into();
    };
    Answer::ok(DepartmentListParentByUserResponse {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
        result: Some(DepartmentListParentByUserResponseResult {
            parent_list: Some(
                user.depts
                    .iter()
                    .map(
                        |&dept| DepartmentListParentByUserResponseResultParentListItem {
                            parent_dept_id_list: Some(contacts.chain(dept)),
                        },
                    )
                    .collect(),
            ),
        }),
    })
}

fn check_name(name: &str) -> Result<(), Failure> {
    if name.trim().is_empty() || name.chars().count() > 64 || name.contains(['-', ',']) {
        Err(fail(60001, "invalid department name"))
    } else {
        Ok(())
    }
}

fn sibling_named(contacts: &Contacts, parent: i64, name: &str, except: i64) -> bool {
    contacts
        .children(parent)
        .iter()
        .any(|d| d.name == name && d.id != except)
}

pub(crate) async fn create(
    State(state): St,
    Call(request): Call<DepartmentCreateRequest>,
) -> Answer {
    let mut data = state.data();
    let contacts = &mut data.oapi.contacts;
    if check_name(&request.name).is_err() {
        return fail(40035, "invalid department name").into();
    }
    if !contacts.departments.contains_key(&request.parent_id) {
        return fail(
            60004,
            format!("parent department {} not found", request.parent_id),
        )
        .into();
    }
    if sibling_named(contacts, request.parent_id, &request.name, 0) {
        return fail(
            40035,
            "a department of this name is already under that parent",
        )
        .into();
    }
    let id = contacts.next_dept_id();
    contacts.departments.insert(
        id,
        Department {
            id,
            name: request.name,
            parent_id: request.parent_id,
            order: request.order.unwrap_or(id),
            hide: request.hide_dept.unwrap_or(false),
            create_group: request.create_dept_group.unwrap_or(false),
            auto_add_user: true,
            source_identifier: request.source_identifier,
            managers: Vec::new(),
            code: None,
        },
    );
    Answer::ok(DepartmentCreateResponse {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
        result: Some(DepartmentCreateResponseResult { dept_id: Some(id) }),
    })
}

pub(crate) async fn update(
    State(state): St,
    Call(request): Call<DepartmentUpdateRequest>,
) -> Answer {
    let mut data = state.data();
    let contacts = &mut data.oapi.contacts;
    let id = request.dept_id;
    if id <= 0 {
        return fail(40009, "invalid dept_id").into();
    }
    let dept = match existing(contacts, id) {
        Ok(dept) => dept.clone(),
        Err(failure) => return failure.into(),
    };
    let parent = request.parent_id.unwrap_or(dept.parent_id);
    if id == ROOT && parent != dept.parent_id {
        return fail(60018, "the root department cannot be moved").into();
    }
    if id != ROOT {
        if !contacts.departments.contains_key(&parent) {
            return fail(60004, format!("parent department {parent} not found")).into();
        }
        if contacts.chain(parent).contains(&id) {
            return fail(
                60010,
                "a department cannot move under itself or its sub-departments",
            )
            .into();
        }
    }
    let name = request.name.clone().unwrap_or(dept.name.clone());
    if let Err(failure) = check_name(&name) {
        return failure.into();
    }
    if sibling_named(contacts, parent, &name, id) {
        return fail(
            60001,
            "a department of this name is already under that parent",
        )
        .into();
    }
    if request.order.is_some_and(|o| o < 0) {
        return fail(40011, "invalid order").into();
    }
    let managers = split_list(request.dept_manager_userid_list.as_deref());
    if let Some(unknown) = managers.iter().find(|u| !contacts.users.contains_key(*u)) {
        return fail(40031, format!("no user with userid {unknown}")).into();
    }
    let dept = contacts.departments.get_mut(&id).expect("checked above");
    dept.name = name;
    dept.parent_id = parent;
    if let Some(order) = request.order {
        dept.order = order;
    }
    if let Some(hide) = request.hide_dept {
        dept.hide = hide;
    }
    if let Some(group) = request.create_dept_group {
        dept.create_group = group;
    }
    if let Some(auto) = request.auto_add_user {
        dept.auto_add_user = auto;
    }
    if request.source_identifier.is_some() {
        dept.source_identifier = request.source_identifier;
    }
    if request.code.is_some() {
        dept.code = request.code;
    }
    if request.dept_manager_userid_list.is_some() {
        dept.managers = managers;
    }
    Answer::ok(OapiStatus {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
    })
}

pub(crate) async fn delete(State(state): St, Call(request): Call<DeptIdRequest>) -> Answer {
    let mut data = state.data();
    let contacts = &mut data.oapi.contacts;
    let id = request.dept_id;
    if let Err(failure) = existing(contacts, id) {
        return failure.into();
    }
    if id == ROOT {
        return fail(43007, "the root department cannot be deleted").into();
    }
    if !contacts.children(id).is_empty() {
        return fail(60006, "the department has sub-departments").into();
    }
    if !contacts.members(id).is_empty() {
        return fail(60005, "the department has members").into();
    }
    contacts.departments.remove(&id);
    Answer::ok(OapiStatus {
        errcode: 0,
        errmsg: ok_message(),
        request_id: Some(request_id()),
    })
}

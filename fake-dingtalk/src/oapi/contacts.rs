//! The organisation's contact book: a tree of departments under the root
//! department `1`, and the users in them. It starts seeded (see
//! [`Contacts::seeded`]) so that lookups and paging have something to find.

use std::collections::{BTreeMap, HashMap};

/// A department.
#[derive(Debug, Clone)]
pub(crate) struct Department {
    pub(crate) id: i64,
    pub(crate) name: String,
    /// `0` for the root department.
    pub(crate) parent_id: i64,
    pub(crate) order: i64,
    pub(crate) hide: bool,
    pub(crate) create_group: bool,
    pub(crate) auto_add_user: bool,
    pub(crate) source_identifier: Option<String>,
    pub(crate) managers: Vec<String>,
    pub(crate) code: Option<String>,
}

/// A user.
#[derive(Debug, Clone)]
pub(crate) struct User {
    pub(crate) userid: String,
    pub(crate) unionid: String,
    pub(crate) name: String,
    pub(crate) mobile: String,
    pub(crate) title: Option<String>,
    pub(crate) email: Option<String>,
    pub(crate) job_number: Option<String>,
    pub(crate) telephone: Option<String>,
    pub(crate) work_place: Option<String>,
    pub(crate) remark: Option<String>,
    pub(crate) manager_userid: Option<String>,
    /// Extension fields, as a JSON object's text.
    pub(crate) extension: Option<String>,
    pub(crate) hired_date: Option<i64>,
    pub(crate) depts: Vec<i64>,
    pub(crate) active: bool,
    pub(crate) admin: bool,
    pub(crate) boss: bool,
    pub(crate) senior: bool,
    pub(crate) hide_mobile: bool,
    /// The order of joining the organisation, for listings.
    pub(crate) joined: u64,
}

/// The contact book.
#[derive(Debug, Default)]
pub(crate) struct Contacts {
    pub(crate) departments: BTreeMap<i64, Department>,
    pub(crate) users: HashMap<String, User>,
    next_dept: i64,
    next_user: u64,
    /// Login codes not exchanged yet, with their user's id.
    pub(crate) login_codes: HashMap<String, String>,
}

/// The id of the root department.
pub(crate) const ROOT: i64 = 1;

/// How many users the seeded `Engineering` department (id 2) has: enough for
/// several pages.
pub const ENGINEERING_MEMBERS: usize = 25;

impl Contacts {
    /// The seeded contact book:
    ///
    /// - departments `1` (root, "Fake Corp"), `2` "Engineering" and `3`
    ///   "Sales" under it, and `4` "Platform" under Engineering;
    /// - `manager` (mobile 13800000000, the boss and an admin) in the root;
    /// - `user01` to `user25` (mobiles 13800000001 to 13800000025) in
    ///   Engineering, `user01` also in Platform;
    /// - `sales01` and `sales02` in Sales, `sales02` no longer active.
    ///
    /// Every user's union id is `union-` and the user id.
    pub(crate) fn seeded() -> Contacts {
        let mut contacts = Contacts {
            next_dept: 100,
            ..Default::default()
        };
        for (id, name, parent) in [
            (ROOT, "Fake Corp", 0),
            (2, "Engineering", ROOT),
            (3, "Sales", ROOT),
            (4, "Platform", 2),
        ] {
            contacts.departments.insert(
                id,
                Department {
                    id,
                    name: name.to_owned(),
                    parent_id: parent,
                    order: id,
                    hide: false,
                    create_group: false,
                    auto_add_user: true,
                    source_identifier: None,
                    managers: Vec::new(),
                    code: None,
                },
            );
        }
        let mut add = |userid: String, name: String, mobile: String, depts: Vec<i64>| {
            let user = contacts.new_user(userid, name, mobile, depts);
            contacts.users.insert(user.userid.clone(), user);
        };
        add(
            "manager".into(),
            "Mia Manager".into(),
            "13800000000".into(),
            vec![ROOT],
        );
        for n in 1..=ENGINEERING_MEMBERS {
            let depts = if n == 1 { vec![2, 4] } else { vec![2] };
            add(
                format!("user{n:02}"),
                format!("Engineer {n}"),
                format!("138{n:08}"),
                depts,
            );
        }
        add(
            "sales01".into(),
            "Sam Seller".into(),
            "13900000001".into(),
            vec![3],
        );
        add(
            "sales02".into(),
            "Sue Seller".into(),
            "13900000002".into(),
            vec![3],
        );
        if let Some(boss) = contacts.users.get_mut("manager") {
            boss.admin = true;
            boss.boss = true;
            boss.title = Some("Managing director".into());
        }
        if let Some(gone) = contacts.users.get_mut("sales02") {
            gone.active = false;
        }
        if let Some(platform) = contacts.departments.get_mut(&4) {
            platform.managers = vec!["user01".into()];
        }
        contacts
    }

    /// A new user, not yet added.
    pub(crate) fn new_user(
        &mut self,
        userid: String,
        name: String,
        mobile: String,
        depts: Vec<i64>,
    ) -> User {
        self.next_user += 1;
        User {
            unionid: format!("union-{userid}"),
            email: Some(format!("{userid}@example.com")),
            title: Some("Engineer".into()).filter(|_| depts.contains(&2)),
            job_number: Some(format!("E{:04}", self.next_user)),
            hired_date: Some(1_600_000_000_000 + self.next_user as i64 * 86_400_000),
            userid,
            name,
            mobile,
            telephone: None,
            work_place: None,
            remark: None,
            manager_userid: None,
            extension: None,
            depts,
            active: true,
            admin: false,
            boss: false,
            senior: false,
            hide_mobile: false,
            joined: self.next_user,
        }
    }

    /// A new department id.
    pub(crate) fn next_dept_id(&mut self) -> i64 {
        self.next_dept += 1;
        self.next_dept
    }

    /// The users of department `dept`, in the order they joined.
    pub(crate) fn members(&self, dept: i64) -> Vec<&User> {
        let mut members: Vec<&User> = self
            .users
            .values()
            .filter(|u| u.depts.contains(&dept))
            .collect();
        members.sort_by_key(|u| u.joined);
        members
    }

    /// The direct sub-departments of `dept`, in their order.
    pub(crate) fn children(&self, dept: i64) -> Vec<&Department> {
        let mut children: Vec<&Department> = self
            .departments
            .values()
            .filter(|d| d.parent_id == dept && d.id != dept)
            .collect();
        children.sort_by_key(|d| (d.order, d.id));
        children
    }

    /// `dept` and its parents up to the root, nearest first.
    pub(crate) fn chain(&self, dept: i64) -> Vec<i64> {
        let mut chain = Vec::new();
        let mut at = Some(dept);
        while let Some(id) = at {
            if chain.contains(&id) {
                break;
            }
            chain.push(id);
            at = self
                .departments
                .get(&id)
                .map(|d| d.parent_id)
                .filter(|&p| p != 0);
        }
        chain
    }

    /// The user whose mobile number is `mobile`.
    pub(crate) fn by_mobile(&self, mobile: &str) -> Option<&User> {
        self.users.values().find(|u| u.mobile == mobile)
    }
}

/// A page of `items` from `cursor` (an offset), `size` long: the items and the
/// next page's cursor, if there is one.
pub(crate) fn page<T: Clone>(items: &[T], cursor: i64, size: i64) -> (Vec<T>, Option<i64>) {
    let start = usize::try_from(cursor).unwrap_or(0).min(items.len());
    let end = start
        .saturating_add(usize::try_from(size).unwrap_or(0))
        .min(items.len());
    let next = (end < items.len()).then_some(end as i64);
    (items[start..end].to_vec(), next)
}

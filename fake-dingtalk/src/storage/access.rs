//! Roles: what each allows, and who holds which on what.

use std::time::Instant;

use dingtalk::storage_1_0::*;

use super::errors::permission_denied;
use super::state::{Grant, Space, Storage};
use crate::{Reply, CORP_ID};

/// How many rights a role gives, from 5 (`OWNER`) down to 1 (`READER`).
pub(super) fn rank(role: &PermissionRole) -> u8 {
    match role {
        PermissionRole::Owner => 5,
        PermissionRole::Manager => 4,
        PermissionRole::Editor => 3,
        PermissionRole::Downloader => 2,
        PermissionRole::Reader => 1,
        PermissionRole::Other(_) => 0,
    }
}

/// A role as the server reports it, with its display name.
pub(super) fn role_model(role: &PermissionRole) -> Role {
    let name = match role {
        PermissionRole::Owner => "Owner",
        PermissionRole::Manager => "Manager",
        PermissionRole::Editor => "Editor",
        PermissionRole::Downloader => "Downloader",
        PermissionRole::Reader => "Reader",
        PermissionRole::Other(other) => other.as_str(),
    };
    Role {
        id: Some(role.clone()),
        name: Some(name.to_owned()),
    }
}

impl Storage {
    /// The role `user` holds on entry `id` (the root: `0`) of a space: `OWNER`
    /// for the space's creator, else the best role granted on the entry or a
    /// folder above it.
    pub(super) fn role(&self, space: &Space, id: &str, user: &str) -> Option<PermissionRole> {
        if space.model.creator_id.as_deref() == Some(user) {
            return Some(PermissionRole::Owner);
        }
        self.lineage(id)
            .iter()
            .flat_map(|node| node.grants.iter())
            .filter(|grant| grant_applies(grant, user))
            .map(|grant| grant.role.clone())
            .max_by_key(rank)
    }

    /// Whether `user` holds a role anywhere in a space.
    pub(super) fn has_access(&self, space: &Space, user: &str) -> bool {
        let space_id = space.model.id.as_deref().unwrap_or_default();
        space.model.creator_id.as_deref() == Some(user)
            || self
                .nodes
                .values()
                .any(|n| n.space_id == space_id && n.grants.iter().any(|g| grant_applies(g, user)))
    }

    /// Checks that `user` holds at least `needed` on entry `id` of a space.
    pub(super) fn require(
        &self,
        space_id: &str,
        id: &str,
        user: &str,
        needed: PermissionRole,
    ) -> Result<(), Reply> {
        let space = self.space(space_id)?;
        match self.role(space, id, user) {
            Some(role) if rank(&role) >= rank(&needed) => Ok(()),
            _ => Err(permission_denied(format!(
                "{user} does not hold {needed} on {id}"
            ))),
        }
    }

    /// Checks that `user` holds a role somewhere in a space.
    pub(super) fn require_access(&self, space_id: &str, user: &str) -> Result<&Space, Reply> {
        let space = self.space(space_id)?;
        if self.has_access(space, user) {
            Ok(space)
        } else {
            Err(permission_denied(format!(
                "{user} holds no role in space {space_id}"
            )))
        }
    }
}

/// Whether a grant gives `user` its role now.
pub(super) fn grant_applies(grant: &Grant, user: &str) -> bool {
    let member = match &grant.member.r#type {
        MemberType::User => grant.member.id == user,
        MemberType::Org => grant.member.id == CORP_ID,
        _ => false,
    };
    member && grant.expires.is_none_or(|at| Instant::now() < at)
}

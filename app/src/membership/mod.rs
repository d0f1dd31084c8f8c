//! Memberships: who works where, in which role.

use skupaj_domain::access;
use skupaj_domain::membership::{Membership, MembershipRole};
use skupaj_persistence::{audit, users};
use uuid::Uuid;

use crate::{AppResult, Handle};

/// The use cases on memberships.
#[derive(Debug, Clone, Copy)]
pub struct Memberships<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Memberships: the actor's own, and those an admin manages.
    pub fn memberships(self) -> Memberships<'a> {
        Memberships(self)
    }
}

impl Memberships<'_> {
    /// Changes a member's role (the organisation's admin, or a platform administrator); an
    /// organisation admin cannot demote themselves.
    pub async fn change_role(
        &self,
        organisation_id: Uuid,
        user_id: Uuid,
        role: MembershipRole,
    ) -> AppResult<Membership> {
        audit::about("Membership", None);
        let permit = access::change_member_role(self.0.actor(), organisation_id, user_id, role)?;
        let membership =
            users::change_role(self.0.db(), permit, user_id, organisation_id, role).await?;
        audit::created(membership.id);
        Ok(membership)
    }

    /// Every organisation the actor belongs to, oldest membership first.
    pub async fn mine(&self) -> AppResult<Vec<Membership>> {
        Ok(users::memberships_of(self.0.db(), self.0.actor().user_id).await?)
    }
}

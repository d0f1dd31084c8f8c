//! The access policy: who may do what. Default deny. Every resolver and every repository query
//! asks these functions; none of them decides on its own.
//!
//! One module per kind of record: `organisation` (profiles and members), `participant` (which
//! fields of whom), `referral` (who sees a referral and which side acts on it).

use uuid::Uuid;

use crate::DomainError;
use crate::membership::{MembershipRole, PlatformRole};
use crate::organisation::OrganisationKind;

mod account;
mod audit;
mod caseload;
mod data_export;
mod emergency;
mod indicators;
mod life_card;
mod organisation;
mod participant;
mod permit;
mod programme;
mod rectification;
mod referral;
mod support;

pub use account::*;
pub use audit::*;
pub use caseload::*;
pub use data_export::*;
pub use emergency::*;
pub use indicators::*;
pub use life_card::*;
pub use organisation::*;
pub use participant::*;
pub use permit::*;
pub use programme::*;
pub use rectification::*;
pub use referral::*;
pub use support::*;

/// The organisation a user is acting in, and their role there (the access token names it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActingMembership {
    pub organisation_id: Uuid,
    pub organisation_kind: OrganisationKind,
    /// The municipality the organisation is based in (municipal officers track referrals there).
    pub organisation_municipality: String,
    pub role: MembershipRole,
}

/// A signed-in, active user as the policy sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: Uuid,
    pub platform_role: Option<PlatformRole>,
    pub acting: Option<ActingMembership>,
}

impl Actor {
    pub fn is_platform_admin(&self) -> bool {
        self.platform_role == Some(PlatformRole::PlatformAdmin)
    }

    /// The role the user has in `organisation_id`, if they are acting in it.
    pub fn role_in(&self, organisation_id: Uuid) -> Option<MembershipRole> {
        self.acting
            .as_ref()
            .filter(|acting| acting.organisation_id == organisation_id)
            .map(|acting| acting.role)
    }

    /// Municipal officers (`ANALYST` or `STAFF` of a `MUNICIPALITY`) track referrals in their
    /// municipality, pseudonymised.
    pub fn is_municipal_officer(&self) -> bool {
        self.acting.as_ref().is_some_and(|acting| {
            acting.organisation_kind == OrganisationKind::Municipality
                && matches!(acting.role, MembershipRole::Analyst | MembershipRole::Staff)
        })
    }

    /// The municipality a municipal officer tracks, if the actor is one.
    pub fn tracked_municipality(&self) -> Option<&str> {
        self.acting
            .as_ref()
            .filter(|_| self.is_municipal_officer())
            .map(|acting| acting.organisation_municipality.as_str())
    }

    /// The organisation the actor acts in, when they act in one.
    pub fn organisation_id(&self) -> Option<Uuid> {
        self.acting.as_ref().map(|acting| acting.organisation_id)
    }

    /// The role in the acting organisation.
    pub fn role(&self) -> Option<MembershipRole> {
        self.acting.as_ref().map(|acting| acting.role)
    }
}

/// `Ok` when allowed, else `Forbidden`.
pub(crate) fn allow_if(allowed: bool) -> Result<(), DomainError> {
    if allowed {
        Ok(())
    } else {
        Err(DomainError::Forbidden)
    }
}

/// Test fixtures shared by the policy modules.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::*;

    pub fn org(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    pub fn member_of_kind(
        role: MembershipRole,
        organisation: u128,
        kind: OrganisationKind,
    ) -> Actor {
        Actor {
            user_id: Uuid::from_u128(1000 + organisation),
            platform_role: None,
            acting: Some(ActingMembership {
                organisation_id: org(organisation),
                organisation_kind: kind,
                organisation_municipality: "Ljubljana".to_owned(),
                role,
            }),
        }
    }

    pub fn member(role: MembershipRole, organisation: u128) -> Actor {
        member_of_kind(role, organisation, OrganisationKind::Ngo)
    }

    pub fn platform(role: PlatformRole) -> Actor {
        Actor {
            user_id: Uuid::from_u128(9),
            platform_role: Some(role),
            acting: None,
        }
    }
}

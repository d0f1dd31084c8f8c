//! Who may take a copy of everything held about a participant (GDPR arts. 15 and 20: the
//! right of access and to data portability, served by the owning organisation as controller).

use super::Actor;
use crate::DomainError;
use crate::membership::MembershipRole;

/// Exporting everything held about a participant: only the case managers and org admins of
/// the organisation that owns the record. Staff, analysts, mentors and mediators of the owner,
/// every other organisation (engaged ones too) and platform roles are `Forbidden`; callers
/// answer `NotFound` first for a participant the actor does not see at all.
pub fn export_participant_data(actor: &Actor, owner: uuid::Uuid) -> Result<(), DomainError> {
    super::allow_if(matches!(
        actor.role_in(owner),
        Some(MembershipRole::CaseManager | MembershipRole::OrgAdmin)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::fixtures::{member, org, platform};
    use crate::membership::PlatformRole;

    #[test]
    fn the_owners_case_managers_and_admins_export() {
        for role in [MembershipRole::CaseManager, MembershipRole::OrgAdmin] {
            assert_eq!(export_participant_data(&member(role, 1), org(1)), Ok(()));
        }
    }

    #[test]
    fn every_other_role_of_the_owner_is_refused() {
        for role in [
            MembershipRole::Staff,
            MembershipRole::Analyst,
            MembershipRole::Mentor,
            MembershipRole::Mediator,
        ] {
            assert_eq!(
                export_participant_data(&member(role, 1), org(1)),
                Err(DomainError::Forbidden),
                "{role}"
            );
        }
    }

    #[test]
    fn other_organisations_and_platform_roles_are_refused() {
        for role in [MembershipRole::CaseManager, MembershipRole::OrgAdmin] {
            assert_eq!(
                export_participant_data(&member(role, 2), org(1)),
                Err(DomainError::Forbidden)
            );
        }
        for role in [PlatformRole::PlatformAdmin, PlatformRole::Auditor] {
            assert_eq!(
                export_participant_data(&platform(role), org(1)),
                Err(DomainError::Forbidden)
            );
        }
    }
}

//! Organisations and their members: who edits a profile, manages members, deactivates accounts.

use uuid::Uuid;

use super::{Actor, Permit, allow_if};
use crate::DomainError;
use crate::membership::{MembershipRole, PlatformRole};

/// Only a platform administrator opens new organisations on the platform.
pub fn create_organisation(actor: &Actor) -> Result<Permit, DomainError> {
    allow_if(actor.is_platform_admin())?;
    Ok(Permit::granted())
}

/// A platform administrator edits any organisation; an organisation's admin edits only their own.
pub fn edit_organisation(actor: &Actor, organisation_id: Uuid) -> Result<Permit, DomainError> {
    allow_if(
        actor.is_platform_admin()
            || actor.role_in(organisation_id) == Some(MembershipRole::OrgAdmin),
    )?;
    Ok(Permit::granted())
}

/// Adding members and changing their roles follows the same rule as editing the organisation.
pub fn manage_members(actor: &Actor, organisation_id: Uuid) -> Result<Permit, DomainError> {
    edit_organisation(actor, organisation_id)
}

/// Colleagues see who else works in their organisation (names and roles), so they know whom
/// to ask; platform administrators see every organisation's members.
pub fn view_members(actor: &Actor, organisation_id: Uuid) -> Result<(), DomainError> {
    allow_if(actor.is_platform_admin() || actor.role_in(organisation_id).is_some())
}

/// A platform administrator deactivates anyone but themselves. An organisation's admin
/// deactivates a user only when every membership of that user is in the admin's own
/// organisation, and never someone with a platform role: one organisation must not lock a person
/// out of another, nor out of the platform.
pub fn deactivate_user(
    actor: &Actor,
    target_user_id: Uuid,
    target_platform_role: Option<PlatformRole>,
    target_organisations: &[Uuid],
) -> Result<Permit, DomainError> {
    if target_user_id == actor.user_id {
        return Err(DomainError::Forbidden);
    }
    if actor.is_platform_admin() {
        return Ok(Permit::granted());
    }
    if target_platform_role.is_some() {
        return Err(DomainError::Forbidden);
    }
    let acting_as_admin = actor
        .acting
        .as_ref()
        .filter(|acting| acting.role == MembershipRole::OrgAdmin);
    allow_if(acting_as_admin.is_some_and(|acting| {
        !target_organisations.is_empty()
            && target_organisations
                .iter()
                .all(|organisation| *organisation == acting.organisation_id)
    }))?;
    Ok(Permit::granted())
}

/// Inviting someone follows the rule of managing members. Whether the address has an account,
/// and whether that account has a platform role, plays no part: the admin must not learn either,
/// and nobody joins without accepting.
pub fn invite_member(actor: &Actor, organisation_id: Uuid) -> Result<Permit, DomainError> {
    manage_members(actor, organisation_id)
}

/// Only the invited person sees and answers an invitation; to anyone else (the admin who sent
/// it included) it does not exist.
pub fn answer_invitation(actor: &Actor, invited_user_id: Uuid) -> Result<Permit, DomainError> {
    if actor.user_id == invited_user_id {
        Ok(Permit::granted())
    } else {
        Err(DomainError::NotFound)
    }
}

/// An organisation admin cannot take the admin role away from themselves: that would leave the
/// organisation with nobody to manage it by accident. A platform admin can.
pub fn change_member_role(
    actor: &Actor,
    organisation_id: Uuid,
    target_user_id: Uuid,
    new_role: MembershipRole,
) -> Result<Permit, DomainError> {
    let permit = manage_members(actor, organisation_id)?;
    let demotes_self = target_user_id == actor.user_id && new_role != MembershipRole::OrgAdmin;
    allow_if(actor.is_platform_admin() || !demotes_self)?;
    Ok(permit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::fixtures::{member, org, platform};
    use crate::organisation::OrganisationKind;

    #[test]
    fn only_platform_admins_create_organisations() {
        assert!(create_organisation(&platform(PlatformRole::PlatformAdmin)).is_ok());
        assert!(create_organisation(&platform(PlatformRole::Auditor)).is_err());
        assert!(create_organisation(&member(MembershipRole::OrgAdmin, 1)).is_err());
    }

    #[test]
    fn org_admins_edit_only_their_own_organisation() {
        let admin = member(MembershipRole::OrgAdmin, 1);
        assert!(edit_organisation(&admin, org(1)).is_ok());
        assert_eq!(
            edit_organisation(&admin, org(2)).err(),
            Some(DomainError::Forbidden)
        );
        assert!(edit_organisation(&platform(PlatformRole::PlatformAdmin), org(2)).is_ok());
    }

    #[test]
    fn other_roles_do_not_edit_or_manage() {
        for role in [
            MembershipRole::CaseManager,
            MembershipRole::Staff,
            MembershipRole::Mentor,
            MembershipRole::Mediator,
            MembershipRole::Analyst,
        ] {
            let actor = member(role, 1);
            assert!(edit_organisation(&actor, org(1)).is_err(), "{role}");
            assert!(manage_members(&actor, org(1)).is_err(), "{role}");
            assert!(view_members(&actor, org(1)).is_ok(), "{role}");
            assert!(view_members(&actor, org(2)).is_err(), "{role}");
        }
        assert!(edit_organisation(&platform(PlatformRole::Auditor), org(1)).is_err());
    }

    #[test]
    fn deactivation_stays_inside_the_admins_organisation() {
        let admin = member(MembershipRole::OrgAdmin, 1);
        let target = Uuid::from_u128(77);
        assert!(deactivate_user(&admin, target, None, &[org(1)]).is_ok());
        assert!(deactivate_user(&admin, target, None, &[org(1), org(2)]).is_err());
        assert!(deactivate_user(&admin, target, None, &[]).is_err());
        assert!(
            deactivate_user(&member(MembershipRole::Staff, 1), target, None, &[org(1)]).is_err()
        );
        let platform_admin = platform(PlatformRole::PlatformAdmin);
        assert!(deactivate_user(&platform_admin, target, None, &[org(1), org(2)]).is_ok());
    }

    #[test]
    fn nobody_deactivates_themselves() {
        let admin = platform(PlatformRole::PlatformAdmin);
        assert!(deactivate_user(&admin, admin.user_id, None, &[]).is_err());
    }

    #[test]
    fn an_org_admin_never_touches_platform_accounts() {
        let admin = member(MembershipRole::OrgAdmin, 1);
        let target = Uuid::from_u128(77);
        let role = Some(PlatformRole::PlatformAdmin);
        assert!(deactivate_user(&admin, target, role, &[org(1)]).is_err());
    }

    #[test]
    fn only_the_invited_person_answers_an_invitation() {
        let invited = member(MembershipRole::Staff, 2);
        assert!(answer_invitation(&invited, invited.user_id).is_ok());
        for other in [
            member(MembershipRole::OrgAdmin, 1),
            platform(PlatformRole::PlatformAdmin),
        ] {
            assert_eq!(
                answer_invitation(&other, invited.user_id).err(),
                Some(DomainError::NotFound)
            );
        }
        assert!(invite_member(&member(MembershipRole::OrgAdmin, 1), org(1)).is_ok());
        assert!(invite_member(&member(MembershipRole::Staff, 1), org(1)).is_err());
        assert!(invite_member(&member(MembershipRole::OrgAdmin, 2), org(1)).is_err());
    }

    #[test]
    fn an_org_admin_cannot_demote_themselves() {
        let admin = member(MembershipRole::OrgAdmin, 1);
        assert!(change_member_role(&admin, org(1), admin.user_id, MembershipRole::Staff).is_err());
        assert!(
            change_member_role(&admin, org(1), Uuid::from_u128(5), MembershipRole::Staff).is_ok()
        );
    }

    #[test]
    fn municipal_officers_are_analysts_or_staff_of_a_municipality() {
        let mut actor = member(MembershipRole::Analyst, 1);
        assert!(!actor.is_municipal_officer());
        if let Some(acting) = actor.acting.as_mut() {
            acting.organisation_kind = OrganisationKind::Municipality;
        }
        assert!(actor.is_municipal_officer());
        if let Some(acting) = actor.acting.as_mut() {
            acting.role = MembershipRole::CaseManager;
        }
        assert!(!actor.is_municipal_officer());
    }
}

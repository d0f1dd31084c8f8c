//! Emergency access ("break-the-glass"): who may ask for it, what it opens, and who lists the
//! grants.
//!
//! A case worker (`CASE_MANAGER` or `STAFF`, the roles DESIGN.md releases identity and contact
//! to in engaged organisations) of an organisation engaged with the participant through an open
//! referral, on either side, may ask. The owning organisation sees the whole record already, so
//! its people never need it; org admins, mentors, mediators and analysts do not work the case
//! and may not ask. A refusal says nothing about the participant (`FORBIDDEN` whether or not the
//! record exists).

use std::collections::BTreeSet;

use uuid::Uuid;

use super::{Actor, ParticipantFacet, ParticipantRelation, Permit, allow_if, participant_facets};
use crate::DomainError;
use crate::consent::FieldGroup;
use crate::membership::{MembershipRole, PlatformRole};

/// The roles that may ask for emergency access: those who work a case in an engaged
/// organisation.
pub fn may_break_the_glass(role: MembershipRole) -> bool {
    matches!(role, MembershipRole::CaseManager | MembershipRole::Staff)
}

/// Asking for emergency access to a participant owned by `owner`: `engaged` says whether the
/// actor's organisation holds an open referral for the participant (as sender or receiver).
/// `owner` is `None` when no such participant exists, which is refused like any other.
pub fn request_emergency_access(
    actor: &Actor,
    owner: Option<Uuid>,
    engaged: bool,
) -> Result<Permit, DomainError> {
    let (Some(organisation), Some(role), Some(owner)) =
        (actor.organisation_id(), actor.role(), owner)
    else {
        return Err(DomainError::Forbidden);
    };
    allow_if(may_break_the_glass(role) && organisation != owner && engaged)?;
    Ok(Permit::granted())
}

/// The facets a holder of an active grant sees: what their role sees in an engaged
/// organisation, as if the consent shared every field group, besides what the relation already
/// gives. A grant never opens anything to roles that may not ask for one, or to the owner
/// (who sees everything anyway).
pub fn facets_under_grant(
    actor: &Actor,
    relation: &ParticipantRelation,
) -> BTreeSet<ParticipantFacet> {
    let mut facets = participant_facets(actor, relation);
    let eligible = actor.role().is_some_and(may_break_the_glass)
        && matches!(
            relation,
            ParticipantRelation::Engaged { .. } | ParticipantRelation::Unrelated
        );
    if eligible {
        let everything = ParticipantRelation::Engaged {
            shared: [
                FieldGroup::Identity,
                FieldGroup::Contact,
                FieldGroup::Legal,
                FieldGroup::Background,
            ]
            .into_iter()
            .collect(),
        };
        facets.extend(participant_facets(actor, &everything));
    }
    facets
}

/// Which grants a viewer lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantScope {
    /// Every grant (platform auditors).
    All,
    /// Grants to the participants this organisation owns (its org admins).
    OwnedBy(Uuid),
}

/// Listing emergency access grants: platform auditors list all, the org admins of an
/// organisation those to the participants it owns; everyone else is refused.
pub fn emergency_grant_scope(actor: &Actor) -> Result<GrantScope, DomainError> {
    if actor.platform_role == Some(PlatformRole::Auditor) {
        return Ok(GrantScope::All);
    }
    match (actor.organisation_id(), actor.role()) {
        (Some(organisation), Some(MembershipRole::OrgAdmin)) => {
            Ok(GrantScope::OwnedBy(organisation))
        }
        _ => Err(DomainError::Forbidden),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::fixtures::{member, org, platform};
    use ParticipantFacet as F;

    #[test]
    fn case_workers_of_an_engaged_organisation_may_ask() {
        for role in [MembershipRole::CaseManager, MembershipRole::Staff] {
            assert!(request_emergency_access(&member(role, 2), Some(org(1)), true).is_ok());
        }
    }

    #[test]
    fn without_an_open_referral_it_is_refused() {
        let staff = member(MembershipRole::Staff, 2);
        assert!(matches!(
            request_emergency_access(&staff, Some(org(1)), false),
            Err(DomainError::Forbidden)
        ));
        // A record that does not exist is refused the same way.
        assert!(matches!(
            request_emergency_access(&staff, None, false),
            Err(DomainError::Forbidden)
        ));
    }

    #[test]
    fn other_roles_the_owner_and_platform_roles_may_not_ask() {
        for role in [
            MembershipRole::OrgAdmin,
            MembershipRole::Mentor,
            MembershipRole::Mediator,
            MembershipRole::Analyst,
        ] {
            assert!(request_emergency_access(&member(role, 2), Some(org(1)), true).is_err());
        }
        let owners_own = member(MembershipRole::CaseManager, 1);
        assert!(request_emergency_access(&owners_own, Some(org(1)), true).is_err());
        for role in [PlatformRole::Auditor, PlatformRole::PlatformAdmin] {
            assert!(request_emergency_access(&platform(role), Some(org(1)), true).is_err());
        }
    }

    #[test]
    fn a_grant_opens_what_the_consent_withholds_for_its_holder_role() {
        let staff = member(MembershipRole::Staff, 2);
        let identity_only = ParticipantRelation::Engaged {
            shared: [FieldGroup::Identity].into_iter().collect(),
        };
        assert!(!participant_facets(&staff, &identity_only).contains(&F::Legal));
        let widened = facets_under_grant(&staff, &identity_only);
        assert_eq!(widened.len(), F::ALL.len());
        // The sending side of a referral that does not own the record has no relation.
        assert_eq!(
            facets_under_grant(&staff, &ParticipantRelation::Unrelated).len(),
            F::ALL.len()
        );
        // Roles that may not ask get nothing more.
        let analyst = member(MembershipRole::Analyst, 2);
        assert_eq!(
            facets_under_grant(&analyst, &identity_only),
            participant_facets(&analyst, &identity_only)
        );
        let mentor = member(MembershipRole::Mentor, 2);
        assert!(facets_under_grant(&mentor, &ParticipantRelation::Unrelated).is_empty());
    }

    #[test]
    fn auditors_list_all_grants_and_org_admins_their_own() {
        assert_eq!(
            emergency_grant_scope(&platform(PlatformRole::Auditor)),
            Ok(GrantScope::All)
        );
        assert_eq!(
            emergency_grant_scope(&member(MembershipRole::OrgAdmin, 1)),
            Ok(GrantScope::OwnedBy(org(1)))
        );
        for role in [
            MembershipRole::CaseManager,
            MembershipRole::Staff,
            MembershipRole::Mentor,
            MembershipRole::Mediator,
            MembershipRole::Analyst,
        ] {
            assert!(emergency_grant_scope(&member(role, 1)).is_err());
        }
        assert!(emergency_grant_scope(&platform(PlatformRole::PlatformAdmin)).is_err());
    }
}

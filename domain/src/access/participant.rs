//! Which fields of which participant a viewer may see.
//!
//! A viewer sees a participant only when their organisation owns the record, or holds an open
//! referral for the participant that an active consent covers. Within that, fields are released
//! by role, and for other organisations only the field groups the consent shares.

use std::collections::BTreeSet;

use super::Actor;
use crate::consent::FieldGroup;
use crate::membership::MembershipRole;

/// A part of a participant record that is released or withheld as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ParticipantFacet {
    /// The pseudonymous reference code.
    ReferenceCode,
    GivenName,
    FamilyName,
    /// Birth year and gender.
    Demographics,
    /// E-mail and phone.
    Contact,
    /// Legal status, country of origin, arrival date.
    Legal,
    /// Preferred language, other languages, Slovenian level.
    Languages,
    /// Skills and interests.
    Skills,
    /// Education, needs, location preference, travel distance, municipality of residence.
    Circumstances,
}

impl ParticipantFacet {
    /// The consent field group that shares this facet with other organisations.
    pub fn field_group(self) -> Option<FieldGroup> {
        match self {
            Self::ReferenceCode => None,
            Self::GivenName | Self::FamilyName | Self::Demographics => Some(FieldGroup::Identity),
            Self::Contact => Some(FieldGroup::Contact),
            Self::Legal => Some(FieldGroup::Legal),
            Self::Languages | Self::Skills | Self::Circumstances => Some(FieldGroup::Background),
        }
    }

    /// Whether reading it is reading personal data (and so is audited).
    pub fn is_personal(self) -> bool {
        self != Self::ReferenceCode
    }

    pub const ALL: [Self; 9] = [
        Self::ReferenceCode,
        Self::GivenName,
        Self::FamilyName,
        Self::Demographics,
        Self::Contact,
        Self::Legal,
        Self::Languages,
        Self::Skills,
        Self::Circumstances,
    ];
}

/// How the viewer's organisation relates to the participant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParticipantRelation {
    /// The organisation owns the record.
    Owner,
    /// The organisation holds open referrals for the participant, covered by active consents
    /// that share these field groups between them.
    Engaged { shared: BTreeSet<FieldGroup> },
    /// The viewer mentors the participant (a mentorship pairing).
    Mentee,
    /// The viewer took a mediation request for the participant.
    Mediated,
    /// No relation: the participant does not exist for this viewer.
    Unrelated,
}

/// The facets a viewer may see; empty means the participant is invisible (answer `NOT_FOUND`).
pub fn participant_facets(
    actor: &Actor,
    relation: &ParticipantRelation,
) -> BTreeSet<ParticipantFacet> {
    use ParticipantFacet as F;
    let Some(role) = actor.role() else {
        // Platform roles work outside organisations and see no personal data.
        return BTreeSet::new();
    };
    let by_role: &[F] = match (role, relation) {
        (MembershipRole::CaseManager | MembershipRole::Staff | MembershipRole::OrgAdmin, _) => {
            &F::ALL
        }
        // Mentors see their own mentees only, mediators only the participants of the requests
        // they took: relations of the person, not of the organisation.
        (MembershipRole::Mentor, ParticipantRelation::Mentee) => &[
            F::ReferenceCode,
            F::GivenName,
            F::FamilyName,
            F::Languages,
            F::Skills,
        ],
        (MembershipRole::Mediator, ParticipantRelation::Mediated) => {
            &[F::ReferenceCode, F::GivenName, F::Languages]
        }
        (MembershipRole::Mentor | MembershipRole::Mediator, _) => &[],
        (MembershipRole::Analyst, _) => &[F::ReferenceCode],
    };
    match relation {
        ParticipantRelation::Unrelated => BTreeSet::new(),
        ParticipantRelation::Owner
        | ParticipantRelation::Mentee
        | ParticipantRelation::Mediated => by_role.iter().copied().collect(),
        ParticipantRelation::Engaged { shared } => by_role
            .iter()
            .copied()
            .filter(|facet| {
                facet
                    .field_group()
                    .is_none_or(|group| shared.contains(&group))
            })
            .collect(),
    }
}

/// Which participants a viewer may be related to at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParticipantScope {
    /// Those the organisation owns or is engaged with (case workers and analysts).
    Organisation(uuid::Uuid),
    /// The user's own mentees (mentors).
    Mentees(uuid::Uuid),
    /// The participants of the mediation requests the user took (mediators).
    Mediated(uuid::Uuid),
    /// None (platform roles).
    Nothing,
}

/// The scope of participant lists and relations for this actor.
pub fn participant_scope(actor: &Actor) -> ParticipantScope {
    match (actor.organisation_id(), actor.role()) {
        (Some(_), Some(MembershipRole::Mentor)) => ParticipantScope::Mentees(actor.user_id),
        (Some(_), Some(MembershipRole::Mediator)) => ParticipantScope::Mediated(actor.user_id),
        (Some(organisation), Some(_)) => ParticipantScope::Organisation(organisation),
        _ => ParticipantScope::Nothing,
    }
}

/// Releasing one part of a participant's record to a viewer: only a facet the policy gave them
/// ([`participant_facets`]); anything else is `Forbidden`.
pub fn reveal_facet(
    facets: &BTreeSet<ParticipantFacet>,
    facet: ParticipantFacet,
) -> Result<(), crate::DomainError> {
    super::allow_if(facets.contains(&facet))
}

/// Owners' case managers and staff register and edit participants and record consent.
pub fn manage_participant(
    actor: &Actor,
    owner_organisation: uuid::Uuid,
) -> Result<(), crate::DomainError> {
    super::allow_if(matches!(
        actor.role_in(owner_organisation),
        Some(MembershipRole::CaseManager | MembershipRole::Staff | MembershipRole::OrgAdmin)
    ))
}

/// Registering a participant: a case manager or staff member, in the organisation acted in
/// (which will own the record).
pub fn register_participant(
    actor: &Actor,
) -> Result<(uuid::Uuid, super::Permit), crate::DomainError> {
    let organisation = actor
        .organisation_id()
        .ok_or(crate::DomainError::Forbidden)?;
    manage_participant(actor, organisation)?;
    Ok((organisation, super::Permit::granted()))
}

/// Changing a participant's record (their profile, their consents): the owner's case workers,
/// as [`manage_participant`] says.
pub fn edit_participant(
    actor: &Actor,
    owner_organisation: uuid::Uuid,
) -> Result<super::Permit, crate::DomainError> {
    manage_participant(actor, owner_organisation)?;
    Ok(super::Permit::granted())
}

/// Erasing a participant's record: only the owning organisation's admins.
pub fn erase_participant(
    actor: &Actor,
    owner: uuid::Uuid,
) -> Result<super::Permit, crate::DomainError> {
    super::allow_if(actor.role_in(owner) == Some(MembershipRole::OrgAdmin))?;
    Ok(super::Permit::granted())
}

/// Merging two records of one person: only case workers of the organisation that owns both.
pub fn merge_participants(
    actor: &Actor,
    survivor_owner: uuid::Uuid,
    retired_owner: uuid::Uuid,
) -> Result<super::Permit, crate::DomainError> {
    manage_participant(actor, survivor_owner)?;
    manage_participant(actor, retired_owner)?;
    Ok(super::Permit::granted())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::fixtures::{member, platform};
    use crate::membership::PlatformRole;
    use ParticipantFacet as F;

    fn engaged(groups: &[FieldGroup]) -> ParticipantRelation {
        ParticipantRelation::Engaged {
            shared: groups.iter().copied().collect(),
        }
    }

    #[test]
    fn only_a_given_facet_is_revealed() {
        let facets: BTreeSet<F> = [F::ReferenceCode, F::Skills].into_iter().collect();
        assert!(reveal_facet(&facets, F::Skills).is_ok());
        assert_eq!(
            reveal_facet(&facets, F::Contact),
            Err(crate::DomainError::Forbidden)
        );
        assert!(reveal_facet(&BTreeSet::new(), F::ReferenceCode).is_err());
    }

    #[test]
    fn owners_staff_see_everything() {
        let facets = participant_facets(
            &member(MembershipRole::CaseManager, 1),
            &ParticipantRelation::Owner,
        );
        assert_eq!(facets.len(), F::ALL.len());
    }

    #[test]
    fn engaged_organisations_see_only_what_the_consent_shares() {
        let staff = member(MembershipRole::Staff, 1);
        let facets = participant_facets(&staff, &engaged(&[FieldGroup::Identity]));
        assert_eq!(
            facets,
            [
                F::ReferenceCode,
                F::GivenName,
                F::FamilyName,
                F::Demographics
            ]
            .into_iter()
            .collect()
        );
        let facets = participant_facets(
            &staff,
            &engaged(&[FieldGroup::Contact, FieldGroup::Background]),
        );
        assert!(facets.contains(&F::Contact) && facets.contains(&F::Skills));
        assert!(!facets.contains(&F::Legal) && !facets.contains(&F::GivenName));
        let facets = participant_facets(&staff, &engaged(&[FieldGroup::Legal]));
        assert!(facets.contains(&F::Legal));
    }

    #[test]
    fn roles_narrow_what_is_seen() {
        let mentor = member(MembershipRole::Mentor, 1);
        assert!(participant_facets(&mentor, &ParticipantRelation::Owner).is_empty());
        let mentee = participant_facets(&mentor, &ParticipantRelation::Mentee);
        assert!(
            mentee.contains(&F::Skills)
                && !mentee.contains(&F::Contact)
                && !mentee.contains(&F::Legal)
        );
        let mediator = member(MembershipRole::Mediator, 1);
        assert!(participant_facets(&mediator, &ParticipantRelation::Owner).is_empty());
        assert_eq!(
            participant_facets(&mediator, &ParticipantRelation::Mediated),
            [F::ReferenceCode, F::GivenName, F::Languages]
                .into_iter()
                .collect()
        );
        let analyst = participant_facets(
            &member(MembershipRole::Analyst, 1),
            &ParticipantRelation::Owner,
        );
        assert_eq!(analyst, [F::ReferenceCode].into_iter().collect());
    }

    #[test]
    fn unrelated_and_platform_roles_see_nothing() {
        assert!(
            participant_facets(
                &member(MembershipRole::CaseManager, 1),
                &ParticipantRelation::Unrelated
            )
            .is_empty()
        );
        for role in [PlatformRole::PlatformAdmin, PlatformRole::Auditor] {
            assert!(participant_facets(&platform(role), &ParticipantRelation::Owner).is_empty());
        }
    }

    #[test]
    fn only_case_workers_of_the_owner_manage_participants() {
        let owner = uuid::Uuid::from_u128(1);
        assert!(manage_participant(&member(MembershipRole::CaseManager, 1), owner).is_ok());
        assert!(manage_participant(&member(MembershipRole::CaseManager, 2), owner).is_err());
        assert!(manage_participant(&member(MembershipRole::Mentor, 1), owner).is_err());
        assert!(edit_participant(&member(MembershipRole::Staff, 1), owner).is_ok());
        assert!(edit_participant(&member(MembershipRole::Analyst, 1), owner).is_err());
        assert!(edit_participant(&member(MembershipRole::Staff, 2), owner).is_err());
        assert!(register_participant(&platform(PlatformRole::PlatformAdmin)).is_err());
    }

    #[test]
    fn only_the_owners_admins_erase() {
        let owner = uuid::Uuid::from_u128(1);
        assert!(erase_participant(&member(MembershipRole::OrgAdmin, 1), owner).is_ok());
        assert!(erase_participant(&member(MembershipRole::CaseManager, 1), owner).is_err());
        assert!(erase_participant(&member(MembershipRole::OrgAdmin, 2), owner).is_err());
    }

    #[test]
    fn only_the_owner_of_both_records_merges_them() {
        let (ours, theirs) = (uuid::Uuid::from_u128(1), uuid::Uuid::from_u128(2));
        let case_manager = member(MembershipRole::CaseManager, 1);
        assert!(merge_participants(&case_manager, ours, ours).is_ok());
        assert!(merge_participants(&case_manager, ours, theirs).is_err());
        assert!(merge_participants(&case_manager, theirs, ours).is_err());
        assert!(merge_participants(&member(MembershipRole::Analyst, 1), ours, ours).is_err());
    }
}

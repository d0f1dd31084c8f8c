//! Merging two records of one person: everything held about the retired record moves to the
//! survivor, and the retired record keeps only a pointer to it.
//!
//! A merge must never give anyone sight of what they could not see before. Moving a referral, a
//! consent, a mentorship or a mediation request moves the relation someone had with the retired
//! record onto the survivor, whose profile may hold values the retired record did not (a phone
//! number, a legal status). So for every viewer related to either record, what they would see of
//! the merged survivor is compared with what they saw of the two records before: a part of the
//! survivor newly shown to them is allowed only when they already saw that part of the retired
//! record and it holds the same values there. Otherwise the merge is refused and nothing moves.

use std::collections::BTreeSet;

use uuid::Uuid;

use crate::DomainError;
use crate::access::{
    ActingMembership, Actor, ParticipantFacet, ParticipantRelation, participant_facets,
};
use crate::membership::MembershipRole;
use crate::organisation::OrganisationKind;
use crate::participant::ParticipantProfile;

/// What one viewer (an organisation's case workers, a mentor, a mediator) sees of each record
/// before the merge and of the survivor after it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sight {
    pub before_survivor: BTreeSet<ParticipantFacet>,
    pub before_retired: BTreeSet<ParticipantFacet>,
    pub after: BTreeSet<ParticipantFacet>,
}

impl Sight {
    /// What a viewer acting in `role` sees, from their relation to each record before the merge
    /// and to the survivor after it (the policy's `participant_facets`, nothing decided here).
    pub fn of(
        role: MembershipRole,
        before_survivor: &ParticipantRelation,
        before_retired: &ParticipantRelation,
        after: &ParticipantRelation,
    ) -> Self {
        // Only the role and the relation decide facets; the rest of the actor does not matter.
        let viewer = Actor {
            user_id: Uuid::nil(),
            platform_role: None,
            acting: Some(ActingMembership {
                organisation_id: Uuid::nil(),
                organisation_kind: OrganisationKind::Ngo,
                organisation_municipality: String::new(),
                role,
            }),
        };
        Self {
            before_survivor: participant_facets(&viewer, before_survivor),
            before_retired: participant_facets(&viewer, before_retired),
            after: participant_facets(&viewer, after),
        }
    }
}

/// A record is merged into another one, never into itself.
pub fn check_records(survivor: Uuid, retired: Uuid) -> Result<(), DomainError> {
    if survivor == retired {
        return Err(DomainError::validation(
            "retiredId",
            "a record cannot be merged into itself",
        ));
    }
    Ok(())
}

/// Checks that the merge shows nobody related to either record more than before, given what
/// each of them sees. Access (both records owned by the caller's organisation) is decided by the
/// access policy before this is asked.
pub fn check_sights(
    survivor: &ParticipantProfile,
    retired: &ParticipantProfile,
    sights: &[Sight],
) -> Result<(), DomainError> {
    if sights.iter().any(|sight| reveals(sight, survivor, retired)) {
        return Err(DomainError::Conflict(
            "the merge would show another organisation or person parts of the surviving record \
             they could not see before; merge the other way round or close their access first"
                .to_owned(),
        ));
    }
    Ok(())
}

/// Whether the merged survivor would show this viewer something they did not see before.
pub fn reveals(sight: &Sight, survivor: &ParticipantProfile, retired: &ParticipantProfile) -> bool {
    sight
        .after
        .difference(&sight.before_survivor)
        .filter(|facet| facet.is_personal())
        .any(|facet| {
            !sight.before_retired.contains(facet) || !same_values(*facet, survivor, retired)
        })
}

/// Whether two profiles hold the same values in one facet.
pub fn same_values(
    facet: ParticipantFacet,
    a: &ParticipantProfile,
    b: &ParticipantProfile,
) -> bool {
    use ParticipantFacet as F;
    match facet {
        // Reference codes are pseudonyms of records, not of people: never personal.
        F::ReferenceCode => true,
        F::GivenName => a.given_name == b.given_name,
        F::FamilyName => a.family_name == b.family_name,
        F::Demographics => a.birth_year == b.birth_year && a.gender == b.gender,
        F::Contact => a.email == b.email && a.phone == b.phone,
        F::Legal => {
            a.legal_status == b.legal_status
                && a.country_of_origin == b.country_of_origin
                && a.arrival_date == b.arrival_date
        }
        F::Languages => {
            a.preferred_language == b.preferred_language
                && a.languages == b.languages
                && a.slovenian_level == b.slovenian_level
        }
        F::Skills => a.skills == b.skills && a.interests == b.interests,
        F::Circumstances => {
            a.education_level == b.education_level
                && a.needs == b.needs
                && a.location_preference == b.location_preference
                && a.max_travel_km == b.max_travel_km
                && a.municipality == b.municipality
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::participant::ParticipantInput;
    use ParticipantFacet as F;

    fn profile(given: &str, phone: Option<&str>) -> ParticipantProfile {
        ParticipantInput {
            given_name: given.into(),
            phone: phone.map(Into::into),
            preferred_language: "uk".into(),
            ..ParticipantInput::default()
        }
        .validate(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
        .unwrap()
    }

    fn facets(list: &[ParticipantFacet]) -> BTreeSet<ParticipantFacet> {
        list.iter().copied().collect()
    }

    const SURVIVOR: Uuid = Uuid::from_u128(1);
    const RETIRED: Uuid = Uuid::from_u128(2);

    #[test]
    fn a_record_is_not_merged_into_itself() {
        let err = check_records(SURVIVOR, SURVIVOR).unwrap_err();
        assert!(matches!(err, DomainError::Validation(e) if e.field == "retiredId"));
    }

    #[test]
    fn the_owner_alone_sees_nothing_new() {
        let all = facets(&F::ALL);
        let sight = Sight {
            before_survivor: all.clone(),
            before_retired: all.clone(),
            after: all,
        };
        let (a, b) = (
            profile("Olena", Some("041 111 222")),
            profile("Olena", None),
        );
        assert!(check_records(SURVIVOR, RETIRED).is_ok());
        assert!(check_sights(&a, &b, &[sight]).is_ok());
    }

    #[test]
    fn a_viewer_of_the_retired_record_may_see_the_same_values_on_the_survivor() {
        let sight = Sight {
            before_survivor: BTreeSet::new(),
            before_retired: facets(&[F::ReferenceCode, F::GivenName]),
            after: facets(&[F::ReferenceCode, F::GivenName]),
        };
        let (a, b) = (
            profile("Olena", Some("041 111 222")),
            profile("Olena", None),
        );
        assert!(!reveals(&sight, &a, &b));
    }

    #[test]
    fn a_value_the_viewer_never_saw_is_not_revealed_by_a_merge() {
        // The engaged organisation saw the retired record's contact, which had no phone; the
        // survivor has one.
        let sight = Sight {
            before_survivor: BTreeSet::new(),
            before_retired: facets(&[F::ReferenceCode, F::Contact]),
            after: facets(&[F::ReferenceCode, F::Contact]),
        };
        let (a, b) = (
            profile("Olena", Some("041 111 222")),
            profile("Olena", None),
        );
        assert!(reveals(&sight, &a, &b));
        let err = check_sights(&a, &b, &[sight]).unwrap_err();
        assert!(matches!(err, DomainError::Conflict(_)));
    }

    #[test]
    fn a_facet_seen_on_neither_record_is_revealed() {
        // A consent on the survivor covering the organisation, with its referral on the retired
        // record: together they would open the survivor's legal facet, seen on neither before.
        let sight = Sight {
            before_survivor: BTreeSet::new(),
            before_retired: facets(&[F::ReferenceCode]),
            after: facets(&[F::ReferenceCode, F::Legal]),
        };
        let p = profile("Olena", None);
        assert!(reveals(&sight, &p, &p));
    }

    #[test]
    fn sights_come_from_the_policy() {
        use crate::consent::FieldGroup;
        let engaged = |groups: &[FieldGroup]| ParticipantRelation::Engaged {
            shared: groups.iter().copied().collect(),
        };
        let sight = Sight::of(
            MembershipRole::CaseManager,
            &ParticipantRelation::Unrelated,
            &engaged(&[FieldGroup::Identity]),
            &engaged(&[FieldGroup::Identity, FieldGroup::Legal]),
        );
        assert!(sight.before_survivor.is_empty());
        assert!(sight.before_retired.contains(&F::GivenName));
        assert!(sight.after.contains(&F::Legal) && !sight.after.contains(&F::Contact));
        let p = profile("Olena", None);
        assert!(reveals(&sight, &p, &p), "legal was seen on neither record");
    }

    #[test]
    fn a_new_reference_code_is_not_personal() {
        let sight = Sight {
            before_survivor: BTreeSet::new(),
            before_retired: BTreeSet::new(),
            after: facets(&[F::ReferenceCode]),
        };
        let p = profile("Olena", None);
        assert!(!reveals(&sight, &p, &p));
    }

    #[test]
    fn every_facet_compares_its_own_fields() {
        let a = profile("Olena", Some("041 111 222"));
        let mut b = a.clone();
        b.skills = vec!["welding".into()];
        assert!(!same_values(F::Skills, &a, &b));
        assert!(same_values(F::Contact, &a, &b) && same_values(F::GivenName, &a, &b));
        b.municipality = Some("Maribor".into());
        assert!(!same_values(F::Circumstances, &a, &b));
    }
}

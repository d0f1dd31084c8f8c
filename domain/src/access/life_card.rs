//! Who reads and writes a participant's life card.

use uuid::Uuid;

use strum::IntoEnumIterator;

use super::{Actor, ParticipantRelation, Permit, allow_if};
use crate::DomainError;
use crate::consent::FieldGroup;
use crate::life_card::LifeDomain;
use crate::membership::MembershipRole;

fn case_worker(actor: &Actor) -> bool {
    matches!(
        actor.role(),
        Some(MembershipRole::CaseManager | MembershipRole::Staff | MembershipRole::OrgAdmin)
    )
}

fn engaged(relation: &ParticipantRelation) -> bool {
    matches!(
        relation,
        ParticipantRelation::Owner | ParticipantRelation::Engaged { .. }
    )
}

/// Goals: case workers of the owner and of engaged organisations, and the participant's mentor.
pub fn read_life_goals(actor: &Actor, relation: &ParticipantRelation) -> Result<(), DomainError> {
    allow_if(
        (case_worker(actor) && engaged(relation))
            || (actor.role() == Some(MembershipRole::Mentor)
                && *relation == ParticipantRelation::Mentee),
    )
}

/// Progress entries: case workers of the owner and of engaged organisations read and write them.
pub fn write_life_entries(
    actor: &Actor,
    relation: &ParticipantRelation,
) -> Result<(), DomainError> {
    allow_if(case_worker(actor) && engaged(relation))
}

/// Goals are set (and their status changed) by the owning organisation's case workers, who
/// coordinate the card; a goal belongs to the owner.
pub fn set_life_goals(actor: &Actor, owner: Uuid) -> Result<Permit, DomainError> {
    allow_if(case_worker(actor) && actor.organisation_id() == Some(owner))?;
    Ok(Permit::granted())
}

/// Adding a progress entry in `domain`: a case worker who may write entries on this card
/// ([`write_life_entries`]) and sees that domain ([`visible_life_domains`]). The entry belongs
/// to the organisation they act in, answered with the permit.
pub fn add_life_entry(
    actor: &Actor,
    relation: &ParticipantRelation,
    domain: LifeDomain,
) -> Result<(Uuid, Permit), DomainError> {
    write_life_entries(actor, relation)?;
    allow_if(visible_life_domains(actor, relation).contains(&domain))?;
    let organisation = actor.organisation_id().ok_or(DomainError::Forbidden)?;
    Ok((organisation, Permit::granted()))
}

/// The domains of a life card a viewer may see. The owner's case workers see every domain; an
/// engaged organisation those its consents share (legal and health need the `LEGAL` group, the
/// others `BACKGROUND`); a mentor the goals outside legal and health.
pub fn visible_life_domains(actor: &Actor, relation: &ParticipantRelation) -> Vec<LifeDomain> {
    let sensitive = |domain: &LifeDomain| matches!(domain, LifeDomain::Legal | LifeDomain::Health);
    let all = LifeDomain::iter();
    match relation {
        ParticipantRelation::Owner if case_worker(actor) => all.collect(),
        ParticipantRelation::Engaged { shared } if case_worker(actor) => all
            .filter(|domain| {
                let group = if sensitive(domain) {
                    FieldGroup::Legal
                } else {
                    FieldGroup::Background
                };
                shared.contains(&group)
            })
            .collect(),
        ParticipantRelation::Mentee if actor.role() == Some(MembershipRole::Mentor) => {
            all.filter(|domain| !sensitive(domain)).collect()
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::fixtures::{member, org};

    #[test]
    fn engaged_case_workers_write_entries_owners_set_goals_mentors_read_goals() {
        let staff = member(MembershipRole::Staff, 2);
        let engaged = ParticipantRelation::Engaged {
            shared: Default::default(),
        };
        assert!(write_life_entries(&staff, &engaged).is_ok());
        assert!(write_life_entries(&staff, &ParticipantRelation::Unrelated).is_err());
        assert!(set_life_goals(&staff, org(1)).is_err());
        assert!(set_life_goals(&member(MembershipRole::CaseManager, 1), org(1)).is_ok());
        let mentor = member(MembershipRole::Mentor, 1);
        assert!(read_life_goals(&mentor, &ParticipantRelation::Mentee).is_ok());
        assert!(write_life_entries(&mentor, &ParticipantRelation::Mentee).is_err());
        assert!(
            read_life_goals(
                &member(MembershipRole::Analyst, 1),
                &ParticipantRelation::Owner
            )
            .is_err()
        );
    }

    #[test]
    fn an_entry_is_added_only_in_a_domain_the_writer_sees() {
        let background_only = ParticipantRelation::Engaged {
            shared: [FieldGroup::Background].into_iter().collect(),
        };
        let staff = member(MembershipRole::Staff, 2);
        let written = add_life_entry(&staff, &background_only, LifeDomain::Employment);
        assert_eq!(written.map(|(organisation, _)| organisation), Ok(org(2)));
        assert_eq!(
            add_life_entry(&staff, &background_only, LifeDomain::Health).err(),
            Some(DomainError::Forbidden)
        );
        assert_eq!(
            add_life_entry(
                &member(MembershipRole::Mentor, 1),
                &ParticipantRelation::Mentee,
                LifeDomain::Employment
            )
            .err(),
            Some(DomainError::Forbidden)
        );
        let owner = member(MembershipRole::CaseManager, 1);
        assert!(add_life_entry(&owner, &ParticipantRelation::Owner, LifeDomain::Legal).is_ok());
        assert!(
            add_life_entry(&owner, &ParticipantRelation::Unrelated, LifeDomain::Housing).is_err()
        );
    }

    #[test]
    fn domains_follow_the_consents_field_groups() {
        let staff = member(MembershipRole::Staff, 2);
        let background_only = ParticipantRelation::Engaged {
            shared: [FieldGroup::Background].into_iter().collect(),
        };
        let seen = visible_life_domains(&staff, &background_only);
        assert!(seen.contains(&LifeDomain::Employment) && !seen.contains(&LifeDomain::Legal));
        let nothing_shared = ParticipantRelation::Engaged {
            shared: Default::default(),
        };
        assert!(visible_life_domains(&staff, &nothing_shared).is_empty());
        assert_eq!(
            visible_life_domains(&staff, &ParticipantRelation::Owner).len(),
            7
        );
        let mentor = visible_life_domains(
            &member(MembershipRole::Mentor, 1),
            &ParticipantRelation::Mentee,
        );
        assert!(!mentor.contains(&LifeDomain::Health) && mentor.contains(&LifeDomain::Language));
    }
}

//! Who reads and writes a participant's life card.

use uuid::Uuid;

use super::{Actor, ParticipantRelation, allow_if};
use crate::DomainError;
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

/// Goals are set by the owning organisation's case workers, who coordinate the card.
pub fn set_life_goals(actor: &Actor, owner: Uuid) -> Result<(), DomainError> {
    allow_if(case_worker(actor) && actor.organisation_id() == Some(owner))
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
}

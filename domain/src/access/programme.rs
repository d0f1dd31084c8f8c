//! Who runs programmes and enrols participants.

use uuid::Uuid;

use super::{Actor, allow_if};
use crate::DomainError;
use crate::membership::MembershipRole;
use crate::programme::Programme;

fn case_worker(role: Option<MembershipRole>) -> bool {
    matches!(
        role,
        Some(MembershipRole::CaseManager | MembershipRole::Staff | MembershipRole::OrgAdmin)
    )
}

/// Opening a programme: a case worker of the organisation acted in, which leads it.
pub fn create_programme(actor: &Actor) -> Result<Uuid, DomainError> {
    let organisation = actor.organisation_id().ok_or(DomainError::Forbidden)?;
    allow_if(case_worker(actor.role()))?;
    Ok(organisation)
}

/// Editing, publishing, scheduling sessions: the lead organisation's case workers.
pub fn manage_programme(actor: &Actor, programme: &Programme) -> Result<(), DomainError> {
    allow_if(case_worker(actor.role_in(programme.lead_organisation_id)))
}

/// Enrolling, taking attendance, completing: case workers of the lead or of a partner.
pub fn run_programme(actor: &Actor, programme: &Programme) -> Result<(), DomainError> {
    let organisation = actor.organisation_id().ok_or(DomainError::Forbidden)?;
    allow_if(programme.is_organiser(organisation) && case_worker(actor.role()))
}

/// Published (and running, completed) programmes are public; drafts and cancelled ones are seen
/// by their organisers only.
pub fn view_programme(actor: Option<&Actor>, programme: &Programme) -> bool {
    programme.status.is_public()
        || actor
            .and_then(Actor::organisation_id)
            .is_some_and(|organisation| programme.is_organiser(organisation))
}

/// The enrolments of a programme: its organisers' case workers and analysts (mentors and
/// mediators see only their own mentees and requests).
pub fn view_enrolments(actor: &Actor, programme: &Programme) -> Result<(), DomainError> {
    allow_if(
        actor
            .organisation_id()
            .is_some_and(|organisation| programme.is_organiser(organisation))
            && (case_worker(actor.role()) || actor.role() == Some(MembershipRole::Analyst)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::fixtures::{member, org};
    use crate::programme::{PartnerRole, ProgrammeInput, ProgrammeKind, ProgrammeStatus};

    fn programme(status: ProgrammeStatus) -> Programme {
        Programme {
            id: Uuid::from_u128(70),
            lead_organisation_id: org(1),
            partners: vec![(org(2), PartnerRole::HostSpace)],
            status,
            profile: ProgrammeInput {
                kind: Some(ProgrammeKind::LanguageCourse),
                title: vec![("sl".into(), "Slovenščina".into())],
                municipality: "Kranj".into(),
                capacity: 5,
                ..ProgrammeInput::default()
            }
            .validate()
            .unwrap(),
            enrolled_count: 0,
            created_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn the_lead_manages_and_partners_run() {
        let p = programme(ProgrammeStatus::Published);
        assert!(manage_programme(&member(MembershipRole::Staff, 1), &p).is_ok());
        assert!(manage_programme(&member(MembershipRole::Staff, 2), &p).is_err());
        assert!(run_programme(&member(MembershipRole::Staff, 2), &p).is_ok());
        assert!(run_programme(&member(MembershipRole::Mentor, 2), &p).is_err());
        assert!(run_programme(&member(MembershipRole::Staff, 3), &p).is_err());
    }

    #[test]
    fn drafts_are_seen_by_organisers_only() {
        let draft = programme(ProgrammeStatus::Draft);
        assert!(!view_programme(None, &draft));
        assert!(view_programme(
            Some(&member(MembershipRole::Analyst, 2)),
            &draft
        ));
        assert!(!view_programme(
            Some(&member(MembershipRole::Staff, 3)),
            &draft
        ));
        assert!(view_programme(None, &programme(ProgrammeStatus::Published)));
    }
}

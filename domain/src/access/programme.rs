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

/// Adding, moving and cancelling sessions: the lead's case workers, and the partners' when the
/// lead lets them (`partners_may_add_sessions`).
pub fn schedule_sessions(actor: &Actor, programme: &Programme) -> Result<(), DomainError> {
    if manage_programme(actor, programme).is_ok() {
        return Ok(());
    }
    allow_if(programme.profile.partners_may_add_sessions && run_programme(actor, programme).is_ok())
}

/// Recording a placement (a job a participant started): a case worker of a labour agency that
/// sees the participant, or of an organiser of the programme the placement follows (the
/// participant enrolled in it).
pub fn record_placement(
    actor: &Actor,
    sees_participant: bool,
    organises_their_programme: Option<&Programme>,
) -> Result<(), DomainError> {
    let labour_agency = actor.acting.as_ref().is_some_and(|a| {
        a.organisation_kind == crate::organisation::OrganisationKind::LabourAgency
    });
    let organiser = organises_their_programme.is_some_and(|p| run_programme(actor, p).is_ok());
    allow_if(case_worker(actor.role()) && ((labour_agency && sees_participant) || organiser))
}

/// A participant's history of programmes and placements: for viewers who see their
/// circumstances (the owner's case workers, and organisations the consent shares the background
/// with).
pub fn view_history(
    facets: &std::collections::BTreeSet<super::ParticipantFacet>,
) -> Result<(), DomainError> {
    allow_if(facets.contains(&super::ParticipantFacet::Circumstances))
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
    fn partners_schedule_sessions_only_when_the_lead_lets_them() {
        let mut p = programme(ProgrammeStatus::Published);
        assert!(schedule_sessions(&member(MembershipRole::Staff, 1), &p).is_ok());
        assert!(schedule_sessions(&member(MembershipRole::Staff, 2), &p).is_err());
        p.profile.partners_may_add_sessions = true;
        assert!(schedule_sessions(&member(MembershipRole::Staff, 2), &p).is_ok());
        assert!(schedule_sessions(&member(MembershipRole::Analyst, 2), &p).is_err());
        assert!(schedule_sessions(&member(MembershipRole::Staff, 3), &p).is_err());
    }

    #[test]
    fn placements_are_recorded_by_labour_agencies_and_organisers() {
        use crate::access::fixtures::member_of_kind;
        use crate::organisation::OrganisationKind;
        let p = programme(ProgrammeStatus::Running);
        let agency = member_of_kind(MembershipRole::Staff, 9, OrganisationKind::LabourAgency);
        assert!(record_placement(&agency, true, None).is_ok());
        assert!(record_placement(&agency, false, None).is_err());
        let analyst = member_of_kind(MembershipRole::Analyst, 9, OrganisationKind::LabourAgency);
        assert!(record_placement(&analyst, true, None).is_err());
        assert!(record_placement(&member(MembershipRole::Staff, 2), false, Some(&p)).is_ok());
        assert!(record_placement(&member(MembershipRole::Staff, 3), true, Some(&p)).is_err());
        assert!(record_placement(&member(MembershipRole::Staff, 3), true, None).is_err());
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

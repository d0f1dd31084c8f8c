//! Who runs programmes and enrols participants.

use uuid::Uuid;

use std::collections::BTreeSet;

use super::{Actor, ParticipantFacet, Permit, allow_if};
use crate::DomainError;
use crate::membership::MembershipRole;
use crate::participant::ParticipantProfile;
use crate::programme::Programme;

fn case_worker(role: Option<MembershipRole>) -> bool {
    matches!(
        role,
        Some(MembershipRole::CaseManager | MembershipRole::Staff | MembershipRole::OrgAdmin)
    )
}

/// Opening a programme: a case worker of the organisation acted in, which leads it. Answers
/// the lead organisation.
pub fn create_programme(actor: &Actor) -> Result<(Uuid, Permit), DomainError> {
    let organisation = actor.organisation_id().ok_or(DomainError::Forbidden)?;
    allow_if(case_worker(actor.role()))?;
    Ok((organisation, Permit::granted()))
}

/// Editing, publishing, scheduling sessions: the lead organisation's case workers.
pub fn manage_programme(actor: &Actor, programme: &Programme) -> Result<Permit, DomainError> {
    allow_if(case_worker(actor.role_in(programme.lead_organisation_id)))?;
    Ok(Permit::granted())
}

/// Adding, moving and cancelling sessions: the lead's case workers, and the partners' when the
/// lead lets them (`partners_may_add_sessions`).
pub fn schedule_sessions(actor: &Actor, programme: &Programme) -> Result<Permit, DomainError> {
    if let Ok(permit) = manage_programme(actor, programme) {
        return Ok(permit);
    }
    allow_if(
        programme.profile.partners_may_add_sessions && run_programme(actor, programme).is_ok(),
    )?;
    Ok(Permit::granted())
}

/// The programmes "organised by me" (every status, drafts too): those of the organisation the
/// actor acts in, which it answers; someone acting in none may not ask.
pub fn list_own_programmes(actor: &Actor) -> Result<Uuid, DomainError> {
    actor.organisation_id().ok_or(DomainError::Forbidden)
}

/// Whether the viewer sees a programme's figures in full (its organisers); anyone else sees
/// them with small cells withheld.
pub fn view_programme_figures_in_full(actor: Option<&Actor>, programme: &Programme) -> bool {
    actor.is_some_and(|actor| view_enrolments(actor, programme).is_ok())
}

/// Matching a participant to programmes or vacancies (or into a programme's match list): only
/// with sight of their skills, interests and languages, which a match is made of.
pub fn match_participant(facets: &BTreeSet<ParticipantFacet>) -> Result<(), DomainError> {
    allow_if(
        facets.contains(&ParticipantFacet::Skills) && facets.contains(&ParticipantFacet::Languages),
    )
}

/// The profile a match may use: every part the viewer may not see blanked, so no rule or score
/// can depend on it.
pub fn matchable_profile(
    mut profile: ParticipantProfile,
    facets: &BTreeSet<ParticipantFacet>,
) -> ParticipantProfile {
    if !facets.contains(&ParticipantFacet::Demographics) {
        profile.birth_year = None;
        profile.gender = None;
    }
    if !facets.contains(&ParticipantFacet::Legal) {
        profile.legal_status = None;
        profile.country_of_origin = None;
        profile.arrival_date = None;
    }
    if !facets.contains(&ParticipantFacet::Languages) {
        profile.languages.clear();
        profile.slovenian_level = None;
    }
    if !facets.contains(&ParticipantFacet::Circumstances) {
        profile.education_level = None;
        profile.needs.clear();
        profile.location_preference = None;
        profile.max_travel_km = None;
        profile.municipality = None;
    }
    profile
}

/// Recording a placement (a job a participant started): a case worker of a labour agency that
/// sees the participant, or of an organiser of the programme the placement follows (the
/// participant enrolled in it). Answers the organisation that records it.
pub fn record_placement(
    actor: &Actor,
    sees_participant: bool,
    organises_their_programme: Option<&Programme>,
) -> Result<(Uuid, Permit), DomainError> {
    let labour_agency = actor.acting.as_ref().is_some_and(|a| {
        a.organisation_kind == crate::organisation::OrganisationKind::LabourAgency
    });
    let organiser = organises_their_programme.is_some_and(|p| run_programme(actor, p).is_ok());
    allow_if(case_worker(actor.role()) && ((labour_agency && sees_participant) || organiser))?;
    let organisation = actor.organisation_id().ok_or(DomainError::Forbidden)?;
    Ok((organisation, Permit::granted()))
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
    fn programmes_are_opened_by_case_workers_for_their_organisation() {
        let (lead, _permit) = create_programme(&member(MembershipRole::CaseManager, 4)).unwrap();
        assert_eq!(lead, org(4));
        assert!(create_programme(&member(MembershipRole::Analyst, 4)).is_err());
        assert!(create_programme(&member(MembershipRole::Mentor, 4)).is_err());
        assert!(
            create_programme(&crate::access::fixtures::platform(
                crate::membership::PlatformRole::PlatformAdmin
            ))
            .is_err()
        );
    }

    #[test]
    fn own_programmes_are_listed_by_members_of_an_organisation() {
        assert_eq!(
            list_own_programmes(&member(MembershipRole::Analyst, 2)).unwrap(),
            org(2)
        );
        assert!(
            list_own_programmes(&crate::access::fixtures::platform(
                crate::membership::PlatformRole::PlatformAdmin
            ))
            .is_err()
        );
    }

    #[test]
    fn figures_are_in_full_for_organisers_only() {
        let p = programme(ProgrammeStatus::Running);
        assert!(view_programme_figures_in_full(
            Some(&member(MembershipRole::Analyst, 2)),
            &p
        ));
        assert!(!view_programme_figures_in_full(
            Some(&member(MembershipRole::Staff, 3)),
            &p
        ));
        assert!(!view_programme_figures_in_full(None, &p));
    }

    #[test]
    fn matching_needs_skills_and_languages_and_uses_only_what_is_seen() {
        use crate::access::ParticipantFacet as F;
        let seen: BTreeSet<F> = [F::Skills, F::Languages].into();
        assert!(match_participant(&seen).is_ok());
        assert_eq!(
            match_participant(&[F::Skills].into()),
            Err(DomainError::Forbidden)
        );
        let profile = ParticipantProfile {
            given_name: "Ana".into(),
            family_name: None,
            birth_year: Some(1990),
            gender: None,
            email: None,
            phone: None,
            legal_status: None,
            country_of_origin: Some("UA".into()),
            arrival_date: None,
            preferred_language: crate::language::LanguageCode::parse("language", "uk").unwrap(),
            languages: Vec::new(),
            slovenian_level: None,
            education_level: None,
            skills: vec!["welding".into()],
            interests: Vec::new(),
            needs: Vec::new(),
            location_preference: None,
            max_travel_km: Some(12),
            municipality: Some("Kranj".into()),
        };
        let blanked = matchable_profile(profile.clone(), &seen);
        assert_eq!(blanked.birth_year, None);
        assert_eq!(blanked.country_of_origin, None);
        assert_eq!(blanked.municipality, None);
        assert_eq!(blanked.max_travel_km, None);
        assert_eq!(blanked.skills, profile.skills);
        let mut all = seen.clone();
        all.extend([F::Demographics, F::Legal, F::Circumstances]);
        assert_eq!(matchable_profile(profile.clone(), &all), profile);
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

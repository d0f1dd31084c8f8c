//! Who arranges mentorships and mediation, posts vacancies and convenes stakeholder groups.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{Actor, Permit, allow_if};
use crate::DomainError;
use crate::consent::{Consent, ConsentPurpose};
use crate::mediation::{MediationAction, MediationRequest, MediationStatus};
use crate::membership::MembershipRole;
use crate::mentorship::{Mentorship, StaffProfile};
use crate::organisation::OrganisationKind;
use crate::stakeholder_group::StakeholderGroup;
use crate::vacancy::Vacancy;

fn case_worker(actor: &Actor) -> bool {
    matches!(
        actor.role(),
        Some(MembershipRole::CaseManager | MembershipRole::Staff | MembershipRole::OrgAdmin)
    )
}

/// Mentors and mediators keep their own profile (expertise, languages, mentee limit).
pub fn keep_staff_profile(actor: &Actor) -> Result<Permit, DomainError> {
    allow_if(matches!(
        actor.role(),
        Some(MembershipRole::Mentor | MembershipRole::Mediator)
    ))?;
    Ok(Permit::granted())
}

/// Case workers look up mentors to pair with participants.
pub fn find_mentors(actor: &Actor) -> Result<(), DomainError> {
    allow_if(case_worker(actor))
}

/// The case workers of the organisation owning a participant pair them with a mentor; the
/// pairing is arranged by (and belongs to) the organisation they act in.
pub fn arrange_mentorship(
    actor: &Actor,
    owner_organisation: Uuid,
) -> Result<(Permit, Uuid), DomainError> {
    super::manage_participant(actor, owner_organisation)?;
    let organisation = actor.organisation_id().ok_or(DomainError::Forbidden)?;
    Ok((Permit::granted(), organisation))
}

/// A mentor from another organisation sees the mentee's name, languages and skills: that needs
/// an active consent (for any purpose but statistics) covering one of the mentor's
/// organisations (given with their kinds, `None` when unknown). A mentor of the owning
/// organisation needs none. `CONSENT_REQUIRED` otherwise.
pub fn mentor_may_see_mentee(
    owner_organisation: Uuid,
    mentor_organisations: &[(Uuid, Option<OrganisationKind>)],
    consents: &[Consent],
    now: DateTime<Utc>,
) -> Result<(), DomainError> {
    if mentor_organisations
        .iter()
        .any(|(organisation, _)| *organisation == owner_organisation)
    {
        return Ok(());
    }
    let covered = mentor_organisations.iter().any(|(organisation, kind)| {
        kind.is_some_and(|kind| {
            consents.iter().any(|c| {
                c.purpose != ConsentPurpose::Statistics
                    && c.is_active(now)
                    && c.covers(*organisation, kind)
            })
        })
    });
    if covered {
        Ok(())
    } else {
        Err(DomainError::ConsentRequired)
    }
}

/// The mentor writes the meeting log. Anyone else is told the mentorship does not exist.
pub fn log_mentorship(actor: &Actor, mentorship: &Mentorship) -> Result<Permit, DomainError> {
    if actor.user_id == mentorship.mentor_user_id {
        Ok(Permit::granted())
    } else {
        Err(DomainError::NotFound)
    }
}

fn mentor_or_arranger(actor: &Actor, mentorship: &Mentorship) -> bool {
    actor.user_id == mentorship.mentor_user_id
        || (case_worker(actor) && actor.organisation_id() == Some(mentorship.organisation_id))
}

/// The mentor and the arranging organisation's case workers read the meeting log.
pub fn read_mentorship_log(actor: &Actor, mentorship: &Mentorship) -> Result<(), DomainError> {
    allow_if(mentor_or_arranger(actor, mentorship))
}

/// The mentor or the arranging organisation's case workers end a mentorship. Anyone else is
/// told it does not exist.
pub fn end_mentorship(actor: &Actor, mentorship: &Mentorship) -> Result<Permit, DomainError> {
    if mentor_or_arranger(actor, mentorship) {
        Ok(Permit::granted())
    } else {
        Err(DomainError::NotFound)
    }
}

/// Any case worker asks for a mediator, for the organisation they act in.
pub fn request_mediation(actor: &Actor) -> Result<(Permit, Uuid), DomainError> {
    allow_if(case_worker(actor))?;
    let organisation = actor.organisation_id().ok_or(DomainError::Forbidden)?;
    Ok((Permit::granted(), organisation))
}

/// A mediator takes a request in one of their languages.
fn take_mediation(
    actor: &Actor,
    profile: Option<&StaffProfile>,
    request: &MediationRequest,
) -> bool {
    actor.role() == Some(MembershipRole::Mediator)
        && profile.is_some_and(|p| p.languages.contains(&request.language))
}

/// A step on a mediation request: a mediator takes an open one in one of their languages
/// (`profile` is the actor's staff profile), the mediator who took it marks it done, the
/// requesting organisation's case workers cancel it. Refused: `FORBIDDEN` to those who see the
/// request, `NOT_FOUND` to anyone else (the request stays out of sight).
pub fn step_mediation(
    actor: &Actor,
    profile: Option<&StaffProfile>,
    request: &MediationRequest,
    action: MediationAction,
) -> Result<Permit, DomainError> {
    let allowed = match action {
        MediationAction::Take => take_mediation(actor, profile, request),
        MediationAction::Complete => request.mediator_user_id == Some(actor.user_id),
        MediationAction::Cancel => {
            case_worker(actor) && actor.organisation_id() == Some(request.organisation_id)
        }
    };
    if allowed {
        Ok(Permit::granted())
    } else if view_mediation(actor, request) {
        Err(DomainError::Forbidden)
    } else {
        Err(DomainError::NotFound)
    }
}

/// Who sees a request: the requesting organisation, and the mediator who took it.
pub fn view_mediation(actor: &Actor, request: &MediationRequest) -> bool {
    actor.organisation_id() == Some(request.organisation_id)
        || request.mediator_user_id == Some(actor.user_id)
}

/// Only mediators browse the open requests (those in their languages).
pub fn browse_open_mediation(actor: &Actor) -> Result<(), DomainError> {
    allow_if(actor.role() == Some(MembershipRole::Mediator))
}

/// Members of an organisation list the requests it made; answers the organisation.
pub fn list_organisation_mediation(actor: &Actor) -> Result<Uuid, DomainError> {
    actor.organisation_id().ok_or(DomainError::Forbidden)
}

/// Whether the viewer may see the participant through this request at all (what of them is
/// then up to `participant_facets`). Visibility through a request is per request: a mediator sees
/// the participant only of a request they took, while it is assigned, even when they took
/// another request for the same person; the requesting organisation's members go by their own
/// relation to the participant; anyone else sees nothing.
pub fn participant_through_mediation(actor: &Actor, request: &MediationRequest) -> bool {
    if actor.role() == Some(MembershipRole::Mediator) {
        return request.status == MediationStatus::Assigned
            && request.mediator_user_id == Some(actor.user_id);
    }
    actor.organisation_id() == Some(request.organisation_id)
}

/// Labour agencies and companies post labour demand; answers the organisation posting.
pub fn post_vacancy(actor: &Actor) -> Result<(Permit, Uuid), DomainError> {
    let acting = actor.acting.as_ref().ok_or(DomainError::Forbidden)?;
    allow_if(
        matches!(
            acting.organisation_kind,
            OrganisationKind::LabourAgency | OrganisationKind::Company
        ) && case_worker(actor),
    )?;
    Ok((Permit::granted(), acting.organisation_id))
}

/// Those who post vacancies close their own organisation's; `vacancy` is `None` when it does
/// not exist. Another organisation's vacancy is `NOT_FOUND`, like one that does not exist.
pub fn close_vacancy(actor: &Actor, vacancy: Option<&Vacancy>) -> Result<Permit, DomainError> {
    let (permit, organisation) = post_vacancy(actor)?;
    match vacancy {
        Some(vacancy) if vacancy.organisation_id == organisation => Ok(permit),
        _ => Err(DomainError::NotFound),
    }
}

/// A municipality's admins and staff convene its stakeholder groups; answers the convener.
pub fn convene_group(actor: &Actor) -> Result<(Permit, Uuid), DomainError> {
    let acting = actor.acting.as_ref().ok_or(DomainError::Forbidden)?;
    allow_if(
        acting.organisation_kind == OrganisationKind::Municipality
            && matches!(
                acting.role,
                MembershipRole::OrgAdmin | MembershipRole::Staff
            ),
    )?;
    Ok((Permit::granted(), acting.organisation_id))
}

/// Members of an organisation list the groups it convenes or belongs to; answers the
/// organisation.
pub fn list_organisation_groups(actor: &Actor) -> Result<Uuid, DomainError> {
    actor.organisation_id().ok_or(DomainError::Forbidden)
}

/// Members (and the convener, and the coordinators) see a group, its programmes and its figures.
pub fn view_group(actor: &Actor, group: &StakeholderGroup) -> bool {
    group.coordinator_ids.contains(&actor.user_id)
        || actor
            .organisation_id()
            .is_some_and(|o| o == group.convener_id || group.member_ids.contains(&o))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::fixtures::{member, member_of_kind, org};
    use crate::language::LanguageCode;

    fn request() -> MediationRequest {
        MediationRequest {
            id: Uuid::nil(),
            organisation_id: org(1),
            requested_by: Uuid::nil(),
            language: LanguageCode::parse("l", "ar").unwrap(),
            starts_at: chrono::Utc::now(),
            place: None,
            remote: true,
            referral_id: None,
            session_id: None,
            participant_id: None,
            notes: None,
            status: MediationStatus::Requested,
            mediator_user_id: None,
            created_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn mediators_take_requests_in_their_languages_only() {
        let mediator = member(MembershipRole::Mediator, 5);
        let arabic = StaffProfile {
            user_id: mediator.user_id,
            expertise: vec![],
            languages: vec![LanguageCode::parse("l", "ar").unwrap()],
            max_mentees: 0,
        };
        let ukrainian = StaffProfile {
            languages: vec![LanguageCode::parse("l", "uk").unwrap()],
            ..arabic.clone()
        };
        let take = MediationAction::Take;
        assert!(step_mediation(&mediator, Some(&arabic), &request(), take).is_ok());
        assert_eq!(
            step_mediation(&mediator, Some(&ukrainian), &request(), take).unwrap_err(),
            DomainError::NotFound
        );
        assert!(step_mediation(&mediator, None, &request(), take).is_err());
        assert!(
            step_mediation(
                &member(MembershipRole::Staff, 5),
                Some(&arabic),
                &request(),
                take
            )
            .is_err()
        );
    }

    #[test]
    fn a_mediator_sees_the_participant_only_of_the_request_they_took() {
        let mediator = member(MembershipRole::Mediator, 5);
        let untaken = request();
        assert!(!participant_through_mediation(&mediator, &untaken));
        let taken_by_other = MediationRequest {
            status: MediationStatus::Assigned,
            mediator_user_id: Some(Uuid::from_u128(77)),
            ..request()
        };
        assert!(!participant_through_mediation(&mediator, &taken_by_other));
        let taken = MediationRequest {
            status: MediationStatus::Assigned,
            mediator_user_id: Some(mediator.user_id),
            ..request()
        };
        assert!(participant_through_mediation(&mediator, &taken));
        let done = MediationRequest {
            status: MediationStatus::Done,
            ..taken.clone()
        };
        assert!(!participant_through_mediation(&mediator, &done));
        // A mediator of the requesting organisation is still a mediator.
        assert!(!participant_through_mediation(
            &member(MembershipRole::Mediator, 1),
            &untaken
        ));
        assert!(participant_through_mediation(
            &member(MembershipRole::CaseManager, 1),
            &untaken
        ));
        assert!(!participant_through_mediation(
            &member(MembershipRole::CaseManager, 2),
            &untaken
        ));
    }

    #[test]
    fn vacancies_and_groups_belong_to_the_right_kinds() {
        assert!(
            post_vacancy(&member_of_kind(
                MembershipRole::Staff,
                1,
                OrganisationKind::Company
            ))
            .is_ok()
        );
        assert!(
            post_vacancy(&member_of_kind(
                MembershipRole::Staff,
                1,
                OrganisationKind::Ngo
            ))
            .is_err()
        );
        assert!(
            convene_group(&member_of_kind(
                MembershipRole::OrgAdmin,
                1,
                OrganisationKind::Municipality
            ))
            .is_ok()
        );
        assert!(
            convene_group(&member_of_kind(
                MembershipRole::Analyst,
                1,
                OrganisationKind::Municipality
            ))
            .is_err()
        );
    }

    #[test]
    fn a_refused_mediation_step_is_forbidden_only_to_those_who_see_the_request() {
        let own = member(MembershipRole::CaseManager, 1);
        let stranger = member(MembershipRole::CaseManager, 2);
        let cancel = MediationAction::Cancel;
        let complete = MediationAction::Complete;
        assert!(step_mediation(&own, None, &request(), cancel).is_ok());
        assert_eq!(
            step_mediation(&stranger, None, &request(), cancel).unwrap_err(),
            DomainError::NotFound
        );
        assert_eq!(
            step_mediation(&own, None, &request(), complete).unwrap_err(),
            DomainError::Forbidden
        );
        let mediator = member(MembershipRole::Mediator, 5);
        let taken = MediationRequest {
            status: MediationStatus::Assigned,
            mediator_user_id: Some(mediator.user_id),
            ..request()
        };
        assert!(step_mediation(&mediator, None, &taken, complete).is_ok());
        assert_eq!(
            step_mediation(&mediator, None, &taken, cancel).unwrap_err(),
            DomainError::Forbidden
        );
        assert_eq!(
            step_mediation(&mediator, None, &request(), complete).unwrap_err(),
            DomainError::NotFound
        );
    }

    #[test]
    fn only_mediators_browse_open_requests_and_lists_need_an_organisation() {
        assert!(browse_open_mediation(&member(MembershipRole::Mediator, 1)).is_ok());
        assert_eq!(
            browse_open_mediation(&member(MembershipRole::CaseManager, 1)).unwrap_err(),
            DomainError::Forbidden
        );
        assert_eq!(
            list_organisation_mediation(&member(MembershipRole::Analyst, 3)),
            Ok(org(3))
        );
        let no_organisation = Actor {
            acting: None,
            ..member(MembershipRole::Staff, 1)
        };
        assert_eq!(
            list_organisation_mediation(&no_organisation),
            Err(DomainError::Forbidden)
        );
        assert_eq!(
            list_organisation_groups(&no_organisation),
            Err(DomainError::Forbidden)
        );
    }

    fn mentorship(mentor: Uuid, organisation: Uuid) -> Mentorship {
        Mentorship {
            id: Uuid::nil(),
            mentor_user_id: mentor,
            participant_id: Uuid::nil(),
            organisation_id: organisation,
            goals: "goals".to_owned(),
            status: crate::mentorship::MentorshipStatus::Active,
            started_on: chrono::Utc::now().date_naive(),
            created_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn the_mentor_logs_and_the_arranging_organisation_ends_and_reads() {
        let mentor = member(MembershipRole::Mentor, 5);
        let pairing = mentorship(mentor.user_id, org(1));
        let arranger = member(MembershipRole::CaseManager, 1);
        let other = member(MembershipRole::CaseManager, 2);
        assert!(log_mentorship(&mentor, &pairing).is_ok());
        assert_eq!(
            log_mentorship(&arranger, &pairing).unwrap_err(),
            DomainError::NotFound
        );
        assert!(end_mentorship(&mentor, &pairing).is_ok());
        assert!(end_mentorship(&arranger, &pairing).is_ok());
        assert_eq!(
            end_mentorship(&other, &pairing).unwrap_err(),
            DomainError::NotFound
        );
        assert!(read_mentorship_log(&arranger, &pairing).is_ok());
        assert_eq!(
            read_mentorship_log(&other, &pairing),
            Err(DomainError::Forbidden)
        );
        // An analyst of the arranging organisation is no case worker.
        assert!(read_mentorship_log(&member(MembershipRole::Analyst, 1), &pairing).is_err());
    }

    #[test]
    fn mentorships_are_arranged_by_the_owners_case_workers_only() {
        let (_, organisation) =
            arrange_mentorship(&member(MembershipRole::CaseManager, 1), org(1)).unwrap();
        assert_eq!(organisation, org(1));
        assert_eq!(
            arrange_mentorship(&member(MembershipRole::CaseManager, 2), org(1)).unwrap_err(),
            DomainError::Forbidden
        );
        assert!(arrange_mentorship(&member(MembershipRole::Mentor, 1), org(1)).is_err());
    }

    fn consent(purpose: ConsentPurpose, kinds: Vec<OrganisationKind>) -> Consent {
        Consent {
            id: Uuid::nil(),
            participant_id: Uuid::nil(),
            purpose,
            covered_organisations: vec![],
            covered_kinds: kinds,
            field_groups: vec![],
            method: crate::consent::ConsentMethod::Written,
            language: LanguageCode::parse("l", "sl").unwrap(),
            given_at: chrono::Utc::now(),
            expires_at: None,
            withdrawn_at: None,
        }
    }

    #[test]
    fn a_mentor_from_elsewhere_needs_a_consent_covering_their_organisation() {
        let now = chrono::Utc::now();
        let ngo = [(org(2), Some(OrganisationKind::Ngo))];
        // A mentor of the owning organisation needs no consent.
        assert!(mentor_may_see_mentee(org(1), &[(org(1), None)], &[], now).is_ok());
        assert_eq!(
            mentor_may_see_mentee(org(1), &ngo, &[], now),
            Err(DomainError::ConsentRequired)
        );
        let covering = consent(ConsentPurpose::Referral, vec![OrganisationKind::Ngo]);
        assert!(mentor_may_see_mentee(org(1), &ngo, std::slice::from_ref(&covering), now).is_ok());
        let statistics = consent(ConsentPurpose::Statistics, vec![OrganisationKind::Ngo]);
        assert_eq!(
            mentor_may_see_mentee(org(1), &ngo, &[statistics], now),
            Err(DomainError::ConsentRequired)
        );
        let withdrawn = Consent {
            withdrawn_at: Some(now),
            ..covering.clone()
        };
        assert_eq!(
            mentor_may_see_mentee(org(1), &ngo, &[withdrawn], now),
            Err(DomainError::ConsentRequired)
        );
        let other_kind = consent(ConsentPurpose::Referral, vec![OrganisationKind::Company]);
        assert_eq!(
            mentor_may_see_mentee(org(1), &ngo, &[other_kind], now),
            Err(DomainError::ConsentRequired)
        );
        assert_eq!(
            mentor_may_see_mentee(org(1), &[(org(2), None)], &[covering], now),
            Err(DomainError::ConsentRequired)
        );
    }

    #[test]
    fn a_vacancy_is_closed_by_its_own_organisation_only() {
        let company = member_of_kind(MembershipRole::Staff, 1, OrganisationKind::Company);
        let vacancy = Vacancy {
            id: Uuid::nil(),
            organisation_id: org(1),
            occupation: "welder".to_owned(),
            skills: vec![],
            min_language: None,
            municipality: "Ljubljana".to_owned(),
            openings: 1,
            valid_until: chrono::Utc::now().date_naive(),
            created_at: chrono::Utc::now(),
        };
        assert!(close_vacancy(&company, Some(&vacancy)).is_ok());
        assert_eq!(
            close_vacancy(&company, None).unwrap_err(),
            DomainError::NotFound
        );
        let other = member_of_kind(MembershipRole::Staff, 2, OrganisationKind::Company);
        assert_eq!(
            close_vacancy(&other, Some(&vacancy)).unwrap_err(),
            DomainError::NotFound
        );
        let ngo = member_of_kind(MembershipRole::Staff, 1, OrganisationKind::Ngo);
        assert_eq!(
            close_vacancy(&ngo, Some(&vacancy)).unwrap_err(),
            DomainError::Forbidden
        );
    }
}

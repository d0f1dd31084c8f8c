//! Who arranges mentorships and mediation, posts vacancies and convenes stakeholder groups.

use uuid::Uuid;

use super::{Actor, allow_if};
use crate::DomainError;
use crate::mediation::{MediationRequest, MediationStatus};
use crate::membership::MembershipRole;
use crate::mentorship::{Mentorship, StaffProfile};
use crate::organisation::OrganisationKind;
use crate::stakeholder_group::StakeholderGroup;

fn case_worker(actor: &Actor) -> bool {
    matches!(
        actor.role(),
        Some(MembershipRole::CaseManager | MembershipRole::Staff | MembershipRole::OrgAdmin)
    )
}

/// Mentors and mediators keep their own profile (expertise, languages, mentee limit).
pub fn keep_staff_profile(actor: &Actor) -> Result<(), DomainError> {
    allow_if(matches!(
        actor.role(),
        Some(MembershipRole::Mentor | MembershipRole::Mediator)
    ))
}

/// Case workers look up mentors to pair with participants.
pub fn find_mentors(actor: &Actor) -> Result<(), DomainError> {
    allow_if(case_worker(actor))
}

/// The mentor writes the meeting log; the arranging organisation's case workers read it.
pub fn log_mentorship(actor: &Actor, mentorship: &Mentorship) -> Result<(), DomainError> {
    allow_if(actor.user_id == mentorship.mentor_user_id)
}

/// The mentor or the arranging organisation's case workers end a mentorship.
pub fn end_mentorship(actor: &Actor, mentorship: &Mentorship) -> Result<(), DomainError> {
    allow_if(
        actor.user_id == mentorship.mentor_user_id
            || (case_worker(actor) && actor.organisation_id() == Some(mentorship.organisation_id)),
    )
}

/// Any case worker asks for a mediator.
pub fn request_mediation(actor: &Actor) -> Result<Uuid, DomainError> {
    allow_if(case_worker(actor))?;
    actor.organisation_id().ok_or(DomainError::Forbidden)
}

/// A mediator takes a request in one of their languages.
pub fn take_mediation(
    actor: &Actor,
    profile: Option<&StaffProfile>,
    request: &MediationRequest,
) -> Result<(), DomainError> {
    allow_if(
        actor.role() == Some(MembershipRole::Mediator)
            && profile.is_some_and(|p| p.languages.contains(&request.language)),
    )
}

/// The assigned mediator marks it done.
pub fn complete_mediation(actor: &Actor, request: &MediationRequest) -> Result<(), DomainError> {
    allow_if(request.mediator_user_id == Some(actor.user_id))
}

/// The requesting organisation's case workers cancel it.
pub fn cancel_mediation(actor: &Actor, request: &MediationRequest) -> Result<(), DomainError> {
    allow_if(case_worker(actor) && actor.organisation_id() == Some(request.organisation_id))
}

/// Who sees a request: the requesting organisation, and the mediator who took it.
pub fn view_mediation(actor: &Actor, request: &MediationRequest) -> bool {
    actor.organisation_id() == Some(request.organisation_id)
        || request.mediator_user_id == Some(actor.user_id)
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

/// Labour agencies and companies post labour demand.
pub fn post_vacancy(actor: &Actor) -> Result<Uuid, DomainError> {
    let acting = actor.acting.as_ref().ok_or(DomainError::Forbidden)?;
    allow_if(
        matches!(
            acting.organisation_kind,
            OrganisationKind::LabourAgency | OrganisationKind::Company
        ) && case_worker(actor),
    )?;
    Ok(acting.organisation_id)
}

/// A municipality's admins and staff convene its stakeholder groups.
pub fn convene_group(actor: &Actor) -> Result<Uuid, DomainError> {
    let acting = actor.acting.as_ref().ok_or(DomainError::Forbidden)?;
    allow_if(
        acting.organisation_kind == OrganisationKind::Municipality
            && matches!(
                acting.role,
                MembershipRole::OrgAdmin | MembershipRole::Staff
            ),
    )?;
    Ok(acting.organisation_id)
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
        assert!(take_mediation(&mediator, Some(&arabic), &request()).is_ok());
        assert!(take_mediation(&mediator, Some(&ukrainian), &request()).is_err());
        assert!(
            take_mediation(&member(MembershipRole::Staff, 5), Some(&arabic), &request()).is_err()
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
}

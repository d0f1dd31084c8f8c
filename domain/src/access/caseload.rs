//! Caseloads and tasks: who sees a participant's case worker, who assigns a case or an
//! incoming referral, and who creates, sees and completes follow-up tasks.
//!
//! Each rule applies on top of visibility: a participant or referral the actor may not see is
//! `NOT_FOUND` before any of these is asked.

use uuid::Uuid;

use super::{Actor, ParticipantRelation, Permit, allow_if};
use crate::DomainError;
use crate::membership::MembershipRole;
use crate::referral::{Referral, ReferralStatus};
use crate::task::Task;

/// The roles that carry cases: they can hold a caseload, be assigned a referral or a task.
pub fn carries_cases(role: MembershipRole) -> bool {
    matches!(
        role,
        MembershipRole::CaseManager | MembershipRole::Staff | MembershipRole::OrgAdmin
    )
}

/// Case workers of the owning organisation see who the participant's case worker is, and so
/// do those of an organisation serving the participant through a referral (they need to know
/// whom to talk to). Mentors, mediators and analysts do not: it tells them nothing they work
/// with, and a mediator of another organisation should not learn who carries the case.
pub fn see_case_worker(actor: &Actor, relation: &ParticipantRelation) -> Result<(), DomainError> {
    allow_if(
        actor.role().is_some_and(carries_cases)
            && matches!(
                relation,
                ParticipantRelation::Owner | ParticipantRelation::Engaged { .. }
            ),
    )
}

/// Assigning (or reassigning) a participant's case worker: an admin of the owning
/// organisation. The new worker must carry cases there (checked against the database).
pub fn assign_case_worker(actor: &Actor, owner_organisation: Uuid) -> Result<Permit, DomainError> {
    allow_if(actor.role_in(owner_organisation) == Some(MembershipRole::OrgAdmin))?;
    Ok(Permit::granted())
}

/// Assigning an incoming referral to a staff member: an admin or a case manager of the
/// receiving organisation (those who distribute incoming work), once it is sent.
pub fn assign_referral(actor: &Actor, referral: &Referral) -> Result<Permit, DomainError> {
    allow_if(
        referral.status != ReferralStatus::Draft
            && matches!(
                actor.role_in(referral.to_organisation_id),
                Some(MembershipRole::OrgAdmin | MembershipRole::CaseManager)
            ),
    )?;
    Ok(Permit::granted())
}

/// The organisation whose cases an actor carries (`myCaseload`, `myTasks`, `assignedToMe`):
/// the one they act in, when their role there carries cases.
pub fn caseload_organisation(actor: &Actor) -> Result<Uuid, DomainError> {
    let acting = actor.acting.as_ref().ok_or(DomainError::Forbidden)?;
    allow_if(carries_cases(acting.role))?;
    Ok(acting.organisation_id)
}

/// Creating a task about a participant: a case worker of an organisation that owns or serves
/// them. The task belongs to that organisation (answered with the permit).
pub fn create_participant_task(
    actor: &Actor,
    relation: &ParticipantRelation,
) -> Result<(Uuid, Permit), DomainError> {
    let organisation = caseload_organisation(actor)?;
    allow_if(matches!(
        relation,
        ParticipantRelation::Owner | ParticipantRelation::Engaged { .. }
    ))?;
    Ok((organisation, Permit::granted()))
}

/// Creating a task about a referral: a case worker of either side (the receiver once sent).
/// The task belongs to their organisation (answered with the permit).
pub fn create_referral_task(
    actor: &Actor,
    referral: &Referral,
) -> Result<(Uuid, Permit), DomainError> {
    let organisation = caseload_organisation(actor)?;
    let side = organisation == referral.from_organisation_id
        || (referral.status != ReferralStatus::Draft
            && organisation == referral.to_organisation_id);
    allow_if(side)?;
    Ok((organisation, Permit::granted()))
}

/// Seeing a task: a case worker of the organisation it belongs to (its subject must still be
/// visible too, which the caller checks).
pub fn view_task(actor: &Actor, task: &Task) -> bool {
    caseload_organisation(actor).is_ok_and(|organisation| organisation == task.organisation_id)
}

/// Completing a task: its assignee, its creator, or an admin of its organisation.
pub fn complete_task(actor: &Actor, task: &Task) -> Result<Permit, DomainError> {
    if !view_task(actor, task) {
        return Err(DomainError::NotFound);
    }
    allow_if(
        actor.user_id == task.assignee_id
            || actor.user_id == task.created_by
            || actor.role() == Some(MembershipRole::OrgAdmin),
    )?;
    Ok(Permit::granted())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::fixtures::{member, org, platform};
    use crate::membership::PlatformRole;
    use crate::task::{TaskStatus, TaskSubject};
    use MembershipRole as R;

    fn engaged() -> ParticipantRelation {
        ParticipantRelation::Engaged {
            shared: Default::default(),
        }
    }

    #[test]
    fn case_workers_of_the_owner_and_of_engaged_organisations_see_the_case_worker() {
        for role in [R::CaseManager, R::Staff, R::OrgAdmin] {
            assert!(see_case_worker(&member(role, 1), &ParticipantRelation::Owner).is_ok());
            assert!(see_case_worker(&member(role, 1), &engaged()).is_ok());
            assert!(see_case_worker(&member(role, 1), &ParticipantRelation::Unrelated).is_err());
        }
        for role in [R::Mentor, R::Mediator, R::Analyst] {
            assert!(see_case_worker(&member(role, 1), &ParticipantRelation::Owner).is_err());
        }
        assert!(see_case_worker(&member(R::Mentor, 1), &ParticipantRelation::Mentee).is_err());
        assert!(
            see_case_worker(
                &platform(PlatformRole::PlatformAdmin),
                &ParticipantRelation::Owner
            )
            .is_err()
        );
    }

    #[test]
    fn only_an_admin_of_the_owner_assigns_a_case() {
        assert!(assign_case_worker(&member(R::OrgAdmin, 1), org(1)).is_ok());
        assert!(assign_case_worker(&member(R::OrgAdmin, 2), org(1)).is_err());
        assert!(assign_case_worker(&member(R::CaseManager, 1), org(1)).is_err());
        assert!(assign_case_worker(&platform(PlatformRole::PlatformAdmin), org(1)).is_err());
    }

    fn referral(status: ReferralStatus) -> Referral {
        Referral {
            id: Uuid::from_u128(77),
            participant_id: Uuid::from_u128(78),
            from_organisation_id: org(1),
            from_user_id: Uuid::from_u128(1001),
            to_organisation_id: org(2),
            programme_id: None,
            need_domain: crate::referral::NeedDomain::Employment,
            priority: crate::referral::ReferralPriority::Normal,
            reason: String::new(),
            respond_by: "2026-12-10".parse().unwrap(),
            kind: crate::referral::ReferralKind::Service,
            status,
            consent_id: None,
            redirected_from_id: None,
            decline_reason: None,
            outcome: None,
            cancel_reason: None,
            version: 1,
            sent_at: None,
            first_response_at: None,
            created_at: chrono::Utc::now(),
            updated_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn the_receivers_admins_and_case_managers_assign_an_incoming_referral() {
        let sent = referral(ReferralStatus::Sent);
        assert!(assign_referral(&member(R::OrgAdmin, 2), &sent).is_ok());
        assert!(assign_referral(&member(R::CaseManager, 2), &sent).is_ok());
        assert!(assign_referral(&member(R::Staff, 2), &sent).is_err());
        assert!(assign_referral(&member(R::OrgAdmin, 1), &sent).is_err());
        assert!(
            assign_referral(&member(R::OrgAdmin, 2), &referral(ReferralStatus::Draft)).is_err()
        );
    }

    #[test]
    fn tasks_belong_to_the_organisation_of_their_creator() {
        let owner = member(R::Staff, 1);
        assert_eq!(
            create_participant_task(&owner, &ParticipantRelation::Owner).map(|(o, _)| o),
            Ok(org(1))
        );
        assert!(create_participant_task(&owner, &ParticipantRelation::Unrelated).is_err());
        assert!(
            create_participant_task(&member(R::Mentor, 1), &ParticipantRelation::Mentee).is_err()
        );
        assert!(
            create_participant_task(&member(R::Analyst, 1), &ParticipantRelation::Owner).is_err()
        );
        let sent = referral(ReferralStatus::Sent);
        assert_eq!(
            create_referral_task(&member(R::Staff, 2), &sent).map(|(o, _)| o),
            Ok(org(2))
        );
        assert!(create_referral_task(&member(R::Staff, 3), &sent).is_err());
        assert!(
            create_referral_task(&member(R::Staff, 2), &referral(ReferralStatus::Draft)).is_err()
        );
    }

    #[test]
    fn a_task_is_completed_by_its_people_and_unseen_elsewhere() {
        let staff = member(R::Staff, 1);
        let task = Task {
            id: Uuid::from_u128(5),
            organisation_id: org(1),
            subject: TaskSubject::Participant(Uuid::from_u128(6)),
            title: "Call".into(),
            due_on: "2026-12-10".parse().unwrap(),
            assignee_id: staff.user_id,
            status: TaskStatus::Open,
            created_by: Uuid::from_u128(4),
            created_at: chrono::Utc::now(),
            completed_at: None,
        };
        assert!(complete_task(&staff, &task).is_ok());
        let mut colleague = member(R::CaseManager, 1);
        colleague.user_id = Uuid::from_u128(3);
        assert_eq!(
            complete_task(&colleague, &task).err(),
            Some(DomainError::Forbidden)
        );
        assert!(complete_task(&member(R::OrgAdmin, 1), &task).is_ok());
        assert_eq!(
            complete_task(&member(R::OrgAdmin, 2), &task).err(),
            Some(DomainError::NotFound)
        );
        assert!(!view_task(&member(R::Mentor, 1), &task));
    }
}

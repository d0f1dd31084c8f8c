//! Caseloads and follow-up tasks: assigning a participant's case worker and an incoming
//! referral, creating, completing and listing tasks.

use std::collections::HashSet;

use chrono::Utc;
use skupaj_domain::DomainError;
use skupaj_domain::access::{
    ReferralPlaces, assign_case_worker, assign_referral, can_view_referral, caseload_organisation,
    complete_task, create_participant_task, create_referral_task,
};
use skupaj_domain::referral::Referral;
use skupaj_domain::task::{Task, TaskInput, TaskStatus, TaskSubject};
use skupaj_persistence::page::Page;
use skupaj_persistence::{audit, caseloads, referrals, tasks};
use uuid::Uuid;

pub use skupaj_persistence::tasks::TaskCursor;

use crate::participant::ParticipantView;
use crate::{AppResult, Handle};

/// A follow-up task to create.
#[derive(Debug)]
pub struct NewTask {
    /// What it is about (a participant or a referral the actor's organisation works with).
    pub subject: TaskSubject,
    pub input: TaskInput,
    /// Whom it is for; the actor when `None`.
    pub assignee: Option<Uuid>,
}

/// The use cases of caseloads and tasks.
#[derive(Debug, Clone, Copy)]
pub struct Caseloads<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Caseloads and tasks.
    pub fn caseloads(self) -> Caseloads<'a> {
        Caseloads(self)
    }
}

impl Caseloads<'_> {
    /// Makes `user` the case worker of a participant (an admin of the owner; the new worker
    /// must carry cases there) and tells them. Answers the participant as the actor sees them.
    pub async fn assign_case_worker(
        &self,
        participant_id: Uuid,
        user: Uuid,
    ) -> AppResult<ParticipantView> {
        audit::about("Participant", Some(participant_id));
        let view = self.0.participants().get(participant_id).await?;
        let owner = view.participant.owner_organisation_id;
        let permit = assign_case_worker(self.0.actor(), owner)?;
        let db = self.0.db();
        if !caseloads::carries_cases_in(db, user, owner).await? {
            return Err(DomainError::validation(
                "userId",
                "must be an active case manager, staff member or admin of the organisation that owns the participant",
            )
            .into());
        }
        caseloads::assign_case_worker(db, permit, participant_id, user).await?;
        Ok(view)
    }

    /// Assigns a referral sent to the actor's organisation to one of its staff and tells them.
    pub async fn assign_referral(&self, referral_id: Uuid, user: Uuid) -> AppResult<Referral> {
        audit::about("Referral", Some(referral_id));
        let referral = self.0.referrals().find(referral_id).await?;
        let permit = assign_referral(self.0.actor(), &referral)?;
        let db = self.0.db();
        if !caseloads::carries_cases_in(db, user, referral.to_organisation_id).await? {
            return Err(DomainError::validation(
                "userId",
                "must be an active case manager, staff member or admin of the receiving organisation",
            )
            .into());
        }
        caseloads::assign_referral(db, permit, referral_id, user).await?;
        Ok(referral)
    }

    /// Creates a follow-up task about a participant or a referral the actor's organisation
    /// works with; it belongs to that organisation.
    pub async fn create_task(&self, new: NewTask) -> AppResult<Task> {
        audit::about("Task", None);
        let actor = self.0.actor();
        let (organisation, permit) = match new.subject {
            TaskSubject::Participant(id) => {
                let view = self.0.participants().get(id).await?;
                create_participant_task(actor, &view.relation)?
            }
            TaskSubject::Referral(id) => {
                let referral = self.0.referrals().find(id).await?;
                create_referral_task(actor, &referral)?
            }
        };
        let task = new.input.validate(Utc::now().date_naive())?;
        let assignee = new.assignee.unwrap_or(actor.user_id);
        let db = self.0.db();
        if !caseloads::carries_cases_in(db, assignee, organisation).await? {
            return Err(DomainError::validation(
                "assigneeId",
                "must be an active case manager, staff member or admin of your organisation",
            )
            .into());
        }
        let created = tasks::create(
            db,
            permit,
            organisation,
            new.subject,
            &task,
            assignee,
            actor.user_id,
        )
        .await?;
        Ok(created)
    }

    /// Marks an open task done (its assignee, its creator or an admin of its organisation).
    /// `NotFound` outside its organisation or when its subject is no longer visible;
    /// `InvalidTransition` when it is done already.
    pub async fn complete_task(&self, id: Uuid) -> AppResult<Task> {
        audit::about("Task", Some(id));
        let db = self.0.db();
        let task = tasks::get(db, id).await?.ok_or(DomainError::NotFound)?;
        let permit = complete_task(self.0.actor(), &task)?;
        match task.subject {
            TaskSubject::Participant(participant) => {
                self.0.participants().get(participant).await?;
            }
            TaskSubject::Referral(referral) => {
                self.0.referrals().find(referral).await?;
            }
        }
        if task.status == TaskStatus::Done || !tasks::complete(db, permit, id).await? {
            return Err(
                DomainError::InvalidTransition("the task is done already".to_owned()).into(),
            );
        }
        Ok(tasks::get(db, id).await?.ok_or(DomainError::NotFound)?)
    }

    /// A page of the tasks assigned to the actor in the organisation they act in, open first,
    /// then by due date; only those whose participant or referral the actor may still see.
    /// `Forbidden` for roles that carry no cases.
    pub async fn my_tasks(&self, after: Option<TaskCursor>, first: u64) -> AppResult<Page<Task>> {
        let actor = self.0.actor();
        let organisation = caseload_organisation(actor)?;
        let db = self.0.db();
        let page = tasks::assigned_to(db, actor.user_id, organisation, after, first).await?;
        let participant_ids: Vec<Uuid> = page
            .items
            .iter()
            .filter_map(|task| match task.subject {
                TaskSubject::Participant(id) => Some(id),
                TaskSubject::Referral(_) => None,
            })
            .collect();
        let referral_ids: Vec<Uuid> = page
            .items
            .iter()
            .filter_map(|task| match task.subject {
                TaskSubject::Referral(id) => Some(id),
                TaskSubject::Participant(_) => None,
            })
            .collect();
        let visible_participants: HashSet<Uuid> = self
            .0
            .participants()
            .views_of(&participant_ids)
            .await?
            .into_iter()
            .map(|view| view.participant.id)
            .collect();
        let visible_referrals: HashSet<Uuid> = referrals::get_many(db, &referral_ids)
            .await?
            .into_iter()
            .filter(|referral| can_view_referral(actor, referral, &ReferralPlaces::default()))
            .map(|referral| referral.id)
            .collect();
        Ok(Page {
            items: page
                .items
                .into_iter()
                .filter(|task| match task.subject {
                    TaskSubject::Participant(id) => visible_participants.contains(&id),
                    TaskSubject::Referral(id) => visible_referrals.contains(&id),
                })
                .collect(),
            has_next_page: page.has_next_page,
        })
    }

    /// The referral a task is about, when the actor may still see it; `Forbidden` otherwise.
    pub async fn task_referral(&self, referral_id: Uuid) -> AppResult<Referral> {
        match self.0.referrals().find(referral_id).await {
            Err(crate::AppError::Refused(DomainError::NotFound)) => {
                Err(DomainError::Forbidden.into())
            }
            found => found,
        }
    }
}

#[cfg(test)]
mod tests;

//! Caseloads and tasks: assigning a participant's case worker and an incoming referral,
//! creating and completing follow-up tasks.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{NaiveDate, Utc};
use skupaj_domain::access::{
    assign_case_worker, assign_referral, can_view_referral, complete_task, create_participant_task,
    create_referral_task,
};
use skupaj_domain::referral::Referral as DomainReferral;
use skupaj_domain::task::{TaskInput, TaskStatus, TaskSubject};
use skupaj_persistence::{caseloads, referrals, tasks};
use uuid::Uuid;

use crate::graphql::audit::{AuditedPayload, audited, denied_read};
use crate::graphql::context::{actor, db};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::visible_participant;
use crate::graphql::pagination::parse_id;
use crate::graphql::types::participant::Participant;
use crate::graphql::types::referral::Referral;
use crate::graphql::types::task::Task;

/// Whom to make a participant's case worker.
#[derive(InputObject, Debug)]
pub struct AssignCaseWorkerInput {
    /// The participant.
    pub participant_id: ID,
    /// The new case worker: an active case manager, staff member or admin of the organisation
    /// that owns the participant.
    pub user_id: ID,
}

/// The participant whose case worker changed.
#[derive(SimpleObject, Debug)]
pub struct AssignCaseWorkerPayload {
    /// The participant, as the caller may see them.
    pub participant: Participant,
}

impl AuditedPayload for AssignCaseWorkerPayload {
    fn audited_id(&self) -> Option<Uuid> {
        Some(self.participant.uuid())
    }
}

/// Whom to assign an incoming referral to.
#[derive(InputObject, Debug)]
pub struct AssignReferralInput {
    /// The referral (sent to the caller's organisation).
    pub referral_id: ID,
    /// The staff member: an active case manager, staff member or admin of the receiving
    /// organisation.
    pub user_id: ID,
}

/// The referral that was assigned.
#[derive(SimpleObject, Debug)]
pub struct AssignReferralPayload {
    /// The referral.
    pub referral: Referral,
}

impl AuditedPayload for AssignReferralPayload {
    fn audited_id(&self) -> Option<Uuid> {
        Some(self.referral.0.id)
    }
}

/// A new follow-up task, about a participant or a referral (exactly one of the two).
#[derive(InputObject, Debug)]
pub struct CreateTaskInput {
    /// The participant it is about (one the caller's organisation owns or serves).
    pub participant_id: Option<ID>,
    /// The referral it is about (one the caller's organisation sent or received).
    pub referral_id: Option<ID>,
    /// What to do, in a line (1 to 200 characters; please name nobody).
    pub title: String,
    /// The day it is due, today or later.
    pub due_on: NaiveDate,
    /// Whom it is for: an active case manager, staff member or admin of the caller's
    /// organisation; the caller when absent.
    pub assignee_id: Option<ID>,
}

/// The task to mark done.
#[derive(InputObject, Debug)]
pub struct CompleteTaskInput {
    /// The task.
    pub id: ID,
}

/// The task a mutation created or changed.
#[derive(SimpleObject, Debug)]
pub struct TaskPayload {
    /// The task as it now is.
    pub task: Task,
}

impl AuditedPayload for TaskPayload {
    fn audited_id(&self) -> Option<Uuid> {
        Some(self.task.0.id)
    }
}

#[derive(Default)]
pub struct CaseloadMutation;

#[Object]
impl CaseloadMutation {
    /// Makes someone the case worker of a participant, replacing the current one, and tells
    /// them (`CASE_ASSIGNED`, in the app and by e-mail). Admins of the owning organisation only.
    async fn assign_case_worker(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The participant and the new case worker.")] input: AssignCaseWorkerInput,
    ) -> ApiResult<AssignCaseWorkerPayload> {
        let id = parse_id("participantId", &input.participant_id);
        audited("Participant",
            id.clone().ok(),
            async {
                let id = id?;
                let user = parse_id("userId", &input.user_id)?;
                let view = visible_participant(ctx, id).await?;
                let owner = view.participant.owner_organisation_id;
                assign_case_worker(actor(ctx)?, owner)?;
                if !caseloads::carries_cases_in(db(ctx), user, owner).await? {
                    return Err(ApiError::validation(
                        "userId",
                        "must be an active case manager, staff member or admin of the organisation that owns the participant",
                    ));
                }
                caseloads::assign_case_worker(db(ctx), id, user).await?;
                Ok(AssignCaseWorkerPayload {
                    participant: view.into(),
                })
            },
        )
        .await
    }

    /// Assigns a referral sent to the caller's organisation to one of its staff, replacing any
    /// earlier assignee, and tells them (`REFERRAL_ASSIGNED`). Admins and case managers of the
    /// receiving organisation only.
    async fn assign_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The referral and the staff member.")] input: AssignReferralInput,
    ) -> ApiResult<AssignReferralPayload> {
        let id = parse_id("referralId", &input.referral_id);
        audited("Referral", id.clone().ok(), async {
            let id = id?;
            let user = parse_id("userId", &input.user_id)?;
            let referral = find_visible_referral(ctx, id).await?;
            assign_referral(actor(ctx)?, &referral)?;
            if !caseloads::carries_cases_in(db(ctx), user, referral.to_organisation_id).await? {
                return Err(ApiError::validation(
                    "userId",
                    "must be an active case manager, staff member or admin of the receiving organisation",
                ));
            }
            caseloads::assign_referral(db(ctx), id, user).await?;
            Ok(AssignReferralPayload {
                referral: Referral(referral),
            })
        })
        .await
    }

    /// Creates a follow-up task about a participant or a referral the caller's organisation
    /// works with; its assignee is notified on the due date (`TASK_DUE`). Case managers, staff
    /// and admins.
    async fn create_task(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The task.")] input: CreateTaskInput,
    ) -> ApiResult<TaskPayload> {
        audited("Task", None, async {
            let actor = actor(ctx)?;
            let (subject, organisation) = match (&input.participant_id, &input.referral_id) {
                (Some(participant), None) => {
                    let id = parse_id("participantId", participant)?;
                    let view = visible_participant(ctx, id).await?;
                    (
                        TaskSubject::Participant(id),
                        create_participant_task(actor, &view.relation)?,
                    )
                }
                (None, Some(referral)) => {
                    let id = parse_id("referralId", referral)?;
                    let referral = find_visible_referral(ctx, id).await?;
                    (
                        TaskSubject::Referral(id),
                        create_referral_task(actor, &referral)?,
                    )
                }
                _ => {
                    return Err(ApiError::validation(
                        "participantId",
                        "give either a participant or a referral",
                    ));
                }
            };
            let new = TaskInput {
                title: input.title,
                due_on: input.due_on,
            }
            .validate(Utc::now().date_naive())?;
            let assignee = match &input.assignee_id {
                Some(assignee) => parse_id("assigneeId", assignee)?,
                None => actor.user_id,
            };
            if !caseloads::carries_cases_in(db(ctx), assignee, organisation).await? {
                return Err(ApiError::validation(
                    "assigneeId",
                    "must be an active case manager, staff member or admin of your organisation",
                ));
            }
            let task = tasks::create(
                db(ctx),
                organisation,
                subject,
                &new,
                assignee,
                actor.user_id,
            )
            .await?;
            Ok(TaskPayload { task: Task(task) })
        })
        .await
    }

    /// Marks an open task done. Its assignee, its creator or an admin of its organisation;
    /// `NOT_FOUND` for anyone outside its organisation, or when its participant or referral is
    /// no longer visible; `INVALID_TRANSITION` when it is done already.
    async fn complete_task(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The task.")] input: CompleteTaskInput,
    ) -> ApiResult<TaskPayload> {
        let id = parse_id("id", &input.id);
        audited("Task", id.clone().ok(), async {
            let id = id?;
            let actor = actor(ctx)?;
            let Some(task) = tasks::get(db(ctx), id).await? else {
                denied_read(ctx, "readTask", "Task", id);
                return Err(ApiError::NotFound);
            };
            complete_task(actor, &task)?;
            match task.subject {
                TaskSubject::Participant(participant) => {
                    visible_participant(ctx, participant).await?;
                }
                TaskSubject::Referral(referral) => {
                    find_visible_referral(ctx, referral).await?;
                }
            }
            if task.status == TaskStatus::Done || !tasks::complete(db(ctx), id).await? {
                return Err(ApiError::InvalidTransition(
                    "the task is done already".to_owned(),
                ));
            }
            let task = tasks::get(db(ctx), id).await?.ok_or(ApiError::NotFound)?;
            Ok(TaskPayload { task: Task(task) })
        })
        .await
    }
}

/// The referral, if the caller may see it; else `NOT_FOUND` (and a denied read in the log).
async fn find_visible_referral(ctx: &Context<'_>, id: Uuid) -> ApiResult<DomainReferral> {
    let actor = actor(ctx)?;
    let db = db(ctx);
    if let Some(referral) = referrals::get(db, id).await? {
        let places = referrals::places(db, &referral).await?;
        if can_view_referral(actor, &referral, &places) {
            return Ok(referral);
        }
    }
    denied_read(ctx, "readReferral", "Referral", id);
    Err(ApiError::NotFound)
}

//! Caseloads and tasks: assigning a participant's case worker and an incoming referral,
//! creating and completing follow-up tasks.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::NaiveDate;
use skupaj_app::caseload::NewTask;
use skupaj_domain::task::{TaskInput, TaskSubject};
use uuid::Uuid;

use crate::graphql::audit::denied_read;
use crate::graphql::caseload::Task;
use crate::graphql::context::app;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::pagination::parse_id;
use crate::graphql::participant::Participant;
use crate::graphql::referral::Referral;

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
        let caseloads = app(ctx)?.caseloads();
        let id = parse_id("participantId", &input.participant_id)?;
        let user = parse_id("userId", &input.user_id)?;
        let view = caseloads
            .assign_case_worker(id, user)
            .await
            .map_err(|err| unseen(ctx, err.into(), "readParticipant", "Participant", id))?;
        Ok(AssignCaseWorkerPayload {
            participant: view.into(),
        })
    }

    /// Assigns a referral sent to the caller's organisation to one of its staff, replacing any
    /// earlier assignee, and tells them (`REFERRAL_ASSIGNED`). Admins and case managers of the
    /// receiving organisation only.
    async fn assign_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The referral and the staff member.")] input: AssignReferralInput,
    ) -> ApiResult<AssignReferralPayload> {
        let caseloads = app(ctx)?.caseloads();
        let id = parse_id("referralId", &input.referral_id)?;
        let user = parse_id("userId", &input.user_id)?;
        let referral = caseloads
            .assign_referral(id, user)
            .await
            .map_err(|err| unseen(ctx, err.into(), "readReferral", "Referral", id))?;
        Ok(AssignReferralPayload {
            referral: Referral(referral),
        })
    }

    /// Creates a follow-up task about a participant or a referral the caller's organisation
    /// works with; its assignee is notified on the due date (`TASK_DUE`). Case managers, staff
    /// and admins.
    async fn create_task(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The task.")] input: CreateTaskInput,
    ) -> ApiResult<TaskPayload> {
        let caseloads = app(ctx)?.caseloads();
        let (subject, seen) = match (&input.participant_id, &input.referral_id) {
            (Some(participant), None) => {
                let id = parse_id("participantId", participant)?;
                (
                    TaskSubject::Participant(id),
                    ("readParticipant", "Participant", id),
                )
            }
            (None, Some(referral)) => {
                let id = parse_id("referralId", referral)?;
                (TaskSubject::Referral(id), ("readReferral", "Referral", id))
            }
            _ => {
                return Err(ApiError::validation(
                    "participantId",
                    "give either a participant or a referral",
                ));
            }
        };
        let assignee = input
            .assignee_id
            .as_ref()
            .map(|assignee| parse_id("assigneeId", assignee))
            .transpose()?;
        let new = NewTask {
            subject,
            input: TaskInput {
                title: input.title,
                due_on: input.due_on,
            },
            assignee,
        };
        let task = caseloads
            .create_task(new)
            .await
            .map_err(|err| unseen(ctx, err.into(), seen.0, seen.1, seen.2))?;
        Ok(TaskPayload { task: Task(task) })
    }

    /// Marks an open task done. Its assignee, its creator or an admin of its organisation;
    /// `NOT_FOUND` for anyone outside its organisation, or when its participant or referral is
    /// no longer visible; `INVALID_TRANSITION` when it is done already.
    async fn complete_task(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The task.")] input: CompleteTaskInput,
    ) -> ApiResult<TaskPayload> {
        let caseloads = app(ctx)?.caseloads();
        let id = parse_id("id", &input.id)?;
        let task = caseloads
            .complete_task(id)
            .await
            .map_err(|err| unseen(ctx, err.into(), "readTask", "Task", id))?;
        Ok(TaskPayload { task: Task(task) })
    }
}

/// Records a refused read of what a mutation named when its answer is `NOT_FOUND` (the viewer
/// may not see it), and passes the error on.
pub(crate) fn unseen(
    ctx: &Context<'_>,
    err: ApiError,
    operation: &str,
    entity_type: &str,
    id: Uuid,
) -> ApiError {
    if matches!(err, ApiError::NotFound) {
        denied_read(ctx, operation, entity_type, id);
    }
    err
}

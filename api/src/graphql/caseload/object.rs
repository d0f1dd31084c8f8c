//! `Task`: a follow-up task about a participant or a referral.

use async_graphql::{Context, Enum, ID, Object};
use chrono::{DateTime, NaiveDate, Utc};
use skupaj_domain::task::{self, TaskSubject};

use crate::graphql::account::object::user::User;
use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::loaders::{Loaders, loader_error};
use crate::graphql::participant::{Participant, nested_participant};
use crate::graphql::referral::Referral;

/// Where a task stands.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "task::TaskStatus")]
pub enum TaskStatus {
    /// Still to do.
    Open,
    /// Done (`completeTask`).
    Done,
}

/// A follow-up task, as a case worker of its organisation sees it.
#[derive(Debug, Clone)]
pub struct Task(pub task::Task);

/// Something a case worker must do about a participant or a referral by a date. It belongs to
/// the organisation of whoever created it and is seen by its case workers only, and only while
/// they may still see what it is about.
#[Object]
impl Task {
    /// The task's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// What to do, in a line.
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// The day it is due; its assignee is notified then (`TASK_DUE`).
    async fn due_on(&self) -> NaiveDate {
        self.0.due_on
    }

    /// Open or done.
    async fn status(&self) -> TaskStatus {
        self.0.status.into()
    }

    /// `true` while open after its due date.
    async fn overdue(&self) -> bool {
        self.0.status == task::TaskStatus::Open && self.0.due_on < Utc::now().date_naive()
    }

    /// Whom it is assigned to.
    async fn assignee(&self, ctx: &Context<'_>) -> ApiResult<Option<User>> {
        Ok(ctx
            .data_unchecked::<Loaders>()
            .users
            .load_one(self.0.assignee_id)
            .await
            .map_err(loader_error)?
            .map(User))
    }

    /// The participant it is about, when it is about a participant.
    async fn participant_id(&self) -> Option<ID> {
        match self.0.subject {
            TaskSubject::Participant(id) => Some(ID(id.to_string())),
            TaskSubject::Referral(_) => None,
        }
    }

    /// The referral it is about, when it is about a referral.
    async fn referral_id(&self) -> Option<ID> {
        match self.0.subject {
            TaskSubject::Referral(id) => Some(ID(id.to_string())),
            TaskSubject::Participant(_) => None,
        }
    }

    /// The participant it is about, as far as the viewer may see them (`null` for a task about
    /// a referral; `null` with `FORBIDDEN` if the viewer may no longer see them).
    async fn participant(&self, ctx: &Context<'_>) -> ApiResult<Option<Participant>> {
        match self.0.subject {
            TaskSubject::Participant(id) => nested_participant(ctx, id).await,
            TaskSubject::Referral(_) => Ok(None),
        }
    }

    /// The referral it is about (`null` for a task about a participant; `null` with
    /// `FORBIDDEN` if the viewer may no longer see it).
    async fn referral(&self, ctx: &Context<'_>) -> ApiResult<Option<Referral>> {
        let TaskSubject::Referral(id) = self.0.subject else {
            return Ok(None);
        };
        let referral = app(ctx)?.caseloads().task_referral(id).await?;
        Ok(Some(Referral(referral)))
    }

    /// When it was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When it was done; `null` while open.
    async fn completed_at(&self) -> Option<DateTime<Utc>> {
        self.0.completed_at
    }
}

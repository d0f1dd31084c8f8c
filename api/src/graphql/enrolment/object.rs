//! `Enrolment`: a participant in a programme.

use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use skupaj_domain::enrolment;

use crate::graphql::context::app;
use crate::graphql::enrolment::enums::{EnrolmentStatus, FollowUpOutcome};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::{Loaders, loader_error};
use crate::graphql::participant::{Participant, nested_participant};

/// An enrolment.
#[derive(Debug, Clone)]
pub struct Enrolment(pub enrolment::Enrolment);

/// A follow-up outcome with its date.
#[derive(SimpleObject, Debug, Clone)]
pub struct FollowUp {
    /// What the participant did.
    pub outcome: FollowUpOutcome,
    /// When.
    pub on: NaiveDate,
}

/// A participant's place (or place in line) in a programme.
#[Object]
impl Enrolment {
    /// The enrolment's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// Where it stands.
    async fn status(&self) -> EnrolmentStatus {
        self.0.status.into()
    }

    /// Arrival order in the programme (1 arrived first); the waitlist is served in this order.
    async fn position(&self) -> u32 {
        self.0.position
    }

    /// The programme's id.
    async fn programme_id(&self) -> ID {
        ID(self.0.programme_id.to_string())
    }

    /// The programme, when the viewer may see it (drafts and cancelled programmes are their
    /// organisers' only: `null` for anyone else).
    async fn programme(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Option<crate::graphql::programme::Programme>> {
        Ok(app(ctx)?
            .enrolments()
            .programme_of(&self.0)
            .await?
            .map(crate::graphql::programme::Programme))
    }

    /// The participant's pseudonymous reference code.
    async fn participant_code(&self, ctx: &Context<'_>) -> ApiResult<String> {
        ctx.data_unchecked::<Loaders>()
            .reference_codes
            .load_one(self.0.participant_id)
            .await
            .map_err(loader_error)?
            .ok_or(ApiError::NotFound)
    }

    /// The participant, as far as the viewer may see them (`null` with `FORBIDDEN` otherwise).
    async fn participant(&self, ctx: &Context<'_>) -> ApiResult<Option<Participant>> {
        nested_participant(ctx, self.0.participant_id).await
    }

    /// The referral this enrolment answers, if any.
    async fn referral_id(&self) -> Option<ID> {
        self.0.referral_id.map(|id| ID(id.to_string()))
    }

    /// Modules completed.
    async fn modules_completed(&self) -> &[String] {
        &self.0.modules_completed
    }

    /// Whether the certificate was awarded.
    async fn certificate_awarded(&self) -> bool {
        self.0.certificate_awarded
    }

    /// When it was completed.
    async fn completed_on(&self) -> Option<NaiveDate> {
        self.0.completed_on
    }

    /// When the participant was enrolled (or joined the waitlist).
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// Follow-up outcomes recorded after completion, oldest first (personal data: audited).
    async fn follow_ups(&self, ctx: &Context<'_>) -> ApiResult<Vec<FollowUp>> {
        crate::graphql::audit::participant_read(
            ctx,
            self.0.participant_id,
            skupaj_domain::audit::AuditOutcome::Allowed,
        );
        Ok(app(ctx)?
            .enrolments()
            .follow_ups(&self.0)
            .await?
            .into_iter()
            .map(|(outcome, on)| FollowUp {
                outcome: outcome.into(),
                on,
            })
            .collect())
    }
}

//! Creating referrals and moving them through their lifecycle: each resolver parses its input
//! and calls the use case (`skupaj_app::referral`), which finds the referral the caller may see,
//! asks the policy, checks the version and the state machine and consent, and writes the one
//! referral step.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::NaiveDate;
use skupaj_app::AppResult;
use skupaj_app::referral::{CreateReferral, Created};
use uuid::Uuid;

use crate::graphql::audit::AuditedPayload;
use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::pagination::parse_id;
use crate::graphql::referral::{
    CancelReason, DeclineReason, NeedDomain, ReferralKind, ReferralOutcome, ReferralPriority,
};
use crate::graphql::referral::{Referral, ReferralNote, hidden};

/// A new referral, written by a case worker of the organisation that owns the participant.
#[derive(InputObject, Debug)]
pub struct CreateReferralInput {
    /// The participant to refer.
    pub participant_id: ID,
    /// The organisation asked to help.
    pub to_organisation_id: ID,
    /// A programme of that organisation to refer into.
    pub programme_id: Option<ID>,
    /// What help is asked for.
    pub need_domain: NeedDomain,
    /// How urgent it is.
    #[graphql(default_with = "ReferralPriority::Normal")]
    pub priority: ReferralPriority,
    /// Why (up to 2000 characters); read by both sides only.
    pub reason: String,
    /// The date to answer by (today or later).
    pub respond_by: NaiveDate,
    /// Service (default) or transfer of the case.
    #[graphql(default_with = "ReferralKind::Service")]
    pub kind: ReferralKind,
    /// Send at once rather than keep as a draft.
    #[graphql(default = false)]
    pub send: bool,
}

/// A step that needs nothing but the referral, the version seen and an optional comment.
#[derive(InputObject, Debug)]
pub struct ReferralStepInput {
    /// The referral.
    pub id: ID,
    /// The version the caller last saw.
    pub version: i32,
    /// A comment for the history (up to 2000 characters).
    pub comment: Option<String>,
}

/// Declining: a reason code and an explanation for the referrer.
#[derive(InputObject, Debug)]
pub struct DeclineReferralInput {
    /// The referral.
    pub id: ID,
    /// The version the caller last saw.
    pub version: i32,
    /// Why.
    pub reason: DeclineReason,
    /// An explanation for the referrer (required, up to 2000 characters).
    pub comment: String,
}

/// Completing: how it ended.
#[derive(InputObject, Debug)]
pub struct CompleteReferralInput {
    /// The referral.
    pub id: ID,
    /// The version the caller last saw.
    pub version: i32,
    /// How it ended.
    pub outcome: ReferralOutcome,
    /// A comment for the history.
    pub comment: Option<String>,
}

/// Redirecting: a third organisation better placed to help.
#[derive(InputObject, Debug)]
pub struct RedirectReferralInput {
    /// The referral.
    pub id: ID,
    /// The version the caller last saw.
    pub version: i32,
    /// The organisation to pass it on to.
    pub to_organisation_id: ID,
    /// Why (required).
    pub comment: String,
}

/// Cancelling, by the referring organisation.
#[derive(InputObject, Debug)]
pub struct CancelReferralInput {
    /// The referral.
    pub id: ID,
    /// The version the caller last saw.
    pub version: i32,
    /// Why (`CONSENT_WITHDRAWN` is set by the platform only).
    pub reason: CancelReason,
    /// A comment for the history.
    pub comment: Option<String>,
}

/// Reopening a declined or expired referral, by the referring organisation.
#[derive(InputObject, Debug)]
pub struct ReopenReferralInput {
    /// The referral.
    pub id: ID,
    /// The version the caller last saw.
    pub version: i32,
    /// A note for the receiver on what changed (required).
    pub note: String,
    /// A new date to answer by (today or later).
    pub respond_by: NaiveDate,
}

/// A note for the other side.
#[derive(InputObject, Debug)]
pub struct AddReferralNoteInput {
    /// The referral.
    pub referral_id: ID,
    /// The text (1 to 2000 characters).
    pub body: String,
}

/// The referral a mutation created or changed.
#[derive(SimpleObject, Debug)]
pub struct ReferralPayload {
    /// The referral as it now is.
    pub referral: Referral,
    /// For a redirect: the new referral to the third organisation.
    pub redirected_to: Option<Referral>,
}

/// The note a mutation added or corrected.
#[derive(SimpleObject, Debug)]
pub struct ReferralNotePayload {
    /// The note.
    pub note: ReferralNote,
}

impl AuditedPayload for ReferralPayload {
    fn audited_id(&self) -> Option<Uuid> {
        Some(self.referral.0.id)
    }
}

impl AuditedPayload for ReferralNotePayload {
    fn audited_id(&self) -> Option<Uuid> {
        Some(self.note.0.referral_id)
    }
}

impl From<Created> for ReferralPayload {
    fn from(created: Created) -> Self {
        Self {
            referral: Referral(created.referral),
            redirected_to: created.redirected_to.map(Referral),
        }
    }
}

#[derive(Default)]
pub struct ReferralMutation;

#[Object]
impl ReferralMutation {
    /// Creates a referral (a draft, or sent at once with `send: true`). Sending needs an active
    /// consent covering the receiving organisation, else `CONSENT_REQUIRED`.
    async fn create_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The referral.")] input: CreateReferralInput,
    ) -> ApiResult<ReferralPayload> {
        let handle = app(ctx)?;
        let participant_id = parse_id("participantId", &input.participant_id)?;
        let to_organisation_id = parse_id("toOrganisationId", &input.to_organisation_id)?;
        let programme_id = input
            .programme_id
            .as_ref()
            .map(|id| parse_id("programmeId", id))
            .transpose();
        let request = CreateReferral {
            participant_id,
            to_organisation_id,
            programme_id: None,
            need_domain: input.need_domain.into(),
            priority: input.priority.into(),
            reason: input.reason,
            respond_by: input.respond_by,
            kind: input.kind.into(),
            send: input.send,
        };
        let created = handle
            .referrals()
            .create(CreateReferral {
                programme_id: programme_id?,
                ..request
            })
            .await;
        let referral = hidden(
            ctx,
            "readParticipant",
            "Participant",
            participant_id,
            created,
        )?;
        Ok(ReferralPayload {
            referral: Referral(referral),
            redirected_to: None,
        })
    }

    /// Sends a draft to the receiving organisation (referring side).
    async fn send_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: ReferralStepInput,
    ) -> ApiResult<ReferralPayload> {
        let id = step_id(&input.id)?;
        let done = app(ctx)?
            .referrals()
            .send(id, input.version, input.comment.as_deref())
            .await;
        payload(ctx, id, done)
    }

    /// Accepts a sent referral (receiving side). A transfer moves the participant to the
    /// receiving organisation.
    async fn accept_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: ReferralStepInput,
    ) -> ApiResult<ReferralPayload> {
        let id = step_id(&input.id)?;
        let done = app(ctx)?
            .referrals()
            .accept(id, input.version, input.comment.as_deref())
            .await;
        payload(ctx, id, done)
    }

    /// Declines a sent referral with a reason (receiving side).
    async fn decline_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: DeclineReferralInput,
    ) -> ApiResult<ReferralPayload> {
        let id = step_id(&input.id)?;
        let done = app(ctx)?
            .referrals()
            .decline(id, input.version, input.reason.into(), &input.comment)
            .await;
        payload(ctx, id, done)
    }

    /// Starts the service of an accepted referral (receiving side).
    async fn start_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: ReferralStepInput,
    ) -> ApiResult<ReferralPayload> {
        let id = step_id(&input.id)?;
        let done = app(ctx)?
            .referrals()
            .start(id, input.version, input.comment.as_deref())
            .await;
        payload(ctx, id, done)
    }

    /// Puts a referral in progress on hold (receiving side).
    async fn hold_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: ReferralStepInput,
    ) -> ApiResult<ReferralPayload> {
        let id = step_id(&input.id)?;
        let done = app(ctx)?
            .referrals()
            .hold(id, input.version, input.comment.as_deref())
            .await;
        payload(ctx, id, done)
    }

    /// Resumes a referral on hold (receiving side).
    async fn resume_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: ReferralStepInput,
    ) -> ApiResult<ReferralPayload> {
        let id = step_id(&input.id)?;
        let done = app(ctx)?
            .referrals()
            .resume(id, input.version, input.comment.as_deref())
            .await;
        payload(ctx, id, done)
    }

    /// Completes a referral in progress with its outcome (receiving side).
    async fn complete_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: CompleteReferralInput,
    ) -> ApiResult<ReferralPayload> {
        let id = step_id(&input.id)?;
        let done = app(ctx)?
            .referrals()
            .complete(
                id,
                input.version,
                input.outcome.into(),
                input.comment.as_deref(),
            )
            .await;
        payload(ctx, id, done)
    }

    /// Passes a sent referral on to a third organisation (receiving side): this one becomes
    /// `REDIRECTED`, and a new, linked referral is sent to the third organisation, which the
    /// participant's consent must cover.
    async fn redirect_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: RedirectReferralInput,
    ) -> ApiResult<ReferralPayload> {
        let id = step_id(&input.id)?;
        let handle = app(ctx)?;
        let third = parse_id("toOrganisationId", &input.to_organisation_id)?;
        let done = handle
            .referrals()
            .redirect(id, input.version, third, &input.comment)
            .await;
        payload(ctx, id, done)
    }

    /// Cancels an open referral (referring side).
    async fn cancel_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: CancelReferralInput,
    ) -> ApiResult<ReferralPayload> {
        let id = step_id(&input.id)?;
        let done = app(ctx)?
            .referrals()
            .cancel(
                id,
                input.version,
                input.reason.into(),
                input.comment.as_deref(),
            )
            .await;
        payload(ctx, id, done)
    }

    /// Sends a declined or expired referral again (referring side), with a note and a new
    /// respond-by date. Needs an active consent, like sending.
    async fn reopen_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: ReopenReferralInput,
    ) -> ApiResult<ReferralPayload> {
        let id = step_id(&input.id)?;
        let done = app(ctx)?
            .referrals()
            .reopen(id, input.version, &input.note, input.respond_by)
            .await;
        payload(ctx, id, done)
    }

    /// Adds a note for the other side (either side's case workers), while the referral is open.
    /// A closed referral (completed, declined, expired, redirected, cancelled) takes no notes:
    /// `INVALID_TRANSITION`. `NOT_FOUND` when the viewer may not see the referral, `FORBIDDEN`
    /// for roles that do not work on referrals, `VALIDATION` on `body`.
    async fn add_referral_note(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The note.")] input: AddReferralNoteInput,
    ) -> ApiResult<ReferralNotePayload> {
        let id = parse_id("referralId", &input.referral_id)?;
        let added = app(ctx)?.referrals().add_note(id, &input.body).await;
        let note = hidden(ctx, "readReferral", "Referral", id, added)?;
        Ok(ReferralNotePayload {
            note: ReferralNote(note),
        })
    }
}

/// The referral a step names; a malformed id is refused before anything else.
fn step_id(id: &ID) -> ApiResult<Uuid> {
    parse_id("id", id)
}

/// The payload of a step, recording a denied read when the referral was hidden from the caller.
fn payload(ctx: &Context<'_>, id: Uuid, done: AppResult<Created>) -> ApiResult<ReferralPayload> {
    hidden(ctx, "readReferral", "Referral", id, done).map(ReferralPayload::from)
}

//! Creating referrals and moving them through their lifecycle.
//!
//! Every step follows the same path (`act`): find the referral the caller may see (else
//! `NOT_FOUND`), work out the caller's side (else `FORBIDDEN`), check the version they saw
//! (else `CONFLICT`), ask the state machine (else `FORBIDDEN` or `INVALID_TRANSITION`), check
//! consent where personal data moves (else `CONSENT_REQUIRED`), and write it all in one
//! transaction that fails with `CONFLICT` if someone else changed the referral meanwhile.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{NaiveDate, Utc};
use skupaj_domain::access::{self, acting_side, can_view_referral};
use skupaj_domain::consent::consent_for_referral;
use skupaj_domain::referral::{
    self as domain, CancelReason as DomainCancelReason, ReferralAction, ReferralKind as DomainKind,
    ReferralPriority as DomainPriority, ReferralStatus as DomainStatus, check_respond_by,
    optional_text, required_text, transition,
};
use skupaj_persistence::referrals::{self, Actor as EventActor, NewReferral, Transition};
use skupaj_persistence::{PersistenceError, consents, organisations, participants, programmes};
use uuid::Uuid;

use crate::graphql::audit::{AuditedPayload, audited, denied_read};
use crate::graphql::context::{actor, db, request};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::pagination::parse_id;
use crate::graphql::types::referral::{Referral, ReferralNote, may_read_texts};
use crate::graphql::types::referral_enums::{
    CancelReason, DeclineReason, NeedDomain, ReferralKind, ReferralOutcome, ReferralPriority,
};

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

/// What a step adds to the bare transition.
#[derive(Default)]
struct StepDetails {
    comment: Option<String>,
    decline_reason: Option<domain::DeclineReason>,
    outcome: Option<domain::ReferralOutcome>,
    cancel_reason: Option<DomainCancelReason>,
    redirect_to: Option<ID>,
    respond_by: Option<NaiveDate>,
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
        audited("Referral", None, create(ctx, input)).await
    }

    /// Sends a draft to the receiving organisation (referring side).
    async fn send_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: ReferralStepInput,
    ) -> ApiResult<ReferralPayload> {
        step(ctx, ReferralAction::Send, input).await
    }

    /// Accepts a sent referral (receiving side). A transfer moves the participant to the
    /// receiving organisation.
    async fn accept_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: ReferralStepInput,
    ) -> ApiResult<ReferralPayload> {
        step(ctx, ReferralAction::Accept, input).await
    }

    /// Declines a sent referral with a reason (receiving side).
    async fn decline_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: DeclineReferralInput,
    ) -> ApiResult<ReferralPayload> {
        let details = StepDetails {
            decline_reason: Some(input.reason.into()),
            ..StepDetails::default()
        };
        let comment = required_text("comment", &input.comment).map(Some);
        run(
            ctx,
            ReferralAction::Decline,
            &input.id,
            input.version,
            comment,
            details,
        )
        .await
    }

    /// Starts the service of an accepted referral (receiving side).
    async fn start_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: ReferralStepInput,
    ) -> ApiResult<ReferralPayload> {
        step(ctx, ReferralAction::Start, input).await
    }

    /// Puts a referral in progress on hold (receiving side).
    async fn hold_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: ReferralStepInput,
    ) -> ApiResult<ReferralPayload> {
        step(ctx, ReferralAction::Hold, input).await
    }

    /// Resumes a referral on hold (receiving side).
    async fn resume_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: ReferralStepInput,
    ) -> ApiResult<ReferralPayload> {
        step(ctx, ReferralAction::Resume, input).await
    }

    /// Completes a referral in progress with its outcome (receiving side).
    async fn complete_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: CompleteReferralInput,
    ) -> ApiResult<ReferralPayload> {
        let details = StepDetails {
            outcome: Some(input.outcome.into()),
            ..StepDetails::default()
        };
        let comment = optional_text("comment", input.comment.as_deref());
        run(
            ctx,
            ReferralAction::Complete,
            &input.id,
            input.version,
            comment,
            details,
        )
        .await
    }

    /// Passes a sent referral on to a third organisation (receiving side): this one becomes
    /// `REDIRECTED`, and a new, linked referral is sent to the third organisation, which the
    /// participant's consent must cover.
    async fn redirect_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: RedirectReferralInput,
    ) -> ApiResult<ReferralPayload> {
        let details = StepDetails {
            redirect_to: Some(input.to_organisation_id.clone()),
            ..StepDetails::default()
        };
        let comment = required_text("comment", &input.comment).map(Some);
        run(
            ctx,
            ReferralAction::Redirect,
            &input.id,
            input.version,
            comment,
            details,
        )
        .await
    }

    /// Cancels an open referral (referring side).
    async fn cancel_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: CancelReferralInput,
    ) -> ApiResult<ReferralPayload> {
        let details = StepDetails {
            cancel_reason: Some(input.reason.into()),
            ..StepDetails::default()
        };
        let comment = if matches!(
            input.reason,
            CancelReason::ConsentWithdrawn | CancelReason::ParticipantErased
        ) {
            Err(skupaj_domain::ValidationError::new(
                "reason",
                "CONSENT_WITHDRAWN and PARTICIPANT_ERASED are set by the platform",
            ))
        } else {
            optional_text("comment", input.comment.as_deref())
        };
        run(
            ctx,
            ReferralAction::Cancel,
            &input.id,
            input.version,
            comment,
            details,
        )
        .await
    }

    /// Sends a declined or expired referral again (referring side), with a note and a new
    /// respond-by date. Needs an active consent, like sending.
    async fn reopen_referral(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The step.")] input: ReopenReferralInput,
    ) -> ApiResult<ReferralPayload> {
        let details = StepDetails {
            respond_by: Some(input.respond_by),
            ..StepDetails::default()
        };
        let comment = required_text("note", &input.note).map(Some);
        run(
            ctx,
            ReferralAction::Reopen,
            &input.id,
            input.version,
            comment,
            details,
        )
        .await
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
        let referral_id = parse_id("referralId", &input.referral_id);
        audited("Referral", referral_id.clone().ok(), async {
            let id = referral_id?;
            let actor = actor(ctx)?;
            let referral = find_visible(ctx, id).await?;
            access::write_referral_note(actor, &referral)?;
            if !referral.status.is_open() {
                return Err(ApiError::InvalidTransition(
                    "notes are for open referrals; this one is closed".to_owned(),
                ));
            }
            if !may_read_texts(ctx, &referral).await? {
                return Err(ApiError::Forbidden);
            }
            let body = required_text("body", &input.body)?;
            let organisation = actor.organisation_id().ok_or(ApiError::Forbidden)?;
            let note = referrals::add_note(db(ctx), id, actor.user_id, organisation, body).await?;
            Ok(ReferralNotePayload {
                note: ReferralNote(note),
            })
        })
        .await
    }
}

async fn step(
    ctx: &Context<'_>,
    action: ReferralAction,
    input: ReferralStepInput,
) -> ApiResult<ReferralPayload> {
    let comment = optional_text("comment", input.comment.as_deref());
    run(
        ctx,
        action,
        &input.id,
        input.version,
        comment,
        StepDetails::default(),
    )
    .await
}

async fn run(
    ctx: &Context<'_>,
    action: ReferralAction,
    id: &ID,
    version: i32,
    comment: Result<Option<String>, skupaj_domain::ValidationError>,
    mut details: StepDetails,
) -> ApiResult<ReferralPayload> {
    audited("Referral", parse_id("id", id).ok(), async {
        let id = parse_id("id", id)?;
        details.comment = comment?;
        act(ctx, id, version, action, details).await
    })
    .await
}

/// The referral, if the caller may see it; else `NOT_FOUND` (and a denied read in the log).
pub(super) async fn find_visible(ctx: &Context<'_>, id: Uuid) -> ApiResult<domain::Referral> {
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

/// The consent that lets the participant's data go to `organisation` now, or `CONSENT_REQUIRED`.
async fn required_consent(
    ctx: &Context<'_>,
    participant: Uuid,
    organisation: Uuid,
) -> ApiResult<Uuid> {
    let db = db(ctx);
    let kind = organisations::kind_of(db, organisation)
        .await?
        .ok_or_else(|| ApiError::validation("toOrganisationId", "no such organisation"))?;
    let consents = consents::of_participant(db, participant).await?;
    consent_for_referral(&consents, organisation, kind, Utc::now())
        .map(|consent| consent.id)
        .ok_or(ApiError::ConsentRequired)
}

async fn act(
    ctx: &Context<'_>,
    id: Uuid,
    version: i32,
    action: ReferralAction,
    details: StepDetails,
) -> ApiResult<ReferralPayload> {
    let actor = actor(ctx)?;
    let current = find_visible(ctx, id).await?;
    let side = acting_side(actor, &current)?;
    if version != current.version {
        return Err(ApiError::Conflict(format!(
            "the referral changed since version {version}; it is now at version {}",
            current.version
        )));
    }
    let to = transition(current.status, action, side).map_err(skupaj_domain::DomainError::from)?;
    if matches!(action, ReferralAction::Send | ReferralAction::Reopen) {
        // Only the organisation that owns the case passes the participant's data on: after a
        // transfer elsewhere, the old owner's drafts and closed referrals stay where they are.
        let owner = participants::get(db(ctx), current.participant_id)
            .await?
            .map(|participant| participant.owner_organisation_id);
        if owner != Some(current.from_organisation_id) {
            return Err(ApiError::Forbidden);
        }
    }
    let today = Utc::now().date_naive();
    if let Some(respond_by) = details.respond_by {
        check_respond_by(respond_by, today)?;
    }
    let consent_id = match to {
        DomainStatus::Sent => {
            Some(required_consent(ctx, current.participant_id, current.to_organisation_id).await?)
        }
        _ => None,
    };
    let redirect_to = details
        .redirect_to
        .as_ref()
        .map(|id| parse_id("toOrganisationId", id))
        .transpose()?;
    let follow_up = match redirect_to {
        Some(third) => {
            if third == current.from_organisation_id || third == current.to_organisation_id {
                return Err(ApiError::validation(
                    "toOrganisationId",
                    "redirect to an organisation other than the two sides",
                ));
            }
            let consent = required_consent(ctx, current.participant_id, third).await?;
            let new = NewReferral {
                participant_id: current.participant_id,
                from_organisation_id: current.from_organisation_id,
                from_user_id: current.from_user_id,
                to_organisation_id: third,
                programme_id: None,
                need_domain: current.need_domain,
                priority: current.priority,
                reason: current.reason.clone(),
                respond_by: current.respond_by.max(today),
                kind: current.kind,
                redirected_from_id: Some(current.id),
            };
            Some((new, consent))
        }
        None => None,
    };
    let transfer_participant =
        action == ReferralAction::Accept && current.kind == DomainKind::Transfer;
    let transition = Transition {
        expected_version: version,
        action,
        to,
        comment: details.comment,
        decline_reason: details.decline_reason,
        outcome: details.outcome,
        cancel_reason: details.cancel_reason,
        consent_id,
        respond_by: details.respond_by,
        transfer_participant,
        follow_up,
        current,
    };
    let event_actor = EventActor {
        user_id: Some(actor.user_id),
        organisation_id: actor.organisation_id(),
    };
    let (referral, follow_up) = referrals::apply(db(ctx), transition, event_actor)
        .await
        .map_err(|err| match err {
            PersistenceError::Stale => {
                ApiError::Conflict("the referral was changed by someone else; reload it".to_owned())
            }
            other => other.into(),
        })?;
    Ok(ReferralPayload {
        referral: Referral(referral),
        redirected_to: follow_up.map(Referral),
    })
}

/// The programme a referral asks for: one the referrer may see, run by the receiving
/// organisation (as lead or partner) and taking participants. `NOT_FOUND` for a programme the
/// referrer may not see, `VALIDATION` for one the receiver does not run or that is not open.
async fn programme_of(ctx: &Context<'_>, id: Uuid, receiver: Uuid) -> ApiResult<Uuid> {
    let viewer = request(ctx).viewer.as_ref().map(|v| &v.actor);
    let Some(programme) = programmes::get(db(ctx), id)
        .await?
        .filter(|programme| access::view_programme(viewer, programme))
    else {
        return Err(ApiError::NotFound);
    };
    if !programme.is_organiser(receiver) {
        return Err(ApiError::validation(
            "programmeId",
            "the receiving organisation does not run this programme",
        ));
    }
    if !programme.status.accepts_enrolment() {
        return Err(ApiError::validation(
            "programmeId",
            "the programme is not taking participants",
        ));
    }
    Ok(programme.id)
}

async fn create(ctx: &Context<'_>, input: CreateReferralInput) -> ApiResult<ReferralPayload> {
    let actor = actor(ctx)?;
    let participant_id = parse_id("participantId", &input.participant_id)?;
    let to_organisation = parse_id("toOrganisationId", &input.to_organisation_id)?;
    let db = db(ctx);
    let participant = participants::get(db, participant_id).await?;
    let visible = match &participant {
        Some(p) => {
            let relations = participants::relations(
                db,
                access::participant_scope(actor),
                std::slice::from_ref(p),
                Utc::now(),
            )
            .await?;
            relations
                .get(&p.id)
                .is_some_and(|relation| !access::participant_facets(actor, relation).is_empty())
        }
        None => false,
    };
    let Some(participant) = participant.filter(|_| visible) else {
        denied_read(ctx, "readParticipant", "Participant", participant_id);
        return Err(ApiError::NotFound);
    };
    access::create_referral(actor, participant.owner_organisation_id)?;
    let from_organisation = participant.owner_organisation_id;
    if to_organisation == from_organisation {
        return Err(ApiError::validation(
            "toOrganisationId",
            "refer to another organisation than your own",
        ));
    }
    if organisations::kind_of(db, to_organisation).await?.is_none() {
        return Err(ApiError::NotFound);
    }
    let programme_id = match &input.programme_id {
        None => None,
        Some(raw) => Some(programme_of(ctx, parse_id("programmeId", raw)?, to_organisation).await?),
    };
    let reason = required_text("reason", &input.reason)?;
    let respond_by = check_respond_by(input.respond_by, Utc::now().date_naive())?;
    let consent = if input.send {
        Some(required_consent(ctx, participant_id, to_organisation).await?)
    } else {
        None
    };
    let new = NewReferral {
        participant_id,
        from_organisation_id: from_organisation,
        from_user_id: actor.user_id,
        to_organisation_id: to_organisation,
        programme_id,
        need_domain: input.need_domain.into(),
        priority: DomainPriority::from(input.priority),
        reason,
        respond_by,
        kind: input.kind.into(),
        redirected_from_id: None,
    };
    let event_actor = EventActor {
        user_id: Some(actor.user_id),
        organisation_id: actor.organisation_id(),
    };
    let referral = referrals::create(db, &new, consent, event_actor).await?;
    Ok(ReferralPayload {
        referral: Referral(referral),
        redirected_to: None,
    })
}

//! Asking for an interpreter or intercultural mediator, and mediators taking the requests.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use skupaj_domain::access::can_view_referral;
use skupaj_domain::access::{
    cancel_mediation, complete_mediation, request_mediation, take_mediation, view_mediation,
};
use skupaj_domain::language::LanguageCode;
use skupaj_domain::mediation::{MediationAction, check_request, mediation_transition};
use skupaj_persistence::mediation::{self, NewRequest};
use skupaj_persistence::{PersistenceError, mentorships, programmes, referrals};
use uuid::Uuid;

use crate::graphql::audit::{AuditedPayload, audited};
use crate::graphql::context::{actor, db};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::visible_participant;
use crate::graphql::pagination::parse_id;
use crate::graphql::types::mediation::MediationRequest;

/// A request for a mediator.
#[derive(InputObject, Debug)]
pub struct RequestMediationInput {
    /// The language needed (ISO 639).
    pub language: String,
    /// When.
    pub starts_at: DateTime<Utc>,
    /// Where (required unless remote).
    pub place: Option<String>,
    /// Whether it takes place remotely.
    #[graphql(default)]
    pub remote: bool,
    /// The referral it belongs to.
    pub referral_id: Option<ID>,
    /// The programme session it belongs to.
    pub session_id: Option<ID>,
    /// The participant to be accompanied (one the caller may see).
    pub participant_id: Option<ID>,
    /// Practical notes (no personal data, please).
    pub notes: Option<String>,
}

/// A step on a request.
#[derive(InputObject, Debug)]
pub struct MediationStepInput {
    /// The request.
    pub id: ID,
}

/// The request a mutation created or changed.
#[derive(SimpleObject, Debug)]
pub struct MediationRequestPayload {
    /// The request.
    pub request: MediationRequest,
}

impl AuditedPayload for MediationRequestPayload {
    fn audited_id(&self) -> Option<Uuid> {
        Some(self.request.0.id)
    }
}

#[derive(Default)]
pub struct MediationMutation;

#[Object]
impl MediationMutation {
    /// Asks for an interpreter or intercultural mediator (case workers).
    async fn request_mediation(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The request.")] input: RequestMediationInput,
    ) -> ApiResult<MediationRequestPayload> {
        audited("MediationRequest", None, async {
            let actor = actor(ctx)?;
            let organisation = request_mediation(actor)?;
            let language = LanguageCode::parse("language", &input.language)?;
            let (place, notes) = check_request(
                input.starts_at,
                input.place.as_deref(),
                input.remote,
                input.notes.as_deref(),
                Utc::now(),
            )?;
            let participant_id = match &input.participant_id {
                Some(id) => Some(
                    visible_participant(ctx, parse_id("participantId", id)?)
                        .await?
                        .participant
                        .id,
                ),
                None => None,
            };
            let optional_id = |field: &str, id: &Option<ID>| {
                id.as_ref().map(|id| parse_id(field, id)).transpose()
            };
            let referral_id = optional_id("referralId", &input.referral_id)?;
            if let Some(id) = referral_id {
                let referral = referrals::get(db(ctx), id).await?;
                let visible = match &referral {
                    Some(referral) => {
                        let places = referrals::places(db(ctx), referral).await?;
                        can_view_referral(actor, referral, &places)
                    }
                    None => false,
                };
                if !visible {
                    return Err(ApiError::NotFound);
                }
            }
            let session_id = optional_id("sessionId", &input.session_id)?;
            if let Some(id) = session_id
                && programmes::session(db(ctx), id).await?.is_none()
            {
                return Err(ApiError::NotFound);
            }
            let request = mediation::create(
                db(ctx),
                NewRequest {
                    organisation_id: organisation,
                    requested_by: actor.user_id,
                    language,
                    starts_at: input.starts_at,
                    place,
                    remote: input.remote,
                    referral_id,
                    session_id,
                    participant_id,
                    notes,
                },
            )
            .await?;
            Ok(MediationRequestPayload {
                request: MediationRequest(request),
            })
        })
        .await
    }

    /// Takes an open request in one of the mediator's languages. Of two mediators taking the
    /// same request at once, one gets it and the other `CONFLICT`.
    async fn take_mediation_request(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The request.")] input: MediationStepInput,
    ) -> ApiResult<MediationRequestPayload> {
        step(ctx, MediationAction::Take, &input.id).await
    }

    /// Marks a request done (the mediator who took it).
    async fn complete_mediation_request(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The request.")] input: MediationStepInput,
    ) -> ApiResult<MediationRequestPayload> {
        step(ctx, MediationAction::Complete, &input.id).await
    }

    /// Calls a request off (the requesting organisation).
    async fn cancel_mediation_request(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The request.")] input: MediationStepInput,
    ) -> ApiResult<MediationRequestPayload> {
        step(ctx, MediationAction::Cancel, &input.id).await
    }
}

async fn step(
    ctx: &Context<'_>,
    action: MediationAction,
    id: &ID,
) -> ApiResult<MediationRequestPayload> {
    audited("MediationRequest", parse_id("id", id).ok(), async {
        let actor = actor(ctx)?;
        let db = db(ctx);
        let request = mediation::get(db, parse_id("id", id)?)
            .await?
            .ok_or(ApiError::NotFound)?;
        let profile = mentorships::profile(db, actor.user_id).await?;
        let allowed = match action {
            MediationAction::Take => take_mediation(actor, profile.as_ref(), &request),
            MediationAction::Complete => complete_mediation(actor, &request),
            MediationAction::Cancel => cancel_mediation(actor, &request),
        };
        if allowed.is_err() {
            // A mediator who may not take it, or a stranger: the request stays out of sight
            // unless it is theirs to see.
            return Err(if view_mediation(actor, &request) {
                ApiError::Forbidden
            } else {
                ApiError::NotFound
            });
        }
        let to = mediation_transition(request.status, action)?;
        let mediator = (action == MediationAction::Take).then_some(actor.user_id);
        let request = mediation::set_status(db, request.id, request.status, to, mediator)
            .await
            .map_err(|err| match err {
                PersistenceError::Stale => {
                    ApiError::Conflict("someone else changed this request first".to_owned())
                }
                other => other.into(),
            })?;
        Ok(MediationRequestPayload {
            request: MediationRequest(request),
        })
    })
    .await
}

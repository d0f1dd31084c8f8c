//! Asking for an interpreter or intercultural mediator, and mediators taking the requests.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use skupaj_app::mediation::MediationAsk;
use skupaj_domain::mediation::MediationAction;

use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::mediation::MediationRequest;
use crate::graphql::pagination::parse_id;

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
        let mediation = app(ctx)?.mediation();
        let optional_id =
            |field: &str, id: &Option<ID>| id.as_ref().map(|id| parse_id(field, id)).transpose();
        let ask = MediationAsk {
            participant_id: optional_id("participantId", &input.participant_id)?,
            referral_id: optional_id("referralId", &input.referral_id)?,
            session_id: optional_id("sessionId", &input.session_id)?,
            language: input.language,
            starts_at: input.starts_at,
            place: input.place,
            remote: input.remote,
            notes: input.notes,
        };
        let request = mediation.request(ask).await?;
        Ok(MediationRequestPayload {
            request: MediationRequest(request),
        })
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
    let mediation = app(ctx)?.mediation();
    let request = mediation.step(parse_id("id", id)?, action).await?;
    Ok(MediationRequestPayload {
        request: MediationRequest(request),
    })
}

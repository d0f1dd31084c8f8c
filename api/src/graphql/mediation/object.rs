//! `MediationRequest`.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use skupaj_domain::mediation;

use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::mediation::MediationStatus;
use crate::graphql::organisation::object::{Organisation, load_organisation};
use crate::graphql::participant::Participant;

/// A request.
#[derive(Debug, Clone)]
pub struct MediationRequest(pub mediation::MediationRequest);

/// A request for an interpreter or intercultural mediator: a language, a time, a place or remote.
#[Object]
impl MediationRequest {
    /// The request's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The language needed (ISO 639).
    async fn language(&self) -> &str {
        self.0.language.as_str()
    }

    /// When.
    async fn starts_at(&self) -> DateTime<Utc> {
        self.0.starts_at
    }

    /// Where, unless remote.
    async fn place(&self) -> Option<&str> {
        self.0.place.as_deref()
    }

    /// Whether it takes place remotely.
    async fn remote(&self) -> bool {
        self.0.remote
    }

    /// Practical notes (no personal data, please).
    async fn notes(&self) -> Option<&str> {
        self.0.notes.as_deref()
    }

    /// Where it stands.
    async fn status(&self) -> MediationStatus {
        self.0.status.into()
    }

    /// The referral it belongs to, if any.
    async fn referral_id(&self) -> Option<ID> {
        self.0.referral_id.map(|id| ID(id.to_string()))
    }

    /// The programme session it belongs to, if any.
    async fn session_id(&self) -> Option<ID> {
        self.0.session_id.map(|id| ID(id.to_string()))
    }

    /// The requesting organisation.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        load_organisation(ctx, self.0.organisation_id).await
    }

    /// The participant, as far as the viewer may see them: the mediator who took the request
    /// sees the given name and languages while it is assigned; before that (even when they took
    /// another request for the same person), nothing: `null` with `FORBIDDEN`.
    async fn participant(&self, ctx: &Context<'_>) -> ApiResult<Option<Participant>> {
        Ok(app(ctx)?
            .mediation()
            .participant_of(&self.0)
            .await?
            .map(Into::into))
    }
}

//! `Invitation`: an invitation to join an organisation, answered by the invited person.

use async_graphql::{Context, Enum, ID, Object};
use chrono::{DateTime, Utc};
use skupaj_domain::invitation;

use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::{Loaders, loader_error};
use crate::graphql::member::enums::MembershipRole;
use crate::graphql::organisation::Organisation;

/// Where an invitation stands.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "invitation::InvitationStatus")]
pub enum InvitationStatus {
    /// Waiting for the invited person's answer.
    Pending,
    /// Accepted: the invited person is a member.
    Accepted,
    /// Declined by the invited person.
    Declined,
    /// Not answered within 14 days; it can no longer be answered.
    Expired,
}

/// An invitation to join an organisation with a role. The organisation's admin sees the same
/// invitation whether the address already had an account or not; only the invited person can
/// see it afterwards (`myInvitations`) and answer it.
#[derive(Debug, Clone)]
pub struct Invitation(pub invitation::Invitation);

/// An invitation to join an organisation with a role. The organisation's admin sees the same
/// invitation whether the address already had an account or not; only the invited person can
/// see it afterwards (`myInvitations`) and answer it.
#[Object]
impl Invitation {
    /// The invitation's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The organisation the invitation is to.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Organisation> {
        ctx.data_unchecked::<Loaders>()
            .organisations
            .load_one(self.0.organisation_id)
            .await
            .map_err(loader_error)?
            .map(Organisation)
            .ok_or(ApiError::NotFound)
    }

    /// The role the invited person gets on accepting.
    async fn role(&self) -> MembershipRole {
        self.0.role.into()
    }

    /// The e-mail address invited, as the admin gave it (in lower case).
    async fn email(&self) -> String {
        self.0.email.as_str().to_owned()
    }

    /// Where the invitation stands now.
    async fn status(&self) -> InvitationStatus {
        self.0.status(Utc::now()).into()
    }

    /// When it was made.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// Until when it can be answered (14 days after it was made or last renewed).
    async fn expires_at(&self) -> DateTime<Utc> {
        self.0.expires_at
    }

    /// When the invited person answered it; `null` while unanswered.
    async fn answered_at(&self) -> Option<DateTime<Utc>> {
        self.0.answered_at
    }
}

//! `EmergencyAccessGrant`: one grant of emergency access.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use skupaj_app::emergency_access::GrantListing;
use skupaj_domain::emergency_access::EmergencyGrant;

use crate::graphql::account::object::user::User;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::{Loaders, loader_error};
use crate::graphql::organisation::object::Organisation;

/// A grant, with the participant's reference code (none when just granted: the holder asked
/// by id).
#[derive(Debug, Clone)]
pub struct EmergencyAccessGrant {
    pub grant: EmergencyGrant,
    pub reference_code: Option<String>,
}

impl From<GrantListing> for EmergencyAccessGrant {
    fn from(listing: GrantListing) -> Self {
        Self {
            grant: listing.grant,
            reference_code: Some(listing.reference_code),
        }
    }
}

/// Temporary access, outside the consent, to a participant's record for one case worker of an
/// organisation engaged with them through an open referral. Every read under it is in the
/// audit log with its reason.
#[Object]
impl EmergencyAccessGrant {
    /// The grant's id.
    async fn id(&self) -> ID {
        ID(self.grant.id.to_string())
    }

    /// The participant the grant opens.
    async fn participant_id(&self) -> ID {
        ID(self.grant.participant_id.to_string())
    }

    /// The participant's pseudonymous reference code (`null` in the answer to the request).
    async fn participant_reference_code(&self) -> Option<&str> {
        self.reference_code.as_deref()
    }

    /// Who holds the grant.
    async fn holder(&self, ctx: &Context<'_>) -> ApiResult<Option<User>> {
        Ok(ctx
            .data_unchecked::<Loaders>()
            .users
            .load_one(self.grant.user_id)
            .await
            .map_err(loader_error)?
            .map(User))
    }

    /// The organisation the holder acted in.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Organisation> {
        ctx.data_unchecked::<Loaders>()
            .organisations
            .load_one(self.grant.organisation_id)
            .await
            .map_err(loader_error)?
            .map(Organisation)
            .ok_or(ApiError::NotFound)
    }

    /// Why the holder needed it, as they wrote it.
    async fn reason(&self) -> &str {
        &self.grant.reason
    }

    /// When it was granted.
    async fn granted_at(&self) -> DateTime<Utc> {
        self.grant.granted_at
    }

    /// When it ends (the configured duration after it was granted; erasing or merging the
    /// record ends it at once).
    async fn expires_at(&self) -> DateTime<Utc> {
        self.grant.expires_at
    }

    /// Whether it still opens the record now.
    async fn active(&self) -> bool {
        self.grant.is_active(Utc::now())
    }
}

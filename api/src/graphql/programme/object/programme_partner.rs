//! `ProgrammePartner`: an organisation taking part in a programme besides the lead.

use async_graphql::{Context, Object};
use skupaj_domain::programme;

use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::{Loaders, loader_error};
use crate::graphql::organisation::object::Organisation;
use crate::graphql::programme::enums::PartnerRole;

/// A partner organisation and its role.
#[derive(Debug, Clone)]
pub struct ProgrammePartner {
    pub(super) organisation_id: uuid::Uuid,
    pub(super) role: programme::PartnerRole,
}

/// An organisation taking part in a programme besides the lead.
#[Object]
impl ProgrammePartner {
    /// The partner.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Organisation> {
        ctx.data_unchecked::<Loaders>()
            .organisations
            .load_one(self.organisation_id)
            .await
            .map_err(loader_error)?
            .map(Organisation)
            .ok_or(ApiError::NotFound)
    }

    /// What it does.
    async fn role(&self) -> PartnerRole {
        self.role.into()
    }
}

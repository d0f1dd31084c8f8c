//! `StakeholderGroup`.

use async_graphql::{Context, ID, Object};
use skupaj_domain::stakeholder_group;

use crate::graphql::account::object::user::User;
use crate::graphql::context::{app, min_cell};
use crate::graphql::error::ApiResult;
use crate::graphql::loaders::{Loaders, loader_error};
use crate::graphql::organisation::object::{Organisation, load_organisation};
use crate::graphql::programme::Programme;
use crate::graphql::referral::ReferralStats;

/// A group.
#[derive(Debug, Clone)]
pub struct StakeholderGroup(pub stakeholder_group::StakeholderGroup);

/// A municipality's local partnership of organisations, with at least two coordinators.
#[Object]
impl StakeholderGroup {
    /// The group's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// Its name.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// The convening municipality.
    async fn convener(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        load_organisation(ctx, self.0.convener_id).await
    }

    /// The member organisations.
    async fn members(&self, ctx: &Context<'_>) -> ApiResult<Vec<Organisation>> {
        let found = ctx
            .data_unchecked::<Loaders>()
            .organisations
            .load_many(self.0.member_ids.iter().copied())
            .await
            .map_err(loader_error)?;
        Ok(found.into_values().map(Organisation).collect())
    }

    /// The coordinators (at least two).
    async fn coordinators(&self, ctx: &Context<'_>) -> ApiResult<Vec<User>> {
        let found = ctx
            .data_unchecked::<Loaders>()
            .users
            .load_many(self.0.coordinator_ids.iter().copied())
            .await
            .map_err(loader_error)?;
        Ok(found.into_values().map(User).collect())
    }

    /// The group's programmes the viewer may see (drafts only for their organisers).
    async fn programmes(&self, ctx: &Context<'_>) -> ApiResult<Vec<Programme>> {
        Ok(app(ctx)?
            .stakeholder_groups()
            .programmes(&self.0)
            .await?
            .into_iter()
            .map(Programme)
            .collect())
    }

    /// Figures over the referrals between member organisations (and the convener): counts only,
    /// no one named, and nothing of a member's work with organisations outside the group.
    /// They span organisations, so they are always small-cell suppressed.
    async fn referral_stats(&self, ctx: &Context<'_>) -> ApiResult<ReferralStats> {
        let stats = app(ctx)?
            .stakeholder_groups()
            .referral_stats(&self.0)
            .await?;
        Ok(ReferralStats::suppressed(stats, min_cell(ctx)))
    }
}

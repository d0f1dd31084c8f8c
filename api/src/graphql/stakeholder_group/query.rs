//! The stakeholder groups of the caller's organisation, and one group.

use async_graphql::connection::Connection;
use async_graphql::{Context, ID, Object};

use crate::graphql::context::app;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::pagination::{page_of, parse_id};
use crate::graphql::stakeholder_group::StakeholderGroup;

#[derive(Default)]
pub struct StakeholderGroupQuery;

#[Object]
impl StakeholderGroupQuery {
    /// The stakeholder groups the caller's organisation convenes or belongs to.
    async fn stakeholder_groups(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last group of the previous page.")] after: Option<
            String,
        >,
    ) -> ApiResult<Option<Connection<String, StakeholderGroup>>> {
        let items = app(ctx)?
            .stakeholder_groups()
            .of_organisation()
            .await?
            .into_iter()
            .map(StakeholderGroup)
            .collect();
        page_of(items, |g| g.0.id, first, after).map(Some)
    }

    /// One stakeholder group, for its members, convener and coordinators; `NOT_FOUND` otherwise.
    async fn stakeholder_group(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The group's id.")] id: ID,
    ) -> ApiResult<Option<StakeholderGroup>> {
        let groups = app(ctx)?.stakeholder_groups();
        let id = parse_id("id", &id)?;
        groups
            .one(id)
            .await?
            .map(StakeholderGroup)
            .ok_or(ApiError::NotFound)
            .map(Some)
    }
}

//! Convening stakeholder groups.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};

use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::pagination::parse_id;
use crate::graphql::stakeholder_group::StakeholderGroup;

/// A new local group.
#[derive(InputObject, Debug)]
pub struct CreateStakeholderGroupInput {
    /// Its name.
    pub name: String,
    /// Member organisations.
    pub member_organisation_ids: Vec<ID>,
    /// Coordinators: at least two, each a member of the convener or of a member organisation.
    pub coordinator_user_ids: Vec<ID>,
}

/// The group a mutation created.
#[derive(SimpleObject, Debug)]
pub struct StakeholderGroupPayload {
    /// The group.
    pub group: StakeholderGroup,
}

#[derive(Default)]
pub struct StakeholderGroupMutation;

#[Object]
impl StakeholderGroupMutation {
    /// Convenes a local stakeholder group (admins and staff of a municipality).
    async fn create_stakeholder_group(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The group.")] input: CreateStakeholderGroupInput,
    ) -> ApiResult<StakeholderGroupPayload> {
        let groups = app(ctx)?.stakeholder_groups();
        let ids = |field: &str, list: &[ID]| {
            list.iter()
                .enumerate()
                .map(|(i, id)| parse_id(&format!("{field}[{i}]"), id))
                .collect::<ApiResult<Vec<_>>>()
        };
        let members = ids("memberOrganisationIds", &input.member_organisation_ids)?;
        let coordinators = ids("coordinatorUserIds", &input.coordinator_user_ids)?;
        let group = groups.convene(&input.name, members, coordinators).await?;
        Ok(StakeholderGroupPayload {
            group: StakeholderGroup(group),
        })
    }
}

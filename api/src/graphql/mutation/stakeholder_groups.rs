//! Convening stakeholder groups.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use skupaj_domain::access::convene_group;
use skupaj_domain::stakeholder_group::check_group;
use skupaj_persistence::{organisations, stakeholder_groups, users};
use uuid::Uuid;

use crate::graphql::audit::{AuditedPayload, audited};
use crate::graphql::context::{actor, db};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::pagination::parse_id;
use crate::graphql::types::stakeholder_group::StakeholderGroup;

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

impl AuditedPayload for StakeholderGroupPayload {
    fn audited_id(&self) -> Option<Uuid> {
        Some(self.group.0.id)
    }
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
        audited("StakeholderGroup", None, async {
            let convener = convene_group(actor(ctx)?)?;
            let db = db(ctx);
            let ids = |field: &str, list: &[ID]| {
                list.iter()
                    .enumerate()
                    .map(|(i, id)| parse_id(&format!("{field}[{i}]"), id))
                    .collect::<ApiResult<Vec<_>>>()
            };
            let members = ids("memberOrganisationIds", &input.member_organisation_ids)?;
            let coordinators = ids("coordinatorUserIds", &input.coordinator_user_ids)?;
            let (name, members, coordinators) = check_group(&input.name, members, coordinators)?;
            for (i, member) in members.iter().enumerate() {
                if organisations::kind_of(db, *member).await?.is_none() {
                    return Err(ApiError::validation(
                        format!("memberOrganisationIds[{i}]"),
                        "no such organisation",
                    ));
                }
            }
            for (i, user) in coordinators.iter().enumerate() {
                let theirs = users::organisations_of(db, *user).await?;
                if !theirs.iter().any(|o| *o == convener || members.contains(o)) {
                    return Err(ApiError::validation(
                        format!("coordinatorUserIds[{i}]"),
                        "must work in the municipality or a member organisation",
                    ));
                }
            }
            let group =
                stakeholder_groups::create(db, name, convener, &members, &coordinators).await?;
            Ok(StakeholderGroupPayload {
                group: StakeholderGroup(group),
            })
        })
        .await
    }
}

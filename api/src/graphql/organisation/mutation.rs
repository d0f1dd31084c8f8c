//! Creating and editing organisations.

use async_graphql::{Context, MaybeUndefined, Object, SimpleObject};
use skupaj_app::organisation::{OrganisationChanges, Overlay};
use skupaj_domain::organisation::OrganisationInput;

use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::organisation::Organisation;
use crate::graphql::organisation::inputs::*;
use crate::graphql::pagination::parse_id;

/// The organisation a mutation created or changed.
#[derive(SimpleObject, Debug)]
pub struct OrganisationPayload {
    /// The organisation as it now is.
    pub organisation: Organisation,
}

/// `MaybeUndefined` as the use case's overlay: absent keeps, `null` clears, a value sets.
fn overlay<T>(change: MaybeUndefined<T>) -> Overlay<T> {
    match change {
        MaybeUndefined::Undefined => None,
        MaybeUndefined::Null => Some(None),
        MaybeUndefined::Value(value) => Some(Some(value)),
    }
}

#[derive(Default)]
pub struct OrganisationMutation;

#[Object]
impl OrganisationMutation {
    /// Opens a new organisation on the platform. Platform administrators only.
    async fn create_organisation(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The new organisation.")] input: CreateOrganisationInput,
    ) -> ApiResult<OrganisationPayload> {
        let draft = OrganisationInput {
            kind: input.kind.into(),
            name: input.name,
            description: input.description,
            municipality: input.municipality,
            region: input.region,
            address: input.address,
            coordinates: None,
            contact_email: input.contact_email,
            working_languages: input.working_languages,
            sector: input.sector.into(),
            cwcs: input.cwcs.map(Into::into),
        };
        let organisation = app(ctx)?
            .organisations()
            .create(draft, input.latitude, input.longitude)
            .await?;
        Ok(OrganisationPayload {
            organisation: Organisation(organisation),
        })
    }

    /// Edits an organisation's profile. Platform administrators edit any; an organisation's
    /// `ORG_ADMIN` edits only their own.
    async fn update_organisation(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The organisation and the changes.")] input: UpdateOrganisationInput,
    ) -> ApiResult<OrganisationPayload> {
        let id = parse_id("id", &input.id)?;
        let organisations = app(ctx)?.organisations();
        let changes = OrganisationChanges {
            name: input.name,
            description: overlay(input.description),
            municipality: input.municipality,
            region: overlay(input.region),
            address: overlay(input.address),
            latitude: overlay(input.latitude),
            longitude: overlay(input.longitude),
            contact_email: overlay(input.contact_email),
            working_languages: input.working_languages,
            sector: input.sector.map(Into::into),
            cwcs: input.cwcs.map(Into::into),
        };
        let organisation = organisations.update(id, changes).await?;
        Ok(OrganisationPayload {
            organisation: Organisation(organisation),
        })
    }
}

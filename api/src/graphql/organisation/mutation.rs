//! Creating and editing organisations.

use async_graphql::{Context, ID, InputObject, MaybeUndefined, Object, SimpleObject};
use skupaj_app::organisation::{OrganisationChanges, Overlay};
use skupaj_domain::cwcs;
use skupaj_domain::organisation::OrganisationInput;

use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::pagination::parse_id;
use crate::graphql::types::enums::{
    Offering, OrganisationKind, OrganisationSector, Setting, SpaceType,
};
use crate::graphql::types::organisation::Organisation;

/// The space profile of a CWCS.
#[derive(InputObject, Debug, Default)]
pub struct CwcsProfileInput {
    /// What kinds of space this is.
    #[graphql(default)]
    pub space_types: Vec<SpaceType>,
    /// In a town or in the countryside.
    pub setting: Option<Setting>,
    /// What the space offers.
    #[graphql(default)]
    pub offerings: Vec<Offering>,
    /// How many members the space has.
    pub member_count: Option<u32>,
}

impl From<CwcsProfileInput> for cwcs::CwcsProfile {
    fn from(input: CwcsProfileInput) -> Self {
        Self {
            space_types: input.space_types.into_iter().map(Into::into).collect(),
            setting: input.setting.map(Into::into),
            offerings: input.offerings.into_iter().map(Into::into).collect(),
            member_count: input.member_count,
        }
    }
}

/// A new organisation.
#[derive(InputObject, Debug)]
pub struct CreateOrganisationInput {
    /// What kind of organisation it is.
    pub kind: OrganisationKind,
    /// Its name (1 to 200 characters).
    pub name: String,
    /// What it does.
    pub description: Option<String>,
    /// The municipality it is based in.
    pub municipality: String,
    /// The statistical region.
    pub region: Option<String>,
    /// Street address.
    pub address: Option<String>,
    /// Degrees north; give it with `longitude`.
    pub latitude: Option<f64>,
    /// Degrees east; give it with `latitude`.
    pub longitude: Option<f64>,
    /// Public contact address.
    pub contact_email: Option<String>,
    /// ISO 639 codes of the languages it works in.
    #[graphql(default)]
    pub working_languages: Vec<String>,
    /// Public, private or informal.
    pub sector: OrganisationSector,
    /// The space profile; only for kind `CWCS`.
    pub cwcs: Option<CwcsProfileInput>,
}

/// Changes to an organisation. An absent field stays as it is; `null` clears an optional one.
#[derive(InputObject, Debug)]
pub struct UpdateOrganisationInput {
    /// The organisation to change.
    pub id: ID,
    /// New name.
    pub name: Option<String>,
    /// New description.
    pub description: MaybeUndefined<String>,
    /// New municipality.
    pub municipality: Option<String>,
    /// New region.
    pub region: MaybeUndefined<String>,
    /// New street address.
    pub address: MaybeUndefined<String>,
    /// New latitude; give it with `longitude`.
    pub latitude: MaybeUndefined<f64>,
    /// New longitude; give it with `latitude`.
    pub longitude: MaybeUndefined<f64>,
    /// New public contact address.
    pub contact_email: MaybeUndefined<String>,
    /// The new list of working languages (replaces the old one).
    pub working_languages: Option<Vec<String>>,
    /// New sector.
    pub sector: Option<OrganisationSector>,
    /// The new space profile (replaces the old one); only for kind `CWCS`.
    pub cwcs: Option<CwcsProfileInput>,
}

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

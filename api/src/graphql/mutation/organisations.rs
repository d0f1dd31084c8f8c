//! Creating and editing organisations.

use async_graphql::{Context, ID, InputObject, MaybeUndefined, Object, SimpleObject};
use skupaj_domain::access;
use skupaj_domain::cwcs;
use skupaj_domain::organisation::{Coordinates, OrganisationInput};
use skupaj_persistence::organisations;

use crate::graphql::audit::{AuditedPayload, audited};
use crate::graphql::context::{actor, db};
use crate::graphql::error::{ApiError, ApiResult};
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

fn coordinates(latitude: Option<f64>, longitude: Option<f64>) -> ApiResult<Option<Coordinates>> {
    match (latitude, longitude) {
        (Some(latitude), Some(longitude)) => Ok(Some(Coordinates {
            latitude,
            longitude,
        })),
        (None, None) => Ok(None),
        (None, Some(_)) => Err(ApiError::validation("latitude", "give it with longitude")),
        (Some(_), None) => Err(ApiError::validation("longitude", "give it with latitude")),
    }
}

/// Applies a `MaybeUndefined` to an optional value: absent keeps, `null` clears, a value sets.
fn overlay<T>(current: Option<T>, change: MaybeUndefined<T>) -> Option<T> {
    match change {
        MaybeUndefined::Undefined => current,
        MaybeUndefined::Null => None,
        MaybeUndefined::Value(value) => Some(value),
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
        audited("Organisation", None, async {
            access::create_organisation(actor(ctx)?)?;
            let profile = OrganisationInput {
                kind: input.kind.into(),
                name: input.name,
                description: input.description,
                municipality: input.municipality,
                region: input.region,
                address: input.address,
                coordinates: coordinates(input.latitude, input.longitude)?,
                contact_email: input.contact_email,
                working_languages: input.working_languages,
                sector: input.sector.into(),
                cwcs: input.cwcs.map(Into::into),
            }
            .validate()?;
            let organisation = organisations::create(db(ctx), &profile).await?;
            Ok(OrganisationPayload {
                organisation: Organisation(organisation),
            })
        })
        .await
    }

    /// Edits an organisation's profile. Platform administrators edit any; an organisation's
    /// `ORG_ADMIN` edits only their own.
    async fn update_organisation(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The organisation and the changes.")] input: UpdateOrganisationInput,
    ) -> ApiResult<OrganisationPayload> {
        audited("Organisation", None, async {
            let id = parse_id("id", &input.id)?;
            access::edit_organisation(actor(ctx)?, id)?;
            let db = db(ctx);
            let current = organisations::get(db, id)
                .await?
                .ok_or(ApiError::NotFound)?;
            let mut draft = OrganisationInput::from(&current.profile);
            if let Some(name) = input.name {
                draft.name = name;
            }
            if let Some(municipality) = input.municipality {
                draft.municipality = municipality;
            }
            if let Some(languages) = input.working_languages {
                draft.working_languages = languages;
            }
            if let Some(sector) = input.sector {
                draft.sector = sector.into();
            }
            if let Some(cwcs) = input.cwcs {
                draft.cwcs = Some(cwcs.into());
            }
            draft.description = overlay(draft.description, input.description);
            draft.region = overlay(draft.region, input.region);
            draft.address = overlay(draft.address, input.address);
            draft.contact_email = overlay(draft.contact_email, input.contact_email);
            draft.coordinates = coordinates(
                overlay(draft.coordinates.map(|c| c.latitude), input.latitude),
                overlay(draft.coordinates.map(|c| c.longitude), input.longitude),
            )?;
            let profile = draft.validate()?;
            let organisation = organisations::update(db, id, &profile).await?;
            Ok(OrganisationPayload {
                organisation: Organisation(organisation),
            })
        })
        .await
    }
}

impl AuditedPayload for OrganisationPayload {
    fn audited_id(&self) -> Option<uuid::Uuid> {
        Some(self.organisation.0.id)
    }
}

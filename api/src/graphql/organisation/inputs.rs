//! The inputs of the organisation directory and of opening and editing organisations.

use async_graphql::{ID, InputObject, MaybeUndefined};
use skupaj_app::organisation::OrganisationFilter;
use skupaj_domain::cwcs;
use skupaj_domain::language::LanguageCode;

use crate::graphql::error::ApiResult;
use crate::graphql::organisation::enums::{
    Offering, OrganisationKind, OrganisationSector, Setting, SpaceType,
};

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

/// Narrows the organisation directory; every criterion given must hold.
#[derive(InputObject, Debug, Default)]
pub struct OrganisationFilterInput {
    /// Any of these kinds.
    pub kinds: Option<Vec<OrganisationKind>>,
    /// Exactly this municipality, as the directory spells it (e.g. `Nova Gorica`).
    pub municipality: Option<String>,
    /// Exactly this statistical region.
    pub region: Option<String>,
    /// Spaces of this type.
    pub space_type: Option<SpaceType>,
    /// Spaces offering this.
    pub offering: Option<Offering>,
    /// Organisations working in this language (ISO 639 code).
    pub language: Option<String>,
}

impl OrganisationFilterInput {
    pub(crate) fn into_filter(self) -> ApiResult<OrganisationFilter> {
        Ok(OrganisationFilter {
            kinds: self
                .kinds
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            municipality: self.municipality.map(|m| m.trim().to_owned()),
            region: self.region.map(|r| r.trim().to_owned()),
            space_type: self.space_type.map(Into::into),
            offering: self.offering.map(Into::into),
            language: self
                .language
                .map(|code| LanguageCode::parse("filter.language", &code))
                .transpose()?,
        })
    }
}

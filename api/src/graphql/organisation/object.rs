//! `Organisation`: an entry of the public directory.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use skupaj_domain::organisation;
use uuid::Uuid;

use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::member::Membership;
use crate::graphql::organisation::enums::{
    Offering, OrganisationKind, OrganisationSector, Setting, SpaceType,
};
use crate::graphql::pagination::{after_id, encode_cursor, page_size, parse_id};

/// An organisation working on migrant inclusion: a space, a municipality, an NGO, a labour
/// agency, …. Everything on it is public except its members.
#[derive(Debug, Clone)]
pub struct Organisation(pub organisation::Organisation);

/// A point on the map, in WGS 84 degrees.
#[derive(SimpleObject, Debug, Clone, Copy)]
pub struct Coordinates {
    /// Degrees north (negative: south).
    pub latitude: f64,
    /// Degrees east (negative: west).
    pub longitude: f64,
}

/// What only coworking and collaborative spaces have.
#[derive(SimpleObject, Debug, Clone)]
pub struct CwcsProfile {
    /// What kinds of space this is; a space may be several.
    pub space_types: Vec<SpaceType>,
    /// In a town or in the countryside, when known.
    pub setting: Option<Setting>,
    /// What the space offers.
    pub offerings: Vec<Offering>,
    /// How many members the space has, when known.
    pub member_count: Option<u32>,
}

/// An organisation working on migrant inclusion: a space, a municipality, an NGO, a labour
/// agency, …. Everything on it is public except its members.
#[Object]
impl Organisation {
    /// The organisation's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// What kind of organisation this is.
    async fn kind(&self) -> OrganisationKind {
        self.0.profile.kind.into()
    }

    /// The organisation's name.
    async fn name(&self) -> &str {
        &self.0.profile.name
    }

    /// What the organisation does, in its own words.
    async fn description(&self) -> Option<&str> {
        self.0.profile.description.as_deref()
    }

    /// The municipality it is based in.
    async fn municipality(&self) -> &str {
        &self.0.profile.municipality
    }

    /// The statistical region it is based in.
    async fn region(&self) -> Option<&str> {
        self.0.profile.region.as_deref()
    }

    /// Its street address.
    async fn address(&self) -> Option<&str> {
        self.0.profile.address.as_deref()
    }

    /// Where it is on the map.
    async fn coordinates(&self) -> Option<Coordinates> {
        self.0.profile.coordinates.map(|c| Coordinates {
            latitude: c.latitude,
            longitude: c.longitude,
        })
    }

    /// The public contact address of the organisation (not of a person).
    async fn contact_email(&self) -> Option<&str> {
        self.0.profile.contact_email.as_ref().map(|e| e.as_str())
    }

    /// Languages the organisation works in, as ISO 639 codes.
    async fn working_languages(&self) -> Vec<String> {
        self.0
            .profile
            .working_languages
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// Whether it is public, private or informal.
    async fn sector(&self) -> OrganisationSector {
        self.0.profile.sector.into()
    }

    /// The space profile; present only for organisations of kind `CWCS`.
    async fn cwcs(&self) -> Option<CwcsProfile> {
        self.0.profile.cwcs.as_ref().map(|profile| CwcsProfile {
            space_types: profile
                .space_types
                .iter()
                .copied()
                .map(Into::into)
                .collect(),
            setting: profile.setting.map(Into::into),
            offerings: profile.offerings.iter().copied().map(Into::into).collect(),
            member_count: profile.member_count,
        })
    }

    /// When the organisation joined the platform.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When its profile last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }

    /// The people who work here, in the order they joined. Visible to the organisation's own
    /// members and to platform administrators; anyone else gets `null` with `FORBIDDEN`.
    /// With `search`, only those whose name or e-mail address contains it, ignoring case and
    /// diacritics ("saric" finds "Šarić").
    async fn members(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last member of the previous page.")] after: Option<
            String,
        >,
        #[graphql(
            desc = "Part of a name or e-mail address (1 to 100 characters), in any case, with or without diacritics."
        )]
        search: Option<String>,
    ) -> ApiResult<Option<Connection<String, Membership>>> {
        let organisations = app(ctx)?.organisations();
        if let Some(search) = search {
            let matching: Vec<Membership> = organisations
                .members_matching(self.0.id, &search)
                .await?
                .into_iter()
                .map(|(membership, user)| Membership::with_user(membership, user))
                .collect();
            return Ok(Some(crate::graphql::pagination::page_of(
                matching,
                Membership::membership_id,
                first,
                after,
            )?));
        }
        let first = page_size(first)?;
        let after = after_id(after)?;
        let page = organisations.members(self.0.id, after, first).await?;
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection
            .edges
            .extend(page.items.into_iter().map(|(membership, user)| {
                Edge::new(
                    encode_cursor(&membership.id.to_string()),
                    Membership::with_user(membership, user),
                )
            }));
        Ok(Some(connection))
    }
}

/// Parses the organisation id given as input `field`.
pub fn organisation_id(field: &str, id: &ID) -> ApiResult<Uuid> {
    parse_id(field, id)
}

/// Loads an organisation through the request's dataloader (batched with its siblings).
pub async fn load_organisation(ctx: &Context<'_>, id: Uuid) -> ApiResult<Option<Organisation>> {
    Ok(ctx
        .data_unchecked::<crate::graphql::loaders::Loaders>()
        .organisations
        .load_one(id)
        .await
        .map_err(crate::graphql::loaders::loader_error)?
        .map(Organisation))
}

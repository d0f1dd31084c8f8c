//! The public organisation directory.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, ID, InputObject, Object};
use skupaj_app::organisation::{OrganisationFilter, OrganisationKeyset};
use skupaj_domain::language::LanguageCode;
use skupaj_domain::organisation;
use uuid::Uuid;

use crate::graphql::context::public;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::pagination::{decode_cursor, encode_cursor, page_size, parse_id};
use crate::graphql::types::enums::{Offering, OrganisationKind, OrganisationOrder, SpaceType};
use crate::graphql::types::organisation::Organisation;

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
    fn into_filter(self) -> ApiResult<OrganisationFilter> {
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

#[derive(Default)]
pub struct DirectoryQuery;

#[Object]
impl DirectoryQuery {
    /// The public directory of organisations. No sign-in needed.
    async fn organisations(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the directory to.")] filter: Option<
            OrganisationFilterInput,
        >,
        #[graphql(desc = "The order of the list (default: by name).")] order_by: Option<
            OrganisationOrder,
        >,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last organisation of the previous page.")]
        after: Option<String>,
    ) -> ApiResult<Connection<String, Organisation>> {
        let filter = filter.unwrap_or_default().into_filter()?;
        let order = order_by.unwrap_or_default();
        let first = page_size(first)?;
        let keyset = keyset(order, after.as_deref())?;
        let page = public(ctx)
            .directory()
            .list(&filter, &keyset, first)
            .await?;
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection
            .edges
            .extend(page.items.into_iter().map(|organisation| {
                Edge::new(cursor(order, &organisation), Organisation(organisation))
            }));
        Ok(connection)
    }

    /// One organisation of the directory; `NOT_FOUND` when there is none with this id.
    async fn organisation(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The organisation's id.")] id: ID,
    ) -> ApiResult<Option<Organisation>> {
        let id = parse_id("id", &id)?;
        let organisation = public(ctx).directory().one(id).await?;
        Ok(Some(Organisation(organisation)))
    }
}

fn cursor(order: OrganisationOrder, organisation: &organisation::Organisation) -> String {
    match order {
        OrganisationOrder::Name => encode_cursor(&format!(
            "n|{}|{}",
            organisation.id, organisation.profile.name
        )),
        OrganisationOrder::CreatedAt => encode_cursor(&format!("c|{}", organisation.id)),
    }
}

fn keyset(order: OrganisationOrder, after: Option<&str>) -> ApiResult<OrganisationKeyset> {
    let Some(after) = after else {
        return Ok(match order {
            OrganisationOrder::Name => OrganisationKeyset::ByName { after: None },
            OrganisationOrder::CreatedAt => OrganisationKeyset::ByCreation { after: None },
        });
    };
    let decoded = decode_cursor(after)?;
    let bad = || ApiError::validation("after", "is not a cursor of this list in this order");
    let mut parts = decoded.splitn(3, '|');
    let (tag, id) = (parts.next(), parts.next());
    let id = id.and_then(|id| Uuid::parse_str(id).ok()).ok_or_else(bad)?;
    match (order, tag, parts.next()) {
        (OrganisationOrder::Name, Some("n"), Some(name)) => Ok(OrganisationKeyset::ByName {
            after: Some((name.to_owned(), id)),
        }),
        (OrganisationOrder::CreatedAt, Some("c"), None) => {
            Ok(OrganisationKeyset::ByCreation { after: Some(id) })
        }
        _ => Err(bad()),
    }
}

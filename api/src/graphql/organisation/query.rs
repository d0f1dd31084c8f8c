//! The public organisation directory.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, ID, Object};
use skupaj_app::organisation::OrganisationKeyset;
use skupaj_domain::organisation;
use uuid::Uuid;

use crate::graphql::context::public;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::organisation::Organisation;
use crate::graphql::organisation::enums::OrganisationOrder;
use crate::graphql::organisation::inputs::OrganisationFilterInput;
use crate::graphql::pagination::{decode_cursor, encode_cursor, page_size, parse_id};

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

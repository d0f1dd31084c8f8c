//! The public programme search, and one programme.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, ID, Object};
use skupaj_app::programme::ProgrammeFilter;
use skupaj_domain::language::LanguageCode;

use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::pagination::{after_id, encode_cursor, page_size, parse_id};
use crate::graphql::programme::inputs::ProgrammeFilterInput;
use crate::graphql::programme::object::{Programme, catalogue, find};

#[derive(Default)]
pub struct ProgrammeQuery;

#[Object]
impl ProgrammeQuery {
    /// Published and running programmes, newest first. No sign-in needed.
    async fn programmes(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the search to.")] filter: Option<ProgrammeFilterInput>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last programme of the previous page.")] after: Option<
            String,
        >,
    ) -> ApiResult<Connection<String, Programme>> {
        let filter = filter.unwrap_or_default();
        let organised_by_me = filter.organised_by_me == Some(true);
        // Only the signed-in have programmes of their own.
        let catalogue = if organised_by_me {
            app(ctx)?.programme_catalogue()
        } else {
            catalogue(ctx)
        };
        let words = filter
            .text
            .as_deref()
            .unwrap_or_default()
            .split_whitespace()
            .map(str::to_lowercase)
            .filter(|word| word.chars().count() <= 60)
            .take(10)
            .collect();
        let filter = ProgrammeFilter {
            kinds: filter
                .kinds
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            municipality: filter.municipality.map(|m| m.trim().to_owned()),
            language: filter
                .language
                .map(|code| LanguageCode::parse("filter.language", &code))
                .transpose()?,
            childcare: filter.childcare.filter(|wanted| *wanted),
            interpretation: filter.interpretation.filter(|wanted| *wanted),
            skill: filter.skill.map(|s| s.trim().to_lowercase()),
            starts_from: filter.starts_from,
            words,
            organised_by: None,
        };
        let first = page_size(first)?;
        let after = after_id(after)?;
        let page = catalogue
            .search(filter, organised_by_me, after, first)
            .await?;
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection.edges.extend(
            page.items
                .into_iter()
                .map(|p| Edge::new(encode_cursor(&p.id.to_string()), Programme(p))),
        );
        Ok(connection)
    }

    /// One programme: public once published; drafts only for their organisers. `NOT_FOUND`
    /// otherwise.
    async fn programme(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The programme's id.")] id: ID,
    ) -> ApiResult<Option<Programme>> {
        let id = parse_id("id", &id)?;
        Ok(Some(Programme(find(ctx, id).await?)))
    }
}

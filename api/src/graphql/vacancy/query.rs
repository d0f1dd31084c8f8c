//! Labour demand: the open vacancies.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, Object};
use skupaj_app::vacancy::VacancySearch;

use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::pagination::{after_id, encode_cursor, page_size};
use crate::graphql::vacancy::{Vacancy, VacancyFilterInput};

#[derive(Default)]
pub struct VacancyQuery;

#[Object]
impl VacancyQuery {
    /// Labour demand: open vacancies, newest first. For signed-in users.
    async fn vacancies(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the list to.")] filter: Option<VacancyFilterInput>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last vacancy of the previous page.")] after: Option<
            String,
        >,
    ) -> ApiResult<Option<Connection<String, Vacancy>>> {
        let vacancies = app(ctx)?.vacancies();
        let filter = filter.unwrap_or_default();
        let search = VacancySearch {
            occupation: filter.occupation,
            municipality: filter.municipality,
            skill: filter.skill,
            include_closed: filter.include_closed,
        };
        let first = page_size(first)?;
        let after = after_id(after)?;
        let page = vacancies.list(search, after, first).await?;
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection.edges.extend(
            page.items
                .into_iter()
                .map(|v| Edge::new(encode_cursor(&v.id.to_string()), Vacancy(v))),
        );
        Ok(Some(connection))
    }
}

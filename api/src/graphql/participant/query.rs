//! Participants the viewer's organisation is related to.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, ID, InputObject, Object};
use skupaj_domain::search::Search;

use crate::graphql::audit::denied_read;
use crate::graphql::context::app;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::pagination::{after_id, encode_cursor, page_size, parse_id};
use crate::graphql::participant::Participant;

/// Narrows a list of participants.
#[derive(InputObject, Debug, Default)]
pub struct ParticipantFilterInput {
    /// Finds people by name (every word), reference code, birth year, phone or e-mail,
    /// regardless of case and diacritics ("saric" finds "Šarić"); 2 to 100 characters. Only
    /// what the viewer may see is searched: a person is never found by a part of their record
    /// the viewer's organisation was not given.
    pub search: Option<String>,
}

#[derive(Default)]
pub struct ParticipantQuery;

#[Object]
impl ParticipantQuery {
    /// The participants the viewer may see, oldest first: for case workers and analysts those
    /// their organisation owns or serves through an open referral that an active consent covers;
    /// for mentors their mentees; for mediators the participants of requests they took. Empty for
    /// platform roles.
    async fn participants(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the list to.")] filter: Option<ParticipantFilterInput>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last participant of the previous page.")] after: Option<
            String,
        >,
    ) -> ApiResult<Option<Connection<String, Participant>>> {
        let participants = app(ctx)?.participants();
        let search = filter
            .and_then(|filter| filter.search)
            .map(|typed| Search::parse("filter.search", &typed))
            .transpose()?;
        let first = page_size(first)?;
        let after = after_id(after)?;
        let page = participants.list(search.as_ref(), after, first).await?;
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection.edges.extend(
            page.items.into_iter().map(|view| {
                Edge::new(encode_cursor(&view.participant.id.to_string()), view.into())
            }),
        );
        Ok(Some(connection))
    }

    /// One participant, as far as the viewer may see them. `NOT_FOUND` both when there is none
    /// and when the viewer may not see them, so that existence does not leak. A record merged
    /// into another answers the record it was merged into (whose `id` differs from the one
    /// asked), when the viewer may see that one.
    async fn participant(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The participant's id.")] id: ID,
    ) -> ApiResult<Option<Participant>> {
        let participants = app(ctx)?.participants();
        let id = parse_id("id", &id)?;
        let view = participants.find(id).await?;
        match view {
            Some(view) => Ok(Some(view.into())),
            None => {
                denied_read(ctx, "readParticipant", "Participant", id);
                Err(ApiError::NotFound)
            }
        }
    }
}

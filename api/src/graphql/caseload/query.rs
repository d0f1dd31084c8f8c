//! A case worker's own work: their caseload and their tasks.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, Object};
use chrono::NaiveDate;
use skupaj_app::caseload::TaskCursor;
use skupaj_domain::task::TaskStatus;
use uuid::Uuid;

use crate::graphql::caseload::Task;
use crate::graphql::context::app;
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::pagination::{after_id, decode_cursor, encode_cursor, page_size};
use crate::graphql::participant::Participant;

#[derive(Default)]
pub struct CaseloadQuery;

#[Object]
impl CaseloadQuery {
    /// The participants whose case worker the viewer is, oldest first, as far as the viewer may
    /// still see them (a caseload from another organisation, or a participant the organisation
    /// lost sight of, is not listed). Case managers, staff and admins; `null` with `FORBIDDEN`
    /// for other roles.
    async fn my_caseload(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last participant of the previous page.")] after: Option<
            String,
        >,
    ) -> ApiResult<Option<Connection<String, Participant>>> {
        let participants = app(ctx)?.participants();
        let first = page_size(first)?;
        let after = after_id(after)?;
        let page = participants.caseload(after, first).await?;
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection.edges.extend(
            page.items.into_iter().map(|view| {
                Edge::new(encode_cursor(&view.participant.id.to_string()), view.into())
            }),
        );
        Ok(Some(connection))
    }

    /// The tasks assigned to the viewer in the organisation they act in: open first, then by
    /// due date. Only tasks whose participant or referral the viewer may still see are listed.
    /// Case managers, staff and admins; `null` with `FORBIDDEN` for other roles.
    async fn my_tasks(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last task of the previous page.")] after: Option<
            String,
        >,
    ) -> ApiResult<Option<Connection<String, Task>>> {
        let caseloads = app(ctx)?.caseloads();
        let first = page_size(first)?;
        let after = after.map(|cursor| parse_task_cursor(&cursor)).transpose()?;
        let page = caseloads.my_tasks(after, first).await?;
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection.edges.extend(page.items.into_iter().map(|task| {
            let cursor = format!(
                "{}|{}|{}",
                u8::from(task.status == TaskStatus::Done),
                task.due_on,
                task.id
            );
            Edge::new(encode_cursor(&cursor), Task(task))
        }));
        Ok(Some(connection))
    }
}

/// `done|due_on|id`, as `my_tasks` writes it.
fn parse_task_cursor(cursor: &str) -> ApiResult<TaskCursor> {
    let refused = || ApiError::validation("after", "is not a cursor of this list");
    let keys = decode_cursor(cursor)?;
    let mut parts = keys.split('|');
    let done = match parts.next() {
        Some("0") => false,
        Some("1") => true,
        _ => return Err(refused()),
    };
    let due_on: NaiveDate = parts
        .next()
        .and_then(|day| day.parse().ok())
        .ok_or_else(refused)?;
    let id = parts
        .next()
        .and_then(|id| Uuid::parse_str(id).ok())
        .ok_or_else(refused)?;
    if parts.next().is_some() {
        return Err(refused());
    }
    Ok((done, due_on, id))
}

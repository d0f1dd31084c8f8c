//! A case worker's own work: their caseload and their tasks.

use std::collections::HashSet;

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, Object};
use chrono::{NaiveDate, Utc};
use skupaj_domain::access::{
    ParticipantRelation, ReferralPlaces, can_view_referral, caseload_organisation,
    participant_facets, participant_scope,
};
use skupaj_domain::task::{TaskStatus, TaskSubject};
use skupaj_persistence::{participants, referrals, tasks};
use uuid::Uuid;

use crate::graphql::context::{actor, db};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::loaders::{Loaders, ParticipantView, loader_error};
use crate::graphql::pagination::{after_id, decode_cursor, encode_cursor, page_size};
use crate::graphql::types::participant::Participant;
use crate::graphql::types::task::Task;

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
        let actor = actor(ctx)?;
        caseload_organisation(actor)?;
        let first = page_size(first)?;
        let after = after_id(after)?;
        let scope = participant_scope(actor);
        let now = Utc::now();
        let db = db(ctx);
        let page = participants::list_caseload(db, scope, actor.user_id, now, after, first).await?;
        let relations = participants::relations(db, scope, &page.items, now).await?;
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        for participant in page.items {
            let relation = relations
                .get(&participant.id)
                .cloned()
                .unwrap_or(ParticipantRelation::Unrelated);
            let facets = participant_facets(actor, &relation);
            if facets.is_empty() {
                continue;
            }
            connection.edges.push(Edge::new(
                encode_cursor(&participant.id.to_string()),
                ParticipantView {
                    participant,
                    facets,
                    relation,
                }
                .into(),
            ));
        }
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
        let actor = actor(ctx)?;
        let organisation = caseload_organisation(actor)?;
        let first = page_size(first)?;
        let after = after.map(|cursor| parse_task_cursor(&cursor)).transpose()?;
        let db = db(ctx);
        let page = tasks::assigned_to(db, actor.user_id, organisation, after, first).await?;
        // What the viewer may still see: participants through the loader (two statements for
        // the page), referrals in one statement.
        let participant_ids: Vec<Uuid> = page
            .items
            .iter()
            .filter_map(|task| match task.subject {
                TaskSubject::Participant(id) => Some(id),
                TaskSubject::Referral(_) => None,
            })
            .collect();
        let referral_ids: Vec<Uuid> = page
            .items
            .iter()
            .filter_map(|task| match task.subject {
                TaskSubject::Referral(id) => Some(id),
                TaskSubject::Participant(_) => None,
            })
            .collect();
        let visible_participants: HashSet<Uuid> = ctx
            .data_unchecked::<Loaders>()
            .participants
            .load_many(participant_ids)
            .await
            .map_err(loader_error)?
            .into_keys()
            .collect();
        let visible_referrals: HashSet<Uuid> = referrals::get_many(db, &referral_ids)
            .await?
            .into_iter()
            .filter(|referral| can_view_referral(actor, referral, &ReferralPlaces::default()))
            .map(|referral| referral.id)
            .collect();
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        for task in page.items {
            let visible = match task.subject {
                TaskSubject::Participant(id) => visible_participants.contains(&id),
                TaskSubject::Referral(id) => visible_referrals.contains(&id),
            };
            if visible {
                let cursor = format!(
                    "{}|{}|{}",
                    u8::from(task.status == TaskStatus::Done),
                    task.due_on,
                    task.id
                );
                connection
                    .edges
                    .push(Edge::new(encode_cursor(&cursor), Task(task)));
            }
        }
        Ok(Some(connection))
    }
}

/// `done|due_on|id`, as `my_tasks` writes it.
fn parse_task_cursor(cursor: &str) -> ApiResult<tasks::TaskCursor> {
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

//! `LifeCard`: a participant's goals and progress across domains.

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, ID, Object};
use chrono::{DateTime, NaiveDate, Utc};
use skupaj_domain::access::{ParticipantRelation, read_life_goals, write_life_entries};
use skupaj_domain::audit::AuditOutcome;
use skupaj_domain::life_card;
use uuid::Uuid;

use crate::graphql::audit::participant_read;
use crate::graphql::context::{actor, app};
use crate::graphql::error::ApiResult;
use crate::graphql::life_card::enums::{GoalStatus, LifeDomain};
use crate::graphql::organisation::object::{Organisation, load_organisation};
use crate::graphql::pagination::{decode_cursor, encode_cursor, page_size};

/// The (day, id) inside a timeline cursor.
fn timeline_cursor(cursor: &str) -> ApiResult<(NaiveDate, Uuid)> {
    let decoded = decode_cursor(cursor)?;
    let bad =
        || crate::graphql::error::ApiError::validation("after", "is not a cursor of this timeline");
    let (day, id) = decoded.split_once('|').ok_or_else(bad)?;
    Ok((
        day.parse().map_err(|_| bad())?,
        Uuid::parse_str(id).map_err(|_| bad())?,
    ))
}

/// The life card of one participant, as one viewer may see it.
#[derive(Debug, Clone)]
pub struct LifeCard {
    participant_id: Uuid,
    owner: Uuid,
    relation: ParticipantRelation,
}

impl LifeCard {
    pub fn new(participant_id: Uuid, owner: Uuid, relation: ParticipantRelation) -> Self {
        Self {
            participant_id,
            owner,
            relation,
        }
    }

    fn check<T>(&self, ctx: &Context<'_>, allowed: Result<(), T>) -> ApiResult<()>
    where
        crate::graphql::error::ApiError: From<T>,
    {
        match allowed {
            Ok(()) => {
                participant_read(ctx, self.participant_id, AuditOutcome::Allowed);
                Ok(())
            }
            Err(err) => {
                participant_read(ctx, self.participant_id, AuditOutcome::Denied);
                Err(err.into())
            }
        }
    }
}

/// A participant's progress across housing, education, employment, language, legal, health and
/// social life, kept by every organisation engaged with them under the owning case manager.
#[Object]
impl LifeCard {
    /// The organisation whose case manager coordinates the card.
    async fn coordinator(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        load_organisation(ctx, self.owner).await
    }

    /// The goals, by domain. Case workers of engaged organisations and the mentor see them;
    /// anyone else gets `null` with `FORBIDDEN`.
    async fn goals(&self, ctx: &Context<'_>) -> ApiResult<Option<Vec<LifeGoal>>> {
        let life_cards = app(ctx)?.life_cards();
        self.check(ctx, read_life_goals(actor(ctx)?, &self.relation))?;
        Ok(Some(
            life_cards
                .goals(self.participant_id, &self.relation)
                .await?
                .into_iter()
                .map(LifeGoal)
                .collect(),
        ))
    }

    /// The timeline of progress entries across the domains the viewer may see (or one of them),
    /// latest first by the day they happened. Case workers of the owner and of engaged
    /// organisations only (anyone else gets `null` with `FORBIDDEN`); an engaged organisation
    /// sees the domains its consents share.
    async fn timeline(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only this domain.")] domain: Option<LifeDomain>,
        #[graphql(desc = "How many to return (1 to 100, default 20).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last entry of the previous page.")] after: Option<
            String,
        >,
    ) -> ApiResult<Option<Connection<String, LifeEntry>>> {
        let life_cards = app(ctx)?.life_cards();
        self.check(ctx, write_life_entries(actor(ctx)?, &self.relation))?;
        let first = page_size(first)?;
        let after = after.map(|cursor| timeline_cursor(&cursor)).transpose()?;
        let page = life_cards
            .timeline(
                self.participant_id,
                &self.relation,
                domain.map(Into::into),
                after,
                first,
            )
            .await?;
        let mut connection = Connection::new(after.is_some(), page.has_next_page);
        connection.edges.extend(page.items.into_iter().map(|e| {
            Edge::new(
                encode_cursor(&format!("{}|{}", e.occurred_on, e.id)),
                LifeEntry(e),
            )
        }));
        Ok(Some(connection))
    }
}

/// A goal.
#[derive(Debug, Clone)]
pub struct LifeGoal(pub life_card::LifeGoal);

/// A goal on a life card, with a target date and status.
#[Object]
impl LifeGoal {
    /// The goal's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The domain of life it concerns.
    async fn domain(&self) -> LifeDomain {
        self.0.domain.into()
    }

    /// What is to be reached.
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// By when.
    async fn target_date(&self) -> Option<NaiveDate> {
        self.0.target_date
    }

    /// Where it stands.
    async fn status(&self) -> GoalStatus {
        self.0.status.into()
    }

    /// When it was set.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// An entry.
#[derive(Debug, Clone)]
pub struct LifeEntry(pub life_card::LifeEntry);

/// A dated note of progress, written by staff of an engaged organisation.
#[Object]
impl LifeEntry {
    /// The entry's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The domain of life it concerns.
    async fn domain(&self) -> LifeDomain {
        self.0.domain.into()
    }

    /// The goal it advances, if any.
    async fn goal_id(&self) -> Option<ID> {
        self.0.goal_id.map(|id| ID(id.to_string()))
    }

    /// What happened.
    async fn note(&self) -> &str {
        &self.0.note
    }

    /// When it happened.
    async fn occurred_on(&self) -> NaiveDate {
        self.0.occurred_on
    }

    /// The organisation of the author.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        load_organisation(ctx, self.0.organisation_id).await
    }

    /// What the note said before each correction, oldest first (empty when never corrected).
    async fn revisions(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Vec<crate::graphql::rectification::Revision>> {
        let found = ctx
            .data_unchecked::<crate::graphql::loaders::Loaders>()
            .life_entry_revisions
            .load_one(self.0.id)
            .await
            .map_err(crate::graphql::loaders::loader_error)?;
        Ok(crate::graphql::rectification::revisions(found))
    }
}

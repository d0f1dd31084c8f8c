//! Life cards: goals and dated progress entries.

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Set,
};
use skupaj_domain::access::Permit;
use skupaj_domain::life_card::{GoalStatus, LifeDomain, LifeEntry, LifeGoal};
use uuid::Uuid;

use crate::entity::{life_entry, life_goal};
use crate::error::parse_stored;
use crate::page::Page;
use crate::{Database, PersistenceError};

pub async fn add_goal(
    db: &Database,
    _permit: Permit,
    participant_id: Uuid,
    domain: LifeDomain,
    title: String,
    target_date: Option<NaiveDate>,
    organisation_id: Uuid,
) -> Result<LifeGoal, PersistenceError> {
    let row = life_goal::ActiveModel {
        id: Set(Uuid::now_v7()),
        participant_id: Set(participant_id),
        domain: Set(domain.to_string()),
        title: Set(title),
        target_date: Set(target_date),
        status: Set(GoalStatus::Open.to_string()),
        organisation_id: Set(organisation_id),
        created_at: Set(Utc::now()),
    };
    let txn = crate::database::begin_write(db).await?;
    let row = row.insert(&txn).await?;
    crate::audit::commit(txn).await?;
    goal_to_domain(row)
}

pub async fn goal(db: &Database, id: Uuid) -> Result<Option<LifeGoal>, PersistenceError> {
    life_goal::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(goal_to_domain)
        .transpose()
}

pub async fn set_goal_status(
    db: &Database,
    _permit: Permit,
    id: Uuid,
    status: GoalStatus,
) -> Result<LifeGoal, PersistenceError> {
    life_goal::Entity::update_many()
        .col_expr(life_goal::Column::Status, status.to_string().into())
        .filter(life_goal::Column::Id.eq(id))
        .exec(db)
        .await?;
    goal(db, id).await?.ok_or(PersistenceError::NotFound)
}

/// A participant's goals, by domain then age.
pub async fn goals(db: &Database, participant_id: Uuid) -> Result<Vec<LifeGoal>, PersistenceError> {
    life_goal::Entity::find()
        .filter(life_goal::Column::ParticipantId.eq(participant_id))
        .order_by_asc(life_goal::Column::Domain)
        .order_by_asc(life_goal::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(goal_to_domain)
        .collect()
}

#[allow(clippy::too_many_arguments)]
pub async fn add_entry(
    db: &Database,
    _permit: Permit,
    participant_id: Uuid,
    domain: LifeDomain,
    goal_id: Option<Uuid>,
    note: String,
    occurred_on: NaiveDate,
    author_user_id: Uuid,
    organisation_id: Uuid,
) -> Result<LifeEntry, PersistenceError> {
    let row = life_entry::ActiveModel {
        id: Set(Uuid::now_v7()),
        participant_id: Set(participant_id),
        domain: Set(domain.to_string()),
        goal_id: Set(goal_id),
        note: Set(note),
        occurred_on: Set(occurred_on),
        author_user_id: Set(author_user_id),
        organisation_id: Set(organisation_id),
        created_at: Set(Utc::now()),
    };
    let txn = crate::database::begin_write(db).await?;
    let row = row.insert(&txn).await?;
    crate::audit::commit(txn).await?;
    entry_to_domain(row)
}

/// The timeline in these domains, latest first by the day it happened, `first` at a time.
/// `after` is the (day, id) of the last entry of the previous page.
pub async fn timeline(
    db: &Database,
    participant_id: Uuid,
    domains: &[LifeDomain],
    after: Option<(NaiveDate, Uuid)>,
    first: u64,
) -> Result<Page<LifeEntry>, PersistenceError> {
    let mut query = life_entry::Entity::find()
        .filter(life_entry::Column::ParticipantId.eq(participant_id))
        .filter(life_entry::Column::Domain.is_in(domains.iter().map(ToString::to_string)))
        .order_by_desc(life_entry::Column::OccurredOn)
        .order_by_desc(life_entry::Column::Id);
    if let Some((day, id)) = after {
        query = query.filter(
            Condition::any()
                .add(life_entry::Column::OccurredOn.lt(day))
                .add(
                    Condition::all()
                        .add(life_entry::Column::OccurredOn.eq(day))
                        .add(life_entry::Column::Id.lt(id)),
                ),
        );
    }
    let rows = query.limit(first + 1).all(db).await?;
    Page::from_overfetch(rows, first).try_map(entry_to_domain)
}

fn goal_to_domain(row: life_goal::Model) -> Result<LifeGoal, PersistenceError> {
    Ok(LifeGoal {
        id: row.id,
        participant_id: row.participant_id,
        domain: parse_stored("life_goals.domain", &row.domain)?,
        title: row.title,
        target_date: row.target_date,
        status: parse_stored("life_goals.status", &row.status)?,
        organisation_id: row.organisation_id,
        created_at: row.created_at,
    })
}

pub(crate) fn entry_to_domain(row: life_entry::Model) -> Result<LifeEntry, PersistenceError> {
    Ok(LifeEntry {
        id: row.id,
        participant_id: row.participant_id,
        domain: parse_stored("life_entries.domain", &row.domain)?,
        goal_id: row.goal_id,
        note: row.note,
        occurred_on: row.occurred_on,
        author_user_id: row.author_user_id,
        organisation_id: row.organisation_id,
        created_at: row.created_at,
    })
}

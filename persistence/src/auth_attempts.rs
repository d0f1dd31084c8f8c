//! Failed authentication attempts, counted per key over a sliding window. Kept in the database so
//! that every instance sees the same counts.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use skupaj_domain::access::Permit;
use uuid::Uuid;

use crate::entity::auth_attempt::{self, Column};
use crate::{Database, PersistenceError};

/// How many failures `key` had since `since`.
pub async fn failures_since(
    db: &Database,
    key: &str,
    since: DateTime<Utc>,
) -> Result<u64, PersistenceError> {
    Ok(auth_attempt::Entity::find()
        .filter(Column::Key.eq(key))
        .filter(Column::At.gte(since))
        .count(db)
        .await?)
}

/// Records a failure for each key, and forgets failures older than `forget_before`.
pub async fn record_failure(
    db: &Database,
    _permit: Permit,
    keys: &[String],
    forget_before: DateTime<Utc>,
) -> Result<(), PersistenceError> {
    let now = Utc::now();
    auth_attempt::Entity::insert_many(keys.iter().map(|key| auth_attempt::ActiveModel {
        id: Set(Uuid::now_v7()),
        key: Set(key.clone()),
        at: Set(now),
    }))
    .exec(db)
    .await?;
    auth_attempt::Entity::delete_many()
        .filter(Column::At.lt(forget_before))
        .exec(db)
        .await?;
    Ok(())
}

/// Forgets the failures of `key` (after a successful sign-in).
pub async fn clear(db: &Database, _permit: Permit, key: &str) -> Result<(), PersistenceError> {
    auth_attempt::Entity::delete_many()
        .filter(Column::Key.eq(key))
        .exec(db)
        .await?;
    Ok(())
}

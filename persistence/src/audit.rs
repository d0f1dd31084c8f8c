//! The audit log: appended to, read by auditors, never changed.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use skupaj_domain::audit::{AuditEntry, AuditOutcome, AuditRecord};
use uuid::Uuid;

use crate::entity::audit_entry::{self, Column};
use crate::error::{parse_optional, parse_stored};
use crate::page::Page;
use crate::{Database, PersistenceError};

/// What an auditor narrows the log to.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub user_id: Option<Uuid>,
    pub organisation_id: Option<Uuid>,
    pub entity_id: Option<Uuid>,
    pub operation: Option<String>,
    pub outcome: Option<AuditOutcome>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
}

/// Appends entries in one statement.
pub async fn append(db: &Database, records: Vec<AuditRecord>) -> Result<(), PersistenceError> {
    if records.is_empty() {
        return Ok(());
    }
    let now = Utc::now();
    let rows = records.into_iter().map(|record| audit_entry::ActiveModel {
        id: Set(Uuid::now_v7()),
        at: Set(now),
        user_id: Set(record.user_id),
        organisation_id: Set(record.organisation_id),
        role: Set(record.role.map(|r| r.to_string())),
        operation: Set(record.operation),
        entity_type: Set(record.entity_type),
        entity_id: Set(record.entity_id),
        outcome: Set(record.outcome.to_string()),
    });
    audit_entry::Entity::insert_many(rows).exec(db).await?;
    Ok(())
}

/// The log, newest first, `first` at a time.
pub async fn list(
    db: &Database,
    filter: &AuditFilter,
    after: Option<Uuid>,
    first: u64,
) -> Result<Page<AuditEntry>, PersistenceError> {
    let mut condition = Condition::all();
    if let Some(id) = filter.user_id {
        condition = condition.add(Column::UserId.eq(id));
    }
    if let Some(id) = filter.organisation_id {
        condition = condition.add(Column::OrganisationId.eq(id));
    }
    if let Some(id) = filter.entity_id {
        condition = condition.add(Column::EntityId.eq(id));
    }
    if let Some(operation) = &filter.operation {
        condition = condition.add(Column::Operation.eq(operation.as_str()));
    }
    if let Some(outcome) = filter.outcome {
        condition = condition.add(Column::Outcome.eq(outcome.to_string()));
    }
    if let Some(from) = filter.from {
        condition = condition.add(Column::At.gte(from));
    }
    if let Some(to) = filter.to {
        condition = condition.add(Column::At.lt(to));
    }
    if let Some(after) = after {
        condition = condition.add(Column::Id.lt(after));
    }
    let rows = audit_entry::Entity::find()
        .filter(condition)
        .order_by_desc(Column::Id)
        .limit(first + 1)
        .all(db)
        .await?;
    Page::from_overfetch(rows, first).try_map(to_domain)
}

fn to_domain(row: audit_entry::Model) -> Result<AuditEntry, PersistenceError> {
    Ok(AuditEntry {
        id: row.id,
        at: row.at,
        user_id: row.user_id,
        organisation_id: row.organisation_id,
        role: parse_optional("audit_log.role", row.role.as_deref())?,
        operation: row.operation,
        entity_type: row.entity_type,
        entity_id: row.entity_id,
        outcome: parse_stored("audit_log.outcome", &row.outcome)?,
    })
}

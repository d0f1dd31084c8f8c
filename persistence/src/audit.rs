//! The audit log: appended to, read by auditors, never changed.
//!
//! A mutation's entry is written in the transaction of the change it records, so a change can
//! never commit without it, even when the process dies right after the commit. The API starts
//! a mutation with its entry pending ([`recording`]); the repository that writes the decided
//! change commits through [`commit`], which inserts the pending entry first.

use std::future::Future;
use std::sync::Mutex;

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use skupaj_domain::audit::{AuditEntry, AuditOutcome, AuditRecord};
use uuid::Uuid;

use crate::database::WriteTransaction;
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

/// The entry of the mutation running in this task, until a commit writes it.
struct Pending {
    record: Mutex<Option<AuditRecord>>,
    written: Mutex<bool>,
}

tokio::task_local! {
    static PENDING: Pending;
}

/// Runs a mutation with its audit entry pending (outcome `ALLOWED`): the first transaction
/// that commits the change through [`commit`] writes the entry with it. Answers the mutation's
/// result and whether the entry was written; when it was not (the mutation was refused, or it
/// changed nothing), the caller records the outcome itself.
pub async fn recording<F: Future>(record: AuditRecord, mutation: F) -> (F::Output, bool) {
    let pending = Pending {
        record: Mutex::new(Some(record)),
        written: Mutex::new(false),
    };
    PENDING
        .scope(pending, async {
            let output = mutation.await;
            let written = PENDING
                .try_with(|pending| pending.written.lock().map(|w| *w).unwrap_or(false))
                .unwrap_or(false);
            (output, written)
        })
        .await
}

/// Names the entity a creating mutation's pending entry is about (the id it just made), unless
/// the entry names one already.
pub fn created(id: Uuid) {
    let _ = PENDING.try_with(|pending| {
        if let Ok(mut record) = pending.record.lock()
            && let Some(record) = record.as_mut()
        {
            record.entity_id.get_or_insert(id);
        }
    });
}

/// Commits the transaction of a mutation's decided change, with the mutation's pending audit
/// entry written inside it (outside a mutation, or once written, a plain commit).
pub async fn commit(txn: WriteTransaction) -> Result<(), DbErr> {
    let record = PENDING
        .try_with(|pending| pending.record.lock().ok().and_then(|record| record.clone()))
        .ok()
        .flatten();
    let Some(record) = record else {
        return txn.commit().await;
    };
    insert(&*txn, vec![record]).await?;
    txn.commit().await?;
    let _ = PENDING.try_with(|pending| {
        if let Ok(mut record) = pending.record.lock() {
            *record = None;
        }
        if let Ok(mut written) = pending.written.lock() {
            *written = true;
        }
    });
    Ok(())
}

/// Appends entries in one statement.
pub async fn append(db: &Database, records: Vec<AuditRecord>) -> Result<(), PersistenceError> {
    Ok(insert(db, records).await?)
}

async fn insert(db: &impl ConnectionTrait, records: Vec<AuditRecord>) -> Result<(), DbErr> {
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
        client_address: Set(record.client_address),
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
        client_address: row.client_address,
    })
}

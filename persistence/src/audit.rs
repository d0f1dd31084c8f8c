//! The audit log: appended to, read by auditors, never changed.
//!
//! A mutation's entry is written in the transaction of the change it records, so a change can
//! never commit without it, even when the process dies right after the commit. The API starts
//! a mutation with its entry pending ([`recording`]); the repository that writes the decided
//! change commits through [`commit`], which inserts the pending entry first.
//!
//! Entries form a hash chain (`domain::audit::chain_hash`). Appending locks the chain's head
//! (`audit_chain`, one row) with a no-op UPDATE, reads the last place and hash, writes the new
//! entries after it and moves the head, all in the writer's transaction: on PostgreSQL the row
//! lock makes concurrent writers of every instance append one after the other until they
//! commit (the head is taken last, just before the commit, and held only for it); on SQLite the
//! write turn already serialises them. [`verify`] walks the chain and names the first broken
//! link.

use std::future::Future;
use std::sync::Mutex;

use std::collections::HashMap;

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use skupaj_domain::audit::{AuditEntry, AuditOutcome, AuditRecord, GENESIS, chain_hash};
use uuid::Uuid;

use crate::database::{WriteTransaction, begin_write};
use crate::entity::audit_entry::{self, Column};
use crate::entity::{audit_chain, organisation, user};
use crate::error::{parse_optional, parse_stored};
use crate::page::Page;
use crate::{Database, PersistenceError};

/// What an auditor narrows the log to.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub user_id: Option<Uuid>,
    pub organisation_id: Option<Uuid>,
    /// The kind of record (`Participant`, `Referral`, …).
    pub entity_type: Option<String>,
    pub entity_id: Option<Uuid>,
    pub operation: Option<String>,
    pub request_id: Option<String>,
    pub outcome: Option<AuditOutcome>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
}

/// The entry of the mutation running in this task, until a commit writes it.
struct Pending {
    record: Mutex<Option<AuditRecord>>,
    written: Mutex<bool>,
    /// Entries of steps the mutation drove on other entities ([`also`]), written with it.
    also: Mutex<Vec<AuditRecord>>,
}

tokio::task_local! {
    static PENDING: Pending;
}

/// Runs a mutation with its audit entry pending (outcome `ALLOWED`): the first transaction
/// that commits the change through [`commit`] writes the entry with it. Answers the mutation's
/// result and, when the entry was not written (the mutation was refused, or it changed
/// nothing), the entry as the mutation left it (with the entity it named), for the caller to
/// record with its outcome.
pub async fn recording<F: Future>(
    record: AuditRecord,
    mutation: F,
) -> (F::Output, Option<AuditRecord>) {
    let pending = Pending {
        record: Mutex::new(Some(record)),
        written: Mutex::new(false),
        also: Mutex::new(Vec::new()),
    };
    PENDING
        .scope(pending, async {
            let output = mutation.await;
            let unwritten = PENDING
                .try_with(|pending| {
                    let written = pending.written.lock().map(|w| *w).unwrap_or(false);
                    if written {
                        None
                    } else {
                        pending.record.lock().ok().and_then(|record| record.clone())
                    }
                })
                .ok()
                .flatten();
            (output, unwritten)
        })
        .await
}

/// Names the entity the running mutation is about (its type, and its id when known), unless
/// the entry names one already. Called by the use case once it knows what it acts on.
pub fn about(entity_type: &str, id: Option<Uuid>) {
    let _ = PENDING.try_with(|pending| {
        if let Ok(mut record) = pending.record.lock()
            && let Some(record) = record.as_mut()
        {
            record
                .entity_type
                .get_or_insert_with(|| entity_type.to_owned());
            if let Some(id) = id {
                record.entity_id.get_or_insert(id);
            }
        }
    });
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

/// Adds an entry for a step the running mutation drove on another entity (an enrolment moving
/// its referral along): as the mutation's own entry (who, from where, which request), with
/// `operation` and the entity named. It is written by the same [`commit`] as the mutation's
/// entry, in the transaction of the change. Outside a mutation, nothing.
pub fn also(operation: &str, entity_type: &str, id: Uuid) {
    let _ = PENDING.try_with(|pending| {
        let Some(mut record) = pending.record.lock().ok().and_then(|record| record.clone()) else {
            return;
        };
        record.operation = operation.to_owned();
        record.entity_type = Some(entity_type.to_owned());
        record.entity_id = Some(id);
        if let Ok(mut also) = pending.also.lock() {
            also.push(record);
        }
    });
}

/// Commits the transaction of a mutation's decided change, with the mutation's pending audit
/// entry (and those of the steps it drove, [`also`]) written inside it (outside a mutation, or
/// once written, a plain commit).
pub async fn commit(txn: WriteTransaction) -> Result<(), DbErr> {
    let records = PENDING
        .try_with(|pending| {
            let mut records: Vec<AuditRecord> = pending
                .record
                .lock()
                .ok()
                .and_then(|record| record.clone())
                .into_iter()
                .collect();
            if let Ok(mut also) = pending.also.lock() {
                records.append(&mut also);
            }
            records
        })
        .unwrap_or_default();
    if records.is_empty() {
        return txn.commit().await;
    }
    insert(&*txn, records).await?;
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

/// Appends entries in a write transaction of their own.
pub async fn append(db: &Database, records: Vec<AuditRecord>) -> Result<(), PersistenceError> {
    if records.is_empty() {
        return Ok(());
    }
    let txn = begin_write(db).await?;
    insert(&*txn, records).await?;
    txn.commit().await?;
    Ok(())
}

/// A time as the databases keep it: to the microsecond, so an entry's hash, made from the time
/// written, is the hash of the time read back.
pub(crate) fn stored_time(at: DateTime<Utc>) -> DateTime<Utc> {
    at.trunc_subsecs(6)
}

/// The one row of `audit_chain`.
const HEAD: i32 = 1;

/// Chains and inserts entries inside the caller's write transaction (see the module's notes).
async fn insert(db: &impl ConnectionTrait, records: Vec<AuditRecord>) -> Result<(), DbErr> {
    if records.is_empty() {
        return Ok(());
    }
    audit_chain::Entity::update_many()
        .col_expr(
            audit_chain::Column::Seq,
            Expr::col(audit_chain::Column::Seq),
        )
        .filter(audit_chain::Column::Id.eq(HEAD))
        .exec(db)
        .await?;
    let head = audit_chain::Entity::find_by_id(HEAD)
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("the audit chain's head".into()))?;
    let now = stored_time(Utc::now());
    let mut previous = head.hash;
    let mut seq = head.seq;
    let mut rows = Vec::with_capacity(records.len());
    for record in records {
        seq += 1;
        let entry = AuditEntry {
            id: Uuid::now_v7(),
            at: now,
            user_id: record.user_id,
            organisation_id: record.organisation_id,
            role: record.role,
            operation: record.operation,
            entity_type: record.entity_type,
            entity_id: record.entity_id,
            outcome: record.outcome,
            client_address: record.client_address,
            request_id: record.request_id,
            reason: record.reason,
        };
        let hash = chain_hash(&previous, seq, &entry);
        rows.push(audit_entry::ActiveModel {
            id: Set(entry.id),
            at: Set(entry.at),
            user_id: Set(entry.user_id),
            organisation_id: Set(entry.organisation_id),
            role: Set(entry.role.map(|r| r.to_string())),
            operation: Set(entry.operation),
            entity_type: Set(entry.entity_type),
            entity_id: Set(entry.entity_id),
            outcome: Set(entry.outcome.to_string()),
            client_address: Set(entry.client_address),
            request_id: Set(entry.request_id),
            reason: Set(entry.reason),
            seq: Set(Some(seq)),
            hash: Set(Some(hash.clone())),
        });
        previous = hash;
    }
    audit_entry::Entity::insert_many(rows).exec(db).await?;
    audit_chain::Entity::update_many()
        .col_expr(audit_chain::Column::Seq, Expr::value(seq))
        .col_expr(audit_chain::Column::Hash, Expr::value(previous))
        .filter(audit_chain::Column::Id.eq(HEAD))
        .exec(db)
        .await?;
    Ok(())
}

/// An entry with the names an auditor reads: the acting user's and their organisation's
/// (`None` when there was none, or it is gone).
#[derive(Debug, Clone)]
pub struct AuditLine {
    pub entry: AuditEntry,
    /// The entry's link in the hash chain (`None` only for an entry the chain has not reached,
    /// which [`verify`] reports).
    pub hash: Option<String>,
    pub user_name: Option<String>,
    pub organisation_name: Option<String>,
}

/// The log, newest first, `first` at a time.
pub async fn list(
    db: &Database,
    filter: &AuditFilter,
    after: Option<Uuid>,
    first: u64,
) -> Result<Page<AuditLine>, PersistenceError> {
    let mut condition = Condition::all();
    if let Some(id) = filter.user_id {
        condition = condition.add(Column::UserId.eq(id));
    }
    if let Some(id) = filter.organisation_id {
        condition = condition.add(Column::OrganisationId.eq(id));
    }
    if let Some(entity_type) = &filter.entity_type {
        condition = condition.add(Column::EntityType.eq(entity_type.as_str()));
    }
    if let Some(id) = filter.entity_id {
        condition = condition.add(Column::EntityId.eq(id));
    }
    if let Some(operation) = &filter.operation {
        condition = condition.add(Column::Operation.eq(operation.as_str()));
    }
    if let Some(request_id) = &filter.request_id {
        condition = condition.add(Column::RequestId.eq(request_id.as_str()));
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
    let page = Page::from_overfetch(rows, first)
        .try_map(|row| Ok::<_, PersistenceError>((row.hash.clone(), to_domain(row)?)))?;
    let mut users: Vec<Uuid> = page.items.iter().filter_map(|(_, e)| e.user_id).collect();
    users.sort_unstable();
    users.dedup();
    let mut organisations: Vec<Uuid> = page
        .items
        .iter()
        .filter_map(|(_, e)| e.organisation_id)
        .collect();
    organisations.sort_unstable();
    organisations.dedup();
    let user_names: HashMap<Uuid, String> = if users.is_empty() {
        HashMap::new()
    } else {
        user::Entity::find()
            .select_only()
            .columns([user::Column::Id, user::Column::DisplayName])
            .filter(user::Column::Id.is_in(users))
            .into_tuple::<(Uuid, String)>()
            .all(db)
            .await?
            .into_iter()
            .collect()
    };
    let organisation_names: HashMap<Uuid, String> = if organisations.is_empty() {
        HashMap::new()
    } else {
        organisation::Entity::find()
            .select_only()
            .columns([organisation::Column::Id, organisation::Column::Name])
            .filter(organisation::Column::Id.is_in(organisations))
            .into_tuple::<(Uuid, String)>()
            .all(db)
            .await?
            .into_iter()
            .collect()
    };
    Ok(page.map(|(hash, entry)| AuditLine {
        hash,
        user_name: entry.user_id.and_then(|id| user_names.get(&id).cloned()),
        organisation_name: entry
            .organisation_id
            .and_then(|id| organisation_names.get(&id).cloned()),
        entry,
    }))
}

/// What [`verify`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainReport {
    /// Every entry follows the one before, and the head names the last. `entries` counts the
    /// entries kept; `pruned` those before them that retention deleted (the chain is checked
    /// from the checkpoint they left, the place and hash of the last one).
    Intact { entries: i64, pruned: i64 },
    /// The first entry that does not follow from the one before it (changed, or something
    /// before it was removed or changed), or the last one when entries after it are gone.
    Broken {
        id: Uuid,
        at: DateTime<Utc>,
        seq: Option<i64>,
        problem: String,
    },
}

/// How many entries [`verify`] reads at a time.
const VERIFY_BATCH: u64 = 1_000;

/// Walks the chain in order from the retention checkpoint (the start, when nothing was pruned)
/// and reports the first broken link.
pub async fn verify(db: &Database) -> Result<ChainReport, PersistenceError> {
    let broken = |row: &audit_entry::Model, problem: &str| ChainReport::Broken {
        id: row.id,
        at: row.at,
        seq: row.seq,
        problem: problem.to_owned(),
    };
    if let Some(row) = audit_entry::Entity::find()
        .filter(
            Condition::any()
                .add(Column::Seq.is_null())
                .add(Column::Hash.is_null()),
        )
        .order_by_asc(Column::Id)
        .one(db)
        .await?
    {
        return Ok(broken(&row, "it has no place in the chain"));
    }
    let head = audit_chain::Entity::find_by_id(HEAD).one(db).await?;
    let (pruned, mut previous) = head.as_ref().map_or_else(
        || (0, GENESIS.to_owned()),
        |head| (head.pruned_seq, head.pruned_hash.clone()),
    );
    let mut seq: i64 = pruned;
    let mut last: Option<audit_entry::Model> = None;
    loop {
        let rows = audit_entry::Entity::find()
            .filter(Column::Seq.gt(seq))
            .order_by_asc(Column::Seq)
            .limit(VERIFY_BATCH)
            .all(db)
            .await?;
        let done = (rows.len() as u64) < VERIFY_BATCH;
        for row in rows {
            let place = row.seq.unwrap_or_default();
            if place != seq + 1 {
                return Ok(broken(
                    &row,
                    &format!("entry {} before it is missing", seq + 1),
                ));
            }
            let stored = row.hash.clone().unwrap_or_default();
            let entry = match to_domain(row.clone()) {
                Ok(entry) => entry,
                Err(_) => return Ok(broken(&row, "it holds a value no entry can have")),
            };
            if chain_hash(&previous, place, &entry) != stored {
                return Ok(broken(
                    &row,
                    "its content or the entry before it was changed",
                ));
            }
            previous = stored;
            seq = place;
            last = Some(row);
        }
        if done {
            break;
        }
    }
    let head_matches = head
        .as_ref()
        .is_some_and(|head| head.seq == seq && head.hash == previous);
    match (head_matches, last) {
        (true, _) => Ok(ChainReport::Intact {
            entries: seq - pruned,
            pruned,
        }),
        (false, Some(last)) => Ok(broken(
            &last,
            "the chain's head does not end here: entries after it are gone",
        )),
        (false, None) => Err(PersistenceError::Corrupt(
            "the audit log is empty but its chain's head names entries".into(),
        )),
    }
}

/// What pruning the log would delete, or deleted: entries `1..=through` are gone, `count` of
/// them by this prune.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pruned {
    pub count: u64,
    pub through: i64,
}

/// The place of the last entry a prune of everything written before `before` may delete: the
/// entries are deleted from the start of the chain up to (not including) the first entry kept,
/// so the kept ones still form one chain from the checkpoint. An entry written before `before`
/// but placed after a newer one stays until that one goes.
async fn prune_boundary(
    db: &impl ConnectionTrait,
    head: &audit_chain::Model,
    before: DateTime<Utc>,
) -> Result<i64, DbErr> {
    let first_kept: Option<Option<i64>> = audit_entry::Entity::find()
        .select_only()
        .column_as(Column::Seq.min(), "first")
        .filter(Column::At.gte(before))
        .filter(Column::Seq.gt(head.pruned_seq))
        .into_tuple()
        .one(db)
        .await?;
    Ok(match first_kept.flatten() {
        Some(first) => first - 1,
        None => head.seq,
    })
}

/// How many entries [`prune`] would delete now (nothing is changed).
pub async fn count_prunable(
    db: &Database,
    before: DateTime<Utc>,
) -> Result<Pruned, PersistenceError> {
    let Some(head) = audit_chain::Entity::find_by_id(HEAD).one(db).await? else {
        return Ok(Pruned::default());
    };
    let through = prune_boundary(db, &head, before).await?;
    if through <= head.pruned_seq {
        return Ok(Pruned {
            count: 0,
            through: head.pruned_seq,
        });
    }
    let count = audit_entry::Entity::find()
        .filter(Column::Seq.gt(head.pruned_seq))
        .filter(Column::Seq.lte(through))
        .count(db)
        .await?;
    Ok(Pruned { count, through })
}

/// Deletes the entries written before `before`, from the start of the chain, and moves the
/// checkpoint to the last one deleted, in one write transaction holding the chain's head (so no
/// entry is appended meanwhile). When something was deleted, `record` is appended to say so
/// (its `reason` completed with the range), in the same transaction. Pruning again deletes
/// nothing more.
pub async fn prune(
    db: &Database,
    _permit: skupaj_domain::access::Permit,
    before: DateTime<Utc>,
    record: AuditRecord,
) -> Result<Pruned, PersistenceError> {
    let txn = begin_write(db).await?;
    audit_chain::Entity::update_many()
        .col_expr(
            audit_chain::Column::Seq,
            Expr::col(audit_chain::Column::Seq),
        )
        .filter(audit_chain::Column::Id.eq(HEAD))
        .exec(&*txn)
        .await?;
    let Some(head) = audit_chain::Entity::find_by_id(HEAD).one(&*txn).await? else {
        return Ok(Pruned::default());
    };
    let through = prune_boundary(&*txn, &head, before).await?;
    if through <= head.pruned_seq {
        return Ok(Pruned {
            count: 0,
            through: head.pruned_seq,
        });
    }
    let last = audit_entry::Entity::find()
        .filter(Column::Seq.eq(through))
        .one(&*txn)
        .await?
        .and_then(|row| row.hash)
        .ok_or_else(|| {
            PersistenceError::Corrupt(format!(
                "audit entry {through} is missing: run `skupaj audit verify`"
            ))
        })?;
    let deleted = audit_entry::Entity::delete_many()
        .filter(Column::Seq.lte(through))
        .exec(&*txn)
        .await?
        .rows_affected;
    audit_chain::Entity::update_many()
        .col_expr(audit_chain::Column::PrunedSeq, Expr::value(through))
        .col_expr(audit_chain::Column::PrunedHash, Expr::value(last))
        .filter(audit_chain::Column::Id.eq(HEAD))
        .exec(&*txn)
        .await?;
    let mut record = record;
    record.reason = Some(format!(
        "{}entries up to number {through}, written before {}",
        record
            .reason
            .map(|reason| format!("{reason}: "))
            .unwrap_or_default(),
        before.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    ));
    insert(&*txn, vec![record]).await?;
    txn.commit().await?;
    Ok(Pruned {
        count: deleted,
        through,
    })
}

pub(crate) fn to_domain(row: audit_entry::Model) -> Result<AuditEntry, PersistenceError> {
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
        request_id: row.request_id,
        reason: row.reason,
    })
}

//! Rectification: correcting a life-card entry or a referral note. Each correction is one
//! conditional UPDATE (the text must still be the one the corrector saw, else `Stale`) plus
//! the revision keeping the replaced text, in one transaction with the audit entry.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use skupaj_domain::life_card::LifeEntry;
use skupaj_domain::rectification::Revision;
use skupaj_domain::referral::ReferralNote;
use uuid::Uuid;

use crate::entity::{life_entry, life_entry_revision, referral_note, referral_note_revision};
use crate::error::parse_stored;
use crate::{Database, PersistenceError};

/// Who corrects: the user and the organisation they act for.
#[derive(Debug, Clone, Copy)]
pub struct Corrector {
    pub user_id: Uuid,
    pub organisation_id: Uuid,
}

/// A life-card entry by id.
pub async fn life_entry(db: &Database, id: Uuid) -> Result<Option<LifeEntry>, PersistenceError> {
    life_entry::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|row| {
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
        })
        .transpose()
}

/// A referral note by id.
pub async fn referral_note(
    db: &Database,
    id: Uuid,
) -> Result<Option<ReferralNote>, PersistenceError> {
    Ok(referral_note::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|row| ReferralNote {
            id: row.id,
            referral_id: row.referral_id,
            author_user_id: row.author_user_id,
            author_organisation_id: row.author_organisation_id,
            body: row.body,
            created_at: row.created_at,
        }))
}

/// Replaces `entry`'s note with `note`, keeping the old one as a revision.
pub async fn correct_life_entry(
    db: &Database,
    entry: &LifeEntry,
    note: String,
    by: Corrector,
) -> Result<LifeEntry, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let updated = life_entry::Entity::update_many()
        .col_expr(life_entry::Column::Note, Expr::value(note.clone()))
        .filter(life_entry::Column::Id.eq(entry.id))
        .filter(life_entry::Column::Note.eq(entry.note.as_str()))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        txn.rollback().await?;
        return Err(PersistenceError::Stale);
    }
    life_entry_revision::ActiveModel {
        id: Set(Uuid::now_v7()),
        entry_id: Set(entry.id),
        note: Set(entry.note.clone()),
        replaced_at: Set(Utc::now()),
        replaced_by_user_id: Set(by.user_id),
        replaced_by_organisation_id: Set(by.organisation_id),
    }
    .insert(&*txn)
    .await?;
    crate::audit::commit(txn).await?;
    Ok(LifeEntry {
        note,
        ..entry.clone()
    })
}

/// Replaces `note`'s body with `body`, keeping the old one as a revision.
pub async fn correct_referral_note(
    db: &Database,
    note: &ReferralNote,
    body: String,
    by: Corrector,
) -> Result<ReferralNote, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let updated = referral_note::Entity::update_many()
        .col_expr(referral_note::Column::Body, Expr::value(body.clone()))
        .filter(referral_note::Column::Id.eq(note.id))
        .filter(referral_note::Column::Body.eq(note.body.as_str()))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        txn.rollback().await?;
        return Err(PersistenceError::Stale);
    }
    referral_note_revision::ActiveModel {
        id: Set(Uuid::now_v7()),
        note_id: Set(note.id),
        body: Set(note.body.clone()),
        replaced_at: Set(Utc::now()),
        replaced_by_user_id: Set(by.user_id),
        replaced_by_organisation_id: Set(by.organisation_id),
    }
    .insert(&*txn)
    .await?;
    crate::audit::commit(txn).await?;
    Ok(ReferralNote {
        body,
        ..note.clone()
    })
}

/// The revisions of these life-card entries, oldest first, in one statement.
pub async fn life_entry_revisions(
    db: &Database,
    entries: &[Uuid],
) -> Result<HashMap<Uuid, Vec<Revision>>, PersistenceError> {
    let mut found: HashMap<Uuid, Vec<Revision>> = HashMap::new();
    for row in life_entry_revision::Entity::find()
        .filter(life_entry_revision::Column::EntryId.is_in(entries.iter().copied()))
        .order_by_asc(life_entry_revision::Column::Id)
        .all(db)
        .await?
    {
        found.entry(row.entry_id).or_default().push(Revision {
            id: row.id,
            text: row.note,
            replaced_at: row.replaced_at,
            replaced_by_user_id: row.replaced_by_user_id,
            replaced_by_organisation_id: row.replaced_by_organisation_id,
        });
    }
    Ok(found)
}

/// The revisions of these referral notes, oldest first, in one statement.
pub async fn referral_note_revisions(
    db: &Database,
    notes: &[Uuid],
) -> Result<HashMap<Uuid, Vec<Revision>>, PersistenceError> {
    let mut found: HashMap<Uuid, Vec<Revision>> = HashMap::new();
    for row in referral_note_revision::Entity::find()
        .filter(referral_note_revision::Column::NoteId.is_in(notes.iter().copied()))
        .order_by_asc(referral_note_revision::Column::Id)
        .all(db)
        .await?
    {
        found.entry(row.note_id).or_default().push(Revision {
            id: row.id,
            text: row.body,
            replaced_at: row.replaced_at,
            replaced_by_user_id: row.replaced_by_user_id,
            replaced_by_organisation_id: row.replaced_by_organisation_id,
        });
    }
    Ok(found)
}

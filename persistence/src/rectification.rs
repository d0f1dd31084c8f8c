//! Rectification: correcting a life-card entry or a referral note. Both are one correction
//! ([`correct`], over the table, its text column and its revision table): a conditional UPDATE
//! (the text must still be the one the corrector saw, else `Stale`) plus the revision keeping
//! the replaced text, in one transaction with the audit entry.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelBehavior, ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, Set,
};
use skupaj_domain::access::Permit;
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
    permit: Permit,
    entry: &LifeEntry,
    note: String,
    by: Corrector,
) -> Result<LifeEntry, PersistenceError> {
    let revision = life_entry_revision::ActiveModel {
        id: Set(Uuid::now_v7()),
        entry_id: Set(entry.id),
        note: Set(entry.note.clone()),
        replaced_at: Set(Utc::now()),
        replaced_by_user_id: Set(by.user_id),
        replaced_by_organisation_id: Set(by.organisation_id),
    };
    let text = Text::<life_entry::Entity> {
        id: life_entry::Column::Id,
        text: life_entry::Column::Note,
    };
    correct(db, permit, text, entry.id, &entry.note, &note, revision).await?;
    Ok(LifeEntry {
        note,
        ..entry.clone()
    })
}

/// Replaces `note`'s body with `body`, keeping the old one as a revision.
pub async fn correct_referral_note(
    db: &Database,
    permit: Permit,
    note: &ReferralNote,
    body: String,
    by: Corrector,
) -> Result<ReferralNote, PersistenceError> {
    let revision = referral_note_revision::ActiveModel {
        id: Set(Uuid::now_v7()),
        note_id: Set(note.id),
        body: Set(note.body.clone()),
        replaced_at: Set(Utc::now()),
        replaced_by_user_id: Set(by.user_id),
        replaced_by_organisation_id: Set(by.organisation_id),
    };
    let text = Text::<referral_note::Entity> {
        id: referral_note::Column::Id,
        text: referral_note::Column::Body,
    };
    correct(db, permit, text, note.id, &note.body, &body, revision).await?;
    Ok(ReferralNote {
        body,
        ..note.clone()
    })
}

/// A correctable text: the table (entity), its id column and its text column.
struct Text<E: EntityTrait> {
    id: E::Column,
    text: E::Column,
}

/// The one correction: a conditional UPDATE of the text of row `id` from `seen` (what the
/// corrector saw, else `Stale`) to `corrected`, plus the `revision` row keeping `seen`, in one
/// transaction with the audit entry.
async fn correct<E, R>(
    db: &Database,
    _permit: Permit,
    text: Text<E>,
    id: Uuid,
    seen: &str,
    corrected: &str,
    revision: R,
) -> Result<(), PersistenceError>
where
    E: EntityTrait,
    R: ActiveModelTrait + ActiveModelBehavior + Send,
    <R::Entity as EntityTrait>::Model: IntoActiveModel<R>,
{
    let txn = crate::database::begin_write(db).await?;
    let updated = E::update_many()
        .col_expr(text.text, Expr::value(corrected.to_owned()))
        .filter(text.id.eq(id))
        .filter(text.text.eq(seen))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        txn.rollback().await?;
        return Err(PersistenceError::Stale);
    }
    revision.insert(&*txn).await?;
    crate::audit::commit(txn).await?;
    Ok(())
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

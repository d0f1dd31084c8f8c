//! Loading many rows at once, for the benchmark data generator (`skupaj-bench seed`).
//!
//! Each function writes its rows as multi-row `INSERT`s in the caller's transaction, encoded
//! exactly as the one-at-a-time writes encode them, so the application reads generated data the
//! way it reads its own. Nothing here checks a rule of the domain, raises a notification or
//! writes history: the generator builds values that already hold, and the application never
//! calls these.

use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set};
use skupaj_domain::consent::Consent;
use skupaj_domain::participant::Participant;
use skupaj_domain::programme::Programme;
use skupaj_domain::referral::Referral;

use crate::entity::programme_attribute;
use crate::{PersistenceError, consents, participants, programmes, referrals};

/// Rows per statement: well under the bound-parameter limits of SQLite (32,766) and PostgreSQL
/// (65,535) for the widest table here (about 30 columns).
const ROWS_PER_STATEMENT: usize = 500;

/// Inserts participants with their given ids, reference codes and owners.
pub async fn insert_participants(
    txn: &impl ConnectionTrait,
    rows: &[Participant],
) -> Result<(), PersistenceError> {
    insert_chunked(
        txn,
        rows.iter().map(|p| {
            let mut row = participants::profile_columns(&p.profile);
            row.id = Set(p.id);
            row.reference_code = Set(p.reference_code.clone());
            row.owner_organisation_id = Set(p.owner_organisation_id);
            row.created_at = Set(p.created_at);
            row.updated_at = Set(p.updated_at);
            row
        }),
    )
    .await
}

/// Inserts consents, each recorded by the user at the same place in `recorded_by`.
pub async fn insert_consents(
    txn: &impl ConnectionTrait,
    rows: &[Consent],
    recorded_by: &[uuid::Uuid],
) -> Result<(), PersistenceError> {
    insert_chunked(
        txn,
        rows.iter()
            .zip(recorded_by)
            .map(|(c, by)| consents::columns(c, *by)),
    )
    .await
}

/// Inserts programmes (without partners) and their searchable attributes.
pub async fn insert_programmes(
    txn: &impl ConnectionTrait,
    rows: &[Programme],
) -> Result<(), PersistenceError> {
    insert_chunked(
        txn,
        rows.iter().map(|p| {
            let mut row = programmes::profile_columns(&p.profile);
            row.id = Set(p.id);
            row.lead_organisation_id = Set(p.lead_organisation_id);
            row.status = Set(p.status.to_string());
            row.enrolled_count = Set(i32::try_from(p.enrolled_count).unwrap_or(i32::MAX));
            row.next_position = Set(0);
            row.created_at = Set(p.created_at);
            row.updated_at = Set(p.created_at);
            row
        }),
    )
    .await?;
    let attributes: Vec<programme_attribute::ActiveModel> = rows
        .iter()
        .flat_map(|p| programmes::attribute_rows(p.id, &p.profile))
        .collect();
    insert_chunked(txn, attributes).await
}

/// Inserts referrals as they stand, without their history.
pub async fn insert_referrals(
    txn: &impl ConnectionTrait,
    rows: &[Referral],
) -> Result<(), PersistenceError> {
    insert_chunked(txn, rows.iter().map(referrals::columns)).await
}

async fn insert_chunked<A>(
    txn: &impl ConnectionTrait,
    rows: impl IntoIterator<Item = A>,
) -> Result<(), PersistenceError>
where
    A: ActiveModelTrait + Send,
{
    let mut chunk = Vec::with_capacity(ROWS_PER_STATEMENT);
    for row in rows {
        chunk.push(row);
        if chunk.len() == ROWS_PER_STATEMENT {
            A::Entity::insert_many(std::mem::take(&mut chunk))
                .exec_without_returning(txn)
                .await?;
        }
    }
    if !chunk.is_empty() {
        A::Entity::insert_many(chunk)
            .exec_without_returning(txn)
            .await?;
    }
    Ok(())
}

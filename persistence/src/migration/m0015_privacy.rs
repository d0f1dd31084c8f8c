//! Privacy (issue 17). The audit log becomes a hash chain: every entry gets its place in the
//! chain (`seq`) and its hash (`domain::audit::chain_hash`), and `audit_chain` holds the chain's
//! head (one row), which each append locks, so entries are chained one after the other even
//! with several instances writing. Entries already written are chained here, in id order.
//! Entries also gain the request id and, for reads under emergency access, the grant's reason.
//!
//! Rectification: `life_entry_revisions` and `referral_note_revisions` keep the text a
//! correction replaced, who replaced it and when; they go with their entry or note.

use sea_orm::ConnectionTrait;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    big_integer, big_integer_null, integer, string_len, string_len_null, text, text_null,
    timestamp_with_time_zone, uuid,
};
use skupaj_domain::audit::{AuditEntry, GENESIS, chain_hash};

use super::helpers::{cascading_foreign_key, foreign_key, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum AuditLog {
    Table,
    Id,
    At,
    UserId,
    OrganisationId,
    Role,
    Operation,
    EntityType,
    EntityId,
    Outcome,
    ClientAddress,
    RequestId,
    Reason,
    Seq,
    Hash,
}

#[derive(Iden)]
enum AuditChain {
    Table,
    Id,
    Seq,
    Hash,
}

#[derive(Iden)]
enum LifeEntries {
    Table,
    Id,
}

#[derive(Iden)]
enum ReferralNotes {
    Table,
    Id,
}

#[derive(Iden)]
enum Users {
    Table,
    Id,
}

#[derive(Iden)]
enum Organisations {
    Table,
    Id,
}

#[derive(Iden)]
enum LifeEntryRevisions {
    Table,
    Id,
    EntryId,
    Note,
    ReplacedAt,
    ReplacedByUserId,
    ReplacedByOrganisationId,
}

#[derive(Iden)]
enum ReferralNoteRevisions {
    Table,
    Id,
    NoteId,
    Body,
    ReplacedAt,
    ReplacedByUserId,
    ReplacedByOrganisationId,
}

/// A request id is at most 64 characters (`http::client::valid_request_id`).
const REQUEST_ID_LEN: u32 = 64;
/// A SHA-256 in hex.
const HASH_LEN: u32 = 64;

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            string_len_null(AuditLog::RequestId, REQUEST_ID_LEN),
            text_null(AuditLog::Reason),
            big_integer_null(AuditLog::Seq),
            string_len_null(AuditLog::Hash, HASH_LEN),
        ] {
            let mut column = column;
            manager
                .alter_table(
                    Table::alter()
                        .table(AuditLog::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_log_seq")
                    .table(AuditLog::Table)
                    .col(AuditLog::Seq)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditChain::Table)
                    .col(integer(AuditChain::Id).primary_key())
                    .col(big_integer(AuditChain::Seq))
                    .col(string_len(AuditChain::Hash, HASH_LEN))
                    .to_owned(),
            )
            .await?;
        chain_existing(manager).await?;
        manager
            .create_table(
                Table::create()
                    .table(LifeEntryRevisions::Table)
                    .col(uuid(LifeEntryRevisions::Id).primary_key())
                    .col(uuid(LifeEntryRevisions::EntryId))
                    .col(text(LifeEntryRevisions::Note))
                    .col(timestamp_with_time_zone(LifeEntryRevisions::ReplacedAt))
                    .col(uuid(LifeEntryRevisions::ReplacedByUserId))
                    .col(uuid(LifeEntryRevisions::ReplacedByOrganisationId))
                    .foreign_key(&mut cascading_foreign_key(
                        (LifeEntryRevisions::Table, LifeEntryRevisions::EntryId),
                        (LifeEntries::Table, LifeEntries::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (
                            LifeEntryRevisions::Table,
                            LifeEntryRevisions::ReplacedByUserId,
                        ),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (
                            LifeEntryRevisions::Table,
                            LifeEntryRevisions::ReplacedByOrganisationId,
                        ),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_life_entry_revisions_entry",
            LifeEntryRevisions::Table,
            vec![
                LifeEntryRevisions::EntryId.into_iden(),
                LifeEntryRevisions::Id.into_iden(),
            ],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(ReferralNoteRevisions::Table)
                    .col(uuid(ReferralNoteRevisions::Id).primary_key())
                    .col(uuid(ReferralNoteRevisions::NoteId))
                    .col(text(ReferralNoteRevisions::Body))
                    .col(timestamp_with_time_zone(ReferralNoteRevisions::ReplacedAt))
                    .col(uuid(ReferralNoteRevisions::ReplacedByUserId))
                    .col(uuid(ReferralNoteRevisions::ReplacedByOrganisationId))
                    .foreign_key(&mut cascading_foreign_key(
                        (ReferralNoteRevisions::Table, ReferralNoteRevisions::NoteId),
                        (ReferralNotes::Table, ReferralNotes::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (
                            ReferralNoteRevisions::Table,
                            ReferralNoteRevisions::ReplacedByUserId,
                        ),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (
                            ReferralNoteRevisions::Table,
                            ReferralNoteRevisions::ReplacedByOrganisationId,
                        ),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_referral_note_revisions_note",
            ReferralNoteRevisions::Table,
            vec![
                ReferralNoteRevisions::NoteId.into_iden(),
                ReferralNoteRevisions::Id.into_iden(),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ReferralNoteRevisions::Table.into_iden(),
            LifeEntryRevisions::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .drop_table(Table::drop().table(AuditChain::Table).to_owned())
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("idx_audit_log_seq")
                    .table(AuditLog::Table)
                    .to_owned(),
            )
            .await?;
        for column in [
            AuditLog::RequestId,
            AuditLog::Reason,
            AuditLog::Seq,
            AuditLog::Hash,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(AuditLog::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

/// Chains the entries already written, oldest first, and writes the chain's head.
async fn chain_existing(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let backend = manager.get_database_backend();
    let select = Query::select()
        .columns([
            AuditLog::Id,
            AuditLog::At,
            AuditLog::UserId,
            AuditLog::OrganisationId,
            AuditLog::Role,
            AuditLog::Operation,
            AuditLog::EntityType,
            AuditLog::EntityId,
            AuditLog::Outcome,
            AuditLog::ClientAddress,
        ])
        .from(AuditLog::Table)
        .order_by(AuditLog::Id, Order::Asc)
        .to_owned();
    let rows = db.query_all_raw(backend.build(&select)).await?;
    let mut previous = GENESIS.to_owned();
    let mut seq: i64 = 0;
    for row in rows {
        let at: chrono::DateTime<chrono::Utc> = row.try_get("", "at")?;
        let role: Option<String> = row.try_get("", "role")?;
        let outcome: String = row.try_get("", "outcome")?;
        let entry = AuditEntry {
            id: row.try_get("", "id")?,
            at: crate::audit::stored_time(at),
            user_id: row.try_get("", "user_id")?,
            organisation_id: row.try_get("", "organisation_id")?,
            role: role
                .map(|role| role.parse())
                .transpose()
                .map_err(|_| DbErr::Custom("audit_log.role holds an unknown role".into()))?,
            operation: row.try_get("", "operation")?,
            entity_type: row.try_get("", "entity_type")?,
            entity_id: row.try_get("", "entity_id")?,
            outcome: outcome
                .parse()
                .map_err(|_| DbErr::Custom("audit_log.outcome holds an unknown outcome".into()))?,
            client_address: row.try_get("", "client_address")?,
            request_id: None,
            reason: None,
        };
        seq += 1;
        let hash = chain_hash(&previous, seq, &entry);
        let update = Query::update()
            .table(AuditLog::Table)
            .values([
                (AuditLog::At, entry.at.into()),
                (AuditLog::Seq, seq.into()),
                (AuditLog::Hash, hash.clone().into()),
            ])
            .and_where(Expr::col(AuditLog::Id).eq(entry.id))
            .to_owned();
        db.execute_raw(backend.build(&update)).await?;
        previous = hash;
    }
    let head = Query::insert()
        .into_table(AuditChain::Table)
        .columns([AuditChain::Id, AuditChain::Seq, AuditChain::Hash])
        .values_panic([1.into(), seq.into(), previous.into()])
        .to_owned();
    db.execute_raw(backend.build(&head)).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use sea_orm::ConnectionTrait;
    use sea_orm_migration::MigratorTrait;
    use sea_orm_migration::prelude::*;

    use super::AuditLog;

    use crate::audit::{self, ChainReport};
    use crate::migration::Migrator;

    /// Entries written before the chain existed are chained by the migration, and the chain
    /// goes on from them.
    #[tokio::test]
    async fn entries_already_written_are_chained() {
        let path = std::env::temp_dir().join(format!("skupaj-m0015-{}.db", uuid::Uuid::now_v7()));
        let db = crate::connect(&format!("sqlite://{}?mode=rwc", path.display()))
            .await
            .expect("connect");
        let before = Migrator::migrations()
            .iter()
            .position(|m| m.name() == "m0015_privacy")
            .expect("m0015 is listed");
        Migrator::up(
            &db,
            Some(<u32 as TryFrom<usize>>::try_from(before).expect("few migrations")),
        )
        .await
        .expect("migrate up to m0015");
        for (i, nanos) in [123_456_789u32, 0].into_iter().enumerate() {
            let at =
                chrono::DateTime::from_timestamp(1_767_261_600 + i as i64, nanos).expect("a time");
            let insert = Query::insert()
                .into_table(AuditLog::Table)
                .columns([
                    AuditLog::Id,
                    AuditLog::At,
                    AuditLog::Operation,
                    AuditLog::Outcome,
                    AuditLog::ClientAddress,
                ])
                .values_panic([
                    uuid::Uuid::now_v7().into(),
                    at.into(),
                    "readParticipant".into(),
                    "ALLOWED".into(),
                    format!("192.0.2.{i}").into(),
                ])
                .to_owned();
            db.execute_raw(db.get_database_backend().build(&insert))
                .await
                .expect("an old entry");
        }
        Migrator::up(&db, None).await.expect("migrate m0015");
        assert_eq!(
            audit::verify(&db).await.expect("verify"),
            ChainReport::Intact {
                entries: 2,
                pruned: 0
            }
        );
        audit::append(
            &db,
            vec![skupaj_domain::audit::AuditRecord {
                user_id: None,
                organisation_id: None,
                role: None,
                operation: "login".into(),
                entity_type: None,
                entity_id: None,
                outcome: skupaj_domain::audit::AuditOutcome::Denied,
                client_address: None,
                request_id: Some("r1".into()),
                reason: None,
            }],
        )
        .await
        .expect("append");
        assert_eq!(
            audit::verify(&db).await.expect("verify"),
            ChainReport::Intact {
                entries: 3,
                pruned: 0
            }
        );
        drop(db);
        let _ = std::fs::remove_file(&path);
    }
}

//! Retention: the audit chain's head also keeps a checkpoint, the place and hash of the last
//! entry pruned, so the chain is verified from there once entries older than the retention
//! period are deleted. An unpruned log's checkpoint is the start of the chain (0, `GENESIS`).

use sea_orm_migration::{prelude::*, schema::*};
use skupaj_domain::audit::GENESIS;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum AuditChain {
    Table,
    PrunedSeq,
    PrunedHash,
}

/// A SHA-256 in hex.
const HASH_LEN: u32 = 64;

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one thing at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(AuditChain::Table)
                    .add_column(big_integer(AuditChain::PrunedSeq).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(AuditChain::Table)
                    .add_column(string_len(AuditChain::PrunedHash, HASH_LEN).default(GENESIS))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [AuditChain::PrunedHash, AuditChain::PrunedSeq] {
            manager
                .alter_table(
                    Table::alter()
                        .table(AuditChain::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

//! The client's address on every audit entry: the socket's peer, or the client a trusted
//! reverse proxy forwarded for, so an auditor behind a proxy sees who called, not the proxy.
//! Entries written before this migration have none.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::string_len_null;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum AuditLog {
    Table,
    ClientAddress,
}

/// The longest textual IPv6 address (an IPv4-mapped one in full) is 45 characters.
const ADDRESS_LEN: u32 = 45;

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(AuditLog::Table)
                    .add_column(string_len_null(AuditLog::ClientAddress, ADDRESS_LEN))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(AuditLog::Table)
                    .drop_column(AuditLog::ClientAddress)
                    .to_owned(),
            )
            .await
    }
}

//! Failed sign-in and refresh attempts, for rate limiting shared by every instance.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum AuthAttempts {
    Table,
    Id,
    Key,
    At,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuthAttempts::Table)
                    .col(pk_uuid(AuthAttempts::Id))
                    .col(string_len(AuthAttempts::Key, 100))
                    .col(timestamp_with_time_zone(AuthAttempts::At))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_auth_attempts_key_at")
                    .table(AuthAttempts::Table)
                    .col(AuthAttempts::Key)
                    .col(AuthAttempts::At)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_auth_attempts_at")
                    .table(AuthAttempts::Table)
                    .col(AuthAttempts::At)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AuthAttempts::Table).to_owned())
            .await
    }
}

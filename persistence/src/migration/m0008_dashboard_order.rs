//! The municipal dashboard lists referrals of one status newest first: an index on
//! (status, id) lets it walk that order and stop after a page, whatever the table's size.

use sea_orm_migration::prelude::*;

use super::helpers::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum Referrals {
    Table,
    Status,
    Id,
}

const NAME: &str = "idx_referrals_status_id";

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        index(
            manager,
            NAME,
            Referrals::Table,
            vec![Referrals::Status.into_iden(), Referrals::Id.into_iden()],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name(NAME).table(Referrals::Table).to_owned())
            .await
    }
}

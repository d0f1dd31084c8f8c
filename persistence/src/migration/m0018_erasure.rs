//! Erasure: a participant's record is marked erased (and left out of lists), and each erasure is
//! kept with who erased and why, never with whom it erased.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum Participants {
    Table,
    ErasedAt,
}

#[derive(Iden)]
enum Erasures {
    Table,
    Id,
    OrganisationId,
    ErasedBy,
    Reason,
    At,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Participants::Table)
                    .add_column(
                        ColumnDef::new(Participants::ErasedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Erasures::Table)
                    .col(pk_uuid(Erasures::Id))
                    .col(uuid(Erasures::OrganisationId))
                    .col(uuid(Erasures::ErasedBy))
                    .col(text(Erasures::Reason))
                    .col(timestamp_with_time_zone(Erasures::At))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Erasures::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Participants::Table)
                    .drop_column(Participants::ErasedAt)
                    .to_owned(),
            )
            .await
    }
}

//! Merging two records of one person: the retired record keeps a pointer to the survivor
//! (`merged_into`) and when it was merged, and is left out of every read of participants.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum Participants {
    Table,
    MergedInto,
    MergedAt,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(Participants::Table)
                    .add_column(ColumnDef::new(Participants::MergedInto).uuid().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Participants::Table)
                    .add_column(
                        ColumnDef::new(Participants::MergedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Participants::MergedAt, Participants::MergedInto] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Participants::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

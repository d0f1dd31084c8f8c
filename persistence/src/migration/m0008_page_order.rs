//! Indexes that let the busiest lists walk their page order and stop: the municipal dashboard
//! (referrals of one status, newest first) and matching's local candidates (programmes in one
//! municipality, newest first), whatever the tables' size.

use sea_orm_migration::prelude::*;

use super::helpers::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum Programmes {
    Table,
    Municipality,
    Id,
}

#[derive(Iden)]
enum Referrals {
    Table,
    Status,
    Id,
}

const REFERRALS_STATUS_ID: &str = "idx_referrals_status_id";
const PROGRAMMES: &str = "idx_programmes_municipality_id";

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        index(
            manager,
            REFERRALS_STATUS_ID,
            Referrals::Table,
            vec![Referrals::Status.into_iden(), Referrals::Id.into_iden()],
        )
        .await?;
        index(
            manager,
            PROGRAMMES,
            Programmes::Table,
            vec![
                Programmes::Municipality.into_iden(),
                Programmes::Id.into_iden(),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(PROGRAMMES)
                    .table(Programmes::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name(REFERRALS_STATUS_ID)
                    .table(Referrals::Table)
                    .to_owned(),
            )
            .await
    }
}

//! Emergency access ("break-the-glass"): each grant, with who holds it (user and the
//! organisation they acted in), for which participant, why, and until when. Grants are only
//! inserted; erasure replaces the reason, a merge moves them to the surviving record and ends
//! them.

use sea_orm_migration::{prelude::*, schema::*};

use super::helpers::{foreign_key, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum Participants {
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
enum EmergencyAccessGrants {
    Table,
    Id,
    ParticipantId,
    UserId,
    OrganisationId,
    Reason,
    GrantedAt,
    ExpiresAt,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use EmergencyAccessGrants as G;
        manager
            .create_table(
                Table::create()
                    .table(G::Table)
                    .col(pk_uuid(G::Id))
                    .col(uuid(G::ParticipantId))
                    .col(uuid(G::UserId))
                    .col(uuid(G::OrganisationId))
                    .col(text(G::Reason))
                    .col(timestamp_with_time_zone(G::GrantedAt))
                    .col(timestamp_with_time_zone(G::ExpiresAt))
                    .foreign_key(&mut foreign_key(
                        (G::Table, G::ParticipantId),
                        (Participants::Table, Participants::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (G::Table, G::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (G::Table, G::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // A read looks up the reader's grants to the participants it shows.
        index(
            manager,
            "idx_emergency_access_grants_user",
            G::Table,
            vec![
                G::UserId.into_iden(),
                G::ParticipantId.into_iden(),
                G::ExpiresAt.into_iden(),
            ],
        )
        .await?;
        index(
            manager,
            "idx_emergency_access_grants_participant",
            G::Table,
            vec![G::ParticipantId.into_iden()],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(EmergencyAccessGrants::Table).to_owned())
            .await
    }
}

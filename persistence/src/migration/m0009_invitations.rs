//! Invitations to join an organisation, answered by the invited account.

use sea_orm_migration::{prelude::*, schema::*};

use super::helpers::{cascading_foreign_key, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

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
enum Invitations {
    Table,
    Id,
    OrganisationId,
    UserId,
    Email,
    Role,
    Status,
    InvitedBy,
    CreatedAt,
    ExpiresAt,
    AnsweredAt,
    OpenKey,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Invitations::Table)
                    .col(pk_uuid(Invitations::Id))
                    .col(uuid(Invitations::OrganisationId))
                    .col(uuid(Invitations::UserId))
                    .col(string_len(Invitations::Email, 254))
                    .col(string_len(Invitations::Role, 30))
                    .col(string_len(Invitations::Status, 20))
                    .col(uuid_null(Invitations::InvitedBy))
                    .col(timestamp_with_time_zone(Invitations::CreatedAt))
                    .col(timestamp_with_time_zone(Invitations::ExpiresAt))
                    .col(timestamp_with_time_zone_null(Invitations::AnsweredAt))
                    // `<organisation>:<user>` while the invitation is pending, NULL once it is
                    // answered or replaced: the unique index allows one open invitation per
                    // person and organisation (NULLs are distinct on both databases).
                    .col(string_len_null(Invitations::OpenKey, 80))
                    .foreign_key(&mut cascading_foreign_key(
                        (Invitations::Table, Invitations::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .foreign_key(&mut cascading_foreign_key(
                        (Invitations::Table, Invitations::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_invitations_open_key")
                    .table(Invitations::Table)
                    .col(Invitations::OpenKey)
                    .unique()
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_invitations_user",
            Invitations::Table,
            vec![
                Invitations::UserId.into_iden(),
                Invitations::Status.into_iden(),
                Invitations::Id.into_iden(),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Invitations::Table).to_owned())
            .await
    }
}

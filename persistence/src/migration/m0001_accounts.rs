//! Organisations, their searchable attributes, users, memberships and sign-in sessions.

use sea_orm_migration::{prelude::*, schema::*};

use super::helpers::cascading_foreign_key as cascade;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum Organisations {
    Table,
    Id,
    Kind,
    Name,
    Description,
    Municipality,
    Region,
    Address,
    Latitude,
    Longitude,
    ContactEmail,
    Sector,
    CwcsSetting,
    CwcsMemberCount,
    CreatedAt,
    UpdatedAt,
}

#[derive(Iden)]
enum OrganisationAttributes {
    Table,
    OrganisationId,
    Attribute,
    Value,
    Position,
}

#[derive(Iden)]
enum Users {
    Table,
    Id,
    Email,
    DisplayName,
    PreferredLocale,
    PasswordHash,
    PlatformRole,
    Active,
    CreatedAt,
    UpdatedAt,
}

#[derive(Iden)]
enum Memberships {
    Table,
    Id,
    UserId,
    OrganisationId,
    Role,
    CreatedAt,
}

#[derive(Iden)]
enum Sessions {
    Table,
    Id,
    UserId,
    OrganisationId,
    CreatedAt,
    RevokedAt,
}

#[derive(Iden)]
enum RefreshTokens {
    Table,
    TokenHash,
    SessionId,
    IssuedAt,
    ExpiresAt,
    UsedAt,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Organisations::Table)
                    .col(pk_uuid(Organisations::Id))
                    .col(string_len(Organisations::Kind, 40))
                    .col(string_len(Organisations::Name, 200))
                    .col(text_null(Organisations::Description))
                    .col(string_len(Organisations::Municipality, 100))
                    .col(string_len_null(Organisations::Region, 100))
                    .col(string_len_null(Organisations::Address, 300))
                    .col(double_null(Organisations::Latitude))
                    .col(double_null(Organisations::Longitude))
                    .col(string_len_null(Organisations::ContactEmail, 254))
                    .col(string_len(Organisations::Sector, 20))
                    .col(string_len_null(Organisations::CwcsSetting, 20))
                    .col(integer_null(Organisations::CwcsMemberCount))
                    .col(timestamp_with_time_zone(Organisations::CreatedAt))
                    .col(timestamp_with_time_zone(Organisations::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        // The directory is paged by (name, id) and filtered by kind and municipality.
        for (name, columns) in [
            (
                "idx_organisations_name_id",
                vec![Organisations::Name, Organisations::Id],
            ),
            ("idx_organisations_kind", vec![Organisations::Kind]),
            (
                "idx_organisations_municipality",
                vec![Organisations::Municipality],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(Organisations::Table);
            for column in columns {
                index.col(column);
            }
            manager.create_index(index.to_owned()).await?;
        }

        // Languages, space types and offerings: one row per value, so that filtering by any of
        // them is an indexed look-up on both databases, with no dialect-specific JSON.
        manager
            .create_table(
                Table::create()
                    .table(OrganisationAttributes::Table)
                    .col(uuid(OrganisationAttributes::OrganisationId))
                    .col(string_len(OrganisationAttributes::Attribute, 20))
                    .col(string_len(OrganisationAttributes::Value, 40))
                    .col(integer(OrganisationAttributes::Position))
                    .primary_key(
                        Index::create()
                            .col(OrganisationAttributes::OrganisationId)
                            .col(OrganisationAttributes::Attribute)
                            .col(OrganisationAttributes::Value),
                    )
                    .foreign_key(&mut cascade(
                        (
                            OrganisationAttributes::Table,
                            OrganisationAttributes::OrganisationId,
                        ),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_organisation_attributes_lookup")
                    .table(OrganisationAttributes::Table)
                    .col(OrganisationAttributes::Attribute)
                    .col(OrganisationAttributes::Value)
                    .col(OrganisationAttributes::OrganisationId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(pk_uuid(Users::Id))
                    .col(string_len_uniq(Users::Email, 254))
                    .col(string_len(Users::DisplayName, 120))
                    .col(string_len(Users::PreferredLocale, 3))
                    .col(string_len(Users::PasswordHash, 200))
                    .col(string_len_null(Users::PlatformRole, 20))
                    .col(boolean(Users::Active))
                    .col(timestamp_with_time_zone(Users::CreatedAt))
                    .col(timestamp_with_time_zone(Users::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Memberships::Table)
                    .col(pk_uuid(Memberships::Id))
                    .col(uuid(Memberships::UserId))
                    .col(uuid(Memberships::OrganisationId))
                    .col(string_len(Memberships::Role, 20))
                    .col(timestamp_with_time_zone(Memberships::CreatedAt))
                    .foreign_key(&mut cascade(
                        (Memberships::Table, Memberships::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(&mut cascade(
                        (Memberships::Table, Memberships::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_memberships_user_organisation")
                    .table(Memberships::Table)
                    .col(Memberships::UserId)
                    .col(Memberships::OrganisationId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_memberships_organisation")
                    .table(Memberships::Table)
                    .col(Memberships::OrganisationId)
                    .to_owned(),
            )
            .await?;

        // A session is one sign-in: the family of refresh tokens that rotate from it.
        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    .col(pk_uuid(Sessions::Id))
                    .col(uuid(Sessions::UserId))
                    .col(uuid_null(Sessions::OrganisationId))
                    .col(timestamp_with_time_zone(Sessions::CreatedAt))
                    .col(timestamp_with_time_zone_null(Sessions::RevokedAt))
                    .foreign_key(&mut cascade(
                        (Sessions::Table, Sessions::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RefreshTokens::Table)
                    .col(string_len(RefreshTokens::TokenHash, 64).primary_key())
                    .col(uuid(RefreshTokens::SessionId))
                    .col(timestamp_with_time_zone(RefreshTokens::IssuedAt))
                    .col(timestamp_with_time_zone(RefreshTokens::ExpiresAt))
                    .col(timestamp_with_time_zone_null(RefreshTokens::UsedAt))
                    .foreign_key(&mut cascade(
                        (RefreshTokens::Table, RefreshTokens::SessionId),
                        (Sessions::Table, Sessions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_refresh_tokens_session")
                    .table(RefreshTokens::Table)
                    .col(RefreshTokens::SessionId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            RefreshTokens::Table.into_iden(),
            Sessions::Table.into_iden(),
            Memberships::Table.into_iden(),
            Users::Table.into_iden(),
            OrganisationAttributes::Table.into_iden(),
            Organisations::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

//! In-app notifications, the e-mail outbox, preferences, and the ledger that makes scheduled
//! notices go out once.

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
enum Notifications {
    Table,
    Id,
    UserId,
    Kind,
    SubjectId,
    CreatedAt,
    ReadAt,
}

#[derive(Iden)]
enum EmailOutbox {
    Table,
    Id,
    NotificationId,
    UserId,
    Kind,
    SubjectId,
    Status,
    Attempts,
    NextAttemptAt,
    ClaimToken,
    ClaimedUntil,
    LastError,
    CreatedAt,
    SentAt,
}

#[derive(Iden)]
enum NotificationPreferences {
    Table,
    UserId,
    Kind,
    Email,
}

#[derive(Iden)]
enum ScheduledNotices {
    Table,
    Key,
    CreatedAt,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Notifications::Table)
                    .col(pk_uuid(Notifications::Id))
                    .col(uuid(Notifications::UserId))
                    .col(string_len(Notifications::Kind, 30))
                    .col(uuid(Notifications::SubjectId))
                    .col(timestamp_with_time_zone(Notifications::CreatedAt))
                    .col(timestamp_with_time_zone_null(Notifications::ReadAt))
                    .foreign_key(&mut cascading_foreign_key(
                        (Notifications::Table, Notifications::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_notifications_user",
            Notifications::Table,
            vec![
                Notifications::UserId.into_iden(),
                Notifications::ReadAt.into_iden(),
                Notifications::Id.into_iden(),
            ],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(EmailOutbox::Table)
                    .col(pk_uuid(EmailOutbox::Id))
                    .col(uuid(EmailOutbox::NotificationId))
                    .col(uuid(EmailOutbox::UserId))
                    .col(string_len(EmailOutbox::Kind, 30))
                    .col(uuid(EmailOutbox::SubjectId))
                    .col(string_len(EmailOutbox::Status, 10))
                    .col(integer(EmailOutbox::Attempts))
                    .col(timestamp_with_time_zone(EmailOutbox::NextAttemptAt))
                    .col(uuid_null(EmailOutbox::ClaimToken))
                    .col(timestamp_with_time_zone_null(EmailOutbox::ClaimedUntil))
                    .col(text_null(EmailOutbox::LastError))
                    .col(timestamp_with_time_zone(EmailOutbox::CreatedAt))
                    .col(timestamp_with_time_zone_null(EmailOutbox::SentAt))
                    .foreign_key(&mut cascading_foreign_key(
                        (EmailOutbox::Table, EmailOutbox::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_email_outbox_due",
            EmailOutbox::Table,
            vec![
                EmailOutbox::Status.into_iden(),
                EmailOutbox::NextAttemptAt.into_iden(),
            ],
        )
        .await?;
        index(
            manager,
            "idx_email_outbox_claim",
            EmailOutbox::Table,
            vec![EmailOutbox::ClaimToken.into_iden()],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(NotificationPreferences::Table)
                    .col(uuid(NotificationPreferences::UserId))
                    .col(string_len(NotificationPreferences::Kind, 30))
                    .col(boolean(NotificationPreferences::Email))
                    .primary_key(
                        Index::create()
                            .col(NotificationPreferences::UserId)
                            .col(NotificationPreferences::Kind),
                    )
                    .foreign_key(&mut cascading_foreign_key(
                        (
                            NotificationPreferences::Table,
                            NotificationPreferences::UserId,
                        ),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ScheduledNotices::Table)
                    .col(string_len(ScheduledNotices::Key, 120).primary_key())
                    .col(timestamp_with_time_zone(ScheduledNotices::CreatedAt))
                    .to_owned(),
            )
            .await
    }
}

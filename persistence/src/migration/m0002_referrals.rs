//! Participants, consents, referrals with their history and notes, and the audit log.

use sea_orm_migration::{prelude::*, schema::*};

use super::helpers::{foreign_key as fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum Organisations {
    Table,
    Id,
}

#[derive(Iden)]
enum Users {
    Table,
    Id,
}

#[derive(Iden)]
enum Participants {
    Table,
    Id,
    ReferenceCode,
    OwnerOrganisationId,
    GivenName,
    FamilyName,
    BirthYear,
    Gender,
    Email,
    Phone,
    LegalStatus,
    CountryOfOrigin,
    ArrivalDate,
    PreferredLanguage,
    Languages,
    SlovenianLevel,
    EducationLevel,
    Skills,
    Interests,
    Needs,
    LocationPreference,
    MaxTravelKm,
    Municipality,
    CreatedAt,
    UpdatedAt,
}

#[derive(Iden)]
enum Consents {
    Table,
    Id,
    ParticipantId,
    Purpose,
    CoveredOrganisations,
    CoveredKinds,
    FieldGroups,
    Method,
    Language,
    GivenAt,
    ExpiresAt,
    WithdrawnAt,
    RecordedBy,
}

#[derive(Iden)]
enum Referrals {
    Table,
    Id,
    ParticipantId,
    FromOrganisationId,
    FromUserId,
    ToOrganisationId,
    ProgrammeId,
    NeedDomain,
    Priority,
    Reason,
    RespondBy,
    Kind,
    Status,
    ConsentId,
    RedirectedFromId,
    DeclineReason,
    Outcome,
    CancelReason,
    Version,
    SentAt,
    FirstResponseAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(Iden)]
enum ReferralEvents {
    Table,
    Id,
    ReferralId,
    At,
    ActorUserId,
    ActorOrganisationId,
    Action,
    FromStatus,
    ToStatus,
    Comment,
}

#[derive(Iden)]
enum ReferralNotes {
    Table,
    Id,
    ReferralId,
    AuthorUserId,
    AuthorOrganisationId,
    Body,
    CreatedAt,
}

#[derive(Iden)]
enum AuditLog {
    Table,
    Id,
    At,
    UserId,
    OrganisationId,
    Role,
    Operation,
    EntityType,
    EntityId,
    Outcome,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Participants::Table)
                    .col(pk_uuid(Participants::Id))
                    .col(string_len_uniq(Participants::ReferenceCode, 20))
                    .col(uuid(Participants::OwnerOrganisationId))
                    .col(string_len(Participants::GivenName, 100))
                    .col(string_len_null(Participants::FamilyName, 100))
                    .col(integer_null(Participants::BirthYear))
                    .col(string_len_null(Participants::Gender, 20))
                    .col(string_len_null(Participants::Email, 254))
                    .col(string_len_null(Participants::Phone, 30))
                    .col(string_len_null(Participants::LegalStatus, 40))
                    .col(string_len_null(Participants::CountryOfOrigin, 2))
                    .col(date_null(Participants::ArrivalDate))
                    .col(string_len(Participants::PreferredLanguage, 3))
                    .col(text(Participants::Languages))
                    .col(string_len_null(Participants::SlovenianLevel, 10))
                    .col(string_len_null(Participants::EducationLevel, 20))
                    .col(text(Participants::Skills))
                    .col(text(Participants::Interests))
                    .col(text(Participants::Needs))
                    .col(string_len_null(Participants::LocationPreference, 10))
                    .col(integer_null(Participants::MaxTravelKm))
                    .col(string_len_null(Participants::Municipality, 100))
                    .col(timestamp_with_time_zone(Participants::CreatedAt))
                    .col(timestamp_with_time_zone(Participants::UpdatedAt))
                    .foreign_key(&mut fk(
                        (Participants::Table, Participants::OwnerOrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_participants_owner",
            Participants::Table,
            vec![Participants::OwnerOrganisationId.into_iden()],
        )
        .await?;
        index(
            manager,
            "idx_participants_municipality",
            Participants::Table,
            vec![Participants::Municipality.into_iden()],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Consents::Table)
                    .col(pk_uuid(Consents::Id))
                    .col(uuid(Consents::ParticipantId))
                    .col(string_len(Consents::Purpose, 30))
                    .col(text(Consents::CoveredOrganisations))
                    .col(text(Consents::CoveredKinds))
                    .col(text(Consents::FieldGroups))
                    .col(string_len(Consents::Method, 20))
                    .col(string_len(Consents::Language, 3))
                    .col(timestamp_with_time_zone(Consents::GivenAt))
                    .col(timestamp_with_time_zone_null(Consents::ExpiresAt))
                    .col(timestamp_with_time_zone_null(Consents::WithdrawnAt))
                    .col(uuid(Consents::RecordedBy))
                    .foreign_key(&mut fk(
                        (Consents::Table, Consents::ParticipantId),
                        (Participants::Table, Participants::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_consents_participant",
            Consents::Table,
            vec![Consents::ParticipantId.into_iden()],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Referrals::Table)
                    .col(pk_uuid(Referrals::Id))
                    .col(uuid(Referrals::ParticipantId))
                    .col(uuid(Referrals::FromOrganisationId))
                    .col(uuid(Referrals::FromUserId))
                    .col(uuid(Referrals::ToOrganisationId))
                    .col(uuid_null(Referrals::ProgrammeId))
                    .col(string_len(Referrals::NeedDomain, 20))
                    .col(string_len(Referrals::Priority, 10))
                    .col(text(Referrals::Reason))
                    .col(date(Referrals::RespondBy))
                    .col(string_len(Referrals::Kind, 10))
                    .col(string_len(Referrals::Status, 20))
                    .col(uuid_null(Referrals::ConsentId))
                    .col(uuid_null(Referrals::RedirectedFromId))
                    .col(string_len_null(Referrals::DeclineReason, 30))
                    .col(string_len_null(Referrals::Outcome, 30))
                    .col(string_len_null(Referrals::CancelReason, 30))
                    .col(integer(Referrals::Version))
                    .col(timestamp_with_time_zone_null(Referrals::SentAt))
                    .col(timestamp_with_time_zone_null(Referrals::FirstResponseAt))
                    .col(timestamp_with_time_zone(Referrals::CreatedAt))
                    .col(timestamp_with_time_zone(Referrals::UpdatedAt))
                    .foreign_key(&mut fk(
                        (Referrals::Table, Referrals::ParticipantId),
                        (Participants::Table, Participants::Id),
                    ))
                    .foreign_key(&mut fk(
                        (Referrals::Table, Referrals::FromOrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .foreign_key(&mut fk(
                        (Referrals::Table, Referrals::ToOrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .foreign_key(&mut fk(
                        (Referrals::Table, Referrals::FromUserId),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(&mut fk(
                        (Referrals::Table, Referrals::ConsentId),
                        (Consents::Table, Consents::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // The dashboard filters by organisation and status and pages by id (newest first); the
        // expiry scan looks for SENT referrals by respond-by date.
        index(
            manager,
            "idx_referrals_to_status",
            Referrals::Table,
            vec![
                Referrals::ToOrganisationId.into_iden(),
                Referrals::Status.into_iden(),
                Referrals::Id.into_iden(),
            ],
        )
        .await?;
        index(
            manager,
            "idx_referrals_from_status",
            Referrals::Table,
            vec![
                Referrals::FromOrganisationId.into_iden(),
                Referrals::Status.into_iden(),
                Referrals::Id.into_iden(),
            ],
        )
        .await?;
        index(
            manager,
            "idx_referrals_status_respond_by",
            Referrals::Table,
            vec![
                Referrals::Status.into_iden(),
                Referrals::RespondBy.into_iden(),
            ],
        )
        .await?;
        index(
            manager,
            "idx_referrals_participant",
            Referrals::Table,
            vec![Referrals::ParticipantId.into_iden()],
        )
        .await?;
        index(
            manager,
            "idx_referrals_consent",
            Referrals::Table,
            vec![Referrals::ConsentId.into_iden()],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ReferralEvents::Table)
                    .col(pk_uuid(ReferralEvents::Id))
                    .col(uuid(ReferralEvents::ReferralId))
                    .col(timestamp_with_time_zone(ReferralEvents::At))
                    .col(uuid_null(ReferralEvents::ActorUserId))
                    .col(uuid_null(ReferralEvents::ActorOrganisationId))
                    .col(string_len(ReferralEvents::Action, 20))
                    .col(string_len_null(ReferralEvents::FromStatus, 20))
                    .col(string_len(ReferralEvents::ToStatus, 20))
                    .col(text_null(ReferralEvents::Comment))
                    .foreign_key(&mut fk(
                        (ReferralEvents::Table, ReferralEvents::ReferralId),
                        (Referrals::Table, Referrals::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_referral_events_referral",
            ReferralEvents::Table,
            vec![
                ReferralEvents::ReferralId.into_iden(),
                ReferralEvents::Id.into_iden(),
            ],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ReferralNotes::Table)
                    .col(pk_uuid(ReferralNotes::Id))
                    .col(uuid(ReferralNotes::ReferralId))
                    .col(uuid(ReferralNotes::AuthorUserId))
                    .col(uuid(ReferralNotes::AuthorOrganisationId))
                    .col(text(ReferralNotes::Body))
                    .col(timestamp_with_time_zone(ReferralNotes::CreatedAt))
                    .foreign_key(&mut fk(
                        (ReferralNotes::Table, ReferralNotes::ReferralId),
                        (Referrals::Table, Referrals::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_referral_notes_referral",
            ReferralNotes::Table,
            vec![
                ReferralNotes::ReferralId.into_iden(),
                ReferralNotes::Id.into_iden(),
            ],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .col(pk_uuid(AuditLog::Id))
                    .col(timestamp_with_time_zone(AuditLog::At))
                    .col(uuid_null(AuditLog::UserId))
                    .col(uuid_null(AuditLog::OrganisationId))
                    .col(string_len_null(AuditLog::Role, 20))
                    .col(string_len(AuditLog::Operation, 60))
                    .col(string_len_null(AuditLog::EntityType, 40))
                    .col(uuid_null(AuditLog::EntityId))
                    .col(string_len(AuditLog::Outcome, 10))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_audit_log_entity",
            AuditLog::Table,
            vec![AuditLog::EntityId.into_iden()],
        )
        .await?;
        index(
            manager,
            "idx_audit_log_user",
            AuditLog::Table,
            vec![AuditLog::UserId.into_iden()],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditLog::Table.into_iden(),
            ReferralNotes::Table.into_iden(),
            ReferralEvents::Table.into_iden(),
            Referrals::Table.into_iden(),
            Consents::Table.into_iden(),
            Participants::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

//! Programmes with partners, searchable attributes and sessions; enrolments, attendance and
//! follow-up outcomes.

use sea_orm_migration::{prelude::*, schema::*};

use super::helpers::{cascading_foreign_key as fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum Organisations {
    Table,
    Id,
}

#[derive(Iden)]
enum Participants {
    Table,
    Id,
}

#[derive(Iden)]
enum Programmes {
    Table,
    Id,
    LeadOrganisationId,
    Kind,
    Status,
    Title,
    Description,
    Modules,
    SkillsTaught,
    TargetOccupations,
    Certificate,
    Venue,
    Municipality,
    Capacity,
    EnrolledCount,
    LegalStatuses,
    MinLanguageCode,
    MinLanguageLevel,
    MinAge,
    MaxAge,
    LanguagesOfInstruction,
    Interpretation,
    Childcare,
    StepFreeAccess,
    CostCents,
    MinAttendancePercent,
    StartsOn,
    EndsOn,
    StakeholderGroupId,
    SearchText,
    CreatedAt,
    UpdatedAt,
}

#[derive(Iden)]
enum ProgrammeAttributes {
    Table,
    ProgrammeId,
    Attribute,
    Value,
}

#[derive(Iden)]
enum ProgrammePartners {
    Table,
    ProgrammeId,
    OrganisationId,
    Role,
}

#[derive(Iden)]
enum ProgrammeSessions {
    Table,
    Id,
    ProgrammeId,
    StartsAt,
    EndsAt,
    Place,
}

#[derive(Iden)]
enum Enrolments {
    Table,
    Id,
    ProgrammeId,
    ParticipantId,
    Status,
    ReferralId,
    EnrolledByOrganisationId,
    HadPlace,
    ModulesCompleted,
    CertificateAwarded,
    CompletedOn,
    CreatedAt,
    UpdatedAt,
}

#[derive(Iden)]
enum Attendance {
    Table,
    EnrolmentId,
    SessionId,
    Status,
}

#[derive(Iden)]
enum FollowUpOutcomes {
    Table,
    Id,
    EnrolmentId,
    Outcome,
    OccurredOn,
    RecordedAt,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Programmes::Table)
                    .col(pk_uuid(Programmes::Id))
                    .col(uuid(Programmes::LeadOrganisationId))
                    .col(string_len(Programmes::Kind, 30))
                    .col(string_len(Programmes::Status, 20))
                    .col(text(Programmes::Title))
                    .col(text(Programmes::Description))
                    .col(text(Programmes::Modules))
                    .col(text(Programmes::SkillsTaught))
                    .col(text(Programmes::TargetOccupations))
                    .col(string_len_null(Programmes::Certificate, 200))
                    .col(string_len_null(Programmes::Venue, 300))
                    .col(string_len(Programmes::Municipality, 100))
                    .col(integer(Programmes::Capacity))
                    .col(integer(Programmes::EnrolledCount))
                    .col(text(Programmes::LegalStatuses))
                    .col(string_len_null(Programmes::MinLanguageCode, 3))
                    .col(string_len_null(Programmes::MinLanguageLevel, 10))
                    .col(integer_null(Programmes::MinAge))
                    .col(integer_null(Programmes::MaxAge))
                    .col(text(Programmes::LanguagesOfInstruction))
                    .col(boolean(Programmes::Interpretation))
                    .col(boolean(Programmes::Childcare))
                    .col(boolean(Programmes::StepFreeAccess))
                    .col(integer(Programmes::CostCents))
                    .col(integer(Programmes::MinAttendancePercent))
                    .col(date_null(Programmes::StartsOn))
                    .col(date_null(Programmes::EndsOn))
                    .col(uuid_null(Programmes::StakeholderGroupId))
                    .col(text(Programmes::SearchText))
                    .col(timestamp_with_time_zone(Programmes::CreatedAt))
                    .col(timestamp_with_time_zone(Programmes::UpdatedAt))
                    .foreign_key(&mut fk(
                        (Programmes::Table, Programmes::LeadOrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_programmes_status_municipality",
            Programmes::Table,
            vec![
                Programmes::Status.into_iden(),
                Programmes::Municipality.into_iden(),
                Programmes::Id.into_iden(),
            ],
        )
        .await?;
        index(
            manager,
            "idx_programmes_status_kind",
            Programmes::Table,
            vec![
                Programmes::Status.into_iden(),
                Programmes::Kind.into_iden(),
                Programmes::Id.into_iden(),
            ],
        )
        .await?;
        index(
            manager,
            "idx_programmes_lead",
            Programmes::Table,
            vec![Programmes::LeadOrganisationId.into_iden()],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ProgrammeAttributes::Table)
                    .col(uuid(ProgrammeAttributes::ProgrammeId))
                    .col(string_len(ProgrammeAttributes::Attribute, 20))
                    .col(string_len(ProgrammeAttributes::Value, 60))
                    .primary_key(
                        Index::create()
                            .col(ProgrammeAttributes::ProgrammeId)
                            .col(ProgrammeAttributes::Attribute)
                            .col(ProgrammeAttributes::Value),
                    )
                    .foreign_key(&mut fk(
                        (ProgrammeAttributes::Table, ProgrammeAttributes::ProgrammeId),
                        (Programmes::Table, Programmes::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_programme_attributes_lookup",
            ProgrammeAttributes::Table,
            vec![
                ProgrammeAttributes::Attribute.into_iden(),
                ProgrammeAttributes::Value.into_iden(),
                ProgrammeAttributes::ProgrammeId.into_iden(),
            ],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ProgrammePartners::Table)
                    .col(uuid(ProgrammePartners::ProgrammeId))
                    .col(uuid(ProgrammePartners::OrganisationId))
                    .col(string_len(ProgrammePartners::Role, 20))
                    .primary_key(
                        Index::create()
                            .col(ProgrammePartners::ProgrammeId)
                            .col(ProgrammePartners::OrganisationId),
                    )
                    .foreign_key(&mut fk(
                        (ProgrammePartners::Table, ProgrammePartners::ProgrammeId),
                        (Programmes::Table, Programmes::Id),
                    ))
                    .foreign_key(&mut fk(
                        (ProgrammePartners::Table, ProgrammePartners::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_programme_partners_organisation",
            ProgrammePartners::Table,
            vec![ProgrammePartners::OrganisationId.into_iden()],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ProgrammeSessions::Table)
                    .col(pk_uuid(ProgrammeSessions::Id))
                    .col(uuid(ProgrammeSessions::ProgrammeId))
                    .col(timestamp_with_time_zone(ProgrammeSessions::StartsAt))
                    .col(timestamp_with_time_zone(ProgrammeSessions::EndsAt))
                    .col(string_len_null(ProgrammeSessions::Place, 300))
                    .foreign_key(&mut fk(
                        (ProgrammeSessions::Table, ProgrammeSessions::ProgrammeId),
                        (Programmes::Table, Programmes::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_programme_sessions_programme",
            ProgrammeSessions::Table,
            vec![
                ProgrammeSessions::ProgrammeId.into_iden(),
                ProgrammeSessions::StartsAt.into_iden(),
            ],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Enrolments::Table)
                    .col(pk_uuid(Enrolments::Id))
                    .col(uuid(Enrolments::ProgrammeId))
                    .col(uuid(Enrolments::ParticipantId))
                    .col(string_len(Enrolments::Status, 20))
                    .col(uuid_null(Enrolments::ReferralId))
                    .col(uuid(Enrolments::EnrolledByOrganisationId))
                    .col(boolean(Enrolments::HadPlace))
                    .col(text(Enrolments::ModulesCompleted))
                    .col(boolean(Enrolments::CertificateAwarded))
                    .col(date_null(Enrolments::CompletedOn))
                    .col(timestamp_with_time_zone(Enrolments::CreatedAt))
                    .col(timestamp_with_time_zone(Enrolments::UpdatedAt))
                    .foreign_key(&mut fk(
                        (Enrolments::Table, Enrolments::ProgrammeId),
                        (Programmes::Table, Programmes::Id),
                    ))
                    .foreign_key(&mut fk(
                        (Enrolments::Table, Enrolments::ParticipantId),
                        (Participants::Table, Participants::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_enrolments_programme_status",
            Enrolments::Table,
            vec![
                Enrolments::ProgrammeId.into_iden(),
                Enrolments::Status.into_iden(),
                Enrolments::Id.into_iden(),
            ],
        )
        .await?;
        index(
            manager,
            "idx_enrolments_participant",
            Enrolments::Table,
            vec![Enrolments::ParticipantId.into_iden()],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Attendance::Table)
                    .col(uuid(Attendance::EnrolmentId))
                    .col(uuid(Attendance::SessionId))
                    .col(string_len(Attendance::Status, 10))
                    .primary_key(
                        Index::create()
                            .col(Attendance::EnrolmentId)
                            .col(Attendance::SessionId),
                    )
                    .foreign_key(&mut fk(
                        (Attendance::Table, Attendance::EnrolmentId),
                        (Enrolments::Table, Enrolments::Id),
                    ))
                    .foreign_key(&mut fk(
                        (Attendance::Table, Attendance::SessionId),
                        (ProgrammeSessions::Table, ProgrammeSessions::Id),
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(FollowUpOutcomes::Table)
                    .col(pk_uuid(FollowUpOutcomes::Id))
                    .col(uuid(FollowUpOutcomes::EnrolmentId))
                    .col(string_len(FollowUpOutcomes::Outcome, 20))
                    .col(date(FollowUpOutcomes::OccurredOn))
                    .col(timestamp_with_time_zone(FollowUpOutcomes::RecordedAt))
                    .foreign_key(&mut fk(
                        (FollowUpOutcomes::Table, FollowUpOutcomes::EnrolmentId),
                        (Enrolments::Table, Enrolments::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_follow_up_outcomes_enrolment",
            FollowUpOutcomes::Table,
            vec![FollowUpOutcomes::EnrolmentId.into_iden()],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            FollowUpOutcomes::Table.into_iden(),
            Attendance::Table.into_iden(),
            Enrolments::Table.into_iden(),
            ProgrammeSessions::Table.into_iden(),
            ProgrammePartners::Table.into_iden(),
            ProgrammeAttributes::Table.into_iden(),
            Programmes::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

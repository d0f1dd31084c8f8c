//! Changing what was planned and job outcomes as records: whether a programme's partners may add
//! sessions, and placements (a job a participant started, recorded by a labour agency or the
//! organisers of a programme).

use sea_orm_migration::{prelude::*, schema::*};

use super::helpers::{cascading_foreign_key, foreign_key, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum Programmes {
    Table,
    Id,
    PartnersMayAddSessions,
}
#[derive(Iden)]
enum Participants {
    Table,
    Id,
}
#[derive(Iden)]
enum Organisations {
    Table,
    Id,
}
#[derive(Iden)]
enum Enrolments {
    Table,
    Id,
}
#[derive(Iden)]
enum Placements {
    Table,
    Id,
    ParticipantId,
    EnrolmentId,
    ProgrammeId,
    EmployerOrganisationId,
    EmployerName,
    Occupation,
    ContractType,
    HoursPerWeek,
    StartsOn,
    UsesTraining,
    RecordedByOrganisationId,
    RecordedByUserId,
    CreatedAt,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Programmes::Table)
                    .add_column(boolean(Programmes::PartnersMayAddSessions).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Placements::Table)
                    .col(pk_uuid(Placements::Id))
                    .col(uuid(Placements::ParticipantId))
                    .col(uuid_null(Placements::EnrolmentId))
                    .col(uuid_null(Placements::ProgrammeId))
                    .col(uuid_null(Placements::EmployerOrganisationId))
                    .col(string_len_null(Placements::EmployerName, 200))
                    .col(string_len(Placements::Occupation, 120))
                    .col(string_len(Placements::ContractType, 30))
                    .col(integer(Placements::HoursPerWeek))
                    .col(date(Placements::StartsOn))
                    .col(boolean(Placements::UsesTraining))
                    .col(uuid(Placements::RecordedByOrganisationId))
                    .col(uuid(Placements::RecordedByUserId))
                    .col(timestamp_with_time_zone(Placements::CreatedAt))
                    .foreign_key(&mut cascading_foreign_key(
                        (Placements::Table, Placements::ParticipantId),
                        (Participants::Table, Participants::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (Placements::Table, Placements::EnrolmentId),
                        (Enrolments::Table, Enrolments::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (Placements::Table, Placements::ProgrammeId),
                        (Programmes::Table, Programmes::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (Placements::Table, Placements::EmployerOrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (Placements::Table, Placements::RecordedByOrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_placements_participant",
            Placements::Table,
            vec![
                Placements::ParticipantId.into_iden(),
                Placements::StartsOn.into_iden(),
            ],
        )
        .await?;
        index(
            manager,
            "idx_placements_programme",
            Placements::Table,
            vec![Placements::ProgrammeId.into_iden()],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Placements::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Programmes::Table)
                    .drop_column(Programmes::PartnersMayAddSessions)
                    .to_owned(),
            )
            .await
    }
}

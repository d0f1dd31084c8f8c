//! Arrival order that does not depend on server clocks (a per-programme counter), when an
//! enrolment got its place, and vacancy skills one row per value.

use sea_orm_migration::{prelude::*, schema::*};

use super::helpers::{cascading_foreign_key, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(Iden)]
enum Programmes {
    Table,
    NextPosition,
}

#[derive(Iden)]
enum Enrolments {
    Table,
    QueuePosition,
    PlacedAt,
}

#[derive(Iden)]
enum Vacancies {
    Table,
    Id,
}

#[derive(Iden)]
enum VacancySkills {
    Table,
    VacancyId,
    Skill,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Programmes::Table)
                    .add_column(integer(Programmes::NextPosition).default(0))
                    .to_owned(),
            )
            .await?;
        // SQLite adds one column per ALTER TABLE.
        manager
            .alter_table(
                Table::alter()
                    .table(Enrolments::Table)
                    .add_column(integer(Enrolments::QueuePosition).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Enrolments::Table)
                    .add_column(timestamp_with_time_zone_null(Enrolments::PlacedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(VacancySkills::Table)
                    .col(uuid(VacancySkills::VacancyId))
                    .col(string_len(VacancySkills::Skill, 60))
                    .primary_key(
                        Index::create()
                            .col(VacancySkills::VacancyId)
                            .col(VacancySkills::Skill),
                    )
                    .foreign_key(&mut cascading_foreign_key(
                        (VacancySkills::Table, VacancySkills::VacancyId),
                        (Vacancies::Table, Vacancies::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_vacancy_skills_skill",
            VacancySkills::Table,
            vec![
                VacancySkills::Skill.into_iden(),
                VacancySkills::VacancyId.into_iden(),
            ],
        )
        .await
    }
}

//! Life cards, staff profiles and mentorships, mediation requests, vacancies, stakeholder groups.

use sea_orm_migration::{prelude::*, schema::*};

use super::helpers::{cascading_foreign_key as fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

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
enum Users {
    Table,
    Id,
}

#[derive(Iden)]
enum LifeGoals {
    Table,
    Id,
    ParticipantId,
    Domain,
    Title,
    TargetDate,
    Status,
    OrganisationId,
    CreatedAt,
}
#[derive(Iden)]
enum LifeEntries {
    Table,
    Id,
    ParticipantId,
    Domain,
    GoalId,
    Note,
    OccurredOn,
    AuthorUserId,
    OrganisationId,
    CreatedAt,
}
#[derive(Iden)]
enum StaffProfiles {
    Table,
    UserId,
    Expertise,
    Languages,
    MaxMentees,
}
#[derive(Iden)]
enum Mentorships {
    Table,
    Id,
    MentorUserId,
    ParticipantId,
    OrganisationId,
    Goals,
    Status,
    StartedOn,
    CreatedAt,
}
#[derive(Iden)]
enum MentorshipMeetings {
    Table,
    Id,
    MentorshipId,
    HeldOn,
    Notes,
}
#[derive(Iden)]
enum MediationRequests {
    Table,
    Id,
    OrganisationId,
    RequestedBy,
    Language,
    StartsAt,
    Place,
    Remote,
    ReferralId,
    SessionId,
    ParticipantId,
    Notes,
    Status,
    MediatorUserId,
    CreatedAt,
}
#[derive(Iden)]
enum Vacancies {
    Table,
    Id,
    OrganisationId,
    Occupation,
    Skills,
    MinLanguageCode,
    MinLanguageLevel,
    Municipality,
    Openings,
    ValidUntil,
    CreatedAt,
}
#[derive(Iden)]
enum StakeholderGroups {
    Table,
    Id,
    Name,
    ConvenerId,
    CreatedAt,
}
#[derive(Iden)]
enum StakeholderGroupMembers {
    Table,
    GroupId,
    OrganisationId,
}
#[derive(Iden)]
enum StakeholderGroupCoordinators {
    Table,
    GroupId,
    UserId,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LifeGoals::Table)
                    .col(pk_uuid(LifeGoals::Id))
                    .col(uuid(LifeGoals::ParticipantId))
                    .col(string_len(LifeGoals::Domain, 20))
                    .col(string_len(LifeGoals::Title, 200))
                    .col(date_null(LifeGoals::TargetDate))
                    .col(string_len(LifeGoals::Status, 20))
                    .col(uuid(LifeGoals::OrganisationId))
                    .col(timestamp_with_time_zone(LifeGoals::CreatedAt))
                    .foreign_key(&mut fk(
                        (LifeGoals::Table, LifeGoals::ParticipantId),
                        (Participants::Table, Participants::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_life_goals_participant",
            LifeGoals::Table,
            vec![LifeGoals::ParticipantId.into_iden()],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(LifeEntries::Table)
                    .col(pk_uuid(LifeEntries::Id))
                    .col(uuid(LifeEntries::ParticipantId))
                    .col(string_len(LifeEntries::Domain, 20))
                    .col(uuid_null(LifeEntries::GoalId))
                    .col(text(LifeEntries::Note))
                    .col(date(LifeEntries::OccurredOn))
                    .col(uuid(LifeEntries::AuthorUserId))
                    .col(uuid(LifeEntries::OrganisationId))
                    .col(timestamp_with_time_zone(LifeEntries::CreatedAt))
                    .foreign_key(&mut fk(
                        (LifeEntries::Table, LifeEntries::ParticipantId),
                        (Participants::Table, Participants::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_life_entries_participant",
            LifeEntries::Table,
            vec![
                LifeEntries::ParticipantId.into_iden(),
                LifeEntries::OccurredOn.into_iden(),
            ],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(StaffProfiles::Table)
                    .col(pk_uuid(StaffProfiles::UserId))
                    .col(text(StaffProfiles::Expertise))
                    .col(text(StaffProfiles::Languages))
                    .col(integer(StaffProfiles::MaxMentees))
                    .foreign_key(&mut fk(
                        (StaffProfiles::Table, StaffProfiles::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Mentorships::Table)
                    .col(pk_uuid(Mentorships::Id))
                    .col(uuid(Mentorships::MentorUserId))
                    .col(uuid(Mentorships::ParticipantId))
                    .col(uuid(Mentorships::OrganisationId))
                    .col(text(Mentorships::Goals))
                    .col(string_len(Mentorships::Status, 10))
                    .col(date(Mentorships::StartedOn))
                    .col(timestamp_with_time_zone(Mentorships::CreatedAt))
                    .foreign_key(&mut fk(
                        (Mentorships::Table, Mentorships::ParticipantId),
                        (Participants::Table, Participants::Id),
                    ))
                    .foreign_key(&mut fk(
                        (Mentorships::Table, Mentorships::MentorUserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_mentorships_mentor",
            Mentorships::Table,
            vec![
                Mentorships::MentorUserId.into_iden(),
                Mentorships::Status.into_iden(),
            ],
        )
        .await?;
        index(
            manager,
            "idx_mentorships_participant",
            Mentorships::Table,
            vec![Mentorships::ParticipantId.into_iden()],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(MentorshipMeetings::Table)
                    .col(pk_uuid(MentorshipMeetings::Id))
                    .col(uuid(MentorshipMeetings::MentorshipId))
                    .col(date(MentorshipMeetings::HeldOn))
                    .col(text(MentorshipMeetings::Notes))
                    .foreign_key(&mut fk(
                        (MentorshipMeetings::Table, MentorshipMeetings::MentorshipId),
                        (Mentorships::Table, Mentorships::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_mentorship_meetings_mentorship",
            MentorshipMeetings::Table,
            vec![MentorshipMeetings::MentorshipId.into_iden()],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(MediationRequests::Table)
                    .col(pk_uuid(MediationRequests::Id))
                    .col(uuid(MediationRequests::OrganisationId))
                    .col(uuid(MediationRequests::RequestedBy))
                    .col(string_len(MediationRequests::Language, 3))
                    .col(timestamp_with_time_zone(MediationRequests::StartsAt))
                    .col(string_len_null(MediationRequests::Place, 300))
                    .col(boolean(MediationRequests::Remote))
                    .col(uuid_null(MediationRequests::ReferralId))
                    .col(uuid_null(MediationRequests::SessionId))
                    .col(uuid_null(MediationRequests::ParticipantId))
                    .col(text_null(MediationRequests::Notes))
                    .col(string_len(MediationRequests::Status, 20))
                    .col(uuid_null(MediationRequests::MediatorUserId))
                    .col(timestamp_with_time_zone(MediationRequests::CreatedAt))
                    .foreign_key(&mut fk(
                        (MediationRequests::Table, MediationRequests::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_mediation_requests_status_language",
            MediationRequests::Table,
            vec![
                MediationRequests::Status.into_iden(),
                MediationRequests::Language.into_iden(),
                MediationRequests::StartsAt.into_iden(),
            ],
        )
        .await?;
        index(
            manager,
            "idx_mediation_requests_mediator",
            MediationRequests::Table,
            vec![MediationRequests::MediatorUserId.into_iden()],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Vacancies::Table)
                    .col(pk_uuid(Vacancies::Id))
                    .col(uuid(Vacancies::OrganisationId))
                    .col(string_len(Vacancies::Occupation, 120))
                    .col(text(Vacancies::Skills))
                    .col(string_len_null(Vacancies::MinLanguageCode, 3))
                    .col(string_len_null(Vacancies::MinLanguageLevel, 10))
                    .col(string_len(Vacancies::Municipality, 100))
                    .col(integer(Vacancies::Openings))
                    .col(date(Vacancies::ValidUntil))
                    .col(timestamp_with_time_zone(Vacancies::CreatedAt))
                    .foreign_key(&mut fk(
                        (Vacancies::Table, Vacancies::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_vacancies_occupation_valid",
            Vacancies::Table,
            vec![
                Vacancies::Occupation.into_iden(),
                Vacancies::ValidUntil.into_iden(),
            ],
        )
        .await?;
        index(
            manager,
            "idx_vacancies_municipality_valid",
            Vacancies::Table,
            vec![
                Vacancies::Municipality.into_iden(),
                Vacancies::ValidUntil.into_iden(),
            ],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(StakeholderGroups::Table)
                    .col(pk_uuid(StakeholderGroups::Id))
                    .col(string_len(StakeholderGroups::Name, 200))
                    .col(uuid(StakeholderGroups::ConvenerId))
                    .col(timestamp_with_time_zone(StakeholderGroups::CreatedAt))
                    .foreign_key(&mut fk(
                        (StakeholderGroups::Table, StakeholderGroups::ConvenerId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StakeholderGroupMembers::Table)
                    .col(uuid(StakeholderGroupMembers::GroupId))
                    .col(uuid(StakeholderGroupMembers::OrganisationId))
                    .primary_key(
                        Index::create()
                            .col(StakeholderGroupMembers::GroupId)
                            .col(StakeholderGroupMembers::OrganisationId),
                    )
                    .foreign_key(&mut fk(
                        (
                            StakeholderGroupMembers::Table,
                            StakeholderGroupMembers::GroupId,
                        ),
                        (StakeholderGroups::Table, StakeholderGroups::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_stakeholder_group_members_organisation",
            StakeholderGroupMembers::Table,
            vec![StakeholderGroupMembers::OrganisationId.into_iden()],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(StakeholderGroupCoordinators::Table)
                    .col(uuid(StakeholderGroupCoordinators::GroupId))
                    .col(uuid(StakeholderGroupCoordinators::UserId))
                    .primary_key(
                        Index::create()
                            .col(StakeholderGroupCoordinators::GroupId)
                            .col(StakeholderGroupCoordinators::UserId),
                    )
                    .foreign_key(&mut fk(
                        (
                            StakeholderGroupCoordinators::Table,
                            StakeholderGroupCoordinators::GroupId,
                        ),
                        (StakeholderGroups::Table, StakeholderGroups::Id),
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            StakeholderGroupCoordinators::Table.into_iden(),
            StakeholderGroupMembers::Table.into_iden(),
            StakeholderGroups::Table.into_iden(),
            Vacancies::Table.into_iden(),
            MediationRequests::Table.into_iden(),
            MentorshipMeetings::Table.into_iden(),
            Mentorships::Table.into_iden(),
            StaffProfiles::Table.into_iden(),
            LifeEntries::Table.into_iden(),
            LifeGoals::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

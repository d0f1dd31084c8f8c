//! Caseloads, referral assignments and follow-up tasks (issue 15, parts 2 and 3).
//!
//! A participant's case worker and an incoming referral's assignee live in tables of their own
//! (one row per participant, per referral) rather than in new columns, so the tables that many
//! writers touch keep their shape. Existing participants get the person who registered them,
//! read from the audit log, when that person still carries cases in the owning organisation;
//! everyone else stays unassigned.

use sea_orm::ConnectionTrait;
use sea_orm_migration::{prelude::*, schema::*};

use super::helpers::{cascading_foreign_key, foreign_key, index};

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
enum Participants {
    Table,
    Id,
}

#[derive(Iden)]
enum Referrals {
    Table,
    Id,
}

#[derive(Iden)]
enum Caseloads {
    Table,
    ParticipantId,
    UserId,
    AssignedAt,
}

#[derive(Iden)]
enum ReferralAssignments {
    Table,
    ReferralId,
    UserId,
    AssignedAt,
}

#[derive(Iden)]
enum Tasks {
    Table,
    Id,
    OrganisationId,
    ParticipantId,
    ReferralId,
    Title,
    DueOn,
    AssigneeId,
    Status,
    CreatedBy,
    CreatedAt,
    CompletedAt,
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Caseloads::Table)
                    .col(pk_uuid(Caseloads::ParticipantId))
                    .col(uuid(Caseloads::UserId))
                    .col(timestamp_with_time_zone(Caseloads::AssignedAt))
                    .foreign_key(&mut cascading_foreign_key(
                        (Caseloads::Table, Caseloads::ParticipantId),
                        (Participants::Table, Participants::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (Caseloads::Table, Caseloads::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_caseloads_user",
            Caseloads::Table,
            vec![
                Caseloads::UserId.into_iden(),
                Caseloads::ParticipantId.into_iden(),
            ],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(ReferralAssignments::Table)
                    .col(pk_uuid(ReferralAssignments::ReferralId))
                    .col(uuid(ReferralAssignments::UserId))
                    .col(timestamp_with_time_zone(ReferralAssignments::AssignedAt))
                    .foreign_key(&mut cascading_foreign_key(
                        (ReferralAssignments::Table, ReferralAssignments::ReferralId),
                        (Referrals::Table, Referrals::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (ReferralAssignments::Table, ReferralAssignments::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_referral_assignments_user",
            ReferralAssignments::Table,
            vec![
                ReferralAssignments::UserId.into_iden(),
                ReferralAssignments::ReferralId.into_iden(),
            ],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(Tasks::Table)
                    .col(pk_uuid(Tasks::Id))
                    .col(uuid(Tasks::OrganisationId))
                    .col(uuid_null(Tasks::ParticipantId))
                    .col(uuid_null(Tasks::ReferralId))
                    .col(string_len(Tasks::Title, 800))
                    .col(date(Tasks::DueOn))
                    .col(uuid(Tasks::AssigneeId))
                    .col(string_len(Tasks::Status, 20))
                    .col(uuid(Tasks::CreatedBy))
                    .col(timestamp_with_time_zone(Tasks::CreatedAt))
                    .col(timestamp_with_time_zone_null(Tasks::CompletedAt))
                    .foreign_key(&mut cascading_foreign_key(
                        (Tasks::Table, Tasks::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .foreign_key(&mut cascading_foreign_key(
                        (Tasks::Table, Tasks::ParticipantId),
                        (Participants::Table, Participants::Id),
                    ))
                    .foreign_key(&mut cascading_foreign_key(
                        (Tasks::Table, Tasks::ReferralId),
                        (Referrals::Table, Referrals::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (Tasks::Table, Tasks::AssigneeId),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(&mut foreign_key(
                        (Tasks::Table, Tasks::CreatedBy),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // `myTasks`: one assignee's tasks, open first, by due date.
        index(
            manager,
            "idx_tasks_assignee",
            Tasks::Table,
            vec![
                Tasks::AssigneeId.into_iden(),
                Tasks::Status.into_iden(),
                Tasks::DueOn.into_iden(),
                Tasks::Id.into_iden(),
            ],
        )
        .await?;
        // The scan for tasks falling due.
        index(
            manager,
            "idx_tasks_due",
            Tasks::Table,
            vec![Tasks::Status.into_iden(), Tasks::DueOn.into_iden()],
        )
        .await?;
        backfill(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Tasks::Table.into_iden(),
            ReferralAssignments::Table.into_iden(),
            Caseloads::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

/// Each participant already registered goes to the caseload of whoever registered them (the
/// audit log's `registerParticipant` entry that names them), when that person is active and
/// still carries cases (case manager, staff or admin) in the owning organisation. The same SQL
/// on both databases; a participant named by two entries takes the first.
async fn backfill(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let backend = manager.get_database_backend();
    let rows = db
        .query_all_raw(sea_orm::Statement::from_string(
            backend,
            "SELECT p.id AS participant_id, a.user_id AS user_id, a.at AS at \
             FROM participants p \
             JOIN audit_log a ON a.entity_id = p.id AND a.operation = 'registerParticipant' \
                  AND a.outcome = 'ALLOWED' AND a.user_id IS NOT NULL \
             JOIN memberships m ON m.user_id = a.user_id \
                  AND m.organisation_id = p.owner_organisation_id \
                  AND m.role IN ('CASE_MANAGER', 'STAFF', 'ORG_ADMIN') \
             JOIN users u ON u.id = a.user_id AND u.active = TRUE \
             ORDER BY a.at",
        ))
        .await?;
    let mut seen = std::collections::HashSet::new();
    for row in rows {
        let participant: uuid::Uuid = row.try_get("", "participant_id")?;
        if !seen.insert(participant) {
            continue;
        }
        let user: uuid::Uuid = row.try_get("", "user_id")?;
        let at: chrono::DateTime<chrono::Utc> = row.try_get("", "at")?;
        let insert = Query::insert()
            .into_table(Caseloads::Table)
            .columns([
                Caseloads::ParticipantId,
                Caseloads::UserId,
                Caseloads::AssignedAt,
            ])
            .values_panic([participant.into(), user.into(), at.into()])
            .to_owned();
        db.execute_raw(backend.build(&insert)).await?;
    }
    Ok(())
}

//! What a participant's data export reads besides what other repositories already answer: the
//! rows about one person that no screen lists whole (all their referrals, life-card entries,
//! mediation requests, tasks, attendance marks) and the audit entries about their records.
//! Each function reads exactly the ids it is given; the use case decides whose.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use skupaj_domain::audit::AuditEntry;
use skupaj_domain::enrolment::AttendanceStatus;
use skupaj_domain::life_card::LifeEntry;
use skupaj_domain::mediation::MediationRequest;
use skupaj_domain::referral::Referral;
use skupaj_domain::task::Task;
use uuid::Uuid;

use crate::entity::{
    attendance, audit_entry, life_entry, mediation_request, programme_session, referral, task,
};
use crate::error::parse_stored;
use crate::{Database, PersistenceError};

/// Every referral of a participant, oldest first.
pub async fn referrals_of(
    db: &Database,
    participant: Uuid,
) -> Result<Vec<Referral>, PersistenceError> {
    referral::Entity::find()
        .filter(referral::Column::ParticipantId.eq(participant))
        .order_by_asc(referral::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(crate::referrals::to_domain)
        .collect()
}

/// Every life-card entry of a participant, in every domain, oldest first.
pub async fn life_entries_of(
    db: &Database,
    participant: Uuid,
) -> Result<Vec<LifeEntry>, PersistenceError> {
    life_entry::Entity::find()
        .filter(life_entry::Column::ParticipantId.eq(participant))
        .order_by_asc(life_entry::Column::OccurredOn)
        .order_by_asc(life_entry::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(crate::life_cards::entry_to_domain)
        .collect()
}

/// Every mediation request naming a participant, oldest first.
pub async fn mediation_requests_of(
    db: &Database,
    participant: Uuid,
) -> Result<Vec<MediationRequest>, PersistenceError> {
    mediation_request::Entity::find()
        .filter(mediation_request::Column::ParticipantId.eq(participant))
        .order_by_asc(mediation_request::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(crate::mediation::to_domain)
        .collect()
}

/// Every task about a participant or about one of these referrals (theirs), oldest first.
pub async fn tasks_about(
    db: &Database,
    participant: Uuid,
    referrals: &[Uuid],
) -> Result<Vec<Task>, PersistenceError> {
    let mut about = Condition::any().add(task::Column::ParticipantId.eq(participant));
    if !referrals.is_empty() {
        about = about.add(task::Column::ReferralId.is_in(referrals.iter().copied()));
    }
    task::Entity::find()
        .filter(about)
        .order_by_asc(task::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(crate::tasks::to_domain)
        .collect()
}

/// One attendance mark: an enrolment's status at one session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendanceMark {
    pub enrolment_id: Uuid,
    pub session_id: Uuid,
    pub session_starts_at: DateTime<Utc>,
    pub status: AttendanceStatus,
}

/// The attendance marks of these enrolments, by session start.
pub async fn attendance_marks(
    db: &Database,
    enrolments: &[Uuid],
) -> Result<Vec<AttendanceMark>, PersistenceError> {
    if enrolments.is_empty() {
        return Ok(Vec::new());
    }
    let marks: Vec<(Uuid, Uuid, String)> = attendance::Entity::find()
        .select_only()
        .column(attendance::Column::EnrolmentId)
        .column(attendance::Column::SessionId)
        .column(attendance::Column::Status)
        .filter(attendance::Column::EnrolmentId.is_in(enrolments.iter().copied()))
        .into_tuple()
        .all(db)
        .await?;
    let sessions: Vec<Uuid> = marks.iter().map(|(_, session, _)| *session).collect();
    let starts: std::collections::HashMap<Uuid, DateTime<Utc>> = if sessions.is_empty() {
        std::collections::HashMap::new()
    } else {
        programme_session::Entity::find()
            .select_only()
            .column(programme_session::Column::Id)
            .column(programme_session::Column::StartsAt)
            .filter(programme_session::Column::Id.is_in(sessions))
            .into_tuple::<(Uuid, DateTime<Utc>)>()
            .all(db)
            .await?
            .into_iter()
            .collect()
    };
    let mut found = marks
        .into_iter()
        .filter_map(|(enrolment_id, session_id, status)| {
            // A session cancelled since has no time left to show; its mark goes with it.
            let session_starts_at = *starts.get(&session_id)?;
            Some((enrolment_id, session_id, session_starts_at, status))
        })
        .map(|(enrolment_id, session_id, session_starts_at, status)| {
            Ok(AttendanceMark {
                enrolment_id,
                session_id,
                session_starts_at,
                status: parse_stored("attendance.status", &status)?,
            })
        })
        .collect::<Result<Vec<_>, PersistenceError>>()?;
    found.sort_by_key(|mark| (mark.session_starts_at, mark.enrolment_id));
    Ok(found)
}

/// The audit entries about any of these records, oldest first.
pub async fn audit_about(
    db: &Database,
    records: &[Uuid],
) -> Result<Vec<AuditEntry>, PersistenceError> {
    if records.is_empty() {
        return Ok(Vec::new());
    }
    let mut found = Vec::new();
    // Bounded statements, whatever the number of records.
    for chunk in records.chunks(500) {
        let rows = audit_entry::Entity::find()
            .filter(audit_entry::Column::EntityId.is_in(chunk.iter().copied()))
            .all(db)
            .await?;
        for row in rows {
            found.push(crate::audit::to_domain(row)?);
        }
    }
    found.sort_by_key(|entry: &AuditEntry| (entry.at, entry.id));
    Ok(found)
}

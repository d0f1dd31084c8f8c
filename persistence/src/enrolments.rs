//! Enrolments: places and the waitlist, attendance, completion and follow-up outcomes.
//!
//! Every change that can move a place first locks the programme's row (a no-op UPDATE), so
//! concurrent enrolments in one programme run one after another, on PostgreSQL (row lock) as on
//! SQLite (the single write lock, taken before anything is read): capacity is never exceeded and
//! the waitlist keeps arrival order.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, OnConflict, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use skupaj_domain::access::Permit;
use skupaj_domain::enrolment::{
    AttendanceFacts, AttendanceStatus, Enrolment, EnrolmentFacts, EnrolmentStatus, FollowUpOutcome,
    session_counts,
};
use uuid::Uuid;

use crate::database::WriteTransaction;
use crate::entity::{
    attendance, enrolment, follow_up_outcome, participant, programme, programme_session,
};
use crate::error::{from_json, parse_stored, to_json};
use crate::notifications;
use crate::page::Page;
use crate::referrals::ActedBy;
use crate::{Database, PersistenceError};
use skupaj_domain::notification::{NotificationKind, on_place};

/// A new enrolment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewEnrolment {
    pub programme_id: Uuid,
    pub participant_id: Uuid,
    pub referral_id: Option<Uuid>,
    pub enrolled_by: ActedBy,
}

/// What happened to an enrolment that answers a referral; the referral follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnrolmentChange {
    /// Enrolled with a place.
    Enrolled,
    /// Enrolled on the waitlist.
    Waitlisted,
    /// Given a place from the waitlist.
    Promoted,
    /// Ended before completion (withdrawn, dropped out, or the programme was cancelled).
    Left,
    /// Completed.
    Completed,
}

/// How a referral follows the enrolment that answers it: the application's referral step
/// (`skupaj_app::referral`), handed to the enrolment writes so it runs in their transaction.
/// Storage does not decide what the referral does; it only says what happened.
#[async_trait::async_trait]
pub trait FollowReferral: Send + Sync {
    /// Moves `referral` along after `change`, inside `txn`.
    async fn follow(
        &self,
        txn: &WriteTransaction,
        referral: Uuid,
        change: EnrolmentChange,
    ) -> Result<(), PersistenceError>;
}

pub(crate) async fn lock_programme(
    txn: &impl ConnectionTrait,
    programme_id: Uuid,
) -> Result<programme::Model, PersistenceError> {
    programme::Entity::update_many()
        .col_expr(programme::Column::UpdatedAt, Utc::now().into())
        .filter(programme::Column::Id.eq(programme_id))
        .exec(txn)
        .await?;
    programme::Entity::find_by_id(programme_id)
        .one(txn)
        .await?
        .ok_or(PersistenceError::NotFound)
}

/// Enrols a participant: `ENROLLED` while places remain, else `WAITLISTED` at the end of the
/// line. A participant already waiting or enrolled in the programme is a `Duplicate`. A referral
/// the enrolment answers follows (`referral`, in the same transaction).
pub async fn enrol(
    db: &Database,
    _permit: Permit,
    new: NewEnrolment,
    referral: &dyn FollowReferral,
) -> Result<Enrolment, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let programme = lock_programme(&txn, new.programme_id).await?;
    let active = enrolment::Entity::find()
        .filter(enrolment::Column::ProgrammeId.eq(new.programme_id))
        .filter(enrolment::Column::ParticipantId.eq(new.participant_id))
        .filter(enrolment::Column::Status.is_in(active_statuses()))
        .count(&txn)
        .await?;
    if active > 0 {
        return Err(PersistenceError::Duplicate(
            "an active enrolment of this participant",
        ));
    }
    let has_place = programme.enrolled_count < programme.capacity;
    let status = if has_place {
        EnrolmentStatus::Enrolled
    } else {
        EnrolmentStatus::Waitlisted
    };
    // The arrival number comes from the locked programme row, not from a clock, so arrival order
    // holds across instances.
    let position = programme.next_position + 1;
    programme::Entity::update_many()
        .col_expr(
            programme::Column::EnrolledCount,
            (programme.enrolled_count + i32::from(has_place)).into(),
        )
        .col_expr(programme::Column::NextPosition, position.into())
        .filter(programme::Column::Id.eq(new.programme_id))
        .exec(&txn)
        .await?;
    let now = Utc::now();
    let row = enrolment::ActiveModel {
        id: Set(Uuid::now_v7()),
        programme_id: Set(new.programme_id),
        participant_id: Set(new.participant_id),
        status: Set(status.to_string()),
        referral_id: Set(new.referral_id),
        enrolled_by_organisation_id: Set(new.enrolled_by.organisation_id.unwrap_or_default()),
        had_place: Set(has_place),
        modules_completed: Set("[]".to_owned()),
        certificate_awarded: Set(false),
        completed_on: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        queue_position: Set(position),
        placed_at: Set(has_place.then_some(now)),
    }
    .insert(&txn)
    .await?;
    if has_place {
        let owner = participant_owner(&txn, new.participant_id).await?;
        notifications::raise(
            &txn,
            &[on_place(
                NotificationKind::EnrolmentConfirmed,
                row.id,
                owner,
            )],
        )
        .await?;
    }
    if let Some(id) = new.referral_id {
        let change = if has_place {
            EnrolmentChange::Enrolled
        } else {
            EnrolmentChange::Waitlisted
        };
        referral.follow(&txn, id, change).await?;
    }
    crate::audit::created(row.id);
    crate::audit::commit(txn).await?;
    to_domain(row)
}

/// Ends an enrolment (`WITHDRAWN` or `DROPPED_OUT`). A freed place goes to the first of the
/// waitlist, whose referral resumes. Returns the enrolment as it now is and the promoted one.
pub async fn leave(
    db: &Database,
    _permit: Permit,
    id: Uuid,
    status: EnrolmentStatus,
    referral: &dyn FollowReferral,
) -> Result<(Enrolment, Option<Enrolment>), PersistenceError> {
    let Some(current) = enrolment::Entity::find_by_id(id).one(db).await? else {
        return Err(PersistenceError::NotFound);
    };
    let txn = crate::database::begin_write(db).await?;
    let programme = lock_programme(&txn, current.programme_id).await?;
    let promoted = leave_within(&txn, &programme, id, status, referral).await?;
    crate::audit::commit(txn).await?;
    let left = get(db, id).await?.ok_or(PersistenceError::NotFound)?;
    let promoted = match promoted {
        Some(id) => get(db, id).await?,
        None => None,
    };
    Ok((left, promoted))
}

/// Ends every active enrolment of a programme (it was cancelled); their referrals follow.
pub async fn end_all(
    db: &Database,
    programme_id: Uuid,
    referral: &dyn FollowReferral,
) -> Result<u64, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    lock_programme(&txn, programme_id).await?;
    let active = enrolment::Entity::find()
        .filter(enrolment::Column::ProgrammeId.eq(programme_id))
        .filter(enrolment::Column::Status.is_in(active_statuses()))
        .all(&txn)
        .await?;
    for row in &active {
        guarded_status(&txn, row.id, &row.status, EnrolmentStatus::Withdrawn).await?;
        if let Some(id) = row.referral_id {
            referral.follow(&txn, id, EnrolmentChange::Left).await?;
        }
    }
    programme::Entity::update_many()
        .col_expr(programme::Column::EnrolledCount, 0.into())
        .filter(programme::Column::Id.eq(programme_id))
        .exec(&txn)
        .await?;
    crate::audit::commit(txn).await?;
    Ok(u64::try_from(active.len()).unwrap_or(u64::MAX))
}

/// Inside a transaction holding the programme's lock: ends one enrolment (if still active),
/// closes its referral, and hands a freed place to the first of the waitlist.
async fn leave_within(
    txn: &WriteTransaction,
    programme: &programme::Model,
    id: Uuid,
    status: EnrolmentStatus,
    referral: &dyn FollowReferral,
) -> Result<Option<Uuid>, PersistenceError> {
    let current = enrolment::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or(PersistenceError::NotFound)?;
    let previous: EnrolmentStatus = parse_stored("enrolments.status", &current.status)?;
    if !previous.is_active() {
        return Err(PersistenceError::Stale);
    }
    guarded_status(txn, id, &current.status, status).await?;
    if let Some(id) = current.referral_id {
        referral.follow(txn, id, EnrolmentChange::Left).await?;
    }
    if previous != EnrolmentStatus::Enrolled {
        return Ok(None);
    }
    programme::Entity::update_many()
        .col_expr(
            programme::Column::EnrolledCount,
            (programme.enrolled_count - 1).max(0).into(),
        )
        .filter(programme::Column::Id.eq(current.programme_id))
        .exec(txn)
        .await?;
    Ok(fill_places(txn, current.programme_id, 1, referral)
        .await?
        .into_iter()
        .next())
}

/// Inside a transaction holding the programme's lock: gives up to `places` free places to the
/// first of the waitlist, in arrival order. Each promoted enrolment's referral follows and its
/// participant's case workers hear of it; the place count grows by as many. Returns the
/// promoted enrolments' ids, in order.
pub(crate) async fn fill_places(
    txn: &WriteTransaction,
    programme_id: Uuid,
    places: u32,
    referral: &dyn FollowReferral,
) -> Result<Vec<Uuid>, PersistenceError> {
    if places == 0 {
        return Ok(Vec::new());
    }
    let next = enrolment::Entity::find()
        .filter(enrolment::Column::ProgrammeId.eq(programme_id))
        .filter(enrolment::Column::Status.eq(EnrolmentStatus::Waitlisted.to_string()))
        .order_by_asc(enrolment::Column::QueuePosition)
        .limit(u64::from(places))
        .all(txn)
        .await?;
    if next.is_empty() {
        return Ok(Vec::new());
    }
    let now = Utc::now();
    let mut promoted = Vec::with_capacity(next.len());
    let mut events = Vec::with_capacity(next.len());
    for row in &next {
        guarded_status(txn, row.id, &row.status, EnrolmentStatus::Enrolled).await?;
        enrolment::Entity::update_many()
            .col_expr(enrolment::Column::HadPlace, true.into())
            .col_expr(enrolment::Column::PlacedAt, Some(now).into())
            .filter(enrolment::Column::Id.eq(row.id))
            .exec(txn)
            .await?;
        if let Some(id) = row.referral_id {
            referral.follow(txn, id, EnrolmentChange::Promoted).await?;
        }
        let owner = participant_owner(txn, row.participant_id).await?;
        events.push(on_place(
            NotificationKind::PromotedFromWaitlist,
            row.id,
            owner,
        ));
        promoted.push(row.id);
    }
    let added = i32::try_from(promoted.len()).unwrap_or(i32::MAX);
    programme::Entity::update_many()
        .col_expr(
            programme::Column::EnrolledCount,
            sea_orm::sea_query::ExprTrait::add(Expr::col(programme::Column::EnrolledCount), added),
        )
        .filter(programme::Column::Id.eq(programme_id))
        .exec(txn)
        .await?;
    notifications::raise(txn, &events).await?;
    Ok(promoted)
}

/// Completes an enrolment, recording modules and certificate; its referral follows.
pub async fn complete(
    db: &Database,
    _permit: Permit,
    id: Uuid,
    modules: &[String],
    certificate_awarded: bool,
    on: NaiveDate,
    referral: &dyn FollowReferral,
) -> Result<Enrolment, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    let updated = enrolment::Entity::update_many()
        .col_expr(
            enrolment::Column::Status,
            EnrolmentStatus::Completed.to_string().into(),
        )
        .col_expr(
            enrolment::Column::ModulesCompleted,
            to_json(&modules).into(),
        )
        .col_expr(
            enrolment::Column::CertificateAwarded,
            certificate_awarded.into(),
        )
        .col_expr(enrolment::Column::CompletedOn, Some(on).into())
        .col_expr(enrolment::Column::UpdatedAt, Utc::now().into())
        .filter(enrolment::Column::Id.eq(id))
        .filter(enrolment::Column::Status.eq(EnrolmentStatus::Enrolled.to_string()))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(PersistenceError::Stale);
    }
    let row = enrolment::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(PersistenceError::NotFound)?;
    if let Some(id) = row.referral_id {
        referral
            .follow(&txn, id, EnrolmentChange::Completed)
            .await?;
    }
    crate::audit::commit(txn).await?;
    get(db, id).await?.ok_or(PersistenceError::NotFound)
}

/// Records attendance for one session (replacing what was recorded before).
pub async fn record_attendance(
    db: &Database,
    _permit: Permit,
    session_id: Uuid,
    entries: &[(Uuid, AttendanceStatus)],
) -> Result<(), PersistenceError> {
    if entries.is_empty() {
        return Ok(());
    }
    attendance::Entity::insert_many(entries.iter().map(|(enrolment_id, status)| {
        attendance::ActiveModel {
            enrolment_id: Set(*enrolment_id),
            session_id: Set(session_id),
            status: Set(status.to_string()),
        }
    }))
    .on_conflict(
        OnConflict::columns([
            attendance::Column::EnrolmentId,
            attendance::Column::SessionId,
        ])
        .update_column(attendance::Column::Status)
        .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

/// (sessions attended, sessions that count) for the minimum attendance, as of `now`: every
/// session held while the participant had a place, and every held session for which attendance
/// was recorded for them (`enrolment::session_counts`).
pub async fn attendance_of(
    db: &Database,
    enrolment: &Enrolment,
    now: DateTime<Utc>,
) -> Result<(u32, u32), PersistenceError> {
    let marks: Vec<(Uuid, String)> = attendance::Entity::find()
        .filter(attendance::Column::EnrolmentId.eq(enrolment.id))
        .select_only()
        .column(attendance::Column::SessionId)
        .column(attendance::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    let sessions: Vec<(Uuid, DateTime<Utc>)> = programme_session::Entity::find()
        .filter(programme_session::Column::ProgrammeId.eq(enrolment.programme_id))
        .filter(programme_session::Column::StartsAt.lte(now))
        .select_only()
        .column(programme_session::Column::Id)
        .column(programme_session::Column::StartsAt)
        .into_tuple()
        .all(db)
        .await?;
    let present_status = AttendanceStatus::Present.to_string();
    let (mut present, mut counted) = (0u32, 0u32);
    for (session, starts_at) in sessions {
        let mark = marks.iter().find(|(s, _)| *s == session).map(|(_, m)| m);
        if session_counts(starts_at, enrolment.placed_at, mark.is_some(), now) {
            counted = counted.saturating_add(1);
            if mark.is_some_and(|m| *m == present_status) {
                present = present.saturating_add(1);
            }
        }
    }
    Ok((present, counted))
}

/// Records a follow-up outcome of a completed enrolment.
pub async fn record_outcome(
    db: &Database,
    _permit: Permit,
    enrolment_id: Uuid,
    outcome: FollowUpOutcome,
    on: NaiveDate,
) -> Result<(), PersistenceError> {
    follow_up_outcome::ActiveModel {
        id: Set(Uuid::now_v7()),
        enrolment_id: Set(enrolment_id),
        outcome: Set(outcome.to_string()),
        occurred_on: Set(on),
        recorded_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Follow-up outcomes of an enrolment, oldest first.
pub async fn outcomes(
    db: &Database,
    enrolment_id: Uuid,
) -> Result<Vec<(FollowUpOutcome, NaiveDate)>, PersistenceError> {
    follow_up_outcome::Entity::find()
        .filter(follow_up_outcome::Column::EnrolmentId.eq(enrolment_id))
        .order_by_asc(follow_up_outcome::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|row| {
            Ok((
                parse_stored("follow_up_outcomes.outcome", &row.outcome)?,
                row.occurred_on,
            ))
        })
        .collect()
}

pub async fn get(db: &Database, id: Uuid) -> Result<Option<Enrolment>, PersistenceError> {
    enrolment::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(to_domain)
        .transpose()
}

/// A participant's enrolments across programmes and cohorts, oldest first.
pub async fn of_participant(
    db: &Database,
    participant_id: Uuid,
) -> Result<Vec<Enrolment>, PersistenceError> {
    enrolment::Entity::find()
        .filter(enrolment::Column::ParticipantId.eq(participant_id))
        .order_by_asc(enrolment::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// A programme's enrolments in arrival order, `first` at a time (`after` is a position).
pub async fn of_programme(
    db: &Database,
    programme_id: Uuid,
    after: Option<i32>,
    first: u64,
) -> Result<Page<Enrolment>, PersistenceError> {
    let mut query = enrolment::Entity::find()
        .filter(enrolment::Column::ProgrammeId.eq(programme_id))
        .order_by_asc(enrolment::Column::QueuePosition);
    if let Some(after) = after {
        query = query.filter(enrolment::Column::QueuePosition.gt(after));
    }
    let rows = query.limit(first + 1).all(db).await?;
    Page::from_overfetch(rows, first).try_map(to_domain)
}

/// What the statistics of a programme are computed from: its enrolments with their outcomes,
/// the start dates of their participants' placements, and (present, recorded) attendance. Four
/// statements.
pub async fn facts(
    db: &Database,
    programme_id: Uuid,
) -> Result<(Vec<EnrolmentFacts>, AttendanceFacts), PersistenceError> {
    let rows = enrolment::Entity::find()
        .filter(enrolment::Column::ProgrammeId.eq(programme_id))
        .all(db)
        .await?;
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let outcomes = follow_up_outcome::Entity::find()
        .filter(follow_up_outcome::Column::EnrolmentId.is_in(ids.clone()))
        .all(db)
        .await?;
    let marks: Vec<(Uuid, String)> = attendance::Entity::find()
        .filter(attendance::Column::EnrolmentId.is_in(ids))
        .select_only()
        .column(attendance::Column::EnrolmentId)
        .column(attendance::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    let present = marks
        .iter()
        .filter(|(_, m)| *m == AttendanceStatus::Present.to_string())
        .count();
    let attendees = marks
        .iter()
        .map(|(enrolment, _)| *enrolment)
        .collect::<std::collections::HashSet<_>>()
        .len();
    // Placements count as work from their start date (`domain::placement`).
    let placed = crate::placements::starts_by_participant(
        db,
        Query::select()
            .column(enrolment::Column::ParticipantId)
            .from(enrolment::Entity)
            .and_where(enrolment::Column::ProgrammeId.eq(programme_id))
            .to_owned(),
    )
    .await?;
    let mut facts = Vec::with_capacity(rows.len());
    for row in rows {
        let mut work = placed.get(&row.participant_id).cloned().unwrap_or_default();
        for outcome in outcomes.iter().filter(|o| o.enrolment_id == row.id) {
            let kind: FollowUpOutcome =
                parse_stored("follow_up_outcomes.outcome", &outcome.outcome)?;
            if kind.is_work() {
                work.push(outcome.occurred_on);
            }
        }
        facts.push(EnrolmentFacts {
            status: parse_stored("enrolments.status", &row.status)?,
            had_place: row.had_place,
            completed_on: row.completed_on,
            work_found_on: work,
        });
    }
    let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let attendance = AttendanceFacts {
        present: to_u32(present),
        recorded: to_u32(marks.len()),
        attendees: to_u32(attendees),
    };
    Ok((facts, attendance))
}

/// Moves an enrolment from the status just read to `to`; `Stale` when it changed meanwhile.
async fn guarded_status(
    txn: &impl ConnectionTrait,
    id: Uuid,
    from: &str,
    to: EnrolmentStatus,
) -> Result<(), PersistenceError> {
    let updated = enrolment::Entity::update_many()
        .col_expr(enrolment::Column::Status, to.to_string().into())
        .col_expr(enrolment::Column::UpdatedAt, Utc::now().into())
        .filter(enrolment::Column::Id.eq(id))
        .filter(enrolment::Column::Status.eq(from))
        .exec(txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(PersistenceError::Stale);
    }
    Ok(())
}

/// The organisation that owns a participant (whose case workers hear of places).
async fn participant_owner(
    txn: &impl ConnectionTrait,
    participant: Uuid,
) -> Result<Uuid, PersistenceError> {
    let owner: Option<Uuid> = participant::Entity::find_by_id(participant)
        .select_only()
        .column(participant::Column::OwnerOrganisationId)
        .into_tuple()
        .one(txn)
        .await?;
    owner.ok_or(PersistenceError::NotFound)
}

fn active_statuses() -> [String; 2] {
    [
        EnrolmentStatus::Waitlisted.to_string(),
        EnrolmentStatus::Enrolled.to_string(),
    ]
}

fn to_domain(row: enrolment::Model) -> Result<Enrolment, PersistenceError> {
    Ok(Enrolment {
        id: row.id,
        programme_id: row.programme_id,
        participant_id: row.participant_id,
        status: parse_stored("enrolments.status", &row.status)?,
        referral_id: row.referral_id,
        enrolled_by_organisation_id: row.enrolled_by_organisation_id,
        modules_completed: from_json("enrolments.modules_completed", &row.modules_completed)?,
        certificate_awarded: row.certificate_awarded,
        completed_on: row.completed_on,
        position: u32::try_from(row.queue_position).unwrap_or(0),
        placed_at: row.placed_at,
        created_at: row.created_at,
    })
}

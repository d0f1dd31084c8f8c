//! The scan for notices nobody triggers by hand: sessions tomorrow, consents about to expire,
//! follow-up outcomes due, tasks due, referrals to answer soon. The rules of when are in `skupaj_domain::schedule`; this module finds
//! the records and sends each notice once.
//!
//! Once, even with several instances scanning at the same time: a notice is raised in the same
//! transaction that records its key in `scheduled_notices`, and only the transaction that
//! inserted the key raises it.

use std::collections::HashMap;

use chrono::{DateTime, Days, NaiveDate, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait, QueryFilter,
    QuerySelect, Statement, TransactionTrait,
};
use skupaj_domain::enrolment::EnrolmentStatus;
use skupaj_domain::referral::ReferralStatus;
use skupaj_domain::schedule::{self, DueNotice, FollowUpMilestone};
use uuid::Uuid;

use crate::entity::{consent, enrolment, participant, programme, programme_session, referral};
use crate::{Database, PersistenceError, notifications};

/// While held, no other instance runs the scan (PostgreSQL: a transaction-scoped advisory lock
/// on a connection of its own; `release` ends the transaction and frees the lock). The scan is
/// correct without it, since every notice and expiry is once-only; the lock saves the duplicate
/// work. SQLite runs one instance, so the lock is always granted.
pub struct ScanLock(Option<DatabaseTransaction>);

impl ScanLock {
    /// Frees the lock now (dropping it frees it too, once the connection is next used).
    pub async fn release(self) -> Result<(), PersistenceError> {
        if let Some(txn) = self.0 {
            txn.rollback().await?;
        }
        Ok(())
    }
}

/// An arbitrary, fixed key naming "the scheduled scan" among advisory locks.
const SCAN_LOCK_KEY: i64 = 0x736b_7570_616a;

/// An arbitrary, fixed key naming "a retention run" among advisory locks.
const RETENTION_LOCK_KEY: i64 = 0x736b_7570_7265;

/// `None` when another instance is scanning now.
pub async fn try_scan_lock(db: &Database) -> Result<Option<ScanLock>, PersistenceError> {
    try_lock(db, SCAN_LOCK_KEY).await
}

/// `None` when another instance (or `skupaj retention`) is running retention now. A lock of
/// its own, apart from the scan's: retention runs on its own timer and from the command line.
pub async fn try_retention_lock(db: &Database) -> Result<Option<ScanLock>, PersistenceError> {
    try_lock(db, RETENTION_LOCK_KEY).await
}

async fn try_lock(db: &Database, key: i64) -> Result<Option<ScanLock>, PersistenceError> {
    if db.get_database_backend() != DbBackend::Postgres {
        return Ok(Some(ScanLock(None)));
    }
    let txn = db.begin().await?;
    let row = txn
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_try_advisory_xact_lock($1) AS locked",
            [key.into()],
        ))
        .await?;
    let locked = match row {
        Some(row) => row.try_get::<bool>("", "locked")?,
        None => false,
    };
    Ok(locked.then_some(ScanLock(Some(txn))))
}

/// How many notices one scan sent, by kind.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ScanReport {
    pub session_reminders: usize,
    pub consents_expiring: usize,
    pub follow_ups_due: usize,
    pub tasks_due: usize,
    pub respond_by_reminders: usize,
    /// Notices that failed this time (they are tried again at the next scan).
    pub failed: usize,
}

impl ScanReport {
    pub fn total(&self) -> usize {
        self.session_reminders
            + self.consents_expiring
            + self.follow_ups_due
            + self.tasks_due
            + self.respond_by_reminders
    }
}

/// What the scan may be configured with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScanOptions {
    /// How many working days before a referral's respond-by date its receiver is reminded
    /// (0: never).
    pub respond_by_reminder_working_days: u32,
}

impl Default for ScanOptions {
    fn default() -> Self {
        Self {
            respond_by_reminder_working_days: schedule::DEFAULT_RESPOND_BY_REMINDER_WORKING_DAYS,
        }
    }
}

/// Sends every notice due on `today` that has not gone out yet, with the default options.
pub async fn send_due_notices(
    db: &Database,
    today: NaiveDate,
) -> Result<ScanReport, PersistenceError> {
    send_due_notices_with(db, today, ScanOptions::default()).await
}

/// Sends every notice due on `today` that has not gone out yet. One notice failing does not
/// hold up the others.
pub async fn send_due_notices_with(
    db: &Database,
    today: NaiveDate,
    options: ScanOptions,
) -> Result<ScanReport, PersistenceError> {
    let mut report = ScanReport::default();
    let (sessions, failed) = send_each(db, session_reminders(db, today).await?).await;
    report.session_reminders = sessions;
    report.failed += failed;
    let (consents, failed) = send_each(db, consents_expiring(db, today).await?).await;
    report.consents_expiring = consents;
    report.failed += failed;
    let (follow_ups, failed) = send_each(db, follow_ups_due(db, today).await?).await;
    report.follow_ups_due = follow_ups;
    report.failed += failed;
    let (tasks, failed) = send_each(db, tasks_due(db, today).await?).await;
    report.tasks_due = tasks;
    report.failed += failed;
    let due = respond_by_reminders(db, today, options.respond_by_reminder_working_days).await?;
    let (reminders, failed) = send_each(db, due).await;
    report.respond_by_reminders = reminders;
    report.failed += failed;
    Ok(report)
}

/// (sent, failed)
async fn send_each(db: &Database, due: Vec<DueNotice>) -> (usize, usize) {
    let (mut sent, mut failed) = (0, 0);
    for notice in due {
        match send_once(db, &notice).await {
            Ok(true) => sent += 1,
            Ok(false) => {}
            Err(_) => failed += 1,
        }
    }
    (sent, failed)
}

/// Raises the notice unless its key is already recorded. When nobody would receive it (no
/// active case worker today), the key is not kept, so a later scan still tries.
async fn send_once(db: &Database, notice: &DueNotice) -> Result<bool, PersistenceError> {
    let txn = crate::database::begin_write(db).await?;
    if !notifications::first_time(&txn, &notice.key).await? {
        txn.rollback().await?;
        return Ok(false);
    }
    let raised = notifications::raise(&txn, std::slice::from_ref(&notice.event)).await?;
    if raised.is_empty() {
        txn.rollback().await?;
        return Ok(false);
    }
    txn.commit().await?;
    Ok(true)
}

fn midnight(day: NaiveDate) -> DateTime<Utc> {
    day.and_time(chrono::NaiveTime::MIN).and_utc()
}

fn plus(day: NaiveDate, days: u64) -> NaiveDate {
    day.checked_add_days(Days::new(days)).unwrap_or(day)
}

fn minus(day: NaiveDate, days: u64) -> NaiveDate {
    day.checked_sub_days(Days::new(days)).unwrap_or(day)
}

/// Sessions starting tomorrow (UTC day) of programmes where someone has a place.
async fn session_reminders(
    db: &Database,
    today: NaiveDate,
) -> Result<Vec<DueNotice>, PersistenceError> {
    let tomorrow = plus(today, 1);
    let sessions: Vec<(Uuid, Uuid, DateTime<Utc>)> = programme_session::Entity::find()
        .select_only()
        .column(programme_session::Column::Id)
        .column(programme_session::Column::ProgrammeId)
        .column(programme_session::Column::StartsAt)
        .filter(programme_session::Column::StartsAt.gte(midnight(tomorrow)))
        .filter(programme_session::Column::StartsAt.lt(midnight(plus(tomorrow, 1))))
        .into_tuple()
        .all(db)
        .await?;
    // Three statements whatever the number of sessions: who has a place, whose they are, and
    // who leads each programme.
    let programme_ids: Vec<Uuid> = sessions.iter().map(|(_, p, _)| *p).collect();
    let places: Vec<(Uuid, Uuid)> = enrolment::Entity::find()
        .select_only()
        .column(enrolment::Column::ProgrammeId)
        .column(enrolment::Column::ParticipantId)
        .filter(enrolment::Column::ProgrammeId.is_in(programme_ids.clone()))
        .filter(enrolment::Column::Status.eq(EnrolmentStatus::Enrolled.to_string()))
        .into_tuple()
        .all(db)
        .await?;
    let owners = owners_of(db, places.iter().map(|(_, p)| *p)).await?;
    let leads = leads_of(db, programme_ids).await?;
    let mut supporters: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for (programme_id, participant_id) in places {
        if let Some(owner) = owners.get(&participant_id) {
            let organisations = supporters.entry(programme_id).or_default();
            if !organisations.contains(owner) {
                organisations.push(*owner);
            }
        }
    }
    Ok(sessions
        .into_iter()
        .filter(|(_, _, starts_at)| schedule::is_tomorrow(starts_at.date_naive(), today))
        .filter_map(|(session_id, programme_id, _)| {
            let supporters = supporters.get(&programme_id)?;
            let organisations: Vec<Uuid> = leads
                .get(&programme_id)
                .copied()
                .into_iter()
                .chain(supporters.iter().copied())
                .collect();
            Some(schedule::session_reminder(session_id, &organisations))
        })
        .collect())
}

/// The lead organisation of each programme.
async fn leads_of(
    db: &Database,
    programmes: Vec<Uuid>,
) -> Result<HashMap<Uuid, Uuid>, PersistenceError> {
    let rows: Vec<(Uuid, Uuid)> = programme::Entity::find()
        .select_only()
        .column(programme::Column::Id)
        .column(programme::Column::LeadOrganisationId)
        .filter(programme::Column::Id.is_in(programmes))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// Consents not withdrawn whose expiry falls within the warning span.
async fn consents_expiring(
    db: &Database,
    today: NaiveDate,
) -> Result<Vec<DueNotice>, PersistenceError> {
    let last_day = plus(today, schedule::CONSENT_WARNING_DAYS.unsigned_abs());
    let expiring: Vec<(Uuid, Uuid, Option<DateTime<Utc>>)> = consent::Entity::find()
        .select_only()
        .column(consent::Column::Id)
        .column(consent::Column::ParticipantId)
        .column(consent::Column::ExpiresAt)
        .filter(consent::Column::WithdrawnAt.is_null())
        .filter(consent::Column::ExpiresAt.gte(midnight(today)))
        .filter(consent::Column::ExpiresAt.lt(midnight(plus(last_day, 1))))
        .into_tuple()
        .all(db)
        .await?;
    let owners = owners_of(db, expiring.iter().map(|(_, p, _)| *p)).await?;
    Ok(expiring
        .into_iter()
        .filter_map(|(id, participant_id, expires_at)| {
            let expires_on = expires_at?.date_naive();
            let owner = owners.get(&participant_id)?;
            schedule::consent_expiring_soon(expires_on, today)
                .then(|| schedule::consent_expiring(id, expires_on, *owner))
        })
        .collect())
}

async fn owners_of(
    db: &Database,
    participants: impl Iterator<Item = Uuid>,
) -> Result<HashMap<Uuid, Uuid>, PersistenceError> {
    let rows: Vec<(Uuid, Uuid)> = participant::Entity::find()
        .select_only()
        .column(participant::Column::Id)
        .column(participant::Column::OwnerOrganisationId)
        .filter(participant::Column::Id.is_in(participants.collect::<Vec<_>>()))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// Completed enrolments within a follow-up window, for the organisation running the programme.
async fn follow_ups_due(
    db: &Database,
    today: NaiveDate,
) -> Result<Vec<DueNotice>, PersistenceError> {
    let completed: Vec<(Uuid, Uuid, Option<NaiveDate>)> = enrolment::Entity::find()
        .select_only()
        .column(enrolment::Column::Id)
        .column(enrolment::Column::ProgrammeId)
        .column(enrolment::Column::CompletedOn)
        .filter(enrolment::Column::Status.eq(EnrolmentStatus::Completed.to_string()))
        .filter(enrolment::Column::CompletedOn.lte(minus(today, 91)))
        .filter(enrolment::Column::CompletedOn.gt(minus(today, 273)))
        .into_tuple()
        .all(db)
        .await?;
    let programme_ids: Vec<Uuid> = completed.iter().map(|(_, p, _)| *p).collect();
    let runners = leads_of(db, programme_ids).await?;
    Ok(completed
        .into_iter()
        .filter_map(|(id, programme_id, completed_on)| {
            let milestone = FollowUpMilestone::due(completed_on?, today)?;
            Some(schedule::follow_up_due(
                id,
                milestone,
                *runners.get(&programme_id)?,
            ))
        })
        .collect())
}

/// Open tasks due today or within the last week, for their assignee.
async fn tasks_due(db: &Database, today: NaiveDate) -> Result<Vec<DueNotice>, PersistenceError> {
    let open = crate::tasks::open_due_between(db, minus(today, 6), today).await?;
    Ok(open
        .into_iter()
        .filter(|(_, due_on, _)| schedule::task_falls_due(*due_on, today))
        .map(|(id, due_on, assignee)| schedule::task_due(id, due_on, assignee))
        .collect())
}

/// Sent referrals whose respond-by date is near, for the receiving organisation.
async fn respond_by_reminders(
    db: &Database,
    today: NaiveDate,
    working_days: u32,
) -> Result<Vec<DueNotice>, PersistenceError> {
    if working_days == 0 {
        return Ok(Vec::new());
    }
    let last = plus(today, schedule::respond_by_reminder_span_days(working_days));
    let sent: Vec<(Uuid, NaiveDate, Uuid)> = referral::Entity::find()
        .select_only()
        .column(referral::Column::Id)
        .column(referral::Column::RespondBy)
        .column(referral::Column::ToOrganisationId)
        .filter(referral::Column::Status.eq(ReferralStatus::Sent.to_string()))
        .filter(referral::Column::RespondBy.gt(today))
        .filter(referral::Column::RespondBy.lte(last))
        .into_tuple()
        .all(db)
        .await?;
    Ok(sent
        .into_iter()
        .filter(|(_, respond_by, _)| {
            schedule::respond_by_reminder_due(*respond_by, today, working_days)
        })
        .map(|(id, respond_by, receiver)| schedule::respond_by_reminder(id, respond_by, receiver))
        .collect())
}

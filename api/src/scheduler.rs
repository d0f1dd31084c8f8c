//! Work the server does on its own, every few minutes: expiring referrals past their respond-by
//! date, then sending the scheduled notices (session tomorrow, consent expiring, follow-up due,
//! task due, referral to answer soon); and, on a timer of its own (daily by default),
//! retention (`skupaj_app::retention`).
//!
//! Safe with several instances: on PostgreSQL the scan runs under an advisory lock, so one
//! instance scans at a time; and even without it each expiry is a versioned conditional update
//! and each notice is raised only by the transaction that first records its key, so each referral
//! expires once and each notice goes out once.

use std::sync::Arc;
use std::time::Duration;

use crate::metrics::Metrics;

use chrono::Utc;
use skupaj_app::retention::RetentionRun;
use skupaj_domain::retention::RetentionPolicy;
use skupaj_persistence::{Database, referrals, scheduled};
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// The running scan, to stop it at shutdown.
#[derive(Debug)]
pub struct ScheduleHandle {
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
}

impl ScheduleHandle {
    /// Lets a scan in progress finish (each of its steps is its own transaction), starts no
    /// other, and returns when the task has ended.
    pub async fn stop(self) {
        self.stop.send_replace(true);
        if let Err(err) = self.task.await {
            tracing::warn!(error = %err, "the scheduled scan ended badly");
        }
    }
}

/// Starts the periodic scan on the current Tokio runtime.
pub fn spawn_schedule(
    db: Database,
    metrics: Arc<Metrics>,
    every: Duration,
    options: scheduled::ScanOptions,
) -> ScheduleHandle {
    let (stop, mut stopped) = watch::channel(false);
    let task = tokio::spawn(async move {
        let mut ticks = tokio::time::interval(every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = ticks.tick() => {}
                _ = stopped.wait_for(|stop| *stop) => break,
            }
            let lock = match scheduled::try_scan_lock(&db).await {
                Ok(Some(lock)) => lock,
                Ok(None) => continue, // another instance is scanning
                Err(err) => {
                    tracing::warn!(error = %err, "scheduled scan could not take its lock");
                    continue;
                }
            };
            let today = Utc::now().date_naive();
            match referrals::expire_overdue(&db, today).await {
                Ok(0) => {}
                Ok(expired) => {
                    metrics
                        .referrals_expired
                        .inc_by(u64::try_from(expired).unwrap_or(0));
                    tracing::info!(expired, "expired unanswered referrals");
                }
                Err(err) => tracing::warn!(error = %err, "referral expiry scan failed"),
            }
            match scheduled::send_due_notices_with(&db, today, options).await {
                Ok(report) if report.total() == 0 && report.failed == 0 => {}
                Ok(report) => tracing::info!(
                    session_reminders = report.session_reminders,
                    consents_expiring = report.consents_expiring,
                    follow_ups_due = report.follow_ups_due,
                    tasks_due = report.tasks_due,
                    respond_by_reminders = report.respond_by_reminders,
                    failed = report.failed,
                    "sent scheduled notices"
                ),
                Err(err) => tracing::warn!(error = %err, "scheduled notice scan failed"),
            }
            if let Err(err) = lock.release().await {
                tracing::warn!(error = %err, "scheduled scan lock release failed");
            }
        }
    });
    ScheduleHandle { stop, task }
}

/// Starts retention on the current Tokio runtime: at start, then every `every`, at the real
/// time. A run holds the retention lock, so with several instances one runs at a time and the
/// others skip that turn; what a run did is logged as counts, never names.
pub fn spawn_retention(db: Database, every: Duration, policy: RetentionPolicy) -> ScheduleHandle {
    let (stop, mut stopped) = watch::channel(false);
    let task = tokio::spawn(async move {
        let app = skupaj_app::App::new(db);
        let mut ticks = tokio::time::interval(every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = ticks.tick() => {}
                _ = stopped.wait_for(|stop| *stop) => break,
            }
            match app.retention(policy).run(Utc::now()).await {
                Ok(RetentionRun::Busy) => {}
                Ok(RetentionRun::Done(report))
                    if report.total() == 0 && report.failed.is_empty() => {}
                Ok(RetentionRun::Done(report)) => tracing::info!(
                    participants = report.participants,
                    audit_entries = report.audit_entries,
                    sent_emails = report.sent_emails,
                    dead_letters = report.dead_letters,
                    sessions = report.sessions,
                    password_resets = report.password_resets,
                    auth_attempts = report.auth_attempts,
                    failed = report.failed.len(),
                    "retention removed what had expired"
                ),
                Err(err) => tracing::warn!(error = %err, "retention could not run"),
            }
        }
    });
    ScheduleHandle { stop, task }
}

//! Retention (issue 17, part 4): what the platform holds goes by itself once its period is
//! over (`skupaj_domain::retention`). A platform job: it acts for no one, with
//! `access::platform_job()`, started by the server's timer or by `skupaj retention`.
//!
//! The run takes "now" as an input (the server passes the real time; tests and the command line
//! may pass a moved one), and goes step by step, each in transactions of its own, so a failure
//! leaves what that step touched as it was and running again finishes the job:
//! 1. participants due (no open work, no activity since the cutoff) are anonymised as
//!    `eraseParticipant` does, one write transaction each, which checks again that the record is
//!    still due; the `erasures` row records reason `retention` and no one as who erased, and an
//!    audit entry (`retention`, entity `Erasure`) is written with it;
//! 2. audit entries older than the period are deleted from the start of the chain, which keeps
//!    a checkpoint so `skupaj audit verify` still checks what is left (an entry says so);
//! 3. sent e-mails, dead letters, sessions that can no longer be used (with their refresh
//!    tokens), lapsed reset links and failed sign-in attempts outside the limits' window.
//!
//! Once across instances: a run holds the retention lock (PostgreSQL advisory lock); a second
//! one started meanwhile does nothing and says so. Even without the lock, each erasure locks its
//! record and re-checks it, so a person is erased once.

use chrono::{DateTime, Utc};
use skupaj_domain::access::platform_job;
use skupaj_domain::audit::{AuditOutcome, AuditRecord};
use skupaj_domain::retention::{RetentionPolicy, erasure_reason};
use skupaj_persistence::{Database, audit, retention, scheduled};

use crate::{App, AppResult};

/// The operation name of retention's audit entries.
pub const OPERATION: &str = "retention";

/// What a run removed, or a dry run would remove, by kind: counts only, never who.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RetentionReport {
    /// Participants anonymised.
    pub participants: u64,
    /// Audit entries deleted.
    pub audit_entries: u64,
    pub sent_emails: u64,
    pub dead_letters: u64,
    /// Sessions ended for good (their refresh tokens with them).
    pub sessions: u64,
    pub password_resets: u64,
    pub auth_attempts: u64,
    /// The steps that failed this time (left as they were, for the next run), by name.
    pub failed: Vec<&'static str>,
}

impl RetentionReport {
    /// Every count with its name, in the order of the steps.
    pub fn counts(&self) -> [(&'static str, u64); 7] {
        [
            ("participants anonymised", self.participants),
            ("audit entries", self.audit_entries),
            ("sent e-mails", self.sent_emails),
            ("dead letters", self.dead_letters),
            ("ended sessions", self.sessions),
            ("lapsed password resets", self.password_resets),
            ("old sign-in failures", self.auth_attempts),
        ]
    }

    pub fn total(&self) -> u64 {
        self.counts().iter().map(|(_, n)| n).sum()
    }
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RetentionRun {
    Done(RetentionReport),
    /// Another instance holds the retention lock: this one did nothing.
    Busy,
}

/// The retention job on one database.
#[derive(Debug, Clone, Copy)]
pub struct Retention<'a> {
    db: &'a Database,
    policy: RetentionPolicy,
}

impl App {
    /// Retention under `policy`.
    pub fn retention(&self, policy: RetentionPolicy) -> Retention<'_> {
        Retention {
            db: self.db(),
            policy,
        }
    }
}

fn entry(entity_type: &str) -> AuditRecord {
    AuditRecord {
        user_id: None,
        organisation_id: None,
        role: None,
        operation: OPERATION.to_owned(),
        entity_type: Some(entity_type.to_owned()),
        entity_id: None,
        outcome: AuditOutcome::Allowed,
        client_address: None,
        request_id: None,
        reason: Some(OPERATION.to_owned()),
    }
}

impl Retention<'_> {
    /// What a run at `now` would remove; changes nothing.
    pub async fn dry_run(&self, now: DateTime<Utc>) -> AppResult<RetentionReport> {
        let cut = self.policy.cutoffs(now);
        let participants = match cut.participants {
            Some(cutoff) => retention::due_participants(self.db, cutoff).await?.len() as u64,
            None => 0,
        };
        let audit_entries = match cut.audit {
            Some(before) => audit::count_prunable(self.db, before).await?.count,
            None => 0,
        };
        let swept = retention::count_sweep(
            self.db,
            cut.sent_emails,
            cut.dead_letters,
            cut.auth_attempts,
            cut.now,
        )
        .await?;
        Ok(RetentionReport {
            participants,
            audit_entries,
            sent_emails: swept.sent_emails,
            dead_letters: swept.dead_letters,
            sessions: swept.sessions,
            password_resets: swept.password_resets,
            auth_attempts: swept.auth_attempts,
            failed: Vec::new(),
        })
    }

    /// Runs retention at `now`, once across instances. A step that fails is logged (without
    /// names) and named in the report; the others still run.
    pub async fn run(&self, now: DateTime<Utc>) -> AppResult<RetentionRun> {
        let Some(lock) = scheduled::try_retention_lock(self.db).await? else {
            return Ok(RetentionRun::Busy);
        };
        let report = self.steps(now).await;
        if let Err(err) = lock.release().await {
            tracing::warn!(error = %err, "retention lock release failed");
        }
        Ok(RetentionRun::Done(report))
    }

    async fn steps(&self, now: DateTime<Utc>) -> RetentionReport {
        let cut = self.policy.cutoffs(now);
        let mut report = RetentionReport::default();
        if let Some(cutoff) = cut.participants {
            match self.anonymise(cutoff, now).await {
                Ok((done, failed)) => {
                    report.participants = done;
                    if failed > 0 {
                        report.failed.push("participants");
                    }
                }
                Err(err) => {
                    tracing::warn!(error = %err, "retention could not list participants");
                    report.failed.push("participants");
                }
            }
        }
        if let Some(before) = cut.audit {
            match audit::prune(self.db, platform_job(), before, entry("AuditLog")).await {
                Ok(pruned) => report.audit_entries = pruned.count,
                Err(err) => {
                    tracing::warn!(error = %err, "retention could not prune the audit log");
                    report.failed.push("audit entries");
                }
            }
        }
        match retention::sweep(
            self.db,
            platform_job(),
            cut.sent_emails,
            cut.dead_letters,
            cut.auth_attempts,
            cut.now,
        )
        .await
        {
            Ok(swept) => {
                report.sent_emails = swept.sent_emails;
                report.dead_letters = swept.dead_letters;
                report.sessions = swept.sessions;
                report.password_resets = swept.password_resets;
                report.auth_attempts = swept.auth_attempts;
            }
            Err(err) => {
                tracing::warn!(error = %err, "retention could not sweep e-mails and sessions");
                report.failed.push("e-mails, sessions and sign-in failures");
            }
        }
        report
    }

    /// Anonymises every participant due at `cutoff`, each in its own transaction: how many
    /// were, and how many failed (left for the next run).
    async fn anonymise(&self, cutoff: DateTime<Utc>, now: DateTime<Utc>) -> AppResult<(u64, u64)> {
        let reason = erasure_reason();
        let (mut done, mut failed) = (0, 0);
        for (id, owner) in retention::due_participants(self.db, cutoff).await? {
            let erased = audit::recording(
                entry("Erasure"),
                retention::erase_if_due(self.db, platform_job(), id, owner, cutoff, &reason, now),
            )
            .await
            .0;
            match erased {
                Ok(Some(_)) => done += 1,
                Ok(None) => {}
                Err(err) => {
                    tracing::warn!(error = %err, "retention could not anonymise a participant");
                    failed += 1;
                }
            }
        }
        Ok((done, failed))
    }
}

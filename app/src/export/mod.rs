//! The CSV exports: what each may read, asked of the policy once, then read a batch at a time
//! (the rows are streamed as they come, so an export holds what it needs to read on its own).

use skupaj_domain::DomainError;
use skupaj_domain::access::{ReferralScope, referral_scope, view_enrolments, view_programme};
use skupaj_domain::programme::ProgrammeSession;
use skupaj_persistence::{Database, exports, programmes};
use uuid::Uuid;

pub use skupaj_persistence::exports::{EnrolmentAttendance, ExportedReferral};
pub use skupaj_persistence::referrals::ReferralFilter;

use crate::{AppResult, Handle};

/// The use cases of the exports.
#[derive(Debug, Clone, Copy)]
pub struct Exports<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// The exports the actor may make.
    pub fn exports(self) -> Exports<'a> {
        Exports(self)
    }
}

impl Exports<'_> {
    /// The referrals matching `filter` that the actor may list (the scope of `referrals`).
    pub fn referrals(&self, filter: ReferralFilter) -> ReferralExport {
        ReferralExport {
            db: self.0.db().clone(),
            scope: referral_scope(self.0.actor()),
            filter,
        }
    }

    /// The attendance of a programme, for the organisers who may see its enrolments: a
    /// programme the actor may not see is `NotFound` (like one that does not exist), one they
    /// see but do not organise `Forbidden`.
    pub async fn attendance(&self, programme_id: Uuid) -> AppResult<AttendanceExport> {
        let db = self.0.db();
        let actor = self.0.actor();
        let programme = programmes::get(db, programme_id)
            .await?
            .filter(|programme| view_programme(Some(actor), programme))
            .ok_or(DomainError::NotFound)?;
        view_enrolments(actor, &programme)?;
        Ok(AttendanceExport {
            sessions: programmes::sessions(db, programme_id).await?,
            db: db.clone(),
            programme_id,
        })
    }
}

/// An export of referrals, its scope decided by the policy: made only by
/// [`Exports::referrals`].
#[derive(Debug, Clone)]
pub struct ReferralExport {
    db: Database,
    scope: ReferralScope,
    filter: ReferralFilter,
}

impl ReferralExport {
    /// Up to `limit` referrals after the one with id `after`, newest first. One statement.
    pub async fn batch(&self, after: Option<Uuid>, limit: u64) -> AppResult<Vec<ExportedReferral>> {
        Ok(exports::referral_batch(&self.db, &self.scope, &self.filter, after, limit).await?)
    }
}

/// An export of one programme's attendance the policy allowed: made only by
/// [`Exports::attendance`].
#[derive(Debug, Clone)]
pub struct AttendanceExport {
    db: Database,
    programme_id: Uuid,
    /// The programme's sessions, in order: the columns of every enrolment's line.
    pub sessions: Vec<ProgrammeSession>,
}

impl AttendanceExport {
    /// Up to `limit` enrolments after arrival position `after`, in arrival order, with their
    /// reference codes and attendance. Three statements.
    pub async fn batch(
        &self,
        after: Option<i32>,
        limit: u64,
    ) -> AppResult<Vec<EnrolmentAttendance>> {
        Ok(exports::attendance_batch(&self.db, self.programme_id, after, limit).await?)
    }
}

//! Retention: how long what the platform holds is kept before it goes by itself, and the
//! moments ("cutoffs") those periods give at a given now.
//!
//! A participant is due for anonymisation (as erasure does, `crate::erasure`) when they have no
//! open referral, no enrolment holding or waiting for a place, and no activity since the
//! participant cutoff. What counts as activity is listed with the query
//! (`persistence::retention`) and in PRIVACY.md.

use chrono::{DateTime, Duration, Months, Utc};

use crate::erasure::ErasureReason;

/// The periods in force. The defaults are the safe side: long enough that nobody loses a case
/// in progress, short enough that nothing is kept for ever.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionPolicy {
    /// A participant without open work and without activity for this many months is
    /// anonymised (0: never).
    pub inactive_months: u32,
    /// Audit entries older than this many years are deleted (0: never).
    pub audit_years: u32,
    /// Sent e-mails leave the outbox this many days after they were sent (0: never).
    pub sent_email_days: u32,
    /// Dead letters (e-mails given up on) leave the outbox this many days after they were
    /// written (0: never); an operator has that long to look at why.
    pub dead_letter_days: u32,
    /// The window of the sign-in limits: a failed attempt older than it no longer counts.
    pub rate_limit_window: Duration,
}

impl RetentionPolicy {
    pub const DEFAULT_INACTIVE_MONTHS: u32 = 24;
    pub const DEFAULT_AUDIT_YEARS: u32 = 6;
    pub const DEFAULT_SENT_EMAIL_DAYS: u32 = 30;
    pub const DEFAULT_DEAD_LETTER_DAYS: u32 = 90;

    /// The moments before which each kind of record goes, at `now`.
    pub fn cutoffs(&self, now: DateTime<Utc>) -> Cutoffs {
        let months_before = |months: u32| {
            (months > 0).then(|| {
                now.checked_sub_months(Months::new(months))
                    .unwrap_or(DateTime::<Utc>::MIN_UTC)
            })
        };
        let days_before = |days: u32| (days > 0).then(|| now - Duration::days(i64::from(days)));
        Cutoffs {
            now,
            participants: months_before(self.inactive_months),
            audit: months_before(self.audit_years.saturating_mul(12)),
            sent_emails: days_before(self.sent_email_days),
            dead_letters: days_before(self.dead_letter_days),
            auth_attempts: now - self.rate_limit_window,
        }
    }
}

impl Default for RetentionPolicy {
    fn default() -> Self {
        Self {
            inactive_months: Self::DEFAULT_INACTIVE_MONTHS,
            audit_years: Self::DEFAULT_AUDIT_YEARS,
            sent_email_days: Self::DEFAULT_SENT_EMAIL_DAYS,
            dead_letter_days: Self::DEFAULT_DEAD_LETTER_DAYS,
            rate_limit_window: Duration::minutes(15),
        }
    }
}

/// What goes at one run: records older than each moment (`None`: that kind is kept).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cutoffs {
    /// The run's now: refresh tokens expired and password-reset links lapsed by then go.
    pub now: DateTime<Utc>,
    /// Participants with no activity since then.
    pub participants: Option<DateTime<Utc>>,
    /// Audit entries written before then.
    pub audit: Option<DateTime<Utc>>,
    /// E-mails sent before then.
    pub sent_emails: Option<DateTime<Utc>>,
    /// Dead letters written before then.
    pub dead_letters: Option<DateTime<Utc>>,
    /// Failed sign-in attempts before then.
    pub auth_attempts: DateTime<Utc>,
}

/// The reason an erasure by retention records (with no person as the one who erased).
pub fn erasure_reason() -> ErasureReason {
    ErasureReason::parse("retention").unwrap_or_else(|_| unreachable!("a valid reason"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn cutoffs_count_back_from_now_and_zero_keeps() {
        let now = Utc.with_ymd_and_hms(2031, 3, 31, 12, 0, 0).unwrap();
        let cut = RetentionPolicy::default().cutoffs(now);
        assert_eq!(
            cut.participants,
            Some(Utc.with_ymd_and_hms(2029, 3, 31, 12, 0, 0).unwrap())
        );
        assert_eq!(
            cut.audit,
            Some(Utc.with_ymd_and_hms(2025, 3, 31, 12, 0, 0).unwrap())
        );
        assert_eq!(
            cut.sent_emails,
            Some(Utc.with_ymd_and_hms(2031, 3, 1, 12, 0, 0).unwrap())
        );
        assert_eq!(cut.auth_attempts, now - Duration::minutes(15));
        let keep = RetentionPolicy {
            inactive_months: 0,
            audit_years: 0,
            sent_email_days: 0,
            dead_letter_days: 0,
            ..RetentionPolicy::default()
        }
        .cutoffs(now);
        assert_eq!(
            (
                keep.participants,
                keep.audit,
                keep.sent_emails,
                keep.dead_letters
            ),
            (None, None, None, None)
        );
        // A month back from the 31st lands on the last day of the shorter month.
        let one = RetentionPolicy {
            inactive_months: 1,
            ..RetentionPolicy::default()
        }
        .cutoffs(now);
        assert_eq!(
            one.participants,
            Some(Utc.with_ymd_and_hms(2031, 2, 28, 12, 0, 0).unwrap())
        );
    }

    #[test]
    fn the_reason_says_retention() {
        assert_eq!(erasure_reason().as_str(), "retention");
    }
}

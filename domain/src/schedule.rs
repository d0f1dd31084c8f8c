//! When the notices nobody triggers by hand fall due: a session tomorrow, a consent about to
//! expire, a follow-up outcome to ask for 3 and 6 months after completion.
//!
//! Each notice has a stable key; the server records a key the first time it sends the notice,
//! so a scan that runs every few minutes, on several instances at once, sends each notice once.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use uuid::Uuid;

use crate::notification::{Audience, Event, NotificationKind};

/// How many days ahead a case worker hears that a consent will expire: enough to meet the
/// participant and record a new one before anything that depends on it stops.
pub const CONSENT_WARNING_DAYS: i64 = 14;

/// A follow-up outcome falls due 3 months (91 days) and 6 months (182 days) after completion,
/// the same spans the programme statistics count employment within.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowUpMilestone {
    ThreeMonths,
    SixMonths,
}

impl FollowUpMilestone {
    fn days(self) -> i64 {
        match self {
            Self::ThreeMonths => 91,
            Self::SixMonths => 182,
        }
    }

    /// The milestone whose window holds `today`. Each window lasts until the next milestone
    /// (the 6-month one for 91 days), so a server that was down on the day still asks, while
    /// a first deployment does not flood inboxes with years-old completions.
    pub fn due(completed_on: NaiveDate, today: NaiveDate) -> Option<Self> {
        let days = (today - completed_on).num_days();
        [Self::SixMonths, Self::ThreeMonths]
            .into_iter()
            .find(|m| days >= m.days() && days < m.days() + 91)
    }
}

/// Whether a session starting on `starts_on` is tomorrow, seen from `today`.
pub fn is_tomorrow(starts_on: NaiveDate, today: NaiveDate) -> bool {
    (starts_on - today).num_days() == 1
}

/// Whether a consent expiring on `expires_on` is within the warning span and not yet expired.
pub fn consent_expiring_soon(expires_on: NaiveDate, today: NaiveDate) -> bool {
    let days = (expires_on - today).num_days();
    (0..=CONSENT_WARNING_DAYS).contains(&days)
}

/// A notice due, with the key that makes it go out once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueNotice {
    pub key: String,
    pub event: Event,
}

/// The case workers of the programme's lead and of every organisation that supports someone
/// with a place hear the day before a session.
pub fn session_reminder(session_id: Uuid, organisations: &[Uuid]) -> DueNotice {
    DueNotice {
        key: format!("session-reminder:{session_id}"),
        event: Event::new(
            NotificationKind::SessionReminder,
            session_id,
            organisations
                .iter()
                .map(|o| Audience::CaseWorkersOf(*o))
                .collect(),
        ),
    }
}

/// The organisation that owns the participant's record hears that its consent will expire.
/// The key carries the expiry date, so a renewed consent that will expire again warns again.
pub fn consent_expiring(consent_id: Uuid, expires_on: NaiveDate, owner: Uuid) -> DueNotice {
    DueNotice {
        key: format!("consent-expiring:{consent_id}:{expires_on}"),
        event: Event::new(
            NotificationKind::ConsentExpiring,
            consent_id,
            vec![Audience::CaseWorkersOf(owner)],
        ),
    }
}

/// The organisation running the programme, which records outcomes, hears a follow-up is due.
pub fn follow_up_due(enrolment_id: Uuid, milestone: FollowUpMilestone, runner: Uuid) -> DueNotice {
    let months = match milestone {
        FollowUpMilestone::ThreeMonths => 3,
        FollowUpMilestone::SixMonths => 6,
    };
    DueNotice {
        key: format!("follow-up-due:{enrolment_id}:{months}"),
        event: Event::new(
            NotificationKind::FollowUpDue,
            enrolment_id,
            vec![Audience::CaseWorkersOf(runner)],
        ),
    }
}

/// How many working days (Monday to Friday) before a referral's respond-by date its receiving
/// organisation is reminded, unless the settings say otherwise.
pub const DEFAULT_RESPOND_BY_REMINDER_WORKING_DAYS: u32 = 1;

fn is_working_day(day: NaiveDate) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The day `working_days` working days (Monday to Friday) before `day`: one working day
/// before a Monday is the Friday before it.
pub fn working_days_before(day: NaiveDate, working_days: u32) -> NaiveDate {
    let mut current = day;
    let mut left = working_days;
    while left > 0 {
        current = current.checked_sub_days(Days::new(1)).unwrap_or(current);
        if is_working_day(current) {
            left -= 1;
        }
    }
    current
}

/// The most calendar days `working_days` working days can span (weekends in between), to
/// narrow the scan in SQL before [`respond_by_reminder_due`] decides.
pub fn respond_by_reminder_span_days(working_days: u32) -> u64 {
    u64::from(working_days) + 2 * (u64::from(working_days) / 5 + 1) + 1
}

/// Whether the reminder for a referral to answer by `respond_by` is due on `today`: from the
/// reminder day until the day before the respond-by date (on that day the referral is overdue,
/// which is its own notice). A server down on the reminder day still reminds the next day.
/// Zero working days turns reminders off.
pub fn respond_by_reminder_due(respond_by: NaiveDate, today: NaiveDate, working_days: u32) -> bool {
    working_days > 0 && today >= working_days_before(respond_by, working_days) && today < respond_by
}

/// The receiving organisation's case workers hear that a referral's respond-by date is near.
/// The key carries the date, so a referral reopened with a new date reminds again.
pub fn respond_by_reminder(referral_id: Uuid, respond_by: NaiveDate, receiver: Uuid) -> DueNotice {
    DueNotice {
        key: format!("respond-by-soon:{referral_id}:{respond_by}"),
        event: Event::new(
            NotificationKind::ReferralRespondBySoon,
            referral_id,
            vec![Audience::CaseWorkersOf(receiver)],
        ),
    }
}

/// A task's assignee hears on its due date (or at the first scan after it, while it is open).
/// The key carries the date, so a task moved to a later date falls due again.
pub fn task_due(task_id: Uuid, due_on: NaiveDate, assignee: Uuid) -> DueNotice {
    DueNotice {
        key: format!("task-due:{task_id}:{due_on}"),
        event: Event::new(
            NotificationKind::TaskDue,
            task_id,
            vec![Audience::User(assignee)],
        ),
    }
}

/// Whether an open task due on `due_on` is to be announced on `today`: on the day or within a
/// week after (a server down on the day still tells; a first deployment does not flood).
pub fn task_falls_due(due_on: NaiveDate, today: NaiveDate) -> bool {
    (0..7).contains(&(today - due_on).num_days())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_session_reminder_is_due_only_the_day_before() {
        let today = day("2026-03-10");
        assert!(is_tomorrow(day("2026-03-11"), today));
        assert!(!is_tomorrow(day("2026-03-10"), today));
        assert!(!is_tomorrow(day("2026-03-12"), today));
    }

    #[test]
    fn a_consent_warns_within_fourteen_days_and_not_after_it_expired() {
        let today = day("2026-03-10");
        assert!(consent_expiring_soon(day("2026-03-24"), today));
        assert!(consent_expiring_soon(day("2026-03-10"), today));
        assert!(!consent_expiring_soon(day("2026-03-25"), today));
        assert!(!consent_expiring_soon(day("2026-03-09"), today));
    }

    #[test]
    fn follow_ups_fall_due_at_three_and_six_months_and_then_stop() {
        let done = day("2026-01-01");
        let after = |days| done + chrono::Days::new(days);
        assert_eq!(FollowUpMilestone::due(done, after(90)), None);
        assert_eq!(
            FollowUpMilestone::due(done, after(91)),
            Some(FollowUpMilestone::ThreeMonths)
        );
        assert_eq!(
            FollowUpMilestone::due(done, after(181)),
            Some(FollowUpMilestone::ThreeMonths)
        );
        assert_eq!(
            FollowUpMilestone::due(done, after(182)),
            Some(FollowUpMilestone::SixMonths)
        );
        assert_eq!(FollowUpMilestone::due(done, after(273)), None);
    }

    #[test]
    fn keys_differ_by_milestone_so_each_goes_out_once() {
        let (enrolment, runner) = (Uuid::nil(), Uuid::max());
        let three = follow_up_due(enrolment, FollowUpMilestone::ThreeMonths, runner);
        let six = follow_up_due(enrolment, FollowUpMilestone::SixMonths, runner);
        assert_ne!(three.key, six.key);
        assert_eq!(three.event.kind, NotificationKind::FollowUpDue);
    }

    #[test]
    fn the_respond_by_reminder_counts_working_days() {
        // 2026-12-07 is a Monday: one working day before is Friday the 4th.
        assert_eq!(working_days_before(day("2026-12-07"), 1), day("2026-12-04"));
        assert_eq!(working_days_before(day("2026-12-09"), 1), day("2026-12-08"));
        assert_eq!(working_days_before(day("2026-12-09"), 3), day("2026-12-04"));
        assert_eq!(working_days_before(day("2026-12-09"), 0), day("2026-12-09"));
        let monday = day("2026-12-07");
        assert!(!respond_by_reminder_due(monday, day("2026-12-03"), 1));
        assert!(respond_by_reminder_due(monday, day("2026-12-04"), 1));
        assert!(respond_by_reminder_due(monday, day("2026-12-06"), 1));
        assert!(
            !respond_by_reminder_due(monday, monday, 1),
            "overdue is its own notice"
        );
        assert!(
            !respond_by_reminder_due(monday, day("2026-12-04"), 0),
            "off"
        );
        for n in 0..20 {
            let span = (day("2026-12-09") - working_days_before(day("2026-12-09"), n)).num_days();
            assert!(span.unsigned_abs() <= respond_by_reminder_span_days(n));
        }
    }

    #[test]
    fn a_task_falls_due_on_its_day_and_for_a_week() {
        let due = day("2026-12-02");
        assert!(!task_falls_due(due, day("2026-12-01")));
        assert!(task_falls_due(due, due));
        assert!(task_falls_due(due, day("2026-12-08")));
        assert!(!task_falls_due(due, day("2026-12-09")));
        let task = Uuid::from_u128(3);
        assert_ne!(
            task_due(task, due, Uuid::nil()).key,
            task_due(task, day("2026-12-03"), Uuid::nil()).key
        );
    }
}

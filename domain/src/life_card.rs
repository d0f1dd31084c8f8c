//! The life card: a participant's goals and progress across the domains of life, written by
//! every organisation engaged with them and coordinated by the owning case manager.

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use crate::{ValidationError, text};

closed_set! {
/// A domain of a participant's life.
pub enum LifeDomain {
    Housing,
    Education,
    Employment,
    Language,
    Legal,
    Health,
    Social,
}
}

closed_set! {
/// Where a goal stands.
pub enum GoalStatus {
    Open,
    InProgress,
    Achieved,
    Dropped,
}
}

/// A goal on a participant's life card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LifeGoal {
    pub id: Uuid,
    pub participant_id: Uuid,
    pub domain: LifeDomain,
    pub title: String,
    pub target_date: Option<NaiveDate>,
    pub status: GoalStatus,
    pub organisation_id: Uuid,
    pub created_at: DateTime<Utc>,
}

/// A dated note of progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LifeEntry {
    pub id: Uuid,
    pub participant_id: Uuid,
    pub domain: LifeDomain,
    pub goal_id: Option<Uuid>,
    pub note: String,
    pub occurred_on: NaiveDate,
    pub author_user_id: Uuid,
    pub organisation_id: Uuid,
    pub created_at: DateTime<Utc>,
}

/// A goal's title: 1 to 200 characters.
pub fn goal_title(raw: &str) -> Result<String, ValidationError> {
    text::required("title", raw, 200)
}

/// An entry's note (1 to 2000 characters), on a date not in the future.
pub fn entry(
    note: &str,
    occurred_on: NaiveDate,
    today: NaiveDate,
) -> Result<String, ValidationError> {
    crate::calendar::date("occurredOn", occurred_on)?;
    if occurred_on > today {
        return Err(ValidationError::new(
            "occurredOn",
            "must not be in the future",
        ));
    }
    text::required("note", note, 2000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_bounded_and_not_in_the_future() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert!(entry("Found a flat", today, today).is_ok());
        assert_eq!(
            entry("x", today.succ_opt().unwrap(), today)
                .unwrap_err()
                .field,
            "occurredOn"
        );
        assert_eq!(entry(" ", today, today).unwrap_err().field, "note");
        assert_eq!(goal_title("").unwrap_err().field, "title");
    }
}

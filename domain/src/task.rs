//! Follow-up tasks: something a case worker must do about a participant or a referral by a
//! date. A task belongs to the organisation that created it; its assignee is a case worker
//! there. It is open until done; it falls due on its date (`schedule::task_due`).

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use crate::{ValidationError, calendar, text};

closed_set! {
/// Where a task stands.
pub enum TaskStatus {
    Open,
    Done,
}
}

/// What a task is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskSubject {
    Participant(Uuid),
    Referral(Uuid),
}

/// A follow-up task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub subject: TaskSubject,
    pub title: String,
    pub due_on: NaiveDate,
    pub assignee_id: Uuid,
    pub status: TaskStatus,
    pub created_by: Uuid,
    pub created_at: DateTime<Utc>,
    pub completed_at: Option<DateTime<Utc>>,
}

/// The longest title, in characters: a line, not a case note (notes name people; a title
/// should not need to).
pub const TITLE_MAX_CHARS: usize = 200;

/// A task as someone typed it.
#[derive(Debug, Clone)]
pub struct TaskInput {
    pub title: String,
    pub due_on: NaiveDate,
}

/// A task's checked title and due date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTask {
    pub title: String,
    pub due_on: NaiveDate,
}

impl TaskInput {
    /// Checks the title (1 to 200 characters, no control characters) and the due date (a real
    /// date, not before `today`: a task is planned work, not a record of the past).
    pub fn validate(self, today: NaiveDate) -> Result<NewTask, ValidationError> {
        let title = text::required("title", &self.title, TITLE_MAX_CHARS)?;
        let due_on = calendar::date("dueOn", self.due_on)?;
        if due_on < today {
            return Err(ValidationError::new("dueOn", "must not be in the past"));
        }
        Ok(NewTask { title, due_on })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_task_needs_a_title_and_a_date_from_today_on() {
        let today = day("2026-12-02");
        let ok = TaskInput {
            title: "  Call about the course ".into(),
            due_on: today,
        }
        .validate(today)
        .unwrap();
        assert_eq!(ok.title, "Call about the course");
        let blank = TaskInput {
            title: " ".into(),
            due_on: today,
        };
        assert_eq!(blank.validate(today).unwrap_err().field, "title");
        let long = TaskInput {
            title: "x".repeat(TITLE_MAX_CHARS + 1),
            due_on: today,
        };
        assert_eq!(long.validate(today).unwrap_err().field, "title");
        let past = TaskInput {
            title: "Call".into(),
            due_on: day("2026-12-01"),
        };
        assert_eq!(past.validate(today).unwrap_err().field, "dueOn");
        let absurd = TaskInput {
            title: "Call".into(),
            due_on: day("2999-01-01"),
        };
        assert_eq!(absurd.validate(today).unwrap_err().field, "dueOn");
    }
}

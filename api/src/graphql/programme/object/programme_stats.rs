//! `ProgrammeStats`: a programme's outcome figures, suppressed for small cells.

use async_graphql::SimpleObject;

/// A programme's outcome figures. For anyone but the programme's organisers, every count and
/// every rate that describes fewer than k people (five by default) is withheld (`null`), so
/// that no figure is about an individual.
#[derive(SimpleObject, Debug, Clone)]
pub struct ProgrammeStats {
    /// Participants holding a place now; `null` for non-organisers when under five.
    pub enrolled: Option<u32>,
    /// Participants waiting for a place; `null` for non-organisers when under five.
    pub waitlisted: Option<u32>,
    /// Participants who completed; `null` for non-organisers when under five.
    pub completed: Option<u32>,
    /// Completed among those who finished one way or another (completed, withdrew from a place,
    /// dropped out); `null` for non-organisers until five have finished.
    pub completion_rate: Option<f64>,
    /// Sessions attended among attendance recorded; `null` for non-organisers until attendance
    /// is recorded for five people.
    pub attendance_rate: Option<f64>,
    /// Among completions at least 3 months old, the share in work within 3 months; `null` for
    /// non-organisers while fewer than five such completions exist.
    pub employed_within_3_months: Option<f64>,
    /// Among completions at least 6 months old, the share in work within 6 months; `null` for
    /// non-organisers while fewer than five such completions exist.
    pub employed_within_6_months: Option<f64>,
}

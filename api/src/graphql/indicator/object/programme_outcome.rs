//! `ProgrammeOutcome`: completion and employment in one group of enrolments.

use async_graphql::SimpleObject;

/// Completion and employment in one group of enrolments. Counts are of people (enrolments);
/// each is `null` under `minCell`, and each rate is `null` when its group of people is.
#[derive(SimpleObject, Debug, Clone)]
pub struct ProgrammeOutcome {
    /// The programme kind or the year of enrolment.
    pub group: String,
    /// Holding a place now.
    pub enrolled: Option<u32>,
    /// Completed.
    pub completed: Option<u32>,
    /// Finished one way or another (completed, dropped out, withdrew from a place).
    pub finished: Option<u32>,
    /// Completed among those who finished.
    pub completion_rate: Option<f64>,
    /// Completions at least 3 months old.
    pub followed_up_3_months: Option<u32>,
    /// Among completions at least 3 months old, the share in work within 3 months.
    pub employed_within_3_months: Option<f64>,
    /// Completions at least 6 months old.
    pub followed_up_6_months: Option<u32>,
    /// Among completions at least 6 months old, the share in work within 6 months: "half of
    /// them got a job" is 0.5 here.
    pub employed_within_6_months: Option<f64>,
}

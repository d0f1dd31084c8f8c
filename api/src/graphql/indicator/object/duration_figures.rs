//! `DurationFigures`: how long something took over a group of referrals.

use async_graphql::SimpleObject;

/// How long something took over a group of referrals.
#[derive(SimpleObject, Debug, Clone)]
pub struct DurationFigures {
    /// The group of the first dimension; `null` for all referrals counted.
    pub group: Option<String>,
    /// How many referrals got that far; `null` when under `minCell`.
    pub count: Option<u64>,
    /// The median, in hours; `null` when none got that far or fewer than `minCell` did.
    pub median_hours: Option<f64>,
    /// The 90th percentile (nearest rank), in hours; `null` as the median.
    pub p90_hours: Option<f64>,
}

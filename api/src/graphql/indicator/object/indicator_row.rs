//! `IndicatorRow`: one group of an indicator table.

use async_graphql::SimpleObject;

/// One group of the first dimension.
#[derive(SimpleObject, Debug, Clone)]
pub struct IndicatorRow {
    /// The group (an enum value, a month `YYYY-MM`, an age band or `UNKNOWN`).
    pub group: String,
    /// With two dimensions, the count in each column (in the order of `columns`); empty with
    /// one. `null` when withheld.
    pub cells: Vec<Option<u64>>,
    /// The row's count (its total with two dimensions); `null` when withheld.
    pub total: Option<u64>,
}

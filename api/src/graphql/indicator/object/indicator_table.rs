//! `IndicatorTable`: referral counts with their totals.

use async_graphql::SimpleObject;

use crate::graphql::indicator::IndicatorRow;

/// A table of referral counts, with its totals.
#[derive(SimpleObject, Debug, Clone)]
pub struct IndicatorTable {
    /// The groups of the second dimension, in order; empty with one dimension.
    pub columns: Vec<String>,
    /// One row per group of the first dimension, in order.
    pub rows: Vec<IndicatorRow>,
    /// Per column, its total; empty with one dimension; `null` when withheld.
    pub column_totals: Vec<Option<u64>>,
    /// All referrals counted; `null` when withheld.
    pub total: Option<u64>,
}

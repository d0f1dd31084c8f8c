//! `Indicators`: referral counts, waiting times and programme outcomes, small-cell suppressed.

use std::sync::Arc;

use async_graphql::{Context, Enum, Object, SimpleObject};
use chrono::Utc;
use skupaj_app::{AppResult, Handle};
use skupaj_domain::indicators::{
    self, Durations, ReferralFacts, Timed, count_table, durations, programme_outcomes,
};
use skupaj_domain::suppression::{MinCell, suppress, suppress_list};

use crate::graphql::context::app;
use crate::graphql::error::ApiResult;

/// What referrals are counted by.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "indicators::ReferralDimension")]
pub enum ReferralDimension {
    /// What the receiving organisation was asked to help with (every need listed).
    NeedDomain,
    /// Where the referral stands now (every status but `DRAFT`).
    Status,
    /// The month it was sent, `YYYY-MM` (from the first month with a referral to the last).
    Month,
    /// The kind of the referring organisation (every kind listed).
    ReferringOrganisationKind,
    /// The kind of the receiving organisation (every kind listed).
    ReceivingOrganisationKind,
    /// The participant's gender (every value listed, then `UNKNOWN`).
    Gender,
    /// The participant's age in years when it was sent: `0-17`, `18-24`, `25-34`, `35-44`,
    /// `45-54`, `55-64`, `65+`, `UNKNOWN`.
    AgeBand,
}

/// What programme outcomes are grouped by.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "indicators::ProgrammeDimension")]
pub enum ProgrammeDimension {
    /// The programme's kind (every kind listed).
    ProgrammeKind,
    /// The year of enrolment (every year from the first enrolment to the last).
    Cohort,
}

/// Indicators over the records the viewer may see, ready to publish: every figure about fewer
/// than `minCell` people is `null`, and so are enough others that no withheld figure can be
/// worked out from the totals (README, "Small-cell suppression").
pub struct Indicators {
    pub facts: Arc<Vec<ReferralFacts>>,
    pub group_by: Vec<indicators::ReferralDimension>,
    pub k: MinCell,
}

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

#[allow(clippy::cast_precision_loss)]
fn hours(seconds: Option<i64>) -> Option<f64> {
    seconds.map(|s| s as f64 / 3600.0)
}

impl Indicators {
    /// Sent referrals counted by the first dimension (rows) and, if asked, the second
    /// (columns), with row, column and grand totals, suppressed.
    pub fn referral_table(&self) -> IndicatorTable {
        let Some(&rows) = self.group_by.first() else {
            return IndicatorTable {
                columns: Vec::new(),
                rows: Vec::new(),
                column_totals: Vec::new(),
                total: self.k.count(self.facts.len() as u64),
            };
        };
        let table = count_table(&self.facts, rows, self.group_by.get(1).copied());
        if table.columns.is_empty() {
            let counts: Vec<u64> = table.cells.iter().map(|row| row[0]).collect();
            let published = suppress_list(&counts, self.k);
            return IndicatorTable {
                columns: Vec::new(),
                rows: table
                    .rows
                    .into_iter()
                    .zip(published.counts)
                    .map(|(group, total)| IndicatorRow {
                        group,
                        cells: Vec::new(),
                        total,
                    })
                    .collect(),
                column_totals: Vec::new(),
                total: published.total,
            };
        }
        let published = suppress(&table.cells, self.k);
        IndicatorTable {
            columns: table.columns,
            rows: table
                .rows
                .into_iter()
                .zip(published.cells.into_iter().zip(published.row_totals))
                .map(|(group, (cells, total))| IndicatorRow {
                    group,
                    cells,
                    total,
                })
                .collect(),
            column_totals: published.column_totals,
            total: published.total,
        }
    }

    /// The durations of `timed`: all referrals first (`group` `None`), then each group of the
    /// first dimension, suppressed.
    pub fn durations(&self, timed: Timed) -> Vec<DurationFigures> {
        durations(&self.facts, timed, self.group_by.first().copied())
            .into_iter()
            .map(|d: Durations| {
                let shown = self.k.count(d.count).is_some();
                DurationFigures {
                    group: d.group,
                    count: self.k.count(d.count),
                    median_hours: hours(d.median_seconds.filter(|_| shown)),
                    p90_hours: hours(d.p90_seconds.filter(|_| shown)),
                }
            })
            .collect()
    }

    /// Completion and employment by `group_by` in the programmes the handle's actor may
    /// count, suppressed.
    pub async fn programme_outcomes(
        &self,
        handle: Handle<'_>,
        group_by: indicators::ProgrammeDimension,
    ) -> AppResult<Vec<ProgrammeOutcome>> {
        let facts = handle.indicators().enrolment_facts().await?;
        let k = self.k;
        let count = |n: u32| k.count(u64::from(n)).map(|_| n);
        Ok(
            programme_outcomes(&facts, group_by, Utc::now().date_naive())
                .into_iter()
                .map(|outcome| {
                    let figures = outcome.stats.suppressed(k);
                    let groups = outcome.stats.groups;
                    ProgrammeOutcome {
                        group: outcome.group,
                        enrolled: figures.enrolled,
                        completed: figures.completed,
                        finished: count(groups.finished),
                        completion_rate: figures.completion_rate,
                        followed_up_3_months: count(groups.followed_3_months),
                        employed_within_3_months: figures.employed_within_3_months,
                        followed_up_6_months: count(groups.followed_6_months),
                        employed_within_6_months: figures.employed_within_6_months,
                    }
                })
                .collect(),
        )
    }
}

/// Indicators over the records the viewer may see.
#[Object]
impl Indicators {
    /// k: the smallest group of people a figure here describes.
    async fn min_cell(&self) -> u32 {
        self.k.get()
    }

    /// The dimensions asked for.
    async fn group_by(&self) -> Vec<ReferralDimension> {
        self.group_by.iter().copied().map(Into::into).collect()
    }

    /// Sent referrals counted by the first dimension (rows) and, if asked, the second
    /// (columns), with row, column and grand totals.
    async fn referrals(&self) -> IndicatorTable {
        self.referral_table()
    }

    /// Time from sending to the first answer (accept, decline or redirect): all referrals
    /// first (`group` null), then each group of the first dimension.
    async fn first_response(&self) -> Vec<DurationFigures> {
        self.durations(Timed::FirstResponse)
    }

    /// Time from sending to completion, over completed referrals: all first (`group` null),
    /// then each group of the first dimension.
    async fn completion(&self) -> Vec<DurationFigures> {
        self.durations(Timed::Completion)
    }

    /// Completion and employment at 3 and 6 months in the programmes of the viewer's scope
    /// (an officer's municipality, an analyst's organisation's programmes, every programme for
    /// platform admins), by programme kind or by cohort. The referral filter does not apply.
    async fn programmes(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to group enrolments by.")] group_by: ProgrammeDimension,
    ) -> ApiResult<Vec<ProgrammeOutcome>> {
        Ok(self.programme_outcomes(app(ctx)?, group_by.into()).await?)
    }
}

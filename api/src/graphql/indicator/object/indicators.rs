//! `Indicators`: referral counts, waiting times and programme outcomes, small-cell suppressed.

use std::sync::Arc;

use async_graphql::{Context, Object};
use chrono::Utc;
use skupaj_app::{AppResult, Handle};
use skupaj_domain::indicators::{
    self, Durations, ReferralFacts, Timed, count_table, durations, programme_outcomes,
};
use skupaj_domain::suppression::{MinCell, suppress, suppress_list};

use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::indicator::{
    DurationFigures, IndicatorRow, IndicatorTable, ProgrammeDimension, ProgrammeOutcome,
    ReferralDimension,
};

/// Indicators over the records the viewer may see, ready to publish: every figure about fewer
/// than `minCell` people is `null`, and so are enough others that no withheld figure can be
/// worked out from the totals (README, "Small-cell suppression").
pub struct Indicators {
    pub facts: Arc<Vec<ReferralFacts>>,
    pub group_by: Vec<indicators::ReferralDimension>,
    pub k: MinCell,
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

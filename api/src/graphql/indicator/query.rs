//! `indicators`: figures for municipal officers, analysts and platform admins.

use std::sync::Arc;

use async_graphql::{Context, Object};
use skupaj_app::Handle;
use skupaj_domain::suppression::MinCell;

use crate::graphql::context::{app, min_cell};
use crate::graphql::error::ApiResult;
use crate::graphql::indicator::{IndicatorFilterInput, Indicators, ReferralDimension};

#[derive(Default)]
pub struct IndicatorQuery;

#[Object]
impl IndicatorQuery {
    /// Indicators, safe to publish as they are: sent referrals counted by up to two dimensions,
    /// times to first answer and to completion, and programme outcomes. Municipal officers get
    /// the referrals they track and the programmes in their municipality, analysts their
    /// organisation's referrals and programmes, platform admins everything; anyone else `null`
    /// with `FORBIDDEN`. Every figure is small-cell suppressed, whoever asks.
    async fn indicators(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Which sent referrals to count.")] filter: Option<IndicatorFilterInput>,
        #[graphql(
            desc = "Up to two dimensions: the rows, then the columns of the referral table. The \
                    time figures are broken down by the first.",
            default
        )]
        group_by: Vec<ReferralDimension>,
    ) -> ApiResult<Option<Indicators>> {
        indicators_for(app(ctx)?, filter, group_by, min_cell(ctx))
            .await
            .map(Some)
    }
}

/// The indicators of the handle's actor for `filter` and `groupBy`, checked as the query
/// checks them: what `indicators` answers and `/exports/indicators.csv` writes.
pub(crate) async fn indicators_for(
    handle: Handle<'_>,
    filter: Option<IndicatorFilterInput>,
    group_by: Vec<ReferralDimension>,
    k: MinCell,
) -> ApiResult<Indicators> {
    let group_by: Vec<_> = group_by.into_iter().map(Into::into).collect();
    let filter = filter.unwrap_or_default().into_filter();
    let facts = handle
        .indicators()
        .referral_facts(&filter, &group_by)
        .await?;
    Ok(Indicators {
        facts: Arc::new(facts),
        group_by,
        k,
    })
}

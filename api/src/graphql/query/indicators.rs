//! `indicators`: figures for municipal officers, analysts and platform admins.

use std::sync::Arc;

use async_graphql::{Context, InputObject, Object};
use chrono::{DateTime, Utc};
use skupaj_app::Handle;
use skupaj_app::indicator::IndicatorFilter;
use skupaj_domain::suppression::MinCell;

use crate::graphql::context::{app, min_cell};
use crate::graphql::error::ApiResult;
use crate::graphql::types::indicators::{Indicators, ReferralDimension};
use crate::graphql::types::referral_enums::{NeedDomain, ReferralStatus};

/// Which sent referrals indicators count; every criterion given must hold.
#[derive(InputObject, Debug, Default)]
pub struct IndicatorFilterInput {
    /// Sent at or after this time.
    pub sent_from: Option<DateTime<Utc>>,
    /// Sent before this time.
    pub sent_to: Option<DateTime<Utc>>,
    /// For any of these needs.
    pub need_domains: Option<Vec<NeedDomain>>,
    /// In any of these statuses (`DRAFT` matches nothing: drafts are never counted).
    pub statuses: Option<Vec<ReferralStatus>>,
}

impl IndicatorFilterInput {
    fn into_filter(self) -> IndicatorFilter {
        IndicatorFilter {
            sent_from: self.sent_from,
            sent_to: self.sent_to,
            need_domains: self
                .need_domains
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
            statuses: self
                .statuses
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

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

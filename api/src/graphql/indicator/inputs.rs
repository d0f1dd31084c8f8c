//! What the indicators query takes.

use async_graphql::InputObject;
use chrono::{DateTime, Utc};
use skupaj_app::indicator::IndicatorFilter;

use crate::graphql::referral::{NeedDomain, ReferralStatus};

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
    pub(crate) fn into_filter(self) -> IndicatorFilter {
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

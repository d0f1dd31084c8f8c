//! Indicators: the facts that published figures are computed from, over the records the actor
//! may count (the policy's `indicator_scope`).

use skupaj_domain::DomainError;
use skupaj_domain::access::indicator_scope;
use skupaj_domain::indicators::{EnrolmentIndicatorFacts, ReferralDimension, ReferralFacts};
use skupaj_persistence::indicators;

pub use skupaj_persistence::indicators::IndicatorFilter;

use crate::{AppResult, Handle};

/// At most this many dimensions break referral counts down.
pub const MAX_DIMENSIONS: usize = 2;

/// The use cases of indicators.
#[derive(Debug, Clone, Copy)]
pub struct Indicators<'a>(Handle<'a>);

impl<'a> Handle<'a> {
    /// Indicators over what the actor may count.
    pub fn indicators(self) -> Indicators<'a> {
        Indicators(self)
    }
}

impl Indicators<'_> {
    /// The sent referrals the actor may count that match `filter`, to be counted by
    /// `group_by`. Refused with `Forbidden` for anyone but officers, analysts and platform
    /// admins (before anything else is checked); `groupBy` must name at most two different
    /// dimensions and `filter.sentTo` must not be before `sentFrom`.
    pub async fn referral_facts(
        &self,
        filter: &IndicatorFilter,
        group_by: &[ReferralDimension],
    ) -> AppResult<Vec<ReferralFacts>> {
        let scope = indicator_scope(self.0.actor())?;
        if group_by.len() > MAX_DIMENSIONS {
            return Err(DomainError::validation("groupBy", "at most two dimensions").into());
        }
        if group_by.len() == 2 && group_by[0] == group_by[1] {
            return Err(
                DomainError::validation("groupBy", "the two dimensions must differ").into(),
            );
        }
        if let (Some(from), Some(to)) = (filter.sent_from, filter.sent_to)
            && from > to
        {
            return Err(
                DomainError::validation("filter.sentTo", "must not be before sentFrom").into(),
            );
        }
        Ok(indicators::referral_facts(self.0.db(), scope.referrals.as_ref(), filter).await?)
    }

    /// Every enrolment in the programmes the actor may count (an officer's municipality, an
    /// analyst's organisation's programmes, every programme for platform admins); refused with
    /// `Forbidden` for anyone else.
    pub async fn enrolment_facts(&self) -> AppResult<Vec<EnrolmentIndicatorFacts>> {
        let scope = indicator_scope(self.0.actor())?;
        Ok(indicators::enrolment_facts(self.0.db(), &scope.programmes).await?)
    }
}

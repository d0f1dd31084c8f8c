//! The query root, merged from one object per area.

use async_graphql::MergedObject;

use crate::graphql::account::query as account;
mod audit;
mod caseload;
use crate::graphql::organisation::query as directory;
pub(crate) mod indicators;
mod matching;
mod notifications;
mod participants;
mod programmes;
pub(crate) mod referrals;
mod support;

/// Every query of the API.
#[derive(MergedObject, Default)]
pub struct QueryRoot(
    directory::DirectoryQuery,
    account::AccountQuery,
    participants::ParticipantQuery,
    programmes::ProgrammeQuery,
    referrals::ReferralQuery,
    audit::AuditQuery,
    support::SupportQuery,
    notifications::NotificationQuery,
    matching::MatchQuery,
    indicators::IndicatorQuery,
    caseload::CaseloadQuery,
);

//! The query root, merged from one object per area.

use async_graphql::MergedObject;

mod account;
use crate::graphql::audit_log as audit;
mod caseload;
mod directory;
pub(crate) use crate::graphql::indicator as indicators;
mod matching;
use crate::graphql::notification as notifications;
mod participants;
mod programmes;
pub(crate) use crate::graphql::referral::query as referrals;
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

//! The query root, merged from one object per area.

use async_graphql::MergedObject;

mod account;
mod audit;
use crate::graphql::caseload::query as caseload;
mod directory;
pub(crate) mod indicators;
mod matching;
mod notifications;
use crate::graphql::participant::query as participants;
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

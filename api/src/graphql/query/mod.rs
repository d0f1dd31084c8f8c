//! The query root, merged from one object per area.

use async_graphql::MergedObject;

mod account;
mod audit;
mod caseload;
mod directory;
pub(crate) mod indicators;
mod matching;
mod notifications;
mod participants;
mod programmes;
pub(crate) mod referrals;

/// Every query of the API.
#[derive(MergedObject, Default)]
pub struct QueryRoot(
    directory::DirectoryQuery,
    account::AccountQuery,
    participants::ParticipantQuery,
    programmes::ProgrammeQuery,
    referrals::ReferralQuery,
    audit::AuditQuery,
    crate::graphql::mentorship::MentorshipQuery,
    crate::graphql::mediation::MediationQuery,
    crate::graphql::vacancy::VacancyQuery,
    crate::graphql::stakeholder_group::StakeholderGroupQuery,
    notifications::NotificationQuery,
    matching::MatchQuery,
    indicators::IndicatorQuery,
    caseload::CaseloadQuery,
);

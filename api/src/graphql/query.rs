//! The query root, merged from one object per area.

use async_graphql::MergedObject;

use crate::graphql::account::query as account;
use crate::graphql::audit_log as audit;
use crate::graphql::caseload::query as caseload;
use crate::graphql::indicator as indicators;
use crate::graphql::matching::query as matching;
use crate::graphql::notification as notifications;
use crate::graphql::organisation::query as directory;
use crate::graphql::participant::query as participants;
use crate::graphql::programme::query as programmes;
use crate::graphql::referral::query as referrals;

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
    crate::graphql::data_export::DataExportQuery,
    crate::graphql::emergency_access::query::EmergencyAccessQuery,
);

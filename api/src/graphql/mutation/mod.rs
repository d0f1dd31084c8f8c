//! The mutation root. Every mutation takes one `input` and returns a payload type.

use async_graphql::MergedObject;

mod accounts;
mod auth;
use crate::graphql::caseload::mutation as caseload;
mod enrolments;
mod labour_market;
use crate::graphql::life_card::mutation as life_card;
mod mediation;
mod members;
mod mentorship;
mod notifications;
mod organisations;
use crate::graphql::participant::mutation as participants;
mod placements;
mod programmes;
use crate::graphql::rectification::mutation as rectification;
pub(crate) mod referrals;
mod stakeholder_groups;

/// Every mutation of the API.
#[derive(MergedObject, Default)]
pub struct MutationRoot(
    auth::AuthMutation,
    accounts::AccountMutation,
    organisations::OrganisationMutation,
    members::MemberMutation,
    participants::ParticipantMutation,
    referrals::ReferralMutation,
    programmes::ProgrammeMutation,
    enrolments::EnrolmentMutation,
    life_card::LifeCardMutation,
    mentorship::MentorshipMutation,
    mediation::MediationMutation,
    labour_market::LabourMarketMutation,
    stakeholder_groups::StakeholderGroupMutation,
    notifications::NotificationMutation,
    placements::PlacementMutation,
    caseload::CaseloadMutation,
    rectification::RectificationMutation,
);

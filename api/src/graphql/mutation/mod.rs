//! The mutation root. Every mutation takes one `input` and returns a payload type.

use async_graphql::MergedObject;

mod accounts;
mod auth;
mod caseload;
mod enrolments;
use crate::graphql::vacancy as labour_market;
mod life_card;
use crate::graphql::mediation;
mod members;
use crate::graphql::mentorship;
mod notifications;
mod organisations;
mod participants;
mod placements;
pub(crate) mod programmes;
mod rectification;
mod referrals;
use crate::graphql::stakeholder_group as stakeholder_groups;

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

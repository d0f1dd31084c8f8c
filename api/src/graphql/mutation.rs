//! The mutation root. Every mutation takes one `input` and returns a payload type.

use async_graphql::MergedObject;

use crate::graphql::account::mutation as accounts;
use crate::graphql::auth::mutation as auth;
use crate::graphql::caseload::mutation as caseload;
use crate::graphql::enrolment::mutation as enrolments;
use crate::graphql::life_card::mutation as life_card;
use crate::graphql::mediation;
use crate::graphql::member::mutation as members;
use crate::graphql::mentorship;
use crate::graphql::notification as notifications;
use crate::graphql::organisation::mutation as organisations;
use crate::graphql::participant::mutation as participants;
use crate::graphql::placement::mutation as placements;
use crate::graphql::programme::mutation as programmes;
use crate::graphql::rectification::mutation as rectification;
use crate::graphql::referral::mutation as referrals;
use crate::graphql::stakeholder_group as stakeholder_groups;
use crate::graphql::vacancy as labour_market;

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
    crate::graphql::emergency_access::mutation::EmergencyAccessMutation,
);

//! The mutation root. Every mutation takes one `input` and returns a payload type.

use async_graphql::MergedObject;

mod auth;
mod enrolments;
mod members;
mod organisations;
mod participants;
mod programmes;
mod referrals;

/// Every mutation of the API.
#[derive(MergedObject, Default)]
pub struct MutationRoot(
    auth::AuthMutation,
    organisations::OrganisationMutation,
    members::MemberMutation,
    participants::ParticipantMutation,
    referrals::ReferralMutation,
    programmes::ProgrammeMutation,
    enrolments::EnrolmentMutation,
);

//! GraphQL enums of mentorship, tied to their domain types.

use async_graphql::Enum;
use skupaj_domain::mentorship;

/// Whether a mentorship is under way.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "mentorship::MentorshipStatus")]
pub enum MentorshipStatus {
    /// Under way.
    Active,
    /// Ended.
    Ended,
}

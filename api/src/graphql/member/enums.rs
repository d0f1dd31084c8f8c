//! A member's role as GraphQL enums. `remote` ties each to its domain type, so the compiler fails here
//! when the domain gains or loses a value.

use async_graphql::Enum;
use skupaj_domain::membership;

/// A user's role inside one organisation.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "membership::MembershipRole")]
pub enum MembershipRole {
    /// Manages the organisation's profile and members.
    OrgAdmin,
    /// Registers participants, keeps their life card, refers them on.
    CaseManager,
    /// Works with referrals, programmes and attendance.
    Staff,
    /// Sees only their own mentees.
    Mentor,
    /// Interpreter or intercultural mediator.
    Mediator,
    /// Reads statistics and pseudonymised data only.
    Analyst,
}

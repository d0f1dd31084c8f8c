//! Roles: what a user does inside one organisation, and the two platform roles outside any.

use uuid::Uuid;

closed_set! {
/// A user's role inside one organisation.
pub enum MembershipRole {
    /// Manages the organisation's profile and its members.
    OrgAdmin,
    /// Registers participants, keeps their life card, refers them on.
    CaseManager,
    /// Works with referrals, programmes and attendance.
    Staff,
    /// Sees only their own mentees.
    Mentor,
    /// Interpreter or intercultural mediator; sees mediation requests in their languages.
    Mediator,
    /// Reads statistics and pseudonymised data only.
    Analyst,
}
}

closed_set! {
/// A role held on the platform itself rather than in an organisation.
pub enum PlatformRole {
    /// Manages organisations and accounts; sees no personal data of participants.
    PlatformAdmin,
    /// Reads the audit log.
    Auditor,
}
}

/// A user's place in an organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub id: Uuid,
    pub user_id: Uuid,
    pub organisation_id: Uuid,
    pub role: MembershipRole,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_spelled_as_the_api_spells_them() {
        assert_eq!(MembershipRole::OrgAdmin.to_string(), "ORG_ADMIN");
        assert_eq!(
            "CASE_MANAGER".parse::<MembershipRole>(),
            Ok(MembershipRole::CaseManager)
        );
        assert_eq!(PlatformRole::PlatformAdmin.to_string(), "PLATFORM_ADMIN");
    }
}

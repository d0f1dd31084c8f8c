//! The inputs of inviting members, answering invitations and managing members.

use async_graphql::{ID, InputObject};

use crate::graphql::member::enums::MembershipRole;

/// Someone to invite into an organisation. The answer is the same whether the address already
/// has an account or not: in both cases a pending invitation is made and the person hears of it
/// in-app and by e-mail, and becomes a member only by accepting it. Every field is required and
/// checked in both cases; `displayName`, `preferredLocale` and `initialPassword` are used only
/// when the address has no account yet (one is then opened with them, and the admin passes the
/// password on privately); an existing account keeps its own.
#[derive(InputObject)]
pub struct AddMemberInput {
    /// The organisation to invite them to.
    pub organisation_id: ID,
    /// Their e-mail address.
    pub email: String,
    /// Their role in the organisation once they accept.
    pub role: MembershipRole,
    /// Their name, for an account opened by this invitation.
    pub display_name: String,
    /// Their preferred language (ISO 639), for an account opened by this invitation; Slovenian
    /// by default.
    pub preferred_locale: Option<String>,
    /// A first password (at least 12 characters), for an account opened by this invitation.
    #[graphql(secret)]
    pub initial_password: String,
}

/// The invitation to answer.
#[derive(InputObject)]
pub struct AnswerInvitationInput {
    /// The invitation (from `myInvitations` or the notification's `subjectId`).
    pub invitation_id: ID,
}

/// A new role for a member.
#[derive(InputObject)]
pub struct ChangeMemberRoleInput {
    /// The organisation.
    pub organisation_id: ID,
    /// The member.
    pub user_id: ID,
    /// Their new role.
    pub role: MembershipRole,
}

/// The account to deactivate or reactivate.
#[derive(InputObject)]
pub struct SetUserActiveInput {
    /// The user.
    pub user_id: ID,
}

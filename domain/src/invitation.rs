//! Invitations: how an account joins an organisation. An organisation admin invites an e-mail
//! address; the account behind it joins only when its holder accepts. The admin's answer is the
//! same whether the address already had an account or not.

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use crate::email::Email;
use crate::error::DomainError;
use crate::membership::MembershipRole;

/// How long an invitation can be accepted.
pub const VALID_FOR_DAYS: i64 = 14;

/// When an invitation made at `now` stops being valid.
pub fn expiry_from(now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::days(VALID_FOR_DAYS)
}

closed_set! {
/// Where an invitation stands.
pub enum InvitationStatus {
    /// Waiting for the invited person's answer.
    Pending,
    /// Accepted: the person is a member.
    Accepted,
    /// Declined by the invited person.
    Declined,
    /// Not answered in time. Never stored: a pending invitation past its expiry reads so.
    Expired,
}
}

closed_set! {
/// What the invited person does with an invitation.
pub enum InvitationAnswer {
    Accept,
    Decline,
}
}

/// An invitation to join an organisation with a role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub id: Uuid,
    pub organisation_id: Uuid,
    /// The address the admin typed (normalised).
    pub email: Email,
    /// The account the invitation is for.
    pub user_id: Uuid,
    pub role: MembershipRole,
    /// As stored: `Pending`, `Accepted` or `Declined`.
    pub stored_status: InvitationStatus,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub answered_at: Option<DateTime<Utc>>,
}

impl Invitation {
    /// The status as of `now`: a pending invitation at or past its expiry is `Expired`.
    pub fn status(&self, now: DateTime<Utc>) -> InvitationStatus {
        match self.stored_status {
            InvitationStatus::Pending if now >= self.expires_at => InvitationStatus::Expired,
            status => status,
        }
    }

    /// Whether a new invitation to the same address and organisation should reuse this one.
    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        self.status(now) == InvitationStatus::Pending
    }
}

/// The status an answer leads to, or why it is refused: only a pending invitation that has not
/// expired can be answered, and only once.
pub fn answer(
    status: InvitationStatus,
    answer: InvitationAnswer,
) -> Result<InvitationStatus, DomainError> {
    match (status, answer) {
        (InvitationStatus::Pending, InvitationAnswer::Accept) => Ok(InvitationStatus::Accepted),
        (InvitationStatus::Pending, InvitationAnswer::Decline) => Ok(InvitationStatus::Declined),
        (InvitationStatus::Expired, _) => Err(DomainError::InvalidTransition(
            "the invitation has expired; ask for a new one".to_owned(),
        )),
        (status, _) => Err(DomainError::InvalidTransition(format!(
            "the invitation is already {}",
            status.to_string().to_lowercase()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invitation(status: InvitationStatus, expires_in: Duration) -> Invitation {
        let now = Utc::now();
        Invitation {
            id: Uuid::from_u128(1),
            organisation_id: Uuid::from_u128(2),
            email: Email::parse("email", "ana@example.org").unwrap(),
            user_id: Uuid::from_u128(3),
            role: MembershipRole::Staff,
            stored_status: status,
            created_at: now,
            expires_at: now + expires_in,
            answered_at: None,
        }
    }

    #[test]
    fn a_pending_invitation_expires_at_its_expiry() {
        let now = Utc::now();
        let open = invitation(InvitationStatus::Pending, Duration::days(1));
        assert_eq!(open.status(now), InvitationStatus::Pending);
        assert!(open.is_open(now));
        assert_eq!(
            open.status(open.expires_at),
            InvitationStatus::Expired,
            "the expiry itself is too late"
        );
        let accepted = invitation(InvitationStatus::Accepted, Duration::days(-1));
        assert_eq!(accepted.status(now), InvitationStatus::Accepted);
        assert!(!accepted.is_open(now));
    }

    #[test]
    fn only_a_pending_invitation_can_be_answered() {
        use InvitationAnswer::{Accept, Decline};
        use InvitationStatus::{Accepted, Declined, Expired, Pending};
        assert_eq!(answer(Pending, Accept), Ok(Accepted));
        assert_eq!(answer(Pending, Decline), Ok(Declined));
        for status in [Accepted, Declined, Expired] {
            for action in [Accept, Decline] {
                assert!(
                    matches!(
                        answer(status, action),
                        Err(DomainError::InvalidTransition(_))
                    ),
                    "{status} {action}"
                );
            }
        }
    }

    #[test]
    fn an_invitation_is_valid_for_two_weeks() {
        let now = Utc::now();
        assert_eq!(expiry_from(now) - now, Duration::days(14));
    }
}

//! Accounts and sign-in sessions: who starts, refreshes and ends a session, where it acts, and
//! who changes a password. Most of these need no signed-in user: what proves the right is a
//! password, a refresh token or a reset token the use case has checked.

use uuid::Uuid;

use super::{Actor, Permit, allow_if};
use crate::DomainError;

/// A failed attempt (a wrong password, a bad token) is counted against the account and the
/// client address whoever makes it: the count is what protects the account. A successful
/// sign-in forgets the account's failures.
pub fn count_attempts() -> Permit {
    Permit::granted()
}

/// Starting a session, once the password is verified: it acts in `requested` when the user is
/// a member there (anywhere else is `Forbidden`), by default in their oldest membership
/// (`memberships` oldest first), or in no organisation when they have none.
pub fn start_session(
    memberships: &[Uuid],
    requested: Option<Uuid>,
) -> Result<(Option<Uuid>, Permit), DomainError> {
    let organisation = match requested {
        Some(id) => {
            allow_if(memberships.contains(&id))?;
            Some(id)
        }
        None => memberships.first().copied(),
    };
    Ok((organisation, Permit::granted()))
}

/// A refresh token rotates its own session (and ends it when it was already used).
pub fn refresh_session() -> Permit {
    Permit::granted()
}

/// A session whose user was deactivated, or is no longer a member where it acts, is over:
/// whoever presents it ends it.
pub fn end_lapsed_session() -> Permit {
    Permit::granted()
}

/// A session moves to an organisation only where the user is an active member.
pub fn act_in(is_member_there: bool) -> Result<Permit, DomainError> {
    allow_if(is_member_there)?;
    Ok(Permit::granted())
}

/// Every signed-in user changes their own password and ends their own sessions.
pub fn manage_own_account(_actor: &Actor) -> Permit {
    Permit::granted()
}

/// Anyone may ask for a reset link; only the address's own inbox receives it.
pub fn request_password_reset() -> Permit {
    Permit::granted()
}

/// The token of a reset link, checked by the write itself, proves the right to set a password.
pub fn reset_password_by_token() -> Permit {
    Permit::granted()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_acts_in_the_requested_membership_or_the_oldest() {
        let (first, second) = (Uuid::from_u128(1), Uuid::from_u128(2));
        let memberships = [first, second];
        assert_eq!(
            start_session(&memberships, None).map(|(org, _)| org),
            Ok(Some(first))
        );
        assert_eq!(
            start_session(&memberships, Some(second)).map(|(org, _)| org),
            Ok(Some(second))
        );
        assert_eq!(start_session(&[], None).map(|(org, _)| org), Ok(None));
    }

    #[test]
    fn a_session_never_acts_where_the_user_is_not_a_member() {
        let elsewhere = Uuid::from_u128(9);
        assert_eq!(
            start_session(&[Uuid::from_u128(1)], Some(elsewhere)).map(|(org, _)| org),
            Err(DomainError::Forbidden)
        );
        assert_eq!(
            start_session(&[], Some(elsewhere)).map(|(org, _)| org),
            Err(DomainError::Forbidden)
        );
        assert!(act_in(true).is_ok());
        assert_eq!(act_in(false).map(|_| ()), Err(DomainError::Forbidden));
    }
}

//! The proof that the policy said yes. Writes take a [`Permit`], and only this module makes
//! one, so no change can be written without the access policy having decided it.

use super::Actor;

/// Proof that the access policy allowed one change. Only the policy (`crate::access`) makes
/// one; every write of a use case takes one by value, so a write cannot run without a decision
/// and one decision cannot be spent on two writes.
#[derive(Debug)]
#[must_use = "a permit is spent by the write it allows"]
pub struct Permit {
    _sealed: (),
}

impl Permit {
    /// Made by the policy functions of `crate::access`, and by nothing else.
    pub(in crate::access) fn granted() -> Self {
        Self { _sealed: () }
    }
}

/// The platform's own scheduled jobs (expiring unanswered referrals, reminders, retention) act
/// for no one: they hold this permit by their nature, not by a user's rights.
pub fn platform_job() -> Permit {
    Permit::granted()
}

/// Every signed-in user may manage their own notifications and preferences.
pub fn manage_own_notifications(_actor: &Actor) -> Permit {
    Permit::granted()
}

//! The referral steps an enrolment drives: a referral into a programme follows the enrolment
//! that answers it, through the same referral step as a person's action ([`super::step`]), in
//! the enrolment's transaction, with its history, notification and an audit entry of its own.

use skupaj_domain::access::{Permit, consequence_of};
use skupaj_domain::referral::{ReferralAction, ReferralOutcome, Side, transition};
use skupaj_persistence::database::WriteTransaction;
use skupaj_persistence::enrolments::{EnrolmentChange, FollowReferral};
use skupaj_persistence::referrals::{self, ActedBy, Step};
use skupaj_persistence::{PersistenceError, audit};
use uuid::Uuid;

use super::step::{Decided, take};

/// The steps a referral takes after its enrolment changed, in order (each only when the state
/// machine allows it from where the referral then stands, so a referral cancelled meanwhile
/// stays cancelled), and the outcome a completion records.
pub fn after_enrolment(
    change: EnrolmentChange,
) -> (&'static [ReferralAction], Option<ReferralOutcome>) {
    use ReferralAction as A;
    match change {
        EnrolmentChange::Enrolled => (&[A::Start, A::Resume], None),
        EnrolmentChange::Waitlisted => (&[A::Start, A::Hold], None),
        EnrolmentChange::Promoted => (&[A::Resume], None),
        EnrolmentChange::Left => (
            &[A::Resume, A::Complete],
            Some(ReferralOutcome::ParticipantWithdrew),
        ),
        EnrolmentChange::Completed => (&[A::Resume, A::Complete], Some(ReferralOutcome::Enrolled)),
    }
}

/// The mutation a person would have run to take `action`: the operation of the audit entry of
/// a step an enrolment drove.
pub fn operation_of(action: ReferralAction) -> &'static str {
    use ReferralAction as A;
    match action {
        A::Create => "createReferral",
        A::Send => "sendReferral",
        A::Accept => "acceptReferral",
        A::Decline => "declineReferral",
        A::Start => "startReferral",
        A::Hold => "holdReferral",
        A::Resume => "resumeReferral",
        A::Complete => "completeReferral",
        A::Redirect => "redirectReferral",
        A::Cancel => "cancelReferral",
        A::Reopen => "reopenReferral",
        A::Expire => "expireReferral",
    }
}

/// Moves referrals along with their enrolments, for whoever changed the enrolments: handed to
/// the enrolment writes (`skupaj_persistence::enrolments`), which call it in their transaction.
#[derive(Debug)]
pub struct EnrolmentFollower {
    acted_by: ActedBy,
    permit: Permit,
}

impl EnrolmentFollower {
    /// A follower recording its steps as `acted_by`, with the permit the enrolment change lent.
    pub(crate) fn new(acted_by: ActedBy, permit: Permit) -> Self {
        Self { acted_by, permit }
    }

    /// For the platform's demo data, where no user acts.
    pub fn platform() -> Self {
        Self::new(ActedBy::PLATFORM, skupaj_domain::access::platform_job())
    }
}

impl<'a> crate::Handle<'a> {
    /// The follower of the enrolment changes the actor makes (also those another use case
    /// makes, such as a programme's cancellation or a larger capacity).
    pub fn referral_follower(self) -> EnrolmentFollower {
        let actor = self.actor();
        EnrolmentFollower::new(
            ActedBy {
                user_id: Some(actor.user_id),
                organisation_id: actor.organisation_id(),
            },
            skupaj_domain::access::follow_enrolments(actor),
        )
    }
}

#[async_trait::async_trait]
impl FollowReferral for EnrolmentFollower {
    async fn follow(
        &self,
        txn: &WriteTransaction,
        referral: Uuid,
        change: EnrolmentChange,
    ) -> Result<(), PersistenceError> {
        // The row lock first, so a person's concurrent step waits for this one rather than
        // making it miss its version.
        let Some(mut current) = referrals::lock(txn, referral).await? else {
            return Ok(());
        };
        let (actions, outcome) = after_enrolment(change);
        for &action in actions {
            let Ok(to) = transition(current.status, action, Side::Receiver) else {
                continue;
            };
            let mut step = Step::new(&current, action, to, self.acted_by);
            step.comment = Some("follows the enrolment".to_owned());
            if action == ReferralAction::Complete {
                step.outcome = outcome;
            }
            take(
                txn,
                consequence_of(&self.permit),
                &current,
                Decided::plain(step),
            )
            .await?;
            audit::also(operation_of(action), "Referral", referral);
            current.status = to;
            current.version += 1;
            if action == ReferralAction::Complete {
                current.outcome = outcome;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use skupaj_domain::referral::ReferralStatus as S;

    /// Where each change leaves a referral from each status it can be in.
    #[test]
    fn a_referral_follows_its_enrolment() {
        let walk = |from: S, change| {
            let (actions, _) = after_enrolment(change);
            actions.iter().fold(from, |status, action| {
                transition(status, *action, Side::Receiver).unwrap_or(status)
            })
        };
        assert_eq!(walk(S::Accepted, EnrolmentChange::Enrolled), S::InProgress);
        assert_eq!(walk(S::OnHold, EnrolmentChange::Enrolled), S::InProgress);
        assert_eq!(walk(S::Accepted, EnrolmentChange::Waitlisted), S::OnHold);
        assert_eq!(walk(S::OnHold, EnrolmentChange::Promoted), S::InProgress);
        assert_eq!(walk(S::OnHold, EnrolmentChange::Left), S::Completed);
        assert_eq!(
            walk(S::InProgress, EnrolmentChange::Completed),
            S::Completed
        );
        assert_eq!(walk(S::Cancelled, EnrolmentChange::Completed), S::Cancelled);
        assert_eq!(
            after_enrolment(EnrolmentChange::Left).1,
            Some(ReferralOutcome::ParticipantWithdrew)
        );
        assert_eq!(
            after_enrolment(EnrolmentChange::Completed).1,
            Some(ReferralOutcome::Enrolled)
        );
    }
}

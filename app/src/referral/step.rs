//! The one referral step: every path that moves a referral (a person's action, an enrolment
//! change, the demo data) writes it here, inside its transaction, so each step writes its
//! history, raises its notification and carries out what follows from it.

use skupaj_domain::access::{Permit, consequence_of};
use skupaj_domain::notification::{StepDetail, on_referral_step, on_referral_step_with};
use skupaj_domain::referral::{Referral, ReferralAction, ReferralStatus};
use skupaj_persistence::database::WriteTransaction;
use skupaj_persistence::referrals::{self, NewReferral, Step};
use skupaj_persistence::{PersistenceError, notifications, participants};
use uuid::Uuid;

/// A step as its use case decided it.
#[derive(Debug, Clone)]
pub(crate) struct Decided {
    /// What the referral's row and history get.
    pub step: Step,
    /// An accepted transfer moves the participant to the receiving organisation.
    pub transfer: bool,
    /// A redirect sends this new referral, relying on this consent.
    pub follow_up: Option<(NewReferral, Uuid)>,
}

impl Decided {
    pub(crate) fn plain(step: Step) -> Self {
        Self {
            step,
            transfer: false,
            follow_up: None,
        }
    }
}

/// Writes a decided step on `current` inside `txn`: the versioned UPDATE and its history
/// (`Stale` when the referral changed since it was read), the notification of the side that
/// hears of it, the transfer of the case, and a redirect's onward referral (sent, with its own
/// history and notification). Returns the onward referral's id.
pub(crate) async fn take(
    txn: &WriteTransaction,
    permit: Permit,
    current: &Referral,
    decided: Decided,
) -> Result<Option<Uuid>, PersistenceError> {
    let Decided {
        step,
        transfer,
        follow_up,
    } = decided;
    let transfer_permit = transfer.then(|| consequence_of(&permit));
    let onward_permit = follow_up.as_ref().map(|_| consequence_of(&permit));
    referrals::write_step(txn, permit, &step).await?;
    notifications::raise(
        txn,
        &on_referral_step_with(
            step.action,
            step.to,
            current.id,
            current.from_user_id,
            current.to_organisation_id,
            StepDetail {
                decline_reason: step.decline_reason,
                outcome: step.outcome,
                cancel_reason: step.cancel_reason,
            },
        ),
    )
    .await?;
    if let Some(permit) = transfer_permit {
        participants::transfer(
            txn,
            permit,
            current.participant_id,
            current.from_organisation_id,
            current.to_organisation_id,
        )
        .await?;
    }
    match (follow_up, onward_permit) {
        (Some((new, consent)), Some(permit)) => {
            let id = referrals::insert_new(
                txn,
                permit,
                &new,
                Some(consent),
                step.acted_by,
                Some("redirected"),
            )
            .await?;
            notify_sent(txn, id, &new).await?;
            Ok(Some(id))
        }
        _ => Ok(None),
    }
}

/// The receiving organisation hears of a referral sent to it.
pub(crate) async fn notify_sent(
    txn: &WriteTransaction,
    id: Uuid,
    new: &NewReferral,
) -> Result<(), PersistenceError> {
    notifications::raise(
        txn,
        &on_referral_step(
            ReferralAction::Send,
            ReferralStatus::Sent,
            id,
            new.from_user_id,
            new.to_organisation_id,
        ),
    )
    .await?;
    Ok(())
}

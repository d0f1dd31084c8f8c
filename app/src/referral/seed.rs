//! The demo data's way to referrals: no user acts, so these write as the platform, through the
//! same referral step as everyone else (history and notifications included). Used by the
//! `demo` seeding only.

use skupaj_domain::access::{consequence_of, platform_job};
use skupaj_domain::referral::{
    CancelReason, DeclineReason, Referral, ReferralAction, ReferralOutcome, transition,
};
use skupaj_persistence::referrals::{self, ActedBy, NewReferral, Step};
use skupaj_persistence::{Database, PersistenceError, audit, database};
use uuid::Uuid;

use super::step::{Decided, notify_sent, take};
use crate::AppResult;

/// Writes a referral, sent at once relying on `send` when given.
pub async fn create(
    db: &Database,
    new: &NewReferral,
    send: Option<Uuid>,
    acted_by: ActedBy,
) -> AppResult<Referral> {
    let txn = database::begin_write(db)
        .await
        .map_err(PersistenceError::from)?;
    let id = referrals::insert_new(&txn, platform_job(), new, send, acted_by, None).await?;
    if send.is_some() {
        notify_sent(&txn, id, new).await?;
    }
    audit::commit(txn).await.map_err(PersistenceError::from)?;
    Ok(referrals::get(db, id)
        .await?
        .ok_or(PersistenceError::NotFound)?)
}

/// Takes `action` on `current` as `acted_by` (with the demo's reasons and outcome), and for a
/// redirect sends `follow_up`. Returns the referral as it now is.
pub async fn step(
    db: &Database,
    current: &Referral,
    action: ReferralAction,
    follow_up: Option<(NewReferral, Uuid)>,
    acted_by: ActedBy,
) -> AppResult<Referral> {
    let to = transition(current.status, action, action.side())?;
    let mut step = Step::new(current, action, to, acted_by);
    step.decline_reason = (action == ReferralAction::Decline).then_some(DeclineReason::NoCapacity);
    step.outcome = (action == ReferralAction::Complete).then_some(ReferralOutcome::ServiceProvided);
    step.cancel_reason = (action == ReferralAction::Cancel).then_some(CancelReason::NoLongerNeeded);
    step.first_response = matches!(
        action,
        ReferralAction::Accept | ReferralAction::Decline | ReferralAction::Redirect
    ) && current.first_response_at.is_none();
    let permit = platform_job();
    let txn = database::begin_write(db)
        .await
        .map_err(PersistenceError::from)?;
    take(
        &txn,
        consequence_of(&permit),
        current,
        Decided {
            step,
            transfer: false,
            follow_up,
        },
    )
    .await?;
    audit::commit(txn).await.map_err(PersistenceError::from)?;
    Ok(referrals::get(db, current.id)
        .await?
        .ok_or(PersistenceError::NotFound)?)
}

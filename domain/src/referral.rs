//! Referrals: one organisation asks another to serve a participant, and the loop is closed.
//! The state machine is pure: `transition` says what an action does from a status, and who
//! (which side) may take it.

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use crate::{DomainError, ValidationError, text};

closed_set! {
/// Where a referral stands. Maps one-to-one onto FHIR Task statuses (see `fhir_task_status`).
pub enum ReferralStatus {
    Draft,
    Sent,
    Accepted,
    InProgress,
    OnHold,
    Completed,
    Declined,
    Expired,
    Redirected,
    Cancelled,
}
}

closed_set! {
/// What the receiving organisation is asked to help with.
pub enum NeedDomain {
    Employment,
    Education,
    Language,
    Housing,
    Legal,
    Health,
    Social,
    Mentorship,
    Childcare,
}
}

closed_set! {
/// How urgent the referral is.
pub enum ReferralPriority {
    Low,
    Normal,
    High,
    Urgent,
}
}

closed_set! {
/// `SERVICE` asks for a service; `TRANSFER` hands the case over on acceptance.
pub enum ReferralKind {
    Service,
    Transfer,
}
}

closed_set! {
/// Why the receiving organisation declined.
pub enum DeclineReason {
    NoCapacity,
    NotEligible,
    OutOfArea,
    ParticipantDeclined,
    Other,
}
}

closed_set! {
/// How a completed referral ended.
pub enum ReferralOutcome {
    ServiceProvided,
    Enrolled,
    Employed,
    ParticipantWithdrew,
    Unreachable,
    Other,
}
}

closed_set! {
/// Why a referral was cancelled.
pub enum CancelReason {
    NoLongerNeeded,
    ParticipantWithdrew,
    ReferredElsewhere,
    /// Set by the platform when the consent the referral relied on was withdrawn.
    ConsentWithdrawn,
    /// Set by the platform when the participant's record was erased.
    ParticipantErased,
    Other,
}
}

closed_set! {
/// Something that happens to a referral.
pub enum ReferralAction {
    /// Created, as a draft: the first entry of every history (no status before it).
    Create,
    Send,
    Accept,
    Decline,
    Start,
    Hold,
    Resume,
    Complete,
    Redirect,
    Cancel,
    Reopen,
    /// The respond-by date passed without an answer.
    Expire,
}
}

/// Who takes an action: the referring organisation, the receiving one, or the platform itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    Sender,
    Receiver,
    System,
}

impl ReferralAction {
    /// The side that may take this action.
    pub fn side(self) -> Side {
        match self {
            Self::Create | Self::Send | Self::Cancel | Self::Reopen => Side::Sender,
            Self::Accept
            | Self::Decline
            | Self::Start
            | Self::Hold
            | Self::Resume
            | Self::Complete
            | Self::Redirect => Side::Receiver,
            Self::Expire => Side::System,
        }
    }
}

impl ReferralStatus {
    /// Open referrals still need someone to act; closed ones are history.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            Self::Draft | Self::Sent | Self::Accepted | Self::InProgress | Self::OnHold
        )
    }

    /// Open and already in the receiver's hands: these give the receiver access to the
    /// participant (while the consent holds).
    pub fn engages_receiver(self) -> bool {
        self.is_open() && self != Self::Draft
    }

    /// The HL7 FHIR Task status this maps onto, for a later FHIR export.
    pub fn fhir_task_status(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Sent => "requested",
            Self::Accepted => "accepted",
            Self::InProgress => "in-progress",
            Self::OnHold => "on-hold",
            Self::Completed => "completed",
            Self::Declined => "rejected",
            Self::Expired => "failed",
            Self::Redirected => "rejected",
            Self::Cancelled => "cancelled",
        }
    }
}

/// Why an action cannot be taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransitionError {
    /// The action belongs to the other side.
    WrongSide,
    /// Not from this status.
    Invalid,
}

impl From<TransitionError> for DomainError {
    fn from(err: TransitionError) -> Self {
        match err {
            TransitionError::WrongSide => DomainError::Forbidden,
            TransitionError::Invalid => DomainError::InvalidTransition(
                "this action is not possible in the referral's current status".to_owned(),
            ),
        }
    }
}

/// The status after `action`, taken by `side`, from `status`. The side is checked first: acting
/// for the other side is refused whatever the status.
pub fn transition(
    status: ReferralStatus,
    action: ReferralAction,
    side: Side,
) -> Result<ReferralStatus, TransitionError> {
    use ReferralAction as A;
    use ReferralStatus as S;
    if action.side() != side {
        return Err(TransitionError::WrongSide);
    }
    let next = match (status, action) {
        (S::Draft, A::Send) => S::Sent,
        (S::Sent, A::Accept) => S::Accepted,
        (S::Sent, A::Decline) => S::Declined,
        (S::Sent, A::Redirect) => S::Redirected,
        (S::Sent, A::Expire) => S::Expired,
        (S::Accepted, A::Start) => S::InProgress,
        (S::InProgress, A::Hold) => S::OnHold,
        (S::OnHold, A::Resume) => S::InProgress,
        (S::InProgress, A::Complete) => S::Completed,
        (S::Declined | S::Expired, A::Reopen) => S::Sent,
        (open, A::Cancel) if open.is_open() => S::Cancelled,
        _ => return Err(TransitionError::Invalid),
    };
    Ok(next)
}

/// A referral.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referral {
    pub id: Uuid,
    pub participant_id: Uuid,
    pub from_organisation_id: Uuid,
    pub from_user_id: Uuid,
    pub to_organisation_id: Uuid,
    pub programme_id: Option<Uuid>,
    pub need_domain: NeedDomain,
    pub priority: ReferralPriority,
    pub reason: String,
    pub respond_by: NaiveDate,
    pub kind: ReferralKind,
    pub status: ReferralStatus,
    /// The consent that allowed sending; the receiver's access lasts while it is active.
    pub consent_id: Option<Uuid>,
    /// The referral this one was redirected from.
    pub redirected_from_id: Option<Uuid>,
    pub decline_reason: Option<DeclineReason>,
    pub outcome: Option<ReferralOutcome>,
    pub cancel_reason: Option<CancelReason>,
    /// Incremented by every change; a change must name the version it saw (optimistic locking).
    pub version: i32,
    pub sent_at: Option<DateTime<Utc>>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Referral {
    /// Which side of this referral an organisation is on.
    pub fn side_of(&self, organisation: Uuid) -> Option<Side> {
        if organisation == self.from_organisation_id {
            Some(Side::Sender)
        } else if organisation == self.to_organisation_id {
            Some(Side::Receiver)
        } else {
            None
        }
    }

    /// Still waiting for an answer on or after its respond-by date.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status == ReferralStatus::Sent && self.respond_by <= today
    }
}

/// One entry of a referral's history. Never changed once written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralEvent {
    pub id: Uuid,
    pub referral_id: Uuid,
    pub at: DateTime<Utc>,
    /// `None` for the platform's own actions (expiry, consent withdrawal).
    pub actor_user_id: Option<Uuid>,
    pub actor_organisation_id: Option<Uuid>,
    pub action: ReferralAction,
    pub from_status: Option<ReferralStatus>,
    pub to_status: ReferralStatus,
    pub comment: Option<String>,
}

/// A message between the two sides of a referral.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralNote {
    pub id: Uuid,
    pub referral_id: Uuid,
    pub author_user_id: Uuid,
    pub author_organisation_id: Uuid,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

/// Longest reason, comment or note body.
pub const TEXT_MAX: usize = 2000;

/// A non-empty, bounded free text (reason, note).
pub fn required_text(field: &str, value: &str) -> Result<String, ValidationError> {
    text::required(field, value, TEXT_MAX)
}

/// An optional, bounded comment.
pub fn optional_text(field: &str, value: Option<&str>) -> Result<Option<String>, ValidationError> {
    text::optional(field, value, TEXT_MAX)
}

/// A respond-by date must leave the receiver at least until today.
pub fn check_respond_by(
    respond_by: NaiveDate,
    today: NaiveDate,
) -> Result<NaiveDate, ValidationError> {
    if respond_by < today {
        return Err(ValidationError::new("respondBy", "must not be in the past"));
    }
    crate::calendar::date("respondBy", respond_by)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ReferralAction as A;
    use ReferralStatus as S;
    use strum::IntoEnumIterator;

    /// The legal moves, written out independently of `transition`.
    const LEGAL: &[(S, A, S)] = &[
        (S::Draft, A::Send, S::Sent),
        (S::Sent, A::Accept, S::Accepted),
        (S::Sent, A::Decline, S::Declined),
        (S::Sent, A::Redirect, S::Redirected),
        (S::Sent, A::Expire, S::Expired),
        (S::Accepted, A::Start, S::InProgress),
        (S::InProgress, A::Hold, S::OnHold),
        (S::OnHold, A::Resume, S::InProgress),
        (S::InProgress, A::Complete, S::Completed),
        (S::Declined, A::Reopen, S::Sent),
        (S::Expired, A::Reopen, S::Sent),
        (S::Draft, A::Cancel, S::Cancelled),
        (S::Sent, A::Cancel, S::Cancelled),
        (S::Accepted, A::Cancel, S::Cancelled),
        (S::InProgress, A::Cancel, S::Cancelled),
        (S::OnHold, A::Cancel, S::Cancelled),
    ];

    fn side_of(action: A) -> Side {
        match action {
            A::Create | A::Send | A::Cancel | A::Reopen => Side::Sender,
            A::Expire => Side::System,
            _ => Side::Receiver,
        }
    }

    #[test]
    fn every_state_action_and_side() {
        let mut checked = 0;
        for status in S::iter() {
            for action in A::iter() {
                for side in [Side::Sender, Side::Receiver, Side::System] {
                    let result = transition(status, action, side);
                    let expected = if side != side_of(action) {
                        Err(TransitionError::WrongSide)
                    } else {
                        LEGAL
                            .iter()
                            .find(|(from, by, _)| *from == status && *by == action)
                            .map(|(_, _, to)| *to)
                            .ok_or(TransitionError::Invalid)
                    };
                    assert_eq!(result, expected, "{status} --{action}--> as {side:?}");
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, 10 * 12 * 3);
    }

    #[test]
    fn closed_statuses_are_final_except_reopen() {
        for status in [S::Completed, S::Redirected, S::Cancelled] {
            for action in A::iter() {
                assert!(
                    transition(status, action, action.side()).is_err(),
                    "{status} {action}"
                );
            }
        }
    }

    #[test]
    fn statuses_map_onto_fhir() {
        assert_eq!(S::Sent.fhir_task_status(), "requested");
        assert_eq!(S::Declined.fhir_task_status(), "rejected");
        assert_eq!(S::InProgress.fhir_task_status(), "in-progress");
    }

    #[test]
    fn wrong_side_is_forbidden_and_bad_status_is_invalid_transition() {
        assert_eq!(
            DomainError::from(TransitionError::WrongSide),
            DomainError::Forbidden
        );
        assert!(matches!(
            DomainError::from(TransitionError::Invalid),
            DomainError::InvalidTransition(_)
        ));
    }

    #[test]
    fn respond_by_may_not_be_past() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert!(check_respond_by(today, today).is_ok());
        assert_eq!(
            check_respond_by(today.pred_opt().unwrap(), today)
                .unwrap_err()
                .field,
            "respondBy"
        );
    }
}

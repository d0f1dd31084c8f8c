//! Notifications: who must hear of what. Every event someone must act on becomes an in-app
//! notification for each person of its audience and, where they want it, an e-mail. A
//! notification carries its kind and the id of the record only: the words come from templates
//! in the reader's language, and nothing sensitive is ever in it.

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use crate::language::LanguageCode;

closed_set! {
/// What happened.
pub enum NotificationKind {
    ReferralReceived,
    ReferralAccepted,
    ReferralDeclined,
    ReferralRedirected,
    ReferralOverdue,
    EnrolmentConfirmed,
    PromotedFromWaitlist,
    SessionReminder,
    MediationRequested,
    ConsentExpiring,
    FollowUpDue,
    InvitationReceived,
    SessionMoved,
    SessionCancelled,
    CaseAssigned,
    ReferralAssigned,
    TaskDue,
    ReferralRespondBySoon,
    ReferralCompleted,
    ReferralCancelled,
    ReferralExpired,
    PasswordReset,
    EmergencyAccessGranted,
}
}

impl NotificationKind {
    /// Kinds whose e-mail goes out whatever the recipient's preferences: without it the
    /// notification is useless (a password reset link).
    pub fn email_always(self) -> bool {
        matches!(self, Self::PasswordReset)
    }
}

/// Who hears of an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Audience {
    /// One person (the referrer, say).
    User(Uuid),
    /// The case managers, staff and admins of an organisation.
    CaseWorkersOf(Uuid),
    /// Every mediator speaking the language.
    MediatorsSpeaking(LanguageCode),
    /// The org admins of an organisation.
    AdminsOf(Uuid),
    /// Every platform auditor.
    PlatformAuditors,
}

/// Something that happened that someone must act on, with the record it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub kind: NotificationKind,
    pub subject_id: Uuid,
    pub audience: Vec<Audience>,
    /// A code that says how it happened (a referral's decline reason, outcome or cancel
    /// reason), never free text.
    pub detail: Option<String>,
}

impl Event {
    pub fn new(kind: NotificationKind, subject_id: Uuid, audience: Vec<Audience>) -> Self {
        Self {
            kind,
            subject_id,
            audience,
            detail: None,
        }
    }

    /// The event with a code saying how it happened.
    #[must_use]
    pub fn with_detail(mut self, detail: Option<String>) -> Self {
        self.detail = detail;
        self
    }
}

/// How a referral step ended, for the referrer's notification: the codes the step set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StepDetail {
    pub decline_reason: Option<crate::referral::DeclineReason>,
    pub outcome: Option<crate::referral::ReferralOutcome>,
    pub cancel_reason: Option<crate::referral::CancelReason>,
}

/// Who hears of a referral step: the receiving organisation when it is sent to them, the
/// referrer when it is answered or closed (accepted, declined, redirected, completed,
/// cancelled, expired: "closing the loop"); an expiry also tells the receiver it is overdue.
pub fn on_referral_step(
    action: crate::referral::ReferralAction,
    to: crate::referral::ReferralStatus,
    referral_id: Uuid,
    referrer: Uuid,
    receiver: Uuid,
) -> Vec<Event> {
    on_referral_step_with(
        action,
        to,
        referral_id,
        referrer,
        receiver,
        StepDetail::default(),
    )
}

/// [`on_referral_step`], with the codes of how the step ended carried to the referrer: the
/// decline reason, the outcome or the cancel reason.
pub fn on_referral_step_with(
    action: crate::referral::ReferralAction,
    to: crate::referral::ReferralStatus,
    referral_id: Uuid,
    referrer: Uuid,
    receiver: Uuid,
    detail: StepDetail,
) -> Vec<Event> {
    use crate::referral::{ReferralAction as A, ReferralStatus as S};
    let to_referrer = |kind, detail: Option<String>| {
        vec![Event::new(kind, referral_id, vec![Audience::User(referrer)]).with_detail(detail)]
    };
    match (action, to) {
        (_, S::Sent) => vec![Event::new(
            NotificationKind::ReferralReceived,
            referral_id,
            vec![Audience::CaseWorkersOf(receiver)],
        )],
        (A::Accept, _) => to_referrer(NotificationKind::ReferralAccepted, None),
        (A::Decline, _) => to_referrer(
            NotificationKind::ReferralDeclined,
            detail.decline_reason.map(|r| r.to_string()),
        ),
        (A::Redirect, _) => to_referrer(NotificationKind::ReferralRedirected, None),
        (A::Complete, _) => to_referrer(
            NotificationKind::ReferralCompleted,
            detail.outcome.map(|o| o.to_string()),
        ),
        (A::Cancel, _) => to_referrer(
            NotificationKind::ReferralCancelled,
            detail.cancel_reason.map(|r| r.to_string()),
        ),
        (A::Expire, _) => vec![
            Event::new(
                NotificationKind::ReferralExpired,
                referral_id,
                vec![Audience::User(referrer)],
            ),
            Event::new(
                NotificationKind::ReferralOverdue,
                referral_id,
                vec![Audience::CaseWorkersOf(receiver)],
            ),
        ],
        _ => Vec::new(),
    }
}

/// A referral the platform cancelled (its consent withdrawn, its participant's record erased):
/// the referrer hears as for any cancellation, and the receiving organisation's case workers
/// too, since they lose the participant with it. The reason goes as a code, never as text.
pub fn on_platform_cancel(
    referral_id: Uuid,
    referrer: Uuid,
    receiver: Uuid,
    reason: crate::referral::CancelReason,
) -> Vec<Event> {
    use crate::referral::{ReferralAction, ReferralStatus};
    let mut events = on_referral_step_with(
        ReferralAction::Cancel,
        ReferralStatus::Cancelled,
        referral_id,
        referrer,
        receiver,
        StepDetail {
            cancel_reason: Some(reason),
            ..StepDetail::default()
        },
    );
    events.push(
        Event::new(
            NotificationKind::ReferralCancelled,
            referral_id,
            vec![Audience::CaseWorkersOf(receiver)],
        )
        .with_detail(Some(reason.to_string())),
    );
    events
}

/// Emergency access was granted to a participant owned by `owner`: its org admins and the
/// platform auditors hear at once. The subject is the grant, never the participant, so the
/// notification names nobody.
pub fn on_emergency_access(grant_id: Uuid, owner: Uuid) -> Event {
    Event::new(
        NotificationKind::EmergencyAccessGranted,
        grant_id,
        vec![Audience::AdminsOf(owner), Audience::PlatformAuditors],
    )
}

/// The participant's own case workers hear that a place was confirmed or opened up.
pub fn on_place(kind: NotificationKind, enrolment_id: Uuid, participant_owner: Uuid) -> Event {
    Event::new(
        kind,
        enrolment_id,
        vec![Audience::CaseWorkersOf(participant_owner)],
    )
}

/// A session was moved or cancelled: the case workers of the organisations owning the
/// participants with a place in the programme hear of it, one notice per organisation. The
/// subject is the programme (a cancelled session no longer exists).
pub fn on_session_change(
    kind: NotificationKind,
    programme_id: Uuid,
    participant_owners: &[Uuid],
) -> Vec<Event> {
    let mut owners = participant_owners.to_vec();
    owners.sort();
    owners.dedup();
    if owners.is_empty() {
        return Vec::new();
    }
    vec![Event::new(
        kind,
        programme_id,
        owners.into_iter().map(Audience::CaseWorkersOf).collect(),
    )]
}

/// Every mediator speaking the language hears of a request.
pub fn on_mediation_request(request_id: Uuid, language: LanguageCode) -> Event {
    Event::new(
        NotificationKind::MediationRequested,
        request_id,
        vec![Audience::MediatorsSpeaking(language)],
    )
}

/// The invited person hears of an invitation (the account it is for; nobody else).
pub fn on_invitation(invitation_id: Uuid, invited_user: Uuid) -> Event {
    Event::new(
        NotificationKind::InvitationReceived,
        invitation_id,
        vec![Audience::User(invited_user)],
    )
}

/// The case worker a participant was assigned to hears of it (the participant's id is the
/// subject; the words name nobody).
pub fn on_case_assigned(participant_id: Uuid, case_worker: Uuid) -> Event {
    Event::new(
        NotificationKind::CaseAssigned,
        participant_id,
        vec![Audience::User(case_worker)],
    )
}

/// The staff member an incoming referral was assigned to hears of it.
pub fn on_referral_assigned(referral_id: Uuid, assignee: Uuid) -> Event {
    Event::new(
        NotificationKind::ReferralAssigned,
        referral_id,
        vec![Audience::User(assignee)],
    )
}

/// A notification in someone's inbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub id: Uuid,
    pub user_id: Uuid,
    pub kind: NotificationKind,
    pub subject_id: Uuid,
    /// A code saying how it happened (see [`Event::detail`]).
    pub detail: Option<String>,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}

closed_set! {
/// Where an e-mail of the outbox stands.
pub enum DeliveryStatus {
    Pending,
    Sent,
    Dead,
}
}

/// How long to wait before the next attempt after `attempts` failures: 2, 4, 8, … seconds, at
/// most an hour.
pub fn backoff_seconds(attempts: u32) -> i64 {
    2_i64.saturating_pow(attempts.clamp(1, 12)).min(3600)
}

/// When to try an e-mail again after its `attempts`-th failure at `now`, or `None` when it is a
/// dead letter. It may be retried until `created_at + deadline`: the next attempt waits the
/// backoff (`unit` × [`backoff_seconds`]) but never past the deadline, so the last attempt is
/// made at the deadline; only a failure at or after the deadline gives up.
pub fn next_attempt(
    now: DateTime<Utc>,
    created_at: DateTime<Utc>,
    deadline: Duration,
    unit: Duration,
    attempts: u32,
) -> Option<DateTime<Utc>> {
    let last = created_at.checked_add_signed(deadline)?;
    if now >= last {
        return None;
    }
    let wait = i32::try_from(backoff_seconds(attempts))
        .ok()
        .and_then(|units| unit.checked_mul(units))
        .unwrap_or(Duration::MAX);
    Some(
        now.checked_add_signed(wait)
            .map_or(last, |next| next.min(last)),
    )
}

/// The `Message-ID` of an outbox row: the same for every attempt, so a resend after a crash is
/// recognisably the same message.
pub fn message_id(outbox_id: Uuid) -> String {
    format!("<{outbox_id}@skupaj.invalid>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn referral_steps_reach_the_right_side() {
        use crate::referral::{ReferralAction as A, ReferralStatus as S};
        let (referral, referrer, receiver) =
            (Uuid::from_u128(1), Uuid::from_u128(2), Uuid::from_u128(3));
        let sent = on_referral_step(A::Send, S::Sent, referral, referrer, receiver);
        assert_eq!(sent[0].audience, vec![Audience::CaseWorkersOf(receiver)]);
        let accepted = on_referral_step(A::Accept, S::Accepted, referral, referrer, receiver);
        assert_eq!(accepted[0].kind, NotificationKind::ReferralAccepted);
        assert_eq!(accepted[0].audience, vec![Audience::User(referrer)]);
        assert!(on_referral_step(A::Start, S::InProgress, referral, referrer, receiver).is_empty());
        assert_eq!(
            on_referral_step(A::Reopen, S::Sent, referral, referrer, receiver)[0].kind,
            NotificationKind::ReferralReceived
        );
    }

    #[test]
    fn every_closing_step_reaches_the_referrer_with_its_code() {
        use crate::referral::{
            CancelReason, DeclineReason, ReferralAction as A, ReferralOutcome, ReferralStatus as S,
        };
        let (referral, referrer, receiver) =
            (Uuid::from_u128(1), Uuid::from_u128(2), Uuid::from_u128(3));
        let detail = StepDetail {
            decline_reason: Some(DeclineReason::NoCapacity),
            outcome: Some(ReferralOutcome::Employed),
            cancel_reason: Some(CancelReason::ConsentWithdrawn),
        };
        for (action, to, kind, code) in [
            (
                A::Accept,
                S::Accepted,
                NotificationKind::ReferralAccepted,
                None,
            ),
            (
                A::Decline,
                S::Declined,
                NotificationKind::ReferralDeclined,
                Some("NO_CAPACITY"),
            ),
            (
                A::Redirect,
                S::Redirected,
                NotificationKind::ReferralRedirected,
                None,
            ),
            (
                A::Complete,
                S::Completed,
                NotificationKind::ReferralCompleted,
                Some("EMPLOYED"),
            ),
            (
                A::Cancel,
                S::Cancelled,
                NotificationKind::ReferralCancelled,
                Some("CONSENT_WITHDRAWN"),
            ),
            (
                A::Expire,
                S::Expired,
                NotificationKind::ReferralExpired,
                None,
            ),
        ] {
            let events = on_referral_step_with(action, to, referral, referrer, receiver, detail);
            let to_referrer = events
                .iter()
                .find(|e| e.audience == vec![Audience::User(referrer)])
                .unwrap_or_else(|| panic!("{action} reaches the referrer"));
            assert_eq!(to_referrer.kind, kind);
            assert_eq!(to_referrer.detail.as_deref(), code, "{action}");
        }
        let expired = on_referral_step(A::Expire, S::Expired, referral, referrer, receiver);
        assert_eq!(expired[1].kind, NotificationKind::ReferralOverdue);
        assert_eq!(expired[1].audience, vec![Audience::CaseWorkersOf(receiver)]);
    }

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff_seconds(1), 2);
        assert_eq!(backoff_seconds(3), 8);
        assert_eq!(backoff_seconds(40), 3600);
    }

    #[test]
    fn a_retry_waits_the_backoff_but_never_past_the_deadline() {
        let created = DateTime::from_timestamp(1_800_000_000, 0).expect("a time");
        let (deadline, unit) = (Duration::hours(24), Duration::seconds(1));
        // Well before the deadline: the backoff.
        let now = created + Duration::minutes(1);
        assert_eq!(
            next_attempt(now, created, deadline, unit, 3),
            Some(now + Duration::seconds(8))
        );
        // The backoff (an hour) would land after the deadline: the last try is at the deadline,
        // not a dead letter now.
        let now = created + Duration::hours(23) + Duration::minutes(30);
        assert_eq!(
            next_attempt(now, created, deadline, unit, 12),
            Some(created + deadline)
        );
        // A failure at or after the deadline is the end.
        assert_eq!(
            next_attempt(created + deadline, created, deadline, unit, 13),
            None
        );
        assert_eq!(
            next_attempt(created + deadline * 2, created, deadline, unit, 14),
            None
        );
        // An absurd unit does not overflow: the deadline bounds it.
        assert_eq!(
            next_attempt(created, created, deadline, Duration::MAX, 1),
            Some(created + deadline)
        );
    }

    #[test]
    fn the_message_id_depends_on_the_row_only() {
        let id = Uuid::from_u128(7);
        assert_eq!(message_id(id), message_id(id));
        assert!(message_id(id).starts_with('<') && message_id(id).ends_with('>'));
    }
}

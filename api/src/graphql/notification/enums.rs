//! The closed values of notifications.

use async_graphql::Enum;
use skupaj_domain::notification;

/// What a notification is about.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "notification::NotificationKind")]
pub enum NotificationKind {
    /// A referral was sent to your organisation.
    ReferralReceived,
    /// A referral you sent was accepted.
    ReferralAccepted,
    /// A referral you sent was declined.
    ReferralDeclined,
    /// A referral you sent was passed on to another organisation.
    ReferralRedirected,
    /// A referral was not answered by its respond-by date.
    ReferralOverdue,
    /// Someone you support got a place in a programme.
    EnrolmentConfirmed,
    /// Someone you support moved up from a waitlist.
    PromotedFromWaitlist,
    /// A programme session is tomorrow.
    SessionReminder,
    /// A mediator is needed in one of your languages.
    MediationRequested,
    /// A consent you recorded is about to expire.
    ConsentExpiring,
    /// A follow-up outcome is due.
    FollowUpDue,
    /// You are invited to join an organisation; see `myInvitations`.
    InvitationReceived,
    /// A session of a programme in which someone you support has a place was moved; the
    /// subject is the programme.
    SessionMoved,
    /// A session of a programme in which someone you support has a place was cancelled; the
    /// subject is the programme.
    SessionCancelled,
    /// You were made the case worker of a participant; see `myCaseload`.
    CaseAssigned,
    /// An incoming referral was assigned to you; see `referrals(filter: { assignedToMe: true })`.
    ReferralAssigned,
    /// A follow-up task assigned to you is due; see `myTasks`.
    TaskDue,
    /// A referral to your organisation must be answered soon (its respond-by date is near).
    ReferralRespondBySoon,
    /// A referral you sent was completed; `outcome` says how it ended.
    ReferralCompleted,
    /// A referral you sent was cancelled; `cancelReason` says why.
    ReferralCancelled,
    /// A referral you sent expired unanswered after its respond-by date.
    ReferralExpired,
    /// Someone asked to reset your password; the e-mail holds the link. Its e-mail is always
    /// sent, whatever the preferences.
    PasswordReset,
    /// A case worker of another organisation was granted emergency access to a participant
    /// your organisation owns (org admins), or to any participant (platform auditors); the
    /// subject is the grant, see `emergencyAccessGrants`.
    EmergencyAccessGranted,
}

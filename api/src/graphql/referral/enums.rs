//! GraphQL enums of referrals and the audit log, tied to their domain types.

use async_graphql::Enum;
use skupaj_domain::{audit, referral};

/// Where a referral stands (maps onto FHIR Task statuses).
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "referral::ReferralStatus")]
pub enum ReferralStatus {
    /// Being written; only the referring organisation sees it.
    Draft,
    /// Sent; waiting for the receiving organisation to answer.
    Sent,
    /// Accepted by the receiving organisation.
    Accepted,
    /// The service has started.
    InProgress,
    /// Paused.
    OnHold,
    /// Finished, with an outcome.
    Completed,
    /// Declined by the receiving organisation, with a reason.
    Declined,
    /// Not answered by its respond-by date.
    Expired,
    /// Passed on to a third organisation (see the linked referral).
    Redirected,
    /// Cancelled by the referring organisation, or because consent was withdrawn.
    Cancelled,
}

/// What the receiving organisation is asked to help with.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "referral::NeedDomain")]
pub enum NeedDomain {
    /// Work and job search.
    Employment,
    /// Schooling and training.
    Education,
    /// Language learning.
    Language,
    /// Housing.
    Housing,
    /// Legal matters.
    Legal,
    /// Health.
    Health,
    /// Social support.
    Social,
    /// A mentor.
    Mentorship,
    /// Childcare.
    Childcare,
}

/// How urgent a referral is.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "referral::ReferralPriority")]
pub enum ReferralPriority {
    /// When there is time.
    Low,
    /// The usual.
    Normal,
    /// Soon.
    High,
    /// At once.
    Urgent,
}

/// What accepting the referral means.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "referral::ReferralKind")]
pub enum ReferralKind {
    /// Provide a service; the referrer keeps the case.
    Service,
    /// Take over the case: on acceptance the receiving organisation owns the participant.
    Transfer,
}

/// Why a referral was declined.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "referral::DeclineReason")]
pub enum DeclineReason {
    /// No free places or staff.
    NoCapacity,
    /// The participant does not meet the conditions.
    NotEligible,
    /// The participant lives outside the area served.
    OutOfArea,
    /// The participant does not want it.
    ParticipantDeclined,
    /// Another reason (explained in the comment).
    Other,
}

/// How a completed referral ended.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "referral::ReferralOutcome")]
pub enum ReferralOutcome {
    /// The service was provided.
    ServiceProvided,
    /// The participant enrolled in a programme.
    Enrolled,
    /// The participant found work.
    Employed,
    /// The participant withdrew.
    ParticipantWithdrew,
    /// The participant could not be reached.
    Unreachable,
    /// Another outcome.
    Other,
}

/// Why a referral was cancelled.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "referral::CancelReason")]
pub enum CancelReason {
    /// The need went away.
    NoLongerNeeded,
    /// The participant withdrew.
    ParticipantWithdrew,
    /// The participant was referred elsewhere.
    ReferredElsewhere,
    /// The consent it relied on was withdrawn (set by the platform only).
    ConsentWithdrawn,
    /// The participant's record was erased (set by the platform only).
    ParticipantErased,
    /// Another reason.
    Other,
}

/// Something that happened to a referral.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "referral::ReferralAction")]
pub enum ReferralAction {
    /// Created as a draft: the first entry of every history, with no status before it.
    Create,
    /// Sent (or sent again).
    Send,
    /// Accepted.
    Accept,
    /// Declined.
    Decline,
    /// Service started.
    Start,
    /// Put on hold.
    Hold,
    /// Resumed after a hold.
    Resume,
    /// Completed.
    Complete,
    /// Redirected to another organisation.
    Redirect,
    /// Cancelled.
    Cancel,
    /// Reopened after a decline or expiry.
    Reopen,
    /// Expired unanswered.
    Expire,
}

/// How an audited operation ended.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "audit::AuditOutcome")]
pub enum AuditOutcome {
    /// It happened.
    Allowed,
    /// The access policy refused it.
    Denied,
    /// It was allowed but failed.
    Failed,
}

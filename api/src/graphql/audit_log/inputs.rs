//! What the audit log query takes.

use async_graphql::{ID, InputObject};
use chrono::{DateTime, Utc};

use crate::graphql::referral::AuditOutcome;

/// Narrows the audit log; every criterion given must hold.
#[derive(InputObject, Debug, Default)]
pub struct AuditFilterInput {
    /// Entries of this user.
    pub user_id: Option<ID>,
    /// Entries of this organisation.
    pub organisation_id: Option<ID>,
    /// Entries about this record.
    pub entity_id: Option<ID>,
    /// Entries of this operation (`acceptReferral`, `readParticipant`, …).
    pub operation: Option<String>,
    /// Entries of this request (its `X-Request-Id`).
    pub request_id: Option<String>,
    /// Entries with this outcome.
    pub outcome: Option<AuditOutcome>,
    /// At or after this time.
    pub from: Option<DateTime<Utc>>,
    /// Before this time.
    pub to: Option<DateTime<Utc>>,
}

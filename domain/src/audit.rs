//! The audit log: who did what to which record, when, from which address, and whether it was
//! allowed. It never holds personal values: only ids, operation names, outcomes and the
//! client's IP address (which an auditor needs to trace misuse).

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::membership::MembershipRole;

closed_set! {
/// How an audited operation ended.
pub enum AuditOutcome {
    /// It happened.
    Allowed,
    /// The access policy refused it.
    Denied,
    /// It was allowed but failed (bad input, a conflict, an error).
    Failed,
}
}

/// One entry of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub id: Uuid,
    pub at: DateTime<Utc>,
    pub user_id: Option<Uuid>,
    pub organisation_id: Option<Uuid>,
    pub role: Option<MembershipRole>,
    /// The API operation (`acceptReferral`) or `readParticipant` for a read of personal data.
    pub operation: String,
    pub entity_type: Option<String>,
    pub entity_id: Option<Uuid>,
    pub outcome: AuditOutcome,
    /// The address the request came from: the socket's peer, or the client a trusted proxy
    /// forwarded for; `None` when it is not known (work done outside a request).
    pub client_address: Option<String>,
}

/// What to record; id and time are given when it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecord {
    pub user_id: Option<Uuid>,
    pub organisation_id: Option<Uuid>,
    pub role: Option<MembershipRole>,
    pub operation: String,
    pub entity_type: Option<String>,
    pub entity_id: Option<Uuid>,
    pub outcome: AuditOutcome,
    /// The client's address, as in [`AuditEntry::client_address`].
    pub client_address: Option<String>,
}

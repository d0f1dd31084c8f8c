//! `AuditEntry`: one line of the audit log.

use async_graphql::{ID, Object};
use chrono::{DateTime, Utc};
use skupaj_domain::audit;

use crate::graphql::types::enums::MembershipRole;
use crate::graphql::types::referral_enums::AuditOutcome;

/// An audit log entry.
#[derive(Debug, Clone)]
pub struct AuditEntry(pub audit::AuditEntry);

/// Who did what to which record, when, from which address, and whether it was allowed. Holds
/// no personal values beyond the client's address.
#[Object]
impl AuditEntry {
    /// The entry's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// When it happened.
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }

    /// The user who acted; `null` when nobody was signed in.
    async fn user_id(&self) -> Option<ID> {
        self.0.user_id.map(|id| ID(id.to_string()))
    }

    /// The organisation they acted in.
    async fn organisation_id(&self) -> Option<ID> {
        self.0.organisation_id.map(|id| ID(id.to_string()))
    }

    /// Their role there.
    async fn role(&self) -> Option<MembershipRole> {
        self.0.role.map(Into::into)
    }

    /// The operation: a mutation's name, or `readParticipant`, `readReferral`, ….
    async fn operation(&self) -> &str {
        &self.0.operation
    }

    /// The kind of record concerned.
    async fn entity_type(&self) -> Option<&str> {
        self.0.entity_type.as_deref()
    }

    /// The record concerned.
    async fn entity_id(&self) -> Option<ID> {
        self.0.entity_id.map(|id| ID(id.to_string()))
    }

    /// Whether it was allowed, denied, or failed.
    async fn outcome(&self) -> AuditOutcome {
        self.0.outcome.into()
    }

    /// The IP address the request came from: the caller's own, or, behind a reverse proxy
    /// listed in `SKUPAJ_TRUSTED_PROXIES`, the client it forwarded for (never the proxy's).
    /// `null` for entries written without a request, or before addresses were recorded.
    async fn client_address(&self) -> Option<&str> {
        self.0.client_address.as_deref()
    }
}

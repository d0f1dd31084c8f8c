//! `AuditEntry`: one line of the audit log.

use async_graphql::{ID, Object};
use chrono::{DateTime, Utc};
use skupaj_app::audit::AuditLine;

use crate::graphql::member::MembershipRole;
use crate::graphql::referral::AuditOutcome;

/// An audit log entry, with the names of who acted.
#[derive(Debug, Clone)]
pub struct AuditEntry(pub AuditLine);

/// Who did what to which record, when, from which address and in which request, and whether it
/// was allowed. Holds no personal values of the people whose records were concerned; it names
/// the staff who acted and their organisation, and the client's address.
#[Object]
impl AuditEntry {
    /// The entry's id.
    async fn id(&self) -> ID {
        ID(self.0.entry.id.to_string())
    }

    /// When it happened.
    async fn at(&self) -> DateTime<Utc> {
        self.0.entry.at
    }

    /// The user who acted; `null` when nobody was signed in.
    async fn user_id(&self) -> Option<ID> {
        self.0.entry.user_id.map(|id| ID(id.to_string()))
    }

    /// The name of the user who acted, as they call themselves now; `null` when nobody was
    /// signed in.
    async fn user_name(&self) -> Option<&str> {
        self.0.user_name.as_deref()
    }

    /// The organisation they acted in.
    async fn organisation_id(&self) -> Option<ID> {
        self.0.entry.organisation_id.map(|id| ID(id.to_string()))
    }

    /// The name of the organisation they acted in.
    async fn organisation_name(&self) -> Option<&str> {
        self.0.organisation_name.as_deref()
    }

    /// Their role there.
    async fn role(&self) -> Option<MembershipRole> {
        self.0.entry.role.map(Into::into)
    }

    /// The operation: a mutation's name, or `readParticipant`, `readReferral`, ….
    async fn operation(&self) -> &str {
        &self.0.entry.operation
    }

    /// The kind of record concerned.
    async fn entity_type(&self) -> Option<&str> {
        self.0.entry.entity_type.as_deref()
    }

    /// The record concerned.
    async fn entity_id(&self) -> Option<ID> {
        self.0.entry.entity_id.map(|id| ID(id.to_string()))
    }

    /// Whether it was allowed, denied, or failed.
    async fn outcome(&self) -> AuditOutcome {
        self.0.entry.outcome.into()
    }

    /// The IP address the request came from: the caller's own, or, behind a reverse proxy
    /// listed in `SKUPAJ_TRUSTED_PROXIES`, the client it forwarded for (never the proxy's).
    /// `null` for entries written without a request, or before addresses were recorded.
    async fn client_address(&self) -> Option<&str> {
        self.0.entry.client_address.as_deref()
    }

    /// The id of the HTTP request that did it (the `X-Request-Id` the server answered with),
    /// to find it in the server's logs; `null` for entries written without a request.
    async fn request_id(&self) -> Option<&str> {
        self.0.entry.request_id.as_deref()
    }

    /// The entry's link in the tamper-evident chain: the SHA-256 (lower-case hex) over the
    /// previous entry's hash and this entry's content, as `skupaj audit verify` checks it;
    /// `null` only for an entry the chain has not reached.
    async fn hash(&self) -> Option<&str> {
        self.0.hash.as_deref()
    }

    /// Why: the reason given for the emergency access a read went through; otherwise `null`.
    async fn reason(&self) -> Option<&str> {
        self.0.entry.reason.as_deref()
    }
}

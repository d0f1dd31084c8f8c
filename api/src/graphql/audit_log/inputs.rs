//! What the audit log query takes.

use async_graphql::{ID, InputObject};
use chrono::{DateTime, Utc};
use skupaj_app::audit::AuditFilter;

use crate::graphql::error::ApiResult;
use crate::graphql::pagination::parse_id;
use crate::graphql::referral::AuditOutcome;

/// Narrows the audit log; every criterion given must hold.
#[derive(InputObject, Debug, Default)]
pub struct AuditFilterInput {
    /// Entries of this user.
    pub user_id: Option<ID>,
    /// Entries of this organisation.
    pub organisation_id: Option<ID>,
    /// Entries about this kind of record (`Participant`, `Referral`, `AuditLog`, …).
    pub entity_type: Option<String>,
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

impl AuditFilterInput {
    /// The filter the log is read with; an id that is not one is `VALIDATION` naming
    /// `filter.<field>`. The CSV export (`/exports/audit-log.csv`) checks its parameters here
    /// too.
    pub fn into_filter(self) -> ApiResult<AuditFilter> {
        let id = |field: &str, id: Option<ID>| id.map(|id| parse_id(field, &id)).transpose();
        let text = |value: Option<String>| value.filter(|v| !v.trim().is_empty());
        Ok(AuditFilter {
            user_id: id("filter.userId", self.user_id)?,
            organisation_id: id("filter.organisationId", self.organisation_id)?,
            entity_type: text(self.entity_type),
            entity_id: id("filter.entityId", self.entity_id)?,
            operation: text(self.operation),
            request_id: text(self.request_id),
            outcome: self.outcome.map(Into::into),
            from: self.from,
            to: self.to,
        })
    }
}

//! The audit log: who did what to which record, when, from which address, and whether it was
//! allowed. It never holds personal values: only ids, operation names, outcomes, the request id
//! and the client's IP address (which an auditor needs to trace misuse), and for a read under
//! emergency access the reason its grant gave.
//!
//! The log is a hash chain: entry number `seq` carries the SHA-256 of the previous entry's hash
//! and its own canonical content ([`chain_hash`]), so changing, removing or reordering a written
//! entry breaks every link after it ([`verify_link`]).

use chrono::{DateTime, SecondsFormat, Utc};
use sha2::{Digest, Sha256};
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
    /// The id of the HTTP request that did it (`X-Request-Id`), to find it in the server's logs.
    pub request_id: Option<String>,
    /// Why: the reason of the emergency access grant a read went through.
    pub reason: Option<String>,
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
    /// The request's id, as in [`AuditEntry::request_id`].
    pub request_id: Option<String>,
    /// As in [`AuditEntry::reason`].
    pub reason: Option<String>,
}

/// The hash before the first entry of the chain.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The hash of entry number `seq` of the chain whose previous entry's hash is `previous`: the
/// SHA-256, in lower-case hex, of the previous hash and the entry's canonical content (every
/// field, in a fixed order, each prefixed by its length so no two entries read the same; the
/// time to the microsecond, as both databases keep it).
pub fn chain_hash(previous: &str, seq: i64, entry: &AuditEntry) -> String {
    let at = entry.at.to_rfc3339_opts(SecondsFormat::Micros, true);
    let id = entry.id.to_string();
    let seq = seq.to_string();
    let user = entry.user_id.map(|id| id.to_string());
    let organisation = entry.organisation_id.map(|id| id.to_string());
    let role = entry.role.map(|role| role.to_string());
    let entity = entry.entity_id.map(|id| id.to_string());
    let outcome = entry.outcome.to_string();
    let fields: [Option<&str>; 13] = [
        Some(previous),
        Some(&seq),
        Some(&id),
        Some(&at),
        user.as_deref(),
        organisation.as_deref(),
        role.as_deref(),
        Some(&entry.operation),
        entry.entity_type.as_deref(),
        entity.as_deref(),
        Some(&outcome),
        entry.client_address.as_deref(),
        entry.request_id.as_deref(),
    ];
    let mut hasher = Sha256::new();
    for field in fields.into_iter().chain([entry.reason.as_deref()]) {
        match field {
            Some(value) => hasher.update(format!("{}:{value};", value.len())),
            None => hasher.update("-;"),
        }
    }
    hasher
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Checks one link: that entry number `seq`, stored with `stored_hash`, follows the entry whose
/// hash is `previous`.
pub fn verify_link(previous: &str, seq: i64, entry: &AuditEntry, stored_hash: &str) -> bool {
    chain_hash(previous, seq, entry) == stored_hash
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> AuditEntry {
        AuditEntry {
            id: Uuid::from_u128(7),
            at: DateTime::from_timestamp(1_800_000_000, 123_456_000).expect("time"),
            user_id: Some(Uuid::from_u128(1)),
            organisation_id: None,
            role: Some(MembershipRole::CaseManager),
            operation: "readParticipant".into(),
            entity_type: Some("Participant".into()),
            entity_id: Some(Uuid::from_u128(9)),
            outcome: AuditOutcome::Allowed,
            client_address: Some("192.0.2.1".into()),
            request_id: Some("req-1".into()),
            reason: None,
        }
    }

    #[test]
    fn the_hash_is_fixed_by_content_and_predecessor() {
        let first = chain_hash(GENESIS, 1, &entry());
        assert_eq!(first.len(), 64);
        assert_eq!(first, chain_hash(GENESIS, 1, &entry()));
        assert!(verify_link(GENESIS, 1, &entry(), &first));
        assert_ne!(
            first,
            chain_hash(&first, 1, &entry()),
            "another predecessor"
        );
        assert_ne!(first, chain_hash(GENESIS, 2, &entry()), "another position");
    }

    #[test]
    fn every_field_counts() {
        let base = chain_hash(GENESIS, 1, &entry());
        let changes: [fn(&mut AuditEntry); 12] = [
            |e| e.id = Uuid::from_u128(8),
            |e| e.at += chrono::Duration::microseconds(1),
            |e| e.user_id = None,
            |e| e.organisation_id = Some(Uuid::from_u128(1)),
            |e| e.role = Some(MembershipRole::OrgAdmin),
            |e| e.operation = "readReferral".into(),
            |e| e.entity_type = None,
            |e| e.entity_id = None,
            |e| e.outcome = AuditOutcome::Denied,
            |e| e.client_address = None,
            |e| e.request_id = Some("req-2".into()),
            |e| e.reason = Some("x".into()),
        ];
        for change in changes {
            let mut changed = entry();
            change(&mut changed);
            assert_ne!(base, chain_hash(GENESIS, 1, &changed), "{changed:?}");
        }
    }

    #[test]
    fn fields_cannot_be_shifted_into_each_other() {
        let mut a = entry();
        a.entity_type = Some("Participant;".into());
        a.entity_id = None;
        let mut b = entry();
        b.entity_type = Some("Participant".into());
        b.entity_id = None;
        assert_ne!(chain_hash(GENESIS, 1, &a), chain_hash(GENESIS, 1, &b));
    }
}

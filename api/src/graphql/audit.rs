//! Recording what happens for the audit log: every mutation with its outcome, every denied
//! access, and every read of a participant's personal data (once per participant per request).
//! A mutation's entry is written in the transaction of the change it records
//! (`skupaj_persistence::audit::recording`); the other entries gather in the request's
//! `AuditTrail` and are written in one statement when the request is answered.

use std::collections::HashSet;
use std::future::Future;
use std::sync::Mutex;

use async_graphql::Context;
use skupaj_domain::access::Actor;
use skupaj_domain::audit::{AuditOutcome, AuditRecord};
use skupaj_persistence::audit;
use uuid::Uuid;

use crate::graphql::context::request;
use crate::graphql::error::{ApiError, ApiResult};

/// The audit entries of one request.
#[derive(Debug, Default)]
pub struct AuditTrail {
    /// The client's address (see `http::client::Client`), written on every entry.
    client_address: Option<String>,
    /// The request's id, written on every entry.
    request_id: Option<String>,
    records: Mutex<Vec<AuditRecord>>,
    /// (participant, outcome) pairs already recorded, so a list of 50 fields is one entry.
    reads: Mutex<HashSet<(Uuid, AuditOutcome)>>,
}

impl AuditTrail {
    /// The trail of request `request_id` from `client_address`.
    pub fn new(client_address: Option<String>, request_id: Option<String>) -> Self {
        Self {
            client_address,
            request_id,
            ..Self::default()
        }
    }

    /// The request's id, as its entries record it.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The address the request came from, as its entries record it.
    pub fn client_address(&self) -> Option<&str> {
        self.client_address.as_deref()
    }

    pub fn record(
        &self,
        actor: Option<&Actor>,
        operation: &str,
        entity_type: &str,
        entity_id: Option<Uuid>,
        outcome: AuditOutcome,
    ) {
        let mut record = entry(actor, operation, entity_type, entity_id, outcome);
        record.client_address = self.client_address.clone();
        record.request_id = self.request_id.clone();
        if let Ok(mut records) = self.records.lock() {
            records.push(record);
        }
    }

    /// A read (or a refused read) of a participant's personal data.
    pub fn participant_read(
        &self,
        actor: Option<&Actor>,
        participant: Uuid,
        outcome: AuditOutcome,
    ) {
        let first = self
            .reads
            .lock()
            .map(|mut reads| reads.insert((participant, outcome)))
            .unwrap_or(true);
        if first {
            self.record(
                actor,
                "readParticipant",
                "Participant",
                Some(participant),
                outcome,
            );
        }
    }

    /// Everything recorded so far, leaving the trail empty.
    pub fn take(&self) -> Vec<AuditRecord> {
        self.records
            .lock()
            .map(|mut records| std::mem::take(&mut *records))
            .unwrap_or_default()
    }
}

/// An audit entry of `actor` (who, in which organisation and role), without an address yet.
fn entry(
    actor: Option<&Actor>,
    operation: &str,
    entity_type: &str,
    entity_id: Option<Uuid>,
    outcome: AuditOutcome,
) -> AuditRecord {
    AuditRecord {
        user_id: actor.map(|a| a.user_id),
        organisation_id: actor.and_then(Actor::organisation_id),
        role: actor.and_then(Actor::role),
        operation: operation.to_owned(),
        entity_type: Some(entity_type.to_owned()),
        entity_id,
        outcome,
        client_address: None,
        request_id: None,
        reason: None,
    }
}

/// The trail of the current request.
pub fn trail<'a>(ctx: &Context<'a>) -> &'a AuditTrail {
    ctx.data_unchecked::<std::sync::Arc<AuditTrail>>()
}

fn viewer_actor<'a>(ctx: &Context<'a>) -> Option<&'a Actor> {
    request(ctx).viewer.as_ref().map(|v| &v.actor)
}

/// How a result ends up in the log.
pub fn outcome_of<T>(result: &ApiResult<T>) -> AuditOutcome {
    match result {
        Ok(_) => AuditOutcome::Allowed,
        Err(ApiError::Forbidden | ApiError::Unauthenticated(_) | ApiError::NotFound) => {
            AuditOutcome::Denied
        }
        Err(_) => AuditOutcome::Failed,
    }
}

/// The entity a mutation's payload is about, for the log.
pub trait AuditedPayload {
    fn audited_id(&self) -> Option<Uuid>;
}

/// Runs a mutation and records it with its outcome. `entity_id` names the entity when the input
/// does; otherwise the payload does (a creation).
pub async fn audited<T: AuditedPayload>(
    ctx: &Context<'_>,
    operation: &str,
    entity_type: &str,
    entity_id: Option<Uuid>,
    mutation: impl Future<Output = ApiResult<T>>,
) -> ApiResult<T> {
    let actor = viewer_actor(ctx);
    let mut pending = entry(
        actor,
        operation,
        entity_type,
        entity_id,
        AuditOutcome::Allowed,
    );
    pending.client_address = trail(ctx).client_address().map(str::to_owned);
    pending.request_id = trail(ctx).request_id().map(str::to_owned);
    let (result, written) = audit::recording(pending, mutation).await;
    // Written with the change: nothing more to say. Otherwise (refused, failed, or a mutation
    // that changed nothing in a transaction of its own) the entry goes with the request's trail.
    if !(written && result.is_ok()) {
        let id = entity_id.or_else(|| result.as_ref().ok().and_then(AuditedPayload::audited_id));
        trail(ctx).record(actor, operation, entity_type, id, outcome_of(&result));
    }
    result
}

/// Records a refused read of a record (answered `NOT_FOUND` or `FORBIDDEN`).
pub fn denied_read(ctx: &Context<'_>, operation: &str, entity_type: &str, entity_id: Uuid) {
    trail(ctx).record(
        viewer_actor(ctx),
        operation,
        entity_type,
        Some(entity_id),
        AuditOutcome::Denied,
    );
}

/// Records a read of a participant's personal data, or its refusal.
pub fn participant_read(ctx: &Context<'_>, participant: Uuid, outcome: AuditOutcome) {
    trail(ctx).participant_read(viewer_actor(ctx), participant, outcome);
}

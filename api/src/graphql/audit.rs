//! Recording what happens for the audit log: every mutation with its outcome, every denied
//! access, and every read of a participant's personal data (once per participant per request).
//! A mutation's entry is written in the transaction of the change it records
//! (`skupaj_persistence::audit::recording`); the other entries gather in the request's
//! `AuditTrail` and are written in one statement when the request is answered.

use std::borrow::Cow;
use std::collections::HashSet;
use std::future::Future;
use std::sync::{Arc, Mutex};

use async_graphql::parser::types::Field;
use async_graphql::registry::Registry;
use async_graphql::resolver_utils::{ContainerType, resolve_container};
use async_graphql::{
    Context, ContextSelectionSet, ObjectType, OutputType, Positioned, ServerResult, Value,
};
use skupaj_domain::access::Actor;
use skupaj_domain::audit::{AuditOutcome, AuditRecord};
use skupaj_persistence::audit;
use uuid::Uuid;

use crate::graphql::context::{RequestContext, request};
use crate::graphql::error::{ApiError, ApiResult, ErrorCode};

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
        let mut record = entry(actor, operation, Some(entity_type), entity_id, outcome);
        record.client_address = self.client_address.clone();
        record.request_id = self.request_id.clone();
        if let Ok(mut records) = self.records.lock() {
            records.push(record);
        }
    }

    /// Adds an entry made elsewhere (a mutation's, see [`MutationAudit`]).
    fn push(&self, record: AuditRecord) {
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
        self.participant_read_because(actor, participant, outcome, None);
    }

    /// A read of a participant's personal data, with the reason of the emergency access grant
    /// it went through (when it did).
    pub fn participant_read_because(
        &self,
        actor: Option<&Actor>,
        participant: Uuid,
        outcome: AuditOutcome,
        reason: Option<&str>,
    ) {
        let first = self
            .reads
            .lock()
            .map(|mut reads| reads.insert((participant, outcome)))
            .unwrap_or(true);
        if first {
            let mut record = entry(
                actor,
                "readParticipant",
                Some("Participant"),
                Some(participant),
                outcome,
            );
            record.client_address = self.client_address.clone();
            record.request_id = self.request_id.clone();
            record.reason = reason.map(str::to_owned);
            self.push(record);
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
    entity_type: Option<&str>,
    entity_id: Option<Uuid>,
    outcome: AuditOutcome,
) -> AuditRecord {
    AuditRecord {
        user_id: actor.map(|a| a.user_id),
        organisation_id: actor.and_then(Actor::organisation_id),
        role: actor.and_then(Actor::role),
        operation: operation.to_owned(),
        entity_type: entity_type.map(str::to_owned),
        entity_id,
        outcome,
        client_address: None,
        request_id: None,
        reason: None,
    }
}

/// The trail of the current request.
pub fn trail<'a>(ctx: &Context<'a>) -> &'a AuditTrail {
    ctx.data_unchecked::<Arc<AuditTrail>>()
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

/// Names the entity a mutation is about for its audit entry (which [`MutationAudit`] writes
/// whatever this says): `entity_id` when the input names it, else the payload's id (a
/// creation).
pub async fn audited<T: AuditedPayload>(
    entity_type: &str,
    entity_id: Option<Uuid>,
    mutation: impl Future<Output = ApiResult<T>>,
) -> ApiResult<T> {
    audit::about(entity_type, entity_id);
    let result = mutation.await;
    if let Some(id) = result.as_ref().ok().and_then(AuditedPayload::audited_id) {
        audit::created(id);
    }
    result
}

/// The mutation root, audited: every top-level mutation field is audited, keyed on its
/// operation (the field's name), so that no mutation can go unaudited. The entry is written in
/// the transaction of the change it records (`skupaj_persistence::audit::recording`); when
/// nothing was written (refused, failed, or a change in no transaction of its own), it goes
/// with the request's trail with its outcome.
///
/// Why a wrapper around the root rather than a schema extension: an extension's `resolve`
/// hook runs for every field of every query (a dashboard page of 50 referrals resolves about
/// a thousand), as one more boxed future each, only to find that the field is not a mutation.
/// Wrapping the root costs nothing outside mutations. Its name and fields are the root's own,
/// so the schema does not change.
#[derive(Default)]
pub struct MutationAudit<M>(pub M);

impl<M: ObjectType> OutputType for MutationAudit<M> {
    fn type_name() -> Cow<'static, str> {
        M::type_name()
    }

    fn create_type_info(registry: &mut Registry) -> String {
        M::create_type_info(registry)
    }

    async fn resolve(
        &self,
        ctx: &ContextSelectionSet<'_>,
        _field: &Positioned<Field>,
    ) -> ServerResult<Value> {
        resolve_container(ctx, self).await
    }
}

impl<M: ObjectType> ContainerType for MutationAudit<M> {
    async fn resolve_field(&self, ctx: &Context<'_>) -> ServerResult<Option<Value>> {
        let Some(trail) = ctx.data_opt::<Arc<AuditTrail>>() else {
            return self.0.resolve_field(ctx).await;
        };
        let actor = ctx
            .data_opt::<RequestContext>()
            .and_then(|request| request.viewer.as_ref())
            .map(|viewer| &viewer.actor);
        let operation = ctx.item.node.name.node.as_str();
        let mut pending = entry(actor, operation, None, None, AuditOutcome::Allowed);
        pending.client_address = trail.client_address().map(str::to_owned);
        pending.request_id = trail.request_id().map(str::to_owned);
        let (result, unwritten) = audit::recording(pending, self.0.resolve_field(ctx)).await;
        if let Some(mut record) = unwritten {
            record.outcome = outcome_of_answer(&result);
            trail.push(record);
        }
        result
    }
}

impl<M: ObjectType> ObjectType for MutationAudit<M> {}

/// How a mutation's answer ends up in the log, from its error code.
fn outcome_of_answer(result: &ServerResult<Option<Value>>) -> AuditOutcome {
    let Err(error) = result else {
        return AuditOutcome::Allowed;
    };
    let code = error
        .extensions
        .as_ref()
        .and_then(|extensions| extensions.get("code"));
    let denied = [
        ErrorCode::Forbidden,
        ErrorCode::Unauthenticated,
        ErrorCode::NotFound,
    ];
    match code {
        Some(Value::String(code)) if denied.iter().any(|denied| denied.as_str() == code) => {
            AuditOutcome::Denied
        }
        _ => AuditOutcome::Failed,
    }
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

/// Records a read of a participant's personal data that went through an emergency access
/// grant (`reason` is the grant's), or, without a reason, as [`participant_read`].
pub fn participant_read_because(
    ctx: &Context<'_>,
    participant: Uuid,
    outcome: AuditOutcome,
    reason: Option<&str>,
) {
    trail(ctx).participant_read_because(viewer_actor(ctx), participant, outcome, reason);
}

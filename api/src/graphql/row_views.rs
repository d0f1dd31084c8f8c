//! Relations a list fetched with its page, from their rows alone.
//!
//! A list of referrals can join both organisations and the programme to its page (one statement
//! instead of five). Those values come from the rows alone: an organisation without its working
//! languages and CWCS lists, a programme without its partners. A nested field uses such a value
//! only when everything selected under it is read from the row (the lists below); otherwise it
//! goes through the request's dataloaders as before. The decision is made from the query itself
//! (async-graphql's look-ahead), on both sides, so a value that lacks something is never shown.

use std::collections::HashMap;
use std::sync::Mutex;

use async_graphql::{Context, SelectionField};
use skupaj_domain::organisation::Organisation;
use skupaj_domain::programme::Programme;
use uuid::Uuid;

/// `Organisation` fields read from the organisation's row alone.
pub const ORGANISATION_ROW_FIELDS: &[&str] = &[
    "__typename",
    "id",
    "kind",
    "name",
    "description",
    "municipality",
    "region",
    "address",
    "coordinates",
    "contactEmail",
    "sector",
    "createdAt",
    "updatedAt",
];

/// `Programme` fields read from the programme's row alone (not partners, sessions, places,
/// enrolments or figures, which need other tables).
pub const PROGRAMME_ROW_FIELDS: &[&str] = &[
    "__typename",
    "id",
    "kind",
    "status",
    "title",
    "titleIn",
    "description",
    "modules",
    "skillsTaught",
    "targetOccupations",
    "certificate",
    "venue",
    "municipality",
    "capacity",
    "languagesOfInstruction",
    "interpretation",
    "childcare",
    "stepFreeAccess",
    "costCents",
    "minAttendancePercent",
    "startsOn",
    "endsOn",
    "partnersMayAddSessions",
];

/// Whether every field selected under each of `fields` is one of `allowed` (fragments included).
pub fn selects_only<'a>(
    fields: impl IntoIterator<Item = SelectionField<'a>>,
    allowed: &[&str],
) -> bool {
    fields.into_iter().all(|field| {
        field
            .selection_set()
            .all(|selected| allowed.contains(&selected.name()))
    })
}

/// Whether the field being resolved selects only `allowed` fields.
pub fn field_selects_only(ctx: &Context<'_>, allowed: &[&str]) -> bool {
    selects_only([ctx.field()], allowed)
}

/// Organisations and programmes a list fetched from their rows, for this request only.
#[derive(Default)]
pub struct RowViews {
    organisations: Mutex<HashMap<Uuid, Organisation>>,
    programmes: Mutex<HashMap<Uuid, Programme>>,
}

impl RowViews {
    pub fn keep_organisation(&self, organisation: Organisation) {
        lock(&self.organisations).insert(organisation.id, organisation);
    }

    pub fn keep_programme(&self, programme: Programme) {
        lock(&self.programmes).insert(programme.id, programme);
    }

    pub fn organisation(&self, id: Uuid) -> Option<Organisation> {
        lock(&self.organisations).get(&id).cloned()
    }

    pub fn programme(&self, id: Uuid) -> Option<Programme> {
        lock(&self.programmes).get(&id).cloned()
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic while holding the lock leaves a map that is still whole.
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

//! Relations a list fetched with its page: their labels, or their rows alone.
//!
//! A list of referrals can read both organisations and the programme with its page (one
//! statement instead of five). Those values are partial: a label is an organisation's name or a
//! programme's status and title; a row is an organisation without its working languages and
//! CWCS lists, a programme without its partners. A nested field uses such a value only when
//! everything selected under it is answered by it (the lists below); otherwise it goes through
//! the request's dataloaders as before. The decision is made from the query itself
//! (async-graphql's look-ahead), on both sides, so a value that lacks something is never shown.

use std::collections::HashMap;
use std::sync::Mutex;

use async_graphql::{Context, SelectionField};
use chrono::DateTime;
use skupaj_app::referral::{OrganisationLabel, ProgrammeLabel, Related};
use skupaj_domain::organisation::{
    Organisation, OrganisationKind, OrganisationProfile, OrganisationSector,
};
use skupaj_domain::programme::{Programme, ProgrammeKind, ProgrammeProfile};
use uuid::Uuid;

/// `Organisation` fields an organisation's label answers.
pub const ORGANISATION_LABEL_FIELDS: &[&str] = &["__typename", "id", "name"];

/// `Programme` fields a programme's label answers.
pub const PROGRAMME_LABEL_FIELDS: &[&str] = &["__typename", "id", "status", "title", "titleIn"];

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

/// Organisations and programmes a list fetched with its page, for this request only.
#[derive(Default)]
pub struct RowViews {
    organisations: Mutex<HashMap<Uuid, Related<Organisation, OrganisationLabel>>>,
    programmes: Mutex<HashMap<Uuid, Related<Programme, ProgrammeLabel>>>,
}

impl RowViews {
    /// Keeps what a page read of an organisation; a row is never replaced by a label (the row
    /// answers everything the label does).
    pub fn keep_organisation(&self, organisation: Related<Organisation, OrganisationLabel>) {
        let id = match &organisation {
            Related::Row(row) => row.id,
            Related::Label(label) => label.id,
        };
        keep(&self.organisations, id, organisation);
    }

    /// Keeps what a page read of a programme, likewise.
    pub fn keep_programme(&self, programme: Related<Programme, ProgrammeLabel>) {
        let id = match &programme {
            Related::Row(row) => row.id,
            Related::Label(label) => label.id,
        };
        keep(&self.programmes, id, programme);
    }

    /// The organisation, when what the page read of it answers every field the field being
    /// resolved selects.
    pub fn organisation(&self, ctx: &Context<'_>, id: Uuid) -> Option<Organisation> {
        match lock(&self.organisations).get(&id)? {
            Related::Row(row) if field_selects_only(ctx, ORGANISATION_ROW_FIELDS) => {
                Some(row.clone())
            }
            Related::Label(label) if field_selects_only(ctx, ORGANISATION_LABEL_FIELDS) => {
                Some(labelled_organisation(label))
            }
            _ => None,
        }
    }

    /// The programme, likewise.
    pub fn programme(&self, ctx: &Context<'_>, id: Uuid) -> Option<Programme> {
        match lock(&self.programmes).get(&id)? {
            Related::Row(row) if field_selects_only(ctx, PROGRAMME_ROW_FIELDS) => Some(row.clone()),
            Related::Label(label) if field_selects_only(ctx, PROGRAMME_LABEL_FIELDS) => {
                Some(labelled_programme(label))
            }
            _ => None,
        }
    }
}

fn keep<Row, Label>(
    map: &Mutex<HashMap<Uuid, Related<Row, Label>>>,
    id: Uuid,
    value: Related<Row, Label>,
) {
    let mut map = lock(map);
    if !matches!(
        (map.get(&id), &value),
        (Some(Related::Row(_)), Related::Label(_))
    ) {
        map.insert(id, value);
    }
}

/// An organisation that carries only its label. Every other field holds a placeholder that no
/// answer shows: [`RowViews::organisation`] hands it out only to a field whose selection is
/// within [`ORGANISATION_LABEL_FIELDS`].
fn labelled_organisation(label: &OrganisationLabel) -> Organisation {
    Organisation {
        id: label.id,
        profile: OrganisationProfile {
            kind: OrganisationKind::Ngo,
            name: label.name.clone(),
            description: None,
            municipality: String::new(),
            region: None,
            address: None,
            coordinates: None,
            contact_email: None,
            working_languages: Vec::new(),
            sector: OrganisationSector::Public,
            cwcs: None,
        },
        created_at: DateTime::UNIX_EPOCH,
        updated_at: DateTime::UNIX_EPOCH,
    }
}

/// A programme that carries only its label, likewise (see [`PROGRAMME_LABEL_FIELDS`]).
fn labelled_programme(label: &ProgrammeLabel) -> Programme {
    Programme {
        id: label.id,
        lead_organisation_id: Uuid::nil(),
        partners: Vec::new(),
        status: label.status,
        profile: ProgrammeProfile {
            kind: ProgrammeKind::Mentorship,
            title: label.title.clone(),
            description: Default::default(),
            modules: Vec::new(),
            skills_taught: Vec::new(),
            target_occupations: Vec::new(),
            certificate: None,
            venue: None,
            municipality: String::new(),
            capacity: 0,
            eligibility: Default::default(),
            languages_of_instruction: Vec::new(),
            interpretation: false,
            childcare: false,
            step_free_access: false,
            cost_cents: 0,
            min_attendance_percent: 0,
            starts_on: None,
            ends_on: None,
            stakeholder_group_id: None,
            partners_may_add_sessions: false,
        },
        enrolled_count: 0,
        created_at: DateTime::UNIX_EPOCH,
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic while holding the lock leaves a map that is still whole.
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

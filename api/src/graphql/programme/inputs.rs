//! The inputs of programmes: the search filter and what the mutations take.

use async_graphql::{ID, InputObject, MaybeUndefined};
use chrono::{DateTime, NaiveDate, Utc};

use crate::graphql::participant::{CefrLevel, LegalStatus};
use crate::graphql::programme::enums::{PartnerRole, ProgrammeKind};

/// Narrows the programme search; every criterion given must hold.
#[derive(InputObject, Debug, Default)]
pub struct ProgrammeFilterInput {
    /// Any of these kinds.
    pub kinds: Option<Vec<ProgrammeKind>>,
    /// In this municipality (exactly as spelled in the programme).
    pub municipality: Option<String>,
    /// Taught in this language (ISO 639).
    pub language: Option<String>,
    /// `true`: only programmes offering childcare.
    pub childcare: Option<bool>,
    /// `true`: only programmes offering interpretation.
    pub interpretation: Option<bool>,
    /// Teaching this skill (a tag, e.g. `welding`).
    pub skill: Option<String>,
    /// Starting on or after this date.
    pub starts_from: Option<NaiveDate>,
    /// Words that must all appear in a title, description, skill or target occupation.
    pub text: Option<String>,
    /// `true`: the programmes the viewer's organisation runs, in every status (drafts too).
    pub organised_by_me: Option<bool>,
}
/// A text in one language.
#[derive(InputObject, Debug)]
pub struct LocalisedStringInput {
    /// ISO 639 code.
    pub language: String,
    /// The text.
    pub text: String,
}

/// A minimum level in one language.
#[derive(InputObject, Debug)]
pub struct LanguageRequirementInput {
    /// ISO 639 code.
    pub language: String,
    /// The minimum CEFR level.
    pub level: CefrLevel,
}

/// Who may take part.
#[derive(InputObject, Debug, Default)]
pub struct EligibilityInput {
    /// Legal statuses accepted; empty or absent means any.
    #[graphql(default)]
    pub legal_statuses: Vec<LegalStatus>,
    /// A minimum language level.
    pub min_language: Option<LanguageRequirementInput>,
    /// Minimum age in years.
    pub min_age: Option<u8>,
    /// Maximum age in years.
    pub max_age: Option<u8>,
}

/// A partner and its role.
#[derive(InputObject, Debug)]
pub struct PartnerInput {
    /// The partner organisation.
    pub organisation_id: ID,
    /// What it does.
    pub role: PartnerRole,
}

/// A new programme, led by the caller's organisation. It starts as a draft.
#[derive(InputObject, Debug)]
pub struct CreateProgrammeInput {
    /// What kind of programme.
    pub kind: ProgrammeKind,
    /// The title, in at least one language.
    pub title: Vec<LocalisedStringInput>,
    /// The description, in any languages.
    #[graphql(default)]
    pub description: Vec<LocalisedStringInput>,
    /// Modules.
    #[graphql(default)]
    pub modules: Vec<String>,
    /// Skills taught, as tags.
    #[graphql(default)]
    pub skills_taught: Vec<String>,
    /// Occupations it prepares for.
    #[graphql(default)]
    pub target_occupations: Vec<String>,
    /// The certificate awarded on completion.
    pub certificate: Option<String>,
    /// Where it takes place.
    pub venue: Option<String>,
    /// The municipality it takes place in.
    pub municipality: String,
    /// How many places (1 to 10,000).
    pub capacity: u32,
    /// Who may take part.
    #[graphql(default)]
    pub eligibility: EligibilityInput,
    /// Languages it is taught in (ISO 639).
    #[graphql(default)]
    pub languages_of_instruction: Vec<String>,
    /// Whether interpretation is offered.
    #[graphql(default)]
    pub interpretation: bool,
    /// Whether childcare is offered.
    #[graphql(default)]
    pub childcare: bool,
    /// Whether the venue has step-free access.
    #[graphql(default)]
    pub step_free_access: bool,
    /// The cost to the participant in euro cents.
    #[graphql(default)]
    pub cost_cents: u32,
    /// The share of sessions to attend to complete, in percent.
    #[graphql(default)]
    pub min_attendance_percent: u8,
    /// The first day.
    pub starts_on: Option<NaiveDate>,
    /// The last day.
    pub ends_on: Option<NaiveDate>,
    /// Partner organisations.
    #[graphql(default)]
    pub partners: Vec<PartnerInput>,
    /// The stakeholder group the programme belongs to (the lead must convene or belong to it).
    pub stakeholder_group_id: Option<ID>,
    /// Whether partner organisations may schedule, move and cancel sessions too.
    #[graphql(default)]
    pub partners_may_add_sessions: bool,
}

/// Changes to a programme (lead organisation). An absent field stays as it is; `null` clears an
/// optional one. The result is validated by the rules of `createProgramme`.
#[derive(InputObject, Debug)]
pub struct UpdateProgrammeInput {
    /// The programme.
    pub id: ID,
    /// The new title, in at least one language (replaces the old one).
    pub title: Option<Vec<LocalisedStringInput>>,
    /// The new description (replaces the old one).
    pub description: Option<Vec<LocalisedStringInput>>,
    /// The new modules.
    pub modules: Option<Vec<String>>,
    /// The new skills taught.
    pub skills_taught: Option<Vec<String>>,
    /// The new occupations it prepares for.
    pub target_occupations: Option<Vec<String>>,
    /// The certificate awarded on completion.
    pub certificate: MaybeUndefined<String>,
    /// Where it takes place.
    pub venue: MaybeUndefined<String>,
    /// The municipality it takes place in.
    pub municipality: Option<String>,
    /// How many places: raising it gives the new places to the waitlist in arrival order;
    /// below the places taken it is `CAPACITY` and nothing changes.
    pub capacity: Option<u32>,
    /// Who may take part (replaces the whole of the old rules).
    pub eligibility: Option<EligibilityInput>,
    /// Languages it is taught in (ISO 639).
    pub languages_of_instruction: Option<Vec<String>>,
    /// Whether interpretation is offered.
    pub interpretation: Option<bool>,
    /// Whether childcare is offered.
    pub childcare: Option<bool>,
    /// Whether the venue has step-free access.
    pub step_free_access: Option<bool>,
    /// The cost to the participant in euro cents.
    pub cost_cents: Option<u32>,
    /// The share of sessions to attend to complete, in percent.
    pub min_attendance_percent: Option<u8>,
    /// The first day.
    pub starts_on: MaybeUndefined<NaiveDate>,
    /// The last day.
    pub ends_on: MaybeUndefined<NaiveDate>,
    /// Whether partner organisations may schedule, move and cancel sessions too.
    pub partners_may_add_sessions: Option<bool>,
}

/// A session to move: new times or place (absent fields stay as they are).
#[derive(InputObject, Debug)]
pub struct UpdateSessionInput {
    /// The session (one that has not started).
    pub id: ID,
    /// When it now starts.
    pub starts_at: Option<DateTime<Utc>>,
    /// When it now ends.
    pub ends_at: Option<DateTime<Utc>>,
    /// Where, when not at the programme's venue; `null` for the venue.
    pub place: MaybeUndefined<String>,
}

/// A session to call off.
#[derive(InputObject, Debug)]
pub struct CancelSessionInput {
    /// The session (one that has not started).
    pub id: ID,
}

/// The programme to move on.
#[derive(InputObject, Debug)]
pub struct ProgrammeStepInput {
    /// The programme.
    pub id: ID,
}

/// A session to schedule.
#[derive(InputObject, Debug)]
pub struct AddProgrammeSessionInput {
    /// The programme.
    pub programme_id: ID,
    /// When it starts.
    pub starts_at: DateTime<Utc>,
    /// When it ends.
    pub ends_at: DateTime<Utc>,
    /// Where, when not at the programme's venue.
    pub place: Option<String>,
}

//! The participant data export's document: one JSON object holding everything Skupaj keeps
//! about one person (GDPR art. 15, and art. 20's structured, machine-readable format).
//!
//! The format is versioned ([`FORMAT_VERSION`]): fields are camelCase, closed sets are spelled
//! as everywhere else (SCREAMING_SNAKE_CASE), times are RFC 3339 in UTC, days `YYYY-MM-DD`,
//! ids UUIDs. Every list is present (empty when there is nothing), so a reader never has to
//! tell "none" from "not exported". Organisations are named; the staff who acted are not: the
//! organisation is the controller who answers for them, and a staff member's name is their own
//! personal data, which the person's right of access does not extend to (art. 15(4)); the
//! audit log keeps who, for the data protection officer.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use skupaj_domain::audit::AuditOutcome;
use skupaj_domain::consent::{ConsentMethod, ConsentPurpose, FieldGroup};
use skupaj_domain::email::Email;
use skupaj_domain::enrolment::{AttendanceStatus, EnrolmentStatus, FollowUpOutcome};
use skupaj_domain::language::LanguageCode;
use skupaj_domain::life_card::{GoalStatus, LifeDomain};
use skupaj_domain::mediation::MediationStatus;
use skupaj_domain::membership::MembershipRole;
use skupaj_domain::mentorship::MentorshipStatus;
use skupaj_domain::organisation::OrganisationKind;
use skupaj_domain::participant::{
    CefrLevel, EducationLevel, Gender, LegalStatus, LocationPreference, ParticipantNeed,
};
use skupaj_domain::placement::ContractType;
use skupaj_domain::referral::{
    CancelReason, DeclineReason, NeedDomain, ReferralAction, ReferralKind, ReferralOutcome,
    ReferralPriority, ReferralStatus,
};
use skupaj_domain::task::TaskStatus;
use uuid::Uuid;

/// What the document says it is.
pub const FORMAT: &str = "skupaj.participant-data-export";

/// The version of the format. Raise it when a field changes meaning or goes away; adding a
/// field does not change it.
pub const FORMAT_VERSION: u32 = 1;

/// Everything held about one participant.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ParticipantDataExport {
    pub format: &'static str,
    pub format_version: u32,
    pub generated_at: DateTime<Utc>,
    /// The organisation that owns the record (the controller answering the request).
    pub controller: Named,
    pub participant: Profile,
    pub consents: Vec<ConsentRecord>,
    pub referrals: Vec<ReferralRecord>,
    pub enrolments: Vec<EnrolmentRecord>,
    pub placements: Vec<PlacementRecord>,
    pub life_card: LifeCardRecord,
    pub mentorships: Vec<MentorshipRecord>,
    pub mediation_requests: Vec<MediationRecord>,
    pub tasks: Vec<TaskRecord>,
    /// Which organisations, in which role, read or changed the person's records, and when;
    /// oldest first. This export is the last entry.
    pub access_log: Vec<AccessRecord>,
}

/// An organisation (or a programme): its id and name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Named {
    pub id: Uuid,
    pub name: Option<String>,
}

/// A programme: its id and its title in each language it has one in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProgrammeName {
    pub id: Uuid,
    pub title: BTreeMap<LanguageCode, String>,
}

/// The profile, every field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub id: Uuid,
    pub reference_code: String,
    pub given_name: String,
    pub family_name: Option<String>,
    pub birth_year: Option<i32>,
    pub gender: Option<Gender>,
    pub email: Option<Email>,
    pub phone: Option<String>,
    pub legal_status: Option<LegalStatus>,
    pub country_of_origin: Option<String>,
    pub arrival_date: Option<NaiveDate>,
    pub preferred_language: LanguageCode,
    pub languages: Vec<LanguageRecord>,
    pub slovenian_level: Option<CefrLevel>,
    pub education_level: Option<EducationLevel>,
    pub skills: Vec<String>,
    pub interests: Vec<String>,
    pub needs: Vec<ParticipantNeed>,
    pub location_preference: Option<LocationPreference>,
    pub max_travel_km: Option<u32>,
    pub municipality: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A language the person speaks, and how well.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LanguageRecord {
    pub language: LanguageCode,
    pub level: CefrLevel,
}

/// A consent as it was given (and withdrawn).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ConsentRecord {
    pub id: Uuid,
    pub purpose: ConsentPurpose,
    pub covered_organisations: Vec<Named>,
    pub covered_kinds: Vec<OrganisationKind>,
    pub field_groups: Vec<FieldGroup>,
    pub method: ConsentMethod,
    pub language: LanguageCode,
    pub given_at: DateTime<Utc>,
    pub expires_at: Option<DateTime<Utc>>,
    pub withdrawn_at: Option<DateTime<Utc>>,
}

/// A referral, its history and its notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReferralRecord {
    pub id: Uuid,
    pub from_organisation: Named,
    pub to_organisation: Named,
    pub programme: Option<ProgrammeName>,
    pub need_domain: NeedDomain,
    pub priority: ReferralPriority,
    pub kind: ReferralKind,
    pub reason: String,
    pub respond_by: NaiveDate,
    pub status: ReferralStatus,
    pub decline_reason: Option<DeclineReason>,
    pub outcome: Option<ReferralOutcome>,
    pub cancel_reason: Option<CancelReason>,
    pub consent_id: Option<Uuid>,
    pub redirected_from_id: Option<Uuid>,
    pub sent_at: Option<DateTime<Utc>>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Every step, oldest first.
    pub history: Vec<StepRecord>,
    /// Notes, oldest first, each with the texts it had before corrections.
    pub notes: Vec<NoteRecord>,
}

/// One step of a referral's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepRecord {
    pub at: DateTime<Utc>,
    pub action: ReferralAction,
    pub from_status: Option<ReferralStatus>,
    pub to_status: ReferralStatus,
    /// The organisation that took the step; `null` for the platform's own (expiry, a withdrawn
    /// consent).
    pub organisation: Option<Named>,
    pub comment: Option<String>,
}

/// A note on a referral.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NoteRecord {
    pub id: Uuid,
    pub organisation: Named,
    pub body: String,
    pub created_at: DateTime<Utc>,
    pub corrections: Vec<CorrectionRecord>,
}

/// An earlier text of a corrected note or life-card entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CorrectionRecord {
    /// What the record said before this correction.
    pub previous_text: String,
    pub replaced_at: DateTime<Utc>,
    pub organisation: Named,
}

/// A place in a programme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EnrolmentRecord {
    pub id: Uuid,
    pub programme: ProgrammeName,
    pub status: EnrolmentStatus,
    pub referral_id: Option<Uuid>,
    pub enrolled_by: Named,
    pub placed_at: Option<DateTime<Utc>>,
    pub modules_completed: Vec<String>,
    pub certificate_awarded: bool,
    pub completed_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub attendance: Vec<AttendanceRecord>,
    pub follow_up_outcomes: Vec<OutcomeRecord>,
}

/// Attendance at one session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceRecord {
    pub session_id: Uuid,
    pub session_starts_at: DateTime<Utc>,
    pub status: AttendanceStatus,
}

/// What happened after a programme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OutcomeRecord {
    pub outcome: FollowUpOutcome,
    pub occurred_on: NaiveDate,
}

/// A job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlacementRecord {
    pub id: Uuid,
    /// The employer, when it is on the platform.
    pub employer_organisation: Option<Named>,
    /// The employer's name, when it is not.
    pub employer_name: Option<String>,
    pub occupation: String,
    pub contract_type: ContractType,
    pub hours_per_week: u32,
    pub starts_on: NaiveDate,
    pub uses_training: bool,
    pub enrolment_id: Option<Uuid>,
    pub programme_id: Option<Uuid>,
    pub recorded_by: Named,
    pub created_at: DateTime<Utc>,
}

/// The life card: goals and dated entries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LifeCardRecord {
    pub goals: Vec<GoalRecord>,
    pub entries: Vec<EntryRecord>,
}

/// A goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GoalRecord {
    pub id: Uuid,
    pub domain: LifeDomain,
    pub title: String,
    pub target_date: Option<NaiveDate>,
    pub status: GoalStatus,
    pub organisation: Named,
    pub created_at: DateTime<Utc>,
}

/// An entry, with the texts it had before corrections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EntryRecord {
    pub id: Uuid,
    pub domain: LifeDomain,
    pub goal_id: Option<Uuid>,
    pub note: String,
    pub occurred_on: NaiveDate,
    pub organisation: Named,
    pub created_at: DateTime<Utc>,
    pub corrections: Vec<CorrectionRecord>,
}

/// A mentorship and its meetings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MentorshipRecord {
    pub id: Uuid,
    pub organisation: Named,
    pub goals: String,
    pub status: MentorshipStatus,
    pub started_on: NaiveDate,
    pub created_at: DateTime<Utc>,
    pub meetings: Vec<MeetingRecord>,
}

/// A mentorship meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MeetingRecord {
    pub id: Uuid,
    pub held_on: NaiveDate,
    pub notes: String,
}

/// A request for an intercultural mediator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MediationRecord {
    pub id: Uuid,
    pub organisation: Named,
    pub language: LanguageCode,
    pub starts_at: DateTime<Utc>,
    pub place: Option<String>,
    pub remote: bool,
    pub referral_id: Option<Uuid>,
    pub notes: Option<String>,
    pub status: MediationStatus,
    /// Whether a mediator took it.
    pub mediator_assigned: bool,
    pub created_at: DateTime<Utc>,
}

/// A follow-up task about the person or one of their referrals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskRecord {
    pub id: Uuid,
    pub organisation: Named,
    /// The referral it is about, when it is about one rather than the person.
    pub referral_id: Option<Uuid>,
    pub title: String,
    pub due_on: NaiveDate,
    pub status: TaskStatus,
    pub created_at: DateTime<Utc>,
    pub completed_at: Option<DateTime<Utc>>,
}

/// One audited read or change of the person's records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AccessRecord {
    pub at: DateTime<Utc>,
    /// The organisation acted in; `null` for platform roles and the platform's own work.
    pub organisation: Option<Named>,
    pub role: Option<MembershipRole>,
    /// The API operation (`readParticipant` for a read, `participantDataExport`, …).
    pub operation: String,
    /// The kind of record (`Participant`, `Referral`, …) and its id.
    pub record_type: Option<String>,
    pub record_id: Option<Uuid>,
    pub outcome: AuditOutcome,
}

impl ParticipantDataExport {
    /// The document as JSON: what `participantDataExport` answers and the download's body.
    pub fn to_json(&self) -> serde_json::Value {
        // Every field is a string, number, bool, list or string-keyed map: serialising cannot
        // fail.
        serde_json::to_value(self).unwrap_or_default()
    }
}

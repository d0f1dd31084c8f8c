//! Shared programmes: mentorship, vocational training, language courses, maker workshops, …, run
//! by a lead organisation with partners, in sessions, for a limited number of participants.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use crate::language::LanguageCode;
use crate::participant::{CefrLevel, LegalStatus};
use crate::{DomainError, ValidationError, text};

closed_set! {
/// What kind of programme it is.
pub enum ProgrammeKind {
    Mentorship,
    VocationalTraining,
    LanguageCourse,
    Entrepreneurship,
    MakerWorkshop,
    CulturalOrientation,
    NetworkingEvent,
    IntegrationCourse,
    Internship,
    Certification,
}
}

closed_set! {
/// Where a programme stands. Published programmes are public.
pub enum ProgrammeStatus {
    Draft,
    Published,
    Running,
    Completed,
    Cancelled,
}
}

closed_set! {
/// What a partner organisation does in a programme.
pub enum PartnerRole {
    HostSpace,
    Trainer,
    Mentoring,
    Funder,
}
}

closed_set! {
/// A step in a programme's life.
pub enum ProgrammeAction {
    Publish,
    Start,
    Complete,
    Cancel,
}
}

impl ProgrammeStatus {
    /// Whether the public and participants' case workers may see it.
    pub fn is_public(self) -> bool {
        matches!(self, Self::Published | Self::Running | Self::Completed)
    }

    /// Whether participants may be enrolled now.
    pub fn accepts_enrolment(self) -> bool {
        // A `match`, not `matches!`: a new status cannot be added without deciding here (SQL
        // that lists the closed statuses relies on it).
        match self {
            Self::Published | Self::Running => true,
            Self::Draft | Self::Completed | Self::Cancelled => false,
        }
    }
}

/// `DRAFT → PUBLISHED → RUNNING → COMPLETED`, or `CANCELLED` from any but the last.
pub fn programme_transition(
    status: ProgrammeStatus,
    action: ProgrammeAction,
) -> Result<ProgrammeStatus, DomainError> {
    use ProgrammeAction as A;
    use ProgrammeStatus as S;
    match (status, action) {
        (S::Draft, A::Publish) => Ok(S::Published),
        (S::Published, A::Start) => Ok(S::Running),
        (S::Running, A::Complete) => Ok(S::Completed),
        (S::Draft | S::Published | S::Running, A::Cancel) => Ok(S::Cancelled),
        _ => Err(DomainError::InvalidTransition(format!(
            "a {status} programme cannot be {}",
            match action {
                A::Publish => "published",
                A::Start => "started",
                A::Complete => "completed",
                A::Cancel => "cancelled",
            }
        ))),
    }
}

/// A text in several languages, keyed by ISO 639 code.
pub type LocalisedText = BTreeMap<LanguageCode, String>;

/// A minimum level in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageRequirement {
    pub language: LanguageCode,
    pub level: CefrLevel,
}

/// Who may take part. Empty lists and absent bounds mean "anyone".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Eligibility {
    pub legal_statuses: Vec<LegalStatus>,
    pub min_language: Option<LanguageRequirement>,
    pub min_age: Option<u8>,
    pub max_age: Option<u8>,
}

/// A programme's description and rules, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgrammeProfile {
    pub kind: ProgrammeKind,
    pub title: LocalisedText,
    pub description: LocalisedText,
    pub modules: Vec<String>,
    pub skills_taught: Vec<String>,
    pub target_occupations: Vec<String>,
    pub certificate: Option<String>,
    pub venue: Option<String>,
    pub municipality: String,
    pub capacity: u32,
    pub eligibility: Eligibility,
    pub languages_of_instruction: Vec<LanguageCode>,
    pub interpretation: bool,
    pub childcare: bool,
    pub step_free_access: bool,
    /// In euro cents; 0 is free.
    pub cost_cents: u32,
    /// The share of sessions a participant must attend to complete, in percent.
    pub min_attendance_percent: u8,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub stakeholder_group_id: Option<Uuid>,
    /// Whether partner organisations may schedule sessions too (the lead always may).
    pub partners_may_add_sessions: bool,
}

/// A stored programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Programme {
    pub id: Uuid,
    pub lead_organisation_id: Uuid,
    pub partners: Vec<(Uuid, PartnerRole)>,
    pub status: ProgrammeStatus,
    pub profile: ProgrammeProfile,
    /// How many places are taken (participants `ENROLLED`).
    pub enrolled_count: u32,
    pub created_at: DateTime<Utc>,
}

impl Programme {
    /// The lead and every partner.
    pub fn is_organiser(&self, organisation: Uuid) -> bool {
        self.lead_organisation_id == organisation
            || self
                .partners
                .iter()
                .any(|(partner, _)| *partner == organisation)
    }

    /// The title in `language`, else in Slovenian, else in English, else any.
    pub fn title_in(&self, language: &str) -> &str {
        localised(&self.profile.title, language)
    }
}

/// Picks a localised text: the language asked for, then Slovenian, English, and any other.
pub fn localised<'a>(texts: &'a LocalisedText, language: &str) -> &'a str {
    [language, "sl", "en"]
        .iter()
        .find_map(|code| {
            texts
                .iter()
                .find(|(l, _)| l.as_str() == *code)
                .map(|(_, t)| t.as_str())
        })
        .or_else(|| texts.values().next().map(String::as_str))
        .unwrap_or_default()
}

/// A programme as typed, before validation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProgrammeInput {
    pub kind: Option<ProgrammeKind>,
    pub title: Vec<(String, String)>,
    pub description: Vec<(String, String)>,
    pub modules: Vec<String>,
    pub skills_taught: Vec<String>,
    pub target_occupations: Vec<String>,
    pub certificate: Option<String>,
    pub venue: Option<String>,
    pub municipality: String,
    pub capacity: u32,
    pub legal_statuses: Vec<LegalStatus>,
    pub min_language: Option<(String, CefrLevel)>,
    pub min_age: Option<u8>,
    pub max_age: Option<u8>,
    pub languages_of_instruction: Vec<String>,
    pub interpretation: bool,
    pub childcare: bool,
    pub step_free_access: bool,
    pub cost_cents: u32,
    pub min_attendance_percent: u8,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub stakeholder_group_id: Option<Uuid>,
    pub partners_may_add_sessions: bool,
}

impl ProgrammeInput {
    pub const CAPACITY_MAX: u32 = 10_000;

    pub fn validate(self) -> Result<ProgrammeProfile, ValidationError> {
        let kind = self
            .kind
            .ok_or_else(|| ValidationError::new("kind", "is required"))?;
        let title = localised_input("title", &self.title, 200)?;
        if title.is_empty() {
            return Err(ValidationError::new("title", "needs at least one language"));
        }
        if !(1..=Self::CAPACITY_MAX).contains(&self.capacity) {
            return Err(ValidationError::new(
                "capacity",
                format!("must be between 1 and {}", Self::CAPACITY_MAX),
            ));
        }
        if self.min_attendance_percent > 100 {
            return Err(ValidationError::new(
                "minAttendancePercent",
                "must be at most 100",
            ));
        }
        if let (Some(min), Some(max)) = (self.min_age, self.max_age)
            && min > max
        {
            return Err(ValidationError::new("maxAge", "must not be below minAge"));
        }
        crate::calendar::optional_date("startsOn", self.starts_on)?;
        crate::calendar::optional_date("endsOn", self.ends_on)?;
        if let (Some(start), Some(end)) = (self.starts_on, self.ends_on)
            && end < start
        {
            return Err(ValidationError::new(
                "endsOn",
                "must not be before startsOn",
            ));
        }
        let min_language = self
            .min_language
            .map(|(code, level)| {
                Ok::<_, ValidationError>(LanguageRequirement {
                    language: LanguageCode::parse("minLanguage.language", &code)?,
                    level,
                })
            })
            .transpose()?;
        let mut legal_statuses = self.legal_statuses;
        legal_statuses.sort();
        legal_statuses.dedup();
        Ok(ProgrammeProfile {
            kind,
            title,
            description: localised_input("description", &self.description, 4000)?,
            modules: texts("modules", &self.modules)?,
            skills_taught: text::tags("skillsTaught", &self.skills_taught, 60)?,
            target_occupations: text::tags("targetOccupations", &self.target_occupations, 60)?,
            certificate: text::optional("certificate", self.certificate.as_deref(), 200)?,
            venue: text::optional("venue", self.venue.as_deref(), 300)?,
            municipality: text::required("municipality", &self.municipality, 100)?,
            capacity: self.capacity,
            eligibility: Eligibility {
                legal_statuses,
                min_language,
                min_age: self.min_age,
                max_age: self.max_age,
            },
            languages_of_instruction: LanguageCode::parse_list(
                "languagesOfInstruction",
                &self.languages_of_instruction,
            )?,
            interpretation: self.interpretation,
            childcare: self.childcare,
            step_free_access: self.step_free_access,
            cost_cents: self.cost_cents,
            min_attendance_percent: self.min_attendance_percent,
            starts_on: self.starts_on,
            ends_on: self.ends_on,
            stakeholder_group_id: self.stakeholder_group_id,
            partners_may_add_sessions: self.partners_may_add_sessions,
        })
    }
}

impl From<&ProgrammeProfile> for ProgrammeInput {
    /// The profile as if typed again, so changes can be overlaid and the result validated by the
    /// same rules as at creation.
    fn from(profile: &ProgrammeProfile) -> Self {
        let pairs = |texts: &LocalisedText| {
            texts
                .iter()
                .map(|(language, text)| (language.to_string(), text.clone()))
                .collect()
        };
        Self {
            kind: Some(profile.kind),
            title: pairs(&profile.title),
            description: pairs(&profile.description),
            modules: profile.modules.clone(),
            skills_taught: profile.skills_taught.clone(),
            target_occupations: profile.target_occupations.clone(),
            certificate: profile.certificate.clone(),
            venue: profile.venue.clone(),
            municipality: profile.municipality.clone(),
            capacity: profile.capacity,
            legal_statuses: profile.eligibility.legal_statuses.clone(),
            min_language: profile
                .eligibility
                .min_language
                .as_ref()
                .map(|r| (r.language.to_string(), r.level)),
            min_age: profile.eligibility.min_age,
            max_age: profile.eligibility.max_age,
            languages_of_instruction: profile
                .languages_of_instruction
                .iter()
                .map(ToString::to_string)
                .collect(),
            interpretation: profile.interpretation,
            childcare: profile.childcare,
            step_free_access: profile.step_free_access,
            cost_cents: profile.cost_cents,
            min_attendance_percent: profile.min_attendance_percent,
            starts_on: profile.starts_on,
            ends_on: profile.ends_on,
            stakeholder_group_id: profile.stakeholder_group_id,
            partners_may_add_sessions: profile.partners_may_add_sessions,
        }
    }
}

/// Who may take part, as typed (replaces the whole of a programme's eligibility).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EligibilityChange {
    pub legal_statuses: Vec<LegalStatus>,
    pub min_language: Option<(String, CefrLevel)>,
    pub min_age: Option<u8>,
    pub max_age: Option<u8>,
}

/// What `updateProgramme` changes; `None` leaves a part as it is (`Some(None)` clears an
/// optional one). The kind, the lead and the partners do not change.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProgrammeChanges {
    pub title: Option<Vec<(String, String)>>,
    pub description: Option<Vec<(String, String)>>,
    pub modules: Option<Vec<String>>,
    pub skills_taught: Option<Vec<String>>,
    pub target_occupations: Option<Vec<String>>,
    pub certificate: Option<Option<String>>,
    pub venue: Option<Option<String>>,
    pub municipality: Option<String>,
    pub capacity: Option<u32>,
    pub eligibility: Option<EligibilityChange>,
    pub languages_of_instruction: Option<Vec<String>>,
    pub interpretation: Option<bool>,
    pub childcare: Option<bool>,
    pub step_free_access: Option<bool>,
    pub cost_cents: Option<u32>,
    pub min_attendance_percent: Option<u8>,
    pub starts_on: Option<Option<NaiveDate>>,
    pub ends_on: Option<Option<NaiveDate>>,
    pub partners_may_add_sessions: Option<bool>,
}

impl ProgrammeChanges {
    /// Overlays the changes on `current` and validates the result with the rules of creation.
    pub fn apply(self, current: &ProgrammeProfile) -> Result<ProgrammeProfile, ValidationError> {
        let mut draft = ProgrammeInput::from(current);
        fn set<T>(slot: &mut T, value: Option<T>) {
            if let Some(value) = value {
                *slot = value;
            }
        }
        set(&mut draft.title, self.title);
        set(&mut draft.description, self.description);
        set(&mut draft.modules, self.modules);
        set(&mut draft.skills_taught, self.skills_taught);
        set(&mut draft.target_occupations, self.target_occupations);
        set(&mut draft.certificate, self.certificate);
        set(&mut draft.venue, self.venue);
        set(&mut draft.municipality, self.municipality);
        set(&mut draft.capacity, self.capacity);
        if let Some(eligibility) = self.eligibility {
            draft.legal_statuses = eligibility.legal_statuses;
            draft.min_language = eligibility.min_language;
            draft.min_age = eligibility.min_age;
            draft.max_age = eligibility.max_age;
        }
        set(
            &mut draft.languages_of_instruction,
            self.languages_of_instruction,
        );
        set(&mut draft.interpretation, self.interpretation);
        set(&mut draft.childcare, self.childcare);
        set(&mut draft.step_free_access, self.step_free_access);
        set(&mut draft.cost_cents, self.cost_cents);
        set(
            &mut draft.min_attendance_percent,
            self.min_attendance_percent,
        );
        set(&mut draft.starts_on, self.starts_on);
        set(&mut draft.ends_on, self.ends_on);
        set(
            &mut draft.partners_may_add_sessions,
            self.partners_may_add_sessions,
        );
        draft.validate()
    }
}

/// Whether a programme's plan may still change: not once it is completed or cancelled.
pub fn check_editable(status: ProgrammeStatus) -> Result<(), DomainError> {
    match status {
        ProgrammeStatus::Draft | ProgrammeStatus::Published | ProgrammeStatus::Running => Ok(()),
        ProgrammeStatus::Completed | ProgrammeStatus::Cancelled => Err(
            DomainError::InvalidTransition(format!("a {status} programme can no longer change")),
        ),
    }
}

/// A capacity against the places taken: never below them (`Capacity`). Returns how many places
/// are free for the waitlist, which takes them in arrival order.
pub fn places_free(capacity: u32, taken: u32) -> Result<u32, DomainError> {
    if capacity < taken {
        return Err(DomainError::Capacity(format!(
            "{taken} places are taken; the capacity cannot go below that"
        )));
    }
    Ok(capacity - taken)
}

fn localised_input(
    field: &str,
    entries: &[(String, String)],
    max: usize,
) -> Result<LocalisedText, ValidationError> {
    let mut texts = LocalisedText::new();
    for (index, (language, value)) in entries.iter().enumerate() {
        let language = LanguageCode::parse(&format!("{field}[{index}].language"), language)?;
        let value = text::required(&format!("{field}[{index}].text"), value, max)?;
        texts.insert(language, value);
    }
    Ok(texts)
}

fn texts(field: &str, values: &[String]) -> Result<Vec<String>, ValidationError> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| text::required(&format!("{field}[{i}]"), v, 100))
        .collect()
}

/// A session of a programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgrammeSession {
    pub id: Uuid,
    pub programme_id: Uuid,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place: Option<String>,
}

/// Checks a session's times and place.
pub fn check_session(
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    place: Option<&str>,
) -> Result<Option<String>, ValidationError> {
    crate::calendar::instant("startsAt", starts_at)?;
    crate::calendar::instant("endsAt", ends_at)?;
    if ends_at <= starts_at {
        return Err(ValidationError::new("endsAt", "must be after startsAt"));
    }
    text::optional("place", place, 300)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ProgrammeInput {
        ProgrammeInput {
            kind: Some(ProgrammeKind::VocationalTraining),
            title: vec![
                ("sl".into(), "Varjenje".into()),
                ("en".into(), "Welding".into()),
            ],
            municipality: "Koper".into(),
            capacity: 10,
            min_attendance_percent: 80,
            ..ProgrammeInput::default()
        }
    }

    #[test]
    fn a_programme_is_valid_and_titles_fall_back() {
        let profile = input().validate().unwrap();
        let programme = Programme {
            id: Uuid::nil(),
            lead_organisation_id: Uuid::nil(),
            partners: vec![],
            status: ProgrammeStatus::Draft,
            profile,
            enrolled_count: 0,
            created_at: Utc::now(),
        };
        assert_eq!(programme.title_in("en"), "Welding");
        assert_eq!(programme.title_in("ar"), "Varjenje");
    }

    #[test]
    fn each_bad_field_is_named() {
        let cases = [
            (
                "kind",
                ProgrammeInput {
                    kind: None,
                    ..input()
                },
            ),
            (
                "title",
                ProgrammeInput {
                    title: vec![],
                    ..input()
                },
            ),
            (
                "title[0].language",
                ProgrammeInput {
                    title: vec![("zz".into(), "x".into())],
                    ..input()
                },
            ),
            (
                "capacity",
                ProgrammeInput {
                    capacity: 0,
                    ..input()
                },
            ),
            (
                "minAttendancePercent",
                ProgrammeInput {
                    min_attendance_percent: 120,
                    ..input()
                },
            ),
            (
                "maxAge",
                ProgrammeInput {
                    min_age: Some(30),
                    max_age: Some(20),
                    ..input()
                },
            ),
            (
                "municipality",
                ProgrammeInput {
                    municipality: " ".into(),
                    ..input()
                },
            ),
        ];
        for (field, broken) in cases {
            assert_eq!(broken.validate().unwrap_err().field, field);
        }
    }

    #[test]
    fn changes_overlay_the_profile_and_are_validated_as_at_creation() {
        let current = input().validate().unwrap();
        let changed = ProgrammeChanges {
            capacity: Some(12),
            venue: Some(Some("Hall B".into())),
            ..ProgrammeChanges::default()
        }
        .apply(&current)
        .unwrap();
        assert_eq!(changed.capacity, 12);
        assert_eq!(changed.venue.as_deref(), Some("Hall B"));
        assert_eq!(changed.title, current.title);
        let bad = ProgrammeChanges {
            starts_on: Some(NaiveDate::from_ymd_opt(2027, 5, 1)),
            ends_on: Some(NaiveDate::from_ymd_opt(2027, 4, 1)),
            ..ProgrammeChanges::default()
        };
        assert_eq!(bad.apply(&current).unwrap_err().field, "endsOn");
        let none = ProgrammeChanges {
            capacity: Some(0),
            ..ProgrammeChanges::default()
        };
        assert_eq!(none.apply(&current).unwrap_err().field, "capacity");
    }

    #[test]
    fn capacity_never_goes_below_the_places_taken() {
        assert_eq!(places_free(12, 10), Ok(2));
        assert_eq!(places_free(10, 10), Ok(0));
        assert!(matches!(places_free(9, 10), Err(DomainError::Capacity(_))));
        assert!(check_editable(ProgrammeStatus::Running).is_ok());
        assert!(check_editable(ProgrammeStatus::Completed).is_err());
    }

    #[test]
    fn the_status_machine() {
        use ProgrammeAction as A;
        use ProgrammeStatus as S;
        assert_eq!(programme_transition(S::Draft, A::Publish), Ok(S::Published));
        assert_eq!(programme_transition(S::Published, A::Start), Ok(S::Running));
        assert_eq!(
            programme_transition(S::Running, A::Complete),
            Ok(S::Completed)
        );
        assert_eq!(
            programme_transition(S::Running, A::Cancel),
            Ok(S::Cancelled)
        );
        assert!(programme_transition(S::Draft, A::Start).is_err());
        assert!(programme_transition(S::Completed, A::Cancel).is_err());
        assert!(S::Published.accepts_enrolment() && !S::Draft.is_public());
    }
}

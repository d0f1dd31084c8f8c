//! Participants: the people the platform supports. Vulnerable people: every field here is
//! personal data, released field group by field group (see `access::participant`).

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use crate::email::Email;
use crate::language::LanguageCode;
use crate::{ValidationError, text};

closed_set! {
/// Residence or protection status in Slovenia.
pub enum LegalStatus {
    AsylumSeeker,
    InternationalProtection,
    SubsidiaryProtection,
    TemporaryProtection,
    LabourMigrant,
    Student,
    ResidencePermitPending,
    Other,
}
}

closed_set! {
/// Gender as the participant states it.
pub enum Gender {
    Female,
    Male,
    NonBinary,
    Undisclosed,
}
}

closed_set! {
/// Highest completed education.
pub enum EducationLevel {
    None,
    Primary,
    Secondary,
    Vocational,
    Tertiary,
    Unknown,
}
}

closed_set! {
/// A level of the Common European Framework of Reference for Languages, or a native speaker.
pub enum CefrLevel {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
    Native,
}
}

closed_set! {
/// Support a participant needs to take part in anything.
pub enum ParticipantNeed {
    Childcare,
    Transport,
    Mentorship,
    Interpretation,
}
}

closed_set! {
/// Where a participant would like to live, train or work.
pub enum LocationPreference {
    Urban,
    Rural,
    Any,
}
}

/// A language and how well the participant speaks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageSkill {
    pub language: LanguageCode,
    pub level: CefrLevel,
}

/// Everything recorded about a participant, validated. The groups match the consent's field
/// groups: identity, contact, legal, background.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParticipantProfile {
    // identity
    pub given_name: String,
    pub family_name: Option<String>,
    pub birth_year: Option<i32>,
    pub gender: Option<Gender>,
    // contact
    pub email: Option<Email>,
    pub phone: Option<String>,
    // legal
    pub legal_status: Option<LegalStatus>,
    /// ISO 3166-1 alpha-2.
    pub country_of_origin: Option<String>,
    pub arrival_date: Option<NaiveDate>,
    // background
    pub preferred_language: LanguageCode,
    pub languages: Vec<LanguageSkill>,
    pub slovenian_level: Option<CefrLevel>,
    pub education_level: Option<EducationLevel>,
    pub skills: Vec<String>,
    pub interests: Vec<String>,
    pub needs: Vec<ParticipantNeed>,
    pub location_preference: Option<LocationPreference>,
    pub max_travel_km: Option<u32>,
    /// Municipality of residence.
    pub municipality: Option<String>,
}

/// A stored participant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub id: Uuid,
    /// Pseudonymous and random: derived from nothing personal, safe to show to analysts.
    pub reference_code: String,
    /// The organisation whose case manager coordinates the participant.
    pub owner_organisation_id: Uuid,
    pub profile: ParticipantProfile,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A participant's profile as typed, before validation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParticipantInput {
    pub given_name: String,
    pub family_name: Option<String>,
    pub birth_year: Option<i32>,
    pub gender: Option<Gender>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub legal_status: Option<LegalStatus>,
    pub country_of_origin: Option<String>,
    pub arrival_date: Option<NaiveDate>,
    pub preferred_language: String,
    pub languages: Vec<(String, CefrLevel)>,
    pub slovenian_level: Option<CefrLevel>,
    pub education_level: Option<EducationLevel>,
    pub skills: Vec<String>,
    pub interests: Vec<String>,
    pub needs: Vec<ParticipantNeed>,
    pub location_preference: Option<LocationPreference>,
    pub max_travel_km: Option<u32>,
    pub municipality: Option<String>,
}

impl ParticipantInput {
    pub const NAME_MAX: usize = 100;
    pub const TAG_MAX: usize = 60;
    pub const TAGS_MAX: usize = 50;

    /// Validates against `today` (a birth year or arrival date in the future is a typo).
    pub fn validate(self, today: NaiveDate) -> Result<ParticipantProfile, ValidationError> {
        use chrono::Datelike;
        if let Some(year) = self.birth_year
            && !(1900..=today.year()).contains(&year)
        {
            return Err(ValidationError::new("birthYear", "must be a past year"));
        }
        crate::calendar::optional_date("arrivalDate", self.arrival_date)?;
        if self.arrival_date.is_some_and(|date| date > today) {
            return Err(ValidationError::new(
                "arrivalDate",
                "must not be in the future",
            ));
        }
        if self.max_travel_km.is_some_and(|km| km > 1000) {
            return Err(ValidationError::new("maxTravelKm", "must be at most 1000"));
        }
        let country_of_origin =
            text::optional("countryOfOrigin", self.country_of_origin.as_deref(), 2)?
                .map(|code| code.to_ascii_uppercase())
                .map(|code| {
                    if code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()) {
                        Ok(code)
                    } else {
                        Err(ValidationError::new(
                            "countryOfOrigin",
                            "must be an ISO 3166-1 alpha-2 code",
                        ))
                    }
                })
                .transpose()?;
        let mut languages = Vec::with_capacity(self.languages.len());
        for (index, (code, level)) in self.languages.iter().enumerate() {
            let field = format!("languages[{index}].language");
            let language = LanguageCode::parse(&field, code)?;
            if languages
                .iter()
                .any(|skill: &LanguageSkill| skill.language == language)
            {
                return Err(crate::text::repeated(field));
            }
            languages.push(LanguageSkill {
                language,
                level: *level,
            });
        }
        let mut needs = self.needs.clone();
        needs.sort();
        needs.dedup();
        Ok(ParticipantProfile {
            given_name: text::required("givenName", &self.given_name, Self::NAME_MAX)?,
            family_name: text::optional("familyName", self.family_name.as_deref(), Self::NAME_MAX)?,
            birth_year: self.birth_year,
            gender: self.gender,
            email: text::optional("email", self.email.as_deref(), 254)?
                .map(|raw| Email::parse("email", &raw))
                .transpose()?,
            phone: text::optional("phone", self.phone.as_deref(), 30)?,
            legal_status: self.legal_status,
            country_of_origin,
            arrival_date: self.arrival_date,
            preferred_language: LanguageCode::parse("preferredLanguage", &self.preferred_language)?,
            languages,
            slovenian_level: self.slovenian_level,
            education_level: self.education_level,
            skills: tags("skills", &self.skills)?,
            interests: tags("interests", &self.interests)?,
            needs,
            location_preference: self.location_preference,
            max_travel_km: self.max_travel_km,
            municipality: text::optional("municipality", self.municipality.as_deref(), 100)?,
        })
    }
}

impl From<&ParticipantProfile> for ParticipantInput {
    fn from(profile: &ParticipantProfile) -> Self {
        Self {
            given_name: profile.given_name.clone(),
            family_name: profile.family_name.clone(),
            birth_year: profile.birth_year,
            gender: profile.gender,
            email: profile.email.as_ref().map(|e| e.as_str().to_owned()),
            phone: profile.phone.clone(),
            legal_status: profile.legal_status,
            country_of_origin: profile.country_of_origin.clone(),
            arrival_date: profile.arrival_date,
            preferred_language: profile.preferred_language.as_str().to_owned(),
            languages: profile
                .languages
                .iter()
                .map(|skill| (skill.language.as_str().to_owned(), skill.level))
                .collect(),
            slovenian_level: profile.slovenian_level,
            education_level: profile.education_level,
            skills: profile.skills.clone(),
            interests: profile.interests.clone(),
            needs: profile.needs.clone(),
            location_preference: profile.location_preference,
            max_travel_km: profile.max_travel_km,
            municipality: profile.municipality.clone(),
        }
    }
}

/// Tags (skills, interests): at most `TAGS_MAX` of them.
fn tags(field: &str, raw: &[String]) -> Result<Vec<String>, ValidationError> {
    if raw.len() > ParticipantInput::TAGS_MAX {
        return Err(ValidationError::new(
            field,
            format!("must list at most {}", ParticipantInput::TAGS_MAX),
        ));
    }
    text::tags(field, raw, ParticipantInput::TAG_MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn input() -> ParticipantInput {
        ParticipantInput {
            given_name: "Amina".to_owned(),
            preferred_language: "ar".to_owned(),
            languages: vec![
                ("ar".to_owned(), CefrLevel::Native),
                ("en".to_owned(), CefrLevel::B1),
            ],
            skills: vec!["Welding".to_owned()],
            country_of_origin: Some("sy".to_owned()),
            ..ParticipantInput::default()
        }
    }

    #[test]
    fn a_minimal_profile_is_valid_and_normalised() {
        let profile = input().validate(today()).unwrap();
        assert_eq!(profile.skills, vec!["welding"]);
        assert_eq!(profile.country_of_origin.as_deref(), Some("SY"));
        assert_eq!(profile.languages.len(), 2);
    }

    #[test]
    fn each_bad_field_is_named() {
        let cases: Vec<(&str, ParticipantInput)> = vec![
            (
                "givenName",
                ParticipantInput {
                    given_name: " ".into(),
                    ..input()
                },
            ),
            (
                "birthYear",
                ParticipantInput {
                    birth_year: Some(2030),
                    ..input()
                },
            ),
            (
                "arrivalDate",
                ParticipantInput {
                    arrival_date: NaiveDate::from_ymd_opt(2027, 1, 1),
                    ..input()
                },
            ),
            (
                "arrivalDate",
                ParticipantInput {
                    arrival_date: NaiveDate::from_ymd_opt(1850, 1, 1),
                    ..input()
                },
            ),
            (
                "givenName",
                ParticipantInput {
                    given_name: "Amina\u{202E}nimA".into(),
                    ..input()
                },
            ),
            (
                "languages[2].language",
                ParticipantInput {
                    languages: vec![
                        ("sl".into(), CefrLevel::A1),
                        ("en".into(), CefrLevel::B1),
                        ("SL".into(), CefrLevel::A2),
                    ],
                    ..input()
                },
            ),
            (
                "skills[1]",
                ParticipantInput {
                    skills: vec!["Welding".into(), "welding ".into()],
                    ..input()
                },
            ),
            (
                "countryOfOrigin",
                ParticipantInput {
                    country_of_origin: Some("S1".into()),
                    ..input()
                },
            ),
            (
                "email",
                ParticipantInput {
                    email: Some("no".into()),
                    ..input()
                },
            ),
            (
                "preferredLanguage",
                ParticipantInput {
                    preferred_language: "xx".into(),
                    ..input()
                },
            ),
            (
                "languages[1].language",
                ParticipantInput {
                    languages: vec![("sl".into(), CefrLevel::A1), ("zz".into(), CefrLevel::A1)],
                    ..input()
                },
            ),
            (
                "skills[0]",
                ParticipantInput {
                    skills: vec![" ".into()],
                    ..input()
                },
            ),
        ];
        for (field, broken) in cases {
            assert_eq!(broken.validate(today()).unwrap_err().field, field);
        }
    }

    #[test]
    fn a_profile_round_trips_through_its_input() {
        let profile = input().validate(today()).unwrap();
        assert_eq!(
            ParticipantInput::from(&profile).validate(today()).unwrap(),
            profile
        );
    }
}

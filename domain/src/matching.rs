//! Matching a participant to programmes: hard filters first (open, not over, eligible, within
//! reach), then a score out of 100 with the reasons behind it, in words a caseworker can read.
//!
//! Pure: what needs the database (open vacancies near the participant, the distance between
//! municipalities, whether a place is urban or rural) arrives as `Surroundings`.

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::enrolment::check_eligibility;
use crate::error::ValidationError;
use crate::participant::{LocationPreference, ParticipantNeed, ParticipantProfile};
use crate::programme::{Programme, ProgrammeStatus};

/// How much each part of the score counts; they add up to 100. Kept in one place so a change of
/// policy is one edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weights {
    /// Skills taught (or occupations trained for) that the participant is interested in.
    pub interests: u32,
    /// Skills taught that build on skills the participant has.
    pub skills: u32,
    /// Open vacancies for the programme's target occupations near the participant.
    pub labour_demand: u32,
    /// Distance against the participant's maximum travel distance.
    pub distance: u32,
    /// Urban or rural, against the participant's preference.
    pub setting: u32,
    /// A language of instruction the participant speaks (or interpretation).
    pub language: u32,
    /// Childcare and interpretation, where the participant needs them.
    pub needs: u32,
}

pub const WEIGHTS: Weights = Weights {
    interests: 25,
    skills: 10,
    labour_demand: 20,
    distance: 15,
    setting: 5,
    language: 15,
    needs: 10,
};

/// Whether a place is a town or the countryside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    Urban,
    Rural,
}

/// What the caller looked up about a programme relative to the participant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Surroundings {
    /// Openings in open vacancies for the programme's target occupations near the participant.
    pub open_vacancies_near: u32,
    /// From the participant's municipality to the programme's, when both are known.
    pub distance_km: Option<u32>,
    /// The programme municipality's setting, when known.
    pub setting: Option<Setting>,
}

/// Why a programme is not offered at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exclusion {
    /// Not published or running (a draft, completed or cancelled).
    NotOpen,
    /// Its last day has passed.
    Ended,
    /// An eligibility rule refuses the participant.
    NotEligible(ValidationError),
    /// Farther than the participant can travel.
    TooFar { km: u32, max_km: u32 },
}

/// One reason behind a score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    MatchesInterests(Vec<String>),
    BuildsOnSkills(Vec<String>),
    LabourDemand(u32),
    NoLabourDemand,
    WithinReach {
        km: u32,
    },
    DistanceUnknown,
    SettingAsPreferred,
    SettingNotPreferred,
    TaughtInTheirLanguage(String),
    InterpretationOffered,
    NoCommonLanguage,
    ChildcareOffered,
    NoChildcare,
    InterpretationNeededAndOffered,
    InterpretationNeededNotOffered,
    Full,
    /// A vacancy asks for skills the participant has.
    NeedsTheirSkills(Vec<String>),
    /// A vacancy's occupation or skills are among the participant's interests.
    InTheirInterests(Vec<String>),
    /// A programme the participant completed trained for the vacancy's occupation.
    TrainedFor(String),
    /// The participant speaks the language the vacancy requires at the level it requires.
    SpeaksRequiredLanguage(String),
    /// How many people the vacancy is for.
    Openings(u32),
}

impl Reason {
    /// What the reason names: the interests or skills, the number of open jobs, the distance in
    /// km, or the language; empty for the others.
    pub fn values(&self) -> Vec<String> {
        match self {
            Self::MatchesInterests(what) | Self::BuildsOnSkills(what) => what.clone(),
            Self::LabourDemand(openings) => vec![openings.to_string()],
            Self::WithinReach { km } => vec![km.to_string()],
            Self::TaughtInTheirLanguage(language)
            | Self::SpeaksRequiredLanguage(language)
            | Self::TrainedFor(language) => vec![language.clone()],
            Self::NeedsTheirSkills(what) | Self::InTheirInterests(what) => what.clone(),
            Self::Openings(n) => vec![n.to_string()],
            _ => Vec::new(),
        }
    }

    /// The reason in words a caseworker can read.
    pub fn text(&self) -> String {
        match self {
            Self::MatchesInterests(what) => {
                format!("Teaches {}, which they are interested in", what.join(", "))
            }
            Self::BuildsOnSkills(what) => {
                format!("Builds on skills they have: {}", what.join(", "))
            }
            Self::LabourDemand(openings) => {
                format!("Nearby: {openings} open job(s) for the occupations it trains for")
            }
            Self::NoLabourDemand => {
                "No open jobs nearby for the occupations it trains for".to_owned()
            }
            Self::WithinReach { km } => {
                format!("About {km} km away in a straight line, within their travel distance")
            }
            Self::DistanceUnknown => {
                "Distance unknown (a municipality is not recorded or not on the map)".to_owned()
            }
            Self::SettingAsPreferred => {
                "In the kind of place (town or countryside) they prefer".to_owned()
            }
            Self::SettingNotPreferred => {
                "Not in the kind of place (town or countryside) they prefer".to_owned()
            }
            Self::TaughtInTheirLanguage(language) => {
                format!("Taught in a language they speak ({language})")
            }
            Self::InterpretationOffered => {
                "Not taught in a language they speak, but interpretation is offered".to_owned()
            }
            Self::NoCommonLanguage => {
                "Not taught in a language they speak, and no interpretation".to_owned()
            }
            Self::ChildcareOffered => "Offers the childcare they need".to_owned(),
            Self::NoChildcare => "No childcare, which they need".to_owned(),
            Self::InterpretationNeededAndOffered => {
                "Offers the interpretation they need".to_owned()
            }
            Self::InterpretationNeededNotOffered => "No interpretation, which they need".to_owned(),
            Self::Full => "Full: they would join the waitlist".to_owned(),
            Self::NeedsTheirSkills(what) => {
                format!("Asks for skills they have: {}", what.join(", "))
            }
            Self::InTheirInterests(what) => {
                format!("In what they are interested in: {}", what.join(", "))
            }
            Self::TrainedFor(occupation) => {
                format!("They completed a programme training for it ({occupation})")
            }
            Self::SpeaksRequiredLanguage(language) => {
                format!("They speak the language it requires ({language})")
            }
            Self::Openings(n) => format!("{n} opening(s)"),
        }
    }
}

/// A programme worth offering: its score out of 100 and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub score: u32,
    pub reasons: Vec<Reason>,
}

/// Applies the hard filters, then scores. Eligibility sees only what the caller passes in the
/// profile, so a caller without the participant's legal group must not call this with it blank.
pub fn assess(
    participant: &ParticipantProfile,
    programme: &Programme,
    around: Surroundings,
    today: NaiveDate,
) -> Result<Assessment, Exclusion> {
    if !matches!(
        programme.status,
        ProgrammeStatus::Published | ProgrammeStatus::Running
    ) {
        return Err(Exclusion::NotOpen);
    }
    if programme.profile.ends_on.is_some_and(|end| end < today) {
        return Err(Exclusion::Ended);
    }
    check_eligibility(&programme.profile.eligibility, participant, today)
        .map_err(Exclusion::NotEligible)?;
    if let (Some(km), Some(max_km)) = (around.distance_km, participant.max_travel_km)
        && km > max_km
    {
        return Err(Exclusion::TooFar { km, max_km });
    }

    let mut reasons = Vec::new();
    // Each component is a share in 0..=1000 (thousandths), so the score stays in integers.
    let mut total = 0;
    let mut add = |weight: u32, share: u32| total += weight * share;

    let taught = lower_set(
        programme
            .profile
            .skills_taught
            .iter()
            .chain(&programme.profile.target_occupations),
    );
    let interests = overlap(&taught, &participant.interests);
    add(WEIGHTS.interests, saturating_share(interests.len(), 2));
    if !interests.is_empty() {
        reasons.push(Reason::MatchesInterests(interests));
    }
    let skills = overlap(&taught, &participant.skills);
    add(WEIGHTS.skills, saturating_share(skills.len(), 2));
    if !skills.is_empty() {
        reasons.push(Reason::BuildsOnSkills(skills));
    }

    let openings = around.open_vacancies_near;
    // Five openings count for half; demand never quite reaches the whole weight.
    add(WEIGHTS.labour_demand, openings * 1000 / (openings + 5));
    reasons.push(if openings > 0 {
        Reason::LabourDemand(openings)
    } else {
        Reason::NoLabourDemand
    });

    match (around.distance_km, participant.max_travel_km) {
        (Some(km), Some(max_km)) => {
            add(WEIGHTS.distance, 1000 - km * 1000 / max_km.max(1));
            reasons.push(Reason::WithinReach { km });
        }
        (Some(km), None) => {
            add(WEIGHTS.distance, 1000 * 20 / (20 + km));
            reasons.push(Reason::WithinReach { km });
        }
        (None, _) => {
            add(WEIGHTS.distance, 500);
            reasons.push(Reason::DistanceUnknown);
        }
    }

    match (participant.location_preference, around.setting) {
        (Some(LocationPreference::Any), _) | (None, _) | (_, None) => add(WEIGHTS.setting, 500),
        (Some(preferred), Some(setting)) => {
            let wanted = matches!(
                (preferred, setting),
                (LocationPreference::Urban, Setting::Urban)
                    | (LocationPreference::Rural, Setting::Rural)
            );
            add(WEIGHTS.setting, if wanted { 1000 } else { 0 });
            reasons.push(if wanted {
                Reason::SettingAsPreferred
            } else {
                Reason::SettingNotPreferred
            });
        }
    }

    let spoken: HashSet<&str> = std::iter::once(participant.preferred_language.as_str())
        .chain(participant.languages.iter().map(|l| l.language.as_str()))
        .collect();
    match programme
        .profile
        .languages_of_instruction
        .iter()
        .find(|l| spoken.contains(l.as_str()))
    {
        Some(language) => {
            add(WEIGHTS.language, 1000);
            reasons.push(Reason::TaughtInTheirLanguage(language.to_string()));
        }
        None if programme.profile.interpretation => {
            add(WEIGHTS.language, 600);
            reasons.push(Reason::InterpretationOffered);
        }
        None => reasons.push(Reason::NoCommonLanguage),
    }

    let mut needed: u32 = 0;
    let mut met: u32 = 0;
    for need in &participant.needs {
        let (offered, yes, no) = match need {
            ParticipantNeed::Childcare => (
                programme.profile.childcare,
                Reason::ChildcareOffered,
                Reason::NoChildcare,
            ),
            ParticipantNeed::Interpretation => (
                programme.profile.interpretation,
                Reason::InterpretationNeededAndOffered,
                Reason::InterpretationNeededNotOffered,
            ),
            _ => continue,
        };
        needed += 1;
        if offered {
            met += 1;
        }
        reasons.push(if offered { yes } else { no });
    }
    add(
        WEIGHTS.needs,
        // No needs: nothing is missing.
        (met * 1000).checked_div(needed).unwrap_or(1000),
    );

    if programme.enrolled_count >= programme.profile.capacity {
        reasons.push(Reason::Full);
    }
    Ok(Assessment {
        score: (total + 500) / 1000,
        reasons,
    })
}

/// How much each part of a vacancy's score counts; they add up to 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VacancyWeights {
    /// Skills the vacancy asks for that the participant has.
    pub skills: u32,
    /// The occupation or skills among the participant's interests.
    pub interests: u32,
    /// A completed programme that trained for the occupation.
    pub training: u32,
    /// Distance against the participant's maximum travel distance.
    pub distance: u32,
}

pub const VACANCY_WEIGHTS: VacancyWeights = VacancyWeights {
    skills: 35,
    interests: 20,
    training: 20,
    distance: 25,
};

/// Scores an open vacancy for a participant. Hard filters: still valid today, the language it
/// requires spoken at its level, within the participant's travel distance. `trained_for` are
/// the target occupations of the programmes the participant completed (lower-cased).
pub fn assess_vacancy(
    participant: &ParticipantProfile,
    vacancy: &crate::vacancy::Vacancy,
    trained_for: &[String],
    distance_km: Option<u32>,
    today: NaiveDate,
) -> Result<Assessment, Exclusion> {
    if vacancy.valid_until < today {
        return Err(Exclusion::Ended);
    }
    let rules = crate::programme::Eligibility {
        min_language: vacancy.min_language.clone(),
        ..crate::programme::Eligibility::default()
    };
    check_eligibility(&rules, participant, today).map_err(Exclusion::NotEligible)?;
    if let (Some(km), Some(max_km)) = (distance_km, participant.max_travel_km)
        && km > max_km
    {
        return Err(Exclusion::TooFar { km, max_km });
    }
    let mut reasons = Vec::new();
    let mut total = 0;
    let mut add = |weight: u32, share: u32| total += weight * share;

    let asked = lower_set(vacancy.skills.iter());
    let skills = overlap(&asked, &participant.skills);
    add(
        VACANCY_WEIGHTS.skills,
        if asked.is_empty() {
            500
        } else {
            saturating_share(skills.len(), asked.len().min(3))
        },
    );
    if !skills.is_empty() {
        reasons.push(Reason::NeedsTheirSkills(skills));
    }
    let occupation = vacancy.occupation.trim().to_lowercase();
    let wanted = lower_set(vacancy.skills.iter().chain(std::iter::once(&occupation)));
    let interests = overlap(&wanted, &participant.interests);
    add(
        VACANCY_WEIGHTS.interests,
        saturating_share(interests.len(), 1),
    );
    if !interests.is_empty() {
        reasons.push(Reason::InTheirInterests(interests));
    }
    if trained_for
        .iter()
        .any(|o| o.trim().to_lowercase() == occupation)
    {
        add(VACANCY_WEIGHTS.training, 1000);
        reasons.push(Reason::TrainedFor(occupation));
    }
    match (distance_km, participant.max_travel_km) {
        (Some(km), Some(max_km)) => {
            add(VACANCY_WEIGHTS.distance, 1000 - km * 1000 / max_km.max(1));
            reasons.push(Reason::WithinReach { km });
        }
        (Some(km), None) => {
            add(VACANCY_WEIGHTS.distance, 1000 * 20 / (20 + km));
            reasons.push(Reason::WithinReach { km });
        }
        (None, _) => {
            add(VACANCY_WEIGHTS.distance, 500);
            reasons.push(Reason::DistanceUnknown);
        }
    }
    if let Some(required) = &vacancy.min_language {
        reasons.push(Reason::SpeaksRequiredLanguage(
            required.language.to_string(),
        ));
    }
    reasons.push(Reason::Openings(vacancy.openings));
    Ok(Assessment {
        score: (total + 500) / 1000,
        reasons,
    })
}

fn lower_set<'a>(items: impl Iterator<Item = &'a String>) -> HashSet<String> {
    items.map(|s| s.trim().to_lowercase()).collect()
}

/// The participant's words (as they wrote them) that the programme's set holds.
fn overlap(set: &HashSet<String>, words: &[String]) -> Vec<String> {
    words
        .iter()
        .filter(|w| set.contains(&w.trim().to_lowercase()))
        .cloned()
        .collect()
}

/// `count` of `enough`, in thousandths, capped at the whole.
fn saturating_share(count: usize, enough: usize) -> u32 {
    let share = count.min(enough) * 1000 / enough.max(1);
    u32::try_from(share).unwrap_or(1000)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::LanguageCode;
    use crate::participant::{CefrLevel, LanguageSkill, LegalStatus};
    use crate::programme::{ProgrammeInput, ProgrammeKind};
    use uuid::Uuid;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn code(c: &str) -> LanguageCode {
        LanguageCode::parse("l", c).unwrap()
    }

    fn amina() -> ParticipantProfile {
        ParticipantProfile {
            given_name: "Amina".into(),
            family_name: None,
            birth_year: Some(1996),
            gender: None,
            email: None,
            phone: None,
            legal_status: Some(LegalStatus::InternationalProtection),
            country_of_origin: None,
            arrival_date: None,
            preferred_language: code("ar"),
            languages: vec![LanguageSkill {
                language: code("en"),
                level: CefrLevel::B1,
            }],
            slovenian_level: Some(CefrLevel::A2),
            education_level: None,
            skills: vec!["Sewing".into()],
            interests: vec!["welding".into(), "cooking".into()],
            needs: vec![],
            location_preference: None,
            max_travel_km: Some(40),
            municipality: Some("Koper".into()),
        }
    }

    fn welding() -> Programme {
        let profile = ProgrammeInput {
            kind: Some(ProgrammeKind::VocationalTraining),
            title: vec![("en".into(), "Welding".into())],
            municipality: "Koper".into(),
            capacity: 10,
            skills_taught: vec!["Welding".into(), "sewing".into()],
            target_occupations: vec!["welder".into()],
            languages_of_instruction: vec!["sl".into(), "en".into()],
            ..ProgrammeInput::default()
        }
        .validate()
        .unwrap();
        Programme {
            id: Uuid::nil(),
            lead_organisation_id: Uuid::nil(),
            partners: vec![],
            status: ProgrammeStatus::Published,
            profile,
            enrolled_count: 0,
            created_at: chrono::Utc::now(),
        }
    }

    fn near(openings: u32, km: u32) -> Surroundings {
        Surroundings {
            open_vacancies_near: openings,
            distance_km: Some(km),
            setting: Some(Setting::Urban),
        }
    }

    fn vacancy(
        occupation: &str,
        skills: &[&str],
        min_sl: Option<CefrLevel>,
    ) -> crate::vacancy::Vacancy {
        crate::vacancy::Vacancy {
            id: Uuid::nil(),
            organisation_id: Uuid::nil(),
            occupation: occupation.into(),
            skills: skills.iter().map(|s| (*s).to_owned()).collect(),
            min_language: min_sl.map(|level| crate::programme::LanguageRequirement {
                language: code("sl"),
                level,
            }),
            municipality: "Koper".into(),
            openings: 2,
            valid_until: today(),
            created_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn vacancies_score_skills_interests_training_and_distance() {
        let welder = vacancy("welder", &["welding", "sewing"], None);
        let trained =
            assess_vacancy(&amina(), &welder, &["welder".into()], Some(0), today()).unwrap();
        let untrained = assess_vacancy(&amina(), &welder, &[], Some(0), today()).unwrap();
        assert!(trained.score > untrained.score);
        assert!(
            trained
                .reasons
                .contains(&Reason::TrainedFor("welder".into()))
        );
        assert!(
            trained
                .reasons
                .contains(&Reason::NeedsTheirSkills(vec!["Sewing".into()]))
        );
        assert!(trained.reasons.contains(&Reason::Openings(2)));
        let far = assess_vacancy(&amina(), &welder, &[], Some(80), today());
        assert_eq!(far, Err(Exclusion::TooFar { km: 80, max_km: 40 }));
        let fluent = vacancy("welder", &[], Some(CefrLevel::B2));
        assert!(matches!(
            assess_vacancy(&amina(), &fluent, &[], Some(0), today()),
            Err(Exclusion::NotEligible(_))
        ));
        let expired = crate::vacancy::Vacancy {
            valid_until: today().pred_opt().unwrap(),
            ..welder
        };
        assert_eq!(
            assess_vacancy(&amina(), &expired, &[], Some(0), today()),
            Err(Exclusion::Ended)
        );
    }

    #[test]
    fn drafts_cancelled_and_finished_programmes_are_not_offered() {
        for status in [
            ProgrammeStatus::Draft,
            ProgrammeStatus::Completed,
            ProgrammeStatus::Cancelled,
        ] {
            let mut p = welding();
            p.status = status;
            assert_eq!(
                assess(&amina(), &p, near(0, 0), today()),
                Err(Exclusion::NotOpen)
            );
        }
        let mut p = welding();
        p.profile.ends_on = Some(today() - chrono::Days::new(1));
        assert_eq!(
            assess(&amina(), &p, near(0, 0), today()),
            Err(Exclusion::Ended)
        );
    }

    #[test]
    fn an_ineligible_participant_is_not_offered_the_programme_and_the_rule_is_named() {
        let mut p = welding();
        p.profile.eligibility.min_age = Some(40);
        match assess(&amina(), &p, near(0, 0), today()) {
            Err(Exclusion::NotEligible(err)) => assert_eq!(err.field, "eligibility.minAge"),
            other => panic!("expected NotEligible, got {other:?}"),
        }
    }

    #[test]
    fn a_programme_beyond_the_travel_distance_is_not_offered() {
        assert_eq!(
            assess(&amina(), &welding(), near(0, 55), today()),
            Err(Exclusion::TooFar { km: 55, max_km: 40 })
        );
    }

    #[test]
    fn interests_and_skills_raise_the_score_and_say_which() {
        let found = assess(&amina(), &welding(), near(0, 0), today()).unwrap();
        assert!(
            found
                .reasons
                .contains(&Reason::MatchesInterests(vec!["welding".into()]))
        );
        assert!(
            found
                .reasons
                .contains(&Reason::BuildsOnSkills(vec!["Sewing".into()]))
        );
        let mut bored = amina();
        bored.interests.clear();
        bored.skills.clear();
        let lower = assess(&bored, &welding(), near(0, 0), today()).unwrap();
        assert!(
            found.score > lower.score,
            "{} vs {}",
            found.score,
            lower.score
        );
    }

    #[test]
    fn labour_demand_nearby_raises_the_score() {
        let none = assess(&amina(), &welding(), near(0, 10), today()).unwrap();
        let some = assess(&amina(), &welding(), near(5, 10), today()).unwrap();
        assert!(some.score > none.score);
        assert!(none.reasons.contains(&Reason::NoLabourDemand));
        assert_eq!(
            Reason::LabourDemand(5).text(),
            "Nearby: 5 open job(s) for the occupations it trains for"
        );
    }

    #[test]
    fn nearer_is_better_and_unknown_distance_is_said() {
        let near_by = assess(&amina(), &welding(), near(0, 5), today()).unwrap();
        let far = assess(&amina(), &welding(), near(0, 35), today()).unwrap();
        assert!(near_by.score > far.score);
        let unknown = Surroundings::default();
        let found = assess(&amina(), &welding(), unknown, today()).unwrap();
        assert!(found.reasons.contains(&Reason::DistanceUnknown));
    }

    #[test]
    fn the_preferred_setting_counts() {
        let mut rural = amina();
        rural.location_preference = Some(LocationPreference::Rural);
        let in_town = assess(&rural, &welding(), near(0, 5), today()).unwrap();
        let countryside = Surroundings {
            setting: Some(Setting::Rural),
            ..near(0, 5)
        };
        let in_country = assess(&rural, &welding(), countryside, today()).unwrap();
        assert!(in_country.score > in_town.score);
        assert!(in_town.reasons.contains(&Reason::SettingNotPreferred));
        assert!(in_country.reasons.contains(&Reason::SettingAsPreferred));
    }

    #[test]
    fn the_language_of_instruction_or_interpretation_counts() {
        let spoken = assess(&amina(), &welding(), near(0, 5), today()).unwrap();
        assert!(
            spoken
                .reasons
                .contains(&Reason::TaughtInTheirLanguage("en".into()))
        );
        let mut slovene_only = welding();
        slovene_only.profile.languages_of_instruction = vec![code("sl")];
        let none = assess(&amina(), &slovene_only, near(0, 5), today()).unwrap();
        assert!(none.reasons.contains(&Reason::NoCommonLanguage));
        slovene_only.profile.interpretation = true;
        let interpreted = assess(&amina(), &slovene_only, near(0, 5), today()).unwrap();
        assert!(interpreted.reasons.contains(&Reason::InterpretationOffered));
        assert!(spoken.score > interpreted.score && interpreted.score > none.score);
    }

    #[test]
    fn childcare_and_interpretation_needs_count_when_they_are_needs() {
        let mut parent = amina();
        parent.needs = vec![ParticipantNeed::Childcare, ParticipantNeed::Interpretation];
        let without = assess(&parent, &welding(), near(0, 5), today()).unwrap();
        assert!(without.reasons.contains(&Reason::NoChildcare));
        assert!(
            without
                .reasons
                .contains(&Reason::InterpretationNeededNotOffered)
        );
        let mut caring = welding();
        caring.profile.childcare = true;
        caring.profile.interpretation = true;
        let with = assess(&parent, &caring, near(0, 5), today()).unwrap();
        assert!(with.reasons.contains(&Reason::ChildcareOffered));
        assert!(
            with.reasons
                .contains(&Reason::InterpretationNeededAndOffered)
        );
        assert!(with.score > without.score);
    }

    #[test]
    fn a_full_programme_is_offered_with_the_waitlist_said() {
        let mut full = welding();
        full.enrolled_count = 10;
        let found = assess(&amina(), &full, near(0, 5), today()).unwrap();
        assert!(found.reasons.contains(&Reason::Full));
        assert_eq!(Reason::Full.text(), "Full: they would join the waitlist");
    }

    #[test]
    fn weights_add_up_to_100_and_a_perfect_match_scores_near_it() {
        let w = WEIGHTS;
        assert_eq!(
            w.interests
                + w.skills
                + w.labour_demand
                + w.distance
                + w.setting
                + w.language
                + w.needs,
            100
        );
        let mut keen = amina();
        keen.skills = vec!["welding".into(), "sewing".into()];
        keen.interests = vec!["welding".into(), "welder".into()];
        keen.location_preference = Some(LocationPreference::Urban);
        let best = assess(&keen, &welding(), near(1000, 0), today()).unwrap();
        assert!(best.score >= 99 && best.score <= 100, "{}", best.score);
    }

    #[test]
    fn every_reason_reads_as_a_sentence() {
        let found = assess(&amina(), &welding(), near(3, 12), today()).unwrap();
        for reason in &found.reasons {
            let text = reason.text();
            assert!(
                text.chars().next().is_some_and(char::is_uppercase),
                "{text}"
            );
        }
        assert_eq!(
            Reason::MatchesInterests(vec!["welding".into()]).text(),
            "Teaches welding, which they are interested in"
        );
    }
}

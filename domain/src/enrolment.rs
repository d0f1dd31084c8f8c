//! Enrolment in a programme: eligibility, places and the waitlist, attendance, completion and
//! the follow-up outcomes that show whether the training led to work.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use uuid::Uuid;

use crate::ValidationError;
use crate::participant::ParticipantProfile;
use crate::programme::Eligibility;

closed_set! {
/// Where an enrolment stands.
pub enum EnrolmentStatus {
    /// Waiting for a place, in order of arrival.
    Waitlisted,
    /// Has a place.
    Enrolled,
    Completed,
    /// Left by their own choice (or their case worker's) before the end.
    Withdrawn,
    /// Stopped coming.
    DroppedOut,
}
}

closed_set! {
/// Whether a participant came to a session.
pub enum AttendanceStatus {
    Present,
    Absent,
    Excused,
}
}

closed_set! {
/// What a participant did after completing a programme.
pub enum FollowUpOutcome {
    Employed,
    SelfEmployed,
    FurtherEducation,
    JobSeeking,
    Unknown,
}
}

impl EnrolmentStatus {
    /// Holding a place or waiting for one: a second enrolment in the same programme would clash.
    pub fn is_active(self) -> bool {
        matches!(self, Self::Waitlisted | Self::Enrolled)
    }
}

impl FollowUpOutcome {
    /// In work: employed or self-employed.
    pub fn is_work(self) -> bool {
        matches!(self, Self::Employed | Self::SelfEmployed)
    }
}

/// A participant's enrolment in a programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrolment {
    pub id: Uuid,
    pub programme_id: Uuid,
    pub participant_id: Uuid,
    pub status: EnrolmentStatus,
    /// The referral this enrolment answers, if any: it follows the enrolment's status.
    pub referral_id: Option<Uuid>,
    pub enrolled_by_organisation_id: Uuid,
    pub modules_completed: Vec<String>,
    pub certificate_awarded: bool,
    pub completed_on: Option<NaiveDate>,
    /// Arrival order within the programme (1 is the first to arrive).
    pub position: u32,
    /// When the participant got a place, if they did.
    pub placed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

/// Checks every eligibility rule; the refusal names the rule that failed (`eligibility.<rule>`).
pub fn check_eligibility(
    rules: &Eligibility,
    participant: &ParticipantProfile,
    today: NaiveDate,
) -> Result<(), ValidationError> {
    if !rules.legal_statuses.is_empty()
        && !participant
            .legal_status
            .is_some_and(|status| rules.legal_statuses.contains(&status))
    {
        return Err(ValidationError::new(
            "eligibility.legalStatus",
            "the participant's legal status is not among those this programme accepts",
        ));
    }
    if let Some(required) = &rules.min_language {
        let level = participant
            .languages
            .iter()
            .filter(|skill| skill.language == required.language)
            .map(|skill| skill.level)
            .chain(
                (required.language.as_str() == "sl")
                    .then_some(participant.slovenian_level)
                    .flatten(),
            )
            .max();
        if level.is_none_or(|level| level < required.level) {
            return Err(ValidationError::new(
                "eligibility.minLanguage",
                format!(
                    "the programme needs {} at level {} or above",
                    required.language, required.level
                ),
            ));
        }
    }
    if rules.min_age.is_some() || rules.max_age.is_some() {
        let Some(birth_year) = participant.birth_year else {
            return Err(ValidationError::new(
                "eligibility.age",
                "the programme has an age range and the participant's birth year is not recorded",
            ));
        };
        let age = today.year() - birth_year;
        if rules.min_age.is_some_and(|min| age < i32::from(min)) {
            return Err(ValidationError::new(
                "eligibility.minAge",
                "the participant is too young for this programme",
            ));
        }
        if rules.max_age.is_some_and(|max| age > i32::from(max)) {
            return Err(ValidationError::new(
                "eligibility.maxAge",
                "the participant is above this programme's age range",
            ));
        }
    }
    Ok(())
}

/// Completion needs the minimum share of sessions attended.
pub fn check_completion(
    present: u32,
    sessions: u32,
    min_percent: u8,
) -> Result<(), ValidationError> {
    let attended = attendance_percent(present, sessions);
    if attended < f64::from(min_percent) {
        return Err(ValidationError::new(
            "attendance",
            format!("attended {attended:.0}% of sessions; completing needs {min_percent}%"),
        ));
    }
    Ok(())
}

fn attendance_percent(present: u32, sessions: u32) -> f64 {
    if sessions == 0 {
        100.0
    } else {
        f64::from(present) * 100.0 / f64::from(sessions)
    }
}

/// What `programme.stats` reports.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgrammeStats {
    pub enrolled: u32,
    pub waitlisted: u32,
    pub completed: u32,
    /// Completed among those who finished one way or another (completed, withdrawn from a place,
    /// dropped out); `None` before anyone has.
    pub completion_rate: Option<f64>,
    /// Present among all attendance recorded; `None` before any is.
    pub attendance_rate: Option<f64>,
    /// Among completions at least 3 (6) months old, the share with a work outcome dated within
    /// 3 (6) months of completion.
    pub employed_within_3_months: Option<f64>,
    pub employed_within_6_months: Option<f64>,
}

/// One enrolment, as the statistics see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnrolmentFacts {
    pub status: EnrolmentStatus,
    /// Whether the enrolment ever held a place (a waitlisted withdrawal does not count).
    pub had_place: bool,
    pub completed_on: Option<NaiveDate>,
    /// Dates of work outcomes.
    pub work_found_on: Vec<NaiveDate>,
}

/// Computes the statistics of a programme from its enrolments and attendance, as of `today`.
pub fn programme_stats(
    enrolments: &[EnrolmentFacts],
    present: u32,
    attendance_recorded: u32,
    today: NaiveDate,
) -> ProgrammeStats {
    let count = |status| {
        u32::try_from(enrolments.iter().filter(|e| e.status == status).count()).unwrap_or(u32::MAX)
    };
    let completed = count(EnrolmentStatus::Completed);
    let finished = enrolments
        .iter()
        .filter(|e| {
            e.status == EnrolmentStatus::Completed
                || e.status == EnrolmentStatus::DroppedOut
                || (e.status == EnrolmentStatus::Withdrawn && e.had_place)
        })
        .count();
    let share = |part: usize, whole: usize| (whole > 0).then(|| part as f64 / whole as f64);
    let within = |days: i64| {
        let eligible: Vec<&EnrolmentFacts> = enrolments
            .iter()
            .filter(|e| {
                e.completed_on
                    .is_some_and(|on| on + Duration::days(days) <= today)
            })
            .collect();
        let employed = eligible
            .iter()
            .filter(|e| {
                let Some(done) = e.completed_on else {
                    return false;
                };
                e.work_found_on
                    .iter()
                    .any(|on| *on >= done && *on <= done + Duration::days(days))
            })
            .count();
        share(employed, eligible.len())
    };
    ProgrammeStats {
        enrolled: count(EnrolmentStatus::Enrolled),
        waitlisted: count(EnrolmentStatus::Waitlisted),
        completed,
        completion_rate: share(completed as usize, finished),
        attendance_rate: share(present as usize, attendance_recorded as usize),
        employed_within_3_months: within(91),
        employed_within_6_months: within(182),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::LanguageCode;
    use crate::participant::{CefrLevel, LanguageSkill, LegalStatus};
    use crate::programme::LanguageRequirement;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn participant() -> ParticipantProfile {
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
            preferred_language: LanguageCode::parse("l", "ar").unwrap(),
            languages: vec![LanguageSkill {
                language: LanguageCode::parse("l", "en").unwrap(),
                level: CefrLevel::B1,
            }],
            slovenian_level: Some(CefrLevel::A2),
            education_level: None,
            skills: vec![],
            interests: vec![],
            needs: vec![],
            location_preference: None,
            max_travel_km: None,
            municipality: None,
        }
    }

    fn requirement(code: &str, level: CefrLevel) -> Option<LanguageRequirement> {
        Some(LanguageRequirement {
            language: LanguageCode::parse("l", code).unwrap(),
            level,
        })
    }

    #[test]
    fn each_rule_refuses_with_its_name() {
        let p = participant();
        let cases = [
            (
                "eligibility.legalStatus",
                Eligibility {
                    legal_statuses: vec![LegalStatus::Student],
                    ..Eligibility::default()
                },
            ),
            (
                "eligibility.minLanguage",
                Eligibility {
                    min_language: requirement("sl", CefrLevel::B1),
                    ..Eligibility::default()
                },
            ),
            (
                "eligibility.minLanguage",
                Eligibility {
                    min_language: requirement("de", CefrLevel::A1),
                    ..Eligibility::default()
                },
            ),
            (
                "eligibility.minAge",
                Eligibility {
                    min_age: Some(40),
                    ..Eligibility::default()
                },
            ),
            (
                "eligibility.maxAge",
                Eligibility {
                    max_age: Some(25),
                    ..Eligibility::default()
                },
            ),
        ];
        for (field, rules) in cases {
            assert_eq!(
                check_eligibility(&rules, &p, today()).unwrap_err().field,
                field
            );
        }
    }

    #[test]
    fn an_eligible_participant_passes() {
        let rules = Eligibility {
            legal_statuses: vec![
                LegalStatus::InternationalProtection,
                LegalStatus::SubsidiaryProtection,
            ],
            min_language: requirement("sl", CefrLevel::A2),
            min_age: Some(18),
            max_age: Some(35),
        };
        assert!(check_eligibility(&rules, &participant(), today()).is_ok());
        assert!(
            check_eligibility(
                &Eligibility {
                    min_language: requirement("en", CefrLevel::B1),
                    ..Eligibility::default()
                },
                &participant(),
                today()
            )
            .is_ok()
        );
    }

    #[test]
    fn an_unknown_birth_year_fails_an_age_range() {
        let mut p = participant();
        p.birth_year = None;
        let rules = Eligibility {
            min_age: Some(18),
            ..Eligibility::default()
        };
        assert_eq!(
            check_eligibility(&rules, &p, today()).unwrap_err().field,
            "eligibility.age"
        );
    }

    #[test]
    fn completion_needs_the_minimum_attendance() {
        assert!(check_completion(8, 10, 80).is_ok());
        assert_eq!(check_completion(7, 10, 80).unwrap_err().field, "attendance");
        assert!(check_completion(0, 0, 80).is_ok());
    }

    #[test]
    fn statistics_match_a_hand_computed_fixture() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let facts = |status, had_place, completed_on: Option<NaiveDate>, work: Vec<NaiveDate>| {
            EnrolmentFacts {
                status,
                had_place,
                completed_on,
                work_found_on: work,
            }
        };
        let enrolments = vec![
            // Completed in May, work in June (within 3 months).
            facts(
                EnrolmentStatus::Completed,
                true,
                Some(d(2026, 5, 1)),
                vec![d(2026, 6, 15)],
            ),
            // Completed in May, work in September (within 6 months, not 3).
            facts(
                EnrolmentStatus::Completed,
                true,
                Some(d(2026, 5, 1)),
                vec![d(2026, 9, 20)],
            ),
            // Completed in May, no work.
            facts(
                EnrolmentStatus::Completed,
                true,
                Some(d(2026, 5, 1)),
                vec![],
            ),
            // Completed last week: too recent to count for either window.
            facts(
                EnrolmentStatus::Completed,
                true,
                Some(d(2026, 11, 16)),
                vec![],
            ),
            facts(EnrolmentStatus::DroppedOut, true, None, vec![]),
            facts(EnrolmentStatus::Withdrawn, false, None, vec![]),
            facts(EnrolmentStatus::Enrolled, true, None, vec![]),
            facts(EnrolmentStatus::Waitlisted, false, None, vec![]),
        ];
        let stats = programme_stats(&enrolments, 30, 40, today());
        assert_eq!(
            (stats.enrolled, stats.waitlisted, stats.completed),
            (1, 1, 4)
        );
        assert_eq!(stats.completion_rate, Some(4.0 / 5.0));
        assert_eq!(stats.attendance_rate, Some(0.75));
        assert_eq!(stats.employed_within_3_months, Some(1.0 / 3.0));
        assert_eq!(stats.employed_within_6_months, Some(2.0 / 3.0));
    }
}

//! Enrolment in a programme: eligibility, places and the waitlist, attendance, completion and
//! the follow-up outcomes that show whether the training led to work.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use uuid::Uuid;

use crate::ValidationError;
use crate::participant::ParticipantProfile;
use crate::programme::Eligibility;
use crate::suppression::MinCell;

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

/// Completion needs the minimum share of sessions attended: `present` out of the `sessions` that
/// count (`session_counts`).
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

/// Whether a session counts towards an enrolment's minimum attendance: it has been held (it
/// started by `now`) and the participant was enrolled then (had a place by its start), or
/// attendance was recorded for them at it (a session entered after the fact still counts).
pub fn session_counts(
    starts_at: DateTime<Utc>,
    placed_at: Option<DateTime<Utc>>,
    marked: bool,
    now: DateTime<Utc>,
) -> bool {
    starts_at <= now && (marked || placed_at.is_none_or(|placed| starts_at >= placed))
}

/// Attendance is recorded for sessions that have started; a future one is refused (on
/// `sessionId`).
pub fn check_attendance_time(
    starts_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), ValidationError> {
    if starts_at > now {
        return Err(ValidationError::new(
            "sessionId",
            "the session has not started yet; attendance is recorded once it is held",
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

/// What `programme.stats` reports, in full (for organisers), with the size of the group of
/// people behind each rate.
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
    /// The people behind each rate: those who finished, those with attendance recorded, and the
    /// completions old enough for the 3- and 6-month windows.
    pub groups: StatsGroups,
}

/// How many people each rate of `ProgrammeStats` describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StatsGroups {
    pub finished: u32,
    pub attendees: u32,
    pub followed_3_months: u32,
    pub followed_6_months: u32,
}

/// `ProgrammeStats` as a viewer gets it: any figure may be withheld.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgrammeFigures {
    pub enrolled: Option<u32>,
    pub waitlisted: Option<u32>,
    pub completed: Option<u32>,
    pub completion_rate: Option<f64>,
    pub attendance_rate: Option<f64>,
    pub employed_within_3_months: Option<f64>,
    pub employed_within_6_months: Option<f64>,
}

impl ProgrammeStats {
    /// Every figure, for viewers entitled to the rows (the programme's organisers).
    pub fn in_full(&self) -> ProgrammeFigures {
        ProgrammeFigures {
            enrolled: Some(self.enrolled),
            waitlisted: Some(self.waitlisted),
            completed: Some(self.completed),
            completion_rate: self.completion_rate,
            attendance_rate: self.attendance_rate,
            employed_within_3_months: self.employed_within_3_months,
            employed_within_6_months: self.employed_within_6_months,
        }
    }

    /// The figures with every count and rate of a group under k people withheld, for everyone
    /// else (the public included).
    pub fn suppressed(&self, k: MinCell) -> ProgrammeFigures {
        let count = |n: u32| k.count(u64::from(n)).map(|_| n);
        let rate = |value: Option<f64>, people: u32| k.rate(value, u64::from(people));
        ProgrammeFigures {
            enrolled: count(self.enrolled),
            waitlisted: count(self.waitlisted),
            completed: count(self.completed),
            completion_rate: rate(self.completion_rate, self.groups.finished),
            attendance_rate: rate(self.attendance_rate, self.groups.attendees),
            employed_within_3_months: rate(
                self.employed_within_3_months,
                self.groups.followed_3_months,
            ),
            employed_within_6_months: rate(
                self.employed_within_6_months,
                self.groups.followed_6_months,
            ),
        }
    }
}

/// One enrolment, as the statistics see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnrolmentFacts {
    pub status: EnrolmentStatus,
    /// Whether the enrolment ever held a place (a waitlisted withdrawal does not count).
    pub had_place: bool,
    pub completed_on: Option<NaiveDate>,
    /// Dates of work outcomes and start dates of the participant's placements (`placement`).
    pub work_found_on: Vec<NaiveDate>,
}

/// Attendance over a programme: marks present, marks recorded, and the people (enrolments) with
/// at least one mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AttendanceFacts {
    pub present: u32,
    pub recorded: u32,
    pub attendees: u32,
}

/// Computes the statistics of a programme from its enrolments and attendance, as of `today`.
pub fn programme_stats(
    enrolments: &[EnrolmentFacts],
    attendance: AttendanceFacts,
    today: NaiveDate,
) -> ProgrammeStats {
    let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let count = |status| to_u32(enrolments.iter().filter(|e| e.status == status).count());
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
        (share(employed, eligible.len()), to_u32(eligible.len()))
    };
    let (employed_within_3_months, followed_3_months) = within(91);
    let (employed_within_6_months, followed_6_months) = within(182);
    ProgrammeStats {
        enrolled: count(EnrolmentStatus::Enrolled),
        waitlisted: count(EnrolmentStatus::Waitlisted),
        completed,
        completion_rate: share(completed as usize, finished),
        attendance_rate: share(attendance.present as usize, attendance.recorded as usize),
        employed_within_3_months,
        employed_within_6_months,
        groups: StatsGroups {
            finished: to_u32(finished),
            attendees: attendance.attendees,
            followed_3_months,
            followed_6_months,
        },
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
    fn sessions_count_once_held_while_enrolled_or_when_marked() {
        let at = |day| {
            NaiveDate::from_ymd_opt(2026, 11, day)
                .unwrap()
                .and_hms_opt(9, 0, 0)
                .unwrap()
                .and_utc()
        };
        let now = at(20);
        let placed = Some(at(10));
        // Held while enrolled: counts, marked or not.
        assert!(session_counts(at(12), placed, false, now));
        // Not held yet: does not count.
        assert!(!session_counts(at(25), placed, false, now));
        assert!(!session_counts(at(25), placed, true, now));
        // Before the place: counts only when attendance was recorded for it.
        assert!(!session_counts(at(5), placed, false, now));
        assert!(session_counts(at(5), placed, true, now));
        assert!(session_counts(at(5), None, false, now));
    }

    #[test]
    fn attendance_is_refused_for_sessions_not_yet_held() {
        let now = Utc::now();
        assert!(check_attendance_time(now - Duration::hours(1), now).is_ok());
        assert_eq!(
            check_attendance_time(now + Duration::hours(1), now)
                .unwrap_err()
                .field,
            "sessionId"
        );
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
        let attendance = AttendanceFacts {
            present: 30,
            recorded: 40,
            attendees: 4,
        };
        let stats = programme_stats(&enrolments, attendance, today());
        assert_eq!(
            (stats.enrolled, stats.waitlisted, stats.completed),
            (1, 1, 4)
        );
        assert_eq!(stats.completion_rate, Some(4.0 / 5.0));
        assert_eq!(stats.attendance_rate, Some(0.75));
        assert_eq!(stats.employed_within_3_months, Some(1.0 / 3.0));
        assert_eq!(stats.employed_within_6_months, Some(2.0 / 3.0));
        assert_eq!(
            stats.groups,
            StatsGroups {
                finished: 5,
                attendees: 4,
                followed_3_months: 3,
                followed_6_months: 3,
            }
        );
        // Organisers get everything; the public gets only groups of five or more.
        assert_eq!(stats.in_full().attendance_rate, Some(0.75));
        let public = stats.suppressed(MinCell::DEFAULT);
        assert_eq!(
            (public.enrolled, public.waitlisted, public.completed),
            (None, None, None)
        );
        assert_eq!(public.completion_rate, Some(4.0 / 5.0));
        assert_eq!(public.attendance_rate, None);
        assert_eq!(public.employed_within_3_months, None);
        assert_eq!(public.employed_within_6_months, None);
    }
}

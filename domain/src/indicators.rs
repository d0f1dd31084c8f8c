//! Indicators: referrals counted by need, status, month, the two organisations' kinds and the
//! participant's gender and age band; how long first answers and completions take (median and
//! 90th percentile); programme completion and employment by programme kind and cohort. Pure
//! arithmetic over facts the persistence layer reads; small-cell suppression is applied to the
//! result by the caller (`suppression`).

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use strum::IntoEnumIterator;

use crate::enrolment::{AttendanceFacts, EnrolmentFacts, ProgrammeStats, programme_stats};
use crate::organisation::OrganisationKind;
use crate::participant::Gender;
use crate::programme::ProgrammeKind;
use crate::referral::{NeedDomain, ReferralStatus};

/// One sent referral, as indicators see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralFacts {
    pub status: ReferralStatus,
    pub need_domain: NeedDomain,
    pub sent_at: DateTime<Utc>,
    pub first_response_at: Option<DateTime<Utc>>,
    /// When it was completed (status `COMPLETED`).
    pub completed_at: Option<DateTime<Utc>>,
    pub referring_kind: OrganisationKind,
    pub receiving_kind: OrganisationKind,
    pub gender: Option<Gender>,
    pub birth_year: Option<i32>,
}

closed_set! {
/// What referrals can be grouped by.
pub enum ReferralDimension {
    NeedDomain,
    Status,
    Month,
    ReferringOrganisationKind,
    ReceivingOrganisationKind,
    Gender,
    AgeBand,
}
}

/// Age bands, by age in years at sending; the last is for an unknown birth year.
pub const AGE_BANDS: [&str; 8] = [
    "0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "UNKNOWN",
];

/// The label of "not known" (gender, age).
pub const UNKNOWN: &str = "UNKNOWN";

fn age_band(birth_year: Option<i32>, sent_on: NaiveDate) -> &'static str {
    let Some(born) = birth_year else {
        return UNKNOWN;
    };
    match sent_on.year() - born {
        ..=17 => AGE_BANDS[0],
        18..=24 => AGE_BANDS[1],
        25..=34 => AGE_BANDS[2],
        35..=44 => AGE_BANDS[3],
        45..=54 => AGE_BANDS[4],
        55..=64 => AGE_BANDS[5],
        _ => AGE_BANDS[6],
    }
}

fn month(at: DateTime<Utc>) -> String {
    format!("{:04}-{:02}", at.year(), at.month())
}

impl ReferralDimension {
    /// The group a referral falls in.
    pub fn group_of(self, facts: &ReferralFacts) -> String {
        match self {
            Self::NeedDomain => facts.need_domain.to_string(),
            Self::Status => facts.status.to_string(),
            Self::Month => month(facts.sent_at),
            Self::ReferringOrganisationKind => facts.referring_kind.to_string(),
            Self::ReceivingOrganisationKind => facts.receiving_kind.to_string(),
            Self::Gender => facts
                .gender
                .map_or_else(|| UNKNOWN.to_owned(), |g| g.to_string()),
            Self::AgeBand => age_band(facts.birth_year, facts.sent_at.date_naive()).to_owned(),
        }
    }

    /// Every group, in order. Closed sets list every value (a group with nobody in it is a
    /// count of zero, withheld like any count under k); months run from the first to the last
    /// month with a referral.
    pub fn groups(self, facts: &[ReferralFacts]) -> Vec<String> {
        fn all<T: IntoEnumIterator + ToString>() -> Vec<String> {
            T::iter().map(|v| v.to_string()).collect()
        }
        match self {
            Self::NeedDomain => all::<NeedDomain>(),
            Self::Status => ReferralStatus::iter()
                .filter(|s| *s != ReferralStatus::Draft)
                .map(|s| s.to_string())
                .collect(),
            Self::Month => {
                let (Some(first), Some(last)) = (
                    facts.iter().map(|f| f.sent_at).min(),
                    facts.iter().map(|f| f.sent_at).max(),
                ) else {
                    return Vec::new();
                };
                let mut months = Vec::new();
                let (mut year, mut m) = (first.year(), first.month());
                while (year, m) <= (last.year(), last.month()) {
                    months.push(format!("{year:04}-{m:02}"));
                    (year, m) = if m == 12 {
                        (year + 1, 1)
                    } else {
                        (year, m + 1)
                    };
                }
                months
            }
            Self::ReferringOrganisationKind | Self::ReceivingOrganisationKind => {
                all::<OrganisationKind>()
            }
            Self::Gender => {
                let mut groups = all::<Gender>();
                groups.push(UNKNOWN.to_owned());
                groups
            }
            Self::AgeBand => AGE_BANDS.iter().map(|b| (*b).to_owned()).collect(),
        }
    }
}

/// Referral counts by one dimension (`columns` empty, one count per row in `cells[r][0]`) or
/// two (rows by the first, columns by the second).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountTable {
    pub rows: Vec<String>,
    pub columns: Vec<String>,
    pub cells: Vec<Vec<u64>>,
}

/// Counts `facts` by `rows` and, if given, `columns`.
pub fn count_table(
    facts: &[ReferralFacts],
    rows: ReferralDimension,
    columns: Option<ReferralDimension>,
) -> CountTable {
    let row_groups = rows.groups(facts);
    let column_groups = columns.map(|c| c.groups(facts)).unwrap_or_default();
    let width = column_groups.len().max(1);
    let mut cells = vec![vec![0u64; width]; row_groups.len()];
    for fact in facts {
        let r = row_groups.iter().position(|g| *g == rows.group_of(fact));
        let c = match columns {
            Some(dimension) => {
                let group = dimension.group_of(fact);
                column_groups.iter().position(|g| *g == group)
            }
            None => Some(0),
        };
        if let (Some(r), Some(c)) = (r, c) {
            cells[r][c] += 1;
        }
    }
    CountTable {
        rows: row_groups,
        columns: column_groups,
        cells,
    }
}

/// How long something took, over a group of referrals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Durations {
    /// The group (`None`: all referrals).
    pub group: Option<String>,
    /// How many referrals got that far (the people behind the figures).
    pub count: u64,
    pub median_seconds: Option<i64>,
    pub p90_seconds: Option<i64>,
}

/// What is timed: from sending to the first answer, or to completion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timed {
    FirstResponse,
    Completion,
}

impl Timed {
    fn seconds(self, facts: &ReferralFacts) -> Option<i64> {
        let end = match self {
            Self::FirstResponse => facts.first_response_at,
            Self::Completion => facts.completed_at,
        }?;
        Some((end - facts.sent_at).num_seconds())
    }
}

/// The median and 90th percentile of `timed` over all `facts` (first) and over each group of
/// `by` (in the dimension's order).
pub fn durations(
    facts: &[ReferralFacts],
    timed: Timed,
    by: Option<ReferralDimension>,
) -> Vec<Durations> {
    let figures = |group: Option<String>, selected: &mut dyn Iterator<Item = &ReferralFacts>| {
        let mut seconds: Vec<i64> = selected.filter_map(|f| timed.seconds(f)).collect();
        seconds.sort_unstable();
        Durations {
            group,
            count: seconds.len() as u64,
            median_seconds: median(&seconds),
            p90_seconds: percentile_90(&seconds),
        }
    };
    let mut all = vec![figures(None, &mut facts.iter())];
    if let Some(dimension) = by {
        for group in dimension.groups(facts) {
            let mut members = facts.iter().filter(|f| dimension.group_of(f) == group);
            let figures = figures(Some(group.clone()), &mut members);
            all.push(figures);
        }
    }
    all
}

/// The middle value of sorted values; the mean of the two middle ones for an even count
/// (rounded towards zero).
pub fn median(sorted: &[i64]) -> Option<i64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2),
    }
}

/// The 90th percentile of sorted values by the nearest-rank method: the smallest value with at
/// least 90% of the values at or below it (the ⌈0.9·n⌉-th).
pub fn percentile_90(sorted: &[i64]) -> Option<i64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    let rank = (n * 9).div_ceil(10);
    Some(sorted[rank.max(1) - 1])
}

/// One enrolment with what programme indicators group it by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnrolmentIndicatorFacts {
    pub programme_kind: ProgrammeKind,
    /// When the enrolment was made (its year is the cohort).
    pub enrolled_at: DateTime<Utc>,
    pub facts: EnrolmentFacts,
}

closed_set! {
/// What programme outcomes can be grouped by.
pub enum ProgrammeDimension {
    ProgrammeKind,
    /// The year of enrolment.
    Cohort,
}
}

/// Completion and employment for one group of enrolments.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgrammeOutcome {
    pub group: String,
    pub stats: ProgrammeStats,
}

/// Programme statistics (`enrolment::programme_stats`, without attendance) per programme kind
/// (every kind listed) or per cohort (every year from the first to the last enrolment).
pub fn programme_outcomes(
    enrolments: &[EnrolmentIndicatorFacts],
    by: ProgrammeDimension,
    today: NaiveDate,
) -> Vec<ProgrammeOutcome> {
    let mut groups: BTreeMap<String, Vec<EnrolmentFacts>> = BTreeMap::new();
    let order: Vec<String> = match by {
        ProgrammeDimension::ProgrammeKind => ProgrammeKind::iter().map(|k| k.to_string()).collect(),
        ProgrammeDimension::Cohort => {
            let years = enrolments.iter().map(|e| e.enrolled_at.year());
            match (years.clone().min(), years.max()) {
                (Some(first), Some(last)) => (first..=last).map(|y| y.to_string()).collect(),
                _ => Vec::new(),
            }
        }
    };
    for enrolment in enrolments {
        let group = match by {
            ProgrammeDimension::ProgrammeKind => enrolment.programme_kind.to_string(),
            ProgrammeDimension::Cohort => enrolment.enrolled_at.year().to_string(),
        };
        groups
            .entry(group)
            .or_default()
            .push(enrolment.facts.clone());
    }
    order
        .into_iter()
        .map(|group| {
            let facts = groups.remove(&group).unwrap_or_default();
            ProgrammeOutcome {
                stats: programme_stats(&facts, AttendanceFacts::default(), today),
                group,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::enrolment::EnrolmentStatus;
    use chrono::{Duration, TimeZone};

    fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 9, 0, 0)
            .single()
            .expect("a date")
    }

    fn referral(sent: DateTime<Utc>) -> ReferralFacts {
        ReferralFacts {
            status: ReferralStatus::Sent,
            need_domain: NeedDomain::Employment,
            sent_at: sent,
            first_response_at: None,
            completed_at: None,
            referring_kind: OrganisationKind::Ngo,
            receiving_kind: OrganisationKind::LabourAgency,
            gender: Some(Gender::Female),
            birth_year: Some(1990),
        }
    }

    #[test]
    fn percentiles_by_nearest_rank() {
        assert_eq!(percentile_90(&[]), None);
        assert_eq!(percentile_90(&[7]), Some(7));
        let ten: Vec<i64> = (1..=10).collect();
        assert_eq!(percentile_90(&ten), Some(9));
        let eleven: Vec<i64> = (1..=11).collect();
        assert_eq!(percentile_90(&eleven), Some(10));
        assert_eq!(median(&ten), Some(5));
        assert_eq!(median(&eleven), Some(6));
    }

    #[test]
    fn age_bands_count_years_at_sending() {
        let on = NaiveDate::from_ymd_opt(2026, 3, 1).expect("a date");
        assert_eq!(age_band(Some(2009), on), "0-17");
        assert_eq!(age_band(Some(2008), on), "18-24");
        assert_eq!(age_band(Some(2002), on), "18-24");
        assert_eq!(age_band(Some(2001), on), "25-34");
        assert_eq!(age_band(Some(1961), on), "65+");
        assert_eq!(age_band(None, on), "UNKNOWN");
    }

    #[test]
    fn a_two_way_table_lists_every_group_and_counts_each_referral_once() {
        let mut a = referral(at(2026, 1, 5));
        a.gender = None;
        let b = referral(at(2026, 3, 5));
        let table = count_table(
            &[a, b],
            ReferralDimension::Month,
            Some(ReferralDimension::Gender),
        );
        assert_eq!(table.rows, vec!["2026-01", "2026-02", "2026-03"]);
        assert_eq!(
            table.columns,
            vec!["FEMALE", "MALE", "NON_BINARY", "UNDISCLOSED", "UNKNOWN"]
        );
        assert_eq!(table.cells[0], vec![0, 0, 0, 0, 1]);
        assert_eq!(table.cells[1], vec![0, 0, 0, 0, 0]);
        assert_eq!(table.cells[2], vec![1, 0, 0, 0, 0]);
        let by_status = count_table(&table_facts(), ReferralDimension::Status, None);
        assert!(!by_status.rows.contains(&"DRAFT".to_owned()));
        assert_eq!(by_status.cells.iter().map(|c| c[0]).sum::<u64>(), 3);
    }

    fn table_facts() -> Vec<ReferralFacts> {
        (0..3).map(|i| referral(at(2026, 1, 1 + i))).collect()
    }

    #[test]
    fn durations_overall_and_by_group() {
        let sent = at(2026, 1, 1);
        let mut facts = Vec::new();
        for hours in [1, 2, 3, 4, 10] {
            let mut f = referral(sent);
            f.first_response_at = Some(sent + Duration::hours(hours));
            facts.push(f);
        }
        let mut housing = referral(sent);
        housing.need_domain = NeedDomain::Housing;
        housing.first_response_at = Some(sent + Duration::hours(20));
        facts.push(housing);
        facts.push(referral(sent)); // never answered
        let figures = durations(
            &facts,
            Timed::FirstResponse,
            Some(ReferralDimension::NeedDomain),
        );
        assert_eq!(figures[0].group, None);
        assert_eq!(figures[0].count, 6);
        assert_eq!(figures[0].median_seconds, Some(3 * 3600 + 1800));
        assert_eq!(figures[0].p90_seconds, Some(20 * 3600));
        let employment = &figures[1];
        assert_eq!(employment.group.as_deref(), Some("EMPLOYMENT"));
        assert_eq!(employment.count, 5);
        assert_eq!(employment.median_seconds, Some(3 * 3600));
        assert_eq!(employment.p90_seconds, Some(10 * 3600));
        assert_eq!(figures.len(), 1 + NeedDomain::iter().count());
        assert!(
            durations(&facts, Timed::Completion, None)[0]
                .median_seconds
                .is_none()
        );
    }

    #[test]
    fn programme_outcomes_by_cohort_cover_every_year() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
        let done = |year: i32, employed: bool| EnrolmentIndicatorFacts {
            programme_kind: ProgrammeKind::LanguageCourse,
            enrolled_at: at(year, 2, 1),
            facts: EnrolmentFacts {
                status: EnrolmentStatus::Completed,
                had_place: true,
                completed_on: NaiveDate::from_ymd_opt(year, 6, 1),
                work_found_on: if employed {
                    NaiveDate::from_ymd_opt(year, 7, 1).into_iter().collect()
                } else {
                    Vec::new()
                },
            },
        };
        let outcomes = programme_outcomes(
            &[done(2023, true), done(2025, false), done(2025, true)],
            ProgrammeDimension::Cohort,
            today,
        );
        let groups: Vec<&str> = outcomes.iter().map(|o| o.group.as_str()).collect();
        assert_eq!(groups, vec!["2023", "2024", "2025"]);
        assert_eq!(outcomes[1].stats.completed, 0);
        assert_eq!(outcomes[2].stats.completed, 2);
        assert_eq!(outcomes[2].stats.employed_within_3_months, Some(0.5));
        let by_kind = programme_outcomes(
            &[done(2023, true)],
            ProgrammeDimension::ProgrammeKind,
            today,
        );
        assert_eq!(by_kind.len(), ProgrammeKind::iter().count());
    }
}

//! Job outcomes as records: a placement is a job a participant started, with its employer,
//! occupation, contract, hours and start date, and whether it uses what a programme trained.
//!
//! Employment rates count placements: a placement starting on or after a completion and within
//! 3 (6) months (90 and 180 days) of it counts as "employed within 3 (6) months" for that
//! completion, like a work follow-up outcome dated that day (`enrolment::programme_stats`). Every
//! placement of the participant counts, linked to the enrolment or not: the rate says whether
//! people found work after the programme, not only work its organisers recorded.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use uuid::Uuid;

use crate::{ValidationError, text};

closed_set! {
/// The kind of contract of a placement.
pub enum ContractType {
    /// Open-ended employment.
    Permanent,
    /// Employment for a fixed term.
    FixedTerm,
    /// Work through a temporary-work agency.
    AgencyWork,
    /// Seasonal work.
    Seasonal,
    /// An apprenticeship or paid traineeship.
    Apprenticeship,
    /// Working on one's own account.
    SelfEmployed,
}
}

/// Who employs the participant: an organisation on the platform, or one named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Employer {
    Organisation(Uuid),
    Named(String),
}

/// A stored placement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    pub id: Uuid,
    pub participant_id: Uuid,
    pub enrolment_id: Option<Uuid>,
    pub programme_id: Option<Uuid>,
    pub employer: Employer,
    pub occupation: String,
    pub contract_type: ContractType,
    pub hours_per_week: u32,
    pub starts_on: NaiveDate,
    /// Whether the job uses what the programme trained.
    pub uses_training: bool,
    pub recorded_by_organisation_id: Uuid,
    pub created_at: DateTime<Utc>,
}

/// A placement's details as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacementInput {
    pub employer_organisation_id: Option<Uuid>,
    pub employer_name: Option<String>,
    pub occupation: String,
    pub contract_type: ContractType,
    pub hours_per_week: u32,
    pub starts_on: NaiveDate,
    pub uses_training: bool,
}

/// A placement's details, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacementDetails {
    pub employer: Employer,
    pub occupation: String,
    pub contract_type: ContractType,
    pub hours_per_week: u32,
    pub starts_on: NaiveDate,
    pub uses_training: bool,
}

impl PlacementInput {
    /// Most hours a week a placement may have.
    pub const HOURS_MAX: u32 = 60;

    /// Exactly one employer (`employer`), an occupation (lower-cased, like vacancies'), 1 to 60
    /// hours a week, and a start date not more than a year ahead of `today`.
    pub fn validate(self, today: NaiveDate) -> Result<PlacementDetails, ValidationError> {
        let name = text::optional("employerName", self.employer_name.as_deref(), 200)?;
        let employer = match (self.employer_organisation_id, name) {
            (Some(id), None) => Employer::Organisation(id),
            (None, Some(name)) => Employer::Named(name),
            _ => {
                return Err(ValidationError::new(
                    "employer",
                    "give either employerOrganisationId or employerName",
                ));
            }
        };
        if !(1..=Self::HOURS_MAX).contains(&self.hours_per_week) {
            return Err(ValidationError::new(
                "hoursPerWeek",
                format!("must be between 1 and {}", Self::HOURS_MAX),
            ));
        }
        let starts_on = crate::calendar::date("startsOn", self.starts_on)?;
        if starts_on > today + Duration::days(366) {
            return Err(ValidationError::new(
                "startsOn",
                "must not be more than a year ahead",
            ));
        }
        Ok(PlacementDetails {
            employer,
            occupation: text::required("occupation", &self.occupation, 120)?.to_lowercase(),
            contract_type: self.contract_type,
            hours_per_week: self.hours_per_week,
            starts_on,
            uses_training: self.uses_training,
        })
    }
}

/// A placement counts for an enrolment only once it is linked to a programme the participant
/// enrolled in: the enrolment it names must be the participant's in that programme.
pub fn check_link(
    participant_id: Uuid,
    enrolment: Option<(Uuid, Uuid)>,
    programme_id: Option<Uuid>,
) -> Result<Option<Uuid>, ValidationError> {
    match (enrolment, programme_id) {
        (Some((enrolment_participant, enrolment_programme)), programme) => {
            if enrolment_participant != participant_id {
                return Err(ValidationError::new(
                    "enrolmentId",
                    "must be an enrolment of this participant",
                ));
            }
            if programme.is_some_and(|p| p != enrolment_programme) {
                return Err(ValidationError::new(
                    "programmeId",
                    "must be the programme of the enrolment",
                ));
            }
            Ok(Some(enrolment_programme))
        }
        (None, programme) => Ok(programme),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> PlacementInput {
        PlacementInput {
            employer_organisation_id: None,
            employer_name: Some(" Luka Koper d.d. ".into()),
            occupation: "Welder".into(),
            contract_type: ContractType::FixedTerm,
            hours_per_week: 40,
            starts_on: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            uses_training: true,
        }
    }

    #[test]
    fn a_placement_is_checked_field_by_field() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let ok = input().validate(today).unwrap();
        assert_eq!(ok.employer, Employer::Named("Luka Koper d.d.".into()));
        assert_eq!(ok.occupation, "welder");
        let cases = [
            (
                "employer",
                PlacementInput {
                    employer_name: None,
                    ..input()
                },
            ),
            (
                "employer",
                PlacementInput {
                    employer_organisation_id: Some(Uuid::nil()),
                    ..input()
                },
            ),
            (
                "hoursPerWeek",
                PlacementInput {
                    hours_per_week: 0,
                    ..input()
                },
            ),
            (
                "startsOn",
                PlacementInput {
                    starts_on: NaiveDate::from_ymd_opt(2028, 1, 1).unwrap(),
                    ..input()
                },
            ),
            (
                "occupation",
                PlacementInput {
                    occupation: " ".into(),
                    ..input()
                },
            ),
        ];
        for (field, broken) in cases {
            assert_eq!(broken.validate(today).unwrap_err().field, field);
        }
    }

    #[test]
    fn a_link_names_the_participants_enrolment() {
        let (me, other, programme) = (Uuid::from_u128(1), Uuid::from_u128(2), Uuid::from_u128(3));
        assert_eq!(
            check_link(me, Some((me, programme)), None),
            Ok(Some(programme))
        );
        assert_eq!(
            check_link(me, Some((other, programme)), None)
                .unwrap_err()
                .field,
            "enrolmentId"
        );
        assert_eq!(
            check_link(me, Some((me, programme)), Some(other))
                .unwrap_err()
                .field,
            "programmeId"
        );
        assert_eq!(check_link(me, None, Some(programme)), Ok(Some(programme)));
    }
}

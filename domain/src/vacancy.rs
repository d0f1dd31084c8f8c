//! Vacancies: labour demand posted by labour agencies and companies.

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use crate::programme::LanguageRequirement;
use crate::{ValidationError, text};

/// An open position (or several).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vacancy {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub occupation: String,
    pub skills: Vec<String>,
    pub min_language: Option<LanguageRequirement>,
    pub municipality: String,
    pub openings: u32,
    pub valid_until: NaiveDate,
    pub created_at: DateTime<Utc>,
}

/// Validates the text fields and numbers of a vacancy; returns (occupation, skills, municipality).
pub fn check_vacancy(
    occupation: &str,
    skills: &[String],
    municipality: &str,
    openings: u32,
    valid_until: NaiveDate,
    today: NaiveDate,
) -> Result<(String, Vec<String>, String), ValidationError> {
    if !(1..=10_000).contains(&openings) {
        return Err(ValidationError::new(
            "openings",
            "must be between 1 and 10000",
        ));
    }
    crate::calendar::date("validUntil", valid_until)?;
    if valid_until < today {
        return Err(ValidationError::new(
            "validUntil",
            "must not be in the past",
        ));
    }
    let tags = text::tags("skills", skills, 60)?;
    Ok((
        text::required("occupation", occupation, 120)?.to_lowercase(),
        tags,
        text::required("municipality", municipality, 100)?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vacancy_is_checked() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert!(check_vacancy("Welder", &["welding".into()], "Koper", 3, today, today).is_ok());
        assert_eq!(
            check_vacancy("Welder", &[], "Koper", 0, today, today)
                .unwrap_err()
                .field,
            "openings"
        );
        assert_eq!(
            check_vacancy("Welder", &[], "Koper", 1, today.pred_opt().unwrap(), today)
                .unwrap_err()
                .field,
            "validUntil"
        );
        assert_eq!(
            check_vacancy(" ", &[], "Koper", 1, today, today)
                .unwrap_err()
                .field,
            "occupation"
        );
    }
}

//! Erasure (GDPR art. 17): what becomes of a participant's record when it is erased.
//!
//! Erasure anonymises rather than deletes: every personal value of the person disappears, while
//! what carries no identity (statuses, outcomes, the rows themselves) stays, so that indicators
//! and programme figures still count the person. Free texts about the person are replaced by
//! [`ERASED`]; dates of their life are coarsened to the first day of their month.

use chrono::{Datelike, NaiveDate};

use crate::ValidationError;

/// What an erased free text reads.
pub const ERASED: &str = "[erased]";

/// Why a record was erased, kept with who erased it (never with who was erased).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErasureReason(String);

impl ErasureReason {
    /// A reason of 3 to 500 characters (a request under art. 17, a court order, …).
    pub fn parse(text: &str) -> Result<Self, ValidationError> {
        let text = crate::text::required("reason", text, 500)?;
        if text.chars().count() < 3 {
            return Err(ValidationError::new(
                "reason",
                "must say why, in a few words",
            ));
        }
        Ok(Self(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The first day of `date`'s month: a date that still places an event in time for figures, but
/// no longer on a day that could single a person out.
pub fn month_of(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_required_and_bounded() {
        assert_eq!(ErasureReason::parse("  ").unwrap_err().field, "reason");
        assert_eq!(ErasureReason::parse("ok").unwrap_err().field, "reason");
        assert!(ErasureReason::parse(&"x".repeat(501)).is_err());
        assert_eq!(
            ErasureReason::parse(" Request under art. 17 ")
                .unwrap()
                .as_str(),
            "Request under art. 17"
        );
    }

    #[test]
    fn dates_are_coarsened_to_their_month() {
        let day = NaiveDate::from_ymd_opt(2026, 2, 28).unwrap();
        assert_eq!(month_of(day), NaiveDate::from_ymd_opt(2026, 2, 1).unwrap());
    }
}

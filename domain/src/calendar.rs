//! Dates and times a person typed: within a sane range, so that a slip of the keyboard (year 20
//! or 20260) is refused rather than stored and sorted against real dates.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use crate::ValidationError;

/// The earliest year a date may have.
pub const EARLIEST_YEAR: i32 = 1900;
/// The latest year a date may have.
pub const LATEST_YEAR: i32 = 2200;

fn in_range(field: &str, year: i32) -> Result<(), ValidationError> {
    if (EARLIEST_YEAR..=LATEST_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(ValidationError::new(
            field,
            format!("must be a date between the years {EARLIEST_YEAR} and {LATEST_YEAR}"),
        ))
    }
}

/// A date between the years 1900 and 2200, named `field` when refused.
pub fn date(field: &str, value: NaiveDate) -> Result<NaiveDate, ValidationError> {
    in_range(field, value.year()).map(|()| value)
}

/// An optional date, checked like `date`.
pub fn optional_date(
    field: &str,
    value: Option<NaiveDate>,
) -> Result<Option<NaiveDate>, ValidationError> {
    value.map(|v| date(field, v)).transpose()
}

/// A moment between the years 1900 and 2200, named `field` when refused.
pub fn instant(field: &str, value: DateTime<Utc>) -> Result<DateTime<Utc>, ValidationError> {
    in_range(field, value.year()).map(|()| value)
}

/// An optional moment, checked like `instant`.
pub fn optional_instant(
    field: &str,
    value: Option<DateTime<Utc>>,
) -> Result<Option<DateTime<Utc>>, ValidationError> {
    value.map(|v| instant(field, v)).transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_outside_1900_to_2200_are_refused_with_the_field() {
        let d = |y| NaiveDate::from_ymd_opt(y, 6, 1).unwrap();
        assert!(date("on", d(1900)).is_ok());
        assert!(date("on", d(2200)).is_ok());
        assert_eq!(date("on", d(1899)).unwrap_err().field, "on");
        assert_eq!(date("on", d(2201)).unwrap_err().field, "on");
        assert_eq!(date("on", d(20)).unwrap_err().field, "on");
        let t = |y| d(y).and_hms_opt(9, 0, 0).unwrap().and_utc();
        assert!(instant("at", t(2026)).is_ok());
        assert_eq!(instant("at", t(9999)).unwrap_err().field, "at");
        assert_eq!(optional_date("on", None), Ok(None));
        assert!(optional_instant("at", Some(t(1000))).is_err());
    }
}

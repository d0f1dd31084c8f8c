//! Language codes (ISO 639), used for working languages, preferred locales and, later,
//! languages of instruction and mediation.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::ValidationError;

/// An ISO 639-1 code (`sl`, `uk`, `ar`) or, for languages that have none, an ISO 639-3 code
/// (`prs` for Dari). Always lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct LanguageCode(String);

impl LanguageCode {
    pub fn parse(field: &str, raw: &str) -> Result<Self, ValidationError> {
        let code = raw.trim().to_ascii_lowercase();
        let known = match code.len() {
            2 => isolang::Language::from_639_1(&code).is_some(),
            3 => isolang::Language::from_639_3(&code).is_some(),
            _ => false,
        };
        if known {
            Ok(Self(code))
        } else {
            Err(ValidationError::new(
                field,
                format!("`{}` is not an ISO 639 language code", raw.trim()),
            ))
        }
    }

    /// Parses a list in the order given, naming the position of the first bad entry or repeat
    /// (`field[2]`).
    pub fn parse_list(field: &str, raw: &[String]) -> Result<Vec<Self>, ValidationError> {
        let mut codes: Vec<Self> = Vec::with_capacity(raw.len());
        for (index, entry) in raw.iter().enumerate() {
            let field = format!("{field}[{index}]");
            let code = Self::parse(&field, entry)?;
            if codes.contains(&code) {
                return Err(crate::text::repeated(field));
            }
            codes.push(code);
        }
        Ok(codes)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for LanguageCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_two_and_three_letter_codes() {
        assert_eq!(LanguageCode::parse("l", "SL").unwrap().as_str(), "sl");
        assert_eq!(LanguageCode::parse("l", "uk").unwrap().as_str(), "uk");
        assert_eq!(LanguageCode::parse("l", "prs").unwrap().as_str(), "prs");
    }

    #[test]
    fn refuses_unknown_codes() {
        for bad in ["xx", "english", "", "s"] {
            assert!(LanguageCode::parse("l", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn list_names_the_bad_position_and_the_repeat() {
        let raw = vec!["sl".to_owned(), "en".to_owned(), "zz".to_owned()];
        assert_eq!(
            LanguageCode::parse_list("workingLanguages", &raw)
                .unwrap_err()
                .field,
            "workingLanguages[2]"
        );
        let raw = vec!["sl".to_owned(), "en".to_owned()];
        let codes = LanguageCode::parse_list("workingLanguages", &raw).unwrap();
        assert_eq!(codes.len(), 2);
        let raw = vec!["sl".to_owned(), "en".to_owned(), "SL".to_owned()];
        assert_eq!(
            LanguageCode::parse_list("workingLanguages", &raw)
                .unwrap_err()
                .field,
            "workingLanguages[2]"
        );
    }
}

//! E-mail addresses, validated once at the edge and compared case-insensitively.

use std::fmt;

use email_address::EmailAddress;
use serde::{Deserialize, Serialize};

use crate::ValidationError;

/// A syntactically valid e-mail address, stored in lower case so that look-ups and the
/// uniqueness of accounts do not depend on how someone typed it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    const MAX_LEN: usize = 254;

    pub fn parse(field: &str, raw: &str) -> Result<Self, ValidationError> {
        let normalised = raw.trim().to_lowercase();
        if normalised.len() > Self::MAX_LEN || !EmailAddress::is_valid(&normalised) {
            return Err(ValidationError::new(
                field,
                "must be a valid e-mail address",
            ));
        }
        Ok(Self(normalised))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_and_whitespace() {
        let email = Email::parse("email", "  Ana.Novak@Example.ORG ").unwrap();
        assert_eq!(email.as_str(), "ana.novak@example.org");
    }

    #[test]
    fn refuses_what_is_not_an_address() {
        for bad in ["", "ana", "ana@", "@example.org", "ana novak@example.org"] {
            let err = Email::parse("email", bad).unwrap_err();
            assert_eq!(err.field, "email", "{bad}");
        }
    }
}

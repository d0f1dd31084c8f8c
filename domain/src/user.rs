//! People who sign in: staff of organisations and the platform's own administrators.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::email::Email;
use crate::language::LanguageCode;
use crate::membership::PlatformRole;
use crate::{ValidationError, text};

/// A person with an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: Uuid,
    pub email: Email,
    pub display_name: String,
    /// The language notifications and e-mails are written in.
    pub preferred_locale: LanguageCode,
    pub platform_role: Option<PlatformRole>,
    /// A deactivated user cannot sign in, and tokens already issued stop working at once.
    pub active: bool,
    pub created_at: DateTime<Utc>,
}

/// What is needed to open an account, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUser {
    pub email: Email,
    pub display_name: String,
    pub preferred_locale: LanguageCode,
}

impl NewUser {
    pub const DISPLAY_NAME_MAX: usize = 120;

    pub fn parse(
        email: &str,
        display_name: &str,
        preferred_locale: &str,
    ) -> Result<Self, ValidationError> {
        Ok(Self {
            email: Email::parse("email", email)?,
            display_name: text::required("displayName", display_name, Self::DISPLAY_NAME_MAX)?,
            preferred_locale: LanguageCode::parse("preferredLocale", preferred_locale)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_first_bad_field() {
        assert_eq!(
            NewUser::parse("nope", "Ana", "sl").unwrap_err().field,
            "email"
        );
        assert_eq!(
            NewUser::parse("ana@example.org", " ", "sl")
                .unwrap_err()
                .field,
            "displayName"
        );
        assert_eq!(
            NewUser::parse("ana@example.org", "Ana", "klingon")
                .unwrap_err()
                .field,
            "preferredLocale"
        );
        assert!(NewUser::parse("ana@example.org", "Ana", "uk").is_ok());
    }
}

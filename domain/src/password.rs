//! The rule for a new password. Hashing is the API's job (argon2id); this is only the policy.

use crate::ValidationError;

/// A password someone chose, checked against the policy: long enough to resist guessing,
/// bounded so that hashing it cannot be used to exhaust the server.
#[derive(Clone)]
pub struct NewPassword(String);

impl NewPassword {
    pub const MIN_CHARS: usize = 12;
    pub const MAX_CHARS: usize = 256;

    pub fn parse(field: &str, raw: &str) -> Result<Self, ValidationError> {
        let chars = raw.chars().count();
        if chars < Self::MIN_CHARS {
            return Err(ValidationError::new(
                field,
                format!("must be at least {} characters", Self::MIN_CHARS),
            ));
        }
        if chars > Self::MAX_CHARS {
            return Err(ValidationError::new(
                field,
                format!("must be at most {} characters", Self::MAX_CHARS),
            ));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// Never print a password, not even by accident in a debug log.
impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enforces_length_bounds() {
        assert!(NewPassword::parse("password", "short").is_err());
        assert!(NewPassword::parse("password", "twelve chars").is_ok());
        assert!(NewPassword::parse("password", &"x".repeat(257)).is_err());
    }

    #[test]
    fn debug_output_hides_the_value() {
        let password = NewPassword::parse("password", "correct horse battery").unwrap();
        assert!(!format!("{password:?}").contains("horse"));
    }
}

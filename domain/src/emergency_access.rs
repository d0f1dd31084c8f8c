//! Emergency access ("break-the-glass", as DHIS2 Tracker has for protected programmes): a case
//! worker of an organisation engaged with a participant through an open referral may, giving a
//! reason, read for a limited time the parts of the record the consent does not share with
//! them. Every read under it is audited with the reason, and the owner and the auditors hear
//! of it at once. Who may ask, and who lists grants, is the policy's
//! (`access::request_emergency_access`, `access::emergency_grant_scope`).

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use crate::ValidationError;

/// The longest a grant lasts when nothing is configured: 24 hours.
pub const DEFAULT_HOURS: i64 = 24;

/// The fewest characters a reason has: enough to say what the emergency is.
pub const MIN_REASON_CHARS: usize = 15;

/// The most characters a reason has.
pub const MAX_REASON_CHARS: usize = 1000;

/// Why emergency access is needed, as its holder gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmergencyReason(String);

impl EmergencyReason {
    /// A reason of 15 to 1,000 characters (surrounding spaces aside).
    pub fn parse(text: &str) -> Result<Self, ValidationError> {
        let text = crate::text::required("reason", text, MAX_REASON_CHARS)?;
        if text.chars().count() < MIN_REASON_CHARS {
            return Err(ValidationError::new(
                "reason",
                format!(
                    "must say what the emergency is, in at least {MIN_REASON_CHARS} characters"
                ),
            ));
        }
        Ok(Self(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One emergency access grant: who (user, acting in which organisation) may read more of which
/// participant, why, and until when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmergencyGrant {
    pub id: Uuid,
    pub participant_id: Uuid,
    pub user_id: Uuid,
    pub organisation_id: Uuid,
    pub reason: String,
    pub granted_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

impl EmergencyGrant {
    /// Whether the grant still opens the record at `now`: it ends on its expiry, checked when
    /// the record is read (no job ends it).
    pub fn is_active(&self, now: DateTime<Utc>) -> bool {
        now < self.expires_at
    }
}

/// How long a grant lasts, as configured: at least a second, at most the default of 24 hours
/// unless an operator configures more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GrantDuration(Duration);

impl GrantDuration {
    /// A duration of `seconds` (at least one).
    pub fn seconds(seconds: u64) -> Self {
        let seconds = i64::try_from(seconds).unwrap_or(i64::MAX / 1000).max(1);
        Self(Duration::seconds(seconds.min(365 * 24 * 3600)))
    }

    /// When a grant made at `granted_at` ends.
    pub fn expiry(self, granted_at: DateTime<Utc>) -> DateTime<Utc> {
        granted_at + self.0
    }
}

impl Default for GrantDuration {
    fn default() -> Self {
        Self(Duration::hours(DEFAULT_HOURS))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_required_long_enough_and_bounded() {
        assert_eq!(EmergencyReason::parse("").unwrap_err().field, "reason");
        assert_eq!(EmergencyReason::parse("   ").unwrap_err().field, "reason");
        assert_eq!(
            EmergencyReason::parse("urgent").unwrap_err().field,
            "reason"
        );
        assert!(EmergencyReason::parse(&"x".repeat(MAX_REASON_CHARS + 1)).is_err());
        assert_eq!(
            EmergencyReason::parse("  Medical emergency at the centre ")
                .unwrap()
                .as_str(),
            "Medical emergency at the centre"
        );
    }

    #[test]
    fn a_grant_ends_at_its_expiry() {
        let at = DateTime::parse_from_rfc3339("2026-12-02T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let duration = GrantDuration::default();
        let grant = EmergencyGrant {
            id: Uuid::nil(),
            participant_id: Uuid::nil(),
            user_id: Uuid::nil(),
            organisation_id: Uuid::nil(),
            reason: "Medical emergency at the centre".into(),
            granted_at: at,
            expires_at: duration.expiry(at),
        };
        assert!(grant.is_active(at));
        assert!(grant.is_active(at + Duration::hours(23) + Duration::minutes(59)));
        assert!(!grant.is_active(at + Duration::hours(24)));
        assert_eq!(
            GrantDuration::seconds(0).expiry(at),
            at + Duration::seconds(1)
        );
        assert_eq!(
            GrantDuration::seconds(3).expiry(at),
            at + Duration::seconds(3)
        );
    }
}

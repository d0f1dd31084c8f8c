//! Rate limits on signing in and refreshing, per account and per client address: the limits
//! in force come from the settings; the application layer (`skupaj_app::session`) counts the
//! attempts in the database, so that every instance enforces the same limit.

use chrono::Duration;

pub use skupaj_app::session::{RateLimits, account_key, address_key};

use crate::settings::Settings;

/// The limits the settings set.
pub fn from_settings(settings: &Settings) -> RateLimits {
    RateLimits {
        per_account: settings.auth_failures_per_account,
        per_address: settings.auth_failures_per_address,
        window: Duration::seconds(
            i64::try_from(settings.auth_failure_window_seconds).unwrap_or(900),
        ),
    }
}

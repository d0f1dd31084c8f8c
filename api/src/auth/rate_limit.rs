//! Rate limits on signing in and refreshing, per account and per client address, counted in
//! the database so that every instance enforces the same limit.

use chrono::{Duration, Utc};
use skupaj_persistence::{Database, auth_attempts};

use crate::auth::refresh::digest;
use crate::graphql::error::{ApiError, ApiResult};
use crate::settings::Settings;

/// The limits in force.
#[derive(Debug, Clone, Copy)]
pub struct RateLimits {
    pub per_account: u64,
    pub per_address: u64,
    pub window: Duration,
}

impl RateLimits {
    pub fn from_settings(settings: &Settings) -> Self {
        Self {
            per_account: settings.auth_failures_per_account,
            per_address: settings.auth_failures_per_address,
            window: Duration::seconds(
                i64::try_from(settings.auth_failure_window_seconds).unwrap_or(900),
            ),
        }
    }
}

/// The key of an account: a hash, so no e-mail address is stored in clear.
pub fn account_key(email: &str) -> String {
    format!("account:{}", digest(&email.trim().to_lowercase()))
}

/// The key of a client address.
pub fn address_key(address: Option<&str>) -> String {
    format!("address:{}", address.unwrap_or("unknown"))
}

/// `RATE_LIMITED` when any key has used up its failures within the window.
pub async fn check(db: &Database, limits: &RateLimits, keys: &[(String, u64)]) -> ApiResult<()> {
    let since = Utc::now() - limits.window;
    for (key, limit) in keys {
        if auth_attempts::failures_since(db, key, since).await? >= *limit {
            return Err(ApiError::RateLimited);
        }
    }
    Ok(())
}

/// Counts a failure against every key.
pub async fn fail(db: &Database, limits: &RateLimits, keys: &[(String, u64)]) -> ApiResult<()> {
    let keys: Vec<String> = keys.iter().map(|(key, _)| key.clone()).collect();
    auth_attempts::record_failure(db, &keys, Utc::now() - limits.window).await?;
    Ok(())
}

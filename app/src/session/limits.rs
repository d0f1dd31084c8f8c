//! Rate limits on signing in, refreshing and resetting passwords, per account and per client
//! address, counted in the database so that every instance enforces the same limit.

use chrono::{Duration, Utc};
use skupaj_domain::access;
use skupaj_persistence::{Database, auth_attempts};

use super::refresh::digest;
use crate::{AppError, AppResult};

/// The limits in force.
#[derive(Debug, Clone, Copy)]
pub struct RateLimits {
    pub per_account: u64,
    pub per_address: u64,
    pub window: Duration,
}

/// The key of an account: a hash, so no e-mail address is stored in clear.
pub fn account_key(email: &str) -> String {
    format!("account:{}", digest(&email.trim().to_lowercase()))
}

/// The key of a client address.
pub fn address_key(address: Option<&str>) -> String {
    format!("address:{}", address.unwrap_or("unknown"))
}

/// The keys one attempt counts against, each with its limit, within one window.
#[derive(Debug, Clone)]
pub(crate) struct Attempt {
    keys: Vec<(String, u64)>,
    window: Duration,
}

impl Attempt {
    pub(crate) fn new(limits: &RateLimits, keys: Vec<(String, u64)>) -> Self {
        Self {
            keys,
            window: limits.window,
        }
    }

    /// `RATE_LIMITED` when any key has used up its failures within the window.
    pub(crate) async fn check(&self, db: &Database) -> AppResult<()> {
        let since = Utc::now() - self.window;
        for (key, limit) in &self.keys {
            if auth_attempts::failures_since(db, key, since).await? >= *limit {
                return Err(AppError::RateLimited);
            }
        }
        Ok(())
    }

    /// Counts a failure against every key.
    pub(crate) async fn fail(&self, db: &Database) -> AppResult<()> {
        let keys: Vec<String> = self.keys.iter().map(|(key, _)| key.clone()).collect();
        let forget_before = Utc::now() - self.window;
        auth_attempts::record_failure(db, access::count_attempts(), &keys, forget_before).await?;
        Ok(())
    }

    /// Forgets the failures of the first key (the account's, after it proved its password).
    pub(crate) async fn clear_first(&self, db: &Database) -> AppResult<()> {
        if let Some((key, _)) = self.keys.first() {
            auth_attempts::clear(db, access::count_attempts(), key).await?;
        }
        Ok(())
    }
}

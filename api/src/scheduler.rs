//! Work the server does on its own: expiring referrals past their respond-by date.
//!
//! Safe with several instances: each expiry is a versioned conditional update, so however many
//! instances scan at once, each referral expires once and gets one history entry.

use std::sync::Arc;
use std::time::Duration;

use crate::metrics::Metrics;

use chrono::Utc;
use skupaj_persistence::{Database, referrals};

/// Starts the periodic expiry scan on the current Tokio runtime.
pub fn spawn_expiry_scan(db: Database, metrics: Arc<Metrics>, every: Duration) {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            match referrals::expire_overdue(&db, Utc::now().date_naive()).await {
                Ok(0) => {}
                Ok(expired) => {
                    metrics
                        .referrals_expired
                        .inc_by(u64::try_from(expired).unwrap_or(0));
                    tracing::info!(expired, "expired unanswered referrals");
                }
                Err(err) => tracing::warn!(error = %err, "referral expiry scan failed"),
            }
        }
    });
}

//! Prometheus metrics at `GET /metrics`: GraphQL requests, errors by code, referrals expired.
//! Counts only: no label ever carries an id, a name or any other personal value.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, Opts, Registry,
    TextEncoder,
};
use skupaj_notifier::worker::DeliveryCounters;

/// The counters of one server.
#[derive(Debug, Clone)]
pub struct Metrics {
    registry: Registry,
    /// GraphQL requests answered, by HTTP method.
    pub graphql_requests: IntCounterVec,
    /// Errors answered, by code of the closed list.
    pub graphql_errors: IntCounterVec,
    /// Referrals the expiry scan marked `EXPIRED`.
    pub referrals_expired: IntCounter,
    /// SQL statements run (requests, workers and scans together): divided by the requests of a
    /// quiet moment, the cost of one request.
    pub sql_statements: IntCounter,
    /// E-mails sent, retried, and given up on.
    pub delivery: DeliveryCounters,
    /// E-mails waiting in the outbox, and dead letters (set when scraped).
    pub outbox_pending: IntGauge,
    pub outbox_dead: IntGauge,
    /// Time to answer a GraphQL request, by operation name.
    request_seconds: HistogramVec,
    /// The operation names with a series of their own (bounded: see `observe_latency`).
    operations: Arc<Mutex<HashSet<String>>>,
}

/// At most this many operation names get a latency series of their own; the rest are `other`,
/// so that clients naming operations at random cannot grow the metrics without bound.
const MAX_OPERATION_SERIES: usize = 200;

impl Metrics {
    pub fn new() -> anyhow::Result<Self> {
        let registry = Registry::new_custom(Some("skupaj".to_owned()), None)?;
        let graphql_requests = IntCounterVec::new(
            Opts::new("graphql_requests_total", "GraphQL requests answered"),
            &["method"],
        )?;
        let graphql_errors = IntCounterVec::new(
            Opts::new("graphql_errors_total", "GraphQL errors answered, by code"),
            &["code"],
        )?;
        let referrals_expired = IntCounter::new(
            "referrals_expired_total",
            "Referrals marked EXPIRED by the scan",
        )?;
        let delivery = DeliveryCounters {
            sent: IntCounter::new("emails_sent_total", "E-mails the SMTP server accepted")?,
            retried: IntCounter::new("emails_retried_total", "E-mail attempts put back for later")?,
            dead: IntCounter::new("emails_dead_total", "E-mails given up on (dead letters)")?,
        };
        let sql_statements = IntCounter::new("sql_statements_total", "SQL statements run")?;
        registry.register(Box::new(sql_statements.clone()))?;
        let outbox_pending = IntGauge::new("outbox_pending", "E-mails waiting to be sent")?;
        let outbox_dead = IntGauge::new("outbox_dead", "Dead letters in the outbox")?;
        for collector in [&delivery.sent, &delivery.retried, &delivery.dead] {
            registry.register(Box::new(collector.clone()))?;
        }
        registry.register(Box::new(outbox_pending.clone()))?;
        registry.register(Box::new(outbox_dead.clone()))?;
        registry.register(Box::new(graphql_requests.clone()))?;
        registry.register(Box::new(graphql_errors.clone()))?;
        registry.register(Box::new(referrals_expired.clone()))?;
        let request_seconds = HistogramVec::new(
            HistogramOpts::new(
                "graphql_request_duration_seconds",
                "Time to answer a GraphQL request, by operation name",
            )
            .buckets(vec![
                0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
            ]),
            &["operation"],
        )?;
        registry.register(Box::new(request_seconds.clone()))?;
        // Memory, open file descriptors and CPU time of this process (Linux).
        #[cfg(target_os = "linux")]
        registry.register(Box::new(
            prometheus::process_collector::ProcessCollector::for_self(),
        ))?;
        Ok(Self {
            request_seconds,
            operations: Arc::default(),
            registry,
            graphql_requests,
            graphql_errors,
            referrals_expired,
            sql_statements,
            delivery,
            outbox_pending,
            outbox_dead,
        })
    }

    /// Counts one answered GraphQL request and its errors.
    /// Counts the time one GraphQL request took, under its operation name.
    pub fn observe_latency(&self, operation: &str, elapsed: Duration) {
        let label = match self.operations.lock() {
            Ok(known) if known.contains(operation) => operation,
            Ok(mut known) if known.len() < MAX_OPERATION_SERIES => {
                known.insert(operation.to_owned());
                operation
            }
            _ => "other",
        };
        self.request_seconds
            .with_label_values(&[label])
            .observe(elapsed.as_secs_f64());
    }

    pub fn observe(&self, method: &str, response: &async_graphql::Response) {
        self.graphql_requests.with_label_values(&[method]).inc();
        for error in &response.errors {
            let code = error
                .extensions
                .as_ref()
                .and_then(|e| e.get("code"))
                .and_then(|code| match code {
                    async_graphql::Value::String(code) => Some(code.as_str()),
                    _ => None,
                })
                .unwrap_or("INTERNAL");
            self.graphql_errors.with_label_values(&[code]).inc();
        }
    }

    /// The Prometheus text exposition of every counter.
    pub fn render(&self) -> String {
        let mut buffer = Vec::new();
        if TextEncoder::new()
            .encode(&self.registry.gather(), &mut buffer)
            .is_err()
        {
            return String::new();
        }
        String::from_utf8(buffer).unwrap_or_default()
    }
}

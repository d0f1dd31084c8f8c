//! The HTTP server: binds first (so tests can ask for port 0 and learn the port), then serves.

use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use actix_cors::Cors;
use actix_web::dev::{Server, Service};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::http::{ConnectionType, StatusCode, header};
use actix_web::{App, HttpServer, error, web};
use secrecy::ExposeSecret;
use skupaj_notifier::reset::ResetKey;
use skupaj_persistence::Database;
use tracing_actix_web::TracingLogger;

use crate::auth::tokens::TokenService;
use crate::graphql::error::ErrorCode;
use crate::graphql::{self, SchemaOptions};
use crate::http::client::{Client, TrustedProxies};
use crate::http::graphql::OperationName;
use crate::http::graphql::{GraphqlState, error_response};
use crate::http::request_span::PrivateRootSpan;
use crate::http::worker_pool::{WorkerPool, per_worker};
use crate::http::{self as routes};
use crate::runtime::AppRuntime;
use crate::scheduler::ScheduleHandle;
use crate::settings::Settings;
use crate::shutdown::Shutdown;

/// A bound, ready-to-run server.
pub struct Application {
    port: u16,
    metrics: Arc<crate::metrics::Metrics>,
    server: Server,
    /// A second handle of the listening socket, to stop new connections before it closes.
    listening: TcpListener,
    mail_goes_to: String,
    db: Database,
    shutdown: Shutdown,
    schedule: Option<ScheduleHandle>,
    retention: Option<ScheduleHandle>,
    outbox: skupaj_notifier::worker::WorkerHandle,
    drain: Duration,
}

impl Application {
    /// Connects to the database, brings its schema up to date, and binds the listener.
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let db = skupaj_persistence::connect(&settings.database_url).await?;
        skupaj_persistence::migrate(&db).await?;
        Self::build_with_database(settings, db)
    }

    /// Binds the listener for an already migrated database.
    pub fn build_with_database(settings: Settings, mut db: Database) -> anyhow::Result<Self> {
        settings.validate()?;
        let tokens = Arc::new(TokenService::from_settings(&settings));
        if tokens.ephemeral_key {
            tracing::warn!(
                "no SKUPAJ_JWT_SECRET set: using an ephemeral key for this process; \
                 tokens stop working when it restarts"
            );
        }
        let development = !settings.is_production();
        let options = SchemaOptions {
            introspection: development,
            suggestions: development,
        };
        let introspection = options.introspection;
        let metrics = Arc::new(crate::metrics::Metrics::new()?);
        // Before the first clone: every clone shares the callback.
        let statements = metrics.sql_statements.clone();
        db.set_metric_callback(move |_| statements.inc());
        let reset_key = match &settings.jwt_secret {
            Some(secret) => ResetKey::from_secret(secret.expose_secret().as_bytes()),
            None => ResetKey::random(),
        };
        let services = crate::notifications::start(
            &settings,
            &db,
            metrics.delivery.clone(),
            reset_key.clone(),
        )?;
        tracing::info!(mail = %services.mail_goes_to, "notification e-mails go to");
        let schema = graphql::build(
            db.clone(),
            tokens.clone(),
            graphql::Shared {
                limits: crate::auth::rate_limit::from_settings(&settings),
                templates: services.templates.clone(),
                hub: services.hub.clone(),
                min_cell: settings.min_cell(),
                reset_key,
                grant_duration: settings.grant_duration(),
            },
            options,
        );
        let shutdown = Shutdown::default();
        let state = GraphqlState {
            schema,
            documents: Default::default(),
            app: skupaj_app::App::new(db.clone()).with_grant_duration(settings.grant_duration()),
            db: db.clone(),
            tokens,
            metrics: metrics.clone(),
            runtime: AppRuntime::current(),
            shutdown: shutdown.clone(),
        };
        let schedule = (settings.schedule_interval_seconds > 0).then(|| {
            crate::scheduler::spawn_schedule(
                db.clone(),
                metrics.clone(),
                Duration::from_secs(settings.schedule_interval_seconds),
                skupaj_persistence::scheduled::ScanOptions {
                    respond_by_reminder_working_days: settings.respond_by_reminder_working_days,
                },
            )
        });
        let retention = (settings.retention_interval_seconds > 0).then(|| {
            crate::scheduler::spawn_retention(
                db.clone(),
                Duration::from_secs(settings.retention_interval_seconds),
                settings.retention_policy(),
            )
        });
        let pool = db.clone();
        let listener = TcpListener::bind(&settings.bind_address)?;
        let port = listener.local_addr()?.port();
        let listening = listener.try_clone()?;
        let max_body = settings.max_body_bytes;
        let cors_origins = settings.cors_allowed_origins.clone();
        let session_cookies = routes::session::SessionCookies::new(
            settings.public_url.as_deref(),
            settings.refresh_token_ttl_seconds,
        );
        let draining = shutdown.clone();
        let proxies = TrustedProxies::parse(&settings.trusted_proxies)
            .map_err(|err| anyhow::anyhow!("SKUPAJ_TRUSTED_PROXIES: {err}"))?;
        let latency = metrics.clone();
        let workers = match settings.http_workers {
            0 => std::thread::available_parallelism().map_or(1, usize::from),
            workers => workers,
        };
        let worker_pool_size = per_worker(&settings.database_url, workers);
        // An in-memory SQLite database is not shared between pools: it stays with one.
        let worker_database =
            skupaj_persistence::database::pools_share_data(&settings.database_url)
                .then(|| settings.database_url.clone());
        let statements = metrics.sql_statements.clone();
        let min_cell = settings.min_cell();
        let mut server = HttpServer::new(move || {
            let draining = draining.clone();
            let proxies = proxies.clone();
            let metrics = latency.clone();
            let mut app = App::new()
                .wrap(cors(development, &cors_origins))
                .wrap(TracingLogger::<PrivateRootSpan>::new())
                // Outermost: who the client is and the request id, before the span opens;
                // the id on the response, the closing log line and the latency afterwards.
                .wrap_fn(move |request, service| {
                    let client = Client::identify(&request, &proxies);
                    let started = std::time::Instant::now();
                    let method = request.method().clone();
                    let path = request.path().to_owned();
                    let response = service.call(request);
                    let draining = draining.clone();
                    let metrics = metrics.clone();
                    async move {
                        let mut response = response.await?;
                        let elapsed = started.elapsed();
                        let operation = response
                            .response()
                            .extensions()
                            .get::<OperationName>()
                            .map(|name| name.0.clone());
                        if let Some(operation) = &operation {
                            metrics.observe_latency(operation, elapsed);
                        }
                        let headers = response.headers_mut();
                        if let Ok(id) = HeaderValue::from_str(&client.request_id) {
                            headers.insert(HeaderName::from_static("x-request-id"), id);
                        }
                        // Tell keep-alive clients to reconnect elsewhere rather than send their
                        // next request to an instance that is going away.
                        if draining.has_begun() {
                            response
                                .response_mut()
                                .head_mut()
                                .set_connection_type(ConnectionType::Close);
                        }
                        tracing::info!(
                            request_id = %client.request_id,
                            method = %method,
                            path = %path,
                            status = response.status().as_u16(),
                            duration_ms = elapsed.as_secs_f64() * 1000.0,
                            client = client.address.map(|a| a.to_string()).unwrap_or_default(),
                            operation = operation.as_deref().unwrap_or_default(),
                            "request finished"
                        );
                        Ok(response)
                    }
                })
                .app_data(web::Data::new(state.clone()))
                .app_data(web::Data::new(db.clone()))
                .app_data(json_config(max_body))
                .app_data(query_config())
                .route("/graphql", web::post().to(routes::graphql::post))
                .route("/graphql", web::get().to(routes::graphql::get))
                .route("/graphql/ws", web::get().to(routes::websocket::websocket))
                .app_data(web::Data::new(session_cookies.clone()))
                .route("/auth/login", web::post().to(routes::session::login))
                .route("/auth/refresh", web::post().to(routes::session::refresh))
                .route("/auth/logout", web::post().to(routes::session::logout))
                .app_data(web::Data::new(min_cell))
                .route(
                    "/exports/referrals.csv",
                    web::get().to(routes::exports::referrals),
                )
                .route(
                    "/exports/indicators.csv",
                    web::get().to(routes::exports::indicators),
                )
                .route(
                    "/exports/programmes/{id}/attendance.csv",
                    web::get().to(routes::exports::attendance),
                )
                .route(
                    "/exports/participants/{id}/data.json",
                    web::get().to(routes::data_export::participant),
                )
                .route(
                    "/exports/audit-log.csv",
                    web::get().to(routes::exports::audit_log),
                )
                .route("/healthz", web::get().to(routes::health::healthz))
                .route("/readyz", web::get().to(routes::health::readyz))
                .route("/metrics", web::get().to(routes::graphql::metrics));
            if development {
                app = app
                    .route("/graphiql", web::get().to(routes::graphiql::page))
                    .route(
                        "/graphiql/assets/{name}",
                        web::get().to(routes::graphiql::asset),
                    );
            }
            // Called once per worker, on its thread: each worker's own pool.
            if let Some(url) = &worker_database {
                app = app.app_data(web::Data::new(WorkerPool::new(
                    url.clone(),
                    worker_pool_size,
                    statements.clone(),
                )));
            }
            if introspection {
                app = app.route(
                    "/schema.graphql",
                    web::get().to(routes::graphql::schema_sdl),
                );
            }
            // The web console: its files, and its page for every other path.
            app.default_service(web::to(routes::console::serve))
        })
        // The shutdown is ours (`run_until_stopped`), so that background work and the pool
        // stop in the right order after the last request.
        .disable_signals()
        .shutdown_timeout(settings.shutdown_grace_seconds);
        if settings.http_workers > 0 {
            server = server.workers(settings.http_workers);
        }
        let server = server.listen(listener)?.run();
        Ok(Self {
            port,
            metrics,
            server,
            listening,
            mail_goes_to: services.mail_goes_to,
            outbox: services.outbox,
            db: pool,
            shutdown,
            schedule,
            retention,
            drain: Duration::from_secs(settings.shutdown_drain_seconds),
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The server's counters (shared with the running server).
    pub fn metrics(&self) -> Arc<crate::metrics::Metrics> {
        self.metrics.clone()
    }

    /// Where notification e-mails go (SMTP, a folder or the log), for the operator.
    pub fn mail_goes_to(&self) -> &str {
        &self.mail_goes_to
    }

    /// What stops this server: [`Shutdown::begin`] does what SIGTERM does.
    pub fn shutdown(&self) -> Shutdown {
        self.shutdown.clone()
    }

    /// Serves until SIGTERM or SIGINT (or [`Shutdown::begin`]), then shuts down in order:
    /// answer `/readyz` with 503 for the drain period; stop accepting (new connections first,
    /// then those already queued: none is reset); let every request in
    /// flight finish (up to the grace period) while the scheduled scan stops; stop the outbox
    /// worker once the e-mails it is sending are marked; then close the database pool.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let on_signal = self.shutdown.clone();
        tokio::spawn(async move {
            crate::shutdown::termination_signal().await;
            on_signal.begin();
        });
        let Self {
            server,
            listening,
            db,
            shutdown,
            schedule,
            retention,
            outbox,
            drain,
            ..
        } = self;
        let handle = server.handle();
        let mut server = std::pin::pin!(server);
        tokio::select! {
            served = &mut server => return served,
            () = shutdown.begun() => {}
        }
        // Keep serving while the proxy notices `/readyz` saying 503 and stops sending us
        // new requests; then stop accepting.
        if !drain.is_zero() {
            tracing::info!(seconds = drain.as_secs(), "draining before the shutdown");
            tokio::time::sleep(drain).await;
        }
        // Connections the kernel already completed would be reset when the listener closes
        // (a proxy's request on one fails, and a POST cannot be resent): stop new ones, take
        // those queued, then close.
        match crate::listener::refuse_new_connections(&listening) {
            Ok(()) => tokio::time::sleep(crate::listener::QUEUE_SETTLE).await,
            Err(err) => tracing::warn!(error = %err, "could not stop new connections first"),
        }
        // Only the server's own handle may keep the socket open now.
        drop(listening);
        tracing::info!("shutting down: finishing the requests in flight");
        // The server future handles the stop command, so it is polled while the stop waits.
        // WebSockets are told to reconnect elsewhere as the listener closes (a graceful stop
        // would otherwise wait the whole grace period for them).
        let stop_http = async {
            let ((), served, ()) = tokio::join!(handle.stop(true), server, async {
                // Let the stop command reach the acceptor first, so that a client reconnecting
                // at once is refused here and goes to another instance.
                tokio::time::sleep(Duration::from_millis(50)).await;
                shutdown.close_connections();
            });
            served
        };
        let stop_background = async {
            if let Some(schedule) = schedule {
                schedule.stop().await;
            }
            if let Some(retention) = retention {
                retention.stop().await;
            }
        };
        let (served, ()) = tokio::join!(stop_http, stop_background);
        // The last requests may have raised e-mails: the worker finishes and marks the ones it
        // is sending (so a restart sends none twice) and leaves the rest for the next start.
        outbox.stop().await;
        if let Err(err) = db.close_by_ref().await {
            tracing::warn!(error = %err, "closing the database pool failed");
        }
        tracing::info!("stopped");
        served
    }
}

/// JSON bodies only (`Content-Type: application/json`), and no larger than `max_body` bytes.
fn json_config(max_body: usize) -> web::JsonConfig {
    web::JsonConfig::default()
        .limit(max_body)
        .error_handler(|err, _request| {
            let (status, message) = match &err {
                error::JsonPayloadError::ContentType => (
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "the body must be JSON (Content-Type: application/json)",
                ),
                error::JsonPayloadError::Overflow { .. }
                | error::JsonPayloadError::OverflowKnownLength { .. } => {
                    (StatusCode::PAYLOAD_TOO_LARGE, "the body is too large")
                }
                _ => (
                    StatusCode::BAD_REQUEST,
                    "the body is not a GraphQL request in JSON",
                ),
            };
            let response = error_response(status, ErrorCode::Validation, message);
            error::InternalError::from_response(err, response).into()
        })
}

fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|err, _request| {
        let response = error_response(
            StatusCode::BAD_REQUEST,
            ErrorCode::Validation,
            "a GET needs a `query` parameter",
        );
        error::InternalError::from_response(err, response).into()
    })
}

/// Only configured origins may call from a browser; in development any localhost origin may.
fn cors(development: bool, origins: &[String]) -> Cors {
    let origins = origins.to_vec();
    Cors::default()
        .allowed_origin_fn(move |origin, _head| {
            let Ok(origin) = origin.to_str() else {
                return false;
            };
            origins.iter().any(|allowed| allowed == origin) || (development && is_localhost(origin))
        })
        .allowed_methods(["GET", "POST"])
        .allowed_headers([header::AUTHORIZATION, header::CONTENT_TYPE])
        .max_age(3600)
}

fn is_localhost(origin: &str) -> bool {
    let host = origin
        .trim_start_matches("http://")
        .trim_start_matches("https://");
    let host = host.split(':').next().unwrap_or_default();
    matches!(host, "localhost" | "127.0.0.1")
}

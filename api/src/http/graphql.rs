//! The GraphQL endpoint. `POST` takes a JSON body only (bounded in size); `GET` takes the query
//! in the URL and never runs a mutation, so a link or an image tag cannot change anything.

use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use actix_web::http::header;
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};
use async_graphql::parser::types::{DocumentOperations, OperationType};
use futures_util::FutureExt;
use serde::Deserialize;
use skupaj_persistence::{Database, audit};

use crate::auth::actor;
use crate::auth::tokens::{TokenService, bearer_token};
use crate::graphql::audit::AuditTrail;
use crate::graphql::context::RequestContext;
use crate::graphql::documents::DocumentCache;
use crate::graphql::error::{ErrorCode, REQUEST_ID, ensure_codes};
use crate::graphql::loaders::Loaders;
use crate::graphql::{SkupajSchema, limits};
use crate::http::client::Client;
use crate::http::worker_pool::WorkerPool;
use crate::metrics::Metrics;
use crate::runtime::AppRuntime;
use crate::shutdown::Shutdown;

/// Shared by every request.
#[derive(Clone)]
pub struct GraphqlState {
    pub schema: SkupajSchema,
    /// The documents clients repeat, parsed once.
    pub documents: Arc<DocumentCache>,
    /// The application on the main pool; a request on an HTTP worker runs it on the worker's
    /// own pool ([`WorkerPool`]).
    pub app: skupaj_app::App,
    /// The main pool, on the application runtime.
    pub db: Database,
    pub tokens: Arc<TokenService>,
    pub metrics: Arc<Metrics>,
    /// Where background work and the main pool's database work run (never on an HTTP
    /// worker's own runtime).
    pub runtime: AppRuntime,
    /// Whether the server is shutting down.
    pub shutdown: Shutdown,
}

pub async fn post(
    state: web::Data<GraphqlState>,
    http: HttpRequest,
    body: web::Json<async_graphql::Request>,
) -> HttpResponse {
    execute(&state, &http, body.into_inner()).await
}

/// The parameters of a `GET /graphql`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetParams {
    query: String,
    operation_name: Option<String>,
    variables: Option<String>,
}

pub async fn get(
    state: web::Data<GraphqlState>,
    http: HttpRequest,
    params: web::Query<GetParams>,
) -> HttpResponse {
    let params = params.into_inner();
    if selects_mutation(&params.query, params.operation_name.as_deref()) {
        return error_response(
            actix_web::http::StatusCode::METHOD_NOT_ALLOWED,
            ErrorCode::Validation,
            "mutations must be sent with POST",
        );
    }
    let variables = match params.variables.as_deref().map(serde_json::from_str) {
        None => async_graphql::Variables::default(),
        Some(Ok(value)) => async_graphql::Variables::from_json(value),
        Some(Err(_)) => {
            return error_response(
                actix_web::http::StatusCode::BAD_REQUEST,
                ErrorCode::Validation,
                "variables must be a JSON object",
            );
        }
    };
    let mut request = async_graphql::Request::new(params.query).variables(variables);
    if let Some(name) = params.operation_name {
        request = request.operation_name(name);
    }
    execute(&state, &http, request).await
}

/// `GET /metrics`: Prometheus text.
pub async fn metrics(state: web::Data<GraphqlState>) -> HttpResponse {
    let db = state.db.clone();
    let depth = state
        .runtime
        .run(async move { skupaj_persistence::notifications::depth(&db).await })
        .await;
    if let Some(Ok((pending, _, dead))) = depth {
        state
            .metrics
            .outbox_pending
            .set(i64::try_from(pending).unwrap_or(i64::MAX));
        state
            .metrics
            .outbox_dead
            .set(i64::try_from(dead).unwrap_or(i64::MAX));
    }
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4")
        .body(state.metrics.render())
}

/// `GET /schema.graphql`: the schema in SDL, where introspection is on.
pub async fn schema_sdl(state: web::Data<GraphqlState>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body(state.schema.sdl())
}

/// The GraphQL operation a response answered, for the closing log line and the latency
/// histogram: a name as the client gave it when it is a plain GraphQL name, else `anonymous`.
#[derive(Debug, Clone)]
pub struct OperationName(pub String);

impl OperationName {
    fn of(request: &async_graphql::Request) -> Self {
        let name = request.operation_name.as_deref().filter(|name| {
            (1..=64).contains(&name.len())
                && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        });
        Self(name.unwrap_or("anonymous").to_owned())
    }
}

async fn execute(
    state: &GraphqlState,
    http: &HttpRequest,
    request: async_graphql::Request,
) -> HttpResponse {
    let operation = OperationName::of(&request);
    tracing::Span::current().record("operation", operation.0.as_str());
    let token = bearer(http).map(str::to_owned);
    let mut response = match run(state, http, token, request).await {
        Ok(response) => HttpResponse::Ok().json(response),
        Err(failed) => failed,
    };
    response.extensions_mut().insert(operation);
    response
}

/// Runs one GraphQL request for `http` (its client address and request id) as the holder of
/// `token`: the viewer, the rate limits and the audit trail as for `POST /graphql`. Also used
/// by the console's sign-in endpoints. `Err` is the HTTP answer when it could not run.
pub(crate) async fn run(
    state: &GraphqlState,
    http: &HttpRequest,
    token: Option<String>,
    request: async_graphql::Request,
) -> Result<async_graphql::Response, HttpResponse> {
    let client = http.extensions().get::<Client>().cloned();
    let request_id = client
        .as_ref()
        .map(|client| client.request_id.clone())
        .unwrap_or_else(|| uuid::Uuid::now_v7().to_string());
    let client_address = client
        .and_then(|client| client.address)
        .map(|address| address.to_string());
    let method = http.method().as_str().to_owned();
    let mut request = request;
    state.documents.prepare(&mut request);
    let internal = |status| {
        error_response(
            status,
            ErrorCode::Internal,
            &format!("internal error (request id {request_id})"),
        )
    };
    // A query on an HTTP worker runs where it arrived, on the worker's own pool. Anything else
    // runs on the application runtime and its pool: a mutation, so that neither a client that
    // goes away nor a worker that stops cuts it short (nor what it leaves running after its
    // answer, such as the recording of a password reset); and any request where there is no
    // worker pool.
    let worker_pool = http
        .app_data::<web::Data<WorkerPool>>()
        .filter(|_| runs_only_queries(&mut request));
    let db = match worker_pool {
        Some(pool) => match pool.database().await {
            Ok(db) => db.clone(),
            Err(err) => {
                tracing::error!(request_id = %request_id, error = ?err, "cannot open the worker's pool");
                return Err(internal(actix_web::http::StatusCode::SERVICE_UNAVAILABLE));
            }
        },
        None => state.db.clone(),
    };
    // Boxed where it is made: an executing GraphQL request is a large future, and moving it
    // by value (through `spawn`, or into `catch_unwind`) costs a stack copy per call level (a
    // stack overflow in debug builds).
    let work = Box::pin(answer(
        state.clone(),
        db,
        token,
        client_address,
        method,
        request_id.clone(),
        request,
    ));
    let answered = if worker_pool.is_some() {
        // A panic answers `INTERNAL`, as a failed task on the application runtime does.
        match AssertUnwindSafe(work).catch_unwind().await {
            Ok(answered) => Some(answered),
            Err(_) => {
                tracing::error!(request_id = %request_id, "request panicked");
                None
            }
        }
    } else {
        state.runtime.run(work).await
    };
    match answered {
        Some(Ok(response)) => Ok(response),
        // The viewer could not be resolved (the database did not answer): try again later.
        Some(Err(ViewerUnavailable)) => {
            Err(internal(actix_web::http::StatusCode::SERVICE_UNAVAILABLE))
        }
        None => Err(internal(actix_web::http::StatusCode::INTERNAL_SERVER_ERROR)),
    }
}

/// The bearer token could not be checked because the database did not answer.
struct ViewerUnavailable;

/// Resolves the viewer, runs the request and writes its audit trail: all the database work of
/// a GraphQL request, on `db` (the pool of the runtime it runs on).
async fn answer(
    state: GraphqlState,
    db: Database,
    token: Option<String>,
    client_address: Option<String>,
    method: String,
    request_id: String,
    request: async_graphql::Request,
) -> Result<async_graphql::Response, ViewerUnavailable> {
    let context = match token {
        None => RequestContext {
            client_address,
            ..RequestContext::default()
        },
        Some(token) => match actor::resolve(&db, &state.tokens, &token).await {
            Ok(viewer) => RequestContext {
                token_rejected: viewer.is_none(),
                viewer,
                client_address,
            },
            Err(err) => {
                tracing::error!(request_id = %request_id, error = ?err, "cannot resolve the viewer");
                return Err(ViewerUnavailable);
            }
        },
    };
    let actor = context.viewer.as_ref().map(|viewer| viewer.actor.clone());
    let trail = Arc::new(AuditTrail::new(
        context.client_address.clone(),
        Some(request_id.clone()),
    ));
    // The request's own application and pool come before the schema's (the main pool).
    let app = state.app.on(db.clone());
    let mut request = request
        .data(context)
        .data(Loaders::new(&app, actor))
        .data(app)
        .data(db.clone())
        .data(Arc::clone(&trail));
    let mut response = match limits::refusal(&mut request) {
        Some(refusal) => async_graphql::Response::from_errors(vec![refusal]),
        None => {
            REQUEST_ID
                .scope(request_id.clone(), state.schema.execute(request))
                .await
        }
    };
    ensure_codes(&mut response);
    state.metrics.observe(&method, &response);
    // The request's remaining audit entries (reads, refusals), in one statement. A failure here
    // cannot undo what the request did, so it is logged loudly rather than hidden from the
    // client's answer.
    if let Err(err) = audit::append(&db, trail.take()).await {
        tracing::error!(request_id = %request_id, error = ?err, "cannot write the audit log");
    }
    Ok(response)
}

/// The bearer token of the request (the scheme in any case).
fn bearer(http: &HttpRequest) -> Option<&str> {
    bearer_token(http.headers().get(header::AUTHORIZATION)?.to_str().ok()?)
}

/// Whether the operation a `GET` would run is a mutation (or a subscription). A query that does
/// not parse is left to the executor, which answers with the syntax error.
fn selects_mutation(query: &str, operation_name: Option<&str>) -> bool {
    let Ok(document) = async_graphql::parser::parse_query(query) else {
        return false;
    };
    selected_type(&document, operation_name).is_some_and(|ty| ty != OperationType::Query)
}

/// Whether `request` (its document parsed, or parsed here once for the executor) runs a query:
/// not a mutation or a subscription, and not a document that does not parse.
fn runs_only_queries(request: &mut async_graphql::Request) -> bool {
    let operation_name = request.operation_name.clone();
    request.parsed_query().is_ok_and(|document| {
        selected_type(document, operation_name.as_deref()) == Some(OperationType::Query)
    })
}

/// The type of the operation `operation_name` selects in `document` (with no name: the only
/// one, or else the first that is not a query). `None` when it names none.
fn selected_type(
    document: &async_graphql::parser::types::ExecutableDocument,
    operation_name: Option<&str>,
) -> Option<OperationType> {
    match (&document.operations, operation_name) {
        (DocumentOperations::Single(operation), _) => Some(operation.node.ty),
        (DocumentOperations::Multiple(operations), Some(name)) => operations
            .iter()
            .find(|(candidate, _)| candidate.as_str() == name)
            .map(|(_, operation)| operation.node.ty),
        (DocumentOperations::Multiple(operations), None) => operations
            .values()
            .map(|operation| operation.node.ty)
            .find(|ty| *ty != OperationType::Query)
            .or(Some(OperationType::Query)),
    }
}

/// A GraphQL-shaped error answered before any GraphQL ran.
pub fn error_response(
    status: actix_web::http::StatusCode,
    code: ErrorCode,
    message: &str,
) -> HttpResponse {
    HttpResponse::build(status).json(serde_json::json!({
        "errors": [{ "message": message, "extensions": { "code": code.as_str() } }]
    }))
}

#[cfg(test)]
mod tests {
    use super::{runs_only_queries, selects_mutation};

    #[test]
    fn only_queries_run_on_the_worker() {
        let runs = |query: &str, name: Option<&str>| {
            let mut request = async_graphql::Request::new(query);
            if let Some(name) = name {
                request = request.operation_name(name);
            }
            runs_only_queries(&mut request)
        };
        assert!(runs("{ me { actingRole } }", None));
        assert!(!runs(
            "mutation { logout(input: {}) { endedSessions } }",
            None
        ));
        assert!(!runs("subscription { notificationAdded { id } }", None));
        let both = "query A { me { actingRole } } mutation B { x }";
        assert!(runs(both, Some("A")));
        assert!(!runs(both, Some("B")));
        assert!(!runs(both, None));
        assert!(!runs(both, Some("C")));
        assert!(!runs("{ not graphql", None));
    }

    #[test]
    fn spots_mutations_however_they_are_named() {
        assert!(selects_mutation(
            "mutation { logout(input: {}) { endedSessions } }",
            None
        ));
        assert!(!selects_mutation("{ me { actingRole } }", None));
        let both = "query A { me { actingRole } } mutation B { x }";
        assert!(selects_mutation(both, Some("B")));
        assert!(!selects_mutation(both, Some("A")));
        assert!(selects_mutation(both, None));
    }
}

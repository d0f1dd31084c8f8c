//! `/healthz` says the process is up; `/readyz` says it can take requests: its database answers
//! and it is not shutting down (a proxy then stops sending it new requests).

use actix_web::{HttpResponse, web};
use skupaj_persistence::database;

use crate::http::graphql::GraphqlState;

pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({ "status": "ok" }))
}

pub async fn readyz(state: web::Data<GraphqlState>) -> HttpResponse {
    if state.shutdown.has_begun() {
        return unavailable();
    }
    let db = state.db.clone();
    match state
        .runtime
        .run(async move { database::ping(&db).await })
        .await
    {
        Some(Ok(())) => HttpResponse::Ok().json(serde_json::json!({ "status": "ready" })),
        Some(Err(err)) => {
            tracing::warn!(error = %err, "readiness check failed");
            unavailable()
        }
        None => unavailable(),
    }
}

fn unavailable() -> HttpResponse {
    HttpResponse::ServiceUnavailable().json(serde_json::json!({ "status": "unavailable" }))
}

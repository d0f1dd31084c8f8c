//! `/healthz` says the process is up; `/readyz` says it can reach its database.

use actix_web::{HttpResponse, web};
use skupaj_persistence::{Database, database};

pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({ "status": "ok" }))
}

pub async fn readyz(db: web::Data<Database>) -> HttpResponse {
    match database::ping(db.get_ref()).await {
        Ok(()) => HttpResponse::Ok().json(serde_json::json!({ "status": "ready" })),
        Err(err) => {
            tracing::warn!(error = %err, "readiness check failed");
            HttpResponse::ServiceUnavailable().json(serde_json::json!({ "status": "unavailable" }))
        }
    }
}

//! `GET /exports/participants/{id}/data.json`: a participant's data export (GDPR arts. 15 and
//! 20) as a file, with the bearer token of `/graphql`. The body is the document
//! `participantDataExport` answers, made by the same use case (which asks the policy and
//! writes the audit entry, `participantDataExport`); refusals are JSON with the closed codes,
//! as the CSV exports answer them (401, 404 for a participant the caller does not see, 403 for
//! one they see but may not export, 400 for a bad id or any query parameter).
//!
//! The file is named after the participant's id and the day, never after the person, so a
//! downloads folder or a mail attachment does not name whom it is about.

use actix_web::http::header::{self, HeaderValue};
use actix_web::web;
use actix_web::{HttpRequest, HttpResponse};
use serde::Deserialize;
use skupaj_app::data_export::{OPERATION, RequestOrigin};
use uuid::Uuid;

use crate::graphql::error::ApiError;
use crate::http::exports::{caller, params, refusal};
use crate::http::graphql::{GraphqlState, OperationName};

/// The download takes no parameters.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct NoParams {}

/// `GET /exports/participants/{id}/data.json`.
pub async fn participant(
    state: web::Data<GraphqlState>,
    http: HttpRequest,
    path: web::Path<String>,
) -> HttpResponse {
    let caller = match caller(&state, &http).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    if let Err(err) = params::<NoParams>(&http) {
        return refusal(&err, &caller.request_id);
    }
    let Ok(participant) = Uuid::parse_str(path.trim()) else {
        return refusal(
            &ApiError::validation("id", "is not a valid id"),
            &caller.request_id,
        );
    };
    let origin = RequestOrigin {
        client_address: caller.client_address.clone(),
        request_id: Some(caller.request_id.clone()),
    };
    let (app, actor) = (caller.app.clone(), caller.actor.clone());
    let made = state
        .runtime
        .run(async move {
            app.acting_as(&actor)
                .data_exports()
                .participant(participant, &origin)
                .await
                .map_err(ApiError::from)
        })
        .await
        .unwrap_or_else(|| Err(ApiError::internal(anyhow::anyhow!("the task failed"))));
    let document = match made {
        Ok(document) => document,
        Err(err) => return refusal(&err, &caller.request_id),
    };
    let body = match serde_json::to_vec_pretty(&document.to_json()) {
        Ok(body) => body,
        Err(err) => return refusal(&ApiError::internal(err), &caller.request_id),
    };
    let filename = format!(
        "participant-{participant}-{}.json",
        document.generated_at.format("%Y%m%d")
    );
    let mut response = HttpResponse::Ok()
        .content_type("application/json")
        .insert_header((
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
                .unwrap_or_else(|_| HeaderValue::from_static("attachment")),
        ))
        .insert_header((header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
        .body(body);
    response
        .extensions_mut()
        .insert(OperationName(OPERATION.to_owned()));
    response
}

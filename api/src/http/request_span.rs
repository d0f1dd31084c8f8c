//! The span every request runs in: its id, method, path, client address, GraphQL operation and
//! status, and nothing else. The query string is left out on purpose: a `GET /graphql` carries
//! its variables there, and those can hold personal data. The line that closes a request is
//! written by the outermost middleware (`server.rs`), with its duration.

use actix_web::Error;
use actix_web::HttpMessage;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use tracing::Span;
use tracing_actix_web::RootSpanBuilder;

use crate::http::client::Client;

#[derive(Debug)]
pub struct PrivateRootSpan;

impl RootSpanBuilder for PrivateRootSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let client = request.extensions().get::<Client>().cloned();
        let request_id = client
            .as_ref()
            .map(|client| client.request_id.clone())
            .unwrap_or_default();
        let address = client
            .and_then(|client| client.address)
            .map(|address| address.to_string())
            .unwrap_or_default();
        tracing::info_span!(
            "request",
            request_id = %request_id,
            method = %request.method(),
            path = %request.path(),
            client = %address,
            operation = tracing::field::Empty,
            status = tracing::field::Empty,
        )
    }

    fn on_request_end<B: MessageBody>(span: Span, outcome: &Result<ServiceResponse<B>, Error>) {
        let status = match outcome {
            Ok(response) => response.status().as_u16(),
            Err(err) => err.as_response_error().status_code().as_u16(),
        };
        span.record("status", status);
    }
}

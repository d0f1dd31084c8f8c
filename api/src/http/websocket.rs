//! `GET /graphql/ws`: subscriptions over the graphql-transport-ws protocol
//! (<https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md>).
//!
//! - The access token comes in the `connection_init` payload, as
//!   `{"Authorization": "Bearer <token>"}` (any case of `Bearer`) or `{"token": "<token>"}`.
//!   Without a valid one the socket is closed with `4403 Forbidden`, as the protocol recommends.
//! - When the token expires the socket is closed with `4401 Unauthorized`, unless the client
//!   re-authenticated first by sending a `ping` whose payload carries a fresher token of the
//!   same session (`{"type":"ping","payload":{"Authorization":"Bearer <new token>"}}`).
//! - Only subscriptions are served here: queries and mutations go over HTTP, where they are
//!   audited. A subscription is judged by the same shape limits as an HTTP request; a refusal
//!   is an `error` message whose errors carry `extensions.code` `VALIDATION`.
//! - Protocol violations close the socket with the protocol's codes (`4400`, `4401`, `4408`,
//!   `4409`, `4429`).
//! - When the server shuts down, each socket is closed with `1012` (Service Restart) as the
//!   listener closes (after the drain), so clients reconnect to another instance.

use std::collections::HashMap;
use std::time::Duration;

use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};
use actix_ws::{AggregatedMessage, CloseCode, CloseReason, Session};
use async_graphql::parser::types::{DocumentOperations, OperationType};
use async_graphql::{Response, ServerError};
use futures_util::StreamExt;
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio::time::Instant;

use crate::auth::actor::{self, Viewer};
use crate::auth::tokens::bearer_token;
use crate::graphql::context::RequestContext;
use crate::graphql::error::{ErrorCode, ensure_codes};
use crate::graphql::{SHAPE_LIMITS, limits};
use crate::http::client::Client;
use crate::http::graphql::{GraphqlState, error_response};

/// The only subprotocol spoken here.
pub const PROTOCOL: &str = "graphql-transport-ws";
/// How long a client has to send `connection_init` after connecting.
const INIT_TIMEOUT: Duration = Duration::from_secs(10);
/// How often the server pings an idle client, and how long it waits to hear anything back.
const PING_INTERVAL: Duration = Duration::from_secs(15);
const CLIENT_TIMEOUT: Duration = Duration::from_secs(45);
/// The largest message accepted, as for an HTTP body.
const MAX_MESSAGE_BYTES: usize = 64 * 1024;
/// How many subscriptions one connection may hold at once.
const MAX_SUBSCRIPTIONS: usize = 16;

pub async fn websocket(
    state: web::Data<GraphqlState>,
    http: HttpRequest,
    payload: web::Payload,
) -> actix_web::Result<HttpResponse> {
    if !offers_protocol(&http) {
        return Ok(error_response(
            actix_web::http::StatusCode::BAD_REQUEST,
            ErrorCode::Validation,
            "the WebSocket must offer the graphql-transport-ws subprotocol",
        ));
    }
    let (response, session, stream) = actix_ws::handle_with_protocols(&http, payload, &[PROTOCOL])?;
    let stream = stream
        .max_frame_size(MAX_MESSAGE_BYTES)
        .aggregate_continuations()
        .max_continuation_size(MAX_MESSAGE_BYTES);
    let connection = Connection {
        state: state.get_ref().clone(),
        // The resolved client (a trusted proxy's forwarded address), as for HTTP requests.
        client_address: http
            .extensions()
            .get::<Client>()
            .and_then(|client| client.address)
            .map(|address| address.to_string()),
        session,
        init_received: false,
        signed_in: None,
        subscriptions: HashMap::new(),
        generation: 0,
    };
    actix_web::rt::spawn(connection.run(stream));
    Ok(response)
}

fn offers_protocol(http: &HttpRequest) -> bool {
    http.headers()
        .get_all(actix_web::http::header::SEC_WEBSOCKET_PROTOCOL)
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|protocol| protocol.trim() == PROTOCOL)
}

/// The access token of a `connection_init` (or re-authenticating `ping`) payload: an
/// `Authorization` entry (`Bearer <token>`, any case, or the bare token) or a `token` entry.
pub fn token_in(payload: &Value) -> Option<String> {
    let object = payload.as_object()?;
    let authorization = object
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case("authorization"))
        .and_then(|(_, value)| value.as_str())
        .map(|value| bearer_token(value).unwrap_or(value.trim()));
    let raw = authorization.or_else(|| object.get("token").and_then(Value::as_str))?;
    (!raw.is_empty() && !raw.contains(char::is_whitespace)).then(|| raw.to_owned())
}

/// What a client may send.
#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum ClientMessage {
    ConnectionInit {
        #[serde(default)]
        payload: Option<Value>,
    },
    Ping {
        #[serde(default)]
        payload: Option<Value>,
    },
    Pong {},
    Subscribe {
        id: String,
        payload: Box<async_graphql::Request>,
    },
    Complete {
        id: String,
    },
}

/// What a running subscription reports to its connection.
enum Event {
    Next(String, u64, Box<Response>),
    Done(String, u64),
}

/// The signed-in user of a connection and when their token runs out.
struct SignedIn {
    viewer: Viewer,
    expires_at: Instant,
}

struct Connection {
    state: GraphqlState,
    client_address: Option<String>,
    session: Session,
    init_received: bool,
    signed_in: Option<SignedIn>,
    /// Running subscriptions by the client's id, with the generation that tells a finished
    /// subscription's last events from those of a new one under the same id.
    subscriptions: HashMap<String, (u64, JoinHandle<()>)>,
    generation: u64,
}

fn close(code: u16, reason: &str) -> CloseReason {
    CloseReason {
        code: CloseCode::Other(code),
        description: Some(reason.to_owned()),
    }
}

impl Connection {
    async fn run(mut self, mut stream: actix_ws::AggregatedMessageStream) {
        let (events, mut incoming_events) = mpsc::channel::<Event>(64);
        let init_deadline = Instant::now() + INIT_TIMEOUT;
        let mut heartbeat = tokio::time::interval(PING_INTERVAL);
        heartbeat.tick().await;
        let mut last_heard = Instant::now();
        let shutdown = self.state.shutdown.clone();
        let mut closing = std::pin::pin!(async move { shutdown.closing().await });
        let reason = loop {
            let deadline = self
                .signed_in
                .as_ref()
                .map_or(init_deadline, |signed_in| signed_in.expires_at);
            tokio::select! {
                message = stream.next() => {
                    last_heard = Instant::now();
                    let text = match message {
                        None | Some(Ok(AggregatedMessage::Close(_))) => break None,
                        Some(Err(_)) => break Some(close(4400, "Invalid message received")),
                        Some(Ok(AggregatedMessage::Ping(bytes))) => {
                            if self.session.pong(&bytes).await.is_err() {
                                break None;
                            }
                            continue;
                        }
                        Some(Ok(AggregatedMessage::Pong(_))) => continue,
                        Some(Ok(AggregatedMessage::Binary(_))) => {
                            break Some(close(4400, "Invalid message received: binary messages are not part of graphql-transport-ws"));
                        }
                        Some(Ok(AggregatedMessage::Text(text))) => text,
                    };
                    match self.handle(&text, &events).await {
                        Ok(()) => {}
                        Err(Some(reason)) => break Some(reason),
                        Err(None) => break None,
                    }
                }
                Some(event) = incoming_events.recv() => {
                    if self.deliver(event).await.is_err() {
                        break None;
                    }
                }
                () = tokio::time::sleep_until(deadline) => {
                    break Some(if self.signed_in.is_some() {
                        close(4401, "Unauthorized: the access token expired; sign in again")
                    } else {
                        close(4408, "Connection initialisation timeout")
                    });
                }
                () = &mut closing => {
                    // 1012 Service Restart: the client should reconnect (to another instance).
                    break Some(CloseReason {
                        code: CloseCode::Restart,
                        description: Some("the server is restarting; reconnect".to_owned()),
                    });
                }
                _ = heartbeat.tick() => {
                    if last_heard.elapsed() > CLIENT_TIMEOUT || self.session.ping(b"").await.is_err() {
                        break None;
                    }
                }
            }
        };
        for (_, (_, task)) in self.subscriptions.drain() {
            task.abort();
        }
        let _ = self.session.close(reason).await;
    }

    /// Sends a JSON message; `Err` when the socket is gone.
    async fn send(&mut self, message: Value) -> Result<(), Option<CloseReason>> {
        self.session
            .text(message.to_string())
            .await
            .map_err(|_closed| None)
    }

    /// Handles one client message; `Err` ends the connection (with a close reason, or none
    /// when the socket is already gone).
    async fn handle(
        &mut self,
        text: &str,
        events: &mpsc::Sender<Event>,
    ) -> Result<(), Option<CloseReason>> {
        let Ok(message) = serde_json::from_str::<ClientMessage>(text) else {
            return Err(Some(close(4400, "Invalid message received")));
        };
        match message {
            ClientMessage::ConnectionInit { payload } => {
                if std::mem::replace(&mut self.init_received, true) {
                    return Err(Some(close(4429, "Too many initialisation requests")));
                }
                let Some(token) = payload.as_ref().and_then(token_in) else {
                    return Err(Some(close(
                        4403,
                        "Forbidden: connection_init needs an access token",
                    )));
                };
                match self.authenticate(&token).await? {
                    Some(signed_in) => {
                        self.signed_in = Some(signed_in);
                        self.send(json!({ "type": "connection_ack" })).await
                    }
                    None => Err(Some(close(
                        4403,
                        "Forbidden: the access token is invalid, expired or revoked",
                    ))),
                }
            }
            ClientMessage::Ping { payload } => {
                if let (Some(token), Some(current)) =
                    (payload.as_ref().and_then(token_in), &self.signed_in)
                {
                    let (user, session) = (current.viewer.actor.user_id, current.viewer.session_id);
                    match self.authenticate(&token).await? {
                        Some(fresh)
                            if fresh.viewer.actor.user_id == user
                                && fresh.viewer.session_id == session =>
                        {
                            self.signed_in = Some(fresh);
                        }
                        _ => {
                            return Err(Some(close(
                                4403,
                                "Forbidden: the new access token is invalid or of another session",
                            )));
                        }
                    }
                }
                self.send(json!({ "type": "pong" })).await
            }
            ClientMessage::Pong {} => Ok(()),
            ClientMessage::Subscribe { id, payload } => {
                let Some(viewer) = self.signed_in.as_ref().map(|s| s.viewer.clone()) else {
                    return Err(Some(close(4401, "Unauthorized")));
                };
                if self.subscriptions.contains_key(&id) {
                    return Err(Some(close(
                        4409,
                        &format!("Subscriber for {id} already exists"),
                    )));
                }
                let mut request = *payload;
                if let Err(refusal) = admissible(&mut request, self.subscriptions.len()) {
                    let mut error = refusal;
                    error
                        .extensions
                        .get_or_insert_with(Default::default)
                        .set("code", ErrorCode::Validation.as_str());
                    return self
                        .send(json!({ "id": id, "type": "error", "payload": [error] }))
                        .await;
                }
                let request = request.data(RequestContext {
                    viewer: Some(viewer),
                    token_rejected: false,
                    client_address: self.client_address.clone(),
                });
                self.generation += 1;
                let generation = self.generation;
                let mut responses = self.state.schema.execute_stream(request);
                let events = events.clone();
                let task_id = id.clone();
                // On the application runtime: the subscription reads the database.
                let task = self.state.runtime.spawn(async move {
                    while let Some(response) = responses.next().await {
                        if events
                            .send(Event::Next(task_id.clone(), generation, Box::new(response)))
                            .await
                            .is_err()
                        {
                            return;
                        }
                    }
                    let _ = events.send(Event::Done(task_id, generation)).await;
                });
                self.subscriptions.insert(id, (generation, task));
                Ok(())
            }
            ClientMessage::Complete { id } => {
                if let Some((_, task)) = self.subscriptions.remove(&id) {
                    task.abort();
                }
                Ok(())
            }
        }
    }

    /// The signed-in user of `token` and when it expires; `None` when it is no good.
    async fn authenticate(&self, token: &str) -> Result<Option<SignedIn>, Option<CloseReason>> {
        let Some(claims) = self.state.tokens.verify(token) else {
            return Ok(None);
        };
        let (db, tokens, owned) = (
            self.state.db.clone(),
            self.state.tokens.clone(),
            token.to_owned(),
        );
        let Some(resolved) = self
            .state
            .runtime
            .run(async move { actor::resolve(&db, &tokens, &owned).await })
            .await
        else {
            return Err(Some(close(1011, "Internal error")));
        };
        let viewer = resolved.map_err(|err| {
            tracing::error!(error = ?err, "cannot resolve the subscriber");
            Some(close(1011, "Internal error"))
        })?;
        let remaining = claims.exp.saturating_sub(chrono::Utc::now().timestamp());
        let expires_at =
            Instant::now() + Duration::from_secs(u64::try_from(remaining).unwrap_or_default());
        Ok(viewer.map(|viewer| SignedIn { viewer, expires_at }))
    }

    /// Passes a subscription's event on to the client, unless the subscription has ended.
    async fn deliver(&mut self, event: Event) -> Result<(), Option<CloseReason>> {
        match event {
            Event::Next(id, generation, mut response) => {
                if self.subscriptions.get(&id).map(|(g, _)| *g) != Some(generation) {
                    return Ok(());
                }
                ensure_codes(&mut response);
                self.send(json!({ "id": id, "type": "next", "payload": response }))
                    .await
            }
            Event::Done(id, generation) => {
                if self.subscriptions.get(&id).map(|(g, _)| *g) != Some(generation) {
                    return Ok(());
                }
                self.subscriptions.remove(&id);
                self.send(json!({ "id": id, "type": "complete" })).await
            }
        }
    }
}

/// Whether a subscribe request may run: it parses, keeps the shape limits, is a
/// subscription, and the connection has room for it.
fn admissible(request: &mut async_graphql::Request, running: usize) -> Result<(), ServerError> {
    let operation_name = request.operation_name.clone();
    let document = request.parsed_query()?;
    limits::check(document, &SHAPE_LIMITS)?;
    let ty = match (&document.operations, operation_name.as_deref()) {
        (DocumentOperations::Single(operation), _) => Some(operation.node.ty),
        (DocumentOperations::Multiple(operations), Some(name)) => operations
            .iter()
            .find(|(candidate, _)| candidate.as_str() == name)
            .map(|(_, operation)| operation.node.ty),
        (DocumentOperations::Multiple(operations), None) if operations.len() == 1 => operations
            .values()
            .next()
            .map(|operation| operation.node.ty),
        (DocumentOperations::Multiple(_), None) => None,
    };
    match ty {
        Some(OperationType::Subscription) => {}
        Some(_) => {
            return Err(ServerError::new(
                "only subscriptions are served over the WebSocket; send queries and mutations over HTTP",
                None,
            ));
        }
        None => {
            return Err(ServerError::new(
                "the document names no operation to run (set operationName)",
                None,
            ));
        }
    }
    if running >= MAX_SUBSCRIPTIONS {
        return Err(ServerError::new(
            format!("at most {MAX_SUBSCRIPTIONS} subscriptions may run on one connection"),
            None,
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::token_in;
    use serde_json::json;

    #[test]
    fn the_token_is_found_however_the_scheme_is_spelled() {
        for payload in [
            json!({ "Authorization": "Bearer abc" }),
            json!({ "authorization": "bearer abc" }),
            json!({ "AUTHORIZATION": "BEARER   abc" }),
            json!({ "Authorization": "abc" }),
            json!({ "token": "abc" }),
        ] {
            assert_eq!(token_in(&payload).as_deref(), Some("abc"), "{payload}");
        }
        for payload in [
            json!({}),
            json!({ "Authorization": "" }),
            json!({ "Authorization": "Basic abc" }),
            json!("abc"),
        ] {
            assert_eq!(token_in(&payload), None, "{payload}");
        }
    }
}

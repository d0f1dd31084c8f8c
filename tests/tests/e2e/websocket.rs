//! The subscription socket speaks graphql-transport-ws: refusals use its close codes, a
//! subscription ends when its access token expires unless the client re-authenticates on the
//! socket, and subscriptions keep the same shape limits as HTTP requests.

use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use futures_util::{SinkExt, StreamExt};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{Value, json};
use skupaj_tests::fixtures::Platform;
use skupaj_tests::{
    PASSWORD, Session, TEST_JWT_SECRET, TestApp, create_referral, referral_consent, referral_id,
    register_participant,
};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

const SUBSCRIPTION: &str = "subscription { notificationReceived { kind subjectId } }";

/// What the server sent.
#[derive(Debug)]
enum Received {
    Message(Value),
    Closed(u16, String),
}

async fn connect(app: &TestApp) -> Socket {
    let url = format!("{}/graphql/ws", app.address.replace("http://", "ws://"));
    let mut request = url.into_client_request().expect("request");
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        "graphql-transport-ws".parse().expect("header"),
    );
    let (socket, response) = tokio_tungstenite::connect_async(request)
        .await
        .expect("connect");
    assert_eq!(
        response.headers()["sec-websocket-protocol"],
        "graphql-transport-ws"
    );
    socket
}

async fn send(socket: &mut Socket, message: Value) {
    socket
        .send(Message::Text(message.to_string().into()))
        .await
        .expect("send");
}

/// The next message or close frame, waiting up to `wait`; `None` when nothing came.
async fn receive(socket: &mut Socket, wait: Duration) -> Option<Received> {
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        let message = match tokio::time::timeout_at(deadline, socket.next()).await {
            Err(_elapsed) => return None,
            Ok(None) | Ok(Some(Err(_))) => return Some(Received::Closed(1006, String::new())),
            Ok(Some(Ok(message))) => message,
        };
        match message {
            Message::Text(text) => {
                return Some(Received::Message(
                    serde_json::from_str(&text).expect("JSON"),
                ));
            }
            Message::Close(frame) => {
                return Some(match frame {
                    Some(frame) => Received::Closed(frame.code.into(), frame.reason.to_string()),
                    None => Received::Closed(1005, String::new()),
                });
            }
            _ => {}
        }
    }
}

async fn closed_with(socket: &mut Socket, wait: Duration) -> (u16, String) {
    loop {
        match receive(socket, wait).await {
            Some(Received::Closed(code, reason)) => return (code, reason),
            Some(Received::Message(message)) => {
                assert_ne!(message["type"], "connection_ack", "{message}");
            }
            None => panic!("the socket stayed open"),
        }
    }
}

/// Connects and signs in with `init` as the `connection_init` payload; panics unless acked.
async fn signed_in(app: &TestApp, init: Value) -> Socket {
    let mut socket = connect(app).await;
    send(
        &mut socket,
        json!({ "type": "connection_init", "payload": init }),
    )
    .await;
    match receive(&mut socket, Duration::from_secs(5)).await {
        Some(Received::Message(message)) if message["type"] == "connection_ack" => socket,
        other => panic!("not acknowledged: {other:?}"),
    }
}

fn bearer(session: &Session) -> Value {
    json!({ "Authorization": format!("Bearer {}", session.access_token) })
}

/// The same access token with its lifetime cut to `seconds` from now, signed with the test
/// key (as the server would have issued it under a shorter lifetime).
fn expiring_in(session: &Session, seconds: i64) -> String {
    let payload = session.access_token.split('.').nth(1).expect("payload");
    let mut claims: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).expect("base64")).expect("JSON");
    let now = chrono::Utc::now().timestamp();
    claims["iat"] = json!(now);
    claims["exp"] = json!(now + seconds);
    jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(TEST_JWT_SECRET.as_bytes()),
    )
    .expect("sign")
}

/// A case manager who can refer a participant to a space whose staff member listens.
struct World {
    app: TestApp,
    case_manager: Session,
    receiver: Session,
    space: String,
    participant: String,
}

async fn world() -> World {
    let Platform { app, admin } = TestApp::with_admin().await;
    let ngo = app.organisation(&admin, "NGO", "Most", "Ljubljana").await;
    let space = app.organisation(&admin, "CWCS", "FabLab", "Koper").await;
    let case_manager = app
        .member(&admin, &ngo, "nina@most.test", "CASE_MANAGER")
        .await;
    let receiver = app
        .member(&admin, &space, "olena@fablab.test", "STAFF")
        .await;
    let participant = register_participant(&app, &case_manager, "Amina").await;
    referral_consent(&app, &case_manager, &participant, &[&space], &["IDENTITY"]).await;
    World {
        app,
        case_manager,
        receiver,
        space,
        participant,
    }
}

/// The next `next` payload within `wait`, skipping other messages; `None` if none came or the
/// socket closed.
async fn next_event(socket: &mut Socket, wait: Duration) -> Option<Value> {
    let deadline = Instant::now() + wait;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match receive(socket, left).await? {
            Received::Message(message) if message["type"] == "next" => {
                return Some(message["payload"].clone());
            }
            Received::Message(_) => {}
            Received::Closed(..) => return None,
        }
    }
}

#[tokio::test]
async fn refusals_use_the_protocols_close_codes() {
    let Platform { app, admin } = TestApp::with_admin().await;

    for init in [
        json!({ "Authorization": "Bearer forged" }),
        json!({}),
        json!({ "Authorization": format!("Basic {}", admin.access_token) }),
    ] {
        let mut socket = connect(&app).await;
        send(
            &mut socket,
            json!({ "type": "connection_init", "payload": init }),
        )
        .await;
        let (code, reason) = closed_with(&mut socket, Duration::from_secs(5)).await;
        assert_eq!(code, 4403, "{init}: {reason}");
    }

    // Subscribing before the connection is acknowledged.
    let mut socket = connect(&app).await;
    send(
        &mut socket,
        json!({ "id": "1", "type": "subscribe", "payload": { "query": SUBSCRIPTION } }),
    )
    .await;
    let (code, _) = closed_with(&mut socket, Duration::from_secs(5)).await;
    assert_eq!(code, 4401);

    // A second connection_init, a duplicate subscription id, and garbage.
    let mut socket = signed_in(&app, bearer(&admin)).await;
    send(
        &mut socket,
        json!({ "type": "connection_init", "payload": bearer(&admin) }),
    )
    .await;
    assert_eq!(
        closed_with(&mut socket, Duration::from_secs(5)).await.0,
        4429
    );

    let mut socket = signed_in(&app, bearer(&admin)).await;
    for _ in 0..2 {
        send(
            &mut socket,
            json!({ "id": "1", "type": "subscribe", "payload": { "query": SUBSCRIPTION } }),
        )
        .await;
    }
    assert_eq!(
        closed_with(&mut socket, Duration::from_secs(5)).await.0,
        4409
    );

    let mut socket = signed_in(&app, bearer(&admin)).await;
    send(&mut socket, json!({ "type": "shout" })).await;
    assert_eq!(
        closed_with(&mut socket, Duration::from_secs(5)).await.0,
        4400
    );
}

#[tokio::test]
async fn the_bearer_scheme_may_be_lower_case_in_connection_init() {
    let Platform { app, admin } = TestApp::with_admin().await;
    for init in [
        json!({ "Authorization": format!("bearer {}", admin.access_token) }),
        json!({ "authorization": format!("BEARER {}", admin.access_token) }),
        json!({ "token": admin.access_token }),
    ] {
        signed_in(&app, init).await;
    }
}

#[tokio::test]
async fn a_subscription_ends_when_its_access_token_expires() {
    let w = world().await;
    let token = expiring_in(&w.receiver, 3);
    let started = Instant::now();
    let mut socket = signed_in(
        &w.app,
        json!({ "Authorization": format!("Bearer {token}") }),
    )
    .await;
    send(
        &mut socket,
        json!({ "id": "1", "type": "subscribe", "payload": { "query": SUBSCRIPTION } }),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    // Live while the token is.
    let id = referral_id(
        &create_referral(&w.app, &w.case_manager, &w.participant, &w.space, true).await,
    );
    let event = next_event(&mut socket, Duration::from_secs(2))
        .await
        .expect("a notification while the token is valid");
    assert_eq!(
        event["data"]["notificationReceived"]["subjectId"],
        id.as_str()
    );

    let (code, reason) = closed_with(&mut socket, Duration::from_secs(10)).await;
    let lived = started.elapsed();
    eprintln!("closed {lived:?} after connecting with a 3 s token: {code} {reason}");
    assert_eq!(code, 4401, "{reason}");
    assert!(reason.contains("expired"), "{reason}");
    assert!(lived >= Duration::from_secs(2), "{lived:?}");
}

#[tokio::test]
async fn re_authenticating_on_the_socket_keeps_the_subscription() {
    let w = world().await;
    let token = expiring_in(&w.receiver, 3);
    let mut socket = signed_in(
        &w.app,
        json!({ "Authorization": format!("Bearer {token}") }),
    )
    .await;
    send(
        &mut socket,
        json!({ "id": "1", "type": "subscribe", "payload": { "query": SUBSCRIPTION } }),
    )
    .await;
    // A fresh token of the same session (as refreshSession would give), sent in a ping.
    send(
        &mut socket,
        json!({ "type": "ping", "payload": bearer(&w.receiver) }),
    )
    .await;
    match receive(&mut socket, Duration::from_secs(5)).await {
        Some(Received::Message(message)) if message["type"] == "pong" => {}
        other => panic!("expected a pong: {other:?}"),
    }
    // Past the first token's expiry the subscription still delivers.
    tokio::time::sleep(Duration::from_secs(4)).await;
    let id = referral_id(
        &create_referral(&w.app, &w.case_manager, &w.participant, &w.space, true).await,
    );
    let event = next_event(&mut socket, Duration::from_secs(5))
        .await
        .expect("still subscribed");
    assert_eq!(
        event["data"]["notificationReceived"]["subjectId"],
        id.as_str()
    );

    // A token of another session (a new sign-in) cannot take over the socket.
    let other_session = w.app.login("olena@fablab.test", PASSWORD).await;
    send(
        &mut socket,
        json!({ "type": "ping", "payload": bearer(&other_session) }),
    )
    .await;
    assert_eq!(
        closed_with(&mut socket, Duration::from_secs(5)).await.0,
        4403
    );
}

#[tokio::test]
async fn subscriptions_keep_the_shape_limits() {
    let Platform { app, admin } = TestApp::with_admin().await;
    let mut socket = signed_in(&app, bearer(&admin)).await;
    for (id, query) in [
        (
            "bomb",
            super::limits::fan_out("subscription", "SubscriptionRoot", 24),
        ),
        ("query", "{ me { user { email } } }".to_owned()),
        ("syntax", "subscription {".to_owned()),
    ] {
        let started = Instant::now();
        send(
            &mut socket,
            json!({ "id": id, "type": "subscribe", "payload": { "query": query } }),
        )
        .await;
        let answer = receive(&mut socket, Duration::from_secs(5)).await;
        let took = started.elapsed();
        eprintln!(
            "subscription {id}: answered in {:.1} ms",
            took.as_secs_f64() * 1000.0
        );
        let Some(Received::Message(message)) = answer else {
            panic!("{id}: {answer:?}");
        };
        assert_eq!(message["type"], "error", "{id}: {message}");
        assert_eq!(message["id"], id, "{message}");
        assert_eq!(
            message["payload"][0]["extensions"]["code"], "VALIDATION",
            "{id}: {message}"
        );
        assert!(took < Duration::from_secs(2), "{id}: {took:?}");
    }
    // The connection is still good.
    send(
        &mut socket,
        json!({ "id": "fine", "type": "subscribe", "payload": { "query": SUBSCRIPTION } }),
    )
    .await;
    send(&mut socket, json!({ "type": "ping" })).await;
    match receive(&mut socket, Duration::from_secs(5)).await {
        Some(Received::Message(message)) if message["type"] == "pong" => {}
        other => panic!("expected a pong: {other:?}"),
    }
}

#[tokio::test]
async fn a_shutdown_closes_subscriptions_with_service_restart_so_clients_reconnect_elsewhere() {
    let w = world().await;
    let mut socket = signed_in(&w.app, bearer(&w.receiver)).await;
    send(
        &mut socket,
        json!({ "id": "1", "type": "subscribe", "payload": { "query": SUBSCRIPTION } }),
    )
    .await;
    // The subscription is live before the shutdown (given a moment to start).
    tokio::time::sleep(Duration::from_secs(1)).await;
    create_referral(&w.app, &w.case_manager, &w.participant, &w.space, true).await;
    assert!(
        next_event(&mut socket, Duration::from_secs(5))
            .await
            .is_some(),
        "no notification before the shutdown"
    );
    let asked = Instant::now();
    w.app.begin_shutdown();
    // Told at once (no drain here) to reconnect, rather than held open until the grace period
    // runs out and then cut.
    let (code, reason) = closed_with(&mut socket, Duration::from_secs(5)).await;
    assert_eq!(code, 1012, "{reason}");
    assert!(
        asked.elapsed() < Duration::from_secs(3),
        "closed only after {:?}",
        asked.elapsed()
    );
}

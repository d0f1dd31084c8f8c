//! Stopping the server: every request in flight gets its real answer (also one waiting on a
//! lock), every write that committed was answered as committed, answers during the shutdown
//! tell keep-alive clients to close, and the server does stop.

use std::time::Duration;

use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, Statement, TransactionTrait};
use serde_json::{Value, json};

use skupaj_tests::TestApp;
use skupaj_tests::fixtures::Case;

pub const CREATE: &str = "mutation($input: CreateReferralInput!) { createReferral(input: $input) { referral { id status } } }";

pub fn create_input(c: &Case) -> Value {
    let respond_by = (chrono::Utc::now() + chrono::Duration::days(7)).date_naive();
    json!({ "input": {
        "participantId": c.participant, "toOrganisationId": c.space, "needDomain": "EMPLOYMENT",
        "reason": "Looking for work", "respondBy": respond_by.to_string(), "send": true
    } })
}

/// One POST; the status, the `Connection` header and the body (or the transport error).
pub async fn post(
    client: &reqwest::Client,
    address: &str,
    token: &str,
    query: &str,
    variables: Value,
) -> Result<(StatusCode, Option<String>, Value), String> {
    let response = client
        .post(format!("{address}/graphql"))
        .bearer_auth(token)
        .json(&json!({ "query": query, "variables": variables }))
        .send()
        .await
        .map_err(|err| err.to_string())?;
    let status = response.status();
    let connection = response
        .headers()
        .get(reqwest::header::CONNECTION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body = response.json().await.map_err(|err| err.to_string())?;
    Ok((status, connection, body))
}

/// How many referrals the database holds.
async fn referral_count(db: &DatabaseConnection) -> i64 {
    let backend = db.get_database_backend();
    let row = db
        .query_one_raw(Statement::from_string(
            backend,
            "SELECT COUNT(*) AS n FROM referrals",
        ))
        .await
        .expect("count referrals")
        .expect("a row");
    row.try_get::<i64>("", "n").expect("a count")
}

#[tokio::test]
async fn requests_in_flight_get_their_answers_when_the_server_stops() {
    let c = TestApp::with_referral_case_configured(|settings| {
        settings.http_workers = 2;
        settings.shutdown_grace_seconds = 20;
    })
    .await;
    let address = c.app.address.clone();
    let token = c.case_manager.access_token.clone();
    let client = reqwest::Client::new();

    // Sixteen at a time for a while, so that both HTTP workers serve requests and the pool
    // holds connections that each of them used.
    let warm_until = tokio::time::Instant::now() + Duration::from_millis(800);
    let mut warmers = Vec::new();
    for _ in 0..16 {
        let (client, address, token) = (client.clone(), address.clone(), token.clone());
        warmers.push(tokio::spawn(async move {
            while tokio::time::Instant::now() < warm_until {
                let answer = post(
                    &client,
                    &address,
                    &token,
                    "{ referrals(first: 5) { edges { node { id } } } }",
                    json!({}),
                )
                .await;
                let (status, _, body) = answer.expect("an answer while warming up");
                assert_eq!(status, StatusCode::OK, "{body}");
            }
        }));
    }
    for warmer in warmers {
        warmer.await.expect("warm-up");
    }

    // Another connection holds the participant's consent: a row lock on PostgreSQL, the write
    // lock on SQLite. Referrals sent now wait for it.
    let other = skupaj_persistence::connect(c.app.database_url())
        .await
        .expect("a second connection");
    let holder = other.begin().await.expect("begin");
    let hold = match other.get_database_backend() {
        DatabaseBackend::Postgres => {
            format!(
                "SELECT 1 FROM consents WHERE id = '{}' FOR UPDATE",
                c.consent
            )
        }
        _ => "UPDATE consents SET withdrawn_at = withdrawn_at".to_owned(),
    };
    holder
        .execute_unprepared(&hold)
        .await
        .expect("take the lock");

    let before = referral_count(&other).await;
    let mut writes = Vec::new();
    for _ in 0..4 {
        let (client, address, token) = (client.clone(), address.clone(), token.clone());
        let input = create_input(&c);
        writes.push(tokio::spawn(async move {
            post(&client, &address, &token, CREATE, input).await
        }));
    }
    let mut reads = Vec::new();
    for _ in 0..4 {
        let (client, address, token) = (client.clone(), address.clone(), token.clone());
        reads.push(tokio::spawn(async move {
            post(
                &client,
                &address,
                &token,
                "{ me { actingRole } referrals(first: 20) { edges { node { id status } } } }",
                json!({}),
            )
            .await
        }));
    }
    tokio::time::sleep(Duration::from_millis(300)).await;

    c.app.begin_shutdown();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    holder.commit().await.expect("release the lock");

    let mut acknowledged = 0;
    for write in writes {
        let (status, connection, body) = write
            .await
            .expect("task")
            .expect("a referral in flight is answered, not dropped");
        assert_eq!(status, StatusCode::OK, "{body}");
        // Answered during the shutdown: the keep-alive client is told to go elsewhere next.
        assert_eq!(connection.as_deref(), Some("close"), "{body}");
        assert!(
            body["errors"].is_null(),
            "a write in flight failed at shutdown: {body}"
        );
        assert_eq!(body["data"]["createReferral"]["referral"]["status"], "SENT");
        acknowledged += 1;
    }
    for read in reads {
        let (status, _, body) = read
            .await
            .expect("task")
            .expect("a read in flight is answered");
        assert_eq!(status, StatusCode::OK, "{body}");
        assert!(
            body["errors"].is_null(),
            "a read in flight failed at shutdown: {body}"
        );
    }
    // Every committed write was answered as committed, and nothing else committed.
    assert_eq!(referral_count(&other).await - before, acknowledged);

    // And the server does stop: soon nobody answers on its port.
    let fresh = reqwest::Client::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    while fresh.get(format!("{address}/healthz")).send().await.is_ok() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the server still answers 15 s after its shutdown began"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

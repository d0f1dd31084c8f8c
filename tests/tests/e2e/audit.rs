//! The audit log: reads of personal data, denied reads and mutations are recorded, without
//! personal values, and only auditors read the log.

use serde_json::{Value, json};
use skupaj_domain::membership::PlatformRole;
use skupaj_tests::{Session, TestApp, create_referral, error_code};

const LOG: &str = "query($filter: AuditFilterInput) { auditLog(first: 100, filter: $filter) { edges { node { operation entityType entityId outcome userId role } } } }";

async fn entries(app: &TestApp, auditor: &Session, filter: Value) -> Vec<Value> {
    let answer = app
        .graphql(
            Some(&auditor.access_token),
            LOG,
            json!({ "filter": filter }),
        )
        .await;
    answer["data"]["auditLog"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"))
        .iter()
        .map(|edge| edge["node"].clone())
        .collect()
}

#[tokio::test]
async fn a_read_writes_one_row_and_a_denied_read_a_denied_row() {
    let c = TestApp::with_referral_case().await;
    let auditor = c
        .app
        .platform_user("audit@skupaj.test", PlatformRole::Auditor)
        .await;
    let reads = json!({ "entityId": c.participant, "operation": "readParticipant" });
    let before = entries(&c.app, &auditor, reads.clone()).await.len();

    // Many personal fields in one request: one entry.
    c.app
        .graphql(
            Some(&c.case_manager.access_token),
            "query($id: ID!) { participant(id: $id) { givenName familyName email legalStatus skills languages { language } } }",
            json!({ "id": c.participant }),
        )
        .await;
    let after_read = entries(&c.app, &auditor, reads.clone()).await;
    assert_eq!(after_read.len(), before + 1, "{after_read:?}");
    assert_eq!(after_read[0]["outcome"], "ALLOWED");
    assert_eq!(after_read[0]["role"], "CASE_MANAGER");

    // The reference code alone is not personal data: no entry.
    c.app
        .graphql(
            Some(&c.case_manager.access_token),
            "query($id: ID!) { participant(id: $id) { referenceCode } }",
            json!({ "id": c.participant }),
        )
        .await;
    assert_eq!(
        entries(&c.app, &auditor, reads.clone()).await.len(),
        before + 1
    );

    // A read by an unrelated organisation: NOT_FOUND to them, a DENIED entry in the log.
    let answer = c
        .app
        .graphql(
            Some(&c.third_staff.access_token),
            "query($id: ID!) { participant(id: $id) { givenName } }",
            json!({ "id": c.participant }),
        )
        .await;
    assert_eq!(error_code(&answer), Some("NOT_FOUND"));
    let denied = entries(
        &c.app,
        &auditor,
        json!({ "entityId": c.participant, "outcome": "DENIED" }),
    )
    .await;
    assert_eq!(denied.len(), 1, "{denied:?}");
    assert_eq!(denied[0]["operation"], "readParticipant");

    // No entry carries a personal value.
    let everything = c
        .app
        .graphql(Some(&auditor.access_token), LOG, json!({}))
        .await
        .to_string();
    for personal in [
        "Amina",
        "Haddad",
        "amina@mail.test",
        "INTERNATIONAL_PROTECTION",
        "welding",
    ] {
        assert!(!everything.contains(personal), "the log holds {personal}");
    }
}

#[tokio::test]
async fn mutations_are_recorded_with_their_outcome() {
    let c = TestApp::with_referral_case().await;
    let auditor = c
        .app
        .platform_user("audit@skupaj.test", PlatformRole::Auditor)
        .await;
    let created = create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await;
    let id = created["data"]["createReferral"]["referral"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let refused = c
        .step(&c.case_manager, "acceptReferral", &id, json!({}))
        .await;
    assert_eq!(error_code(&refused), Some("FORBIDDEN"));
    let log = entries(&c.app, &auditor, json!({ "entityId": id })).await;
    let summary: Vec<(String, String)> = log
        .iter()
        .map(|e| {
            (
                e["operation"].as_str().unwrap_or("").to_owned(),
                e["outcome"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    assert!(
        summary.contains(&("createReferral".to_owned(), "ALLOWED".to_owned())),
        "{summary:?}"
    );
    assert!(
        summary.contains(&("acceptReferral".to_owned(), "DENIED".to_owned())),
        "{summary:?}"
    );
}

#[tokio::test]
async fn only_an_auditor_reads_the_log() {
    let c = TestApp::with_referral_case().await;
    for session in [&c.case_manager, &c.admin] {
        let answer = c
            .app
            .graphql(Some(&session.access_token), LOG, json!({}))
            .await;
        assert_eq!(error_code(&answer), Some("FORBIDDEN"), "{answer}");
        assert_eq!(
            answer["data"],
            json!({ "auditLog": null }),
            "nothing leaks, not even a count: {answer}"
        );
    }
    let anonymous = c.app.graphql(None, LOG, json!({})).await;
    assert_eq!(error_code(&anonymous), Some("UNAUTHENTICATED"));
}

const NAMED: &str = "query($filter: AuditFilterInput) { auditLog(first: 100, filter: $filter) { edges { node { id at operation userName organisationName role requestId clientAddress } } } }";

/// Runs a read of the participant as the case manager and answers the request id the server
/// gave it.
async fn read_with_request_id(c: &skupaj_tests::fixtures::Case) -> String {
    let response = c
        .app
        .client()
        .post(format!("{}/graphql", c.app.address))
        .bearer_auth(&c.case_manager.access_token)
        .json(&json!({
            "query": "query($id: ID!) { participant(id: $id) { givenName } }",
            "variables": { "id": c.participant },
        }))
        .send()
        .await
        .expect("send");
    let id = response
        .headers()
        .get("x-request-id")
        .and_then(|id| id.to_str().ok())
        .expect("a request id")
        .to_owned();
    let answer: Value = response.json().await.expect("JSON");
    assert_eq!(
        answer["data"]["participant"]["givenName"], "Amina",
        "{answer}"
    );
    id
}

#[tokio::test]
async fn entries_name_who_acted_and_the_request() {
    let c = TestApp::with_referral_case().await;
    let auditor = c
        .app
        .platform_user("audit@skupaj.test", PlatformRole::Auditor)
        .await;
    let request_id = read_with_request_id(&c).await;
    let answer = c
        .app
        .graphql(
            Some(&auditor.access_token),
            NAMED,
            json!({ "filter": { "requestId": request_id } }),
        )
        .await;
    let entries = answer["data"]["auditLog"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"));
    assert_eq!(entries.len(), 1, "one read in that request: {answer}");
    let entry = &entries[0]["node"];
    assert_eq!(entry["operation"], "readParticipant");
    assert_eq!(entry["userName"], "Test Person", "{entry}");
    assert_eq!(entry["organisationName"], "Društvo Most");
    assert_eq!(entry["role"], "CASE_MANAGER");
    assert_eq!(entry["requestId"], request_id.as_str());
    assert!(entry["clientAddress"].is_string(), "{entry}");

    // Mutations carry their request id too.
    let mutations = c
        .app
        .graphql(
            Some(&auditor.access_token),
            NAMED,
            json!({ "filter": { "operation": "registerParticipant" } }),
        )
        .await;
    let mutation = &mutations["data"]["auditLog"]["edges"][0]["node"];
    assert!(
        mutation["requestId"]
            .as_str()
            .is_some_and(|id| !id.is_empty()),
        "{mutations}"
    );
    assert_eq!(mutation["organisationName"], "Društvo Most");
}

/// Changes one column of one audit entry behind the application's back.
async fn tamper(app: &TestApp, id: &str, column: &str, value: &str) {
    use sea_orm::ConnectionTrait;
    use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
    let update = Query::update()
        .table(Alias::new("audit_log"))
        .value(Alias::new(column), value)
        .and_where(Expr::col(Alias::new("id")).eq(uuid::Uuid::parse_str(id).expect("an id")))
        .to_owned();
    let statement = app.db.get_database_backend().build(&update);
    let result = app.db.execute_raw(statement).await.expect("tamper");
    assert_eq!(result.rows_affected(), 1);
}

async fn remove(app: &TestApp, id: &str) {
    use sea_orm::ConnectionTrait;
    use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
    let delete = Query::delete()
        .from_table(Alias::new("audit_log"))
        .and_where(Expr::col(Alias::new("id")).eq(uuid::Uuid::parse_str(id).expect("an id")))
        .to_owned();
    let statement = app.db.get_database_backend().build(&delete);
    app.db.execute_raw(statement).await.expect("delete");
}

/// The whole log, oldest first, as (id, at).
async fn whole_log(app: &TestApp, auditor: &Session) -> Vec<(String, String)> {
    let answer = app
        .graphql(Some(&auditor.access_token), NAMED, json!({}))
        .await;
    let mut entries: Vec<(String, String)> = answer["data"]["auditLog"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"))
        .iter()
        .map(|edge| {
            (
                edge["node"]["id"].as_str().expect("id").to_owned(),
                edge["node"]["at"].as_str().expect("at").to_owned(),
            )
        })
        .collect();
    entries.reverse();
    entries
}

#[tokio::test]
async fn verify_passes_on_an_untouched_log_and_names_the_altered_entry() {
    let c = TestApp::with_referral_case().await;
    let auditor = c
        .app
        .platform_user("audit@skupaj.test", PlatformRole::Auditor)
        .await;
    // Entries from concurrent requests: reads, a refusal, mutations.
    let mut work = Vec::new();
    for _ in 0..4 {
        work.push(read_with_request_id(&c));
    }
    futures_util::future::join_all(work).await;
    create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await;
    c.app
        .graphql(
            Some(&c.third_staff.access_token),
            "query($id: ID!) { participant(id: $id) { givenName } }",
            json!({ "id": c.participant }),
        )
        .await;

    let (intact, report) = skupaj_api::audit_chain::verify(&c.app.db)
        .await
        .expect("verify");
    assert!(intact, "{report}");
    assert!(report.starts_with("OK"), "{report}");

    let log = whole_log(&c.app, &auditor).await;
    assert!(log.len() >= 8, "{log:?}");
    // An entry made to say someone else did it: verify names that entry, with its time.
    let (altered, _) = &log[log.len() / 2];
    tamper(&c.app, altered, "operation", "readReferral").await;
    let (intact, report) = skupaj_api::audit_chain::verify(&c.app.db)
        .await
        .expect("verify");
    assert!(!intact);
    assert!(report.starts_with("BROKEN"), "{report}");
    assert!(
        report.contains(altered.as_str()),
        "{report} should name {altered}"
    );
}

#[tokio::test]
async fn verify_names_the_entry_after_a_removed_one() {
    let c = TestApp::with_referral_case().await;
    let auditor = c
        .app
        .platform_user("audit@skupaj.test", PlatformRole::Auditor)
        .await;
    for _ in 0..3 {
        read_with_request_id(&c).await;
    }
    let log = whole_log(&c.app, &auditor).await;
    // The reads of `whole_log` itself are in the log by now; the entry after the removed one
    // is the next in the chain.
    let (removed, _) = &log[1];
    let (next, _) = &log[2];
    remove(&c.app, removed).await;
    let (intact, report) = skupaj_api::audit_chain::verify(&c.app.db)
        .await
        .expect("verify");
    assert!(!intact);
    assert!(
        report.contains(next.as_str()),
        "{report} should name {next}"
    );
    assert!(!report.contains(removed.as_str()), "{report}");
}

#[tokio::test]
async fn two_instances_writing_at_once_keep_one_chain() {
    let c = TestApp::with_referral_case().await;
    let second = TestApp::spawn_at(c.app.database_url().to_owned(), |_| {}).await;
    let read = "query($id: ID!) { participant(id: $id) { givenName } }";
    let mut work = Vec::new();
    for i in 0..24 {
        let app = if i % 2 == 0 { &c.app } else { &second };
        work.push(app.graphql(
            Some(&c.case_manager.access_token),
            read,
            json!({ "id": c.participant }),
        ));
        work.push(app.graphql(
            Some(&c.third_staff.access_token),
            read,
            json!({ "id": c.participant }),
        ));
    }
    for answer in futures_util::future::join_all(work).await {
        assert!(answer["data"]["participant"].is_object() || error_code(&answer).is_some());
    }
    let (intact, report) = skupaj_api::audit_chain::verify(&c.app.db)
        .await
        .expect("verify");
    assert!(intact, "{report}");
}

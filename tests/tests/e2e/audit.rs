//! The audit log: reads of personal data, denied reads and mutations are recorded, without
//! personal values, and only auditors read the log.

use serde_json::{Value, json};
use skupaj_domain::membership::PlatformRole;
use skupaj_tests::{Session, TestApp, create_referral, error_code};

use crate::support::case;

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
    let c = case().await;
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
    let c = case().await;
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
    let c = case().await;
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

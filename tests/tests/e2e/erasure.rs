//! Erasure (GDPR art. 17): after `eraseParticipant`, none of the person's personal values is left
//! in any text column of any table, while the figures that count them stay the same.

use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::{Value, json};
use skupaj_tests::{Session, TestApp, error_code, error_field};

use crate::merge::everything_about;

const ERASE: &str = "mutation($input: EraseParticipantInput!) { eraseParticipant(input: $input) { erasedAt cancelledReferralIds } }";

async fn erase(app: &TestApp, who: &Session, participant: &str, reason: &str) -> Value {
    app.graphql(
        Some(&who.access_token),
        ERASE,
        json!({ "input": { "participantId": participant, "reason": reason } }),
    )
    .await
}

/// Every value of every text column of every table, as `table.column: value`.
pub(crate) async fn every_text(app: &TestApp) -> Vec<String> {
    let backend = app.db.get_database_backend();
    let columns_sql = match backend {
        DbBackend::Postgres => {
            "SELECT table_name AS t, column_name AS c FROM information_schema.columns \
             WHERE table_schema = current_schema() \
             AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')"
        }
        _ => {
            "SELECT m.name AS t, p.name AS c FROM sqlite_master m \
             JOIN pragma_table_info(m.name) p WHERE m.type = 'table' \
             AND (lower(p.type) LIKE '%char%' OR lower(p.type) LIKE '%text%')"
        }
    };
    let columns = app
        .db
        .query_all_raw(Statement::from_string(backend, columns_sql))
        .await
        .expect("the schema reads");
    let mut values = Vec::new();
    for column in columns {
        let table: String = column.try_get("", "t").expect("table");
        let name: String = column.try_get("", "c").expect("column");
        let rows = app
            .db
            .query_all_raw(Statement::from_string(
                backend,
                format!("SELECT CAST(\"{name}\" AS TEXT) AS v FROM \"{table}\""),
            ))
            .await
            .expect("a column reads");
        for row in rows {
            if let Ok(Some(value)) = row.try_get::<Option<String>>("", "v") {
                values.push(format!("{table}.{name}: {value}"));
            }
        }
    }
    values
}

/// The values among `texts` that hold any of `personal` (case and diacritics aside as a
/// search would fold them: the stored search keys are lower-case).
pub(crate) fn holding<'a>(texts: &'a [String], personal: &[&str]) -> Vec<&'a String> {
    texts
        .iter()
        .filter(|text| {
            let lower = text.to_lowercase();
            personal.iter().any(|p| lower.contains(&p.to_lowercase()))
        })
        .collect()
}

#[tokio::test]
async fn an_erased_person_is_nowhere_and_the_figures_stay() {
    let c = TestApp::with_referral_case().await;
    everything_about(&c, &c.participant).await;
    let admin = c
        .app
        .member(&c.admin, &c.ngo, "admin@most.test", "ORG_ADMIN")
        .await;
    let code = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            "query($id: ID!) { participant(id: $id) { referenceCode } }",
            json!({ "id": c.participant }),
        )
        .await["data"]["participant"]["referenceCode"]
        .as_str()
        .expect("a code")
        .to_owned();
    // What the fixture holds about Amina, and her search keys as stored.
    let personal = [
        "Amina",
        "Haddad",
        "amina@mail.test",
        "+386 40 000 000",
        "40000000",
        "2023-05-01",
        code.as_str(),
    ];
    let before = every_text(&c.app).await;
    assert!(
        holding(&before, &personal).len() >= 8,
        "the scan sees the person before: {:?}",
        holding(&before, &personal)
    );
    const FIGURES: &str = "{ referralStats { total byStatus { status count } } programmes(first: 10) { nodes { stats { enrolled waitlisted completed } } } }";
    let figures = |session: &Session| {
        let token = session.access_token.clone();
        let app = &c.app;
        async move {
            let answer = app.graphql(Some(&token), FIGURES, json!({})).await;
            assert!(answer["errors"].is_null(), "{answer}");
            let mut data = answer["data"].clone();
            // Cancelling the open referral moves it between statuses, never out of the total.
            data["referralStats"]["byStatus"] = Value::Null;
            data
        }
    };
    let figures_before = figures(&c.case_manager).await;

    let answer = erase(&c.app, &admin, &c.participant, "Request under GDPR art. 17").await;
    assert!(answer["errors"].is_null(), "{answer}");
    assert_eq!(
        answer["data"]["eraseParticipant"]["cancelledReferralIds"]
            .as_array()
            .map(Vec::len),
        Some(1),
        "{answer}"
    );

    let after = every_text(&c.app).await;
    assert_eq!(holding(&after, &personal), Vec::<&String>::new());
    let birth_year = c
        .app
        .db
        .query_one_raw(Statement::from_string(
            c.app.db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM participants WHERE birth_year IS NOT NULL",
        ))
        .await
        .expect("reads")
        .expect("a row")
        .try_get::<i64>("", "n")
        .expect("a count");
    assert_eq!(birth_year, 0, "no birth year is left");
    assert_eq!(figures(&c.case_manager).await, figures_before);

    // The record is gone from lists; the space's referral is cancelled for a reason the
    // platform set, and the audit row keeps who erased, not whom.
    let list = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            "{ participants { edges { node { id } } } }",
            json!({}),
        )
        .await;
    assert_eq!(list["data"]["participants"]["edges"], json!([]), "{list}");
    let theirs = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            "{ referrals(first: 5) { edges { node { status cancelReason reason } } } }",
            json!({}),
        )
        .await;
    let node = &theirs["data"]["referrals"]["edges"][0]["node"];
    assert_eq!(node["status"], "CANCELLED", "{theirs}");
    assert_eq!(node["cancelReason"], "PARTICIPANT_ERASED", "{theirs}");
    // The space hears of it, by code, without a name.
    let inbox = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            "{ notifications(first: 50) { edges { node { kind cancelReason title } } } }",
            json!({}),
        )
        .await;
    let told = inbox["data"]["notifications"]["edges"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|edge| {
            edge["node"]["kind"] == "REFERRAL_CANCELLED"
                && edge["node"]["cancelReason"] == "PARTICIPANT_ERASED"
        });
    assert!(told, "{inbox}");
    assert!(!inbox.to_string().contains("Amina"), "{inbox}");
    let auditor = c
        .app
        .platform_user(
            "auditor@skupaj.test",
            skupaj_domain::membership::PlatformRole::Auditor,
        )
        .await;
    let log = c
        .app
        .graphql(
            Some(&auditor.access_token),
            "{ auditLog(first: 100) { edges { node { operation entityType entityId outcome } } } }",
            json!({}),
        )
        .await;
    let erasures: Vec<&Value> = log["data"]["auditLog"]["edges"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|edge| &edge["node"])
        .filter(|node| node["operation"] == "eraseParticipant")
        .collect();
    assert_eq!(erasures.len(), 1, "{log}");
    assert_eq!(erasures[0]["entityType"], "Erasure");
    assert_ne!(erasures[0]["entityId"], c.participant.as_str());

    // Erased once: there is nothing left to erase.
    let again = erase(&c.app, &admin, &c.participant, "Again").await;
    assert!(error_code(&again).is_some(), "{again}");
}

#[tokio::test]
async fn only_the_owners_admins_erase_and_a_refusal_changes_nothing() {
    let c = TestApp::with_referral_case().await;
    let admin = c
        .app
        .member(&c.admin, &c.ngo, "admin@most.test", "ORG_ADMIN")
        .await;
    let space_admin = c
        .app
        .member(&c.admin, &c.space, "admin@fablab.test", "ORG_ADMIN")
        .await;
    let before = every_text(&c.app).await;
    let refusals: [(&str, &Session, &str); 4] = [
        ("the owner's case manager", &c.case_manager, "FORBIDDEN"),
        ("another organisation's admin", &space_admin, "NOT_FOUND"),
        ("an unrelated organisation", &c.third_staff, "NOT_FOUND"),
        ("a platform admin", &c.admin, "NOT_FOUND"),
    ];
    for (who, session, code) in refusals {
        let answer = erase(&c.app, session, &c.participant, "Request under art. 17").await;
        assert_eq!(error_code(&answer), Some(code), "{who}: {answer}");
        assert_eq!(answer["data"], Value::Null, "{who}");
    }
    for reason in ["", "  ", "no"] {
        let answer = erase(&c.app, &admin, &c.participant, reason).await;
        assert_eq!(error_code(&answer), Some("VALIDATION"), "{answer}");
        assert_eq!(error_field(&answer), Some("reason"), "{answer}");
    }
    // Nothing changed, apart from the audit trail of the refusals (and its chain's head).
    let unchanged = |texts: &[String]| -> Vec<String> {
        texts
            .iter()
            .filter(|t| !t.starts_with("audit_log.") && !t.starts_with("audit_chain."))
            .cloned()
            .collect()
    };
    assert_eq!(unchanged(&every_text(&c.app).await), unchanged(&before));
}

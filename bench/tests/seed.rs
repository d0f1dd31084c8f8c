//! The generator's data is data the application works with: the benchmark's workloads succeed
//! on it over HTTP, and the same seed gives the same rows. Runs on SQLite, and on PostgreSQL when
//! `SKUPAJ_TEST_DATABASE_URL` is set, like every end-to-end test.

use serde_json::{Value, json};
use skupaj_bench::run::{W1_QUERY, W2_QUERY, W3_QUERY};
use skupaj_bench::seed::{self, Cast, PASSWORD, Scale};
use skupaj_tests::TestApp;

const SCALE: Scale = Scale {
    organisations: 45,
    participants: 600,
    programmes: 300,
    referrals: 3_000,
    seed: 7,
    one_municipality: false,
};

async fn seeded() -> (TestApp, Cast) {
    let app = TestApp::spawn().await;
    let cast = seed::seed(&app.db, SCALE).await.expect("seed");
    (app, cast)
}

fn dashboard(cast: &Cast) -> Value {
    json!({ "first": 50, "filter": { "municipality": cast.municipality, "statuses": ["SENT"] } })
}

#[tokio::test]
async fn every_workload_succeeds_on_generated_data() {
    let (app, cast) = seeded().await;
    let officer = app.login(&cast.officer_email, PASSWORD).await;
    let page = app
        .graphql(Some(&officer.access_token), W1_QUERY, dashboard(&cast))
        .await;
    assert!(page["errors"].is_null(), "{page}");
    let edges = page["data"]["referrals"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{page}"));
    assert!(
        !edges.is_empty(),
        "the dashboard has sent referrals: {page}"
    );
    for edge in edges {
        assert_eq!(edge["node"]["status"], "SENT");
        assert!(
            edge["node"]["participantCode"]
                .as_str()
                .is_some_and(|code| code.starts_with("P-")),
            "{edge}"
        );
    }
    assert!(
        edges.iter().any(|e| !e["node"]["programme"].is_null()),
        "some referrals name a programme: {page}"
    );

    let case_manager = app.login(&cast.case_manager_email, PASSWORD).await;
    let matches = app
        .graphql(
            Some(&case_manager.access_token),
            W2_QUERY,
            json!({ "participant": cast.participant_ids[0] }),
        )
        .await;
    assert!(matches["errors"].is_null(), "{matches}");
    assert!(
        !matches["data"]["matchProgrammes"]
            .as_array()
            .is_none_or(Vec::is_empty),
        "{matches}"
    );

    let respond_by = (chrono::Utc::now().date_naive() + chrono::Duration::days(14)).to_string();
    let sent = app
        .graphql(
            Some(&case_manager.access_token),
            W3_QUERY,
            json!({ "input": {
                "participantId": cast.participant_ids[0],
                "toOrganisationId": cast.receiver_ids[0],
                "needDomain": "EMPLOYMENT",
                "reason": "Vocational training.",
                "respondBy": respond_by,
                "send": true
            } }),
        )
        .await;
    assert_eq!(
        sent["data"]["createReferral"]["referral"]["status"], "SENT",
        "the generated consent covers the receiver: {sent}"
    );
}

#[tokio::test]
async fn the_same_seed_gives_the_same_data() {
    let (first, first_cast) = seeded().await;
    let (second, second_cast) = seeded().await;
    assert_eq!(first_cast.participant_ids, second_cast.participant_ids);
    let page = |app: TestApp, cast: Cast| async move {
        let officer = app.login(&cast.officer_email, PASSWORD).await;
        let answer = app
            .graphql(Some(&officer.access_token), W1_QUERY, dashboard(&cast))
            .await;
        // Organisation ids are fresh on each run; everything else must agree.
        answer["data"]["referrals"]["edges"]
            .as_array()
            .unwrap_or_else(|| panic!("{answer}"))
            .iter()
            .map(|e| {
                let node = &e["node"];
                (
                    node["id"].clone(),
                    node["participantCode"].clone(),
                    node["needDomain"].clone(),
                    node["createdAt"].clone(),
                    node["fromOrganisation"]["name"].clone(),
                    node["toOrganisation"]["name"].clone(),
                )
            })
            .map(|row| format!("{row:?}"))
            .collect::<Vec<_>>()
    };
    let a = page(first, first_cast).await;
    let b = page(second, second_cast).await;
    assert!(!a.is_empty());
    assert_eq!(a, b);
}

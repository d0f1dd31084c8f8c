//! The demo data: every organisation kind, referrals in every status, and a second run that
//! changes nothing.

use serde_json::json;
use skupaj_api::demo::{self, DEMO_PASSWORD};
use skupaj_tests::TestApp;

#[tokio::test]
async fn demo_data_is_complete_and_seeding_twice_changes_nothing() {
    let app = TestApp::spawn().await;
    let first = demo::seed(&app.db).await.expect("seed");
    assert!(
        first.organisations_created >= 13 && first.participants_created > 0,
        "{first:?}"
    );
    let second = demo::seed(&app.db).await.expect("seed again");
    assert_eq!(
        (
            second.organisations_created,
            second.users_created,
            second.participants_created,
            second.referrals_created
        ),
        (0, 0, 0, 0)
    );

    let kinds = app
        .graphql(
            None,
            "{ organisations(first: 100) { edges { node { kind } } } }",
            json!({}),
        )
        .await;
    let mut seen: Vec<&str> = kinds["data"]["organisations"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .filter_map(|e| e["node"]["kind"].as_str())
        .collect();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), 13, "{seen:?}");

    // Every printed login works; between them, the two demo NGOs' case managers see
    // referrals in every status.
    for login in &first.logins {
        app.login(login.email, DEMO_PASSWORD).await;
    }
    let mut statuses = std::collections::BTreeSet::new();
    for email in [
        "case.manager@most.example",
        "case.manager@solidarnost.example",
    ] {
        let session = app.login(email, DEMO_PASSWORD).await;
        let answer = app
            .graphql(
                Some(&session.access_token),
                "{ referralStats { byStatus { status } } participants { edges { cursor } } }",
                json!({}),
            )
            .await;
        assert!(
            answer["data"]["participants"]["edges"]
                .as_array()
                .is_some_and(|e| !e.is_empty()),
            "{answer}"
        );
        for entry in answer["data"]["referralStats"]["byStatus"]
            .as_array()
            .expect("stats")
        {
            statuses.insert(entry["status"].as_str().unwrap_or_default().to_owned());
        }
    }
    assert_eq!(statuses.len(), 10, "{statuses:?}");

    // Programmes of every kind; the public sees the published and running ones.
    let admin = app
        .login("platform.admin@skupaj.example", DEMO_PASSWORD)
        .await;
    let _ = admin;
    let public = app
        .graphql(None, "{ programmes(first: 100) { edges { node { kind status stats { enrolled waitlisted completed } } } } }", json!({}))
        .await;
    let edges = public["data"]["programmes"]["edges"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(edges.len() >= 7, "{public}");
    let welding = edges
        .iter()
        .find(|e| e["node"]["kind"] == "VOCATIONAL_TRAINING")
        .expect("the welding course");
    // Two enrolled, one waiting: groups under five are withheld from the public.
    assert_eq!(
        welding["node"]["stats"],
        json!({ "enrolled": null, "waitlisted": null, "completed": null })
    );
    // A stakeholder group per municipality, each with two coordinators.
    let officer = app.login("officer@koper.example", DEMO_PASSWORD).await;
    let groups = app
        .graphql(
            Some(&officer.access_token),
            "{ stakeholderGroups { edges { node { name coordinators { displayName } } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        groups["data"]["stakeholderGroups"]["edges"][0]["node"]["coordinators"]
            .as_array()
            .map(Vec::len),
        Some(2),
        "{groups}"
    );
    let hr = app
        .login("hr@ladjedelnica-obala.example", DEMO_PASSWORD)
        .await;
    let vacancies = app
        .graphql(
            Some(&hr.access_token),
            "{ vacancies { edges { cursor } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        vacancies["data"]["vacancies"]["edges"]
            .as_array()
            .map(Vec::len),
        Some(3),
        "{vacancies}"
    );
}

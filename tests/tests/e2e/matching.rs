//! Matching a participant to programmes over HTTP: open, eligible programmes only, best first,
//! each with caseworker-readable reasons; nothing for a caller who may not see the participant.

use serde_json::{Value, json};
use skupaj_tests::fixtures::Platform;
use skupaj_tests::{Session, TestApp, error_code, register_participant};

use crate::programmes::programme;

const MATCH: &str = "query($id: ID!, $first: Int) { matchProgrammes(participantId: $id, first: $first) { score reasons reasonDetails { code values } programme { id } } }";

fn ids(answer: &Value) -> Vec<String> {
    answer["data"]["matchProgrammes"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"))
        .iter()
        .map(|m| m["programme"]["id"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// An NGO in Ljubljana with a case manager who registered Amina (skills welding, interested in
/// cooking, needs childcare, lives in Ljubljana, travels up to 30 km), and a space in
/// `space_town` with a staff member who runs programmes.
struct World {
    app: TestApp,
    admin: Session,
    case_manager: Session,
    space: String,
    staff: Session,
    amina: String,
}

async fn world(space_town: &str) -> World {
    let Platform { app, admin } = TestApp::with_admin().await;
    let ngo = app
        .organisation(&admin, "NGO", "Društvo Most", "Ljubljana")
        .await;
    let space = app
        .organisation(&admin, "CWCS", "Skupni Prostor", space_town)
        .await;
    let case_manager = app
        .member(&admin, &ngo, "nina@most.test", "CASE_MANAGER")
        .await;
    let staff = app
        .member(&admin, &space, "luka@prostor.test", "STAFF")
        .await;
    let amina = register_participant(&app, &case_manager, "Amina").await;
    World {
        app,
        admin,
        case_manager,
        space,
        staff,
        amina,
    }
}

#[tokio::test]
async fn a_case_manager_gets_open_eligible_programmes_best_first_with_reasons() {
    let World {
        app,
        admin,
        case_manager,
        staff,
        amina,
        ..
    } = world("Ljubljana").await;
    let company = app
        .organisation(&admin, "COMPANY", "Kovina", "Ljubljana")
        .await;
    let employer = app
        .member(&admin, &company, "hr@kovina.test", "STAFF")
        .await;

    let welding = programme(
        &app,
        &staff,
        json!({ "municipality": "Ljubljana", "childcare": true }),
        true,
    )
    .await;
    let cooking = programme(
        &app,
        &staff,
        json!({ "municipality": "Ljubljana", "skillsTaught": ["cooking"], "targetOccupations": ["cook"],
                "childcare": false, "interpretation": false, "languagesOfInstruction": ["sl"] }),
        true,
    )
    .await;
    let draft = programme(&app, &staff, json!({ "municipality": "Ljubljana" }), false).await;
    let for_older = programme(
        &app,
        &staff,
        json!({ "municipality": "Ljubljana", "eligibility": { "minAge": 60 } }),
        true,
    )
    .await;
    let posted = app
        .graphql(
            Some(&employer.access_token),
            "mutation($input: PostVacancyInput!) { postVacancy(input: $input) { vacancy { id } } }",
            json!({ "input": { "occupation": "welder", "municipality": "Ljubljana", "openings": 4, "validUntil": "2099-12-31" } }),
        )
        .await;
    assert!(posted["errors"].is_null(), "{posted}");

    let answer = app
        .graphql(
            Some(&case_manager.access_token),
            MATCH,
            json!({ "id": amina }),
        )
        .await;
    assert!(answer["errors"].is_null(), "{answer}");
    // The draft and the programme she is too young for are not offered; welding (her skill,
    // jobs nearby, childcare, a language she speaks) ranks above cooking (her interest only).
    assert_eq!(ids(&answer), [welding.clone(), cooking.clone()], "{answer}");
    assert!(!ids(&answer).contains(&draft) && !ids(&answer).contains(&for_older));
    let best = &answer["data"]["matchProgrammes"][0];
    let second = &answer["data"]["matchProgrammes"][1];
    assert!(
        best["score"].as_u64() > second["score"].as_u64(),
        "{answer}"
    );
    let reasons = |m: &Value| -> Vec<String> {
        m["reasons"]
            .as_array()
            .expect("reasons")
            .iter()
            .map(|r| r.as_str().unwrap_or_default().to_owned())
            .collect()
    };
    assert!(
        reasons(best)
            .contains(&"Nearby: 4 open job(s) for the occupations it trains for".to_owned()),
        "{best}"
    );
    assert!(
        reasons(best).contains(&"Offers the childcare they need".to_owned()),
        "{best}"
    );
    assert!(
        reasons(second).contains(&"Teaches cooking, which they are interested in".to_owned()),
        "{second}"
    );
    assert!(
        reasons(second).contains(&"No childcare, which they need".to_owned()),
        "{second}"
    );
    // The same reasons as codes with their values, one for one, for clients that write them
    // in their user's language.
    for m in [best, second] {
        assert_eq!(
            m["reasonDetails"].as_array().map(Vec::len),
            Some(reasons(m).len()),
            "{m}"
        );
    }
    let details = &best["reasonDetails"];
    assert!(
        details
            .as_array()
            .expect("reasonDetails")
            .contains(&json!({ "code": "LABOUR_DEMAND", "values": ["4"] })),
        "{best}"
    );
    assert!(
        second["reasonDetails"]
            .as_array()
            .expect("reasonDetails")
            .contains(&json!({ "code": "MATCHES_INTERESTS", "values": ["cooking"] })),
        "{second}"
    );

    // `first` bounds the list; out of range is VALIDATION.
    let one = app
        .graphql(
            Some(&case_manager.access_token),
            MATCH,
            json!({ "id": amina, "first": 1 }),
        )
        .await;
    assert_eq!(ids(&one), std::slice::from_ref(&welding));
    let bad = app
        .graphql(
            Some(&case_manager.access_token),
            MATCH,
            json!({ "id": amina, "first": 0 }),
        )
        .await;
    assert_eq!(error_code(&bad), Some("VALIDATION"), "{bad}");

    // The space has no consent for Amina: NOT_FOUND, and no data at all.
    let stranger = app
        .graphql(Some(&staff.access_token), MATCH, json!({ "id": amina }))
        .await;
    assert_eq!(error_code(&stranger), Some("NOT_FOUND"), "{stranger}");
    assert_eq!(
        stranger["data"],
        json!({ "matchProgrammes": null }),
        "{stranger}"
    );
    // The other way round: for the welding course, the NGO sees Amina (and only its own
    // participants); the space, which may see none of them, gets an empty list; a draft the NGO
    // does not organise is NOT_FOUND.
    const FOR_PROGRAMME: &str = "query($id: ID!) { matchParticipants(programmeId: $id) { score reasons participant { id givenName } } }";
    let bor_elsewhere = register_participant(&app, &staff, "Bor").await;
    let for_welding = app
        .graphql(
            Some(&case_manager.access_token),
            FOR_PROGRAMME,
            json!({ "id": welding }),
        )
        .await;
    let matched = for_welding["data"]["matchParticipants"]
        .as_array()
        .unwrap_or_else(|| panic!("{for_welding}"));
    assert_eq!(matched.len(), 1, "{for_welding}");
    assert_eq!(matched[0]["participant"]["id"], amina.as_str());
    assert_eq!(matched[0]["participant"]["givenName"], "Amina");
    assert_eq!(
        matched[0]["score"], best["score"],
        "the same score both ways"
    );
    let for_space = app
        .graphql(
            Some(&staff.access_token),
            FOR_PROGRAMME,
            json!({ "id": welding }),
        )
        .await;
    let theirs = for_space["data"]["matchParticipants"]
        .as_array()
        .unwrap_or_else(|| panic!("{for_space}"));
    assert!(
        theirs
            .iter()
            .all(|m| m["participant"]["id"] != amina.as_str()),
        "{for_space}"
    );
    assert!(
        theirs
            .iter()
            .any(|m| m["participant"]["id"] == bor_elsewhere.as_str()),
        "{for_space}"
    );
    let hidden_draft = app
        .graphql(
            Some(&case_manager.access_token),
            FOR_PROGRAMME,
            json!({ "id": draft }),
        )
        .await;
    assert_eq!(
        error_code(&hidden_draft),
        Some("NOT_FOUND"),
        "{hidden_draft}"
    );

    let anonymous = app.graphql(None, MATCH, json!({ "id": amina })).await;
    assert_eq!(
        error_code(&anonymous),
        Some("UNAUTHENTICATED"),
        "{anonymous}"
    );
}

/// Hundreds of newer open programmes must not crowd out an older one the participant is
/// interested in: candidates are picked in SQL by skill and place, not just by age.
#[tokio::test]
async fn a_relevant_programme_is_found_among_many_newer_ones() {
    use skupaj_domain::language::LanguageCode;
    use skupaj_domain::programme::{
        Eligibility, Programme, ProgrammeKind, ProgrammeProfile, ProgrammeStatus,
    };

    let World {
        app,
        case_manager,
        space,
        staff,
        amina,
        ..
    } = world("Kamnik").await;
    let cooking = programme(
        &app,
        &staff,
        json!({ "municipality": "Kamnik", "skillsTaught": ["cooking"], "targetOccupations": ["cook"] }),
        true,
    )
    .await;
    // The same course in Maribor, about 104 km away: beyond her reach.
    let far = programme(
        &app,
        &staff,
        json!({ "municipality": "Maribor", "skillsTaught": ["cooking"], "targetOccupations": ["cook"] }),
        true,
    )
    .await;

    // 650 newer open programmes elsewhere, teaching something else.
    let sl = LanguageCode::parse("language", "sl").expect("sl");
    let lead = space.parse().expect("an id");
    let today = chrono::Utc::now();
    let newer: Vec<Programme> = (0..650)
        .map(|i| Programme {
            id: uuid::Uuid::now_v7(),
            lead_organisation_id: lead,
            partners: Vec::new(),
            status: ProgrammeStatus::Published,
            profile: ProgrammeProfile {
                kind: ProgrammeKind::VocationalTraining,
                title: [(sl.clone(), format!("Knjigovodstvo {i}"))].into(),
                description: [(sl.clone(), "Tečaj.".to_owned())].into(),
                modules: Vec::new(),
                skills_taught: vec!["bookkeeping".to_owned()],
                target_occupations: vec!["bookkeeper".to_owned()],
                certificate: None,
                venue: None,
                municipality: "Kranj".to_owned(),
                capacity: 10,
                eligibility: Eligibility {
                    legal_statuses: Vec::new(),
                    min_language: None,
                    min_age: None,
                    max_age: None,
                },
                languages_of_instruction: vec![sl.clone()],
                interpretation: false,
                childcare: false,
                step_free_access: false,
                cost_cents: 0,
                min_attendance_percent: 80,
                starts_on: None,
                ends_on: Some(today.date_naive() + chrono::Duration::days(90)),
                stakeholder_group_id: None,
                partners_may_add_sessions: false,
            },
            enrolled_count: 0,
            created_at: today,
        })
        .collect();
    skupaj_persistence::bulk::insert_programmes(&app.db, &newer)
        .await
        .expect("insert programmes");

    let answer = app
        .graphql(
            Some(&case_manager.access_token),
            MATCH,
            json!({ "id": amina, "first": 5 }),
        )
        .await;
    let found = ids(&answer);
    assert_eq!(found.len(), 5, "{answer}");
    assert_eq!(
        found[0], cooking,
        "the cooking programme ranks first: {answer}"
    );
    assert!(!found.contains(&far), "Maribor is beyond 30 km: {answer}");
    let reasons = answer["data"]["matchProgrammes"][0]["reasons"].to_string();
    assert!(reasons.contains("cooking"), "{reasons}");
    assert!(
        reasons.contains("About 21 km away"),
        "Kamnik is about 21 km from Ljubljana: {reasons}"
    );
}

//! Job outcomes as records, over HTTP: a placement raising a programme's employment rate, who
//! may record one, bad input changing nothing, a participant's history, and `matchVacancies`
//! best first with reasons.

use serde_json::{Value, json};
use skupaj_tests::fixtures::Platform;
use skupaj_tests::{Session, TestApp, error_code, error_field, register_participant};

use crate::programmes::{enrol, enrolment_id, programme};

const RECORD: &str = "mutation($input: RecordPlacementInput!) { recordPlacement(input: $input) { placement { id participantId enrolmentId programmeId employerName employerOrganisation { id } occupation contractType hoursPerWeek startsOn usesTraining } } }";
const STATS: &str = "query($id: ID!) { programme(id: $id) { stats { completed employedWithin3Months employedWithin6Months } } }";
const HISTORY: &str = "query($id: ID!) { participant(id: $id) { history { enrolments { id status programme { id } } placements { id occupation startsOn } } } }";
const MATCH: &str = "query($id: ID!) { matchVacancies(participantId: $id) { vacancy { id occupation } score reasons reasonDetails { code values } } }";

async fn record(app: &TestApp, who: &Session, input: Value) -> Value {
    app.graphql(Some(&who.access_token), RECORD, json!({ "input": input }))
        .await
}

#[tokio::test]
async fn a_placement_raises_the_programmes_employment_rate() {
    let Platform { app, admin } = TestApp::with_admin().await;
    let space = app
        .organisation(&admin, "CWCS", "Obalni FabLab", "Koper")
        .await;
    let agency = app
        .organisation(&admin, "LABOUR_AGENCY", "Zavod za zaposlovanje", "Koper")
        .await;
    let employer = app
        .organisation(&admin, "COMPANY", "Luka Koper", "Koper")
        .await;
    let staff = app
        .member(&admin, &space, "luka@fablab.test", "CASE_MANAGER")
        .await;
    let analyst = app
        .member(&admin, &space, "ana@fablab.test", "ANALYST")
        .await;
    let counsellor = app
        .member(&admin, &agency, "petra@zrsz.test", "STAFF")
        .await;
    let id = programme(&app, &staff, json!({ "minAttendancePercent": 0 }), true).await;
    let person = register_participant(&app, &staff, "Amina").await;
    let enrolment = enrolment_id(&enrol(&app, &staff, &id, &person, None).await);
    let completed_on = chrono::Utc::now().date_naive() - chrono::Duration::days(200);
    let done = app
        .graphql(
            Some(&staff.access_token),
            "mutation($input: CompleteEnrolmentInput!) { completeEnrolment(input: $input) { enrolment { status } } }",
            json!({ "input": { "id": enrolment, "completedOn": completed_on.to_string() } }),
        )
        .await;
    assert_eq!(
        done["data"]["completeEnrolment"]["enrolment"]["status"], "COMPLETED",
        "{done}"
    );
    let before = app
        .graphql(Some(&staff.access_token), STATS, json!({ "id": id }))
        .await;
    assert_eq!(
        before["data"]["programme"]["stats"],
        json!({ "completed": 1, "employedWithin3Months": 0.0, "employedWithin6Months": 0.0 }),
        "{before}"
    );

    let starts_on = (completed_on + chrono::Duration::days(100)).to_string();
    let good = json!({ "participantId": person, "enrolmentId": enrolment,
        "employerOrganisationId": employer, "occupation": "Welder", "contractType": "FIXED_TERM",
        "hoursPerWeek": 40, "startsOn": starts_on, "usesTraining": true });
    let with = |key: &str, value: Value| {
        let mut input = good.clone();
        input[key] = value;
        input
    };

    // Bad input names the field and records nothing.
    for (input, field) in [
        (with("hoursPerWeek", json!(0)), "hoursPerWeek"),
        (with("employerName", json!("Luka Koper d.d.")), "employer"),
        (with("employerOrganisationId", Value::Null), "employer"),
        (with("occupation", json!("  ")), "occupation"),
        (with("startsOn", json!("2199-01-01")), "startsOn"),
        (
            with("employerOrganisationId", json!(person)),
            "employerOrganisationId",
        ),
    ] {
        let refused = record(&app, &staff, input).await;
        assert_eq!(error_code(&refused), Some("VALIDATION"), "{refused}");
        assert_eq!(error_field(&refused), Some(field), "{refused}");
    }
    // Who may not record: the organiser's analyst; a labour agency that does not see the
    // participant (it learns nothing: NOT_FOUND).
    let by_analyst = record(&app, &analyst, good.clone()).await;
    assert_eq!(error_code(&by_analyst), Some("FORBIDDEN"), "{by_analyst}");
    let by_agency = record(&app, &counsellor, good.clone()).await;
    assert_eq!(error_code(&by_agency), Some("NOT_FOUND"), "{by_agency}");
    let unchanged = app
        .graphql(Some(&staff.access_token), STATS, json!({ "id": id }))
        .await;
    assert_eq!(unchanged["data"], before["data"], "{unchanged}");

    // The organiser records it: the job started 100 days after completion, so it counts at
    // 6 months but not at 3.
    let recorded = record(&app, &staff, good.clone()).await;
    let placement = &recorded["data"]["recordPlacement"]["placement"];
    assert_eq!(placement["programmeId"], id.as_str(), "{recorded}");
    assert_eq!(placement["occupation"], "welder");
    assert_eq!(placement["employerOrganisation"]["id"], employer.as_str());
    assert_eq!(placement["employerName"], Value::Null);
    let after = app
        .graphql(Some(&staff.access_token), STATS, json!({ "id": id }))
        .await;
    assert_eq!(
        after["data"]["programme"]["stats"],
        json!({ "completed": 1, "employedWithin3Months": 0.0, "employedWithin6Months": 1.0 }),
        "{after}"
    );

    // The history shows the programme and the job; another organisation sees no participant.
    let history = app
        .graphql(Some(&staff.access_token), HISTORY, json!({ "id": person }))
        .await;
    let h = &history["data"]["participant"]["history"];
    assert_eq!(h["enrolments"][0]["id"], enrolment.as_str(), "{history}");
    assert_eq!(h["enrolments"][0]["status"], "COMPLETED");
    assert_eq!(h["enrolments"][0]["programme"]["id"], id.as_str());
    assert_eq!(h["placements"][0]["occupation"], "welder");
    assert_eq!(h["placements"][0]["startsOn"], starts_on.as_str());
    let hidden = app
        .graphql(
            Some(&counsellor.access_token),
            HISTORY,
            json!({ "id": person }),
        )
        .await;
    assert_eq!(error_code(&hidden), Some("NOT_FOUND"), "{hidden}");
}

#[tokio::test]
async fn a_labour_agency_that_sees_the_participant_records_a_placement() {
    let c = TestApp::with_referral_case().await;
    // The third organisation is a labour agency; a referral with a consent covering it makes
    // Amina visible to it.
    let consent = skupaj_tests::referral_consent(
        &c.app,
        &c.case_manager,
        &c.participant,
        &[&c.third],
        &["IDENTITY", "BACKGROUND"],
    )
    .await;
    let _ = consent;
    let input = json!({ "participantId": c.participant, "employerName": "Gradbeništvo Novak",
        "occupation": "bricklayer", "contractType": "PERMANENT", "hoursPerWeek": 40,
        "startsOn": "2026-01-15" });
    let before_referral = record(&c.app, &c.third_staff, input.clone()).await;
    assert_eq!(
        error_code(&before_referral),
        Some("NOT_FOUND"),
        "{before_referral}"
    );
    let sent =
        skupaj_tests::create_referral(&c.app, &c.case_manager, &c.participant, &c.third, true)
            .await;
    assert!(sent["errors"].is_null(), "{sent}");
    let recorded = record(&c.app, &c.third_staff, input.clone()).await;
    assert_eq!(
        recorded["data"]["recordPlacement"]["placement"]["employerName"], "Gradbeništvo Novak",
        "{recorded}"
    );
    // A space that only receives a referral is no labour agency: FORBIDDEN.
    let by_space = record(&c.app, &c.receiver, input).await;
    assert!(
        matches!(error_code(&by_space), Some("FORBIDDEN" | "NOT_FOUND")),
        "{by_space}"
    );
    // The owner sees the job in the history.
    let history = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            HISTORY,
            json!({ "id": c.participant }),
        )
        .await;
    assert_eq!(
        history["data"]["participant"]["history"]["placements"][0]["occupation"], "bricklayer",
        "{history}"
    );
}

#[tokio::test]
async fn match_vacancies_ranks_open_vacancies_near_the_participant_with_reasons() {
    let c = TestApp::with_referral_case().await;
    let app = &c.app;
    let company = app
        .organisation(&c.admin, "COMPANY", "Kovina", "Ljubljana")
        .await;
    let employer = app
        .member(&c.admin, &company, "hr@kovina.test", "STAFF")
        .await;
    let post = async |input: Value| {
        let posted = app
            .graphql(
                Some(&employer.access_token),
                "mutation($input: PostVacancyInput!) { postVacancy(input: $input) { vacancy { id } } }",
                json!({ "input": input }),
            )
            .await;
        posted["data"]["postVacancy"]["vacancy"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("{posted}"))
            .to_owned()
    };
    // Amina (Ljubljana, up to 30 km, skills welding, interested in cooking, Slovenian A2).
    let welder = post(json!({ "occupation": "welder", "skills": ["welding"], "municipality": "Ljubljana", "openings": 3, "validUntil": "2099-12-31" })).await;
    let cook = post(json!({ "occupation": "cook", "skills": ["cooking"], "municipality": "Ljubljana", "openings": 1, "validUntil": "2099-12-31" })).await;
    let cleaner = post(json!({ "occupation": "cleaner", "municipality": "Domžale", "openings": 2, "validUntil": "2099-12-31" })).await;
    let far = post(json!({ "occupation": "welder", "skills": ["welding"], "municipality": "Koper", "openings": 5, "validUntil": "2099-12-31" })).await;
    let fluent = post(json!({ "occupation": "welder", "skills": ["welding"], "municipality": "Ljubljana", "openings": 1, "validUntil": "2099-12-31",
        "minLanguage": { "language": "sl", "level": "B2" } })).await;

    let answer = app
        .graphql(
            Some(&c.case_manager.access_token),
            MATCH,
            json!({ "id": c.participant }),
        )
        .await;
    let found = answer["data"]["matchVacancies"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"));
    let ids: Vec<&str> = found
        .iter()
        .map(|m| m["vacancy"]["id"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        ids,
        [welder.as_str(), cook.as_str(), cleaner.as_str()],
        "{answer}"
    );
    assert!(!ids.contains(&far.as_str()) && !ids.contains(&fluent.as_str()));
    let scores: Vec<u64> = found.iter().filter_map(|m| m["score"].as_u64()).collect();
    assert!(scores.windows(2).all(|w| w[0] > w[1]), "{scores:?}");
    let details = &found[0]["reasonDetails"];
    assert!(
        details
            .as_array()
            .expect("details")
            .contains(&json!({ "code": "NEEDS_THEIR_SKILLS", "values": ["welding"] })),
        "{answer}"
    );
    assert!(
        details
            .as_array()
            .expect("details")
            .contains(&json!({ "code": "WITHIN_REACH", "values": ["0"] }))
    );
    assert!(
        details
            .as_array()
            .expect("details")
            .contains(&json!({ "code": "OPENINGS", "values": ["3"] }))
    );
    assert!(
        found[1]["reasonDetails"]
            .as_array()
            .expect("details")
            .contains(&json!({ "code": "IN_THEIR_INTERESTS", "values": ["cooking"] })),
        "{answer}"
    );
    assert_eq!(
        found[0]["reasons"].as_array().map(Vec::len),
        details.as_array().map(Vec::len)
    );

    // Someone who may not see Amina learns nothing.
    let hidden = app
        .graphql(
            Some(&c.third_staff.access_token),
            MATCH,
            json!({ "id": c.participant }),
        )
        .await;
    assert_eq!(error_code(&hidden), Some("NOT_FOUND"), "{hidden}");
    assert_eq!(hidden["data"]["matchVacancies"], Value::Null);
    let bad = app
        .graphql(
            Some(&c.case_manager.access_token),
            "query($id: ID!) { matchVacancies(participantId: $id, first: 0) { score } }",
            json!({ "id": c.participant }),
        )
        .await;
    assert_eq!(error_field(&bad), Some("first"), "{bad}");
}

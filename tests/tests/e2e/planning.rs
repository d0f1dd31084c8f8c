//! Changing what was planned, over HTTP: editing a programme (the waitlist served when places
//! are added, `CAPACITY` below the places taken, bad input changing nothing), and moving or
//! cancelling sessions (the participants' case workers hear of it; partners schedule only when
//! the lead lets them).

use serde_json::{Value, json};
use skupaj_tests::fixtures::Platform;
use skupaj_tests::{Session, TestApp, error_code, error_field, register_participant};

use crate::programmes::{enrol, enrolment_id, programme};

const UPDATE: &str = "mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { programme { id capacity placesLeft venue endsOn partnersMayAddSessions title { language text } } promoted { id status position } } }";
const LIST: &str = "query($id: ID!) { programme(id: $id) { capacity venue title { language text } enrolments(first: 100) { edges { node { id status position } } } stats { enrolled waitlisted } } }";
const ADD_SESSION: &str = "mutation($input: AddProgrammeSessionInput!) { addProgrammeSession(input: $input) { session { id startsAt place } } }";
const MOVE_SESSION: &str = "mutation($input: UpdateSessionInput!) { updateSession(input: $input) { session { id startsAt endsAt place } } }";
const CANCEL_SESSION: &str = "mutation($input: CancelSessionInput!) { cancelSession(input: $input) { cancelledSessionId programme { id sessions { id } } } }";
const INBOX: &str = "{ notifications { edges { node { kind subjectId } } } }";

async fn update(app: &TestApp, who: &Session, input: Value) -> Value {
    app.graphql(Some(&who.access_token), UPDATE, json!({ "input": input }))
        .await
}

#[tokio::test]
async fn raising_capacity_enrols_the_first_waitlisted_in_order_and_lowering_below_enrolled_is_refused()
 {
    let Platform { app, admin } = TestApp::with_admin().await;
    let space = app
        .organisation(&admin, "CWCS", "Obalni FabLab", "Koper")
        .await;
    let other = app
        .organisation(&admin, "NGO", "Društvo Most", "Ljubljana")
        .await;
    let staff = app
        .member(&admin, &space, "luka@fablab.test", "CASE_MANAGER")
        .await;
    let analyst = app
        .member(&admin, &space, "ana@fablab.test", "ANALYST")
        .await;
    let outsider = app
        .member(&admin, &other, "nina@most.test", "CASE_MANAGER")
        .await;
    let id = programme(&app, &staff, json!({ "capacity": 2 }), true).await;
    let mut enrolments = Vec::new();
    for i in 0..6 {
        let person = register_participant(&app, &staff, &format!("Person {i}")).await;
        enrolments.push(enrolment_id(&enrol(&app, &staff, &id, &person, None).await));
    }
    // Two places taken, four waiting: positions 3, 4, 5, 6.

    // Raising the capacity by two gives the places to the first two of the waitlist, in order.
    let raised = update(&app, &staff, json!({ "id": id, "capacity": 4 })).await;
    let payload = &raised["data"]["updateProgramme"];
    assert_eq!(payload["programme"]["capacity"], 4, "{raised}");
    assert_eq!(
        payload["promoted"],
        json!([
            { "id": enrolments[2], "status": "ENROLLED", "position": 3 },
            { "id": enrolments[3], "status": "ENROLLED", "position": 4 },
        ]),
        "{raised}"
    );
    let listed = app
        .graphql(Some(&staff.access_token), LIST, json!({ "id": id }))
        .await;
    let statuses: Vec<&str> = listed["data"]["programme"]["enrolments"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| e["node"]["status"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        statuses,
        [
            "ENROLLED",
            "ENROLLED",
            "ENROLLED",
            "ENROLLED",
            "WAITLISTED",
            "WAITLISTED"
        ]
    );
    assert_eq!(
        listed["data"]["programme"]["stats"],
        json!({ "enrolled": 4, "waitlisted": 2 })
    );

    // Lowering it below the four places taken is CAPACITY, and nothing changes.
    let lowered = update(
        &app,
        &staff,
        json!({ "id": id, "capacity": 3, "venue": "Hall B" }),
    )
    .await;
    assert_eq!(error_code(&lowered), Some("CAPACITY"), "{lowered}");
    // Bad input names the field, and changes nothing either.
    for (input, field) in [
        (json!({ "id": id, "capacity": 0 }), "capacity"),
        (
            json!({ "id": id, "startsOn": "2099-05-01", "endsOn": "2099-04-01" }),
            "endsOn",
        ),
        (json!({ "id": id, "title": [] }), "title"),
        (
            json!({ "id": id, "title": [{ "language": "zz", "text": "X" }] }),
            "title[0].language",
        ),
        (
            json!({ "id": id, "eligibility": { "minAge": 40, "maxAge": 20 } }),
            "maxAge",
        ),
    ] {
        let refused = update(&app, &staff, input).await;
        assert_eq!(error_code(&refused), Some("VALIDATION"), "{refused}");
        assert_eq!(error_field(&refused), Some(field), "{refused}");
    }
    // Neither the analyst of the lead nor another organisation's case manager may edit it.
    let by_analyst = update(&app, &analyst, json!({ "id": id, "capacity": 10 })).await;
    assert_eq!(error_code(&by_analyst), Some("FORBIDDEN"), "{by_analyst}");
    let by_outsider = update(&app, &outsider, json!({ "id": id, "capacity": 10 })).await;
    assert_eq!(error_code(&by_outsider), Some("FORBIDDEN"), "{by_outsider}");
    let unchanged = app
        .graphql(Some(&staff.access_token), LIST, json!({ "id": id }))
        .await;
    let p = &unchanged["data"]["programme"];
    assert_eq!(p["capacity"], 4, "{unchanged}");
    assert_eq!(p["venue"], Value::Null);
    assert_eq!(p["title"], listed["data"]["programme"]["title"]);
    assert_eq!(p["stats"], json!({ "enrolled": 4, "waitlisted": 2 }));

    // Texts and dates change; what is not given stays.
    let edited = update(
        &app,
        &staff,
        json!({ "id": id, "venue": "Hall B", "endsOn": "2099-06-30",
                "title": [{ "language": "en", "text": "Welding, second cohort" }] }),
    )
    .await;
    let p = &edited["data"]["updateProgramme"]["programme"];
    assert_eq!(p["venue"], "Hall B", "{edited}");
    assert_eq!(p["endsOn"], "2099-06-30");
    assert_eq!(
        p["title"],
        json!([{ "language": "en", "text": "Welding, second cohort" }])
    );
    assert_eq!(p["capacity"], 4);
    assert_eq!(edited["data"]["updateProgramme"]["promoted"], json!([]));

    // A draft is not even visible to another organisation.
    let draft = programme(&app, &staff, json!({}), false).await;
    let hidden = update(&app, &outsider, json!({ "id": draft, "capacity": 3 })).await;
    assert_eq!(error_code(&hidden), Some("NOT_FOUND"), "{hidden}");
}

#[tokio::test]
async fn a_moved_or_cancelled_session_reaches_the_participants_case_workers() {
    let c = TestApp::with_referral_case().await;
    let app = &c.app;
    // The space leads; the NGO that owns Amina is a partner and enrols her.
    let id = programme(
        app,
        &c.receiver,
        json!({ "partners": [{ "organisationId": c.ngo, "role": "MENTORING" }] }),
        true,
    )
    .await;
    let enrolled = enrol(app, &c.case_manager, &id, &c.participant, None).await;
    assert_eq!(
        enrolled["data"]["enrolParticipant"]["enrolment"]["status"], "ENROLLED",
        "{enrolled}"
    );
    let added = app
        .graphql(
            Some(&c.receiver.access_token),
            ADD_SESSION,
            json!({ "input": { "programmeId": id, "startsAt": "2099-03-02T09:00:00Z", "endsAt": "2099-03-02T12:00:00Z" } }),
        )
        .await;
    let session = added["data"]["addProgrammeSession"]["session"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{added}"))
        .to_owned();

    // Bad times name the field and move nothing.
    let backwards = app
        .graphql(
            Some(&c.receiver.access_token),
            MOVE_SESSION,
            json!({ "input": { "id": session, "startsAt": "2099-03-03T12:00:00Z", "endsAt": "2099-03-03T09:00:00Z" } }),
        )
        .await;
    assert_eq!(error_field(&backwards), Some("endsAt"), "{backwards}");
    let past = app
        .graphql(
            Some(&c.receiver.access_token),
            MOVE_SESSION,
            json!({ "input": { "id": session, "startsAt": "2020-03-03T09:00:00Z", "endsAt": "2020-03-03T12:00:00Z" } }),
        )
        .await;
    assert_eq!(error_field(&past), Some("startsAt"), "{past}");
    let inbox = app
        .graphql(Some(&c.case_manager.access_token), INBOX, json!({}))
        .await;
    assert!(
        !inbox.to_string().contains("SESSION_MOVED"),
        "nothing moved yet: {inbox}"
    );

    let moved = app
        .graphql(
            Some(&c.receiver.access_token),
            MOVE_SESSION,
            json!({ "input": { "id": session, "startsAt": "2099-03-03T09:00:00Z", "endsAt": "2099-03-03T12:00:00Z", "place": "Room 2" } }),
        )
        .await;
    let s = &moved["data"]["updateSession"]["session"];
    assert!(
        s["startsAt"]
            .as_str()
            .is_some_and(|t| t.starts_with("2099-03-03T09:00:00")),
        "{moved}"
    );
    assert_eq!(s["place"], "Room 2");
    let inbox = app
        .graphql(Some(&c.case_manager.access_token), INBOX, json!({}))
        .await;
    assert!(
        kinds(&inbox).contains(&("SESSION_MOVED".to_owned(), id.clone())),
        "{inbox}"
    );
    // Nobody unrelated hears of it.
    let third = app
        .graphql(Some(&c.third_staff.access_token), INBOX, json!({}))
        .await;
    assert!(
        !kinds(&third)
            .iter()
            .any(|(kind, _)| kind.starts_with("SESSION_")),
        "{third}"
    );

    // The partner may not schedule until the lead lets partners do so.
    let refused = app
        .graphql(
            Some(&c.case_manager.access_token),
            ADD_SESSION,
            json!({ "input": { "programmeId": id, "startsAt": "2099-03-09T09:00:00Z", "endsAt": "2099-03-09T12:00:00Z" } }),
        )
        .await;
    assert_eq!(error_code(&refused), Some("FORBIDDEN"), "{refused}");
    let by_partner = app
        .graphql(
            Some(&c.case_manager.access_token),
            CANCEL_SESSION,
            json!({ "input": { "id": session } }),
        )
        .await;
    assert_eq!(error_code(&by_partner), Some("FORBIDDEN"), "{by_partner}");
    let by_outsider = app
        .graphql(
            Some(&c.third_staff.access_token),
            CANCEL_SESSION,
            json!({ "input": { "id": session } }),
        )
        .await;
    assert_eq!(error_code(&by_outsider), Some("FORBIDDEN"), "{by_outsider}");
    let allowed = update(
        app,
        &c.receiver,
        json!({ "id": id, "partnersMayAddSessions": true }),
    )
    .await;
    assert_eq!(
        allowed["data"]["updateProgramme"]["programme"]["partnersMayAddSessions"], true,
        "{allowed}"
    );
    let by_partner = app
        .graphql(
            Some(&c.case_manager.access_token),
            ADD_SESSION,
            json!({ "input": { "programmeId": id, "startsAt": "2099-03-09T09:00:00Z", "endsAt": "2099-03-09T12:00:00Z" } }),
        )
        .await;
    assert!(by_partner["errors"].is_null(), "{by_partner}");

    // Cancelling the first session removes it and tells the case workers.
    let cancelled = app
        .graphql(
            Some(&c.receiver.access_token),
            CANCEL_SESSION,
            json!({ "input": { "id": session } }),
        )
        .await;
    let payload = &cancelled["data"]["cancelSession"];
    assert_eq!(
        payload["cancelledSessionId"],
        session.as_str(),
        "{cancelled}"
    );
    assert_eq!(
        payload["programme"]["sessions"].as_array().map(Vec::len),
        Some(1)
    );
    let inbox = app
        .graphql(Some(&c.case_manager.access_token), INBOX, json!({}))
        .await;
    assert!(
        kinds(&inbox).contains(&("SESSION_CANCELLED".to_owned(), id.clone())),
        "{inbox}"
    );
    let again = app
        .graphql(
            Some(&c.receiver.access_token),
            CANCEL_SESSION,
            json!({ "input": { "id": session } }),
        )
        .await;
    assert_eq!(error_code(&again), Some("NOT_FOUND"), "{again}");
}

fn kinds(inbox: &Value) -> Vec<(String, String)> {
    inbox["data"]["notifications"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{inbox}"))
        .iter()
        .map(|e| {
            (
                e["node"]["kind"].as_str().unwrap_or_default().to_owned(),
                e["node"]["subjectId"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
            )
        })
        .collect()
}

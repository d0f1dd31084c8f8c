//! Programmes over HTTP: the public search, eligibility, places and the waitlist under
//! concurrency, attendance (also entered after the fact) and completion, the referral that
//! follows an enrolment, statistics, and public figures withheld under k.

use futures_util::future::join_all;
use serde_json::{Value, json};
use skupaj_tests::fixtures::{FABLAB, OneOrganisation};
use skupaj_tests::{
    Session, TestApp, create_referral, error_code, error_field, gql, referral_id,
    register_participant,
};

const CREATE: &str = "mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { programme { id status } } }";
const ENROL: &str = "mutation($input: EnrolParticipantInput!) { enrolParticipant(input: $input) { enrolment { id status createdAt } } }";
const WITHDRAW: &str = "mutation($input: WithdrawEnrolmentInput!) { withdrawEnrolment(input: $input) { enrolment { status } promoted { id status } } }";

fn programme_input(extra: Value) -> Value {
    let mut input = json!({
        "kind": "VOCATIONAL_TRAINING",
        "title": [{ "language": "sl", "text": "Varjenje za začetnike" }, { "language": "en", "text": "Welding for beginners" }],
        "description": [{ "language": "en", "text": "Safety at work, vocational practice, a traineeship." }],
        "modules": ["safety at work", "vocational", "traineeship"],
        "skillsTaught": ["welding"], "targetOccupations": ["welder"],
        "municipality": "Koper", "capacity": 10, "languagesOfInstruction": ["sl", "en"],
        "interpretation": true, "childcare": true, "minAttendancePercent": 80, "startsOn": "2099-03-01"
    });
    for (key, value) in extra.as_object().into_iter().flatten() {
        input[key] = value.clone();
    }
    input
}

pub(crate) async fn programme(
    app: &TestApp,
    staff: &Session,
    extra: Value,
    publish: bool,
) -> String {
    let answer = app
        .graphql(
            Some(&staff.access_token),
            CREATE,
            json!({ "input": programme_input(extra) }),
        )
        .await;
    let id = answer["data"]["createProgramme"]["programme"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("createProgramme failed: {answer}"))
        .to_owned();
    if publish {
        let published = app
            .graphql(
                Some(&staff.access_token),
                "mutation($input: ProgrammeStepInput!) { publishProgramme(input: $input) { programme { status } } }",
                json!({ "input": { "id": id } }),
            )
            .await;
        assert_eq!(
            published["data"]["publishProgramme"]["programme"]["status"], "PUBLISHED",
            "{published}"
        );
    }
    id
}

pub(crate) async fn enrol(
    app: &TestApp,
    staff: &Session,
    programme: &str,
    participant: &str,
    referral: Option<&str>,
) -> Value {
    app.graphql(
        Some(&staff.access_token),
        ENROL,
        json!({ "input": { "programmeId": programme, "participantId": participant, "referralId": referral } }),
    )
    .await
}

pub(crate) fn enrolment_id(answer: &Value) -> String {
    answer["data"]["enrolParticipant"]["enrolment"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("enrolParticipant failed: {answer}"))
        .to_owned()
}

#[tokio::test]
async fn fifty_concurrent_enrolments_into_ten_places() {
    let OneOrganisation {
        app, member: staff, ..
    } = TestApp::with_space_case_manager().await;
    let id = programme(&app, &staff, json!({}), true).await;
    let mut people = Vec::new();
    for i in 0..50 {
        people.push(register_participant(&app, &staff, &format!("Person {i}")).await);
    }
    let answers = join_all(people.iter().map(|p| enrol(&app, &staff, &id, p, None))).await;
    let statuses: Vec<&str> = answers
        .iter()
        .map(|a| {
            a["data"]["enrolParticipant"]["enrolment"]["status"]
                .as_str()
                .unwrap_or_else(|| panic!("{a}"))
        })
        .collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == "ENROLLED").count(),
        10,
        "{statuses:?}"
    );
    assert_eq!(statuses.iter().filter(|s| **s == "WAITLISTED").count(), 40);

    // In arrival order: listed in the order they arrived, the first ten hold the places.
    let list = app
        .graphql(
            Some(&staff.access_token),
            "query($id: ID!) { programme(id: $id) { placesLeft enrolments(first: 100) { edges { node { id status position } } } stats { enrolled waitlisted } } }",
            json!({ "id": id }),
        )
        .await;
    let programme = &list["data"]["programme"];
    assert_eq!(programme["placesLeft"], 0, "{list}");
    let order: Vec<(String, String)> = programme["enrolments"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| {
            (
                e["node"]["id"].as_str().unwrap_or("").to_owned(),
                e["node"]["status"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    assert_eq!(order.len(), 50);
    // Arrival numbers come from the programme's own counter: 1 to 50, each once, and the places
    // went to the first ten.
    let positions: Vec<u64> = programme["enrolments"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .filter_map(|e| e["node"]["position"].as_u64())
        .collect();
    assert_eq!(positions, (1..=50).collect::<Vec<u64>>());
    assert!(
        order[..10].iter().all(|(_, s)| s == "ENROLLED"),
        "{order:?}"
    );
    assert!(
        order[10..].iter().all(|(_, s)| s == "WAITLISTED"),
        "{order:?}"
    );

    // Withdrawing one promotes the first of the waitlist.
    let withdrawn = app
        .graphql(
            Some(&staff.access_token),
            WITHDRAW,
            json!({ "input": { "id": order[3].0 } }),
        )
        .await;
    let payload = &withdrawn["data"]["withdrawEnrolment"];
    assert_eq!(payload["enrolment"]["status"], "WITHDRAWN", "{withdrawn}");
    assert_eq!(payload["promoted"]["id"], order[10].0.as_str());
    assert_eq!(payload["promoted"]["status"], "ENROLLED");
    let stats = app
        .graphql(
            None,
            "query($id: ID!) { programme(id: $id) { stats { enrolled waitlisted } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        stats["data"]["programme"]["stats"],
        json!({ "enrolled": 10, "waitlisted": 39 })
    );

    // Enrolling someone already waiting or enrolled (the first to arrive) is a conflict.
    let first_arrival = answers
        .iter()
        .position(|a| a["data"]["enrolParticipant"]["enrolment"]["id"] == order[0].0.as_str())
        .expect("the first arrival among the answers");
    let again = enrol(&app, &staff, &id, &people[first_arrival], None).await;
    assert_eq!(error_code(&again), Some("CONFLICT"));
}

#[tokio::test]
async fn each_eligibility_rule_refuses_with_its_reason() {
    let OneOrganisation {
        app, member: staff, ..
    } = TestApp::with_space_case_manager().await;
    // Born 1990, international protection, Slovenian A2 (see the test harness).
    let amina = register_participant(&app, &staff, "Amina").await;
    let cases = [
        (
            json!({ "eligibility": { "legalStatuses": ["STUDENT"] } }),
            "eligibility.legalStatus",
        ),
        (
            json!({ "eligibility": { "minLanguage": { "language": "sl", "level": "B2" } } }),
            "eligibility.minLanguage",
        ),
        (
            json!({ "eligibility": { "minAge": 40 } }),
            "eligibility.minAge",
        ),
        (
            json!({ "eligibility": { "maxAge": 25 } }),
            "eligibility.maxAge",
        ),
    ];
    for (rules, field) in cases {
        let id = programme(&app, &staff, rules.clone(), true).await;
        let answer = enrol(&app, &staff, &id, &amina, None).await;
        assert_eq!(error_code(&answer), Some("VALIDATION"), "{rules}: {answer}");
        assert_eq!(error_field(&answer), Some(field), "{rules}");
        let stats = app
            .graphql(
                Some(&staff.access_token),
                "query($id: ID!) { programme(id: $id) { stats { enrolled waitlisted } } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(
            stats["data"]["programme"]["stats"],
            json!({ "enrolled": 0, "waitlisted": 0 })
        );
    }
    let open = programme(&app, &staff, json!({ "eligibility": { "legalStatuses": ["INTERNATIONAL_PROTECTION"], "minLanguage": { "language": "sl", "level": "A2" }, "minAge": 18, "maxAge": 40 } }), true).await;
    let answer = enrol(&app, &staff, &open, &amina, None).await;
    assert_eq!(
        answer["data"]["enrolParticipant"]["enrolment"]["status"], "ENROLLED",
        "{answer}"
    );

    // A draft takes no enrolments.
    let draft = programme(&app, &staff, json!({}), false).await;
    let answer = enrol(&app, &staff, &draft, &amina, None).await;
    assert_eq!(error_code(&answer), Some("INVALID_TRANSITION"));
}

#[tokio::test]
async fn completion_needs_the_minimum_attendance() {
    let OneOrganisation {
        app, member: staff, ..
    } = TestApp::with_space_case_manager().await;
    let id = programme(&app, &staff, json!({ "minAttendancePercent": 80 }), true).await;
    let amina = register_participant(&app, &staff, "Amina").await;
    let enrolment = enrolment_id(&enrol(&app, &staff, &id, &amina, None).await);
    let mut sessions = Vec::new();
    for day in 1..=5 {
        let answer = app
            .graphql(
                Some(&staff.access_token),
                "mutation($input: AddProgrammeSessionInput!) { addProgrammeSession(input: $input) { session { id } } }",
                json!({ "input": { "programmeId": id, "startsAt": format!("2025-03-0{day}T09:00:00Z"), "endsAt": format!("2025-03-0{day}T12:00:00Z") } }),
            )
            .await;
        sessions.push(
            answer["data"]["addProgrammeSession"]["session"]["id"]
                .as_str()
                .unwrap_or_else(|| panic!("{answer}"))
                .to_owned(),
        );
    }
    const ATTEND: &str =
        "mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { recorded } }";
    for (i, session) in sessions.iter().enumerate() {
        let status = if i < 3 { "PRESENT" } else { "ABSENT" };
        app.graphql(Some(&staff.access_token), ATTEND, json!({ "input": { "sessionId": session, "entries": [{ "enrolmentId": enrolment, "status": status }] } }))
            .await;
    }
    const COMPLETE: &str = "mutation($input: CompleteEnrolmentInput!) { completeEnrolment(input: $input) { enrolment { status modulesCompleted certificateAwarded } } }";
    let refused = app
        .graphql(Some(&staff.access_token), COMPLETE, json!({ "input": { "id": enrolment, "modulesCompleted": ["vocational"], "certificateAwarded": true } }))
        .await;
    assert_eq!(error_field(&refused), Some("attendance"), "{refused}");
    // 4 of 5 is 80%: enough.
    app.graphql(Some(&staff.access_token), ATTEND, json!({ "input": { "sessionId": sessions[3], "entries": [{ "enrolmentId": enrolment, "status": "PRESENT" }] } }))
        .await;
    let unknown_module = app
        .graphql(
            Some(&staff.access_token),
            COMPLETE,
            json!({ "input": { "id": enrolment, "modulesCompleted": ["juggling"] } }),
        )
        .await;
    assert_eq!(error_field(&unknown_module), Some("modulesCompleted[0]"));
    let done = app
        .graphql(Some(&staff.access_token), COMPLETE, json!({ "input": { "id": enrolment, "modulesCompleted": ["vocational"], "certificateAwarded": true } }))
        .await;
    assert_eq!(
        done["data"]["completeEnrolment"]["enrolment"],
        json!({ "status": "COMPLETED", "modulesCompleted": ["vocational"], "certificateAwarded": true }),
        "{done}"
    );
    // Stats: one completed of one finished; attendance 4 present of 5 recorded. The organisers
    // see the rates; the public does not, below five finished enrolments.
    let stats = app
        .graphql(Some(&staff.access_token), "query($id: ID!) { programme(id: $id) { stats { completed completionRate attendanceRate employedWithin3Months } } }", json!({ "id": id }))
        .await;
    assert_eq!(
        stats["data"]["programme"]["stats"],
        json!({ "completed": 1, "completionRate": 1.0, "attendanceRate": 0.8, "employedWithin3Months": null })
    );
    // A participant may enrol again in a later cohort of the same programme.
    let again = enrol(&app, &staff, &id, &amina, None).await;
    assert_eq!(
        again["data"]["enrolParticipant"]["enrolment"]["status"], "ENROLLED",
        "{again}"
    );
}

#[tokio::test]
async fn the_referral_follows_its_enrolment() {
    let c = TestApp::with_referral_case().await;
    let space_case_manager = c
        .app
        .member(&c.admin, &c.space, "cm@fablab.test", "CASE_MANAGER")
        .await;
    let id = programme(&c.app, &space_case_manager, json!({ "capacity": 1 }), true).await;
    // The one place goes to someone of the space's own.
    let own = register_participant(&c.app, &space_case_manager, "Own").await;
    let first = enrolment_id(&enrol(&c.app, &space_case_manager, &id, &own, None).await);

    let referral = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    c.step(&c.receiver, "acceptReferral", &referral, json!({}))
        .await;
    let status = |answer: Value| {
        answer["data"]["referral"]["status"]
            .as_str()
            .unwrap_or("")
            .to_owned()
    };

    let waitlisted = enrol(&c.app, &c.receiver, &id, &c.participant, Some(&referral)).await;
    assert_eq!(
        waitlisted["data"]["enrolParticipant"]["enrolment"]["status"], "WAITLISTED",
        "{waitlisted}"
    );
    assert_eq!(
        status(c.referral(&c.case_manager, &referral).await),
        "ON_HOLD"
    );

    let promoted = c
        .app
        .graphql(
            Some(&space_case_manager.access_token),
            WITHDRAW,
            json!({ "input": { "id": first } }),
        )
        .await;
    assert_eq!(
        promoted["data"]["withdrawEnrolment"]["promoted"]["status"], "ENROLLED",
        "{promoted}"
    );
    assert_eq!(
        status(c.referral(&c.case_manager, &referral).await),
        "IN_PROGRESS"
    );

    let enrolment = promoted["data"]["withdrawEnrolment"]["promoted"]["id"]
        .as_str()
        .expect("id");
    let done = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            "mutation($input: CompleteEnrolmentInput!) { completeEnrolment(input: $input) { enrolment { status } } }",
            json!({ "input": { "id": enrolment } }),
        )
        .await;
    assert_eq!(
        done["data"]["completeEnrolment"]["enrolment"]["status"], "COMPLETED",
        "{done}"
    );
    let closed = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            "query($id: ID!) { referral(id: $id) { status outcome } }",
            json!({ "id": referral }),
        )
        .await;
    assert_eq!(
        closed["data"]["referral"],
        json!({ "status": "COMPLETED", "outcome": "ENROLLED" })
    );
}

#[tokio::test]
async fn the_public_search_shows_published_programmes_without_a_token() {
    let OneOrganisation {
        app, member: staff, ..
    } = TestApp::with_member(FABLAB, "luka@fablab.test", "STAFF").await;
    programme(&app, &staff, json!({}), true).await;
    programme(&app, &staff, json!({
        "kind": "LANGUAGE_COURSE", "title": [{ "language": "sl", "text": "Slovenščina A1" }], "description": [], "skillsTaught": ["slovenian"],
        "targetOccupations": [], "municipality": "Kranj", "languagesOfInstruction": ["uk"], "childcare": false,
        "interpretation": false, "startsOn": "2099-09-01"
    }), true).await;
    programme(
        &app,
        &staff,
        json!({ "title": [{ "language": "en", "text": "Secret draft" }] }),
        false,
    )
    .await;

    const SEARCH: &str = "query($filter: ProgrammeFilterInput) { programmes(filter: $filter) { edges { node { titleIn(language: \"en\") status } } } }";
    let titles = |answer: Value| -> Vec<String> {
        answer["data"]["programmes"]["edges"]
            .as_array()
            .unwrap_or_else(|| panic!("{answer}"))
            .iter()
            .map(|e| e["node"]["titleIn"].as_str().unwrap_or("").to_owned())
            .collect()
    };
    let all = titles(app.graphql(None, SEARCH, json!({})).await);
    assert_eq!(all.len(), 2, "{all:?}");
    assert!(!all.iter().any(|t| t.contains("Secret")));
    let cases = [
        (
            json!({ "kinds": ["LANGUAGE_COURSE"] }),
            vec!["Slovenščina A1"],
        ),
        (
            json!({ "municipality": "Koper" }),
            vec!["Welding for beginners"],
        ),
        (json!({ "language": "uk" }), vec!["Slovenščina A1"]),
        (json!({ "childcare": true }), vec!["Welding for beginners"]),
        (
            json!({ "interpretation": true }),
            vec!["Welding for beginners"],
        ),
        (json!({ "skill": "Welding" }), vec!["Welding for beginners"]),
        (
            json!({ "startsFrom": "2099-06-01" }),
            vec!["Slovenščina A1"],
        ),
        (
            json!({ "text": "traineeship SAFETY" }),
            vec!["Welding for beginners"],
        ),
        (json!({ "text": "nothing like this" }), vec![]),
    ];
    for (filter, expected) in cases {
        assert_eq!(
            titles(app.graphql(None, SEARCH, json!({ "filter": filter })).await),
            expected,
            "{filter}"
        );
    }
    // The organisers see their draft when they ask for their own programmes.
    let mine = titles(
        app.graphql(
            Some(&staff.access_token),
            SEARCH,
            json!({ "filter": { "organisedByMe": true } }),
        )
        .await,
    );
    assert_eq!(mine.len(), 3);
    // Enrolments are for organisers only.
    let enrolments = app
        .graphql(
            None,
            "{ programmes(first: 1) { edges { node { enrolments { edges { cursor } } } } } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&enrolments), Some("UNAUTHENTICATED"));
}

#[tokio::test]
async fn programme_stats_match_a_hand_computed_fixture() {
    let OneOrganisation {
        app, member: staff, ..
    } = TestApp::with_space_case_manager().await;
    let id = programme(&app, &staff, json!({ "minAttendancePercent": 0 }), true).await;
    let mut enrolments = Vec::new();
    for name in ["A", "B", "C", "D", "E", "F"] {
        let person = register_participant(&app, &staff, name).await;
        enrolments.push(enrolment_id(&enrol(&app, &staff, &id, &person, None).await));
    }
    // Attendance over two sessions: A P P, B P A, C A A, D P P → 5 present of 8 recorded.
    const SESSION: &str = "mutation($input: AddProgrammeSessionInput!) { addProgrammeSession(input: $input) { session { id } } }";
    const ATTEND: &str =
        "mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { recorded } }";
    let marks = [
        ["PRESENT", "PRESENT", "ABSENT", "PRESENT"],
        ["PRESENT", "ABSENT", "ABSENT", "PRESENT"],
    ];
    for (day, marks) in marks.iter().enumerate() {
        let session = app
            .graphql(
                Some(&staff.access_token),
                SESSION,
                json!({ "input": { "programmeId": id, "startsAt": format!("2025-04-0{}T09:00:00Z", day + 1), "endsAt": format!("2025-04-0{}T12:00:00Z", day + 1) } }),
            )
            .await;
        let session = session["data"]["addProgrammeSession"]["session"]["id"]
            .as_str()
            .expect("session")
            .to_owned();
        let entries: Vec<Value> = marks
            .iter()
            .zip(&enrolments)
            .map(|(status, enrolment)| json!({ "enrolmentId": enrolment, "status": status }))
            .collect();
        let recorded = app
            .graphql(
                Some(&staff.access_token),
                ATTEND,
                json!({ "input": { "sessionId": session, "entries": entries } }),
            )
            .await;
        assert_eq!(
            recorded["data"]["recordAttendance"]["recorded"], 4,
            "{recorded}"
        );
    }
    // A, B and C completed 300 days ago; D today; E dropped out; F is still enrolled.
    let today = chrono::Utc::now().date_naive();
    let long_ago = today - chrono::Duration::days(300);
    const COMPLETE: &str = "mutation($input: CompleteEnrolmentInput!) { completeEnrolment(input: $input) { enrolment { status } } }";
    for (enrolment, on) in enrolments.iter().zip([long_ago, long_ago, long_ago, today]) {
        let done = app
            .graphql(
                Some(&staff.access_token),
                COMPLETE,
                json!({ "input": { "id": enrolment, "completedOn": on.to_string() } }),
            )
            .await;
        assert_eq!(
            done["data"]["completeEnrolment"]["enrolment"]["status"], "COMPLETED",
            "{done}"
        );
    }
    app.graphql(
        Some(&staff.access_token),
        WITHDRAW,
        json!({ "input": { "id": enrolments[4], "droppedOut": true } }),
    )
    .await;
    // A found work after 30 days, B after 120 days (self-employed), C is looking after 40 days.
    const OUTCOME: &str = "mutation($input: RecordFollowUpOutcomeInput!) { recordFollowUpOutcome(input: $input) { enrolment { id } } }";
    for (enrolment, outcome, days) in [
        (&enrolments[0], "EMPLOYED", 30),
        (&enrolments[1], "SELF_EMPLOYED", 120),
        (&enrolments[2], "JOB_SEEKING", 40),
    ] {
        let on = (long_ago + chrono::Duration::days(days)).to_string();
        let answer = app
            .graphql(
                Some(&staff.access_token),
                OUTCOME,
                json!({ "input": { "enrolmentId": enrolment, "outcome": outcome, "on": on } }),
            )
            .await;
        assert!(answer["errors"].is_null(), "{answer}");
    }
    const STATS: &str = "query($id: ID!) { programme(id: $id) { stats { enrolled waitlisted completed completionRate attendanceRate employedWithin3Months employedWithin6Months } } }";
    let stats = app
        .graphql(Some(&staff.access_token), STATS, json!({ "id": id }))
        .await;
    // By hand: completed 4 of 5 finished (A, B, C, D completed; E dropped out) = 0.8;
    // attendance 5 of 8 = 0.625; among A, B, C (D is too recent), in work within 3 months: A
    // (1/3); within 6 months: A and B (2/3). The organisers see every figure.
    let got = &stats["data"]["programme"]["stats"];
    assert_eq!(got["enrolled"], 1, "{stats}");
    assert_eq!(got["waitlisted"], 0);
    assert_eq!(got["completed"], 4);
    assert_eq!(got["completionRate"], 0.8);
    assert_eq!(got["attendanceRate"], 0.625);
    let close =
        |value: &Value, expected: f64| value.as_f64().is_some_and(|v| (v - expected).abs() < 1e-9);
    assert!(close(&got["employedWithin3Months"], 1.0 / 3.0), "{stats}");
    assert!(close(&got["employedWithin6Months"], 2.0 / 3.0), "{stats}");
    // The public sees only figures about five people or more: the completion rate (five
    // finished); not the counts (1, 0, 4), the attendance of four people, or the employment
    // of three.
    let public = app.graphql(None, STATS, json!({ "id": id })).await;
    assert_eq!(
        public["data"]["programme"]["stats"],
        json!({ "enrolled": null, "waitlisted": null, "completed": null, "completionRate": 0.8,
                "attendanceRate": null, "employedWithin3Months": null, "employedWithin6Months": null }),
        "{public}"
    );
    // Places held (five: completions keep theirs, the drop-out gave hers back) are at least k,
    // so `placesLeft` is public here; the next test shows it withheld.
    const PLACES: &str =
        "query($id: ID!) { programme(id: $id) { capacity placesLeft hasPlacesLeft } }";
    let places = app.graphql(None, PLACES, json!({ "id": id })).await;
    assert_eq!(
        places["data"]["programme"],
        json!({ "capacity": 10, "placesLeft": 5, "hasPlacesLeft": true }),
        "{places}"
    );
}

#[tokio::test]
async fn k_is_configurable_and_places_left_shows_once_k_are_enrolled() {
    let OneOrganisation {
        app, member: staff, ..
    } = TestApp::with_member_configured(
        |settings| settings.suppression_min_cell = 3,
        FABLAB,
        "luka@fablab.test",
        "CASE_MANAGER",
    )
    .await;
    let id = programme(&app, &staff, json!({ "capacity": 4 }), true).await;
    const PUBLIC: &str =
        "query($id: ID!) { programme(id: $id) { placesLeft hasPlacesLeft stats { enrolled } } }";
    let mut seen = Vec::new();
    for name in ["A", "B", "C", "D"] {
        let person = register_participant(&app, &staff, name).await;
        enrolment_id(&enrol(&app, &staff, &id, &person, None).await);
        let public = app.graphql(None, PUBLIC, json!({ "id": id })).await;
        seen.push(public["data"]["programme"].clone());
    }
    let organiser = app
        .graphql(Some(&staff.access_token), PUBLIC, json!({ "id": id }))
        .await;
    assert_eq!(organiser["data"]["programme"]["placesLeft"], 0);
    // With k = 3: one and two enrolled are withheld (capacity minus places left would give
    // them), three and four shown; "no place left" is public since the capacity is k or more.
    assert_eq!(
        seen,
        vec![
            json!({ "placesLeft": null, "hasPlacesLeft": true, "stats": { "enrolled": null } }),
            json!({ "placesLeft": null, "hasPlacesLeft": true, "stats": { "enrolled": null } }),
            json!({ "placesLeft": 1, "hasPlacesLeft": true, "stats": { "enrolled": 3 } }),
            json!({ "placesLeft": 0, "hasPlacesLeft": false, "stats": { "enrolled": 4 } }),
        ]
    );
}

const SESSION: &str = "mutation($input: AddProgrammeSessionInput!) { addProgrammeSession(input: $input) { session { id } } }";

const ATTEND: &str =
    "mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { recorded } }";

const STATS: &str = "query($id: ID!) { programme(id: $id) { stats { enrolled waitlisted completed completionRate attendanceRate } } }";

async fn session(app: &TestApp, staff: &Session, programme: &str, starts: DateTime) -> String {
    let ends = starts + chrono::Duration::hours(3);
    let answer = gql(
        app,
        staff,
        SESSION,
        json!({ "input": { "programmeId": programme, "startsAt": starts.to_rfc3339(), "endsAt": ends.to_rfc3339() } }),
    )
    .await;
    answer["data"]["addProgrammeSession"]["session"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{answer}"))
        .to_owned()
}

type DateTime = chrono::DateTime<chrono::Utc>;

#[tokio::test]
async fn public_programme_figures_about_fewer_than_five_people_are_withheld() {
    let OneOrganisation {
        app, member: staff, ..
    } = TestApp::with_space_case_manager().await;
    let id = programme(&app, &staff, json!({ "minAttendancePercent": 0 }), true).await;
    let mut places = Vec::new();
    for name in ["A", "B"] {
        let person = register_participant(&app, &staff, name).await;
        places.push(enrolment_id(&enrol(&app, &staff, &id, &person, None).await));
    }
    let held = session(
        &app,
        &staff,
        &id,
        chrono::Utc::now() - chrono::Duration::days(2),
    )
    .await;
    let entries: Vec<Value> = places
        .iter()
        .zip(["PRESENT", "ABSENT"])
        .map(|(e, status)| json!({ "enrolmentId": e, "status": status }))
        .collect();
    let recorded = gql(
        &app,
        &staff,
        ATTEND,
        json!({ "input": { "sessionId": held, "entries": entries } }),
    )
    .await;
    assert_eq!(
        recorded["data"]["recordAttendance"]["recorded"], 2,
        "{recorded}"
    );

    // The organisers see every figure.
    let full = gql(&app, &staff, STATS, json!({ "id": id })).await;
    assert_eq!(
        full["data"]["programme"]["stats"],
        json!({ "enrolled": 2, "waitlisted": 0, "completed": 0, "completionRate": null, "attendanceRate": 0.5 }),
        "{full}"
    );
    // The public and other organisations: nothing about two people.
    let public = app.graphql(None, STATS, json!({ "id": id })).await;
    assert!(public["errors"].is_null(), "{public}");
    assert_eq!(
        public["data"]["programme"]["stats"],
        json!({ "enrolled": null, "waitlisted": null, "completed": null, "completionRate": null, "attendanceRate": null }),
        "{public}"
    );

    // With five people attending, the attendance rate and the count are public.
    for name in ["C", "D", "E"] {
        let person = register_participant(&app, &staff, name).await;
        places.push(enrolment_id(&enrol(&app, &staff, &id, &person, None).await));
    }
    let entries: Vec<Value> = places
        .iter()
        .map(|e| json!({ "enrolmentId": e, "status": "PRESENT" }))
        .collect();
    gql(
        &app,
        &staff,
        ATTEND,
        json!({ "input": { "sessionId": held, "entries": entries } }),
    )
    .await;
    let public = app.graphql(None, STATS, json!({ "id": id })).await;
    assert_eq!(
        public["data"]["programme"]["stats"],
        json!({ "enrolled": 5, "waitlisted": null, "completed": null, "completionRate": null, "attendanceRate": 1.0 }),
        "{public}"
    );
}

#[tokio::test]
async fn sessions_entered_after_the_fact_count_and_future_attendance_is_refused() {
    let OneOrganisation {
        app, member: staff, ..
    } = TestApp::with_space_case_manager().await;
    let id = programme(&app, &staff, json!({ "minAttendancePercent": 80 }), true).await;
    let amina = register_participant(&app, &staff, "Amina").await;
    let place = enrolment_id(&enrol(&app, &staff, &id, &amina, None).await);
    // Five sessions held last week, entered only now, with Amina absent at each.
    let now = chrono::Utc::now();
    for day in 1..=5 {
        let held = session(&app, &staff, &id, now - chrono::Duration::days(8 - day)).await;
        let answer = gql(&app, &staff, ATTEND, json!({ "input": { "sessionId": held, "entries": [{ "enrolmentId": place, "status": "ABSENT" }] } })).await;
        assert_eq!(
            answer["data"]["recordAttendance"]["recorded"], 1,
            "{answer}"
        );
    }
    const COMPLETE: &str = "mutation($input: CompleteEnrolmentInput!) { completeEnrolment(input: $input) { enrolment { status certificateAwarded } } }";
    let refused = gql(
        &app,
        &staff,
        COMPLETE,
        json!({ "input": { "id": place, "certificateAwarded": true } }),
    )
    .await;
    assert_eq!(error_code(&refused), Some("VALIDATION"), "{refused}");
    assert_eq!(error_field(&refused), Some("attendance"), "{refused}");

    // Attendance at a session that has not happened yet is refused, and nothing is recorded.
    let tomorrow = session(&app, &staff, &id, now + chrono::Duration::days(1)).await;
    let future = gql(&app, &staff, ATTEND, json!({ "input": { "sessionId": tomorrow, "entries": [{ "enrolmentId": place, "status": "PRESENT" }] } })).await;
    assert_eq!(error_code(&future), Some("VALIDATION"), "{future}");
    assert_eq!(error_field(&future), Some("sessionId"), "{future}");
    let stats = gql(&app, &staff, STATS, json!({ "id": id })).await;
    assert_eq!(
        stats["data"]["programme"]["stats"]["attendanceRate"], 0.0,
        "{stats}"
    );
    let enrolment = gql(
        &app,
        &staff,
        "query($id: ID!) { programme(id: $id) { enrolments(first: 10) { edges { node { status } } } } }",
        json!({ "id": id }),
    )
    .await;
    assert_eq!(
        enrolment["data"]["programme"]["enrolments"]["edges"][0]["node"]["status"], "ENROLLED",
        "{enrolment}"
    );
}

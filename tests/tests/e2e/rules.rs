//! Rules of DESIGN.md that were once looser in the code: per-request mediation visibility,
//! referrals hidden from mentors and mediators, small-cell suppression, attendance that counts,
//! input refused at the edge, and history that starts at creation.

use serde_json::{Value, json};
use skupaj_tests::{
    Session, TestApp, create_referral, error_code, error_field, referral_id, register_participant,
};

use crate::programmes::{enrol, enrolment_id, programme};

async fn gql(app: &TestApp, who: &Session, query: &str, variables: Value) -> Value {
    app.graphql(Some(&who.access_token), query, variables).await
}

const REQUEST: &str = "mutation($input: RequestMediationInput!) { requestMediation(input: $input) { request { id } } }";
const TAKE: &str = "mutation($input: MediationStepInput!) { takeMediationRequest(input: $input) { request { status } } }";

#[tokio::test]
async fn a_mediator_sees_a_participant_only_through_the_request_they_took() {
    let c = TestApp::with_referral_case().await;
    let mediator = c
        .app
        .member(&c.admin, &c.third, "mediator@zc.test", "MEDIATOR")
        .await;
    gql(
        &c.app,
        &mediator,
        "mutation($input: UpdateStaffProfileInput!) { updateStaffProfile(input: $input) { profile { languages } } }",
        json!({ "input": { "languages": ["ar"] } }),
    )
    .await;
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339();
    let mut ids = Vec::new();
    for _ in 0..2 {
        let answer = gql(&c.app, &c.case_manager, REQUEST, json!({ "input": { "language": "ar", "startsAt": tomorrow, "remote": true, "participantId": c.participant } })).await;
        ids.push(
            answer["data"]["requestMediation"]["request"]["id"]
                .as_str()
                .unwrap_or_else(|| panic!("{answer}"))
                .to_owned(),
        );
    }
    let taken = gql(
        &c.app,
        &mediator,
        TAKE,
        json!({ "input": { "id": ids[0] } }),
    )
    .await;
    assert_eq!(
        taken["data"]["takeMediationRequest"]["request"]["status"], "ASSIGNED",
        "{taken}"
    );
    // Through the request they took, the mediator sees the given name.
    let mine = gql(
        &c.app,
        &mediator,
        "{ myMediationRequests { edges { node { id participant { givenName } } } } }",
        json!({}),
    )
    .await;
    assert_eq!(
        mine["data"]["myMediationRequests"]["edges"][0]["node"]["participant"]["givenName"],
        "Amina",
        "{mine}"
    );
    // The other request for the same person is still open: nothing of its participant.
    let open = gql(
        &c.app,
        &mediator,
        "{ openMediationRequests { edges { node { id participant { givenName languages { language } } } } } }",
        json!({}),
    )
    .await;
    let edges = open["data"]["openMediationRequests"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{open}"));
    assert_eq!(edges.len(), 1, "{open}");
    assert_eq!(edges[0]["node"]["id"], ids[1].as_str());
    assert!(edges[0]["node"]["participant"].is_null(), "{open}");
    assert_eq!(error_code(&open), Some("FORBIDDEN"), "{open}");
    assert!(!open.to_string().contains("Amina"), "{open}");
}

const REFERRAL_DETAIL: &str = "query($id: ID!) { referral(id: $id) { id status participantCode needDomain fromOrganisation { name } toOrganisation { name } history { action } } }";

#[tokio::test]
async fn mentors_and_mediators_see_no_referral_of_their_organisation() {
    let c = TestApp::with_referral_case().await;
    let draft = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, false).await,
    );
    let sent = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    let mediator = c
        .app
        .member(&c.admin, &c.ngo, "mediator@most.test", "MEDIATOR")
        .await;
    let mentor = c
        .app
        .member(&c.admin, &c.space, "mentor@fablab.test", "MENTOR")
        .await;
    for (who, ids) in [(&mediator, vec![&draft, &sent]), (&mentor, vec![&sent])] {
        let list = gql(
            &c.app,
            who,
            "{ referrals(first: 100) { edges { node { id } } } referralStats { total } }",
            json!({}),
        )
        .await;
        assert_eq!(list["data"]["referrals"]["edges"], json!([]), "{list}");
        assert_eq!(list["data"]["referralStats"]["total"], 0, "{list}");
        for id in ids {
            let one = gql(&c.app, who, REFERRAL_DETAIL, json!({ "id": id })).await;
            assert_eq!(error_code(&one), Some("NOT_FOUND"), "{one}");
            assert!(one["data"]["referral"].is_null(), "{one}");
            assert!(!one.to_string().contains("EMPLOYMENT"), "{one}");
        }
    }
    // The organisation's case manager still sees both.
    let list = gql(
        &c.app,
        &c.case_manager,
        "{ referrals(first: 100) { edges { node { id } } } }",
        json!({}),
    )
    .await;
    assert_eq!(
        list["data"]["referrals"]["edges"].as_array().map(Vec::len),
        Some(2),
        "{list}"
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

async fn space_with_staff() -> (TestApp, Session) {
    let app = TestApp::spawn().await;
    let admin = app.platform_admin().await;
    let space = app
        .organisation(&admin, "CWCS", "Obalni FabLab", "Koper")
        .await;
    let staff = app
        .member(&admin, &space, "luka@fablab.test", "CASE_MANAGER")
        .await;
    (app, staff)
}

#[tokio::test]
async fn public_programme_figures_about_fewer_than_five_people_are_withheld() {
    let (app, staff) = space_with_staff().await;
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
    let (app, staff) = space_with_staff().await;
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

const REGISTER: &str = "mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { participant { id } } }";

fn profile(extra: Value) -> Value {
    let mut profile = json!({
        "givenName": "Amina", "preferredLanguage": "ar",
        "languages": [{ "language": "ar", "level": "NATIVE" }, { "language": "en", "level": "B1" }],
        "skills": ["welding"]
    });
    for (key, value) in extra.as_object().into_iter().flatten() {
        profile[key] = value.clone();
    }
    json!({ "input": { "profile": profile } })
}

#[tokio::test]
async fn bidi_overrides_insane_dates_and_repeated_entries_are_refused_by_field() {
    let c = TestApp::with_referral_case().await;
    let cases = [
        (json!({ "givenName": "Amina\u{202E}nimA" }), "givenName"),
        (
            json!({ "familyName": "\u{2066}Haddad\u{2069}" }),
            "familyName",
        ),
        (json!({ "arrivalDate": "1850-01-01" }), "arrivalDate"),
        (json!({ "skills": ["welding", "Welding"] }), "skills[1]"),
        (
            json!({ "languages": [{ "language": "en", "level": "B1" }, { "language": "EN", "level": "A2" }] }),
            "languages[1].language",
        ),
    ];
    for (extra, field) in cases {
        let answer = gql(&c.app, &c.case_manager, REGISTER, profile(extra.clone())).await;
        assert_eq!(error_code(&answer), Some("VALIDATION"), "{extra}: {answer}");
        assert_eq!(error_field(&answer), Some(field), "{extra}: {answer}");
    }
    // Nothing was registered: the case's own participant is the only one.
    let list = gql(
        &c.app,
        &c.case_manager,
        "{ participants(first: 100) { edges { node { id } } } }",
        json!({}),
    )
    .await;
    assert_eq!(
        list["data"]["participants"]["edges"]
            .as_array()
            .map(Vec::len),
        Some(1),
        "{list}"
    );
    // Right-to-left names themselves are welcome.
    let arabic = gql(
        &c.app,
        &c.case_manager,
        REGISTER,
        profile(json!({ "givenName": "أمينة" })),
    )
    .await;
    assert!(
        arabic["data"]["registerParticipant"]["participant"]["id"].is_string(),
        "{arabic}"
    );

    // A respond-by date in the 23rd century, a mediator's languages twice.
    let far = gql(&c.app, &c.case_manager,
        "mutation($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } } }",
        json!({ "input": { "participantId": c.participant, "toOrganisationId": c.space, "needDomain": "EMPLOYMENT",
            "reason": "Looking for work", "respondBy": "2201-01-01", "send": true } })).await;
    assert_eq!(error_code(&far), Some("VALIDATION"), "{far}");
    assert_eq!(error_field(&far), Some("respondBy"), "{far}");
    let mediator = c
        .app
        .member(&c.admin, &c.third, "mediator@zc.test", "MEDIATOR")
        .await;
    let twice = gql(
        &c.app,
        &mediator,
        "mutation($input: UpdateStaffProfileInput!) { updateStaffProfile(input: $input) { profile { languages } } }",
        json!({ "input": { "languages": ["ar", "uk", "ar"] } }),
    )
    .await;
    assert_eq!(error_code(&twice), Some("VALIDATION"), "{twice}");
    assert_eq!(error_field(&twice), Some("languages[2]"), "{twice}");
}

#[tokio::test]
async fn a_syntax_error_names_the_position_without_echoing_the_query() {
    let app = TestApp::spawn().await;
    let secret = "P-LEAK-9Z7Q";
    let query = format!("{{ participant(id: \"{secret}\") {{ givenName familyName email }}");
    let answer = app.graphql(None, &query, json!({})).await;
    assert_eq!(error_code(&answer), Some("VALIDATION"), "{answer}");
    let message = answer["errors"][0]["message"].as_str().unwrap_or_default();
    assert!(message.starts_with("syntax error at 1:"), "{answer}");
    assert!(message.len() < 200, "{answer}");
    assert!(!answer.to_string().contains(secret), "{answer}");
    assert!(answer["errors"][0]["locations"][0]["line"] == 1, "{answer}");
}

#[tokio::test]
async fn history_starts_with_creation_and_the_note_refusal_is_documented() {
    let c = TestApp::with_referral_case().await;
    let draft = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, false).await,
    );
    const HISTORY: &str =
        "query($id: ID!) { referral(id: $id) { history { action fromStatus toStatus } } }";
    let created = gql(&c.app, &c.case_manager, HISTORY, json!({ "id": draft })).await;
    assert_eq!(
        created["data"]["referral"]["history"],
        json!([{ "action": "CREATE", "fromStatus": null, "toStatus": "DRAFT" }]),
        "{created}"
    );
    let sent = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    let history = gql(&c.app, &c.receiver, HISTORY, json!({ "id": sent })).await;
    assert_eq!(
        history["data"]["referral"]["history"],
        json!([
            { "action": "CREATE", "fromStatus": null, "toStatus": "DRAFT" },
            { "action": "SEND", "fromStatus": "DRAFT", "toStatus": "SENT" }
        ]),
        "{history}"
    );

    // A note on a closed referral: refused with the code the schema documents.
    let cancelled = c
        .step(
            &c.case_manager,
            "cancelReferral",
            &sent,
            json!({ "reason": "OTHER" }),
        )
        .await;
    assert_eq!(
        cancelled["data"]["cancelReferral"]["referral"]["status"], "CANCELLED",
        "{cancelled}"
    );
    let note = gql(
        &c.app,
        &c.case_manager,
        "mutation($input: AddReferralNoteInput!) { addReferralNote(input: $input) { note { id } } }",
        json!({ "input": { "referralId": sent, "body": "Anything new?" } }),
    )
    .await;
    let code = error_code(&note).unwrap_or_else(|| panic!("{note}"));
    let docs = app_docs(&c.app).await;
    let doc = docs["addReferralNote"].as_str().unwrap_or_default();
    assert!(
        doc.contains(code),
        "addReferralNote answers {code}; its documentation says: {doc}"
    );
    let from_status = history_doc(&c.app).await;
    assert!(from_status.contains("null"), "{from_status}");
}

/// The descriptions of the mutations, by name, as the schema publishes them.
async fn app_docs(app: &TestApp) -> Value {
    let answer = app
        .graphql(
            None,
            "{ __type(name: \"MutationRoot\") { fields { name description } } }",
            json!({}),
        )
        .await;
    let mut docs = serde_json::Map::new();
    for field in answer["data"]["__type"]["fields"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"))
    {
        docs.insert(
            field["name"].as_str().unwrap_or_default().to_owned(),
            field["description"].clone(),
        );
    }
    Value::Object(docs)
}

async fn history_doc(app: &TestApp) -> String {
    let answer = app
        .graphql(
            None,
            "{ __type(name: \"ReferralEvent\") { fields { name description } } }",
            json!({}),
        )
        .await;
    answer["data"]["__type"]["fields"]
        .as_array()
        .and_then(|fields| fields.iter().find(|f| f["name"] == "fromStatus"))
        .map(|f| f["description"].to_string())
        .unwrap_or_default()
}

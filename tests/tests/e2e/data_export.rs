//! A participant's data export (GDPR arts. 15 and 20): `participantDataExport` and its
//! download hold every kind of record about the person, with its values, and nothing of anyone
//! else; only the owner's case managers and org admins may take it, and every export is in the
//! audit log.

use reqwest::StatusCode;
use reqwest::header;
use serde_json::{Value, json};
use skupaj_tests::fixtures::Case;
use skupaj_tests::{
    Session, TestApp, create_referral, error_code, gql, referral_consent, referral_id, user_id,
};

use crate::programmes::{enrol, enrolment_id, programme};

pub(crate) const EXPORT: &str = "query($id: ID!) { participantDataExport(participantId: $id) }";

/// The export as `who` asks for it over GraphQL.
pub(crate) async fn export(app: &TestApp, who: Option<&Session>, participant: &str) -> Value {
    app.graphql(
        who.map(|s| s.access_token.as_str()),
        EXPORT,
        json!({ "id": participant }),
    )
    .await
}

/// The download as `who` asks for it: status, `Content-Disposition` and the body.
pub(crate) async fn download(
    app: &TestApp,
    who: Option<&Session>,
    participant: &str,
) -> (StatusCode, String, String) {
    let mut request = app.client().get(format!(
        "{}/exports/participants/{participant}/data.json",
        app.address
    ));
    if let Some(who) = who {
        request = request.bearer_auth(&who.access_token);
    }
    let response = request.send().await.expect("the download answers");
    let status = response.status();
    let disposition = response
        .headers()
        .get(header::CONTENT_DISPOSITION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    (status, disposition, response.text().await.expect("a body"))
}

async fn ok(app: &TestApp, who: &Session, query: &str, variables: Value) -> Value {
    let answer = gql(app, who, query, variables).await;
    assert!(answer["errors"].is_null(), "{query}: {answer}");
    answer
}

/// What the records of one person are named by, to look for them in a document.
#[derive(Debug, Default)]
struct Held {
    ids: Vec<String>,
    texts: Vec<String>,
}

/// What both people share: one programme (with a session held yesterday) and one mentor.
struct Shared {
    programme: String,
    session: String,
    mentor: Session,
    mentor_id: String,
}

async fn shared(c: &Case) -> Shared {
    let (app, cm) = (&c.app, &c.case_manager);
    let programme = programme(app, cm, json!({ "minAttendancePercent": 0 }), true).await;
    let starts = chrono::Utc::now() - chrono::Duration::days(1);
    let session = ok(app, cm, "mutation($input: AddProgrammeSessionInput!) { addProgrammeSession(input: $input) { session { id } } }",
        json!({ "input": { "programmeId": programme, "startsAt": starts.to_rfc3339(), "endsAt": (starts + chrono::Duration::hours(2)).to_rfc3339() } })).await;
    let session = session["data"]["addProgrammeSession"]["session"]["id"]
        .as_str()
        .expect("a session")
        .to_owned();
    let mentor = app
        .member(&c.admin, &c.ngo, "mentor@most.test", "MENTOR")
        .await;
    ok(app, &mentor, "mutation($input: UpdateStaffProfileInput!) { updateStaffProfile(input: $input) { profile { maxMentees } } }",
        json!({ "input": { "expertise": ["welding"], "languages": ["ar"], "maxMentees": 3 } })).await;
    let mentor_id = user_id(app, &mentor).await;
    Shared {
        programme,
        session,
        mentor,
        mentor_id,
    }
}

/// Gives `participant` a record of every kind, each text carrying `tag`: a consent, a referral
/// to the space (accepted by it, so its history has two steps) with a note corrected once, a
/// place in the programme with attendance, a placement after it, a life-card goal and an entry
/// corrected once, a mentorship with a meeting, a mediation request and a task.
async fn everything(c: &Case, s: &Shared, participant: &str, tag: &str) -> Held {
    let (app, cm) = (&c.app, &c.case_manager);
    let mut held = Held::default();
    let text = |what: &str| format!("{what} of {tag}");
    held.ids
        .push(referral_consent(app, cm, participant, &[&c.space], &["IDENTITY", "CONTACT"]).await);
    let referral = referral_id(&create_referral(app, cm, participant, &c.space, true).await);
    let accepted = c
        .step(&c.receiver, "acceptReferral", &referral, json!({}))
        .await;
    assert!(accepted["errors"].is_null(), "{accepted}");
    let note = ok(app, cm, "mutation($input: AddReferralNoteInput!) { addReferralNote(input: $input) { note { id } } }",
        json!({ "input": { "referralId": referral, "body": text("first note") } })).await;
    let note = note["data"]["addReferralNote"]["note"]["id"]
        .as_str()
        .expect("a note")
        .to_owned();
    ok(app, cm, "mutation($input: CorrectReferralNoteInput!) { correctReferralNote(input: $input) { note { id } } }",
        json!({ "input": { "id": note, "body": text("corrected note") } })).await;
    let enrolment = enrolment_id(&enrol(app, cm, &s.programme, participant, None).await);
    ok(app, cm, "mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { recorded } }",
        json!({ "input": { "sessionId": s.session, "entries": [{ "enrolmentId": enrolment, "status": "PRESENT" }] } })).await;
    let placement = ok(app, cm, "mutation($input: RecordPlacementInput!) { recordPlacement(input: $input) { placement { id } } }",
        json!({ "input": { "participantId": participant, "enrolmentId": enrolment, "employerName": text("employer"),
            "occupation": "Welder", "contractType": "FIXED_TERM", "hoursPerWeek": 40, "startsOn": "2026-03-01", "usesTraining": true } })).await;
    let goal = ok(app, cm, "mutation($input: AddLifeGoalInput!) { addLifeGoal(input: $input) { goal { id } } }",
        json!({ "input": { "participantId": participant, "domain": "EMPLOYMENT", "title": text("goal") } })).await;
    let goal = goal["data"]["addLifeGoal"]["goal"]["id"].clone();
    let today = chrono::Utc::now().date_naive().to_string();
    let entry = ok(app, cm, "mutation($input: AddLifeEntryInput!) { addLifeEntry(input: $input) { entry { id } } }",
        json!({ "input": { "participantId": participant, "domain": "EMPLOYMENT", "goalId": goal, "note": text("first entry"), "occurredOn": today } })).await;
    let entry = entry["data"]["addLifeEntry"]["entry"]["id"].clone();
    ok(app, cm, "mutation($input: CorrectLifeEntryInput!) { correctLifeEntry(input: $input) { entry { id } } }",
        json!({ "input": { "id": entry, "note": text("corrected entry") } })).await;
    let pairing = ok(app, cm, "mutation($input: CreateMentorshipInput!) { createMentorship(input: $input) { mentorship { id } } }",
        json!({ "input": { "participantId": participant, "mentorUserId": s.mentor_id, "goals": text("mentoring goals") } })).await;
    let pairing = pairing["data"]["createMentorship"]["mentorship"]["id"].clone();
    ok(app, &s.mentor, "mutation($input: LogMentorshipMeetingInput!) { logMentorshipMeeting(input: $input) { meeting { notes } } }",
        json!({ "input": { "mentorshipId": pairing, "heldOn": today, "notes": text("meeting") } })).await;
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339();
    let mediation = ok(app, cm, "mutation($input: RequestMediationInput!) { requestMediation(input: $input) { request { id } } }",
        json!({ "input": { "language": "ar", "startsAt": tomorrow, "place": text("place"), "notes": text("mediation"), "participantId": participant } })).await;
    let task = ok(
        app,
        cm,
        "mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }",
        json!({ "input": { "participantId": participant, "title": text("task"), "dueOn": today } }),
    )
    .await;
    for id in [
        &json!(referral),
        &json!(note),
        &json!(enrolment),
        &placement["data"]["recordPlacement"]["placement"]["id"],
        &goal,
        &entry,
        &pairing,
        &mediation["data"]["requestMediation"]["request"]["id"],
        &task["data"]["createTask"]["task"]["id"],
    ] {
        held.ids.push(id.as_str().expect("an id").to_owned());
    }
    for what in [
        "first note",
        "corrected note",
        "employer",
        "goal",
        "first entry",
        "corrected entry",
        "mentoring goals",
        "meeting",
        "place",
        "mediation",
        "task",
    ] {
        held.texts.push(text(what));
    }
    held
}

/// Registers Boris, a second person of the same organisation, with his own details.
async fn boris(c: &Case) -> (String, String) {
    let answer = ok(&c.app, &c.case_manager,
        "mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { participant { id referenceCode } } }",
        json!({ "input": { "confirmed": true, "profile": { "givenName": "Boris", "familyName": "Kovalenko",
            "birthYear": 1985, "email": "boris@mail.test", "phone": "+386 41 222 333", "preferredLanguage": "uk" } } })).await;
    let node = &answer["data"]["registerParticipant"]["participant"];
    (
        node["id"].as_str().expect("an id").to_owned(),
        node["referenceCode"].as_str().expect("a code").to_owned(),
    )
}

fn list<'a>(document: &'a Value, key: &str) -> &'a Vec<Value> {
    document[key]
        .as_array()
        .unwrap_or_else(|| panic!("{key} is a list: {document}"))
}

/// The document without what changes from one export to the next: when it was made, and the
/// log, which gains each export's own entry.
fn stable(document: &Value) -> Value {
    let mut document = document.clone();
    document["generatedAt"] = Value::Null;
    document["accessLog"] = Value::Null;
    document
}

#[tokio::test]
async fn the_export_holds_every_record_of_the_person_and_nothing_of_another() {
    let c = TestApp::with_referral_case().await;
    let s = shared(&c).await;
    let amina = everything(&c, &s, &c.participant, "Amina").await;
    // Her case manager reads her name (an audited read), long before the export.
    let code = ok(
        &c.app,
        &c.case_manager,
        "query($id: ID!) { participant(id: $id) { referenceCode givenName } }",
        json!({ "id": c.participant }),
    )
    .await["data"]["participant"]["referenceCode"]
        .as_str()
        .expect("a code")
        .to_owned();
    let (boris_id, boris_code) = boris(&c).await;
    let boris_held = everything(&c, &s, &boris_id, "Boris").await;

    let answer = export(&c.app, Some(&c.case_manager), &c.participant).await;
    assert!(answer["errors"].is_null(), "{answer}");
    let doc = &answer["data"]["participantDataExport"];

    assert_eq!(doc["format"], "skupaj.participant-data-export");
    assert_eq!(doc["formatVersion"], 1);
    let generated = doc["generatedAt"].as_str().expect("generatedAt");
    let generated = chrono::DateTime::parse_from_rfc3339(generated).expect("RFC 3339");
    assert!(
        (chrono::Utc::now() - generated.to_utc())
            .num_minutes()
            .abs()
            < 5
    );
    assert_eq!(doc["controller"]["name"], "Društvo Most");

    let person = &doc["participant"];
    assert_eq!(person["id"], c.participant.as_str());
    assert_eq!(person["referenceCode"], code.as_str());
    for (field, value) in [
        ("givenName", json!("Amina")),
        ("familyName", json!("Haddad")),
        ("birthYear", json!(1990)),
        ("gender", json!("FEMALE")),
        ("email", json!("amina@mail.test")),
        ("phone", json!("+386 40 000 000")),
        ("legalStatus", json!("INTERNATIONAL_PROTECTION")),
        ("countryOfOrigin", json!("SY")),
        ("arrivalDate", json!("2023-05-01")),
        ("preferredLanguage", json!("ar")),
        ("slovenianLevel", json!("A2")),
        ("skills", json!(["welding"])),
        ("needs", json!(["CHILDCARE"])),
        ("municipality", json!("Ljubljana")),
    ] {
        assert_eq!(person[field], value, "{field}: {person}");
    }

    // The fixture's consent and the one `everything` recorded.
    let consents = list(doc, "consents");
    assert_eq!(consents.len(), 2, "{doc}");
    assert!(consents.iter().all(|c| c["purpose"] == "REFERRAL"));
    assert!(
        consents
            .iter()
            .any(|k| k["coveredOrganisations"][0]["name"] == "Obalni FabLab")
    );

    let referrals = list(doc, "referrals");
    assert_eq!(referrals.len(), 1, "{doc}");
    let referral = &referrals[0];
    assert_eq!(referral["status"], "ACCEPTED");
    assert_eq!(referral["reason"], "Looking for work as a welder");
    assert_eq!(referral["fromOrganisation"]["name"], "Društvo Most");
    assert_eq!(referral["toOrganisation"]["name"], "Obalni FabLab");
    let steps: Vec<&Value> = list(referral, "history").iter().collect();
    assert!(
        steps
            .iter()
            .any(|s| s["action"] == "ACCEPT" && s["organisation"]["name"] == "Obalni FabLab"),
        "{referral}"
    );
    let note = &list(referral, "notes")[0];
    assert_eq!(note["body"], "corrected note of Amina");
    assert_eq!(
        note["corrections"][0]["previousText"],
        "first note of Amina"
    );
    assert_eq!(note["organisation"]["name"], "Društvo Most");

    let enrolments = list(doc, "enrolments");
    assert_eq!(enrolments.len(), 1, "{doc}");
    assert_eq!(enrolments[0]["programme"]["id"], s.programme.as_str());
    assert_eq!(
        enrolments[0]["attendance"],
        json!([{ "sessionId": s.session, "sessionStartsAt": enrolments[0]["attendance"][0]["sessionStartsAt"], "status": "PRESENT" }])
    );
    let placements = list(doc, "placements");
    assert_eq!(placements.len(), 1, "{doc}");
    assert_eq!(placements[0]["employerName"], "employer of Amina");
    assert_eq!(
        placements[0]["occupation"], "welder",
        "stored as its normalised key"
    );
    assert_eq!(placements[0]["startsOn"], "2026-03-01");

    let card = &doc["lifeCard"];
    assert_eq!(card["goals"][0]["title"], "goal of Amina", "{card}");
    assert_eq!(card["entries"][0]["note"], "corrected entry of Amina");
    assert_eq!(
        card["entries"][0]["corrections"][0]["previousText"],
        "first entry of Amina"
    );
    let mentorships = list(doc, "mentorships");
    assert_eq!(mentorships.len(), 1, "{doc}");
    assert_eq!(mentorships[0]["goals"], "mentoring goals of Amina");
    assert_eq!(mentorships[0]["meetings"][0]["notes"], "meeting of Amina");
    let mediation = list(doc, "mediationRequests");
    assert_eq!(mediation.len(), 1, "{doc}");
    assert_eq!(mediation[0]["notes"], "mediation of Amina");
    assert_eq!(mediation[0]["place"], "place of Amina");
    let tasks = list(doc, "tasks");
    assert_eq!(tasks.len(), 1, "{doc}");
    assert_eq!(tasks[0]["title"], "task of Amina");

    // Who read or changed the record: organisations and roles, never the staff themselves.
    let log = list(doc, "accessLog");
    let has = |operation: &str, organisation: &str, role: &str| {
        log.iter().any(|e| {
            e["operation"] == operation
                && e["organisation"]["name"] == organisation
                && e["role"] == role
        })
    };
    assert!(
        has("recordConsent", "Društvo Most", "CASE_MANAGER"),
        "{log:?}"
    );
    assert!(has("acceptReferral", "Obalni FabLab", "STAFF"), "{log:?}");
    assert!(
        has("readParticipant", "Društvo Most", "CASE_MANAGER"),
        "{log:?}"
    );
    let last = log.last().expect("entries");
    assert_eq!(last["operation"], "participantDataExport");
    assert_eq!(last["outcome"], "ALLOWED");
    let text = doc.to_string();
    for staff in [&c.case_manager, &c.receiver, &s.mentor] {
        let id = user_id(&c.app, staff).await;
        assert!(!text.contains(&id), "a staff member's id is in the export");
    }
    for address in ["nina@most.test", "luka@fablab.test", "mentor@most.test"] {
        assert!(!text.contains(address), "{address} is in the export");
    }

    // Every record of Amina's is there, and nothing of Boris's.
    for id in amina.ids.iter() {
        assert!(text.contains(id.as_str()), "{id} is missing");
    }
    for t in amina.texts.iter() {
        assert!(text.contains(t.as_str()), "{t} is missing");
    }
    let mut of_boris: Vec<&str> = vec![
        "Boris",
        "Kovalenko",
        "boris@mail.test",
        "41 222 333",
        boris_id.as_str(),
        boris_code.as_str(),
    ];
    of_boris.extend(boris_held.ids.iter().map(String::as_str));
    of_boris.extend(boris_held.texts.iter().map(String::as_str));
    for value in of_boris {
        assert!(
            !text.contains(value),
            "Boris's {value} is in Amina's export"
        );
    }

    // The download is the same document, in a file that does not name her.
    let (status, disposition, body) = download(&c.app, Some(&c.case_manager), &c.participant).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    assert!(disposition.contains(".json"), "{disposition}");
    for name in ["Amina", "Haddad", code.as_str()] {
        assert!(!disposition.contains(name), "{disposition}");
    }
    let file: Value = serde_json::from_str(&body).expect("the file is JSON");
    assert_eq!(stable(&file), stable(doc));
    let file_log = list(&file, "accessLog");
    assert_eq!(file_log.len(), log.len() + 1, "the download is logged too");
    assert_eq!(&file_log[..log.len()], &log[..]);
    assert_eq!(
        file_log.last().map(|e| &e["operation"]),
        Some(&json!("participantDataExport"))
    );

    // The auditors see both exports, as reads of Amina's record by the case manager.
    let auditor = c
        .app
        .platform_user(
            "auditor@skupaj.test",
            skupaj_domain::membership::PlatformRole::Auditor,
        )
        .await;
    let audit = ok(&c.app, &auditor,
        "{ auditLog(first: 100, filter: { operation: \"participantDataExport\" }) { edges { node { entityId outcome role } } } }",
        json!({})).await;
    let entries = audit["data"]["auditLog"]["edges"]
        .as_array()
        .expect("a list");
    assert_eq!(entries.len(), 2, "{audit}");
    assert!(
        entries
            .iter()
            .all(|e| e["node"]["entityId"] == c.participant.as_str()
                && e["node"]["outcome"] == "ALLOWED"
                && e["node"]["role"] == "CASE_MANAGER")
    );
}

#[tokio::test]
async fn the_owners_admin_exports_and_a_bad_id_or_parameter_is_refused() {
    let c = TestApp::with_referral_case().await;
    let admin = c
        .app
        .member(&c.admin, &c.ngo, "admin@most.test", "ORG_ADMIN")
        .await;
    let answer = export(&c.app, Some(&admin), &c.participant).await;
    assert!(answer["errors"].is_null(), "{answer}");
    assert_eq!(
        answer["data"]["participantDataExport"]["participant"]["givenName"],
        "Amina"
    );

    let bad = export(&c.app, Some(&admin), "not-an-id").await;
    assert_eq!(error_code(&bad), Some("VALIDATION"), "{bad}");
    let (status, _, body) = download(&c.app, Some(&admin), "not-an-id").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let mut request = c.app.client().get(format!(
        "{}/exports/participants/{}/data.json?fields=all",
        c.app.address, c.participant
    ));
    request = request.bearer_auth(&admin.access_token);
    let response = request.send().await.expect("answers");
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(!response.text().await.expect("a body").contains("Amina"));
}

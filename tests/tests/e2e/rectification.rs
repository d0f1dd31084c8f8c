//! Rectification (issue 17, part 2): life-card entries and referral notes are corrected by their
//! author or the owning organisation's admins; the replaced text stays as a revision, seen by
//! whoever sees the record; every refusal changes nothing.

use serde_json::{Value, json};
use skupaj_domain::membership::PlatformRole;
use skupaj_tests::{Session, TestApp, create_referral, error_code, error_field, referral_id};

use skupaj_tests::fixtures::Case;

const ADD_ENTRY: &str =
    "mutation($input: AddLifeEntryInput!) { addLifeEntry(input: $input) { entry { id } } }";
const CORRECT_ENTRY: &str = "mutation($input: CorrectLifeEntryInput!) { correctLifeEntry(input: $input) { entry { id note revisions { text replacedByUserId } } } }";
const TIMELINE: &str = "query($id: ID!) { participant(id: $id) { lifeCard { timeline(first: 20) { edges { node { id note revisions { text } } } } } } }";
const ADD_NOTE: &str =
    "mutation($input: AddReferralNoteInput!) { addReferralNote(input: $input) { note { id } } }";
const CORRECT_NOTE: &str = "mutation($input: CorrectReferralNoteInput!) { correctReferralNote(input: $input) { note { id body revisions { text } } } }";
const NOTES: &str =
    "query($id: ID!) { referral(id: $id) { notes { id body revisions { text } } } }";

async fn gql(c: &Case, who: &Session, query: &str, variables: Value) -> Value {
    c.app
        .graphql(Some(&who.access_token), query, variables)
        .await
}

/// The world: the space engaged through an accepted referral relying on a consent that shares
/// the background (so it sees the employment domain); an entry by the owner's case manager and
/// one by the space's staff; a note by the case manager on the referral.
struct World {
    c: Case,
    referral: String,
    owner_entry: String,
    space_entry: String,
    note: String,
    owner_admin: Session,
    owner_colleague: Session,
}

async fn world() -> World {
    let c = TestApp::with_referral_case().await;
    skupaj_tests::referral_consent(
        &c.app,
        &c.case_manager,
        &c.participant,
        &[&c.space],
        &["IDENTITY", "BACKGROUND"],
    )
    .await;
    let referral = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    c.step(&c.receiver, "acceptReferral", &referral, json!({}))
        .await;
    let today = chrono::Utc::now().date_naive().to_string();
    let mut entries = Vec::new();
    for (who, note) in [
        (&c.case_manager, "Registered at the employment office"),
        (&c.receiver, "Started the welding worksop"),
    ] {
        let answer = gql(&c, who, ADD_ENTRY, json!({ "input": { "participantId": c.participant, "domain": "EMPLOYMENT", "note": note, "occurredOn": today } })).await;
        entries.push(
            answer["data"]["addLifeEntry"]["entry"]["id"]
                .as_str()
                .unwrap_or_else(|| panic!("{answer}"))
                .to_owned(),
        );
    }
    let note = gql(
        &c,
        &c.case_manager,
        ADD_NOTE,
        json!({ "input": { "referralId": referral, "body": "She can start on Munday" } }),
    )
    .await;
    let note = note["data"]["addReferralNote"]["note"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{note}"))
        .to_owned();
    let owner_admin = c
        .app
        .member(&c.admin, &c.ngo, "boss@most.test", "ORG_ADMIN")
        .await;
    let owner_colleague = c
        .app
        .member(&c.admin, &c.ngo, "colleague@most.test", "CASE_MANAGER")
        .await;
    World {
        referral,
        owner_entry: entries[0].clone(),
        space_entry: entries[1].clone(),
        note,
        owner_admin,
        owner_colleague,
        c,
    }
}

async fn timeline(w: &World, who: &Session) -> Vec<Value> {
    let answer = gql(&w.c, who, TIMELINE, json!({ "id": w.c.participant })).await;
    answer["data"]["participant"]["lifeCard"]["timeline"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"))
        .iter()
        .map(|edge| edge["node"].clone())
        .collect()
}

fn node<'a>(nodes: &'a [Value], id: &str) -> &'a Value {
    nodes
        .iter()
        .find(|n| n["id"] == id)
        .unwrap_or_else(|| panic!("{id} in {nodes:?}"))
}

#[tokio::test]
async fn an_author_corrects_an_entry_and_the_old_text_stays_for_those_who_see_it() {
    let w = world().await;
    let c = &w.c;
    let answer = gql(
        c,
        &c.receiver,
        CORRECT_ENTRY,
        json!({ "input": { "id": w.space_entry, "note": "Started the welding workshop" } }),
    )
    .await;
    let entry = &answer["data"]["correctLifeEntry"]["entry"];
    assert_eq!(entry["note"], "Started the welding workshop", "{answer}");
    assert_eq!(
        entry["revisions"],
        json!([{ "text": "Started the welding worksop", "replacedByUserId": skupaj_tests::user_id(&c.app, &c.receiver).await }])
    );
    // The owner's case manager and the space's staff both see the entry, and its history.
    for who in [&c.case_manager, &c.receiver_colleague] {
        let nodes = timeline(&w, who).await;
        let seen = node(&nodes, &w.space_entry);
        assert_eq!(seen["note"], "Started the welding workshop");
        assert_eq!(
            seen["revisions"],
            json!([{ "text": "Started the welding worksop" }])
        );
        assert_eq!(node(&nodes, &w.owner_entry)["revisions"], json!([]));
    }
    // The owner's admin corrects it once more: two revisions, oldest first.
    let again = gql(
        c,
        &w.owner_admin,
        CORRECT_ENTRY,
        json!({ "input": { "id": w.space_entry, "note": "Started the welding course" } }),
    )
    .await;
    assert_eq!(
        again["data"]["correctLifeEntry"]["entry"]["revisions"],
        json!([
            { "text": "Started the welding worksop", "replacedByUserId": skupaj_tests::user_id(&c.app, &c.receiver).await },
            { "text": "Started the welding workshop", "replacedByUserId": skupaj_tests::user_id(&c.app, &w.owner_admin).await },
        ]),
        "{again}"
    );
    // Audited, without the text.
    let auditor = c
        .app
        .platform_user("audit@skupaj.test", PlatformRole::Auditor)
        .await;
    let log = c
        .app
        .graphql(
            Some(&auditor.access_token),
            "query($f: AuditFilterInput) { auditLog(first: 10, filter: $f) { edges { node { entityType outcome userName } } } }",
            json!({ "f": { "operation": "correctLifeEntry", "entityId": w.space_entry } }),
        )
        .await;
    assert_eq!(
        log["data"]["auditLog"]["edges"].as_array().map(Vec::len),
        Some(2),
        "{log}"
    );
    assert!(!log.to_string().contains("welding"), "{log}");
}

#[tokio::test]
async fn refused_and_invalid_corrections_change_nothing() {
    let w = world().await;
    let c = &w.c;
    for (input, field) in [
        (json!({ "id": w.owner_entry, "note": "" }), "note"),
        (
            json!({ "id": w.owner_entry, "note": "Registered at the employment office" }),
            "note",
        ),
        (
            json!({ "id": w.owner_entry, "note": "x".repeat(2001) }),
            "note",
        ),
        (json!({ "id": "not-an-id", "note": "x" }), "id"),
    ] {
        let answer = gql(c, &c.case_manager, CORRECT_ENTRY, json!({ "input": input })).await;
        assert_eq!(error_code(&answer), Some("VALIDATION"), "{answer}");
        assert_eq!(error_field(&answer), Some(field), "{answer}");
    }
    for (input, field) in [
        (json!({ "id": w.note, "body": " " }), "body"),
        (
            json!({ "id": w.note, "body": "She can start on Munday" }),
            "body",
        ),
    ] {
        let answer = gql(c, &c.case_manager, CORRECT_NOTE, json!({ "input": input })).await;
        assert_eq!(error_code(&answer), Some("VALIDATION"), "{answer}");
        assert_eq!(error_field(&answer), Some(field), "{answer}");
    }
    // Refusals (checked cell by cell in the matrix below) leave the texts as they were.
    gql(
        c,
        &w.owner_colleague,
        CORRECT_ENTRY,
        json!({ "input": { "id": w.owner_entry, "note": "changed" } }),
    )
    .await;
    gql(
        c,
        &c.third_staff,
        CORRECT_ENTRY,
        json!({ "input": { "id": w.owner_entry, "note": "changed" } }),
    )
    .await;
    gql(
        c,
        &c.receiver,
        CORRECT_NOTE,
        json!({ "input": { "id": w.note, "body": "changed" } }),
    )
    .await;
    let nodes = timeline(&w, &c.case_manager).await;
    let entry = node(&nodes, &w.owner_entry);
    assert_eq!(entry["note"], "Registered at the employment office");
    assert_eq!(entry["revisions"], json!([]));
    let notes = gql(c, &c.case_manager, NOTES, json!({ "id": w.referral })).await;
    assert_eq!(
        notes["data"]["referral"]["notes"],
        json!([{ "id": w.note, "body": "She can start on Munday", "revisions": [] }]),
        "{notes}"
    );
}

#[tokio::test]
async fn both_sides_see_a_corrected_notes_history() {
    let w = world().await;
    let c = &w.c;
    let answer = gql(
        c,
        &c.case_manager,
        CORRECT_NOTE,
        json!({ "input": { "id": w.note, "body": "She can start on Monday" } }),
    )
    .await;
    assert_eq!(
        answer["data"]["correctReferralNote"]["note"]["body"], "She can start on Monday",
        "{answer}"
    );
    for who in [&c.case_manager, &c.receiver] {
        let notes = gql(c, who, NOTES, json!({ "id": w.referral })).await;
        assert_eq!(
            notes["data"]["referral"]["notes"],
            json!([{ "id": w.note, "body": "She can start on Monday", "revisions": [{ "text": "She can start on Munday" }] }]),
            "{notes}"
        );
    }
}

/// A row of the rectification matrix: the viewer, who they are, and the error code expected on
/// the owner's entry, the space's entry and the owner's note (`None`: allowed).
type Row<'a> = (
    &'a str,
    &'a Session,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
);

/// Who may correct what: `None` allowed, else the error code.
#[tokio::test]
async fn the_rectification_access_matrix() {
    let w = world().await;
    let c = &w.c;
    let auditor = c
        .app
        .platform_user("audit@skupaj.test", PlatformRole::Auditor)
        .await;
    let space_admin = c
        .app
        .member(&c.admin, &c.space, "boss@fablab.test", "ORG_ADMIN")
        .await;
    let mentor = c
        .app
        .member(&c.admin, &c.ngo, "mentor@most.test", "MENTOR")
        .await;
    let analyst = c
        .app
        .member(&c.admin, &c.ngo, "analyst@most.test", "ANALYST")
        .await;
    #[rustfmt::skip]
    let matrix: Vec<Row> = vec![
        //  viewer                      who                   owner's entry        space's entry        the owner's note
        ("author of the owner's",       &c.case_manager,      None,                Some("FORBIDDEN"),   None),
        ("author of the space's",       &c.receiver,          Some("FORBIDDEN"),   None,                Some("FORBIDDEN")),
        ("owner's admin",               &w.owner_admin,       None,                None,                None),
        ("owner's other case manager",  &w.owner_colleague,   Some("FORBIDDEN"),   Some("FORBIDDEN"),   Some("FORBIDDEN")),
        ("space's colleague",           &c.receiver_colleague,Some("FORBIDDEN"),   Some("FORBIDDEN"),   Some("FORBIDDEN")),
        ("space's admin",               &space_admin,         Some("FORBIDDEN"),   Some("FORBIDDEN"),   Some("FORBIDDEN")),
        ("owner's mentor",              &mentor,              Some("NOT_FOUND"),   Some("NOT_FOUND"),   Some("NOT_FOUND")),
        ("owner's analyst",             &analyst,             Some("NOT_FOUND"),   Some("NOT_FOUND"),   Some("NOT_FOUND")),
        ("unrelated staff",             &c.third_staff,       Some("NOT_FOUND"),   Some("NOT_FOUND"),   Some("NOT_FOUND")),
        ("platform admin",              &c.admin,             Some("NOT_FOUND"),   Some("NOT_FOUND"),   Some("NOT_FOUND")),
        ("auditor",                     &auditor,             Some("NOT_FOUND"),   Some("NOT_FOUND"),   Some("NOT_FOUND")),
    ];
    for (i, (viewer, who, owner_entry, space_entry, note)) in matrix.into_iter().enumerate() {
        let text = format!("corrected, step {i}");
        for (query, input, expected, what) in [
            (
                CORRECT_ENTRY,
                json!({ "id": w.owner_entry, "note": text }),
                owner_entry,
                "owner's entry",
            ),
            (
                CORRECT_ENTRY,
                json!({ "id": w.space_entry, "note": text }),
                space_entry,
                "space's entry",
            ),
            (
                CORRECT_NOTE,
                json!({ "id": w.note, "body": text }),
                note,
                "note",
            ),
        ] {
            let answer = gql(c, who, query, json!({ "input": input })).await;
            assert_eq!(
                error_code(&answer),
                expected,
                "{viewer} on the {what}: {answer}"
            );
            if expected.is_some() {
                assert_eq!(
                    answer["data"],
                    Value::Null,
                    "{viewer}: nothing leaks: {answer}"
                );
            }
        }
    }
    let anonymous = c
        .app
        .graphql(
            None,
            CORRECT_NOTE,
            json!({ "input": { "id": w.note, "body": "x" } }),
        )
        .await;
    assert_eq!(error_code(&anonymous), Some("UNAUTHENTICATED"));
}

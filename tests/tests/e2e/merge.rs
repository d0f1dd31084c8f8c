//! Merging two records of one person: everything moves to the survivor, the retired record
//! answers as the survivor, and a merge never shows anyone more than they saw before.

use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::{Value, json};
use skupaj_tests::{
    Session, TestApp, create_referral, error_code, error_field, referral_consent, referral_id,
    register_participant, user_id,
};

use crate::programmes::{enrol, enrolment_id, programme};
use skupaj_tests::fixtures::Case;

const MERGE: &str = "mutation($input: MergeParticipantsInput!) { mergeParticipants(input: $input) { participant { id referenceCode } } }";

/// Every table that holds records about a participant.
const RELATED: [&str; 7] = [
    "consents",
    "referrals",
    "enrolments",
    "life_goals",
    "life_entries",
    "mentorships",
    "mediation_requests",
];

async fn merge(app: &TestApp, who: &Session, survivor: &str, retired: &str) -> Value {
    app.graphql(
        Some(&who.access_token),
        MERGE,
        json!({ "input": { "survivorId": survivor, "retiredId": retired } }),
    )
    .await
}

/// How many rows of `table` are about `participant`, read from the database itself.
async fn rows_about(app: &TestApp, table: &str, participant: &str) -> i64 {
    let backend = app.db.get_database_backend();
    let placeholder = if backend == DbBackend::Postgres {
        "$1"
    } else {
        "?"
    };
    let id: uuid::Uuid = participant.parse().expect("a participant id");
    let row = app
        .db
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            format!("SELECT COUNT(*) AS n FROM {table} WHERE participant_id = {placeholder}"),
            [id.into()],
        ))
        .await
        .expect("count")
        .expect("a row");
    row.try_get::<i64>("", "n").expect("a count")
}

async fn counts(app: &TestApp, participant: &str) -> Vec<i64> {
    let mut all = Vec::new();
    for table in RELATED {
        all.push(rows_about(app, table, participant).await);
    }
    all
}

async fn gql(app: &TestApp, who: &Session, query: &str, variables: Value) -> Value {
    let answer = app.graphql(Some(&who.access_token), query, variables).await;
    assert!(answer["errors"].is_null(), "{query}: {answer}");
    answer
}

async fn listed(app: &TestApp, who: &Session) -> Vec<String> {
    let answer = gql(
        app,
        who,
        "{ participants(first: 100) { edges { node { id } } } }",
        json!({}),
    )
    .await;
    answer["data"]["participants"]["edges"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|edge| edge["node"]["id"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Gives `participant` one record of every kind: a consent and a referral to the space (with a
/// note), a place in a programme, a life-card goal and entry, a mentor (with a meeting) and a
/// mediation request. The free texts name the person, as case workers' notes do.
pub(crate) async fn everything_about(c: &Case, participant: &str) {
    let app = &c.app;
    let cm = &c.case_manager;
    referral_consent(app, cm, participant, &[&c.space], &["IDENTITY", "CONTACT"]).await;
    let referral = referral_id(&create_referral(app, cm, participant, &c.space, true).await);
    gql(app, cm, "mutation($input: AddReferralNoteInput!) { addReferralNote(input: $input) { note { id } } }",
        json!({ "input": { "referralId": referral, "body": "Amina Haddad (+386 40 000 000) prefers mornings" } })).await;
    let course = programme(app, cm, json!({}), true).await;
    enrolment_id(&enrol(app, cm, &course, participant, None).await);
    let goal = gql(app, cm, "mutation($input: AddLifeGoalInput!) { addLifeGoal(input: $input) { goal { id } } }",
        json!({ "input": { "participantId": participant, "domain": "EMPLOYMENT", "title": "A job as a welder" } })).await;
    let goal = goal["data"]["addLifeGoal"]["goal"]["id"].clone();
    let today = chrono::Utc::now().date_naive().to_string();
    gql(app, cm, "mutation($input: AddLifeEntryInput!) { addLifeEntry(input: $input) { entry { id } } }",
        json!({ "input": { "participantId": participant, "domain": "EMPLOYMENT", "goalId": goal, "note": "Registered at the employment office", "occurredOn": today } })).await;
    let mentor = app
        .member(&c.admin, &c.ngo, "mentor@most.test", "MENTOR")
        .await;
    gql(app, &mentor, "mutation($input: UpdateStaffProfileInput!) { updateStaffProfile(input: $input) { profile { maxMentees } } }",
        json!({ "input": { "expertise": ["welding"], "languages": ["ar"], "maxMentees": 3 } })).await;
    let mentor_id = user_id(app, &mentor).await;
    let pairing = gql(app, cm, "mutation($input: CreateMentorshipInput!) { createMentorship(input: $input) { mentorship { id } } }",
        json!({ "input": { "participantId": participant, "mentorUserId": mentor_id, "goals": "Prepare Amina for a welding job" } })).await;
    gql(app, &mentor, "mutation($input: LogMentorshipMeetingInput!) { logMentorshipMeeting(input: $input) { meeting { notes } } }",
        json!({ "input": { "mentorshipId": pairing["data"]["createMentorship"]["mentorship"]["id"], "heldOn": today, "notes": "Amina practised an interview" } })).await;
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339();
    gql(app, cm, "mutation($input: RequestMediationInput!) { requestMediation(input: $input) { request { id } } }",
        json!({ "input": { "language": "ar", "startsAt": tomorrow, "place": "Društvo Most", "notes": "Amina Haddad, amina@mail.test", "participantId": participant } })).await;
}

#[tokio::test]
async fn a_merge_moves_every_record_of_the_retired_person_to_the_survivor() {
    let c = TestApp::with_referral_case().await;
    let survivor = c.participant.clone();
    // The same person registered twice (the fixture's profile is the same every time).
    let retired = register_participant(&c.app, &c.case_manager, "Amina").await;
    everything_about(&c, &retired).await;
    let held_before = counts(&c.app, &retired).await;
    assert!(held_before.iter().all(|n| *n >= 1), "{held_before:?}");
    let survivor_before = counts(&c.app, &survivor).await;

    let answer = merge(&c.app, &c.case_manager, &survivor, &retired).await;
    assert!(answer["errors"].is_null(), "{answer}");
    assert_eq!(
        answer["data"]["mergeParticipants"]["participant"]["id"],
        survivor.as_str()
    );

    assert_eq!(counts(&c.app, &retired).await, vec![0; RELATED.len()]);
    let survivor_after = counts(&c.app, &survivor).await;
    for (i, table) in RELATED.iter().enumerate() {
        assert_eq!(
            survivor_after[i],
            survivor_before[i] + held_before[i],
            "{table} moved whole"
        );
    }

    // The retired record answers as the survivor, and is no longer listed or found.
    let by_old_id = gql(
        &c.app,
        &c.case_manager,
        "query($id: ID!) { participant(id: $id) { id lifeCard { goals { title } } } }",
        json!({ "id": retired }),
    )
    .await;
    assert_eq!(by_old_id["data"]["participant"]["id"], survivor.as_str());
    assert_eq!(
        by_old_id["data"]["participant"]["lifeCard"]["goals"][0]["title"],
        "A job as a welder"
    );
    let list = listed(&c.app, &c.case_manager).await;
    assert!(
        list.contains(&survivor) && !list.contains(&retired),
        "{list:?}"
    );
    let found = gql(
        &c.app,
        &c.case_manager,
        "{ participants(filter: { search: \"amina\" }) { edges { node { id } } } }",
        json!({}),
    )
    .await;
    assert_eq!(
        found["data"]["participants"]["edges"],
        json!([{ "node": { "id": survivor } }])
    );
    // The space's referral now names the survivor.
    let theirs = gql(
        &c.app,
        &c.receiver,
        "{ referrals(first: 10) { edges { node { participant { id } } } } }",
        json!({}),
    )
    .await;
    let named: Vec<&Value> = theirs["data"]["referrals"]["edges"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|edge| &edge["node"]["participant"]["id"])
        .collect();
    assert!(
        !named.is_empty() && named.iter().all(|id| *id == survivor.as_str()),
        "{theirs}"
    );

    // Merged once: a second merge of the retired record finds nothing to merge.
    let again = merge(&c.app, &c.case_manager, &survivor, &retired).await;
    assert_eq!(error_code(&again), Some("NOT_FOUND"), "{again}");
    assert_eq!(counts(&c.app, &survivor).await, survivor_after);
}

#[tokio::test]
async fn a_merge_that_would_show_an_organisation_more_is_refused_and_moves_nothing() {
    let c = TestApp::with_referral_case().await;
    // The fixture's Amina is referred to the space, which sees her identity and contact.
    referral_id(&create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await);
    // A second record of her holds another phone number, which the space never saw.
    let answer = gql(&c.app, &c.case_manager, "mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { participant { id } } }",
        json!({ "input": { "confirmed": true, "profile": { "givenName": "Amina", "familyName": "Haddad", "birthYear": 1990, "phone": "+386 31 999 888", "preferredLanguage": "ar" } } })).await;
    let other = answer["data"]["registerParticipant"]["participant"]["id"]
        .as_str()
        .expect("registered")
        .to_owned();
    let before = (
        counts(&c.app, &c.participant).await,
        counts(&c.app, &other).await,
    );

    let refused = merge(&c.app, &c.case_manager, &other, &c.participant).await;
    assert_eq!(error_code(&refused), Some("CONFLICT"), "{refused}");
    assert_eq!(refused["data"], Value::Null, "{refused}");
    assert!(!refused.to_string().contains("999"), "{refused}");
    assert_eq!(
        (
            counts(&c.app, &c.participant).await,
            counts(&c.app, &other).await
        ),
        before,
        "nothing moved"
    );
    let list = listed(&c.app, &c.case_manager).await;
    assert!(list.contains(&c.participant) && list.contains(&other));
    // The space still sees the phone it was given, not the other record's.
    let seen = gql(
        &c.app,
        &c.receiver,
        "query($id: ID!) { participant(id: $id) { phone } }",
        json!({ "id": c.participant }),
    )
    .await;
    assert_eq!(seen["data"]["participant"]["phone"], "+386 40 000 000");

    // The other way round the space sees nothing new: allowed.
    let merged = merge(&c.app, &c.case_manager, &c.participant, &other).await;
    assert!(merged["errors"].is_null(), "{merged}");
    let seen = gql(
        &c.app,
        &c.receiver,
        "query($id: ID!) { participant(id: $id) { phone } }",
        json!({ "id": c.participant }),
    )
    .await;
    assert_eq!(seen["data"]["participant"]["phone"], "+386 40 000 000");
}

#[tokio::test]
async fn two_places_in_one_programme_wait_until_one_is_withdrawn() {
    let c = TestApp::with_referral_case().await;
    let retired = register_participant(&c.app, &c.case_manager, "Amina").await;
    let course = programme(&c.app, &c.case_manager, json!({}), true).await;
    for who in [&c.participant, &retired] {
        enrolment_id(&enrol(&c.app, &c.case_manager, &course, who, None).await);
    }
    let before = counts(&c.app, &retired).await;
    let refused = merge(&c.app, &c.case_manager, &c.participant, &retired).await;
    assert_eq!(error_code(&refused), Some("CONFLICT"), "{refused}");
    assert_eq!(counts(&c.app, &retired).await, before);
}

#[tokio::test]
async fn only_the_owners_case_workers_merge_and_bad_input_changes_nothing() {
    let c = TestApp::with_referral_case().await;
    let retired = register_participant(&c.app, &c.case_manager, "Amina").await;
    referral_id(&create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await);
    let analyst = c
        .app
        .member(&c.admin, &c.ngo, "analyst@most.test", "ANALYST")
        .await;
    let mentor = c
        .app
        .member(&c.admin, &c.ngo, "mentor@most.test", "MENTOR")
        .await;
    let before = (
        counts(&c.app, &c.participant).await,
        counts(&c.app, &retired).await,
    );
    // (who, expected code): those who see the records but may not merge them are refused;
    // those who do not see them learn nothing, not even that they exist.
    let refusals: [(&str, &Session, &str); 5] = [
        ("engaged staff of the space", &c.receiver, "NOT_FOUND"),
        ("an unrelated organisation", &c.third_staff, "NOT_FOUND"),
        ("the owner's analyst", &analyst, "FORBIDDEN"),
        ("the owner's mentor", &mentor, "NOT_FOUND"),
        ("a platform admin", &c.admin, "NOT_FOUND"),
    ];
    for (who, session, code) in refusals {
        let answer = merge(&c.app, session, &c.participant, &retired).await;
        assert_eq!(error_code(&answer), Some(code), "{who}: {answer}");
        assert_eq!(answer["data"], Value::Null, "{who}: {answer}");
    }
    // The space sees Amina, but her records are not the space's to merge.
    let answer = merge(&c.app, &c.receiver, &c.participant, &c.participant).await;
    assert_eq!(error_code(&answer), Some("FORBIDDEN"), "{answer}");

    let itself = merge(&c.app, &c.case_manager, &c.participant, &c.participant).await;
    assert_eq!(error_code(&itself), Some("VALIDATION"), "{itself}");
    assert_eq!(error_field(&itself), Some("retiredId"), "{itself}");
    let garbled = merge(&c.app, &c.case_manager, "not-an-id", &retired).await;
    assert_eq!(error_code(&garbled), Some("VALIDATION"), "{garbled}");
    assert_eq!(error_field(&garbled), Some("survivorId"), "{garbled}");
    assert_eq!(
        (
            counts(&c.app, &c.participant).await,
            counts(&c.app, &retired).await
        ),
        before,
        "nothing moved"
    );
    assert!(listed(&c.app, &c.case_manager).await.contains(&retired));
}

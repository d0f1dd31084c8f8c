//! Mentorship: a mentor sees only their own mentees, only in the allowed fields, and only while
//! the mentorship lasts.

use serde_json::json;
use skupaj_tests::{TestApp, error_code, gql, register_participant, user_id};

use crate::life_card::LIFE_CARD;

#[tokio::test]
async fn a_mentor_sees_only_their_own_mentees_and_only_the_allowed_fields() {
    let c = TestApp::with_referral_case().await;
    let mentor = c
        .app
        .member(&c.admin, &c.space, "mentor@fablab.test", "MENTOR")
        .await;
    let mentor_id = user_id(&c.app, &mentor).await;
    let profile = gql(&c.app, &mentor, "mutation($input: UpdateStaffProfileInput!) { updateStaffProfile(input: $input) { profile { maxMentees languages } } }",
        json!({ "input": { "expertise": ["welding"], "languages": ["ar", "en"], "maxMentees": 1 } })).await;
    assert_eq!(
        profile["data"]["updateStaffProfile"]["profile"]["maxMentees"], 1,
        "{profile}"
    );
    let other = register_participant(&c.app, &c.case_manager, "Omar").await;

    // Before any pairing the mentor sees nobody.
    let before = gql(
        &c.app,
        &mentor,
        "{ participants { edges { node { id } } } }",
        json!({}),
    )
    .await;
    assert_eq!(before["data"]["participants"]["edges"], json!([]));

    const PAIR: &str = "mutation($input: CreateMentorshipInput!) { createMentorship(input: $input) { mentorship { id status } } }";
    let paired = gql(&c.app, &c.case_manager, PAIR, json!({ "input": { "participantId": c.participant, "mentorUserId": mentor_id, "goals": "Prepare for a welding job" } })).await;
    let mentorship = paired["data"]["createMentorship"]["mentorship"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{paired}"))
        .to_owned();
    let full = gql(&c.app, &c.case_manager, PAIR, json!({ "input": { "participantId": other, "mentorUserId": mentor_id, "goals": "Another" } })).await;
    assert_eq!(error_code(&full), Some("CAPACITY"), "{full}");

    let mine = gql(&c.app, &mentor, "{ myMentorships { edges { node { goals participant { givenName skills email legalStatus } } } } participants { edges { node { id } } } }", json!({})).await;
    let mentee = &mine["data"]["myMentorships"]["edges"][0]["node"]["participant"];
    assert_eq!(mentee["givenName"], "Amina", "{mine}");
    assert_eq!(mentee["skills"], json!(["welding"]));
    assert!(mentee["email"].is_null() && mentee["legalStatus"].is_null());
    assert_eq!(
        mine["data"]["participants"]["edges"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    let stranger = gql(
        &c.app,
        &mentor,
        "query($id: ID!) { participant(id: $id) { givenName } }",
        json!({ "id": other }),
    )
    .await;
    assert_eq!(error_code(&stranger), Some("NOT_FOUND"));

    let logged = gql(&c.app, &mentor, "mutation($input: LogMentorshipMeetingInput!) { logMentorshipMeeting(input: $input) { meeting { notes } } }",
        json!({ "input": { "mentorshipId": mentorship, "heldOn": chrono::Utc::now().date_naive().to_string(), "notes": "Visited the workshop" } })).await;
    assert_eq!(
        logged["data"]["logMentorshipMeeting"]["meeting"]["notes"], "Visited the workshop",
        "{logged}"
    );
    // The mentor reads the goals of the life card but not the timeline.
    let card = gql(&c.app, &mentor, LIFE_CARD, json!({ "id": c.participant })).await;
    assert!(
        card["data"]["participant"]["lifeCard"]["goals"].is_array(),
        "{card}"
    );
    assert_eq!(error_code(&card), Some("FORBIDDEN"));

    // After the mentorship ends, the mentee is out of sight.
    gql(&c.app, &c.case_manager, "mutation($input: EndMentorshipInput!) { endMentorship(input: $input) { mentorship { status } } }", json!({ "input": { "id": mentorship } })).await;
    let after = gql(
        &c.app,
        &mentor,
        "query($id: ID!) { participant(id: $id) { givenName } }",
        json!({ "id": c.participant }),
    )
    .await;
    assert_eq!(error_code(&after), Some("NOT_FOUND"));
}

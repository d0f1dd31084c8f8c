//! The life card: goals and a timeline kept by the organisations engaged with a participant, in
//! the domains their consents open; hidden from everyone else.

use serde_json::json;
use skupaj_tests::{TestApp, create_referral, error_code, error_field, gql, referral_id};

pub(crate) const LIFE_CARD: &str = "query($id: ID!) { participant(id: $id) { lifeCard { goals { title status } timeline { edges { node { note domain } } } } } }";

#[tokio::test]
async fn the_life_card_is_kept_by_engaged_organisations_and_hidden_from_others() {
    let c = TestApp::with_referral_case().await;
    let referral = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    c.step(&c.receiver, "acceptReferral", &referral, json!({}))
        .await;
    // The first consent shares identity and contact only: no life-card domain for the space.
    let today = chrono::Utc::now().date_naive().to_string();
    const ENTRY: &str =
        "mutation($input: AddLifeEntryInput!) { addLifeEntry(input: $input) { entry { id } } }";
    let too_early = gql(&c.app, &c.receiver, ENTRY, json!({ "input": { "participantId": c.participant, "domain": "EMPLOYMENT", "note": "x", "occurredOn": today } })).await;
    assert_eq!(error_code(&too_early), Some("FORBIDDEN"), "{too_early}");
    // A consent that shares the background, and a referral relying on it, open the
    // non-sensitive domains; legal and health stay closed.
    skupaj_tests::referral_consent(
        &c.app,
        &c.case_manager,
        &c.participant,
        &[&c.space],
        &["IDENTITY", "BACKGROUND"],
    )
    .await;
    let second = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    c.step(&c.receiver, "acceptReferral", &second, json!({}))
        .await;
    let legal = gql(&c.app, &c.receiver, ENTRY, json!({ "input": { "participantId": c.participant, "domain": "LEGAL", "note": "x", "occurredOn": today } })).await;
    assert_eq!(error_code(&legal), Some("FORBIDDEN"), "{legal}");

    let goal = gql(&c.app, &c.case_manager, "mutation($input: AddLifeGoalInput!) { addLifeGoal(input: $input) { goal { id status } } }",
        json!({ "input": { "participantId": c.participant, "domain": "EMPLOYMENT", "title": "A job as a welder", "targetDate": "2099-06-01" } })).await;
    let goal_id = goal["data"]["addLifeGoal"]["goal"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{goal}"))
        .to_owned();
    // Goals are the owner's to set.
    let foreign_goal = gql(&c.app, &c.receiver, "mutation($input: AddLifeGoalInput!) { addLifeGoal(input: $input) { goal { id } } }",
        json!({ "input": { "participantId": c.participant, "domain": "HOUSING", "title": "A flat" } })).await;
    assert_eq!(error_code(&foreign_goal), Some("FORBIDDEN"));

    for (who, note) in [
        (&c.case_manager, "Registered at the employment office"),
        (&c.receiver, "Started the welding workshop"),
    ] {
        let answer = gql(&c.app, who, ENTRY, json!({ "input": { "participantId": c.participant, "domain": "EMPLOYMENT", "goalId": goal_id, "note": note, "occurredOn": today } })).await;
        assert!(
            answer["data"]["addLifeEntry"]["entry"]["id"].is_string(),
            "{answer}"
        );
    }
    let future = gql(&c.app, &c.receiver, ENTRY, json!({ "input": { "participantId": c.participant, "domain": "EMPLOYMENT", "note": "x", "occurredOn": "2099-01-01" } })).await;
    assert_eq!(error_field(&future), Some("occurredOn"));

    let card = gql(
        &c.app,
        &c.receiver,
        LIFE_CARD,
        json!({ "id": c.participant }),
    )
    .await;
    let timeline = card["data"]["participant"]["lifeCard"]["timeline"]["edges"]
        .as_array()
        .map(Vec::len);
    assert_eq!(timeline, Some(2), "{card}");
    assert_eq!(
        card["data"]["participant"]["lifeCard"]["goals"][0]["title"],
        "A job as a welder"
    );

    // An unrelated organisation sees no life card at all: not even that the participant exists.
    let stranger = gql(
        &c.app,
        &c.third_staff,
        LIFE_CARD,
        json!({ "id": c.participant }),
    )
    .await;
    assert_eq!(error_code(&stranger), Some("NOT_FOUND"));
    assert!(!stranger.to_string().contains("welder"));
    let write = gql(&c.app, &c.third_staff, ENTRY, json!({ "input": { "participantId": c.participant, "domain": "SOCIAL", "note": "hello", "occurredOn": today } })).await;
    assert_eq!(error_code(&write), Some("NOT_FOUND"));
    // An analyst of the owner sees the code, not the card.
    let analyst = c
        .app
        .member(&c.admin, &c.ngo, "analyst@most.test", "ANALYST")
        .await;
    let card = gql(&c.app, &analyst, LIFE_CARD, json!({ "id": c.participant })).await;
    assert_eq!(error_code(&card), Some("FORBIDDEN"), "{card}");
    assert!(!card.to_string().contains("welder"));
}

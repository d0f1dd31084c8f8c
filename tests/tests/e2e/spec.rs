//! Answers follow the GraphQL specification's "Handling Field Errors": a field the viewer may
//! not read is present with `null`, and its `FORBIDDEN` error names its path. (Every answer of
//! the suite is also checked against the query and the schema by the harness.)

use serde_json::{Value, json};
use skupaj_tests::{TestApp, create_referral, referral_id};

/// The codes of the errors at exactly `path`.
fn codes_at(answer: &Value, path: Value) -> Vec<String> {
    answer["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .filter(|error| error["path"] == path)
                .map(|error| {
                    error["extensions"]["code"]
                        .as_str()
                        .unwrap_or("")
                        .to_owned()
                })
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn a_municipal_officer_gets_null_and_forbidden_for_what_they_may_not_read() {
    let c = TestApp::with_referral_case().await;
    let id = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    let town = c
        .app
        .organisation(&c.admin, "MUNICIPALITY", "Urad Ljubljana", "Ljubljana")
        .await;
    let officer = c
        .app
        .member(&c.admin, &town, "officer@lj.test", "ANALYST")
        .await;
    let token = Some(officer.access_token.as_str());

    // In a list: every selected key is there; the withheld ones are null, each with its error.
    let answer = c
        .app
        .graphql(
            token,
            "{ referrals(first: 2) { edges { node { status participantCode participant { id } reason } } } }",
            json!({}),
        )
        .await;
    let node = &answer["data"]["referrals"]["edges"][0]["node"];
    assert_eq!(node["status"], "SENT", "{answer}");
    assert!(node["participantCode"].is_string(), "{answer}");
    let node = node.as_object().expect("a node");
    assert_eq!(node.get("participant"), Some(&Value::Null), "{answer}");
    assert_eq!(node.get("reason"), Some(&Value::Null), "{answer}");
    for field in ["participant", "reason"] {
        assert_eq!(
            codes_at(&answer, json!(["referrals", "edges", 0, "node", field])),
            ["FORBIDDEN"],
            "{answer}"
        );
    }
    assert_eq!(
        answer["errors"].as_array().map(Vec::len),
        Some(2),
        "{answer}"
    );

    // One referral: the referral is there (not null), with null texts.
    let answer = c
        .app
        .graphql(
            token,
            "query($id: ID!) { referral(id: $id) { id reason history { action comment } notes { body } } }",
            json!({ "id": id }),
        )
        .await;
    let referral = &answer["data"]["referral"];
    assert_eq!(referral["id"], id.as_str(), "{answer}");
    assert_eq!(referral.get("reason"), Some(&Value::Null), "{answer}");
    assert_eq!(referral.get("notes"), Some(&Value::Null), "{answer}");
    let history = referral["history"].as_array().expect("the history");
    assert!(!history.is_empty(), "{answer}");
    for (index, event) in history.iter().enumerate() {
        assert!(event["action"].is_string(), "{answer}");
        assert_eq!(event.get("comment"), Some(&Value::Null), "{answer}");
        assert_eq!(
            codes_at(&answer, json!(["referral", "history", index, "comment"])),
            ["FORBIDDEN"],
            "{answer}"
        );
    }
    for field in ["reason", "notes"] {
        assert_eq!(
            codes_at(&answer, json!(["referral", field])),
            ["FORBIDDEN"],
            "{answer}"
        );
    }

    // The sender's case manager reads the same fields.
    let answer = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            "query($id: ID!) { referral(id: $id) { reason history { comment } notes { body } } }",
            json!({ "id": id }),
        )
        .await;
    assert!(answer["errors"].is_null(), "{answer}");
    assert_eq!(
        answer["data"]["referral"]["reason"],
        "Looking for work as a welder"
    );
    assert!(answer["data"]["referral"]["notes"].is_array(), "{answer}");
}

#[tokio::test]
async fn an_analyst_gets_a_life_card_whose_goals_are_null_and_forbidden() {
    let c = TestApp::with_referral_case().await;
    let analyst = c
        .app
        .member(&c.admin, &c.ngo, "analyst@most.test", "ANALYST")
        .await;
    let query = "query($id: ID!) { participant(id: $id) {
        referenceCode lifeCard { goals { title } timeline(first: 5) { edges { cursor } } }
        consents { id } mentorships { id } } }";
    let answer = c
        .app
        .graphql(
            Some(&analyst.access_token),
            query,
            json!({ "id": c.participant }),
        )
        .await;
    let participant = &answer["data"]["participant"];
    assert!(participant["referenceCode"].is_string(), "{answer}");
    let card = participant["lifeCard"].as_object().expect("a life card");
    assert_eq!(card.get("goals"), Some(&Value::Null), "{answer}");
    assert_eq!(card.get("timeline"), Some(&Value::Null), "{answer}");
    for path in [
        json!(["participant", "lifeCard", "goals"]),
        json!(["participant", "lifeCard", "timeline"]),
        json!(["participant", "consents"]),
        json!(["participant", "mentorships"]),
    ] {
        assert_eq!(
            codes_at(&answer, path.clone()),
            ["FORBIDDEN"],
            "{path}: {answer}"
        );
    }

    // The owner's case manager gets lists, and no error.
    let answer = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            query,
            json!({ "id": c.participant }),
        )
        .await;
    assert!(answer["errors"].is_null(), "{answer}");
    assert!(
        answer["data"]["participant"]["lifeCard"]["goals"].is_array(),
        "{answer}"
    );
}

#[tokio::test]
async fn an_anonymous_caller_gets_the_public_directory_and_me_null() {
    let c = TestApp::with_referral_case().await;
    let answer = c
        .app
        .graphql(
            None,
            "{ organisations(first: 1) { edges { node { name } } } me { user { id } } }",
            json!({}),
        )
        .await;
    assert!(
        answer["data"]["organisations"]["edges"][0]["node"]["name"].is_string(),
        "{answer}"
    );
    assert_eq!(
        answer["data"].as_object().and_then(|data| data.get("me")),
        Some(&Value::Null),
        "{answer}"
    );
    assert_eq!(
        codes_at(&answer, json!(["me"])),
        ["UNAUTHENTICATED"],
        "{answer}"
    );
}

#[tokio::test]
async fn members_of_another_organisation_are_null_and_forbidden() {
    let c = TestApp::with_referral_case().await;
    let answer = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            "query($id: ID!) { organisation(id: $id) { name members(first: 5) { edges { cursor } } } }",
            json!({ "id": c.ngo }),
        )
        .await;
    assert_eq!(
        answer["data"]["organisation"]["name"], "Društvo Most",
        "{answer}"
    );
    assert_eq!(
        answer["data"]["organisation"].get("members"),
        Some(&Value::Null),
        "{answer}"
    );
    assert_eq!(
        codes_at(&answer, json!(["organisation", "members"])),
        ["FORBIDDEN"],
        "{answer}"
    );
}

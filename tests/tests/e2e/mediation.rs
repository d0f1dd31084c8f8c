//! Mediation: a mediator sees the open requests in their languages, takes one (one of two who
//! try at once), and sees the participant only through a request they took, only the first name
//! and language.

use serde_json::json;
use skupaj_tests::{TestApp, error_code, error_field, gql};

#[tokio::test]
async fn a_mediator_sees_requests_in_their_languages_and_only_the_first_name_and_language() {
    let c = TestApp::with_referral_case().await;
    let arabic = c
        .app
        .member(&c.admin, &c.third, "arabic@zc.test", "MEDIATOR")
        .await;
    let ukrainian = c
        .app
        .member(&c.admin, &c.third, "ukrainian@zc.test", "MEDIATOR")
        .await;
    const PROFILE: &str = "mutation($input: UpdateStaffProfileInput!) { updateStaffProfile(input: $input) { profile { languages } } }";
    gql(
        &c.app,
        &arabic,
        PROFILE,
        json!({ "input": { "languages": ["ar"] } }),
    )
    .await;
    gql(
        &c.app,
        &ukrainian,
        PROFILE,
        json!({ "input": { "languages": ["uk"] } }),
    )
    .await;

    const REQUEST: &str = "mutation($input: RequestMediationInput!) { requestMediation(input: $input) { request { id status } } }";
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339();
    let ar = gql(&c.app, &c.case_manager, REQUEST, json!({ "input": { "language": "ar", "startsAt": tomorrow, "place": "Društvo Most, Ljubljana", "participantId": c.participant } })).await;
    let ar_id = ar["data"]["requestMediation"]["request"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{ar}"))
        .to_owned();
    gql(
        &c.app,
        &c.case_manager,
        REQUEST,
        json!({ "input": { "language": "uk", "startsAt": tomorrow, "remote": true } }),
    )
    .await;
    let nowhere = gql(
        &c.app,
        &c.case_manager,
        REQUEST,
        json!({ "input": { "language": "ar", "startsAt": tomorrow } }),
    )
    .await;
    assert_eq!(error_field(&nowhere), Some("place"));

    const OPEN: &str =
        "{ openMediationRequests { edges { node { id language participant { givenName } } } } }";
    let open = gql(
        &c.app,
        &arabic,
        "{ openMediationRequests { edges { node { id language } } } }",
        json!({}),
    )
    .await;
    assert_eq!(
        open["data"]["openMediationRequests"]["edges"],
        json!([{ "node": { "id": ar_id, "language": "ar" } }]),
        "{open}"
    );
    // Before taking it, the mediator does not see the participant.
    let unseen = gql(&c.app, &arabic, OPEN, json!({})).await;
    assert_eq!(error_code(&unseen), Some("FORBIDDEN"), "{unseen}");
    let staff_view = gql(
        &c.app,
        &c.receiver,
        "{ openMediationRequests { edges { cursor } } }",
        json!({}),
    )
    .await;
    assert_eq!(error_code(&staff_view), Some("FORBIDDEN"));

    const TAKE: &str = "mutation($input: MediationStepInput!) { takeMediationRequest(input: $input) { request { status } } }";
    let wrong_language = gql(
        &c.app,
        &ukrainian,
        TAKE,
        json!({ "input": { "id": ar_id } }),
    )
    .await;
    assert_eq!(
        error_code(&wrong_language),
        Some("NOT_FOUND"),
        "{wrong_language}"
    );
    let taken = gql(&c.app, &arabic, TAKE, json!({ "input": { "id": ar_id } })).await;
    assert_eq!(
        taken["data"]["takeMediationRequest"]["request"]["status"], "ASSIGNED",
        "{taken}"
    );
    let again = gql(&c.app, &arabic, TAKE, json!({ "input": { "id": ar_id } })).await;
    assert_eq!(error_code(&again), Some("INVALID_TRANSITION"));

    let mine = gql(
        &c.app,
        &arabic,
        "{ myMediationRequests { edges { node { participant { givenName preferredLanguage familyName email } } } } }",
        json!({}),
    )
    .await;
    let person = &mine["data"]["myMediationRequests"]["edges"][0]["node"]["participant"];
    assert_eq!(person["givenName"], "Amina", "{mine}");
    assert_eq!(person["preferredLanguage"], "ar");
    assert!(person["familyName"].is_null() && person["email"].is_null());

    let done = gql(&c.app, &arabic, "mutation($input: MediationStepInput!) { completeMediationRequest(input: $input) { request { status } } }", json!({ "input": { "id": ar_id } })).await;
    assert_eq!(
        done["data"]["completeMediationRequest"]["request"]["status"], "DONE",
        "{done}"
    );
    // Done: the participant is out of sight again.
    let after = gql(
        &c.app,
        &arabic,
        "query($id: ID!) { participant(id: $id) { givenName } }",
        json!({ "id": c.participant }),
    )
    .await;
    assert_eq!(error_code(&after), Some("NOT_FOUND"));
}

#[tokio::test]
async fn of_two_mediators_taking_one_request_one_gets_it() {
    let c = TestApp::with_referral_case().await;
    let first = c
        .app
        .member(&c.admin, &c.third, "first@zc.test", "MEDIATOR")
        .await;
    let second = c
        .app
        .member(&c.admin, &c.third, "second@zc.test", "MEDIATOR")
        .await;
    for mediator in [&first, &second] {
        gql(&c.app, mediator, "mutation($input: UpdateStaffProfileInput!) { updateStaffProfile(input: $input) { profile { languages } } }", json!({ "input": { "languages": ["ar"] } })).await;
    }
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339();
    let request = gql(&c.app, &c.case_manager, "mutation($input: RequestMediationInput!) { requestMediation(input: $input) { request { id } } }",
        json!({ "input": { "language": "ar", "startsAt": tomorrow, "remote": true } })).await;
    let id = request["data"]["requestMediation"]["request"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{request}"))
        .to_owned();
    const TAKE: &str = "mutation($input: MediationStepInput!) { takeMediationRequest(input: $input) { request { status } } }";
    let (a, b) = tokio::join!(
        gql(&c.app, &first, TAKE, json!({ "input": { "id": id } })),
        gql(&c.app, &second, TAKE, json!({ "input": { "id": id } })),
    );
    let codes = [error_code(&a), error_code(&b)];
    assert!(codes.contains(&None), "one takes it: {a} {b}");
    assert!(
        codes.contains(&Some("CONFLICT")) || codes.contains(&Some("INVALID_TRANSITION")),
        "the other is told it is gone: {a} {b}"
    );
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

//! Consent gates referrals: none means `CONSENT_REQUIRED`; withdrawal ends access (the receiver's
//! sight of the referral's free texts with it) and cancels.

use serde_json::json;
use skupaj_tests::{TestApp, create_referral, error_code, referral_id, register_participant};

const READ: &str = "query($id: ID!) { participant(id: $id) { givenName } }";

#[tokio::test]
async fn sending_without_a_covering_consent_is_refused() {
    let c = TestApp::with_referral_case().await;
    // The consent covers the space, not the third organisation.
    let answer = create_referral(&c.app, &c.case_manager, &c.participant, &c.third, true).await;
    assert_eq!(error_code(&answer), Some("CONSENT_REQUIRED"), "{answer}");

    // A participant with no consent at all: the draft is allowed, sending it is not.
    let other = register_participant(&c.app, &c.case_manager, "Omar").await;
    let draft = create_referral(&c.app, &c.case_manager, &other, &c.space, false).await;
    let id = referral_id(&draft);
    let send = c
        .step(&c.case_manager, "sendReferral", &id, json!({}))
        .await;
    assert_eq!(error_code(&send), Some("CONSENT_REQUIRED"), "{send}");
    assert_eq!(c.snapshot(&id).await["status"], "DRAFT");
    // Nor can the receiver see the participant.
    let read = c
        .app
        .graphql(Some(&c.receiver.access_token), READ, json!({ "id": other }))
        .await;
    assert_eq!(error_code(&read), Some("NOT_FOUND"));
}

#[tokio::test]
async fn withdrawing_consent_ends_access_and_cancels_open_referrals() {
    let c = TestApp::with_referral_case().await;
    let id = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    c.step(&c.receiver, "acceptReferral", &id, json!({})).await;
    let before = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            READ,
            json!({ "id": c.participant }),
        )
        .await;
    assert_eq!(
        before["data"]["participant"]["givenName"], "Amina",
        "{before}"
    );

    let withdrawn = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            "mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { consent { active withdrawnAt } cancelledReferralIds } }",
            json!({ "input": { "consentId": c.consent } }),
        )
        .await;
    let payload = &withdrawn["data"]["withdrawConsent"];
    assert_eq!(payload["consent"]["active"], false, "{withdrawn}");
    assert_eq!(payload["cancelledReferralIds"], json!([id]));

    // The receiver can no longer read the participant, by id or nested under the referral...
    let after = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            READ,
            json!({ "id": c.participant }),
        )
        .await;
    assert_eq!(error_code(&after), Some("NOT_FOUND"));
    let nested = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            "query($id: ID!) { referral(id: $id) { status cancelReason participantCode participant { givenName } } }",
            json!({ "id": id }),
        )
        .await;
    let referral = &nested["data"]["referral"];
    assert_eq!(referral["status"], "CANCELLED", "{nested}");
    assert_eq!(referral["cancelReason"], "CONSENT_WITHDRAWN");
    assert!(referral["participant"].is_null());
    assert_eq!(error_code(&nested), Some("FORBIDDEN"));
    // ...and the cancellation is in the referral's history.
    let history = c.snapshot(&id).await["history"].clone();
    let last = history.as_array().and_then(|h| h.last()).expect("an entry");
    assert_eq!(last["action"], "CANCEL");
    assert_eq!(last["comment"], "consent withdrawn");

    // The owner still sees everything.
    let owner = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            READ,
            json!({ "id": c.participant }),
        )
        .await;
    assert_eq!(owner["data"]["participant"]["givenName"], "Amina");
}

#[tokio::test]
async fn consents_are_listed_for_the_owner_only() {
    let c = TestApp::with_referral_case().await;
    const CONSENTS: &str =
        "query($id: ID!) { participant(id: $id) { consents { purpose fieldGroups active } } }";
    create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await;
    let owner = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            CONSENTS,
            json!({ "id": c.participant }),
        )
        .await;
    assert_eq!(
        owner["data"]["participant"]["consents"],
        json!([{ "purpose": "REFERRAL", "fieldGroups": ["IDENTITY", "CONTACT"], "active": true }])
    );
    let receiver = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            CONSENTS,
            json!({ "id": c.participant }),
        )
        .await;
    assert_eq!(error_code(&receiver), Some("FORBIDDEN"), "{receiver}");
}

#[tokio::test]
async fn free_texts_close_with_the_consent() {
    let c = TestApp::with_referral_case().await;
    let id = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    const TEXTS: &str = "query($id: ID!) { referral(id: $id) { reason history { comment } } }";
    let open = c
        .app
        .graphql(Some(&c.receiver.access_token), TEXTS, json!({ "id": id }))
        .await;
    assert_eq!(
        open["data"]["referral"]["reason"], "Looking for work as a welder",
        "{open}"
    );
    c.app
        .graphql(
            Some(&c.case_manager.access_token),
            "mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { cancelledReferralIds } }",
            json!({ "input": { "consentId": c.consent } }),
        )
        .await;
    let closed = c
        .app
        .graphql(Some(&c.receiver.access_token), TEXTS, json!({ "id": id }))
        .await;
    assert!(closed["data"]["referral"]["reason"].is_null(), "{closed}");
    assert_eq!(error_code(&closed), Some("FORBIDDEN"));
    assert!(!closed.to_string().contains("welder"));
    let note = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            "mutation($input: AddReferralNoteInput!) { addReferralNote(input: $input) { note { body } } }",
            json!({ "input": { "referralId": id, "body": "Still there?" } }),
        )
        .await;
    assert_eq!(error_code(&note), Some("INVALID_TRANSITION"), "{note}");
    // The referrer still reads their own texts.
    let sender = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            TEXTS,
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        sender["data"]["referral"]["reason"],
        "Looking for work as a welder"
    );
}

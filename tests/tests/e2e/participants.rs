//! Registering participants: a profile's free texts, dates and lists are refused by field at the
//! edge (and the other inputs around a participant likewise), while right-to-left names are
//! welcome.

use serde_json::{Value, json};
use skupaj_tests::{TestApp, error_code, error_field, gql};

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

//! Finding people: by name, reference code, birth year, phone or e-mail, regardless of case and
//! diacritics, among the people the caller may see, in what the caller may see of them.

use serde_json::{Value, json};
use skupaj_tests::{Session, TestApp, create_referral, error_code, error_field, referral_id};

const SEARCH: &str = "query($search: String) { participants(filter: { search: $search }, first: 50) { edges { node { id referenceCode } } } }";

async fn found(app: &TestApp, session: &Session, search: &str) -> Vec<String> {
    let answer = app
        .graphql(
            Some(&session.access_token),
            SEARCH,
            json!({ "search": search }),
        )
        .await;
    assert!(answer["errors"].is_null(), "{search}: {answer}");
    answer["data"]["participants"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{search}: {answer}"))
        .iter()
        .map(|edge| edge["node"]["id"].as_str().unwrap_or_default().to_owned())
        .collect()
}

const REGISTER: &str = "mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { participant { id referenceCode } possibleDuplicates { id referenceCode } } }";

async fn register(app: &TestApp, case_worker: &Session, profile: Value) -> (String, String) {
    let answer = app
        .graphql(
            Some(&case_worker.access_token),
            REGISTER,
            json!({ "input": { "profile": profile } }),
        )
        .await;
    let participant = &answer["data"]["registerParticipant"]["participant"];
    (
        participant["id"]
            .as_str()
            .unwrap_or_else(|| panic!("registerParticipant failed: {answer}"))
            .to_owned(),
        participant["referenceCode"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
    )
}

fn ana() -> Value {
    json!({
        "givenName": "Ana", "familyName": "Šarić", "birthYear": 1987,
        "email": "Ana.Saric@posta.test", "phone": "+386 41 555 123", "preferredLanguage": "sl"
    })
}

#[tokio::test]
async fn a_case_worker_finds_people_regardless_of_case_and_diacritics() {
    let c = TestApp::with_referral_case().await;
    let (ana, code) = register(&c.app, &c.case_manager, ana()).await;
    let (marko, _) = register(
        &c.app,
        &c.case_manager,
        json!({ "givenName": "Marko", "familyName": "Šaričević", "preferredLanguage": "sl" }),
    )
    .await;
    let cm = &c.case_manager;
    for typed in [
        "saric",
        "ŠARIĆ",
        "šarić",
        "Ana S",
        "saric ana",
        "1987",
        "+386 41 555 123",
        "041 555 123",
        "ana.saric@",
        "POSTA.TEST",
    ] {
        let ids = found(&c.app, cm, typed).await;
        assert!(ids.contains(&ana), "{typed} should find Ana: {ids:?}");
        assert!(
            !ids.contains(&c.participant),
            "{typed} found Amina: {ids:?}"
        );
    }
    assert_eq!(
        found(&c.app, cm, &code.to_lowercase()).await,
        vec![ana.clone()]
    );
    // "saric" is in "Šaričević" too; "sarice" is not in "Šarić".
    assert_eq!(found(&c.app, cm, "sarice").await, vec![marko.clone()]);
    let both = found(&c.app, cm, "saric").await;
    assert!(both.contains(&marko) && both.contains(&ana), "{both:?}");
    assert_eq!(
        found(&c.app, cm, "haddad").await,
        vec![c.participant.clone()]
    );
    assert!(found(&c.app, cm, "nobody").await.is_empty());
    // Wildcards are letters like any other.
    assert!(found(&c.app, cm, "%%").await.is_empty());
    assert!(found(&c.app, cm, "__").await.is_empty());
}

#[tokio::test]
async fn a_search_too_short_or_too_long_is_refused_and_names_the_field() {
    let c = TestApp::with_referral_case().await;
    for typed in ["a", " ", "š", &"x".repeat(101)] {
        let answer = c
            .app
            .graphql(
                Some(&c.case_manager.access_token),
                SEARCH,
                json!({ "search": typed }),
            )
            .await;
        assert_eq!(error_code(&answer), Some("VALIDATION"), "{typed}: {answer}");
        assert_eq!(error_field(&answer), Some("filter.search"), "{answer}");
        assert_eq!(answer["data"]["participants"], Value::Null, "{answer}");
    }
}

#[tokio::test]
async fn nobody_finds_a_person_they_may_not_see_or_by_what_they_were_not_given() {
    let c = TestApp::with_referral_case().await;
    let (ana, _) = register(&c.app, &c.case_manager, ana()).await;
    // Another organisation's worker finds nobody, not even by the exact phone number.
    for session in [&c.third_staff, &c.receiver] {
        for typed in [
            "saric",
            "+386 41 555 123",
            "ana.saric@posta.test",
            "1987",
            "haddad",
        ] {
            assert!(
                found(&c.app, session, typed).await.is_empty(),
                "{typed} found someone"
            );
        }
    }
    // The space receives a referral for Ana under a consent that shares her identity only:
    // its staff find her by name, never by her phone or e-mail.
    skupaj_tests::referral_consent(&c.app, &c.case_manager, &ana, &[&c.space], &["IDENTITY"]).await;
    referral_id(&create_referral(&c.app, &c.case_manager, &ana, &c.space, true).await);
    assert_eq!(found(&c.app, &c.receiver, "šarić").await, vec![ana.clone()]);
    for typed in ["+386 41 555 123", "41555123", "ana.saric@posta.test"] {
        assert!(
            found(&c.app, &c.receiver, typed).await.is_empty(),
            "{typed} found Ana through what was not shared"
        );
    }
    // Amina's consent shares contact with the space: once referred, her phone finds her there.
    referral_id(&create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await);
    assert_eq!(
        found(&c.app, &c.receiver, "040 000 000").await,
        vec![c.participant.clone()]
    );
    // The third organisation still finds nobody.
    assert!(found(&c.app, &c.third_staff, "saric").await.is_empty());
}

#[tokio::test]
async fn registering_someone_held_already_names_them_and_waits_for_confirmation() {
    let c = TestApp::with_referral_case().await;
    let (ana, code) = register(&c.app, &c.case_manager, ana()).await;
    let count = |answer: Value| {
        answer["data"]["participants"]["edges"]
            .as_array()
            .map_or(0, Vec::len)
    };
    let list = "{ participants(first: 100) { edges { node { id } } } }";
    let token = Some(c.case_manager.access_token.as_str());
    let before = count(c.app.graphql(token, list, json!({})).await);
    let again = [
        // The same name without diacritics and the same birth year.
        json!({ "givenName": "ANA", "familyName": "Saric", "birthYear": 1987, "preferredLanguage": "sl" }),
        // Someone else's name, the same phone however written.
        json!({ "givenName": "A.", "phone": "041 555 123", "preferredLanguage": "sl" }),
        json!({ "givenName": "A.", "phone": "00386 41 555123", "preferredLanguage": "sl" }),
        // The same e-mail in capitals.
        json!({ "givenName": "A.", "email": "ANA.SARIC@POSTA.TEST", "preferredLanguage": "sl" }),
    ];
    for profile in &again {
        let answer = c
            .app
            .graphql(token, REGISTER, json!({ "input": { "profile": profile } }))
            .await;
        assert!(answer["errors"].is_null(), "{answer}");
        let payload = &answer["data"]["registerParticipant"];
        assert_eq!(payload["participant"], Value::Null, "{answer}");
        let expected = json!([{ "id": ana, "referenceCode": code }]);
        assert_eq!(payload["possibleDuplicates"], expected, "{answer}");
    }
    assert_eq!(
        count(c.app.graphql(token, list, json!({})).await),
        before,
        "nothing was registered"
    );
    // Confirmed, the person is registered, and the answer still names whom it may repeat.
    let confirmed = c
        .app
        .graphql(
            token,
            REGISTER,
            json!({ "input": { "profile": again[0], "confirmed": true } }),
        )
        .await;
    let payload = &confirmed["data"]["registerParticipant"];
    assert!(payload["participant"]["id"].is_string(), "{confirmed}");
    assert_eq!(payload["possibleDuplicates"][0]["id"], ana, "{confirmed}");
    assert_eq!(
        count(c.app.graphql(token, list, json!({})).await),
        before + 1
    );
    // Another organisation registering the same person learns nothing of this one's records.
    let elsewhere = c
        .app
        .member(&c.admin, &c.third, "case@zc.test", "CASE_MANAGER")
        .await;
    let answer = c
        .app
        .graphql(
            Some(&elsewhere.access_token),
            REGISTER,
            json!({ "input": { "profile": self::ana() } }),
        )
        .await;
    let payload = &answer["data"]["registerParticipant"];
    assert!(payload["participant"]["id"].is_string(), "{answer}");
    assert_eq!(payload["possibleDuplicates"], json!([]), "{answer}");
}

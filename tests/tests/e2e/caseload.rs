//! Caseloads: whoever registers a participant carries the case; an admin of the owning
//! organisation reassigns it and the new case worker hears of it in their language; an
//! incoming referral is assigned to a staff member of the receiving organisation and listed
//! for them.

use std::time::Duration;

use serde_json::{Value, json};
use skupaj_domain::membership::PlatformRole;
use skupaj_tests::smtp::SmtpServer;
use skupaj_tests::{
    Session, TestApp, create_referral, error_code, error_field, referral_id, user_id,
};

const CASE_WORKER: &str =
    "query($id: ID!) { participant(id: $id) { id caseWorker { id displayName } } }";
const CASELOAD: &str = "query($after: String) { myCaseload(first: 1, after: $after) { edges { cursor node { id givenName } } pageInfo { hasNextPage } } }";
pub const ASSIGN: &str = "mutation($input: AssignCaseWorkerInput!) { assignCaseWorker(input: $input) { participant { id caseWorker { id } } } }";
pub const ASSIGN_REFERRAL: &str = "mutation($input: AssignReferralInput!) { assignReferral(input: $input) { referral { id assignedTo { id } } } }";
const INBOX: &str = "{ notifications { edges { node { kind subjectId } } } }";

/// Every participant id in `session`'s caseload, page by page (one per page).
pub async fn caseload(app: &TestApp, session: &Session) -> Vec<String> {
    let mut ids = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let answer = app
            .graphql(
                Some(&session.access_token),
                CASELOAD,
                json!({ "after": after }),
            )
            .await;
        let connection = &answer["data"]["myCaseload"];
        let edges = connection["edges"]
            .as_array()
            .unwrap_or_else(|| panic!("{answer}"));
        for edge in edges {
            ids.push(edge["node"]["id"].as_str().unwrap_or_default().to_owned());
            after = edge["cursor"].as_str().map(str::to_owned);
        }
        if connection["pageInfo"]["hasNextPage"] != true {
            return ids;
        }
    }
}

async fn case_worker(app: &TestApp, session: &Session, participant: &str) -> Value {
    app.graphql(
        Some(&session.access_token),
        CASE_WORKER,
        json!({ "id": participant }),
    )
    .await
}

pub async fn inbox(app: &TestApp, session: &Session) -> Vec<(String, String)> {
    let answer = app
        .graphql(Some(&session.access_token), INBOX, json!({}))
        .await;
    answer["data"]["notifications"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"))
        .iter()
        .map(|e| {
            (
                e["node"]["kind"].as_str().unwrap_or_default().to_owned(),
                e["node"]["subjectId"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
            )
        })
        .collect()
}

async fn eventually(what: &str, mut done: impl AsyncFnMut() -> bool) {
    for _ in 0..300 {
        if done().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out waiting for {what}");
}

#[tokio::test]
async fn the_registrar_carries_the_case_until_an_admin_reassigns_it() {
    let smtp = SmtpServer::start().await;
    let url = smtp.url();
    let c = TestApp::with_referral_case_configured(move |settings| {
        settings.smtp_url = Some(url.into())
    })
    .await;
    let nina = user_id(&c.app, &c.case_manager).await;
    let admin = c
        .app
        .member(&c.admin, &c.ngo, "boss@most.test", "ORG_ADMIN")
        .await;
    let marko = c
        .app
        .member_speaking(&c.ngo, "marko@most.test", "CASE_MANAGER", "uk")
        .await;
    let marko_id = user_id(&c.app, &marko).await;
    let second = skupaj_tests::register_participant(&c.app, &c.case_manager, "Bor").await;

    // Whoever registers someone is their case worker; both show in Nina's caseload, paged.
    let seen = case_worker(&c.app, &c.case_manager, &c.participant).await;
    assert_eq!(
        seen["data"]["participant"]["caseWorker"]["id"], nina,
        "{seen}"
    );
    assert_eq!(
        caseload(&c.app, &c.case_manager).await,
        [c.participant.clone(), second.clone()]
    );
    assert!(caseload(&c.app, &marko).await.is_empty());

    // The admin hands Amina to Marko: his caseload, not Nina's any more.
    let assigned = c
        .app
        .graphql(
            Some(&admin.access_token),
            ASSIGN,
            json!({ "input": { "participantId": c.participant, "userId": marko_id } }),
        )
        .await;
    assert_eq!(
        assigned["data"]["assignCaseWorker"]["participant"]["caseWorker"]["id"], marko_id,
        "{assigned}"
    );
    assert_eq!(caseload(&c.app, &marko).await, vec![c.participant.clone()]);
    assert_eq!(
        caseload(&c.app, &c.case_manager).await,
        vec![second.clone()]
    );

    // Marko hears of it in the app and by e-mail, in Ukrainian, with no name in it.
    assert_eq!(
        inbox(&c.app, &marko).await,
        [("CASE_ASSIGNED".to_owned(), c.participant.clone())]
    );
    eventually("the e-mail", async || {
        smtp.received().iter().any(|m| m.to() == "marko@most.test")
    })
    .await;
    let mail = smtp.received();
    let to_marko: Vec<_> = mail
        .iter()
        .filter(|m| m.to() == "marko@most.test")
        .collect();
    assert_eq!(to_marko.len(), 1);
    assert_eq!(to_marko[0].subject(), "Вам призначено випадок");
    assert!(!to_marko[0].text().contains("Amina") && !to_marko[0].text().contains("Haddad"));

    // Assigning him again changes nothing and tells him nothing more.
    let again = c
        .app
        .graphql(
            Some(&admin.access_token),
            ASSIGN,
            json!({ "input": { "participantId": c.participant, "userId": marko_id } }),
        )
        .await;
    assert!(again["errors"].is_null(), "{again}");
    assert_eq!(inbox(&c.app, &marko).await.len(), 1);

    // The change is in the audit log.
    let auditor = c
        .app
        .platform_user("audit@skupaj.test", PlatformRole::Auditor)
        .await;
    let log = c
        .app
        .graphql(
            Some(&auditor.access_token),
            "query($filter: AuditFilterInput) { auditLog(first: 100, filter: $filter) { edges { node { operation outcome } } } }",
            json!({ "filter": { "entityId": c.participant } }),
        )
        .await;
    let entries = log["data"]["auditLog"]["edges"].to_string();
    assert!(
        entries.contains(r#"{"operation":"assignCaseWorker","outcome":"ALLOWED"}"#),
        "{log}"
    );
}

#[tokio::test]
async fn only_an_admin_of_the_owner_assigns_and_only_to_its_case_workers() {
    let c = TestApp::with_referral_case().await;
    let nina = user_id(&c.app, &c.case_manager).await;
    let admin = c
        .app
        .member(&c.admin, &c.ngo, "boss@most.test", "ORG_ADMIN")
        .await;
    let mentor = c
        .app
        .member(&c.admin, &c.ngo, "mentor@most.test", "MENTOR")
        .await;
    let mentor_id = user_id(&c.app, &mentor).await;
    let other_admin = c
        .app
        .member(&c.admin, &c.third, "boss@zc.test", "ORG_ADMIN")
        .await;
    let petra = user_id(&c.app, &c.third_staff).await;
    let luka = user_id(&c.app, &c.receiver).await;
    let assign = |session: &Session, participant: &str, user: &str| {
        let token = session.access_token.clone();
        let input = json!({ "input": { "participantId": participant, "userId": user } });
        let app = &c.app;
        async move { app.graphql(Some(&token), ASSIGN, input).await }
    };

    // Refused: a case manager (not an admin), an admin elsewhere (who may not even know the
    // participant exists), the platform admin.
    let refused = assign(&c.case_manager, &c.participant, &petra).await;
    assert_eq!(error_code(&refused), Some("FORBIDDEN"), "{refused}");
    assert!(refused["data"].is_null());
    let elsewhere = assign(&other_admin, &c.participant, &petra).await;
    assert_eq!(error_code(&elsewhere), Some("NOT_FOUND"), "{elsewhere}");
    let platform = assign(&c.admin, &c.participant, &nina).await;
    assert_eq!(error_code(&platform), Some("NOT_FOUND"), "{platform}");

    // Bad input: someone of another organisation, a mentor (carries no cases), an unknown
    // user, a malformed id.
    for (user, field) in [
        (luka.as_str(), "userId"),
        (mentor_id.as_str(), "userId"),
        ("0190d5e4-7a1b-7cc3-9a4e-1f2e3d4c5b6a", "userId"),
        ("nobody", "userId"),
    ] {
        let bad = assign(&admin, &c.participant, user).await;
        assert_eq!(error_code(&bad), Some("VALIDATION"), "{bad}");
        assert_eq!(error_field(&bad), Some(field), "{bad}");
    }
    let malformed = assign(&admin, "not-an-id", &nina).await;
    assert_eq!(
        error_field(&malformed),
        Some("participantId"),
        "{malformed}"
    );

    // Nothing changed, and nobody was told.
    let seen = case_worker(&c.app, &c.case_manager, &c.participant).await;
    assert_eq!(
        seen["data"]["participant"]["caseWorker"]["id"], nina,
        "{seen}"
    );
    assert!(inbox(&c.app, &c.receiver).await.is_empty());
    assert!(inbox(&c.app, &c.third_staff).await.is_empty());

    // A deactivated colleague is not a case worker any more.
    let gone = c
        .app
        .member(&c.admin, &c.ngo, "gone@most.test", "STAFF")
        .await;
    let gone_id = user_id(&c.app, &gone).await;
    let deactivated = c
        .app
        .graphql(
            Some(&admin.access_token),
            "mutation($input: SetUserActiveInput!) { deactivateUser(input: $input) { user { active } } }",
            json!({ "input": { "userId": gone_id } }),
        )
        .await;
    assert_eq!(
        deactivated["data"]["deactivateUser"]["user"]["active"], false,
        "{deactivated}"
    );
    let bad = assign(&admin, &c.participant, &gone_id).await;
    assert_eq!(error_field(&bad), Some("userId"), "{bad}");
}

#[tokio::test]
async fn the_case_worker_is_shown_to_case_workers_who_may_see_the_participant_only() {
    let c = TestApp::with_referral_case().await;
    let nina = user_id(&c.app, &c.case_manager).await;
    create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await;
    let analyst = c
        .app
        .member(&c.admin, &c.ngo, "analyst@most.test", "ANALYST")
        .await;

    // The serving organisation sees whom to talk to.
    let engaged = case_worker(&c.app, &c.receiver, &c.participant).await;
    assert_eq!(
        engaged["data"]["participant"]["caseWorker"]["id"], nina,
        "{engaged}"
    );
    // An analyst sees the participant by code, not who carries the case.
    let pseudonymous = case_worker(&c.app, &analyst, &c.participant).await;
    assert_eq!(
        error_code(&pseudonymous),
        Some("FORBIDDEN"),
        "{pseudonymous}"
    );
    assert!(pseudonymous["data"]["participant"]["caseWorker"].is_null());
    assert!(pseudonymous["data"]["participant"]["id"].is_string());
    // An unrelated organisation does not find the participant at all.
    let unrelated = case_worker(&c.app, &c.third_staff, &c.participant).await;
    assert_eq!(error_code(&unrelated), Some("NOT_FOUND"), "{unrelated}");
    assert!(!unrelated.to_string().contains(&nina));
    // Nobody else's caseload lists her, and roles that carry no cases have no caseload.
    assert!(caseload(&c.app, &c.receiver).await.is_empty());
    assert!(caseload(&c.app, &c.third_staff).await.is_empty());
    let refused = c
        .app
        .graphql(Some(&analyst.access_token), CASELOAD, json!({}))
        .await;
    assert_eq!(error_code(&refused), Some("FORBIDDEN"), "{refused}");
    assert_eq!(refused["data"], json!({ "myCaseload": null }));
}

#[tokio::test]
async fn an_incoming_referral_is_assigned_to_a_receivers_staff_member() {
    let c = TestApp::with_referral_case().await;
    let id = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    let space_admin = c
        .app
        .member(&c.admin, &c.space, "boss@fablab.test", "ORG_ADMIN")
        .await;
    let sara = user_id(&c.app, &c.receiver_colleague).await;
    let nina = user_id(&c.app, &c.case_manager).await;
    let assign = |session: &Session, user: &str| {
        let token = session.access_token.clone();
        let input = json!({ "input": { "referralId": id, "userId": user } });
        let app = &c.app;
        async move { app.graphql(Some(&token), ASSIGN_REFERRAL, input).await }
    };
    const MINE: &str =
        "{ referrals(filter: { assignedToMe: true }) { edges { node { id assignedTo { id } } } } }";
    let mine = async |session: &Session| {
        let answer = c
            .app
            .graphql(Some(&session.access_token), MINE, json!({}))
            .await;
        answer["data"]["referrals"]["edges"]
            .as_array()
            .unwrap_or_else(|| panic!("{answer}"))
            .iter()
            .map(|e| e["node"]["id"].as_str().unwrap_or_default().to_owned())
            .collect::<Vec<_>>()
    };

    // Refused: staff (admins and case managers distribute incoming work), the sender, an
    // organisation that does not see the referral. Bad input: someone of the sender.
    let staff = assign(&c.receiver, &sara).await;
    assert_eq!(error_code(&staff), Some("FORBIDDEN"), "{staff}");
    let sender = assign(&c.case_manager, &nina).await;
    assert_eq!(error_code(&sender), Some("FORBIDDEN"), "{sender}");
    let stranger = assign(&c.third_staff, &sara).await;
    assert_eq!(error_code(&stranger), Some("NOT_FOUND"), "{stranger}");
    let wrong_side = assign(&space_admin, &nina).await;
    assert_eq!(error_field(&wrong_side), Some("userId"), "{wrong_side}");
    assert!(mine(&c.receiver_colleague).await.is_empty());
    assert!(inbox(&c.app, &c.case_manager).await.is_empty());

    let assigned = assign(&space_admin, &sara).await;
    assert_eq!(
        assigned["data"]["assignReferral"]["referral"]["assignedTo"]["id"], sara,
        "{assigned}"
    );
    assert_eq!(mine(&c.receiver_colleague).await, vec![id.clone()]);
    assert!(mine(&c.receiver).await.is_empty());
    assert!(mine(&c.case_manager).await.is_empty());
    assert!(
        inbox(&c.app, &c.receiver_colleague)
            .await
            .contains(&("REFERRAL_ASSIGNED".to_owned(), id.clone()))
    );
    // The sender sees who handles it; an officer tracking the referral does not.
    let seen = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            "query($id: ID!) { referral(id: $id) { assignedTo { id } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(seen["data"]["referral"]["assignedTo"]["id"], sara, "{seen}");
    let town = c
        .app
        .organisation(&c.admin, "MUNICIPALITY", "Urad Koper", "Koper")
        .await;
    let officer = c
        .app
        .member(&c.admin, &town, "officer@kp.test", "ANALYST")
        .await;
    let tracked = c
        .app
        .graphql(
            Some(&officer.access_token),
            "query($id: ID!) { referral(id: $id) { id assignedTo { id } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(error_code(&tracked), Some("FORBIDDEN"), "{tracked}");
    assert_eq!(tracked["data"]["referral"]["id"], id.as_str());
    assert!(tracked["data"]["referral"]["assignedTo"].is_null());
}

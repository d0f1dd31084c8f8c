//! Rules found in review: rate limits, platform accounts out of reach of organisations, free texts
//! after consent ends, competing transfers, response times after reopening, and what the
//! municipality filter may reveal.

use serde_json::json;
use skupaj_api::settings::Settings;
use skupaj_domain::membership::PlatformRole;
use skupaj_tests::{
    PASSWORD, TestApp, create_referral, error_code, invitation_id, referral_id, user_id,
};

#[tokio::test]
async fn repeated_failed_sign_ins_are_rate_limited_per_account() {
    let app =
        TestApp::spawn_with(|settings: &mut Settings| settings.auth_failures_per_account = 3).await;
    let admin = app.platform_admin().await;
    let org = app.organisation(&admin, "NGO", "Most", "Ljubljana").await;
    app.member(&admin, &org, "nina@most.test", "STAFF").await;
    app.member(&admin, &org, "luka@most.test", "STAFF").await;
    for _ in 0..3 {
        let answer = app
            .try_login("nina@most.test", "wrong password!", None)
            .await;
        assert_eq!(error_code(&answer), Some("UNAUTHENTICATED"));
    }
    // Now even the right password is refused for a while...
    let limited = app.try_login("nina@most.test", PASSWORD, None).await;
    assert_eq!(error_code(&limited), Some("RATE_LIMITED"), "{limited}");
    // ...the same for an unknown address (no hint that it exists)...
    for _ in 0..3 {
        app.try_login("ghost@most.test", "wrong password!", None)
            .await;
    }
    let ghost = app
        .try_login("ghost@most.test", "wrong password!", None)
        .await;
    assert_eq!(error_code(&ghost), Some("RATE_LIMITED"));
    // ...while another account signs in as usual.
    app.login("luka@most.test", PASSWORD).await;
}

#[tokio::test]
async fn too_many_bad_refresh_tokens_from_one_address_are_rate_limited() {
    let app =
        TestApp::spawn_with(|settings: &mut Settings| settings.auth_failures_per_address = 3).await;
    const REFRESH: &str =
        "mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }";
    for _ in 0..3 {
        let answer = app
            .graphql(
                None,
                REFRESH,
                json!({ "input": { "refreshToken": "guess" } }),
            )
            .await;
        assert_eq!(error_code(&answer), Some("UNAUTHENTICATED"));
    }
    let limited = app
        .graphql(
            None,
            REFRESH,
            json!({ "input": { "refreshToken": "guess" } }),
        )
        .await;
    assert_eq!(error_code(&limited), Some("RATE_LIMITED"));
}

#[tokio::test]
async fn an_org_admin_cannot_capture_or_deactivate_a_platform_account() {
    let app = TestApp::spawn().await;
    let admin = app.platform_admin().await;
    let auditor = app
        .platform_user("audit@skupaj.test", PlatformRole::Auditor)
        .await;
    let org = app.organisation(&admin, "NGO", "Most", "Ljubljana").await;
    let boss = app
        .member(&admin, &org, "boss@most.test", "ORG_ADMIN")
        .await;
    // Inviting a platform account answers as inviting anyone (the admin learns nothing of it),
    // and attaches nothing: the membership comes only from the person's own acceptance.
    let invited = app.invite(&boss, &org, "audit@skupaj.test", "STAFF").await;
    assert_eq!(
        invited["data"]["addMember"]["invitation"]["status"], "PENDING",
        "{invited}"
    );
    let me = app
        .graphql(
            Some(&auditor.access_token),
            "{ me { actingOrganisation { id } } }",
            json!({}),
        )
        .await;
    assert!(me["data"]["me"]["actingOrganisation"].is_null(), "{me}");
    // Even once they accept, the organisation cannot deactivate them.
    let accepted = app
        .accept_invitation(&auditor, &invitation_id(&invited))
        .await;
    assert_eq!(
        accepted["data"]["acceptInvitation"]["membership"]["role"], "STAFF",
        "{accepted}"
    );
    let auditor_id = user_id(&app, &auditor).await;
    let deactivated = app
        .graphql(
            Some(&boss.access_token),
            "mutation($input: SetUserActiveInput!) { deactivateUser(input: $input) { user { active } } }",
            json!({ "input": { "userId": auditor_id } }),
        )
        .await;
    assert_eq!(error_code(&deactivated), Some("FORBIDDEN"));
    app.login("audit@skupaj.test", PASSWORD).await;
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

#[tokio::test]
async fn of_two_transfers_only_the_first_accepted_moves_the_case() {
    let c = TestApp::with_referral_case().await;
    skupaj_tests::referral_consent(
        &c.app,
        &c.case_manager,
        &c.participant,
        &[&c.space, &c.third],
        &["IDENTITY"],
    )
    .await;
    let respond_by = (chrono::Utc::now() + chrono::Duration::days(3))
        .date_naive()
        .to_string();
    let mut ids = Vec::new();
    for to in [&c.space, &c.third] {
        let created = c
            .app
            .graphql(
                Some(&c.case_manager.access_token),
                "mutation($input: CreateReferralInput!) { createReferral(input: $input) { referral { id } } }",
                json!({ "input": { "participantId": c.participant, "toOrganisationId": to, "needDomain": "SOCIAL",
                    "reason": "Moving", "respondBy": respond_by, "kind": "TRANSFER", "send": true } }),
            )
            .await;
        ids.push(referral_id(&created));
    }
    let first = c
        .step(&c.receiver, "acceptReferral", &ids[0], json!({}))
        .await;
    assert_eq!(
        first["data"]["acceptReferral"]["referral"]["status"], "ACCEPTED",
        "{first}"
    );
    let second = c
        .step(&c.third_staff, "acceptReferral", &ids[1], json!({}))
        .await;
    assert_eq!(error_code(&second), Some("CONFLICT"), "{second}");
    let owner = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            "query($id: ID!) { participant(id: $id) { ownerOrganisation { name } } }",
            json!({ "id": c.participant }),
        )
        .await;
    assert_eq!(
        owner["data"]["participant"]["ownerOrganisation"]["name"],
        "Obalni FabLab"
    );
    // The old owner can no longer send the participant's data anywhere.
    let draft = create_referral(&c.app, &c.case_manager, &c.participant, &c.third, false).await;
    assert!(
        matches!(error_code(&draft), Some("FORBIDDEN" | "NOT_FOUND")),
        "{draft}"
    );
}

#[tokio::test]
async fn a_reopened_referral_measures_its_new_response_time() {
    let c = TestApp::with_referral_case().await;
    let id = referral_id(
        &create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await,
    );
    c.step(
        &c.receiver,
        "declineReferral",
        &id,
        json!({ "reason": "NO_CAPACITY", "comment": "Full" }),
    )
    .await;
    c.step(
        &c.case_manager,
        "reopenReferral",
        &id,
        json!({ "note": "Now?", "respondBy": "2099-01-01" }),
    )
    .await;
    let reopened = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            "query($id: ID!) { referral(id: $id) { sentAt firstResponseAt } }",
            json!({ "id": id }),
        )
        .await;
    assert!(
        reopened["data"]["referral"]["firstResponseAt"].is_null(),
        "{reopened}"
    );
    c.step(&c.receiver, "acceptReferral", &id, json!({})).await;
    let stats = c
        .app
        .graphql(
            Some(&c.case_manager.access_token),
            "{ referralStats { responded medianFirstResponseHours } }",
            json!({}),
        )
        .await;
    let hours = stats["data"]["referralStats"]["medianFirstResponseHours"].as_f64();
    assert!(hours.is_some_and(|h| h >= 0.0), "{stats}");
}

#[tokio::test]
async fn the_municipality_filter_does_not_reveal_where_a_participant_lives() {
    let c = TestApp::with_referral_case().await;
    // The participant lives in Ljubljana; the space (Koper) was not given background data.
    create_referral(&c.app, &c.case_manager, &c.participant, &c.space, true).await;
    let answer = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            "query($p: ID!) { referrals(filter: { participantId: $p, municipality: \"Ljubljana\" }) { edges { cursor } } }",
            json!({ "p": c.participant }),
        )
        .await;
    // The NGO that sent it is in Ljubljana, so the filter matches through the organisation; use
    // a town where only the residence could match.
    let _ = answer;
    let kranj = c
        .app
        .graphql(
            Some(&c.receiver.access_token),
            "query($p: ID!) { referrals(filter: { participantId: $p, municipality: \"Kranj\" }) { edges { cursor } } }",
            json!({ "p": c.participant }),
        )
        .await;
    assert_eq!(kranj["data"]["referrals"]["edges"], json!([]), "{kranj}");
}

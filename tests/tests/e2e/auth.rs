//! Signing in, refreshing, signing out, switching organisation, deactivation, and the rate limits
//! on failed sign-ins (per account) and bad refresh tokens (per address).

use serde_json::json;
use skupaj_api::settings::Settings;
use skupaj_tests::fixtures::{DRUSTVO_MOST, MOST, OneOrganisation, Platform, TKALNICA};
use skupaj_tests::{PASSWORD, TestApp, error_code, invitation_id, session_of};

const ME: &str = "{ me { user { email } actingRole actingOrganisation { name } } }";

const REFRESH: &str = "mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }";

#[tokio::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_answer() {
    let OneOrganisation { app, .. } =
        TestApp::with_member(DRUSTVO_MOST, "nina@most.test", "CASE_MANAGER").await;

    let wrong_password = app
        .try_login("nina@most.test", "not the password", None)
        .await;
    let unknown_email = app.try_login("nobody@most.test", PASSWORD, None).await;

    assert_eq!(error_code(&wrong_password), Some("UNAUTHENTICATED"));
    assert_eq!(wrong_password["errors"], unknown_email["errors"]);
    assert!(wrong_password["data"].is_null());
}

#[tokio::test]
async fn login_acts_in_the_oldest_membership_and_me_says_so() {
    let OneOrganisation {
        app, member: staff, ..
    } = TestApp::with_member(TKALNICA, "luka@tkalnica.test", "STAFF").await;

    let me = app.graphql(Some(&staff.access_token), ME, json!({})).await;
    assert_eq!(me["data"]["me"]["user"]["email"], "luka@tkalnica.test");
    assert_eq!(me["data"]["me"]["actingRole"], "STAFF");
    assert_eq!(me["data"]["me"]["actingOrganisation"]["name"], "Tkalnica");

    let anonymous = app.graphql(None, ME, json!({})).await;
    assert_eq!(error_code(&anonymous), Some("UNAUTHENTICATED"));
}

#[tokio::test]
async fn refresh_rotates_and_reusing_an_old_token_ends_the_session() {
    let OneOrganisation {
        app, member: first, ..
    } = TestApp::with_case_manager().await;

    let refreshed = app
        .graphql(
            None,
            REFRESH,
            json!({ "input": { "refreshToken": first.refresh_token } }),
        )
        .await;
    let second = session_of(&refreshed["data"]["refreshSession"]).expect("rotated");
    assert_ne!(second.refresh_token, first.refresh_token);
    let me = app.graphql(Some(&second.access_token), ME, json!({})).await;
    assert_eq!(me["data"]["me"]["actingRole"], "CASE_MANAGER");

    // The first token was already used: presenting it again is theft or a replay.
    let replay = app
        .graphql(
            None,
            REFRESH,
            json!({ "input": { "refreshToken": first.refresh_token } }),
        )
        .await;
    assert_eq!(error_code(&replay), Some("UNAUTHENTICATED"));

    // The whole family is revoked: the newest refresh token and its access token stop working.
    let after = app
        .graphql(
            None,
            REFRESH,
            json!({ "input": { "refreshToken": second.refresh_token } }),
        )
        .await;
    assert_eq!(error_code(&after), Some("UNAUTHENTICATED"));
    let me = app.graphql(Some(&second.access_token), ME, json!({})).await;
    assert_eq!(error_code(&me), Some("UNAUTHENTICATED"));
}

#[tokio::test]
async fn an_unknown_refresh_token_is_refused() {
    let app = TestApp::spawn().await;
    let answer = app
        .graphql(
            None,
            REFRESH,
            json!({ "input": { "refreshToken": "made-up" } }),
        )
        .await;
    assert_eq!(error_code(&answer), Some("UNAUTHENTICATED"));
}

#[tokio::test]
async fn logout_ends_the_session_at_once() {
    let OneOrganisation {
        app,
        member: session,
        ..
    } = TestApp::with_case_manager().await;
    let other_device = app.login("nina@most.test", PASSWORD).await;

    let answer = app
        .graphql(
            Some(&session.access_token),
            "mutation { logout(input: {}) { endedSessions } }",
            json!({}),
        )
        .await;
    assert_eq!(answer["data"]["logout"]["endedSessions"], 1);
    let me = app
        .graphql(Some(&session.access_token), ME, json!({}))
        .await;
    assert_eq!(error_code(&me), Some("UNAUTHENTICATED"));
    let refresh = app
        .graphql(
            None,
            REFRESH,
            json!({ "input": { "refreshToken": session.refresh_token } }),
        )
        .await;
    assert_eq!(error_code(&refresh), Some("UNAUTHENTICATED"));

    // Another device's session is untouched until the user signs out everywhere.
    let me = app
        .graphql(Some(&other_device.access_token), ME, json!({}))
        .await;
    assert_eq!(me["data"]["me"]["actingRole"], "CASE_MANAGER");
    app.graphql(
        Some(&other_device.access_token),
        "mutation { logout(input: { everywhere: true }) { endedSessions } }",
        json!({}),
    )
    .await;
    let me = app
        .graphql(Some(&other_device.access_token), ME, json!({}))
        .await;
    assert_eq!(error_code(&me), Some("UNAUTHENTICATED"));
}

#[tokio::test]
async fn a_deactivated_users_tokens_stop_working_at_once() {
    let OneOrganisation {
        app,
        admin,
        organisation: org,
        member: org_admin,
    } = TestApp::with_member(MOST, "boss@most.test", "ORG_ADMIN").await;
    let staff = app.member(&admin, &org, "nina@most.test", "STAFF").await;
    let staff_id = app
        .graphql(
            Some(&staff.access_token),
            "{ me { user { id } } }",
            json!({}),
        )
        .await["data"]["me"]["user"]["id"]
        .as_str()
        .expect("id")
        .to_owned();

    let answer = app
        .graphql(
            Some(&org_admin.access_token),
            "mutation($input: SetUserActiveInput!) { deactivateUser(input: $input) { user { active } } }",
            json!({ "input": { "userId": staff_id } }),
        )
        .await;
    assert_eq!(
        answer["data"]["deactivateUser"]["user"]["active"], false,
        "{answer}"
    );

    // The access token has not expired, yet it no longer works; nor does the refresh token.
    let me = app.graphql(Some(&staff.access_token), ME, json!({})).await;
    assert_eq!(error_code(&me), Some("UNAUTHENTICATED"));
    let refresh = app
        .graphql(
            None,
            REFRESH,
            json!({ "input": { "refreshToken": staff.refresh_token } }),
        )
        .await;
    assert_eq!(error_code(&refresh), Some("UNAUTHENTICATED"));
    // Signing in again gets the same answer as a wrong password.
    let login = app.try_login("nina@most.test", PASSWORD, None).await;
    let wrong = app
        .try_login("nina@most.test", "wrong password!!", None)
        .await;
    assert_eq!(login["errors"], wrong["errors"]);

    // Reactivation lets them sign in again.
    app.graphql(
        Some(&admin.access_token),
        "mutation($input: SetUserActiveInput!) { reactivateUser(input: $input) { user { active } } }",
        json!({ "input": { "userId": staff_id } }),
    )
    .await;
    app.login("nina@most.test", PASSWORD).await;
}

#[tokio::test]
async fn switching_organisation_needs_a_membership_there() {
    let Platform { app, admin } = TestApp::with_admin().await;
    let most = app.organisation(&admin, "NGO", "Most", "Ljubljana").await;
    let tkalnica = app.organisation(&admin, "CWCS", "Tkalnica", "Kranj").await;
    let elsewhere = app.organisation(&admin, "NGO", "Elsewhere", "Koper").await;
    let session = app
        .member(&admin, &most, "nina@most.test", "CASE_MANAGER")
        .await;
    let invited = app
        .invite(&admin, &tkalnica, "nina@most.test", "MENTOR")
        .await;
    app.accept_invitation(&session, &invitation_id(&invited))
        .await;

    const SWITCH: &str = "mutation($input: SwitchOrganisationInput!) { switchOrganisation(input: $input) { accessToken me { actingRole actingOrganisation { name } } } }";
    let switched = app
        .graphql(
            Some(&session.access_token),
            SWITCH,
            json!({ "input": { "organisationId": tkalnica } }),
        )
        .await;
    assert_eq!(
        switched["data"]["switchOrganisation"]["me"]["actingRole"], "MENTOR",
        "{switched}"
    );
    let token = switched["data"]["switchOrganisation"]["accessToken"]
        .as_str()
        .expect("token");
    let me = app.graphql(Some(token), ME, json!({})).await;
    assert_eq!(me["data"]["me"]["actingOrganisation"]["name"], "Tkalnica");

    // A refresh now keeps the new organisation.
    let refreshed = app
        .graphql(
            None,
            REFRESH,
            json!({ "input": { "refreshToken": session.refresh_token } }),
        )
        .await;
    let refreshed = session_of(&refreshed["data"]["refreshSession"]).expect("refreshed");
    let me = app
        .graphql(Some(&refreshed.access_token), ME, json!({}))
        .await;
    assert_eq!(me["data"]["me"]["actingRole"], "MENTOR");

    let refused = app
        .graphql(
            Some(token),
            SWITCH,
            json!({ "input": { "organisationId": elsewhere } }),
        )
        .await;
    assert_eq!(error_code(&refused), Some("FORBIDDEN"));

    // Login straight into an organisation one is not a member of is refused too.
    let login = app
        .try_login("nina@most.test", PASSWORD, Some(&elsewhere))
        .await;
    assert_eq!(error_code(&login), Some("FORBIDDEN"));
}

#[tokio::test]
async fn the_bearer_scheme_is_case_insensitive() {
    let OneOrganisation {
        app, member: nina, ..
    } = TestApp::with_case_manager().await;
    for scheme in ["Bearer", "bearer", "BEARER"] {
        let answer: serde_json::Value = app
            .client()
            .post(format!("{}/graphql", app.address))
            .header("authorization", format!("{scheme} {}", nina.access_token))
            .json(&json!({ "query": ME }))
            .send()
            .await
            .expect("send")
            .json()
            .await
            .expect("json");
        assert_eq!(
            answer["data"]["me"]["user"]["email"], "nina@most.test",
            "{scheme}: {answer}"
        );
    }
    // Another scheme is not a bearer token: the request is anonymous.
    let answer: serde_json::Value = app
        .client()
        .post(format!("{}/graphql", app.address))
        .header("authorization", format!("Basic {}", nina.access_token))
        .json(&json!({ "query": ME }))
        .send()
        .await
        .expect("send")
        .json()
        .await
        .expect("json");
    assert_eq!(error_code(&answer), Some("UNAUTHENTICATED"), "{answer}");
}

#[tokio::test]
async fn knowing_who_acts_costs_one_statement_per_request() {
    // The outbox worker and the live poller share the statement counter; park them so only the
    // request's statements are counted.
    let OneOrganisation {
        app, admin, member, ..
    } = TestApp::with_member_configured(
        |settings| {
            settings.outbox_poll_ms = 3_600_000;
            settings.live_poll_ms = 3_600_000;
        },
        DRUSTVO_MOST,
        "nina@most.test",
        "CASE_MANAGER",
    )
    .await;
    // `__typename` reads nothing itself: what the request costs is who acts (session, user,
    // membership and organisation, read fresh on every request).
    for (who, session) in [("org member", &member), ("platform admin", &admin)] {
        let before = app.statements();
        let answer = app
            .graphql(Some(&session.access_token), "{ __typename }", json!({}))
            .await;
        let cost = app.statements() - before;
        assert_eq!(answer["data"]["__typename"], "QueryRoot", "{answer}");
        assert_eq!(cost, 1, "statements to know who acts as {who}");
    }
}

#[tokio::test]
async fn repeated_failed_sign_ins_are_rate_limited_per_account() {
    let OneOrganisation {
        app,
        admin,
        organisation: org,
        ..
    } = TestApp::with_member_configured(
        |settings: &mut Settings| settings.auth_failures_per_account = 3,
        MOST,
        "nina@most.test",
        "STAFF",
    )
    .await;
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

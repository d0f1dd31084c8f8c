//! Members: adding, roles, who sees the member list, searching it (org admins, ignoring case and
//! diacritics), and platform accounts out of reach of an organisation's admins.

use serde_json::{Value, json};
use skupaj_domain::membership::PlatformRole;
use skupaj_tests::fixtures::{DRUSTVO_MOST, MOST, OneOrganisation, Platform};
use skupaj_tests::{
    INVITE, PASSWORD, Session, TestApp, error_code, error_field, invitation_id, user_id,
};

const MEMBERS: &str = "query($id: ID!) { organisation(id: $id) { name members(first: 10) { edges { node { role user { email } } } } } }";
const CHANGE: &str = "mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { membership { role } } }";

#[tokio::test]
async fn an_invited_newcomer_signs_in_accepts_and_then_works_there() {
    let OneOrganisation {
        app,
        organisation: most,
        member: boss,
        ..
    } = TestApp::with_member(MOST, "boss@most.test", "ORG_ADMIN").await;

    let answer = app
        .graphql(
            Some(&boss.access_token),
            INVITE,
            json!({ "input": { "organisationId": most, "email": "Olena@Most.test", "role": "MEDIATOR",
                    "displayName": "Olena", "preferredLocale": "uk", "initialPassword": PASSWORD } }),
        )
        .await;
    let invitation = &answer["data"]["addMember"]["invitation"];
    assert_eq!(invitation["role"], "MEDIATOR", "{answer}");
    assert_eq!(invitation["status"], "PENDING");
    assert_eq!(invitation["email"], "olena@most.test");
    assert_eq!(invitation["organisation"]["name"], "Most");
    let id = invitation_id(&answer);

    // The account exists (with the first password) but belongs nowhere until she accepts.
    let olena = app.login("olena@most.test", PASSWORD).await;
    let me = app
        .graphql(
            Some(&olena.access_token),
            "{ me { actingRole user { preferredLocale } } }",
            json!({}),
        )
        .await;
    assert!(me["data"]["me"]["actingRole"].is_null(), "{me}");
    assert_eq!(me["data"]["me"]["user"]["preferredLocale"], "uk");
    let members = app
        .graphql(Some(&olena.access_token), MEMBERS, json!({ "id": most }))
        .await;
    assert_eq!(error_code(&members), Some("FORBIDDEN"), "{members}");

    let accepted = app.accept_invitation(&olena, &id).await;
    assert_eq!(
        accepted["data"]["acceptInvitation"]["membership"]["role"], "MEDIATOR",
        "{accepted}"
    );
    let olena = app.login("olena@most.test", PASSWORD).await;
    let me = app
        .graphql(
            Some(&olena.access_token),
            "{ me { actingRole } }",
            json!({}),
        )
        .await;
    assert_eq!(me["data"]["me"]["actingRole"], "MEDIATOR");
    let members = app
        .graphql(Some(&olena.access_token), MEMBERS, json!({ "id": most }))
        .await;
    assert_eq!(
        members["data"]["organisation"]["members"]["edges"][1]["node"]["user"]["email"],
        "olena@most.test",
        "{members}"
    );

    // Now a member: inviting her again is a conflict.
    let again = app.invite(&boss, &most, "olena@most.test", "STAFF").await;
    assert_eq!(error_code(&again), Some("CONFLICT"), "{again}");

    let short_password = app
        .graphql(
            Some(&boss.access_token),
            INVITE,
            json!({ "input": { "organisationId": most, "email": "new@most.test", "role": "STAFF",
                    "displayName": "New", "initialPassword": "short" } }),
        )
        .await;
    assert_eq!(error_field(&short_password), Some("initialPassword"));
    let bad_email = app
        .graphql(
            Some(&boss.access_token),
            INVITE,
            json!({ "input": { "organisationId": most, "email": "new@", "role": "STAFF",
                    "displayName": "New", "initialPassword": PASSWORD } }),
        )
        .await;
    assert_eq!(error_field(&bad_email), Some("email"));
    let refused = app.try_login("new@most.test", "short", None).await;
    assert_eq!(error_code(&refused), Some("UNAUTHENTICATED"));
}

#[tokio::test]
async fn members_are_visible_to_colleagues_only() {
    let Platform { app, admin } = TestApp::with_admin().await;
    let most = app.organisation(&admin, "NGO", "Most", "Ljubljana").await;
    let tkalnica = app.organisation(&admin, "CWCS", "Tkalnica", "Kranj").await;
    let colleague = app.member(&admin, &most, "nina@most.test", "STAFF").await;
    let outsider = app
        .member(&admin, &tkalnica, "luka@tkalnica.test", "ORG_ADMIN")
        .await;

    let seen = app
        .graphql(
            Some(&colleague.access_token),
            MEMBERS,
            json!({ "id": most }),
        )
        .await;
    assert_eq!(
        seen["data"]["organisation"]["members"]["edges"][0]["node"]["user"]["email"],
        "nina@most.test"
    );

    // An outsider still sees the public profile, but the member list is null with FORBIDDEN
    // on its path, and nothing of it leaks.
    for token in [Some(outsider.access_token.as_str()), None] {
        let answer = app.graphql(token, MEMBERS, json!({ "id": most })).await;
        assert_eq!(answer["data"]["organisation"]["name"], "Most");
        assert!(
            answer["data"]["organisation"]["members"].is_null(),
            "{answer}"
        );
        assert_eq!(
            answer["errors"][0]["path"],
            json!(["organisation", "members"])
        );
        let expected = if token.is_some() {
            "FORBIDDEN"
        } else {
            "UNAUTHENTICATED"
        };
        assert_eq!(error_code(&answer), Some(expected));
    }
}

#[tokio::test]
async fn roles_change_within_the_rules() {
    let Platform { app, admin } = TestApp::with_admin().await;
    let most = app.organisation(&admin, "NGO", "Most", "Ljubljana").await;
    let tkalnica = app.organisation(&admin, "CWCS", "Tkalnica", "Kranj").await;
    let boss = app
        .member(&admin, &most, "boss@most.test", "ORG_ADMIN")
        .await;
    let outsider = app
        .member(&admin, &tkalnica, "luka@tkalnica.test", "ORG_ADMIN")
        .await;
    let nina = app.member(&admin, &most, "nina@most.test", "STAFF").await;
    let id_of = |answer: serde_json::Value| {
        answer["data"]["me"]["user"]["id"]
            .as_str()
            .expect("id")
            .to_owned()
    };
    let nina_id = id_of(
        app.graphql(
            Some(&nina.access_token),
            "{ me { user { id } } }",
            json!({}),
        )
        .await,
    );
    let boss_id = id_of(
        app.graphql(
            Some(&boss.access_token),
            "{ me { user { id } } }",
            json!({}),
        )
        .await,
    );

    let promoted = app
        .graphql(Some(&boss.access_token), CHANGE, json!({ "input": { "organisationId": most, "userId": nina_id, "role": "CASE_MANAGER" } }))
        .await;
    assert_eq!(
        promoted["data"]["changeMemberRole"]["membership"]["role"],
        "CASE_MANAGER"
    );
    // The new role applies to Nina's existing token at once.
    let me = app
        .graphql(Some(&nina.access_token), "{ me { actingRole } }", json!({}))
        .await;
    assert_eq!(me["data"]["me"]["actingRole"], "CASE_MANAGER");

    let outside = app
        .graphql(
            Some(&outsider.access_token),
            CHANGE,
            json!({ "input": { "organisationId": most, "userId": nina_id, "role": "ORG_ADMIN" } }),
        )
        .await;
    assert_eq!(error_code(&outside), Some("FORBIDDEN"));
    let self_demotion = app
        .graphql(
            Some(&boss.access_token),
            CHANGE,
            json!({ "input": { "organisationId": most, "userId": boss_id, "role": "STAFF" } }),
        )
        .await;
    assert_eq!(error_code(&self_demotion), Some("FORBIDDEN"));
    let me = app
        .graphql(Some(&nina.access_token), "{ me { actingRole } }", json!({}))
        .await;
    assert_eq!(me["data"]["me"]["actingRole"], "CASE_MANAGER");
}

#[tokio::test]
async fn an_org_admin_cannot_deactivate_someone_who_also_works_elsewhere() {
    let Platform { app, admin } = TestApp::with_admin().await;
    let most = app.organisation(&admin, "NGO", "Most", "Ljubljana").await;
    let tkalnica = app.organisation(&admin, "CWCS", "Tkalnica", "Kranj").await;
    let boss = app
        .member(&admin, &most, "boss@most.test", "ORG_ADMIN")
        .await;
    let nina = app.member(&admin, &most, "nina@most.test", "STAFF").await;
    let invited = app
        .invite(&admin, &tkalnica, "nina@most.test", "MENTOR")
        .await;
    app.accept_invitation(&nina, &invitation_id(&invited)).await;
    let nina_id = app
        .graphql(
            Some(&nina.access_token),
            "{ me { user { id } } }",
            json!({}),
        )
        .await["data"]["me"]["user"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let answer = app
        .graphql(
            Some(&boss.access_token),
            "mutation($input: SetUserActiveInput!) { deactivateUser(input: $input) { user { active } } }",
            json!({ "input": { "userId": nina_id } }),
        )
        .await;
    assert_eq!(error_code(&answer), Some("FORBIDDEN"));
    let me = app
        .graphql(Some(&nina.access_token), "{ me { actingRole } }", json!({}))
        .await;
    assert_eq!(me["data"]["me"]["actingRole"], "STAFF");
}

#[tokio::test]
async fn an_org_admin_cannot_capture_or_deactivate_a_platform_account() {
    let Platform { app, admin } = TestApp::with_admin().await;
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
async fn org_admins_search_their_members_ignoring_case_and_diacritics() {
    let OneOrganisation {
        app,
        admin,
        organisation: ngo,
        member: boss,
    } = TestApp::with_member(DRUSTVO_MOST, "boss@most.test", "ORG_ADMIN").await;
    seed_member(&app, &ngo, "ana.saric@most.test", "Ana Šarić").await;
    seed_member(&app, &ngo, "marko@most.test", "Marko Novak").await;
    let elsewhere = app.organisation(&admin, "NGO", "Druga", "Kranj").await;
    seed_member(&app, &elsewhere, "saric.other@druga.test", "Ivo Šarić").await;
    let other_admin = app
        .member(&admin, &elsewhere, "boss@druga.test", "ORG_ADMIN")
        .await;

    let search = |session: &Session, text: &str| {
        let app = &app;
        let token = session.access_token.clone();
        let org = ngo.clone();
        let text = text.to_owned();
        async move {
            app.graphql(
                Some(&token),
                "query($id: ID!, $search: String) { organisation(id: $id) { members(first: 10, search: $search) { edges { node { role user { email displayName } } } } } }",
                json!({ "id": org, "search": text }),
            )
            .await
        }
    };
    let emails = |answer: &Value| -> Vec<String> {
        answer["data"]["organisation"]["members"]["edges"]
            .as_array()
            .unwrap_or_else(|| panic!("{answer}"))
            .iter()
            .filter_map(|e| e["node"]["user"]["email"].as_str().map(str::to_owned))
            .collect()
    };
    for typed in ["saric", "ŠARIĆ", "šar"] {
        assert_eq!(
            emails(&search(&boss, typed).await),
            ["ana.saric@most.test"],
            "{typed}"
        );
    }
    assert_eq!(emails(&search(&boss, "NOVAK").await), ["marko@most.test"]);
    assert_eq!(emails(&search(&boss, "@most.test").await).len(), 3);
    assert!(emails(&search(&boss, "Ivo").await).is_empty());

    let blank = search(&boss, "   ").await;
    assert_eq!(error_code(&blank), Some("VALIDATION"), "{blank}");
    assert_eq!(error_field(&blank), Some("search"), "{blank}");
    let foreign = search(&other_admin, "saric").await;
    assert_eq!(error_code(&foreign), Some("FORBIDDEN"), "{foreign}");
    assert_eq!(foreign["data"]["organisation"]["members"], Value::Null);
}

/// Opens an account with a display name and makes it a staff member, outside the API.
async fn seed_member(app: &TestApp, organisation: &str, email: &str, name: &str) {
    let user = skupaj_domain::user::NewUser::parse(email, name, "sl").expect("a user");
    let password =
        skupaj_domain::password::NewPassword::parse("password", PASSWORD).expect("a password");
    skupaj_api::accounts::ensure_member(
        &app.db,
        &user,
        &password,
        uuid::Uuid::parse_str(organisation).expect("an id"),
        "STAFF".parse().expect("a role"),
    )
    .await
    .expect("seed a member");
}

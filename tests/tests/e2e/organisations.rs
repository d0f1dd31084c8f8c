//! Creating and editing organisations: who may, and what bad input gets.

use serde_json::{Value, json};
use skupaj_tests::{Session, TestApp, error_code, error_field};

const UPDATE: &str = "mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { organisation { name description contactEmail workingLanguages } } }";
const CREATE: &str = "mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id name } } }";
const ONE: &str = "query($id: ID!) { organisation(id: $id) { name description contactEmail workingLanguages updatedAt } }";

async fn snapshot(app: &TestApp, id: &str) -> Value {
    app.graphql(None, ONE, json!({ "id": id })).await["data"]["organisation"].clone()
}

async fn count(app: &TestApp) -> usize {
    let answer = app
        .graphql(
            None,
            "{ organisations(first: 100) { edges { cursor } } }",
            json!({}),
        )
        .await;
    answer["data"]["organisations"]["edges"]
        .as_array()
        .map_or(0, Vec::len)
}

struct World {
    app: TestApp,
    platform_admin: Session,
    own: String,
    other: String,
    org_admin: Session,
    staff: Session,
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let platform_admin = app.platform_admin().await;
    let own = app
        .organisation(&platform_admin, "NGO", "Most", "Ljubljana")
        .await;
    let other = app
        .organisation(&platform_admin, "CWCS", "Tkalnica", "Kranj")
        .await;
    let org_admin = app
        .member(&platform_admin, &own, "boss@most.test", "ORG_ADMIN")
        .await;
    let staff = app
        .member(&platform_admin, &own, "nina@most.test", "STAFF")
        .await;
    World {
        app,
        platform_admin,
        own,
        other,
        org_admin,
        staff,
    }
}

#[tokio::test]
async fn an_org_admin_edits_their_own_organisation() {
    let w = world().await;
    let answer = w
        .app
        .graphql(
            Some(&w.org_admin.access_token),
            UPDATE,
            json!({ "input": { "id": w.own, "description": "Language cafés and legal aid.", "workingLanguages": ["sl", "uk"] } }),
        )
        .await;
    let organisation = &answer["data"]["updateOrganisation"]["organisation"];
    assert_eq!(organisation["name"], "Most", "{answer}");
    assert_eq!(organisation["description"], "Language cafés and legal aid.");
    assert_eq!(organisation["workingLanguages"], json!(["sl", "uk"]));

    // null clears an optional field; leaving it out keeps it.
    let cleared = w
        .app
        .graphql(
            Some(&w.org_admin.access_token),
            UPDATE,
            json!({ "input": { "id": w.own, "description": null } }),
        )
        .await;
    let organisation = &cleared["data"]["updateOrganisation"]["organisation"];
    assert!(organisation["description"].is_null(), "{cleared}");
    assert_eq!(organisation["workingLanguages"], json!(["sl", "uk"]));
}

#[tokio::test]
async fn editing_someone_elses_organisation_is_forbidden_and_changes_nothing() {
    let w = world().await;
    let before = snapshot(&w.app, &w.other).await;
    for (who, session) in [("org admin of another", &w.org_admin), ("staff", &w.staff)] {
        let target = if who == "staff" { &w.own } else { &w.other };
        let before_target = snapshot(&w.app, target).await;
        let answer = w
            .app
            .graphql(
                Some(&session.access_token),
                UPDATE,
                json!({ "input": { "id": target, "name": "Taken over" } }),
            )
            .await;
        assert_eq!(error_code(&answer), Some("FORBIDDEN"), "{who}: {answer}");
        assert!(answer["data"].is_null(), "{who}");
        assert_eq!(snapshot(&w.app, target).await, before_target, "{who}");
    }
    assert_eq!(snapshot(&w.app, &w.other).await, before);

    let anonymous = w
        .app
        .graphql(
            None,
            UPDATE,
            json!({ "input": { "id": w.other, "name": "Taken over" } }),
        )
        .await;
    assert_eq!(error_code(&anonymous), Some("UNAUTHENTICATED"));
    assert_eq!(snapshot(&w.app, &w.other).await, before);
}

#[tokio::test]
async fn only_platform_admins_create_organisations() {
    let w = world().await;
    let before = count(&w.app).await;
    let input = json!({ "input": { "kind": "NGO", "name": "New", "municipality": "Koper", "sector": "PRIVATE" } });
    let refused = w
        .app
        .graphql(Some(&w.org_admin.access_token), CREATE, input.clone())
        .await;
    assert_eq!(error_code(&refused), Some("FORBIDDEN"));
    assert_eq!(count(&w.app).await, before);
    let created = w
        .app
        .graphql(Some(&w.platform_admin.access_token), CREATE, input)
        .await;
    assert_eq!(
        created["data"]["createOrganisation"]["organisation"]["name"],
        "New"
    );
    assert_eq!(count(&w.app).await, before + 1);
}

#[tokio::test]
async fn bad_input_names_the_field_and_changes_nothing() {
    let w = world().await;
    let before = snapshot(&w.app, &w.own).await;
    let cases = [
        (json!({ "contactEmail": "not an address" }), "contactEmail"),
        (
            json!({ "workingLanguages": ["sl", "xx"] }),
            "workingLanguages[1]",
        ),
        (json!({ "name": "   " }), "name"),
        (json!({ "name": "x".repeat(201) }), "name"),
        (json!({ "latitude": 120.0, "longitude": 14.0 }), "latitude"),
        (json!({ "cwcs": { "spaceTypes": ["FAB_LAB"] } }), "cwcs"),
    ];
    for (change, field) in cases {
        let mut input = change.clone();
        input["id"] = json!(w.own);
        let answer = w
            .app
            .graphql(
                Some(&w.org_admin.access_token),
                UPDATE,
                json!({ "input": input }),
            )
            .await;
        assert_eq!(
            error_code(&answer),
            Some("VALIDATION"),
            "{change}: {answer}"
        );
        assert_eq!(error_field(&answer), Some(field), "{change}: {answer}");
        assert_eq!(snapshot(&w.app, &w.own).await, before, "{change}");
    }

    let orgs_before = count(&w.app).await;
    let bad_create = [
        (
            json!({ "kind": "NGO", "name": "", "municipality": "Koper", "sector": "PRIVATE" }),
            "name",
        ),
        (
            json!({ "kind": "NGO", "name": "A", "municipality": "Koper", "sector": "PRIVATE", "contactEmail": "a@" }),
            "contactEmail",
        ),
        (
            json!({ "kind": "NGO", "name": "A", "municipality": "Koper", "sector": "PRIVATE", "workingLanguages": ["english"] }),
            "workingLanguages[0]",
        ),
    ];
    for (input, field) in bad_create {
        let answer = w
            .app
            .graphql(
                Some(&w.platform_admin.access_token),
                CREATE,
                json!({ "input": input }),
            )
            .await;
        assert_eq!(error_field(&answer), Some(field), "{answer}");
    }
    assert_eq!(count(&w.app).await, orgs_before);
}

#[tokio::test]
async fn editing_an_unknown_organisation_is_not_found() {
    let w = world().await;
    let answer = w
        .app
        .graphql(
            Some(&w.platform_admin.access_token),
            UPDATE,
            json!({ "input": { "id": uuid::Uuid::now_v7(), "name": "Ghost" } }),
        )
        .await;
    assert_eq!(error_code(&answer), Some("NOT_FOUND"));
}

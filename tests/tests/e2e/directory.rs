//! The public organisation directory: filters, pages, look-ups, without signing in.

use serde_json::{Value, json};
use skupaj_tests::fixtures::Platform;
use skupaj_tests::{Session, TestApp, error_code, error_field};

const LIST: &str = r#"query($filter: OrganisationFilterInput, $first: Int, $after: String, $order: OrganisationOrder) {
  organisations(filter: $filter, first: $first, after: $after, orderBy: $order) {
    edges { cursor node { id name kind municipality region workingLanguages cwcs { spaceTypes offerings setting } } }
    pageInfo { hasNextPage endCursor }
  }
}"#;

async fn create(app: &TestApp, admin: &Session, input: Value) -> String {
    let answer = app
        .graphql(
            Some(&admin.access_token),
            "mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }",
            json!({ "input": input }),
        )
        .await;
    answer["data"]["createOrganisation"]["organisation"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{answer}"))
        .to_owned()
}

async fn names(app: &TestApp, filter: Value) -> Vec<String> {
    let answer = app
        .graphql(None, LIST, json!({ "filter": filter, "first": 100 }))
        .await;
    let edges = answer["data"]["organisations"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"));
    edges
        .iter()
        .map(|edge| edge["node"]["name"].as_str().expect("name").to_owned())
        .collect()
}

async fn seed(app: &TestApp) {
    let admin = app.platform_admin().await;
    create(app, &admin, json!({
        "kind": "CWCS", "name": "Obalni FabLab", "municipality": "Koper", "region": "Obalno-kraška",
        "sector": "PRIVATE", "workingLanguages": ["sl", "it"],
        "cwcs": { "spaceTypes": ["FAB_LAB", "MAKER_SPACE"], "setting": "URBAN", "offerings": ["WORKSHOPS", "CHILDCARE"] }
    })).await;
    create(app, &admin, json!({
        "kind": "CWCS", "name": "Inkubator Vipava", "municipality": "Ajdovščina", "region": "Goriška",
        "sector": "PUBLIC", "workingLanguages": ["sl", "en"],
        "cwcs": { "spaceTypes": ["INCUBATOR"], "setting": "NON_URBAN", "offerings": ["MENTORSHIP"] }
    })).await;
    create(app, &admin, json!({
        "kind": "NGO", "name": "Društvo Most", "municipality": "Ljubljana", "region": "Osrednjeslovenska",
        "sector": "PRIVATE", "workingLanguages": ["sl", "uk", "ar"]
    })).await;
    create(app, &admin, json!({
        "kind": "MUNICIPALITY", "name": "Urad Koper", "municipality": "Koper", "region": "Obalno-kraška",
        "sector": "PUBLIC", "workingLanguages": ["sl", "it"]
    })).await;
}

#[tokio::test]
async fn the_directory_is_public_and_each_filter_narrows_it() {
    let app = TestApp::spawn().await;
    seed(&app).await;

    let all = names(&app, json!({})).await;
    assert_eq!(
        all,
        [
            "Društvo Most",
            "Inkubator Vipava",
            "Obalni FabLab",
            "Urad Koper"
        ]
    );

    let cases = [
        (
            json!({ "kinds": ["CWCS"] }),
            vec!["Inkubator Vipava", "Obalni FabLab"],
        ),
        (
            json!({ "kinds": ["NGO", "MUNICIPALITY"] }),
            vec!["Društvo Most", "Urad Koper"],
        ),
        (
            json!({ "municipality": "Koper" }),
            vec!["Obalni FabLab", "Urad Koper"],
        ),
        (json!({ "region": "Goriška" }), vec!["Inkubator Vipava"]),
        (json!({ "spaceType": "FAB_LAB" }), vec!["Obalni FabLab"]),
        (
            json!({ "offering": "MENTORSHIP" }),
            vec!["Inkubator Vipava"],
        ),
        (json!({ "language": "uk" }), vec!["Društvo Most"]),
        (
            json!({ "language": "IT", "kinds": ["MUNICIPALITY"] }),
            vec!["Urad Koper"],
        ),
        (json!({ "municipality": "Maribor" }), vec![]),
    ];
    for (filter, expected) in cases {
        assert_eq!(names(&app, filter.clone()).await, expected, "{filter}");
    }
}

#[tokio::test]
async fn the_cwcs_profile_comes_back_as_it_was_given() {
    let app = TestApp::spawn().await;
    seed(&app).await;
    let answer = app
        .graphql(None, LIST, json!({ "filter": { "spaceType": "FAB_LAB" } }))
        .await;
    let node = &answer["data"]["organisations"]["edges"][0]["node"];
    assert_eq!(
        node["cwcs"]["spaceTypes"],
        json!(["FAB_LAB", "MAKER_SPACE"])
    );
    assert_eq!(node["cwcs"]["offerings"], json!(["WORKSHOPS", "CHILDCARE"]));
    assert_eq!(node["cwcs"]["setting"], "URBAN");
    assert_eq!(node["workingLanguages"], json!(["sl", "it"]));
    let ngo = app
        .graphql(None, LIST, json!({ "filter": { "kinds": ["NGO"] } }))
        .await;
    assert!(ngo["data"]["organisations"]["edges"][0]["node"]["cwcs"].is_null());
}

#[tokio::test]
async fn pages_cover_the_list_once_in_either_order() {
    let Platform { app, admin } = TestApp::with_admin().await;
    // Equal names exercise the tie-break on id.
    for i in 0..7 {
        let name = if i % 2 == 0 {
            "Same name".to_owned()
        } else {
            format!("Space {i}")
        };
        create(
            &app,
            &admin,
            json!({ "kind": "CWCS", "name": name, "municipality": "Kranj", "sector": "PRIVATE" }),
        )
        .await;
    }
    for order in ["NAME", "CREATED_AT"] {
        let mut seen = Vec::new();
        let mut after: Option<String> = None;
        loop {
            let answer = app
                .graphql(
                    None,
                    LIST,
                    json!({ "first": 3, "after": after, "order": order }),
                )
                .await;
            let connection = &answer["data"]["organisations"];
            for edge in connection["edges"]
                .as_array()
                .unwrap_or_else(|| panic!("{answer}"))
            {
                seen.push(edge["node"]["id"].as_str().expect("id").to_owned());
            }
            if connection["pageInfo"]["hasNextPage"] != true {
                break;
            }
            after = connection["pageInfo"]["endCursor"]
                .as_str()
                .map(str::to_owned);
        }
        let mut unique = seen.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(seen.len(), 7, "{order}");
        assert_eq!(unique.len(), 7, "{order}: a row appeared twice");
    }
}

#[tokio::test]
async fn page_size_and_cursor_are_checked() {
    let app = TestApp::spawn().await;
    let too_many = app.graphql(None, LIST, json!({ "first": 101 })).await;
    assert_eq!(error_code(&too_many), Some("VALIDATION"));
    assert_eq!(error_field(&too_many), Some("first"));
    let bad_cursor = app.graphql(None, LIST, json!({ "after": "bm9wZQ" })).await;
    assert_eq!(error_code(&bad_cursor), Some("VALIDATION"));
    assert_eq!(error_field(&bad_cursor), Some("after"));
    let bad_language = app
        .graphql(None, LIST, json!({ "filter": { "language": "klingon" } }))
        .await;
    assert_eq!(error_field(&bad_language), Some("filter.language"));
    let bad_kind = app
        .graphql(None, LIST, json!({ "filter": { "kinds": ["BANK"] } }))
        .await;
    assert_eq!(error_code(&bad_kind), Some("VALIDATION"));
}

#[tokio::test]
async fn one_organisation_by_id() {
    let Platform { app, admin } = TestApp::with_admin().await;
    let id = create(
        &app,
        &admin,
        json!({ "kind": "NGO", "name": "Most", "municipality": "Ljubljana", "sector": "PRIVATE" }),
    )
    .await;
    const ONE: &str = "query($id: ID!) { organisation(id: $id) { name kind sector } }";
    let found = app.graphql(None, ONE, json!({ "id": id })).await;
    assert_eq!(found["data"]["organisation"]["name"], "Most");
    let missing = app
        .graphql(None, ONE, json!({ "id": uuid::Uuid::now_v7() }))
        .await;
    assert_eq!(error_code(&missing), Some("NOT_FOUND"));
    let malformed = app.graphql(None, ONE, json!({ "id": "42" })).await;
    assert_eq!(error_code(&malformed), Some("VALIDATION"));
    assert_eq!(error_field(&malformed), Some("id"));
}

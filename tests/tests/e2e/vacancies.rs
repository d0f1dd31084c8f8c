//! Vacancies: posted by employers, read by signed-in users with filters.

use serde_json::json;
use skupaj_tests::{TestApp, error_code, error_field, gql};

#[tokio::test]
async fn vacancies_are_posted_by_employers_and_read_by_signed_in_users() {
    let c = TestApp::with_referral_case().await;
    let company = c
        .app
        .organisation(&c.admin, "COMPANY", "Ladjedelnica", "Koper")
        .await;
    let employer = c
        .app
        .member(&c.admin, &company, "hr@ladjedelnica.test", "STAFF")
        .await;
    const POST: &str = "mutation($input: PostVacancyInput!) { postVacancy(input: $input) { vacancy { id occupation openings } } }";
    let input = json!({ "occupation": "Welder", "skills": ["Welding"], "minLanguage": { "language": "sl", "level": "A2" }, "municipality": "Koper", "openings": 3, "validUntil": "2099-12-31" });
    let posted = gql(&c.app, &employer, POST, json!({ "input": input })).await;
    assert_eq!(
        posted["data"]["postVacancy"]["vacancy"]["occupation"], "welder",
        "{posted}"
    );
    let ngo = gql(&c.app, &c.case_manager, POST, json!({ "input": input })).await;
    assert_eq!(error_code(&ngo), Some("FORBIDDEN"));
    let mut bad = input.clone();
    bad["openings"] = json!(0);
    assert_eq!(
        error_field(&gql(&c.app, &employer, POST, json!({ "input": bad })).await),
        Some("openings")
    );

    const LIST: &str = "query($filter: VacancyFilterInput) { vacancies(filter: $filter) { edges { node { occupation skills organisation { name } } } } }";
    let seen = gql(
        &c.app,
        &c.case_manager,
        LIST,
        json!({ "filter": { "skill": "welding", "municipality": "Koper" } }),
    )
    .await;
    assert_eq!(
        seen["data"]["vacancies"]["edges"][0]["node"]["organisation"]["name"], "Ladjedelnica",
        "{seen}"
    );
    let none = gql(
        &c.app,
        &c.case_manager,
        LIST,
        json!({ "filter": { "occupation": "baker" } }),
    )
    .await;
    assert_eq!(none["data"]["vacancies"]["edges"], json!([]));
    let anonymous = c.app.graphql(None, LIST, json!({})).await;
    assert_eq!(error_code(&anonymous), Some("UNAUTHENTICATED"));
}

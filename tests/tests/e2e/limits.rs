//! The transport conventions: limits refused before any resolver runs, GET never mutates, JSON
//! only with a size limit, syntax errors with a code and never the query echoed, and the health
//! probes.

use serde_json::json;
use skupaj_tests::fixtures::Platform;
use skupaj_tests::{TestApp, error_code};

const RENAME: &str = r#"renameIt: updateOrganisation(input: { id: $id, name: "Renamed" }) { organisation { name } }"#;

async fn name_of(app: &TestApp, id: &str) -> String {
    app.graphql(
        None,
        "query($id: ID!) { organisation(id: $id) { name } }",
        json!({ "id": id }),
    )
    .await["data"]["organisation"]["name"]
        .as_str()
        .expect("name")
        .to_owned()
}

#[tokio::test]
async fn a_depth_bomb_is_refused_before_any_resolver_runs() {
    let Platform { app, admin } = TestApp::with_admin().await;
    let id = app.organisation(&admin, "NGO", "Most", "Ljubljana").await;
    // The mutation would rename the organisation if it ran; the nesting is far too deep.
    let mut selection = "id".to_owned();
    for _ in 0..10 {
        selection = format!(
            "members(first: 1) {{ edges {{ node {{ organisation {{ {selection} }} }} }} }}"
        );
    }
    let query = format!(
        r#"mutation($id: ID!) {{ updateOrganisation(input: {{ id: $id, name: "Renamed" }}) {{ organisation {{ {selection} }} }} }}"#
    );
    let answer = app
        .graphql(Some(&admin.access_token), &query, json!({ "id": id }))
        .await;
    assert_eq!(error_code(&answer), Some("VALIDATION"), "{answer}");
    assert!(answer["data"].is_null());
    assert_eq!(name_of(&app, &id).await, "Most");
}

#[tokio::test]
async fn five_hundred_aliases_are_refused_before_any_resolver_runs() {
    let Platform { app, admin } = TestApp::with_admin().await;
    let id = app.organisation(&admin, "NGO", "Most", "Ljubljana").await;
    let aliases: String = (0..500)
        .map(|i| RENAME.replace("renameIt", &format!("r{i}")))
        .collect::<Vec<_>>()
        .join(" ");
    let query = format!("mutation($id: ID!) {{ {aliases} }}");
    let answer = app
        .graphql(Some(&admin.access_token), &query, json!({ "id": id }))
        .await;
    assert_eq!(error_code(&answer), Some("VALIDATION"), "{answer}");
    assert!(answer["data"].is_null());
    assert_eq!(name_of(&app, &id).await, "Most");

    // The same shape with few aliases is fine: the limit is what refused it.
    let few = format!("mutation($id: ID!) {{ {} }}", RENAME);
    let answer = app
        .graphql(Some(&admin.access_token), &few, json!({ "id": id }))
        .await;
    assert_eq!(
        answer["data"]["renameIt"]["organisation"]["name"], "Renamed",
        "{answer}"
    );
}

#[tokio::test]
async fn a_mutation_sent_by_get_is_refused_and_changes_nothing() {
    let Platform { app, admin } = TestApp::with_admin().await;
    let id = app.organisation(&admin, "NGO", "Most", "Ljubljana").await;
    let query = format!("mutation($id: ID!) {{ {RENAME} }}");
    let (status, body) = app
        .get_graphql(Some(&admin.access_token), &query, json!({ "id": id }))
        .await;
    assert_eq!(status, 405);
    assert_eq!(error_code(&body), Some("VALIDATION"));
    assert_eq!(name_of(&app, &id).await, "Most");

    // A query by GET works.
    let (_, body) = app
        .get_graphql(
            None,
            "{ organisations(first: 1) { edges { node { name } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        body["data"]["organisations"]["edges"][0]["node"]["name"],
        "Most"
    );
}

#[tokio::test]
async fn only_json_bodies_of_bounded_size_are_accepted() {
    let app = TestApp::spawn().await;
    let url = format!("{}/graphql", app.address);
    let form = app
        .client()
        .post(&url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("query=%7B__typename%7D")
        .send()
        .await
        .expect("send");
    assert_eq!(form.status(), 415);
    let body: serde_json::Value = form.json().await.expect("json");
    assert_eq!(error_code(&body), Some("VALIDATION"));

    let huge = format!(
        "{{ organisations(first: 1) {{ edges {{ cursor }} }} }} #{}",
        "x".repeat(70_000)
    );
    let oversized = app
        .client()
        .post(&url)
        .json(&json!({ "query": huge }))
        .send()
        .await
        .expect("send");
    assert_eq!(oversized.status(), 413);

    let garbage = app
        .client()
        .post(&url)
        .header("content-type", "application/json")
        .body("{ not json")
        .send()
        .await
        .expect("send");
    assert_eq!(garbage.status(), 400);
}

#[tokio::test]
async fn a_syntax_error_carries_a_code_from_the_closed_list() {
    let app = TestApp::spawn().await;
    let answer = app
        .graphql(None, "{ organisations(first: ", json!({}))
        .await;
    assert_eq!(error_code(&answer), Some("VALIDATION"));
    let unknown = app
        .graphql(None, "{ participantsOfEveryone }", json!({}))
        .await;
    assert_eq!(error_code(&unknown), Some("VALIDATION"));
}

#[tokio::test]
async fn health_and_readiness() {
    let app = TestApp::spawn().await;
    for path in ["/healthz", "/readyz"] {
        let response = app
            .client()
            .get(format!("{}{path}", app.address))
            .send()
            .await
            .expect("send");
        assert_eq!(response.status(), 200, "{path}");
    }
    let graphiql = app
        .client()
        .get(format!("{}/graphiql", app.address))
        .send()
        .await
        .expect("send");
    assert_eq!(graphiql.status(), 200);
}

#[tokio::test]
async fn metrics_count_requests_and_errors_by_code() {
    let app = TestApp::spawn().await;
    app.graphql(
        None,
        "{ organisations(first: 1) { edges { cursor } } }",
        json!({}),
    )
    .await;
    app.graphql(None, "{ me { actingRole } }", json!({})).await;
    let text = app
        .client()
        .get(format!("{}/metrics", app.address))
        .send()
        .await
        .expect("send")
        .text()
        .await
        .expect("text");
    assert!(
        text.contains("skupaj_graphql_requests_total{method=\"POST\"} 2"),
        "{text}"
    );
    assert!(
        text.contains("skupaj_graphql_errors_total{code=\"UNAUTHENTICATED\"} 1"),
        "{text}"
    );
    assert!(text.contains("skupaj_referrals_expired_total 0"), "{text}");
}

#[tokio::test]
async fn browsers_may_call_from_allowed_origins_only() {
    let app = TestApp::spawn_with(|settings| {
        settings.cors_allowed_origins = vec!["https://app.skupaj.example".to_owned()];
    })
    .await;
    let preflight = |origin: &'static str| {
        app.client()
            .request(reqwest::Method::OPTIONS, format!("{}/graphql", app.address))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header(
                "access-control-request-headers",
                "content-type, authorization",
            )
            .send()
    };
    for allowed in ["https://app.skupaj.example", "http://localhost:5173"] {
        let response = preflight(allowed).await.expect("send");
        assert_eq!(
            response
                .headers()
                .get("access-control-allow-origin")
                .and_then(|v| v.to_str().ok()),
            Some(allowed),
            "{allowed}"
        );
    }
    let refused = preflight("https://elsewhere.example").await.expect("send");
    assert!(
        refused
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
}

/// `query { ...F<n> }` where each fragment selects `__typename` and spreads the previous one
/// twice: about a kilobyte and a half at n = 24, and 2^(n+1) fields once expanded.
pub fn fan_out(operation: &str, root: &str, n: usize) -> String {
    let mut query =
        format!("{operation} {{ ...F{n} }} fragment F0 on {root} {{ __typename a: __typename }}");
    for i in 1..=n {
        query.push_str(&format!(
            " fragment F{i} on {root} {{ ...F{} x{i}: __typename ...F{} }}",
            i - 1,
            i - 1
        ));
    }
    query
}

/// POSTs a query anonymously and returns the answer and how long it took; gives up after 10 s.
async fn timed(app: &TestApp, query: &str) -> (serde_json::Value, std::time::Duration) {
    let started = std::time::Instant::now();
    let response = app
        .client()
        .post(format!("{}/graphql", app.address))
        .json(&json!({ "query": query }))
        .timeout(std::time::Duration::from_secs(10))
        .send()
        .await
        .expect("an answer within 10 s");
    let answer = response.json().await.expect("json");
    (answer, started.elapsed())
}

#[tokio::test]
async fn a_fragment_fan_out_is_refused_at_once_while_others_are_served() {
    let app = TestApp::spawn().await;
    for n in 16..=24 {
        let query = fan_out("query", "QueryRoot", n);
        let (answer, took) = timed(&app, &query).await;
        eprintln!(
            "fan-out 2^{n} ({} bytes): refused in {:.1} ms",
            query.len(),
            took.as_secs_f64() * 1000.0
        );
        assert_eq!(error_code(&answer), Some("VALIDATION"), "{answer}");
        assert!(answer["data"].is_null(), "{answer}");
        assert!(
            took < std::time::Duration::from_secs(2),
            "2^{n} took {took:?}"
        );
    }
    // Two bombs at once (as many as the test server has workers) and a cheap query meanwhile.
    let bomb = fan_out("query", "QueryRoot", 24);
    let ((first, _), (second, _), (cheap, took)) = tokio::join!(
        timed(&app, &bomb),
        timed(&app, &bomb),
        timed(&app, "{ __typename }")
    );
    assert_eq!(error_code(&first), Some("VALIDATION"), "{first}");
    assert_eq!(error_code(&second), Some("VALIDATION"), "{second}");
    assert_eq!(cheap["data"]["__typename"], "QueryRoot", "{cheap}");
    eprintln!(
        "a cheap query beside two bombs: {:.1} ms",
        took.as_secs_f64() * 1000.0
    );
    assert!(took < std::time::Duration::from_secs(2), "{took:?}");
    // A small fan-out is an ordinary query.
    let (answer, _) = timed(&app, &fan_out("query", "QueryRoot", 3)).await;
    assert!(answer["errors"].is_null(), "{answer}");
}

#[tokio::test]
async fn typename_counts_and_directives_are_counted_per_document() {
    let app = TestApp::spawn().await;
    let aliases = |count: usize, suffix: &str| {
        let fields: Vec<String> = (0..count)
            .map(|i| format!("t{i}: __typename{suffix}"))
            .collect();
        format!("{{ {} }}", fields.join(" "))
    };
    let answer = app.graphql(None, &aliases(401, ""), json!({})).await;
    assert_eq!(error_code(&answer), Some("VALIDATION"), "{answer}");
    assert!(answer["data"].is_null(), "{answer}");
    let answer = app.graphql(None, &aliases(400, ""), json!({})).await;
    assert!(answer["errors"].is_null(), "{answer}");

    // One directive on each of 21 fields: 21 in the document, one more than allowed.
    let answer = app
        .graphql(None, &aliases(21, " @include(if: true)"), json!({}))
        .await;
    assert_eq!(error_code(&answer), Some("VALIDATION"), "{answer}");
    assert!(answer["data"].is_null(), "{answer}");
    let answer = app
        .graphql(None, &aliases(20, " @include(if: true)"), json!({}))
        .await;
    assert!(answer["errors"].is_null(), "{answer}");
}

#[tokio::test]
async fn a_fragment_cycle_is_refused() {
    let app = TestApp::spawn().await;
    let answer = app
        .graphql(
            None,
            "{ ...A } fragment A on QueryRoot { __typename ...B } fragment B on QueryRoot { ...A }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&answer), Some("VALIDATION"), "{answer}");
    assert!(answer["data"].is_null(), "{answer}");
}

#[tokio::test]
async fn a_syntax_error_names_the_position_without_echoing_the_query() {
    let app = TestApp::spawn().await;
    let secret = "P-LEAK-9Z7Q";
    let query = format!("{{ participant(id: \"{secret}\") {{ givenName familyName email }}");
    let answer = app.graphql(None, &query, json!({})).await;
    assert_eq!(error_code(&answer), Some("VALIDATION"), "{answer}");
    let message = answer["errors"][0]["message"].as_str().unwrap_or_default();
    assert!(message.starts_with("syntax error at 1:"), "{answer}");
    assert!(message.len() < 200, "{answer}");
    assert!(!answer.to_string().contains(secret), "{answer}");
    assert!(answer["errors"][0]["locations"][0]["line"] == 1, "{answer}");
}

//! Production turns off GraphiQL, introspection and suggestions.

use serde_json::json;
use skupaj_api::settings::Environment;
use skupaj_tests::{TestApp, error_code};

#[tokio::test]
async fn production_hides_graphiql_introspection_and_suggestions() {
    let app = TestApp::spawn_with(|settings| {
        settings.environment = Environment::Production;
        // Production needs an SMTP server; this test sends no e-mail, so a closed port will do.
        settings.smtp_url = Some(
            format!(
                "smtp://127.0.0.1:{}",
                skupaj_tests::smtp::SmtpServer::closed_port()
            )
            .into(),
        );
    })
    .await;

    let graphiql = app
        .client()
        .get(format!("{}/graphiql", app.address))
        .send()
        .await
        .expect("send");
    assert_eq!(graphiql.status(), 404);

    let introspection = app
        .graphql(None, "{ __schema { types { name } } }", json!({}))
        .await;
    // async-graphql answers a disabled introspection with `__schema: null`.
    assert!(
        introspection["data"]["__schema"].is_null(),
        "{introspection}"
    );
    assert!(
        !introspection.to_string().contains("Organisation"),
        "{introspection}"
    );

    let typo = app
        .graphql(None, "{ organisation { nam } }", json!({}))
        .await;
    assert_eq!(error_code(&typo), Some("VALIDATION"));
    assert!(!typo.to_string().contains("Did you mean"), "{typo}");

    // The public directory still works.
    let directory = app
        .graphql(
            None,
            "{ organisations(first: 1) { edges { cursor } } }",
            json!({}),
        )
        .await;
    assert!(directory["errors"].is_null(), "{directory}");

    let development = TestApp::spawn().await;
    let typo = development
        .graphql(None, "{ organisations { nodes { nam } } }", json!({}))
        .await;
    assert!(
        typo.to_string().contains("Did you mean"),
        "suggestions are on in development: {typo}"
    );
}

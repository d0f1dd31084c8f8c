//! Standard tools can read the schema: the introspection queries of graphql-js (and so of
//! GraphQL Code Generator, Apollo, gql and GraphiQL) are answered in full, the SDL is served at
//! `/schema.graphql`, and GraphiQL works without internet access. None of it in production.

use std::collections::BTreeSet;

use serde_json::{Value, json};
use skupaj_api::settings::Environment;
use skupaj_tests::{TestApp, error_code};

/// What graphql-js 16.11's `getIntrospectionQuery({ descriptions: true, specifiedByUrl: true,
/// directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true })`
/// returns, verbatim. Its `TypeRef` follows `ofType` nine times: 15 levels in all.
const GRAPHQL_JS_INTROSPECTION: &str = r#"
    query IntrospectionQuery {
      __schema {
        description
        queryType { name kind }
        mutationType { name kind }
        subscriptionType { name kind }
        types {
          ...FullType
        }
        directives {
          name
          description
          isRepeatable
          locations
          args(includeDeprecated: true) {
            ...InputValue
          }
        }
      }
    }

    fragment FullType on __Type {
      kind
      name
      description
      specifiedByURL
      
      fields(includeDeprecated: true) {
        name
        description
        args(includeDeprecated: true) {
          ...InputValue
        }
        type {
          ...TypeRef
        }
        isDeprecated
        deprecationReason
      }
      inputFields(includeDeprecated: true) {
        ...InputValue
      }
      interfaces {
        ...TypeRef
      }
      enumValues(includeDeprecated: true) {
        name
        description
        isDeprecated
        deprecationReason
      }
      possibleTypes {
        ...TypeRef
      }
    }

    fragment InputValue on __InputValue {
      name
      description
      type { ...TypeRef }
      defaultValue
      isDeprecated
      deprecationReason
    }

    fragment TypeRef on __Type {
      kind
      name
      ofType {
        kind
        name
        ofType {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                    ofType {
                      kind
                      name
                      ofType {
                        kind
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  "#;

const SCHEMA: &str = include_str!("../../../schema.graphql");

/// The names of the types `schema.graphql` defines.
fn defined_types() -> BTreeSet<String> {
    SCHEMA
        .lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let keyword = words.next()?;
            matches!(
                keyword,
                "type" | "input" | "enum" | "scalar" | "interface" | "union"
            )
            .then(|| words.next())
            .flatten()
            .map(|name| name.trim_end_matches('{').to_owned())
        })
        .collect()
}

async fn production() -> TestApp {
    TestApp::spawn_with(|settings| {
        settings.environment = Environment::Production;
        settings.smtp_url = Some(
            format!(
                "smtp://127.0.0.1:{}",
                skupaj_tests::smtp::SmtpServer::closed_port()
            )
            .into(),
        );
    })
    .await
}

#[tokio::test]
async fn the_graphql_js_introspection_query_is_answered_in_full() {
    let app = TestApp::spawn().await;
    let answer = app.graphql(None, GRAPHQL_JS_INTROSPECTION, json!({})).await;
    assert!(answer["errors"].is_null(), "{answer}");
    let schema = &answer["data"]["__schema"];
    assert_eq!(schema["queryType"]["name"], "QueryRoot");
    assert_eq!(schema["mutationType"]["name"], "MutationRoot");
    assert_eq!(schema["subscriptionType"]["name"], "SubscriptionRoot");
    let answered: BTreeSet<String> = schema["types"]
        .as_array()
        .expect("types")
        .iter()
        .map(|ty| ty["name"].as_str().expect("name").to_owned())
        .collect();
    let defined = defined_types();
    assert!(defined.len() > 50, "{defined:?}");
    let missing: Vec<_> = defined.difference(&answered).collect();
    assert!(missing.is_empty(), "missing from the answer: {missing:?}");
    // Fields come with their descriptions and argument types, down to the named type.
    let query_root = schema["types"]
        .as_array()
        .expect("types")
        .iter()
        .find(|ty| ty["name"] == "QueryRoot")
        .expect("QueryRoot");
    let organisations = query_root["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .find(|field| field["name"] == "organisations")
        .expect("organisations");
    assert!(organisations["description"].is_string(), "{organisations}");
    assert!(
        !schema["directives"]
            .as_array()
            .expect("directives")
            .is_empty()
    );

    // The same query by GET, as some tools send it.
    let response = app
        .client()
        .get(format!("{}/graphql", app.address))
        .query(&[("query", GRAPHQL_JS_INTROSPECTION)])
        .send()
        .await
        .expect("send");
    let by_get: Value = response.json().await.expect("json");
    assert!(by_get["errors"].is_null(), "{by_get}");
}

#[tokio::test]
async fn data_queries_keep_the_depth_limit_and_introspection_cannot_multiply() {
    let app = TestApp::spawn().await;
    // 20 levels of data: refused, as before.
    let mut selection = "name".to_owned();
    for _ in 0..4 {
        selection = format!(
            "members(first: 1) {{ edges {{ node {{ organisation {{ {selection} }} }} }} }}"
        );
    }
    let deep = format!("{{ organisations(first: 1) {{ edges {{ node {{ {selection} }} }} }} }}");
    let answer = app.graphql(None, &deep, json!({})).await;
    assert_eq!(error_code(&answer), Some("VALIDATION"), "{answer}");
    assert!(answer["data"].is_null(), "{answer}");
    // Mixing a data field into an introspection query does not buy the introspection depth.
    let mixed = GRAPHQL_JS_INTROSPECTION.replace("__schema {", "me { actingRole } __schema {");
    let answer = app.graphql(None, &mixed, json!({})).await;
    assert_eq!(error_code(&answer), Some("VALIDATION"), "{answer}");
    // Lists of the schema nested within each other multiply the answer: refused.
    let multiplying =
        "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }";
    let answer = app.graphql(None, multiplying, json!({})).await;
    assert_eq!(error_code(&answer), Some("VALIDATION"), "{answer}");
    assert!(answer["data"].is_null(), "{answer}");
}

#[tokio::test]
async fn the_sdl_is_served_where_introspection_is_on() {
    let app = TestApp::spawn().await;
    let response = app
        .client()
        .get(format!("{}/schema.graphql", app.address))
        .send()
        .await
        .expect("send");
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .expect("ascii")
            .starts_with("text/plain"),
        "{:?}",
        response.headers()
    );
    assert_eq!(response.text().await.expect("text"), SCHEMA);

    let production = production().await;
    for path in [
        "/schema.graphql",
        "/graphiql",
        "/graphiql/assets/graphiql.min.js",
    ] {
        let response = production
            .client()
            .get(format!("{}{path}", production.address))
            .send()
            .await
            .expect("send");
        assert_eq!(response.status(), 404, "{path}");
    }
}

/// Every `src="…"` and `href="…"` of a page.
fn references(page: &str) -> Vec<String> {
    let mut found = Vec::new();
    for attribute in ["src=\"", "href=\""] {
        let mut rest = page;
        while let Some(start) = rest.find(attribute) {
            rest = &rest[start + attribute.len()..];
            let end = rest.find('"').expect("closing quote");
            found.push(rest[..end].to_owned());
            rest = &rest[end..];
        }
    }
    found
}

#[tokio::test]
async fn graphiql_needs_no_other_host() {
    let app = TestApp::spawn().await;
    let page = app
        .client()
        .get(format!("{}/graphiql", app.address))
        .send()
        .await
        .expect("send");
    assert_eq!(page.status(), 200);
    let page = page.text().await.expect("text");
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "{page}"
    );
    let references = references(&page);
    assert_eq!(references.len(), 5, "{references:?}");
    for reference in references {
        if reference.starts_with("data:") {
            continue;
        }
        assert!(reference.starts_with("/graphiql/assets/"), "{reference}");
        let response = app
            .client()
            .get(format!("{}{reference}", app.address))
            .send()
            .await
            .expect("send");
        assert_eq!(response.status(), 200, "{reference}");
        let content_type = response.headers()["content-type"]
            .to_str()
            .expect("ascii")
            .to_owned();
        let expected = if reference.ends_with(".css") {
            "text/css"
        } else {
            "text/javascript"
        };
        assert!(
            content_type.starts_with(expected),
            "{reference}: {content_type}"
        );
        let body = response.bytes().await.expect("body");
        assert!(body.len() > 10_000, "{reference}: {} bytes", body.len());
    }
    // GraphiQL itself is in the bundle, and the page starts it against this server.
    assert!(page.contains("GraphiQL.createFetcher"), "{page}");
    let missing = app
        .client()
        .get(format!("{}/graphiql/assets/../Cargo.toml", app.address))
        .send()
        .await
        .expect("send");
    assert_eq!(missing.status(), 404);
}

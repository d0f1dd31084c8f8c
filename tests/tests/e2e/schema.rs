//! `schema.graphql` is generated from the code; these tests fail when it drifts or when a type
//! or field has no description.

use std::collections::BTreeSet;

use serde_json::json;
use skupaj_tests::TestApp;

#[test]
fn the_committed_schema_matches_the_code() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../schema.graphql");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    let generated = skupaj_api::graphql::sdl();
    assert!(
        committed == generated,
        "schema.graphql is out of date with the code. Regenerate it with\n\n    \
         cargo run -q -p skupaj-api --bin skupaj -- schema > schema.graphql\n\n\
         and review the diff: removing or changing a field breaks frontends (see README)."
    );
}

#[tokio::test]
async fn every_type_field_and_argument_has_a_description() {
    let app = TestApp::spawn().await;
    let answer = app
        .graphql(
            None,
            r#"{ __schema { types {
                name kind description
                fields { name description args { name description } }
                inputFields { name description }
                enumValues { name description }
            } } }"#,
            json!({}),
        )
        .await;
    let types = answer["data"]["__schema"]["types"]
        .as_array()
        .expect("types");
    let builtin: BTreeSet<&str> = [
        "String", "Int", "Float", "Boolean", "ID", "DateTime", "PageInfo",
    ]
    .into();
    let mut missing = Vec::new();
    let blank = |value: &serde_json::Value| value.as_str().is_none_or(|s| s.trim().is_empty());
    for ty in types {
        let name = ty["name"].as_str().expect("name");
        if name.starts_with("__") || builtin.contains(name) {
            continue;
        }
        if blank(&ty["description"]) && !name.ends_with("Connection") && !name.ends_with("Edge") {
            missing.push(name.to_owned());
        }
        for list in ["fields", "inputFields", "enumValues"] {
            for field in ty[list].as_array().into_iter().flatten() {
                let field_name = field["name"].as_str().expect("field name");
                if blank(&field["description"]) {
                    missing.push(format!("{name}.{field_name}"));
                }
                for arg in field["args"].as_array().into_iter().flatten() {
                    if blank(&arg["description"]) {
                        missing.push(format!("{name}.{field_name}({})", arg["name"]));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "without a description: {missing:#?}");
}

//! The patched async-graphql (vendor/async-graphql) handles field errors as the specification
//! says; each answer here is also held to `spec_check`.

use async_graphql::{EmptyMutation, EmptySubscription, Error, Object};
use serde_json::{Value, json};

use crate::spec_check::{Schema, check};

struct Query;

/// The root.
#[Object]
impl Query {
    /// A nullable object.
    async fn parent(&self) -> Option<Parent> {
        Some(Parent)
    }

    /// A non-null list of non-null items; the second item's `n` fails.
    async fn items(&self) -> Vec<Item> {
        vec![Item(1), Item(2), Item(3)]
    }

    /// A nullable list of nullable items.
    async fn loose_items(&self) -> Option<Vec<Option<Item>>> {
        Some(vec![Some(Item(1)), Some(Item(2))])
    }

    /// Always 1.
    async fn count(&self) -> i32 {
        1
    }
}

struct Parent;

/// An object with failing fields.
#[Object]
impl Parent {
    /// Fine.
    async fn ok(&self) -> &str {
        "fine"
    }

    /// A nullable field that fails.
    async fn nullable_failure(&self) -> Result<Option<String>, Error> {
        Err("no".into())
    }

    /// A non-null field that fails.
    async fn non_null_failure(&self) -> Result<String, Error> {
        Err("no".into())
    }

    /// A non-null object with a failing non-null field.
    async fn child(&self) -> Child {
        Child
    }

    /// A nullable object with a failing non-null field.
    async fn maybe_child(&self) -> Option<Child> {
        Some(Child)
    }

    /// Answers after the fields that are ready at once.
    async fn slow(&self) -> i32 {
        for _ in 0..3 {
            tokio::task::yield_now().await;
        }
        1
    }
}

struct Child;

/// A child.
#[Object]
impl Child {
    /// Fails.
    async fn failure(&self) -> Result<String, Error> {
        Err("no".into())
    }
}

struct Item(i32);

/// An item.
#[Object]
impl Item {
    /// Fails for 2.
    async fn n(&self) -> Result<i32, Error> {
        if self.0 == 2 {
            Err("two".into())
        } else {
            Ok(self.0)
        }
    }
}

/// Runs `query` and checks the answer against the specification; returns it.
async fn run(query: &str) -> Value {
    let schema = async_graphql::Schema::new(Query, EmptyMutation, EmptySubscription);
    let answer = serde_json::to_value(schema.execute(query).await).expect("json");
    if let Err(violations) = check(
        &Schema::parse(&schema.sdl()),
        query,
        &json!({}),
        None,
        &answer,
    ) {
        panic!("{violations:?}\n{answer}");
    }
    answer
}

fn paths(answer: &Value) -> Vec<Value> {
    answer["errors"]
        .as_array()
        .map(|errors| errors.iter().map(|error| error["path"].clone()).collect())
        .unwrap_or_default()
}

#[tokio::test]
async fn a_failed_nullable_field_is_null_with_its_error() {
    let answer = run("{ parent { ok nullableFailure } count }").await;
    assert_eq!(
        answer["data"],
        json!({ "parent": { "ok": "fine", "nullableFailure": null }, "count": 1 })
    );
    assert_eq!(paths(&answer), [json!(["parent", "nullableFailure"])]);
    // An object whose only field failed is still an object.
    let answer = run("{ parent { nullableFailure } }").await;
    assert_eq!(
        answer["data"],
        json!({ "parent": { "nullableFailure": null } })
    );
}

#[tokio::test]
async fn a_failed_non_null_field_nulls_the_nearest_nullable_parent() {
    let answer = run("{ parent { ok nonNullFailure } count }").await;
    assert_eq!(answer["data"], json!({ "parent": null, "count": 1 }));
    assert_eq!(paths(&answer), [json!(["parent", "nonNullFailure"])]);

    // Through a non-null object, once reported.
    let answer = run("{ parent { ok child { failure } } count }").await;
    assert_eq!(answer["data"], json!({ "parent": null, "count": 1 }));
    assert_eq!(paths(&answer), [json!(["parent", "child", "failure"])]);

    // Stopped by a nullable object.
    let answer = run("{ parent { ok maybeChild { failure } } }").await;
    assert_eq!(
        answer["data"],
        json!({ "parent": { "ok": "fine", "maybeChild": null } })
    );
}

#[tokio::test]
async fn a_failed_item_nulls_the_list_or_only_itself() {
    // `[Item!]!` at the root: the null reaches `data`.
    let answer = run("{ items { n } count }").await;
    assert_eq!(answer["data"], Value::Null);
    assert_eq!(paths(&answer), [json!(["items", 1, "n"])]);

    // `[Item]`: only the item is null, and the other items stay.
    let answer = run("{ looseItems { n } }").await;
    assert_eq!(answer["data"], json!({ "looseItems": [{ "n": 1 }, null] }));
    assert_eq!(paths(&answer), [json!(["looseItems", 1, "n"])]);
}

#[tokio::test]
async fn aliases_and_fragments_keep_their_keys() {
    let answer = run(
        "{ p: parent { ...F why: nullableFailure } } fragment F on Parent { ok ... on Parent { again: ok } }",
    )
    .await;
    assert_eq!(
        answer["data"],
        json!({ "p": { "ok": "fine", "again": "fine", "why": null } })
    );
    assert_eq!(paths(&answer), [json!(["p", "why"])]);
}

#[tokio::test]
async fn fields_answer_in_the_order_of_the_query() {
    let schema = async_graphql::Schema::new(Query, EmptyMutation, EmptySubscription);
    let response = schema
        .execute("{ parent { slow ok nullableFailure } }")
        .await;
    let async_graphql::Value::Object(data) = response.data else {
        panic!("no data");
    };
    let Some(async_graphql::Value::Object(parent)) = data.get("parent") else {
        panic!("no parent");
    };
    let keys: Vec<&str> = parent.keys().map(|key| key.as_str()).collect();
    assert_eq!(keys, ["slow", "ok", "nullableFailure"]);
}

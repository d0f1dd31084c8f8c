//! Checks a GraphQL answer against its query and `schema.graphql`, as the GraphQL specification
//! ("Response", "Handling Field Errors") says an answer must look.
//!
//! - Every field the query selects (after `@skip`/`@include` with the request's variables, and
//!   fragments whose type condition applies) is present under its response key (alias), and
//!   nothing else is.
//! - `null` never stands where the schema says non-null: an error in a non-null field makes its
//!   nearest nullable parent `null` instead. `data: null` needs an error.
//! - Every error with a path points at a `null` (the field itself, or a parent the `null`
//!   propagated to).
//! - Enum values are members of their enum; `Int` is a 32-bit integer, `Float` a number,
//!   `Boolean` a bool, `String`/`ID` and the custom scalars strings (`JSON` any value); lists
//!   are lists.
//!
//! The harness (`TestApp`) runs it on every answer, so a violation fails the test that caused it.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use async_graphql_parser::types::{
    BaseType, DocumentOperations, ExecutableDocument, OperationType, Selection, SelectionSet, Type,
    TypeKind, TypeSystemDefinition,
};
use async_graphql_parser::{Positioned, parse_query, parse_schema};
use async_graphql_value::Value as GqlValue;
use serde_json::{Map, Value};

/// The types of a schema, as far as answers need them.
pub struct Schema {
    types: HashMap<String, Kind>,
    query: String,
    mutation: Option<String>,
    subscription: Option<String>,
}

enum Kind {
    Scalar,
    /// An object or interface and its fields' types.
    Fields(HashMap<String, Type>, bool),
    Union(Vec<String>),
    Enum(HashSet<String>),
    Input,
}

impl Schema {
    /// Reads a schema in SDL, panicking on a malformed one.
    pub fn parse(sdl: &str) -> Self {
        let document = parse_schema(sdl).expect("a valid schema");
        let mut schema = Schema {
            types: HashMap::new(),
            query: "Query".to_owned(),
            mutation: None,
            subscription: None,
        };
        let mut roots_declared = false;
        for definition in document.definitions {
            match definition {
                TypeSystemDefinition::Schema(roots) => {
                    roots_declared = true;
                    let roots = roots.node;
                    if let Some(query) = roots.query {
                        schema.query = query.node.to_string();
                    }
                    schema.mutation = roots.mutation.map(|name| name.node.to_string());
                    schema.subscription = roots.subscription.map(|name| name.node.to_string());
                }
                TypeSystemDefinition::Type(ty) => {
                    let ty = ty.node;
                    let fields = |fields: Vec<Positioned<_>>| {
                        fields
                            .into_iter()
                            .map(
                                |field: Positioned<
                                    async_graphql_parser::types::FieldDefinition,
                                >| {
                                    (field.node.name.node.to_string(), field.node.ty.node)
                                },
                            )
                            .collect()
                    };
                    let kind = match ty.kind {
                        TypeKind::Scalar => Kind::Scalar,
                        TypeKind::Object(object) => Kind::Fields(fields(object.fields), false),
                        TypeKind::Interface(interface) => {
                            Kind::Fields(fields(interface.fields), true)
                        }
                        TypeKind::Union(union) => Kind::Union(
                            union
                                .members
                                .into_iter()
                                .map(|member| member.node.to_string())
                                .collect(),
                        ),
                        TypeKind::Enum(enumeration) => Kind::Enum(
                            enumeration
                                .values
                                .into_iter()
                                .map(|value| value.node.value.node.to_string())
                                .collect(),
                        ),
                        TypeKind::InputObject(_) => Kind::Input,
                    };
                    schema.types.insert(ty.name.node.to_string(), kind);
                }
                TypeSystemDefinition::Directive(_) => {}
            }
        }
        if !roots_declared {
            schema.mutation = Some("Mutation".to_owned()).filter(|m| schema.types.contains_key(m));
            schema.subscription =
                Some("Subscription".to_owned()).filter(|s| schema.types.contains_key(s));
        }
        schema
    }

    /// The project's `schema.graphql`.
    pub fn project() -> &'static Schema {
        static SCHEMA: OnceLock<Schema> = OnceLock::new();
        SCHEMA.get_or_init(|| Schema::parse(include_str!("../../schema.graphql")))
    }

    /// The object types a value of `type_name` can be.
    fn possible_types(&self, type_name: &str) -> Vec<String> {
        match self.types.get(type_name) {
            Some(Kind::Union(members)) => members.clone(),
            Some(Kind::Fields(_, true)) => self
                .types
                .iter()
                .filter(|(name, kind)| {
                    matches!(kind, Kind::Fields(_, false)) && self.implements(name, type_name)
                })
                .map(|(name, _)| name.clone())
                .collect(),
            _ => vec![type_name.to_owned()],
        }
    }

    /// Whether the object type `object` is, implements or belongs to `condition`.
    fn applies(&self, object: &str, condition: &str) -> bool {
        object == condition
            || match self.types.get(condition) {
                Some(Kind::Union(members)) => members.iter().any(|member| member == object),
                Some(Kind::Fields(_, true)) => self.implements(object, condition),
                _ => false,
            }
    }

    /// Whether `object` has every field of the interface `interface` (the SDL's `implements`
    /// is not kept; for answers, the fields are what matters).
    fn implements(&self, object: &str, interface: &str) -> bool {
        match (self.types.get(object), self.types.get(interface)) {
            (Some(Kind::Fields(own, false)), Some(Kind::Fields(wanted, true))) => {
                wanted.keys().all(|field| own.contains_key(field))
            }
            _ => false,
        }
    }
}

/// Checks `answer` (the whole JSON response) against the request that produced it. Returns
/// every violation found, each naming its path.
pub fn check(
    schema: &Schema,
    query: &str,
    variables: &Value,
    operation_name: Option<&str>,
    answer: &Value,
) -> Result<(), Vec<String>> {
    let mut violations = Vec::new();
    let Some(answer) = answer.as_object() else {
        return Err(vec![format!("the answer is not a JSON object: {answer}")]);
    };
    let errors = match answer.get("errors") {
        None => &[][..],
        Some(Value::Array(errors)) if !errors.is_empty() => errors.as_slice(),
        Some(other) => {
            return Err(vec![format!(
                "`errors` must be a non-empty list when present: {other}"
            )]);
        }
    };
    for error in errors {
        if !error["message"].is_string() {
            violations.push(format!("an error without a message: {error}"));
        }
    }
    let data = match answer.get("data") {
        None | Some(Value::Null) => {
            if errors.is_empty() {
                violations.push("`data` is missing or null, yet there is no error".to_owned());
            }
            return finish(violations);
        }
        Some(data) => data,
    };
    let document = match parse_query(query) {
        Ok(document) => document,
        Err(error) => {
            violations.push(format!("data for a query that does not parse ({error})"));
            return finish(violations);
        }
    };
    let Some((operation_type, selection_set, defaults)) = operation(&document, operation_name)
    else {
        violations.push("data for a request whose operation cannot be chosen".to_owned());
        return finish(violations);
    };
    let root = match operation_type {
        OperationType::Query => Some(schema.query.clone()),
        OperationType::Mutation => schema.mutation.clone(),
        OperationType::Subscription => schema.subscription.clone(),
    };
    let Some(root) = root else {
        violations.push(format!("no root type for a {operation_type} operation"));
        return finish(violations);
    };
    let mut variables = variables.as_object().cloned().unwrap_or_default();
    for (name, default) in defaults {
        variables.entry(name).or_insert(default);
    }
    let checker = Checker {
        schema,
        document: &document,
        variables: &variables,
    };
    match data {
        Value::Object(object) => {
            checker.object(&root, &[selection_set], object, "data", &mut violations);
        }
        other => violations.push(format!("data: expected an object, got {other}")),
    }
    for error in errors {
        if let Some(path) = error.get("path") {
            check_error_path(data, path, &mut violations);
        }
    }
    finish(violations)
}

/// Checks one message of a subscription (`payload` of a `next` message) as a whole answer.
pub fn check_subscription_event(
    schema: &Schema,
    query: &str,
    variables: &Value,
    payload: &Value,
) -> Result<(), Vec<String>> {
    check(schema, query, variables, None, payload)
}

/// Panics, naming every violation, when `answer` breaks the specification.
pub fn assert_answer(query: &str, variables: &Value, answer: &Value) {
    if let Err(violations) = check(Schema::project(), query, variables, None, answer) {
        panic!(
            "the answer breaks the GraphQL specification:\n  - {}\nquery: {query}\nvariables: {variables}\nanswer: {answer}",
            violations.join("\n  - ")
        );
    }
}

fn finish(violations: Vec<String>) -> Result<(), Vec<String>> {
    if violations.is_empty() {
        Ok(())
    } else {
        Err(violations)
    }
}

type Operation<'d> = (OperationType, &'d SelectionSet, Vec<(String, Value)>);

/// The operation a request runs, its selections and its variables' defaults.
fn operation<'d>(document: &'d ExecutableDocument, name: Option<&str>) -> Option<Operation<'d>> {
    let operation = match (&document.operations, name) {
        (DocumentOperations::Single(operation), _) => operation,
        (DocumentOperations::Multiple(operations), Some(name)) => operations.get(name)?,
        (DocumentOperations::Multiple(operations), None) if operations.len() == 1 => {
            operations.values().next()?
        }
        _ => return None,
    };
    let defaults = operation
        .node
        .variable_definitions
        .iter()
        .filter_map(|definition| {
            let default = definition.node.default_value.as_ref()?;
            Some((
                definition.node.name.node.to_string(),
                default.node.clone().into_json().ok()?,
            ))
        })
        .collect();
    Some((
        operation.node.ty,
        &operation.node.selection_set.node,
        defaults,
    ))
}

struct Checker<'a> {
    schema: &'a Schema,
    document: &'a ExecutableDocument,
    variables: &'a Map<String, Value>,
}

/// The fields selected under one response key: their name and their selection sets.
struct Collected<'d> {
    name: String,
    selection_sets: Vec<&'d SelectionSet>,
}

impl<'a> Checker<'a> {
    /// Checks an object value of the (possibly abstract) type `type_name`.
    fn object(
        &self,
        type_name: &str,
        selection_sets: &[&'a SelectionSet],
        object: &Map<String, Value>,
        path: &str,
        violations: &mut Vec<String>,
    ) {
        let candidates = self.schema.possible_types(type_name);
        // An abstract type: the object is right if it is right for one of its possible types.
        let mut best: Option<Vec<String>> = None;
        for candidate in &candidates {
            let mut found = Vec::new();
            self.concrete_object(candidate, selection_sets, object, path, &mut found);
            if found.is_empty() {
                return;
            }
            if best.as_ref().is_none_or(|best| found.len() < best.len()) {
                best = Some(found);
            }
        }
        match best {
            Some(found) => violations.extend(found),
            None => violations.push(format!("{path}: unknown type {type_name}")),
        }
    }

    fn concrete_object(
        &self,
        type_name: &str,
        selection_sets: &[&'a SelectionSet],
        object: &Map<String, Value>,
        path: &str,
        violations: &mut Vec<String>,
    ) {
        let Some(Kind::Fields(fields, _)) = self.schema.types.get(type_name) else {
            violations.push(format!("{path}: {type_name} is not an object type"));
            return;
        };
        let mut collected: Vec<(String, Collected<'a>)> = Vec::new();
        for selection_set in selection_sets {
            self.collect(
                type_name,
                selection_set,
                &mut collected,
                &mut HashSet::new(),
            );
        }
        for (key, field) in &collected {
            let field_path = format!("{path}.{key}");
            let Some(value) = object.get(key) else {
                violations.push(format!("{field_path}: the selected field is missing"));
                continue;
            };
            match field.name.as_str() {
                "__typename" => {
                    if value.as_str() != Some(type_name) {
                        violations.push(format!(
                            "{field_path}: expected the type name \"{type_name}\", got {value}"
                        ));
                    }
                }
                // Introspection answers are async-graphql's own; schema.graphql has no types
                // for them.
                "__schema" | "__type" => {}
                name => match fields.get(name) {
                    Some(ty) => {
                        self.value(ty, &field.selection_sets, value, &field_path, violations)
                    }
                    None => {
                        violations.push(format!("{field_path}: {type_name} has no field {name}"))
                    }
                },
            }
        }
        for key in object.keys() {
            if !collected.iter().any(|(selected, _)| selected == key) {
                violations.push(format!("{path}.{key}: a field the query did not select"));
            }
        }
    }

    /// Collects the fields of `selection_set` that apply to the object type `type_name`, by
    /// response key, in order ("CollectFields" in the specification).
    fn collect(
        &self,
        type_name: &str,
        selection_set: &'a SelectionSet,
        collected: &mut Vec<(String, Collected<'a>)>,
        visited: &mut HashSet<String>,
    ) {
        for selection in &selection_set.items {
            if !self.included(selection.node.directives()) {
                continue;
            }
            match &selection.node {
                Selection::Field(field) => {
                    let key = field.node.response_key().node.to_string();
                    let selections = &field.node.selection_set.node;
                    match collected.iter_mut().find(|(seen, _)| *seen == key) {
                        Some((_, entry)) => entry.selection_sets.push(selections),
                        None => collected.push((
                            key,
                            Collected {
                                name: field.node.name.node.to_string(),
                                selection_sets: vec![selections],
                            },
                        )),
                    }
                }
                Selection::FragmentSpread(spread) => {
                    let name = spread.node.fragment_name.node.to_string();
                    if !visited.insert(name.clone()) {
                        continue;
                    }
                    let Some(fragment) = self.document.fragments.get(name.as_str()) else {
                        continue;
                    };
                    if self
                        .schema
                        .applies(type_name, &fragment.node.type_condition.node.on.node)
                    {
                        self.collect(
                            type_name,
                            &fragment.node.selection_set.node,
                            collected,
                            visited,
                        );
                    }
                }
                Selection::InlineFragment(fragment) => {
                    let applies = fragment
                        .node
                        .type_condition
                        .as_ref()
                        .is_none_or(|condition| {
                            self.schema.applies(type_name, &condition.node.on.node)
                        });
                    if applies {
                        self.collect(
                            type_name,
                            &fragment.node.selection_set.node,
                            collected,
                            visited,
                        );
                    }
                }
            }
        }
    }

    /// Whether `@skip` and `@include` keep a selection.
    fn included(&self, directives: &[Positioned<async_graphql_parser::types::Directive>]) -> bool {
        directives.iter().all(|directive| {
            let condition = directive
                .node
                .get_argument("if")
                .map(|value| self.boolean(&value.node));
            match directive.node.name.node.as_str() {
                "skip" => condition != Some(true),
                "include" => condition != Some(false),
                _ => true,
            }
        })
    }

    fn boolean(&self, value: &GqlValue) -> bool {
        match value {
            GqlValue::Boolean(value) => *value,
            GqlValue::Variable(name) => {
                self.variables.get(name.as_str()) == Some(&Value::Bool(true))
            }
            _ => false,
        }
    }

    /// Checks a value of the type `ty`.
    fn value(
        &self,
        ty: &Type,
        selection_sets: &[&'a SelectionSet],
        value: &Value,
        path: &str,
        violations: &mut Vec<String>,
    ) {
        if value.is_null() {
            if !ty.nullable {
                violations.push(format!("{path}: null in a non-null field of type {ty}"));
            }
            return;
        }
        match &ty.base {
            BaseType::List(item) => match value {
                Value::Array(items) => {
                    for (index, value) in items.iter().enumerate() {
                        self.value(
                            item,
                            selection_sets,
                            value,
                            &format!("{path}[{index}]"),
                            violations,
                        );
                    }
                }
                other => violations.push(format!("{path}: expected a list of {item}, got {other}")),
            },
            BaseType::Named(name) => self.named(name, selection_sets, value, path, violations),
        }
    }

    fn named(
        &self,
        name: &str,
        selection_sets: &[&'a SelectionSet],
        value: &Value,
        path: &str,
        violations: &mut Vec<String>,
    ) {
        let right = match (name, self.schema.types.get(name)) {
            ("Int", _) => value.as_i64().is_some_and(|int| i32::try_from(int).is_ok()),
            ("Float", _) => value.is_number(),
            ("Boolean", _) => value.is_boolean(),
            ("String" | "ID", _) => value.is_string(),
            // Any JSON value (a document answered whole, `participantDataExport`).
            ("JSON", Some(Kind::Scalar)) => true,
            (_, Some(Kind::Scalar)) => value.is_string(),
            (_, Some(Kind::Enum(values))) => {
                value.as_str().is_some_and(|member| values.contains(member))
            }
            (_, Some(Kind::Fields(..) | Kind::Union(_))) => match value {
                Value::Object(object) => {
                    self.object(name, selection_sets, object, path, violations);
                    true
                }
                _ => false,
            },
            (_, Some(Kind::Input) | None) => {
                violations.push(format!("{path}: {name} is not an output type"));
                true
            }
        };
        if !right {
            violations.push(format!(
                "{path}: expected a value of type {name}, got {value}"
            ));
        }
    }
}

/// An error's path must lead to a `null`: the field itself, or a parent its `null` went to.
fn check_error_path(data: &Value, path: &Value, violations: &mut Vec<String>) {
    let Some(segments) = path.as_array() else {
        violations.push(format!("an error path that is not a list: {path}"));
        return;
    };
    let mut current = data;
    let mut walked = String::from("data");
    for segment in segments {
        if current.is_null() {
            return;
        }
        let next = match segment {
            Value::String(key) => current.get(key.as_str()),
            Value::Number(index) => index
                .as_u64()
                .and_then(|index| current.get(usize::try_from(index).ok()?)),
            _ => None,
        };
        walked.push_str(&match segment {
            Value::String(key) => format!(".{key}"),
            other => format!("[{other}]"),
        });
        match next {
            Some(next) => current = next,
            None => {
                violations.push(format!(
                    "{walked}: an error's path leads to a field missing from data"
                ));
                return;
            }
        }
    }
    if !current.is_null() {
        violations.push(format!(
            "{walked}: an error names this path, yet it has a value ({current})"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const SDL: &str = r#"
        schema { query: Query }
        type Query {
            referral(id: ID!): Referral
            referrals: [Referral!]!
            me: Me
            count: Int!
        }
        type Referral { id: ID! status: Status! reason: String participant: Participant history: [Event!]! }
        type Participant { id: ID! code: String! }
        type Event { at: DateTime! comment: String }
        type Me { name: String! }
        enum Status { DRAFT SENT }
        scalar DateTime
    "#;

    fn run(query: &str, variables: Value, answer: Value) -> Result<(), Vec<String>> {
        check(&Schema::parse(SDL), query, &variables, None, &answer)
    }

    fn fails_with(result: Result<(), Vec<String>>, needle: &str) {
        let violations = result.expect_err("a violation");
        assert!(
            violations
                .iter()
                .any(|violation| violation.contains(needle)),
            "{violations:?} should mention {needle}"
        );
    }

    #[test]
    fn a_complete_answer_passes() {
        let answer =
            json!({ "data": { "referral": { "id": "1", "status": "SENT", "reason": null } } });
        run(
            "{ referral(id: 1) { id status reason } }",
            json!({}),
            answer,
        )
        .expect("valid");
    }

    #[test]
    fn a_missing_key_is_detected() {
        let answer = json!({
            "data": { "referral": { "id": "1" } },
            "errors": [{ "message": "no", "path": ["referral", "reason"] }]
        });
        fails_with(
            run("{ referral(id: 1) { id reason } }", json!({}), answer),
            "data.referral.reason: the selected field is missing",
        );
    }

    #[test]
    fn a_key_nobody_asked_for_is_detected() {
        let answer = json!({ "data": { "referral": { "id": "1", "status": "SENT" } } });
        fails_with(
            run("{ referral(id: 1) { id } }", json!({}), answer),
            "did not select",
        );
    }

    #[test]
    fn a_null_in_a_non_null_field_is_detected() {
        let answer = json!({ "data": { "referrals": [null] } });
        fails_with(
            run("{ referrals { id } }", json!({}), answer),
            "data.referrals[0]: null in a non-null field",
        );
        let answer = json!({ "data": { "referral": { "id": null } } });
        fails_with(
            run("{ referral(id: 1) { id } }", json!({}), answer),
            "data.referral.id: null in a non-null field",
        );
    }

    #[test]
    fn a_propagated_null_is_accepted() {
        // `id` failed; `Referral.id` is non-null, so `referral` (nullable) is null.
        let answer = json!({
            "data": { "referral": null, "count": 1 },
            "errors": [{ "message": "no", "path": ["referral", "id"] }]
        });
        run("{ referral(id: 1) { id } count }", json!({}), answer).expect("valid");
        // A non-null root field: the whole of data is null.
        let answer = json!({ "data": null, "errors": [{ "message": "no", "path": ["count"] }] });
        run("{ count }", json!({}), answer).expect("valid");
    }

    #[test]
    fn data_null_without_an_error_is_detected() {
        fails_with(
            run("{ count }", json!({}), json!({ "data": null })),
            "no error",
        );
    }

    #[test]
    fn an_error_on_a_field_with_a_value_is_detected() {
        let answer = json!({
            "data": { "referral": { "reason": "text" } },
            "errors": [{ "message": "no", "path": ["referral", "reason"] }]
        });
        fails_with(
            run("{ referral(id: 1) { reason } }", json!({}), answer),
            "yet it has a value",
        );
    }

    #[test]
    fn a_wrong_enum_value_is_detected() {
        let answer = json!({ "data": { "referral": { "status": "LOST" } } });
        fails_with(
            run("{ referral(id: 1) { status } }", json!({}), answer),
            "expected a value of type Status",
        );
    }

    #[test]
    fn scalars_of_the_wrong_kind_are_detected() {
        fails_with(
            run("{ count }", json!({}), json!({ "data": { "count": "3" } })),
            "type Int",
        );
        fails_with(
            run("{ count }", json!({}), json!({ "data": { "count": 1.5 } })),
            "type Int",
        );
        let answer = json!({ "data": { "referral": { "id": 7 } } });
        fails_with(
            run("{ referral(id: 1) { id } }", json!({}), answer),
            "type ID",
        );
    }

    #[test]
    fn aliases_are_the_keys() {
        let answer = json!({ "data": { "one": { "why": null, "id": "1" }, "two": null } });
        run(
            "{ one: referral(id: 1) { why: reason id } two: referral(id: 2) { id } }",
            json!({}),
            answer,
        )
        .expect("valid");
        let answer = json!({ "data": { "one": { "reason": null } } });
        fails_with(
            run(
                "{ one: referral(id: 1) { why: reason } }",
                json!({}),
                answer,
            ),
            "data.one.why: the selected field is missing",
        );
    }

    #[test]
    fn fragments_contribute_their_fields() {
        let query =
            "query { referral(id: 1) { ...Parts ... on Referral { status } ... on Me { name } } }
                     fragment Parts on Referral { id participant { code } }";
        let answer = json!({ "data": { "referral": {
            "id": "1", "participant": { "code": "P-1" }, "status": "DRAFT"
        } } });
        run(query, json!({}), answer).expect("valid");
        let answer = json!({ "data": { "referral": { "id": "1", "status": "DRAFT" } } });
        fails_with(
            run(query, json!({}), answer),
            "data.referral.participant: the selected field is missing",
        );
    }

    #[test]
    fn skip_and_include_follow_the_variables() {
        let query = "query($full: Boolean!, $quiet: Boolean = true) {
            referral(id: 1) { id reason @include(if: $full) status @skip(if: $quiet) } }";
        let answer = json!({ "data": { "referral": { "id": "1" } } });
        run(query, json!({ "full": false }), answer.clone()).expect("valid");
        fails_with(
            run(query, json!({ "full": true }), answer),
            "data.referral.reason: the selected field is missing",
        );
        let answer = json!({ "data": { "referral": { "id": "1", "status": "SENT" } } });
        run(query, json!({ "full": false, "quiet": false }), answer).expect("valid");
    }

    #[test]
    fn lists_and_nested_nulls() {
        let query = "{ referrals { history { at comment } } }";
        let answer = json!({ "data": { "referrals": [
            { "history": [{ "at": "2026-01-01T00:00:00Z", "comment": null }] }
        ] }, "errors": [{ "message": "no", "path": ["referrals", 0, "history", 0, "comment"] }] });
        run(query, json!({}), answer).expect("valid");
        let answer = json!({ "data": { "referrals": [{ "history": [null] }] } });
        fails_with(
            run(query, json!({}), answer),
            "data.referrals[0].history[0]: null",
        );
    }

    #[test]
    fn request_errors_have_no_data() {
        let answer = json!({ "errors": [{ "message": "syntax" }] });
        run("{ referral(", json!({}), answer).expect("valid");
        fails_with(run("{ count }", json!({}), json!({})), "no error");
    }

    #[test]
    fn typename_names_the_object_type() {
        let answer = json!({ "data": { "referral": { "__typename": "Referral" } } });
        run("{ referral(id: 1) { __typename } }", json!({}), answer).expect("valid");
        let answer = json!({ "data": { "referral": { "__typename": "Me" } } });
        fails_with(
            run("{ referral(id: 1) { __typename } }", json!({}), answer),
            "type name",
        );
    }

    #[test]
    fn the_project_schema_parses() {
        let schema = Schema::project();
        assert!(schema.types.contains_key("Referral"));
        assert!(schema.mutation.is_some());
    }
}

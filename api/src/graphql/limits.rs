//! Limits on a query's shape, judged on the parsed document before validation or execution.
//!
//! async-graphql's own depth and complexity checks walk the query with every fragment spread
//! expanded, so a document of a kilobyte whose fragments each spread the previous one twice
//! costs seconds before it is refused (or, when it only selects `__typename`, accepted). Here
//! each fragment is measured once, in dependency order (a cycle is refused), and a spread adds
//! its fragment's measure: the time is linear in the document, whatever it would expand to.
//!
//! What is measured, after expansion: the fields selected (every field counts, `__typename` and
//! aliases too), the nesting depth, and how deep introspection's lists nest (`types`, `fields`,
//! `args`, …: each level multiplies the answer by the size of the schema). Directives are
//! counted in the document as written.

use std::collections::{HashMap, VecDeque};

use async_graphql::parser::types::{
    DocumentOperations, ExecutableDocument, OperationDefinition, Selection, SelectionSet,
};
use async_graphql::{Pos, Request, ServerError};

use crate::graphql::error::ErrorCode;

/// The limits one document must keep.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Fields selected by all operations of the document together, after expansion.
    pub fields: u64,
    /// Depth of an operation that reads the API's data.
    pub depth: usize,
    /// Depth of an operation that selects only `__schema`, `__type` or `__typename`: the
    /// standard introspection queries follow `ofType` about ten levels down.
    pub introspection_depth: usize,
    /// How deep introspection's list fields may nest (`types { fields { args } }` is three).
    pub introspection_lists: usize,
    /// Directives in the whole document.
    pub directives: usize,
}

/// Introspection fields whose value is a list: nesting them multiplies the answer.
const INTROSPECTION_LISTS: [&str; 8] = [
    "types",
    "directives",
    "fields",
    "args",
    "inputFields",
    "interfaces",
    "enumValues",
    "possibleTypes",
];

/// Root fields that read the schema rather than the API's data.
const META_FIELDS: [&str; 3] = ["__schema", "__type", "__typename"];

/// What a selection set amounts to once its spreads are expanded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Measure {
    /// Fields selected, saturating rather than overflowing.
    pub fields: u64,
    /// Deepest nesting of fields (`{ a { b } }` is 2).
    pub depth: usize,
    /// Deepest nesting of introspection list fields.
    pub lists: usize,
    /// Whether every top-level field is `__schema`, `__type` or `__typename`.
    pub meta_only: bool,
}

/// A spread met while walking a selection set, and where it was met.
struct Spread<'a> {
    target: &'a str,
    /// Fields above the spread.
    depth: usize,
    /// Introspection lists above the spread.
    lists: usize,
}

/// One selection set as written, with its spreads still to be resolved.
struct Local<'a> {
    measure: Measure,
    spreads: Vec<Spread<'a>>,
    /// The spreads at the top level, which decide `meta_only` together with the fields there.
    top_spreads: Vec<&'a str>,
    directives: usize,
}

impl<'a> Local<'a> {
    fn of(set: &'a SelectionSet, inside_introspection: bool) -> Self {
        let mut local = Local {
            measure: Measure {
                meta_only: true,
                ..Measure::default()
            },
            spreads: Vec::new(),
            top_spreads: Vec::new(),
            directives: 0,
        };
        local.walk(set, 0, 0, inside_introspection);
        local
    }

    fn walk(&mut self, set: &'a SelectionSet, level: usize, lists: usize, inside: bool) {
        for selection in &set.items {
            self.directives += selection.node.directives().len();
            match &selection.node {
                Selection::Field(field) => {
                    let name = field.node.name.node.as_str();
                    self.measure.fields = self.measure.fields.saturating_add(1);
                    if level == 0 && !META_FIELDS.contains(&name) {
                        self.measure.meta_only = false;
                    }
                    let lists = lists + usize::from(inside && INTROSPECTION_LISTS.contains(&name));
                    self.measure.depth = self.measure.depth.max(level + 1);
                    self.measure.lists = self.measure.lists.max(lists);
                    let inside = inside || name == "__schema" || name == "__type";
                    self.walk(&field.node.selection_set.node, level + 1, lists, inside);
                }
                Selection::FragmentSpread(spread) => {
                    let target = spread.node.fragment_name.node.as_str();
                    self.spreads.push(Spread {
                        target,
                        depth: level,
                        lists,
                    });
                    if level == 0 {
                        self.top_spreads.push(target);
                    }
                }
                Selection::InlineFragment(inline) => {
                    let inside = inside
                        || inline
                            .node
                            .type_condition
                            .as_ref()
                            .is_some_and(|c| c.node.on.node.starts_with("__"));
                    self.walk(&inline.node.selection_set.node, level, lists, inside);
                }
            }
        }
    }

    /// The measure once every spread is replaced by its fragment's (unknown fragments count
    /// as nothing: validation names them).
    fn resolve(&self, fragments: &HashMap<&str, Measure>) -> Measure {
        let mut measure = self.measure;
        for spread in &self.spreads {
            if let Some(target) = fragments.get(spread.target) {
                measure.fields = measure.fields.saturating_add(target.fields);
                measure.depth = measure.depth.max(spread.depth + target.depth);
                measure.lists = measure.lists.max(spread.lists + target.lists);
            }
        }
        measure.meta_only = measure.meta_only
            && self
                .top_spreads
                .iter()
                .all(|name| fragments.get(name).is_none_or(|target| target.meta_only));
        measure
    }
}

/// Why a document was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub message: String,
    pub pos: Option<Pos>,
}

impl From<Refusal> for ServerError {
    fn from(refusal: Refusal) -> Self {
        let mut error = ServerError::new(refusal.message, refusal.pos);
        error
            .extensions
            .get_or_insert_with(Default::default)
            .set("code", ErrorCode::Validation.as_str());
        error
    }
}

fn refuse(message: String, pos: Option<Pos>) -> Result<(), Refusal> {
    Err(Refusal { message, pos })
}

/// Checks `document` against `limits` in time linear in its size.
pub fn check(document: &ExecutableDocument, limits: &Limits) -> Result<(), Refusal> {
    // Each fragment as written, and who spreads whom.
    let mut locals: HashMap<&str, Local<'_>> = HashMap::new();
    let mut directives = 0usize;
    for (name, fragment) in &document.fragments {
        let inside = fragment.node.type_condition.node.on.node.starts_with("__");
        let local = Local::of(&fragment.node.selection_set.node, inside);
        directives += local.directives + fragment.node.directives.len();
        locals.insert(name.as_str(), local);
    }

    // Kahn's algorithm: a fragment is measured once all the fragments it spreads are.
    let mut waiting_on: HashMap<&str, usize> = HashMap::new();
    let mut spread_by: HashMap<&str, Vec<&str>> = HashMap::new();
    for (name, local) in &locals {
        let mut known = 0;
        for spread in &local.spreads {
            if locals.contains_key(spread.target) {
                known += 1;
                spread_by.entry(spread.target).or_default().push(name);
            }
        }
        waiting_on.insert(name, known);
    }
    let mut ready: VecDeque<&str> = waiting_on
        .iter()
        .filter(|(_, waiting)| **waiting == 0)
        .map(|(name, _)| *name)
        .collect();
    let mut measured: HashMap<&str, Measure> = HashMap::new();
    while let Some(name) = ready.pop_front() {
        measured.insert(name, locals[name].resolve(&measured));
        for user in spread_by.get(name).into_iter().flatten() {
            let waiting = waiting_on.get_mut(user).expect("every fragment waits");
            *waiting -= 1;
            if *waiting == 0 {
                ready.push_back(user);
            }
        }
    }
    if let Some((name, _)) = document
        .fragments
        .iter()
        .find(|(name, _)| !measured.contains_key(name.as_str()))
    {
        let pos = document.fragments.get(name).map(|f| f.pos);
        return refuse(format!("fragment `{name}` spreads itself"), pos);
    }

    let operations: Vec<&OperationDefinition> = match &document.operations {
        DocumentOperations::Single(operation) => vec![&operation.node],
        DocumentOperations::Multiple(operations) => operations
            .values()
            .map(|operation| &operation.node)
            .collect(),
    };
    let mut fields = 0u64;
    for operation in operations {
        let local = Local::of(&operation.selection_set.node, false);
        directives += local.directives
            + operation.directives.len()
            + operation
                .variable_definitions
                .iter()
                .map(|variable| variable.node.directives.len())
                .sum::<usize>();
        let measure = local.resolve(&measured);
        fields = fields.saturating_add(measure.fields);
        let pos = Some(operation.selection_set.pos);
        let depth = if measure.meta_only {
            limits.introspection_depth
        } else {
            limits.depth
        };
        if measure.depth > depth {
            return refuse(
                format!(
                    "the query nests {} levels deep; at most {depth} are allowed",
                    measure.depth
                ),
                pos,
            );
        }
        if measure.lists > limits.introspection_lists {
            return refuse(
                format!(
                    "introspection lists nest {} deep; at most {} are allowed",
                    measure.lists, limits.introspection_lists
                ),
                pos,
            );
        }
    }
    if fields > limits.fields {
        return refuse(
            format!(
                "the query selects {} fields once its fragments are expanded; at most {} are allowed",
                display_count(fields),
                limits.fields
            ),
            None,
        );
    }
    if directives > limits.directives {
        return refuse(
            format!(
                "the query uses {directives} directives; at most {} are allowed",
                limits.directives
            ),
            None,
        );
    }
    Ok(())
}

fn display_count(fields: u64) -> String {
    if fields == u64::MAX {
        "more than 18446744073709551614".to_owned()
    } else {
        fields.to_string()
    }
}

/// Why `request` is refused under `SHAPE_LIMITS`, if it is: judged before async-graphql
/// validates it (its validation expands fragments). Both ways in (HTTP and the WebSocket) ask
/// this before executing. It is not a schema extension because any extension, even one that
/// only prepares requests, sends every field of every answer through async-graphql's extension
/// chain: about a tenth of the server's time on a dashboard page of fifty referrals.
pub fn refusal(request: &mut Request) -> Option<ServerError> {
    // A syntax error is left to the executor, which reports it as usual.
    let document = request.parsed_query().ok()?;
    check(document, &crate::graphql::SHAPE_LIMITS)
        .err()
        .map(Into::into)
}

#[cfg(test)]
mod tests {
    use super::*;
    use async_graphql::parser::parse_query;

    const LIMITS: Limits = Limits {
        fields: 400,
        depth: 12,
        introspection_depth: 20,
        introspection_lists: 3,
        directives: 20,
    };

    fn checked(query: &str) -> Result<(), Refusal> {
        check(&parse_query(query).expect("parses"), &LIMITS)
    }

    /// `query { ...F<n> }` where each fragment spreads the previous one twice.
    fn fan_out(n: usize) -> String {
        let mut query =
            format!("query {{ ...F{n} }} fragment F0 on QueryRoot {{ __typename a: __typename }}");
        for i in 1..=n {
            query.push_str(&format!(
                " fragment F{i} on QueryRoot {{ ...F{} x{i}: __typename ...F{} }}",
                i - 1,
                i - 1
            ));
        }
        query
    }

    #[test]
    fn a_fan_out_is_counted_without_expanding_it() {
        for n in [8, 20, 64, 200] {
            let started = std::time::Instant::now();
            let refusal = checked(&fan_out(n)).expect_err("too many fields");
            assert!(refusal.message.contains("fields"), "{refusal:?}");
            assert!(started.elapsed() < std::time::Duration::from_secs(1));
        }
        // F<n> selects 3·2^n − 1 fields: 23 at n = 3.
        checked(&fan_out(3)).expect("fits");
    }

    #[test]
    fn typename_counts_like_any_field() {
        let many = (0..401)
            .map(|i| format!("a{i}: __typename"))
            .collect::<Vec<_>>();
        assert!(checked(&format!("{{ {} }}", many.join(" "))).is_err());
        assert!(checked(&format!("{{ {} }}", many[..400].join(" "))).is_ok());
    }

    #[test]
    fn a_cycle_is_refused() {
        let refusal = checked(
            "{ ...A } fragment A on QueryRoot { me { id } ...B } fragment B on QueryRoot { ...A }",
        )
        .expect_err("cycle");
        assert!(refusal.message.contains("spreads itself"), "{refusal:?}");
    }

    #[test]
    fn depth_counts_through_fragments() {
        assert!(checked("{ a { ...F } } fragment F on A { b { c { id } } }").is_ok());
        // 13 levels, only visible once F and G are expanded.
        let deep = "{ a { ...F } } fragment F on A { b { ...G } } \
                    fragment G on B { c { d { e { f { g { h { i { j { k { l { m } } } } } } } } } } }";
        let refusal = checked(deep).expect_err("too deep");
        assert!(refusal.message.contains("13 levels"), "{refusal:?}");
    }

    #[test]
    fn directives_are_counted_per_document() {
        let fields = (0..21)
            .map(|i| format!("a{i}: __typename @include(if: true)"))
            .collect::<Vec<_>>()
            .join(" ");
        let refusal = checked(&format!("{{ {fields} }}")).expect_err("21 directives");
        assert!(refusal.message.contains("directives"), "{refusal:?}");
    }

    #[test]
    fn introspection_lists_may_nest_three_deep() {
        assert!(checked("{ __schema { types { fields { args { name } } } } }").is_ok());
        let refusal = checked(
            "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
        )
        .expect_err("five lists");
        assert!(refusal.message.contains("introspection"), "{refusal:?}");
        // The same names outside introspection are ordinary fields.
        assert!(checked("{ types { fields { args { fields { name } } } } }").is_ok());
    }
}

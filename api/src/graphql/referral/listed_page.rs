//! A page of a referral list, answered directly when its selection is plain.
//!
//! Why: after each node's value was built in one pass ([`ListedNode`]), what remained of
//! async-graphql's machinery on a dashboard page was the page around the nodes: each of its 50
//! edges an object of its own, resolved through a boxed future per field and a join per list.
//! When the page's selection is plain (fields only, no directives, fragments or repeated keys)
//! and every node's is too, the page's value is built here in one pass. Anything else goes
//! through async-graphql's [`Connection`] as before, so the answers and their errors do not
//! change.

use std::borrow::Cow;

use async_graphql::connection::{Connection, Edge, EmptyFields, PageInfo};
use async_graphql::parser::types::Field;
use async_graphql::registry::Registry;
use async_graphql::{ContextSelectionSet, OutputType, Positioned, ServerResult, Value};

use crate::graphql::referral::listed::{ListedNode, plain_object};

/// The connection a referral list answers.
type Page = Connection<String, ListedNode>;

/// One of its edges.
type PageEdge = Edge<String, ListedNode, EmptyFields>;

/// A page of a referral list: its referrals with their cursors, and whether more follow.
pub struct ListedPage(Page);

impl From<Page> for ListedPage {
    fn from(page: Page) -> Self {
        Self(page)
    }
}

impl OutputType for ListedPage {
    fn type_name() -> Cow<'static, str> {
        Page::type_name()
    }

    fn qualified_type_name() -> String {
        Page::qualified_type_name()
    }

    fn create_type_info(registry: &mut Registry) -> String {
        Page::create_type_info(registry)
    }

    async fn resolve(
        &self,
        ctx: &ContextSelectionSet<'_>,
        field: &Positioned<Field>,
    ) -> ServerResult<Value> {
        match self.plain(ctx) {
            Some(value) => Ok(value),
            None => OutputType::resolve(&self.0, ctx, field).await,
        }
    }
}

impl ListedPage {
    /// The page's value, when its selection and every node's is plain.
    fn plain(&self, ctx: &ContextSelectionSet<'_>) -> Option<Value> {
        let edges = &self.0.edges;
        plain_object(&ctx.item.node, |selected| {
            Some(match selected.node.name.node.as_str() {
                "__typename" => Value::String(Page::type_name().into_owned()),
                "pageInfo" => self.page_info(selected)?,
                "edges" => Value::List(
                    edges
                        .iter()
                        .map(|edge| edge_value(ctx, selected, edge))
                        .collect::<Option<_>>()?,
                ),
                "nodes" => {
                    let node = ctx.with_selection_set(&selected.node.selection_set);
                    Value::List(
                        edges
                            .iter()
                            .map(|edge| edge.node.plain(&node))
                            .collect::<Option<_>>()?,
                    )
                }
                _ => return None,
            })
        })
    }

    /// What `pageInfo` selects: whether pages come before and after, and the cursors at the
    /// page's two ends (none on an empty page).
    fn page_info(&self, field: &Positioned<Field>) -> Option<Value> {
        let cursor = |edge: Option<&PageEdge>| {
            edge.map_or(Value::Null, |edge| Value::String(edge.cursor.clone()))
        };
        plain_object(&field.node.selection_set.node, |selected| {
            Some(match selected.node.name.node.as_str() {
                "__typename" => Value::String(PageInfo::type_name().into_owned()),
                "hasPreviousPage" => Value::Boolean(self.0.has_previous_page),
                "hasNextPage" => Value::Boolean(self.0.has_next_page),
                "startCursor" => cursor(self.0.edges.first()),
                "endCursor" => cursor(self.0.edges.last()),
                _ => return None,
            })
        })
    }
}

/// One edge as `field` (the page's `edges`) selects it: its node and its cursor.
fn edge_value<'a>(
    ctx: &ContextSelectionSet<'a>,
    field: &'a Positioned<Field>,
    edge: &PageEdge,
) -> Option<Value> {
    plain_object(&field.node.selection_set.node, |selected| {
        Some(match selected.node.name.node.as_str() {
            "__typename" => Value::String(PageEdge::type_name().into_owned()),
            "node" => edge
                .node
                .plain(&ctx.with_selection_set(&selected.node.selection_set))?,
            "cursor" => Value::String(edge.cursor.clone()),
            _ => return None,
        })
    })
}

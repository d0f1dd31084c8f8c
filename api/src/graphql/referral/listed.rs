//! A referral as a list read it with its page, answered directly when its selection is plain.
//!
//! Why: async-graphql resolves every field through a boxed future, a join and its extension
//! chain. A dashboard page of 50 referrals with both organisations and the programme is about a
//! thousand such fields, and that machinery was the largest part of the server's time on the
//! dashboard (`BENCHMARKS.md`, "Where W1's time goes"). When a node's selection is plain (fields
//! only, no directives, fragments or repeated keys) and asks only for what the page read and
//! what cannot fail, the node's value is built here in one pass, with the same conversions the
//! resolvers use. Anything else, including a programme the viewer may not see, goes through
//! [`Referral`]'s resolvers as before, so the answers and their errors do not change.

use std::borrow::Cow;

use async_graphql::indexmap::IndexMap;
use async_graphql::parser::types::{Field, Selection, SelectionSet};
use async_graphql::registry::Registry;
use async_graphql::resolver_utils::enum_value;
use async_graphql::{
    ContextSelectionSet, Name, OutputType, Positioned, ScalarType, ServerResult, Value,
};
use skupaj_app::referral::{ListedReferral, OrganisationLabel, ProgrammeLabel, Related};
use skupaj_domain::organisation::Organisation;
use skupaj_domain::programme::{Programme, localised};

use crate::graphql::loaders::Loaders;
use crate::graphql::organisation::object::Organisation as OrganisationObject;
use crate::graphql::programme::{Programme as ProgrammeObject, ProgrammeStatus};
use crate::graphql::referral::{
    NeedDomain, Referral, ReferralKind, ReferralPriority, ReferralStatus,
};

/// What a page read of an organisation.
type ListedOrganisation = Related<Organisation, OrganisationLabel>;

/// What a page read of a programme.
type ListedProgramme = Related<Programme, ProgrammeLabel>;

/// A node of a referral list: the referral and what its page read of its relations.
pub struct ListedNode(ListedReferral);

impl From<ListedReferral> for ListedNode {
    fn from(item: ListedReferral) -> Self {
        Self(item)
    }
}

impl OutputType for ListedNode {
    fn type_name() -> Cow<'static, str> {
        Referral::type_name()
    }

    fn qualified_type_name() -> String {
        Referral::qualified_type_name()
    }

    fn create_type_info(registry: &mut Registry) -> String {
        Referral::create_type_info(registry)
    }

    async fn resolve(
        &self,
        ctx: &ContextSelectionSet<'_>,
        field: &Positioned<Field>,
    ) -> ServerResult<Value> {
        match self.plain(ctx) {
            Some(value) => Ok(value),
            None => {
                // Resolvers find what the page read in the loaders. Only a node they answer
                // needs it there, so it is kept for that node alone.
                let loaders = ctx.data_unchecked::<Loaders>();
                loaders.keep_listed(std::slice::from_ref(&self.0)).await;
                OutputType::resolve(&Referral(self.0.referral.clone()), ctx, field).await
            }
        }
    }
}

impl ListedNode {
    /// The node's value, when its selection (`ctx`) is plain and asks only for what the page
    /// read and what cannot fail.
    pub(super) fn plain(&self, ctx: &ContextSelectionSet<'_>) -> Option<Value> {
        plain_object(&ctx.item.node, |selected| self.plain_field(ctx, selected))
    }

    /// The value of one selected field of the referral, when it is answered without resolvers.
    fn plain_field(
        &self,
        ctx: &ContextSelectionSet<'_>,
        field: &Positioned<Field>,
    ) -> Option<Value> {
        let (referral, listed) = (&self.0.referral, &self.0);
        Some(match field.node.name.node.as_str() {
            "__typename" => Value::String(Referral::type_name().into_owned()),
            "id" => Value::String(referral.id.to_string()),
            "status" => enum_value(ReferralStatus::from(referral.status)),
            "kind" => enum_value(ReferralKind::from(referral.kind)),
            "needDomain" => enum_value(NeedDomain::from(referral.need_domain)),
            "priority" => enum_value(ReferralPriority::from(referral.priority)),
            "respondBy" => referral.respond_by.to_value(),
            "createdAt" => referral.created_at.to_value(),
            "participantCode" => Value::String(listed.participant_code.clone()?),
            "fromOrganisation" => organisation(field, listed.from_organisation.as_ref()?)?,
            "toOrganisation" => organisation(field, listed.to_organisation.as_ref()?)?,
            "programme" => match referral.programme_id {
                None => Value::Null,
                Some(_) => programme(ctx, field, listed.programme.as_ref()?)?,
            },
            _ => return None,
        })
    }
}

/// An organisation's id and name, from its label or its row.
fn organisation(field: &Positioned<Field>, related: &ListedOrganisation) -> Option<Value> {
    let (id, name) = match related {
        Related::Label(label) => (label.id, label.name.as_str()),
        Related::Row(row) => (row.id, row.profile.name.as_str()),
    };
    plain_object(&field.node.selection_set.node, |selected| {
        Some(match selected.node.name.node.as_str() {
            "__typename" => Value::String(OrganisationObject::type_name().into_owned()),
            "id" => Value::String(id.to_string()),
            "name" => Value::String(name.to_owned()),
            _ => return None,
        })
    })
}

/// A public programme's id, status and title. Who may see any other programme depends on its
/// partners, which the page did not read: the resolver answers for those.
fn programme(
    ctx: &ContextSelectionSet<'_>,
    field: &Positioned<Field>,
    related: &ListedProgramme,
) -> Option<Value> {
    let (id, status, title) = match related {
        Related::Label(label) => (label.id, label.status, &label.title),
        Related::Row(row) => (row.id, row.status, &row.profile.title),
    };
    if !status.is_public() {
        return None;
    }
    plain_object(&field.node.selection_set.node, |selected| {
        Some(match selected.node.name.node.as_str() {
            "__typename" => Value::String(ProgrammeObject::type_name().into_owned()),
            "id" => Value::String(id.to_string()),
            "status" => enum_value(ProgrammeStatus::from(status)),
            "titleIn" => {
                let language = argument_text(ctx, selected, "language")?;
                Value::String(localised(title, &language).to_owned())
            }
            _ => return None,
        })
    })
}

/// A text argument of `field`, as its resolver would read it (variables applied).
fn argument_text(
    ctx: &ContextSelectionSet<'_>,
    field: &Positioned<Field>,
    name: &str,
) -> Option<String> {
    let (_, text) = ctx
        .with_field(field)
        .param_value::<String>(name, None)
        .ok()?;
    Some(text)
}

/// An object of plain fields: every selection a field without directives, each response key
/// once, each answered by `answer`. `None` as soon as one is not.
pub(super) fn plain_object<'s>(
    selection_set: &'s SelectionSet,
    mut answer: impl FnMut(&'s Positioned<Field>) -> Option<Value>,
) -> Option<Value> {
    let mut object: IndexMap<Name, Value> = IndexMap::with_capacity(selection_set.items.len());
    for selection in &selection_set.items {
        let Selection::Field(field) = &selection.node else {
            return None;
        };
        if !field.node.directives.is_empty() {
            return None;
        }
        let value = answer(field)?;
        if object
            .insert(field.node.response_key().node.clone(), value)
            .is_some()
        {
            return None;
        }
    }
    Some(Value::Object(object))
}

#[cfg(test)]
mod tests {
    use async_graphql::parser::parse_query;
    use async_graphql::parser::types::DocumentOperations;

    use super::*;

    /// `plain_object` over the first selection set of `query`, each field answered by `answer`.
    fn plain_with(
        query: &str,
        answer: impl FnMut(&Positioned<Field>) -> Option<Value>,
    ) -> Option<Value> {
        let document = parse_query(query).expect("parses");
        let DocumentOperations::Single(operation) = document.operations else {
            panic!("one operation");
        };
        plain_object(&operation.node.selection_set.node, answer)
    }

    /// `plain_object` over the first selection set of `query`, answering every field by its name.
    fn plain(query: &str) -> Option<Value> {
        plain_with(query, |field| {
            Some(Value::String(field.node.name.node.to_string()))
        })
    }

    #[test]
    fn answers_plain_fields_in_the_order_asked_under_their_response_keys() {
        let value = plain("{ b a: name c }").expect("plain");
        let Value::Object(object) = value else {
            panic!("an object");
        };
        let keys: Vec<&str> = object.keys().map(Name::as_str).collect();
        assert_eq!(keys, ["b", "a", "c"]);
        assert_eq!(object["a"], Value::String("name".to_owned()));
    }

    #[test]
    fn leaves_directives_fragments_and_repeated_keys_to_the_resolvers() {
        assert_eq!(plain("{ a @include(if: true) }"), None);
        assert_eq!(plain("{ a ... on Referral { b } }"), None);
        assert_eq!(plain("{ a ...F } fragment F on Referral { b }"), None);
        assert_eq!(plain("{ a a }"), None);
        assert_eq!(plain("{ x: a x: b }"), None);
    }

    #[test]
    fn leaves_a_field_it_cannot_answer_to_the_resolvers() {
        let answered = plain_with("{ a b }", |field| {
            (field.node.name.node == "a").then_some(Value::Null)
        });
        assert_eq!(answered, None);
    }
}

//! The GraphQL schema: types, queries, mutations, limits and the error convention.

use std::sync::Arc;

use async_graphql::Schema;
use skupaj_persistence::Database;

use crate::auth::tokens::TokenService;

pub mod account;
pub mod audit;
pub mod audit_log;
pub mod auth;
pub mod caseload;
pub mod context;
pub mod data_export;
pub mod documents;
pub mod emergency_access;
pub mod enrolment;
pub mod error;
pub mod indicator;
pub mod life_card;
pub mod limits;
pub mod loaders;
pub mod matching;
pub mod mediation;
pub mod member;
pub mod mentorship;
mod mutation;
pub mod notification;
pub mod organisation;
pub mod pagination;
pub mod participant;
pub mod placement;
pub mod programme;
pub(crate) mod query;
pub mod rectification;
pub mod referral;
pub mod row_views;
pub mod stakeholder_group;
mod subscription;
pub mod vacancy;

pub use mutation::MutationRoot;
pub use query::QueryRoot;
pub use subscription::SubscriptionRoot;

pub type SkupajSchema = Schema<QueryRoot, audit::MutationAudit<MutationRoot>, SubscriptionRoot>;

/// How deep a query may nest. The deepest legitimate query today (members of an organisation
/// of a membership of `me`) is 7 levels; the margin leaves room for growth, not for bombs.
pub const MAX_DEPTH: usize = 12;
/// How deep an introspection query (one selecting only `__schema`, `__type` and `__typename`)
/// may nest: the standard ones (graphql-js, GraphQL Code Generator, Apollo, gql, GraphiQL)
/// follow `ofType` nine or ten times, 15 levels in all. Their cost is bounded by
/// `MAX_INTROSPECTION_LISTS`, not by depth.
pub const MAX_INTROSPECTION_DEPTH: usize = 20;
/// How deep introspection's list fields (`types`, `fields`, `args`, …) may nest: each level
/// multiplies the answer by the size of the schema. The standard queries need three
/// (`types { fields { args } }`).
pub const MAX_INTROSPECTION_LISTS: usize = 3;
/// How many fields a document may select, in all its operations, once fragments are expanded
/// (aliases and `__typename` count each time).
pub const MAX_FIELDS: u64 = 400;
/// async-graphql's own complexity count, run during validation on documents that passed the
/// limits above (every field costs 1; no field declares a custom weight yet).
pub const MAX_COMPLEXITY: usize = 400;
/// How many directives a document may use.
pub const MAX_DIRECTIVES: usize = 20;

/// The limits judged on every document before it is validated (`limits::check`).
pub const SHAPE_LIMITS: limits::Limits = limits::Limits {
    fields: MAX_FIELDS,
    depth: MAX_DEPTH,
    introspection_depth: MAX_INTROSPECTION_DEPTH,
    introspection_lists: MAX_INTROSPECTION_LISTS,
    directives: MAX_DIRECTIVES,
};

/// What differs between development and production.
#[derive(Debug, Clone, Copy)]
pub struct SchemaOptions {
    /// Answer `__schema` and `__type` queries (development, or when explicitly enabled).
    pub introspection: bool,
    /// Suggest field names in error messages ("did you mean …").
    pub suggestions: bool,
}

/// The schema with its limits, but without any data attached: for printing the SDL.
fn builder(
    options: SchemaOptions,
) -> async_graphql::SchemaBuilder<QueryRoot, audit::MutationAudit<MutationRoot>, SubscriptionRoot> {
    let mut builder = Schema::build(
        QueryRoot::default(),
        audit::MutationAudit(MutationRoot::default()),
        SubscriptionRoot,
    )
    .limit_complexity(MAX_COMPLEXITY);
    if !options.introspection {
        builder = builder.disable_introspection();
    }
    if !options.suggestions {
        builder = builder.disable_suggestions();
    }
    builder
}

/// The schema served by the API.
/// What resolvers share besides the database and the token service.
#[derive(Debug, Clone)]
pub struct Shared {
    pub limits: crate::auth::rate_limit::RateLimits,
    pub templates: Arc<skupaj_notifier::templates::Templates>,
    pub hub: skupaj_notifier::live::Hub,
    /// k of small-cell suppression.
    pub min_cell: skupaj_domain::suppression::MinCell,
    /// Derives password reset tokens (the outbox worker holds the same key for the links).
    pub reset_key: skupaj_notifier::reset::ResetKey,
    /// How long an emergency access grant lasts.
    pub grant_duration: skupaj_domain::emergency_access::GrantDuration,
}

pub fn build(
    db: Database,
    tokens: Arc<TokenService>,
    shared: Shared,
    options: SchemaOptions,
) -> SkupajSchema {
    builder(options)
        .data(skupaj_app::App::new(db.clone()).with_grant_duration(shared.grant_duration))
        .data(db)
        .data(tokens)
        .data(shared.limits)
        .data(shared.templates)
        .data(shared.hub)
        .data(shared.min_cell)
        .data(shared.reset_key)
        .finish()
}

/// The SDL of the schema, as committed in `schema.graphql`.
pub fn sdl() -> String {
    builder(SchemaOptions {
        introspection: true,
        suggestions: true,
    })
    .finish()
    .sdl()
}

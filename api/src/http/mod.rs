//! HTTP routes: GraphQL, GraphiQL and the health probes.

pub mod client;
pub mod graphql;
pub mod health;
pub mod request_span;

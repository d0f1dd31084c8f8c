//! HTTP routes: GraphQL (and its WebSocket), the web console and its sign-in endpoints,
//! GraphiQL, the SDL and the health probes.

pub mod client;
pub mod console;
pub mod data_export;
pub mod exports;
pub mod graphiql;
pub mod graphql;
pub mod health;
pub mod request_span;
pub mod session;
pub mod websocket;
pub mod worker_pool;

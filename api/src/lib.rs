//! The Skupaj API: the GraphQL schema, the actix-web server, authentication, settings, and the
//! commands of the `skupaj` binary.

pub mod accounts;
pub mod audit_chain;
pub mod auth;
pub mod demo;
pub mod graphql;
pub mod http;
pub mod listener;
pub mod metrics;
pub mod notifications;
pub mod retention_cli;
pub mod runtime;
pub mod scheduler;
pub mod server;
pub mod settings;
pub mod shutdown;
pub mod telemetry;

pub use server::Application;
pub use settings::Settings;

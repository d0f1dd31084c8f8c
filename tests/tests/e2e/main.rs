//! End-to-end tests: each starts the real server on a fresh database and speaks HTTP to it.

mod access_matrix;
mod audit;
mod auth;
mod consent;
mod dashboard;
mod demo;
mod directory;
mod hardening;
mod introspection;
mod limits;
mod matching;
mod members;
mod notifications;
mod organisations;
mod production;
mod programmes;
mod referrals;
mod schema;
mod support;
mod support_work;
mod tokens;
mod websocket;

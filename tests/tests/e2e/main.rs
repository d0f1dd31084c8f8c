//! End-to-end tests: each starts the real server on a fresh database and speaks HTTP to it.

mod access_matrix;
mod audit;
mod auth;
mod consent;
mod crash;
mod dashboard;
mod demo;
mod directory;
mod hardening;
mod limits;
mod matching;
mod members;
mod notifications;
mod operations;
mod organisations;
mod production;
mod programmes;
mod referrals;
mod rules;
mod schema;
mod shutdown;
mod spec;
mod support;
mod support_work;
mod tokens;

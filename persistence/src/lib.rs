//! Skupaj storage: sea-orm entities, migrations and repositories. Repositories speak in domain
//! values; the entities stay inside this crate. Every query filters in SQL so that pages and
//! counts never include rows the caller was not meant to see.

pub mod audit;
pub mod auth_attempts;
pub mod bulk;
pub mod candidates;
pub mod caseloads;
pub mod consents;
pub mod data_export;
pub mod database;
pub mod emergency_access;
pub mod enrolments;
mod entity;
pub mod erasure;
pub mod error;
pub mod exports;
pub mod indicators;
pub mod invitations;
pub mod life_cards;
pub mod mediation;
pub mod mentorships;
mod migration;
pub mod notifications;
mod ordered_row;
pub mod organisations;
pub mod page;
pub mod participant_merge;
pub mod participants;
pub mod passwords;
pub mod placements;
mod planned_once;
pub mod programmes;
pub mod rectification;
pub mod referral_page;
pub mod referrals;
pub mod retention;
pub mod scheduled;
pub mod sessions;
pub mod stakeholder_groups;
pub mod tasks;
pub mod users;
pub mod vacancies;
pub mod viewers;

pub use database::{Database, connect, connect_lazily, connect_sized, default_pool_size, migrate};
pub use error::PersistenceError;
pub use sea_orm::DatabaseConnection;

//! Schema migrations. The same migrations serve SQLite and PostgreSQL; each is written with
//! sea-query's builders so that neither dialect leaks in.

use sea_orm_migration::prelude::*;

mod helpers;
mod m0001_accounts;
mod m0002_referrals;
mod m0003_programmes;
mod m0004_auth_attempts;
mod m0005_support;
mod m0006_positions;
mod m0007_notifications;
mod m0008_page_order;
mod m0009_invitations;
mod m0010_audit_address;
mod m0011_participant_search;
mod m0012_caseloads;
mod m0013_accounts;
mod m0014_placements;
mod m0015_privacy;
mod m0017_participant_merge;
mod m0018_erasure;
mod m0019_retention;
mod m0020_emergency_access;

/// Applies every pending migration in order.
#[derive(Debug)]
pub struct Migrator;

#[sea_orm_migration::async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m0001_accounts::Migration),
            Box::new(m0002_referrals::Migration),
            Box::new(m0003_programmes::Migration),
            Box::new(m0004_auth_attempts::Migration),
            Box::new(m0005_support::Migration),
            Box::new(m0006_positions::Migration),
            Box::new(m0007_notifications::Migration),
            Box::new(m0008_page_order::Migration),
            Box::new(m0009_invitations::Migration),
            Box::new(m0010_audit_address::Migration),
            Box::new(m0011_participant_search::Migration),
            Box::new(m0012_caseloads::Migration),
            Box::new(m0013_accounts::Migration),
            Box::new(m0014_placements::Migration),
            Box::new(m0015_privacy::Migration),
            Box::new(m0017_participant_merge::Migration),
            Box::new(m0018_erasure::Migration),
            Box::new(m0019_retention::Migration),
            Box::new(m0020_emergency_access::Migration),
        ]
    }
}

//! The `audit_chain` table: one row, the head of the audit log's hash chain (the last entry's
//! place and hash). Appending locks it, so entries are chained one at a time. It also keeps the
//! checkpoint retention leaves: the place and hash of the last entry pruned (0 and `GENESIS`
//! while nothing was), from which the chain is verified.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_chain")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    pub seq: i64,
    pub hash: String,
    pub pruned_seq: i64,
    pub pruned_hash: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

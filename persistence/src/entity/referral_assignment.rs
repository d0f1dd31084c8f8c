//! The `referral_assignments` table: the receiving organisation's staff member an incoming
//! referral is assigned to (one row per assigned referral).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "referral_assignments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub referral_id: Uuid,
    pub user_id: Uuid,
    pub assigned_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

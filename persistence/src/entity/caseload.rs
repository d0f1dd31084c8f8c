//! The `caseloads` table: a participant's case worker (one row per assigned participant).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "caseloads")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub participant_id: Uuid,
    pub user_id: Uuid,
    pub assigned_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

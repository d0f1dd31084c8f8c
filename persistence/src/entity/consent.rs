//! The `consents` table. Coverage and field groups are JSON text, evaluated in the domain.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consents")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub participant_id: Uuid,
    pub purpose: String,
    pub covered_organisations: String,
    pub covered_kinds: String,
    pub field_groups: String,
    pub method: String,
    pub language: String,
    pub given_at: DateTimeUtc,
    pub expires_at: Option<DateTimeUtc>,
    pub withdrawn_at: Option<DateTimeUtc>,
    pub recorded_by: Uuid,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

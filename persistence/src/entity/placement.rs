//! The `placements` table: a job a participant started (an employer organisation or a name).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "placements")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub participant_id: Uuid,
    pub enrolment_id: Option<Uuid>,
    pub programme_id: Option<Uuid>,
    pub employer_organisation_id: Option<Uuid>,
    pub employer_name: Option<String>,
    pub occupation: String,
    pub contract_type: String,
    pub hours_per_week: i32,
    pub starts_on: Date,
    pub uses_training: bool,
    pub recorded_by_organisation_id: Uuid,
    pub recorded_by_user_id: Uuid,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

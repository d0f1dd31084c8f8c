//! The `tasks` table: follow-up tasks about a participant or a referral (exactly one of the two).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "tasks")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub participant_id: Option<Uuid>,
    pub referral_id: Option<Uuid>,
    pub title: String,
    pub due_on: Date,
    pub assignee_id: Uuid,
    pub status: String,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub completed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

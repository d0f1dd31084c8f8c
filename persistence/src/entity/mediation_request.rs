//! The `mediation_requests` table: a request for an interpreter or intercultural mediator.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mediation_requests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub requested_by: Uuid,
    pub language: String,
    pub starts_at: DateTimeUtc,
    pub place: Option<String>,
    pub remote: bool,
    pub referral_id: Option<Uuid>,
    pub session_id: Option<Uuid>,
    pub participant_id: Option<Uuid>,
    pub notes: Option<String>,
    pub status: String,
    pub mediator_user_id: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

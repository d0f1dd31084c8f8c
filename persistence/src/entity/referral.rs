//! The `referrals` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "referrals")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub participant_id: Uuid,
    pub from_organisation_id: Uuid,
    pub from_user_id: Uuid,
    pub to_organisation_id: Uuid,
    pub programme_id: Option<Uuid>,
    pub need_domain: String,
    pub priority: String,
    pub reason: String,
    pub respond_by: Date,
    pub kind: String,
    pub status: String,
    pub consent_id: Option<Uuid>,
    pub redirected_from_id: Option<Uuid>,
    pub decline_reason: Option<String>,
    pub outcome: Option<String>,
    pub cancel_reason: Option<String>,
    pub version: i32,
    pub sent_at: Option<DateTimeUtc>,
    pub first_response_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

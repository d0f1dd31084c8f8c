//! The `referral_note_revisions` table: the text a correction replaced (rectification), with who replaced it
//! and when. Only ever inserted into; rows go with their record.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "referral_note_revisions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub note_id: Uuid,
    pub body: String,
    pub replaced_at: DateTimeUtc,
    pub replaced_by_user_id: Uuid,
    pub replaced_by_organisation_id: Uuid,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! The `sessions` table: one sign-in, the family its refresh tokens rotate within.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sessions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub user_id: Uuid,
    /// The organisation the user acts in; `None` for platform roles acting outside any.
    pub organisation_id: Option<Uuid>,
    pub created_at: DateTimeUtc,
    /// Set on logout, on reuse of a rotated refresh token, and on deactivation.
    pub revoked_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

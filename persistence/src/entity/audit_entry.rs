//! The `audit_log` table. Only ever inserted into; `seq` and `hash` chain its entries
//! (`crate::audit`).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub at: DateTimeUtc,
    pub user_id: Option<Uuid>,
    pub organisation_id: Option<Uuid>,
    pub role: Option<String>,
    pub operation: String,
    pub entity_type: Option<String>,
    pub entity_id: Option<Uuid>,
    pub outcome: String,
    pub client_address: Option<String>,
    pub request_id: Option<String>,
    pub reason: Option<String>,
    pub seq: Option<i64>,
    pub hash: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

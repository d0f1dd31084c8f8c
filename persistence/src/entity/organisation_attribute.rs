//! The `organisation_attributes` table: an organisation's languages, space types and offerings,
//! one row per value.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organisation_attributes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub organisation_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub attribute: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub value: String,
    /// Keeps the order in which the organisation listed its values.
    pub position: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// Which list a row belongs to.
pub const LANGUAGE: &str = "LANGUAGE";
pub const SPACE_TYPE: &str = "SPACE_TYPE";
pub const OFFERING: &str = "OFFERING";

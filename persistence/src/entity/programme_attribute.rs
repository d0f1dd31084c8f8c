//! The `programme_attributes` table: languages of instruction, skills taught and target
//! occupations, one row per value, for indexed filtering.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "programme_attributes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub programme_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub attribute: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub value: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

pub const LANGUAGE: &str = "LANGUAGE";
pub const SKILL: &str = "SKILL";
pub const OCCUPATION: &str = "OCCUPATION";

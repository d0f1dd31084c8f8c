//! The `participants` table. Lists (languages, skills, interests, needs) are JSON text: they are
//! only ever read whole, never filtered in SQL.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "participants")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub reference_code: String,
    pub owner_organisation_id: Uuid,
    pub given_name: String,
    pub family_name: Option<String>,
    pub birth_year: Option<i32>,
    pub gender: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub legal_status: Option<String>,
    pub country_of_origin: Option<String>,
    pub arrival_date: Option<Date>,
    pub preferred_language: String,
    pub languages: String,
    pub slovenian_level: Option<String>,
    pub education_level: Option<String>,
    pub skills: String,
    pub interests: String,
    pub needs: String,
    pub location_preference: Option<String>,
    pub max_travel_km: Option<i32>,
    pub municipality: Option<String>,
    /// Given and family name without case and diacritics (`domain::search::SearchKeys`).
    pub search_name: String,
    /// E-mail without case and diacritics, then the phone's digits.
    pub search_contact: String,
    /// The record this one was merged into; a merged record is left out of every read.
    pub merged_into: Option<Uuid>,
    pub merged_at: Option<DateTimeUtc>,
    /// When the record was erased (anonymised); an erased record is left out of lists.
    pub erased_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

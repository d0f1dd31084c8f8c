//! The `programmes` table. Lists and localised texts are JSON text; what is filtered on lives in
//! `programme_attributes` or in plain columns.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "programmes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub lead_organisation_id: Uuid,
    pub kind: String,
    pub status: String,
    pub title: String,
    pub description: String,
    pub modules: String,
    pub skills_taught: String,
    pub target_occupations: String,
    pub certificate: Option<String>,
    pub venue: Option<String>,
    pub municipality: String,
    pub capacity: i32,
    /// Places taken: enrolled or completed.
    pub enrolled_count: i32,
    pub legal_statuses: String,
    pub min_language_code: Option<String>,
    pub min_language_level: Option<String>,
    pub min_age: Option<i32>,
    pub max_age: Option<i32>,
    pub languages_of_instruction: String,
    pub interpretation: bool,
    pub childcare: bool,
    pub step_free_access: bool,
    pub cost_cents: i32,
    pub min_attendance_percent: i32,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    pub stakeholder_group_id: Option<Uuid>,
    /// Whether partners may schedule sessions too.
    pub partners_may_add_sessions: bool,
    /// Lower-cased titles, descriptions and skills, for free-text search.
    pub search_text: String,
    /// The arrival number the next enrolment gets (taken under the programme's row lock).
    pub next_position: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

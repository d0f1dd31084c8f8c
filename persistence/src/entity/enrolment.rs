//! The `enrolments` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "enrolments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub programme_id: Uuid,
    pub participant_id: Uuid,
    pub status: String,
    pub referral_id: Option<Uuid>,
    pub enrolled_by_organisation_id: Uuid,
    pub had_place: bool,
    pub modules_completed: String,
    pub certificate_awarded: bool,
    pub completed_on: Option<Date>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// Arrival order within the programme: the waitlist is served in this order.
    pub queue_position: i32,
    /// When the enrolment got its place (on enrolment or promotion).
    pub placed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

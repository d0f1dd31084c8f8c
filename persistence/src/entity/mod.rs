//! sea-orm entities: one module per table. They are the storage shape only; repositories turn
//! them into domain values, so nothing outside this crate sees them.

pub mod attendance;
pub mod audit_entry;
pub mod auth_attempt;
pub mod consent;
pub mod email_outbox;
pub mod enrolment;
pub mod follow_up_outcome;
pub mod life_entry;
pub mod life_goal;
pub mod mediation_request;
pub mod membership;
pub mod mentorship;
pub mod mentorship_meeting;
pub mod notification;
pub mod notification_preference;
pub mod organisation;
pub mod organisation_attribute;
pub mod participant;
pub mod programme;
pub mod programme_attribute;
pub mod programme_partner;
pub mod programme_session;
pub mod referral;
pub mod referral_event;
pub mod referral_note;
pub mod refresh_token;
pub mod scheduled_notice;
pub mod session;
pub mod staff_profile;
pub mod stakeholder_group;
pub mod stakeholder_group_coordinator;
pub mod stakeholder_group_member;
pub mod user;
pub mod vacancy;
pub mod vacancy_skill;

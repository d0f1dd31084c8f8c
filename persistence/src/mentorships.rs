//! Staff profiles (mentors' and mediators' expertise and languages), mentorships and meetings.

use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use skupaj_domain::access::Permit;
use skupaj_domain::language::LanguageCode;
use skupaj_domain::mentorship::{Mentorship, MentorshipMeeting, MentorshipStatus, StaffProfile};
use uuid::Uuid;

use crate::entity::{mentorship, mentorship_meeting, staff_profile};
use crate::error::{from_json, parse_stored, to_json};
use crate::{Database, PersistenceError};

/// Stores (or replaces) a staff profile.
pub async fn save_profile(
    db: &Database,
    _permit: Permit,
    profile: &StaffProfile,
) -> Result<(), PersistenceError> {
    let languages: Vec<String> = profile.languages.iter().map(ToString::to_string).collect();
    staff_profile::Entity::insert(staff_profile::ActiveModel {
        user_id: Set(profile.user_id),
        expertise: Set(to_json(&profile.expertise)),
        languages: Set(to_json(&languages)),
        max_mentees: Set(i32::try_from(profile.max_mentees).unwrap_or(i32::MAX)),
    })
    .on_conflict(
        OnConflict::column(staff_profile::Column::UserId)
            .update_columns([
                staff_profile::Column::Expertise,
                staff_profile::Column::Languages,
                staff_profile::Column::MaxMentees,
            ])
            .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

pub async fn profile(
    db: &Database,
    user_id: Uuid,
) -> Result<Option<StaffProfile>, PersistenceError> {
    staff_profile::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .map(profile_to_domain)
        .transpose()
}

/// Every staff profile (the platform's mentors and mediators are few; filtering is in Rust).
pub async fn profiles(db: &Database) -> Result<Vec<StaffProfile>, PersistenceError> {
    staff_profile::Entity::find()
        .order_by_asc(staff_profile::Column::UserId)
        .all(db)
        .await?
        .into_iter()
        .map(profile_to_domain)
        .collect()
}

pub async fn active_mentees(db: &Database, mentor: Uuid) -> Result<u32, PersistenceError> {
    let n = mentorship::Entity::find()
        .filter(mentorship::Column::MentorUserId.eq(mentor))
        .filter(mentorship::Column::Status.eq(MentorshipStatus::Active.to_string()))
        .count(db)
        .await?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

/// A pairing to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMentorship {
    pub mentor: Uuid,
    pub participant: Uuid,
    /// The arranging organisation.
    pub organisation: Uuid,
    pub goals: String,
    pub started_on: NaiveDate,
}

/// Stores an active pairing if the mentor is below their mentee limit (`Full` otherwise). The
/// limit is checked and the pairing written under the mentor's profile lock, so two pairings
/// at once cannot both take the last place.
pub async fn create(
    db: &Database,
    _permit: Permit,
    new: NewMentorship,
) -> Result<Mentorship, PersistenceError> {
    let NewMentorship {
        mentor,
        participant,
        organisation,
        goals,
        started_on,
    } = new;
    let txn = crate::database::begin_write(db).await?;
    staff_profile::Entity::update_many()
        .col_expr(
            staff_profile::Column::MaxMentees,
            Expr::col(staff_profile::Column::MaxMentees),
        )
        .filter(staff_profile::Column::UserId.eq(mentor))
        .exec(&txn)
        .await?;
    let profile = staff_profile::Entity::find_by_id(mentor)
        .one(&txn)
        .await?
        .ok_or(PersistenceError::NotFound)?;
    let active = mentorship::Entity::find()
        .filter(mentorship::Column::MentorUserId.eq(mentor))
        .filter(mentorship::Column::Status.eq(MentorshipStatus::Active.to_string()))
        .count(&txn)
        .await?;
    if active >= u64::try_from(profile.max_mentees).unwrap_or(0) {
        return Err(PersistenceError::Full(format!(
            "the mentor already has {active} of {} mentees",
            profile.max_mentees
        )));
    }
    let row = mentorship::ActiveModel {
        id: Set(Uuid::now_v7()),
        mentor_user_id: Set(mentor),
        participant_id: Set(participant),
        organisation_id: Set(organisation),
        goals: Set(goals),
        status: Set(MentorshipStatus::Active.to_string()),
        started_on: Set(started_on),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await?;
    crate::audit::created(row.id);
    crate::audit::commit(txn).await?;
    to_domain(row)
}

pub async fn get(db: &Database, id: Uuid) -> Result<Option<Mentorship>, PersistenceError> {
    mentorship::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(to_domain)
        .transpose()
}

/// Sets a mentorship's status.
pub async fn set_status(
    db: &Database,
    _permit: Permit,
    id: Uuid,
    status: MentorshipStatus,
) -> Result<Mentorship, PersistenceError> {
    mentorship::Entity::update_many()
        .col_expr(mentorship::Column::Status, status.to_string().into())
        .filter(mentorship::Column::Id.eq(id))
        .exec(db)
        .await?;
    get(db, id).await?.ok_or(PersistenceError::NotFound)
}

/// A mentor's mentorships, newest first.
pub async fn of_mentor(db: &Database, mentor: Uuid) -> Result<Vec<Mentorship>, PersistenceError> {
    mentorship::Entity::find()
        .filter(mentorship::Column::MentorUserId.eq(mentor))
        .order_by_desc(mentorship::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// The mentorships of a participant, newest first.
pub async fn of_participant(
    db: &Database,
    participant: Uuid,
) -> Result<Vec<Mentorship>, PersistenceError> {
    mentorship::Entity::find()
        .filter(mentorship::Column::ParticipantId.eq(participant))
        .order_by_desc(mentorship::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

pub async fn log_meeting(
    db: &Database,
    _permit: Permit,
    mentorship_id: Uuid,
    held_on: NaiveDate,
    notes: String,
) -> Result<MentorshipMeeting, PersistenceError> {
    let row = mentorship_meeting::ActiveModel {
        id: Set(Uuid::now_v7()),
        mentorship_id: Set(mentorship_id),
        held_on: Set(held_on),
        notes: Set(notes),
    }
    .insert(db)
    .await?;
    Ok(meeting_to_domain(row))
}

pub async fn meetings(
    db: &Database,
    mentorship_id: Uuid,
) -> Result<Vec<MentorshipMeeting>, PersistenceError> {
    Ok(mentorship_meeting::Entity::find()
        .filter(mentorship_meeting::Column::MentorshipId.eq(mentorship_id))
        .order_by_asc(mentorship_meeting::Column::HeldOn)
        .all(db)
        .await?
        .into_iter()
        .map(meeting_to_domain)
        .collect())
}

fn profile_to_domain(row: staff_profile::Model) -> Result<StaffProfile, PersistenceError> {
    let languages: Vec<String> = from_json("staff_profiles.languages", &row.languages)?;
    Ok(StaffProfile {
        user_id: row.user_id,
        expertise: from_json("staff_profiles.expertise", &row.expertise)?,
        languages: languages
            .iter()
            .map(|code| {
                LanguageCode::parse("language", code)
                    .map_err(|e| PersistenceError::Corrupt(e.to_string()))
            })
            .collect::<Result<_, _>>()?,
        max_mentees: u32::try_from(row.max_mentees).unwrap_or(0),
    })
}

fn to_domain(row: mentorship::Model) -> Result<Mentorship, PersistenceError> {
    Ok(Mentorship {
        id: row.id,
        mentor_user_id: row.mentor_user_id,
        participant_id: row.participant_id,
        organisation_id: row.organisation_id,
        goals: row.goals,
        status: parse_stored("mentorships.status", &row.status)?,
        started_on: row.started_on,
        created_at: row.created_at,
    })
}

fn meeting_to_domain(row: mentorship_meeting::Model) -> MentorshipMeeting {
    MentorshipMeeting {
        id: row.id,
        mentorship_id: row.mentorship_id,
        held_on: row.held_on,
        notes: row.notes,
    }
}

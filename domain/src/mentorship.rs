//! Mentorship: mentors with their expertise and languages, pairings with participants, meetings.
//! Also the languages of intercultural mediators, which share the same staff profile.

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use crate::language::LanguageCode;
use crate::{DomainError, ValidationError, text};

closed_set! {
/// Whether a pairing is under way.
pub enum MentorshipStatus {
    Active,
    Ended,
}
}

/// What a mentor or mediator offers: expertise, languages, and (mentors) how many mentees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffProfile {
    pub user_id: Uuid,
    pub expertise: Vec<String>,
    pub languages: Vec<LanguageCode>,
    pub max_mentees: u32,
}

/// A mentor paired with a participant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mentorship {
    pub id: Uuid,
    pub mentor_user_id: Uuid,
    pub participant_id: Uuid,
    /// The organisation that arranged it (the participant's owner).
    pub organisation_id: Uuid,
    pub goals: String,
    pub status: MentorshipStatus,
    pub started_on: NaiveDate,
    pub created_at: DateTime<Utc>,
}

/// A meeting of mentor and mentee.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentorshipMeeting {
    pub id: Uuid,
    pub mentorship_id: Uuid,
    pub held_on: NaiveDate,
    pub notes: String,
}

/// Validates a staff profile.
pub fn staff_profile(
    user_id: Uuid,
    expertise: &[String],
    languages: &[String],
    max_mentees: u32,
) -> Result<StaffProfile, ValidationError> {
    if max_mentees > 50 {
        return Err(ValidationError::new("maxMentees", "must be at most 50"));
    }
    let tags = text::tags("expertise", expertise, 60)?;
    Ok(StaffProfile {
        user_id,
        expertise: tags,
        languages: LanguageCode::parse_list("languages", languages)?,
        max_mentees,
    })
}

/// A mentor takes another mentee only below their stated maximum.
pub fn check_mentor_capacity(
    profile: &StaffProfile,
    active_mentees: u32,
) -> Result<(), DomainError> {
    if active_mentees >= profile.max_mentees {
        return Err(DomainError::Capacity(format!(
            "the mentor already has {active_mentees} of {} mentees",
            profile.max_mentees
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacity_is_the_mentors_own_limit() {
        let profile = staff_profile(Uuid::nil(), &["Welding".into()], &["ar".into()], 2).unwrap();
        assert_eq!(profile.expertise, vec!["welding"]);
        assert!(check_mentor_capacity(&profile, 1).is_ok());
        assert!(matches!(
            check_mentor_capacity(&profile, 2),
            Err(DomainError::Capacity(_))
        ));
        assert_eq!(
            staff_profile(Uuid::nil(), &[], &["zz".into()], 1)
                .unwrap_err()
                .field,
            "languages[0]"
        );
    }
}

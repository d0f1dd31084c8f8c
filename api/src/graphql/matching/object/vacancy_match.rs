//! `VacancyMatch`: an open vacancy suggested for a participant.

use async_graphql::SimpleObject;

use crate::graphql::matching::object::MatchReason;

/// An open vacancy suggested for a participant: how well it fits, out of 100, and why. Only
/// vacancies still open, within the participant's reach, whose language requirement they meet.
#[derive(SimpleObject)]
pub struct VacancyMatch {
    /// The vacancy.
    pub vacancy: crate::graphql::vacancy::Vacancy,
    /// How well it fits, from 0 to 100.
    pub score: u32,
    /// Why, one sentence each (skills, interests, training, distance, language, openings), in
    /// English.
    pub reasons: Vec<String>,
    /// The same reasons as codes with their values, for clients that write them in their
    /// user's language.
    pub reason_details: Vec<MatchReason>,
}

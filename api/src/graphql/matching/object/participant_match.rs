//! `ParticipantMatch`: a participant suggested for a programme.

use async_graphql::SimpleObject;

use crate::graphql::matching::object::MatchReason;

/// A participant suggested for a programme: how well the programme fits them, out of 100, and
/// why. Only participants the caller's organisation may see, who are eligible and can reach it.
#[derive(SimpleObject)]
pub struct ParticipantMatch {
    /// The participant, as far as the caller may see them.
    pub participant: crate::graphql::participant::Participant,
    /// How well the programme fits them, from 0 to 100.
    pub score: u32,
    /// Why, one sentence each, in English.
    pub reasons: Vec<String>,
    /// The same reasons as codes with their values, for clients that write them in their
    /// user's language.
    pub reason_details: Vec<MatchReason>,
}

//! A programme suggested for a participant, with its score and the reasons behind it.

use async_graphql::SimpleObject;

use crate::graphql::types::programme::Programme;

/// A programme suggested for a participant: how well it fits, out of 100, and why, in words a
/// caseworker can read. Only programmes open to enrolment that the participant is eligible for
/// and can reach are suggested.
#[derive(SimpleObject)]
pub struct ProgrammeMatch {
    /// The programme.
    pub programme: Programme,
    /// How well it fits, from 0 to 100.
    pub score: u32,
    /// Why, one sentence each (interests, labour demand, distance, language, needs, waitlist).
    pub reasons: Vec<String>,
}

/// A participant suggested for a programme: how well the programme fits them, out of 100, and
/// why. Only participants the caller's organisation may see, who are eligible and can reach it.
#[derive(SimpleObject)]
pub struct ParticipantMatch {
    /// The participant, as far as the caller may see them.
    pub participant: crate::graphql::types::participant::Participant,
    /// How well the programme fits them, from 0 to 100.
    pub score: u32,
    /// Why, one sentence each.
    pub reasons: Vec<String>,
}

//! `ProgrammeMatch`: a programme suggested for a participant.

use async_graphql::SimpleObject;

use crate::graphql::matching::object::MatchReason;
use crate::graphql::programme::Programme;

/// A programme suggested for a participant: how well it fits, out of 100, and why, in words a
/// caseworker can read. Only programmes open to enrolment that the participant is eligible for
/// and can reach are suggested.
#[derive(SimpleObject)]
pub struct ProgrammeMatch {
    /// The programme.
    pub programme: Programme,
    /// How well it fits, from 0 to 100.
    pub score: u32,
    /// Why, one sentence each (interests, labour demand, distance, language, needs, waitlist),
    /// in English.
    pub reasons: Vec<String>,
    /// The same reasons as codes with their values, for clients that write them in their
    /// user's language.
    pub reason_details: Vec<MatchReason>,
}

//! A programme suggested for a participant, with its score and the reasons behind it.

use async_graphql::{Enum, SimpleObject};
use skupaj_domain::matching::Reason;

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
    /// Why, one sentence each (interests, labour demand, distance, language, needs, waitlist),
    /// in English.
    pub reasons: Vec<String>,
    /// The same reasons as codes with their values, for clients that write them in their
    /// user's language.
    pub reason_details: Vec<MatchReason>,
}

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

/// One reason behind a match, as a code with what it names.
#[derive(SimpleObject)]
pub struct MatchReason {
    /// What kind of reason it is.
    pub code: MatchReasonCode,
    /// What it names: the interests or skills (`MATCHES_INTERESTS`, `BUILDS_ON_SKILLS`,
    /// `NEEDS_THEIR_SKILLS`, `IN_THEIR_INTERESTS`), the number of open jobs (`LABOUR_DEMAND`,
    /// `OPENINGS`), the distance in km (`WITHIN_REACH`), the language
    /// (`TAUGHT_IN_THEIR_LANGUAGE`, `SPEAKS_REQUIRED_LANGUAGE`) or the occupation
    /// (`TRAINED_FOR`); empty for the others.
    pub values: Vec<String>,
}

impl From<&Reason> for MatchReason {
    fn from(reason: &Reason) -> Self {
        Self {
            code: MatchReasonCode::of(reason),
            values: reason.values(),
        }
    }
}

/// The kinds of reason behind a match.
#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum MatchReasonCode {
    /// It teaches things they are interested in.
    MatchesInterests,
    /// It builds on skills they have.
    BuildsOnSkills,
    /// There are open jobs nearby for the occupations it trains for.
    LabourDemand,
    /// No open jobs nearby for the occupations it trains for.
    NoLabourDemand,
    /// Within their travel distance.
    WithinReach,
    /// The distance is unknown (a municipality is not recorded or not on the map).
    DistanceUnknown,
    /// In the kind of place (town or countryside) they prefer.
    SettingAsPreferred,
    /// Not in the kind of place they prefer.
    SettingNotPreferred,
    /// Taught in a language they speak.
    TaughtInTheirLanguage,
    /// Not taught in a language they speak, but interpretation is offered.
    InterpretationOffered,
    /// Not taught in a language they speak, and no interpretation.
    NoCommonLanguage,
    /// Offers the childcare they need.
    ChildcareOffered,
    /// No childcare, which they need.
    NoChildcare,
    /// Offers the interpretation they need.
    InterpretationNeededAndOffered,
    /// No interpretation, which they need.
    InterpretationNeededNotOffered,
    /// Full: they would join the waitlist.
    Full,
    /// A vacancy asks for skills they have (values: the skills).
    NeedsTheirSkills,
    /// A vacancy's occupation or skills are among their interests (values: which).
    InTheirInterests,
    /// They completed a programme that trained for the vacancy's occupation (value: it).
    TrainedFor,
    /// They speak the language the vacancy requires, at its level (value: the language).
    SpeaksRequiredLanguage,
    /// How many people the vacancy is for (value: the number).
    Openings,
}

impl MatchReasonCode {
    fn of(reason: &Reason) -> Self {
        match reason {
            Reason::MatchesInterests(_) => Self::MatchesInterests,
            Reason::BuildsOnSkills(_) => Self::BuildsOnSkills,
            Reason::LabourDemand(_) => Self::LabourDemand,
            Reason::NoLabourDemand => Self::NoLabourDemand,
            Reason::WithinReach { .. } => Self::WithinReach,
            Reason::DistanceUnknown => Self::DistanceUnknown,
            Reason::SettingAsPreferred => Self::SettingAsPreferred,
            Reason::SettingNotPreferred => Self::SettingNotPreferred,
            Reason::TaughtInTheirLanguage(_) => Self::TaughtInTheirLanguage,
            Reason::InterpretationOffered => Self::InterpretationOffered,
            Reason::NoCommonLanguage => Self::NoCommonLanguage,
            Reason::ChildcareOffered => Self::ChildcareOffered,
            Reason::NoChildcare => Self::NoChildcare,
            Reason::InterpretationNeededAndOffered => Self::InterpretationNeededAndOffered,
            Reason::InterpretationNeededNotOffered => Self::InterpretationNeededNotOffered,
            Reason::Full => Self::Full,
            Reason::NeedsTheirSkills(_) => Self::NeedsTheirSkills,
            Reason::InTheirInterests(_) => Self::InTheirInterests,
            Reason::TrainedFor(_) => Self::TrainedFor,
            Reason::SpeaksRequiredLanguage(_) => Self::SpeaksRequiredLanguage,
            Reason::Openings(_) => Self::Openings,
        }
    }
}

//! The GraphQL enum of matching: the kinds of reason behind a match.

use async_graphql::Enum;
use skupaj_domain::matching::Reason;

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
    pub(crate) fn of(reason: &Reason) -> Self {
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

//! What the vacancy queries and mutations take.

use async_graphql::InputObject;

/// Narrows the vacancy list.
#[derive(InputObject, Debug, Default)]
pub struct VacancyFilterInput {
    /// This occupation.
    pub occupation: Option<String>,
    /// In this municipality.
    pub municipality: Option<String>,
    /// Asking for this skill.
    pub skill: Option<String>,
    /// Include vacancies whose validity has ended (default: only open ones).
    #[graphql(default)]
    pub include_closed: bool,
}

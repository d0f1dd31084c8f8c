//! GraphQL enums of life cards, tied to their domain types.

use async_graphql::Enum;
use skupaj_domain::life_card;

/// A domain of a participant's life.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "life_card::LifeDomain")]
pub enum LifeDomain {
    /// Housing.
    Housing,
    /// Schooling and training.
    Education,
    /// Work.
    Employment,
    /// Language learning.
    Language,
    /// Legal matters.
    Legal,
    /// Health.
    Health,
    /// Social life and support.
    Social,
}

/// Where a life-card goal stands.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "life_card::GoalStatus")]
pub enum GoalStatus {
    /// Set, not yet started.
    Open,
    /// Being worked on.
    InProgress,
    /// Reached.
    Achieved,
    /// Given up.
    Dropped,
}

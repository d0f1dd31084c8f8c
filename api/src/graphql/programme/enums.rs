//! GraphQL enums of programmes, tied to their domain types.

use async_graphql::Enum;
use skupaj_domain::programme;

/// What kind of programme it is.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "programme::ProgrammeKind")]
pub enum ProgrammeKind {
    /// Mentorship by professionals.
    Mentorship,
    /// Training for a trade or occupation.
    VocationalTraining,
    /// A language course.
    LanguageCourse,
    /// Starting a business.
    Entrepreneurship,
    /// A hands-on workshop in a maker space or fab lab.
    MakerWorkshop,
    /// Orientation in Slovenian society and culture.
    CulturalOrientation,
    /// A networking event.
    NetworkingEvent,
    /// An integration course.
    IntegrationCourse,
    /// An internship.
    Internship,
    /// Preparation for a certificate.
    Certification,
}

/// Where a programme stands.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "programme::ProgrammeStatus")]
pub enum ProgrammeStatus {
    /// Being prepared; seen by its organisers only.
    Draft,
    /// Public and open for enrolment.
    Published,
    /// Under way; still public.
    Running,
    /// Finished.
    Completed,
    /// Called off.
    Cancelled,
}

/// What a partner does in a programme.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "programme::PartnerRole")]
pub enum PartnerRole {
    /// Hosts the sessions.
    HostSpace,
    /// Trains.
    Trainer,
    /// Provides mentors.
    Mentoring,
    /// Pays.
    Funder,
}

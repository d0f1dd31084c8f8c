//! GraphQL enums of enrolments, tied to their domain types.

use async_graphql::Enum;
use skupaj_domain::enrolment;

/// Where an enrolment stands.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "enrolment::EnrolmentStatus")]
pub enum EnrolmentStatus {
    /// Waiting for a place, in order of arrival.
    Waitlisted,
    /// Has a place.
    Enrolled,
    /// Completed the programme.
    Completed,
    /// Left before the end.
    Withdrawn,
    /// Stopped coming.
    DroppedOut,
}

/// Whether a participant came to a session.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "enrolment::AttendanceStatus")]
pub enum AttendanceStatus {
    /// Came.
    Present,
    /// Did not come.
    Absent,
    /// Did not come, with a reason.
    Excused,
}

/// What a participant did after completing a programme.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "enrolment::FollowUpOutcome")]
pub enum FollowUpOutcome {
    /// Found a job.
    Employed,
    /// Started working for themselves.
    SelfEmployed,
    /// Went on to further education.
    FurtherEducation,
    /// Looking for work.
    JobSeeking,
    /// Not known.
    Unknown,
}

//! GraphQL enums of participants and consent, tied to their domain types.

use async_graphql::Enum;
use skupaj_domain::{consent, participant};

/// Residence or protection status in Slovenia. Legal data: shown only to the owning
/// organisation, and to others only where a consent shares it.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "participant::LegalStatus")]
pub enum LegalStatus {
    /// Has applied for international protection.
    AsylumSeeker,
    /// Has international protection (refugee status).
    InternationalProtection,
    /// Has subsidiary protection.
    SubsidiaryProtection,
    /// Has temporary protection (e.g. from Ukraine).
    TemporaryProtection,
    /// Holds a permit to work.
    LabourMigrant,
    /// Holds a permit to study.
    Student,
    /// Has applied for a residence permit.
    ResidencePermitPending,
    /// Another status.
    Other,
}

/// Gender as the participant states it.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "participant::Gender")]
pub enum Gender {
    /// Female.
    Female,
    /// Male.
    Male,
    /// Non-binary.
    NonBinary,
    /// Prefers not to say.
    Undisclosed,
}

/// Highest completed education.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "participant::EducationLevel")]
pub enum EducationLevel {
    /// No formal education.
    None,
    /// Primary school.
    Primary,
    /// Secondary school.
    Secondary,
    /// Vocational training.
    Vocational,
    /// University or college.
    Tertiary,
    /// Not known.
    Unknown,
}

/// A CEFR language level, or a native speaker.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "participant::CefrLevel")]
pub enum CefrLevel {
    /// Breakthrough.
    A1,
    /// Waystage.
    A2,
    /// Threshold.
    B1,
    /// Vantage.
    B2,
    /// Effective operational proficiency.
    C1,
    /// Mastery.
    C2,
    /// Native speaker.
    Native,
}

/// Support a participant needs to take part.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "participant::ParticipantNeed")]
pub enum ParticipantNeed {
    /// Childcare during activities.
    Childcare,
    /// Help with transport.
    Transport,
    /// A mentor.
    Mentorship,
    /// An interpreter or intercultural mediator.
    Interpretation,
}

/// Where a participant would like to live, train or work.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "participant::LocationPreference")]
pub enum LocationPreference {
    /// In a town or city.
    Urban,
    /// In the countryside.
    Rural,
    /// Anywhere.
    Any,
}

/// What a consent is for.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "consent::ConsentPurpose")]
pub enum ConsentPurpose {
    /// Coordinating the participant's case between organisations.
    CaseCoordination,
    /// Referring the participant to other organisations.
    Referral,
    /// Enrolling the participant in programmes.
    ProgrammeEnrolment,
    /// Counting the participant in statistics.
    Statistics,
}

/// A group of participant fields a consent may share.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "consent::FieldGroup")]
pub enum FieldGroup {
    /// Names, birth year, gender.
    Identity,
    /// E-mail and phone.
    Contact,
    /// Legal status, country of origin, arrival date.
    Legal,
    /// Languages, education, skills, interests, needs, location preference.
    Background,
}

/// How consent was given.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "consent::ConsentMethod")]
pub enum ConsentMethod {
    /// Signed on paper.
    Written,
    /// Said aloud, recorded by the case manager.
    Verbal,
    /// Given in a digital form.
    Digital,
}

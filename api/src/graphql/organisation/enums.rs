//! The organisation directory's closed sets as GraphQL enums. `remote` ties each to its domain type, so the
//! compiler fails here when the domain gains or loses a value.

use async_graphql::Enum;
use skupaj_domain::{cwcs, organisation};

/// What an organisation is.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "organisation::OrganisationKind")]
pub enum OrganisationKind {
    /// A coworking or collaborative space: coworking, maker space, fab lab, incubator, creative hub, ….
    Cwcs,
    /// A municipality (local authority).
    Municipality,
    /// A non-governmental organisation.
    Ngo,
    /// A public employment service or private labour agency.
    LabourAgency,
    /// A school, university or adult-education centre.
    Education,
    /// A company or employer.
    Company,
    /// A community or diaspora association.
    CommunityAssociation,
    /// A centre for social work.
    SocialWorkCentre,
    /// A health centre.
    HealthCentre,
    /// A youth centre.
    YouthCentre,
    /// A housing initiative.
    HousingInitiative,
    /// A trade union.
    TradeUnion,
    /// Any other kind of organisation.
    Other,
}

/// Who runs an organisation.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "organisation::OrganisationSector")]
pub enum OrganisationSector {
    /// Publicly run.
    Public,
    /// Privately run.
    Private,
    /// An informal group without legal form.
    Informal,
}

/// What kind of space a CWCS is.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "cwcs::SpaceType")]
pub enum SpaceType {
    /// Shared desks and offices.
    Coworking,
    /// A space for collaborative projects.
    Collaborative,
    /// A workshop with tools for making things.
    MakerSpace,
    /// A fabrication laboratory (digital fabrication).
    FabLab,
    /// A start-up accelerator.
    Accelerator,
    /// A business incubator.
    Incubator,
    /// A hub for creative industries.
    CreativeHub,
    /// A laboratory joining arts and science.
    ArtsScienceLab,
    /// A space run for education.
    Educational,
}

/// Whether a space is in a town or in the countryside.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "cwcs::Setting")]
pub enum Setting {
    /// In a town or city.
    Urban,
    /// In the countryside or a small settlement.
    NonUrban,
}

/// What a space offers.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "cwcs::Offering")]
pub enum Offering {
    /// Desks or workspace.
    Workspace,
    /// Workshops and training.
    Workshops,
    /// A community of members.
    Community,
    /// Internships.
    Internships,
    /// Mentorship.
    Mentorship,
    /// Professional support (business, career).
    ProfessionalSupport,
    /// Technical advice.
    TechnicalAdvice,
    /// Legal advice.
    LegalAdvice,
    /// Artist residences.
    ArtistResidence,
    /// Childcare during activities.
    Childcare,
    /// Translation or interpretation.
    Translation,
}

/// The order of the organisation directory.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum OrganisationOrder {
    /// Alphabetically by name.
    #[default]
    Name,
    /// In the order organisations joined the platform.
    CreatedAt,
}

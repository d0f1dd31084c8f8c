//! `Consent`: what a participant agreed to share, with whom, until when.

use async_graphql::{ID, Object};
use chrono::{DateTime, Utc};
use skupaj_domain::consent;

use crate::graphql::organisation::OrganisationKind;
use crate::graphql::participant::{ConsentMethod, ConsentPurpose, FieldGroup};

/// A consent recorded for a participant.
#[derive(Debug, Clone)]
pub struct Consent(pub consent::Consent);

/// A consent a participant gave: its purpose, whom it covers, what it shares, how it was given,
/// and whether it still holds.
#[Object]
impl Consent {
    /// The consent's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// What the consent is for.
    async fn purpose(&self) -> ConsentPurpose {
        self.0.purpose.into()
    }

    /// Organisations covered by name.
    async fn covered_organisation_ids(&self) -> Vec<ID> {
        self.0
            .covered_organisations
            .iter()
            .map(|id| ID(id.to_string()))
            .collect()
    }

    /// Organisation kinds covered (every organisation of that kind).
    async fn covered_kinds(&self) -> Vec<OrganisationKind> {
        self.0
            .covered_kinds
            .iter()
            .copied()
            .map(Into::into)
            .collect()
    }

    /// The field groups shared with covered organisations.
    async fn field_groups(&self) -> Vec<FieldGroup> {
        self.0
            .field_groups
            .iter()
            .copied()
            .map(Into::into)
            .collect()
    }

    /// How it was given.
    async fn method(&self) -> ConsentMethod {
        self.0.method.into()
    }

    /// The language it was explained and given in (ISO 639).
    async fn language(&self) -> &str {
        self.0.language.as_str()
    }

    /// When it was given.
    async fn given_at(&self) -> DateTime<Utc> {
        self.0.given_at
    }

    /// When it stops holding, if ever.
    async fn expires_at(&self) -> Option<DateTime<Utc>> {
        self.0.expires_at
    }

    /// When it was withdrawn, if it was.
    async fn withdrawn_at(&self) -> Option<DateTime<Utc>> {
        self.0.withdrawn_at
    }

    /// Whether it holds now (given, not withdrawn, not expired).
    async fn active(&self) -> bool {
        self.0.is_active(Utc::now())
    }
}

//! Consent: what a participant agreed to share, with whom, for what, until when.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::ValidationError;
use crate::language::LanguageCode;
use crate::organisation::OrganisationKind;

closed_set! {
/// What the consent is for.
pub enum ConsentPurpose {
    CaseCoordination,
    Referral,
    ProgrammeEnrolment,
    Statistics,
}
}

closed_set! {
/// A group of a participant's fields that a consent may share.
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
}

closed_set! {
/// How the participant gave consent.
pub enum ConsentMethod {
    Written,
    Verbal,
    Digital,
}
}

/// A recorded consent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    pub id: Uuid,
    pub participant_id: Uuid,
    pub purpose: ConsentPurpose,
    /// Organisations covered by name.
    pub covered_organisations: Vec<Uuid>,
    /// Organisations covered by kind (every NGO, every labour agency, …).
    pub covered_kinds: Vec<OrganisationKind>,
    pub field_groups: Vec<FieldGroup>,
    pub method: ConsentMethod,
    /// The language the consent was explained and given in.
    pub language: LanguageCode,
    pub given_at: DateTime<Utc>,
    pub expires_at: Option<DateTime<Utc>>,
    pub withdrawn_at: Option<DateTime<Utc>>,
}

/// The terms of a new consent, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentTerms {
    pub purpose: ConsentPurpose,
    pub covered_organisations: Vec<Uuid>,
    pub covered_kinds: Vec<OrganisationKind>,
    pub field_groups: Vec<FieldGroup>,
    pub method: ConsentMethod,
    pub language: LanguageCode,
    pub expires_at: Option<DateTime<Utc>>,
}

impl ConsentTerms {
    #[allow(clippy::too_many_arguments)]
    pub fn parse(
        purpose: ConsentPurpose,
        mut covered_organisations: Vec<Uuid>,
        mut covered_kinds: Vec<OrganisationKind>,
        mut field_groups: Vec<FieldGroup>,
        method: ConsentMethod,
        language: &str,
        expires_at: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<Self, ValidationError> {
        covered_organisations.sort();
        covered_organisations.dedup();
        covered_kinds.sort();
        covered_kinds.dedup();
        field_groups.sort();
        field_groups.dedup();
        if purpose == ConsentPurpose::Referral
            && covered_organisations.is_empty()
            && covered_kinds.is_empty()
        {
            return Err(ValidationError::new(
                "coveredOrganisationIds",
                "a referral consent must cover at least one organisation or organisation kind",
            ));
        }
        crate::calendar::optional_instant("expiresAt", expires_at)?;
        if expires_at.is_some_and(|at| at <= now) {
            return Err(ValidationError::new("expiresAt", "must be in the future"));
        }
        Ok(Self {
            purpose,
            covered_organisations,
            covered_kinds,
            field_groups,
            method,
            language: LanguageCode::parse("language", language)?,
            expires_at,
        })
    }
}

impl Consent {
    /// Given, not withdrawn, not expired.
    pub fn is_active(&self, now: DateTime<Utc>) -> bool {
        self.withdrawn_at.is_none() && self.expires_at.is_none_or(|at| at > now)
    }

    /// Whether the consent names this organisation or its kind.
    pub fn covers(&self, organisation: Uuid, kind: OrganisationKind) -> bool {
        self.covered_organisations.contains(&organisation) || self.covered_kinds.contains(&kind)
    }

    /// Whether this consent lets `organisation` receive a referral of the participant now.
    pub fn allows_referral_to(
        &self,
        organisation: Uuid,
        kind: OrganisationKind,
        now: DateTime<Utc>,
    ) -> bool {
        self.purpose == ConsentPurpose::Referral
            && self.is_active(now)
            && self.covers(organisation, kind)
    }
}

/// The consent that allows a referral to `organisation` now, if any. The most recently given
/// wins, so a newer, narrower consent is the one that applies.
pub fn consent_for_referral(
    consents: &[Consent],
    organisation: Uuid,
    kind: OrganisationKind,
    now: DateTime<Utc>,
) -> Option<&Consent> {
    consents
        .iter()
        .filter(|consent| consent.allows_referral_to(organisation, kind, now))
        .max_by_key(|consent| consent.given_at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn consent(purpose: ConsentPurpose) -> Consent {
        Consent {
            id: Uuid::from_u128(1),
            participant_id: Uuid::from_u128(2),
            purpose,
            covered_organisations: vec![Uuid::from_u128(10)],
            covered_kinds: vec![OrganisationKind::LabourAgency],
            field_groups: vec![FieldGroup::Identity],
            method: ConsentMethod::Written,
            language: LanguageCode::parse("language", "ar").unwrap(),
            given_at: Utc::now() - Duration::days(1),
            expires_at: None,
            withdrawn_at: None,
        }
    }

    #[test]
    fn covers_named_organisations_and_kinds() {
        let now = Utc::now();
        let c = consent(ConsentPurpose::Referral);
        assert!(c.allows_referral_to(Uuid::from_u128(10), OrganisationKind::Ngo, now));
        assert!(c.allows_referral_to(Uuid::from_u128(11), OrganisationKind::LabourAgency, now));
        assert!(!c.allows_referral_to(Uuid::from_u128(11), OrganisationKind::Ngo, now));
    }

    #[test]
    fn withdrawn_expired_or_other_purpose_does_not_allow() {
        let now = Utc::now();
        let org = Uuid::from_u128(10);
        let mut withdrawn = consent(ConsentPurpose::Referral);
        withdrawn.withdrawn_at = Some(now);
        let mut expired = consent(ConsentPurpose::Referral);
        expired.expires_at = Some(now - Duration::seconds(1));
        let statistics = consent(ConsentPurpose::Statistics);
        for c in [withdrawn, expired, statistics] {
            assert!(!c.allows_referral_to(org, OrganisationKind::Ngo, now));
        }
    }

    #[test]
    fn the_newest_allowing_consent_applies() {
        let now = Utc::now();
        let older = consent(ConsentPurpose::Referral);
        let mut newer = consent(ConsentPurpose::Referral);
        newer.id = Uuid::from_u128(3);
        newer.given_at = now;
        let consents = [older, newer];
        let chosen =
            consent_for_referral(&consents, Uuid::from_u128(10), OrganisationKind::Ngo, now);
        assert_eq!(chosen.map(|c| c.id), Some(Uuid::from_u128(3)));
    }

    #[test]
    fn terms_are_checked() {
        let now = Utc::now();
        let no_cover = ConsentTerms::parse(
            ConsentPurpose::Referral,
            vec![],
            vec![],
            vec![],
            ConsentMethod::Verbal,
            "sl",
            None,
            now,
        );
        assert_eq!(no_cover.unwrap_err().field, "coveredOrganisationIds");
        let past = ConsentTerms::parse(
            ConsentPurpose::Statistics,
            vec![],
            vec![],
            vec![],
            ConsentMethod::Verbal,
            "sl",
            Some(now),
            now,
        );
        assert_eq!(past.unwrap_err().field, "expiresAt");
        let bad_language = ConsentTerms::parse(
            ConsentPurpose::Statistics,
            vec![],
            vec![],
            vec![],
            ConsentMethod::Verbal,
            "xx",
            None,
            now,
        );
        assert_eq!(bad_language.unwrap_err().field, "language");
    }
}

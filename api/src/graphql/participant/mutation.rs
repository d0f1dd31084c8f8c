//! Registering and editing participants; recording and withdrawing consent.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use skupaj_app::consent::NewConsent;
use skupaj_domain::participant::ParticipantInput;

use crate::graphql::context::app;
use crate::graphql::error::ApiResult;
use crate::graphql::organisation::OrganisationKind;
use crate::graphql::pagination::parse_id;
use crate::graphql::participant::Consent;
use crate::graphql::participant::Participant;
use crate::graphql::participant::{
    CefrLevel, ConsentMethod, ConsentPurpose, EducationLevel, FieldGroup, Gender, LegalStatus,
    LocationPreference, ParticipantNeed,
};

/// A language and its level.
#[derive(InputObject, Debug)]
pub struct LanguageSkillInput {
    /// ISO 639 code.
    pub language: String,
    /// CEFR level.
    pub level: CefrLevel,
}

/// A participant's whole profile. Updating replaces the profile with this one.
#[derive(InputObject, Debug)]
pub struct ParticipantProfileInput {
    /// Given name (required).
    pub given_name: String,
    /// Family name.
    pub family_name: Option<String>,
    /// Year of birth.
    pub birth_year: Option<i32>,
    /// Gender.
    pub gender: Option<Gender>,
    /// E-mail address.
    pub email: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
    /// Legal status.
    pub legal_status: Option<LegalStatus>,
    /// Country of origin, ISO 3166-1 alpha-2.
    pub country_of_origin: Option<String>,
    /// Date of arrival in Slovenia.
    pub arrival_date: Option<NaiveDate>,
    /// The language to use with the participant, ISO 639 (required).
    pub preferred_language: String,
    /// Languages spoken.
    #[graphql(default)]
    pub languages: Vec<LanguageSkillInput>,
    /// Level of Slovenian.
    pub slovenian_level: Option<CefrLevel>,
    /// Highest completed education.
    pub education_level: Option<EducationLevel>,
    /// Skills, as tags.
    #[graphql(default)]
    pub skills: Vec<String>,
    /// Interests, as tags.
    #[graphql(default)]
    pub interests: Vec<String>,
    /// Support needed to take part.
    #[graphql(default)]
    pub needs: Vec<ParticipantNeed>,
    /// Where the participant would like to be.
    pub location_preference: Option<LocationPreference>,
    /// The farthest the participant can travel, in kilometres.
    pub max_travel_km: Option<u32>,
    /// Municipality of residence.
    pub municipality: Option<String>,
}

impl From<ParticipantProfileInput> for ParticipantInput {
    fn from(input: ParticipantProfileInput) -> Self {
        Self {
            given_name: input.given_name,
            family_name: input.family_name,
            birth_year: input.birth_year,
            gender: input.gender.map(Into::into),
            email: input.email,
            phone: input.phone,
            legal_status: input.legal_status.map(Into::into),
            country_of_origin: input.country_of_origin,
            arrival_date: input.arrival_date,
            preferred_language: input.preferred_language,
            languages: input
                .languages
                .into_iter()
                .map(|skill| (skill.language, skill.level.into()))
                .collect(),
            slovenian_level: input.slovenian_level.map(Into::into),
            education_level: input.education_level.map(Into::into),
            skills: input.skills,
            interests: input.interests,
            needs: input.needs.into_iter().map(Into::into).collect(),
            location_preference: input.location_preference.map(Into::into),
            max_travel_km: input.max_travel_km,
            municipality: input.municipality,
        }
    }
}

/// A new participant, owned by the organisation the case worker acts in.
#[derive(InputObject, Debug)]
pub struct RegisterParticipantInput {
    /// The profile.
    pub profile: ParticipantProfileInput,
    /// `true` registers the participant even when the organisation already holds people with
    /// the same name and birth year, phone or e-mail. Without it such a registration answers
    /// the possible duplicates and registers nobody.
    #[graphql(default)]
    pub confirmed: bool,
}

/// A person the organisation already holds whom a new registration may describe again.
#[derive(SimpleObject, Debug)]
pub struct PossibleDuplicate {
    /// The participant's id.
    pub id: ID,
    /// The participant's reference code.
    pub reference_code: String,
}

/// What registering a participant did.
#[derive(SimpleObject, Debug)]
pub struct RegisterParticipantPayload {
    /// The new participant; `null` when possible duplicates were found and the registration
    /// was not confirmed.
    pub participant: Option<Participant>,
    /// People the organisation already holds with the same name and birth year, phone or
    /// e-mail (ids and codes only). Empty when the participant was registered without doubt.
    pub possible_duplicates: Vec<PossibleDuplicate>,
}

/// A participant's new profile.
#[derive(InputObject, Debug)]
pub struct UpdateParticipantInput {
    /// The participant.
    pub id: ID,
    /// The whole new profile.
    pub profile: ParticipantProfileInput,
}

/// Two records of one person to merge into one.
#[derive(InputObject, Debug)]
pub struct MergeParticipantsInput {
    /// The record that stays: it keeps its profile and reference code.
    pub survivor_id: ID,
    /// The record that goes: its consents, referrals, enrolments, life card, mentorships and
    /// mediation requests move to the survivor, and it then answers as the survivor.
    pub retired_id: ID,
}

/// A participant's record to erase, and why.
#[derive(InputObject, Debug)]
pub struct EraseParticipantInput {
    /// The participant.
    pub participant_id: ID,
    /// Why (a request under GDPR art. 17, say): 3 to 500 characters, kept with who erased.
    pub reason: String,
}

/// What erasing a record did.
#[derive(SimpleObject, Debug)]
pub struct EraseParticipantPayload {
    /// When the record was erased.
    pub erased_at: DateTime<Utc>,
    /// The open referrals that were cancelled (reason `PARTICIPANT_ERASED`).
    pub cancelled_referral_ids: Vec<ID>,
}

/// A consent to record.
#[derive(InputObject, Debug)]
pub struct RecordConsentInput {
    /// The participant who gave it.
    pub participant_id: ID,
    /// What it is for.
    pub purpose: ConsentPurpose,
    /// Organisations covered by name.
    #[graphql(default)]
    pub covered_organisation_ids: Vec<ID>,
    /// Organisation kinds covered.
    #[graphql(default)]
    pub covered_kinds: Vec<OrganisationKind>,
    /// The field groups it shares.
    #[graphql(default)]
    pub field_groups: Vec<FieldGroup>,
    /// How it was given.
    pub method: ConsentMethod,
    /// The language it was explained and given in (ISO 639).
    pub language: String,
    /// When it stops holding; never, when absent.
    pub expires_at: Option<DateTime<Utc>>,
}

/// The consent to withdraw.
#[derive(InputObject, Debug)]
pub struct WithdrawConsentInput {
    /// The consent.
    pub consent_id: ID,
}

/// The participant a mutation registered or changed.
#[derive(SimpleObject, Debug)]
pub struct ParticipantPayload {
    /// The participant, as the caller may see them.
    pub participant: Participant,
}

/// The consent a mutation recorded.
#[derive(SimpleObject, Debug)]
pub struct ConsentPayload {
    /// The consent as it now is.
    pub consent: Consent,
}

/// What withdrawing a consent did.
#[derive(SimpleObject, Debug)]
pub struct WithdrawConsentPayload {
    /// The consent, now withdrawn.
    pub consent: Consent,
    /// The open referrals that relied on it and are now cancelled.
    pub cancelled_referral_ids: Vec<ID>,
}

#[derive(Default)]
pub struct ParticipantMutation;

#[Object]
impl ParticipantMutation {
    /// Registers a participant, owned by the caller's organisation, with the caller as their case
    /// worker (`assignCaseWorker` changes it). Case managers, staff and organisation admins
    /// only. When the organisation already holds people with the same name and birth year,
    /// phone or e-mail, it answers them and registers nobody, unless `confirmed`.
    async fn register_participant(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The new participant.")] input: RegisterParticipantInput,
    ) -> ApiResult<RegisterParticipantPayload> {
        let registration = app(ctx)?
            .participants()
            .register(input.profile.into(), input.confirmed)
            .await?;
        Ok(RegisterParticipantPayload {
            participant: registration.participant.map(Into::into),
            possible_duplicates: registration
                .possible_duplicates
                .into_iter()
                .map(|(id, reference_code)| PossibleDuplicate {
                    id: ID(id.to_string()),
                    reference_code,
                })
                .collect(),
        })
    }

    /// Replaces a participant's profile. Case workers of the owning organisation only.
    async fn update_participant(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The participant and the new profile.")] input: UpdateParticipantInput,
    ) -> ApiResult<ParticipantPayload> {
        let participants = app(ctx)?.participants();
        let id = parse_id("id", &input.id)?;
        let view = participants.update(id, input.profile.into()).await?;
        Ok(ParticipantPayload {
            participant: view.into(),
        })
    }

    /// Merges two records of one person, both owned by the caller's organisation (its case
    /// workers only). Everything held about the retired record moves to the survivor; the
    /// retired record then answers as the survivor and is left out of lists and searches.
    /// `CONFLICT`, and nothing moves, when the merge would show another organisation, a mentor
    /// or a mediator a part of the survivor they could not see before, or when both records hold
    /// a place in the same programme.
    async fn merge_participants(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The record that stays and the one that goes.")]
        input: MergeParticipantsInput,
    ) -> ApiResult<ParticipantPayload> {
        let participants = app(ctx)?.participants();
        let survivor = parse_id("survivorId", &input.survivor_id)?;
        let retired = parse_id("retiredId", &input.retired_id)?;
        let view = participants.merge(survivor, retired).await?;
        Ok(ParticipantPayload {
            participant: view.into(),
        })
    }

    /// Erases a participant's record (GDPR art. 17): every personal value of the person
    /// disappears from every table, free texts about them read `[erased]`, dates of their life
    /// keep only their month, and open referrals are cancelled. What carries no identity
    /// (statuses, outcomes, counts) stays, so figures stay right. The owning organisation's
    /// admins only; the record then leaves every list.
    async fn erase_participant(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The record and why.")] input: EraseParticipantInput,
    ) -> ApiResult<EraseParticipantPayload> {
        let participants = app(ctx)?.participants();
        let id = parse_id("participantId", &input.participant_id)?;
        let erased = participants.erase(id, &input.reason).await?;
        Ok(EraseParticipantPayload {
            erased_at: erased.at,
            cancelled_referral_ids: erased
                .cancelled_referrals
                .into_iter()
                .map(|id| ID(id.to_string()))
                .collect(),
        })
    }

    /// Records a consent the participant gave. Case workers of the owning organisation only.
    async fn record_consent(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The consent.")] input: RecordConsentInput,
    ) -> ApiResult<ConsentPayload> {
        let consents = app(ctx)?.consents();
        let participant_id = parse_id("participantId", &input.participant_id)?;
        let covered_organisations = input
            .covered_organisation_ids
            .iter()
            .enumerate()
            .map(|(i, id)| parse_id(&format!("coveredOrganisationIds[{i}]"), id))
            .collect::<ApiResult<Vec<_>>>()?;
        let new = NewConsent {
            purpose: input.purpose.into(),
            covered_organisations,
            covered_kinds: input.covered_kinds.into_iter().map(Into::into).collect(),
            field_groups: input.field_groups.into_iter().map(Into::into).collect(),
            method: input.method.into(),
            language: input.language,
            expires_at: input.expires_at,
        };
        let consent = consents.record(participant_id, new).await?;
        Ok(ConsentPayload {
            consent: Consent(consent),
        })
    }

    /// Withdraws a consent. The access it gave ends at once: every open referral relying on it
    /// is cancelled with reason `CONSENT_WITHDRAWN`, recorded in its history.
    async fn withdraw_consent(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The consent.")] input: WithdrawConsentInput,
    ) -> ApiResult<WithdrawConsentPayload> {
        let consents = app(ctx)?.consents();
        let consent_id = parse_id("consentId", &input.consent_id)?;
        let (consent, cancelled) = consents.withdraw(consent_id).await?;
        Ok(WithdrawConsentPayload {
            consent: Consent(consent),
            cancelled_referral_ids: cancelled.into_iter().map(|id| ID(id.to_string())).collect(),
        })
    }
}

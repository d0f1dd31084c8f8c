//! `Participant`: a person the platform supports, with each field released or withheld by the
//! access policy. A withheld field is `null` with `FORBIDDEN` on its path; every read of
//! personal data, and every refusal, goes to the audit log.

use std::collections::BTreeSet;

use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use skupaj_app::AppError;
use skupaj_domain::DomainError;
use skupaj_domain::access::{ParticipantFacet, ParticipantRelation, reveal_facet, see_case_worker};
use skupaj_domain::audit::AuditOutcome;
use skupaj_domain::participant;

use crate::graphql::account::object::user::User;
use crate::graphql::audit::{participant_read, participant_read_because};
use crate::graphql::context::{actor, app};
use crate::graphql::error::{ApiError, ApiResult};
use crate::graphql::life_card::LifeCard;
use crate::graphql::loaders::{Loaders, ParticipantView, loader_error};
use crate::graphql::mentorship::Mentorship;
use crate::graphql::organisation::object::Organisation;
use crate::graphql::participant::Consent;
use crate::graphql::participant::{
    CefrLevel, EducationLevel, Gender, LegalStatus, LocationPreference, ParticipantNeed,
};

/// A participant as one viewer may see them.
#[derive(Debug, Clone)]
pub struct Participant {
    participant: participant::Participant,
    facets: BTreeSet<ParticipantFacet>,
    relation: ParticipantRelation,
    /// The reason of the viewer's emergency access grant the facets came through, if any.
    emergency_reason: Option<String>,
}

impl From<ParticipantView> for Participant {
    fn from(view: ParticipantView) -> Self {
        Self {
            participant: view.participant,
            facets: view.facets,
            relation: view.relation,
            emergency_reason: view.emergency_reason,
        }
    }
}

/// A language the participant speaks, and how well.
#[derive(SimpleObject, Debug, Clone)]
pub struct LanguageSkill {
    /// ISO 639 code.
    pub language: String,
    /// CEFR level.
    pub level: CefrLevel,
}

impl Participant {
    /// Releases a facet, recording the read; or refuses it, recording the refusal.
    fn reveal(
        &self,
        ctx: &Context<'_>,
        facet: ParticipantFacet,
    ) -> ApiResult<&participant::ParticipantProfile> {
        match reveal_facet(&self.facets, facet) {
            Ok(()) => {
                if facet.is_personal() {
                    participant_read_because(
                        ctx,
                        self.participant.id,
                        AuditOutcome::Allowed,
                        self.emergency_reason.as_deref(),
                    );
                }
                Ok(&self.participant.profile)
            }
            Err(refused) => {
                participant_read(ctx, self.participant.id, AuditOutcome::Denied);
                Err(refused.into())
            }
        }
    }
}

/// A person supported by the platform. Fields are released by the viewer's relation and role:
/// a withheld field is `null` with a `FORBIDDEN` error on its path.
#[Object]
impl Participant {
    /// The participant's id.
    async fn id(&self) -> ID {
        ID(self.participant.id.to_string())
    }

    /// The pseudonymous reference code: random, derived from nothing personal.
    async fn reference_code(&self) -> &str {
        &self.participant.reference_code
    }

    /// The organisation whose case manager coordinates the participant.
    async fn owner_organisation(&self, ctx: &Context<'_>) -> ApiResult<Organisation> {
        ctx.data_unchecked::<Loaders>()
            .organisations
            .load_one(self.participant.owner_organisation_id)
            .await
            .map_err(loader_error)?
            .map(Organisation)
            .ok_or(ApiError::NotFound)
    }

    /// Given name (identity).
    async fn given_name(&self, ctx: &Context<'_>) -> ApiResult<Option<String>> {
        Ok(Some(
            self.reveal(ctx, ParticipantFacet::GivenName)?
                .given_name
                .clone(),
        ))
    }

    /// Family name (identity).
    async fn family_name(&self, ctx: &Context<'_>) -> ApiResult<Option<String>> {
        Ok(self
            .reveal(ctx, ParticipantFacet::FamilyName)?
            .family_name
            .clone())
    }

    /// Year of birth (identity).
    async fn birth_year(&self, ctx: &Context<'_>) -> ApiResult<Option<i32>> {
        Ok(self.reveal(ctx, ParticipantFacet::Demographics)?.birth_year)
    }

    /// Gender (identity).
    async fn gender(&self, ctx: &Context<'_>) -> ApiResult<Option<Gender>> {
        Ok(self
            .reveal(ctx, ParticipantFacet::Demographics)?
            .gender
            .map(Into::into))
    }

    /// E-mail address (contact).
    async fn email(&self, ctx: &Context<'_>) -> ApiResult<Option<String>> {
        Ok(self
            .reveal(ctx, ParticipantFacet::Contact)?
            .email
            .as_ref()
            .map(|e| e.as_str().to_owned()))
    }

    /// Phone number (contact).
    async fn phone(&self, ctx: &Context<'_>) -> ApiResult<Option<String>> {
        Ok(self.reveal(ctx, ParticipantFacet::Contact)?.phone.clone())
    }

    /// Legal status (legal).
    async fn legal_status(&self, ctx: &Context<'_>) -> ApiResult<Option<LegalStatus>> {
        Ok(self
            .reveal(ctx, ParticipantFacet::Legal)?
            .legal_status
            .map(Into::into))
    }

    /// Country of origin, ISO 3166-1 alpha-2 (legal).
    async fn country_of_origin(&self, ctx: &Context<'_>) -> ApiResult<Option<String>> {
        Ok(self
            .reveal(ctx, ParticipantFacet::Legal)?
            .country_of_origin
            .clone())
    }

    /// Date of arrival in Slovenia (legal).
    async fn arrival_date(&self, ctx: &Context<'_>) -> ApiResult<Option<NaiveDate>> {
        Ok(self.reveal(ctx, ParticipantFacet::Legal)?.arrival_date)
    }

    /// The language to speak and write to the participant in, ISO 639 (background).
    async fn preferred_language(&self, ctx: &Context<'_>) -> ApiResult<Option<String>> {
        Ok(Some(
            self.reveal(ctx, ParticipantFacet::Languages)?
                .preferred_language
                .to_string(),
        ))
    }

    /// Languages spoken, with levels (background).
    async fn languages(&self, ctx: &Context<'_>) -> ApiResult<Option<Vec<LanguageSkill>>> {
        Ok(Some(
            self.reveal(ctx, ParticipantFacet::Languages)?
                .languages
                .iter()
                .map(|skill| LanguageSkill {
                    language: skill.language.to_string(),
                    level: skill.level.into(),
                })
                .collect(),
        ))
    }

    /// Level of Slovenian (background).
    async fn slovenian_level(&self, ctx: &Context<'_>) -> ApiResult<Option<CefrLevel>> {
        Ok(self
            .reveal(ctx, ParticipantFacet::Languages)?
            .slovenian_level
            .map(Into::into))
    }

    /// Skills, as tags (background).
    async fn skills(&self, ctx: &Context<'_>) -> ApiResult<Option<Vec<String>>> {
        Ok(Some(
            self.reveal(ctx, ParticipantFacet::Skills)?.skills.clone(),
        ))
    }

    /// Interests, as tags (background).
    async fn interests(&self, ctx: &Context<'_>) -> ApiResult<Option<Vec<String>>> {
        Ok(Some(
            self.reveal(ctx, ParticipantFacet::Skills)?
                .interests
                .clone(),
        ))
    }

    /// Highest completed education (background).
    async fn education_level(&self, ctx: &Context<'_>) -> ApiResult<Option<EducationLevel>> {
        Ok(self
            .reveal(ctx, ParticipantFacet::Circumstances)?
            .education_level
            .map(Into::into))
    }

    /// Support needed to take part (background).
    async fn needs(&self, ctx: &Context<'_>) -> ApiResult<Option<Vec<ParticipantNeed>>> {
        Ok(Some(
            self.reveal(ctx, ParticipantFacet::Circumstances)?
                .needs
                .iter()
                .copied()
                .map(Into::into)
                .collect(),
        ))
    }

    /// Where the participant would like to live, train or work (background).
    async fn location_preference(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Option<LocationPreference>> {
        Ok(self
            .reveal(ctx, ParticipantFacet::Circumstances)?
            .location_preference
            .map(Into::into))
    }

    /// The farthest the participant can travel, in kilometres (background).
    async fn max_travel_km(&self, ctx: &Context<'_>) -> ApiResult<Option<u32>> {
        Ok(self
            .reveal(ctx, ParticipantFacet::Circumstances)?
            .max_travel_km)
    }

    /// Municipality of residence (background).
    async fn municipality(&self, ctx: &Context<'_>) -> ApiResult<Option<String>> {
        Ok(self
            .reveal(ctx, ParticipantFacet::Circumstances)?
            .municipality
            .clone())
    }

    /// When the participant was registered.
    async fn created_at(&self) -> DateTime<Utc> {
        self.participant.created_at
    }

    /// The participant's life card: goals and progress across domains. Case workers of the
    /// owner and of engaged organisations see it all; a mentor sees the goals only.
    async fn life_card(&self) -> LifeCard {
        LifeCard::new(
            self.participant.id,
            self.participant.owner_organisation_id,
            self.relation.clone(),
        )
    }

    /// The participant's mentorships, newest first: for the owning organisation's case workers
    /// (anyone else gets `null` with `FORBIDDEN`).
    async fn mentorships(&self, ctx: &Context<'_>) -> ApiResult<Option<Vec<Mentorship>>> {
        Ok(Some(
            app(ctx)?
                .participants()
                .mentorships(&self.participant)
                .await?
                .into_iter()
                .map(Mentorship)
                .collect(),
        ))
    }

    /// The participant's case worker in the owning organisation; `null` while unassigned.
    /// Case workers (case managers, staff, admins) of the owner and of organisations serving
    /// the participant through a referral see it; anyone else gets `null` with `FORBIDDEN`.
    async fn case_worker(&self, ctx: &Context<'_>) -> ApiResult<Option<User>> {
        see_case_worker(actor(ctx)?, &self.relation)?;
        let loaders = ctx.data_unchecked::<Loaders>();
        let Some(user) = loaders
            .case_workers
            .load_one(self.participant.id)
            .await
            .map_err(loader_error)?
        else {
            return Ok(None);
        };
        Ok(loaders
            .users
            .load_one(user)
            .await
            .map_err(loader_error)?
            .map(User))
    }

    /// The consents recorded for the participant, newest first. Only case workers of the owning
    /// organisation see them (anyone else gets `null` with `FORBIDDEN`).
    async fn consents(&self, ctx: &Context<'_>) -> ApiResult<Option<Vec<Consent>>> {
        let found = app(ctx)?
            .consents()
            .of_participant(self.participant.id, self.participant.owner_organisation_id)
            .await;
        if let Err(AppError::Refused(DomainError::Forbidden)) = &found {
            crate::graphql::audit::denied_read(
                ctx,
                "readConsents",
                "Participant",
                self.participant.id,
            );
        }
        Ok(Some(found?.into_iter().map(Consent).collect()))
    }

    /// The participant's programmes (every enrolment, any cohort) and placements. For viewers
    /// who see their circumstances (the owner's case workers, organisations the consent shares
    /// the background with); anyone else gets `null` with `FORBIDDEN`.
    async fn history(
        &self,
        ctx: &Context<'_>,
    ) -> ApiResult<Option<crate::graphql::placement::ParticipantHistory>> {
        use crate::graphql::placement::{ParticipantHistory, Placement};
        self.reveal(ctx, ParticipantFacet::Circumstances)?;
        let history = app(ctx)?
            .participants()
            .history(self.participant.id, &self.facets)
            .await?;
        Ok(Some(ParticipantHistory {
            enrolments: history
                .enrolments
                .into_iter()
                .map(crate::graphql::enrolment::Enrolment)
                .collect(),
            placements: history.placements.into_iter().map(Placement).collect(),
        }))
    }
}

impl Participant {
    pub fn uuid(&self) -> uuid::Uuid {
        self.participant.id
    }

    pub fn owner(&self) -> uuid::Uuid {
        self.participant.owner_organisation_id
    }

    pub fn relation(&self) -> &ParticipantRelation {
        &self.relation
    }
}

/// A participant nested under another record (a referral, enrolment, mentorship, request), as
/// far as the viewer may see them: `FORBIDDEN` on the field, and a denied read in the audit log,
/// when the viewer may not see them at all.
pub async fn nested_participant(
    ctx: &Context<'_>,
    id: uuid::Uuid,
) -> ApiResult<Option<Participant>> {
    match ctx
        .data_unchecked::<Loaders>()
        .participants
        .load_one(id)
        .await
        .map_err(loader_error)?
    {
        Some(view) => Ok(Some(view.into())),
        None => {
            // The visibility pipeline (the policy) left them out; nested, that reads as a
            // refused field rather than a missing record.
            participant_read(ctx, id, AuditOutcome::Denied);
            Err(DomainError::Forbidden.into())
        }
    }
}
